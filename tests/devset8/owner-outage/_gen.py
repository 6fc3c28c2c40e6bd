#!/usr/bin/env python3
"""devset8 owner-outage: fresh hand-written set for outage + account-ownership (round 5).
Weighted to sv it es pl pt ro da fr nl; en carries the outage hard negatives.
Edit here and re-run; it rewrites manifest.toml and <lang>/*.eml.

fmt keys: cs (charset, default utf-8), cte (8bit | qp | b64), html (None | "only" | "alt")."""
import html as H, pathlib, sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import (DevSet, customer, encoded_subject, forbid_others, html_paragraphs, mail_date,
                               raw_alternative, raw_head, raw_part)

TAGS = ["outage", "account-ownership"]
HERE = pathlib.Path(__file__).parent
O = "outage"
A = "account-ownership"

M = []   # main set
V = []   # check2/: validation batch, written after the first lexicon pass and measured before tuning on it
CUR = M
def m(lang, name, expect, note, subject, body, **fmt):
    CUR.append((lang, name, expect, note, subject, body.strip() + "\n", fmt))

# ============================================================ sv
m("sv", "o1", [O], "curt: are you down? nobody at the office gets into the system", "nere?",
"""Ligger ni nere eller? Ingen på kontoret kommer in i systemet sen halv åtta.
/Mikael""")
m("sv", "o2", [O], "formal, ISO-8859-1 QP: POS service unavailable in all 12 shops", "Avbrott i kassatjänsten",
"""Hej,

Sedan ca kl. 13.20 är er kassatjänst helt otillgänglig i samtliga av våra tolv butiker. Kassorna kan inte synka och vi kan inte ta betalt med kort. Detta är kritiskt för oss.

Vänligen bekräfta att ni arbetar med felet och meddela när tjänsten beräknas vara tillbaka.

Med vänlig hälsning
Anna-Karin Holm
IT-ansvarig, Holms Järn AB
Tel 08-123 45 67""", cs="iso-8859-1", cte="qp")
m("sv", "o3", [O], "reply with quoted history: still down, whole department idle", "Re: Ärende #55812",
"""Det är fortfarande samma sak, nu kommer ingen av oss åt rapporterna heller. Hela avdelningen sitter still och väntar.

Ulrika

Den 12 maj 2026 kl. 09:14 skrev Support <support@example.com>:
> Hej Ulrika,
> tack för ditt meddelande. Vi undersöker saken och återkommer så snart vi vet mer.
> Vänliga hälsningar, Support""")
m("sv", "n1", [], "NEG single user: own password rejected, colleagues fine", "Kan inte logga in",
"""Hej, jag kommer inte in på mitt konto längre, det står att lösenordet är fel fast jag är säker på att det stämmer. Mina kollegor kan logga in utan problem. Kan ni återställa det?

Tack,
Elin""")
m("sv", "n2", [], "NEG past resolved: after yesterday's outage all works again", "Tack",
"""Bara en kort rad: efter gårdagens avbrott fungerar allt som det ska igen hos oss. Tack för informationen under kvällen!
/Patrik""")
m("sv", "a1", [A], "boss (CFO) left, account on his email, I must take over as owner", "Byte av kontoägare",
"""Hej,

Vår förra ekonomichef Lars Berg har slutat hos oss och kontot är fortfarande registrerat på hans e-post. Han svarar inte längre på mejl. Jag är hans efterträdare och behöver ta över kontot och få ägarrättigheterna.

Hur går vi tillväga? Vi kan skicka registreringsbevis från Bolagsverket.

Med vänlig hälsning
Sofia Lind
Ekonomichef""")
m("sv", "a2", [A], "no diacritics, pressing: move ownership to me, it's MY company", "agarskap",
"""hej igen. tredje gangen jag skriver nu. jag vill att ni flyttar over agarskapet av kontot till mig, det ar MIN firma och jag betalar fakturorna. gor det idag tack""")
m("sv", "a3", [A], "change the account owner's email address", "Ny e-post för kontoägaren",
"""Hej, kan ni byta e-postadress på kontoägaren? Den gamla adressen (info@gamladomanen.se) finns inte längre, den nya är kontakt@bergsbygg.se. Det är jag som äger företaget numera.

/Tomas Berg, Bergs Bygg AB""")
m("sv", "an1", [], "NEG owner adds a normal user without admin rights", "Ny användare",
"""Hej! Jag är kontoägare och vill lägga till vår nya kollega Maja som vanlig användare, utan adminbehörighet. Hur gör jag det?

Tack, Henrik""")
m("sv", "an2", [], "NEG house sold, new owner, cancel alarm subscription", "Uppsägning larm",
"""Hej,

vi har sålt huset på Tallvägen 4 och den nya ägaren flyttar in 1 juni. Kan ni säga upp larmabonnemanget på den adressen från och med det datumet? Abonnemanget ska inte överlåtas till köparen, de har egen leverantör.

Vänliga hälsningar
Göran och Eva Nyström""")

