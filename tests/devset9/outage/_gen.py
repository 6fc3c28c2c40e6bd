#!/usr/bin/env python3
"""devset9 outage: fresh hand-written set for `outage` (round 6, precision first): service-wide failures
written in varied ways, plus hard negatives (single-user trouble, one broken feature, planned maintenance,
resolved incidents, status newsletters, SLA/uptime questions, out-of-office, the customer's OWN outage,
power cuts at the customer's premises, sold-out products). Three batches, each measured before tuning
on it: b1/, b2/, b3/. Edit here and re-run; it rewrites <batch>/manifest.toml and <batch>/<lang>/*.eml."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import html_paragraphs, mime_mail, write_batches

TAGS = ["outage"]
HERE = Path(__file__).resolve().parent
O = "outage"

M = []
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8"):
    """fmt: plain (8bit), qp, b64, html (HTML only), alt (multipart/alternative)."""
    M.append((batch, lang, name, [O] if expect else [], note, subject, body.strip("\n"), fmt, charset))

def build(sender, subject, date, msg_id, body, fmt, charset):
    html = "<html><body style=\"font-family:Calibri,sans-serif\">\n" + html_paragraphs(body) + "\n</body></html>"
    return mime_mail(sender, subject, date, msg_id, body + "\n", html, fmt, charset).as_string()

# ============================================================ batch 1
B = "b1"
m(B, "sv", "p1", True, "webshop: none of our customers can pay, checkout spins then technical error", "Kassan i webbutiken",
"""Hej,

sedan ungefär kl. 10 i dag kan ingen av våra kunder betala i webbutiken. Kassan snurrar en stund och sedan kommer "Tekniskt fel, försök igen senare". Vi har testat med olika kort, olika webbläsare och från mobilen, samma resultat varje gång.

Är det något fel hos er? Vi tappar försäljning varje minut.

Med vänlig hälsning
Anders Lindqvist
Lindqvists Trädgård AB""")
m(B, "sv", "p2", True, "curt, no diacritics: are you down? nothing loads, whole office idle", "nere?",
"""ar ni nere eller? inget laddar har, hela kontoret sitter och vantar sen halv nio""")
m(B, "sv", "n1", False, "out-of-office auto-reply (borta / ledig)", "Autosvar: Faktura 4471",
"""Hej!

Jag är borta från kontoret och på semester till och med den 3 augusti, med begränsad tillgång till e-post. Ditt meddelande läses när jag är tillbaka.

Vid brådskande ärenden, kontakta min kollega Eva Holm på eva.holm@bygg-nord.example eller 08-555 123 40.

Vänliga hälsningar
Mikael Berg""")
m(B, "sv", "n2", False, "customer's own internet down (fibre cut), will pay next week; latin-1 qp", "Fakturan",
"""Hej,

vårt internet har legat nere sedan i går på grund av ett fiberavbrott i området, så vi kommer inte åt banken och kan inte betala fakturan förrän nästa vecka. Hoppas det går bra, vi betalar så fort vi är uppkopplade igen.

Hälsningar
Birgitta, Kaffestugan i Ljusdal""", fmt="qp", charset="iso-8859-1")

m(B, "it", "p1", True, "formal, qp latin-1: none of 40 employees can access, blank page or 503", "Gestionale non accessibile",
"""Gentili Signori,

da questa mattina alle ore 9:00 nessuno dei nostri 40 dipendenti riesce ad accedere al gestionale: la pagina resta bianca oppure compare "Errore 503 - Servizio non disponibile". Il problema si presenta da tutte le postazioni e anche dalla rete mobile.

Vi chiediamo di comunicarci al più presto i tempi di ripristino.

Cordiali saluti
Ing. Roberto Galli
Responsabile IT - Galli Serramenti S.r.l.""", fmt="qp", charset="iso-8859-1")
m(B, "it", "p2", True, "rambling with quoted history: patients cannot book, site times out for everyone", "Re: Prenotazioni online",
"""Buongiorno,

ne approfitto per rispondere anche alla vostra mail sulla fattura, va bene così. Però adesso abbiamo un problema più serio: da circa un'ora i nostri pazienti non riescono a prenotare online, il sito va in timeout per tutti, anche per noi in segreteria. Il telefono non smette di squillare.

Ci fate sapere qualcosa?

Grazie
Chiara - Studio Dentistico Moretti

