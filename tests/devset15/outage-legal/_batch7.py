"""devset15 outage-legal, batch 7 = PRECISION batch (measured before tuning): hard negatives that touch
the round-13 entries (hired a lawyer for something else, 'still the same'/'tot la fel' on single-user
issues, 'skicka hem' = deliver, staff sent home for a storm, 'indisponibilité totale' of a person,
one new user without access, one document not accessible, 'ni chez moi ni chez mes collègues' for a
missing button, regulators with a non-threat verb) plus a few positives."""
B = "b7"

def add_b7(m):
    m(B, "en", "n1", "", "hired a lawyer for their own GDPR policy", "DPA request",
"""Hi, we've hired a lawyer to draft our privacy policy and she asked for your DPA and list of subprocessors. Could you send them?

Thanks, Ella""")
    m(B, "en", "n2", "", "still the same here: single user's avatar", "Re: Profile picture",
"""Still the same here, my profile picture won't update. Tried Chrome and Firefox.

Jo""")
    m(B, "en", "n3", "", "police station as a customer, delivery address", "Delivery address",
"""Please send the card readers to the police station on Main Street, that's where our canteen is. Thanks.

Sgt. Bell""")
    m(B, "en", "n4", "", "staff home early for the storm, reschedule", "Storm closure",
"""We're sending all staff home early because of the storm warning. Can you move tomorrow's onboarding call to Friday?

Karen""")
    m(B, "es", "n1", "", "hired a new lawyer to the firm, needs user", "Alta de usuario",
"""Hola, hemos contratado a una abogada nueva en el despacho. ¿Podéis darle de alta un usuario con los mismos permisos que Laura?

Gracias, Marta""")
    m(B, "es", "n2", "", "falla total hypothetical backup question", "Copias de seguridad",
"""Buenas, ¿qué pasa si hay una falla total de vuestros servidores? ¿Tenemos copia de nuestros datos en algún sitio?

Saludos, Julián""")
    m(B, "es", "n3", "", "seguimos igual about a quote", "RE: Presupuesto",
"""Seguimos igual con el presupuesto, todavía no nos ha llegado la versión con el descuento.

Ana""")
    m(B, "fr", "n1", "", "indisponibilité totale = on leave", "Absence",
"""Bonjour, je serai en indisponibilité totale du 2 au 9 décembre. Pour toute question, merci de contacter ma collègue Léa.

Cordialement, Hugo""")
    m(B, "fr", "n2", "", "new button missing for me and colleagues (feature, not outage)", "Nouveau bouton ?",
"""Bonjour, le nouveau bouton « Dupliquer » annoncé dans votre newsletter n'apparaît ni chez moi ni chez mes collègues. Faut-il l'activer quelque part ?

Merci, Yann""")
    m(B, "fr", "n3", "", "j'ai pris un avocat for a divorce, changes billing", "Changement d'adresse",
"""Bonjour, suite à ma séparation j'ai pris un avocat et je déménage : merci d'envoyer désormais les factures au 12 rue des Lilas, Nantes.

Véronique""")
    m(B, "it", "n1", "", "non è possibile utilizzare il codice due volte?", "Codice sconto",
"""Buongiorno, non è possibile utilizzare lo stesso codice sconto su due ordini diversi? Me lo confermate?

Grazie, Lucia""")
    m(B, "it", "n2", "", "mandare a casa = send to my home", "Spedizione lettore",
"""Potete mandare a casa mia il nuovo lettore di badge? In negozio non c'è nessuno fino a lunedì.

Fabio""")
    m(B, "it", "n3", "", "incaricato un avvocato to check contract before signing", "Contratto da firmare",
"""Prima di firmare abbiamo incaricato un avvocato di rivedere le condizioni. Potete mandarci il contratto in formato Word?

Saluti, Marina""")
    m(B, "pl", "n1", "", "one new employee has no access", "Dostęp dla nowej osoby",
"""Dzień dobry, nowa pracownica nie ma dostępu do systemu. Proszę o nadanie jej uprawnień administratora magazynu.

Pozdrawiam, Renata""")
    m(B, "pl", "n2", "", "rzecznik prasowy + zgłaszam (not a threat)", "Wywiad",
"""Dzień dobry, zgłaszam się jako rzecznik prasowy naszej spółdzielni - czy możemy opisać wdrożenie Waszego systemu w lokalnej gazecie?

Tadeusz""")
    m(B, "pl", "n3", "", "wynajęliśmy prawnika as staff of law firm", "Nowe konto",
"""Zatrudniliśmy nowego radcę prawnego w kancelarii, proszę o dodatkowe konto użytkownika.

Kancelaria Wiśniewski""")
    m(B, "ro", "n1", "", "one attached document not accessible", "Document",
"""Bună ziua, documentul atașat în ultimul email nu poate fi accesat, îl puteți retrimite?

Mulțumesc, Lavinia""")
    m(B, "ro", "n2", "", "tot la fel about colour in PDF", "Re: Culori PDF",
"""Tot la fel, logo-ul apare alb-negru in PDF. Mai verificati?

Teodora""")
    m(B, "ro", "n3", "", "am angajat un avocat nou în firmă", "Cont nou",
"""Am angajat un avocat nou în firmă și are nevoie de acces la modulul de contracte.

Silviu""")
    m(B, "sv", "n1", "", "skicka hem = deliver to home", "Kortläsare",
"""Hej, kan ni skicka hem en ny kortläsare till mig? Butiken är stängd i veckan.

/Mats""")
    m(B, "sv", "n2", "", "pop-up store without till, licence question", "Popup-butik",
"""Vi öppnar en popup-butik utan kassa i december, bara Swish. Behöver vi en extra licens då?

Hälsningar Tove""")
    m(B, "sv", "n3", "", "anlitat en jurist to review terms", "Avtalsgranskning",
"""Vi har anlitat en jurist för att granska ert avtal innan vi skriver på. Kan ni skicka det i Word?

Mvh Erik""")
    m(B, "da", "n1", "", "button completely gone after update (single feature)", "Knap forsvundet",
"""Eksport-knappen er helt væk efter opdateringen i går. Hvor finder jeg den nu?

Mvh Pia""")
    m(B, "da", "n2", "", "stadig det samme about invoice", "SV: Faktura",
"""Det er stadig det samme, fakturaen har den gamle adresse. Kan I rette den?

Niels""")
    m(B, "de", "n1", "", "staff sent home for storm, booking hours", "Sturmwarnung",
"""Wir haben wegen der Sturmwarnung alle Mitarbeiter heimgeschickt. Können Sie die Online-Buchung für heute sperren?

Grüße, Birgit""")
    m(B, "de", "n2", "", "Anwalt beauftragt for company purchase, wants access", "Zugang für Anwalt",
"""Wir haben für den Firmenkauf einen Anwalt beauftragt. Kann er einen Lesezugang zu den Verträgen bekommen?

Grüße, Stefan""")
    m(B, "nl", "n1", "", "advocaat ingeschakeld for other matter", "Toegang",
"""Voor de overname hebben we een advocaat ingeschakeld. Kan hij tijdelijk een account met leesrechten krijgen?

Groet, Henk""")
    m(B, "pt", "n1", "", "nada mudou about layout", "RE: Layout",
"""Nada mudou, o logotipo continua desfocado no orçamento.

Rita""")
    m(B, "pt", "n2", "", "contratei um advogado novo no escritório", "Novo utilizador",
"""Contratámos um advogado novo para o escritório. Podem criar-lhe um utilizador?

Paulo""")
    # ---- positives
    m(B, "en", "l1", "L", "hired a lawyer, threat", "Final",
"""I've hired a lawyer. Expect a letter from her office.

Brenda""")
    m(B, "pl", "l1", "L", "rzecznik konsumentów - zgłaszam", "Reklamacja",
"""Zgłaszam sprawę do rzecznika konsumentów, bo od miesiąca nie odpowiadacie.

Ewelina""")
    m(B, "sv", "o1", "O", "follow-up, still down for everyone", "SV: Nere",
"""Fortfarande nere för alla hos oss, ingen kommer in.

/Rolf""")
    m(B, "it", "o1", "O", "several shops, loanword down", "Tutti i negozi",
"""Il vostro cloud è down in tutti i nostri negozi da un'ora.

Gino""")
    m(B, "da", "o1", "O", "all branches, helt væk", "Alle afdelinger",
"""Hele systemet er helt væk i alle vores afdelinger.

Kurt""")
    m(B, "fr", "o1", "O", "follow-up: still nobody in", "RE: Panne",
"""Toujours rien, personne ne peut se connecter chez nous.

Aline""")
