"""devset16 abusive-legal, batch 2 (measured before any tuning on it): Danish and Spanish (Spain and
Latin America). Abusive: named-agent insults, sarcasm, threats; legal: advokat / Forbrugerklagenævnet /
Ankenævnet / burofax / OMIC / Profeco / SERNAC / 'que lo decida un juez'. Negatives as in b1."""
B = "b2"

def add_b2(m):
    # ---------------- da abusive
    m(B, "da", "a1", "A", "sarcasm: er det et krav at være hjernedød", "Sag 77120",
"""Er det et krav at man skal være hjernedød for at arbejde i jeres kundeservice? Jeg har nu forklaret det samme fire gange.""")
    m(B, "da", "a2", "A", "named agent: Mette er en arrogant kælling", "Mette",
"""Jeg vil ikke tale med Mette igen. Hun er en arrogant kælling der lægger på midt i en sætning.

Mvh Lars""")
    m(B, "da", "a3", "A", "I er nogle klaphatte / skiderikker", "Re: Fakturaen",
"""I er simpelthen nogle klaphatte. Tredje gang I sender en faktura med forkert beløb. Skiderikker.""")
    m(B, "da", "a4", "A", "threat: jeg ved hvor jeres montør bor", "montøren",
"""Jeres montør ødelagde mit gulv. Jeg ved godt hvor han bor, og han skal ikke regne med at slippe så let.""")
    m(B, "da", "a5", "A", "dismissal + insult: hold kæft, din idiot", "svar",
"""Hold kæft med dine standardsvar, din idiot. Læs nu hvad jeg skriver.""")
    m(B, "da", "a6", "A", "understated: jeres medarbejder har vist ikke alle knive i skuffen", "Klage over telefonisk betjening",
"""Hej

Jeg ringede i går og talte med en Jonas. Han har vist ikke alle knive i skuffen, for han kunne ikke finde ud af at slå mit kundenummer op. En ren tåbe.

Venlig hilsen
Birgitte Holm""")
    m(B, "da", "a7", "A", "I er en flok aber / spassere", "app",
"""Hvem har I ansat til at svare på mails, en flok aber? I er nogle spassere allesammen.""")
    # ---------------- da legal
    m(B, "da", "l1", "L", "min advokat vil kontakte jer", "Depositum",
"""Da I fortsat ikke har tilbagebetalt depositummet, har jeg overdraget sagen til min advokat, som vil kontakte jer i næste uge.

Med venlig hilsen
Henrik Dahl""")
    m(B, "da", "l2", "L", "jeg lader Forbrugerklagenævnet afgøre det", "Reklamation vaskemaskine",
"""I afviser min reklamation igen. Så lader jeg Forbrugerklagenævnet afgøre hvem der har ret. Klagen bliver sendt i weekenden.""")
    m(B, "da", "l3", "L", "Teleankenævnet conditional", "Bindingsperiode",
"""Hvis I ikke frafalder gebyret, går sagen til Teleankenævnet. Jeg har gemt alle mails.""")
    m(B, "da", "l4", "L", "jeg har kontaktet en advokat", "Ulovligt gebyr",
"""Jeg har talt med en advokat om jeres gebyr, og hun mener ikke det er lovligt. I hører fra hende.""")
    m(B, "da", "l5", "L", "politianmeldelse", "Svindel",
"""I har trukket 2.400 kr. uden min tilladelse. Jeg politianmelder jer i morgen hvis pengene ikke er tilbage.""")
    m(B, "da", "l6", "L", "småsag ved retten", "Manglende levering",
"""Jeg anlægger en småsag ved byretten, medmindre I leverer eller refunderer inden 1. december.""")
    # ---------------- da negatives
    m(B, "da", "n1", "", "swearing at product", "lortesystem",
"""Det her lortesystem er gået ned igen. Satans også. Kan I se om min bestilling kom igennem?""")
    m(B, "da", "n2", "", "GDPR indsigtsanmodning", "Indsigt i mine oplysninger",
"""Jeg vil gerne bede om indsigt i de personoplysninger I har om mig, jf. databeskyttelsesforordningens artikel 15. Mit kundenummer er 55120.""")
    m(B, "da", "n3", "", "advokatfirma normal question", "Flere brugere",
"""Hej, vi er et advokatfirma med 8 ansatte og vil gerne tilføje to brugere. Kan fakturaen sendes til bogholderiet?

Mvh Advokatfirmaet Krogh & Nielsen""")
    m(B, "da", "n4", "", "vi vil ikke sagsøge", "Nedbrud",
"""Vi har ingen planer om at gå rettens vej, vi vil bare gerne have en forklaring på nedbruddet og en kreditnota.""")
    m(B, "da", "n5", "", "self-deprecation", "Min fejl",
"""Jeg er sådan en idiot, jeg har bestilt to gange. Kan I annullere den ene?""")
    m(B, "da", "n6", "", "insult at third party: naboen", "Pakke",
"""Min nabo er en idiot der tager mine pakker. Kan I levere til pakkeshoppen i stedet?""")
    # ---------------- es abusive
    m(B, "es", "a1", "A", "sarcasm: ¿os contratan por inteligencia o por descarte?", "Re: incidencia 4471",
"""¿En serio? ¿A vosotros os contratan por vuestra inteligencia o por descarte? Cuarta vez que explico lo mismo.""")
    m(B, "es", "a2", "A", "named agent: la tal Vanessa es una inepta y una maleducada", "Queja",
"""Buenas tardes,

Quiero poner una queja sobre la agente Vanessa. Es una inepta y una maleducada, me colgó dos veces y se reía.

Un saludo,
Marta Gil""")
    m(B, "es", "a3", "A", "Mexico: pinches pendejos", "pedido",
"""Son unos pinches pendejos, llevo tres semanas esperando mi pedido y nadie me da razón.""")
    m(B, "es", "a4", "A", "Argentina: pelotudos / la concha", "Facturación",
"""Sos un pelotudo bárbaro, te pedí la factura A y me mandaste la B otra vez. Andá a cagar.""")
    m(B, "es", "a5", "A", "threat: sé dónde está vuestra tienda, os vais a enterar", "Último aviso",
"""Sé perfectamente dónde está vuestra oficina de Valencia. Como no me devolváis el dinero os vais a enterar de quién soy yo.""")
    m(B, "es", "a6", "A", "Colombia: malparidos / gonorreas", "servicio",
"""Malparidos, me cortaron el servicio estando al día. Son una gonorrea todos ustedes.""")
    m(B, "es", "a7", "A", "understated: no tiene ni idea, pedazo de", "Re: Re: Devolución",
"""Mire, con todo el respeto que no se merece: es usted un pedazo de inútil. Ni idea de lo que hace.""")
    m(B, "es", "a8", "A", "Chile: weones culiaos", "internet",
"""Weones culiaos, otra vez sin internet. Cabros inútiles los del soporte.""")
    # ---------------- es legal
    m(B, "es", "l1", "L", "burofax + abogado", "Reclamación cantidad",
"""Le informo de que mañana le enviaré un burofax reclamando la cantidad. Si no hay respuesta, el asunto lo llevará mi abogado.

Atentamente,
José Luis Ortega""")
    m(B, "es", "l2", "L", "que lo decida un juez", "Permanencia",
"""Ya que no atienden a razones, que lo decida un juez. Tengo todas las grabaciones y correos.""")
    m(B, "es", "l3", "L", "OMIC / hoja de reclamaciones / consumo", "Garantía",
"""Mañana mismo pongo una reclamación en la OMIC de mi ayuntamiento y otra en Consumo. Están incumpliendo la garantía.""")
    m(B, "es", "l4", "L", "Mexico: Profeco", "cobro indebido",
"""Si no me regresan el cobro indebido voy a levantar una queja en Profeco. Ya tengo el número de folio de la llamada.""")
    m(B, "es", "l5", "L", "Chile: SERNAC", "Cobro doble",
"""Ya ingresé el reclamo en el SERNAC, tienen 10 días para responder allá.""")
    m(B, "es", "l6", "L", "FACUA + juzgado conditional", "Cancelación",
"""O me dan de baja hoy o el caso pasa a FACUA y, si hace falta, al juzgado.""")
    m(B, "es", "l7", "L", "understated: ya he consultado con un abogado", "Contrato",
"""Ya he consultado con un abogado y me confirma que esa cláusula es abusiva. Ustedes verán lo que hacen.""")
    # ---------------- es negatives
    m(B, "es", "n1", "", "swearing at product", "la puta app",
"""La puta aplicación se ha vuelto a colgar, qué mierda. ¿Podéis revisar si el pago se hizo?""")
    m(B, "es", "n2", "", "despacho de abogados normal question", "Licencias",
"""Hola, somos un despacho de abogados en Sevilla y necesitamos ampliar a 12 licencias. ¿Hay descuento anual?

Un saludo,
Bufete Morales Abogados""")
    m(B, "es", "n3", "", "RGPD solicitud de acceso", "Derecho de acceso",
"""Conforme al artículo 15 del RGPD, solicito acceso a mis datos personales y copia de las grabaciones. Adjunto DNI.""")
    m(B, "es", "n4", "", "no vamos a denunciar", "Caída del servicio",
"""No vamos a denunciar ni nada parecido, solo queremos saber si nos corresponde alguna compensación por la caída.""")
    m(B, "es", "n5", "", "insult at third party: mi ex", "Cambio de titular",
"""Mi ex es un imbécil y sigue usando la cuenta. Quiero cambiar la contraseña y el titular.""")
    m(B, "es", "n6", "", "aviso legal disclaimer", "Re: pedido 5512",
"""Perfecto, gracias.

Sergio Peña
Compras

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, notifíquelo al remitente y elimínelo. Queda prohibida su difusión y podrán ejercerse las acciones legales oportunas.""")
    m(B, "es", "n7", "", "abogada asking about billing", "Factura",
"""Buenas, soy abogada y uso su servicio para mi despacho. ¿Pueden emitir la factura a nombre de la sociedad profesional en lugar de a mi nombre?""")
