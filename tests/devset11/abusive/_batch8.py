"""devset11 abusive, batch 8 (written after tuning on b1-b7; measured before tuning on it).
More typos, spacing, subject-only abuse; negatives about moderation tools, tech idioms, names."""
B = "b8"

def add(m):
    # ================= en
    m(B, "en", "p1", True, "subject-only abuse with typos", "YOU ARE ALL INCOMPETANT IDOITS",
"""see subject""")
    m(B, "en", "p2", True, "spaced letters: f u c k i n g disgrace", "",
"""ur a f u c k i n g disgrace mate, and so is ur manager""")
    m(B, "en", "p3", True, "gendered slur at receptionist + harassment at school gates", "receptionist",
"""Your receptionist is a fat ugly slag and I'll be telling everyone at the school gates what she's like.""")
    m(B, "en", "p4", True, "jumped-up little Hitler, waiting in the car park", "accounts",
"""Tell that jumped-up little Hitler in accounts I'll be waiting for him in the car park.""")
    m(B, "en", "p5", True, "harassment of named agent's family: scumbag dad", "Gareth",
"""Hope your kids find out what a scumbag their dad is, Gareth.""")
    m(B, "en", "n1", False, "question about profanity filter for own forum", "Profanity filter",
"""How do I make the profanity filter in our community forum block words like "idiot" and "moron"? The setting only seems to accept one word.""")
    m(B, "en", "n2", False, "tech idioms: kill switch, nuked the cache", "automation",
"""Is there a kill switch for the automation rules? One of them nuked our cache again last night.""")
    m(B, "en", "n3", False, "dummy data in reports", "test data",
"""The dummy data from the test environment is showing up in our live reports. Can you purge it?""")
    m(B, "en", "n4", False, "idiot-proof scanning", "barcode scanning",
"""We need an idiot-proof way for our warehouse staff to scan barcodes, most of them are temps. Does the app have a simplified mode?""")
    m(B, "en", "n5", False, "pub name with bastard", "Invoices flagged",
"""Our pub is called The Mad Bastard Arms (long story) and your system keeps flagging our invoices. Can you whitelist us?""")

    # ================= pt
    m(B, "pt", "p1", True, "pt-BR: subject-only, BANDO DE INCOMPETENTES FDP", "BANDO DE INCOMPETENTES FDP",
"""cadê meu reembolso""")
    m(B, "pt", "p2", True, "pt-BR typos: inconpetentes idiotaz", "",
"""voces sao uns inconpetentes idiotaz, nem responder email sabem""")
    m(B, "pt", "p3", True, "pt-PT: oiça lá ó sua grande vaca", "Telefonema",
"""Oiça lá ó sua grande vaca, quem pensa que é para me falar assim?""")
    m(B, "pt", "p4", True, "pt-BR: que a dona se foda, e os funcionários junto", "",
"""Quero que a dona dessa empresa se foda, e os funcionários junto.""")
    m(B, "pt", "p5", True, "pt-BR: seus corno manso", "",
"""seus corno manso, devolve meu dinheiro""")
    m(B, "pt", "p6", True, "pt-PT threat: vou aí e faço uma desgraça", "Dinheiro",
"""Se não me devolvem o dinheiro, vou aí e faço uma desgraça.""")
    m(B, "pt", "p7", True, "pt-BR mixed English: uns losers", "",
"""Vocês são uns losers, sério, incompetentes do começo ao fim.""")
    m(B, "pt", "n1", False, "pt-BR: how to block swear words in own shop chat", "filtro de palavrões",
"""Como faço pra bloquear palavrões tipo "idiota" e "otário" no chat da minha loja? Não achei a opção.""")
    m(B, "pt", "n2", False, "pt-PT: sistema está uma bosta (situation)", "Sistema lento",
"""O sistema está uma bosta hoje, nada carrega. Há alguma avaria?""")
    m(B, "pt", "n3", False, "pt-BR: praise, vocês são doidos", "brindes",
"""Kkkk vocês são doidos, mandaram três brindes! Amei demais.""")
    m(B, "pt", "n4", False, "pt-PT: polite note about courier", "Entrega",
"""O estafeta foi simpático mas deixou a encomenda à chuva. Podem avisá-lo para a próxima?""")
    m(B, "pt", "n5", False, "pt-BR: dog named Bandido", "coleira",
"""Meu cachorro se chama Bandido kkk queria gravar o nome dele na coleira personalizada. Cabe 7 letras?""")
    m(B, "pt", "n6", False, "pt-BR: tô puta da vida (angry at delay)", "atraso",
"""tô puta da vida com esse atraso, sério. 15 dias e nada do pedido.""")
    m(B, "pt", "n7", False, "pt-PT: isto é uma palhaçada (situation)", "Sem resposta",
"""Isto é uma palhaçada! Três semanas à espera de uma resposta.""")

    # ================= da
    m(B, "da", "p1", True, "værdiløs svans og skiderik", "",
"""Du er en værdiløs svans og en skiderik.""")
    m(B, "da", "p2", True, "threat: I skal få ballade, jeg ved hvem I er", "",
"""I skal få ballade, det lover jeg jer. Jeg ved hvem I er.""")
    m(B, "da", "p3", True, "kundeservice består af analfabeter og aber", "",
"""Jeres kundeservice består af analfabeter og aber.""")
    m(B, "da", "n1", False, "noget lort at pakken er forsinket (situation)", "forsinket",
"""Det er noget lort at pakken er forsinket igen. Hvornår kommer den?""")
    m(B, "da", "n2", False, "self: føler mig som en idiot", "faktura",
"""Jeg føler mig som en idiot, men hvor finder jeg knappen til fakturaer?""")
    m(B, "da", "n3", False, "bøsse = shotgun in a marketplace ad", "Annonce afvist",
"""Vi har en brugt bøsse til salg i jeres markedsplads (haglgevær, med våbenpapirer), men annoncen bliver afvist. Hvorfor?""")

    # ================= it
    m(B, "it", "p1", True, "siete delle merde umane", "",
"""Siete delle merde umane.""")
    m(B, "it", "p2", True, "quel pirla del vostro commerciale", "commerciale",
"""Quel pirla del vostro commerciale mi ha fregato.""")
    m(B, "it", "p3", True, "threat: vi rovino la vita uno per uno", "",
"""Vi faccio chiudere e vi rovino la vita, uno per uno.""")
    m(B, "it", "p4", True, "your mother should be ashamed, imbecille", "Re: risposta",
"""Tua madre dovrebbe vergognarsi di averti messo al mondo, imbecille.

> Gentile cliente, la sua richiesta non può essere accolta.""")
    m(B, "it", "n1", False, "aggiornamento è una merda (situation)", "crash",
"""Questo aggiornamento è una merda, l'app crasha sempre.""")
    m(B, "it", "n2", False, "il mio bimbo (child) broke tablet", "riparazione",
"""Il mio bimbo ha rotto lo schermo del tablet, fate riparazioni?""")
    m(B, "it", "n3", False, "how to filter words like stronzo on own blog", "filtro commenti",
"""Come posso filtrare parole come "stronzo" nei commenti del mio blog?""")

    # ================= nl
    m(B, "nl", "p1", True, "stel vuile criminelen, tuig van de richel", "",
"""Jullie zijn een stel vuile criminelen en tuig van de richel.""")
    m(B, "nl", "p2", True, "helpdesk-sukkel moet een pak slaag krijgen", "",
"""Die helpdesk-sukkel moet eens een flink pak slaag krijgen.""")
    m(B, "nl", "p3", True, "krijg de kanker, allemaal", "",
"""Krijg de kanker, allemaal.""")
    m(B, "nl", "n1", False, "wat een gedoe (situation)", "inloggen",
"""Wat een gedoe zeg, drie keer inloggen voor één factuur.""")
    m(B, "nl", "n2", False, "patient association newsletter with kanker", "Nieuwsbrief",
"""Kunnen jullie ervoor zorgen dat onze nieuwsbrief over kanker en nazorg niet meer in de spam belandt? Wij zijn een patiëntenvereniging.""")
    m(B, "nl", "n3", False, "self: kluns met computers", "sorry",
"""Ik ben echt een kluns met computers, sorry! Hoe stel ik de printer in?""")

    # ================= sv
    m(B, "sv", "p1", True, "sämsta pack jag stött på", "",
"""Ni är fan det sämsta pack jag någonsin stött på.""")
    m(B, "sv", "p2", True, "idioten Jonas borde få stryk", "",
"""Den där idioten Jonas borde få stryk.""")
    m(B, "sv", "p3", True, "threat: göra ert liv till ett helvete", "",
"""Jag ska göra ert liv till ett helvete.""")
    m(B, "sv", "p4", True, "hora, svara i telefon", "",
"""Hora, svara i telefon någon gång!""")
    m(B, "sv", "n1", False, "helvete at self", "ångra beställning",
"""Helvete, nu har jag gjort fel igen. Hur ångrar jag en beställning?""")
    m(B, "sv", "n2", False, "dog named Tjuven", "halsband",
"""Vår hund heter Tjuven, kan ni gravera det på halsbandet?""")
    m(B, "sv", "n3", False, "slutet av månaden (slut = end)", "faktura",
"""Slutet av månaden är stressigt för oss, kan fakturan skickas den 5:e istället?""")
