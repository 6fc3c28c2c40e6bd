"""devset15 abusive, batch 7 (measured before tuning on it): English recall again, fresh wording by
other writers (US/UK/AU/IE/IN/non-native), threats and harassment, insults about competence, plus
negatives; a few other languages."""
B = "b7"

def add_b7(m):
    m(B, "en", "a1", "A", "IE: you're a shower of gobshites", "feckin hell",
"""You're a shower of gobshites, the lot of ye. The eejit on the phone hung up on me.""")
    m(B, "en", "a2", "A", "Indian English: you are fully useless fellows, nonsense people", "complaint regarding service",
"""Sir, your executive Mr Ramesh is a fool and a cheat. You are all useless fellows and nonsense people. Kindly do the needful.""")
    m(B, "en", "a3", "A", "threat: you won't be safe walking to your car", "the manager",
"""Tell your manager she won't feel so safe walking to her car after work. People like her have it coming.""")
    m(B, "en", "a4", "A", "competence insult: did your mother drop you on your head", "Re: Re: setup",
"""Did your mother drop you on your head as a baby? I've never met anyone so incapable of following a simple sentence.""")
    m(B, "en", "a5", "A", "named agent slur-free degrading: dim bulb, not the sharpest", "Tyler",
"""Tyler is not the sharpest tool in the shed, is he. Dim bulb. Get me someone who can count.""")
    m(B, "en", "a6", "A", "insult hidden in a long feature mail", "Feature request: bulk edit tags",
"""Hello,

We manage about 4,000 products and need to bulk edit tags. Right now we have to open each product, which takes our team hours every week. Ideally we'd select products in the list view and add or remove a tag in one go, with an undo.

Your product manager, who replied last time that "nobody asks for this", is a condescending prick.

Could you let us know if it's on the roadmap?

Best,
Ilse van Dam""", fmt="html")
    m(B, "en", "a7", "A", "threat: hunt down, make you pay", "you'll pay",
"""I'll hunt down whoever approved this charge and make them pay. Personally.""")
    m(B, "en", "a8", "A", "harassment: flood your inbox / tell everyone", "Kate",
"""Kate, I'm going to tell everyone at your gym and your church what kind of lying cow you are. I've got friends there.""")
    m(B, "en", "a9", "A", "obfuscation: a$$hat, sh1tbag", "cancel",
"""cancel my sub you absolute a$$hat. your whole team are sh1tbags""")
    m(B, "en", "a10", "A", "dehumanising: you're not human, trained chimps", "support??",
"""Are you even human? You people are trained chimps reading from a card.""")
    m(B, "en", "n1", "", "frustrated, swearing at process", "wtf is going on",
"""What the hell is going on with my order?? This is the third bloody delay. Sort it out please.""")
    m(B, "en", "n2", "", "praise with rough words", "thanks",
"""You absolute legends, you crazy bastards actually did it. Thanks so much.""")
    m(B, "en", "n3", "", "third party: the previous agency were cowboys", "migration",
"""The agency that built our old site were cowboys and idiots. We need your help moving the content over.""")
    m(B, "en", "n4", "", "safety words literal: walking to your car, parking", "parking",
"""Is it safe to leave my car in your customer car park overnight? I'll be walking to the station after.""")
    m(B, "en", "n5", "", "I'm hunting down a bug", "bug",
"""I'm hunting down a bug where whoever approved the invoice doesn't show in the audit log. Any idea?""")
    m(B, "de", "a1", "A", "de: Ihre Kollegin ist zu blöd zum Telefonieren", "Hotline",
"""Ihre Kollegin ist zu blöd zum Telefonieren. Stellen Sie Leute ein, die bis drei zählen können.""")
    m(B, "fr", "a1", "A", "fr-BE: bande de cons, je vais venir vous régler votre compte", "SAV",
"""Bande de cons. Je vais venir vous régler votre compte un par un.""")
    m(B, "es", "a1", "A", "es: como te vea te reviento", "repartidor",
"""Dile al repartidor que como lo vea por mi calle lo reviento.""")
    m(B, "it", "a1", "A", "it: il cervello di una gallina", "operatrice",
"""La vostra operatrice ha il cervello di una gallina. Che pena.""")
    m(B, "pt", "a1", "A", "pt-PT: és mesmo burra", "Re: fatura",
"""És mesmo burra ou fazes-te? Já expliquei três vezes.""")
    m(B, "nl", "a1", "A", "nl: die medewerker is zo dom als het achtereind van een varken", "service",
"""Die medewerker is zo dom als het achtereind van een varken.""")
    m(B, "sv", "a1", "A", "sv: jag ska göra ditt liv till ett helvete", "Maria",
"""Maria, jag ska göra ditt liv till ett helvete. Jag vet var du jobbar.""")
    m(B, "da", "a1", "A", "da: din dumme ko", "svar",
"""Din dumme ko, læs hvad jeg skriver.""")
    m(B, "pl", "a1", "A", "pl: jesteście bandą złodziei i debili", "reklamacja",
"""Jesteście bandą złodziei i debili. Konsultant to zwykły cham.""")
    m(B, "ro", "a1", "A", "ro: va bat pe toti", "magazin",
"""Daca nu imi dati banii vin la magazin si va bat pe toti, bozgorilor de nimic.""")
