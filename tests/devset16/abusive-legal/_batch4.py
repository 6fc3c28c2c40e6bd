"""devset16 abusive-legal, batch 4 (measured after tuning on b1-b3, before tuning on it): generalisation
with fresh wording, English / Danish / Spanish weighted, plus the other eight languages. Condescension,
idioms, veiled threats, wishes; legal notices of intent, legal-expenses insurance, regulators; hard
negatives in the same languages."""
B = "b4"

def add_b4(m):
    # ---------------- en abusive
    m(B, "en", "a1", "A", "sarcasm: minimum IQ requirement, named", "Re: Re: Direct debit date",
"""Is there a minimum IQ requirement to work on your helpdesk? If so, how did Steve get past it? I've now asked him three times to move the debit to the 28th.""")
    m(B, "en", "a2", "A", "condescending: sweetheart, big words are hard for you", "my order",
"""OK sweetheart, I know big words are hard for you, so I'll type slowly: WHERE. IS. MY. PARCEL.""")
    m(B, "en", "a3", "A", "go back to flipping burgers", "Re: tariff change",
"""Whoever approved this tariff change should go back to flipping burgers, it's clearly more their level. Useless.""")
    m(B, "en", "a4", "A", "UK: thick as pig shit, named", "Yesterday's call",
"""The lad on the phone yesterday, Connor, is thick as pig shit. He couldn't spell my postcode after I spelled it out twice.""")
    m(B, "en", "a5", "A", "idiom: few sandwiches short of a picnic", "technician",
"""No offence but your technician is a few sandwiches short of a picnic. He drilled through a water pipe and then asked me where the router was.""")
    m(B, "en", "a6", "A", "veiled threat: shame if something happened", "You know what you did",
"""Nice little office you've got on Mill Street. Be a shame if something happened to it while your staff are in there. Refund me.""")
    m(B, "en", "a7", "A", "threat: I know your name, it won't be hard to find the rest", "Chloe",
"""I know your name, Chloe, and your surname is on your LinkedIn. It won't be hard to find the rest. Cancel the contract today.""")
    m(B, "en", "a8", "A", "wish: choke on your bonus", "price rise",
"""Another price rise. I hope the lot of you choke on your Christmas bonuses, you greedy parasites.""")
    m(B, "en", "a9", "A", "UK slang: bunch of absolute melts", "app login",
"""Honestly you're a bunch of absolute melts. Three weeks to reset a password.""", fmt="html")
    # ---------------- en legal
    m(B, "en", "l1", "L", "notice of intent to file in county court", "Notice",
"""Consider this email my notice of intent to file a claim in the county court if the balance of £612 isn't repaid within 14 days.""")
    m(B, "en", "l2", "L", "US: CFPB case opened", "Account closure",
"""FYI I've opened a case with the CFPB and my state's consumer protection office about the fees you charged after closure.""")
    m(B, "en", "l3", "L", "expect a letter from solicitors", "Re: dilapidations",
"""You can expect a letter from Hargreaves & Co next week. They're handling this from now on.

Regards, T. Bamford""")
    m(B, "en", "l4", "L", "let the ICO look at it", "Data breach?",
"""You sent my invoice to a stranger. I'm more than happy to let the Information Commissioner look at how you handle customer data.""")
    m(B, "en", "l5", "L", "pursue through the courts, conditional", "deposit",
"""If my deposit isn't returned by the 30th, I will be pursuing this through the courts. No more emails.""")
    m(B, "en", "l6", "L", "short: see you in court", "Re: final invoice",
"""Not paying it. See you in court.""")
    # ---------------- en negatives
    m(B, "en", "n1", "", "our legal team reviewed the DPA, happy to sign", "DPA signed",
"""Hi, our legal team has reviewed your Data Processing Agreement and we're happy to sign. Could you send it via DocuSign to our DPO?""")
    m(B, "en", "n2", "", "law firm: integration with court filing", "Integration question",
"""We're a litigation firm and we'd like to know whether your case-management API can push deadlines from court filing systems into the calendar. Is there documentation?""")
    m(B, "en", "n3", "", "praise with rough slang", "sorted!",
"""You absolute legends, sorted in five minutes. Whoever Priya is, give her a raise.""")
    m(B, "en", "n4", "", "ombudsman ruled before, now just invoice", "Invoice request",
"""The ombudsman ruled on our old dispute last year and that's all closed. This time I simply need a copy of the March invoice, please.""")
    m(B, "en", "n5", "", "apology for swearing at the app", "sorry",
"""Sorry for the swearing in my last message, it was aimed at the app, not at you. It crashed while I was saving a 40-page report. Any way to recover the draft?""")
    m(B, "en", "n6", "", "third party described as muppet by himself", "Read-only access for our intern",
"""Can our new intern get read-only access? He calls himself "a muppet with spreadsheets" so best he can't change anything yet.""")
    # ---------------- da abusive
    m(B, "da", "a1", "A", "condescending: skal jeg tegne det for dig, din klovn", "Re: opsigelse",
"""Skal jeg tegne det for dig, din klovn? OPSIGELSE. Jeg vil ikke have abonnementet mere.""")
    m(B, "da", "a2", "A", "for dum til at binde snørebånd, named", "Søren",
"""Søren fra jeres kundeservice er for dum til at binde sine egne snørebånd. Giv mig en anden.""")
    m(B, "da", "a3", "A", "threat: jeg ved hvor du parkerer", "Søren igen",
"""Jeg ved godt hvor du parkerer din bil, Søren. Tænk lige over det, før du afviser min reklamation igen.""")
    m(B, "da", "a4", "A", "hvor har I fundet den idiot henne", "Chat i går",
"""Hvor har I dog fundet den idiot henne der sad på chatten i går? Han burde fyres.""")
    # ---------------- da legal
    m(B, "da", "l1", "L", "retshjælpsforsikring", "Reklamation",
"""Jeg har bedt min retshjælpsforsikring om at se på sagen, så I må forvente at høre fra dem.""")
    m(B, "da", "l2", "L", "så må Forbrugerklagenævnet tage stilling", "Fejlbehæftet vare",
"""Når I ikke vil anerkende reklamationen, så må Forbrugerklagenævnet tage stilling til det.""")
    m(B, "da", "l3", "L", "det ender i retten", "Regning",
"""Hvis I bliver ved med at sende rykkere for en regning jeg har betalt, så ender det her i retten.""")
    # ---------------- da negatives
    m(B, "da", "n1", "", "advokatkontor upgrade", "Opgradering",
"""Hej, vi er et mindre advokatkontor og vil gerne opgradere til Pro-pakken fra januar. Hvad koster det pr. bruger?""")
    m(B, "da", "n2", "", "no intention of police report", "Kvittering",
"""Vi har ingen intentioner om at politianmelde nogen, vi skal bare bruge en kvittering for betalingen til forsikringen.""")
    m(B, "da", "n3", "", "self: sådan en klovn", "kode",
"""Jeg var sådan en klovn at jeg glemte koden igen. Kan I nulstille den?""")
    m(B, "da", "n4", "", "disclaimer", "Re: Levering",
"""Tak, tirsdag passer fint.

Med venlig hilsen
Anne Kirk

Denne e-mail kan indeholde fortrolige oplysninger. Hvis du ikke er den rette modtager, bedes du slette den. Uautoriseret brug kan medføre retslige skridt.""")
    # ---------------- es abusive
    m(B, "es", "a1", "A", "sarcasm: ¿vienes así de fábrica?", "Re: cambio de tarifa",
"""¿A ti te enseñaron a leer o vienes así de fábrica? Te he pedido la tarifa plana tres veces.""")
    m(B, "es", "a2", "A", "eres un cero a la izquierda", "Queja",
"""Eres un cero a la izquierda, chaval. No tienes ni puta idea de nada.""")
    m(B, "es", "a3", "A", "threat: te espero a la salida", "tienda de Gran Vía",
"""Dile al encargado de la tienda de Gran Vía que le espero a la salida. A ver si entonces se ríe tanto.""")
    m(B, "es", "a4", "A", "wish: ojalá te echen a la calle", "tu respuesta",
"""Ojalá te echen a la calle por cómo tratas a los clientes, sinvergüenza.""")
    m(B, "es", "a5", "A", "Mexico: la neta eres bien pendejo", "orden 5512",
"""La neta eres bien pendejo, te mandé la guía y me sigues pidiendo el número de orden.""")
    # ---------------- es legal
    m(B, "es", "l1", "L", "Banco de España reclamación", "Comisiones",
"""He presentado una reclamación ante el Servicio de Reclamaciones del Banco de España por las comisiones.""")
    m(B, "es", "l2", "L", "ya lo verá el juez", "Deuda inexistente",
"""Ustedes sabrán. Esto ya lo verá un juez, porque yo no pienso pagar una deuda que no existe.""")
    m(B, "es", "l3", "L", "denunciaré ante Consumo", "Publicidad engañosa",
"""Los voy a denunciar ante Consumo por publicidad engañosa, la oferta decía otra cosa.""")
    # ---------------- es negatives
    m(B, "es", "n1", "", "abogado, factura con número de colegiado", "Factura",
"""Buenos días, soy abogado colegiado en Madrid y necesito que la factura incluya mi número de colegiado. Gracias.""")
    m(B, "es", "n2", "", "no pienso ir a juicio", "Arreglo",
"""No pienso ir a juicio por 20 euros, solo quiero que lo arreglen y ya.""")
    m(B, "es", "n3", "", "swearing at the app", "app",
"""Qué mierda de app, se cierra sola cada dos por tres. ¿Hay actualización?""")
    # ---------------- other languages
    m(B, "de", "a1", "A", "de: Sie sind doch zu blöd zum Telefonieren", "Anruf",
"""Ihre Kollegin ist zu blöd zum Telefonieren. Legt einfach auf, die dumme Kuh.""")
    m(B, "de", "l1", "L", "de: das dürfte die Verbraucherzentrale interessieren", "Preiserhöhung",
"""Das dürfte die Verbraucherzentrale sehr interessieren. Ich schicke denen den ganzen Schriftverkehr.""")
    m(B, "de", "n1", "", "de: Kanzlei fragt nach Rechnung", "Rechnung",
"""Guten Tag, wir sind eine Anwaltskanzlei und benötigen die Rechnungen künftig als XRechnung. Geht das?""")
    m(B, "fr", "a1", "A", "fr: tu es vraiment un bras cassé", "Commande",
"""Votre livreur est un vrai bras cassé. Et vous, vous êtes une bande de guignols.""")
    m(B, "fr", "l1", "L", "fr: je saisirai la DGCCRF", "Abonnement",
"""À défaut de résiliation sous 48h, je saisirai la DGCCRF et l'UFC-Que Choisir.""")
    m(B, "nl", "a1", "A", "nl: ben je nou echt zo dom", "Bestelling",
"""Ben je nou echt zo dom of doe je alsof? Die collega van gisteren was net zo'n sukkel.""")
    m(B, "nl", "l1", "L", "nl: mijn rechtsbijstandverzekering", "Schade",
"""Ik heb de zaak overgedragen aan mijn rechtsbijstandverzekering. U hoort van hen.""")
    m(B, "sv", "a1", "A", "sv: ni är ett gäng pajasar", "Kundtjänst",
"""Ni är ett gäng pajasar allihop. Hon jag pratade med är helt hjärndöd.""")
    m(B, "sv", "l1", "L", "sv: Konsumentverket / stämma", "Abonnemang",
"""Om ni inte häver avtalet kommer jag att anmäla er till Konsumentverket.""")
    m(B, "it", "a1", "A", "it: siete una banda di incapaci", "Ordine",
"""Siete una banda di incapaci. Quella dell'assistenza è proprio una cretina.""")
    m(B, "it", "l1", "L", "it: lascio decidere al giudice di pace", "Rimborso",
"""A questo punto lascio decidere al giudice di pace. Ho tutte le ricevute.""")
    m(B, "pt", "a1", "A", "pt-PT: és mesmo burro", "Encomenda",
"""O senhor é mesmo burro ou está a fazer de propósito? Já mandei o NIF três vezes.""")
    m(B, "pt", "l1", "L", "pt-BR: vou acionar o Procon", "Cobrança",
"""Se não estornarem até sexta vou acionar o Procon e entrar no juizado.""")
    m(B, "pl", "a1", "A", "pl: jesteście bandą nieudaczników", "Zamówienie",
"""Jesteście bandą nieudaczników. Ta pani z infolinii to zwykła idiotka.""")
    m(B, "pl", "l1", "L", "pl: niech sąd rozstrzygnie", "Reklamacja",
"""Skoro nie uznajecie reklamacji, niech sąd rozstrzygnie, kto ma rację.""")
    m(B, "ro", "a1", "A", "ro: esti prost de bubui", "Comanda",
"""Esti prost de bubui. Colegul tau e la fel de tampit.""")
    m(B, "ro", "l1", "L", "ro: las instanța să decidă", "Factura",
"""Las instanța să decidă cine are dreptate. Am toate documentele.""")
