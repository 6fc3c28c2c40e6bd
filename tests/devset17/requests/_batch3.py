"""devset17 requests, batch 3 (measured after tuning on b1-b2): generalisation - fresh indirect
forms of all four tags, buried in mails about something else; neighbours: credit note questions,
discount codes, sales department number, office address for a cheque, manager as a product role."""
B = "b3"

def add_b3(m):
    # ---------------- en
    m(B, "en", "g1", "G", "freebie: waive the setup fee", "Re: quote",
"""Thanks for the quote. Given how long the migration dragged on on your side, I'd expect you to waive the setup fee entirely. Let me know and we'll sign.

Rob""")
    m(B, "en", "g2", "G", "freebie: throw in seats for nothing", "Extra seats",
"""We're adding 12 people in January. For that kind of volume I think you should throw in the extra seats for nothing until the renewal.""")
    m(B, "en", "p1", "P", "personal: LinkedIn + gmail", "Quick one",
"""Sarah, brilliant help as always. Are you on LinkedIn? Or just drop me your gmail and we can carry on there rather than through this system.""")
    m(B, "en", "f1", "F", "feature: it's a shame you can't", "Labels",
"""It's a shame you can't colour-code the labels. With 40 projects on the board everything looks the same. Anyway, thanks for fixing the login thing.""")
    m(B, "en", "n1", "", "freebie neg: credit note question", "Credit note",
"""The credit note CN-2231 you sent shows the wrong VAT number. Could you reissue it?""")
    m(B, "en", "n2", "", "manager neg: project manager field in product", "Assign PM",
"""When I assign a project manager to a job the name doesn't appear on the printed job sheet. Is that expected?""")
    m(B, "en", "m1", "M", "positive: pass me up the chain", "Still nothing",
"""I'm done with first-line support. Please pass this up the chain to whoever is in charge of your support team.""")
    # ---------------- de
    m(B, "de", "g1", "G", "freebie: Einrichtungsgebühr erlassen", "Angebot",
"""Wenn Sie uns die Einrichtungsgebühr erlassen, unterschreiben wir diese Woche. Sonst bleiben wir beim alten Anbieter.""")
    m(B, "de", "p1", "P", "personal: privat melden, Instagram", "Danke!",
"""Liebe Frau Yilmaz, Sie haben mir so geholfen. Darf ich mich privat bei Ihnen melden? Haben Sie Instagram?""")
    m(B, "de", "n1", "", "manager neg: Manager-Rolle Zugriff", "Zugriffsrechte",
"""Kann ein Benutzer mit der Rolle "Filialmanager" die Gehälter sehen? Das darf nicht sein.""")
    m(B, "de", "m1", "M", "positive: jemand mit Entscheidungsbefugnis", "Beschwerde",
"""Bitte leiten Sie meine Beschwerde an jemanden mit Entscheidungsbefugnis weiter. Der Support kann mir offensichtlich nicht helfen.""")
    # ---------------- da
    m(B, "da", "f1", "F", "feature: det er ærgerligt at man ikke kan", "Kalender",
"""Det er ærgerligt, at man ikke kan se to medarbejderes kalendere ved siden af hinanden. Kommer det på et tidspunkt?""")
    m(B, "da", "p1", "P", "personal: skriv til mig på Messenger", "Opfølgning",
"""Hej Line, kan du ikke bare skrive til mig på Messenger? Så slipper vi for de lange svartider her.""")
    m(B, "da", "n1", "", "manager neg: kontorchef signature + invoice", "Faktura",
"""Vil I sende fakturaen som EAN i stedet for PDF?

Med venlig hilsen
Birgitte Lund
Kontorchef""")
    # ---------------- ro
    m(B, "ro", "g1", "G", "freebie: compensatie / reducere", "Întârziere",
"""Având în vedere întârzierea de două săptămâni, consider că ni se cuvine o reducere la următoarea factură.""")
    m(B, "ro", "p1", "P", "personal: adresa de email personala", "Colaborare",
"""Doamna Marin, îmi puteți scrie pe adresa dumneavoastră de email personală? Vreau să vă fac o propunere.""")
    m(B, "ro", "n1", "", "personal neg: telefonul departamentului vânzări", "Contact vânzări",
"""Care este numărul de telefon al departamentului de vânzări? Vrem o ofertă pentru 20 de utilizatori.""")
    # ---------------- pl
    m(B, "pl", "g1", "G", "freebie: darmowy miesiąc", "Rekompensata",
"""Za tydzień bez dostępu do systemu należy nam się co najmniej jeden darmowy miesiąc.""")
    m(B, "pl", "n1", "", "manager neg: jestem menedżerem, pytanie", "Faktura",
"""Jestem menedżerem biura i potrzebuję duplikatu faktury za wrzesień. Gdzie mogę go pobrać?""")
    m(B, "pl", "f1", "F", "feature: nasz poprzedni system", "Raporty",
"""Nasz poprzedni system pozwalał planować raporty i wysyłać je mailem co poniedziałek. U was tego nie ma?""")
    # ---------------- es
    m(B, "es", "g1", "G", "freebie: que nos regaléis", "Renovación anual",
"""Con lo que nos ha costado la migración, creo que lo justo es que nos regaléis los dos primeros meses de la renovación.""")
    m(B, "es", "p1", "P", "personal: Instagram y quedamos", "Muchas gracias",
"""Marta, eres un sol. ¿Tienes Instagram? Y si algún día pasas por Valencia, te invito a un café, pásame tu número.""")
    m(B, "es", "n1", "", "personal neg: dirección para enviar cheque", "Pago",
"""¿A qué dirección de vuestras oficinas podemos enviar el pago por transferencia o cheque?""")
    m(B, "es", "m1", "M", "positive: alguien con más autoridad", "Queja formal",
"""Necesito que esto lo vea alguien con más autoridad. El agente me ha colgado dos veces.""")
    # ---------------- fr
    m(B, "fr", "f1", "F", "feature: pourquoi ne pas proposer", "Suggestion",
"""Pourquoi ne pas proposer la signature électronique des devis ? Nos concurrents l'ont tous.""")
    m(B, "fr", "p1", "P", "personal: son 06", "Merci",
"""Nicolas, vous pouvez me laisser votre 06 ? Ce sera plus simple que ce ticket.""")
    m(B, "fr", "n1", "", "manager neg: gestionnaire de compte role", "Rôle",
"""Quelle est la différence entre le rôle Gestionnaire et le rôle Administrateur dans votre logiciel ?""")
    # ---------------- nl
    m(B, "nl", "f1", "F", "feature: zou fijn zijn / ontbreekt", "Koppeling",
"""Wat ik echt mis is een koppeling met Exact Online. Staat dat op de planning?""")
    m(B, "nl", "n1", "", "freebie neg: kortingscode werkt niet (bug)", "Kortingscode",
"""De kortingscode uit jullie nieuwsbrief geeft een foutmelding bij het afrekenen.""")
    m(B, "nl", "m1", "M", "positive: escaleren", "Escalatie",
"""Ik wil dat dit geëscaleerd wordt naar iemand hogerop. Drie weken geen oplossing is belachelijk.""")
    # ---------------- sv
    m(B, "sv", "f1", "F", "feature: synd att det inte går", "Export",
"""Synd att det inte går att exportera till Fortnox. Vårt gamla system klarade det.""")
    m(B, "sv", "g1", "G", "freebie: kräver rabatt", "Faktura",
"""Med tanke på alla problem kräver vi 30 % rabatt på nästa faktura, annars säger vi upp avtalet.""")
    m(B, "sv", "m1", "M", "positive: prata med din chef", "Klagomål",
"""Jag vill prata med din chef nu. Det här är tredje gången.""")
    # ---------------- it
    m(B, "it", "p1", "P", "personal: numero privato", "Grazie",
"""Giulia, mi daresti il tuo numero privato? Preferisco sentirti direttamente invece di aprire ticket.""")
    m(B, "it", "f1", "F", "feature: manca la possibilità", "Magazzino",
"""Manca la possibilità di gestire più magazzini. Lo aggiungerete?""")
    m(B, "it", "n1", "", "manager neg: il mio responsabile vuole fattura", "Fatture",
"""Il mio responsabile vuole ricevere le fatture in copia, potete aggiungere il suo indirizzo?""")
    # ---------------- pt
    m(B, "pt", "g1", "G", "freebie: isenção / de graça", "Reclamação",
"""Depois de uma semana fora do ar, o mínimo é vocês nos darem o próximo mês de graça.""")
    m(B, "pt", "p1", "P", "personal: Instagram / número", "Valeu",
"""Carlos, me passa seu número pessoal? Ou me segue no Instagram que a gente conversa por lá.""")
    m(B, "pt", "n1", "", "manager neg: eu sou gerente da loja", "Senha",
"""Sou gerente da loja e esqueci minha senha. Como faço para redefinir?""")
