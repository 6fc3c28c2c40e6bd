"""devset21 precision, batch 3: French, Dutch, Italian.

Per language: n1-n10 hard negatives shaped like abusive, n11-n20 hard negatives shaped like
account-ownership, a1-a3 abusive, w1-w3 account-ownership, l1 legal-threat, o1 outage."""

B = "b3"


def add_b3(m):
    # ------------------------------------------------------------------ French
    m(B, "fr", "n1", "", "gym owner swearing at a broken subscription export, no one insulted (shape A)",
      "Export des abonnements encore planté",
      """Bonjour,

Putain, ça fait trois fois cette semaine que l'export Excel des abonnements me sort un fichier vide. J'ai la compta qui attend les chiffres pour la clôture de novembre et je me retrouve à tout recopier à la main, c'est vraiment la galère.

Ce que je fais : Membres > Abonnements > Exporter > Excel, période du 01/11 au 24/11. Le fichier fait 2 Ko et il n'y a que les en-têtes. Avec la période d'octobre ça marche, bizarrement.

Je ne sais pas ce qui a changé dans la dernière mise à jour mais ce foutu export marchait très bien avant. Vous pouvez regarder ?

Merci,
Karim Benali
Gérant – Salle Fit'Up Villeurbanne""")

    m(B, "fr", "n2", "", "primary-school teacher calling herself an idiot for deleting her class homework log (shape A)",
      "J'ai supprimé le cahier de textes de ma classe (oui, moi-même)",
      """Bonjour,

Je suis vraiment la reine des idiotes : en voulant faire du ménage dans mes dossiers hier soir, j'ai supprimé le cahier de textes de ma classe de CM2, avec tous les devoirs saisis depuis la rentrée. Je me suis sentie tellement bête ce matin quand les parents ont commencé à m'écrire.

Est-ce qu'il existe une corbeille ou une sauvegarde de votre côté ? Le dossier s'appelait « CM2 B – 2026-2027 », supprimé hier vers 21h30.

Merci d'avance, et pardon pour la bêtise.

Claire Martin
École élémentaire Jules-Ferry, Montreuil""", fmt="qp")

    m(B, "fr", "n3", "", "logistics IT pasting a 'Killed (signal 9)' log from their own server, brute-force and IP blacklist question (shape A)",
      "Connecteur EDI : process killed toutes les nuits + liste noire IP",
      """Bonjour,

Depuis lundi notre job d'import EDI (connecteur v3.2, installé sur notre serveur, pas chez vous) se fait tuer vers 02h10. Extrait du journal :

2026-11-24 02:10:37 [worker-3] INFO  batch 4411: 12840 lignes lues
2026-11-24 02:10:52 [worker-3] ERROR Killed (signal 9)
2026-11-24 02:10:52 [supervisor] WARN child process died, restarting (attempt 3/3)
2026-11-24 02:10:53 [supervisor] FATAL giving up, aborting run

On pense que c'est l'OOM killer de notre côté, on a déjà ajouté de la RAM, mais est-ce que vous avez une taille de lot recommandée ?

Question annexe : notre portail a subi une attaque brute-force la semaine dernière et on a mis toute une plage d'IP en liste noire sur le firewall. Est-ce que vos IP sortantes pour les webhooks sont fixes ? On ne voudrait pas vous bloquer par erreur.

Cordialement,
Thomas Girard
Responsable SI – Transports Girard & Fils, Rungis""")

    m(B, "fr", "n4", "", "candle webshop calling its courier clowns, asks how to change default carrier (shape A, third party)",
      "Changer de transporteur par défaut dans la boutique",
      """Bonjour,

Je vends des bougies artisanales via votre plateforme. Mon transporteur actuel, c'est une catastrophe : ces guignols ont encore perdu deux colis cette semaine et m'ont rendu le troisième écrasé, avec le fameux « avis de passage » alors que j'étais à l'atelier toute la journée. Bref, j'en ai ras-le-bol, je les lâche.

Comment est-ce que je change le transporteur par défaut dans ma boutique ? Je voudrais passer sur Colissimo pour tous les envois et garder le retrait en point relais en option. Les commandes déjà payées gardent-elles l'ancien mode d'envoi ?

Merci,
Sophie – Lumière d'Ardèche""", fmt="html")

    m(B, "fr", "n5", "", "hotel director: receptionist harassed by a former guest in the chat widget, wants to block and export for police (shape A, quoted abuse)",
      "Client insultant dans le chat – bloquer et exporter la conversation",
      """Bonjour,

Je suis la directrice de l'Hôtel des Remparts à Carcassonne. Depuis samedi, un ancien client écrit tous les soirs à notre réceptionniste via le chat de notre site (votre widget). Les messages sont de plus en plus violents, par exemple :
« t'es qu'une incapable, je vais venir te chercher à la fin de ton service »
« sale conne, tu vas voir »

Notre réceptionniste est très secouée. Elle va déposer plainte au commissariat contre cet homme et la police demande une copie complète des échanges avec les horodatages.

1. Comment bloquer ce visiteur définitivement ? Il change de nom à chaque fois, mais l'adresse e-mail est la même.
2. Comment exporter toute la conversation avec les dates et heures ?

Merci de votre aide rapide,
Isabelle Roux
Hôtel des Remparts""", fmt="alt")

    m(B, "fr", "n6", "", "physiotherapist apologising for yesterday's rude mail, issue solved, Outlook quote (shape A)",
      "RE: Ticket #48213 – synchronisation agenda",
      """Bonjour Mathieu,

Je vous dois des excuses pour mon message d'hier soir. J'étais à bout après une journée à jongler avec des rendez-vous en double et je me suis défoulé sur vous, ce n'était ni juste ni correct. Votre explication sur le fuseau horaire était la bonne : depuis que j'ai corrigé le réglage de l'agenda du cabinet, plus aucun doublon.

Merci pour votre patience, et encore désolé pour le ton.

Pierre Lefèvre
Cabinet de kinésithérapie Lefèvre, Nantes

-----Message d'origine-----
De : Support <support@example.com>
Envoyé : mardi 24 novembre 2026 18:41
À : Pierre Lefèvre
Objet : Ticket #48213 – synchronisation agenda

Bonjour Monsieur Lefèvre,

Les doublons viennent probablement du fuseau horaire de l'agenda partagé (UTC au lieu d'Europe/Paris). Pouvez-vous vérifier dans Paramètres > Agenda > Fuseau horaire ?

Bien cordialement,
Mathieu – Support""")

    m(B, "fr", "n7", "", "rugby club volunteer asking how to filter and ban on the supporters' forum, quotes fans' insults (shape A)",
      "Modération du forum du club – bannir des membres ?",
      """Bonjour,

Je suis bénévole au rugby club de Dax et je gère le forum des supporters qu'on héberge chez vous. Après le derby de dimanche, ça a complètement dégénéré : des messages du genre « l'arbitre est un enculé », « va crever connard », « les Montois, tous des consanguins ». Ça ne peut pas rester en ligne.

Mes questions :
- Est-ce qu'il y a un filtre de mots automatique, et comment on ajoute des mots ?
- Comment bannir un membre temporairement (30 jours par exemple) plutôt que supprimer son compte ?
- Est-ce qu'on peut mettre les nouveaux messages en modération avant publication les jours de match ?

Merci,
Jean-Marc""")

    m(B, "fr", "n8", "", "Quebec plumber swearing (sacres) at an invoicing module freezing on his own PC only (shape A)",
      "Module de facturation qui gèle encore",
      """Allô,

Tabarnak, ça fait deux fois aujourd'hui que le module de facturation gèle quand j'essaie d'envoyer les factures du mois. J'en ai une quarantaine à envoyer avant vendredi pis là je perds mon temps à redémarrer. C'est quoi le crisse de problème avec la dernière version?

Ça fige sur « Génération du PDF… » vers 60 %, après faut fermer l'onglet. Sur le portable de ma collègue ça marche, c'est juste sur mon poste (Windows 11, Chrome à jour). J'ai vidé la cache, même affaire.

Merci de me revenir vite, je capote un peu.

Steve Gagnon
Plomberie Gagnon inc., Trois-Rivières""")

    m(B, "fr", "n9", "", "restaurant asking to remove a fake review that calls the owner a pig and a crook (shape A, quoted)",
      "Demande de suppression d'un avis mensonger",
      """Bonjour,

Un avis a été publié hier sur la page de notre restaurant (Le Petit Zinc, Lyon 2e) via votre module d'avis clients. Il dit notamment : « Des escrocs et des voleurs, le patron est un gros porc qui se fout des clients ». Nous n'avons aucune réservation ni aucun paiement au nom de cette personne à la date indiquée (21/11), et le compte a été créé le jour même.

Comment signaler cet avis, et sous quel délai peut-il être retiré ? Je peux vous envoyer le relevé des réservations du soir si besoin.

Cordialement,
Nadia Haddad
Le Petit Zinc""", fmt="b64")

    m(B, "fr", "n10", "", "Belgian choir secretary teasing her old friend in cc who imported members twice, asks to merge duplicates (shape A, banter)",
      "Membres en double dans la chorale",
      """Bonjour,

Je suis secrétaire de la chorale Sainte-Cécile à Namur. Ce vieux con de Jacques (je peux le dire, on chante ensemble depuis trente ans et il est en copie) a importé le fichier des choristes deux fois samedi, et maintenant on a nonante-deux membres au lieu de quarante-six. Je lui ai dit qu'il était une vraie tête de mule de ne pas avoir attendu que je vérifie le fichier, mais bon, c'est fait.

Est-ce qu'il y a moyen de fusionner les doublons automatiquement, ou faut-il les supprimer un par un ? Pour certains, la cotisation a été encodée sur les deux fiches.

Merci beaucoup,
Brigitte Lambert
Chorale Sainte-Cécile – Namur""".replace("–", "-"), charset="iso-8859-15")

    m(B, "fr", "n11", "", "doctor who owns the practice account adding a new secretary as a limited user (shape W)",
      "Ajout d'une utilisatrice – nouvelle secrétaire médicale",
      """Bonjour,

Je suis titulaire du compte du cabinet médical des Tilleuls. Une nouvelle secrétaire, Mme Laura Petit, commence lundi 30 novembre. Je voudrais lui créer un accès simple : prise de rendez-vous et agenda uniquement, pas d'accès à la facturation ni aux paramètres. Je reste la seule administratrice.

Est-ce que je peux le faire moi-même depuis mon espace, ou faut-il passer par vous ? Et est-ce que ça change le prix de l'abonnement ?

Bien à vous,
Dr Anne Morel""")

    m(B, "fr", "n12", "", "accounting firm admin offboarding a leaving accountant, no mailbox access wanted (shape W)",
      "Départ d'un collaborateur – désactiver son accès",
      """Bonjour,

Notre comptable, M. Olivier Blanc, quitte le cabinet vendredi soir. En tant qu'administrateur du compte, je voudrais :
- désactiver son accès à partir de samedi 0h,
- révoquer ses sessions ouvertes et son jeton d'API,
- libérer sa licence pour la stagiaire qui arrive en janvier.

Je n'ai pas besoin d'aller dans sa messagerie, ses dossiers clients sont déjà dans les espaces partagés. Y a-t-il un moyen de programmer la désactivation, ou dois-je le faire à la main samedi ?

Cordialement,
Hervé Dumas
Dumas & Associés – Expertise comptable, Bordeaux""", fmt="qp")

    m(B, "fr", "n13", "", "user moving his own 2FA to a new phone, short mobile mail (shape W)",
      "Nouveau téléphone – double authentification",
      """Bonjour, j'ai changé de téléphone hier (j'ai encore l'ancien, il marche). Comment je transfère ma double authentification sur le nouveau sans me bloquer hors de mon compte ? Je me connecte sans problème avec l'ancien pour l'instant.
Merci
Marc

Envoyé de mon iPhone""")

    m(B, "fr", "n14", "", "town hall culture department asking who the account admin is so she can ask them (shape W)",
      "Qui administre le compte de la mairie ?",
      """Bonjour,

Je travaille au service culture de la mairie de Saint-Jean-de-Luz. Nous utilisons votre outil pour la billetterie des spectacles, mais la personne qui avait créé le compte a changé de service et plus personne ici ne sait qui en est le propriétaire.

Pouvez-vous me dire quel nom ou quelle adresse est enregistré comme administrateur ? Je le contacterai pour lui demander de m'ajouter comme utilisatrice.

Merci,
Émilie Etchart
Service culture – Mairie de Saint-Jean-de-Luz""", fmt="html")

    m(B, "fr", "n15", "", "association treasurer asking which documents a future change of account holder would need, no request yet (shape W)",
      "Question : changement de titulaire du compte (association)",
      """Bonjour,

Notre association, Solidarité Vercors, élit un nouveau bureau à l'assemblée générale du 12 décembre. C'est notre présidente actuelle qui est titulaire du compte chez vous. Si la présidence change, quelle est votre procédure et quels documents faudra-t-il fournir (PV d'AG, statuts, pièce d'identité) ?

Pour l'instant on ne demande rien, c'est juste pour préparer le dossier de passation.

Merci,
Gérard Faure, trésorier""")

    m(B, "fr", "n16", "", "local youth-employment office admin whose invitation to a new colleague expired (shape W)",
      "Invitation expirée pour une nouvelle collègue",
      """Bonjour,

J'ai invité notre nouvelle conseillère, Mme Fatou Diallo, sur notre espace la semaine dernière, mais elle n'a ouvert le mail qu'hier et le lien affiche « invitation expirée ». Je suis administratrice de l'espace. Faut-il que je renvoie une invitation depuis Paramètres > Équipe, ou pouvez-vous prolonger celle-ci ? Je ne vois pas de bouton « renvoyer ».

Merci,
Valérie Besson
Mission locale du Pays de Gex""", charset="iso-8859-1")

    m(B, "fr", "n17", "", "assistant writing for the bakery owner: company renamed, billing contact changed, owner keeps the account (shape W)",
      "Changement de raison sociale et contact facturation",
      """Bonjour,

Je vous écris de la part de M. Antoine Perrin, gérant et titulaire du compte (en copie). Au 1er décembre, la société change de forme et de nom : « Boulangerie Perrin SARL » devient « Maison Perrin SAS ». Le SIRET change aussi (nouveau : 912 345 678 00012), l'adresse reste la même.

M. Perrin vous remercie de mettre à jour la raison sociale sur les prochaines factures et de remplacer le contact facturation par notre nouvelle comptable, Mme Julie Caron (compta@maison-perrin.example). Il garde la gestion du compte, rien ne change de ce côté-là.

Cordialement,
Nathalie Roche
Assistante de direction – Maison Perrin""")

    m(B, "fr", "n18", "", "Swiss ophthalmologist delegating his own calendar to his assistant (shape W)",
      "Donner accès à mon agenda à mon assistante",
      """Bonjour,

Je souhaiterais que mon assistante, Mme Sandrine Muller, puisse consulter et modifier mon agenda professionnel et répondre aux invitations à ma place : avec septante rendez-vous par semaine, je n'y arrive plus seul. Il s'agit bien de mon propre agenda ; elle a déjà son compte utilisateur chez vous et n'a pas besoin de lire mes e-mails.

Comment procéder depuis mon compte ? J'ai cherché dans les paramètres de partage sans trouver.

Avec mes meilleures salutations,
Dr Laurent Favre
Cabinet d'ophtalmologie, Lausanne""", fmt="alt")

    m(B, "fr", "n19", "", "parent asking how pupil accounts work at her son's secondary school (shape W)",
      "Compte élève de mon fils – règles pour les parents",
      """Bonjour,

Le collège de mon fils (12 ans, en 5e) utilise votre plateforme et il vient de recevoir ses identifiants. Avant qu'il commence, j'aimerais comprendre quelques règles :
- Les parents ont-ils un compte séparé ?
- Qui peut lui écrire : seulement les professeurs, ou aussi les autres élèves ?
- Que deviennent ses données quand il quittera le collège ?

Je ne trouve pas de page d'aide destinée aux parents.

Merci d'avance,
Caroline Giraud""")

    m(B, "fr", "n20", "", "school group sysadmin with SAML SSO / SCIM / break-glass owner login questions (shape W)",
      "SSO SAML avec Entra ID – questions avant mise en prod",
      """Bonjour,

On met en place le SSO SAML avec Microsoft Entra ID pour nos 140 utilisateurs. Quelques questions avant la mise en production :
1. Vous supportez le provisioning SCIM ou seulement le JIT ?
2. Une fois le SSO obligatoire, est-ce que le compte propriétaire garde une connexion par mot de passe (break-glass) au cas où Entra aurait un souci ?
3. Le mapping des groupes vers les rôles admin / membre se fait via quel attribut ?
4. Notre certificat de signature expire en mars 2027 : comment faire la rotation sans coupure ?

Merci,
Nicolas Brun
Admin systèmes – Groupe scolaire Saint-Exupéry""")

    m(B, "fr", "a1", "A", "customer insulting the support team and a named agent over a refund, quoted auto-reply",
      "RE: Votre demande #50117",
      """Non mais vous vous foutez de qui ? Trois semaines que j'attends un remboursement et votre Kevin me répond avec un copier-coller débile. Vous êtes une bande d'incompétents, de vrais guignols, et ce Kevin est un abruti fini qui ne sait même pas lire un ticket. Passez-moi quelqu'un qui a un cerveau.

> Bonjour,
> Nous avons bien reçu votre demande et elle est en cours de traitement.
> Kevin – Service client""")

    m(B, "fr", "a2", "A", "short obfuscated profanity aimed at the support staff",
      "ENCORE",
      """Allez vous faire f*utre, bande de c*nnards. Ça fait 4 fois que j'écris et personne ne répond. Vous êtes des m3rdes, tous autant que vous êtes.""")

    m(B, "fr", "a3", "A", "threat of violence against a named salesman and a slur at the switchboard operator",
      "Pour votre commercial Julien Marchand",
      """Dites à Julien Marchand que je sais où il gare sa voiture. Il m'a vendu un abonnement « sans engagement » et maintenant vous me prélevez douze mois. S'il croise mon chemin, je lui casse la gueule, c'est une promesse.

Et dites à la pétasse de l'accueil téléphonique qu'elle arrête de me raccrocher au nez.""", fmt="html")

    m(B, "fr", "w1", "W", "self-styled new CEO demanding owner rights moved to a gmail address, secretly and urgently",
      "URGENT - transfert des droits administrateur",
      """Bonjour,

Je suis Philippe Garnier, nouveau directeur général de Garnier Distribution depuis le 1er novembre. Notre ancien DSI a quitté l'entreprise en mauvais termes et ne répond plus. J'ai besoin que vous me transfériez immédiatement les droits de propriétaire du compte sur mon adresse p.garnier.dg@gmail.com, je n'ai pas encore accès à ma messagerie professionnelle.

C'est confidentiel : merci de ne pas prévenir les autres administrateurs, nous sommes en pleine restructuration. Je compte sur vous pour traiter ça avant midi.

Philippe Garnier
Directeur général
Envoyé depuis mon mobile""")

    m(B, "fr", "w2", "W", "daughter of a deceased customer asking for his mailbox access and the account in her name",
      "Compte de mon père décédé",
      """Madame, Monsieur,

Mon père, Robert Mercier, est décédé le 3 novembre. Il avait chez vous une adresse e-mail et un espace de stockage où se trouvent ses papiers (banque, impôts, photos de famille). Je suis sa fille et je m'occupe de la succession avec le notaire.

Je voudrais pouvoir me connecter à sa messagerie et que le compte soit mis à mon nom, ou au moins que vous remplaciez l'adresse de récupération par la mienne. Je peux vous envoyer l'acte de décès et l'attestation du notaire.

Merci de votre compréhension,
Hélène Mercier-Duval""", fmt="qp", charset="iso-8859-15")

    m(B, "fr", "w3", "W", "ex-partner and co-founder wanting the shop's 2FA phone switched to his and admin access back",
      "mon ex-associée m'a bloqué",
      """bonjour
on avait monté la boutique en ligne à deux avec mon ex (on était associés et ensemble). depuis qu'on s'est séparés elle a changé le mot de passe et le numéro de récupération c'est le sien. la boutique est autant à moi qu'à elle. je veux que vous mettiez mon numéro 06 71 42 18 90 à la place du sien pour la double authentification et que vous me redonniez l'accès admin, pas besoin de la prévenir. je peux prouver que j'ai payé la moitié des abonnements
merci de faire vite
Yanis""")

    m(B, "fr", "l1", "L", "formal letter of default over billing after cancellation: mediator, court, lawyer",
      "Mise en demeure – facture n° FA-2026-10877",
      """Madame, Monsieur,

Malgré mes trois relances (12 octobre, 29 octobre, 14 novembre), vous continuez à prélever 89 € par mois pour un abonnement résilié le 30 septembre, accusé de réception à l'appui.

Par la présente, je vous mets en demeure de me rembourser la somme de 178 € sous huit jours. À défaut, je saisirai le médiateur de la consommation puis le tribunal judiciaire ; j'ai déjà transmis le dossier à mon avocat. Un signalement est également prêt sur SignalConso.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Bernard Chevalier""")

    m(B, "fr", "o1", "O", "accounting firm: nobody on 14 workstations can log in, 503 also on 4G and at another firm",
      "Plus personne ne peut se connecter – erreur 503",
      """Bonjour,

Depuis 8h40 ce matin, aucun des 14 postes du cabinet ne peut se connecter : on a une page « 503 Service Unavailable » sur tous les navigateurs. J'ai testé en 4G depuis mon téléphone, même chose, et un confrère d'un autre cabinet me dit qu'il est bloqué aussi. Ce n'est donc pas notre réseau.

On est en pleine période de TVA, c'est très pénalisant. Vous avez une idée du délai de rétablissement ?

Sylvie Renaud
Cabinet Renaud Conseil – Expertise comptable, Tours""")

    # ------------------------------------------------------------------ Dutch
    m(B, "nl", "n1", "", "gym manager cursing at a broken PDF timetable export, nobody insulted (shape A)",
      "Rooster-export alweer kapot",
      """Hoi,

Godverdomme, de export van het lesrooster naar PDF is wéér kapot. Sinds die kutupdate van vorige week komt alles op één pagina over elkaar heen, onleesbaar. Ik moet vandaag het decemberrooster ophangen in de sportschool en nu zit ik het in Word over te tikken. Echt balen.

Stappen: Rooster > December > Exporteren > PDF (A4 liggend). Bij A4 staand gaat het wel goed, maar dan valt de helft van de lessen weg.

Kunnen jullie ernaar kijken? Alvast bedankt.

Groet,
Dennis
Fitness Factory Zwolle""")

    m(B, "nl", "n2", "", "daycare worker calling herself a fool for deleting a photo album (shape A)",
      "Per ongeluk alle foto's van groep Egeltjes verwijderd",
      """Goedemorgen,

Ik ben echt een ongelooflijke sukkel. Gisteren wilde ik de dubbele foto's in het ouderportaal opruimen en heb ik per ongeluk het hele album van groep Egeltjes verwijderd, alles sinds september. Ik kan mezelf wel voor mijn kop slaan.

Is er een prullenbak of back-up waaruit jullie het album kunnen terugzetten? Het ging om het album 'Egeltjes 2026-2027', verwijderd gisteren rond 16:30.

Heel erg bedankt alvast,
Marloes de Vries
Kinderdagverblijf De Boomhut, Amersfoort""", fmt="qp")

    m(B, "nl", "n3", "", "logistics IT pasting an OOM-killer log from their own VM, asks about master/slave wording and a dead link (shape A)",
      "Sync-job wordt gekilld + vraag over master/slave",
      """Hallo,

Onze nachtelijke voorraad-sync (jullie connector, draait op onze eigen VM) wordt sinds zaterdag afgeschoten. Uit de log:

Nov 24 03:02:11 wms-sync[2231]: fetched 48210 SKUs
Nov 24 03:02:40 kernel: Out of memory: Killed process 2231 (wms-sync)
Nov 24 03:02:41 systemd[1]: wms-sync.service: Main process exited, code=killed, status=9/KILL

We denken dat het aan ons ligt (te weinig geheugen), maar kan de batchgrootte omlaag? Welke parameter is dat?

Tweede vraag: in jullie documentatie staat nog 'master/slave' bij de databasereplicatie, bedoelen jullie daarmee primary/replica? En de link naar de handleiding voor v4 is dood (404).

Groeten,
Bas Mulder
IT – Mulder Logistiek, Venlo""")

    m(B, "nl", "n4", "", "plant-pot webshop calling its courier a bunch of bunglers, asks to change default carrier (shape A, third party)",
      "Andere vervoerder instellen in webshop",
      """Hallo,

Ik heb een kleine webshop in plantenpotten. Mijn huidige koerier is een stelletje prutsers: drie pakketten 'bezorgd' op een adres waar niemand woont, een doos bij de buren over de schutting gegooid, en de klantenservice daar hangt gewoon op. Ik ben er klaar mee.

Hoe stel ik in jullie webshop een andere standaardvervoerder in? En kan ik per product een andere vervoerder kiezen? De grote potten gaan per pallet.

Groet,
Ilse
Potjes & Plantjes""", fmt="html")

    m(B, "nl", "n5", "", "bike shop owner: employee abused by a customer in the chat widget, wants to block and export for a police report (shape A, quoted)",
      "Klant scheldt medewerkster uit via chat – blokkeren en exporteren",
      """Beste support,

Ik ben eigenaar van een fietsenwinkel in Utrecht. Een klant die het niet eens is met een reparatierekening stuurt sinds vrijdag via de chat op onze site (jullie widget) berichten aan mijn medewerkster Fleur. Een paar voorbeelden:
'vuile kankerhoer, ik maak je kapot'
'ik weet waar je woont, wacht maar'

Fleur durft haar telefoon bijna niet meer aan te zetten. We doen vanmiddag aangifte tegen die man bij de politie en die wil het hele gesprek met tijden erbij.

1. Hoe blokkeer ik deze persoon? Zelfde e-mailadres, steeds een andere naam.
2. Hoe exporteer ik de volledige chatgeschiedenis met tijdstempels?

Graag snel, alvast dank.
Erik van Dijk
Tweewielers Van Dijk""", fmt="alt")

    m(B, "nl", "n6", "", "Flemish customer apologising for his grumpy mail of yesterday, issue solved, quoted reply (shape A)",
      "Re: ticket 77120 - koppeling boekhouding",
      """Dag Jelle,

Mijn excuses voor mijn mail van gisteren. Ik was ferm ambetant na een hele dag gesukkel met die koppeling en ik heb dat op u afgereageerd, dat was niet correct. Uw uitleg klopte: het was de btw-code in ons eigen boekhoudpakket die verkeerd stond. Nu loopt alles goed.

Bedankt voor uw geduld en nogmaals sorry.

Met vriendelijke groeten,
Koen Peeters
Peeters & Zonen bv, Lier

Op di 24 nov. 2026 om 17:22 schreef Support <support@example.com>:
> Dag meneer Peeters,
>
> De foutmelding 'ongeldige btw-code' komt uit uw boekhoudpakket, niet uit
> onze koppeling. Kunt u nagaan of code 21 daar actief staat?
>
> Met vriendelijke groet,
> Jelle - Support""")

    m(B, "nl", "n7", "", "football club volunteer asking about word filters and temporary bans, quotes supporters' abuse (shape A)",
      "Hoe kan ik leden blokkeren op ons clubforum?",
      """Hallo,

Ik ben vrijwilliger bij voetbalvereniging VV Rijnvogels en beheer het supportersforum dat we bij jullie hebben. Na de derby van zondag gaat het helemaal mis. Berichten als 'die scheids is een vuile tyfuslijer', 'kankerzooi uit Katwijk' en 'ik trap je kop in' vliegen over en weer. Dat willen we niet op ons forum.

- Is er een woordfilter en kan ik er zelf woorden aan toevoegen?
- Kan ik iemand tijdelijk blokkeren (bijv. 2 weken) in plaats van meteen verwijderen?
- Kunnen nieuwe berichten op wedstrijddagen eerst langs een moderator?

Bedankt!
Rob""")

    m(B, "nl", "n8", "", "municipal parking officer, hurried phone reply full of idioms (gek, dood, moord en brand) about a form field bug (shape A)",
      "Re: formulier parkeervergunning",
      """Hoi, even snel vanaf mijn telefoon want ik zit in een overleg. Ik word echt gek van dat formulier: als je bij 'kenteken' streepjes typt, gaat de pagina dood en krijg je een wit scherm. Sommige inwoners schreeuwen er moord en brand over bij de balie, haha. Zonder streepjes werkt het wel, dus we slaan ons er wel doorheen, maar kunnen jullie dat veld streepjes laten accepteren? Ik schiet mezelf liever niet in de voet door mensen te vertellen dat ze het 'verkeerd' doen.
Gr Annemiek
Gemeente Oosterhout, team Parkeren

Verstuurd vanaf mijn iPhone""")

    m(B, "nl", "n9", "", "B&B owner asking to remove a fake review calling him a swindler and a pig (shape A, quoted)",
      "Verzoek verwijderen nepreview",
      """Goedemiddag,

Op de pagina van ons B&B (De Drie Linden, Texel) staat sinds gisteren een review via jullie beoordelingsmodule: 'Oplichters en dieven, de eigenaar is een vette smeerlap'. Deze persoon heeft nooit bij ons overnacht: er is geen boeking op die naam en het account is dezelfde dag aangemaakt.

Hoe kunnen we dit melden en hoe lang duurt de beoordeling? Ik kan onze boekingslijst van die week meesturen.

Vriendelijke groet,
Hanneke Bakker""", fmt="b64")

    m(B, "nl", "n10", "", "korfball club volunteer forwarding a teasing WhatsApp with her mate who imported members twice (shape A, banter)",
      "Fwd: ledenlijst dubbel geimporteerd",
      """Hoi, zie hieronder ons appje, dan snap je meteen wat er gebeurd is :)

---------- Doorgestuurd bericht ----------
[22-11-2026 10:14] Petra: Henk ouwe lul, wat heb je nou weer gedaan?? we hebben ineens 312 leden
[22-11-2026 10:16] Henk: haha sorry schat, die import liep vast en toen heb ik hem nog een keer gedaan
[22-11-2026 10:17] Petra: jij blijft er voortaan met je worstenvingers vanaf 😂
[22-11-2026 10:17] Henk: 👍

Dus: de ledenlijst van onze korfbalclub staat er twee keer in, 312 leden in plaats van 156, en iedereen krijgt de nieuwsbrief dubbel. Is er een manier om dubbele leden automatisch samen te voegen? Bij een deel staat de contributie op beide kaarten.

Groetjes,
Petra
KV Oranje Wit""")

    m(B, "nl", "n11", "", "bookkeeping office owner adding an intern as read-only user (shape W)",
      "Stagiair toevoegen met alleen leesrechten",
      """Goedemorgen,

Ik ben eigenaar van ons account (Administratiekantoor Visser). Vanaf 1 december komt er een stagiair, Mohamed El Amrani, die meekijkt met de jaarrekeningen. Ik wil hem toevoegen als gebruiker met alleen leesrechten: geen facturen versturen, geen instellingen. Hoe doe ik dat, en telt een alleen-lezen-gebruiker mee voor de licenties?

Met vriendelijke groet,
Johan Visser""")

    m(B, "nl", "n12", "", "school application manager blocking a retiring teacher's access and freeing the licence (shape W)",
      "Vertrekkende docent: toegang intrekken",
      """Hallo,

Een docent van onze school, mevrouw Yvonne Smit, gaat per 1 december met pensioen. Als applicatiebeheerder wil ik:
- haar account per 30 november 17:00 blokkeren,
- haar openstaande sessies en app-koppelingen intrekken,
- haar licentie vrijmaken voor de invalkracht.

Haar lesmateriaal staat al in de gedeelde sectiemap, dus daar hoeft niets mee. Kan ik de blokkade vooruit inplannen of moet dat handmatig op de dag zelf?

Groet,
Wouter Jansen
ICT – Christelijk Lyceum Zeist""", fmt="qp")

    m(B, "nl", "n13", "", "user changing the login e-mail address of his own account after switching ISP (shape W)",
      "E-mailadres van mijn account wijzigen",
      """Hallo,

Ik ben overgestapt van provider en mijn oude adres (@ziggo.nl) vervalt eind december. Hoe verander ik het e-mailadres waarmee ik inlog op mijn eigen account? Bij Profiel zie ik alleen mijn naam en telefoonnummer staan, niet het e-mailadres.

Bedankt,
Gerrit Hoekstra""", charset="iso-8859-1")

    m(B, "nl", "n14", "", "new coordinator of a Ghent community centre asking who the account admin is so she can ask them (shape W)",
      "Wie is beheerder van ons account?",
      """Beste,

Ik ben sinds deze maand coördinator bij Buurtwerk De Schakel in Gent. Wij gebruiken jullie planningstool, maar mijn voorganger heeft het account aangemaakt en niemand weet nog wie er nu eigenaar of beheerder van is.

Kunnen jullie mij zeggen welk e-mailadres als beheerder geregistreerd staat? Dan vraag ik die persoon zelf om mij toe te voegen.

Vriendelijke groeten,
Lotte Claes""", fmt="html")

    m(B, "nl", "n15", "", "dental practice manager asking for the domain transfer code, mail stays (shape W)",
      "Verhuiscode domeinnaam aanvragen",
      """Hallo,

We verhuizen onze domeinnaam tandartspraktijk-hoorn.nl naar een andere registrar, omdat onze nieuwe websitebouwer daar alles beheert. De mail en de agenda blijven bij jullie. Kunnen jullie de verhuiscode (token) sturen? En moeten we daarna de MX-records zelf aanpassen of blijven die staan?

Met vriendelijke groet,
Sandra Kok
Praktijkmanager – Tandartspraktijk Hoorn""")

    m(B, "nl", "n16", "", "account owner changing the invoice contact to the new bookkeeper, keeps admin rights (shape W)",
      "Nieuwe contactpersoon voor facturen",
      """Goedemiddag,

Als eigenaar van het account wil ik de contactpersoon voor facturen wijzigen. Vanaf december doet een nieuw administratiekantoor onze boekhouding. Graag de facturen voortaan naar facturen@boekhouding-dewit.example, t.a.v. mevrouw Dewi Kartosen. KvK-nummer en btw-nummer blijven gelijk, en de beheerrechten blijven gewoon bij mij.

Groet,
Ronald de Wit
De Wit Installatietechniek""")

    m(B, "nl", "n17", "", "user asking to merge her own private trial account into her work account (shape W)",
      "Twee accounts samenvoegen",
      """Hoi,

Ik heb per ongeluk twee accounts aangemaakt: één met mijn privéadres (toen ik het uitprobeerde) en één met mijn werkadres, waar ons abonnement op loopt. Allebei van mij, zelfde naam. Kunnen jullie de projecten van het privé-account overzetten naar het werkaccount en daarna het privé-account opheffen?

Dank je,
Noor Hendriks""")

    m(B, "nl", "n18", "", "wholesaler going on leave asking to make a colleague the contact on his support ticket (shape W)",
      "Re: Ticket #90334 - importfout artikelen",
      """Hallo,

Ik ga vanaf morgen drie weken met verlof. Mijn collega Sanne Bos (sanne.bos@groothandel-bos.example) neemt dit ticket van mij over. Willen jullie haar als contactpersoon op het ticket zetten, zodat de antwoorden naar haar gaan? Zij heeft de importbestanden ook.

Groet,
Mark
Groothandel Bos

Op ma 23 nov. 2026 om 10:15 schreef Support <support@example.com>:
> Kunt u ons het CSV-bestand sturen waarmee de import mislukt?""")

    m(B, "nl", "n19", "", "housing association functional admin with SAML SSO and emergency owner login questions (shape W)",
      "SAML SSO met Google Workspace - vragen",
      """Hallo,

Wij (woningcorporatie, ca. 90 gebruikers) willen SSO via SAML met Google Workspace inrichten. Een paar vragen:
1. Kan het eigenaarsaccount daarna nog met wachtwoord inloggen als noodaccount?
2. Worden gebruikers automatisch aangemaakt bij de eerste login (JIT) of moet dat via SCIM?
3. Kunnen we de rol 'beheerder' laten volgen uit een Google-groep?

Met vriendelijke groet,
Dirk Schouten
Functioneel beheer – Woonstichting Het Baken""")

    m(B, "nl", "n20", "", "food bank admin whose invitation to an elderly volunteer expired (shape W)",
      "Uitnodiging verlopen voor nieuwe vrijwilliger",
      """Hallo,

Ik ben beheerder van het account van Voedselbank Alkmaar. Vorige week heb ik een nieuwe vrijwilliger, Piet Brouwer, uitgenodigd, maar hij heeft pas gisteren zijn mail geopend en nu zegt de link 'uitnodiging verlopen'. Kan ik hem gewoon opnieuw uitnodigen, of moet ik eerst de oude uitnodiging intrekken? Hij is 74 en niet zo handig met computers, dus ik wil het hem zo makkelijk mogelijk maken.

Vriendelijke groet,
Ria Schipper""", fmt="qp", charset="iso-8859-1")

    m(B, "nl", "a1", "A", "customer calling the support team morons and a named helpdesk agent an arrogant jerk",
      "Jullie 'klantenservice'",
      """Wat een stelletje debielen zijn jullie. Vier keer heb ik uitgelegd dat de factuur dubbel is afgeschreven en vier keer krijg ik een standaardantwoord. Die Ruud van jullie helpdesk is een arrogante zak die niet eens de moeite neemt om mijn mail te lezen. Schaam je, allemaal.""")

    m(B, "nl", "a2", "A", "obfuscated Dutch disease curses hurled at the support staff",
      "krijg allemaal de t*ring",
      """k*nkerlijers zijn jullie. 3 weken geen antwoord. krijg de t*ring met je 'wij nemen zo snel mogelijk contact op'. stelletje t y f u s l i j e r s""")

    m(B, "nl", "a3", "A", "threat to beat up a named salesman outside the office",
      "Laatste waarschuwing voor jullie medewerker Sven",
      """Aan die Sven van jullie verkoopafdeling: je hebt mij een pakket aangesmeerd dat niet werkt en nu neem je je telefoon niet meer op. Ik weet waar jullie kantoor in Eindhoven zit. Als ik je op de parkeerplaats tegenkom sla ik je helemaal verrot. Reken maar dat ik langskom.""", fmt="html")

    m(B, "nl", "w1", "W", "buyer of a restaurant asking to be made owner of the previous owner's account",
      "Account overzetten naar nieuwe eigenaar",
      """Goedendag,

Per 1 november heb ik café-restaurant De Gouden Leeuw in Deventer overgenomen van de heer Kees Vermeulen. Het kassasysteem en de reserveringen lopen via jullie, maar het account staat nog op zijn naam en zijn e-mailadres. Hij is naar Spanje vertrokken en reageert niet op mijn berichten.

Ik wil dat jullie het account op mijn naam zetten en mij eigenaar maken, met mijn e-mailadres als inlog. De koopakte kan ik meesturen.

Met vriendelijke groet,
Jeroen Kuipers""")

    m(B, "nl", "w2", "W", "ex-partner wanting the webshop's recovery e-mail and 2FA phone moved to him, behind her back",
      "inlog webshop naar mij overzetten",
      """hoi

mijn ex en ik hebben samen een webshop in babykleding opgezet. we zijn uit elkaar en zij heeft het wachtwoord veranderd en haar eigen mailadres als herstel-e-mail gezet. ik heb de helft van alles betaald. ik wil dat jullie het herstel-e-mailadres en het telefoonnummer voor de tweestapsverificatie op mijn gegevens zetten zodat ik er weer in kan. zij hoeft dat niet te weten

groet Tim""", fmt="qp")

    m(B, "nl", "w3", "W", "office manager asking to be made temporary super-admin while the IT admin is abroad",
      "Tijdelijk superbeheerder nodig - beheerder op vakantie",
      """Hallo,

Onze IT-beheerder zit tot half december in Thailand en is niet bereikbaar. Ik ben de officemanager en er moeten deze week dringend nieuwe medewerkers worden aangemaakt en een paar rechten worden aangepast. Kunnen jullie mij tijdelijk superbeheerder maken van ons bedrijfsaccount (Bouwbedrijf Smits)? Als hij terug is, mag het weer terug.

Alvast bedankt,
Monique Smits""")

    m(B, "nl", "l1", "L", "formal notice of default over charges after cancellation: Geschillencommissie, lawyer, court",
      "Ingebrekestelling - contract 2026-0412",
      """Geachte heer/mevrouw,

Op 2 oktober heb ik mijn abonnement schriftelijk opgezegd, wat door uw medewerker is bevestigd. Desondanks heeft u in oktober en november opnieuw € 64,95 afgeschreven.

Hierbij stel ik u formeel in gebreke. Ik verzoek u het bedrag van € 129,90 binnen 14 dagen terug te storten. Doet u dat niet, dan leg ik het geschil voor aan de Geschillencommissie en schakel ik een advocaat in om het bedrag via de rechter te vorderen, vermeerderd met de wettelijke rente en incassokosten.

Hoogachtend,
A.M. Verbeek""")

    m(B, "nl", "o1", "O", "Flemish shoe chain: no till in any of four shops can check out, 502, also via hotspot",
      "DRINGEND: alle kassa's in onze 4 winkels liggen plat",
      """Dag,

Sinds 9u15 deze ochtend kan geen enkele kassa in onze vier winkels (Gent, Brugge, Kortrijk en Aalst) nog afrekenen. Het scherm blijft hangen op 'verbinden met server...' en daarna komt 'fout 502'. Internet werkt gewoon, we hebben het ook getest met een hotspot: zelfde probleem. Op jullie statuspagina staat niets.

We zitten midden in de Black Friday-week en de klanten staan aan te schuiven. Wanneer is dit opgelost?

Met vriendelijke groeten,
Sofie Maes
Maes Schoenen""")

    # ------------------------------------------------------------------ Italian
    m(B, "it", "n1", "", "bakery owner swearing at a CSV export broken by an update, nobody insulted (shape A)",
      "Export ordini di nuovo rotto",
      """Buongiorno,

porca miseria, è la terza volta questa settimana che l'esportazione degli ordini in CSV mi tira fuori un file con le colonne tutte sballate. Questo cazzo di aggiornamento ha rovinato una funzione che andava benissimo. Il commercialista aspetta i dati di novembre e io sto ricopiando a mano, che palle.

Passaggi: Ordini > Esporta > CSV, separatore punto e virgola. Se scelgo la virgola funziona, ma Excel mi mette tutto in una colonna.

Potete dare un'occhiata?

Grazie,
Salvatore Russo
Panificio Russo – Bari""")

    m(B, "it", "n2", "", "parish secretary calling herself stupid for deleting the baptism folder (shape A)",
      "Ho cancellato io l'elenco dei battesimi...",
      """Buongiorno,

sono proprio una cretina: ieri sera, volendo sistemare l'archivio della parrocchia, ho cancellato l'intera cartella 'Battesimi 2020-2026'. Don Giuseppe non sa ancora niente e io mi sento una scema totale.

C'è un cestino o un backup da cui potete recuperarla? È stata cancellata ieri verso le 21.

Grazie di cuore,
Rosaria
Segreteria Parrocchia San Nicola, Matera""", fmt="qp")

    m(B, "it", "n3", "", "transport firm IT pasting a killed/zombie/abort log from their own server, brute force and blacklist question (shape A)",
      "Job di sincronizzazione killato ogni notte",
      """Ciao,

da lunedì il job notturno di sync del magazzino (il vostro connettore, installato sul nostro server) viene killato. Dal log:

[2026-11-24 01:58:03] INFO  sync: 31502 articoli letti
[2026-11-24 01:58:29] ERROR worker 2 terminated: Killed (signal 9)
[2026-11-24 01:58:29] WARN  zombie process pid=4410 reaped
[2026-11-24 01:58:30] FATAL abort: too many failures

Probabilmente è l'OOM killer nostro, ma esiste un parametro per ridurre la dimensione del batch?

Altra cosa: abbiamo avuto un attacco brute force sulla nostra VPN e stiamo mettendo in blacklist diversi range di IP. Gli IP da cui partono i vostri webhook sono fissi? Non vorremmo bloccarli per sbaglio.

Grazie,
Luca Ferri
IT – Ferri Trasporti srl, Piacenza""")

    m(B, "it", "n4", "", "furniture shop owner calling his bank a gang of thieves, asks for invoice copies (shape A, third party)",
      "Copia fatture settembre e ottobre per la banca",
      """Buongiorno,

mi servono le copie in PDF delle fatture di settembre e ottobre. La mia banca, una banda di ladri e incompetenti, ha 'perso' per la terza volta i documenti per il rinnovo del fido e me li richiede entro venerdì. Quei geni dell'ufficio crediti non sanno nemmeno aprire un allegato.

Dal pannello riesco a scaricare solo l'ultima fattura. Potete mandarmele voi o dirmi dove trovarle?

Grazie,
Marco Bellini
Bellini Arredamenti""", fmt="html")

    m(B, "it", "n5", "", "head teacher: a parent abuses a teacher in platform messages, wants to block and export for a police complaint (shape A, quoted)",
      "Genitore che insulta una docente nei messaggi – come bloccare",
      """Gentile assistenza,

sono la dirigente scolastica dell'Istituto Comprensivo 'Don Milani' di Prato. Un genitore, scontento per un voto, scrive da giorni alla maestra Elena tramite la messaggistica della vostra piattaforma. Alcuni esempi:
'sei un'ignorante, ti faccio licenziare'
'stronza, ti aspetto fuori da scuola'

La docente è molto provata e ha deciso di sporgere denuncia ai carabinieri contro questo genitore; ci chiedono la copia integrale dei messaggi.

1. Come possiamo impedire a questo genitore di scrivere alla docente? Deve però continuare a ricevere le comunicazioni della scuola.
2. Come esportiamo la conversazione con date e orari?

Cordiali saluti,
Prof.ssa Anna Conti""", fmt="alt")

    m(B, "it", "n6", "", "café owner apologising for his angry mail of last night, issue solved, Outlook quote (shape A)",
      "R: Ticket #61802 - stampante fiscale",
      """Buongiorno Federica,

le chiedo scusa per la mail di ieri sera. Ero esasperato dopo una giornata di scontrini bloccati e me la sono presa con lei, che non c'entrava niente: il tono era fuori luogo. Il suo suggerimento era giusto, era il driver della stampante fiscale. Stamattina funziona tutto.

Grazie della pazienza, e ancora scusi.

Giorgio Marini
Bar Pasticceria Marini, Torino

-----Messaggio originale-----
Da: Support <support@example.com>
Inviato: martedì 24 novembre 2026 19:05
A: Giorgio Marini
Oggetto: Ticket #61802 - stampante fiscale

Buonasera, il problema sembra legato al driver della stampante fiscale installato sul vostro PC di cassa. Può provare a reinstallare la versione 3.4?
Federica - Assistenza""")

    m(B, "it", "n7", "", "cycling club volunteer asking about word filters and suspensions, quotes members' insults (shape A)",
      "Moderazione forum - come bannare utenti",
      """Ciao,

gestisco come volontario il forum del nostro gruppo ciclistico (ASD Pedale Veronese) ospitato da voi. Dopo la discussione sulla Granfondo è degenerato tutto: messaggi tipo 'sei un coglione', 'vai a morire ammazzato', 'voi di Vicenza siete tutti dei bifolchi'. Non possiamo lasciarli lì.

- C'è un filtro parole e si possono aggiungere termini?
- Si può sospendere un utente per un periodo limitato invece di cancellarlo?
- Possiamo mettere in pre-moderazione i nuovi messaggi?

Grazie mille,
Davide""")

    m(B, "it", "n8", "", "Neapolitan optician asking for a quote, idioms (ammazzando, sparatemi, da morire, stupido), missing accents (shape A)",
      "preventivo per 3 sedi",
      """Buongiorno, scusate se scrivo di corsa. Sto impazzendo con sta storia della migrazione, il fornitore vecchio ci sta ammazzando con i costi e mi serve un preventivo entro venerdi. Sparatemi una cifra per 3 sedi e circa 40 utenti, anche indicativa. Ah, la vostra demo di ieri era da morire dal ridere quando e partito il video del gatto, ma le funzioni ci sono piaciute da pazzi. Non sono stupido, lo so che il prezzo dipende dai moduli, quindi mettete pure le opzioni.
Grazie
Ciro Esposito
Esposito Ottica - Napoli, Caserta, Salerno

Inviato da smartphone""")

    m(B, "it", "n9", "", "farm-stay owner's pasted contact form asking to remove a fake review calling him a filthy pig and a swindler (shape A, quoted)",
      "Modulo di contatto: rimozione recensione",
      """Nuovo messaggio dal modulo di contatto

Nome: Francesca Bruni
Azienda: Agriturismo Il Poggio, Montepulciano
Email: info@ilpoggio-montepulciano.example
Categoria: Recensioni e valutazioni
Messaggio:
Buongiorno, sulla nostra pagina è comparsa ieri una recensione tramite il vostro modulo: 'Truffatori e ladri, il proprietario è un maiale schifoso'. Questa persona non ha mai soggiornato da noi: nessuna prenotazione a quel nome, e l'account è stato creato lo stesso giorno. Come possiamo segnalarla, e in quanto tempo viene valutata? Posso inviare il registro delle prenotazioni.

Consenso privacy: sì""", fmt="b64")

    m(B, "it", "n10", "", "choir member teasing her friend in cc who imported the members twice, asks to merge (shape A, banter)",
      "Coristi doppi dopo l'importazione",
      """Ciao a tutti,

scrivo per il coro polifonico di Ostia. Quel somaro di Fabrizio (è in copia, siamo amici da trent'anni e se lo merita, ahahah) sabato ha importato due volte il file dei coristi, così adesso ne abbiamo 84 invece di 42 e a tutti arriva la circolare doppia. Gli ho già detto che è un rimbambito e che il computer non lo deve più toccare.

Si possono unire i doppioni in automatico? Per alcuni la quota è segnata su tutte e due le schede.

Grazie, e scusate il disturbo,
Paola""", charset="iso-8859-15")

    m(B, "it", "n11", "", "gym account holder adding a new instructor with limited rights (shape W)",
      "Aggiungere un nuovo istruttore",
      """Buongiorno,

sono il titolare dell'account della palestra Body Line di Monza. Da dicembre abbiamo un nuovo istruttore, Matteo Colombo, e vorrei dargli accesso solo al calendario dei corsi e alle presenze, niente pagamenti né impostazioni. Posso farlo io dal pannello? Un utente in più cambia il costo dell'abbonamento?

Grazie,
Alessandro Villa""")

    m(B, "it", "n12", "", "labour consultancy admin disabling a leaving colleague's access, GDPR confidentiality footer (shape W)",
      "Disattivare l'accesso di una collaboratrice che lascia lo studio",
      """Buongiorno,

la nostra collaboratrice, dott.ssa Silvia Greco, lascia lo studio il 30 novembre. Come amministratore dell'account vorrei:
- disattivare il suo utente dal 1° dicembre,
- chiudere le sessioni aperte e l'accesso da app,
- liberare la licenza per il praticante che arriva a gennaio.

Le pratiche dei clienti sono già nelle cartelle condivise, la sua casella non ci serve. Si può programmare la disattivazione?

Cordiali saluti,
Rag. Paolo Fontana
Studio Fontana – Consulenza del lavoro, Brescia

Ai sensi del Regolamento UE 2016/679 (GDPR) questo messaggio e i suoi allegati sono riservati e destinati esclusivamente al destinatario indicato. Se lo avete ricevuto per errore, vi preghiamo di cancellarlo e di avvisare il mittente.""", fmt="qp")

    m(B, "it", "n13", "", "user moving his own 2FA to a new phone, short mobile mail (shape W)",
      "cambio telefono autenticazione a due fattori",
      """Salve, ho cambiato telefono e vorrei spostare l'autenticazione a due fattori sul nuovo. Il vecchio ce l'ho ancora e funziona, l'account è il mio. Come si fa senza restare chiuso fuori?
Grazie
Andrea

Inviato da iPhone""")

    m(B, "it", "n14", "", "municipal tax office clerk asking who the account admin is so she can ask them (shape W)",
      "Chi è l'amministratore del nostro account?",
      """Buongiorno,

lavoro all'Ufficio Tributi del Comune di Sesto Fiorentino. Usiamo la vostra piattaforma per gli appuntamenti allo sportello, ma il collega che aveva attivato il servizio è andato in pensione e nessuno sa più chi risulti amministratore dell'account.

Potete dirmi a quale nominativo o indirizzo è intestato? Poi chiederò io a quella persona di aggiungermi come utente.

Cordiali saluti,
Laura Bianchi
Comune di Sesto Fiorentino – Ufficio Tributi""", fmt="html")

    m(B, "it", "n15", "", "shoe retailer asking which documents a future subscription transfer after a business sale needs, question only (shape W)",
      "Domanda: documenti per voltura in caso di cessione",
      """Buongiorno,

a febbraio, davanti al notaio, cederemo il ramo d'azienda del negozio di Cremona a un altro gruppo. Per ora è solo una domanda: in quel caso come funziona la voltura dell'abbonamento, e quali documenti vi servono (atto di cessione, visura camerale, documento del nuovo legale rappresentante)? Vorremmo preparare tutto per tempo.

Grazie,
Marta Galli
Amministrazione – Galli Calzature""")

    m(B, "it", "n16", "", "sales office asking to reassign a support ticket from a colleague on holiday to her (shape W)",
      "R: Ticket #70455 - sincronizzazione listini",
      """Buongiorno,

il ticket è intestato al mio collega Stefano, che però è in ferie fino al 7 dicembre. Potete metterlo a nome mio, così le risposte arrivano a me? Adesso i listini li seguo io.

Grazie,
Chiara Moretti
Ufficio commerciale – Moretti Ricambi

Il giorno lun 23 nov 2026 alle ore 11:40 Support <support@example.com> ha scritto:
> Buongiorno Stefano, per procedere ci servirebbe il file dei listini che
> genera l'errore. Grazie.""")

    m(B, "it", "n17", "", "account owner reporting a company conversion snc to srl, new VAT and SDI code (shape W)",
      "Cambio ragione sociale da snc a srl",
      """Buongiorno,

sono il titolare e amministratore dell'account. Dal 1° dicembre la nostra società si trasforma da 'Rossi & Figli snc' a 'Rossi & Figli srl'. Cambia la partita IVA (nuova: IT01234567890) e il codice SDI per la fatturazione elettronica diventa M5UXCR1. Potete aggiornare i dati di fatturazione dalla prossima fattura? La referente amministrativa resta la sig.ra Gina.

Saluti,
Franco Rossi""")

    m(B, "it", "n18", "", "dentist delegating his own calendar to his secretary, not his mail (shape W)",
      "Delegare il mio calendario alla segretaria",
      """Buongiorno,

vorrei che la mia segretaria, sig.ra Teresa Marino, potesse vedere e modificare il mio calendario degli appuntamenti e accettare gli inviti al posto mio. Si tratta del mio calendario; lei ha già un suo utente. La mia posta non deve vederla.

Come faccio dalle impostazioni di condivisione?

Cordiali saluti,
Dott. Enrico Leone
Studio dentistico Leone, Palermo""", fmt="alt")

    m(B, "it", "n19", "", "mother asking about the rules of student accounts at her daughter's middle school (shape W)",
      "Account studente di mia figlia - qualche domanda",
      """Buongiorno,

la scuola media di mia figlia (11 anni) ha attivato i vostri account per gli studenti. Prima che inizi a usarlo vorrei capire un paio di cose. È normale che gli altri alunni possano vedere il suo nome e la foto? A che età i ragazzi possono cambiare da soli la password, o la gestisce la scuola? E a fine terza media l'account viene cancellato?

Non ho trovato una guida per le famiglie sul sito della scuola.

Grazie,
Valentina Ricci""")

    m(B, "it", "n20", "", "user asking to merge his own trial account into his office account (shape W)",
      "Unire due account",
      """Salve,

ho due account, tutti e due miei: uno con la mail personale, creato per la prova gratuita, e uno con la mail dell'ufficio, su cui c'è l'abbonamento. Si possono unire? Vorrei spostare i progetti dal primo al secondo e poi chiudere quello personale.

Grazie,
Simone Marchetti""")

    m(B, "it", "a1", "A", "customer calling the support team clowns and a named operator an idiot",
      "Siete dei buffoni",
      """Siete una banda di buffoni incompetenti. Tre settimane per un rimborso e quella vostra operatrice, Martina, mi risponde con frasi fatte come un pappagallo. È un'idiota, e voi che la tenete lì siete peggio. Vergognatevi.""")

    m(B, "it", "a2", "A", "obfuscated Italian profanity aimed at the support staff",
      "VAFF***ULO",
      """ma andate a fa****o tutti quanti, teste di c***o. 5 mail senza risposta. siete degli str0nzi e dei pezzi di m3rda""")

    m(B, "it", "a3", "A", "threat to smash a named technician's face and a slur at the switchboard operator",
      "Per il vostro tecnico Daniele",
      """Dite al vostro tecnico Daniele Greco che se lo becco sotto casa gli spacco la faccia. Ha lasciato il mio negozio con il gestionale bloccato per due giorni e adesso fa finta di niente.

E quella troia del centralino che mi lascia in attesa mezz'ora, la prossima volta la vengo a cercare.""", fmt="html")

    m(B, "it", "w1", "W", "widow asking for access to her late husband's mailbox and the account in her name",
      "Casella email di mio marito scomparso",
      """Gentili signori,

mio marito Vittorio è mancato il mese scorso. Tutte le bollette, la banca e le comunicazioni del condominio arrivavano sulla sua casella di posta da voi, e io non ho la password. Vi chiedo di darmi l'accesso alla sua casella e di intestare l'account a me, così posso continuare a ricevere tutto. Posso mandarvi il certificato di morte e lo stato di famiglia.

Grazie per la comprensione,
Giuseppina Ferraro""", fmt="qp", charset="iso-8859-1")

    m(B, "it", "w2", "W", "new owner of a bar asking to be made owner of the seller's account",
      "Passaggio account al nuovo proprietario del bar",
      """Buongiorno,

ho rilevato il Bar Centrale di Lecce dal vecchio proprietario, il sig. Antonio De Luca, con atto del 15 ottobre. Il gestionale della cassa e le prenotazioni sono su un vostro account ancora intestato a lui, con la sua email. Lui ora vive in Germania e non risponde.

Vi chiedo di trasferire l'account a me e di rendermi proprietario, cambiando l'email di accesso con la mia. Vi posso mandare l'atto di cessione.

Saluti,
Roberto Marra""")

    m(B, "it", "w3", "W", "CEO-fraud style request to replace the admin account's recovery e-mail and 2FA number, bypassing IT",
      "Richiesta urgente e riservata",
      """Buongiorno,

sono Massimo Gentile, amministratore delegato di Gentile Impianti spa. Sono all'estero per una trattativa riservata e non riesco ad accedere all'account amministratore aziendale. Vi chiedo di sostituire subito l'email di recupero e il numero per l'autenticazione a due fattori con questi: m.gentile.ceo@outlook.com, +44 7700 900123. Non coinvolgete il nostro reparto IT, la questione è delicata.

Conto su una risposta entro un'ora.

Massimo Gentile
Inviato da iPhone""")

    m(B, "it", "l1", "L", "formal warning (diffida) over charges after cancellation: lawyer mandated, complaint to AGCM",
      "Diffida - addebiti non autorizzati",
      """Spett.le società,

nonostante la disdetta inviata via PEC il 28 settembre, avete continuato ad addebitare 49,90 € al mese sulla mia carta. Con la presente vi diffido formalmente a rimborsare l'importo di 99,80 € entro quindici giorni.

In mancanza, ho già dato mandato al mio avvocato di procedere per le vie legali e presenterò segnalazione all'Autorità Garante della Concorrenza e del Mercato.

Distinti saluti,
Lorenzo Pellegrini""")

    m(B, "it", "o1", "O", "clinic group: nobody in three sites can log in, 502 Bad Gateway also on mobile data",
      "Nessuno riesce ad accedere - errore 502 su tutte le sedi",
      """Buongiorno,

da stamattina alle 8:30 in nessuna delle nostre tre sedi (Padova, Treviso, Vicenza) riusciamo ad accedere alla piattaforma: esce 'Errore 502 Bad Gateway' per tutti, da PC e da telefono, anche con la connessione mobile. Gli ambulatori hanno i pazienti in sala d'attesa e non possiamo vedere le agende.

Avete un problema generale? Quando pensate di risolvere?

Dott.ssa Giulia Santoro
Poliambulatorio Santoro""")
