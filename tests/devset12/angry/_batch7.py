"""devset12 angry, batch 7 (measured before any tuning on it): moderate, business-register anger
("I've been more than reasonable", "so-called support", "fobbed off", "losing faith"); calm look-alikes."""
B = "b7"

def add_b7(m):
    # ---------------- en
    m(B, "en", "a1", "A", "fobbed off, reasonable, not prepared to wait", "Order 44102 - third contact",
"""Hello,

I've been more than reasonable about this, but I won't be fobbed off again. The replacement part was due on the 2nd. It is now the 24th. I'm not prepared to wait any longer, so either ship it today or refund the lot.

Regards,
Graham Booth""")
    m(B, "en", "a2", "A", "so-called support + no decency", "Your so-called support",
"""Not one person from your so-called support team has had the decency to reply to me in ten days. I run a small business; I don't have time to babysit your company through its own mistakes.

Olu Adeyemi""", fmt="qp")
    m(B, "en", "a3", "A", "losing faith + cost us", "Losing faith",
"""Honestly we're losing faith in you as a supplier. Do you realise what these outages have cost us this quarter? And each time we get a cheerful email saying it's resolved, until the next one.

Ruth Campbell
COO, Lakeside Logistics""")
    m(B, "en", "a4", "A", "not what I signed up for + get it sorted", "This is not what I paid for",
"""This is not what I signed up for. Half the features on your pricing page don't exist and support keeps telling me they're "coming soon". Get it sorted or I'm out.

Jamie""")
    m(B, "en", "n1", "", "thanks for patience calm", "Re: Migration delay",
"""Hi Sam,

Thanks for the heads-up about the delay, and no problem at all - we've been patient this long, another week won't hurt. Let us know the new date when you have it.

Best,
Helen""")
    m(B, "en", "n2", "", "so-called neutral + sorted", "Question about the so-called sandbox",
"""Hi,

Is the so-called sandbox environment reset every night? We got the API keys sorted but some test data disappeared. Just want to understand how it works.

Thanks,
Viktor""")
    m(B, "en", "n3", "", "mild disappointment + continue", "Feedback",
"""Hello,

I was a little disappointed the mobile app still doesn't support offline mode, but I understand it's on the roadmap. Otherwise we're happy. Keep up the good work.

Mira""")

    # ---------------- de
    m(B, "de", "a1", "A", "abgespeist + nicht länger hinnehmen", "Dritte Reklamation",
"""Sehr geehrte Damen und Herren,

ich lasse mich nicht länger abspeisen. Das Ersatzteil war für den 2. November zugesagt, heute ist der 24. Ich bin nicht bereit, noch länger zu warten: Entweder liefern Sie diese Woche oder ich trete vom Kauf zurück.

Mit freundlichen Grüßen
Hans-Peter Maier""")
    m(B, "de", "a2", "A", "sogenannter Kundenservice, kein Anstand", "Ihr sogenannter Kundenservice",
"""Ihr sogenannter Kundenservice hat es in zehn Tagen nicht geschafft, mir auch nur eine Zeile zu schreiben. Ich habe einen kleinen Betrieb und keine Zeit, Ihren Fehlern hinterherzurennen.

Frank Schuster""")
    m(B, "de", "n1", "", "Geduld thanks", "Danke für die Geduld",
"""Hallo Herr Weber,

danke für die Info zur Verzögerung, das ist kein Problem. Wir warten gern noch eine Woche.

Viele Grüße
Sabine""")
    m(B, "de", "n2", "", "sogenannt neutral", "Frage zur sogenannten Testumgebung",
"""Hallo,

wird die sogenannte Testumgebung jede Nacht zurückgesetzt? Uns sind ein paar Testdaten verloren gegangen.

Danke, Lukas""")

    # ---------------- fr
    m(B, "fr", "a1", "A", "j'ai été plus que patient + je ne me laisserai plus", "Troisième réclamation",
"""Bonjour,

J'ai été plus que patient, mais je ne vais pas attendre indéfiniment. La pièce devait arriver le 2, nous sommes le 24. Soit vous l'expédiez aujourd'hui, soit vous me remboursez. Je commence à perdre confiance en votre entreprise.

Gilles Perrin""")
    m(B, "fr", "a2", "A", "soi-disant service client", "Votre soi-disant service client",
"""Votre soi-disant service client n'a même pas daigné me répondre en dix jours. Je n'ai pas de temps à perdre à courir après vos erreurs.

Martine""", fmt="qp", charset="iso-8859-1")
    m(B, "fr", "n1", "", "patience calm", "Re: Retard",
"""Bonjour,

Merci pour l'information, pas de problème, nous pouvons attendre une semaine de plus.

Cordialement,
Agnès""")

    # ---------------- es
    m(B, "es", "a1", "A", "he sido muy paciente + no voy a esperar más", "Tercera reclamación",
"""Hola,

He sido más que paciente, pero no pienso esperar más. La pieza tenía que llegar el día 2 y hoy es 24. O la enviáis hoy o me devolvéis el dinero. Estoy perdiendo la confianza en vosotros.

Fernando Ortega""")
    m(B, "es", "a2", "A", "supuesto servicio de atención", "Vuestro supuesto servicio",
"""Vuestro supuesto servicio de atención al cliente no se ha dignado a contestarme en diez días. No tengo tiempo para ir detrás de vuestros errores.

Nuria""")
    m(B, "es", "n1", "", "calm patience", "Re: Retraso",
"""Hola, gracias por avisar del retraso. Sin problema, esperamos una semana más.

Saludos,
Marta""")

    # ---------------- it
    m(B, "it", "a1", "A", "sono stato fin troppo paziente", "Terzo sollecito",
"""Buongiorno,

sono stato fin troppo paziente. Il pezzo di ricambio doveva arrivare il 2, oggi è il 24. Non sono più disposto ad aspettare: o lo spedite oggi o voglio il rimborso.

Andrea Fontana""")
    m(B, "it", "a2", "A", "non si sono degnati", "Assistenza",
"""Nessuno della vostra cosiddetta assistenza si è degnato di rispondermi in dieci giorni. Ho un'attività da mandare avanti, non ho tempo da perdere dietro ai vostri errori.

Gianni""")
    m(B, "it", "n1", "", "calm patience", "Re: Ritardo",
"""Buongiorno, grazie per l'avviso. Nessun problema, aspettiamo volentieri un'altra settimana.

Cordiali saluti,
Paola""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "fui mais do que paciente", "Terceira reclamação",
"""Bom dia,

Fui mais do que paciente, mas não vou esperar mais. A peça devia ter chegado no dia 2 e hoje é dia 24. Ou enviam hoje ou devolvem-me o dinheiro.

Carlos Pinto""")
    m(B, "pt", "a2", "A", "nem se dignaram a responder", "Apoio ao cliente",
"""O vosso suposto apoio ao cliente nem se dignou a responder em dez dias. Não tenho tempo para andar atrás dos vossos erros.

Susana""", fmt="b64")
    m(B, "pt", "n1", "", "calm patience", "Re: Atraso",
"""Olá, obrigado pelo aviso. Sem problema, esperamos mais uma semana.

Cumprimentos,
Rita""")

    # ---------------- nl
    m(B, "nl", "a1", "A", "meer dan geduldig geweest", "Derde klacht",
"""Goedemiddag,

Ik ben meer dan geduldig geweest, maar ik laat me niet langer afschepen. Het onderdeel zou op de 2e komen, het is nu de 24e. Of jullie versturen het vandaag, of ik wil mijn geld terug.

Gert Mulder""")
    m(B, "nl", "a2", "A", "zogenaamde klantenservice", "Jullie zogenaamde klantenservice",
"""Jullie zogenaamde klantenservice heeft het in tien dagen niet eens de moeite genomen om te reageren. Ik heb een eigen zaak en geen tijd om achter jullie fouten aan te rennen.

Linda""")
    m(B, "nl", "n1", "", "calm patience", "Re: Vertraging",
"""Hoi, bedankt voor de melding. Geen probleem, we wachten graag nog een week.

Groet,
Sven""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "byłem bardziej niż cierpliwy", "Trzecia reklamacja",
"""Dzień dobry,

Byłem więcej niż cierpliwy, ale nie zamierzam dłużej czekać. Część miała dotrzeć 2., dziś jest 24. Albo wysyłacie ją dzisiaj, albo żądam zwrotu pieniędzy.

Robert Kamiński""")
    m(B, "pl", "n1", "", "calm patience", "Re: Opóźnienie",
"""Dzień dobry, dziękuję za informację. Nie ma problemu, poczekamy jeszcze tydzień.

Pozdrawiam,
Beata""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "am fost mai mult decât răbdător", "A treia reclamație",
"""Bună ziua,

Am fost mai mult decât răbdător, dar nu mai am de gând să aștept. Piesa trebuia să ajungă pe 2, azi e 24. Ori o trimiteți azi, ori vreau banii înapoi.

Victor Stan""")
    m(B, "ro", "n1", "", "calm patience", "Re: Întârziere",
"""Bună ziua, mulțumesc pentru informare. Nicio problemă, mai așteptăm o săptămână.

Ioana""")

    # ---------------- da
    m(B, "da", "a1", "A", "mere end tålmodig", "Tredje klage",
"""Hej,

Jeg har været mere end tålmodig, men jeg gider ikke vente længere. Delen skulle komme den 2., i dag er det den 24. Enten sender I den i dag, eller også vil jeg have pengene tilbage.

Søren""")
    m(B, "da", "n1", "", "calm patience", "Re: Forsinkelse",
"""Hej, tak for beskeden. Intet problem, vi venter gerne en uge mere.

Mvh Anne""")

    # ---------------- sv
    m(B, "sv", "a1", "A", "mer än tålmodig", "Tredje klagomålet",
"""Hej,

Jag har varit mer än tålmodig, men nu tänker jag inte vänta längre. Delen skulle komma den 2:a, idag är det den 24:e. Antingen skickar ni den idag eller så vill jag ha pengarna tillbaka.

Ulf""")
    m(B, "sv", "n1", "", "calm patience", "Re: Försening",
"""Hej, tack för infon. Inga problem, vi väntar gärna en vecka till.

Mvh Karin""")
