"""batch 7 = second generalisation batch (measured before tuning): new wording of b4-b6 themes
(pressing / needed right away, polite compensation requests, contact the agent directly / meet in
person / own address), with hard negatives of the b5 kind in new words (support hours, company
numbers, price questions, thanks-for-yesterday, marketing 'audience', 'right now' in a routine ask)."""
B = "b7"

def add_b7(m):
    # ---------------- en
    m(B, "en", "u8", "U", "Irish English, pressing, goes to print tonight", "brochure export",
"""Hiya, bit of a pressing one - the brochure goes to the printers tonight and the PDF export keeps cutting off the last page. Any chance someone could look at it this afternoon?

Siobhán""")
    m(B, "en", "u9", "U", "we're blocked until this is sorted, investors", "cap table",
"""We're completely blocked until the cap table export is fixed - investors are expecting it first thing tomorrow. Please treat as top priority.

Arjun""")
    m(B, "en", "f8", "F", "only reasonable to offer something for the trouble", "Re: double onboarding",
"""It would only be reasonable for you to offer us something for the trouble - maybe a couple of months at no charge.

Deirdre

> We apologise for the inconvenience caused.""")
    m(B, "en", "p9", "P", "could we talk one-to-one, your personal number", "catch up",
"""Hi Sam, could we have a one-to-one chat sometime, just between us? Drop me your personal number and I'll give you a bell. Cheers, Gav""")
    m(B, "en", "n19", "", "right now we use the basic plan, price of pro", "upgrade price",
"""Right now we're on Basic. How much would Pro cost us for 12 users per year? Thanks, Ken""")
    m(B, "en", "n20", "", "what hours can I reach you, weekend support", "support hours",
"""What are your support hours? Can I reach you on Saturdays or is it weekdays only? Thanks, Paula""")
    m(B, "en", "n21", "", "time-sensitive feature in product (expiring links)", "expiring links",
"""Hi, how do I make shared links time-sensitive, e.g. expire after 24 hours? Can't find the setting. Thanks, Nate""")
    # ---------------- de
    m(B, "de", "u7", "U", "wir brauchen das sofort, Prüfung morgen", "Zeugnisse",
"""Die Zeugnisse müssen morgen früh gedruckt sein, die Prüfung ist um 8. Wir brauchen die Lösung jetzt, nicht nächste Woche!

Sekretariat Gymnasium Nord""")
    m(B, "de", "f6", "F", "als Entschädigung einen Freimonat", "Ausfall",
"""Guten Tag, ich bitte Sie, uns als Entschädigung für den Ausfall einen Freimonat gutzuschreiben. Mit freundlichen Grüßen, Rolf Berger""")
    m(B, "de", "p6", "P", "persönlich kennenlernen, Handy", "Danke Herr Kaya",
"""Herr Kaya, ich würde Sie gern mal persönlich kennenlernen und auf ein Bier einladen. Haben Sie ein Handy, auf dem ich Sie erreichen kann? Gruß, Holger""")
    m(B, "de", "n7", "", "Danke für gestern, Routinefrage", "Danke für gestern",
"""Hallo Frau Keller, danke für gestern! Noch eine Frage: Wie kann ich die Spalten in der Übersicht umsortieren? Gruß, Nina""")
    # ---------------- da
    m(B, "da", "p4", "P", "mødes personligt, dit nummer", "Tak Line",
"""Hej Line, jeg vil gerne mødes med dig personligt og sige tak. Må jeg få dit nummer? Hilsen Erik""")
    m(B, "da", "n6", "", "hvornår kan jeg få fat i jer i weekenden", "Åbningstider",
"""Hej, kan man få fat i jeres support i weekenden, eller kun på hverdage? Mvh Torben""")
    # ---------------- sv
    m(B, "sv", "f6", "F", "vore schysst med en gratis månad", "Strulet",
"""Efter allt strul vore det schysst om ni bjöd på en månad. Tycker ni inte? /Jonas""")
    m(B, "sv", "n6", "", "prissänkning som kampanj, fråga", "Kampanj",
"""Hej, gäller er julkampanj med 20 % rabatt även befintliga kunder? /Elin""")
    # ---------------- nb
    m(B, "nb", "f3", "F", "vi synes vi bør få avslag", "Faktura",
"""Vi synes vi bør få avslag på fakturaen etter alle feilene denne høsten. Mvh Eirik""")
    m(B, "nb", "p3", "P", "treffes privat, nummeret ditt", "Takk Marte",
"""Hei Marte, skal vi ta en kaffe en dag? Send meg nummeret ditt, så ringer jeg. Klem, Siri""")
    # ---------------- nl
    m(B, "nl", "u5", "U", "we lopen tegen de deadline aan, per direct", "Loonstroken",
"""We lopen keihard tegen de deadline aan: de loonstroken moeten morgen de deur uit en het systeem weigert. Graag per direct hulp.

Salarisadministratie, Bakkerij Jansen""")
    m(B, "nl", "p5", "P", "persoonlijk afspreken, 06", "Bedankt Mirjam",
"""Mirjam, zullen we een keer afspreken voor koffie? Stuur me je 06 even. Groetjes, Wendy""")
    m(B, "nl", "n7", "", "doelgroep / publiek (marketing) morgen", "Doelgroep",
"""Hoi, hoe selecteer ik een doelgroep voor de mailing van morgen? Ik wil alleen klanten uit Utrecht. Groet, Bram""")
    # ---------------- fr
    m(B, "fr", "f6", "F", "Suisse romande, un petit geste serait bienvenu", "Facturation",
"""Bonjour, après ces trois semaines compliquées, un petit geste de votre part sur la prochaine facture serait le bienvenu. Meilleures salutations, Pascal""")
    m(B, "fr", "u6", "U", "il me le faut tout de suite", "Attestation",
"""Il me faut l'attestation tout de suite, la banque ferme à 17h et sans elle le prêt tombe à l'eau. Merci de faire vite.

Aurélie""")
    m(B, "fr", "n7", "", "public cible pour la campagne de demain", "Campagne",
"""Bonjour, comment choisir le public cible pour la campagne de demain ? Merci, Romain""")
    # ---------------- es
    m(B, "es", "f5", "F", "estaría bien que nos compensarais", "Incidencia",
"""Hola, después de la semana que llevamos estaría bien que nos compensarais con un mes gratis. ¿Lo veis posible? Un saludo, Bea""")
    m(B, "es", "p5", "P", "conocernos en persona, tu número", "Gracias Irene",
"""Irene, me encantaría conocerte en persona para darte las gracias. ¿Me das tu número? Besos, Carmen""")
    m(B, "es", "n10", "", "a mi parecer / ahora mismo usamos (routine)", "Plan",
"""Hola, ahora mismo usamos el plan básico y estamos pensando en cambiar. ¿Qué incluye el plan Pro? Gracias, Ángel""")
    # ---------------- it
    m(B, "it", "u7", "U", "ci serve subito, la fiera apre domani", "Cataloghi",
"""Ci serve subito l'esportazione del catalogo, la fiera apre domani alle 9 e non abbiamo niente da stampare!

Ufficio marketing, Ceramiche Fabbri""")
    m(B, "it", "p4", "P", "conoscerla di persona, suo numero", "Grazie sig.ra Rossi",
"""Gentile sig.ra Rossi, mi piacerebbe conoscerla di persona per ringraziarla. Mi lascia il suo numero? Cordialmente, Aldo""")
    m(B, "it", "n8", "", "grazie per ieri, scadenza fattura (routine)", "Scadenza",
"""Grazie per ieri! Volevo solo sapere qual è la scadenza della fattura di dicembre. Buona giornata, Elisa""")
    # ---------------- pt
    m(B, "pt", "f4", "F", "pt-PT, seria justo um desconto", "Renovação",
"""Bom dia, depois dos problemas deste ano seria justo oferecerem-nos um desconto na renovação. Cumprimentos, Sérgio""")
    m(B, "pt", "u6", "U", "pt-BR, preciso disso agora", "Pedidos",
"""Gente, os pedidos pararam de entrar no sistema e a Black Friday é amanhã. Preciso disso resolvido agora!

Vanessa""")
    m(B, "pt", "n6", "", "pt-BR, telefone do financeiro", "Financeiro",
"""Oi, qual o WhatsApp do financeiro de vocês? Preciso mandar um comprovante. Obrigada, Débora""")
    # ---------------- pl
    m(B, "pl", "u5", "U", "potrzebujemy tego od ręki", "Etykiety",
"""Kurier przyjeżdża o 15, a etykiety się nie drukują. Potrzebujemy tego od ręki!

Magazyn, Piotr""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "n6", "", "dziękuję za wczoraj, pytanie", "Dziękuję",
"""Dziękuję za wczoraj, wszystko działa. Jeszcze pytanie: jak zmienić logo na fakturze? Pozdrawiam, Zofia""")
    # ---------------- ro
    m(B, "ro", "f5", "F", "ar fi corect să ne oferiți o reducere", "Reinnoire",
"""Dupa toate problemele, ar fi corect sa ne oferiti o reducere la reinnoire. Cu stima, Radu""")
    m(B, "ro", "p4", "P", "să ne cunoaștem personal, numărul tău", "Multumesc Ana",
"""Ana, mi-ar placea sa ne cunoastem personal. Imi dai numarul tau? Mersi, Irina""")
    # ---------------- fi
    m(B, "fi", "f3", "F", "olisi reilua saada alennusta", "Uusinta",
"""Kaikkien ongelmien jälkeen olisi reilua, että saisimme alennusta uusinnasta. Terveisin Petri""")
    m(B, "fi", "n4", "", "tukipuhelimen numero", "Puhelin",
"""Hei, mikä on asiakastuen puhelinnumero? Kiitos, Leena""")
