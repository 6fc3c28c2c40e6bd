"""devset16 angry-bug, batch 10 (measured before any tuning on it): recall 3, fresh writers; anger
as 'not good enough', 'I'm appalled', 'I regret choosing you', sighs and exhaustion, threats to post
reviews; bugs as 'since X it does Y', wrong person/customer, missing rows, emails not arriving for one
kind of customer; negatives mixed in."""
B = "b10"

def add_b10(m):
    # ---------------- en
    m(B, "en", "a1", "A", "not good enough, regret", "Not good enough",
"""Frankly this is not good enough. I regret ever switching to you. Every single interaction has been a struggle and I'm exhausted by it.""")
    m(B, "en", "a2", "A", "review threat, sarcastic", "Review incoming",
"""Looking forward to writing my review. Should be a fun read for anyone thinking of using you: two missed installs, one wrong bill and a manager who 'will call back' since October.""")
    m(B, "en", "b1", "B", "bug: emails not reaching gmail", "Booking emails missing for Gmail users",
"""Hi, customers with Gmail addresses stopped getting their booking confirmation emails around Tuesday. Outlook and Yahoo customers still get them. Nothing in spam, we asked a few.""")
    m(B, "en", "b2", "B", "bug: wrong customer on receipt", "Receipt shows another customer",
"""Hi, when I reprint a receipt from yesterday, it prints with the name of the customer who came in before, not the actual buyer. The amounts are right. Weird one.""")
    m(B, "en", "n1", "", "how-to", "Adding a logo",
"""Hi, where do I upload our logo so it appears on invoices? Thanks in advance!""")
    # ---------------- de
    m(B, "de", "a1", "A", "entsetzt", "Entsetzt",
"""Ich bin ehrlich gesagt entsetzt, wie hier mit Kunden umgegangen wird. Drei Wochen keine Reaktion auf eine einfache Frage. Ich bereue es, zu Ihnen gewechselt zu sein.""")
    m(B, "de", "b1", "B", "Fehler: Zeilen fehlen im Export", "Export unvollständig",
"""Hallo, der Excel-Export der Buchungen enthält nur die ersten 1.000 Zeilen, wir haben aber 1.450 Buchungen im Zeitraum. In der Liste selbst sind alle da. Gruß, Sabine""")
    m(B, "de", "n1", "", "Lob", "Danke!",
"""Ich wollte nur sagen: der neue Kalender ist klasse, viel übersichtlicher. Danke!""")
    # ---------------- da
    m(B, "da", "a1", "A", "udmattet", "Jeg orker ikke mere",
"""Jeg orker ikke mere. Hver eneste gang jeg kontakter jer, starter vi forfra. Det er helt uacceptabelt efter otte år som kunde.""")
    m(B, "da", "b1", "B", "fejl: forkert kunde på kvittering", "Forkert navn på kvittering",
"""Hej, når vi genudskriver en kvittering, står navnet fra den forrige kunde på i stedet for den rigtige. Beløbet er korrekt. /Jesper""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "regret, epuizat", "Regret",
"""Regret că v-am ales. Fiecare discuție cu voi e o luptă și sunt sătul. Dacă nu se rezolvă săptămâna asta, plec.""")
    m(B, "ro", "b1", "B", "bug: emailurile nu ajung la Yahoo", "Emailuri care nu ajung",
"""Bună ziua, clienții cu adrese Yahoo nu mai primesc emailurile de confirmare de luni. Cei cu Gmail le primesc. Nu sunt nici în spam. Mulțumesc, Alina""")
    m(B, "ro", "n1", "", "factură: întrebare", "Factura",
"""Bună, pe factura din noiembrie apare un serviciu pe care nu l-am comandat. Puteți verifica? Mulțumesc.""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "żałuję", "Żałuję",
"""Żałuję, że w ogóle do was przeszedłem. Każdy kontakt to walka. Jestem tym wszystkim zmęczony i wystawię wam opinię, na jaką zasługujecie.""")
    m(B, "pl", "b1", "B", "bug: brakujące wiersze w eksporcie", "Niepełny eksport",
"""Dzień dobry, eksport do Excela zawiera tylko pierwsze 1000 wierszy, a w systemie mamy 1450 rezerwacji w tym okresie. Pozdrawiam, Beata""")
    # ---------------- es
    m(B, "es", "a1", "A", "arrepentido", "Arrepentido",
"""Me arrepiento de haberme cambiado a vuestra compañía. Cada gestión es una pelea. Estoy agotado y muy cabreado.""")
    m(B, "es", "b1", "B", "bug: correos no llegan a Hotmail", "Correos que no llegan",
"""Hola, desde el jueves los clientes con correo de Hotmail no reciben la confirmación de la reserva. Los de Gmail sí. Tampoco está en spam. Gracias, Marta""")
    m(B, "es", "n1", "", "facturación", "Factura",
"""Hola, en la factura aparece el IVA del 21 %, pero somos una empresa canaria. ¿Podéis emitirla de nuevo sin IVA? Gracias.""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "consterné", "Consterné",
"""Je suis consterné par votre manière de traiter vos clients. Trois semaines sans réponse à une question simple. Je regrette amèrement d'avoir changé pour vous.""")
    m(B, "fr", "b1", "B", "bug: mauvais client sur le reçu", "Reçu avec le mauvais nom",
"""Bonjour, quand je réimprime un reçu, c'est le nom du client précédent qui apparaît au lieu du bon. Le montant est juste. Merci, Nadia""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "spijt", "Spijt",
"""Ik heb er spijt van dat ik naar jullie ben overgestapt. Elk contact is een gevecht. Ik ben het moe en ik ga een eerlijke review schrijven.""")
    m(B, "nl", "b1", "B", "bug: export mist regels", "Export onvolledig",
"""Hoi, de Excel-export van de boekingen bevat alleen de eerste 1000 regels, terwijl we er 1450 hebben in die periode. In de lijst zelf staan ze allemaal. Groet, Wouter""")
    m(B, "nl", "n1", "", "lof", "Top",
"""Jullie nieuwe app is echt top, veel sneller dan de oude. Complimenten!""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "ånger", "Ångrar mig",
"""Jag ångrar verkligen att jag bytte till er. Varje kontakt är en kamp. Jag är helt slutkörd och rasande.""")
    m(B, "sv", "b1", "B", "bugg: mejl når inte Outlook", "Mejl kommer inte fram",
"""Hej, kunder med Outlook-adresser får inte längre bokningsbekräftelsen sedan i tisdags. Gmail-kunder får den. Inget i skräpposten. /Maja""")
    # ---------------- it
    m(B, "it", "a1", "A", "pentito", "Pentito",
"""Mi pento di essere passato a voi. Ogni contatto è una battaglia. Sono esausto e arrabbiato, e lo scriverò nelle recensioni.""")
    m(B, "it", "b1", "B", "bug: export incompleto", "Export incompleto",
"""Buongiorno, l'export in Excel delle prenotazioni contiene solo le prime 1000 righe, ma nel periodo ne abbiamo 1450. Nella lista ci sono tutte. Grazie, Chiara""")
    m(B, "it", "n1", "", "come fare", "Domanda",
"""Ciao, come si cambia l'intestazione delle fatture? Grazie!""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "arrependido", "Arrependido",
"""Arrependo-me de ter mudado para vocês. Cada contacto é uma luta. Estou exausto e muito irritado.""")
    m(B, "pt", "b1", "B", "bug: nome errado no recibo", "Nome errado no recibo",
"""Olá, quando reimprimo um recibo aparece o nome do cliente anterior em vez do cliente certo. O valor está correto. Obrigado, Luís""")
