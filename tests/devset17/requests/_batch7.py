"""devset17 requests, batch 7 (measured after tuning on b1-b6): generalisation 2 - longer mails,
replies above quoted history, signatures with manager titles, legacy charsets and HTML; every tag
buried in a mail about something else; manager positives and negatives side by side."""
B = "b7"

def add_b7(m):
    # ---------------- en
    m(B, "en", "f1", "F", "feature buried in a billing mail", "Invoice query + a suggestion",
"""Hi team,

1) Can you resend October's invoice with our PO number on it (PO-88213)?
2) Not urgent, but our accountants keep asking whether you'll ever let us attach the PO to every invoice automatically. Our previous provider had a field for it.

Thanks,
Grace Okafor
Finance Manager | Okafor Logistics""")
    m(B, "en", "g1", "G", "freebie: reply above quoted apology", "Re: Apology for the delay",
"""An apology doesn't pay my staff. Credit us for the two weeks we couldn't use the scheduler and we'll call it even.

> Dear customer, we apologise for the delay in resolving your issue.""")
    m(B, "en", "p1", "P", "personal: text me on your own phone", "Re: Callback",
"""Honestly easier if you just text me from your own phone when it's done, I'm never at my desk. Or give me your mobile and I'll text you.""", fmt="html")
    m(B, "en", "n1", "", "M neg: signature Finance Manager + line manager cc", "Purchase order",
"""Please add my line manager, Alan Price (alan.price@okafor.example), in cc on all future invoices.

Grace Okafor
Finance Manager""")
    m(B, "en", "m1", "M", "positive: not you, your manager", "Re: Re: Re: ticket 5521",
"""With respect, I don't want to hear from you again on this. Put your manager on the next email or I'm cancelling.

> We understand your frustration and are looking into it.""")
    # ---------------- de
    m(B, "de", "f1", "F", "feature: Schade + Wunsch in long mail", "Feedback nach 3 Monaten",
"""Hallo,

nach drei Monaten ein kurzes Feedback: Das Programm läuft stabil und die Kollegen kommen gut zurecht. Was uns wirklich fehlt, ist eine Schnittstelle zu unserem Warenwirtschaftssystem. Bisher übertragen wir alles per Hand. Wäre das für Sie denkbar?

Viele Grüße
Thomas Krüger
Geschäftsführer""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "n1", "", "M neg: Geschäftsführer signature, how-to", "Benutzer löschen",
"""Wie lösche ich einen Benutzer, ohne seine Termine zu verlieren?

Thomas Krüger
Geschäftsführer""")
    m(B, "de", "p1", "P", "personal: WhatsApp-Nummer", "Danke nochmal",
"""Herr Schmidt, könnten Sie mir Ihre WhatsApp-Nummer geben? Dann schicke ich Ihnen die Fotos vom Gerät direkt.""")
    # ---------------- da
    m(B, "da", "f1", "F", "feature: vi savner", "Rapporter",
"""Vi savner virkelig at kunne lave rapporter pr. afdeling. Er det noget, I arbejder på?""")
    m(B, "da", "g1", "G", "freebie: trække fra på næste faktura", "Nedetid",
"""I må trække de tre dages nedetid fra på næste faktura. Det er kun rimeligt.""")
    m(B, "da", "n1", "", "M neg: chef in subject as product role", "Chef-adgang",
"""Hvordan giver jeg vores nye køkkenchef adgang til lagermodulet uden at han kan se lønninger?""")
    m(B, "da", "m1", "M", "positive: send mig videre til en leder", "Utilfreds",
"""Send mig venligst videre til en leder. Jeg har forklaret problemet fire gange nu.""")
    # ---------------- ro
    m(B, "ro", "f1", "F", "feature: aș vrea să pot", "Sugestie aplicație",
"""Aș vrea să pot trimite facturile direct pe WhatsApp clienților. Se poate face asta în viitor?""")
    m(B, "ro", "g1", "G", "freebie: gratuit pentru perioada", "Despăgubire",
"""Pentru cele cinci zile fără sistem vrem ca abonamentul pe decembrie să fie gratuit.""", fmt="qp", charset="iso-8859-2")
    m(B, "ro", "p1", "P", "personal: WhatsApp / numărul tău", "Mulțumiri",
"""Ioana, îmi dai numărul tău de WhatsApp? Să te pot întreba direct când mai am probleme.""")
    m(B, "ro", "n1", "", "M neg: sunt directorul firmei, password", "Parola",
"""Sunt directorul firmei și nu mai am acces la contul de administrator. Cum resetez parola?""")
    m(B, "ro", "m1", "M", "positive: să mă sune un manager", "Reclamație gravă",
"""Cer să fiu sunat de un manager astăzi. Operatorii voștri nu înțeleg problema.""")
    # ---------------- pl
    m(B, "pl", "f1", "F", "feature: czy da się / brak", "Faktury",
"""Czy będzie kiedyś możliwość wystawiania faktur w euro? Bardzo by nam to ułatwiło pracę.""")
    m(B, "pl", "n1", "", "M neg: mój przełożony zatwierdził", "Zamówienie",
"""Mój przełożony zatwierdził zakup dodatkowych licencji, proszę o fakturę pro forma.""")
    # ---------------- es
    m(B, "es", "f1", "F", "feature: echo de menos + rioplatense", "Sugerencia",
"""Che, ¿no hay manera de que el sistema mande recordatorios por WhatsApp a los pacientes? Con el otro programa lo teníamos y andaba bárbaro.""")
    m(B, "es", "g1", "G", "freebie: bonificación", "Reclamo",
"""Después de la caída de la semana pasada, exigimos una bonificación en la próxima factura.""")
    m(B, "es", "n1", "", "M neg: coordinadora / responsable signature + thanks", "Gracias",
"""Muchas gracias por la ayuda con la migración, todo funciona.

Carmen Ruiz
Responsable de Administración""")
    # ---------------- fr
    m(B, "fr", "p1", "P", "personal: WhatsApp perso", "Suivi",
"""Kevin, je peux vous écrire sur votre WhatsApp perso ? C'est plus rapide pour moi.""")
    m(B, "fr", "g1", "G", "freebie: remise ou résiliation", "Renouvellement",
"""Nous ne renouvellerons que si vous nous accordez une remise de 20 %, vu les incidents de cette année.""", fmt="b64")
    m(B, "fr", "n1", "", "M neg: mon manager m'a demandé", "Export",
"""Mon manager m'a demandé un export des heures de l'équipe pour octobre. Comment faire ?""")
    # ---------------- nl
    m(B, "nl", "p1", "P", "personal: mobiele nummer", "Terugbellen",
"""Kunt u mij uw mobiele nummer geven? Dan bel ik u morgen direct zonder via de centrale te moeten.""")
    m(B, "nl", "n1", "", "M neg: vestigingsmanager in signature, feature-free question", "Btw",
"""Hoe pas ik het btw-tarief aan voor één product?

Met vriendelijke groet,
Sanne Bakker
Vestigingsmanager Utrecht""")
    # ---------------- sv
    m(B, "sv", "f1", "F", "feature: önskemål", "Önskemål",
"""Ett önskemål: att kunna skicka offerter direkt från mobilappen. Nu måste vi alltid gå till datorn.""")
    m(B, "sv", "p1", "P", "personal: ditt mobilnummer", "Tack!",
"""Kan jag få ditt mobilnummer, Anna? Enklare att ringa dig direkt nästa gång.""")
    m(B, "sv", "n1", "", "M neg: vår VD vill ha faktura", "Fakturaadress",
"""Vår VD vill att fakturorna skickas till henne direkt från och med januari. Kan ni ändra det?""")
    # ---------------- it
    m(B, "it", "g1", "G", "freebie: storno / non pagare", "Fattura novembre",
"""Visto che il servizio non ha funzionato per metà mese, non intendo pagare novembre. Stornatemi la fattura.""")
    m(B, "it", "m1", "M", "positive: un supervisore mi richiami", "Reclamo",
"""Voglio che un supervisore mi richiami entro oggi. Non accetto più risposte dal primo livello.""")
    # ---------------- pt
    m(B, "pt", "p1", "P", "personal: Instagram / WhatsApp pessoal", "Obrigada",
"""Bruna, você tem WhatsApp pessoal? Queria te mandar umas dúvidas direto, sem abrir chamado.""")
    m(B, "pt", "n1", "", "M neg: gerente financeiro signature", "Boleto",
"""Podem reenviar o boleto de novembro? O anterior venceu.

Att.,
Roberto Lima
Gerente Financeiro""")
