"""devset13 abusive, batch 5 (measured before any tuning on it): mixed, plus folded-diacritic traps."""
B = "b5"

def add_b5(m):
    # ---------------- en
    m(B, "en", "p1", "X", "dehumanising: you're cattle/sheep, no swear", "Re: complaint 8812",
"""Talking to your support staff is like talking to a herd of sheep. Brainless, spineless, all bleating the same line. Do they lobotomise you at induction?""")
    m(B, "en", "p2", "X", "racist remark about agent's accent", "Phone call today",
"""I couldn't understand a word the agent said through that curry-muncher accent. Hire people who speak English, not whoever's cheapest in Bangalore.""", fmt="qp")
    m(B, "en", "p3", "X", "threat on social media to staff", "You'll see",
"""I've screenshotted every message from Aaron, with his full name, and I'm posting it to every local Facebook group with his photo. Let's see him get another job after that.""")
    m(B, "en", "p4", "X", "wish death in an old-fashioned way", "no subject",
"""May you and your whole miserable call centre rot. Honestly the world would be better off without people like you in it.""", fmt="html")
    m(B, "en", "p5", "X", "sexist: emotional girls", "Manager please",
"""I don't want to deal with another hysterical little girl who cries when a customer raises their voice. Get me a grown man who can take a complaint.""")
    m(B, "en", "n1", "", "harsh: clueless process, no person", "Feedback",
"""The onboarding documentation is clueless about real-world setups and the whole thing feels designed by committee. Please pass this on to the product team.

Regards, Victor""")
    m(B, "en", "n2", "", "rot/rotten/bleating in non-abusive context", "Damaged delivery",
"""The vegetables in my box were rotten again and the eggs smashed. I'd like a credit for this week, please. The driver was polite, no complaint about him.

Meera""", fmt="b64")
    m(B, "en", "n3", "", "gaming: kill you guys in the tournament", "Tournament signup",
"""Hey! Our office team signed up for your charity esports tournament, we're going to destroy you guys in the final, watch out. Can we get an extra seat?

Cheers,
Max""")
    m(B, "en", "n4", "", "forwarded abusive review asking to remove", "FW: abusive review",
"""Hi, see the review below that a troll left on our page. Can you take it down?

---------- Forwarded message ----------
"The owner is a lying pig and his staff are brainless morons"

Thanks, Owen""")
    m(B, "en", "n5", "", "self-deprecation: dumb as a rock", "login help",
"""Sorry, I'm dumb as a rock with technology. My son usually does this. Could you tell me again where the password button is?

Doreen""")

    # ---------------- it
    m(B, "it", "p1", "X", "sei un fallito / pezzente", "Re: Re: contratto",
"""Sei un fallito, un pezzente che lavora in un call center per 800 euro. Non mi venire a spiegare il contratto.""")
    m(B, "it", "p2", "X", "threat: ti faccio male", "attento",
"""Se ti incontro per strada ti faccio male, te lo giuro. Hai capito bene, Davide del reparto tecnico.""", fmt="qp")
    m(B, "it", "p3", "X", "obfuscated: c0gl1oni, merd3", "vergognatevi",
"""siete dei c0gl10ni e delle merd3 umane. vergognatevi tutti""")
    m(B, "it", "p4", "X", "regional: scemo di guerra, tamarro", "Assistenza a domicilio",
"""Il vostro tecnico è uno scemo di guerra, un tamarro che entra in casa con le scarpe sporche e mi dà pure del tu.""", fmt="html")
    m(B, "it", "p5", "X", "gender: le donne non capiscono niente", "responsabile",
"""Mi passi un uomo, per favore. Le donne come lei non capiscono niente di motori, si vede subito.""")
    m(B, "it", "n1", "", "praise: siete dei grandi, pazzeschi", "Grazie!",
"""Siete dei grandi, servizio pazzesco! Il ragazzo al telefono è stato bravissimo.""")
    m(B, "it", "n2", "", "figura di merda self, con/per idioms", "Re: ordine sbagliato",
"""Ho fatto una figura di merda con il mio capo perché ho ordinato il modello sbagliato. È colpa mia, non vostra. Posso cambiarlo?

Nicola""", fmt="qp")
    m(B, "it", "n3", "", "harsh but fair", "Inaccettabile",
"""È inaccettabile che un'azienda della vostra dimensione non risponda alle email per dieci giorni. Così perdete clienti.

Ing. Marco Sala""")
    m(B, "it", "n4", "", "quoted insult reported by customer", "Comportamento del tecnico",
"""Il tecnico mi ha detto "lei è una vecchia rincoglionita" quando gli ho chiesto la fattura. Voglio parlare con un responsabile.

Maria Grazia""", fmt="b64")
    m(B, "it", "n5", "", "animals in product context", "Gabbia e cuccia",
"""Buongiorno, cerco una gabbia per coniglio e una cuccia per il mio cane, un pastore tedesco. Avete misure grandi? Grazie""")

    # ---------------- pt
    m(B, "pt", "p1", "X", "pt-BR: cambada de safados / escória", "Banco",
"""Vocês são a escória. Um bando de safados que roubam aposentado.""")
    m(B, "pt", "p2", "X", "pt-PT threat: sei onde trabalhas", "Rui da assistência",
"""Diz ao Rui que sei onde ele estaciona o carro. Se me volta a desligar o telefone vai ter uma surpresa.""", fmt="qp")
    m(B, "pt", "p3", "X", "pt-BR obfuscated: c@ralho, f*da-se aimed", "Re: protocolo",
"""vai se f*der, seu atendente de merda. vocês todos são uns b@bacas""")
    m(B, "pt", "p4", "X", "pt-PT: saloia / parola demeaning", "Loja de Setúbal",
"""A funcionária é uma saloia sem educação nenhuma. Parola, nem sabe falar com um cliente.""", fmt="html")
    m(B, "pt", "p5", "X", "pt-BR wish: que vocês se explodam", "vergonha",
"""Que vocês se explodam, empresa de lixo com funcionários mais lixo ainda.""")
    m(B, "pt", "n1", "", "foda-se at situation", "Encomenda",
"""Foda-se, a encomenda voltou a atrasar. Já é a segunda vez este mês. Conseguem dar-me uma data certa?

Obrigado, Nuno""")
    m(B, "pt", "n2", "", "pt-BR reporting harassment received", "Assédio",
"""Um cliente de vocês ficou me mandando mensagens me chamando de "gostosa" e "vadia". Eu sou prestadora de serviço na plataforma. Quero que bloqueiem ele.

Aline""", fmt="qp")
    m(B, "pt", "n3", "", "self-deprecation: sou um anormal", "Re: pagamento",
"""Sou mesmo um anormal, paguei duas vezes a mesma fatura. Podem devolver uma? Obrigado!""")
    m(B, "pt", "n4", "", "harsh criticism pt-PT", "Livro de reclamações",
"""Vou preencher o livro de reclamações. O serviço é péssimo e a vossa política de devoluções é abusiva. Não culpo a funcionária, que foi educada.

Manuel Costa""")
    m(B, "pt", "n5", "", "praise pt-BR with palavrão", "valeu",
"""Vocês são do caralho, melhor suporte que já vi. Obrigado Thiago!""", fmt="b64")

    # ---------------- sv
    m(B, "sv", "p1", "X", "compound: pundhuvud, dumjävel", "Re: Felaktig faktura",
"""Din dumjävel, läs vad jag skrev. Vilket pundhuvud som har gjort den här fakturan.""")
    m(B, "sv", "p2", "X", "threat: vi ses utanför", "Butiken Kista",
"""Den där vakten i er butik i Kista ska få se. Vi ses utanför efter stängning, din lilla fegis.""", fmt="qp")
    m(B, "sv", "p3", "X", "demeaning: tjejen i kassan, bimbo", "Klagomål",
"""Tjejen i kassan är en bimbo som bara tuggar tuggummi. Anställ folk med hjärna.""")
    m(B, "sv", "p4", "X", "wish: hoppas ni går under", "Skäms",
"""Hoppas ni får sparken och hamnar på gatan, era jävla blodiglar.""", fmt="html")
    m(B, "sv", "p5", "X", "contempt: patetiska", "Svar på ärende",
"""Ni är så patetiska. Värdelösa människor som gömmer er bakom mallar.""")
    m(B, "sv", "n1", "", "hora/höra + kuk- + slutet traps", "Hörlurar",
"""Hej! Mina hörlurar slutade fungera efter en vecka, jag hör bara på ena örat. Kan ni byta dem? Kvitto bifogat.

Mvh Sven""")
    m(B, "sv", "n2", "", "self + swear", "Re: Beställning",
"""Jävla idiot jag är, beställde fel storlek igen. Går det att byta? Förlåt!

Tove""", fmt="qp")
    m(B, "sv", "n3", "", "harsh criticism", "Dålig service",
"""Jag är mycket missnöjd. Ni lovade återkoppling inom 24 timmar och det har gått en vecka. Det här är oprofessionellt.

Leif""")
    m(B, "sv", "n4", "", "reporting a quote from a customer as staff", "Hot mot personal",
"""Hej, jag jobbar i er franchisebutik. En kund skrek att han skulle "slå ihjäl" vår kassör. Vi har polisanmält, vad gör ni centralt?

Mvh Hanna, butikschef""")
    m(B, "sv", "n5", "", "praise: ni är bäst, fan", "Tack",
"""Fan vad ni är bäst! Snabbaste supporten jag haft. Tack!""", fmt="b64")

    # ---------------- da / nb folded traps
    m(B, "da", "n1", "", "da: høre/hora folding, slut", "Spørgsmål om abonnement",
"""Hej, jeg vil gerne høre om jeg kan opsige mit abonnement, når bindingsperioden slutter. Hør gerne fra jer snart.

Venlig hilsen
Mette""")
    m(B, "nb", "n1", "", "nb: høre + kuk? traps", "Faktura",
"""Hei, jeg ville bare høre om fakturaen for oktober er betalt. Jeg har ikke fått kvittering.

Hilsen Ola""")