# ============================================================ it
m("it", "o1", [O], "formal, base64: platform not responding, nobody can access", "Piattaforma non raggiungibile",
"""Buongiorno,

segnalo che da circa mezz'ora la vostra piattaforma non risponde: né io né i miei colleghi riusciamo ad accedere, la pagina resta bianca. È un problema generale?

Cordiali saluti
Luca Bernardi
Ufficio Acquisti - Bernardi Forniture S.r.l.""", cte="b64")
m("it", "o2", [O], "curt: are you down?? nothing works since this morning", "???",
"""ma siete down?? non va niente da stamattina""")
m("it", "o3", [O], "rambling: management software won't load for anyone, two offices", "gestionale",
"""Salve,
scrivo dall'ufficio di Bologna. Il gestionale oggi era già lentissimo dalle nove, adesso proprio non si carica più per nessuno di noi, resta la schermata di caricamento all'infinito. Ho sentito la sede di Milano e anche loro sono bloccati.
Potete verificare? Abbiamo le consegne da chiudere entro stasera.

Grazie
Federica""")
m("it", "n1", [], "NEG is it just me: single PDF export button", "Esporta PDF",
"""Ciao, è solo da me o il pulsante "Esporta PDF" non fa niente? Il resto va benissimo, nessuna fretta.""")
m("it", "n2", [], "NEG planned maintenance: fine, just confirm backups still run", "Manutenzione domenica",
"""Buongiorno, abbiamo letto che domenica dalle 2 alle 4 ci sarà una manutenzione programmata e il servizio non sarà disponibile. Per noi va benissimo, volevo solo conferma che i backup notturni partiranno comunque.

Saluti, Andrea""")
m("it", "a1", [A], "holder retired, transfer account ownership to me (new CEO)", "Cambio titolare account",
"""Buongiorno,

il titolare dell'account, il sig. Rinaldi, è andato in pensione e non è più raggiungibile. Vi chiedo di trasferire la proprietà dell'account a me, in quanto nuovo amministratore delegato della società. Allego visura camerale aggiornata.

Distinti saluti
Giulia Monti""")
m("it", "a2", [A], "curt pressing: make me admin of the account, my boss left", "URGENTE account",
"""Fatemi amministratore dell'account. Il mio capo se n'è andato e nessuno qui può più gestire niente. Subito per favore.""")
m("it", "a3", [A], "change owner's email, it was the ex-partner's", "email proprietario",
"""Salve, vorrei cambiare l'indirizzo email del proprietario dell'account: quello attuale era del mio ex socio e non lo usiamo più. Il nuovo è amministrazione@studiofabbri.it.

Grazie, Marco Fabbri""")
m("it", "an1", [], "NEG who is handling (titolare) this case", "Pratica 48213",
"""Buongiorno, potete dirmi chi è il titolare di questa pratica? Il numero è 48213 e non ricevo risposte da una settimana.""")
m("it", "an2", [], "NEG GDPR: data controller, my data belong to me", "Richiesta GDPR",
"""Gentili signori,
ai sensi del GDPR vorrei sapere chi è il titolare del trattamento dei miei dati personali e chiedo la cancellazione di tutti i dati che mi riguardano. I miei dati appartengono a me e non ho mai dato il consenso al marketing.

Cordiali saluti
Silvia Greco""")

# ============================================================ es
m("es", "o1", [O], "multipart/alt: nobody of 30 users can access, 502, month-end", "URGENTE - sin acceso a la plataforma",
"""Hola,

desde las 9:00 no podemos acceder a la plataforma ninguno de los 30 usuarios de la oficina. Nos aparece "Error 502 Bad Gateway". ¿Tenéis una incidencia abierta? Es urgente, tenemos cierre de mes.

Saludos,
Jorge Ruiz
Responsable de Sistemas""", html="alt")
m("es", "o2", [O], "LatAm curt: did the system go down? won't open for anyone", "sistema",
"""¿Se cayó el sistema? No nos abre a nadie desde hace media hora.""")
m("es", "o3", [O], "quoted reply: web still not loading for any customer, 3h no sales", "RE: Incidencia web",
"""Sigue igual. La web no carga para ningún cliente, llevamos tres horas sin ventas.

El lun, 4 may 2026 a las 10:12, Soporte <support@example.com> escribió:
> Gracias por su mensaje. Hemos trasladado el caso al equipo técnico.
> Un saludo.""")
m("es", "n1", [], "NEG single user: my password, colleague gets in fine", "No puedo entrar",
"""Buenas, no puedo entrar a mi cuenta, me dice que la contraseña es incorrecta. Mi compañera entra sin problema desde el mismo ordenador. ¿Me podéis ayudar a restablecerla?

Gracias,
Nuria""")
m("es", "n2", [], "NEG past outage resolved, asks for corrected invoice", "Factura abril",
"""Hola, la caída del martes ya está olvidada, desde entonces todo funciona bien. Solo quería pediros la factura de abril con el CIF corregido.
Un saludo""")
m("es", "a1", [A], "former manager was holder; account must be in my name as new owner", "Cambio de titular",
"""Buenos días:

El antiguo gerente, que era el titular de la cuenta, ya no trabaja con nosotros. Necesito que la cuenta pase a mi nombre como nuevo propietario. Puedo enviarles las escrituras de la empresa si hace falta.

Gracias de antemano,
Álvaro Méndez""")
m("es", "a2", [A], "LatAm: boss quit with admin access, give me his permissions / make me owner", "acceso de administrador",
"""Hola, mi jefe renunció y se llevó el acceso de administrador. Necesito que me den sus permisos de administrador o que me hagan dueño de la cuenta, sin eso no puedo pagar ni agregar usuarios. Por favor ayúdenme rápido.""")
m("es", "a3", [A], "change account holder email, employee left", "Correo del titular",
"""Quiero cambiar el correo del titular de la cuenta. El actual es de un empleado que se fue hace meses y ya no tenemos acceso a ese buzón.""")
m("es", "an1", [], "NEG owner adds colleague as normal user", "Añadir usuaria",
"""Soy el propietario de la cuenta y quiero añadir a mi compañera Lucía como usuaria normal, sin permisos de administrador. ¿Cómo se hace?""")
m("es", "an2", [], "NEG pet owner: GPS collar app delay", "Collar GPS",
"""Hola, soy la dueña de Toby, el perro del collar GPS que compré en marzo. La app me muestra la ubicación con unos minutos de retraso, ¿es normal?""")

