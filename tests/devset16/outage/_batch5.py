"""devset16 outage, batch 5 (measured before tuning on it): precision for this round's new words in
harmless use (we're stuck deciding, 'riguarda tutti' for a price change, a colleague who is away,
'ligger ned' about a person, 'totul e blocat' for a blocked card, a person who fell over, 'ist tot'
about a bereavement, no orders because of a courier, 'a todos nuestros clientes' in a mailing,
'esta imposible' about a discount code) plus fresh positives in all 11 languages."""
B = "b5"

def add_b5(m):
    # ---------------- it
    m(B, "it", "n1", "", "'siamo bloccati' = stuck deciding on a plan", "Scelta del piano",
"""Buongiorno, siamo bloccati sulla scelta tra il piano Pro e il Business: la differenza riguarda tutti gli utenti o solo gli amministratori? Grazie""")
    m(B, "it", "n2", "", "price change concerns all customers (customer asks)", "Aumento prezzi",
"""Ho letto dell'aumento dei prezzi da gennaio. Riguarda tutti i clienti o solo chi ha il piano mensile? I pazienti del nostro studio usano l'app per prenotare, vorrei capire i costi.""")
    m(B, "it", "n3", "", "one user: can't pay with one card", "Carta rifiutata",
"""Ciao, provo a pagare l'abbonamento ma la mia carta viene rifiutata. Con la carta aziendale del mio collega invece va. Potete controllare?""")
    m(B, "it", "o1", "O", "positive: nobody at the counter can issue tickets", "Biglietteria",
"""Salve, alla biglietteria del museo nessun operatore riesce a emettere biglietti dal vostro sistema, ci dà "server non raggiungibile". La coda arriva in strada.""")
    # ---------------- es
    m(B, "es", "n1", "", "'esta imposible' about a discount code; one user", "Código de descuento",
"""Hola, está imposible aplicar el código BLACK20, me dice que no es válido. ¿Podéis revisarlo? Es solo para mi pedido.""")
    m(B, "es", "n2", "", "mailing to all our customers question", "Envío masivo",
"""Queremos mandar un email a todos nuestros clientes para avisar del cambio de horario. ¿Cómo programo el envío para el lunes a las 9?""")
    m(B, "es", "n3", "", "courier strike: no orders shipped", "Huelga de transporte",
"""Por la huelga de transportistas no ha salido ningún pedido esta semana. Vuestra plataforma funciona perfectamente, solo quería saber si puedo pausar los avisos automáticos de envío.""")
    m(B, "es", "o1", "O", "positive: everything down in all our pharmacies", "Farmacias sin sistema",
"""Buenos días, en nuestras cuatro farmacias el programa de receta electrónica no abre desde las 9. No podemos dispensar nada. Por favor, llamadnos.""")
    m(B, "es", "o2", "O", "positive terse: down again?", "otra vez",
"""¿Otra vez caídos? No entra nadie desde hace 20 minutos.""")
    # ---------------- da
    m(B, "da", "n1", "", "colleague is away; change contact", "Kontaktperson",
"""Hej, vores kontaktperson Mette er væk resten af året på barsel. Kan I ændre kontakten til mig i mellemtiden?""")
    m(B, "da", "n2", "", "'ligger ned' about a sick person", "Møde i morgen",
"""Hej, jeg må desværre aflyse mødet i morgen, min søn ligger ned med feber. Kan vi finde en ny tid i næste uge?""")
    m(B, "da", "n3", "", "price change applies to all members, asks", "Prisstigning",
"""Gælder prisstigningen alle medlemmerne i vores forening, eller kun nye? Vi skal informere på generalforsamlingen.""")
    m(B, "da", "o1", "O", "positive: registers don't reach server in any of our stores", "Kasser",
"""Hej, ingen af kasserne i vores tre butikker kan få forbindelse til jeres server siden åbning. Vi tager kun kontanter nu.""")
    m(B, "da", "o2", "O", "positive: app dead for all drivers", "Chauffør-appen",
"""Chauffør-appen er gået helt i sort for alle vores chauffører. De kan ikke se deres ruter.""")
    # ---------------- ro
    m(B, "ro", "n1", "", "'totul e blocat' about a blocked card", "Card blocat",
"""Banca mi-a blocat cardul și acum totul e blocat, nu pot plăti abonamentul luna asta. Pot plăti prin transfer?""")
    m(B, "ro", "n2", "", "no orders because of the courier", "Comenzi",
"""Din cauza grevei de la curier nu s-a livrat nicio comandă de luni. Platforma voastră merge bine, doar vreau să opresc mesajele automate către clienți.""")
    m(B, "ro", "n3", "", "morning meeting 'de dimineata'", "Training",
"""Bună ziua, putem muta training-ul de dimineață pe la ora 14? Toți colegii au ședință la 10.""")
    m(B, "ro", "o1", "O", "positive: no cashier can log in at any branch", "Casieri",
"""Bună, niciun casier din cele cinci magazine nu se poate loga în aplicația voastră de la deschidere. Vă rog urgent!""")
    # ---------------- en
    m(B, "en", "n1", "", "person fell over; delay", "Delay with the documents",
"""Sorry for the delay, my dad fell over at home and I've been at the hospital all week. I'll send the signed contract on Monday.""")
    m(B, "en", "n2", "", "not a single order because of a courier", "Courier",
"""Your app is fine, it's our courier: not a single order has been picked up since Tuesday. Can we switch off the automatic 'your parcel is on its way' emails?""")
    m(B, "en", "o1", "O", "positive: every customer gets a white screen at checkout", "Checkout broken for everyone",
"""Every customer who tries to pay on our shop gets a white screen at the last step. We haven't had an order in two hours.""")
    # ---------------- de
    m(B, "de", "n1", "", "bereavement: father is dead, cancel account", "Kündigung",
"""Sehr geehrte Damen und Herren, mein Vater ist tot, er ist am 2. November verstorben. Bitte kündigen Sie sein Konto zum Monatsende.""")
    m(B, "de", "n2", "", "since the weekend one user can't change email", "E-Mail ändern",
"""Seit dem Wochenende versuche ich, meine E-Mail-Adresse zu ändern, es kommt immer ein Fehler. Bei meinen Kollegen geht es.""")
    m(B, "de", "o1", "O", "positive: whole practice can't open the calendar", "Kalender",
"""Hallo, in der ganzen Praxis lässt sich der Kalender seit 8 Uhr nicht öffnen, keiner von uns sieht die Termine. Bitte dringend!""")
    # ---------------- fr
    m(B, "fr", "n1", "", "loop in a video tutorial", "Tutoriel",
"""Bonjour, la vidéo du tutoriel tourne en boucle sur votre page d'aide, c'est voulu ? Sinon, merci pour le guide, très clair.""")
    m(B, "fr", "o1", "O", "positive: none of our shops can cash in", "Caisses",
"""Bonjour, aucune de nos boutiques ne peut encaisser depuis l'ouverture, le logiciel de caisse n'arrive pas à joindre vos serveurs.""")
    # ---------------- nl
    m(B, "nl", "n1", "", "how to check out a subscription, one user", "Afrekenen",
"""Hoi, ik wil afrekenen voor het jaarabonnement maar ik zie nergens de knop. Waar vind ik die?""")
    m(B, "nl", "o1", "O", "positive: nobody can log in, everything still", "Alles ligt stil",
"""Goedemiddag, bij ons ligt alles stil, niemand kan nog inloggen op het portaal. Wat is er aan de hand?""")
    # ---------------- pl
    m(B, "pl", "n1", "", "'stoi' about a product in stock", "Regał",
"""Dzień dobry, regał, który stoi w magazynie, nie jest widoczny w waszym katalogu. Jak go dodać?""")
    m(B, "pl", "o1", "O", "positive: nobody can open the app since morning", "Aplikacja",
"""Od rana nikt z naszego zespołu nie może otworzyć aplikacji, wyskakuje błąd serwera.""")
    # ---------------- pt
    m(B, "pt", "n1", "", "'lentíssimo' about delivery", "Entrega",
"""Olá, o correio está lentíssimo este mês, a encomenda ainda não chegou. Não é convosco, só queria avisar que o pagamento vai atrasar.""")
    m(B, "pt", "o1", "O", "positive BR: no store can sell, system out", "Sistema fora",
"""Bom dia, nenhuma das nossas lojas consegue vender, o sistema de vocês tá fora desde cedo.""")
    # ---------------- sv
    m(B, "sv", "n1", "", "'varken' in a harmless sentence", "Faktura",
"""Hej, varken jag eller min kollega hittar fakturan för oktober i portalen. Kan ni mejla den?""")
    m(B, "sv", "o1", "O", "positive: none of the shops can take card payments", "Kortbetalning",
"""Hej, ingen av våra butiker kan ta kortbetalningar sedan i morse, kassorna får inget svar från er server.""")
