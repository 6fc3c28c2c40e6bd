"""devset17 outage-legal, batch 6 (measured after tuning on b1-b5): generalisation 3: named modules
(attendance, payroll, reservations, finance, HR, rota), long mails with signatures and forwarded
history, multi-issue mails, status-code text; legal threats with 'reserve the right', arbitration,
police report for fraud, BBB, MP + regulator; negatives next to them."""
B = "b6"

def add_b6(m):
    # ---------------- it
    m(B, "it", "o1", "O", "attendance module: nobody can clock in", "Modulo presenze",
"""Buongiorno,
il modulo presenze non registra le timbrature da stamattina, i dipendenti di entrambi gli stabilimenti non riescono a timbrare.
Grazie
Ufficio personale
Meccanica Rossi srl""")
    m(B, "it", "o2", "O", "terse follow-up: still down", "R: segnalazione",
"""ancora giù. ma lo state sistemando o no?""")
    m(B, "it", "n1", "", "someone else's outage: courier", "Spedizioni",
"""Il portale del corriere non funziona da ieri quindi le etichette non si generano. Il vostro modulo spedizioni potrebbe usare un altro corriere?""")
    # ---------------- es
    m(B, "es", "o1", "O", "payroll module: nobody can close payroll", "Módulo de nóminas",
"""Hola, el módulo de nóminas lleva toda la mañana sin responder y somos cinco en RRHH intentando cerrar el mes. ¿Tenéis alguna incidencia abierta?""")
    m(B, "es", "o2", "O", "Chilean: page won't load for anyone", "web",
"""Hola, la página no carga ni en los computadores de la oficina ni en el celular, a nadie le funciona. ¿Qué pasó?""")
    m(B, "es", "n1", "", "nobody in office today (holiday)", "Entrega",
"""Hoy no hay nadie en la oficina por el puente, mejor que el técnico venga el lunes.""")
    # ---------------- sv
    m(B, "sv", "o1", "O", "Fortnox integration dead, all orders stuck", "Integrationen",
"""Hej, integrationen mot Fortnox har stått still sedan i går, inga ordrar går över och hela ekonomiavdelningen sitter och väntar.""")
    m(B, "sv", "o2", "O", "site showing 502 to all visitors", "502",
"""Vår webbutik visar 502 Bad Gateway för alla besökare just nu. Snälla kolla!""")
    m(B, "sv", "n1", "", "integration question: how to set up", "Fortnox",
"""Hur kopplar vi ihop Fortnox med ert system? Ingen av oss har gjort det förut.""")
    # ---------------- fr
    m(B, "fr", "o1", "O", "reservation module: clients can't book", "Module de réservation",
"""Bonjour,
Le module de réservation en ligne affiche une erreur pour tous nos clients depuis ce matin, on a reçu zéro réservation alors qu'on est samedi.
Cordialement,
Camping Les Pins""")
    m(B, "fr", "o2", "O", "Québec: doesn't work for anyone since noon", "Ça marche pas",
"""Ça marche pas pantoute depuis midi, personne au bureau peut ouvrir ses dossiers.""")
    m(B, "fr", "n1", "", "own server died", "Serveur",
"""Notre serveur interne a lâché ce week-end. Pouvez-vous réactiver nos licences sur la nouvelle machine ?""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "finance module inaccessible for the whole department", "Módulo financeiro",
"""Bom dia, o módulo financeiro está inacessível para todo o departamento desde ontem à tarde. Precisamos fechar o mês hoje.""")
    m(B, "pt", "o2", "O", "pt-BR follow-up: fell again", "Re: Instabilidade",
"""Caiu de novo, ninguém aqui consegue acessar. Já é a terceira vez essa semana.""")
    m(B, "pt", "n1", "", "nobody can come to training", "Treinamento",
"""Ninguém da nossa equipe consegue participar do treinamento de quinta. Podemos remarcar?""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "HR module: error for all", "Moduł kadrowy",
"""Moduł kadrowy od rana wyrzuca błąd 502 każdemu, kto próbuje go otworzyć. Mamy dziś listy płac do zamknięcia.""")
    m(B, "pl", "o2", "O", "shops can't sell", "Sklepy",
"""We wszystkich naszych sklepach kasy nie mogą połączyć się z serwerem, klienci stoją w kolejkach.""")
    m(B, "pl", "n1", "", "it's back, thanks", "Re: Awaria",
"""Już wszystko działa, dziękujemy za szybką reakcję.""")
    # ---------------- nl
    m(B, "nl", "o1", "O", "rota module: nobody sees their shifts", "Roostermodule",
"""De roostermodule toont bij geen enkele medewerker meer diensten, alles is leeg. Sinds jullie update van vannacht.""")
    m(B, "nl", "o2", "O", "NL terse", "?",
"""Liggen jullie eruit? Wij kunnen er met niemand in.""")
    m(B, "nl", "n1", "", "one user blank screen after own update", "Wit scherm",
"""Na de Windows-update op mijn laptop krijg ik een wit scherm in de app. Op de pc van mijn collega werkt alles gewoon.""")
    # ---------------- en legal
    m(B, "en", "l1", "L", "reserve the right to take legal action", "Outstanding refund",
"""Please note I reserve the right to take legal action if this is not resolved by 1 December.""")
    m(B, "en", "l2", "L", "US: BBB + state AG", "Scam",
"""I've filed with the Better Business Bureau and my next call is the state attorney general's consumer protection division.""")
    m(B, "en", "l3", "L", "police report for fraud", "Fraud",
"""You took £600 and delivered nothing. I've reported this to Action Fraud and will be contacting the police.""")
    m(B, "en", "l4", "L", "UK: MP + regulator", "Complaint escalation",
"""I have copied in my MP and will be raising a formal complaint with the regulator if I don't hear back within 5 working days.""")
    m(B, "en", "l5", "L", "terse AU: fair work / tribunal", "Last chance",
"""Last chance before I take you to the tribunal.""")
    m(B, "en", "n1", "", "police report about stolen laptop", "Reset 2FA",
"""My laptop was stolen yesterday and I've filed a police report. Can you reset my 2FA and log out all sessions?""")
    m(B, "en", "n2", "", "lawyer customer asking for invoice format", "Invoice format",
"""Our firm's attorneys need invoices split per matter number. Is that possible in your billing module?""")
    m(B, "en", "n3", "", "ombudsman as a customer", "New account",
"""Hello, I work for the Energy Ombudsman's office and we're evaluating your ticketing tool. Can we get a trial?""")
    # ---------------- es legal
    m(B, "es", "l1", "L", "Spain: arbitraje de consumo", "Reclamación",
"""Si no hay solución solicitaré el arbitraje de consumo, y me reservo el derecho a emprender acciones legales.""")
    m(B, "es", "l2", "L", "police report for fraud", "Estafa",
"""Esto es una estafa. Mañana pongo la denuncia en la policía y lo publico todo.""")
    m(B, "es", "l3", "L", "Mexico: Procuraduría / demanda", "Cobros",
"""Ya consulté con un licenciado y vamos a proceder con una demanda si no cancelan los cargos.""")
    m(B, "es", "ln1", "", "stolen phone police report", "Robo",
"""Me robaron el móvil y ya hice la denuncia en la policía. ¿Podéis bloquear la sesión de la app?""")
    m(B, "es", "ln2", "", "lawyer customer asking for feature", "Expedientes",
"""Soy abogado y me gustaría poder organizar los clientes por expediente. ¿Está previsto?""")
