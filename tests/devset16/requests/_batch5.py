"""devset16 requests, batch 5 (measured before any tuning on it): precision. Senior words, wishes and
phone numbers in harmless use across all 11 languages: signatures with manager titles, "I'll speak to my
manager", a manager role in the product, the customer escalating internally, a supervisor cc'd, the
hotel manager; bug reports phrased as "it would be nice if it worked"; the agent gives the hotline, the
customer's own WhatsApp, a colleague's work email. A few positives keep the batch honest."""
B = "b5"

def add_b5(m):
    # ---------------- en
    m(B, "en", "n1", "", "I'll speak to my manager and come back", "Re: quote 3391",
"""Thanks for the quote. I'll need to speak to my manager before we commit to the annual plan, she's back on Thursday. I'll come back to you then.

Regards,
Tariq Hussain
Regional Sales Manager, Northbridge Foods""")
    m(B, "en", "n2", "", "manager role in the product: can managers approve", "timesheet approval",
"""Quick question: can a team lead approve timesheets for their own team, or does it have to be an admin? We want our three supervisors to sign off hours each Friday.""")
    m(B, "en", "n3", "", "cc supervisor, routine", "Direct debit mandate",
"""Hi, please find the signed direct debit mandate attached. I've copied in my supervisor, Janet Moore, who signs off our supplier payments. Thanks, Ben""")
    m(B, "en", "n4", "", "escalating internally on their side", "Outage yesterday",
"""Hi, thanks for the incident summary. I've escalated it internally to our CTO, who may have follow-up questions about the root cause. Nothing needed from you right now.""")
    m(B, "en", "n5", "", "your manager called, resolved, thank them", "Resolved - thank you",
"""Just wanted to say your manager, Helen, called me yesterday and we've agreed a way forward. I'm happy with the outcome. Please close complaint 7781.""")
    m(B, "en", "n6", "", "the hotel manager / third party", "Booking at Hotel Rivage",
"""Hi, I booked through your site but the hotel manager says they have no reservation under my name. Can you send me the booking confirmation again so I can show them? Arriving Friday.""")
    m(B, "en", "n7", "", "bug phrased as a wish: would be nice if it worked", "search",
"""Would be nice if search actually worked. Typing an exact invoice number returns nothing since the update, it used to find it instantly.""")
    m(B, "en", "n8", "", "support line callback, with 'call me directly'", "Call me",
"""Can support please call me directly on 0161 496 0001? I'm at my desk all afternoon. It's about the SSO setup.""")
    m(B, "en", "n9", "", "colleague's work email for invoices", "invoice recipient",
"""Please send future invoices to my colleague's work email, d.ross@fernhill.co.uk, rather than mine. Thanks""")
    m(B, "en", "m1", "M", "complaint to head of support", "Complaint",
"""I've been passed between four agents. I want this complaint to go to the head of customer support, with a written reply from them.""")
    m(B, "en", "f1", "F", "wish for an option", "Feedback",
"""Small wish: an option to hide weekends in the planner. We never work Saturdays and the columns just take space.""")
    # ---------------- de
    m(B, "de", "n1", "", "Signatur mit Leiter, Frage", "Lieferschein",
"""Hallo, wo finde ich die Lieferscheine für Oktober? Danke!

Mit freundlichen Grüßen
Petra Lang
Leiterin Einkauf""")
    m(B, "de", "n2", "", "ich kläre das mit meinem Chef", "Angebot",
"""Danke für das Angebot, ich spreche morgen mit meinem Chef und melde mich dann.""")
    m(B, "de", "n3", "", "Fehler: wäre schön wenn es ginge", "Drucken",
"""Es wäre schön, wenn der Druck wieder funktionieren würde. Seit dem Update kommt nur eine leere Seite raus.""")
    m(B, "de", "m1", "M", "Beschwerde an Geschäftsleitung", "Beschwerde",
"""Ich möchte, dass meine Beschwerde an Ihre Geschäftsleitung weitergeleitet wird. So geht man nicht mit Kunden um.""")
    # ---------------- fr
    m(B, "fr", "n1", "", "votre responsable m'a rappelé, merci", "Merci",
"""Bonjour, votre responsable m'a rappelé hier et tout est réglé. Merci à vous deux.""")
    m(B, "fr", "n2", "", "mon numéro WhatsApp à moi", "Contact",
"""Bonjour, vous pouvez me contacter sur WhatsApp au 06 12 34 56 78, c'est plus simple pour moi.""")
    m(B, "fr", "f1", "F", "ce serait pratique de", "Idée",
"""Ce serait pratique de pouvoir trier les clients par ville. Vous pensez l'ajouter un jour ?""")
    # ---------------- es
    m(B, "es", "n1", "", "el gerente del banco", "Transferencia",
"""Hola, el gerente de mi banco dice que la transferencia salió el lunes. ¿Podéis comprobar si os ha llegado?""")
    m(B, "es", "n2", "", "teléfono de la empresa", "Teléfono",
"""¿Tenéis un teléfono de atención al cliente? Prefiero llamar que escribir.""")
    m(B, "es", "m1", "M", "quiero que me atienda el jefe", "Queja",
"""Estoy harta. Quiero que mi queja la lea el jefe del departamento, no otro agente.""")
    # ---------------- it
    m(B, "it", "n1", "", "sono il responsabile IT", "Accesso",
"""Buongiorno, sono il responsabile IT dello studio. Potete abilitare l'accesso SSO per tutti? Grazie""")
    m(B, "it", "n2", "", "bug: sarebbe bello se funzionasse", "Sincronizzazione",
"""Sarebbe bello se la sincronizzazione funzionasse. Da ieri i contatti non si aggiornano più.""")
    # ---------------- pt
    m(B, "pt", "n1", "", "já falei com o meu gerente", "Plano",
"""Olá, já falei com o meu gerente e vamos manter o plano. Obrigada pela ajuda!""")
    m(B, "pt", "p1", "P", "pt-BR: seu Instagram", "Obrigada Ju",
"""Ju, você foi incrível! Qual é o seu Instagram? Quero te seguir""")
    # ---------------- nl
    m(B, "nl", "n1", "", "onze teamleider vraagt", "Export",
"""Hoi, onze teamleider vraagt of we de urenregistratie per week kunnen exporteren. Waar vind ik dat?""")
    m(B, "nl", "n2", "", "bel de klantenservice", "Bellen",
"""Wat is het telefoonnummer van jullie klantenservice? Ik wil graag even overleggen.""")
    # ---------------- sv
    m(B, "sv", "n1", "", "jag är chef för avdelningen", "Behörighet",
"""Hej, jag är chef för ekonomiavdelningen. Kan ni ge mig behörighet att se alla fakturor? Tack""")
    m(B, "sv", "m1", "M", "vill prata med någon högre upp", "Klagomål",
"""Jag vill prata med någon högre upp. Det här har pågått i en månad.""")
    # ---------------- da
    m(B, "da", "n1", "", "min leder har godkendt", "Ordre",
"""Hej, min leder har godkendt ordren. I må gerne sende fakturaen. Tak""")
    m(B, "da", "p1", "P", "dit mobilnummer", "Tak Freja",
"""Tak Freja! Må jeg få dit mobilnummer, så jeg kan skrive direkte til dig?""")
    # ---------------- pl
    m(B, "pl", "n1", "", "jestem kierownikiem zmiany", "Dostęp",
"""Dzień dobry, jestem kierownikiem zmiany w magazynie. Proszę o dostęp do raportów dla dwóch nowych osób.""")
    m(B, "pl", "m1", "M", "proszę o przełożonego", "Skarga",
"""Proszę o przekazanie mojej skargi do Pani przełożonego. Nie zgadzam się z tą decyzją.""")
    # ---------------- ro
    m(B, "ro", "n1", "", "nu e nevoie să escaladați", "Rezolvat",
"""Mulțumesc, s-a rezolvat. Nu e nevoie să escaladați cazul.""")
    m(B, "ro", "p1", "P", "whatsapp-ul tău", "Mulțumesc",
"""Mulțumesc Elena! Îmi dai WhatsApp-ul tău? Îți scriu direct data viitoare.""")
