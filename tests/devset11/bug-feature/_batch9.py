"""devset11 bug-feature, batch 9 (measured before tuning on it; written after b8 tuning)."""
B = "b9"

def add(m):
    # ================= en
    m(B, "en", "b1", "B", "online booking lets two clients book same slot", "Double bookings",
"""Hello, twice this week two different clients have managed to book the exact same 2pm slot online with the same therapist. The system should block that once the first one's in, shouldn't it? Now I have to ring one of them and apologise. Thanks, Hayley""")
    m(B, "en", "b2", "B", "names with apostrophes break", "O'Neill",
"""Any client with an apostrophe in their surname (O'Neill, D'Souza) shows up as O&#39;Neill on the invoices and in the reminder texts. Looks really unprofessional. Sorted it for you in the subject line so you can see what I mean.""")
    m(B, "en", "f1", "F", "wants to block time off for staff from the app", "Blocking holidays from the phone",
"""Hi, our staff can see their rota on the app but can't request or block out holiday from it, they have to email me and I put it in on the desktop. It would be so much easier if they could do it themselves on the phone. Is that something you're planning? Ta, Jo""")
    m(B, "en", "n1", "", "how-to phrased 'is there a way' (exists)", "Reports by month",
"""Is there a way to see revenue per month for the whole year on one screen? I know you have reports, I just can't figure out which one does that.""")
    m(B, "en", "n2", "", "bug fixed, thanks", "Re: Reminders",
"""Hi, yes that's fixed it - reminders are going out at the right time again. Thanks for your help! Lorna""")

    # ================= de
    m(B, "de", "b1", "B", "Gutschein wird zweimal eingelöst", "Gutschein mehrfach einlösbar",
"""Hallo, ein Kunde hat denselben Gutscheincode jetzt dreimal hintereinander benutzt, obwohl er nur einmal gültig sein sollte. Im Backend steht bei dem Code auch "einmalig". Bitte prüfen, das kostet uns Geld. Gruß, Nadine""")
    m(B, "de", "f1", "F", "Export nach Excel mit eigenen Spalten", "Export anpassen",
"""Hallo, beim Export der Kundenliste würden wir gern selbst auswählen, welche Spalten rauskommen. Aktuell ist das fest vorgegeben und wir löschen jedes Mal 15 Spalten von Hand. Ist so was möglich zu machen? Grüße, Fabian""")
    m(B, "de", "n1", "", "Wie-Frage zu bestehender Funktion", "Zwei-Faktor",
"""Hallo, wo aktiviere ich die Zwei-Faktor-Anmeldung für mein Konto? Danke, Lena""")

    # ================= da
    m(B, "da", "b1", "B", "prices without VAT on booking page", "Priser uden moms",
"""Hej, på vores bookingside vises priserne pludselig uden moms, selvom vi har valgt 'inkl. moms' i indstillingerne. Kunderne bliver overraskede ved betaling. Mvh Mads""")
    m(B, "da", "n1", "", "praise for added feature", "Tak for ventelisten",
"""Hej, ventelisten I har lavet er super, vi har allerede fyldt tre aflyste tider. Tak! Mvh Sofie""")

    # ================= ro
    m(B, "ro", "b1", "B", "client can't receive SMS if number has +40", "SMS-uri neprimite",
"""Bună ziua, clienții care au numărul salvat cu +40 în față nu primesc SMS-urile de confirmare, cei cu 07... le primesc. Înainte le primeau toți. Mulțumesc, Ovidiu""")
    m(B, "ro", "f1", "F", "would like staff commission report", "Comisioane",
"""Salut! Ne-ar fi de mare ajutor un raport cu comisioanele fiecărui angajat, calculate automat. Acum le facem cu calculatorul la final de lună. Aveți așa ceva în plan? Mersi, Loredana""")

    # ================= pl
    m(B, "pl", "f1", "F", "asks: SMS templates in Ukrainian chars", "Szablony SMS",
"""Dzień dobry, chcielibyśmy mieć kilka różnych szablonów SMS do wyboru, a nie tylko jeden. Np. inny dla nowych klientów, inny dla stałych. Czy to możliwe do wprowadzenia? Pozdrawiam, Dorota""")
    m(B, "pl", "n1", "", "billing", "Faktura korygująca",
"""Dzień dobry, proszę o fakturę korygującą, bo na ostatniej jest zła nazwa naszej firmy (literówka z naszej strony przy rejestracji). Dziękuję""")

    # ================= es
    m(B, "es", "b1", "B", "app shows other salon's services", "Servicios de otro centro",
"""Hola, en la app de clientes, al elegir nuestro centro aparecen servicios y precios que no son nuestros, creo que de otro salón. En la web sale todo correcto. Gracias, Noelia""")
    m(B, "es", "f1", "F", "echamos de menos: firma digital de consentimiento", "Consentimientos",
"""Hola, echamos de menos poder hacer firmar los consentimientos en la tablet antes del tratamiento. Ahora lo imprimimos y escaneamos. ¿Lo tenéis pensado? Saludos, Eva""")

    # ================= fr
    m(B, "fr", "b1", "B", "agenda: staff member disappears from view", "Collaboratrice disparue",
"""Bonjour, depuis ce matin une de nos esthéticiennes n'apparaît plus dans l'agenda, alors qu'elle est toujours active dans la liste du personnel et qu'elle a des rendez-vous demain. Merci de regarder rapidement, Céline""")
    m(B, "fr", "n1", "", "how-to", "Rappels",
"""Bonjour, comment désactiver les rappels SMS pour un seul client qui ne veut pas en recevoir ? Merci""")
    m(B, "fr", "n2", "", "outage", "Tout est bloqué",
"""Bonjour, plus personne ne peut se connecter chez nous depuis 10h, le site ne répond plus. Panne générale ?""", forbid="B")

    # ================= nl
    m(B, "nl", "b1", "B", "customer portal shows invoices of other customer", "Facturen van een ander",
"""Goedemorgen, een klant belde dat hij in zijn klantportaal facturen ziet van een ander bedrijf. Ik heb het zelf gecontroleerd met zijn login en het klopt. Graag snel oppakken. Groet, Erik""")
    m(B, "nl", "f1", "F", "wish: pauze tussen afspraken instelbaar", "Buffertijd",
"""Hoi, ik zou graag automatisch 10 minuten tussen twee afspraken willen hebben om schoon te maken. Nu moet ik steeds zelf een blokje inplannen. Kan dat er misschien bij komen? Groetjes, Nina""")

    # ================= sv
    m(B, "sv", "b1", "B", "statistics page shows last year", "Statistiken visar fel år",
"""Hej, när jag öppnar statistiken visar den alltid siffrorna för 2025 fast jag väljer 2026 i listan. Byter jag flik och tillbaka blir det rätt. Mvh Viktor""")
    m(B, "sv", "n1", "", "billing", "Faktura",
"""Hej, kan ni skicka fakturan till vår ekonomiavdelning istället? ekonomi@firma.example. Tack""")

    # ================= it
    m(B, "it", "f1", "F", "vorremmo la possibilità di note vocali", "Note vocali",
"""Buongiorno, vorremmo avere la possibilità di registrare note vocali sulla scheda cliente, perché durante i trattamenti non abbiamo le mani libere per scrivere. Ci state pensando? Grazie, Serena""")
    m(B, "it", "n1", "", "praise", "Grazie",
"""Salve, grazie per aver aggiunto l'esportazione in Excel, funziona alla perfezione! Paola""")

    # ================= pt
    m(B, "pt", "b1", "B", "booking confirmation shows wrong address of shop", "Morada errada",
"""Olá, os emails de confirmação estão a mostrar a morada antiga da loja, apesar de já a termos mudado nas definições há duas semanas. Alguns clientes foram à morada antiga. Obrigado, Bruno""")
    m(B, "pt", "f1", "F", "gostaríamos: relatório de clientes inativos", "Clientes inativos",
"""Bom dia, seria útil ter uma lista dos clientes que não vêm há mais de 3 meses, para os podermos contactar. Hoje não encontro forma de tirar isso. Obrigada, Filipa""")
