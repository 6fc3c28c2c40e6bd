"""devset14 bug-feature, batch 7 = second precision batch (measured before tuning): hard negatives
that touch the b6/p1 entries ('please fix' my address, user typed the wrong address / booked the
wrong day, 'gaat niet door' = is cancelled, 'for lite' questions, payroll and VAT-rate questions,
classes and schedules, 'instead of having to' wishes), plus a few positives."""
B = "b7"

def add_b7(m):
    m(B, "en", "n1", "", "please fix my billing address (admin)", "billing address",
"""Hi, please fix the billing address on our account, it should be Unit 4 not Unit 14. Thanks, Claire""", free="")
    m(B, "en", "n2", "", "user booked wrong day", "booked the wrong class",
"""Hi, I booked the Tuesday spin class by mistake, I meant Wednesday. Can you move me or do I cancel and rebook? Ta""")
    m(B, "en", "n3", "", "user typed wrong address", "parcel",
"""I think I typed the wrong delivery address on my order yesterday. Can the parcel still be redirected?""")
    m(B, "en", "f1", "F", "wish with 'instead of having to'", "suggestion",
"""Would be great if the app could remember my last filter instead of having to set it every single time I open it.""")
    m(B, "de", "n1", "", "Überstunden question", "Überstunden",
"""Hallo, wie trage ich Überstunden ein, die erst nächsten Monat ausbezahlt werden sollen? Danke, Ralf""")
    m(B, "de", "n2", "", "Stunden: opening hours", "Öffnungszeiten",
"""Hallo, ist der Support auch am Wochenende 24 Stunden erreichbar? Gruß""")
    m(B, "nl", "n1", "", "afspraak gaat niet door (cancellation)", "afspraak morgen",
"""Hallo, onze afspraak met jullie adviseur van morgen gaat niet door, ik ben ziek. Kunnen we verzetten naar volgende week? Groet, Hanneke""")
    m(B, "nl", "n2", "", "actie: price question", "Actie Black Friday",
"""Hoi, geldt de Black Friday-actie ook voor bestaande klanten, of betalen wij de volle prijs? Groet""")
    m(B, "sv", "n1", "", "skatt question", "Skattetabell",
"""Hej, var ställer jag in vilken skattetabell en anställd ska ha? Hon får för lite kvar efter skatt tycker hon, så hon vill byta tabell. /Maria""")
    m(B, "es", "n1", "", "nomina how-to", "Nómina",
"""Hola, ¿cómo doy de alta a un empleado nuevo en la nómina de diciembre? Ya revisé la ayuda pero no lo encuentro. Gracias""")
    m(B, "pl", "n1", "", "kody rabatowe how-to", "Kody rabatowe",
"""Dzień dobry, jak wygenerować kody rabatowe dla klientów na święta? Pozdrawiam""")
    m(B, "ro", "n1", "", "cota TVA question", "Cota TVA",
"""Buna ziua, cota de TVA e setata la 19%, dar de la 1 august trebuie 21%. Unde o schimb? Multumesc""")
    m(B, "fr", "f2", "F", "wish 'au lieu de devoir' (bug must stay out)", "Idée",
"""Bonjour, ce serait pratique de pouvoir envoyer les relances automatiquement au lieu de devoir le faire à la main chaque semaine.""")
    m(B, "it", "n1", "", "outage all", "Non va niente",
"""Buongiorno, nessuno in ufficio riesce ad aprire il gestionale da stamattina, tutti vedono errore 500.""")
    m(B, "pt", "n1", "", "praise", "Elogio",
"""A nova agenda de aulas ficou ótima, os alunos adoraram. Obrigado!""")
    m(B, "da", "n1", "", "fixed", "Re: billeder",
"""Tak, billederne vender rigtigt nu. Super hurtigt! /Morten""")
    # positives
    m(B, "en", "b1", "B", "class shows wrong instructor", "wrong instructor",
"""The timetable on the website shows Sarah for every Monday class even though Tom teaches the evening ones, and she's set as instructor only for mornings in admin.""")
    m(B, "nl", "b1", "B", "korting wordt niet verrekend", "Korting",
"""Hallo, de kortingscode wordt geaccepteerd maar op de bon staat gewoon de volle prijs. Vanaf vandaag. Gr. Tim""")
    m(B, "sv", "b1", "B", "schemat visar fel vecka", "Schemat",
"""Hej, i appen visas nästa veckas schema när man väljer den här veckan. På webben blir det rätt. /Kim""")
