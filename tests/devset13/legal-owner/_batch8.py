"""devset13 legal-owner, batch 8: generalisation check — new wordings for the weak cells."""
B = "b8"

def add(m):
    # en legal positives
    m(B, "en", "l140", "L", "had a consultation with a lawyer", "Re: contract exit",
"""Had a consultation with an employment lawyer yesterday about the non-compete clause in your reseller agreement. She thinks it's unenforceable and we're prepared to go to court over it.
Leon""")
    m(B, "en", "l141", "L", "passing to my legal representative", "Final",
"""I'm passing this matter to my legal representative. Please direct all future correspondence accordingly.
K. Adams""", fmt="alt")
    m(B, "en", "l142", "L", "complaint lodged with Which?/trading standards", "Lodged",
"""I've lodged a complaint with Trading Standards this morning, case number TS-44819. Your response will be forwarded to them.
Graham""")
    m(B, "en", "l143", "L", "wouldn't want this to end up in court", "Warranty",
"""I'm sure neither of us wants this to end up in front of a judge, but that's where it's heading if the warranty isn't honoured.
Frances""")
    m(B, "en", "l144", "L", "file suit", "Unpaid invoices",
"""We will file suit for the unpaid balance of $12,400 on Monday if payment is not received.
Accounts Receivable, Dalton Supply""", fmt="qp")
    # en negatives
    m(B, "en", "ln140", "", "law school student user", "Student discount",
"""Hi, I'm a law student — do you offer a student discount? Thanks, Priya""")
    m(B, "en", "ln141", "", "moot court competition using the app", "Moot court",
"""Our university moot court team uses your timer app. Can we get 10 pro licences for the competition in March?
Prof. Halvorsen""")
    m(B, "en", "ln142", "", "explicitly not involving lawyers yet, just escalation to manager", "Escalation",
"""I don't want to get lawyers involved, I'd just like a manager to look at this please.
Owen""")
    # pl legal positives
    m(B, "pl", "l145", "L", "złożę pozew w e-sądzie", "Zaległy zwrot",
"""Jeśli do końca tygodnia nie będzie zwrotu, złożę pozew w e-sądzie. To kosztuje mnie grosze, a Was sporo nerwów.
Grzegorz""")
    m(B, "pl", "l146", "L", "sprawę opiszę prawnikowi i UOKiK", "Zawyżone opłaty",
"""Opisałem już całą sytuację znajomemu prawnikowi. Według niego to niedozwolona klauzula i zgłosimy ją do UOKiK.
Leszek""")
    m(B, "pl", "l147", "L", "kieruję sprawę do sądu polubownego/arbitrażu konsumenckiego", "Sąd polubowny",
"""Kieruję sprawę do stałego polubownego sądu konsumenckiego przy inspekcji handlowej. Wniosek wysłany.
Bartłomiej""", fmt="b64")
    # pl legal negatives
    m(B, "pl", "ln140", "", "kancelaria notarialna customer", "Notariusz",
"""Dzień dobry, prowadzimy kancelarię notarialną i chcemy zmienić pakiet na większy od stycznia.
Notariusz Anna Wróbel""")
    m(B, "pl", "ln141", "", "asks about the legality of recording calls", "Nagrywanie rozmów",
"""Czy nagrywanie rozmów w Waszej centrali jest zgodne z prawem i czy musimy informować klientów? Pytam przed wdrożeniem.
Szymon, IT""")
    m(B, "pl", "ln142", "", "sad = sad (orchard) no diacritics & court clerk role", "Faktura",
"""Prosze o fakture na firme. Pracuje jako protokolantka w sadzie, ale konto jest prywatne.
Weronika""")
    m(B, "pl", "ln143", "", "nie chcę kierować sprawy do sądu, proszę o ugodę", "Propozycja",
"""Nie chcę kierować sprawy do sądu, wolałbym się dogadać. Proponuję rozłożenie zaległej płatności na trzy raty.
Arkadiusz""")
    # it ownership positives
    m(B, "it", "o140", "O", "vogliamo che il titolare diventi la nostra srl", "Titolarità",
"""La ditta individuale è stata conferita nella nostra SRL. Vogliamo che l'account risulti intestato alla SRL e che l'amministratore sia io.
Daniele Fabbri""")
    m(B, "it", "o141", "O", "non ho accesso admin, il creatore è irreperibile", "Creatore irreperibile",
"""Chi ha creato l'account è irreperibile da mesi. Io sono il responsabile e ho bisogno dei permessi di amministratore, anzi di diventare proprietario.
Giacomo""", fmt="qp")
    m(B, "it", "o142", "O", "trasferimento della titolarità a me", "Trasferimento",
"""Richiedo il trasferimento della titolarità dell'account a mio favore, in quanto nuovo legale rappresentante.
Dott. Pietro Sala""")
    m(B, "it", "on140", "", "proprietario del negozio asks shipping", "Spedizioni",
"""Sono il proprietario del negozio, volevo sapere come impostare le spedizioni gratuite sopra i 50 euro. Grazie""")
    m(B, "it", "on141", "", "admin changes own phone for 2FA", "Telefono 2FA",
"""Sono l'amministratrice dell'account e ho cambiato numero di telefono: come aggiorno la verifica in due passaggi? Grazie, Tiziana""")
    # pl ownership positives
    m(B, "pl", "o140", "O", "nowy właściciel firmy chce mieć konto", "Konto po zakupie",
"""Od listopada jestem nowym właścicielem hurtowni. Chcę, żeby konto w Waszym systemie było zarejestrowane na mnie, a nie na poprzedniego właściciela.
Zdzisław""")
    m(B, "pl", "o141", "O", "dostęp administratora po odejściu informatyczki", "Admin",
"""Nasza informatyczka odeszła i tylko ona miała uprawnienia administratora. Proszę nadać je mnie, jestem kierownikiem biura.
Halina Lis""")
    m(B, "pl", "o142", "O", "przekażcie konto na nową spółkę", "Przekształcenie",
"""Przekształciliśmy spółkę cywilną w spółkę z o.o. Prosimy przekazać konto na nową spółkę i ustawić mnie jako właściciela.
Robert Nowicki""", fmt="alt")
    m(B, "pl", "on140", "", "owner asks to add accountant as read-only", "Księgowa",
"""Jestem właścicielem konta i chcę dodać księgową z dostępem tylko do faktur. Jak to ustawić?
Krzysztof""")
    m(B, "pl", "on141", "", "transfer domain ownership to them (not account) — they are owner", "Domena",
"""Czy mogę przenieść domenę z innego rejestratora do Was? Jestem jej właścicielem.
Ignacy""")
    # others
    m(B, "de", "o143", "O", "Konto auf mich umschreiben", "Umschreibung",
"""Hallo, mein Vater hat mir den Betrieb übergeben. Bitte schreiben Sie das Konto auf mich um und machen Sie mich zum Admin. Gruß, Lena""")
    m(B, "fr", "ln143", "", "avocat user asks feature", "Modèles",
"""Je suis avocat et j'aimerais savoir si je peux créer des modèles de courrier. Merci""")
    m(B, "es", "o144", "O", "nombradme administradora", "Administradora",
"""El anterior administrador dejó la empresa. Por favor, nombradme administradora de la cuenta. Gracias, Elena""")
    m(B, "pt", "l148", "L", "processo / advogado pt", "Processo",
"""Já falei com o meu advogado e vamos avançar com um processo se não houver reembolso até sexta.
Ricardo""")
