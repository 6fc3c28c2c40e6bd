"""devset11 bug-feature, batch 1 (measured before any tuning on it)."""
B = "b1"

def add(m):
    # ================= en
    m(B, "en", "b1", "B", "VAT line doubled on invoices since last week, totals too high", "Invoices adding VAT twice?",
"""Hi there,

Since sometime last week our invoices seem to add the VAT on top twice. Net 200.00, VAT 40.00, and then the total says 280.00. Our accountant caught it on three invoices already and we've had to credit them.

Nothing changed in our tax settings as far as I know. Could someone look at this please?

Cheers,
Tom Hargreaves
Hargreaves Joinery Ltd""")
    m(B, "en", "b2", "B", "dashboard shows another company's clients after login", "seeing someone elses data??",
"""hey so this is a bit worrying. logged in this morning and the client list on my dashboard is not ours. names I've never heard of, some dental practice in Leeds by the look of it. logged out and back in and it was our list again. thought you'd want to know asap, I took a screenshot

Dan""")
    m(B, "en", "f1", "F", "is there a way ... clearly no: bulk edit of product prices", "Changing prices on 300 products",
"""Hello,

Is there a way to change the price of lots of products at once? We're putting everything up by 5% in January and as far as I can see I'd have to open each of our 300-odd products one by one and edit it. I looked through the settings and your help pages and couldn't find anything.

If it's not there, please take this as a request, it would save us hours every time prices change.

Best,
Rachel Moore""")
    m(B, "en", "f2", "F", "integration wanted: Xero sync, competitor has it", "Xero",
"""Hi team, we've been with you for two years and love the booking side. Our bookkeeper keeps asking whether payments could flow straight into Xero instead of her retyping them every Friday. A couple of the other booking tools we looked at do this out of the box. Any chance it's coming?

Thanks, Owen""", fmt="html")
    m(B, "en", "n1", "", "total outage: nobody can get in, site down", "Site completely down",
"""Nobody in our office can reach the site at all since about 9:40, just a timeout in every browser, on phones too. Is there an outage on your side? We have 40 people sitting idle.

Karen, IT""", forbid="B")
    m(B, "en", "n2", "", "how-to: how do I export contacts to CSV (exists)", "Exporting contacts",
"""Hi, quick one - how do I get all my contacts out into a spreadsheet? I remember doing it last year but can't find where the export is anymore. Thanks! Jo""")
    m(B, "en", "n3", "", "feature request only in quoted history; now just thanks", "Re: Shared calendars",
"""Thanks Priya, that's good to hear - we'll keep an eye on the release notes.

All the best,
Martin

On Mon, 23 Nov 2026 at 10:12, Support <support@example.com> wrote:
> Hi Martin, thanks for the suggestion, we've passed it to the product team.
>
> On Fri, Martin wrote:
>> It would be great if you could add shared calendars so our two sites can see each other's bookings. Please consider it!""")

    # ================= de
    m(B, "de", "b1", "B", "umlauts broken in exported CSV", "Export: Umlaute kaputt",
"""Hallo,

wenn ich die Kundenliste als CSV exportiere und in Excel öffne, stehen statt der Umlaute lauter komische Zeichen drin, aus "Müller" wird "MÃ¼ller" und aus "Größe" irgendwas mit Fragezeichen. Bis vor kurzem ging das noch einwandfrei. Wir brauchen die Liste für den Serienbrief.

Gruß
Sabine Krüger""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "b2", "B", "appointment times one hour off since clock change", "Termine eine Stunde verschoben",
"""Guten Tag,

seit der Zeitumstellung am Wochenende werden in der Kalenderansicht alle Termine eine Stunde früher angezeigt als eingetragen. In der Bestätigungsmail an den Patienten steht aber die richtige Uhrzeit, deshalb stehen jetzt Leute zur falschen Zeit vor der Tür.

Mit freundlichen Grüßen
Praxis Dr. Hofmann
Empfang""")
    m(B, "de", "f1", "F", "we miss: multiple price lists per customer group, would save time", "Preislisten für Wiederverkäufer",
"""Hallo zusammen,

wir verkaufen sowohl an Endkunden als auch an Händler. Was uns echt fehlt, ist eine Möglichkeit, für Händler eigene Preise zu hinterlegen – momentan rechnen wir den Rabatt bei jeder Bestellung von Hand runter. Wäre das etwas, das ihr euch vorstellen könnt?

Viele Grüße
Jonas""")
    m(B, "de", "f2", "F", "any plans for English invoices / more languages", "Rechnungen auf Englisch?",
"""Hallo,

ein Großteil unserer Kunden sitzt inzwischen in den Niederlanden und in Skandinavien. Können die Rechnungen irgendwann auch auf Englisch erstellt werden? Im Moment gibt es ja nur Deutsch, und wir übersetzen die PDFs jedes Mal selbst. Ist da etwas in Arbeit?

Danke und Grüße
Claudia Brandt""")
    m(B, "de", "n1", "", "how-to: how to set up a second mailbox (exists)", "Zweites Postfach einrichten",
"""Hallo, wie kann ich ein zweites Postfach für unsere Buchhaltung anbinden? In der Anleitung steht was von Einstellungen > Kanäle, aber da sehe ich nur unser Hauptpostfach. Danke, Peter""")
    m(B, "de", "n2", "", "praise for the newly added feature", "Danke für die Serienfunktion",
"""Hallo Team,

nur kurz: die neue Funktion für wiederkehrende Termine, die ihr letzten Monat eingeführt habt, ist genau das, was wir gebraucht haben. Spart uns jede Woche eine Menge Klickerei. Weiter so!

Beste Grüße aus Kassel
Anja""")

    # ================= da
    m(B, "da", "b1", "B", "confirmation mails sent twice to customers", "Dobbelte mails",
"""Hej

Vores kunder får hver ordrebekræftelse to gange, med et par sekunders mellemrum. Det er startet i går efter jeres opdatering. Flere kunder har skrevet og spurgt om de har bestilt to gange.

Mvh
Mette Holm
Holm Keramik""")
    m(B, "da", "f1", "F", "dark mode wish, eyes tired in night shift", "Mørk tilstand",
"""Hej, vi bruger systemet på nattevagt på plejehjemmet og den hvide skærm er virkelig hård for øjnene kl. 3 om natten. Kunne I lave en mørk version af skærmbilledet? Det ville gøre en stor forskel for personalet.

Venlig hilsen
Kirsten, nattevagt""")
    m(B, "da", "n1", "", "billing question about the invoice amount", "Faktura for november",
"""Hej, vi har fået en faktura på 1.450 kr for november, men vi troede vores abonnement kostede 1.200. Er det fordi vi har tilføjet to brugere? Mvh Anders""")

    # ================= ro
    m(B, "ro", "b1", "B", "report totals don't match the sum of invoices", "Raportul lunar nu bate",
"""Bună ziua,

În raportul de vânzări pe octombrie totalul e 48.300 lei, dar dacă adun facturile din listă îmi dă 51.120 lei. Am verificat de două ori, nu lipsește nicio factură din listă. Contabila noastră nu poate închide luna așa.

Mulțumesc,
Andreea Popescu""")
    m(B, "ro", "f1", "F", "asks for e-Factura / ANAF integration, manual upload now", "ANAF e-Factura",
"""Salut,

Ar fi posibil să trimiteți facturile direct în e-Factura? Acum le descarc una câte una și le urc manual pe site-ul ANAF, durează o oră pe săptămână. Știu că alte programe au deja chestia asta. Aveți de gând să o faceți?

Mersi,
Radu""")
    m(B, "ro", "n1", "", "praise for the feature just added", "Felicitări pentru noul modul",
"""Bună,

Voiam doar să vă spun că modulul nou de stocuri e excelent, exact ce ne trebuia. Mulțumim că ați ascultat de clienți!

O zi bună,
Ioana""")

    # ================= pl
    m(B, "pl", "b1", "B", "app closes when opening a photo, only on one Samsung", "Aplikacja się wyłącza",
"""Dzień dobry,

na moim telefonie (Samsung A52) aplikacja zamyka się za każdym razem, jak próbuję dodać zdjęcie do zlecenia. Na telefonie kolegi (iPhone) wszystko działa. Reinstalowałem już dwa razy, bez zmian.

Pozdrawiam
Krzysztof Wójcik""")
    m(B, "pl", "b2", "B", "PDF export empty pages", "Pusty PDF",
"""Witam, eksport raportu miesięcznego do PDF generuje plik z samymi pustymi stronami, 12 stron białych. W podglądzie na ekranie dane są. Proszę o pomoc bo muszę to wysłać do zarządu w piątek.
Agnieszka""", fmt="b64")
    m(B, "pl", "f1", "F", "asks for API endpoint for orders", "API do zamówień",
"""Cześć,

piszę z działu IT. Chcielibyśmy pobierać zamówienia automatycznie do naszego systemu magazynowego, ale w waszym API nie widzę żadnego endpointu do zamówień, tylko klienci i produkty. Czy możecie coś takiego udostępnić? Na razie ktoś eksportuje to ręcznie co godzinę.

Pozdrawiam,
Michał Zieliński""")
    m(B, "pl", "n1", "", "how-to: change invoice numbering (exists)", "Numeracja faktur",
"""Dzień dobry, jak zmienić format numeracji faktur na FV/rok/numer? Od stycznia chcemy zacząć nową serię. Dziękuję, Ewa""")

    # ================= es
    m(B, "es", "b1", "B", "clicking 'send quote' does nothing", "No se envían los presupuestos",
"""Hola,

desde esta mañana le doy al botón de "Enviar presupuesto" y no pasa nada, ni mensaje ni nada, y el cliente no recibe el correo. Lo he probado en Chrome y en Edge, igual. Los presupuestos de ayer sí salieron bien.

Un saludo,
Javier Ruiz""")
    m(B, "es", "f1", "F", "would like WhatsApp reminders instead of SMS", "Recordatorios por WhatsApp",
"""Buenas,

los recordatorios por SMS están bien pero aquí casi nadie los lee, todo el mundo usa WhatsApp. ¿Tenéis pensado permitir enviar los recordatorios por WhatsApp? Nos ahorraría muchas llamadas de clientes que se olvidan de la cita.

Gracias!
Lucía""", fmt="alt")
    m(B, "es", "f2", "F", "wants to duplicate a project with all tasks", "Duplicar proyectos",
"""Hola equipo, cada mes montamos el mismo proyecto de cierre contable con las mismas 25 tareas y las tengo que crear a mano una por una. Estaría genial poder copiar un proyecto entero con sus tareas. Saludos, Marta""")
    m(B, "es", "n1", "", "total outage: nothing loads for anyone", "¿Está caída la plataforma?",
"""Hola, ninguno de nosotros puede entrar en la plataforma desde hace media hora, sale una página de error del servidor a todos. ¿Es una caída general? Gracias""", forbid="B")

    # ================= fr
    m(B, "fr", "b1", "B", "accented characters broken in SMS", "Accents dans les SMS",
"""Bonjour,

les SMS de rappel que reçoivent nos clients affichent des caractères bizarres à la place des accents : « RÃ©servation confirmÃ©e » au lieu de « Réservation confirmée ». Dans l'aperçu sur votre site le texte est correct. Ça fait pas très pro...

Cordialement,
Sophie Garnier""")
    m(B, "fr", "b2", "B", "stock goes negative after cancelling an order, steps", "Stock faux après annulation",
"""Bonjour,

Pour reproduire :
1. créer une commande de 3 articles
2. l'annuler
3. le stock revient à +6 au lieu de +3

On a constaté ça depuis la mise à jour de mardi. Du coup notre inventaire ne correspond plus à rien.

Merci
Laurent, Boutique Le Panier""")
    m(B, "fr", "f1", "F", "no way to sign quotes electronically, would like it", "Signature électronique des devis",
"""Bonjour,

Nos clients nous demandent souvent s'ils peuvent signer les devis en ligne. Aujourd'hui on doit leur envoyer le PDF, qu'ils impriment, signent, scannent... Ce serait vraiment un plus si vous proposiez la signature directement depuis le lien du devis. C'est prévu ?

Bien à vous,
Hélène Fabre""")
    m(B, "fr", "n1", "", "billing: wants invoice with company name changed", "Facture au nom de la société",
"""Bonjour, pourriez-vous refaire notre dernière facture au nom de la SARL Fabre & Fils au lieu de mon nom personnel ? Notre comptable en a besoin. Merci, Paul Fabre""")

    # ================= nl
    m(B, "nl", "b1", "B", "search finds nothing for existing customer", "Zoeken werkt raar",
"""Hoi,

als ik in het zoekveld "Jansen" intyp krijg ik 0 resultaten, terwijl er zeker 14 klanten Jansen in ons bestand staan. Op achternaam zoeken via de filter lukt wel. Vorige week ging het nog gewoon.

Groet,
Bas""")
    m(B, "nl", "f1", "F", "would like export to Exact / UBL invoice format", "UBL export",
"""Goedemiddag,

Onze boekhouder wil de facturen graag als UBL-bestand ontvangen zodat ze automatisch ingelezen worden. Nu kunnen we alleen PDF downloaden. Kunnen jullie UBL als exportformaat toevoegen? Dat zou ons elke maand een middag typewerk schelen.

Met vriendelijke groet,
Femke de Vries""", fmt="alt")
    m(B, "nl", "n1", "", "praise + thanks for fixing a previous problem", "Top!",
"""Hallo, even laten weten dat het probleem met de dubbele facturen van vorige week helemaal opgelost is, alles klopt weer. Dank jullie wel voor de snelle actie! Groet, Kees""")

    # ================= sv
    m(B, "sv", "b1", "B", "someone else's name on order confirmation", "Fel namn på orderbekräftelsen",
"""Hej!

En kund ringde och sa att hennes orderbekräftelse var ställd till en helt annan person, med någon annans adress också. Vi kollade ordern i systemet och där står rätt namn. Har hänt två gånger nu i veckan. Det känns inte bra ur GDPR-synpunkt.

Hälsningar
Johanna Ek""")
    m(B, "sv", "f1", "F", "asks for Fortnox integration", "Koppling till Fortnox",
"""Hej, finns det någon möjlighet att få en koppling mot Fortnox? Vi sitter och för över alla fakturor manuellt varje månad och det tar en hel dag. Vi är säkert inte de enda som vill ha det. /Per""")
    m(B, "sv", "n1", "", "how-to: change language of the interface (exists)", "Byta språk",
"""Hej, hur byter jag språk i appen till svenska? Min kollega har svenska men jag får allt på engelska. Tack, Lena""")

    # ================= it
    m(B, "it", "b1", "B", "amounts rounded wrong on invoices", "Arrotondamenti sbagliati",
"""Buongiorno,

nelle fatture il totale IVA viene arrotondato male: su un imponibile di 1.234,56 € l'IVA al 22% dovrebbe essere 271,60 e invece risulta 271,00. Il commercialista se n'è accorto controllando il registro. È così da inizio mese.

Saluti,
Paolo Ferri""", fmt="qp", charset="iso-8859-15")
    m(B, "it", "f1", "F", "would like bulk editing of appointments, plus multi-language booking page", "Due richieste",
"""Ciao!

Lavoriamo con molti turisti e la pagina di prenotazione è solo in italiano: sarebbe bellissimo averla anche in inglese e tedesco. E un'altra cosa, se poteste aggiungere la possibilità di spostare più appuntamenti insieme quando un operatore è malato, ci salvereste la vita.

Grazie mille,
Chiara - Centro Estetico Bellavista""")
    m(B, "it", "n1", "", "feature request only in quoted history, now asks about invoice", "R: Esportazione in Excel",
"""Grazie per la risposta. Un'altra cosa: mi potete rimandare la fattura di ottobre? Non la trovo più.

Saluti
Marco

Il giorno 20 nov 2026, Support ha scritto:
> Gentile Marco, abbiamo girato la sua richiesta al team di sviluppo.
>> Sarebbe utile poter esportare i report in Excel, potreste aggiungerlo?""")

    # ================= pt
    m(B, "pt", "b1", "B", "push notifications arrive an hour late / wrong time", "Notificações com hora errada",
"""Olá,

as notificações de novas marcações chegam ao telemóvel com a hora errada, sempre uma hora a mais. Por exemplo uma marcação às 14h aparece na notificação como 15h. No computador está certo. Já mudei o fuso horário e não adiantou.

Obrigada,
Inês Carvalho""")
    m(B, "pt", "f1", "F", "wants PIX payment option", "Pagamento via PIX",
"""Oi pessoal, tudo bem? Vocês têm previsão de aceitar PIX como forma de pagamento no link de cobrança? Hoje só tem cartão e boleto e muitos clientes meus desistem porque querem pagar no PIX. Abraço, Rodrigo""")
    m(B, "pt", "n1", "", "total outage for everybody", "Sistema fora do ar",
"""Bom dia, o sistema está fora do ar para toda a equipa desde as 8h, ninguém consegue entrar, nem pelo telemóvel. Têm previsão de quando volta?""", forbid="B")
    m(B, "pt", "n2", "", "how-to: how to add a logo to the invoice (exists)", "Logotipo nas faturas",
"""Bom dia, como faço para colocar o logotipo da empresa nas faturas? Vi que outros clientes têm. Obrigado, Nuno""")