# ============================================================ pl
m("pl", "o1", [O], "formal, windows-1250 QP: system unavailable for all employees", "Niedostępność systemu",
"""Dzień dobry,

od godziny 8:00 system jest niedostępny dla wszystkich naszych pracowników. Przy logowaniu pojawia się komunikat „Serwis chwilowo niedostępny”.

Prosimy o pilną informację, kiedy usterka zostanie usunięta.

Z poważaniem
Katarzyna Wójcik
Dział IT""", cs="windows-1250", cte="qp")
m("pl", "o2", [O], "casual: is your server down? page doesn't load for anyone", "serwer",
"""Hej, leży wam serwer? Strona w ogóle się nie ładuje, ani u mnie, ani u kolegów z działu.""")
m("pl", "o3", [O], "no diacritics: app not working for anyone in the company", "aplikacja",
"""czy cos sie stalo? aplikacja nie dziala u nikogo w firmie od rana, wszyscy dostaja blad polaczenia""")
m("pl", "n1", [], "NEG single user forgot password", "Hasło",
"""Nie mogę zalogować się na swoje konto, chyba zapomniałam hasła. Reszta zespołu loguje się normalnie. Proszę o reset hasła.
Pozdrawiam, Ola""")
m("pl", "a1", [A], "ex-CEO left, move account to me and give owner rights (ISO-8859-2)", "Zmiana właściciela konta",
"""Dzień dobry,

nasz były prezes odszedł z firmy, a konto jest zarejestrowane na jego adres e-mail. Proszę o przeniesienie konta na mnie i nadanie mi uprawnień właściciela.

Z poważaniem
Tomasz Zieliński
Prezes Zarządu""", cs="iso-8859-2", cte="qp")
m("pl", "a2", [A], "change the owner's email address", "E-mail właściciela",
"""Proszę zmienić adres e-mail właściciela konta na biuro@kowalski-transport.pl. Stary adres już nie działa, bo zmieniliśmy domenę.""")
m("pl", "a3", [A], "curt: I want to become admin, account belongs to us", "admin",
"""Chcę zostać administratorem konta. Jestem właścicielem firmy, więc to konto należy do nas. Proszę to załatwić dzisiaj.""")
m("pl", "an1", [], "NEG GDPR: I am owner of my data", "RODO",
"""Zgodnie z RODO proszę o informację, jakie dane osobowe przetwarzacie na mój temat. Jestem właścicielem tych danych i chcę wiedzieć, komu je udostępniacie.""")
m("pl", "an2", [], "NEG flat owner orders sensor installation", "Montaż",
"""Jestem właścicielem mieszkania przy ul. Lipowej 5 i chciałbym zamówić montaż czujników dymu. Kiedy możecie przyjechać?""")

# ============================================================ pt
m("pt", "o1", [O], "BR, base64 HTML-only: system off the air for everyone", "Sistema fora do ar",
"""Bom dia,

o sistema está fora do ar para todos aqui da empresa desde as 8h. Ninguém consegue acessar. Vocês têm previsão de volta?

Att,
Fernanda Lopes""", html="only", cte="b64")
m("pt", "o2", [O], "PT-PT: portal down? none of our staff can get in", "Portal",
"""Boa tarde, o portal está em baixo? Nenhum dos nossos colaboradores consegue entrar desde o almoço.""")
m("pt", "o3", [O], "BR casual typos: your site out? doesn't open on any computer", "site",
"""gente o site de vcs ta fora? nao abre em nenhum computador aqui""")
m("pt", "n1", [], "NEG planned maintenance question: can we read reports", "Manutenção sábado",
"""Recebemos o e-mail sobre a manutenção programada de sábado. Durante esse período conseguimos ao menos consultar os relatórios?""")
m("pt", "a1", [A], "BR bought business, transfer account holdership to me", "Transferência de titularidade",
"""Olá, o antigo dono da empresa vendeu o negócio para mim e a conta ainda está no nome dele. Preciso que vocês transfiram a titularidade da conta para o meu nome. Tenho o contrato de compra e venda se precisarem.

Obrigado,
Ricardo""")
m("pt", "a2", [A], "PT-PT: manager left, only admin; assign admin/owner role to me", "Administrador da conta",
"""Bom dia,
o nosso gerente saiu da empresa e era o único administrador. Peço que me atribuam o papel de administrador/proprietário da conta, pois sou o sócio-gerente.
Cumprimentos
Helena Costa""")
m("pt", "a3", [A], "change account holder email", "email",
"""Quero alterar o e-mail do titular da conta, o antigo já não existe.""")
m("pt", "an1", [], "NEG holder adds colleague as normal user", "Novo utilizador",
"""Sou o titular da conta e quero adicionar o meu colega João como utilizador normal. Onde faço isso?""")
m("pt", "an2", [], "NEG asks who the admin of the account is", "Acesso",
"""Boa tarde, podem dizer-me quem é o administrador da nossa conta? Preciso de pedir acesso ao módulo de relatórios e não sei a quem.""")

