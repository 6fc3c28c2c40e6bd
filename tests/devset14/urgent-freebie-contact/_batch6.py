"""batch 6 (measured before tuning): short generic forms (can I contact you directly, what's your name
on Teams, text me from your phone, meet in person), polite compensation requests ('a discount would
be nice given', 'would you consider a free month', 'something back'), pressing / the sooner the
better / time is of the essence / ça presse / corre prisa; mixed tags in one mail; negatives: direct
email for billing, text me when the technician is on his way, WhatsApp support channel, 'the sooner
the better' about a feature wish, compensation for travel in an invoice question."""
B = "b6"

def add_b6(m):
    # ---------------- en
    m(B, "en", "p7", "P", "can I contact you directly, your email", "follow-up",
"""Hi Nina, is there any way I can contact you directly next time? Your email would do. The generic inbox takes days.

Rob""")
    m(B, "en", "p8", "P", "name on Teams to chat privately", "teams",
"""what's your name on Teams? I'll just message you there privately, easier than this

Kat""")
    m(B, "en", "f6", "F", "polite: a discount would be nice given the problems", "Renewal coming up",
"""Hello, our renewal is coming up next month. Given the problems we had in the summer, a discount this time round would be nice - I think that's fair. Best, Mira""")
    m(B, "en", "f7", "F", "would you consider a free month", "downtime",
"""Would you consider giving us a free month for the downtime last week? It hit us during our busiest period. Thanks, Owen""")
    m(B, "en", "u7", "U", "time is of the essence, sooner the better", "data export",
"""Time is of the essence here: the regulator wants the export by Thursday and we can't get past 50%. The sooner the better please.

Fiona, Compliance""")
    m(B, "en", "uf1", "UF", "mixed: urgent fix + expect credit", "STILL BROKEN",
"""This needs fixing today, full stop. And frankly for the hassle I expect a credit on this month's invoice.

Derek""")
    m(B, "en", "n16", "", "direct email for billing dept", "billing contact",
"""Hi, is there a direct email for your billing department? I need to send them a purchase order. Thanks, Eleanor""")
    m(B, "en", "n17", "", "text me when the technician is on his way", "engineer visit",
"""Hi, could you text me when the engineer is on his way tomorrow? My number is on the account. Thanks, Liam""")
    m(B, "en", "n18", "", "the sooner the better about a feature wish", "feature idea",
"""Would love to see recurring invoices in the app. The sooner the better, but no pressure! Keep up the good work. Tom""")
    # ---------------- de
    m(B, "de", "p5", "P", "kann ich Sie direkt erreichen, Ihre E-Mail", "Nachfrage",
"""Hallo Frau Lang, kann ich Sie nächstes Mal direkt erreichen? Ihre persönliche E-Mail-Adresse würde mir reichen. Gruß, Dirk""")
    m(B, "de", "u6", "U", "es pressiert (Swiss/south)", "Lieferschein",
"""Grüezi, es pressiert: der Lieferschein muss bis 11 Uhr raus, sonst fährt der Camion ohne Ware. Bitte umgehend melden.

Beat Keller""")
    m(B, "de", "f5", "F", "Wir würden uns über einen Nachlass freuen", "Verlängerung",
"""Hallo, angesichts der Probleme im Sommer würden wir uns über einen Nachlass bei der Verlängerung freuen. Das wäre nur fair. Gruß, Anke""")
    m(B, "de", "n6", "", "Reisekosten-Erstattung in der Rechnung", "Reisekosten",
"""Hallo, wie trage ich die Reisekostenpauschale als Ausgleich für Fahrten in der Rechnung ein? Danke, Heike""")
    # ---------------- da
    m(B, "da", "u4", "U", "det haster, hurtigst muligt", "Ordrer",
"""Hej, vores webshop viser ingen ordrer siden i morges. Det haster, vi har brug for hjælp hurtigst muligt. Mvh Mette""")
    m(B, "da", "f4", "F", "I bør give os noget igen", "Nedbrud",
"""Vi har mistet en hel dags salg på grund af jeres nedbrud. Jeg synes, I bør give os en måned gratis. Mvh Søren""")
    # ---------------- sv
    m(B, "sv", "u4", "U", "det är bråttom", "Lönefil",
"""Hej, det är bråttom: lönefilen måste till banken i dag och exporten hänger sig. Hör av er direkt! /Agneta""")
    m(B, "sv", "p4", "P", "kan jag nå dig direkt, ditt mobilnummer", "Tack Hanna",
"""Hej Hanna, kan jag nå dig direkt nästa gång? Vad har du för mobilnummer? /Lasse""")
    m(B, "sv", "f5", "F", "rimligt med en rabatt", "Förnyelse",
"""Med tanke på alla buggar i våras tycker jag det vore rimligt med en rabatt på förnyelsen. /Göran""")
    # ---------------- nb
    m(B, "nb", "u3", "U", "det haster", "Fakturaer",
"""Det haster! Ingen fakturaer går ut og det er siste dag i måneden. Ring meg med en gang.

Bjørn""")
    m(B, "nb", "n4", "", "WhatsApp-kanal for support?", "WhatsApp",
"""Hei, har dere support på WhatsApp, eller bare e-post? Mvh Liv""")
    # ---------------- nl
    m(B, "nl", "p4", "P", "kan ik je rechtstreeks mailen", "Vraag",
"""Hoi Sem, kan ik je voortaan rechtstreeks mailen op je eigen adres? Dat werkt sneller dan het ticketsysteem. Groet, Niels""")
    m(B, "nl", "u4", "U", "hoe eerder hoe beter, deadline vrijdag", "Aangifte",
"""De btw-aangifte moet vrijdag binnen zijn en de export klopt niet. Hoe eerder jullie kijken hoe beter, dit kan echt niet wachten.

Gr. Jeroen""", fmt="b64")
    m(B, "nl", "f5", "F", "iets terug verwachten", "Storing",
"""Na twee dagen storing verwacht ik wel iets terug, bijvoorbeeld een gratis maand. Groet, Ellen""")
    m(B, "nl", "n6", "", "sms me als de monteur onderweg is", "Monteur",
"""Hallo, kunnen jullie me een sms sturen als de monteur onderweg is? Groet, Anja""")
    # ---------------- fr
    m(B, "fr", "u5", "U", "ça presse", "Badge",
"""Ça presse un peu : les nouveaux arrivent lundi à 8h et aucun badge ne s'active. Pouvez-vous régler ça aujourd'hui ?

RH, Clinique du Parc""")
    m(B, "fr", "p4", "P", "rencontrer en personne, son numéro", "Merci Inès",
"""Inès, j'aimerais beaucoup vous rencontrer en personne pour vous remercier. Vous me donnez votre numéro ? Amitiés, Gérard""")
    m(B, "fr", "n6", "", "ligne directe du service comptable", "Comptabilité",
"""Bonjour, avez-vous une ligne directe pour le service comptabilité ? Merci, Odile""")
    # ---------------- es
    m(B, "es", "u5", "U", "me corre prisa", "Presupuesto",
"""Hola, me corre prisa: necesito el presupuesto en PDF antes de las 13h, que el cliente se va de viaje. Gracias, Jaime""")
    m(B, "es", "pf1", "PF", "mixed: quiere el número del comercial + descuento", "Oferta",
"""Pásame el móvil personal de Nacho, el comercial, que lo arreglo con él. Y después de lo que ha pasado espero un descuento en la renovación. Andrés""")
    m(B, "es", "n9", "", "número directo del departamento de facturación", "Facturación",
"""Hola, ¿tenéis un número directo del departamento de facturación? Gracias, Lola""")
    # ---------------- it
    m(B, "it", "u6", "U", "è pressante, prima possibile", "Esportazione",
"""Buongiorno, la questione è pressante: l'esportazione per il commercialista va fatta oggi. Vi prego di intervenire prima possibile. Sandro""")
    m(B, "it", "f5", "F", "sarebbe giusto uno sconto", "Rinnovo",
"""Dopo un anno così, sarebbe giusto ricevere uno sconto sul rinnovo. Attendo una proposta. Cordiali saluti, Marina""")
    m(B, "it", "n7", "", "WhatsApp Business integrazione", "WhatsApp",
"""Salve, è possibile collegare il nostro numero WhatsApp Business al vostro gestionale? Grazie, Piero""")
    # ---------------- pt
    m(B, "pt", "u5", "U", "pt-BR é pra já", "Boleto",
"""Preciso da segunda via do boleto e é pra já, vence hoje e o sistema não gera. Valeu, Rodrigo""")
    m(B, "pt", "p5", "P", "pt-PT, contactar diretamente, email pessoal", "Obrigado Rita",
"""Rita, posso contactá-la diretamente da próxima vez? Deixe-me o seu email pessoal, por favor. Obrigado, Hugo""")
    # ---------------- pl
    m(B, "pl", "p4", "P", "czy mogę pisać bezpośrednio do Pana, prywatny mail", "Pan Michał",
"""Panie Michale, czy mogę następnym razem pisać bezpośrednio do Pana? Jaki ma Pan prywatny mail? Pozdrawiam, Iwona""")
    m(B, "pl", "f5", "F", "byłoby fair, darmowy miesiąc", "Awaria",
"""Po dwóch dniach awarii byłoby fair, gdybyście dali nam darmowy miesiąc. Pozdrawiam, Damian""")
    # ---------------- ro
    m(B, "ro", "u5", "U", "e presant, cât de repede", "Facturi",
"""E presant: facturile trebuie emise azi si aplicatia da eroare. Va rog cat de repede puteti. Multumesc, Ionut""")
    m(B, "ro", "n5", "", "numărul direct al contabilității", "Contabilitate",
"""Buna ziua, aveti un numar direct pentru departamentul de contabilitate? Multumesc, Elena""")
    # ---------------- fi
    m(B, "fi", "p2", "P", "voinko ottaa sinuun suoraan yhteyttä", "Kiitos Mari",
"""Hei Mari, voinko ensi kerralla ottaa sinuun suoraan yhteyttä? Mikä on sinun oma sähköpostisi? Terveisin Ville""")
    m(B, "fi", "u4", "U", "kiire, pikaisesti", "Laskut",
"""Meillä on kiire: laskut pitää lähettää tänään eikä järjestelmä toimi. Apua pikaisesti! Anne""")
