"""devset12 contact-manager, batch 9 (measured before any tuning on it): personal-contact hard negatives
(the customer's own WhatsApp/Instagram/private email, a courier to call the customer, company socials,
the staff's own signature), plus mixed asks."""
B = "b9"

def add_b9(m):
    # ---------------- en
    m(B, "en", "n1", "", "courier should call my personal mobile", "Delivery instructions",
"""Hi, could the driver call my personal mobile when he's outside? 07700 900321. The doorbell doesn't work. Thanks, Hazel""")
    m(B, "en", "n2", "", "send invoices to my private email instead", "Invoice email",
"""Hello, please send future invoices to my private email (h.wong@gmail.com) rather than the work one, I'm leaving the company. Thanks, Henry Wong""")
    m(B, "en", "c1", "C", "wants the agent's personal Signal", "Re: Security question",
"""Thanks Amir. Honestly I'd feel safer discussing the rest over Signal - could you send me your personal number for it? Not the company one.

Rosa""")
    m(B, "en", "m1", "M", "escalate to head of customer service", "Third complaint",
"""This is my third complaint. I am asking for it to be escalated to your head of customer service. Please confirm that it has been.

Mr A. Desai""")

    # ---------------- de
    m(B, "de", "n1", "", "Fahrer soll mich auf dem Handy anrufen", "Lieferung",
"""Hallo, der Fahrer soll mich bitte auf meinem Handy anrufen, wenn er da ist: 0160 1234567. Danke, Greta""")
    m(B, "de", "n2", "", "folgen Sie uns auf Instagram footer of a customer shop", "Bestellung 4412",
"""Hallo, bitte stornieren Sie die Bestellung 4412, wir haben doppelt bestellt.

Blumen Hoffmann
Folgen Sie uns auf Instagram: @blumenhoffmann""")
    m(B, "de", "c1", "C", "auf WhatsApp schreiben statt Ticket", "Danke Jana",
"""Hallo Jana, danke dir! Darf ich dir künftig einfach auf WhatsApp schreiben statt hier ein Ticket aufzumachen? Schick mir gern deine Nummer. LG Pia""")

    # ---------------- da
    m(B, "da", "n1", "", "chaufføren må ringe på min mobil", "Levering",
"""Hej, chaufføren må gerne ringe på min mobil når han er her: 30 12 34 56. Mvh Lone""")
    m(B, "da", "m1", "M", "vil tale med en overordnet", "Utilfreds",
"""Jeg vil gerne tale med en overordnet. Jeres medarbejder lagde røret på. Mvh Finn""")

    # ---------------- ro
    m(B, "ro", "n1", "", "curierul să mă sune pe mobil", "Livrare",
"""Bună, vă rog ca curierul să mă sune pe mobilul meu înainte să vină: 0744 555 666. Mulțumesc, Raluca""")
    m(B, "ro", "c1", "C", "pe WhatsApp direct la tine", "Multumesc Andrei",
"""Andrei, mersi! Pot să-ți scriu direct pe WhatsApp data viitoare? Dă-mi numărul tău. Cristi""")

    # ---------------- pl
    m(B, "pl", "n1", "", "kurier niech dzwoni na moją komórkę", "Dostawa",
"""Dzień dobry, proszę, żeby kurier zadzwonił na moją komórkę 600 700 800 przed dostawą. Pozdrawiam, Iwona""")
    m(B, "pl", "m1", "M", "chcę, żeby sprawą zajął się kierownik", "Reklamacja",
"""Chcę, żeby moją sprawą zajął się kierownik, a nie kolejny konsultant. Pozdrawiam, Roman Sikora""")

    # ---------------- es
    m(B, "es", "n1", "", "que el repartidor me llame al móvil", "Entrega",
"""Hola, que el repartidor me llame a mi móvil cuando llegue, por favor: 611 222 333. Gracias, Noelia""")
    m(B, "es", "n2", "", "síguenos en Instagram en la firma del cliente", "Pedido duplicado",
"""Hola, tenemos el pedido duplicado, ¿podéis anular uno? Gracias.

Panadería Sol
Síguenos en Instagram @panaderiasol""")
    m(B, "es", "c1", "C", "¿me das tu WhatsApp?", "Gracias Marta",
"""Marta, ¡gracias! ¿Me das tu WhatsApp? Así te escribo directamente si vuelve a fallar. Un beso, Celia""")

    # ---------------- fr
    m(B, "fr", "n1", "", "le livreur peut m'appeler sur mon portable", "Livraison",
"""Bonjour, le livreur peut m'appeler sur mon portable au 06 12 34 56 78 en arrivant. Merci, Agathe""")
    m(B, "fr", "m1", "M", "je veux que mon dossier passe à la direction", "Réclamation",
"""Je veux que mon dossier soit transmis à la direction du service client. Cela fait six semaines. Régis Aubert""")

    # ---------------- nl
    m(B, "nl", "n1", "", "bezorger mag me bellen op mijn mobiel", "Bezorging",
"""Hoi, de bezorger mag me bellen op mijn mobiel: 06 98765432. Groet, Tessa""")
    m(B, "nl", "m1", "M", "ik wil uw chef spreken", "Klacht",
"""Ik wil uw chef spreken. Uw collega heeft mij verkeerd geïnformeerd over de opzegtermijn. Mvg, Karel""")

    # ---------------- sv
    m(B, "sv", "n1", "", "budet får ringa min mobil", "Leverans",
"""Hej, budet får gärna ringa min mobil när de är framme: 073 456 78 90. /Ebba""")
    m(B, "sv", "c1", "C", "kan jag få din privata mejl", "Tack Nils",
"""Hej Nils, tack! Kan jag få din privata mejl? Jag vill skicka en sak som inte har med jobbet att göra. /Alva""")

    # ---------------- it
    m(B, "it", "n1", "", "il corriere mi chiami sul cellulare", "Consegna",
"""Buongiorno, il corriere può chiamarmi sul mio cellulare 347 1112233 quando arriva? Grazie, Teresa""")
    m(B, "it", "m1", "M", "mi faccia contattare dal suo capo", "Reclamo",
"""Mi faccia contattare dal suo capo, per favore. Non è possibile aspettare un mese per un rimborso. Enzo Moretti""")

    # ---------------- pt
    m(B, "pt", "n1", "", "o entregador pode ligar para o meu celular", "Entrega",
"""Olá, o entregador pode ligar para o meu celular quando chegar: (11) 91234-5678. Obrigada, Larissa""")
    m(B, "pt", "m1", "M", "quero falar com a sua chefia", "Reclamação",
"""Quero falar com a sua chefia. O atendimento foi péssimo e ninguém resolve. Wagner Lima""")
