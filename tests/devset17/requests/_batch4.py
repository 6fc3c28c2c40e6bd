"""devset17 requests, batch 4 (measured after tuning on b1-b3): manager-request precision - boss,
supervisor, chef, leder, responsabile, gerente in harmless use (checking with my boss, escalation
rules inside the product, supervisor accounts, sales manager for a quote, "my boss is happy"),
plus fresh escalation demands and fresh feature / freebie / personal-contact positives."""
B = "b4"

def add_b4(m):
    # ---------------- en
    m(B, "en", "n1", "", "manager neg: check with my boss before approving", "Re: Quote Q-118",
"""Thanks Ben, I'll need to check with my boss before I can approve the upgrade. Will come back to you on Friday.""")
    m(B, "en", "n2", "", "manager neg: escalation rules in product", "Escalation rules",
"""How do I set up an escalation rule so that tickets older than 48h get assigned to a supervisor automatically?""")
    m(B, "en", "n3", "", "manager neg: supervisor account can't see reports (bug-ish)", "Supervisor login",
"""Our shift supervisor logs in but sees an empty reports page, the other supervisors see everything. Can you check her permissions?""")
    m(B, "en", "n4", "", "manager neg: my manager is happy, thanks", "Thanks!",
"""Just wanted to say thank you, the report came out perfectly and my manager was really pleased with it.""", fmt="html")
    m(B, "en", "m1", "M", "positive: who is your boss", "Complaint",
"""Who is your boss? I want their name and I want them to call me today. I've had enough of being fobbed off.""")
    m(B, "en", "m2", "M", "positive: head of support", "Formal complaint",
"""Please forward this to your head of customer support. I'd like a response from someone at that level, not another template.""")
    # ---------------- de
    m(B, "de", "n1", "", "manager neg: Rücksprache mit Chef", "Angebot",
"""Danke für das Angebot, ich halte kurz Rücksprache mit meinem Chef und melde mich nächste Woche.""")
    m(B, "de", "n2", "", "manager neg: Teamleiter role setup", "Teamleiter",
"""Wie lege ich fest, welcher Teamleiter die Urlaubsanträge seiner Abteilung freigibt?""")
    m(B, "de", "m1", "M", "positive: Geschäftsführung", "Beschwerde",
"""Ich verlange, dass sich jemand aus der Geschäftsführung bei mir meldet. So geht man nicht mit Kunden um.""")
    # ---------------- da
    m(B, "da", "n1", "", "manager neg: leder i appen", "Ledere",
"""Kan en leder i appen se alle medarbejderes timer, eller kun dem i sin egen afdeling?""")
    m(B, "da", "n2", "", "manager neg: min chef er glad", "Tak",
"""Tak for hjælpen i går, min chef var meget tilfreds med rapporten.""")
    m(B, "da", "m1", "M", "positive: ansvarlig / overordnet", "Klage",
"""Jeg ønsker at tale med en overordnet. Jeg har fået tre forskellige svar fra jer.""")
    # ---------------- ro
    m(B, "ro", "n1", "", "manager neg: vorbesc cu șeful meu", "Ofertă",
"""Mulțumesc pentru ofertă, vorbesc cu șeful meu și revin cu un răspuns până vineri.""")
    m(B, "ro", "n2", "", "manager neg: rol de manager în aplicație", "Drepturi",
"""Cum pot da unui angajat rolul de manager ca să vadă rapoartele echipei lui?""")
    m(B, "ro", "m1", "M", "positive: un superior", "Nemulțumire",
"""Vă rog să transmiteți reclamația mea unui superior. Nu mai vreau să vorbesc cu operatorii.""")
    # ---------------- pl
    m(B, "pl", "n1", "", "manager neg: szef zatwierdzi", "Oferta",
"""Dziękuję, oferta wygląda dobrze, ale musi ją jeszcze zatwierdzić mój szef.""")
    m(B, "pl", "m1", "M", "positive: kierownik działu", "Reklamacja",
"""Proszę o kontakt z kierownikiem działu obsługi klienta. Mam dość odpowiedzi z szablonu.""")
    # ---------------- es
    m(B, "es", "n1", "", "manager neg: rol de supervisor en la app", "Supervisores",
"""¿Un usuario con rol de supervisor puede editar los turnos o solo verlos?""")
    m(B, "es", "n2", "", "manager neg: consulto con mi jefe", "Presupuesto",
"""Gracias por el presupuesto, lo consulto con mi jefe y os digo algo.""")
    m(B, "es", "m1", "M", "positive: jefe de soporte", "Queja",
"""Quiero que mi caso lo revise el jefe de soporte. Esto no puede seguir así.""")
    # ---------------- fr
    m(B, "fr", "n1", "", "manager neg: mon chef valide", "Devis",
"""Merci pour le devis, je le transmets à mon chef pour validation.""")
    m(B, "fr", "n2", "", "manager neg: responsable de site role", "Responsable de site",
"""Comment ajouter un deuxième responsable de site pour notre magasin de Lyon dans l'outil ?""")
    m(B, "fr", "m1", "M", "positive: votre direction", "Plainte",
"""Je demande que ma plainte soit transmise à votre direction. Vos conseillers ne m'apportent aucune solution.""")
    # ---------------- nl
    m(B, "nl", "n1", "", "manager neg: teamleider role", "Teamleider",
"""Kan een teamleider de roosters van zijn eigen team aanpassen zonder beheerdersrechten?""")
    m(B, "nl", "n2", "", "manager neg: mijn baas overleg", "Offerte",
"""Ik overleg even met mijn baas over de offerte en laat het jullie weten.""")
    # ---------------- sv
    m(B, "sv", "n1", "", "manager neg: chef role in product", "Behörighet",
"""Kan en användare med rollen chef godkänna semesteransökningar i appen?""")
    m(B, "sv", "m1", "M", "positive: någon högre upp", "Klagomål",
"""Jag vill att någon högre upp hör av sig till mig. Det här håller inte.""")
    # ---------------- it
    m(B, "it", "n1", "", "manager neg: responsabile di reparto role", "Ruoli",
"""Come assegno il ruolo di responsabile di reparto a un utente? Vorrei che vedesse solo il suo reparto.""")
    m(B, "it", "n2", "", "manager neg: sento il mio capo", "Preventivo",
"""Grazie per il preventivo, ne parlo con il mio capo e vi faccio sapere.""")
    m(B, "it", "m1", "M", "positive: capo del servizio clienti", "Reclamo formale",
"""Pretendo che la mia pratica venga passata al capo del servizio clienti. Basta con le risposte automatiche.""")
    # ---------------- pt
    m(B, "pt", "n1", "", "manager neg: meu chefe pediu", "Relatório",
"""Meu chefe pediu o relatório de vendas de outubro em Excel, como exporto?""")
    m(B, "pt", "m1", "M", "positive: gerente / responsável", "Reclamação",
"""Exijo falar com o responsável pelo atendimento. Não aceito mais respostas automáticas.""")
    # ---------------- fresh F / G / P
    m(B, "en", "f1", "F", "feature: would be a dealbreaker / any plans", "SSO?",
"""We're evaluating you against two competitors. Single sign-on with Azure AD is pretty much a must for us, is it anywhere on the horizon?""")
    m(B, "de", "g1", "G", "freebie: Gutschrift als Entschädigung", "Ausfall",
"""Für den Ausfall am Montag erwarten wir eine Gutschrift in Höhe einer Monatsgebühr.""", fmt="qp", charset="iso-8859-1")
    m(B, "it", "p1", "P", "personal: email privata", "Grazie mille",
"""Francesca, mi puoi scrivere sulla tua email privata? Ti vorrei chiedere una cosa fuori dal lavoro.""")
    m(B, "es", "f1", "F", "feature: no se puede todavía, cuándo", "Varias monedas",
"""Todavía no se puede facturar en dólares, ¿verdad? ¿Para cuándo estará? Tenemos clientes en México.""")
    m(B, "nl", "g1", "G", "freebie: gratis maand", "Storing",
"""Na deze storing vind ik dat we recht hebben op een gratis maand.""")
    m(B, "sv", "p1", "P", "personal: sms:a mig privat", "Tack",
"""Johan, kan du sms:a mig från din egen telefon istället? Det här ärendesystemet är så segt.""")
