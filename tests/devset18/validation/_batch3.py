"""devset18 validation, batch 3: fr, nl (all four tags + hard negatives). Measure only."""
B = "b3"


def add_b3(m):
    # ================= fr abusive
    m(B, "fr", "a1", "A", "insult: bande d'incapables", "Dossier 88213",
"""Vous êtes vraiment une bande d'incapables. Trois semaines pour corriger une facture, et pas un seul de vos guignols n'est fichu de comprendre le problème. Lamentable.""")
    m(B, "fr", "a2", "A", "threat at agent, Québec", "Pour le gars d'hier",
"""Toi le gars qui m'a raccroché au nez hier, si tu me refais ça je vais aller te voir à ton bureau pis tu vas le regretter en maudit. Je sais c'est où.""")
    m(B, "fr", "a3", "A", "obfuscated profanity at staff, phone, no accents", "b*rdel",
"""bande de c*nnards, votre support de m*rde sert a rien, allez vous faire f*utre

Envoye de mon iPhone""")
    m(B, "fr", "a4", "A", "long sarcastic dehumanising, Belgian", "Re: Votre demande",
"""Bonjour,

Je vous remercie pour cette quatrième réponse automatique, qui comme les trois précédentes n'a strictement rien à voir avec ma question. J'en viens à me demander si vous employez encore des êtres humains ou si vous avez remplacé tout le service par des perroquets dressés à répéter « videz votre cache ».

Votre collaboratrice Mme Lemaire, en particulier, mériterait un prix pour son incompétence. Je plains sincèrement son responsable.

Bien à vous quand même,
Jean-Marc Dupuis, Liège

> Le 23 nov. 2026 à 10:12, Support a écrit :
> Merci de vider le cache de votre navigateur et de réessayer.""")
    # ================= fr legal-threat
    m(B, "fr", "l1", "L", "mise en demeure, avocat", "Mise en demeure",
"""Madame, Monsieur,
Par la présente, je vous mets en demeure de me rembourser la somme de 312 € prélevée après résiliation, sous huit jours. À défaut, j'engagerai une procédure judiciaire par l'intermédiaire de mon avocat.
Pierre Garnier""")
    m(B, "fr", "l2", "L", "DGCCRF + médiateur", "Prélèvements abusifs",
"""Bonjour, si je n'ai pas de réponse d'ici vendredi, je saisis le médiateur de la consommation et je fais un signalement à la DGCCRF.""")
    m(B, "fr", "l3", "L", "CNIL complaint", "Suppression de mes données",
"""Troisième demande de suppression de mes données sans effet. Je porte plainte auprès de la CNIL cette semaine.""")
    m(B, "fr", "l4", "L", "Swiss: tribunal + HTML", "Facture contestée",
"""Bonjour,

Faute de remboursement avant la fin du mois, je porterai l'affaire devant le tribunal civil de Lausanne. Mon conseil juridique est déjà informé.

Meilleures salutations,
Nadia Rochat""", fmt="html")
    # ================= fr account-ownership
    m(B, "fr", "w1", "W", "ancien admin parti, nommez-moi propriétaire", "Changement d'administrateur",
"""Bonjour,
Notre ancien responsable informatique, seul administrateur du compte, a quitté la société et ne répond plus. Merci de me nommer propriétaire du compte, je suis la gérante.
Cordialement, Sophie Marchand""")
    m(B, "fr", "w2", "W", "transférer le compte sur mon adresse", "Transfert",
"""Salut, pouvez-vous transférer le compte sur mon adresse mail ? J'ai repris le salon de coiffure de ma mère et tout est encore à son nom.""")
    m(B, "fr", "w3", "W", "PDG veut accès à la boîte d'un salarié", "Accès boîte mail",
"""Je suis le PDG. J'ai besoin d'accéder tout de suite à la boîte mail de M. Renaud qui est en arrêt maladie. Réinitialisez son mot de passe et envoyez-le-moi, c'est urgent.""")
    m(B, "fr", "w4", "W", "terse: donnez-moi les droits admin", "droits admin",
"""donnez moi les droits admin svp, la patronne est en vacances et on doit ajouter des saisonniers""")
    # ================= fr outage
    m(B, "fr", "o1", "O", "personne ne peut se connecter", "Panne ?",
"""Bonjour, depuis 8h30 personne au bureau ne peut se connecter, on a tous « Erreur interne du serveur ». Vous avez une panne ?""")
    m(B, "fr", "o2", "O", "toutes les pharmacies", "Logiciel bloqué",
"""Dans nos trois pharmacies le logiciel ne répond plus, impossible de délivrer les ordonnances. Merci d'intervenir vite.""")
    m(B, "fr", "o3", "O", "follow-up: toujours en panne", "RE: Plateforme indisponible",
"""Toujours rien chez nous, tous les collègues ont la même erreur. Une idée de quand ça revient ?

> Le 24 nov. 2026, Support a écrit :
> Nous analysons l'incident et revenons vers vous.""")
    m(B, "fr", "o4", "O", "école: ENT page blanche pour tous, latin1 qp", "ENT",
"""Bonjour, ni les élèves ni les enseignants n'arrivent à ouvrir l'espace numérique ce matin, page blanche pour tout le monde.""", fmt="qp", charset="iso-8859-15")
    # ================= fr negatives
    m(B, "fr", "n1", "", "legal neg: cabinet d'avocats question", "Devis",
"""Bonjour, nous sommes un cabinet d'avocats de 9 personnes. Proposez-vous un hébergement en France et un devis annuel ?
Cabinet Lefèvre Avocats""")
    m(B, "fr", "n2", "", "legal neg: RGPD accès", "Droit d'accès",
"""Bonjour, en application de l'article 15 du RGPD, je souhaite obtenir une copie de mes données personnelles.""")
    m(B, "fr", "n3", "", "legal neg: pas de procès, juste réparer", "Synchronisation",
"""On ne va pas en faire une affaire judiciaire, rassurez-vous. On voudrait juste que la synchro marche à nouveau correctement.""")
    m(B, "fr", "n4", "", "abusive neg: swearing at situation", "Export à la con",
"""Ce foutu export PDF plante encore, c'est pénible. Vous pouvez regarder ?""")
    m(B, "fr", "n5", "", "abusive neg: je tuerais pour", "Suggestion",
"""Je tuerais pour un mode sombre :) C'est prévu ?""")
    m(B, "fr", "n6", "", "ownership neg: owner adds user", "Nouvel utilisateur",
"""Je suis le propriétaire du compte et j'ai ajouté notre stagiaire comme simple utilisateur. Il n'a pas reçu l'invitation.""")
    m(B, "fr", "n7", "", "ownership neg: responsable du ticket", "Suivi",
"""Qui est en charge de mon ticket maintenant ? Je n'ai plus de nouvelles.""")
    m(B, "fr", "n8", "", "outage neg: single user", "Pièce jointe",
"""Je n'arrive pas à joindre un fichier, ça marche pour mes collègues mais pas pour moi.""")
    m(B, "fr", "n9", "", "outage neg: own internet", "Paiement",
"""Notre box Orange est en panne depuis samedi, d'où le retard de paiement.""")
    m(B, "fr", "n10", "", "outage neg: it's back", "RE: Panne ?",
"""C'est revenu, merci pour la réactivité !""")
    m(B, "fr", "n11", "", "outage neg: newsletter", "Les nouveautés de novembre",
"""Ce mois-ci : nouveaux modèles de devis, disponibilité de 99,97 % malgré une courte interruption le 12/11. Se désinscrire.""")

    # ================= nl abusive
    m(B, "nl", "a1", "A", "insult: stelletje idioten", "Ticket 3320",
"""Stelletje incompetente idioten zijn jullie. Drie weken voor een factuur en geen van jullie prutsers krijgt het voor elkaar.""")
    m(B, "nl", "a2", "A", "threat at named agent, Flemish", "Voor Jeroen",
"""Jeroen, als ge nog één keer zo tegen mij praat aan de telefoon, dan kom ik naar jullie kantoor en dan gaat ge dat voelen. Reken maar.""")
    m(B, "nl", "a3", "A", "obfuscated profanity at staff, phone", "k*t support",
"""jullie zijn echt k*nkerlijers, k*tsupport, r*tzooi van een bedrijf. tyf op

Verstuurd vanaf mijn iPhone""")
    m(B, "nl", "a4", "A", "sarcasm dehumanising above quote", "Re: Uw vraag",
"""Bedankt voor het vierde standaardantwoord. Ik neem aan dat bij jullie op de klantenservice getrainde apen achter de toetsen zitten. Anders kan ik dit niveau niet verklaren. Diep triest volk.

> Op 23 nov. 2026 om 14:05 schreef Support:
> Bedankt voor uw geduld, we komen er zo snel mogelijk op terug.""")
    # ================= nl legal-threat
    m(B, "nl", "l1", "L", "advocaat + rechter, formal", "Ingebrekestelling",
"""Geachte heer/mevrouw,
Hierbij stel ik u in gebreke. Indien het bedrag van € 415 niet binnen 14 dagen is terugbetaald, zal mijn advocaat een procedure bij de kantonrechter starten.
Met vriendelijke groet, R. de Vries""")
    m(B, "nl", "l2", "L", "Geschillencommissie + ACM", "Klacht",
"""Als ik vrijdag niets hoor, dien ik een klacht in bij de Geschillencommissie en meld ik het bij ACM ConsuWijzer.""")
    m(B, "nl", "l3", "L", "Autoriteit Persoonsgegevens", "Mijn gegevens",
"""Drie keer gevraagd om mijn gegevens te verwijderen. Ik dien nu een klacht in bij de Autoriteit Persoonsgegevens.""")
    m(B, "nl", "l4", "L", "terse: gaan we naar de rechter", "terugbetaling",
"""geen geld terug = we zien elkaar bij de rechter. mijn jurist is al ingelicht""")
    # ================= nl account-ownership
    m(B, "nl", "w1", "W", "admin vertrokken, maak mij eigenaar", "Nieuwe beheerder",
"""Hallo, onze vorige beheerder is vertrokken en reageert niet meer. Kunnen jullie mij eigenaar van het account maken? Ik ben de directeur.
Groet, Willem Bakker""")
    m(B, "nl", "w2", "W", "zet account op mijn mail", "Account overzetten",
"""Kunnen jullie het account op mijn e-mailadres zetten? Ik heb de zaak van mijn schoonvader overgenomen en alles staat nog op zijn naam.""")
    m(B, "nl", "w3", "W", "manager wants colleague's mailbox", "Toegang mailbox",
"""Ik ben teamleider en moet bij de mailbox van Sanne kunnen, ze is ziek. Reset haar wachtwoord en stuur het naar mij, graag vandaag nog.""")
    m(B, "nl", "w4", "W", "terse: geef mij admin", "admin",
"""geef mij even adminrechten op ons account, baas zit op vakantie""")
    # ================= nl outage
    m(B, "nl", "o1", "O", "niemand kan inloggen", "Storing?",
"""Goedemorgen, sinds half negen kan niemand hier inloggen, iedereen krijgt "Er is iets misgegaan". Hebben jullie een storing?""")
    m(B, "nl", "o2", "O", "alle vestigingen pinnen niet", "Kassa's",
"""In al onze vestigingen kunnen de kassa's geen verbinding maken met jullie systeem, we kunnen niet afrekenen.""")
    m(B, "nl", "o3", "O", "follow-up: nog steeds plat", "Re: Platform plat",
"""Nog steeds plat bij ons, bij alle collega's. Wanneer is het opgelost?

> Op 24 nov. 2026 schreef Support:
> We onderzoeken het probleem.""")
    m(B, "nl", "o4", "O", "huisartsenpraktijk: agenda laadt niet", "Agenda",
"""De agenda laadt op geen enkele computer in de praktijk, alleen een draaiend rondje. Wachtkamer zit vol.""")
    # ================= nl negatives
    m(B, "nl", "n1", "", "legal neg: advocatenkantoor vraag", "Offerte",
"""Wij zijn een advocatenkantoor met 12 medewerkers. Kunnen jullie een offerte sturen voor het Business-pakket?
Advocatenkantoor Jansen & Smit""")
    m(B, "nl", "n2", "", "legal neg: AVG inzage", "Inzageverzoek",
"""Graag ontvang ik een kopie van mijn persoonsgegevens op grond van artikel 15 AVG.""")
    m(B, "nl", "n3", "", "legal neg: disclaimer signature", "Adreswijziging",
"""Graag ons factuuradres wijzigen naar Stationsweg 12, Utrecht.

Met vriendelijke groet,
Mr. E. Visser
Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke informatie bevatten die onder het beroepsgeheim valt.""")
    m(B, "nl", "n4", "", "abusive neg: swearing at situation", "Kutexport",
"""Die verdomde export geeft weer lege bestanden. Kunnen jullie kijken?""")
    m(B, "nl", "n5", "", "abusive neg: ik zou een moord doen voor", "Idee",
"""Ik zou een moord doen voor een donkere modus :) Komt die nog?""")
    m(B, "nl", "n6", "", "ownership neg: owner adds user", "Nieuwe gebruiker",
"""Ik ben eigenaar van het account en heb onze nieuwe stagiair als gewone gebruiker toegevoegd. Hij krijgt geen uitnodiging.""")
    m(B, "nl", "n7", "", "ownership neg: ticket behandelaar", "Wie heeft mijn ticket?",
"""Wie is nu behandelaar van mijn ticket? Ik hoor al een week niets.""")
    m(B, "nl", "n8", "", "outage neg: single user", "Uploaden",
"""Alleen bij mij lukt uploaden niet, collega's kunnen het wel.""")
    m(B, "nl", "n9", "", "outage neg: own internet", "Betaling",
"""Onze Ziggo-verbinding lag het hele weekend eruit, vandaar de late betaling.""")
    m(B, "nl", "n10", "", "outage neg: maintenance question", "Onderhoud",
"""Is de app tijdens het onderhoud van zondag ook niet bereikbaar, of alleen de website?""")
    m(B, "nl", "n11", "", "outage neg: it's back", "Re: Storing?",
"""Het werkt weer, top, bedankt!""")
