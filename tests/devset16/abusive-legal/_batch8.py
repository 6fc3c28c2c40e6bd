"""devset16 abusive-legal, batch 8 (measured after tuning on b1-b7, before tuning on it): precision 2.
The b6/b7 entries in harmless use (a printer that 'needs a good slap', 'thanks, you geniuses', 'we need to
stop being so lazy about passwords', 'pursue a claim with my insurer', 'explain timelines to a judge',
Black Friday 'demanda', 'the regulator would be interested in our uptime report', an app that 'lets the
judge decide'), third parties, and 'we will not sue' / law-firm questions in the other languages."""
B = "b8"

def add_b8(m):
    m(B, "en", "n1", "", "printer needs a good slap", "printer",
"""Our office printer needs a good slap every morning before it wakes up. Is there a firmware update for the X200?""")
    m(B, "en", "n2", "", "thanks you geniuses", "fixed!",
"""Thank you, you geniuses! The import works perfectly now.""")
    m(B, "en", "n3", "", "landlord a disgrace, address change", "New address",
"""My landlord is a disgrace to the human race, which is why I'm moving. Please update my billing address to 3 Rose Court, Bath.""")
    m(B, "en", "n4", "", "we need to stop being so lazy about passwords", "Enforce 2FA",
"""Our team needs to stop being so lazy about passwords. Can you enforce 2FA for every user in our workspace?""")
    m(B, "en", "n5", "", "pursue a claim with my insurer", "Repair invoice",
"""I intend to pursue a claim with my home insurer for the water damage. Could you send me the engineer's repair invoice?""")
    m(B, "en", "n6", "", "litigation support: explain timelines to a judge", "Template pack",
"""We're a litigation support firm and use your slides tool to explain complex timelines to a judge. Can we get the legal template pack?""")
    m(B, "en", "n7", "", "app lets the judge decide", "Feature request",
"""We run moot-court competitions. Could the scoring app let the judge decide the order of speakers instead of random?""")
    m(B, "en", "n8", "", "our regulator would be interested in uptime report", "Annual report",
"""The regulator would be interested in our uptime figures for the annual filing. Can you send the SLA report for 2024?""")
    m(B, "en", "n9", "", "proper legal channels for DPA signature", "DPA",
"""We'll route the DPA through the proper legal channels on our side and send it back signed by Friday.""")
    m(B, "en", "n10", "", "who hired you to design, praise", "New website",
"""Who hired you to design the new booking page? Whoever it was, it's brilliant.""")
    m(B, "es", "n1", "", "Black Friday: nos llegará una demanda enorme", "Capacidad servidor",
"""Con el Black Friday nos llegará una demanda enorme de pedidos. ¿Podéis ampliar la capacidad del servidor esa semana?""")
    m(B, "es", "n2", "", "el técnico dijo que el router era una basura inútil", "Gracias",
"""El técnico dijo que el router viejo era una basura inútil y lo cambió por uno nuevo. ¡Muchas gracias!""")
    m(B, "es", "n3", "", "tomaré nota; acciones legales del cliente (otro)", "Consulta",
"""Tomaré nota del cambio. Por cierto, ¿vuestro software permite registrar acciones legales de nuestros clientes morosos?""")
    m(B, "da", "n1", "", "min dumme hund (own dog)", "Levering",
"""Chaufføren skal ikke være bange, min dumme hund gør bare. Stil pakken ved døren.""")
    m(B, "da", "n2", "", "vi vil ikke gå til advokat", "Kreditnota",
"""Vi vil ikke gå til advokat over det her, vi vil bare have en kreditnota.""")
    m(B, "fr", "n1", "", "nous ne porterons pas plainte", "Incident",
"""Rassurez-vous, nous ne porterons pas plainte. Nous voulons juste le rapport d'incident.""")
    m(B, "it", "n1", "", "non vogliamo fare causa", "Disservizio",
"""Non vogliamo fare causa a nessuno, ci serve solo il rapporto del disservizio per l'assicurazione.""")
    m(B, "nl", "n1", "", "advocatenkantoor vraagt licenties", "Licenties",
"""Wij zijn een advocatenkantoor en willen vijf extra licenties. Kan dat per direct?""")
    m(B, "sv", "n1", "", "vi tänker inte stämma er", "Avbrott",
"""Vi tänker inte stämma er, vi vill bara ha en förklaring till avbrottet.""")
    m(B, "pl", "n1", "", "nie zamierzam iść do sądu", "Zwrot",
"""Nie zamierzam iść do sądu, chcę tylko zwrot za podwójną płatność.""")
    m(B, "ro", "n1", "", "nu vom da in judecata", "Intrerupere",
"""Nu vom da pe nimeni in judecata, vrem doar raportul incidentului.""")
    m(B, "pt", "n1", "", "sou advogada, fatura em nome do escritório", "Fatura",
"""Olá, sou advogada e preciso que a fatura saia em nome do escritório. Obrigada.""")
    m(B, "de", "n1", "", "de: wir werden nicht klagen", "Ausfall",
"""Keine Sorge, wir werden nicht klagen. Wir brauchen nur den Störungsbericht.""")
    # a few positives
    m(B, "en", "a1", "A", "positive: you utter donkey, named", "Re: order",
"""Gareth, you utter donkey, the order number is in the subject line.""")
    m(B, "en", "l1", "L", "positive: my lawyer will be writing", "Overcharge",
"""My lawyer will be writing to you about the overcharge. Please direct any further correspondence to her.""")
    m(B, "es", "a1", "A", "positive: so imbécil", "Re: cita",
"""¡Que no, so imbécil! La cita era el martes.""")
    m(B, "es", "l1", "L", "positive: iré al juzgado de guardia", "Suplantación",
"""Si no bloquean la cuenta hoy, me voy directo al juzgado de guardia a denunciar.""")
    m(B, "da", "a1", "A", "positive: dit store fjols", "Re: Abonnement",
"""Nej, dit store fjols, jeg sagde OPSIG, ikke opgrader.""")
    m(B, "da", "l1", "L", "positive: politianmeldt", "Svindel",
"""Jeg har nu politianmeldt jeres firma for svindel.""")
