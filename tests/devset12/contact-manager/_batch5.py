"""devset12 contact-manager, batch 5 (measured before any tuning on it): homonyms of senior words
(Leitung/leiding/ledning = cable, leder = 'looking for', przełożony = postponed, encargado = ordered),
own boss, customer's own channels; personal-contact asks through a third party."""
B = "b5"

def add_b5(m):
    # ---------------- en
    m(B, "en", "n1", "", "I'll talk to my supervisor first", "Re: Renewal quote",
"""Thanks for the quote. I'll need to talk to my supervisor before we sign anything - she's back on Monday. I'll get back to you then.

Regards,
Dean Hart""")
    m(B, "en", "n2", "", "tier 2 told me; higher tier plan", "Re: API limits",
"""Hi, your tier 2 team told me last week the rate limit is higher on the Scale plan. If so, we'd like to move up to the higher tier from January. Can you confirm the price? Thanks, Omar""")
    m(B, "en", "n3", "", "we're hiring a CS manager (signature/job)", "Integration partner",
"""Hi, we're growing fast and just hired a customer service manager who will be our main contact for your platform from next month. Can you add her (nina@leafly.io) as an admin? Thanks, Josh""")
    m(B, "en", "c1", "C", "ask agent to ring from own phone, outside hours", "Re: Re: Setup call",
"""Hi Maria, would you mind ringing me from your own phone this evening? I know it's after hours but I can't do it during the day and I'd rather sort it with you than someone new.

Thanks so much
Keith""")
    m(B, "en", "c2", "C", "forward Tom's gmail", "Tom from onboarding",
"""Hey, Tom from your onboarding team mentioned he does freelance design on the side. Could you forward me his gmail or personal number? Would love to hire him for a weekend job.

Sasha""")
    m(B, "en", "n4", "", "WhatsApp me the invoice? own WhatsApp", "Invoice by WhatsApp",
"""Hi, is it possible to get invoices sent by WhatsApp instead of email? My WhatsApp number is on the account. Thanks, Pete""")
    m(B, "en", "m1", "M", "want a supervisor to review the decision", "Appeal of decision",
"""I'd like to appeal this decision. Please have it looked at by somebody senior to the agent who closed my ticket - I don't think the policy was applied correctly.

Anne Whitfield""")

    # ---------------- de
    m(B, "de", "n1", "", "Leitung = Kabel, bitte melden", "Leitung tot",
"""Hallo, die Leitung im Laden ist seit gestern Abend tot, kein Internet und kein Telefon. Bitte melden Sie sich bei mir unter 0151 998877, damit wir einen Termin machen können. Gruß, Ayşe Demir""")
    m(B, "de", "n2", "", "ich möchte eine neue Leitung bestellen", "Zweite Leitung",
"""Guten Tag, ich möchte eine zweite Leitung für unser Büro bestellen. Was kostet das monatlich? Viele Grüße, Jens Ott""")
    m(B, "de", "c1", "C", "Kann ich Frau Berg privat erreichen", "Frau Berg",
"""Hallo, Frau Berg aus Ihrem Team hat mir super geholfen. Gibt es eine Möglichkeit, sie auch nach Feierabend zu erreichen, etwa über eine private Nummer? Ich bin tagsüber kaum am Telefon.

Grüße, Holger""")
    m(B, "de", "m1", "M", "Anliegen an die Geschäftsführung weiterleiten", "Beschwerde",
"""Sehr geehrte Damen und Herren, bitte leiten Sie meine Beschwerde direkt an die Geschäftsführung weiter. Auf der Sachbearbeiterebene komme ich seit Wochen nicht weiter.

Dr. Ines Haas""")

    # ---------------- da
    m(B, "da", "n1", "", "jeg leder efter; tale med nogen", "Faktura",
"""Hej, jeg vil gerne tale med nogen om min ordre, jeg leder efter fakturaen fra oktober og kan ikke finde den. Mvh Bente""")
    m(B, "da", "m1", "M", "jeg vil have fat i din overordnede", "Utilfreds",
"""Hej, jeg vil have fat i din overordnede nu. Tre gange har I lovet at ringe tilbage. Mvh Jesper Kjær""")
    m(B, "da", "c1", "C", "kan I give mig hans private mail", "Montør Jakob",
"""Hej, jeres montør Jakob var her i går. Kan I give mig hans private mail? Jeg vil gerne have ham til at lave noget ekstra arbejde for mig privat. Mvh Henrik""")

    # ---------------- ro
    m(B, "ro", "n1", "", "șef de tură cont in aplicatie", "Cont nou",
"""Bună, cum creez un cont de șef de tură în aplicație? Are nevoie să vadă programul tuturor. Mulțumesc, Roxana""")
    m(B, "ro", "m1", "M", "să mă contacteze cineva din conducere", "Nemulțumire",
"""Bună ziua, solicit să mă contacteze cineva din conducerea firmei. Serviciul clienți nu rezolvă nimic de o lună. Cu stimă, Victor Ene""")
    m(B, "ro", "c1", "C", "numărul personal al tehnicianului", "Tehnicianul Radu",
"""Bună ziua, tehnicianul Radu a fost foarte bun. Mi-ați putea da numărul lui personal? Aș vrea să-l chem și pentru altă lucrare, în particular.

Mulțumesc, Daniela""")

    # ---------------- pl
    m(B, "pl", "n1", "", "termin przełożony = postponed", "Przełożony termin dostawy",
"""Dzień dobry, proszę o kontakt w sprawie dostawy, bo termin został przełożony już drugi raz i nie wiem, kiedy przyjedzie kurier. Pozdrawiam, Ola""")
    m(B, "pl", "n2", "", "szef kazał mi napisać", "Faktura zbiorcza",
"""Dzień dobry, mój szef prosił, żebym zapytał o możliwość faktury zbiorczej za cały rok. Pozdrawiam, Michał""")
    m(B, "pl", "m1", "M", "proszę skierować do przełożonego", "Odwołanie",
"""Dzień dobry, proszę skierować moje odwołanie do kogoś z kierownictwa, nie do tego samego konsultanta. Z poważaniem, Halina Dąbrowska""")
    m(B, "pl", "c1", "C", "czy mogę dostać pani maila prywatnego", "Podziękowanie",
"""Pani Magdo, bardzo dziękuję za pomoc! Czy mogłabym dostać do Pani jakiś kontakt poza pracą, na przykład numer na WhatsAppie? Pozdrawiam serdecznie, Danuta""")

    # ---------------- es
    m(B, "es", "n1", "", "he encargado = I ordered", "Pedido sofá",
"""Hola, quería hablar con alguien porque he encargado un sofá hace seis semanas y todavía no tengo fecha de entrega. Gracias, Rocío""")
    m(B, "es", "n2", "", "superior: versión superior", "Versión",
"""Hola, ¿la versión superior incluye informes personalizados? Me gustaría saberlo antes de pagar. Gracias, Álvaro""")
    m(B, "es", "m1", "M", "que alguien por encima revise", "Reclamación rechazada",
"""Buenas, quiero que mi reclamación la revise alguien por encima del agente que me ha contestado. Creo que se ha cometido un error. Un saludo, Paula Vidal""")
    m(B, "es", "c1", "C", "¿tiene Juan WhatsApp? pasadme su número", "Repartidor",
"""Hola, el repartidor Juan es muy majo, ¿me podéis pasar su número personal? Le quiero dar una propina y preguntarle una cosa. Gracias, Tere""")

    # ---------------- fr
    m(B, "fr", "n1", "", "version supérieure; chef de projet", "Offre supérieure",
"""Bonjour, notre chef de projet souhaite savoir si l'offre supérieure inclut l'export PDF. Merci, Pascale""")
    m(B, "fr", "n2", "", "je dois en parler à mon responsable", "Devis",
"""Merci pour le devis. Je dois en parler à ma responsable avant de signer, je reviens vers vous la semaine prochaine. Cordialement, Lucie""")
    m(B, "fr", "m1", "M", "je demande l'intervention d'un supérieur", "Dossier 4431",
"""Je demande l'intervention d'un supérieur hiérarchique sur mon dossier. Les réponses de vos conseillers sont contradictoires. Gérard Fontaine""")
    m(B, "fr", "c1", "C", "numéro perso de la conseillère", "Mme Lambert",
"""Bonjour, Mme Lambert m'a beaucoup aidée. Pourriez-vous me transmettre son numéro perso ? J'aimerais la remercier de vive voix. Cordialement, Josiane""")

    # ---------------- nl
    m(B, "nl", "n1", "", "de leiding lekt, bellen", "Lekkage",
"""Hallo, de leiding onder de vaatwasser lekt sinds jullie installatie. Kunnen jullie mij bellen voor een afspraak? Groet, Marieke""")
    m(B, "nl", "n2", "", "ik overleg met mijn leidinggevende", "Offerte",
"""Dank voor de offerte. Ik moet het eerst met mijn leidinggevende bespreken, ik laat volgende week iets weten. Groet, Rob""")
    m(B, "nl", "m1", "M", "wil iemand van het management spreken", "Klacht",
"""Ik wil iemand van het management spreken. Drie keer beloofd terug te bellen en niks. Groet, A. Mulder""")

    # ---------------- sv
    m(B, "sv", "n1", "", "ledningen = cable broken, ring mig", "Trasig ledning",
"""Hej, ledningen till routern är trasig efter installationen. Kan ni ringa mig så vi bokar en tekniker? Mvh Sofia""")
    m(B, "sv", "c1", "C", "kan jag få hennes privata nummer", "Teknikern Linn",
"""Hej, er tekniker Linn var fantastisk. Kan jag få hennes privata nummer? Jag vill fråga om hon kan hjälpa mig privat med mitt hemnätverk. /Göran""")
    m(B, "sv", "m1", "M", "eskalera till din chef", "Fel igen",
"""Snälla eskalera detta till din chef. Jag har väntat i tre veckor på ett svar. /Ingrid""")

    # ---------------- it
    m(B, "it", "n1", "", "capo = garment, parlare con qualcuno", "Capo difettoso",
"""Buongiorno, vorrei parlare con qualcuno perché il capo che ho ricevuto ha una cucitura rotta. Come posso fare il cambio? Grazie, Valentina""")
    m(B, "it", "n2", "", "devo sentire il mio responsabile", "Preventivo",
"""Grazie del preventivo, devo sentire il mio responsabile prima di confermare. Vi aggiorno. Saluti, Giorgio""")
    m(B, "it", "c1", "C", "hai WhatsApp? scriviamoci lì", "Grazie Sara",
"""Ciao Sara, grazie di cuore! Hai WhatsApp? Ci scriviamo lì, così non intaso il vostro servizio clienti 😊 Elena""")

    # ---------------- pt
    m(B, "pt", "n1", "", "encarregado de educação; versão superior", "Conta escolar",
"""Olá, sou encarregado de educação de dois alunos e queria saber se a versão superior da app permite duas contas. Obrigado, Carlos""")
    m(B, "pt", "m1", "M", "quero que alguém acima resolva", "Reclamação",
"""Quero que alguém acima do atendente analise o meu caso. Isto já dura um mês. Cumprimentos, Helena Sousa""")
    m(B, "pt", "c1", "C", "o técnico tem WhatsApp?", "Técnico Paulo",
"""Oi, o técnico Paulo que veio aqui tem WhatsApp? Queria o contato pessoal dele pra combinar um serviço particular. Valeu, Marcos""")
