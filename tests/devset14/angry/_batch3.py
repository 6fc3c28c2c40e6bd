"""devset14 angry, batch 3 (measured before any tuning on it): exasperation ('come on', 'are you kidding
me', 'seriously'), the unacceptable / ridiculous / disgraceful family in inflected forms, mild swearing at
the situation, anger buried in long mails; negatives: 'ridiculously fast' praise, acceptable-use questions,
quoted anger in history, jokes, 'no rush'."""
B = "b3"

def add_b3(m):
    # ---------------- en
    m(B, "en", "a1", "A", "come on + kidding me", "Price increase",
"""Oh come on. A 40% price increase with two weeks notice? Are you kidding me? We signed up because you were the reasonable option.

Neil""")
    m(B, "en", "a2", "A", "disgraceful, long mail", "Complaint - order 1182-B",
"""Dear Sir or Madam,

I ordered a wheelchair cushion for my mother on 3 November. The tracking has shown "preparing" for eighteen days. I have phoned twice and was promised a call back both times.

Frankly the way this has been handled is disgraceful, given what the item is for.

I would like a firm delivery date by return.

Yours faithfully,
Dorothy Finch""", fmt="alt")
    m(B, "en", "a3", "A", "mild swearing at situation", "",
"""for crying out loud, the app logged me out AGAIN mid-payment. what the hell is going on with you lot""")
    m(B, "en", "n1", "", "ridiculously fast praise", "Wow",
"""That was ridiculously fast, thank you! Seriously impressed with the team.

Olu""")
    m(B, "en", "n2", "", "acceptable-use question", "Acceptable use policy",
"""Hello, could you clarify what counts as unacceptable use under section 4 of your terms? We want to make sure our bulk mailings comply.

Regards, Ian""")
    # ---------------- de
    m(B, "de", "a1", "A", "Frechheit inflected, Zumutung", "Ihre Mahnung",
"""Sie schicken mir eine Mahnung mit 15 Euro Gebühr für eine Rechnung, die ich nachweislich vor drei Wochen bezahlt habe? Das ist eine bodenlose Frechheit. Eine absolute Zumutung.

Dr. Helga Sommer""", fmt="b64", charset="utf-8")
    m(B, "de", "a2", "A", "Austrian, mild swearing", "Lieferung",
"""Jetzt reicht's mir aber wirklich. Zum Kuckuck, wo bleibt die Lieferung? Seit zwei Wochen nur Ausreden.

Franz""")
    m(B, "de", "n1", "", "quoted anger only", "AW: Beschwerde",
"""Vielen Dank, das Problem ist gelöst und die Gutschrift ist angekommen. Alles gut!

Grüße, Stefan

> Von: Stefan Maier
> Das ist eine Frechheit, ich warte seit Wochen!""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "inadmissible, scandaleux", "Coupure",
"""Quatre jours sans ligne fixe et on me propose un geste commercial de 5 euros. C'est scandaleux. Inadmissible pour une entreprise de votre taille.

Gérard Petit""", fmt="qp", charset="iso-8859-1")
    m(B, "fr", "a2", "A", "non mais sérieusement", "Encore",
"""Non mais sérieusement ? Vous avez encore envoyé le colis à mon ancienne adresse ? Je vous l'ai changée il y a deux mois.

Laure""")
    m(B, "fr", "n1", "", "joke", "Votre chatbot",
"""Petite remarque amusante : votre chatbot m'a souhaité bon anniversaire trois fois aujourd'hui, c'est adorable ! Rien de grave, c'était juste pour vous faire sourire.

Amélie""")
    # ---------------- es
    m(B, "es", "a1", "A", "es-ES: vergonzoso, tomadura de pelo", "Reclamación",
"""Lo de su servicio técnico es una tomadura de pelo. Tres visitas, tres técnicos, y la caldera sigue igual. Vergonzoso.

Antonio Ruiz""")
    m(B, "es", "a2", "A", "es-CO: ¿me están tomando el pelo?", "cobro",
"""¿Me están tomando el pelo? Me cobraron la reconexión cuando el corte fue culpa de ustedes. Inaceptable.

Natalia""")
    m(B, "es", "n1", "", "no rush", "Consulta",
"""Hola, cuando puedan me dicen si el plan incluye factura electrónica. Sin prisa, no es urgente. Gracias.

Pablo""")
    # ---------------- it
    m(B, "it", "a1", "A", "vergognoso, ma stiamo scherzando", "Addebito",
"""Ma stiamo scherzando? Mi avete addebitato il canone di un servizio che ho disdetto a settembre. È vergognoso.

Roberto Galli""")
    m(B, "it", "a2", "A", "mild swearing: porca miseria", "app",
"""porca miseria, l'app si è bloccata di nuovo mentre pagavo. ma che razza di servizio è?

Simona""")
    m(B, "it", "n1", "", "praise: pazzesco", "Grazie!",
"""Servizio pazzesco, risolto tutto in cinque minuti! Grazie mille a Giulia.

Marco""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "pt-BR: absurdo, tá de brincadeira", "Fatura",
"""Vocês estão de brincadeira comigo? Fatura de R$ 480 sendo que meu plano é de R$ 120. Um absurdo.

Cláudia""")
    m(B, "pt", "a2", "A", "pt-PT: vergonhoso", "Reclamação",
"""Venho manifestar o meu total desagrado. O técnico faltou duas vezes sem avisar. É vergonhoso o modo como tratam os clientes.

Rui Carvalho""")
    m(B, "pt", "n1", "", "absurdamente rápido praise", "Obrigado",
"""Absurdamente rápido o atendimento de vocês, obrigado! Já está tudo funcionando.

Thiago""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "schandalig, belachelijk inflected", "Klacht",
"""Schandalig hoe jullie met klanten omgaan. Belachelijke wachttijden, en dan wordt de chat gewoon afgesloten.

Marloes""")
    m(B, "nl", "a2", "A", "mild swearing: verdorie, godsamme", "Inloggen",
"""Godsamme, alweer uitgelogd. Kunnen jullie dat nou eens fixen?

Bas""")
    m(B, "nl", "n1", "", "quoted anger in history", "RE: Klacht",
"""Bedankt, het is opgelost. Fijne dag!

Marloes

> Van: Marloes
> Schandalig, ik wacht al drie weken!""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "skandal, oacceptabelt", "Fakturan",
"""Det här är en skandal. Ni har debiterat mig två gånger och vägrar betala tillbaka. Helt oacceptabelt.

Per Lindgren""")
    m(B, "sv", "a2", "A", "mild swearing: fan också", "Appen",
"""Fan också, appen kraschar varje gång jag ska betala. Skärp er.

Linnea""")
    m(B, "sv", "n1", "", "sjukt bra praise", "Tack",
"""Sjukt bra support, tack! Allt funkar nu.

Oscar""")
    # ---------------- da
    m(B, "da", "a1", "A", "skandaløst, uhørt", "Regning",
"""Det er skandaløst, at I sender mig en rykker for en regning, jeg har betalt. Helt uhørt.

Birgitte""")
    m(B, "da", "a2", "A", "mild swearing: for pokker", "Login",
"""For pokker da, nu virker login heller ikke. Hvad laver I egentlig derinde?

Thomas""")
    m(B, "da", "n1", "", "vildt godt praise", "Tak",
"""Vildt god service, tak for hjælpen i går!

Camilla""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "skandal, żenada", "Reklamacja",
"""To jest skandal. Trzeci tydzień czekam na zwrot pieniędzy. Żenada.

Piotr Kowalczyk""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "a2", "A", "kurczę, no ludzie", "aplikacja",
"""Kurde no, ludzie, znowu nie da się zalogować. Ile można?

Ola""")
    m(B, "pl", "n1", "", "no rush", "Pytanie",
"""Dzień dobry, kiedy znajdziecie chwilę, proszę o informację o fakturze. Nic pilnego. Pozdrawiam, Adam""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "inadmisibil, rusine", "Factura",
"""Este inadmisibil să primesc factură de trei ori mai mare fără nicio explicație. Rușine să vă fie!

Dan Stoica""", fmt="qp", charset="iso-8859-16")
    m(B, "ro", "a2", "A", "no diacritics, pe bune?", "livrare",
"""Pe bune? Iar ati trimis coletul gresit? E a doua oara luna asta.

Bianca""")
    m(B, "ro", "n1", "", "praise", "Multumesc",
"""Mulțumesc mult, ați rezolvat super repede!

Irina""")
    # extra en HTML-only
    m(B, "en", "a4", "A", "HTML-only, shambles", "Onboarding",
"""Honestly, the whole onboarding has been a shambles from day one. Wrong login details, wrong plan, and now the wrong invoice.

Kate""", fmt="html")
