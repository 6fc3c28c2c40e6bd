"""devset11 outage, batch 3 (written after b2 tuning, measured before tuning on it)."""
B = "b3"

def add_b3(m):
    # ---------------- sv
    m(B, "sv", "o11", "O", "can't reach customer register, 'Service Unavailable', restarted PC and router, screenshot", "Kundregistret",
"""Hej,

Vi kommer inte åt kundregistret, det står "Service Unavailable" på skärmen. Har startat om både datorn och routern, ingen skillnad. Skärmdump bifogad.

Med vänlig hälsning
Maja Eriksson
Receptionen, Vasakliniken""")
    m(B, "sv", "o12", "O", "driftstopp? booking calendar shows only empty white box since lunch, customers can't book", "Bokningskalendern",
"""Är det driftstopp hos er? Bokningskalendern visar bara en tom vit ruta sedan lunch och kunderna kan inte boka online. Vi har redan fått tre samtal.

Hälsningar Jonas, Salong Klipp""")
    m(B, "sv", "o13", "O", "webshop can't be entered, customers only get error page, what's happening", "Webbshoppen!!",
"""Hallå! Det går inte att komma in på webbshoppen, kunderna får bara en felsida när de klickar sig in. Vad är det som händer?? Vi har rea idag.

Skickat från Outlook för iOS""")
    m(B, "sv", "o14", "O", "login acting up for everyone here, sent back to start page, is it known", "Inloggningen strular",
"""Tjena, inloggningen strular för alla här på kontoret, man skickas bara tillbaka till startsidan om och om igen. Är det ett känt fel?

/Micke""")
    m(B, "sv", "o15", "O", "HTML reply: happened again, app doesn't start for any of the drivers, same as Friday", "Re: Appen startar inte",
"""Hej igen,

Det har hänt igen, appen startar inte för någon av våra förare i morse. Samma sak som i fredags.

Mvh
Leif Holm
Åkeri Holm AB

> Hej Leif, felet är åtgärdat och appen ska fungera som vanligt igen.
> Hälsningar, Support""", fmt="html")
    m(B, "sv", "o16", "O", "Fortnox integration stuck since night, invoices don't come over, settings 'Gateway Time-out'", "Fortnox-integrationen",
"""God morgon.

Integrationen mot Fortnox har inte gått igenom sedan i natt, inga fakturor kommer över. Och när jag försöker öppna inställningarna hos er får jag bara "Gateway Time-out".

Vänligen
Annelie Strand
Ekonomi""", fmt="qp", charset="iso-8859-1")
    m(B, "sv", "n7", "", "planned maintenance: how long until you're up again usually", "Underhåll och kampanj",
"""Hej, hur lång tid brukar det ta innan ni är uppe igen vid ett planerat underhåll? Vi planerar en stor kampanj den 5:e och vill inte krocka.

Tack, Linnea""")
    m(B, "sv", "n8", "", "single feature: logo upload page doesn't load, just spins, everything else works", "Logotyp",
"""Hej! Sidan där man laddar upp logotypen laddar inte, den bara snurrar. Allt annat funkar bra, det är bara just den sidan. Kan ni kolla?

Hälsningar Ebba""")
    m(B, "sv", "n9", "", "thanks for compensation for last month's avbrott, question about invoice", "Fakturafråga",
"""Hej, tack för kompensationen för avbrottet förra månaden, den syns på fakturan. Jag undrar bara varför momsen är beräknad på hela beloppet och inte på det rabatterade?

Mvh Torbjörn""")

    # ---------------- it
    m(B, "it", "o9", "O", "none of our agents can log in to the CRM, 'invalid credentials' even with right pw, you too?", "Login CRM",
"""Buongiorno,

stamattina nessuno dei nostri agenti riesce a fare login sul CRM, esce "credenziali non valide" anche con le password giuste. Avete problemi anche voi?

Saluti
Giorgio Colombo""")
    m(B, "it", "o10", "O", "is your server down? warehouse scanner no longer connects, page stays loading", "Server giù?",
"""Il vostro server è giù? Lo scanner del magazzino non si collega più e dal browser la pagina resta lì a caricare all'infinito.""")
    m(B, "it", "o11", "O", "POS not talking to your cloud for an hour, can't ring receipts, is there a guasto", "POS",
"""Ciao, il POS non comunica con il vostro cloud da un'ora, non riusciamo a battere gli scontrini. C'è un guasto? Abbiamo il negozio pieno.

Federica""")
    m(B, "it", "o12", "O", "are you offline? everything unreachable from fixed line and 4G", "siete offline?",
"""Salve, siete offline? Da qui risulta tutto irraggiungibile, sia dalla rete dell'ufficio che dal 4G del telefono.

Grazie
Stefano""")
    m(B, "it", "o13", "O", "qp: e-learning not working for any of our trainees, black screen after login, exams tomorrow", "Piattaforma e-learning",
"""Buonasera,

la piattaforma e-learning non funziona per nessuno dei nostri corsisti, dopo il login compare una schermata nera e basta. Domani abbiamo gli esami, aiuto!

Prof.ssa Laura Greco
Istituto Tecnico""", fmt="qp", charset="iso-8859-1")
    m(B, "it", "n7", "", "single feature: invoice PDF doesn't open, rest works normally", "PDF fattura",
"""Buongiorno, il PDF della fattura n. 233 non si apre, dà un errore. Il resto del gestionale funziona normalmente. Grazie, Pietro""")
    m(B, "it", "n8", "", "newsletter says server upgrade 3 December with possible interruption, how long", "Aggiornamento server",
"""Ciao, ho letto nella vostra newsletter che il 3 dicembre ci sarà un aggiornamento dei server con possibile interruzione del servizio. Quanto durerà più o meno? Dobbiamo organizzare i turni.

Grazie, Valentina""")
    m(B, "it", "n9", "", "our own internal mail server went down, your notifications don't reach us, our problem", "Notifiche",
"""Buongiorno, vi avviso che il nostro server di posta interno è andato giù stanotte, quindi le notifiche dal vostro sistema non ci arrivano. Il problema è nostro, vi aggiorno quando è risolto.

Ufficio IT""")

    # ---------------- es
    m(B, "es", "o9", "O", "TPV doesn't connect to your servers since 13h, can't charge cards in any of 3 shops", "TPV sin conexión",
"""Buenas tardes,

el TPV no conecta con vuestros servidores desde las 13h, no podemos cobrar con tarjeta en ninguna de las tres tiendas. ¿Qué está pasando?

Saludos,
Marcos Gil""")
    m(B, "es", "o10", "O", "Argentina: did everything go down? nothing works, neither web nor app", "¿se cayó todo?",
"""Hola, ¿se les cayó todo? No anda nada, ni la web ni la app, y tengo gente esperando en el mostrador.""")
    m(B, "es", "o11", "O", "intranet gives 500 to all staff since morning, cleared cache, incognito", "Error 500 intranet",
"""Desde esta mañana la intranet da error 500 a todo el personal. Ya hemos borrado la caché y probado en modo incógnito, y nada.

Un saludo,
Departamento de RRHH""")
    m(B, "es", "o12", "O", "anyone else having problems? half an hour trying to get in, timeout, colleagues same", "¿Alguien más?",
"""¿Alguien más tiene problemas? Llevo media hora intentando entrar y me da timeout todo el rato. Mis compañeros igual.

Sergio""")
    m(B, "es", "o13", "O", "HTML: admin panel inaccessible since last night, page stays white, screenshot", "Panel de administración",
"""Hola equipo,

Os escribo porque el panel de administración está inaccesible desde anoche. La página se queda en blanco después de meter el usuario y la contraseña. Os adjunto captura de pantalla.

Gracias,
Lucía Navarro""", fmt="html")
    m(B, "es", "n7", "", "single feature slow: reports page slow for whole year, rest fine", "Informes lentos",
"""Hola, la página de informes tarda muchísimo en cargar cuando elijo un año entero, a veces casi un minuto. Lo demás va bien. ¿Se puede mejorar? Gracias""")
    m(B, "es", "n8", "", "SLA: guaranteed response time if there's a total caída of service", "Consulta SLA",
"""Buenos días, ¿cuál es el tiempo de respuesta garantizado en el SLA si se produce una caída total del servicio? Lo necesitamos para el comité de compras.

Atentamente,
Beatriz Ortega""")
    m(B, "es", "n9", "", "false alarm: it was the office wifi, your web works fine", "Re: No carga",
"""Perdonad, falsa alarma: era el wifi de la oficina, que se había quedado colgado. Vuestra web funciona perfectamente.

Un saludo, Nuria""")

    # ---------------- da
    m(B, "da", "o5", "O", "webshop completely dead, customers get error page at payment, since 10", "Webshop død",
"""Hej, webshoppen er helt død, kunderne får en fejlside når de vil betale. Det har stået på siden kl. 10 i formiddags.

Mvh Jannik""")
    m(B, "da", "o6", "O", "can't get onto the system from office or home, problems on your side?", "Kan ikke komme på",
"""Hej

Vi kan ikke komme på systemet, hverken fra kontoret eller hjemmefra. Er der problemer hos jer?

Venlig hilsen
Susanne Møller""")
    m(B, "da", "n5", "", "thanks for info on planned update tonight, staff informed", "Opdatering i nat",
"""Tak for informationen om den planlagte opdatering i nat. Vi har givet personalet besked om, at systemet ikke kan bruges mellem 1 og 3.

Hilsen Karen""")
    m(B, "da", "n6", "", "revenue report shows wrong figures for October, rest works", "Forkerte tal",
"""Hej, rapporten over omsætning viser forkerte tal for oktober, den mangler de sidste tre dage. Resten virker fint. Mvh Niels""")

    # ---------------- nl
    m(B, "nl", "o5", "O", "till system hangs in all three branches, can't check out, what's going on", "Kassasysteem",
"""Hallo, jullie kassasysteem hangt in alle drie de filialen, er kan niet afgerekend worden. Wat is er aan de hand?

Groet,
Ruben""")
    m(B, "nl", "o6", "O", "since about ten the customer portal gives 502, customers calling non-stop", "502 klantportaal",
"""Sinds een uur of tien geeft het klantportaal een 502. Onze klanten bellen ons de deur plat. Graag snel een reactie.

Met vriendelijke groet,
Femke Jansen""")
    m(B, "nl", "n5", "", "confirm Tuesday's storing had no effect on invoices, everything else works", "Facturen dinsdag",
"""Hallo, kunnen jullie bevestigen dat de storing van afgelopen dinsdag geen invloed heeft gehad op onze facturen? Verder werkt alles prima.

Groet, Dirk""")
    m(B, "nl", "n6", "", "can't open attachment of an order, rest works", "Bijlage",
"""Ik kan de bijlage bij order 5512 niet openen, ik krijg een foutmelding. De rest werkt gewoon. Groetjes, Lotte""")

    # ---------------- pl
    m(B, "pl", "o5", "O", "is there a failure on your side? app won't load for me or colleague", "awaria?",
"""Cześć, czy u was jest jakaś awaria? Apka nie chce się załadować ani mnie, ani koleżance z działu.

Pozdro
Kuba""")
    m(B, "pl", "o6", "O", "since morning invoice mailing not working, panel keeps crashing with 503", "Wysyłka faktur",
"""Dzień dobry,

od rana nie działa wysyłka faktur mailem, a panel co chwilę się wysypuje z błędem 503. Proszę o pilną informację, kiedy to wróci.

Z poważaniem
Agnieszka Kowalczyk""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "n5", "", "planned service break on Sunday, does it include the mobile app", "Przerwa serwisowa",
"""Dzień dobry, czy planowana przerwa serwisowa w niedzielę obejmie też aplikację mobilną, czy tylko stronę?

Dziękuję, Łukasz""")
    m(B, "pl", "n6", "", "sales report shows wrong amounts, otherwise everything works", "Raport",
"""Raport sprzedaży pokazuje złe kwoty za listopad, poza tym wszystko działa. Proszę o poprawkę.""")

    # ---------------- pt
    m(B, "pt", "o6", "O", "BR: system out since 8h, nobody can clock in, instability?", "Sistema fora",
"""Bom dia, o sistema tá fora desde as 8h, ninguém consegue bater o ponto. Vocês estão com instabilidade?

Att,
Patrícia""")
    m(B, "pt", "o7", "O", "PT: app not syncing since last night on any team tablet, reinstalled", "Sincronização",
"""Olá,

a app não sincroniza desde ontem à noite em nenhum dos tablets da equipa. Já reinstalámos e nada.

Cumprimentos,
Rui Almeida""")
    m(B, "pt", "o8", "O", "BR: shop checkout erroring for every customer trying to pay, lost sales", "checkout",
"""O checkout da loja tá dando erro pra todo cliente que tenta pagar, perdemos várias vendas hoje. Alguém pode ver isso urgente?""")
    m(B, "pt", "n4", "", "BR: maintenance on the holiday? will the system be off", "Manutenção feriado",
"""Oi, vocês vão ter manutenção no feriado? Precisamos saber se o sistema vai ficar fora do ar e por quanto tempo.

Obrigado, Diego""")
    m(B, "pt", "n5", "", "commission report calculating wrong, rest works normally", "Relatório de comissões",
"""O relatório de comissões está calculando errado pra dois vendedores, o resto funciona normal. Podem verificar?""")

    # ---------------- en
    m(B, "en", "o6", "O", "nobody on night shift could get into rota app from 3am, 'unable to connect', still same", "Rota app",
"""Morning - nobody on the night shift could get into the rota app from about 3am, it just said "unable to connect". Still the same now at 7.

Sue
Ward Manager""")
    m(B, "en", "o7", "O", "elevated error rates on payments API, 40% failing with 502 since 10:20 UTC", "Elevated 502s on payments API",
"""Hi,

We're seeing elevated error rates on your payments API: roughly 40% of requests have been failing with 502 since 10:20 UTC. Nothing changed on our side.

Regards,
Lukas Meyer
SRE""")
    m(B, "en", "o8", "O", "is the portal down?? whole class can't log in for exam", "portal",
"""Is the portal down?? my whole class can't log in for the exam""")
    m(B, "en", "n7", "", "status page said degraded performance yesterday, fine today", "Yesterday",
"""Hi, your status page said "degraded performance" yesterday afternoon. Just checking if that's why my report took so long to generate? Everything's fine today, no rush.

Ben""")
    m(B, "en", "n8", "", "our own Exchange server is down, please call instead", "Please call",
"""Hi Sarah, our own Exchange server is down at the moment so we may not get your replies. Please call me on the office number instead about the renewal.

Thanks, Colin""")
    m(B, "en", "n9", "", "SLA compensation for the outage on 3 November, resolved within 2 hours", "SLA credit",
"""Hello, can you confirm what compensation applies under our SLA for the outage on 3 November? It was resolved within two hours but it hit our busiest period.

Best regards,
Fiona""")

    # ---------------- de
    m(B, "de", "o6", "O", "Servus: till finds no connection to your server since morning, all branches, card payment down", "Kasse keine Verbindung",
"""Servus, die Kasse findet seit heute früh keine Verbindung zu eurem Server, und zwar in allen Filialen. Kartenzahlung geht nicht.

Gruß Florian""")
    m(B, "de", "o7", "O", "dashboard loads forever, sometimes 502, colleagues same problem", "Dashboard",
"""Hallo, bei uns lädt das Dashboard nur noch ewig, ab und zu kommt ein 502. Meine Kollegen haben dasselbe Problem.

VG Kerstin""")
    m(B, "de", "n5", "", "PDF export aborts, everything else works perfectly", "PDF-Export",
"""Guten Tag, der Export als PDF bricht bei großen Berichten ab. Sonst funktioniert alles einwandfrei.

Freundliche Grüße
H. Schulz""")
    m(B, "de", "n6", "", "thanks for the summary of Monday's Ausfall, was data lost", "Ausfall Montag",
"""Vielen Dank für die Zusammenfassung zum Ausfall vom Montag. Können Sie uns noch sagen, ob dabei Daten verloren gegangen sind?

Grüße
Martin Vogel""")

    # ---------------- fr
    m(B, "fr", "o5", "O", "since last night's update nobody can connect, 'Service temporairement indisponible'", "Connexion impossible",
"""Bonjour,

depuis la mise à jour de cette nuit, plus personne ne peut se connecter au logiciel. Message : « Service temporairement indisponible ».

Cordialement,
Isabelle Moreau""")
    m(B, "fr", "o6", "O", "disaster: till no longer responds in both our shops, can't take payments", "caisse",
"""C'est la cata, la caisse ne répond plus dans nos deux magasins, on ne peut plus encaisser personne.""")
    m(B, "fr", "n5", "", "print button doesn't work on client card, rest of site works", "Bouton Imprimer",
"""Bonjour, le bouton « Imprimer » ne marche pas sur la fiche client. Le reste du site fonctionne bien. Merci""")
    m(B, "fr", "n6", "", "send us your availability commitment (SLA) for our tender", "SLA appel d'offres",
"""Bonjour, pouvez-vous nous envoyer votre engagement de disponibilité (SLA) et les pénalités prévues en cas d'indisponibilité ? C'est pour notre appel d'offres.

Cordialement""")

    # ---------------- ro
    m(B, "ro", "o4", "O", "your site not responding since 9, timeout on all API requests", "Timeout API",
"""Bună, site-ul vostru nu mai răspunde de la ora 9, primim timeout la toate cererile API.

Vlad""")
    m(B, "ro", "o5", "O", "nobody in the company can get into the account, auth error", "Nu putem intra",
"""Nu mai putem intra în cont nimeni din firmă, ne dă eroare la autentificare de azi dimineață.

Elena""")
    m(B, "ro", "n4", "", "received notice about Saturday's planned maintenance, thanks", "Mentenanta",
"""Am primit notificarea despre mentenanța programată de sâmbătă. Mulțumim, am anunțat colegii.""")
    m(B, "ro", "n5", "", "our internet dropped (Digi), will send order tomorrow", "Comanda",
"""Bună ziua, internetul nostru a căzut (Digi are o problemă în zonă), revin mâine cu comanda.

Mulțumesc""")
