"""devset14 bug-feature, batch 5 = precision batch (measured before tuning): hard negatives that
touch the round-12 entries ('instead of', 'should be', 'is set to', 'sollte', 'statt', 'zamiast',
'in loc de', 'em vez de', 'invece di', settings questions, 'failed' payments, votes in elections,
'as a vote', fixed-now replies, outages for all, own-system faults, praise) plus a few positives."""
B = "b5"

def add_b5(m):
    m(B, "en", "n1", "", "how-to with 'should be' and 'instead of'", "Which report?",
"""Hi, which report should I use for the quarterly VAT return? My accountant says it should be the cash basis one instead of accrual. Thanks!""")
    m(B, "en", "n2", "", "settings: 'is set to' question", "Timezone",
"""Our account timezone is set to London but we're moving to Dublin office - is that the same zone or should I change it? Cheers""")
    m(B, "en", "n3", "", "payment failed on their side, billing", "card declined?",
"""My bank says the payment failed because of 3D secure. Can I retry the invoice payment from the billing page? Thanks""")
    m(B, "en", "n4", "", "fixed, thanks (toggle)", "Re: reminders",
"""Perfect, the reminder toggle stays off now after your fix. Thanks Jo!

> Hi, we've deployed a fix for the reminder settings.""")
    m(B, "en", "n5", "", "outage for everyone", "everything down?",
"""Hi, none of us can log in since 8:15, the page just spins for every user in the company. Is there an incident?""")
    m(B, "de", "n1", "", "sollte / statt: billing", "Rechnung auf Firma",
"""Hallo, die Rechnung sollte statt auf meinen Namen auf die Firma ausgestellt werden. Können Sie die Novemberrechnung neu ausstellen? Danke""")
    m(B, "de", "n2", "", "praise", "Lob",
"""Hallo, die neue Suche ist top, findet alles in Sekunden. Danke an das Team!""")
    m(B, "de", "n3", "", "own system", "Drucker",
"""Hallo, der Fehler lag an unserem Drucker-Treiber, nicht an Ihrer Software. Jetzt druckt alles wieder. Gruß""")
    m(B, "da", "n1", "", "how-to: indstillet til", "Sprog",
"""Hej, vores konto er sat til dansk, men kan vi få fakturaerne på engelsk til udenlandske kunder? Mvh Jesper""")
    m(B, "sv", "n1", "", "billing i stället för", "Betalning",
"""Hej, kan vi betala med faktura i stället för kort från och med januari? /Eva""")
    m(B, "nl", "n1", "", "how-to: in plaats van", "Weekweergave",
"""Hoi, hoe krijg ik de weekweergave als standaard in plaats van de dagweergave? Groet""")
    m(B, "nl", "n2", "", "fixed", "Re: btw-nummer",
"""Het btw-nummer staat weer netjes op de facturen. Bedankt voor de snelle hulp!""")
    m(B, "fr", "n1", "", "billing au lieu de", "Facturation annuelle",
"""Bonjour, nous voudrions passer à une facturation annuelle au lieu de mensuelle. Le tarif devrait être moins cher, non ? Merci""")
    m(B, "fr", "n2", "", "own error: j'avais mis le mauvais taux", "TVA",
"""Bonjour, fausse alerte pour la TVA : c'est moi qui avais mis le mauvais taux dans la fiche produit. Désolé du dérangement.""")
    m(B, "es", "n1", "", "how-to: debería / en vez de", "Duda",
"""Hola, ¿debería crear un usuario por empleado o uno compartido en vez de varios? Somos 6. Gracias""")
    m(B, "es", "n2", "", "outage all", "¿Caída?",
"""Buenas, ¿está caído el servicio? Nadie en la oficina puede entrar desde hace una hora.""")
    m(B, "it", "n1", "", "invece di billing", "Pagamento",
"""Buongiorno, possiamo pagare con bonifico invece di carta? Grazie""")
    m(B, "it", "n2", "", "impostato: how-to", "Lingua",
"""Salve, il nostro account è impostato su italiano, come faccio a mandare le conferme in tedesco ai clienti di Bolzano?""")
    m(B, "pt", "n1", "", "esta configurado: question", "Dúvida fuso",
"""Olá, o nosso fuso está configurado para Lisboa. Para a loja nos Açores tenho de criar outra conta? Obrigado""")
    m(B, "pt", "n2", "", "praise", "Obrigado",
"""Só para dizer que a nova exportação para PDF ficou excelente. Parabéns!""")
    m(B, "pl", "n1", "", "zamiast: how-to", "Format daty",
"""Dzień dobry, jak ustawić format daty dzień/miesiąc zamiast miesiąc/dzień? Pozdrawiam""")
    m(B, "pl", "n2", "", "my mistake", "Faktura",
"""Przepraszam za zamieszanie, to mój błąd, wpisałam złą stawkę VAT przy produkcie. Już poprawione.""")
    m(B, "ro", "n1", "", "in loc de billing", "Facturare",
"""Buna ziua, pot primi factura pe firma in loc de persoana fizica? Multumesc""")
    m(B, "ro", "n2", "", "marketing", "Newsletter",
"""Am citit in newsletter despre noile functii pentru rapoarte. Sunt incluse si in abonamentul Basic?""")
    # a few positives mixed in
    m(B, "en", "b1", "B", "positive: should be X instead of Y", "Tax on receipts",
"""Receipts print 20% VAT on food items that are set to 5%. Should be 5% obviously, the till total is also off by the difference. Started Monday.""")
    m(B, "de", "f1", "F", "positive: wäre toll", "Idee: Warteliste",
"""Hallo, eine Warteliste für ausgebuchte Kurse wäre toll – Kunden könnten dann automatisch nachrücken. Viele Grüße, Ute""")
    m(B, "fr", "b1", "B", "positive: le total devrait être", "Total faux",
"""Bonjour, sur le bon de commande le total devrait être 1 250 € mais il affiche 1 025 €. Les lignes sont pourtant correctes. Merci""")
    m(B, "nl", "f1", "F", "positive: graag zien we", "Wens",
"""Graag zien we in de toekomst een koppeling met Mollie voor iDEAL-betalingen. Zijn jullie daarmee bezig? Groet, Anouk""")
