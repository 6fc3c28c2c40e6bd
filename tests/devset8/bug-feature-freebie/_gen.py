#!/usr/bin/env python3
"""devset8 bug-feature-freebie: fresh hand-written set for bug-report, feature-request,
freebie-demand (bug weighted da/it/pl/pt/ro/sv, feature da/nl/sv/it, freebie de/en/fr/it/pl).
Edit here and re-run; it rewrites manifest.toml and <lang>/*.eml."""
import pathlib, sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import (DevSet, customer, forbid_others, html_paragraphs, mail_date, raw_alternative, raw_head,
                               raw_part)

TAGS = ["bug-report", "feature-request", "freebie-demand"]
HERE = pathlib.Path(__file__).parent
B, F, G = TAGS

M = []
def m(lang, name, expect, note, subject, body, enc="8bit", charset="utf-8", forbid=None):
    M.append((lang, name, expect, note, subject, body.strip() + "\n", enc, charset, forbid))

# ============================================================ da
m("da", "b1", [B], "save button in settings does nothing", "Gem-knappen",
"""Hej

Når jeg trykker på "Gem" under Indstillinger > Profil, sker der ingenting. Knappen reagerer bare ikke, og mine ændringer forsvinder når jeg genindlæser siden. Jeg har prøvet i både Chrome og Edge.

Mvh
Mette Kjærgaard""")
m("da", "b2", [B], "app closes when opening reports tab, since update", "Appen lukker ned",
"""Hej. Appen lukker ned hver eneste gang jeg åbner fanen Rapporter. Det er sket siden opdateringen i fredags, før virkede det fint. iPhone 13, iOS 17.4.""")
m("da", "b3", [B], "invoice overview total does not add up", "Forkert sum",
"""Goddag,

Summen på fakturaoversigten passer ikke. Den viser 12.450 kr., men når jeg lægger linjerne sammen, får jeg 11.950 kr. Der må være en fejl i beregningen - måske bliver fragten talt med to gange?

Venlig hilsen
Bo Frandsen, bogholder""", enc="qp", charset="iso-8859-1")
m("da", "b4", [B], "no diacritics: outlook sync creates duplicates", "dubletter i kalenderen",
"""hej. synkroniseringen med outlook laver dubletter af alle mine aftaler, nu staar hver aftale 3 gange i kalenderen. det startede i gaar. hvad goer jeg?""")
m("da", "b5", [B], "error text on export with steps", "Fejl ved eksport",
"""Hej support,

Jeg får en fejlmeddelelse når jeg eksporterer: "Error 0x80070005 – adgang nægtet".

Sådan gør jeg:
1) Gå til Rapporter
2) Vælg CSV
3) Klik på Eksportér

Så kommer fejlen hver gang. Mine kolleger kan godt eksportere, så det er kun på min bruger.

/Rasmus""")
m("da", "f1", [F], "would be nice to sort customers by postcode", "Sortering",
"""Hej! Det ville være rart, hvis man kunne sortere kundelisten efter postnummer. Vi kører ruter efter område, og lige nu må vi kopiere alt over i Excel først. Tak, Hanne""")
m("da", "f2", [F], "could you add dark mode", "Mørk tilstand",
"""Kunne I tilføje en mørk tilstand i appen? Jeg arbejder meget om aftenen og skærmen er alt for lys.""")
m("da", "f3", [F], "plans to support MobilePay, we miss it", "MobilePay",
"""Hej,

Er der planer om at understøtte MobilePay som betalingsmetode i webshop-modulet? Vi savner det virkelig – mange af vores kunder spørger efter det ved kassen.

Med venlig hilsen
Søren Holm
Holm Cykler ApS""")
m("da", "f4", [F], "miss timesheet export to e-conomic, please consider", "Integration",
"""Hej

Vi savner en mulighed for at eksportere timesedler direkte til e-conomic. Overvej venligst at lave en integration – det ville spare vores bogholder for flere timer om måneden.

Venlig hilsen
Lone""", enc="alt")
m("da", "g1", [G], "long-time customer wants months of discount after trouble", "Efter alt bøvlet",
"""Vi har været kunder hos jer i seks år, og efter de sidste to måneders bøvl med fakturaerne synes jeg, at et par måneders rabat ville være på sin plads. Hvad siger I?""")
m("da", "n1", [], "outage: whole system down for everyone", "Alt er nede",
"""Hej, hele jeres system er nede for alle hos os, ingen kan logge ind siden kl. 8. Er der en driftsforstyrrelse?""")
m("da", "n2", [], "resolved bug + no need to compensate", "Tak",
"""Hej igen. Fejlen med eksporten, som jeg skrev om i sidste uge, er løst nu – tak for hjælpen. Der er ingen grund til at kompensere os, det var jo en lille ting.""")
m("da", "n3", [], "how-to: change password", "Adgangskode",
"""Hvordan ændrer jeg min adgangskode? Jeg kan ikke finde det under indstillinger.""")

