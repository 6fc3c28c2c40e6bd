"""devset11 freebie-contact-manager, batch 9 (written after b8 tuning; measured before tuning on it)."""
B = "b9"

def add(m):
    # ---------------- en
    m(B, "en", "f21", "F", "SLA uptime missed, service credits we're owed", "SLA - October",
"""Hi,

Our contract guarantees 99.9% uptime. You didn't hit that in October, so we want the service credits we're owed applied to the December invoice.

Regards,
Fiona Grant
Head of IT""")
    m(B, "en", "f22", "F", "apply a goodwill credit to our account", "Re: Incident 4471",
"""Thanks for the update. In light of the issues we've had, please apply a goodwill credit to our account.

Best
Sunil

-----Original Message-----
From: Support
> The incident has been resolved.""")
    m(B, "en", "f23", "F", "appreciate if next two months weren't billed (HTML)", "Next two months",
"""Hello,

Given how much time we've lost, we'd appreciate it if the next two months weren't billed.

Thank you,
Corinne""", fmt="html")
    m(B, "en", "p16", "P", "call you on your mobile instead of switchboard", "Next time",
"""Can I just call you on your mobile next time instead of going through the switchboard? It takes ages.""")
    m(B, "en", "p17", "P", "fancy a coffee sometime", "you're lovely",
"""Honestly you're lovely. Fancy a coffee sometime? I'm in Manchester too :)""")
    m(B, "en", "m8", "M", "get me your supervisor", "NOW",
"""Get me your supervisor. Now.""")
    m(B, "en", "n34", "", "charged for 12 seats, refund difference", "Seats",
"""We were charged for 12 seats but only have 10 users. Please correct the invoice and refund the difference. Thanks, Neil""")
    m(B, "en", "n35", "", "send contract to our office address", "Contract",
"""Please send the signed contract to our office address in Leeds, not to the registered address. Thanks""")
    m(B, "en", "n36", "", "as the new practice manager, access billing page", "Access",
"""As the new practice manager I'd like access to the billing page. Who can grant that? Thanks, Joanne""")

    # ---------------- de
    m(B, "de", "f13", "F", "Rabatt auf die Verlängerung für die Unannehmlichkeiten", "Verlängerung",
"""Könnten Sie uns für die Unannehmlichkeiten einen Rabatt auf die Verlängerung geben? Danke, Helga Simon""")
    m(B, "de", "p9", "P", "gib mir deine Nummer, WhatsApp", "Nummer",
"""Gib mir doch deine Nummer, dann schreib ich dir bei WhatsApp, geht schneller.""")
    m(B, "de", "n19", "", "Mengenrabatt ab 50 Lizenzen?", "Mengenrabatt",
"""Hallo, gibt es Mengenrabatt ab 50 Lizenzen? Gruß, Marc""")
    m(B, "de", "n20", "", "meine Handynummer aktualisieren", "Handynummer",
"""Bitte aktualisieren Sie meine Handynummer im Konto: 0160 9876543. Danke""")
    m(B, "de", "n21", "", "mein Vorgesetzter hat Verlängerung freigegeben", "Freigabe",
"""Hallo, mein Vorgesetzter hat die Verlängerung freigegeben, bitte schicken Sie uns die Rechnung. Gruß, Dana""")

    # ---------------- da
    m(B, "da", "f10", "F", "krediterer os for de dage", "Nedetid",
"""Hej, vi forventer, at I krediterer os for de dage, hvor systemet var nede. Mvh Jonna""")
    m(B, "da", "p7", "P", "kop kaffe efter fyraften", "Kaffe",
"""Kan vi ikke tage resten over en kop kaffe efter fyraften? Jeg giver.""")
    m(B, "da", "n10", "", "tak for kreditnotaen", "Kreditnota",
"""Tak for kreditnotaen, den er modtaget og bogført. Mvh Else""")

    # ---------------- sv
    m(B, "sv", "f10", "F", "ni borde kreditera oss", "Driftstopp",
"""Ni borde kreditera oss för driftstoppet förra veckan. /Rickard""")
    m(B, "sv", "p9", "P", "har du Instagram, följa dig", "Instagram",
"""Har du Instagram? Jag vill gärna följa dig! /Moa""")
    m(B, "sv", "n16", "", "telefonnummer till fakturaavdelningen", "Faktura",
"""Hej, vad är ert telefonnummer till fakturaavdelningen? /Kent""")

    # ---------------- nl
    m(B, "nl", "f10", "F", "kosten van november crediteren", "November",
"""Kunnen jullie de kosten van november crediteren? Het systeem lag de helft van de maand plat. Groet, Sjoerd""")
    m(B, "nl", "p9", "P", "privé e-mailadres geven", "Mail",
"""Wil je me je privé e-mailadres geven? Dan stuur ik je de bestanden.""")
    m(B, "nl", "m6", "M", "doorverbinden met uw leidinggevende", "Doorverbinden",
"""Kunt u mij doorverbinden met uw leidinggevende?""")

    # ---------------- fr
    m(B, "fr", "f10", "F", "nous faire cadeau du mois de décembre", "Décembre",
"""Pourriez-vous nous faire cadeau du mois de décembre ? Ce serait un geste apprécié après ce trimestre. Cordialement, Lucie""")
    m(B, "fr", "p9", "P", "votre numéro de portable, appeler directement", "Portable",
"""Donnez-moi votre numéro de portable, je vous appellerai directement.""")
    m(B, "fr", "n17", "", "code promo BLACKFRIDAY ne fonctionne pas", "Code promo",
"""Votre code promo BLACKFRIDAY ne fonctionne pas sur la page de paiement.""")
    m(B, "fr", "n18", "", "mettre en copie ma responsable", "Copie",
"""Merci de mettre en copie ma responsable, Mme Petit, dans vos prochaines réponses. Cordialement, Inès""")

    # ---------------- es
    m(B, "es", "f10", "F", "nos hicierais un abono por los días sin servicio", "Abono",
"""Me parecería justo que nos hicierais un abono por los días sin servicio. Un saludo, Begoña""")
    m(B, "es", "p9", "P", "llamar a tu móvil directamente", "Móvil",
"""¿Te puedo llamar a tu móvil directamente? Es que por la centralita tardo media hora.""")
    m(B, "es", "n17", "", "prueba gratuita incluye módulo", "Prueba",
"""¿La prueba gratuita incluye el módulo de inventario? Gracias""")
    m(B, "es", "n18", "", "WhatsApp Business para atención al cliente", "WhatsApp",
"""¿Tenéis WhatsApp Business para atención al cliente? Gracias""")

    # ---------------- it
    m(B, "it", "f10", "F", "scalare dalla prossima fattura i giorni di disservizio", "Fattura",
"""Vi chiediamo di scalare dalla prossima fattura i giorni di disservizio. Grazie, Cinzia""")
    m(B, "it", "p9", "P", "numero di cellulare personale", "Cellulare",
"""Posso avere il tuo numero di cellulare personale? Così ti chiamo se ci sono problemi.""")
    m(B, "it", "n14", "", "non chiedo sconti", "Funzionamento",
"""Non chiedo sconti, voglio solo che il programma funzioni come promesso.""")
    m(B, "it", "n15", "", "la mia responsabile vi ha già scritto", "Email",
"""La mia responsabile vi ha già scritto ieri per il rinnovo, avete ricevuto? Grazie, Nadia""")

    # ---------------- pt
    m(B, "pt", "f9", "F", "nos creditassem os dias parados", "Dias parados",
"""Gostaríamos que nos creditassem os dias em que o serviço esteve parado. Cumprimentos, Alice""")
    m(B, "pt", "p9", "P", "falar por fora, no seu telemóvel", "Contacto",
"""Posso falar consigo por fora, no seu telemóvel? Era mais rápido.""")
    m(B, "pt", "m7", "M", "escalado para um gestor", "Escalar",
"""Peço que o meu caso seja escalado para um gestor.""")
    m(B, "pt", "n12", "", "o nosso gerente de loja não vê relatórios", "Relatórios",
"""O nosso gerente de loja não consegue ver os relatórios desde ontem. Podem ajudar?""")

    # ---------------- pl
    m(B, "pl", "f9", "F", "skorygowanie faktury o dni awarii", "Faktura",
"""Prosimy o pomniejszenie faktury o dni, w których system nie działał. Pozdrawiam, Halina""")
    m(B, "pl", "m7", "M", "domagam się rozmowy z przełożonym", "Rozmowa",
"""Domagam się rozmowy z przełożonym.""")
    m(B, "pl", "n11", "", "adres do korespondencji, wypowiedzenie", "Adres",
"""Proszę o adres do korespondencji, chcemy wysłać wypowiedzenie umowy. Dziękuję""")

    # ---------------- ro
    m(B, "ro", "f9", "F", "să ne creditați zilele", "Zile",
"""Vă rugăm să ne creditați zilele în care platforma n-a funcționat. Mulțumim, Adina""")
    m(B, "ro", "m6", "M", "vorbesc cu șeful dumneavoastră", "Șef",
"""Vreau să vorbesc cu șeful dumneavoastră.""")
    m(B, "ro", "n7", "", "numărul departamentului de facturare", "Facturare",
"""Care este numărul de telefon al departamentului de facturare? Mulțumesc""")
