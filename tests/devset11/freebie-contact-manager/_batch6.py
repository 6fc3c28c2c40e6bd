"""devset11 freebie-contact-manager, batch 6 (written after b5 tuning; measured before tuning on it)."""
B = "b6"

def add(m):
    # ---------------- en
    m(B, "en", "f11", "F", "a free upgrade to Business would smooth this over", "Re: Data import",
"""Hi Jordan,

thanks for sorting the import in the end, but it cost us a week. Honestly a free upgrade to Business for the rest of the contract would smooth this over.

Cheers
Alan""")
    m(B, "en", "f12", "F", "knock something off this month's invoice", "This month's invoice",
"""Could you knock something off this month's invoice? We barely used the system because of your bug with the rota screen.""")
    m(B, "en", "f13", "F", "sweeten the deal to keep our business", "Renewal decision",
"""If you want to keep our business past March you'll need to sweeten the deal. The service this year has not been worth the full price.

Rob Carter
Carter & Sons""")
    m(B, "en", "p10", "P", "what's your Insta, tag you", "you're a star",
"""Ellie you're a star!! What's your Insta? I want to tag you in our story, everyone should know how good you are""")
    m(B, "en", "p11", "P", "ring me on your mobile after 6", "call back",
"""Could you give me a ring from your own mobile after 6? Your office line closes too early for me and I work shifts.""")
    m(B, "en", "n23", "", "free trial ended, how to pick a plan", "Trial ended",
"""Hi, your free trial ended yesterday and now I can't log in. How do I pick a plan and pay? Thanks""")
    m(B, "en", "n24", "", "confirm agreed 10% discount applied", "Discount on annual invoice",
"""Hello, can you confirm the 10% discount we agreed in the contract is already applied to our annual invoice? The total looks higher than I expected. Thanks, Gwen""")
    m(B, "en", "n25", "", "driver call my mobile", "Delivery",
"""Please have the driver call my mobile when he's about 10 minutes away, the gate is locked. Thanks, Paul""")
    m(B, "en", "n26", "", "manager approval workflow stuck (product)", "Approval stuck",
"""The manager approval workflow is broken: leave requests get stuck at step 2 and never reach the approver. Can you check?""")

    # ---------------- de
    m(B, "de", "f8", "F", "ein paar Freimonate wären das Mindeste", "Chaos",
"""Ein paar Freimonate wären nach diesem Chaos wirklich das Mindeste. Ich warte auf Ihren Vorschlag.

Gruß
Stefan Kuhn""")
    m(B, "de", "f9", "F", "den Dezember schenken", "Dezember",
"""Hallo, könnt ihr uns den Dezember schenken? Die halbe Zeit ging ja eh nichts. Grüße aus Leipzig, Doreen""")
    m(B, "de", "p6", "P", "deine private Mail, ohne Umweg", "Unterlagen",
"""Hi Max, kannst du mir deine private Mail geben? Dann schick ich dir die Unterlagen direkt, ohne diesen Umweg über das Portal. VG Anke""")
    m(B, "de", "n12", "", "Erstattung zu viel gezahlt", "Überzahlung",
"""Guten Tag, bitte erstatten Sie die zu viel gezahlten 20 Euro auf unser Konto. Danke, Buchhaltung""")
    m(B, "de", "n13", "", "Adresse der Zentrale für Einschreiben", "Einschreiben",
"""Hallo, wie lautet die Adresse Ihrer Zentrale? Wir möchten die Kündigung per Einschreiben schicken. Gruß, Ralf""")
    m(B, "de", "n14", "", "Teamleiterin hat Zugang gesperrt", "Zugang gesperrt",
"""Hallo, unsere Teamleiterin hat versehentlich ihren eigenen Zugang gesperrt. Wie kann sie ihn wieder freigeben? Danke, Jana""")

    # ---------------- da
    m(B, "da", "f6", "F", "vi bør have en måned gratis", "Fejl",
"""Hej, vi synes, vi bør have en måned gratis efter de mange fejl i oktober. Mvh Trine""")
    m(B, "da", "p5", "P", "ringe direkte på din mobil", "Opkald",
"""Hej Emil, må jeg ringe direkte til dig på din mobil i stedet? Så slipper jeg for køen. Mvh Kurt""")
    m(B, "da", "m5", "M", "en leder i røret", "Utilfreds",
"""Kan jeg få en leder i røret? Jeg er meget utilfreds med forløbet.""")
    m(B, "da", "n8", "", "CVR og adresse til faktura", "Faktura",
"""Hej, hvad er jeres CVR-nummer og adresse, som skal stå på fakturaen? Mvh Dorte""")

    # ---------------- sv
    m(B, "sv", "f6", "F", "ett par månader utan kostnad som ursäkt", "Ursäkt",
"""Hej, kan ni inte ge oss ett par månader utan kostnad som ursäkt för allt strul? /Mikael""")
    m(B, "sv", "p6", "P", "din mejl, fortsätta utanför ärendet", "Fortsättning",
"""Hej Nora, kan jag få din mejl så vi kan fortsätta utanför ärendet? Det blir så rörigt här. /Hampus""")
    m(B, "sv", "m5", "M", "någon över dig", "Missnöjd",
"""Finns det någon över dig jag kan prata med? Det här är inte okej.""")
    m(B, "sv", "n11", "", "ring mig på mitt mobilnummer", "Samtal",
"""Hej, kan ni ringa mig på mitt mobilnummer 070-123 45 67 istället för att mejla? Tack, Ingrid""")

    # ---------------- nl
    m(B, "nl", "f6", "F", "creditnota voor de dagen plat", "Creditnota",
"""Goedemorgen, ik wil graag een creditnota voor de dagen dat het systeem plat lag. Dat lijkt me niet meer dan redelijk. Groet, Sander""")
    m(B, "nl", "p6", "P", "na je werk even bellen, bel me privé", "Even bellen",
"""Hoi Iris, zullen we na je werk even bellen? Dan leg je het me rustig uit, bel me maar privé op 06-12345678.""")
    m(B, "nl", "m5", "M", "teamleider naar mijn zaak kijken", "Zaak 4410",
"""Ik wil dat een teamleider naar mijn zaak kijkt. De antwoorden tot nu toe slaan nergens op.""")
    m(B, "nl", "n9", "", "kortingscode nieuwsbrief bij verlenging", "Kortingscode",
"""Hoi, ik heb een kortingscode uit jullie nieuwsbrief, kan ik die ook bij de verlenging gebruiken? Groet, Eline""")

    # ---------------- fr
    m(B, "fr", "f6", "F", "ne pas être facturé pour novembre", "Novembre",
"""Bonjour, je demande à ne pas être facturé pour le mois de novembre, vu que l'application a été inutilisable pendant trois semaines. Cordialement, Gilles""")
    m(B, "fr", "p6", "P", "m'ajouter sur Facebook", "Merci !!",
"""Merci Manon !! Tu peux m'ajouter sur Facebook ? Je m'appelle Léon Martin, photo avec un chien :)""")
    m(B, "fr", "n10", "", "price of e-signature option", "Option signature",
"""Bonjour, combien coûte l'option signature électronique par mois ? Merci""")
    m(B, "fr", "n11", "", "votre responsable commercial m'a envoyé le devis", "Devis signé",
"""Bonjour, votre responsable commercial m'a envoyé le devis hier. Je vous le renvoie signé en pièce jointe. Cordialement, Xavier""")

    # ---------------- es
    m(B, "es", "f6", "F", "descontéis la parte proporcional", "Días sin servicio",
"""Buenas, exijo que me descontéis de la próxima factura la parte proporcional de los días sin servicio. Un saludo, Fernando""")
    m(B, "es", "p6", "P", "dónde vives, mandar un detalle", "Gracias de verdad",
"""Hola Irene, de verdad gracias. ¿Dónde vives? Te quiero mandar un detalle a casa por lo bien que te has portado conmigo.""")
    m(B, "es", "n12", "", "teléfono de atención al cliente", "Teléfono",
"""Hola, ¿cuál es el teléfono de atención al cliente? En la web no lo encuentro. Gracias""")

    # ---------------- it
    m(B, "it", "f6", "F", "storno parziale per i giorni di fermo", "Fattura ottobre",
"""Buongiorno, chiedo uno storno parziale della fattura di ottobre per i giorni di fermo del servizio. Cordiali saluti, Matteo Galli""")
    m(B, "it", "p6", "P", "vederci fuori dall'ufficio per un aperitivo", "Grazie mille",
"""Grazie mille Federica! Ci possiamo vedere fuori dall'ufficio per un aperitivo una di queste sere?""")
    m(B, "it", "n9", "", "grazie per lo sconto applicato", "Sconto",
"""Grazie per lo sconto applicato sulla fattura, tutto chiaro adesso. Buona giornata, Silvia""")
    m(B, "it", "n10", "", "aggiornare il mio numero di cellulare", "Profilo",
"""Buongiorno, vorrei aggiornare il mio numero di cellulare nel profilo, come faccio? Grazie""")

    # ---------------- pt
    m(B, "pt", "f6", "F", "merecíamos pelo menos um mês de oferta", "Depois disto",
"""Olá, acho que merecíamos pelo menos um mês de oferta depois disto tudo. Cumprimentos, Filipa""")
    m(B, "pt", "p6", "P", "qual é o seu email pessoal", "Fotos",
"""Olá Beatriz, qual é o seu email pessoal? Quero mandar-lhe umas fotos diretamente, aqui não dá para anexar.""")
    m(B, "pt", "n9", "", "onde encontro o código promocional da newsletter", "Código",
"""Olá, onde encontro o código promocional que veio na newsletter? Não o vejo no email. Obrigado""")

    # ---------------- pl
    m(B, "pl", "f6", "F", "należy nam się zwolnienie z opłaty", "Opłata",
"""Dzień dobry, po tygodniowej awarii należy nam się zwolnienie z opłaty za ten miesiąc. Pozdrawiam, Łukasz""")
    m(B, "pl", "p6", "P", "przejść na prywatnego maila", "Kontakt",
"""Pani Oliwio, czy możemy przejść na prywatnego maila? Proszę podać swój adres, prześlę dokumenty.""")
    m(B, "pl", "n10", "", "jestem kierownikiem zmiany, nie widzę grafiku", "Grafik",
"""Dzień dobry, jestem kierownikiem zmiany i od wczoraj nie widzę grafiku w aplikacji. Co robić? Janusz""")

    # ---------------- ro
    m(B, "ro", "f6", "F", "luna aceasta să nu ne-o facturați", "Factura",
"""Bună ziua, vrem ca luna aceasta să nu ne-o facturați, având în vedere problemele. Mulțumim, Sorin""")
    m(B, "ro", "p6", "P", "WhatsApp în loc de tichete, numărul tău", "WhatsApp",
"""Salut Ioana, putem vorbi pe WhatsApp în loc de tichete? Care e numărul tău?""")
    m(B, "ro", "m5", "M", "contactat de un supervizor", "Reclamație",
"""Cer să fiu contactat de un supervizor până mâine. Altfel merg mai departe cu reclamația.""")
