"""devset16 angry-bug, batch 7 (measured before any tuning on it): recall, fresh writers; anger without the
usual keywords (rhetorical questions, ultimatums, 'I'm not asking again', 'enough'), bug reports told
loosely in one paragraph; a few negatives (calm reminders, questions, outage)."""
B = "b7"

def add_b7(m):
    # ---------------- en
    m(B, "en", "a1", "A", "rhetorical, not asking again", "Refund",
"""I'm not asking again. Two months, five emails, zero refund. Is anyone actually running this company? Because it doesn't feel like it.""")
    m(B, "en", "a2", "A", "cold ultimatum", "Final notice from a customer",
"""Consider this my final attempt to resolve this with you directly. If the charges are not reversed by Friday I will dispute them with my bank and close every account I hold with you. I have been more than patient.""")
    m(B, "en", "a3", "A", "US casual fury", "ugh",
"""ok this is beyond annoying now. 3rd time the driver just leaves my package at the wrong house and your app marks it delivered. I'm so over this""")
    m(B, "en", "b1", "B", "loose bug paragraph", "Weird thing with the calendar",
"""so whenever I drag an appointment to another day in week view it jumps back to where it was after like a second, but if I open it and change the date by hand it works. started this week I think. chrome on a mac""")
    m(B, "en", "b2", "B", "bug: report filter ignores staff", "Staff filter",
"""Hi, the sales report filtered to one staff member still shows everyone's sales in the total at the bottom. The rows above are filtered correctly, only the total isn't. Cheers, Ali""")
    m(B, "en", "n1", "", "calm reminder", "Just checking in",
"""Hi there, just checking in on my request from last Tuesday about moving my plan to annual billing. No rush, whenever you get a chance. Thanks!""")
    # ---------------- de
    m(B, "de", "a1", "A", "rhetorisch", "Ernsthaft?",
"""Soll ich Ihnen jetzt jede Woche hinterhertelefonieren? Seit sechs Wochen warte ich auf eine Gutschrift. Mir platzt gleich der Kragen.""")
    m(B, "de", "b1", "B", "lockerer Fehlerbericht", "Komisches Verhalten",
"""Hi, wenn ich in der Kundenübersicht nach Umsatz sortiere, landen die Kunden mit über 10.000 € ganz unten statt oben. Sieht aus, als würde er die Zahlen wie Text sortieren. LG Max""")
    m(B, "de", "n1", "", "freundliche Erinnerung", "Kurze Nachfrage",
"""Hallo, ich wollte kurz nachhaken, ob meine Anfrage zur Adressänderung angekommen ist. Vielen Dank und schönes Wochenende!""")
    # ---------------- da
    m(B, "da", "a1", "A", "ultimatum", "Sidste chance",
"""Det her er sidste gang jeg skriver. Har jeg ikke pengene retur inden fredag, går jeg til Forbrugerrådet og skifter selskab. Jeg er virkelig træt af at blive ignoreret.""")
    m(B, "da", "b1", "B", "løs fejlbeskrivelse", "Mærkelig fejl",
"""Hej, når jeg kopierer en ordre, kommer leveringsadressen fra den gamle kunde med over på den nye, selvom jeg har valgt en anden kunde. Det har den ikke gjort før. /Bo""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "retoric, supărat", "Pe bune?",
"""Pe bune? Încă o lună în care plătesc pentru un serviciu care nu merge. Cât mai trebuie să aștept? Sunt extrem de nervos.""")
    m(B, "ro", "b1", "B", "bug: export în Excel cu zecimale greșite", "Zecimale greșite în export",
"""Bună ziua, la exportul în Excel, prețurile cu zecimale apar înmulțite cu 100 (12,50 devine 1250). În aplicație sunt corecte. Mulțumesc, Dan""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "ultimatum", "Ostatnie ostrzeżenie",
"""To ostatni raz, kiedy proszę o zwrot pieniędzy. Jeśli do piątku nic się nie zmieni, zgłaszam sprawę do banku i rezygnuję. Mam już tego dość.""")
    m(B, "pl", "b1", "B", "luźny opis błędu", "Dziwne zachowanie",
"""Hej, jak zmieniam godzinę wizyty w kalendarzu przeciągając ją myszką, to klient dostaje SMS z dawną godziną, nie nową. Jak zmieniam ręcznie w formularzu, SMS jest dobry. Pozdro, Adam""")
    m(B, "pl", "n1", "", "przypomnienie", "Przypomnienie",
"""Dzień dobry, czy mogę prosić o informację, na jakim etapie jest moje zgłoszenie z zeszłego tygodnia? Pozdrawiam serdecznie.""")
    # ---------------- es
    m(B, "es", "a1", "A", "retórica", "¿En serio?",
"""¿De verdad tengo que llamar cinco veces para que alguien me haga caso? Esto ya pasa de castaño oscuro. Estoy indignada.""")
    m(B, "es", "b1", "B", "bug contado suelto", "Cosa rara con los pedidos",
"""Hola, cuando un cliente paga con Bizum el pedido se queda como "pendiente" aunque el dinero ya nos ha llegado. Con tarjeta se marca como pagado bien. Saludos, Rocío""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "ultimatum glacial", "Dernier message",
"""Ceci est mon dernier message avant de saisir ma banque. Trois mois que j'attends un remboursement promis. Ma patience a des limites, et vous les avez largement dépassées.""")
    m(B, "fr", "b1", "B", "bug raconté", "Souci avec les remises",
"""Bonjour, quand j'applique une remise de 10 % sur une facture puis que je modifie une quantité, la remise est recalculée sur l'ancien montant. Je dois la supprimer et la remettre pour que ce soit juste. Merci, Hugo""")
    m(B, "fr", "n1", "", "relance polie", "Relance",
"""Bonjour, je me permets de vous relancer concernant ma demande de la semaine dernière. Bonne journée à vous !""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "retorisch", "Serieus?",
"""Moet ik nu echt elke week bellen om mijn geld terug te krijgen? Zes weken wachten. Ik ben er helemaal klaar mee en ik ben woest.""")
    m(B, "nl", "b1", "B", "los foutverhaal", "Raar gedrag planning",
"""Hoi, als ik een afspraak verplaats in de dagweergave, krijgt de klant een bevestiging met de oude tijd. In de weekweergave gaat het wel goed. Groet, Femke""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "retorisk", "Allvarligt?",
"""Ska jag verkligen behöva ringa varje vecka för att få tillbaka mina pengar? Sex veckor nu. Jag är så less på er.""")
    m(B, "sv", "b1", "B", "löst felbeskrivning", "Konstigt med momsen",
"""Hej, när jag lägger till en rad med 6 % moms på en faktura som redan har 25 %, räknas hela fakturan om till 6 %. Var för sig funkar det. /Per""")
    m(B, "sv", "n1", "", "avbrott", "Nere?",
"""Hej, är hela tjänsten nere? Ingen här på kontoret kommer in sedan lunch.""")
    # ---------------- it
    m(B, "it", "a1", "A", "ultimatum", "Ultimo avviso",
"""Questo è l'ultimo messaggio che vi mando. Se entro venerdì non vedo il rimborso, mi rivolgo alla banca e chiudo tutto. La mia pazienza è finita.""")
    m(B, "it", "b1", "B", "bug raccontato", "Strano comportamento",
"""Ciao, quando duplico un preventivo, il nuovo preventivo ha lo stesso numero del vecchio invece del successivo. Se lo creo da zero il numero è giusto. Grazie, Giulia""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "retórica", "A sério?",
"""A sério que tenho de ligar todas as semanas para ter o meu dinheiro de volta? Seis semanas. Estou completamente farta desta empresa.""")
    m(B, "pt", "b1", "B", "bug contado", "Coisa estranha nas faturas",
"""Olá, quando emito uma fatura com desconto, o PDF mostra o valor sem desconto mas o total já com desconto. No ecrã aparece tudo bem. Obrigado, Pedro""")
    m(B, "pt", "n1", "", "pergunta", "Dúvida",
"""Olá, é possível ter dois utilizadores com o mesmo email? Obrigada!""")
