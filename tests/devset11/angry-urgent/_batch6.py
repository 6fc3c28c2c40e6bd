"""devset11 angry-urgent, batch 6 (written after b5 + probe tuning, measured before tuning on it)."""
B = "b6"

def add_b6(m):
    # ---------------- en
    m(B, "en", "a1", "A", "HTML reply, angry new text above quoted history", "RE: Case 55120 closed",
"""Why was this closed?? Nothing has been fixed. I replied twice asking you to keep it open. Genuinely, what is the point of having a support team if cases just get closed without anyone checking?

Amir

-----Original Message-----
From: Support
Subject: Case 55120 closed
> We're glad we could help! Your case has been closed.""", fmt="html")
    m(B, "en", "a2", "A", "weary sarcasm, 'can't wait for next month's surprise'", "Another surprise charge",
"""So this month it's a 'platform fee' nobody mentioned. Last month it was the 'SMS surcharge'. Can't wait to see what you come up with next. Honestly, we're reviewing every supplier this quarter and you're top of the list.

Greta""")
    m(B, "en", "u1", "U", "payroll bank file, must be with the bank by 2pm", "bank file rejected - payroll today",
"""Hi, the BACS file from your payroll module is being rejected by the bank ('invalid header'). It has to be with the bank by 2pm today or 85 staff won't be paid on Friday. Please help urgently, I'm at my desk on 0113 496 0999.

Linda Hart""")
    m(B, "en", "u2", "U", "time critical: live TV event tonight", "Streaming keys not working - broadcast at 7",
"""Our streaming keys stopped authenticating about an hour ago and we broadcast live at 7pm tonight. Really need someone on this in the next couple of hours please.

Josh, Production""")
    m(B, "en", "n1", "", "calm, 'what's wrong with' neutral", "What's wrong with my import?",
"""Hello, could you tell me what's wrong with my import file? It says 'row 14 invalid' but row 14 looks fine to me. File attached. Thanks, Brenda""")
    m(B, "en", "n2", "", "OOO-like personal note, 'emergency' in footer", "Question about plans",
"""Hi, do you offer a discount for registered charities? We're a small food bank with 3 staff.

Thanks,
Noel
--
In an emergency out of hours please call our duty phone 07700 900000""")

    # ---------------- de
    m(B, "de", "a1", "A", "Geduld am Ende, mehrfach vertröstet", "Geduld am Ende",
"""Guten Tag,

seit sechs Wochen werde ich vertröstet. Erst hieß es "nächste Woche", dann "nach dem Release", jetzt gar nichts mehr. Meine Geduld ist langsam wirklich am Ende.

Gruß
Frank Haas""")
    m(B, "de", "u1", "U", "Steuerberater Frist heute, Zugriff gesperrt", "Zugang gesperrt - Frist heute",
"""Hallo, unser Zugang ist seit heute Morgen gesperrt und wir müssen bis 16 Uhr die Umsatzsteuervoranmeldung abgeben. Bitte entsperren Sie den Account umgehend, Kundennummer 44120. Kanzlei Vogt""")
    m(B, "de", "n1", "", "calm, positive; 'noch nie erlebt' positive", "Danke!",
"""Hallo Frau Stein, so einen schnellen Support habe ich noch nie erlebt. Vielen Dank! Beste Grüße, Tobias""")

    # ---------------- da
    m(B, "da", "a1", "A", "sarcastic, rhetorical", "Fantastisk...",
"""Fantastisk. Nu er alle vores kundedata pludselig på engelsk efter jeres opdatering. Tester I overhovedet noget, før I sender det ud? Jeg er så træt af det her.

Henrik""")
    m(B, "da", "u1", "U", "event starts in 1 hour, tickets", "Billetscanning virker ikke - dørene åbner om en time",
"""Hej, dørene åbner om en time og billetscanneren melder fejl på alle billetter. Vi har 500 gæster på vej. Ring til mig med det samme på 26 12 34 56!! Mvh Sofie""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "fed up, leaving", "M-am săturat",
"""Bună,

M-am săturat să vă tot sun. Patru apeluri, două emailuri, zero rezultate. Sincer, nu merită banii. Căutăm deja alt furnizor.

Vlad""")
    m(B, "ro", "u1", "U", "today deadline ANAF", "Termen ANAF azi",
"""Bună ziua, azi e ultima zi pentru depunerea declarației și aplicația nu generează fișierul XML. Avem nevoie de ajutor urgent, vă rog. Contabilitate SC Alfa SRL, 0721 000 111""")
    m(B, "ro", "n1", "", "quoted angry history, calm now", "Re: Factură dublă",
"""Mulțumesc, am primit creditarea. Totul e în regulă acum.

Elena

> Este inadmisibil! A doua oară îmi luați banii de două ori!""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "rhetorical, exasperation", "Serio?",
"""Serio? Po raz kolejny dostaję fakturę z błędną kwotą. Czy ktoś u was w ogóle to sprawdza przed wysłaniem? Naprawdę tracę cierpliwość.

Marek""")
    m(B, "pl", "u1", "U", "store opening in 30 min, POS", "Otwarcie sklepu za 30 minut",
"""Za pół godziny otwieramy sklep, a system kasowy nie chce się uruchomić. Bardzo proszę o pilny telefon: 501 222 333. Sklep Zielony""")
    m(B, "pl", "n1", "", "polite follow-up", "Przypomnienie",
"""Dzień dobry, uprzejmie przypominam o mojej wiadomości z poniedziałku. Nic pilnego, dziękuję! Anna""")

    # ---------------- es
    m(B, "es", "a1", "A", "Latin American exasperation, threat", "Ya basta",
"""Ya basta. Llevo un mes peleando con ustedes por un cobro que no reconozco. Cada vez que llamo me dicen algo distinto. Si no me devuelven el dinero esta semana, me voy con la competencia.

Gustavo""")
    m(B, "es", "u1", "U", "whole clinic blocked, patients", "Toda la clínica bloqueada",
"""Buenos días, desde las 9 nadie en la clínica puede acceder a las historias clínicas y tenemos pacientes esperando. Es urgente, por favor llámennos al 934 567 890.""")
    m(B, "es", "n1", "", "resolved, was urgent", "RE: Incidencia",
"""Hola Marta, esta mañana era urgente, pero ya lo hemos solucionado con vuestro tutorial. ¡Gracias! Un saludo, Jorge""")

    # ---------------- fr
    m(B, "fr", "a1", "A", "Swiss/BE, cold anger", "Inacceptable",
"""Madame, Monsieur,

Je constate avec consternation que malgré mes trois courriers, rien n'a été fait. Votre silence est tout simplement méprisant. Je vous informe que je mettrai fin au contrat à l'échéance.

Jean-Marc Rochat""", fmt="qp", charset="iso-8859-1")
    m(B, "fr", "u1", "U", "deadline tomorrow 8am, quotes", "Appel d'offres demain 8h",
"""Bonjour, l'appel d'offres se clôture demain à 8h et nous ne pouvons plus générer de devis depuis ce midi. Merci de nous contacter au plus vite, c'est critique pour nous. Société Bâtir""")
    m(B, "fr", "n1", "", "newsletter: offre urgente", "Vite ! Plus que 24h",
"""Vite ! Plus que 24h pour profiter de -30% sur l'abonnement annuel. Ne ratez pas cette offre urgente !

Vous recevez cet e-mail car vous êtes inscrit à notre newsletter. Se désabonner""", fmt="html")

    # ---------------- nl
    m(B, "nl", "a1", "A", "Flemish, fed up", "Het is genoeg geweest",
"""Het is genoeg geweest. Drie maanden beloftes en nog altijd werkt de koppeling met onze boekhouding niet. Ik heb er echt mijn buik van vol.

Jan Claes""")
    m(B, "nl", "u1", "U", "payroll today, salaries", "Salarisrun vandaag - foutmelding",
"""Goedemorgen, de salarisrun moet vandaag vóór 12:00 naar de bank en we krijgen een foutmelding bij het aanmaken van het SEPA-bestand. Kunnen jullie meteen helpen? Groet, Marieke (HR)""")

    # ---------------- sv
    m(B, "sv", "a1", "A", "exasperated, rhetorical", "Seriöst?",
"""Seriöst, hur många gånger ska jag behöva förklara samma sak? Tre olika handläggare, tre olika svar. Jag är så trött på det här.

Emma""")
    m(B, "sv", "u1", "U", "pharmacy: customers waiting", "Apotekssystemet nere",
"""Hej, vårt kassasystem på apoteket har slutat fungera och kunderna står och väntar. Vi behöver hjälp omgående! Ring 08-555 444 33.""")
    m(B, "sv", "n1", "", "was urgent yesterday, resolved", "Re: Kassan",
"""Hej Oskar, det var bråttom igår men nu är allt löst. Tack för hjälpen! /Maja""")

    # ---------------- it
    m(B, "it", "a1", "A", "irony + threat", "Ottimo lavoro...",
"""Ottimo lavoro, davvero. Dopo l'aggiornamento non si stampano più le fatture. Se entro venerdì non è sistemato, disdico tutto e passo alla concorrenza.

Paolo""")
    m(B, "it", "u1", "U", "tomorrow morning audit, urgent", "Audit domattina",
"""Buonasera, domattina alle 8 abbiamo l'audit e il modulo qualità non esporta i registri. Vi chiedo di intervenire stasera stessa, è fondamentale. Ing. De Luca""")
    m(B, "it", "n1", "", "calm question, 'urgente' form field", "Campo urgente nei ticket",
"""Ciao, nel modulo ticket c'è una casella "Urgente" che i nostri clienti spuntano sempre. Si può nascondere? Grazie, Davide""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "PT-PT angry, threat", "Inadmissível",
"""Boa tarde, isto já passa dos limites. Três semanas sem conseguir faturar e nem uma chamada de volta. Vou rescindir o contrato e apresentar queixa no Livro de Reclamações.

Joana""")
    m(B, "pt", "u1", "U", "BR: entregas paradas, caminhão", "Entregas paradas",
"""Pessoal, o sistema de rotas travou e tem 6 caminhões parados no pátio esperando as rotas. Preciso de ajuda agora, por favor! (31) 99999-1234. Rogério""")
