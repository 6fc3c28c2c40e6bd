"""devset12 angry, batch 13 (measured before any tuning on it): chatbot rage, "help" in scare quotes,
speechless, ruined occasions, amateur hour / circus, price hikes; negatives: speechless praise, calm
bot question, calm price question, a circus as the customer."""
B = "b13"

def add_b13(m):
    # ---------------- en
    m(B, "en", "a1", "A", "chatbot rage", "I don't want your bot",
"""I do not want to talk to your bot. I have spent 40 minutes going round in circles with it and it keeps suggesting the same three help articles. Give me a real person.

Derek""")
    m(B, "en", "a2", "A", "amateur hour + ruined", "Wedding order",
"""Amateur hour from start to finish. The flowers for my sister's wedding arrived wilted, a day late, to the wrong venue. You ruined the one day that mattered. I'm speechless.

Carla Benton""", fmt="alt")
    m(B, "en", "a3", "A", "price hike without notice", "Price increase??",
"""A 40% price increase with one email buried in my spam folder as "notice"? That's a cash grab, plain and simple, and you know it.

H. Mills""")
    m(B, "en", "n1", "", "speechless praise", "Speechless",
"""I'm honestly speechless - the team rebuilt our whole dashboard overnight. Thank you all so much.

Priya""")
    m(B, "en", "n2", "", "circus customer, literal", "Booking system for our circus",
"""Hello,

We run a small travelling circus and want to sell tickets for 14 shows through your booking system. Can we set different prices per town?

Thanks,
Bruno, Circo Stella""")
    m(B, "en", "n3", "", "calm price question", "Price change next year",
"""Hi,

I saw the note about the price change from January. Could you tell me what our new monthly total will be with 5 seats? Thanks.

Alan""")

    # ---------------- de
    m(B, "de", "a1", "A", "chatbot rage", "Kein Chatbot mehr",
"""Ich will nicht mit Ihrem Chatbot reden. 40 Minuten drehe ich mich mit dem Ding im Kreis. Geben Sie mir endlich einen echten Menschen.

Klaus""")
    m(B, "de", "a2", "A", "Kasperletheater + Abzocke", "Preiserhöhung",
"""40 % Preiserhöhung, angekündigt in einer Mail, die im Spam gelandet ist? Das ist Abzocke, nichts anderes. Und Ihr Support ist ein einziges Kasperletheater.

Edith""")
    m(B, "de", "n1", "", "sprachlos praise", "Sprachlos",
"""Ich bin sprachlos, wie schnell Sie das Dashboard neu aufgebaut haben. Vielen Dank!

Lara""")

    # ---------------- fr
    m(B, "fr", "a1", "A", "chatbot", "Votre robot",
"""Je ne veux pas parler à votre robot. Quarante minutes à tourner en rond avec lui. Donnez-moi un vrai humain, bon sang.

Gérard""")
    m(B, "fr", "a2", "A", "gâché + amateurisme", "Mariage",
"""Quel amateurisme. Les fleurs du mariage de ma sœur sont arrivées fanées, en retard, au mauvais endroit. Vous avez gâché cette journée. Je n'ai pas de mots.

Carole""")
    m(B, "fr", "n1", "", "sans voix praise", "Merci",
"""Je suis sans voix, le tableau de bord a été refait en une nuit. Merci à toute l'équipe !

Samia""")

    # ---------------- es
    m(B, "es", "a1", "A", "chatbot", "Vuestro bot",
"""No quiero hablar con vuestro bot. Llevo 40 minutos dando vueltas en círculo. Quiero una persona de verdad, ya.

Luis""")
    m(B, "es", "a2", "A", "sacacuartos + circo", "Subida de precio",
"""¿Una subida del 40% avisada con un correo que acabó en spam? Esto es un sacacuartos. Y vuestro servicio de atención, un circo.

Concha""")
    m(B, "es", "n1", "", "calm bot question", "Chatbot",
"""Hola, ¿el chatbot de la web está disponible también en catalán? Gracias.

Jordi""")

    # ---------------- it
    m(B, "it", "a1", "A", "chatbot", "Il vostro bot",
"""Non voglio parlare con il vostro bot. Quaranta minuti a girare in tondo. Datemi una persona vera, santo cielo.

Ugo""")
    m(B, "it", "a2", "A", "rovinato + dilettanti", "Matrimonio",
"""Dilettanti allo sbaraglio. I fiori per il matrimonio di mia sorella sono arrivati appassiti, in ritardo e nel posto sbagliato. Ci avete rovinato la giornata.

Carla""")
    m(B, "it", "n1", "", "calm price", "Nuovi prezzi",
"""Buongiorno, con i nuovi prezzi da gennaio quanto pagheremo al mese per 5 utenti? Grazie.

Enzo""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "chatbot BR", "Robô",
"""Não quero falar com robô. Quarenta minutos rodando em círculos. Quero um ser humano de verdade, pelo amor de Deus.

Cláudia""")
    m(B, "pt", "a2", "A", "roubalheira", "Aumento",
"""Aumento de 40% avisado num email que foi para o spam? Isto é uma roubalheira. Vergonha.

Artur""")
    m(B, "pt", "n1", "", "sem palavras praise", "Obrigado",
"""Fiquei sem palavras, refizeram o painel todo numa noite. Muito obrigado!

Vera""")

    # ---------------- nl
    m(B, "nl", "a1", "A", "chatbot", "Jullie chatbot",
"""Ik wil niet met jullie chatbot praten. Veertig minuten in rondjes gedraaid. Geef me gewoon een echt mens.

Gerrit""")
    m(B, "nl", "a2", "A", "poppenkast + oplichterij", "Prijsverhoging",
"""40% duurder, aangekondigd in een mail die in de spam belandde? Dat is gewoon oplichterij. Wat een poppenkast.

Anja""")
    m(B, "nl", "n1", "", "calm bot", "Chatbot",
"""Hoi, is de chatbot ook in het Engels beschikbaar? Dank je.

Yara""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "chatbot", "Bot",
"""Nie chcę rozmawiać z waszym botem. Czterdzieści minut kręcenia się w kółko. Dajcie mi wreszcie żywego człowieka.

Henryk""")
    m(B, "pl", "n1", "", "calm price", "Cennik",
"""Dzień dobry, ile będziemy płacić od stycznia za 5 użytkowników? Dziękuję.

Alicja""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "chatbot", "Robotul",
"""Nu vreau să vorbesc cu robotul vostru. Patruzeci de minute mă tot învârt în cerc. Dați-mi un om adevărat, vă rog frumos.

Petru""")
    m(B, "ro", "n1", "", "calm bot", "Chatbot",
"""Bună ziua, chatbotul este disponibil și în limba maghiară? Mulțumesc.

Zsolt""")

    # ---------------- da
    m(B, "da", "a1", "A", "chatbot", "Jeres chatbot",
"""Jeg gider ikke tale med jeres chatbot. Fyrre minutter i ring. Giv mig et rigtigt menneske.

Bent""")
    m(B, "da", "n1", "", "calm price", "Priser",
"""Hej, hvad kommer vi til at betale om måneden for 5 brugere fra januar? Tak.

Tove""")

    # ---------------- sv
    m(B, "sv", "a1", "A", "chatbot", "Er chattbot",
"""Jag vill inte prata med er chattbot. Fyrtio minuter i cirklar. Ge mig en riktig människa någon gång.

Bengt""")
    m(B, "sv", "n1", "", "mållös praise", "Tack",
"""Jag är helt mållös, ni byggde om hela panelen på en natt. Stort tack!

Agnes""")
