"""devset14 angry, batch 7 = PRECISION batch (measured before any tuning on it): hard negatives that touch
the round-12 entries: neutral 'what else do I have to do to activate', outage 'nobody is able to log in!!',
'ci vuole tanto a' (= does it take long), 'custa assim tanto' (price), 'lekker bezig!!' praise, 'what a
circus at home', phishing 'c'est de l'arnaque' warnings, theft 'um roubo', 'hung up' dropped call, 'at
least they', 'hours of my life' praise, 'I'm done' = finished, 'where is my money' calm transfer check,
'la stessa storia', 'sin palabras' praise; plus a few positives in the same wording."""
B = "b7"

def add_b7(m):
    # ---------------- en
    m(B, "en", "n1", "", "what else do I have to do (activation)", "Activation",
"""Hi, I've verified my email. What else do I have to do to activate the team workspace? Thanks!

Gemma""")
    m(B, "en", "n2", "", "outage: nobody is able to log in!!", "Login down??",
"""Hi, nobody is able to log in here since 9:00!! Is there an outage? Please let us know.

Dan, IT""", free="")
    m(B, "en", "n3", "", "hung up = dropped call", "Call dropped",
"""Hi, I was on the phone with Leo and the line just hung up on me - probably my signal. Could he call me back when free? Thanks.

Ruth""")
    m(B, "en", "n4", "", "hours of my life praise", "Webinar",
"""Best two hours of my life spent on a webinar, honestly - the reporting session was excellent!

Martin""")
    m(B, "en", "n5", "", "what a circus at home", "Sorry for the delay",
"""Sorry for the slow reply - what a circus at home this week with the kids off school! Here's the signed form.

Jenny""")
    m(B, "en", "n6", "", "where is my money calm", "Transfer",
"""Hello, I sent the payment on Monday - where is my money showing on your side? Just want to make sure it was allocated to invoice 2231. Thanks.

Omar""")
    m(B, "en", "a1", "A", "positive: what else do I have to do, repeated", "Re: Re: Activation",
"""What else do I have to do?! I've sent the ID twice, the selfie three times, and the account is still locked.

Gemma R.""")
    # ---------------- de
    m(B, "de", "n1", "", "Abzocke warning about phishing", "Warnung",
"""Hallo, nur zur Info: es gehen gerade SMS in Ihrem Namen rum, die eine Nachzahlung verlangen. Reine Abzocke, aber vielleicht warnen Sie Ihre Kunden?

Jürgen""")
    m(B, "de", "n2", "", "hat aufgelegt: Verbindung", "Rückruf",
"""Guten Tag, Ihre Kollegin hat aufgelegt, weil die Verbindung schlecht war. Könnte sie mich bitte zurückrufen?

Frau Keller""")
    m(B, "de", "n3", "", "was muss ich noch tun (onboarding)", "Einrichtung",
"""Hallo, die Domain ist verifiziert. Was muss ich noch tun, damit die Mails ankommen? Danke!

Lea""")
    # ---------------- fr
    m(B, "fr", "n1", "", "phishing: c'est de l'arnaque", "SMS frauduleux",
"""Bonjour, je pense que le SMS reçu hier à votre nom c'est de l'arnaque, je préfère vous prévenir. Bonne journée !

Josette""")
    m(B, "fr", "n2", "", "quel cirque à la maison", "Désolé du retard",
"""Désolée pour le retard, quel cirque à la maison avec le déménagement ! Voici enfin les documents.

Agathe""")
    m(B, "fr", "n3", "", "que dois-je faire de plus (procédure)", "Procédure",
"""Bonjour, j'ai envoyé le justificatif. Que dois-je faire de plus pour finaliser l'inscription ? Merci.

Louis""")
    # ---------------- es
    m(B, "es", "n1", "", "sin palabras praise + !!", "¡¡Gracias!!",
"""¡¡Me dejaron sin palabras!! Qué equipo tan bueno. Gracias.

Marisol""")
    m(B, "es", "n2", "", "que por lo menos = at least, neutral", "Envío",
"""Hola, si no puede llegar el viernes, que por lo menos llegue el lunes temprano. ¿Es posible? Gracias.

Julián""")
    m(B, "es", "n3", "", "ya van: neutral count", "Inscripciones",
"""Hola, ya van 40 inscritos al taller, ¿podemos ampliar el cupo a 60? Gracias.

Irene""")
    # ---------------- it
    m(B, "it", "n1", "", "ci vuole tanto a = does it take long", "Carta",
"""Buongiorno, ci vuole tanto a ricevere la nuova carta? Devo partire tra due settimane. Grazie.

Federica""")
    m(B, "it", "n2", "", "la stessa storia neutral", "Racconto",
"""Ciao, il mio collega vi ha scritto la stessa storia ieri per lo stesso ordine, potete unire le richieste? Grazie.

Pietro""")
    m(B, "it", "n3", "", "senza parole praise", "Grazie!!",
"""Senza parole, bravissimi!! Tutto risolto in un attimo.

Rosa""")
    # ---------------- pt
    m(B, "pt", "n1", "", "custa assim tanto = price", "Preço",
"""Bom dia, o plano anual custa assim tanto mais que o mensal? Queria perceber a diferença. Obrigada.

Joana""")
    m(B, "pt", "n2", "", "um roubo = theft report", "Roubo do equipamento",
"""Olá, sofremos um roubo no escritório e levaram o terminal. Como bloqueio o aparelho? Obrigado!

Fábio""")
    m(B, "pt", "n3", "", "ninguém consegue entrar: outage", "Sistema fora?",
"""Oi, aqui ninguém consegue entrar no sistema desde as 8h!! Está fora do ar?

Camila""")
    # ---------------- nl
    m(B, "nl", "n1", "", "lekker bezig praise", "Top!!",
"""Lekker bezig jongens!! De nieuwe app is echt een verbetering.

Jeroen""")
    m(B, "nl", "n2", "", "wat moet ik nog doen (onboarding)", "Aanmelding",
"""Hoi, ik heb het contract getekend. Wat moet ik nog doen om te beginnen? Groet, Mila""")
    m(B, "nl", "n3", "", "die tenminste neutral", "Documenten",
"""Hallo, hierbij de documenten, die tenminste al klaar zijn. De rest volgt morgen.

Bram""")
    # ---------------- sv
    m(B, "sv", "n1", "", "vad mer ska jag göra (onboarding)", "Registrering",
"""Hej, jag har laddat upp ID. Vad mer ska jag göra för att bli klar? Tack!

Alva""")
    m(B, "sv", "n2", "", "calm 'ingen tar ansvar' about own team", "Internt",
"""Hej, hos oss är det rörigt, ingen tar ansvar för fakturorna just nu, så skicka dem till mig personligen. Tack!

Hugo""")
    # ---------------- da
    m(B, "da", "n1", "", "hvad skal jeg mere gøre (onboarding)", "Oprettelse",
"""Hej, jeg har sendt papirerne. Hvad skal jeg mere gøre for at komme i gang? Tak.

Asger""")
    m(B, "da", "n2", "", "videre og videre neutral", "Tak",
"""Tak for et godt kursus, vi fortsætter videre og videre med det nye system. Mvh Signe""")
    # ---------------- pl
    m(B, "pl", "n1", "", "co jeszcze mam zrobić (onboarding)", "Rejestracja",
"""Dzień dobry, przesłałem dokumenty. Co jeszcze mam zrobić, żeby aktywować konto? Dziękuję.

Oskar""")
    m(B, "pl", "n2", "", "odchodzę = leaving the company, new contact", "Zmiana osoby kontaktowej",
"""Dzień dobry, od grudnia odchodzę z firmy, nową osobą kontaktową będzie pani Nowicka. Dziękuję za współpracę!

Beata""")
    # ---------------- ro
    m(B, "ro", "n1", "", "ce trebuie să mai fac (onboarding)", "Activare",
"""Bună ziua, am trimis actele. Ce trebuie să mai fac pentru activare? Mulțumesc!

Tudor""")
    m(B, "ro", "n2", "", "pe bune praise", "Super!!",
"""Pe bune, cel mai rapid suport!! Mulțumesc.

Anca""")
    # positives in the same wording
    m(B, "it", "a1", "A", "ci vuole tanto a, angry", "Ancora!",
"""Ma ci vuole tanto a rispondere a una mail? Dieci giorni di silenzio.

Mauro""")
    m(B, "nl", "a1", "A", "lekker bezig sarcastic", "Factuur",
"""Lekker bezig. Weer een factuur met andermans gegevens erop.

Sven""")
    m(B, "fr", "a1", "A", "quel cirque chez vous", "Résiliation",
"""Quel cirque chez vous. Trois conseillers, trois réponses différentes sur la même résiliation.

Damien""")
