"""devset11 bug-feature, batch 6 (measured before tuning on it; written after b5 tuning)."""
B = "b6"

def add(m):
    # ================= en
    m(B, "en", "b1", "B", "invoice PDF shows previous month's date", "Invoice dates",
"""Hi support,

All the invoices we raised today have the date 24/10/2026 printed on the PDF instead of today's date. The invoice list in the app shows the correct date. We've sent about 30 of these out already.

Regards
Sam Okafor
Okafor Electrical""")
    m(B, "en", "b2", "B", "customers charged the deposit twice at checkout (reporting system behaviour)", "Double deposit",
"""Since the update on Tuesday, online bookings are taking the £20 deposit twice from the customer's card - we can see both transactions in Stripe a second apart. Only the online booking page does it, phone bookings we take through the admin are fine. Can you look into it before more customers notice?""")
    m(B, "en", "b3", "B", "quoted-printable, mobile app: can't scroll past 6pm on the calendar", "Calendar on iPhone",
"""Hi,

On the iPhone app the day view won't scroll down past 6pm, so I can't see or tap any evening appointments. On the iPad and website I can scroll the whole day fine. iOS 18.1, latest app version.

Thanks
Mia""", fmt="qp")
    m(B, "en", "f1", "F", "we are missing: export to QuickBooks format", "Quickbooks",
"""Hi, we are missing a way to get our sales into QuickBooks. Right now someone retypes the daily totals every evening. A QuickBooks export (or even a CSV laid out the way QuickBooks wants it) would save us a lot of hassle. Thanks, Dave""")
    m(B, "en", "f2", "F", "could you make it possible for clients to reschedule themselves", "Clients rescheduling",
"""Hello,

Could you make it possible for clients to move their own appointment (within limits we set)? At the moment they can only cancel, and then they ring us to rebook, which defeats the point of online booking.

Kind regards,
Lisa Grant""")
    m(B, "en", "n1", "", "how-to: can I set reminders 48h before (exists)", "reminder timing",
"""Hi, can I change the reminder so it goes out 48 hours before instead of 24? Where do I do that? Thanks, Beth""")
    m(B, "en", "n2", "", "praise about feature added", "Loving the new app",
"""Hi all, the new client app you launched is great - our clients love being able to see their upcoming appointments. Thanks for listening to feedback! Rob""")

    # ================= de
    m(B, "de", "b1", "B", "Suche: Umlaute findet nichts", "Suche mit Umlauten",
"""Hallo, wenn ich in der Kundensuche "Müller" eingebe, kommt kein Treffer, bei "Muller" finde ich ihn. Bei allen Namen mit ä, ö, ü dasselbe. Das war früher nicht so. Danke, Ralf""")
    m(B, "de", "b2", "B", "Bestätigungsmails kommen an falsche Kunden", "Bestätigung an falschen Kunden",
"""Guten Morgen,

heute hat eine Kundin eine Terminbestätigung bekommen, die eigentlich für einen ganz anderen Kunden war – mit dessen Namen und Termin. Ich habe nichts falsch eingetragen, die E-Mail-Adressen stimmen im Kundenprofil.

Viele Grüße
Nicole Hartmann""")
    m(B, "de", "f1", "F", "Mehrsprachigkeit: Buchungsseite auf Türkisch und Arabisch", "Buchungsseite mehrsprachig",
"""Hallo, viele unserer Kundinnen sprechen besser Türkisch oder Arabisch als Deutsch. Könntet ihr die Buchungsseite auch in diesen Sprachen anbieten? Würde uns viele Rückfragen am Telefon ersparen. LG Elif""")
    m(B, "de", "n1", "", "outage", "Server nicht erreichbar",
"""Hallo, euer Server ist seit 9 Uhr nicht erreichbar, bei allen Mitarbeitern und auf allen Geräten. Wann geht es wieder?""", forbid="B")
    m(B, "de", "n2", "", "how-to", "Öffnungszeiten ändern",
"""Hallo, wie ändere ich die Öffnungszeiten für Heiligabend? Nur für diesen einen Tag. Danke""")

    # ================= da
    m(B, "da", "b1", "B", "payments marked unpaid although paid", "Betalte fakturaer står som ubetalte",
"""Hej, fakturaer som kunderne har betalt via betalingslinket står stadig som ubetalte i systemet, og de får rykkere. Pengene er gået ind på vores konto. Det startede i sidste uge. Mvh Kasper""")
    m(B, "da", "f1", "F", "would like API for bookings", "API",
"""Hej, vi vil gerne kunne hente bookinger ud via et API til vores egen hjemmeside, men kan ikke se at det findes. Er det noget I har tænkt jer at lave? Mvh Jonas, udvikler""")
    m(B, "da", "n1", "", "billing", "Opsigelse",
"""Hej, vi vil gerne opsige vores abonnement pr. 31. december. Hvad skal vi gøre? Mvh Inge""")

    # ================= ro
    m(B, "ro", "b1", "B", "app crashes when scanning barcode on one phone", "Scanare coduri",
"""Bună, când încerc să scanez un cod de bare cu telefonul (Xiaomi Redmi Note 12) aplicația se închide imediat. Pe telefonul colegului merge. Am reinstalat aplicația. Mulțumesc, Florin""")
    m(B, "ro", "f1", "F", "more languages for invoices: Hungarian", "Facturi în maghiară",
"""Bună ziua, avem mulți clienți din Ungaria și ne-ar trebui facturi și în limba maghiară. Momentan putem doar română și engleză. Se poate face asta pe viitor? Mulțumim, Zsolt""")
    m(B, "ro", "n1", "", "praise", "Mulțumiri",
"""Bună, noua funcție de programări recurente e super, ne-a ușurat mult munca. Felicitări echipei! Daniela""")

    # ================= pl
    m(B, "pl", "b1", "B", "report shows gross as net", "Raport netto/brutto",
"""Dzień dobry, w raporcie sprzedaży kolumna "netto" pokazuje kwoty brutto, czyli z VAT-em. Sprawdziłam na kilku fakturach. Księgowa robi przez to błędy. Pozdrawiam, Ewelina""")
    m(B, "pl", "f1", "F", "dark mode", "Tryb ciemny",
"""Cześć, czy dałoby się dodać tryb ciemny do aplikacji? Pracujemy wieczorami i jasny ekran męczy oczy. Dzięki, Bartek""")
    m(B, "pl", "n1", "", "how-to", "Zmiana hasła",
"""Dzień dobry, jak mogę zmienić hasło do konta? Nie widzę tej opcji w profilu. Dziękuję""")

    # ================= es
    m(B, "es", "b1", "B", "calendar shows appointments one hour later since Sunday", "Citas desplazadas",
"""Hola,

desde el domingo todas las citas de la agenda aparecen una hora más tarde de lo que reservó el cliente. La cita de las 10 sale a las 11. Ya he comprobado la zona horaria en ajustes y está bien puesta.

Gracias,
Beatriz""")
    m(B, "es", "f1", "F", "we are missing: bulk price edit", "Cambiar precios",
"""Buenas, nos falta una manera de cambiar los precios de todos los servicios de golpe. Subimos un 3% cada enero y hay que ir uno por uno, son más de 80. Sería un detalle que lo añadierais. Saludos, Jorge""")
    m(B, "es", "n1", "", "billing", "Factura",
"""Hola, ¿me podéis enviar la factura del mes pasado con los datos fiscales de la empresa? Gracias""")

    # ================= fr
    m(B, "fr", "b1", "B", "CSV export garbled", "Export illisible",
"""Bonjour, le fichier CSV des clients que j'exporte est illisible dans Excel : tout est dans une seule colonne et les accents sont remplacés par des symboles. Le mois dernier il s'ouvrait parfaitement. Cordialement, Patrick""")
    m(B, "fr", "f1", "F", "integration with Doctolib-like / Google agenda", "Synchronisation Google Agenda",
"""Bonjour,

Serait-il possible de synchroniser notre agenda avec Google Agenda ? Nos praticiens utilisent tous Google sur leur téléphone et doivent aujourd'hui tout recopier à la main.

Merci d'avance,
Dr Laure Martin""")
    m(B, "fr", "n1", "", "quoted history only", "RE: Mode sombre",
"""D'accord, merci pour votre réponse rapide.

Bien cordialement,
Agnès

> Bonjour Agnès, nous avons bien noté votre demande.
>> Est-ce que vous pourriez ajouter un mode sombre ? Ce serait génial.""")

    # ================= nl
    m(B, "nl", "b1", "B", "appointment confirmations in English though Dutch set", "Bevestiging in het Engels",
"""Hoi, sinds een paar dagen gaan de bevestigingsmails naar onze klanten in het Engels, terwijl alles op Nederlands staat ingesteld. Eerder was dat nooit zo. Groet, Joost""")
    m(B, "nl", "f1", "F", "would like split payments", "Gedeeltelijke betaling",
"""Goedemorgen, wij zouden het fijn vinden als klanten een behandeling in termijnen kunnen betalen. Nu kan alleen het hele bedrag in één keer. Is daar iets voor te regelen in de toekomst? Groeten, Anouk""")
    m(B, "nl", "n1", "", "outage", "Alles plat",
"""Hallo, de hele omgeving ligt plat, niemand van ons kan inloggen sinds half negen. Wanneer is het opgelost?""", forbid="B")

    # ================= sv
    m(B, "sv", "b1", "B", "photos uploaded appear rotated", "Bilder vänds",
"""Hej! Bilderna vi laddar upp från mobilen hamnar liggande, fast de är tagna stående. I mobilens galleri ser de rätt ut. Har testat på flera telefoner. /Fredrik""")
    m(B, "sv", "f1", "F", "please add more users roles", "Behörigheter",
"""Hej, vi skulle behöva kunna begränsa vad våra timanställda ser, idag ser alla allt, även ekonomin. Kan ni bygga in olika behörighetsnivåer? Mvh Karin Holm""")
    m(B, "sv", "n1", "", "how-to", "Lägga till semester",
"""Hej, hur lägger jag in semester för en anställd så att ingen kan boka henne? Tack""")

    # ================= it
    m(B, "it", "b1", "B", "emails to clients sent to wrong address", "Email ai clienti sbagliati",
"""Buongiorno, le conferme di prenotazione vengono mandate all'indirizzo email del cliente precedente invece che a quello giusto. Oggi due clienti hanno ricevuto la conferma di qualcun altro. Grazie, Alessandro""")
    m(B, "it", "f1", "F", "bulk SMS / campaign, we would need it", "Invio SMS a tutti",
"""Ciao, ci servirebbe poter inviare un SMS a tutti i clienti contemporaneamente, tipo per comunicare le chiusure. Adesso lo facciamo dal telefono uno per uno. Pensate di inserirlo? Grazie, Martina""")
    m(B, "it", "n1", "", "how-to", "Cambiare la password",
"""Buongiorno, come cambio la password del mio account? Grazie""")

    # ================= pt
    m(B, "pt", "b1", "B", "totals in report don't match invoices", "Totais não batem",
"""Olá, o total do relatório mensal não bate com a soma das faturas do mês, há uma diferença de 312 euros. Já verifiquei fatura a fatura. Podem ver? Obrigado, Luís""")
    m(B, "pt", "f1", "F", "API webhook for payments", "Webhook de pagamentos",
"""Olá equipa, seria possível enviarem um webhook quando um pagamento é confirmado? Precisamos disso para atualizar o nosso ERP automaticamente. Hoje verificamos à mão. Cumprimentos, Nuno Reis""")
    m(B, "pt", "n1", "", "praise", "Parabéns",
"""Boa tarde, a nova versão da app está ótima, muito mais rápida. Parabéns a toda a equipa! Ana""")
