"""devset16 requests, batch 8 (measured before any tuning on it): feature-request and personal-contact
recall in new wording, all 11 languages: feature wishes inside longer mails (after a thank-you, after a
question, in a P.S.), competitor names, "do you support X?" with a use case; staff contact asked for in
passing (agent's direct line, their own Skype/Teams, "text me from your phone", meeting for a coffee).
Negatives: bug reports, how-to, company contact details."""
B = "b8"

def add_b8(m):
    # ---------------- en
    m(B, "en", "f1", "F", "P.S. wish after a billing question", "VAT number on invoices",
"""Hi, can you add our new VAT number GB123456789 to future invoices? Thanks.

P.S. a Zapier connection would be fab, we'd hook it up to our CRM in a heartbeat.""")
    m(B, "en", "f2", "F", "do you support X with use case", "Multi-language forms",
"""Do your forms support Welsh? We're a council and have to offer everything bilingually. If it's not there yet, please put us down as very interested.""")
    m(B, "en", "f3", "F", "comparison: Calendly lets invitees", "buffer times",
"""Calendly lets me add a 15-minute buffer between meetings. Could yours do that too? Back-to-back calls are killing me.""")
    m(B, "en", "n1", "", "bug: recurring invoices sent twice", "Recurring invoices sent twice",
"""Our recurring invoices went out twice this morning to every client. Please stop the second run and tell me how to credit them.""")
    m(B, "en", "n2", "", "how-to: where is the API key", "API key",
"""Where do I find my API key? The docs say Settings > Developer but I don't have that menu.""")
    m(B, "en", "p1", "P", "agent's Teams/Skype", "Quick call?",
"""Hi Ellie, rather than another ticket, could I just ping you on Teams or Skype? What's your handle?""")
    m(B, "en", "p2", "P", "coffee with the agent", "Thank you!",
"""Nathan, you saved our launch. If you're ever in Manchester I owe you a pint - fancy meeting up? Drop me your number.""")
    m(B, "en", "n3", "", "company address for a visit", "Visit",
"""Hi, we'll be in Dublin next week. What's the address of your office? Would love to pop in and say hello to the team.""")
    # ---------------- de
    m(B, "de", "f1", "F", "Wunsch nach Dank", "Danke + Idee",
"""Danke für die schnelle Hilfe! Noch eine Idee: eine Möglichkeit, Kunden per Link selbst Termine buchen zu lassen, würde uns viele Telefonate sparen.""")
    m(B, "de", "p1", "P", "Durchwahl des Mitarbeiters", "Rückfragen",
"""Hallo Herr Becker, können Sie mir Ihre direkte Durchwahl geben? Dann muss ich nicht jedes Mal über die Zentrale.""")
    m(B, "de", "n1", "", "Firmenadresse", "Adresse",
"""Wie lautet Ihre Firmenanschrift für die Rücksendung? Danke""")
    # ---------------- fr
    m(B, "fr", "f1", "F", "est-ce que vous gérez", "Multi-boutiques",
"""Bonjour, est-ce que vous gérez plusieurs boutiques sur un même compte ? Sinon, c'est vraiment ce qui nous manque pour passer chez vous.""")
    m(B, "fr", "p1", "P", "ton WhatsApp", "Merci Inès",
"""Merci Inès ! Tu peux me donner ton WhatsApp ? Ce sera plus simple pour les photos.""")
    # ---------------- es
    m(B, "es", "f1", "F", "comparación", "Facturas",
"""En Holded podíamos mandar las facturas con un enlace de pago. ¿Lo vais a incorporar? Nos hace mucha falta.""")
    m(B, "es", "p1", "P", "quedar para un café", "Gracias",
"""Gracias Pablo, un crack. Si pasas por Sevilla te invito a un café, pásame tu número.""")
    m(B, "es", "n1", "", "how-to", "Usuarios",
"""¿Cómo doy de baja a un usuario? Gracias""")
    # ---------------- it
    m(B, "it", "f1", "F", "manca", "Funzione mancante",
"""Buongiorno, ci manca tantissimo un calendario condiviso tra i colleghi. Lo state sviluppando?""")
    m(B, "it", "p1", "P", "email personale", "Grazie",
"""Grazie Luca! Hai un indirizzo email personale? Vorrei restare in contatto.""")
    # ---------------- pt
    m(B, "pt", "f1", "F", "pt-BR: dá pra colocar", "Sugestão",
"""Oi, dá pra colocar a opção de pagamento via Pix no checkout? Muitos clientes pedem.""")
    m(B, "pt", "p1", "P", "pt-PT: o seu telemóvel", "Obrigado",
"""Obrigado, Rita. Pode dar-me o seu telemóvel pessoal? Assim falo diretamente consigo.""")
    m(B, "pt", "n1", "", "erro", "Erro no pagamento",
"""O pagamento com cartão dá erro 'transação recusada' desde ontem. Podem ver?""")
    # ---------------- nl
    m(B, "nl", "f1", "F", "ondersteunen jullie", "iDEAL",
"""Ondersteunen jullie betalingen via iDEAL? Zo niet, dan zou ik dat heel graag zien.""")
    m(B, "nl", "p1", "P", "06-nummer", "Dank",
"""Hoi Tim, mag ik je 06-nummer? Dan kan ik je appen als de monteur er is.""")
    # ---------------- sv
    m(B, "sv", "f1", "F", "saknar", "Feedback",
"""Hej! Vi saknar möjligheten att lägga till bilagor på fakturorna. Finns det planer på det?""")
    m(B, "sv", "p1", "P", "ses över en fika", "Tack",
"""Tack Sara! Ska vi ta en fika någon dag? Skicka ditt nummer.""")
    # ---------------- da
    m(B, "da", "f1", "F", "det kunne være smart", "Idé",
"""Hej, det kunne være smart med en mørk tilstand i appen. Tak for et godt produkt!""")
    m(B, "da", "p1", "P", "din mobil", "Tak",
"""Hej Ida, kan jeg få dit mobilnummer? Så kan jeg sende dig billederne direkte.""")
    m(B, "da", "n1", "", "firmaets telefonnummer", "Telefon",
"""Hej, hvad er jeres telefonnummer til kundeservice? Tak""")
    # ---------------- pl
    m(B, "pl", "f1", "F", "czy będzie", "Pytanie o funkcję",
"""Dzień dobry, czy będzie kiedyś możliwość podpinania faktur pod projekty? Bardzo by nam to ułatwiło rozliczenia.""")
    m(B, "pl", "p1", "P", "numer prywatny serwisanta", "Serwis",
"""Dzień dobry, czy mogą Państwo podać prywatny numer serwisanta, który był u mnie wczoraj?""")
    # ---------------- ro
    m(B, "ro", "f1", "F", "ați putea", "Sugestie",
"""Bună ziua, ați putea adăuga plata cu cardul direct din factură? Clienții noștri o cer des.""")
    m(B, "ro", "p1", "P", "numărul tău de WhatsApp", "Mulțumesc",
"""Mulțumesc, Radu! Îmi dai numărul tău de WhatsApp? Îți trimit pozele acolo.""")
    m(B, "ro", "n1", "", "bug", "Eroare",
"""Bună, aplicația se închide când deschid rapoartele. Mă puteți ajuta?""")
