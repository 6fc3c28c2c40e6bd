"""devset13 abusive, batch 4 (measured before any tuning on it): more hard negatives for the round's new words."""
B = "b4"

def add_b4(m):
    # ---------------- en
    m(B, "en", "p1", "X", "you people are vultures / sharks, contempt", "Late fee",
"""You people are vultures. Charging a pensioner a late fee while she was in hospital. Whoever signed off on this has no soul and I hope you sleep badly.""")
    m(B, "en", "p2", "X", "agent called a waste of a salary, patronising", "Re: Re: order 1190",
"""Tell Jordan he's a complete waste of a salary. I've explained it to him like I'd explain it to a five-year-old and he still didn't get it.""", fmt="qp")
    m(B, "en", "p3", "X", "threat with agent's name and neighbourhood", "Re: Dispute",
"""Funny how easy it is to find people these days. Nice little street your agent Chloe lives on in Didsbury. Would be a shame if her neighbours found out what sort of person she is.""", fmt="alt")
    m(B, "en", "p4", "X", "homophobic slur obfuscated", "support chat",
"""the f@ggot on your chat line refused to escalate. get me someone who isn't a limp-wristed little f4g""")
    m(B, "en", "p5", "X", "hope fired + insult no swear", "Service",
"""Your manager is a condescending little worm. I hope head office sees this and shows him the door.""", fmt="html")
    m(B, "en", "p6", "X", "threat: 'accidents happen'", "your technician",
"""Your technician left my kitchen flooded. If he comes back here, accidents happen on wet floors, if you catch my drift.""")
    m(B, "en", "n1", "", "parrot/slob/smirk in innocent uses", "Order for pet shop",
"""Hi, we run a small pet shop and want to order 20 bird cages for parrots and cockatiels. Also the delivery guy had a big smirk when he saw our cat, he was lovely! Can you invoice our company account?

Linda""")
    m(B, "en", "n2", "", "be at your office + with my mates (benign)", "Meeting Thursday",
"""Hi Claire, confirming I'll be at your Reading office at 10 on Thursday for the onboarding, with my colleagues Priya and Tom. Is there visitor parking?

Best, Ahmed""", fmt="qp")
    m(B, "en", "n3", "", "quoting a review that insulted staff to ask about moderation", "Review moderation",
"""Someone left a review on our listing calling our staff "useless morons". Is that within your review guidelines? We'd like it removed if possible.

Thanks,
Grace, Owner, The Corner Café""")
    m(B, "en", "n4", "", "criticism of policy: heartless, greedy", "Late fee policy",
"""Your late fee policy is heartless and greedy, and I'll say so in my review. The agent was sympathetic but said her hands were tied. Please escalate.

Robert""")
    m(B, "en", "n5", "", "self-deprecating idiot + swear", "Re: wrong card",
"""God, what an idiot I am, I used my old expired card. Bloody hell. Sorry for the hassle, new one is on the account now.

Fiona""")
    m(B, "en", "n6", "", "sports/fiction threat words", "Sponsorship",
"""Our rugby club would love a sponsorship quote. Last season we absolutely murdered the opposition and the lads are hungry to smash the league again.

Cheers, Gareth""")

    # ---------------- it
    m(B, "it", "p1", "X", "lombard/romanesco: sei un cojone, burino", "Re: installazione",
"""A burino, sei proprio un cojone. Hai montato il condizionatore storto e te ne sei andato.""")
    m(B, "it", "p2", "X", "contempt: branco di pecoroni / capre", "servizio clienti",
"""Siete un branco di capre ignoranti, non sapete fare neanche una nota di credito.""", fmt="qp")
    m(B, "it", "p3", "X", "threat: so la tua targa", "Avvertimento",
"""Ho preso la targa della tua macchina nel parcheggio dell'ufficio, Giorgio. Stai attento quando esci la sera.""")
    m(B, "it", "p4", "X", "sexist: oca giuliva", "operatrice",
"""L'oca giuliva al telefono ridacchiava mentre le spiegavo il problema. Pensate alla manicure, voi donne, e lasciate lavorare gli uomini.""", fmt="html")
    m(B, "it", "p5", "X", "wish harm: che vi venga un accidente", "basta",
"""Che vi venga un accidente a tutti quanti, sanguisughe.""")
    m(B, "it", "n1", "", "gallina/oca/capra in food/farm context", "Ordine macelleria",
"""Buongiorno, per la macelleria vorrei ordinare 10 kg di gallina per il brodo, 5 di petto d'oca e formaggio di capra. Consegnate anche di sabato?

Grazie, Bruno""")
    m(B, "it", "n2", "", "quoting customer's insult to report (staff writing)", "Segnalazione cliente",
"""Vi segnalo che un cliente ha dato dell'incapace al nostro tecnico davanti a tutti. Vorremmo sapere come gestire la cosa.

Ufficio Personale""", fmt="qp")
    m(B, "it", "n3", "", "swearing at product: una merda", "stampante",
"""Questa stampante è una merda, si inceppa ogni due fogli. Cazzo, ma possibile? Chiedo la sostituzione in garanzia.

Paolo""")
    m(B, "it", "n4", "", "praise ironic swear: bastardo d'un genio", "Re: migrazione",
"""Quel bastardo di Luca ce l'ha fatta, migrazione chiusa in una notte! Ditegli che gli offro una cena.""")
    m(B, "it", "n5", "", "criticism without insult", "Reclamo",
"""Sono profondamente deluso: avete perso il mio pacco due volte e nessuno mi richiama. Pretendo una risposta scritta entro la settimana.

Giovanni Rizzo""", fmt="b64")

    # ---------------- pt
    m(B, "pt", "p1", "X", "pt-BR: seu jumento, mongol", "Re: conserto",
"""Seu jumento, trocou a peça errada. Parece mongol, não sabe nem ler a etiqueta.""")
    m(B, "pt", "p2", "X", "pt-PT: bando de labregos / atrasados", "Reclamação",
"""Vocês são uma cambada de labregos. Atrasados mentais que não sabem somar duas faturas.""", fmt="qp")
    m(B, "pt", "p3", "X", "pt-BR threat: vou descobrir onde mora", "Avisa a tua atendente",
"""Avisa a Fernanda que eu vou descobrir onde ela mora. Ela vai se arrepender de ter desligado na minha cara.""")
    m(B, "pt", "p4", "X", "pt-BR: piranha, vagabunda aimed", "atendente",
"""A atendente Kelly é uma piranha mal educada. Vagabunda, desligou na minha cara.""", fmt="html")
    m(B, "pt", "p5", "X", "pt-PT wishing harm: que se lixem, morram", "Vergonha",
"""Que morram todos aí nesse call center, seus sanguessugas.""")
    m(B, "pt", "p6", "X", "pt-BR: retardado + sua empresa", "Re: Protocolo 4411",
"""O técnico de vocês é retardado? Deixou o fio solto e ainda riu. Bando de incompetentes.""", fmt="b64")
    m(B, "pt", "n1", "", "anormal in a technical sense", "Consumo anormal",
"""Bom dia, o vosso contador registou um consumo anormal em outubro. O seu técnico pode verificar a instalação? Acho que o valor está errado.

Cumprimentos, Jorge""")
    m(B, "pt", "n2", "", "pt-BR angry at app: que merda, porra", "App",
"""Porra, que merda de app! Toda vez que abro fecha sozinho. Alguém pode olhar isso?

Bruno""", fmt="qp")
    m(B, "pt", "n3", "", "self-deprecation pt-BR: burra", "Re: senha",
"""Ai, como eu sou burra, estava digitando a senha errada. Já consegui, obrigada pela paciência!

Patrícia""")
    m(B, "pt", "n4", "", "reporting abuse by a driver", "Reclamação motorista",
"""O motorista de vocês me xingou de "velha idiota" porque demorei a descer. Quero uma retratação formal.

Dona Célia""", fmt="html")
    m(B, "pt", "n5", "", "toto and quebrar in neutral", "Totó e mesa",
"""Comprei uma mesa de totó (pebolim) e um dos bonecos veio partido. Podem trocar? Não quero quebrar a cabeça com isto.

Obrigado, André""")

    # ---------------- sv
    m(B, "sv", "p1", "X", "compound: fjollor, mesar", "Kundtjänst",
"""Ni är ett gäng mesiga fjollor som inte vågar ta ett beslut. Fega kräk allihop.""")
    m(B, "sv", "p2", "X", "threat: vet vilken bil", "Kim",
"""Jag vet vilken bil Kim kör och var hon parkerar. Hälsa henne att hon ska se sig över axeln.""", fmt="qp")
    m(B, "sv", "p3", "X", "racist: svartskalle obfuscated", "Montör",
"""Skicka inte den där svartsk@llen igen. Han förstod inte ett ord svenska.""")
    m(B, "sv", "p4", "X", "wish harm: hoppas ni brinner", "Tack för inget",
"""Hoppas hela ert kontor brinner ner med er inuti, era snikna kräk.""", fmt="html")
    m(B, "sv", "p5", "X", "intelligence: tröga som stolpar, pucko", "Re: Re: Re: Ärende",
"""Herregud vad ni är tröga. Trögare än en stolpe. Vilket pucko som sitter och svarar.""")
    m(B, "sv", "n1", "", "hora/höra/slut/as traps", "Abonnemang",
"""Hej, jag ville höra hur länge min bindningstid är, den tar väl slut i mars? Hör av er så snart som möjligt.

Vänligen
Åsa""")
    m(B, "sv", "n2", "", "swearing at delivery delay", "Leverans",
"""Vad i helvete händer med min leverans? Tre veckor nu. Det är fan inte okej. Snälla svara.

Kalle""", fmt="qp")
    m(B, "sv", "n3", "", "self: jag är ett pucko", "Re: Faktura",
"""Jag är ett sånt pucko, betalade till fel OCR. Kan ni flytta betalningen? Tack!

Nils""")
    m(B, "sv", "n4", "", "reporting what customer called the staff (manager writing)", "Incident i butiken",
"""Hej, en kund kallade vår kassör för idiot och hotade att komma tillbaka. Vi har polisanmält. Hur ska vi hantera hans konto?

Butikschef Malin""")
    m(B, "sv", "n5", "", "praise with compound swear", "Grym service",
"""Skitbra service, ni är helt jävla fantastiska. Tack Zlatko!""")