> Il giorno lun 23 nov 2026, Assistenza ha scritto:
> Gentile cliente, le inviamo in allegato la fattura di novembre.""")
m(B, "it", "n1", False, "question about the announced planned maintenance on Sunday", "Manutenzione di domenica",
"""Salve, abbiamo ricevuto il vostro avviso di manutenzione programmata per domenica dalle 2 alle 4. Durante quelle ore il servizio sarà completamente irraggiungibile o funzionerà almeno la app? Abbiamo un turno di notte e devo avvisare i colleghi.

Grazie, Marco""")
m(B, "it", "n2", False, "sold-out product (esaurito / non disponibile)", "Modello esaurito",
"""Buongiorno, il tostapane Vintage 2 fette color crema risulta esaurito sul vostro sito da due settimane e nella pagina c'è scritto "non disponibile". Sapete quando torna disponibile? Altrimenti ripiego sul modello rosso.

Saluti
Giovanna""")

m(B, "es", "p1", True, "LatAm: problem on your side? none of our customers can pay, checkout 502", "¿Problema de su lado?",
"""Hola, ¿tienen algún problema de su lado? Desde hace como 40 minutos ninguno de nuestros clientes puede pagar en la tienda online, el checkout da error 502 Bad Gateway. Ya probamos desde varias compus y celulares.

Saludos,
Fernanda Ruiz
Tienda Mate & Co.""")
m(B, "es", "p2", True, "HTML only: the app doesn't load for anyone in the office, blank screen", "La aplicación no carga",
"""Buenos días:

La aplicación no carga para nadie en la oficina desde las 9. Se queda la pantalla en blanco y al rato sale "No se pudo conectar con el servidor". Somos doce personas paradas.

¿Pueden revisar qué ocurre?

Un saludo,
Javier Ortega""", fmt="html")
m(B, "es", "n1", False, "single user forgot password", "No puedo entrar",
"""Hola, no puedo iniciar sesión en mi cuenta, creo que me olvidé la contraseña y el correo de recuperación no me llega. ¿Me la pueden restablecer? Mi usuario es lmartinez.

Gracias""")
m(B, "es", "n2", False, "SLA question: availability guaranteed, compensation for service drops", "Consulta SLA",
"""Buenas tardes:

Estamos evaluando el plan Empresa. ¿Qué disponibilidad garantizan en el SLA? ¿Y qué compensación ofrecen si hay caídas del servicio o el sistema no está disponible más de lo acordado?

Atentamente,
Departamento de Compras""")

m(B, "da", "p1", True, "something wrong at your end? page won't open for me or colleagues, keeps loading", "Virker ikke",
"""Hej

Er der noget galt hos jer? Siden åbner slet ikke, hverken hos mig eller hos mine kolleger, den står bare og loader og så kommer der en fejl om timeout. Vi har prøvet både på kontoret og hjemmefra.

Mvh
Søren Kjær""")
m(B, "da", "n1", False, "power cut at the customer's office, move the meeting", "Mødet i dag",
"""Hej Louise

Vi har strømsvigt på hele kontoret i dag på grund af gravearbejde på vejen, så vi kan desværre ikke deltage i demo-mødet kl. 13. Kan vi flytte det til torsdag?

Venlig hilsen
Henrik""")
m(B, "da", "n2", False, "one feature bug: PDF export error over 100 lines, everything else fine", "PDF-eksport",
"""Hej, når jeg eksporterer en rapport med mere end 100 linjer til PDF, får jeg en fejlmeddelelse og filen bliver tom. Alt andet virker fint. Kan I kigge på det?

/Mette""")

m(B, "fr", "p1", True, "platform inaccessible for all our staff since 8h, 504 Gateway Time-out", "Plateforme inaccessible",
"""Bonjour,

Votre plateforme est inaccessible depuis 8h ce matin pour l'ensemble de nos collaborateurs (erreur 504 Gateway Time-out). Nous avons vérifié notre réseau, tout le reste fonctionne.

Pouvez-vous nous indiquer un délai de rétablissement ?

Cordialement,
Nathalie Dubois
Responsable administrative""")
m(B, "fr", "n1", False, "status-page monthly newsletter, incident resolved", "Votre récapitulatif de disponibilité - octobre",
"""Récapitulatif mensuel de disponibilité

Disponibilité du service en octobre : 99,97 %.
Incident du 14 octobre : ralentissements de l'API pendant 22 minutes, résolu. Cause : saturation d'une base de données.
Maintenance programmée : le 8 novembre de 2h à 3h.

Vous recevez cet e-mail car vous êtes abonné aux notifications de la page de statut. Se désabonner""")
m(B, "fr", "n2", False, "thanks after yesterday's outage, all works again", "Merci",
"""Bonjour,

