"""devset17 outage-legal, batch 1 (measured before any tuning): outage in it/es/sv/fr/pt/pl/nl
(terse, symptoms, named modules, whole team) + legal-threat in en/es, with hard negatives."""
B = "b1"

def add_b1(m):
    # ---------------- it outage
    m(B, "it", "o1", "O", "terse: nobody gets into the management software", "urgente",
"""nessuno riesce ad entrare nel gestionale da stamattina, né io né i colleghi. Che succede??""")
    m(B, "it", "o2", "O", "Swiss Italian: agenda won't open at any desk", "Agenda appuntamenti",
"""Buongiorno, qui a Lugano l'agenda appuntamenti non si apre su nessuna postazione, gira la rotellina e basta. Abbiamo i pazienti in sala d'attesa.
Cordiali saluti
Studio dentistico Bernasconi""")
    m(B, "it", "o3", "O", "follow-up in thread: still all stopped", "Re: Ticket 48211 - fatturazione elettronica",
"""Siamo ancora tutti fermi, il modulo di fatturazione elettronica dà errore a chiunque ci provi. Quando si risolve?

> Il giorno 25 nov 2026 alle 08:12 Supporto ha scritto:
> Stiamo verificando, vi aggiorniamo a breve.""")
    m(B, "it", "n1", "", "single user: export button does nothing", "Esportazione",
"""Ciao, quando clicco su Esporta in Excel non succede niente, gli altri del mio ufficio invece ci riescono. Potete aiutarmi?""")
    m(B, "it", "n2", "", "bank outage, not ours", "Pagamento fattura",
"""Vi scrivo per avvisare che il bonifico di novembre arriverà in ritardo: la home banking di Intesa non funziona da ieri e non riusciamo a fare nessuna operazione.""")
    # ---------------- es outage
    m(B, "es", "o1", "O", "LatAm terse: doesn't load for anyone", "no carga",
"""Buenas, la plataforma no carga, a ninguno de la oficina. Ya probamos en otro navegador.""")
    m(B, "es", "o2", "O", "named module: agenda unusable, clinic", "Agenda caída",
"""Hola, desde las 8 nadie en la clínica puede entrar a la agenda, nos sale 'Error de conexión con el servidor'. Tenemos pacientes esperando, por favor revisen.""")
    m(B, "es", "o3", "O", "Mexican: system not working in all branches", "Sistema",
"""Oigan, el sistema no jala en ninguna de las sucursales desde hace una hora. ¿Tienen algún problema?""")
    m(B, "es", "n1", "", "it's back, thanks", "Re: Incidencia plataforma",
"""Ya funciona todo otra vez, gracias por la rapidez. Podéis cerrar la incidencia.""")
    m(B, "es", "n2", "", "planned maintenance question", "Mantenimiento del sábado",
"""Hemos visto el aviso del mantenimiento del sábado. ¿La aplicación estará caída todo el día o solo por la mañana? Lo digo para organizar turnos.""")
    # ---------------- sv outage
    m(B, "sv", "o1", "O", "terse: doesn't work for anyone", "Kassan",
"""Kassasystemet funkar inte för någon av oss sedan kl 9. Vi kan inte ta betalt.""")
    m(B, "sv", "o2", "O", "symptom: everybody gets an error page", "Felsida",
"""Hej, alla på kontoret får bara en felsida när vi försöker logga in i portalen. Ligger ni nere?""")
    m(B, "sv", "n1", "", "own ISP outage", "Sen betalning",
"""Hej, vår internetleverantör har haft ett avbrott hela förmiddagen så vi har inte kunnat betala fakturan. Den kommer i eftermiddag.""")
    # ---------------- fr outage
    m(B, "fr", "o1", "O", "terse: doesn't work for anyone anymore", "plus rien ne marche",
"""Bonjour, ça ne marche plus chez personne ici, l'appli reste sur l'écran de chargement. Merci de regarder vite.""")
    m(B, "fr", "o2", "O", "Belgian French: site inaccessible for all our clients", "Site inaccessible",
"""Bonjour, depuis ce matin notre boutique en ligne hébergée chez vous est inaccessible pour tous nos clients, ils ont une page blanche. On perd des ventes, pouvez-vous nous dire ce qui se passe ?
Bien à vous,
Sébastien, Namur""")
    m(B, "fr", "n1", "", "single user: password forgotten", "Mot de passe",
"""Bonjour, je n'arrive plus à me connecter, je pense que j'ai oublié mon mot de passe. Pouvez-vous me renvoyer le lien ?""")
    # ---------------- pt outage
    m(B, "pt", "o1", "O", "pt-BR: system off the air", "sistema fora do ar",
"""Pessoal, o sistema tá fora do ar aqui desde cedo, ninguém da equipe consegue emitir nota. Alguma previsão?""")
    m(B, "pt", "o2", "O", "pt-PT: platform not opening for anyone", "Plataforma",
"""Bom dia, a plataforma não abre a ninguém cá no escritório. Dá erro de servidor. Conseguem verificar?""")
    m(B, "pt", "n1", "", "newsletter about uptime", "Novidades de novembro",
"""Olá! Em novembro a nossa plataforma teve 99,98% de disponibilidade. Conheça também o novo módulo de relatórios. Para deixar de receber estes emails, clique aqui.""")
    # ---------------- pl outage
    m(B, "pl", "o1", "O", "terse: nobody has it working", "nie działa",
"""Dzień dobry, program nie działa u nikogo w biurze od rana. Proszę o pilny kontakt.""")
    m(B, "pl", "o2", "O", "symptom: orders module hangs for everyone", "Moduł zamówień",
"""Moduł zamówień od godziny się kręci i nic nie wczytuje, u wszystkich handlowców to samo. Co się dzieje?""")
    m(B, "pl", "n1", "", "single user: wrong invoice total", "Błąd w fakturze",
"""Na fakturze nr 12/11/2026 suma brutto jest źle policzona. Proszę o sprawdzenie.""")
    # ---------------- nl outage
    m(B, "nl", "o1", "O", "Flemish: everything down", "Alles ligt eruit",
"""Hallo, bij ons ligt alles eruit, niemand kan nog inloggen op het platform. Is er iets aan de hand bij jullie?""")
    m(B, "nl", "o2", "O", "symptom: app crashes for all drivers", "App chauffeurs",
"""Sinds vanochtend crasht de app bij al onze chauffeurs meteen na het opstarten. Ze kunnen geen ritten afmelden.""")
    m(B, "nl", "n1", "", "it's back, thanks", "Re: Storing",
"""Het werkt weer bij iedereen, bedankt voor de snelle hulp!""")
    # ---------------- en legal
    m(B, "en", "l1", "L", "UK: small claims", "Unpaid refund - final warning",
"""I have now waited 9 weeks for the £340 you owe me. If it is not in my account by Friday I will be filing a claim through Money Claim Online without further notice.""")
    m(B, "en", "l2", "L", "US: attorney general + BBB complaint", "Billing fraud",
"""You charged my card three times after I cancelled. I've filed a complaint with the state Attorney General's office and I'm prepared to take this further.""")
    m(B, "en", "l3", "L", "AU: ACCC / fair trading", "Subscription",
"""This is a clear breach of Australian Consumer Law. Unless the auto-renewal is reversed I'll be lodging a complaint with Fair Trading NSW and the ACCC.""")
    m(B, "en", "l4", "L", "IN: consumer forum", "Defective service complaint",
"""Dear Sir, kindly note that if the amount is not refunded within 7 days, I will be approaching the consumer forum and sending you a legal notice through my advocate.""")
    m(B, "en", "n1", "", "law firm ordinary question", "Seat licences",
"""Hi, we're a law firm of 12 solicitors. Could you tell us whether the Business plan includes SSO and how many seats we'd need? Thanks, Office Manager, Hartley & Pryce LLP""")
    m(B, "en", "n2", "", "GDPR access request (no threat)", "Subject access request",
"""Hello, under Article 15 GDPR I would like a copy of the personal data you hold about me. Please send it to this email address. Kind regards, Ciara""")
    m(B, "en", "n3", "", "jury duty", "Pausing my account",
"""Hi, I've been called for jury duty for the next three weeks and won't use the studio booking. Can you pause my membership until 15 December?""")
    # ---------------- es legal
    m(B, "es", "l1", "L", "Spain: OMIC + burofax", "Reclamación",
"""Si no me devolvéis el importe esta semana pondré una reclamación en la OMIC de mi ayuntamiento y os mandaré un burofax.""")
    m(B, "es", "l2", "L", "Mexico: PROFECO", "Cobro indebido",
"""Me siguen cobrando la mensualidad aunque cancelé en agosto. Si no me regresan mi dinero voy a levantar una queja ante PROFECO.""")
    m(B, "es", "l3", "L", "Chile: SERNAC", "Reclamo",
"""Ya van tres correos sin respuesta. Voy a hacer el reclamo en el SERNAC y veré si corresponde una demanda.""")
    m(B, "es", "ln1", "", "lawyer reviewing contract", "Contrato empresa",
"""Buenas tardes, nuestro abogado está revisando el contrato de nivel de servicio. ¿Nos podéis enviar la versión en Word para que haga comentarios?""")
    m(B, "es", "ln2", "", "third-party dispute", "Factura a nombre de otra empresa",
"""Tenemos un juicio pendiente con un antiguo socio y el juzgado nos pide las facturas de 2024. ¿Podéis enviarnos un duplicado de todas?""")
