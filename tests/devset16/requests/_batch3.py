"""devset16 requests, batch 3 (measured before any tuning on it): personal-contact recall in all 11
languages. Positives: a staff member's own mobile, WhatsApp, private email, home address, Instagram /
Facebook / LinkedIn, "can I call you directly". Negatives: callbacks to the support line, the company's
phone number or postal address, the customer's own number, a shared team inbox."""
B = "b3"

def add_b3(m):
    # ---------------- en
    m(B, "en", "p1", "P", "agent's own mobile", "Thanks Chris",
"""Hi Chris, thanks for fixing the printer setup. Could you give me your own mobile number? Then I can text you directly next time instead of going through the queue.""")
    m(B, "en", "p2", "P", "WhatsApp of the agent", "quick q",
"""hey sophie, do you have whatsapp? easier to just message you there than email tbh""")
    m(B, "en", "p3", "P", "personal email address", "Re: ticket 8812",
"""Dear Mr Patel,

You've been the only helpful person in this whole saga. Is there a personal email I could reach you on? I'd rather deal with you than start over with someone new.

Best,
Yvonne Clarke""")
    m(B, "en", "p4", "P", "can I call you directly", "follow-up",
"""Hi Tom, can I call you directly on Monday rather than going through the main switchboard? Just let me know your direct line.""")
    m(B, "en", "p5", "P", "social media: Instagram / add you on Facebook", "you're a star",
"""Amira you were so lovely on the chat today! What's your Instagram? I'd love to follow you, or I could add you on Facebook if that's ok x""")
    m(B, "en", "p6", "P", "home address for a gift", "A small thank you",
"""Hello, I'd like to send Kevin a bottle of wine to say thanks for all his help with my late husband's account. Could you tell me his home address, or would he prefer it went elsewhere?""")
    m(B, "en", "n1", "", "callback to support line", "Please call back",
"""Hi, please can someone from support call me back on 07700 900411 between 2 and 4pm? It's about the failed payment on invoice 2231.""")
    m(B, "en", "n2", "", "company phone number request", "phone number",
"""What's your customer service phone number? I can only find the contact form on the website. Thanks""")
    m(B, "en", "n3", "", "company postal address for returns", "returns address",
"""Hi, what address should I send the faulty router back to? The label in the box is for the old warehouse.""")
    m(B, "en", "n4", "", "customer gives own WhatsApp", "contact details",
"""Hello, you can reach me on WhatsApp at +44 7700 900123 if that's quicker. I'm travelling this week and rarely check email.""")
    # ---------------- de
    m(B, "de", "p1", "P", "private Handynummer", "Danke Frau Keller",
"""Liebe Frau Keller, vielen Dank für Ihre Geduld. Dürfte ich Ihre private Handynummer haben? Dann könnte ich Sie bei Fragen direkt erreichen.""")
    m(B, "de", "p2", "P", "Du-Form: WhatsApp", "kurz",
"""Hey Jonas, hast du WhatsApp? Dann schick ich dir die Screenshots einfach direkt.""")
    m(B, "de", "n1", "", "Rückruf der Hotline", "Rückruf",
"""Guten Tag, bitte rufen Sie mich unter 0171 2233445 zurück, es geht um meine Kündigung. Danke""")
    # ---------------- fr
    m(B, "fr", "p1", "P", "numéro perso", "Merci Julien",
"""Bonjour Julien, merci encore. Est-ce que je peux avoir votre numéro perso pour vous joindre directement la prochaine fois ?""")
    m(B, "fr", "n1", "", "numéro du service client", "Téléphone",
"""Bonjour, quel est le numéro de téléphone de votre service client ? Je préfère appeler. Merci""")
    # ---------------- es
    m(B, "es", "p1", "P", "tu número personal", "Gracias Lucía",
"""Hola Lucía, me has ayudado muchísimo. ¿Me pasas tu número personal o tu WhatsApp? Así te escribo directamente si vuelve a pasar.""")
    m(B, "es", "n1", "", "llamar al soporte", "Llamada",
"""Hola, ¿pueden llamarme desde soporte al 612 345 678? Es por la factura duplicada.""")
    # ---------------- it
    m(B, "it", "p1", "P", "il tuo cellulare", "Grazie Marco",
"""Ciao Marco, grazie mille. Mi lasci il tuo cellulare personale? Così la prossima volta ti chiamo direttamente.""")
    m(B, "it", "n1", "", "numero dell'assistenza", "Numero verde",
"""Buongiorno, esiste un numero verde dell'assistenza? Non riesco a trovarlo sul sito.""")
    # ---------------- pt
    m(B, "pt", "p1", "P", "pt-BR: me passa seu zap", "valeu",
"""Valeu demais, Rafael! Me passa seu zap pra eu falar direto contigo da próxima vez?""")
    m(B, "pt", "n1", "", "telefone da empresa", "Contacto",
"""Bom dia, qual é o telefone da linha de apoio ao cliente? Obrigada""")
    # ---------------- nl
    m(B, "nl", "p1", "P", "je eigen nummer", "Bedankt Sanne",
"""Hoi Sanne, super geholpen! Mag ik je eigen telefoonnummer? Dan bel ik je gewoon direct als er weer iets is.""")
    m(B, "nl", "n1", "", "terugbellen door klantenservice", "Terugbellen",
"""Goedemorgen, kan de klantenservice mij terugbellen op 06 12345678? Het gaat om mijn abonnement.""")
    # ---------------- sv
    m(B, "sv", "p1", "P", "ditt privata nummer", "Tack Emma",
"""Hej Emma, tack för hjälpen! Kan jag få ditt privata nummer så jag kan ringa dig direkt nästa gång?""")
    m(B, "sv", "n1", "", "kundtjänsts nummer", "Telefon",
"""Hej, vilket nummer har er kundtjänst? Jag hittar bara ett formulär.""")
    # ---------------- da
    m(B, "da", "p1", "P", "din private mail", "Tak Mads",
"""Hej Mads, tusind tak. Har du en privat mail jeg kan skrive til dig på?""")
    m(B, "da", "n1", "", "ring mig op fra support", "Opkald",
"""Hej, vil I ringe mig op på 22 33 44 55 angående min faktura? Tak""")
    # ---------------- pl
    m(B, "pl", "p1", "P", "prywatny numer", "Dziękuję Pani Kasiu",
"""Pani Kasiu, bardzo dziękuję za pomoc. Czy mogłaby mi Pani podać swój prywatny numer telefonu? Wtedy zadzwonię bezpośrednio do Pani.""")
    m(B, "pl", "n1", "", "numer infolinii", "Infolinia",
"""Dzień dobry, jaki jest numer infolinii? Chciałbym zadzwonić w sprawie zamówienia.""")
    # ---------------- ro
    m(B, "ro", "p1", "P", "numărul tău personal", "Mulțumesc Ioana",
"""Bună Ioana, mulțumesc mult! Îmi poți da numărul tău personal de telefon? Ca să te sun direct data viitoare.""")
    m(B, "ro", "n1", "", "numărul de suport", "Telefon",
"""Bună ziua, care este numărul de telefon al departamentului de suport? Mulțumesc""")