Merci pour votre réactivité hier lors de la panne, tout fonctionne de nouveau chez nous depuis 16h. Pourriez-vous nous envoyer un petit compte rendu pour notre direction ?

Bien à vous,
Julien""", fmt="qp", charset="iso-8859-1")

m(B, "nl", "p1", True, "is something down at yours? all our tills: no connection to server, customers cannot pay", "Kassa's",
"""Hallo,

ligt er iets plat bij jullie? Al onze kassa's geven sinds vanochtend 10 uur "geen verbinding met server" en klanten kunnen niet afrekenen. Dat geldt voor alle drie de winkels.

Graag snel reactie.

Groet,
Ruud van Dijk""")
m(B, "nl", "n1", False, "single user cannot log in, wrong password message", "Inloggen lukt niet",
"""Goedemiddag, ik kan sinds gisteren niet meer inloggen op mijn account, ik krijg steeds de melding dat mijn wachtwoord onjuist is. Mijn collega's kunnen wel gewoon inloggen. Kunnen jullie mijn wachtwoord resetten?

Met vriendelijke groet,
Ilse""")
m(B, "nl", "n2", False, "sold-out product (uitverkocht)", "Blauwe variant",
"""Hoi, is de blauwe variant van de regenjas nog leverbaar? Op de site staat hij als uitverkocht en ik kan hem niet in mijn winkelmandje leggen. Komt hij nog terug?

Groetjes, Sanne""")

m(B, "pl", "p1", True, "nobody in our company, page not loading, error 500", "System nie działa",
"""Dzień dobry,

od godziny 7 rano system nie działa u nikogo w naszej firmie. Strona się nie ładuje, a jak już się załaduje, to wyskakuje błąd 500. Próbowaliśmy na różnych komputerach i w różnych przeglądarkach.

Proszę o pilną informację.

Pozdrawiam
Tomasz Wójcik""")
m(B, "pl", "n1", False, "question about the planned technical break on Saturday", "Przerwa techniczna",
"""Dzień dobry, czy podczas planowanej przerwy technicznej w sobotę będziemy mogli wystawiać faktury w aplikacji mobilnej? Czy system będzie całkowicie niedostępny?

Pozdrawiam, Agnieszka""")
m(B, "pl", "n2", False, "customer's own internet down for three days, will pay Monday; win-1250 qp", "Płatność",
"""Dzień dobry,

przepraszam za opóźnienie z płatnością. U nas w biurze od trzech dni nie ma internetu (awaria u dostawcy), więc nie mamy dostępu do banku. Zapłacimy w poniedziałek.

Z poważaniem
Krzysztof Zając""", fmt="qp", charset="windows-1250")

m(B, "pt", "p1", True, "BR: did your system go down? nobody here can access, 503", "caiu?",
"""Oi, o sistema de vocês caiu? Aqui ninguém consegue acessar desde cedo, só aparece "503 Service Temporarily Unavailable". Já reiniciamos o roteador e nada.

Valeu,
Rafael""")
m(B, "pt", "n1", False, "PT sold-out bike (esgotada)", "Bicicleta esgotada",
"""Boa tarde, a bicicleta urbana de 7 velocidades está esgotada no vosso site há um mês. Quando volta a estar disponível? Obrigada, Inês""")
m(B, "pt", "n2", False, "uptime question for the enterprise plan", "Uptime garantido",
"""Olá, qual é o uptime garantido no plano empresarial? Tiveram alguma indisponibilidade ou queda do serviço no último trimestre? Precisamos dessa informação para o nosso relatório de fornecedores.

Obrigado,
Marcelo Tavares""")

m(B, "en", "p1", True, "API: every call 502/503 across all keys and regions", "All API calls failing",
"""Hi,

Every call to /v2/orders and /v2/customers has been returning 502 or 503 since 14:05 UTC, across all of our API keys and from both our EU and US servers. Our integration is completely stopped and we have a backlog of 3,000 orders.

Request IDs: 8f21c0a4, 8f21c0b9, 8f21c11e.

Please advise.
Dan Whitaker
Platform Engineering, Packright""")
m(B, "en", "n1", False, "out-of-office auto-reply", "Automatic reply: Renewal quote",
"""Thank you for your email. I am currently out of the office and away until Monday 30 November with no access to email. For anything urgent please contact accounts@harbourlane.example.

Kind regards,
Lucy Barnes""")

m(B, "de", "n1", False, "customer's own mail server failed this morning, please resend", "Bitte Rechnung erneut senden",
"""Guten Tag,

