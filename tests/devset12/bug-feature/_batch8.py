"""devset12 bug-feature, batch 8 (measured before tuning on it; written after b7 tuning).
Short, informal, typo-laden mails from phones; polite "it would be great if you could confirm"
negatives, admin requests ("add me to"), opening-hours questions."""
B = "b8"

def add(m):
    # ---------------- en
    m(B, "en", "b1", "B", "phone-style: calendar shows tomorrow as today", "calendar",
"""hiya the calender on my phone keeps opening on tomorrows date not today, so i keep looking at the wrong day lol. only started doing it this week. sent from my iphone""")
    m(B, "en", "b2", "B", "narrative: receipts emailed with someone else's card digits", "Receipt shows wrong card",
"""Hi, a customer just pointed out her emailed receipt says she paid with a card ending 4417, but her card ends 0932. I looked at two more receipts and they've got the same 4417 on them. Looks like every receipt today has the same card number printed. Steve""")
    m(B, "en", "f1", "F", "informal: pls let us", "staff rota",
"""hey could u guys let us set different opening hours for each staff member?? atm its one set of hours for the whole salon and half my girls only work mornings. thx, Kaz""")
    m(B, "en", "n1", "", "polite: would be great if you could confirm", "Direct debit form",
"""Hi, I've posted the signed direct debit form today. It would be great if you could confirm once it arrives. Many thanks, Pauline""")
    m(B, "en", "n2", "", "admin: add me to the mailing list", "Updates",
"""Hello, could you add my work address (tina@lashlab.co.uk) to your product update mailing list? Thanks, Tina""")
    m(B, "en", "n3", "", "opening hours question: any plans for christmas", "Christmas hours",
"""Hi, what are your support hours over Christmas? Any plans to close between the 24th and the 2nd? Just so I know who to call. Thanks, Rob""")

    # ---------------- de
    m(B, "de", "b1", "B", "Handy-Stil: Termine doppelt nach Sync", "termine doppelt",
"""hallo, seit ich den google kalender verbunden hab stehen alle termine doppelt drin, einmal von euch und einmal von google. hab schon getrennt und neu verbunden, bringt nix. lg tina""")
    m(B, "de", "f1", "F", "wäre cool wenn", "Trinkgeld",
"""Hi, wäre echt cool, wenn man beim Bezahlen direkt Trinkgeld auswählen könnte, so wie bei den Kartenterminals. Viele Kunden fragen danach. Grüße Jens""")
    m(B, "de", "n1", "", "höfliche Bitte um Bestätigung", "Lastschrift",
"""Hallo, ich habe das SEPA-Mandat heute unterschrieben zurückgeschickt. Es wäre schön, wenn Sie mir den Eingang kurz bestätigen könnten. Danke, Gabi""")

    # ---------------- ro
    m(B, "ro", "b1", "B", "stil telefon: calendarul sare la ziua de mâine", "calendar",
"""buna, calendarul din aplicatie se deschide mereu pe ziua de maine, nu pe azi, si ma tot uit la ziua gresita. a inceput de saptamana asta. trimis de pe telefon""")
    m(B, "ro", "b2", "B", "chitanțele au aceleași cifre de card", "Chitanțe",
"""Bună, o clientă a observat că pe chitanța primită pe email scrie că a plătit cu un card terminat în 4417, dar cardul ei se termină în 0932. Am mai verificat câteva chitanțe de azi și toate au același 4417. Mulțumesc, Ștefan""")
    m(B, "ro", "f1", "F", "informal: puteti sa ne lasati", "Program angajați",
"""salut, puteti sa ne lasati sa setam program diferit pt fiecare angajat?? acum e un singur program pt tot salonul si jumate din fete lucreaza doar dimineata. mersi, Bianca""")
    m(B, "ro", "n1", "", "politicos: ar fi bine dacă ați confirma", "Contract",
"""Bună ziua, v-am trimis contractul semnat prin curier. Ar fi bine dacă ați putea să-mi confirmați când ajunge. Mulțumesc, Marius""")
    m(B, "ro", "n2", "", "program de sărbători (support)", "Program sărbători",
"""Bună, ce program are suportul de Crăciun? Sunteți închiși între 24 și 2 ianuarie? Mulțumesc, Loredana""")

    # ---------------- pl
    m(B, "pl", "b1", "B", "styl telefon: kalendarz otwiera się na jutro", "kalendarz",
"""hej, kalendarz w apce otwiera mi sie ciagle na jutrzejszym dniu a nie na dzisiaj i patrze na zly dzien. zaczelo sie w tym tygodniu. wyslane z telefonu""")
    m(B, "pl", "b2", "B", "paragony z tym samym numerem karty", "Paragony",
"""Dzień dobry, klientka zauważyła, że na paragonie z maila jest karta kończąca się na 4417, a jej karta kończy się na 0932. Sprawdziłem kilka dzisiejszych paragonów i wszystkie mają to samo 4417. Pozdrawiam, Adam""")
    m(B, "pl", "f1", "F", "nieformalnie: dajcie możliwość", "Godziny pracowników",
"""czesc, dajcie mozliwosc ustawienia innych godzin pracy dla kazdego pracownika, teraz sa jedne godziny dla calego salonu a polowa dziewczyn pracuje tylko rano. dzieki, Gosia""")
    m(B, "pl", "n1", "", "uprzejma prośba o potwierdzenie", "Umowa",
"""Dzień dobry, wysłałam podpisaną umowę pocztą. Byłoby miło, gdyby Państwo potwierdzili jej otrzymanie. Dziękuję, Elżbieta""")
    m(B, "pl", "n2", "", "dodajcie mnie do newslettera", "Newsletter",
"""Dzień dobry, czy możecie dodać mój adres firmowy do listy mailingowej z nowościami? Dziękuję, Patryk""")

    # ---------------- es
    m(B, "es", "b1", "B", "estilo móvil: calendario abre en mañana", "calendario",
"""hola el calendario de la app se me abre siempre en el dia de mañana y no en hoy, y acabo mirando el dia equivocado. empezo esta semana. enviado desde mi movil""")
    m(B, "es", "f1", "F", "informal: dejadnos poner horario por empleado", "Horarios",
"""buenas, ¿nos dejáis poner un horario distinto a cada empleada? ahora hay un solo horario para todo el salón y la mitad solo trabaja por las mañanas. gracias, Vero""")
    m(B, "es", "n1", "", "cortesía: confirmadme recepción", "Contrato",
"""Hola, os he enviado el contrato firmado por mensajería. Sería genial que me confirmarais cuando llegue. Gracias, Alberto""")

    # ---------------- fr
    m(B, "fr", "b1", "B", "reçus avec le même numéro de carte", "Reçus",
"""Bonjour, une cliente a remarqué que son reçu par mail indique une carte finissant par 4417, alors que la sienne finit par 0932. J'ai regardé d'autres reçus d'aujourd'hui : tous ont le même 4417. Merci, Olivier""")
    m(B, "fr", "f1", "F", "familier: vous pourriez nous laisser", "Horaires par employé",
"""salut, vous pourriez nous laisser mettre des horaires différents pour chaque employée ? là c'est les mêmes horaires pour tout le salon alors que la moitié bosse que le matin. merci, Lola""")
    m(B, "fr", "n1", "", "politesse: merci de confirmer", "Mandat SEPA",
"""Bonjour, je vous ai renvoyé le mandat SEPA signé. Ce serait gentil de me confirmer sa bonne réception. Bien à vous, Mathilde""")

    # ---------------- nl
    m(B, "nl", "b1", "B", "telefoonstijl: agenda opent op morgen", "agenda",
"""hoi de agenda in de app opent steeds op morgen ipv vandaag en ik kijk dus steeds naar de verkeerde dag. begon deze week. verstuurd vanaf mijn iphone""")
    m(B, "nl", "b2", "B", "bonnetjes met hetzelfde kaartnummer", "Bonnetjes",
"""Hallo, een klant zag dat op haar gemailde bonnetje een pas eindigend op 4417 staat, maar haar pas eindigt op 0932. Ik heb nog een paar bonnetjes van vandaag bekeken en overal staat 4417. Groet, Gijs""")
    m(B, "nl", "f1", "F", "informeel: laat ons per medewerker", "Werktijden",
"""hey, kunnen we niet per medewerker andere openingstijden instellen? nu is er één rooster voor de hele salon en de helft werkt alleen ochtenden. dank je, Roos""")
    m(B, "nl", "n1", "", "beleefd: fijn als jullie bevestigen", "Machtiging",
"""Hallo, ik heb de getekende machtiging opgestuurd. Het zou fijn zijn als jullie even bevestigen dat hij binnen is. Groet, Wim""")

    # ---------------- sv
    m(B, "sv", "b1", "B", "mobilstil: kalendern öppnar på imorgon", "kalendern",
"""hej kalendern i appen öppnar hela tiden på imorgon istället för idag så jag kollar på fel dag hela tiden. började den här veckan. skickat från min iphone""")
    m(B, "sv", "b2", "B", "kvitton med samma kortnummer", "Kvitton",
"""Hej, en kund såg att kvittot hon fick på mejl säger att hon betalade med ett kort som slutar på 4417, men hennes slutar på 0932. Jag kollade några fler kvitton från i dag och alla har samma 4417. /Mikael""")
    m(B, "sv", "f1", "F", "informellt: kan ni låta oss", "Arbetstider",
"""hej, kan ni inte låta oss sätta olika öppettider för varje anställd? nu är det samma tider för hela salongen och halva personalen jobbar bara förmiddagar. tack, Lisa""")
    m(B, "sv", "n1", "", "artigt: bekräfta mottagande", "Autogiro",
"""Hej, jag har skickat in den underskrivna autogiroblanketten. Det vore snällt om ni kunde bekräfta när den kommit fram. /Bengt""")

    # ---------------- it
    m(B, "it", "b1", "B", "stile telefono: calendario si apre su domani", "calendario",
"""ciao il calendario nell app si apre sempre su domani e non su oggi, cosi guardo il giorno sbagliato. e iniziato questa settimana. inviato da iphone""")
    m(B, "it", "b2", "B", "ricevute con lo stesso numero di carta", "Ricevute",
"""Buongiorno, una cliente ha notato che sulla ricevuta via mail risulta una carta che finisce con 4417, ma la sua finisce con 0932. Ho guardato altre ricevute di oggi e hanno tutte lo stesso 4417. Grazie, Pietro""")
    m(B, "it", "f1", "F", "informale: fateci impostare", "Orari dipendenti",
"""ciao, ci fate impostare orari diversi per ogni dipendente? adesso c'è un orario unico per tutto il salone e metà delle ragazze lavora solo la mattina. grazie, Vale""")
    m(B, "it", "n1", "", "cortesia: gentilmente confermate", "Contratto",
"""Buongiorno, vi ho spedito il contratto firmato. Sarebbe gentile se poteste confermarmi la ricezione. Grazie, Ornella""")

    # ---------------- pt
    m(B, "pt", "b1", "B", "estilo telemóvel: agenda abre em amanhã", "agenda",
"""ola a agenda na app abre sempre no dia de amanha e nao no de hoje, e acabo a olhar para o dia errado. comecou esta semana. enviado do meu telemovel""")
    m(B, "pt", "b2", "B", "recibos com o mesmo cartão", "Recibos",
"""Olá, uma cliente reparou que o recibo que recebeu por email diz que pagou com um cartão terminado em 4417, mas o dela termina em 0932. Vi mais alguns recibos de hoje e todos têm o mesmo 4417. Obrigado, Henrique""")
    m(B, "pt", "f1", "F", "informal: deixem-nos definir", "Horários por funcionário",
"""olá, deixem-nos definir horários diferentes para cada funcionária? agora há um horário único para o salão todo e metade das meninas só trabalha de manhã. obrigada, Rita""")
    m(B, "pt", "n1", "", "cortesia: agradecia confirmação", "Contrato",
"""Bom dia, enviei o contrato assinado por correio. Agradecia que me confirmassem a receção. Obrigado, Armando""")
    m(B, "pt", "n2", "", "adicionar à newsletter", "Newsletter",
"""Olá, podem adicionar o meu email de trabalho à vossa newsletter de novidades? Obrigada, Filipa""")
