"""batch 1 (measured before tuning): deadlines tied to real events (payroll, customs, trade fair,
audit), compensation in kind for a bad experience, private contact with a helpful agent;
negatives: polite 'when you have a moment', own phone number, switchboard, discount-policy questions."""
B = "b1"

def add_b1(m):
    # ---------------- en
    m(B, "en", "u1", "U", "payroll run tomorrow 6am, export broken", "payroll export - need this fixed tonight",
"""Hi,

Our payroll file has to be with the bank by 6am tomorrow or 140 people don't get paid before the holidays. The export button gives a blank CSV. I need someone on this tonight, not tomorrow.

Gareth Jones
Finance, Pembroke Marine""")
    m(B, "en", "f1", "F", "wants the next quarter comped after the mess", "Re: onboarding",
"""Honestly after the onboarding fiasco (3 missed calls, wrong data migrated twice) I think the least you can do is comp us the next quarter. We'll stay, but not at full price for a product we couldn't use for six weeks.

Tamsin""")
    m(B, "en", "p1", "P", "asks agent for his gmail to send photos outside tickets", "photos of the device",
"""hey Liam, the upload here keeps failing for big files. whats your gmail? ill just send you the photos of the wiring directly, easier for both of us

cheers
Mick""")
    m(B, "en", "n1", "", "polite 'whenever you get a chance' routine question", "Question about tags",
"""Hi there, whenever you get a chance, could you tell me whether tags can be renamed in bulk? No rush at all, just tidying up.

Thanks, Olivia""")
    m(B, "en", "n2", "", "customer gives own mobile for the courier", "Delivery contact",
"""Hi, for the replacement router please give the courier my mobile, 07700 900 412, as nobody is at reception on Fridays.

Regards, Imran Shah""", fmt="qp")
    # ---------------- de
    m(B, "de", "u1", "U", "Zollanmeldung läuft heute 14 Uhr ab", "Zollpapiere - Frist heute 14:00",
"""Guten Tag,

die Zollanmeldung für unsere Lieferung nach Norwegen muss heute bis 14 Uhr raus, sonst steht der LKW übers Wochenende an der Grenze. Ihr Tool erzeugt die Handelsrechnung nicht. Bitte melden Sie sich sofort.

Gruß
Dieter Kloss, Versand""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "f1", "F", "verlangt Gutschrift als Wiedergutmachung für Ausfall", "Ausfall letzte Woche",
"""Hallo,

wegen des dreitägigen Ausfalls letzte Woche erwarte ich eine Gutschrift über einen Monatsbeitrag. Das ist für uns das Mindeste an Wiedergutmachung.

Freundliche Grüße
Sabine Ortlieb""")
    m(B, "de", "n1", "", "Frage nach Rabattstaffel ab 50 Nutzern", "Mengenrabatt?",
"""Hallo zusammen, gibt es bei Ihnen eine Rabattstaffel ab 50 Lizenzen? Wir planen für nächstes Jahr und brauchen nur eine grobe Zahl. Danke, Jens""")
    m(B, "de", "p1", "P", "möchte die Mitarbeiterin privat treffen, Handynummer", "Vielen Dank Frau Yilmaz",
"""Liebe Frau Yilmaz,

Sie haben mir so geholfen. Darf ich Sie mal privat auf einen Kaffee einladen? Geben Sie mir doch Ihre Handynummer, dann machen wir was aus.

Herzlich
Reinhard""")
    # ---------------- da
    m(B, "da", "u1", "U", "messe starter i morgen, badges kan ikke printes", "Haster - messe i morgen",
"""Hej, vores messe åbner i morgen kl. 9 og vi kan ikke printe navneskilte fra systemet. Det haster virkelig, vi skal bruge en løsning i dag.

Mvh Lotte, Eventafdelingen""")
    m(B, "da", "f1", "F", "kræver gratis opgradering pga fejl", "Fejl i fakturamodul",
"""Jeg synes I skylder os en gratis opgradering til Pro efter alle de fejl i fakturamodulet det sidste halve år. Hilsen Henrik""")
    m(B, "da", "n1", "", "spørger om rabat til foreninger", "Foreningsrabat",
"""Hej, giver I rabat til idrætsforeninger? Vi er en lille håndboldklub. Venlig hilsen Jette""")
    # ---------------- sv
    m(B, "sv", "p1", "P", "vill ha handläggarens privata nummer för kvällar", "Tack Emil",
"""Hej Emil, tack för hjälpen igår! Kan du ge mig ditt privata nummer så jag kan ringa dig på kvällarna om det krånglar igen? /Gunnel""")
    m(B, "sv", "u1", "U", "revisionen i morgon, rapporten måste fram idag", "Brådskande: revisionsrapport",
"""Hej,

revisorerna kommer i morgon bitti och vi får inte ut rapporten över verifikationer ur systemet. Vi måste ha den idag, annars blir hela revisionen uppskjuten.

Mvh Anders Lund, ekonomichef""")
    m(B, "sv", "n1", "", "frågar vilket nummer växeln har", "Telefon",
"""Hej, vad har ni för nummer till växeln? Jag hittar det inte på hemsidan. /Kent""")
    # ---------------- nb
    m(B, "nb", "f1", "F", "krever gratis måned etter feilfakturering", "Feil faktura igjen",
"""Hei. Tredje gang dere fakturerer feil. Jeg forventer at neste måned blir gratis som plaster på såret. Mvh Ola Nordby""")
    m(B, "nb", "u1", "U", "kassen står, butikken åpner om en time", "HASTER kassesystem",
"""Kassesystemet starter ikke og butikken åpner om en time. Vi trenger hjelp nå!!

Trine, Sport1 Lillehammer""")
    # ---------------- fi
    m(B, "fi", "u1", "U", "kiireellinen, tilaukset jumissa", "Kiireellinen: tilaukset eivät lähde",
"""Hei, yksikään tilaus ei ole lähtenyt varastosta aamun jälkeen. Tämä on kiireellinen, tarvitsemme apua heti.

Terveisin Mikko""")
    m(B, "fi", "n1", "", "kysyy alennuksesta opiskelijoille", "Opiskelija-alennus",
"""Hei, onko teillä opiskelija-alennusta? Kiitos, Aino""")
    # ---------------- nl
    m(B, "nl", "u1", "U", "BV, jaarrekening moet morgen bij de bank", "Spoed: jaarcijfers",
"""Goedemiddag,

de bank wil morgenochtend onze jaarcijfers hebben voor de kredietverlenging en de rapportage crasht steeds. Kunnen jullie hier vandaag nog naar kijken? Het is echt dringend.

Met vriendelijke groet,
Wouter de Graaf""", fmt="b64")
    m(B, "nl", "p1", "P", "vraagt Insta van de medewerker", "Dankjewel Sanne",
"""Hoi Sanne, super bedankt! Wat is jouw insta? Dan volg ik je even, je bent echt een topper 😊 Groetjes Femke""")
    m(B, "nl", "n1", "", "geen haast, vraag over export", "Export naar Excel",
"""Hallo, geen haast hoor, maar kan ik de klantenlijst ook naar Excel exporteren? Groet, Hans""")
    m(B, "nl", "f1", "F", "eist korting op verlenging na slechte service", "Verlenging contract",
"""Beste,

we verlengen alleen als jullie ons 25% korting geven op het nieuwe contract. Na alle storingen van dit jaar is dat wel het minste.

Gr. Peter Vos""")
    # ---------------- fr
    m(B, "fr", "f1", "F", "exige un geste commercial: mois offert", "Réclamation facturation",
"""Bonjour,

Suite aux erreurs répétées sur nos factures, j'attends de votre part un geste commercial, à savoir au minimum un mois offert. Sans cela nous ne renouvellerons pas.

Cordialement,
Nathalie Guérin""", fmt="qp", charset="iso-8859-1")
    m(B, "fr", "p1", "P", "Québécois, demande le cell de l'agent", "Merci Jonathan",
"""Salut Jonathan, merci pour ton aide hier. Peux-tu me donner ton cell? Ça serait plus simple de te texter quand j'ai une question plutôt que d'ouvrir un billet. Bonne journée, Mélanie""")
    m(B, "fr", "n1", "", "tarif pour association, question", "Tarifs associations",
"""Bonjour, proposez-vous un tarif réduit pour les associations loi 1901 ? Merci d'avance, Claire""")
    m(B, "fr", "u1", "U", "salon demain, impossible d'imprimer les badges", "TRES URGENT impression",
"""On a le salon demain matin à 8h et rien ne s'imprime depuis votre logiciel. J'ai besoin d'une solution aujourd'hui impérativement.

Thierry""")
    # ---------------- es
    m(B, "es", "f1", "F", "exige 2 meses gratis por la caída", "Caída del servicio",
"""Buenas, después de estar dos días sin servicio exijo que nos regalen dos meses. No pienso pagar por algo que no funcionó. Saludos, Raúl""")
    m(B, "es", "p1", "P", "pide el WhatsApp personal de la agente para hablar fuera", "Gracias Marina",
"""Marina, mil gracias. ¿Me puedes dar tu número personal? Prefiero escribirte por WhatsApp a ti directamente que abrir tickets. Un abrazo, Toni""")
    m(B, "es", "n1", "", "cliente da su propio número para llamada", "Llamada",
"""Hola, si necesitan algo pueden llamarme a mi móvil 612 345 678 por las tardes. Gracias, Elena""")
    m(B, "es", "u1", "U", "es-MX, camión esperando en el andén", "urge - guía de embarque",
"""buenas, tengo un camion esperando en el anden y el sistema no me genera la guia de embarque. necesito que lo resuelvan ya, el chofer no se puede ir sin papeles

Beto - Almacen Monterrey""")
    # ---------------- it
    m(B, "it", "u1", "U", "scadenza F24 oggi, software bloccato", "Urgentissimo F24",
"""Buongiorno, oggi è l'ultimo giorno per l'F24 e il software non genera il file. Ci serve una soluzione entro le 16, altrimenti paghiamo la sanzione.

Grazie, Studio Rinaldi""")
    m(B, "it", "f1", "F", "pretende un upgrade gratuito", "Piano Base",
"""Dopo tre mesi di problemi pretendo che ci passiate al piano Premium senza costi aggiuntivi. Mi sembra il minimo. Cordiali saluti, Enzo Galli""")
    m(B, "it", "n1", "", "rimborso doppio addebito (refund, not freebie)", "Doppio addebito",
"""Buongiorno, mi avete addebitato due volte l'abbonamento di novembre. Potete rimborsarmi l'addebito in più? Grazie, Laura""")
    m(B, "it", "p1", "P", "vuole il numero privato del tecnico", "Tecnico Davide",
"""Salve, il tecnico Davide è stato bravissimo. Potreste girarmi il suo numero privato? Vorrei chiamarlo direttamente per un lavoro a casa mia. Grazie""")
    # ---------------- pt
    m(B, "pt", "u1", "U", "pt-BR, nota fiscal, caminhão parado", "URGENTE nota fiscal",
"""Pessoal, o sistema não emite a nota fiscal e o caminhão está parado aqui esperando. Preciso disso resolvido agora, cada hora parado é prejuízo.

Att, Fernando""")
    m(B, "pt", "f1", "F", "pt-PT, exige desconto na renovação", "Renovação",
"""Boa tarde, tendo em conta os problemas que tivemos este ano, exigimos um desconto de pelo menos 30% na renovação. Cumprimentos, Rui Matos""")
    m(B, "pt", "n1", "", "pergunta se há período grátis", "Teste grátis",
"""Oi, vocês têm período de teste grátis pro plano empresa? Valeu, Bia""")
    # ---------------- pl
    m(B, "pl", "u1", "U", "JPK deadline today, no Polish diacritics", "PILNE JPK",
"""Dzien dobry, dzis mija termin wysylki JPK a system nie generuje pliku. Prosze o pilna pomoc, to nie moze czekac do jutra.

Pozdrawiam, Krzysztof""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "p1", "P", "prosi o prywatny e-mail konsultanta", "Dziekuje Panie Tomku",
"""Panie Tomku, czy moglby Pan podac mi swoj prywatny adres e-mail? Wolalabym pisac bezposrednio do Pana. Pozdrawiam, Ewa""")
    m(B, "pl", "n1", "", "pyta o cenę pakietu", "Cennik",
"""Dzień dobry, ile kosztuje pakiet dla 20 użytkowników rocznie? Pozdrawiam, Adam""")
    # ---------------- ro
    m(B, "ro", "f1", "F", "cere o lună gratuită drept compensație", "Compensatie",
"""Buna ziua, din cauza intreruperii de saptamana trecuta va rog sa ne oferiti o luna gratuita drept compensatie. Multumesc, Andrei Popa""")
    m(B, "ro", "p1", "P", "cere Facebook-ul operatoarei", "Multumesc Ioana",
"""Ioana, esti minunata! Imi dai si mie Facebook-ul tau? Sa tinem legatura. Pupici, Raluca""")
    m(B, "ro", "n1", "", "în ritmul dvs, nu e grabă", "Intrebare raport",
"""Buna ziua, cand aveti timp, puteti sa-mi spuneti cum exportam raportul lunar? Nu e nicio graba. Multumesc""")
