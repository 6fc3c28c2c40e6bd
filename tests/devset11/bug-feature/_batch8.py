"""devset11 bug-feature, batch 8 (measured before tuning on it; written after b7 tuning)."""
B = "b8"

def add(m):
    # ================= en
    m(B, "en", "b1", "B", "reply thread: bug only in new text; totals on dashboard doubled for refunds", "Re: Refund shown as sale",
"""Hi again,

Sorry, one more thing I noticed while checking: when we refund a customer, the dashboard adds the refund to the day's takings instead of taking it off. So a £50 refund makes the day look £50 better, not worse.

Tim

> Hi Tim, the refund has now been processed. Best, Support""")
    m(B, "en", "b2", "B", "timezone: appointment emails show GMT although BST/CET set", "Times in emails",
"""Our account is set to Europe/Berlin but the times in the confirmation emails are an hour earlier than what the client booked, calendar shows it right. Guessing the emails use UTC? Please sort asap, we've had no-shows because of it.""")
    m(B, "en", "f1", "F", "would like to attach files to appointments", "attachments on bookings",
"""Hi, is it possible to attach a file to an appointment, e.g. a consent form or a photo? I've looked everywhere and I don't think it can be done. We'd use it daily if it existed. Thanks, Zoe""")
    m(B, "en", "f2", "F", "please consider Zapier", "Zapier",
"""Hello, we run most of our admin through Zapier and your app is the only tool we use that isn't on there. Please consider building a Zapier integration, even a basic 'new booking' trigger would do. Regards, Callum""")
    m(B, "en", "n1", "", "how-to: can clients pay online (exists)", "Online payments",
"""Hi, can clients pay online when they book? If so how do I turn that on? Thanks, Mel""")
    m(B, "en", "n2", "", "praise + feature added", "Dark mode!",
"""Dark mode finally arrived and it looks fantastic, thank you! My eyes are grateful. Chris""")

    # ================= de
    m(B, "de", "b1", "B", "Termine doppelt im Google Kalender", "Doppelte Einträge im Google Kalender",
"""Hallo, seit gestern erscheint jeder Termin in unserem verbundenen Google Kalender zweimal. Im System selbst ist er nur einmal vorhanden. Ich habe die Verbindung schon getrennt und neu verbunden, ohne Erfolg. Grüße, Sven""")
    m(B, "de", "f1", "F", "Wir vermissen eine Warteliste", "Warteliste",
"""Hallo liebes Team, wir vermissen eine Warteliste, in die sich Kunden eintragen können, wenn ein Termin ausgebucht ist. Bei Absagen müssen wir jetzt selbst herumtelefonieren. Wäre das was für ein zukünftiges Update? LG Carina""")
    m(B, "de", "n1", "", "Frage zur Abrechnung", "Rechnungsadresse",
"""Hallo, bitte ändern Sie ab sofort unsere Rechnungsadresse auf Hauptstraße 5, 80331 München. Danke, Buchhaltung""")

    # ================= da
    m(B, "da", "f1", "F", "would like online gift cards", "Gavekort",
"""Hej! Det kunne være rigtig smart hvis kunderne kunne købe gavekort direkte på vores bookingside. Op til jul bliver vi spurgt hele tiden. Er det noget I kunne finde på at lave? Mvh Signe""")
    m(B, "da", "n1", "", "outage", "Nede?",
"""Hej, systemet er nede for os alle, ingen kan logge ind. Er der driftsforstyrrelser?""", forbid="B")

    # ================= ro
    m(B, "ro", "b1", "B", "emails sent with wrong sender name", "Nume greșit la expeditor",
"""Bună ziua, emailurile de confirmare ajung la clienți cu numele altei firme la expeditor, nu cu al nostru. În setări numele nostru e corect. Ce se întâmplă? Mulțumesc, Anca""")
    m(B, "ro", "n1", "", "how-to", "Schimbare parolă",
"""Bună, cum îmi schimb parola? Mulțumesc""")

    # ================= pl
    m(B, "pl", "b1", "B", "working hours reset to default each week", "Godziny pracy się resetują",
"""Dzień dobry, co poniedziałek godziny pracy wszystkich pracowników wracają do domyślnych 9-17, mimo że ustawiamy je indywidualnie. Muszę to poprawiać co tydzień od początku listopada. Pozdrawiam, Iwona""")
    m(B, "pl", "f1", "F", "multi-currency", "Waluty",
"""Dzień dobry, coraz więcej klientów płaci w euro. Czy jest możliwość wystawiania faktur w EUR? Nie znalazłem takiej opcji, a bardzo by się przydała. Pozdrawiam, Marek""")

    # ================= es
    m(B, "es", "b1", "B", "client history empty for some clients", "Historial vacío",
"""Hola, a algunos clientes les ha desaparecido todo el historial de citas, sale vacío aunque sabemos que llevan años viniendo. A otros sí se les ve bien. Gracias, Rosa""")
    m(B, "es", "f1", "F", "more languages: Catalan", "Català",
"""Bon dia / Hola, muchos de nuestros clientes prefieren el catalán. ¿Podríais traducir la página de reservas al catalán? Sería un gran detalle. Gracias, Jordi""")
    m(B, "es", "n1", "", "praise", "Genial",
"""Hola, solo quería decir que la nueva app va genial, mucho más rápida. Enhorabuena""")

    # ================= fr
    m(B, "fr", "b1", "B", "PDF invoice cut on 2nd page", "Facture coupée",
"""Bonjour, quand une facture a plus de 15 lignes, le PDF s'arrête à la fin de la première page et la deuxième page n'apparaît jamais. Le total n'est donc pas visible. Cordialement, Bernard""")
    m(B, "fr", "f1", "F", "nous aimerions un export comptable / multi-sites", "Plusieurs établissements",
"""Bonjour, nous avons deux instituts et aimerions pouvoir tout gérer depuis un seul compte, avec des statistiques par établissement. Pour l'instant ce n'est pas possible si j'ai bien compris. Est-ce prévu ? Merci, Nadia""")
    m(B, "fr", "n1", "", "billing", "Remboursement",
"""Bonjour, j'ai été prélevé deux fois ce mois-ci pour l'abonnement, pouvez-vous me rembourser le doublon ? Merci""")

    # ================= nl
    m(B, "nl", "b1", "B", "iPad app keyboard hides fields; button missing", "Knop verdwenen",
"""Hoi, op de iPad is de knop 'Afrekenen' sinds de update gewoon verdwenen onderaan het scherm. Op de telefoon staat hij er nog wel. We kunnen nu aan de balie niet afrekenen. Groet, Tim""")
    m(B, "nl", "f1", "F", "koppeling met Mollie", "Mollie",
"""Goedemiddag, wij gebruiken Mollie voor onze betalingen. Een koppeling daarmee zou ons veel handwerk schelen. Zit dat in de planning? Groet, Ruben""")
    m(B, "nl", "n1", "", "praise feature added", "Bedankt",
"""Hallo, dank voor het toevoegen van de wachtlijst, werkt perfect! Groet, Sanne""")

    # ================= sv
    m(B, "sv", "b1", "B", "SMS arrive with wrong sender", "Fel avsändare",
"""Hej, våra sms-påminnelser kommer fram från avsändaren "INFO" istället för vårt företagsnamn, trots att det står rätt i inställningarna. Kunderna tror att det är spam. /Therese""")
    m(B, "sv", "f1", "F", "wants a Finnish version", "Finska",
"""Hej, vi har många finskspråkiga kunder. Finns det planer på att översätta bokningssidan till finska? Mvh Jukka""")

    # ================= it
    m(B, "it", "b1", "B", "receipts print twice", "Scontrini stampati due volte",
"""Buongiorno, da ieri ogni scontrino viene stampato due volte, anche se premo stampa una sola volta. Abbiamo già spento e riacceso la stampante. Grazie, Valerio""")
    m(B, "it", "f1", "F", "would love online card payment", "Pagamento con carta",
"""Ciao, ci piacerebbe tantissimo che i clienti potessero pagare con carta già al momento della prenotazione online. Ci sono novità in questo senso? Grazie, Federica""")
    m(B, "it", "n1", "", "how-to", "Aggiungere un servizio",
"""Salve, come aggiungo un nuovo trattamento al listino? Grazie""")

    # ================= pt
    m(B, "pt", "b1", "B", "app crashes when opening client on old android", "App fecha sozinha",
"""Olá, num dos nossos tablets (Samsung Tab A, Android 11) a app fecha assim que abrimos a ficha de um cliente. Nos outros tablets está tudo normal. Já reinstalámos. Obrigado, Diogo""")
    m(B, "pt", "f1", "F", "bulk messages / pacote", "Mensagens em massa",
"""Bom dia, gostaríamos de poder enviar uma mensagem para todos os clientes de uma vez, por exemplo para avisar de férias. É algo que pensam disponibilizar? Obrigada, Catarina""")
    m(B, "pt", "n1", "", "outage", "Não entra",
"""Bom dia, ninguém da equipa consegue entrar no sistema, está tudo em baixo desde manhã. Quando volta?""", forbid="B")
