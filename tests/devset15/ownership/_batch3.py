"""devset15 ownership, batch 3 (measured before tuning): merger / company bought, ex-partner after a split,
franchise, parents' association, sole admin in hospital or on leave, new hotel manager, es-AR/es-CO,
pt-BR, Swiss French; negatives: owner asks about plan, 'propietario' of a flat as a customer, admin
as a job, 'take over' a shift, 'new owner' in a newsletter-like note."""
B = "b3"

def add_b3(m):
    # ---------------- es
    m(B, "es", "a1", "A", "es-AR, bought by another company", "Fusión - cuenta",
"""Hola chicos, como ya saben nos compró Distribuidora Norte y ahora la cuenta tiene que quedar bajo la nueva razón social. Necesitamos que el usuario principal sea yo, que soy el nuevo gerente general, y que saquen a Martín que ya no está.

Abrazo, Federico""")
    m(B, "es", "a2", "A", "es-CO, admin in hospital, need control today", "Urgente acceso administrador",
"""Buenos días, la única persona que tenía la clave de administrador está hospitalizada y no sabemos cuándo vuelve. Yo soy la gerente de la clínica y requiero que me asignen el rol de administradora hoy mismo, no podemos facturar.

Cordialmente,
Dra. Marcela Ospina""", fmt="html")
    m(B, "es", "a3", "A", "ex-partner after split", "Cuenta de la tienda",
"""Mi ex socia y yo nos separamos y la tienda online quedó para mí según el acuerdo. La cuenta sigue con su correo. Quiero que cambien el correo del titular por el mío y que ella no pueda entrar más.

Gracias, Valeria""")
    m(B, "es", "a4", "A", "franchise, new franchisee", "Franquicia Sucursal Centro",
"""Buen día, somos los nuevos franquiciatarios de la sucursal Centro. El franquiciatario anterior dejó la cuenta a su nombre. ¿Cómo hacemos el traspaso de la cuenta a nuestra empresa?

Atentamente, Rodrigo Vega""")
    m(B, "es", "n1", "", "landlord/owner of flat, routine", "Dirección de facturación",
"""Hola, soy propietario de un piso que alquilo y quiero cambiar la dirección de facturación a la del piso nuevo. ¿Dónde lo cambio?

Carlos""")
    m(B, "es", "n2", "", "system administrator job, asks about SSO", "SSO",
"""Hola, soy el administrador de sistemas de la empresa y quería saber si soportan SSO con Azure AD.

Saludos, Iván""")
    # ---------------- it
    m(B, "it", "a1", "A", "society bought, new owners", "Cessione ramo d'azienda",
"""Buongiorno, con la cessione del ramo d'azienda di fine settembre la società Alfa Srl è passata a noi. L'account è rimasto a nome dei vecchi soci. Vi chiediamo di volturare l'account alla nostra società, con me come referente amministrativo.

Distinti saluti
Dott.ssa Paola Marchi""")
    m(B, "it", "a2", "A", "maternity leave, only admin, want admin for me", "Accesso amministratore",
"""Ciao, la nostra unica amministratrice è in maternità per un anno e non vogliamo disturbarla. Potete darmi voi i permessi da amministratore? Sono il suo responsabile.

Luca Bassi""")
    m(B, "it", "a3", "A", "scuola, parents' association, no accents", "account comitato genitori",
"""buongiorno sono la nuova presidente del comitato genitori della scuola primaria, l account era della presidente dell anno scorso che ha cambiato scuola. potete intestarlo a me? grazie mille""")
    m(B, "it", "n1", "", "shift 'subentro' to colleague, not account", "Subentro collega",
"""Buongiorno, da lunedì subentra una collega nella gestione delle vostre fatture lato nostro: scriverà lei da ora in poi. Nessuna modifica all'account.

Saluti, Mara""")
    m(B, "it", "n2", "", "owner asks about plan upgrade", "Passaggio al piano Pro",
"""Salve, sono il titolare dell'account e vorrei passare al piano Pro. Cosa cambia nel prezzo?

Giorgio""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "firm bought, przejęcie spółki", "Zmiana właściciela spółki",
"""Dzień dobry, w wyniku przejęcia spółki przez naszą grupę konto powinno zostać przypisane do nowego zarządu. Proszę o ustawienie mnie jako głównego administratora i usunięcie dotychczasowego prezesa.

Z poważaniem
Robert Lis, członek zarządu""")
    m(B, "pl", "a2", "A", "frustrated follow-up, no diacritics", "Re: Re: przejecie konta",
"""pisze juz trzeci raz!!! konto zalozyl moj byly wspolnik ktory wyjechal za granice, firma jest teraz tylko moja. chce miec dostep do konta jako wlasciciel i nie bede czekal kolejny tydzien

> Dziekujemy za wiadomosc, odpowiemy w ciagu 5 dni roboczych.""")
    m(B, "pl", "a3", "A", "przedszkole director, wants konto przepisane", "Konto przedszkola",
"""Dzień dobry, od września jestem nową dyrektorką przedszkola. Konto jest na nazwisko poprzedniej pani dyrektor. Bardzo proszę o przepisanie konta na moje nazwisko.

Joanna Pietrzak""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "n1", "", "owner is admin by job, password for employee", "Reset hasła pracownika",
"""Dzień dobry, jako administrator konta chciałbym zresetować hasło pracownikowi, który je zapomniał. Gdzie to się robi?

Piotr""")
    m(B, "pl", "n2", "", "ticket owner", "Kto prowadzi zgłoszenie?",
"""Kto jest właścicielem tego zgłoszenia? Nie wiem, do kogo pisać.

Ala""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "Swiss French, new director of fiduciaire", "Reprise de la fiduciaire",
"""Bonjour, j'ai repris la fiduciaire de M. Rochat au 1er novembre. Le compte est toujours à son nom et je ne peux rien gérer. Pourriez-vous me nommer titulaire du compte et lui retirer l'accès ?

Meilleures salutations
Nathalie Favre""")
    m(B, "fr", "a2", "A", "long chatty mail, ownership buried", "Plusieurs questions",
"""Bonjour à toute l'équipe, quelques points en vrac. D'abord merci pour la mise à jour, c'est plus rapide. Ensuite la facture de novembre n'a pas le bon numéro de TVA. Et puis notre ancien comptable, qui avait créé le compte, ne travaille plus avec nous, donc il faudrait que ce soit moi l'administratrice principale désormais. Enfin, y a-t-il une appli tablette ?

Bonne journée, Sophie""")
    m(B, "fr", "a3", "A", "mobile one-liner, club de foot", "compte du club",
"""slt je suis le nouveau président du club de foot, vous pouvez basculer le compte sur moi svp ? l'ancien répond plus""")
    m(B, "fr", "n1", "", "product owner job title", "Atelier",
"""Bonjour, je suis Product Owner chez nous et je voudrais organiser un atelier avec votre équipe technique.

Julie""")
    m(B, "fr", "n2", "", "owner adds user", "Nouvel utilisateur",
"""Bonjour, je suis l'administrateur du compte. Comment ajouter un collègue comme simple utilisateur ?

Merci, Hugo""")
    # ---------------- de
    m(B, "de", "a1", "A", "Swiss German, hotel new Geschäftsführer", "Hotel Alpenblick - Konto",
"""Grüezi mitenand, ich bin seit Oktober der neue Geschäftsführer vom Hotel Alpenblick. Mein Vorgänger hat das Konto auf seine private Mailadresse laufen lassen. Bitte ändern Sie die Inhaber-Mailadresse auf meine.

Beste Grüsse
Beat Zurbriggen""")
    m(B, "de", "n1", "", "taking over shift, Übergabe", "Übergabe",
"""Hallo, ab Montag übernimmt meine Kollegin die Betreuung unserer Tickets. Bitte schreiben Sie ihr direkt.

Danke, Jana""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "Dutch, company bought, put account on new BV", "Overname BV",
"""Beste, onze BV is per 1 november overgenomen. Het account moet overgezet worden op de nieuwe BV en ik moet de hoofdbeheerder worden. Oud-directeur is niet meer bereikbaar.

Groet, Joris""")
    m(B, "nl", "n1", "", "owner of bakery, routine", "Openingstijden",
"""Hoi, ik ben eigenaar van een bakkerij. Kan ik de factuur ook maandelijks krijgen in plaats van per kwartaal?""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "pt-BR, ex-husband account, divorce", "Conta da loja",
"""Boa noite. Me divorciei e a loja ficou comigo, mas a conta de vocês ainda tá com o e-mail do meu ex-marido. Preciso que troquem o e-mail do titular pelo meu, ele não pode mais ter acesso.

Patrícia""")
    m(B, "pt", "a2", "A", "pt-BR condominium síndico", "Novo síndico",
"""Olá, fui eleito síndico do Condomínio Jardim das Flores em assembleia. O síndico anterior era o administrador da conta e não passou a senha. Peço que me coloquem como administrador.

Atenciosamente, Roberto Alves""")
    m(B, "pt", "n1", "", "admin asks how to add user", "Novo usuário",
"""Oi, sou a administradora da conta, como adiciono uma estagiária como usuária comum?""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "firm sold, new administrator", "Schimbare administrator",
"""Bună ziua, firma a fost vândută, iar eu sunt noul administrator numit. Contul este pe numele fostului patron. Vă rog să schimbați titularul contului pe mine.

Cu respect, Cristian Ionescu""", fmt="b64", charset="iso-8859-16")
    m(B, "ro", "n1", "", "owner of shop, routine", "Factura",
"""Buna ziua, sunt proprietara unui magazin si vreau factura pe firma, nu pe persoana fizica. Multumesc.""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "förening, kassör left", "Föreningens konto",
"""Hej! Vår kassör har lämnat föreningen och det var hon som hade kontot. Jag är ny ordförande och vill att kontot flyttas över till mig.

Hälsningar, Erik""")
    m(B, "sv", "n1", "", "own password", "Lösenord",
"""Hej, hur byter jag mitt lösenord? Jag är redan inloggad.""")
    # ---------------- da
    m(B, "da", "a1", "A", "ejerforening new formand", "Ejerforeningens konto",
"""Hej, jeg er ny formand for ejerforeningen. Den gamle formand står som ejer af kontoen og svarer ikke. Kan I gøre mig til ejer af kontoen?

Mvh Jens""")
    m(B, "da", "n1", "", "shop owner asks about discount", "Rabat",
"""Hej, jeg ejer en lille cykelforretning. Har I rabat til små virksomheder?""")
    # ---------------- en
    m(B, "en", "a1", "A", "Irish, bought the practice", "GP practice takeover",
"""Hi folks, I've taken over the practice from Dr Walsh who's retired. Everything on your end is still under his name and email. Can ye move the account over to me and make me the admin? Bit of a rush as we're live with the new system next week.

Thanks a mil, Dr Aoife Byrne""")
    m(B, "en", "a2", "A", "frustrated follow-up, agency", "Re: still waiting",
"""It's been 9 days. Our old marketing agency created the account and they're holding it hostage. It's our brand, our data. Please hand the account over to us.

Dan

> Hi Dan, we've passed this to the relevant team.""")
    m(B, "en", "n1", "", "newsletter mentions new owner of a cafe", "Love the new feature",
"""Just a note to say the new booking page works great for our cafe, the new owner of the place next door even asked what we use! Keep it up.

Sally""")
    m(B, "en", "n2", "", "admin as job: sysadmin asking about API limits", "API limits",
"""Hi, I'm the sysadmin here. What are the API rate limits on the business plan?

Raj""")
