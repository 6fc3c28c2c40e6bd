"""devset12 bug-feature, batch 6 (measured before tuning on it; written after b5 tuning).
More hard negatives aimed at the new b1-b5 phrases (billing "still got charged", "is there any way
to pay by invoice", "even so" in praise), plus fresh narratives in every language."""
B = "b6"

def add(m):
    # ---------------- en
    m(B, "en", "b1", "B", "narrative: SMS credits drop with nothing sent", "SMS credits",
"""Hello,

We topped up 500 SMS credits on the 1st. By yesterday we had 12 left, but the message log shows only about 140 texts sent this month. We haven't run any campaigns. Where have the other 350 gone?

Thanks,
Ruth Malone""")
    m(B, "en", "b2", "B", "narrative: printout shows yesterday's list", "Day sheet",
"""Morning, when I print the day sheet first thing, it prints yesterday's appointments, not today's. If I go into the calendar and back out and print again, then it's right. Started this week. Ian""")
    m(B, "en", "f1", "F", "feature as complaint: no way to see who changed", "Audit trail",
"""Someone keeps moving appointments around and there's no way for me to see who did it or when. With 9 staff on one account that's a real problem. A simple change history per appointment would solve it. Cheers, Donna""")
    m(B, "en", "n1", "", "billing: still charged after cancelling subscription", "Charged after cancelling",
"""Hi, I cancelled our subscription on 30 October but I still got charged for November on the 1st. Can you refund that please and confirm the account is closed? Thanks, Alan Pike""", forbid="B")
    m(B, "en", "n2", "", "is there any way to pay by invoice (billing)", "Paying by invoice",
"""Hello, is there any way to pay annually by bank transfer rather than card? Our finance team prefers invoices. Thanks, Jill""")
    m(B, "en", "n3", "", "praise mentioning it worked before", "Thanks",
"""Hi team, the new reports page is much faster than it was before - we used it all morning. Great work. Lydia""")

    # ---------------- de
    m(B, "de", "b1", "B", "Erzählung: Öffnungszeiten auf Google falsch übertragen", "Öffnungszeiten Google",
"""Hallo,

über Ihre Google-Verknüpfung werden unsere Öffnungszeiten falsch übertragen: Auf Google steht jetzt montags geöffnet, obwohl wir montags seit Jahren zu haben. In Ihrem System ist Montag als Ruhetag hinterlegt. Wir hatten heute drei Leute vor verschlossener Tür.

Gruß
Friseur Becker""")
    m(B, "de", "f1", "F", "es fehlt eine Funktion: Teilzahlung", "Teilzahlung",
"""Hallo, uns fehlt die Möglichkeit, eine Rechnung in zwei Teilen zu kassieren (Anzahlung und Rest). Im Moment legen wir dafür zwei Rechnungen an, was die Statistik verfälscht. Gibt es Pläne dafür? Viele Grüße, Tattoo Studio Nord""")
    m(B, "de", "n1", "", "Abbuchung nach Kündigung (billing)", "Abbuchung trotz Kündigung",
"""Hallo, ich habe zum 31.10. gekündigt und trotzdem wurde im November wieder abgebucht. Bitte erstatten Sie den Betrag und bestätigen Sie die Kündigung. Gruß, M. Schulz""", forbid="B")

    # ---------------- da
    m(B, "da", "b1", "B", "fortælling: timer forsvinder fra lønrapport", "Timer mangler",
"""Hej,

Når jeg trækker lønrapporten for november, mangler alle de timer, der er registreret efter kl. 18. Vores aftenhold står derfor med halv løn i rapporten. I vagtplanen kan jeg godt se timerne.

Mvh
Pernille""")
    m(B, "da", "f1", "F", "det ville være en stor hjælp", "Påmindelse to gange",
"""Hej, det ville være en stor hjælp, hvis vi kunne sende påmindelsen to gange – en uge før og dagen før. Nu kan man kun vælge én. Mvh Klinik Nord""")
    m(B, "da", "n1", "", "hvordan (findes)", "Kundehistorik",
"""Hej, hvor kan jeg se en kundes tidligere behandlinger? Jeg kan ikke finde det. Tak, Marianne""")

    # ---------------- ro
    m(B, "ro", "b1", "B", "narativ: creditele SMS scad fără mesaje trimise", "Credite SMS",
"""Bună ziua,

Am cumpărat 1000 de SMS-uri la începutul lunii, iar acum mai am 40. În istoric apar doar vreo 300 trimise. Nu am făcut nicio campanie. Unde s-au dus restul?

Mulțumesc,
Valentin Neagu""")
    m(B, "ro", "b2", "B", "lista zilei tipărește ziua de ieri", "Lista zilei",
"""Bună, dimineața când tipăresc programul zilei, îmi scoate programările de ieri, nu pe cele de azi. Dacă intru în calendar și ies, apoi tipăresc din nou, e bine. Asta de luni încoace. Ramona""")
    m(B, "ro", "f1", "F", "nu avem cum să vedem cine a modificat", "Istoric modificări",
"""Bună, cineva tot mută programările și nu avem cum să vedem cine a făcut modificarea. Un istoric al modificărilor pe fiecare programare ne-ar rezolva problema. Se poate adăuga? Mulțumesc, Liviu""")
    m(B, "ro", "n1", "", "taxat după anulare (billing)", "Taxat după anulare",
"""Bună ziua, am anulat abonamentul pe 30 octombrie, totuși mi s-a luat plata pentru noiembrie. Vă rog să-mi returnați suma. Mulțumesc, Ciprian""", forbid="B")
    m(B, "ro", "n2", "", "e păcat că plecăm (non-feature)", "Închidere cont",
"""Bună ziua, închidem salonul la sfârșitul anului, e păcat pentru că am fost foarte mulțumiți de aplicație. Vă rog să ne închideți contul din ianuarie. Mulțumim, Irina""")

    # ---------------- pl
    m(B, "pl", "b1", "B", "narracja: SMS-y znikają z puli", "Pakiet SMS",
"""Dzień dobry,

na początku miesiąca kupiliśmy pakiet 1000 SMS-ów, a dziś zostało nam 60. W historii wysłanych wiadomości jest ich może 250. Nie robiliśmy żadnej kampanii. Gdzie podziała się reszta?

Pozdrawiam
Sylwia Krawczyk""")
    m(B, "pl", "b2", "B", "wydruk dnia pokazuje wczoraj", "Wydruk grafiku",
"""Cześć, rano drukuję plan dnia i drukuje mi się wczorajszy dzień zamiast dzisiejszego. Jak wejdę w kalendarz i wrócę, to przy drugim wydruku jest już dobrze. Od poniedziałku tak mam. Kamil""")
    m(B, "pl", "f1", "F", "nie da się zobaczyć kto zmienił", "Historia zmian",
"""Dzień dobry, ktoś przestawia wizyty, a nie ma możliwości sprawdzenia, kto to zrobił. Historia zmian przy każdej wizycie bardzo by nam pomogła. Pozdrawiam, Iza""")
    m(B, "pl", "n1", "", "pobrano opłatę po rezygnacji (billing)", "Opłata po rezygnacji",
"""Dzień dobry, zrezygnowałam z abonamentu 30 października, a mimo to pobrano opłatę za listopad. Proszę o zwrot. Dziękuję, Jolanta""", forbid="B")

    # ---------------- es
    m(B, "es", "b1", "B", "narrativo: el ticket imprime precio sin descuento", "Ticket sin descuento",
"""Hola,

Cuando aplico un descuento en caja, en pantalla sale el precio rebajado y el cliente paga eso, pero el ticket impreso sale con el precio original. Luego los clientes piensan que les hemos cobrado de más.

Saludos,
Andrés Molina""")
    m(B, "es", "f1", "F", "necesitaríamos historial de cambios", "Historial",
"""Buenas, necesitaríamos saber quién mueve o borra las citas. Un historial de cambios por cita nos vendría genial. ¿Es algo que podáis añadir? Gracias, Nuria""")
    m(B, "es", "n1", "", "aun así gracias (praise)", "Gracias por la ayuda",
"""Hola Marcos, al final no hizo falta tocar nada, pero aun así gracias por la rapidez. Todo perfecto. Un saludo, Irene""")

    # ---------------- fr
    m(B, "fr", "b1", "B", "récit: les forfaits décomptent deux séances", "Forfaits",
"""Bonjour,

Quand une cliente vient avec son forfait de 10 séances, le logiciel lui décompte deux séances au lieu d'une. Mme Petit n'avait plus que 6 séances après 2 visites. Je dois corriger chaque fiche à la main.

Cordialement,
Marine Roux""")
    m(B, "fr", "f1", "F", "il nous faudrait un historique", "Historique des modifications",
"""Bonjour, il nous faudrait un historique des modifications sur les rendez-vous, pour savoir qui a déplacé quoi. On est huit sur le même compte. C'est envisageable ? Merci, Romain""")
    m(B, "fr", "n1", "", "prélevé après résiliation (billing)", "Prélèvement",
"""Bonjour, j'ai résilié fin octobre et j'ai quand même été prélevé pour novembre. Merci de me rembourser. Cordialement, Gilles""", forbid="B")

    # ---------------- nl
    m(B, "nl", "b1", "B", "verhaal: sms-tegoed loopt leeg", "Sms-tegoed",
"""Hallo,

Begin deze maand hebben we 500 sms-berichten gekocht, nu staan we op 20. In het overzicht zie ik maar zo'n 150 verstuurde berichten. We hebben geen actie gedaan. Waar is de rest gebleven?

Groet,
Joost Mulder""")
    m(B, "nl", "b2", "B", "dagoverzicht print gisteren", "Dagoverzicht",
"""Hoi, als ik 's ochtends het dagoverzicht print, krijg ik de afspraken van gisteren op papier. Ga ik eerst naar de agenda en terug, dan klopt het wel. Sinds maandag zo. Groet, Mieke""")
    m(B, "nl", "f1", "F", "graag een wijzigingsgeschiedenis", "Wie heeft dit gewijzigd",
"""Hallo, er worden bij ons afspraken verzet en niemand weet door wie. Graag zouden we een logboek zien met wie wat heeft gewijzigd. Is dat te realiseren? Groet, Fleur""")
    m(B, "nl", "n1", "", "toch afgeschreven na opzegging (billing)", "Afschrijving na opzegging",
"""Hallo, ik heb eind oktober opgezegd maar kreeg toch een afschrijving voor november. Willen jullie dat terugstorten? Groet, Henk""", forbid="B")

    # ---------------- sv
    m(B, "sv", "b1", "B", "berättande: SMS-saldot minskar", "SMS-saldo",
"""Hej,

Vi köpte 1000 sms i början av månaden och nu är det 30 kvar. I loggen syns bara runt 200 skickade. Vi har inte gjort några utskick. Vart har resten tagit vägen?

Hälsningar
Elin Sjöberg""")
    m(B, "sv", "f1", "F", "vi behöver se ändringshistorik", "Ändringshistorik",
"""Hej, någon flyttar bokningar och vi har ingen aning om vem. En ändringslogg per bokning skulle lösa det direkt. Går det att bygga in? /Viktor""")
    m(B, "sv", "n1", "", "debiterad efter uppsägning (billing)", "Dragning efter uppsägning",
"""Hej, jag sa upp abonnemanget i oktober men fick ändå en dragning för november. Kan ni betala tillbaka? /Gunilla""", forbid="B")

    # ---------------- it
    m(B, "it", "b1", "B", "narrativo: crediti SMS spariti", "Crediti SMS",
"""Buongiorno,

a inizio mese abbiamo acquistato 1000 SMS e oggi ne restano 50. Nello storico ne vedo inviati forse 200. Non abbiamo fatto campagne. Dove sono finiti gli altri?

Grazie,
Roberto Gallo""")
    m(B, "it", "b2", "B", "la stampa del giorno è quella di ieri", "Stampa agenda",
"""Ciao, la mattina quando stampo l'agenda del giorno mi stampa quella di ieri. Se entro nel calendario ed esco, poi la ristampa giusta. Succede da lunedì. Grazie, Irene""")
    m(B, "it", "f1", "F", "manca uno storico modifiche", "Storico modifiche",
"""Salve, qualcuno sposta gli appuntamenti e non abbiamo modo di sapere chi è stato. Uno storico delle modifiche su ogni appuntamento ci risolverebbe il problema. Si può fare? Grazie, Sara""")
    m(B, "it", "n1", "", "addebito dopo disdetta (billing)", "Addebito dopo disdetta",
"""Buongiorno, ho disdetto l'abbonamento a fine ottobre ma mi è stato addebitato comunque novembre. Potete rimborsarmi? Grazie, Fabio""", forbid="B")

    # ---------------- pt
    m(B, "pt", "b1", "B", "narrativa: créditos SMS desaparecem", "Créditos SMS",
"""Olá,

Comprámos 1000 SMS no início do mês e agora restam 40. No histórico só aparecem cerca de 250 enviados. Não fizemos nenhuma campanha. Para onde foram os restantes?

Cumprimentos,
Helena Pires""")
    m(B, "pt", "b2", "B", "br: impressão do dia sai com ontem", "Impressão da agenda",
"""Oi, de manhã quando imprimo a agenda do dia sai a de ontem. Se eu entro no calendário e volto, aí imprime certo. Começou essa semana. Obrigado, Felipe""")
    m(B, "pt", "f1", "F", "não temos como ver quem alterou", "Histórico de alterações",
"""Bom dia, alguém anda a mudar marcações e não temos como saber quem foi. Um histórico de alterações em cada marcação resolvia-nos o problema. Conseguem acrescentar? Obrigada, Cláudia""")
    m(B, "pt", "n1", "", "cobrado depois de cancelar (billing)", "Cobrança após cancelamento",
"""Olá, cancelei a subscrição no fim de outubro e mesmo assim foi cobrado novembro. Podem devolver? Obrigado, Rui""", forbid="B")
    m(B, "pt", "n2", "", "mesmo assim obrigado (praise)", "Obrigada",
"""Olá Ana, afinal era só reiniciar o router, mas mesmo assim obrigada pela paciência! Beijinhos, Teresa""")