# ============================================================ ro
m("ro", "o1", [O], "formal, ISO-8859-2 cedilla: platform not working for any user, 503", "Platforma nu funcţionează",
"""Bună ziua,

platforma nu funcţionează de azi dimineaţă pentru niciun utilizator din firma noastră. Primim doar eroare 503.

Vă rugăm să ne spuneţi când se rezolvă.

Cu stimă,
Andreea Popescu""", cs="iso-8859-2", cte="qp")
m("ro", "o2", [O], "no diacritics: server down? nothing works for all colleagues", "server",
"""salut, e picat serverul? nu merge nimic, nici site-ul nici aplicatia, la toti colegii""")
m("ro", "o3", [O], "app inaccessible for two hours for all call-center agents", "Aplicația",
"""Aplicația este inaccesibilă de două ore pentru toți agenții noștri din call center. Vă rog să verificați urgent.""")
m("ro", "n1", [], "NEG single user locked out", "Autentificare",
"""Nu mă pot autentifica în contul meu, cred că am greșit parola de prea multe ori. Colegii mei intră fără probleme.""")
m("ro", "a1", [A], "ex-director left, account in his name, transfer to me", "Transfer cont",
"""Bună ziua,
fostul director a plecat din firmă, iar contul este pe numele lui. Vă rog să transferați contul pe numele meu, sunt noul administrator al societății.
Mulțumesc,
Mihai Ionescu""")
m("ro", "a2", [A], "I want to become the account owner, account belongs to the company", "proprietar cont",
"""Vreau să devin proprietarul contului. Contul e al firmei noastre, nu al fostului angajat care l-a deschis.""")
m("ro", "an1", [], "NEG owner adds a view-only user", "Utilizator nou",
"""Sunt proprietarul contului și aș vrea să adaug un utilizator nou, pe colega mea Ioana, doar cu drept de vizualizare. Unde găsesc opțiunea?""")
m("ro", "an2", [], "NEG who owns this ticket", "Tichet 7781",
"""Cine se ocupă de tichetul meu? Aștept un răspuns de o săptămână și nimeni nu pare să fie responsabil de el.""")

# ============================================================ da
m("da", "o1", [O], "ISO-8859-1: system down since 10, nobody can log in", "System nede",
"""Hej,

Jeres system har været nede siden kl. 10 i formiddags. Ingen af vores medarbejdere kan logge ind, og vi kan ikke ekspedere kunder.

Hvornår er det oppe igen?

Venlig hilsen
Mette Kjær""", cs="iso-8859-1", cte="qp")
m("da", "o2", [O], "curt: are you down? site not loading for any of us", "nede?",
"""Er I nede? Siden loader ikke for nogen af os.""")
m("da", "o3", [O], "error 500 whole platform app+web all users", "Fejl 500",
"""Vi får fejl 500 på hele platformen, både i appen og på web, for alle brugere. Haster!""")
m("da", "n1", [], "NEG past resolved: thanks for yesterday", "Tak",
"""Tak for hurtig hjælp i går, da systemet var nede. Alt kører fint nu.
Mvh Jesper""")
m("da", "a1", [A], "former director left, ownership must be handed over to me", "Ejerskab af konto",
"""Hej,

Vores tidligere direktør er stoppet, og kontoen står stadig i hans navn. Jeg skal have ejerskabet overdraget til mig, så jeg kan administrere abonnementet. Hvad skal I bruge fra os?

Med venlig hilsen
Camilla Holm""")
m("da", "a2", [A], "make me owner; boss retired without handing over access", "ejer",
"""Kan I gøre mig til ejer af kontoen? Min chef er gået på pension og har ikke givet adgangen videre til nogen.""")
m("da", "a3", [A], "owner's email must be changed", "Ny mail",
"""Ejerens e-mail skal ændres til ny@tomrer-hansen.dk, den gamle adresse lukkes i morgen.""")
m("da", "an1", [], "NEG owner adds a regular user (intern)", "Ny bruger",
"""Jeg er ejer af kontoen og vil gerne tilføje en almindelig bruger, vores nye praktikant. Hvordan gør jeg det?""")
m("da", "an2", [], "NEG new house owners want internet, not the old owner's subscription", "Internet Skovvej 12",
"""Hej, vi er de nye ejere af huset på Skovvej 12 fra 1. maj. Kan vi få installeret internet? Vi har ikke noget at gøre med den tidligere ejers abonnement.""")

# ============================================================ fr
m("fr", "o1", [O], "HTML-only: platform totally inaccessible for whole team (504)", "Plateforme inaccessible",
"""Bonjour,

Depuis 9h ce matin votre plateforme est totalement inaccessible pour toute notre équipe (erreur 504). Pouvez-vous nous indiquer un délai de rétablissement ?

Cordialement,
Claire Dubois
Responsable administrative""", html="only")
m("fr", "o2", [O], "curt: broken on your side? nobody can log in", "panne ?",
"""C'est en panne chez vous ? Plus personne ne peut se connecter ici.""")
m("fr", "o3", [O], "quoted reply: site loads for none of our customers for 2h", "RE: Site",
"""Toujours rien. Le site ne charge pour aucun de nos clients depuis deux heures.

Le mar. 5 mai 2026 à 11:02, Support <support@example.com> a écrit :
> Bonjour, nous analysons votre demande et revenons vers vous.""")
m("fr", "n1", [], "NEG just me? CSV export only", "Export CSV",
"""Bonjour, est-ce que c'est juste moi ou l'export CSV ne marche plus ? Le reste fonctionne très bien.""")
m("fr", "a1", [A], "former manager left, transfer account ownership to me", "Transfert de propriété du compte",
"""Bonjour,

Notre ancien gérant a quitté la société et le compte est toujours à son nom. Je souhaite que la propriété du compte me soit transférée. Je peux vous envoyer un Kbis de moins de trois mois.

Bien cordialement,
Nicolas Girard""")
m("fr", "a2", [A], "make me main admin, my manager left", "droits",
"""Merci de me passer administrateur principal du compte, mon responsable est parti et personne n'a plus les droits.""")
m("fr", "an1", [], "NEG owner adds simple user", "Ajout utilisateur",
"""Je suis propriétaire du compte et je voudrais ajouter un collaborateur comme simple utilisateur. Où se trouve l'option ?""")
m("fr", "an2", [], "NEG flat owner cancels former tenant's subscription", "Ancien locataire",
"""Bonjour, je suis propriétaire de l'appartement au 3 rue des Lilas et je souhaite savoir comment faire résilier l'abonnement de l'ancien locataire, qui est parti sans le faire.""")

