"""devset13 outage, batch 10 (measured before tuning on it): a precision check on the broad entries
added in b1-b9 ('stopped working', 'without a system', 'no anda', tills/cajas/kasy, 'none of the
customers', 'nem eu nem'): negatives that use those words for a single device, a sales enquiry, a
feature question or the past; a few positives in fresh wording."""
B = "b10"

def add_b10(m):
    # ---------------- es
    m(B, "es", "n1", "", "sales: we have no system yet", "Presupuesto",
"""Hola, ahora mismo estamos sin sistema de reservas y buscamos uno. ¿Nos mandáis precios para dos locales?

Sonia""")
    m(B, "es", "n2", "", "single till stopped working (hardware)", "Impresora de la caja",
"""Hola, la impresora de tickets de una de las cajas dejó de funcionar. Las otras imprimen bien. ¿Qué modelo nos recomendáis?

Quino""")
    m(B, "es", "n3", "", "es-AR 'no anda' for my own mouse", "El lector no anda",
"""Che, el lector de códigos de mi puesto no anda, los demás sí. ¿Lo tengo que reconfigurar?

Facu""")
    m(B, "es", "o1", "O", "fresh: gone down for all agents", "Se nos ha caído a todos",
"""Se nos ha caído la aplicación a todos los agentes a la vez, hace diez minutos. No hay manera de volver a entrar.

Coordinación Call Center""")
    # ---------------- it
    m(B, "it", "n1", "", "sales: we have no management system", "Preventivo",
"""Buongiorno, al momento siamo senza sistema gestionale e ne cerchiamo uno. Potete mandarci un preventivo?

Loredana""")
    m(B, "it", "n2", "", "one printer stopped", "Stampante",
"""Salve, la stampante fiscale di una cassa ha smesso di funzionare, le altre vanno. Mi serve l'assistenza del tecnico.

Gino""")
    m(B, "it", "n3", "", "past, resolved, stopped working yesterday", "Tutto ok",
"""Ieri la piattaforma ha smesso di funzionare per un'oretta, ma oggi va tutto benissimo. Nessuna richiesta, solo per info.

Tiziana""")
    m(B, "it", "o1", "O", "fresh: crashed for everyone", "Tutto crollato",
"""Da voi è crollato tutto? Il gestionale ci butta fuori di continuo, a tutti e cinque.

Ornella""")
    # ---------------- sv
    m(B, "sv", "n1", "", "sales: no system today", "Offertförfrågan",
"""Hej, vi har inget kassasystem i dag och vill gärna ha en offert på ert.

Lotta""")
    m(B, "sv", "n2", "", "one card reader stopped working", "Kortläsare",
"""Hej, en av kortläsarna slutade fungera i går, de andra går bra. Hur byter vi ut den?

Pelle""")
    m(B, "sv", "n3", "", "no customer complained, question", "Fråga om kvitton",
"""Hej, ingen kund har klagat, men vi undrar om man kan få kvittona på engelska?

Sanna""")
    m(B, "sv", "o1", "O", "fresh: everyone kicked out", "Alla blev utloggade",
"""Hej, alla blev utloggade samtidigt för en kvart sedan och nu går det inte att logga in igen för någon av oss.

Ellen""")
    # ---------------- da
    m(B, "da", "n1", "", "sales: without a system", "Tilbud",
"""Hej, vi har været uden kassesystem siden vi åbnede og vil gerne høre jeres priser.

Lise""")
    m(B, "da", "n2", "", "one reader stopped working", "Kortlæser",
"""Hej, den ene kortlæser er holdt op med at virke, de andre kører fint. Kan vi få en ny sendt?

Tage""")
    m(B, "da", "n3", "", "past stop, resolved", "Bare til info",
"""Hej, systemet holdt op med at virke et kvarter i går, men det kørte igen bagefter. Bare til info, intet at gøre.

Grete""")
    m(B, "da", "o1", "O", "fresh: all kicked out", "Alle er smidt ud",
"""Hej, alle er blevet smidt ud på samme tid, og nu kan ingen af os logge ind igen.

Rasmus""")
    # ---------------- pl
    m(B, "pl", "n1", "", "sales: no system", "Zapytanie ofertowe",
"""Dzień dobry, jesteśmy bez systemu do rezerwacji i szukamy rozwiązania. Proszę o cennik.

Aneta""")
    m(B, "pl", "n2", "", "one printer stopped", "Drukarka",
"""Dzień dobry, drukarka przy jednej kasie przestała działać, pozostałe drukują. Jak zamówić serwis?

Stefan""")
    m(B, "pl", "n3", "", "kasa fiskalna question", "Kasa fiskalna",
"""Dzień dobry, czy wasz system współpracuje z kasą fiskalną Posnet? Chcemy kupić nową.

Marzena""")
    m(B, "pl", "o1", "O", "fresh: everyone thrown out", "Wszystkich wylogowało",
"""Dzień dobry, wszystkich nas wylogowało naraz i teraz nikt nie może się ponownie zalogować.

Grażyna""")
    # ---------------- pt
    m(B, "pt", "n1", "", "sales: no system", "Orçamento",
"""Olá, estamos sem sistema de gestão na loja e queremos um orçamento do vosso.

Rui""")
    m(B, "pt", "n2", "", "nem eu nem: how-to", "Dúvida",
"""Oi, nem eu nem meu sócio sabemos como emitir nota de devolução. Podem explicar?

Caio""")
    m(B, "pt", "n3", "", "one till printer stopped", "Impressora do caixa",
"""Olá, a impressora de um dos caixas parou de funcionar, as outras estão ok. Como peço assistência?

Neusa""")
    m(B, "pt", "o1", "O", "fresh: everyone kicked out", "Derrubou todo mundo",
"""Gente, o sistema derrubou todo mundo ao mesmo tempo e agora ninguém consegue logar de novo!

Tati""")
