"""devset15 outage-legal, batch 1 (measured before tuning): outage follow-ups in the customer's own
thread ("still the same"), multi-branch reports; legal: found a lawyer, ombudsman, police, chargeback;
negatives: resolved follow-ups, law firm customers, 'we won't sue', single-user bug."""
B = "b1"

def add_b1(m):
    # ---------------- it
    m(B, "it", "o1", "O", "follow-up in own thread, still down, outage implied", "Re: Gestionale non raggiungibile",
"""Ancora niente, sono passate due ore e siamo sempre fermi. Nessuno dei miei colleghi riesce a entrare. Quando pensate di sistemare?

Davide

> Buongiorno, da stamattina il gestionale non si apre per nessuno in ufficio.""")
    m(B, "it", "o2", "O", "three branches, none can work", "Punti vendita bloccati",
"""Buongiorno, vi scrivo perché in tutti e tre i nostri negozi (Bergamo, Brescia e Crema) la cassa collegata al vostro sistema non comunica più col server da stamattina alle 9. Gli scontrini non partono. Siamo costretti a lavorare a mano.

Grazie
Elena Rota""")
    m(B, "it", "o3", "O", "passing mention inside invoice question", "Domanda sulla fattura di ottobre",
"""Salve, nella fattura di ottobre vedo un importo diverso da quello concordato, potete verificare? Ah, e comunque oggi la vostra piattaforma è di nuovo irraggiungibile, tutto l'ufficio è a braccia conserte da pranzo.

Saluti, Gianni""")
    m(B, "it", "n1", "", "follow-up: now works again, thanks", "Re: Gestionale non raggiungibile",
"""Ok adesso riusciamo a entrare tutti, grazie per la rapidità.

Davide

> Da stamattina il gestionale non si apre per nessuno in ufficio.""")
    m(B, "it", "l1", "L", "found a lawyer, will hear from him", "Contestazione addebiti",
"""Vi ho scritto tre volte per gli addebiti non autorizzati e nessuno mi ha risposto. Ho dato mandato a un avvocato, riceverete a breve una sua lettera.

Marco Ferri""")
    m(B, "it", "l2", "L", "AGCOM complaint threat, telecom", "Disdetta ignorata",
"""Ho inviato la disdetta a luglio con raccomandata e continuate a fatturare. Se entro 10 giorni non annullate tutto, presento segnalazione all'AGCOM e faccio ricorso al Corecom.

Antonella Greco""")
    # ---------------- da
    m(B, "da", "o1", "O", "follow-up: still the same, whole team", "Sv: Kan ikke logge ind",
"""Det er stadig det samme her. Ingen af os kan komme ind, og det har nu stået på hele formiddagen.

Mvh Søren

> Hej, vi kan ikke logge ind i systemet, det gælder hele kontoret.""")
    m(B, "da", "o2", "O", "several shops, booking down", "Booking virker ikke i nogen af vores butikker",
"""Hej

Vores kunder kan ikke booke tider i nogen af vores fire saloner. Siden viser bare en hvid side. Vi mister bookinger hver time det står på.

Venlig hilsen
Mette Kjær, Klip & Co""")
    m(B, "da", "n1", "", "single user forgot password", "Glemt adgangskode",
"""Hej, jeg har glemt min adgangskode og kan ikke finde linket til at nulstille den. Kan I hjælpe?

Lars""")
    m(B, "da", "l1", "L", "Forbrukerrådet-like: Forbrugerrådet / Ankenævn", "Klage over abonnement",
"""I har trukket penge for et år selvom jeg opsagde i tide. Hvis ikke pengene er tilbage inden fredag, indgiver jeg en klage til Forbrugerklagenævnet og kontakter Forbrugerrådet Tænk.

Hilsen Birgit Holm""")
    m(B, "da", "n2", "", "law firm customer normal question", "Faktura til advokatfirma",
"""Hej, vi er et advokatfirma med 12 ansatte. Kan I sende fakturaen med vores CVR-nummer og EAN-nummer, så vi kan betale via NemHandel?

Venlig hilsen
Advokatfirmaet Holm & Berg""")
    # ---------------- es
    m(B, "es", "o1", "O", "follow-up sigue igual", "Re: No carga la plataforma",
"""Sigue igual. Llevamos toda la mañana sin poder trabajar, ni yo ni nadie del equipo.

Rocío

> Buenos días, la plataforma no carga desde las 8.""")
    m(B, "es", "o2", "O", "formal notice, business impact, several stores", "Incidencia crítica - servicio no disponible",
"""Estimados señores:

Les comunicamos que desde las 10:15 h de hoy su servicio no se encuentra disponible en ninguna de nuestras 14 tiendas. Esta incidencia está impidiendo el cobro a clientes y nos está ocasionando pérdidas importantes. Solicitamos información sobre el tiempo estimado de resolución.

Atentamente,
Departamento de Sistemas
Calzados Ribera S.L.""", fmt="qp")
    m(B, "es", "l1", "L", "OCU + reclamación, hoja de reclamaciones", "Cobro indebido",
"""Me habéis cobrado dos veces la cuota de noviembre. O me devolvéis el dinero esta semana o pongo una reclamación en consumo y lo llevo a la OCU, que ya estoy asociado.

Javier""")
    m(B, "es", "l2", "", "chargeback/dispute with bank only: left free (devset13 labels chargeback-only as not legal)", "Ultimo aviso",
"""Si no me contestáis hoy mismo, llamo al banco y pido que anulen el cargo de la tarjeta. Ya les he dicho que es un cargo no autorizado.

Pilar""", free="L")
    m(B, "es", "n1", "", "lawyer asks normal question about data export", "Consulta sobre exportación de datos",
"""Buenos días, soy abogada y uso su programa para gestionar los expedientes del despacho. ¿Cómo puedo exportar todos los documentos de un cliente en PDF?

Gracias, Lucía Marín""")
    # ---------------- fr
    m(B, "fr", "o1", "O", "follow-up toujours pareil", "RE: Site inaccessible",
"""Toujours rien de notre côté, c'est pareil depuis ce matin. On est une dizaine à attendre devant nos écrans.

Cordialement, Hélène

> Bonjour, votre site est inaccessible pour tout notre service.""")
    m(B, "fr", "o2", "O", "several agencies, formal with impact", "Interruption de service - agences de Lyon, Grenoble et Annecy",
"""Madame, Monsieur,

Depuis 8h30 aucune de nos trois agences ne parvient à se connecter à votre plateforme. Nos conseillers ne peuvent plus traiter les dossiers clients. Merci de nous tenir informés de l'avancement.

Bien cordialement,
Philippe Garnier
DSI - Immo Alpes""")
    m(B, "fr", "l1", "L", "DGCCRF + conciliateur", "Abonnement non résilié",
"""Je vous ai demandé la résiliation il y a deux mois. Sans réponse de votre part sous huit jours, je saisis le conciliateur de justice et je fais un signalement à la DGCCRF via SignalConso.

Mme Lefebvre""")
    m(B, "fr", "n1", "", "we will not go to court, just want solution", "Litige facture",
"""Je ne compte pas aller en justice pour si peu, je veux simplement que vous corrigiez la facture de septembre. Merci.

Sylvain""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "follow-up nadal nie działa", "Odp: System nie działa",
"""Nadal nie działa. Cały dział stoi od rana, nikt nie może się zalogować. Proszę o informację kiedy to naprawicie.

Tomasz

> Dzień dobry, od 8 rano system nie działa u nas w firmie.""")
    m(B, "pl", "o2", "O", "several branches, legacy charset", "Awaria we wszystkich oddziałach",
"""Dzień dobry,

w żadnym z naszych oddziałów (Kraków, Tarnów, Nowy Sącz) nie da się otworzyć aplikacji. Wyskakuje błąd połączenia z serwerem. Klienci czekają w kolejkach.

Pozdrawiam
Agnieszka Wróbel""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "l1", "L", "UOKiK + rzecznik konsumentów", "Reklamacja - brak odpowiedzi",
"""Od miesiąca czekam na odpowiedź na reklamację. Jeżeli do piątku nie dostanę zwrotu, zgłaszam sprawę do miejskiego rzecznika konsumentów i składam skargę do UOKiK.

Krzysztof Nowak""")
    m(B, "pl", "n1", "", "single user bug, one export button", "Nie działa eksport",
"""Dzień dobry, u mnie przycisk eksportu do PDF nie reaguje, koledzy mówią że u nich działa. Co mogę zrobić?

Marta""")
    # ---------------- ro
    m(B, "ro", "o1", "O", "follow-up no diacritics, still not working", "Re: Aplicatia nu merge",
"""Tot la fel, nu merge nimic nici acum. Toti colegii sunt blocati de dimineata.

Andrei

> Buna ziua, aplicatia nu se deschide la nimeni din firma.""")
    m(B, "ro", "o2", "O", "several pharmacies, formal", "Sistem indisponibil în toate farmaciile",
"""Bună ziua,

Vă informăm că sistemul dumneavoastră este indisponibil în toate cele 6 farmacii ale noastre începând cu ora 9. Nu putem emite bonuri și nu putem elibera rețete compensate.

Cu stimă,
Ioana Popescu, Farmacia Salvia""")
    m(B, "ro", "l1", "L", "ANPC complaint + avocat", "Reclamatie",
"""V-am scris de trei ori si nu raspundeti. Depun reclamatie la ANPC si am vorbit deja cu un avocat care o sa va trimita o notificare.

Mihai Ionescu""")
    m(B, "ro", "n1", "", "GDPR access request", "Cerere acces date GDPR",
"""Bună ziua, conform art. 15 GDPR vă rog să îmi transmiteți o copie a datelor personale pe care le dețineți despre mine.

Cu respect, Elena Dumitru""")
    # ---------------- sv
    m(B, "sv", "o1", "O", "follow-up: fortfarande samma", "SV: Tjänsten ligger nere",
"""Fortfarande samma problem, ingen på kontoret kommer åt något. Hur länge till?

/Per

> Hej, er tjänst verkar ligga nere, vi kommer inte in.""")
    m(B, "sv", "o2", "O", "several stores, kassa", "Kassasystemet ur funktion i alla butiker",
"""Hej,

Kassorna i samtliga fem butiker har tappat kontakten med er server sedan öppning. Vi kan inte ta betalt med kort. Ring mig gärna.

Mvh Annika Lund""")
    m(B, "sv", "l1", "L", "Konsumentverket + ARN", "Reklamation",
"""Ni har inte svarat på min reklamation på fem veckor. Jag kommer att anmäla er till Konsumentverket och göra en anmälan till Allmänna reklamationsnämnden om ni inte betalar tillbaka.

Karin Svensson""")
    m(B, "sv", "n1", "", "resolved, thanks", "SV: Tjänsten ligger nere",
"""Nu funkar det igen, tack för snabb hjälp!

/Per

> Hej, er tjänst verkar ligga nere.""")
    # ---------------- en
    m(B, "en", "o1", "O", "still the same follow-up", "Re: Portal not loading",
"""Still the same here, over an hour now and none of us can get in. Any ETA?

Greg

> Hi, your portal is not loading for anyone in our office.""")
    m(B, "en", "l1", "L", "reported to police", "Fraudulent charges",
"""Three charges I never authorised have appeared on my card from your company. I have reported this to the police as fraud and have a crime reference number. I expect a full refund.

D. Walsh""")
    m(B, "en", "n1", "", "won't sue, just want fix", "billing",
"""Look, I'm not going to threaten lawyers or anything, I just want the double charge fixed please.

Amy""")
    # ---------------- de
    m(B, "de", "o1", "O", "follow-up immer noch", "AW: Plattform nicht erreichbar",
"""Immer noch das gleiche Bild, keiner von uns kommt rein. Wir warten seit 9 Uhr.

Gruß
Jens

> Guten Morgen, Ihre Plattform ist für unser ganzes Team nicht erreichbar.""")
    m(B, "de", "l1", "L", "Verbraucherzentrale + Anwalt", "Kündigung nicht bestätigt",
"""Meine Kündigung vom August wird ignoriert und Sie buchen weiter ab. Ich habe die Verbraucherzentrale bereits eingeschaltet; sollte bis Monatsende nichts passieren, übergebe ich die Sache meinem Anwalt.

Sabine Krüger""", fmt="qp", charset="iso-8859-1")
    # ---------------- nl
    m(B, "nl", "o1", "O", "several locations, nothing loads", "Storing bij al onze vestigingen",
"""Goedemiddag, op al onze vestigingen laadt het kassasysteem niet meer sinds de lunch. Klanten kunnen niet afrekenen.

Groet, Bas de Vries""")
    m(B, "nl", "l1", "L", "ACM + geschillencommissie", "Klacht",
"""Als u het teveel betaalde bedrag niet binnen 14 dagen terugstort, dien ik een klacht in bij de Geschillencommissie en meld ik het bij ACM ConsuWijzer.

Mevr. Jansen""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "follow-up continua igual", "Re: Sistema em baixo",
"""Continua igual, ninguém aqui no escritório consegue entrar. Já passou uma hora.

Rui

> Bom dia, o sistema está em baixo para todos.""")
    m(B, "pt", "l1", "L", "DECO + livro de reclamações", "Cobrança indevida",
"""Se não devolverem o valor cobrado indevidamente, vou fazer queixa na DECO e escrever no livro de reclamações eletrónico.

Cumprimentos, Ana Sousa""")
