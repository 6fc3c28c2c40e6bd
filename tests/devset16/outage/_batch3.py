"""devset16 outage, batch 3 (measured before any tuning on it): all 11 languages, still weighted to
it/es/da/ro; "is it just us?" questions, whole-store/whole-school impact, API/integration failing for
every request, quoted thread history, HTML mails; negatives: a third party's outage, one report
broken, planned update question, post-incident credit question, resolved."""
B = "b3"

def add_b3(m):
    # ---------------- it
    m(B, "it", "o1", "O", "is it just us? nobody at the office can connect", "Solo noi?",
"""Buongiorno, è un problema solo nostro o il servizio è giù? Da mezz'ora nessuno in ufficio riesce a collegarsi.

Grazie, Luca""")
    m(B, "it", "o2", "O", "API: every call returns 503 since midnight", "API in errore",
"""Ciao, dalle 00:10 ogni chiamata alle vostre API ci restituisce 503 e gli ordini del nostro e-commerce non vengono più sincronizzati. Potete verificare?

--
Simone Galli | Backend Developer""")
    m(B, "it", "o3", "O", "school: registro elettronico down for all teachers", "Registro elettronico",
"""Gentile supporto,
stamattina nessun docente del nostro istituto riesce ad aprire il registro elettronico: resta una pagina bianca. Gli scrutini sono oggi pomeriggio.

Prof.ssa Anna Colombo
Vicepreside""", fmt="alt")
    m(B, "it", "n1", "", "third party: Aruba PEC down, asks about invoices", "PEC",
"""Salve, la nostra casella PEC di Aruba è stata fuori servizio tutto ieri, per questo non avete ricevuto la conferma. Ve la rimando in allegato, va bene lo stesso?""")
    m(B, "it", "n2", "", "post-incident credit question about last month's outage", "Rimborso disservizio di ottobre",
"""Buongiorno, a ottobre la piattaforma è rimasta ferma per quasi un giorno intero. Volevo sapere se è previsto un accredito sulla fattura di novembre, come indicato nello SLA.""")
    # ---------------- es
    m(B, "es", "o1", "O", "is it just us? app giving error to all staff", "¿Solo nos pasa a nosotros?",
"""Hola, ¿es cosa nuestra o está fallando la aplicación? A todo el personal le da error al abrirla desde hace un rato.""")
    m(B, "es", "o2", "O", "webhooks stopped arriving for all stores", "Webhooks",
"""Buenas tardes,
desde las 13:00 han dejado de llegar los webhooks de pedidos en todas nuestras tiendas. Sin eso el almacén no ve nada. ¿Podéis revisarlo con prioridad?

Javier (IT) - Grupo Norte""")
    m(B, "es", "o3", "O", "school: virtual classroom impossible to enter for students", "Aula virtual",
"""Estimados:
el aula virtual está imposible desde primera hora, ni alumnos ni profesores conseguimos entrar. Tenemos exámenes hoy.

Colegio San Ignacio - Secretaría""")
    m(B, "es", "n1", "", "one report broken for one user", "Informe de ventas",
"""Hola, el informe de ventas por comercial me sale vacío solo a mí, a mis compañeros les funciona. ¿Puede ser algún filtro guardado?""")
    m(B, "es", "n2", "", "planned update question: will there be downtime", "Actualización de la versión 5",
"""¿La actualización a la versión 5 de la semana que viene supondrá algún corte de servicio? Si es así, ¿a qué hora?""")
    # ---------------- da
    m(B, "da", "o1", "O", "is it just us? nobody can get into the app", "Er det kun os?",
"""Er det kun os, eller er der problemer hos jer? Ingen af os kan komme ind i appen lige nu.""")
    m(B, "da", "o2", "O", "integration down: orders not coming through for all stores", "Ordrer kommer ikke igennem",
"""Hej,

siden i nat er der ingen ordrer kommet igennem fra integrationen, hverken fra webshoppen eller fra butikkerne. Det ser ud til at jeres API slet ikke svarer.

Mvh
Rasmus, IT-ansvarlig""")
    m(B, "da", "o3", "O", "school: Aula-like platform down for all parents", "Forældreintra",
"""Hej, platformen har ligget ned hele formiddagen. Hverken lærere eller forældre kan logge på, og vi skal sende besked ud om udflugten i dag.

Hilsen skolesekretær Hanne""")
    m(B, "da", "n1", "", "someone else's outage: e-conomic down, invoices late", "Fakturaer",
"""Hej, vores regnskabsprogram var nede i går, så jeres faktura er ikke blevet bogført endnu. Den bliver betalt i løbet af ugen.""")
    m(B, "da", "n2", "", "post-incident: credit for last week's downtime?", "Kompensation",
"""Hej, sidste uge var systemet nede i seks timer. Får vi en kreditnota for det, eller skal vi selv søge om det?""")
    # ---------------- ro
    m(B, "ro", "o1", "O", "is it just us? nobody can get in", "Doar la noi?",
"""Bună, e doar la noi sau aveți probleme? Nimeni de aici nu reușește să intre în cont de la 10.""")
    m(B, "ro", "o2", "O", "API: all requests fail with timeout", "API timeout",
"""Salut, toate cererile către API-ul vostru expiră (timeout) de aproximativ o oră. Integrarea noastră de facturare e oprită complet.

Radu, developer""")
    m(B, "ro", "o3", "O", "school: e-learning platform not working for pupils or teachers", "Platforma de cursuri",
"""Bună ziua,
platforma de cursuri nu funcționează de dimineață nici pentru elevi, nici pentru profesori. Vă rugăm să verificați cât mai repede.

Școala Gimnazială nr. 5, Cluj""", fmt="qp", charset="utf-8")
    m(B, "ro", "n1", "", "third party: courier app down, labels", "Etichete curier",
"""Aplicația curierului a fost picată azi toată ziua, de aceea nu am generat etichetele din contul vostru. Putem reprograma ridicarea pentru mâine?""")
    m(B, "ro", "n2", "", "resolved: works now, thanks", "Re: Nu putem intra",
"""A revenit, acum merge. Mulțumim pentru ajutor!""")
    # ---------------- others
    m(B, "en", "o1", "O", "US: site 404s and timeouts for all customers, losing sales", "site is toast",
"""Your hosting side seems to be toast. Our store front throws timeouts for every customer since about 6am EST. We're losing sales by the minute, please escalate.""")
    m(B, "en", "o2", "O", "Indian English: application is not opening for all the staff", "Application not opening",
"""Dear Sir/Madam,
Kindly note that since morning the application is not opening for all the staff of our Pune office. Please do the needful at the earliest.

Regards,
Suresh K.""")
    m(B, "en", "n1", "", "single user locked out after too many attempts", "Locked out",
"""Hi, I locked myself out after too many password attempts. Everyone else on the team is fine. Can you unlock my account please?""")
    m(B, "de", "o1", "O", "Swiss: webshop not reachable, customers calling", "Webshop nicht erreichbar",
"""Grüezi

Unser Webshop ist seit heute Morgen für Kunden nicht erreichbar, wir erhalten laufend Anrufe. Bitte melden Sie sich.

Freundliche Grüsse
R. Meier""")
    m(B, "de", "n1", "", "planned maintenance question", "Wartungsfenster",
"""Guten Tag, im Newsletter stand, dass am Samstag ein Wartungsfenster ist. Können wir in der Zeit trotzdem Bestellungen per API einspielen?""")
    m(B, "fr", "o1", "O", "Belgian/Québec: app planted for the whole team", "L'application plante",
"""Allô, l'application plante chez toute l'équipe depuis le dîner, impossible de rentrer dedans. C'est-tu de votre bord?""")
    m(B, "nl", "o1", "O", "Flemish: platform plat since this morning", "Platform plat",
"""Dag, jullie platform ligt plat sinds deze ochtend, niemand van ons kan inloggen. Graag snel nieuws.

Groeten, Tom""")
    m(B, "nl", "n1", "", "resolved", "RE: storing",
"""Het werkt weer, bedankt! Ticket mag dicht.""")
    m(B, "pl", "o1", "O", "shop down, clients can't pay", "Sklep nie działa",
"""Dzień dobry, nasz sklep od godziny nie działa, klienci nie mogą zapłacić za zamówienia. Proszę o pilny kontakt.""")
    m(B, "pt", "o1", "O", "PT-PT: nobody manages to access the back office", "Backoffice",
"""Bom dia, ninguém aqui consegue aceder ao backoffice desde as 9h. Podem ver o que se passa?""")
    m(B, "pt", "n1", "", "newsletter", "Novidades de novembro",
"""Olá! Este mês lançámos a integração com o WhatsApp e melhorámos a velocidade do painel. Consulte a nossa página de estado para o histórico de incidentes.

Recebe este email porque subscreveu a nossa newsletter. Cancelar subscrição""", fmt="html")
    m(B, "sv", "o1", "O", "e-commerce: checkout failing for all customers", "Kassan",
"""Hej, ingen kund kan slutföra köp i vår webbutik just nu, betalsteget ger bara ett fel. Snälla kolla!""")
    m(B, "sv", "n1", "", "bank's outage", "Betalning",
"""Hej, Swedbank hade driftstörning i fredags så betalningen är försenad. Den kommer in idag.""")