# ============================================================ it
m("it", "b1", [B], "formal: confirm order button does nothing", "Pulsante Conferma ordine",
"""Gentili signori,

segnalo che cliccando sul pulsante "Conferma ordine" non succede nulla: il pulsante non risponde e l'ordine non viene registrato. Il problema si presenta sia da PC che da tablet.

Cordiali saluti
Ing. Franco Bellini""")
m("it", "b2", [B], "since update app closes when opening cart", "app si chiude",
"""Da quando avete fatto l'aggiornamento l'app si chiude da sola appena apro il carrello. Samsung A52, Android 13. Prima funzionava benissimo.""")
m("it", "b3", [B], "settings page stays blank", "pagina bianca",
"""Buongiorno, la pagina delle impostazioni resta bianca, completamente vuota. Ho svuotato la cache e provato con un altro browser ma niente da fare. Le altre pagine si vedono.""")
m("it", "b4", [B], "no accents typos: order total wrong, shipping counted twice", "totale sbagliato",
"""ciao, il totale dell ordine e sbagliato, mi calcola due volte la spedizione (4,90 + 4,90). ho provato tre volte sempre uguale. controllate per favore""")
m("it", "b5", [B], "error code with steps to reproduce, latin-1 QP", "Errore E-4012",
"""Buongiorno,

quando salvo un preventivo compare il messaggio "Impossibile salvare il documento (codice E-4012)".

Passaggi per riprodurre:
1. Aprire un preventivo esistente
2. Modificare la quantità di una riga
3. Premere Salva

Il messaggio d'errore compare ogni volta e le modifiche vanno perse.

Grazie,
Giulia Rinaldi
Ufficio commerciale""", enc="qp", charset="iso-8859-1")
m("it", "f1", [F], "would be nice to export reports to PDF", "Esportazione PDF",
"""Ciao! Sarebbe bello poter esportare i report direttamente in PDF, così li mandiamo ai clienti senza passare da Word. Grazie, Marco""")
m("it", "f2", [F], "could you add recurring reminders", "Promemoria ricorrenti",
"""Salve, potreste aggiungere la possibilità di impostare promemoria ricorrenti (ad esempio ogni primo lunedì del mese)? Al momento devo crearli a mano uno per uno.""")
m("it", "f3", [F], "is there a way to share a list; if not please consider", "Condivisione liste",
"""Buongiorno,
c'è un modo per condividere una lista con un collega? Se non c'è, vi chiedo di prenderlo in considerazione per le prossime versioni, per noi sarebbe davvero utile.
Saluti, Elena""")
m("it", "f4", [F], "plans to support 2FA via app, we miss it", "2FA",
"""Avete in programma di supportare l'autenticazione a due fattori tramite app (Google Authenticator o simili)? Ci manca parecchio, il nostro responsabile IT lo chiede da mesi.""")
m("it", "g1", [G], "after three weeks of disruption expects a free month", "Disservizio",
"""Dopo tre settimane di disservizio e decine di ticket, mi aspetto come minimo un mese gratis. Non è accettabile pagare per un servizio che non funziona.""")
m("it", "g2", [G], "asks discount on renewal as goodwill gesture", "Rinnovo",
"""Buongiorno,

il nostro abbonamento scade a fine mese. Visti i problemi avuti quest'anno, vi chiedo uno sconto sul rinnovo come gesto di buona volontà.

Cordiali saluti
Roberta Marchi""")
m("it", "g3", [G], "credit on account as compensation", "Credito",
"""Vorrei ricevere un credito sul mio account come risarcimento per il disagio di questi giorni, ho perso diversi clienti.""")
m("it", "g4", [G], "asks to waive late fee", "Commissione di mora",
"""Salve, ho pagato la fattura con tre giorni di ritardo perché ero in ospedale. Vi chiedo gentilmente di abbuonarmi la commissione di mora di 15 euro. Grazie mille.""", enc="b64")
m("it", "n1", [], "praise for update", "Complimenti",
"""Complimenti per il nuovo aggiornamento, l'app adesso è velocissima e la nuova grafica è molto più chiara. Bravi!""")
m("it", "n2", [], "invoice question about a line", "Voce in fattura",
"""Buongiorno, nella fattura di marzo c'è la voce "canone servizi aggiuntivi" che non capisco. A cosa si riferisce? Grazie.""")
m("it", "n3", [], "no need for refund or discount", "Nessun problema",
"""Grazie per avermi avvisato del ritardo nella consegna. Non c'è bisogno di nessuno sconto o rimborso, capita a tutti.""")

# ============================================================ pl
m("pl", "b1", [B], "send button: nothing happens", "Przycisk Wyślij",
"""Dzień dobry,

po kliknięciu przycisku "Wyślij" w formularzu zamówienia nic się nie dzieje. Formularz jest poprawnie wypełniony, konsola przeglądarki pokazuje jakiś błąd JavaScript.

Pozdrawiam
Tomasz Wójcik""")
m("pl", "b2", [B], "app crashes when adding a photo since update", "Aplikacja się wysypuje",
"""Aplikacja się wysypuje przy każdej próbie dodania zdjęcia do zgłoszenia. Zaczęło się po ostatniej aktualizacji. Xiaomi Redmi Note 12.""")
m("pl", "b3", [B], "no diacritics: payment page blank", "pusta strona",
"""strona platnosci jest pusta, biala strona i nic wiecej. probowalem na firefoxie i chromie, to samo. co jest?""")
m("pl", "b4", [B], "windows-1250: invoice sum does not match", "Błędna suma",
"""Szanowni Państwo,

suma na fakturze nr FV/2026/03/114 się nie zgadza: pozycje dają razem 1 240,00 zł, a w podsumowaniu widnieje 1 420,00 zł. Wygląda na błąd w przeliczaniu VAT.

Z poważaniem
Anna Kowalczyk
Dział księgowości""", enc="qp", charset="windows-1250")
m("pl", "b5", [B], "server error code saving profile, only me", "Błąd przy zapisie",
"""Cześć, przy zapisie profilu wyskakuje komunikat "Nieoczekiwany błąd (kod 0x1F4)". Tylko u mnie, koledzy z zespołu zapisują bez problemu. Co mogę zrobić?""")
m("pl", "f1", [F], "is it possible to add Excel export", "Eksport",
"""Czy jest możliwość dodania eksportu raportów do Excela? Bardzo by się nam przydało.""")
m("pl", "g1", [G], "compensation: a free month for a week without access", "Rekompensata",
"""Dzień dobry, przez cały tydzień nie mieliśmy dostępu do panelu. Uważam, że należy nam się rekompensata – proszę o darmowy miesiąc abonamentu.""")
m("pl", "g2", [G], "expects discount for next year", "Przedłużenie umowy",
"""Szanowni Państwo,

zbliża się przedłużenie naszej umowy. Biorąc pod uwagę liczbę problemów w tym roku, oczekuję rabatu na kolejny rok współpracy.

Z poważaniem
Krzysztof Nowak""")
m("pl", "g3", [G], "waive overage fee as goodwill gesture", "Opłata za przekroczenie",
"""Proszę o anulowanie opłaty za przekroczenie limitu w ramach gestu dobrej woli – przekroczenie wynikało z błędu w Państwa systemie.""")
m("pl", "g4", [G], "curt: give some discount or I leave", "albo rabat",
"""dajcie jakis upust albo odchodze do konkurencji""")
m("pl", "n1", [], "how-to: add user", "Nowy użytkownik",
"""Dzień dobry, jak mogę dodać nowego użytkownika do naszego konta firmowego? Dziękuję.""")
m("pl", "n2", [], "thanks, no discount or compensation expected", "Dziękuję",
"""Dziękuję za szybką naprawę. Nie oczekuję żadnego rabatu ani rekompensaty, wszystko jest w porządku.""")

