"""devset11 bug-feature, batch 10 (measured before tuning on it; written after b9 tuning)."""
B = "b10"

def add(m):
    m(B, "en", "b1", "B", "since last update, search is case sensitive", "Search since update",
"""Since the last app update, searching for a client only works if I type the name with the exact capital letters. 'smith' finds nothing, 'Smith' finds them. Never used to be like that.""")
    m(B, "en", "b2", "B", "export CSV has every row twice", "CSV rows doubled",
"""Hi, the bookings CSV I downloaded this morning has every single booking in it twice, one under the other. The count at the top of the screen says 212 but the file has 424 rows. Cheers, Ian""")
    m(B, "en", "f1", "F", "any plans for SMS two-way / more languages for SMS", "Polish SMS",
"""Hi, a lot of our customers are Polish. Any plans to let us send the reminder texts in Polish for those clients? At the moment everything goes out in English only. Thanks, Kasia""")
    m(B, "en", "n1", "", "how-to: change my email address", "change login email",
"""How do I change the email address I log in with? I've changed jobs. Thanks, Pete""")
    m(B, "de", "b1", "B", "Kalender springt immer auf heute", "Kalender springt zurück",
"""Hallo, wenn ich im Kalender eine Woche nach vorne blättere und einen Termin anlege, springt die Ansicht danach immer wieder auf die aktuelle Woche zurück. Das ist neu und sehr lästig. Gruß, Dirk""")
    m(B, "de", "f1", "F", "Zahlung per PayPal in der Buchung", "PayPal",
"""Hallo, unsere Kunden fragen immer wieder, ob sie bei der Onlinebuchung mit PayPal zahlen können. Bisher geht nur Karte. Kommt da noch was? Grüße, Anke""")
    m(B, "da", "b1", "B", "customer notes disappear", "Noter forsvinder",
"""Hej, de noter vi skriver på kunderne forsvinder efter en dag eller to. Vi gemmer dem og de står der, men næste dag er feltet tomt. Mvh Lene""")
    m(B, "da", "f1", "F", "wants export to e-conomic", "e-conomic",
"""Hej, vi kunne godt bruge en integration til e-conomic, så fakturaerne automatisk bliver bogført. Har I noget på tegnebrættet? Mvh Per""")
    m(B, "ro", "b1", "B", "reports exported in wrong month", "Raport luna greșită",
"""Bună, când export raportul pentru noiembrie, fișierul conține de fapt datele din octombrie. Pe ecran raportul e corect. Mulțumesc, Sorina""")
    m(B, "ro", "n1", "", "praise", "Mulțumesc",
"""Bună ziua, exportul nou pentru contabilitate e foarte bun, mulțumim că l-ați adăugat!""")
    m(B, "pl", "b1", "B", "clients get reminders with wrong day", "Przypomnienia z błędnym dniem",
"""Dzień dobry, przypomnienia SMS podają zły dzień tygodnia, np. "wtorek 25.11" zamiast "środa 26.11". Data wizyty w kalendarzu jest dobra. Pozdrawiam, Jacek""")
    m(B, "pl", "f1", "F", "prośba: eksport do Excela grafiku", "Eksport grafiku",
"""Cześć, czy moglibyście dodać możliwość pobrania grafiku pracowników do Excela? Drukujemy go co tydzień i teraz robię zrzuty ekranu. Dzięki, Magda""")
    m(B, "es", "b1", "B", "payment link says expired immediately", "Enlace de pago caducado",
"""Hola, los clientes abren el enlace de pago nada más recibirlo y les sale que ha caducado. Lo he probado yo misma con un pago de prueba y me pasa lo mismo. Gracias, Inés""")
    m(B, "es", "n1", "", "outage", "No funciona nada",
"""Hola, no podemos entrar nadie desde hace una hora, la web no carga para ninguno de los trabajadores. ¿Tenéis una caída?""", forbid="B")
    m(B, "fr", "b1", "B", "prices rounded wrong on receipts", "Arrondis",
"""Bonjour, sur les tickets de caisse, les prix avec centimes sont arrondis à l'euro supérieur, 12,40 devient 13,00, alors que dans la fiche produit c'est bien 12,40. Cordialement, Michel""")
    m(B, "fr", "f1", "F", "souhait: plusieurs agendas côte à côte", "Vue agenda",
"""Bonjour, ce qui nous manque vraiment, c'est de pouvoir voir les agendas de toute l'équipe côte à côte sur un seul écran. On jongle entre les onglets toute la journée. Merci de transmettre ! Aurélie""")
    m(B, "nl", "b1", "B", "online betalen werkt niet op iPhone", "Betalen op iPhone",
"""Hoi, klanten met een iPhone komen na het betalen met iDEAL op een lege pagina terecht en de afspraak wordt niet bevestigd. Met Android gaat het goed. Groet, Kim""")
    m(B, "nl", "n1", "", "how-to", "Prijzen aanpassen",
"""Hallo, waar kan ik de prijzen van mijn behandelingen aanpassen? Groet, Yvonne""")
    m(B, "sv", "b1", "B", "bokningar försvinner", "Bokningar försvinner",
"""Hej, bokningar som kunder gör sent på kvällen syns inte i kalendern nästa morgon, men kunden har fått bekräftelse. Vi har missat tre kunder den här veckan. /Peter""")
    m(B, "sv", "f1", "F", "would like customer tags", "Taggar",
"""Hej, det skulle vara smidigt att kunna sätta taggar på kunder, t.ex. 'VIP' eller 'ny', och filtrera på dem. Är det något ni kan tänka er att lägga till? /Ida""")
    m(B, "it", "b1", "B", "client birthdays shown a day earlier", "Compleanni sbagliati",
"""Buongiorno, i compleanni dei clienti nel calendario compaiono sempre il giorno prima rispetto alla data giusta inserita nella scheda. Grazie, Roberto""")
    m(B, "it", "f1", "F", "would like WhatsApp", "WhatsApp",
"""Ciao, sarebbe possibile mandare i promemoria via WhatsApp invece che via SMS? Quasi tutti i nostri clienti usano solo WhatsApp. Grazie mille, Sara""")
    m(B, "pt", "b1", "B", "invoice numbering restarts", "Numeração das faturas",
"""Olá, a numeração das faturas voltou ao número 1 hoje, mas já tínhamos emitido 340 faturas este ano. Isto é um problema com as Finanças. Obrigado, Vasco""")
    m(B, "pt", "n1", "", "billing", "Fatura",
"""Olá, podem enviar-me a fatura de outubro com o NIF da empresa? Obrigada""")
