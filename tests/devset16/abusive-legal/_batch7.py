"""devset16 abusive-legal, batch 7 (measured after tuning on b1-b6, before tuning on it): generalisation 3,
en / da / es only (the weakest languages on the held-out check). New writers: contempt ('a disgrace to
the human race', 'crawl back under your rock'), wishes of violence, veiled threats; legal: 'putting you
on notice', 'instructed counsel', 'my legal representative', Consumer Rights Act, BBB/FTC, 'medidas
legales oportunas', OCU, AEPD, Defensa del Consumidor, union lawyer. Hard negatives in the same languages."""
B = "b7"

def add_b7(m):
    # ---------------- en abusive
    m(B, "en", "a1", "A", "does anyone have a functioning brain or is that extra", "Re: upgrade",
"""Does anyone at your company have a functioning brain, or is that an optional extra like everything else you sell?""")
    m(B, "en", "a2", "A", "disgrace to the human race", "Re: complaint 4410",
"""Whoever wrote this reply is a disgrace to the human race. You should be embarrassed to send it.""")
    m(B, "en", "a3", "A", "violent wish: needs a slap", "accounts",
"""Karen in your accounts team needs a good slap. Third wrong invoice this quarter.""")
    m(B, "en", "a4", "A", "crawl back under your rock", "spam calls",
"""Stop ringing me. Go crawl back under whatever rock your sales team came from.""")
    m(B, "en", "a5", "A", "US: bunch of dumb f*cks", "shipping",
"""You people are a bunch of dumb f*cks. It's been 6 weeks.""")
    m(B, "en", "a6", "A", "stop being so bloody useless, named", "Mark",
"""Mark, stop being so bloody useless and read the ticket history before replying.""")
    m(B, "en", "a7", "A", "veiled threat: hope you're not the one on shift when I turn up", "tomorrow",
"""I'm coming to your Leeds office tomorrow at 9. I'd hope you're not the one on shift when I turn up.""")
    m(B, "en", "a8", "A", "up yours", "Re: Re: early termination fee",
"""> The early termination fee of £180 applies.

Up yours. Not paying a penny.""")
    m(B, "en", "a9", "A", "literally brain dead, named", "case 7781",
"""Is the person handling my case literally brain dead? I've attached the same document four times.""")
    # ---------------- en legal
    m(B, "en", "l1", "L", "putting you on notice, solicitors' next letter", "Notice",
"""I'm putting you on notice: the next letter you receive about this will come from my solicitors.""")
    m(B, "en", "l2", "L", "we have instructed counsel", "Re: contract termination",
"""We have instructed counsel and will be responding formally through them. Please preserve all records relating to our account.""")
    m(B, "en", "l3", "L", "contact via my legal representative", "no more calls",
"""Any further contact regarding this debt should be made via my legal representative. Details below.""")
    m(B, "en", "l4", "L", "Consumer Rights Act, intend to pursue", "Faulty sofa",
"""Under the Consumer Rights Act I'm entitled to a repair or refund, and I intend to pursue my claim if you continue to refuse.""")
    m(B, "en", "l5", "L", "BBB dispute + FTC report", "subscription",
"""I'm filing a dispute with the Better Business Bureau today and reporting your auto-renewal practice to the FTC.""")
    # ---------------- en negatives
    m(B, "en", "n1", "", "solicitor's letter for probate", "Account of my late father",
"""A solicitor is dealing with my late father's estate and has asked me to close his account. What do you need from us for probate?""")
    m(B, "en", "n2", "", "not going to the ombudsman, just close", "Close complaint",
"""I'm not going to take it to the ombudsman, I just want this closed and the final bill sent.""")
    m(B, "en", "n3", "", "our legal department asks about DSA compliance", "Compliance question",
"""Our legal department has asked whether your platform is compliant with the Digital Services Act. Do you have a statement we can file?""")
    m(B, "en", "n4", "", "kids' football coach is a muppet, shared calendar", "Shared calendar",
"""Our kids' football coach is a total muppet who keeps changing times, so I want to share the team calendar with the other parents. How?""")
    m(B, "en", "n5", "", "swearing at the stupid printer", "printer driver",
"""The stupid bloody printer won't talk to your driver. Which version should I install on Windows 11?""")
    # ---------------- da abusive
    m(B, "da", "a1", "A", "hvem fanden har ansat dig", "Svar",
"""Hvem fanden har ansat dig? Du kan jo ikke engang læse en ordrebekræftelse.""")
    m(B, "da", "a2", "A", "din dovne hund", "levering",
"""Tag dig sammen, din dovne hund, og kør den pakke ud.""")
    m(B, "da", "a3", "A", "I er nogle uduelige skvat", "Opsigelse",
"""I er nogle uduelige skvat allesammen, og jeg håber jeres chef fyrer jer.""")
    # ---------------- da legal
    m(B, "da", "l1", "L", "jeg tager sagen videre til Forbrugerklagenævnet", "Klage",
"""Jeg tager sagen videre til Forbrugerklagenævnet i næste uge.""")
    m(B, "da", "l2", "L", "jeg overvejer at sagsøge jer", "Erstatning",
"""Jeg overvejer alvorligt at sagsøge jer for tabt arbejdsfortjeneste.""")
    m(B, "da", "l3", "L", "brev fra min advokat", "Husleje",
"""I vil modtage et brev fra min advokat inden for en uge.""")
    m(B, "da", "l4", "L", "fagforeningens jurist", "Løn",
"""Sagen ligger nu hos min fagforenings jurist, som vil kontakte jer.""")
    # ---------------- da negatives
    m(B, "da", "n1", "", "jeg er advokat, faktura med CVR", "Faktura",
"""Hej, jeg er advokat og skal bruge fakturaen med mit CVR-nummer. Tak.""")
    m(B, "da", "n2", "", "vores jurist har godkendt databehandleraftalen", "DBA",
"""Vores jurist har godkendt databehandleraftalen. Hvor sender vi den underskrevne kopi hen?""")
    # ---------------- es abusive
    m(B, "es", "a1", "A", "¿eres tonto o te lo haces?", "Re: incidencia",
"""¿Eres tonto o te lo haces? Te he dicho tres veces que la dirección está mal.""")
    m(B, "es", "a2", "A", "no me toques los cojones", "factura",
"""No me toques los cojones con otra factura más. Pedazo de subnormal.""")
    m(B, "es", "a3", "A", "panda de sinvergüenzas", "cobro",
"""Sois una panda de sinvergüenzas y de ladrones.""")
    # ---------------- es legal
    m(B, "es", "l1", "L", "tomaré las medidas legales oportunas", "Cargo",
"""Si no anulan el cargo, tomaré las medidas legales oportunas.""")
    m(B, "es", "l2", "L", "mi abogado ya tiene el expediente", "Re: siniestro",
"""Mi abogado ya tiene el expediente completo. Ustedes sabrán.""")
    m(B, "es", "l3", "L", "les llegará una demanda", "Obra",
"""Les llegará una demanda la semana que viene, ya está redactada.""")
    m(B, "es", "l4", "L", "en manos de la OCU", "Seguro",
"""He puesto el caso en manos de la OCU. Ellos se pondrán en contacto con ustedes.""")
    m(B, "es", "l5", "L", "denuncia ante la AEPD", "Mis datos",
"""Voy a presentar una denuncia ante la AEPD por usar mis datos sin consentimiento.""")
    m(B, "es", "l6", "L", "Argentina: denuncia en Defensa del Consumidor", "Servicio",
"""Mañana hago la denuncia en Defensa del Consumidor, ya estoy harto.""")
    # ---------------- es negatives
    m(B, "es", "n1", "", "departamento legal pide el DPA", "Contrato de encargo",
"""Nuestro departamento legal nos pide el contrato de encargo de tratamiento firmado. ¿Nos lo podéis enviar?""")
    m(B, "es", "n2", "", "no pienso denunciar", "Cargo duplicado",
"""No pienso denunciar a nadie, solo quiero que me devuelvan el cargo duplicado.""")
    m(B, "es", "n3", "", "mi abogado necesita facturas (juicio con exsocio)", "Facturas 2023",
"""Estoy en un juicio con mi exsocio y mi abogado necesita las facturas de 2023. ¿Me las podéis mandar?""")
