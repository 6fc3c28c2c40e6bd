"""devset16 abusive-legal, batch 12 (measured after tuning on b1-b11, before tuning on it): generalisation 5,
regional English and regional Spanish authorities and insults (AU ACCC / Fair Trading / TIO, IE ComReg,
CA CRTC, IN consumer court, NZ; CO SIC, PE Indecopi, MX Profeco, AR Defensa del Consumidor; DK Nævnenes
Hus), regional insults (AU flog, IE gowl, IN bloody fool / rascal, NZ egg), hard negatives."""
B = "b12"

def add_b12(m):
    m(B, "en", "l1", "L", "AU: ACCC + Fair Trading", "Faulty fridge",
"""Mate, if this fridge isn't replaced under the ACL I'm lodging a complaint with Fair Trading and the ACCC. Simple as that.""")
    m(B, "en", "l2", "L", "AU: Telecommunications Industry Ombudsman", "NBN connection",
"""Three weeks without NBN. I'm taking it to the TIO tomorrow.""")
    m(B, "en", "l3", "L", "IE: ComReg complaint", "broadband contract",
"""If you don't let me out of the contract I'll be making a formal complaint to ComReg.""")
    m(B, "en", "l4", "L", "CA: CRTC / CCTS", "Cell bill",
"""I'll be filing with the CCTS and copying the CRTC if these roaming charges aren't reversed.""")
    m(B, "en", "l5", "L", "IN: consumer court", "Refund not received",
"""Dear Sir, if refund is not processed within 7 days I will be filing case in consumer court. Kindly treat this as final notice.""")
    m(B, "en", "a1", "A", "AU: you absolute flog", "refund",
"""Whoever knocked back my refund is an absolute flog.""")
    m(B, "en", "a2", "A", "IE: the gowl on the phone", "call today",
"""The gowl on the phone today hung up on me. Put someone else on.""")
    m(B, "en", "a3", "A", "IN: bloody fool, rascal", "Complaint",
"""Your delivery boy is a bloody fool and a rascal. He threw the parcel over the gate.""")
    m(B, "en", "a4", "A", "NZ: what an egg, named", "Re: install",
"""Honestly, Brent is such an egg. Turned up without the modem.""")
    m(B, "en", "a5", "A", "US: jackass, named manager", "store manager",
"""Your store manager in Tulsa is a first-class jackass and should be fired.""")
    m(B, "en", "n1", "", "AU: ACCC guidance question", "Returns policy",
"""Is your returns policy in line with the ACCC guidance on change-of-mind returns? Just want to update our own store page.""")
    m(B, "en", "n2", "", "IN: consumer court mention for own shop", "Invoice template",
"""Our shop got a notice from a customer's consumer court case (not about you!). We need invoices with GSTIN printed - how?""")
    m(B, "en", "n3", "", "NZ: egg order", "Order",
"""Can I change my weekly order to two dozen eggs instead of one? Cheers.""")
    m(B, "es", "l1", "L", "CO: Superintendencia de Industria y Comercio", "Garantía",
"""Si no me responden la garantía, voy a radicar una queja ante la Superintendencia de Industria y Comercio.""")
    m(B, "es", "l2", "L", "PE: Indecopi", "Reclamo",
"""Ya presenté mi reclamo en Indecopi, espero su respuesta allí.""")
    m(B, "es", "l3", "L", "MX: me voy a quejar con la Profeco", "Cargo",
"""Me voy a quejar con la Profeco, ustedes no quieren resolver.""")
    m(B, "es", "l4", "L", "AR: Defensa del Consumidor + abogado", "Baja",
"""Si no me dan de baja hoy, hago la denuncia en Defensa del Consumidor y le paso todo a mi abogado.""")
    m(B, "es", "a1", "A", "CO: gonorrea / hijueputa", "servicio",
"""Ese asesor es una gonorrea, un hijueputa que me colgó.""")
    m(B, "es", "a2", "A", "ES: eres un inútil y un sinvergüenza", "Re: devolución",
"""Eres un sinvergüenza y un mentiroso. Me prometiste el reembolso.""")
    m(B, "es", "n1", "", "Profeco registro para tienda", "Registro",
"""Somos una tienda en Monterrey; ¿vuestra plataforma genera los contratos de adhesión que pide la Profeco?""")
    m(B, "es", "n2", "", "vecino gonorrea (third party, no)", "Entrega",
"""El vecino de abajo es un malparido que recibe mis paquetes y no los entrega. Dejen el paquete en portería, por favor.""")
    m(B, "da", "l1", "L", "DK: Nævnenes Hus", "Klage",
"""Jeg sender en klage til Nævnenes Hus, hvis I ikke tilbagebetaler beløbet.""")
    m(B, "da", "l2", "L", "DK: jeg har kontaktet en advokat", "Erstatning",
"""Jeg har kontaktet en advokat, og I vil høre fra hende.""")
    m(B, "da", "a1", "A", "DK: I er nogle fucking amatører", "Levering",
"""I er nogle fucking amatører allesammen.""")
    m(B, "da", "a2", "A", "DK: pikfjæs", "Svar",
"""Hold nu op, dit pikfjæs. Læs min mail.""")
    m(B, "da", "n1", "", "DK: Nævnenes Hus afgørelse modtaget", "Afgørelse",
"""Tak, vi har modtaget afgørelsen fra Nævnenes Hus og betalt som aftalt. Sagen er lukket.""")
    m(B, "de", "a1", "A", "AT: Sie Volltrottel", "Re: Rechnung",
"""Sie Volltrottel, die Rechnung ist an die falsche Firma gegangen.""")
    m(B, "de", "l1", "L", "AT: Arbeiterkammer / Schlichtung", "Vertrag",
"""Ich gehe damit zur Arbeiterkammer und zur RTR-Schlichtungsstelle.""")
    m(B, "fr", "l1", "L", "BE/CH: ombudsman / tribunal", "Facture",
"""Je vais porter l'affaire devant l'Ombudsman des télécommunications.""")
    m(B, "pt", "a1", "A", "PT: sua besta", "Encomenda",
"""Leia o email, sua besta quadrada.""")
    m(B, "it", "l1", "L", "IT: avvocato + diffida", "Diffida",
"""Il mio avvocato vi invierà una diffida formale entro venerdì.""")
