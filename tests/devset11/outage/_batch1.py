"""devset11 outage, batch 1 (measured before any tuning on it)."""
B = "b1"

def add_b1(m):
    # ---------------- sv
    m(B, "sv", "o1", "O", "site down since morning, 502, whole office, 'ert fel?'", "Sidan ligger nere",
"""Hej!

Er sida ligger nere sen i morse, ingen av oss på kontoret kommer in. Får bara "502 Bad Gateway" när jag försöker. Är det nåt fel hos er eller?

/Johan Berg
Bergs Bygg AB""")
    m(B, "sv", "o2", "O", "app just spins, funkar inte, tested 3 phones, customers calling", "appen",
"""Hallå, appen funkar inte alls idag. Den bara snurrar och snurrar när man öppnar den, har testat på tre olika telefoner och samma sak på alla. Kunderna ringer hela tiden och undrar vad som händer

Mvh Petra""")
    m(B, "sv", "o3", "O", "short: are you down? can't log in to the till, nor colleague", "Nere??",
"""Är ni nere? Kommer inte in i kassan och inte min kollega heller. Vi har öppnat butiken och kan inte ta betalt.

Skickat från min iPhone""")
    m(B, "sv", "o4", "O", "API timeouts since 09:40, 504 on every request, all our customers affected", "API svarar inte",
"""Hej support,

Sedan ca 09:40 får alla anrop mot ert API timeout, och de få som går igenom svarar med 504. Det påverkar samtliga våra kunder eftersom orderflödet står still. Har ni någon driftstörning?

Vänliga hälsningar
Oskar Nyström
Tech lead, Handlaget AB""", fmt="qp", charset="iso-8859-1")
    m(B, "sv", "o5", "O", "HTML: sync stopped for whole team since last night, web version unreachable", "Synken",
"""Hej,

Synkningen har slutat fungera för hela teamet sedan igår kväll, ingenting uppdateras i appen. Och webbversionen går inte att nå alls, det står bara att sidan inte svarar. Jag bifogar en skärmdump.

Hälsningar,
Lina Åkesson""", fmt="html")
    m(B, "sv", "n1", "", "bug: discount gives wrong invoice total, everything else works", "Fel summa på faktura",
"""Hej, när man lägger på rabatt på en orderrad så blir totalsumman på fakturan fel, den drar av rabatten två gånger. Allt annat funkar som det ska, men det här måste vi ju få rätt innan månadsskiftet.

Mvh Karin""")
    m(B, "sv", "n2", "", "reply: thanks, everything works again after last week's trouble, close ticket", "Re: Driftstörning tisdag",
"""Tack för återkopplingen, nu fungerar allt igen och vi har inte märkt något mer strul sedan i tisdags. Ni kan stänga ärendet.

/Anders

> Hej Anders,
> Vi hade en driftstörning i tisdags mellan 10 och 12 som påverkade inloggningen. Felet är åtgärdat.
> Hälsningar, Supporten""")
    m(B, "sv", "n3", "", "own broadband down at office, can't work in system today, do we need to do anything", "Vårt internet",
"""Hej, vårt eget bredband ligger nere på kontoret sedan i morse (Telia har ett fel i området), så vi kan inte jobba i systemet idag. Behöver vi göra något med de bokningar som ska bekräftas, eller väntar de tills vi är uppkopplade igen?

Mvh Sofia""")

    # ---------------- it
    m(B, "it", "o1", "O", "site won't open since this morning, 503, colleagues at home too", "Sito non raggiungibile",
"""Buongiorno,

il vostro sito non si apre da stamattina, ci dà errore 503. Anche i colleghi che lavorano da casa hanno lo stesso problema, quindi non dipende dalla nostra rete.

Cordiali saluti
Marco Ferri""", fmt="qp", charset="iso-8859-1")
    m(B, "it", "o2", "O", "colloquial: app non va, white screen, is the server down?", "app",
"""Ciao, l'app non va. Non riesco ad entrare e neanche i miei colleghi, resta tutto bianco. Ma è giù il server?? Fatemi sapere qualcosa perché abbiamo le consegne""")
    m(B, "it", "o3", "O", "management software blocked for all users since 10, no page loads, stuck at till", "URGENTE gestionale bloccato",
"""Salve, il gestionale è bloccato per tutti gli utenti dalle 10, non carica nessuna pagina. Siamo fermi con i clienti in coda alla cassa, vi prego di intervenire subito.

Roberta Galli
Farmacia Galli""")
    m(B, "it", "o4", "O", "emails not being sent since last night, dashboard times out", "Email non partono",
"""Buonasera,

da ieri sera le email ai clienti non partono più, sono tutte ferme in coda, e adesso anche la dashboard va in timeout appena provo ad aprirla. È un problema vostro? Vi allego lo screenshot.

Grazie
Davide""")
    m(B, "it", "n1", "", "bug: order total counts VAT twice, rest works", "Totale ordine sbagliato",
"""Buongiorno, nel riepilogo ordine il totale è sbagliato: l'IVA viene conteggiata due volte quando c'è uno sconto. Per il resto funziona tutto. Potete controllare? Grazie, Silvia""")
    m(B, "it", "n2", "", "forwarded maintenance notice, asks confirmation for Sunday", "I: Manutenzione programmata",
"""Ciao, mi è arrivata questa comunicazione: confermate che domenica notte non potremo usare la piattaforma? Dobbiamo avvisare il turno di notte.

Grazie, Paolo

---------- Messaggio inoltrato ----------
Da: Notifiche <noreply@example.com>
Oggetto: Manutenzione programmata

Gentile cliente, domenica 29 novembre dalle 02:00 alle 05:00 la piattaforma non sarà disponibile per un intervento di manutenzione programmata. Ci scusiamo per il disagio.""")
    m(B, "it", "n3", "", "contract SLA question: restore times and penalties in case of disservizio", "Domanda sul contratto",
"""Buongiorno,

stiamo valutando il contratto Enterprise. Non ci è chiaro cosa prevede lo SLA in caso di disservizio: quali sono i tempi di ripristino garantiti e sono previste penali se il servizio resta fermo oltre le 4 ore?

Cordiali saluti
Ufficio Acquisti – Rossi Srl""")

    # ---------------- es
    m(B, "es", "o1", "O", "Spain: web doesn't load, blank, has your server gone down? all morning", "No carga la web",
"""Hola, la web no carga, se queda en blanco todo el rato. ¿Se os ha caído el servidor? Llevamos así toda la mañana y no podemos trabajar.

Un saludo,
Nuria""")
    m(B, "es", "o2", "O", "LatAm: app crashed again, can't charge anyone, all sellers same error", "se cayó la app otra vez",
"""Buenas, la app se cayó otra vez!! no podemos cobrarle a nadie, todos los vendedores tienen el mismo error de "Service Unavailable". Necesitamos que lo arreglen ya por favor""")
    m(B, "es", "o3", "O", "is the system down? can't get into the panel, colleague neither", "¿Está caído?",
"""¿Está caído el sistema? No puedo entrar al panel y mi compañera desde su ordenador tampoco.

Enviado desde mi Android""")
    m(B, "es", "o4", "O", "sync with the shop not working since 8, no orders, API 502", "Sincronización",
"""Buenos días:

Desde las 8:00 no funciona la sincronización con la tienda online, no entra ningún pedido y vuestra API nos devuelve un 502 en cada llamada. ¿Tenéis alguna incidencia abierta?

Saludos cordiales,
Javier Moreno
Responsable de sistemas""", fmt="qp", charset="iso-8859-1")
    m(B, "es", "n1", "", "bug: save button misplaced on mobile", "Botón descolocado",
"""Hola, en el móvil el botón de "Guardar" aparece descolocado y tapa parte del texto del formulario. No es grave, se puede usar, pero queda bastante feo. Saludos""")
    m(B, "es", "n2", "", "own fibre down at office, postpone training", "Formación de hoy",
"""Hola Marta, se nos ha caído la fibra en la oficina (avería de Movistar en toda la calle) así que hoy no vamos a poder conectarnos a la formación. ¿Podemos pasarla a mañana a la misma hora?

Gracias,
Luis""")
    m(B, "es", "n3", "", "thanks, all works again after yesterday's caída, close incident", "RE: Incidencia 4471",
"""Gracias, ya vuelve a funcionar todo desde anoche. Podéis cerrar la incidencia.

Un saludo

-----Mensaje original-----
De: Soporte
Enviado el: lunes
Asunto: Incidencia 4471
Estamos investigando la caída del servicio que afecta al acceso. Os mantendremos informados.""")

    # ---------------- da
    m(B, "da", "o1", "O", "your site down? white page, can't get in", "Nede?",
"""Hej, ligger jeres side ned? Vi kan ikke komme ind, får bare en hvid side. Har prøvet både Chrome og Edge.

Mvh Mette""")
    m(B, "da", "o2", "O", "app doesn't work for any of us this morning, hangs on loading", "Appen virker ikke",
"""Godmorgen

Appen virker ikke for nogen af os her til morgen, den hænger bare på indlæsning. Vi er 12 mand der ikke kan registrere timer. Hvornår er det oppe igen?

Venlig hilsen
Kasper Holm""", fmt="qp", charset="iso-8859-1")
    m(B, "da", "n1", "", "thanks, works again after the crash yesterday", "Re: Nedbrud",
"""Tak for hurtig hjælp, det virker igen efter nedbruddet i går. I kan lukke sagen.

Hilsen Bo""")
    m(B, "da", "n2", "", "SLA question: uptime guarantee, what if system down >4h", "Spørgsmål til kontrakt",
"""Hej, hvad er jeres oppetidsgaranti i Business-aftalen, og hvad får vi kompenseret hvis systemet er nede i mere end 4 timer? Det skal vores jurist bruge.

Mvh Lene Dahl""")

    # ---------------- nl
    m(B, "nl", "o1", "O", "site doet het niet, 503, ligt het aan jullie, colleagues too", "site",
"""Hoi, de site doet het niet, ik krijg alleen een 503. Ligt het bij jullie? Mijn collega's hebben precies hetzelfde.

Gr. Bas""")
    m(B, "nl", "o2", "O", "platform plat since this morning, nobody can log in", "Platform ligt plat",
"""Goedemorgen,

Jullie platform ligt plat sinds vanochtend half negen. Niemand bij ons kan inloggen en de klantenportal geeft een time-out. Graag zo snel mogelijk een update.

Met vriendelijke groet,
Eline de Vries
Office manager""")
    m(B, "nl", "n1", "", "own internet down (KPN), can't reach portal, no action needed", "Even geen verbinding",
"""Hallo, ons eigen internet ligt eruit door een storing bij KPN, dus we kunnen vandaag even niet bij jullie portal. Geen actie nodig hoor, alleen zodat jullie weten waarom de bestellingen later komen.

Groet, Wim""")
    m(B, "nl", "n2", "", "planned maintenance question in December", "Onderhoud december",
"""Hallo, staat er in december gepland onderhoud op de planning? We willen graag weten wanneer het systeem offline gaat zodat we de kerstdrukte kunnen inplannen.

Bedankt, Anouk""")

    # ---------------- pl
    m(B, "pl", "o1", "O", "site not working since morning, 502, nobody can log in", "Strona nie działa",
"""Dzień dobry,

strona nie działa od rana, wyskakuje błąd 502. Nikt z nas nie może się zalogować, a mamy dziś zamknięcie miesiąca.

Pozdrawiam
Katarzyna Nowak""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "o2", "O", "colloquial: app leży? nothing loads, same for colleagues", "leży?",
"""Hej, aplikacja leży? Nic się nie ładuje, u kolegów to samo. Działa coś u was w ogóle?""")
    m(B, "pl", "n1", "", "last week's failure fixed, thanks for quick reaction", "Re: Awaria",
"""Dzień dobry, potwierdzam, że awaria z zeszłego tygodnia została usunięta i wszystko działa poprawnie. Dziękujemy za szybką reakcję.

Z poważaniem
Piotr Zieliński""")
    m(B, "pl", "n2", "", "bug: VAT rate wrong on one product", "Zła stawka VAT",
"""Witam, przy jednym produkcie (kod 4411) system liczy VAT 23% zamiast 8%. Reszta faktur jest w porządku. Proszę o sprawdzenie.""")

    # ---------------- pt
    m(B, "pt", "o1", "O", "BR: site fora do ar? can't access since early, 503", "site fora do ar?",
"""Oi, o site de vocês tá fora do ar? Não consigo acessar desde cedo, só aparece erro 503. Aqui no escritório ninguém consegue.

Abs,
Rafael""")
    m(B, "pt", "o2", "O", "BR: system crashed again, nobody can get in, customers complaining", "Sistema caiu",
"""Boa tarde, o sistema caiu de novo. Ninguém aqui consegue entrar e os clientes já estão reclamando no WhatsApp. Isso é a terceira vez no mês!

Juliana Costa
Loja Bela Casa""")
    m(B, "pt", "o3", "O", "PT: platform won't open, keeps loading forever, all colleagues", "Plataforma não abre",
"""Bom dia,

A plataforma não abre, fica a carregar indefinidamente. Acontece a todos os colegas, já experimentámos noutros computadores e noutra rede.

Cumprimentos,
Tiago Fernandes""", fmt="qp", charset="iso-8859-1")
    m(B, "pt", "n1", "", "BR: our office internet went down, will send reports later", "Relatórios",
"""Oi pessoal, a internet aqui do escritório caiu e por isso não consegui mandar os relatórios hoje. Assim que voltar eu envio, ok?

Valeu, Bruno""")

    # ---------------- en
    m(B, "en", "o1", "O", "is it just us or dashboard dead, 502s on every page since 8:15", "dashboard dead?",
"""Hey, is it just us or is the dashboard dead? Getting 502s on pretty much every page since about 8:15. Ops team is stuck.

Cheers,
Dan""")
    m(B, "en", "o2", "O", "checkout failing for all customers 40 min, payment page doesn't come up", "Checkout broken - losing sales",
"""Hi,

Checkout has been failing for our customers for the last 40 minutes. The payment page never comes up, people just see a spinner and then a timeout. We're losing sales every minute, please look into it.

Regards,
Hannah Price
Head of eCommerce""")
    m(B, "en", "n1", "", "forwarded incident resolved notice, asks about invoice credit", "Fwd: [Resolved] Degraded performance",
"""Hi, forwarding the notice below. Are we eligible for a credit on this month's invoice because of it?

Thanks, Mark

---------- Forwarded message ---------
From: Status <status@example.com>
Subject: [Resolved] Degraded performance

The incident affecting API availability has been resolved. All systems are operational.""")
    m(B, "en", "n2", "", "SLA question: uptime guarantee and credits for long outage", "Enterprise SLA",
"""Hello, before we sign: what uptime do you guarantee on the Enterprise plan, and what service credits apply if an outage lasts longer than four hours? Our procurement team needs this in writing.

Best,
Priya""")
    m(B, "en", "n3", "", "own office network down, missed webinar", "Missed the webinar",
"""Sorry we missed the onboarding webinar this morning, our office network went down (ISP problem) and we couldn't get online until noon. Is there a recording?

Tom""")

    # ---------------- de
    m(B, "de", "o1", "O", "nothing works since morning, page doesn't load, 504, is something down", "Seite lädt nicht",
"""Hallo,

bei uns geht seit heute früh gar nichts mehr, die Seite lädt nicht und wir bekommen nur Fehler 504. Ist bei euch was down?

Grüße
Stefan""")
    m(B, "de", "o2", "O", "app crashes at start for all colleagues, nobody gets in", "App stürzt ab",
"""Guten Tag, die App stürzt bei allen Kollegen direkt beim Start ab, keiner kommt mehr rein. Seit ca. 11 Uhr. Bitte dringend prüfen.

Mit freundlichen Grüßen
Claudia Wagner""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "n1", "", "planned maintenance Saturday: expect downtime?", "Wartung Samstag",
"""Hallo, ist bei der geplanten Wartung am Samstag mit einer Ausfallzeit zu rechnen? Wir müssen unsere Kunden rechtzeitig informieren.

Danke und Gruß
Jörg""")
    m(B, "de", "n2", "", "thanks, everything runs again since last night, Störung behoben", "AW: Störung",
"""Danke für die Info, seit gestern Abend läuft bei uns alles wieder. Die Störung ist aus unserer Sicht behoben.

Viele Grüße
Nina

-----Ursprüngliche Nachricht-----
Von: Support
Betreff: Störung
> Wir haben aktuell eine Störung beim Login und arbeiten an einer Lösung.""")

    # ---------------- fr
    m(B, "fr", "o1", "O", "site inaccessible since this morning, 503, c'est chez vous?", "Site inaccessible",
"""Bonjour,

votre site est inaccessible depuis ce matin, on tombe sur une erreur 503. C'est chez vous ? Toute l'équipe est bloquée.

Cordialement,
Claire Dubois""")
    m(B, "fr", "n1", "", "own internet cut at office (Orange outage)", "Connexion",
"""Bonjour, notre connexion internet est coupée au bureau (panne Orange dans le quartier) donc nous ne pourrons pas valider les commandes aujourd'hui. Nous le ferons demain matin.

Merci, Julien""")
    m(B, "fr", "n2", "", "bug: button misaligned in Firefox", "Bouton décalé",
"""Bonjour, dans Firefox le bouton « Exporter » est décalé et passe sous le tableau. Tout le reste fonctionne, c'est juste visuel. Bonne journée""")

    # ---------------- ro
    m(B, "ro", "o1", "O", "platform not working since morning, nothing loads, all colleagues", "Platforma nu merge",
"""Bună ziua,

platforma nu merge de azi dimineață, nu se încarcă nimic și toți colegii au aceeași problemă. Vă rog să verificați urgent.

Mulțumesc,
Andreea Popescu""")
    m(B, "ro", "n1", "", "yesterday's problem solved, thanks", "Re: Problema de ieri",
"""Bună, problema de ieri a fost rezolvată, acum totul merge normal. Mulțumim pentru ajutor!

Mihai""")
