"""devset15 outage-legal, batch 5 (measured before tuning): outage recall in it da es fr pl ro sv with
new wording: sent staff home, since last night's update nobody..., dead again, 'is anyone there?',
second person from the same company chiming in, one-liners, html-only; legal: lawyer told me,
small claims / juzgado / sąd, negatives where the lawyer agrees or the writer only asks.
Hard negatives: second meanings (caída de ventas, wybór padł, nere i källaren), own ISP, one user."""
B = "b5"

def add_b5(m):
    # ---------------- it
    m(B, "it", "o1", "O", "sent staff home", "Personale a casa",
"""Abbiamo dovuto mandare a casa metà del personale perché il vostro gestionale non va da stamattina. Chi ci ripaga la giornata?

Roberto, Autofficina Galli""")
    m(B, "it", "o2", "O", "since last night's update nobody logs in", "Dopo l'aggiornamento",
"""Dall'aggiornamento di stanotte nessuno da noi riesce più a fare il login, né da pc né da tablet. Rimane tutto bianco.

Sara""", fmt="html")
    m(B, "it", "o3", "O", "colleague chiming in the thread: same here at the other site", "R: Piattaforma ferma",
"""Confermo, anche nella sede di Verona è tutto fermo, non si apre nessuna pagina.

Alessio (collega di Marta)

> Da noi a Vicenza la piattaforma è ferma da un'ora.""")
    m(B, "it", "n1", "", "crollo delle vendite (sales drop), not outage", "Report vendite",
"""Nel report di ottobre vediamo un crollo delle vendite del 30%: è un dato reale o un errore di calcolo del vostro report?

Simona""")
    m(B, "it", "n2", "", "own fibre down, FYI", "Problema linea",
"""Vi avviso che da noi è saltata la fibra, il tecnico TIM arriva domani. Se vedete ordini fermi è per quello.

Giovanni""")
    # ---------------- da
    m(B, "da", "o1", "O", "dead again, everyone", "Igen!!",
"""Så er det dødt igen. Ingen her kan åbne noget som helst. Tredje gang denne måned.

Mads""")
    m(B, "da", "o2", "O", "is anyone there? nothing works in the clinic", "Er der nogen?",
"""Er der nogen der kan svare? Intet virker hos os i klinikken, hverken booking eller journal. Alle patienter står i venteværelset.

Lone, Tandlæge Vang""")
    m(B, "da", "n1", "", "nede i kælderen (down in the basement)", "Printer",
"""Hej, vi har en gammel printer nede i kælderen, kan den kobles på jeres system? Den virker fint med USB.

Ole""")
    # ---------------- es
    m(B, "es", "o1", "O", "sent staff home, es-ES colloquial", "Otra vez",
"""Otra vez sin servicio. He tenido que mandar a los chicos a casa porque no funciona nada. Esto no puede seguir así.

Paco, Taller Hermanos Gil""")
    m(B, "es", "o2", "O", "since update nobody logs in", "Tras la actualización",
"""Desde la actualización de anoche nadie en la empresa consigue iniciar sesión. Da error de servidor a todos.

Begoña""")
    m(B, "es", "n1", "", "caída de ventas, report question", "Caída de ventas",
"""Hola, en el panel aparece una caída de ventas del 40% en octubre pero nosotros vendimos más. ¿Puede ser un fallo del informe?

Álvaro""")
    m(B, "es", "n2", "", "mi abogado me dijo que consultara (not threat)", "Pregunta sobre contrato",
"""Buenas, mi abogado me recomendó preguntar si el contrato se renueva automáticamente. ¿Me lo podéis confirmar?

Luis""")
    # ---------------- fr
    m(B, "fr", "o1", "O", "nothing works at all, staff idle, Quebec French", "Rien ne marche",
"""Allô, plus rien ne marche depuis 8h, tous nos employés sont les bras croisés. C'est quoi le problème chez vous?

Guy, Québec""")
    m(B, "fr", "o2", "O", "colleague chiming in: chez nous aussi", "RE: Plateforme en panne",
"""Chez nous aussi à Bordeaux, impossible de charger la moindre page. Toute l'équipe attend.

Romain

> À Toulouse, la plateforme est en panne depuis 10h.""")
    m(B, "fr", "n1", "", "panne de voiture, can't come to training", "Formation annulée",
"""Bonjour, je ne pourrai pas assister à la formation demain, ma voiture est en panne. Peut-on décaler ?

Sophie""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "znowu padło, nikt nie pracuje", "Znowu",
"""Znowu wszystko padło. Nikt w firmie nie może pracować, to już trzeci raz w tym tygodniu.

Robert""")
    m(B, "pl", "o2", "O", "after update nobody can log in, no diacritics", "Po aktualizacji",
"""Po nocnej aktualizacji nikt u nas nie moze sie zalogowac, wszystkim wyskakuje blad serwera.

Ola""")
    m(B, "pl", "n1", "", "wybór padł na was (choice fell on you)", "Wdrożenie",
"""Dzień dobry, po długich poszukiwaniach wybór padł na Państwa system. Kiedy możemy zacząć wdrożenie?

Wojciech""")
    m(B, "pl", "l1", "L", "sprawa w sądzie", "Reklamacja",
"""Skoro tak, sprawa trafi do sądu. Mam wszystkie dowody i korespondencję.

Henryk""")
    # ---------------- ro
    m(B, "ro", "o1", "O", "again down, nobody works", "Iar",
"""Iar nu merge nimic. Nimeni din firmă nu poate lucra de o oră. Ce se întâmplă?

Florin""")
    m(B, "ro", "o2", "O", "after update nobody can log in, no diacritics", "Dupa actualizare",
"""De la actualizarea de azi noapte nimeni nu se mai poate loga, tuturor le apare eroare de server.

Alina""")
    m(B, "ro", "n1", "", "one user phone broken", "Telefon stricat",
"""Mi s-a stricat telefonul și nu mai am aplicația de autentificare. Cum pot intra în cont de pe telefonul nou?

Cosmin""")
    m(B, "ro", "l1", "L", "chem în judecată, no diacritics", "Ultimatum",
"""Daca nu primesc banii pana la sfarsitul lunii va chem in judecata.

Marius""")
    # ---------------- sv
    m(B, "sv", "o1", "O", "sent staff home, Swedish", "Skickat hem personal",
"""Vi har fått skicka hem halva personalen idag eftersom ert system inte går att använda sedan i morse. Vem står för kostnaden?

Helena, Bageri Kvarnen""")
    m(B, "sv", "o2", "O", "colleague chiming in: samma här i Göteborg", "SV: Nere i Stockholm",
"""Samma här i Göteborg, ingen av oss kommer in i portalen.

/Oskar

> Hos oss i Stockholm ligger portalen nere.""")
    m(B, "sv", "n1", "", "nere i källaren", "Lagerhylla",
"""Hej, vi har lagret nere i källaren, kan man lägga in två lagerplatser i systemet?

/Åsa""")
    m(B, "sv", "l1", "L", "tingsrätten / stämning", "Sista chansen",
"""Jag lämnar in en stämningsansökan till tingsrätten om ni inte betalar tillbaka inom en vecka.

Mikael""")
    # ---------------- others
    m(B, "de", "o1", "O", "sent staff home", "Mitarbeiter heimgeschickt",
"""Wir mussten heute die Hälfte der Leute heimschicken, weil bei Ihnen seit dem Morgen nichts mehr geht. Wer zahlt uns das?

Thomas""")
    m(B, "de", "n1", "", "my lawyer agrees with you", "Vertrag",
"""Mein Anwalt hat sich den Vertrag angeschaut und sagt, dass Sie im Recht sind. Dann zahle ich eben die Restlaufzeit. Bitte schicken Sie mir die Rechnung.

Udo""")
    m(B, "nl", "o1", "O", "sent staff home", "Personeel naar huis",
"""We hebben het personeel naar huis moeten sturen, jullie systeem doet het al de hele ochtend niet.

Frank""")
    m(B, "pt", "o1", "O", "mandei o pessoal para casa", "Outra vez",
"""Outra vez sem sistema. Tive de mandar o pessoal para casa porque nada funciona desde as 9.

Manuel""")
    m(B, "en", "o1", "O", "sent staff home", "Again?!",
"""We've had to send half the staff home because your system has been unusable since opening. Who pays for this?

Diane""")
    m(B, "en", "n1", "", "lawyer agrees / not threat", "Contract",
"""My lawyer looked over the contract and says you're right about the notice period, so fair enough. Please send the final invoice.

Neil""")
    m(B, "en", "l1", "L", "small claims filed", "Claim",
"""I've filed a claim through Money Claim Online for the full amount. You'll receive the papers shortly.

Ian""")
    m(B, "fr", "l1", "L", "je saisis le tribunal", "Dernier avertissement",
"""Sans remboursement d'ici vendredi, je saisis le tribunal de proximité.

Odile""")
