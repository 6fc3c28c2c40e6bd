"""devset16 abusive-legal, batch 5 (measured after tuning on b1-b4, before tuning on it): precision.
This round's own new words and combos in harmless use (a camera 'not the sharpest', 'I'd be careful with
the update if I were you', 'where do you find the idiot-proof guide', 'an absolute meltdown', a card
shop 'short of a full deck', 'our lawyer would be interested in the plan', 'we let our lawyer assess the
contract', 'expect a letter from our accounts team'), plus hard negatives in every language: law firms'
questions, DPA/GDPR, 'no vamos a demandar', disclaimers, third-party and self insults; a few positives."""
B = "b5"

def add_b5(m):
    # ---------------- en negatives (this round's words)
    m(B, "en", "n1", "", "camera is not the sharpest", "Webcam recommendation",
"""The webcam you bundle is not the sharpest, to be honest, and the mic isn't the brightest either. Which model do you recommend for the Pro plan?""")
    m(B, "en", "n2", "", "I'd be careful with the update if I were you", "heads up",
"""Just a heads up for your team: I'd be careful rolling out 4.2 to everyone if I were you, it wiped the custom fields on two of our laptops.""")
    m(B, "en", "n3", "", "where do you find the idiot-proof guide", "Setup guide",
"""Where do you find the idiot-proof setup guide that the sales rep mentioned? I can't see it under Help.""")
    m(B, "en", "n4", "", "app had an absolute meltdown", "sync",
"""The app had an absolute meltdown this morning, every calendar entry duplicated. Is it fixed now?""")
    m(B, "en", "n5", "", "card shop: short of a full deck", "Order 4471 - missing card",
"""We sell playing cards and the last batch of 200 decks printed through you came back one card short of a full deck. Can you reprint?""")
    m(B, "en", "n6", "", "our lawyer would be interested in the plan", "Enterprise plan",
"""Our in-house lawyer would be very interested in the contract-review module. Could you set up a demo for her next week?""")
    m(B, "en", "n7", "", "expect a letter from accounts, handling this from now on", "New bank details",
"""You can expect a letter from our accounts team with the new bank details. Jane Porter is handling this from now on, so please copy her in.""")
    m(B, "en", "n8", "", "did you train the model, useless old one", "AI feature",
"""Did you train the new suggestions model on our own data? The old one was pretty useless for legal terminology.""")
    m(B, "en", "n9", "", "we let the court decide (a customer's own case, neutral)", "Document export",
"""We're a family law practice. When a judge has to decide on custody we export the case file as PDF. The export cuts off page numbers - can you check?""")
    m(B, "en", "n10", "", "insult at a third party: my old landlord", "address change",
"""Please change my address. My old landlord is a total muppet who never forwards post, so don't send anything there.""")
    m(B, "en", "n11", "", "self: born this disorganised", "invoice again",
"""Sorry, I was born disorganised and I've lost the invoice again. Could you resend November's?""")
    m(B, "en", "n12", "", "waiting for the engineer until his shift ends", "Engineer ETA",
"""I'll be waiting in for the engineer until 5. He said he'd come after his shift ends at the other job. Can you confirm?""")
    m(B, "en", "n13", "", "quoting the ombudsman's guidance on fees (no threat)", "Question about fees",
"""I read that the Financial Ombudsman would be interested only in complaints older than 8 weeks. Is my complaint about the fee still within your own process?""")
    # ---------------- en positives
    m(B, "en", "a1", "A", "sarcasm: did they hire you off the street", "chat",
"""Did they hire you off the street this morning? You've asked for my postcode four times.""")
    m(B, "en", "l1", "L", "conditional: I'll let a judge decide", "Deposit, final",
"""Last chance. Either the deposit is back by Monday or I let a judge decide.""")
    # ---------------- da
    m(B, "da", "n1", "", "vores advokat får lov at vurdere kontrakten", "Kontrakt",
"""Vores advokat skal lige vurdere kontrakten, før vi skriver under. Kan I sende den i Word-format?""")
    m(B, "da", "n2", "", "advokat interesseret i modul", "Demo",
"""Hej, vores advokat er interesseret i jeres dokumentmodul. Kan vi få en demo?""")
    m(B, "da", "n3", "", "insult at neighbour's dog / self", "levering",
"""Naboens hund er en idiot der gør af alle bude, så ring bare på hos mig. Undskyld på forhånd!""")
    m(B, "da", "a1", "A", "positive: din kvajpande", "Re: ordre",
"""Læs nu ordren ordentligt, din kvajpande. Det var to stk., ikke tyve.""")
    # ---------------- es
    m(B, "es", "n1", "", "¿viene así de fábrica?", "Configuración",
"""¿La impresora viene así de fábrica o hay que configurar el doble cara? ¿Sabes leer el código de error E-21?""")
    m(B, "es", "n2", "", "nuestro abogado valorará el contrato", "Contrato",
"""Que lo revise nuestro abogado antes de firmar: ¿nos mandáis el contrato en Word? Él decidirá si hay que cambiar algo.""")
    m(B, "es", "n3", "", "no vamos a demandar", "Incidencia",
"""Tranquilos, no vamos a demandar a nadie, solo necesitamos el informe de la incidencia para el seguro.""")
    m(B, "es", "a1", "A", "positive: eres un inútil de campeonato", "Re: pedido",
"""Eres un inútil de campeonato. Te he pedido la factura cuatro veces.""")
    # ---------------- other languages
    m(B, "de", "n1", "", "unser Anwalt soll den Vertrag prüfen/klären", "Vertrag",
"""Unser Anwalt soll vor der Unterschrift noch ein paar Punkte klären. Können Sie uns den Vertrag als Word-Datei schicken?""")
    m(B, "de", "n2", "", "Haftungsausschluss", "Re: Termin",
"""Passt, danke.

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender. Rechtliche Schritte bei unbefugter Nutzung bleiben vorbehalten.""")
    m(B, "nl", "n1", "", "we laten onze advocaat het contract beoordelen", "Contract",
"""We laten onze advocaat het contract eerst beoordelen. Kunt u de verwerkersovereenkomst ook meesturen?""")
    m(B, "fr", "n1", "", "notre avocate décidera (contract review)", "Contrat",
"""Notre avocate va relire le contrat et décidera si la clause 7 nous convient. Pouvez-vous nous l'envoyer en .docx ?""")
    m(B, "sv", "n1", "", "vår jurist får bedöma avtalet", "Avtal",
"""Vår jurist får bedöma avtalet innan vi skriver på. Kan ni skicka det som Word?""")
    m(B, "it", "n1", "", "il nostro avvocato deciderà", "Contratto",
"""Lascio decidere al nostro avvocato se firmare la versione annuale. Ci mandate il contratto in PDF?""")
    m(B, "pt", "n1", "", "não vamos processar; advogado decide plano", "Plano",
"""Não vamos processar ninguém, fiquem descansados. O nosso advogado é que vai decidir qual plano contratar para o escritório.""")
    m(B, "pl", "n1", "", "pl: kancelaria pyta o fakturę", "Faktura",
"""Dzień dobry, jesteśmy kancelarią prawną i prosimy o faktury z NIP kancelarii. Pozdrawiam.""")
    m(B, "ro", "n1", "", "ro: cabinet de avocatura intreaba", "Licente",
"""Buna ziua, suntem un cabinet de avocatura si dorim sa adaugam doua licente. Multumesc.""")
    m(B, "sv", "a1", "A", "positive sv: din jävla pajas", "Svar",
"""Läs mitt mejl igen, din jävla pajas.""")
    m(B, "it", "l1", "L", "positive it: che decida il giudice", "Fattura",
"""Non pago. Che decida il giudice di pace, ho tutte le prove.""")
