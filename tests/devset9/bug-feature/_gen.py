#!/usr/bin/env python3
"""devset9 bug-feature: fresh hand-written set for `bug-report` and `feature-request` written WITHOUT
stock words: bugs described plainly (symptoms, wrong output, steps, device comparisons, no
"error/crash/bug"), feature requests written indirectly ("I wish", "it's a pity there is no",
"competitor X has", "can I somehow ...?"), plus hard negatives (how-to, outage, praise, billing,
fixed bug, "never mind, found it"). Three batches, each measured before tuning on it: b1/, b2/, b3/.
Edit here and re-run; it rewrites <batch>/manifest.toml and <batch>/<lang>/*.eml."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, customer, forbid_others, html_paragraphs, mail_date, mime_mail

TAGS = ["bug-report", "feature-request"]
HERE = Path(__file__).resolve().parent
B_ = "bug-report"
F_ = "feature-request"

M = []
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8"):
    """expect: "B", "F", "BF" or "" ; fmt: plain (8bit), qp, b64, html (HTML only), alt (multipart/alternative)."""
    tags = ([B_] if "B" in expect else []) + ([F_] if "F" in expect else [])
    M.append((batch, lang, name, tags, note, subject, body.strip("\n"), fmt, charset))

def build(sender, subject, date, msg_id, body, fmt, charset):
    html = "<html><body style=\"font-family:Calibri,Arial\">\n" + html_paragraphs(body) + "\n</body></html>"
    return mime_mail(sender, subject, date, msg_id, body + "\n", html, fmt, charset).as_string()


# ============================================================ batch 1
B = "b1"
# ---- en
m(B, "en", "b1", "B", "plain: discount code entered, amount stays the same", "discount code",
"""Hi,

I enter the discount code SPRING20 at checkout, it says "code applied" in green, but the amount stays exactly the same, 149.00. Tried it twice with the same result.

Thanks
Mark""")
m(B, "en", "b2", "B", "report shows zeros although data is there", "Monthly report all zeros",
"""Hello team,

The monthly sales report shows zeros in every column for March although the orders are clearly there, I can open each of them in the order list. February looks normal.

Regards,
Priya Nair
Operations, Brightwell Ltd""")
m(B, "en", "b3", "B", "numbered steps, change gone after reopening", "Customer notes",
"""Steps:
1. open a customer card
2. change the phone number, click Save
3. it says saved
4. close the card and open it again

The old number is back. My change is gone. This happens with every customer I tried.""")
m(B, "en", "b4", "B", "non-native, PDF has another customer's name", "invoice pdf wrong name",
"""hello, when I download the invoice pdf for my client Hoffmann it comes with the name of other customer (Baker GmbH) on the top. The number and amount is of Hoffmann. Please can you check, I cannot send like this to him.""")
m(B, "en", "b5", "B", "terse: reminders go out twice since Tuesday", "reminders x2",
"""Since Tuesday every appointment reminder goes out twice to our patients. Nothing changed on our side.""")
m(B, "en", "f1", "F", "indirect: I wish I could, recurring invoices", "recurring invoices",
"""Hi there,

Love the tool overall. I just wish I could set an invoice to repeat every month for my retainer clients, right now I copy the same one twelve times a year.

Cheers,
Dana""")
m(B, "en", "f2", "F", "competitor has X, team keeps asking", "Calendar sync",
"""Our team keeps asking whether we can get two-way sync with Outlook calendars. Zoho has had this for a while and honestly it's the one thing that makes people look over the fence. Is anything like that coming?""")
m(B, "en", "n1", "", "how-to question answered in docs (bulk import)", "Importing contacts",
"""Hello, where do I find the page to import contacts from a CSV file? I looked in settings but didn't see it. Thanks!""")
m(B, "en", "n2", "", "outage: nothing loads for anyone", "Everything down?",
"""Is something going on with your servers? Nobody in our office can log in since 8am, the page just doesn't load at all. Please advise.""")
m(B, "en", "n3", "", "praise with quoted history about a fixed bug", "Re: export problem",
"""Thanks a lot, the export works perfectly now and the totals match. Great job!

Best,
Leo

On Tue, 3 Mar 2026, Support wrote:
> Hi Leo, we have deployed a fix for the export totals, could you try again?
>
> On Mon, 2 Mar 2026, Leo wrote:
>> The exported totals are different from what the screen shows.""")

