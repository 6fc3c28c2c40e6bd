"""devset16 abusive-legal, batch 3 (measured before any tuning on it): all 11 languages. Abusive and
legal positives in de ro pl fr nl sv it pt (plus en/da/es), indirect and conditional forms; hard
negatives in the same languages."""
B = "b3"

def add_b3(m):
    # ---------------- de
    m(B, "de", "a1", "A", "sarcasm: haben Sie Ihr Hirn an der Garderobe abgegeben", "Re: Bestellung 88120",
"""Haben Sie Ihr Hirn heute an der Garderobe abgegeben? Ich habe Ihnen die Bestellnummer dreimal geschickt, Sie Schwachmat.""")
    m(B, "de", "l1", "L", "indirect: mein Anwalt wird sich melden", "Kaution",
"""Sehr geehrte Damen und Herren,

nachdem meine Fristsetzung ergebnislos verstrichen ist, wird sich nun mein Anwalt bei Ihnen melden.

Mit freundlichen Grüßen
Jürgen Hahn""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "l2", "L", "Schlichtungsstelle entscheiden lassen", "Vertragsverlängerung",
"""Dann soll eben die Schlichtungsstelle entscheiden. Die Unterlagen gehen morgen raus.""")
    m(B, "de", "n1", "", "DSGVO Auskunft", "Auskunftsersuchen",
"""Gemäß Art. 15 DSGVO bitte ich um Auskunft über die zu meiner Person gespeicherten Daten. Kundennummer 55-1902.""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "sarcasm: on vous paie pour être aussi bête", "Dossier 4410",
"""On vous paie pour être aussi bête ou c'est du bénévolat ? Votre collègue Karim est un vrai boulet.""")
    m(B, "fr", "l1", "L", "je laisse le médiateur trancher", "Résiliation",
"""Puisque vous refusez, je laisse le médiateur des communications électroniques trancher. Le dossier part ce soir.""")
    m(B, "fr", "l2", "L", "mise en demeure", "Mise en demeure - facture 2291",
"""Madame, Monsieur,

Par la présente, je vous mets en demeure de rembourser la somme de 640 € sous huit jours, faute de quoi je saisirai le tribunal judiciaire.

Claire Dubois""")
    m(B, "fr", "n1", "", "cabinet d'avocats question", "Comptes supplémentaires",
"""Bonjour, notre cabinet d'avocats souhaite ajouter trois comptes utilisateurs. Pouvez-vous nous envoyer un devis ? Merci.""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "Flemish/NL: jullie zijn echt een stelletje sukkels", "klacht",
"""Jullie zijn echt een stelletje sukkels. Die Bram van de helpdesk is een ontzettende kluns.""")
    m(B, "nl", "l1", "L", "Geschillencommissie laten beslissen", "Garantie",
"""Ik leg het voor aan de Geschillencommissie, laat die maar beslissen. U ontvangt een kopie.""")
    m(B, "nl", "n1", "", "AVG inzageverzoek", "Inzageverzoek",
"""Op grond van artikel 15 AVG verzoek ik u om inzage in mijn persoonsgegevens. Klantnummer 88120.""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "din jävla idiot, named agent", "Kalle",
"""Kalle i kundtjänst är en jävla idiot. Han lovade återbetalning och nu säger han att det aldrig sagts.""")
    m(B, "sv", "l1", "L", "ARN får avgöra", "Reklamation",
"""Då får ARN avgöra saken. Jag skickar in anmälan i helgen.""")
    m(B, "sv", "n1", "", "swearing at product", "skitappen",
"""Den här skitappen kraschar hela tiden, fan. Kan ni kolla om min beställning gick igenom?""")
    # ---------------- it
    m(B, "it", "a1", "A", "sarcasm: vi assumono a peso", "Pratica 5512",
"""Ma vi assumono a peso o per concorso di idiozia? Il vostro operatore Marco è un deficiente totale.""")
    m(B, "it", "l1", "L", "il mio legale vi contatterà", "Rimborso",
"""Vi comunico che il mio legale vi contatterà nei prossimi giorni per la restituzione della cauzione.""")
    m(B, "it", "n1", "", "studio legale normal question", "Licenze",
"""Buongiorno, siamo uno studio legale di Torino e vorremmo passare al piano Business. È possibile la fattura elettronica?""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "pt-BR: seus incompetentes / atendente burra", "protocolo 20241122",
"""A atendente Juliana é burra que dói. Vocês são uns incompetentes de marca maior.""")
    m(B, "pt", "l1", "L", "pt-PT: vou deixar o Livro de Reclamações e advogado", "Fatura",
"""Vou preencher o Livro de Reclamações e entregar o assunto ao meu advogado. Não pago esta fatura.""")
    m(B, "pt", "n1", "", "pt: não vou processar ninguém", "Atraso",
"""Não vou processar ninguém, só quero saber quando chega a encomenda. Obrigado.""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "sarcasm: czy wy tam macie jakiś mózg", "Reklamacja",
"""Czy wy tam w ogóle macie jakiś mózg? Ten konsultant to skończony baran.""")
    m(B, "pl", "l1", "L", "sprawa trafi do sądu / rzecznik", "Zwrot",
"""Jeśli do piątku nie będzie zwrotu, sprawą zajmie się miejski rzecznik konsumentów, a potem sąd.""")
    m(B, "pl", "n1", "", "RODO request", "Dostęp do danych",
"""Na podstawie art. 15 RODO proszę o kopię moich danych osobowych. Numer klienta 4471.""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "sunteti niste bataie de joc / boul de operator", "Reclamatie",
"""Operatorul cu care am vorbit e un bou. Sunteti niste nesimtiti toti.""")
    m(B, "ro", "l1", "L", "ANPC + avocat conditional", "Garantie",
"""Daca nu primesc banii inapoi pana luni, fac sesizare la ANPC si merg mai departe cu un avocat.""")
    m(B, "ro", "n1", "", "GDPR cerere de acces", "Cerere acces date",
"""Conform art. 15 GDPR, va rog sa imi transmiteti o copie a datelor personale pe care le detineti.""")
    # ---------------- en / da / es extra
    m(B, "en", "a1", "A", "sarcasm: do they teach incompetence, named", "Re: refund request 7781",
"""Does your company run a special course in being useless, or is Jordan just naturally gifted? Honestly the man couldn't find his own backside with both hands.""")
    m(B, "en", "l1", "L", "we'll let the courts decide", "Re: unpaid SLA credits",
"""Fine. We'll let the courts decide whether your uptime guarantee means anything. Our legal department has the file.""")
    m(B, "en", "n1", "", "lawyer customer: my client's account billing", "Question re billing",
"""Dear team, I act for a small charity and help them with admin. Could you tell me when the annual renewal is due and whether charities get a discount? Many thanks, R. Singh, Solicitor""")
    m(B, "da", "a1", "A", "sarcasm: tillykke, du er den dummeste", "Re: Ordre 4412",
"""Tillykke, du er officielt den dummeste medarbejder jeg nogensinde har talt med. Din åndssvage nar.""")
    m(B, "da", "l1", "L", "Forbrugerombudsmanden + indirect", "Markedsføring",
"""Jeg har sendt jeres reklame videre til Forbrugerombudsmanden. Så må de vurdere om det er vildledende.""")
    m(B, "da", "n1", "", "jurist asks billing", "Faktura",
"""Hej, jeg er jurist og bruger jeres system i mit firma. Kan I sende fakturaen på EAN-nummer fremover?""")
    m(B, "es", "a1", "A", "eres más tonto que..., named", "Re: reclamación",
"""El tal Rubén es más tonto que hecho de encargo. Que no me vuelva a llamar ese subnormal.""")
    m(B, "es", "l1", "L", "vía judicial conditional", "Impago",
"""En caso de no recibir el abono en 7 días, iniciaremos la vía judicial sin más aviso.""")
    m(B, "es", "n1", "", "self-deprecation + third party", "Error mío",
"""Soy un desastre, puse mal el código postal. El repartidor, un inútil, tampoco llamó. ¿Podéis reenviar?""")
