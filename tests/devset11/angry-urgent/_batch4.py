"""devset11 angry-urgent, batch 4 (written after b3 + probe tuning, measured before tuning on it)."""
B = "b4"

def add_b4(m):
    # ---------------- en
    m(B, "en", "a1", "A", "exasperated, rhetorical, repeated", "Re: Re: Re: Missing stock",
"""Right, so we're on email number six now. Six. Each reply asks me for the same screenshots I already attached in the first one. At what point does someone actually read the thread before answering?

Jen""")
    m(B, "en", "a2", "A", "angry, threatening to leave, no stock words", "Done",
"""We moved our whole booking system to you in the spring because you promised it would 'just work'. Since then we've had double bookings every week and I've personally apologised to more guests than I can count. I'm not renewing and I'll be telling the other B&B owners in the association exactly why.

Marion""", free="U")
    m(B, "en", "u1", "U", "event: doors open at 6, check-in app not syncing", "Check-in app not syncing - doors at 6pm",
"""Hi,

Doors open at 6pm tonight for 1,200 guests and the check-in app isn't pulling the guest list. We've tried logging out and in on all 8 tablets. Can someone please look at it in the next hour? I'm on 07700 900555.

Tom Barker
Events""")
    m(B, "en", "u2", "U", "short: card payments declined, shop full", "card payments",
"""all card payments declining since 11, shop full of people, pls call asap 07700 900777""")
    m(B, "en", "n1", "", "calm, 'not good enough' about image resolution", "Export resolution",
"""Hi,

The PNG export resolution isn't good enough for our printed brochures (it comes out at 72 dpi). Is there a setting for higher resolution, or is that planned? No urgency, the brochure is due in March.

Many thanks,
Ruth""")
    m(B, "en", "n2", "", "polite planning: go live in January", "Onboarding plan",
"""Hello,

We're planning to go live in mid-January with about 40 users. Could you send us the onboarding checklist and let us know how long data migration usually takes? Whenever suits you this week is fine.

Best,
Ahmed""")
    m(B, "en", "n3", "", "resolved: nobody could work yesterday, thanks", "Re: Outage",
"""Hi Dan, yesterday was rough - nobody in the office could work for two hours - but since your fix everything's been smooth. Thanks for staying late to sort it.

Kate""")
    m(B, "en", "n4", "", "happy customer, exclamations, not angry", "You guys are the best!!",
"""Just had the quickest support chat of my life!! Issue solved in 5 min. Honestly speechless, thank you so much Mia!!""")

    # ---------------- de
    m(B, "de", "a1", "A", "exasperation, Textbausteine, rhetorical", "Schon wieder",
"""Und wieder dieselbe Antwort. Haben Sie meine Mail überhaupt gelesen? Ich habe doch geschrieben, dass ich den Cache schon gelöscht habe! Langsam habe ich das Gefühl, hier spreche ich mit einer Wand.""")
    m(B, "de", "u1", "U", "Kasse, Kunden warten, sofort", "Kasse startet nicht",
"""Guten Tag, unsere Kasse startet seit dem Update nicht mehr, Samstagvormittag, der Laden ist voll. Wir können nichts verkaufen. Bitte um sofortigen Rückruf unter 0711 987654. Bäckerei Maier""")
    m(B, "de", "n1", "", "calm bug, not urgent", "Sortierung falsch",
"""Hallo, in der Kundenliste werden Namen mit Umlaut am Ende einsortiert (Ärzte nach Z). Ist nicht dringend, nur ein Schönheitsfehler. Gruß, Bernd""")
    m(B, "de", "n2", "", "newsletter: jetzt handeln, letzte Chance", "Letzte Chance: Webinar morgen!",
"""Jetzt noch schnell anmelden! Unser Webinar "Buchhaltung automatisieren" startet morgen um 10 Uhr. Nur noch wenige Plätze frei.

Sie erhalten diese E-Mail, weil Sie Kunde bei uns sind. Newsletter abbestellen""", fmt="html")

    # ---------------- da
    m(B, "da", "a1", "A", "irritated, been promised, leaving", "Igen igen",
"""Hej

I lovede at fejlen var rettet i sidste uge. Det er den ikke. Jeg har brugt hele min fredag på at rette bookinger i hånden. Ærligt talt er jeg ved at miste tålmodigheden, og vi overvejer at finde et andet system.

Mvh Louise""")
    m(B, "da", "u1", "U", "shop: terminal down, need help now", "Terminal nede",
"""Hej, vores betalingsterminal er gået ned og der står en lang kø af kunder. Kan I ringe med det samme? 28 11 22 33. Mvh Anders, Cykelbutikken""")
    m(B, "da", "n1", "", "polite follow-up, no rush", "Opfølgning",
"""Hej Maja, jeg følger lige op på min mail fra i mandags om brugerrettigheder. Ingen stress, svar når det passer. Mvh Peter""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "angry, rhetorical, no response", "Chiar nu răspunde nimeni?",
"""Chiar nu răspunde nimeni la voi? Am trimis cinci emailuri în două săptămâni și nimic. E incredibil cum tratați clienții care plătesc la timp.

Gabriel Stan""")
    m(B, "ro", "u1", "U", "payroll today, bank file", "Fișier salarii - astăzi",
"""Bună ziua, trebuie să trimitem fișierul de salarii la bancă astăzi până la ora 14 și aplicația dă eroare la generare. Vă rog să ne contactați cât se poate de repede. Mulțumesc, Alina - HR""")
    m(B, "ro", "n1", "", "calm bug report 'nu e normal' neutral", "Sumă greșită pe factură",
"""Bună ziua, pe factura 1123 TVA-ul apare calculat de două ori. Probabil e o eroare de configurare. Când aveți timp, vă rog să verificați. Mulțumesc, Irina""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "angry at being ignored, competitor", "Brak odpowiedzi",
"""Od trzech tygodni próbuję się z Wami skontaktować i nic. Telefon nie odbierany, maile bez odpowiedzi. Tak się nie traktuje klientów. Przenosimy się do konkurencji z końcem miesiąca.

Krzysztof""")
    m(B, "pl", "u1", "U", "go-live tomorrow 7am, integration broken", "Start sklepu jutro o 7:00",
"""Dzień dobry, jutro o 7:00 startuje nasz nowy sklep, a integracja z płatnościami przestała działać. Musimy to mieć naprawione dziś, bardzo prosimy o pilną pomoc.

Michał Kowalczyk""")
    m(B, "pl", "n1", "", "polite, not urgent", "Pytanie",
"""Dzień dobry, czy można dodać drugi adres e-mail do faktur? Sprawa niepilna. Pozdrawiam, Ola""")

    # ---------------- es
    m(B, "es", "a1", "A", "Spain: tired, rhetorical, sarcasm", "Otra vez",
"""¿Otra vez? Tercera semana seguida que la app no sincroniza los pedidos y tengo que pasarlos a mano. Estoy cansada de pagar por algo que no funciona. ¿Alguien ahí se lo toma en serio?

Marta""")
    m(B, "es", "u1", "U", "clinic: appointments not loading, patients waiting", "No carga la agenda",
"""Buenos días, la agenda de citas no carga desde las 8 y tenemos la sala de espera llena de pacientes. Necesitamos ayuda inmediata, por favor. Clínica Dental Sonrisa, tel. 915 123 456""")
    m(B, "es", "n1", "", "calm, 'no es normal' neutral bug", "Duda sobre el IVA",
"""Hola, en la factura de octubre el IVA sale redondeado a la baja. No sé si es normal o si tengo algo mal configurado. Cuando podáis me lo comentáis. Gracias, Pablo""")

    # ---------------- fr
    m(B, "fr", "a1", "A", "angry, rhetorical, threaten to leave", "Inadmissible",
"""Bonjour,

Trois semaines sans pouvoir envoyer une seule facture et on me répond que « l'équipe technique est sur le coup ». Vous vous rendez compte de ce que ça coûte à une petite entreprise ? Si ce n'est pas réglé cette semaine, je change de logiciel.

Pierre Lefèvre""")
    m(B, "fr", "u1", "U", "payroll today, before 17h", "Paie à envoyer aujourd'hui",
"""Bonjour, nous devons transmettre la paie à la banque aujourd'hui avant 17h et l'export bancaire plante systématiquement. Pouvez-vous nous aider rapidement ? C'est vraiment pressant. Céline, service RH""")
    m(B, "fr", "n1", "", "resolved urgency, thanks", "RE: Accès bloqué",
"""Bonjour Karim, c'était urgent hier soir mais tout est rentré dans l'ordre ce matin. Merci beaucoup pour votre réactivité ! Amélie""")

    # ---------------- nl
    m(B, "nl", "a1", "A", "angry, sarcasm, leaving", "Bedankt hoor",
"""Nou bedankt hoor, voor helemaal niks. Twee weken geleden gemeld dat de facturen dubbel verstuurd worden, vandaag wéér. Mijn klanten denken dat ik ze probeer op te lichten. We stappen over naar een ander pakket.

Dennis""")
    m(B, "nl", "u1", "U", "webshop sale starts tonight, checkout broken", "Actie vanavond - checkout werkt niet",
"""Hallo, vanavond om 20:00 start onze grote actie en de checkout geeft een foutmelding bij elke betaling. Dit moet vandaag nog opgelost worden, anders missen we de hele omzet van het weekend. Graag met spoed contact.

Lotte, Webwinkel Groen""")
    m(B, "nl", "n1", "", "polite follow-up", "Herinnering",
"""Hoi, ik wilde even vriendelijk herinneren aan mijn vraag over de exportfunctie. Geen haast hoor! Groetjes, Eva""")

    # ---------------- sv
    m(B, "sv", "a1", "A", "fed up, rhetorical", "Nu räcker det",
"""Nu räcker det. Tredje gången den här månaden som hela schemat försvinner. Testar ni ens era uppdateringar innan ni släpper dem? Vi betalar inte för att vara era testpiloter.

/Fredrik""")
    m(B, "sv", "u1", "U", "VAT return today, portal rejects", "Momsdeklaration idag",
"""Hej! Momsdeklarationen måste in till Skatteverket idag och exporten ger fel format. Kan någon hjälpa oss under förmiddagen? Det är bråttom. /Eva, ekonomi""")
    m(B, "sv", "n1", "", "form: akutmottagning field, calm", "Fält i journalen",
"""Hej, i journalmallen finns fältet "Remiss till akutmottagning", men det går inte att skriva ut. Inte bråttom, men bra om det kan fixas framöver. /Ulrika""")

    # ---------------- it
    m(B, "it", "a1", "A", "angry, shouting partially, rhetorical", "ANCORA???",
"""Di nuovo la fattura sbagliata. ANCORA. Quante volte ve lo devo dire che la partita IVA è cambiata? Ma chi legge le mail da voi?

Stefano""")
    m(B, "it", "u1", "U", "hotel: check-ins stuck, guests waiting", "Check-in bloccati",
"""Buonasera, il gestionale non ci fa fare i check-in e abbiamo una fila di ospiti alla reception. Vi preghiamo di richiamarci immediatamente al 055 1234567. Hotel Bellavista""")
    m(B, "it", "n1", "", "polite planning, no urgency", "Informazioni migrazione",
"""Buongiorno, pensiamo di passare al vostro gestionale a febbraio. Potreste mandarci qualche informazione sulla migrazione dei dati? Nessuna fretta. Grazie, Laura""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "BR: angry, rhetorical, leaving", "Chega",
"""Chega. Terceira cobrança indevida em três meses e toda vez preciso ficar horas no chat pra resolver. Vocês acham isso normal? Estou cancelando e vou contar pra todo mundo como vocês tratam cliente.

Patrícia""")
    m(B, "pt", "u1", "U", "PT-PT: store opening in 1 hour, POS", "Abertura da loja daqui a uma hora",
"""Bom dia, abrimos a loja daqui a uma hora e o terminal de pagamento não liga. Precisamos de ajuda com urgência. Contacto: 912 345 678. Obrigado, Hugo""")
    m(B, "pt", "n1", "", "calm bug", "Relatório com data errada",
"""Olá, o relatório semanal está saindo com a data de ontem no cabeçalho. Nada grave, quando der vocês dão uma olhada. Abraço, Fábio""")
