"""devset12 outage, batch 3 (measured before any tuning on it)."""
B = "b3"

def add_b3(m):
    # ---------------- sv
    m(B, "sv", "o1", "O", "no diacritics, typo, kassan ligger nere i alla butiker", "kassan",
"""hej kassasystemet verkar ligga nere,ingen av vara butiker kan ta betalt sen kl 10. vad ar det som hander?? ring mig 070-1234567

Kalle""")
    m(B, "sv", "o2", "O", "html, app shows Serverfel för alla, status says ok", "Appen visar serverfel",
"""Hej,

Sedan lunch visar appen bara "Serverfel – försök igen" för alla i teamet, trots att er statussida säger att allt fungerar. Vi har startat om telefoner och datorer utan resultat.

Vänliga hälsningar
Nora Ek""", fmt="html")
    m(B, "sv", "o3", "O", "everything super slow since update", "Extremt segt",
"""Hej, sedan i morse är hela systemet extremt segt, det tar flera minuter att spara en order och ibland får vi timeout. Gäller alla på lagret.

/Mats""")
    m(B, "sv", "n1", "", "ladda ner: download invoices", "Ladda ner fakturor",
"""Hej, hur laddar jag ner alla fakturor på en gång? Jag hittar bara knappen för en i taget. Tack! /Ida""")
    m(B, "sv", "n2", "", "out of office mentioning driftstörning number", "Autosvar: Frånvaro",
"""Jag är på semester till och med 6 december. Vid driftstörningar i våra egna system, kontakta IT-jouren på 08-123 45 67.

Med vänlig hälsning
Lars Persson""")
    # ---------------- da
    m(B, "da", "o1", "O", "booking site down, 'ligger siden ned?'", "Ligger siden ned?",
"""Hej, ligger jeres side ned? Vores kunder kan ikke booke tider, og vi får selv bare en fejlside. Det har stået på i en halv time.

Mvh Louise, Frisør Louise""")
    m(B, "da", "o2", "O", "reply: appen crasher for alle chauffører", "SV: App problemer",
"""Appen crasher nu for alle vores chauffører, lige så snart de åbner den. Vi kan ikke levere noget i dag hvis det ikke bliver løst!

Søren

> Hej Søren, vi har modtaget din henvendelse.""", fmt="qp", charset="iso-8859-1")
    m(B, "da", "o3", "O", "mails not coming in (mail service), nobody in company", "Ingen mails",
"""Hej

Siden i morges har ingen i firmaet modtaget mails. Udgående virker, men der kommer intet ind. Er der problemer med jeres mailserver?

Venlig hilsen
Per Mortensen""")
    m(B, "da", "n1", "", "status mail, planned nedetid", "VS: Planlagt vedligeholdelse",
"""Hej, betyder det her at vi ikke kan bruge kasseapparatet natten til søndag? Vi har åbent til kl. 2.

Mvh Anja

> Planlagt vedligeholdelse: Søndag kl. 01-03 vil platformen være utilgængelig.""")
    m(B, "da", "n2", "", "resolved, thanks", "Tak",
"""Hej, bare for at sige tak – systemet kører igen, og alt ser fint ud. Nedbruddet i går tog ikke længe. God dag!

Ulla""")
    # ---------------- nl
    m(B, "nl", "o1", "O", "English mixed: platform is down, klanten bellen", "platform down",
"""Hey, het platform is down bij ons, al sinds 7 uur. Klanten bellen de hele ochtend. Wanneer is het opgelost?

Mvg Dennis""")
    m(B, "nl", "o2", "O", "inloggen lukt niemand meer, foutcode 504", "Inloggen lukt niet",
"""Goedemiddag,

Inloggen lukt bij niemand van ons team meer, we krijgen na een minuut een 504 Gateway Time-out. Is dit een bekend probleem?

Met vriendelijke groet,
Ingrid Mulder
Mulder Accountants""", fmt="qp", charset="iso-8859-1")
    m(B, "nl", "o3", "O", "super traag, hele kantoor", "Alles supertraag",
"""Hoi, sinds vanmorgen is het pakket zo traag dat we er niet mee kunnen werken. Iedereen op kantoor heeft het. Wat is er aan de hand?

Groet, Wim""")
    m(B, "nl", "n1", "", "storting (deposit), not storing", "Storting ontvangen?",
"""Hallo, ik heb gisteren een storting gedaan voor de jaarlicentie. Kunnen jullie bevestigen dat die is ontvangen?

Groet, Sandra""")
    m(B, "nl", "n2", "", "our own router down", "Vandaag geen verbinding",
"""Hoi, onze internetverbinding ligt er vandaag uit (storing bij Ziggo), dus we kunnen niet inloggen. Dat ligt niet aan jullie. Kunnen we de training verzetten?

Groet, Erik""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "no diacritics, panel nie dziala nikomu", "panel nie dziala",
"""dzien dobry, panel nie dziala nikomu u nas w firmie, wyskakuje bialy ekran. co sie dzieje? pilne

Lukasz""")
    m(B, "pl", "o2", "O", "maile nie dochodzą od rana, email service", "Nie dochodzą maile",
"""Dzień dobry,

od rana do żadnej skrzynki w naszej domenie nie dochodzą wiadomości. Wysyłka działa, odbiór nie. Czy macie awarię serwera pocztowego?

Pozdrawiam
Magdalena Kaczmarek""", fmt="b64")
    m(B, "pl", "o3", "O", "bardzo wolno, wszyscy, timeouty", "Bardzo wolne działanie",
"""Witam, od godziny system chodzi strasznie wolno, a co chwilę pojawiają się timeouty. Dotyczy to wszystkich naszych oddziałów.

Jan""")
    m(B, "pl", "n1", "", "car breakdown: awaria samochodu", "Spóźnienie na spotkanie",
"""Dzień dobry, mieliśmy awarię samochodu w drodze, spóźnię się na spotkanie wdrożeniowe około 30 minut. Przepraszam!

Pozdrawiam, Robert""")
    m(B, "pl", "n2", "", "SLA question dostępność", "Pytanie o SLA",
"""Dzień dobry, jaki poziom dostępności gwarantujecie w umowie SLA i jak liczony jest czas niedostępności? Potrzebujemy tego do przetargu.

Z poważaniem, Joanna""")
    # ---------------- es
    m(B, "es", "o1", "O", "no accents, no va nada", "no va nada",
"""hola no va nada, ni la web ni la app, a todos los de la oficina nos pasa lo mismo. estais teniendo problemas??

Dani""")
    m(B, "es", "o2", "O", "API 503 for all requests", "API devuelve 503",
"""Buenos días,

Desde las 8:30 todas las peticiones a vuestra API devuelven 503. Nuestro sistema de reservas está parado. ¿Hay alguna incidencia abierta?

Atentamente,
Francisco Ruiz
Responsable técnico""", fmt="qp", charset="iso-8859-1")
    m(B, "es", "o3", "O", "status page green but not working", "La página de estado dice que todo va bien",
"""Hola, vuestra página de estado dice que todo funciona, pero aquí nadie puede entrar al panel desde hace 40 minutos. ¿Lo estáis mirando?

Laura""")
    m(B, "es", "n1", "", "caída de ventas (sales drop)", "Informe de ventas",
"""Hola, en el informe de noviembre vemos una caída de ventas del 20 %. ¿Podéis ayudarnos a configurar un informe comparativo por tienda?

Gracias, Nuria""")
    m(B, "es", "n2", "", "single bug", "Error al subir logo",
"""Hola, cuando intento subir el logo de la empresa me sale un error "formato no válido". Es un PNG normal. El resto funciona bien.

Saludos, Andrés""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "BR: tá fora do ar de novo", "fora do ar DE NOVO",
"""Pessoal, tá fora do ar de novo! Nenhuma das lojas consegue emitir nota. Isso é a terceira vez essa semana.

Marcos""")
    m(B, "pt", "o2", "O", "PT-PT: aplicação lentíssima para todos", "Aplicação muito lenta",
"""Bom dia,

Desde as 10h a aplicação está lentíssima para todos os colaboradores, cada página demora mais de um minuto a abrir. Há algum problema do vosso lado?

Obrigado,
Hugo Martins""")
    m(B, "pt", "o3", "O", "API não responde, timeout", "API sem resposta",
"""Olá, a API de vocês não está respondendo, todas as chamadas dão timeout desde 14h. Nosso checkout parou.

Diego""", fmt="b64")
    m(B, "pt", "n1", "", "queda nas vendas, question on reports", "Relatório",
"""Olá, notamos uma queda nas vendas em outubro. Dá para gerar um relatório por vendedor no painel?

Obrigado, Sandra""")
    m(B, "pt", "n2", "", "our internet", "Internet do escritório",
"""Oi, a internet aqui do escritório caiu desde ontem (problema da operadora), por isso não conseguimos acessar o sistema. Não é com vocês. Podemos remarcar o treinamento?

Abs, Carla""")
    # ---------------- it
    m(B, "it", "o1", "O", "no accents: sito non va, clienti", "sito non va",
"""buongiorno il sito non va da stamattina, i clienti non riescono a fare ordini e ci chiamano di continuo. cosa sta succedendo??

Gianni""")
    m(B, "it", "o2", "O", "lentissimo per tutti + timeout", "Piattaforma lentissima",
"""Salve,

da circa le 9 la piattaforma è lentissima per tutti noi in ufficio e spesso va in timeout. Non riusciamo a lavorare. Avete problemi?

Cordiali saluti
Martina Conti""", fmt="qp", charset="iso-8859-1")
    m(B, "it", "o3", "O", "reply: ancora giù", "R: Segnalazione 5521",
"""È ancora tutto giù! Sono passate due ore e nessuno di noi riesce a entrare.

Sara

> Gentile Sara, stiamo verificando.""")
    m(B, "it", "n1", "", "newsletter past disservizio", "Novità di novembre",
"""Ciao! A novembre abbiamo introdotto la fatturazione elettronica automatica. Ci scusiamo ancora per il disservizio del 14 novembre, risolto in meno di un'ora. Alla prossima!

Il team""")
    m(B, "it", "n2", "", "resolved thanks", "Re: sito irraggiungibile",
"""Grazie, ora funziona tutto regolarmente. Potete chiudere la segnalazione.

Saluti, Fabio

> Buongiorno Fabio, il problema è stato risolto alle 11:20.""")
    # ---------------- en
    m(B, "en", "o1", "O", "typos, 'is it just us'", "website not loading",
"""hey is it just us or is the websit not loading?? been like this for 20 mins, my coworker cant get it either

mike""")
    m(B, "en", "o2", "O", "mail service: emails not arriving since morning", "Emails not coming through",
"""Hi support,

Since around 8am none of our mailboxes are receiving any emails. Outbound seems fine. Several of our clients have told us their messages are bouncing. Can you check?

Regards,
Helen Carter""", fmt="alt")
    m(B, "en", "n1", "", "download speed question", "download link",
"""Hi, the download link for the desktop installer is slow and stops at 80% - is there a mirror? Everything else is fine. Cheers, Ravi""")
    m(B, "en", "n2", "", "uptime percentage question", "Uptime guarantee",
"""Hello, what uptime percentage do you guarantee on the Enterprise plan, and how do you report downtime to customers? Thanks, Olivia""")
    # ---------------- de
    m(B, "de", "o1", "O", "reply: immer noch nicht erreichbar", "AW: Ticket 9912",
"""Die Seite ist immer noch nicht erreichbar. Bei uns im Büro nicht, im Homeoffice nicht, mobil auch nicht.

Gruß Jens

> Hallo Jens, bitte leeren Sie den Browser-Cache.""")
    m(B, "de", "n1", "", "Stornierung", "Stornierung Bestellung",
"""Hallo, ich möchte meine Bestellung Nr. 44120 stornieren. Bitte um Bestätigung der Stornierung. Gruß, Heike""")
    m(B, "de", "n2", "", "status email about past Störung, question about data", "WG: Störungsmeldung behoben",
"""Hallo, sind die Daten, die wir gestern während der Störung eingegeben haben, gespeichert worden? Oder müssen wir sie nochmal eingeben?

Danke, Monika

> Die Störung vom 23.11. wurde um 15:10 Uhr behoben. Alle Dienste laufen wieder normal.""")
    # ---------------- fr
    m(B, "fr", "o1", "O", "is something going on, personne ne peut se connecter", "Il se passe quelque chose ?",
"""Bonjour, il se passe quelque chose chez vous ? Personne au bureau ne peut se connecter depuis 10h, la page reste blanche.

Merci, Aurélie""")
    m(B, "fr", "n1", "", "voiture en panne", "Retard rendez-vous",
"""Bonjour, ma voiture est en panne, je ne pourrai pas être là pour la démo de 14h. Peut-on la décaler à demain ? Merci, Thomas""")
    # ---------------- ro
    m(B, "ro", "o1", "O", "aplicatia nu merge la nimeni", "aplicatia nu merge",
"""buna ziua, aplicatia nu merge la nimeni din firma de azi dimineata, da eroare de conexiune. ce se intampla?

Dan""")
    m(B, "ro", "n1", "", "cădere de tensiune at their office", "Pană de curent",
"""Bună ziua, am avut o pană de curent la birou și calculatoarele s-au oprit. Trebuie să refacem sincronizarea manual?

Mulțumesc, Elena""")
