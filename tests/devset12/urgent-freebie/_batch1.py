"""devset12 urgent-freebie, batch 1 (measured before any tuning on it)."""
B = "b1"

def add_b1(m):
    # ---------------- en
    m(B, "en", "u1", "U", "auditor arrives 9am, reports missing", "Year-end reports won't generate",
"""Hi team,

The auditors are in our office at 9 tomorrow morning and the year-end report pack just spins and never finishes. I've tried Chrome and Edge. I really need these PDFs tonight, otherwise we're walking into the audit empty-handed.

Can somebody look at this this evening?

Linda Carver
Finance Lead, Carver & Sons""")
    m(B, "en", "f1", "F", "outage week, wants something for trouble", "Last week",
"""Hello,

After the week we've had with the sync outage (four days with no access to our client files) I think it's fair that you knock November off our bill. We lost real hours re-keying data. Let me know how you want to handle it.

Jeff""", fmt="qp")
    m(B, "en", "n1", "", "pricing question about student discount", "Student pricing?",
"""Hi there,

I'm a master's student and wanted to know how much the Pro plan is per month and whether there is any pricing for students. Thanks!

Ana""")
    m(B, "en", "n2", "", "refund of double charge, calm", "Charged twice in October",
"""Hello,

I was charged twice for October (two lines of 29.00 on my card statement, 3rd and 4th Oct). Could you refund the duplicate charge please? Order number 55-1182.

Thanks,
Helen""", fmt="alt")
    m(B, "en", "n3", "", "resolved past urgency", "Re: Printer queue stuck",
"""Hi Marco,

Thanks for jumping on the call this morning. It was a real panic at 8am with the shop about to open, but everything printed fine since and the queue is empty now. Nothing else needed from our side.

Cheers
Ruth

> On 23 Nov, Ruth wrote:
> URGENT - receipts not printing, shop opens at 9!!""")
    m(B, "en", "uf1", "UF", "launch tomorrow broken, and wants free month", "Checkout broken the night before our launch",
"""We launch the new store tomorrow at 10 and your checkout widget is refusing every card since this afternoon. I need someone on it tonight, not Monday.

And frankly after the mess in September too, I expect you to waive December's fee.

- Oliver, Brightfield Coffee""", fmt="html")

    # ---------------- de
    m(B, "de", "u1", "U", "Lohnlauf morgen", "Lohnabrechnung hängt",
"""Guten Tag,

morgen früh um 8 muss der Lohnlauf an die Bank raus, sonst bekommen 40 Mitarbeiter ihr Gehalt nicht pünktlich. Seit heute Mittag bricht der Export mit "Fehler 503" ab. Bitte melden Sie sich heute noch telefonisch bei mir: 0171 2233445.

Mit freundlichen Grüßen
Petra Voss
Buchhaltung""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "f1", "F", "Kulanz nach Ausfall gefordert", "Ausfall letzte Woche",
"""Hallo,

wir waren drei Tage ohne Zugriff auf unser Kassensystem. Ich gehe davon aus, dass Sie uns den Dezember gutschreiben – alles andere fände ich nach so einem Ausfall ehrlich gesagt nicht in Ordnung.

Gruß
Stefan Kraus""")
    m(B, "de", "n1", "", "Preisfrage Jahresabo", "Frage zum Jahresabo",
"""Hallo,

was kostet das Business-Paket, wenn wir jährlich statt monatlich zahlen? Und ist die Einrichtung im Preis enthalten?

Danke und schöne Grüße
Miriam Lenz""", fmt="b64")
    m(B, "de", "n2", "", "keine Eile, Kleinigkeit", "Kleine Frage zu Exporten",
"""Hallo Herr Brandt,

wenn Sie mal Luft haben: kann man beim CSV-Export das Trennzeichen auf Semikolon umstellen? Hat wirklich Zeit bis nächste Woche.

Viele Grüße
Jonas""")

    # ---------------- da
    m(B, "da", "u1", "U", "butikken åbner, kasse virker ikke", "Kassen virker ikke",
"""Hej

Vi åbner butikken om en halv time og ingen af vores kasser kan logge ind. Der står allerede folk udenfor. Kan I ringe til mig med det samme på 20 44 18 90?

Mvh
Lone, Bageriet på hjørnet""")
    m(B, "da", "f1", "F", "vil have rabat efter fejl", "Dobbelt arbejde pga. jeres fejl",
"""Hej,

Vores medarbejdere har måttet taste alle timesedler ind to gange i denne måned på grund af fejlen i jeres app. Det synes jeg ærligt talt at I bør kompensere for, fx med en måned gratis.

Venlig hilsen
Henrik Møller""", fmt="alt")
    m(B, "da", "n1", "", "spørger om pris, ingen krav", "Pris på ekstra brugere",
"""Hej,

Hvad koster det at tilføje tre ekstra brugere til vores abonnement? Vi overvejer at udvide efter nytår.

Mvh Karin""")
    m(B, "da", "n2", "", "tilbagebetaling af fejlopkrævning", "Forkert beløb trukket",
"""Hej,

I har trukket 499 kr. i stedet for 299 kr. for november. Vil I tilbageføre differencen på 200 kr. til mit kort?

Tak
Mads""")

    # ---------------- ro
    m(B, "ro", "u1", "U", "licitatie azi la 16", "Nu putem încărca oferta",
"""Bună ziua,

Termenul pentru licitație expiră azi la ora 16:00 și platforma voastră nu ne lasă să încărcăm documentele semnate. Vă rog să ne sunați imediat, pierdem contractul dacă nu reușim.

Mulțumesc,
Andrei Popescu""")
    m(B, "ro", "f1", "F", "cere luna gratuita pentru neplaceri", "Probleme repetate cu facturarea",
"""Bună,

E a treia lună la rând când factura vine greșită și pierd ore întregi cu contabila. Pentru toate neplăcerile astea aș vrea măcar o lună gratuită.

Cu stimă,
Ioana Dumitru""", fmt="qp")
    m(B, "ro", "n1", "", "promo newsletter", "Oferta de Black Friday: 3 luni gratuite!",
"""Salut!

Doar până duminică: abonează-te la planul anual și primești 3 luni gratuite. Grăbește-te, oferta este limitată!

Echipa Cloudly
Pentru dezabonare, apasă aici.""", fmt="html")
    m(B, "ro", "n2", "", "nu e urgent, intrebare", "Întrebare despre export",
"""Bună ziua,

Nu e nimic urgent, dar aș vrea să știu dacă pot exporta rapoartele și în format Excel. Când aveți timp.

Mulțumesc,
Cristina""")

    # ---------------- pl
    m(B, "pl", "u1", "U", "wyplaty jutro", "Eksport przelewów nie działa",
"""Dzień dobry,

jutro rano musimy wysłać przelewy z wypłatami dla 25 osób, a eksport do banku od wczoraj wyrzuca błąd. Bardzo proszę o kontakt jeszcze dziś, to nie może czekać do poniedziałku.

Pozdrawiam
Katarzyna Nowak""", fmt="b64")
    m(B, "pl", "f1", "F", "rekompensata za awarie", "Awaria z zeszłego tygodnia",
"""Dzień dobry,

przez awarię nasz sklep nie przyjmował zamówień przez cały weekend. Oczekuję jakiejś rekompensaty – np. obniżenia abonamentu za ten miesiąc.

Z poważaniem
Tomasz Wiśniewski""")
    m(B, "pl", "n1", "", "pytanie o cene", "Cennik",
"""Dzień dobry,

ile kosztuje pakiet dla 10 użytkowników przy płatności rocznej? Proszę o ofertę.

Marta""")
    m(B, "pl", "n2", "", "partner reseller rabat", "Warunki partnerskie",
"""Dzień dobry,

jako partner handlowy chcielibyśmy poznać warunki rabatowe dla resellerów na 2027 rok. Proszę o przesłanie aktualnego cennika partnerskiego.

Pozdrawiam
Piotr Zieliński, IT-Serwis Sp. z o.o.""", fmt="alt")

    # ---------------- es
    m(B, "es", "u1", "U", "vuelo en dos horas", "No puedo acceder a mis billetes",
"""Hola,

mi vuelo sale en dos horas y la app no me deja abrir las tarjetas de embarque que compré con vosotros. Estoy ya en el aeropuerto. ¡Necesito una solución ya!

Lucía""")
    m(B, "es", "f1", "F", "pide descuento por molestias", "Renovación",
"""Buenas,

después de todos los cortes de este año, si queréis que renovemos en enero, lo mínimo sería un descuento en la cuota anual. Espero vuestra propuesta.

Saludos,
Javier Ortega""", fmt="qp")
    m(B, "es", "n1", "", "prueba gratuita pregunta", "Sobre la prueba gratuita",
"""Hola,

¿la prueba gratuita de 14 días incluye el módulo de facturación o sólo el básico? Gracias.

Marina""")
    m(B, "es", "n2", "", "no quiere compensacion", "Incidencia resuelta",
"""Hola Pablo,

gracias por resolver lo del lunes. No queremos ninguna compensación, sólo que no se repita. Podéis cerrar el ticket.

Un saludo,
Elena""")

    # ---------------- fr
    m(B, "fr", "u1", "U", "salon demain, badges", "Impression des badges impossible",
"""Bonjour,

Notre salon ouvre demain à 8h et l'impression des badges plante à chaque fois. Il nous faut une solution ce soir, sinon 300 visiteurs attendront à l'entrée.

Merci de me rappeler au 06 12 34 56 78.
Claire Dubois""", fmt="alt")
    m(B, "fr", "f1", "F", "geste commercial exige", "Facturation erronée",
"""Bonjour,

Deux mois de suite vous m'avez facturé l'option que j'avais résiliée. Au-delà du remboursement, j'attends un geste commercial pour le temps perdu.

Cordialement,
Marc Lefèvre""")
    m(B, "fr", "n1", "", "formulaire contact urgence", "Mise à jour de mon profil",
"""Bonjour,

Je n'arrive pas à modifier le champ « personne à contacter en cas d'urgence » dans mon profil employé. Pouvez-vous me dire où se trouve l'option ? Merci.

Sophie""")
    m(B, "fr", "n2", "", "question remise association", "Tarif pour associations",
"""Bonjour,

Nous sommes une petite association sportive. Proposez-vous un tarif particulier pour les associations, et si oui à combien revient l'abonnement annuel ?

Bien à vous,
Yves Martin""", fmt="b64")

    # ---------------- nl
    m(B, "nl", "u1", "U", "webshop plat tijdens actie", "Webshop geeft foutmelding",
"""Hoi,

Onze webshop geeft sinds 10 uur alleen nog een foutmelding en vandaag is juist onze grote actiedag. Elk uur dat dit duurt kost ons duizenden euro's. Kunnen jullie hier nu meteen naar kijken?

Groet,
Sanne de Vries""")
    m(B, "nl", "f1", "F", "wil maand gratis als goedmaker", "Weer storing",
"""Beste,

Dit is de derde storing in twee maanden. Ik vind dat jullie ons als goedmakertje minstens een maand gratis moeten geven.

Met vriendelijke groet,
Ruud Bakker""", fmt="html")
    m(B, "nl", "n1", "", "geen haast", "Vraagje over rapportage",
"""Hallo,

Geen haast hoor, maar kan ik de maandrapportage ook automatisch laten mailen? Laat maar weten wanneer het uitkomt.

Groetjes,
Femke""")
    m(B, "nl", "n2", "", "terugbetaling dubbel", "Dubbel afgeschreven",
"""Goedemiddag,

Het abonnement is deze maand twee keer afgeschreven. Willen jullie het dubbele bedrag terugstorten op rekening NL12 RABO 0123 4567 89?

Dank,
Peter Jansen""")

    # ---------------- sv
    m(B, "sv", "u1", "U", "lön i morgon", "Lönefilen går inte att skapa",
"""Hej,

Lönerna ska betalas ut i morgon och lönefilen till banken går inte att skapa, vi får bara ett felmeddelande. Vi måste ha det löst i dag, annars får personalen ingen lön. Ring mig gärna direkt.

Mvh
Annika Berg""", fmt="qp")
    m(B, "sv", "f1", "F", "vill ha kompensation", "Driftstopp",
"""Hej,

Vi kunde inte ta emot bokningar på tre dagar förra veckan. Jag förväntar mig att ni kompenserar oss, förslagsvis genom att stryka novemberfakturan.

Hälsningar
Erik Lindqvist""")
    m(B, "sv", "n1", "", "ingen brådska", "Fråga om behörigheter",
"""Hej!

Ingen brådska, men går det att ge en användare läsbehörighet till bara ett projekt? Svara när ni hinner.

Tack, Maja""")
    m(B, "sv", "n2", "", "studentrabatt fråga", "Studentpris",
"""Hej,

Jag pluggar på KTH. Hur mycket kostar det personliga abonnemanget och finns det något studentpris?

/Oskar""", fmt="alt")

    # ---------------- it
    m(B, "it", "u1", "U", "fatture scadenza SDI oggi", "Invio fatture bloccato",
"""Buongiorno,

oggi è l'ultimo giorno per inviare le fatture allo SDI e il vostro gestionale da stamattina dà errore a ogni invio. Abbiamo bisogno che qualcuno intervenga entro pranzo, altrimenti prendiamo la sanzione.

Grazie
Giulia Rossi""")
    m(B, "it", "f1", "F", "vuole sconto per disservizio", "Disservizio ripetuto",
"""Buonasera,

con tutti i problemi che abbiamo avuto questo mese mi sembra il minimo che ci facciate uno sconto sul prossimo rinnovo. Attendo una vostra proposta.

Luca Bianchi""", fmt="b64")
    m(B, "it", "n1", "", "chiede prezzo", "Informazioni prezzi",
"""Salve,

vorrei sapere quanto costa il piano Premium per 5 utenti e se è possibile pagare con bonifico.

Cordiali saluti,
Francesca""")
    m(B, "it", "n2", "", "non urgente", "Domanda sul calendario",
"""Ciao,

niente di urgente: è possibile cambiare il colore degli eventi nel calendario condiviso? Quando avete un attimo.

Grazie, Marco""")

    # ---------------- pt
    m(B, "pt", "u1", "U", "loja parada", "Sistema de vendas parado",
"""Bom dia,

desde as 9h não conseguimos registar vendas na loja e temos clientes à espera na fila. Precisamos que alguém resolva isto agora, estamos a perder vendas a cada minuto.

Obrigado,
Rui Ferreira""")
    m(B, "pt", "f1", "F", "quer desconto como compensação", "Cobrança após cancelamento",
"""Olá,

vocês continuaram a cobrar a minha empresa dois meses depois do cancelamento. Além de devolverem o valor, acho justo oferecerem um desconto ou um mês grátis pelo transtorno.

Att.,
Camila Souza""", fmt="qp")
    m(B, "pt", "n1", "", "reembolso simples", "Reembolso",
"""Olá,

fiz uma compra duplicada no dia 12 (pedido 88231). Podem estornar a segunda cobrança, por favor?

Obrigada,
Beatriz""")
    m(B, "pt", "n2", "", "newsletter cupom", "Cupom exclusivo para você 🎁",
"""Olá!

Use o cupom NATAL20 e ganhe 20% de desconto em qualquer plano. Corra, é só até sexta-feira!

Equipe Agendaí
Não quer receber mais e-mails? Descadastre-se.""", fmt="html")