# ---- de
m(B, "de", "b1", "B", "since update, date shows as 1970", "Datum 01.01.1970",
"""Guten Tag,

seit Ihrem Update vom Wochenende steht bei allen neuen Aufträgen als Lieferdatum der 01.01.1970. Die Aufträge von letzter Woche zeigen das richtige Datum.

Mit freundlichen Grüßen
Jürgen Albrecht""", fmt="qp", charset="iso-8859-1")
m(B, "de", "b2", "B", "phone vs laptop: works on phone, not on laptop", "Unterschrift",
"""Hallo, auf dem Handy kann ich die Unterschrift im Lieferschein setzen, am Laptop (Firefox) bleibt das Feld einfach leer, egal was ich mache. Screenshot hängt an.""")
m(B, "de", "f1", "F", "schade dass es keine ... gibt", "Mehrere Lager",
"""Hallo zusammen,

schade, dass es keine Möglichkeit gibt, mehrere Lagerorte pro Artikel zu verwalten. Wir haben zwei Standorte und führen das gerade parallel in Excel.

Viele Grüße
Sabine Kühn""")
m(B, "de", "f2", "F", "would pay extra for it", "DATEV",
"""Moin, für eine direkte DATEV-Schnittstelle würden wir gern auch etwas mehr im Monat zahlen. Unser Steuerberater fragt jedes Quartal danach.""")
m(B, "de", "n1", "", "billing question", "Rechnung März",
"""Guten Tag, auf der Rechnung für März wurden uns 12 Nutzer berechnet, wir haben aber nur 10. Können Sie das bitte prüfen und korrigieren? Danke, A. Braun""")
m(B, "de", "n2", "", "found it himself: never mind", "Re: Export nach Excel",
"""Hat sich erledigt, habe den Export unter Berichte > Herunterladen gefunden. Danke trotzdem!""")

# ---- fr
m(B, "fr", "b1", "B", "save then change gone after reopening, rambling", "Modifications perdues",
"""Bonjour,

je vous écris parce que depuis quelques jours j'ai un souci assez pénible. Quand je modifie l'adresse de livraison d'un client et que j'enregistre, tout a l'air normal, le message vert s'affiche. Mais quand je rouvre la fiche le lendemain, c'est l'ancienne adresse qui est revenue. Mes collègues ont remarqué la même chose sur d'autres fiches.

On a fait trois livraisons à la mauvaise adresse à cause de ça.

Cordialement,
Hélène Marchand""", fmt="qp", charset="iso-8859-1")
m(B, "fr", "f1", "F", "il manque juste / dommage", "Suggestion",
"""Bonjour, votre appli est très bien, la seule chose qui manque c'est de pouvoir trier les tâches par priorité. Dommage, ça nous obligerait moins à tout noter à côté.""")
m(B, "fr", "f2", "F", "old version could", "Ancienne version",
"""Bonjour,
dans l'ancienne version on pouvait imprimer plusieurs bons de commande d'un coup, maintenant il faut les ouvrir un par un. Est-ce que ça pourrait revenir ?
Merci
Paul""")
m(B, "fr", "n1", "", "praise only", "Merci !",
"""Je voulais juste vous dire merci, l'outil nous fait gagner un temps fou depuis qu'on l'utilise. Bravo à toute l'équipe !""")

