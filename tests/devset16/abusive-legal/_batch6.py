"""devset16 abusive-legal, batch 6 (measured after tuning on b1-b5, before tuning on it): generalisation 2,
fresh wording, longer mails with quoted history and signatures, en/da/es weighted plus other languages.
Abusive: 'which one of you geniuses', 'make your life hell', 'ringing your boss until you're sacked',
'me las vas a pagar'; legal: Energy Ombudsman, arbitration, 'don't make me get lawyers involved',
'me reservo el derecho a emprender acciones legales'. Negatives: jury duty, a judge as customer, a
lawyer sister's recommendation, the police asking for CCTV, third-party companies insulted."""
B = "b6"

def add_b6(m):
    # ---------------- en positives
    m(B, "en", "a1", "A", "sarcasm: which one of you geniuses", "Re: Re: price plan",
"""Which one of you geniuses decided to move me to the more expensive plan without asking? Slow clap.

> On 20 Nov, Support wrote:
> Your plan has been updated in line with your usage.""")
    m(B, "en", "a2", "A", "harassment: make your life hell, ring your boss", "Ticket 99120",
"""I'm going to make your life hell, Dean. I'll be ringing your boss every single day until you're sacked.""")
    m(B, "en", "a3", "A", "insult: condescending little prick", "reply to your email",
"""Don't you dare tell me to "calm down", you condescending little prick. Just fix the bill.""")
    m(B, "en", "a4", "A", "brain cell between you", "Support",
"""Have you lot got a single brain cell between you? The form literally says "leave blank".""")
    m(B, "en", "a5", "A", "most useless person I've ever dealt with", "Complaint",
"""Dear Support,

I would like to formally note that the agent who handled case 30012 is, without exaggeration, the most useless person I have ever dealt with in twenty years of running a business.

Regards,
Fiona McLeish
McLeish Catering Ltd""", fmt="alt")
    m(B, "en", "a6", "A", "get your head out of your arse", "installer",
"""Tell your installer to get his head out of his arse and turn up when he says he will.""")
    m(B, "en", "a7", "A", "spineless corporate drones", "no refund?",
"""Typical. Spineless corporate drones hiding behind "policy". Every one of you should be ashamed.""")
    m(B, "en", "l1", "L", "Energy Ombudsman lodged", "Final response",
"""As your final response did not resolve anything, I have lodged a complaint with the Energy Ombudsman today. Reference EO-553201.""")
    m(B, "en", "l2", "L", "don't make me get lawyers involved", "contract exit",
"""Please just release me from the contract. Don't make me get lawyers involved, because I will.""")
    m(B, "en", "l3", "L", "not above taking this to court", "Unpaid invoice 1182",
"""For the avoidance of doubt, I am not above taking this to court. The invoice was paid on 2 October.""")
    m(B, "en", "l4", "L", "explain this to a judge", "charges",
"""Would you like to explain these charges to a judge? Because that's where this is heading.""")
    m(B, "en", "l5", "L", "Citizens Advice + taking it further", "broken boiler",
"""I've spoken with Citizens Advice and I'll be taking this further through the proper legal channels if the boiler isn't replaced.""")
    # ---------------- en negatives
    m(B, "en", "n1", "", "jury duty: going to court tomorrow", "Reschedule install",
"""I've been called for jury duty so I'll be at the Crown Court all week. Could we move the installation to next Monday?""")
    m(B, "en", "n2", "", "lawyer sister recommended", "New account",
"""My sister, who's a solicitor, recommended your service. Could you tell me whether the Starter plan includes e-signatures?""")
    m(B, "en", "n3", "", "police asked for CCTV export", "CCTV export",
"""The police have asked us for last night's footage after a break-in at our shop. How do I export 6 hours from camera 2?""")
    m(B, "en", "n4", "", "insult at another company: the bank are idiots", "Direct debit bounced",
"""My bank are a bunch of idiots and bounced the direct debit by mistake. Can you retry the collection?""")
    m(B, "en", "n5", "", "praise using 'genius'", "thanks!",
"""Whichever genius designed the new export deserves a medal. Thank you!""")
    # ---------------- da
    m(B, "da", "a1", "A", "din tabersut, named", "Re: ombytning",
"""Kasper, din tabersut, jeg har sendt kvitteringen tre gange nu.""")
    m(B, "da", "a2", "A", "I kan rende mig / idioter", "Opsigelse",
"""I kan rende mig i røven allesammen. Idioter.""")
    m(B, "da", "a3", "A", "threat: det skal du få betalt", "Søren",
"""Det skal du få betalt, Søren. Jeg ved hvor jeres butik ligger, og jeg kommer forbi.""")
    m(B, "da", "a4", "A", "sarcasm: har I overhovedet en hjerne", "Ordre 7710",
"""Har I overhovedet en hjerne derude? Det er tredje gang I sender den forkerte størrelse.""")
    m(B, "da", "l1", "L", "jeg indbringer sagen for Forbrugerklagenævnet", "Klage",
"""Jeg indbringer sagen for Forbrugerklagenævnet, da I ikke vil anerkende reklamationen.""")
    m(B, "da", "l2", "L", "det bliver en sag for advokaterne", "Kontrakt",
"""Hvis I fastholder gebyret, bliver det en sag for advokaterne.""")
    m(B, "da", "n1", "", "vidne i retten", "Møde",
"""Jeg skal vidne i retten i morgen, så kan vi flytte mødet til torsdag?""")
    m(B, "da", "n2", "", "banken er idioter", "Betaling",
"""Banken er nogle idioter og afviste betalingen. Kan I prøve igen?""")
    # ---------------- es
    m(B, "es", "a1", "A", "sois unos chapuzas / so burro", "Instalación",
"""Sois unos chapuzas. Y el técnico, un cenutrio que no sabe ni coger un taladro.""")
    m(B, "es", "a2", "A", "threat: me las vas a pagar", "Devolución",
"""Me las vas a pagar, Raúl. Ya sé dónde trabajas.""")
    m(B, "es", "a3", "A", "me cago en tu madre", "respuesta",
"""Me cago en tu madre y en toda tu empresa. Devolvedme el dinero.""")
    m(B, "es", "a4", "A", "LatAm: huevón", "pedido",
"""Oye huevón, ¿me vas a decir dónde está mi pedido o no?""")
    m(B, "es", "l1", "L", "me reservo el derecho a emprender acciones legales", "Reclamación",
"""Les comunico que me reservo el derecho a emprender las acciones legales que correspondan si no se anula el cargo.""")
    m(B, "es", "l2", "L", "Junta Arbitral de Consumo", "Garantía",
"""Voy a llevar el caso a la Junta Arbitral de Consumo. Tienen toda la documentación en el anexo.""")
    m(B, "es", "l3", "L", "daré parte a la policía", "Cargos no reconocidos",
"""Si no me explican esos cargos, daré parte a la policía.""")
    m(B, "es", "n1", "", "soy juez de paz y uso vuestra app", "Agenda",
"""Soy juez de paz en mi municipio y uso vuestra agenda. ¿Se puede compartir un calendario con la secretaria?""")
    m(B, "es", "n2", "", "los del banco son unos inútiles", "Domiciliación",
"""Los del banco son unos inútiles y han devuelto el recibo. ¿Podéis pasarlo otra vez?""")
    m(B, "es", "n3", "", "self: qué idiota soy", "Contraseña",
"""Qué idiota soy, he vuelto a bloquear la cuenta. ¿Me la desbloqueáis?""")
    # ---------------- other languages
    m(B, "de", "a1", "A", "de: Sie Vollpfosten", "Lieferung",
"""Sie Vollpfosten haben die Lieferung schon wieder an die alte Adresse geschickt.""")
    m(B, "de", "l1", "L", "de: ich lasse das gerichtlich klären", "Rechnung",
"""Ich lasse das jetzt gerichtlich klären. Zahlen werde ich nicht.""")
    m(B, "fr", "a1", "A", "fr: bande d'incapables", "Livraison",
"""Bande d'incapables. Votre livreur est un abruti fini.""")
    m(B, "fr", "l1", "L", "fr: mon avocat prendra contact", "Litige",
"""Mon avocat prendra contact avec vous dans les prochains jours.""")
    m(B, "nl", "l1", "L", "nl: ik stap naar de rechter", "Factuur",
"""Als dit niet voor vrijdag is opgelost, stap ik naar de kantonrechter.""")
    m(B, "sv", "l1", "L", "sv: min advokat hör av sig", "Faktura",
"""Min advokat kommer att höra av sig till er nästa vecka.""")
    m(B, "it", "a1", "A", "it: pezzo di idiota", "Ordine",
"""Ma sei un pezzo di idiota? Ti ho dato il numero d'ordine tre volte.""")
    m(B, "pt", "l1", "L", "pt-PT: vou apresentar queixa na DECO", "Fatura",
"""Vou apresentar queixa na DECO e no Livro de Reclamações.""")
    m(B, "pl", "l1", "L", "pl: sprawę skieruję do sądu", "Reklamacja",
"""Sprawę skieruję do sądu, jeśli do końca tygodnia nie otrzymam zwrotu.""")
    m(B, "ro", "a1", "A", "ro: sunteti niste incompetenti si nesimtiti", "Livrare",
"""Sunteti niste incompetenti. Curierul vostru e un nesimtit.""")