unser eigener Mailserver ist heute früh ausgefallen und erst seit Mittag wieder erreichbar. Falls Sie uns in dieser Zeit etwas geschickt haben, z. B. die Rechnung für November, senden Sie es bitte noch einmal.

Mit freundlichen Grüßen
Sabine Krüger
Buchhaltung""")

# ============================================================ batch 2
B = "b2"
m(B, "sv", "p3", True, "API: internal server error on every request, all environments", "API svarar med 500",
"""Hej,

vi får "500 Internal Server Error" på varenda förfrågan mot ert API sedan strax efter lunch. Det gäller alla våra miljöer, både test och produktion, och alla nycklar. Inga ändringar har gjorts hos oss.

Loggutdrag bifogat.

/Johan Ek, utvecklare""")
m(B, "sv", "p4", True, "HTML only: whole staff locked out, login page shows Service Unavailable", "Ingen kommer åt systemet",
"""Hej support!

Hela vår personal är utelåst från systemet sedan i morse. Inloggningssidan visar bara "Service Unavailable" och det spelar ingen roll vilken dator eller webbläsare vi använder.

Ring gärna 070-123 45 67.

Hälsningar
Maria Åkesson
Kontorschef""", fmt="html")
m(B, "sv", "n3", False, "one button does nothing, the rest works (bug, not outage)", "Påminnelseknappen",
"""Hej, knappen "Skicka påminnelse" på fakturasidan gör ingenting när jag klickar på den, inget händer alls. Resten av systemet fungerar som vanligt. Kan ni titta på det när ni hinner?

Tack, Lars""")

m(B, "it", "p3", True, "something wrong on your side? customers cannot pay by card, timeout for everyone", "Pagamenti",
"""Ciao, c'è qualcosa che non va da voi? I nostri clienti non riescono a pagare con carta sul nostro e-commerce: il pagamento resta in attesa e poi va in timeout. Succede a tutti da circa un'ora, abbiamo già perso una ventina di ordini.

Fateci sapere
Luca""")
m(B, "it", "n3", False, "out-of-office auto-reply (fuori ufficio / assente)", "Risposta automatica: ordine 5521",
"""Buongiorno,

sono fuori ufficio e assente fino al 2 dicembre compreso, con accesso limitato alla posta. Per urgenze potete contattare il collega Stefano Rinaldi allo 02 5550 1234.

Cordiali saluti
Elena Conti""")
m(B, "it", "n4", False, "customer's own power cut (blackout in the area), payment tomorrow", "Bonifico",
"""Buonasera, a causa di un blackout nella nostra zona siamo rimasti senza corrente per tutta la mattina e non siamo riusciti a fare il bonifico. Ve lo inviamo domani mattina, scusate il ritardo.

Saluti, Franco - Ferramenta Bassi""", fmt="qp", charset="iso-8859-1")

m(B, "es", "p3", True, "rambling + quoted history: nobody can open the panel, internal server error for all reps", "RE: Cambio de tarifa",
"""Hola Marta,

gracias por lo del cambio de tarifa, lo hablo con mi jefe y te digo. Ah, y el lunes os mando los datos de los dos comerciales nuevos.

Y para colmo hoy el panel no hay quien lo abra: a todos los comerciales les sale "Error interno del servidor" nada más entrar, desde las nueve. Estamos trabajando con papel y boli.

Un saludo,
Paco

-----Mensaje original-----
De: Marta (Soporte)
Enviado el: viernes, 20 de noviembre de 2026 12:10
Asunto: Cambio de tarifa
Hola Paco, te adjunto la propuesta de la nueva tarifa.""")
m(B, "es", "n3", False, "resolved: everything works again after this morning's drop", "Todo OK",
"""Buenas tardes, solo para confirmar que desde las 12:30 todo vuelve a funcionar con normalidad tras la caída de esta mañana. Gracias por la rapidez.

Saludos,
Elena""")
m(B, "es", "n4", False, "sold out size (agotado)", "Talla 42",
"""Hola, las zapatillas Trail Pro en talla 42 aparecen como agotadas y no disponibles en la web. ¿Sabéis cuándo vuelven a entrar? Gracias""")

m(B, "da", "p2", True, "webshop module down all morning, none of our customers can complete an order", "Webshop nede",
"""Hej,

jeres webshop-modul har været nede hele formiddagen. Ingen af vores kunder kan gennemføre en ordre, de får bare en hvid side efter "Gå til betaling". Vi har tjekket vores egen opsætning og intet er ændret.

Hvornår kan vi forvente, at det kører igen?

