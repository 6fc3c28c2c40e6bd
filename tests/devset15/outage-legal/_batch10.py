"""devset15 outage-legal, batch 10 = second GENERALISATION batch (measured before tuning): new wording
of all themes: outage came back then died again, 'same as this morning', outage in a P.S., outage
notice from a franchise HQ for all franchisees; legal: 'my brother-in-law is a lawyer and will take
this', 'consumer ombudsman next', 'police report filed against you', regulator with a verb."""
B = "b10"

def add_b10(m):
    m(B, "it", "o1", "O", "came back then down again", "R: Disservizio",
"""È tornato su per dieci minuti e adesso è di nuovo giù, per tutti gli operatori del call center.

Nadia

> Il servizio non risponde.""")
    m(B, "it", "o2", "O", "P.S. mention", "Ordine toner",
"""Buongiorno, vorrei ordinare 4 toner per le stampanti fiscali.

P.S. il gestionale non ci fa entrare da mezz'ora, né me né i colleghi.

Gianna""")
    m(B, "it", "l1", "L", "brother-in-law lawyer will handle it", "Rimborso",
"""Mio cognato è avvocato e si occuperà lui della faccenda, preparatevi.

Tiziana""")
    m(B, "da", "o1", "O", "franchise HQ for all franchisees", "Alle franchisetagere berørt",
"""Til support. Vi er hovedkontoret for 22 franchisebutikker, og ingen af butikkerne kan logge ind i kassesystemet i dag. Det koster os mange penge.

Mvh Hovedkontoret""")
    m(B, "da", "o2", "O", "same as this morning", "SV: Nedbrud",
"""Samme problem som i morges, nu er det gået ned igen for hele afdelingen.

Rikke""")
    m(B, "da", "l1", "L", "police report against you", "Politianmeldelse",
"""I skal vide, at jeg har politianmeldt jeres firma for bedrageri.

Jan""")
    m(B, "es", "o1", "O", "came back and fell again", "RE: Caída",
"""Volvió unos minutos y se ha vuelto a caer. Ninguno de los comerciales puede cargar pedidos.

Teresa""")
    m(B, "es", "o2", "O", "P.S. mention", "Alta de dos usuarios",
"""Hola, necesito dar de alta a dos usuarios nuevos, Pedro y Laura.

PD: ahora mismo la web no carga en ninguno de los ordenadores de la oficina.

Cristina""")
    m(B, "es", "l1", "L", "cuñado abogado", "Reclamación",
"""Mi cuñado es abogado y ya le he pasado todos los correos. Él se encargará de que me devolváis el dinero.

Sergio""")
    m(B, "fr", "o1", "O", "franchise HQ", "Tous nos franchisés impactés",
"""Bonjour, en tant que siège du réseau, je vous signale qu'aucun de nos 30 franchisés ne peut accéder à la caisse en ligne depuis l'ouverture.

Direction réseau, Boulangeries Dorées""")
    m(B, "fr", "o2", "O", "back then down again", "RE: Incident",
"""C'est revenu cinq minutes puis ça a replanté, toute l'équipe est de nouveau bloquée.

Karim""")
    m(B, "fr", "l1", "L", "plainte déposée au commissariat", "Plainte",
"""J'ai déposé plainte au commissariat contre votre société pour escroquerie.

M. Lambert""")
    m(B, "pl", "o1", "O", "back then down again", "Odp: Awaria",
"""Wróciło na chwilę i znowu padło, cały dział obsługi klienta stoi.

Marek""")
    m(B, "pl", "o2", "O", "franchise HQ all franchisees", "Wszystkie punkty franczyzowe",
"""Dzień dobry, piszę z centrali sieci - żaden z naszych 40 punktów franczyzowych nie może zalogować się do systemu kasowego.

Centrala, Piekarnie Złoty Kłos""")
    m(B, "pl", "l1", "L", "brother lawyer", "Sprawa",
"""Mój brat jest adwokatem i już przygotowuje pozew.

Weronika""")
    m(B, "ro", "o1", "O", "came back then fell again", "Re: Platforma",
"""A mers zece minute și iar a picat, toată echipa de vânzări e blocată.

Ciprian""")
    m(B, "ro", "o2", "O", "P.S. mention no diacritics", "Factura noiembrie",
"""Buna ziua, va rog trimiteti factura pe noiembrie.

PS: in momentul asta aplicatia nu se deschide la nimeni din birou.

Simona""")
    m(B, "ro", "l1", "L", "plângere penală", "Plângere",
"""Am depus plângere penală împotriva firmei voastre.

Viorel""")
    m(B, "sv", "o1", "O", "back then down again", "SV: Störning",
"""Det kom tillbaka en kort stund men nu är det nere igen för hela supportavdelningen.

Hanna""")
    m(B, "sv", "o2", "O", "franchise HQ", "Samtliga franchisetagare",
"""Hej, vi på huvudkontoret har fått samtal från alla våra franchisetagare, ingen av dem kommer in i kassasystemet.

/Huvudkontoret""")
    m(B, "sv", "l1", "L", "polisanmälan", "Polisanmälan",
"""Jag har gjort en polisanmälan mot ert företag.

Tobias""")
    m(B, "de", "o1", "O", "P.S. mention", "Rechnungsadresse",
"""Bitte ändern Sie unsere Rechnungsadresse auf Hauptstraße 4.

PS: Gerade kommt bei uns niemand ins Portal.

Ute""")
    m(B, "de", "l1", "L", "Schwager Anwalt", "Erstattung",
"""Mein Schwager ist Anwalt und wird sich der Sache annehmen.

Jürgen""")
    m(B, "nl", "o1", "O", "came back then down again", "RE: Storing",
"""Was even terug, nu ligt het weer plat voor het hele team.

Inge""")
    m(B, "nl", "l1", "L", "aangifte gedaan", "Aangifte",
"""Ik heb aangifte tegen jullie bedrijf gedaan bij de politie.

Tom""")
    m(B, "pt", "o1", "O", "franchise HQ pt-BR", "Todas as franquias",
"""Oi, aqui é da franqueadora: nenhuma das nossas 25 franquias consegue acessar o sistema desde cedo.

Suporte Rede Sabor""")
    m(B, "pt", "l1", "L", "boletim de ocorrência", "BO",
"""Já fiz boletim de ocorrência contra a empresa de vocês.

Marcelo""")
    m(B, "en", "o1", "O", "came back then down again", "Re: Down",
"""It came back for a few minutes and now it's dead again for the whole support floor.

Rachel""")
    m(B, "en", "l1", "L", "brother-in-law solicitor", "Refund",
"""My brother-in-law is a solicitor and he's taking this on for me.

Gemma""")
    # negatives
    m(B, "en", "n1", "", "brother-in-law is a lawyer, wants a quote for his firm", "Referral",
"""My brother-in-law is a lawyer and loves your app, he'd like a quote for his firm of 6. Can I pass on your email?

Gemma""")
    m(B, "es", "n1", "", "volvió a caer = reminder fell on the weekend", "Recordatorio",
"""El recordatorio de cita volvió a caer en domingo. ¿Se puede evitar que se envíen en fin de semana?

Nacho""")
    m(B, "fr", "n1", "", "commissariat as a customer", "Devis",
"""Bonjour, le commissariat de Rennes souhaiterait un devis pour 8 postes.

Brigadier Morin""")
    m(B, "sv", "n1", "", "polisanmälan for stolen phone, needs 2FA reset", "Stulen telefon",
"""Min telefon blev stulen i helgen, polisanmälan är gjord. Kan ni återställa tvåstegsverifieringen?

/Malin""")
