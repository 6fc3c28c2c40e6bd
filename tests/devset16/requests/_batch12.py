"""devset16 requests, batch 12 (measured before any tuning on it): generalisation 4, fresh writers:
feature wishes in support-ticket shorthand ("FR:", "+1 to", "request:"), a customer's own team asking,
"we'd love the ability", "it'd help if"; manager mentions in passing (a team lead's holiday, "your
manager's approval for the discount", a managed-service provider); private contact vs. the agent's work
email. All 11 languages."""
B = "b12"

def add_b12(m):
    # ---------------- en
    m(B, "en", "f1", "F", "FR: shorthand", "FR: bulk delete",
"""FR: bulk delete for archived leads please. Deleting 2k one at a time isn't realistic.""")
    m(B, "en", "f2", "F", "our team keeps asking", "Question from our staff",
"""Our warehouse staff keep asking if the scanner app could work offline - signal in the back of the building is terrible. Anything planned?""")
    m(B, "en", "f3", "F", "it'd help if", "Invoices",
"""It'd help massively if invoices could be split across two cost centres. Right now we do it in Excel afterwards.""")
    m(B, "en", "n1", "", "team lead on holiday", "Access while TL is away",
"""Our team lead is on holiday until the 3rd. Who can approve new users in the meantime on our side? Is there a deputy admin setting?""")
    m(B, "en", "n2", "", "agent's work email, fine", "Follow-up",
"""Hi Grace, is it OK if I reply to your work email directly next time, or should I always go through the portal?""", free="P")
    m(B, "en", "n3", "", "discount needs manager approval (agent said)", "Re: discount",
"""Understood that the 20% discount needs your manager's approval. Happy to wait, let me know what they decide.""")
    m(B, "en", "m1", "M", "escalate to your line manager", "Final attempt",
"""This is my last attempt before I cancel. Please escalate to your line manager or anyone who can actually approve a refund.""")
    # ---------------- de
    m(B, "de", "f1", "F", "Wir würden uns freuen", "Feature-Wunsch",
"""Wir würden uns sehr über eine Schnittstelle zu Personio freuen.""")
    m(B, "de", "n1", "", "unser Teamleiter im Urlaub", "Freigabe",
"""Unser Teamleiter ist im Urlaub. Kann ich die Rechnung trotzdem freigeben?""")
    # ---------------- fr
    m(B, "fr", "f1", "F", "ça nous aiderait", "Idée",
"""Ça nous aiderait beaucoup d'avoir un tableau de bord par commercial.""")
    m(B, "fr", "n1", "", "prestataire géré", "Accès",
"""Notre prestataire informatique (service managé) a besoin d'un accès administrateur. Comment faire ?""")
    # ---------------- es
    m(B, "es", "f1", "F", "nos vendría genial", "Petición",
"""Nos vendría genial poder firmar los presupuestos desde el móvil.""")
    m(B, "es", "n1", "", "mi jefe está de vacaciones", "Aprobación",
"""Mi jefe está de vacaciones, ¿puedo aprobar yo la factura? Gracias""")
    # ---------------- it
    m(B, "it", "f1", "F", "sarebbe comodo", "Proposta",
"""Sarebbe comodo ricevere un riepilogo settimanale via email delle attività scadute.""")
    m(B, "it", "m1", "M", "parlare con un suo superiore", "Reclamo",
"""Chiedo di parlare con un suo superiore. La risposta ricevuta non è accettabile.""")
    # ---------------- pt
    m(B, "pt", "f1", "F", "pt-PT: seria útil", "Sugestão",
"""Seria muito útil poder exportar os relatórios diretamente para o Google Sheets.""")
    m(B, "pt", "n1", "", "o meu gestor está de férias", "Aprovação",
"""O meu gestor está de férias. Posso aprovar a fatura eu mesmo?""")
    # ---------------- nl
    m(B, "nl", "f1", "F", "het zou mooi zijn", "Wens",
"""Het zou mooi zijn als we de factuurlayout zelf kunnen aanpassen.""")
    m(B, "nl", "p1", "P", "je eigen mail", "Vraagje",
"""Hoi Noor, mag ik je op je eigen mailadres mailen in plaats van via het ticketsysteem?""")
    # ---------------- sv
    m(B, "sv", "f1", "F", "vi önskar", "Önskemål",
"""Vi önskar att det gick att sätta olika priser för helger.""")
    m(B, "sv", "m1", "M", "din chef ringer", "Klagomål",
"""Jag vill att din chef ringer mig i dag angående reklamationen.""")
    # ---------------- da
    m(B, "da", "f1", "F", "det ville hjælpe", "Forslag",
"""Det ville hjælpe os meget, hvis man kunne kopiere en hel uge i vagtplanen.""")
    m(B, "da", "n1", "", "vores teamleder på ferie", "Godkendelse",
"""Vores teamleder er på ferie. Kan jeg godkende fakturaen i stedet?""")
    # ---------------- pl
    m(B, "pl", "f1", "F", "chcielibyśmy", "Prośba",
"""Chcielibyśmy móc dodawać załączniki do zadań.""")
    m(B, "pl", "p1", "P", "prywatny e-mail konsultantki", "Dziękuję",
"""Pani Magdo, czy mogę napisać do Pani na prywatny e-mail? Wolę to niż formularz.""")
    # ---------------- ro
    m(B, "ro", "f1", "F", "ne-ar ajuta", "Sugestie",
"""Ne-ar ajuta mult să putem seta mementouri automate pentru clienți.""")
    m(B, "ro", "n1", "", "șeful meu e în concediu", "Aprobare",
"""Șeful meu este în concediu. Pot aproba eu factura?""")
