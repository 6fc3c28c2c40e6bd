"""devset11 angry-urgent, batch 2 (written after b1 tuning, measured before tuning on it)."""
B = "b2"

def add_b2(m):
    # ---------------- en
    m(B, "en", "a1", "A", "rhetorical questions, reset password loop", "password reset",
"""Is there actually anyone working there? I've reset my password four times this morning and every single time the link says it's expired. How is a business supposed to run like this??

Kevin""")
    m(B, "en", "a2", "A", "sarcasm: thanks so much for the update, after 3 weeks", "RE: Ticket #88213",
"""Oh wonderful, another email telling me my ticket is "in progress". Three weeks. Thanks so much, that's really helpful. Meanwhile I've had to refund two of my own customers because your booking widget double-books every Saturday.

- Claire, Seaside Bikes""")
    m(B, "en", "a3", "A", "all caps shouting, threat to cancel", "CANCEL MY ACCOUNT",
"""I HAVE ASKED YOU THREE TIMES TO STOP TAKING MONEY FROM MY CARD. CANCEL MY ACCOUNT TODAY OR I WILL CALL MY BANK.""", free="U")
    m(B, "en", "u1", "U", "board meeting at 9 tomorrow, report missing", "Need the Q3 report working before 9am tomorrow",
"""Hi team,

The Q3 revenue report has been showing zeros since the update and I present it to the board at 9am tomorrow. I need this working tonight - please can someone pick it up as a priority and ring me on 07911 123456 whatever the time.

Thanks,
Helen Grant
Finance Director""")
    m(B, "en", "u2", "U", "clinic: patients at reception, booking system down", "Booking system down - patients at reception",
"""Our booking system won't open and we have a full waiting room of patients at reception that we can't check in. Please call the practice straight back on 0161 496 0000, this can't wait.""")
    m(B, "en", "n1", "", "patient form: emergency contact and urgent care fields, calm", "Question about intake form",
"""Hello,

Quick question about the new intake form. We'd like to rename the field "Emergency contact" to "Next of kin", and add a tick box "Visited urgent care in the last 12 months". Is that something we can do ourselves in the form editor?

Kind regards,
Rebecca Moss
Practice Manager""")
    m(B, "en", "n2", "", "calm bug report with steps", "CSV import skips rows",
"""Hi,

When I import a CSV with more than 500 rows, the last few rows are silently skipped. Steps: export contacts, add 10 rows, import again. Happens in Chrome and Firefox. Not a big deal for us right now as we can split the file, just thought you should know.

Thanks,
Owen""")
    m(B, "en", "n3", "", "newsletter footer with act now / urgent marketing", "Your December product digest",
"""Hi Sam,

Here's your monthly digest: new invoice templates, faster search and a dark theme for the mobile app.

ACT NOW: upgrade before 31 December and lock in this year's price! Limited time only.

You're receiving this because you subscribed to product news. Manage preferences | Unsubscribe""", fmt="html")

    # ---------------- de
    m(B, "de", "a1", "A", "rhetorical, ironic, in all seriousness", "Ernsthaft?",
"""Ernsthaft jetzt? Sie schicken mir zum wiederholten Mal eine Mahnung für eine Rechnung, die seit Oktober bezahlt ist. Den Zahlungsbeleg haben Sie zweimal bekommen. Liest bei Ihnen irgendjemand, was man schreibt, oder drückt da nur einer auf "Senden"?

M. Schröder""")
    m(B, "de", "a2", "A", "fed up, cancelling after 6 years", "Kündigung",
"""Hallo,

sechs Jahre waren wir Kunde und so schlecht wie in den letzten Monaten war es noch nie. Ständig Ausfälle, keiner ruft zurück, und wenn doch, weiß niemand Bescheid. Hiermit kündige ich zum nächstmöglichen Zeitpunkt. Schade, aber so geht es nicht weiter.

Gruß
Uwe Petersen""")
    m(B, "de", "u1", "U", "payroll must be transmitted today by 12", "Lohnabrechnung muss heute bis 12 Uhr raus",
"""Hallo Support,

die Lohnabrechnung für November muss heute bis 12 Uhr an die Bank übermittelt werden, sonst kommen die Gehälter erst nach dem Wochenende. Beim Export kommt immer "Zertifikat ungültig". Bitte melden Sie sich so bald wie möglich telefonisch: 089 1234567.

Danke
Petra Lang
Personalabteilung""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "n1", "", "polite reminder, no pressure", "Kurze Erinnerung",
"""Hallo Herr Yilmaz,

ich wollte nur kurz an meine Frage von letzter Woche zur Rechnungsadresse erinnern. Es hat wirklich keine Eile, melden Sie sich einfach, wenn Sie dazu kommen.

Schöne Grüße
Andrea Fuchs""")
    m(B, "de", "n2", "", "resolved, was urgent this morning", "Re: Server nicht erreichbar",
"""Hallo Herr Klein,

heute früh war es wirklich dringend, aber seit Ihrem Neustart läuft alles wieder. Vielen Dank für den schnellen Einsatz, Sie können das Ticket schließen.

Beste Grüße
Nadine Wolf""")

    # ---------------- da
    m(B, "da", "a1", "A", "sarcasm + threatening to leave", "Tak for ingenting",
"""Tusind tak for den fantastiske service... Jeg har nu ventet 14 dage på at få rettet min adresse, og I har sendt pakken til den gamle adresse IGEN. Vi finder en anden leverandør efter nytår, det er helt sikkert.

Mads""")
    m(B, "da", "u1", "U", "webshop opens sale in 2 hours, payment broken", "Betaling virker ikke - udsalg om 2 timer",
"""Hej

Vores Black Friday-udsalg starter om to timer, og betalingsmodulet i webshoppen afviser alle kort. Vi har brug for hjælp med det samme, ellers mister vi hele dagens salg. Ring til mig på 40 50 60 70.

Mvh
Rasmus, Nordlys Design""")
    m(B, "da", "n1", "", "calm bug report", "Fejl i PDF",
"""Hej, når jeg printer en faktura som PDF, bliver de danske bogstaver æ, ø og å vist som spørgsmålstegn. Det er ikke kritisk for os, men det ser lidt mærkeligt ud for kunderne. Mvh Birgit""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "bataie de joc style, rhetorical", "Ce se întâmplă la voi?",
"""Bună,

Serios acum, ce se întâmplă la voi? Comanda plătită de pe 3 noiembrie, trei termene de livrare ratate, și la telefon mi se spune de fiecare dată „mâine”. Mă luați de fraier? Vreau banii înapoi și nu mai comand niciodată de la voi.

Dan Ionescu""")
    m(B, "ro", "u1", "U", "accounting deadline tomorrow morning, e-factura", "e-Factura nu se transmite",
"""Bună ziua, mâine dimineață la 9 expiră termenul pentru transmiterea facturilor în SPV și aplicația voastră dă eroare la fiecare trimitere. Avem 40 de facturi blocate. Vă rog să ne ajutați astăzi, altfel plătim penalități. Mulțumesc, Roxana - contabilitate""")
    m(B, "ro", "n1", "", "calm polite follow-up", "Revin cu o întrebare",
"""Bună ziua,

Revin cu întrebarea de săptămâna trecută legată de exportul în PDF. Nu e presant, doar voiam să mă asigur că ați primit mesajul.

Mulțumesc frumos,
Ana""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "all caps + rhetorical", "CZY KTOŚ TO CZYTA???",
"""CZY KTOŚ W OGÓLE CZYTA TE WIADOMOŚCI??? Od dwóch tygodni nie mogę wystawić faktury, a wy odpisujecie mi automatem. Żenujące.""")
    m(B, "pl", "a2", "A", "disappointed, last time using you, warning", "Rozczarowanie",
"""Dzień dobry,

jestem mocno rozczarowany. Obiecaliście, że problem z synchronizacją zostanie naprawiony w zeszły piątek, a dziś jest środa i nadal nic. Po tylu latach współpracy naprawdę spodziewałem się czegoś więcej. Rozglądamy się za innym rozwiązaniem.

Tomasz Zieliński""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "u1", "U", "shop: customers waiting at checkout, immediately", "Kasa nie działa!",
"""Dzień dobry, od godziny nie działa terminal w sklepie przy ul. Długiej, klienci czekają w kolejce i odchodzą. Proszę o natychmiastowy kontakt, tel. 601 234 567. Marta""")
    m(B, "pl", "n1", "", "urgent only in quoted auto text / resolved", "Re: Problem z logowaniem",
"""Dziękuję, już wszystko działa. Sprawa załatwiona, można zamknąć zgłoszenie.

Pozdrawiam
Ewa

-----Wiadomość oryginalna-----
> PILNE!!! Nie mogę się zalogować, a za godzinę mam spotkanie z klientem.""")

    # ---------------- es
    m(B, "es", "a1", "A", "sarcasm + rhetorical, Latin American", "Gracias por nada",
"""Muchas gracias por su "excelente" atención. Llevo diez días esperando que alguien me explique por qué me cobraron dos veces y lo único que recibo son respuestas automáticas. ¿En serio esto es lo mejor que pueden hacer? Qué falta de respeto.

Atte. Carolina Méndez""")
    m(B, "es", "u1", "U", "payroll tomorrow first thing, immediate", "Nóminas mañana a primera hora",
"""Buenas tardes,

Mañana a primera hora tenemos que enviar las nóminas al banco y el programa no nos deja cerrar el mes, da un error de cuadre. Necesitamos que nos llaméis hoy mismo, por favor, es importantísimo.

Pilar Ortega
Administración""")
    m(B, "es", "n1", "", "polite, no urgency", "Consulta sobre facturas",
"""Hola, sin ninguna prisa: ¿se puede cambiar el idioma de las facturas a catalán? Cuando podáis me decís. ¡Gracias! Jordi""")
    m(B, "es", "n2", "", "resolved, was urgent yesterday", "RE: Caída del servicio",
"""Hola Andrés, ayer fue urgente de verdad, pero ya está todo funcionando. Muchas gracias por la rapidez, de verdad. Un saludo, Nuria""")

    # ---------------- fr
    m(B, "fr", "a1", "A", "on se moque de qui, sarcasm bravo", "Bravo, vraiment",
"""Bravo, vraiment. Quatrième mise à jour en un mois et à chaque fois c'est autre chose qui ne marche plus. Vous testez vos versions avant de les envoyer à vos clients ou on sert de cobayes ?

Laurent B.""")
    m(B, "fr", "a2", "A", "fed up, will leave", "Résiliation",
"""Bonjour,

J'en ai ras-le-bol de devoir relancer votre service trois fois pour chaque problème. Je résilie mon abonnement à la fin du mois, je trouverai bien un prestataire qui répond à ses clients.

Sylvie Caron""", fmt="qp", charset="iso-8859-1")
    m(B, "fr", "u1", "U", "event starts in 2 hours, ticket scanning down", "Billetterie en panne - ouverture des portes à 19h",
"""Bonjour,

Nos portes ouvrent à 19h ce soir et l'application de scan des billets ne se synchronise plus. On a 800 personnes qui vont arriver. Pouvez-vous nous appeler immédiatement au 06 12 34 56 78 ?

Merci,
Thomas, Salle Le Rex""")
    m(B, "fr", "n1", "", "calm bug, no hurry", "Petit bug d'affichage",
"""Bonjour, le nom des clients très longs déborde de la case dans la liste des devis. Ce n'est pas pressé du tout, je vous le signale simplement. Bonne journée, Marc""")

    # ---------------- nl
    m(B, "nl", "a1", "A", "sarcasm: geweldig weer, ben het zat", "Geweldig weer",
"""Geweldig weer hoor. Voor de derde keer deze maand staan onze roosters door elkaar na jullie 'update'. Ik ben het echt zat om elke maandag alles handmatig te herstellen. Wat doen jullie eigenlijk de hele dag?

Marloes""")
    m(B, "nl", "u1", "U", "deadline tomorrow 9am, cannot send quotes", "Offertes moeten morgen om 9 uur binnen zijn",
"""Hallo,

Morgenochtend om 9 uur sluit de aanbesteding en we kunnen sinds vanmiddag geen offertes meer genereren, het systeem geeft een lege pagina. Wilt u ons zo snel mogelijk terugbellen op 020 123 4567? Anders lopen we de opdracht mis.

Met vriendelijke groet,
Joost Bakker""")
    m(B, "nl", "n1", "", "quoted angry history, calm reply", "RE: Dubbele afschrijving",
"""Beste Iris,

Dank je wel, het bedrag staat weer op mijn rekening. Fijn dat het zo snel geregeld is!

Groet,
Wim

Van: Wim de Wit
Onderwerp: Dubbele afschrijving
> Dit is echt belachelijk, jullie hebben ALWEER twee keer afgeschreven.
> Ik ben het spuugzat.""")
    m(B, "nl", "n2", "", "marketing: alleen vandaag, snel", "Alleen vandaag: 25% korting!",
"""Wees er snel bij! Alleen vandaag 25% korting op alle jaarabonnementen. Op = op!

Je ontvangt deze e-mail omdat je je hebt ingeschreven voor onze nieuwsbrief. Uitschrijven""", fmt="html")

    # ---------------- sv
    m(B, "sv", "a1", "A", "rhetorical + exasperation", "Hur svårt kan det vara?",
"""Hej,

Fjärde gången jag skriver om samma sak. Jag vill bara byta e-postadress på kontot, hur svårt kan det vara? Varje gång får jag ett standardsvar som inte ens handlar om min fråga. Helt otroligt.

/Anders Nilsson""")
    m(B, "sv", "u1", "U", "payroll today at 15, need help now", "Lönefilen måste iväg idag",
"""Hej,

Lönefilen måste skickas till banken senast kl 15 idag men exporten kraschar hela tiden. 45 anställda får ingen lön innan helgen om vi inte löser det. Snälla ring mig direkt på 073-555 12 34.

Karin Berg, ekonomi""")
    m(B, "sv", "n1", "", "polite follow-up", "Påminnelse",
"""Hej igen, jag ville bara påminna om min fråga om fakturamallen. Ingen brådska, jag förstår att ni har mycket att göra. Ha en fin dag! /Sofia""")

    # ---------------- it
    m(B, "it", "a1", "A", "sarcasm + rhetorical, stanco", "Complimenti davvero",
"""Complimenti davvero, un servizio impeccabile. Sono due settimane che aspetto una risposta e nel frattempo ci avete addebitato anche il mese di dicembre. Sono stanco di dovervi rincorrere, si può sapere chi se ne occupa?

Marco Ferri""")
    m(B, "it", "u1", "U", "restaurant: POS down during lunch service", "Cassa bloccata, siamo in pieno servizio",
"""Buongiorno, la cassa si è bloccata e siamo in pieno servizio pranzo con il locale pieno. Non riusciamo a fare scontrini. Per favore chiamatemi subito al 333 9876543!! Grazie, Alessandro - Trattoria da Nino""")
    m(B, "it", "n1", "", "past urgency resolved", "Re: Problema stampante",
"""Ciao Giorgio, ieri era davvero urgente ma ora la stampante fiscale funziona di nuovo. Grazie mille per l'intervento veloce! Elisa""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "PT-PT: farto, rhetorical", "Mais uma vez",
"""Boa tarde,

Estou farto disto. Mais uma vez a fatura veio com o NIF errado, depois de eu ter pedido a correção duas vezes. Será assim tão difícil? Começo seriamente a pensar em mudar de fornecedor.

Cumprimentos,
Nuno Almeida""")
    m(B, "pt", "u1", "U", "BR: customers waiting, system down, urgent", "Sistema fora do ar na loja",
"""Gente, o sistema da loja caiu e tem fila de clientes no caixa esperando. Preciso que alguém me ligue agora, por favor: (11) 98765-4321. Juliana - Loja Centro""")
    m(B, "pt", "n1", "", "calm polite question, no rush", "Dúvida sobre relatório",
"""Olá, bom dia! Quando puderem, sem pressa, gostaria de saber se é possível agendar o envio do relatório mensal por e-mail. Obrigado, Paulo""")
    m(B, "pt", "n2", "", "form: contacto de emergência field", "Campo de contacto de emergência",
"""Bom dia, no perfil do colaborador o campo "Contacto de emergência" não aceita números espanhóis (+34). Podem verificar? Obrigada, Inês""")
