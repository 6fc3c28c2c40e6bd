"""devset11 angry-urgent, batch 7 (written after b6 + probe tuning, measured before tuning on it)."""
B = "b7"

def add_b7(m):
    m(B, "en", "a1", "A", "angry small business owner, long run-on", "your app",
"""i dont even know where to start. bought the annual plan in august because your sales guy swore the stock sync worked with shopify and it has never once worked properly, weve oversold twice, refunded angry customers, and every time i ask support i get a link to a help article. absolutely sick of it""")
    m(B, "en", "a2", "A", "passive-aggressive formal", "Re: Your recent feedback request",
"""You asked for feedback, so here it is. Four tickets in two months, each answered days late, each closed before the problem was solved. I don't think I need to explain why I won't be recommending you to anyone.

Best regards,
Gillian Shaw""")
    m(B, "en", "u1", "U", "clinic vaccine fridge alert, respond today", "Temperature alerts not sending",
"""Hi, our vaccine fridge alerts stopped sending texts since yesterday evening. If the fridge fails overnight we lose thousands of pounds of stock. Need this looked at today please - call the surgery on 0117 496 0123 and ask for me.

Dr Patel""")
    m(B, "en", "n1", "", "thanks, anger only in quote, html", "Re: Complaint",
"""Hi Sam, thanks for the call and for sorting the credit so quickly. Much appreciated.

Pete

> From: Pete Moore
> I am absolutely furious. Nobody has called me back in a week.""", fmt="html")
    m(B, "en", "n2", "", "calm question with 'deadline' far away", "Year-end reports",
"""Hello, our year-end deadline is 31 March. Could you let me know which reports we'll need to run beforehand? Thanks, Colin""")

    m(B, "de", "a1", "A", "angry, rhetorical, umlaut-less", "nicht zu fassen",
"""nicht zu fassen. jetzt sind zum zweiten mal alle termine im kalender verschwunden. wer testet bei euch eigentlich die updates? ich bin echt bedient.""")
    m(B, "de", "u1", "U", "go-live tomorrow morning, migration error", "Go-Live morgen 7 Uhr - Migration bricht ab",
"""Hallo, morgen um 7 Uhr gehen wir mit 30 Filialen live und die Datenmigration bricht bei 80 % ab. Wir brauchen heute noch jemanden, der sich das ansieht. Bitte dringend Rückruf: 0621 444555. IT, Schuhhaus Berg""")
    m(B, "de", "n1", "", "past: gestern war es eilig", "Re: Export",
"""Hallo Herr Roth, gestern war es wirklich eilig, aber mit Ihrer Anleitung hat alles geklappt. Danke! Grüße, Tanja""")

    m(B, "da", "a1", "A", "exasperated", "Nu gider jeg snart ikke mere",
"""Hej. Fjerde gang jeg skriver. Ingen svarer, ingen ringer tilbage, og problemet er der stadig. Hvad skal der til, før I tager det alvorligt?

Mvh Bo""")
    m(B, "da", "n1", "", "calm, not urgent", "Spørgsmål",
"""Hej, kan man ændre farven på fakturaerne? Det haster overhovedet ikke. Mvh Lene""")

    m(B, "ro", "a1", "A", "angry, no stock words", "Nu mai pot",
"""Nu mai pot cu voi. De o lună aștept să-mi mutați abonamentul pe noua firmă și tot ce primesc sunt scuze. Dacă nici săptămâna asta nu se rezolvă, plec.

Ovidiu""")
    m(B, "ro", "u1", "U", "clinic, patients waiting, today", "Programările nu se încarcă",
"""Bună dimineața, programările nu se încarcă și avem pacienți în sala de așteptare. Vă rog să ne ajutați imediat. Clinica Dr. Pop, 0264 123 456""")

    m(B, "pl", "a1", "A", "angry", "Skandal",
"""To już przechodzi ludzkie pojęcie. Trzy tygodnie bez działającego eksportu, a wy odpisujecie, że „zespół pracuje nad rozwiązaniem”. Jak długo jeszcze?

Grzegorz""")
    m(B, "pl", "n1", "", "resolved", "Re: Awaria",
"""Dzień dobry, dziś rano sprawa była pilna, ale już wszystko działa. Dziękuję za pomoc! Karolina""")

    m(B, "es", "a1", "A", "sarcastic, Spain", "Muy bien, sí",
"""Muy bien, sí, muy profesional todo. Me cobráis el plan Pro y llevo dos semanas sin poder entrar. ¿Se supone que tengo que daros las gracias?

Nacho""")
    m(B, "es", "u1", "U", "event tomorrow morning, registrations lost", "Congreso mañana - inscripciones perdidas",
"""Hola, mañana a las 8:30 empieza nuestro congreso y han desaparecido 200 inscripciones del sistema. Necesitamos recuperarlas hoy como sea. Por favor, llamadme: 655 432 100. Elena, organización""")

    m(B, "fr", "a1", "A", "sarcastic, exasperated", "Encore bravo",
"""Encore bravo. Troisième facture erronée en trois mois. À ce stade, je me demande si quelqu'un vérifie quoi que ce soit chez vous. J'en ai franchement assez.

Michel""")
    m(B, "fr", "n1", "", "calm bug", "Décalage horaire",
"""Bonjour, les rendez-vous s'affichent avec une heure de décalage depuis le changement d'heure. Rien de grave, je voulais juste vous le signaler. Cordialement, Anne""")

    m(B, "nl", "a1", "A", "angry, threat", "Laatste keer",
"""Dit is de laatste keer dat ik hierover mail. Al twee maanden worden onze pakbonnen verkeerd geprint en niemand lijkt het iets te kunnen schelen. Volgende maand zeggen we op.

Henk""")
    m(B, "nl", "u1", "U", "tax deadline tonight", "Aangifte vanavond",
"""Hoi, de aangifte moet vanavond om 23:59 binnen zijn en ik kan niet inloggen. Kunnen jullie vandaag nog helpen? Het is echt dringend. Groet, Pieter""")

    m(B, "sv", "a1", "A", "sarcastic, leaving", "Grattis",
"""Grattis, nu har ni lyckats tappa bort alla våra kundnoteringar. Tre år av anteckningar. Vi avslutar avtalet och byter leverantör så fort vi kan.

Anna-Karin""")
    m(B, "sv", "u1", "U", "restaurant booking system down, evening", "Bokningssystemet nere",
"""Hej, bokningssystemet är nere och vi har fullbokat ikväll med 120 gäster. Vi måste få det att fungera innan 17. Ring mig omgående på 070-111 22 33. /Erik, Restaurang Hamnen""")

    m(B, "it", "a1", "A", "angry, rhetorical", "Ma è possibile?",
"""Ma è possibile che ogni volta che chiamo devo rispiegare tutto da capo? Nessuno legge le note del ticket? Sono davvero esasperata.

Francesca""")
    m(B, "it", "n1", "", "marketing", "Ultime ore!",
"""Ultime ore per approfittare dello sconto del 30%! Affrettati, l'offerta scade a mezzanotte.

Ricevi questa email perché sei iscritto alla nostra newsletter. Annulla l'iscrizione""", fmt="html")

    m(B, "pt", "a1", "A", "BR angry", "Absurdo",
"""Gente, é sério isso? Pela terceira vez o boleto veio com valor errado e ninguém resolve. Tô pensando seriamente em procurar outra empresa.

Camila""")
    m(B, "pt", "u1", "U", "PT-PT payroll", "Salários - envio hoje",
"""Bom dia, temos de enviar o ficheiro de salários hoje até às 14h e a aplicação dá erro. Preciso de ajuda urgente, por favor liguem-me: 913 222 111. Sónia, RH""")
