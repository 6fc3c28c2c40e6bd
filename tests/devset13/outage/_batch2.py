"""devset13 outage, batch 2 (measured before tuning on it): IT admins with codes/times, integrations
(webhooks, sync, EDI, SSO), "we can't work", typos; negatives: past outage reports, maintenance
windows, single-user crashes with strong words, SLA hypotheticals, 'caída de precios'-type second meanings."""
B = "b2"

def add_b2(m):
    # ---------------- es
    m(B, "es", "o1", "O", "IT admin: SSO login fails for all, times", "Incidencia: SSO devuelve error 500",
"""Buenos días,

Desde las 9:12 (hora peninsular) el inicio de sesión con SSO devuelve un error 500 a todos nuestros usuarios. Hemos probado desde varias redes y equipos, el fallo es vuestro. Tenemos a 60 personas sin poder trabajar.

Un saludo,
Álvaro Gil — Administrador de sistemas""", fmt="b64")
    m(B, "es", "o2", "O", "es-MX no accents, sync stopped for all branches", "ya no sincroniza",
"""buenas, desde anoche el inventario ya no sincroniza en ninguna de las sucursales, todas marcan error de conexion con su servidor. urge!!""")
    m(B, "es", "o3", "O", "we can't work, screen stays white", "No podemos trabajar",
"""Hola, el programa se queda en pantalla blanca al abrirlo, en todos los ordenadores de la tienda. No podemos trabajar. ¿Qué está pasando?

Rosa""")
    m(B, "es", "n1", "", "past outage, asks for credit", "Compensación por la caída del martes",
"""Hola, el martes pasado el servicio estuvo caído unas tres horas. Ya funciona bien, pero queríamos saber si nos corresponde algún descuento en la factura.

Saludos, Enrique""")
    m(B, "es", "n2", "", "caída de precios: second meaning", "Bajada de precios",
"""Hola, he visto la caída de precios del plan Pro en vuestra web. ¿Se aplica también a clientes actuales o solo a nuevos?

Gracias, Beatriz""")
    m(B, "es", "n3", "", "single user: my phone app crashes after update", "La app se me cierra",
"""Hola, desde que actualicé mi móvil la app se me cierra al abrir la agenda. En la tablet de mi compañera funciona bien. ¿Alguna idea?

Daniel""")
    m(B, "es", "n4", "", "hypothetical: what if the platform goes down during Black Friday", "Pregunta sobre disponibilidad",
"""Buenas, ¿qué pasa si la plataforma se cae en pleno Black Friday? ¿Tenéis algún plan de contingencia o garantía de disponibilidad?

Un saludo, Íñigo""")
    # ---------------- it
    m(B, "it", "o1", "O", "IT admin: API timeouts since 14:30, all requests", "Timeout API dalle 14:30",
"""Buongiorno,

dalle 14:30 tutte le chiamate alle vostre API vanno in timeout dopo 30 secondi. Nessun ordine viene trasmesso dal nostro e-commerce. Vi chiedo un aggiornamento urgente.

Saluti
Stefano Rinaldi – IT Manager""")
    m(B, "it", "o2", "O", "no accents, typos, app does nothing for anyone", "app nn va",
"""ragazzi l app nn va piu da stamattina, a nessuno di noi in negozio, resta tutto nero. che succede??""")
    m(B, "it", "o3", "O", "Swiss Italian: email reminders not sent since yesterday for all clients", "Promemoria non inviati",
"""Buongiorno,

da ieri sera i promemoria via e-mail non partono più verso nessun cliente dei nostri tre studi. I pazienti non ricevono niente e abbiamo già diversi appuntamenti mancati.

Saluti cordiali
dott.ssa Elena Pedrazzini, Bellinzona""", fmt="qp", charset="iso-8859-1")
    m(B, "it", "n1", "", "planned maintenance: will it be down", "Manutenzione di domenica",
"""Buongiorno, avete annunciato una manutenzione programmata domenica dalle 6 alle 8. Il portale rimarrà accessibile in sola lettura oppure sarà completamente spento?

Grazie, Roberto""")
    m(B, "it", "n2", "", "own network down, will pay later", "Pagamento fattura",
"""Salve, la nostra connessione internet in ufficio è fuori uso da due giorni per un guasto del gestore, quindi pagheremo la fattura appena possibile.

Cordialità, Anna""")
    m(B, "it", "n3", "", "single user: button doesn't work for me", "Il pulsante salva non funziona",
"""Ciao, quando premo Salva nella scheda cliente non succede nulla. È solo sul mio profilo, i colleghi salvano senza problemi.

Marco""")
    # ---------------- sv
    m(B, "sv", "o1", "O", "IT admin with error code, whole company", "Incident: 503 från er tjänst",
"""Hej,

Sedan 07:45 svarar er tjänst med HTTP 503 för samtliga användare i vår organisation (ca 80 st). Vi har uteslutit vårt eget nätverk. Vi behöver en uppdatering snarast.

Mvh
Anders Nyberg
IT-avdelningen""", fmt="b64")
    m(B, "sv", "o2", "O", "Finland-Swedish: we can't work, the program won't start", "Vi kan inte jobba",
"""Hej

Programmet startar inte på någon av våra datorer i dag, det kommer bara ett felfönster. Vi kan inte jobba alls. Har ni något fel på er sida?

Hälsningar från Jakobstad
Kim""")
    m(B, "sv", "o3", "O", "typos, no diacritics, nothing works", "inget funkar",
"""hej, inget funkar hos er idag?? sidan laddar inte for nagon av oss, bara vit skarm""")
    m(B, "sv", "n1", "", "maintenance window question", "Underhåll i natt",
"""Hej, ni har aviserat underhåll i natt mellan 01 och 03. Kommer appen att vara nere hela tiden eller bara en kort stund?

Tack, Sara""")
    m(B, "sv", "n2", "", "second meaning: nere i listan", "Hittar inte kunden",
"""Hej, jag hittar inte kunden Lindgren AB, den verkar ha hamnat längst ner i listan. Hur sorterar jag om?

/Emil""")
    m(B, "sv", "n3", "", "resolved, thanks, no request", "Re: Driftstörning",
"""Hej, nu fungerar allt igen hos oss. Tack för snabb återkoppling under störningen i förmiddags!

Vänliga hälsningar
Ulrika

> Vi har åtgärdat felet och tjänsten är nu i drift igen.""")
    # ---------------- da
    m(B, "da", "o1", "O", "integration: orders not coming through from any webshop", "Ordrer kommer ikke igennem",
"""Hej

Siden i nat er der ikke kommet en eneste ordre igennem fra vores tre webshops. Integrationen til jer melder bare fejl. Det haster!

Mvh Thomas""")
    m(B, "da", "o2", "O", "typos, no æøå, can't work", "vi kan ikke arbejde",
"""hej, systemet er gaaet helt ned hos os, ingen kan logge paa og vi kan ikke arbejde. hvornaar er det oppe igen??

mvh Bente""")
    m(B, "da", "o3", "O", "IT admin, times and code", "Driftsproblemer siden 13:20",
"""Hej support

Siden 13:20 har alle vores brugere fået "Gateway Timeout" ved login. Vi har genstartet vores egne maskiner uden effekt. Vi forventer en hurtig melding.

Venlig hilsen
Henrik Dahl, IT""")
    m(B, "da", "n1", "", "status newsletter, past", "Nyhedsbrev: driftsstatus november",
"""Kære kunde

I november havde vi en oppetid på 99,95 %. Den 12. november var der et kort nedbrud på 20 minutter, som blev løst samme morgen.

Med venlig hilsen
Driftsteamet""")
    m(B, "da", "n2", "", "shut down: luk kontoen", "Luk venligst vores konto",
"""Hej, vi lukker butikken ned til nytår, så vi vil gerne have vores konto lukket pr. 31/12.

Mvh Annette""")
    m(B, "da", "n3", "", "hypothetical SLA", "Spørgsmål om oppetid",
"""Hej, hvad sker der hvis systemet er nede i en hel arbejdsdag? Får vi så kompensation efter jeres SLA?

Venlig hilsen Mogens""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "IT admin: 502 since 8:30, all branches", "Awaria - błąd 502 od 8:30",
"""Dzień dobry,

od godziny 8:30 we wszystkich naszych oddziałach system zwraca błąd 502. Sprawdziliśmy naszą sieć, wszystko jest w porządku. Proszę o pilną informację, kiedy usługa wróci.

Z poważaniem
Paweł Zieliński, administrator IT""", fmt="b64")
    m(B, "pl", "o2", "O", "integration: orders not syncing for all shops", "Zamówienia nie spływają",
"""Cześć, od wczoraj wieczorem żadne zamówienie nie spływa do systemu z żadnego z naszych sklepów. Integracja z wami stoi. Tracimy klientów!

Kasia""")
    m(B, "pl", "o3", "O", "mobile app: doesn't open for anybody", "apka sie nie otwiera",
"""apka sie nie odpala u nikogo z kurierow od rana, tylko bialy ekran. co jest??""")
    m(B, "pl", "n1", "", "past outage, credit", "Rekompensata za awarię",
"""Dzień dobry, w zeszły czwartek mieliśmy u was awarię przez pół dnia. Teraz wszystko działa, ale chcielibyśmy zapytać o rabat.

Pozdrawiam, Łukasz""")
    m(B, "pl", "n2", "", "single user password", "Nie pamiętam hasła",
"""Dzień dobry, nie mogę się zalogować, bo nie pamiętam hasła, a mail z resetem nie przychodzi. Proszę o pomoc.

Ola""")
    m(B, "pl", "n3", "", "maintenance: will be unavailable", "Przerwa techniczna",
"""Witam, czy podczas zapowiedzianej przerwy technicznej w sobotę aplikacja będzie całkowicie niedostępna?

Pozdrawiam, Grzegorz""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "pt-BR, colloquial, system out for the whole store", "tá tudo fora",
"""Oi, o sistema tá fora desde cedo aqui na loja, nenhum caixa consegue abrir venda. A gente não tá conseguindo trabalhar!!

Jéssica""")
    m(B, "pt", "o2", "O", "pt-PT IT admin: login error for everyone, times", "Erro no login desde as 10h15",
"""Bom dia,

Desde as 10h15 que nenhum colaborador consegue iniciar sessão: aparece "Erro interno do servidor". Já confirmámos que não é da nossa rede. Agradeço resposta rápida.

Cumprimentos,
Nuno Carvalho, Informática""", fmt="qp", charset="iso-8859-1")
    m(B, "pt", "o3", "O", "webhook stopped for all stores", "Webhook parou",
"""Olá, o webhook de pedidos parou de disparar para todas as nossas lojas desde as 15h. Nenhum pedido novo chega no ERP.

Att, Bruno""")
    m(B, "pt", "n1", "", "planned maintenance question", "Manutenção programada",
"""Olá, recebemos o aviso da manutenção programada de domingo. O aplicativo vai ficar fora do ar o tempo todo?

Obrigado, Vinícius""")
    m(B, "pt", "n2", "", "caiu no spam: second meaning", "Email caiu no spam",
"""Oi, o email de confirmação de vocês caiu na caixa de spam de vários clientes. Tem como configurar o remetente para evitar isso?

Renata""")
    m(B, "pt", "n3", "", "own internet down", "Atraso no pagamento",
"""Bom dia, a nossa internet está em baixo desde ontem por causa da operadora, por isso o pagamento vai atrasar uns dias.

Cumprimentos, Helena""")
    # ---------------- others
    m(B, "en", "o1", "O", "IT admin", "P1: SSO broken for the whole org",
"""Since 06:55 UTC every sign-in via SSO ends on your error page. 300 seats affected, nobody can work.

— Priya, IT Ops""")
    m(B, "en", "n1", "", "hypothetical", "Uptime question",
"""Hi, what happens if your service goes down during our launch? Do you offer credits?

Ben""")
    m(B, "fr", "n1", "", "resolved thanks", "Merci",
"""Bonjour, tout fonctionne à nouveau depuis midi. Merci pour votre réactivité pendant la panne de ce matin.

Claire""")
    m(B, "nl", "o1", "O", "integration", "koppeling ligt plat",
"""Hoi, de koppeling met jullie ligt sinds vanochtend helemaal plat, geen enkele order komt meer binnen bij al onze winkels.

Groet, Sander""")
    m(B, "de", "n1", "", "maintenance", "Wartung am Wochenende",
"""Hallo, ist das System während der angekündigten Wartung am Samstag komplett offline?

Viele Grüße, Jan""")
    m(B, "ro", "n1", "", "past outage", "Multumiri",
"""Buna ziua, va multumim ca ati rezolvat atat de repede problema de ieri. Acum totul merge perfect.

Ioana""")
