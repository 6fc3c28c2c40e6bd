"""devset20 validation, batch 3: French (fr), Dutch (nl), Italian (it).

Measure only: written without reading the lexicons, the corpus or the other dev sets.
"""

B = "b3"


def add_fr(m):
    # ---------------------------------------------------------------- abusive
    m(B, "fr", "a1", "A",
      "Belgian hotel director (Liege) furious about double bookings; icy contempt for a named phone agent, no swear words",
      "Re: Ticket #52817 – surréservations",
      """
Bonjour,

Je reviens vers vous pour la troisième fois cette semaine. Votre collaborateur Kevin, qui m'a « aidée » hier au téléphone, est d'une incompétence qui force le respect. Trois quarts d'heure pour m'expliquer comment vider le cache de mon navigateur, alors que je lui parlais de chambres vendues deux fois sur Booking. On aurait eu une conversation plus utile avec la plante verte de notre réception.

Je ne sais pas où vous recrutez vos gens, mais visiblement savoir lire un ticket n'est pas un critère. Je veux quelqu'un qui comprend ce qu'est un channel manager, pas un stagiaire qui récite un script.

Samedi nous avons encore eu deux familles sans chambre à 22h. Je vous laisse imaginer l'ambiance.

Nathalie Gérard
Directrice – Hôtel Les Coteaux, Liège
+32 4 221 38 90
""", fmt="qp")

    m(B, "fr", "a2", "A",
      "angry one-liner from a phone about a double debit, obfuscated insults at the staff",
      "prélèvement",
      """
encore prélevé 2 fois ce mois ci. bande de b*tards vous le faites exprès ou quoi. rendez moi mes 49€ et allez vous faire f*utre

Envoyé de mon iPhone
""")

    m(B, "fr", "a3", "A",
      "Quebec gym owner waiting for a billing credit; calls staff 'une gang de caves' and the account manager a liar, in joual",
      "Facturation Physio-Gym Rimouski - encore",
      """
Allô,

Ça fait 3 semaines que j'attends un crédit pour les 40 membres facturés en double en octobre. Chaque fois que j'appelle, on me transfère, on me met en attente pis on raccroche.

Honnêtement vous êtes une gang de caves. Votre gérant de compte, Steve, c'est un crisse de menteur : il m'a juré au téléphone que le crédit était « en traitement » le 3 novembre, pis y'a rien pantoute dans mon compte.

Je veux mon crédit cette semaine.

Marc-André Bouchard
Physio-Gym Rimouski
""")

    m(B, "fr", "a4", "AL",
      "online tea shop owner after a botched catalogue migration: calls staff crooks and clowns, lawyer to send a formal demand",
      "Dernier message avant mon avocat",
      """
Madame, Monsieur,

Depuis votre « migration » du 12 novembre, mon catalogue a perdu toutes ses photos et la moitié de ses prix. J'ai ouvert quatre tickets. Réponse type, copier-coller, rien.

Je vais être clair : vous êtes des amateurs et des escrocs. Vous encaissez 89 € par mois pour un service que vous êtes incapables d'assurer, et vos conseillers sont des guignols qui ne lisent même pas ce qu'on leur écrit.

J'ai transmis l'ensemble du dossier à mon avocat ce matin. Il vous adressera une mise en demeure pour le préjudice subi (trois semaines de ventes perdues avant Noël). Vous pourrez lui expliquer à lui que « l'équipe technique est sur le sujet ».

Julien Marchetti
La Théière Bleue – thés et infusions
""")

    # ---------------------------------------------------------------- legal-threat
    m(B, "fr", "l1", "L",
      "accounting firm in Lyon, formal letter: mise en demeure under art. 1344 Code civil over lost archived documents, commercial court next",
      "Mise en demeure – contrat n° CB-2024-0371",
      """
Cabinet Ferrand & Associés
Expertise comptable – Commissariat aux comptes
14, quai Saint-Vincent – 69001 Lyon

Lyon, le 25 novembre 2026

Objet : mise en demeure – perte des pièces comptables archivées

Madame, Monsieur,

Par contrat n° CB-2024-0371, votre société s'est engagée à assurer la conservation des pièces justificatives transmises par nos clients via votre plateforme.

Le 3 novembre dernier, nous avons constaté la disparition de l'ensemble des pièces déposées entre janvier et juin 2026 pour onze de nos dossiers. Malgré nos relances des 5, 10 et 18 novembre, aucune restauration ni explication ne nous a été fournie.

Par la présente, nous vous mettons en demeure, conformément à l'article 1344 du Code civil, de procéder à la restauration complète de ces données dans un délai de huit jours à compter de la réception du présent courrier.

À défaut, nous saisirons le tribunal de commerce de Lyon afin d'obtenir réparation de l'intégralité du préjudice subi, sans préjudice de tous autres droits et actions.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Hélène Ferrand
Expert-comptable associée
""", fmt="html")

    m(B, "fr", "l2", "L",
      "78-year-old woman charged after cancelling; grandson filed on SignalConso, she will go to the conciliateur de justice; legacy charset",
      "Remboursement abonnement",
      """
Madame, Monsieur,

Je suis une personne agée de 78 ans et je ne comprends pas pourquoi vous m'avez prélevé 119 euros le 2 novembre alors que j'avais envoyé une lettre de résiliation en septembre. Mon petit-fils m'a aidé a l'envoyer, j'ai la copie.

J'ai téléphoné deux fois, on m'a dit d'écrire ici.

Je vous préviens que mon petit-fils a déjà fait un signalement sur SignalConso et que si je ne suis pas remboursée avant la fin du mois je saisirai le conciliateur de justice de ma mairie. Je ne me laisserai pas faire.

Salutations,
Mme Odette Rivière
12 rue des Tilleuls
37000 Tours
""", charset="iso-8859-1")

    m(B, "fr", "l3", "L",
      "Belgian ex-customer, third GDPR erasure request ignored, will lodge a complaint with the Autorite de protection des donnees",
      "3e demande d'effacement",
      """
Bonjour,

Le 14 septembre puis le 9 octobre, j'ai demandé l'effacement de mes données (article 17 RGPD) suite à la fermeture de mon compte. Vous continuez à m'envoyer votre newsletter et, la semaine passée, un « rappel de renouvellement » avec mon ancienne adresse de facturation à Namur.

Vous aviez un mois pour répondre. On est à plus de deux.

Sans confirmation écrite de l'effacement d'ici le 5 décembre, j'introduirai une plainte auprès de l'Autorité de protection des données, avec copie de nos échanges. Je préférerais vraiment ne pas devoir en arriver là.

Bien à vous,
Thomas Delvaux
""")

    m(B, "fr", "l4", "L",
      "Swiss dental clinic in Lausanne owed a refund; will file a debt-enforcement request (Office des poursuites, commandement de payer)",
      "Remboursement module agenda – dernier rappel",
      """
Madame, Monsieur,

Suite à la suppression du module d'agenda en ligne au 1er octobre, vous vous étiez engagés par écrit (mail de M. Aubert du 22 septembre) à nous rembourser le solde de la licence annuelle, soit CHF 2'470.–. Deux mois plus tard, nous n'avons rien reçu malgré trois rappels.

Sans versement sur notre compte d'ici au 10 décembre, nous déposerons une réquisition de poursuite auprès de l'Office des poursuites de Lausanne et vous recevrez un commandement de payer. Nous n'avons aucune envie de passer par là pour un montant pareil, mais nous n'avons plus d'autre moyen de nous faire entendre.

Meilleures salutations

Sandrine Pittet
Administration – Cabinet dentaire du Flon
Rue du Flon 8, 1003 Lausanne
""")

    # ---------------------------------------------------------------- account-ownership
    m(B, "fr", "w1", "W",
      "volunteer secretary of a food-bank association writing for the president: switch the main account from the departed treasurer to her",
      "Compte de l'association – changement de titulaire",
      """
Bonjour,

Je vous écris de la part de Mme Catherine Lefèvre, présidente de l'association Le Panier Partagé (épicerie solidaire, Roubaix), qui n'a pas le temps de s'en occuper elle-même cette semaine.

Notre ancien trésorier, M. Pascal Doutremepuich, a quitté l'association en octobre de façon assez conflictuelle. C'est lui qui avait créé le compte chez vous, avec son adresse personnelle, et il ne répond plus à nos messages.

Mme Lefèvre souhaiterait que le compte principal soit basculé à son nom, avec son adresse c.lefevre@panierpartage.example, et que l'adresse de M. Doutremepuich soit retirée des accès. Nous pouvons vous envoyer le PV de l'assemblée générale qui l'a élue si besoin.

Merci d'avance,

Amélie Caron
Secrétariat bénévole
Le Panier Partagé
""", fmt="alt")

    m(B, "fr", "w2", "W",
      "technology teacher at a Breton middle school asks to be made super-admin in place of the retired principal; few accents",
      "acces administrateur ENT",
      """
Bonjour,

Je suis prof de techno au college Jean-Moulin de Saint-Brieuc et je m'occupe (un peu malgre moi) de l'informatique. Notre ancien principal, M. Le Goff, est parti a la retraite en juillet et c'etait lui le super-administrateur de notre espace. Personne d'autre n'a les droits, et on ne peut plus creer les comptes des nouveaux eleves.

Est ce que vous pouvez me passer super-admin a sa place ? Son adresse academique a ete desactivee donc il ne peut pas le faire lui-meme. La nouvelle principale, Mme Rault, est d'accord.

Merci
Yann Guillou
""")

    m(B, "fr", "w3", "W",
      "widow of a baker wants the till account in her name and the SMS login codes moved to her phone; mentions the notary's papers",
      "compte de mon mari",
      """
Bonjour

Mon mari Gérard Lemaire est décédé le 28 août. Il tenait la boulangerie et c'est lui qui s'occupait de l'ordinateur, des commandes et de votre logiciel de caisse. Je reprends le commerce avec mon fils.

Le problème c'est que pour se connecter il faut un code envoyé par SMS sur le portable de Gérard, et ce téléphone a été résilié. Est-ce que vous pouvez mettre le compte à mon nom et envoyer les codes sur mon numéro à moi (06 71 48 23 90) ? J'ai l'acte de décès et l'attestation du notaire si vous en avez besoin.

Je ne suis pas très douée avec tout ça, excusez-moi.

Monique Lemaire
Boulangerie Lemaire, Vierzon
""")

    m(B, "fr", "w4", "W",
      "CEO-fraud style: 'CEO' travelling, wants owner rights given today to a new assistant's gmail address, keep IT out of copy",
      "URGENT - confidentiel",
      """
Bonjour,

Je suis en déplacement à Genève jusqu'à vendredi et injoignable par téléphone (réunions avec les investisseurs).

J'ai besoin que vous donniez aujourd'hui les droits de propriétaire de notre compte Transports Vasseur à mon nouvel assistant, M. Kevin Morel (k.morel.direction@gmail.com). Notre responsable informatique est en arrêt maladie et je ne peux pas attendre son retour.

Merci de traiter ça en priorité et de ne pas mettre le service informatique en copie, le dossier est confidentiel.

Cordialement,
Philippe Vasseur
PDG – Transports Vasseur
Envoyé depuis mon mobile
""")

    # ---------------------------------------------------------------- outage
    m(B, "fr", "o1", "O",
      "night dock supervisor at a Rungis cold-chain carrier: every dock terminal, office PC and driver tablet gets a 504 since 5:40",
      "PLUS RIEN NE PASSE - quais Rungis",
      """
Bonjour,

Depuis 5h40 ce matin, aucun poste de nos quais n'arrive à valider les réceptions. L'appli tourne dans le vide puis affiche :

  504 Gateway Time-out
  nginx

C'est pareil sur les 14 terminaux de quai, sur les PC du bureau d'exploitation et sur les tablettes des chauffeurs. On a redémarré la borne wifi et deux terminaux, aucun changement. Les camions s'accumulent dans la cour et on a des produits frais qui attendent.

Merci de nous rappeler au 01 46 87 52 10.

Karim Benali
Chef de quai (nuit) – Frigo Express Rungis
""")

    m(B, "fr", "o2", "O",
      "short follow-up above the quoted support reply: after your fix nobody in the office can log in (login loop); legacy charset",
      "Re: Ticket #88213 - connexion impossible",
      """
Toujours pareil chez nous. Depuis votre « correctif » de 10h, personne au bureau ne peut se connecter : on tape le mot de passe, la page se recharge et revient sur l'écran de connexion. Testé sur 6 postes, Chrome et Edge, en 4G aussi.

Vous avez une estimation ? On a la paie à sortir aujourd'hui.

Sophie
Cabinet Moreau Conseil

> Le 25/11/2026 à 10:04, Support a écrit :
> Bonjour, un correctif a été déployé, pouvez-vous réessayer et nous confirmer ?
> Cordialement, l'équipe support
""", charset="iso-8859-15")

    m(B, "fr", "o3", "O",
      "choir secretary's chatty three-point mail; the middle point: the registration form shows a blank page for all the singers",
      "Plusieurs petites choses",
      """
Bonjour,

Je suis la secrétaire de la chorale À Cœur Joie de Vannes (oui, on utilise votre outil pour les inscriptions et les cotisations depuis deux ans, et en général on en est très contents !).

Premier point : notre trésorier voudrait que l'adresse de facturation soit celle de la mairie annexe (3 place du Marché, 56000 Vannes) et non plus celle de son domicile. Est-ce qu'il faut refaire un contrat ou est-ce que vous pouvez le modifier ?

Deuxième point, plus embêtant : depuis hier soir, le formulaire d'inscription au concert de Noël n'affiche plus qu'une page blanche. Ça fait pareil pour tous les choristes qui m'ont appelée (une bonne quinzaine), sur ordinateur comme sur téléphone, et chez moi aussi. Même la page d'accueil de notre espace met des plombes à charger et finit par une erreur. Le concert est le 13 décembre, on a besoin que les gens puissent s'inscrire…

Dernier point, pas urgent : est-ce qu'on peut mettre notre logo en haut des mails de relance ?

Merci beaucoup et bonne journée,
Brigitte Le Cam
""")

    m(B, "fr", "o4", "O",
      "municipal digital service: citizen portal returns 503 for residents and staff, deadline for school registrations tonight",
      "Portail citoyen inaccessible",
      """
Bonjour,

Le portail citoyen de la commune de Saint-Herblain (démarches en ligne, inscriptions cantine et périscolaire) est inaccessible depuis 8h15. Les usagers tombent sur :

"503 Service Unavailable – The server is temporarily unable to service your request."

Nos agents en mairie ont le même message depuis le réseau interne. Le standard est saturé d'appels de parents, et la clôture des inscriptions périscolaires est ce soir à minuit.

Pouvez-vous nous indiquer si l'incident est connu et un délai de rétablissement ? Nous devons décider de prolonger ou non la date limite.

Cordialement,

Service Numérique
Mairie de Saint-Herblain
""", fmt="html")

    # ---------------------------------------------------------------- hard negatives
    m(B, "fr", "n1", "",
      "plumber swears at the Android app that logs him out every five minutes; only his phone, no insult to anyone",
      "déconnexions appli Android",
      """
Bonjour,

Cette saloperie d'appli me déconnecte toutes les cinq minutes depuis la mise à jour de lundi, c'est à devenir chèvre. Je retape mon mot de passe, ça marche deux minutes, et hop, retour à l'écran de connexion. Sur l'ordi aucun souci, et mon associé sur iPhone n'a rien.

Samsung A54, Android 14, appli version 6.2.1. J'ai déjà désinstallé / réinstallé.

Laurent Girard
Plomberie Girard & Fils
""")

    m(B, "fr", "n2", "",
      "bistro owner quotes the abusive messages a disgruntled diner sends through the contact form and asks how to block that sender",
      "Bloquer un expéditeur ?",
      """
Bonjour,

Un client mécontent (une histoire de table réservée un samedi où on était complets) nous inonde de messages via le formulaire de contact de notre site, qui passe par votre plateforme. Extrait du dernier, reçu cette nuit :

« Vous êtes des sales voleurs, votre cuisinier est une ordure et je vais faire en sorte que tout le quartier le sache. »

Il en a envoyé onze depuis vendredi, toujours depuis la même adresse. Est-ce qu'on peut bloquer cette adresse pour que ses messages n'arrivent plus dans notre boîte ? Mon personnel de salle commence à en avoir peur.

Merci,
Valérie Tessier
Le Bistrot du Canal, Strasbourg
""")

    m(B, "fr", "n3", "",
      "young community manager: enthusiastic feedback with idioms ('je tuerais pour un mode sombre', 'un truc qui me tue')",
      "suggestion (mode sombre svp 🙏)",
      """
Salut l'équipe !

Petit message pour dire que la nouvelle appli mobile est top, franchement vous avez assuré. Par contre je tuerais pour un mode sombre, je gère nos réseaux jusqu'à minuit et l'écran blanc me flingue les yeux 😅

Et un truc qui me tue : quand je glisse une image dans un brouillon, elle se met toujours en bas au lieu de là où est le curseur. C'est pas dramatique mais si vous pouviez regarder…

Bonne continuation, vous êtes au top !
Inès, community manager @ Studio Pixel Nantes
""")

    m(B, "fr", "n4", "",
      "Paris law firm partner asks to raise the attachment size limit; signature with professional-secrecy disclaimer mentioning 'poursuites'",
      "Taille maximale des pièces jointes",
      """
Bonjour,

Nos collaborateurs doivent régulièrement recevoir des conclusions et des pièces de procédure volumineuses (jusqu'à 40 Mo). Actuellement les messages au-delà de 25 Mo sont rejetés. Est-il possible de relever cette limite pour notre domaine, et si oui, à quel tarif ?

Merci par avance.

Maître Claire Dubois-Vidal
Avocate associée
SELARL Dubois-Vidal & Kahn
8, rue de Rivoli – 75004 Paris

--
Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel de l'avocat. Ils sont établis à l'attention exclusive de leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en informer immédiatement l'expéditeur et de le supprimer. Toute utilisation non autorisée est susceptible de poursuites.
""", fmt="alt")

    m(B, "fr", "n5", "",
      "calm GDPR article 15 access request, no threat",
      "Demande d'accès à mes données personnelles",
      """
Bonjour,

En application de l'article 15 du RGPD, je souhaiterais obtenir une copie des données personnelles que vous détenez à mon sujet (compte ouvert en 2021 avec l'adresse de cet e-mail), ainsi que la liste des sous-traitants auxquels elles sont communiquées.

Un export au format PDF ou CSV me convient très bien. Rien d'urgent, et merci d'avance pour votre aide.

Cordialement,
Mathieu Roux
""")

    m(B, "fr", "n6", "",
      "legal assistant of a mutual insurer updating the processing register: asks for SIREN, hosting location, signed DPA; legal notice page broken",
      "Registre des traitements – informations sous-traitant",
      """
Bonjour,

Dans le cadre de la mise à jour annuelle de notre registre des traitements, notre service juridique me demande de compléter la fiche vous concernant en tant que sous-traitant.

Pourriez-vous me transmettre :
- la raison sociale exacte et le numéro SIREN (le lien « mentions légales » en bas de votre site renvoie vers une page introuvable) ;
- la localisation de l'hébergement des données (UE / hors UE) ;
- la dernière version signée de l'accord de sous-traitance (DPA), l'exemplaire que nous avons date de 2023.

Merci d'avance, nous devons clôturer le registre avant le 15 décembre.

Bien cordialement,
Aurélie Masson
Assistante juridique – Mutuelle des Artisans de Bourgogne
""")

    m(B, "fr", "n7", "",
      "nursery administrator going on maternity leave wants to give a colleague admin rights too; she stays main admin",
      "ajouter une 2e administratrice",
      """
Bonjour,

Je suis l'administratrice du compte de la crèche Les Petits Loups (Annecy). Je pars en congé maternité le 15 décembre et je voudrais que ma collègue Julie Perrin puisse gérer les plannings et les factures pendant mon absence.

Je ne trouve pas comment lui donner les droits admin en plus des miens : dans Paramètres > Utilisateurs, le menu « Rôle » reste grisé pour elle. Est-ce une question d'abonnement ?

Je reste administratrice principale, c'est juste pour quelques mois.

Merci !
Émilie Bardet
""")

    m(B, "fr", "n8", "",
      "joiner whose company changed name wants his own login address moved to the new domain",
      "changement d'adresse mail de connexion",
      """
Bonjour,

Notre société a changé de nom (Dupuis Menuiserie devient Atelier Dupuis) et donc de domaine. Je voudrais que mon identifiant de connexion passe de marc@dupuis-menuiserie.example à marc@atelier-dupuis.example. C'est bien mon compte, je suis connecté en ce moment, mais le champ e-mail n'est pas modifiable dans mon profil.

Comment faire ?

Marc Dupuis
""")

    m(B, "fr", "n9", "",
      "beauty salon owner (account holder) wants to move the subscription payment from her personal card to the new company's card",
      "changer la carte de paiement",
      """
Bonjour,

Je suis la titulaire du compte (Institut de beauté Belle Époque, Bordeaux). Jusqu'ici l'abonnement était payé avec ma carte personnelle ; maintenant que l'institut est passé en SARL, je voudrais transférer le paiement sur la carte de la société et que les factures soient établies au nom de la SARL Belle Époque, avec le numéro de TVA FR 47 912 345 678.

Le compte reste à mon nom, c'est juste la facturation qui change. Où est-ce que je fais ça ?

Merci,
Sylvie Marchand
""", fmt="b64")

    m(B, "fr", "n10", "",
      "convenience store on Reunion island asks about the announced maintenance window and the time zone, tills open at 7",
      "Maintenance du 6 décembre",
      """
Bonjour,

Nous avons reçu votre mail annonçant une maintenance le dimanche 6 décembre entre 2h et 6h. C'est bien l'heure de Paris ? Chez nous à La Réunion ça ferait 5h-9h, et nous ouvrons le dimanche dès 7h.

Est-ce que les caisses pourront encaisser normalement pendant ce créneau, ou faut-il prévoir le mode hors ligne ? Et les terminaux de carte bancaire sont-ils concernés ?

Merci de votre retour,
Patrick Hoarau
Proxi Saint-Pierre
""")

    m(B, "fr", "n11", "",
      "optician chain HQ confirms service is back for everyone and the ticket can be closed; Outlook quote of the incident notice",
      "RE: Plateforme inaccessible",
      """
Re-bonjour,

C'est revenu chez nous depuis environ 11h20, tout le monde a pu se reconnecter et les commandes de ce matin sont bien passées. Merci pour la réactivité.

Vous pouvez clôturer le ticket. Si vous avez un petit compte rendu de ce qui s'est passé, ça intéresse notre DSI, mais rien d'urgent.

Bonne fin de journée,
Guillaume
Opticiens Réunis – siège de Reims

-----Message d'origine-----
De : Support <support@example.com>
Envoyé : mercredi 25 novembre 2026 10:47
À : Guillaume Petit
Objet : RE: Plateforme inaccessible

Bonjour Guillaume,

Nos équipes ont identifié un incident sur un de nos serveurs de base de données et travaillent à son rétablissement. Nous revenons vers vous dès que possible.

L'équipe Support
""")

    m(B, "fr", "n12", "",
      "vet clinic without internet because of their fibre provider's local fault; asks whether incoming mail is queued",
      "Mails en attente ?",
      """
Bonjour,

Petite question : depuis ce matin, notre box fibre est en panne (incident chez notre opérateur, tout le quartier est touché, technicien prévu demain). Nous n'avons donc plus internet au cabinet.

Les mails qui nous sont envoyés pendant la coupure sont-ils conservés chez vous et distribués quand on se reconnecte, ou est-ce qu'ils sont renvoyés à l'expéditeur ? Je vous écris depuis mon téléphone en partage de connexion.

Merci,
Dr Anne Poirier
Cabinet vétérinaire des Quatre Vents
""")


