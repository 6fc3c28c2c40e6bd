"""devset15 ownership, batch 6 = generalisation batch (measured before tuning): new wording of the themes of
b1-b5 (heir / widow, took over the business, departed admin, line to a relative, new director, new IT
provider, buried request, frustrated follow-up), different registers; a few negatives."""
B = "b6"

def add_b6(m):
    # ---------------- es
    m(B, "es", "a1", "A", "es-MX widow, terse, phone line", "linea",
"""buenas mi esposo ya fallecio y quiero quedarme con su numero, que me lo pasen a mi nombre por favor""")
    m(B, "es", "a2", "A", "new director, admin rights, formal Spain", "Solicitud de privilegios",
"""Estimados señores: he sido nombrado director general de Construcciones Ebro en sustitución del Sr. Lacasa. Les ruego que me otorguen los privilegios de administrador de la cuenta corporativa a la mayor brevedad.

Atentamente, Ignacio Lafuente""")
    m(B, "es", "a3", "A", "IT provider, es-AR, voseo", "Cuenta del estudio",
"""Hola, somos la nueva empresa de sistemas del estudio contable Pérez. El técnico anterior se borró y no dejó nada. ¿Nos podés dar de alta como administradores de la cuenta del estudio? Gracias!

Matías""")
    m(B, "es", "a4", "A", "heir wants shop account, chatty", "Tienda de mi tía",
"""Hola, ¿qué tal? Os cuento: mi tía Carmen, que en paz descanse, tenía la mercería con vosotros y me la ha dejado en herencia. Yo de ordenadores sé poco, pero mi hijo me ayuda. Lo que necesito es poder entrar en su cuenta y que a partir de ahora esté a mi nombre. Ya me decís qué papeles hacen falta.

Un abrazo, Pilar""")
    m(B, "es", "n1", "", "owner wants invoice in company name", "Facturas a nombre de la empresa",
"""Hola, quiero que las facturas salgan a nombre de mi empresa y no a mi nombre personal. Soy la titular. ¿Cómo lo cambio?

Lorena""")
    # ---------------- it
    m(B, "it", "a1", "A", "took over bar, terse", "Subentro bar",
"""Ho rilevato il bar da Gino a ottobre. L'account è ancora suo, mi serve che diventi mio. Documenti pronti.

Salvo""")
    m(B, "it", "a2", "A", "heir, formal, notaio", "Successione Bianchi - account",
"""Egregi Signori, in qualità di unico erede del defunto Sig. Carlo Bianchi vi chiedo di volermi consentire l'accesso all'account del de cuius e di subentrare nella titolarità dello stesso. Allego certificato di morte e atto notarile.

Distinti saluti
Ing. Paolo Bianchi""", fmt="qp")
    m(B, "it", "a3", "A", "IT provider, new, wants amministrazione", "Nuovo fornitore IT",
"""Buongiorno, da novembre siamo noi il fornitore informatico dello studio dentistico Riva. Il tecnico di prima non ci ha passato le credenziali. Vi chiediamo di abilitarci come amministratori sull'account dello studio.

Andrea, InfoService""")
    m(B, "it", "a4", "A", "frustrated, owner left, dialect-ish", "ANCORA??",
"""ragazzi sono due settimane che vi scrivo, il mio ex socio se n'è andato e l'account è rimasto suo. la ditta è mia adesso, fatemi entrare io e basta

Tonino""")
    m(B, "it", "n1", "", "product owner asks feature", "Richiesta",
"""Buongiorno, sono product owner di un'app di logistica: pensate di aggiungere l'export in CSV?

Marta""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "widow, konto męża", "Konto po mężu",
"""Dzień dobry, mąż zmarł w zeszłym miesiącu. Chciałabym, żeby jego konto zostało przepisane na mnie, bo tam są wszystkie nasze zdjęcia i dokumenty. Akt zgonu mogę wysłać.

Z wyrazami szacunku, Irena Dąbrowska""", fmt="b64", charset="iso-8859-2")
    m(B, "pl", "a2", "A", "new prezes, demands admin", "Dostęp administracyjny",
"""Jako nowo powołany prezes zarządu żądam nadania mi praw administratora do konta spółki. Poprzedni zarząd został odwołany.

Krzysztof Malinowski""")
    m(B, "pl", "a3", "A", "firma IT, przejęła obsługę", "Obsługa informatyczna",
"""Dzień dobry, nasza firma przejęła obsługę informatyczną hotelu Pod Lipami. Poprzedni serwisant nie przekazał haseł. Prosimy o nadanie nam dostępu administratora do konta hotelu.

IT-Serwis Nowak""")
    m(B, "pl", "n1", "", "owner own password, logged", "haslo",
"""jestem zalogowany, chce zmienic haslo na nowe, gdzie to jest?""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "veuve, abonnement du mari", "Abonnement de mon mari",
"""Bonjour, mon mari est décédé et l'abonnement était à son nom. Je souhaiterais le reprendre à mon nom sans interruption.

Cordialement, Monique Bertrand""")
    m(B, "fr", "a2", "A", "Québec, new IT provider", "Accès admin pour nous",
"""Bonjour, on est la nouvelle firme informatique du Garage Bouchard. L'ancien technicien a tout gardé. Vous pouvez nous donner les accès administrateur au compte du garage? Le proprio est d'accord.

Merci, Patrick - InfoTech Lévis""")
    m(B, "fr", "a3", "A", "reprise d'une pharmacie, formal", "Reprise de l'officine",
"""Madame, Monsieur, j'ai racheté l'officine de Mme Garnier le 1er octobre. Je vous serais reconnaissant de bien vouloir transférer la titularité du compte à ma société, SELARL Pharmacie du Centre.

Dr Vincent Perrin""")
    m(B, "fr", "n1", "", "owner: change own password while logged", "Mot de passe",
"""Bonjour, je suis connecté, comment je change mon mot de passe ?""")
    # ---------------- de
    m(B, "de", "a1", "A", "Erbe, Sohn", "Zugang zum Konto meines Vaters",
"""Hallo, mein Vater ist verstorben und ich bin sein Erbe. Ich möchte sein Konto übernehmen, bitte teilen Sie mir mit, welche Unterlagen Sie brauchen.

Gruß, Tobias""")
    m(B, "de", "a2", "A", "neue Geschäftsführerin, Austrian", "Administratorrechte",
"""Sehr geehrte Damen und Herren, ich bin seit 1.11. Geschäftsführerin der Tischlerei Gruber GmbH. Bitte räumen Sie mir die Administratorrechte für unser Kundenkonto ein, mein Vorgänger ist nicht mehr im Unternehmen.

Mit freundlichen Grüßen
Mag. Andrea Gruber""")
    m(B, "de", "n1", "", "Erbschaft question, not account", "Erbschaft",
"""Guten Tag, ich habe eine Frage zu Ihrer Rechnung: die Adresse stimmt nicht mehr. Können Sie die Rechnung neu ausstellen?

Gruß, Heike""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "Flemish, overname dokterspraktijk", "Overname praktijk",
"""Dag, ik heb de praktijk van dokter Peeters overgenomen. Het account staat nog altijd op zijn naam. Mag het overgezet worden naar mij?

Dr. Sarah Maes""")
    m(B, "nl", "a2", "A", "abonnement naar dochter", "Abonnement overzetten",
"""Hallo, ik wil mijn abonnement overzetten naar mijn dochter, zij gaat het voortaan betalen.

Groeten, Marleen""")
    m(B, "nl", "n1", "", "owner change own password", "wachtwoord",
"""Hoi, ik ben ingelogd en wil mijn wachtwoord wijzigen. Waar vind ik dat?""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "pt-BR heir, espólio", "Conta do meu avô",
"""Oi, meu avô faleceu e eu sou o inventariante. Preciso ter acesso à conta dele e transferir pro meu nome. Como faço?

Lucas""")
    m(B, "pt", "a2", "A", "new diretor wants admin", "Direitos de administrador",
"""Bom dia, assumi a diretoria da escola e preciso dos direitos de administrador na conta. A diretora antiga se aposentou.

Att., Prof. Cláudia""")
    m(B, "pt", "n1", "", "LGPD own data", "LGPD",
"""Olá, quero saber quais dados pessoais meus vocês armazenam.""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "văduvă, abonament", "Abonamentul soțului",
"""Bună ziua, soțul meu a decedat. Aș vrea ca abonamentul lui să fie trecut pe numele meu.

Maria Stan""")
    m(B, "ro", "a2", "A", "new IT firm", "Acces administrator",
"""Bună ziua, suntem noua firmă IT a clinicii Medicover Sud. Furnizorul anterior nu ne-a predat parolele. Vă rugăm să ne acordați drepturi de administrator pe contul clinicii.

Echipa IT""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "tog över firman", "Ny ägare",
"""Hej, jag har tagit över frisörsalongen efter Ulla. Kontot står fortfarande på henne. Kan ni föra över det till mig?

Mvh Sara""")
    m(B, "sv", "n1", "", "owner asks about invoice", "Faktura",
"""Hej, jag äger salongen och vill ha fakturan på mejl i stället för papper.""")
    # ---------------- da
    m(B, "da", "a1", "A", "ny direktør", "Administratoradgang",
"""Hej, jeg er ny direktør, og den tidligere direktør havde administratoradgangen. Vil I give mig administratorrettigheder til vores konto?

Mvh Henrik""")
    # ---------------- en
    m(B, "en", "a1", "A", "Aussie, bought the cafe", "cafe changeover",
"""G'day, we've bought the cafe off Bruce and he's gone up north. Account's still in his name. Can you switch it over to us? Cheers.

Kylie""")
    m(B, "en", "a2", "A", "long mail, new IT provider buried", "onboarding",
"""Hi there, we're the new IT partner for Oakfield Dental. A couple of things: could you send the latest invoices to accounts@oakfielddental.example, and is there an API for the appointment export? Also the previous provider set up the account under their own admin login and has gone quiet, so we'll need admin rights on the practice's account to carry on. Thanks in advance.

Mark, BrightIT""")
    m(B, "en", "n1", "", "owner adds normal user, chatty", "adding Jess",
"""Morning! I'm the account owner. Jess joins us Monday as a receptionist, how do I give her a normal login without admin stuff? Ta.""")