# ============================================================ pt
m("pt", "b1", [B], "BR: clicking save nothing happens", "Botão salvar",
"""Oi, quando clico em "Salvar" na tela de cadastro de produto não acontece nada. O botão fica cinza um segundo e volta, mas o produto não é salvo.""")
m("pt", "b2", [B], "PT: app closes by itself when opening map", "Aplicação fecha",
"""Bom dia,

A aplicação fecha sozinha sempre que abro o mapa das entregas. Já reinstalei e o problema mantém-se. Telemóvel: Samsung S21.

Cumprimentos,
Nuno Ferreira""")
m("pt", "b3", [B], "BR: cart total wrong, coupon applied twice", "total errado",
"""O total do carrinho está errado: o cupom de 10% está sendo aplicado duas vezes e o valor final fica menor que o correto. Acho melhor vocês corrigirem antes que outro cliente perceba rs""")
m("pt", "b4", [B], "BR: google calendar sync duplicating events", "Sincronização",
"""Pessoal, a sincronização com o Google Agenda está duplicando todos os eventos. Cada reunião aparece duas ou três vezes. Já desconectei e conectei de novo, mesma coisa.""")
m("pt", "b5", [B], "PT base64: since last update error 403 on reports", "Erro 403",
"""Boa tarde,

Desde a última atualização aparece a mensagem "Erro 403: acesso negado" ao abrir qualquer relatório, apesar de eu ser administrador da conta. Os passos são simples: entrar, ir a Relatórios, clicar em qualquer um.

Obrigada,
Inês Carvalho""", enc="b64")
m("pt", "f1", [F], "BR: would be great to add pix", "Sugestão",
"""Seria ótimo se vocês pudessem adicionar o Pix como forma de pagamento nas faturas. Fica a sugestão!""")
m("pt", "g1", [G], "PT: fair to get a free month", "Compensação",
"""Depois de uma semana sem conseguir emitir faturas, acho justo oferecerem-nos um mês grátis como compensação.""")
m("pt", "n1", [], "outage: system down for everyone", "Sistema fora do ar",
"""O sistema de vocês caiu pra todo mundo aqui na empresa, ninguém consegue entrar desde as 10h. Previsão de volta?""")
m("pt", "n2", [], "how-to: export customers", "Exportar clientes",
"""Olá, como faço para exportar a lista de clientes para Excel? Não encontro a opção.""")

# ============================================================ ro
m("ro", "b1", [B], "send button does nothing", "Butonul Trimite",
"""Bună ziua,

butonul "Trimite" din formularul de comandă nu face nimic când apăs pe el. Am încercat și de pe telefon, și de pe laptop.

Mulțumesc,
Andrei Popescu""")
m("ro", "b2", [B], "app freezes and closes when uploading document", "Aplicația se închide",
"""Aplicația se blochează și apoi se închide de fiecare dată când încerc să încarc un document. Problema a apărut după actualizarea de ieri.""")
m("ro", "b3", [B], "no diacritics: profile page empty white", "pagina goala",
"""salut, pagina de profil e complet goala, doar alb. restul site-ului merge. am sters cache-ul si tot asa""")
m("ro", "b4", [B], "cart total wrong, VAT twice", "Total greșit",
"""Totalul din coș este greșit – TVA-ul se adaugă de două ori. La o comandă de 100 lei îmi afișează 138 lei.""")
m("ro", "b5", [B], "cp1250 cedilla: error code and steps", "Eroare cod 1043",
"""Bună ziua,

Primesc eroarea "Cod 1043: sesiune invalidă" de fiecare dată când încerc să salvez o factură.
Paşii: deschid Facturi, aleg o factură, modific data şi apăs Salvează.

Vă mulţumesc,
Ioana Stanciu""", enc="qp", charset="windows-1250")
m("ro", "f1", [F], "would be useful to add reports in English", "Sugestie",
"""Ar fi foarte util dacă ați adăuga și posibilitatea de a genera rapoartele în limba engleză, lucrăm cu parteneri din străinătate.""")
m("ro", "g1", [G], "expects free month as compensation", "Compensație",
"""Având în vedere că serviciul nu a funcționat o săptămână, aștept o lună gratuită drept compensație.""")
m("ro", "n1", [], "praise", "Mulțumiri",
"""Vreau doar să vă mulțumesc pentru noua versiune a aplicației, merge excelent și e mult mai rapidă!""")
m("ro", "n2", [], "invoice question", "Factura",
"""Bună ziua, de ce factura din luna aceasta este mai mare decât cea de luna trecută? Nu am schimbat abonamentul.""")

