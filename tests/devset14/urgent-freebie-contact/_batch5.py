"""batch 5 = precision batch (measured before tuning): hard negatives that touch the round-12 entries
('grazie per ieri', 'a mi juicio', French marketing 'audience', 'right now we need', 'we now need',
'bare os to', 'Sie auf LinkedIn', 'quiero que me expliquen el descuento', 'take X off the invoice',
'dropper betalingen med kort', support line mobile number, reach you at the weekend = support hours),
plus a few positives so recall is still watched."""
B = "b5"

def add_b5(m):
    # ---------------- it
    m(B, "it", "n4", "", "grazie per ieri (thanks for yesterday) + routine question", "Grazie per ieri",
"""Ciao Marta, grazie per ieri! Una domanda: come faccio ad aggiungere un secondo magazzino nelle impostazioni? Quando hai tempo.

Luisa""")
    m(B, "it", "n5", "", "il notaio as a customer (routine), domani", "Modello atto",
"""Buongiorno, sono il notaio Bellini. Domani vorrei caricare un nuovo modello di atto: esiste una guida? Grazie""")
    m(B, "it", "n6", "", "senza passare dall'assistenza (self-service question)", "Password",
"""Salve, posso reimpostare la password direttamente senza passare dall'assistenza? Grazie, Giada""")
    m(B, "it", "u5", "U", "serve per ieri (positive kept)", "Bolle",
"""Le bolle di consegna ci servono per ieri, il corriere passa alle 11 e il programma non le stampa.

Magazzino Conti""")
    # ---------------- es
    m(B, "es", "n5", "", "a mi juicio ... antes del lunes (opinion, routine)", "Sugerencia",
"""Hola, a mi juicio el informe mensual sería más claro con gráficos. ¿Lo podríais tener en cuenta para la versión que sale antes del lunes? Gracias, Ramón""")
    m(B, "es", "n6", "", "quiero que me expliquen el descuento por volumen", "Descuento por volumen",
"""Buenas, quiero que me expliquen cómo funciona el descuento por volumen antes de decidir. Gracias, Noelia""")
    m(B, "es", "n7", "", "necesito que me confirméis si ya está (already)", "Cambio de plan",
"""Hola, necesito que me confirméis si ya está hecho el cambio de plan que pedí el martes. Gracias, Sergio""")
    m(B, "es", "n8", "", "no nos urge", "Exportación",
"""Hola, no nos urge, pero cuando podáis decidnos cómo exportar los contactos a CSV. Saludos, Mar""")
    # ---------------- fr
    m(B, "fr", "n4", "", "audience = marketing audience, demain", "Segmentation",
"""Bonjour, comment segmenter notre audience avant l'envoi de la newsletter de demain ? Nous voulons cibler uniquement les clients actifs. Merci, Camille""")
    m(B, "fr", "n5", "", "on se voit pour la démo (sales meeting)", "Démo",
"""Bonjour, on se voit toujours jeudi pour la démo avec votre commercial ? Cordialement, Julien Bernard""")
    m(B, "fr", "f5", "F", "positive kept: offrir l'installation", "Installation",
"""Vu le retard, je trouve normal que vous nous offriez l'installation du deuxième poste. Cordialement, M. Lefèvre""")
    # ---------------- en
    m(B, "en", "n10", "", "right now we need to know the price", "pricing",
"""Hi, right now we need to know the price for 10 more users, we're doing next year's budget. Thanks, Harriet""")
    m(B, "en", "n11", "", "now that we moved, need to update address", "new address",
"""Now that we've moved offices we need to update the billing address on our account. New address below.

12 Mill Lane, Leeds LS1 4AB""")
    m(B, "en", "n12", "", "support line mobile number, support hours at weekend", "weekend support",
"""Hi, what's the mobile number for your support line so I can call you if the till fails on a Saturday? Can I reach you at the weekend at all, or only weekdays? Thanks, Brian""")
    m(B, "en", "n13", "", "take old company name off the invoice, I want", "invoice name",
"""Hi, please take our old company name off the invoice, I want it to show Harlow Build Ltd from now on. Thanks, Karen""")
    m(B, "en", "n14", "", "I urge you to add dark mode (feature wish)", "dark mode",
"""I urge you to add a dark mode, my eyes would thank you. Love the app otherwise! - Zoe""")
    m(B, "en", "n15", "", "customer asks agent to call her colleague personally? no: asks to call him (colleague) back", "call back",
"""Hi, Dave in our accounts team missed your call. Could you reach him on his mobile, 07700 900 777, this afternoon? Thanks, Sue""")
    m(B, "en", "p6", "P", "positive kept: your own number, evenings", "thanks Raj",
"""Raj, would you mind giving me your own number? I'd rather text you in the evenings than raise tickets. Cheers, Bill""")
    # ---------------- de
    m(B, "de", "n4", "", "Wir haben Sie auf LinkedIn gefunden (company prospect)", "Demo-Anfrage",
"""Guten Tag, wir haben Sie auf LinkedIn gefunden und interessieren uns für eine Demo Ihrer Software für 30 Arbeitsplätze. Mit freundlichen Grüßen, Stefan Huber""")
    m(B, "de", "n5", "", "Preisverhandlung / Verhandlung morgen (sales)", "Angebot",
"""Hallo, für die Verhandlung morgen mit unserem Einkauf bräuchte ich das aktuelle Angebot als PDF. Danke, Tanja""")
    m(B, "de", "u5", "U", "positive kept: Gerichtstermin morgen", "Akte",
"""Ich habe morgen früh einen Gerichtstermin und komme nicht an die Akte im Portal. Bitte helfen Sie mir noch heute. RA Vogel""")
    # ---------------- da
    m(B, "da", "n4", "", "dropper betalingen med kort (payment method)", "Betaling",
"""Hej, hvis jeg dropper betalingen med kort og skifter til faktura, hvornår kommer den første faktura så? Mvh Anne""")
    m(B, "da", "n5", "", "bare os to bruger systemet, billigere plan? (question)", "Plan",
"""Hej, det er bare os to, der bruger systemet. Har I en billigere plan til så små firmaer? Mvh Per og Lone""")
    m(B, "da", "f3", "F", "positive kept: I dropper betalingen", "November",
"""Efter nedbruddet regner jeg med, at I dropper betalingen for november. Hilsen Niels""")
    # ---------------- sv
    m(B, "sv", "n4", "", "ni sänker priset i januari? (question)", "Pris januari",
"""Hej, jag läste att ni sänker priset för småföretag i januari. Gäller det oss automatiskt? /Ulla""")
    m(B, "sv", "n5", "", "ska vi ses över en fika? to a sales rep about demo (meeting, company)", "Demo",
"""Hej, vi skulle vilja ha en demo för hela kontoret. Kan er säljare komma förbi nästa vecka? /Bengt""")
    # ---------------- nl
    m(B, "nl", "n5", "", "zitting van de gemeenteraad (council session) routine", "Agenda",
"""Hallo, kunnen we de agenda voor de zitting van de gemeenteraad volgende maand ook als PDF exporteren? Groet, griffie""")
    m(B, "nl", "p3", "P", "positive: privé-mail buiten kantoortijd", "Dank je Joris",
"""Joris, mag ik je privé-mail? Dan kan ik je buiten kantoortijd iets sturen zonder het hele ticketgedoe. Groet, Ruud""")
    # ---------------- pt
    m(B, "pt", "n4", "", "pt-BR abono salarial (HR module)", "Abono",
"""Oi, como lanço o abono de férias no módulo de RH? Obrigado, Marcos""")
    m(B, "pt", "n5", "", "pt-PT, preço para associações", "Associação",
"""Boa tarde, têm condições especiais para associações culturais? Cumprimentos, Inês""")
    # ---------------- pl
    m(B, "pl", "n4", "", "niezwłocznie po wystawieniu (routine instruction)", "Faktury",
"""Dzień dobry, proszę o przesyłanie faktur na nowy adres e-mail, najlepiej niezwłocznie po wystawieniu. Dziękuję, Barbara""")
    m(B, "pl", "n5", "", "pyta o rabat dla szkół", "Rabat dla szkoły",
"""Dzień dobry, czy jest rabat dla szkół podstawowych? Pozdrawiam, Ewa""")
    # ---------------- ro
    m(B, "ro", "n3", "", "camionul in aplicatie (routine), maine", "Rute",
"""Buna, cum adaug un camion nou in aplicatie ca sa il pot programa de maine? Multumesc, Ciprian""")
    m(B, "ro", "n4", "", "numarul de mobil al firmei pentru facturi", "Telefon",
"""Buna ziua, care este numarul de mobil al departamentului de facturare? Multumesc""")
    # ---------------- nb / fi
    m(B, "nb", "n3", "", "vi må ha flere brukere (routine)", "Flere brukere",
"""Hei, vi må ha to brukere til neste måned. Hva koster det? Mvh Tone""")
    m(B, "fi", "n3", "", "alennus kysymys", "Alennus",
"""Hei, saako vuosimaksusta alennusta? Kiitos, Jussi""")
