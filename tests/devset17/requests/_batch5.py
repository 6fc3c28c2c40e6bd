"""devset17 requests, batch 5 (measured after tuning on b1-b4): generalisation for the three recall
tags - feature wishes phrased as comparisons, conditions and complaints about a missing option;
freebie demands as a price for staying, for a referral, after a mistake; private contact asked for
in a thank-you, for a job offer, for a meeting; neighbours: how-to, bug, published promotion,
company phone number, vendor's business contact."""
B = "b5"

def add_b5(m):
    # ---------------- en
    m(B, "en", "f1", "F", "feature: can't believe there's no", "Bulk delete",
"""Can't believe there's still no bulk delete in 2026. I've just removed 300 old contacts one by one. Please tell me it's coming.""")
    m(B, "en", "f2", "F", "feature: competitor has it", "Offline mode",
"""Our field engineers work in basements with no signal. Competitor X has an offline mode, do you have anything like that planned?""")
    m(B, "en", "g1", "G", "freebie: referral for free", "Referrals",
"""I've sent you four new customers this year. I reckon that's worth a free year on our plan, don't you think?""")
    m(B, "en", "g2", "G", "freebie: knock something off", "Invoice 2231",
"""After the mess with the import I'd like you to knock something off this invoice. 20% seems fair.""")
    m(B, "en", "p1", "P", "personal: meet for a drink, number", "Thanks a million",
"""Kev, you're a legend. If you're ever in Leeds let me buy you a pint, what's your number?""")
    m(B, "en", "n1", "", "feature neg: how-to existing feature", "Recurring invoices",
"""Where do I switch on recurring invoices? I know you have them, just can't find the setting.""")
    m(B, "en", "n2", "", "personal neg: vendor phone number for sales", "Phone number",
"""What's the best number to call your sales team on? We want to talk about 50 more licences.""")
    # ---------------- de
    m(B, "de", "f1", "F", "feature: fehlt uns", "Mehrsprachigkeit",
"""Uns fehlt eine englische Oberfläche für die Kollegen in Wien. Wird es die irgendwann geben?""")
    m(B, "de", "g1", "G", "freebie: Preisnachlass sonst Wechsel", "Vertragsverlängerung",
"""Wir verlängern nur, wenn Sie uns beim Preis entgegenkommen. 15 % Nachlass wären angemessen nach diesem Jahr.""")
    m(B, "de", "p1", "P", "personal: per du, private Nummer", "Danke",
"""Hallo Jana, du warst super! Schick mir doch deine Nummer, dann können wir uns direkt absprechen ohne Ticketsystem.""")
    m(B, "de", "n1", "", "freebie neg: falsch abgebucht, erstatten", "Doppelte Abbuchung",
"""Sie haben den Oktober zweimal abgebucht. Bitte erstatten Sie den doppelten Betrag.""")
    # ---------------- da
    m(B, "da", "g1", "G", "freebie: gratis opgradering", "Kompensation",
"""Efter alt det her bøvl synes jeg, I skal give os en gratis opgradering til Pro resten af året.""")
    m(B, "da", "p1", "P", "personal: din mail direkte", "Tak",
"""Tak Sofie, må jeg skrive direkte til din mail fremover? Det her supportsystem er lidt tungt.""")
    m(B, "da", "n1", "", "feature neg: bug", "Eksport virker ikke",
"""Eksporten til Excel giver en fejl, når jeg vælger mere end en måned. Kan I se på det?""")
    # ---------------- ro
    m(B, "ro", "g1", "G", "freebie: nu plătim luna asta", "Nemulțumire",
"""După o săptămână în care nu am putut factura, refuzăm să plătim luna aceasta. Vă rog să o anulați.""")
    m(B, "ro", "f1", "F", "feature: nu există și ar trebui", "Rapoarte",
"""Nu există un raport pe agent de vânzări. Ne-ar ajuta enorm dacă l-ați adăuga.""")
    m(B, "ro", "n1", "", "freebie neg: promoție publicată", "Promoție",
"""Promoția de Black Friday de pe site-ul vostru se aplică și la abonamentul anual?""")
    # ---------------- pl
    m(B, "pl", "p1", "P", "personal: prywatny mail", "Dziękuję",
"""Panie Tomku, może Pan mi podać swojego prywatnego maila? Chciałbym Panu zaproponować współpracę.""")
    m(B, "pl", "g1", "G", "freebie: zniżka albo odchodzimy", "Przedłużenie",
"""Jeśli nie dostaniemy zniżki przy przedłużeniu, przechodzimy do konkurencji.""")
    m(B, "pl", "n1", "", "personal neg: numer do działu sprzedaży", "Kontakt",
"""Poproszę numer telefonu do działu sprzedaży, chcemy dokupić licencje.""")
    # ---------------- es
    m(B, "es", "f1", "F", "feature: no entiendo por qué no", "Calendario",
"""No entiendo por qué el calendario no se sincroniza con Outlook, es lo básico hoy en día. ¿Lo vais a incluir?""")
    m(B, "es", "g1", "G", "freebie: descuento por el error", "Factura errónea",
"""Por las molestias del error en la factura, os pido que nos apliquéis un descuento en la próxima.""")
    m(B, "es", "p1", "P", "personal: LinkedIn oferta de trabajo", "Propuesta",
"""Andrés, ¿tienes LinkedIn? Me gustaría ofrecerte un puesto en nuestra empresa, pero prefiero hablarlo fuera de este canal.""")
    # ---------------- fr
    m(B, "fr", "g1", "G", "freebie: mois offert", "Panne",
"""Après cette panne, le minimum serait de nous offrir le mois de novembre.""")
    m(B, "fr", "f1", "F", "feature: il manque", "Exports",
"""Il manque vraiment un export comptable au format FEC. C'est dans vos projets ?""")
    m(B, "fr", "n1", "", "freebie neg: code promo newsletter", "Code promo",
"""Le code promo de votre newsletter (-10 %) est-il cumulable avec l'offre annuelle ?""")
    # ---------------- nl
    m(B, "nl", "p1", "P", "personal: WhatsApp of Insta", "Bedankt!",
"""Super geholpen Lotte! Heb je WhatsApp? Dan app ik je gewoon als er weer iets is.""")
    m(B, "nl", "f1", "F", "feature: ons vorige pakket kon", "Offertes",
"""Ons vorige pakket kon offertes automatisch omzetten naar facturen. Kan dat bij jullie ook komen?""")
    # ---------------- sv
    m(B, "sv", "g1", "G", "freebie: kostnadsfritt", "Förlängning",
"""Vi förväntar oss att få december kostnadsfritt efter alla avbrott.""")
    m(B, "sv", "n1", "", "personal neg: växelnummer", "Telefon",
"""Vilket nummer har er växel? Jag hittar det inte på hemsidan.""")
    # ---------------- it
    m(B, "it", "g1", "G", "freebie: mese omaggio", "Disservizio",
"""Dopo questo disservizio mi aspetto almeno un mese in omaggio.""")
    m(B, "it", "f1", "F", "feature: peccato che non", "App",
"""Peccato che l'app non permetta di firmare i documenti. Il nostro fornitore precedente lo faceva. Ci state lavorando?""")
    m(B, "it", "n1", "", "feature neg: how-to firma", "Firma",
"""Come si firma un documento dall'app? Non trovo il pulsante.""")
    # ---------------- pt
    m(B, "pt", "p1", "P", "personal: e-mail pessoal / telefone", "Agradecimento",
"""Rita, pode me passar seu e-mail pessoal? Quero te mandar um convite para o nosso evento.""")
    m(B, "pt", "f1", "F", "feature: quando vai ter", "Pix",
"""Quando vai ter pagamento por Pix no checkout? Nossos clientes só pedem isso.""")
    m(B, "pt", "n1", "", "freebie neg: reembolso cobrança errada", "Cobrança duplicada",
"""Fui cobrado duas vezes este mês. Podem estornar a cobrança duplicada?""")
