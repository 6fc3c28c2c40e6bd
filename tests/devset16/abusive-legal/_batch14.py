"""devset16 abusive-legal, batch 14 (measured after tuning on b1-b13, before tuning on it): generalisation 6,
long realistic mails (quoted history, signatures, HTML) where one sentence carries the insult or the
threat; en / da / es weighted; hard negatives of the same shape."""
B = "b14"

def add_b14(m):
    m(B, "en", "a1", "A", "long billing mail, one contemptuous line", "RE: Account 55-1029 - overcharge",
"""Hi,

Thanks for the reply, although it didn't answer my question. To recap:

1. I was charged £89.99 on 3 November for the Premium tier.
2. I downgraded to Basic on 28 October (confirmation email attached).
3. Your colleague said the refund would be processed in 3-5 days. It has now been 19.

Frankly, the people in your billing department couldn't count their own fingers without a calculator.

Please confirm the refund date.

Regards,
Simon Aldridge

-----Original Message-----
From: Billing Support
Sent: 20 November 2024 10:12
Subject: RE: Account 55-1029

Dear Simon, we are looking into this for you.""")
    m(B, "en", "a2", "A", "HTML: you're an embarrassment, named", "Feedback on chat with Liam",
"""<p>Hello,</p><p>I'd like to leave feedback on my chat with Liam this morning.</p><p>Liam, you're an embarrassment to your profession and I hope your manager reads this transcript.</p><p>Jane</p>""", fmt="html")
    m(B, "en", "a3", "A", "veiled threat in long mail: I know which car is yours", "Parking enforcement",
"""I've now received the third parking charge for a bay I'm entitled to use. I've attached my permit.

By the way, I know which car in your staff car park belongs to the warden who issued these. Have a think about that.

Mr D. Carver""")
    m(B, "en", "a4", "A", "mocking: did your mum dress you", "Re: quote",
"""Did your mum write this quote for you? Because it's full of mistakes a child wouldn't make, you absolute muppet.""")
    m(B, "en", "a5", "A", "dehumanising: you people are animals", "warehouse",
"""You people are animals. My parcel was thrown over a six-foot fence.""")
    m(B, "en", "l1", "L", "long formal mail ending in legal threat", "Formal complaint - order 77120",
"""Dear Customer Relations,

I am writing for the fourth time about order 77120, a dining table delivered with a split leg on 2 October. Your technician inspected it on 16 October and confirmed the fault in writing.

Under the Consumer Rights Act 2015 I am entitled to a replacement or a refund. I have given you more than a reasonable amount of time.

If I do not have a full refund by 6 December, I will issue a claim through Money Claim Online without further notice.

Yours faithfully,
Caroline Hesketh""", fmt="alt")
    m(B, "en", "l2", "L", "quoted history, new line: passing to my lawyer", "Re: Re: Re: membership cancellation",
"""I'm done. Passing the whole thread to my lawyer tonight.

> On 21 Nov, Members Team wrote:
> We cannot cancel within the minimum term.
>> On 19 Nov, I wrote:
>> Please cancel my membership, I've moved abroad.""")
    m(B, "en", "n1", "", "long mail: thanks after dispute, mention of lawyer in past", "Thank you",
"""Hi Tom,

Just a quick note to say thank you for sorting the refund. I'll be honest, I was close to talking to a lawyer last week, but you turned it around and I appreciate it.

All the best,
Rachel""")
    m(B, "en", "n2", "", "forwarded newsletter about consumer law", "Fwd: Consumer law update",
"""FYI - thought this might be useful for your support team.

---------- Forwarded message ---------
Consumer Law Monthly: This month we look at how small claims courts handle digital subscriptions, when to involve the ombudsman, and how to write a letter before action.""")
    m(B, "en", "n3", "", "long mail: swearing at the weather and the app", "Delivery slot",
"""Bloody awful week. The snow's shut the roads and your stupid app keeps crashing when I try to change my slot. Could you move Friday's delivery to Monday?

Thanks,
Gav""")
    m(B, "da", "a1", "A", "da long: én fornærmende sætning", "Vedr. faktura 2024-8812",
"""Hej

Jeg har igen modtaget en faktura på det forkerte beløb. Jeg har vedhæftet den korrekte ordrebekræftelse og min kontoudskrift.

Helt ærligt, jeres bogholder må være hjerneskadet.

Venlig hilsen
Poul Mortensen""")
    m(B, "da", "l1", "L", "da long: advokat + Forbrugerklagenævnet", "Reklamation - sofa",
"""Til kundeservice

Sofaen blev leveret med en flænge i stoffet den 4. oktober. Jeres tekniker har bekræftet skaden.

Hvis ikke sagen er løst inden den 1. december, indbringer jeg den for Forbrugerklagenævnet, og min advokat er orienteret.

Med venlig hilsen
Hanne Lund""")
    m(B, "da", "n1", "", "da: takker, var tæt på at klage til nævnet", "Tak",
"""Tak for hjælpen. Jeg var tæt på at klage til nævnet, men nu er det løst. God weekend.""")
    m(B, "es", "a1", "A", "es long: una frase ofensiva", "Re: Incidencia 88120 - router",
"""Hola,

Sigo sin conexión desde el lunes. El técnico vino el martes, cambió el cable y se fue. Hoy sigue igual.

Sinceramente, el que diseñó vuestro proceso de incidencias tiene el cerebro de un mosquito.

Un saludo,
Andrés""")
    m(B, "es", "l1", "L", "es long: reclamación + abogado", "Reclamación formal - pedido 5512",
"""Estimados señores:

El pasado 2 de octubre adquirí un sofá que llegó con una pata rota. Su técnico confirmó el defecto por escrito el día 16.

Si antes del 1 de diciembre no recibo el reembolso íntegro, presentaré una demanda en el juzgado de mi localidad. Mi abogada ya tiene copia de toda la documentación.

Atentamente,
Lucía Ferrer""")
    m(B, "es", "n1", "", "es: gracias, iba a reclamar en consumo", "Gracias",
"""Gracias por resolverlo. Estaba a punto de reclamar en Consumo, pero ya no hace falta. ¡Un saludo!""")
    m(B, "es", "n2", "", "es: newsletter legal", "Boletín",
"""Boletín de Derecho del Consumo: cómo presentar una reclamación ante la OMIC, plazos de la Junta Arbitral y cuándo acudir al juzgado.""")
