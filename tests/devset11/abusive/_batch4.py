"""devset11 abusive, batch 4 (written after tuning on b1-b3; measured before tuning on it)."""
B = "b4"

def add(m):
    # ================= en
    m(B, "en", "p1", True, "long complaint, dehumanising insult at the end (breed more idiots)", "Billing - again",
"""I have now been charged the annual fee twice, once on the 3rd and once on the 5th, and your billing page still shows the plan as "pending". I called on Monday and was told it would be fixed within 48 hours. It's Thursday.

Frankly whoever designed this billing system should be sterilised so they can't breed any more idiots like themselves.

Regards,
Martin Cole""")
    m(B, "en", "p2", True, "exposure threat: agent's face all over Twitter, 'enjoy the fame, love'", "your agent",
"""I've screenshotted your agent's name and face from the video call. Expect to see her all over Twitter with what she said to me. Enjoy the fame, love.""")
    m(B, "en", "p3", True, "contempt: company staffed by inbred yokels", "",
"""Not surprised a company staffed by inbred yokels can't process a simple refund.""")
    m(B, "en", "p4", True, "short wish of harm at named agent: go choke", "Re: Case 77120",
"""Go choke, Stacey.

> Hi Mr Lowe, unfortunately we are unable to offer a refund for this booking.""")
    m(B, "en", "p5", True, "threat: driving up there with a baseball bat", "automated replies",
"""I swear to god if I get one more automated reply I'm driving up there with a baseball bat.""")
    m(B, "en", "p6", True, "career harassment threat at named agent", "Kevin",
"""Keep it up Kevin and I'll make sure you never work in this industry again. I know people, and I know your surname now.""")
    m(B, "en", "n1", False, "apology for yesterday's email; the abusive email is only in the quoted history", "Re: my email yesterday",
"""Hi,

I want to apologise for my email yesterday, it was out of line and not your fault. I was stressed. The order arrived this morning, thank you for sorting it.

Best,
Gavin

On Mon, 23 Nov 2026 at 10:12, Gavin Reid <gavin.reid@mail.example> wrote:
> You useless morons, where is my order? I hope you all get sacked.""")
    m(B, "en", "n2", False, "insult aimed at the chatbot (software)", "chatbot",
"""Your chatbot is dumb as a rock, it keeps sending me to the same FAQ page no matter what I type. Can a human look at my question about VAT invoices?""")
    m(B, "en", "n3", False, "polite request not to be called love", "phone manner",
"""Hello, a small thing: could your phone staff please stop calling me "love" and "sweetheart"? I find it a bit patronising. Otherwise the help was fine. Thanks, Dr. Ruth Adeyemi""")
    m(B, "en", "n4", False, "praise: driver a real beast with heavy boxes", "Great delivery",
"""The delivery driver today was brilliant, an absolute beast with those heavy boxes and so cheerful. Please pass on our thanks!""")
    m(B, "en", "n5", False, "hyperbole at a spreadsheet: I'm going to murder this spreadsheet", "CSV import",
"""I'm going to murder this spreadsheet if the import doesn't work soon haha. Which date format does the CSV import expect? DD/MM/YYYY gives an error.""")
    m(B, "en", "n6", False, "reporting a threatening SMS sent in the company's name (quoting)", "Scam text?",
"""I received a text saying "pay now or we will come to your house and you'll be sorry", signed with your company name. Is this a scam? I don't have an account with you.""")

    # ================= pt
    m(B, "pt", "p1", True, "pt-BR: vocês são uma piada, bando de amadores", "suporte",
"""Vocês são uma piada, um bando de amadores que não sabem nem ligar um computador. Que vergonha.""")
    m(B, "pt", "p2", True, "pt-PT: o senhor que me atendeu é um grandessíssimo cabrão", "Atendimento loja Braga",
"""O senhor que me atendeu na loja de Braga é um grandessíssimo cabrão e um mal-educado. Quero que saibam.""", fmt="qp", charset="iso-8859-1")
    m(B, "pt", "p3", True, "pt-BR: espero que você seja demitida, sua incompetente", "",
"""Espero que você seja demitida, sua incompetente, e que nunca mais arrume emprego na vida.""")
    m(B, "pt", "p4", True, "pt-BR: sua vadia, desliga de novo pra você ver", "ligação",
"""Sua vadia, desliga na minha cara de novo pra você ver o que acontece.""")
    m(B, "pt", "p5", True, "pt-PT: seus chulos de merda", "Reclamação",
"""Seus chulos de merda, quando eu falar com o vosso patrão vão todos para o olho da rua.""")
    m(B, "pt", "p6", True, "pt-BR: threat, técnico vai levar uma surra", "técnico",
"""Se eu encontrar esse técnico na rua ele vai levar uma surra que nunca mais esquece.""")
    m(B, "pt", "p7", True, "pt-BR: obfuscated m3rdas, vtnc", "",
"""vcs sao uns m3rdas, vtnc""")
    m(B, "pt", "p8", True, "pt-PT: ide-vos foder, cambada de atrasados mentais", "",
"""Ide-vos foder, cambada de atrasados mentais.""")
    m(B, "pt", "n1", False, "pt-BR: apology; abusive email only in quoted history", "Re: pedido 5512",
"""Bom dia, peço desculpas pelo meu e-mail de ontem, perdi a cabeça. O pedido chegou hoje certinho. Obrigado.

Em ter., 24 de nov. de 2026 às 09:10, Felipe <felipe@mail.example> escreveu:
> Vocês são uns ladrões filhos da puta, cadê meu pedido""")
    m(B, "pt", "n2", False, "pt-PT: chatbot burro (software)", "chatbot",
"""O vosso chatbot é burro que dói, manda-me sempre para a mesma página. Posso falar com uma pessoa sobre a fatura?""")
    m(B, "pt", "n3", False, "pt-BR: pelo amor de Deus, que demora (situation)", "fila do chat",
"""Pelo amor de Deus, que demora! Já são 40 minutos na fila do chat e nada.""")
    m(B, "pt", "n4", False, "pt-PT: medical, cancro da mama, suspend gym", "Suspensão",
"""Boa tarde, foi-me diagnosticado um cancro da mama e preciso de suspender a inscrição no ginásio durante seis meses. Que documentos precisam?""")
    m(B, "pt", "n5", False, "pt-BR: cadela literal", "carregador",
"""Minha cadela mordeu o cabo do carregador. Vocês vendem só o cabo como peça de reposição?""")
    m(B, "pt", "n6", False, "pt-BR: reporting a threatening scam SMS (quoting)", "SMS estranho",
"""Recebi um SMS dizendo "vou te matar se não pagar hoje" em nome da empresa de vocês. É golpe? Quero denunciar.""")

    # ================= da
    m(B, "da", "p1", True, "I er det mest inkompetente pak", "",
"""I er noget af det mest inkompetente pak jeg nogensinde har mødt.""")
    m(B, "da", "p2", True, "sælger: klam stodder og gammel gris", "jeres sælger",
"""Jeres sælger er en klam stodder og en gammel gris. Han skal ikke komme hjem til mig igen.""")
    m(B, "da", "p3", True, "wish: jeres kontor brænder ned", "",
"""Jeg håber jeres kontor brænder ned.""")
    m(B, "da", "p4", True, "din åndssvage spasser", "chat",
"""Kom nu, din åndssvage spasser. Læs hvad jeg skriver.""")
    m(B, "da", "n1", False, "apology; abuse only in quoted history", "Re: ordre",
"""Undskyld min mail i går, den var alt for grov. Pakken er kommet nu. Tak.

Den man. 23. nov. 2026 kl. 10.12 skrev Jens <jens@mail.example>:
> I er nogle forbandede idioter allesammen""")
    m(B, "da", "n2", False, "chatbot dum som en dør (software)", "chatbot",
"""Jeres chatbot er dum som en dør, den forstår ingenting af hvad jeg skriver. Kan jeg få fat i et menneske?""")
    m(B, "da", "n3", False, "medical: prostatakræft", "Abonnement",
"""Hej, min far har prostatakræft og kan ikke længere bruge abonnementet. Kan det overføres til min mor?""")

    # ================= it
    m(B, "it", "p1", True, "siete dei falliti, gente senza dignità", "",
"""Siete dei falliti, gente senza dignità.""")
    m(B, "it", "p2", True, "wish: operatore licenziato, incapace", "operatore",
"""Auguro a quell'operatore di essere licenziato domani stesso, incapace.""")
    m(B, "it", "p3", True, "threat: vi vengo a cercare uno per uno", "",
"""Vi denuncio, e poi vi vengo a cercare uno per uno.""")
    m(B, "it", "p4", True, "gendered slur: zoccola della centralinista", "centralino",
"""Quella zoccola della centralinista mi ha messo in attesa per un'ora.""")
    m(B, "it", "n1", False, "apology; abuse only in quoted history", "Re: ordine",
"""Mi scuso per la mail di ieri, ero fuori di me. Il pacco è arrivato, grazie.

Il giorno lun 23 nov 2026 alle ore 10:12 Sergio <sergio@mail.example> ha scritto:
> Siete dei ladri e dei coglioni""")
    m(B, "it", "n2", False, "chatbot stupido come una capra (software)", "chatbot",
"""Il vostro chatbot è stupido come una capra, risponde sempre la stessa cosa. Posso parlare con un operatore?""")
    m(B, "it", "n3", False, "shop owner quoting a customer's threat in their chat, asks how to block", "Bloccare utente",
"""Un cliente ha scritto "ti ammazzo" nella chat del nostro negozio online. Come posso bloccarlo dal pannello?""")

    # ================= nl
    m(B, "nl", "p1", True, "stel waardeloze zakkenwassers", "",
"""Jullie zijn een stel waardeloze zakkenwassers.""")
    m(B, "nl", "p2", True, "helpdeskmedewerker arrogant stuk vreten", "helpdesk",
"""Die helpdeskmedewerker van jullie is een arrogant stuk vreten.""")
    m(B, "nl", "p3", True, "threat: kom naar kantoor en doe iemand wat aan", "",
"""Ik kom naar jullie kantoor en dan ga ik iemand wat aandoen.""")
    m(B, "nl", "p4", True, "rot op met je kutbedrijf, eikel", "Re: klacht",
"""Rot toch op met je kutbedrijf, eikel.

> Geachte klant, wij kunnen helaas geen uitzondering maken.""")
    m(B, "nl", "n1", False, "apology; abuse only in quoted history", "Re: bestelling",
"""Sorry voor mijn boze mail van gisteren. Het pakket is binnen. Bedankt!

Op ma 23 nov 2026 om 10:12 schreef Joost <joost@mail.example>:
> Stelletje oplichters, waar is mijn geld""")
    m(B, "nl", "n2", False, "chatbot: zo dom als het achtereind van een varken (software)", "chatbot",
"""Die chatbot van jullie is zo dom als het achtereind van een varken. Kan ik iemand bellen?""")
    m(B, "nl", "n3", False, "kut at self: wrong size", "ruilen",
"""Kut, ik heb de verkeerde maat besteld. Kan ik de schoenen nog ruilen?""")

    # ================= sv
    m(B, "sv", "p1", True, "ni är några jävla amatörer och lögnare", "",
"""Ni är några jävla amatörer och lögnare.""")
    m(B, "sv", "p2", True, "wish: handläggaren får sparken", "handläggare",
"""Hoppas den där handläggaren får sparken och aldrig får jobb igen.""")
    m(B, "sv", "p3", True, "kärringen i växeln är efterbliven", "växeln",
"""Kärringen i växeln är helt jävla efterbliven.""")
    m(B, "sv", "p4", True, "threat: kommer till ert kontor, då jävlar", "",
"""Jag kommer till ert kontor imorgon och då jävlar ska ni få.""")
    m(B, "sv", "n1", False, "apology; abuse only in quoted history", "Sv: order",
"""Förlåt för mitt förra mejl, jag var arg. Paketet kom idag. Tack!

Den mån 23 nov. 2026 kl 10:12 skrev Anders <anders@mail.example>:
> Ni är idioter allihop""")
    m(B, "sv", "n2", False, "chatbot dum som ett spån (software)", "chattbot",
"""Er chattbot är dum som ett spån, den förstår ingenting. Kan jag prata med en människa?""")
    m(B, "sv", "n3", False, "medical: bröstcancer, pause subscription", "Paus",
"""Hej, min mamma har bröstcancer. Kan vi pausa hennes prenumeration i sex månader?""")
