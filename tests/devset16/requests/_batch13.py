"""devset16 requests, batch 13 (measured before any tuning on it): generalisation 5, fresh writers, short
and long: feature wishes as complaints about a limit ("why on earth can't I"), "any way you could make",
"I'd settle for", "would you guys ever", "a simple X would do"; manager requests in terse chat style;
personal contact asked of a named agent in a formal register. Negatives of each kind."""
B = "b13"

def add_b13(m):
    # ---------------- en
    m(B, "en", "f1", "F", "why on earth can't I", "attachments",
"""Why on earth can't I attach more than one file to a comment? Every other tool I use lets me. Please sort this out in a future update.""")
    m(B, "en", "f2", "F", "I'd settle for", "reporting",
"""Proper custom reports would be ideal but honestly I'd settle for being able to save the filters I use every Monday.""")
    m(B, "en", "f3", "F", "would you guys ever", "Android widget",
"""Would you guys ever do a home-screen widget for Android? Just today's bookings would be enough.""")
    m(B, "en", "n1", "", "why can't I log in (bug)", "login",
"""Why can't I log in? It keeps saying my password is wrong but I reset it twice this morning.""")
    m(B, "en", "m1", "M", "terse chat style: manager now", "chat",
"""nope. manager. now. not reading another script""")
    m(B, "en", "n2", "", "customer is a manager asking how-to", "Manager view",
"""As a store manager I'd like to see my staff's shifts for next week. Where do I find that view?""")
    m(B, "en", "p1", "P", "formal: private contact details", "Letter of thanks",
"""Dear Ms Okoro, I should like to write to you personally to thank you. Might I trouble you for a private address or email?""")
    # ---------------- de
    m(B, "de", "f1", "F", "warum um alles in der Welt", "Export",
"""Warum um alles in der Welt kann man Berichte nicht als PDF speichern? Das sollte doch Standard sein. Bitte nachrüsten!""")
    m(B, "de", "n1", "", "warum kann ich nicht (Bug)", "Login",
"""Warum kann ich mich seit heute früh nicht mehr anmelden? Passwort ist korrekt.""")
    # ---------------- fr
    m(B, "fr", "f1", "F", "il serait temps", "Mode sombre",
"""Il serait temps de proposer un mode sombre, franchement. Tout le monde l'a maintenant.""")
    m(B, "fr", "m1", "M", "passez-moi votre responsable", "Chat",
"""Passez-moi votre responsable s'il vous plaît, je n'en peux plus.""")
    # ---------------- es
    m(B, "es", "f1", "F", "estaría bien que", "Sugerencia",
"""Estaría bien que se pudieran archivar los proyectos terminados en vez de borrarlos.""")
    m(B, "es", "p1", "P", "correo personal, formal", "Agradecimiento",
"""Estimada Sra. Ruiz, quisiera agradecerle personalmente su ayuda. ¿Tendría un correo personal donde escribirle?""")
    # ---------------- it
    m(B, "it", "f1", "F", "non sarebbe male", "Idea",
"""Non sarebbe male poter impostare un promemoria per ogni scadenza.""")
    m(B, "it", "n1", "", "bug scadenze", "Errore",
"""I promemoria delle scadenze non arrivano più da lunedì. Potete controllare?""")
    # ---------------- pt
    m(B, "pt", "f1", "F", "pt-BR: seria top", "Ideia",
"""Seria top se desse pra integrar com o Mercado Livre.""")
    m(B, "pt", "m1", "M", "pt-PT: quero a gerência", "Reclamação",
"""Exijo falar com a gerência. Isto não pode continuar assim.""")
    # ---------------- nl
    m(B, "nl", "f1", "F", "het mist", "Feedback",
"""Wat echt mist is een overzicht van alle openstaande offertes. Kunnen jullie dat toevoegen?""")
    m(B, "nl", "n1", "", "het overzicht mist een regel (bug)", "Overzicht",
"""In het overzicht van vandaag mist de factuur van klant 2231. Kunnen jullie kijken?""")
    # ---------------- sv
    m(B, "sv", "f1", "F", "varför går det inte", "Förslag",
"""Varför går det inte att exportera kundlistan? Det borde finnas.""")
    # ---------------- da
    m(B, "da", "f1", "F", "ville ønske", "Ønske",
"""Jeg ville ønske, man kunne se alle bookinger i en kalender.""")
    m(B, "da", "p1", "P", "din private mail, formelt", "Tak",
"""Kære Henrik, må jeg skrive til dig på din private mail for at takke ordentligt?""")
    # ---------------- pl
    m(B, "pl", "f1", "F", "przydałaby się", "Sugestia",
"""Przydałaby się możliwość archiwizowania starych projektów.""")
    m(B, "pl", "m1", "M", "proszę o przełączenie do kierownika", "Czat",
"""Proszę przełączyć mnie do kierownika zmiany.""")
    # ---------------- ro
    m(B, "ro", "f1", "F", "de ce nu se poate", "Sugestie",
"""De ce nu se poate exporta lista de clienți? Ar trebui să existe.""")
    m(B, "ro", "n1", "", "de ce nu pot (bug)", "Eroare",
"""De ce nu pot să mă loghez de azi dimineață? Parola e corectă.""")