# ---- es
m(B, "es", "b1", "B", "stock does not go down after sale", "Stock",
"""Hola, cuando vendo un producto desde la caja el stock no baja, sigue marcando 12 unidades aunque he vendido cuatro hoy. Antes se descontaba solo.""")
m(B, "es", "b2", "B", "no accents, the total in the app differs from the pdf", "total diferente",
"""buenas, en la app el total del pedido sale 87,40 pero en el pdf que le llega al cliente pone 78,40. el iva parece que lo suma dos veces o algo asi. adjunto captura""")
m(B, "es", "f1", "F", "can I somehow export to Excel? (really a request)", "Excel",
"""Buenas tardes, ¿hay alguna manera de sacar el listado de clientes a Excel? Ahora mismo lo copio a mano y somos 400 clientes... Si no existe, estaría genial tenerlo.""")
m(B, "es", "n1", "", "outage LatAm: platform down for everyone", "caida",
"""Buenos días, ¿se cayó la plataforma? Nadie en la oficina puede entrar desde hace una hora, sale la página en blanco para todos.""")

# ---- it
m(B, "it", "b1", "B", "the search finds nothing although the client exists", "ricerca clienti",
"""Buongiorno, se cerco un cliente per cognome la ricerca non trova niente, anche se il cliente c'è (lo vedo nell'elenco). Con il codice cliente invece lo trova. Da ieri è così.""")
m(B, "it", "f1", "F", "peccato che non ci sia; we would pay", "App per tablet",
"""Salve, peccato che non ci sia una versione per tablet Android, i nostri tecnici la userebbero ogni giorno in cantiere. Saremmo disposti anche a pagare un extra.""")
m(B, "it", "n1", "", "billing: change payment method", "metodo di pagamento",
"""Buongiorno, vorrei passare dal pagamento con carta al bonifico bancario per il prossimo rinnovo. Come devo procedere? Grazie""")

# ---- nl
m(B, "nl", "b1", "B", "emails go to wrong recipient; curt", "bevestigingsmail",
"""De bevestigingsmail van een afspraak gaat naar de vorige klant in plaats van naar de nieuwe. Vandaag al drie keer gebeurd.""")
m(B, "nl", "f1", "F", "jammer dat ... niet kan; andere pakketten hebben dat", "Meerdere valuta",
"""Hoi,

jammer dat je facturen alleen in euro kunt maken. Wij hebben ook klanten in Zwitserland en Engeland en andere pakketten kunnen dat wel. Staat dat nog op de planning?

Groet,
Bram""")
m(B, "nl", "n1", "", "issue already fixed, thanks", "Opgelost",
"""Even een update: het probleem met de dubbele facturen van vorige week is opgelost na jullie aanpassing. Alles klopt weer. Bedankt!""")

# ---- pl
m(B, "pl", "b1", "B", "windows-1250: the invoice number restarts at 1", "numeracja faktur",
"""Dzień dobry,

od początku miesiąca numeracja faktur zaczyna się znowu od 1, mimo że w ustawieniach mamy format FV/2026/ciągły. Teraz mamy dwie faktury o tym samym numerze.

Pozdrawiam
Katarzyna Wójcik""", fmt="qp", charset="windows-1250")
m(B, "pl", "f1", "F", "brakuje mi tylko; would be happy", "Propozycja",
"""Cześć, świetny program, brakuje mi tylko możliwości dodawania zdjęć do zadań. Byłbym bardzo wdzięczny gdyby to się pojawiło.""")
m(B, "pl", "n1", "", "how-to: change password", "hasło",
"""Dzień dobry, jak mogę zmienić hasło do konta? Nie widzę tej opcji w profilu.""")

# ---- sv
m(B, "sv", "b1", "B", "hours show double in the weekly view", "Veckovyn",
"""Hej! I veckovyn visas alla timmar dubbelt, jag har jobbat 38 timmar men där står det 76. I dagvyn stämmer det. Skärmdump bifogad.""")
m(B, "sv", "f1", "F", "önskar att man kunde", "Önskemål",
"""Hej,
jag önskar att man kunde skicka påminnelser via sms också och inte bara mejl. Många av våra kunder läser aldrig sin mejl.
Mvh Eva""")
m(B, "sv", "n1", "", "newsletter-ish announcing a fixed problem", "Nyheter april",
"""Hej alla kunder! I april har vi lanserat nya rapporter och rättat felet med dubbla påminnelser som en del av er rapporterade i mars. Läs mer på vår blogg.

Du får detta mejl eftersom du är kund hos oss. Avregistrera dig här.""")

