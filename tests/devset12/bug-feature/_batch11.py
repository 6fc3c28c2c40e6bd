"""devset12 bug-feature, batch 11 (measured before tuning on it; written after b10 tuning).
Negatives aimed at phrases added in b1-b10 ("game changer" praise, "I booked the wrong day",
"called a hundred times", "a customer noticed ... loved it"), plus fresh positives."""
B = "b11"

def add(m):
    m(B, "en", "n1", "", "praise: game changer", "Waitlist!",
"""Just had to tell you - the new waiting list is a game changer. Filled three gaps this week without lifting a finger. Thank you! Marnie""")
    m(B, "en", "n2", "", "user error: I booked the wrong day", "Moved to the wrong day",
"""Hi, I think I dragged Mrs Patel's appointment to the wrong day by accident and now I can't find it. Could you tell me how to search the calendar by client name? Thanks, Jo""")
    m(B, "en", "n3", "", "a customer noticed ... loved it (praise)", "Lovely feedback",
"""A customer noticed the new online booking page this morning and said it was the easiest she'd ever used. Thought you'd like to know! Fran""")
    m(B, "en", "b1", "B", "narrative: staff commission uses wrong rate", "Commission rate",
"""Hello, we changed Alice's commission from 30% to 35% on 1 November. Her commission report for November is still being worked out at 30%, even for services done this week. Her profile clearly shows 35%. Mike""")
    m(B, "en", "f1", "F", "narrative wish: SMS sender name", "Text sender",
"""Our clients often ignore the reminders because they come from a random number and look like spam. Being able to set our salon name as the sender would make a big difference. Is that doable? Leah""")

    m(B, "pl", "n1", "", "zła: dzwoniłam sto razy (angry, not a bug)", "Brak kontaktu",
"""Dzwoniłam do Was chyba sto razy w sprawie faktury i nikt nie odbiera. Proszę o kontakt mailowy. Halina""")
    m(B, "pl", "n2", "", "sama się pomyliłam", "Zły dzień wizyty",
"""Dzień dobry, zapisałam klientkę na zły dzień przez pomyłkę. Jak mogę przenieść wizytę na inny termin? Dziękuję, Kinga""")
    m(B, "pl", "b1", "B", "narracja: prowizja liczona po starej stawce", "Prowizja",
"""Dzień dobry, od 1 listopada zmieniliśmy Oli prowizję z 30% na 35%. W raporcie prowizji za listopad nadal liczy się 30%, nawet za zabiegi z tego tygodnia. W jej profilu wyraźnie jest 35%. Pozdrawiam, Marta""")
    m(B, "pl", "f1", "F", "nazwa nadawcy SMS", "Nadawca SMS",
"""Cześć, klienci często ignorują przypomnienia, bo przychodzą z jakiegoś numeru i wyglądają jak spam. Możliwość ustawienia nazwy salonu jako nadawcy bardzo by pomogła. Da się to zrobić? Ola""")

    m(B, "ro", "n1", "", "laudă: schimbare majoră", "Lista de așteptare",
"""Bună, noua listă de așteptare a schimbat total felul în care lucrăm, am umplut trei goluri săptămâna asta. Mulțumim! Raluca""")
    m(B, "ro", "b1", "B", "narativ: comisionul calculat cu procent vechi", "Comision",
"""Bună ziua, din 1 noiembrie i-am schimbat Mariei comisionul de la 30% la 35%. Raportul de comisioane pe noiembrie încă se calculează cu 30%, chiar și pentru serviciile de săptămâna asta. În profilul ei scrie clar 35%. Mulțumesc, Dana""")
    m(B, "ro", "f1", "F", "nume expeditor SMS", "Expeditor SMS",
"""Salut, clienții ignoră des reamintirile pentru că vin de la un număr oarecare și par spam. Dacă am putea pune numele salonului ca expeditor, ar conta enorm. Se poate face? Cristi""")

    m(B, "pt", "n1", "", "erro meu: marquei no dia errado", "Dia errado",
"""Olá, marquei uma cliente no dia errado sem querer. Como é que mudo a marcação para outro dia? Obrigada, Filomena""")
    m(B, "pt", "b1", "B", "narrativa: comissão com taxa antiga", "Comissão",
"""Bom dia, a 1 de novembro mudámos a comissão da Sara de 30% para 35%. O relatório de comissões de novembro continua a calcular a 30%, até para serviços desta semana. No perfil dela está claramente 35%. Obrigado, Duarte""")
    m(B, "pt", "f1", "F", "nome do remetente SMS", "Remetente SMS",
"""Olá, os clientes ignoram muitas vezes os lembretes porque vêm de um número qualquer e parecem spam. Poder pôr o nome do salão como remetente fazia toda a diferença. É possível? Obrigada, Inês""")

    m(B, "it", "n1", "", "errore mio: giorno sbagliato", "Giorno sbagliato",
"""Ciao, ho messo per sbaglio una cliente nel giorno sbagliato. Come faccio a spostarla a un altro giorno? Grazie, Lucia""")
    m(B, "it", "b1", "B", "narrativo: provvigione con aliquota vecchia", "Provvigioni",
"""Buongiorno, dal 1° novembre abbiamo portato la provvigione di Giada dal 30% al 35%. Il report provvigioni di novembre continua a calcolare il 30%, anche per i servizi di questa settimana. Nel suo profilo c'è chiaramente 35%. Grazie, Enrico""")
    m(B, "it", "f1", "F", "nome mittente SMS", "Mittente SMS",
"""Salve, i clienti spesso ignorano i promemoria perché arrivano da un numero qualsiasi e sembrano spam. Poter impostare il nome del salone come mittente farebbe una grande differenza. Si riesce? Grazie, Monica""")

    m(B, "nl", "n1", "", "lof: klant merkte op", "Leuke reactie",
"""Een klant merkte vanochtend de nieuwe boekingspagina op en zei dat het de makkelijkste was die ze ooit had gebruikt. Leuk om te delen! Tamara""")
    m(B, "nl", "b1", "B", "verhaal: commissie met oud percentage", "Commissie",
"""Hallo, per 1 november hebben we de commissie van Lieke verhoogd van 30% naar 35%. Het commissierapport over november rekent nog steeds met 30%, ook voor behandelingen van deze week. In haar profiel staat duidelijk 35%. Groet, Koen""")
    m(B, "nl", "f1", "F", "afzendernaam sms", "Afzender sms",
"""Hoi, klanten negeren de herinneringen vaak omdat ze van een willekeurig nummer komen en op spam lijken. Als we de salonnaam als afzender kunnen instellen, zou dat veel uitmaken. Kan dat? Groet, Nina""")

    m(B, "sv", "n1", "", "eget fel: fel dag", "Fel dag",
"""Hej, jag råkade boka in en kund på fel dag. Hur flyttar jag bokningen till en annan dag? Tack, Agneta""")
    m(B, "sv", "b1", "B", "berättande: provision med gammal sats", "Provision",
"""Hej, från 1 november höjde vi Idas provision från 30 % till 35 %. Provisionsrapporten för november räknar fortfarande med 30 %, även för behandlingar den här veckan. I hennes profil står det tydligt 35 %. /Fredrik""")
    m(B, "sv", "f1", "F", "avsändarnamn sms", "Avsändare sms",
"""Hej, kunderna ignorerar ofta påminnelserna eftersom de kommer från ett okänt nummer och ser ut som spam. Att kunna sätta salongens namn som avsändare skulle göra stor skillnad. Går det? /Julia""")

    m(B, "de", "b1", "B", "Erzählung: Provision mit altem Satz", "Provision",
"""Hallo, seit 1. November bekommt Lea 35 % statt 30 % Provision. Die Provisionsauswertung für November rechnet aber weiterhin mit 30 %, auch für Behandlungen dieser Woche. In ihrem Profil steht eindeutig 35 %. Gruß, Jan""")
    m(B, "es", "b1", "B", "narrativo: comisión con porcentaje viejo", "Comisiones",
"""Hola, desde el 1 de noviembre la comisión de Marta pasó del 30 % al 35 %. El informe de comisiones de noviembre sigue calculando con el 30 %, incluso para servicios de esta semana. En su perfil pone claramente 35 %. Gracias, Jaime""")
    m(B, "fr", "b1", "B", "récit: commission à l'ancien taux", "Commissions",
"""Bonjour, depuis le 1er novembre la commission de Léa est passée de 30 % à 35 %. Le rapport des commissions de novembre calcule toujours à 30 %, même pour les prestations de cette semaine. Sur son profil, c'est bien 35 %. Merci, Hugo""")
    m(B, "da", "b1", "B", "fortælling: provision med gammel sats", "Provision",
"""Hej, fra 1. november fik Ida 35 % i provision i stedet for 30 %. Provisionsrapporten for november regner stadig med 30 %, også for behandlinger i denne uge. På hendes profil står der tydeligt 35 %. Mvh Mads""")