# ============================================================ sv
m("sv", "b1", [B], "send button does nothing", "Skicka-knappen",
"""Hej,

Knappen "Skicka" i beställningsformuläret gör ingenting när jag trycker på den. Inget felmeddelande, ingenting händer alls.

Hälsningar
Anders Lindqvist""")
m("sv", "b2", [B], "app crashes when opening camera since update", "Appen kraschar",
"""Appen kraschar varje gång jag försöker öppna kameran för att skanna kvitton. Det började efter uppdateringen i tisdags. Pixel 7, Android 14.""")
m("sv", "b3", [B], "invoice page goes completely white", "Vit sida",
"""Hej! När jag försöker öppna Fakturor blir sidan helt vit. Inget laddas. Alla andra sidor fungerar som vanligt.""", enc="html")
m("sv", "b4", [B], "no diacritics: sync creates duplicate contacts", "dubbletter",
"""hej, synkningen med telefonen skapar dubbletter av alla kontakter, nu har jag varje kontakt fyra ganger. kan ni kolla?""")
m("sv", "b5", [B], "error code and how to reproduce", "Felkod 0xE12",
"""Hej support,

Jag får felkod 0xE12 när jag ska spara en offert.
Så här återskapar ni felet:
- öppna en befintlig offert
- lägg till en rad med rabatt
- klicka Spara

Mvh Eva""")
m("sv", "f1", [F], "would have been nice to filter by project", "Filtrering",
"""Det hade varit trevligt om man kunde filtrera tidrapporterna per projekt. Nu får jag gå igenom allt för hand varje månad.""")
m("sv", "f2", [F], "can you add Swish support", "Swish",
"""Hej, kan ni lägga till stöd för Swish i kassan? Det är det första våra kunder frågar efter.""")
m("sv", "f3", [F], "is there a way to schedule sendouts; if not good feature", "Schemalägga",
"""Finns det något sätt att schemalägga utskick? Om inte så vore det en väldigt bra funktion att ha.""")
m("sv", "f4", [F], "we miss ability to copy; please consider", "Kopiera projekt",
"""Hej!

Vi saknar möjligheten att kopiera ett helt projekt med alla uppgifter. Överväg gärna att lägga in det i en kommande version.

Tack,
Johanna Berg""")
m("sv", "g1", [G], "you should offer a free month", "Efter strulet",
"""Efter allt strul med inloggningen förra månaden tycker jag att ni borde bjuda på en gratis månad.""")
m("sv", "n1", [], "outage: service down for all users", "Nere?",
"""Är ni nere? Ingen av oss på kontoret kommer åt tjänsten, den laddar inte för någon.""")
m("sv", "n2", [], "no compensation needed, thanks", "Ingen fara",
"""Tack för att ni hörde av er om förseningen. Ingen kompensation behövs, sånt händer.""")
m("sv", "n3", [], "how-to question: where to change logo", "Logotyp",
"""Hej, var byter jag logotypen som visas på fakturorna?""")

# ============================================================ de
m("de", "b1", [B], "clicking save nothing happens", "Speichern geht nicht",
"""Hallo,

beim Klick auf "Speichern" im Kundenformular passiert nichts. Es kommt keine Meldung, die Daten sind nach dem Neuladen weg.

Gruß
Stefan Huber""")
m("de", "b2", [B], "since the update app crashes on start", "Absturz",
"""Seit dem letzten Update stürzt die App bei jedem Start sofort ab. iPad Air, iPadOS 17.""")
m("de", "f1", [F], "would be nice to have calendar export", "Wunsch",
"""Es wäre schön, wenn man die Termine als iCal-Datei exportieren könnte. Viele Grüße, Petra""")
m("de", "g1", [G], "expects free month as compensation", "Entschädigung",
"""Sehr geehrte Damen und Herren,

nach dem zweiwöchigen Ausfall erwarte ich als Entschädigung mindestens einen Gratismonat.

Mit freundlichen Grüßen
Dr. Klaus Wendt""")
m("de", "g2", [G], "asks credit note for outage days", "Gutschrift",
"""Ich bitte um eine Gutschrift für die fünf Tage, an denen der Dienst nicht nutzbar war.""")
m("de", "g3", [G], "waive processing fee as goodwill", "Bearbeitungsgebühr",
"""Guten Tag, könnten Sie mir die Bearbeitungsgebühr von 25 € aus Kulanz erlassen? Die Rücklastschrift lag an einem Fehler meiner Bank.""")
m("de", "g4", [G], "latin-1 QP: discount on renewal is the least", "Verlängerung",
"""Hallo,

wir verlängern nächsten Monat. Nach dem ganzen Ärger mit den Abstürzen wäre ein Rabatt auf die Verlängerung das Mindeste, finde ich.

Grüße aus Köln
Jürgen""", enc="qp", charset="iso-8859-1")
m("de", "n1", [], "no compensation needed", "Kein Problem",
"""Danke für die schnelle Lösung. Eine Entschädigung ist nicht nötig, das kann passieren.""")
m("de", "n2", [], "newsletter with discount offer", "Nur diese Woche: 20 % Rabatt",
"""NEWSLETTER April

Nur diese Woche: 20 % Rabatt auf alle Jahrespläne! Nutzen Sie den Code FRUEHLING20 beim Checkout.

Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben. Abmelden""", enc="html")
m("de", "n3", [], "outage: everything down for everybody", "Alles down",
"""Bei uns geht seit 9 Uhr gar nichts mehr, die Plattform ist für alle Mitarbeiter nicht erreichbar. Gibt es eine Störung?""")

