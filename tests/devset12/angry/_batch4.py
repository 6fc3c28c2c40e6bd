"""devset12 angry, batch 4 (measured before any tuning on it): structure (subject-only anger,
bottom-posted and Outlook-style replies, HTML-only, caps) and implicit anger; calm look-alikes."""
B = "b4"

def add_b4(m):
    # ---------------- en
    m(B, "en", "a1", "A", "bottom-posted reply, anger below quote", "Re: Your refund request",
"""> Dear customer, refunds can take up to 10 working days to appear.
>
> Kind regards, Support Team

It has been 31 working days. Thirty-one. Stop sending me the same copy-pasted line and tell me where my money is.

Aaron""")
    m(B, "en", "a2", "A", "Outlook header style reply, new text angry", "RE: Case 00912",
"""Are you serious? I sent the photos on the 3rd, again on the 10th, and now you're asking for them AGAIN? Does anyone over there talk to each other?

From: Support <support@example.com>
Sent: 23 November 2026 14:02
To: Gail Turner
Subject: Case 00912

Hi Gail, could you please send us photos of the damaged item?""")
    m(B, "en", "a3", "A", "short, curt, sarcasm", "Re: Re: delivery",
"""Cool. So "next day delivery" means next week now. Good to know. Won't be ordering again.

Sent from my phone""")
    m(B, "en", "a4", "A", "exasperated, unbelievable, lost customers", "Unbelievable",
"""Unbelievable. Your checkout has been down since 8am, we've lost a whole morning of sales and the status page says "all systems operational". Who is actually running things over there?

Tom Reilly
Reilly's Bikes""", fmt="html")
    m(B, "en", "n1", "", "joke about a joke neutral", "Typo in the newsletter",
"""Hi there,

Not sure if it's meant as a joke but your newsletter says "Happy Holidys" in the header :) Thought you'd want to know before the next send.

Best,
Ellie""")
    m(B, "en", "n2", "", "calm: asking to cancel due to budget", "Cancelling at end of term",
"""Hello,

We've had to cut back on software spend next year, so please don't auto-renew our plan in February. Nothing to do with the product, we've been happy with it. Could you confirm in writing?

Thanks,
Martin Ellis
Finance""")
    m(B, "en", "n3", "", "quoted anger below, new text thanks", "Re: STILL WAITING",
"""Got it this morning, thanks for sorting it so quickly after my last email. Sorry for the grumpy tone!

Jess

On 23/11/2026 18:40, Jess Palmer wrote:
> STILL WAITING. This is beyond a joke now. Where is my order???""")

    # ---------------- de
    m(B, "de", "a1", "A", "Unverschämtheit, Outlook reply", "AW: Mahnung 30012",
"""Eine Mahnung mit 25 Euro Gebühren für eine Rechnung, die Sie selbst doppelt abgebucht haben? Das ist eine Unverschämtheit. Ich erwarte eine Entschuldigung und die Stornierung der Gebühr.

Von: Buchhaltung <support@example.com>
Gesendet: Montag, 23. November 2026 10:15
Betreff: Mahnung 30012

Sehr geehrter Kunde, leider konnten wir keinen Zahlungseingang feststellen.""")
    m(B, "de", "a2", "A", "Das ist ja wohl das Letzte", "Reparatur",
"""Das ist ja wohl das Letzte. Sechs Wochen war das Handy in Reparatur und jetzt kommt es mit dem gleichen Fehler zurück, dafür aber mit einem Kratzer im Display.

Jürgen""")
    m(B, "de", "n1", "", "calm bug report, ärgerlich but fine", "Fehler beim Login",
"""Hallo,

etwas ärgerlich, aber kein Drama: nach dem Update muss ich mich jeden Morgen neu einloggen. Gibt es dafür eine Einstellung?

Gruß
Nina""")
    m(B, "de", "n2", "", "praise with 'Wahnsinn'", "Wahnsinn!",
"""Wahnsinn, wie schnell das ging! Bestellt am Montag, heute schon da. Danke an das ganze Team.

Christian""")

    # ---------------- fr
    m(B, "fr", "a1", "A", "ça suffit + lamentable", "Ça suffit",
"""Ça suffit maintenant. Quatrième coupure cette semaine, et votre service client est injoignable. C'est lamentable pour une entreprise de votre taille.

Olivier Petit""", fmt="qp", charset="iso-8859-1")
    m(B, "fr", "a2", "A", "vous trouvez ça normal ?", "Facture",
"""Vous trouvez ça normal, vous ? Je paie depuis six mois une option que je n'ai jamais demandée, et quand j'appelle on me répond que "c'est le système". Je veux être remboursée de tout, point.

Sylvie""")
    m(B, "fr", "n1", "", "calm: je ne suis pas fâché", "Question",
"""Bonjour,

Je ne suis pas fâché du tout, simplement curieux : pourquoi le prix de l'abonnement a-t-il augmenté ce mois-ci ?

Merci,
Hugo""")
    m(B, "fr", "n2", "", "praise: c'est fou", "Merci",
"""C'est fou comme l'appli est plus rapide depuis la mise à jour. Bravo à l'équipe !

Léa""")

    # ---------------- es
    m(B, "es", "a1", "A", "esto es de chiste + ya está bien", "De chiste",
"""Esto es de chiste. Tres semanas para cambiar una dirección de envío. Ya está bien, de verdad.

Álvaro""")
    m(B, "es", "a2", "A", "no puede ser + vergüenza, latin american", "Pésimo",
"""No puede ser que después de cinco años como cliente me traten así. Nadie me da una respuesta clara y cada agente me pide el mismo número de orden. Qué vergüenza de atención.

Gabriela Ramírez""")
    m(B, "es", "n1", "", "calm question", "Consulta",
"""Hola,

¿Podéis decirme si el plan anual incluye soporte telefónico? Gracias.

Diego""")
    m(B, "es", "n2", "", "quoted anger below, new text calm", "RE: ¿¿Dónde está mi pedido??",
"""Ya lo he recibido, gracias por la ayuda.

Rocío

El 22/11/2026, Rocío Vidal escribió:
> ¡¡Es una vergüenza!! Diez días esperando y nadie me dice nada.""")

    # ---------------- it
    m(B, "it", "a1", "A", "non è possibile + che schifo", "Non è possibile",
"""Non è possibile. Ordine pagato il 2 novembre, mai spedito, e adesso mi dite che il prodotto è esaurito. Che schifo di servizio.

Matteo""")
    m(B, "it", "a2", "A", "rhetorical + mi state prendendo in giro", "Rimborso",
"""Mi state prendendo in giro? Sono due mesi che aspetto un rimborso di 40 euro. Quante volte devo ancora scrivervi?

Sara Colombo""", fmt="alt")
    m(B, "it", "n1", "", "mild disappointment", "Suggerimento",
"""Ciao,

peccato che non ci sia più la modalità offline, la usavo spesso. Per il resto tutto bene!

Davide""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "não aguento mais + cansada", "Não aguento mais",
"""Não aguento mais. Todos os meses a mesma história com a fatura. Estou cansada de ligar, de explicar, de esperar. Resolvam isto de uma vez.

Patrícia""")
    m(B, "pt", "a2", "A", "vocês estão brincando comigo", "Sério?",
"""Vocês estão brincando comigo? Pedi o cancelamento há dois meses e continuam cobrando. Vou registrar reclamação em todo lugar que puder.

Marcelo""")
    m(B, "pt", "n1", "", "praise", "Parabéns",
"""Parabéns pela nova versão do app, ficou muito mais fácil de usar!

Camila""")

    # ---------------- nl
    m(B, "nl", "a1", "A", "te gek voor woorden + ik pik het niet", "Te gek voor woorden",
"""Dit is te gek voor woorden. Voor de derde keer een pakket bij de verkeerde buren, en jullie zeggen dat het 'bezorgd' is. Ik pik dit niet langer.

Henk""")
    m(B, "nl", "n1", "", "calm follow-up", "Nog geen reactie",
"""Hallo,

Ik heb nog geen reactie gehad op mijn vraag van vorige week, misschien is die ondergesneeuwd? Geen probleem, hoor.

Groet,
Iris""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "żenada + nie do przyjęcia", "Żenada",
"""Żenada. Trzy tygodnie czekam na zwrot, a konsultant mówi mi, że "system nie pokazuje". To jest nie do przyjęcia.

Bartek""")
    m(B, "pl", "n1", "", "calm question", "Zmiana danych",
"""Dzień dobry,

Jak mogę zmienić numer telefonu przypisany do konta? Dziękuję.

Ewa""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "rușine + nu mai suport", "Rușine",
"""Rușine să vă fie. Plătesc de doi ani la timp și la prima problemă nu mă ajută nimeni. Nu mai suport atâta nepăsare.

Gabriel""")
    m(B, "ro", "n1", "", "calm follow-up", "Întrebare",
"""Bună ziua,

Aș vrea să știu dacă ați primit documentele trimise luni. Mulțumesc!

Raluca""")

    # ---------------- da
    m(B, "da", "a1", "A", "hvad fanden + uacceptabelt", "Regning",
"""Hvad fanden sker der for jer? Igen en regning på det dobbelte beløb. Jeg har ringet tre gange, og ingen gør noget.

Jesper""")
    m(B, "da", "n1", "", "mild disappointment", "Feedback",
"""Hej,

Lidt ærgerligt at leveringen blev forsinket, men ellers fin oplevelse. Tak!

Louise""")

    # ---------------- sv
    m(B, "sv", "a1", "A", "skandal + byter", "Skandal",
"""Det här är en skandal. Två månader utan fungerande bredband och ni skickar fortfarande fakturor. Jag säger upp avtalet och byter till någon som faktiskt levererar.

Per Olsson""")
    m(B, "sv", "n1", "", "praise", "Tack",
"""Hej!

Stort tack för snabb hjälp med routern, allt funkar perfekt nu.

Hälsningar
Emma""")
