"""devset16 requests, batch 9 (measured before any tuning on it): feature-request generalisation 2 in all
11 languages (after b8 showed low recall on fresh wording): requests framed as a question about the
product's limits, "it's a shame that", "we'd switch our whole team if", "a toggle for", "let admins",
"for us it's essential that"; hard negatives: praise for an existing feature, how-to, a bug with
"would be great if you fixed". A few manager and personal-contact mails keep all tags in play."""
B = "b9"

def add_b9(m):
    # ---------------- en
    m(B, "en", "f1", "F", "shame that + switch team", "Gantt",
"""Shame there's still no Gantt chart. We'd move our whole PMO over from MS Project if you had one.""")
    m(B, "en", "f2", "F", "a toggle for", "notification emails",
"""Hey folks, a toggle to turn off the 'someone viewed your file' emails would be lovely. I get about 60 a day.""")
    m(B, "en", "f3", "F", "let admins", "admin controls",
"""Please let admins lock the project templates so regular users can't edit them. Right now anyone can break them.""")
    m(B, "en", "f4", "F", "question about limits: max 5 users", "User limit",
"""Is the 5-user limit on the Team plan fixed? We're 7 people and would happily pay per extra seat if you offered that.""")
    m(B, "en", "n1", "", "praise existing feature", "Love the new export",
"""Just wanted to say the new Excel export is exactly what we needed. Great work!""")
    m(B, "en", "n2", "", "bug with 'would be great if you fixed'", "Broken filter",
"""The date filter on the reports page ignores the end date. Would be great if you could fix that soon, thanks.""")
    m(B, "en", "m1", "M", "ask for manager callback, short", "callback",
"""Please arrange for a manager to call me regarding complaint 7720. Thank you.""")
    m(B, "en", "p1", "P", "what's your direct number, agent", "thanks Ana",
"""Thanks Ana, super helpful. What's your direct number in case I need you again?""")
    # ---------------- de
    m(B, "de", "f1", "F", "für uns wichtig wäre", "Anforderung",
"""Hallo, für uns wäre es wichtig, dass man Angebote direkt in Rechnungen umwandeln kann. Geht das bald?""")
    m(B, "de", "f2", "F", "es fehlt", "Feedback",
"""Es fehlt leider eine Exportfunktion für die Zeiterfassung nach Excel.""")
    m(B, "de", "n1", "", "how-to Zeiterfassung", "Frage",
"""Wie exportiere ich die Zeiterfassung nach Excel? Danke""")
    # ---------------- fr
    m(B, "fr", "f1", "F", "dommage que", "Suggestion",
"""Dommage qu'on ne puisse pas programmer l'envoi des newsletters. C'est prévu ?""")
    m(B, "fr", "n1", "", "bug", "Newsletter",
"""La newsletter programmée pour 9h n'est pas partie. Pouvez-vous vérifier ?""")
    # ---------------- es
    m(B, "es", "f1", "F", "sería genial poder", "Idea",
"""Sería genial poder asignar una tarea a varias personas a la vez.""")
    m(B, "es", "f2", "F", "es una pena que", "Comentario",
"""Es una pena que la app no tenga versión para tablet. La usaríamos mucho más.""")
    # ---------------- it
    m(B, "it", "f1", "F", "peccato che", "Feedback",
"""Peccato che non si possano esportare i report in PDF. Pensate di aggiungerlo?""")
    m(B, "it", "n1", "", "come si fa", "Domanda",
"""Come posso cambiare la lingua dell'interfaccia? Grazie""")
    # ---------------- pt
    m(B, "pt", "f1", "F", "pt-PT: era ótimo se", "Ideia",
"""Era ótimo se desse para ver o histórico de alterações de cada fatura.""")
    m(B, "pt", "m1", "M", "pt-BR: quero falar com seu superior", "Reclamação",
"""Quero que seu superior entre em contato comigo, por favor.""")
    # ---------------- nl
    m(B, "nl", "f1", "F", "jammer dat", "Feedback",
"""Jammer dat je geen terugkerende afspraken kunt maken. Komt dat er nog?""")
    m(B, "nl", "n1", "", "hoe doe ik", "Vraag",
"""Hoe verander ik de taal van de app? Groet, Pieter""")
    # ---------------- sv
    m(B, "sv", "f1", "F", "synd att", "Förslag",
"""Synd att det inte går att schemalägga rapporter. Vore toppen om det kom.""")
    m(B, "sv", "p1", "P", "din privata mobil", "Tack",
"""Tack Linnea! Kan du ge mig ditt mobilnummer så jag kan sms:a dig direkt?""")
    # ---------------- da
    m(B, "da", "f1", "F", "vi mangler", "Feedback",
"""Vi mangler virkelig en funktion til at sende tilbud som PDF direkte fra systemet.""")
    m(B, "da", "n1", "", "tak for funktionen", "Ros",
"""Tak for den nye eksportfunktion, den virker perfekt!""")
    # ---------------- pl
    m(B, "pl", "f1", "F", "szkoda że", "Uwagi",
"""Szkoda, że nie ma trybu ciemnego. Planujecie go?""")
    m(B, "pl", "m1", "M", "proszę o rozmowę z kierownikiem", "Reklamacja",
"""Proszę o rozmowę z kierownikiem działu reklamacji.""")
    # ---------------- ro
    m(B, "ro", "f1", "F", "păcat că", "Sugestie",
"""Păcat că nu se pot exporta rapoartele în PDF. Aveți de gând să adăugați asta?""")
    m(B, "ro", "n1", "", "cum fac", "Întrebare",
"""Cum pot schimba limba aplicației? Mulțumesc""")