# ============================================================ en
m("en", "b1", [B], "export button does nothing", "Export button",
"""Hi there, the Export button on the Reports page does nothing when I click it. No download, no error, nothing. Tried Firefox and Safari.""")
m("en", "b2", [B], "steps to reproduce with error code", "Error when merging contacts",
"""Hello,

Steps to reproduce:
1. Open Contacts
2. Select two contacts with the same email
3. Click Merge

Expected: the contacts are merged. Actual: "Something went wrong (ERR_MERGE_409)" and both contacts remain.

Thanks,
Dave""")
m("en", "f1", [F], "any plans for a linux client", "Linux",
"""Any plans for a native Linux client? Half of our dev team is on Ubuntu.""")
m("en", "f2", [F], "is there a way to bulk edit; please consider adding", "Bulk edit tags",
"""Hi, is there a way to bulk-edit tags on tickets? If not, please consider adding it — editing 200 tickets one by one is painful. Cheers, Priya""")
m("en", "g1", [G], "expects a free month", "This is the third time",
"""This is the third time this month I couldn't access my account. I expect a free month for this.""")
m("en", "g2", [G], "waive late fee as gesture of goodwill", "Late fee",
"""Dear Billing Team,

I paid my invoice two days late due to a bank transfer delay. Could you waive the late fee as a gesture of goodwill? I've been a customer since 2019 and this has never happened before.

Kind regards,
Margaret Hill""")
m("en", "g3", [G], "account credit as compensation, non-native", "compensation",
"""Hello, because of the problems last week we loose many orders. I think some credit on my account is fair compensation for this, please.""")
m("en", "g4", [G], "curt: discount or cancel", "renewal",
"""Give me a discount on the renewal or I'm cancelling.""")
m("en", "n1", [], "no need to compensate us", "Re: Incident last Tuesday",
"""Thanks for the detailed write-up. No need to compensate us, these things happen — we appreciate the transparency.

Best,
Tom

> On Wed, Apr 1, 2026, Support wrote:
> We're sorry for the disruption and would like to offer you a credit for the affected days.""")
m("en", "n2", [], "how to apply discount code from newsletter", "Discount code",
"""How do I apply the discount code from your newsletter? I can't see a field for it at checkout.""")
m("en", "n3", [], "past resolved crash, if it happens again", "Re: crash on login",
"""Hi, just to close the loop: after the reinstall the app hasn't crashed once. If it happens again I'll let you know. Thanks for your help!""")
m("en", "n4", [], "outage: whole platform down for all staff", "Platform down",
"""Your whole platform is down for all of our staff. Nobody can log in. Is there an ETA?""")

# ============================================================ es
m("es", "b1", [B], "save button does nothing", "Botón guardar",
"""Hola, al pulsar el botón "Guardar" en la ficha del cliente no pasa nada. Los cambios no se guardan y no sale ningún mensaje.""")
m("es", "b2", [B], "wrong total in monthly report", "Total incorrecto",
"""Buenos días:

El informe mensual muestra un total incorrecto: suma dos veces las devoluciones. En marzo debería dar 8.320 € y aparece 7.640 €.

Un saludo,
Lucía Martín""")
m("es", "f1", [F], "would be nice to have dark mode", "Modo oscuro",
"""Estaría genial que añadieran un modo oscuro a la aplicación. ¡Gracias!""")
m("es", "g1", [G], "asks discount as compensation", "Compensación",
"""Después de diez días sin servicio, solicito un descuento en la próxima factura como compensación.""")
m("es", "g2", [G], "LatAm: wants free month", "mes gratis",
"""Oigan, con todo lo que fallaron este mes lo mínimo es que me den un mes gratis, ¿no?""")
m("es", "n1", [], "how-to question", "Usuarios",
"""¿Cómo puedo cambiar el correo electrónico de un usuario? Gracias.""")
m("es", "n2", [], "praise", "Gracias",
"""Solo quería deciros que la nueva versión funciona de maravilla. ¡Buen trabajo!""")

# ============================================================ fr
m("fr", "b1", [B], "page blank after login", "Page blanche",
"""Bonjour,

Depuis la mise à jour d'hier, la page Tableau de bord reste blanche après la connexion. Les autres pages fonctionnent.

Cordialement,
Julien Moreau""")
m("fr", "b2", [B], "error message when paying with steps", "Message d'erreur",
"""Bonjour, j'ai le message d'erreur "Transaction impossible (code 57)" quand je valide le panier. Ça le fait à chaque fois, avec deux cartes différentes.""")
m("fr", "f1", [F], "could you add export to accounting", "Suggestion",
"""Serait-il possible d'ajouter un export vers Sage ? Ce serait vraiment pratique pour notre comptable.""")
m("fr", "g1", [G], "expects commercial gesture", "Geste commercial",
"""Madame, Monsieur,

Suite aux nombreux dysfonctionnements de ces dernières semaines, j'attends de votre part un geste commercial.

Veuillez agréer mes salutations distinguées.
Catherine Lefèvre""", enc="qp", charset="iso-8859-1")
m("fr", "g2", [G], "asks free month", "mois offert",
"""Bonjour, vu la semaine sans service, pourriez-vous m'offrir un mois gratuit ? Merci d'avance.""")
m("fr", "g3", [G], "asks to waive fees", "Frais de retard",
"""Bonjour, je vous demande d'annuler les frais de retard de 10 €, le paiement a été bloqué par ma banque. Merci de votre compréhension.""")
m("fr", "g4", [G], "asks credit/avoir", "Avoir",
"""Je souhaiterais obtenir un avoir sur ma prochaine facture pour compenser les trois jours d'interruption.""")
m("fr", "n1", [], "invoice question", "Facture",
"""Bonjour, pourriez-vous m'envoyer une copie de la facture de février ? Je ne la retrouve pas dans mon espace client.""")
m("fr", "n2", [], "hypothetical question about discount policy", "Tarifs associations",
"""Bonjour, proposez-vous des tarifs pour les associations ? Nous sommes une petite association et aimerions savoir avant de nous abonner.""")

