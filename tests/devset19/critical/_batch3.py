"""devset19 batch b3: French, Dutch and Italian messages (A, L, W, O positives + hard negatives)."""

B = "b3"


def add_b3(m):
    # ------------------------------------------------------------------ French
    m(B, "fr", "a1", "A", "Belgian butcher, third exchange, contempt for named agent Kevin (no swear words), double billing",
      "Re: Ticket #50712 – remboursement", """
Bonjour,

Troisième échange avec votre collaborateur Kevin et toujours la même réponse copiée-collée. Je commence à croire qu'on vous recrute sur le seul critère de savoir appuyer sur Ctrl+V. Il n'a manifestement pas lu une seule ligne de mon message, ou alors il ne comprend pas le français, ce qui serait un comble pour un service client belge.

Je répète donc, lentement, pour que même lui puisse suivre : j'ai été facturé deux fois en octobre (septante-neuf euros, deux fois). Je veux le remboursement d'un des deux prélèvements.

Et s'il vous plaît, passez mon dossier à quelqu'un qui a un cerveau en état de marche.

Marc Dewulf
Boucherie Dewulf – Namur
""")
    m(B, "fr", "a2", "A", "phone one-liner, obfuscated slur and insults at the staff over a late refund",
      "remboursement!!!", """
Bande de voleurs et d'enc*lés, ça fait 3 semaines que j'attends mon remboursement. Vous etes vraiment des sous-m3rdes, tous autant que vous êtes

Envoyé de mon iPhone
""")
    m(B, "fr", "a3", "A", "Quebec hardware store owner insults the support team ('gang de deux de pique', 'téteux'); his own sync bug only",
      "Encore vous autres", """
Allô,
Ça fait trois fois que j'appelle pis que je me fais niaiser par votre support. La fille au téléphone hier m'a raccroché au nez. Vous êtes une gang de deux de pique, franchement. Des vrais téteux qui lisent un script sans rien comprendre.
Mon problème est simple : la synchro de l'inventaire entre ma boutique pis le site web se fait pas depuis mardi. Juste chez nous, j'ai checké avec mon chum qui a la même affaire pis lui ça marche.
Rappelez-moi quelqu'un qui a du jugement, pas un autre perroquet.
Sylvain
Quincaillerie Gagnon, Trois-Rivières
""")
    m(B, "fr", "a4", "A", "garage owner threatens to beat up the technician after a third cancelled visit, reply above Outlook history",
      "RE: Intervention technicien annulée", """
Troisième rendez-vous annulé la veille. Je vous préviens : si votre technicien ose encore se pointer en retard ou pas du tout, je lui fais passer l'envie de revenir, et ce ne sera pas avec des mots. Il va comprendre sa douleur. Dites-le-lui de ma part.

Jean-Luc Ferrand
Garage Ferrand

-----Message d'origine-----
De : Planification <planning@example.com>
Envoyé : lundi 23 novembre 2026 17:42
À : Jean-Luc Ferrand
Objet : Intervention technicien annulée

Bonjour Monsieur Ferrand,

Nous sommes au regret de vous informer que l'intervention prévue le mardi 24 novembre pour l'installation de votre terminal de caisse doit être reportée en raison d'une indisponibilité de notre technicien.
Un nouveau créneau vous sera proposé sous 48 heures.

Cordialement,
L'équipe Planification
""", fmt="qp")
    m(B, "fr", "a5", "AL", "insults ('escrocs', 'minables') plus announced mise en demeure by his lawyer and court over a post-cancellation charge",
      "Votre arnaque", """
Vous êtes des escrocs, des petits voyous en costume. Vous m'avez prélevé 1 140 € pour une licence annuelle que j'ai résiliée en juillet, courrier à l'appui. Votre conseillère m'a ri au nez au téléphone, on voit le niveau de la maison : une bande de minables.

Mon avocat, Maître Lefranc, vous adressera dès lundi une mise en demeure. Sans remboursement sous huit jours, nous saisirons le tribunal. Et croyez-moi, je n'en resterai pas là.

P. Garnier
""")
    m(B, "fr", "a6", "A", "formal-looking complaint that turns into sexist contempt for a named female agent",
      "Réclamation – appel du 19/11", """
Madame, Monsieur,

Je souhaite signaler le comportement de votre employée Sophie, qui m'a eu au téléphone jeudi. Visiblement on ne lui a jamais appris à réfléchir, et je doute qu'elle en soit capable. Ce genre de fille devrait rester à l'accueil à sourire et à faire le café, pas toucher à la configuration de nos comptes. Une grosse dinde, voilà ce qu'elle est.

Je veux qu'à l'avenir mon dossier soit traité par un homme, quelqu'un de sérieux.

Gérard Moulin
Directeur, Transports Moulin SARL
""", fmt="html")
    m(B, "fr", "l1", "L", "formal mise en demeure (LRAR copy) from a bookshop over charges after cancellation, legacy Latin-9",
      "Mise en demeure - facture n° F-2026-10-3381", """
Lettre recommandée avec accusé de réception - copie par courriel

Objet : mise en demeure de procéder au remboursement

Madame, Monsieur,

Par courrier du 2 septembre 2026, nous vous avons notifié la résiliation de notre abonnement « Pro Multi-sites », conformément à l'article 9 de vos conditions générales (préavis de trente jours). Malgré cela, vous avez continué à prélever la somme mensuelle de 249,00 € en octobre et en novembre.

Par la présente, nous vous mettons en demeure de nous rembourser la somme de 498,00 € sous quinze jours à compter de la réception de ce courrier. À défaut, nous saisirons la juridiction compétente sans autre avis, et nous réclamerons en outre des dommages et intérêts ainsi que le remboursement de nos frais.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Claire Vasseur
Gérante - Librairie Le Chat Lettré SARL
12 rue des Tanneurs, 59000 Lille
""", charset="iso-8859-15")
    m(B, "fr", "l2", "L", "rambling dog groomer, unwanted SMS option; mid-mail she will file a requête en injonction de payer",
      "toujours pas de nouvelles", """
Bonsoir,

Je me permets de vous réécrire car je n'ai toujours aucune réponse à mes trois derniers messages (le premier date du 14 octobre). Pour rappel je tiens un petit salon de toilettage pour chiens à Périgueux, j'ai pris votre formule de prise de rendez-vous en ligne au printemps et jusque là j'étais plutôt contente, mes clientes aussi d'ailleurs.
Le souci c'est que depuis septembre vous me facturez l'option SMS alors que je ne l'ai jamais demandée, et quand j'ai voulu la désactiver on m'a dit au chat que ce n'était pas possible avant la fin de l'engagement. Ce n'est pas ce qui était écrit au moment de la souscription, j'ai gardé la capture d'écran.
J'en ai parlé à mon beau-frère qui est huissier et il m'a expliqué comment faire une requête en injonction de payer, c'est ce que je vais faire si je ne suis pas remboursée de ces 3 x 19,90 € avant la fin du mois. Ça me fatigue de devoir en arriver là pour 60 euros mais c'est le principe.
Pour le reste je n'ai pas de problème, l'agenda marche bien et le rappel automatique a fait baisser les oublis.

Bonne soirée,
Nathalie R.
Toilettage Patte de Velours
""")
    m(B, "fr", "l3", "L", "third request to erase data; will lodge a complaint with the CNIL without written confirmation",
      "3ème demande de suppression de mes données", """
Bonjour,

Le 2 octobre puis le 28 octobre, je vous ai demandé de supprimer l'ensemble des données me concernant (compte fermé depuis juin). Je reçois pourtant toujours vos newsletters et votre service commercial m'a appelé la semaine dernière.

Sans confirmation écrite de l'effacement sous 10 jours, je dépose une réclamation auprès de la CNIL, avec copie de tous nos échanges.

Cordialement,
Hélène Marchal
""", fmt="b64")
    m(B, "fr", "l4", "L", "Belgian physiotherapist, cancellation ignored; announces complaint to the Service de Médiation pour le Consommateur and SPF Économie",
      "Abonnement non résilié – dernière tentative à l'amiable", """
Bonjour,

Je suis indépendante (kiné) à Liège et je vous ai envoyé ma résiliation par mail le 3 août. Votre service m'a confirmé la réception, puis plus rien. J'ai encore été débitée en septembre, octobre et novembre.

Je vous laisse jusqu'au 5 décembre pour rembourser les trois mois. Passé ce délai, j'introduis une plainte auprès du Service de Médiation pour le Consommateur et je fais un signalement au SPF Économie via leur point de contact. J'ai toutes les preuves.

Bien à vous,
Anne-Sophie Lejeune
""")
    m(B, "fr", "l5", "L", "Quebec customer disputes early-termination fee; Office de la protection du consommateur and petites créances",
      "Frais de résiliation abusifs", """
Bonjour,

Vous me réclamez 450 $ de « frais de résiliation anticipée » pour un contrat que j'ai annulé dans les 10 jours suivant la signature. Je connais mes droits.

Si les frais ne sont pas annulés d'ici vendredi, je dépose une plainte à l'Office de la protection du consommateur et je vous poursuis aux petites créances pour les montants déjà prélevés.

Merci de me confirmer par écrit.

Martine Bouchard
Sherbrooke (Québec)
""", fmt="alt")
    m(B, "fr", "l6", "OL", "restaurant chain: tills down in all three restaurants at lunch; legal counsel copied, will claim contractual liability",
      "URGENT - toutes nos caisses bloquées", """
Bonjour,

Depuis 11h15 aucune caisse ne fonctionne dans nos trois restaurants (Lyon Part-Dieu, Villeurbanne, Vénissieux) : l'écran de connexion tourne dans le vide puis affiche « Erreur serveur, réessayez plus tard ». On encaisse à la main en plein service du midi.

Votre hotline sonne dans le vide. Je vous préviens que nous chiffrons la perte d'exploitation et que notre conseil juridique est en copie de ce mail : nous engagerons votre responsabilité contractuelle si ce n'est pas rétabli dans l'heure.

Karim Benali
Directeur des opérations
""")
    m(B, "fr", "w1", "W", "associate of a deceased manager asks to put the company account in her name and move the codes to her phone",
      "Reprise du compte suite décès", """
Bonjour,

Notre gérant, M. Alain Roche, est décédé brutalement le 2 novembre. C'était lui qui avait créé le compte de l'entreprise chez vous et il était le seul administrateur ; personne n'a son mot de passe et les codes de vérification arrivent sur son portable, que la famille a rendu.

Je suis son associée et je reprends la gestion de la société. Pouvez-vous mettre le compte et l'abonnement à mon nom, et faire arriver les codes sur mon numéro (06 71 24 58 90) ? Je peux vous envoyer l'acte de décès si besoin.

Merci de votre compréhension,
Isabelle Roche-Martin
Roche Menuiserie
""")
    m(B, "fr", "w2", "W", "CEO-fraud style: 'président' abroad wants admin rights given to an assistant's gmail and the IT head removed, no verification",
      "Confidentiel - urgent", """
Bonjour,

Je suis actuellement en déplacement à l'étranger pour une opération de rachat confidentielle et je n'ai pas accès à mes outils habituels. J'ai besoin que vous accordiez dès aujourd'hui les droits d'administrateur principal de notre espace à mon assistante personnelle, Mme Laura Petit (laura.petit.direction@gmail.com), et que vous retiriez ceux de notre DSI le temps de l'opération.

Merci de ne pas l'appeler pour vérifier, il n'est pas dans la confidence. Je compte sur votre discrétion et votre rapidité.

Philippe Courtois
Président-Directeur général
Groupe Courtois Distribution
""")
    m(B, "fr", "w3", "W", "buyer of an optician's business asks to switch subscription and main login from the retired previous owner to himself",
      "Changement de titulaire – rachat de la société Optique Vision Plus", """
Bonjour,

Suite à la cession du fonds de commerce d'Optique Vision Plus (acte signé le 30 octobre), c'est désormais notre société, Lunettes & Co SAS, qui exploite le magasin. Le compte chez vous est toujours au nom de l'ancien propriétaire, M. Berthier, qui a pris sa retraite et n'a plus vraiment envie de s'en occuper.

Pourriez-vous basculer l'abonnement et l'identifiant principal sur ma personne, avec la facturation sur notre SIRET ? Je vous joins l'extrait Kbis et l'acte de cession.

Bien cordialement,
Damien Leroux
Lunettes & Co SAS
""", fmt="qp")
    m(B, "fr", "w4", "W", "phone-typed, no accents: ex-partner created the shop account; she wants his email and 2FA phone replaced by hers",
      "recuperer le compte de la boutique", """
bonjour

c mon ex qui avait tout crée sur le compte de notre boutique en ligne (bijoux fait main) on est separés depuis l'ete et il repond plus a rien. Le compte est a son adresse mail et le code de connexion arrive sur son tel. Moi c'est moi qui fait tout le boulot sur la boutique depuis le debut !!
est ce que vous pouvez changer le mail et le numero pour mettre les miens? comme ça il aura plus acces et moi je pourrai enfin gerer

merci d'avance
Jess
""")
    m(B, "fr", "w5", "W", "web agency asks to transfer ownership of a bakery's workspace to the agency and demote the unresponsive owner",
      "Transfert de propriété de l'espace client Boulangerie Fournier", """
Bonjour,

Nous sommes l'agence web qui a développé et qui maintient le site de la Boulangerie Fournier. L'espace de travail a été ouvert au nom de Mme Fournier, mais c'est nous qui faisons toutes les manipulations depuis deux ans. Elle ne répond plus à nos relances depuis septembre (facture impayée, entre autres).

Pour sécuriser le site, nous souhaiterions que vous transfériez la propriété de l'espace à notre agence (compte admin@pixelfabrik.fr) et que Mme Fournier passe en simple utilisatrice.

Cordialement,
Thomas Girard
PixelFabrik – Agence digitale
""", fmt="b64")
    m(B, "fr", "w6", "W", "Belgian new IT manager: former IT head left, asks for super-admin and the recovery address and MFA number switched to his",
      "Accès super-admin", """
Bonjour,

Notre ancien responsable informatique a quitté la société fin octobre dans des conditions un peu tendues et n'a rien transmis. Il était le seul super-admin de notre tenant et la récupération du compte pointe vers son adresse privée.

Je suis le nouveau responsable IT (engagé au 1er novembre). Pourriez-vous me passer super-admin et remplacer l'adresse de récupération et le numéro MFA par les miens ? Notre administrateur délégué peut confirmer par téléphone si nécessaire.

Merci d'avance,
Olivier Dumont
IT Manager – Brasserie des Fagnes SA
Tél. +32 87 55 12 40
""")
    m(B, "fr", "o1", "O", "accounting office: nobody can log in since 8am, blank page on every workstation and for remote staff",
      "Impossible de se connecter", """
Bonjour,
Depuis ce matin 8h, plus personne chez nous ne peut se connecter : après l'identifiant on a une page blanche, sur tous les postes (une quinzaine), avec Chrome comme avec Edge. On a redémarré, vidé les caches, rien à faire. Nos collègues en télétravail ont exactement la même chose.
Vous avez un souci de votre côté ?
Merci de revenir vers nous vite, l'équipe compta est à l'arrêt.
Céline, cabinet Morel Expertise
""")
    m(B, "fr", "o2", "O", "phone: pasted '502 Bad Gateway nginx' seen by all shop visitors, also on 4G and from another city",
      "site marchand HS", """
Tous nos clients tombent là-dessus en voulant accéder à la boutique, depuis 20 min :

502 Bad Gateway
nginx

Pareil en 4G, pareil chez ma sœur à Bordeaux. Rien n'a été modifié de notre côté. C'est le Black Friday vendredi, on n'a vraiment pas besoin de ça.

Envoyé de mon iPhone
""")
    m(B, "fr", "o3", "O", "follow-up above quoted support reply: planning still not loading for anyone, now a second branch too",
      "Re: Ticket #88231 - Planning ne s'affiche plus", """
Toujours la même chose à 14h, et maintenant c'est aussi le cas à l'agence de Nantes. Personne ne peut ouvrir le planning, la roue tourne et puis « délai dépassé ». Il y a quelqu'un qui s'en occupe ?

Le 25/11/2026 à 09:12, Support a écrit :
> Bonjour,
>
> Merci pour votre signalement. Nos équipes techniques analysent actuellement un incident affectant l'affichage du planning pour une partie de nos clients. Nous reviendrons vers vous dès que possible.
>
> Cordialement,
> Le support
>
>> Le 25/11/2026 à 08:47, Pauline Garnier a écrit :
>> Bonjour, depuis ce matin le planning ne s'affiche plus pour personne à l'agence de Rennes. Merci de regarder.
""")
    m(B, "fr", "o4", "O", "cheese shop network: tills in all four stores stuck on 'Synchronisation en cours' since opening (symptoms only)",
      "caisses bloquées dans les 4 magasins", """
Bonjour,

Dans nos 4 magasins, les caisses restent bloquées sur « Synchronisation en cours… » depuis l'ouverture. Impossible d'ouvrir un ticket, on note les ventes sur papier. J'ai appelé les responsables de Dijon, Beaune et Chalon : même écran partout.

Pouvez-vous nous dire ce qui se passe et combien de temps ça va durer ?

Merci,
Aurélie Perrin
Responsable réseau, Fromageries Perrin
""", fmt="alt")
    m(B, "fr", "o5", "O", "two-point mail: licence count on the invoice, then HR module returns 503 for the whole team; confidentiality footer",
      "Question facture + module RH", """
Bonjour Madame Lambert,

Deux points :

1) Sur la facture de novembre, je vois 14 licences alors que nous n'en avons que 12 actives depuis le départ de deux intérimaires. Pouvez-vous vérifier et nous faire un avoir si c'est bien une erreur ? Je vous mets le détail en pièce jointe.

2) Plus urgent : depuis environ 10h, le module RH ne se charge plus du tout. Les 9 personnes du service ont le message « Module indisponible (code 503) », alors que le reste de l'application fonctionne. Les demandes de congés de fin d'année sont bloquées.

Merci d'avance,
Bien cordialement,

François Mercier
Responsable administratif
Groupe Hélios Santé

Cet e-mail et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer.
""")
    m(B, "fr", "o6", "O", "Quebec call-centre supervisor: 'c'est-tu down?', 30 stations frozen, nothing loads",
      "c'est-tu down??", """
Salut,
C'est-tu juste nous autres ou ben votre affaire est down? Les 30 postes du centre d'appels sont figés depuis 13h, personne peut prendre d'appels, ça charge pas pantoute. On a testé sur le cell aussi, pareil.
Revenez-moi ASAP svp
Steve, superviseur
""")
    # French hard negatives
    m(B, "fr", "n1", "", "swearing at a broken PDF export after an update, no insult to anyone; single user's bug",
      "export PDF encore cassé", """
Bordel, c'est pas possible. Cette putain d'export PDF plante ENCORE depuis la mise à jour de lundi, la mise en page des factures part en vrac (logo sur deux pages, totaux coupés). Je l'avais déjà signalé en septembre.
Pouvez-vous me dire quand ce sera corrigé ? J'ai 40 factures à envoyer avant vendredi.
Merci.
Yann
""")
    m(B, "fr", "n2", "", "bistro owner quotes an abusive review left about his staff and asks how to hide it and block the guest",
      "Avis injurieux sur notre page de réservation", """
Bonjour,

Un client mécontent a laissé hier soir un avis sur notre page de réservation qui dit, je cite : « Le patron est un gros connard et les serveuses des grosses feignasses, allez crever ».

Mes employées sont choquées. Est-il possible de masquer cet avis depuis notre tableau de bord, ou faut-il passer par vous ? Et peut-on bloquer ce client pour ses futures réservations ?

Merci pour votre aide,
Cédric, Le Bistrot du Port
""")
    m(B, "fr", "n3", "", "happy plumber's feature request full of idioms ('je tuerais pour un mode sombre', 'ça me tue les yeux')",
      "Suggestion : mode sombre", """
Bonjour l'équipe,

Petit message pour vous dire que j'adore votre appli, mais je tuerais pour avoir un mode sombre ! Je fais mes devis le soir après le chantier et l'écran blanc me tue les yeux.
Pareil, un raccourci pour dupliquer un devis, ça me sauverait la vie.

Bonne continuation, vous faites du bon boulot
Mathieu (plombier à Annecy)
""")
    m(B, "fr", "n4", "", "sarcastic, demanding complaint about a new interface; angry at the product, not at a person",
      "Nouvelle interface... merci pour rien", """
Bonjour,

Bravo, vraiment. Une nouvelle interface que personne n'a demandée, des boutons déplacés au hasard, et le bouton « Dupliquer » qui a disparu. Il m'a fallu vingt minutes ce matin pour faire une opération qui m'en prenait deux. Chapeau.

Je veux une option pour revenir à l'ancienne interface, et je la veux avant la clôture du mois. Je paie 89 € par mois, j'estime avoir mon mot à dire.

Sandrine Thomas
Comptable – SCI Les Tilleuls
""", fmt="html")
    m(B, "fr", "n5", "", "law firm partner asks how to add two licences; bar signature and professional-secrecy disclaimer",
      "Ajout de deux postes – Cabinet Rivière & Associés", """
Bonjour,

Nous accueillons deux nouveaux collaborateurs le 1er décembre. Pouvez-vous nous indiquer la marche à suivre pour ajouter deux licences à notre abonnement, et si la facturation sera calculée au prorata ?

Merci d'avance,

Laetitia Rivière
Avocate associée
Rivière & Associés – Avocats au Barreau de Bordeaux
15 cours de l'Intendance, 33000 Bordeaux

Ce message et toutes les pièces jointes sont confidentiels et peuvent être couverts par le secret professionnel. Si vous n'êtes pas le destinataire de ce message, merci d'en avertir immédiatement l'expéditeur et de le détruire. Toute utilisation, diffusion ou reproduction non autorisée est interdite et pourrait engager votre responsabilité.
""")
    m(B, "fr", "n6", "", "plain GDPR article 15 access request, polite, no threat",
      "Demande d'accès à mes données personnelles (article 15 RGPD)", """
Madame, Monsieur,

Conformément à l'article 15 du Règlement général sur la protection des données, je vous prie de bien vouloir me communiquer une copie de l'ensemble des données personnelles me concernant que vous détenez, ainsi que les finalités du traitement et la durée de conservation prévue.

Mon compte est associé à l'adresse indiquée en expéditeur de ce message.

Je vous remercie par avance de votre réponse dans le délai d'un mois prévu par le règlement.

Bien cordialement,
Jacques Leblanc
""", fmt="qp")
    m(B, "fr", "n7", "", "reply: customer jokes she won't send a bailiff or lawyer for 35 euros, just wants the double debit refunded",
      "Re: doublon de prélèvement", """
Bonjour,

Rassurez-vous, je ne compte pas vous envoyer d'huissier ni d'avocat pour 35 euros :) Je voudrais simplement que le double prélèvement du 5 novembre soit remboursé, ou déduit de la prochaine facture, comme vous préférez. Les références sont SEPA-20261105-88 et SEPA-20261105-89.

Merci et bonne journée,
Émilie

> Le 24 nov. 2026 à 16:03, Support a écrit :
> Bonjour Émilie,
> Pourriez-vous nous transmettre la référence des deux prélèvements concernés ?
> Bien à vous
""")
    m(B, "fr", "n8", "", "electrician's own client threatens to sue him; he needs the send history of an invoice to defend himself",
      "besoin de l'historique d'envoi d'une facture", """
Bonjour,

J'ai un client qui conteste une facture de juillet et qui menace de m'assigner au tribunal de commerce, il prétend qu'il ne l'a jamais reçue. Son avocat m'a envoyé une mise en demeure hier.
Pour me défendre, j'aurais besoin de l'historique d'envoi de cette facture (date d'envoi, ouverture du mail si vous l'avez) depuis votre logiciel. Facture n° 2026-0712, client SARL Batifol.
C'est possible de l'exporter ?

Merci beaucoup,
Laurent Picard
Picard Électricité
""")
    m(B, "fr", "n9", "", "account admin of a nursery wants to give a colleague admin rights too while keeping her own",
      "ajouter une deuxième administratrice", """
Bonjour,

Je suis l'administratrice de notre compte (Crèche Les Petits Pas). Je pars en congé maternité en janvier et j'aimerais que ma collègue Fanny puisse aussi gérer les plannings et les factures pendant mon absence. Comment lui donner les droits administrateur en plus des miens ? Je veux garder mon accès.

Merci,
Camille
""")
    m(B, "fr", "n10", "", "elderly customer changing her own login email because her old ISP mailbox closes; Latin-1",
      "changement d'adresse e-mail de connexion", """
Bonjour,

Je change de fournisseur d'accès et mon adresse wanadoo va être fermée à la fin de l'année. Comment faire pour remplacer mon adresse de connexion par ma nouvelle adresse ? À mon âge je ne suis plus très douée en informatique, si vous pouviez m'expliquer étape par étape ce serait gentil.

Avec mes remerciements,
Mme Colette Barbier
""", charset="iso-8859-1")
    m(B, "fr", "n11", "", "new estate-agency employee asks who the account admin is so she can ask them for rights",
      "qui est l'admin chez nous ?", """
Bonjour,
Je viens d'arriver dans l'entreprise (Agence immobilière Duval, Montpellier) et je n'ai pas les droits pour créer des annonces. Pouvez-vous me dire qui est l'administrateur de notre compte, pour que je lui demande de m'ajouter les droits ? Personne ici ne sait trop qui a créé le compte.
Merci !
Julien
""")
    m(B, "fr", "n12", "", "ticket reassignment ('le propriétaire du ticket' is away) and onboarding invitations not arriving",
      "Re: [Ticket #90112] invitations non reçues", """
Bonjour,

Pourriez-vous réattribuer ce ticket ? Le propriétaire du ticket, Antoine, m'a dit qu'il était absent cette semaine.

Le problème est toujours là : les invitations que j'envoie à nos trois nouveaux saisonniers n'arrivent jamais, ni en boîte de réception ni en spam. J'ai vérifié les adresses. En revanche les invitations envoyées en octobre étaient bien arrivées.

Merci,
Marion Blanc
Station de ski Les Airelles – Service RH
""", fmt="alt")
    m(B, "fr", "n13", "", "tobacconist's own internet box is down; asks how offline sales sync later",
      "coupure internet chez nous", """
Bonjour,
Notre box est en panne depuis ce matin (technicien Orange prévu demain seulement), donc le logiciel de caisse ne se connecte plus chez nous. On travaille sur le mode hors ligne.
Ma question : est-ce que les ventes faites hors ligne vont bien remonter quand la connexion reviendra, ou faut-il les ressaisir ? Jusqu'à combien de jours le mode hors ligne tient-il ?
Merci,
Patricia – Tabac Presse du Marché
""")
    m(B, "fr", "n14", "", "bakery asks whether the announced Sunday night maintenance ends before opening",
      "Maintenance de dimanche", """
Bonjour,

J'ai bien reçu votre mail annonçant une maintenance dans la nuit de samedi à dimanche, de 2h à 5h. Nous sommes une boulangerie et nous ouvrons à 6h30 le dimanche : est-ce que tout sera bien disponible à l'ouverture ? Et faut-il redémarrer les terminaux après ?

Merci,
Bruno
""")
    m(B, "fr", "n15", "", "town hall confirms the morning incident is resolved and the ticket can be closed; Outlook history",
      "RE: Panne de ce matin", """
Bonjour,

Je vous confirme que tout est revenu à la normale chez nous depuis 11h30, les collègues arrivent tous à se connecter. Merci pour la réactivité, vous pouvez clôturer le ticket.

Bonne journée,
Agnès Royer
Mairie de Saint-Amand – Service état civil

-----Message d'origine-----
De : Support
Envoyé : mercredi 25 novembre 2026 10:58
Objet : RE: Panne de ce matin

Bonjour Madame Royer,
L'incident a été identifié et corrigé. Pouvez-vous nous confirmer que le service est rétabli de votre côté ?
Cordialement
""", fmt="b64")
    m(B, "fr", "n16", "", "one user's print button does nothing while colleagues print fine",
      "facture qui ne s'imprime pas", """
Bonjour,
Depuis hier, chez moi, quand je clique sur « Imprimer » pour une facture, rien ne se passe. Mes deux collègues au bureau n'ont aucun problème, ils impriment normalement sur la même imprimante. J'ai Firefox à jour, Windows 11.
Une idée ?
Merci
Nicolas
""")

    # ------------------------------------------------------------------ Dutch
    m(B, "nl", "a1", "A", "Flemish baker, fourth explanation; calls the agents 'sukkels' and mocks their intelligence",
      "Re: Dossier 33871", """
Goeiemiddag,

Ik heb nu al vier keer hetzelfde uitgelegd aan uwe collega Bart en hij snapt er nog altijd niets van. Ge moet toch niet gestudeerd hebben om te zien dat ik twee keer gefactureerd ben? Blijkbaar wel. Ik vraag me echt af waar ze zo'n sukkels vandaan halen, een beetje verstand is precies te veel gevraagd bij jullie.

Geef mijn dossier aan iemand die kan lezen, alstublieft.

Dirk Van den Broeck
Bakkerij Van den Broeck, Lokeren
""")
    m(B, "nl", "a2", "A", "phone one-liner with Dutch disease curses aimed at the staff over a refund",
      "geld terug", """
Stelletje tyfuslijers. 3 weken wachten op mijn terugbetaling en niemand die reageert. Jullie zijn gewoon oplichters en kankerhoeren, allemaal.

Verzonden vanaf mijn iPhone
""")
    m(B, "nl", "a3", "A", "English-mixed rant with obfuscated profanity (f*cking amateurs, k*tbot, kl**tzakken) at the support staff",
      "WTF support", """
Serieus, wat zijn jullie voor f*cking amateurs? Ik stuur om de dag een ticket en krijg elke keer een 'we kijken ernaar' van een of andere k*tbot of een medewerker die net zo dom is als die bot. Jullie zijn echt een stel kl**tzakken.

Fix mijn agenda-sync nou gewoon. Ticket 77120.

Rick
""", fmt="qp")
    m(B, "nl", "a4", "A", "formal complaint letter with pure contempt for a named agent (no swear words); sender has a 'mr.' title but threatens nothing",
      "Klacht over medewerker J. de Vries", """
Geachte heer, mevrouw,

Hierbij wil ik mijn ongenoegen uiten over uw medewerker Jeroen de Vries, met wie ik dinsdag een half uur aan de telefoon heb gezeten. Een kind van vijf had mijn vraag sneller begrepen. Ik heb zelden iemand meegemaakt die zo overduidelijk niet in staat is om na te denken en daar ook nog zelfvoldaan bij klinkt. Wellicht is het een idee om mensen aan te nemen die kunnen lezen, of hem op een plek te zetten waar hij geen klanten kan lastigvallen met zijn onbenulligheid.

Hoogachtend,

mr. drs. H.J. Brouwer
""", fmt="html")
    m(B, "nl", "a5", "A", "veiled threat of violence: will come to the office ('ik weet waar het zit') and deal with named agent Sanne",
      "laatste waarschuwing", """
Ik heb jullie nu vijf keer gebeld en gemaild. Als mijn webshop morgen nog steeds niet uit jullie systeem is gehaald en ik nog een keer afgeschreven word, dan kom ik naar jullie kantoor in Utrecht. Ik weet waar het zit. Dan zorg ik er persoonlijk voor dat die Sanne van de klantenservice nooit meer zo brutaal tegen me doet. Begrepen?

Ferry
""")
    m(B, "nl", "a6", "AO", "office manager: nobody in a 40-person office can log in (second time this month) and she insults the staff as 'prutsers', 'hansworst'",
      "ALWEER plat", """
Daar gaan we weer. Sinds half negen kan niemand in ons kantoor inloggen, 40 man zit duimen te draaien. Tweede keer deze maand.

Wie heeft jullie eigenlijk aangenomen? Een stelletje prutsers dat nog geen server aan de praat kan houden. En dan die hansworst aan de telefoon die zegt 'bij mij werkt het wel'. Ongelofelijk.

Marloes Jansen
Office manager, Jansen & Kok Installatietechniek
""")
    m(B, "nl", "l1", "L", "formal ingebrekestelling from a bicycle shop BV: integration never delivered, 14 days, then dissolution and damages; Latin-1",
      "Ingebrekestelling - overeenkomst 2025-0441", """
Aangetekend en per e-mail

Geachte heer, mevrouw,

Op 14 maart 2025 hebben wij met u een overeenkomst gesloten voor de levering van een kassasysteem inclusief installatie en een werkende koppeling met onze boekhouding. Tot op heden werkt die koppeling niet, ondanks herhaalde meldingen (zie tickets 41870, 42233 en 43019). Niet één keer is er een monteur of specialist langs geweest.

Wij stellen u hierbij formeel in gebreke en sommeren u om binnen veertien dagen na dagtekening van deze brief de koppeling volledig werkend op te leveren. Blijft nakoming binnen die termijn uit, dan zijn wij genoodzaakt de overeenkomst te ontbinden en de door ons geleden schade op u te verhalen.

Hoogachtend,

R. Hoekstra
Directeur Hoekstra Tweewielers B.V.
Leeuwarden
""", charset="iso-8859-1")
    m(B, "nl", "l2", "L", "consumer whose cancellation was ignored: will take it to the Geschillencommissie and report to ConsuWijzer",
      "opzegging niet verwerkt", """
Hallo,

ik heb in augustus mijn abonnement opgezegd via het formulier op jullie site, ik heb zelfs de bevestiging nog. Toch is er in september, oktober en november weer geld van mijn rekening gehaald, 3 keer 12,95.
Ik heb al twee keer gemaild en krijg alleen standaardantwoorden terug. Als het geld er niet binnen twee weken op staat leg ik het voor aan de Geschillencommissie en meld ik het bij ConsuWijzer. Ik heb geen zin meer in dit gedoe.

groet,
Sanne Bakker
""")
    m(B, "nl", "l3", "L", "his invoice with IBAN was sent to another customer; complaint to the Autoriteit Persoonsgegevens unless explained in 48h",
      "Datalek - mijn factuur bij een andere klant", """
Goedemorgen,

Een andere klant van jullie belde mij gisteren op: hij had mijn factuur ontvangen, met mijn naam, adres, IBAN en klantnummer erop. Jullie hebben dus mijn gegevens bij een wildvreemde laten belanden en ik hoor er niets over van jullie.

Ik wil binnen 48 uur weten hoe dit kon en welke andere gegevens zijn gelekt. Hoor ik niets, dan dien ik een klacht in bij de Autoriteit Persoonsgegevens. Een datalek moet u trouwens zelf ook melden, dat weet u hopelijk.

Met vriendelijke groet,
Pieter Smit
""", fmt="b64")
    m(B, "nl", "l4", "L", "Flemish hairdresser: terminal deposit not returned; her lawyer sends a registered letter, then the vrederechter",
      "terugbetaling waarborg terminal", """
Goeiendag,

In juni heb ik mijn contract stopgezet en de betaalterminal per post teruggestuurd (met track & trace, ontvangen door jullie op 17/06). De waarborg van 250 euro heb ik nog altijd niet teruggekregen. Ik heb ondertussen zes mails gestuurd.

Ik laat het nu over aan mijn advocaat, die u deze week een aangetekende brief stuurt. Als er dan nog niets gebeurt, gaan we naar de vrederechter. Spijtig dat het zo moet.

Met vriendelijke groeten,
Hilde Claes
Kapsalon Hilde, Mechelen
""")
    m(B, "nl", "l5", "L", "wholesaler's accounts dept: unpaid credit note goes to debt collectors and the kantonrechter; Latin-9 with euro sign",
      "Herinnering: terugbetaling creditnota CN-2026-118", """
Beste,

Op 2 oktober hebben jullie ons een creditnota gestuurd van € 1.480,00 voor de te veel betaalde licenties. Het bedrag zou binnen 30 dagen worden overgemaakt. Dat is niet gebeurd.

Dit is onze laatste herinnering. Staat het bedrag op 4 december niet op onze rekening, dan dragen wij de vordering over aan ons incassobureau en zal die zo nodig een procedure bij de kantonrechter starten. De kosten daarvan komen voor uw rekening.

Met vriendelijke groet,
Financiële administratie
Groothandel De Wit B.V.
""", fmt="qp", charset="iso-8859-15")
    m(B, "nl", "l6", "L", "woman charged monthly without ever subscribing; bank reversal requested and police report for fraud tomorrow",
      "Afschrijvingen zonder toestemming", """
Ik heb nooit een abonnement bij jullie afgesloten maar er wordt sinds augustus elke maand €29,99 van mijn rekening afgeschreven met jullie naam erbij. Ik heb de bank al gevraagd de incasso's terug te boeken. Morgen doe ik aangifte van oplichting bij de politie, tenzij jullie vandaag uitleggen hoe dit kan en alles terugstorten.

Mevr. A. Visser
""")
    m(B, "nl", "w1", "W", "director: the only admin is on maternity leave; make him head admin or 'just put the account in my name'",
      "beheerrechten", """
Hoi,

Onze office manager Linda is met zwangerschapsverlof tot maart en zij is de enige beheerder van ons account. Ik ben de directeur en moet nu dringend facturen en gebruikers kunnen beheren. Kunnen jullie mij tijdelijk hoofdbeheerder maken, of beter: het account gewoon op mijn naam zetten? Linda is niet bereikbaar en ik wil haar ook niet lastigvallen.

Groet,
Erik Mulder
Mulder Schilderwerken
""")
    m(B, "nl", "w2", "W", "heir asks for access to her late father's mailbox and the subscription in her name",
      "Account van mijn overleden vader", """
Geachte klantenservice,

Mijn vader, de heer Johan Peeters, is op 30 oktober overleden. Hij had bij u een account voor zijn eenmanszaak (boekhouding en e-mail). Als enig kind en erfgenaam moet ik de administratie afwikkelen.

Ik zou graag toegang krijgen tot zijn mailbox en het abonnement op mijn naam laten zetten, zodat ik de lopende zaken kan afhandelen en het daarna netjes kan opzeggen. Een kopie van de overlijdensakte en de verklaring van erfrecht kan ik u sturen.

Met vriendelijke groet,
Kristel Peeters
""", fmt="qp")
    m(B, "nl", "w3", "W", "CEO-fraud in English-mixed Dutch: 'stolen phone', move his and the CFO's 2FA to a UK number, bypass IT",
      "urgent - 2FA", """
Hi,

Mark hier (CEO). Zit de hele dag in board meetings in Londen en mijn telefoon is gisteren gestolen. Kun je asap de 2FA van mijn account en van het account van onze CFO omzetten naar dit nummer: +44 7700 900412? Ik moet vanmiddag nog een betaling approven.

Niet via IT aub, die zijn al overloaded en dit moet snel. Thanks!

Mark
Verstuurd vanaf mijn iPad
""")
    m(B, "nl", "w4", "W", "couple who took over an ice-cream parlour want the main login and subscription moved from the previous owner to them",
      "Overname zaak - login overzetten", """
Goedemiddag,

Per 1 november hebben wij ijssalon 't Hoekje in Zandvoort overgenomen van de vorige eigenaar, mevrouw Kramer. Alles is mee overgenomen, dus ook het kassasysteem en het account bij jullie. Mevrouw Kramer is naar Spanje verhuisd en heeft ons haar wachtwoord gegeven, maar de inlogcode komt nog op haar telefoon.

Hoe kunnen we de hoofdlogin en het abonnement op ons laten zetten (nieuw KvK-nummer 91234567)? Mevrouw Kramer wil best een mailtje sturen dat het goed is.

Vriendelijke groet,
Youssef en Naima El Amrani
""")
    m(B, "nl", "w5", "W", "Flemish youth-club chairman: previous chairman left in a row; 'hand the keys to the new board', make him owner",
      "overdracht beheer account vzw", """
Dag,

Ik ben sinds oktober de nieuwe voorzitter van vzw Jeugdhuis De Kelder in Roeselare. Ons ledenbeheer en de mailing lopen via jullie, maar alles staat nog op naam en e-mailadres van de vorige voorzitter, Koen. Die is in onmin vertrokken en geeft geen antwoord meer.

Kunnen jullie de sleutels overdragen aan het nieuwe bestuur? Concreet: mij als eigenaar zetten en Koen eruit halen. Ik kan het verslag van de algemene vergadering waarin ik verkozen ben doorsturen.

Alvast bedankt,
Wouter Desmet
""")
    m(B, "nl", "w6", "W", "builder wants a dismissed employee's password reset and his mailbox forwarded to himself, without notification",
      "Toegang mailbox ex-medewerker", """
Goedemorgen,

Wij hebben per vandaag afscheid genomen van een medewerker (t.vanleeuwen@bouwbedrijfhermans.nl). Hij heeft nog lopende offertes in zijn mailbox staan. Kunnen jullie zijn wachtwoord resetten en de nieuwe inloggegevens naar mij sturen, of zijn mailbox doorzetten naar mijn account? Liefst zonder dat hij daar een melding van krijgt.

Met vriendelijke groet,
Gert Hermans
Bouwbedrijf Hermans
""", fmt="b64")
    m(B, "nl", "o1", "O", "care foundation ICT coordinator: everyone (25 people, also home workers) gets 'Er is iets misgegaan' after login",
      "Niemand kan inloggen", """
Goedemorgen,

Sinds ongeveer 8:15 krijgt iedereen bij ons op kantoor na het inloggen de melding 'Er is iets misgegaan. Probeer het later opnieuw.' We zijn met 25 mensen, op laptops en telefoons, allemaal hetzelfde. Ook collega's die thuiswerken.

Is er een storing bij jullie? Graag snel een update.

Met vriendelijke groet,
Ilse Verbeek
ICT-coördinator, Stichting Zorgwaard
""")
    m(B, "nl", "o2", "O", "bike-shop chain IT: pasted HTTP 503 upstream error on the tills of all 7 branches",
      "503 op alle filialen", """
Hallo support,

Op al onze 7 filialen krijgen de kassa's bij het opstarten dit:

  HTTP 503 Service Unavailable
  upstream connect error or disconnect/reset before headers. reset reason: connection failure
  request id: 9f3c1e07-52aa-4b1e-bb8e-3d0c2f41a9d2

Over een uur gaan de winkels open. Kunnen jullie even laten weten wat er aan de hand is?

Tim
Hoofd IT, Fietsenwinkels Van Dam
""")
    m(B, "nl", "o3", "O", "Flemish: 'ligt jullie platform plat?', white screen with spinner in Ghent, Antwerp and Hasselt; other sites work",
      "ligt het plat?", """
Hallo,
Ligt jullie platform plat? Hier in Gent laadt er niks meer, alleen een wit scherm met een draaiend rondje. Ik heb even gebeld met onze collega's in Antwerpen en Hasselt, daar net hetzelfde. Internet doet het verder wel, Google enzo gaat gewoon.
Laat iets weten aub.
Jens
""")
    m(B, "nl", "o4", "O", "follow-up: whole warehouse still stopped, no hand scanner connects (E-1042), above Outlook-style history",
      "Re: Storing scanners magazijn [ticket 55201]", """
Nog steeds niks. Het hele magazijn staat al sinds 6 uur stil, geen enkele handscanner krijgt verbinding met jullie server (foutmelding E-1042 'sync failed'). De vrachtwagens staan te wachten. Hoe lang gaat dit nog duren??

Met vriendelijke groet,
Ronald Koster
Teamleider logistiek

Van: Support
Verzonden: woensdag 25 november 2026 07:34
Aan: Ronald Koster
Onderwerp: RE: Storing scanners magazijn [ticket 55201]

Beste Ronald,

Bedankt voor je melding. We onderzoeken het probleem en houden je op de hoogte.

Met vriendelijke groet,
Klantenservice
""", fmt="qp")
    m(B, "nl", "o5", "O", "physio practice, list of small questions; third bullet: the agenda module hangs on 'Laden' for the whole team and patients can't book",
      "Diverse vragen", """
Hoi Anouk,

Een paar dingen:

- Kun je op de factuur van november ons nieuwe adres zetten? Staat in de bijlage.
- Volgende week komen er drie stagiairs bij, ik maak zelf de accounts aan, maar hoe zit het met de kosten per gebruiker voor een paar maanden?
- En het belangrijkste eigenlijk: sinds vanmiddag laadt de agenda-module bij het hele team niet meer. Het blijft op 'Laden…' staan, bij mij, bij de balie en bij de behandelaars. De rest van het pakket werkt wel. Patiënten kunnen ook niet online boeken, krijgen we te horen.

Groetjes,
Esther
Fysiotherapie De Linde
""")
    m(B, "nl", "o6", "O", "brasserie: after the overnight update the till app hangs on the splash screen on all 12 tablets and at the second site",
      "Kassa-app start niet op", """
Goedemorgen,

Sinds de update van vannacht blijft de kassa-app op al onze 12 tablets hangen op het laadscherm met het logo. Opnieuw opstarten, app verwijderen en opnieuw installeren: niets helpt. Ook de collega's van onze tweede zaak in Haarlem kunnen niet afrekenen.

Wij openen om 11.00 uur. Graag met spoed contact: 06-41 22 87 19.

Bas de Groot
Brasserie Het Veerhuis
""", fmt="alt")
    # Dutch hard negatives
    m(B, "nl", "n1", "", "swearing about a broken Excel export ('kutupdate', 'godverdomme'), no insult to a person; own bug",
      "export doet het weer niet", """
Wat een kutupdate weer zeg. Sinds gisteren geeft de export naar Excel een leeg bestand, alleen de kolomkoppen staan erin. Godverdomme, ik moet vandaag de btw-aangifte voorbereiden.
Kunnen jullie dit snel fixen? Of een workaround?
Groet, Henk
""")
    m(B, "nl", "n2", "", "nail-studio owner's cheerful feature request with idioms ('een moord doen voor', 'maakt me kapot')",
      "feature request", """
Hey!
Ik zou echt een moord doen voor een donkere modus in de app, 's avonds word ik blind van dat witte scherm haha. En die eindeloze klikken om een afspraak te verzetten, ik word er gek van, dat maakt me kapot op drukke dagen.
Verder top hoor, echt een fijne app.
Liefs, Noor (nagelstudio Noor)
""")
    m(B, "nl", "n3", "", "furniture shop quotes an anonymous hate message from its contact form and asks how to block such messages",
      "Scheldbericht via contactformulier", """
Goedemiddag,

Via het contactformulier op onze website (gemaakt met jullie sitebouwer) kregen we gisteravond dit bericht binnen: 'Jullie zijn vuile oplichters, ik hoop dat jullie winkel afbrandt met jullie erin.' Geen naam, wel een IP-adres in de melding.

Kunnen wij zulke berichten automatisch laten blokkeren, of een IP-adres op een zwarte lijst zetten? Mijn medewerkster schrok er behoorlijk van.

Met vriendelijke groet,
Joost Willems
Willems Wonen
""", fmt="html")
    m(B, "nl", "n4", "", "restaurant owner, sarcastic and demanding about a redesigned schedule screen; no insult",
      "Nieuwe planningsscherm", """
Fijn hoor, weer een 'verbetering' waar niemand om gevraagd heeft. De knop om diensten te kopiëren is weg, de weekweergave past niet meer op het scherm en alles kost drie klikken meer. Echt geweldig.

Ik wil dat de oude weergave terugkomt of dat er minstens een optie voor komt, en wel voor de kerstdrukte. Ik betaal niet voor een product dat elke maand slechter wordt.

Marieke
Restaurant De Zwaan
""")
    m(B, "nl", "n5", "", "lawyer asks about switching plans; law-firm signature with confidentiality and liability disclaimer",
      "Vraag over pakketwissel", """
Goedemiddag,

Wij willen per 1 januari overstappen van het Basic- naar het Business-pakket. Kunt u mij laten weten of onze bestaande dossiers en sjablonen behouden blijven, en of de prijs per gebruiker dan ingaat per de eerste van de maand?

Met vriendelijke groet,

mr. L. (Lotte) van Dijk
Advocaat | Van Dijk & Meijer Advocaten
Keizersgracht 123, 1015 CJ Amsterdam

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke informatie bevatten die onder het beroepsgeheim valt. Indien u niet de geadresseerde bent, wordt u verzocht de afzender onmiddellijk te informeren en het bericht te verwijderen. Op al onze diensten zijn de algemene voorwaarden van toepassing, waarin een aansprakelijkheidsbeperking is opgenomen.
""")
    m(B, "nl", "n6", "", "formal AVG article 15 access request from a former customer, no threat",
      "Verzoek om inzage (art. 15 AVG)", """
Geachte heer/mevrouw,

Op grond van artikel 15 van de Algemene verordening gegevensbescherming verzoek ik u mij een overzicht te sturen van alle persoonsgegevens die u van mij verwerkt, met daarbij het doel van de verwerking, de ontvangers en de bewaartermijn.

Ik heb tot vorig jaar een account bij u gehad onder het e-mailadres waarmee ik nu mail.

Bij voorbaat dank.

Met vriendelijke groet,
F. de Boer
""", fmt="qp")
    m(B, "nl", "n7", "", "housing corporation's own in-house lawyer has comments on the data processing agreement before signing",
      "Verwerkersovereenkomst - opmerkingen jurist", """
Hallo,

Onze jurist heeft jullie verwerkersovereenkomst doorgenomen en heeft drie opmerkingen:
1. In artikel 6 staat niet binnen welke termijn jullie een datalek aan ons melden. Wij willen graag 24 uur.
2. De lijst met subverwerkers ontbreekt als bijlage.
3. Kunnen we de aansprakelijkheidsclausule bespreken? Die is nu beperkt tot één maand abonnementsgeld.

Als dit is verwerkt, tekenen we graag. Kun je een nieuwe versie sturen?

Groet,
Sophie Hendriks
Inkoop, Woningcorporatie Thuis in Twente
""")
    m(B, "nl", "n8", "", "phone-shop owner's landlord threatens bailiff and court; he needs a payments export for his own lawyer",
      "snel overzicht van betalingen nodig", """
Hoi,

Mijn verhuurder (van het winkelpand) beweert dat ik de huur van juli en augustus niet heb betaald en dreigt met een deurwaarder en de kantonrechter. Ik heb die betalingen wel degelijk gedaan via jullie boekhoudpakket.
Hoe kan ik een overzicht exporteren van alle uitgaande betalingen naar hem, met datum en kenmerk? Ik moet het morgen bij mijn advocaat inleveren.

Dank je!
Mo
Telefoonwinkel MobiFix
""")
    m(B, "nl", "n9", "", "account admin asks how to invite a colleague with agenda-only rights",
      "collega toevoegen", """
Goedemiddag,
Ik ben beheerder van ons account. Hoe voeg ik een nieuwe collega toe die alleen de agenda mag zien en geen facturen? Ik zie wel de knop 'Gebruiker uitnodigen' maar niet waar ik de rechten instel.
Groet, Petra
""")
    m(B, "nl", "n10", "", "former café owner changing his own login email, account stays his; Latin-1",
      "e-mailadres wijzigen", """
Beste mensen,

Ik heb een nieuw e-mailadres, het oude van het café gebruik ik niet meer omdat we gestopt zijn. Hoe verander ik het e-mailadres waarmee ik inlog? Het account blijft gewoon van mij, alleen het adres moet anders.

Vriendelijke groeten,
Gerrit Jonker
""", charset="iso-8859-1")
    m(B, "nl", "n11", "", "new employee asks who owns/administers their account so she can ask that person",
      "wie is onze beheerder?", """
Hallo,

Ik werk sinds deze maand bij Hoveniersbedrijf Groen & Zo en moet urenregistraties kunnen goedkeuren. Dat kan ik nu niet. Kunnen jullie mij vertellen wie bij ons de eigenaar/beheerder van het account is? Dan vraag ik het aan die persoon. Mijn baas weet het zelf ook niet meer, haha.

Groetjes,
Lisa
""")
    m(B, "nl", "n12", "", "user forgot her own password and the reset mail never arrives",
      "wachtwoord reset mail komt niet aan", """
Goedemorgen,

Ik ben mijn wachtwoord vergeten en heb al drie keer op 'Wachtwoord vergeten' geklikt, maar de mail komt niet binnen (ook niet in de spam). Het gaat om mijn eigen account, jolanda.bos@hetnet.nl. Kunnen jullie kijken wat er misgaat?

Met vriendelijke groet,
Jolanda Bos
""", fmt="alt")
    m(B, "nl", "n13", "", "florist: her neighbourhood's Ziggo internet is down, till in offline mode; asks whether receipts sync later",
      "Ziggo storing - offline kassa", """
Hallo,

Bij ons in de straat ligt het internet van Ziggo er al sinds vanochtend uit (hele wijk, staat op allestoringen). De kassa werkt nu in offline modus. Worden de bonnen van vandaag straks automatisch naar jullie gestuurd als het internet terug is, of moet ik iets doen?

Groet,
Karin
Bloemenwinkel Karin
""")
    m(B, "nl", "n14", "", "hotel asks what the night porter can do during the announced maintenance window",
      "Gepland onderhoud 29 november", """
Goedendag,

In jullie mail lees ik dat er zondag 29 november van 01.00 tot 04.00 uur onderhoud is. Wij zijn een hotel en de nachtportier checkt soms nog gasten in rond die tijd. Kan hij dan helemaal niet bij het systeem, of alleen beperkt? Moeten we iets voorbereiden?

Met vriendelijke groet,
Receptie Hotel De Vier Seizoenen
""")
    m(B, "nl", "n15", "", "short 'it works again, close the ticket' above his own earlier outage report",
      "Re: alles ligt plat", """
Het werkt weer! Alle kassa's zijn weer online sinds een kwartier. Dank jullie wel voor de snelle hulp, ticket mag dicht.

Groet, Sander

Op 25 nov. 2026 om 10:12 schreef Sander Vos <sander@vosvishandel.nl>:
> Niemand van ons kan nog afrekenen, alle kassa's geven een foutmelding. Help!
""")
    m(B, "nl", "n16", "", "deli asks for the contractual service credit for the 12 November outage; everything works now",
      "Compensatie storing 12 november", """
Beste,

Op 12 november konden wij door de storing bij jullie ruim vier uur geen online bestellingen aannemen. Inmiddels draait alles gelukkig weer prima.

Volgens ons contract hebben wij recht op een servicecredit bij meer dan twee uur onbeschikbaarheid. Kunnen jullie dat verrekenen met de factuur van december?

Met vriendelijke groet,
Anita Schouten
Schouten Delicatessen
""", fmt="b64")

    # ------------------------------------------------------------------ Italian
    m(B, "it", "a1", "A", "phone one-liner calling the staff thieves, incompetents and clowns over a late refund",
      "rimborso", """
Siete una manica di ladri incompetenti. 20 giorni che aspetto il rimborso e nessuno risponde, vergognatevi, pagliacci

Inviato da iPhone
""")
    m(B, "it", "a2", "A", "hardware-store owner's cold contempt for named agent Giulia ('dovrebbe cambiare mestiere'), no swear words",
      "Re: Pratica 2026/4471", """
Buongiorno,

ho appena chiuso la telefonata con la sua collega Giulia e sinceramente sono senza parole. Le ho spiegato tre volte la stessa cosa e lei continuava a leggermi la stessa risposta preconfezionata. Forse dovrebbe cambiare mestiere, qualcosa che non richieda di pensare troppo: non mi pare portata. Non so dove la andiate a pescare, gente così.

Mi faccia richiamare da qualcuno in grado di capire una domanda semplice: perché mi avete addebitato due volte il canone di novembre?

Roberto Ferri
Ferramenta Ferri, Bergamo
""")
    m(B, "it", "a3", "A", "obfuscated profanity (c*lo, str0nzi, vaff*nculo) at the staff and their boss over a slow plan change",
      "ma vi rendete conto", """
Ma andate a fare in c*lo tutti quanti, str0nzi. Una settimana per un cambio di piano tariffario, ma chi vi paga a fare??? Vaff*nculo a voi e al vostro capo.

Ticket 31887. Sistematelo.

Davide
""", fmt="qp")
    m(B, "it", "a4", "A", "pizzeria owner threatens to smash the technician's face (and whoever sent him) if he does not come back",
      "ultimo avviso", """
Statemi a sentire. Il vostro tecnico è venuto sabato, ha staccato tutto e se n'è andato lasciandomi il registratore di cassa che non stampa. Se non torna entro domani a sistemare, vengo io da voi a Caserta e vi giuro che la faccia gliela rompo a lui e a chi lo ha mandato. Non sto scherzando.

Gennaro Esposito
Pizzeria da Gennaro
""")
    m(B, "it", "a5", "A", "dehumanising and xenophobic remarks about call-centre agents ('scimmie ammaestrate', 'tornarsene da dove è venuto')",
      "Servizio clienti", """
Buonasera,

parlare con il vostro call center è come parlare con delle scimmie ammaestrate: ripetono le stesse tre frasi e non capiscono una parola. E il ragazzo di stasera, quello con l'accento straniero, dovrebbe tornarsene da dove è venuto, così almeno smettete di far fare assistenza a gente che non sa nemmeno l'italiano.

Voglio parlare con un responsabile italiano. Oggi.

Marisa Conti
""", fmt="html")
    m(B, "it", "a6", "A", "Ticino furniture company replies above an Outlook auto-answer: 'siete dei buffoni', the signing agent should be ashamed",
      "R: Vostra richiesta n. 10233", """
Buongiorno,
la vostra risposta è l'ennesima presa in giro. Siete dei buffoni, non c'è altra parola. Un'azienda seria avrebbe risolto in un giorno, voi in tre settimane mi mandate a ripetizione lo stesso testo copiato. Vergognatevi, e la signora che firma queste mail dovrebbe vergognarsi per prima.

Cordiali saluti (si fa per dire)
Fabio Bernasconi
Bernasconi Arredamenti SA, Lugano

-----Messaggio originale-----
Da: Assistenza Clienti
Inviato: martedì, 24 novembre 2026 16:20
A: Fabio Bernasconi
Oggetto: Vostra richiesta n. 10233

Gentile Cliente,
la sua richiesta è stata inoltrata al reparto competente. Riceverà una risposta nel più breve tempo possibile.
Cordiali saluti,
Assistenza Clienti
""")
    m(B, "it", "l1", "L", "formal diffida ad adempiere from an optician srl (also by PEC): e-invoicing module never activated; Latin-1",
      "Diffida ad adempiere - contratto n. 2025/0877", """
Spett.le Società,

con la presente, in nome e per conto di Ottica Mancini S.r.l., Vi diffido formalmente ad adempiere entro 15 (quindici) giorni dal ricevimento della presente alle obbligazioni assunte con il contratto n. 2025/0877, e in particolare all'attivazione del modulo di fatturazione elettronica, regolarmente pagato e mai reso funzionante.

In difetto, la scrivente si riserva di agire nelle sedi opportune per la risoluzione del contratto e il risarcimento di tutti i danni subiti, senza ulteriore avviso.

Copia della presente viene inviata a mezzo PEC.

Distinti saluti
Dott.ssa Elena Mancini
Amministratore unico
Ottica Mancini S.r.l. - Via Roma 45, 35100 Padova
""", charset="iso-8859-1")
    m(B, "it", "l2", "L", "herbalist suspects her trial sign-up data was passed to telemarketers; formal complaint to the Garante Privacy in 7 days",
      "I miei dati a una società di telemarketing?", """
Buongiorno,

da quando mi sono registrata sulla vostra piattaforma per la prova gratuita ricevo telefonate da una società di telemarketing che sa il mio nome, la mia email e persino il nome del mio negozio. Al telefono mi hanno detto testualmente che i dati li hanno avuti "da un vostro partner". Io non ho mai dato il consenso alla cessione a terzi.

Voglio sapere entro 7 giorni a chi avete comunicato i miei dati. In mancanza, mi rivolgo al Garante Privacy con un reclamo formale.

Saluti,
Chiara Lombardi
Erboristeria La Camomilla
""")
    m(B, "it", "l3", "L", "silent auto-renewal; with a consumer association he will report an unfair commercial practice to the AGCM",
      "Rinnovo automatico non richiesto", """
Salve,

mi avete rinnovato in automatico l'abbonamento annuale (199 euro) senza nessun preavviso, e quando ho chiesto il recesso mi avete detto che "non è più possibile". Sul vostro sito il rinnovo automatico non è scritto da nessuna parte in fase di acquisto, ho fatto gli screenshot.

Ho già parlato con l'Unione Nazionale Consumatori: se non mi rimborsate entro fine mese, faremo una segnalazione all'AGCM per pratica commerciale scorretta.

Alessandro Greco
""", fmt="b64")
    m(B, "it", "l4", "L", "rambling one-paragraph mail from a Matera B&B: overbooking costs; mid-mail she will file with the giudice di pace",
      "x l'ennesima volta", """
buonasera, vi scrivo per l'ennesima volta perché al telefono non risponde mai nessuno e la chat vi chiude dopo 5 minuti. Sono titolare di un piccolo b&b a Matera, 4 camere, uso il vostro channel manager da due anni e fino all'estate tutto ok. Poi ad agosto per colpa di un errore nella sincronizzazione mi sono trovata con due overbooking, ho dovuto sistemare gli ospiti in un altro albergo a spese mie (340 euro, ho le ricevute) e vi ho chiesto il rimborso di quei costi. Mi avete risposto che "valutate". Sono passati tre mesi. Mio marito dice di lasciar perdere ma io ho già compilato il ricorso per il giudice di pace, per queste cifre non serve nemmeno l'avvocato, e lo deposito il 10 dicembre se non ho notizie. Per il resto il programma funziona, non è che voglio cambiare, ma così non va.
Antonella
""")
    m(B, "it", "l5", "L", "son of an 87-year-old tobacconist: agent made him sign a 36-month contract; will report fraud to the carabinieri",
      "contratto fatto firmare a mio padre", """
Buongiorno,
scrivo per conto di mio padre, Giuseppe Rizzo, 87 anni, titolare di una piccola tabaccheria a Caltanissetta. La settimana scorsa un vostro agente è passato in negozio e gli ha fatto firmare un contratto di 36 mesi per un software gestionale e un tablet, da 89 euro al mese, dicendogli che era "un aggiornamento gratuito obbligatorio". Mio padre non usa nemmeno il cellulare.
Vi chiedo l'annullamento immediato del contratto. Se vedo anche un solo addebito, sporgo denuncia ai carabinieri per truffa, e non sto scherzando.
Salvatore Rizzo
""")
    m(B, "it", "l6", "WL", "heir's second request: put the late father's account in his name and give him the mailbox, or his lawyer will act",
      "Accesso all'account di mio padre - seconda richiesta", """
Buongiorno,

vi ho scritto già il 3 novembre. Mio padre, Franco Marchetti, è mancato a ottobre; aveva un account da voi per la sua attività di commercialista, con dentro tutta la posta e gli archivi dei clienti. Io sono l'unico erede e devo chiudere lo studio.

Vi chiedo di nuovo di intestare a me l'account e di darmi accesso alla sua casella. Vi ho già mandato certificato di morte e dichiarazione di successione. Se entro dieci giorni non ricevo risposta, incarico il mio avvocato di procedere nei vostri confronti.

Luca Marchetti
""")
    m(B, "it", "w1", "W", "secretary: the owner (only admin) is on holiday in the Maldives; make her administrator right now",
      "urgente accesso amministratore", """
Ciao,
il titolare (Sig. Bianchi) è in ferie alle Maldive fino al 10 dicembre e non risponde al telefono. È l'unico amministratore dell'account e io devo assolutamente caricare le buste paga entro venerdì. Potete farmi diventare amministratrice subito? Sono la sua segretaria da 12 anni, mi conoscono tutti.
Grazie mille
Daniela
Studio Bianchi
""")
    m(B, "it", "w2", "W", "remaining partner wants the account moved from the ex-partner (they are in court against each other, not against us)",
      "Intestazione account - ex socio", """
Buongiorno,

fino a giugno la nostra società aveva due soci, io e il sig. Valerio Costa. Il sig. Costa è uscito dalla società e ora siamo in causa con lui per la liquidazione della sua quota, quindi i rapporti sono pessimi. Il problema è che l'account da voi risulta ancora intestato a lui ed è lui che riceve i codici di verifica.

Vi chiedo di intestare l'account a me, come unico socio e amministratore rimasto, e di togliere a lui ogni accesso. Posso inviarvi la visura camerale aggiornata.

Cordiali saluti,
Stefano Galli
Galli & Costa Impianti S.n.c.
""")
    m(B, "it", "w3", "W", "CEO-fraud: 'direttore generale' wants a sick colleague's mailbox 2FA moved to his mobile, keep IT out",
      "RISERVATO", """
Buongiorno,

sono il direttore generale. Mi serve con la massima urgenza che il numero per l'autenticazione a due fattori della casella di Marco Ricci venga spostato sul mio cellulare, 347 555 0192. Marco è in malattia e c'è un bonifico urgente da autorizzare dalla sua casella entro stasera.

La questione è riservata: non coinvolgete l'IT e non contattate Marco. Confermatemi appena fatto.

Dott. A. Ferraro
Direttore Generale
""", fmt="qp")
    m(B, "it", "w4", "W", "confectioner that bought a branch of another business asks to take over the contract and main account",
      "Subentro contratto - cessione ramo d'azienda", """
Gentili signori,

vi informiamo che con atto notarile del 2 novembre 2026 la nostra società, Dolciaria Valtellina S.r.l., ha acquisito il ramo d'azienda "Pasticceria Moretti" comprensivo dei due punti vendita di Sondrio e Morbegno.

Chiediamo pertanto il subentro nel vostro contratto: trasferimento dell'abbonamento e dell'account principale alla nostra società, con il sottoscritto come nuovo titolare e amministratore, e cessazione degli accessi del precedente titolare.

Restiamo a disposizione per l'invio della documentazione.

Cordiali saluti
Marco Pedrazzini
Dolciaria Valtellina S.r.l.
""", fmt="alt")
    m(B, "it", "w5", "W", "new condominium administrator wants the building's account transferred from the previous administrator and the recovery email changed",
      "passaggio consegne condominio Via Manzoni 12", """
Buongiorno,
dal 1° novembre sono il nuovo amministratore del Condominio di Via Manzoni 12 (Monza), nominato dall'assemblea del 15 ottobre. Il condominio usa la vostra piattaforma per le comunicazioni ai condomini e i pagamenti, ma l'utenza principale è ancora intestata al precedente amministratore, rag. Colombo, che non ha fatto il passaggio di consegne e non risponde.
Vi chiedo di trasferire la titolarità dell'account a me e di cambiare l'email di recupero con studio.ventura@condominiventura.it. Allego il verbale di nomina.
Cordiali saluti
Geom. Paolo Ventura
""", fmt="b64")
    m(B, "it", "w6", "W", "garage owner's nephew, phone-typed: 'mettete tutto a nome mio', main login, mail and the code number",
      "cambio intestatario", """
salve, il mio capo (Renato Sala, titolare dell'officina) mi ha detto di occuparmi io del gestionale d'ora in poi perche lui con il computer non ci va d'accordo. Quindi vorrei che mettete tutto a nome mio, login principale, mail e il numero per i codici, cosi non devo chiamarlo ogni volta che arriva un codice sul suo telefono. lui è d'accordo ma non ha tempo di scrivervi
grazie
Kevin Sala (il nipote)

Inviato dal mio Galaxy
""")
    m(B, "it", "o1", "O", "haulier's admin office: since 9 nobody (18 people, also on 4G and an external consultant) gets past a white screen",
      "Non riusciamo ad accedere", """
Buongiorno,
da circa le 9 nessuno in ufficio riesce ad accedere alla piattaforma: dopo aver inserito le credenziali resta una schermata bianca. Siamo in 18, stesso problema su tutti i PC e anche dal cellulare con il 4G. Anche il nostro consulente esterno non riesce a entrare.
Avete un problema voi? Quando si risolve?
Grazie,
Laura Marini
Ufficio amministrazione - Marini Trasporti
""")
    m(B, "it", "o2", "O", "coffee shop: pasted 'Errore 500' hit by every customer at checkout, orders stopped",
      "pagamenti ko sul sito", """
Ciao, da mezz'ora TUTTI i clienti che arrivano al checkout del nostro shop si beccano questo:

Errore 500 - Internal Server Error
Ref: cb-7f21a9e0

Ci hanno scritto in sei su Instagram, ordini fermi. Abbiamo provato da tre telefoni diversi, stessa cosa. Noi non abbiamo toccato niente.

Fede - Bottega del Caffè
""")
    m(B, "it", "o3", "O", "tills in all three Turin-area shops show 'Impossibile contattare il server (0x2F)'; their internet works",
      "casse ferme in tutti i negozi", """
Buongiorno,

le casse non vanno in nessuno dei nostri tre negozi (Torino centro, Moncalieri, Rivoli): all'avvio compare «Impossibile contattare il server (codice 0x2F)» e non si riesce a battere nemmeno uno scontrino. Il collegamento internet funziona, abbiamo verificato.

È un problema vostro generale? Ci serve sapere quanto dura, dobbiamo decidere se chiudere.

Grazie
Simona Ferrero
Responsabile punti vendita
""", fmt="html")
    m(B, "it", "o4", "O", "follow-up 'Ancora giù' above the support's incident acknowledgement; nobody on his team can work since 10",
      "Re: [#61204] Piattaforma non raggiungibile", """
Ancora giù. Sono le 15 e da stamattina alle 10 nessuno dei miei riesce a lavorare. Ma almeno una stima ce la date?

Il giorno mer 25 nov 2026 alle ore 11:05 Assistenza <support@example.com> ha scritto:
> Gentile cliente,
> siamo a conoscenza di un disservizio che interessa alcuni clienti. I nostri tecnici sono al lavoro per ripristinare il servizio il prima possibile.
> Ci scusiamo per il disagio.
""", fmt="qp")
    m(B, "it", "o5", "O", "two-topic mail: licences still billed, then the warehouse app won't open for anyone; long confidentiality footer",
      "fattura ottobre + app magazzino", """
Buongiorno dott.ssa Rinaldi,

le scrivo per due questioni.

La prima: nella fattura di ottobre ci sono ancora addebitate le 3 licenze che abbiamo disdetto a settembre (le trova nel ticket 28810). Mi fa sapere se ci emettete una nota di credito?

La seconda, più urgente: da stamattina l'app per i magazzinieri non si apre per nessuno, né sui palmari né sui tablet. Resta sul logo e poi torna alla home del dispositivo. I ragazzi stanno preparando gli ordini su carta. Ci può far chiamare da un tecnico?

Grazie e buona giornata,
Gianni Pellegrini
Responsabile logistica
Pellegrini Forniture Alberghiere S.p.A.

Le informazioni contenute nella presente comunicazione e i relativi allegati possono essere riservate e sono, comunque, destinate esclusivamente alle persone o alla Società sopraindicati. La diffusione, distribuzione e/o copiatura del documento trasmesso da parte di qualsiasi soggetto diverso dal destinatario è proibita.
""")
    m(B, "it", "o6", "O", "clinic reception: spinner only, no page of the management software loads for the 12-person desk",
      "tutto bloccato", """
Salve,
da un'ora a tutto il reparto accettazione la rotellina gira e basta, non si carica nessuna pagina del gestionale. Siamo in 12 e abbiamo la fila di pazienti. Il resto di internet va. Vi prego, qualcuno ci dia notizie.
Poliambulatorio San Luca - Accettazione
""", fmt="alt")
    # Italian hard negatives
    m(B, "it", "n1", "", "swearing at a broken Excel export ('porca miseria', 'che schifo di aggiornamento'), no insult; own issue",
      "export che schifo", """
Ma porca miseria, questo export in Excel è di nuovo rotto: le date escono tutte sballate (01/01/1900) e gli importi con la virgola al posto sbagliato. Che schifo di aggiornamento, ogni volta si rompe qualcosa. Mi dite quando lo sistemate? Devo mandare tutto al commercialista entro lunedì.
Sergio
""")
    m(B, "it", "n2", "", "florist's happy feature request with idioms ('ucciderei per', 'mi sta uccidendo'), emoji",
      "suggerimento", """
Ciao a tutti!
Uso la vostra app per il mio negozio di fiori e la adoro, però ucciderei per una modalità scura: la sera dopo la chiusura faccio gli ordini e lo schermo bianco mi ammazza gli occhi. E quel pop-up "Hai visto le novità?" ogni volta che entro mi fa impazzire, mi sta uccidendo lentamente 😅
Per il resto siete fantastici, continuate così!
Valentina
""")
    m(B, "it", "n3", "", "trattoria owner quotes an obscene fake review about her staff and asks how to remove it",
      "recensione offensiva da rimuovere", """
Buongiorno,
sulla pagina prenotazioni del mio ristorante (fatta con il vostro servizio) è comparsa questa recensione: "Il cameriere è un ritardato e la proprietaria una vacca, andate a fare in culo tutti". Il cliente non è nemmeno mai venuto, in quella data eravamo chiusi.
Come posso farla rimuovere? Si può segnalare l'utente?
Grazie,
Rosa Amato
Trattoria da Rosa
""")
    m(B, "it", "n4", "", "engineer's sarcastic, demanding reply to a 30% price increase; angry but no insult or legal threat",
      "Nuovo listino prezzi", """
Buongiorno,

complimenti davvero: aumento del 30% del canone comunicato con una mail di tre righe, a dieci giorni dal rinnovo. Un tempismo perfetto, non c'è che dire.

Pretendo di mantenere il prezzo attuale fino alla scadenza naturale del contratto, oppure la possibilità di recedere senza penali. Attendo una risposta scritta entro venerdì.

Ing. Paolo Cattaneo
""", fmt="html")
    m(B, "it", "n5", "", "law firm asks where servers are hosted and about a year-end archive export; forensic secrecy disclaimer",
      "Domande su hosting e archivio - Studio Legale Marchi", """
Buongiorno,

per i nostri adempimenti interni vorrei sapere in quale paese sono ospitati i server su cui conservate i nostri documenti e se è possibile ottenere, a fine anno, un export completo dell'archivio in un formato leggibile senza la vostra piattaforma.

Cordiali saluti

Avv. Francesca Marchi
Studio Legale Marchi
Corso Vittorio Emanuele II 88, 10121 Torino
Tel. 011 555 2840

Il presente messaggio e gli eventuali allegati sono di natura confidenziale e coperti da segreto professionale ai sensi del Codice Deontologico Forense. Qualora il messaggio Le fosse pervenuto per errore, La preghiamo di cancellarlo immediatamente e di darne notizia al mittente. Ogni utilizzo non autorizzato è vietato e perseguibile ai sensi di legge.
""")
    m(B, "it", "n6", "", "friendly GDPR art. 17 erasure request after closing her business, no threat",
      "Richiesta di cancellazione account e dati", """
Buongiorno,

ho chiuso la mia attività e non userò più il vostro servizio. Vi chiedo quindi, ai sensi dell'art. 17 del GDPR, di cancellare il mio account e tutti i dati personali collegati, compresi i dati dei miei clienti che avevo caricato in rubrica.

Mi fate sapere quando è stato fatto? Grazie e buon lavoro, mi sono trovata bene.

Carla Testa
""", fmt="qp")
    m(B, "it", "n7", "", "carpentry firm: 'nobody wants to sue anybody', just reverse the double charge of 2,400 euros",
      "R: doppio addebito", """
Buongiorno,
nessuno vuole fare causa a nessuno, ci mancherebbe, ma capirete che 2.400 euro addebitati due volte per una piccola azienda come la nostra non sono pochi. Ci serve solo che venga stornato il secondo addebito entro fine mese, anche una nota di credito va benissimo.
Grazie della comprensione,
Monica Villa - amministrazione
Falegnameria Villa s.n.c.
""")
    m(B, "it", "n8", "", "mechanic sued by a former employee at the labour court; his lawyer needs a clock-in export from the software",
      "export presenze 2025 - urgente", """
Buongiorno,
un mio ex dipendente mi ha fatto causa davanti al giudice del lavoro sostenendo di aver fatto straordinari non pagati. Il mio avvocato mi chiede l'estratto completo delle timbrature di questa persona da gennaio 2025 a giugno 2026, con gli orari di entrata e uscita come registrati dal vostro sistema.
Come faccio a estrarlo in un formato che valga come documento? Serve una vostra attestazione?
Grazie
Walter Bruno
Autofficina Bruno
""", fmt="b64")
    m(B, "it", "n9", "", "hotel account administrator wants to make the new director a second admin, keeping her own rights",
      "secondo amministratore", """
Buongiorno, sono l'amministratrice dell'account dell'Hotel Belvedere. Vorrei dare il ruolo di amministratore anche al nostro nuovo direttore, il dott. Rossi, che è già utente, mantenendo anche i miei permessi. Dal pannello non trovo l'opzione per cambiare il ruolo a un utente esistente. Mi aiutate?
Grazie, Elisa Fontana
""")
    m(B, "it", "n10", "", "user changed her own mobile number and wants her own 2FA number updated; Latin-1",
      "nuovo numero di cellulare per i codici", """
Buongiorno,
ho cambiato operatore e anche numero di cellulare, quindi i codici di verifica arrivano ancora sul vecchio numero che non ho più. Come posso aggiornare il numero sul MIO account? Riesco ancora a entrare dal computer dell'ufficio dove ero già collegata, perché lì non chiede il codice.
Grazie,
Giovanna Serra
""", charset="iso-8859-1")
    m(B, "it", "n11", "", "new co-op worker asks who the account admin is so she can ask to be enabled",
      "chi è l'amministratore del nostro account?", """
Salve, lavoro da poco alla Cooperativa Il Girasole e dovrei gestire i turni sulla vostra app, ma non ho i permessi. Qui nessuno si ricorda chi ha creato l'account. Potete dirmi almeno il nome o l'email dell'amministratore, così gli chiedo di abilitarmi?
Grazie mille
Irene
""")
    m(B, "it", "n12", "", "owner of a new subscription: staff invitation link expired, wants to book the onboarding session",
      "invito onboarding scaduto", """
Buongiorno,
abbiamo appena attivato l'abbonamento e il link di invito per creare gli account dei miei 5 dipendenti risulta scaduto quando lo aprono. Posso rigenerarlo io o dovete farlo voi? Inoltre vorrei prenotare la sessione di onboarding guidata inclusa nel piano Business.
Cordiali saluti,
Daniele Marino
Titolare - Marino Ottica
""", fmt="alt")
    m(B, "it", "n13", "", "haberdashery's own Fastweb line is broken; asks whether to use the phone app meanwhile",
      "senza linea da ieri", """
Buongiorno, da ieri pomeriggio la nostra linea Fastweb è guasta (hanno detto che il tecnico arriva giovedì) e quindi il gestionale in negozio non si collega. Col telefono in hotspot va, ma lentissimo. Volevo sapere se posso installare l'app sul telefono e fare gli scontrini da lì nel frattempo. Grazie. Anna, Merceria Anna
""")
    m(B, "it", "n14", "", "nightclub asks about the announced weekend maintenance overlapping its closing time",
      "manutenzione programmata", """
Salve, ho letto nella vostra mail che ci sarà una manutenzione programmata la notte tra sabato e domenica. Noi siamo una discoteca e chiudiamo alle 4: se la cassa si blocca alle 3 cosa succede agli scontrini? Potete spostarla o dirci a che ora esatta inizia?
Grazie, Luca - Staff Blue Moon Club
""")
    m(B, "it", "n15", "", "IT manager's SLA questions before renewal ('what if the platform goes down during the sales?')",
      "domande su SLA prima del rinnovo", """
Buongiorno,
prima di rinnovare il contratto per il 2027 vorremmo capire meglio lo SLA. Cosa succede se la piattaforma va giù durante i saldi di gennaio, per esempio per mezza giornata? Che tempi di intervento garantite e che tipo di rimborso è previsto? E avete una pagina di stato dove seguire eventuali disservizi in tempo reale?
Cordiali saluti,
Roberta Gatti
Responsabile IT - Gatti Moda S.r.l.
""")
    m(B, "it", "n16", "", "perfumery: card payments fail because of the bank's circuit (confirmed by the bank, 'not your fault'); how to correct till entries",
      "pagamenti con carta non passano", """
Buongiorno,
oggi i pagamenti con carta non passano sul POS. Ho già chiamato la banca e mi hanno confermato che è un problema loro, del circuito, in tutta la regione, quindi non è colpa vostra. Volevo solo sapere: se registro in cassa i pagamenti come "contanti" per non perdere le vendite, poi posso correggerli? E come?
Grazie
Ivana, Profumeria Ivana
""")
