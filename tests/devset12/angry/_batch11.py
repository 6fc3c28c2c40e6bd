"""devset12 angry, batch 11 (measured before any tuning on it): one angry sentence buried in a long
factual mail, short angry top-posts over long history, disclaimers; negatives: relayed anger of the
customer's own client, factual long mails, apologetic customers."""
B = "b11"

def add_b11(m):
    # ---------------- en
    m(B, "en", "a1", "A", "long factual, one angry line buried", "Sync issue - details as requested",
"""Hi,

As requested, here are the details:

- Account: 44-1902
- Browser: Chrome 131 and Firefox 133, same result
- Steps: open Calendar, click Sync, wait ~30s, error "E-SYNC-7"
- Started: 3 November, after your release notes mentioned "improved sync"

I have now sent these exact details to your team on three separate occasions and I'm honestly fed to the back teeth with being asked for them again instead of someone looking at the logs.

Screenshots attached.

Regards,
Amelia Stone
IT Coordinator

This email and any attachments are confidential and intended solely for the addressee.""")
    m(B, "en", "a2", "A", "short angry top-post over long calm history", "RE: RE: RE: Reference 88-2231",
"""See below. Again. Three weeks of this.

-----Original Message-----
From: Support
Sent: 20 November 2026 11:02
Subject: RE: RE: Reference 88-2231

Dear Mr Clarke, thank you for your patience. Our team is still investigating and we will update you as soon as possible.

-----Original Message-----
From: Support
Sent: 13 November 2026 09:40
Subject: RE: Reference 88-2231

Dear Mr Clarke, thank you for your patience. Our team is investigating and we will update you as soon as possible.""")
    m(B, "en", "n1", "", "relayed anger of own client", "Client escalation - can you help?",
"""Hi team,

One of our clients is quite upset because their monthly report didn't arrive. Could you check whether the scheduled export ran on the 1st? I'd like to give them an answer today.

Thanks,
Ravi
Account Manager""")
    m(B, "en", "n2", "", "apologetic customer", "Sorry about my last email",
"""Hi Amy,

Apologies for my rather short email yesterday - it had been a long day. Thanks for your patience and for getting it fixed so quickly.

Best,
Colm""")
    m(B, "en", "n3", "", "long factual bug report calm", "Export issue details",
"""Hi,

Details for the export issue:

- Account: 55-2001
- Steps: Reports > Export > PDF
- Result: blank page 2
- Since: the 18th

No hurry, we have a workaround (printing from the browser).

Thanks,
Owen""")

    # ---------------- de
    m(B, "de", "a1", "A", "long factual with buried angry line", "Fehlerdetails wie angefordert",
"""Hallo,

anbei die gewünschten Angaben:

- Kundennummer: 77-102
- Browser: Edge und Chrome, gleiches Verhalten
- Fehlermeldung: "Sync fehlgeschlagen (Code 7)"
- Seit: 3. November

Diese Angaben habe ich Ihnen inzwischen zum dritten Mal geschickt, und ehrlich gesagt geht mir das gehörig auf die Nerven.

Mit freundlichen Grüßen
Katrin Fuchs

Diese E-Mail enthält vertrauliche Informationen.""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "n1", "", "relayed client upset", "Kunde verärgert - bitte prüfen",
"""Hallo zusammen,

einer unserer Kunden ist verärgert, weil sein Monatsbericht nicht ankam. Können Sie prüfen, ob der Export am 1. gelaufen ist?

Danke, Moritz""")

    # ---------------- fr
    m(B, "fr", "a1", "A", "short angry top-post", "RE: RE: Dossier 4410",
"""Voir ci-dessous. Encore. Trois semaines que ça dure.

De : Support
Envoyé : 20 novembre 2026
Objet : RE: Dossier 4410

Bonjour Monsieur, merci de votre patience, nos équipes analysent toujours votre dossier.""")
    m(B, "fr", "n1", "", "relayed client", "Client mécontent",
"""Bonjour,

Un de nos clients est mécontent car son rapport mensuel n'est pas arrivé. Pouvez-vous vérifier l'export du 1er ? Merci.

Julie""")

    # ---------------- es
    m(B, "es", "a1", "A", "buried angry line", "Datos solicitados",
"""Hola,

Os paso los datos:

- Cuenta: 33-881
- Error: "Fallo de sincronización"
- Desde: 3 de noviembre

Es la tercera vez que os envío exactamente lo mismo y, sinceramente, se me está agotando la paciencia.

Saludos,
Marina""")
    m(B, "es", "n1", "", "apologetic", "Perdón por el tono",
"""Hola Carlos,

Perdona por el tono de mi correo de ayer, fue un día largo. Gracias por resolverlo tan rápido.

Un saludo,
Adrián""")

    # ---------------- it
    m(B, "it", "a1", "A", "buried angry", "Dati richiesti",
"""Buongiorno,

ecco i dati:

- Account: 22-310
- Errore: "Sincronizzazione non riuscita"
- Da: 3 novembre

È la terza volta che vi mando le stesse identiche informazioni e comincio seriamente a perdere la pazienza.

Cordiali saluti,
Giorgia""")
    m(B, "it", "n1", "", "relayed client", "Cliente insoddisfatto",
"""Buongiorno,

un nostro cliente è un po' arrabbiato perché il report mensile non è arrivato. Potete verificare l'export del 1°? Grazie.

Simone""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "short angry top-post", "RE: RE: Processo 7781",
"""Ver abaixo. Outra vez. Três semanas nisto.

De: Suporte
Enviado: 20 de novembro de 2026
Assunto: RE: Processo 7781

Caro cliente, obrigado pela paciência, a nossa equipa continua a analisar.""")
    m(B, "pt", "n1", "", "apologetic", "Desculpe o tom",
"""Olá Marta,

Desculpe o tom do meu email de ontem, foi um dia complicado. Obrigado por resolverem tão depressa.

Abraço,
Hugo""")

    # ---------------- nl
    m(B, "nl", "a1", "A", "buried angry", "Gevraagde gegevens",
"""Hallo,

Hierbij de gegevens:

- Klantnummer: 11-402
- Foutmelding: "Synchronisatie mislukt"
- Sinds: 3 november

Dit is de derde keer dat ik precies dezelfde gegevens stuur en ik begin er eerlijk gezegd behoorlijk genoeg van te krijgen.

Groet,
Marloes""")
    m(B, "nl", "n1", "", "relayed client", "Klant ontevreden",
"""Hoi,

Een klant van ons is ontevreden omdat het maandrapport niet binnenkwam. Kunnen jullie checken of de export op de 1e gedraaid heeft?

Groet, Bas""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "buried angry", "Dane, o które prosiliście",
"""Dzień dobry,

Przesyłam dane:

- Konto: 44-210
- Błąd: "Synchronizacja nieudana"
- Od: 3 listopada

To już trzeci raz, kiedy wysyłam dokładnie te same informacje, i szczerze mówiąc, zaczyna mnie to porządnie irytować.

Pozdrawiam,
Marta""")
    m(B, "pl", "n1", "", "apologetic", "Przepraszam za ton",
"""Dzień dobry,

Przepraszam za ton mojego wczorajszego maila, to był ciężki dzień. Dziękuję za szybkie rozwiązanie.

Rafał""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "buried angry", "Datele cerute",
"""Bună ziua,

Vă trimit datele:

- Cont: 55-110
- Eroare: "Sincronizare eșuată"
- De la: 3 noiembrie

Este a treia oară când vă trimit exact aceleași informații și sincer încep să-mi pierd răbdarea.

Cu stimă,
Adrian""")
    m(B, "ro", "n1", "", "relayed client", "Client nemulțumit",
"""Bună ziua,

Un client de-al nostru este nemulțumit pentru că raportul lunar nu a sosit. Puteți verifica exportul din 1? Mulțumesc.

Cătălina""")

    # ---------------- da
    m(B, "da", "a1", "A", "buried angry", "Oplysninger",
"""Hej,

Her er oplysningerne:

- Kundenummer: 66-301
- Fejl: "Synkronisering mislykkedes"
- Siden: 3. november

Det er tredje gang, jeg sender præcis de samme oplysninger, og ærligt talt begynder jeg at blive godt irriteret.

Mvh
Rasmus""")
    m(B, "da", "n1", "", "apologetic", "Undskyld tonen",
"""Hej Line,

Undskyld tonen i min mail i går, det var en lang dag. Tak for den hurtige løsning.

Mvh Thomas""")

    # ---------------- sv
    m(B, "sv", "a1", "A", "short angry top-post", "SV: SV: Ärende 3310",
"""Se nedan. Igen. Tre veckor nu.

Från: Support
Skickat: den 20 november 2026
Ämne: SV: Ärende 3310

Hej, tack för ditt tålamod, vi undersöker fortfarande ärendet.""")
    m(B, "sv", "n1", "", "relayed client", "Kund missnöjd",
"""Hej,

En av våra kunder är missnöjd eftersom månadsrapporten inte kom fram. Kan ni kolla om exporten gick den 1:a?

Mvh Johan""")
