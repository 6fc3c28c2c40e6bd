"""devset22 precision, batch 3: French, Dutch, Italian."""

B = "b3"

def add_fr(m, B):
    L = "fr"
    # --- hard negatives shaped like abusive ---
    m(B, L, "n1", "", "Webshop owner swearing at the broken CSV export, no one insulted", "Export CSV encore cassé, bordel",
"""Bonjour,

Bon, c'est la troisième fois ce mois-ci : l'export CSV des commandes sort avec les accents complètement pétés (é devient Ã©) et mon comptable ne peut rien importer. C'est vraiment la merde, on clôture le mois vendredi.

Est-ce que vous pouvez me dire s'il y a un réglage d'encodage quelque part que j'aurais raté ? Sinon un correctif serait le bienvenu.

Merci d'avance,
Julien Marchetti
La Cave de Julien - vins et spiritueux
""")
    m(B, L, "n2", "", "Self-deprecating user who deleted a folder himself, asks for restore", "Je suis un abruti, j'ai supprimé le dossier",
"""Salut l'équipe,

Bon je vais pas tourner autour du pot : je suis un abruti fini. Hier soir j'ai voulu faire du ménage et j'ai supprimé tout le dossier "Devis 2026" au lieu de "Devis 2025". Oui, je sais.

Il y a une corbeille ou une sauvegarde côté serveur ? C'était environ 140 fichiers, dernière modif hier vers 18h.

Merci de sauver un idiot,
Thomas
envoyé de mon téléphone
""")
    m(B, L, "n3", "", "Sysadmin reporting a killed worker process and brute-force attempts in logs", "Worker tué par l'OOM killer + tentatives de brute-force",
"""Bonjour,

Depuis la mise à jour de l'agent (v4.12), notre worker de synchro se fait tuer par l'OOM killer toutes les nuits vers 3h. Extrait du journal :

  Nov 24 03:02:17 srv-app02 kernel: Out of memory: Killed process 21877 (cb-sync) total-vm:6120344kB
  Nov 24 03:02:17 srv-app02 systemd[1]: cb-sync.service: Main process exited, code=killed, status=9/KILL

Au passage, on voit aussi des centaines de tentatives de connexion en brute-force sur l'interface d'admin depuis deux IP (185.x.x.x), qu'on a mises en liste noire chez nous. Est-ce que vous avez un rate-limit côté serveur ?

Faut-il tuer le processus enfant avant la synchro ou est-ce une fuite connue ?

Cordialement,
Nadia Belkacem
Administratrice systèmes - Mutuelle Santé Loire
""")
    m(B, L, "n4", "", "Baker furious at courier company (third party), wants tracking export", "Ce transporteur de merde a encore perdu mes colis",
"""Bonjour,

Je vous écris parce que je n'en peux plus de ce transporteur. Ces guignols de chez ColisRapide ont encore "perdu" 6 colis cette semaine, le livreur balance les cartons par-dessus le portail et ose marquer "destinataire absent". Franchement ce sont des incapables.

Ce n'est pas votre faute, mais j'ai besoin de vous pour une chose : comment exporter l'historique de suivi de tous les envois de novembre avec les numéros de suivi, pour monter mon dossier de réclamation auprès d'eux ?

Merci,
Sandrine Lefort
Boulangerie Lefort, Annecy
""")
    m(B, L, "n5", "", "Shop manager asking to block a customer who harasses her staff via the contact form, quotes him", "Client qui harcèle mes vendeuses via le formulaire",
"""Bonjour,

Depuis trois semaines un client nous envoie des messages via le formulaire de contact de la boutique. Exemples (je recopie tel quel, désolée) :

  "vous êtes une bande de connasses incompétentes"
  "je vais venir vous attendre à la fermeture"

Mes vendeuses sont choquées. On va porter plainte contre lui de notre côté. De votre côté, est-ce qu'on peut bloquer son adresse e-mail et son IP dans le formulaire, et exporter tous ses messages avec les dates pour la gendarmerie ?

Merci pour votre aide,
Claire Dumoulin
Gérante - Boutique Les Tissus de Claire
""")
    m(B, L, "n6", "", "Apology for an angry mail sent last week", "Toutes mes excuses pour mon message de jeudi",
"""Bonjour Mme Perrin,

Je voulais m'excuser pour le ton de mon mail de jeudi dernier. J'étais sous pression avec la clôture et j'ai été franchement désagréable, ce n'est pas mon genre et vous n'y étiez pour rien.

Le problème de TVA est réglé grâce à votre collègue, merci encore.

Bien à vous,
Olivier Garnier
Cabinet Garnier & Associés - expertise comptable
""")
    m(B, L, "n7", "", "Online forum admin asking how to moderate and ban abusive members, quotes examples", "Modération : comment bannir automatiquement certains mots ?",
"""Bonjour,

J'administre le forum d'un club de pêche (environ 2 000 membres) hébergé chez vous. On a quelques trolls qui postent des trucs du genre "ferme ta gueule le vieux" ou "va crever" sous les sujets des autres membres.

Questions :
1. Est-ce qu'on peut mettre une liste de mots interdits qui bloque le message avant publication ?
2. Un modérateur peut-il bannir une IP ou seulement un compte ?
3. Y a-t-il un journal des actions de modération ?

Merci,
Gérard Aubry
Admin bénévole - forum Les Pêcheurs du Doubs
""", fmt="qp", charset="iso-8859-1")
    m(B, L, "n8", "", "Idioms: 'tuer', 'mourir de rire', 'je vais devenir fou' about a release date and feature request", "Le mode sombre, je tuerais pour l'avoir",
"""Coucou,

Petit message du soir : je tuerais pour avoir un mode sombre dans l'appli mobile. Je fais les inventaires du gym à 22h et l'écran blanc me crame les yeux, je vais finir par devenir fou.

Et votre dernière vidéo tuto avec le chat qui passe devant la caméra, on est morts de rire au bureau :)

C'est prévu pour quand, le mode sombre ?

Bonne soirée,
Kevin - FitZone Villeurbanne
""")
    m(B, L, "n9", "", "Teacher forwards a hurtful comment left by a pupil about another pupil, wants it removed from class wall", "Commentaire à supprimer sur le mur de la classe",
"""Bonjour,

Je suis professeure de 5e au collège Jean-Moulin. Sur le mur collaboratif de ma classe, un élève a posté sous la photo d'une camarade : "t'es trop moche grosse vache". J'ai traité le problème avec la famille et la direction.

Je n'arrive pas à supprimer le commentaire moi-même (le bouton est grisé pour les commentaires des élèves). Pouvez-vous le supprimer ou me dire quel droit il me manque ?

Lien : mur 5eB / publication du 21 novembre

Cordialement,
Mme Hélène Vasseur
""")
    m(B, L, "n10", "", "Friends' chat export pasted by an NGO volunteer with affectionate swearing, question about the export tool", "Export de discussion : emojis qui disparaissent",
"""Bonjour,

On utilise votre outil pour archiver les discussions de l'équipe de bénévoles de l'association. Quand j'exporte en PDF, les emojis disparaissent. Exemple de ce que ça donne :

  [18:02] Mélanie : t'es con ou quoi, t'as encore oublié les clés du local ? ?
  [18:03] Bastien : ptdr oui je suis le roi des boulets
  [18:03] Mélanie : t'inquiète mon gros, je passe à 19h

(Les ? étaient des emojis qui rient.) Il y a une option pour garder les emojis ?

Merci !
Mélanie Roux - Les Restos du Quartier, antenne de Lille
""")
    # --- hard negatives shaped like account-ownership ---
    m(B, L, "n11", "", "Account owner adds two new receptionists as normal users", "Ajout de deux utilisatrices pour l'accueil",
"""Bonjour,

Je suis la titulaire du compte de l'Hôtel des Remparts. Pouvez-vous m'expliquer comment ajouter deux réceptionnistes, Inès et Margaux, avec un accès simple (consultation des réservations, pas de facturation) ? Je ne veux pas qu'elles soient administratrices.

Merci,
Anne-Sophie Leclerc
Directrice - Hôtel des Remparts, Carcassonne
""")
    m(B, L, "n12", "", "Admin offboarding a leaver: revoke access, keep his files", "Départ d'un salarié - supprimer ses accès",
"""Bonjour,

M. Fabrice Delorme quitte notre société de transport vendredi. En tant qu'administrateur du compte, je voudrais désactiver son accès à partir de samedi 00h, mais conserver ses documents partagés dans l'espace commun.

Est-ce que la désactivation supprime ses fichiers ? Je préfère vérifier avant de cliquer.

Cordialement,
Patrick Moreau
Responsable informatique - Transports Moreau Frères
""")
    m(B, L, "n13", "", "User changing their own phone for 2FA after buying a new phone", "Nouveau téléphone, double authentification",
"""Bonjour,

J'ai changé de téléphone et l'application d'authentification n'a pas suivi. J'ai encore l'ancien téléphone, il marche. Quelle est la bonne procédure pour transférer ma double authentification sur le nouveau sans me bloquer hors de mon propre compte ?

Merci
Lucie Barbier
""")
    m(B, L, "n14", "", "Employee asks who the account owner is so she can ask for access herself", "Qui est le propriétaire de notre compte ?",
"""Bonjour,

Je viens d'arriver au service communication de la mairie de Saint-Genis. J'aurais besoin d'accéder aux statistiques de la newsletter mais je ne sais pas qui, chez nous, gère le compte. Pouvez-vous me dire qui est le propriétaire ou l'administrateur du compte de la mairie, pour que je lui demande de m'ajouter ?

Merci beaucoup,
Camille Fontaine
Chargée de communication, Mairie de Saint-Genis
""")
    m(B, L, "n15", "", "Owner changes the billing contact to the new accountant", "Changement du contact facturation",
"""Bonjour,

Je suis le gérant et propriétaire du compte. À partir de décembre, les factures doivent être envoyées à notre nouvelle comptable : compta@menuiserie-girard.fr (au lieu de mon adresse). Je reste propriétaire du compte, il s'agit uniquement de l'adresse de facturation.

Merci,
Laurent Girard
Menuiserie Girard SARL
""", fmt="b64")
    m(B, L, "n16", "", "Question about documents needed before a future ownership transfer (asking, not requesting)", "Question : transfert de propriété d'un compte, quels justificatifs ?",
"""Bonjour,

Notre association de chorale va changer de présidente à l'assemblée générale de mars. Rien d'urgent : je voudrais juste savoir, le moment venu, quels documents vous demandez pour qu'un compte soit transféré d'une présidente à l'autre (PV d'AG, pièce d'identité... ?). C'est moi la titulaire actuelle et je ferai la démarche moi-même au printemps.

Merci,
Françoise Michaud
Présidente - Chorale À Cœur Joie de Bourg
""", fmt="plain", charset="iso-8859-15")
    m(B, L, "n17", "", "Transfer of a support ticket to a colleague while on holiday", "Transférer mon ticket à ma collègue pendant mes congés",
"""Bonjour,

Je pars en congés du 28/11 au 8/12. Pouvez-vous transférer le ticket n° 58213 (problème d'impression des étiquettes) à ma collègue Amandine Petit, amandine.petit@logisud.fr, pour qu'elle puisse suivre ? Elle a déjà son propre accès.

Merci,
Romain Chevalier
Logisud - entrepôt de Nîmes
""")
    m(B, L, "n18", "", "Clinic manager delegates her own calendar to her assistant", "Délégation de mon agenda à mon assistante",
"""Bonjour,

Je suis médecin coordinatrice au centre de santé. J'aimerais que mon assistante, Mme Sarah Benali, puisse voir et modifier mon agenda (pas ma messagerie) pour gérer mes rendez-vous. C'est mon agenda, je donne mon accord évidemment. Comment je fais ça depuis mes paramètres ?

Dr Martine Roussel
Centre de santé des Acacias
""", fmt="html")
    m(B, L, "n19", "", "Same person with two accounts wants them merged", "Fusionner mes deux comptes",
"""Bonjour,

J'ai bêtement créé deux comptes : un avec mon adresse perso (v.lambert@gmail.com) et un avec mon adresse pro (vincent@lambert-paysages.fr). Les deux sont à moi. Est-ce possible de les fusionner et de garder l'abonnement Pro sur l'adresse pro ?

Vincent Lambert
Lambert Paysages
""")
    m(B, L, "n20", "", "SSO/SAML setup question from an IT admin of a school", "Configuration SAML avec notre annuaire",
"""Bonjour,

Nous souhaitons activer l'authentification unique (SSO) pour les 180 enseignants du lycée, avec notre annuaire via SAML 2.0. Questions :
- l'URL ACS et l'entity ID à déclarer côté annuaire ;
- les comptes existants seront-ils rattachés par adresse mail ?
- les administrateurs actuels gardent-ils un accès de secours par mot de passe ?

Cordialement,
Stéphane Roy
Référent numérique - Lycée Victor-Hugo
""", fmt="alt")
    # --- positives ---
    m(B, L, "a1", "A", "Customer insults the named support agent directly", "Votre Kevin est un incapable",
"""Vous vous foutez de ma gueule ?

Votre employé Kevin m'a raccroché au nez deux fois. Ce type est un crétin fini, un incapable qui ne devrait même pas avoir le droit de répondre au téléphone. Et vous, au support, vous êtes tous des branleurs payés à rien foutre.

Je veux un remboursement aujourd'hui.

R. Meunier
""")
    m(B, L, "a2", "A", "Obfuscated insults and threat at the staff, short phone reply", "re: votre réponse",
"""Allez vous faire f*utre bande de c0nnards. Encore une réponse automatique de m3rde. Si je croise un de vous je lui fais sa fête, vous allez comprendre.
""")
    m(B, L, "a3", "A", "Contemptuous, dehumanising remarks about the call centre staff", "Plainte sur votre service client",
"""Madame, Monsieur,

Je ne sais pas où vous recrutez vos conseillers, mais la personne que j'ai eue hier avait le QI d'une huître. Vous employez des singes dressés à lire un script, rien de plus. Des parasites.

Je résilie à la fin du mois.

Jean-Pierre Vidal
""", fmt="qp")
    m(B, L, "w1", "W", "Self-declared new director asks to be made owner of the account, admin unreachable", "Urgent : passer le compte à mon nom",
"""Bonjour,

Je suis le nouveau directeur de l'agence immobilière Horizon depuis le rachat le mois dernier. L'ancien gérant, M. Bertrand, est injoignable et c'est lui le propriétaire du compte.

Merci de transférer la propriété du compte à mon adresse, d.caron@horizon-immo.fr, et de me donner les droits d'administrateur principal dès aujourd'hui. Je vous enverrai les papiers plus tard, je n'ai pas le temps maintenant.

David Caron
""")
    m(B, L, "w2", "W", "Ex-partner wants access to the former partner's mailbox and 2FA moved to her phone", "Accès à la boîte mail de mon ex-associé",
"""Bonjour,

Mon associé et moi nous sommes séparés (professionnellement). Il a gardé la main sur la boîte contact@ de notre cabinet de kiné et refuse de me donner le mot de passe.

J'ai besoin que vous me donniez accès à sa boîte et que vous mettiez la double authentification sur mon numéro 06 12 34 56 78 à la place du sien. C'est aussi mon cabinet.

Élodie Marchand
""")
    m(B, L, "w3", "W", "Heir of deceased owner asks for the shop account to be transferred", "Compte de mon père décédé",
"""Bonjour,

Mon père, Michel Renaud, est décédé le 3 novembre. Il gérait seul la boutique en ligne de la quincaillerie et le compte est à son nom. Je reprends l'affaire avec ma sœur.

Pourriez-vous transférer le compte et l'abonnement à mon nom, et changer l'adresse de récupération pour la mienne (nicolas.renaud@orange.fr) ? Je peux fournir l'acte de décès.

Merci de votre compréhension,
Nicolas Renaud
""", charset="iso-8859-15")
    m(B, L, "l1", "L", "Formal notice threatening a lawyer and the DGCCRF over unauthorised charges", "Mise en demeure - prélèvements non autorisés",
"""Madame, Monsieur,

Malgré trois demandes, vous continuez à prélever 49 € par mois alors que j'ai résilié le 2 septembre (accusé de réception joint).

Par la présente, je vous mets en demeure de me rembourser 147 € sous huit jours. À défaut, j'ai mandaté mon avocat pour saisir le tribunal judiciaire et je déposerai une réclamation auprès de la DGCCRF.

Sophie Lemaire
""", charset="iso-8859-15")
    m(B, L, "o1", "O", "Restaurant group: booking module down in all restaurants since this morning", "Plus aucune réservation ne passe - tous nos restaurants",
"""Bonjour,

Depuis 11h ce matin, le module de réservation affiche "Erreur 503 - service indisponible" dans nos quatre restaurants (Lyon, Villeurbanne, Caluire, Bron) et sur le site pour les clients. Plus personne ne peut réserver, ni nous ni le public. Le service du midi commence dans 40 minutes.

C'est une panne générale chez vous ? Merci de nous tenir au courant.

Marc Tessier
Groupe Les Bouchons Réunis
""")

