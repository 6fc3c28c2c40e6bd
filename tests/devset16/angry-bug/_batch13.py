"""devset16 angry-bug, batch 13 (measured before any tuning on it): precision for the b11/b12 entries
('syns inte', 'nie widać', 'no incluye', 'non include', 'arrow', 'normally', 'won't be treated like
this' said kindly, 'promesas vacías' about politics, 'tomme løfter' in a quote) in harmless mail."""
B = "b13"

def add_b13(m):
    m(B, "en", "n1", "", "how-to: arrow icon", "Arrow icon",
"""Hi, what does the little arrow next to each invoice mean? I normally just open them directly. Thanks""")
    m(B, "en", "n2", "", "thanks, treated like this", "Wow",
"""I've never been treated like this by a support team – in the best way. Thank you, Priya, you went above and beyond.""")
    m(B, "en", "n3", "", "polite billing: apology not needed", "Small billing thing",
"""Hi, no need for an apology, these things happen – could you just move my renewal date to the 5th? Thanks!""")
    m(B, "de", "n1", "", "Frage: leere Versprechen im Newsletter", "Ihr Newsletter",
"""Hallo, in Ihrem Newsletter stand „keine leeren Versprechen, sondern echte Ergebnisse“ – schöner Slogan! Gibt es den Bericht dazu auch als PDF?""")
    m(B, "da", "n1", "", "tomme løfter i et citat (politik)", "Arrangement",
"""Hej, til vores kundearrangement taler en politiker om 'tomme løfter i politik'. Kan vi låne jeres lokale torsdag? Mvh Ida""")
    m(B, "ro", "n1", "", "întrebare preț", "Preț",
"""Bună, prețul afișat include TVA? Mulțumesc!""")
    m(B, "pl", "n1", "", "nie widać różnicy – pochwała", "Nowa wersja",
"""Cześć, po aktualizacji wszystko działa płynnie, nie widać żadnej różnicy w szybkości nawet przy dużych plikach. Dzięki!""")
    m(B, "pl", "n2", "", "pytanie: gdzie przycisk", "Gdzie jest przycisk?",
"""Dzień dobry, gdzie znajdę przycisk do pobrania faktury? Nie mogę go znaleźć w menu. Dziękuję.""")
    m(B, "es", "n1", "", "precio: pregunta", "Precio",
"""Hola, ¿el precio no incluye el IVA, verdad? Es para pasarlo a contabilidad. Gracias.""")
    m(B, "es", "n2", "", "promesas vacías: política", "Charla",
"""Hola, organizamos una charla sobre 'promesas vacías en campaña electoral'. ¿Podemos usar vuestra sala? Gracias.""")
    m(B, "fr", "n1", "", "question prix", "Prix",
"""Bonjour, le total affiché sur le devis inclut-il la livraison ? Merci.""")
    m(B, "nl", "n1", "", "vraag totaal", "Totaal",
"""Hoi, is het totaal in de offerte inclusief verzendkosten? Groetjes""")
    m(B, "sv", "n1", "", "fråga: syns inte för kunden", "Intern anteckning",
"""Hej, om jag skriver en intern anteckning på ordern, syns inte den för kunden då? Vill bara vara säker. Tack!""")
    m(B, "it", "n1", "", "domanda spedizione", "Spedizione",
"""Ciao, il totale dell'ordine non include la spedizione se supero i 50 €? Grazie.""")
    m(B, "pt", "n1", "", "pergunta total", "Total",
"""Olá, o total da encomenda inclui os portes? Obrigada!""")
    m(B, "en", "b1", "B", "fresh bug: tab order", "Tab key jumps",
"""Hi, in the new customer form pressing Tab from the Email field jumps straight to the Save button and skips Phone and Address. Before last week's update Tab went through every field in order.""")
    m(B, "de", "a1", "A", "fresh angry", "Jetzt reicht es",
"""Jetzt reicht es mir endgültig. Vier Wochen warte ich auf einen Rückruf, der nie kommt. Ich bin stinksauer.""")