# ============================================================ nl
m("nl", "o1", [O], "multipart/alt: platform unreachable, nobody of team can log in", "Storing?",
"""Goedemorgen,

Sinds 8 uur vanochtend is jullie platform niet bereikbaar. Niemand van ons team kan inloggen, we krijgen een time-out. Is er een storing bekend?

Met vriendelijke groet,
Bram de Vries""", html="alt")
m("nl", "o2", [O], "curt: is everything down with you? nothing works here", "??",
"""ligt alles eruit bij jullie? bij ons doet niks het meer""")
m("nl", "o3", [O], "webshop offline for all our customers for 2h", "Webshop offline",
"""De webshop is al twee uur offline voor al onze klanten. Graag met spoed oppakken.""")
m("nl", "n1", [], "NEG planned maintenance: confirm time", "Onderhoud zaterdag",
"""We zagen de aankondiging van het geplande onderhoud van zaterdagnacht. Geen probleem, maar kunnen jullie het tijdstip nog even bevestigen?""")
m("nl", "a1", [A], "former director left, ownership to be moved to me", "Eigenaar account",
"""Hallo,

Onze vorige directeur is vertrokken en het account staat nog op zijn naam en e-mailadres. Ik wil graag dat het eigenaarschap naar mij wordt overgezet.

Groet,
Sanne Jansen""")
m("nl", "a2", [A], "make me owner, boss gone, nobody can manage", "eigenaar",
"""Maak mij alstublieft eigenaar van het account. Mijn baas is weg en niemand kan nog iets beheren.""")
m("nl", "an1", [], "NEG owner adds colleague as regular user", "Collega toevoegen",
"""Ik ben de eigenaar van het account en wil een nieuwe collega toevoegen als gewone gebruiker.""")
m("nl", "an2", [], "NEG who is the owner of our account (invoices)", "Facturen",
"""Wie is de eigenaar van ons account? Ik wil alleen weten bij wie ik de facturen moet opvragen.""")

# ============================================================ en
m("en", "o1", [O], "site down, 502 everywhere, status page says operational", "Your site is down",
"""Your site is down. Getting 502 on every page, tried three different networks. Your status page still says all systems operational, which is annoying.

--
Dan Whitaker | Ops Lead""")
m("en", "o2", [O], "non-native: all users unable to access portal", "Portal not accessible",
"""Dear team, since morning all users of our company are unable to access the portal, it is showing 'service unavailable'. Kindly check urgently and revert.

Regards,
Ramesh""")
m("en", "n1", [], "NEG HTML-only status-page monthly digest with incidents + maintenance", "Your April status digest",
"""Monthly Status Digest - April 2026

Uptime this month: 99.98%

Incidents
Apr 3 - API degraded performance. Resolved in 22 minutes.
Apr 17 - Login outage affecting some EU customers. Resolved; post-mortem published.

Scheduled maintenance
May 9, 02:00-03:00 UTC - the dashboard will be unavailable during this window.

You are receiving this because you subscribed to status updates. Unsubscribe or manage preferences.""", html="only")
m("en", "n2", [], "NEG resolved incident: thanks for post-mortem, asks RCA PDF", "Yesterday's outage",
"""Thanks for the post-mortem on yesterday's outage. Everything has been running fine since about 4pm. Could you send the RCA as a PDF for our compliance folder?

Best,
Karen""")
m("en", "n3", [], "NEG planned maintenance notice: confirm exports run after window", "Saturday maintenance",
"""We got your notice that the platform will be down for maintenance Saturday night from 11pm to 1am. Just confirming that scheduled exports will still run after that window?""")
m("en", "n4", [], "NEG is it just me: dark mode toggle only", "dark mode",
"""Is it just me or has the dark mode toggle stopped working? Everything else is fine, just curious.""")
m("en", "n5", [], "NEG single user login problem, team fine", "Can't log in",
"""I can't log in - it keeps saying my password is wrong even after a reset. The rest of my team are logged in fine, so it's just my account. Can you take a look?

Thanks
Owen""")
m("en", "n6", [], "NEG hypothetical SLA question: what if your service goes down", "SLA question for audit",
"""Hi, what happens to our data if your service goes down for a longer period? We need to document your SLA, failover and backup arrangements for our ISO audit. Is there a document you can share?""")
m("en", "n7", [], "NEG back up now; outage only in quoted history", "Re: Everything down",
"""All working again on our side, thanks for the quick fix!

On Tue, 5 May 2026 at 08:41, Tom Hughes <tom@hughesdental.example> wrote:
> The whole platform is down for everyone in our practice, nobody can log in.
> Please fix ASAP.""")
m("en", "a1", [A], "boss left; give me his access / make me owner", "Access after manager left",
"""Hi,

My boss left the company last month and his account is the one with all the admin rights. Please give me his access or make me the owner - I'm now running the department and can't even see the invoices.

Thanks,
Leah Morris""")
m("en", "a2", [A], "transfer workspace ownership from departed employee", "Transfer ownership",
"""We need to transfer ownership of our workspace from jsmith@ to ops@. John has left the company and won't respond to emails. What do you need from us to do this?""")
m("en", "an1", [], "NEG who is the owner of this ticket", "Ticket #88213",
"""Who is the owner of this ticket? I've been passed between three agents and nobody seems to be responsible for it.""")
m("en", "an2", [], "NEG account owner adds standard user", "New user",
"""I'm the account owner and want to add a new user, Priya, with standard permissions - not admin. Where do I do that?""")
m("en", "an3", [], "NEG GDPR data ownership question", "Data ownership",
"""Under GDPR, who owns the data we upload to your platform? Do we retain ownership of our content if we cancel the subscription?""")

