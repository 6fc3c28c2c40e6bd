"""devset15 abusive, batch 9 = second precision batch (measured before tuning on it): hard negatives
touching the entries added for b7/b8 (on the phone, Mr/Ms, hunt down, teeth, watching, sandwiches,
have it coming, dim bulb, fool, cheat, eejit, talentless), plus two positives."""
B = "b9"

def add_b9(m):
    m(B, "en", "n1", "", "on the phone + stupid about self/situation", "call",
"""I was on the phone for an hour like a stupid fool waiting for the bank, not you. Anyway, can you resend the invoice?""")
    m(B, "en", "n2", "", "Mr + stupid about a third party (tenant)", "tenant access",
"""Mr Jones, my former tenant, is a fool who never returned the keys. Please revoke his user on our property account.""")
    m(B, "en", "n3", "", "hunt down a bug / invoice", "invoice",
"""I'll hunt down the missing invoice myself if you can tell me the month. Whoever approved it has left the company.""")
    m(B, "en", "n4", "", "teeth literally: dental clinic", "dental",
"""Our dental clinic uses your booking page. Patients picking their teeth up? No - picking up their retainers. How do I add a pickup slot?""")
    m(B, "en", "n5", "", "sandwich shop", "catering",
"""We'd like to stick to making sandwiches for the lunch menu and drop the salads. How do I hide a menu category?""")
    m(B, "en", "n6", "", "have it coming: parcel coming", "delivery",
"""Do you have it coming on Thursday or Friday? I need to be home to sign.""")
    m(B, "en", "n7", "", "dim bulb product", "lighting",
"""The listing for the dim bulb (2700K) shows the wrong wattage. Can you fix the product page?""")
    m(B, "en", "n8", "", "cheat sheet, fool-proof", "docs",
"""The cheat sheet is great and the setup is fool-proof. Is there a version for admins?""")
    m(B, "en", "n9", "", "talentless as self-deprecation", "design",
"""I'm a talentless designer, so I'll need templates. Which plan has the most?""")
    m(B, "en", "n10", "", "I see you all at the conference", "conference",
"""Great talk! I see you all going to lunch after the keynote, can I join to ask about the API?""")
    m(B, "en", "n11", "", "Ms + stupid about a rule", "policy",
"""Ms Clarke explained the stupid rule about VAT very kindly. Thanks to her, it's sorted.""")
    m(B, "en", "n12", "", "Irish friendly: ye are great", "thanks",
"""Ye are great, sorted in minutes. The eejit here was me, typed the wrong email!""")
    m(B, "en", "a1", "A", "positive: Ms Hart is a stuck-up cow", "Ms Hart",
"""Ms Hart in billing is a stuck-up cow who thinks she's above answering emails.""")
    m(B, "en", "a2", "A", "positive: the idiot on the phone", "today",
"""The idiot on the phone this morning cut me off. Twice.""")
    m(B, "de", "n1", "", "de: zu blöd zum for self", "Passwort",
"""Ich bin zu blöd zum Einloggen, glaube ich. Wo setze ich das Passwort zurück?""")
    m(B, "es", "n1", "", "es: lo reviento = smash it (game)", "juego",
"""Este nivel del juego lo reviento mañana, pero ¿cómo guardo la partida?""")
    m(B, "it", "n1", "", "it: cervello di una gallina about self", "errore",
"""Ho il cervello di una gallina oggi, ho pagato due volte. Potete rimborsarne una?""")
    m(B, "pt", "n1", "", "pt: és mesmo burra about self", "erro",
"""Sou mesmo burra, paguei a fatura errada. Podem ajudar?""")
