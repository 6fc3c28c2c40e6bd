"""devset12 bug-feature, batch 3 (measured before tuning on it; written after b2 tuning).
Heavier on ro pl pt it nl sv; negatives that borrow bug/feature wording."""
B = "b3"

def add(m):
    # ---------------- en
    m(B, "en", "b1", "B", "narrative: tips split to wrong staff", "Tips",
"""Hi,

At the end of each day we split card tips between whoever did the service. Since Monday all the tips are landing on Jess, even for clients she never saw. On the till they're recorded against the right person, it's only in the staff report they all end up under her.

Thanks
Owen""")
    m(B, "en", "f1", "F", "would make my life easier: colour per service", "Colours",
"""Hiya, small thing but it would make my life so much easier if each service type could have its own colour in the diary, so I can see at a glance where the long colour appointments are. Thanks! Gemma""")
    m(B, "en", "n1", "", "please add my colleague (seat admin)", "New login please",
"""Hi, could you add my colleague Rachel (rachel@brightsmiles.co.uk) as a user on our account? She started on Monday. Thanks, Neil""")
    m(B, "en", "n2", "", "error was mine", "Re: Invoice wrong",
"""Ignore my last email - the invoice total was wrong because I'd typed 15% discount instead of 5%. My mistake, all fixed now. Sorry! Jen

> The total on invoice 2210 is wrong, can you check?""")
    m(B, "en", "n3", "", "would be great if you could call me (not feature)", "Call back",
"""Hello, it would be great if someone could give me a ring about upgrading to the Team plan, I have a couple of questions about seats. 01632 960123. Thanks, Alan""")

    # ---------------- de
    m(B, "de", "b1", "B", "Erzählung: Kunde bekommt fremde Rechnung", "Falsche Rechnung verschickt",
"""Hallo,

Herr Yilmaz hat heute angerufen, er hat von uns eine Rechnung per Mail bekommen – allerdings die von Frau Berger, mit ihrer Adresse und ihren Behandlungen. Seine eigene hat er nie bekommen. Wir haben nur auf "Rechnung senden" bei ihm geklickt.

Gruß
Praxis Dr. Vogel""")
    m(B, "de", "f1", "F", "Warum kann ich nicht mehrere Mitarbeiter pro Termin", "Zwei Mitarbeiter pro Termin",
"""Hallo, bei Brautfrisuren arbeiten oft zwei von uns gleichzeitig. Leider kann man pro Termin nur eine Mitarbeiterin eintragen. Wäre es möglich, das zu erweitern? Grüße, Salon Haarmonie""")
    m(B, "de", "n1", "", "wie-Frage vorhandene Funktion", "SMS-Text ändern",
"""Hallo, wo kann ich den Text der Erinnerungs-SMS anpassen? Ich möchte die Absage-Frist ergänzen. Danke, Petra""")

    # ---------------- da
    m(B, "da", "b1", "B", "rabat forsvinder ved betaling", "Rabat",
"""Hej, når vi giver en kunde 10 % rabat i kassen, står rabatten der fint, men når betalingen er gennemført, er kvitteringen lavet uden rabat. Kunden har altså betalt fuld pris. Mvh Louise""")
    m(B, "da", "f1", "F", "ønsker eksport til Dinero", "Dinero",
"""Hej, vi bruger Dinero til regnskab. Kunne I tænke jer at lave en kobling, så salget automatisk kommer over? Det ville spare os for en masse tastearbejde. Mvh Kasper""")
    m(B, "da", "n1", "", "nedbrud for alle", "Nede?",
"""Hej, systemet er nede for os alle sammen, ingen kan logge ind siden kl. 8. Er der driftsforstyrrelser? Mvh Thomas""", forbid="BF")

    # ---------------- ro
    m(B, "ro", "b1", "B", "narativ: clientul vede prețul vechi la rezervare", "Prețuri vechi pe site",
"""Bună ziua,

Am schimbat prețurile la toate serviciile de pe 1 noiembrie. În aplicație apar cele noi, dar pe pagina de rezervări online clienții văd tot prețurile din vară. Ieri o clientă a venit convinsă că plătește 120 de lei, nu 150.

Mulțumesc,
Alina Stan""")
    m(B, "ro", "b2", "B", "nu pot tipări bonul, se blochează", "Bon fiscal",
"""Salut, de azi dimineață când apăs pe „Tipărește bon” aplicația se blochează și trebuie închisă din task manager. Am repornit calculatorul de două ori. Ieri mergea perfect.
George""")
    m(B, "ro", "b3", "B", "angajata apare liberă deși e în concediu", "Concediu ignorat",
"""Bună, am trecut-o pe Carmen în concediu toată săptămâna, dar clientele tot pot să se programeze la ea online. În calendarul nostru apare gri, dar pe site arată ore libere. Vă rog să verificați, Oana""")
    m(B, "ro", "f1", "F", "ar fi util pentru noi: abonamente", "Abonamente",
"""Bună ziua, vindem abonamente de 10 ședințe și ar fi foarte bine dacă aplicația ar ține evidența ședințelor rămase. Acum țin un caiet. Vă gândiți să introduceți așa ceva?
Cu drag, Simona""")
    m(B, "ro", "f2", "F", "de ce nu pot trimite SMS în masă", "Mesaje către toți clienții",
"""Salut, de ce nu există o opțiune să trimit un mesaj la toți clienții deodată, de exemplu când închidem de sărbători? Ar ajuta mult. Mersi, Bogdan""")
    m(B, "ro", "n1", "", "echipa noastră ar trebui să adauge", "Re: procedura",
"""Bună, Mihaela,

Da, echipa noastră ar trebui să adauge o verificare în plus la închiderea casei, discutăm mâine la ședință. Nu e nevoie să faci nimic acum.

Dan""")
    m(B, "ro", "n2", "", "întrebare factură", "Factura noiembrie",
"""Bună ziua, puteți să-mi retrimiteți factura pentru noiembrie? Nu o găsesc în email. Mulțumesc, Claudia""")

    # ---------------- pl
    m(B, "pl", "b1", "B", "narracja: bon podarunkowy nie odejmuje się", "Bony podarunkowe",
"""Dzień dobry,

Klientka przyszła z bonem na 200 zł, zrealizowaliśmy go w systemie, ale po tygodniu przyszła znowu i bon dalej miał pełną wartość 200 zł. Sprawdziłam inne bony i wszystkie wyglądają tak samo, jakby nic z nich nie schodziło.

Pozdrawiam
Natalia Mazur""")
    m(B, "pl", "b2", "B", "aplikacja wyrzuca przy dodawaniu klienta", "Wyrzuca z aplikacji",
"""Hej, jak dodaję nowego klienta na telefonie i wpisuję numer, to aplikacja po prostu się wyłącza i wszystko trzeba wpisywać od początku. Na komputerze działa normalnie. Android 14. Dzięki, Kuba""")
    m(B, "pl", "b3", "B", "przypomnienia przychodzą po wizycie", "Przypomnienia po czasie",
"""Dzień dobry, klienci dostają SMS z przypomnieniem dopiero po wizycie, czasem dzień później. W ustawieniach mamy 24 godziny przed. Pani Zofia się śmiała, ale to nie jest poważne. Pozdrawiam, Dorota""")
    m(B, "pl", "f1", "F", "chcielibyśmy zadatki online", "Zadatki",
"""Dzień dobry, chcielibyśmy, żeby klienci przy rezerwacji online mogli od razu wpłacić zadatek, bo mamy dużo nieodwołanych wizyt. Czy coś takiego jest możliwe w przyszłości?
Pozdrawiam, Marek""")
    m(B, "pl", "f2", "F", "fajnie gdyby był ciemny motyw", "Ciemny motyw",
"""Cześć, pracuję do późna i fajnie by było mieć ciemny motyw w aplikacji, bo wieczorem ten biały ekran mocno razi. Pozdro, Ola""")
    m(B, "pl", "n1", "", "pochwała nowej funkcji", "Dziękujemy",
"""Dzień dobry, chciałam podziękować za nowy raport prowizji, działa świetnie i oszczędza nam mnóstwo czasu. Pozdrawiam, Halina""")
    m(B, "pl", "n2", "", "płatność: zmiana karty", "Zmiana karty",
"""Dzień dobry, chcę zmienić kartę, z której pobierana jest opłata za abonament. Jak to zrobić? Dziękuję, Andrzej""")

    # ---------------- es
    m(B, "es", "b1", "B", "narrativo: clientes no reciben recordatorio", "Recordatorios",
"""Buenas,

Desde el lunes ninguna de nuestras clientas ha recibido el recordatorio del día anterior, y hemos tenido cuatro ausencias. En el historial de mensajes aparecen como 'enviado', pero a ellas no les llega nada. Tenemos saldo de SMS de sobra.

Gracias,
Rocío""")
    m(B, "es", "f1", "F", "queremos firma de consentimiento", "Consentimiento",
"""Hola, para tratamientos láser necesitamos que el cliente firme un consentimiento. ¿Sería posible que lo firmaran en la tablet y quedara guardado en su ficha? Ahora imprimimos y escaneamos. Saludos, Eva""")
    m(B, "es", "n1", "", "caída general", "No funciona nada",
"""Hola, desde las 9 nadie del equipo puede entrar, la web no carga ni en el ordenador ni en el móvil. ¿Tenéis una caída? Gracias, Sergio""", forbid="BF")

    # ---------------- fr
    m(B, "fr", "b1", "B", "récit: les heures d'ouverture se décalent", "Horaires décalés",
"""Bonjour,

Sur la page de réservation, nos horaires du samedi affichent 10h–20h alors qu'on ferme à 18h depuis des mois, c'est bien noté dans les paramètres. Des clients réservent à 19h et trouvent porte close.

Merci,
Antoine""")
    m(B, "fr", "f1", "F", "ce serait pratique: rappel par email en plus du SMS", "Rappel par email",
"""Bonjour, ce serait pratique de pouvoir envoyer le rappel aussi par e-mail et pas seulement par SMS, certains clients n'ont pas de portable. Vous pensez l'ajouter ? Merci, Laure""")
    m(B, "fr", "n1", "", "remerciement", "Merci",
"""Bonjour, juste pour vous dire que l'export comptable marche parfaitement, notre comptable est ravi. Bonne journée, Vincent""")

    # ---------------- nl
    m(B, "nl", "b1", "B", "verhaal: klanten krijgen bevestiging in het Engels", "Engelse bevestiging",
"""Hallo,

Sinds vorige week krijgen onze klanten de bevestigingsmail opeens in het Engels, terwijl alles bij ons op Nederlands staat. Een oudere klant belde zelfs of het wel echt van ons kwam. Wij hebben niets veranderd.

Groeten,
Ans Jansen""")
    m(B, "nl", "b2", "B", "kortingscode werkt maar halve korting", "Kortingscode",
"""Hoi, onze code WINTER20 zou 20% korting moeten geven, maar klanten krijgen maar 10% van het bedrag eraf. Ik heb het zelf geprobeerd met een test-boeking, zelfde resultaat. Groet, Rik""")
    m(B, "nl", "f1", "F", "kunnen jullie een koppeling met Moneybird maken", "Moneybird",
"""Goedemiddag, kunnen jullie een koppeling met Moneybird maken? Dan hoeven we de facturen niet meer over te typen. Het zou ons elke maand een middag schelen. Groet, Wouter""")
    m(B, "nl", "n1", "", "hoe-vraag: klant samenvoegen (bestaat)", "Dubbele klant",
"""Hallo, ik heb een klant per ongeluk twee keer aangemaakt. Hoe kan ik die twee kaarten samenvoegen? Bedankt, Lisa""")

    # ---------------- sv
    m(B, "sv", "b1", "B", "berättande: presentkort dras inte av", "Presentkort",
"""Hej,

En kund betalade med presentkort förra veckan och beloppet drogs av i kassan. Men när hon kom tillbaka i går hade presentkortet fortfarande hela värdet kvar i systemet. Vi har kollat fler och det är samma sak på alla.

Hälsningar
Malin""")
    m(B, "sv", "b2", "B", "tiderna visas en timme fel", "Tider i appen",
"""Hej, i mobilappen visas alla bokningar en timme fel sedan vi gick över till vintertid. På datorn stämmer allt. Mvh Niklas""")
    m(B, "sv", "f1", "F", "skulle gärna se väntelista", "Väntelista",
"""Hej! Vi skulle gärna se en väntelista där kunder kan skriva upp sig om en tid är fullbokad. Det skulle minska våra tomma luckor. Finns det något sådant på gång? /Frida""")
    m(B, "sv", "n1", "", "faktura fråga", "Fakturan",
"""Hej, kan ni skicka fakturan till vår ekonomiavdelning i stället, ekonomi@salongen.se? Tack, Linnea""")
    m(B, "sv", "n2", "", "beröm", "Tack!",
"""Hej, ville bara säga att den nya bokningssidan fungerar jättebra, kunderna gillar den. Tack! Ebba""")

    # ---------------- it
    m(B, "it", "b1", "B", "narrativo: le recensioni arrivano doppie", "Richieste recensione",
"""Buongiorno,

da qualche giorno ai clienti arriva la richiesta di recensione due volte, una subito dopo il pagamento e un'altra la mattina dopo. Alcuni ci hanno scritto un po' infastiditi. Nelle impostazioni è previsto un solo invio.

Grazie,
Elisa Bruno""")
    m(B, "it", "b2", "B", "il totale giornaliero non torna", "Chiusura cassa",
"""Ciao, la chiusura di cassa di ieri dice 1.240 €, ma sommando gli scontrini di ieri arrivo a 1.410 €. Mancano sempre i pagamenti fatti dopo le 19. Mi sapete dire qualcosa? Andrea""")
    m(B, "it", "b3", "B", "i clienti non riescono a prenotare l'ultimo slot", "Ultimo orario",
"""Salve, l'ultimo orario della giornata, le 19:30, non compare mai nella prenotazione online, anche quando è libero. Dal gestionale invece lo vedo. Da noi l'orario di chiusura è alle 20:30. Grazie, Simone""")
    m(B, "it", "f1", "F", "ci servirebbe poter esportare per il commercialista", "Esportazione",
"""Buongiorno, ci servirebbe poter esportare i corrispettivi in un formato che il nostro commercialista possa importare, tipo Excel o CSV. Al momento c'è solo la stampa. Grazie, Federica""")
    m(B, "it", "n1", "", "interruzione generale", "Gestionale bloccato",
"""Buongiorno, da stamattina nessuno di noi riesce ad accedere al gestionale, la pagina non si apre proprio. Avete un disservizio in corso? Grazie, Massimo""", forbid="BF")
    m(B, "it", "n2", "", "come faccio a... (esiste)", "Chiusure",
"""Ciao, come faccio a inserire i giorni di chiusura per Natale così i clienti non prenotano? Grazie, Anna""")

    # ---------------- pt
    m(B, "pt", "b1", "B", "narrativa: pontos de fidelização somam a dobrar", "Pontos a dobrar",
"""Olá,

Temos o programa de pontos ativo e reparámos que desde o início do mês cada visita está a dar o dobro dos pontos. A cliente gastou 30 € e ficou com 60 pontos, quando devia ter 30. Já há clientes com vales que não deviam ter.

Cumprimentos,
Sofia Costa""")
    m(B, "pt", "b2", "B", "não guarda notas", "Notas não ficam",
"""Boa tarde, escrevo as notas na ficha da cliente, carrego em guardar, aparece a mensagem verde, mas quando volto a abrir a ficha as notas já lá não estão. Obrigada, Marta""")
    m(B, "pt", "b3", "B", "br: boleto com valor errado", "Valor do boleto",
"""Oi, o boleto que o sistema gerou para a cliente saiu com o valor de R$ 15,00 em vez de R$ 150,00. Conferi o serviço e o preço está certo no cadastro. Abraço, Fernanda""")
    m(B, "pt", "f1", "F", "era bom ter app para clientes", "App para clientes",
"""Bom dia, era muito bom haver uma app para os clientes marcarem, com notificações. Muitos perguntam se temos app. Pensam fazer isso?
Obrigado, Hugo""")
    m(B, "pt", "f2", "F", "br: vocês podiam colocar Pix", "Pix",
"""Olá pessoal, vocês podiam colocar a opção de pagamento por Pix no agendamento online? Aqui quase ninguém usa cartão. Valeu, Thiago""")
    m(B, "pt", "n1", "", "elogio à funcionalidade", "Parabéns",
"""Olá, só queria dizer que a nova lista de espera está a funcionar lindamente, já preenchemos várias vagas. Parabéns! Catarina""")
    m(B, "pt", "n2", "", "faturação: NIF", "NIF na fatura",
"""Bom dia, podem acrescentar o NIF da empresa às faturas da subscrição? É 509 000 000. Obrigado, Paulo""")