# ============================================================ de
m("de", "o1", [O], "ISO-8859-1: nothing works since 7, nobody gets into portal", "Störung?",
"""Hallo,
bei uns geht seit 7 Uhr gar nichts mehr, niemand kommt ins Portal. Gibt es eine Störung bei Ihnen?
Grüße aus Köln
Jürgen Weiß""", cs="iso-8859-1", cte="qp")
m("de", "n1", [], "NEG past: yesterday's disruption fixed, thanks", "Danke",
"""Die Störung von gestern Abend ist behoben, bei uns läuft alles wieder. Danke für die schnelle Info!""")
m("de", "a1", [A], "former MD left, transfer account holdership to me", "Inhaberwechsel",
"""Sehr geehrte Damen und Herren,
unser ehemaliger Geschäftsführer ist ausgeschieden. Bitte übertragen Sie die Inhaberschaft des Kontos auf mich. Einen aktuellen Handelsregisterauszug sende ich gern zu.
Mit freundlichen Grüßen
Petra Schulze""")
m("de", "an1", [], "NEG holder adds a normal user", "Neuer Benutzer",
"""Ich bin Inhaber des Kontos und möchte einen neuen Mitarbeiter als normalen Benutzer hinzufügen. Wie geht das?""")

# ============================================================ nb
m("nb", "o1", [O], "are you down? none of us can log in today", "Nede?",
"""Hei, er det nede hos dere? Ingen av oss får logget inn i dag.""")
m("nb", "a1", [A], "general manager left and is owner; transfer ownership to me", "Eierskap",
"""Hei, vår daglige leder har sluttet og står fortsatt som eier av kontoen. Kan dere overføre eierskapet til meg?
Mvh Kari Nordmann""")
m("nb", "an1", [], "NEG owner adds user with normal rights", "Ny bruker",
"""Jeg er eier av kontoen og vil legge til en ny bruker med vanlige rettigheter. Hvor gjør jeg det?""")

# ============================================================ fi
m("fi", "o1", [O], "service not working for anyone, page not loading; outage?", "Katko?",
"""Hei, palvelunne ei toimi kenelläkään meillä, sivu ei lataudu ollenkaan. Onko teillä katko?""")
m("fi", "a1", [A], "former CEO left, transfer account ownership to me", "Tilin omistaja",
"""Entinen toimitusjohtajamme on lähtenyt yrityksestä ja tili on hänen nimissään. Voitteko siirtää tilin omistajuuden minulle?""")
m("fi", "n1", [], "NEG yesterday's outage fixed, thanks", "Kiitos",
"""Hei, eilinen katko on korjattu ja kaikki toimii taas, kiitos nopeasta tiedotuksesta.""")

