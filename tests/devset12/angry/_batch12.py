"""devset12 angry, batch 12 (measured before any tuning on it): precision probe - calm mails that
reuse this round's weaker phrases (far too long, start from scratch, your mistakes, do you realise,
has cost us, very patient, so-called, repeating), plus a few fresh angry mails."""
B = "b12"

def add_b12(m):
    # ---------------- en
    m(B, "en", "n1", "", "calm: far too long + dragging on about own project", "Our rollout",
"""Hi,

Our internal rollout has been dragging on for far too long on our side (budget approvals), so we're pausing the second phase until January. Nothing needed from you right now - just keeping you posted.

Best,
Ada""")
    m(B, "en", "n2", "", "calm: do you realise/has cost us - praise", "Thank you",
"""Hi team,

Do you realise how much time your new automation has saved us? It has cost us a fraction of what we budgeted and the team loves it. Thank you!

Rob""")
    m(B, "en", "n3", "", "calm: your mistakes / back to square one forgiven", "Re: corrected invoice",
"""Hi Jen,

No problem at all - everyone makes mistakes, and we're not back to square one, just one small correction. Thanks for the quick fix.

Kind regards,
Tariq""")
    m(B, "en", "n4", "", "calm: repeating myself apologetic", "One more detail",
"""Hello,

Sorry if I'm repeating myself, but just to confirm: the new billing address applies from the December invoice onwards. Thanks!

Lena""")
    m(B, "en", "a1", "A", "fresh: sarcasm thanks so much", "Re: Your feedback matters!",
"""My feedback? Sure. Your agent hung up on me twice and the 'callback within 2 hours' came two days later. Ten out of ten, would recommend. Not.

Abigail""")
    m(B, "en", "a2", "A", "fresh: hours on hold, losing my mind", "Phone support",
"""Two hours and forty minutes on hold today. Two hours forty. Then the line went dead. I'm losing my mind here - is it really impossible to get a human on the phone at your company?

Greg""")

    # ---------------- de
    m(B, "de", "n1", "", "calm: viel zu lange about own side", "Projektstand",
"""Hallo,

die Freigabe bei uns intern zieht sich leider viel zu lange, wir starten daher erst im Januar. Von Ihrer Seite ist nichts zu tun.

Viele Grüße
Jana Wolff""")
    m(B, "de", "n2", "", "calm: wieder von vorne - setup", "Einrichtung",
"""Hallo,

ich habe die Einrichtung versehentlich abgebrochen - muss ich wieder von vorne anfangen oder kann ich weitermachen? Danke!

Gruß Tim""")
    m(B, "de", "a1", "A", "fresh: Nerven am Ende", "Warteschleife",
"""Zweieinhalb Stunden Warteschleife, dann aufgelegt. Meine Nerven sind echt am Ende. Ist es bei Ihnen wirklich unmöglich, einen Menschen ans Telefon zu bekommen?

Axel""")

    # ---------------- fr
    m(B, "fr", "n1", "", "calm: beaucoup trop longtemps own side", "Projet",
"""Bonjour,

De notre côté la validation interne prend beaucoup trop longtemps, nous reportons donc à janvier. Rien à faire pour vous.

Cordialement,
Aline""")
    m(B, "fr", "n2", "", "calm: je me répète, désolé", "Précision",
"""Bonjour,

Désolée si je me répète, mais la nouvelle adresse s'applique bien à partir de la facture de décembre ? Merci !

Carole""")
    m(B, "fr", "a1", "A", "fresh: sarcasm 10/10", "Re: Votre avis compte",
"""Mon avis ? Votre conseiller m'a raccroché au nez deux fois et le rappel "sous 2 heures" est arrivé deux jours plus tard. Dix sur dix, bravo, vraiment.

Sandrine""")

    # ---------------- es
    m(B, "es", "n1", "", "calm: desde cero setup", "Configuración",
"""Hola,

He cancelado la configuración sin querer. ¿Tengo que empezar desde cero o puedo seguir donde lo dejé? Gracias.

Bruno""")
    m(B, "es", "a1", "A", "fresh: horas en espera", "Teléfono",
"""Dos horas y media en espera para que al final se corte la llamada. ¿De verdad es imposible hablar con una persona en vuestra empresa? Estoy que trino.

Mercedes""")

    # ---------------- it
    m(B, "it", "n1", "", "calm: da troppo tempo used neutrally", "Vecchio account",
"""Buongiorno,

ho un vecchio account che non uso da troppo tempo, potete cancellarlo? Grazie.

Anna""")
    m(B, "it", "a1", "A", "fresh: ore in attesa, che nervi", "Assistenza telefonica",
"""Due ore e mezza in attesa e poi cade la linea. Possibile che da voi sia impossibile parlare con un essere umano? Sto perdendo la testa.

Marcello""")

    # ---------------- pt
    m(B, "pt", "n1", "", "calm: demasiado tempo own side", "Projeto",
"""Olá,

A aprovação interna está a demorar demasiado tempo, por isso só avançamos em janeiro. Nada a fazer do vosso lado.

Cumprimentos,
Joana""")
    m(B, "pt", "a1", "A", "fresh: horas em espera BR", "Telefone",
"""Duas horas e meia esperando na linha e depois a ligação cai. É impossível falar com um ser humano nessa empresa? Tô perdendo a cabeça.

Renata""")

    # ---------------- nl
    m(B, "nl", "n1", "", "calm: veel te lang own side", "Project",
"""Hoi,

De interne goedkeuring duurt bij ons veel te lang, dus we starten pas in januari. Jullie hoeven niets te doen.

Groet, Floor""")
    m(B, "nl", "a1", "A", "fresh: uren in de wacht", "Telefoon",
"""Tweeënhalf uur in de wacht en dan wordt er opgehangen. Is het echt onmogelijk om bij jullie een mens aan de lijn te krijgen? Ik word er horendol van.

Jeroen""")

    # ---------------- pl
    m(B, "pl", "n1", "", "calm: od nowa setup", "Konfiguracja",
"""Dzień dobry,

Przerwałem konfigurację przez przypadek. Czy muszę zaczynać od nowa? Dziękuję.

Michał""")
    m(B, "pl", "a1", "A", "fresh: godziny na linii", "Infolinia",
"""Dwie i pół godziny na linii, a potem rozłączyło. Naprawdę nie da się u was porozmawiać z człowiekiem? Nerwy mi puszczają.

Dorota""")

    # ---------------- ro
    m(B, "ro", "n1", "", "calm: de la capăt setup", "Configurare",
"""Bună ziua,

Am întrerupt configurarea din greșeală. Trebuie să o iau de la capăt? Mulțumesc.

Vlad""")
    m(B, "ro", "a1", "A", "fresh: ore la telefon", "Telefon",
"""Două ore și jumătate în așteptare și apoi s-a închis. Chiar e imposibil să vorbești cu un om la voi? Îmi ies din minți.

Corina""")

    # ---------------- da
    m(B, "da", "n1", "", "calm: forfra setup", "Opsætning",
"""Hej,

Jeg afbrød opsætningen ved en fejl. Skal jeg starte forfra? Tak.

Anders""")
    m(B, "da", "a1", "A", "fresh: timer i kø", "Telefon",
"""To en halv time i telefonkø, og så blev der lagt på. Er det virkelig umuligt at få fat i et menneske hos jer? Jeg er ved at gå amok.

Pernille""")

    # ---------------- sv
    m(B, "sv", "n1", "", "calm: dragit ut own side", "Projekt",
"""Hej,

Vårt interna godkännande har dragit ut på tiden, så vi startar i januari. Inget ni behöver göra.

Mvh Klara""")
    m(B, "sv", "a1", "A", "fresh: timmar i kö", "Telefon",
"""Två och en halv timme i telefonkö och sen lades det på. Är det verkligen omöjligt att få prata med en människa hos er? Jag håller på att bli galen.

Stig""")
