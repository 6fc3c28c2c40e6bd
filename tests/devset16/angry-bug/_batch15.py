"""devset16 angry-bug, batch 15 (measured before any tuning on it): precision for the b14 entries
(wrong size delivered, 'cos', 'je m'en fiche', 'just want out' of a contract calmly, 'day off',
'steht dort') plus fresh positives: anger by sarcasm about an anniversary, bugs in notifications."""
B = "b15"

def add_b15(m):
    m(B, "en", "n1", "", "wrong size delivered = exchange, not bug", "Exchange",
"""Hi, the trainers arrived in the wrong size (UK 8 instead of 9). Can I swap them? The order page shows the right size, so probably a packing slip-up. Thanks""")
    m(B, "en", "n2", "", "UK 'cos' + basket question", "Basket",
"""Hiya, can I leave things in my basket over the weekend cos I'm waiting for payday? Ta""")
    m(B, "en", "n3", "", "day off, calm", "Installation date",
"""Hi, I've booked Friday off for the install. Could you confirm the engineer is still coming between 8 and 12? Thanks!""")
    m(B, "fr", "n1", "", "je m'en fiche de la couleur", "Commande",
"""Bonjour, pour la housse je m'en fiche de la couleur, envoyez celle qui est en stock. Merci !""")
    m(B, "de", "n1", "", "steht dort: Frage", "Lieferzeit",
"""Hallo, auf der Produktseite steht dort „Lieferzeit 3–5 Tage“. Gilt das auch für Österreich? Danke""")
    m(B, "nl", "n1", "", "ik wil gewoon weg - reisvraag", "Reis",
"""Hoi, ik wil gewoon weg deze winter, hebben jullie nog last-minute reizen naar de zon? Groetjes""")
    m(B, "es", "n1", "", "talla: cambio", "Cambio de talla",
"""Hola, me llegó la talla S y necesito la M. ¿Cómo hago el cambio? Gracias.""")
    m(B, "it", "n1", "", "carrello: domanda", "Carrello",
"""Ciao, se lascio i prodotti nel carrello restano salvati per qualche giorno? Grazie!""")
    m(B, "en", "a1", "A", "sarcastic anniversary", "Happy anniversary to me",
"""Happy one-year anniversary of my complaint! Twelve months, nine agents, zero solutions. Honestly you should frame it.""")
    m(B, "de", "a1", "A", "sarkastisch", "Jubiläum",
"""Herzlichen Glückwunsch, meine Reklamation feiert heute ihr Einjähriges. Zwölf Monate, neun Mitarbeiter, null Lösung. Ich kann es nicht mehr hören.""")
    m(B, "fr", "a1", "A", "sarcastique", "Anniversaire",
"""Joyeux anniversaire à ma réclamation : un an aujourd'hui. Douze mois, neuf conseillers, zéro solution. Je n'en peux plus.""")
    m(B, "es", "a1", "A", "sarcástico", "Aniversario",
"""Feliz aniversario a mi reclamación: hoy cumple un año. Doce meses, nueve agentes, cero soluciones. Ya no puedo más.""")
    m(B, "en", "b1", "B", "bug: push notifications for wrong branch", "Notifications from the other shop",
"""Hi, since Monday my phone gets push notifications for bookings at our Leeds branch, but I'm only assigned to York. In the web app my settings show York only.""")
    m(B, "sv", "b1", "B", "bugg: notiser för fel butik", "Notiser från fel butik",
"""Hej, sedan i måndags får jag notiser om bokningar i Malmö-butiken fast jag bara är kopplad till Lund. I webbappen står bara Lund. /Klara""")
    m(B, "nl", "b1", "B", "bug: meldingen verkeerde vestiging", "Meldingen andere vestiging",
"""Hoi, sinds maandag krijg ik meldingen van boekingen in onze vestiging in Delft, terwijl ik alleen aan Leiden gekoppeld ben. In de webapp staat alleen Leiden. Groet, Sem""")
    m(B, "pt", "b1", "B", "bug: notificações da loja errada", "Notificações da outra loja",
"""Olá, desde segunda recebo notificações de marcações da loja de Braga, mas só estou associada à loja do Porto. Na aplicação web aparece só o Porto. Obrigada, Inês""")