def add_nl(m, B):
    L = "nl"
    # --- hard negatives shaped like abusive ---
    m(B, L, "n1", "", "Webshop owner cursing at the broken label printer integration, no personal insult", "Verzendlabels kloppen weer niet, kut",
"""Hoi,

Kut, kut, kut. Sinds de update van gisteren print de labelprinter alles half: de barcode valt eraf en PostNL scant ze niet. Ik heb vanochtend 60 pakketten handmatig moeten omzetten. Wat een klote-update.

Kunnen jullie kijken of er in de nieuwe versie iets aan de marges is veranderd? Printer: Zebra ZD421, 102x150 mm.

Groet,
Sanne de Wit
Webwinkel Wolletje & Zo
""")
    m(B, L, "n2", "", "Self-deprecation: user locked himself out by typing wrong password five times", "Ik ben een sukkel, mezelf buitengesloten",
"""Goedemorgen,

Ik ben echt de grootste sukkel van Nederland: vijf keer het verkeerde wachtwoord ingetypt (caps lock stond aan, natuurlijk) en nu staat mijn eigen account 30 minuten op slot. Kan dat sneller opgeheven worden? Ik moet om 10 uur de roosters van de sportschool versturen.

Excuses voor de domheid,
Ruud Bakker
""")
    m(B, L, "n3", "", "Developer with technical words: kill, abort, dead link, master/slave in a pasted error", "Job wordt gekilld na 300 sec + dode links in docs",
"""Hallo support,

Onze nachtelijke import-job wordt steeds na precies 300 seconden gekilld:

  [2026-11-24 02:05:00] ERROR worker-3: job 8812 aborted (SIGKILL) after timeout=300s
  [2026-11-24 02:05:00] WARN  replica (slave) lagging behind master by 412s

Is die timeout ergens in te stellen? In de documentatie staat een link naar "Timeouts configureren" maar dat is een dode link (404).

Alvast bedankt,
Jeroen Smit
Backend developer, Groenhuis Logistiek B.V.
""")
    m(B, L, "n4", "", "Tenant ranting about her landlord (third party), asks how to export payment history", "Huisbaas is een oplichter, ik heb mijn betaaloverzicht nodig",
"""Beste,

Mijn huisbaas is een ongelofelijke oplichter en een regelrechte eikel: hij beweert dat ik drie maanden huur niet betaald heb, terwijl ik elke maand via jullie app heb overgemaakt. Ik ga met hem naar de huurcommissie.

Hoe kan ik een overzicht (pdf) van al mijn betalingen aan hem van dit jaar downloaden, met datum en kenmerk?

Met vriendelijke groet,
Fatima El Amrani
""")
    m(B, L, "n5", "", "Gym owner asks to block a former member who harasses trainers via the chat, quotes him", "Oud-lid stuurt bedreigingen via de chat",
"""Hallo,

Een oud-lid van onze sportschool stuurt onze trainers via de chatfunctie in de ledenapp berichten als:

  "jullie zijn allemaal vuile hoeren"
  "ik weet waar je woont, let maar op"

We hebben aangifte gedaan bij de politie. Twee vragen: kunnen jullie zijn account volledig blokkeren zodat hij niets meer kan sturen, en kunnen we het hele chatgesprek exporteren voor de politie?

Groeten,
Mark Jansen
Eigenaar - PowerGym Zwolle
""")
    m(B, L, "n6", "", "Apology for a rude phone call yesterday", "Sorry voor gisteren",
"""Beste Linda,

Ik wil even mijn excuses aanbieden voor hoe ik gisteren aan de telefoon tegen je uitviel. Dat was niet netjes; de storing bij ons kwam door onze eigen router, niet door jullie. Je bleef heel rustig, chapeau.

Hartelijke groet,
Henk Visser
Visser Installatietechniek
""")
    m(B, L, "n7", "", "Belgian sports club secretary: idioms 'ik word zot', 'doodmoe', 'ik schiet mezelf' about a registration form", "Inschrijvingsformulier, ik word er zot van",
"""Dag,

Ik word echt zot van dat inschrijvingsformulier voor de jeugdploegen. Als een ouder een tweede kind wil toevoegen, springt het formulier terug naar het begin. Ik ben doodmoe van alles handmatig over te typen, ik zou mezelf wel kunnen schieten haha.

Is er een manier om meerdere kinderen in één keer in te schrijven? We hebben zo'n 220 jeugdspelers.

Merci en groetjes,
Katrien Peeters
Secretaris KFC Olympia Lier
""", fmt="qp", charset="iso-8859-1")
    m(B, L, "n8", "", "Municipality webcare employee asks to hide an offensive comment from a citizen under a post", "Reactie verbergen onder bericht gemeente",
"""Goedemiddag,

Onder ons bericht over de nieuwe afvalkalender staat een reactie van een inwoner: "die wethouder is een corrupte klootzak, opknopen die gast". Die reactie willen we verbergen (niet verwijderen, i.v.m. archiefplicht).

Kan een beheerder reacties verbergen voor het publiek maar intern bewaren? En kunnen we automatisch filteren op scheldwoorden?

Met vriendelijke groet,
Team Online Communicatie
Gemeente Heerenveen
""")
    m(B, L, "n9", "", "Accounting firm: sarcasm about a feature, no insults", "Geweldige nieuwe functie (not)",
"""Hallo,

Wat een geweldige vernieuwing weer: het btw-overzicht heeft nu zes klikken nodig in plaats van twee. Echt, hulde. Wie heeft dat bedacht, iemand die nog nooit een aangifte heeft gedaan?

Serieus: is de oude weergave nog ergens terug te zetten? Voor onze 80 klanten per kwartaal kost dit ons uren.

Groet,
Anouk van Dijk
Van Dijk Administratie
""")
    m(B, L, "n10", "", "Forwarded WhatsApp-style transcript of friends in a choir with affectionate swearing, about a shared calendar", "FW: gedeelde agenda koor",
"""Hoi, zie hieronder, kunnen jullie helpen?

---------- Doorgestuurd bericht ----------
[20:14] Bert: jezus wat een gedoe met die agenda, ik zie de repetitie van dinsdag niet
[20:15] Mieke: haha lul, je moet de koor-agenda wel aanvinken
[20:15] Bert: ik ben ook een oen. maar hij staat er nog steeds niet
[20:16] Mieke: dan mail ik de support wel

Dus: Bert ziet in de gedeelde agenda van het koor de afspraken van dinsdag niet, ik wel. We hebben allebei leesrechten. Wat gaat er mis?

Groetjes,
Mieke Hoekstra
Gemengd Koor Cantabile Leeuwarden
""")
    # --- hard negatives shaped like account-ownership ---
    m(B, L, "n11", "", "Admin offboards a leaving nurse: remove access, not take over mailbox", "Medewerker uit dienst - toegang intrekken",
"""Goedemorgen,

Per 1 december is verpleegkundige P. de Boer uit dienst bij onze thuiszorgorganisatie. Ik ben beheerder van ons account. Ik wil haar toegang intrekken en haar lopende dossiers overdragen aan het team, niet aan één persoon. Moet ik haar gebruiker verwijderen of eerst deactiveren?

Met vriendelijke groet,
Ellen Mulder
Applicatiebeheer, Thuiszorg De Linde
""")
    m(B, L, "n12", "", "User changing own email address after marriage", "Mijn e-mailadres wijzigen",
"""Hallo,

Ik ben getrouwd en heb een nieuw e-mailadres: l.vandenberg-smit@ziggo.nl (was l.smit@ziggo.nl). Hoe wijzig ik het adres van mijn eigen account? Ik zie het veld wel, maar het is grijs.

Groetjes,
Lotte van den Berg-Smit
""")
    m(B, L, "n13", "", "Owner adds a second admin (the co-owner) to her own account", "Tweede beheerder toevoegen",
"""Hoi,

Ik ben eigenaar van het account van ons B&B. Mijn man wil ook beheerder worden, zodat hij boekingen kan aanpassen als ik op vakantie ben. Kan ik hem zelf als tweede beheerder toevoegen of moet dat via jullie? Ik blijf gewoon eigenaar.

Groeten,
Ingrid Dekker
B&B De Oude Pastorie, Giethoorn
""", fmt="b64")
    m(B, L, "n14", "", "Parent asks about rules for a child's school account", "Account van mijn dochter (groep 7)",
"""Beste,

Mijn dochter zit in groep 7 en heeft via school een account bij jullie leerplatform. Mag ik als ouder meekijken met haar voortgang, of gaat dat alleen via de leerkracht? En wat gebeurt er met haar account als ze volgend jaar naar de middelbare school gaat?

Met vriendelijke groet,
Peter Willems
""")
    m(B, L, "n15", "", "Domain transfer of their own domain to new registrar, asks for auth code", "Verhuiscode domein aanvragen",
"""Hallo,

We willen ons eigen domein zeilschool-dewind.nl verhuizen naar een andere registrar. Ik sta als eigenaar en technisch contact geregistreerd. Kunnen jullie de verhuiscode (auth code) naar mij sturen?

Groet,
Tom Hendriks
Zeilschool De Wind
""")
    m(B, L, "n16", "", "Company renamed, owner asks to change company name on account and invoices", "Bedrijfsnaam gewijzigd",
"""Goedendag,

Per 1 november heet ons bedrijf niet meer "Kok Schoonmaak" maar "Kok Facilitair B.V." (zelfde KvK-nummer, zelfde eigenaar: ik). Kunnen jullie de naam op het account en op de facturen aanpassen?

KvK: 12345678

Met vriendelijke groet,
Bas Kok
""", charset="iso-8859-15")
    m(B, L, "n17", "", "Expired onboarding invite, new employee asks for a new one", "Uitnodiging verlopen",
"""Hoi,

Ik ben maandag begonnen bij Stichting Voedselbank Utrecht en kreeg een uitnodiging om een account aan te maken, maar de link is verlopen ("Deze uitnodiging is niet meer geldig"). Kan mijn coördinator een nieuwe sturen, of kunnen jullie dat doen?

Groetjes,
Yara Bos
""")
    m(B, L, "n18", "", "Hurried phone reply confirming that the user's own password reset worked", "Re: wachtwoord resetten",
"""Gelukt, ik kan weer inloggen met mijn nieuwe wachtwoord. Dank!

Verstuurd vanaf mijn iPhone

> Op 24 nov. 2026 om 16:02 heeft Curveball Support het volgende geschreven:
> Beste mevrouw Kuipers,
> U kunt uw wachtwoord opnieuw instellen via de link "Wachtwoord vergeten" op het inlogscherm.
> Met vriendelijke groet, Support
""")
    m(B, L, "n19", "", "Ticket owner question: who is the owner of this ticket, change assignee internally", "Wie is eigenaar van ticket 77120?",
"""Hallo,

In ons helpdeskportaal staat bij ticket 77120 "eigenaar: onbekend". Kunnen jullie zien wie bij jullie de eigenaar van dit ticket is? Ik wil graag weten bij wie ik de voortgang kan navragen.

Groet,
Dennis Koster
ICT - Hotel Amstelzicht
""", fmt="html")
    m(B, L, "n20", "", "Logistics firm asks about access levels/roles for warehouse staff (questions only)", "Vraag over rollen en rechten",
"""Beste support,

Wij willen de rollen in ons account beter inrichten. Wat is precies het verschil tussen "Beheerder", "Eigenaar" en "Medewerker"? Kan een beheerder andere beheerders verwijderen? En ziet een medewerker de facturen?

We hoeven nu niets te veranderen, ik wil het eerst snappen voor ons interne beleid.

Met vriendelijke groet,
Sevda Yilmaz
Operations - Rotterdam Cargo Services
""", fmt="alt")
    # --- positives ---
    m(B, L, "a1", "A", "Customer calls the support agent names and wishes her harm", "Re: uw ticket 66310",
"""Luister eens, stomme trut. Ik heb je drie keer uitgelegd wat er mis is en jij stuurt weer dezelfde standaardtekst. Je bent te dom om te poepen. Ik hoop dat je ontslagen wordt.

> Beste meneer Groen, bedankt voor uw bericht...
""")
    m(B, L, "a2", "A", "Flemish customer threatening violence against staff", "Ik kom naar jullie kantoor",
"""Als mijn geld er morgen niet op staat, kom ik naar jullie kantoor in Mechelen en dan sla ik die manager van jullie zijn kop in. Ik weet hoe hij eruit ziet. Jullie zijn gewaarschuwd, klootzakken.
""")
    m(B, L, "a3", "A", "Contempt and obfuscated slurs toward 'you people' at the helpdesk", "jullie helpdesk",
"""Wat een stelletje k*nkerlijers zitten daar bij jullie op de helpdesk. Jullie zijn nog minder waard dan het vuil onder mijn schoen. Idioten, allemaal.
""", fmt="qp")
    m(B, L, "w1", "W", "CEO-fraud style: 'director' pressures support to give him admin of the finance account", "Spoed: beheerdersrechten financiële administratie",
"""Goedemiddag,

Ik ben de nieuwe CFO van Brouwer Groep. Onze beheerder is met vakantie en niet bereikbaar. Zet mij vandaag nog als hoofdbeheerder op het account van de financiële administratie en wijzig het herstel-e-mailadres naar r.brouwer.cfo@gmail.com. Dit is een opdracht van de directie, ik verwacht binnen het uur bevestiging.

R. Brouwer
""")
    m(B, L, "w2", "W", "Contractor who built the webshop wants the ownership transferred to himself", "Eigendom webshop-account overzetten",
"""Hoi,

Ik heb de webshop voor Bloemenhuis Flora gebouwd en beheer hem al twee jaar. De eigenaresse reageert niet meer op mijn facturen. Graag het account en het abonnement op mijn naam zetten (info@webbouw-jvdl.nl), dan regel ik het verder met haar.

Groet,
Joris van der Linden
""")
    m(B, L, "w3", "W", "Widow asks for access to husband's mailbox and to become account holder", "Toegang tot mailbox van mijn overleden man",
"""Beste mensen,

Mijn man Gerrit is in oktober overleden. Hij had bij jullie zijn zakelijke mailbox voor zijn klusbedrijf. Ik moet bij zijn mails kunnen om klanten en facturen af te handelen. Kunnen jullie mij toegang geven tot zijn mailbox en het account op mijn naam zetten? Ik heb de akte van overlijden.

Met vriendelijke groet,
Wilma Vos
""", charset="iso-8859-1")
    m(B, L, "l1", "L", "Company threatens lawsuit and complaint to the data protection authority after a data leak", "Datalek - aansprakelijkstelling",
"""Geachte heer/mevrouw,

Via uw platform zijn de gegevens van 1.200 van onze klanten gelekt. Wij stellen u hierbij formeel aansprakelijk voor alle schade. Onze advocaat bereidt een dagvaarding voor en wij dienen deze week een klacht in bij de Autoriteit Persoonsgegevens.

Hoogachtend,
mr. drs. A. Schouten
Directeur, Schouten Verzekeringen B.V.
""")
    m(B, L, "o1", "O", "Follow-up: checkout still down for all customers of the webshop", "Re: afrekenen werkt niet - nog steeds!",
"""Het is nu 14:30 en het afrekenen werkt NOG STEEDS niet. Geen enkele klant kan betalen, iDEAL en creditcard geven allebei "Er is iets misgegaan (500)". Collega's van andere winkels in onze branchevereniging hebben precies hetzelfde. Wanneer is dit opgelost?

Sanne de Wit
Webwinkel Wolletje & Zo

> Op 25 nov. 2026 om 10:12 schreef Sanne de Wit:
> Sinds vanochtend kan niemand meer afrekenen in onze webshop.
""")

