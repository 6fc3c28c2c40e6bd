"""devset14 bug-feature, batch 6 = second generalisation batch (measured before tuning): terse and
rude one-liners, typos, non-native writers, regional variants; new products (webshop, gym booking,
payroll, ticketing, POS); wishes phrased as questions or complaints about a gap."""
B = "b6"

def add_b6(m):
    m(B, "en", "b1", "B", "rude terse: shipping label wrong address", "labels",
"""your shipping labels are printing the billing address not the delivery address. 40 parcels went to the wrong place. sort it out""")
    m(B, "en", "b2", "B", "non-native: calendar shows class in wrong day", "class time problem",
"""Hello, in the members app the yoga class of thursday is showing on wednesday, but in the admin panel it is correct thursday. Members are coming wrong day. Please fix. Regards Ahmet""")
    m(B, "en", "f1", "F", "US: any way you guys could", "feature idea",
"""any way you guys could add a waitlist for full classes? people keep emailing us to ask to be notified. thx""")
    m(B, "en", "n1", "", "how-to with 'not working' about own wifi", "scanner",
"""Hi, the barcode scanner stopped connecting but I think it's our shop wifi, the router's been playing up all week. Is there a wired option for the scanner you sell? Thanks""")
    m(B, "de", "b1", "B", "typos, Lohnabrechnung Stunden doppelt", "lohnabrechnung",
"""hallo, in der lohnabrechnung werden die überstunden von oktober nochmal mitgezählt obwol die schon ausbezahlt sind. bei 3 mitarbeitern. bitte schnell anschaun, die löhne gehen freitag raus""")
    m(B, "de", "f1", "F", "Frage: könnt ihr ... einbauen", "Apple Pay?",
"""Moin, könnt ihr im Shop noch Apple Pay einbauen? Fragen ständig Kunden nach. Danke! Jan""")
    m(B, "de", "n1", "", "billing question", "Rechnungskopie",
"""Guten Tag, bitte senden Sie mir eine Kopie der Rechnung vom September für unsere Buchhaltung. Danke""")
    m(B, "da", "b1", "B", "billeder vises på hovedet", "Billeder vender forkert",
"""Hej, alle billeder vi uploader fra iPhone bliver vist på hovedet i webshoppen. Fra computeren er de fine. /Morten""")
    m(B, "da", "f1", "F", "kan man ikke få", "Spørgsmål",
"""Hej, kan man ikke få en oversigt over hvilke kunder der ikke har været her i 3 måneder? Det ville vi bruge rigtig meget. Mvh Hanne""")
    m(B, "sv", "b1", "B", "lönebesked fel skatt", "Fel skatt",
"""Hej, skattetabellen som används på lönebeskeden är 2023 års, inte 2024. Alla får för lite dragen skatt. Kan ni kolla asap? /Petra""")
    m(B, "sv", "f1", "F", "varför finns det inte", "Mörkt läge",
"""Varför finns det inget mörkt läge i appen? Alla andra appar har det nu för tiden. Lägg gärna till det!""")
    m(B, "sv", "n1", "", "praise", "Tack",
"""Ville bara säga att nya schemavyn är jättebra. Tack!""")
    m(B, "nl", "b1", "B", "kassa rekent korting niet", "Kassa",
"""Goedemorgen, de kassa rekent de 2e artikel halve prijs actie niet door. Bon geeft gewoon volle prijs voor beide. Actie staat wel aan in het beheer. Mvg Dirk""")
    m(B, "nl", "f1", "F", "kunnen jullie ... mogelijk maken", "Verzoek",
"""Hallo, kunnen jullie het mogelijk maken dat we meerdere vestigingen onder één account beheren? Nu moet ik steeds uit- en inloggen. Groeten, Wendy""")
    m(B, "nl", "n1", "", "outage all", "storing?",
"""Is er een storing? Niemand van ons kan inloggen, al een half uur. Graag snel reactie.""")
    m(B, "fr", "b1", "B", "ticket: numéro de ticket réutilisé", "Numéros de ticket",
"""Bonjour, le logiciel attribue le même numéro de ticket à deux clients différents depuis ce matin (ticket 1042 deux fois). Ça pose problème pour la compta. Cordialement, Fabrice""")
    m(B, "fr", "f1", "F", "CH/BE: est-ce que ce serait possible d'avoir", "Question/suggestion",
"""Bonjour, est-ce que ce serait possible d'avoir un mode hors-ligne pour la caisse ? Quand internet coupe on est bloqués. Merci, Corinne""")
    m(B, "fr", "n1", "", "how-to", "Export",
"""Bonjour, comment exporter la liste des clients en Excel ? Merci""")
    m(B, "es", "b1", "B", "es-CO: nómina calcula mal horas extra", "horas extra mal",
"""Buenas tardes, la nómina está liquidando las horas extra nocturnas como diurnas desde el cambio de versión. Ya revisamos la parametrización y está bien. Quedo atenta, Paola""")
    m(B, "es", "f1", "F", "¿se podría añadir?", "Consulta",
"""Hola, ¿se podría añadir un campo para el número de socio en la ficha del cliente? Lo necesitamos para el gimnasio. Gracias""")
    m(B, "es", "n1", "", "user error", "Olvidadlo",
"""Olvidad mi correo anterior, era culpa mía, tenía el filtro de fechas mal puesto. Todo bien.""")
    m(B, "it", "b1", "B", "badge non registra uscita", "Timbrature",
"""Ciao, le timbrature di uscita dal tablet non vengono registrate, risultano solo le entrate. Da lunedì. Grazie, Sara""")
    m(B, "it", "f1", "F", "vorrei suggerire", "Suggerimento",
"""Buongiorno, vorrei suggerirvi di aggiungere un report con le ore per cantiere. Ci sarebbe molto utile. Saluti, Franco""")
    m(B, "it", "n1", "", "own system", "Problema risolto da noi",
"""Il problema con le email era del nostro provider, ora è tutto a posto. Grazie lo stesso.""")
    m(B, "pt", "b1", "B", "pt-BR: estoque fica negativo", "estoque negativo",
"""Oi, o estoque de alguns produtos está ficando negativo mesmo com a opção de bloquear venda sem estoque ativada. Vendeu 5 de um que tinha 2. Abs, Diego""")
    m(B, "pt", "f1", "F", "pt-PT: seria possível integrar", "Integração",
"""Bom dia, seria possível integrar com o Moloni? Facilitava-nos imenso a vida. Obrigado, Inês""")
    m(B, "pt", "n1", "", "billing", "Fatura",
"""Boa tarde, onde encontro as faturas antigas na minha conta? Obrigada""")
    m(B, "pl", "b1", "B", "bilety: kod QR nie skanuje", "Kody QR",
"""Dzień dobry, kody QR na biletach wygenerowanych wczoraj nie dają się zeskanować, czytnik pokazuje 'nieznany kod'. Starsze bilety działają. Pozdrawiam, Paweł""")
    m(B, "pl", "f1", "F", "czy można by", "Pytanie",
"""Cześć, czy można by dodać możliwość wystawiania faktur w euro? Mamy coraz więcej klientów z zagranicy. Dzięki, Marta""")
    m(B, "pl", "n1", "", "praise", "Dziękuję",
"""Nowy widok kalendarza jest świetny, dziękuję!""")
    m(B, "ro", "b1", "B", "bonul fiscal fara TVA", "Bon fara TVA",
"""Buna ziua, de ieri bonurile fiscale ies fara TVA defalcat, desi cota e setata la 19%. Va rog verificati urgent. Multumesc, Cosmin""")
    m(B, "ro", "f1", "F", "se poate adauga", "Intrebare",
"""Buna, se poate adauga optiunea de a trimite oferte pe WhatsApp? Ar fi foarte practic. Mersi, Ana""")
    m(B, "ro", "n1", "", "how-to", "Parola",
"""Buna, cum imi schimb parola? Multumesc""")
