"""devset17 outage-legal, batch 8 (measured after tuning on b1-b7): generalisation 4, the last
unseen estimate: mostly positives in fresh sectors (gyms, car rental, logistics, schools, dentists,
municipalities) and voices (angry, polite-formal, mobile one-liners, mixed-language), with a few
negatives (a customer's own supplier down, a resolved reply, an SLA question, legal-sounding words)."""
B = "b8"

def add_b8(m):
    # ---------------- it
    m(B, "it", "o1", "O", "gym: turnstiles don't read badges, nobody gets in", "Tornelli",
"""I tornelli non leggono più i badge da un'ora, nessun iscritto riesce ad entrare in palestra. Il server risponde?""")
    m(B, "it", "o2", "O", "formal: service interruption notice from customer", "Segnalazione disservizio",
"""Spett.le Assistenza, si segnala che dalle ore 9:15 la piattaforma risulta inaccessibile da tutte le postazioni del Comune. Si resta in attesa di riscontro.""")
    m(B, "it", "n1", "", "SLA question about downtime credits", "SLA",
"""Nel contratto SLA, se il servizio resta fermo più di 4 ore per tutti gli utenti, è previsto un rimborso?""")
    # ---------------- es
    m(B, "es", "o1", "O", "car rental: counters can't make contracts", "Mostradores",
"""En todos los mostradores del aeropuerto el programa se queda en blanco al hacer un contrato. Tenemos cola de clientes.""")
    m(B, "es", "o2", "O", "mobile one-liner", "Enviado desde mi iPhone",
"""no funciona nada!! nadie puede entrar

Enviado desde mi iPhone""")
    m(B, "es", "n1", "", "supplier's portal down", "Pedidos",
"""El portal de nuestro proveedor de papel está caído y no podemos hacer el pedido. ¿Vuestro sistema puede importar pedidos desde Excel?""")
    # ---------------- sv
    m(B, "sv", "o1", "O", "dentist: journal system down for everyone", "Journalsystemet",
"""Journalsystemet går inte att öppna för någon på kliniken sedan lunch. Vi har patienter i stolen!""")
    m(B, "sv", "o2", "O", "mixed English/Swedish", "system down?",
"""Hej, is your system down? Vi får bara timeout hela teamet.""")
    m(B, "sv", "n1", "", "resolved, thanks", "Sv: Störning",
"""Det är löst nu, allt rullar igen. Tack!""")
    # ---------------- fr
    m(B, "fr", "o1", "O", "logistics: nothing goes out", "Expéditions",
"""Aucune étiquette ne sort depuis 10h, l'outil d'expédition tourne dans le vide pour tout l'entrepôt.""")
    m(B, "fr", "o2", "O", "school: ENT inaccessible for pupils and teachers", "ENT",
"""Bonjour, ni les élèves ni les professeurs ne peuvent accéder à l'ENT depuis ce matin.""")
    m(B, "fr", "n1", "", "customer's own power cut", "Coupure",
"""Nous avons eu une coupure de courant dans tout le bâtiment hier, certaines ventes n'ont peut-être pas été synchronisées. Comment vérifier ?""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "pt-PT: municipality, nobody can issue documents", "Plataforma em baixo",
"""Boa tarde, a plataforma está em baixo na câmara toda, nenhum funcionário consegue emitir documentos.""")
    m(B, "pt", "o2", "O", "pt-BR angry", "DE NOVO???",
"""De novo o sistema caiu! Ninguém consegue trabalhar aqui, isso é um absurdo.""")
    m(B, "pt", "n1", "", "SLA question", "Disponibilidade",
"""Qual é a disponibilidade garantida no contrato? Se o sistema ficar fora do ar, como é feita a compensação?""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "logistics: terminals no connection", "Terminale",
"""Terminale kierowców nie mają połączenia z systemem, nikt nie może potwierdzić dostaw.""")
    m(B, "pl", "o2", "O", "school e-register", "Dziennik",
"""Dziennik elektroniczny nie otwiera się ani nauczycielom, ani rodzicom. Od rana.""")
    m(B, "pl", "n1", "", "own courier system down", "Kurier",
"""System kuriera nie działa od wczoraj, więc paczki wyślemy jutro. Proszę o aktualizację terminu.""")
    # ---------------- nl
    m(B, "nl", "o1", "O", "municipality: no counter can work", "Balies",
"""Geen enkele balie kan nog werken, het zaaksysteem geeft bij iedereen een foutmelding.""")
    m(B, "nl", "o2", "O", "Flemish terse", "plat",
"""Alles plat hier, ook bij onze andere winkel. Kan er iemand kijken?""")
    m(B, "nl", "n1", "", "resolved", "Re: Storing",
"""Alles draait weer, dank jullie wel.""")
    # ---------------- en legal
    m(B, "en", "l1", "L", "IN: consumer court", "Complaint",
"""If my money is not returned I will file a case in the consumer court, this is my final mail.""")
    m(B, "en", "l2", "L", "UK: pre-action letter", "Letter before claim",
"""Please accept this email as a letter before claim. You have 14 days to respond before I start court proceedings.""")
    m(B, "en", "l3", "L", "US: lawyer on retainer", "Contract breach",
"""Our company lawyers are reviewing your breach of the SLA and we will be pursuing damages.""")
    m(B, "en", "n1", "", "legal-sounding: terms question", "Terms",
"""Are your terms governed by English law or Irish law? Our legal team asked before renewal.""")
    m(B, "en", "n2", "", "court reporter customer", "Transcripts",
"""I'm a court reporter and need to store transcripts securely. Does your plan include encryption at rest?""")
    # ---------------- es legal
    m(B, "es", "l1", "L", "Ecuador: Defensoría del Pueblo", "Reclamo",
"""Si no me reembolsan voy a poner la queja en la Defensoría del Pueblo y en la Superintendencia.""")
    m(B, "es", "l2", "L", "Spain: abogados tomarán medidas", "Incumplimiento",
"""Nuestro departamento jurídico ya está preparando la reclamación judicial por incumplimiento de contrato.""")
    m(B, "es", "ln1", "", "legal dept asking for terms", "Contrato",
"""Nuestro departamento jurídico pregunta si el contrato se rige por la ley española. ¿Nos lo confirmáis?""")
