"""devset17 outage-legal, batch 4 (measured after tuning on b1-b3): generalisation 2: pasted error
text, "is it just us?", outage next to another request, html / qp / legacy charsets, dialect and
non-native writing; legal threats with regulators by name (Ofcom, ICO, CFPB, Consumo, OCU, Procon-like
LatAm bodies), and negatives (solicitor as customer, GDPR erasure, "no legal action needed")."""
B = "b4"

def add_b4(m):
    # ---------------- it
    m(B, "it", "o1", "O", "pasted error text, all the office", "Errore",
"""Da tutti i pc dell'ufficio esce "Servizio temporaneamente non raggiungibile, riprovare più tardi". Da voi è tutto ok?""", fmt="qp", charset="iso-8859-15")
    m(B, "it", "o2", "O", "hotel reception: PMS dead", "PMS",
"""Il gestionale dell'hotel è morto, la reception non riesce a fare i check-out e gli ospiti aspettano in fila. Richiamateci subito al numero in firma.

Hotel Belvedere - Riva del Garda""")
    m(B, "it", "o3", "O", "just us?", "solo noi?",
"""capita solo a noi o il portale non si apre proprio? né da chrome né da firefox, né in sede né da casa""")
    m(B, "it", "n1", "", "feature: offline mode wish", "Modalità offline",
"""Quando internet in negozio salta non possiamo più battere gli scontrini. Sarebbe possibile avere una modalità offline nella app cassa?""")
    m(B, "it", "n2", "", "newsletter/status digest", "Report mensile di disponibilità",
"""Report mensile: nel mese di ottobre tutti i servizi hanno funzionato regolarmente, nessuna interruzione registrata. Per annullare l'iscrizione clicca qui.""")
    # ---------------- es
    m(B, "es", "o1", "O", "LatAm: system super slow and dropping for all", "Lentitud extrema",
"""El sistema está lentísimo y se desconecta a cada rato, les pasa a todas las cajeras. No podemos trabajar así.""", fmt="html")
    m(B, "es", "o2", "O", "terse Spain: no va nada", "???",
"""¿No va nada o es cosa nuestra? Ni la app ni la web.""")
    m(B, "es", "n1", "", "own office server died", "Copias de seguridad",
"""Se nos ha estropeado el servidor de la oficina y hemos perdido los PDFs locales. ¿Podéis volver a generar las facturas del trimestre?""")
    m(B, "es", "n2", "", "one user can't login after password change", "Acceso",
"""Cambié la contraseña ayer y desde entonces no puedo entrar. Mis compañeros entran sin problema.""")
    # ---------------- sv
    m(B, "sv", "o1", "O", "school: nobody reaches the learning platform", "Lärplattformen",
"""Hej, varken lärare eller elever kommer åt lärplattformen i dag, det står bara "Något gick fel". Gäller hela skolan.""", fmt="b64")
    m(B, "sv", "o2", "O", "non-native Swedish", "hjälp",
"""hej alla i butik kan inte logga in kassan sedan morgon, det står fel hela tiden""")
    m(B, "sv", "n1", "", "planned maintenance reply", "Sv: Planerat underhåll",
"""Tack för informationen om underhållet i natt. Vi har ingen verksamhet då så det går bra.""")
    # ---------------- fr
    m(B, "fr", "o1", "O", "Belgian: nothing works, since update", "Plus rien",
"""Bonjour,
Depuis votre mise à jour d'hier soir, plus rien ne fonctionne chez nous : ni l'agenda, ni la facturation, ni les rappels SMS. Tous les postes sont concernés.
Cordialement""")
    m(B, "fr", "o2", "O", "terse: site HS?", "site HS ?",
"""Votre site est HS ? On n'arrive pas à passer de commande depuis 1h, ni moi ni mes collègues.""")
    m(B, "fr", "n1", "", "feature: status page wish", "Page de statut",
"""Ce serait bien d'avoir une page de statut pour savoir quand la plateforme est en panne.""")
    m(B, "fr", "n2", "", "back, thanks", "RE: Panne",
"""C'est revenu, tout le monde peut se reconnecter. Merci beaucoup !""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "pt-BR: NF-e emission stopped for all stores", "Emissão de NF-e",
"""A emissão de nota fiscal parou em todas as lojas desde meio-dia, dá erro de comunicação com o servidor de vocês.""")
    m(B, "pt", "o2", "O", "pt-PT: site keeps going down", "Site",
"""O site vai abaixo de 10 em 10 minutos, os nossos clientes queixam-se que não conseguem terminar as encomendas.""")
    m(B, "pt", "n1", "", "planned maintenance question", "Manutenção",
"""A plataforma vai ficar indisponível durante a manutenção de domingo? Precisamos de avisar a equipa.""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "accounting office: nobody can send JPK", "Wysyłka JPK",
"""Od rana nikt u nas w biurze rachunkowym nie jest w stanie wysłać JPK, program wyrzuca błąd połączenia. Dziś jest termin!""")
    m(B, "pl", "o2", "O", "terse: is it down", "Awaria?",
"""Czy jest jakaś awaria? Nie możemy się dostać do panelu, cały zespół.""")
    m(B, "pl", "n1", "", "one user: printer", "Drukarka",
"""Drukarka fiskalna przy mojej kasie nie drukuje paragonów, pozostałe kasy działają.""")
    # ---------------- nl
    m(B, "nl", "o1", "O", "NL: endless loading for everyone", "Laden",
"""Bij iedereen hier blijft het scherm op 'laden...' staan, al sinds half negen. Wij kunnen niet verder.""")
    m(B, "nl", "o2", "O", "Flemish: the app is dead", "App dood",
"""Dag, de app is volledig dood bij al onze verpleegkundigen, ze kunnen hun ronde niet registreren.""")
    m(B, "nl", "n1", "", "someone else's outage: payment provider", "Betalingen",
"""Onze betaalprovider had vanochtend een storing, daardoor staan er een paar bestellingen dubbel in jullie systeem. Kunnen jullie die verwijderen?""")
    # ---------------- en legal
    m(B, "en", "l1", "L", "UK: Ofcom + deadlock letter", "Broadband contract",
"""If you won't release me from the contract I'll ask for a deadlock letter and go straight to the Communications Ombudsman, then Ofcom.""")
    m(B, "en", "l2", "L", "US: CFPB complaint filed", "Unauthorized charges",
"""FYI I have submitted a complaint to the CFPB about the unauthorized withdrawals. Case number attached.""")
    m(B, "en", "l3", "L", "UK: ICO complaint", "Data breach",
"""You emailed my invoice to a stranger. I'm reporting this breach to the ICO today.""")
    m(B, "en", "l4", "L", "IE: legal proceedings", "Overcharged",
"""Unless I receive a full refund within 7 days I will instruct my solicitor to commence proceedings.""")
    m(B, "en", "l5", "L", "US: demand letter", "Demand for payment",
"""Please treat this email as a formal demand letter. If payment of $1,250 is not received within 10 business days, I will file suit without further notice.""", fmt="alt")
    m(B, "en", "n1", "", "GDPR erasure request", "Delete my data",
"""Please delete my account and all personal data under Article 17 GDPR, and confirm in writing.""")
    m(B, "en", "n2", "", "solicitor as customer", "Trust accounting",
"""I'm a solicitor in Leeds. Does your software handle client account reconciliation for SRA rules?""")
    m(B, "en", "n3", "", "no need for legal steps", "Resolved",
"""Thanks for sorting the refund so quickly, glad we didn't have to involve anyone else.""")
    # ---------------- es legal
    m(B, "es", "l1", "L", "Spain: Consumo + OCU", "Permanencia abusiva",
"""La cláusula de permanencia es abusiva. Ya he hablado con la OCU y el lunes presento reclamación en Consumo.""")
    m(B, "es", "l2", "L", "Argentina: carta documento", "Carta documento",
"""Si no me devuelven lo cobrado les mando una carta documento y sigo por la vía judicial.""")
    m(B, "es", "l3", "L", "Spain: reclamación judicial formal", "Requerimiento",
"""Por la presente les requiero el abono de 240 € en un plazo de 15 días. En caso contrario, iniciaré las acciones judiciales oportunas sin más aviso.""")
    m(B, "es", "ln1", "", "customer's lawyer needs invoice for another case", "Factura",
"""Mi abogada me pide copia de la factura de marzo para un tema de la herencia de mi padre. ¿Me la podéis reenviar?""")
    m(B, "es", "ln2", "", "law firm newsletter / disclaimer", "Consulta plantillas",
"""Hola, ¿se pueden personalizar las plantillas de presupuesto?

AVISO LEGAL: Este mensaje es confidencial. Si lo ha recibido por error, notifíquelo al remitente. Su uso no autorizado puede dar lugar a responsabilidades legales.""")
