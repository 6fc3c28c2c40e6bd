"""devset10 feature, batch 2 (written after tuning on batch 1, measured before tuning on it)."""
B = "b2"

def add_b2(m):
    # ---------------- nl
    m(B, "nl", "f1", "F", "Flemish, rambling, request in the middle: choose which columns appear in the export", "Een paar dingen",
"""Dag,

Eerst en vooral bedankt voor de snelle hulp vorige week met die dubbele klant, dat is in orde gekomen.

Nog iets waar ik al een tijdje mee zit: kunnen jullie het zo maken dat we zelf kunnen kiezen welke kolommen in de export komen? Nu krijgen we er 30 terwijl de boekhouder er maar 6 nodig heeft en ik elke keer de rest moet wissen.

Verder alles prima hoor.

Groeten uit Gent,
Pieter""")
    m(B, "nl", "f2", "F", "curt no-diacritics: when will there be an iPad app", "ipad",
"""komt er nog een ipad app? werken op de tablet in de browser is echt geen doen""")
    m(B, "nl", "n1", "", "bug: export gives an empty file since the update", "Export leeg",
"""Goedemiddag, sinds de update van dinsdag geeft de export naar Excel een leeg bestand. Vorige maand werkte het nog gewoon. Kunnen jullie daar naar kijken? Met vriendelijke groet, A. de Boer""", fmt="qp", charset="iso-8859-1")
    m(B, "nl", "n2", "", "hypothetical: asks whether an existing feature is included in the plan before buying", "Vraag over abonnement",
"""Hallo, wij overwegen over te stappen naar het Team-abonnement. Zit de koppeling met Exact Online daar al bij, of is dat een apart pakket? En wat zijn de kosten per gebruiker? Groet, Hanneke""")

    # ---------------- da
    m(B, "da", "f1", "F", "positive + 'vi mangler': missing a way to put several employees on one shift", "Ros og en lille ting",
"""Hej med jer

Vi har brugt jeres vagtplan i et halvt år nu og er rigtig glade for den. Personalet synes den er nem at bruge.

Det eneste vi mangler, er at kunne sætte to medarbejdere på samme vagt. Er det noget I arbejder på?

Mange hilsner
Susanne, Café Havnen""", fmt="qp", charset="iso-8859-1")
    m(B, "da", "f2", "F", "formal: request for SSO with Microsoft", "Anmodning om Microsoft-login (SSO)",
"""Kære support

Vores IT-afdeling har bedt mig spørge, om I kan tilbyde single sign-on med Microsoft 365. Det er et krav fra vores side, når vi skal forlænge aftalen næste år.

Med venlig hilsen
Peter Mogensen
IT-koordinator""")
    m(B, "da", "n1", "", "how-to: how to change the date format", "datoformat",
"""Hej, hvordan ændrer jeg datoformatet på fakturaerne til dd-mm-åååå? Jeg kan ikke finde det nogen steder. Tak, Mette""")
    m(B, "da", "n2", "", "newsletter announcing new features", "Nyt i november",
"""Kære kunde

Nu kan du eksportere direkte til e-conomic, og vi har lanceret mørkt tema i appen. Tak for alle jeres forslag og ønsker, de har formet denne opdatering.

Du modtager dette nyhedsbrev, fordi du er kunde hos os. Afmeld her.""", fmt="html")

    # ---------------- sv
    m(B, "sv", "f1", "F", "positive, 'vi saknar' + 'skulle ni kunna'", "Beröm + önskemål",
"""Hej!

Stort tack för en riktigt bra app, våra tekniker använder den varje dag ute hos kunderna.

En sak vi saknar är att kunna ta emot kundens signatur direkt i mobilen när jobbet är klart. Skulle ni kunna lägga till det?

Vänliga hälsningar
Johan Ek, Eks El AB""", fmt="qp", charset="iso-8859-1")
    m(B, "sv", "f2", "F", "non-native Swedish with typos: wants English invoices", "faktura engelska",
"""Hej, vi har manga kunder i utlandet och behover kunna skicka faktura pa engelska. Kan ni gora det mojligt att valja sprak per kund? tack sa mycket, Ahmed""")
    m(B, "sv", "n1", "", "pricing question", "Pris för fler användare",
"""Hej, vad kostar det att lägga till tre användare till på vårt konto, och blir det billigare om vi betalar årsvis? Mvh Sofia""")
    m(B, "sv", "n2", "", "bug report: notifications arrive twice", "Dubbla notiser",
"""Hej, sedan i måndags får alla hos oss varje notis två gånger i mobilen. Det ska väl inte vara så? Vi har iPhone allihop. /Kalle""")

    # ---------------- it
    m(B, "it", "f1", "F", "formal: request to add an export to the accountant's format, proposta", "Proposta di miglioramento",
"""Gentili signori,

desidero sottoporVi una proposta: sarebbe utile poter esportare la prima nota in un formato leggibile dal software del commercialista, ad esempio un semplice CSV con le colonne standard.

In attesa di un Vostro riscontro, porgo distinti saluti.
Rag. Alberto Conti""", fmt="qp", charset="iso-8859-1")
    m(B, "it", "f2", "F", "curt no accents: please put back the old menu", "menu",
"""ridateci il menu laterale di prima per favore, con quello nuovo non si trova piu niente""")
    m(B, "it", "n1", "", "we found the setting, thanks", "Re: promemoria",
"""Ciao Marco, grazie mille, abbiamo trovato l'impostazione dei promemoria dove mi avevi indicato e adesso funziona tutto. Puoi chiudere la richiesta.

Saluti
Chiara

> Ciao Chiara, trovi i promemoria in Impostazioni > Notifiche.""")
    m(B, "it", "n2", "", "how-to question about exporting", "esportazione clienti",
"""Salve, come faccio a esportare l'elenco clienti in Excel? Ho cercato nel menu ma non trovo la voce. Grazie, Roberto""")

    # ---------------- de
    m(B, "de", "f1", "F", "Swiss German style, wish inside positive mail: calendar sync with Outlook", "Lob und ein Wunsch",
"""Grüezi miteinander

Wir sind mit eurer Software sehr zufrieden, die Umstellung ging reibungslos. Ein Wunsch hätten wir noch: eine Synchronisation der Termine mit Outlook. Das würde uns viel Doppelarbeit ersparen.

Freundliche Grüsse
Beat Zimmermann""")
    m(B, "de", "f2", "F", "no umlauts: when will you support Apple Pay", "apple pay",
"""Hallo, wann kommt endlich Apple Pay als Zahlungsart? Unsere Kunden fragen staendig danach, die Konkurrenz hat das laengst. Gruss Andreas""")
    m(B, "de", "n1", "", "bug report: PDF invoice shows wrong VAT", "Falsche MwSt auf Rechnung",
"""Guten Tag, auf den PDF-Rechnungen wird seit heute 19 % MwSt ausgewiesen, obwohl bei den Artikeln 7 % hinterlegt sind. Im System selbst stimmt der Betrag. Bitte prüfen. MfG K. Schulz""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "n2", "", "praise only", "Danke!",
"""Hallo liebes Team, ich wollte nur mal Danke sagen. Die neue Kalenderansicht ist genau das, was wir gebraucht haben. Macht weiter so! Liebe Grüße, Nina""")

    # ---------------- others
    m(B, "en", "f1", "F", "non-native English: we are missing a way to archive projects", "archive projects",
"""Hello, we are missing possibility to archive old projects, now the list is very long and we can only delete them. Is this something you will add in future? Best regards, Dmitri""")
    m(B, "en", "n1", "", "past resolved: thanks for adding what we asked for", "Thanks for the export!",
"""Hi Sam, just saw the CSV export went live. Exactly what we asked for back in spring, thanks to you and the team! Cheers, Olivia""")
    m(B, "fi", "f1", "F", "Finnish: hope for mobile pay option", "Ehdotus",
"""Hei, toivoisimme että asiakkaat voisivat maksaa laskun suoraan MobilePaylla. Olisiko tämä mahdollista lisätä? Terveisin Mikko""")
    m(B, "nb", "f1", "F", "Norwegian: would be great with a week view", "Ukevisning",
"""Hei! Det hadde vært kjempefint med en ukevisning i kalenderen, slik at vi ser hele uka på en gang. Mvh Ingrid""")
    m(B, "ro", "n1", "", "Romanian how-to, no diacritics", "intrebare",
"""Buna ziua, cum pot sa adaug logo-ul firmei pe facturi? Nu gasesc setarea. Multumesc, Andrei""")
    m(B, "fr", "f1", "F", "French: can you also support payment by Twint, inside invoice question", "Paiement",
"""Bonjour, merci pour la facture de novembre. Par ailleurs, est-ce que vous pourriez aussi accepter les paiements par TWINT ? Beaucoup de nos clients suisses le demandent. Cordialement, Claire""", fmt="b64")
