"""devset11 outage, batch 5 (written after b4 tuning, measured before tuning on it)."""
B = "b5"

def add_b5(m):
    # ---------------- sv
    m(B, "sv", "o22", "O", "nothing works, tried restarting, colleagues in Göteborg same, when are you back", "Inget funkar",
"""Hej, det funkar ingenting hos er idag? Har startat om allt, kollegorna i Göteborg har samma sak. När är ni igång igen?

/Nils""")
    m(B, "sv", "o23", "O", "app opens but no data loads, empty lists, all sellers", "Tomma listor",
"""Hej support! Appen öppnas men ingen data laddas, alla listor är tomma och det står "Kunde inte hämta data". Samma för alla säljare hos oss sedan kl 8.

Mvh Lovisa""")
    m(B, "sv", "o24", "O", "e-mail sending stuck for hours, nothing has gone out, queue grows", "Mejlen går inte iväg",
"""Hej. Mejlen från systemet går inte iväg sedan flera timmar tillbaka, inget har skickats sedan i morse och kön bara växer. Är det något fel på er mejlserver?

Hälsningar
Rebecka""", fmt="qp", charset="iso-8859-1")
    m(B, "sv", "o25", "O", "we can't get into the admin panel, 'Något gick fel', whole team", "Adminpanelen",
"""Vi kommer inte in i adminpanelen, det står bara "Något gick fel, försök igen senare". Hela teamet sitter fast.""")
    m(B, "sv", "n13", "", "single bug: app crashes when attaching photo, otherwise works", "Bilagor i appen",
"""Hej, appen kraschar varje gång jag försöker bifoga ett foto till en order. Annars fungerar den som den ska. iPhone 13, senaste versionen.

/Kim""")
    m(B, "sv", "n14", "", "reply: thanks, works again, it was our firewall", "Re: Kommer inte in",
"""Hej igen, det var vår egen brandvägg som blockerade er sida efter en uppdatering. Nu fungerar det, tack för hjälpen!

Mvh Patrik, IT""")
    m(B, "sv", "n15", "", "SLA: how many minutes of downtime per month allowed, for board", "Tillgänglighet",
"""Hej, hur många minuters avbrott per månad tillåter ert SLA innan vi får kreditering? Styrelsen vill ha siffran.

Mvh Karl-Johan""")

    # ---------------- it
    m(B, "it", "o18", "O", "since an hour can't print or save, everything stuck, all branches", "Tutto fermo",
"""Buongiorno, da un'ora non riusciamo né a salvare né a stampare, è tutto fermo in tutte le filiali. Che succede?

Daniela""")
    m(B, "it", "o19", "O", "login loop, keeps sending back to login page, whole office", "Login",
"""Ciao, il login va in loop: inserisco utente e password e mi rimanda di nuovo alla pagina di accesso. Stessa cosa per tutto l'ufficio.

Luca""")
    m(B, "it", "o20", "O", "reply: still down, three hours now, clients furious", "R: Sito non raggiungibile",
"""Il sito è ancora irraggiungibile, sono tre ore ormai e i clienti sono furiosi.

Marco

-----Messaggio originale-----
Da: Assistenza
Oggetto: R: Sito non raggiungibile
Stiamo verificando, vi aggiorniamo a breve.""")
    m(B, "it", "n13", "", "single bug: CSV export has wrong dates", "Export CSV",
"""Salve, nell'export CSV le date escono in formato americano. Il resto funziona bene, potete sistemarlo?""")
    m(B, "it", "n14", "", "planned: will the app work during the announced update on Sunday", "Aggiornamento domenica",
"""Buongiorno, durante l'aggiornamento annunciato per domenica l'app funzionerà comunque o sarà inaccessibile?

Grazie
Giovanni""")

    # ---------------- es
    m(B, "es", "o18", "O", "Spain: web down? customers call saying it doesn't open", "¿Web caída?",
"""Hola, ¿tenéis la web caída? Nos están llamando clientes diciendo que no les abre, y a nosotros tampoco.

Un saludo,
Silvia""")
    m(B, "es", "o19", "O", "Chile: system 'pegado' since morning, nobody can bill", "Sistema pegado",
"""Hola, el sistema está pegado desde la mañana, nadie puede facturar. ¿Cuándo lo van a solucionar?

Saludos, Cristián""")
    m(B, "es", "o20", "O", "API not responding, all integrations failing, 504", "API sin respuesta",
"""Buenas, vuestra API no responde desde las 11:15, todas nuestras integraciones fallan con 504. ¿Hay alguna incidencia?

Óscar, equipo técnico""")
    m(B, "es", "n13", "", "single bug: wrong decimal in product price", "Precio",
"""Hola, en la ficha del producto 778 el precio sale con tres decimales. El resto funciona sin problema.""")
    m(B, "es", "n14", "", "thanks, back to normal after this morning's problem", "RE: Acceso",
"""Gracias, todo ha vuelto a la normalidad tras el problema de esta mañana.

Rosa""")

    # ---------------- da
    m(B, "da", "o9", "O", "system down? white screen for everyone at the office", "Hvid skærm",
"""Er systemet nede? Vi får alle sammen en hvid skærm her på kontoret.""")
    m(B, "da", "n8", "", "single bug: search doesn't find customers with æøå", "Søgning",
"""Hej, søgningen finder ikke kunder med æ, ø eller å i navnet. Alt andet fungerer. Mvh Ida""")

    # ---------------- nl
    m(B, "nl", "o9", "O", "can't reach you, everything 'Service Unavailable'", "Onbereikbaar",
"""Goedemiddag, jullie zijn onbereikbaar, alles geeft "Service Unavailable". Wanneer is het opgelost?

Met vriendelijke groet,
Pieter""")
    m(B, "nl", "n8", "", "planned maintenance announced for tonight: anything to do?", "Onderhoud",
"""Hoi, we zagen de aankondiging van het onderhoud vannacht. Moeten wij nog iets doen of gaat alles vanzelf?

Groet, Yvonne""")

    # ---------------- pl
    m(B, "pl", "o9", "O", "can't log in since morning, whole office, 'błąd serwera'", "Logowanie",
"""Dzień dobry, od rana nie możemy się zalogować, całe biuro. Wyświetla się "błąd serwera". Co się dzieje?

Beata""")
    m(B, "pl", "n8", "", "SLA question: compensation for unavailability", "Umowa SLA",
"""Dzień dobry, jaka rekompensata przysługuje zgodnie z SLA w razie niedostępności usługi dłuższej niż 8 godzin?""")

    # ---------------- pt
    m(B, "pt", "o11", "O", "BR: nothing works, cashiers stopped, is the server down?", "Servidor?",
"""Oi, nada tá funcionando aqui, os caixas pararam tudo. O servidor de vocês caiu?

Rogério""")
    m(B, "pt", "n7", "", "PT: button to download PDF doesn't do anything, rest ok", "Botão PDF",
"""Boa tarde, o botão para descarregar o PDF não faz nada. O resto está tudo a funcionar.""")

    # ---------------- en
    m(B, "en", "o11", "O", "whole platform unresponsive, support chat dead too", "Platform unresponsive",
"""Hi, the whole platform has been unresponsive for about 20 minutes now – pages just hang. Your chat widget doesn't load either so I'm emailing.

Neil""")
    m(B, "en", "o12", "O", "can't log in, getting 'upstream connect error', tried two networks", "upstream connect error",
"""Getting "upstream connect error or disconnect/reset before headers" when I try to log in. Tried on office wifi and my phone's hotspot. Same for Emily.""")
    m(B, "en", "n12", "", "the outage last week: thanks for the credit", "Credit",
"""Thanks for applying the credit for last week's outage, much appreciated. All good on our side.""")
    m(B, "en", "n13", "", "single bug: avatar upload fails, everything else works", "Avatar",
"""Uploading a profile picture fails with "file too large" even for tiny files. Everything else works.""")

    # ---------------- de
    m(B, "de", "o10", "O", "nothing works since 10, can't process orders, everyone", "Geht nichts",
"""Hallo, seit 10 Uhr geht bei euch nix mehr, wir können keine Aufträge bearbeiten. Betrifft die ganze Abteilung.

Grüße Sven""")
    m(B, "de", "n9", "", "single bug: date picker shows wrong week", "Kalender",
"""Hallo, im Datumswähler wird die falsche Kalenderwoche angezeigt. Ansonsten läuft alles.""")

    # ---------------- fr
    m(B, "fr", "o9", "O", "is the site down? nobody here can get on", "site down ?",
"""Le site est down ? Personne ici n'arrive à y accéder depuis une heure.""")
    m(B, "fr", "n9", "", "our internet box is down, will call back", "Rappel",
"""Bonjour, notre box internet est en panne, je vous rappelle demain pour le devis.""")

    # ---------------- ro
    m(B, "ro", "o7", "O", "nothing loads, white screen, all colleagues", "Ecran alb",
"""Bună, nu se încarcă nimic, doar ecran alb, la toți colegii. Ce se întâmplă?""")
    m(B, "ro", "n7", "", "thanks, now it works", "Re: Eroare",
"""Mulțumesc, acum funcționează din nou. Puteți închide tichetul.""")
