"""devset16 abusive-legal, batch 15 (written and measured last, after all tuning on b1-b14): a final fresh
check in all 11 languages, en / da / es weighted; idioms ('more competent traffic cones', 'más corto que
las mangas de un chaleco', 'dum som en dør'), 'my MP and the Ombudsman', 'claiming costs', 'traîner en
justice'; hard negatives (an MP's office as customer, 'our CEO is an absolute machine', 'vi går ikke
rettens vej', 'no quiero acabar en los juzgados')."""
B = "b15"

def add_b15(m):
    m(B, "en", "a1", "A", "en: met more competent traffic cones", "Re: roadworks permit",
"""I've met more competent traffic cones than the people in your permits team.""")
    m(B, "en", "a2", "A", "en: personality of a wet lettuce and brains to match", "Account manager",
"""My account manager has the personality of a wet lettuce and the brains to match.""")
    m(B, "en", "a3", "A", "en: oi dimwit", "reply",
"""Oi, dimwit, read the email before you reply.""")
    m(B, "en", "a4", "A", "en: pack of lying toerags", "refund promised",
"""You're a pack of lying toerags, the lot of you.""")
    m(B, "en", "l1", "L", "en: my MP and the Ombudsman", "Benefits letter",
"""I'll be speaking to my MP and the Ombudsman about how this has been handled.""")
    m(B, "en", "l2", "L", "en: should this go to court, claiming costs", "Invoice dispute",
"""Should this go to court, I will be claiming my costs as well.""")
    m(B, "en", "l3", "L", "en: correspondence from my legal team", "Contract",
"""You'll be receiving correspondence from my legal team shortly.""")
    m(B, "en", "n1", "", "en: MP's office as customer", "Invoice address",
"""I work in our MP's constituency office and we use your scheduling tool. Can invoices go to the parliamentary address?""")
    m(B, "en", "n2", "", "en: CEO is an absolute machine (praise)", "Admin rights",
"""Our CEO is an absolute machine, she wants admin rights so she can build the reports herself. Please add her.""")
    m(B, "en", "n3", "", "en: I'm a dimwit with dates", "Wrong booking",
"""I'm a total dimwit with dates, I booked the 12th instead of the 21st. Can you move it?""")
    m(B, "da", "a1", "A", "da: dum som en dør, named", "Ordre",
"""Hende Louise i kundeservice er dum som en dør.""")
    m(B, "da", "a2", "A", "da: en skam for dit fag", "Svar",
"""Du er en skam for dit fag.""")
    m(B, "da", "l1", "L", "da: jeg går rettens vej", "Tvist",
"""Hvis I ikke betaler, går jeg rettens vej.""")
    m(B, "da", "n1", "", "da: vi går ikke rettens vej", "Tvist",
"""Vi går ikke rettens vej, vi vil bare have sagen lukket med en kreditnota.""")
    m(B, "es", "a1", "A", "es: más corto que las mangas de un chaleco", "Re: factura",
"""Es usted más corto que las mangas de un chaleco.""")
    m(B, "es", "a2", "A", "es: el de atención al cliente es un gilipollas", "Queja",
"""El de atención al cliente es un gilipollas que no escucha.""")
    m(B, "es", "l1", "L", "es: esto acabará en los juzgados", "Obra",
"""Como no me paguen, esto acabará en los juzgados.""")
    m(B, "es", "l2", "L", "es: Defensor del Cliente", "Comisión",
"""Voy a reclamar ante el Defensor del Cliente del banco.""")
    m(B, "es", "n1", "", "es: no quiero acabar en los juzgados", "Acuerdo",
"""No quiero acabar en los juzgados por esto, prefiero un acuerdo amistoso. ¿Qué proponéis?""")
    m(B, "de", "a1", "A", "de: ein Witz von einem Berater", "Beratung",
"""Sie sind ein Witz von einem Berater.""")
    m(B, "de", "l1", "L", "de: ich schalte meinen Anwalt ein", "Kündigung",
"""Ich schalte jetzt meinen Anwalt ein.""")
    m(B, "fr", "l1", "L", "fr: je vais vous traîner en justice", "Remboursement",
"""Je vais vous traîner en justice.""")
    m(B, "nl", "a1", "A", "nl: stelletje klungels", "Bestelling",
"""Wat een stelletje klungels zijn jullie.""")
    m(B, "sv", "l1", "L", "sv: kontaktar Konsumentverket", "Avtal",
"""Jag kontaktar Konsumentverket om ni inte häver avtalet.""")
    m(B, "it", "l1", "L", "it: vi porto in tribunale", "Rimborso",
"""Vi porto in tribunale.""")
    m(B, "pt", "a1", "A", "pt: é um idiota chapado", "Atendimento",
"""O seu colega é um idiota chapado.""")
    m(B, "pl", "l1", "L", "pl: podam was do sądu", "Zwrot",
"""Podam was do sądu.""")
    m(B, "ro", "l1", "L", "ro: va reclam la ANPC", "Garantie",
"""Va reclam la ANPC.""")
