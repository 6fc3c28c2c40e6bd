"""devset12 contact-manager, batch 6 (measured before any tuning on it): demands only in quoted history,
forwarded chains, 'manager' as product/plan/role, reports of a call already had; mixed formats."""
B = "b6"

def add_b6(m):
    # ---------------- en
    m(B, "en", "n1", "", "new text thanks; old demand for manager only in quote", "Re: Re: Complaint",
"""Thank you Helen, that's exactly what I needed. Consider this closed.

Graham

-----Original Message-----
From: Graham Pike
Sent: 21 November 2026 10:14
Subject: Complaint

> I want to speak to a manager. This has gone on far too long.""", fmt="alt")
    m(B, "en", "n2", "", "Ads Manager / Business Manager product", "Facebook Business Manager connection",
"""Hi, I'm trying to connect our Meta Business Manager to your ads reporting, but the Ads Manager account doesn't show in the dropdown. Which permissions do you need? Thanks, Carla""")
    m(B, "en", "n3", "", "company socials: your Instagram page posted wrong price", "Wrong price on your Instagram",
"""Hi, your Instagram page posted the winter sale price as £9 but checkout shows £19. Which is right? Thanks, Bella""")
    m(B, "en", "n4", "", "in-person meeting at your office with sales", "Visit",
"""Hello, we'll be in Manchester next week - would it be possible to meet your sales team in person at your office for a product demo? Best, Arjun""")
    m(B, "en", "m1", "M", "get me someone who can make decisions", "Enough",
"""Look, I'm not going to argue with a script. Get me someone who can actually make a decision about this contract, or I'm cancelling all 40 seats.

P. Grant""", fmt="html")
    m(B, "en", "c1", "C", "wants agent on Telegram privately", "quick q",
"""hey are you on telegram? would be way easier to just message you there privately than wait for ticket replies every time. lmk

Dom""")

    # ---------------- de
    m(B, "de", "n1", "", "Manager-Tarif / Filialleiter role", "Rolle Filialleiter",
"""Hallo, im Manager-Tarif gibt es die Rolle "Filialleiter". Kann ein Filialleiter auch Rechnungen sehen oder nur Schichtpläne? Danke, Sven""")
    m(B, "de", "n2", "", "Gespräch mit Ihrem Vorgesetzten hat stattgefunden, Dank", "Re: Gutschrift",
"""Hallo Herr Jung, danke für den Rückruf Ihres Vorgesetzten gestern. Die Gutschrift ist angekommen, damit ist alles erledigt. Gruß, Nadine""")
    m(B, "de", "m1", "M", "Ich will jemanden mit Entscheidungsbefugnis", "Kündigung ignoriert",
"""Ich möchte mit jemandem sprechen, der Entscheidungsbefugnis hat. Ihre Kollegen sagen nur, sie könnten da nichts machen. Gruß, Markus Lange""", fmt="b64")

    # ---------------- da
    m(B, "da", "n1", "", "jeg er leder af butikken; ny medarbejder", "Ny medarbejder",
"""Hej, jeg er leder af butikken i Vejle og vil gerne oprette en ny medarbejder. Hvordan gør jeg? Mvh Anja""")
    m(B, "da", "c1", "C", "må jeg skrive til dig på Messenger", "Tak Line",
"""Hej Line, tak for hjælpen! Må jeg skrive til dig på Messenger næste gang? Det er bare lettere for mig. Mvh Bodil""")
    m(B, "da", "m1", "M", "jeg kræver at en chef ringer", "Igen!",
"""Jeg kræver at en chef ringer mig op i dag. Fjerde gang jeg skriver om samme fejl. Mvh Torben""")

    # ---------------- ro
    m(B, "ro", "n1", "", "sunt managerul restaurantului", "Imprimanta",
"""Bună, sunt managerul restaurantului și imprimanta din bucătărie nu mai printează comenzile. Mulțumesc, Sorina""")
    m(B, "ro", "m1", "M", "transmiteți reclamația unui superior", "Reclamatie",
"""Vă rog să transmiteți reclamația mea unui superior. Nu sunt mulțumit de răspuns. Ovidiu Lazăr""")
    m(B, "ro", "c1", "C", "adresa de acasă a curierului? no—numărul lui de mobil", "Curierul",
"""Bună ziua, curierul vostru a lăsat coletul la vecini. Dați-mi vă rog numărul lui de mobil personal să vorbesc direct cu el. Mulțumesc, Ana""")

    # ---------------- pl
    m(B, "pl", "n1", "", "Manager zadań / rola kierownika w systemie", "Rola kierownika",
"""Dzień dobry, jak nadać pracownikowi rolę kierownika w systemie, żeby mógł zatwierdzać urlopy? Pozdrawiam, Karolina""")
    m(B, "pl", "m1", "M", "żądam kontaktu z przełożonym", "Reklamacja odrzucona",
"""Żądam kontaktu z Pana przełożonym. Odrzucenie reklamacji bez oględzin to skandal. Zbigniew Pawlak""")
    m(B, "pl", "n2", "", "quoted demand, now thanks", "RE: Reklamacja",
"""Dziękuję, sprawa załatwiona. Pozdrawiam, Ewa

> Chcę rozmawiać z kierownikiem, to już trzeci raz!""")

    # ---------------- es
    m(B, "es", "n1", "", "soy la responsable de compras", "Pedido 20 licencias",
"""Hola, soy la responsable de compras de nuestra empresa y quiero pedir 20 licencias más. ¿Me enviáis presupuesto? Gracias, Irene""")
    m(B, "es", "n2", "", "hablé con su supervisora, todo bien", "Re: Incidencia",
"""Hola, ayer hablé con su supervisora por teléfono y ya está todo solucionado. Muchas gracias a los dos. Un saludo, Jorge""")
    m(B, "es", "m1", "M", "páseme con un superior", "Cobro indebido",
"""Páseme con un superior, por favor. Me han cobrado un servicio que di de baja hace dos meses. Manuel Díaz""", fmt="qp", charset="iso-8859-1")
    m(B, "es", "c1", "C", "instagram del agente, seguirle", "Gracias Dani",
"""Dani, eres un crack. ¿Cuál es tu Insta? Te sigo y así hablamos por ahí. Saludos, Pablo""")

    # ---------------- fr
    m(B, "fr", "n1", "", "gestionnaire de fichiers; manager = plan", "Gestionnaire de fichiers",
"""Bonjour, dans l'offre Manager, le gestionnaire de fichiers ne permet pas de glisser-déposer des dossiers. Est-ce prévu ? Merci, Hugo""")
    m(B, "fr", "m1", "M", "qu'un responsable me contacte", "Inadmissible",
"""Je veux qu'un responsable me contacte aujourd'hui. Trois semaines sans connexion internet, c'est inadmissible. Sandrine Blanc""")
    m(B, "fr", "c1", "C", "on peut se voir en dehors", "Merci Léa",
"""Léa, merci mille fois. Tu habites sur Lyon ? On pourrait se voir autour d'un café, tu me laisses ton 06 ? Maxime""")

    # ---------------- nl
    m(B, "nl", "n1", "", "ik ben de manager van de winkel", "Kassa",
"""Hallo, ik ben de manager van de winkel in Breda en de kassa wil geen pinbetalingen meer doen. Wat nu? Groet, Ahmed""")
    m(B, "nl", "m1", "M", "doorverbinden met een leidinggevende", "Klacht",
"""Kunt u mij doorverbinden met een leidinggevende? Ik word al drie weken van het kastje naar de muur gestuurd. Mvg, Els""")
    m(B, "nl", "c1", "C", "mag ik je privé mailen", "Bedankt Joost",
"""Hoi Joost, fijn geholpen. Heb je een privé mailadres? Ik heb een vraag over mijn eigen bedrijfje die ik liever niet via dit ticket stel. Groet, Kim""")

    # ---------------- sv
    m(B, "sv", "n1", "", "vår chef godkände; chefskonto", "Chefskonto",
"""Hej, vår chef har godkänt att vi skaffar ett chefskonto till varje butik. Hur lägger jag till dem? Mvh Maja""")
    m(B, "sv", "m1", "M", "vill att ärendet går till någon högre upp", "Ärende 7721",
"""Jag vill att mitt ärende lyfts till någon högre upp. Handläggaren förstår inte problemet. Mvh Bo Lindqvist""")

    # ---------------- it
    m(B, "it", "n1", "", "responsabile di negozio in app; sono il direttore", "Ruoli",
"""Buongiorno, sono il direttore del punto vendita. Come assegno il ruolo di responsabile di negozio a una collega? Grazie, Fabio""")
    m(B, "it", "m1", "M", "esigo una risposta dalla direzione", "Disservizio",
"""Esigo una risposta scritta dalla vostra direzione. Sono senza linea da dieci giorni. Renato Galli""")
    m(B, "it", "c1", "C", "mi dai il tuo numero personale", "Grazie!",
"""Grazie Alessia! Mi dai il tuo numero personale? Così se ho problemi ti scrivo direttamente. Ciao, Bea""")

    # ---------------- pt
    m(B, "pt", "n1", "", "sou o gerente da loja", "PDV",
"""Olá, sou o gerente da loja do shopping e o PDV está travando ao fechar o caixa. Podem ajudar? Obrigado, Leandro""")
    m(B, "pt", "m1", "M", "passa-me ao teu chefe", "Inadmissível",
"""Passe-me ao seu chefe, por favor. É a quarta vez que ligo pelo mesmo problema. Vasco Teixeira""")
    m(B, "pt", "c1", "C", "onde você mora? mando um presente", "Obrigada Júlia",
"""Júlia, obrigada demais! Me fala onde você mora que eu quero te mandar um presentinho. Beijos, Renata""")
