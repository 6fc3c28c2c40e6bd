#!/usr/bin/env python3
"""devset8 angry-contact/check: WRITTEN AFTER TUNING (figures are optimistic). Guards the round-5 change
that lowered bare "on/por/pe WhatsApp" mentions to 0.4 and added the move+chatapp combo: conversational
moves onto WhatsApp must still tag, mere mentions (phishing report, invoice by WhatsApp, company channel,
the customer's own number) must not. Edit here and re-run."""
import importlib.util, pathlib
HERE = pathlib.Path(__file__).parent
spec = importlib.util.spec_from_file_location("parent_gen", HERE.parent / "_gen.py")
g = importlib.util.module_from_spec(spec); spec.loader.exec_module(g)
g.M.clear(); g.HERE = HERE; g.HEADER = "# devset8 angry-contact/check: written AFTER tuning (optimistic figures)"
m, P = g.m, g.P

m("en", "w1", [P], "continue on WhatsApp with the agent", "Re: setup",
"""Hi Tom, can we continue this on WhatsApp instead? Much easier for me.""")
m("en", "w2", [P], "talk on WhatsApp", "quick one", """Could we talk on WhatsApp? Thanks""")
m("es", "w1", [P], "write me on WhatsApp better (to the agent)", "Re: cambio",
"""Hola Marta, ¿me escribes por WhatsApp mejor? Es más cómodo.""")
m("es", "w2", [P], "keep talking on WhatsApp", "seguimos", """¿Podemos seguir hablando por WhatsApp?""")
m("pt", "w1", [P], "BR talk on WhatsApp with agent", "oi", """Oi Ana, podemos falar pelo WhatsApp? É mais fácil.""")
m("pl", "w1", [P], "chat on WhatsApp with consultant", "pytanie",
"""Pani Ewo, możemy pogadać na WhatsAppie? Będzie szybciej.""")
m("ro", "w1", [P], "talk on WhatsApp with agent", "intrebare", """Doamna Ioana, putem vorbi pe WhatsApp? E mai simplu.""")
m("sv", "w1", [P], "continue on WhatsApp instead", "fråga", """Hej Lisa, kan vi fortsätta på WhatsApp istället?""")
m("de", "w1", [P], "continue writing on WhatsApp", "Frage", """Hallo Frau Lang, können wir per WhatsApp weiterschreiben?""")
m("fr", "w1", [P], "continue on WhatsApp", "question", """Bonjour Julie, on peut continuer sur WhatsApp ?""")
m("en", "wn1", [], "phishing report mentioning WhatsApp", "Is this you?",
"""I received a message on WhatsApp claiming to be from your company asking for my password. Is this legit?""")
m("es", "wn1", [], "send the invoice by WhatsApp", "Factura", """Envíenme la factura por WhatsApp por favor, no leo el correo.""")
m("es", "wn2", [], "asks whether 'tienes WhatsApp' support exists", "soporte", """Hola, ¿tienes WhatsApp para soporte o solo email? Gracias""")
m("pt", "wn1", [], "asks whether there is WhatsApp support", "suporte", """Você tem WhatsApp para suporte? Seria mais prático.""")
m("ro", "wn1", [], "did you get the invoice on WhatsApp", "factura", """Bună ziua, ai primit factura pe whatsapp? Mulțumesc""")
m("sv", "wn1", [], "WhatsApp support or only mail", "support", """Hej, har du WhatsApp-support eller bara mejl? Tack""")

if __name__ == "__main__":
    g.main()
