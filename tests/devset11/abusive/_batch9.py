"""devset11 abusive, batch 9 (written after tuning on b1-b8; measured before tuning on it)."""
B = "b9"

def add(m):
    # ================= pt
    m(B, "pt", "p1", True, "pt-BR: bando de urubu, sugam o sangue do cliente", "",
"""Vocês são um bando de urubus, só sabem sugar o sangue do cliente.""")
    m(B, "pt", "p2", True, "pt-PT: named agent: uma cabra mal-disposta", "Joana",
"""A Joana do apoio é uma cabra mal-disposta, devia ter vergonha.""")
    m(B, "pt", "p3", True, "pt-BR: threat: vou quebrar esse lugar todo e quem estiver na frente", "",
"""Amanhã eu vou aí quebrar essa loja inteira e quem estiver na minha frente.""")
    m(B, "pt", "p4", True, "pt-BR: racist/dehumanising: esses animais do atendimento", "",
"""Esses animais do atendimento não sabem nem falar português.""")
    m(B, "pt", "p5", True, "pt-PT: vão levar nos cornos", "Aviso",
"""Se continuam a ligar-me para casa, ainda vão levar nos cornos, seus palhaços.""")
    m(B, "pt", "p6", True, "pt-BR: vocês são um lixo de gente", "",
"""Vocês são um lixo de gente, todos vocês, do dono ao estagiário.""")
    m(B, "pt", "n1", False, "pt-BR: que saco, app slow (situation)", "lentidão",
"""Que saco, o app demora uma eternidade pra abrir. Tem previsão de melhoria?""")
    m(B, "pt", "n2", False, "pt-PT: estou lixado com isto (situation)", "Fatura errada",
"""Estou lixado com isto, a fatura veio outra vez com o NIF errado. Podem corrigir?""")
    m(B, "pt", "n3", False, "pt-BR: reporting a scam page using company name and insults (quoting)", "site falso",
"""Tem um site falso usando o nome de vocês e mandando mensagem "paga logo seu otário". Vocês sabem disso?""")
    m(B, "pt", "n4", False, "pt-BR: self, sou muito lerda", "boleto",
"""Desculpa, sou muito lerda, onde eu baixo o boleto mesmo?""")
    m(B, "pt", "n5", False, "pt-PT: veterinária, porcos (pigs) literal", "Encomenda",
"""Trabalho numa quinta e preciso de ração para porcos. Vocês entregam em Trás-os-Montes?""")

    # ================= en
    m(B, "en", "p1", True, "you absolute weapon (UK insult) + pillocks", "",
"""You absolute weapons. Three engineers, three no-shows. Pillocks the lot of you.""")
    m(B, "en", "p2", True, "threat: sort your driver out myself", "driver",
"""If your driver blocks my drive one more time I'll sort him out myself, and he won't be driving for a while after.""")
    m(B, "en", "p3", True, "contempt: couldn't organise, thick as mince", "",
"""Your whole team is as thick as mince.""")
    m(B, "en", "p4", True, "gendered: typical woman, go back to the kitchen", "billing girl",
"""Typical woman in billing, can't add up. Go back to the kitchen love.""")
    m(B, "en", "n1", False, "a reviewer called your product trash; polite question", "Review",
"""Someone left a review calling our listing "trash", can we respond publicly? It's on your marketplace.""")
    m(B, "en", "n2", False, "hell of a job praise", "Thanks",
"""Hell of a job on the new release, guys. Seriously impressive.""")
    m(B, "en", "n3", False, "wipe the database, kill all sessions", "reset",
"""Can you wipe the staging database and kill all active sessions for our tenant? We're starting the test over.""")
    m(B, "en", "n4", False, "I'm so stupid, wrong card", "wrong card",
"""I'm so stupid, I paid with my personal card instead of the company one. Can you refund and re-charge?""")

    # ================= da
    m(B, "da", "p1", True, "I er nogle ækle blodsugere", "",
"""I er nogle ækle blodsugere.""")
    m(B, "da", "p2", True, "din dumme ko (to agent)", "",
"""Din dumme ko, hvorfor lægger du på?""")
    m(B, "da", "p3", True, "threat: jeg smadrer jeres butik", "",
"""Hvis I ikke betaler, så smadrer jeg jeres butik.""")
    m(B, "da", "n1", False, "det er for dumt (situation)", "levering",
"""Det er for dumt at man ikke kan ændre leveringsadressen efter bestilling.""")
    m(B, "da", "n2", False, "praise", "tak",
"""I er bare de bedste, tusind tak for hjælpen!""")
    m(B, "da", "n3", False, "self: jeg er et fæ", "kode",
"""Jeg er et fæ, jeg har skrevet koden forkert tre gange. Kan I låse op?""")

    # ================= it
    m(B, "it", "p1", True, "siete degli incapaci e dei buffoni", "",
"""Siete degli incapaci e dei buffoni.""")
    m(B, "it", "p2", True, "named agent: quella gallina di Sara", "",
"""Quella gallina di Sara non sa fare niente.""")
    m(B, "it", "p3", True, "threat: vi vengo a spaccare tutto", "",
"""Domani vengo lì e vi spacco tutto, ufficio compreso.""")
    m(B, "it", "n1", False, "porca vacca (exclamation)", "password",
"""Porca vacca, ho dimenticato di nuovo la password.""")
    m(B, "it", "n2", False, "polite complaint", "rimborso",
"""Sono molto arrabbiato per il ritardo del rimborso, vi prego di sollecitare.""")
    m(B, "it", "n3", False, "agriturismo: vacche, maiali literal", "ordine",
"""Abbiamo un agriturismo con vacche e maiali, ci serve il mangime in sacchi da 25 kg.""")

    # ================= nl
    m(B, "nl", "p1", True, "klantenservice vol met debielen", "",
"""Jullie klantenservice zit vol met debielen.""")
    m(B, "nl", "p2", True, "threat: ik trap jullie deur in", "",
"""Als ik vandaag mijn geld niet heb, trap ik morgen jullie deur in.""")
    m(B, "nl", "n1", False, "kut at situation", "storing",
"""Kutstoring weer, niemand kan inloggen. Wanneer is het opgelost?""")
    m(B, "nl", "n2", False, "self: ik ben een sufferd", "wachtwoord",
"""Ik ben een sufferd, wachtwoord weer vergeten.""")

    # ================= sv
    m(B, "sv", "p1", True, "ni är ett gäng snyltande kräk", "",
"""Ni är ett gäng snyltande kräk.""")
    m(B, "sv", "p2", True, "threat: jag kommer att krossa ert skyltfönster", "",
"""Betalar ni inte tillbaka krossar jag ert skyltfönster.""")
    m(B, "sv", "n1", False, "jävla app (situation)", "appen",
"""Den här jävla appen kraschar hela tiden. Hjälp!""")
    m(B, "sv", "n2", False, "self: jag är så dum", "beställning",
"""Jag är så dum, jag beställde två av samma. Kan jag avboka en?""")
