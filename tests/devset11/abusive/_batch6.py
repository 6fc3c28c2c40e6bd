"""devset11 abusive, batch 6 (written after tuning on b1-b5; measured before tuning on it)."""
B = "b6"

def add(m):
    # ================= pt
    m(B, "pt", "p1", True, "pt-BR: porcos imundos, riram da minha cara", "comida estragada",
"""Vocês são uns porcos imundos. A comida veio estragada e ainda riram da minha cara no telefone.""")
    m(B, "pt", "p2", True, "pt-PT: named colleague parva chapada e mentirosa compulsiva", "Andreia",
"""A sua colega Andreia é uma parva chapada e uma mentirosa compulsiva.

--
Enviado do meu iPad""")
    m(B, "pt", "p3", True, "pt-BR: wish: tomara que morram engasgados", "",
"""Tomara que vocês morram todos engasgados com esse dinheiro roubado.""")
    m(B, "pt", "p4", True, "pt-BR: vagabundos, cambada de preguiçosos", "",
"""vagabundos, cambada de preguiçosos, não fazem porra nenhuma o dia todo""")
    m(B, "pt", "p5", True, "pt-PT: threat + insult: parto essa loja toda, seus cabrões", "Loja",
"""Ainda vos parto essa loja toda, seus cabrões.""", fmt="qp", charset="iso-8859-1")
    m(B, "pt", "p6", True, "pt-BR: quadrilha de bandidos, cuzões", "",
"""vocês são uma quadrilha de bandidos de colarinho branco, cuzões""")
    m(B, "pt", "p7", True, "pt-BR: named manager é um pau no cu", "gerente",
"""Esse gerente Fábio é um pau no cu, desculpa mas é.""")
    m(B, "pt", "p8", True, "pt-PT: vá chatear a sua mãe, sua besta quadrada", "Re: Pedido de informação",
"""Vá chatear a sua mãe, sua besta quadrada.

> Caro cliente, informamos que o prazo de resposta é de 10 dias úteis.""")
    m(B, "pt", "n1", False, "pt-BR: app é uma porcaria (situation)", "app travando",
"""Esse app é uma porcaria, trava toda hora. Arrumem isso, por favor.""")
    m(B, "pt", "n2", False, "pt-PT: self, sou um desastre", "Ajuda",
"""Sou um desastre com estas coisas, desculpem o incómodo. Como é que altero o NIF na fatura?""")
    m(B, "pt", "n3", False, "pt-BR: praise of courier", "Elogio",
"""Gente, a entregadora foi um amor! Chegou antes do horário e super educada. Parabéns.""")
    m(B, "pt", "n4", False, "pt-BR: delivery note with cachorro morde", "observação bloqueada",
"""No campo de observações escrevi "deixar com o porteiro, o cachorro morde" e o sistema não deixou salvar. Por quê?""")
    m(B, "pt", "n5", False, "pt-PT: formal angry, cancel contract", "Cancelamento",
"""Exmos. Senhores,

É inadmissível o tempo de espera que tenho tido. Solicito o cancelamento imediato do contrato.

Com os melhores cumprimentos,
Luís Carvalho""")
    m(B, "pt", "n6", False, "pt-BR: quoting the motoboy's insult to report it", "motoboy",
"""O motoboy disse que eu era "uma velha chata" e jogou a pizza no chão. Quero meu dinheiro de volta.""")

    # ================= en
    m(B, "en", "p1", True, "glorified receptionist with the brain of a goldfish", "CSM",
"""Your so-called "customer success manager" is a glorified receptionist with the brain of a goldfish.""")
    m(B, "en", "p2", True, "wish: every single one of you deserves to be on the street begging", "",
"""Every single one of you deserves to be out on the street begging.""")
    m(B, "en", "p3", True, "threat: I'll put him in hospital", "van driver",
"""If I see that van driver again I'll put him in hospital.""")
    m(B, "en", "p4", True, "most useless, lazy, gormless bunch", "",
"""Honestly you're the most useless, lazy, gormless bunch I've ever had the misfortune to deal with.""")
    m(B, "en", "n1", False, "self: goldfish memory", "already paid",
"""Goldfish memory on my part, I already paid that invoice last week. Sorry!""")
    m(B, "en", "n2", False, "hospital portal crashes", "upload crash",
"""The hospital portal crashes when I upload the MRI scan. Can you check? Chrome on Windows 11.""")
    m(B, "en", "n3", False, "not blaming you personally, outage cost us", "outage",
"""Our CEO will be livid. I'm not blaming you personally, but this outage cost us a full day of sales.""")
    m(B, "en", "n4", False, "colleague calls the app 'the beast'", "love it",
"""My colleague keeps calling your app "the beast" because it handles everything we throw at it. Great job.""")

    # ================= da
    m(B, "da", "p1", True, "named agent: for dum til at have et job", "Mikkel",
"""Du er simpelthen for dum til at have et job, Mikkel.""")
    m(B, "da", "p2", True, "flok lede parasitter", "",
"""I er en flok lede parasitter.""")
    m(B, "da", "p3", True, "wish: dør en langsom død", "",
"""Jeg håber du dør en langsom død.""")
    m(B, "da", "p4", True, "tekniker er en fuld idiot og en svans", "teknikeren",
"""Jeres tekniker er en fuld idiot og en svans.""")
    m(B, "da", "n1", False, "chok over regningen, own mistake", "regning",
"""Jeg fik et chok over regningen, men det var min egen fejl. Undskyld mailen i går.""")
    m(B, "da", "n2", False, "hold da kæft as 'wow' praise", "ny version",
"""Hold da kæft hvor er den nye version god! Tak.""")
    m(B, "da", "n3", False, "fanden tage den printer (situation)", "printer",
"""Fanden tage den printer, den vil ikke forbinde til appen. Hvad gør jeg?""")

    # ================= it
    m(B, "it", "p1", True, "sciacalli senza scrupoli", "",
"""Siete solo degli sciacalli senza scrupoli.""")
    m(B, "it", "p2", True, "direttore porco schifoso", "",
"""Il vostro direttore è un porco schifoso.""")
    m(B, "it", "p3", True, "threat: prima o poi vi trovo", "",
"""Prima o poi vi trovo, e allora non ridete più.""")
    m(B, "it", "p4", True, "ma vaffa, quella mentecatta al telefono", "",
"""Ma vaffa, voi e quella mentecatta al telefono.""")
    m(B, "it", "n1", False, "accidenti, locked out", "account bloccato",
"""Accidenti, ho sbagliato password troppe volte. Mi sbloccate l'account?""")
    m(B, "it", "n2", False, "self: sono un'idiota", "mail",
"""Sono un'idiota, avevo già ricevuto la mail di conferma. Scusate!""")
    m(B, "it", "n3", False, "praise: app è una bomba", "complimenti",
"""La vostra app è una bomba, l'ho consigliata a tutti.""")

    # ================= nl
    m(B, "nl", "p1", True, "stelletje graaiende klootzakken", "",
"""Jullie zijn een stelletje graaiende klootzakken.""")
    m(B, "nl", "p2", True, "vent aan de telefoon is een ontzettende lul", "",
"""Die vent aan de telefoon is een ontzettende lul.""")
    m(B, "nl", "p3", True, "wish: de pest krijgen", "",
"""Ik hoop dat jullie allemaal de pest krijgen.""")
    m(B, "nl", "p4", True, "threat: breek ik zijn benen", "monteur",
"""Als ik jullie monteur nog een keer zie, breek ik zijn benen.""")
    m(B, "nl", "n1", False, "balen, pas verlopen", "pas",
"""Balen, mijn pas is verlopen. Hoe vraag ik een nieuwe aan?""")
    m(B, "nl", "n2", False, "self: als een idioot zitten zoeken", "gevonden",
"""Ik zat als een idioot te zoeken naar de knop, maar ik heb hem gevonden. Bedankt!""")
    m(B, "nl", "n3", False, "praise", "app",
"""Mijn zoontje noemde jullie app 'de beste ooit'. Ga zo door!""")

    # ================= sv
    m(B, "sv", "p1", True, "ynkliga kräk", "",
"""Ni är ena ynkliga kräk på er kundtjänst.""")
    m(B, "sv", "p2", True, "named agent: bortskämd slyna", "Lisa",
"""Den där Lisa är en bortskämd slyna.""")
    m(B, "sv", "p3", True, "wish: hoppas ni dör", "",
"""Jag hoppas ni dör, allihop.""")
    m(B, "sv", "p4", True, "threat: kommer och hälsar på, inte trevligt", "",
"""Om ni inte betalar tillbaka så kommer jag och hälsar på, och det blir inte trevligt.""")
    m(B, "sv", "n1", False, "attans, wrong address", "adress",
"""Attans, fel adress på beställningen. Kan ni ändra?""")
    m(B, "sv", "n2", False, "self: klantskalle", "faktura",
"""Jag är en klantskalle, glömde betala fakturan. Kan jag betala nu utan avgift?""")
    m(B, "sv", "n3", False, "praise: sjukt bra, helt galen", "Beröm",
"""Er nya funktion är sjukt bra, helt galen!""")
