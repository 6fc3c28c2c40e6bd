"""devset17 requests, batch 2 (measured before any tuning): new writers, typos, replies above
history, non-native writing; neighbouring situations (bug, how-to, wrong-charge refund, published
promotion, switchboard, account manager's signature, manager roles)."""
B = "b2"

def add_b2(m):
    # ---------------- en
    m(B, "en", "f1", "F", "feature: we'd switch the whole team if", "Gantt view",
"""honestly if you had a gantt view we'd switch the whole team over from Asana tomorrow. any chance?""")
    m(B, "en", "g1", "G", "freebie: non-native, want free months", "About the problem last week",
"""Hello, because your system was not working we lost many orders. I think is fair you give us 2 months free of charge, otherwise we will go to other provider.""")
    m(B, "en", "p1", "P", "personal: direct line, call you personally", "Re: Ticket #4471",
"""Tom - can I just call you personally? Give me your direct line please, this back and forth is killing me.

-----Original Message-----
From: Tom (Support)
Sent: Tuesday
Subject: Ticket #4471
Could you send us a screenshot?""")
    m(B, "en", "n1", "", "manager neg: don't want a manager, you've been great", "Thank you",
"""No need to pass me to a manager at all, you've been great and it's sorted now. Cheers, Dave""")
    m(B, "en", "n2", "", "freebie neg: refund of wrong charge", "Charged twice",
"""You charged my card twice for November (£49 x2). Please refund the duplicate payment.""")
    m(B, "en", "n3", "", "personal neg: account manager in vendor signature quoted", "Re: onboarding call",
"""Thanks, Thursday at 10 works for us.

> Best regards,
> Hannah Cole, Account Manager
> Direct: +44 20 7946 0321""", fmt="qp")
    # ---------------- de
    m(B, "de", "f1", "F", "feature: gibt es eine möglichkeit", "Mehrere Standorte",
"""Hallo zusammen, gibt es irgendeine Möglichkeit, mehrere Standorte in einem Konto zu verwalten? Im Moment brauchen wir drei getrennte Logins, das nervt.""")
    m(B, "de", "m1", "M", "positive: Vorgesetzten sprechen", "Beschwerde",
"""Ich möchte bitte mit Ihrem Vorgesetzten sprechen. Ihre Antworten helfen mir nicht weiter.""")
    m(B, "de", "n1", "", "manager neg: Projektmanager role in product", "Projektmanager",
"""Wie kann ich im Projekt einen zweiten Projektmanager eintragen? Das Feld lässt nur eine Person zu.""")
    # ---------------- da
    m(B, "da", "p1", "P", "personal: privat mobilnummer", "Tak for hjælpen",
"""Tusind tak Jonas! Må jeg få dit private mobilnummer, så jeg kan ringe direkte til dig næste gang?""")
    m(B, "da", "f1", "F", "feature: det ville være dejligt hvis", "Ønske",
"""Det ville være dejligt, hvis man kunne sende påmindelser til kunderne via SMS. Det kunne vores gamle system.""")
    m(B, "da", "n1", "", "manager neg: min leder bad mig", "Brugere",
"""Hej, min leder har bedt mig om at fjerne tre brugere, der er stoppet. Hvordan gør jeg det?""")
    m(B, "da", "g1", "G", "freebie: gratis måned som kompensation", "Nedbrud",
"""Jeres nedbrud kostede os en hel dags salg. Jeg forventer at få næste måned gratis som kompensation.""")
    # ---------------- ro
    m(B, "ro", "m1", "M", "positive: vreau sa vorbesc cu seful", "Reclamație",
"""Vreau să vorbesc cu șeful dumneavoastră. Nimeni nu îmi rezolvă problema de o lună.""")
    m(B, "ro", "n1", "", "manager neg: sunt manager de proiect signature + bug", "Eroare raport",
"""Raportul lunar afișează eroarea 500 când îl deschid.

Andrei Ionescu
Manager de proiect""")
    m(B, "ro", "f1", "F", "feature: diacritic-less, ar trebui sa existe", "sugestie",
"""buna ziua, ar trebui sa existe si o varianta de aplicatie pentru tableta, pe telefon e prea mic ecranul. o sa faceti asa ceva?""")
    # ---------------- pl
    m(B, "pl", "p1", "P", "personal: prywatny numer", "Podziękowania",
"""Pani Kasiu, czy mogłaby mi Pani podać swój prywatny numer? Wolałbym dzwonić bezpośrednio do Pani.""")
    m(B, "pl", "m1", "M", "positive: przełożony", "Skarga",
"""Proszę przekazać sprawę przełożonemu. Z Panem nie dojdziemy do porozumienia.""")
    # ---------------- es
    m(B, "es", "g1", "G", "freebie: mínimo que podéis hacer", "Incidencia",
"""Lo mínimo que podéis hacer después de dejarnos tres días sin servicio es no cobrarnos este mes.""")
    m(B, "es", "n1", "", "feature neg: how-to existing", "Exportar a Excel",
"""¿Cómo exporto la lista de clientes a Excel? No encuentro la opción.""")
    m(B, "es", "n2", "", "manager neg: mi jefe me pidió", "Cambio de plan",
"""Mi jefe me pidió que pasemos al plan Pro a partir de enero. ¿Se puede programar el cambio?""")
    # ---------------- fr
    m(B, "fr", "p1", "P", "personal: numéro perso", "Merci Julien",
"""Julien, pourriez-vous me donner votre numéro perso ? Ce serait plus simple de vous appeler directement.""")
    m(B, "fr", "m1", "M", "positive: parler à un supérieur", "Réclamation",
"""Je souhaite parler à votre supérieur hiérarchique. Cela fait trois semaines que ça dure.""")
    m(B, "fr", "n1", "", "manager neg: chef de projet role", "Droits",
"""Est-ce qu'un chef de projet peut valider les notes de frais de son équipe, ou faut-il être administrateur ?""")
    # ---------------- nl
    m(B, "nl", "g1", "G", "freebie: korting anders opzeggen", "Verlenging",
"""Na alle storingen dit jaar verwacht ik korting op de verlenging. Anders zeggen we op.""")
    m(B, "nl", "m1", "M", "positive: leidinggevende", "Klacht",
"""Ik wil graag uw leidinggevende spreken. Dit loopt al veel te lang.""")
    m(B, "nl", "n1", "", "manager neg: manager cc invoices", "Facturen",
"""Willen jullie mijn manager voortaan in cc zetten bij de facturen? Zijn adres is p.devries@bakkerij-devries.nl""")
    # ---------------- sv
    m(B, "sv", "p1", "P", "personal: privata nummer", "Tack",
"""Tack Elin! Kan jag få ditt privata nummer så jag kan ringa dig direkt nästa gång?""")
    m(B, "sv", "n1", "", "manager neg: jag är chef för", "Nya användare",
"""Hej, jag är chef för lagret och behöver lägga till fyra nya användare. Hur gör jag?""")
    # ---------------- it
    m(B, "it", "p1", "P", "personal: cellulare", "Grazie Marco",
"""Marco, mi lasci il tuo cellulare? Così la prossima volta ti chiamo direttamente.""")
    m(B, "it", "m1", "M", "positive: parlare con un responsabile", "Reclamo",
"""Voglio parlare con un responsabile. Sono tre settimane che aspetto una risposta.""")
    m(B, "it", "n1", "", "freebie neg: published promo question", "Promozione",
"""La promozione del 20% pubblicata sul vostro sito vale anche per chi rinnova?""")
    # ---------------- pt
    m(B, "pt", "g1", "G", "freebie: desconto senão cancelo", "Renovação",
"""Depois de tanta instabilidade, quero um desconto na renovação, senão cancelo a assinatura.""")
    m(B, "pt", "m1", "M", "positive: falar com o supervisor", "Reclamação",
"""Quero falar com o seu supervisor. Já expliquei o problema cinco vezes.""")
    m(B, "pt", "f1", "F", "feature: falta uma função", "Relatório",
"""Falta uma função para exportar o relatório de vendas por vendedor. Vocês vão adicionar?""", fmt="b64")
