"""devset11 angry-urgent, batch 3 (written after b2 tuning, measured before tuning on it)."""
B = "b3"

def add_b3(m):
    # ---------------- en
    m(B, "en", "a1", "A", "curt, sarcastic: lovely, brilliant service", "Re: Your order has shipped",
"""Shipped? It's been sitting in your warehouse for 9 days according to your own tracking. Brilliant service as always. I'll be sure to tell everyone at the club how reliable you are.""")
    m(B, "en", "a2", "A", "exasperation: I'm at the end of my rope, rhetorical", "Still can't print labels",
"""Hi,

Honestly I'm at the end of my rope with this. Every update breaks the label printing and I spend my evenings on the phone with your support instead of with my kids. Why is it always on us to find your bugs?

Dave
Dave's Deli""")
    m(B, "en", "a3", "A", "threat to leave, disappointment, UK", "Renewal",
"""Hello,

Our renewal is due on the 1st and to be blunt, I'm struggling to justify it to my directors. We've had more downtime this quarter than in the previous two years combined and the communication has been poor at best. Unless something changes quickly we'll be moving to another supplier.

Regards,
Simon Clarke
IT Manager""")
    m(B, "en", "u1", "U", "flight/conference: presentation tomorrow morning, account locked", "Account locked - presenting tomorrow 8am",
"""Hi, my account got locked after the password change and I'm presenting our results with your dashboard at 8am tomorrow at a conference in Lisbon. I'm at the airport now. Could someone unlock it tonight please? Reply to this email or call +44 7700 900123.

Thanks, Priya""")
    m(B, "en", "u2", "U", "warehouse: trucks waiting, labels not printing, ASAP", "Trucks waiting - shipping labels",
"""Shipping labels stopped generating about 30 min ago and we have three trucks at the dock waiting to be loaded. Need someone on this ASAP, our cut-off is 4pm.

Gary, warehouse lead""")
    m(B, "en", "n1", "", "positive: ridiculously easy, no complaint", "Loving the new editor",
"""Just wanted to say the new editor is ridiculously easy to use. I was frustrated with the old one for years, so this is a real treat. Keep it up!

Jo""")
    m(B, "en", "n2", "", "polite: not urgent, when you get a sec", "Small question",
"""Hey, not urgent at all - when you get a sec, could you tell me if there's a way to bulk-rename tags? Thanks! Liam""")
    m(B, "en", "n3", "", "webinar marketing: hurry, seats filling fast", "Last chance: seats filling fast!",
"""Hurry - only 20 seats left for Thursday's webinar "Automate your month-end". Register today before it's too late!

You received this email because you are a customer of ours. Unsubscribe | View in browser""", fmt="html")

    # ---------------- de
    m(B, "de", "a1", "A", "curt, rhetorical, ironic", "Wirklich jetzt?",
"""Wirklich jetzt? Nach dem Update ist die halbe Kundendatenbank weg und Ihre Antwort ist "bitte Browser-Cache leeren"? Das kann doch nicht Ihr Ernst sein.""")
    m(B, "de", "a2", "A", "disappointed, looking at alternatives, formal but angry", "Beschwerde",
"""Sehr geehrte Damen und Herren,

ich bin ehrlich gesagt sprachlos. Seit drei Wochen warten wir auf die zugesagte Korrektur unserer Rechnungen, und jede Nachfrage wird mit Textbausteinen beantwortet. Wir prüfen derzeit Alternativen und werden den Vertrag nicht verlängern.

Mit freundlichen Grüßen
Dr. Claudia Weiß""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "u1", "U", "trade fair opens in the morning, devices not synced", "Messe morgen früh - Geräte synchronisieren nicht",
"""Hallo,

morgen früh um 9 öffnet die Messe und keins unserer Tablets synchronisiert die Produktdaten. Wir stehen hier am Stand und kommen nicht weiter. Bitte rufen Sie mich heute noch zurück, egal wie spät: 0160 9876543.

Danke!
Florian""")
    m(B, "de", "n1", "", "emergency contact form field (Notfallkontakt), calm", "Feld Notfallkontakt",
"""Guten Tag, im Mitarbeiterprofil lässt sich der Notfallkontakt nicht speichern, wenn die Telefonnummer Leerzeichen enthält. Kein großes Problem, nur zur Info. Grüße, Sven""")
    m(B, "de", "n2", "", "calm reply, angry text only in quote", "AW: Falsche Lieferung",
"""Hallo Frau Bauer,

vielen Dank, die richtige Ware ist heute angekommen. Damit ist alles erledigt.

Freundliche Grüße
Jörg Meier

-----Ursprüngliche Nachricht-----
> Das ist doch eine Frechheit! Zum zweiten Mal die falsche Ware, ich
> bin stinksauer.""")

    # ---------------- da
    m(B, "da", "a1", "A", "fed up, rhetorical", "Hvad sker der?",
"""Hej

Hvad sker der lige for jer? Tredje gang på en måned at vores medlemmer ikke kan logge ind, og jeres status-side siger at alt kører. Jeg er ved at være godt træt af at skulle undskylde over for vores medlemmer på jeres vegne.

Mvh
Christina, formand""")
    m(B, "da", "u1", "U", "accounting deadline VAT today, needs help before 16", "Momsindberetning i dag",
"""Hej, vi skal indberette moms senest i dag, og integrationen til SKAT fejler med en 403. Kan I hjælpe inden kl. 16? Det er virkelig vigtigt. Mvh Ole, revisor""")
    m(B, "da", "n1", "", "was urgent earlier, now solved", "Re: Kassen",
"""Hej Søren, det var akut i formiddags, men jeres tekniker fik det løst over telefonen. Tusind tak! Mvh Hanne""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "disappointment, leaving, sarcasm", "Mulțumesc pentru nimic",
"""Mulțumesc frumos pentru „ajutor”. Două săptămâni de mesaje și tot aici suntem. Am obosit să tot explic aceeași problemă la fiecare operator nou. Ne mutăm la alt furnizor de luna viitoare.

Sorin""")
    m(B, "ro", "u1", "U", "online shop: orders blocked during campaign", "Comenzile nu trec - campanie azi",
"""Bună ziua,

Avem campanie de reduceri azi până la miezul nopții și de o oră nu mai trece nicio comandă, clienții primesc eroare la plată. Vă rog, cineva să se uite imediat, pierdem bani cu fiecare minut.

Ionuț Radu
Magazin online""")
    m(B, "ro", "n1", "", "calm bug, not urgent", "Eroare mică la export",
"""Bună, la exportul în Excel coloana cu data apare în format american. Nu este urgent, doar vă semnalez. O zi bună, Mihaela""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "sarcasm + exasperation", "Brawo",
"""Brawo, naprawdę. Kolejna aktualizacja i znowu nie działa eksport do JPK. Ile razy jeszcze mam to zgłaszać? Płacę abonament za program, który co miesiąc trzeba naprawiać.""")
    m(B, "pl", "u1", "U", "salaries must be sent today, deadline 14", "Przelewy z wynagrodzeniami - dziś do 14",
"""Dzień dobry,

dziś do 14:00 musimy wysłać przelewy z wynagrodzeniami, a system nie generuje paczki przelewów. Jeśli nie zdążymy, ludzie dostaną pensje dopiero po weekendzie. Proszę o kontakt jak najszybciej.

Joanna Lis
Kadry i płace""")
    m(B, "pl", "n1", "", "not urgent, polite", "Pytanie o raporty",
"""Dzień dobry, to nic pilnego, ale czy da się ustawić automatyczną wysyłkę raportu w każdy poniedziałek? Z góry dziękuję, Adam""")
    m(B, "pl", "n2", "", "resolved past urgency", "Re: Awaria drukarki fiskalnej",
"""Dzień dobry, wczoraj sprawa była pilna, ale serwisant wszystko naprawił i dziś działa bez zarzutu. Dziękuję za szybką reakcję. Beata""")

    # ---------------- es
    m(B, "es", "a1", "A", "Spain: harto, rhetorical", "¿Alguien me puede explicar?",
"""¿Alguien me puede explicar por qué cada mes me llega la factura con un importe distinto? Ya lo he reclamado tres veces y nadie me da una respuesta clara. Estoy hasta las narices, de verdad.

Alberto""")
    m(B, "es", "a2", "A", "Mexico: very upset, threatening review + cancel", "Pésimo servicio",
"""Buenas noches, la verdad estoy muy molesta. Contraté el plan anual hace un mes y desde entonces no he podido usar la app ni un solo día sin que se cierre. Nadie de soporte me contesta. Si mañana no tengo respuesta voy a cancelar y a dejar una reseña contando todo.

Daniela R.""", free="U")
    m(B, "es", "u1", "U", "restaurant: reservation system down, Saturday night", "Sistema de reservas caído",
"""Hola, es sábado por la noche, el restaurante está lleno y el sistema de reservas no carga. Tenemos gente esperando en la puerta y no sabemos qué mesas están asignadas. ¡Llamadme ahora por favor! 612 345 678. Sergio""")
    m(B, "es", "n1", "", "newsletter: oferta flash, corre", "Oferta flash ⚡ solo 24 horas",
"""¡Corre! Oferta flash: 3 meses gratis al contratar el plan anual. Solo durante las próximas 24 horas.

Si no deseas recibir más correos, haz clic aquí para darte de baja.""", fmt="html")

    # ---------------- fr
    m(B, "fr", "a1", "A", "Belgian/Swiss: on se fout de qui, sarcasm", "Sérieusement ?",
"""Sérieusement ? Vous me demandez pour la troisième fois une copie de ma carte d'identité que je vous ai déjà envoyée deux fois. Vous perdez les documents ou vous ne prenez même pas la peine de les ouvrir ?

J. Dupont""")
    m(B, "fr", "u1", "U", "pharmacy: patients waiting, prescriptions can't print", "URGENT - ordonnances",
"""Bonjour, depuis ce matin impossible d'imprimer les ordonnances, nous avons une dizaine de patients qui attendent au comptoir. Merci de nous rappeler dès que possible au 04 78 12 34 56. Pharmacie des Lilas""")
    m(B, "fr", "n1", "", "polite reminder, no hurry", "Relance",
"""Bonjour Madame Petit,

Je me permets de vous relancer au sujet de ma demande de devis. Ce n'est absolument pas pressé, je voulais simplement m'assurer qu'elle vous était bien parvenue.

Bien cordialement,
Olivier Renaud""")

    # ---------------- nl
    m(B, "nl", "a1", "A", "Flemish: exasperation, threat to leave", "Opnieuw!",
"""Dag,

Opnieuw kan niemand van ons personeel inloggen. Dit is nu al de vierde keer sinds september. Ik heb echt geen zin meer in die eeuwige excuses, we gaan op zoek naar een andere leverancier.

Mvg,
Koen Peeters""")
    m(B, "nl", "u1", "U", "shop: cash register down, customers in queue", "Kassa ligt eruit!!",
"""Hoi, onze kassa ligt er al een half uur uit en de rij staat tot buiten. Kunnen jullie direct bellen? 06 98765432. Groet, Sanne (Bakkerij Vos)""")
    m(B, "nl", "n1", "", "not urgent, calm bug", "Klein foutje in factuur",
"""Hallo, op de factuur van november staat ons KvK-nummer verkeerd. Het heeft geen haast, als het volgende maand goed staat is het prima. Groet, Erik""")

    # ---------------- sv
    m(B, "sv", "a1", "A", "sarcasm: bra jobbat, tröttnat", "Bra jobbat...",
"""Bra jobbat, verkligen. Nu har ni skickat samma faktura tre gånger och dragit pengarna tre gånger. Jag har tröttnat på att jaga er, vill ha pengarna tillbaka idag.""", free="U")
    m(B, "sv", "u1", "U", "clinic: journal system down, patients waiting", "Journalsystemet nere",
"""Hej, journalsystemet går inte att öppna sedan kl 8 och väntrummet är fullt. Vi kan inte ta emot patienter. Ring mig omedelbart på 070-987 65 43. /Dr Lindgren, Vårdcentralen Norr""")
    m(B, "sv", "n1", "", "emergency contact field", "Fält för anhörig",
"""Hej, går det att göra fältet "Närmast anhörig / kontakt vid nödsituation" frivilligt i registreringsformuläret? Ingen brådska. Tack, Elin""")

    # ---------------- it
    m(B, "it", "a1", "A", "exasperation: non se ne può più", "Non se ne può più",
"""Buonasera,

non se ne può più. Ogni lunedì il calendario condiviso perde gli appuntamenti e ogni lunedì vi scrivo. Mi avete detto che era risolto già due volte. Se continua così cambiamo fornitore, sia chiaro.

Valentina Conti""")
    m(B, "it", "u1", "U", "deadline today by noon, F24 payment", "F24 da inviare entro mezzogiorno",
"""Buongiorno, dobbiamo inviare gli F24 entro le 12 di oggi e la piattaforma non accetta il file. Vi chiedo un intervento immediato, altrimenti paghiamo la sanzione. Grazie, Studio Bianchi""")
    m(B, "it", "n1", "", "polite: with calm", "Domanda",
"""Salve, quando avete un attimo (non c'è alcuna urgenza) potreste dirmi come si esporta l'elenco clienti? Grazie, Gianni""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "BR: descaso, rhetorical", "Descaso total",
"""Que descaso! Faz 15 dias que estou sem acesso e cada atendente me manda fazer a mesma coisa. Vocês leem o que a gente escreve? Sinceramente, nunca vi uma empresa tão enrolada.

Marcos""")
    m(B, "pt", "u1", "U", "PT-PT: payroll today, bank file error", "Processamento salarial hoje",
"""Bom dia,

Temos de enviar os salários ao banco hoje até às 15h e o ficheiro SEPA dá erro de validação. Agradeço que nos contactem com a máxima urgência.

Cumprimentos,
Rita Fonseca""")
    m(B, "pt", "n1", "", "resolved past urgency, thanks", "Re: Sistema parado",
"""Oi Carla, ontem foi urgente mesmo, mas o técnico resolveu e hoje está tudo normal. Valeu pela ajuda! Bruno""")
