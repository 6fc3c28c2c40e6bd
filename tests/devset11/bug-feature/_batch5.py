"""devset11 bug-feature, batch 5 (measured before tuning on it; written after b4 tuning)."""
B = "b5"

def add(m):
    # ================= en
    m(B, "en", "b1", "B", "booking widget says fully booked although slots free", "Widget says we're full",
"""Hi,

The booking widget on our website has been telling people we're fully booked for all of next week, but the diary is practically empty. Three regulars have phoned to ask if we've closed. If I book through the admin side the slots are there.

Thanks,
Ellie, Bloom Hair""")
    m(B, "en", "b2", "B", "two people editing: changes overwrite each other", "Notes getting wiped",
"""When my colleague and I both have the same client open, whoever saves second wipes out what the other one wrote in the notes. We lost a whole treatment history this way on Friday. Surely it should at least warn you?""")
    m(B, "en", "b3", "B", "reminder link leads to page not found", "Reminder link",
"""hi - the "manage my booking" link in the reminder emails takes clients to a page not found. it used to open their booking. tried a few different ones, same. thanks, Greg""")
    m(B, "en", "f1", "F", "waitlist would be huge", "Waiting list",
"""Hello! We regularly get cancellations at short notice and have no easy way of offering the slot to someone else. A waiting list where clients could put their name down and get notified when something frees up would be huge for us. Is anything like that in the pipeline?

Thanks
Fiona""")
    m(B, "en", "f2", "F", "custom fields on the client card, otherwise using notes", "custom fields",
"""We have to record things like allergies and GP name for every client and at the moment it all goes into the free text notes, which is messy and can't be searched. Being able to add our own fields to the client card would make a real difference. Cheers, Dr. Amir Shah""")
    m(B, "en", "n1", "", "is there a way (found it myself)", "Re: colours",
"""Never mind, found it under Appearance - I can change the booking page colours after all. Thanks anyway!""")
    m(B, "en", "n2", "", "outage with symptom words", "502 bad gateway for everyone",
"""Getting 502 Bad Gateway on every page, all three of our locations, since about 2pm. Nobody can get in to check the diary. Please advise urgently.""", forbid="B")

    # ================= de
    m(B, "de", "b1", "B", "Diagramm leer trotz Umsätzen", "Umsatzdiagramm",
"""Hallo,

das Umsatzdiagramm auf der Startseite zeigt für die letzte Woche eine Nulllinie, obwohl wir an jedem Tag Umsatz hatten. In der Tabelle darunter stehen die Zahlen korrekt drin.

Grüße
Heike Schröder""")
    m(B, "de", "b2", "B", "App vergisst Login jeden Tag", "Ständig abgemeldet",
"""Hi, die App meldet mich jeden Morgen ab, obwohl "angemeldet bleiben" angehakt ist. Früher war ich wochenlang eingeloggt. Android 13, Samsung. Nervt ziemlich. Gruß, Kevin""")
    m(B, "de", "f1", "F", "Anzahlung bei Buchung", "Anzahlung",
"""Guten Tag,

wir haben leider viele Kunden, die einfach nicht erscheinen. Lässt sich einrichten, dass bei der Online-Buchung eine Anzahlung fällig wird? Ich habe in den Einstellungen nichts dergleichen gesehen. Andere Systeme bieten das an, wir würden aber ungern wechseln.

Mit freundlichen Grüßen
Monika Schwarz""")
    m(B, "de", "n1", "", "Frage zur Rechnung", "Rechnung Oktober",
"""Hallo, auf unserer Rechnung für Oktober stehen 6 Nutzer, wir haben aber nur 5. Könnt ihr das korrigieren oder habe ich jemanden übersehen? Danke, Olaf""")

    # ================= da
    m(B, "da", "b1", "B", "SMS text cut off and æøå broken", "SMS ser mærkelige ud",
"""Hej

SMS'erne til vores kunder kommer frem med mærkelige tegn i stedet for æ, ø og å, og teksten stopper midt i en sætning. I forhåndsvisningen ser det helt rigtigt ud.

Mvh
Birgitte""")
    m(B, "da", "f1", "F", "would like to see Outlook sync", "Outlook",
"""Hej, vi kunne rigtig godt tænke os at kalenderen kunne synkronisere med Outlook, så vi ikke skal dobbeltbooke os selv. Er det på vej? Mvh Thomas""")
    m(B, "da", "n1", "", "praise", "Tak",
"""Hej, tusind tak for hjælpen i går, alt kører nu som det skal. I er de bedste! Mvh Lise""")

    # ================= ro
    m(B, "ro", "b1", "B", "stock deducted twice on each sale", "Stocul scade dublu",
"""Bună ziua, la fiecare vânzare stocul scade cu două bucăți în loc de una. Am făcut un test cu un produs care avea 10 bucăți, am vândut unul și acum arată 8. Vă rog să verificați. Mulțumesc, Cătălin""")
    m(B, "ro", "f1", "F", "wants reports by employee, would help", "Rapoarte pe angajat",
"""Salut! Ar fi foarte bine dacă am putea vedea încasările separat pentru fiecare angajat. Acum doar totalul pe zi apare și calculez manual în Excel. Se poate adăuga așa ceva? Mulțumesc, Irina""")
    m(B, "ro", "n1", "", "how-to", "Cum adaug un serviciu",
"""Bună, cum adaug un serviciu nou cu durată de 45 de minute? Mersi""")

    # ================= pl
    m(B, "pl", "b1", "B", "app shows yesterday's schedule", "Grafik z wczoraj",
"""Dzień dobry, od dwóch dni aplikacja rano pokazuje grafik z poprzedniego dnia, dopiero po wylogowaniu pokazuje się aktualny. Pracownicy przychodzą na złe godziny. Pozdrawiam, Robert""")
    m(B, "pl", "f1", "F", "asks for 2FA", "Logowanie dwuetapowe",
"""Dzień dobry, ze względów bezpieczeństwa potrzebujemy logowania dwuetapowego dla wszystkich użytkowników. Czy jest to w planach? Bez tego nasz dział IT nie chce zatwierdzić dalszego korzystania. Z poważaniem, Łukasz""")
    m(B, "pl", "n1", "", "outage", "Awaria?",
"""Witam, strona nie działa u nikogo w naszym biurze od godziny, wyskakuje błąd serwera. Czy to awaria po waszej stronie?""", forbid="B")

    # ================= es
    m(B, "es", "b1", "B", "reminder email subject with ??? characters", "Asunto con interrogaciones",
"""Hola, el asunto de los correos de recordatorio les llega a los clientes con signos de interrogación donde van las tildes: "Recordatorio de tu cita en Peluquer??a". Antes no pasaba. Gracias, Álvaro""")
    m(B, "es", "f1", "F", "Shopify integration", "Shopify",
"""Hola equipo,

tenemos la tienda online en Shopify y estaría muy bien que el stock se sincronizara con vuestro programa. Ahora tenemos que actualizar las dos cosas a mano y siempre acabamos vendiendo algo que no tenemos. ¿Hay algo previsto?

Un saludo,
Laura Méndez""")
    m(B, "es", "n1", "", "praise + 'la función que añadisteis'", "Gracias por el cambio",
"""Hola, la función de lista de espera que añadisteis el mes pasado nos ha venido genial, ya hemos recuperado varias citas canceladas. ¡Gracias! Elena""")

    # ================= fr
    m(B, "fr", "b1", "B", "labels print shifted", "Étiquettes décalées",
"""Bonjour,

depuis la dernière mise à jour, les étiquettes s'impriment décalées d'environ un centimètre vers le bas, du coup l'adresse est à moitié sur l'étiquette suivante. Rien n'a changé côté imprimante.

Cordialement,
Yves Mercier""")
    m(B, "fr", "f1", "F", "would like Google Sheets export, saving hours", "Export Google Sheets",
"""Bonjour, est-ce qu'il serait envisageable d'avoir un export direct vers Google Sheets ? On fait un copier-coller tous les lundis, ça nous ferait gagner pas mal de temps. Merci, Camille""")
    m(B, "fr", "n1", "", "billing", "Changement de formule",
"""Bonjour, je voudrais passer à la formule annuelle, combien cela coûterait-il pour 3 utilisateurs ? Merci""")

    # ================= nl
    m(B, "nl", "b1", "B", "notifications for deleted appointments", "Meldingen van verwijderde afspraken",
"""Hallo, ik krijg nog steeds pushmeldingen voor afspraken die ik vorige week al verwijderd heb. Ook de klanten krijgen nog een herinnering. Hoe kan dat? Groet, Daan""")
    m(B, "nl", "f1", "F", "would like offline mode", "Offline werken",
"""Goedemiddag,

Wij werken vaak op locaties zonder goed bereik. Het zou ons enorm helpen als de app ook offline zou werken en later synchroniseert. Staat zoiets op de planning?

Vriendelijke groet,
Pieter""")
    m(B, "nl", "n1", "", "how-to: is there a way (exists)", "Klant samenvoegen",
"""Hoi, kan ik twee klantkaarten samenvoegen? Ik meen dat ik dat eerder gedaan heb maar vind de knop niet meer. Groet, Fleur""")

    # ================= sv
    m(B, "sv", "b1", "B", "sums in report differ from dashboard", "Olika summor",
"""Hej, på startsidan står det att vi sålt för 84 300 kr i oktober, men i månadsrapporten står det 79 150 kr. Vilken är rätt? Båda borde ju visa samma sak. /Johan""")
    m(B, "sv", "f1", "F", "would like to customise email texts", "Egna texter i mejlen",
"""Hej! Det vore jättebra om vi själva kunde ändra texten i bokningsbekräftelsen, nu låter den lite stel för vår verksamhet. Går det att lägga in som önskemål? /Emma""")
    m(B, "sv", "n1", "", "history only", "SV: Önskemål mörkt läge",
"""Tack för beskedet, då väntar vi.

/Oskar

Från: Support
> Hej Oskar, vi har noterat ditt önskemål.
>> Skulle ni kunna lägga till mörkt läge i appen? Det vore toppen.""")

    # ================= it
    m(B, "it", "b1", "B", "appointment durations change by themselves", "Durata appuntamenti",
"""Buongiorno,

da qualche giorno gli appuntamenti da 60 minuti diventano da soli di 30 quando li sposto nel calendario. Devo ogni volta riallungarli a mano. Prima non succedeva.

Grazie
Laura Conti""")
    m(B, "it", "f1", "F", "would like birthday messages", "Auguri di compleanno",
"""Ciao! Sarebbe carinissimo poter mandare in automatico un messaggio di auguri ai clienti il giorno del compleanno, magari con un piccolo sconto. Ci avete mai pensato? Un saluto, Giorgia""")
    m(B, "it", "n1", "", "billing", "Fattura duplicata?",
"""Buongiorno, ho ricevuto due email con la fattura di novembre, devo pagarle entrambe o è la stessa? Grazie""")

    # ================= pt
    m(B, "pt", "b1", "B", "client phone numbers swapped on import", "Telefones trocados",
"""Boa tarde,

depois de importar a nossa lista de clientes, os números de telefone ficaram associados às pessoas erradas, cada um tem o número do cliente da linha de baixo. No ficheiro Excel está tudo certo.

Obrigada
Marta Silva""")
    m(B, "pt", "f1", "F", "would like Apple/Google wallet or more payment; 'fazia falta'", "Pagamento com MB Way",
"""Olá, fazia-nos muita falta poder receber por MB Way nas marcações online. Muitos clientes perguntam e acabamos por perder reservas. Estão a pensar nisso? Obrigado, André""")
    m(B, "pt", "n1", "", "outage", "Sistema em baixo",
"""Bom dia, ninguém aqui consegue aceder ao sistema desde as 9h, dá erro em todas as páginas. É geral?""", forbid="B")
