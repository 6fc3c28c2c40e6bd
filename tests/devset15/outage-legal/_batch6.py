"""devset15 outage-legal, batch 6 = GENERALISATION batch (measured before tuning): new wording of the
earlier themes (follow-ups in the own thread, outage in passing, formal notices, several sites; lawyer
engaged, ombudsman/consumer bodies, police, regulators) in all languages, plus a few negatives."""
B = "b6"

def add_b6(m):
    m(B, "it", "o1", "O", "follow-up: situazione invariata", "R: Portale irraggiungibile",
"""Situazione invariata, da noi non si collega ancora nessuno. Ci date almeno un orario?

Chiara

> Il portale non si apre per nessuno.""")
    m(B, "it", "o2", "O", "passing mention in a holiday-hours question", "Orari festivi assistenza",
"""Buongiorno, che orari fa l'assistenza durante le feste? Vi segnalo anche che in questo momento il sito non si apre a nessuno dei nostri negozi di Torino e Milano.

Grazie, Valeria""")
    m(B, "it", "l1", "L", "mi rivolgerò al mio legale", "Contestazione",
"""A questo punto la questione passa al mio legale, che vi contatterà nei prossimi giorni.

Ing. Bassi""")
    m(B, "da", "o1", "O", "follow-up: intet nyt, still down", "SV: Systemet",
"""Intet nyt herfra, systemet er stadig helt væk for os alle sammen.

Birthe

> Vi kan ikke komme på systemet.""")
    m(B, "da", "o2", "O", "formal notice, three warehouses", "Driftsstop på alle lagre",
"""Til support

Vi meddeler hermed, at jeres platform siden kl. 6 har været utilgængelig fra samtlige tre lagre. Ingen ordrer kan pakkes. Vi forventer en hurtig løsning.

Med venlig hilsen
Logistikchef Per Dam""")
    m(B, "da", "l1", "L", "jeg har fået en advokat på sagen", "Kontrakt",
"""Jeg har nu fået en advokat på sagen, så I kan forvente at høre fra hende.

Susanne""")
    m(B, "es", "o1", "O", "follow-up: seguimos igual, no one works", "RE: Sin acceso",
"""Seguimos igual, nadie ha podido trabajar en toda la mañana. ¿Para cuándo?

Montse

> Nadie en la oficina puede acceder.""")
    m(B, "es", "o2", "O", "several warehouses, terse", "Almacenes",
"""Ninguno de nuestros tres almacenes puede conectarse desde las 7. Los camiones esperando.

Rafa""")
    m(B, "es", "l1", "L", "lo he puesto en manos de un abogado", "Cancelación",
"""He puesto el asunto en manos de un abogado. Recibiréis noticias suyas esta semana.

Eduardo Vidal""")
    m(B, "es", "n1", "", "sigue igual about a typo on the website", "RE: Errata",
"""Sigue igual, en la ficha del producto pone 'envio gratiz'. Cuando podáis.

Rosa""")
    m(B, "fr", "o1", "O", "follow-up: aucune amélioration", "RE: Service indisponible",
"""Aucune amélioration de notre côté, personne ne peut toujours se connecter. Avez-vous une estimation ?

Didier""")
    m(B, "fr", "o2", "O", "passing mention in a contract question", "Avenant contrat",
"""Bonjour, pourriez-vous m'envoyer l'avenant pour les deux nouveaux utilisateurs ? Et d'ailleurs, votre application est complètement plantée depuis midi pour tous nos commerciaux.

Merci, Aurélie""")
    m(B, "fr", "l1", "L", "j'ai pris un avocat", "Contentieux",
"""J'ai pris un avocat. Il vous contactera directement.

Gérard""")
    m(B, "pl", "o1", "O", "follow-up: bez zmian, nadal leży", "Odp: Awaria systemu",
"""Bez zmian, system dalej leży i nikt z nas nie może pracować. Kiedy będzie naprawione?

Beata

> System nie działa od rana.""")
    m(B, "pl", "o2", "O", "passing mention in onboarding mail", "Nowy pracownik",
"""Dzień dobry, proszę o założenie konta dla nowego pracownika, Jana Nowaka. A tak w ogóle - od rana nie możemy się połączyć z serwerem w żadnym sklepie.

Pozdrawiam, Iwona""")
    m(B, "pl", "l1", "L", "wynajęłam prawnika", "Umowa",
"""Wynajęłam prawnika, który zajmie się tą sprawą. Proszę oczekiwać pisma.

Natalia Zielińska""")
    m(B, "ro", "o1", "O", "follow-up: nicio schimbare", "Re: Sistem căzut",
"""Nicio schimbare, nimeni de la noi nu poate intra nici acum. Cât mai durează?

Oana

> Sistemul nu funcționează de dimineață.""")
    m(B, "ro", "o2", "O", "several offices, formal", "Întrerupere în toate sucursalele",
"""Bună ziua, de la ora 9 platforma este inaccesibilă în toate sucursalele noastre. Nu putem procesa comenzile clienților. Vă rugăm să ne comunicați un termen de remediere.

Cu stimă, Departamentul Operațiuni""")
    m(B, "ro", "l1", "L", "am angajat un avocat", "Contract",
"""Am angajat un avocat și vă va contacta în scris.

Bogdan""")
    m(B, "sv", "o1", "O", "follow-up: ingen förändring", "SV: Driftstopp",
"""Ingen förändring här, ingen av oss kommer åt systemet fortfarande.

Linda""")
    m(B, "sv", "o2", "O", "passing mention in an invoice question", "Faktura",
"""Hej, kan ni skicka fakturan som PDF? Förresten ligger hela tjänsten nere för alla våra tre butiker just nu.

/Jonas""")
    m(B, "sv", "l1", "L", "jag har kopplat in en jurist", "Avtal",
"""Jag har kopplat in en jurist som kommer att höra av sig till er.

Gunilla""")
    m(B, "de", "o1", "O", "follow-up: unverändert", "AW: Ausfall",
"""Unverändert, bei uns kommt weiterhin niemand ins System.

Petra""")
    m(B, "de", "l1", "L", "Anwalt eingeschaltet", "Rechnung",
"""Ich habe inzwischen einen Anwalt eingeschaltet.

Dr. Kurz""")
    m(B, "nl", "o1", "O", "formal notice, all branches", "Storing alle filialen",
"""Geachte heer/mevrouw, sinds 9.00 uur is uw platform in geen enkele van onze filialen bereikbaar. Wij lopen omzet mis.

Met vriendelijke groet, Facilitair bedrijf""")
    m(B, "nl", "l1", "L", "ik heb een advocaat genomen", "Contract",
"""Ik heb een advocaat genomen. U hoort van hem.

Pieter""")
    m(B, "pt", "o1", "O", "follow-up: nada mudou", "RE: Sem acesso",
"""Nada mudou, continuamos todos sem conseguir entrar.

Joana""")
    m(B, "pt", "l1", "L", "contratei um advogado, pt-BR", "Contrato",
"""Contratei um advogado e ele vai entrar em contato com vocês.

Roberta""")
    m(B, "en", "o1", "O", "follow-up: no change", "Re: Outage",
"""No change here, still nobody can get into the system.

Phil""")
    m(B, "en", "l1", "L", "I've engaged a solicitor", "Contract",
"""I have now engaged a solicitor to deal with this.

Mrs Hughes""")
    m(B, "en", "n1", "", "no change about a mailing address", "Re: Address",
"""No change, the invoices still go to our old address.

Pam""")
    m(B, "de", "n1", "", "unverändert about VAT number", "AW: USt-IdNr",
"""Unverändert, auf der Rechnung steht immer noch die alte USt-IdNr.

Petra""")