# ============================================================ batch 2
B = "b2"
# ---- da
m(B, "da", "b1", "B", "invoice lines sorted wrong after saving, rambling", "Fakturalinjer",
"""Hej

Jeg ved ikke helt om det er mig der gør noget forkert, men når jeg laver en faktura med flere linjer og trykker gem, så står linjerne i en helt anden rækkefølge når jeg åbner den igen. Kunden får altså en faktura hvor varerne står hulter til bulter. Det skete ikke før påske.

Venlig hilsen
Mette Lund
Lund Blomster ApS""")
m(B, "da", "b2", "B", "terse: customer's phone number is replaced by ours", "telefonnr",
"""Når kunden booker online bliver hans telefonnummer erstattet af vores eget nummer i bookingen. Så kan vi ikke ringe til ham.""")
m(B, "da", "f1", "F", "would be glad to pay for multiple users on phone app", "Forslag",
"""Hej, vi bruger jeres app hver dag. Det eneste vi savner er at flere medarbejdere kan være logget ind på den samme telefon. Det betaler vi gerne lidt ekstra for.""")
m(B, "da", "n1", "", "outage: nobody can access it", "Nede?",
"""Er I nede? Ingen af os kan komme ind i systemet i morges, siden vil slet ikke åbne.""")

# ---- nb
m(B, "nb", "b1", "B", "the total on the receipt is not the same as on screen", "Kvittering",
"""Hei. På skjermen står det 450 kr, men på kvitteringen kunden får står det 405. Har skjedd tre ganger denne uka. Bilde vedlagt.""")
m(B, "nb", "b2", "B", "after saving, the picture disappears from the product", "Produktbilder",
"""Hei,

Jeg laster opp bilde til et produkt, det vises fint, men etter at jeg har lagret og går tilbake er bildet borte. Prøvd med jpg og png, samme greia.

Hilsen Ola""")
m(B, "nb", "f1", "F", "in the old app we could; request to get it back", "Gammel app",
"""Hei! I den gamle appen kunne vi se hele uka på én skjerm. Nå må vi bla dag for dag. Får vi det tilbake?""")
m(B, "nb", "n1", "", "billing: wants invoice by mail instead of EHF", "Faktura",
"""Hei, kan vi få fakturaen tilsendt på e-post i stedet for EHF fra neste måned? Mvh regnskap""")

# ---- fi
m(B, "fi", "b1", "B", "login code sms arrives only after it expired", "Kirjautumiskoodi",
"""Hei, kirjautumiskoodi tulee tekstiviestinä vasta noin kymmenen minuutin päästä, ja silloin se on jo vanhentunut. Eilen toimi normaalisti.""")
m(B, "fi", "b2", "B", "numbered steps, the discount is not subtracted", "Alennus",
"""Moi,
1. lisään tuotteen koriin
2. syötän alennuskoodin
3. sivu sanoo että koodi hyväksytty
4. loppusumma ei muutu

Testattu kahdella koneella.""")
m(B, "fi", "f1", "F", "wish: can I somehow get reports to Excel", "Raportit Exceliin",
"""Hei, saisiko raportit jotenkin suoraan Exceliin? Nyt kopioin luvut käsin joka kuukausi. Olisi tosi iso apu meille.""")
m(B, "fi", "n1", "", "praise", "Kiitos",
"""Kiitos nopeasta avusta eilen, kaikki toimii taas ja tiimi on tyytyväinen!""")

