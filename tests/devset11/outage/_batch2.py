"""devset11 outage, batch 2 (written after b1 tuning, measured before tuning on it)."""
B = "b2"

def add_b2(m):
    # ---------------- sv
    m(B, "sv", "o6", "O", "can't get the site up at all, 'could not connect', all or just us? tried 4G too", "Hemsidan",
"""Hej,

Får inte upp hemsidan alls, det står bara "Det gick inte att ansluta till servern". Gäller det alla eller bara oss? Har provat från mobilen på 4G också, samma sak.

Mvh
Fredrik Sandberg""")
    m(B, "sv", "o7", "O", "till app dead since 7, running on pen and paper", "Kassan död",
"""kassaappen har varit död sen kl 7 i morse, vi kör med papper och penna nu. hjälp!! vi har lunchrusning om en timme""")
    m(B, "sv", "o8", "O", "can't send newsletters, everything stuck in queue, send tool just loads, Malmö office same", "Utskick fastnar",
"""Hej,

Det går inte att skicka ut några mejl från er tjänst sedan i förmiddags. Allt fastnar i kön och hela utskicksverktyget bara laddar och laddar. Våra kollegor på Malmökontoret har samma problem så det är inte vår dator.

Tacksam för snabbt svar,
Ida Lundgren
Marknad""")
    m(B, "sv", "o9", "O", "reply: same again, nobody can reach the booking page, 503", "Re: Bokningssidan",
"""Nu är det samma sak igen! Ingen av oss kommer åt bokningssidan, den ger felkod 503. Kunderna kan inte boka tider.

/Emma

> Hej Emma,
> Felet med bokningssidan är nu åtgärdat. Hör av dig om något mer dyker upp.
> Vänliga hälsningar, Support""")
    m(B, "sv", "o10", "O", "no diacritics: your servers seem down, timeout on everything", "era servrar",
"""hej era servrar verkar vara nere? vi far bara timeout pa allt, bade i appen och pa webben. nagon som vet nat""")
    m(B, "sv", "n4", "", "bug: PDF export button does nothing, rest works fine", "PDF-export",
"""Hej! PDF-exporten funkar inte, knappen gör ingenting när jag klickar. Resten av systemet fungerar fint så det är ingen panik, men vore bra om ni tittade på det.

Mvh Gustav""")
    m(B, "sv", "n5", "", "planned maintenance question: will you be down on Saturday", "Underhåll lördag",
"""Hej, ligger ni nere under underhållet på lördag? Vi behöver veta om våra kunder kan boka då eller om vi ska stänga bokningen.

Tack på förhand
Helena""")
    m(B, "sv", "n6", "", "forwarded status e-mail, asks if it concerned them", "VB: Driftinformation",
"""Hej, vi fick det här mejlet igår kväll. Gällde det oss också? Vi märkte inget.

/Per

---------- Vidarebefordrat meddelande ----------
Från: Driftinformation <status@example.com>
Ämne: Driftinformation

Mellan 21:10 och 21:55 låg inloggningen nere för en del kunder. Felet är åtgärdat och tjänsten fungerar normalt igen.""")

    # ---------------- it
    m(B, "it", "o5", "O", "customer portal kicks us out for half an hour, 'Errore di rete', phone too", "Portale clienti",
"""Buongiorno,

da circa mezz'ora il portale clienti ci butta fuori e non ci fa più rientrare, compare solo "Errore di rete". Abbiamo provato anche dal cellulare con i dati, stessa cosa.

Saluti
Chiara Bassi""")
    m(B, "it", "o6", "O", "very colloquial: has everything crashed? nothing opens, neither app nor site", "??",
"""raga ma è crollato tutto? non mi si apre niente, né l'app né il sito. ditemi che lo sapete già""")
    m(B, "it", "o7", "O", "Shopify sync stopped since yesterday afternoon, no orders imported, status says ok", "Sincronizzazione ferma",
"""Salve,

la sincronizzazione con Shopify è ferma da ieri pomeriggio, non viene importato nessun ordine. La vostra pagina di stato dice che è tutto ok ma non è così, abbiamo 60 ordini bloccati.

Grazie
Matteo Conti
Conti Abbigliamento""", fmt="qp", charset="iso-8859-1")
    m(B, "it", "o8", "O", "HTML: SMS sending down since morning for all our shops, Gateway Timeout screenshot", "Invio SMS",
"""Gentili signori,

vi segnalo che il servizio di invio SMS non funziona da stamattina per tutti i nostri punti vendita. Vi allego lo screenshot dell'errore, dice "Gateway Timeout".

Restiamo in attesa di un riscontro.
Elena Marino""", fmt="html")
    m(B, "it", "n4", "", "thanks, site works again, this morning's disservizio is over", "Re: Sito non raggiungibile",
"""Grazie per l'aggiornamento, confermo che adesso il sito funziona di nuovo regolarmente. Il disservizio di stamattina per noi è rientrato, potete chiudere il ticket.

Cordialmente,
Lorenzo""")
    m(B, "it", "n5", "", "own line dropped (Fastweb), can't connect today", "linea",
"""Ciao, da noi è saltata la linea (guasto Fastweb in zona) quindi oggi non riusciamo a collegarci al gestionale. Ci risentiamo domani per la formazione.

Anna""")
    m(B, "it", "n6", "", "dashboard sales chart doesn't update, everything else fine", "Grafico vendite",
"""Buongiorno, nella dashboard il grafico delle vendite non si aggiorna più da lunedì, resta fermo alla settimana scorsa. Tutto il resto va bene. Potete dare un'occhiata?

Grazie, Serena""")

    # ---------------- es
    m(B, "es", "o5", "O", "Spain colloquial: is something up? won't let me or anyone at office log in", "oye",
"""Oye, ¿os pasa algo? No me deja iniciar sesión ni a mí ni a nadie de la oficina, se queda pensando un rato y luego sale un error.

Pablo""")
    m(B, "es", "o6", "O", "Mexico: platform failing since early, reports and home don't load, any falla?", "Falla en la plataforma",
"""Buen día,

la plataforma anda fallando desde temprano, no cargan los reportes ni la página de inicio. ¿Tienen alguna falla? Nuestros asesores no pueden atender a los clientes.

Saludos,
Alejandra Ruiz""")
    m(B, "es", "o7", "O", "confirmation emails not sent since yesterday 18h, no customer gets anything, is sending down?", "No llegan los correos",
"""Hola, los correos de confirmación no se están enviando desde ayer a las 18h, ningún cliente recibe nada. ¿Está caído el envío de emails? Tenemos reservas para este fin de semana y la gente está llamando.

Gracias,
Carmen López""", fmt="qp", charset="iso-8859-1")
    m(B, "es", "o8", "O", "reply: still the same, web still not loading, 3 hours now", "RE: No carga la web",
"""Sigue igual, la web sigue sin cargar. Ya van 3 horas y no tenemos noticias vuestras.

-----Mensaje original-----
De: Soporte
Asunto: RE: No carga la web
Hola Nuria, estamos revisándolo, te decimos algo en breve.""")
    m(B, "es", "n4", "", "planned maintenance: will Sunday's maintenance affect app access, how long out of service", "Mantenimiento domingo",
"""Hola, ¿el mantenimiento del domingo afectará al acceso a la app? ¿Cuánto tiempo estará fuera de servicio? Lo digo para avisar a los repartidores.

Un saludo""")
    m(B, "es", "n5", "", "bug: date filter shows orders from another month", "Filtro fechas",
"""Buenas tardes, el filtro por fecha no funciona bien, cuando elijo noviembre me salen pedidos de octubre mezclados. Lo demás va perfecto. Gracias""")
    m(B, "es", "n6", "", "forwarded status notice about resolved incident, asks if invoices affected", "RV: Incidencia resuelta",
"""Hola, me ha llegado esto de vuestra página de estado. ¿Afectó a la emisión de facturas del día 12? Necesito saberlo para contabilidad.

Gracias, Raúl

-------- Mensaje reenviado --------
Asunto: Incidencia resuelta
La interrupción del servicio que afectaba al acceso a la plataforma ha sido resuelta. Todos los sistemas funcionan con normalidad.""")

    # ---------------- da
    m(B, "da", "o3", "O", "till app gone black, none of the shops can take payment", "Kasseapp",
"""Hej

Vores kasseapp er gået i sort, ingen af butikkerne kan tage imod betaling lige nu. Hvad sker der hos jer?

Mvh
Rasmus, Café Kronen""")
    m(B, "da", "o4", "O", "API seems down, all calls fail with 503 since 14", "API",
"""Hej, det ser ud til at jeres API er nede. Alle kald fejler med 503 siden kl. 14, og vores webshop kan ikke hente lagerstatus.

Venlig hilsen
Mikkel Sørensen
Udvikler""", fmt="qp", charset="iso-8859-1")
    m(B, "da", "n3", "", "bug: send-invoice button doesn't work, otherwise runs", "Send faktura knap",
"""Hej, knappen til at sende faktura virker ikke, der sker ingenting når jeg trykker. Men ellers kører det hele fint. Mvh Birgitte""")
    m(B, "da", "n4", "", "planned update Sunday: will system be shut down", "Opdatering søndag",
"""Hej, bliver systemet lukket ned under opdateringen på søndag, og i så fald hvor længe? Vi har vagter der skal stemple ind.

Hilsen Ole""")

    # ---------------- nl
    m(B, "nl", "o3", "O", "something going on? can't get into account, colleagues neither, 'er is iets misgegaan'", "Inloggen",
"""Hallo, is er iets aan de hand bij jullie? Ik kom niet meer in mijn account en mijn collega's ook niet, we krijgen steeds "Er is iets misgegaan".

Groetjes,
Sanne""")
    m(B, "nl", "o4", "O", "Exact link standing still since last night, dashboard doesn't load", "Koppeling",
"""Goedemorgen,

de koppeling met Exact staat al sinds gisteravond stil, er komt niks meer door. En het dashboard laadt voor geen meter, na een minuut krijg ik een time-out.

Mvg,
Jeroen Bakker""")
    m(B, "nl", "n3", "", "thanks, all running again after this morning's storing", "Re: Storing",
"""Bedankt voor de snelle actie, alles draait weer na de storing van vanochtend. Ticket mag dicht.

Groet, Marloes""")
    m(B, "nl", "n4", "", "SLA: guaranteed availability and compensation for storing longer than a day", "Vraag over SLA",
"""Goedemiddag,

wat is de gegarandeerde beschikbaarheid in jullie SLA, en welke compensatie krijgen we bij een storing die langer dan een dag duurt? Dit is voor onze leveranciersbeoordeling.

Met vriendelijke groet,
Inkoop""")

    # ---------------- pl
    m(B, "pl", "o3", "O", "system down since 8, nothing can be done, customers calling", "System",
"""Od 8:00 system leży, nie da się nic zrobić, klienci dzwonią jeden za drugim. Kiedy to naprawicie???""")
    m(B, "pl", "o4", "O", "client panel doesn't open for anyone in company, timeout message", "Panel klienta",
"""Dzień dobry,

panel klienta nie otwiera się u nikogo w firmie, po chwili wyskakuje komunikat "Przekroczono limit czasu". Sprawdzaliśmy na kilku komputerach i w dwóch przeglądarkach.

Pozdrawiam
Marta Wiśniewska""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "n3", "", "our internet dropped (Orange failure), order not sent", "Zamówienie",
"""Dzień dobry, u nas padł internet (awaria u Orange), dlatego wczoraj nie wysłaliśmy zamówienia. Wyślemy dzisiaj po południu.

Pozdrawiam, Adam""")
    m(B, "pl", "n4", "", "planned technical break on Saturday? got mail, unclear what time", "Przerwa techniczna",
"""Czy w sobotę będzie przerwa techniczna? Dostaliśmy maila, ale nie jest jasne, o której godzinie system będzie niedostępny.

Dziękuję
Ewa""")

    # ---------------- pt
    m(B, "pt", "o4", "O", "BR: app freezing and won't enter at all, other branch too, something going on?", "app travando",
"""Gente, o app tá travando e não entra de jeito nenhum, aqui e na outra filial também. Tá acontecendo alguma coisa aí?

Enviado do meu celular""")
    m(B, "pt", "o5", "O", "PT: invoice e-mail sending stopped this morning, no client receiving", "Envio de faturas",
"""Bom dia,

O envio de faturas por email deixou de funcionar esta manhã, nenhum cliente está a receber nada. Na plataforma aparece tudo como "pendente".

Obrigada,
Inês Carvalho""")
    m(B, "pt", "n2", "", "BR: thanks, it's normal again, close the ticket", "Re: Sistema caiu",
"""Obrigado, já normalizou por aqui. Pode fechar o chamado.

Juliana""")
    m(B, "pt", "n3", "", "SLA availability question, discount in case of unavailability", "SLA plano Empresarial",
"""Olá, qual é o SLA de disponibilidade do plano Empresarial? Em caso de indisponibilidade prolongada, existe algum desconto na mensalidade?

Att,
Fernanda Lima
Compras""")

    # ---------------- en
    m(B, "en", "o3", "O", "login page 'too many redirects', colleague's laptop too, is something going on", "Login loop",
"""Hi, your login page just gives me "too many redirects" and it's the same on my colleague's laptop and on my phone. Is something going on your side?

Thanks,
Rachel""")
    m(B, "en", "o4", "O", "webhooks stopped at 02:00 UTC, whole fulfilment pipeline stuck", "Webhooks not arriving",
"""Hello,

Your webhooks stopped arriving at 02:00 UTC and we've had nothing since. Our whole fulfilment pipeline is stuck waiting on them. Can you confirm whether there's an incident?

Kind regards,
Ahmed Khan
Platform Engineering""")
    m(B, "en", "o5", "O", "curt: site throwing 500s for an hour, can't take bookings", "anyone there??",
"""anyone there?? site's been throwing 500s for an hour, we can't take any bookings""")
    m(B, "en", "n4", "", "bug: export button greyed out on reports page, rest fine", "Export button",
"""Hi team, the export button on the Reports page is greyed out for me since the update. Everything else is working fine. Could you check? Thanks, Jo""")
    m(B, "en", "n5", "", "planned: downtime during next Sunday's DB migration?", "Migration next Sunday",
"""Hello, will there be any downtime during the database migration next Sunday? We run payroll on Monday mornings so we need to plan around it.

Regards,
Gareth""")
    m(B, "en", "n6", "", "saw your incident email about the 12th, do we need to re-sync", "Incident on the 12th",
"""Hi, I just saw your email about the incident on the 12th. Do we need to re-sync anything on our end, or was no data affected? All seems fine here now.

Thanks,
Olivia""")

    # ---------------- de
    m(B, "de", "o3", "O", "Moin: portal unreachable for an hour, everyone in office", "Portal",
"""Moin, euer Portal ist seit ner Stunde nicht erreichbar, bei allen hier im Büro. Handy über LTE geht auch nicht. Könnt ihr mal schauen?

Gruß Hauke""")
    m(B, "de", "o4", "O", "invoice e-mail sending hangs since yesterday, nothing goes out", "Rechnungsversand",
"""Hallo Support,

der Versand der Rechnungs-E-Mails hängt seit gestern Nachmittag, es geht überhaupt nichts mehr raus. In der Warteschlange stehen inzwischen über 400 Mails.

Beste Grüße
Sabine Krüger""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "o5", "O", "shows 'maintenance' page for 3 hours though no maintenance announced", "Wartungsseite seit 3 Stunden?",
"""Hallo, bei uns kommt seit drei Stunden nur noch eine Seite mit "Wartungsarbeiten, bitte später versuchen". Es war aber keine Wartung angekündigt und wir können nicht arbeiten. Was ist da los?

Grüße
Tobias""")
    m(B, "de", "n3", "", "own internet gone since morning (Telekom Störung)", "Internet weg",
"""Hallo, unser Internet ist seit heute Morgen weg (Störung bei der Telekom), deshalb konnten wir die Bestellungen noch nicht freigeben. Wir melden uns, sobald wir wieder online sind.

Grüße, Petra""")
    m(B, "de", "n4", "", "contract: which availability do you guarantee, what if down", "Verfügbarkeit laut Vertrag",
"""Sehr geehrte Damen und Herren,

welche Verfügbarkeit garantieren Sie vertraglich, und welche Gutschrift erhalten wir, falls die Plattform einmal länger als vier Stunden ausfällt?

Mit freundlichen Grüßen
Einkauf""")

    # ---------------- fr
    m(B, "fr", "o2", "O", "can't access client space since 9, blank page, colleagues same", "Espace client",
"""Bonjour,

impossible d'accéder à l'espace client depuis 9h, on a une page blanche. Mes collègues pareil, sur Chrome comme sur Firefox.

Merci de revenir vers nous rapidement.
Nathalie""")
    m(B, "fr", "o3", "O", "site crawls then 504, all our customers", "lenteurs + 504",
"""Le site rame à mort puis finit en erreur 504, et c'est le cas pour tous nos clients depuis ce matin. Vous êtes au courant ?""")
    m(B, "fr", "o4", "O", "do you have a problem? nothing loads anymore", "souci chez vous ?",
"""Est-ce que vous avez un souci en ce moment ? Plus rien ne charge chez nous, ni l'appli ni le site.

Envoyé de mon iPhone""")
    m(B, "fr", "n3", "", "thanks, all works again since noon", "Re: Site inaccessible",
"""Merci, tout remarche depuis midi de notre côté. Vous pouvez clôturer.

Claire""")
    m(B, "fr", "n4", "", "maintenance question: will the service be cut Saturday night", "Maintenance",
"""Bonjour, le service sera-t-il coupé pendant la maintenance de samedi soir ? Nous avons des commandes programmées à 23h.

Cordialement, Marc""")

    # ---------------- ro
    m(B, "ro", "o2", "O", "app doesn't open at all for an hour, all colleagues, is it on your side", "Aplicatia",
"""Salut, aplicația nu se deschide deloc de o oră, la toți colegii. E ceva la voi?

Radu""")
    m(B, "ro", "o3", "O", "e-mails not sent from platform since last night", "Emailuri netrimise",
"""Bună ziua,

nu se mai trimit emailurile din platformă de aseară, clienții nu primesc confirmările de comandă. Vă rog să verificați.

Cu stimă,
Ioana Stan""")
    m(B, "ro", "n2", "", "bug: export button does nothing, rest works", "Export",
"""Bună, butonul de export nu face nimic când apăs pe el. În rest totul merge bine. Mersi!""")
    m(B, "ro", "n3", "", "planned: will the platform be unavailable during Sunday's maintenance", "Mentenanță duminică",
"""Bună ziua, va fi platforma indisponibilă în timpul mentenanței de duminică? Trebuie să anunțăm clienții.

Mulțumesc,
Cristina""")
