"""devset15 outage-legal, batch 2 (measured before tuning): outage in passing inside a mail about
something else, formal notices with business impact; legal: regulators by country, ombudsman,
police report; negatives: regulators/police/bank mentioned neutrally, past outage in passing."""
B = "b2"

def add_b2(m):
    # ---------------- sv
    m(B, "sv", "o1", "O", "passing mention in a question about users", "Fråga om användarlicenser",
"""Hej! Vi vill lägga till tre nya användare nästa månad, vad kostar det? Och förresten, just nu går det inte att logga in överhuvudtaget, varken för mig eller kollegorna. Är det något på gång hos er?

Hälsningar
Emma Berg""")
    m(B, "sv", "o2", "O", "formal notice, business impact, clinics", "Driftstörning – samtliga mottagningar påverkade",
"""Till supporten,

Vi vill meddela att journalsystemet sedan kl. 07.45 inte går att nå från någon av våra fyra mottagningar. Patientbokningar kan inte genomföras och vi har fått ställa in besök. Vi förväntar oss återkoppling snarast.

Med vänliga hälsningar
Lars Eriksson
IT-ansvarig, Tandvården Norr""")
    m(B, "sv", "n1", "", "past outage mentioned in passing, asks about invoice", "Faktura oktober",
"""Hej, jag har en fråga om fakturan för oktober, den verkar vara dubbeldebiterad. Sen ville jag bara säga att det funkat fint sedan avbrottet i somras, bra jobbat.

/Maja""")
    m(B, "sv", "l1", "L", "ARN + Konsumentverket no diacritics", "Aterbetalning",
"""Jag har vantat i sex veckor pa min aterbetalning. Far jag inte pengarna innan den 1:a gar arendet till ARN och jag anmaler er till Konsumentverket.

Johan""")
    m(B, "sv", "n2", "", "Konsumentverket mentioned as source of info", "Ångerrätt",
"""Hej, jag läste på Konsumentverkets hemsida att man har 14 dagars ångerrätt vid köp på nätet. Gäller det även ert årsabonnemang? Jag har inte bestämt mig än.

Tack, Sara""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "passing mention inside training question", "Szkolenie dla nowych pracowników",
"""Dzień dobry, chcielibyśmy zamówić szkolenie dla pięciu nowych osób. Przy okazji - od godziny system w ogóle się nie otwiera, u nikogo w biurze. Czy coś się dzieje?

Pozdrawiam, Kasia""")
    m(B, "pl", "o2", "O", "formal notice: unavailability in all warehouses", "Zgłoszenie awarii - niedostępność usługi",
"""Szanowni Państwo,

informujemy, że od 6:30 usługa jest niedostępna we wszystkich naszych magazynach. Nie możemy realizować wysyłek, a straty rosną z każdą godziną. Prosimy o pilny kontakt.

Z poważaniem
Dział IT, LogiTrans Sp. z o.o.""")
    m(B, "pl", "l1", "L", "police report for fraud", "Oszustwo",
"""Pobraliście z mojej karty 3 razy opłatę bez mojej zgody. Sprawę zgłosiłem już na policję, a jeśli pieniądze nie wrócą w ciągu tygodnia, złożę pozew.

Paweł Kowalczyk""")
    m(B, "pl", "n1", "", "UOKiK mentioned neutrally (regulation question)", "Regulamin a UOKiK",
"""Dzień dobry, czy Państwa regulamin był konsultowany pod kątem wytycznych UOKiK dotyczących subskrypcji? Pytam, bo przygotowujemy własny regulamin sklepu i chcę się wzorować.

Pozdrawiam, Ewa""")
    m(B, "pl", "n2", "", "police as customer (komenda) asks about licences", "Licencje dla komendy",
"""Dzień dobry, piszę z Komendy Powiatowej Policji w Oleśnicy. Potrzebujemy dodatkowych 10 licencji. Proszę o ofertę.

st. asp. Marek Zając""")
    # ---------------- ro
    m(B, "ro", "o1", "O", "passing mention in contract mail", "Prelungire contract",
"""Bună ziua, vă rog să ne trimiteți actul adițional pentru prelungirea contractului. Și ca să știți, de azi dimineață platforma nu se încarcă deloc la niciunul dintre colegi.

Mulțumesc, Diana""")
    m(B, "ro", "o2", "O", "several points of sale no diacritics", "Toate magazinele blocate",
"""Buna ziua, in toate cele 8 magazine casele de marcat nu mai comunica cu serverul vostru de la ora 10. Nu putem vinde nimic. Va rog urgent.

Cristian Stan""")
    m(B, "ro", "l1", "L", "ANPC + Protectia Consumatorului + lawyer", "Ultima notificare",
"""Aceasta este ultima mea încercare amiabilă. Dacă nu primesc banii înapoi până vineri, voi depune o plângere la ANPC și voi apela la un avocat.

Gabriela Marin""")
    m(B, "ro", "n1", "", "lawyer asks for invoices for audit", "Facturi pentru avocat",
"""Bună ziua, avocatul firmei noastre are nevoie de toate facturile din 2025 pentru un audit intern. Ni le puteți trimite?

Mulțumesc, Raluca""")
    # ---------------- fr
    m(B, "fr", "o1", "O", "passing mention inside training booking", "Formation de décembre",
"""Bonjour, je voulais réserver la formation de décembre pour deux collègues. Au passage, votre logiciel ne répond plus du tout depuis une heure, ni chez moi ni chez mes collègues, c'est normal ?

Merci, Camille""")
    m(B, "fr", "o2", "O", "Belgian French, all shops, caisse", "Panne générale caisses",
"""Bonjour, dans nos cinq magasins de Liège et Namur les caisses n'arrivent plus à joindre vos serveurs depuis l'ouverture. On encaisse au papier. Pouvez-vous nous dire ce qui se passe ?

Jean-Marc""")
    m(B, "fr", "l1", "L", "médiateur de la consommation + avocat", "Réclamation",
"""Faute de remboursement sous quinze jours, je saisirai le médiateur de la consommation et je confierai le dossier à mon avocat.

Nathalie Roux""")
    m(B, "fr", "n1", "", "chargeback neutral: bank reversed, asks to re-bill", "Paiement rejeté",
"""Bonjour, ma banque a rejeté le prélèvement de novembre par erreur (carte renouvelée). Pouvez-vous le représenter ou m'envoyer un lien de paiement ?

Merci, Olivier""")
    m(B, "fr", "n2", "", "DGCCRF mentioned neutrally: mandatory mentions", "Mentions légales",
"""Bonjour, pour être en règle avec la DGCCRF, nous devons afficher les prix TTC sur nos devis. Votre outil permet-il de le faire ?

Cordialement, Sandrine""")
    # ---------------- it
    m(B, "it", "o1", "O", "passing mention inside a price question", "Preventivo per due sedi",
"""Buongiorno, vorrei un preventivo per aggiungere due sedi al nostro contratto. Già che ci sono: stamattina il portale è inaccessibile, non entra nessuno dei nostri 15 operatori. Sapete qualcosa?

Grazie, Laura Conti""")
    m(B, "it", "o2", "O", "formal disservizio notice with business impact", "Segnalazione disservizio grave",
"""Spett.le Assistenza,

con la presente segnaliamo che dalle ore 14:00 il servizio risulta totalmente indisponibile per tutte le nostre filiali. L'interruzione sta causando un grave danno economico. Restiamo in attesa di un riscontro urgente.

Distinti saluti
Ufficio IT – Banca Popolare di Sondrio""")
    m(B, "it", "l1", "L", "Codacons + giudice di pace", "Rimborso negato",
"""Visto che continuate a negare il rimborso, mi sono rivolto al Codacons e presenterò ricorso al giudice di pace.

Roberto Marchetti""")
    m(B, "it", "n1", "", "garante privacy neutral: asks about DPA", "Nomina responsabile trattamento",
"""Buongiorno, il nostro DPO chiede la nomina a responsabile del trattamento ai sensi dell'art. 28 GDPR. Potete inviarci il modulo firmato?

Saluti, Francesca Riva""")
    # ---------------- da
    m(B, "da", "o1", "O", "passing mention in address change", "Ny adresse",
"""Hej, vi er flyttet til Vestergade 12, 8000 Aarhus C, så fakturaadressen skal rettes. Og så lige en ting: jeres system har været nede hele morgenen for alle hos os, ved I hvornår det kommer op igen?

Hilsen Jonas""")
    m(B, "da", "l1", "L", "police report + advokat", "Svindel",
"""Der er trukket 4.000 kr. fra min konto uden min accept. Jeg har anmeldt det til politiet, og min advokat vil kontakte jer.

Peter Nielsen""")
    m(B, "da", "n1", "", "Forbrugerrådet neutral: survey mention", "Tænk-test",
"""Hej, I blev nævnt i Forbrugerrådet Tænks test af regnskabsprogrammer, og det var derfor vi valgte jer. Kan I hjælpe med at importere vores bilag fra e-conomic?

Mvh Line""")
    # ---------------- es
    m(B, "es", "o1", "O", "passing mention in a reply about invoice", "Re: Factura 2025-118",
"""Gracias por la factura. Por cierto, ahora mismo no podemos acceder a la aplicación ninguno de la oficina, ¿tenéis alguna incidencia?

Saludos, Nuria

> Adjuntamos la factura 2025-118.""")
    m(B, "es", "l1", "L", "denuncia en consumo + abogado, es-MX PROFECO", "Cobro no reconocido",
"""Ya les dije que no reconozco ese cargo. Si no lo cancelan voy a poner una queja en PROFECO y mi abogado se va a encargar.

Alejandro Ruiz""")
    m(B, "es", "n1", "", "OCU magazine mention, product question", "Pregunta",
"""Hola, vi vuestra app en una comparativa de la revista de la OCU. ¿Tiene versión para Android tablet?

Gracias, Mercedes""")
    # ---------------- nl
    m(B, "nl", "o1", "O", "passing mention in a question about export", "Export naar Exact",
"""Hoi, hoe kan ik de omzet exporteren naar Exact? Trouwens, sinds een uur kan niemand bij ons meer inloggen, ligt er iets bij jullie?

Groet, Sanne""")
    m(B, "nl", "l1", "L", "Consumentenbond + advocaat + rechter", "Laatste waarschuwing",
"""Ik heb inmiddels een advocaat ingeschakeld. Als het bedrag niet binnen 7 dagen terug is, stappen we naar de kantonrechter.

Dhr. Bakker""")
    m(B, "nl", "n1", "", "ACM neutral: regulated energy company asks feature", "Rapportage voor ACM",
"""Wij zijn een energieleverancier en moeten elk kwartaal rapporteren aan de ACM. Kunnen we uit jullie systeem een CSV halen met alle klachten per maand?

Met vriendelijke groet, Kees""")
    # ---------------- de
    m(B, "de", "o1", "O", "passing mention in a training question", "Schulungstermin",
"""Hallo, wann ist die nächste Online-Schulung? Und nebenbei: Ihre Plattform ist gerade bei allen unseren Filialen weg, es lädt gar nichts. Wissen Sie davon?

Grüße, Anja""")
    m(B, "de", "l1", "L", "Schlichtungsstelle + Bundesnetzagentur", "Beschwerde",
"""Da Sie auf meine drei Schreiben nicht reagiert haben, habe ich heute die Schlichtungsstelle angerufen. Eine Beschwerde bei der Bundesnetzagentur folgt.

Klaus Wagner""")
    m(B, "de", "n1", "", "Rechtsanwalt as customer asks about Beleg", "Beleg für Steuerberater",
"""Sehr geehrte Damen und Herren, als Rechtsanwalt benötige ich für meinen Steuerberater eine Jahresübersicht aller Zahlungen. Wo finde ich diese?

RA Dr. Hofmann""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "passing mention, pt-BR", "Dúvida sobre plano anual",
"""Oi, queria saber o preço do plano anual. Aliás, o sistema caiu aqui pra todo mundo da loja desde cedo, vocês tão sabendo?

Valeu, Bruno""")
    m(B, "pt", "l1", "L", "Procon + Reclame Aqui + advogado, pt-BR", "Cobrança",
"""Se até amanhã não estornarem a cobrança, vou abrir reclamação no Procon e meu advogado vai entrar com ação.

Fernanda Lima""")
    # ---------------- en
    m(B, "en", "o1", "O", "passing mention in feature mail", "Quick question about reports",
"""Is there a way to schedule the weekly report? Also fyi the dashboard has been throwing a 503 for our whole Leeds and Manchester offices for the last 40 min.

Cheers, Tom""")
    m(B, "en", "l1", "L", "ombudsman + financial ombudsman", "Final response",
"""If I do not receive a final response within 8 weeks I will take this to the Financial Ombudsman Service.

Mrs J. Patel""")
    m(B, "en", "n1", "", "chargeback neutral question", "Chargebacks",
"""Hi, one of our customers filed a chargeback on an order from our shop. Can your platform show me the chargeback status in the payments tab?

Thanks, Rob""")
