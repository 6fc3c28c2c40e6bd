"""devset14 angry, batch 6 (measured before any tuning on it): idioms and verdict words: 'you had one job',
'speechless', 'pathetic', 'circus / clown show', 'rip-off', 'nobody takes responsibility', 'same story every
month', angry emoji, sarcastic subject over a factual body; negatives: speechless praise, a real circus,
phishing 'is this a scam?' questions, self-deprecating 'pathetic', laughing emoji."""
B = "b6"

def add_b6(m):
    # ---------------- en
    m(B, "en", "a1", "A", "you had one job", "Wrong size. Again.",
"""You had one job: send the size I ordered. Medium. Not large, not small. Medium. Third order in a row.

Aisha""")
    m(B, "en", "a2", "A", "rip-off + pathetic", "Renewal price",
"""£89 a month for the same plan that was £49 last year, and support still takes a week to answer. It's a rip-off and frankly pathetic.

Colin""")
    m(B, "en", "a3", "A", "emoji anger", "",
"""package 'delivered' 😡 it's not here. nobody at your end takes responsibility for anything 🤬""")
    m(B, "en", "n1", "", "speechless praise", "Speechless",
"""I'm speechless - you recovered every file. Thank you so much!

Bea""")
    m(B, "en", "n2", "", "phishing: is this a scam", "Is this a scam?",
"""Hi, I got an email claiming to be from you asking me to re-enter my card details. Is this a scam? Just want to check before I click anything.

Roy""")
    # ---------------- de
    m(B, "de", "a1", "A", "Zirkus, Abzocke", "Preiserhöhung",
"""Was für ein Zirkus. Erst wird der Preis still und leise erhöht, dann heißt es, das stand in den AGB. Das ist reine Abzocke.

Holger""")
    m(B, "de", "a2", "A", "sprachlos, jeden Monat dasselbe", "Rechnung November",
"""Ich bin sprachlos. Jeden Monat dieselbe Leier: falsche Rechnung, Beschwerde, Gutschrift versprochen, nichts passiert.

Ute Schwarz""")
    m(B, "de", "n1", "", "real circus booking", "Zirkusbesuch Firmenausflug",
"""Hallo, wir möchten für unseren Firmenausflug 25 Tickets für den Zirkus am 12. Dezember buchen. Gibt es einen Gruppenrabatt?

Melanie""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "cirque, arnaque", "Abonnement",
"""C'est un vrai cirque chez vous. On me prélève deux abonnements, on me dit que c'est normal. C'est de l'arnaque pure et simple.

Thierry""", fmt="qp", charset="iso-8859-1")
    m(B, "fr", "a2", "A", "lamentable, personne responsable", "Livraison",
"""Lamentable. Le colis est marqué livré, il n'est pas là, et chez vous personne n'est responsable de rien.

Céline""")
    m(B, "fr", "n1", "", "arnaque: phishing question", "Arnaque ?",
"""Bonjour, j'ai reçu un SMS à votre nom me demandant de payer des frais de douane. Est-ce une arnaque ? Merci de me confirmer.

Yves""")
    # ---------------- es
    m(B, "es", "a1", "A", "un circo, estafa", "Cobros",
"""Esto es un circo. Me cobran dos veces, reclamo, me devuelven la mitad. Una estafa en toda regla.

Manuel""")
    m(B, "es", "a2", "A", "sin palabras, lamentable", "Atención",
"""Me quedo sin palabras. Cuatro llamadas, cuatro operadores, y ninguno sabe nada de mi caso. Lamentable.

Begoña""")
    m(B, "es", "n1", "", "sin palabras praise", "¡Gracias!",
"""Me quedo sin palabras, qué rapidez. ¡Gracias!

Elena""")
    # ---------------- it
    m(B, "it", "a1", "A", "una truffa, pagliacciata", "Abbonamento",
"""Questa è una pagliacciata. Prezzo raddoppiato senza avviso e nessuno che si prende la responsabilità. Una truffa.

Enrico""")
    m(B, "it", "a2", "A", "senza parole, sempre la stessa storia", "Consegna",
"""Sono senza parole. Ogni mese la stessa storia: consegna in ritardo, chiamo, mi dicono domani.

Giovanna""")
    m(B, "it", "n1", "", "patetico self", "Aiuto Excel",
"""Scusate le mie patetiche capacità con Excel, ma come importo il file? Grazie!

Nicola""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "pt-BR: um circo, roubo", "Mensalidade",
"""Isso aqui virou um circo. Aumentaram a mensalidade sem avisar. É um roubo!

Patrícia""")
    m(B, "pt", "a2", "A", "pt-PT: sem palavras, ninguém assume", "Encomenda",
"""Fico sem palavras. A encomenda desapareceu e ninguém assume a responsabilidade.

Miguel""")
    m(B, "pt", "n1", "", "golpe phishing", "É golpe?",
"""Olá, recebi um e-mail pedindo meus dados bancários em nome de vocês. É golpe? Obrigada.

Renata""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "poppenkast, oplichting", "Abonnement",
"""Wat een poppenkast. Zonder bericht de prijs verhoogd en dan doen alsof het altijd zo was. Gewoon oplichting.

Erik""")
    m(B, "nl", "a2", "A", "sprakeloos, niemand verantwoordelijk", "Pakket",
"""Ik ben sprakeloos. Pakket kwijt en niemand bij jullie voelt zich verantwoordelijk.

Anouk""")
    m(B, "nl", "n1", "", "😂 joke", "Haha",
"""Jullie chatbot noemde me net 'meneer de koning' 😂 heerlijk. Vraag was al beantwoord, dank!

Pieter""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "cirkus, rena rånet", "Priset",
"""Vilken cirkus. Ni höjer priset utan att säga något. Det är ju rena rånet.

Lars""")
    m(B, "sv", "a2", "A", "mållös, ingen tar ansvar", "Paketet",
"""Jag är mållös. Paketet är borta och ingen hos er tar något ansvar.

Elin""")
    m(B, "sv", "n1", "", "calm", "Fråga om pris",
"""Hej, varför höjdes priset i januari? Bara nyfiken. Tack!

Ove""")
    # ---------------- da
    m(B, "da", "a1", "A", "cirkus, røveri", "Prisstigning",
"""Hvilket cirkus. I hæver prisen uden at sige noget. Det er det rene røveri.

Morten""")
    m(B, "da", "a2", "A", "mundlam, ingen tager ansvar", "Pakken",
"""Jeg er mundlam. Pakken er væk og ingen hos jer tager ansvar.

Hanne""")
    m(B, "da", "n1", "", "real cirkus", "Cirkus-billetter",
"""Hej, kan vi bruge jeres billetsystem til vores cirkusforestilling i juni? Mvh Louise""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "cyrk, złodziejstwo", "Abonament",
"""Co za cyrk. Podnosicie cenę bez słowa. To zwykłe złodziejstwo.

Rafał""")
    m(B, "pl", "a2", "A", "brak słów, nikt nie odpowiada", "Paczka",
"""Brak mi słów. Paczka zginęła, a u was nikt za nic nie odpowiada.

Dorota""")
    m(B, "pl", "n1", "", "oszustwo phishing", "Czy to oszustwo?",
"""Dzień dobry, dostałem SMS z prośbą o dopłatę w waszym imieniu. Czy to oszustwo? Pozdrawiam, Łukasz""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "circ, țeapă", "Abonament",
"""Ce circ. Ați mărit prețul fără să anunțați. E o țeapă curată.

Ciprian""", fmt="qp", charset="iso-8859-16")
    m(B, "ro", "a2", "A", "fără cuvinte, nimeni nu răspunde", "Colet",
"""Nu am cuvinte. Coletul a dispărut și nimeni de la voi nu își asumă nimic.

Loredana""")
    m(B, "ro", "n1", "", "teapa phishing question", "Este o teapa?",
"""Bună ziua, am primit un SMS în numele vostru cu un link de plată. Este o țeapă? Mulțumesc.

Mihaela""")
