"""devset16 requests, batch 4 (measured before any tuning on it): all three tags, non-English weighted,
harder wording. Manager: "I want to talk to your boss" in other words, vs. a boss mentioned in passing
(a team lead who promised, "I'm the supervisor at our site", escalation in an SLA, "don't bother your
manager"). Feature: competitor comparisons and "is it possible to" with no way, vs. how-to questions.
Personal: private Telegram / LinkedIn / "where do you live", vs. the office address and hotline."""
B = "b4"

def add_b4(m):
    # ---------------- en
    m(B, "en", "m1", "M", "who is above you, I want their name", "Re: Re: Re: refund",
"""I'm not getting anywhere with you. Please give me the name and direct email of whoever you report to, I'll put my complaint to them instead.""")
    m(B, "en", "m2", "M", "a senior manager to review, formal", "Formal complaint - ref 20931",
"""To whom it may concern,

I am requesting that my complaint be reviewed by a senior member of your customer service management team. The responses received so far have not engaged with the substance of the issue.

Yours faithfully,
Dr. A. Okafor""")
    m(B, "en", "n1", "", "I'm the supervisor at our site, asking for access", "Access for night shift",
"""Hi, I'm the shift supervisor at our Leeds depot. Could you give the three night-shift drivers read-only access to the delivery schedule? Their emails are below.""")
    m(B, "en", "n2", "", "don't bother your manager", "Re: discount",
"""Thanks for checking, honestly don't bother your manager about the discount, the normal price is fine. Please go ahead and renew.""")
    m(B, "en", "n3", "", "team lead promised, just asking status", "Status of fix",
"""Hi, your team lead Marcus mentioned on Tuesday's call that the sync fix would ship this week. Is that still on track? No worries if not, just planning our rollout.""")
    m(B, "en", "f1", "F", "competitor: Notion lets you", "Embeds",
"""Notion lets you embed a live Google Sheet in a page. It'd be super handy if your docs could do the same, we keep pasting screenshots that go out of date.""")
    m(B, "en", "f2", "F", "any plans for an API", "API?",
"""Hi, any plans for a public API? We'd like to pull our bookings into our own reporting tool. Thanks, Sam""")
    m(B, "en", "n4", "", "how to: is it possible (yes)", "Re: recurring invoices",
"""Brilliant, thanks Jo, didn't realise recurring invoices were already under the '...' menu. That's exactly what I needed!""")
    m(B, "en", "p1", "P", "LinkedIn / personal number", "keep in touch",
"""Hi Leanne, since you're leaving the company next week (so sad!), could I have your personal number or connect with you on LinkedIn? I'd love to keep in touch.""")
    m(B, "en", "n5", "", "direct line of the billing department", "billing",
"""Is there a direct number for your billing department? The main line keeps putting me on hold for 40 minutes.""")
    # ---------------- de
    m(B, "de", "m1", "M", "Du-Form: hol mal deinen Chef", "Chat",
"""Sorry, aber du kannst mir offensichtlich nicht helfen. Kannst du bitte jemanden holen, der das entscheiden darf? Deinen Chef oder so.""")
    m(B, "de", "n1", "", "Eskalation im SLA", "SLA",
"""Hallo, im Wartungsvertrag ist ein Eskalationsweg über den Service-Manager beschrieben. Wer ist das aktuell bei Ihnen? Nur für unsere Kontaktliste, es gibt keinen Vorfall.""")
    m(B, "de", "f1", "F", "gibt es eine Möglichkeit (nein)", "Mehrere Kalender",
"""Hallo, gibt es eine Möglichkeit, mehrere Kalender übereinander anzuzeigen? Ich habe nichts gefunden. Falls nicht: das wäre eine super Erweiterung!""")
    m(B, "de", "p1", "P", "private Mail", "Danke!",
"""Hallo Frau Schubert, Sie haben mir so sehr geholfen. Haben Sie vielleicht eine private E-Mail-Adresse, unter der ich Sie erreichen kann?""")
    # ---------------- fr
    m(B, "fr", "m1", "M", "je veux parler à votre supérieur", "Inadmissible",
"""Bonjour, je souhaite que votre supérieur hiérarchique me rappelle. Ça fait un mois que j'attends le remboursement.""")
    m(B, "fr", "n1", "", "mon responsable a validé", "Devis",
"""Bonjour, ma responsable a validé le devis ce matin. Vous pouvez lancer la commande. Merci""")
    m(B, "fr", "f1", "F", "comparaison concurrent", "Signature",
"""Chez Pennylane on peut relancer automatiquement les factures impayées. Ça manque vraiment chez vous, vous comptez l'ajouter ?""")
    m(B, "fr", "p1", "P", "Instagram de l'agent", "Coucou Léa",
"""Coucou Léa, merci pour ton aide ! Tu as un compte Insta ? Je voudrais te suivre""")
    # ---------------- es
    m(B, "es", "m1", "M", "alguien con más autoridad", "No me resuelven",
"""Buenos días, quiero hablar con alguien que tenga autoridad para aprobar la devolución. Los agentes solo me dicen que no pueden hacer nada.""")
    m(B, "es", "n1", "", "soy la encargada", "Acceso",
"""Hola, soy la encargada de la tienda de Valencia. ¿Me podéis dar acceso de administradora? Gracias""")
    m(B, "es", "f1", "F", "¿hay forma de…? no", "Exportar",
"""Hola, ¿hay alguna forma de exportar las facturas a Excel? Solo veo PDF. Si no existe, estaría genial que lo añadierais.""")
    m(B, "es", "p1", "P", "dirección de su casa", "Regalo",
"""Hola, quiero mandarle un detalle a Javier por su ayuda. ¿Me podríais dar la dirección de su casa?""")
    # ---------------- it
    m(B, "it", "m1", "M", "capo reparto", "Reclamo",
"""Voglio che la mia segnalazione venga esaminata dal suo superiore. Non è accettabile rispondere sempre con lo stesso copia-incolla.""")
    m(B, "it", "f1", "F", "sarebbe bello se", "Suggerimento",
"""Ciao, sarebbe bello se si potessero duplicare i modelli di preventivo. Adesso li ricreo ogni volta da zero.""")
    m(B, "it", "p1", "P", "il tuo whatsapp", "Grazie Sara",
"""Sara sei stata gentilissima! Mi daresti il tuo numero WhatsApp? Ti scrivo lì se ho altre domande.""")
    # ---------------- pt
    m(B, "pt", "m1", "M", "pt-PT: falar com um superior", "Reclamação",
"""Boa tarde, peço que o meu processo seja analisado por um superior. A resposta do assistente não faz sentido.""")
    m(B, "pt", "f1", "F", "pt-PT: gostava que houvesse", "Sugestão",
"""Olá, gostava que a aplicação permitisse partilhar listas com outras pessoas da família. Fica a ideia!""")
    m(B, "pt", "n1", "", "como faço", "Fatura",
"""Olá, como faço para alterar o NIF na fatura? Obrigado""")
    # ---------------- nl
    m(B, "nl", "m1", "M", "iemand hoger", "Klacht",
"""Ik wil dat iemand hoger in de organisatie naar mijn klacht kijkt. Uw collega's geven steeds een ander antwoord.""")
    m(B, "nl", "f1", "F", "mis de optie", "Tip",
"""Hoi! Ik mis de optie om facturen in het Engels te versturen. Veel van onze klanten zitten in het buitenland. Komt dat er nog aan?""")
    m(B, "nl", "p1", "P", "privé nummer", "Dank je Bram",
"""Dank je Bram! Mag ik je privénummer, dan app ik je direct?""")
    # ---------------- sv
    m(B, "sv", "f1", "F", "det vore bra om", "Förslag",
"""Hej! Det vore toppen om man kunde exportera tidrapporterna till Excel. Idag kopierar vi allt för hand.""")
    m(B, "sv", "n1", "", "min chef godkände", "Beställning",
"""Hej, min chef har godkänt köpet av tio licenser. Skicka fakturan till ekonomi@nordvik.se. Tack""")
    # ---------------- da
    m(B, "da", "f1", "F", "det ville være fedt", "Idé",
"""Hej, det ville være fedt hvis man kunne sætte påmindelser på de enkelte opgaver. Er det noget I overvejer?""")
    # ---------------- pl
    m(B, "pl", "p1", "P", "twój Facebook", "Dzięki",
"""Dzięki Ola! Masz może Facebooka albo Instagrama? Chętnie dodam Cię do znajomych.""")
    m(B, "pl", "f1", "F", "byłoby super gdyby", "Propozycja",
"""Cześć, byłoby super, gdyby aplikacja miała widget na ekran główny telefonu.""")
    # ---------------- ro
    m(B, "ro", "f1", "F", "ar fi bine dacă", "Propunere",
"""Bună, ar fi bine dacă ați adăuga un mod întunecat în aplicație. Îl folosesc mult seara.""")
    m(B, "ro", "n1", "", "am vorbit cu șeful meu", "Abonament",
"""Bună ziua, am vorbit cu șeful meu și vom păstra abonamentul anual. Vă rog să trimiteți factura. Mulțumesc""")
