"""devset11 angry-urgent, batch 8 (written after b7 tuning, measured before tuning on it)."""
B = "b8"

def add_b8(m):
    m(B, "en", "a1", "A", "angry, specific, no stock words", "Locked out AGAIN",
"""Third Monday in a row I can't get into my account first thing. I run a dental practice, I don't have time to sit on hold for 40 minutes every week while my patients wait. Sort it out properly this time or I'm taking the practice somewhere else.""", free="U")
    m(B, "en", "a2", "A", "resigned, bitter", "Whatever",
"""At this point I've stopped expecting an answer. Two months, five emails, nothing. I'll just dispute the charges with my card company and be done with you.""")
    m(B, "en", "u1", "U", "hospital-adjacent: rota must publish tonight", "Rota won't publish - needed tonight",
"""The staff rota won't publish and nurses need to see tomorrow's shifts tonight. Please can someone look at this as a matter of urgency? Ward manager, 0114 000 1234.""")
    m(B, "en", "n1", "", "calm, patient follow-up, 'still waiting' mild", "Checking in",
"""Hi, I'm still waiting to hear back about the data export but honestly no rush, I know it's a busy time of year. Thanks, Martin""")
    m(B, "de", "a1", "A", "angry", "Unzumutbar",
"""Wie oft soll ich Ihnen eigentlich noch schreiben? Seit Wochen keine Lösung, nur leere Versprechen. Ich habe die Faxen dicke.

R. Hoffmann""")
    m(B, "de", "u1", "U", "payroll bank transfer by noon", "Gehaltsüberweisung bis 12 Uhr",
"""Guten Morgen, die Gehälter müssen bis 12 Uhr bei der Bank sein und die SEPA-Datei wird abgelehnt. Bitte helfen Sie uns schnellstmöglich! Buchhaltung Meyer GmbH""")
    m(B, "da", "a1", "A", "angry", "Uacceptabelt",
"""Jeg har nu ringet fem gange og skrevet tre mails, og ingen kan give mig et svar. Det er simpelthen ikke i orden at behandle kunder sådan. Vi skifter til en konkurrent.

Niels""")
    m(B, "da", "n1", "", "resolved", "Re: Fejl",
"""Hej Ida, det var akut i morges, men nu virker det igen. Tak for den hurtige hjælp! Mvh Karen""")
    m(B, "ro", "a1", "A", "angry", "Inacceptabil",
"""Este a treia lună la rând când factura vine greșită. Sincer, mă întreb dacă mai are cineva grijă de clienți la voi. Sunt extrem de nemulțumit.

Radu""")
    m(B, "ro", "n1", "", "calm", "Întrebare",
"""Bună ziua, cum pot adăuga un utilizator nou în cont? Mulțumesc, Paula""")
    m(B, "pl", "a1", "A", "angry, sarcastic", "Gratulacje",
"""Gratulacje, po raz kolejny udało się wam zgubić moje zamówienie. Zaczynam się zastanawiać, czy w ogóle komuś u was zależy na klientach.

Monika""")
    m(B, "pl", "u1", "U", "pharmacy, patients queue", "Apteka - system nie działa",
"""Dzień dobry, w aptece nie działa system e-recept, a w kolejce stoi kilkanaście osób. Proszę o natychmiastowy kontakt: 22 123 45 67.""")
    m(B, "es", "a1", "A", "exasperation", "Estoy harta",
"""Ya no sé cómo decirlo. Cuatro correos, dos llamadas y seguimos igual. Me parece una falta de seriedad tremenda.

Begoña""")
    m(B, "es", "n1", "", "polite", "Consulta",
"""Hola, ¿podéis decirme cómo añadir un segundo usuario? Cuando tengáis un rato. ¡Gracias! Álvaro""")
    m(B, "fr", "a1", "A", "angry", "Ras-le-bol",
"""Quatre mois que je signale le même bug. Quatre mois qu'on me promet un correctif. Je commence à croire que vous vous fichez complètement de vos clients.

Nicolas""")
    m(B, "fr", "u1", "U", "shop, terminals", "Caisses bloquées",
"""Bonjour, toutes nos caisses sont bloquées depuis 11h, c'est samedi et le magasin est plein. Merci de nous appeler immédiatement au 03 20 00 00 00. Magasin Lille Centre""")
    m(B, "nl", "a1", "A", "angry", "Klaar",
"""Ik heb het nu vijf keer uitgelegd aan vijf verschillende mensen. Niemand leest blijkbaar wat er eerder is geschreven. Dit is echt om moedeloos van te worden.

Sandra""")
    m(B, "nl", "n1", "", "not urgent", "Vraag",
"""Hoi, kan ik de taal van de app op Engels zetten? Geen spoed. Groetjes, Tim""")
    m(B, "sv", "a1", "A", "angry", "Besviken",
"""Det här är tredje gången på två veckor som systemet ligger nere mitt under arbetsdagen. Jag är ärligt talat förbannad. Vi betalar för en tjänst som ska fungera.

Lars""")
    m(B, "sv", "u1", "U", "deadline today", "Deadline idag",
"""Hej, vi måste lämna in anbudet senast kl 16 idag och kan inte ladda upp filerna. Snälla hjälp oss så fort som möjligt! /Ida""")
    m(B, "it", "a1", "A", "angry", "Basta",
"""Basta, davvero. Un mese di promesse e ancora niente. Mi sembra di parlare con un muro.

Giorgio""")
    m(B, "it", "u1", "U", "ecommerce: black friday orders blocked", "Ordini bloccati - Black Friday",
"""Buongiorno, oggi è Black Friday e da un'ora non passa nessun ordine sul nostro sito. Stiamo perdendo vendite ogni minuto, vi prego di intervenire subito. Negozio Verdi""")
    m(B, "pt", "a1", "A", "BR angry", "Revoltante",
"""Sinceramente, que falta de consideração. Uma semana esperando um retorno que nunca veio. Já abri reclamação no Reclame Aqui.

Beatriz""")
    m(B, "pt", "n1", "", "calm", "Dúvida",
"""Olá, como altero o e-mail de cobrança? Sem urgência. Obrigado, Rui""")
