"""devset16 requests, batch 7 (measured before any tuning on it): precision 2 and generalisation. The
customer's side directing support to their own boss ("please call our office manager", "speak to my
supervisor about the contract"), supervisors as product users, "escalate" of a ticket priority, a
manager quoted in history; feature words in bug reports and how-to; numbers and addresses of the company.
Positives in new wording in every language."""
B = "b7"

def add_b7(m):
    # ---------------- en
    m(B, "en", "n1", "", "please call our office manager (customer's side)", "Site visit",
"""Hi, for the installation on Monday please call our office manager, Trish, on 01632 960 123 to arrange parking. She'll let the engineer in.""")
    m(B, "en", "n2", "", "speak to my supervisor about the contract (customer's side)", "Contract renewal",
"""Hello, I'm not the decision maker for the renewal. You'll need to speak to my supervisor, Mr Adeyemi, he's copied here. Regards, Kola""")
    m(B, "en", "n3", "", "manager quoted in history, customer satisfied", "Re: Complaint 3310",
"""Thanks, that resolves it for me.

> I have reviewed your complaint as the Customer Service Manager and applied a credit of £40.
> Kind regards, Hannah Lowe""")
    m(B, "en", "n4", "", "raise ticket priority, not a person", "Priority",
"""Could you bump ticket 88120 to high priority? The export is blocking our month-end close. Thanks""")
    m(B, "en", "m1", "M", "AU: want to speak to someone who runs the place", "mate",
"""Righto, I've had enough of the bots and the scripts. Put me on to someone who actually runs the show over there, a manager, anyone with a bit of clout.""")
    m(B, "en", "m2", "M", "formal: request a senior review in writing", "Request for senior review",
"""Dear team,

I formally request that a senior manager reviews the handling of my claim and responds to me in writing within 14 days.

Regards,
P. Novak""")
    m(B, "en", "f1", "F", "UK: would be brilliant if you lot", "suggestion",
"""Would be brilliant if you lot added a way to split a bill between two payment cards. Loads of our customers ask for it at the till.""")
    m(B, "en", "f2", "F", "is there a way (there isn't): read receipts", "read receipts?",
"""Is there any way to see whether a client has opened the proposal we sent? Other tools show a little 'viewed' tick, would really help us chase at the right time.""")
    m(B, "en", "n5", "", "how-to with 'feature' word", "Where is the feature?",
"""You announced the new tagging feature last week but I can't see it in my account. Do I need to enable something?""")
    m(B, "en", "p1", "P", "engineer's own number", "Engineer visit",
"""The engineer, Raj, was great. Could you pass on his own mobile number? Our gate code changes weekly and I'd rather text him myself.""")
    m(B, "en", "n6", "", "company switchboard number", "Phone",
"""Is there a landline I can call? Your website only lists an 0800 number that doesn't work from abroad.""")
    # ---------------- de
    m(B, "de", "n1", "", "rufen Sie unseren Geschäftsführer an (Kundenseite)", "Vertrag",
"""Guten Tag, für die Vertragsverlängerung rufen Sie bitte direkt unseren Geschäftsführer Herrn Maier an: 089 123456.""")
    m(B, "de", "m1", "M", "Vorgesetzten einschalten", "Beschwerde",
"""Ich bitte Sie, Ihren Vorgesetzten einzuschalten. So kommen wir nicht weiter.""")
    m(B, "de", "f1", "F", "ich vermisse", "Feedback",
"""Hallo, tolle App! Ich vermisse nur eine Möglichkeit, Notizen farbig zu markieren.""")
    # ---------------- fr
    m(B, "fr", "n1", "", "appelez mon responsable (côté client)", "Renouvellement",
"""Bonjour, pour le renouvellement merci d'appeler directement mon responsable, M. Girard, au 01 23 45 67 89.""")
    m(B, "fr", "m1", "M", "je souhaite être recontacté par un manager", "Réclamation",
"""Je souhaite être recontactée par un manager, pas par un conseiller. Merci.""")
    m(B, "fr", "f1", "F", "il faudrait", "Suggestion",
"""Il faudrait pouvoir filtrer les commandes par transporteur, ce serait un vrai gain de temps.""")
    # ---------------- es
    m(B, "es", "n1", "", "hablad con mi jefe (lado cliente)", "Renovación",
"""Hola, para la renovación hablad directamente con mi jefe, Luis, que es quien firma. Gracias""")
    m(B, "es", "m1", "M", "que un responsable revise", "Queja",
"""Pido que un responsable de atención al cliente revise mi reclamación, por favor.""")
    m(B, "es", "p1", "P", "el móvil del técnico", "Técnico",
"""Hola, ¿me dais el móvil del técnico que vino ayer? Quiero avisarle yo directamente.""")
    # ---------------- it
    m(B, "it", "n1", "", "il responsabile del negozio", "Ritiro",
"""Buongiorno, il responsabile del negozio dice che il pacco non è arrivato. Potete verificare?""")
    m(B, "it", "f1", "F", "si potrebbe aggiungere", "Idea",
"""Ciao, si potrebbe aggiungere la possibilità di allegare foto alle note? Sarebbe comodissimo.""")
    # ---------------- pt
    m(B, "pt", "m1", "M", "pt-PT: peço que a chefia me contacte", "Reclamação",
"""Peço que a chefia do apoio ao cliente me contacte. Não estou satisfeito com a resposta.""")
    m(B, "pt", "f1", "F", "pt-BR: faz falta", "Sugestão",
"""Oi! Faz muita falta poder agendar mensagens para os clientes. Vocês pensam em colocar isso?""")
    m(B, "pt", "n1", "", "pt-BR: ligue para o suporte", "Suporte",
"""Qual o número do suporte? Preciso ligar hoje.""")
    # ---------------- nl
    m(B, "nl", "m1", "M", "manager erbij halen", "Klacht",
"""Kunt u er een manager bij halen? Ik kom met u niet verder.""")
    m(B, "nl", "p1", "P", "persoonlijk mailadres", "Bedankt",
"""Hoi Fleur, top geholpen! Heb je ook een persoonlijk mailadres? Dan stuur ik je wat foto's.""")
    # ---------------- sv
    m(B, "sv", "m1", "M", "någon med mandat", "Klagomål",
"""Jag vill att någon med mandat att fatta beslut ringer mig. Handläggarna kan inte hjälpa mig.""")
    m(B, "sv", "n1", "", "ring vår kontorschef (kundsidan)", "Installation",
"""Hej, ring gärna vår kontorschef Eva på 08-123 45 67 inför installationen.""")
    # ---------------- da
    m(B, "da", "f1", "F", "kunne I lave", "Forslag",
"""Hej, kunne I lave det sådan, at man kan se alle medarbejderes vagter i én oversigt? Det ville gøre planlægningen meget nemmere.""")
    m(B, "da", "p1", "P", "dit private nummer", "Tak",
"""Tak for hjælpen, Kasper! Må jeg få dit private nummer?""")
    # ---------------- pl
    m(B, "pl", "m1", "M", "rozmowa z kimś wyżej", "Skarga",
"""Chcę rozmawiać z kimś wyżej. Ta odpowiedź mnie nie satysfakcjonuje.""")
    m(B, "pl", "n1", "", "nasz kierownik zadzwoni (strona klienta)", "Wdrożenie",
"""Dzień dobry, w sprawie wdrożenia zadzwoni do Państwa nasz kierownik IT, pan Nowicki.""")
    # ---------------- ro
    m(B, "ro", "f1", "F", "ar fi util", "Sugestie",
"""Bună, ar fi util dacă ați putea adăuga exportul în Excel al rapoartelor lunare.""")
    m(B, "ro", "n1", "", "sunați-l pe directorul nostru (partea clientului)", "Contract",
"""Bună ziua, pentru semnarea contractului vă rog să-l sunați pe directorul nostru, dl. Ionescu.""")
