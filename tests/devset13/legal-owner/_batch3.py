"""devset13 legal-owner, batch 3: more en indirect threats, pl precision traps, it/pl ownership recall."""
B = "b3"

def add(m):
    # ---- en legal positives
    m(B, "en", "l40", "L", "next stop is the county court", "Overcharge - again",
"""Two months, four emails, zero answers. Next stop is the county court and I'll be claiming my costs too.
Phil Banner""")
    m(B, "en", "l41", "L", "I have instructed solicitors", "Account closure",
"""Please note I have now instructed solicitors in relation to the unlawful closure of my business account and the funds you are holding. Any further correspondence should go through them.
R. Okonkwo""", fmt="alt")
    m(B, "en", "l42", "L", "my brother-in-law is a lawyer and he's looking at this", "the contract",
"""fyi my brother in law is a lawyer and he's looking at your terms right now. he says the auto-renewal clause won't hold up. i'd fix this before it goes further
sam""")
    m(B, "en", "l43", "L", "state AG and consumer protection complaint filed", "Complaint filed",
"""I have filed complaints with the state attorney general and the consumer protection division today. Reference numbers available on request. I still expect my $380 back.
Donna Kessler""", fmt="b64")
    m(B, "en", "l44", "L", "lawsuit via 'legal recourse' and solicitor letter", "Faulty boiler",
"""I will be pursuing legal recourse. A solicitor's letter will follow next week unless you agree to replace the unit.
Andrew Pike""")
    m(B, "en", "l45", "L", "take this further legally", "Data breach",
"""Your breach email came three weeks late. I intend to take this further legally and I've reported it to the Information Commissioner's Office.
Claire Benson""", fmt="qp")
    m(B, "en", "l46", "L", "will sue for the lost revenue", "Downtime cost us a fortune",
"""Your 14-hour outage cost us roughly $22k in lost orders. We're prepared to sue for the lost revenue if we don't get a serious offer.
Mike, COO at Brightcart""")
    # ---- en negatives
    m(B, "en", "ln40", "", "I don't want to involve lawyers, just fix", "Billing error",
"""I really don't want to involve lawyers or anything like that, I just want the duplicate charge of $49 reversed. Please help.
Anna""")
    m(B, "en", "ln41", "", "customer is a paralegal asking about export", "Export",
"""Hi! I'm a paralegal at a small firm and we use your tool to track deadlines. Is there a way to export all tasks with due dates to CSV? Thanks, Jess""")
    m(B, "en", "ln42", "", "ombudsman as customer organisation", "Invoice address",
"""Hello, please update the invoice address for the Office of the Ombudsman account to 12 Harbour Road, Level 3. PO number 4471-B.
Accounts team""")
    m(B, "en", "ln43", "", "threatens chargeback and bad review only", "Final warning",
"""If I don't hear back by tomorrow, I'm disputing the charge with my card issuer and leaving a review everywhere I can. This is ridiculous.
Chris""", fmt="html")

    # ---- pl legal positives
    m(B, "pl", "l47", "L", "złożę skargę do Rzecznika Finansowego / sprawa w sądzie", "Ubezpieczenie",
"""Odmowa wypłaty jest bezpodstawna. Jeśli jej nie zmienicie, złożę wniosek do Rzecznika Finansowego, a potem sprawa trafi do sądu.
Robert Dudek""")
    m(B, "pl", "l48", "L", "mam już adwokata", "Umowa najmu sprzętu",
"""Mam już adwokata i on zajmie się tą umową. Radzę odpowiedzieć na moje pismo, zanim dostaniecie pozew.
Jacek Szymański""", fmt="b64")
    m(B, "pl", "l49", "L", "zgłoszę do Inspekcji Handlowej", "Gwarancja",
"""Odmawiacie naprawy gwarancyjnej bez podstawy. Jutro składam skargę w Inspekcji Handlowej i powiadamiam rzecznika konsumentów w moim powiecie.
Grażyna""")
    m(B, "pl", "l50", "L", "wyciągnę konsekwencje prawne", "Wyciek danych",
"""Ktoś z Waszych pracowników wysłał moje dane do obcej osoby. Wyciągnę z tego konsekwencje prawne, a sprawę zgłaszam do Prezesa UODO.
Tadeusz Kowalczyk""")
    # ---- pl legal negatives (precision)
    m(B, "pl", "ln40", "", "law firm customer, adds users for new lawyers", "Nowi aplikanci",
"""Dzień dobry, do naszej kancelarii dołączyło dwóch aplikantów adwokackich. Proszę o dodanie dwóch licencji od grudnia.
Pozdrawiam
Ewelina Sobczak
Kancelaria Adwokacka Sobczak i Partnerzy""")
    m(B, "pl", "ln41", "", "sądzę / osąd meaning opinion", "Nowy cennik",
"""Sądzę, że nowy cennik jest w porządku, choć trudno mi ocenić, czy pakiet Pro się opłaca. Osądźcie sami, czy warto dla 3 osób?
Ignacy""")
    m(B, "pl", "ln42", "", "court as a customer: Sąd Okręgowy orders licences", "Zamówienie",
"""Sąd Okręgowy w Poznaniu, Oddział Administracyjny, zamawia przedłużenie licencji na rok 2027. Prosimy o fakturę na NIP 777-00-00-000.
Oddział Administracyjny""", fmt="alt")
    m(B, "pl", "ln43", "", "prawnik in job title, asks password reset", "Reset hasła",
"""Nie mogę się zalogować, link do resetu hasła nie przychodzi. Proszę o pomoc.

Dr Anna Kurek
Starszy prawnik
Dział Prawny i Compliance""")
    m(B, "pl", "ln44", "", "nie pójdę do sądu o 20 zł", "drobna sprawa",
"""Przecież nie pójdę do sądu o 20 zł, ale chciałbym, żeby ktoś to po prostu poprawił na fakturze. Dzięki.
Wiktor""")
    m(B, "pl", "ln45", "", "RODO: kto ma dostęp, pytanie do IOD", "Inspektor ochrony danych",
"""Dzień dobry, proszę o kontakt do Państwa inspektora ochrony danych. Chcę zapytać, komu udostępniacie moje dane zgodnie z RODO.
Jolanta""")
    m(B, "pl", "ln46", "", "pełnomocnik as account user", "Dostęp dla pełnomocnika",
"""Nasz pełnomocnik potrzebuje dostępu tylko do odczytu do modułu umów. Jak założyć mu takie konto?
Zbigniew z administracji""", fmt="qp")
    m(B, "pl", "ln47", "", "customer had a court case elsewhere, needs time off / reschedule", "Przełożenie szkolenia",
"""Czy możemy przełożyć szkolenie na czwartek? We wtorek mam rozprawę w sądzie pracy w zupełnie innej sprawie i nie dam rady.
Marzena""")

    # ---- it ownership positives
    m(B, "it", "o40", "O", "sono il nuovo legale rappresentante, intestate a me", "Legale rappresentante",
"""Buongiorno, dal 1 novembre sono io il legale rappresentante della società. L'account è ancora intestato al mio predecessore: vi chiedo di intestarlo a me e di aggiornare l'email di riferimento.
Lorenzo Bassi""")
    m(B, "it", "o41", "O", "cedere la gestione dell'account", "Gestione account",
"""Ciao, Marco (ex socio) non fa più parte dell'azienda. Dovete cedere a me la gestione completa dell'account e togliergli l'accesso.
Silvia""", fmt="qp")
    m(B, "it", "o42", "O", "voglio essere io l'amministratore principale", "Amministratore principale",
"""Salve, voglio essere io l'amministratore principale del nostro account, non più la consulente esterna con cui abbiamo chiuso il contratto.
Cordiali saluti, Ivo Santoro""")
    m(B, "it", "o43", "O", "recuperare l'account aziendale creato da dipendente licenziato", "Account aziendale",
"""Buongiorno, l'account aziendale è stato creato da un dipendente che abbiamo licenziato e che ora non collabora. Come possiamo riprenderne il controllo e farlo diventare nostro?
Direzione, Caseificio Monti""")
    m(B, "it", "o44", "O", "sostituite il proprietario con me", "Sostituzione",
"""Sostituite il proprietario attuale con me, per favore. Lui è in pensione da un mese e non usa più la mail aziendale.
Carla, ufficio amministrativo""", fmt="html")
    # ---- it negatives
    m(B, "it", "on40", "", "proprietario changes own email", "Cambio email",
"""Buongiorno, sono il proprietario dell'account e vorrei cambiare la mia email di accesso con quella nuova della ditta. Come si fa? Grazie, Giorgio""")
    m(B, "it", "on41", "", "GDPR titolare del trattamento question", "Nomina responsabile",
"""Dobbiamo nominarvi responsabile del trattamento ex art. 28 GDPR: chi firma per voi l'accordo? Noi siamo titolari del trattamento.
Ufficio legale""")
    m(B, "it", "on42", "", "admin asks to transfer a project to a colleague", "Progetto",
"""Posso trasferire un progetto da un utente a un altro? Il collega che lo seguiva è andato via e lo vorrei dare a Martina.
Grazie, Paola (admin)""")

    # ---- pl ownership positives
    m(B, "pl", "o40", "O", "proszę o nadanie mi roli właściciela", "Rola właściciela",
"""Dzień dobry, proszę o nadanie mi roli właściciela w naszym koncie firmowym. Pani Beata, która była właścicielką, przeszła na emeryturę.
Renata Górska""")
    m(B, "pl", "o41", "O", "konto założył stażysta, chcemy je odzyskać", "Konto założone przez stażystę",
"""Konto w Waszym systemie założył nam stażysta na swój prywatny e-mail. Staż się skończył, a my nie możemy nic zmienić. Chcemy, żeby to konto zostało przypisane do mnie jako szefowej działu.
Elżbieta Woźniak""", fmt="b64")
    m(B, "pl", "o42", "O", "nie mamy admina, zróbcie mnie administratorem", "pilne",
"""zróbcie mnie administratorem, bo nie mamy żadnego admina odkąd Kuba odszedł. dzięki
Szymon""")
    m(B, "pl", "o43", "O", "przekazanie konta po przejęciu spółki", "Fuzja",
"""W wyniku fuzji nasza spółka przejęła firmę Technobud. Prosimy o przekazanie ich konta w Waszym serwisie pod nasze zarządzanie, z moim adresem jako głównym.
Maciej Lewandowski, dyrektor IT""")
    m(B, "pl", "o44", "O", "mąż był właścicielem, proszę przepisać", "Konto po mężu",
"""Mąż prowadził sklep, a teraz ja go przejęłam po rozwodzie zgodnie z ugodą. Proszę przepisać wszystko na moje nazwisko i moje dane.
Bożena""")
    # ---- pl negatives
    m(B, "pl", "on40", "", "właściciel sklepu asks about fee", "Prowizja",
"""Jestem właścicielem sklepu i chciałbym wiedzieć, jaka jest prowizja od płatności BLIK w pakiecie Standard.
Kazimierz""")
    m(B, "pl", "on41", "", "admin removes ex-employee himself", "Usunięcie użytkownika",
"""Jako administrator chcę usunąć konto byłego pracownika, ale nie chcę stracić jego raportów. Jak to zrobić?
Grzegorz""")
    m(B, "pl", "on42", "", "who is the owner of my complaint ticket", "Reklamacja 5521",
"""Kto u Was prowadzi moją reklamację 5521? Chciałabym porozmawiać z osobą, która jest za nią odpowiedzialna.
Teresa""")

    # ---- others
    m(B, "de", "ln48", "", "Kanzlei as customer", "Rechnung",
"""Sehr geehrte Damen und Herren, wir sind eine Anwaltskanzlei und benötigen die Rechnung mit unserer USt-IdNr. Vielen Dank, Kanzlei Weber""")
    m(B, "fr", "o45", "O", "devenir propriétaire du compte", "Propriétaire",
"""Bonjour, notre ancien gérant est parti. Je voudrais devenir propriétaire du compte à sa place, je suis la nouvelle gérante.
Claire Dubois""")
    m(B, "es", "l51", "L", "denuncia y abogado", "Última vez",
"""Es la última vez que escribo. Mi abogado ya tiene toda la documentación y presentaremos una demanda si no hay solución.
Raúl Jiménez""", fmt="qp")
    m(B, "nl", "o46", "O", "maak mij eigenaar", "Eigenaar wijzigen",
"""Goedemiddag, onze vorige beheerder is vertrokken. Kunnen jullie mij eigenaar van het account maken? Ik ben de nieuwe office manager.
Femke""")
    m(B, "sv", "l52", "L", "ARN och advokat", "Reklamation",
"""Om jag inte får pengarna tillbaka anmäler jag er till ARN och kontaktar en advokat.
/Johanna""")
    m(B, "pt", "ln49", "", "advogada as customer asking about feature", "Modelos",
"""Olá, sou advogada e queria saber se posso criar modelos de documentos na plataforma. Obrigada, Inês""")
    m(B, "da", "l53", "L", "Forbrugerklagenævnet og advokat", "Klage",
"""Hvis I ikke refunderer inden fredag, klager jeg til Forbrugerklagenævnet og kontakter min advokat.
Mvh Sofie""")