# ---- pt
m(B, "pt", "b1", "B", "BR: the boleto goes out with last month's due date", "boleto",
"""Oi pessoal, os boletos que o sistema gera agora saem com o vencimento do mês passado, aí o cliente não consegue pagar no banco. Começou depois da atualização de sexta.""")
m(B, "pt", "b2", "B", "PT-PT html, phone vs computer", "Agenda",
"""Bom dia,

No telemóvel consigo marcar consultas sem problema, mas no computador o calendário aparece sem os horários da tarde, só mostra até às 13h. Já experimentei dois browsers.

Cumprimentos,
Rita Sousa""", fmt="html")
m(B, "pt", "f1", "F", "BR: team keeps asking, competitor has it", "Pix",
"""Olá! Minha equipe vive me perguntando se vai dar pra receber por Pix direto pelo sistema. O concorrente que usávamos antes já tinha isso. Tem previsão?""")
m(B, "pt", "n1", "", "how it was fixed: past resolved", "Resolvido",
"""Só para avisar que o problema com as notas fiscais duplicadas foi resolvido depois da vossa correção. Obrigado pela rapidez.""")

# ---- ro
m(B, "ro", "b1", "B", "iso-8859-2 cedilla: the report exports only the first page", "Export raport",
"""Bună ziua,

când exportăm raportul lunar în Excel, fişierul conţine doar primele 50 de rânduri, restul lipsesc. În aplicaţie vedem toate cele 300 de rânduri.

Mulţumesc,
Andrei Popescu""", fmt="qp", charset="iso-8859-2")
m(B, "ro", "f1", "F", "pity there is no: recurring appointments", "Programări recurente",
"""Salut, păcat că nu se pot face programări recurente, avem clienți care vin în fiecare marți. Ar ajuta enorm.""")
m(B, "ro", "n1", "", "billing: VAT number on invoice", "CUI factura",
"""Bună ziua, vă rog să treceți CUI-ul firmei noastre pe factura din aprilie, ne trebuie pentru contabilitate. Mulțumesc!""")

# ---- en
m(B, "en", "b6", "B", "rambling non-native: hours convert to wrong time zone", "Shift times",
"""Hello support,

I am manager of small cafe and we use your app for the shift plan since two years, very happy mostly. But now something strange: I put the shift for Anna at 7:00 and on her phone she sees 8:00. For me on computer it is 7:00. Two people came one hour late this week because of this and they show me the phone.

Maybe something with summer time? Please look.

Kind regards
Goran""")
m(B, "en", "b7", "B", "terse: the search ignores the date filter", "search",
"""Search results ignore the date range I pick. Always get everything from 2019 onwards.""")
m(B, "en", "f3", "F", "roadmap question phrased indirectly", "Roadmap",
"""Hi, quick one: is multi-language support for the booking page anywhere on the horizon? About a third of our customers are Spanish speakers.""")
m(B, "en", "f4", "F", "HTML, 'we'd be happy to pay' for API access", "API access",
"""Hello,

We're on the Team plan and would be more than happy to pay for API access so we can push orders from our own shop. Right now someone retypes them every morning.

Best,
Olivia Grant
Head of Ops""", fmt="alt")
m(B, "en", "n4", "", "never mind, found it", "Re: bulk edit?",
"""Ignore my last mail, found the bulk edit under the three dots menu. Sorry!

> Is there no way to change the price of many products at once?""")
m(B, "en", "n5", "", "disclaimer footer mentions bugs", "Meeting next week",
"""Hi Sam, can we move our call to Thursday 3pm? Thanks, Jo

--
This email and any attachments are confidential. The sender accepts no liability for viruses, errors or omissions in the contents of this message.""")

# ---- de
m(B, "de", "b3", "B", "time tracking counts lunch break twice", "Pausen",
"""Hallo, die Mittagspause wird in der Zeiterfassung seit April zweimal abgezogen, bei 8 Stunden Arbeit kommen nur 7 raus. Bitte mal ansehen. Gruß M. Vogel""")
m(B, "de", "f3", "F", "old version could, would like it back, formal", "Serienbrief",
"""Sehr geehrte Damen und Herren,

in der früheren Version Ihrer Software war es möglich, Serienbriefe direkt aus der Kundenliste zu erstellen. Diese Funktion vermissen wir sehr. Besteht die Aussicht, dass sie zurückkommt?

Mit freundlichen Grüßen
Dr. Heinz Ebert""")
m(B, "de", "n3", "", "hypothetical question about bugs, how do you handle", "Frage zu Updates",
"""Hallo, wie informieren Sie Kunden eigentlich, wenn bei einem Update mal etwas schiefgeht? Wir überlegen, ob wir das Abo verlängern.""")

