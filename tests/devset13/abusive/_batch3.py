"""devset13 abusive, batch 3 (measured before any tuning on it)."""
B = "b3"

def add_b3(m):
    # ---------------- en
    m(B, "en", "p1", "X", "violent wish: slap the smirk", "Re: your 'policy'",
"""I'd love to slap that smug smirk off your supervisor's face. Hiding behind 'policy' like a coward. You're all gutless little people.""")
    m(B, "en", "p2", "X", "sexist: typical woman can't do maths", "Invoice error AGAIN",
"""Of course the girl on the phone couldn't work out a simple credit note. Typical woman, can't do maths to save her life. Put a proper accountant on this.""", fmt="qp")
    m(B, "en", "p3", "X", "threat: turning up with brothers", "Tomorrow 9am",
"""I'll be at your Reading office at 9 tomorrow with my brothers. We'll see if your 'team leader' still wants to talk down to me when we're standing in front of him.""")
    m(B, "en", "p4", "X", "body-shaming agent", "chat 12 Nov",
"""I bet the lazy fat slob who answered my chat was too busy stuffing his face with crisps to read what I wrote. Disgusting excuse for a worker.""", fmt="html")
    m(B, "en", "p5", "X", "wishing harm: house burns", "enjoy",
"""I hope all your homes get broken into over Christmas so you finally know what it feels like to be robbed, you greedy leeches.""")
    m(B, "en", "p6", "X", "contempt no swear: glorified receptionists with the IQ of a plank", "Re: escalation",
"""Your 'escalation team' are glorified receptionists with the IQ of a plank. Speaking to any of you is like talking to a wall that also happens to be rude.""", fmt="alt")
    m(B, "en", "n1", "", "praise: you guys are animals (slang)", "Sorted!!",
"""You guys are absolute animals, fixed the migration overnight. Dave is a total legend, the man's a machine. Cheers!!""")
    m(B, "en", "n2", "", "idiot-proof / dummies idiom", "Feature feedback",
"""Love the new setup wizard, it's finally idiot-proof - even our least technical staff managed it. Might be worth a 'for dummies' guide for the reporting module too.

Kind regards,
Isaac""")
    m(B, "en", "n3", "", "reporting that staff was called names by colleague", "Complaint about your driver",
"""Your delivery driver called our receptionist a "stupid bitch" when she asked him to sign in. This is completely unacceptable and I'd like to know what action will be taken.

Sandra Hughes
Facilities Manager""", fmt="b64")
    m(B, "en", "n4", "", "harsh but fair: useless process, angry swearing at policy", "Re: Re: Re: returns",
"""Your returns process is bloody useless. Three forms, two phone calls and still nothing. I'm not blaming the person on the phone, she was lovely, but whoever designed this system needs to try using it.

Ian""")
    m(B, "en", "n5", "", "self-deprecating and swearing at own mistake", "oops",
"""Ugh, I'm such a dumbass, I deleted the wrong project. Is there any way to restore it? Please tell me I haven't completely screwed myself.

Mia""")
    m(B, "en", "n6", "", "threat-like words in security context", "Security question",
"""Our pentest team wants to run a brute force attack on the staging login next week and try to kill the session tokens. Who should we notify so you don't block our IPs?

Thanks,
Owen, IT Security""")

    # ---------------- it
    m(B, "it", "p1", "X", "testa di minchia, cesso", "Re: Re: rimborso",
"""Ascoltami bene testa di minchia: o mi rimborsate entro domani o ve ne pentite. Il vostro servizio è un cesso come voi.""")
    m(B, "it", "p2", "X", "origin slur: terrone", "operatore",
"""Mi ha risposto un terrone ignorante che non sa neanche parlare italiano. Mettetemi in contatto con qualcuno di serio.""", fmt="qp")
    m(B, "it", "p3", "X", "threat: vi vengo a cercare", "ultimo messaggio",
"""Vi vengo a cercare uno per uno, so i vostri nomi dal portale. Quando vi becco per strada non avrete più voglia di fare i furbi.""")
    m(B, "it", "p4", "X", "wish harm: ti venga un cancro", "grazie di niente",
"""Spero che ti venga un cancro, a te e a quella vipera della tua responsabile.""", fmt="html")
    m(B, "it", "p5", "X", "obfuscated: f1glio di p*ttana", "ATTESA INFINITA",
"""Operatore n. 44 sei un f1glio di p*ttana, mi hai chiuso la chiamata in faccia per la terza volta""")
    m(B, "it", "p6", "X", "ageist: vecchia rincoglionita", "telefonata",
"""La vecchia rincoglionita che risponde al centralino dovrebbe andare in pensione, non capisce niente di quello che le dici.""", fmt="b64")
    m(B, "it", "n1", "", "town name Troia + con", "Spedizione",
"""Buongiorno, devo spedire un pacco a Troia (FG) con consegna al piano. Il vostro corriere copre la zona? Grazie.

Michele""")
    m(B, "it", "n2", "", "self-deprecation: mi sento un cretino", "Re: password",
"""Mi sento un cretino, la password era giusta ma avevo sbagliato utente. Tutto risolto, grazie mille al tecnico gentilissimo!""")
    m(B, "it", "n3", "", "swearing at app: che palle, porca troia (situation)", "app",
"""Porca troia, l'app si è bloccata di nuovo durante il bonifico. Che palle! Mi dite come verifico se è partito?

Grazie, Roberto""", fmt="qp")
    m(B, "it", "n4", "", "bot insult exception", "assistente virtuale",
"""Il vostro assistente virtuale è stupido come una scarpa, continua a propormi le stesse tre risposte. Posso parlare con una persona vera?

Chiara""")
    m(B, "it", "n5", "", "praise: un genio, da paura", "Top",
"""Il vostro tecnico è un genio, lavoro da paura. Grazie infinite!""")
    m(B, "it", "n6", "", "harsh criticism", "Reclamo formale",
"""Presento reclamo formale: addebiti non autorizzati, nessuna risposta alle PEC e un servizio clienti inesistente. Mi rivolgerò all'associazione consumatori.

Avv. Laura Bassi""", fmt="html")

    # ---------------- pt
    m(B, "pt", "p1", "X", "pt-BR: seu arrombado, vai tomar no c*", "Re: cancelamento",
"""Seu arrombado, cancela logo essa merda. Vai tomar no c* você e teu supervisor.""")
    m(B, "pt", "p2", "X", "pt-PT: seu cabrão, vai pró caralho", "Reclamação",
"""Ó seu cabrão, vai pró caralho mais a tua empresa de vigaristas. Três meses a pagar por um serviço que não funciona.""", fmt="qp")
    m(B, "pt", "p3", "X", "pt-PT threat: espero-te à saída", "Aviso",
"""Sei a que horas sais do trabalho. Espero-te à saída da loja e depois vemos se continuas com essa arrogância.""")
    m(B, "pt", "p4", "X", "racial slur pt-BR", "Atendimento loja Centro",
"""Aquela vendedora macaca da loja do Centro me tratou com desprezo. Gente assim não devia estar atendendo ninguém.""", fmt="b64")
    m(B, "pt", "p5", "X", "pt-PT demeaning: a menina é uma totó", "Re: Re: fatura",
"""A menina é mesmo totó ou faz-se? Já expliquei três vezes. Arranjem alguém com um neurónio a funcionar.""")
    m(B, "pt", "p6", "X", "pt-BR threat: quebrar a cara", "vou resolver do meu jeito",
"""Se esse técnico aparecer aqui de novo sem a peça eu quebro a cara dele. Pode avisar ele.""", fmt="html")
    m(B, "pt", "n1", "", "pt-BR angry at app: tô puto", "app travando",
"""Tô puto com esse app, caralho. Travou três vezes enquanto eu pagava a fatura. Alguém me ajuda a confirmar se o pagamento entrou?

Valeu, Diego""")
    m(B, "pt", "n2", "", "self-deprecation pt-BR: otário", "Re: compra",
"""Fui um otário por não ler as condições antes de comprar. Mas mesmo assim peço o reembolso dentro do prazo de 7 dias, conforme o CDC.

Att, Rafael""")
    m(B, "pt", "n3", "", "reporting: customer heard someone insult", "Reclamação de loja",
"""Na loja de Braga ouvi um cliente a chamar "burra" e "incompetente" à funcionária. Ela manteve a calma, foi impecável. Só queria elogiar a postura dela.

Cumprimentos, Sofia""")
    m(B, "pt", "n4", "", "pt-PT slang praise: bué fixe, porreiro", "Obrigado",
"""A assistência foi bué fixe, o técnico é um gajo porreiro e resolveu tudo num instante. Cinco estrelas!""", fmt="qp")
    m(B, "pt", "n5", "", "idiom: cara de pau used about policy; criticism", "Política de troca",
"""Acho muita cara de pau da empresa cobrar frete na troca de um produto com defeito. Não é culpa do atendente, mas a política é injusta.

Lúcia""")
    m(B, "pt", "n6", "", "bot exception pt", "robô",
"""O robô do chat é burro demais, só responde coisas sem sentido. Quero falar com um atendente humano, por favor.""")

    # ---------------- sv
    m(B, "sv", "p1", "X", "threat: spöa", "Sista gången",
"""Om jag ser den där säljaren igen ska jag spöa skiten ur honom. Säg det till honom från mig.""")
    m(B, "sv", "p2", "X", "wish harm: hoppas du får cancer", "Tack för inget",
"""Hoppas du får cancer, din äckliga kärring. Du förstörde min semester.""", fmt="qp")
    m(B, "sv", "p3", "X", "compound: mongo / CP-slur aimed", "Re: Re: beställning",
"""Är du helt cp eller? Vilken jävla mongo som svarar i er telefon.""")
    m(B, "sv", "p4", "X", "threat: kommer hem till dig", "Du",
"""Jag har hittat din adress på Ratsit, Linda. Jag kommer hem till dig i helgen så kan vi prata om återbetalningen där.""", fmt="html")
    m(B, "sv", "p5", "X", "obfuscated: f1tta, h0ra aimed", "svar",
"""din lilla h0ra på kundtjänst kan dra åt helvete. ni är en samling f1ttor""")
    m(B, "sv", "p6", "X", "contempt: pajas, nolla", "Klagomål på handläggare",
"""Er handläggare är en pajas och en total nolla. Ni borde skämmas för att ha sådana clowner anställda.""", fmt="b64")
    m(B, "sv", "n1", "", "MongoDB + höra + slut traps", "Fråga om integration",
"""Hej! Vi använder Mongo som databas och ville höra om er integration stödjer Mongo Atlas. Vår testperiod tar slut på fredag.

Mvh
Fredrik, utvecklare""")
    m(B, "sv", "n2", "", "self: kände mig som en idiot", "Re: faktura",
"""Kände mig som en idiot när jag insåg att fakturan låg i skräpposten. Tack för hjälpen, och förlåt besväret!

Eva""")
    m(B, "sv", "n3", "", "angry at app with swearing", "Fy fan",
"""Fy fan vad trött jag är på att appen hänger sig. Det är helt jävla värdelöst. Kan ni säga när det fixas?

Peter""", fmt="qp")
    m(B, "sv", "n4", "", "reporting harassment, with threat quote", "Hot från köpare",
"""Hej, en köpare skrev att han "ska komma hem till mig" och kallade mig hora. Jag har polisanmält. Kan ni spärra hans konto?

Mvh Sofie""")
    m(B, "sv", "n5", "", "praise with swear", "Bästa supporten",
"""Jävlar vad bra ni är! Ahmed löste det på två minuter. Skitbra jobbat!""")
    m(B, "sv", "n6", "", "harsh criticism of process", "Synpunkter",
"""Er process för reklamationer är krånglig och tidsödande. Jag förstår att handläggaren gör sitt bästa, men systemet fungerar inte. Det borde ses över.

Hälsningar
Maria Lindqvist""", fmt="html")