def add_nl(m):
    # ---------------------------------------------------------------- abusive
    m(B, "nl", "a1", "A",
      "Flemish bakery owner: wrong till prices in one shop, calls support 'een bende prutsers' and a named agent as smart as a doormat",
      "Re: Ticket 30412 - kassa weer verkeerde prijzen",
      """
Goeiemiddag,

Ik weet niet wie er bij jullie de tickets leest, maar ge zijt daar echt een bende prutsers. Drie keer heb ik uitgelegd dat de kassa in onze winkel in Lier de oude broodprijzen toont. Drie keer krijg ik een antwoord over een probleem dat ik nooit gemeld heb.

En die Jens van jullie helpdesk, die mij gisteren aan de lijn had: die jongen heeft het verstand van een deurmat. Ge moet hem alles tien keer zeggen en dan nog snapt hij het niet.

Zet er iemand op die iets kent van kassa's alstublieft.

Kris Van den Broeck
Bakkerij Van den Broeck – Lier / Duffel
""")

    m(B, "nl", "a2", "A",
      "young webshop owner on the phone, double charge, obfuscated Dutch disease curse at the staff",
      "????",
      """
wtf weer 2x afgeschreven?? stelletje k*nkerlijers ik heb dit al 3x gemeld. geld terug NU

Verstuurd vanaf mijn iPhone
""")

    m(B, "nl", "a3", "A",
      "Rotterdam installer who feels mis-sold a package threatens to knock the account manager's teeth out",
      "jullie accountmanager",
      """
Ik ben er klaar mee. Jullie accountmanager Ruud heeft me in september een pakket aangesmeerd waarvan hij zwoer dat het onze planning kon koppelen aan de boekhouding. Kan het niet. Opzeggen kan ook niet "want jaarcontract".

Zeg maar tegen Ruud dat hij zich beter niet meer in Rotterdam-Zuid laat zien. Als ik hem tegenkom sla ik persoonlijk z'n tanden uit z'n bek.

Ferry Bakker
Bakker Installatietechniek
""")

    m(B, "nl", "a4", "A",
      "dental practice manager, fourth attempt, icy condescension: staff cannot read, should have a colleague read it aloud",
      "Nogmaals: exportfunctie patiëntenagenda",
      """
Geachte heer/mevrouw,

Ik zal het voor de vierde keer proberen uit te leggen, en deze keer langzaam, zodat zelfs degene die mijn vorige mails heeft "beantwoord" het kan volgen.

Wij willen de agenda exporteren. Niet printen. Niet delen. Exporteren. Naar een bestand.

Het is mij inmiddels duidelijk dat kunnen lezen bij uw afdeling geen functie-eis is. Misschien kunt u mijn mail laten voorlezen door een collega die de basisschool wel heeft afgemaakt. Ik heb geen behoefte aan nog een antwoord van iemand die kennelijk denkt dat een klant niet merkt dat hij een standaardtekst krijgt.

Met vriendelijke groet,
drs. M. Hoekstra
Praktijkmanager Tandartsenpraktijk Oosterpoort
""", fmt="qp")

    # ---------------------------------------------------------------- legal-threat
    m(B, "nl", "l1", "L",
      "childcare foundation board: formal ingebrekestelling over an unperformed paid migration, dissolution and court next",
      "Ingebrekestelling overeenkomst 2026-117",
      """
Aangetekend en per e-mail

Betreft: ingebrekestelling – overeenkomst nr. 2026-117 (migratie ouderportaal)

Geachte directie,

Op 12 mei 2026 zijn wij met u overeengekomen dat u uiterlijk 1 september 2026 het ouderportaal van onze zeven locaties zou migreren naar uw platform. Wij hebben de overeengekomen vergoeding van € 18.400,- excl. btw op 20 mei 2026 volledig voldaan.

Tot op heden is de migratie niet uitgevoerd. Onze herhaalde verzoeken (e-mails van 4 en 29 september en 21 oktober) hebben niet geleid tot een concrete planning.

Hierbij stellen wij u formeel in gebreke en geven wij u een laatste termijn van veertien dagen na dagtekening van deze brief om de migratie volledig af te ronden. Blijft nakoming binnen deze termijn uit, dan zijn wij genoodzaakt de overeenkomst te ontbinden, terugbetaling te vorderen en de zaak zonder nadere aankondiging aan de rechter voor te leggen. Alle kosten, waaronder buitengerechtelijke incassokosten, komen dan voor uw rekening.

Hoogachtend,

J.W. Verhoeven
Bestuurder Stichting Kinderopvang De Vlindertuin
Amersfoort
""", fmt="html")

    m(B, "nl", "l2", "L",
      "Flemish photographer charged five months after cancelling: Consumentenombudsdienst and the vredegerecht; legacy charset",
      "opzeg abonnement - laatste verwittiging",
      """
Dag,

Ik heb op 30 juni mijn abonnement opgezegd via het formulier op jullie site, ik heb daar een bevestiging van. Toch is er in juli, augustus, september, oktober en november telkens 34,99 euro van mijn rekening gegaan. Vijf keer gebeld, vijf keer "we kijken het na".

Ik laat het hier niet bij. Als het geld (174,95 euro) niet tegen 15 december terug op mijn rekening staat, dien ik een klacht in bij de Consumentenombudsdienst en trek ik desnoods naar het vredegerecht in Mechelen. Ik heb alles bijgehouden.

Met vriendelijke groeten,
Luc Peeters
Fotografie Peeters, Bonheiden
""", charset="iso-8859-1")

    m(B, "nl", "l3", "L",
      "care farm director after client files were visible to another provider: reported to the AP, holds the vendor liable, their lawyer will follow",
      "Datalek cliëntdossiers – aansprakelijkstelling",
      """
Goedemiddag,

Op 19 november hebben wij ontdekt dat medewerkers van een andere zorgaanbieder via uw omgeving inzage hadden in zeker 23 dossiers van onze cliënten, inclusief medicatieoverzichten. Uw supportmedewerker bevestigde telefonisch dat het ging om "een fout in de rechtenstructuur na de update", maar een schriftelijke verklaring hebben wij nog steeds niet.

Wij hebben inmiddels melding gedaan bij de Autoriteit Persoonsgegevens. Wij stellen u hierbij aansprakelijk voor alle schade die onze organisatie en onze cliënten hierdoor lijden. Onze jurist zal contact met u opnemen over de verdere afwikkeling.

Wij verwachten uiterlijk vrijdag een volledig incidentrapport.

Met vriendelijke groet,

Anke de Wit
Directeur Zorgboerderij De Hooiberg
""")

    # ---------------------------------------------------------------- account-ownership
    m(B, "nl", "w1", "W",
      "Flemish B&B owner after a break-up: put the account in her name and replace the ex-partner's mobile used for verification codes",
      "account B&B op mijn naam zetten",
      """
Hallo,

Mijn ex-partner en ik hebben tot vorig jaar samen B&B Het Wilgenhof in Damme uitgebaat. Wij zijn ondertussen uit elkaar en ik doe de B&B nu alleen. Het account bij jullie (reservaties, facturen) staat nog altijd op zijn naam en zijn gsm-nummer wordt gebruikt voor de verificatiecode, dus elke keer moet ik hem een berichtje sturen voor een code. Dat is niet meer houdbaar, zeker niet nu hij niet meer antwoordt.

Kunnen jullie het account op mijn naam zetten en zijn gsm-nummer vervangen door het mijne (0476 52 19 83)? Ik kan het uittreksel uit de KBO sturen waar ik als enige zaakvoerder op sta.

Alvast bedankt,
Els Vermeulen
""")

    m(B, "nl", "w2", "W",
      "external IT contractor of a physio practice asks to be made main administrator while the owner is travelling the world",
      "Hoofdbeheerder wijzigen – Fysiotherapie De Brug",
      """
Goedemorgen,

Ik ben de externe ICT-beheerder van Fysiotherapie De Brug in Zwolle. De praktijkeigenaar, mevrouw Jansen, is tot half maart op wereldreis en in principe onbereikbaar (heel af en toe wifi...).

De licenties verlopen op 1 december en ik kan ze niet verlengen omdat alleen de hoofdbeheerder dat mag. Zouden jullie mijn account (r.smit@smit-ict.example) tot hoofdbeheerder kunnen maken? Dan regel ik het verder en kan ik ook de nieuwe collega's aanmaken.

Mevrouw Jansen weet ervan, ik heb het in oktober met haar besproken. Ik kan een screenshot van haar appje doorsturen.

Groet,
Rick Smit
Smit ICT Diensten
""")

    m(B, "nl", "w3", "W",
      "logistics director after an acquisition: hand over the keys of the acquired firm's workspace, him as owner, old admins out",
      "Overname Van Dijk Transport – workspace",
      """
Geachte support,

Per 1 november 2026 heeft Hendriks Logistiek B.V. de activiteiten van Van Dijk Transport overgenomen. Van Dijk Transport gebruikt uw platform voor de ritplanning (workspace "vandijk-transport").

De vorige eigenaar, de heer G. van Dijk, is inmiddels met pensioen en wil er liefst niets meer mee te maken hebben. Wij willen graag dat u de sleutels van die workspace aan ons overdraagt: ondergetekende als eigenaar, facturatie op Hendriks Logistiek en alle bestaande beheerders eruit, behalve de twee planners die bij ons in dienst zijn gekomen.

Een kopie van de overnameakte kunnen wij aanleveren. Graag hoor ik wat u verder nodig heeft.

Met vriendelijke groet,

Dennis Hendriks
Directeur Hendriks Logistiek B.V.
Veghel
""", fmt="alt")

    m(B, "nl", "w4", "W",
      "deputy head of a primary school wants a sick teacher's mailbox password reset and the new login sent to her",
      "toegang mailbox collega",
      """
Hoi,

Ik ben adjunct-directeur van basisschool De Regenboog in Almere. Onze collega Marieke (groep 5) is sinds begin november langdurig ziek en niet aanspreekbaar. Ouders blijven haar mailen over van alles en niemand leest het.

Kunnen jullie het wachtwoord van marieke@obs-regenboog.example resetten en de nieuwe inloggegevens naar mij sturen? Dan kan ik haar mail bijhouden tot ze terug is. De directeur is akkoord.

Groetjes,
Petra Mulder
""")

    # ---------------------------------------------------------------- outage
    m(B, "nl", "o1", "O",
      "warehouse team lead forwards an aborted chat transcript: all 38 hand scanners and the office PCs cannot reach the server",
      "FW: chatgesprek 25-11 07:52 - scanners magazijn",
      """
Hierbij het chatgesprek van vanochtend. De chat werd halverwege afgebroken en we hebben nog niks gehoord. Het probleem bestaat nog steeds.

Bas Willems
Teamleider magazijn, Tilburg

---------- Chattranscript ----------
[07:52] Bas W.: goedemorgen, al onze handscanners in het magazijn geven "Verbinding met server mislukt (code 0x2F)"
[07:53] Bas W.: het gaat om alle 38 scanners, in beide hallen, ook de inpaktafels kunnen geen labels meer printen
[07:54] Medewerker Lotte: Goedemorgen Bas, vervelend! Heeft u de scanners al opnieuw opgestart?
[07:55] Bas W.: ja, allemaal. de pc's op kantoor kunnen ook niet inloggen in de webversie, daar draait het rondje alleen maar
[07:57] Medewerker Lotte: Ik zet het door naar onze technische collega's. Een moment.
[08:14] Bas W.: hallo?
[08:31] -- De chat is beëindigd wegens inactiviteit --
""")

    m(B, "nl", "o2", "O",
      "Flemish one-liner from a phone: nobody can log in, colleagues in Ghent and Kortrijk neither",
      "ligt het plat?",
      """
Ligt het bij jullie plat? Hier kan niemand inloggen sinds een halfuur, collega's in Gent en Kortrijk ook niet. Krijgen enkel "Er is iets misgegaan".

Verzonden vanaf mijn Samsung Galaxy-smartphone
""")

    m(B, "nl", "o3", "O",
      "gym chain operations: check-in kiosks at all six locations stuck on the loading logo, member app fails for everyone",
      "Incheckzuilen alle vestigingen",
      """
Beste,

Bij alle zes vestigingen van FitLab (Breda, Etten-Leur, Oosterhout, Roosendaal, Bergen op Zoom en Tilburg-Noord) blijven de incheckzuilen sinds 06:00 hangen op het laadscherm met het draaiende logo. Leden kunnen hun QR-code niet scannen en komen niet door het poortje. Ook de leden-app toont bij iedereen "Kan gegevens niet ophalen".

We laten nu iedereen handmatig binnen aan de balie, maar om 17:00 begint de avondspits en dan is dat niet te doen.

Weten jullie hiervan? Graag een update.

Met sportieve groet,
Yasmina El Amrani
Operations FitLab
""", fmt="b64")

    m(B, "nl", "o4", "O",
      "municipality: the civil affairs appointment module returns HTTP 503 for residents and desk staff; pasted error with request id",
      "Afsprakenmodule Burgerzaken geeft 503",
      """
Goedemorgen,

Vanaf 08:30 geeft de afsprakenmodule van Burgerzaken van de gemeente Oldambt bij elke poging een foutpagina:

HTTP 503 – Service Unavailable
Request ID: 7f3c-19aa-00b2

Dit geldt zowel voor inwoners die via de website een afspraak willen maken als voor onze baliemedewerkers intern. Het overzicht van de afspraken van vandaag kunnen we evenmin openen, dus we weten niet wie er vanochtend komt.

Wij hebben nog niets op uw statuspagina gezien. Kunt u bevestigen dat u ermee bezig bent?

Met vriendelijke groet,
Team Informatievoorziening
Gemeente Oldambt
""")

    m(B, "nl", "o5", "OL",
      "kitchenware webshop: order confirmations to all customers stuck in queue (other shops too), will sue for lost Black Friday revenue",
      "Geen orderbevestigingen meer - 2 dagen voor Black Friday!!!",
      """
Hallo,

Sinds gisteravond ±21:00 komen er bij geen enkele klant van ons nog orderbevestigingen of verzendmails aan. Niet bij gmail, niet bij hotmail, niet bij zakelijke adressen. In het dashboard staat alles op "in wachtrij", de teller staat nu op 1.312. Andere winkeliers in de Facebookgroep van jullie gebruikers hebben precies hetzelfde.

Onze klantenservice krijgt tientallen mails van mensen die denken dat hun bestelling niet gelukt is.

Dit is het slechtst denkbare moment. Vrijdag is Black Friday, daar draaien wij een kwart van onze jaaromzet. Als dit morgenochtend niet werkt, sturen wij onze advocaat op jullie af en verhalen wij alle gederfde omzet via de rechter. Dat meen ik.

Sanne Kuipers
Eigenaar – Kuipers Kookwinkel (webshop)
""")

    # ---------------------------------------------------------------- hard negatives
    m(B, "nl", "n1", "",
      "bookkeeper swears at the update ('kutupdate') that removed bulk export to Exact; no person insulted, not an outage",
      "export naar Exact",
      """
Hoi,

Wat een kutupdate is dit zeg. Sinds gisteren kan ik de facturen niet meer in één keer naar Exact exporteren, ik moet ze nu per stuk aanklikken. Dat zijn er bij mij 200 per maand, dus dat is gewoon een middag verloren. Zit die bulkexport ergens anders verstopt of is hij eruit gesloopt?

Groet,
Wouter
Administratiekantoor De Ridder
""")

    m(B, "nl", "n2", "",
      "Flemish school secretary quotes an abusive parent and asks for a rule forwarding that sender straight to the principal",
      "filter instellen voor één afzender",
      """
Goedendag,

Wij krijgen op het secretariaat van onze school al enkele weken mails van een vader die het niet eens is met het rapport van zijn zoon. Ze worden steeds grover. Gisteren schreef hij letterlijk: "Jullie leerkrachten zijn een stelletje parasieten die op kosten van de belastingbetaler niets uitvoeren."

De directie heeft beslist dat deze mails voortaan rechtstreeks naar haar gaan en niet meer bij het secretariaat binnenkomen. Kan ik in jullie systeem een regel instellen die alles van dat ene adres doorstuurt naar directie@sint-jozef.example, zonder dat wij het eerst zien?

Dank u,
Hilde Claes
Secretariaat Sint-Jozefscollege
""")

    m(B, "nl", "n3", "",
      "sales back-office sarcastic about the ever-moving 'new quote' button, asks for the old layout; no insult",
      "nieuwe menubalk",
      """
Goedemiddag,

Geweldig hoor, die nieuwe menubalk. Echt een feest om elke ochtend opnieuw te zoeken waar de knop "Nieuwe offerte" deze week verstopt zit. Eerst stond hij linksboven, toen onder het plusje, nu onder "Meer…". Ik ben benieuwd wat het volgende week wordt.

Serieus: is er een manier om de oude indeling terug te zetten, of om zelf snelkoppelingen aan te maken? Onze verkopers zijn er niet blij mee.

Met vriendelijke groet,
Ingrid Post
Binnendienst, Post Zonwering
""")

    m(B, "nl", "n4", "",
      "candidate notary asks about automatic encryption for confidential mails; disclaimer mentions liability limits",
      "Versleuteld mailen naar cliënten",
      """
Geachte heer, mevrouw,

Ons kantoor verstuurt regelmatig conceptaktes en identiteitsgegevens naar cliënten. Wij willen dat deze berichten standaard versleuteld worden verzonden wanneer het onderwerp begint met [VERTROUWELIJK]. Is dat met uw pakket mogelijk, en zo ja, moeten wij daarvoor een ander abonnement afnemen?

Met vriendelijke groet,

mr. E.J. (Esther) van Leeuwen
Kandidaat-notaris
Notariskantoor Van Leeuwen & Bos
Deventer

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke informatie bevatten. Indien u niet de beoogde ontvanger bent, wordt u verzocht de afzender hierover te informeren en het bericht te verwijderen. Op al onze diensten zijn onze algemene voorwaarden van toepassing, waarin een beperking van aansprakelijkheid is opgenomen.
""", fmt="alt")

    m(B, "nl", "n5", "",
      "accountancy office manager relays their own lawyer's questions on the data processing agreement before signing",
      "Vragen jurist over verwerkersovereenkomst",
      """
Hallo,

Onze jurist heeft de verwerkersovereenkomst die jullie ons in oktober stuurden doorgenomen voordat we tekenen. Zij heeft twee vragen:

1. In artikel 7.2 staat dat subverwerkers "tijdig" worden gemeld. Kunnen jullie dat concreet maken, bijvoorbeeld 30 dagen van tevoren?
2. Artikel 11 (aansprakelijkheid) verwijst naar een bijlage C die niet in de pdf zit. Kunnen jullie die nasturen?

Als dat rond is, tekenen we meteen.

Groet,
Merel Visser
Office manager, Visser & Zn. Accountants
""")

    m(B, "nl", "n6", "",
      "gardener: 'not going to bother with lawyers', just wants a credit note for seats still billed after downsizing",
      "factuur november klopt niet",
      """
Hoi,

Even eerlijk: ik ga echt niet moeilijk doen met advocaten of zo, maar de factuur van november is gewoon fout. Wij hebben in oktober afgeschaald van 25 naar 12 gebruikers en we betalen nog steeds voor 25. Het verschil is 169 euro.

Kunnen jullie een creditnota sturen en het vanaf december goedzetten? Dan is het voor mij klaar.

Thanks,
Joost
Joost Hermans Hoveniers
""")

    m(B, "nl", "n7", "",
      "new travel agency employee: her onboarding invitation link expired",
      "uitnodigingslink verlopen",
      """
Hallo,

Ik ben maandag begonnen bij Reisbureau Zonnig Zeeland en mijn leidinggevende heeft me vorige week een uitnodiging gestuurd voor jullie planningsomgeving. Ik kwam er pas vandaag aan toe om hem te openen en nu zegt de link "Deze uitnodiging is verlopen".

Moet zij me opnieuw uitnodigen, of kunnen jullie de link verlengen? Ze is vandaag vrij.

Groetjes,
Lisa de Graaf
""")

    m(B, "nl", "n8", "",
      "restaurant owner (sole admin) wants to give her manager admin rights too; she stays owner",
      "Extra beheerder toevoegen",
      """
Goedemorgen,

Ik ben eigenaar en enige beheerder van ons account (Café-Restaurant De Gouden Leeuw, Maastricht). Ik wil onze bedrijfsleider, Tim Hermans, ook beheerdersrechten geven zodat hij de roosters en de kassa-instellingen kan aanpassen als ik er niet ben. Ik blijf zelf eigenaar.

Waar doe ik dat? Ik zie bij Gebruikers alleen "Medewerker" en "Lezer" als rol.

Met vriendelijke groet,
Jeanine Lenaerts
""", fmt="qp")

    m(B, "nl", "n9", "",
      "user lost her authenticator app on a new phone and asks how to reset two-step verification on her own account",
      "nieuwe telefoon, authenticator weg",
      """
Hoi,

Ik heb een nieuwe telefoon en ben vergeten de authenticator-app over te zetten voordat ik de oude liet wissen. Nu vraagt jullie site om een code die ik niet meer heb. De herstelcodes heb ik destijds helaas nergens bewaard.

Hoe kan ik de tweestapsverificatie op mijn eigen account opnieuw instellen? Ik kan me gewoon legitimeren als dat nodig is. Het account staat op h.bos@bosenbos.example.

Groeten,
Hanneke Bos
""")

    m(B, "nl", "n10", "",
      "construction firm's accounts: SLA credit for last week's 3.5-hour outage, everything works again since",
      "Creditering storing 17 november",
      """
Geachte support,

Op dinsdag 17 november was uw platform bij ons van 09:10 tot 12:40 niet bereikbaar, zoals ook op uw statuspagina vermeld. Volgens artikel 4 van de SLA (beschikbaarheid 99,9% per maand) hebben wij bij een onderbreking van meer dan twee uur recht op een creditering van 10% van het maandbedrag.

Wilt u deze creditering verwerken op de factuur van december? Ons klantnummer is 40-22871.

Sinds die dag werkt alles weer naar behoren, daarvoor dank.

Met vriendelijke groet,
R. Schouten
Financiële administratie, Schouten Bouw B.V.
""")

    m(B, "nl", "n11", "",
      "consultancy's own on-premise Exchange was down overnight; asks whether mail to them bounced or is queued",
      "Mails teruggestuurd tijdens onze storing?",
      """
Hallo,

Onze eigen Exchange-server (on-premise, staat bij ons in de serverkast) heeft vannacht van ongeveer 01:00 tot 06:30 platgelegen door een mislukte Windows-update. Onze systeembeheerder heeft hem weer aan de praat gekregen.

Kunnen jullie in de logs zien of jullie in die periode mails voor ons domein (dekoning-advies.example) hebben proberen af te leveren, en of die zijn teruggestuurd of nog in de wachtrij staan? We verwachtten vannacht een offerte van een klant.

Groet,
Martijn de Koning
""")

    m(B, "nl", "n12", "",
      "one user's dashboard stays empty in Firefox only, colleagues fine; legacy charset",
      "dashboard laadt niet (alleen bij mij)",
      """
Beste,

Sinds vanochtend blijft bij mij het dashboard leeg: ik zie alleen de grijze balken die normaal gevuld worden, en dan gebeurt er niets meer. Mijn collega's naast me hebben er geen last van, bij hen werkt alles. Ik gebruik Firefox 133 op een Mac; in Safari werkt het wel.

Ik heb cookies en cache al gewist. Nog ideeën?

Groet,
Daan Verbeek
""", charset="iso-8859-15")


