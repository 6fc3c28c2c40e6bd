"""devset16 requests, batch 10 (measured before any tuning on it): precision 3, this round's own new words
in harmless use: "would be lovely" in a polite request, "not there yet" for a delivery, "es fehlt" for a
missing invoice, "vi mangler" for a missing payment, "ci manca" for a missing parcel, "nos hace falta" for
an invoice copy, "zo niet" / "sinon c'est" in routine questions, "let admins" in a how-to, a toggle that
exists, "your manager to call me" already done, "do you have Instagram" for the company page, "can I
call you directly" to the support line. Plus a few positives in each tag."""
B = "b10"

def add_b10(m):
    # ---------------- en
    m(B, "en", "n1", "", "'would be lovely' in a polite request for a reply", "Invoice copy",
"""Hi, a copy of the March invoice would be lovely when you get a chance. Thanks so much, Jo""")
    m(B, "en", "n2", "", "'not there yet' for a delivery", "Order 5521",
"""Tracking says delivered but the parcel's not there yet. Could you check with the courier?""")
    m(B, "en", "n3", "", "how-to: let admins (existing)", "admin rights",
"""How do I let admins see billing but not edit it? I found the roles page but it's confusing.""")
    m(B, "en", "n4", "", "toggle exists, found it", "Re: notifications",
"""Found the toggle to turn off the daily digest under Notifications, thanks. All good now.""")
    m(B, "en", "n5", "", "company Instagram page", "Instagram",
"""Do you have an Instagram page for the company? I'd like to tag you in a post about our new shop fit-out.""")
    m(B, "en", "n6", "", "call support line directly", "Phone support",
"""Can I call your support team directly instead of using this form? What are the opening hours?""")
    m(B, "en", "n7", "", "manager promised callback, it happened", "Re: complaint",
"""Your manager called me this morning as promised and we've sorted everything. Thanks for arranging it.""")
    m(B, "en", "f1", "F", "wish: colour-code clients", "colour coding",
"""Love the app. It would be lovely if I could colour-code clients in the calendar, makes the week easier to scan.""")
    m(B, "en", "m1", "M", "supervisor to review the refusal", "Refund refused",
"""I'd like a supervisor to review the refusal of my refund. The agent didn't read the attached receipt.""")
    # ---------------- de
    m(B, "de", "n1", "", "es fehlt die Rechnung", "Rechnung fehlt",
"""Hallo, es fehlt leider die Rechnung für Oktober in meinem Konto. Können Sie sie schicken?""")
    m(B, "de", "n2", "", "falls nicht, bitte Rückruf", "Lieferung",
"""Kommt die Lieferung noch diese Woche? Falls nicht, rufen Sie mich bitte kurz an.""")
    m(B, "de", "f1", "F", "Wunsch", "Vorschlag",
"""Schön wäre, wenn die App sich den zuletzt genutzten Filter merken würde.""")
    # ---------------- fr
    m(B, "fr", "n1", "", "sinon c'est bon", "Facture",
"""Pouvez-vous corriger l'adresse sur la facture ? Sinon c'est parfait, merci.""")
    m(B, "fr", "p1", "P", "te suivre sur Insta", "Merci Chloé",
"""Chloé, tu as été top ! Je peux te suivre sur Insta ?""")
    # ---------------- es
    m(B, "es", "n1", "", "nos hace falta una copia", "Factura",
"""Hola, nos hace falta una copia de la factura de septiembre para contabilidad. Gracias""")
    m(B, "es", "n2", "", "tienes Instagram (empresa)", "Redes",
"""¿Tenéis Instagram? Queremos mencionaros en una publicación de nuestra tienda.""")
    # ---------------- it
    m(B, "it", "n1", "", "ci manca un pacco", "Ordine incompleto",
"""Buongiorno, ci manca un pacco dell'ordine 3321. Ne sono arrivati due su tre.""")
    m(B, "it", "f1", "F", "ci manca una funzione", "Suggerimento",
"""Ci manca una funzione per duplicare gli eventi. Pensate di aggiungerla?""")
    # ---------------- pt
    m(B, "pt", "n1", "", "era ótimo se me ligassem", "Contacto",
"""Era ótimo se me ligassem hoje por causa da fatura em atraso. Obrigada""")
    # ---------------- nl
    m(B, "nl", "n1", "", "zo niet, graag terugbellen", "Levering",
"""Wordt mijn bestelling vandaag geleverd? Zo niet, bel me dan even terug.""")
    m(B, "nl", "m1", "M", "iemand van het management", "Klacht",
"""Ik wil graag dat iemand van het management contact met mij opneemt over deze klacht.""")
    # ---------------- sv
    m(B, "sv", "n1", "", "om inte så, ring", "Leverans",
"""Kommer leveransen i morgon? Om inte så vill jag gärna bli uppringd.""")
    # ---------------- da
    m(B, "da", "n1", "", "vi mangler en betaling", "Betaling",
"""Hej, vi mangler en betaling fra jer for faktura 2231. Kan I tjekke det?""")
    m(B, "da", "f1", "F", "vi mangler en funktion", "Forslag",
"""Vi mangler en mulighed for at eksportere timesedler til Excel. Kommer det?""")
    # ---------------- pl
    m(B, "pl", "n1", "", "szkoda że nie zadzwoniliście", "Kontakt",
"""Szkoda, że nikt nie oddzwonił. Proszę o kontakt w sprawie faktury.""")
    m(B, "pl", "p1", "P", "masz Instagrama", "Dzięki",
"""Dzięki Kuba, świetna robota! Masz Instagrama? Chętnie cię zaobserwuję.""")
    # ---------------- ro
    m(B, "ro", "n1", "", "păcat că nu m-ați sunat", "Apel",
"""Păcat că nu m-a sunat nimeni ieri. Vă rog să mă contactați azi pentru factură.""")
    m(B, "ro", "m1", "M", "doresc să discut cu un superior", "Reclamație",
"""Doresc să discut cu un superior despre modul în care a fost tratată reclamația mea.""")
