"""devset12 outage, batch 8 (measured before any tuning on it): other kinds of service, slang, forwards."""
B = "b8"

def add_b8(m):
    # ---------------- sv
    m(B, "sv", "o1", "O", "VoIP phones dead for all", "Telefonerna",
"""Hej, ingen av våra IP-telefoner har kontakt med er växel sedan 8. Det går varken att ringa ut eller ta emot samtal, på hela kontoret.

/Rebecka, reception""")
    m(B, "sv", "o2", "O", "forward from colleague, no quote marks", "VB: kassan",
"""Se nedan, samma sak för oss i Göteborg också.

---------- Vidarebefordrat meddelande ----------
Från: Butik Malmö
Kassaterminalerna är offline allihop, kunderna kan inte betala med kort.""")
    m(B, "sv", "o3", "O", "slang: allt har pajat", "allt har pajat",
"""tja, allt har pajat hos er eller? inget laddar, varken appen eller webben

/Alex""")
    m(B, "sv", "n1", "", "phone number change question", "Nytt telefonnummer",
"""Hej, vi byter växelnummer nästa vecka. Behöver vi uppdatera det hos er någonstans? /Rebecka""")
    # ---------------- da
    m(B, "da", "o1", "O", "POS terminals offline in all shops", "Terminaler offline",
"""Hej, alle vores betalingsterminaler står som offline i jeres system, i samtlige butikker. Kunderne kan ikke betale med kort. Hjælp!

Mvh Lasse""")
    m(B, "da", "o2", "O", "API 401 for all requests", "API afviser alle kald",
"""Hej

Siden kl. 13 afviser jeres API alle vores kald med 401, selvom nøglerne ikke er ændret. Alle vores integrationer står stille.

Mvh Frederik, udvikler""", fmt="qp", charset="iso-8859-1")
    m(B, "da", "n1", "", "single user terminal", "Terminal virker ikke",
"""Hej, én af vores terminaler i butikken i Odense vil ikke tænde. De andre virker fint. Skal den sendes til reparation? Mvh Lasse""")
    # ---------------- nl
    m(B, "nl", "o1", "O", "video calls fail for all", "Videobellen werkt niet",
"""Hallo, sinds vanochtend lukt videobellen via jullie platform bij niemand meer, de verbinding valt na 10 seconden weg. Al onze consulten staan stil.

Groet, dr. Meijer""")
    m(B, "nl", "o2", "O", "forward from colleague", "FW: pinautomaten",
"""Zie hieronder, bij ons in Utrecht precies hetzelfde.

---------- Doorgestuurd bericht ---------
Van: Filiaal Amsterdam
Alle pinautomaten staan offline, klanten kunnen niet betalen.""")
    m(B, "nl", "n1", "", "single user video", "Camera werkt niet",
"""Hoi, mijn camera wordt niet herkend in de videobel-module. Bij collega's werkt het wel. Windows 11. Groet, Ilse""")
    m(B, "nl", "n2", "", "resolved, thanks", "Re: Videobellen",
"""Het werkt weer, dank jullie wel! Groet, dr. Meijer""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "terminals offline everywhere", "Terminale offline",
"""Dzień dobry, wszystkie terminale płatnicze w naszych sklepach pokazują offline, klienci nie mogą płacić kartą. Co się dzieje?

Grzegorz""")
    m(B, "pl", "o2", "O", "slang: wszystko się wysypało", "wszystko się wysypało",
"""Hej, coś się u Was wysypało? Ani aplikacja, ani strona nie działa, cały zespół stoi.

Kuba""")
    m(B, "pl", "n1", "", "single user printer", "Drukarka",
"""Dzień dobry, drukarka paragonów w jednym sklepie nie drukuje. W pozostałych działa. Pozdrawiam, Grzegorz""")
    m(B, "pl", "n2", "", "planned maintenance info reply ok", "Re: Prace serwisowe",
"""Dziękuję za informację o pracach serwisowych w nocy z soboty na niedzielę, przekażę zespołowi. Pozdrawiam, Beata""")
    # ---------------- es
    m(B, "es", "o1", "O", "datáfonos offline en todas las tiendas", "Datáfonos sin conexión",
"""Hola, todos los datáfonos de nuestras tiendas aparecen sin conexión con vuestro sistema desde las 11. Los clientes no pueden pagar con tarjeta.

Saludos, Iker""")
    m(B, "es", "o2", "O", "LatAm slang: se cayó el sistema", "se cayó el sistema",
"""Buenas, se les cayó el sistema? no podemos facturar nada y tenemos fila de clientes.

Gabriela, Lima""")
    m(B, "es", "o3", "O", "API 401 for all", "API devuelve 401",
"""Hola, desde esta tarde vuestra API rechaza todas nuestras llamadas con 401, y no hemos tocado las claves. Todas las integraciones paradas.

Xabier""", fmt="b64")
    m(B, "es", "n1", "", "single user API key", "Clave API",
"""Hola, he regenerado mi clave API y ahora mi script da 401. ¿Tengo que esperar a que se active? Gracias, Pablo""")
    m(B, "es", "n2", "", "planned maintenance thanks", "Re: Mantenimiento",
"""Gracias por avisar del mantenimiento del sábado, lo tendremos en cuenta. Un saludo, Lola""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "maquininhas offline", "Maquininhas offline",
"""Oi, todas as maquininhas das nossas lojas estão offline desde cedo, ninguém consegue pagar no cartão. Tem algo errado com vocês?

Fábio""")
    m(B, "pt", "o2", "O", "PT-PT: chamadas vídeo caem a todos", "Videochamadas",
"""Bom dia, desde manhã as videochamadas da plataforma caem ao fim de poucos segundos, a todos os terapeutas. Não conseguimos dar consultas.

Cumprimentos, Joana""")
    m(B, "pt", "n1", "", "single user camera", "Câmara",
"""Olá, a minha câmara não é reconhecida nas videochamadas, aos meus colegas funciona. Obrigada, Marta""")
    m(B, "pt", "n2", "", "resolved, obrigado", "Re: Maquininhas",
"""Voltou! Obrigado pela agilidade. Fábio""")
    # ---------------- it
    m(B, "it", "o1", "O", "POS offline in all shops", "POS offline",
"""Buongiorno, tutti i POS dei nostri negozi risultano offline dalle 10, i clienti non possono pagare con carta. Cosa succede?

Stefania""")
    m(B, "it", "o2", "O", "videochiamate cadono a tutti", "Videochiamate",
"""Salve, da stamattina le videochiamate sulla vostra piattaforma cadono dopo pochi secondi a tutti i nostri terapisti. Non riusciamo a fare le sedute.

Cordiali saluti, Dott. Villa""", fmt="qp", charset="iso-8859-1")
    m(B, "it", "o3", "O", "slang: è saltato tutto", "è saltato tutto?",
"""Ragazzi è saltato tutto? Non va né l'app né il sito, siamo tutti fermi.

Nicola""")
    m(B, "it", "n1", "", "single user camera", "Webcam",
"""Ciao, la mia webcam non viene riconosciuta nelle videochiamate, ai colleghi funziona. Grazie, Sonia""")
    m(B, "it", "n2", "", "planned maintenance thanks", "Re: Manutenzione",
"""Grazie per l'avviso sulla manutenzione di domenica, avviseremo lo staff. Saluti, Carlo""")
    # ---------------- en
    m(B, "en", "o1", "O", "card terminals offline everywhere", "Card terminals offline",
"""All our card terminals across 6 stores are showing offline since 10:15 and customers can't pay by card. Please advise urgently.

Gary""")
    m(B, "en", "n1", "", "single user webcam", "Camera not detected",
"""My camera isn't detected in video calls, colleagues are fine. Windows 11, Chrome. Thanks, Abby""")
    # ---------------- de
    m(B, "de", "o1", "O", "Kartenterminals offline, alle Filialen", "Kartenterminals offline",
"""Hallo, seit 10 Uhr sind sämtliche Kartenterminals in unseren Filialen offline, Kunden können nicht mit Karte zahlen. Was ist los?

Gruß Thomas""")
    m(B, "de", "n1", "", "single terminal", "Terminal defekt",
"""Hallo, ein Terminal in der Filiale Köln startet nicht mehr, die anderen laufen. Tausch möglich? Gruß Thomas""")
    # ---------------- fr
    m(B, "fr", "o1", "O", "TPE hors ligne partout", "TPE hors ligne",
"""Bonjour, tous nos terminaux de paiement sont hors ligne depuis 10h dans tous les magasins, les clients ne peuvent pas payer par carte.

Yannick""")
    m(B, "fr", "n1", "", "single user webcam", "Caméra",
"""Bonjour, ma caméra n'est pas détectée en visio, mes collègues n'ont pas le souci. Merci, Odile""")
    # ---------------- ro
    m(B, "ro", "o1", "O", "POS-uri offline în toate magazinele", "POS-uri offline",
"""Bună ziua, toate POS-urile din magazinele noastre apar offline de la ora 10, clienții nu pot plăti cu cardul. Ce se întâmplă?

Cosmin""")
    m(B, "ro", "n1", "", "single terminal", "Terminal",
"""Bună, un terminal din magazinul din Cluj nu pornește, celelalte merg. Mulțumesc, Cosmin""")