def add_it(m):
    # ---------------------------------------------------------------- abusive
    m(B, "it", "a1", "A",
      "Neapolitan trattoria owner: kitchen printer still broken, calls the named technician a certified idiot and the staff incompetents",
      "Re: Ticket #77120 stampante comande",
      """
Buongiorno,

vi scrivo per l'ennesima volta perché la stampante delle comande in cucina non stampa più le modifiche ai piatti. Il vostro tecnico Marco, quello che è venuto giovedì, è un cretino patentato: ha smontato mezza cassa, ha detto "ora va" ed è andato via senza provare niente. Alle otto di sera avevo la cucina che non sapeva cosa cucinare.

Siete una manica di incapaci, dal primo all'ultimo. Mandate qualcuno che sappia cosa fa, non un ragazzino che gioca col cacciavite.

Gennaro Esposito
Trattoria Da Gennaro, Napoli
""")

    m(B, "it", "a2", "A",
      "phone rant about a late refund, obfuscated insults at the staff",
      "RIMBORSO",
      """
3 settimane che aspetto il rimborso. vaff****lo a voi e a quel call center di m3rda, siete dei ladri e degli str***i

Inviato da iPhone
""")

    m(B, "it", "a3", "A",
      "labour consultant, sarcastic contempt for the agent who misread her question: should be taught to read, send someone with a brain",
      "Complimenti",
      """
Gentile supporto,

complimenti alla signorina che ha risposto al mio ticket di ieri: riuscire a non capire una domanda di due righe richiede un talento che pochi possiedono. Le avevo chiesto come spostare una fattura da un cliente all'altro e mi ha spiegato, con molta gentilezza, come cambiare la password.

Forse, prima di metterla a rispondere ai clienti, potreste insegnarle a leggere l'italiano. O in alternativa mandatemi direttamente qualcuno con un cervello funzionante, così risparmiamo tempo entrambi.

Distinti saluti,
Dott.ssa Paola Ferrante
Studio Ferrante – consulenza del lavoro, Bari
""", fmt="qp")

    m(B, "it", "a4", "A",
      "customer with a suspended account threatens to come to the Milan office and hurt someone",
      "ultimo avviso",
      """
Ascoltatemi bene. So dove avete la sede, in via Tortona a Milano, ci passo davanti tutti i giorni. Se entro domani non mi riattivate l'account e non mi restituite i 300 euro, vengo lì di persona e vi assicuro che qualcuno di voi si fa male sul serio. Non sto scherzando.

R.
""")

    # ---------------------------------------------------------------- legal-threat
    m(B, "it", "l1", "L",
      "social cooperative's formal diffida ad adempiere (art. 1454 c.c.) over e-invoicing rejected for their account, court next",
      "DIFFIDA AD ADEMPIERE - contratto n. 2026/0412",
      """
Spett.le Società,

la scrivente Cooperativa Sociale Il Girasole, con sede in Reggio Emilia, via Emilia San Pietro 41, in persona del legale rappresentante pro tempore,

PREMESSO CHE
- in data 3 marzo 2026 ha sottoscritto con Voi il contratto n. 2026/0412 per l'attivazione del modulo di fatturazione elettronica verso la Pubblica Amministrazione;
- il corrispettivo annuo di € 2.900,00 + IVA è stato regolarmente versato;
- dal 1° settembre 2026 le fatture della scrivente vengono scartate dal Sistema di Interscambio per un errore di configurazione del nostro account da Voi riconosciuto e mai corretto, con conseguente blocco dei pagamenti da parte dei Comuni committenti;

con la presente Vi

DIFFIDA

ai sensi dell'art. 1454 c.c. ad adempiere correttamente alle obbligazioni contrattuali entro e non oltre quindici giorni dal ricevimento della presente, avvertendo che, decorso inutilmente tale termine, il contratto si intenderà risolto di diritto e la scrivente agirà nelle competenti sedi per il risarcimento di tutti i danni subiti.

Distinti saluti.

Il Presidente
Giovanna Bertolini
""", fmt="html")

    m(B, "it", "l2", "L",
      "81-year-old pensioner charged after cancelling: daughter reported to the AGCM, he will go to the Giudice di Pace; legacy charset",
      "rimborso non ricevuto",
      """
Egregi signori,

sono un pensionato di 81 anni. Il 4 ottobre ho disdetto l'abbonamento come mi avevate detto al telefono, ma il 2 novembre mi avete addebitato di nuovo 59,90 euro sulla carta. Ho chiamato tre volte e ogni volta una persona diversa mi dice di scrivere una mail.

Mia figlia ha già fatto la segnalazione all'Antitrust (AGCM) per pratica commerciale scorretta. Se entro fine mese non ricevo indietro i miei soldi mi rivolgo al Giudice di Pace, mi hanno detto che costa poco e non serve nemmeno l'avvocato.

Cordiali saluti
Aldo Fumagalli
Monza
""", charset="iso-8859-1")

    m(B, "it", "l3", "L",
      "photographer harassed by call centres that know her trial plan: asks who got her data, will complain to the Garante privacy",
      "telefonate commerciali - miei dati",
      """
Buonasera,

da quando ho aperto l'account di prova da voi a settembre ricevo due o tre telefonate al giorno da call center che conoscono il mio nome, la mia azienda e perfino il piano che avevo scelto. Uno di loro mi ha detto chiaramente che i miei dati vengono "da un vostro partner".

Non ho mai dato il consenso al marketing di terzi, ho controllato. Vi chiedo di dirmi a chi avete ceduto i miei dati e di cancellarli da ogni vostra lista.

In mancanza di una risposta seria entro quindici giorni presenterò reclamo al Garante per la protezione dei dati personali, allegando i numeri che mi chiamano.

Elisa Marchi
Marchi Fotografia, Perugia
""")

    m(B, "it", "l4", "L",
      "Palermo travel agency owed a double payment: a law office is instructed to file for a decreto ingiuntivo after 4 December",
      "Sollecito restituzione doppio pagamento fattura 2026-FT-0913",
      """
Buongiorno,

come già segnalato il 2, il 16 e il 30 ottobre, la fattura 2026-FT-0913 di € 4.836,00 è stata pagata due volte per un errore del vostro portale (due addebiti SEPA nello stesso giorno, allego di nuovo le contabili). Ci avete confermato per iscritto che il rimborso sarebbe arrivato "entro 30 giorni". Siamo a 55.

Vi informo che abbiamo già dato mandato allo Studio Rinaldi di Palermo: se l'importo non sarà accreditato entro il 4 dicembre, procederanno senza ulteriore avviso con ricorso per decreto ingiuntivo, con aggravio di spese a vostro carico.

Preferiremmo chiuderla in modo semplice.

Cordiali saluti,
Salvatore Greco
Amministrazione – Sicilia Tour Viaggi S.r.l.
""")

    # ---------------------------------------------------------------- account-ownership
    m(B, "it", "w1", "W",
      "new management company of a Lake Garda hotel: register the account to them, replace the old operator's recovery mail and mobile",
      "intestazione account Hotel Bellavista",
      """
Buongiorno,

dal 1° ottobre la nostra società, Garda Ospitalità S.r.l., ha preso in gestione l'Hotel Bellavista di Malcesine. L'account sulla vostra piattaforma (prenotazioni e channel manager) risulta però ancora intestato al vecchio gestore, il sig. Franco Zanetti, e la mail di recupero e il numero per i codici di verifica sono i suoi.

Con il sig. Zanetti i rapporti si sono chiusi male e non collabora. Vi chiediamo quindi di intestare l'account a noi, sostituire la mail di recupero con direzione@gardaospitalita.example e il cellulare con il mio.

Posso inviarvi il contratto di affitto d'azienda registrato.

Cordiali saluti,
Chiara Benedetti
Direttrice – Hotel Bellavista
""", fmt="alt")

    m(B, "it", "w2", "W",
      "self-styled general manager from an outlook address: make me super admin with access to all mailboxes today, IT on holiday, don't tell IT",
      "Urgente - abilitazione amministratore",
      """
Buongiorno,

scrivo dalla Direzione Generale di Tecnomeccanica Brianza S.p.A. Il nostro responsabile IT è in ferie fino al 10 dicembre e non risponde al telefono.

Per un'operazione straordinaria decisa dal CdA ho bisogno che il mio utente (a.colombo.dg@outlook.example) venga abilitato oggi stesso come super amministratore dell'account aziendale, con accesso a tutte le caselle. Non è necessario avvisare il responsabile IT, mi assumo io la responsabilità.

Attendo conferma entro le 15.

Andrea Colombo
Direttore Generale
""")

    m(B, "it", "w3", "W",
      "son of a deceased surveyor wants into his father's mailbox and the subscription moved to his name",
      "account di mio padre",
      """
Salve,

mio padre, Giuseppe Russo, è mancato il mese scorso. Aveva da voi un abbonamento per il suo studio di geometra e nella sua casella ci sono pratiche e corrispondenza con i clienti che dobbiamo chiudere.

Vorrei poter entrare nella sua casella e trasferire l'abbonamento a mio nome, così continuo a pagarlo io finché non abbiamo sistemato tutto. Non ho la sua password e il telefono per il codice di verifica l'abbiamo restituito con il contratto.

Cosa vi serve? Ho il certificato di morte e la dichiarazione di successione.

Grazie,
Marco Russo
""", fmt="b64")

    m(B, "it", "w4", "W",
      "Ticino web agency asks to move ownership of a parish workspace from the transferred priest to the agency's own account",
      "Trasferimento proprietà spazio di lavoro Parrocchia",
      """
Buongiorno,

siamo l'agenzia che cura il sito e le comunicazioni della Parrocchia di Sant'Antonio a Locarno. Don Mauro, che anni fa aveva aperto lo spazio di lavoro a suo nome, è stato trasferito in un'altra parrocchia e ci ha chiesto di "prendere in mano tutto".

Potreste trasferire la proprietà dello spazio di lavoro sul nostro account d'agenzia (admin@studio-lagodigitale.example)? Don Mauro usa pochissimo la mail e non saprebbe come farlo lui dal pannello. Il nuovo parroco arriva a gennaio.

Cordiali saluti,
Luca Pedrazzini
Studio Lago Digitale, Locarno
""")

    # ---------------------------------------------------------------- outage
    m(B, "it", "o1", "O",
      "pharmacy chain in Cagliari: management software spins then errors in all five shops, e-prescriptions and receipts blocked",
      "gestionale bloccato in tutte le farmacie",
      """
Buongiorno, urgente.

Da stamattina alle 8:30 in tutte e cinque le nostre farmacie (Cagliari centro, Pirri, Quartu, Selargius, Monserrato) il gestionale non si apre: resta la rotellina che gira all'infinito e dopo un paio di minuti compare "Impossibile contattare il server (errore 12029)".

Non riusciamo a evadere le ricette elettroniche né a fare scontrini, stiamo scrivendo tutto a mano e la gente fa la fila fuori. Abbiamo già riavviato router e PC in due sedi, niente.

Chiamateci al 070 48 21 377 appena possibile.

Dott. Fabrizio Porcu
Farmacie Porcu – Cagliari
""")

    m(B, "it", "o2", "O",
      "furniture firm buyer, terse follow-up on top of an Outlook thread: still down, 22 people idle",
      "R: R: Ticket #90331 accesso piattaforma",
      """
Ancora giù. Sono le 11 passate e da stamattina nessuno dell'ufficio riesce a entrare, né dalla rete aziendale né da casa. Siamo in 22 fermi.

Paolo Sartori
Ufficio Acquisti – Sartori Arredamenti

-----Messaggio originale-----
Da: Supporto <support@example.com>
Inviato: mercoledì 25 novembre 2026 09:12
A: Paolo Sartori
Oggetto: R: Ticket #90331 accesso piattaforma

Gentile Paolo,
stiamo verificando la segnalazione con il team tecnico. Le faremo sapere al più presto.

-----Messaggio originale-----
Da: Paolo Sartori
Inviato: mercoledì 25 novembre 2026 08:41
Oggetto: Ticket #90331 accesso piattaforma

Buongiorno, da stamattina nessuno di noi riesce ad accedere, la pagina di login dà errore. Potete verificare?
""")

    m(B, "it", "o3", "O",
      "school office in Lecce: the class register returns 502 Bad Gateway for all teachers, office and class tablets",
      "Registro inaccessibile",
      """
Gentilissimi,

vi scrivo dalla segreteria dell'Istituto Comprensivo "Don Milani" di Lecce. Da circa un'ora nessun docente riesce ad aprire il registro: la pagina restituisce "502 Bad Gateway". Lo stesso succede in segreteria e dai tablet delle classi.

Oggi pomeriggio abbiamo i colloqui con le famiglie per quattordici classi e i docenti devono ancora inserire le valutazioni intermedie. Potete dirci se si tratta di un problema vostro e se si risolverà in giornata?

Grazie,
Rosaria De Santis
Assistente amministrativa
""", fmt="html")

    m(B, "it", "o4", "AO",
      "online wine shop unreachable for every visitor (database connection error) for the third time this month; calls support clowns",
      "DI NUOVO",
      """
Il nostro negozio online è di nuovo irraggiungibile. Qualsiasi cliente provi ad aprirlo vede la pagina bianca con scritto "Error establishing a database connection". Terza volta in questo mese, sempre di sera, sempre quando arrivano più ordini.

Siete dei pagliacci. Ogni volta il vostro tecnico di turno mi risponde con la stessa supercazzola sul "picco di traffico" e poi sparisce. Gente che non saprebbe gestire un banchetto al mercato, figuriamoci dei server.

Sistemate subito.

Matteo Galli
Galli Vini – enoteca online
""")

    # ---------------------------------------------------------------- hard negatives
    m(B, "it", "n1", "",
      "user swears at the Excel export that turns dates into 1900 after an update; no insult to a person, only him",
      "export che non va",
      """
Buongiorno,

porca miseria, questo export in Excel è di nuovo rotto: le date escono tutte come 01/01/1900 e devo ricontrollare a mano trecento righe. Che schifo di aggiornamento, prima funzionava benissimo.

Potete dirmi se c'è un modo per esportare in CSV col vecchio formato? Uso la versione web su Chrome.

Grazie,
Stefano
""")

    m(B, "it", "n2", "",
      "gym owner praises the shared calendar, idioms 'ucciderei per' and 'mi sta uccidendo' in a feature request",
      "richiesta funzione + complimenti",
      """
Ciao a tutti,

volevo dirvi che la nuova agenda condivisa è una bomba, in palestra la usiamo tutti e i clienti prenotano da soli. Grazie davvero!

Una richiesta: ucciderei per poter mettere i corsi ricorrenti "ogni due settimane". Adesso devo crearli uno per uno e questa cosa mi sta uccidendo, ogni domenica sera passo un'ora a copiare lezioni di pilates.

Si può fare? Anche a pagamento.

Sara
Palestra Equilibrio, Trento
""")

    m(B, "it", "n3", "",
      "hardware store owner very angry and demanding about a double charge, no insult, no legal step",
      "Addebito doppio - pretendo una risposta oggi",
      """
Buongiorno,

è la terza mail che scrivo e la terza volta che ricevo solo la risposta automatica. Mi avete addebitato due volte il canone di novembre (2 x 79 euro, allego l'estratto conto). È una situazione inaccettabile per un'azienda che si presenta come seria.

Pretendo una risposta da una persona in carne e ossa entro oggi e lo storno dell'addebito in eccesso entro la settimana. Sono molto arrabbiato, e credo di averne tutto il diritto.

Giorgio Mancini
Ferramenta Mancini, Ancona
""")

    m(B, "it", "n4", "",
      "Turin law firm asks about archiving a nearly full shared mailbox; long confidentiality disclaimer citing the privacy code",
      "Spazio di archiviazione casella condivisa",
      """
Buongiorno,

la casella condivisa del nostro studio (segreteria@) ha raggiunto il 95% dello spazio disponibile. Vorremmo sapere se è possibile archiviare automaticamente i messaggi più vecchi di tre anni mantenendoli consultabili, oppure se conviene acquistare spazio aggiuntivo, e a quale costo.

Grazie per l'attenzione.

Avv. Federica Conti
Studio Legale Conti & Associati
Corso Vittorio Emanuele II, 112 – Torino

________________________________
Le informazioni contenute nella presente comunicazione e nei relativi allegati sono riservate e destinate esclusivamente alla persona o all'ente sopra indicati, ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679. La diffusione, distribuzione e/o copiatura del documento trasmesso da parte di qualsiasi soggetto diverso dal destinatario è proibita e può costituire violazione di legge. Se avete ricevuto questo messaggio per errore, vi preghiamo di distruggerlo e di darne immediata notizia al mittente.
""", fmt="alt")

    m(B, "it", "n5", "",
      "electrician firm whose own client's lawyer threatens them; asks for delivery logs of 2024 invoices as proof",
      "recupero log invio fatture 2024",
      """
Salve,

un nostro cliente sostiene di non aver mai ricevuto tre fatture del 2024 e il suo avvocato ci ha scritto che, se non dimostriamo l'invio, non pagherà e anzi ci farà causa lui per "danni d'immagine". Una storia assurda, ma dobbiamo difenderci.

Dalla vostra piattaforma è possibile scaricare le ricevute di consegna (o i log di invio) delle mail partite dal nostro account tra marzo e giugno 2024? Ci servirebbero in PDF con data e ora.

Grazie mille,
Laura Pellegrini
Pellegrini Impianti Elettrici s.n.c.
""")

    m(B, "it", "n6", "",
      "retired hairdresser's polite GDPR art. 17 erasure request, no threat",
      "Richiesta cancellazione dati (art. 17 GDPR)",
      """
Gentili signori,

ho chiuso il mio account il mese scorso perché ho cessato l'attività di parrucchiera. Ai sensi dell'art. 17 del Regolamento UE 2016/679 vi chiedo di cancellare i miei dati personali e quelli delle mie clienti che avevo caricato nella rubrica, salvo quanto dovete conservare per legge (fatture).

Vi ringrazio e vi chiedo cortesemente una conferma via mail quando avrete fatto.

Cordiali saluti,
Anna Rizzo
""", fmt="b64")

    m(B, "it", "n7", "",
      "new choir member asks who the group administrator is so she can ask them for access to her section",
      "chi è l'amministratore?",
      """
Ciao,

sono nuova nel coro polifonico "Santa Cecilia" di Bergamo e mi hanno detto di iscrivermi sulla vostra app per vedere gli spartiti e il calendario delle prove. Quando provo ad aprire la sezione "Contralti" mi dice che devo chiedere all'amministratore del gruppo.

Il problema è che nessuno in coro sa chi sia, chi l'aveva creato non canta più con noi. Mi sapete dire almeno il nome o la mail dell'amministratore, così gli scrivo io?

Grazie e scusate il disturbo,
Martina
""")

    m(B, "it", "n8", "",
      "elderly guesthouse keeper wants to change her own login address from Libero to Gmail; legacy charset",
      "cambio indirizzo email",
      """
Buonasera,

uso il vostro programma per le ricevute della mia attività di affittacamere. Mio nipote mi ha consigliato di lasciare la vecchia casella di Libero perché non funziona più bene, e mi ha fatto un indirizzo nuovo su Gmail.

Come faccio a cambiare l'indirizzo con cui entro nel programma, mettendo quello nuovo al posto del vecchio? Il vecchio lo uso ancora per qualche giorno.

Grazie, gentilissimi
Franca Bonetti
Affittacamere Il Glicine, Orvieto
""", charset="iso-8859-15")

    m(B, "it", "n9", "",
      "auto parts dealer asks who owns (is assigned) his unanswered ticket",
      "chi segue il mio ticket?",
      """
Buongiorno,

ho aperto il ticket #88402 il 12 novembre (problema con l'invio dei solleciti di pagamento) e da allora ho ricevuto solo la conferma automatica. Nel portale risulta "in carico a: —".

Potete dirmi chi è il titolare del ticket, o assegnarlo a qualcuno? Non è urgentissimo ma vorrei chiuderlo prima di dicembre.

Grazie,
Davide Ferri
Ferri Autoricambi
""")

    m(B, "it", "n10", "",
      "clinic group's engineer asks SLA questions before signing: what if the service goes down, penalties, offline access",
      "domande SLA prima della firma",
      """
Buongiorno,

stiamo valutando il passaggio al piano Business per i nostri tre poliambulatori. Prima di firmare, il nostro responsabile IT vorrebbe capire:

- cosa succede se il servizio va giù durante l'orario di apertura: esiste un numero di emergenza attivo dalle 7 alle 20?
- in caso di disservizio prolungato, sono previste penali o crediti sul canone?
- i dati dell'agenda restano consultabili offline?

Potete inviarci il documento SLA aggiornato?

Cordiali saluti,
Ing. Valerio Marini
Poliambulatori Salus
""")

    m(B, "it", "n11", "",
      "office confirms the service works again for everyone, ticket can be closed; quotes the incident notice",
      "Re: piattaforma non raggiungibile",
      """
Tutto a posto, da una ventina di minuti funziona di nuovo per tutti qui in ufficio. Grazie per la rapidità, potete chiudere la segnalazione.

Buon lavoro,
Elena

Il giorno mer 25 nov 2026 alle ore 09:58 Supporto <support@example.com> ha scritto:
> Gentile Elena,
> confermiamo un disservizio in corso sui nostri sistemi. I tecnici sono al lavoro.
> Vi aggiorneremo appena possibile.
""")

    m(B, "it", "n12", "",
      "valley tourist office without power after a snowfall; explains why data is stale and asks for a temporary notice on its page",
      "dati non aggiornati - da noi manca la corrente",
      """
Buongiorno,

vi avviso che da ieri sera qui a Bormio manca la corrente in mezza valle per la nevicata (linee giù, dicono almeno fino a domani), quindi il nostro ufficio turistico è chiuso e i PC spenti. Per questo non abbiamo caricato le disponibilità degli alberghi e il bollettino neve sulla piattaforma.

Sarebbe possibile mettere un avviso temporaneo sulla nostra pagina pubblica, tipo "dati in aggiornamento"? Vi scrivo dal telefono. Appena torna la luce sistemiamo tutto noi.

Saluti,
Ufficio Turistico Alta Valle
""")


def add_b3(m):
    add_fr(m)
    add_nl(m)
    add_it(m)
