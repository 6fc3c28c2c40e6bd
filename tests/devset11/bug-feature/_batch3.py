"""devset11 bug-feature, batch 3 (measured before tuning on it; written after b2 tuning)."""
B = "b3"

def add(m):
    # ================= en
    m(B, "en", "b1", "B", "reply with history: still happening, new detail (weekly totals wrong on Mondays)", "Re: Timesheet totals",
"""Hi Marcus,

afraid it's still doing it. This Monday again the weekly hours for two of my drivers came out at 52 when they only worked 40 - looks like Sunday night shifts are being counted in both weeks. The individual days are right, it's just the week figure.

Kind regards
Bev Atkins
Transport Office

On Fri, 20 Nov 2026, Marcus (Support) wrote:
> Hi Bev, thanks, we couldn't see anything wrong on the account. Could you let us know if it happens again?""")
    m(B, "en", "b2", "B", "attachments open as 0 KB files", "attachments empty",
"""Hiya, any attachment a customer sends us through the contact form arrives in the inbox as a 0 KB file with the right name but nothing in it. Tried pdf and jpg. Sent one to myself as a test from my gmail, same. Can you have a look? ta, Nicola""")
    m(B, "en", "b3", "B", "html: translated booking page mixes languages / shows German to English visitors", "Booking page language",
"""Hello,

Our booking page is set to English but since Thursday visitors see half the buttons in German ("Weiter", "Zurück") and the confirmation text in English. I haven't touched the language settings. A few customers have asked whether they're on the right site.

Best regards,
Ruth Anders""", fmt="html")
    m(B, "en", "f1", "F", "request embedded in long mail about workflow; asks for Google Calendar two-way sync", "Calendars",
"""Hi,

A bit of background: we're a small team of four therapists and most of us keep our personal life in Google Calendar. Right now we copy our bookings over by hand, which works but is a faff, and last month someone double-booked because she'd forgotten to copy one across. If the bookings could just appear in our Google calendars automatically (and ideally block out time when we add something personal), that would solve it completely. Is that something you'd ever look at?

Many thanks,
Jen""")
    m(B, "en", "f2", "F", "terse: any way to get Welsh? (no)", "welsh",
"""do you do the customer-facing pages in Welsh at all? couldn't see it in the language list. a lot of our clients would prefer it. if not, please add it to the list of things to think about""")
    m(B, "en", "n1", "", "fixed: works again, thanks", "Re: Sync issue",
"""Hi, just to confirm it's all working again after your fix yesterday, the calendar has been syncing properly all morning. Thanks for sorting it so quickly. Jason""")
    m(B, "en", "n2", "", "how-to: is there a way (yes) to send an invoice again", "resend invoice",
"""Is there a way to resend an invoice to a client? She says she never got it. I'm sure I've done it before, just can't remember where the button is.""")
    m(B, "en", "n3", "", "praise for feature + no new request", "The new reports",
"""Hi all, the new reporting screen is a huge step up, I can finally see revenue by therapist without exporting anything. Really well done. Nadia""")

    # ================= de
    m(B, "de", "b1", "B", "html: PDF quote shows old logo although new uploaded", "Altes Logo im Angebot",
"""Hallo,

wir haben letzte Woche unser neues Logo hochgeladen, in der Vorschau wird es auch angezeigt. Im fertigen PDF-Angebot ist aber immer noch das alte Logo drin, egal wie oft ich neu erstelle. Browser-Cache habe ich schon geleert.

Viele Grüße
Stefanie Lorenz
Lorenz Raumdesign GmbH""", fmt="alt")
    m(B, "de", "b2", "B", "iPhone: keyboard hides input field, can't see what I type", "App auf dem iPhone",
"""Hi, in der App auf dem iPhone 12 verdeckt die Tastatur das Notizfeld komplett, ich sehe nicht was ich tippe. Auf dem iPad ist alles gut. iOS ist aktuell. LG Murat""")
    m(B, "de", "f1", "F", "request: reports by cost center; competitor can; would pay", "Kostenstellen",
"""Guten Tag,

für unsere Buchhaltung bräuchten wir die Umsätze nach Kostenstellen aufgeschlüsselt. Soweit ich sehe, kann man Buchungen bei Ihnen keiner Kostenstelle zuordnen. Unser alter Anbieter hatte das, und wir würden dafür auch einen Aufpreis in Kauf nehmen.

Mit freundlichen Grüßen
Klaus Petersen
Leitung Finanzen""")
    m(B, "de", "n1", "", "how-to: how to set up automatic reminders (exists)", "Erinnerungen",
"""Hallo, wie stelle ich ein, dass die Kunden einen Tag vorher automatisch eine Erinnerung bekommen? Ich finde die Einstellung nicht. Danke, Birgit""")

    # ================= da
    m(B, "da", "b1", "B", "receipt shows wrong VAT amount", "Moms på kvitteringer",
"""Hej

Momsen på kvitteringerne passer ikke. På et køb på 500 kr står der moms 125 kr, det skulle være 100 kr. Vores revisor har set det på flere bilag fra oktober.

Venlig hilsen
Jesper Dahl""")
    m(B, "da", "f1", "F", "kan I ikke lave bulk edit of tags", "Ændre mange kunder på én gang",
"""hej, kan I ikke lave så man kan markere flere kunder og ændre gruppe på dem alle på én gang? vi har lige fået 300 nye kunder ind og skal sidde og rette dem én for én. mvh Camilla""")
    m(B, "da", "n1", "", "outage total", "Kan ikke komme ind",
"""Hej, ingen af os kan logge ind, siden er helt nede hos os alle sammen siden kl 8. Hvornår er det oppe igen?""", forbid="B")

    # ================= ro
    m(B, "ro", "b1", "B", "client receives invoice of another client by email", "Client a primit factura altcuiva",
"""Bună ziua,

Un client ne-a sunat că a primit pe email factura unui alt client, cu numele și adresa acestuia. Am verificat în aplicație și la el adresa de email e corectă. Este foarte grav pentru noi, vă rog să verificați urgent.

Mulțumesc,
Mihai Stan""")
    m(B, "ro", "f1", "F", "wants bank statement import", "Import extras bancar",
"""Salut! Ne-ar prinde bine să putem importa extrasul de cont de la bancă, ca să se marcheze automat facturile plătite. Acum le bifăm manual una câte una. Vă gândiți la așa ceva? Mersi, Alina""")
    m(B, "ro", "n1", "", "praise after fix", "Mulțumiri",
"""Bună, problema cu exportul s-a rezolvat, acum merge perfect. Mulțumesc mult pentru ajutor! Sorin""")

    # ================= pl
    m(B, "pl", "b1", "B", "discount applied twice / price goes below zero", "Rabat liczy się podwójnie",
"""Dzień dobry, jak dodaję do zamówienia rabat 10% i potem zmieniam ilość, rabat odejmuje się jeszcze raz, i tak przy każdej zmianie. Przy trzeciej zmianie cena wyszła na minusie. Proszę o sprawdzenie. Paweł""")
    m(B, "pl", "f1", "F", "would like calendar view per employee and export to Google", "Propozycja",
"""Dzień dobry,

mam propozycję: fajnie by było, gdyby w kalendarzu dało się wyświetlić grafik każdego pracownika obok siebie, w kolumnach. Teraz muszę przełączać się między osobami.

Pozdrawiam serdecznie
Joanna Wiśniewska""")
    m(B, "pl", "n1", "", "billing question", "Faktura VAT",
"""Dzień dobry, proszę o wystawienie faktury za listopad na nowy NIP firmy, zmieniliśmy formę działalności. Dziękuję, Adam""")
    m(B, "pl", "n2", "", "how-to", "Jak dodać pracownika",
"""Cześć, jak dodać nowego pracownika do grafiku? Dziękuję""")

    # ================= es
    m(B, "es", "b1", "B", "emails to customers show strange characters in ñ", "Las ñ salen mal",
"""Hola!! en los correos que reciben los clientes, todas las ñ y las tildes salen como símbolos raros, "MaÃ±ana" en lugar de "Mañana". En la pantalla de edición se ve todo bien. Es desde la semana pasada. Un saludo, Rocío""")
    m(B, "es", "b2", "B", "stock counts don't match after sale from app", "Stock descuadrado",
"""Buenos días,

cuando vendemos desde la app del móvil, el stock no se descuenta, pero si vendemos desde el ordenador sí. Ahora tenemos productos que aparecen con 5 unidades y en la tienda no queda ninguna.

Atentamente,
Fernando Gil""")
    m(B, "es", "f1", "F", "would save hours: bulk SMS to clients", "Mensajes masivos",
"""Hola, nos vendría genial poder mandar un SMS a todos los clientes de golpe, por ejemplo cuando cerramos por vacaciones. Nos ahorraría horas de llamadas. ¿Lo tenéis en mente? Gracias, Sergio""")
    m(B, "es", "n1", "", "praise feature added", "Gracias",
"""Hola, muchas gracias por añadir el modo oscuro, lo estábamos esperando y ha quedado muy bien. Un saludo""")

    # ================= fr
    m(B, "fr", "b1", "B", "invoice numbers skip / duplicates", "Numérotation des factures",
"""Bonjour,

depuis lundi deux factures différentes ont reçu le même numéro (F-2026-0412), et ensuite la numérotation a sauté directement à 0415. Notre comptable dit que ce n'est pas conforme. On n'a rien modifié dans les paramètres.

Cordialement,
Nathalie Roux""")
    m(B, "fr", "f1", "F", "wishes for multiple currencies", "Multi-devises",
"""Bonjour, on commence à vendre en Suisse et il nous faudrait pouvoir facturer en francs suisses en plus de l'euro. Pour l'instant tout est forcément en euros. Vous avez ça dans les tuyaux ? Merci, Olivier""")
    m(B, "fr", "n1", "", "how-to: where to download invoices (exists)", "Factures",
"""Bonjour, où puis-je télécharger toutes nos factures de l'année pour notre comptable ? Merci""")
    m(B, "fr", "n2", "", "request only in quoted history, now billing", "RE: Suggestion export",
"""Merci pour votre retour. Par ailleurs, pouvez-vous me dire quand sera prélevé le prochain paiement ?

Cordialement,
Denis

-----Message d'origine-----
De : Support
> Bonjour Denis, merci pour votre suggestion, nous l'avons transmise.
>> Ce serait bien de pouvoir exporter les rapports en PDF, vous pourriez l'ajouter ?""")

    # ================= nl
    m(B, "nl", "b1", "B", "discount code accepted but price unchanged", "Kortingscode",
"""Hallo, klanten vullen de kortingscode in, krijgen netjes 'code toegepast' te zien, maar het bedrag blijft gewoon staan op de volle prijs. Getest met drie verschillende codes. Groet, Rik""")
    m(B, "nl", "f1", "F", "mis een donkere modus + wish", "Donker thema",
"""Hoi! Ik werk veel 's avonds en mis echt een donker thema, het witte scherm is best fel. Zou mooi zijn als dat erbij komt. Groetjes, Lotte""")
    m(B, "nl", "n1", "", "how-to: how to add a holiday closure", "Vakantiesluiting",
"""Beste, hoe geef ik aan dat we tussen kerst en oud en nieuw gesloten zijn, zodat niemand dan kan boeken? Dank, Jeroen""")
    m(B, "nl", "n2", "", "total outage", "Storing?",
"""Goedemorgen, bij ons kan niemand inloggen en de website geeft al een uur een foutmelding voor iedereen. Is er een storing?""", forbid="B")

    # ================= sv
    m(B, "sv", "b1", "B", "app logs me out every few minutes since update", "Loggas ut hela tiden",
"""Hej, sedan senaste uppdateringen blir jag utloggad från appen var femte minut ungefär, mitt i när jag skriver. Det hände aldrig förut. Telefonen är en iPhone 13. /Mats""")
    m(B, "sv", "f1", "F", "wants Swish payments", "Swish",
"""Hej! Vore det möjligt att ta betalt med Swish direkt i bokningen? Nästan alla våra kunder frågar efter det och vi måste tacka nej. Hälsningar Elin""")
    m(B, "sv", "n1", "", "praise", "Beröm",
"""Hej, bara ville säga att ni har en fantastisk support och att appen fungerar jättebra för oss. Tack! /Karin""")

    # ================= it
    m(B, "it", "b1", "B", "deleted appointments come back", "Appuntamenti cancellati ritornano",
"""Buongiorno, gli appuntamenti che cancello ricompaiono il giorno dopo nel calendario, come se non li avessi mai tolti. Succede da circa una settimana e i clienti ricevono anche il promemoria! Grazie, Simona""")
    m(B, "it", "f1", "F", "needs to export in XML for accountant", "Esportazione XML",
"""Salve, il nostro commercialista ci chiede i corrispettivi in formato XML, ma dal vostro programma si può esportare solo in PDF. Sarebbe possibile prevedere anche questo formato? Grazie, Enrico Bassi""")
    m(B, "it", "n1", "", "outage total", "Non funziona niente",
"""Ciao, da mezz'ora nessuno di noi riesce ad accedere, il sito non si apre proprio per nessuno. È un problema vostro?""", forbid="B")

    # ================= pt
    m(B, "pt", "b1", "B", "report shows someone else's sales numbers", "Relatório com dados errados",
"""Olá,

o relatório de vendas de outubro mostra valores que não são nossos, aparecem produtos que nunca vendemos. Parece ser de outra loja. Pode ver o que se passa?

Obrigado
Pedro Matos""")
    m(B, "pt", "f1", "F", "multi-language booking page", "Página em inglês",
"""Olá, temos muitos clientes estrangeiros e a página de marcações só existe em português. Dava imenso jeito ter também uma versão em inglês. Há alguma hipótese? Obrigada, Sofia""")
    m(B, "pt", "n1", "", "how-to about existing export", "Exportar clientes",
"""Bom dia, onde encontro a opção para exportar a lista de clientes para Excel? Obrigado""")
