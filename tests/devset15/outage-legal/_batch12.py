"""devset15 outage-legal, batch 12 (measured before tuning): last mixed batch in the weak outage
languages (it da es fr pl ro sv) with longer rambling mails where the outage is one sentence, and
legal threats phrased as questions or conditionals ('do I need to involve my lawyer?', 'should I go to
the consumer office?'), threats in the subject only, consumer bodies in fi/nb; negatives included."""
B = "b12"

def add_b12(m):
    m(B, "it", "o1", "O", "long rambling, outage one sentence", "Varie",
"""Buongiorno Silvia,

come d'accordo le mando in allegato l'elenco dei nuovi articoli per il catalogo di Natale, sono 48 referenze. Le foto arrivano la prossima settimana dal fotografo.

Volevo anche chiederle se è possibile spostare la formazione al 12.

Infine le segnalo che stamattina dalle 8 alle 10 la piattaforma era completamente irraggiungibile per tutti i nostri negozi e anche adesso va e viene.

Grazie e buona giornata
Ornella""")
    m(B, "it", "l1", "L", "question-form threat", "Devo chiamare l'avvocato?",
"""Devo davvero rivolgermi a un avvocato per riavere i miei 300 euro, o me li restituite voi?

Franco""")
    m(B, "da", "o1", "O", "long mail, outage in middle", "Diverse ting",
"""Hej Thomas

Tak for mødet i går. Vi vil gerne gå videre med modulet til lagerstyring fra januar.

Jeg skal også lige sige, at jeres løsning har været nede for alle vores tre butikker siden frokost, så vi sidder og venter.

Og kan I sende en ny faktura med vores nye CVR?

Mvh Louise""")
    m(B, "da", "l1", "L", "question-form: skal jeg gå til Forbrugerklagenævnet?", "Skal jeg gå videre?",
"""Skal jeg virkelig gå til Forbrugerklagenævnet, før I tilbagebetaler mig?

Niels""")
    m(B, "es", "o1", "O", "long mail, outage in passing", "Varias cosas",
"""Hola Marta:

Te adjunto el listado de precios actualizado. Cuando puedas, revisa también la promo de Navidad.

Aparte, te comento que la plataforma lleva caída toda la mañana en las cuatro tiendas y los chicos están cobrando a mano.

Un abrazo,
Quique""")
    m(B, "es", "l1", "L", "question-form OCU / consumo", "¿Tengo que ir a consumo?",
"""¿Tengo que ir a la oficina de consumo para que me devolváis el dinero o lo vais a hacer vosotros?

Elena""")
    m(B, "fr", "o1", "O", "long, outage in the middle", "Points divers",
"""Bonjour Julie,

Merci pour le devis, on valide la version 2.

Par contre, depuis hier soir votre plateforme est injoignable depuis l'ensemble de nos agences, on fonctionne en mode dégradé.

Pour la formation, mardi nous va très bien.

Bien à vous, Arnaud""")
    m(B, "fr", "l1", "L", "subject-only threat, body short", "Mise en demeure avant saisine du tribunal",
"""Voir ci-dessus. Dernier délai : vendredi.

M. Perrin""")
    m(B, "pl", "o1", "O", "long, outage in middle", "Kilka spraw",
"""Dzień dobry Pani Ewo,

dziękuję za ofertę, zamawiamy pakiet Premium od stycznia.

Przy okazji: od wczoraj wieczorem system nie działa w żadnym z naszych trzech magazynów, pracujemy na papierze.

Proszę jeszcze o fakturę proformę.

Pozdrawiam, Leszek""")
    m(B, "pl", "l1", "L", "question-form: czy mam iść do sądu", "Czy mam iść do sądu?",
"""Czy naprawdę muszę iść z tym do sądu, żebyście oddali mi pieniądze?

Zofia""")
    m(B, "ro", "o1", "O", "long, outage in middle", "Mai multe",
"""Bună ziua,

vă trimit comanda pentru decembrie.

De asemenea, vă anunț că platforma nu funcționează de ieri seară în niciunul dintre magazinele noastre, lucrăm pe hârtie.

Mulțumesc, Lucian""")
    m(B, "ro", "l1", "L", "question-form: să merg la ANPC?", "Trebuie să merg la ANPC?",
"""Chiar trebuie să fac reclamație la ANPC ca să primesc banii înapoi?

Elena""")
    m(B, "sv", "o1", "O", "long, outage in middle", "Lite blandat",
"""Hej Martin,

tack för offerten, vi kör på alternativ B.

Sen ville jag säga att systemet har legat nere i alla våra fyra butiker sedan i går kväll, vi skriver kvitton för hand.

Hör av dig om utbildningen!

/Cecilia""")
    m(B, "sv", "l1", "L", "question-form ARN", "Måste jag gå till ARN?",
"""Måste jag verkligen gå till ARN för att få tillbaka mina pengar?

Lena""")
    m(B, "fi", "l1", "L", "Finnish: kuluttajariitalautakunta", "Valitus",
"""Jos rahoja ei palauteta viikon sisällä, vien asian kuluttajariitalautakuntaan.

Mikko""")
    m(B, "fi", "o1", "O", "Finnish: service down for everyone", "Palvelu alhaalla",
"""Palvelu on ollut alhaalla koko aamun, kukaan toimistolla ei pääse sisään.

Sari""")
    # negatives
    m(B, "it", "n1", "", "long mail mentions last month's outage resolved", "Riepilogo",
"""Buongiorno, riepilogo: catalogo ok, formazione il 12, e il disservizio del mese scorso per noi è chiuso, grazie della compensazione.

Ornella""")
    m(B, "da", "n1", "", "question about consumer complaints board as feature", "Klageportal",
"""Hej, kan jeres system lave et link til Forbrugerklagenævnets klageportal i vores ordrebekræftelser, som loven kræver?

Mvh Finn""")
    m(B, "es", "n1", "", "question: does the app help consumers go to consumo (their customers)", "Hojas de reclamaciones",
"""Tenemos una tienda y debemos tener hojas de reclamaciones de consumo. ¿La app puede generar el cartel obligatorio?

Nerea""")
    m(B, "pl", "n1", "", "we had a court case with another vendor (neutral)", "Migracja",
"""Poprzedni dostawca zostawił nas z danymi w dziwnym formacie (skończyło się w sądzie, ale to już za nami). Pomożecie z migracją?

Zdzisław""")
    m(B, "sv", "n1", "", "'nere' = down at the warehouse; not outage", "Inventering",
"""Vi är nere på lagret hela dagen för inventering, så svara gärna på mejl istället för telefon.

/Cecilia""")
    m(B, "fr", "n1", "", "injoignable = person unreachable", "Absence",
"""Bonjour, je serai injoignable toute la semaine prochaine, merci de voir avec Arnaud pour le devis.

Julie""")
    m(B, "ro", "n1", "", "avocat as customer asks invoice", "Factura",
"""Bună ziua, sunt avocat și am nevoie de factura pe numele cabinetului meu, nu pe persoană fizică.

Av. Ilie""")