# ============================================================ nl
m("nl", "b1", [B], "button does nothing", "Opslaan-knop",
"""Hoi, als ik op "Opslaan" klik in het klantdossier gebeurt er niks. De knop doet gewoon niets.""")
m("nl", "b2", [B], "app crashes since update", "Crash",
"""Sinds de laatste update crasht de app zodra ik een foto wil toevoegen. iPhone 14.""")
m("nl", "f1", [F], "would be nice to have filter", "Idee",
"""Het zou fijn zijn als we facturen konden filteren op status. Nu moet ik alles handmatig doorzoeken.""")
m("nl", "f2", [F], "could you add Dutch iDEAL payment", "iDEAL",
"""Goedemiddag,

Zouden jullie iDEAL kunnen toevoegen als betaalmethode? Veel van onze klanten vragen erom.

Met vriendelijke groet,
Sanne de Vries""")
m("nl", "f3", [F], "is there a way to ...; we miss it", "Terugkerende taken",
"""Is er een manier om terugkerende taken in te stellen? Dat missen we echt in jullie planner.""")
m("nl", "f4", [F], "please consider adding API webhook; plans?", "Webhooks",
"""Hallo, hebben jullie plannen om webhooks te ondersteunen? Zo niet, neem het alstublieft mee in de overweging, het zou ons veel werk schelen.""")
m("nl", "g1", [G], "expects compensation: free month", "Compensatie",
"""Na twee weken problemen verwacht ik wel een maand gratis als compensatie.""")
m("nl", "n1", [], "how to question", "Wachtwoord",
"""Hoe kan ik het wachtwoord van een collega resetten?""")
m("nl", "n2", [], "past bug resolved, praise", "Opgelost",
"""Het probleem met de foutmelding bij het inloggen is opgelost, bedankt voor de snelle hulp!""")

# ============================================================ nb
m("nb", "b1", [B], "error message when saving", "Feilmelding",
"""Hei, jeg får feilmelding "Kunne ikke lagre (kode 22)" hver gang jeg prøver å lagre en ordre.""")
m("nb", "b2", [B], "sum wrong on report", "Feil sum",
"""Summen i månedsrapporten er feil, den tar med kansellerte ordre også.""")
m("nb", "f1", [F], "would be nice with Vipps", "Vipps",
"""Hadde vært fint om dere kunne legge til Vipps som betalingsmåte.""")
m("nb", "g1", [G], "wants discount as compensation", "Kompensasjon",
"""Etter en uke uten tilgang forventer jeg et avslag på neste faktura som kompensasjon.""")
m("nb", "n1", [], "how to question", "Brukere",
"""Hvordan legger jeg til en ny bruker?""")

# ============================================================ fi
m("fi", "b1", [B], "app crashes when opening", "Sovellus kaatuu",
"""Hei, sovellus kaatuu aina kun avaan raportit. Ongelma alkoi päivityksen jälkeen.""")
m("fi", "f1", [F], "could you add feature", "Toive",
"""Voisitteko lisätä mahdollisuuden viedä raportit Exceliin? Se olisi tosi kätevää.""")
m("fi", "g1", [G], "expects free month", "Hyvitys",
"""Viikon katkoksen jälkeen odotan hyvitykseksi ilmaista kuukautta.""")
m("fi", "n1", [], "praise", "Kiitos",
"""Kiitos, uusi versio toimii todella hyvin!""")


