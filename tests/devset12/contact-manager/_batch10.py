"""devset12 contact-manager, batch 10 (measured before any tuning on it): senior/escalation words in everyday
senses (costs escalated, senior discount, superior room, 'higher up on the page', scaling a plan, climbing walls)."""
B = "b10"

def add_b10(m):
    # ---------------- en
    m(B, "en", "n1", "", "costs escalated; senior discount", "Senior discount?",
"""Hi, our running costs have escalated this year and several of our members are pensioners. Do you offer a senior discount or a charity rate? Thanks, Margaret (treasurer)""")
    m(B, "en", "n2", "", "button higher up on the page; in charge of the account on our side", "Where is the export button?",
"""Hello, I'm in charge of the account on our side. The export button used to be higher up on the page - now I can't find it at all. Where has it gone? Thanks, Jim""")
    m(B, "en", "n3", "", "the argument at the till escalated (bug report of POS)", "Till crashed during refund",
"""Hi, yesterday the till froze in the middle of a refund and the customer got angry, things escalated a bit. Can you check why the POS crashed at 14:32? Store 12. Thanks, Ellie""")
    m(B, "en", "m1", "M", "have a manager ring me", "Re: Cancellation",
"""I've asked three times now. Have a manager ring me back on this number, I'm not dealing with the chat bot any longer.

Roy""")

    # ---------------- de
    m(B, "de", "n1", "", "Streit eskaliert im Laden; Kassenfehler", "Kasse abgestürzt",
"""Hallo, gestern ist die Kasse mitten im Bezahlvorgang abgestürzt, die Situation mit dem Kunden ist fast eskaliert. Können Sie die Logs prüfen? Filiale Köln, Tanja""")
    m(B, "de", "n2", "", "Seniorenrabatt; höherer Tarif", "Seniorenrabatt",
"""Guten Tag, gibt es einen Seniorenrabatt für den höheren Tarif? Mein Mann und ich sind beide über 70. Grüße, Erna Koch""")
    m(B, "de", "m1", "M", "höhere Instanz", "Widerspruch",
"""Ich lege Widerspruch ein und bitte darum, dass eine höhere Instanz in Ihrem Haus den Fall prüft. Gruß, Bernd Sauer""")

    # ---------------- da
    m(B, "da", "n1", "", "priserne er eskaleret", "Priser",
"""Hej, jeres priser er eskaleret det sidste år. Har I en rabat til foreninger? Mvh Kirsten""")
    m(B, "da", "m1", "M", "en højere instans", "Klage",
"""Jeg vil have min klage behandlet af en højere instans hos jer. Svaret fra kundeservice er ikke acceptabelt. Mvh Erik""")

    # ---------------- ro
    m(B, "ro", "n1", "", "cameră superioară; pret escaladat", "Rezervare",
"""Bună, aș dori să schimb rezervarea pe o cameră superioară. Prețurile au crescut mult, aveți vreo reducere? Mulțumesc, Oana""")

    # ---------------- pl
    m(B, "pl", "n1", "", "senior = rabat dla seniorów; wyżej na stronie", "Rabat",
"""Dzień dobry, czy jest rabat dla seniorów? I gdzie jest przycisk płatności, wcześniej był wyżej na stronie. Pozdrawiam, Stefan""")
    m(B, "pl", "m1", "M", "proszę przekazać wyżej", "Odwołanie",
"""Proszę przekazać moją skargę wyżej, do kogoś kto może podjąć decyzję. Pozdrawiam, Lidia""")

    # ---------------- es
    m(B, "es", "n1", "", "rocódromo: pared de escalar", "Reservas rocódromo",
"""Hola, tenemos un rocódromo y queremos usar vuestra app para reservar la pared de escalar por turnos. ¿Se puede limitar a 10 personas? Gracias, Andrés""")
    m(B, "es", "n2", "", "habitación superior hotel", "Reserva",
"""Hola, ¿puedo cambiar mi reserva a una habitación superior? Gracias, Julia""")
    m(B, "es", "m1", "M", "quiero que me llame el jefe de servicio", "Queja",
"""Quiero que me llame el jefe del servicio de atención al cliente. Es la cuarta vez que escribo. Tomás Herrera""")

    # ---------------- fr
    m(B, "fr", "n1", "", "la situation a dégénéré / escalade (climbing club)", "Club d'escalade",
"""Bonjour, nous sommes un club d'escalade et nous voulons gérer les inscriptions avec votre outil. Le forfait supérieur permet-il 300 membres ? Merci, Rémi""")
    m(B, "fr", "m1", "M", "passez-moi votre chef", "Inadmissible",
"""Passez-moi votre chef, s'il vous plaît. Je n'en peux plus d'attendre. Odile Marchand""")

    # ---------------- nl
    m(B, "nl", "n1", "", "de ruzie escaleerde; kassa", "Kassa vastgelopen",
"""Hoi, de kassa liep vast tijdens een retour en de situatie escaleerde bijna met de klant. Kunnen jullie kijken wat er gebeurde om 15:10? Groet, Yara""")
    m(B, "nl", "m1", "M", "iemand met meer zeggenschap", "Klacht",
"""Ik wil graag iemand spreken met meer zeggenschap. De medewerker kon alleen zeggen dat het beleid is. Groet, Hans""")

    # ---------------- sv
    m(B, "sv", "n1", "", "seniorrabatt; högre upp på sidan", "Rabatt",
"""Hej, finns det seniorrabatt? Och knappen för betalning låg högre upp på sidan förut, var är den nu? /Britt""")
    m(B, "sv", "m1", "M", "lyft ärendet till en chef", "Klagomål",
"""Lyft mitt ärende till en chef, tack. Jag accepterar inte svaret. /Olle""")

    # ---------------- it
    m(B, "it", "n1", "", "scalare il piano = scale the plan; palestra d'arrampicata", "Piano",
"""Buongiorno, siamo una palestra di arrampicata e vorremmo scalare il piano in base al numero di iscritti. È possibile passare a un piano superiore a metà mese? Grazie, Ivo""")
    m(B, "it", "m1", "M", "voglio parlare con il capo", "Reclamo",
"""Voglio parlare con il capo del servizio clienti. Basta operatori. Gino Serra""")

    # ---------------- pt
    m(B, "pt", "n1", "", "parede de escalada; quarto superior", "Reservas",
"""Olá, temos um ginásio de escalada e queremos reservar a parede por turnos na vossa app. Também há desconto para seniores? Obrigado, Duarte""")
    m(B, "pt", "m1", "M", "quero que um superior me ligue", "Reclamação",
"""Quero que um superior me ligue hoje. Já não aguento esperar. Cátia Lopes""")