# ---- es
m(B, "es", "b3", "B", "LatAm: the receipt prints with another branch's address", "ticket",
"""Hola, los tickets de la sucursal Norte salen impresos con la dirección de la sucursal Centro. Ya revisé la configuración y está bien puesta.""")
m(B, "es", "f2", "F", "I wish the app had offline mode", "modo sin conexión",
"""Buenas, ojalá la app funcionara sin conexión, en el almacén no hay cobertura y tenemos que apuntar todo en papel.""")
m(B, "es", "n2", "", "praise + billing", "gracias y factura",
"""Muy contentos con el programa. Una pregunta: ¿me pueden mandar la factura de marzo otra vez? No la encuentro.""")

# ---- fr
m(B, "fr", "b2", "B", "the signature appears on the wrong page of the pdf", "Signature",
"""Bonjour, la signature du client se place sur la page 1 du contrat au lieu de la dernière page, par-dessus le texte. Capture d'écran en pièce jointe.""")
m(B, "fr", "f3", "F", "our clients keep asking; would be welcome", "Paiement en plusieurs fois",
"""Bonjour, nos clients nous demandent très souvent s'ils peuvent payer en trois fois. Une telle option dans votre module de paiement serait la bienvenue.""")
m(B, "fr", "n2", "", "outage: site inaccessible for everyone", "Site inaccessible",
"""Bonjour, votre site est inaccessible depuis ce matin pour toute notre équipe. Merci de nous tenir au courant.""")

# ---- it
m(B, "it", "b2", "B", "sent emails appear as not sent", "Email inviate",
"""Ciao, le email ai clienti partono (i clienti le ricevono) ma nel programma restano segnate come "non inviate" e così le mandiamo di nuovo.""")
m(B, "it", "f2", "F", "the only thing missing: dark theme", "Tema scuro",
"""Programma ottimo, l'unica cosa che manca secondo me è un tema scuro, la sera in magazzino lo schermo acceca.""")

# ============================================================ batch 3
B = "b3"
m(B, "en", "b8", "B", "rambling: the tax line disappears when a second discount is added", "Quote totals",
"""Hey folks,

Bit of a weird one. If I build a quote with one discount line everything adds up. The moment I add a second discount line, the VAT row vanishes from the bottom of the quote and the grand total drops by exactly the VAT amount. Take the second discount off again and the VAT row is back.

I've attached two screenshots, one with and one without. Happy to jump on a call if that helps.

Chris""")
m(B, "en", "b9", "B", "curt one-liner: export is missing every order from the 31st", "export",
"""CSV export never includes orders placed on the 31st of a month. Checked Jan and March.""")
m(B, "en", "f5", "F", "'can I somehow...' really a request; if not, please consider", "Tags on contacts",
"""Is there some way to put tags on contacts, like 'VIP' or 'late payer'? If that's not a thing yet, consider this a vote for it :)""")
m(B, "en", "n6", "", "how-to: where to change invoice logo", "logo",
"""Hi, how do I change the logo that appears on my invoices? Thanks.""")
m(B, "en", "n7", "", "hypothetical: if something breaks during migration", "Migration",
"""Before we migrate our 4,000 customers over: if anything goes wrong during the import, can you roll it back for us? What's the process?""")

m(B, "de", "b4", "B", "umlauts become strange signs in pdf, base64", "Umlaute im PDF",
"""Hallo,

in den Lieferscheinen als PDF werden aus ä, ö und ü seit ein paar Tagen Kästchen. In der Vorschau im Browser sieht alles normal aus.

Grüße aus Graz
Stefan""", fmt="b64")
m(B, "de", "f4", "F", "other tools can do it; we'd like it too", "Kanban",
"""Hallo, bei Trello und Asana kann man Aufgaben als Karten in Spalten verschieben. So eine Ansicht hätten wir bei Ihnen auch gern.""")
m(B, "de", "n4", "", "found the setting himself", "Re: Wochenstart Montag?",
"""Alles gut, habe die Einstellung für den Wochenbeginn gefunden. Danke!""")

