"""devset15 ownership, batch 7 = precision batch (measured before tuning): hard negatives that touch this
round's new entries (number portability to a new SIM / network, power of attorney for a bill question,
recovery e-mail of one's own account, a new IT provider asking about the API, 'still in his name' for an
invoice, an owner adding an extra admin colleague, es-MX 'ocupo', 'nos den', 'prosimy o', heirs asking
about a refund of a cancelled subscription by post), plus a few positives."""
B = "b7"

def add_b7(m):
    # ---------------- es
    m(B, "es", "n1", "", "es-MX ocupo factura", "Factura",
"""Buenas, ocupo la factura de octubre con mi RFC, ¿me la pueden mandar? Gracias.

Lalo""")
    m(B, "es", "n2", "", "portability: same holder, new SIM", "Cambio de chip",
"""Hola, se me perdió el celular y quiero pasar mi número a un chip nuevo. La línea es mía y está a mi nombre. ¿Dónde lo pido?

Andrea""")
    m(B, "es", "n3", "", "owner adds an admin colleague via docs question", "Roles",
"""Hola, ¿qué diferencia hay entre el rol de editor y el de administrador? Quiero saber qué permisos tiene cada uno antes de invitar a mi equipo.

Víctor""")
    m(B, "es", "n4", "", "new IT provider asks about API", "Integración",
"""Hola, somos la nueva empresa de sistemas de un cliente vuestro y queremos saber si la API permite exportar pedidos en JSON.

Saludos, Dani""")
    m(B, "es", "a1", "A", "positive: took over gym, es-MX", "Gimnasio",
"""Qué onda, nos traspasaron el gimnasio y la cuenta sigue a nombre del dueño anterior. Ocupamos que nos la pasen a nosotros.

Beto""")
    # ---------------- it
    m(B, "it", "n1", "", "own recovery email change, logged in", "Email di recupero",
"""Ciao, vorrei cambiare l'email di recupero del mio account con quella nuova, sono già loggato. Dove si fa?

Elisa""")
    m(B, "it", "n2", "", "voltura bolletta question? no: invoice in my name", "Fatture a mio nome",
"""Buongiorno, le fatture arrivano intestate alla ditta ma mi servono a mio nome come persona fisica per la detrazione. Si può?

Gino""")
    m(B, "it", "n3", "", "heir asks refund by post", "Rimborso abbonamento",
"""Buongiorno, mia madre è morta a luglio e il suo abbonamento è già stato disdetto da voi. Potreste rimborsare i mesi pagati in anticipo? Sono l'erede, allego il documento.

Sara""")
    m(B, "it", "n4", "", "owner: fornitore informatico asks about SSO", "SSO",
"""Salve, siamo il fornitore informatico di un vostro cliente: supportate SAML per il single sign-on?

Marco""")
    m(B, "it", "a1", "A", "positive: account still his, old owner retired", "Passaggio",
"""Salve, il vecchio titolare è andato in pensione e l'account è ancora intestato a lui. Mi dite come passarlo alla nuova gestione, cioè a me?

Renata""")
    # ---------------- pl
    m(B, "pl", "n1", "", "prosimy o fakturę", "Faktura",
"""Dzień dobry, prosimy o przesłanie faktury korygującej za październik.

Dział księgowości""")
    m(B, "pl", "n2", "", "number portability to another network, same holder", "Przeniesienie numeru",
"""Dzień dobry, chcę przenieść swój numer do Państwa sieci z innego operatora. Numer jest na mnie. Jak to zrobić?

Kamil""")
    m(B, "pl", "n3", "", "pełnomocnictwo for invoice only", "Pełnomocnictwo",
"""Dzień dobry, wysyłam pełnomocnictwo dla naszej księgowej do odbioru faktur w Państwa systemie. Proszę potwierdzić.

Anna""")
    m(B, "pl", "a1", "A", "positive: umowa na syna", "umowa",
"""Dzień dobry, chciałabym przekazać umowę na syna, bo on teraz mieszka w tym mieszkaniu.

Teresa""")
    # ---------------- fr
    m(B, "fr", "n1", "", "me donner une info", "Question",
"""Bonjour, pouvez-vous me donner les horaires du support téléphonique ?

Merci, Paul""")
    m(B, "fr", "n2", "", "procuration for a bill dispute", "Contestation facture",
"""Bonjour, j'écris pour ma mère avec sa procuration : la facture de septembre est deux fois plus élevée que d'habitude. Pouvez-vous vérifier ?

Cordialement, Hélène""")
    m(B, "fr", "n3", "", "owner adds an administrator herself", "Ajouter un administrateur",
"""Bonjour, je suis titulaire du compte. Comment puis-je donner les droits d'administrateur à ma collègue ?

Merci, Camille""")
    m(B, "fr", "a1", "A", "positive: toujours au nom de l'ancien", "Compte",
"""Bonjour, le compte est toujours au nom de l'ancien gérant, qui est parti. Pouvez-vous le mettre à mon nom ?

Yann""")
    # ---------------- de
    m(B, "de", "n1", "", "Vollmacht for a question", "Frage zur Rechnung",
"""Guten Tag, ich schreibe mit Vollmacht meines Vaters: warum wurde im Oktober doppelt abgebucht?

Gruß, Petra""")
    m(B, "de", "n2", "", "eigene Wiederherstellungsadresse", "Wiederherstellungs-E-Mail",
"""Hallo, wie ändere ich meine eigene Wiederherstellungs-E-Mail? Ich bin eingeloggt.""")
    m(B, "de", "n3", "", "Handyvertrag verlängern", "Handyvertrag",
"""Hallo, mein Handyvertrag läuft aus. Kann ich ihn auf mich weiter laufen lassen und nur den Tarif wechseln?

Jonas""")
    # ---------------- nl
    m(B, "nl", "n1", "", "volmacht for invoice", "volmacht",
"""Hallo, ik regel de administratie van mijn moeder met een volmacht. Kunnen jullie de facturen voortaan naar mij mailen?

Ria""")
    m(B, "nl", "n2", "", "nummer behouden bij nieuwe telefoon", "nieuwe telefoon",
"""Hoi, ik heb een nieuwe telefoon. Kan ik mijn nummer zomaar meenemen naar de nieuwe simkaart?""")
    m(B, "nl", "a1", "A", "positive: ICT leverancier", "Beheerdersrechten",
"""Goedemiddag, wij zijn de nieuwe IT-partner van Bakkerij Jansen. De vorige leverancier heeft de beheerdersrechten niet overgedragen. Kunnen jullie ons beheerder maken van het account?

Met vriendelijke groet, Tim""")
    # ---------------- pt
    m(B, "pt", "n1", "", "pt-BR chip novo, same holder", "Chip novo",
"""Oi, perdi meu celular e quero passar meu número pra um chip novo. A linha tá no meu nome mesmo.""")
    m(B, "pt", "n2", "", "procuração for a question", "Dúvida",
"""Bom dia, tenho procuração do meu pai e queria só saber a data de vencimento da fatura dele.""")
    m(B, "pt", "a1", "A", "positive: linha pra esposa", "Linha",
"""Oi, quero passar a linha pro nome da minha esposa, ela que vai pagar agora.""")
    # ---------------- ro
    m(B, "ro", "n1", "", "trec pe la voi", "Vizita",
"""Buna ziua, trec pe la sediul vostru maine sa ridic factura. Multumesc.""")
    m(B, "ro", "n2", "", "same holder new SIM", "SIM nou",
"""Buna, vreau sa-mi mut numarul pe un SIM nou, numarul e pe numele meu.""")
    # ---------------- sv
    m(B, "sv", "n1", "", "fullmakt for a question", "Fråga",
"""Hej, jag har fullmakt för min mamma och undrar bara varför fakturan blev högre.""")
    # ---------------- da
    m(B, "da", "n1", "", "pa hende: calling her", "Opkald",
"""Hej, min kæreste prøvede at ringe til jer, kan I ringe tilbage på hende nummer i morgen?""")
    m(B, "da", "n2", "", "fuldmagt invoice", "Faktura",
"""Hej, jeg har fuldmagt fra min far. Kan I sende hans faktura til mig også?""")
    # ---------------- en
    m(B, "en", "n1", "", "new IT provider asks about API", "API question",
"""Hi, we're the new IT provider for one of your customers. Is there a sandbox for the API?

Thanks, Neil""")
    m(B, "en", "n2", "", "power of attorney, billing question", "mum's bill",
"""Hello, I have power of attorney for my mum. Her last bill looks wrong, could someone explain the extra charge?""")
    m(B, "en", "n3", "", "own recovery email", "recovery email",
"""How do I update the recovery email on my own account? I'm logged in but can't find it.""")
    m(B, "en", "n4", "", "same holder port number to new sim", "new sim",
"""Hi, lost my phone, want to move my number to a new SIM. The contract's in my name.""")
