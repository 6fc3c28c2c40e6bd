"""devset11 abusive, batch 2 (written after tuning on b1; measured before tuning on it)."""
B = "b2"

def add(m):
    # ================= en
    m(B, "en", "p1", True, "idiom insult: couldn't find their own arse with a map", "Re: Re: refund status",
"""Your support team couldn't find their own arse with both hands and a map. Six emails, six different answers. Unbelievable.

> Hi Gary, I've passed this on to our billing department who will be in touch.
> Best, Kyle""")
    m(B, "en", "p2", True, "threat: paying your Leeds office a visit, not coming to talk", "Monday",
"""If my money isn't back by Monday I'll be paying your Leeds office a visit, and trust me I won't be coming to talk.""")
    m(B, "en", "p3", True, "gendered: put a man on the phone, hormonal bimbo", "useless call",
"""Put a man on the phone next time. I'm not dealing with some hormonal bimbo who can't even count to ten.

D. Fletcher""", fmt="qp")
    m(B, "en", "p4", True, "dehumanising: you're vermin, leeches", "",
"""You're vermin, all of you. Absolute leeches feeding off small businesses that can't afford a lawyer.""")
    m(B, "en", "p5", True, "harassment: found agent's Instagram and husband's Facebook", "Priya",
"""I've found Priya's Instagram and her husband's Facebook. Maybe they'd like to hear what kind of person she really is. Sort my account out today and we can forget about it.""")
    m(B, "en", "p6", True, "obfuscated: f*** you, worthless m0rons", "cancel",
"""f*** you and your c**p company, you worthless m0rons. cancel everything""")
    m(B, "en", "n1", False, "harsh about the product, not people", "Cancelling",
"""Your product is garbage and your pricing is a joke. I'm cancelling at the end of the month, please confirm nothing more will be taken from my card.""")
    m(B, "en", "n2", False, "quoting an insult in a suspicious email, asking if it's phishing", "Is this email from you?",
"""Hi, I got an email this morning from someone claiming to be from your accounts team. It called me a "dumb b*tch" and demanded I pay an overdue invoice through a link. Is this phishing? I haven't clicked anything.

Thanks, Hannah""", fmt="alt")
    m(B, "en", "n3", False, "killing my battery, sync dead in the water", "battery drain",
"""The new update is killing my battery and the sync is dead in the water since Friday. What the heck did you change? Pixel 7, Android 14.""")
    m(B, "en", "n4", False, "explicitly not threatening, ombudsman", "Complaint",
"""I'm not threatening anyone, but I know my rights and I will take this to the ombudsman if it's not sorted by the end of the week. I have kept copies of all our correspondence.

Regards,
Alan Pearce""")
    m(B, "en", "n5", False, "pest control company: rats, vermin in normal use", "Invoices bouncing",
"""Hello, we're a pest control firm. Our invoices describe the job, e.g. "rats in loft", "vermin proofing" or "wasp nest removal", and since last week they bounce back from your system as rejected content. Can you check?

Lee
Northside Pest Control""")
    m(B, "en", "n6", False, "self-deprecating apology, polite", "sorry again",
"""Sorry for being a pain in the backside, but could you check the delivery address once more? I know you guys are swamped. Much appreciated!""")

    # ================= pt
    m(B, "pt", "p1", True, "pt-BR: bando de ladrão safado (colloquial singular)", "cobrança tripla",
"""Bando de ladrão safado, vocês me cobraram três vezes o mesmo mês e ninguém devolve. Quero meu dinheiro de volta AGORA.""")
    m(B, "pt", "p2", True, "pt-PT: ó sua besta, seu cabrão (tu)", "chamada desligada",
"""Ó sua besta, já não é a primeira vez que me desligas a chamada na cara. Tens a mania que és esperto, seu cabrão.""")
    m(B, "pt", "p3", True, "pt-BR: vai se foder, named agent + empresinha de merda", "Rodrigo",
"""Vai se foder, Rodrigo. Você e essa empresinha de merda. Nunca mais compro nada aí.""")
    m(B, "pt", "p4", True, "pt-BR: threat, tenho o endereço, vão pagar caro", "",
"""Vocês não sabem com quem estão mexendo. Tenho o endereço da empresa e do dono, e vou fazer vocês pagarem caro por isso.""")
    m(B, "pt", "p5", True, "pt-PT: wish the guy gets fired and rots, parvalhão", "Reclamação",
"""Espero que o gajo que me atendeu seja despedido e apodreça na rua, parvalhão do caraças.""")
    m(B, "pt", "p6", True, "pt-BR: atendente gorda e burra, alguém com cérebro", "atendimento",
"""essa atendente gorda e burra nao sabe nem ler, coloca alguem com cerebro pra me atender pelo amor de deus""")
    m(B, "pt", "p7", True, "pt-PT: filhos da mãe, corja de vigaristas", "Roubo",
"""Filhos da mãe, corja de vigaristas! Roubaram-me 200 euros e agora fazem-se de mortos.""", fmt="qp", charset="iso-8859-1")
    m(B, "pt", "p8", True, "pt-BR: abbreviations fdps, arrombados, pqp", "",
"""vcs sao uns fdps, uns arrombados, vao pra pqp com esse atendimento""")
    m(B, "pt", "n1", False, "pt-PT: porcaria de aplicação, isto é uma merda (situation)", "Aplicação não abre",
"""Que porcaria de aplicação, não abre desde ontem. Isto é uma merda, sinceramente. Quando é que resolvem?

Cumprimentos
Vasco""")
    m(B, "pt", "n2", False, "pt-BR: self-deprecation, sou uma anta", "senha",
"""Oi, desculpa, sou uma anta com tecnologia kkk não achei onde muda a senha. Me ajudam? Beijos, Patrícia""")
    m(B, "pt", "n3", False, "pt-BR: quoting what the chat agent wrote, to report it", "Denúncia atendimento chat",
"""Boa noite,

Um funcionário de vocês escreveu no chat que eu era "uma idiota que não sabe ler". Segue o print em anexo. Quero providências e um pedido de desculpas formal.

Att,
Renata Lopes""", fmt="alt")
    m(B, "pt", "n4", False, "pt-PT: medical, cirurgia à mama, colo do útero", "Fatura para o seguro",
"""Bom dia, preciso da fatura detalhada da minha cirurgia à mama e da biópsia ao colo do útero para enviar ao seguro. Podem enviar por email? Obrigada, Helena Sousa""")
    m(B, "pt", "n5", False, "pt-BR: very dissatisfied, Reclame Aqui", "insatisfeito",
"""Estou muito insatisfeito, esse atendimento é péssimo. Vou reclamar no Reclame Aqui e no Procon se não resolverem até amanhã.""")
    m(B, "pt", "n6", False, "pt-PT: porra at himself, forgot attachment", "Re: Fatura",
"""Porra, esqueci-me de anexar a fatura. Aqui vai. Desculpem!

> Bom dia, não recebemos o anexo. Pode reenviar?""")
    m(B, "pt", "n7", False, "pt-BR: praise with slang (matador, fera)", "Elogio",
"""Vocês são demais! Atendimento matador, a Camila é fera demais. Resolveu tudo em 5 minutos. Parabéns!""")
    m(B, "pt", "n8", False, "pt-BR: cachorro literal, product question", "fone",
"""O cachorro da minha vizinha late o dia inteiro e eu trabalho de casa. Vocês vendem fone com cancelamento de ruído que funcione com notebook?""")

    # ================= da
    m(B, "da", "p1", True, "named colleague: kæmpe nar og løgner", "Rasmus",
"""Din kollega Rasmus er en kæmpe nar og en løgner. Han lovede mig pengene tilbage for en måned siden.""")
    m(B, "da", "p2", True, "fuck jer, I er noget pis", "",
"""Fuck jer og jeres lortefirma. I er noget pis alle sammen.""")
    m(B, "da", "p3", True, "threat: kommer forbi butikken, så skal I se løjer", "pengene",
"""Hvis ikke pengene er inde i morgen, så kommer jeg forbi jeres butik, og så skal I få at se hvad der sker.""")
    m(B, "da", "p4", True, "møgkælling, skride ad helvede til", "telefonen",
"""Sig til den møgkælling i telefonen at hun kan skride ad helvede til.""", fmt="qp", charset="iso-8859-1")
    m(B, "da", "n1", False, "fandeme for dårligt (situation)", "forsinket igen",
"""Det her er fandeme for dårligt. Tredje gang pakken er forsinket. Hvornår kommer den?

Mvh Lars""")
    m(B, "da", "n2", False, "self-deprecation: jeg er en klaphat", "bytte",
"""Hej, jeg er en klaphat, jeg har bestilt den forkerte størrelse. Kan jeg bytte den? Mvh Sofie""")
    m(B, "da", "n3", False, "quoting: daughter called luder by an employee", "Klage",
"""Hej

Min datter blev kaldt "luder" af en af jeres ansatte i butikken i Aalborg i lørdags. Hvad har I tænkt jer at gøre ved det?

Venlig hilsen
Hanne Møller""")
    m(B, "da", "n4", False, "medical: operation i underlivet", "Attest",
"""Hej, jeg skal bruge en kvittering for min operation i underlivet til min forsikring. Kan I sende den? Mvh Tina""")

    # ================= it
    m(B, "it", "p1", True, "siete dei buffoni, responsabile idiota patentato", "",
"""Siete dei buffoni, tutti quanti. E il vostro responsabile è un idiota patentato.""")
    m(B, "it", "p2", True, "named agent: brutto stronzo", "Luca",
"""Brutto stronzo, Luca, mi hai chiuso il telefono in faccia. Ma chi ti credi di essere?""")
    m(B, "it", "p3", True, "threat: vengo lì e vi spacco la faccia", "Ultimo avviso",
"""Vi conviene risolvere entro domani, perché altrimenti vengo lì e vi spacco la faccia a tutti.""")
    m(B, "it", "p4", True, "wish harm: finiate in mezzo a una strada, sanguisughe", "",
"""Spero che vi chiudano e che finiate tutti in mezzo a una strada, sanguisughe.""", fmt="qp", charset="iso-8859-1")
    m(B, "it", "n1", False, "porca miseria, sito giù (situation)", "sito giù",
"""Porca miseria, il sito è di nuovo giù! Non riesco a caricare gli ordini. Quando torna?""")
    m(B, "it", "n2", False, "self: che figura da idiota ho fatto", "doppio pagamento",
"""Che figura da idiota ho fatto, ho pagato due volte la stessa fattura. Potete rimborsarmi una delle due? Grazie, Chiara""")
    m(B, "it", "n3", False, "quoting an insulting email, asking if phishing", "Email sospetta",
"""Gentile assistenza,
ho ricevuto una mail che mi insultava ("sei una stronza, paga subito") da un indirizzo che sembra il vostro. È phishing? Non ho cliccato nulla.
Grazie
Paola""")
    m(B, "it", "n4", False, "praise: funzione bomba, killer", "Complimenti",
"""Questa nuova funzione è una bomba, davvero killer! Complimenti a tutto il team, ci fa risparmiare ore.""")

    # ================= nl
    m(B, "nl", "p1", True, "domste bedrijf, stelletje mongolen", "",
"""Jullie zijn echt het domste bedrijf ooit, stelletje mongolen.""")
    m(B, "nl", "p2", True, "klootzak van een manager + ik weet hem te vinden", "Manager",
"""Zeg maar tegen die klootzak van een manager dat ik hem heus wel weet te vinden.""")
    m(B, "nl", "p3", True, "tyfus op, vuile oplichter (at the agent)", "Re: Uw vraag",
"""Tyfus op met je standaardantwoorden, vuile oplichter.

> Beste klant, bedankt voor uw bericht. Wij nemen zo snel mogelijk contact met u op.""")
    m(B, "nl", "p4", True, "gendered: medewerkster is een vieze slet", "",
"""Die medewerkster van jullie is een vieze slet, dat ze mij zo durft te behandelen.""")
    m(B, "nl", "n1", False, "godverdomme, app vastgelopen (situation)", "app",
"""Godverdomme, de app is weer vastgelopen. Dit is de derde keer vandaag. Wanneer komt er een update?""")
    m(B, "nl", "n2", False, "idiom: ik zou een moord doen voor een donkere modus", "Tip",
"""Ik zou een moord doen voor een donkere modus haha. Verder echt een topapp!""")
    m(B, "nl", "n3", False, "self: ik voel me een idioot, wrong IBAN", "IBAN",
"""Ik voel me een idioot, ik had de verkeerde IBAN ingevuld. Kunnen jullie de betaling tegenhouden? Groet, Wim""")
    m(B, "nl", "n4", False, "medical: moeder heeft darmkanker", "Opzeggen",
"""Beste, mijn moeder heeft darmkanker en gaat naar een verpleeghuis. Ik wil haar abonnement graag opzeggen. Wat heeft u van mij nodig?""")

    # ================= sv
    m(B, "sv", "p1", True, "ni är patetiska, era jävla nollor", "",
"""Ni är patetiska, hela bunten. Lär er göra ert jobb, era jävla nollor.""")
    m(B, "sv", "p2", True, "named agent: äcklig subba", "Emma",
"""Säg till den där Emma att hon är en äcklig subba.""")
    m(B, "sv", "p3", True, "threat: ni ska få se vad som händer, jag vet vilken bil chefen kör", "",
"""Fortsätt ignorera mig så ska ni få se vad som händer. Jag vet vilken bil er chef kör.""")
    m(B, "sv", "p4", True, "ni borde skjutas allihop", "",
"""Era idioter borde skjutas allihop.""")
    m(B, "sv", "n1", False, "fan också, lost receipt (self)", "kvitto",
"""Fan också, jag har tappat bort kvittot. Går det att få ett nytt? /Ulf""")
    m(B, "sv", "n2", False, "vad fan är det för fel på inloggningen (situation)", "inloggning",
"""Vad fan är det för fel på inloggningen? Den har inte fungerat sedan i går.""")
    m(B, "sv", "n3", False, "quoting: son called mongo by salesman", "Klagomål",
"""Hej,
Min son blev kallad "mongo" av en av era säljare i butiken. Jag vill att ni pratar med personalen om detta.
Mvh Lena Berg""")
    m(B, "sv", "n4", False, "MongoDB logs, no abuse", "Loggar",
"""Hej, vi kör MongoDB och era loggar visar "mongo connection refused" sedan uppgraderingen. Vet ni vad som ändrats? Mvh Jonas""")
