"""devset13 outage, batch 1 (measured before any tuning on it): one-liners, subject-only reports,
replies on an unrelated old thread, mobile app for the whole team; negatives: maintenance notices,
resolved thanks, single-user how-to, down payment / close account."""
B = "b1"

def add_b1(m):
    # ---------------- es
    m(B, "es", "o1", "O", "es-MX one-liner, panicked, no accents", "URGENTE",
"""oigan se cayo todo?? no nos carga nada desde hace media hora, ni la pagina ni la app

Lupita""")
    m(B, "es", "o2", "O", "subject-only report, signature body", "La plataforma no funciona para nadie en la oficina",
"""--
Ing. Ramiro Tapia
Jefe de Sistemas | Ferretería El Tornillo
Tel. 81 2233 4455""")
    m(B, "es", "o3", "O", "reply on old invoice thread, is platform down", "Re: Factura marzo",
"""Perdón que escriba por aquí, ¿está caída la plataforma? No abre nada, ni a mí ni a mis compañeros.

Saludos, Carolina

> Estimada Carolina, adjuntamos la factura de marzo.
> Atentamente, Facturación""")
    m(B, "es", "o4", "O", "es-AR colloquial, app won't open for anyone", "la app no anda",
"""Che, la app no anda desde temprano, queda la ruedita girando y no entra nadie del equipo. Nos está matando, estamos con los pedidos frenados.

Nico - Almacén Don Pepe""", fmt="qp")
    m(B, "es", "n1", "", "planned maintenance notice forwarded, asks nothing", "RV: Mantenimiento programado sábado",
"""Hola, les reenvío el aviso que nos llegó. Solo para confirmar que el sábado de 2 a 4 la plataforma no estará disponible por mantenimiento programado, ¿verdad? Así aviso al equipo.

Gracias, Marta""")
    m(B, "es", "n2", "", "down payment: pago inicial / enganche", "Enganche del plan anual",
"""Buenas tardes, ¿puedo dar un enganche del 30% del plan anual y pagar el resto en tres meses? Somos una empresa chica.

Saludos, Jorge""")
    m(B, "es", "n3", "", "single-user how-to: forgot password, reset link", "No me acuerdo la contraseña",
"""Hola, olvidé mi contraseña y el enlace para restablecerla no me llega al correo. ¿Me pueden ayudar a entrar a mi cuenta? Gracias.

Sofía""")
    # ---------------- it
    m(B, "it", "o1", "O", "panicked one-liner no accents", "AIUTO",
"""il sito e giu?? non si apre niente, siamo tutti bloccati qui in ufficio""")
    m(B, "it", "o2", "O", "Swiss Italian, IT admin with error code and times", "Disservizio in corso - errore 502",
"""Buongiorno,

dalle 08:40 circa tutti i nostri 25 collaboratori ricevono "502 Bad Gateway" quando aprono il gestionale. Abbiamo verificato la nostra rete, il problema non è da noi. Potete darci un riscontro al più presto?

Cordiali saluti
Mattia Bernasconi
Responsabile informatica, Lugano""", fmt="b64")
    m(B, "it", "o3", "O", "mobile app keeps spinning for everyone", "App bloccata",
"""Ciao, l'app continua a caricare all'infinito e non parte, né a me né ai colleghi, su iPhone e Android. Non riusciamo a lavorare.

Francesca""")
    m(B, "it", "o4", "O", "reply on unrelated thread, nothing loads", "R: Rinnovo contratto",
"""Scusate se rispondo qui: ma è tutto fermo da voi? Non carica più nessuna pagina da stamattina.

Paolo

> Gentile cliente, le ricordiamo che il contratto scade il 30/11.""")
    m(B, "it", "n1", "", "resolved, thanks", "Grazie!",
"""Volevo solo ringraziarvi, il problema di ieri pomeriggio è stato risolto e adesso funziona tutto regolarmente. Ottimo lavoro.

Chiara""")
    m(B, "it", "n2", "", "single user: can't find export button", "Dove si trova l'esportazione?",
"""Buongiorno, non trovo più il pulsante per esportare le fatture in Excel dopo l'aggiornamento. Mi sapete dire dove è stato spostato?

Grazie, Luca""")
    m(B, "it", "n3", "", "SLA hypothetical question", "Domanda su SLA",
"""Salve, stiamo valutando il piano Enterprise. In caso di interruzione del servizio, entro quanto tempo garantite il ripristino e sono previsti rimborsi?

Distinti saluti, Giorgia Ferri""")
    # ---------------- sv
    m(B, "sv", "o1", "O", "Finland-Swedish, system not working, whole office", "Systemet fungerar inte",
"""Hej,

Systemet fungerar inte alls sedan morgonen, ingen av oss på kontoret i Vasa kommer in. Vi har testat olika datorer och nät.

Med vänlig hälsning
Johanna Blomqvist""")
    m(B, "sv", "o2", "O", "one-liner colloquial, is it down", "ligger ni nere?",
"""ligger ni nere eller? funkar inte för nån av oss""")
    m(B, "sv", "o3", "O", "integration: webhook stopped firing for all stores", "Webhooks kommer inte fram",
"""Hej!

Sedan ca 14:15 i går har vi inte fått en enda webhook från er, för någon av våra 12 butiker. Ordrarna hamnar inte i lagersystemet. Något är trasigt på er sida.

/Oskar, utvecklare""", fmt="qp", charset="iso-8859-1")
    m(B, "sv", "o4", "O", "reply on old thread, app won't open", "SV: Fakturafråga",
"""Appen startar inte längre, den bara snurrar. Gäller hela teamet. Vad händer?

Linnea

> Hej Linnea, fakturan är nu krediterad.""")
    m(B, "sv", "n1", "", "status newsletter about past outage", "Månadsrapport: drifttillgänglighet oktober",
"""Hej!

Här kommer vår månadsrapport. I oktober hade plattformen 99,97 % tillgänglighet. Den 14 oktober var tjänsten nere i 12 minuter på grund av ett nätverksfel hos vår leverantör. Vi ber om ursäkt för det.

Vänliga hälsningar
Driftteamet""")
    m(B, "sv", "n2", "", "shut down account", "Stänga ner kontot",
"""Hej, vi lägger ner verksamheten vid årsskiftet och vill stänga ner vårt konto. Hur gör vi för att exportera våra data först?

Tack, Per""")
    m(B, "sv", "n3", "", "single-user: own login, caps lock", "Kommer inte in",
"""Hej, jag själv kommer inte in på mitt konto, det står fel lösenord. Mina kollegor kommer in utan problem. Kan ni återställa lösenordet?

Ida""")
    # ---------------- da
    m(B, "da", "o1", "O", "panicked one-liner, is it down", "ER I NEDE?",
"""er i nede?? intet virker her, hverken på pc eller mobil""")
    m(B, "da", "o2", "O", "IT admin: 500 errors since 09:05 for all users", "Fejl 500 for alle brugere",
"""Hej

Fra kl. 09:05 får samtlige brugere hos os "500 Internal Server Error" når de logger ind. Vi har 40 medarbejdere der ikke kan arbejde. Kan I give en status?

Mvh
Kasper Holm, IT-ansvarlig""", fmt="b64")
    m(B, "da", "o3", "O", "mobile app crashes on open for all of us", "Appen åbner ikke",
"""Hej, appen lukker ned lige så snart vi åbner den. Det gælder alle vores chauffører, så vi kan ikke registrere leveringer i dag.

Hilsen Lone, Fragt & Co""")
    m(B, "da", "n1", "", "planned maintenance question", "Planlagt vedligeholdelse",
"""Hej, I skrev at der er planlagt vedligeholdelse natten til søndag. Bliver systemet helt utilgængeligt, eller kun langsomt? Vi har natarbejde.

Venlig hilsen Søren""")
    m(B, "da", "n2", "", "resolved thanks after outage", "Tak for i går",
"""Hej, tak fordi I fik løst nedbruddet så hurtigt i går. Alt kører igen og vi nåede vores leverancer.

Mvh Ditte""")
    m(B, "da", "n3", "", "single user: how to change language", "Skift sprog",
"""Hej, hvordan ændrer jeg sproget i appen til dansk? Den står på engelsk hos mig.

Tak, Preben""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "one-liner no diacritics", "nie dziala",
"""czy u was cos padlo? nic nie dziala od rana, nikt z firmy nie moze sie zalogowac""")
    m(B, "pl", "o2", "O", "subject-only with signature", "Panel klienta nie działa u nikogo",
"""Pozdrawiam
Tomasz Wróbel
Kierownik zmiany""")
    m(B, "pl", "o3", "O", "reply on old thread: platform down?", "Odp: Faktura za październik",
"""Przepraszam, że piszę tutaj, ale czy platforma leży? Strona się nie ładuje, u wszystkich w biurze to samo.

Agnieszka

> Dzień dobry, w załączeniu faktura za październik.""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "o4", "O", "we can't work, system hangs", "Nie możemy pracować",
"""Dzień dobry,
system się wiesza od godziny 10, cały zespół stoi. Nie możemy pracować. Kiedy to naprawicie?

Marek""")
    m(B, "pl", "n1", "", "zaliczka / down payment question", "Zaliczka",
"""Dzień dobry, czy przy zamówieniu wdrożenia trzeba wpłacić zaliczkę? Jeśli tak, to w jakiej wysokości?

Pozdrawiam, Ewa""")
    m(B, "pl", "n2", "", "maintenance notice question", "Prace serwisowe w niedzielę",
"""Dzień dobry, dostaliśmy informację o planowanej przerwie technicznej w niedzielę. Czy aplikacja mobilna też będzie wtedy niedostępna?

Dziękuję, Krzysztof""")
    m(B, "pl", "n3", "", "close account", "Zamknięcie konta",
"""Witam, proszę o zamknięcie naszego konta z końcem miesiąca. Nie będziemy już korzystać z usługi.

Pozdrawiam, Jan""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "pt-BR panicked one-liner", "caiu??",
"""gente o sistema caiu? ninguem aqui consegue entrar, fica so carregando""")
    m(B, "pt", "o2", "O", "pt-BR IT admin with error code and times", "Indisponibilidade - erro 504",
"""Bom dia,

Desde as 07h50 todos os usuários da nossa empresa recebem "504 Gateway Timeout" ao acessar o painel. Já testamos de outras redes. Por favor, verifiquem com urgência.

Att.,
Rodrigo Nunes
Coordenador de TI""", fmt="b64")
    m(B, "pt", "o3", "O", "pt-PT reply on unrelated thread", "Re: Proposta de renovação",
"""Desculpem responder aqui: a plataforma está em baixo? Não consigo abrir nada e os meus colegas também não.

Inês

> Caro cliente, segue em anexo a proposta de renovação.""")
    m(B, "pt", "o4", "O", "integration: payments failing for all shops", "Pagamentos não passam",
"""Oi, desde ontem à noite nenhum pagamento passa nas nossas lojas, todos dão erro na integração com vocês. Estamos perdendo vendas!

Camila""")
    m(B, "pt", "n1", "", "resolved past outage, thanks", "Obrigado pelo retorno",
"""Olá, só para agradecer. O sistema voltou ao normal ontem à tarde e está tudo funcionando. Valeu pela agilidade!

Abraço, Fernando""")
    m(B, "pt", "n2", "", "entrada / down payment", "Entrada no plano anual",
"""Bom dia, é possível pagar uma entrada e parcelar o restante do plano anual? Obrigado.

Sérgio""")
    m(B, "pt", "n3", "", "single-user how to: print receipt", "Como imprimir recibo",
"""Olá, não estou conseguindo encontrar onde imprimo o recibo de uma venda. Podem me explicar o passo a passo?

Obrigada, Patrícia""")
    # ---------------- others
    m(B, "en", "o1", "O", "subject-only", "Your whole platform is down for us",
"""Sent from my iPhone""")
    m(B, "en", "n1", "", "status newsletter", "Status digest: November",
"""Hi, this is your monthly status digest. All systems operational. On Nov 3 we had a 7-minute API disruption, fully resolved. No action needed.

The Status Team""")
    m(B, "de", "o1", "O", "one-liner", "geht bei euch gerade gar nichts?",
"""bei uns lädt seit 20 min keine Seite mehr, alle Kollegen betroffen""")
    m(B, "de", "n1", "", "shut down", "Konto stilllegen",
"""Hallo, wir möchten unser Konto zum Jahresende stilllegen. Was müssen wir tun?

Gruß, Petra""")
    m(B, "fr", "o1", "O", "one-liner", "plateforme HS ?",
"""la plateforme est HS chez nous depuis 9h, personne ne peut se connecter""")
    m(B, "nl", "o1", "O", "one-liner", "ligt het eruit?",
"""ligt jullie systeem eruit? niemand hier komt erin""")
    m(B, "ro", "o1", "O", "one-liner", "nu merge nimic",
"""Buna ziua, platforma nu merge deloc de azi dimineata, nimeni din firma nu se poate conecta.""")