Med venlig hilsen
Pia Møller
Møllers Garn""")
m(B, "da", "n3", False, "out-of-office auto-reply (væk fra kontoret)", "Autosvar: Tilbud",
"""Tak for din mail. Jeg er væk fra kontoret og på ferie frem til mandag den 7. december og læser ikke mails i den periode. Ved akutte henvendelser kontakt venligst salg@nordtag.example.

Venlig hilsen
Thomas Jensen""")
m(B, "da", "n4", False, "question about announced planned maintenance", "Planlagt vedligeholdelse",
"""Hej

Vi har modtaget jeres varsel om planlagt vedligeholdelse natten til lørdag, hvor systemet vil være utilgængeligt fra kl. 01 til 05. Skal vi gøre noget på vores side, fx logge brugerne ud inden?

Mvh Kasper""")

m(B, "fr", "p2", True, "curt, no accents: everything crashed at yours? nothing shows, same for 3 colleagues", "plantage",
"""tout est plante chez vous ?? plus rien ne s'affiche, meme pas la page de connexion, et c'est pareil pour mes 3 collegues. on fait comment ?""")
m(B, "fr", "n3", False, "SLA question: guaranteed availability, penalties for service interruption", "Question SLA",
"""Bonjour,

Dans le cadre du renouvellement de notre contrat, pourriez-vous nous préciser le taux de disponibilité garanti dans votre SLA et la façon dont sont calculées les pénalités en cas d'interruption de service ?

Cordialement,
Service Achats - Groupe Martel""")
m(B, "fr", "n4", False, "single user cannot log in after phone change (2FA)", "Connexion impossible",
"""Bonjour, je n'arrive plus à me connecter à mon compte depuis que j'ai changé de téléphone, le code de double authentification arrive sur l'ancien. Pouvez-vous réinitialiser la 2FA ? Merci, Claire""")

m(B, "nl", "p2", True, "API returns 503 on every request in all environments, webshop cannot process orders", "API 503",
"""Goedemiddag,

jullie API geeft sinds 11:00 op elke request een 503 terug, in alle omgevingen. Onze webshop kan daardoor geen bestellingen meer verwerken. Is er een storing bekend?

Groeten,
Mark de Boer
Lead developer""")
m(B, "nl", "n3", False, "status-page notice: planned maintenance, platform unreachable Sunday", "Gepland onderhoud op zondag 29 november",
"""Gepland onderhoud

Op zondag 29 november tussen 01:00 en 03:00 voeren wij gepland onderhoud uit aan onze servers. Gedurende deze periode is het platform niet bereikbaar. Er is geen actie van uw kant nodig.

U ontvangt dit bericht omdat u bent geabonneerd op statusmeldingen. Afmelden""")
m(B, "nl", "n4", False, "power failure in the customer's building, order one day late", "Bestelling",
"""Hoi, door een stroomstoring in ons pand konden we gisteren niet werken, daarom komt de bestelling een dag later binnen dan afgesproken. Excuses daarvoor! Groet, Bas""")

m(B, "pl", "p2", True, "is there a failure? none of our staff can log in, wheel keeps spinning", "Awaria?",
"""Dzień dobry, czy macie jakąś awarię? Żaden z naszych pracowników nie może się zalogować do panelu, cały czas kręci się kółko i nic. Pozdrawiam, Ewa""")
m(B, "pl", "n3", False, "thanks for fixing yesterday's failure, all works", "Podziękowanie",
"""Dzień dobry,

dziękujemy za szybkie usunięcie wczorajszej awarii, dziś wszystko działa bez zarzutu. Proszę jeszcze o krótką notatkę, co było przyczyną, dla naszego działu IT.

Z poważaniem
Marek Nowicki""", fmt="qp", charset="iso-8859-2")
m(B, "pl", "n4", False, "sold-out product (wyprzedany / niedostępny)", "Ekspres do kawy",
"""Dzień dobry, ekspres do kawy model Crema 3 jest na stronie wyprzedany i niedostępny od tygodnia. Czy wróci do sprzedaży przed świętami? Pozdrawiam, Jola""")

m(B, "pt", "p2", True, "PT-PT: none of our customers can pay, communication error in all shops", "Pagamentos",
"""Bom dia,

nenhum dos nossos clientes consegue pagar no vosso terminal online desde as 10h, dá sempre "erro de comunicação". Está a acontecer em todas as lojas ao mesmo tempo.

Aguardo contacto urgente.
Cumprimentos,
Vítor Sousa""")
m(B, "pt", "n3", False, "one feature broken: sales report won't export to Excel, rest fine", "Relatório de vendas",
"""Olá, o relatório de vendas não exporta para Excel, dá erro sempre que clico em exportar. O resto do programa funciona bem. Conseguem ver? Obrigada, Sofia""")
m(B, "pt", "n4", False, "BR: customer's own internet down after the rain, will pay next week", "boleto",
"""Bom dia, nossa internet está fora do ar desde ontem por causa da chuva e o técnico só vem sexta. Vamos pagar o boleto semana que vem, tudo bem?

Att,
Cláudia""")

