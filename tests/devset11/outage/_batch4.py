"""devset11 outage, batch 4 (written after b3 tuning, measured before tuning on it)."""
B = "b4"

def add_b4(m):
    # ---------------- sv
    m(B, "sv", "o17", "O", "site slow as syrup then 504, whole shop", "Seg sajt",
"""Hej, sajten är seg som sirap och till slut kommer det bara upp 504. Det gäller alla datorer i butiken.

Mvh Hampus""")
    m(B, "sv", "o18", "O", "we keep getting logged out and can't get back in, all users", "Utloggade",
"""Hej. Vi blir utloggade hela tiden och sen går det inte att logga in igen. Det gäller alla användare hos oss, även de som jobbar hemifrån.

/Cecilia, Kontorschef""")
    m(B, "sv", "o19", "O", "is it just me or are you down? subject only-ish", "Bara jag?",
"""Är det bara jag eller har ni problem just nu? Får inte upp någonting.""")
    m(B, "sv", "o20", "O", "payments don't go through in the till, whole system hung since 11", "Kassan hänger",
"""Hela kassasystemet har hängt sig sedan strax efter elva, betalningarna går inte igenom och vi har kö ut på gatan. Snälla ring mig!

Sara
Butikschef""")
    m(B, "sv", "o21", "O", "reply in thread: still can't reach the API, 503 for all our calls", "Re: API-problem",
"""Fortfarande samma problem här, alla våra anrop mot API:et får 503 tillbaka. Hur länge till?

// Viktor

> Hej Viktor, vi undersöker saken och återkommer.""")
    m(B, "sv", "n10", "", "power cut at our office, will sign the contract tomorrow", "Avtalet",
"""Hej, vi har haft strömavbrott på kontoret hela förmiddagen så jag har inte kunnat skriva under avtalet digitalt. Jag gör det i morgon bitti.

Mvh Gunnar""")
    m(B, "sv", "n11", "", "status page said disturbance last night, everything works now, just curious", "Störningen i natt",
"""Hej! Såg på er driftsida att ni hade en störning i natt. Allt funkar för oss nu, jag undrar bara om några bokningar kan ha försvunnit?

Tack / Amanda""")
    m(B, "sv", "n12", "", "search gives no hits but everything else works", "Sökfunktionen",
"""Hej, sökfunktionen ger inga träffar alls sedan uppdateringen, oavsett vad jag skriver. Allt annat går som vanligt.

Hälsningar Oliver""")

    # ---------------- it
    m(B, "it", "o14", "O", "site very slow then errors, for all our operators", "Sito lentissimo",
"""Buongiorno, il sito è lentissimo e dopo un minuto va in errore, succede a tutti i nostri operatori da stamattina. Non riusciamo a lavorare.

Cordiali saluti
Alessandra Ricci""")
    m(B, "it", "o15", "O", "can no longer get in from any PC, is there a problem on your servers?", "Problemi sui server?",
"""Ciao, non si riesce più ad entrare da nessun pc dell'ufficio. Ci sono problemi sui vostri server?

Grazie
Simone""")
    m(B, "it", "o16", "O", "site shows maintenance since morning, wasn't planned, we're blocked", "Manutenzione non prevista?",
"""Salve, da stamattina il sito mostra la pagina "in manutenzione" ma non era stato comunicato niente. Siamo bloccati, quando torna su?

Riccardo""")
    m(B, "it", "o17", "O", "from our side the service shows as down, app and web, screenshot", "servizio down",
"""Buongiorno, a noi risulta il servizio down, sia app che web. Vi mando lo screenshot. Fateci sapere.

Marta""")
    m(B, "it", "n10", "", "label printing doesn't work, rest fine", "Stampa etichette",
"""Buongiorno, la stampa delle etichette di spedizione non funziona, il pulsante resta grigio. Tutto il resto va bene. Grazie, Nicola""")
    m(B, "it", "n11", "", "blackout at our office, will call tomorrow", "Appuntamento",
"""Ciao, abbiamo avuto un blackout in ufficio e i pc sono spenti, ci sentiamo domani per la demo?

Francesca""")
    m(B, "it", "n12", "", "thanks, all resolved, ticket can be closed", "Re: Accesso",
"""Grazie mille, è tutto risolto. Si può chiudere la segnalazione.

Andrea""")

    # ---------------- es
    m(B, "es", "o14", "O", "no way to get in, tried everything, all team", "No hay manera",
"""No hay manera de entrar en la plataforma, lo hemos intentado de todas las formas posibles. Le pasa a todo el equipo.

Rocío""")
    m(B, "es", "o15", "O", "everything KO since first thing, do you have server problems?", "Todo KO",
"""Buenos días, está todo KO desde primera hora. ¿Tenéis algún problema con los servidores?

Saludos,
Iñaki""")
    m(B, "es", "o16", "O", "payment gateway went down, no customer can pay", "Pasarela de pago",
"""Hola, se ha caído la pasarela de pago, ningún cliente puede pagar en la tienda online desde hace una hora. Por favor, revisadlo cuanto antes.

Gracias,
Elena""")
    m(B, "es", "o17", "O", "shop shows 503 Service Temporarily Unavailable, screenshot", "Error 503",
"""Nos salta "Error 503 Service Temporarily Unavailable" en la tienda al entrar. Adjunto pantallazo. ¿Es cosa vuestra?

Fernando""")
    m(B, "es", "n10", "", "office lost power, call postponed", "Llamada",
"""Hola, nos hemos quedado sin luz en la oficina, ¿podemos pasar la llamada a mañana?

Gracias, Ana""")
    m(B, "es", "n11", "", "app slow when exporting, otherwise fine", "Exportación lenta",
"""Buenas, la app va muy lenta cuando exporto más de mil clientes a Excel. Lo demás funciona bien.

Un saludo""")
    m(B, "es", "n12", "", "question about the scheduled maintenance notice for the 15th", "Mantenimiento día 15",
"""Hola, hemos recibido el aviso del mantenimiento programado del día 15. ¿A qué hora exactamente dejará de estar disponible la plataforma?

Gracias""")

    # ---------------- da
    m(B, "da", "o7", "O", "nothing happens when we log in, the page just loads, everyone at the clinic", "Login",
"""Hej, der sker ingenting når vi logger ind, siden står bare og tænker. Det gælder alle på klinikken.

Mvh Charlotte""")
    m(B, "da", "o8", "O", "your server doesn't respond, our integration has been down since the night", "Integration",
"""Hej, jeres server svarer ikke og vores integration har været nede siden i nat. Kan I give en status?

Venlig hilsen
Thomas""")
    m(B, "da", "n7", "", "our own network down at office, will call back", "Netværk",
"""Hej, vores eget netværk er nede på kontoret, så vi ringer tilbage i morgen angående tilbuddet.

Mvh Pia""")

    # ---------------- nl
    m(B, "nl", "o7", "O", "webshop offline since this morning, customers can't order", "Webshop offline",
"""Hallo, onze webshop bij jullie is sinds vanochtend offline, klanten kunnen niks bestellen. Wat is er aan de hand?

Groet, Kees""")
    m(B, "nl", "o8", "O", "app keeps loading, nobody gets in", "App laadt niet",
"""De app blijft maar laden, niemand komt erin. Ook niet op de tablets.""")
    m(B, "nl", "n7", "", "planned maintenance tonight: will the app be offline too", "Onderhoud vannacht",
"""Hoi, gaat de app vannacht tijdens het onderhoud ook offline, of alleen de website?

Groet, Lisa""")

    # ---------------- pl
    m(B, "pl", "o7", "O", "system hung, nobody can issue invoices", "System zawieszony",
"""System się zawiesił i nikt nie może wystawić faktury. Od godziny nic nie działa.""")
    m(B, "pl", "o8", "O", "site not loading at all, colleagues too, what's happening", "Strona",
"""Dzień dobry, strona w ogóle się nie wczytuje, u kolegów to samo. Co się dzieje?

Marek""")
    m(B, "pl", "n7", "", "yesterday's failure is over, thanks", "Re: awaria",
"""Dziękujemy, po wczorajszej awarii wszystko już działa normalnie.

Pozdrawiam, Iwona""")

    # ---------------- pt
    m(B, "pt", "o9", "O", "BR: site won't open for anyone, error page", "site",
"""O site de vocês não abre pra ninguém aqui, só aparece uma página de erro. Tá fora?""")
    m(B, "pt", "o10", "O", "PT: platform unavailable since 9h for all branches", "Plataforma indisponível",
"""Bom dia, a plataforma está indisponível desde as 9h em todas as nossas lojas. Precisamos de uma previsão.

Cumprimentos,
Sofia Martins""")
    m(B, "pt", "n6", "", "BR: power went out here, will resend tomorrow", "energia",
"""Oi, acabou a energia aqui no escritório, amanhã eu reenvio a planilha.

Abs""")

    # ---------------- en
    m(B, "en", "o9", "O", "entire site 404s/502s, customers tweeting at us", "Site down?",
"""Hi - the whole storefront is returning errors for us, customers are tweeting screenshots at us. Is there a problem your end?

Jess""")
    m(B, "en", "o10", "O", "app won't sync for any of our field techs since 6am", "Sync",
"""None of our field techs can sync the app since 6am, it just hangs on "Connecting…". Please advise.

Mark""")
    m(B, "en", "n10", "", "single feature: invoice email template broken formatting", "Template",
"""Hi, the invoice email template has lost its formatting since yesterday (logo missing, table broken). Emails are still going out fine otherwise. Thanks""")
    m(B, "en", "n11", "", "planned: is the Saturday maintenance still on, will API be reachable", "Saturday maintenance",
"""Hello, is the maintenance on Saturday still going ahead, and will the API stay reachable during it? We have batch jobs running overnight.

Thanks, Priyanka""")

    # ---------------- de
    m(B, "de", "o8", "O", "can't get into the customer area, white page, all colleagues", "Kundenbereich",
"""Guten Morgen, wir kommen nicht in den Kundenbereich, es kommt nur eine weiße Seite. Das betrifft alle Kollegen.

Gruß Andrea""")
    m(B, "de", "o9", "O", "is something wrong with you? nothing loads", "Probleme bei euch?",
"""Habt ihr gerade Probleme? Bei uns lädt gar nichts mehr, weder App noch Webseite.""")
    m(B, "de", "n7", "", "power outage at our place, appointment move", "Termin",
"""Hallo, wir hatten heute einen Stromausfall im Haus, können wir den Termin auf Donnerstag verschieben?

Grüße""")
    m(B, "de", "n8", "", "SLA question for contract renewal", "Vertragsverlängerung",
"""Guten Tag, für die Vertragsverlängerung bräuchten wir noch Ihre SLA-Werte: garantierte Verfügbarkeit und Reaktionszeit bei Störungen.

Mit freundlichen Grüßen""")

    # ---------------- fr
    m(B, "fr", "o7", "O", "platform down? nobody at the agency can log in", "Plateforme en panne ?",
"""Bonjour, la plateforme est en panne ? Personne à l'agence n'arrive à se connecter depuis ce matin.

Merci, Julie""")
    m(B, "fr", "o8", "O", "API returns 503 on every call since 14h", "API 503",
"""Bonjour, votre API nous renvoie une 503 sur chaque appel depuis 14h. Vous avez un incident en cours ?

Thomas""")
    m(B, "fr", "n7", "", "all works again, thanks", "Re: accès",
"""Tout refonctionne, merci pour votre réactivité !

Sophie""")
    m(B, "fr", "n8", "", "single bug: wrong VAT on invoice, site fine", "TVA",
"""Bonjour, la TVA est mal calculée sur la facture 2026-118, le reste est correct. Merci de corriger.""")

    # ---------------- ro
    m(B, "ro", "o6", "O", "platform has crashed? we can't work", "Platforma",
"""Bună, a picat platforma? Nu putem lucra deloc de o oră.

Dan""")
    m(B, "ro", "n6", "", "planned maintenance question Sunday", "Mentenanta",
"""Bună ziua, mentenanța programată de duminică va afecta și aplicația mobilă?""")
