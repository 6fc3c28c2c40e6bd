"""devset15 outage-legal, batch 11 = second PRECISION batch (measured before tuning): hard negatives
touching the later round-13 entries: 'down again' / 'di nuovo giù' for a price or a chart, relatives
who are lawyers as users or referrals, 'se encargará' / 'tar hand om' without a lawyer threat, lawyers
who will 'handle' the contract signing, clients calling about something else, 'nessuno da noi' in a
feature question, 'ninguno de nuestros ... puede' about permissions, 'in errore' for one invoice,
regulators with compliance verbs, 'helt væk' for a menu, 'kunder ringer' about opening hours."""
B = "b11"

def add_b11(m):
    m(B, "en", "n1", "", "our lawyer will handle the contract signing", "Contract signature",
"""Our lawyer will handle the contract signing on our side, please send the DocuSign to her: j.ortiz@ortizlaw.example.

Thanks, Martin""")
    m(B, "en", "n2", "", "sales down again this month (report)", "Monthly report",
"""Our sales are down again this month according to your dashboard, is there a way to compare with last year in the same chart?

Ruth""")
    m(B, "en", "n3", "", "my sister is a lawyer and wants an account", "New signup",
"""My sister is a lawyer and would like to sign up too, can she get the same discount as me?

Paula""")
    m(B, "it", "n1", "", "prezzi di nuovo giù: feature question", "Prezzi",
"""I prezzi dei fornitori sono di nuovo giù, possiamo aggiornare il listino in blocco dal gestionale?

Marco""")
    m(B, "it", "n2", "", "nessuno da noi uses the feature", "Funzione magazzino",
"""Nessuno da noi usa il modulo magazzino, si può disattivare per risparmiare sulla licenza?

Elisa""")
    m(B, "it", "n3", "", "one invoice in errore", "Fattura elettronica scartata",
"""La fattura n. 214 risulta in errore sul portale SDI, scartata per codice destinatario. Come la correggo?

Stefano""")
    m(B, "it", "n4", "", "mio cognato avvocato wants a demo", "Demo",
"""Mio cognato è avvocato e vorrebbe provare il vostro software per il suo studio. Si occuperà lui di contattarvi.

Roberta""")
    m(B, "es", "n1", "", "ninguno de nuestros comerciales puede ver precios de compra (permissions)", "Permisos",
"""Ninguno de nuestros comerciales puede ver los precios de compra, y así queremos que siga. ¿Cómo doy acceso solo al gerente?

Alberto""")
    m(B, "es", "n2", "", "se encargará: colleague handles billing", "Contacto de facturación",
"""A partir de enero mi compañera Lidia se encargará de la facturación. ¿Podéis cambiar el contacto?

Gracias, Óscar""")
    m(B, "es", "n3", "", "mi hermano es abogado: referral", "Recomendación",
"""Mi hermano es abogado y le he recomendado vuestra app. ¿Tenéis programa de referidos?

Lucía""")
    m(B, "fr", "n1", "", "ça a replanté = planted again (garden centre)", "Catalogue jardinerie",
"""Bonjour, on a replanté tout le rayon vivaces, comment importer les 200 nouvelles références d'un coup ?

Jardinerie Verte""")
    m(B, "fr", "n2", "", "DGCCRF exige: compliance", "Affichage des prix",
"""Bonjour, la DGCCRF exige l'affichage du prix au kilo. Votre module étiquettes le gère-t-il ?

Patrice""")
    m(B, "pl", "n1", "", "nikt nie może się zalogować... question about 2FA policy", "Polityka haseł",
"""Chcemy wymusić 2FA - czy po włączeniu nikt nie będzie mógł się zalogować bez aplikacji? Pytam zanim włączymy.

Ania""")
    m(B, "pl", "n2", "", "klienci dzwonią about opening hours", "Godziny otwarcia",
"""Klienci do nas dzwonią, że na stronie są złe godziny otwarcia. Gdzie to zmienić?

Salon Kasia""")
    m(B, "pl", "n3", "", "mój brat prawnik polecił", "Polecenie",
"""Mój brat jest prawnikiem i polecił mi wasz program do faktur. Czy jest wersja próbna?

Iza""")
    m(B, "ro", "n1", "", "ANPC cere: compliance", "Etichete",
"""ANPC cere afișarea prețului unitar. Se poate face din aplicație?

Mirela""")
    m(B, "ro", "n2", "", "fratele meu avocat, user", "Cont pentru frate",
"""Fratele meu este avocat și ar vrea un cont separat pe același abonament. Se poate?

Ioana""")
    m(B, "sv", "n1", "", "kunder ringer about price", "Priser",
"""Kunder ringer och undrar varför priserna i appen skiljer sig från butiken.

/Stina""")
    m(B, "sv", "n2", "", "tar hand om: colleague takes over", "Ny kontaktperson",
"""Från och med nästa vecka tar min kollega Lars hand om vårt konto.

Mvh Eva""")
    m(B, "sv", "n3", "", "skicka hem personal: staff scheduling question", "Schema",
"""Kan man i schemat markera när vi skickar hem personal tidigare vid lite kunder?

/Sofia""")
    m(B, "da", "n1", "", "menu helt væk after redesign, single feature", "Menu",
"""Menuen til venstre er helt væk efter jeres nye design. Hvordan får jeg den tilbage?

Mvh Kirsten""")
    m(B, "da", "n2", "", "gået ned igen: prices", "Priser",
"""Prisen på SMS-pakken er gået ned igen? Så vil vi gerne købe 5000.

Lars""")
    m(B, "de", "n1", "", "mein Schwager Anwalt referral", "Empfehlung",
"""Mein Schwager ist Anwalt und nutzt Ihr Tool schon. Er hat es mir empfohlen, gibt es einen Rabatt?

Sabine""")
    m(B, "de", "n2", "", "nichts mehr geht = fully booked", "Ausgebucht",
"""Am Samstag geht bei uns nichts mehr, wir sind ausgebucht. Kann ich die Online-Buchung für den Tag sperren?

Friseur Haarmonie""")
    m(B, "nl", "n1", "", "koppelingen liggen stil by choice (we paused)", "Koppeling pauzeren",
"""Wij hebben de koppelingen bewust stilgelegd tijdens de inventarisatie. Hoe zetten we ze morgen weer aan?

Groet, Eric""")
    m(B, "pt", "n1", "", "meu irmão advogado cuidar do contrato", "Contrato",
"""O meu irmão é advogado e vai tratar da assinatura do contrato em nome da empresa. Podem enviar-lhe o documento?

Nuno""")
    m(B, "pt", "n2", "", "nenhuma das nossas lojas usa", "Módulo",
"""Nenhuma das nossas lojas usa o módulo de reservas. Podemos retirá-lo do plano?

Filipa""")
    # a few positives
    m(B, "en", "o1", "O", "down again for everyone", "Down again",
"""Down again for everyone in the building.

Raj""")
    m(B, "it", "l1", "L", "mio marito avvocato se ne occuperà", "Rimborso",
"""Mio marito è avvocato e se ne occuperà lui, visto che voi non rispondete.

Laura""")
    m(B, "pl", "o1", "O", "none of the stores can log in", "Logowanie",
"""Żaden z naszych sklepów nie może zalogować się do systemu od 8 rano.

Paweł""")
