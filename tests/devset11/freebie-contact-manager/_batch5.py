"""devset11 freebie-contact-manager, batch 5 (written after b4 tuning; measured before tuning on it).
Weighted to freebie-demand and personal-contact recall; manager negatives are roles inside the
customer's own company and product features."""
B = "b5"

def add(m):
    # ---------------- en
    m(B, "en", "f8", "F", "any chance of a discount given the trouble (question form)", "Renewal",
"""Hi there, our renewal is coming up. Any chance of a discount on next year given all the trouble with the sync this autumn? We've been with you six years and it's been a rough few months.

Thanks, Moira""")
    m(B, "en", "f9", "F", "extend our subscription a couple of months at no cost", "Re: Apology",
"""Thanks for the apology. Considering the hassle, I'd appreciate it if you could extend our subscription by a couple of months at no cost to us.

Jonathan Reed""")
    m(B, "en", "f10", "F", "what's in it for us, competitors offer months free", "renewal talk",
"""so what's in it for us if we renew? two of your competitors are offering 3 months free to switch and after this year I'm tempted""")
    m(B, "en", "p8", "P", "email me from your own address instead of ticket system", "emails going to spam",
"""Hi Sam, any chance you could email me from your own work address instead of through the ticket system? Your ticket notifications keep ending up in our spam folder.

Thanks
Priyanka""")
    m(B, "en", "p9", "P", "lunch, reach you outside of work", "Thank you!",
"""Hey Chris, you've been incredibly helpful. Would love to grab lunch sometime and pick your brain, what's the best way to reach you outside of work?

Dan""")
    m(B, "en", "n19", "", "Christmas offer 3 months free for new customers, applies? (question)", "Christmas offer",
"""Hello, your Christmas offer on the website says 3 months free for new customers. Does that also apply if an existing customer switches to the annual plan? Regards, Claire""")
    m(B, "en", "n20", "", "HR compensation module bug", "Overtime compensation wrong",
"""Hi, in the payroll module the overtime compensation is calculated wrong for part-time staff since the last update: it uses 40 hours instead of their contract hours. Can you look into it? Thanks, HR team""")
    m(B, "en", "n21", "", "WhatsApp number of your support line", "WhatsApp support?",
"""Hi, do you have a WhatsApp number for the support line? It would be easier for our staff than email. Thanks""")
    m(B, "en", "n22", "", "our team leader asked me to request an export", "Timesheet export",
"""Hi, our team leader asked me to request an export of all timesheets for October as CSV. Is that something you can do? Thanks, Kirsty""")

    # ---------------- de
    m(B, "de", "f6", "F", "Preisreduzierung angebracht", "Vertragsverlängerung",
"""Guten Tag,

angesichts der zahlreichen Störungen in diesem Jahr halte ich eine Preisreduzierung für das kommende Vertragsjahr für angebracht.

Mit freundlichen Grüßen
Heinz Pohl""")
    m(B, "de", "f7", "F", "als Entschädigung Upgrade schenken", "Datenverlust",
"""Hallo, nach dem Datenverlust letzte Woche: Könnten Sie uns als kleine Entschädigung das Upgrade auf Business schenken? Das wäre ein faires Zeichen. Grüße, Carina""")
    m(B, "de", "p5", "P", "schick mir deine Handynummer per Mail", "Danke dir",
"""Hey Tom, danke dir! Schick mir doch einfach deine Handynummer per Mail, dann klären wir den Rest am Telefon. LG Jana""")
    m(B, "de", "m5", "M", "jemand der Entscheidungen treffen kann", "Vertragsproblem",
"""Ich möchte das mit jemandem besprechen, der bei Ihnen Entscheidungen treffen kann. Der Support kann mir offensichtlich nicht helfen.""")
    m(B, "de", "n10", "", "price of upgrade for 12 users", "Upgrade Preis",
"""Hallo, was kostet das Upgrade auf Business für 12 Nutzer im Jahr? Gruß, Ben""")
    m(B, "de", "n11", "", "Teamleiter-Zugang anlegen (product role)", "Teamleiter-Zugang",
"""Hallo, wie lege ich für unsere Schichtleitung einen Teamleiter-Zugang an, der nur die eigenen Mitarbeiter sieht? Danke, Olga""")

    # ---------------- da
    m(B, "da", "f5", "F", "forlænge abonnement uden beregning som kompensation", "Nedetid",
"""Hej, kan I ikke forlænge vores abonnement med en måned uden beregning som kompensation for nedetiden? Mvh Jesper""")
    m(B, "da", "p4", "P", "privat mail jeg kan skrive til", "Spørgsmål",
"""Hej Maria, har du en privat mail, jeg kan skrive til? Jeg vil helst ikke gå gennem jeres kundeportal hver gang. Hilsen Bo""")

    # ---------------- sv
    m(B, "sv", "f5", "F", "månadsavgift avskriven som kompensation", "Kompensation",
"""Hej, vi vill att ni skriver av en månadsavgift som kompensation för driftstoppet i oktober. Mvh Kristina Nyberg""")
    m(B, "sv", "p5", "P", "bara du och jag, ditt direktnummer", "Samtal",
"""Kan vi ta det här över telefon, bara du och jag? Vad är ditt direktnummer?""")
    m(B, "sv", "n8", "", "which number do I call for support", "Telefon",
"""Hej, vilket nummer ringer jag för att nå er support? Mvh Anton""")
    m(B, "sv", "n9", "", "vår chef vill ha fakturan på engelska", "Faktura engelska",
"""Hej, vår chef vill ha fakturan på engelska framöver. Går det att ändra? Tack, Sofia""")
    m(B, "sv", "n10", "", "thanks for the credit, arrived", "Krediten",
"""Tack för krediten på fakturan, den har kommit fram nu! /Petra""")

    # ---------------- nl
    m(B, "nl", "f5", "F", "verwacht dat jullie dit goedmaken met korting", "Levering",
"""Hallo, ik verwacht eerlijk gezegd dat jullie dit goedmaken, bijvoorbeeld met een paar maanden korting. Groet, Marieke""")
    m(B, "nl", "p5", "P", "stuur je LinkedIn", "Bedankt",
"""Hoi Bram, kun je me je LinkedIn sturen? Ik voeg je graag toe, misschien kunnen we in de toekomst nog eens samenwerken. Groet, Joost""")
    m(B, "nl", "n7", "", "korting voor stichtingen? (pricing q)", "Korting",
"""Goedemiddag, hebben jullie korting voor stichtingen? Wij zijn een kleine stichting met vrijwilligers. Groet, Lies""")
    m(B, "nl", "n8", "", "leidinggevenden leesrechten geven (product)", "Rechten",
"""Hoe geef ik de leidinggevenden in ons team leesrechten op de planning? Groet, Rob""")

    # ---------------- fr
    m(B, "fr", "f5", "F", "je sollicite un avoir sur ma prochaine facture", "Préjudice",
"""Madame, Monsieur,

Compte tenu du préjudice subi, je sollicite un avoir sur ma prochaine facture.

Cordialement,
Bernard Roux""")
    m(B, "fr", "p5", "P", "se voir en dehors du boulot", "Merci encore",
"""Merci encore Hugo ! On pourrait se voir en dehors du boulot pour en parler autour d'un verre ? Je t'envoie mon numéro. Karim""")
    m(B, "fr", "m5", "M", "dossier remonte à la direction", "Dossier 5567",
"""Je voudrais que mon dossier remonte jusqu'à la direction. Trois mois d'attente, c'est inacceptable.""")
    m(B, "fr", "n8", "", "me rappeler sur mon portable", "Rappel",
"""Bonjour, pouvez-vous me rappeler sur mon portable au 06 12 34 56 78 plutôt que sur le fixe ? Merci""")
    m(B, "fr", "n9", "", "je suis responsable administrative", "Adresse de facturation",
"""Bonjour, je suis responsable administrative chez Dumas SA et je voudrais modifier l'adresse de facturation. Merci, Hélène""")

    # ---------------- es
    m(B, "es", "f5", "F", "regalarnos diciembre por las molestias", "Molestias",
"""Hola, ¿podríais regalarnos el mes de diciembre por todas las molestias? Llevamos medio noviembre sin poder facturar. Un saludo, Ramón""")
    m(B, "es", "p5", "P", "correo personal, fuera de la plataforma", "Archivos",
"""Hola Ana, ¿me das tu correo personal? Así te mando los archivos directamente, fuera de la plataforma, que aquí no me deja adjuntar más de 5 MB.""")
    m(B, "es", "n9", "", "how to activate the free month you advertise", "Mes gratis",
"""Hola, ¿cómo activo el mes gratis de prueba que anunciáis en Instagram? No encuentro dónde. Gracias""")
    m(B, "es", "n10", "", "WhatsApp integration doesn't send reminders", "Recordatorios WhatsApp",
"""Buenas, la integración con WhatsApp no está enviando los recordatorios de cita a nuestros clientes desde ayer. ¿Sabéis qué pasa?""")
    m(B, "es", "n11", "", "gerente de nuestra tienda no recibe informes", "Informes",
"""Hola, el gerente de nuestra tienda no recibe los informes diarios por email desde el lunes. ¿Podéis revisarlo? Gracias""")

    # ---------------- it
    m(B, "it", "f5", "F", "non addebitarci novembre visto il disservizio", "Novembre",
"""Buongiorno, vi chiedo di non addebitarci il mese di novembre, visto il disservizio. Cordiali saluti, Giorgio""")
    m(B, "it", "p5", "P", "scriverti su WhatsApp, dammi il tuo numero", "Grazie",
"""Ciao Marta, posso scriverti su WhatsApp invece che qui? Dammi il tuo numero che ti mando le foto. Grazie!""")
    m(B, "it", "m5", "M", "mi metta in contatto con un suo responsabile", "Reclamo",
"""Mi metta in contatto con un suo responsabile, per cortesia. Sono stanco di risposte evasive.""")
    m(B, "it", "n7", "", "buono sconto newsletter dove inserirlo", "Buono sconto",
"""Salve, ho ricevuto il buono sconto con la newsletter, dove lo inserisco al momento del pagamento? Grazie""")
    m(B, "it", "n8", "", "indirizzo della sede per formazione", "Formazione",
"""Buongiorno, qual è l'indirizzo della vostra sede per la formazione in presenza di giovedì? Grazie, Laura""")

    # ---------------- pt
    m(B, "pt", "f5", "F", "oferecessem o upgrade como compensação", "Compensação",
"""Olá, gostaria que me oferecessem o upgrade para o plano Pro como compensação pelos problemas deste mês. Obrigado, Vasco""")
    m(B, "pt", "p5", "P", "me chamar no seu WhatsApp pessoal", "Atendimento",
"""Oi Camila, você poderia me chamar no seu WhatsApp pessoal? Fica mais fácil pra mim do que ficar abrindo chamado.""")
    m(B, "pt", "n7", "", "quanto custa plano anual, desconto à vista", "Preço",
"""Olá, quanto custa o plano anual? Há desconto para pagamento à vista? Obrigado""")
    m(B, "pt", "n8", "", "supervisor do turno da noite não consegue entrar", "Login",
"""Bom dia, o supervisor do turno da noite não consegue entrar no sistema desde ontem. Podem verificar? Obrigada""")

    # ---------------- pl
    m(B, "pl", "f5", "F", "anulowanie opłaty w ramach zadośćuczynienia", "Listopad",
"""Dzień dobry, proszę o anulowanie opłaty za listopad w ramach zadośćuczynienia za awarię. Pozdrawiam, Paweł""")
    m(B, "pl", "p5", "P", "numer bezpośredni do konsultanta", "Konsultant",
"""Dzień dobry, proszę mi podać numer bezpośredni do konsultanta, który prowadził moją sprawę w zeszłym tygodniu. Wolę rozmawiać z nim niż zaczynać od nowa.""")
    m(B, "pl", "m5", "M", "przekazać sprawę wyżej", "Reklamacja 991",
"""Proszę przekazać moją sprawę wyżej, bo na tym poziomie nikt nie potrafi jej rozwiązać.""")
    m(B, "pl", "n9", "", "zmieniłem numer, zaktualizować dane", "Zmiana numeru",
"""Dzień dobry, zmieniłem numer telefonu, proszę o aktualizację danych kontaktowych na koncie: 601 234 567. Tomasz""")

    # ---------------- ro
    m(B, "ro", "f5", "F", "o lună gratuită ca despăgubire", "Despăgubire",
"""Bună ziua, vă rog să ne acordați o lună gratuită ca despăgubire pentru întreruperea de săptămâna trecută. Cu stimă, Dan Stoica""")
    m(B, "ro", "p5", "P", "email personal al colegei", "Colega",
"""Bună ziua, îmi puteți da adresa de email personală a colegei care m-a ajutat marți? Aș vrea să-i scriu direct.""")
