"""devset15 ownership, batch 10 = second precision batch (measured before tuning): hard negatives touching the
b8/b9 entries (take over a task / the costs / a project, 'I changed the password myself', system locked me
out, hacked-account report, 'reprendre mon abonnement', overnemen = copy data, 'ceder el paso', colleague
takes over the ticket handling, 'his access' to a shared drive, agency asking about their own invoices),
plus a few positives."""
B = "b10"

def add_b10(m):
    # ---------------- es
    m(B, "es", "n1", "", "I changed the password myself, locked out", "No puedo entrar",
"""Hola, cambié la contraseña ayer y ahora el sistema me bloqueó por intentos fallidos. ¿Cuánto dura el bloqueo?

Marisa""")
    m(B, "es", "n2", "", "colleague takes over ticket handling", "Cambio de contacto",
"""Hola, a partir de mañana mi compañera Laura se hará cargo de las incidencias con ustedes. Yo sigo siendo la titular, solo cambia quién os escribe.

Elena""")
    m(B, "es", "n3", "", "agency asks about own invoice", "Factura agencia",
"""Buenas, somos la agencia de marketing de varios clientes vuestros. ¿Podéis mandarnos nuestra propia factura desglosada?

Agencia Nube""")
    m(B, "es", "a1", "A", "positive: take over from uncle", "Cuenta de mi tío",
"""Hola, mi tío se jubiló y me quedé con la ferretería. Quiero hacerme cargo de la cuenta, que sigue a su nombre.

Jorge""")
    # ---------------- it
    m(B, "it", "n1", "", "subentrare nella gestione ticket", "Referente",
"""Buongiorno, da lunedì subentra il collega Marco come referente tecnico per le segnalazioni. L'account resta intestato a me come sempre.

Cinzia""")
    m(B, "it", "n2", "", "hacked report", "Accesso sospetto",
"""Salve, ho ricevuto una mail di accesso da un dispositivo sconosciuto. Ho già cambiato la password. Potete verificare se qualcuno ha provato a entrare?

Luca""")
    m(B, "it", "n3", "", "prendere in mano: configuration", "Configurazione",
"""Ciao, vorrei prendere in mano la configurazione delle notifiche, da dove parto?""")
    m(B, "it", "a1", "A", "positive: gli accessi erano del vecchio socio", "Socio uscito",
"""Il socio è uscito dalla società e tutti gli accessi erano suoi. Vi chiedo di passare l'account a me, sono l'unico amministratore rimasto.

Bruno""")
    # ---------------- pl
    m(B, "pl", "n1", "", "hack attempt report", "Próba przejęcia konta",
"""Dzień dobry, dostałem SMS o próbie logowania z innego kraju. Czy to była próba przejęcia konta? Zmieniłem już hasło.

Łukasz""")
    m(B, "pl", "n2", "", "colleague takes over duties", "Zastępstwo",
"""Od jutra moje obowiązki przejmie koleżanka, proszę kontaktować się z nią w sprawie faktur.

Ewa""")
    m(B, "pl", "n3", "", "system locked me", "Blokada",
"""Zablokowało mi konto po trzech błędnych hasłach. Jak je odblokować?""")
    # ---------------- fr
    m(B, "fr", "n1", "", "reprendre mon abonnement (resume)", "Reprendre l'abonnement",
"""Bonjour, j'avais suspendu mon abonnement cet été, je voudrais le reprendre à partir de décembre.

Merci, Odile""")
    m(B, "fr", "n2", "", "I changed the password, forgot", "Mot de passe",
"""J'ai changé le mot de passe hier et je l'ai déjà oublié, pouvez-vous m'envoyer un lien de réinitialisation ?""")
    m(B, "fr", "n3", "", "agency asks API", "API",
"""Bonjour, l'agence web qui gère plusieurs de vos clients voudrait savoir si votre API permet les webhooks.""")
    m(B, "fr", "a1", "A", "positive: reprendre le compte after death", "Compte de mon frère",
"""Bonjour, mon frère est décédé et je dois reprendre le compte de sa boutique. Merci de m'indiquer la marche à suivre.

Alain""")
    # ---------------- de
    m(B, "de", "n1", "", "übernehmen die Kosten", "Kostenübernahme",
"""Hallo, übernehmen Sie die Kosten für die fehlerhafte Abbuchung? Ich bitte um Erstattung.""")
    m(B, "de", "n2", "", "Kollegin übernimmt Betreuung", "Vertretung",
"""Guten Tag, meine Kollegin wird die Betreuung des Kontos während meines Urlaubs übernehmen. Sie hat schon einen eigenen Benutzer.

Gruß, Kerstin""")
    m(B, "de", "n3", "", "Sohn question about contract", "Frage",
"""Hallo, mein Sohn hat eine Frage zu unserem Vertrag: wann endet die Mindestlaufzeit?""")
    # ---------------- nl
    m(B, "nl", "n1", "", "overnemen = copy data", "Gegevens overnemen",
"""Hoi, kunnen jullie de adresgegevens uit ons oude account overnemen in het nieuwe project?""")
    m(B, "nl", "n2", "", "mijn man question", "Factuur",
"""Hallo, mijn man heeft het abonnement afgesloten, maar ik heb een vraag over de factuur van oktober.""")
    # ---------------- pt
    m(B, "pt", "n1", "", "assumir a responsabilidade", "Erro",
"""Oi, vocês vão assumir o erro da cobrança duplicada? Quero o estorno.""")
    m(B, "pt", "n2", "", "trocou a senha himself", "Senha",
"""Troquei a senha e agora não consigo entrar, o sistema me bloqueou. Quanto tempo demora?""")
    m(B, "pt", "a1", "A", "positive: assumir a conta do pai", "Conta do meu pai",
"""Meu pai faleceu e preciso assumir a conta da loja dele. O que vocês precisam?

Diego""")
    # ---------------- ro
    m(B, "ro", "n1", "", "preluarea comenzii", "Comanda",
"""Buna ziua, cand are loc preluarea comenzii mele de catre curier?""")
    m(B, "ro", "n2", "", "system blocked me", "Cont blocat",
"""Mi s-a blocat contul dupa ce am gresit parola. Cum il deblochez?""")
    # ---------------- sv
    m(B, "sv", "n1", "", "ta över ärendet", "Kollega",
"""Hej, min kollega tar över ärendet från och med imorgon. Hon har redan ett eget konto.""")
    # ---------------- da
    m(B, "da", "n1", "", "overtage opgaven", "Kollega",
"""Hej, min kollega overtager opgaven med fakturaerne fra i morgen.""")
    # ---------------- en
    m(B, "en", "n1", "", "I changed the password, system locked me out", "locked out",
"""I changed the password this morning and now the system locked me out after three tries. How long does the lockout last?""")
    m(B, "en", "n2", "", "colleague takes over the support contact", "new contact",
"""Hi, my colleague Sam will take over as the main contact for support tickets from Monday. I'm still the account owner, nothing else changes.""")
    m(B, "en", "n3", "", "hacked report", "suspicious login",
"""Got an alert about a login from Brazil. Someone may have tried to take over my account. I've changed the password, can you check?""")
    m(B, "en", "a1", "A", "positive: take over late father's shop account", "Dad's account",
"""Dad passed away last month and I'm taking over his shop. I need to take over his account too, it's still in his name.

Ellie""")
