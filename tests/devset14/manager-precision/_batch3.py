"""devset14 manager-precision, batch 3 (measured before tuning): senior words in other senses (escalating
costs, higher-up on the page, senior discount, tier 2 pricing, user management, head of marketing, transfer
me to billing), property / IT / restaurant managers in narratives, neutral chef/leder/encargado/kierownik;
positives in long mails where the request is one sentence."""
B = "b3"

def add_b3(m):
    # ---------------- en
    m(B, "en", "n1", "", "escalating costs, senior discount, tier 2 pricing", "Pricing question",
"""Hi, our costs have been escalating all year so I'm reviewing every tool. Is there a senior or nonprofit discount, and what's the difference between tier 2 and tier 3 pricing? Thanks, Ruth""")
    m(B, "en", "n2", "", "property manager narrative", "Access codes for the building",
"""Hello, our property manager changed the door codes and now the smart lock integration shows 'invalid code' for all tenants. How do we re-sync the codes in your app?

Kevin, Unit 4B residents committee""")
    m(B, "en", "n3", "", "the manager of the shop told me (narrative, not your company)", "Warranty on the scanner",
"""I bought the scanner at a local reseller and the manager there told me the warranty is handled by you directly. Is that right? Serial no. SC-22871.""", fmt="qp")
    m(B, "en", "n4", "", "user management + head of marketing", "User management",
"""Hi, I'm head of marketing at Brightline. In user management I can't find where to remove a former colleague. Can you point me to it? Thanks""")
    m(B, "en", "n5", "", "situation escalated, IT manager in signature line in body", "Re: shared calendar",
"""Thanks for the quick fix, the situation had escalated a bit internally because the whole board missed a meeting. All good now.

Lee Chang, IT Manager""")
    m(B, "en", "m1", "M", "long mail, one request sentence", "Damaged delivery + wrong invoice",
"""Hello,

Order 88123 arrived on Friday. Two of the six chairs had cracked legs and the box was visibly crushed, photos attached. We also got an invoice for eight chairs instead of six.

I called on Monday and was told someone would call back within 24 hours, which didn't happen. I called again yesterday and got the same promise.

At this point I would like a manager to take ownership of this. I'm not interested in a third promise of a callback.

The chairs are for a clinic waiting room that opens on the 1st, so timing matters.

Thank you,
Harriet Cole""")
    m(B, "en", "m2", "M", "non-native, wants responsible person", "problem not solve",
"""hello, please i need talk with responsible person or boss of support, my problem is not solve since 2 week. thank you""")
    # ---------------- de
    m(B, "de", "n1", "", "Chef = owner of restaurant, Küchenchef", "Reservierungssystem",
"""Hallo, unser Küchenchef möchte die Allergene direkt in der Speisekarte pflegen. Geht das in Ihrem Reservierungssystem oder nur in der Kasse?

Viele Grüße, Restaurant Linde""")
    m(B, "de", "n2", "", "Leiter der IT, Projektleiterin, asking API", "Schnittstelle",
"""Guten Tag, ich schreibe im Auftrag unseres Leiters der IT. Unsere Projektleiterin braucht Zugang zur Sandbox für die Schnittstelle. Wie beantragen wir den?

Gruß, M. Yilmaz""", fmt="b64")
    m(B, "de", "n3", "", "eskalierende Kosten / Situation", "Preise",
"""Die Energiekosten eskalieren gerade, deshalb prüfen wir alle Abos. Gibt es einen günstigeren Tarif für Vereine?""")
    m(B, "de", "m1", "M", "Swiss German, Vorgesetzte", "Reklamation",
"""Grüezi, ich erwarte, dass sich jetzt jemand Vorgesetztes um meinen Fall kümmert. Ich warte seit drei Wochen auf eine Gutschrift.""")
    # ---------------- fr
    m(B, "fr", "n1", "", "chef cuisinier, responsable de salle", "Module réservation",
"""Bonjour, notre chef et notre responsable de salle voudraient recevoir chacun les réservations par SMS. Est-ce possible ?""")
    m(B, "fr", "n2", "", "la direction = direction of the sliding menu? no: direction de l'école (neutral)", "Facture établissement",
"""Bonjour, la direction de l'école souhaite que les factures soient libellées au nom du lycée et non de l'association. Pouvez-vous corriger ?""")
    m(B, "fr", "m1", "M", "Belgian, mettre en contact avec responsable", "Plainte",
"""Bonjour, je vous prie de me mettre en contact avec un responsable du service, car vos agents ne lisent visiblement pas mes messages.""")
    # ---------------- es
    m(B, "es", "n1", "", "encargado del local narrative", "Lector de códigos",
"""Hola, el encargado del local dice que el lector de códigos no lee las etiquetas nuevas. ¿Hay que configurar algo?

Gracias, Nerea""")
    m(B, "es", "n2", "", "escalar = climb, gerente general narrative", "Consulta",
"""Buenas, el gerente general quiere saber si la app funciona sin conexión, porque vamos a escalar el Aconcagua con el equipo en enero. Jaja, en serio.""")
    m(B, "es", "m1", "M", "es-AR, que me llame un superior", "ya basta",
"""Quiero que me llame un superior. Hace diez días que me vienen bicicleteando con el reintegro.""")
    m(B, "es", "m2", "M", "long formal, one sentence", "Reclamación formal",
"""Buenos días:

Desde el 3 de noviembre no recibimos las facturas en el correo configurado. Hemos revisado spam y la configuración en el panel.

Su compañero nos indicó que era un problema conocido. Han pasado tres semanas.

Solicito que el caso sea tratado por un responsable con capacidad de decisión.

Un saludo,
Laura Ibáñez""", fmt="alt")
    # ---------------- it
    m(B, "it", "n1", "", "capo = garment? no: capo cantiere neutral", "Accesso cantiere",
"""Ciao, il capo cantiere non riesce ad accedere all'app dal tablet, dice password errata. Come resettiamo?""")
    m(B, "it", "n2", "", "responsabile privacy question", "Privacy",
"""Buongiorno, chi è il responsabile della protezione dei dati da voi? Ci serve per il registro dei trattamenti.""")
    m(B, "it", "m1", "M", "voglio un supervisore", "ancora",
"""voglio che se ne occupi un supervisore, il vostro operatore mi ha risposto in modo sgarbato""")
    # ---------------- nl
    m(B, "nl", "n1", "", "manager van de supermarkt narrative", "Kassasysteem",
"""Hallo, de bedrijfsleider van onze supermarkt vraagt of het kassasysteem ook pinnen via Tikkie ondersteunt.""")
    m(B, "nl", "n2", "", "hogerop = up on the page? 'hoger op de pagina'", "Knop kwijt",
"""De knop voor exporteren stond vroeger hoger op de pagina, nu kan ik hem niet meer vinden. Waar is hij?""")
    m(B, "nl", "m1", "M", "direct rude", "idioot",
"""Ik wil nu iemand van het management aan de lijn, dit is belachelijk.""")
    # ---------------- pl
    m(B, "pl", "n1", "", "kierownik budowy neutral", "Aplikacja",
"""Dzień dobry, kierownik budowy nie może dodać zdjęć w aplikacji, wyświetla się błąd. Co robić?""")
    m(B, "pl", "n2", "", "szef kuchni neutral", "Menu",
"""Witam, szef kuchni chciałby zmienić ceny w menu online. Czy może to zrobić sam, czy musi Pan?""")
    m(B, "pl", "m1", "M", "chcę rozmawiać z kimś decyzyjnym", "reklamacja 221",
"""Chcę rozmawiać z osobą decyzyjną, a nie z kolejnym konsultantem.""")
    # ---------------- pt
    m(B, "pt", "n1", "", "responsável técnico neutral", "Certificado",
"""Olá, o responsável técnico da nossa empresa precisa do certificado SSL renovado. Quem trata disso?""")
    m(B, "pt", "n2", "", "gerente do banco narrative", "Débito automático",
"""Bom dia, o gerente do banco disse que o débito automático foi recusado por vocês. Podem verificar?""")
    m(B, "pt", "m1", "M", "pt-PT, falar com um superior", "Reclamação",
"""Exijo falar com um superior. Isto já se arrasta há um mês.""")
    # ---------------- sv
    m(B, "sv", "n1", "", "chef = boss neutral, IT-chef", "Licenser",
"""Hej, vår IT-chef vill veta om licenserna kan flyttas mellan datorer. Tack!""")
    m(B, "sv", "n2", "", "högre upp på sidan", "Knappen",
"""Knappen för att spara låg högre upp förut, nu hittar jag den inte.""")
    m(B, "sv", "m1", "M", "Finland-Swedish, någon ansvarig", "Klagomål",
"""Jag vill att någon ansvarig ringer upp mig i dag. Det här har pågått alldeles för länge.""")
    # ---------------- da
    m(B, "da", "n1", "", "leder = leads (verb), lederen af klubben", "Medlemssystem",
"""Hej, lederen af vores fodboldklub vil gerne kunne sende sms til alle forældre. Kan jeres system det?""")
    m(B, "da", "n2", "", "eskalerede priser", "Priser",
"""Priserne er eskaleret voldsomt i år. Har I en rabat for foreninger?""")
    m(B, "da", "m1", "M", "vil have en overordnet", "Klage",
"""Jeg forlanger at en overordnet kigger på min sag.""")
    # ---------------- ro
    m(B, "ro", "n1", "", "sef de echipa neutral", "Pontaj",
"""Buna, seful de echipa nu vede pontajele colegilor in aplicatie. Ce setare trebuie?""")
    m(B, "ro", "n2", "", "conducere = driving", "Permis",
"""Buna ziua, aplicatia de conducere nu incarca testele pentru permis. Multumesc.""")
    m(B, "ro", "m1", "M", "vreau conducerea", "Inacceptabil",
"""Cer ca reclamatia mea sa fie analizata de cineva din conducere. Multumesc.""", fmt="qp", charset="iso-8859-16")
