"""devset16 outage, batch 6 (measured before tuning on it): generalisation 2, it/es/da/ro only plus
one per other language; long mails with the outage buried in the middle, subject-only reports,
symptoms instead of 'down' (spinning wheel, kicked out every minute, emails to customers stopped),
non-native and diacritic-less writing; negatives: a customer's own server, an old incident in a
contract renewal, a feature idea about a status page, a single user's slow laptop, a partner's outage."""
B = "b6"

def add_b6(m):
    # ---------------- it
    m(B, "it", "o1", "O", "long mail: outage buried in the middle", "Varie richieste",
"""Buongiorno Sara,

come d'accordo le mando tre cose:
1) il nuovo logo per le fatture (in allegato);
2) la lista dei dipendenti da aggiungere a gennaio;
3) una segnalazione: da circa le 10 il gestionale ci butta fuori ogni due minuti, a tutti, e bisogna rifare il login ogni volta. Di fatto oggi non si lavora.

Per il resto tutto bene, grazie come sempre.
Federica Mancini - Ufficio amministrativo""")
    m(B, "it", "o2", "O", "subject-only style report", "SITO GIU DA STAMATTINA",
"""come da oggetto. nessuno riesce ad aprirlo""")
    m(B, "it", "o3", "O", "German writer in Italian: platform goes not", "piattaforma",
"""Buongiorno, la piattaforma non va da ieri sera per tutti nostri colleghi a Bolzano, sempre la rotellina che gira. Prego controllare. Cordiali saluti, J. Huber""")
    m(B, "it", "o4", "O", "emails to customers stopped going out for all", "Email ai clienti non partono",
"""Ciao, da stamattina le email automatiche ai clienti (conferme d'ordine, fatture) non partono più, per nessun cliente. In coda ce ne sono già 300.""")
    m(B, "it", "n1", "", "own mail server down", "Mail non ricevute",
"""Buongiorno, il nostro server di posta è andato giù ieri e non abbiamo ricevuto le vostre notifiche. Ora funziona, potete rimandarle?""")
    m(B, "it", "n2", "", "feature idea: status page with SMS alerts", "Suggerimento",
"""Sarebbe utile avere una pagina di stato con avvisi via SMS quando il servizio è giù, così non dobbiamo scrivervi ogni volta. Lo prendete in considerazione?""")
    m(B, "it", "n3", "", "single user: slow laptop", "lentezza",
"""Il programma sul mio portatile è lentissimo, sul pc fisso dell'ufficio invece va veloce. Dipende dal mio computer?""")
    # ---------------- es
    m(B, "es", "o1", "O", "long: outage in the middle of a billing mail", "Varias cosas",
"""Hola Pablo:

Te escribo por tres temas. El primero, la factura de noviembre todavía no nos ha llegado. El segundo, y el más grave: desde ayer por la tarde la plataforma nos echa a todos cada pocos minutos y nadie consigue terminar un pedido. El tercero, ¿cuándo sale la nueva versión?

Un abrazo,
Marisa""")
    m(B, "es", "o2", "O", "subject-only", "PÁGINA CAÍDA",
"""lo dicho en el asunto, urgente""")
    m(B, "es", "o3", "O", "non-native Spanish by English speaker", "problema con sistema",
"""Hola, el sistema no es trabajando para nosotros todos hoy, nadie puede hacer login. Gracias por ayuda""")
    m(B, "es", "o4", "O", "emails to customers not going out since the morning", "No salen los correos",
"""Desde esta mañana no sale ningún correo a los clientes, ni las confirmaciones ni las facturas. Tenemos más de 200 en cola.""")
    m(B, "es", "n1", "", "own server: our office server broke", "Sincronización",
"""Buenos días, nuestro servidor de la oficina se estropeó anoche y la sincronización con vuestra aplicación falló. Ya lo hemos arreglado, ¿hace falta relanzarla?""")
    m(B, "es", "n2", "", "contract renewal mentioning an old incident", "Renovación",
"""Queremos renovar el contrato otro año. Estamos contentos, salvo aquella caída de marzo, que ya está olvidada. ¿Nos mandáis la propuesta?""")
    # ---------------- da
    m(B, "da", "o1", "O", "long: buried in middle", "Et par ting",
"""Hej Anders

Tre ting:
- Vi skal have tilføjet to nye brugere til januar.
- Systemet smider os alle sammen ud hvert andet minut siden i formiddags, så vi kan reelt ikke arbejde.
- Kan I sende fakturaen for november igen?

Hilsen Karen""")
    m(B, "da", "o2", "O", "subject-only", "SIDEN ER DØD",
"""Se emnet. Ingen af os kan komme ind.""")
    m(B, "da", "o3", "O", "emails to customers stopped", "Mails til kunder",
"""Hej, siden i morges er der ikke gået en eneste mail ud til vores kunder, hverken ordrebekræftelser eller fakturaer.""")
    m(B, "da", "o4", "O", "non-native Danish (Swedish writer)", "problem",
"""Hej, jeres system fungerer ikke hos os i dag, ingen kan logge ind alls. Tak for hjælp""")
    m(B, "da", "n1", "", "partner's outage (payment provider) mentioned", "Betalinger",
"""Hej, vores betalingsudbyder havde nedbrud i weekenden, så nogle kunder er blevet trukket to gange. Hvordan refunderer jeg via jeres system?""")
    m(B, "da", "n2", "", "feature idea: status page", "Forslag",
"""Det ville være rart med en statusside, så vi kan se om I er nede, før vi ringer. Bare en idé!""")
    # ---------------- ro
    m(B, "ro", "o1", "O", "long: buried in middle", "Mai multe lucruri",
"""Bună ziua,

1. Vă rog să-mi trimiteți contractul actualizat.
2. De ieri după-amiază aplicația ne deconectează pe toți la fiecare câteva minute, practic nu putem lucra.
3. Când vine factura pe decembrie?

Mulțumesc, Cristina""")
    m(B, "ro", "o2", "O", "subject-only, no diacritics", "SITE-UL NU MERGE",
"""cum scrie in subiect, la toti colegii""")
    m(B, "ro", "o3", "O", "no diacritics, emails to customers not sent", "emailuri",
"""buna ziua, de azi dimineata nu mai pleaca niciun email catre clienti, nici confirmarile nici facturile""")
    m(B, "ro", "o4", "O", "non-native Romanian (Italian writer)", "problema",
"""Buongiorno, scuzati, sistemul vostru nu functioneaza pentru toata echipa noastra de azi, nimeni poate intra. Multumesc""")
    m(B, "ro", "n1", "", "own network: our router broke", "Sincronizare",
"""Routerul nostru s-a stricat aseară, de aceea nu s-au sincronizat datele. Acum e în regulă, trebuie să facem ceva?""")
    m(B, "ro", "n2", "", "feature idea: status page", "Sugestie",
"""Ar fi util să aveți o pagină de status unde să vedem dacă platforma e picată, înainte să vă sunăm. Mulțumesc!""")
    # ---------------- others
    m(B, "en", "o1", "O", "kicked out every few minutes, whole team", "Keeps logging us out",
"""Since about 10 the portal logs all of us out every few minutes. Nobody can finish anything. Can you check?""")
    m(B, "de", "o1", "O", "emails to customers stopped for all", "Mails an Kunden",
"""Seit heute früh geht keine einzige Mail an unsere Kunden raus, weder Auftragsbestätigungen noch Rechnungen.""")
    m(B, "fr", "n1", "", "own server down", "Synchronisation",
"""Bonjour, notre serveur interne est tombé en panne hier soir, d'où l'échec de la synchronisation. Faut-il la relancer ?""")
    m(B, "nl", "o1", "O", "subject-only", "SITE PLAT",
"""zie onderwerp, niemand komt erin""")
    m(B, "pl", "n1", "", "feature idea: status page", "Propozycja",
"""Fajnie byłoby mieć stronę statusu, żeby sprawdzić, czy system nie działa, zanim do was zadzwonimy.""")
    m(B, "pt", "o1", "O", "emails to customers stopped", "Emails aos clientes",
"""Desde esta manhã não sai nenhum email para os clientes, nem confirmações nem faturas.""")
    m(B, "sv", "o1", "O", "kicked out all the time, whole office", "Loggas ut",
"""Hej, systemet loggar ut oss alla hela tiden sedan förmiddagen, ingen kan jobba.""")
