"""devset12 bug-feature, batch 7 (measured before tuning on it; written after b6 tuning).
Mixed situations, weighted to ro pl pt it nl sv; long signatures, quoted history."""
B = "b7"

SIG_NL = """
--
Studio Vlinder | Hoofdstraat 12, 3811 Amersfoort | 033 123 4567
Dit bericht is uitsluitend bestemd voor de geadresseerde."""

def add(m):
    # ---------------- en
    m(B, "en", "b1", "B", "narrative: client merged into wrong record", "Two clients became one",
"""Hi,

I added a new client yesterday, Sam Taylor, and today her appointments are showing under an old client called Sam Turner, who hasn't been in for two years. Sam Taylor's record is now empty and Sam Turner has her phone number. I didn't merge anything.

Cheers
Nadia""")
    m(B, "en", "f1", "F", "request in narrative: waitlist auto-fill", "Cancellations",
"""We get maybe 10 cancellations a week and I spend ages ringing round to fill the gaps. If the system could just text the next person on a list when a slot opens up, that would be a game changer for us.

Jade""")
    m(B, "en", "n1", "", "feature request only in quoted history; new text is thanks", "Re: Feature idea",
"""Thanks Ben, that's good to know, I'll keep an eye on the release notes.

Kat

> On 20 Nov, Kat wrote:
> It would be great if you could add a waiting list feature, we'd use it every day.""")

    # ---------------- de
    m(B, "de", "b1", "B", "Erzählung: Preise springen nach Import", "Preise nach Import",
"""Hallo,

nach dem Import unserer Preisliste aus Excel stehen bei allen Leistungen mit Komma-Preisen plötzlich Hunderterbeträge: aus 39,50 € wurde 3.950 €. Die Excel-Datei ist korrekt, das haben wir geprüft.

Gruß
Sandra Hahn""")
    m(B, "de", "f1", "F", "toll wäre – Kundenportal", "Kundenportal",
"""Hallo, toll wäre ein kleines Kundenportal, in dem unsere Kunden ihre vergangenen Termine und Rechnungen selbst einsehen können. Das würde uns viele Anrufe ersparen. LG, Kosmetik Sommer""")

    # ---------------- ro
    m(B, "ro", "b1", "B", "narativ: clientul nou apare peste unul vechi", "Clienți amestecați",
"""Bună,

Ieri am adăugat o clientă nouă, Maria Pop, iar azi programările ei apar la o altă clientă, Maria Popa, care n-a mai fost la noi de doi ani. Fișa Mariei Pop e acum goală. Eu n-am unit nimic.

Mulțumesc,
Corina""")
    m(B, "ro", "b2", "B", "prețurile cu virgulă devin sute după import", "Import prețuri",
"""Salut, am importat lista de prețuri din Excel și toate prețurile cu zecimale au ieșit înmulțite cu 100: 39,50 lei a devenit 3950 lei. În fișierul Excel sunt corecte. Paul""")
    m(B, "ro", "b3", "B", "butonul trimite nu reacționează pe telefon", "Butonul Trimite",
"""Bună, pe telefon, când vreau să trimit factura pe email clientei, apăs pe „Trimite” și nu se întâmplă absolut nimic. Pe laptop merge. Am Samsung A54. Mulțumesc, Denisa""")
    m(B, "ro", "f1", "F", "dacă sistemul ar putea trimite automat", "Anulări",
"""Bună ziua, avem multe anulări și pierd mult timp sunând clienții din listă. Dacă sistemul ar putea trimite automat un mesaj următorului client când se eliberează un loc, ne-ar ajuta enorm. Mulțumesc, Alexandra""")
    m(B, "ro", "f2", "F", "ar fi bine să putem pune poze", "Poze la servicii",
"""Salut, ar fi bine să putem pune câte o poză la fiecare serviciu pe pagina de rezervări, clienții aleg mai ușor când văd rezultatul. Se poate? Mersi, Ionuț""")
    m(B, "ro", "n1", "", "mulțumire, problema rezolvată", "Re: Eroare la factură",
"""Bună, mulțumesc mult, după ce ați corectat setarea de TVA facturile ies acum corect. Puteți închide tichetul. Elena

> Am corectat cota de TVA din contul dvs.""")
    m(B, "ro", "n2", "", "cum export (există)", "Export clienți",
"""Bună ziua, unde găsesc butonul de export al listei de clienți? Știu că există, dar nu-l găsesc. Mulțumesc, Nicoleta""")

    # ---------------- pl
    m(B, "pl", "b1", "B", "narracja: nowa klientka nadpisała starą", "Klientki się połączyły",
"""Dzień dobry,

wczoraj dodałam nową klientkę, Annę Nowak, a dziś jej wizyty widnieją u innej Anny Nowakowskiej, która nie była u nas od dwóch lat. Karta Anny Nowak jest pusta. Niczego nie łączyłam.

Pozdrawiam
Edyta""")
    m(B, "pl", "b2", "B", "ceny po imporcie pomnożone", "Import cennika",
"""Cześć, po zaimportowaniu cennika z Excela wszystkie ceny z groszami wyszły sto razy większe: 39,50 zł zrobiło się 3950 zł. W pliku wszystko jest dobrze. Rafał""")
    m(B, "pl", "b3", "B", "przycisk wyślij nic nie robi na telefonie", "Przycisk Wyślij",
"""Dzień dobry, na telefonie, gdy chcę wysłać klientce fakturę mailem, naciskam "Wyślij" i zupełnie nic. Na laptopie to samo działa. Samsung A54. Pozdrawiam, Oliwia""")
    m(B, "pl", "f1", "F", "gdyby system sam wysyłał", "Odwołane wizyty",
"""Dzień dobry, mamy dużo odwołań i dzwonię po klientach z listy rezerwowej. Gdyby system sam wysyłał SMS do następnej osoby, kiedy zwolni się termin, oszczędziłoby mi to masę czasu. Pozdrawiam, Aleksandra""")
    m(B, "pl", "f2", "F", "chciałbym móc zdjęcia usług", "Zdjęcia usług",
"""Cześć, chciałbym móc dodać zdjęcie do każdej usługi na stronie rezerwacji, klientom łatwiej wybrać, jak widzą efekt. Da radę? Marcin""")
    m(B, "pl", "n1", "", "dziękuję, naprawione", "Re: Błąd na fakturze",
"""Dzień dobry, dziękuję, po poprawieniu stawki VAT faktury wychodzą już prawidłowo. Można zamknąć zgłoszenie. Teresa""")

    # ---------------- es
    m(B, "es", "b1", "B", "narrativo: cliente nuevo fusionado", "Clientes mezclados",
"""Hola,

Ayer di de alta a una clienta nueva, Ana Ruiz, y hoy sus citas aparecen en la ficha de otra clienta, Ana Ruiz Gómez, que no viene desde hace dos años. La ficha nueva está vacía. Yo no he fusionado nada.

Saludos,
Paula""")
    m(B, "es", "f1", "F", "si el sistema pudiera avisar", "Huecos libres",
"""Buenas, cada semana tenemos cancelaciones y llamo uno por uno a la lista de espera. Si el sistema pudiera avisar solo al siguiente cuando queda un hueco, nos ahorraría muchísimo tiempo. Gracias, Elena""")

    # ---------------- fr
    m(B, "fr", "b1", "B", "récit: prix multipliés après import", "Import des tarifs",
"""Bonjour,

Après l'import de notre grille tarifaire depuis Excel, tous les prix avec des centimes ont été multipliés par cent : 39,50 € est devenu 3 950 €. Le fichier Excel est correct, nous avons vérifié.

Cordialement,
Agnès""")
    m(B, "fr", "f1", "F", "si le logiciel pouvait prévenir", "Liste d'attente",
"""Bonjour, si le logiciel pouvait prévenir automatiquement le client suivant sur la liste quand un créneau se libère, ça nous changerait la vie. Merci, Christelle""")

    # ---------------- nl
    m(B, "nl", "b1", "B", "verhaal: nieuwe klant samengevoegd", "Klanten door elkaar",
"""Hoi,

Gisteren heb ik een nieuwe klant aangemaakt, Eva de Boer, en vandaag staan haar afspraken bij een oude klant, Eva Boer, die al twee jaar niet is geweest. De kaart van Eva de Boer is nu leeg. Ik heb niks samengevoegd.

Groetjes,
Noor""" + SIG_NL)
    m(B, "nl", "b2", "B", "verzendknop doet niets op telefoon", "Verzendknop",
"""Hallo, op mijn telefoon druk ik op 'Versturen' om de factuur te mailen en er gebeurt helemaal niks. Op de laptop gaat het prima. Samsung A54. Groet, Sem""" + SIG_NL)
    m(B, "nl", "f1", "F", "als het systeem zelf", "Wachtlijst",
"""Hallo, we hebben veel afzeggingen en ik bel me suf om de gaten te vullen. Als het systeem zelf de volgende op de wachtlijst een berichtje kon sturen, zou dat ons zoveel tijd schelen. Groet, Lotte""" + SIG_NL)
    m(B, "nl", "n1", "", "bedankt, opgelost", "Re: Fout op factuur",
"""Bedankt, na het aanpassen van het btw-tarief kloppen de facturen weer. Het ticket mag dicht. Groet, Ruud""" + SIG_NL)

    # ---------------- sv
    m(B, "sv", "b1", "B", "berättande: ny kund hamnar på gammal", "Kunder ihopslagna",
"""Hej,

I går lade jag upp en ny kund, Sara Lind, och i dag ligger hennes bokningar på en gammal kund, Sara Lindh, som inte varit här på två år. Sara Linds kort är tomt. Jag har inte slagit ihop något.

Mvh
Nora""")
    m(B, "sv", "b2", "B", "priser efter import gånger hundra", "Import av prislista",
"""Hej, efter att vi importerade prislistan från Excel blev alla priser med ören hundra gånger för höga: 39,50 kr blev 3950 kr. I Excel-filen ser allt rätt ut. /Oskar""")
    m(B, "sv", "f1", "F", "om systemet kunde skicka", "Avbokningar",
"""Hej, vi har många avbokningar och jag ringer runt för att fylla luckorna. Om systemet själv kunde skicka sms till nästa person på listan när en tid blir ledig, skulle det spara oss massor av tid. /Klara""")
    m(B, "sv", "n1", "", "tack, löst", "Re: Fel på faktura",
"""Tack, efter att ni ändrade momssatsen blir fakturorna rätt nu. Ni kan stänga ärendet. /Göran""")

    # ---------------- it
    m(B, "it", "b1", "B", "narrativo: cliente nuovo unito a uno vecchio", "Clienti uniti",
"""Buongiorno,

ieri ho inserito una nuova cliente, Laura Ferri, e oggi i suoi appuntamenti risultano sotto un'altra cliente, Laura Ferrari, che non viene da due anni. La scheda di Laura Ferri è vuota. Non ho unito niente io.

Grazie,
Beatrice""")
    m(B, "it", "b2", "B", "il pulsante invia non fa niente", "Pulsante Invia",
"""Ciao, dal telefono quando premo 'Invia' per mandare la fattura via mail alla cliente non succede assolutamente nulla. Dal portatile funziona. Samsung A54. Grazie, Nicola""")
    m(B, "it", "f1", "F", "se il sistema potesse avvisare", "Lista d'attesa",
"""Buongiorno, abbiamo tante disdette e passo ore al telefono per riempire i buchi. Se il sistema potesse avvisare da solo il prossimo cliente in lista quando si libera un posto, ci farebbe risparmiare un sacco di tempo. Grazie, Claudia""")
    m(B, "it", "n1", "", "grazie, risolto", "Re: Errore fattura",
"""Grazie, dopo la correzione dell'aliquota IVA le fatture escono giuste. Potete chiudere la richiesta. Emanuele""")

    # ---------------- pt
    m(B, "pt", "b1", "B", "narrativa: cliente novo junta-se a antigo", "Clientes misturados",
"""Olá,

Ontem criei uma cliente nova, Ana Reis, e hoje as marcações dela aparecem na ficha de outra cliente, Ana Reis Silva, que já não vem há dois anos. A ficha da Ana Reis está vazia. Eu não juntei nada.

Obrigada,
Sónia""")
    m(B, "pt", "b2", "B", "preços multiplicados após importação", "Importação de preços",
"""Bom dia, depois de importarmos a tabela de preços do Excel, todos os preços com cêntimos ficaram multiplicados por 100: 39,50 € passou a 3950 €. No ficheiro está tudo certo. Cumprimentos, Luís""")
    m(B, "pt", "b3", "B", "br: botão enviar não faz nada", "Botão Enviar",
"""Oi, no celular quando toco em "Enviar" para mandar a nota por email pra cliente, não acontece nada. No notebook funciona. Samsung A54. Valeu, Bruna""")
    m(B, "pt", "f1", "F", "se o sistema avisasse", "Lista de espera",
"""Olá, temos muitos cancelamentos e passo horas ao telefone para preencher as vagas. Se o sistema avisasse sozinho o próximo cliente da lista quando abre uma vaga, poupava-nos imenso tempo. Obrigada, Susana""")
    m(B, "pt", "n1", "", "obrigado, resolvido", "Re: Erro na fatura",
"""Obrigado, depois de corrigirem a taxa de IVA as faturas já saem certas. Podem fechar o pedido. Jorge""")
