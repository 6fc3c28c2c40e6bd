"""devset15 abusive, batch 2 (measured before tuning on it): all languages; threats to visit/hurt staff,
named-agent insults, comparisons, dehumanising words, one insult in a long polite mail; negatives."""
B = "b2"

def add_b2(m):
    # ---------------- de
    m(B, "de", "a1", "A", "named agent, Dummbatz, long polite", "Vertragsverlängerung 2291",
"""Guten Tag,

ich beziehe mich auf die Vertragsverlängerung vom 3. November. Laut Angebot sollten es 12 Monate zu 39 Euro sein, abgebucht wurden aber 49 Euro. Den Screenshot des Angebots habe ich angehängt.

Ihre Frau Schulz hat mir am Telefon erklärt, das sei so korrekt. Die Frau ist eine komplette Dummbatze und hat offensichtlich nicht mal das Angebot gelesen.

Bitte erstatten Sie die Differenz.
Mit freundlichen Grüßen
Jörg Hellwig""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "a2", "A", "threat at technician: der kann was erleben", "Techniker",
"""Wenn euer Techniker nochmal so frech wird, dann kann der was erleben. Dem hau ich eine rein, das schwöre ich.""")
    m(B, "de", "a3", "A", "dehumanising: ihr seid Abschaum, Ungeziefer", "Abschaum",
"""Ihr seid der letzte Abschaum. Ungeziefer, das kleinen Leuten das Geld aus der Tasche zieht.""")
    m(B, "de", "n1", "", "ich würde töten für / Scheiß-App", "Dunkelmodus",
"""Für einen Dunkelmodus würde ich töten! Diese Scheiß-App blendet mich jeden Abend. Kommt das irgendwann?""")
    m(B, "de", "n2", "", "insult at third party: mein Vermieter", "Adresse ändern",
"""Bitte ändern Sie meine Lieferadresse, ich bin umgezogen. Mein alter Vermieter ist ein Vollidiot und leitet keine Post weiter.""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "threat: je sais où vous habitez / attendre à la sortie", "Dernier avertissement",
"""Je sais à quelle heure vous sortez du bureau. Le conseiller qui m'a raccroché au nez, je l'attendrai à la sortie et on verra s'il fait encore le malin.""")
    m(B, "fr", "a2", "A", "comparison: un singe ferait mieux", "Re: facture",
"""Un singe ferait mieux votre travail que vous. Bande de bras cassés.

> Madame, nous revenons vers vous concernant votre facture.""")
    m(B, "fr", "a3", "A", "Belgian/Quebec insult: espèce de tarés, niaiseux", "service",
"""Espèce de tarés, c'est la 4e fois que je vous explique. Vos agents sont des niaiseux finis.""")
    m(B, "fr", "n1", "", "swearing at situation", "bordel",
"""Quel bordel ce site depuis la mise à jour, rien ne marche, c'est la merde. Pouvez-vous regarder mon compte ?""")
    m(B, "fr", "n2", "", "quoted abuse reported by customer", "Harcèlement d'un vendeur",
"""Un vendeur sur votre plateforme m'a écrit « espèce de conne, je sais où tu habites ». Je vous signale ce message, pouvez-vous bloquer ce compte ?""")
    # ---------------- es
    m(B, "es", "a1", "A", "named agent insult, es-ES", "Marta",
"""La tal Marta es una inútil y una maleducada. Que no me vuelva a atender esa cretina.""")
    m(B, "es", "a2", "A", "dehumanising + obfuscated: ratas, h1jos de p*ta", "estafa",
"""sois unas ratas, h1jos de p*ta todos. me habeis robado 200 euros""")
    m(B, "es", "a3", "A", "es-MX comparison, pendejos", "soporte",
"""Hasta mi perro les resolvería mejor el problema. Pinches pendejos del soporte.""")
    m(B, "es", "n1", "", "mataría por", "sugerencia",
"""Mataría por tener la app en modo oscuro jaja. Lo demás genial, gracias.""")
    m(B, "es", "n2", "", "self-deprecation", "error mio",
"""Qué tonta soy, pagué dos veces la misma factura. ¿Me pueden devolver una?""")
    # ---------------- it
    m(B, "it", "a1", "A", "threat: ti aspetto sotto l'ufficio", "tecnico",
"""Dite al vostro tecnico che lo aspetto sotto casa sua. So dove parcheggia. Gliela faccio pagare.""")
    m(B, "it", "a2", "A", "dehumanising: siete delle bestie / vermi", "vergogna",
"""Siete dei vermi, delle bestie senza dignità. Fate schifo tutti quanti.""")
    m(B, "it", "n1", "", "courier of a carrier called idiota: staff or third party is unclear, so free (neither expected nor forbidden)", "consegna",
"""Il corriere è un idiota, ha lasciato il pacco sotto la pioggia. Potete mandarmi un nuovo prodotto?""", free="A")
    # ---------------- pt
    m(B, "pt", "a1", "A", "threat pt-PT: vou aí partir-vos", "loja de Braga",
"""Se amanhã não tiver o telemóvel arranjado vou à loja de Braga e parto-vos os dentes a todos.""")
    m(B, "pt", "a2", "A", "named agent, polite mail, one insult pt-BR", "Boleto duplicado",
"""Boa tarde,
recebi dois boletos do mesmo mês (vencimento 10/11). Paguei o primeiro, segue comprovante.
A Juliana do atendimento é uma jumenta, já expliquei três vezes.
Obrigado, Marcos""")
    m(B, "pt", "n1", "", "mataria por", "sugestão",
"""Eu mataria por um modo escuro nesse app kkk. No mais tá ótimo.""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "Flemish insult: onnozelaars, named", "klacht",
"""Die Kevin van jullie klantendienst is een onnozelaar. Stelletje onnozelaars zijn het daar.""")
    m(B, "nl", "a2", "A", "threat: ik weet waar jullie zitten", "laatste kans",
"""Ik weet waar jullie kantoor zit. Als ik morgen geen geld heb kom ik langs en dan gaan er klappen vallen.""")
    m(B, "nl", "n1", "", "kanker about app? swearing at system", "app",
"""Wat een kutapp is dit geworden zeg. Alles traag. Kunnen jullie kijken?""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "threat: jag väntar utanför", "teknikern",
"""Säg till er tekniker att jag väntar på honom utanför när han kommer. Han ska få så han tiger.""")
    m(B, "sv", "a2", "A", "comparison: en apa kunde göra ert jobb", "kundtjänst",
"""En apa hade kunnat göra ert jobb bättre. Ni är ett gäng mongon.""")
    m(B, "sv", "n1", "", "skulle döda för", "förslag",
"""Jag skulle döda för ett mörkt läge i appen! Annars är allt toppen.""")
    # ---------------- da
    m(B, "da", "a1", "A", "named agent insult Danish", "Mette",
"""Mette hos jer er en komplet idiot og en kælling. Jeg vil ikke tale med hende igen.""")
    m(B, "da", "a2", "A", "threat Danish: jeg ved hvor I bor", "sidste chance",
"""Jeg ved hvor jeres chauffør bor. Han skal nok få en lærestreg han ikke glemmer.""")
    m(B, "da", "n1", "", "Danish self-deprecation", "fejl",
"""Jeg er sådan en idiot, jeg har bestilt to gange. Kan I annullere den ene?""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "Polish threat: dorwę kuriera", "kurier",
"""Jak dorwę tego waszego kuriera to mu nogi z dupy powyrywam. Wiem, o której przyjeżdża.""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "a2", "A", "Polish comparison + named", "konsultantka",
"""Pani Agnieszka ma mózg wielkości orzeszka. Małpa by to lepiej ogarnęła niż wy.""")
    m(B, "pl", "n1", "", "Polish insult at neighbour", "dostawa",
"""Sąsiad to kretyn, zabrał moją paczkę. Możecie wysłać jeszcze raz?""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "Romanian threat: vă aștept la ieșire", "tehnician",
"""Spuneti-i tehnicianului vostru ca il astept la iesire si ii rup picioarele. Stiu unde lucreaza.""")
    m(B, "ro", "a2", "A", "Romanian named insult: Ionut e un handicapat", "plangere",
"""Ionut de la suport e un handicapat mintal, nu pricepe nimic. Idiotilor!""")
    m(B, "ro", "n1", "", "Romanian aș omorî pentru", "idee",
"""As omori pentru un mod intunecat in aplicatie! In rest totul e super.""")
    # ---------------- en
    m(B, "en", "a1", "A", "US: you guys are a bunch of dipshits", "seriously??",
"""you guys are a bunch of dipshits. cancel my account before I drive over and tell you in person.""")
    m(B, "en", "a2", "A", "UK insult: thick as two short planks, named", "Re: Direct debit",
"""Karen in your accounts team is as thick as two short planks. Get someone with a GCSE to look at my direct debit.""")
    m(B, "en", "n1", "", "anger at company without insult, UK", "disgraceful",
"""Your handling of my complaint has been disgraceful. I'll be leaving a review and contacting the ombudsman.""")
