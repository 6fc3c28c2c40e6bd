"""devset17 requests, batch 10 (measured after tuning on b1-b9): precision 3 - b9's new words in
harmless use ("there are no invoices/filters" in a bug, "match it" in a how-to, "dacă nu primim
factura", "trecem la concurență" as news, "cobrar só metade" as a published half-price offer,
"ahora no lo hace" in a bug, "je vous ajoute en copie", "koppling till" in a how-to), manager
negatives once more, and a few fresh positives."""
B = "b10"

def add_b10(m):
    # ---------------- en
    m(B, "en", "n1", "", "F neg: there are no filters showing (bug)", "Filters gone",
"""Since this morning there are no filters showing on the orders page, the whole filter bar is blank. Cache cleared, same on two PCs.""")
    m(B, "en", "n2", "", "G neg: match it - reconcile payment", "Payment reference",
"""We paid £1,240 with reference INV-5521 but your system shows it unallocated. Can you match it to the right invoice?""")
    m(B, "en", "n3", "", "M neg: ops manager asks for API docs", "API docs",
"""I'm the operations manager and our developer needs the API documentation for the booking endpoints. Where can he find it?""")
    m(B, "en", "n4", "", "P neg: wrong number in vendor signature", "Signature",
"""FYI the phone number in your account manager's email signature is missing a digit.""")
    m(B, "en", "p1", "P", "positive: Teams outside work / personal account", "Cheers",
"""Cheers Amir. Mind if I add you on LinkedIn? Would be good to stay in touch outside the ticket system.""")
    # ---------------- de
    m(B, "de", "n1", "", "M neg: unser Chef möchte Rechnung per Post", "Rechnung per Post",
"""Unser Chef möchte die Rechnungen ab sofort zusätzlich per Post. Geht das?""")
    m(B, "de", "m1", "M", "positive: verbinden Sie mich mit Ihrem Vorgesetzten", "Anruf",
"""Verbinden Sie mich bitte mit Ihrem Vorgesetzten, ich habe keine Lust mehr auf Warteschleifen.""")
    # ---------------- da
    m(B, "da", "n1", "", "P neg: din egen mail - reset to own mail", "Nulstil kodeord",
"""Kan I sende linket til nulstilling til min egen mail i stedet for firmaets?""")
    m(B, "da", "g1", "G", "positive: kræver kompensation", "Mistede ordrer",
"""Vi mistede ordrer for 40.000 kr. på grund af jeres fejl. Vi kræver en form for kompensation.""")
    # ---------------- ro
    m(B, "ro", "n1", "", "G neg: dacă nu primim factura", "Factură",
"""Dacă nu primim factura până vineri, nu o putem înregistra în luna aceasta. O puteți trimite azi?""")
    m(B, "ro", "n2", "", "G neg: trecem la concurență as news about a client", "Client pierdut",
"""Un client ne-a spus că trece la concurență. Cum îi închidem contul din aplicație?""")
    m(B, "ro", "n3", "", "M neg: managerul nostru a aprobat", "Licențe",
"""Managerul nostru a aprobat achiziția a cinci licențe noi. Trimiteți factura proformă, vă rog.""")
    # ---------------- pl
    m(B, "pl", "n1", "", "M neg: szefowa prosi o fakturę", "Faktura",
"""Szefowa prosi o przesłanie faktury także na jej adres: a.wisniewska@firma.pl""")
    m(B, "pl", "f1", "F", "positive: czy przewidujecie", "Wersja na Maca",
"""Czy przewidujecie kiedyś wersję na Maca? Cały zespół graficzny pracuje na Macach.""")
    # ---------------- es
    m(B, "es", "n1", "", "F neg: ahora no lo hace (regression bug)", "Sincronización",
"""Antes el calendario se sincronizaba con Google, ahora no lo hace desde la actualización. ¿Qué ha pasado?""")
    m(B, "es", "n2", "", "F neg: en una versión futura la factura", "Factura",
"""¿Vais a cambiar el formato de la factura en una versión futura? Solo es para avisar a contabilidad.""")
    m(B, "es", "g1", "G", "positive: compensación por las molestias", "Molestias",
"""Después de todas las molestias, creo que merecemos algún tipo de compensación en la próxima cuota.""")
    # ---------------- fr
    m(B, "fr", "n1", "", "P neg: je vous ajoute en copie", "Facturation",
"""Bonjour, je vous ajoute en copie de notre échange avec la comptable, merci de lui répondre directement.""")
    m(B, "fr", "n2", "", "P neg: votre page Facebook", "Page Facebook",
"""Vous êtes sur Facebook ? Je voudrais suivre la page de votre entreprise pour les nouveautés.""")
    # ---------------- nl
    m(B, "nl", "n1", "", "M neg: manager in cc bij facturen", "Facturen",
"""Kunnen jullie de facturen voortaan ook naar onze financieel manager sturen? Adres volgt.""")
    m(B, "nl", "p1", "P", "positive: je eigen nummer", "Terugbellen",
"""Bel me maar terug vanaf je eigen nummer, dat van de centrale neem ik niet op.""")
    # ---------------- sv
    m(B, "sv", "n1", "", "F neg: koppling till how-to existing", "Koppling",
"""Hur aktiverar jag kopplingen till Fortnox? Jag vet att ni har den men hittar inte var.""")
    m(B, "sv", "g1", "G", "positive: rimligt med avdrag", "Faktura december",
"""Efter alla avbrott vore det rimligt med ett avdrag på decemberfakturan.""")
    # ---------------- it
    m(B, "it", "n1", "", "M neg: il nostro responsabile IT", "Accesso API",
"""Il nostro responsabile IT chiede le credenziali per l'ambiente di test delle API.""")
    m(B, "it", "m1", "M", "positive: fatemi parlare con il direttore", "Basta",
"""Fatemi parlare con il direttore, non con un altro operatore.""")
    # ---------------- pt
    m(B, "pt", "n1", "", "G neg: published half-price offer", "Promoção",
"""Vi no site que no primeiro mês vocês cobram só metade. Isso vale para quem já é cliente?""")
    m(B, "pt", "f1", "F", "positive: vocês podiam", "Sugestão",
"""Vocês podiam criar um relatório de comissões por vendedor. Hoje calculamos tudo na mão.""")
