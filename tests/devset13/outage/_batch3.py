"""devset13 outage, batch 3 (measured before tuning on it): subject-only reports, replies on old
unrelated threads, regional slang (es-AR 'se colgó', pt-BR 'deu ruim', 'tá fora'), POS/tills,
"are you up?"; negatives: 'nobody answers my mail' (support silence, not an outage), outage only in
quoted history, single-user device problems, shut-down wording, status newsletters."""
B = "b3"

def add_b3(m):
    # ---------------- es
    m(B, "es", "o1", "O", "es-AR: se colgó todo, no levanta", "se colgo todo",
"""Buen día, se colgó todo, la página no levanta y las cajas no facturan. Estamos parados hace una hora con clientes esperando.

Gabriel - Kiosco 24""")
    m(B, "es", "o2", "O", "subject-only, body only signature", "¿Tenéis alguna caída? No podemos acceder ninguno",
"""Enviado desde mi iPhone""")
    m(B, "es", "o3", "O", "reply on old unrelated thread", "Re: Cambio de dirección fiscal",
"""Otra cosa urgente: llevamos desde las 11 sin poder facturar, el sistema da error de servidor a todo el mundo aquí. ¿Hay algún problema por vuestra parte?

Pilar

> Hola Pilar, ya hemos actualizado la dirección fiscal.""", fmt="qp")
    m(B, "es", "n1", "", "nobody answers my emails: support silence", "Nadie me responde",
"""Llevo una semana escribiendo y nadie me responde. Solo quiero saber cómo cambiar el IVA en las facturas.

Ramón""")
    m(B, "es", "n2", "", "outage only in quoted history, new text is thanks", "Re: Caída del sistema",
"""Perfecto, ya nos funciona todo. ¡Gracias!

Mercedes

> Hola Mercedes, hemos restablecido el servicio tras la caída de esta mañana.
> > Hola, el sistema no carga para nadie de la oficina.""")
    m(B, "es", "n3", "", "single user phone won't connect to wifi", "La tablet no conecta",
"""Hola, mi tablet no se conecta al wifi del local y por eso no puedo usar la app. Con el móvil sí va. ¿Tenéis un manual?

Tere""")
    # ---------------- it
    m(B, "it", "o1", "O", "are you up? tills stuck", "ci siete?",
"""ci siete?? il gestionale non risponde da un'ora e tutte le casse sono ferme, i clienti se ne vanno

Sara - Bar Centrale""")
    m(B, "it", "o2", "O", "subject-only + signature", "Piattaforma irraggiungibile da tutte le sedi",
"""--
Ing. Davide Colombo
Responsabile IT - Gruppo Colombo S.p.A.""")
    m(B, "it", "o3", "O", "reply on old thread, login broken for all", "R: Offerta rinnovo 2027",
"""A parte l'offerta: da stamattina il login dà "credenziali non valide" a tutti, anche con le password giuste. È un problema vostro?

Giulia

> Buongiorno, in allegato l'offerta di rinnovo.""")
    m(B, "it", "n1", "", "nobody answers: support silence", "Nessuno risponde",
"""Ho scritto tre volte e nessuno mi risponde. Devo solo cambiare l'intestazione delle fatture.

Franco""")
    m(B, "it", "n2", "", "status newsletter", "Newsletter: stato dei servizi",
"""Gentile cliente, nel mese di ottobre la disponibilità del servizio è stata del 99,98%. Il disservizio del 9 ottobre (15 minuti) è stato risolto. Nessuna azione è richiesta da parte sua.

Il team tecnico""", fmt="html")
    m(B, "it", "n3", "", "single user: my laptop is slow", "Computer lento",
"""Salve, il mio portatile è diventato lentissimo e il programma ci mette tanto ad aprirsi. Forse devo aggiornare qualcosa sul mio pc?

Alberto""")
    # ---------------- sv
    m(B, "sv", "o1", "O", "tills: all checkouts stopped", "Alla kassor står",
"""Hej! Ingen av våra kassor går att använda sedan lunch, de kommer inte åt er server. Vi har kö ut på gatan.

Fredrik, ICA Nära""")
    m(B, "sv", "o2", "O", "subject only", "Är ni nere? Ingen här kommer åt systemet",
"""Skickat från min iPhone""")
    m(B, "sv", "o3", "O", "Finland-Swedish, reply on old thread", "Sv: Offert",
"""Hej, en annan sak, det går inte att logga in hos er just nu, inte för någon av oss. Ni har väl fel på servrarna?

Mvh Mikaela, Borgå

> Hej, här kommer offerten som utlovat.""")
    m(B, "sv", "n1", "", "nobody answers", "Ingen svarar",
"""Hej, jag har mejlat två gånger och ingen svarar. Jag vill bara byta betalningsmetod.

Lars""")
    m(B, "sv", "n2", "", "shut down the old integration", "Stänga av gamla integrationen",
"""Hej, vi vill stänga av den gamla integrationen mot Fortnox nu när vi har flyttat över. Hur gör vi?

/Stina""")
    m(B, "sv", "n3", "", "hypothetical SLA", "Fråga om SLA",
"""Hej, om tjänsten skulle ligga nere en hel dag, vilken ersättning ger ni enligt avtalet?

Vänligen, Torbjörn""")
    # ---------------- da
    m(B, "da", "o1", "O", "everything down, tills", "Alt er gået ned",
"""Hej, det hele er gået ned hos jer? Ingen af kasserne i vores to butikker kan få forbindelse. Hjælp!

Jonas""")
    m(B, "da", "o2", "O", "subject-only", "Jeres system virker ikke for nogen af os",
"""Sendt fra min iPhone""")
    m(B, "da", "o3", "O", "reply on old thread, nothing loads", "SV: Faktura 20344",
"""Undskyld jeg skriver her: er jeres side nede? Intet kan indlæses, og mine kollegaer har det samme problem.

Camilla

> Hej Camilla, fakturaen er nu betalt.""")
    m(B, "da", "n1", "", "nobody answers", "Ingen svarer",
"""Hej, jeg har skrevet flere gange, men ingen svarer mig. Jeg vil bare have ændret fakturaadressen.

Niels""")
    m(B, "da", "n2", "", "single user: my phone", "Appen på min telefon",
"""Hej, appen vil ikke åbne på min gamle Samsung. Den virker fint på min kones telefon. Skal jeg opdatere?

Ole""")
    m(B, "da", "n3", "", "resolved, credit request", "Kompensation for nedbruddet",
"""Hej, efter nedbruddet i mandags, som nu er løst, vil vi gerne høre om vi kan få en kreditnota for dagen.

Mvh Hanne""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "everything lying down, can't invoice", "leży wszystko",
"""Dzień dobry, leży wszystko, system nie odpowiada od godziny i nikt nie może wystawić faktury. Co się dzieje?

Monika""")
    m(B, "pl", "o2", "O", "subject-only", "Awaria? Nikt u nas nie może się zalogować",
"""Wysłane z iPhone'a""")
    m(B, "pl", "o3", "O", "reply on old thread", "Odp: Zmiana pakietu",
"""Przy okazji - czy coś się dzieje u was z serwerami? Od rana wyskakuje błąd połączenia każdemu w biurze.

Jacek

> Dzień dobry, pakiet został zmieniony.""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "n1", "", "nobody answers", "Nikt nie odpowiada",
"""Piszę już trzeci raz i nikt nie odpowiada na moje maile. Chcę tylko zmienić dane do faktury.

Robert""")
    m(B, "pl", "n2", "", "status newsletter", "Biuletyn: dostępność usług",
"""Szanowni Państwo, w październiku dostępność platformy wyniosła 99,9%. Krótka awaria z 7 października została usunięta w ciągu 20 minut.

Zespół techniczny""")
    m(B, "pl", "n3", "", "single user laptop", "Program się zawiesza u mnie",
"""Dzień dobry, program zawiesza się tylko na moim laptopie, koledzy pracują normalnie. Czy to kwestia sterowników?

Adam""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "pt-BR slang: deu ruim, app doesn't open for anyone", "deu ruim aí?",
"""deu ruim ai? o app nao abre pra ninguem da equipe, fica so na tela de carregamento""")
    m(B, "pt", "o2", "O", "subject only", "Plataforma fora do ar para todos os nossos usuários",
"""Enviado do meu iPhone""")
    m(B, "pt", "o3", "O", "pt-PT reply on old thread", "Re: Alteração de NIF",
"""Aproveito para perguntar: o vosso servidor está com problemas? Desde as 9h que ninguém cá do escritório consegue aceder.

Rita

> Bom dia, o NIF foi alterado.""")
    m(B, "pt", "n1", "", "nobody answers", "Ninguém responde",
"""Já mandei três emails e ninguém responde. Só quero mudar o endereço da fatura.

Márcio""")
    m(B, "pt", "n2", "", "outage only in quoted history", "Re: Sistema fora do ar",
"""Tudo certo agora, obrigado pelo retorno rápido!

Luana

> Olá Luana, o sistema já voltou.
> > O sistema está fora do ar para todo mundo aqui.""")
    m(B, "pt", "n3", "", "single user: my phone", "App no meu celular",
"""Olá, o app não abre só no meu celular antigo. No dos meus colegas funciona. Preciso trocar de aparelho?

Diego""")
    # ---------------- others
    m(B, "en", "n1", "", "down payment", "Down payment for onboarding",
"""Hi, is a down payment required for the onboarding package, or do you invoice after go-live?

Tom""")
    m(B, "de", "o1", "O", "reply on old thread", "AW: Rechnung Oktober",
"""Andere Frage: ist bei euch was down? Seit 10 Uhr kommt keiner von uns mehr ins System.

Grüße Jörg""")
    m(B, "fr", "o1", "O", "subject-only", "Votre logiciel ne répond plus pour aucun de nos postes",
"""Envoyé de mon iPhone""")
    m(B, "nl", "n1", "", "nobody answers", "Niemand reageert",
"""Ik heb al drie keer gemaild en niemand reageert. Ik wil alleen mijn factuuradres wijzigen.

Joost""")
    m(B, "ro", "o1", "O", "IT admin", "Eroare 503 de la ora 9",
"""Buna ziua, de la ora 9 toti utilizatorii nostri primesc eroare 503 cand deschid aplicatia. Va rugam sa verificati urgent.

Andrei, IT""")
