"""devset15 ownership, batch 5 (measured before tuning): fired admin on bad terms, ex-employee's personal
mail as recovery address, family business handed to the daughter, fibre contract holder change when moving
in together, choir / hunting club / gym, liquidation and asset purchase, replies with quoted history;
negatives: ex-employee's user should just be deleted by the owner, owner moving house, 'cambio de titular'
of a credit card on file, owner leaving and asking to close."""
B = "b5"

def add_b5(m):
    # ---------------- es
    m(B, "es", "a1", "A", "fired admin, bad terms, Spain", "Ex empleado con acceso",
"""Buenas, despedimos al responsable de IT y no se fue de buenas. Él es el único administrador de nuestra cuenta y el correo de recuperación es su Gmail personal. Necesito recuperar el control de la cuenta YA, antes de que haga alguna tontería.

Raúl Domínguez, gerente""")
    m(B, "es", "a2", "A", "fibre contract holder change, moving in", "Cambio de titular del contrato",
"""Hola! Me voy a vivir con mi pareja y queremos que el contrato de fibra pase a estar a su nombre en lugar del mío. ¿Se puede hacer el cambio de titular sin dar de baja la línea?

Gracias, Irene""")
    m(B, "es", "a3", "A", "es-MX family business to daughter, reply with history", "Re: Negocio familiar",
"""Ya les mandé el acta, mi papá me dejó el negocio a mí. ¿Cuándo me van a pasar la cuenta? Llevo dos semanas esperando.

Ximena Castro

> Hola Ximena, para continuar necesitamos documentación que acredite la transmisión del negocio.
> Saludos, Soporte""")
    m(B, "es", "n1", "", "owner deletes ex-employee himself", "Borrar usuario de ex empleado",
"""Hola, soy el dueño de la cuenta. Un empleado se fue y quiero borrar su usuario. ¿Pierdo sus registros si lo elimino?

Gracias, Tomás""")
    m(B, "es", "n2", "", "change card on file, cambio de titular de tarjeta", "Tarjeta",
"""Buenas, quiero poner otra tarjeta para los cobros, la de mi empresa en lugar de la mía personal. ¿Dónde se cambia?

Sergio""")
    # ---------------- it
    m(B, "it", "a1", "A", "choir, previous director holds account, chatty", "Coro Santa Cecilia",
"""Buonasera! Vi scrivo per il coro parrocchiale Santa Cecilia. Il maestro che aveva aperto l'account si è trasferito a Torino e ci ha lasciato solo la password vecchia che non funziona più. Adesso il coro lo gestisco io come nuova presidente: potreste sostituire la sua email con la mia, così da avere il controllo dell'account? Vi ringrazio e vi auguro buone feste.

Maria Grazia""")
    m(B, "it", "a2", "A", "liquidation, asset purchase", "Acquisto da procedura fallimentare",
"""Spett.le azienda, abbiamo acquistato all'asta fallimentare il marchio e il sito della ex Moda Bella Srl. Chiediamo il trasferimento dell'account e dei relativi dati alla nostra società. Il curatore può confermare.

Ufficio legale, Nuova Moda Spa""")
    m(B, "it", "a3", "A", "Swiss-Italian, ex-employee private mail as recovery", "Email di recupero",
"""Buongiorno, l'email di recupero dell'account è quella privata di un ex dipendente. Non abbiamo più alcun contatto con lui. Vi chiediamo di impostare come email di recupero quella aziendale e di darci la gestione completa. Ticino.

Saluti, Ivo Pedrazzini""")
    m(B, "it", "n1", "", "owner moving house, address", "Trasloco",
"""Ciao, sono il titolare dell'account e ci siamo trasferiti in una nuova sede. Come aggiorno l'indirizzo?

Nadia""")
    m(B, "it", "n2", "", "owner leaving, close account", "Chiusura",
"""Salve, chiudo l'attività a fine anno. Come disdico l'abbonamento? Sono il titolare.

Franco""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "fired admin, recovery email", "Zwolniony administrator",
"""Dzień dobry, zwolniliśmy dyscyplinarnie naszego informatyka. Był jedynym administratorem i podał swój prywatny e-mail jako adres odzyskiwania. Musimy natychmiast odzyskać kontrolę nad kontem. Proszę o kontakt dziś.

Grzegorz Pawlak, właściciel firmy""")
    m(B, "pl", "a2", "A", "internet contract to partner, no diacritics", "umowa na internet",
"""czesc, wyprowadzam sie i chcialbym zeby umowa na internet przeszla na moja partnerke, ona zostaje w mieszkaniu. da sie tak?""")
    m(B, "pl", "a3", "A", "koło łowieckie, html", "Konto koła",
"""Szanowni Państwo, zostałem wybrany łowczym Koła Łowieckiego Darz Bór. Dotychczasowy łowczy, który zakładał konto, zrezygnował z funkcji. Proszę o przekazanie mi uprawnień właściciela konta.

Darz bór!
Henryk Sobczak""", fmt="html")
    m(B, "pl", "n1", "", "owner deleting ex-employee", "Usunięcie byłego pracownika",
"""Dzień dobry, jako właściciel konta chcę usunąć byłego pracownika z listy użytkowników. Czy jego dane zostaną?

Beata""")
    m(B, "pl", "n2", "", "card change", "Zmiana karty",
"""Jak zmienić kartę płatniczą podpiętą do konta? Chcę płacić kartą firmową.""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "Belgian gym franchise, fired manager", "Salle de sport",
"""Bonjour, nous avons licencié le gérant de notre salle et c'est lui qui avait tous les accès. Son adresse perso est l'adresse de récupération. On a besoin de reprendre le contrôle du compte aujourd'hui, s'il vous plaît.

Kevin Janssens""")
    m(B, "fr", "a2", "A", "changement de titulaire box internet", "Changement de titulaire",
"""Bonjour, mon conjoint part à l'étranger pour deux ans et on voudrait faire un changement de titulaire de l'abonnement internet à mon nom. Quelles sont les démarches ?

Merci, Aurélie""")
    m(B, "fr", "a3", "A", "reply quoted, family business", "RE: Transmission de l'entreprise",
"""Comme déjà dit, mon père m'a cédé l'entreprise en septembre. Je veux simplement que le compte soit à moi maintenant. Combien de temps encore ?

Thomas

-----Message d'origine-----
De : Support
Merci de nous fournir l'extrait Kbis à jour.""")
    m(B, "fr", "n1", "", "owner removes ex-employee", "Supprimer un ancien salarié",
"""Bonjour, je suis la gérante et titulaire du compte. Comment supprimer l'accès d'une ancienne salariée ?

Merci, Émilie""")
    # ---------------- de
    m(B, "de", "a1", "A", "fired IT guy, Wiederherstellungs-Mail", "Gekündigter Admin",
"""Guten Tag, wir haben unseren IT-Mitarbeiter fristlos entlassen. Er ist der einzige Admin und hinterlegt ist seine private Mailadresse. Wir müssen sofort wieder die Kontrolle über das Konto bekommen.

Geschäftsleitung, Bauer GmbH""")
    m(B, "de", "a2", "A", "Swiss, Vertrag auf Partnerin", "Vertrag auf meine Partnerin",
"""Grüezi, ich ziehe aus und möchte den Internetvertrag auf meine Partnerin übertragen, sie bleibt in der Wohnung. Geht das ohne Kündigung?

Gruss, Lukas""")
    m(B, "de", "n1", "", "owner removes ex-employee", "Ex-Mitarbeiter entfernen",
"""Hallo, ich bin der Inhaber. Wie entferne ich einen ehemaligen Mitarbeiter aus unserem Konto?""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "ontslagen beheerder", "Ontslagen medewerker",
"""Goedemorgen, we hebben onze systeembeheerder ontslagen en hij is de enige beheerder. Het herstel-e-mailadres is zijn privéadres. Wij willen vandaag nog de controle over ons account terug.

Met vriendelijke groet, Anouk""")
    m(B, "nl", "n1", "", "owner removes user", "gebruiker verwijderen",
"""Hoi, ik ben accounteigenaar, hoe verwijder ik een oud-collega als gebruiker?""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "pt-BR fired employee, recuperar controle", "Ex-funcionário",
"""Bom dia, demitimos o cara do TI e ele era o único admin. O e-mail de recuperação é o Gmail dele. A gente precisa recuperar o controle da conta hoje!!

Marcos, dono da empresa""")
    m(B, "pt", "a2", "A", "Portugal contract transfer to son", "Mudança de titular",
"""Boa tarde, queria mudar a titularidade do contrato para o meu filho, que vai ficar com a casa. Como se faz?

Obrigada, Fernanda""")
    m(B, "pt", "n1", "", "owner removing ex-employee", "Remover ex-funcionário",
"""Oi, sou a dona da conta, como removo um ex-funcionário da lista de usuários?""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "contract to wife", "Transfer contract",
"""Bună ziua, aș dori să trec contractul de internet pe numele soției mele. Ce acte trebuie?

Vasile""")
    m(B, "ro", "n1", "", "owner removes user", "Stergere utilizator",
"""Buna, sunt administratorul contului. Cum sterg un fost angajat din utilizatori?""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "uppsagd admin", "Uppsagd IT-ansvarig",
"""Hej, vi har sagt upp vår IT-ansvarige och han var ensam administratör. Vi måste få tillbaka kontrollen över kontot idag.

Mvh Peter, VD""")
    m(B, "sv", "n1", "", "owner removes user", "Ta bort användare",
"""Hej, jag är kontoägare. Hur tar jag bort en före detta anställd som användare?""")
    # ---------------- da
    m(B, "da", "a1", "A", "abonnement til kæreste", "Abonnement",
"""Hej, jeg flytter ud, og min kæreste skal overtage abonnementet. Kan det skrives over på hende?

Mvh Kasper""")
    # ---------------- en
    m(B, "en", "a1", "A", "US, fired admin, recovery email", "URGENT - terminated employee",
"""We terminated our office manager this morning. She's the only admin and the recovery email is her personal Yahoo. We need control of the account back before end of day. I'm the owner of the business.

Rick Alvarez""")
    m(B, "en", "a2", "A", "contract to partner", "Moving out",
"""Hi, I'm moving out and my partner is staying on at the flat. Can the broadband contract be transferred over to her name?

Cheers, Josh""")
    m(B, "en", "n1", "", "owner removes ex-employee", "remove old staff",
"""Hi, I'm the owner, how do I remove an ex-employee's login? Thanks.""")
    m(B, "en", "n2", "", "card change", "update card",
"""How do I change the card you bill? Want to use the company card instead of mine.""")
