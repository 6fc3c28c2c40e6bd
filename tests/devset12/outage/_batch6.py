"""devset12 outage, batch 6 (measured before any tuning on it)."""
B = "b6"

def add_b6(m):
    # ---------------- sv
    m(B, "sv", "o1", "O", "booking widget error page for all our customers", "Bokningen funkar inte",
"""Hej,
våra kunder får en felsida när de försöker boka via er widget på vår hemsida. Vi har fått ett tiotal samtal senaste halvtimmen. Själva kan vi inte heller logga in i adminläget.
/Sara, Studio Puls""")
    m(B, "sv", "o2", "O", "logs everyone out constantly, whole company", "Alla blir utloggade",
"""Hej, sedan i förmiddags blir alla på företaget utloggade var femte minut och sen kommer man inte in igen på ett tag. Det går inte att arbeta så här. Vad händer?

Mvh Tobias Ek""", fmt="alt")
    m(B, "sv", "o3", "O", "SSL / certificate error on their domain for everyone", "Certifikatfel",
"""Hej! Både Chrome och Safari varnar för att er inloggningssida inte är säker (certifikatet har gått ut?). Ingen av oss kan logga in. Snälla fixa!

Emma""")
    m(B, "sv", "n1", "", "quoted outage notice, new question about invoice", "SV: Driftstörning åtgärdad",
"""Tack för info! En annan fråga: kan ni skicka novemberfakturan till ekonomi@foretaget.se istället?

/Kerstin

> Hej! Driftstörningen i morse är nu åtgärdad och alla tjänster fungerar normalt igen.""")
    m(B, "sv", "n2", "", "bug: one report wrong", "Fel i lagerrapporten",
"""Hej, lagerrapporten visar negativa saldon för några artiklar som vi har i lager. Allt annat fungerar. Kan ni titta på det?

Mvh Ulf""")
    # ---------------- da
    m(B, "da", "o1", "O", "print/sms not going out for all stores", "SMS bliver ikke sendt",
"""Hej

Siden i går aftes er der ikke gået én eneste SMS-påmindelse ud til vores kunder, i ingen af vores fire klinikker. Jeres system siger "sendt", men intet kommer frem. Er der fejl hos jer?

Mvh Anders Bach""")
    m(B, "da", "o2", "O", "short: siden er død", "hjælp",
"""Jeres side er helt død, både på computer og telefon. Hele butikken står stille.

Nina""")
    m(B, "da", "o3", "O", "reply: stadig fejl 502", "SV: SV: Ticket 2219",
"""Vi får stadig fejl 502 på alle sider. Det er ikke vores netværk, vi har testet fra 4G.

Morten

> Hej Morten, vi kan ikke genskabe fejlen.""", fmt="b64")
    m(B, "da", "n1", "", "download link", "Download af app",
"""Hej, linket til at downloade jeres app virker ikke for mig på min gamle iPad. Kan den overhovedet installeres på iOS 12?

Mvh Leif""")
    m(B, "da", "n2", "", "resolved thanks", "Tak for hjælpen",
"""Hej, nu virker det hele igen. Tak fordi I var så hurtige i dag! Mvh Signe""")
    # ---------------- nl
    m(B, "nl", "o1", "O", "SMS/notifications not sent for all, storing", "Geen sms'jes verstuurd",
"""Hallo,

Vanaf vannacht worden er geen herinneringen meer verstuurd naar onze patiënten, voor geen van onze praktijken. Het dashboard zegt 'verzonden' maar er komt niks aan. Is er een storing?

Groeten,
Marloes Smit""", fmt="qp", charset="iso-8859-1")
    m(B, "nl", "o2", "O", "certificate error for all", "Certificaatfout",
"""Hoi, alle browsers geven een certificaatfout op jullie inlogpagina, niemand van ons komt er meer in. Graag snel fixen!

Jasper""")
    m(B, "nl", "o3", "O", "everyone logged out, keeps kicking us", "Iedereen wordt uitgelogd",
"""Beste,

Sinds de lunch wordt iedereen hier om de paar minuten uitgelogd en daarna lukt inloggen een tijd niet. Werken is zo onmogelijk. Wat is er aan de hand?

Met vriendelijke groet,
Yvonne Bos""")
    m(B, "nl", "n1", "", "shut down: account opheffen", "Account opheffen",
"""Hallo, wij stoppen met de zaak en willen ons account per 1 januari opheffen. Wat moeten we doen? Groet, Gerrit""")
    m(B, "nl", "n2", "", "SLA question", "Beschikbaarheid",
"""Hallo, welke beschikbaarheid garanderen jullie in de SLA, en krijgen we een vergoeding als het platform langer dan een dag niet bereikbaar is?

Groet, Saskia""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "SMS reminders not going out, all clinics", "SMS nie wychodzą",
"""Dzień dobry,

od wczoraj wieczorem żadne przypomnienia SMS nie są wysyłane do pacjentów, w żadnej z naszych przychodni. W panelu status 'wysłano', ale nic nie dochodzi. Czy jest u Was awaria?

Pozdrawiam
Ewelina Mazur""", fmt="b64")
    m(B, "pl", "o2", "O", "everyone logged out, can't log back in", "Wszystkich wylogowuje",
"""Witam, od południa system wylogowuje wszystkich co kilka minut i potem nie można się z powrotem zalogować. Nie da się pracować.

Jacek""")
    m(B, "pl", "o3", "O", "short: strona nie wstaje", "???",
"""Strona od godziny nie wstaje, u nikogo. Co jest grane?

Kamil""")
    m(B, "pl", "n1", "", "quoted awaria + new question", "Re: Informacja o awarii",
"""Dziękuję za informację. Przy okazji: czy można dodać drugiego administratora do konta?

Pozdrawiam, Zofia

> Informujemy, że wczorajsza awaria została usunięta, a wszystkie usługi działają prawidłowo.""")
    m(B, "pl", "n2", "", "single user cannot log in (password)", "Nie mogę się zalogować",
"""Dzień dobry, nie mogę się zalogować, chyba zapomniałam hasła, a mail z resetem nie przychodzi. Koleżanki logują się normalnie.

Pozdrawiam, Halina""")
    # ---------------- es
    m(B, "es", "o1", "O", "booking widget error for all clients", "El widget de reservas da error",
"""Hola,

Nuestros clientes ven una página de error al intentar reservar desde el widget de nuestra web. Nosotros tampoco podemos entrar al panel. ¿Tenéis algún problema?

Gracias,
Eva Jiménez""")
    m(B, "es", "o2", "O", "everyone logged out", "Nos echa a todos",
"""Buenas, desde el mediodía la aplicación nos echa a todos cada pocos minutos y luego no deja volver a entrar. Así no se puede trabajar.

Óscar""", fmt="qp", charset="iso-8859-1")
    m(B, "es", "o3", "O", "LatAm: se cayó todo", "se cayó todo",
"""Buenas, se cayó todo? ni la app ni la web responden, en ninguna sucursal.

Fernanda""")
    m(B, "es", "n1", "", "download question", "Descargar informe",
"""Hola, ¿cómo descargo el informe anual en Excel? Solo me deja en PDF. Gracias, Irene""")
    m(B, "es", "n2", "", "own server room power cut", "Corte de luz",
"""Hola, ayer tuvimos un corte de luz en la oficina y el servidor local se apagó. ¿La sincronización se recupera sola al encenderlo?

Saludos, Ramón""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "SMS not sent for all", "SMS não estão saindo",
"""Olá, desde ontem à noite nenhum SMS de lembrete está sendo enviado aos nossos clientes, em nenhuma das unidades. No painel aparece 'enviado', mas ninguém recebe. Tem algum problema aí?

Patrícia""")
    m(B, "pt", "o2", "O", "PT-PT: todos a ser desligados da sessão", "Sessão termina sempre",
"""Bom dia,

Desde o almoço a plataforma termina a sessão a todos os utilizadores de poucos em poucos minutos e depois não deixa voltar a entrar. Assim é impossível trabalhar.

Cumprimentos,
Nuno Pereira""", fmt="b64")
    m(B, "pt", "o3", "O", "short: caiu tudo", "caiu tudo?",
"""caiu tudo? nada abre aqui, nem app nem site

Leo""")
    m(B, "pt", "n1", "", "quoted outage + new question", "Re: Instabilidade resolvida",
"""Obrigado. Aproveitando: como faço para mudar o e-mail de faturamento?

Abraço, Rodrigo

> Informamos que a instabilidade de hoje cedo foi resolvida e todos os serviços estão normais.""")
    m(B, "pt", "n2", "", "single user bug", "Relatório em branco",
"""Olá, o relatório de comissões sai em branco só para mim. Os meus colegas conseguem vê-lo normalmente. Obrigada, Beatriz""")
    # ---------------- it
    m(B, "it", "o1", "O", "SMS not sent for all offices", "SMS non partono",
"""Buongiorno,

da ieri sera non parte più nessun SMS di promemoria ai pazienti, in nessuno dei nostri studi. Nel pannello risultano 'inviati' ma non arriva niente. C'è un guasto?

Cordiali saluti
Dott.ssa Lucia Ferraro""", fmt="qp", charset="iso-8859-1")
    m(B, "it", "o2", "O", "everyone logged out", "Ci butta fuori tutti",
"""Ciao, da mezzogiorno il gestionale butta fuori tutti ogni pochi minuti e poi non si riesce più a rientrare. Così non si può lavorare.

Matteo""")
    m(B, "it", "o3", "O", "short: non va niente", "aiuto",
"""Non va niente, né sito né app. Tutto l'ufficio è fermo.

Roberta""")
    m(B, "it", "n1", "", "quoted disservizio + new question", "R: Disservizio risolto",
"""Grazie per l'aggiornamento. Già che ci sono: come si aggiunge un secondo utente amministratore?

Saluti, Daniele

> Gentile cliente, il disservizio di stamattina è stato risolto e tutti i servizi funzionano regolarmente.""")
    m(B, "it", "n2", "", "single user login problem", "Non riesco ad accedere",
"""Buongiorno, non riesco ad accedere con la mia utenza, dice password errata. I colleghi entrano normalmente. Posso fare un reset?

Grazie, Gabriella""")
    # ---------------- en
    m(B, "en", "o1", "O", "cert expired for everyone", "SSL error on your login page",
"""Your login page is throwing a certificate expired error in every browser, nobody on our team can get in. Please fix ASAP.

Greg""")
    m(B, "en", "n1", "", "quoted outage + new question", "Re: Incident resolved",
"""Thanks. Unrelated question - can I change the billing email to accounts@ourco.example?

Rachel

> The incident affecting logins this morning has been resolved. All systems are operational.""")
    # ---------------- de
    m(B, "de", "o1", "O", "SMS gehen nicht raus, alle Praxen", "SMS-Erinnerungen",
"""Hallo,

seit gestern Abend gehen keine SMS-Erinnerungen mehr an unsere Patienten raus, in keiner unserer Praxen. Im System steht 'versendet', aber es kommt nichts an. Gibt es ein Problem?

Viele Grüße
Dr. Karin Braun""", fmt="alt")
    m(B, "de", "n1", "", "single user", "Passwort",
"""Hallo, ich komme nicht mehr rein, Passwort vergessen. Die Kollegen können sich normal anmelden. Können Sie es zurücksetzen? Gruß, Rolf""")
    # ---------------- fr
    m(B, "fr", "o1", "O", "tout le monde déconnecté", "On est tous déconnectés",
"""Bonjour, depuis midi l'application déconnecte tout le monde toutes les cinq minutes et ensuite impossible de se reconnecter. On ne peut pas travailler comme ça.

Sandrine""")
    m(B, "fr", "n1", "", "quoted incident + new question", "Re: Incident résolu",
"""Merci. Autre question : comment ajouter un deuxième administrateur ? Bonne journée, Luc

> L'incident de ce matin est résolu, tous les services fonctionnent normalement.""")
    # ---------------- ro
    m(B, "ro", "o1", "O", "SMS-urile nu pleacă, toate clinicile", "SMS-uri netrimise",
"""Bună ziua, de aseară nu mai pleacă niciun SMS de reamintire către pacienți, în niciuna dintre clinici. În panou apar ca trimise, dar nu ajung. Aveți o defecțiune?

Mulțumesc, Diana""")
    m(B, "ro", "n1", "", "quoted incident + new question", "Re: Incident rezolvat",
"""Mulțumesc. Altă întrebare: cum schimb adresa de facturare? Ovidiu

> Incidentul de azi-dimineață a fost rezolvat, toate serviciile funcționează normal.""")
