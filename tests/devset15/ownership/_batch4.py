"""devset15 ownership, batch 4 (measured before tuning): power of attorney for an elderly parent, son takes
over father's account, accountant for a client company, parish / school / co-op, boss abroad, change of
legal name with new holder; negatives: power of attorney for invoices only, accountant wanting read-only
invoices, 'cambio de razón social' only, owner re-sending own invite, owner's own 2FA reset."""
B = "b4"

def add_b4(m):
    # ---------------- es
    m(B, "es", "a1", "A", "es-MX, power of attorney, mother with dementia", "Cuenta de mi mamá",
"""Buenas tardes, mi mamá tiene demencia y yo tengo poder notarial para manejar sus asuntos. Ocupo que me den acceso completo a su cuenta y que quede yo como titular. ¿Me echan la mano?

Gerardo Treviño""")
    m(B, "es", "a2", "A", "accountant wants admin for client, Spain", "Alta como administrador - cliente Ferralia",
"""Buenos días, soy la asesora contable de Ferralia SL. El gerente está de viaje en China un mes y nos ha pedido que gestionemos todo. Necesitaríamos que nos dierais permisos de administrador en su cuenta esta misma semana, sin esperar a su firma.

Un saludo, Nuria Vidal - Asesoría Vidal""")
    m(B, "es", "a3", "A", "parish priest, previous priest left", "Cuenta de la parroquia",
"""Estimados, soy el nuevo párroco de San Judas Tadeo. El padre anterior fue trasladado y la cuenta estaba a su nombre. Les pido por favor que cambien al responsable de la cuenta y me pongan a mí.

Bendiciones, P. Alejandro""")
    m(B, "es", "n1", "", "razón social change only, same holder", "Cambio de razón social",
"""Hola, cambiamos la razón social de la empresa (mismo dueño, misma gente). ¿Cómo actualizo el nombre fiscal que sale en las facturas?

Gracias, Beatriz""")
    m(B, "es", "n2", "", "owner resets own 2FA with new phone", "Nuevo celular",
"""Hola, cambié de celular y ya no me llegan los códigos de verificación. Soy la dueña de la cuenta, ¿cómo configuro la verificación en el teléfono nuevo?

Mariana""")
    # ---------------- it
    m(B, "it", "a1", "A", "son of elderly father, procura", "Account di mio padre anziano",
"""Buonasera, mio padre ha 89 anni e non riesce più a gestire niente. Ho la procura generale. Vorrei diventare io il titolare dell'account e cambiare l'email con la mia. Mi dite come fare in fretta?

Stefano Gallo""")
    m(B, "it", "a2", "A", "commercialista for a client", "Accesso per cliente",
"""Buongiorno, sono il commercialista della ditta Russo Impianti. Il titolare è all'estero e mi ha detto a voce di occuparmi io dell'account: mi servirebbe l'accesso come amministratore, senza che lui debba firmare niente.

Dott. Enzo Caruso""")
    m(B, "it", "a3", "A", "cooperative, new president, terse", "Cooperativa La Spiga",
"""Sono il nuovo presidente della cooperativa. Il vecchio consiglio è decaduto. L'account deve passare a me. Quando?""")
    m(B, "it", "n1", "", "delega only for invoices", "Delega fatture",
"""Salve, il nostro commercialista deve solo ricevere copia delle fatture. Potete aggiungere la sua email in copia nelle notifiche di fatturazione? Nessun altro accesso.

Grazie, Serena""")
    m(B, "it", "n2", "", "owner resends own invite", "Invito scaduto",
"""Ciao, ho invitato una collega ma l'invito è scaduto. Come lo rimando? Sono io l'amministratore.

Fabio""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "pełnomocnictwo for elderly mother", "Konto mamy",
"""Dzień dobry, mam pełnomocnictwo notarialne od mamy, która jest w szpitalu. Proszę o przepisanie jej konta na mnie i zmianę numeru telefonu do logowania na mój.

Z poważaniem
Dorota Kaczmarek""")
    m(B, "pl", "a2", "A", "biuro rachunkowe wants admin", "Dostęp dla biura rachunkowego",
"""Dzień dobry, prowadzimy księgowość firmy Budmar. Prezes jest w delegacji, a my potrzebujemy pilnie pełnych uprawnień administratora do ich konta. Proszę nadać je naszemu biuru bez czekania na prezesa.

Biuro Rachunkowe Lex""")
    m(B, "pl", "a3", "A", "szkoła, new director, mobile", "konto szkoly",
"""dzien dobry jestem nowym dyrektorem szkoly podstawowej nr 3, poprzednia dyrektor przeszla na emeryture i konto jest na jej mailu. prosze zmienic wlasciciela na mnie""")
    m(B, "pl", "n1", "", "accountant wants invoices only", "Faktury dla księgowej",
"""Dzień dobry, czy faktury mogą przychodzić również na adres naszej księgowej? Nie potrzebuje dostępu do konta.

Marta""")
    m(B, "pl", "n2", "", "owner's own 2FA", "Nowy telefon",
"""Zmieniłem telefon i nie mam kodów do logowania dwuskładnikowego. Jestem właścicielem konta. Jak przenieść weryfikację na nowy telefon?

Adam""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "procuration, father in EHPAD", "Compte de mon père",
"""Bonjour, mon père est en EHPAD et j'ai une procuration. J'aimerais que son compte soit transféré à mon nom et que l'adresse mail de connexion devienne la mienne.

Cordialement, Isabelle Marchand""")
    m(B, "fr", "a2", "A", "Québec, comptable wants admin while boss away", "Accès admin",
"""Bonjour, je suis la comptable de Rénovations Gagnon. Le boss est dans le Sud pour l'hiver pis il répond pas. Pouvez-vous me mettre administratrice du compte d'ici vendredi? Il est d'accord, promis.

Merci, Chantal""")
    m(B, "fr", "a3", "A", "école, nouvelle directrice", "Compte de l'école",
"""Madame, Monsieur, je prends la direction de l'école Jules Ferry. Le compte a été ouvert par mon prédécesseur, qui a été muté. Je souhaiterais en devenir la titulaire.

Bien à vous, Mme Laurent""")
    m(B, "fr", "n1", "", "procuration for invoices only", "Factures à mon comptable",
"""Bonjour, pouvez-vous envoyer aussi les factures à mon comptable ? Il n'a pas besoin d'accès au compte.

Merci, René""")
    m(B, "fr", "n2", "", "owner reset own 2FA", "Double authentification",
"""Bonjour, j'ai changé de téléphone et je n'ai plus accès à l'application d'authentification. Je suis le titulaire du compte, comment réactiver la double authentification ?

Alain""")
    # ---------------- de
    m(B, "de", "a1", "A", "Vorsorgevollmacht, Austrian", "Konto meiner Mutter",
"""Grüß Gott, ich habe eine Vorsorgevollmacht für meine Mutter, die im Pflegeheim ist. Bitte übertragen Sie ihr Konto auf mich, damit ich alles regeln kann.

Mit freundlichen Grüßen
Herbert Pichler""")
    m(B, "de", "a2", "A", "Steuerberater wants admin", "Adminrechte für Mandanten",
"""Guten Tag, ich bin Steuerberater der Firma Holzbau Maier. Herr Maier ist drei Wochen im Ausland. Bitte geben Sie mir bis dahin Adminrechte auf dem Firmenkonto, er hat mündlich zugestimmt.

Dr. K. Vogel""")
    m(B, "de", "n1", "", "Steuerberater wants invoices cc", "Rechnungen an Steuerberater",
"""Hallo, können die Rechnungen zusätzlich an unseren Steuerberater gehen? Zugriff auf das Konto braucht er nicht.

Gruß Sabine""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "volmacht, father in care home", "Account van mijn vader",
"""Hallo, mijn vader woont in een verzorgingshuis en ik heb een volmacht. Ik wil graag dat zijn account op mijn naam komt te staan.

Mvg, Wim""")
    m(B, "nl", "n1", "", "owner own 2FA", "tweestapsverificatie",
"""Hoi, ik ben de eigenaar van het account en heb een nieuwe telefoon. Hoe zet ik de tweestapsverificatie opnieuw op?""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "pt-BR procuração for mother", "Conta da minha mãe",
"""Olá, tenho procuração da minha mãe que tá internada. Preciso que passem a conta dela pra mim e troquem o celular de acesso pro meu. É urgente.

Bruno""")
    m(B, "pt", "a2", "A", "Portugal contabilista wants admin", "Acesso de administrador para o contabilista",
"""Bom dia, sou o contabilista certificado da empresa Sousa & Filhos. O sócio-gerente está emigrado e pediu-me que assumisse a conta. Agradeço que me deem acesso de administrador.

Cumprimentos, Tiago Mendes""")
    m(B, "pt", "n1", "", "razão social change only", "Alteração da razão social",
"""Olá, mudamos a razão social, mas os sócios são os mesmos. Como altero o nome na nota fiscal?""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "procura, elderly father", "Contul tatălui meu",
"""Bună ziua, am procură de la tatăl meu, care nu mai poate folosi calculatorul. Vă rog să treceți contul lui pe numele meu.

Mulțumesc, Elena""")
    m(B, "ro", "n1", "", "contabil wants invoices", "Facturi contabil",
"""Buna ziua, puteti trimite facturile si contabilei noastre? Nu are nevoie de acces la cont.""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "fullmakt for father", "Pappas konto",
"""Hej, jag har fullmakt för min pappa som har flyttat till ett boende. Jag vill att hans konto skrivs över på mig.

/Maria""")
    m(B, "sv", "n1", "", "redovisningsbyrå wants invoices", "Fakturor",
"""Hej, kan fakturorna även skickas till vår redovisningsbyrå? De behöver ingen inloggning.""")
    # ---------------- da
    m(B, "da", "a1", "A", "fuldmagt, mother", "Min mors konto",
"""Hej, jeg har fuldmagt fra min mor, som er blevet dement. Jeg vil gerne have hendes konto overdraget til mig.

Mvh Lars""")
    # ---------------- en
    m(B, "en", "a1", "A", "lasting power of attorney", "Mum's account",
"""Hello, I hold lasting power of attorney for my mum who has moved into a care home. Please could her account be transferred into my name so I can manage it.

Kind regards, Simon""")
    m(B, "en", "a2", "A", "bookkeeper, boss away, no signature", "admin for bookkeeper",
"""Hi, I'm the bookkeeper for Harper Joinery. Steve's in Spain till January and can't be reached. Can you just make me the admin on their account? He's fine with it, no need to bother him with forms.

Lou""")
    m(B, "en", "n1", "", "bookkeeper wants invoices cc'd", "invoices to bookkeeper",
"""Hi, can you cc our bookkeeper on invoices? She doesn't need a login.

Thanks, Amy""")
    m(B, "en", "n2", "", "owner own 2FA reset", "new phone",
"""I'm the account owner and got a new phone, how do I move my authenticator to it?""")
