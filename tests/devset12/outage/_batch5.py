"""devset12 outage, batch 5 (measured before any tuning on it)."""
B = "b5"

def add_b5(m):
    # ---------------- sv
    m(B, "sv", "o1", "O", "subject only signal + short body", "Driftstörning?",
"""Har ni strul just nu? Vi kommer inte åt något alls.

Skickat från Outlook för Android""")
    m(B, "sv", "o2", "O", "webhooks/sync stopped for all stores", "Ordrar synkas inte",
"""Hej,

Sedan 06:00 har inga ordrar synkats från webbshoppen till lagret, i någon av våra tre butiker. Integrationen ger bara felkod 503. Vi står helt stilla.

Hälsningar
Maria Lund
Lund Inredning AB""", fmt="b64")
    m(B, "sv", "o3", "O", "mail service: mejlen kommer inte fram", "Mejl kommer inte fram",
"""Hej! Det verkar som att inga mejl kommer fram till oss sedan igår kväll. Kunder säger att deras mejl studsar. Gäller alla adresser på vår domän.

/Jakob""")
    m(B, "sv", "n1", "", "uptime question", "Frågor inför avtal",
"""Hej, vilken tillgänglighet garanterar ni i ert SLA, och hur kompenseras vi om tjänsten ligger nere längre än avtalat?

Mvh Cecilia""")
    m(B, "sv", "n2", "", "resolved: funkar igen", "SV: Sidan ligger nere",
"""Nu funkar det igen, tack för snabb hantering!

/Johan

> Hej Johan, vi hade ett avbrott på en av våra servrar som nu är åtgärdat.""")
    # ---------------- da
    m(B, "da", "o1", "O", "payments failing for all customers", "Betaling virker ikke",
"""Hej, betalingsmodulen er gået ned. Ingen af vores kunder kan gennemføre et køb, de får alle en fejl ved betaling. Det har stået på siden kl. 11.

Mvh Kristian""")
    m(B, "da", "o2", "O", "short reply: samme her", "SV: Nedbrud?",
"""Samme her, intet virker stadig. Vi har været lukket ned hele formiddagen.

/Bo

> Vi undersøger en mulig fejl.""")
    m(B, "da", "n1", "", "down payment / afbetaling", "Afbetaling",
"""Hej, tilbyder I afbetaling på hardware-pakken? Vi vil gerne dele det over 6 måneder. Mvh Lone""")
    m(B, "da", "n2", "", "single-user bug", "Fejl i rapport",
"""Hej, når jeg trækker månedsrapporten, mangler der tal for den 15. Resten ser rigtigt ud. Kan I se på det?

Mvh Gitte""")
    # ---------------- nl
    m(B, "nl", "o1", "O", "webhooks fail for all, storing?", "Webhooks komen niet door",
"""Hallo,

Sinds vannacht komen er geen webhooks meer door, voor geen enkele van onze klanten. In jullie dashboard staan ze allemaal op 'failed'. Is er een storing?

Groet,
Rick de Boer""", fmt="qp", charset="iso-8859-1")
    m(B, "nl", "o2", "O", "short: doet niks meer, iedereen", "???",
"""Het systeem doet helemaal niks meer, bij iedereen hier. Help!

Anouk""")
    m(B, "nl", "o3", "O", "mail service", "Geen mail ontvangen",
"""Hoi, we ontvangen sinds vanochtend geen enkele e-mail meer op onze zakelijke adressen. Versturen gaat wel. Kunnen jullie kijken wat er mis is?

Gr, Hans""")
    m(B, "nl", "n1", "", "out of office", "Afwezig: uw bericht",
"""Ik ben afwezig tot en met 2 december. Bij storingen in ons netwerk kunt u de servicedesk bellen op 030-1234567.

Met vriendelijke groet,
Joost""")
    m(B, "nl", "n2", "", "question about past storing for report", "Vraag over storing van vorige week",
"""Hallo, voor ons kwartaalrapport willen we graag weten hoe lang de storing van vorige week dinsdag precies duurde. Hebben jullie een incidentrapport?

Groet, Linda""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "panic short, nic nie działa", "NIC NIE DZIAŁA",
"""Nic nie działa!!! Ani strona, ani aplikacja. Klienci czekają przy kasie.

Paweł""")
    m(B, "pl", "o2", "O", "platności nie przechodzą dla wszystkich klientów", "Płatności nie przechodzą",
"""Dzień dobry,

od 10:20 żadna płatność w naszym sklepie nie przechodzi, wszyscy klienci dostają komunikat o błędzie bramki. Czy to problem po Waszej stronie?

Pozdrawiam
Daniel Lewandowski""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "o3", "O", "login not possible for whole company, html", "Brak możliwości logowania",
"""Dzień dobry, od rana nikt w całej firmie nie może się zalogować do systemu – strona logowania w ogóle się nie wczytuje. Proszę o pilną informację.

Z poważaniem
Grażyna Wójcik""", fmt="html")
    m(B, "pl", "n1", "", "server room: serwerownia", "Serwerownia",
"""Dzień dobry, w przyszłym tygodniu przenosimy serwerownię. Czy musimy zmienić coś w konfiguracji integracji? Pozdrawiam, Adam""")
    m(B, "pl", "n2", "", "own internet provider down", "Brak internetu",
"""Dzień dobry, u nas w biurze od wczoraj nie ma internetu (awaria u dostawcy), więc nie możemy korzystać z systemu. To nie Wasza wina. Czy możemy przełożyć szkolenie?

Pozdrawiam, Marta""")
    # ---------------- es
    m(B, "es", "o1", "O", "pagos fallan a todos los clientes", "Los pagos fallan",
"""Hola, desde hace una hora ningún cliente puede pagar en nuestra tienda online, todos los pagos fallan con un error de la pasarela. ¿Es cosa vuestra?

Alicia""")
    m(B, "es", "o2", "O", "short reply: seguimos igual", "RE: ¿Caída?",
"""Seguimos igual, no carga nada. Llevamos así toda la mañana.

Toni

> Hola Toni, ¿podrías indicarnos qué navegador usas?""")
    m(B, "es", "o3", "O", "servicio de correo, mails rebotan", "Correos rebotados",
"""Buenos días,

Nuestros clientes nos dicen que los correos que nos envían les rebotan, y nosotros no recibimos nada desde anoche. Afecta a todas las cuentas del dominio.

Saludos,
Jaime Ortega""", fmt="b64")
    m(B, "es", "n1", "", "newsletter past incident", "Novedades de noviembre",
"""¡Hola! Este mes lanzamos la facturación recurrente. También publicamos el informe de la incidencia del día 12, cuando el servicio estuvo caído 25 minutos. ¡Gracias por confiar en nosotros!

Darse de baja""")
    m(B, "es", "n2", "", "single-user login issue", "No puedo entrar",
"""Hola, no puedo entrar con mi usuario, me dice contraseña incorrecta pero estoy seguro de que es la buena. Mis compañeros entran sin problema.

Gracias, Álvaro""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "pagamentos falham para todos", "Pagamentos falhando",
"""Olá, nenhum cliente consegue finalizar compra desde as 13h, todos os pagamentos estão falhando. O problema é do lado de vocês?

Leandro""")
    m(B, "pt", "o2", "O", "PT-PT: ninguém consegue entrar, ecrã branco", "Não conseguimos entrar",
"""Bom dia,

Desde as 8h30 ninguém no escritório consegue entrar na plataforma, fica só um ecrã branco. Já experimentámos noutros computadores.

Com os melhores cumprimentos,
Ana Rodrigues""", fmt="qp", charset="iso-8859-1")
    m(B, "pt", "n1", "", "newsletter", "Novidades de novembro",
"""Olá! Em novembro lançamos o novo painel de vendas. Pedimos desculpa pela instabilidade do dia 7, que já foi totalmente resolvida. Até breve!

Cancelar subscrição""")
    m(B, "pt", "n2", "", "shut down account", "Encerrar conta",
"""Olá, gostaria de encerrar a minha conta e apagar os meus dados. Obrigado, Vasco""")
    # ---------------- it
    m(B, "it", "o1", "O", "pagamenti non passano per nessun cliente", "Pagamenti bloccati",
"""Buongiorno, da un'ora nessun cliente riesce a completare i pagamenti sul nostro e-commerce, esce un errore del gateway. Il problema è vostro?

Federico""")
    m(B, "it", "o2", "O", "short reply: idem, ancora niente", "R: Disservizio",
"""Ancora niente, non funziona nulla. Siamo fermi da tre ore.

Elisa

> Gentile cliente, i tecnici sono al lavoro.""")
    m(B, "it", "o3", "O", "posta: email rimbalzano", "Email rimbalzate",
"""Salve,

da stanotte tutte le email inviate ai nostri indirizzi tornano indietro al mittente e noi non riceviamo nulla. Succede su tutte le caselle.

Cordiali saluti
Antonio Marino""", fmt="b64")
    m(B, "it", "n1", "", "calo vendite question", "Report vendite",
"""Ciao, abbiamo notato un calo delle vendite a ottobre. Si può avere un report per negozio nel pannello? Grazie, Irene""")
    m(B, "it", "n2", "", "resolved with thanks", "Re: sito giù",
"""Perfetto, adesso il sito funziona di nuovo. Grazie mille per la rapidità.

Marta

> Buongiorno, il problema è stato risolto.""")
    # ---------------- en
    m(B, "en", "o1", "O", "webhooks failing for all", "Webhooks failing",
"""Hi, since 03:00 UTC every webhook delivery to our endpoint shows as failed in your dashboard and we're not receiving anything. Nothing changed on our side. Is there an incident?

Kevin""")
    m(B, "en", "n1", "", "server room temperature (own)", "Server room",
"""Hi, our server room got too hot last night and we shut down the on-prem sync box. Will the sync catch up automatically when we turn it back on?

Thanks, Neil""")
    # ---------------- de
    m(B, "de", "o1", "O", "short: geht bei euch was?", "Störung",
"""Geht bei euch grad was? Bei uns lädt gar nichts mehr.

LG Sandra""")
    m(B, "de", "o2", "O", "Zahlungen schlagen für alle Kunden fehl", "Zahlungen schlagen fehl",
"""Guten Tag,

seit 11 Uhr schlagen alle Zahlungen in unserem Shop fehl, kein Kunde kann bestellen. Laut Ihrer Statusseite ist alles in Ordnung, das stimmt aber nicht.

Mit freundlichen Grüßen
Dirk Becker""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "n1", "", "resolved thanks", "AW: Störung",
"""Danke, bei uns läuft wieder alles. Sie können das Ticket schließen.

Gruß Frank

> Die Störung ist behoben.""")
    # ---------------- fr
    m(B, "fr", "o1", "O", "paiements échouent pour tous", "Paiements en échec",
"""Bonjour, depuis 10h aucun client ne peut payer sur notre boutique, tous les paiements échouent. C'est un problème chez vous ?

Hélène""")
    m(B, "fr", "n1", "", "maintenance question", "Maintenance de dimanche",
"""Bonjour, pendant la maintenance prévue dimanche, l'application mobile sera-t-elle aussi indisponible ? Merci, Paul""")
    # ---------------- ro
    m(B, "ro", "o1", "O", "plățile nu trec pentru niciun client", "Plăți eșuate",
"""Bună ziua, de la ora 10 niciun client nu poate plăti în magazinul online, toate plățile eșuează. E o problemă la voi?

Radu""")
    m(B, "ro", "n1", "", "planned maintenance", "Mentenanță",
"""Bună, în timpul mentenanței programate de sâmbătă platforma va fi indisponibilă complet? Mulțumesc, Ana""")
