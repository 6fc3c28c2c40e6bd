"""devset16 requests, batch 1 (measured before any tuning on it): manager-request precision in all 11
languages. Positives: asking to speak to / be called by / have the case looked at by someone senior.
Negatives: the writer's own boss wants a report or approved a purchase, "I manage this account",
escalation path in the contract, thanks to a team lead, "no need to escalate"."""
B = "b1"

def add_b1(m):
    # ---------------- en
    m(B, "en", "m1", "M", "ask for a call from a senior person", "Re: case 55102 still open",
"""Hi,

This is now the fifth reply I've had that doesn't address the actual problem (the duplicate direct debit on 3 Nov). I'd like someone senior on your side to ring me tomorrow morning, not another templated email.

Phone is on file.
Graham Whitlock""")
    m(B, "en", "m2", "M", "have the case reviewed by someone above agent", "Appeal - account closure",
"""Hello, I'd like the decision to close my seller account looked at again by a person who has the power to overturn it. With respect, the agent who replied clearly can't. Who reviews appeals?

Thanks, Priya""")
    m(B, "en", "m3", "M", "US short: get your supervisor on the phone", "call me",
"""ok i'm done with chat. have your supervisor call me at the number on the account, today if possible""")
    m(B, "en", "m4", "M", "polite UK: could this go to your team leader", "Query about cancellation fee",
"""Dear Support,

Thank you for the reply. I'm afraid I still don't accept the £85 early termination fee as I was never told about it when I signed up by phone. Could this please be passed to your team leader or whoever deals with complaints for a second opinion?

Kind regards,
Margaret Dunn""")
    m(B, "en", "n1", "", "own boss wants a report", "Usage report for Q3",
"""Hi there, my boss wants a breakdown of our API usage for July to September before Friday's budget meeting. Where in the dashboard can I export that? Thanks, Leo""")
    m(B, "en", "n2", "", "my manager approved the purchase", "Upgrade to Business plan",
"""Good news, my manager approved the purchase of 12 Business seats. Could you send the quote as a PDF addressed to Harlow Logistics Ltd, with our PO number 4471-B?

Cheers
Nadia""")
    m(B, "en", "n3", "", "I am the manager of this account", "change of billing address",
"""Hello, I'm the account manager for this subscription on our side (the owner left last month). Please update the billing address to 14 Quay Street, Bristol BS1 4DA. Regards, Owen Price""")
    m(B, "en", "n4", "", "escalation path documented in contract, question", "SLA question",
"""Hi, our procurement team is reviewing the enterprise agreement. Section 9 describes the escalation path for P1 incidents (support > duty engineer > service delivery manager). Is that still current, or has it changed since the 2024 version? Just need it for the paperwork, nothing is wrong.""")
    m(B, "en", "n5", "", "thanking a team lead", "Thank you!",
"""Just a quick note to say thanks to Rachel, the team lead who sorted out our migration last week. She stayed late on a Friday to get the DNS right. Much appreciated by everyone here.""")
    m(B, "en", "n6", "", "no need to escalate, resolved", "Re: login loop",
"""Update: cleared my cookies and it's working again. No need to escalate this one, you can close the ticket. Thanks for the quick help!""")
    m(B, "en", "n7", "", "own supervisor needs invoices, Australian", "invoices",
"""G'day, my supervisor needs copies of all invoices since March for the auditors. Can you email them to accounts@brightwave.com.au? Ta""")
    # ---------------- de
    m(B, "de", "m1", "M", "call from a Vorgesetzter", "Beschwerde Vertrag 88-2291",
"""Sehr geehrte Damen und Herren,

nach drei Telefonaten mit Ihrer Hotline bin ich keinen Schritt weiter. Ich bitte darum, dass mich eine Person mit Entscheidungskompetenz zurückruft, gerne auch Ihre Abteilungsleitung.

Mit freundlichen Grüßen
Jürgen Hartl""")
    m(B, "de", "n1", "", "own Chef approved the order", "Bestellung 20 Lizenzen",
"""Hallo, mein Chef hat die Bestellung freigegeben. Bitte schicken Sie die Rechnung an buchhaltung@kessler-bau.de. Danke!""")
    m(B, "de", "n2", "", "Teamleiter thanked", "Danke",
"""Liebes Support-Team, ein großes Dankeschön an Ihren Teamleiter Herrn Vogt, der sich gestern so viel Zeit genommen hat. Alles läuft wieder.""")
    # ---------------- fr
    m(B, "fr", "m1", "M", "réclamation à un responsable", "Litige facture",
"""Bonjour,

Je conteste toujours la facture de septembre. Je souhaite que mon dossier soit examiné par un responsable du service client, pas par un nouvel agent qui repart de zéro.

Cordialement,
Sylvie Marchand""")
    m(B, "fr", "n1", "", "je suis le gérant, question facture", "Facture",
"""Bonjour, je suis le gérant de la boutique et c'est moi qui gère l'abonnement. Pouvez-vous ajouter notre numéro de TVA sur les factures ? Merci""")
    m(B, "fr", "n2", "", "pas besoin d'escalader", "Re: synchro",
"""Merci, la synchronisation refonctionne. Pas la peine de faire remonter le ticket, tout est bon de notre côté.""")
    # ---------------- es
    m(B, "es", "m1", "M", "que me llame un superior", "Reclamación 33021",
"""Buenas tardes,
Llevo tres semanas esperando la devolución y nadie me da una respuesta clara. Solicito que un superior revise mi caso y me llame al móvil que consta en la cuenta.
Un saludo,
Marta Quiroga""")
    m(B, "es", "n1", "", "mi jefa quiere un informe", "Informe de uso",
"""Hola, mi jefa me pide un informe con el número de usuarios activos por mes. ¿Se puede sacar desde el panel? Gracias""")
    m(B, "es", "n2", "", "escalado documentado en contrato", "Contrato soporte",
"""Hola, en el anexo 3 del contrato aparece el procedimiento de escalado para incidencias críticas. ¿Me podéis confirmar si sigue vigente? Es solo para la auditoría interna.""")
    # ---------------- it
    m(B, "it", "m1", "M", "parlare con un responsabile", "Pratica 7712",
"""Buongiorno, è la terza volta che scrivo. Chiedo di essere ricontattato da un responsabile, perché l'operatore continua a darmi risposte diverse.
Distinti saluti
Paolo Ferri""")
    m(B, "it", "n1", "", "il mio responsabile ha approvato", "Ordine",
"""Ciao, il mio responsabile ha approvato il preventivo. Potete procedere con l'attivazione dei 5 utenti? Grazie, Giulia""")
    # ---------------- pt
    m(B, "pt", "m1", "M", "pt-BR: quero falar com o gerente", "cobrança indevida",
"""Boa tarde, já expliquei três vezes para atendentes diferentes. Quero que alguém da gerência me ligue para resolver essa cobrança de uma vez.""")
    m(B, "pt", "n1", "", "o meu chefe pediu relatório", "Relatório",
"""Olá, o meu chefe pediu-me um relatório das faturas deste ano. Onde posso descarregar todas de uma vez? Obrigado""")
    # ---------------- nl
    m(B, "nl", "m1", "M", "leidinggevende laten bellen", "Klacht",
"""Goedemiddag, ik ben het niet eens met de afhandeling van mijn klacht. Graag word ik teruggebeld door een leidinggevende van de klantenservice.
Met vriendelijke groet, Erik de Wit""")
    m(B, "nl", "n1", "", "mijn leidinggevende keurde goed", "Offerte",
"""Hoi, mijn leidinggevende heeft de offerte goedgekeurd. Kunnen jullie de factuur op naam van Jansen BV zetten? Bedankt!""")
    # ---------------- sv
    m(B, "sv", "m1", "M", "prata med chef", "Ärende 4410",
"""Hej, jag har nu väntat i tre veckor. Jag vill att en chef på kundtjänst tittar på mitt ärende och ringer upp mig.
Mvh Karin Lund""")
    m(B, "sv", "n1", "", "min chef vill ha rapport", "Rapport",
"""Hej! Min chef vill ha en sammanställning av alla fakturor för 2025. Går det att exportera dem? Tack, Ola""")
    # ---------------- da
    m(B, "da", "m1", "M", "en leder ringer", "Klage",
"""Hej, jeg er stadig ikke tilfreds med svaret. Jeg vil gerne have at en leder ser på sagen og ringer mig op.
Venlig hilsen Mette""")
    m(B, "da", "n1", "", "tak til teamleder", "Tak",
"""Hej, vil bare sige tak til jeres teamleder Søren for hjælpen i går. Alt kører igen.""")
    # ---------------- pl
    m(B, "pl", "m1", "M", "rozmowa z kierownikiem", "Reklamacja",
"""Dzień dobry, proszę o kontakt telefoniczny od kierownika działu obsługi klienta. Konsultanci od tygodnia odsyłają mnie od jednej osoby do drugiej.
Pozdrawiam, Anna Nowak""")
    m(B, "pl", "n1", "", "mój szef zatwierdził zakup", "Zamówienie",
"""Dzień dobry, mój szef zatwierdził zakup pakietu Pro. Proszę o fakturę na firmę. Dziękuję""")
    # ---------------- ro
    m(B, "ro", "m1", "M", "să vorbesc cu un superior", "Reclamatie",
"""Bună ziua, vă rog să fiu contactat de un superior, colegii dumneavoastră nu pot rezolva problema cu factura dublă.
Mulțumesc, Andrei Pop""")
    m(B, "ro", "n1", "", "sunt managerul contului", "Date facturare",
"""Bună, eu sunt administratorul contului firmei. Vă rog să schimbați adresa de facturare în Str. Lalelelor 5, Cluj. Mulțumesc""")
