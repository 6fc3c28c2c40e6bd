"""devset16 outage, batch 4 (measured before any tuning on it): generalisation, fresh writers and
sectors (hotel PMS, restaurant bookings, payroll, telemedicine, gym kiosk, SSO loop, expired
certificate, crash on launch after a release, very slow for everyone, one region only, forwarded
from a colleague); it/es/da/ro-weighted, all 11 languages. Negatives: crash on one phone, SLA
question, customer's own office move, 'your status page shows an incident but all fine here',
yesterday's outage mentioned in a plan-change mail, newsletter boasting zero downtime."""
B = "b4"

def add_b4(m):
    # ---------------- it
    m(B, "it", "o1", "O", "hotel PMS: reception can't check anyone in", "PMS bloccato - reception",
"""Buonasera, il vostro PMS non risponde da un'ora e alla reception non riusciamo a fare check-in a nessun ospite. Abbiamo un pullman di turisti nella hall. Chiamateci al più presto per favore!

Hotel Miramare - Rimini""")
    m(B, "it", "o2", "O", "forwarded from colleague: colleagues say nobody can open the app", "I: app non parte",
"""Vi inoltro la segnalazione dei colleghi di Bari: da stamane l'app non parte su nessuno dei tablet dei tecnici, si chiude subito dopo il logo.

---------- Messaggio inoltrato ----------
Da: Giuseppe Lotito
Ciao Franca, qui nessuno riesce a usare l'app, puoi scrivere all'assistenza?""")
    m(B, "it", "o3", "O", "very slow for everyone, unusable", "lentezza estrema",
"""Salve, oggi la piattaforma è lentissima per tutti, ogni pagina ci mette due minuti ad aprirsi e spesso va in timeout. Così non si riesce a lavorare.""")
    m(B, "it", "o4", "O", "expired certificate: browsers block the site for all our customers", "Certificato scaduto?",
"""Buongiorno, da stamattina i browser mostrano "la connessione non è privata" sul nostro negozio ospitato da voi e i clienti non riescono più ad entrare. Credo sia scaduto il certificato.""")
    m(B, "it", "n1", "", "bug: crash on one phone when uploading a photo", "crash foto",
"""L'app si chiude quando carico una foto dal mio Samsung. Sull'iPhone di mia moglie invece funziona. Vi mando il video?""")
    m(B, "it", "n2", "", "newsletter: zero downtime this year", "Novità di dicembre",
"""Cari clienti,
anche quest'anno abbiamo chiuso con zero disservizi gravi e un tempo di attività del 99,99%. A gennaio arriva la nuova app!

Per non ricevere più questa newsletter clicca qui.""", fmt="html")
    m(B, "it", "n3", "", "own office move: we'll be offline, pause the sync", "Trasloco ufficio",
"""Buongiorno, venerdì traslochiamo e saremo offline tutto il giorno. Potete sospendere la sincronizzazione automatica fino a lunedì per evitare errori?""")
    # ---------------- es
    m(B, "es", "o1", "O", "restaurant: bookings widget down, can't take reservations", "No entran reservas",
"""Buenas noches, el widget de reservas no aparece en nuestra web desde la hora de comer y no está entrando ninguna reserva. Es sábado, estamos perdiendo mesas.

Restaurante El Faro""")
    m(B, "es", "o2", "O", "SSO loop: nobody in the company gets past the Microsoft login", "Bucle en el inicio de sesión",
"""Hola,
al entrar con la cuenta de Microsoft nos devuelve a la página de login una y otra vez. Le pasa a toda la empresa, unas 60 personas, desde las 8:30.

Gracias,
Lucía (Sistemas)""")
    m(B, "es", "o3", "O", "one region: Canary islands offices can't connect", "Oficinas de Canarias",
"""Os escribo porque en las oficinas de Canarias llevan desde primera hora sin poder conectarse al programa. En la península parece que va bien. ¿Podéis mirarlo?""")
    m(B, "es", "o4", "O", "app crashes on launch for all users after your release", "La app se cierra al abrir",
"""Desde la actualización de anoche la app se cierra nada más abrirla, en Android y en iPhone, a todos nuestros repartidores. No pueden ver las rutas de hoy.""")
    m(B, "es", "n1", "", "SLA question", "Disponibilidad garantizada",
"""Buenas, antes de firmar el contrato: ¿qué disponibilidad garantizáis por escrito y cómo se compensa si el servicio no está disponible más de lo pactado?""")
    m(B, "es", "n2", "", "status page shows incident but all fine here", "Incidencia en la página de estado",
"""Hola, en vuestra página de estado aparece una incidencia en Europa. A nosotros todo nos funciona con normalidad, pero ¿tenemos que hacer algo?""")
    # ---------------- da
    m(B, "da", "o1", "O", "payroll: can't run payroll, system closed", "Lønkørsel",
"""Hej

Vi skal køre løn i dag, men lønsystemet kan ikke åbnes hverken her eller hos vores revisor. Der står bare "Service Unavailable". Det haster.

Mvh
Charlotte, bogholder""")
    m(B, "da", "o2", "O", "gym kiosk: members can't check in at any centre", "Indtjekning",
"""Hej, medlemmerne kan ikke tjekke ind på skærmene i nogen af vores centre, standeren siger "ingen forbindelse til server". Vi lukker folk ind manuelt nu.""")
    m(B, "da", "o3", "O", "very slow and timing out for everybody", "Meget langsomt",
"""Alt går i snegletempo i dag, og halvdelen af gangene ender det med en timeout. Det gælder alle på kontoret.""")
    m(B, "da", "o4", "O", "follow-up after fix: down again", "SV: SV: Nedbrud i morges",
"""Så er den gal igen. Siden er nede på ny, samme fejl som i morges.""")
    m(B, "da", "n1", "", "bug: one report shows wrong totals", "Forkerte tal",
"""Hej, månedsrapporten viser et forkert total for oktober. Resten af systemet fungerer fint. Kan I se på det?""")
    m(B, "da", "n2", "", "yesterday's downtime mentioned in a plan change", "Skift af abonnement",
"""Hej, jeg vil gerne skifte til det store abonnement fra december. Det har intet med nedetiden i går at gøre, den var hurtigt overstået.""")
    # ---------------- ro
    m(B, "ro", "o1", "O", "telemedicine: video calls don't connect for any patient", "Consultații video",
"""Bună ziua, de la ora 8 consultațiile video nu se mai conectează, niciun pacient nu reușește să intre în apel. Avem programări toată ziua.

Clinica Medicala Sanitas""")
    m(B, "ro", "o2", "O", "terse: everything is stuck", "urgent",
"""Totul e blocat la noi de o oră, nu se mai poate lucra deloc în program. Ce se întâmplă?""")
    m(B, "ro", "o3", "O", "hotel: booking engine down, guests can't book", "Motor de rezervări",
"""Motorul de rezervări de pe site-ul hotelului nu mai funcționează din weekend, oaspeții primesc o eroare la plată și nu se face nicio rezervare.""")
    m(B, "ro", "o4", "O", "forwarded: colleagues in Iasi can't log in", "Fwd: probleme logare",
"""Vă trimit mai jos mesajul colegilor din Iași. La noi în București e la fel, nu merge logarea.

---------- Forwarded message ---------
Nu putem să ne logăm de azi, toți primim eroare de server.""")
    m(B, "ro", "n1", "", "SLA / hypothetical question", "Întrebare contract",
"""Ce se întâmplă cu abonamentul dacă platforma e indisponibilă mai mult de o zi? Vrem să știm înainte să semnăm.""")
    m(B, "ro", "n2", "", "bug: one export button", "Export Excel",
"""Butonul de export în Excel nu face nimic la mine în cont. Colegii pot exporta fără probleme.""")
    # ---------------- others
    m(B, "en", "o1", "O", "payroll deadline, entire system unreachable from all offices", "URGENT - payroll",
"""We have payroll cut-off at 3pm and your system has been unreachable from both our offices since 11. Please call me on 0161 555 0192.""")
    m(B, "en", "n1", "", "status page incident but fine for us", "Incident on status page",
"""Saw the incident on your status page this morning. Everything's working fine on our side, just checking whether we need to re-sync anything afterwards?""")
    m(B, "de", "o1", "O", "praxis: appointment booking gone for all patients", "Online-Terminbuchung",
"""Guten Tag, die Online-Terminbuchung unserer Praxis ist seit dem Wochenende tot, kein Patient kann einen Termin buchen. Bitte um Rückruf.""")
    m(B, "fr", "o1", "O", "nobody at the agency gets past login, loops", "Connexion impossible",
"""Bonjour, depuis 9h plus personne à l'agence ne passe l'écran de connexion, ça boucle. Pouvez-vous regarder en urgence ?""")
    m(B, "fr", "n1", "", "planned maintenance question", "Maintenance du week-end",
"""Bonjour, la maintenance annoncée pour samedi coupera-t-elle aussi l'application mobile ou seulement le site ?""")
    m(B, "nl", "o1", "O", "webshop payments: no customer can pay", "Betalen werkt niet",
"""Hoi, sinds een uur kan geen enkele klant meer afrekenen in onze webshop, de betaalpagina blijft wit. Kunnen jullie kijken?""")
    m(B, "pl", "o1", "O", "courier depot: scanners can't connect, whole warehouse", "Skanery",
"""Dzień dobry, od 6 rano żaden skaner w magazynie nie łączy się z waszym systemem. Cały magazyn stoi.""")
    m(B, "pt", "o1", "O", "PT-PT: system super slow and falling for everyone", "Sistema lento",
"""Boa tarde, o sistema está lentíssimo e cai a toda a hora, a equipa toda está parada. Conseguem ver?""")
    m(B, "pt", "n1", "", "past outage in billing question", "Fatura de outubro",
"""Olá, a fatura de outubro tem o NIF errado. Sei que houve aquela falha no dia 5, mas não estou a pedir nada por isso, só a fatura corrigida.""")
    m(B, "sv", "o1", "O", "nobody at the school can log in to the platform", "Lärplattformen",
"""Hej! Sedan i morse kan varken elever eller lärare logga in på plattformen. Vi har nationella prov i morgon.""")
