"""devset12 bug-feature, batch 4 (measured before tuning on it; written after b3 tuning).
Negatives that borrow the words: "is there any way you could resend", "missing invoice", own typo,
"the duplicates are gone now", "we'd love a call back"."""
B = "b4"

def add(m):
    # ---------------- en
    m(B, "en", "b1", "B", "narrative: client can book past closing time", "Online booking after hours",
"""Hi all,

Had a client turn up at 7.30pm last night saying she'd booked online. We close at 6 on Wednesdays and that's what's set under opening hours, but the booking page was happily offering slots until 9. I've checked a few other days and they look fine, it's just Wednesdays.

Cheers
Liam""", fmt="alt")
    m(B, "en", "b2", "B", "narrative: staff member's appointments vanish from her view", "Becky's diary",
"""Hello, when Becky logs in on her own account her diary for next week looks completely empty, but when I look at it from my admin login she's got 23 appointments booked. So she thinks she's free. Her permissions haven't changed. Thanks, Claire""")
    m(B, "en", "f1", "F", "is there any way to - stop auto emails per client", "Opt out per client",
"""Hi, is there any way to switch off the automatic review request for one particular client? She's asked us not to send her anything. At the moment it seems to be all or nothing. Thanks, Priya""")
    m(B, "en", "f2", "F", "we'd love - gift vouchers online", "Gift vouchers",
"""Hello! We'd love to be able to sell gift vouchers through the booking page, especially with Christmas coming. Right now people have to phone us. Is that on the cards at all?

Warmly,
Bella's Beauty Room""")
    m(B, "en", "n1", "", "is there any way you could resend invoice", "Invoice copy",
"""Hi, is there any way you could resend the invoice for September? Our accounts team have lost it. Thanks, Helen""")
    m(B, "en", "n2", "", "fixed now, duplicates gone", "Re: Duplicate clients",
"""Hi Josh, just confirming the duplicate client records are gone now after your clean-up, everything looks right. Thanks for sorting it. Kim

> We've merged the duplicated records on your account, please check and let us know.""")
    m(B, "en", "n3", "", "own typo: I entered the wrong date", "Wrong date on booking",
"""Hi, I've put a client in for the 14th when it should be the 4th and now I can't remember how to move an appointment to a different day. Can you point me in the right direction? Ta, Wendy""")

    # ---------------- de
    m(B, "de", "b1", "B", "Erzählung: Mitarbeiterin sieht leeren Kalender", "Kalender leer bei Mitarbeiterin",
"""Hallo,

wenn sich unsere Auszubildende mit ihrem eigenen Zugang anmeldet, sieht sie im Kalender nur die Termine bis letzten Freitag, danach nichts mehr. Über meinen Admin-Zugang sehe ich bei ihr aber alle Termine der nächsten Wochen. Sie hat die gleichen Rechte wie die anderen.

Danke und Gruß
Stefanie Wolf""", fmt="qp")
    m(B, "de", "f1", "F", "wir bräuchten Wartezeiten zwischen Terminen", "Pufferzeit",
"""Hallo, wir bräuchten eine Pufferzeit nach bestimmten Behandlungen, z. B. 15 Minuten zum Desinfizieren. Derzeit müssen wir dafür Blocker eintragen. Lässt sich das einrichten? Grüße, Physio am Park""")
    m(B, "de", "n1", "", "fehlende Rechnung (Billing)", "Rechnung fehlt",
"""Hallo, mir fehlt die Rechnung für Oktober in meinem Kundenkonto, alle anderen Monate sind da. Können Sie sie mir bitte zuschicken? Danke, R. Wagner""")

    # ---------------- da
    m(B, "da", "b1", "B", "fortælling: SMS sendes til forkert kunde", "SMS til forkert kunde",
"""Hej,

I går ringede en kvinde, der aldrig har været kunde hos os, og spurgte, hvorfor hun fik påmindelser om en tid i morgen. Det viser sig, at hun har fået SMS'en til en af vores faste kunder. Nummeret på kundekortet er det rigtige.

Venlig hilsen
Rikke""")
    m(B, "da", "f1", "F", "hvorfor kan man ikke flytte flere aftaler", "Flytte aftaler",
"""Hej, hvorfor kan man ikke flytte alle aftaler fra én medarbejder til en anden på én gang, når nogen er syg? Vi sad i en time i morges og flyttede dem en ad gangen. Mvh Sofie""")
    m(B, "da", "n1", "", "fejl var vores", "Re: Forkert pris",
"""Hej igen, glem det – det var os selv, der havde tastet den forkerte pris ind på behandlingen. Det er rettet nu. Tak for hjælpen! Mvh Lise""")

    # ---------------- ro
    m(B, "ro", "b1", "B", "narativ: clienta primește confirmare pentru altă zi", "Confirmare cu altă zi",
"""Bună ziua,

O clientă s-a programat pentru joi la 14:00, iar pe email i-a venit confirmarea pentru miercuri la 14:00. În calendarul nostru programarea e corect, joi. Ea a venit miercuri și a așteptat degeaba. Am verificat încă două programări și e la fel, cu o zi mai devreme.

Mulțumesc,
Roxana Ilie""", fmt="b64")
    m(B, "ro", "b2", "B", "totalul din coș nu include reducerea", "Reducere neaplicată",
"""Salut, clienții pun codul de reducere, le apare „cod aplicat”, dar totalul rămâne același și plătesc prețul întreg. Codul e activ și valabil până la final de lună. Andrei""")
    m(B, "ro", "f1", "F", "ne-ar plăcea rapoarte pe angajat", "Rapoarte pe angajat",
"""Bună, ne-ar plăcea să vedem câte încasări a făcut fiecare angajat pe lună, ca să calculăm comisioanele. Acum le adun de mână din calendar. Ați putea face un astfel de raport?
Mulțumesc, Larisa""")
    m(B, "ro", "n1", "", "nu pot să mă loghez - parola uitată (how-to)", "Parola uitată",
"""Bună, am uitat parola și nu știu cum s-o resetez. Unde găsesc linkul de resetare? Mulțumesc, Florin""")
    m(B, "ro", "n2", "", "vrem să reînnoim", "Reînnoire abonament",
"""Bună ziua, ne-ar plăcea să reînnoim abonamentul pe încă un an, dar cu plata anuală. Cum procedăm? Mulțumim, Cabinet Dr. Pop""")

    # ---------------- pl
    m(B, "pl", "b1", "B", "narracja: wizyty znikają z grafiku pracownika", "Znikające wizyty",
"""Dzień dobry,

Od kilku dni część wizyt Magdy po prostu przestaje być widoczna w jej grafiku. Klientka przychodzi, a Magda mówi, że nie ma jej w systemie. Dopiero jak wyszukam klientkę po nazwisku, widać, że wizyta istnieje i jest przypisana do Magdy.

Pozdrawiam
Karolina Zając""")
    m(B, "pl", "b2", "B", "kwota na fakturze inna niż w kasie", "Faktura a paragon",
"""Cześć, wystawiam fakturę do paragonu i na fakturze wychodzi 246 zł, a na paragonie było 200 zł. Wygląda jakby VAT był doliczany drugi raz. Ceny mamy brutto. Pozdrawiam, Michał""")
    m(B, "pl", "f1", "F", "dobrze by było móc blokować klientów", "Blokowanie klientów",
"""Dzień dobry, mamy kilku klientów, którzy notorycznie nie przychodzą. Dobrze by było móc ich zablokować, żeby nie mogli się zapisywać online. Czy jest szansa na taką opcję? Pozdrawiam, Renata""")
    m(B, "pl", "n1", "", "brakuje faktury (billing)", "Brak faktury",
"""Dzień dobry, brakuje mi faktury za październik w panelu. Czy mogą Państwo ją przesłać mailem? Dziękuję, Grażyna""")
    m(B, "pl", "n2", "", "już działa, dziękuję", "Re: Wylogowywanie",
"""Dzień dobry, po aktualizacji aplikacji wszystko już działa, nie wylogowuje mnie. Dziękuję za pomoc! Weronika""")

    # ---------------- es
    m(B, "es", "b1", "B", "narrativo: los bonos se descuentan al cliente equivocado", "Bonos",
"""Hola,

Tenemos bonos de 5 sesiones. Cuando marcamos una sesión como usada a una clienta, a veces se descuenta del bono de otra clienta que se llama igual de nombre. Ayer dos Lauras se quedaron con el saldo cambiado.

Saludos,
Natalia""")
    m(B, "es", "f1", "F", "echo en falta informes comparativos", "Informes",
"""Buenas tardes, echo en falta poder comparar la facturación de este mes con la del mismo mes del año pasado en los informes. Sería muy práctico para ver cómo vamos. Un saludo, Ramón""")
    m(B, "es", "n1", "", "¿hay alguna forma de pagar por transferencia? (billing)", "Pago por transferencia",
"""Hola, ¿hay alguna forma de pagar la suscripción por transferencia bancaria en vez de con tarjeta? Gracias, Mercedes""")

    # ---------------- fr
    m(B, "fr", "b1", "B", "récit: facture avec TVA à zéro", "TVA à 0",
"""Bonjour,

Depuis le début du mois, toutes nos factures sortent avec une TVA à 0 €, alors que le taux de 20 % est bien renseigné sur chaque prestation. Notre comptable s'en est aperçu ce matin.

Cordialement,
Émilie Dubois""")
    m(B, "fr", "f1", "F", "il manque la possibilité", "Plusieurs prestations",
"""Bonjour, il manque vraiment la possibilité pour un client de réserver deux prestations à la suite en une seule fois (coupe + couleur). Il doit faire deux réservations. Ce serait top de pouvoir les enchaîner. Merci, Yann""")
    m(B, "fr", "n1", "", "comment faire (existe)", "Bloquer une journée",
"""Bonjour, comment bloquer une journée entière dans l'agenda pour une formation ? Merci, Aurélie""")

    # ---------------- nl
    m(B, "nl", "b1", "B", "verhaal: klanten kunnen dubbel geboekt worden", "Dubbele boekingen",
"""Hallo,

Vanochtend stonden er om 10 uur twee klanten tegelijk bij Yvonne, allebei met een bevestiging voor dezelfde behandeling. In de agenda staat er maar één, de andere is wel in haar klantkaart te zien. Dit is deze maand al de derde keer.

Groet,
Linda Visser""")
    m(B, "nl", "f1", "F", "zou handig zijn: meerdere prijzen per behandeling", "Prijzen per medewerker",
"""Hoi, bij ons kost een knipbeurt bij de eigenaar meer dan bij een junior. Het zou handig zijn als je per medewerker een andere prijs kunt instellen. Is dat iets voor een volgende versie? Groet, Daan""")
    m(B, "nl", "n1", "", "zelf verkeerd ingevoerd", "Re: Verkeerd bedrag",
"""Laat maar, ik had zelf een nul te veel ingetypt bij de prijs. Het klopt nu weer. Sorry voor de moeite! Nicole""")
    m(B, "nl", "n2", "", "lof", "Compliment",
"""Hallo, ik wilde even zeggen dat de nieuwe app echt heel fijn werkt, veel sneller dan de oude. Top! Marieke""")

    # ---------------- sv
    m(B, "sv", "b1", "B", "berättande: kundens telefonnummer byts ut", "Telefonnummer ändras",
"""Hej,

Vi har märkt att telefonnumret på några kundkort ändrar sig av sig självt. Jag skrev in rätt nummer på Agnes för två veckor sedan, och i dag står det ett helt annat nummer där som ingen av oss har skrivit. Det har hänt med minst tre kunder.

Mvh
Ida Berg""")
    m(B, "sv", "b2", "B", "statistik visar noll", "Statistiken",
"""Hej, statistiksidan visar 0 kr i omsättning för hela november trots att vi har kört kassan varje dag. Oktober visas som vanligt. /Henrik""")
    m(B, "sv", "f1", "F", "det hade varit bra med onlinebetalning", "Betalning vid bokning",
"""Hej, det hade varit jättebra om kunderna kunde betala direkt när de bokar, så slipper vi uteblivna besök. Är det något ni funderar på? Vänligen, Maja""")
    m(B, "sv", "n1", "", "hur gör jag (finns)", "Ändra öppettider",
"""Hej, hur ändrar jag öppettiderna för julen så att kunderna inte kan boka då? Tack, Ulla""")

    # ---------------- it
    m(B, "it", "b1", "B", "narrativo: il cliente riceve la fattura di un altro", "Fattura sbagliata",
"""Buongiorno,

ieri ho inviato la fattura al signor Rossi tramite il gestionale. Lui mi ha richiamato dicendo che nel PDF c'erano i dati e i trattamenti della signora Bianchi. Ho controllato e nella sua scheda la fattura risulta giusta, è solo il PDF inviato a essere di un'altra persona.

Cordiali saluti,
Davide Colombo""", fmt="b64")
    m(B, "it", "b2", "B", "gli appuntamenti si spostano di un giorno", "Appuntamenti spostati",
"""Ciao, da lunedì alcuni appuntamenti ricorrenti si sono spostati da soli di un giorno avanti, dal martedì al mercoledì. Nessuno di noi li ha toccati. Silvia""")
    m(B, "it", "f1", "F", "ci piacerebbe collegare Instagram", "Prenota da Instagram",
"""Salve, molti clienti ci trovano su Instagram. Ci piacerebbe tanto che potessero prenotare direttamente dal nostro profilo con il pulsante 'Prenota'. Pensate di collegarvi? Grazie, Martina""")
    m(B, "it", "n1", "", "fattura mancante", "Fattura mancante",
"""Buongiorno, non trovo la fattura di ottobre nell'area clienti, me la potete mandare? Grazie, Ufficio amministrazione""")
    m(B, "it", "n2", "", "il nostro team dovrebbe aggiungere", "Re: riunione",
"""Ciao Paola, sì, il nostro team dovrebbe aggiungere un controllo in più prima di chiudere la cassa. Ne parliamo lunedì. Gianni""")

    # ---------------- pt
    m(B, "pt", "b1", "B", "narrativa: marcações canceladas continuam a aparecer", "Marcações fantasma",
"""Olá,

Quando uma cliente cancela pelo link do SMS, a marcação desaparece da agenda no computador, mas no telemóvel da funcionária continua lá. Ontem a Carla ficou à espera de duas clientes que já tinham cancelado na véspera.

Obrigada,
Patrícia Lopes""")
    m(B, "pt", "b2", "B", "br: comissões calculadas sobre o valor cheio", "Comissões",
"""Oi, o relatório de comissões está calculando a comissão sobre o valor cheio do serviço, mesmo quando o cliente teve desconto. Antes não era assim, pegava o valor pago. Abraços, Larissa""")
    m(B, "pt", "f1", "F", "não há forma de mandar mensagem de aniversário", "Aniversários",
"""Bom dia, não há forma de enviar automaticamente uma mensagem de parabéns aos clientes no dia de anos? Seria um toque simpático e trazia clientes de volta. Cumprimentos, Vera""")
    m(B, "pt", "n1", "", "já resolvido", "Re: Erro no relatório",
"""Olá, afinal o erro era meu, tinha o filtro de datas errado. Já está tudo certo. Obrigado! Diogo""")
    m(B, "pt", "n2", "", "br: tem como mudar o plano (billing)", "Mudar plano",
"""Oi, tem como mudar meu plano do mensal para o anual? Qual fica o valor? Obrigada, Juliana""")
