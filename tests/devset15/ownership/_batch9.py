"""devset15 ownership, batch 9 = second generalisation batch (measured before tuning): new wording of b5-b8
(fired or vanished admin, partner / ex locked me out, freelancer registered it, holding / new company as
holder, contract to partner or child, power of attorney, heirs), other registers; some negatives."""
B = "b9"

def add_b9(m):
    # ---------------- es
    m(B, "es", "a1", "A", "es-MX ex-partner changed password", "Me dejaron fuera",
"""Oigan, mi ex socio me cambió la contraseña y ya no puedo entrar a la cuenta del negocio. El negocio es mío según el convenio. Quiero que me regresen el acceso y que a él le quiten todo.

Pepe Garza""")
    m(B, "es", "a2", "A", "Spain, fibre to son", "Titular del contrato",
"""Buenas tardes, quiero ceder el contrato de la fibra a mi hijo, que se queda en el piso. ¿Qué documentación hace falta para el cambio de titular?

Concha""")
    m(B, "es", "a3", "A", "agency vanished, es-CO", "Agencia desaparecida",
"""Buen día, la agencia que nos manejaba todo cerró y desapareció, y la cuenta quedó con los datos de ellos. Somos los dueños del restaurante y necesitamos tomar el control de nuestra cuenta lo antes posible.

Julián, Restaurante El Fogón""")
    m(B, "es", "n1", "", "change plan owner asks", "Cambio de plan",
"""Hola, soy la dueña de la cuenta y quiero cambiar al plan anual. ¿Me hacen descuento?

Rocío""")
    m(B, "es", "n2", "", "hacked? no: forgot password own", "Contraseña",
"""Hola, cambié la contraseña ayer y ya se me olvidó, jaja. ¿Me mandan el enlace para restablecerla a mi correo?

Lupe""")
    # ---------------- it
    m(B, "it", "a1", "A", "IT guy fired, urgent", "Licenziato il sistemista",
"""Abbiamo licenziato il sistemista e lui era l'unico con le credenziali da amministratore. Ci serve riprendere in mano l'account subito, prima che faccia danni.

Paolo, titolare""")
    m(B, "it", "a2", "A", "contract to daughter", "Contratto a mia figlia",
"""Buongiorno, vorrei cedere il contratto a mia figlia, che da gennaio paga lei. Come si fa il cambio di intestatario?

Graziella""")
    m(B, "it", "a3", "A", "web agency closed, chatty", "agenzia fallita",
"""Ciao! Allora, vi spiego: l'agenzia che ci seguiva è fallita ad agosto e adesso non risponde più nessuno. Tutti gli accessi erano loro. Noi siamo i proprietari del marchio e vorremmo finalmente avere l'account a nome nostro. Grazie, davvero.

Giulia, Gelateria Dolce Vita""")
    m(B, "it", "n1", "", "owner changes own email", "Cambio email",
"""Ciao, sono loggata e vorrei cambiare la mia email di accesso con una nuova. Dove si fa?""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "ex-wife changed password", "Była żona zmieniła hasło",
"""Dzień dobry, była żona zmieniła hasło do konta naszego sklepu, który po rozwodzie przypadł mnie. Proszę przywrócić mi dostęp i odebrać jej uprawnienia.

Marcin""")
    m(B, "pl", "a2", "A", "agency, take over account", "Agencja nie oddaje konta",
"""Agencja marketingowa, z którą zerwaliśmy umowę, trzyma nasze konto i nie chce go oddać. To nasza firma. Chcemy przejąć konto.

Beata Lewandowska""")
    m(B, "pl", "a3", "A", "line to daughter, formal", "Cesja umowy",
"""Dzień dobry, chciałbym dokonać cesji umowy na córkę. Jakie dokumenty są potrzebne?

Z poważaniem, Zbigniew""")
    m(B, "pl", "n1", "", "owner own email", "Zmiana maila",
"""Jestem zalogowany, jak zmienić mój adres e-mail do logowania?""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "ex-associé bloque", "Mon associé m'a bloqué",
"""Bonjour, mon ancien associé a changé tous les accès et je ne peux plus me connecter au compte de la société, alors que je suis toujours gérant. Merci de me rétablir l'accès et de lui retirer le sien.

Franck""")
    m(B, "fr", "a2", "A", "cession de contrat au fils", "Cession de contrat",
"""Bonjour, je voudrais céder mon contrat à mon fils qui reprend la maison. Comment faire la cession ?

Merci, Jeanine""")
    m(B, "fr", "a3", "A", "Québec, agency fermée", "Agence fermée",
"""Allo, l'agence qui gérait notre compte a fermé boutique. On est les propriétaires de l'entreprise pis on veut avoir le contrôle de notre compte. C'est quoi la procédure?

Sébastien""")
    m(B, "fr", "n1", "", "own email change logged", "Changer mon email",
"""Bonjour, comment changer mon adresse e-mail de connexion ? Je suis connectée.""")
    # ---------------- de
    m(B, "de", "a1", "A", "Ex-Partnerin gesperrt", "Ausgesperrt",
"""Meine Ex-Partnerin hat das Passwort geändert, das Geschäft gehört laut Vereinbarung aber mir. Bitte geben Sie mir den Zugang zurück und sperren Sie ihren.

Jan""")
    m(B, "de", "a2", "A", "Vertrag an Sohn abtreten", "Vertragsübernahme",
"""Guten Tag, mein Sohn soll meinen Vertrag übernehmen. Wie läuft eine Vertragsübernahme bei Ihnen?

Gruß, Helga""")
    m(B, "de", "n1", "", "own email change", "E-Mail ändern",
"""Hallo, ich bin eingeloggt und möchte meine Login-E-Mail ändern. Wo geht das?""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "ex buitengesloten", "Buitengesloten",
"""Mijn ex heeft het wachtwoord van ons bedrijfsaccount veranderd. Het bedrijf is na de scheiding van mij. Ik wil mijn toegang terug en hij moet eruit.

Linda""")
    m(B, "nl", "a2", "A", "contractovername", "Contract overnemen",
"""Hallo, mijn zoon wil mijn contract overnemen. Kan dat gewoon?

Groet, Jan""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "pt-BR agência sumiu", "Agência sumiu",
"""Gente, a agência que cuidava de tudo sumiu e a conta tá com o e-mail deles. A empresa é nossa, queremos assumir a conta. Como faz?

Carla""")
    m(B, "pt", "a2", "A", "Portugal, cedência de contrato", "Cedência de posição contratual",
"""Boa tarde, pretendo fazer a cedência da posição contratual para a minha filha. Que documentos são necessários?

Rosa""")
    m(B, "pt", "n1", "", "own email", "Trocar e-mail",
"""Oi, to logado e quero trocar meu e-mail de login, onde faço?""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "cesiune contract", "Cesiune contract",
"""Bună ziua, vreau să cedez contractul fiicei mele. Ce pași sunt?

Doina""")
    m(B, "ro", "a2", "A", "fired admin", "Administrator concediat",
"""Am concediat administratorul IT și doar el avea acces la cont. Avem nevoie urgent să preluăm controlul contului.

Director, SC Alfa SRL""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "byrån försvann", "Byrån",
"""Hej, byrån som skötte allt har gått i konkurs och kontot ligger på deras mejl. Vi äger företaget och vill ta över kontot.

Mvh Oskar""")
    # ---------------- da
    m(B, "da", "a1", "A", "ex låst ude", "Låst ude",
"""Min eks har ændret adgangskoden til vores firmakonto. Firmaet er mit efter bodelingen. Jeg vil have min adgang tilbage, og hun skal fjernes.

Mvh Rasmus""")
    # ---------------- en
    m(B, "en", "a1", "A", "agency went bust", "agency went under",
"""Hi, the agency that ran everything for us went bust in the summer and the account is still tied to their email. We own the business and want to take the account over. What do you need from us?

Becky""")
    m(B, "en", "a2", "A", "contract to son", "transfer contract",
"""Hello, I'd like to hand my contract over to my son as he's taking on the house. How do we do that?

Pat""")
    m(B, "en", "n1", "", "own email change", "change my login email",
"""Hi, I'm logged in and want to change my own login email. Where's the setting?""")
