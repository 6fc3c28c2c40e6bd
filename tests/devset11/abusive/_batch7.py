"""devset11 abusive, batch 7 (written after tuning on b1-b6; measured before tuning on it)."""
B = "b7"

def add(m):
    # ================= en
    m(B, "en", "p1", True, "long complaint; named agent a condescending cow", "Complaint - account 55120",
"""Hello,

I've been a customer for six years and I have never been treated like this. I rang on Tuesday about the direct debit that was taken twice. The woman I spoke to, Karen or whatever her name was, was a condescending cow who clearly hates her job and took it out on me. She told me to "read the terms".

I want the duplicate payment refunded and I want someone senior to call me.

Regards,
Diane Whitfield""")
    m(B, "en", "p2", True, "do you lot get paid to be this thick", "",
"""Do you lot actually get paid to be this thick, or do you do it for free?""")
    m(B, "en", "p3", True, "useless twit, spineless worm", "ticket closed",
"""Put the useless twit who closed my ticket on the phone so I can tell him exactly what I think of him, the spineless worm.""")
    m(B, "en", "p4", True, "stalking threat: manager's reg plate and gym", "",
"""I've got your manager's reg plate and I know which gym she goes to. Think about that before you close my complaint again.""")
    m(B, "en", "p5", True, "contempt: walking advert for birth control", "engineer",
"""Your so-called senior engineer is a walking advert for birth control.""")
    m(B, "en", "n1", False, "long angry, swearing at the situation only", "2 hours on hold",
"""This is absolute rubbish. I've been on hold for two hours, your phone system is crap and the whole experience has been a bloody nightmare from start to finish. I just want to change my delivery address. Please call me back on the number on my account.""")
    m(B, "en", "n2", False, "apology for having called the agent a liar", "Apology",
"""I called your agent a liar yesterday and I want to apologise. She was right, the payment hadn't cleared. Please pass this on to her.""")
    m(B, "en", "n3", False, "medical: Down syndrome missing from dropdown", "Form dropdown",
"""My daughter has Down syndrome and your registration form's disability dropdown doesn't list it. Could it be added?""")
    m(B, "en", "n4", False, "idiom: don't shoot the messenger", "Quote",
"""Please don't shoot the messenger, but my boss says your quote is too high. Any room to move on price?""")
    m(B, "en", "n5", False, "praise: legends, mad geniuses", "Thanks!!",
"""You guys are legends. Honestly you're all mad geniuses, the migration went perfectly.""")

    # ================= pt
    m(B, "pt", "p1", True, "pt-BR long: named agent should be cleaning floors", "Geladeira não entregue",
"""Boa tarde.

Comprei uma geladeira no dia 3, paguei frete expresso e até agora nada. Liguei seis vezes. A atendente de hoje, uma tal de Kelly, foi de uma grosseria absurda, uma mal educada sem noção que devia estar limpando chão em vez de atender cliente.

Quero meu dinheiro de volta.
Sandra Oliveira""")
    m(B, "pt", "p2", True, "pt-PT: comercial é um chico-esperto de meia-tijela e vigarista", "Comercial",
"""O vosso comercial é um chico-esperto de meia-tijela e um vigarista.""", fmt="qp", charset="iso-8859-1")
    m(B, "pt", "p3", True, "pt-BR: vai à merda você e sua empresinha", "",
"""Vai à merda, você e essa sua empresinha.""")
    m(B, "pt", "p4", True, "pt-BR: threat at manager's house door", "gerente",
"""Eu vou na porta da casa desse gerente e vou mostrar pra ele quem manda.""")
    m(B, "pt", "p5", True, "pt-PT: condescending gendered, atrasadinha, ó filha", "Re: Morada",
"""És mesmo atrasadinha, ó filha. Lê o que escrevi.

> Bom dia, pode confirmar a morada de entrega?""")
    m(B, "pt", "p6", True, "pt-BR: seus merdinhas", "",
"""Seus merdinhas, acham que podem enganar todo mundo.""")
    m(B, "pt", "p7", True, "pt-BR: chat slang, vc é mto burra, lerda", "chat",
"""vc é mto burra mano, sério, nunca vi alguém tão lerda""")
    m(B, "pt", "n1", False, "pt-BR long angry, no insult", "técnico não apareceu",
"""Estou revoltada. Pela terceira vez o técnico não apareceu e eu perdi um dia de trabalho. Isso é um desrespeito com o consumidor. Quero uma solução hoje.""")
    m(B, "pt", "n2", False, "pt-PT: apology for calling the technician burro", "Pedido de desculpa",
"""Peço desculpa por ter chamado burro ao vosso técnico ontem, estava nervoso. Afinal ele tinha razão.""")
    m(B, "pt", "n3", False, "pt-BR: caramba que demora (situation)", "cadastro",
"""Caramba, que demora pra aprovar o cadastro! Já faz cinco dias.""")
    m(B, "pt", "n4", False, "pt-PT: cadela com cio (normal use)", "Hotel canino",
"""Boa tarde, a minha cadela está com o cio. O vosso hotel canino aceita-a na mesma em dezembro?""")
    m(B, "pt", "n5", False, "pt-BR: meu chefe vai me matar", "relatório",
"""Meu chefe vai me matar se esse relatório não sair hoje kkk me ajudem, o botão exportar não funciona""")
    m(B, "pt", "n6", False, "pt-BR: quoting the attendant to report it", "Ouvidoria",
"""A atendente falou que eu era "burra demais pra entender o contrato". Achei um absurdo. Quero falar com a ouvidoria.""")
    m(B, "pt", "n7", False, "pt-PT: praise, uns cracks", "Obrigado",
"""Vocês são uns cracks, resolveram tudo num instante!""")

    # ================= da
    m(B, "da", "p1", True, "arrogant møgso, kundechef", "",
"""Hun er en arrogant møgso, jeres kundechef.""")
    m(B, "da", "p2", True, "I burde alle sammen skydes", "",
"""I burde alle sammen skydes.""")
    m(B, "da", "p3", True, "ynkelig lille mand (named)", "Henrik",
"""Du er en ynkelig lille mand, Henrik.""")
    m(B, "da", "n1", False, "hold nu kæft as exasperation at the app", "kvittering",
"""Hold nu kæft hvor er det svært at finde kvitteringen i appen. Hvor ligger den?""")
    m(B, "da", "n2", False, "apology for calling an employee an idiot", "Undskyld",
"""Jeg kaldte jeres medarbejder en idiot i går, det beklager jeg. Det var ikke hendes skyld.""")
    m(B, "da", "n3", False, "ondt i ryggen (medical)", "levering",
"""Jeg har ondt i ryggen og kan ikke hente pakken i pakkeshoppen. Kan I levere den til døren?""")

    # ================= it
    m(B, "it", "p1", True, "branco di avvoltoi e incompetenti", "",
"""Siete un branco di avvoltoi e incompetenti.""")
    m(B, "it", "p2", True, "operatore cafone ignorante", "Paolo",
"""L'operatore Paolo è un cafone ignorante che non sa nemmeno parlare l'italiano.""")
    m(B, "it", "p3", True, "wish: fallire e finire disoccupati", "",
"""Vi auguro di fallire e di finire tutti disoccupati.""")
    m(B, "it", "p4", True, "threat to property: vi spacco la macchina", "",
"""Vi spacco la macchina davanti all'ufficio, così imparate.""")
    m(B, "it", "n1", False, "che schifo di servizio (situation)", "rimborso",
"""Che schifo di servizio, tre settimane per un rimborso. Pessimi.""")
    m(B, "it", "n2", False, "apology for calling the technician incompetent", "Scuse",
"""Mi scuso per aver dato dell'incompetente al vostro tecnico, avevo torto io.""")
    m(B, "it", "n3", False, "dog is a real monster (pet)", "ricambi",
"""Il mio cane è un vero mostro, ha distrutto il cuscino del divano! Vendete la fodera di ricambio?""")

    # ================= nl
    m(B, "nl", "p1", True, "medewerkers allemaal hersenloze zombies", "",
"""Jullie medewerkers zijn allemaal hersenloze zombies.""")
    m(B, "nl", "p2", True, "wish: manager onder een bus", "",
"""Ik hoop dat die manager van jullie onder een bus loopt.""")
    m(B, "nl", "p3", True, "flikker op, stelletje zakkenvullers", "",
"""Flikker toch op, stelletje zakkenvullers.""")
    m(B, "nl", "n1", False, "gek van de wachtmuziek, eventually helped", "geholpen",
"""Ik werd gek van de wachtmuziek, maar uiteindelijk ben ik goed geholpen. Dank!""")
    m(B, "nl", "n2", False, "apology for calling them oplichters", "excuses",
"""Sorry dat ik jullie gisteren oplichters noemde, het geld is toch binnengekomen.""")
    m(B, "nl", "n3", False, "cat is een rotzak (pet)", "kabel",
"""Onze kat is een echte rotzak, hij heeft de oplaadkabel doorgebeten. Verkopen jullie losse kabels?""")

    # ================= sv
    m(B, "sv", "p1", True, "säljare slemmig jävel", "",
"""Er säljare är en slemmig jävel.""")
    m(B, "sv", "p2", True, "blodsugande parasiter", "",
"""Ni är inget annat än blodsugande parasiter.""")
    m(B, "sv", "p3", True, "stalking threat: vet var du parkerar", "",
"""Jag vet vem du är och jag vet var du parkerar.""")
    m(B, "sv", "p4", True, "din jävla fitta", "",
"""Din jävla fitta, lägg inte på luren!""")
    m(B, "sv", "n1", False, "apology for calling them idiots", "Förlåt",
"""Förlåt att jag kallade er för idioter i förra mejlet, det var mitt eget fel.""")
    m(B, "sv", "n2", False, "skitjobbigt (situation)", "lösenord",
"""Det är skitjobbigt att byta lösenord varje månad. Går det att stänga av?""")
    m(B, "sv", "n3", False, "dog is a real thief (pet)", "hundgodis",
"""Min hund är en riktig tjuv, han stal korven från bordet! Säljer ni hundgodis?""")
