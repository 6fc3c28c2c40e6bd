"""devset15 ownership, batch 2 (measured before tuning): departed employee / agency held the account,
new IT provider, 'put it in my name', long chatty mails, frustrated follow-ups, regional wording;
negatives: owner adding users, own password, product owner, GDPR, ticket owner."""
B = "b2"

def add_b2(m):
    # ---------------- es
    m(B, "es", "a1", "A", "es-MX IT provider, previous provider kept the keys", "Accesos de la cuenta",
"""Qué tal, buen día. Somos el nuevo proveedor de soporte de Grupo Farmacéutico Luna. El proveedor anterior se quedó con las credenciales de administrador y ya no nos las quiere pasar. ¿Nos pueden habilitar como administradores de la cuenta? El cliente nos autorizó por correo.

Quedo atento, Ing. Óscar Salinas""")
    m(B, "es", "a2", "A", "Spain, frustrated follow-up, put the account in my name", "Re: Re: Cambio de titular",
"""Es la tercera vez que os escribo. Quiero que la cuenta pase a mi nombre, la empresa es mía desde enero y el anterior socio ya no pinta nada. No me mandéis otra vez el formulario.

Javier

> Hola Javier, para el cambio de titular necesitamos el formulario firmado.""")
    m(B, "es", "a3", "A", "club association, no accents, mobile", "cuenta del club",
"""hola soy la nueva presidenta del club de ajedrez, la cuenta la tenia el antiguo presidente q ya no esta en la directiva. necesito q me pongan como responsable de la cuenta porfa

enviado desde mi celular""")
    m(B, "es", "n1", "", "owner asks how to add a user", "Alta de usuario",
"""Buenas, soy el titular de la cuenta. ¿Cómo doy de alta a un empleado nuevo como usuario normal? No quiero que vea la facturación.

Gracias, Ernesto""")
    m(B, "es", "n2", "", "ARCO access to own data", "Derecho de acceso",
"""Por medio del presente ejerzo mi derecho de acceso a mis datos personales. Les pido me envíen qué datos tienen de mí.

Atte. Lucía Herrera""")
    # ---------------- it
    m(B, "it", "a1", "A", "new amministratore di condominio", "Cambio amministratore condominio",
"""Buongiorno, dal 1° ottobre sono il nuovo amministratore del Condominio Le Magnolie, nominato in assemblea. L'account sul vostro portale è intestato al mio predecessore, che non ci ha dato le credenziali. Vi chiedo di intestare l'account a me, allego il verbale.

Rag. Fabio Sartori""")
    m(B, "it", "a2", "A", "frustrated follow-up, web agency", "Re: Re: Re: accesso",
"""Ancora niente?? L'agenzia che ci aveva fatto il sito ha registrato tutto con la loro email e adesso non risponde più. L'azienda è nostra, l'account è nostro. Voglio che mi rendiate proprietario oggi stesso.

Roberto

> Gentile cliente, la sua richiesta è in lavorazione.""", fmt="qp")
    m(B, "it", "a3", "A", "widow wants husband's utenza", "Utenza di mio marito",
"""Salve, sono la vedova del sig. Renato Pace. Vorrei che la sua utenza e il contratto passassero a nome mio. Come devo procedere? Grazie per la pazienza.

Anna Pace""")
    m(B, "it", "n1", "", "ticket owner, chi ha in carico", "Chi segue la pratica?",
"""Buongiorno, chi è il proprietario di questo ticket? Vorrei sapere a chi rivolgermi per la pratica 2231.

Grazie, Lucia""")
    m(B, "it", "n2", "", "own password change", "Cambio password",
"""Ciao, vorrei cambiare la mia password, sono già loggato. Dove trovo l'opzione?

Andrea""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "wspólnota mieszkaniowa, new zarząd", "Konto wspólnoty",
"""Dzień dobry, jestem nowym członkiem zarządu Wspólnoty Mieszkaniowej Słoneczna 5. Poprzedni zarządca miał jedyny dostęp administratora do konta i nie chce go oddać. Prosimy o przekazanie konta nowemu zarządowi, uchwała w załączniku.

Z poważaniem
Ewa Mazur""")
    m(B, "pl", "a2", "A", "heir, spadkobierca, no diacritics", "konto po zmarlym ojcu",
"""Witam, jestem jedynym spadkobierca po ojcu ktory zmarl w lipcu. Chcialbym przejac jego konto u Panstwa, mam postanowienie sadu o nabyciu spadku. Jak to zalatwic?

Pawel""")
    m(B, "pl", "a3", "A", "long mail, one sentence about owner e-mail", "Kilka spraw",
"""Dzień dobry,
mam kilka pytań. Po pierwsze faktura za październik ma zły NIP. Po drugie aplikacja na telefonie czasem się wylogowuje. Po trzecie - i to najważniejsze - pani Beata, która zakładała konto, już u nas nie pracuje, więc trzeba zmienić adres e-mail właściciela konta na mój. Po czwarte, czy jest szkolenie online?

Pozdrawiam
Marek Wysocki""", fmt="b64", charset="iso-8859-2")
    m(B, "pl", "n1", "", "owner wants to add employee", "Dodanie pracownika",
"""Dzień dobry, jestem właścicielem konta i chcę dodać pracownika jako zwykłego użytkownika. Jak to zrobić?

Krzysztof""")
    m(B, "pl", "n2", "", "product owner asks about API", "Pytanie o API",
"""Cześć, jestem Product Ownerem w naszym zespole. Czy planujecie webhooki dla zamówień?

Ola""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "Belgian, new director, admin rights", "Droits administrateur",
"""Bonjour, je suis le nouveau directeur de l'ASBL depuis septembre. L'ancienne directrice avait tous les accès et elle est partie sans rien transmettre. Merci de me donner les droits d'administrateur sur notre compte, c'est urgent pour la clôture des comptes.

Cordialement, Olivier Dubois""")
    m(B, "fr", "a2", "A", "Quebec, transfer cell line to daughter", "Transfert de ligne",
"""Allo, je voudrais transférer ma ligne cellulaire au nom de ma fille, elle va payer elle-même à partir de maintenant. Comment on fait ça?

Merci bien, Diane""")
    m(B, "fr", "a3", "A", "no accents, syndic de copropriete", "compte copro",
"""bonjour nous sommes le nouveau syndic de la copropriete Les Tilleuls, l ancien syndic a garde l acces au compte. merci de transferer le compte a notre cabinet et de supprimer son acces

cabinet Morel""")
    m(B, "fr", "n1", "", "owner of a restaurant, routine", "Facture",
"""Bonjour, je suis le patron du restaurant Chez Lulu, pouvez-vous m'envoyer le duplicata de la facture de septembre ?

Lucien""")
    m(B, "fr", "n2", "", "RGPD access own data", "Demande RGPD",
"""Bonjour, conformément au RGPD, je souhaite obtenir une copie des données me concernant.

Cordialement, A. Petit""")
    # ---------------- de
    m(B, "de", "a1", "A", "IT-Dienstleister wants admin", "Adminzugang für neuen IT-Partner",
"""Guten Tag, wir sind seit diesem Monat der IT-Dienstleister der Kanzlei Berger. Der frühere Dienstleister hat den Adminzugang nicht übergeben. Bitte richten Sie uns einen Administratorzugang für das Kundenkonto ein.

Mit freundlichen Grüßen
Stefan Koch, KOCH IT""")
    m(B, "de", "a2", "A", "heir, Erbin, Austrian", "Konto meines verstorbenen Mannes",
"""Sehr geehrte Damen und Herren, mein Mann ist im Sommer verstorben. Ich bin Alleinerbin und möchte, dass der Vertrag und das Kundenkonto auf mich umgeschrieben werden. Die Einantwortungsurkunde liegt bei.

Hochachtungsvoll
Gertrude Wallner""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "n1", "", "owner adds user", "Neuer Mitarbeiter",
"""Hallo, ich bin Kontoinhaber. Wie lege ich einen neuen Mitarbeiter als normalen Benutzer an?

Gruss, Urs""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "Flemish, vzw, ex-voorzitter", "account vzw",
"""Goeiedag, ik ben sinds kort voorzitter van onze vzw. De vorige voorzitter heeft de account destijds aangemaakt met zijn eigen mailadres en hij reageert niet meer. Kunnen jullie het account op mijn naam zetten?

Groetjes, Lieve""")
    m(B, "nl", "n1", "", "own data AVG", "inzage",
"""Hallo, ik wil graag inzage in mijn persoonsgegevens volgens de AVG.

Met vriendelijke groet, Bram""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "pt-BR, bought the pet shop, frustrated", "Troca de titular URGENTE",
"""Gente, comprei o pet shop faz 2 meses e até agora a conta tá no nome do antigo dono. Ele não responde mais. Quero que vocês coloquem a conta no meu nome hoje, já mandei o contrato de compra e venda duas vezes!!

Fabiana""")
    m(B, "pt", "a2", "A", "Portugal, new gerente wants admin", "Acesso de administração",
"""Boa tarde, sou o novo gerente da empresa e o anterior saiu sem deixar as senhas. Solicito que me atribuam os direitos de administrador da conta.

Cumprimentos, Nuno Ferreira""")
    m(B, "pt", "n1", "", "dono da padaria, routine", "Boleto",
"""Oi, sou dono de uma padaria e queria saber se dá pra pagar por boleto em vez de cartão.

Valeu, Zé""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "asociatie de proprietari new president", "Cont asociatie",
"""Bună ziua, am fost ales președinte al asociației de proprietari. Fostul președinte avea contul și nu mai răspunde. Vă rog să-mi dați drepturi de administrator pe contul asociației.

Cu stimă, Mihai Dumitrescu""")
    m(B, "ro", "n1", "", "own password", "parola",
"""Buna ziua, cum imi schimb parola? Sunt logat in cont.

Dan""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "bostadsrättsförening, new ordförande", "BRF-kontot",
"""Hej, jag är ny ordförande i BRF Lärkan. Förra styrelsen hade kontot och den gamla ordföranden har flyttat. Kan ni göra mig till administratör för föreningens konto?

Mvh Karin""")
    m(B, "sv", "n1", "", "owner adds colleague", "Lägga till kollega",
"""Hej, jag är kontoägare och vill lägga till en kollega som vanlig användare. Hur gör jag det?""")
    # ---------------- da
    m(B, "da", "a1", "A", "widow, transfer subscription", "Min afdøde mands abonnement",
"""Hej, min mand er død, og abonnementet står i hans navn. Jeg vil gerne have det overført til mit navn. Skifteretten har udstedt skifteretsattest.

Venlig hilsen Birgit""")
    m(B, "da", "n1", "", "product owner", "Roadmap",
"""Hej, jeg er product owner hos os og vil høre om jeres roadmap for Q1.""")
    # ---------------- en
    m(B, "en", "a1", "A", "long chatty mail, buried ask", "few things",
"""Hi team, hope you're well! A few bits from me. The October invoice has our old address on it, could you reissue? Also the mobile app logs me out every couple of days, not a big deal. Oh and since Dave left in the summer his email is still the main login for the whole account, so could you swap the owner over to me? Lastly, do you do nonprofit pricing?

Thanks so much, Hannah""")
    m(B, "en", "a2", "A", "executor", "Estate of the late J. Morris",
"""Dear Sir or Madam, I am the executor of the estate of the late John Morris. I need access to his account to download his records before it is closed. Grant of probate attached.

Yours faithfully, Eleanor Morris""")
    m(B, "en", "n1", "", "GDPR subject access", "SAR",
"""Hi, I'd like to make a subject access request for all personal data you hold about me.

Regards, Kevin""")
    m(B, "en", "n2", "", "pub owner routine", "card machine",
"""hiya, I own a pub and the card reader keeps dropping connection, is that something you handle or the bank?

Mick""")
