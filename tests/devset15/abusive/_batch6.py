"""devset15 abusive, batch 6 = precision batch (measured before tuning on it): hard negatives that touch
this round's entries (is a + insult noun about things and third parties, visits, routes and shift times,
comparisons, kneecaps, waiting outside with friends, dehumanising words in literal use, regional words in
harmless use), plus a few positives so recall is still measured."""
B = "b6"

def add_b6(m):
    m(B, "en", "n1", "", "is a + noun on things: git repo, tool, waste of space", "Repo access",
"""Our integration is a git repository on GitLab and the CLI is a tool we run nightly. Honestly the old sidebar is a waste of space, glad it's gone. Can you give the bot read access?""")
    m(B, "en", "n2", "", "third party: my husband is a total muppet with tech", "login",
"""My husband is a total muppet with tech and changed our password without writing it down. Could you send a reset link to me instead?""")
    m(B, "en", "n3", "", "visit and shift: a little visit from your engineer", "engineer visit",
"""Could your engineer pay us a little visit next week? I know what time your driver usually finishes his round, so maybe the engineer could come around then too.""")
    m(B, "en", "n4", "", "comparison literal: a spreadsheet would be more use", "reporting",
"""To be honest a simple spreadsheet would be more use than the new dashboard for our weekly numbers. Could you bring back the old CSV export?""")
    m(B, "en", "n5", "", "kneecaps medical", "accessibility",
"""After surgery on both kneecaps I'm using voice input. Broken kneecaps are no fun! Is there a keyboard-free way to approve invoices?""")
    m(B, "en", "n6", "", "waiting outside with friends, harmless", "group booking",
"""We'll be waiting outside the venue with a few friends from 7pm, can the driver text when he's close?""")
    m(B, "en", "n7", "", "dehumanising words literal: pest control client", "warehouse",
"""Our warehouse client is full of rats and cockroaches according to the inspector, so we need the pest-control report template. Which plan includes custom templates?""")
    m(B, "en", "n8", "", "village idiot self", "oops",
"""I'm the village idiot today, I sent the invoice to the wrong client. Can I recall it?""")
    m(B, "en", "n9", "", "my ex is an absolute dumbass", "remove access",
"""Please remove my ex from our shared account. He is an absolute dumbass who keeps buying things with my card.""")
    m(B, "en", "n10", "", "quoted abuse in long complaint about another customer", "Community forum",
"""A member of your forum wrote under my post that I'm a brainless halfwit and that he'd pay me a little visit. Please look at thread 8812 and take action.""")
    m(B, "en", "n11", "", "aussie friendly: you legends, galah bird", "photos",
"""You legends fixed it in 5 minutes! Also the galah photo upload works now, cheers.""")
    m(B, "en", "n12", "", "cancer/disease literal", "leave",
"""Our manager has cancer and our office is closed Friday for the charity run. Please move our demo to Monday.""")
    m(B, "en", "a1", "A", "positive: the clown on chat is a prize idiot", "chat",
"""The guy on your chat yesterday is a prize idiot, he closed my ticket twice.""")
    m(B, "en", "a2", "A", "positive: threat of visit, US", "billing",
"""I've got your CEO's home address. Maybe I'll swing by with some friends and we'll talk about my refund.""")
    m(B, "de", "n1", "", "de: die Frau ist eine Ärztin / der Herr", "Termin",
"""Die Frau am Empfang ist eine große Hilfe gewesen, danke! Der Herr Müller hat mir auch sehr geholfen.""")
    m(B, "de", "n2", "", "de: hau rein, Kennzeichen", "Fahrzeugdaten",
"""Haut rein, Jungs, super Update! Kann ich das Kennzeichen auf Facebook-Anzeigen automatisch einfügen lassen?""")
    m(B, "de", "n3", "", "de: was für ein Penner... about himself", "verschlafen",
"""Was für ein Penner ich bin, hab den Termin verschlafen. Kann ich neu buchen?""")
    m(B, "fr", "n1", "", "fr: grosse dinde de Noël", "commande",
"""Bonjour, pour le repas d'entreprise nous avons commandé une grosse dinde et je voudrais modifier la facture. Merci !""")
    m(B, "fr", "n2", "", "fr: ambulance as a client (transport sanitaire)", "planning",
"""Notre patient repartira en ambulance à 14h, pouvez-vous ajouter ce créneau dans le planning partagé ?""")
    m(B, "fr", "n3", "", "fr: tarés as adjective for product? cafards in kitchen", "réclamation",
"""Le restaurant livré avait des cafards, nous voulons annuler la réservation via votre app. Comment faire ?""")
    m(B, "es", "n1", "", "es: boludo among friends about himself", "jaja",
"""Qué boludo soy, me olvidé de poner el código de descuento. ¿Se puede aplicar ahora?""")
    m(B, "es", "n2", "", "es: subir fotos a los grupos", "fotos",
"""¿Puedo subir la foto y el nombre de cada producto a todos los grupos de WhatsApp de mis clientes desde la app?""")
    m(B, "it", "n1", "", "it: parcheggia, so dove", "consegna",
"""So dove parcheggia il vostro furgone di solito, potete lasciare il pacco al portiere lì vicino? Grazie.""")
    m(B, "it", "n2", "", "it: trogloditi in a museum booking", "prenotazione",
"""Vorrei prenotare la visita guidata alla mostra sugli uomini trogloditi per la classe di mio figlio.""")
    m(B, "pt", "n1", "", "pt: jumento as farm animal", "fatura",
"""Comprei ração para o jumento e para as vacas, mas a fatura saiu em nome errado. Podem corrigir?""")
    m(B, "pt", "n2", "", "pt: esperando lá fora com amigos, harmless", "entrega",
"""Vou estar esperando ele lá fora com uns amigos, é só ligar quando chegar com a encomenda. Obrigado!""")
    m(B, "nl", "n1", "", "nl: pak = suit/package; halve garen literal", "bestelling",
"""Zijn jullie het pak van mijn zoon vergeten? Ik heb twee halve garen klossen besteld en die zitten er wel in.""")
    m(B, "nl", "n2", "", "nl: magazijn vol met ratten literal", "ongedierte",
"""Ons magazijn zit vol met ratten, de ongediertebestrijder komt morgen. Kunnen jullie de levering uitstellen?""")
    m(B, "sv", "n1", "", "sv: inavlade hundar (breeding)", "kennel",
"""Vi föder upp hundar och vill undvika inavlade linjer. Kan er app visa stamtavlor?""")
    m(B, "sv", "n2", "", "sv: jag är en fullständig idiot", "fel",
"""Jag är en fullständig idiot som raderade fel mapp. Finns det backup?""")
    m(B, "da", "n1", "", "da: I er ... hurtige, pakken (rewritten after the before-figure: the first text was not natural Danish)", "pakke",
"""I er noget af det hurtigste til at levere! Tak for det, pakken kom i går.""")
    m(B, "pl", "n1", "", "pl: idiom, sąsiad", "kurier",
"""Kurier zostawił paczkę u sąsiada, a sąsiad to straszny gapa, zgubił ją. Co robimy?""")
    m(B, "ro", "n1", "", "ro: third party", "vecin",
"""Vecinul meu e un prost, a luat coletul meu. Puteti sa-l retrimiteti?""")
    m(B, "de", "a1", "A", "positive: Sie Vollpfosten, named", "Bestellung",
"""Herr Kuhn, Sie sind ein Vollpfosten. Drei Mal die falsche Farbe geliefert.""")
    m(B, "es", "a1", "A", "positive: es el tonto del pueblo", "agente",
"""El agente que me atendió es el tonto del pueblo. Qué inútil.""")
