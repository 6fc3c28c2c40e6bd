"""devset11 abusive, batch 3 (written after tuning on b1+b2; measured before tuning on it)."""
B = "b3"

def add(m):
    # ================= en
    m(B, "en", "p1", True, "gendered contempt: listen sweetheart, call-centre drone", "Re: your last email",
"""Listen here sweetheart, I don't need a lecture on "policy" from a call-centre drone on minimum wage. Get me someone who actually matters.

> Dear customer, as per our policy refunds can only be issued within 14 days.""")
    m(B, "en", "p2", True, "disgrace to the human race", "",
"""You're a disgrace to the human race, every single one of you at that company.""")
    m(B, "en", "p3", True, "harassment of named agent: lying little rat, outside your shop", "Jason",
"""I'll make sure everyone in this town knows what a lying little rat Jason is. And I'll be outside your shop on Saturday morning, tell him that.""")
    m(B, "en", "p4", True, "wishing harm: hope your office burns down with you in it", "",
"""Hope your office burns down with the lot of you still in it.""")
    m(B, "en", "p5", True, "mafia-style veiled threat: shame if something happened", "your depot",
"""Nice little depot you've got on Mill Lane. Would be a real shame if something happened to it, or to the people working there. Refund me.""")
    m(B, "en", "p6", True, "obfuscated: sh!thead agent", "ticket closed AGAIN",
"""your sh!thead agent "Mike" closed my ticket again without reading it. tell that useless tw@t to do his job""", fmt="html")
    m(B, "en", "n1", False, "quoting a kid's joke insult, light-hearted bug report", "game won't load",
"""My son just called me a "useless dad" because the game won't load past the splash screen lol. iPad Air, latest iOS. Any ideas? Cheers, Mike""")
    m(B, "en", "n2", False, "dog breeder: bitch in normal use", "Kennel booking",
"""Hi, I breed Labradors. One of my bitches is due to whelp next week and I need to move her grooming booking to December. Is that possible in the app? Thanks, Carol""")
    m(B, "en", "n3", False, "polite complaint about a rude agent", "Feedback about a call",
"""Hello,

I'd like to give some feedback. The agent I spoke to yesterday was condescending and frankly rude when I asked about the delivery date. I'd like this noted, and I hope it's addressed in training.

Best wishes,
Fiona Grant""")
    m(B, "en", "n4", False, "praise: death to spreadsheets, lifesaver", "Thank you!",
"""Death to spreadsheets! Your tool has been an absolute lifesaver for our small charity. Thank you all so much.""")
    m(B, "en", "n5", False, "newsletter blocked: 'Kill your darlings' title", "Newsletter flagged",
"""Our newsletter titled "Kill your darlings: brutal editing tips for writers" was flagged and held by your gateway. Could you release it? It goes out to 4,000 subscribers.""")
    m(B, "en", "n6", False, "hyperbole about own IT guy (not staff), password reset", "password reset please",
"""Honestly I could strangle our IT guy, he changed the admin password and went on holiday. Can you reset it for me? I'm the account owner. Rachel""")

    # ================= pt
    m(B, "pt", "p1", True, "pt-BR: incompetentes do caralho, cambada de inúteis", "",
"""Vocês são uns incompetentes do caralho. Cambada de inúteis, nem um boleto conseguem emitir direito.""")
    m(B, "pt", "p2", True, "pt-BR: seu lixo humano (contempt to agent)", "Re: Protocolo 8812233",
"""Seu lixo humano, você não merece o salário que ganha. Leu minha mensagem? Claro que não.

Em seg., 23 de nov. de 2026 às 14:02, Suporte <suporte@example.com> escreveu:
> Olá! Seu chamado foi encerrado. Avalie nosso atendimento.""")
    m(B, "pt", "p3", True, "pt-PT: ó palerma, aprende a ler", "",
"""Ó palerma, aprende a ler o que te escrevem antes de responderes com essas parvoíces.""")
    m(B, "pt", "p4", True, "pt-PT: named agent, és uma vaca", "Marta",
"""És uma vaca, Marta. Uma vaca mal-educada que desliga o telefone aos clientes.""", fmt="qp", charset="iso-8859-1")
    m(B, "pt", "p5", True, "pt-BR: threat, vou descobrir onde você mora", "Thiago",
"""Vou descobrir onde você mora, Thiago, e aí a gente conversa pessoalmente. Pode escrever.""")
    m(B, "pt", "p6", True, "pt-BR: wish bankruptcy and unemployment, sanguessugas", "",
"""Tomara que essa empresa vá à falência e vocês todos fiquem desempregados, bando de sanguessuga.""")
    m(B, "pt", "p7", True, "pt-PT: vão para o caralho", "Assistência",
"""Vão para o caralho, vocês e mais a vossa assistência técnica. Três semanas sem máquina.""")
    m(B, "pt", "p8", True, "pt-BR: babacas, enrolam o cliente", "",
"""Vocês são uns babacas, só sabem enrolar o cliente. Cuzões.""")
    m(B, "pt", "p9", True, "pt-BR: obfuscated fi1hos da p*ta", "entrega",
"""seus fi1hos da p*ta, cadê minha encomenda???""")
    m(B, "pt", "p10", True, "pt-PT: threat to break the courier's teeth", "Estafeta",
"""Se o vosso estafeta voltar a atirar a encomenda por cima do portão, parto-lhe os dentes todos. Avisem-no.""")
    m(B, "pt", "n1", False, "pt-BR: caralho in relief, thanks", "Re: acesso",
"""Caralho, finalmente funcionou! Muito obrigado pela paciência, vocês são ótimos.""")
    m(B, "pt", "n2", False, "pt-PT: vet clinic, cadela in normal use", "Registo de animais",
"""Bom dia, sou veterinária. Ao registar uma cadela esterilizada na vossa aplicação, o campo 'sexo' não aceita 'cadela' nem 'fêmea'. Podem corrigir? Obrigada, Dra. Joana Pires""")
    m(B, "pt", "n3", False, "pt-BR: angry but polite, boleto errado", "boleto com valor errado",
"""O boleto veio com valor errado pela segunda vez. Isso é um absurdo. Quero a correção ainda hoje, por favor.

Att.
Marcos""")
    m(B, "pt", "n4", False, "pt-BR: reporting other players' slurs in game chat", "Moderação do chat",
"""Meu filho de 8 anos recebeu no chat do jogo mensagens de outros jogadores chamando ele de "viado" e "retardado". Vocês não moderam isso? Quero denunciar os usuários.""")
    m(B, "pt", "n5", False, "pt-PT: self-deprecation, burrice", "Re: Fatura",
"""Desculpem a minha burrice, já encontrei a fatura na pasta de spam. Podem fechar o pedido.""")
    m(B, "pt", "n6", False, "pt-BR: update killed the battery", "bateria",
"""Essa atualização matou a bateria do meu celular, descarrega em 3 horas. Tem como voltar a versão anterior?""")
    m(B, "pt", "n7", False, "pt-PT: furious, wants a manager", "Exijo resposta",
"""Estou furioso. Pago há cinco anos e tratam-me assim? Exijo falar com um responsável ainda hoje.""")
    m(B, "pt", "n8", False, "pt-BR: slang praise arrasaram", "nova versão",
"""Vocês arrasaram nessa versão nova, tá absurdo de boa! Só faltou o modo escuro, aí ia ser sacanagem de tão bom kkk""")

    # ================= da
    m(B, "da", "p1", True, "I er nogle lede svindlere", "",
"""I er nogle lede svindlere, og I burde skamme jer.""")
    m(B, "da", "p2", True, "din sure kælling (to agent)", "opkald",
"""Din sure kælling, læg ikke røret på igen når jeg taler.""")
    m(B, "da", "p3", True, "wish: håber I alle bliver fyret", "",
"""Jeg håber I alle sammen bliver fyret. I fortjener det.""")
    m(B, "da", "p4", True, "threat: pas på dig selv, jeg glemmer ikke dit ansigt", "Kasper",
"""Pas på dig selv, Kasper. Jeg glemmer ikke dit ansigt.""")
    m(B, "da", "n1", False, "vet: tæve (bitch dog) normal use", "sterilisation",
"""Hej, vores tæve skal steriliseres i januar. Kan jeg booke tiden i appen, eller skal jeg ringe? Mvh Dorthe""")
    m(B, "da", "n2", False, "pis at self: forgot attachment", "Re: bilag",
"""Pis, jeg glemte at vedhæfte filen. Her er den. Undskyld!""")
    m(B, "da", "n3", False, "angry but polite", "svar",
"""I har været virkelig dårlige til at svare, og det er ikke i orden. Jeg forventer et svar i dag.

Venlig hilsen
Poul""")
    m(B, "da", "n4", False, "business customer quoting their end user's insult, asks to block", "Blokere bruger",
"""Hej, en af vores brugere kaldte vores medarbejder for "idiot" i jeres chat-widget flere gange. Kan vi blokere brugeren? Mvh Louise, Kundeservice""")

    # ================= it
    m(B, "it", "p1", True, "ma siete scemi o cosa", "",
"""Ma siete scemi o cosa? Vi ho scritto cento volte la stessa cosa.""")
    m(B, "it", "p2", True, "quel testa di cazzo del vostro tecnico", "Tecnico",
"""Quel testa di cazzo del vostro tecnico ha rovinato tutto l'impianto.""")
    m(B, "it", "p3", True, "threat: se vi becco vi ammazzo", "",
"""Se vi becco vi ammazzo, giuro.""")
    m(B, "it", "p4", True, "pezzenti, ladri e maleducati", "Vergogna",
"""Pezzenti, ladri e pure maleducati. Vergognatevi tutti.""", fmt="qp", charset="iso-8859-1")
    m(B, "it", "n1", False, "cazzo at self: wrong address", "indirizzo sbagliato",
"""Cazzo, ho sbagliato indirizzo di consegna. Potete correggerlo prima della spedizione? Ordine 44120.""")
    m(B, "it", "n2", False, "polite complaint about a rude colleague", "Segnalazione",
"""Buongiorno, il vostro collega è stato un po' scortese al telefono ieri. Vorrei solo segnalarlo, senza polemica. Grazie, Anna""")
    m(B, "it", "n3", False, "gynaecology clinic: anatomical word rejected", "Modulo",
"""Lavoro in un ambulatorio di ginecologia: il vostro modulo rifiuta le note che contengono la parola "vagina" o "utero". Potete sistemare?""")
    m(B, "it", "n4", False, "Roman 'ammazza' praise", "Spedizione",
"""Ammazza che veloci! Ordine arrivato in un giorno. Bravissimi!""")

    # ================= nl
    m(B, "nl", "p1", True, "stelletje achterlijke apen", "",
"""Jullie zijn een stelletje achterlijke apen.""")
    m(B, "nl", "p2", True, "wish: hoop dat jullie op straat komen, tuig", "",
"""Ik hoop dat jullie allemaal op straat komen te staan, tuig.""")
    m(B, "nl", "p3", True, "threat: sla hem op zijn bek", "Mark",
"""Als ik die Mark van jullie tegenkom, sla ik hem op zijn bek.""")
    m(B, "nl", "n1", False, "shit at self: wrong attachment", "bijlage",
"""Shit, verkeerde bijlage gestuurd. Hierbij de goede. Groet, Esther""")
    m(B, "nl", "n2", False, "pet shop: drachtige teef, normal use", "Voer",
"""Hebben jullie ook puppyvoer dat geschikt is voor een drachtige teef? Ze is een Berner Sennen van vier jaar.""")
    m(B, "nl", "n3", False, "angry but polite", "teleurgesteld",
"""Ik ben echt teleurgesteld in jullie service. Dit is de derde keer dat mijn bestelling niet klopt.""")

    # ================= sv
    m(B, "sv", "p1", True, "ni är ena jävla svin", "",
"""Ni är ena jävla svin allihop.""")
    m(B, "sv", "p2", True, "wish: gå i konkurs och hamna på gatan, blodsugare", "",
"""Hoppas ni går i konkurs och hamnar på gatan, era blodsugare.""")
    m(B, "sv", "p3", True, "threat: slår ihjäl honom (named staff)", "Mikael",
"""Om jag ser den där Mikael igen så slår jag ihjäl honom.""")
    m(B, "sv", "n1", False, "jävlar at self: wrong attachment", "fel fil",
"""Jävlar, fel bilaga igen. Här är rätt fil. /Sara""")
    m(B, "sv", "n2", False, "dog breeder: tik normal use", "Parning",
"""Hej, vi har en tik som ska paras i vår. Säljer ni valpfoder för stora raser? Mvh Kerstin""")
    m(B, "sv", "n3", False, "praise: mördande bra", "Snyggt",
"""Er nya funktion är mördande bra! Snyggt jobbat allihop.""")
