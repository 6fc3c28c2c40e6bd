"""devset11 bug-feature, batch 2 (measured before tuning on it; written after b1 tuning)."""
B = "b2"

def add(m):
    # ================= en
    m(B, "en", "b1", "B", "mail merge placeholders not filled", "Customers getting {first_name}",
"""Morning,

Our appointment reminders have started going out with "Dear {first_name}," at the top instead of the client's actual name. Had two clients reply asking if we'd been hacked lol. The template looks fine when I open it and the preview shows the name properly. This only started this week.

Thanks,
Gemma @ Willow Physio""")
    m(B, "en", "b2", "B", "android app closes on map tab, only on one phone model", "Pixel 7 - app closes when I open Map",
"""Hi,

on my Pixel 7 the driver app just closes the moment I tap the Map tab. No message, straight back to the home screen. My colleague has a Samsung and it's fine for him. I've uninstalled and put it back on, same thing. Android 14, app version 5.2.1.

Steve""")
    m(B, "en", "b3", "B", "rota printout last column chopped since new version", "Weekly rota printout",
"""Since you released the new version on Monday, printing the weekly rota gives me a page where Sunday is chopped off the right-hand side. Before it fitted on one A4 sheet no problem. Changing the margins in the print dialog makes no difference.""")
    m(B, "en", "f1", "F", "role permissions missing, staff shouldn't see revenue", "User permissions",
"""Hi there,

We've grown to 12 staff and it's getting awkward that everyone who logs in can see the revenue reports. Ideally I'd like the front desk team to only see the calendar and client notes. At the moment I don't think there's any way to restrict that? Would be a big improvement for businesses our size.

Thanks
Hannah Clarke
Practice Manager""")
    m(B, "en", "f2", "F", "asks about API endpoint, docs say no", "API - invoices",
"""Hey, we're building a small internal dashboard and wanted to pull invoices via your API. From the docs it looks like only customers and bookings are exposed. Are invoices likely to be added at some point? Even read-only would be enough for us.

Cheers,
Ali (dev @ Northgate Fitness)""")
    m(B, "en", "n1", "", "how-to: where is the dark mode toggle, colleague has it", "dark mode?",
"""hi, my colleague has the app in dark mode but I can't find where to switch it on, where's the setting? thanks""")
    m(B, "en", "n2", "", "praise for bulk edit that was just released", "Bulk edit = lifesaver",
"""Just wanted to say the bulk edit you added last week is brilliant. Updated 200 product prices in about five minutes this morning. Thank you to whoever built it!

Lou""")
    m(B, "en", "n3", "", "billing: switch to annual plan", "Annual billing",
"""Hello, we'd like to move from monthly to annual billing from December. Could you tell me what the annual price would be for 8 users and whether we'd get credit for the rest of November? Thanks, Graham (Finance)""")
    m(B, "en", "n4", "", "total outage, status page green", "Everything down?",
"""Neither the app nor the website will load for anyone here, just keeps spinning then says can't connect. Your status page says all systems operational?? We're a clinic, we need this back now.""", forbid="B")

    # ================= de
    m(B, "de", "b1", "B", "counter shows 3 open tickets but list empty", "Zähler vs. Liste",
"""Hallo,

oben im Menü steht bei "Offen" eine 3, aber wenn ich draufklicke ist die Liste leer. Das geht seit Tagen so, auch nach Ab- und wieder Anmelden. Meine Kollegin sieht bei sich dieselbe 3.

Gruß Tobias""")
    m(B, "de", "b2", "B", "password reset link leads back to login, loop", "Passwort zurücksetzen klappt nicht",
"""Guten Tag,

ich habe dreimal auf "Passwort vergessen" geklickt und bekomme auch jedes Mal die Mail. Wenn ich dann auf den Link darin klicke, lande ich aber einfach wieder auf der Anmeldeseite, ohne dass ich ein neues Passwort vergeben kann. Andere Kollegen können sich ganz normal anmelden.

Mit freundlichen Grüßen
Renate Schulz""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "f1", "F", "schnittstelle to lexoffice would be nice", "Lexoffice",
"""Moin,

schön wäre eine Anbindung an Lexoffice, dann müssten wir die Rechnungen nicht mehr jeden Monat als PDF runterladen und dort wieder hochladen. Gibt es da Überlegungen?

Grüße aus Hamburg
Finn""")
    m(B, "de", "f2", "F", "is there a way to merge duplicate customers; couldn't find, please note as wish", "Kunden zusammenführen",
"""Hallo,

gibt es eine Möglichkeit, doppelt angelegte Kunden zusammenzuführen? Ich habe in der Hilfe nichts dazu gefunden. Falls das nicht geht, nehmt es bitte als Wunsch auf, wir haben über 100 Dubletten nach dem Import aus dem alten System.

Danke
Lea""")
    m(B, "de", "n1", "", "total outage for all", "Totalausfall",
"""Seit 10 Uhr kommt bei uns keiner mehr rein, weder über den Browser noch über die App. Alle Standorte betroffen. Wann ist das System wieder verfügbar?""", forbid="B")
    m(B, "de", "n2", "", "cancellation/billing question", "Kündigung",
"""Hallo, zu wann kann ich unseren Vertrag kündigen und bekomme ich für den Rest des Jahres etwas zurück? Viele Grüße, H. Maier""")

    # ================= da
    m(B, "da", "b1", "B", "search with spaces in phone number finds nothing", "Søgning på telefonnummer",
"""Hej

Hvis jeg søger på et telefonnummer med mellemrum, fx "20 45 67 89", finder den ingenting, selvom kunden står der med præcis det nummer. Uden mellemrum finder den kunden fint. Det var ikke sådan før.

Mvh
Louise""")
    m(B, "da", "b2", "B", "dates in export swapped day/month", "Datoer i eksport",
"""Hej, når jeg trækker salgsrapporten ud som Excel, står datoerne med måned og dag byttet om, så 3. november bliver til 11. marts. På skærmen står de rigtigt. /Niels""")
    m(B, "da", "f1", "F", "we miss the possibility to send SMS reminders", "SMS påmindelser",
"""Hej

Vi savner muligheden for at sende påmindelser som SMS. Mange af vores ældre kunder læser ikke mails, og vi ringer dem op i stedet. Er det noget I arbejder på?

Venlig hilsen
Gitte Mortensen""")
    m(B, "da", "n1", "", "praise for new app", "Ny app",
"""Hej, bare en hurtig hilsen: den nye app er virkelig god, meget hurtigere end den gamle. Godt arbejde! Mvh Søren""")

    # ================= ro
    m(B, "ro", "b1", "B", "Romanian diacritics broken in PDF", "Diacritice în PDF",
"""Bună ziua,

În facturile PDF literele ă, ș, ț apar ca niște pătrățele sau semne ciudate, de exemplu "Bucure□ti". În aplicație textul se vede corect. Clienții ne-au întrebat ce s-a întâmplat.

Cu stimă,
Elena Dumitrescu""")
    m(B, "ro", "b2", "B", "after update notifications come in English", "Notificări în engleză",
"""Salut, după ultima actualizare toate notificările din aplicație vin în engleză, deși limba contului e setată pe română. Am verificat setările de două ori. Mulțumesc, Vlad""")
    m(B, "ro", "f1", "F", "export in XML for SAGA accounting", "Export pentru SAGA",
"""Bună ziua,

Lucrăm cu programul de contabilitate SAGA și ne-ar ajuta enorm un export al facturilor în formatul lor XML. Acum contabila le introduce de mână pe toate. Există șanse să adăugați așa ceva?

Mulțumim,
Cristina Ionescu""")
    m(B, "ro", "n1", "", "how-to: how to change invoice series (exists)", "Serie facturi",
"""Bună, cum schimb seria facturilor de la anul nou? Am găsit setările dar nu știu ce să completez la număr de început. Mersi, Dan""")

    # ================= pl
    m(B, "pl", "b1", "B", "customer gets the same mail three times", "Klienci dostają 3 maile",
"""Dzień dobry,

nasi klienci od poniedziałku dostają potwierdzenie rezerwacji trzy razy, jedno po drugim. Nic nie zmienialiśmy w ustawieniach. Wygląda to dość nieprofesjonalnie.

Pozdrawiam,
Marta Kowalczyk""")
    m(B, "pl", "f1", "F", "bulk edit would be handy", "Edycja wielu produktów",
"""Cześć, przydałaby się opcja zmiany kategorii dla wielu produktów naraz. Teraz przy 500 produktach muszę klikać każdy osobno, zajmuje to cały dzień. Pozdrawiam, Tomek""")
    m(B, "pl", "f2", "F", "planning Ukrainian language?", "Język ukraiński",
"""Dzień dobry, zatrudniamy sporo osób z Ukrainy. Czy jest szansa, że aplikacja będzie kiedyś dostępna po ukraińsku? Bardzo by to ułatwiło wdrożenie nowych pracowników. Dziękuję, Oksana""")
    m(B, "pl", "n1", "", "total outage for all", "Nie działa nic",
"""Witam, od rana nikt w firmie nie może się zalogować, strona w ogóle się nie otwiera. Czy macie awarię?""", forbid="B")

    # ================= es
    m(B, "es", "b1", "B", "dates exported as numbers in Excel", "Fechas en el Excel",
"""Hola,

al exportar las reservas a Excel, la columna de fecha sale como números raros tipo 45231 en vez de la fecha. Antes salía bien, el mes pasado lo hice sin problema.

Saludos,
Andrés""")
    m(B, "es", "b2", "B", "iPad app closes when rotating screen", "La app se cierra en el iPad",
"""Buenas tardes, en el iPad cuando giro la pantalla para verla en horizontal la aplicación se cierra sola. En el móvil no pasa. Tengo la última versión instalada. Gracias, Pilar""")
    m(B, "es", "f1", "F", "is there a way... searched, nothing; if not exists would be good", "Notas internas",
"""Hola,

¿Hay alguna forma de dejar notas internas en una cita que el cliente no vea? He mirado en todas partes y no encuentro nada. Si no existe, sería muy útil para nosotros, ahora apuntamos todo en una libreta aparte.

Gracias,
Nerea""")
    m(B, "es", "f2", "F", "missing integration with Holded", "Holded",
"""Buenas, echamos en falta una integración con Holded para la contabilidad. ¿Está en vuestros planes? Saludos, Iván""")
    m(B, "es", "n1", "", "how-to: change invoice language (exists)", "Idioma de las facturas",
"""Hola, ¿cómo cambio el idioma de las facturas a inglés para un cliente concreto? Sé que se puede porque lo hice una vez. Gracias""")

    # ================= fr
    m(B, "fr", "b1", "B", "cart total ignores discount", "Remise non appliquée",
"""Bonjour,

quand un client saisit un code promo, le message « code appliqué » s'affiche mais le total du panier reste le même. On a perdu au moins deux ventes ce week-end à cause de ça.

Cordialement,
Amélie""")
    m(B, "fr", "b2", "B", "reminders sent at 23h the day before instead of 9h", "Rappels envoyés en pleine nuit",
"""Bonjour, depuis le passage à l'heure d'hiver nos rappels partent à 23h la veille au lieu de 9h le matin. Plusieurs clients se sont plaints d'être réveillés. Le réglage est toujours sur 9h00 chez nous. Merci de regarder, Julien""")
    m(B, "fr", "f1", "F", "missing: FEC export for accountant", "Export FEC",
"""Bonjour,

Il nous manque un export au format FEC pour notre expert-comptable. Aujourd'hui on exporte en Excel puis il retraite tout à la main. Est-ce que vous comptez proposer ça un jour ?

Merci d'avance,
Claire Bonnet""")
    m(B, "fr", "f2", "F", "would be top to have a mobile app for iPad", "App iPad",
"""Salut, ce serait top d'avoir une vraie appli pour iPad, le site sur tablette n'est pas pratique du tout à l'accueil. Bonne journée, Manon""")
    m(B, "fr", "n1", "", "praise for new export feature", "Merci pour le nouvel export",
"""Bonjour, juste un mot pour vous dire que le nouvel export vers la compta que vous avez sorti est parfait, ça nous fait gagner un temps fou. Merci ! Isabelle""")
    m(B, "fr", "n2", "", "total outage", "Site inaccessible",
"""Bonjour, le site est inaccessible pour toute l'équipe depuis ce matin, personne ne peut se connecter. C'est une panne chez vous ?""", forbid="B")

    # ================= nl
    m(B, "nl", "b1", "B", "reminder contains previous customer's name", "Verkeerde naam in herinnering",
"""Hallo,

een klant kreeg vanochtend een herinnering met de naam en het adres van een andere klant erin. Ik heb het nagekeken en bij hem staat alles goed. Dit is natuurlijk niet de bedoeling qua privacy.

Met vriendelijke groet,
Wouter Smit""")
    m(B, "nl", "b2", "B", "cannot scroll form in Safari", "Formulier Safari",
"""Hoi, op de Mac in Safari kan ik in het aanmeldformulier niet naar beneden scrollen, de knop Versturen valt daardoor buiten beeld. In Chrome gaat het prima. Groetjes, Esther""")
    m(B, "nl", "f1", "F", "wij zouden graag zien: tags on clients", "Labels bij klanten",
"""Goedemorgen,

Wij zouden graag zien dat je klanten labels kunt geven, bijvoorbeeld 'VIP' of 'wanbetaler', zodat we daarop kunnen filteren. Nu houden we dat in een apart Excelbestand bij. Is dat iets voor een volgende versie?

Groet,
Henk""")
    m(B, "nl", "n1", "", "feature request only in quoted history, now thanks", "Re: Donkere modus",
"""Dank voor het snelle antwoord, fijn dat het doorgegeven is!

Groet, Ilse

Op 19 nov. 2026 schreef Support:
> Beste Ilse, we hebben je verzoek voor een donkere modus doorgegeven aan het productteam.
>> Kunnen jullie een donkere modus toevoegen? Dat zou fijn zijn voor de ogen.""")

    # ================= sv
    m(B, "sv", "b1", "B", "time in booking confirmation off by an hour", "Fel tid i bekräftelsen",
"""Hej!

Tiden i bokningsbekräftelsen som går ut till kunden är en timme fel, bokar man 10:00 står det 11:00 i mejlet. I kalendern hos oss står det rätt. Vi har fått flera kunder som kommit en timme för sent.

/Sara""")
    m(B, "sv", "f1", "F", "could you add export to SIE format", "SIE-export",
"""Hej,

Skulle ni kunna lägga till export i SIE-format? Vår redovisningsbyrå kräver det och just nu får vi knappa in allt för hand. Det hade underlättat enormt.

Mvh
Gustav Nilsson""")
    m(B, "sv", "n1", "", "billing: VAT on invoice question", "Moms på fakturan",
"""Hej, varför står det 25 % moms på er faktura när vi har angett vårt momsregistreringsnummer? Vi är ett företag i Finland. Tack, Mikael""")

    # ================= it
    m(B, "it", "b1", "B", "calendar shows appointments of another colleague", "Appuntamenti di un'altra collega",
"""Buongiorno,

da stamattina nel mio calendario vedo gli appuntamenti della mia collega Sara invece dei miei. Se esco e rientro a volte si sistema, a volte no. I suoi clienti mi chiamano e non so cosa dire.

Grazie,
Valentina""")
    m(B, "it", "b2", "B", "CSV all in one column", "CSV tutto in una colonna",
"""Ciao, il file CSV dei clienti che scarico adesso ha tutto in una sola colonna, separato da virgole invece che da punto e virgola come prima, quindi Excel non lo legge più. Prima dell'aggiornamento andava benissimo. Davide""")
    m(B, "it", "f1", "F", "plans for integration with Fatture in Cloud", "Integrazione",
"""Buongiorno, avete in programma un'integrazione con Fatture in Cloud? Ci servirebbe molto, al momento copiamo a mano ogni fattura. Cordiali saluti, Roberta Gallo""")
    m(B, "it", "n1", "", "how-to: set opening hours (exists)", "Orari di apertura",
"""Salve, dove si impostano gli orari di apertura diversi per il sabato? Non riesco a trovare la voce. Grazie""")
    m(B, "it", "n2", "", "praise", "Complimenti",
"""Buonasera, volevo solo farvi i complimenti per la nuova versione dell'app, è molto più veloce e chiara. Bravi! Antonio""")

    # ================= pt
    m(B, "pt", "b1", "B", "pay button does nothing on iPhone", "Botão Pagar",
"""Olá, no iPhone o botão "Pagar agora" não reage quando o cliente toca nele, fica tudo parado. No Android e no computador funciona. Já tivemos três clientes a queixar-se hoje. Cumprimentos, Tiago""")
    m(B, "pt", "f1", "F", "seria uma mão na roda: recurring appointments", "Marcações recorrentes",
"""Oi! Seria uma mão na roda se desse para criar marcações recorrentes, tipo toda terça às 10h. Hoje tenho que criar uma por uma para cada paciente que vem toda semana. Beijos, Camila""")
    m(B, "pt", "f2", "F", "thinking about Android app?", "App para Android",
"""Boa tarde, vocês pensam em lançar uma app para Android? Metade da nossa equipa usa Android e só existe para iPhone. Obrigado, Rui""")
    m(B, "pt", "n1", "", "billing: change card", "Cartão de crédito",
"""Bom dia, como altero o cartão de crédito associado à conta? O antigo expirou e não quero que a assinatura seja cancelada. Obrigada""")