# ============================================================ check2: validation batch
CUR = V
m("sv", "v1", [O], "is it just us or is the whole service gone? Bad Gateway, Malmö colleagues too", "Bad Gateway",
"""Hallå, är det bara vi eller är hela tjänsten borta? Vi får "Bad Gateway" på allt, och kollegorna i Malmö likaså.""")
m("sv", "v2", [A], "account creator moved on; set me as main administrator instead, it's our company's account", "Huvudadministratör",
"""Hej,
Peter som skapade kontot har gått vidare till ett annat jobb. Kan ni sätta mig som huvudadministratör istället? Det är vårt företags konto.
Mvh Linnea""")
m("sv", "vn1", [], "NEG asks who is registered as owner before buying licences", "Fråga",
"""Hej, vem står som ägare på vårt konto idag? Jag vill bara veta innan jag beställer fler licenser.""")
m("it", "v1", [O], "no agent can get into the CRM, login 503", "CRM",
"""Buongiorno, da stamattina nessuno dei nostri agenti riesce a entrare nel CRM: la pagina di login restituisce un errore 503. Potete verificare?""")
m("it", "v2", [A], "new admin manager: former holder resigned, register the account to me", "Intestazione account",
"""Salve, sono la nuova responsabile amministrativa. La vecchia titolare dell'account si è licenziata: potete intestare l'account a me? Mi dite quali documenti servono.
Grazie, Chiara Lodi""")
m("it", "vn1", [], "NEG just me? calendar sync with Outlook only", "Calendario",
"""Ciao, solo a me il calendario non si sincronizza con Outlook? Tutto il resto funziona.""")
m("es", "v1", [O], "outage? no user in our company can log in since 15:00", "¿Caída?",
"""Buenas tardes, ¿tienen una caída? Ningún usuario de nuestra empresa puede iniciar sesión desde las 15:00, sale "Service Unavailable".""")
m("es", "v2", [A], "bought the company from previous owner, account must be in new company's name", "Cambio de titularidad",
"""Buenos días, compramos la empresa a su anterior dueño y necesitamos que la cuenta figure a nombre de la nueva sociedad. ¿Qué documentación necesitan?""")
m("es", "vn1", [], "NEG admin wants to remove admin rights from a colleague", "Permisos",
"""Hola, soy la administradora de la cuenta. ¿Cómo le quito los permisos de administrador a un compañero que ya no los necesita?""")
m("pl", "v1", [O], "cannot connect to the platform for 40 min, whole team stands still", "Awaria?",
"""Dzień dobry, od 40 minut nie możemy się połączyć z platformą, cały zespół stoi. Czy to awaria po Państwa stronie?""")
m("pl", "v2", [A], "owner died, daughter took over the firm, rewrite the account to me", "Konto po zmarłym ojcu",
"""Witam, właściciel konta, mój tata, zmarł w zeszłym miesiącu. Przejęłam firmę i proszę o przepisanie konta na mnie.
Anna Nowak""")
m("pl", "vn1", [], "NEG last Friday's one-hour outage, all fine, asks about data", "Piątek",
"""W zeszły piątek system nie działał przez godzinę, ale wszystko już w porządku. Proszę tylko o potwierdzenie, że żadne dane nie zginęły.""")
m("pt", "v1", [O], "BR: system fell? no till in the shop can register sales", "Caixas parados",
"""Prezados, o sistema de vocês caiu? Nenhum dos caixas da loja consegue registrar vendas desde as 10h.""")
m("pt", "v2", [A], "PT: new restaurant owner, account in old owner's name, move it to me", "Conta do restaurante",
"""Bom dia, sou o novo proprietário do restaurante. A conta está registada em nome do antigo dono, que não responde. Como passo a conta para mim?""")
m("pt", "vn1", [], "NEG who is responsible for this request", "Pedido 5521",
"""Quem é o responsável por este pedido? Já falei com três pessoas diferentes e ninguém me dá uma resposta.""")
m("ro", "v1", [O], "nothing loads? whole team gets a white page since lunch", "pagina alba",
"""Bună, nu se încarcă nimic la voi? Toată echipa primește pagină albă de la prânz.""")
m("ro", "v2", [A], "partner left firm and is sole admin, give me owner rights", "Drepturi proprietar",
"""Bună ziua, asociatul meu a ieșit din firmă și a rămas singurul administrator al contului. Vă rog să îmi dați drepturi de proprietar.""")
m("ro", "vn1", [], "NEG planned maintenance notice, fine, confirm time", "Mentenanță",
"""Am primit notificarea despre mentenanța programată de sâmbătă noaptea. E în regulă, doar confirmați-ne ora, vă rog.""")
m("da", "v1", [O], "cannot get onto platform, no shop can take payment; disruption?", "Driftsforstyrrelse?",
"""Hej, vi kan ikke komme på jeres platform, og ingen af butikkerne kan tage imod betaling via systemet. Er der driftsforstyrrelser?""")
m("da", "v2", [A], "bought the company, transfer the account to my name", "Overdragelse",
"""Hej, jeg har købt virksomheden og vil gerne have kontoen overført til mit navn. Den tidligere ejer har givet sin accept på mail, som jeg kan videresende.""")
m("da", "vn1", [], "NEG who is the owner of our account (report access)", "Adgang",
"""Hvem er ejeren af vores konto? Jeg skal bare vide, hvem jeg skal spørge om adgang til rapporterne.""")
m("fr", "v1", [O], "service interrupted? none of our workstations can connect", "Service interrompu ?",
"""Bonjour, votre service est-il interrompu ? Aucun de nos postes n'arrive à se connecter depuis 14h, message « service indisponible ».""")
m("fr", "v2", [A], "CIO left, designate me as account owner", "Propriétaire du compte",
"""Bonjour, suite au départ de notre DSI, je dois reprendre la gestion du compte. Pouvez-vous me désigner comme propriétaire du compte ?""")
m("fr", "vn1", [], "NEG planned maintenance announcement received, no problem", "Maintenance dimanche",
"""Bonjour, nous avons bien reçu l'annonce de la maintenance programmée de dimanche. Aucun souci de notre côté, merci.""")
m("nl", "v1", [O], "server flat? tills can't sync since 11 in all branches", "Kassa's",
"""Hoi, ligt jullie server plat? Onze kassa's kunnen sinds 11 uur niet meer synchroniseren, in alle filialen.""")
m("nl", "v2", [A], "ex-colleague created account and left, set me as admin and owner", "Beheerder",
"""Goedendag, onze oud-collega heeft het account destijds aangemaakt en is nu vertrokken. Kunnen jullie mij als beheerder en eigenaar instellen?""")
m("nl", "vn1", [], "NEG owner gives colleague read-only rights", "Leesrechten",
"""Ik ben eigenaar van het account. Kan ik een collega leesrechten geven zonder dat hij facturen kan zien?""")
m("en", "v1", [], "NEG status page shows partial outage but we're unaffected", "Status page stale?",
"""Heads up: your status page shows a partial outage for EU-West, but we're unaffected and everything works for us. Just letting you know in case it's stale.""")
m("en", "v2", [], "NEG attachment size limit or bug? everything else works", "attachments",
"""Can't seem to upload attachments larger than 10 MB - is that a limit or a bug? Everything else works.""")
m("en", "v3", [A], "founder died, executor needs ownership moved to my name", "Account of the late owner",
"""Our founder passed away last month. I'm the executor of his estate and need ownership of the account moved to my name so I can close things down properly.""")

