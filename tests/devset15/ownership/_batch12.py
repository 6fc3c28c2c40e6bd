"""devset15 ownership, batch 12 = final mixed generalisation + precision batch (measured before tuning):
new wording for all themes, plus negatives touching b8-b11 entries (sold a car / a product, 'send it to
him', 'pra ele' forwarding an invoice, treasurer asking a question, new coordinator asking for training,
the account details 'to her', shop 'vendimos' more this month)."""
B = "b12"

def add_b12(m):
    # ---------------- es
    m(B, "es", "a1", "A", "es-MX, boss died, need account", "Urge acceso",
"""Buenas tardes, el dueño de la empresa falleció la semana pasada y él era el único con acceso. Soy el hijo y el nuevo responsable. Necesito que la cuenta pase a mí cuanto antes, tenemos nómina que pagar.

Iván Morales""")
    m(B, "es", "a2", "A", "asociación, new board, reply", "RE: Cambio de junta",
"""Os reenvío el acta otra vez. La presidenta saliente no va a colaborar, así que pedimos que el acceso de administración pase a la nueva junta, es decir, a mí como secretario.

Álvaro

> Estimado Álvaro, necesitamos el acta de la asamblea.""")
    m(B, "es", "n1", "", "shop sold a lot, routine", "Ventas",
"""Hola, este mes vendimos el doble y el panel no muestra bien las ventas de la tienda. ¿Podéis revisarlo?

Nacho""")
    m(B, "es", "n2", "", "forward invoice to her", "Reenvío de factura",
"""Hola, ¿le podéis mandar la factura a ella también? Es mi contable: contable@ejemplo.es

Gracias""")
    # ---------------- it
    m(B, "it", "a1", "A", "titolare morto, figlio", "Accesso urgente",
"""Buongiorno, mio padre, titolare della ditta, è mancato improvvisamente. Era l'unico con le credenziali. Ho bisogno che l'account venga trasferito a me per pagare i fornitori.

Nicola""")
    m(B, "it", "a2", "A", "new club board", "Nuovo direttivo",
"""Salve, è cambiato il direttivo del circolo tennis e il vecchio presidente aveva tutto sul suo nome. Chiediamo che l'account passi al nuovo presidente, cioè a me.

Enrico""")
    m(B, "it", "n1", "", "sold a product, question", "Vendite",
"""Ciao, ho venduto un prodotto ma l'ordine non compare nel gestionale. Come mai?""")
    m(B, "it", "n2", "", "send invoice to her", "Fattura",
"""Buongiorno, potete mandare la fattura a lei, la nostra commercialista? Grazie.""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "właściciel zmarł, syn", "Pilne - konto firmy",
"""Dzień dobry, właściciel firmy, mój ojciec, zmarł nagle. Tylko on miał dostęp. Proszę o przekazanie konta mnie jako następcy, mam dokumenty.

Michał""")
    m(B, "pl", "a2", "A", "new parish council", "Rada parafialna",
"""Szczęść Boże, zmieniła się rada parafialna, poprzedni skarbnik miał konto na siebie. Proszę przepisać konto na parafię i ustawić mnie jako administratora.

ks. Tadeusz""")
    m(B, "pl", "n1", "", "sprzedałem dużo", "Raport",
"""Dzień dobry, w tym miesiącu sprzedałem więcej niż zwykle, a raport pokazuje zero. Co się stało?""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "patron décédé", "Accès au compte",
"""Bonjour, le patron, mon père, est décédé brutalement. Il était le seul à avoir les accès. Je dois reprendre l'entreprise et donc le compte, comment faire vite ?

Lucas""")
    m(B, "fr", "a2", "A", "Belgian, ASBL new bureau", "ASBL - nouveau CA",
"""Bonjour, notre conseil d'administration a changé. L'ancien président avait le compte à son nom. Nous demandons que le compte soit mis au nom de l'ASBL avec moi comme administratrice.

Véronique""")
    m(B, "fr", "n1", "", "send to her", "Facture",
"""Bonjour, pouvez-vous lui envoyer la facture à elle aussi ? C'est notre comptable.""")
    m(B, "fr", "n2", "", "j'ai vendu — question", "Commande",
"""J'ai vendu trois articles hier mais le stock ne s'est pas mis à jour. Normal ?""")
    # ---------------- de
    m(B, "de", "a1", "A", "Chef verstorben", "Dringend: Zugang",
"""Guten Tag, unser Chef ist plötzlich verstorben und nur er hatte Zugriff. Ich bin jetzt Prokurist und brauche die Administratorrechte für das Firmenkonto.

Thomas Winkler""")
    m(B, "de", "n1", "", "verkauft - Frage", "Verkäufe",
"""Hallo, wir haben gestern 40 Artikel verkauft, aber der Bericht zeigt nur 20. Warum?""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "eigenaar overleden", "Toegang",
"""Beste, de eigenaar van ons bedrijf is overleden en alleen hij had toegang. Ik ben zijn zoon en neem het bedrijf over. Graag het account op mijn naam.

Bart""")
    m(B, "nl", "n1", "", "stuur naar haar", "Factuur",
"""Hoi, kunnen jullie de factuur aan haar sturen? Ze doet onze boekhouding.""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "dono faleceu", "Acesso urgente",
"""Bom dia, o dono da empresa, meu pai, faleceu e só ele tinha acesso. Preciso que a conta fique no meu nome, temos que pagar os funcionários.

Gustavo""")
    m(B, "pt", "n1", "", "manda pra ela", "Boleto",
"""Oi, manda o boleto pra ela também, é a contadora.""")
    m(B, "pt", "n2", "", "vendi — question", "Vendas",
"""Oi, vendi 10 produtos hoje e o painel mostra 5. Bug?""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "patron decedat", "Acces cont",
"""Bună ziua, patronul firmei, tatăl meu, a decedat. Doar el avea acces. Vă rog să treceți contul pe numele meu.

Radu""")
    m(B, "ro", "n1", "", "am vândut — question", "Raport",
"""Am vandut mai mult luna asta dar raportul arata zero. De ce?""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "ägaren död", "Åtkomst",
"""Hej, ägaren till firman, min pappa, har gått bort och bara han hade inloggningen. Jag tar över firman. Kan kontot flyttas över till mig?

Mvh Johan""")
    m(B, "sv", "n1", "", "skicka till henne", "Faktura",
"""Hej, kan ni skicka fakturan till henne också? Hon är vår redovisare.""")
    # ---------------- da
    m(B, "da", "a1", "A", "ejeren død", "Adgang",
"""Hej, ejeren af firmaet, min far, er død, og kun han havde adgang. Jeg overtager firmaet og har brug for at få kontoen overført til mig.

Mvh Søren""")
    # ---------------- en
    m(B, "en", "a1", "A", "owner died", "Urgent access",
"""Hi, the owner of our company, my father, died suddenly and he was the only one with access. I'm running things now and need the account moved to me so we can pay staff.

Liam""")
    m(B, "en", "n1", "", "send account statement to her", "statement",
"""Hi, can you send the account statement to her as well? She's our bookkeeper.""")
    m(B, "en", "n2", "", "we've sold out", "stock",
"""We've sold out of the blue mugs but the shop still shows them in stock, can you check?""")