m(B, "da", "b3", "B", "the app logs the user in as a colleague", "Forkert bruger",
"""Hej. Når Jens logger ind på sin telefon, står der Karins navn øverst og han kan se hendes opgaver. På computeren er det rigtigt.""")
m(B, "da", "f2", "F", "wish: export to e-conomic", "e-conomic",
"""Hej! Vi ville virkelig ønske, at vi kunne sende fakturaerne direkte over i e-conomic. Lige nu taster vi dem ind to gange.""")
m(B, "da", "n2", "", "billing: change card", "Betalingskort",
"""Hej, vores firmakort udløber i næste måned. Hvor skifter jeg kortoplysningerne? Mvh Pia""")

m(B, "nb", "b3", "B", "orders after midnight get yesterday's date", "Dato på ordre",
"""Ordre som kommer inn etter midnatt får datoen fra dagen før. Det roter til dagsoppgjøret vårt hver morgen.""")
m(B, "nb", "f2", "F", "would like and would pay: SMS reminders", "SMS-påminnelser",
"""Hei, vi hadde gjerne hatt muligheten til å sende SMS-påminnelser til kundene før timen. Det ville spart oss for mange uteblitte avtaler.""")

m(B, "sv", "b2", "B", "colleague's notes show in my customer card", "Anteckningar",
"""Hej, när jag öppnar en kund ser jag anteckningar som en kollega skrivit på en helt annan kund. Hände två gånger i morse, har en skärmbild om ni vill.""")
m(B, "sv", "f2", "F", "the only thing we miss: a packing list", "Plocklista",
"""Hej! Det enda vi saknar i ert lagerprogram är en plocklista som man kan skriva ut. Finns det planer på det?""")
m(B, "sv", "n2", "", "outage: the whole system is unreachable", "Ligger ni nere?",
"""Hej, ligger ni nere? Ingen av oss på kontoret kommer åt systemet sedan kl 8.""")

m(B, "fi", "b3", "B", "the customer's name is replaced by another in the confirmation", "Vahvistusviesti",
"""Hei, asiakkaille lähtevässä vahvistusviestissä lukee väärän asiakkaan nimi. Tänään kolme asiakasta soitti ihmeissään.""")
m(B, "fi", "f2", "F", "pity there is no english version of the booking page", "Englanninkielinen versio",
"""Moi, harmi ettei varaussivua saa englanniksi, meillä on paljon turisteja asiakkaina. Onko tällaista suunnitteilla?""")
m(B, "fi", "n2", "", "resolved: thanks for fixing", "Korjattu",
"""Kiitos, laskujen päivämäärät näkyvät nyt oikein korjauksen jälkeen.""")

m(B, "pt", "b3", "B", "BR: the receipt prints the change (troco) as negative", "troco",
"""Boa tarde, quando o cliente paga em dinheiro o troco sai negativo no cupom, tipo -5,00 em vez de 5,00. Só acontece na maquininha da loja 2.""")
m(B, "pt", "f2", "F", "PT-PT: would like to be able to attach documents", "Anexos",
"""Olá, gostávamos imenso de poder anexar documentos às fichas dos clientes. Hoje guardamos tudo numa pasta à parte.""")
m(B, "pt", "n2", "", "billing: change plan", "Plano",
"""Bom dia, queremos passar do plano mensal para o anual. Como fazemos? Obrigado.""")

m(B, "ro", "b2", "B", "totals doubled after import", "Totaluri dublate",
"""Bună, după ce am importat clienții din Excel, toate sumele din rapoarte apar dublate. În facturile individuale e corect.""")
m(B, "ro", "f2", "F", "it would help to have a mobile version", "Versiune mobilă",
"""Salut! Ne-ar ajuta enorm o versiune de mobil, colegii de pe teren lucrează doar pe telefon. Există planuri?""")

