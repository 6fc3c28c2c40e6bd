"""devset12 outage, batch 7 (measured before any tuning on it): negative-heavy, words with a second meaning."""
B = "b7"

def add_b7(m):
    # ---------------- sv
    m(B, "sv", "n1", "", "'nere i hörnet' button bug", "Knappen nere i hörnet",
"""Hej, knappen nere i högra hörnet ("Spara utkast") gör ingenting när jag klickar. Resten fungerar. /Per""")
    m(B, "sv", "n2", "", "credit for past outage, resolved", "Kreditering för i tisdags",
"""Hej, er tjänst låg nere i tre timmar i tisdags. Nu fungerar allt, men kan vi få en kreditering på nästa faktura?

Mvh Elsa""")
    m(B, "sv", "o1", "O", "är ni nere? short", "Är ni nere",
"""Är ni nere just nu? Får ingen kontakt med servern, och min kollega i Malmö har samma problem.

/Viktor""")
    # ---------------- da
    m(B, "da", "n1", "", "'skrive ned' / downgrade", "Nedgradering",
"""Hej, vi vil gerne nedgradere til Basic-pakken fra næste måned. Kan I skrive ned, hvad vi mister? Mvh Poul""")
    m(B, "da", "n2", "", "single-user 500 on one upload", "Fejl ved upload",
"""Hej, når jeg uploader én bestemt PDF får jeg fejl 500. Andre filer går fint. Filen er vedhæftet. Mvh Karen""")
    m(B, "da", "o1", "O", "system nede, hele lageret", "System nede",
"""Hej, jeres system har været nede siden kl. 7, og hele lageret kan ikke plukke ordrer. Hvornår kører det igen?

Mvh Jesper""")
    # ---------------- nl
    m(B, "nl", "n1", "", "plat tarief / platte tekst", "Tarief",
"""Hallo, hanteren jullie een plat tarief per gebruiker, of zit er een staffel in? En kunnen facturen als platte tekst gemaild worden? Groet, Koen""")
    m(B, "nl", "n2", "", "credit for past storing", "Compensatie storing",
"""Hallo, door de storing van vorige week donderdag konden we een halve dag niet werken. Alles werkt nu weer, maar krijgen we een creditnota?

Groet, Esther""")
    m(B, "nl", "o1", "O", "platform ligt eruit, reply", "RE: Inloggen",
"""Het hele platform ligt er nu helemaal uit, ook de app. Niemand kan iets.

Frank

> Hoi Frank, probeer een andere browser.""")
    # ---------------- pl
    m(B, "pl", "n1", "", "'wybór padł' (choice fell on you)", "Wdrożenie",
"""Dzień dobry, po analizie ofert nasz wybór padł na Wasz system. Kiedy możemy zacząć wdrożenie? Pozdrawiam, Wojciech""")
    m(B, "pl", "n2", "", "single-user 502 on big export", "Eksport dużego pliku",
"""Dzień dobry, przy eksporcie raportu z całego roku dostaję błąd 502, mniejsze raporty eksportują się normalnie. Czy jest limit? Pozdrawiam, Dorota""")
    m(B, "pl", "o1", "O", "serwer padł?", "serwer padł?",
"""Czy Wasz serwer padł? Od 20 minut nic się nie ładuje, u kolegów to samo.

Artur""")
    # ---------------- es
    m(B, "es", "n1", "", "'caída' of a price / tarifa", "Bajada de precio",
"""Hola, hemos visto la caída del precio del plan Pro en vuestra web. ¿Se aplica también a los clientes actuales? Saludos, Mónica""")
    m(B, "es", "n2", "", "single-user 500 error on one invoice", "Error 500 en una factura",
"""Hola, al abrir la factura 2025-118 me sale error 500. Las demás facturas se abren sin problema. ¿Podéis revisarla? Gracias, Hugo""")
    m(B, "es", "o1", "O", "'no funciona nada' everyone", "no funciona nada",
"""Hola, no funciona nada desde hace 15 minutos, ni a mí ni a mis compañeros. ¿Hay algún problema general?

Carmen""")
    # ---------------- pt
    m(B, "pt", "n1", "", "email caiu no spam", "E-mail no spam",
"""Oi, o e-mail de confirmação de vocês caiu na caixa de spam de vários clientes nossos. Tem como melhorar isso? Obrigado, Henrique""")
    m(B, "pt", "n2", "", "credit for past outage", "Crédito pela queda",
"""Olá, o sistema ficou fora do ar por duas horas na semana passada. Já está tudo funcionando, mas gostaríamos de saber se há algum crédito previsto no contrato.

Att, Débora""")
    m(B, "pt", "o1", "O", "PT-PT: serviço em baixo", "Serviço em baixo?",
"""Olá, o vosso serviço está em baixo? Não conseguimos entrar desde as 10h, nem eu nem os colegas.

Tiago""")
    # ---------------- it
    m(B, "it", "n1", "", "'scorrendo in giù' UI bug", "Menu a tendina",
"""Buongiorno, scorrendo in giù nella lista clienti il menu a tendina si chiude da solo. Succede solo a me? Grazie, Nadia""")
    m(B, "it", "n2", "", "credit for past disservizio", "Rimborso per il disservizio",
"""Buongiorno, la piattaforma è stata irraggiungibile per quattro ore lunedì. Ora funziona, ma vorremmo sapere se è previsto un rimborso parziale.

Cordiali saluti, Giorgio""")
    m(B, "it", "o1", "O", "siete down?", "siete down?",
"""Siete down? Da 10 minuti non riusciamo più a collegarci, tutti in ufficio.

Luca""")
    # ---------------- en
    m(B, "en", "n1", "", "downgrade plan", "Downgrade",
"""Hi, we'd like to downgrade to the Starter plan next month. Will we lose our data from the advanced reports? Thanks, Lily""")
    m(B, "en", "n2", "", "status page subscribe question", "Status page",
"""Hi, is there a way to subscribe to your status page by SMS so we hear about outages faster? Thanks, Owen""")
    m(B, "en", "n3", "", "single-user 500 upload", "500 on upload",
"""Hey, uploading this one CSV gives me a 500 error every time. Other CSVs work fine. Attached. Thanks, Zoe""")
    m(B, "en", "o1", "O", "are you down, 3 offices", "Are you down?",
"""Are you down? Our three offices all get a gateway error on the login page.

Nate""")
    # ---------------- de
    m(B, "de", "n1", "", "Schulung ausgefallen (training cancelled)", "Schulung ausgefallen",
"""Hallo, unsere Schulung gestern ist leider ausgefallen, weil der Trainer krank war. Können wir einen neuen Termin machen? Gruß, Bettina""")
    m(B, "de", "n2", "", "credit for past outage", "Gutschrift für Ausfall",
"""Hallo, Ihre Plattform war am Montag vier Stunden nicht erreichbar. Jetzt läuft wieder alles, aber bekommen wir dafür eine Gutschrift?

Gruß, Holger""")
    m(B, "de", "o1", "O", "geht bei niemandem", "Login geht nicht",
"""Hallo, der Login geht seit 10 Minuten bei niemandem im Team. Ist bei Ihnen was kaputt?

Lars""")
    # ---------------- fr
    m(B, "fr", "n1", "", "panne de courant chez nous", "Coupure",
"""Bonjour, nous avons eu une panne de courant au bureau ce matin. Est-ce que les ventes saisies hors ligne vont se synchroniser ? Merci, Agnès""")
    m(B, "fr", "n2", "", "credit for past panne", "Geste commercial",
"""Bonjour, votre plateforme a été inaccessible toute la matinée de mardi. Tout fonctionne à nouveau, mais un geste commercial est-il prévu ? Cordialement, Xavier""")
    m(B, "fr", "o1", "O", "c'est en panne chez vous ?", "C'est en panne ?",
"""C'est en panne chez vous ? Rien ne s'affiche depuis 9h, chez tous mes collègues aussi.

Manon""")
    # ---------------- ro
    m(B, "ro", "n1", "", "credit for past outage", "Compensare",
"""Bună ziua, platforma a fost indisponibilă trei ore luni. Acum funcționează, dar vrem să știm dacă primim o compensare. Mulțumesc, Gabriel""")
    m(B, "ro", "n2", "", "single user 500", "Eroare 500",
"""Bună, primesc eroare 500 doar când deschid factura 331. Celelalte merg. Mulțumesc, Irina""")
    m(B, "ro", "o1", "O", "sunteți căzuți?", "Sunteți căzuți?",
"""Sunteți căzuți? Nu se încarcă nimic de 20 de minute, nici la colegi.

Bogdan""")
