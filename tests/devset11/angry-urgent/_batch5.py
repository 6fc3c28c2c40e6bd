"""devset11 angry-urgent, batch 5 (written after b4 tuning, measured before tuning on it)."""
B = "b5"

def add_b5(m):
    # ---------------- en
    m(B, "en", "a1", "A", "sarcasm with 'love' + rhetorical", "Love the new update",
"""Love how the new update logged every single one of our staff out in the middle of Saturday service. Really great timing, guys. Does anyone over there actually run a business?

Nick, The Oak Tavern""")
    m(B, "en", "a2", "A", "angry, cold, formal complaint with leave", "Formal complaint",
"""To whom it may concern,

I wish to make a formal complaint. Over the past eight weeks I have raised the same billing error on five separate occasions and each time been assured it would be corrected. It has not been. Frankly, the way this has been handled is a disgrace, and we will be taking our business elsewhere at the end of the contract.

Yours faithfully,
R. Whitfield""")
    m(B, "en", "u1", "U", "legal filing deadline at noon", "Filing deadline noon today - can't upload",
"""Good morning,

We have a court filing deadline at 12 noon today and the document upload keeps failing at 99%. Please can someone contact me urgently on 020 7946 0321.

Sarah Lee, Paralegal""")
    m(B, "en", "u2", "U", "whole team blocked, sales kickoff, please hurry", "Whole sales team locked out",
"""Since the SSO change this morning the whole sales team is locked out, 40 people, and it's quarter end. We're losing deals by the hour. Please treat this as top priority.""")
    m(B, "en", "n1", "", "polite: how much longer will maintenance take", "Maintenance window",
"""Hi there, just wondering how much longer the maintenance will take this evening? No problem either way, just planning my evening. Thanks, Rachel""")
    m(B, "en", "n2", "", "friendly banter, 'is this a joke' about a funny error message", "Funny error message",
"""Ha, is this a joke? Your 404 page has a dancing llama on it. Made our whole team laugh this morning. Anyway, small thing: the 'Help' link in the footer leads to that page. Cheers, Oli""")
    m(B, "en", "n3", "", "reply calm; urgent + angry only in quoted history", "Re: URGENT - invoices",
"""Thanks Mark, all invoices went out fine in the end. Appreciate it.

Lisa

> On 23 Nov 2026, Lisa Brooks wrote:
> URGENT!!! Invoices must go out TODAY and your system is useless. Fix it
> immediately.""")

    # ---------------- de
    m(B, "de", "a1", "A", "sarcastic: toller Service, ironic", "Toller Service",
"""Toller Service, wirklich. Seit zehn Tagen "in Bearbeitung", und heute bekomme ich eine Umfrage, wie zufrieden ich mit Ihrem Support bin. Soll ich lachen oder weinen?

Heike""")
    m(B, "de", "u1", "U", "Abgabe heute 18 Uhr, Upload hängt", "Ausschreibung endet heute 18 Uhr",
"""Hallo, die Ausschreibung endet heute um 18 Uhr und der Upload der Unterlagen bricht immer wieder ab. Wir brauchen jetzt sofort Hilfe, sonst sind wir raus. Tel. 030 1234567, Herr Krüger""")
    m(B, "de", "n1", "", "calm, 'ganze Team' positive", "Lob",
"""Hallo, das ganze Team ist begeistert von der neuen Zeiterfassung. Eine Frage noch: kann man Pausen automatisch abziehen lassen? Eilt nicht. Viele Grüße, Sandra""")

    # ---------------- da
    m(B, "da", "a1", "A", "rhetorical, exasperated", "Hvor mange gange?",
"""Hvor mange gange skal jeg skrive til jer om det samme? Fakturaen er STADIG forkert, og ingen gider svare ordentligt. Det er simpelthen for ringe.

Jesper""")
    m(B, "da", "u1", "U", "payroll file must go out before noon", "Lønfil skal afsted før kl. 12",
"""Hej, lønfilen skal sendes til banken inden kl. 12 i dag, og eksporten fejler. Vi har brug for hjælp nu. Ring 31 41 51 61. Mvh Tina, løn""")
    m(B, "da", "n1", "", "resolved", "Re: Nedbrud",
"""Hej Kasper, det var rigtig akut i går, men nu kører alt igen. Tak for hjælpen! Mvh Pia""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "sarcasm + leaving", "Felicitări",
"""Felicitări, ați reușit să-mi trimiteți aceeași factură greșită a patra oară. Sincer, nu știu ce mai e de zis. Din ianuarie lucrăm cu altă firmă.

Cristian""")
    m(B, "ro", "u1", "U", "customers at the desk, system down, now", "Sistemul nu merge - clienți la ghișeu",
"""Bună ziua, sistemul de programări nu merge și avem coadă de clienți la ghișeu. Vă rugăm să ne sunați acum, 0744 555 666. Mulțumim, Service Auto Dacia""")
    m(B, "ro", "n1", "", "polite, no rush", "Întrebare facturare",
"""Bună ziua, se poate schimba adresa de facturare de pe contul nostru? Nu e grabă. Mulțumesc, Laura""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "sarcasm, naprawdę świetnie", "Świetna robota",
"""Świetna robota, naprawdę. Po waszej „poprawce” nie działa nawet logowanie. Ile jeszcze mam tracić czasu na wasze błędy?""")
    m(B, "pl", "u1", "U", "deadline KSeF today", "Faktury do KSeF - dziś termin",
"""Dzień dobry, dziś mija termin wysyłki faktur do KSeF, a system zwraca błąd 500. Prosimy o natychmiastową pomoc, inaczej grożą nam kary.

Biuro Rachunkowe Lex""")
    m(B, "pl", "n1", "", "calm bug", "Literówka w szablonie",
"""Dzień dobry, w szablonie faktury jest literówka w słowie "Sprzedawca". Nic pilnego. Pozdrawiam, Jan""")

    # ---------------- es
    m(B, "es", "a1", "A", "angry, rhetorical, sarcasm", "Enhorabuena",
"""Enhorabuena, habéis conseguido que no funcione nada después de la actualización. ¿Alguien prueba las cosas antes de sacarlas? Llevo toda la mañana sin poder facturar y nadie coge el teléfono.

Raquel""")
    m(B, "es", "u1", "U", "event tonight, tickets not sending", "Las entradas no se envían - concierto esta noche",
"""Hola, esta noche tenemos concierto y las entradas compradas hoy no se están enviando a los clientes. Necesitamos una solución antes de las 20:00, por favor llamadnos ya. 600 111 222""")
    m(B, "es", "n1", "", "polite planning go-live", "Puesta en marcha",
"""Hola, queremos empezar a usar la plataforma en febrero. ¿Nos podéis enviar la guía de configuración inicial? Sin prisa. Gracias, Iñaki""")

    # ---------------- fr
    m(B, "fr", "a1", "A", "exasperated, on tourne en rond", "On tourne en rond",
"""Bonjour,

On tourne en rond depuis un mois. Chaque interlocuteur me demande de tout réexpliquer depuis le début. Je commence sérieusement à regretter de vous avoir choisis.

Isabelle""")
    m(B, "fr", "u1", "U", "shop: TPE down, clients waiting", "TPE en panne !",
"""Bonjour, notre TPE est en panne depuis 10h, les clients attendent en caisse et on ne peut rien encaisser. Rappelez-nous immédiatement au 01 23 45 67 89 svp. Boulangerie Martin""")
    m(B, "fr", "n1", "", "calm: ce n'est pas grave", "Petite coquille",
"""Bonjour, il y a une petite faute dans le mail de confirmation (« recu » sans cédille). Ce n'est pas grave du tout, je vous le signale juste. Bonne journée, Paul""")

    # ---------------- nl
    m(B, "nl", "a1", "A", "rhetorical, exasperated", "Serieus?",
"""Serieus? Alweer een factuur met de verkeerde btw. Hoe vaak moet ik dit nog melden voordat iemand er eens iets mee doet?

Groet, Rob""")
    m(B, "nl", "u1", "U", "pharmacy: prescriptions, patients at counter", "Apotheek - recepten komen niet door",
"""Goedemorgen, sinds 8 uur komen er geen recepten meer binnen en er staan patiënten aan de balie te wachten. Wilt u ons direct terugbellen? 010 123 4567. Apotheek De Linde""")
    m(B, "nl", "n1", "", "resolved this morning", "Re: Storing",
"""Hoi Sven, vanochtend was het echt dringend, maar nu werkt alles weer. Bedankt voor de snelle actie! Groet, Ilse""")

    # ---------------- sv
    m(B, "sv", "a1", "A", "sarcasm + leave", "Tack så mycket...",
"""Tack så mycket för ett ”snabbt” svar efter tre veckor. Problemet är förstås kvar. Vi har redan börjat titta på andra leverantörer.

/Patrik""")
    m(B, "sv", "u1", "U", "shop queue, need now", "Kortterminalen fungerar inte",
"""Hej! Kortterminalen slutade fungera för en halvtimme sedan och vi har lång kö. Kan ni ringa oss direkt? 08-123 456 78. /Lina, Café Björk""")
    m(B, "sv", "n1", "", "calm, no hurry", "Fråga om export",
"""Hej, går det att exportera kundlistan till Excel? Det brådskar inte. Tack! /Johan""")

    # ---------------- it
    m(B, "it", "a1", "A", "sarcasm + exasperation", "Grazie mille eh",
"""Grazie mille eh, davvero. Dopo tre settimane la risposta è "stiamo verificando". Intanto io continuo a perdere clienti. Sono proprio stufo di questa situazione.

Fabio""")
    m(B, "it", "u1", "U", "deadline tonight midnight", "Invio telematico entro mezzanotte",
"""Buonasera, dobbiamo trasmettere le dichiarazioni entro mezzanotte e il portale continua a dare errore. Abbiamo bisogno di assistenza subito, per favore. Studio Rossi, 06 1234567""")
    m(B, "it", "n1", "", "emergency contact field", "Campo contatto di emergenza",
"""Buongiorno, nella scheda dipendente il campo "Contatto di emergenza" non permette di inserire due numeri. Si può fare? Grazie, Sara""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "BR: sarcasm, tired", "Parabéns",
"""Parabéns pelo atendimento, de verdade. Dez dias pra me responder com um link da central de ajuda que eu já tinha lido. Tô cansado de ser enrolado.

Felipe""")
    m(B, "pt", "u1", "U", "BR: nota fiscal, fiscalização amanhã cedo", "Fiscalização amanhã cedo",
"""Bom dia, amanhã cedo temos fiscalização e o sistema não está emitindo as notas desde ontem. Precisamos resolver isso hoje sem falta. Podem me ligar? (21) 99876-5432. Renata""")
    m(B, "pt", "n1", "", "resolved", "Re: Sistema lento",
"""Oi Ana, ontem estava urgente, mas hoje está tudo funcionando. Obrigado pelo suporte! Leandro""")
