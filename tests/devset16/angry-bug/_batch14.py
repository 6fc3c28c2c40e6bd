"""devset16 angry-bug, batch 14 (measured before any tuning on it): generalisation 4, mostly positives
from fresh writers (telecom, webshop, booking tool, accounting); a few negatives."""
B = "b14"

def add_b14(m):
    m(B, "en", "a1", "A", "telecom, weary", "Broadband",
"""Another engineer no-show. I took the day off for nothing, again. I'm genuinely at the point where I don't care about the exit fee, I just want out.""")
    m(B, "en", "b1", "B", "webshop variant bug", "Wrong size added to basket",
"""Hi, on the product page if I pick size M and click Add to basket, the basket shows size S. Happens with every shoe, not with t-shirts. Phone and laptop both.""")
    m(B, "en", "n1", "", "calm note", "Small note",
"""Hi, the parcel arrived a bit squashed but the contents are fine. Just letting you know for the courier. Thanks!""")
    m(B, "de", "a1", "A", "Telekom, resigniert", "Wieder kein Techniker",
"""Wieder kein Techniker, wieder einen Urlaubstag verschwendet. Ich bin es so leid. Ehrlich, die Vertragsstrafe ist mir inzwischen egal, ich will nur noch raus.""")
    m(B, "de", "b1", "B", "Webshop: falsche Größe", "Falsche Größe im Warenkorb",
"""Hallo, wenn ich auf der Produktseite Größe M wähle und in den Warenkorb lege, steht dort Größe S. Passiert bei allen Schuhen, bei T-Shirts nicht. Gruß, Nils""")
    m(B, "da", "a1", "A", "træt", "Igen ingen tekniker",
"""Igen ingen tekniker. Jeg tog fri for ingenting. Jeg er så træt af det her, jeg vil bare ud af aftalen.""")
    m(B, "da", "b1", "B", "forkert størrelse", "Forkert størrelse i kurven",
"""Hej, når jeg vælger størrelse M og lægger i kurven, står der størrelse S i kurven. Det sker med alle sko. /Ida""")
    m(B, "ro", "a1", "A", "obosit", "Iar fără tehnician",
"""Iar n-a venit tehnicianul. Mi-am luat liber degeaba. Nu mă mai interesează penalitatea, vreau doar să scap de voi.""")
    m(B, "ro", "b1", "B", "mărime greșită", "Mărime greșită în coș",
"""Bună, aleg mărimea M și apăs „Adaugă în coș”, dar în coș apare mărimea S. Se întâmplă la toate încălțămintele. Mulțumesc, Paula""")
    m(B, "pl", "a1", "A", "zmęczony", "Znowu bez technika",
"""Znowu technik nie przyszedł. Wziąłem urlop na darmo. Nie obchodzi mnie już kara umowna, chcę się od was uwolnić.""")
    m(B, "pl", "b1", "B", "zły rozmiar", "Zły rozmiar w koszyku",
"""Cześć, wybieram rozmiar M i klikam 'Dodaj do koszyka', a w koszyku jest rozmiar S. Dzieje się tak przy wszystkich butach. Pozdrawiam, Julia""")
    m(B, "es", "a1", "A", "cansado", "Otra vez sin técnico",
"""Otra vez sin técnico. Me cogí el día libre para nada. Me da igual la penalización, solo quiero irme de vuestra compañía.""")
    m(B, "es", "b1", "B", "talla equivocada", "Talla equivocada en la cesta",
"""Hola, elijo la talla M y le doy a "Añadir a la cesta", pero en la cesta aparece la talla S. Pasa con todos los zapatos. Un saludo, Eva""")
    m(B, "fr", "a1", "A", "las", "Encore sans technicien",
"""Encore aucun technicien. J'ai posé un jour de congé pour rien. Les frais de résiliation, je m'en fiche, je veux juste partir.""")
    m(B, "fr", "b1", "B", "mauvaise taille", "Mauvaise taille dans le panier",
"""Bonjour, je choisis la taille M et je clique sur « Ajouter au panier », mais le panier affiche la taille S. Ça arrive avec toutes les chaussures. Merci, Zoé""")
    m(B, "nl", "a1", "A", "moe", "Weer geen monteur",
"""Weer geen monteur. Voor niets een dag vrij genomen. De opzegkosten kunnen me niets meer schelen, ik wil gewoon weg.""")
    m(B, "nl", "b1", "B", "verkeerde maat", "Verkeerde maat in winkelwagen",
"""Hoi, ik kies maat M en klik op 'In winkelwagen', maar in de winkelwagen staat maat S. Dat gebeurt bij alle schoenen. Groet, Job""")
    m(B, "sv", "a1", "A", "trött", "Ingen tekniker igen",
"""Ingen tekniker igen. Tog ledigt i onödan. Jag skiter i uppsägningsavgiften, jag vill bara bort från er.""")
    m(B, "sv", "b1", "B", "fel storlek", "Fel storlek i varukorgen",
"""Hej, jag väljer storlek M och klickar 'Lägg i varukorg', men i varukorgen står storlek S. Det händer med alla skor. /Vera""")
    m(B, "it", "a1", "A", "stanco", "Di nuovo niente tecnico",
"""Di nuovo nessun tecnico. Ho preso un giorno di ferie per niente. Della penale non mi importa più, voglio solo andarmene.""")
    m(B, "it", "b1", "B", "taglia sbagliata", "Taglia sbagliata nel carrello",
"""Ciao, scelgo la taglia M e clicco su 'Aggiungi al carrello', ma nel carrello compare la taglia S. Succede con tutte le scarpe. Grazie, Marta""")
    m(B, "pt", "a1", "A", "cansado", "Outra vez sem técnico",
"""Outra vez sem técnico. Tirei o dia de folga para nada. Já não me interessa a multa, só quero sair.""")
    m(B, "pt", "b1", "B", "tamanho errado", "Tamanho errado no carrinho",
"""Olá, escolho o tamanho M e carrego em 'Adicionar ao carrinho', mas no carrinho aparece o tamanho S. Acontece com todos os sapatos. Obrigada, Sofia""")
    m(B, "sv", "n1", "", "fråga storlek", "Storlek",
"""Hej, hur stora är era skor i storlek? Ska man ta en storlek större? Tack!""")
