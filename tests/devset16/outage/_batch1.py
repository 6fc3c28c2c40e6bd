"""devset16 outage, batch 1 (measured before any tuning on it): it/es/da/ro-weighted; terse reports,
thread follow-ups, outage mentioned inside another question, named product areas, non-native writing;
negatives: one user's broken button, back-up-thanks, maintenance question, someone else's outage,
past outage in a billing mail, status newsletter."""
B = "b1"

def add_b1(m):
    # ---------------- it
    m(B, "it", "o1", "O", "terse: gestionale won't open on any office PC", "gestionale fermo",
"""Buongiorno, da stamattina il gestionale non si apre su nessun computer dello studio. Ci fate sapere qualcosa?

Grazie
Studio Bellandi""")
    m(B, "it", "o2", "O", "follow-up: still blocked, warehouse can't ship", "Re: Ticket 55120",
"""Scusate se insisto ma siamo ancora bloccati: la piattaforma continua a dare "errore di connessione" e i ragazzi del magazzino non possono evadere gli ordini da ieri pomeriggio.

> Gentile cliente, stiamo verificando la segnalazione e la aggiorneremo al più presto.""")
    m(B, "it", "o3", "O", "mainly an invoice question, site not working for anyone", "intestazione fatture",
"""Salve,
volevo chiedere come si modifica l'intestazione delle fatture, abbiamo cambiato sede legale.

Ah, tra l'altro oggi il vostro sito non va proprio, né a me né alla mia socia: vi sto scrivendo dal telefono perché dal pc non si carica niente.

Saluti, Giorgia""")
    m(B, "it", "o4", "O", "named area: online booking module unreachable, patients calling", "Prenotazioni online irraggiungibili",
"""Il modulo delle prenotazioni online è irraggiungibile da ieri sera. I pazienti non riescono a prenotare e ci stanno chiamando in continuazione, la segreteria è al collasso.

Dott.ssa Marta Ferri
Poliambulatorio San Luca""", fmt="html")
    m(B, "it", "o5", "O", "non-native Italian: service not working for all of us", "problema servizio",
"""Salve, il vostro servizio non è funzionando per noi tutti dalla mattina. Nessuno può fare il login, sempre pagina di errore. Grazie mille per aiuto

Kevin (ufficio di Milano)""")
    m(B, "it", "n1", "", "bug: export PDF button broken only for me", "Pulsante esporta PDF",
"""Ciao, da quando ho aggiornato l'app il pulsante "Esporta PDF" non fa più nulla, ma solo sul mio account: i colleghi lo usano senza problemi. Potete controllare le mie impostazioni?""")
    m(B, "it", "n2", "", "resolved: portal reachable again, thanks", "Re: portale non raggiungibile",
"""Tutto risolto, il portale è di nuovo raggiungibile e i colleghi hanno ripreso a lavorare. Grazie per la rapidità, potete chiudere il ticket.

> Stiamo riscontrando un problema sui nostri server, il team tecnico è al lavoro.""")
    # ---------------- es
    m(B, "es", "o1", "O", "terse: is the web down? nothing loads", "¿Está caída la web?",
"""No carga nada desde hace una hora. ¿Sabéis algo?""")
    m(B, "es", "o2", "O", "whole sales team stuck, CRM blank screen", "CRM sin acceso",
"""Buenas,
desde las 9 ninguno de los comerciales puede entrar al CRM, se queda la pantalla en blanco al iniciar sesión. Somos 14 personas paradas.

Un saludo,
Álvaro Prieto
Jefe de ventas""")
    m(B, "es", "o3", "O", "follow-up: still the same, neither app nor web respond", "RE: Incidencia 30021",
"""Seguimos igual. Ni la app ni la versión web responden, y ya van tres horas. ¿Hay alguna estimación?

-----Mensaje original-----
De: Soporte
Enviado: martes, 24 de noviembre de 2026 8:12
Asunto: Incidencia 30021
Estamos investigando el problema que nos comenta.""")
    m(B, "es", "o4", "O", "mainly a pricing question, nobody in the office can access", "Precio plan anual",
"""Hola, quería consultar el precio del plan anual para 20 usuarios.

Por cierto, ahora mismo nadie de la oficina puede acceder a la plataforma, ¿tenéis algún problema por ahí?

Gracias,
Nuria""")
    m(B, "es", "o5", "O", "LatAm: invoicing system without service since last night", "Sistema de facturación sin servicio",
"""Hola, el sistema de facturación está sin servicio desde anoche, no podemos timbrar ninguna factura y tenemos cierre hoy. Urge por favor.

Saludos cordiales,
Contabilidad - Grupo Herrera (Monterrey)""")
    m(B, "es", "n1", "", "planned maintenance question: will API be affected", "Mantenimiento del sábado",
"""Buenos días, ¿el mantenimiento programado del sábado afectará al acceso por API? Necesitamos saberlo con tiempo para avisar a nuestros clientes.""")
    m(B, "es", "n2", "", "billing: past outage mentioned, only asks about VAT", "Factura octubre",
"""Hola, en la factura de octubre no aparece nuestro CIF correcto. No reclamo nada por la caída del día 12, que ya se solucionó, solo necesito la factura corregida.""")
    m(B, "es", "n3", "", "another company's outage: payment provider down yesterday, duplicated orders", "Pedidos duplicados",
"""Nuestra pasarela de pago (Redsys) tuvo una caída ayer por la tarde y algunos pedidos se han quedado duplicados en vuestro panel. ¿Cómo puedo borrar los duplicados sin afectar al stock?""")
    # ---------------- da
    m(B, "da", "o1", "O", "terse: are you down? tills in none of the shops", "Er I nede?",
"""Vi kan ikke komme på kassesystemet i nogen af butikkerne. Er I nede?""")
    m(B, "da", "o2", "O", "booking page unavailable since 8, customers get error", "Bookingsiden virker ikke",
"""Hej

Bookingsiden har været utilgængelig siden kl. 8, vores kunder får bare en fejlmeddelelse når de prøver at booke. Hvornår er det løst?

Mvh
Lene, Frisør Lene ApS""")
    m(B, "da", "o3", "O", "follow-up: warehouse scanners can't sync", "SV: Sag 8812",
"""Det virker stadig ikke her. Hele lageret står stille, scannerne kan ikke synkronisere med jeres server.

Fra: Support
Sendt: 24. november 2026 07:55
Emne: Sag 8812
Vi undersøger sagen.""")
    m(B, "da", "o4", "O", "non-native Danish: platform not available for all employees", "platform ikke tilgængelig",
"""Hej support, jeres platform er ikke tilgængelig for os i dag, alle medarbejdere får "forbindelsen mislykkedes". Kan I hjælpe hurtigt?

Venlig hilsen
Piotr, Aarhus afdeling""")
    m(B, "da", "n1", "", "resolved: running again, close the case", "SV: Nedbrud",
"""Tak, nu kører det igen hos os. I kan godt lukke sagen.""")
    m(B, "da", "n2", "", "bug: one colleague can't change profile picture", "Profilbillede",
"""Min kollega Mette kan ikke skifte sit profilbillede, hun får en fejl når hun uploader. Alle andre kan sagtens. Hvad kan det skyldes?""")
    # ---------------- ro
    m(B, "ro", "o1", "O", "terse: platform not loading at all for an hour", "platforma",
"""Platforma nu se încarcă deloc de o oră. Ce se întâmplă?""")
    m(B, "ro", "o2", "O", "no employee can sign in, service unavailable", "Nu ne putem autentifica",
"""Bună ziua,

de azi-dimineață niciun angajat nu se poate autentifica în aplicație. Primim mesajul „serviciu indisponibil”.

Cu stimă,
Andrei Popa
IT, Transilvania Logistic SRL""")
    m(B, "ro", "o3", "O", "follow-up: online shop inaccessible since last night, losing orders", "Re: Tichet 4410",
"""Tot nu merge. Magazinul nostru online e inaccesibil pentru clienți de aseară, pierdem comenzi.

> Vă mulțumim pentru sesizare, colegii tehnici analizează situația.""")
    m(B, "ro", "o4", "O", "mainly how to add a user; whole system down in the company", "Utilizator nou",
"""Aș vrea să știu cum pot adăuga un utilizator nou pe contul nostru.

Apropo, de vreo două ore tot sistemul e căzut la noi în firmă, nu doar la mine, așa că nici nu pot încerca.

Mulțumesc, Ioana""")
    m(B, "ro", "n1", "", "resolved: everything works again", "Re: Nu merge aplicatia",
"""Mulțumim, totul funcționează din nou. O zi bună!""")
    m(B, "ro", "n2", "", "billing: past two-day interruption mentioned, not claiming", "Factura septembrie",
"""Vă rog să-mi trimiteți factura corectată pe numele firmei. Știu că în august ați avut acea întrerupere de două zile, dar nu cer nicio despăgubire, doar factura corectă.""")
    # ---------------- others
    m(B, "en", "o1", "O", "whole sales floor kicked out, nobody can stay logged in", "anyone else getting kicked out??",
"""Hi, none of our reps can stay logged in for more than a minute, it just boots them back to the sign-in screen. Whole sales floor is dead in the water here.

Sent from my iPhone""")
    m(B, "en", "n1", "", "newsletter: monthly status digest mentioning a past outage", "Your November product digest",
"""Hello from the product team!

This month: 99.98% uptime, the short outage on 3 November explained in our post-mortem, faster search and a new dark theme.

Read the full post-mortem on our blog. You are receiving this email because you subscribed to product updates. Unsubscribe.""", fmt="html")
    m(B, "de", "o1", "O", "customer portal completely gone, nobody gets in office or home", "Kundenportal weg",
"""Servus,

bei uns ist seit halb neun das Kundenportal komplett weg, weder im Büro noch im Homeoffice kommt irgendwer rein.

Gruß aus Graz
Markus""")
    m(B, "fr", "o1", "O", "platform inaccessible for all our teams, 503", "Plateforme inaccessible",
"""Bonjour,

Votre plateforme est inaccessible depuis ce matin pour l'ensemble de nos équipes, nous avons un message « Erreur 503 » à chaque tentative.

Cordialement,
Sophie Marchand""")
    m(B, "nl", "n1", "", "own hosting party had an outage last week; invoice question", "Factuur klopt niet",
"""Hallo, vorige week had onze eigen hostingpartij een storing, daardoor zijn een paar betalingen dubbel doorgekomen. Kunnen jullie de factuur van november nakijken? Bij jullie was alles gewoon in orde.""")
    m(B, "pl", "o1", "O", "nobody in the office can get into the panel, Service Unavailable", "Panel nie działa",
"""Dzień dobry, od rana nikt w biurze nie może się dostać do panelu, wyskakuje komunikat "Service Unavailable". Proszę o pilną informację.""")
    m(B, "pt", "o1", "O", "online shop down since 10, customers can't finish purchases", "Loja online em baixo",
"""Olá, a loja online está em baixo desde as 10h e os clientes não conseguem finalizar as compras. Podem verificar?

Obrigado,
Rui""")
    m(B, "sv", "n1", "", "maintenance question: will service be down Sunday night", "Underhåll på söndag",
"""Hej! Kommer tjänsten att ligga nere under underhållet natt mot måndag? Vi har nattskift som behöver planera.""")