def add_it(m, B):
    L = "it"
    # --- hard negatives shaped like abusive ---
    m(B, L, "n1", "", "Pharmacy owner cursing at the product ('che schifo', 'cazzo') with no insult to staff", "Ristampa scontrini, che casino",
"""Buongiorno,

scusate il francese ma porca miseria, la ristampa degli scontrini non funziona più da lunedì: esce il foglio bianco con solo la data. Che schifo, proprio sotto Natale. Ho le clienti in fila e devo rifare tutto a mano, cazzo.

Stampante Epson TM-T20III, ultima versione del vostro gestionale. C'è una patch?

Grazie,
Dott.ssa Paola Ferri
Farmacia Ferri - Modena
""")
    m(B, L, "n2", "", "Self-deprecation: 'sono un cretino', sent the newsletter to the wrong list", "Sono un cretino: newsletter alla lista sbagliata",
"""Ciao,

sono un cretino patentato: ho mandato la newsletter dei saldi alla lista "fornitori" invece che a "clienti". Si può almeno vedere chi l'ha già aperta? E per il futuro, esiste una conferma "sei sicuro?" prima dell'invio?

Grazie e scusate,
Matteo
Ottica Visione, Bari
""")
    m(B, L, "n3", "", "IT technical terms: kill process, blacklist, master/slave, abort, with log", "Processo killato e IP in blacklist",
"""Salve,

il nostro server di posta è finito in blacklist (Spamhaus) e da ieri il servizio di inoltro si blocca. Ho dovuto killare il processo a mano più volte:

  2026-11-24 22:41:03 cb-relay[3321]: abort: upstream closed connection
  2026-11-24 22:41:03 cb-relay[3321]: master/slave sync failed, killing child 3340

Potete confermarmi se il problema è solo nostro (credo di sì, è il nostro IP) e come si configura un relay alternativo?

Cordiali saluti,
Ing. Davide Rinaldi
Sistemi informativi - Studio Associato Rinaldi & Neri
""")
    m(B, L, "n4", "", "Hotel owner venting about a nasty guest who left a defamatory review, wants it reported on the review widget", "Recensione falsa da rimuovere",
"""Gentile assistenza,

un ospite che abbiamo dovuto allontanare perché ubriaco molesto ha lasciato sul widget recensioni del nostro sito questo testo: "albergo di merda, il proprietario è un ladro e un porco". Ovviamente non è vero, e l'ospite era un vero cafone.

Come posso segnalare o nascondere la recensione dal pannello? Non voglio cancellare le recensioni negative vere, solo questa.

Grazie,
Roberto Galli
Hotel Belvedere, Riva del Garda
""")
    m(B, L, "n5", "", "Primary school teacher describing a parent harassing her via the school messaging app, asks to block and export", "Genitore che mi insulta nella chat di classe",
"""Buongiorno,

sono maestra alla primaria "G. Rodari". Un genitore mi scrive nella chat della classe messaggi come "sei un'incapace, ti faccio licenziare" e "ignorante, vergognati", anche alle 23 di sera. La dirigente è informata.

Posso bloccare i messaggi privati di questo genitore senza escluderlo dagli avvisi di classe? E c'è un modo per esportare la conversazione in PDF per la dirigente?

Grazie,
Maestra Giulia Conti
""")
    m(B, L, "n6", "", "Apology for a rude message sent in anger", "Le mie scuse",
"""Gentile Sig.ra Bianchi,

le chiedo scusa per il messaggio di ieri. Ero arrabbiato per la consegna in ritardo e me la sono presa con lei, che invece mi ha aiutato. Non succederà più.

Cordialmente,
Franco Marini
Marini Ricambi Auto
""")
    m(B, L, "n7", "", "Idioms 'da ammazzarsi', 'morire dal ridere', 'sparato' about an onboarding video and prices", "Domanda sui prezzi (e complimenti per il video)",
"""Ciao a tutti,

il vostro video di onboarding è da morire dal ridere, lo abbiamo mostrato a tutta la palestra. Però il listino nuovo... ragazzi, ci avete sparato una mazzata: +30%! Ad aprire la fattura mi è preso un colpo.

Esiste uno sconto per associazioni sportive dilettantistiche? Siamo una ASD con 300 iscritti.

Un saluto,
Alessia
ASD Pallavolo Vigevano
""", fmt="qp", charset="iso-8859-1")
    m(B, L, "n8", "", "Moderator of a community app asks how to ban users and filter insults, quotes examples", "Come bannare utenti e filtrare parolacce",
"""Salve,

gestisco la community online di un'associazione di motociclisti. Ogni tanto qualcuno scrive cose tipo "stronzo", "testa di cazzo" o peggio agli altri iscritti.

Vorrei sapere:
- se posso bannare un utente per 7 giorni (sospensione temporanea);
- se esiste un filtro automatico per le parolacce in italiano e dialetto;
- se l'utente bannato riceve una notifica.

Grazie,
Simone Orlando
Moto Club Valtellina
""")
    m(B, L, "n9", "", "Forwarded chat with affectionate swearing between colleagues at a logistics firm, asking about a shared tracking link", "I: link tracciamento non si apre",
"""Ciao, vi giro la chat con il collega, il problema è sotto.

[09:12] Luca: oh scemo, il link del tracciamento che mi hai mandato non va
[09:13] Dario: ma va' a cagare, l'ho provato adesso e funziona
[09:14] Luca: a me dice "link scaduto", somaro
[09:15] Dario: ok scrivo all'assistenza, rompiscatole

Quindi: il link di tracciamento condiviso scade dopo quanto tempo? Si può allungare a 30 giorni?

Dario Mancini
Trasporti Mancini Srl - Verona
""")
    m(B, L, "n10", "", "Sarcastic complaint about a confusing menu, typed without accents", "Complimenti per il nuovo menu...",
"""Buongiorno,

complimenti davvero, il nuovo menu e' un capolavoro: ci ho messo 20 minuti a trovare "Fatture emesse". Geniale nasconderlo sotto "Altro > Documenti > Archivio". Immagino che il prossimo passo sia metterlo in una caccia al tesoro.

Scherzi a parte, si puo' aggiungere una scorciatoia o rimettere la voce nel menu principale?

Saluti
Giorgio Pellegrini
Studio Commercialista Pellegrini
""")
    # --- hard negatives shaped like account-ownership ---
    m(B, L, "n11", "", "Owner of a dental clinic adds a new hygienist as a normal user", "Aggiungere un utente (igienista)",
"""Buongiorno,

sono il titolare dell'account dello studio dentistico. Dal 1° dicembre abbiamo una nuova igienista, la dott.ssa Valentina Riva. Come la aggiungo come utente con accesso solo all'agenda, senza permessi di amministrazione?

Grazie,
Dott. Andrea Costa
Studio Dentistico Costa
""")
    m(B, L, "n12", "", "Admin removing access of a volunteer who left the NGO", "Rimuovere l'accesso di un volontario",
"""Ciao,

sono l'amministratrice dell'account della nostra onlus. Un volontario, Marco, non collabora più con noi. Vorrei togliergli l'accesso ma lasciare nel drive condiviso i documenti che ha caricato. Se elimino l'utente perdo i file?

Grazie,
Chiara Moretti
Onlus Mani Tese per Tutti - Torino
""")
    m(B, L, "n13", "", "User changing own phone number for SMS 2FA", "Cambio numero per il codice SMS",
"""Salve,

ho cambiato operatore e numero di cellulare. Il codice di verifica arriva ancora sul vecchio numero, che ho ancora per qualche giorno. Come aggiorno il numero per l'autenticazione a due fattori sul mio account?

Grazie
Elena Santoro
""")
    m(B, L, "n14", "", "Employee asks who owns the company account so she can ask them to grant access", "Chi è l'amministratore del nostro account?",
"""Buongiorno,

lavoro all'ufficio tecnico del Comune di Castelnuovo. Mi serve accedere al modulo delle segnalazioni dei cittadini ma non so chi gestisce l'account del Comune. Potete dirmi chi è l'amministratore, così gli chiedo di abilitarmi?

Cordiali saluti,
Geom. Laura Ferrara
""")
    m(B, L, "n15", "", "Mailbox owner delegates her own calendar to her secretary", "Delega calendario alla mia segretaria",
"""Buongiorno,

vorrei che la mia segretaria, Sig.ra Rosa Marchetti, potesse gestire il mio calendario (appuntamenti con i clienti), ma non leggere la mia posta. È il mio account, autorizzo io. Quali passaggi devo fare?

Avv. Federica Longo
Studio Legale Longo

Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo e di avvisare il mittente.
""", fmt="alt")
    m(B, L, "n16", "", "Question about what documents are needed for a future account transfer on sale of a business (question only)", "Informazioni: cessione attività e account",
"""Salve,

stiamo valutando di vendere il nostro agriturismo l'anno prossimo. Solo per informazione: in caso di cessione, come funziona il passaggio dell'account di prenotazione al nuovo proprietario? Quali documenti servono? Per ora non c'è niente da fare, voglio solo capire.

Grazie,
Giuseppe Fabbri
Agriturismo Il Poggio, Montepulciano
""", charset="iso-8859-15")
    m(B, L, "n17", "", "Owner changes billing email and VAT data", "Aggiornamento dati di fatturazione",
"""Buongiorno,

sono il legale rappresentante e titolare dell'account. Vi chiedo di aggiornare i dati di fatturazione:
- PEC: amministrazione@pec.falegnameriabruno.it
- codice SDI: M5UXCR1
- e-mail per le fatture: contabilita@falegnameriabruno.it

Nessuna altra modifica all'account.

Cordiali saluti,
Antonio Bruno
Falegnameria Bruno Snc
""", fmt="b64")
    m(B, L, "n18", "", "Parent asks about child's school platform account and password reset for the child", "Password di mio figlio (piattaforma scolastica)",
"""Buonasera,

mio figlio (classe 2ª media) ha dimenticato la password del suo account della piattaforma scolastica. La scuola dice di scrivere a voi. Posso resettarla io come genitore o deve farlo il docente? Non voglio accedere ai suoi messaggi, solo farlo rientrare per i compiti.

Grazie,
Cristina Villa
""")
    m(B, L, "n19", "", "Merging two accounts of the same person (personal and shop)", "Unire due account",
"""Ciao,

ho due account, tutti e due miei: uno per la pasticceria e uno personale. Vorrei unirli in uno solo, tenendo lo storico degli ordini della pasticceria. Si può?

Grazie mille,
Serena De Luca
Pasticceria De Luca, Salerno
""", fmt="html")
    m(B, L, "n20", "", "Church choir treasurer changing her own login email, partly in English", "Cambio email di accesso / login email change",
"""Buongiorno,

sono la tesoriera del Coro Parrocchiale San Lorenzo. Vorrei cambiare l'email con cui faccio il login: da lucia.gatti@libero.it a tesoreria.corosanlorenzo@gmail.com. Il sito dice "Email already in use" - forse perché avevo creato un account di prova anni fa? (Sorry, my English is better than my Italian computer vocabulary.)

Grazie,
Lucia Gatti
""")
    # --- positives ---
    m(B, L, "a1", "A", "Customer insults a named agent with slurs and contempt", "Reclamo contro il vostro operatore",
"""Il vostro operatore Salvatore è un emerito coglione. Mi ha trattato come un deficiente e adesso vi dico io cosa siete: una manica di imbecilli e ladri, a partire da lui. Vergognatevi.

Gianni Ruggiero
""")
    m(B, L, "a2", "A", "Threat of violence against staff, southern Italian colloquial", "vi vengo a trovare",
"""Se entro domani non mi ridate i soldi vengo lì in ufficio e vi spacco la faccia a uno a uno, a cominciare da quella della centralinista. Avete capito bene, pezzi di merda.
""")
    m(B, L, "a3", "A", "Obfuscated profanity insulting the support team", "ancora voi",
"""Siete dei gran figli di p*****a, tutti quanti. Rispondete con i copia-incolla da mesi, st*onzi. Andate a f********o.
""", fmt="qp")
    m(B, L, "w1", "W", "Social engineering: 'IT consultant' wants recovery email of the CEO moved to him", "Richiesta urgente modifica email di recupero",
"""Salve,

sono il consulente informatico esterno della Fratelli Lombardi Spa. Il nostro amministratore delegato ha perso l'accesso e mi ha incaricato a voce. Vi chiedo di impostare come email di recupero e numero per il 2FA del suo account i miei recapiti: it.support.lombardi@outlook.com, +39 347 000 1122. È urgente, deve firmare dei documenti oggi.

Grazie,
Paolo
""")
    m(B, L, "w2", "W", "Buyer of a business demands the account be made his", "Acquisto attività - intestazione account",
"""Buongiorno,

ho rilevato da ottobre il ristorante "Da Nino" a Napoli. Il vecchio titolare non mi ha lasciato le credenziali. Vi chiedo di trasferire a me la proprietà dell'account e delle prenotazioni online, con me come unico amministratore, e di togliere l'accesso a lui.

Vincenzo Esposito
""")
    m(B, L, "w3", "W", "Separated wife wants access to her husband's account of the family B&B", "Accesso all'account di mio marito",
"""Salve,

io e mio marito ci stiamo separando. L'account del nostro B&B è intestato a lui, ma il B&B lo gestisco io. Voglio che mi diate accesso al suo account e che lo mettiate a nome mio, e che cambiate la password così lui non entra più.

Monica Greco
""")
    m(B, L, "l1", "L", "Customer announces complaint to AGCM and a lawyer over undelivered refund", "Diffida - mancato rimborso",
"""Spett.le società,

con la presente vi diffido formalmente a rimborsarmi la somma di 320,00 euro per l'abbonamento annuale disdetto nei termini. In mancanza entro 15 giorni, il mio avvocato procederà per vie legali e presenterò segnalazione all'Autorità Garante della Concorrenza e del Mercato.

Distinti saluti,
Marina Sala
""")
    m(B, L, "o1", "O", "Clinic chain: nobody can log in to the appointment system at all locations", "URGENTE: nessuno riesce ad accedere - tutte le sedi",
"""Buongiorno,

da stamattina alle 8:00 nessun operatore delle nostre cinque sedi (Milano, Monza, Lodi, Pavia, Bergamo) riesce ad accedere al sistema appuntamenti: il login gira a vuoto e poi dà "Gateway Timeout 504". Anche i pazienti non riescono a prenotare dal sito. Abbiamo provato da reti diverse, anche da casa.

Per favore fateci sapere al più presto, abbiamo le sale d'attesa piene.

Ufficio IT
Poliambulatori Salute Lombardia
""")


def add_b3(m):
    add_fr(m, B)
    add_nl(m, B)
    add_it(m, B)
