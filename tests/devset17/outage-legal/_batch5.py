"""devset17 outage-legal, batch 5 (measured after tuning on b1-b4): precision batch, this round's
new words in harmless use (agenda, 'la app non sta funzionando' for one feature, Mexican 'no jala'
for a coupon, 'ingen av' in onboarding, 'werkt nergens' for a discount code, 'tourne en rond' for a
discussion, 'toutes nos caisses' in a price question, 'vai abaixo' for a price, Dutch 'dood' for a
pet, 'kan inte logga in' for one user, 'legal notice' = imprint, a UK care advocate, class action
against a third party, 'no voy a' / 'no vamos a' with a real threat after it); plus fresh positives."""
B = "b5"

def add_b5(m):
    # ---------------- it negatives
    m(B, "it", "n1", "", "agenda: how to share it with everyone", "Agenda condivisa",
"""Come faccio a rendere visibile l'agenda del dottore a tutti i colleghi della segreteria? Non trovo l'opzione.""")
    m(B, "it", "n2", "", "'la app non sta funzionando' for one feature, one user", "Notifiche",
"""Da me le notifiche della app non stanno funzionando, ma solo sul mio telefono, i colleghi le ricevono. Devo reinstallarla?""")
    m(B, "it", "n3", "", "tills closed for holiday (ferme)", "Chiusura",
"""Le casse resteranno ferme in tutti i negozi per l'inventario il 2 gennaio: dobbiamo sospendere qualcosa nel gestionale?""")
    m(B, "it", "n4", "", "anyone can edit: permissions", "Permessi",
"""Vorrei che chiunque in ufficio possa modificare i listini ma non cancellarli. Si può fare?""")
    m(B, "it", "n5", "", "'riprovare più tardi' in one payment", "Pagamento rifiutato",
"""Ho provato a pagare l'abbonamento con la carta aziendale ma mi dice "riprovare più tardi". La carta è valida, potete controllare?""")
    # ---------------- es negatives
    m(B, "es", "n1", "", "Mexican 'no jala' for a discount code", "Cupón",
"""Oigan, el cupón de descuento que me mandaron no jala, me dice que ya expiró. ¿Me mandan otro?""")
    m(B, "es", "n2", "", "'volver a caer' about sales", "Informe de ventas",
"""Las ventas han vuelto a caer en noviembre, ¿el informe de ventas puede mostrar la comparación con el año pasado?""")
    # ---------------- sv negatives
    m(B, "sv", "n1", "", "one user can't log in, colleagues can", "Inloggning",
"""Jag kan inte logga in sedan i morse men mina kollegor kan. Har mitt lösenord gått ut?""")
    m(B, "sv", "n2", "", "onboarding: none of the new ones has an account yet", "Nya konton",
"""Ingen av de nya säljarna har fått något konto i CRM:et än. Kan ni skapa dem i dag?""")
    m(B, "sv", "n3", "", "booking: no guests booked (quiet season)", "Lågsäsong",
"""Inga gäster kan boka rum i januari eftersom hotellet renoveras. Hur stänger vi bokningsmotorn på hemsidan tillfälligt?""")
    # ---------------- fr negatives
    m(B, "fr", "n1", "", "'tourne en rond' about a discussion; price for all tills", "Tarif caisses",
"""On tourne en rond avec votre commercial depuis un mois : quel est le prix pour toutes nos caisses, 12 au total ?""")
    m(B, "fr", "n2", "", "neither me nor my colleagues received the newsletter", "Newsletter",
"""Ni moi ni mes collègues n'avons reçu la newsletter de novembre, est-ce normal ?""")
    # ---------------- pt negatives
    m(B, "pt", "n1", "", "'vai abaixo' for a price", "Preço",
"""Se o preço da licença for abaixo dos 50 euros, fechamos já o contrato para a equipa toda.""")
    m(B, "pt", "n2", "", "customer's own bank app", "Boleto",
"""O app do banco está fora do ar e não consegui pagar o boleto. Podem prorrogar o vencimento?""")
    # ---------------- nl negatives
    m(B, "nl", "n1", "", "discount code works nowhere", "Kortingscode",
"""De kortingscode uit jullie mail werkt nergens meer, niet in de app en niet op de site. Is hij verlopen?""")
    m(B, "nl", "n2", "", "'dood' about a pet, cancel", "Opzeggen",
"""Onze hond is helaas dood, dus het abonnement op de dierenapp mag stoppen. Kunnen jullie dat regelen?""")
    m(B, "nl", "n3", "", "dossiers won't open for me (one user)", "Dossier",
"""Ik krijg één dossier niet open, de andere wel. Is het bestand beschadigd?""")
    # ---------------- pl negative
    m(B, "pl", "n1", "", "'ani u nas ani u klientów' about a feature idea", "Pomysł",
"""Ani u nas, ani u klientów nie ma potrzeby drukowania etykiet, czy można ukryć ten przycisk?""")
    # ---------------- positives, fresh
    m(B, "it", "o1", "O", "Swiss Italian: all workstations frozen", "Bloccati",
"""Buongiorno, qui a Bellinzona tutte le postazioni sono congelate sul vostro software da mezz'ora. Stesso problema nella filiale di Locarno.""")
    m(B, "es", "o1", "O", "Venezuelan: platform fell for all", "Plataforma",
"""Buenas tardes, la plataforma se nos cayó a todos en la oficina, nadie puede facturar. Por favor su ayuda.""")
    m(B, "sv", "o1", "O", "terse: is it down, nobody can log in", "Nere igen?",
"""Är ni nere igen? Ingen här kan logga in.""")
    m(B, "fr", "o1", "O", "Belgian: app dead for all drivers", "Appli livreurs",
"""L'appli des livreurs est morte, aucun chauffeur ne peut scanner ses colis depuis 6h.""")
    m(B, "pt", "o1", "O", "pt-BR: nobody gets into the system", "Sistema travado",
"""Sistema travado aqui, ninguém consegue logar desde as 8h. Vocês estão com problema?""")
    m(B, "pl", "o1", "O", "terse: app not working for anyone", "aplikacja",
"""Aplikacja nie działa nikomu z naszych kierowców, wyświetla się tylko biały ekran.""")
    m(B, "nl", "o1", "O", "Flemish: everything stuck", "Alles hangt",
"""Alles hangt bij ons, geen enkele kassa kan nog afrekenen. Kunnen jullie dringend kijken?""")
    # ---------------- en legal
    m(B, "en", "n1", "", "'legal notice' = imprint", "Legal notice",
"""Hello, could you send me the legal notice (company registration, VAT number, address) of your company for our supplier file?""")
    m(B, "en", "n2", "", "UK care advocate", "Account access",
"""Hi, my advocate from the local council helps me with paperwork. Can she be added as a contact on my account?""")
    m(B, "en", "n3", "", "class action against a third party", "Old invoices",
"""I'm part of a class action against my former bank and need copies of all invoices paid by that card in 2023.""")
    m(B, "en", "l1", "L", "IN: legal notice", "Final reminder",
"""Despite several reminders the refund of Rs 18,400 is pending. I shall be constrained to send a legal notice to your registered office.""")
    m(B, "en", "l2", "L", "US terse: see you in court", "whatever",
"""Fine. Keep ignoring me. My lawyer will be in touch.""")
    # ---------------- es legal
    m(B, "es", "l1", "L", "'no voy a' followed by a real threat", "Basta",
"""No voy a tolerar más cobros indebidos y os denunciaré ante la OMIC esta misma semana.""")
    m(B, "es", "ln1", "", "we won't go to consumer office", "Gracias",
"""Gracias por la devolución. No vamos a poner ninguna reclamación en Consumo, damos el tema por cerrado.""")