m(B, "pl", "b2", "B", "prices rounded down to full zloty, iso-8859-2", "Ceny",
"""Dzień dobry, od środy ceny w sklepie są zaokrąglane w dół do pełnych złotych, np. 19,99 pokazuje się jako 19,00. W panelu ceny są poprawne.""", fmt="qp", charset="iso-8859-2")
m(B, "pl", "f2", "F", "we would gladly pay extra for integration", "Integracja z Allegro",
"""Cześć, czy jest szansa na integrację z Allegro? Chętnie dopłacimy, bo teraz przepisujemy zamówienia ręcznie.""")
m(B, "pl", "n2", "", "praise", "Podziękowania",
"""Chciałam tylko podziękować, nowy wygląd panelu jest bardzo czytelny. Dobra robota!""")

m(B, "nl", "b2", "B", "the agenda shows appointments on the wrong day", "Agenda",
"""Hallo, afspraken die ik op maandag inplan verschijnen in de weekweergave op zondag. In de dagweergave staan ze wel goed.""")
m(B, "nl", "f2", "F", "it's a pity and we'd pay for it: multiple locations", "Meerdere vestigingen",
"""Hoi, wij hebben twee vestigingen en moeten nu twee accounts gebruiken. Een mogelijkheid om vestigingen onder één account te beheren, daar zouden we graag extra voor betalen.""")
m(B, "nl", "n2", "", "newsletter announcing features", "Nieuw in mei",
"""Nieuw deze maand: exporteren naar Excel, donkere modus en een vernieuwde agenda. Bedankt voor al jullie suggesties!

U ontvangt deze nieuwsbrief omdat u klant bent. Afmelden kan via uw accountinstellingen.""")

m(B, "fr", "b3", "B", "Belgian, no accents: the discount is applied to the wrong line", "remise",
"""bonjour, la remise que je mets sur une ligne s applique a la ligne du dessous et pas a celle que j ai choisie. ca le fait a chaque fois""")
m(B, "fr", "f4", "F", "would pay: gladly pay for SMS", "SMS",
"""Bonjour, est-ce qu'il serait envisageable d'envoyer les rappels par SMS ? Nous serions prêts à payer un supplément pour ça.""")

m(B, "es", "b4", "B", "the week view swallows the Sunday appointments", "Domingos",
"""Hola, en la vista semanal no aparecen las citas del domingo, en la vista diaria sí están. Lo he comprobado en dos ordenadores.""")
m(B, "es", "n3", "", "never mind found it", "Re: ¿exportar a PDF?",
"""Olvídalo, ya lo encontré en el menú de imprimir. ¡Gracias!""")

m(B, "it", "b3", "B", "the customer's VAT number gets cleared when saving", "Partita IVA",
"""Buongiorno, quando salvo la scheda di un cliente la partita IVA si cancella da sola. La reinserisco, salvo, e di nuovo vuota.""")
m(B, "it", "f3", "F", "competitor X has it, roadmap", "Firma digitale",
"""Salve, Fatture in Cloud permette già di far firmare i preventivi online. Avete intenzione di aggiungere qualcosa di simile?""")

def main():
    for batch in sorted({x[0] for x in M}):
        out = DevSet(HERE / batch, f"# devset9 bug-feature {batch}: indirect bug reports and feature requests + hard negatives")
        for i, (b, lang, name, expect, note, subject, body, fmt, charset) in enumerate(M):
            if b != batch:
                continue
            sender, msg_id = customer(lang, f"9bf{batch}{lang}{name}")
            date = mail_date("Thu", 9 + i % 3, "Apr", 8 + i % 9, (i * 7) % 60)
            mail = build(sender, subject, date, msg_id, body, fmt, charset)
            out.add(lang, name, mail, expect, forbid_others(TAGS, expect), note)
        out.save(clean=True)
        print(batch, sum(1 for x in M if x[0] == batch), "messages")

if __name__ == "__main__":
    main()
