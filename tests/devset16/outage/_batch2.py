"""devset16 outage, batch 2 (measured before any tuning on it): it/es/da/ro-weighted, new writers;
outage as impact (can't take payments, can't ship, patients waiting), product areas (e-invoicing,
app sync, email campaigns, kiosk), short mobile mails, regional Spanish; negatives: one user's
password, bank's outage, courier system down, planned window question, back-up-thanks."""
B = "b2"

def add_b2(m):
    # ---------------- it
    m(B, "it", "o1", "O", "impact: can't issue receipts at any till", "URGENTE casse",
"""Buonasera, le casse di tutti e tre i negozi non comunicano più con il vostro server e non riusciamo a battere gli scontrini. Abbiamo la fila fuori!!

Negozi Rinaldi""")
    m(B, "it", "o2", "O", "terse mobile: app dead for everyone here", "app",
"""l'app è morta per tutti qui in ufficio, succede qualcosa da voi?

Inviato da iPhone""")
    m(B, "it", "o3", "O", "e-invoicing module: sending stuck since yesterday for all clients", "Fatturazione elettronica bloccata",
"""Gentili,
da ieri pomeriggio l'invio delle fatture elettroniche è bloccato: tutte restano "in elaborazione" e nessuna arriva allo SDI. Riguarda tutti i nostri clienti dello studio, non uno solo.

Vi chiedo un riscontro urgente.
Rag. Paolo De Santis""")
    m(B, "it", "o4", "O", "polite formal: we have been unable to use the platform", "Segnalazione disservizio",
"""Spettabile assistenza,
con la presente segnaliamo che dalle ore 8:30 odierne non ci è possibile utilizzare la piattaforma da alcuna postazione della sede di Padova. Restiamo in attesa di comunicazioni.

Distinti saluti""")
    m(B, "it", "n1", "", "single user: forgot password, reset mail not arriving", "password",
"""Ciao, ho dimenticato la password e la mail di reset non mi arriva (ho guardato anche nello spam). I colleghi entrano normalmente. Potete mandarmela di nuovo?""")
    m(B, "it", "n2", "", "courier's tracking system down, not yours", "Spedizioni non tracciate",
"""Salve, il sistema di tracking di BRT oggi è fuori uso e quindi le etichette non si aggiornano nel vostro gestionale. Lo sappiamo che non dipende da voi: c'è un modo per inserire i codici a mano?""")
    m(B, "it", "n3", "", "planned maintenance question: how long offline", "Manutenzione di domenica",
"""Buongiorno, avete comunicato una manutenzione per domenica notte: per quante ore resterà offline il servizio? Dobbiamo organizzare i turni.""")
    # ---------------- es
    m(B, "es", "o1", "O", "Argentina: nothing works, nobody can bill", "no anda nada",
"""Che, no anda nada desde el mediodía. Ninguno de los chicos puede facturar, la página queda cargando y cargando. ¿Qué pasa?""")
    m(B, "es", "o2", "O", "online shop checkout failing for all customers", "Error en el pago de la tienda",
"""Hola,
desde esta mañana ningún cliente puede terminar una compra en nuestra tienda: al pulsar "Pagar" sale un error y se vuelve a la cesta. Esto nos está costando mucho dinero.

Atentamente,
Carmen Ruiz - Tienda La Alacena""")
    m(B, "es", "o3", "O", "mostly asks for a certificate; mentions platform down all morning", "Certificado de retenciones",
"""Buenos días, necesitaría el certificado de retenciones de 2025 para la gestoría. Os lo pediría desde el panel pero lleva toda la mañana sin funcionar para todo el equipo.

Gracias de antemano,
Marta""")
    m(B, "es", "o4", "O", "follow-up: it fell again", "RE: RE: Caída servicio",
"""Se ha vuelto a caer. Hace diez minutos funcionaba y ahora otra vez error 502 en todos los ordenadores.""")
    m(B, "es", "n1", "", "resolved: already working, thanks", "RE: No podemos entrar",
"""Ya funciona todo, gracias por la rapidez. Podéis cerrar la incidencia.""")
    m(B, "es", "n2", "", "bank's online banking was down, payment late", "Pago con retraso",
"""Os escribo porque el pago de noviembre os llegará con un par de días de retraso: la banca online de nuestro banco estuvo caída el viernes y no pudimos hacer la transferencia. Disculpad las molestias.""")
    # ---------------- da
    m(B, "da", "o1", "O", "terse: webshop is gone", "webshop",
"""Vores webshop er væk. Kunderne får bare en hvid side. Ring venligst.

Jesper 22 41 87 10""")
    m(B, "da", "o2", "O", "nobody in the clinic can open the journal system", "Journalsystemet",
"""Hej,

ingen i klinikken kan åbne journalsystemet i morges, vi får en fejl om at serveren ikke svarer. Vi har patienter i venteværelset.

Med venlig hilsen
Tandlæge Sørensen""")
    m(B, "da", "o3", "O", "mainly asks about a new user; system not working for anyone today", "Ny bruger",
"""Hej, kan I oprette en ny bruger til vores nye medarbejder Kasper? Ellers ville jeg selv gøre det, men systemet virker ikke for nogen af os i dag.

Hilsen Birgitte""")
    m(B, "da", "o4", "O", "follow-up: still can't log in, whole team", "SV: Login problemer",
"""Vi kan stadig ikke logge ind, hverken mig eller resten af teamet. Det er nu fjerde time.""")
    m(B, "da", "n1", "", "planned maintenance: will it be closed", "Vedligeholdelse",
"""Hej, I har skrevet om vedligeholdelse på lørdag. Vil det betyde at appen er lukket hele dagen, eller kun om natten?""")
    m(B, "da", "n2", "", "bank MobilePay down at the bank, not yours", "Betaling",
"""Vores bank havde nedbrud i går, så betalingen kom først i dag. Kan I bekræfte at den er modtaget?""")
    # ---------------- ro
    m(B, "ro", "o1", "O", "terse: site down?", "site",
"""Salut, e picat site-ul? Nu se deschide nici de pe telefon, nici de pe laptop.""")
    m(B, "ro", "o2", "O", "whole accounting department can't work, app error", "Contabilitate blocată",
"""Bună ziua,
tot departamentul de contabilitate stă de la ora 9, aplicația ne dă eroare la fiecare încercare de conectare. Vă rugăm să ne spuneți când se rezolvă.

Elena Dumitru""")
    m(B, "ro", "o3", "O", "clients can't place orders, platform unavailable", "Clienții nu pot comanda",
"""Platforma voastră nu este disponibilă de azi-noapte și clienții noștri nu pot plasa comenzi. Avem campanie de Black Friday, e foarte grav.""")
    m(B, "ro", "o4", "O", "non-native Romanian: your service not going", "problema",
"""Buna, serviciul vostru nu merge la noi de dimineata, nimeni din birou poate sa intra. Multumesc""")
    m(B, "ro", "n1", "", "single user bug: can't upload avatar", "poza profil",
"""Nu pot schimba poza de profil, primesc o eroare la încărcare. Colegii mei nu au problema asta. Mă puteți ajuta?""")
    m(B, "ro", "n2", "", "planned maintenance: will it be unavailable", "Mentenanță",
"""Bună ziua, am văzut anunțul de mentenanță. Aplicația va fi indisponibilă toată noaptea de sâmbătă sau doar câteva ore?""")
    # ---------------- others
    m(B, "en", "o1", "O", "UK: everything's fallen over, all three branches", "Everything's fallen over",
"""Morning, looks like everything's fallen over on your end, none of our three branches can get onto the booking screen. Any ETA?

Cheers,
Dan""")
    m(B, "en", "n1", "", "resolved thread: back up, thanks", "Re: Portal down",
"""All good now, it's back up. Thanks for the quick turnaround!

> We've identified the issue and applied a fix.""")
    m(B, "de", "o1", "O", "app not syncing for whole field team", "Synchronisation",
"""Hallo, seit gestern Abend synchronisiert die App bei keinem unserer Außendienstler mehr, alle hängen bei "Verbinde…". Bitte dringend prüfen.""")
    m(B, "fr", "n1", "", "newsletter: status page digest", "Bilan du mois",
"""Bonjour,

Voici le bilan du mois : disponibilité de 99,95 %, une courte interruption le 4 novembre (détails sur notre page de statut) et trois nouvelles fonctionnalités.

Vous recevez cet e-mail car vous êtes abonné à notre lettre d'information. Se désabonner""", fmt="html")
    m(B, "nl", "o1", "O", "planning tool won't open for any planner", "Planning",
"""Goedemorgen, de planningsmodule gaat bij geen enkele planner open, je blijft naar een draaiend rondje kijken. Zijn jullie ermee bezig?""")
    m(B, "pl", "n1", "", "own internet provider outage", "Płatność",
"""Dzień dobry, u naszego dostawcy internetu była wczoraj awaria, dlatego nie mogliśmy zapłacić. Płatność poszła dziś rano.""")
    m(B, "pt", "o1", "O", "BR: system fell for everyone, can't issue notes", "sistema caiu",
"""Bom dia, o sistema caiu aqui pra todo mundo, ninguém consegue emitir nota. Tem previsão?""")
    m(B, "sv", "o1", "O", "nobody at the office can reach the CRM", "CRM",
"""Hej, ingen på kontoret når CRM:et sedan lunch, det bara står och laddar. Vad händer?""")
