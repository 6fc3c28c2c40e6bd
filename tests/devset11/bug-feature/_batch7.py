"""devset11 bug-feature, batch 7 (measured before tuning on it; written after b6 tuning). Heavier on hard negatives."""
B = "b7"

def add(m):
    # ================= en
    m(B, "en", "b1", "B", "export to Excel: numbers as text, sums don't work", "Excel export numbers",
"""Hi, when I export the sales report to Excel all the amounts come through as text with a little green triangle, so SUM just gives 0. Last month's export was fine. Is something different now? Thanks, Neil""")
    m(B, "en", "b2", "B", "clients receive SMS reminders for cancelled appointments", "Cancelled but reminded",
"""Morning - clients who cancelled online are still getting the reminder text the day before, and some are turning up because they think we've rebooked them. Happened 4 times this week. Could you check?

Anna
Reception, Parkside Dental""")
    m(B, "en", "f1", "F", "any plans for an Apple Watch / better notifications? indirect", "Notifications on the watch",
"""Quick question - our stylists wear Apple Watches and would love to see their next client on the watch without getting the phone out. Not sure if that's on your radar at all but thought I'd ask. Cheers, Kat""")
    m(B, "en", "n1", "", "how-to: how to undo a cancellation", "Undo cancel",
"""I accidentally cancelled a client's appointment, is there any way to undo it or do I have to rebook it from scratch? Thanks""")
    m(B, "en", "n2", "", "billing: charged for extra user, asking why", "Extra charge",
"""Hi, our card was charged £12 more than usual this month. Is that for the extra user we added mid-month? Just want to understand the invoice. Thanks, Mark""")
    m(B, "en", "n3", "", "praise with 'would be great' for nothing specific", "Thanks!",
"""Just wanted to say a big thank you to Sophie in your team who sorted out our import on Friday. Really appreciated. Would be great if she could be thanked by her manager! Best, Tom""")
    m(B, "en", "n4", "", "outage: app and site down, errors", "App down again",
"""The app and website are both down again for all of us - nothing loads, just an error page. Third time this month. When will it be back?""", forbid="B")

    # ================= de
    m(B, "de", "b1", "B", "Rabatt wird bei Rechnung nicht übernommen", "Rabatt fehlt auf Rechnung",
"""Hallo, im Angebot steht der vereinbarte Rabatt von 10 % drin, aber wenn ich das Angebot in eine Rechnung umwandle, fehlt der Rabatt plötzlich und es steht der volle Preis drauf. Das ist jetzt schon bei drei Kunden passiert. Grüße, Marco""")
    m(B, "de", "f1", "F", "Wunsch: Serienmail an Kunden", "Rundmail",
"""Hallo, wir würden gern allen Kunden eine Rundmail schicken können, z.B. wenn wir Betriebsurlaub machen. Gibt es so etwas schon bzw. ist das angedacht? Im Menü habe ich nichts gefunden. Gruß, Uwe""")
    m(B, "de", "n1", "", "how-to: Rechnung stornieren", "Rechnung stornieren",
"""Hallo, ich habe eine Rechnung mit falschem Betrag erstellt. Wie kann ich sie stornieren und neu erstellen? Danke, Petra""")
    m(B, "de", "n2", "", "Lob für neue Funktion", "Super Update",
"""Hallo zusammen, das letzte Update mit der neuen Exportfunktion ist klasse, genau so haben wir uns das gewünscht. Vielen Dank! Jörg""")

    # ================= da
    m(B, "da", "b1", "B", "weekly report mail arrives empty", "Tom ugerapport",
"""Hej, den ugentlige rapport vi får på mail mandag morgen er tom de sidste tre uger, der står bare 'Ingen data'. Inde i systemet kan jeg sagtens se tallene. Mvh Ole""")
    m(B, "da", "n1", "", "how-to", "Flytte en aftale",
"""Hej, kan man flytte en aftale til en anden medarbejder uden at slette den? Hvordan gør jeg? Mvh Tina""")

    # ================= ro
    m(B, "ro", "f1", "F", "ar fi util: rapoarte trimise automat", "Rapoarte automate",
"""Bună ziua, ar fi foarte util dacă raportul de vânzări s-ar trimite automat pe email în fiecare luni dimineață. Acum îl descarc manual în fiecare săptămână. Mulțumesc, Adrian""")
    m(B, "ro", "n1", "", "billing", "Factură",
"""Bună, puteți să-mi retrimiteți factura pentru octombrie? Nu o mai găsesc. Mulțumesc""")
    m(B, "ro", "n2", "", "outage", "Aplicația nu merge deloc",
"""Bună, de azi dimineață nu merge nimic, nici site-ul, nici aplicația, la toți colegii. Ce se întâmplă?""", forbid="B")

    # ================= pl
    m(B, "pl", "b1", "B", "can't save client, button greyed after update", "Nie mogę zapisać klienta",
"""Dzień dobry, od wczorajszej aktualizacji przycisk "Zapisz" przy dodawaniu nowego klienta jest cały czas szary, nawet jak wszystkie pola są wypełnione. Nie da się dodać nikogo nowego. Pozdrawiam, Grzegorz""")
    m(B, "pl", "f1", "F", "integration with Google reviews", "Opinie Google",
"""Cześć, fajnie by było, gdyby po wizycie klient automatycznie dostawał prośbę o opinię w Google. Teraz wysyłamy to ręcznie. Dajcie znać, czy to możliwe w przyszłości. Pozdrawiam, Ola""")
    m(B, "pl", "n1", "", "praise", "Podziękowanie",
"""Dzień dobry, dziękujemy za szybką pomoc przy imporcie danych, wszystko działa. Pozdrawiamy""")

    # ================= es
    m(B, "es", "b1", "B", "tickets printed with wrong VAT", "IVA mal en tickets",
"""Hola, los tickets que imprimimos desde el TPV salen con el IVA al 10% cuando el producto está configurado al 21%. En la factura sale bien. Esto nos puede dar problemas con Hacienda. Gracias, Manuel""")
    m(B, "es", "n1", "", "how-to: change booking page colours", "Colores",
"""Hola! ¿Se pueden cambiar los colores de la página de reservas para que vayan con nuestra marca? ¿Dónde se hace? Gracias""")
    m(B, "es", "n2", "", "feature quoted in history, now thanks", "RE: Sugerencia lista de espera",
"""Perfecto, muchas gracias por tenerlo en cuenta.

Un saludo,
Pablo

> Hola Pablo, hemos trasladado tu sugerencia al equipo.
>> Estaría genial tener una lista de espera para las citas canceladas.""")

    # ================= fr
    m(B, "fr", "b1", "B", "emails arrive in spam since change / duplicates? -> link broken in email", "Lien de paiement",
"""Bonjour, le lien de paiement dans les e-mails envoyés aux clients mène vers une page blanche depuis lundi. Si je copie le lien dans le navigateur ça marche. Plusieurs clients n'ont pas pu payer. Merci de vérifier, Sylvie""")
    m(B, "fr", "f1", "F", "would like waiting room display", "Affichage salle d'attente",
"""Bonjour, on aimerait beaucoup pouvoir afficher la liste des prochains rendez-vous sur un écran dans la salle d'attente. Est-ce que c'est quelque chose que vous envisagez ? Merci, Hugo""")
    m(B, "fr", "n1", "", "praise for new feature", "Bravo",
"""Bonjour, bravo pour la nouvelle fonction de rappel par SMS, nos absences ont beaucoup baissé. Merci ! Claire""")

    # ================= nl
    m(B, "nl", "b1", "B", "client phone numbers lose leading zero", "Telefoonnummers zonder 0",
"""Hallo, bij alle klanten die we vorige week geïmporteerd hebben is de eerste 0 van het telefoonnummer weggevallen, dus 612345678 in plaats van 0612345678. Daardoor komen de sms-herinneringen niet aan. In ons bronbestand staat de 0 er wel. Groet, Lars""")
    m(B, "nl", "n1", "", "how-to", "Factuur aanpassen",
"""Hoi, hoe pas ik het adres op een factuur aan die al verstuurd is? Groet""")
    m(B, "nl", "n2", "", "billing", "Abonnement",
"""Goedemiddag, kunnen we ons abonnement tijdelijk pauzeren tijdens de wintermaanden? Wij zijn een strandpaviljoen. Groeten, Mark""")

    # ================= sv
    m(B, "sv", "f1", "F", "would like SMS reply handling", "Svar på sms",
"""Hej, när kunder svarar på våra påminnelse-sms hamnar svaren ingenstans. Det hade varit jättebra om svaren kom in i systemet så vi kunde läsa dem. Finns det tankar på det? /Nils""")
    m(B, "sv", "n1", "", "praise", "Nya kalendern",
"""Hej! Den nya kalendervyn är mycket bättre, bra jobbat. /Hanna""")

    # ================= it
    m(B, "it", "b1", "B", "online booking allows booking on closed days", "Prenotazioni nei giorni di chiusura",
"""Buongiorno, i clienti riescono a prenotare online anche di lunedì, che è il nostro giorno di chiusura ed è impostato come chiuso negli orari. Questa settimana ci siamo ritrovati con quattro prenotazioni di lunedì. Saluti, Fabio""")
    m(B, "it", "n1", "", "billing", "Disdetta",
"""Buongiorno, vorrei disdire l'abbonamento dalla fine di dicembre. Come devo procedere? Grazie""")

    # ================= pt
    m(B, "pt", "b1", "B", "discount codes accepted after expiry", "Códigos expirados",
"""Olá, os códigos de desconto continuam a funcionar depois da data de validade. Criei um código que acabava a 31 de outubro e ainda hoje há clientes a usá-lo. Obrigado, Ricardo""")
    m(B, "pt", "f1", "F", "export to SAF-T / accountant", "Exportar SAF-T",
"""Boa tarde, o nosso contabilista pede o ficheiro SAF-T todos os meses e o vosso programa não o gera. Conseguem acrescentar essa exportação? Poupava-nos imenso trabalho. Cumprimentos, Helena""")
    m(B, "pt", "n1", "", "how-to", "Horário de Natal",
"""Olá, como defino um horário especial só para a véspera de Natal? Obrigada""")
