"""devset17 outage-legal, batch 9: precision 3. n1-n12 are the ad-hoc checks of this round's words
(run through `curveball test` after b8's tuning; three fired and were fixed before this batch was
written down: 'nessuno sa usare il CRM', a sales rep 'lleva una semana sin responder', Swedish
onboarding 'kan inte logga in förrän ni aktiverat'); the rest (m*, o*, l*) are fresh, measured before
tuning on them."""
B = "b9"

def add_b9(m):
    # ---------------- ad-hoc checks (see docstring)
    m(B, "it", "n1", "", "one bug on all browsers", "Pulsante Salva",
"""Il pulsante Salva non funziona quando modifico un ordine, succede su tutti i browser che ho provato.""")
    m(B, "it", "n2", "", "training: nobody knows how to use the CRM", "Formazione",
"""Nessuno sa usare il nuovo CRM, potete fare una formazione?""")
    m(B, "fr", "n3", "", "all invoices stuck in draft", "Factures brouillon",
"""Toutes nos factures de novembre sont bloquées en statut brouillon, comment les valider ?""")
    m(B, "nl", "n4", "", "own laptop OS error", "Installatie",
"""Het besturingssysteem van mijn laptop geeft een foutmelding bij het installeren van jullie app.""")
    m(B, "es", "n5", "", "billing question, sales rep not answering", "Facturación diciembre",
"""¿Tenéis alguna incidencia con la facturación de diciembre? No veo el cargo y lleva una semana sin responder el comercial.""")
    m(B, "sv", "n6", "", "onboarding: new users until activated", "Nya användare",
"""Alla nya användare kan inte logga in förrän ni har aktiverat dem, stämmer det?""")
    m(B, "pt", "n7", "", "parcel stuck at customs", "Encomenda",
"""O pedido está parado na alfândega há uma semana, ninguém nos responde.""")
    m(B, "pl", "n8", "", "one tab doesn't open for me", "Dziennik zmian",
"""Dziennik zmian nie otwiera się w nowej wersji u mnie, inne zakładki działają.""")
    m(B, "en", "n9", "", "legal notice address (imprint)", "Legal notice",
"""Please send the legal notice to our registered office address when you update your terms.""")
    m(B, "es", "n10", "", "'no voy a' for a demo", "Demo",
"""No voy a poder asistir a la demo del jueves, ¿la podemos mover?""")
    m(B, "fr", "n11", "", "permissions: nobody here can edit prices", "Tarifs",
"""Personne ici ne peut modifier les tarifs, seulement l'admin : c'est normal ?""")
    m(B, "nl", "n12", "", "storm: shop closed", "Pauzeren",
"""Alles plat geslagen door de storm, onze winkel is dicht tot maandag. Kunnen we het abonnement pauzeren?""")
    # ---------------- fresh, measured before tuning
    m(B, "it", "m1", "", "turnstiles: one badge not read", "Badge",
"""Il tornello non legge più il mio badge, quello dei colleghi funziona. Va riattivato?""")
    m(B, "es", "m2", "", "all counters: price change", "Tarifas",
"""En todos los mostradores queremos mostrar las nuevas tarifas desde enero. ¿Se puede programar?""")
    m(B, "fr", "m3", "", "ENT: how to add pupils", "ENT",
"""Comment ajouter les nouveaux élèves à l'ENT ? Ni les élèves ni les professeurs n'ont encore reçu leurs identifiants.""")
    m(B, "pl", "m4", "", "teachers: feature wish", "Dziennik",
"""Nauczycielom brakuje w dzienniku eksportu ocen do PDF. Czy planujecie to dodać?""")
    m(B, "sv", "m5", "", "school newsletter about the whole school", "Nyhetsbrev",
"""Nyhetsbrev: från januari gäller den nya lärplattformen för hela skolan. Läs mer på vår webbplats.""")
    m(B, "en", "m6", "", "jury service / tribunal hearing as staff absence", "Rota change",
"""One of our nurses has to attend an employment tribunal hearing as a witness on Thursday. Can I swap her shift in the rota?""")
    m(B, "es", "m7", "", "Defensoría as a customer", "Licencias",
"""Trabajo en la Defensoría del Pueblo y queremos cotizar 20 licencias para el área de atención ciudadana.""")
    m(B, "it", "o1", "O", "fresh positive: cloud POS down in all bars", "POS",
"""Il POS cloud è fuori uso in tutti e tre i bar, non possiamo battere nemmeno un caffè.""")
    m(B, "es", "o2", "O", "fresh positive: LatAm 'se cayó el sistema'", "urgente",
"""Se cayó el sistema en todas las sedes, ningún vendedor puede facturar.""")
    m(B, "nl", "o3", "O", "fresh positive: nobody can log in", "Inloggen",
"""Niemand op kantoor kan inloggen, we krijgen allemaal 'ongeldige sessie'.""")
    m(B, "en", "l1", "L", "fresh: tribunal + solicitor", "Deposit",
"""If the deposit isn't returned I'll be instructing a solicitor and taking the matter to the small claims track.""")
    m(B, "es", "l2", "L", "fresh: demanda + abogado LatAm", "Reembolso",
"""Mi abogado ya redactó la demanda, solo falta presentarla si no me devuelven el dinero esta semana.""")
