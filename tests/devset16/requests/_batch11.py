"""devset16 requests, batch 11 (measured before any tuning on it): feature-request and personal-contact
generalisation 3, fresh writers: wishes in a long onboarding mail, "from a UX point of view", "my one
request", "is this on the cards", "our team voted", "it's the only reason we're looking at X";
personal-contact asked in passing at the end of a thank-you, a technician's personal number,
"DM me", a video-call on the agent's own account. Negatives: similar words aimed at the company."""
B = "b11"

def add_b11(m):
    # ---------------- en
    m(B, "en", "f1", "F", "long onboarding mail ending in a request", "First month feedback",
"""Hi team,

We've now been on the platform a month and overall it's going well. Onboarding was smooth and Priya was a star.

My one request: we need to be able to restrict which projects contractors can see. At the moment they see everything, so we're holding off on inviting them.

Thanks,
Mark Ellison
Studio Ellison""")
    m(B, "en", "f2", "F", "is this on the cards", "Timesheet approvals",
"""Are timesheet approvals on the cards at all? Our finance team has to chase everyone by email.""")
    m(B, "en", "f3", "F", "only reason looking at competitor", "Considering options",
"""Honestly the only reason we're looking at Monday.com is their automations. If you had something like 'when status changes, notify X', we'd stay.""")
    m(B, "en", "n1", "", "how-to 'can I' with existing option", "Contractor access",
"""Can I restrict contractors to certain projects? I think I saw it in the permissions page but want to check before I invite them.""")
    m(B, "en", "p1", "P", "DM me / send me your number", "thanks!!",
"""Cheers Zoe you're a legend. DM me your number on Insta and I'll send you a voucher for the café 😊""")
    m(B, "en", "n2", "", "DM the company account", "Instagram DM",
"""I sent a DM to your company Instagram account about my order last week and nobody replied. Order #44120.""")
    # ---------------- de
    m(B, "de", "f1", "F", "aus Nutzersicht", "Feedback zur App",
"""Aus Nutzersicht fände ich es sinnvoll, wenn man Aufgaben per Drag & Drop zwischen Projekten verschieben könnte.""")
    m(B, "de", "p1", "P", "private Nummer des Technikers", "Techniker",
"""Können Sie mir die private Nummer des Technikers geben? Er wollte sich wegen des Ersatzteils melden.""")
    m(B, "de", "n1", "", "Firmen-Instagram", "Instagram",
"""Habt ihr einen Firmen-Account auf Instagram? Wir würden euch gern verlinken.""")
    # ---------------- fr
    m(B, "fr", "f1", "F", "on aimerait beaucoup", "Demande",
"""On aimerait beaucoup pouvoir personnaliser les e-mails de confirmation avec notre logo.""")
    m(B, "fr", "p1", "P", "ton numéro", "Merci Hugo",
"""Merci Hugo ! Tu me files ton numéro ? Ce sera plus simple que le chat.""")
    # ---------------- es
    m(B, "es", "f1", "F", "sería ideal", "Propuesta",
"""Sería ideal que los clientes pudieran pagar la reserva por adelantado desde el enlace.""")
    m(B, "es", "p1", "P", "tu Instagram", "Mil gracias",
"""¡Mil gracias, Carmen! ¿Cuál es tu Instagram? Te quiero etiquetar.""")
    # ---------------- it
    m(B, "it", "f1", "F", "vorremmo poter", "Richiesta",
"""Vorremmo poter impostare orari diversi per ogni sede. Attualmente è un unico orario per tutti.""")
    m(B, "it", "p1", "P", "numero del tecnico", "Tecnico",
"""Mi potete dare il numero personale del tecnico? Vorrei accordarmi direttamente con lui.""")
    # ---------------- pt
    m(B, "pt", "f1", "F", "pt-BR: queria muito", "Pedido",
"""Queria muito que o app tivesse leitor de código de barras. Ia agilizar demais o estoque.""")
    m(B, "pt", "n1", "", "pt-BR: whatsapp da empresa", "Contato",
"""Vocês têm WhatsApp de atendimento? Prefiro resolver por lá.""")
    # ---------------- nl
    m(B, "nl", "f1", "F", "wij zouden graag", "Verzoek",
"""Wij zouden graag zien dat je meerdere btw-tarieven per factuur kunt gebruiken.""")
    m(B, "nl", "p1", "P", "privé WhatsApp", "Top",
"""Top geholpen Daan! Mag ik je privé even appen? Wat is je nummer?""")
    # ---------------- sv
    m(B, "sv", "f1", "F", "det skulle underlätta", "Förslag",
"""Det skulle underlätta mycket om man kunde kopiera ett schema till nästa vecka.""")
    m(B, "sv", "n1", "", "ringa er direkt", "Telefon",
"""Kan jag ringa er kundtjänst direkt istället? Vilket nummer gäller?""")
    # ---------------- da
    m(B, "da", "f1", "F", "vi kunne godt tænke os", "Ønske",
"""Vi kunne godt tænke os at kunne sende fakturaer direkte til e-Boks.""")
    m(B, "da", "p1", "P", "din Facebook", "Tak",
"""Tak Emil! Er du på Facebook? Så vil jeg gerne tilføje dig.""")
    # ---------------- pl
    m(B, "pl", "f1", "F", "przydałoby się", "Sugestia",
"""Przydałoby się powiadomienie SMS, gdy zamówienie jest gotowe do odbioru.""")
    m(B, "pl", "n1", "", "infolinia bezpośrednio", "Telefon",
"""Czy mogę zadzwonić bezpośrednio na infolinię? Jaki jest numer?""")
    # ---------------- ro
    m(B, "ro", "f1", "F", "ne-ar plăcea", "Propunere",
"""Ne-ar plăcea să putem trimite oferte direct din aplicație, fără să le descărcăm.""")
    m(B, "ro", "p1", "P", "adresa de email personală", "Mulțumesc",
"""Mulțumesc, Ana! Îmi dai adresa ta de email personală? Vreau să rămânem în legătură.""")
