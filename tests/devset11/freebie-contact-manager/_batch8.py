"""devset11 freebie-contact-manager, batch 8 (written after b7 tuning; measured before tuning on it)."""
B = "b8"

def add(m):
    # ---------------- en
    m(B, "en", "f17", "F", "difference made good, a month's credit would do", "Re: October invoice",
"""Thanks for the explanation, but it doesn't change the fact we paid for a month we couldn't use. We'd like that made good somehow, a month's credit would do.

Paula""")
    m(B, "en", "f18", "F", "stay only if you match competitor's 3 months free", "Renewal",
"""Happy to stay with you, but only if you match the competitor's offer of three months free. Let me know by Friday.""")
    m(B, "en", "f19", "F", "comp us the add-on for the inconvenience", "Add-on",
"""Could you comp us the scheduling add-on for a quarter for the inconvenience? It would go a long way with my boss.""")
    m(B, "en", "f20", "F", "price cut on the renewal after everything", "Price",
"""After everything this year I'm asking for a price cut on the renewal. Not negotiable.""")
    m(B, "en", "p14", "P", "reach you personally", "different answers",
"""Is there any way I can reach you personally? Your colleagues keep giving me different answers and you're the only one who gets it.""")
    m(B, "en", "p15", "P", "text me from your phone", "Re: Migration tonight",
"""Great, thanks. Text me from your phone when the migration's done tonight, that's easier than checking email at 11pm.

> We'll run the migration tonight at 22:00.""")
    m(B, "en", "m7", "M", "someone more senior than first-line", "Ongoing issue",
"""I'd like to speak to someone more senior than a first-line agent, please. This has gone on for a month.""")
    m(B, "en", "n30", "", "pay half now half next month (payment plan)", "Payment plan",
"""Hi, can we pay half of the annual invoice now and half next month? Cash flow is tight this quarter. Thanks, Derek""")
    m(B, "en", "n31", "", "loyalty discount question", "Loyalty discount",
"""Hello, do you still offer the 20% loyalty discount for renewals? Our contract renews in January. Thanks""")
    m(B, "en", "n32", "", "change company phone number on account", "Phone number",
"""Please change the phone number on our account to 020 7946 0000, we moved offices. Thanks""")
    m(B, "en", "n33", "", "our store manager forgot password", "Password reset",
"""Hi, our store manager forgot her password and the reset email never arrives. How can she get back in? Thanks, Josh""")

    # ---------------- de
    m(B, "de", "f11", "F", "als Ausgleich zwei Monate geschenkt", "Ausgleich",
"""Als Ausgleich für den Ausfall hätten wir gern zwei Monate geschenkt. Alles andere wäre enttäuschend. Gruß, Wolfgang""")
    m(B, "de", "f12", "F", "für November nur die Hälfte zahlen", "November",
"""Hallo, wir möchten für November nur die Hälfte zahlen, da das System zwei Wochen nicht nutzbar war. MfG, Irene Vogt""")
    m(B, "de", "p8", "P", "private Nummer fürs Wochenende", "Wochenende",
"""Haben Sie eine private Nummer, unter der ich Sie am Wochenende erreiche, falls der Import wieder hängt?""")
    m(B, "de", "m7", "M", "Gespräch mit der Leitung des Kundendienstes", "Beschwerde",
"""Ich bestehe auf einem Gespräch mit der Leitung Ihres Kundendienstes.""")
    m(B, "de", "n17", "", "Rechnung in zwei Hälften zahlen", "Ratenzahlung",
"""Hallo, können wir die Jahresrechnung in zwei Hälften zahlen? Gruß, Tanja""")
    m(B, "de", "n18", "", "Telefonnummer im Impressum stimmt nicht", "Impressum",
"""Hinweis: Ihre Telefonnummer im Impressum stimmt nicht mehr, da meldet sich eine Arztpraxis.""")

    # ---------------- da
    m(B, "da", "f8", "F", "nedsat pris resten af året som plaster på såret", "Pris",
"""Hej, vi vil gerne have nedsat prisen for resten af året. Det er det mindste efter de sidste måneder. Mvh Ebbe""")
    m(B, "da", "f9", "F", "noget igen for alt det bøvl", "Bøvl",
"""Synes I ikke, vi burde få noget igen for alt det bøvl? Vi har brugt timevis på det. Mvh Connie""")

    # ---------------- sv
    m(B, "sv", "f8", "F", "bara betala halva avgiften", "Oktober",
"""Hej, vi vill bara betala halva avgiften för oktober med tanke på alla avbrott. /Per""")
    m(B, "sv", "f9", "F", "premiumnivån utan extra kostnad tills felet är löst", "Premium",
"""Kan vi få premiumnivån utan extra kostnad tills felet är löst? Det vore rimligt. /Tove""")
    m(B, "sv", "p8", "P", "lägga till mig på Facebook", "Facebook",
"""Kan du lägga till mig på Facebook? Jag heter Åsa Lind. Tack för all hjälp!""")
    m(B, "sv", "m6", "M", "en chef ringer upp mig", "Ring upp",
"""Jag vill att en chef ringer upp mig i dag.""")
    m(B, "sv", "n14", "", "thanks for last month's discount", "Rabatt",
"""Tack för rabatten ni gav oss förra månaden, den syns på fakturan nu. /Gun""")
    m(B, "sv", "n15", "", "can support call me back, my number", "Samtal",
"""Hej, kan supporten ringa upp mig? Mitt nummer är 070-765 43 21. /Erik""")

    # ---------------- nl
    m(B, "nl", "f8", "F", "oktober niet betalen", "Oktober",
"""Ik wil de maand oktober niet betalen, jullie dienst werkte gewoon niet. Groet, Harm""")
    m(B, "nl", "f9", "F", "tegemoet komen in de prijs", "Prijs",
"""Zouden jullie ons na dit gedoe wat tegemoet kunnen komen in de prijs? Groet, Linda""")
    m(B, "nl", "p8", "P", "bellen op je mobiel zonder wachtrij", "Bellen",
"""Kan ik je gewoon bellen op je mobiel? Zonder die wachtrij van twintig minuten.""")
    m(B, "nl", "n11", "", "is de upgrade gratis voor bestaande klanten", "Upgrade",
"""Is de upgrade naar Pro gratis voor bestaande klanten of betalen we het verschil? Groet, Anja""")
    m(B, "nl", "n12", "", "mijn leidinggevende wil factuur in het Engels", "Factuur",
"""Mijn leidinggevende wil weten of we de factuur in het Engels kunnen krijgen. Groet, Bram""")

    # ---------------- fr
    m(B, "fr", "f8", "F", "ne payer que la moitié", "Abonnement",
"""Bonjour, je voudrais ne payer que la moitié de l'abonnement ce mois-ci, vu que rien ne fonctionnait. Cordialement, Serge""")
    m(B, "fr", "f9", "F", "accordez-nous une remise sur la prochaine échéance", "Échéance",
"""Accordez-nous au moins une remise sur la prochaine échéance, c'est la moindre des choses. Cordialement, Muriel""")
    m(B, "fr", "p8", "P", "tu me files ton numéro perso", "Numéro",
"""Tu me files ton numéro perso ? Ce sera plus simple pour la suite.""")
    m(B, "fr", "m6", "M", "un responsable au téléphone", "Téléphone",
"""Je veux un responsable au téléphone, pas un robot.""")
    m(B, "fr", "n14", "", "remise de 10% s'applique aux nouvelles licences?", "Remise",
"""Bonjour, est-ce que la remise de 10 % s'applique aussi aux nouvelles licences ? Merci""")
    m(B, "fr", "n15", "", "email du service comptabilité", "Comptabilité",
"""Bonjour, quel est l'email de votre service comptabilité ? Merci, Pascale""")
    m(B, "fr", "n16", "", "je suis le gérant du restaurant", "Nouveau serveur",
"""Bonjour, je suis le gérant du restaurant et je voudrais ajouter un serveur dans l'application. Merci""")

    # ---------------- es
    m(B, "es", "f8", "F", "pagar solo la mitad de la cuota", "Cuota octubre",
"""Queremos pagar solo la mitad de la cuota de octubre, con el servicio caído media quincena. Saludos, Ángel""")
    m(B, "es", "f9", "F", "plan Pro al precio del básico por las molestias", "Plan Pro",
"""¿Nos podéis dejar el plan Pro al precio del básico por las molestias? Sería un buen gesto. Saludos""")
    m(B, "es", "p8", "P", "hablar por privado, mándame tu WhatsApp", "Privado",
"""¿Podemos hablar por privado? Mándame tu WhatsApp y lo vemos.""")
    m(B, "es", "n16", "", "me habéis cobrado la mitad, es correcto", "Cobro",
"""Hola, este mes me habéis cobrado la mitad de la cuota, ¿es correcto? Gracias""")

    # ---------------- it
    m(B, "it", "f8", "F", "pagare solo metà del canone", "Canone",
"""Vorremmo pagare solo metà del canone di ottobre, visto che il servizio non ha funzionato. Saluti, Enrico""")
    m(B, "it", "f9", "F", "venirci incontro con il prezzo del rinnovo", "Rinnovo",
"""Potreste venirci incontro con il prezzo del rinnovo, dopo un anno così? Grazie, Ilaria""")
    m(B, "it", "p8", "P", "mi lascia il suo cellulare", "Contatto",
"""Mi può lasciare il suo cellulare? Preferisco parlare con lei direttamente.""")
    m(B, "it", "n12", "", "quanto costa il piano superiore", "Piano",
"""Buongiorno, quanto costa passare al piano superiore? Grazie""")
    m(B, "it", "n13", "", "responsabile IT della nostra azienda vi contatterà", "Migrazione",
"""Buongiorno, il responsabile IT della nostra azienda vi contatterà la settimana prossima per la migrazione. Saluti, Paola""")

    # ---------------- pt
    m(B, "pt", "f8", "F", "pagar só metade da mensalidade", "Mensalidade",
"""Queremos pagar só metade da mensalidade deste mês, o sistema esteve em baixo quase duas semanas. Cumprimentos, Teresa""")
    m(B, "pt", "p8", "P", "número de telemóvel pessoal", "Contacto",
"""Pode dar-me o seu número de telemóvel pessoal? Era mais fácil.""")
    m(B, "pt", "n11", "", "morada da sede para carta registada", "Morada",
"""Bom dia, qual é a morada da vossa sede para enviar a carta registada? Obrigado""")

    # ---------------- pl
    m(B, "pl", "f8", "F", "zapłacić tylko połowę abonamentu", "Abonament",
"""Dzień dobry, chcemy zapłacić tylko połowę abonamentu za październik, system nie działał przez dwa tygodnie. Pozdrawiam, Zofia""")
    m(B, "pl", "p8", "P", "napisać na prywatnego maila, jaki adres", "Mail",
"""Mogę do pani napisać na prywatnego maila? Jaki ma pani adres?""")
    m(B, "pl", "m6", "M", "połączyć z kierownikiem", "Połączenie",
"""Proszę mnie połączyć z kierownikiem.""")

    # ---------------- ro
    m(B, "ro", "f8", "F", "plătim doar jumătate din abonament", "Abonament",
"""Vrem să plătim doar jumătate din abonament luna aceasta, serviciul a fost praf. Mulțumim, Ovidiu""")
