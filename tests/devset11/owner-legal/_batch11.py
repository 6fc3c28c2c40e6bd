"""devset11 owner-legal, batch 11: Italian-heavy ownership (measured after b1-b10 tuning, before tuning on b11)."""
B = "b11"

def add(m):
    m(B, "it", "o48", "O", "make my account the main one instead of the old manager's", "account principale",
"""Buongiorno, potete rendere il mio utente quello principale al posto di quello del vecchio responsabile? Lui non lavora più qui e noi restiamo senza poter cambiare nulla. Grazie, Gabriele""")
    m(B, "it", "o49", "O", "I'm the sole owner now, I want the account transferred, no more excuses", "Basta scuse",
"""Adesso sono io l'unico proprietario della ditta. Voglio che l'account venga passato a me e basta, non accetto altre scuse o moduli da compilare. Fulvio""")
    m(B, "it", "o50", "O", "CFO: give me admin profile, the previous CFO has left, quarter closing", "chiusura trimestre",
"""Sono la nuova CFO. La collega che mi ha preceduto è andata via e aveva lei il profilo amministratore. Vi chiedo di assegnarlo a me entro domani per la chiusura del trimestre. Grazie, Marina Pellegrini""")
    m(B, "it", "o51", "O", "account registered with ex-employee's phone and email, replace with mine", "dati di accesso",
"""Salve, l'account è ancora registrato con il telefono e la mail di un ex dipendente. Sostituiteli con i miei: 340 1122334 e ordini@pasticceriarossi.it. Grazie, Rossi""")
    m(B, "it", "o52", "O", "we bought the company, want full ownership of the account asap", "Acquisizione",
"""Abbiamo acquistato l'azienda Verdi Serramenti e vogliamo la piena titolarità dell'account il prima possibile. Il vecchio proprietario è d'accordo ma non ha tempo. Saluti, Lucio Ferraro""")
    m(B, "it", "o53", "O", "unlock the account for me, it was our late colleague's", "collega scomparso",
"""Buongiorno, il nostro collega Sandro, che aveva creato l'account, è purtroppo scomparso la settimana scorsa. Dovete sbloccarlo e passarlo a me, sono il suo socio. Grazie, Umberto""")
    m(B, "it", "on40", "", "owner asks how to transfer a client record to another colleague in CRM", "CRM",
"""Ciao, come si assegna un cliente a un altro collega nel CRM? La collega che lo seguiva è andata in maternità. Grazie, Alice""")
    m(B, "it", "on41", "", "owner asks to update company address", "indirizzo",
"""Sono il titolare e vorrei aggiornare l'indirizzo della sede legale sul nostro profilo, ci siamo trasferiti. Grazie, Gianni""")
    m(B, "it", "on42", "", "question about who can see data, privacy policy", "privacy",
"""Buongiorno, chi del vostro staff può vedere i dati dei nostri clienti? Ci serve per l'informativa privacy. Grazie""")
    m(B, "it", "on43", "", "admin asks how to delete a former colleague's user", "utente ex collega",
"""Sono l'amministratore: come elimino l'utente di una ex collega senza perdere i documenti che ha caricato? Grazie, Mauro""")
    m(B, "sv", "o27", "O", "swap the owner's phone number to mine, he's on long sick leave", "Telefonnummer",
"""Byt telefonnumret för ägaren till mitt, han är långtidssjukskriven och vi behöver komma in i systemet. /Amanda""")
    m(B, "sv", "on25", "", "admin asks to invite temporary staff", "Extrapersonal",
"""Hej, jag är admin. Hur bjuder jag in extrapersonal över julen så att de bara ser sina egna pass? /Johan""")
    m(B, "pt", "o24", "O", "BR: I'm the new owner of the clinic, I need to be the account owner", "clínica",
"""Olá, sou a nova dona da clínica e preciso ser a proprietária da conta. A antiga dona vendeu tudo e foi morar fora. Obrigada, Larissa""")
    m(B, "pt", "on24", "", "owner asks if account can be paused", "Pausar",
"""Sou o titular da conta. É possível pausar a subscrição durante o verão? Obrigado""")
