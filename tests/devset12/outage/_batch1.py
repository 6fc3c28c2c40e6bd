"""devset12 outage, batch 1 (measured before any tuning on it)."""
B = "b1"

def add_b1(m):
    # ---------------- sv
    m(B, "sv", "o1", "O", "short subject, portal not loading for anyone at branch", "Fungerar portalen?",
"""Hej

Kundportalen laddar inte för någon här på kontoret, vi får bara en vit sida. Har ni problem just nu?

Mvh Elin Sandberg""")
    m(B, "sv", "o2", "O", "timeouts since 8, status page green", "Driftstörning?",
"""Hej!
Sedan kl 08 får vi timeout på varenda sida i adminpanelen. Er statussida säger att allt är grönt men det stämmer inte. Både jag och mina kollegor sitter fast.

Gunnar, Lindqvist Transport""", fmt="qp", charset="iso-8859-1")
    m(B, "sv", "o3", "O", "reply, panicked: still down, nothing works", "SV: Ärende 4471",
"""Det är fortfarande nere!! Inget fungerar, vi kan inte skicka ut några fakturor idag.

/Maja

> Hej Maja, vi undersöker saken och återkommer.""")
    m(B, "sv", "n1", "", "single-user bug: pdf export error", "Export till PDF",
"""Hej, när jag trycker på "Exportera PDF" i rapportvyn får jag ett felmeddelande om att filen inte kunde skapas. Resten av programmet fungerar bra. Kan ni kolla?

Mvh Henrik""")
    m(B, "sv", "n2", "", "resolved: was down yesterday, works now, thanks", "Tack",
"""Hej, ville bara säga att allt funkar igen sedan igår eftermiddag. Tack för snabb hjälp med driftstörningen!

Hälsningar Therese""")
    # ---------------- da
    m(B, "da", "o1", "O", "nedbrud subject, can't reach site, whole shop", "Nedbrud??",
"""Hej

Er hjemmeside kan ikke tilgås, den står bare og loader. Ingen af os i butikken kan komme ind i systemet. Er der nedbrud?

Venlig hilsen
Mette Kjær""")
    m(B, "da", "o2", "O", "api 503 since 10, all integrations", "API returnerer 503",
"""Hej support

Siden kl. 10 har alle kald til jeres API returneret 503 Service Unavailable. Vores webshop kan ikke oprette ordrer. Hvornår er det oppe igen?

Mvh
Rasmus, udvikler""", fmt="b64")
    m(B, "da", "o3", "O", "super slow for everyone", "Alt er meget langsomt",
"""Hej, systemet er ekstremt langsomt i dag, det tager over et minut at åbne en kunde. Det gælder alle mine kollegaer også. Sker der noget hos jer?

Hilsen Birgitte""")
    m(B, "da", "n1", "", "down payment -> udbetaling, question on installments", "Udbetaling på abonnement",
"""Hej, kan man betale en udbetaling på årsabonnementet og resten i rater? Vi er en lille forening og vil gerne sprede udgiften.

Venlig hilsen Jens""")
    m(B, "da", "n2", "", "own wifi was the problem, not yours", "Re: Kan ikke logge ind",
"""Hej igen, det viste sig at være vores eget trådløse netværk der drillede. Efter genstart af routeren virker alt. Undskyld besværet!

Mvh Line

> Hej Line, vi kan ikke se nogen fejl hos os. Kan du prøve fra et andet netværk?""")
    # ---------------- nl
    m(B, "nl", "o1", "O", "storing subject, nobody can log in", "Storing?",
"""Goedemorgen,

Niemand bij ons op kantoor kan inloggen, we krijgen steeds een foutmelding 'er ging iets mis'. Is er een storing bij jullie?

Groet,
Sanne de Vries""")
    m(B, "nl", "o2", "O", "app keeps spinning, colleagues too", "app doet het niet",
"""Hoi, de app blijft maar laden en laden, bij mijn collega's precies hetzelfde. Ook via de browser lukt het niet. Ligt het bij jullie?

Gr Thijs""")
    m(B, "nl", "o3", "O", "html: webshop unreachable since 9, customers can't order", "Webshop onbereikbaar",
"""Beste support,

Onze webshop (via jullie platform) is sinds 9 uur vanochtend onbereikbaar. Klanten bellen ons dat ze niets kunnen bestellen. Dit kost ons omzet, graag met spoed een reactie.

Met vriendelijke groet,
Pieter Jansen""", fmt="html")
    m(B, "nl", "n1", "", "maintenance notice forwarded, question about time", "FW: Gepland onderhoud zaterdag",
"""Hoi, wij kregen onderstaande mail over gepland onderhoud. Geldt dit ook voor de kassa-app of alleen voor het dashboard?

Groet, Lotte

> Op zaterdag 28 november tussen 02:00 en 04:00 voeren wij gepland onderhoud uit. Het platform is dan tijdelijk niet beschikbaar.""")
    m(B, "nl", "n2", "", "download question", "Download van facturen",
"""Hallo, waar kan ik een download van al mijn facturen van 2025 vinden? Ik heb ze nodig voor de boekhouder.

Met vriendelijke groet, Kees""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "awaria subject, system nie działa u wszystkich", "AWARIA",
"""Dzień dobry,

system nie działa od rana u wszystkich pracowników, strona się nie ładuje. Czy jest jakaś awaria?

Pozdrawiam
Tomasz Wiśniewski""")
    m(B, "pl", "o2", "O", "can't log in, whole team, error 502", "Nie możemy się zalogować",
"""Witam, cały zespół nie może się zalogować do panelu, wyskakuje błąd 502. Próbowaliśmy z różnych komputerów i sieci. Co się dzieje?

Anna""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "o3", "O", "reply, still not working, api timeouts", "Odp: zgłoszenie 8812",
"""Nadal to samo, API nie odpowiada, każde zapytanie kończy się timeoutem. Nasi klienci nie mogą płacić.

Marek

> Dzień dobry, prosimy o więcej szczegółów.""")
    m(B, "pl", "n1", "", "close account (shut down)", "Zamknięcie konta",
"""Dzień dobry, proszę o zamknięcie naszego konta z końcem miesiąca, firma kończy działalność. Jak pobrać wszystkie dane przed usunięciem?

Z poważaniem
Katarzyna Nowak""")
    m(B, "pl", "n2", "", "newsletter mentioning past outage", "Podsumowanie miesiąca",
"""Cześć! W listopadzie wdrożyliśmy nowy moduł raportów. Przepraszamy też za krótką awarię 12 listopada – szczegóły znajdziesz na stronie statusu. Do zobaczenia w grudniu!

Zespół produktu""")
    # ---------------- es
    m(B, "es", "o1", "O", "caída subject, page not loading", "¿Caída del servicio?",
"""Hola,

la web no carga desde hace media hora, se queda en blanco. Mis compañeros tampoco pueden entrar. ¿Tenéis alguna caída?

Saludos,
Lucía Romero""")
    m(B, "es", "o2", "O", "LatAm, app not working for any seller", "URGENTE no funciona",
"""Buenas, la app no funciona para ninguno de nuestros vendedores, les sale un error de conexión. Estamos parados desde las 10. ¿Qué pasa?

Gracias
Jorge""")
    m(B, "es", "o3", "O", "emails not arriving since morning (email service)", "No llegan los correos",
"""Hola, desde esta mañana no nos llega ningún correo a las cuentas de la empresa a través de vuestro servicio. Ni a mí ni a ningún compañero. ¿Está pasando algo?

Un saludo, Marta""", fmt="qp", charset="iso-8859-1")
    m(B, "es", "n1", "", "SLA uptime question", "Consulta sobre SLA",
"""Buenos días, estamos evaluando vuestro plan Business. ¿Qué porcentaje de disponibilidad garantizáis en el SLA y qué compensación ofrecéis si no se cumple?

Un saludo, Alberto""")
    m(B, "es", "n2", "", "resolved thanks", "Re: caída de ayer",
"""Gracias por la explicación, ya funciona todo con normalidad desde ayer por la tarde. Podéis cerrar el ticket.

Saludos, Pilar

> Hola Pilar, ayer hubo una incidencia en nuestros servidores entre las 14 y las 15h.""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "fora do ar subject", "Sistema fora do ar??",
"""Bom dia, o sistema está fora do ar aqui desde as 8h, ninguém da equipe consegue acessar. Vocês estão com algum problema?

Att,
Rafael Souza""")
    m(B, "pt", "o2", "O", "PT-PT app doesn't open, 504", "Erro 504",
"""Boa tarde,

A aplicação não abre, dá sempre erro 504 Gateway Timeout. Já testámos em vários computadores e na rede móvel. Os nossos clientes também se queixam.

Cumprimentos,
Inês Carvalho""", fmt="b64")
    m(B, "pt", "o3", "O", "everything super slow, whole office", "Lentidão",
"""Olá, o painel está extremamente lento hoje, demora minutos para abrir cada tela. Está assim para todo mundo aqui no escritório. Tem alguma instabilidade aí?

Abs, Camila""")
    m(B, "pt", "n1", "", "planned maintenance question", "Manutenção programada",
"""Olá, recebemos o aviso de manutenção programada para domingo. O sistema vai ficar indisponível o dia todo ou só de madrugada?

Obrigado, Paulo""")
    m(B, "pt", "n2", "", "single-user bug: button error", "Botão de relatório",
"""Oi, quando clico no botão "Gerar relatório" aparece uma mensagem de erro. O resto funciona normal. Podem verificar?

Obrigada, Juliana""")
    # ---------------- it
    m(B, "it", "o1", "O", "disservizio subject", "Disservizio in corso?",
"""Buongiorno,

da circa un'ora il gestionale non risponde, rimane in caricamento e poi va in timeout. Succede a tutti i colleghi. C'è un disservizio?

Grazie
Francesca Bianchi""")
    m(B, "it", "o2", "O", "can't reach api, 502", "API irraggiungibile",
"""Salve, le vostre API restituiscono 502 Bad Gateway da stamattina alle 7. Tutte le nostre integrazioni sono ferme.

Luca Moretti
CTO""", fmt="qp", charset="iso-8859-1")
    m(B, "it", "o3", "O", "short: site down?", "sito giù??",
"""il sito è giù? non si apre da nessun pc dell'ufficio

Davide""")
    m(B, "it", "n1", "", "out of office", "Risposta automatica: Fattura ottobre",
"""Sono fuori ufficio fino al 30 novembre con accesso limitato alla posta. Per urgenze contattare la segreteria allo 02 1234567.

Giulia Russo""")
    m(B, "it", "n2", "", "server room mention, moving office", "Trasloco ufficio",
"""Buongiorno, la prossima settimana trasferiamo la sala server in un altro edificio. Dobbiamo aggiornare l'indirizzo IP autorizzato nel vostro pannello? Come si fa?

Saluti, Roberto""")
    # ---------------- en
    m(B, "en", "o1", "O", "status page green but, 502", "your status page says all green but",
"""Hi,

Your status page says all systems operational but we've been getting 502s on the dashboard for the last 40 minutes. Three of us have tried from different locations.

Dan""")
    m(B, "en", "o2", "O", "short panicked DOWN??", "DOWN??",
"""is the app down?? nothing loads on my phone or laptop and my team is seeing the same

sent from phone""")
    m(B, "en", "n1", "", "newsletter past outage", "November product update",
"""Hello from the team! This month we shipped dark mode and faster search. We also published a post-mortem for the October 3 outage on our blog. Thanks for being with us!

Unsubscribe | Manage preferences""")
    m(B, "en", "n2", "", "shut down account", "Please shut down my account",
"""Hi, please shut down my account and delete my data. We're moving to another tool. Thanks, Mark""")
    # ---------------- de
    m(B, "de", "o1", "O", "Störung, Login geht bei keinem", "Störung seit 9 Uhr",
"""Hallo,

seit 9 Uhr kommt bei uns keiner mehr ins System, die Anmeldeseite lädt einfach nicht. Gibt es bei Ihnen eine Störung?

Gruß
Stefan Hoffmann""")
    m(B, "de", "o2", "O", "everything super slow / unusable", "Alles extrem langsam",
"""Hallo zusammen, seit heute Vormittag ist die Plattform so langsam, dass man nicht arbeiten kann. Jeder Klick dauert 30 Sekunden, bei allen Kollegen. Was ist da los?

VG Julia""")
    m(B, "de", "n1", "", "bug in single feature", "CSV-Import Fehler",
"""Guten Tag, beim CSV-Import erscheint bei mir die Meldung "Ungültiges Format", obwohl die Datei stimmt. Alles andere funktioniert. Können Sie helfen?

Mfg Wolfgang""")
    m(B, "de", "n2", "", "downloading app", "App herunterladen",
"""Hallo, wo kann ich die Desktop-App herunterladen? Im App Store finde ich sie nicht.

Danke, Sabine""")
    # ---------------- fr
    m(B, "fr", "o1", "O", "panne subject, site inaccessible", "Panne ?",
"""Bonjour,

votre site est inaccessible depuis ce matin, on a une erreur 503. Aucun de mes collègues n'arrive à se connecter non plus. Y a-t-il une panne ?

Cordialement,
Claire Dubois""")
    m(B, "fr", "o2", "O", "app tourne dans le vide", "l'appli ne charge plus",
"""Bonjour, l'application tourne dans le vide depuis une heure, impossible d'afficher quoi que ce soit. Même chose pour toute l'équipe. Merci de regarder vite.

Nicolas""", fmt="qp", charset="iso-8859-1")
    m(B, "fr", "n1", "", "acompte question", "Acompte",
"""Bonjour, est-il possible de verser un acompte pour la licence annuelle ? Merci, Sophie""")
    # ---------------- ro
    m(B, "ro", "o1", "O", "cădere, platforma nu merge", "Cădere platformă?",
"""Bună ziua,

platforma nu se încarcă de la ora 8, niciun coleg nu poate intra. Aveți o problemă la servere?

Mulțumesc,
Andrei Popescu""")
    m(B, "ro", "o2", "O", "api timeout all requests", "API nu răspunde",
"""Salut, API-ul vostru nu mai răspunde, toate cererile dau timeout de o oră. Clienții noștri nu pot plăti.

Mihai""")
    m(B, "ro", "n1", "", "resolved, thanks", "Re: problemă conectare",
"""Mulțumim, acum funcționează totul normal. Problema a fost rezolvată ieri după-amiază.

O zi bună, Ioana""")