m(B, "fi", "p1", True, "something wrong at yours? webshop checkout works for no one, customers cannot pay", "Kassa ei toimi",
"""Hei, onko teillä jotain vikaa? Verkkokauppamme kassa ei toimi kenelläkään, asiakkaat eivät pääse maksamaan ja saavat vain virheilmoituksen. Ongelma alkoi noin tunti sitten.

Terveisin
Jukka Virtanen""")
m(B, "fi", "n1", False, "out-of-office auto-reply (poissa toimistolta)", "Automaattinen vastaus: Lasku",
"""Olen lomalla ja poissa toimistolta 7.12. asti. Kiireellisissä asioissa ota yhteyttä kollegaani Anna Laineeseen, anna.laine@rakennus.example.

Ystävällisin terveisin
Mikko Heikkinen""")

m(B, "nb", "p1", True, "anything wrong at yours? none of the staff can log in, server not responding", "Innlogging",
"""Hei, er det noe feil hos dere? Ingen av de ansatte får logget inn i systemet, vi får bare en feilmelding om at serveren ikke svarer. Det har vart siden kl. 8.

Hilsen Kari Nilsen""")
m(B, "nb", "n1", False, "power cut at the customer's warehouse, delivery one day late", "Levering",
"""Hei, vi hadde strømbrudd på lageret i går, så leveransen til dere blir en dag forsinket. Beklager! Mvh Ola""")

m(B, "ro", "p1", True, "platform doesn't load for any of my colleagues, error 502", "Platforma nu merge",
"""Bună ziua, platforma voastră nu se încarcă pentru niciunul dintre colegii mei de azi dimineață, primim eroare 502. Vă rog să verificați urgent.

Mulțumesc,
Andreea Popescu""")
m(B, "ro", "n1", False, "sold-out product (stoc epuizat)", "Produs epuizat",
"""Buna ziua, aspiratorul X200 apare cu stoc epuizat pe site. Cand revine in stoc? Multumesc, Ioana""")

# ============================================================ batch 3
B = "b3"
m(B, "sv", "p5", True, "non-native Swedish: nothing opens in your program, all colleagues same timeout box", "Programmet",
"""Hej. Jag skriver från Uppsala kontor. Idag ingenting går att öppna i ert program, alla kollegor får samma ruta "anslutningen tog för lång tid". Vi har provat starta om datorer två gånger. Snälla hjälp oss snabbt.

Mvh Ahmed""")
m(B, "sv", "p6", True, "your system doesn't respond at all, whole finance department idle, not a single invoice", "Fakturering",
"""Hej,

vi har inte kunnat skicka ut en enda faktura i dag. Ert system svarar inte alls, hela ekonomiavdelningen sitter still sedan nio.

Återkom omgående.
Gunilla Persson, ekonomichef""", fmt="b64", charset="iso-8859-1")
m(B, "sv", "n5", False, "SLA question: guaranteed availability and last year's downtime", "Tillgänglighet",
"""Hej! Inför upphandlingen undrar vi vilken tillgänglighet ni garanterar i ert SLA och hur många timmar driftstopp ni hade under förra året. Finns det en statussida vi kan prenumerera på?

Vänligen
Upphandlingsenheten, Region Mitt""")

m(B, "it", "p4", True, "your server doesn't respond, all API calls error 504, warehouse blocked", "Server non risponde",
"""Buongiorno,

il vostro server non risponde più da stamattina alle 7: tutte le chiamate API vanno in errore 504 e il nostro magazzino è completamente bloccato, non riusciamo a spedire nulla.

Resto in attesa di un vostro riscontro.
Davide Marchetti""")
m(B, "it", "n5", False, "single user: cannot access from phone, works on computer", "Accesso da telefono",
"""Ciao, non riesco più ad accedere al mio account dal telefono, mi dice "credenziali non valide". Dal computer invece entro senza problemi. Cosa posso fare? Grazie, Sara""")
m(B, "it", "n6", False, "status newsletter: yesterday's disruption resolved", "Aggiornamento sul disservizio del 23 novembre",
"""Gentile cliente,

il disservizio che ieri tra le 14:10 e le 15:05 ha reso la piattaforma non raggiungibile per una parte degli utenti è stato risolto. La causa è stata individuata in un guasto di rete presso il nostro fornitore. Ci scusiamo per il disagio.

Questa è una comunicazione automatica, si prega di non rispondere.""", fmt="alt")