# ============================================================ check3: stress negatives for the round-5 additions (written after them, measured before re-tuning)
C3 = []
CUR = C3
m("en", "s1", [], "NEG feature removal: none of our customers can pay by PayPal since you removed it", "PayPal option",
"""Since you removed PayPal from the checkout options, none of our customers can pay by PayPal anymore. Please bring it back, a lot of our buyers prefer it.""")
m("en", "s2", [], "NEG 'is something wrong on your side' about an invoice", "Invoice VAT",
"""Is something wrong on your side with invoice 2026-0412? It shows 25% VAT but we are VAT-exempt.""")
m("en", "s3", [], "NEG resolved: all our customers can pay again", "Thanks",
"""Quick note: all our customers can pay by card again since last night's fix. Thanks to whoever worked on it.""")
m("fr", "s1", [], "NEG feature question: customers cannot pay in instalments", "Paiement en plusieurs fois",
"""Bonjour, nos clients ne peuvent pas payer en plusieurs fois sur la boutique. Est-ce une option prévue pour bientôt ?""")
m("pl", "s1", [], "NEG feature question: customers cannot pay with Amex", "American Express",
"""Dzień dobry, nasi klienci nie mogą zapłacić kartą American Express. Czy planujecie dodać tę metodę płatności?""")
m("pt", "s1", [], "NEG feature question: customers cannot pay with MB Way", "MB Way",
"""Olá, os nossos clientes não conseguem pagar com MB Way na loja. Vão adicionar essa opção?""")
m("de", "s1", [], "NEG wrong tax number in all invoices", "Steuernummer",
"""Guten Tag, in allen Rechnungen seit Januar fehlt unsere Steuernummer, es geht nichts mehr durch die Buchhaltung ohne sie. Bitte korrigieren.""")
m("es", "s1", [], "NEG 'os pasa algo' about a duplicated invoice", "Factura duplicada",
"""¿Os pasa algo con las facturas? Me ha llegado la de abril dos veces y no sé cuál pagar.""")
m("es", "s2", [], "NEG refund by bank transfer to my account", "Reembolso",
"""Hola, ¿me podéis hacer la devolución por transferencia a mi cuenta bancaria? Os paso el IBAN por aquí: ES12 3456 7890 1234 5678 9012.""")
m("pt", "s2", [], "NEG refund transfer to my account", "Reembolso",
"""Boa tarde, prefiro que o reembolso seja feito por transferência para a minha conta. Passo-vos o IBAN em anexo.""")
m("pt", "s3", [], "NEG how do I switch the account to the annual plan", "Plano anual",
"""Como passo a conta para o plano anual? Não encontro a opção no painel.""")
m("sv", "s1", [], "NEG my old email is gone, how do I change my login email", "E-post",
"""Hej, min gamla mejladress är borta sedan vi bytte leverantör. Hur byter jag e-postadressen jag loggar in med?""")
m("en", "s4", [], "NEG one user: my colleagues can log in fine, only I get 'account locked'", "Locked",
"""Only I get 'account locked' when I try to sign in. My colleagues log in fine. Did I type the password wrong too often?""")
m("pl", "s2", [], "NEG cannot reach your hotline, nobody answers; wants to change plan", "Infolinia",
"""Nie możemy się połączyć z waszą infolinią od rana, nikt nie odbiera telefonu. Chcę tylko zmienić pakiet na mniejszy.""")
m("sv", "s2", [], "NEG 'is it just us' about a missing invoice", "Faktura april",
"""Är det bara vi som inte har fått fakturan för april? Den syns inte i portalen heller.""")
m("pt", "s4", [], "NEG our accountant is away this week", "Pagamento",
"""A nossa contabilista está fora esta semana, por isso o pagamento da mensalidade vai atrasar uns dias.""")
m("en", "p1", [O], "POS effect: none of our customers can check out, is there a problem at your end", "Checkout",
"""Hi - for the last 30 minutes none of our customers can check out, the payment page just spins. Is there a problem at your end?""")
m("es", "p1", [A], "POS: bought the company, transfer the account to my name", "Traspaso de cuenta",
"""Hemos comprado la empresa y el antiguo propietario se ha jubilado. Necesitamos el traspaso de la cuenta a mi nombre cuanto antes.""")


def to_html(body, cs):
    paras = html_paragraphs(body.strip(), escape=H.escape, unquote=lambda line: line[1:].strip())
    return (f"<html><head><meta charset=\"{cs}\"></head><body style=\"font-family:Arial\">\n"
            + paras + "\n</body></html>\n")


CTE = {"8bit": "8bit", "qp": "quoted-printable", "b64": "base64"}


def write(base, msgs, header):
    out = DevSet(base, header)
    for i, (lang, name, expect, note, subject, body, fmt) in enumerate(msgs):
        cs, cte, hmode = fmt.get("cs", "utf-8"), CTE[fmt.get("cte", "8bit")], fmt.get("html")
        sender, msg_id = customer(lang, f"8oo{lang}{name}")
        top = raw_head(sender, encoded_subject(subject, cs), mail_date("Tue", 12, "May", 8 + i % 9, i % 60), msg_id)
        html_text = to_html(body, cs)
        if hmode is None:
            eml = top + raw_part("text/plain", body, cs, cte)
        elif hmode == "only":
            eml = top + raw_part("text/html", html_text, cs, cte)
        else:
            eml = top + raw_alternative(f"=_alt_{msg_id[:10]}", raw_part("text/plain", body, cs, cte),
                                        raw_part("text/html", html_text, cs, cte))
        # 8bit mails in their own charset, the rest is ASCII
        out.add(lang, name, eml.encode(cs if cte == "8bit" else "ascii"), expect, forbid_others(TAGS, expect), note)
    out.save(clean=True)
    print(base, len(msgs), "messages")


def main():
    write(HERE, M, "# devset8 owner-outage: fresh hand-written set for outage + account-ownership (round 5)")
    write(HERE / "check3", C3, "# devset8 owner-outage check3: stress negatives for the round-5 additions")
    write(HERE / "check2", V, "# devset8 owner-outage check2: validation batch, measured before tuning on it")

if __name__ == "__main__":
    main()
