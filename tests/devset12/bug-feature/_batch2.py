"""devset12 bug-feature, batch 2 (measured before tuning on it; written after b1 tuning)."""
B = "b2"

def add(m):
    # ---------------- en
    m(B, "en", "b1", "B", "narrative: staff hours report counts lunch", "Hours report",
"""Hello,

Our payroll lady noticed that the monthly hours report is adding the lunch breaks back on. Emma worked 6h on Tuesday with a 30 min break, the timesheet says 5.5h, but the report says 6h. It's like that for everyone on every day with a break.

Thanks,
Gary""")
    m(B, "en", "b2", "B", "narrative: deposit shows as unpaid", "Deposit shows unpaid",
"""Hi, a client paid her £20 deposit online on Saturday, I got the payment confirmation email and the money is in Stripe, but on her booking it still says 'Deposit due'. Now she's getting chaser emails asking her to pay. Can you sort this? Beth""")
    m(B, "en", "b3", "B", "reply with quoted history; new symptom", "Re: Re: Calendar colours",
"""Hi Tom, thanks for the quick reply - the colours are back. However now every appointment I drag to a new time jumps back to where it was as soon as I let go of the mouse. Tried in Chrome and Edge, same.

Anna

On 23 Nov 2026, Tom (Support) wrote:
> Hi Anna, we've reset your calendar colour settings, they should show again.
> Let us know if anything else comes up.""")
    m(B, "en", "f1", "F", "wish phrased as complaint: still no way to", "Multiple locations",
"""We've been customers for three years and there's still no proper way to run two branches from one login. I have to log out and in again every time I switch shops. Competitors have had this for ages. Any plans?

Nikhil Patel""")
    m(B, "en", "f2", "F", "it'd save us hours: bulk SMS", "Texting all clients",
"""Hey team, when we close for a day (like snow last winter) I have to text 40 clients one by one. If I could just select the day and send one message to everyone booked, it'd save me hours. Cheers, Dee""")
    m(B, "en", "n1", "", "the feature works great", "Thank you!",
"""Just a quick note: the online payments feature works great, clients love not having to bring cash. Thanks for adding it so quickly after I asked. Maria""")
    m(B, "en", "n2", "", "how-to: is there a report of no-shows (exists)", "No-show report",
"""Hi, where do I find the no-show report you mentioned in the webinar? I've looked under Reports but can't spot it. Thanks, Dave""")
    m(B, "en", "n3", "", "billing: cancel subscription", "Cancel",
"""Please cancel my subscription at the end of this billing period, I'm retiring in December. Thanks for everything, Sue""")

    # ---------------- de
    m(B, "de", "b1", "B", "Erzählung: Gutschein wird nicht abgezogen", "Gutschein",
"""Hallo,

eine Kundin hatte gestern einen Gutschein über 50 € eingelöst. Im Buchungsfenster wurde er auch angezeigt, auf der Rechnung danach stand dann aber der volle Betrag, ohne Abzug. Das ist jetzt schon der zweite Fall diese Woche.

Gruß
Tanja Keller""")
    m(B, "de", "f1", "F", "Schnittstelle DATEV gewünscht", "DATEV",
"""Hallo, unser Steuerberater arbeitet mit DATEV. Gibt es eine Möglichkeit, die Rechnungen direkt dorthin zu übertragen, oder ist das in Zukunft angedacht? Momentan exportieren wir alles und tippen es ab. Gruß, Frank""")
    m(B, "de", "n1", "", "Ausfall für alle", "Nichts geht",
"""Guten Morgen, bei uns geht seit 8 Uhr gar nichts, weder die App noch die Webseite, alle Mitarbeiter bekommen nur eine Fehlerseite. Gibt es eine Störung?
Gruß, Holger""", forbid="BF")

    # ---------------- da
    m(B, "da", "b1", "B", "fortælling: kunder får dobbelt bekræftelse", "Dobbelt bekræftelse",
"""Hej,

Siden sidste uge får vores kunder to bekræftelsesmails på hver booking, den ene med det rigtige tidspunkt og den anden med tidspunktet en time tidligere. Flere kunder har ringet og spurgt, hvilken der gælder.

Hilsen
Anders""")
    m(B, "da", "f1", "F", "kunne I lave gavekort", "Gavekort",
"""Hej, vi får mange forespørgsler om gavekort op til jul. Det ville være smart, hvis kunderne kunne købe et gavekort direkte på vores bookingside. Er det noget, I arbejder på? Mvh Camilla""")
    m(B, "da", "n1", "", "ros", "Tak",
"""Hej, bare en kort tak: den nye kalender fungerer rigtig godt, og vi sparer meget tid. Mvh Birgitte""")

    # ---------------- ro
    m(B, "ro", "b1", "B", "narativ: raportul lunar arată suma dublă", "Raport lunar",
"""Bună ziua,

Raportul de încasări pe octombrie îmi arată 18.400 lei, dar în realitate am încasat cam jumătate. M-am uitat pe zile și fiecare plată cu cardul apare de două ori, o dată ca plată și o dată ca avans.

Vă mulțumesc,
Ioana Marin""")
    m(B, "ro", "b2", "B", "clienta primește SMS la ora greșită", "SMS-uri trimise noaptea",
"""Salut, de vreo trei zile SMS-urile de reamintire pleacă la 3 noaptea în loc de 18:00 cum am setat. Clientele mă sună supărate că le-am trezit. Setarea e tot la 18:00.
Mulțumesc, Diana""")
    m(B, "ro", "f1", "F", "se poate adăuga o listă de așteptare", "Listă de așteptare",
"""Bună, se poate adăuga și o listă de așteptare? Când cineva anulează, ar fi bine ca următorul client să fie anunțat automat. Acum le scriu eu pe rând.
Mulțumesc, Gabriela""")
    m(B, "ro", "f2", "F", "vreau să pot trimite oferte", "Oferte",
"""Bună ziua, aș vrea să pot trimite clienților o ofertă de preț înainte de programare, direct din aplicație. Momentan o fac în Word. Există în planuri așa ceva?
Sorin""")
    m(B, "ro", "n1", "", "factura: întrebare preț", "Preț abonament",
"""Bună ziua, de ce a crescut prețul abonamentului de la 99 la 119 lei? Nu am primit nicio notificare. Mulțumesc, Adrian""")
    m(B, "ro", "n2", "", "laudă funcție nouă", "Mulțumiri",
"""Bună, voiam doar să vă spun că noua funcție de reamintiri pe WhatsApp merge foarte bine, clienții chiar răspund. Bravo! Laura""")
    m(B, "ro", "n3", "", "how-to: cum adaug un angajat", "Angajat nou",
"""Bună, cum pot adăuga o angajată nouă ca să apară în calendarul de programări online? Mulțumesc, Irina""")

    # ---------------- pl
    m(B, "pl", "b1", "B", "narracja: klient widzi cudze wizyty", "Klient widzi cudze wizyty",
"""Dzień dobry,

klientka zadzwoniła do nas zaniepokojona, bo po zalogowaniu na swoje konto zobaczyła historię wizyt zupełnie innej osoby, z nazwiskiem i telefonem. Po wylogowaniu i ponownym zalogowaniu było już dobrze, ale to chyba poważna sprawa.

Pozdrawiam
Joanna Kowalczyk""")
    m(B, "pl", "b2", "B", "godziny pracy cofają się", "Grafik się cofa",
"""Cześć, ustawiam w grafiku, że Ania w sobotę pracuje do 14, zapisuję, a na drugi dzień znowu jest do 18. Robiłem to już cztery razy. Przez to ludzie zapisują się na godziny, kiedy jej już nie ma.
Łukasz""")
    m(B, "pl", "f1", "F", "czy jest możliwość programu lojalnościowego", "Program lojalnościowy",
"""Dzień dobry, czy jest szansa, że pojawi się u Państwa program lojalnościowy, np. co dziesiąta wizyta gratis? Klienci o to pytają, a my liczymy to na kartkach. Pozdrawiam, Beata""")
    m(B, "pl", "n1", "", "awaria dla wszystkich", "Awaria?",
"""Dzień dobry, od rana nikt z nas nie może się zalogować, strona w ogóle się nie otwiera, ani na komputerze, ani na telefonie. Czy to awaria po Waszej stronie? Pozdrawiam, Robert""", forbid="BF")
    m(B, "pl", "n2", "", "how-to: gdzie są ustawienia powiadomień", "Powiadomienia",
"""Dzień dobry, gdzie mogę zmienić treść SMS-a z przypomnieniem? Chcę dodać adres parkingu. Dziękuję, Iwona""")

    # ---------------- es
    m(B, "es", "b1", "B", "narrativo: las citas online no llegan al calendario", "Citas que no aparecen",
"""Hola,

Esta mañana se presentaron dos clientas diciendo que tenían cita a las 10. Ellas tienen el email de confirmación, pero en nuestro calendario esa hora estaba libre y la habíamos dado a otra persona. Creo que las reservas online no se están guardando.

Saludos,
Marta Gil""")
    m(B, "es", "f1", "F", "por qué no se puede poner foto del empleado", "Fotos del personal",
"""Buenas, ¿por qué no se puede poner una foto de cada empleado en la página de reservas? A los clientes les gusta elegir viendo la cara. Sería un detalle muy bonito.
Álvaro""")
    m(B, "es", "n1", "", "how-to: cómo cambio el logo", "Logo",
"""Hola, ¿cómo puedo cambiar el logo que aparece en los correos a los clientes? Gracias, Pilar""")

    # ---------------- fr
    m(B, "fr", "b1", "B", "récit: les rendez-vous annulés restent bloqués", "Créneaux bloqués",
"""Bonjour,

Quand un client annule par le lien du mail, le créneau reste bloqué dans l'agenda et personne d'autre ne peut le réserver. Je dois aller supprimer le rendez-vous à la main à chaque fois. Ça a commencé il y a environ deux semaines.

Merci,
Sophie Martin""")
    m(B, "fr", "f1", "F", "on aimerait pouvoir", "Acomptes",
"""Bonjour, on aimerait beaucoup pouvoir demander un acompte au moment de la réservation pour les prestations longues. Est-ce prévu ? Bonne journée, Claire""")
    m(B, "fr", "n1", "", "newsletter nouveautés", "Les nouveautés de novembre",
"""Découvrez les nouveautés du mois : acomptes en ligne, liste d'attente automatique et export comptable. Rendez-vous dans votre espace pour les activer.

Vous recevez cet e-mail car vous êtes client. Se désabonner""", fmt="html")

    # ---------------- nl
    m(B, "nl", "b1", "B", "verhaal: herinnering met verkeerde naam", "Verkeerde naam in herinnering",
"""Goedemorgen,

Een klant liet me vandaag een herinneringsmail zien die ze van ons kreeg, maar er stond 'Beste Ingrid' boven terwijl ze Marloes heet. Daarna heb ik er nog twee gezien met een naam van een andere klant. De afspraakgegevens klopten wel.

Groet,
Femke""")
    m(B, "nl", "b2", "B", "app sluit bij foto", "App sluit af bij foto",
"""Hoi, zodra ik in de app een foto bij een klant wil toevoegen, sluit de app zichzelf. Op de iPad van mijn collega gaat het wel goed. Ik heb hem al verwijderd en opnieuw gezet. Groet, Tim""")
    m(B, "nl", "f1", "F", "mis een functie: pakketten/strippenkaart", "Strippenkaart",
"""Hallo, wat ik echt mis is een strippenkaart: klant koopt 10 lessen en het systeem telt af. Nu houden we het bij in Excel. Zit dat in de planning?
Met vriendelijke groet, Bas""")
    m(B, "nl", "n1", "", "how-to: hoe zet ik online boeken uit", "Online boeken uitzetten",
"""Hallo, hoe zet ik online boeken tijdelijk uit tijdens mijn vakantie? Alvast bedankt, Joyce""")
    m(B, "nl", "n2", "", "factuurvraag", "Factuur",
"""Goedemiddag, kunnen jullie de factuur van oktober opnieuw sturen met ons KvK-nummer erop? Dank, Erik""")

    # ---------------- sv
    m(B, "sv", "b1", "B", "berättande: kvitton saknar moms", "Kvitton utan moms",
"""Hej,

Vår revisor påpekade att alla kvitton från november saknar momsraden helt. Totalsumman står där men momsen syns inte, och den kommer inte med i rapporten heller. I oktober såg de normala ut.

Vänliga hälsningar
Per Nilsson""")
    m(B, "sv", "b2", "B", "loggas ut hela tiden", "Utloggad hela tiden",
"""Hej! Jag blir utloggad ur appen typ var femte minut sedan i måndags, mitt i att jag skriver en bokning. Mina kollegor har inte det problemet. Mvh Sara""")
    m(B, "sv", "f1", "F", "vore smidigt med SMS-svar", "Svara på SMS",
"""Hej, det vore smidigt om kunderna kunde svara JA på påminnelse-SMS:et för att bekräfta tiden. Många försöker redan göra det. Går det att ordna? Mvh Johan""")
    m(B, "sv", "n1", "", "avbrott för alla", "Sidan nere",
"""Hej, ingen av oss kommer in i systemet sedan kl 9, sidan laddar inte alls. Är det ett driftstopp hos er? /Emil""", forbid="BF")

    # ---------------- it
    m(B, "it", "b1", "B", "narrativo: i clienti ricevono promemoria per appuntamenti cancellati", "Promemoria sbagliati",
"""Buongiorno,

una cliente ha disdetto il suo appuntamento di giovedì la settimana scorsa, l'ho cancellato subito dal calendario. Ieri però le è arrivato lo stesso il promemoria e stamattina si è presentata. È già la terza volta che succede.

Saluti,
Valentina Greco""")
    m(B, "it", "b2", "B", "i prezzi nel listino cambiano da soli", "Listino prezzi",
"""Ciao, ho aggiornato i prezzi del listino a inizio mese, ma ogni tanto su alcune ricevute compare ancora il prezzo vecchio. Non capisco da dove lo prenda. Grazie, Luca""")
    m(B, "it", "f1", "F", "vorremmo gestire più sedi", "Più sedi",
"""Salve, abbiamo aperto un secondo negozio e vorremmo poter gestire entrambe le sedi dallo stesso account, con calendari separati. È una cosa che avete in mente di fare?

Grazie,
Paolo Marino""")
    m(B, "it", "n1", "", "billing: fattura intestata", "Fattura",
"""Buongiorno, potete intestare le prossime fatture alla nuova ragione sociale? Vi allego la visura. Grazie, Chiara""")
    m(B, "it", "n2", "", "elogio", "Complimenti",
"""Volevo solo farvi i complimenti, il nuovo calendario è velocissimo e molto chiaro. Buon lavoro! Roberta""")

    # ---------------- pt
    m(B, "pt", "b1", "B", "narrativa: horário de verão", "Horários trocados",
"""Olá,

Desde domingo, as marcações que os clientes fazem pelo site aparecem na nossa agenda uma hora antes do que eles escolheram. Uma cliente marcou para as 15h e na agenda ficou 14h. As que eu marco à mão estão certas.

Obrigada,
Inês Ferreira""")
    m(B, "pt", "b2", "B", "não consigo anexar fotos desde atualização", "Fotos",
"""Bom dia, desde a última atualização da app, quando tento anexar uma foto à ficha da cliente, aparece uma roda a girar e nunca termina. No computador funciona. Cumprimentos, Joana""")
    m(B, "pt", "f1", "F", "gostava que houvesse pagamento MB Way", "MB Way",
"""Olá, gostávamos muito que os clientes pudessem pagar o sinal com MB Way na marcação. Muitos não têm cartão de crédito. Está nos vossos planos?
Cumprimentos, Nuno""")
    m(B, "pt", "n1", "", "interrupção geral", "Sistema em baixo",
"""Bom dia, ninguém aqui consegue entrar no sistema desde as 9h, dá erro em todos os computadores e telemóveis. Há alguma falha geral? Obrigado, Carlos""", forbid="BF")
    m(B, "pt", "n2", "", "how-to: onde vejo o relatório", "Relatório",
"""Boa tarde, onde vejo o relatório de vendas por serviço? Obrigada, Rita""")
