"""devset11 abusive, batch 5 (written after tuning on b1-b4; measured before tuning on it)."""
B = "b5"

def add(m):
    # ================= pt
    m(B, "pt", "p1", True, "pt-BR: olha aqui sua incompetente, seus ladrões", "internet cortada",
"""Olha aqui sua incompetente, eu pago a conta em dia e vocês cortam minha internet? Vão se ferrar, seus ladrões.""")
    m(B, "pt", "p2", True, "pt-PT: aldrabões de primeira, gerente vigarista", "Contrato",
"""Vocês são uns aldrabões de primeira e o vosso gerente é um vigarista encartado.

Cumprimentos,
J. Moreira""", fmt="qp", charset="iso-8859-1")
    m(B, "pt", "p3", True, "pt-BR: racist, atendente macaco", "",
"""Aquele atendente macaco não sabe fazer nada, só enrola.""")
    m(B, "pt", "p4", True, "pt-BR: sexual harassment of attendant", "loja do shopping",
"""Manda aquela atendente gostosa da loja do shopping me ligar, quero ver se ela é boa de cama também.""")
    m(B, "pt", "p5", True, "pt-PT: ponham-se no caralho, cambada de inúteis", "",
"""Ponham-se no caralho, cambada de inúteis.""")
    m(B, "pt", "p6", True, "pt-BR: threat, arrepender amargamente, sei onde o dono mora", "última chance",
"""Vocês vão se arrepender amargamente. Eu sei onde o dono dessa espelunca mora.""")
    m(B, "pt", "p7", True, "pt-BR: empresa cheia de funcionário burro e preguiçoso", "",
"""Que empresa de merda, cheia de funcionário burro e preguiçoso. Ninguém sabe nada.""")
    m(B, "pt", "p8", True, "pt-PT: ó estúpido, és surdo", "Re: contrato 7712",
"""Ó estúpido, já te disse três vezes o número do contrato. És surdo ou quê?

> Bom dia, para avançarmos precisamos do número do contrato.""")
    m(B, "pt", "p9", True, "pt-BR: gendered threat, mulherzinha do SAC vai ver só", "SAC",
"""Se essa mulherzinha do SAC desligar na minha cara de novo, eu vou até aí e ela vai ver só.""")
    m(B, "pt", "p10", True, "pt-BR: obfuscated f.d.p, p0rra", "reembolso",
"""bando de f.d.p, devolvam meu dinheiro p0rra""")
    m(B, "pt", "n1", False, "pt-BR: praise, self-deprecation (sou uma negação)", "Obrigada!",
"""Vocês são uns anjos! Obrigada pela paciência comigo, sou uma negação com computador.""")
    m(B, "pt", "n2", False, "pt-PT: praise technician, barulho do caraças (situation)", "Máquina de lavar",
"""O técnico foi impecável, muito simpático. Já agora, a máquina continua a fazer um barulho do caraças na centrifugação. É normal?""")
    m(B, "pt", "n3", False, "pt-BR: reporting harassment of daughter by another user (quoting)", "Denúncia de usuário",
"""Minha filha de 15 anos está recebendo mensagens de um usuário chamando ela de "gostosa" e pedindo fotos no app de vocês. Como faço para denunciar e bloquear essa pessoa?""")
    m(B, "pt", "n4", False, "pt-PT: indignant but polite, formal complaint", "Reclamação formal",
"""Estou indignada. Fui mal atendida na loja do Colombo e ninguém me pediu desculpa. Quero apresentar uma reclamação formal no livro de reclamações.

Maria do Carmo Lopes""")
    m(B, "pt", "n5", False, "pt-BR: que bosta at self, forgot CEP", "CEP",
"""Cara, que bosta, esqueci de colocar o CEP no pedido. Dá pra corrigir antes de enviar?""")
    m(B, "pt", "n6", False, "pt-BR: game violence in normal use", "modo zumbi",
"""O jogo de vocês é viciante demais, tô morrendo de rir com o modo zumbi, matei 300 ontem kkk. Quando sai o próximo mapa?""")

    # ================= en
    m(B, "en", "p1", True, "sexual harassment of help-desk agent", "help desk",
"""Tell the blonde on your help desk she can come and sort my "problem" out in person if you know what I mean. Bet she'd love it.""")
    m(B, "en", "p2", True, "you're all spineless corporate bootlickers", "",
"""You're all spineless corporate bootlickers, hiding behind your policies.""")
    m(B, "en", "p3", True, "threat: find out which one of you, make your life a misery", "this reply",
"""I'm going to find out which one of you wrote this reply and make your life a misery.""")
    m(B, "en", "p4", True, "cretins with the IQ of a doorknob", "",
"""Your support desk is staffed by absolute cretins with the IQ of a doorknob.""", fmt="html")
    m(B, "en", "n1", False, "broken link to the Idiot's Guide", "broken link",
"""The "Idiot's Guide to Payroll" link on your help page is broken, it goes to a 404.""")
    m(B, "en", "n2", False, "our accountant is going to kill me", "invoices",
"""Our accountant is going to kill me if these invoices aren't corrected by Friday, so any help would be great!""")
    m(B, "en", "n3", False, "a review calling staff morons isn't from me (quoting)", "Fake review",
"""The review on your site that calls your staff "morons" isn't from me, someone used my name and photo. Please remove it.""")
    m(B, "en", "n4", False, "not angry at the agent, policy is absurd", "Policy",
"""I understand your agent is only following the rules and I'm not angry at her, but the policy itself is absurd.""")

    # ================= da
    m(B, "da", "p1", True, "threat: får han en på skrinet", "sælgeren",
"""Hvis jeg ser den sælger igen, så får han en på skrinet.""")
    m(B, "da", "p2", True, "hjernedød abekat", "",
"""Jeres supporter er en hjernedød abekat.""")
    m(B, "da", "p3", True, "skrid ad helvede til, I lede røvhuller", "",
"""Skrid ad helvede til, I lede røvhuller.""")
    m(B, "da", "p4", True, "I er nogle fucking tabere", "",
"""I er nogle fucking tabere, alle sammen.""")
    m(B, "da", "n1", False, "hyperbole at own computer", "virker nu",
"""Jeg var ved at smide min computer ud af vinduet i går, haha. Men nu virker det. Tak for hjælpen!""")
    m(B, "da", "n2", False, "møgirriterende (situation)", "login",
"""Det er møgirriterende at skulle logge ind hver dag. Kan I ikke få appen til at huske mig?""")
    m(B, "da", "n3", False, "praise of named agent", "Ros",
"""Jeres medarbejder Trine var fantastisk, en sand engel. Tak!""")

    # ================= it
    m(B, "it", "p1", True, "chi vi ha assunto, degli scimmioni", "",
"""Ma chi vi ha assunto, degli scimmioni? Siete imbarazzanti.""")
    m(B, "it", "p2", True, "quella vacca dell'ufficio reclami", "Reclami",
"""Quella vacca dell'ufficio reclami non risponde mai alle mail.""")
    m(B, "it", "p3", True, "wish: spero che vi venga un cancro", "",
"""Spero che vi venga un cancro a tutti quanti.""")
    m(B, "it", "p4", True, "threat: ti vengo a trovare sotto casa", "Marco",
"""Adesso ti vengo a trovare sotto casa, Marco, così ne parliamo da vicino.""")
    m(B, "it", "n1", False, "praise: mi avete salvato la vita", "Grazie",
"""Mi avete salvato la vita, siete dei grandi! Grazie mille.""")
    m(B, "it", "n2", False, "che palle (situation)", "sessione",
"""Che palle, la sessione scade ogni cinque minuti. Si può allungare?""")
    m(B, "it", "n3", False, "doctor: carcinoma del pene in form", "Modulo referti",
"""Sono un medico urologo: nel vostro modulo dei referti non riesco a salvare la diagnosi "carcinoma del pene", dà errore.""")

    # ================= nl
    m(B, "nl", "p1", True, "vuile kankerhoeren", "geld",
"""Vuile kankerhoeren, geef mijn geld terug.""")
    m(B, "nl", "p2", True, "named agent: gluiperige leugenaar en lafaard", "Dennis",
"""Die Dennis van jullie is een gluiperige leugenaar en een lafaard.""")
    m(B, "nl", "p3", True, "doxxing threat: iedereen weet waar die medewerker woont", "",
"""Ik zorg ervoor dat iedereen weet waar die medewerker van jullie woont.""")
    m(B, "nl", "n1", False, "kanker as intensifier about the app (situation)", "traag",
"""Jullie app is echt kanker traag sinds de update, kunnen jullie daar wat aan doen?""")
    m(B, "nl", "n2", False, "self: ik ben een oen", "bijlage",
"""Ik ben een oen, ik had de bijlage vergeten. Hierbij alsnog.""")
    m(B, "nl", "n3", False, "praise slang: jullie zijn beesten", "Top",
"""Top service, binnen een uur geregeld. Jullie zijn echt beesten!""")

    # ================= sv
    m(B, "sv", "p1", True, "helt jävla hjärndöda", "",
"""Ni är helt jävla hjärndöda på er kundtjänst.""")
    m(B, "sv", "p2", True, "din chef är en fet gris", "",
"""Din chef är en fet gris och du är inte mycket bättre.""")
    m(B, "sv", "p3", True, "doxxing threat at named agent", "Sofia",
"""Jag ska se till att alla vet vad du heter och var du bor, Sofia.""")
    m(B, "sv", "n1", False, "skitbra app (praise)", "Beröm",
"""Skitbra app! Jag älskar den.""")
    m(B, "sv", "n2", False, "så jävla trött på att appen loggar ut (situation)", "utloggning",
"""Jag är så jävla trött på att appen loggar ut mig hela tiden. Går det att fixa?""")
    m(B, "sv", "n3", False, "quoting a colleague calling the support worthless (about service)", "Tack",
"""Min kollega kallade er support för "helt värdelös", men jag tycker ni har varit jättebra. Tack för hjälpen!""")