# ============================================================ validation batch
# written after the first lexicon pass, measured before tuning on it
m("da", "v1", [B], "val: PDF invoice comes out empty, error since update", "Tom PDF",
"""Hej, når jeg danner en faktura som PDF, bliver filen helt tom – bare en hvid side. Det er først sket efter jeres seneste opdatering. Mvh Kirsten""")
m("da", "v2", [F], "val: wish: could you make it possible to attach files", "Ønske",
"""Vi ville sætte stor pris på, hvis man kunne vedhæfte filer direkte på opgaverne. Er det noget I kunne overveje?""")
m("da", "vn1", [], "val neg: praise + past bug fixed", "Super",
"""Tak for den hurtige rettelse, nu kan vi endelig udskrive igen. I gør et godt stykke arbejde!""")
m("it", "v1", [B], "val: dates in calendar shifted by one day", "date sbagliate",
"""Salve, tutti gli appuntamenti inseriti dal telefono compaiono nel calendario un giorno dopo. Da PC invece le date sono corrette. È un bug?""")
m("it", "v2", [F], "val: would you consider adding Satispay", "Satispay",
"""Ciao, valutereste di integrare Satispay tra i metodi di pagamento? Molti nostri clienti lo usano.""")
m("it", "v3", [G], "val: deserve at least a discount", "Rinnovo annuale",
"""Siamo clienti da otto anni e con tutti i problemi di quest'anno meritiamo almeno uno sconto sul canone.""")
m("it", "vn1", [], "val neg: question about how the discount works", "Sconto annuale",
"""Buongiorno, se passo al piano annuale lo sconto del 15% viene applicato subito o dal secondo anno?""")
m("pl", "v1", [B], "val: notifications come twice, not saved", "Podwójne powiadomienia",
"""Dzień dobry, od wczoraj każde powiadomienie przychodzi dwa razy, a zmiany w ustawieniach powiadomień się nie zapisują – po odświeżeniu wracają stare.""")
m("pl", "v2", [G], "val: formal: request credit note as compensation", "Korekta",
"""Szanowni Państwo, w związku z czterodniową niedostępnością usługi wnoszę o wystawienie faktury korygującej i obniżenie opłaty za marzec.""")
m("pl", "v3", [G], "val: would be fair to get a free month", "Przerwa",
"""Po tej przerwie uczciwie byłoby, gdybyście dali nam jeden miesiąc za darmo.""")
m("pl", "vn1", [], "val neg: outage for everyone", "Nie działa",
"""Cały system leży, nikt w firmie nie może się zalogować od rana. Kiedy to naprawicie?""")
m("pt", "v1", [B], "val BR: report shows wrong values, steps", "Relatório",
"""Oi! O relatório de vendas está mostrando valores errados: as vendas canceladas entram no total. É só filtrar por março que vocês vão ver.""")
m("pt", "v2", [G], "val PT: asks a discount next invoice", "Fatura de abril",
"""Boa tarde, dado o incómodo causado, gostaria que nos fizessem um desconto na próxima fatura.""")
m("pt", "vn1", [], "val neg: invoice question", "Fatura",
"""Olá, podem enviar a fatura de março com o NIF da empresa? Obrigado.""")
m("ro", "v1", [B], "val: app logs me out every few minutes", "Mă delogheaza",
"""Aplicația mă deloghează la fiecare câteva minute, chiar dacă bifez "ține-mă minte". A început după ultima actualizare.""")
m("ro", "v2", [F], "val: plans for an iOS widget?", "Widget",
"""Aveți în plan un widget pentru iPhone? Ar fi foarte practic.""")
m("ro", "vn1", [], "val neg: no need for compensation", "Mulțumesc",
"""Mulțumesc pentru explicații. Nu e nevoie de nicio compensație, se mai întâmplă.""")
m("sv", "v1", [B], "val: amounts rounded wrong on invoice", "Avrundning",
"""Hej, momsen på fakturorna avrundas fel – det skiljer alltid några öre mot vad vår bokföring räknar fram. Kan ni titta på det?""")
m("sv", "v2", [F], "val: wish dark mode; planned?", "Mörkt läge",
"""Är mörkt läge något ni planerar? Jag skulle verkligen uppskatta det.""")
m("sv", "vn1", [], "val neg: how to export", "Export",
"""Hur exporterar jag alla kunder till Excel?""")
m("nl", "v1", [F], "val: suggestion: bulk editing", "Suggestie",
"""Een suggestie: kunnen jullie het mogelijk maken om meerdere afspraken tegelijk te verplaatsen?""")
m("nl", "vn1", [], "val neg: newsletter mention of new feature", "Nieuw in april",
"""Nieuw in april: u kunt nu facturen filteren op status en in bulk exporteren. Lees meer op onze blog. Afmelden voor deze nieuwsbrief? Klik hier.""")
m("de", "v1", [G], "val: formal: we consider a price reduction appropriate", "Minderung",
"""Sehr geehrte Damen und Herren, angesichts der wiederholten Störungen halten wir eine Minderung der Monatsgebühr für angemessen.""")
m("de", "vn1", [], "val neg: asks how to redeem voucher", "Gutschein",
"""Hallo, wo kann ich meinen Gutscheincode eingeben? Ich finde das Feld nicht.""")
m("en", "v1", [G], "val: least you can do is a couple of months free", "Seriously",
"""After all this, the least you can do is give us a couple of months free.""")
m("en", "vn1", [], "val neg: hypothetical discount question before buying", "Pricing",
"""Hi, do you offer any discount for nonprofits? We're deciding between you and another tool.""")
m("fr", "v1", [G], "val: would appreciate a gesture", "Désagréments",
"""Bonjour, compte tenu des désagréments, j'apprécierais un petit geste de votre part sur l'abonnement.""")
m("fr", "vn1", [], "val neg: no commercial gesture needed", "Merci",
"""Merci pour votre réactivité, pas besoin de geste commercial, tout fonctionne de nouveau.""")
m("es", "v1", [B], "val: button greyed out, can't submit", "Botón gris",
"""El botón de enviar se queda en gris aunque he rellenado todos los campos obligatorios, así que no puedo mandar el formulario.""")
m("nb", "v1", [B], "val: app crashes when scanning", "Krasj",
"""Appen krasjer hver gang jeg prøver å skanne en kvittering.""")
m("fi", "v1", [G], "val: compensation as discount", "Korvaus",
"""Katkon takia haluaisimme alennuksen seuraavasta laskusta.""")


