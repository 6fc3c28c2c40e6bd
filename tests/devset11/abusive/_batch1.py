"""devset11 abusive, batch 1 (written before any tuning; measured before tuning on it)."""
B = "b1"

def add(m):
    # ================= en
    m(B, "en", "p1", True, "questioned intelligence of everyone in the office, reply with quoted history", "Re: Ticket #48812",
"""Is there a single person in that office with a functioning brain? I have now explained FOUR times that the invoice address is wrong. Four. Put somebody on this who can read past the first line.

Sent from my iPhone

> Hi Mr Barker, thanks for getting in touch. Could you confirm which invoice you mean?
> Kind regards, Support Team""")
    m(B, "en", "p2", True, "threat: knows office street and when named agent leaves", "final warning",
"""Keep ignoring me and see what happens. Your office is on Harbour Street, and I know Darren clocks off at six. You've been warned.""")
    m(B, "en", "p3", True, "gendered slur at named agent, obfuscated b1tch", "complaint about Chloe",
"""Your agent Chloe is a stuck up little b1tch and somebody needs to put her in her place. She laughed at me on the phone. Get her off my account.""")
    m(B, "en", "p4", True, "wishing harm + parasites", "",
"""hope every last one of you ends up on the street, you deserve nothing less. parasites the lot of you, bleeding pensioners dry with your hidden fees""")
    m(B, "en", "p5", True, "threat against named manager: wipe the grin off his face", "Marcus",
"""Tell that smug prick Marcus that if he hangs up on me one more time I'll come down there and wipe that grin off his face myself.

Paul""", fmt="qp")
    m(B, "en", "p6", True, "text-speak slur at staff, obfuscated", "fix it",
"""ur staff r a bunch of retards lol. 2 weeks and still no refund. fix ur sh1t""")
    m(B, "en", "n1", False, "swearing at the app, not at people", "app crashing AGAIN",
"""What the hell happened to the export? This damn app crashes every single time I hit save and I've lost the whole morning's work. Please fix it, it's costing us money.

Regards,
Jenny Okafor
Okafor Interiors Ltd""")
    m(B, "en", "n2", False, "self-deprecation: I'm an idiot, forgot password", "locked out",
"""Hi, I'm such an idiot, I forgot my password and then tried the old one five times and now I'm locked out. Could you unlock the account please? Sorry for the hassle! Tom""")
    m(B, "en", "n3", False, "quoting a driver's abuse to report it", "Complaint about your driver",
"""Dear Sir or Madam,

I am writing to report the behaviour of one of your delivery drivers on Tuesday. When my wife asked him to wait while she found a pen, he called her a "stupid cow" and told her to piss off. She was very upset.

I expect this to be investigated and would like to know what action will be taken.

Yours faithfully,
Robert Hale""", fmt="alt")
    m(B, "en", "n4", False, "killer feature, I'd kill for dark mode", "Love the new planner",
"""Just wanted to say the new drag-and-drop planner is a killer feature, the whole team loves it. Honestly I'd kill for a dark mode next, my eyes are dying by 4pm :)

Cheers, Sam""")
    m(B, "en", "n5", False, "urology clinic, anatomical words in normal use", "Patient emails being blocked",
"""Hello,

We are a urology and pelvic health clinic. Since last week your filter seems to be blocking patient emails that mention things like testicles, erectile dysfunction, penis pain or anal fissures. These are normal clinical words for us. Can you whitelist our domain or adjust the rule?

Many thanks,
Dr. Anita Kaur
Riverside Urology""")
    m(B, "en", "n6", False, "angry but polite complaint, third time writing", "Third request - no response",
"""This is the third time I have written about the double charge on my card. Frankly, your service over the past month has been appalling and I am extremely disappointed. I expect a full reply by Friday, otherwise I will cancel my subscription.

Margaret Dunn""")

    # ================= pt
    m(B, "pt", "p1", True, "pt-BR: bando de incompetentes + vão tomar no cu", "RECLAMAÇÃO",
"""Vocês são um bando de incompetentes, sério. Três semanas esperando e ninguém resolve nada. Vão tomar no cu todos vocês, to cancelando essa bosta.""")
    m(B, "pt", "p2", True, "pt-PT: palhaços + named agent atrasada mental", "Re: Pedido 22871",
"""Seus palhaços, já liguei cinco vezes. A menina do apoio, a tal Sofia, é uma atrasada mental que não percebe nada do que se lhe diz.

Enviado do meu telemóvel

> Bom dia, lamentamos o incómodo. Pode indicar o número da encomenda?
> Apoio ao Cliente""", fmt="qp", charset="iso-8859-1")
    m(B, "pt", "p3", True, "pt-BR: threat to go to the shop and break the manager's face", "cobrança indevida",
"""Se essa cobrança não for cancelada HOJE eu vou aí na loja de vocês e arrebento a cara do gerente. Pode esperar que eu vou.""")
    m(B, "pt", "p4", True, "pt-BR: otários, cambada de filhos da puta", "",
"""Otários. Vocês roubam o dinheiro da gente e ainda fazem pouco caso. Cambada de filhos da puta, espero que a empresa de vocês quebre.""")
    m(B, "pt", "p5", True, "pt-PT: cambada de chulos e aldrabões, técnico anormal", "Assistência técnica",
"""Vocês são uma cambada de chulos e aldrabões. E o vosso técnico que cá veio é um anormal, deixou a máquina pior do que estava. Quero o meu dinheiro.""")
    m(B, "pt", "p6", True, "pt-BR: sexual slur at named attendant", "atendimento péssimo",
"""a atendente Juliana é uma vagabunda mal comida, desligou na minha cara duas vezes. manda essa piranha tomar vergonha na cara""")
    m(B, "pt", "p7", True, "pt-PT: threat, knows where the office is, vão arrepender-se", "Última vez",
"""Sei muito bem onde fica o vosso escritório em Alfragide. Vão arrepender-se disto, escusam de vir com desculpas.""")
    m(B, "pt", "p8", True, "pt-BR: abbreviations vsf, fdp, seus merdas", "cancelamento",
"""vsf seus merdas, fdp do caralho, cancela essa porra agora""")
    m(B, "pt", "n1", False, "pt-BR: que merda, app travou (situation)", "app travando",
"""Que merda, o aplicativo travou de novo e perdi o pedido inteiro. Podem verificar o que aconteceu? Já é a terceira vez essa semana.

Att,
Carla Menezes""")
    m(B, "pt", "n2", False, "pt-PT: self-deprecation, sou mesmo burro", "palavra-passe",
"""Boa tarde, sou mesmo burro, esqueci-me da palavra-passe outra vez. Podem enviar-me o link para a redefinir? Obrigado, Nuno""")
    m(B, "pt", "n3", False, "pt-BR: quoting the delivery man's abuse to report it", "Reclamação sobre entregador",
"""Boa tarde,

Quero registrar uma reclamação formal: o entregador de vocês me chamou de "velha burra" e me mandou tomar no cu na frente dos meus netos, só porque pedi para ele esperar eu achar o documento. Isso é inaceitável.

Aguardo retorno.
Dona Lourdes Ferreira""", fmt="alt")
    m(B, "pt", "n4", False, "pt-PT: angry but polite, estou farto", "Sem resposta",
"""Estou farto de esperar. É a quarta vez que escrevo e ninguém me responde. Isto é uma vergonha para uma empresa do vosso tamanho. Exijo uma resposta ainda hoje.

Cumprimentos,
Rui Tavares""")
    m(B, "pt", "n5", False, "pt-BR: função matadora, mataria por modo escuro", "elogio",
"""Gente, essa nova função de relatórios é matadora! Parabéns pro time. Eu mataria por um modo escuro também kkkk""")
    m(B, "pt", "n6", False, "pt-PT: clinic, anatomical words", "Marcações de consultas",
"""Bom dia, somos uma clínica de urologia e ginecologia. Os pacientes não conseguem marcar consultas quando escrevem no campo de observações coisas como "dor no pénis", "exame da próstata" ou "colo do útero" - aparece um erro. Podem ver isto? Obrigada, Dra. Inês Matos""")
    m(B, "pt", "n7", False, "pt-BR: puta que pariu at slow system", "sistema lento",
"""Puta que pariu, que sistema lento! Demorou 10 minutos pra carregar uma nota fiscal. Vocês mudaram alguma coisa no servidor? Tá impossível trabalhar assim.""")

    # ================= da
    m(B, "da", "p1", True, "I er nogle inkompetente idioter", "faktura",
"""I er nogle inkompetente idioter allesammen. Hvor svært kan det være at sende en korrekt faktura?""")
    m(B, "da", "p2", True, "named agent called dum kælling", "Klage over Mette",
"""Jeres medarbejder Mette er en dum kælling, og hun skal ikke regne med at jeg lader det ligge. Hun smed røret på.

Mvh
Jørgen""", fmt="qp", charset="iso-8859-1")
    m(B, "da", "p3", True, "threat: ved hvor kontoret ligger, I kommer til at fortryde", "",
"""Jeg ved godt hvor jeres kontor ligger i Vejle. I kommer til at fortryde det her, det lover jeg jer.""")
    m(B, "da", "p4", True, "hold kæft + ubrugelige klaphatte", "svar nu",
"""Hold kæft hvor er I nogle ubrugelige klaphatte derude. Fem mails og ikke ét svar. Skodfirma med skidemennesker.""")
    m(B, "da", "n1", False, "hvad fanden sker der med appen (situation)", "appen lukker ned",
"""Hvad fanden sker der med appen? Den lukker ned hver eneste gang jeg åbner kalenderen. Kan I se på det?

Venlig hilsen
Susanne""")
    m(B, "da", "n2", False, "self-deprecation: jeg er sådan en idiot", "adgangskode",
"""Hej, jeg er sådan en idiot, jeg har glemt min adgangskode igen. Kan I sende et nyt link? Tak, Mads""")
    m(B, "da", "n3", False, "quoting a driver's insult to report it", "Klage over chauffør",
"""Hej

Jeres chauffør kaldte min mor for en "gammel kælling", da hun bad ham bære pakken op. Det synes jeg er helt uacceptabelt og jeg vil gerne have at I tager det op med ham.

Med venlig hilsen
Birgitte Holm""")
    m(B, "da", "n4", False, "sikke noget lort, server nede (situation)", "nede igen",
"""Sikke noget lort, serveren er nede igen og vi kan ikke fakturere. Hvornår er det løst?""")

    # ================= it
    m(B, "it", "p1", True, "manica di incompetenti e ladri", "Vergogna",
"""Siete una manica di incompetenti e ladri. Vergognatevi, mi avete addebitato due volte e nessuno risponde.""")
    m(B, "it", "p2", True, "named operator: deficiente, troia maleducata", "Reclamo operatrice",
"""Quella deficiente della vostra operatrice, Giulia, mi ha riattaccato in faccia. Ditele pure che è una troia maleducata.""", fmt="qp", charset="iso-8859-1")
    m(B, "it", "p3", True, "threat: so dov'è il vostro ufficio, ve la farò pagare", "",
"""So benissimo dov'è il vostro ufficio a Bergamo. Ve la farò pagare, state attenti.""")
    m(B, "it", "p4", True, "andate a fare in culo, coglioni", "servizio clienti",
"""Andate a fare in culo, voi e il vostro servizio clienti di merda. Coglioni.""")
    m(B, "it", "n1", False, "che cazzo succede con l'app (situation)", "app non si apre",
"""Che cazzo succede con l'app? Non si apre più da stamattina e ho venti ordini da evadere. Fatemi sapere, grazie.

Marco""")
    m(B, "it", "n2", False, "self-deprecation: sono proprio un cretino", "fattura cancellata",
"""Buongiorno, sono proprio un cretino, ho cancellato la fattura di ottobre da solo. Si può recuperare in qualche modo? Grazie mille, Davide""")
    m(B, "it", "n3", False, "quoting the technician's insult to report it", "Segnalazione tecnico",
"""Gentili signori,

segnalo che il vostro tecnico, durante l'intervento di ieri, mi ha dato del "coglione" davanti ai miei clienti. Chiedo che prendiate provvedimenti.

Distinti saluti
Franco Bellini""", fmt="alt")
    m(B, "it", "n4", False, "angry but polite, terza volta", "Nessuna risposta",
"""Sono molto deluso dal vostro servizio. È la terza volta che scrivo e nessuno mi risponde. Mi aspetto un riscontro entro venerdì, altrimenti disdico.

Cordiali saluti
Elena Rota""")

    # ================= nl
    m(B, "nl", "p1", True, "stelletje kankerlijers (disease curse aimed)", "terugbetaling",
"""Jullie zijn een stelletje kankerlijers. Al drie weken wacht ik op mijn geld.""")
    m(B, "nl", "p2", True, "named agent domme trut", "Klacht over Sanne",
"""Die Sanne van jullie klantenservice is echt een domme trut. Ze snapt er helemaal niks van en ze is ook nog brutaal.

Groet,
Kees""")
    m(B, "nl", "p3", True, "threat: weet waar kantoor zit, kom langs", "",
"""Ik weet waar jullie kantoor zit. Als dit niet vandaag opgelost wordt kom ik langs en dan wordt het niet gezellig, dat beloof ik.""")
    m(B, "nl", "p4", True, "randdebielen + krijg de tering", "",
"""Wat een randdebielen werken daar zeg. Krijg allemaal de tering.""")
    m(B, "nl", "n1", False, "klote-app crasht (situation)", "app crasht",
"""Wat is dit voor klote-app, hij crasht steeds bij het inloggen. Kunnen jullie dit oplossen? Groetjes, Fleur""")
    m(B, "nl", "n2", False, "self-deprecation: ik ben echt een sukkel", "wachtwoord",
"""Hoi, ik ben echt een sukkel, ik heb mijn wachtwoord weer vergeten. Kunnen jullie een resetlink sturen? Dank, Bram""")
    m(B, "nl", "n3", False, "quoting the courier's slur to report it", "Klacht bezorger",
"""Geachte heer/mevrouw,

Uw bezorger noemde mij een "vuile hoer" toen ik het pakket weigerde. Ik wil hier formeel een klacht over indienen en verwacht een reactie.

Met vriendelijke groet,
Annemarie de Boer""", fmt="qp", charset="iso-8859-1")
    m(B, "nl", "n4", False, "medical: ik heb kanker, pause subscription", "Abonnement pauzeren",
"""Beste,

Ik heb onlangs te horen gekregen dat ik kanker heb en ik ben de komende maanden in behandeling. Is het mogelijk om mijn abonnement tijdelijk te pauzeren?

Vriendelijke groet,
Henk""")

    # ================= sv
    m(B, "sv", "p1", True, "ni är ett gäng inkompetenta idioter", "",
"""Ni är ett gäng inkompetenta idioter allihop. Hur svårt kan det vara att skicka rätt vara?""")
    m(B, "sv", "p2", True, "named agent dum fitta", "Lena på kundtjänst",
"""Lena på er kundtjänst är en dum fitta. Hon lade på luren mitt i samtalet.""")
    m(B, "sv", "p3", True, "threat: vet var kontoret ligger, ni kommer att ångra er", "",
"""Jag vet var ni har ert kontor. Ni kommer att ångra er, se upp.""")
    m(B, "sv", "p4", True, "dra åt helvete, era jävla pajaser", "ärende 5531",
"""Dra åt helvete, era jävla pajaser. Jag har väntat i en månad.

/Johan""")
    m(B, "sv", "n1", False, "vad i helvete hände med appen (situation)", "allt är borta",
"""Vad i helvete hände med appen? Alla mina anteckningar är borta efter uppdateringen. Kan ni återställa dem? Mvh Karin""")
    m(B, "sv", "n2", False, "self-deprecation: jag är en sån idiot", "lösenord",
"""Hej, jag är en sån idiot, glömde lösenordet igen. Kan ni skicka en ny länk? Tack! /Oskar""")
    m(B, "sv", "n3", False, "quoting the driver's insult to report it", "Anmälan chaufför",
"""Hej,

Er chaufför kallade mig för "jävla idiot" när jag bad honom vänta en minut. Jag vill anmäla detta och förväntar mig att ni tar det på allvar.

Med vänliga hälsningar
Eva Lund""")
    m(B, "sv", "n4", False, "slutfaktura (slut = end), no abuse", "Slutfaktura saknas",
"""Hej, slutfakturan för projektet har inte kommit än. Avtalet tog slut i oktober. Hur lång tid brukar det ta? Mvh Per""")
