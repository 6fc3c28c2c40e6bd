"""devset16 angry-bug, batch 17 (measured before any tuning on it): precision for the b16 entries
('lost a customer' said of one's own shop, 'hours on hold' calmly, 'nota'/'texto', 'échoue' on a card
payment, 'on a second page' as a wish, 'smaller files go through' in a how-to)."""
B = "b17"

def add_b17(m):
    m(B, "en", "n1", "", "we lost a customer ourselves - asks for feature", "Idea",
"""We lost a customer last month because we couldn't send SMS reminders. Is that on your roadmap? Would love it.""")
    m(B, "en", "n2", "", "how-to: smaller files", "Compression",
"""Hi, is there a way to compress images before upload? Smaller files go through faster on our slow connection. Thanks""")
    m(B, "en", "n3", "", "wish: terms on a second page", "Invoice layout",
"""Hello, could we have the terms and conditions printed on a second page of the invoice instead of squeezed at the bottom? Thanks!""")
    m(B, "es", "n1", "", "nota / texto: pregunta", "Notas",
"""Hola, ¿se puede añadir una nota con texto libre a cada cita? ¿Dónde está esa opción? Gracias.""")
    m(B, "es", "n2", "", "cargo desaparecido: gracias", "Resuelto",
"""Hola, el cargo duplicado ha desaparecido de mi extracto. ¡Gracias por la rapidez!""")
    m(B, "fr", "n1", "", "paiement échoue: carte expirée", "Paiement",
"""Bonjour, mon paiement échoue car ma carte a expiré. Comment mettre à jour mes coordonnées bancaires ? Merci.""")
    m(B, "de", "n1", "", "Kopfzeile: Frage", "Kopfzeile",
"""Hallo, wie ändere ich die Kopfzeile auf den Rechnungen? Ich finde es nicht in den Einstellungen.""")
    m(B, "nl", "n1", "", "huisregel / klant kwijt aan concurrent (eigen zaak)", "Vraag",
"""Hoi, we zijn vorige maand een klant kwijtgeraakt aan de concurrent omdat we geen online boeken hadden. Kunnen jullie dat voor ons instellen? Groet""")
    m(B, "it", "n1", "", "ore in attesa, calmo", "Grazie",
"""Buongiorno, ieri sono rimasto un po' in attesa al telefono, ma la collega è stata gentilissima e ha risolto tutto. Grazie!""")
    m(B, "pt", "n1", "", "ficheiro: como", "Ficheiros",
"""Olá, qual é o formato de ficheiro aceite para importar clientes? Obrigado.""")
    m(B, "da", "n1", "", "teksten: spørgsmål", "Tekst på faktura",
"""Hej, hvordan ændrer jeg teksten nederst på fakturaen? Mvh Per""")
    m(B, "sv", "n1", "", "förlorat en kund - egen butik, tack", "Tack",
"""Hej, vi höll på att förlora en kund förra veckan, men er nya påminnelsefunktion räddade bokningen. Tack!""")
