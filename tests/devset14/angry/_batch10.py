"""devset14 angry, batch 10 = second PRECISION batch (measured before any tuning on it): hard negatives on
b5-b9 entries: 'keep it up!!', 'felt like an idiot' about own mistake with thanks, 'in front of the
board' presentation praise, 'do you actually want customers to see this page?', 'behold det' neutral,
'nu stopper det' (it stops now = a subscription), 'falta de respeito' of a third party, 'una figuraccia'
avoided thanks to you, 'gardez-le' (keep the receipt), 'hohn' in a name, 'ingen tillid' about a supplier of
theirs, 'nobody is able to log in' outage with caps; plus quoted-history and joke negatives."""
B = "b10"

def add_b10(m):
    m(B, "en", "n1", "", "keep it up!!", "THANK YOU!!",
"""Keep it up!! The new dashboard is fantastic, the whole team loves it.

Priya""")
    m(B, "en", "n2", "", "felt like an idiot - own mistake", "Sorry!",
"""I felt like an idiot in front of my colleagues when I realised I'd been using the wrong login all week - thanks for spotting it, all working now!

Ben""")
    m(B, "en", "n3", "", "do you actually want customers to see", "Booking page",
"""Quick setup question: do you actually want customers to see the staff list on the booking page, or is that optional? I'd rather hide it.

Kirsty""")
    m(B, "en", "n4", "", "outage with caps, no anger", "LOGIN NOT WORKING FOR ANYONE",
"""Hi, nobody is able to log in at our office since 10am. Is there an incident? Thanks.

Ops desk""")
    m(B, "en", "n5", "", "joke: the printer is a circus", "Haha",
"""Ha, what a circus our office printer is - nothing to do with you! Just confirming the order went through. Cheers.

Jamie""")
    m(B, "de", "n1", "", "Hohn: family name", "Termin Herr Hohn",
"""Guten Tag, bitte verschieben Sie den Termin von Herrn Hohn auf Donnerstag. Danke!

Sekretariat""")
    m(B, "de", "n2", "", "blamiert: avoided thanks to you", "Danke",
"""Dank Ihrer schnellen Hilfe habe ich mich vor dem Vorstand nicht blamiert. Tausend Dank!

Petra""")
    m(B, "fr", "n1", "", "gardez-le = keep the receipt", "Reçu",
"""Bonjour, pour le remboursement, je dois vous renvoyer le reçu ou je le garde ? Vous m'avez dit gardez-le, c'est bien ça ? Merci.

Roland""")
    m(B, "fr", "n2", "", "devant le client: praise", "Merci",
"""Grâce à vous je ne suis pas passé pour un amateur devant mon client, la démo a marché. Merci !

Éric""")
    m(B, "es", "n1", "", "es un insulto: about a competitor ad", "Publicidad",
"""Hola, vi un anuncio de otra empresa que copia su logo, es un insulto a su marca. Les aviso por si quieren actuar.

Gonzalo""")
    m(B, "es", "n2", "", "¿de verdad quieren clientes en la lista? setup", "Lista de espera",
"""Hola, ¿de verdad quieren que los clientes vean la lista de espera? Lo pregunto por la configuración. Gracias.

Raquel""")
    m(B, "it", "n1", "", "figuraccia avoided", "Grazie",
"""Grazie a voi ho evitato una figuraccia con il cliente, il report era perfetto!

Luca""")
    m(B, "it", "n2", "", "tenetevelo: keep the old device", "Vecchio modem",
"""Buongiorno, il vecchio modem devo restituirlo? Il tecnico ha detto tenetevelo, confermate? Grazie.

Ornella""")
    m(B, "pt", "n1", "", "falta de respeito: third party (neighbour)", "Entrega",
"""Olá, o vizinho recusou a encomenda por mim, uma falta de respeito dele, coitado do estafeta. Podem reenviar? Obrigada!

Teresa""")
    m(B, "nl", "n1", "", "hou hem maar: free sample", "Proefexemplaar",
"""Hoi, jullie vertegenwoordiger zei over het proefexemplaar 'hou hem maar'. Klopt dat? Dan hoef ik niets terug te sturen. Groet, Jan""")
    m(B, "nl", "n2", "", "voor schut: avoided", "Dank",
"""Dankzij jullie snelle fix stond ik niet voor schut bij de klant. Top!

Lisa""")
    m(B, "sv", "n1", "", "behåll den: keep the charger", "Laddare",
"""Hej, ska jag skicka tillbaka laddaren eller behåll den? Tack!

Kalle""")
    m(B, "sv", "n2", "", "glömmer jag inte: praise", "Tack",
"""Er hjälp i helgen glömmer jag inte. Tusen tack!

Moa""")
    m(B, "da", "n1", "", "nu stopper det: subscription ends", "Abonnement",
"""Hej, mit prøveabonnement udløber i dag, så nu stopper det vel automatisk? Tak.

Rikke""")
    m(B, "da", "n2", "", "ingen tillid tilbage: their own supplier", "Leverandør",
"""Vi har ingen tillid tilbage til vores gamle leverandør, derfor flytter vi alt til jer. Glæder os!

Niels""")
    m(B, "pl", "n1", "", "obraza: literal image", "Obraz",
"""Dzień dobry, obraz z kamery jest rozmazany, jak to ustawić? Dziękuję.

Marta""")
    m(B, "ro", "n1", "", "păstrați-l: keep the receipt", "Bon",
"""Bună ziua, mi s-a spus la telefon: păstrați-l, bonul fiscal. E suficient pentru garanție? Mulțumesc.

Ilie""")
    m(B, "ro", "n2", "", "de râs: funny", "Haha",
"""Am râs cu lacrimi de mesajul botului vostru, de râs! Totul e ok, mulțumesc.

Ana""")
    # positives in the same wording
    m(B, "en", "a1", "A", "keep your voucher", "Compensation",
"""Keep your voucher. I want the three days back that your outage cost my shop.

Lydia""")
    m(B, "nl", "a1", "A", "voor schut + door jullie", "Storing",
"""Door jullie storing stond ik voor schut tijdens de presentatie. Dit accepteer ik niet.

Marco""")
    m(B, "da", "a1", "A", "ingen tillid tilbage til jer", "Opsigelse",
"""Jeg har ingen tillid tilbage til jer efter tre måneders rod. Opsig venligst min aftale.

Lene""")
