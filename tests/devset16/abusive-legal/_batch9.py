"""devset16 abusive-legal, batch 9 (measured after tuning on b1-b8, before tuning on it): the other eight
languages (de fr nl sv it pt pl ro) plus more Spanish legal threats; fresh wording, reserve-the-right
forms, 'wir sehen uns', 'nos veremos en los tribunales'; hard negatives per language."""
B = "b9"

def add_b9(m):
    # ---------------- de
    m(B, "de", "a1", "A", "de: Sie sind ja wohl das Letzte, Azubi zu dämlich", "Re: Reklamation",
"""Sie sind ja wohl das Letzte. Ihr Azubi ist zu dämlich, um eine E-Mail zu lesen.""")
    m(B, "de", "a2", "A", "de: threat: ich weiß, wann Ihre Filiale schließt", "Filiale Mitte",
"""Ich weiß, wann Ihre Filiale abends schließt. Wir sehen uns, Herr Wagner.""")
    m(B, "de", "l1", "L", "de: rechtliche Schritte vorbehalten", "Abbuchung",
"""Ich fordere Sie auf, die Abbuchung zurückzuerstatten. Rechtliche Schritte behalte ich mir ausdrücklich vor.""")
    m(B, "de", "l2", "L", "de: Bundesnetzagentur einschalten", "Anschluss",
"""Wenn der Anschluss bis Freitag nicht geschaltet ist, schalte ich die Bundesnetzagentur ein.""")
    m(B, "de", "n1", "", "de: Anwalt hat Produkt empfohlen", "Neukunde",
"""Mein Anwalt hat mir Ihre Software empfohlen. Gibt es eine Testversion?""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "fr: espèce d'incompétent", "Re: facture",
"""Espèce d'incompétent, je vous ai déjà envoyé le RIB deux fois.""")
    m(B, "fr", "a2", "A", "fr: threat: je sais où est votre agence", "Agence de Lyon",
"""Je sais où se trouve votre agence. Je passerai voir votre conseiller, et il va comprendre.""")
    m(B, "fr", "l1", "L", "fr: je me réserve le droit d'engager des poursuites", "Prélèvement",
"""Je me réserve le droit d'engager des poursuites si le prélèvement n'est pas annulé.""")
    m(B, "fr", "l2", "L", "fr: conciliateur de justice", "Travaux",
"""Je saisis le conciliateur de justice dès lundi.""")
    m(B, "fr", "n1", "", "fr: je ne compte pas porter plainte", "Colis",
"""Je ne compte pas porter plainte, je veux seulement savoir où est mon colis.""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "nl: stelletje prutsers", "Levering",
"""Stelletje prutsers. Die medewerker van gisteren is een ongelofelijke idioot.""")
    m(B, "nl", "l1", "L", "nl: ik schakel een advocaat in", "Factuur",
"""Ik schakel nu een advocaat in. U hoort van hem.""")
    m(B, "nl", "n1", "", "nl: geen juridische stappen", "Storing",
"""We gaan geen juridische stappen zetten, we willen alleen een verklaring voor de storing.""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "sv: ni är ena jävla idioter", "Faktura",
"""Ni är ena jävla idioter på ekonomiavdelningen.""")
    m(B, "sv", "a2", "A", "sv: jag vet var ni har kontoret", "Sista varningen",
"""Jag vet var ni har kontoret. Fixa det här innan jag kommer förbi.""")
    m(B, "sv", "l1", "L", "sv: jag kommer att stämma er", "Skada",
"""Jag kommer att stämma er för skadorna på mitt golv.""")
    m(B, "sv", "n1", "", "sv: vi kommer inte att stämma er", "Avbrott",
"""Vi kommer inte att stämma er, men vi vill ha en kreditering för avbrottet.""")
    # ---------------- it
    m(B, "it", "a1", "A", "it: siete dei buffoni", "Spedizione",
"""Siete dei buffoni. Quell'incompetente dell'operatrice mi ha chiuso il telefono in faccia.""")
    m(B, "it", "l1", "L", "it: farò ricorso al Corecom", "Bolletta",
"""Se non stornate la bolletta farò ricorso al Corecom.""")
    m(B, "it", "n1", "", "it: non intendo denunciarvi", "Reso",
"""Non intendo denunciarvi, voglio solo il rimborso del reso.""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "pt-BR: a sua colega é uma anta", "Atendimento",
"""A sua colega é uma anta. Vocês são uns palhaços.""")
    m(B, "pt", "l1", "L", "pt-BR: vou meter um processo", "Cobrança",
"""Vou meter um processo em vocês se não cancelarem essa cobrança.""")
    m(B, "pt", "n1", "", "pt: não vou apresentar queixa", "Encomenda",
"""Não vou apresentar queixa, só quero a encomenda.""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "pl: ten pan to kompletny idiota", "Reklamacja",
"""Ten pan z infolinii to kompletny idiota. Jesteście bandą złodziei.""")
    m(B, "pl", "l1", "L", "pl: złożę pozew", "Zwrot",
"""Złożę pozew, jeśli pieniądze nie wrócą do piątku.""")
    m(B, "pl", "n1", "", "pl: nie zamierzamy składać skargi", "Awaria",
"""Nie zamierzamy składać skargi, prosimy tylko o raport z awarii.""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "ro: operatoarea e o proasta", "Abonament",
"""Operatoarea cu care am vorbit e o proasta. Sunteti niste hoti.""")
    m(B, "ro", "l1", "L", "ro: va dau in judecata", "Factura",
"""Va dau in judecata daca nu anulati factura.""")
    m(B, "ro", "n1", "", "ro: nu vreau sa fac plangere", "Livrare",
"""Nu vreau sa fac plangere, doar sa primesc coletul.""")
    # ---------------- es legal extra
    m(B, "es", "l1", "L", "es: nos veremos en los tribunales", "Contrato",
"""Pues nada, nos veremos en los tribunales.""")
    m(B, "es", "l2", "L", "es: requerimiento de mi abogado", "Deuda",
"""Mi abogado les enviará un requerimiento formal esta semana.""")
    m(B, "es", "l3", "L", "es: reclamación ante la Oficina del Consumidor", "Garantía",
"""Le informo de que he interpuesto una reclamación ante la Oficina Municipal de Información al Consumidor.""")
    m(B, "es", "l4", "L", "es: ya tengo cita con un abogado", "Penalización",
"""Ya tengo cita con un abogado para el jueves por la penalización que me cobraron.""")
    m(B, "es", "n1", "", "es: bufete pide factura", "Factura",
"""Hola, desde el bufete necesitamos la factura de noviembre con el CIF correcto. Gracias.""")
    m(B, "es", "n2", "", "es: no queremos llegar a los tribunales (resolved)", "Acuerdo",
"""Gracias por el acuerdo, así no hace falta llegar a los tribunales. Queda todo resuelto.""")