# ============================================================ validation batch 2
# written after the second lexicon pass, measured before tuning on it
m("da", "w1", [B], "w2: discount field ignored at checkout, wrong amount", "Rabatkode",
"""Hej. Rabatkoden bliver godtaget i kurven, men beløbet ændrer sig ikke – kunden betaler fuld pris. Prøvet med tre forskellige koder.""")
m("da", "w2", [F], "w2: wish list: repeat bookings", "Gentagne bookinger",
"""Et lille ønske fra os: muligheden for at lave gentagne bookinger, fx hver tirsdag kl. 10. Det ville gøre hverdagen meget lettere.""")
m("da", "wn1", [], "w2 neg: outage, nobody can get in", "Ingen adgang",
"""Ingen af os kan komme ind i systemet i dag, det hele står bare og loader. Er I nede?""")
m("it", "w1", [B], "w2: attachments disappear after saving", "Allegati",
"""Buongiorno, gli allegati caricati nelle pratiche spariscono dopo il salvataggio. Li vedo finché non premo Salva, poi niente.""")
m("it", "w2", [G], "w2: curt: want a free month", "mese",
"""Voglio un mese gratis, punto. Dopo quello che ci avete fatto passare.""")
m("it", "wn1", [], "w2 neg: how-to add user", "Utenti",
"""Come si aggiunge un nuovo utente con permessi di sola lettura?""")
m("pl", "w1", [B], "w2: report shows zero, data exists", "Raport",
"""Raport miesięczny pokazuje same zera, chociaż w systemie są wprowadzone wszystkie faktury. Przed aktualizacją było dobrze.""")
m("pl", "w2", [F], "w2: would be great to have dark mode", "Tryb ciemny",
"""Byłoby super, gdyby aplikacja miała tryb ciemny.""")
m("pl", "wn1", [], "w2 neg: invoice copy request", "Duplikat faktury",
"""Proszę o przesłanie duplikatu faktury za luty na adres e-mail księgowości.""")
m("pt", "w1", [B], "w2 PT: dates shown in american format", "Formato de data",
"""Olá, as datas nas faturas aparecem no formato americano (mês/dia) apesar de a conta estar configurada para Portugal.""")
m("pt", "w2", [F], "w2 BR: any plan to integrate with WhatsApp", "WhatsApp",
"""Vocês têm planos de integrar com o WhatsApp? Seria muito útil pra gente.""")
m("pt", "wn1", [], "w2 neg BR: praise", "Parabéns",
"""Parabéns pela nova versão, ficou muito mais rápida e bonita!""")
m("ro", "w1", [B], "w2: search returns nothing for existing clients", "Căutare",
"""Căutarea nu găsește niciun client, deși clienții există în listă. Dacă scriu numele exact, tot nu apare nimic.""")
m("ro", "w2", [G], "w2: request discount for next invoice", "Reducere",
"""Vă rog să ne acordați o reducere la următoarea factură pentru neplăcerile create.""")
m("ro", "wn1", [], "w2 neg: how-to change invoice address", "Adresa",
"""Cum pot schimba adresa de facturare din cont?""")
m("sv", "w1", [B], "w2: PDF shows wrong customer's address", "Fel adress",
"""Hej, på PDF-fakturorna står en annan kunds adress i stället för mottagarens. Det gäller alla fakturor vi skapat i dag.""")
m("sv", "w2", [G], "w2: would be fair to get discount", "Rabatt",
"""Med tanke på alla problem vore det rimligt med en rabatt på nästa faktura.""")
m("sv", "wn1", [], "w2 neg: past incident, all fine now", "Allt bra",
"""Hej, bara så ni vet fungerar exporten som den ska igen efter gårdagens problem. Tack!""")
m("nl", "w1", [F], "w2: feature wish: export to Exact", "Koppeling",
"""Wij zouden heel graag een koppeling met Exact Online zien. Staat zoiets op de planning?""")
m("nl", "wn1", [], "w2 neg: question whether feature exists", "Vraag",
"""Kan ik in jullie app al facturen in bulk versturen? Zo ja, waar vind ik dat?""")
m("de", "w1", [G], "w2: expect the fee waived", "Mahngebühr",
"""Die Mahngebühr von 5 Euro sehe ich nicht ein, die Rechnung kam nie bei mir an. Bitte streichen Sie die Gebühr.""")
m("en", "w1", [B], "w2: totals double-counted after edit", "Totals wrong",
"""When I edit an order line, the order total adds the new amount on top of the old one instead of replacing it.""")
m("en", "wn1", [], "w2 neg: invoice question about VAT", "VAT",
"""Hi, why is VAT charged on our invoice? We're a registered business in Ireland and gave you our VAT number.""")
m("fr", "w1", [G], "w2: consider a reduction appropriate", "Réduction",
"""Vu la qualité du service ce mois-ci, une réduction sur la facture serait la moindre des choses.""")


def mime_body(body, enc, charset):
    if enc in ("8bit", "qp", "b64"):
        return raw_part("text/plain", body, charset, {"8bit": "8bit", "qp": "quoted-printable", "b64": "base64"}[enc])
    html = "<html><body>" + html_paragraphs(body, escape=str, br="<br>", sep="") + "</body></html>\n"
    if enc == "html":
        return raw_part("text/html", html, charset, "quoted-printable")
    if enc == "alt":
        return raw_alternative("b8alt", raw_part("text/plain", body, charset, "quoted-printable"),
                               raw_part("text/html", html, charset, "quoted-printable"))
    raise ValueError(enc)


def main():
    out = DevSet(HERE, "# devset8 bug-feature-freebie: fresh hand-written set (bug-report, feature-request, freebie-demand)")
    for i, (lang, name, expect, note, subject, body, enc, charset, forbid) in enumerate(M):
        sender, msg_id = customer(lang, f"8bff{lang}{name}")
        date = mail_date("Tue", 7, "Apr", 9 + i % 8, i % 60)
        mail = raw_head(sender, subject, date, msg_id) + mime_body(body, enc, charset)
        out.add(lang, name, mail, expect, forbid_others(TAGS, expect) if forbid is None else forbid, note)
    out.save(clean=True)
    print(len(M), "messages")

if __name__ == "__main__":
    main()
