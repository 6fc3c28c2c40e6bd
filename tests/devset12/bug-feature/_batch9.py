"""devset12 bug-feature, batch 9 (measured before tuning on it; written after b8 tuning).
Other kinds of SaaS (accounting, project tool, webshop, newsletter tool, time tracking) so the
lexicon is not tuned to salon bookings only."""
B = "b9"

def add(m):
    # ---------------- en
    m(B, "en", "b1", "B", "accounting: bank feed imports transactions twice", "Bank feed",
"""Hi,

Since Tuesday every transaction from our Barclays feed is coming in twice, so the bank balance in your app is now roughly double what's actually in the account. I've reconciled up to Monday and that part still looks right.

Thanks
Olivia (bookkeeper, Hart & Co)""")
    m(B, "en", "b2", "B", "project tool: tasks assigned to me don't notify", "No notifications",
"""Hey, my colleagues assign tasks to me and I never hear about it - no email, no push, nothing. They definitely go to the right person because they show up on my board. My notification settings are all switched on. Sam""")
    m(B, "en", "f1", "F", "webshop: missing export format", "Export for our warehouse",
"""Hello, our warehouse system can only read XML order files. Right now we can only get CSV out of your platform, so someone converts them by hand every morning. Would you consider adding an XML export? Regards, Dirk""")
    m(B, "en", "n1", "", "how-to in accounting tool", "VAT return",
"""Hi, how do I submit the VAT return from the app? I can see the figures but not the submit button. Probably me being blind! Thanks, Kim""")
    m(B, "en", "n2", "", "praise for a fix", "Thanks for the fix",
"""Just to say the bank feed is importing properly again since your fix on Friday, balance matches to the penny. Appreciate it. Olivia""")

    # ---------------- de
    m(B, "de", "b1", "B", "Zeiterfassung: Überstunden falsch", "Überstundenkonto",
"""Hallo,

das Überstundenkonto von zwei Kollegen zeigt seit Monatsanfang Minusstunden an, obwohl beide mehr gearbeitet haben als vereinbart. Die einzelnen Tage sind korrekt erfasst, nur die Summe rechts oben passt nicht.

Gruß
Personalabteilung, Kramer GmbH""")
    m(B, "de", "f1", "F", "Projekttool: Gantt-Ansicht fehlt", "Gantt",
"""Hallo zusammen, was uns im Projekttool wirklich fehlt, ist eine Gantt-Ansicht, um Abhängigkeiten zu sehen. Wir pflegen das gerade parallel in Excel. Steht so etwas auf eurer Liste? Grüße, Lars""")
    m(B, "de", "n1", "", "Newsletter-Tool: wie-Frage", "Abmeldelink",
"""Hallo, wo finde ich in der Vorlage den Platzhalter für den Abmeldelink? Danke, Vera""")

    # ---------------- ro
    m(B, "ro", "b1", "B", "contabilitate: extrasul importat de două ori", "Extras bancar",
"""Bună ziua,

De marți, fiecare tranzacție din extrasul BT se importă de două ori, așa că soldul din aplicație e aproape dublu față de cel real din bancă. Până luni totul s-a reconciliat corect.

Mulțumesc,
Lavinia, contabil""")
    m(B, "ro", "b2", "B", "proiecte: nu primesc notificări", "Notificări",
"""Salut, colegii îmi atribuie sarcini și eu nu aflu nimic – nici email, nici notificare pe telefon. Sarcinile apar pe tabla mea, deci ajung la mine. Notificările sunt toate pornite în setări. Vlad""")
    m(B, "ro", "f1", "F", "magazin online: export XML", "Export XML",
"""Bună, sistemul nostru de depozit citește doar fișiere XML, iar din platforma voastră putem scoate doar CSV. Cineva le convertește de mână în fiecare dimineață. Ați lua în calcul un export XML? Mulțumesc, Sorin""")
    m(B, "ro", "n1", "", "laudă după reparare", "Mulțumesc",
"""Bună, de la remedierea de vineri extrasul se importă corect și soldul se potrivește la leu. Mulțumim! Lavinia""")
    m(B, "ro", "n2", "", "cum trimit declarația (how-to)", "Declarația",
"""Bună ziua, cum depun declarația de TVA din aplicație? Văd cifrele, dar nu găsesc butonul de trimitere. Mulțumesc, Costel""")

    # ---------------- pl
    m(B, "pl", "b1", "B", "księgowość: wyciąg dwa razy", "Wyciąg bankowy",
"""Dzień dobry,

od wtorku każda transakcja z wyciągu mBanku wczytuje się podwójnie i saldo w programie jest prawie dwa razy wyższe niż na koncie. Do poniedziałku wszystko się zgadzało.

Pozdrawiam
Monika, księgowa""")
    m(B, "pl", "b2", "B", "projekty: brak powiadomień", "Powiadomienia",
"""Cześć, koledzy przypisują mi zadania, a ja nic o tym nie wiem – ani maila, ani powiadomienia. Zadania pojawiają się na mojej tablicy, więc trafiają do mnie. W ustawieniach mam wszystko włączone. Bartek""")
    m(B, "pl", "f1", "F", "sklep: eksport XML", "Eksport XML",
"""Dzień dobry, nasz system magazynowy czyta tylko pliki XML, a z Waszej platformy możemy pobrać wyłącznie CSV. Codziennie rano ktoś to ręcznie konwertuje. Czy rozważylibyście eksport do XML? Pozdrawiam, Krzysztof""")
    m(B, "pl", "n1", "", "pochwała po poprawce", "Dzięki",
"""Dzień dobry, od piątkowej poprawki wyciąg wczytuje się poprawnie i saldo zgadza się co do grosza. Dziękuję! Monika""")

    # ---------------- es
    m(B, "es", "b1", "B", "contabilidad: movimientos duplicados", "Movimientos bancarios",
"""Hola,

Desde el martes cada movimiento del banco entra dos veces y el saldo de la aplicación es casi el doble del real. Hasta el lunes todo cuadraba.

Un saludo,
Raquel, administración""")
    m(B, "es", "f1", "F", "tienda: exportar XML", "Exportar XML",
"""Hola, nuestro almacén solo lee pedidos en XML y desde vuestra plataforma solo sale CSV, así que alguien lo convierte a mano cada mañana. ¿Os plantearíais añadir una exportación en XML? Gracias, Óscar""")
    m(B, "es", "n1", "", "cómo hago (existe)", "Modelo 303",
"""Hola, ¿cómo presento el modelo 303 desde la aplicación? Veo las cifras pero no el botón de enviar. Gracias, Pilar""")

    # ---------------- fr
    m(B, "fr", "b1", "B", "compta: opérations en double", "Relevé bancaire",
"""Bonjour,

Depuis mardi, chaque opération de notre relevé arrive en double, donc le solde affiché dans le logiciel est presque le double du solde réel. Jusqu'à lundi tout était rapproché correctement.

Cordialement,
Nathalie, comptabilité""")
    m(B, "fr", "f1", "F", "boutique: export XML", "Export XML",
"""Bonjour, notre logiciel d'entrepôt ne lit que du XML et votre plateforme ne sort que du CSV. Quelqu'un convertit les fichiers à la main chaque matin. Seriez-vous prêts à ajouter un export XML ? Merci, Benoît""")

    # ---------------- nl
    m(B, "nl", "b1", "B", "boekhouding: banktransacties dubbel", "Bankkoppeling",
"""Hallo,

Sinds dinsdag komt elke transactie van de Rabobank-koppeling twee keer binnen, waardoor het saldo in het pakket bijna het dubbele is van wat er echt op de rekening staat. Tot maandag klopte alles.

Groet,
Annemiek, administratie""")
    m(B, "nl", "b2", "B", "projecten: geen meldingen", "Meldingen",
"""Hoi, collega's wijzen taken aan mij toe en ik krijg daar niks van mee – geen mail, geen pushbericht. De taken staan wel op mijn bord, dus ze komen bij mij uit. Mijn meldingen staan allemaal aan. Thijs""")
    m(B, "nl", "f1", "F", "webshop: XML-export", "XML-export",
"""Hallo, ons magazijnsysteem leest alleen XML, en uit jullie platform krijgen we alleen CSV. Iemand zet het elke ochtend met de hand om. Zouden jullie een XML-export willen toevoegen? Groet, Bram""")
    m(B, "nl", "n1", "", "hoe (bestaat)", "Btw-aangifte",
"""Hallo, hoe dien ik de btw-aangifte in vanuit het pakket? Ik zie de bedragen maar niet de knop om te versturen. Groet, Ria""")

    # ---------------- sv
    m(B, "sv", "b1", "B", "bokföring: transaktioner dubbelt", "Bankkoppling",
"""Hej,

Sedan i tisdags kommer varje transaktion från banken in två gånger, så saldot i programmet är nästan dubbelt så stort som det verkliga. Fram till måndag stämde allt.

Hälsningar
Camilla, ekonomi""")
    m(B, "sv", "b2", "B", "projekt: inga notiser", "Notiser",
"""Hej, kollegorna tilldelar mig uppgifter men jag får ingen aning om det – inget mejl, ingen pushnotis. Uppgifterna syns på min tavla så de hamnar hos mig. Alla notiser är påslagna. /Axel""")
    m(B, "sv", "f1", "F", "webbutik: XML-export", "XML-export",
"""Hej, vårt lagersystem läser bara XML och från er plattform kan vi bara få ut CSV. Någon konverterar för hand varje morgon. Skulle ni kunna tänka er att lägga till XML-export? /Filip""")
    m(B, "sv", "n1", "", "beröm efter fix", "Tack",
"""Hej, sedan er fix i fredags importeras banken rätt och saldot stämmer på öret. Tack! Camilla""")

    # ---------------- it
    m(B, "it", "b1", "B", "contabilità: movimenti doppi", "Movimenti bancari",
"""Buongiorno,

da martedì ogni movimento della banca viene importato due volte e il saldo nel programma è quasi il doppio di quello reale. Fino a lunedì tutto quadrava.

Grazie,
Silvia, amministrazione""")
    m(B, "it", "b2", "B", "progetti: nessuna notifica", "Notifiche",
"""Ciao, i colleghi mi assegnano attività e io non ne so niente – nessuna mail, nessuna notifica. Le attività compaiono nella mia bacheca, quindi arrivano a me. Le notifiche sono tutte attive. Marco""")
    m(B, "it", "f1", "F", "negozio: export XML", "Export XML",
"""Buongiorno, il nostro gestionale di magazzino legge solo XML e dalla vostra piattaforma esce solo CSV. Ogni mattina qualcuno converte i file a mano. Valutereste di aggiungere un export in XML? Grazie, Fabrizio""")
    m(B, "it", "n1", "", "come faccio (esiste)", "Liquidazione IVA",
"""Buongiorno, come invio la liquidazione IVA dall'app? Vedo i numeri ma non trovo il tasto per inviare. Grazie, Tiziana""")

    # ---------------- pt
    m(B, "pt", "b1", "B", "contabilidade: movimentos a dobrar", "Extrato bancário",
"""Olá,

Desde terça-feira cada movimento do banco entra duas vezes e o saldo no programa está quase o dobro do real. Até segunda estava tudo a bater certo.

Cumprimentos,
Teresa, contabilidade""")
    m(B, "pt", "b2", "B", "br: projetos sem notificação", "Notificações",
"""Oi, os colegas me atribuem tarefas e eu não fico sabendo de nada – nem email, nem notificação. As tarefas aparecem no meu quadro, então chegam pra mim. As notificações estão todas ligadas. Caio""")
    m(B, "pt", "f1", "F", "loja: exportação XML", "Exportação XML",
"""Olá, o nosso sistema de armazém só lê XML e da vossa plataforma só sai CSV. Todas as manhãs alguém converte à mão. Ponderavam acrescentar uma exportação em XML? Obrigado, Gonçalo""")
    m(B, "pt", "n1", "", "elogio após correção", "Obrigada",
"""Olá, desde a correção de sexta o extrato importa bem e o saldo bate certo ao cêntimo. Obrigada! Teresa""")

    # ---------------- da
    m(B, "da", "b1", "B", "regnskab: posteringer dobbelt", "Bankforbindelse",
"""Hej,

Siden tirsdag kommer hver postering fra banken ind to gange, så saldoen i programmet er næsten dobbelt så høj som den rigtige. Indtil mandag stemte alt.

Mvh
Susanne, bogholderi""")
    m(B, "da", "f1", "F", "webshop: XML-eksport", "XML-eksport",
"""Hej, vores lagersystem kan kun læse XML, og fra jeres platform kan vi kun få CSV ud. Nogen konverterer i hånden hver morgen. Vil I overveje at tilføje en XML-eksport? Mvh Rasmus""")