m(B, "es", "p4", True, "curt Spain: has everything gone down? neither web nor app loads, all stopped", "¿caído?",
"""¿Se os ha caído todo? No carga nada, ni la web ni la app. Estamos todos parados aquí.""")
m(B, "es", "n5", False, "question about announced scheduled maintenance", "Mantenimiento del domingo",
"""Buenos días, nos ha llegado el aviso del mantenimiento programado del domingo por la noche. ¿La app del móvil seguirá funcionando durante ese tiempo o estará todo inaccesible? Tenemos repartidores trabajando de noche.

Gracias,
Lucía Herrero""")
m(B, "es", "n6", False, "one button does nothing (bug): download invoice PDF, rest fine", "Botón PDF",
"""Hola, el botón de descargar la factura en PDF no hace nada cuando lo pulso, ni en Chrome ni en Firefox. Lo demás va bien. ¿Es un fallo conocido?""")

m(B, "da", "p3", True, "base64 latin-1: system completely dead, nobody in the office can get in, customers cannot book", "Nedbrud?",
"""Hej

Systemet er helt dødt hos os. Ingen på kontoret kan komme ind, og kunderne kan ikke booke tider online. Har I et nedbrud?

Ring venligst på 22 33 44 55.

Hilsen
Lone Bech
Klinik for Fysioterapi""", fmt="b64", charset="iso-8859-1")
m(B, "da", "n5", False, "customer's own internet down (ISP fault), will answer tomorrow", "Svar i morgen",
"""Hej, vores internet er nede på grund af en fejl hos udbyderen, så jeg sender først de underskrevne papirer i morgen. Beklager forsinkelsen. Mvh Jesper""")

m(B, "fr", "p3", True, "formal: all our points of sale unable to take payments, till software says server unreachable", "Encaissement impossible",
"""Madame, Monsieur,

Depuis 14h, l'ensemble de nos points de vente est dans l'impossibilité d'encaisser : votre logiciel de caisse affiche « Serveur injoignable » sur tous les postes. Nos équipes ont redémarré les terminaux sans succès.

Merci de nous tenir informés de l'avancement.

Veuillez agréer nos salutations distinguées.
Direction des opérations - Boulangeries Lemoine""", fmt="qp", charset="iso-8859-1")
m(B, "fr", "n5", False, "out-of-office auto-reply (absente du bureau)", "Réponse automatique : Devis 2026-114",
"""Bonjour,

Je suis absente du bureau jusqu'au lundi 30 novembre inclus. Pour toute demande urgente, merci de contacter Paul Mercier au 01 23 45 67 89.

Cordialement,
Sophie Laurent""")
m(B, "fr", "n6", False, "power cut in the customer's premises, delivery postponed", "Livraison reportée",
"""Bonjour,

suite à une coupure d'électricité dans nos locaux hier toute la journée, nous n'avons pas pu préparer la commande. La livraison est donc reportée à jeudi.

Merci de votre compréhension,
Atelier Rousseau""")

m(B, "nl", "p3", True, "is it wrong at yours too? nothing works at all, all colleagues 502 Bad Gateway", "502",
"""Hoi,

is het bij jullie ook mis? Bij ons werkt helemaal niks meer, alle collega's krijgen een foutmelding "502 Bad Gateway" zodra ze het dashboard openen. Thuis hetzelfde verhaal.

Gr. Jeroen""")
m(B, "nl", "n5", False, "single user: app crashes on open since phone update, works for colleague", "App crasht",
"""Hallo, mijn app crasht steeds bij het openen sinds de update van mijn telefoon. Bij mijn collega werkt hij gewoon. Moet ik hem opnieuw installeren?

Groet, Fleur""")
m(B, "nl", "n6", False, "SLA question: guaranteed uptime and compensation in case of a failure", "Uptime",
"""Goedemorgen, wat is de gegarandeerde uptime van jullie platform? En krijgen we compensatie bij een storing die langer dan vier uur duurt? Dat willen we graag in het contract opnemen.

Met vriendelijke groet,
Hanneke Visser""")

