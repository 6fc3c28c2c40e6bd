"""devset13 legal-owner, batch 4: en legal recall (varied register), pl legal precision, it/pl ownership recall."""
B = "b4"

def add(m):
    # ---- en legal positives
    m(B, "en", "l60", "L", "lawyers cc'd", "Re: Termination fee",
"""I've copied my lawyers into this thread so there is a record of your answer. Think carefully about what you put in writing.
Gordon Fraser""")
    m(B, "en", "l61", "L", "section 75 + ombudsman + county court claim online", "Faulty sofa",
"""I'm giving you until the 30th. After that I'm starting a money claim online against your company. It takes ten minutes and costs me £35.
Louise""", fmt="qp")
    m(B, "en", "l62", "L", "reporting to the data protection regulator", "You emailed my data to a stranger",
"""You sent my passport scan to another customer. This is a serious breach and I'm reporting you to the data protection regulator today.
Oliver Grant""")
    m(B, "en", "l63", "L", "class action with other users", "Price hike",
"""There are dozens of us in the user forum talking about joining a class action over the hidden price increase. Thought you should know.
Nick""", fmt="html")
    m(B, "en", "l64", "L", "without prejudice demand, proceedings", "Demand",
"""Unless the outstanding £2,300 is repaid within 14 days, we will commence legal proceedings to recover it, together with interest and costs.
Finance Director, Kettle & Co Ltd""")
    m(B, "en", "l65", "L", "my legal advisor says breach of contract", "breach",
"""My legal adviser says this is a clear breach of contract and I should take it further. I'd rather you just honoured the agreement.
Yusuf""")
    m(B, "en", "l66", "L", "contacted state consumer affairs / AG, US", "Re: cancellation",
"""I've contacted the Department of Consumer Affairs and I'm drafting a complaint to the state AG as we speak. Cancel my account and refund the last two months.
- Brenda""", fmt="b64")
    # ---- en negatives
    m(B, "en", "ln60", "", "lawyer user asks for feature", "Feature idea",
"""As a lawyer I'd love a way to tag documents by matter number. Any plans for that? Love the app otherwise.
Greg""")
    m(B, "en", "ln61", "", "court reporting firm customer", "Transcripts upload",
"""We're a court reporting agency and upload transcripts daily. Uploads over 200MB fail since Tuesday. Can you check?
Diana, Apex Court Reporting""", fmt="alt")
    m(B, "en", "ln62", "", "small claims advice for own customers feature", "Templates",
"""Do you have an invoice reminder template that mentions small claims, for our own late-paying clients? We'd like to automate the third reminder.
Ruth""")
    m(B, "en", "ln63", "", "legal hold / ediscovery question", "Legal hold",
"""Does your platform support a legal hold on mailboxes so nothing can be deleted during litigation? Our general counsel asked me to check before renewal.
IT Manager, Norland Group""")

    # ---- pl legal positives
    m(B, "pl", "l67", "L", "przygotowuję pozew", "Zwrot",
"""Przygotowuję właśnie pozew w elektronicznym postępowaniu upominawczym. Jeśli pieniądze wpłyną do środy, wycofam się z tego.
Maciej""")
    m(B, "pl", "l68", "L", "rozmawiałem już z prawnikiem", "Kara umowna",
"""Rozmawiałem już z prawnikiem i nie zapłacę tej kary. Jeśli będziecie ją egzekwować, spotkamy się przed sądem.
Stanisław Pietrzak""", fmt="qp")
    m(B, "pl", "l69", "L", "wniosek do rzecznika konsumentów złożony", "Sprawa sprzętu",
"""Informuję, że złożyłam wniosek o interwencję do powiatowego rzecznika konsumentów. Odpowiedź z Państwa strony będzie mi potrzebna do tej sprawy.
Irena""")
    m(B, "pl", "l70", "L", "sprawa będzie miała finał w sądzie", "Ostatnie ostrzeżenie",
"""Jeżeli dalej będziecie ignorować moje reklamacje, ta sprawa znajdzie finał w sądzie. Proszę potraktować to poważnie.
Adrian""")
    # ---- pl legal negatives
    m(B, "pl", "ln60", "", "kancelaria asks about integration, many legal words", "Integracja z systemem kancelaryjnym",
"""Dzień dobry, jesteśmy kancelarią prawną obsługującą spory sądowe i chcielibyśmy zintegrować Wasz kalendarz z naszym systemem do prowadzenia spraw. Czy macie API?
Z poważaniem, Adam Nowakowski, adwokat""")
    m(B, "pl", "ln61", "", "customer asks for documents 'dla sądu' in divorce", "Historia płatności",
"""Potrzebuję historii płatności z mojego konta za ostatni rok, bo sąd rodzinny prosi o dokumenty w sprawie alimentów. Czy mogę ją pobrać w PDF?
Magdalena""")
    m(B, "pl", "ln62", "", "RODO art. 15, sprzeciw marketing, spokojnie", "Marketing",
"""Dzień dobry, wnoszę sprzeciw wobec przetwarzania moich danych w celach marketingowych (art. 21 RODO). Proszę o potwierdzenie.
Paweł Sadowski""")
    m(B, "pl", "ln63", "", "'nie zamierzam tego zgłaszać nigdzie'", "Pomyłka w zamówieniu",
"""Nie zamierzam tego nigdzie zgłaszać, ale proszę, sprawdźcie, dlaczego dostałem cudzą paczkę. Pewnie pomyłka w magazynie.
Olek""")
    m(B, "pl", "ln64", "", "legal department asks for contract amendment", "Aneks",
"""Dzień dobry, nasz dział prawny przygotował aneks do umowy dotyczący zmiany stawek. Prosimy o jego weryfikację i podpis.
Natalia Krawczyk, specjalista ds. zakupów""", fmt="b64")
    m(B, "pl", "ln65", "", "the product's courtroom scheduling feature", "Wokanda",
"""Czy w module kalendarza da się zaimportować wokandę sądu, żeby terminy rozpraw same się pojawiały?
Kancelaria Radcy Prawnego M. Lis""")

    # ---- it ownership positives
    m(B, "it", "o60", "O", "rendetemi l'unica amministratrice", "Amministratrice unica",
"""Vi prego di rendermi l'unica amministratrice dell'account e di revocare i diritti al mio ex compagno, che non ha più nulla a che fare con il negozio.
Federica""")
    m(B, "it", "o61", "O", "passaggio di proprietà dell'account", "Passaggio di proprietà",
"""Buongiorno, chiedo il passaggio di proprietà dell'account dalla ditta individuale di mio padre alla mia nuova SRL.
Matteo Ricci""", fmt="qp")
    m(B, "it", "o62", "O", "la mail di registrazione è del vecchio gestore, mettete la nostra", "Email di registrazione",
"""Il bar è passato a noi ma l'account è ancora registrato con la mail del vecchio gestore. Mettete la nostra mail come principale, per favore.
Gestione Bar Centrale""")
    m(B, "it", "o63", "O", "vorrei subentrare come titolare", "Subentro",
"""Salve, vorrei subentrare come titolare dell'account al posto del precedente responsabile commerciale, trasferito ad altra sede.
Sergio Lombardi""")
    # ---- it negatives
    m(B, "it", "on60", "", "proprietario di casa / property owner context", "Gestione affitti",
"""Uso la vostra app per gestire gli affitti. Come aggiungo un nuovo proprietario di immobile nell'anagrafica?
Grazie, Renato""")
    m(B, "it", "on61", "", "admin wants to make colleague admin", "Nuovo admin",
"""Sono l'amministratore. Vorrei rendere amministratore anche il mio collega Piero: dove trovo l'opzione?
Massimo""", fmt="alt")

    # ---- pl ownership positives
    m(B, "pl", "o60", "O", "wspólniczka zablokowała dostęp, chcę przejąć konto", "Spór wspólników",
"""Moja była wspólniczka zmieniła hasło i zablokowała mi dostęp. Mam 60% udziałów i żądam przekazania mi pełnej kontroli nad kontem firmy.
Krystyna""")
    m(B, "pl", "o61", "O", "ustawcie mój adres jako właściciela", "Adres właściciela",
"""Dzień dobry, proszę ustawić mój adres e-mail jako adres właściciela konta. Poprzednia księgowa, która zakładała konto, już z nami nie współpracuje.
Zofia Baran""", fmt="qp")
    m(B, "pl", "o62", "O", "zmiana konta głównego po śmierci", "Konto główne",
"""Tata zmarł w zeszłym tygodniu, a to on był administratorem konta głównego. Jestem jego synem i przejąłem firmę. Co zrobić, żebym to ja był teraz administratorem?
Konrad""")
    m(B, "pl", "o63", "O", "kierownik prosi o przeniesienie uprawnień", "Uprawnienia",
"""Proszę przenieść uprawnienia administratora z konta Marka na moje, bo od grudnia to ja przejmuję zarządzanie systemem.
Bartosz, kierownik zmiany""")
    # ---- pl negatives
    m(B, "pl", "on60", "", "owner transfers a subscription item to other shop", "Przeniesienie produktów",
"""Jestem właścicielką dwóch sklepów. Czy mogę przenieść produkty z jednego sklepu do drugiego bez ponownego wpisywania?
Alicja""")
    m(B, "pl", "on61", "", "admin asks how to change user role", "Role",
"""Jak jako administrator mogę zmienić rolę użytkownika z edytora na przeglądającego? Nie widzę tej opcji.
Filip""")

    # ---- others
    m(B, "de", "l71", "L", "Verbraucherzentrale, Klage", "Letzte Frist",
"""Wenn bis Freitag kein Geld da ist, gehe ich zur Verbraucherzentrale und reiche Klage ein.
Jens Hoffmann""")
    m(B, "es", "on62", "", "owner adds user es", "Usuario nuevo",
"""Hola, soy el propietario de la cuenta y quiero añadir a mi socia como usuaria normal. ¿Cómo lo hago? Gracias""")
    m(B, "fr", "l72", "L", "je saisis le médiateur et un avocat", "Litige",
"""Faute de réponse sous 48 h, je saisis le médiateur de la consommation et je transmets le dossier à mon avocat.
Nathalie""", fmt="qp")
    m(B, "sv", "o64", "O", "överför ägarskapet till mig", "Ägarskap",
"""Hej, grundaren har lämnat bolaget. Kan ni överföra ägarskapet för kontot till mig? /Maja""")
    m(B, "ro", "ln63", "", "avocat ca client", "Factura",
"""Bună ziua, sunt avocat și aș dori factura pe numele cabinetului meu. Mulțumesc, Radu""")
    m(B, "nl", "o65", "O", "account overzetten op mijn naam", "Overzetten",
"""Hallo, mijn vader is overleden en ik neem de zaak over. Kunnen jullie het account op mijn naam zetten en mij eigenaar maken?
Groet, Daan""")
