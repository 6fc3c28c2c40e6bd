"""devset12 outage, batch 2 (measured before any tuning on it)."""
B = "b2"

def add_b2(m):
    # ---------------- sv
    m(B, "sv", "o1", "O", "is something going on, nobody gets in to the booking system", "Händer det något?",
"""Hej, händer det något hos er? Ingen av tjejerna på salongen kommer in i bokningssystemet, det står bara "Något gick fel, försök igen senare".

/Amanda""")
    m(B, "sv", "o2", "O", "mail service: no mails arriving since morning", "Inga mejl",
"""Hej!

Vi har inte fått ett enda mejl sedan i morse, varken jag eller kollegorna. Skickar vi från Gmail till våra adresser hos er så kommer det aldrig fram. Är det strul hos er?

Mvh Peter Holm
Holm & Co""", fmt="qp", charset="iso-8859-1")
    m(B, "sv", "o3", "O", "driftstörning subject, api 500", "Driftstörning API",
"""Hej,
alla anrop mot /orders ger 500 Internal Server Error sedan 13:15. Det gäller både test och produktion. Vår kassa kan inte skapa några kvitton.
/Erik""")
    m(B, "sv", "n1", "", "status email: störning åtgärdad, customer forwards asking for invoice credit? no - question about report", "VB: Driftinformation",
"""Hej, vi fick det här mejlet nedan. Ska vi göra något med de ordrar som kom in under tiden, eller är de redan synkade?

Mvh Stina

> Driftinformation: Mellan 02:00 och 02:40 i natt hade vi en störning i orderflödet. Felet är åtgärdat och alla tjänster fungerar normalt.""")
    m(B, "sv", "n2", "", "own internet at the office (Telia), not yours", "Kan inte jobba idag",
"""Hej, vårt bredband är nere på kontoret så vi kommer inte åt något idag. Det är inte ert fel, Telia jobbar på det. Kan ni flytta vårt möte till torsdag?

Tack, Olle""")
    m(B, "sv", "n3", "", "server room mention", "Serverrum",
"""Hej, vi ska flytta vår lokala server till det nya serverrummet nästa vecka. Behöver vi uppdatera något i integrationen mot er, till exempel IP-adressen?

Mvh Fredrik""")
    # ---------------- da
    m(B, "da", "o1", "O", "reply: still down, nobody in the shop can sell", "SV: Kassesystem",
"""Det virker stadig ikke! Ingen af kasserne kan logge på, og vi har kunder i kø. Hvad sker der?

Mvh Jonas

> Hej Jonas, vi kigger på det.""")
    m(B, "da", "o2", "O", "nedbrud? login page error 500", "Fejl 500 på login",
"""Hej

Vi får fejl 500, når vi prøver at logge ind. Det gælder alle 12 brugere hos os. Har I et nedbrud?

Venlig hilsen
Camilla Nørgaard""", fmt="html")
    m(B, "da", "n1", "", "SLA: oppetid question", "Oppetid",
"""Hej, hvad er jeres garanterede oppetid, og får vi kompensation, hvis systemet er nede i mere end 4 timer? Det skal bruges til vores leverandørvurdering.

Mvh Kasper""")
    m(B, "da", "n2", "", "single user: password forgot", "Glemt adgangskode",
"""Hej, jeg kan ikke logge ind fordi jeg har glemt min adgangskode, og mailen med nulstilling kommer ikke. Mine kollegaer kan godt logge ind.

Hilsen Dorthe""")
    # ---------------- nl
    m(B, "nl", "o1", "O", "plat? reply short", "Re: Alles plat?",
"""Ligt alles plat bij jullie? We krijgen alleen een 503 en het hele kantoor zit stil.

Bas""")
    m(B, "nl", "o2", "O", "API times out for all requests, webshop down", "API time-outs",
"""Hallo,

Sinds ongeveer 11:00 lopen al onze API-calls in een time-out. Onze webshop kan daardoor geen bestellingen doorzetten. Kunnen jullie kijken wat er aan de hand is?

Groeten,
Jeroen Bakker
Bakker Online""", fmt="b64")
    m(B, "nl", "o3", "O", "app won't open for anyone, status page green", "Status pagina klopt niet",
"""Jullie statuspagina zegt dat alles werkt, maar bij ons opent de app bij niemand meer. Al sinds half negen. Is er iets aan de hand?

mvg Ellen""")
    m(B, "nl", "n1", "", "resolved storing, thanks", "Re: Storing",
"""Top, bij ons werkt alles weer. Bedankt voor het snelle oplossen van de storing vanochtend!

Groet, Martijn

> Beste Martijn, de storing is verholpen. Excuses voor het ongemak.""")
    m(B, "nl", "n2", "", "single bug: export button error", "Exportknop",
"""Hoi, als ik op de knop 'Exporteren naar Excel' klik krijg ik een foutmelding. De rest van het systeem werkt prima. Kunnen jullie dit bekijken?

Groet, Ruud""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "strona leży, reply short", "Re: strona",
"""Strona znowu leży!! Klienci dzwonią, że nie mogą złożyć zamówienia. Co się dzieje?

Piotr""")
    m(B, "pl", "o2", "O", "nobody in office can open app, since 8", "Aplikacja nie otwiera się",
"""Dzień dobry,

od 8 rano nikt w biurze nie może otworzyć aplikacji, kręci się kółko i nic. Sprawdzaliśmy na kilku komputerach i na telefonach. Czy macie problem po swojej stronie?

Pozdrawiam
Agnieszka Zielińska""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "n1", "", "planned maintenance question", "Prace serwisowe w sobotę",
"""Dzień dobry, w mailu piszecie o planowanych pracach serwisowych w sobotę. Czy system będzie niedostępny przez cały dzień, czy tylko w nocy?

Dziękuję, Ewa""")
    m(B, "pl", "n2", "", "down payment / zaliczka", "Zaliczka",
"""Dzień dobry, czy mogę wpłacić zaliczkę na licencję roczną, a resztę w lutym? Pozdrawiam, Krzysztof""")
    # ---------------- es
    m(B, "es", "o1", "O", "nobody can connect, 'está caído?'", "¿Está caído?",
"""Buenas tardes, ¿está caído el sistema? Nadie de la oficina puede conectarse, nos da error de servidor.

Gracias, Raúl""")
    m(B, "es", "o2", "O", "LatAm: plataforma no carga, clientes reclamando", "plataforma no carga",
"""Hola equipo, la plataforma no carga hace más de una hora, solo aparece la rueda girando. Nuestros clientes están reclamando porque no pueden pagar. Por favor revisen.

Saludos
Valentina Gómez
Bogotá""", fmt="html")
    m(B, "es", "o3", "O", "reply: sigue sin funcionar for everyone", "RE: Incidencia 2231",
"""Sigue sin funcionar. Ahora mismo ninguno de los 20 usuarios puede acceder a la aplicación.

Carlos

> Hola Carlos, ya debería estar solucionado, ¿puedes confirmar?""")
    m(B, "es", "n1", "", "our internet provider failure", "Sin conexión en la tienda",
"""Hola, nuestra conexión a internet en la tienda está caída desde ayer por una avería de Movistar. ¿Podemos seguir cobrando con el TPV sin conexión?

Un saludo, Elena""")
    m(B, "es", "n2", "", "out of office", "Respuesta automática: pedido 4411",
"""Estoy fuera de la oficina hasta el lunes 1 de diciembre. Para cualquier incidencia urgente escribid a soporte@empresa.example.

Un saludo, Sergio""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "BR: caiu? ninguém consegue logar", "caiu??",
"""Gente, o sistema caiu? Ninguém aqui consegue logar, só aparece erro de conexão.

Bruno""")
    m(B, "pt", "o2", "O", "PT-PT: portal em baixo desde manhã", "Portal em baixo",
"""Bom dia,

O portal de clientes está em baixo desde as 9h. Os nossos clientes não conseguem aceder às faturas e estão a ligar para cá. Há previsão de resolução?

Com os melhores cumprimentos,
Rui Ferreira""", fmt="qp", charset="iso-8859-1")
    m(B, "pt", "o3", "O", "emails não estão chegando (email service)", "E-mails não chegam",
"""Olá, desde cedo nenhum e-mail está chegando nas nossas caixas. Testamos de vários remetentes. Está acontecendo alguma coisa com o servidor de vocês?

Obrigada, Fernanda""")
    m(B, "pt", "n1", "", "resolved thanks", "Re: Sistema fora do ar",
"""Obrigado pelo retorno, aqui voltou tudo ao normal desde ontem à noite. Podem encerrar o chamado.

Abraço, Thiago

> Olá Thiago, houve uma instabilidade em nossos servidores ontem entre 18h e 19h.""")
    m(B, "pt", "n2", "", "download question", "Download do aplicativo",
"""Oi, onde faço o download do aplicativo para Windows? Não encontrei no site.

Valeu, Lucas""")
    # ---------------- it
    m(B, "it", "o1", "O", "nessuno riesce ad accedere, subject Urgente", "URGENTE accesso",
"""Buongiorno, nessuno dei nostri operatori riesce ad accedere al portale da stamattina. Compare solo una pagina di errore. Potete verificare subito?

Grazie
Simona""")
    m(B, "it", "o2", "O", "app bloccata, tutta la sede, 'state avendo problemi?'", "Problemi con l'app?",
"""Ciao, state avendo problemi? L'app si blocca sulla schermata iniziale a tutti in negozio, sia su Android che su iPhone.

Alessio""", fmt="b64")
    m(B, "it", "o3", "O", "mail service: non ci arrivano mail", "Posta non arriva",
"""Buongiorno,
da ieri sera non ci arriva più nessuna email sulle caselle aziendali ospitate da voi. Anche i clienti ci dicono che i loro messaggi tornano indietro. È un problema vostro?

Cordiali saluti
Paolo Galli""")
    m(B, "it", "n1", "", "SLA question, if the service goes down", "Domanda su SLA",
"""Buongiorno, vorremmo capire cosa prevede il contratto in caso di disservizio prolungato: c'è un rimborso se la piattaforma resta irraggiungibile per più di un giorno?

Grazie, Chiara""")
    m(B, "it", "n2", "", "single user bug", "Errore stampa",
"""Salve, quando provo a stampare la fattura n. 233 mi dà errore. Le altre fatture si stampano normalmente. Come risolvo?

Grazie, Enrico""")
    # ---------------- en
    m(B, "en", "o1", "O", "cloudflare error, can't reach API", "can't reach your API",
"""We can't reach your API from any of our servers since about 14:20 UTC - connections just hang and then time out. Nothing changed on our side. Is something going on?

Priya
Platform team""")
    m(B, "en", "o2", "O", "reply, app just spins for all reps", "Re: Ticket #88120",
"""Still happening. The app just spins for every one of our field reps, they can't log any visits.

Tom

> Hi Tom, could you send us a screenshot?""")
    m(B, "en", "n1", "", "resolved thanks", "Re: Site down",
"""All good on our end now, the site came back about an hour ago. Thanks for the quick work, you can close this.

Jess""")
    m(B, "en", "n2", "", "our wifi", "ignore my last email",
"""Hi, please ignore my previous email about not being able to connect - turns out our office wifi had died. No issue on your side. Sorry!

Ben""")
    # ---------------- de
    m(B, "de", "o1", "O", "alles tot? subject, 502", "Alles tot??",
"""Hallo, bei uns kommt nur noch "502 Bad Gateway", egal ob Browser oder App. Alle Filialen betroffen. Bitte dringend prüfen!

Markus""")
    m(B, "de", "o2", "O", "emails kommen nicht an (mail service)", "E-Mails kommen nicht an",
"""Guten Morgen,

seit gestern Abend kommen bei uns keine E-Mails mehr an, weder intern noch von extern. Betrifft das ganze Team. Gibt es bei Ihnen ein Problem?

Freundliche Grüße
Petra Schulz""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "n1", "", "maintenance announcement question", "Wartung am Sonntag",
"""Hallo, Sie haben für Sonntag eine Wartung angekündigt. Ist die App währenddessen komplett offline, oder nur das Webportal?

Danke, Klaus""")
    m(B, "de", "n2", "", "Anzahlung", "Anzahlung möglich?",
"""Guten Tag, ist eine Anzahlung auf das Jahrespaket möglich? Gruß, Uwe""")
    # ---------------- fr
    m(B, "fr", "o1", "O", "plus rien ne marche, toute l'agence", "plus rien ne marche",
"""Bonjour, plus rien ne marche depuis 14h, ni le site ni l'appli. Toute l'agence est bloquée. Que se passe-t-il ?

Julien""")
    m(B, "fr", "n1", "", "newsletter mentioning past incident", "Les nouveautés de novembre",
"""Bonjour ! Ce mois-ci : nouvel éditeur de factures et export comptable. Nous revenons aussi sur l'incident du 5 novembre dans notre article de blog. Merci de votre fidélité !

Se désabonner""")
    # ---------------- ro
    m(B, "ro", "o1", "O", "site-ul e picat, clientii", "Site picat",
"""Bună, site-ul e picat de o oră, clienții noștri nu pot plasa comenzi. Vă rog verificați urgent.

Cristina""")
    m(B, "ro", "n1", "", "own internet", "Internet",
"""Bună ziua, internetul nostru de la birou nu merge de ieri, așa că nu putem folosi aplicația. Nu e vina voastră. Putem amâna instruirea?

Mulțumesc, Vlad""")
