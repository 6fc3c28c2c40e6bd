"""devset14 manager-precision, batch 4 (measured before tuning): refusals of a manager ("I don't want to
speak to a manager", "no need to escalate"), thanks to a supervisor, supervisor / manager approval in the
product workflow, old demands only in quoted history; positives with new wording."""
B = "b4"

def add_b4(m):
    # ---------------- en
    m(B, "en", "n1", "", "won't ask for your supervisor, just want answer", "Re: missing credits",
"""I'm not going to ask for your supervisor or make a fuss, I'd simply like to know when the 40 credits will show up.

Thanks, Jo""")
    m(B, "en", "n2", "", "supervisor approval in workflow", "Supervisor sign-off for expenses",
"""Hey, can we set it up so expenses over $500 need a supervisor sign-off but smaller ones go straight through? Couldn't find it in the policy settings.""")
    m(B, "en", "n3", "", "thanks to your supervisor Mark", "Thank you!",
"""Please pass my thanks to your supervisor Mark, he called me back within the hour and sorted the whole thing. Great team.""", fmt="html")
    m(B, "en", "n4", "", "demand only in quoted history, now thanks", "Re: Re: Complaint #5521",
"""All sorted now, thanks for the refund. Appreciate it.

On Mon, Nov 23, Alex wrote:
> I want to speak to a manager NOW. This is the worst service I've had.""")
    m(B, "en", "m1", "M", "escalate to someone senior, terse", "ESCALATE",
"""Escalate this to someone senior. I'm done with level 1.""")
    m(B, "en", "m2", "M", "Scottish/casual, wants the gaffer", "still waiting",
"""right, enough. can someone higher up than the chat bot get in touch. 3 weeks for a refund is a joke""")
    # ---------------- de
    m(B, "de", "n1", "", "kein Vorgesetzter nötig, nur Antwort", "Rückfrage",
"""Ich will gar nicht Ihren Vorgesetzten sprechen, ich möchte nur wissen, wann die Gutschrift kommt.""")
    m(B, "de", "n2", "", "Freigabe durch Vorgesetzten im Workflow", "Freigabe-Workflow",
"""Hallo, kann man einstellen, dass Urlaubsanträge nur vom direkten Vorgesetzten freigegeben werden müssen und nicht zusätzlich von der Personalabteilung?

Danke, Ute""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "n3", "", "Dank an Teamleiterin", "Danke",
"""Bitte richten Sie Ihrer Teamleiterin aus, dass Frau Özdemir super geholfen hat!""")
    m(B, "de", "m1", "M", "Vorgesetzten, fordern", "Letzte Chance",
"""Ich fordere, dass Ihr Vorgesetzter mich bis morgen zurückruft. Andernfalls kündige ich.""")
    # ---------------- fr
    m(B, "fr", "n1", "", "pas la peine de faire remonter", "Re: bug export",
"""Ça remarche de mon côté, pas la peine de faire remonter à qui que ce soit. Merci beaucoup !""")
    m(B, "fr", "n2", "", "validation manager in Congés module", "Module congés",
"""Bonjour, dans le module congés, la validation par le manager n'apparaît pas pour les nouveaux salariés. Un paramètre à cocher ?""")
    m(B, "fr", "m1", "M", "je veux un responsable au téléphone", "Inadmissible",
"""Je veux avoir un responsable au téléphone aujourd'hui, pas demain.""")
    # ---------------- es
    m(B, "es", "n1", "", "no pido hablar con el encargado", "Pedido 7731",
"""No pido hablar con ningún encargado ni nada, solo quiero saber dónde está mi pedido.""")
    m(B, "es", "n2", "", "aprobación del supervisor en la app", "Aprobación de horas extra",
"""Hola, en la app las horas extra quedan pendientes de aprobación del supervisor pero nuestro supervisor no ve la bandeja. ¿Qué permiso le falta?""")
    m(B, "es", "m1", "M", "Chile, que intervenga un superior", "Reclamo",
"""Necesito que intervenga un superior, el ejecutivo no me da solución hace dos semanas.""")
    # ---------------- it
    m(B, "it", "n1", "", "non serve coinvolgere il responsabile", "Re: risolto",
"""Tutto risolto, non serve coinvolgere il responsabile. Grazie mille Andrea!""")
    m(B, "it", "n2", "", "approvazione del responsabile in workflow", "Workflow ferie",
"""Salve, si può fare in modo che le ferie siano approvate solo dal responsabile di reparto e non anche dall'HR?""")
    m(B, "it", "m1", "M", "mi faccia chiamare da un superiore", "Reclamo",
"""Mi faccia richiamare da un suo superiore entro oggi.""")
    # ---------------- nl
    m(B, "nl", "n1", "", "hoeft niet naar leidinggevende", "Opgelost",
"""Het werkt weer, dit hoeft echt niet naar een leidinggevende. Dank je wel!""")
    m(B, "nl", "n2", "", "goedkeuring manager in app", "Goedkeuring",
"""Hoi, kan ik instellen dat declaraties eerst door de manager goedgekeurd moeten worden in de app?""")
    m(B, "nl", "m1", "M", "Flemish, ik eis een verantwoordelijke", "Klacht",
"""Ik eis dat een verantwoordelijke mij vandaag terugbelt.""")
    # ---------------- pl
    m(B, "pl", "n1", "", "nie chcę rozmawiać z kierownikiem", "Zwrot",
"""Nie chcę rozmawiać z żadnym kierownikiem, chcę tylko zwrot pieniędzy na konto.""")
    m(B, "pl", "n2", "", "akceptacja przełożonego w systemie", "Wnioski urlopowe",
"""Dzień dobry, czy da się ustawić, żeby wnioski urlopowe wymagały akceptacji przełożonego tylko powyżej 5 dni?""", fmt="b64", charset="iso-8859-2")
    m(B, "pl", "m1", "M", "proszę o kontakt szefa", "Skarga",
"""Proszę, żeby zadzwonił do mnie Pana szef. Mam dość odsyłania.""")
    # ---------------- pt
    m(B, "pt", "n1", "", "pt-BR thanks supervisora", "Obrigada",
"""Queria agradecer à supervisora Paula pelo atendimento, foi excelente.""")
    m(B, "pt", "n2", "", "aprovação do gestor no sistema", "Aprovação de despesas",
"""Olá, como configuro para que as despesas precisem da aprovação do gestor antes de irem para o financeiro?""")
    m(B, "pt", "m1", "M", "pt-PT, encaminhem para a chefia", "Reclamação",
"""Peço que encaminhem a minha reclamação para a chefia, porque o atendimento não resolveu nada.""")
    # ---------------- sv
    m(B, "sv", "n1", "", "behöver inte blanda in chef", "Löst",
"""Nu funkar det, ni behöver inte blanda in någon chef. Tack för hjälpen!""")
    m(B, "sv", "n2", "", "chefsgodkännande i systemet", "Attest",
"""Hej, går det att ställa in att chefen måste attestera reseräkningar över 2000 kr i systemet?""")
    m(B, "sv", "m1", "M", "jag kräver att få tala med en chef", "Oacceptabelt",
"""Jag kräver att få tala med en chef. Nu.""")
    # ---------------- da
    m(B, "da", "n1", "", "ikke nødvendigt med leder", "Løst",
"""Det virker nu, så det er slet ikke nødvendigt at inddrage en leder. Tak!""")
    m(B, "da", "n2", "", "godkendelse af leder i appen", "Godkendelse",
"""Hej, kan man sætte appen op, så lederen skal godkende overarbejde før det sendes til løn?""")
    m(B, "da", "m1", "M", "stil mig videre til din chef", "Opkald",
"""Stil mig venligst videre til din chef, jeg har fået nok.""")
    # ---------------- ro
    m(B, "ro", "n1", "", "nu vreau sa vorbesc cu seful", "Factura",
"""Nu vreau sa vorbesc cu niciun sef, vreau doar factura corecta.""")
    m(B, "ro", "n2", "", "aprobare manager in aplicatie", "Aprobare concedii",
"""Buna ziua, se poate seta ca cererile de concediu sa fie aprobate doar de managerul direct in aplicatie?""")
    m(B, "ro", "m1", "M", "doresc sa discut cu un superior", "Reclamatie",
"""Doresc să discut cu un superior al dumneavoastră cât mai curând.""", fmt="qp", charset="iso-8859-16")
