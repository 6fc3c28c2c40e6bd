"""devset10 feature, batch 1 (measured before any tuning on it)."""
B = "b1"

def add_b1(m):
    # ---------------- nl
    m(B, "nl", "f1", "F", "formal suggestion: bulk PDF download of invoices", "Suggestie facturen",
"""Geachte heer/mevrouw,

Een suggestie vanuit onze administratie: zou het mogelijk zijn om meerdere facturen tegelijk als PDF te downloaden? Op dit moment moeten wij elke factuur afzonderlijk openen en opslaan, wat bij zo'n tweehonderd facturen per maand veel tijd kost.

Met vriendelijke groet,
Ingrid van Dijk
Financiële administratie""", fmt="qp", charset="iso-8859-1")
    m(B, "nl", "f2", "F", "positive mail, request embedded: missing link with Exact Online, on the planning?", "Complimenten + vraag",
"""Hoi team,

Even een compliment tussendoor: sinds we vorig jaar zijn overgestapt loopt alles veel soepeler, en jullie helpdesk reageert altijd snel. Top!

Wat we nog wel missen is een koppeling met Exact Online, nu typen we alles twee keer over. Staat zoiets op de planning?

Groetjes,
Mirjam""")
    m(B, "nl", "f3", "F", "subject line only: request for 2FA via authenticator app", "Verzoek: tweestapsverificatie met authenticator-app",
"""Zie onderwerp. Alvast bedankt!

Ruud""")
    m(B, "nl", "n1", "", "how-to question: where to add a second user", "Tweede gebruiker",
"""Hallo, hoe kan ik een tweede gebruiker toevoegen aan ons account? Ik zie nergens een knop daarvoor in de instellingen. Gr. Sanne""")

    # ---------------- da
    m(B, "da", "f1", "F", "forslag: make it possible to export timesheets to Excel, would help a lot", "Forslag",
"""Hej

Et forslag: kunne I gøre det muligt at eksportere timesedler direkte til Excel? Det ville hjælpe os rigtig meget i forbindelse med lønkørslen hver måned.

Venlig hilsen
Bente Kjær
Kjær & Søn ApS""", fmt="qp", charset="iso-8859-1")
    m(B, "da", "f2", "F", "no diacritics, when will you support MobilePay", "mobilepay",
"""hej, hvornaar kommer i til at understotte mobilepay? vores kunder spoerger hele tiden efter det og vi maa sige nej hver gang""")
    m(B, "da", "n1", "", "we found the setting ourselves, thanks", "Re: Påmindelser",
"""Hej Jonas

Tak for svaret, vi fandt selv indstillingen under Notifikationer, og nu kommer påmindelserne som de skal. Sagen kan lukkes.

Mvh
Lotte

> Hej Lotte, har I prøvet at slå påmindelser til under Indstillinger?
> Mvh Jonas, Support""")
    m(B, "da", "n2", "", "pricing question: what does Pro cost, is export included", "Pris på Pro",
"""Hej, hvad koster det at opgradere til Pro-planen for 5 brugere, og er eksport til regnskabsprogram inkluderet i prisen? Mvh Henrik""")

    # ---------------- sv
    m(B, "sv", "f1", "F", "förslag: scheduled reports sent automatically every Monday", "Förslag på förbättring",
"""Hej!

Jag har ett förslag: det vore toppen om man kunde schemalägga rapporterna så att de skickas ut automatiskt varje måndag morgon. Nu får jag komma ihåg att göra det manuellt varje vecka.

Hälsningar
Erik Lindqvist""")
    m(B, "sv", "f2", "F", "are there plans to support BankID login", "BankID",
"""Hej, finns det några planer på att stödja inloggning med BankID? Många av våra äldre medlemmar tycker att lösenord är krångligt.

Mvh Annika""")
    m(B, "sv", "f3", "F", "curt: please bring back the old list view", "listvyn",
"""Snälla, ta tillbaka den gamla listvyn. Den nya med kort är mycket svårare att överblicka när man har 300 ordrar.""")
    m(B, "sv", "n1", "", "praise only for the new calendar", "Tack!",
"""Hej, ville bara säga att den nya kalendern ni släppte i förra veckan är jättebra. Hela kontoret är nöjda. Fortsätt så! /Maria""")

    # ---------------- it
    m(B, "it", "f1", "F", "suggerimento: add e-invoicing to SDI directly", "Suggerimento",
"""Buongiorno,

vorrei darvi un suggerimento: sarebbe possibile inviare le fatture elettroniche direttamente allo SDI dal vostro gestionale? Al momento dobbiamo esportarle e caricarle a mano su un altro portale.

Cordiali saluti
Giulia Martini""", fmt="qp", charset="iso-8859-1")
    m(B, "it", "f2", "F", "when will you support PayPal", "PayPal",
"""Salve, quando supporterete i pagamenti con PayPal? Molti clienti esteri ce lo chiedono. Grazie""")
    m(B, "it", "f3", "F", "praise + embedded wish: filter by operator", "Complimenti",
"""Ciao a tutti,

volevo farvi i complimenti per l'app, la usiamo tutti i giorni in negozio e ci ha semplificato la vita. Unica cosa: ci farebbe molto comodo poter filtrare le vendite per operatore, così a fine mese vediamo chi ha venduto cosa.

Grazie ancora!
Luca""")
    m(B, "it", "n1", "", "bug report: save button does nothing since yesterday", "Pulsante salva",
"""Buongiorno, da ieri il pulsante Salva nella scheda cliente non fa più niente: clicco e non succede nulla, le modifiche si perdono. Potete verificare? Grazie, Franca""")

    # ---------------- de
    m(B, "de", "f1", "F", "formal: could you make it possible to assign tickets to several people", "Anregung Ticketzuweisung",
"""Sehr geehrte Damen und Herren,

könnten Sie es ermöglichen, ein Ticket mehreren Bearbeitern gleichzeitig zuzuweisen? Bei uns arbeiten häufig zwei Kollegen an einem Vorgang, und derzeit müssen wir uns mit Notizen behelfen.

Mit freundlichen Grüßen
Dr. Thomas Berger""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "f2", "F", "DATEV export on your roadmap?", "DATEV",
"""Hallo zusammen, steht ein DATEV-Export eigentlich auf eurer Roadmap? Unser Steuerberater fragt jedes Quartal danach. Grüße, Jens""")
    m(B, "de", "f3", "F", "curt, no umlauts: please bring back the old overview", "alte uebersicht",
"""bitte bringt die alte uebersicht zurueck, die neue ist viel zu unuebersichtlich. danke""")
    m(B, "de", "n1", "", "we found the setting, thanks", "Re: Export als CSV",
"""Hallo Frau Koch,

danke für Ihre schnelle Antwort, wir haben die Einstellung inzwischen gefunden. Der CSV-Export funktioniert einwandfrei.

Viele Grüße
Markus Weber

-----Ursprüngliche Nachricht-----
Von: Support
Betreff: Export als CSV
> Den CSV-Export finden Sie unter Berichte > Exportieren.""")

    # ---------------- others
    m(B, "en", "f1", "F", "subject only, curt", "Feature request: recurring invoices",
"""As per subject. We bill the same 40 clients every month.

Sent from my iPhone""")
    m(B, "en", "n1", "", "newsletter announcing new features", "What's new in November",
"""Hi there,

Here's what's new this month: dark mode, a brand-new Excel export and faster search. Many of these came from your suggestions, so keep them coming!

You are receiving this email because you signed up for product updates. Unsubscribe at any time.""", fmt="html")
    m(B, "es", "f1", "F", "it would help us a lot if: WhatsApp reminders", "Recordatorios",
"""Hola, nos ayudaría muchísimo que los recordatorios de cita se pudieran mandar por WhatsApp además de por email. Muchos pacientes no leen el correo. Gracias, Elena""")
    m(B, "fr", "n1", "", "how-to question: how to change the invoice logo", "logo facture",
"""Bonjour, comment puis-je changer le logo qui apparaît sur mes factures ? Je ne trouve pas l'option. Merci d'avance, Sophie""")
    m(B, "pt", "f1", "F", "BR: can you also support Pix", "Pix",
"""Oi, vocês conseguem também aceitar pagamento via Pix? Hoje só tem cartão e boleto e a gente perde cliente por isso.""")
    m(B, "pl", "n1", "", "bug report: totals wrong on invoice", "Błędna suma",
"""Dzień dobry, na fakturze nr 112/2026 suma brutto nie zgadza się z sumą pozycji, brakuje 0,02 zł. To chyba błąd zaokrąglenia w systemie. Pozdrawiam, Tomasz""", fmt="qp", charset="iso-8859-2")
