"""devset16 abusive-legal, batch 16 (written after all tuning on b1-b15, measured before tuning on it):
everyday blunt forms in en / da / es ('are you deaf or just stupid', 'er du døv eller bare dum',
'¿eres sordo o tonto?', 'seeking legal redress', 'lo pondré en conocimiento de mi abogado'); hard
negatives with the same words (a deaf customer asking for email contact, captions, 'prepared to come in
person to sign')."""
B = "b16"

def add_b16(m):
    m(B, "en", "a1", "A", "are you deaf or just stupid", "Re: cancellation",
"""Are you deaf or just stupid? I said CANCEL, three times, on the phone.""")
    m(B, "en", "a2", "A", "stupid woman hung up on me", "call at 14:10",
"""Some stupid woman in your call centre hung up on me at 14:10 today. Her name was Tracy.""")
    m(B, "en", "a3", "A", "listen here you little shit", "Re: final bill",
"""Listen here you little shit, I'm not paying for a service I never used.""")
    m(B, "en", "a4", "A", "IQ of a house brick", "Re: Re: setup",
"""You clearly have the IQ of a house brick.""")
    m(B, "en", "a5", "A", "I hope you rot", "price increase",
"""I hope you all rot, you greedy sods.""")
    m(B, "en", "l1", "L", "seeking legal redress", "Water damage",
"""Given your refusal to accept liability, I will be seeking legal redress.""")
    m(B, "en", "l2", "L", "prepared to go to court", "Unpaid invoice",
"""I am fully prepared to go to court over this invoice.""")
    m(B, "en", "l3", "L", "in the hands of my solicitor", "Re: lease",
"""This matter is now in the hands of my solicitor.""")
    m(B, "en", "n1", "", "deaf customer asks for email contact", "Contact preference",
"""I'm deaf, so please don't ring me. Could you email me about the engineer visit instead?""")
    m(B, "en", "n2", "", "prepared to come in person to sign", "Contract signing",
"""I'm prepared to come to your office in person to sign, if that's quicker than DocuSign.""")
    m(B, "en", "n3", "", "captions question", "Captions",
"""Are your videos deaf-friendly? We need captions for two staff members.""")
    m(B, "da", "a1", "A", "er du døv eller bare dum", "Opsigelse",
"""Er du døv eller bare dum? Jeg har opsagt tre gange.""")
    m(B, "da", "a2", "A", "hold din kæft", "Svar",
"""Hold din kæft med dine undskyldninger og ret fejlen.""")
    m(B, "da", "a3", "A", "I er nogle svin", "Gebyr",
"""I er nogle grådige svin.""")
    m(B, "da", "l1", "L", "jeg kontakter en advokat i morgen", "Gebyr",
"""Jeg kontakter en advokat i morgen.""")
    m(B, "da", "l2", "L", "koste jer en retssag", "Erstatning",
"""Det her kommer til at koste jer en retssag.""")
    m(B, "da", "n1", "", "døv kunde", "Kontakt",
"""Jeg er døv og kan ikke ringe. Kan I skrive til mig i stedet?""")
    m(B, "es", "a1", "A", "¿eres sordo o tonto?", "Baja",
"""¿Eres sordo o tonto? Te he dicho que quiero la baja.""")
    m(B, "es", "a2", "A", "cállate ya, imbécil", "Re: llamada",
"""Cállate ya, imbécil, y pásame con tu jefe.""")
    m(B, "es", "a3", "A", "sois unos cerdos", "Cobro",
"""Sois unos cerdos avariciosos.""")
    m(B, "es", "l1", "L", "lo pondré en conocimiento de mi abogado", "Contrato",
"""Lo pondré en conocimiento de mi abogado.""")
    m(B, "es", "l2", "L", "me veré obligado a acudir a los tribunales", "Deuda",
"""Me veré obligado a acudir a los tribunales.""")
    m(B, "es", "n1", "", "soy sordo, contacto por email", "Contacto",
"""Soy sordo, ¿podéis contactarme por email en vez de llamar?""")
    m(B, "es", "n2", "", "cerdos (granja)", "Pedido pienso",
"""Tenemos una granja con 200 cerdos y queremos automatizar los pedidos de pienso. ¿Vuestro sistema lo permite?""")
