"""devset16 abusive-legal, batch 13 (measured after tuning on b1-b12, before tuning on it): 'see you in
court' and 'you will hear from my lawyer' in every language, short insults in ro pl it pt nl sv fr de;
precision probes for the b12 entries (a puppy that is 'a little rascal', an Easter 'egg hunt', the ODR
'Link zur OS-Schlichtungsstelle', a lawyer who asks for a copy, ComReg rules)."""
B = "b13"

def add_b13(m):
    m(B, "ro", "l1", "L", "ro: ne vedem in instanta", "Contract",
"""Bine. Ne vedem in instanta.""")
    m(B, "ro", "l2", "L", "ro: veti avea vesti de la avocatul meu", "Penalitati",
"""O sa aveti vesti de la avocatul meu saptamana viitoare.""")
    m(B, "ro", "a1", "A", "ro: esti un incapabil, sa va fie rusine", "Comanda",
"""Esti un incapabil. Sa va fie rusine, nesimtitilor.""")
    m(B, "pl", "l1", "L", "pl: spotkamy się w sądzie", "Umowa",
"""W takim razie spotkamy się w sądzie.""")
    m(B, "pl", "l2", "L", "pl: sprawą zajmie się mój prawnik", "Kaucja",
"""Sprawą zajmie się teraz mój prawnik.""")
    m(B, "pl", "a1", "A", "pl: weź się ogarnij, debilu", "Zamówienie",
"""Weź się ogarnij, debilu, zamówienie było na inny adres.""")
    m(B, "it", "l1", "L", "it: ci vediamo in tribunale", "Contratto",
"""Va bene, ci vediamo in tribunale.""")
    m(B, "it", "a1", "A", "it: che razza di idiota", "Assistenza",
"""Ma che razza di idiota siete andati ad assumere?""")
    m(B, "pt", "l1", "L", "pt-BR: nos vemos na justiça", "Cobrança",
"""Então nos vemos na Justiça.""")
    m(B, "pt", "l2", "L", "pt-BR: vão ouvir falar do meu advogado", "Contrato",
"""Vocês vão ouvir falar do meu advogado.""")
    m(B, "pt", "a1", "A", "pt-BR: seu incompetente de merda", "Pedido",
"""Seu incompetente de merda, leia o que eu escrevi.""")
    m(B, "nl", "l1", "L", "nl: we zien elkaar in de rechtbank", "Contract",
"""Dan zien we elkaar in de rechtbank.""")
    m(B, "nl", "a1", "A", "nl: rot op, sukkel", "Levering",
"""Rot toch op, ongelooflijke sukkel.""")
    m(B, "sv", "l1", "L", "sv: vi ses i rätten", "Avtal",
"""Då ses vi i rätten.""")
    m(B, "sv", "a1", "A", "sv: dra åt helvete, du är efterbliven", "Svar",
"""Dra åt helvete. Du är helt efterbliven.""")
    m(B, "fr", "l1", "L", "fr: on se verra au tribunal", "Contrat",
"""Très bien, on se verra au tribunal.""")
    m(B, "fr", "a1", "A", "fr: vous êtes un bon à rien", "Commande",
"""Vous êtes un bon à rien, comme tous vos collègues.""")
    m(B, "de", "l1", "L", "de: wir sehen uns vor Gericht", "Vertrag",
"""Gut, dann sehen wir uns vor Gericht.""")
    m(B, "da", "l1", "L", "da: vi ses i retten", "Kontrakt",
"""Så ses vi i retten.""")
    m(B, "es", "l1", "L", "es: nos vemos en el juzgado", "Contrato",
"""Pues nos vemos en el juzgado.""")
    m(B, "en", "l1", "L", "en: see you in small claims", "final",
"""Fine. See you in small claims.""")
    # ---------------- negatives
    m(B, "en", "n1", "", "puppy is a little rascal", "Router cable",
"""Our puppy is a little rascal and chewed through the router cable. Can you send a new power supply?""")
    m(B, "en", "n2", "", "Easter egg hunt", "Event booking",
"""What an egg hunt that was! Can we book the same garden slot for next Easter?""")
    m(B, "en", "n3", "", "ComReg rules question", "Number porting",
"""Do ComReg rules require you to port my number within one working day? Just checking before I switch.""")
    m(B, "de", "n1", "", "de: Link zur OS-Schlichtungsstelle in template", "Impressum-Vorlage",
"""In Ihrer Shop-Vorlage fehlt im Footer der Link zur OS-Schlichtungsstelle. Können Sie den ergänzen?""")
    m(B, "sv", "n1", "", "sv: vi ses i Göteborg (meeting)", "Möte",
"""Tack! Vi ses i Göteborg på torsdag.""")
    m(B, "nl", "n1", "", "nl: rechtbank as customer", "Licenties",
"""Namens de rechtbank Rotterdam: we willen tien extra licenties voor de griffie.""")
    m(B, "pl", "n1", "", "pl: mój prawnik prosi o kopię umowy", "Umowa",
"""Mój prawnik prosi o kopię umowy, żeby sprawdzić zapisy przed przedłużeniem.""")