m(B, "pl", "p3", True, "shop page down since morning, customers can't order anything, everyone gets Service Unavailable", "Sklep leży",
"""Dzień dobry,

strona naszego sklepu leży od rana. Klienci nie mogą nic zamówić, wszyscy dostają komunikat "Service Unavailable". Tracimy zamówienia, proszę o szybką reakcję.

Piotr Kowalczyk""")
m(B, "pl", "n5", False, "out-of-office auto-reply (poza biurem / nieobecny)", "Odpowiedź automatyczna",
"""Dzień dobry,

jestem poza biurem i nieobecny do 4 grudnia. W pilnych sprawach proszę o kontakt z Anną Lewandowską: anna.lewandowska@firma.example.

Pozdrawiam
Paweł Zieliński""")
m(B, "pl", "n6", False, "one feature: CSV export doesn't work, the rest is fine", "Eksport CSV",
"""Cześć, eksport do CSV nie działa, plik pobiera się pusty. Reszta działa normalnie. Dajcie znać, czy to błąd po waszej stronie. Dzięki, Kuba""")

m(B, "pt", "p3", True, "BR curt: system off the air? no screen opens, customers calling", "fora do ar?",
"""Gente, o sistema tá fora do ar? Aqui nenhuma tela abre, fica só carregando, e os clientes estão ligando sem parar.""")
m(B, "pt", "n5", False, "PT: last week's one-hour outage, asking about compensation (resolved)", "Compensação",
"""Boa tarde,

na semana passada o sistema esteve em baixo durante cerca de uma hora, na quinta-feira de manhã. Já está tudo a funcionar, mas gostaríamos de saber se está prevista alguma compensação na fatura deste mês.

Com os melhores cumprimentos,
Rui Matos""")
m(B, "pt", "n6", False, "BR out-of-office auto-reply (fora do escritório)", "Resposta automática",
"""Olá! Estou fora do escritório até 01/12, sem acesso ao e-mail. Para assuntos urgentes, fale com a Juliana pelo (11) 5555-0101.

Abraços,
Fernanda""")

m(B, "de", "p1", True, "nothing works since 10:15, portal and app: connection failed, all 25 workstations", "Gar nichts geht",
"""Hallo zusammen,

bei uns geht seit ca. 10:15 Uhr gar nichts mehr – Webportal und App zeigen nur "Verbindung fehlgeschlagen". Betrifft alle 25 Arbeitsplätze, auch die Kollegen im Homeoffice. Ist bei Ihnen etwas kaputt?

Viele Grüße
Stefan Brandt""")
m(B, "de", "n2", False, "status newsletter: maintenance announcement", "Wartungsankündigung: 6. Dezember",
"""Wartungsankündigung

Am Sonntag, 6. Dezember, führen wir zwischen 02:00 und 04:00 Uhr Arbeiten an unserer Datenbank durch. In dieser Zeit ist die Plattform nicht erreichbar. Laufende Sitzungen werden beendet.

Sie erhalten diese E-Mail, weil Sie Statusmeldungen abonniert haben.""")

m(B, "en", "p2", True, "is something wrong on your side? none of our stores can take card payments, every transaction times out", "Card payments",
"""Hey,

is something wrong on your side? None of our stores can take card payments through your terminal since about 9am - every single transaction just times out. We've had to go cash only across all six shops.

Cheers,
Niamh
Operations, Daily Grind Coffee""")
m(B, "en", "n2", False, "uptime question: what if the service is down for more than 4 hours (hypothetical)", "Uptime guarantee",
"""Hi there,

Quick question about your uptime guarantee before we sign: what happens to our monthly fee if the service is down for more than 4 hours in a month? Is the credit applied automatically or do we have to claim it?

Thanks,
Omar""")

m(B, "nb", "n2", False, "customer's own net down all day (nettet vårt), reply tomorrow", "Kontrakten",
"""Hei, nettet vårt har vært nede hele dagen på grunn av en feil hos leverandøren, så jeg får ikke sendt den signerte kontrakten før i morgen. Beklager! Hilsen Ingrid""")

m(B, "fi", "p2", True, "your service has been down all morning, none of us can get in", "Palvelu alhaalla",
"""Hei, palvelunne on ollut alhaalla koko aamun, kukaan meistä ei pääse sisään. Milloin korjaatte?

Pekka""")

m(B, "ro", "n2", False, "thanks, platform works again after yesterday's fall", "Multumiri",
"""Bună ziua, vă mulțumim, platforma funcționează din nou după căderea de ieri. Totul e în regulă acum. O zi bună, Mihai""")

# ==== END OF MESSAGES ====

def main():
    write_batches(
        HERE, M, sys.argv[1:], title="devset9 outage {batch}: hand-written, service-wide outages + hard negatives", seed="9out", tags=TAGS, build=build,
    )

if __name__ == "__main__":
    main()
