"""devset16 angry-bug, batch 6 (measured before any tuning on it): precision for this round's entries
(becomes, reversed, ends at, ignoring the, works fine, same result, 'kod', 'inválido', 'est correct',
'im Browser', 'registro', 'står ikke på', 'ajunge la', 'kom ik op', 'de lado', 'springer', 'past angry',
'this is what I get', 'treuer Kunde', 'hin und her') in harmless mail, plus fresh positives."""
B = "b6"

def add_b6(m):
    # ---------------- en
    m(B, "en", "n1", "", "how-to: when does a trial become paid", "Trial question",
"""Hi, when my trial ends at midnight, does it automatically become a paid plan, or do I need to enter card details first? Thanks""")
    m(B, "en", "n2", "", "praise: works fine, same result as before", "Migration done",
"""Quick note: we migrated to the new server and everything works fine, same result as before in all our reports. Thanks for the smooth process!""")
    m(B, "en", "n3", "", "feature wish: reversed sort", "Sorting idea",
"""Could you add an option to show the invoice list in reversed order, newest at the top? Would be handy on Windows and Mac alike.""")
    m(B, "en", "n4", "", "calm: ignoring the newsletter", "Unsubscribe",
"""Hello, I've been ignoring the newsletter for a while – could you just take me off the list? No hard feelings, thanks.""")
    m(B, "en", "a1", "A", "past angry, loyal", "Done",
"""Six years of paying on time and this is what I get: a debt collector letter for a bill you already admitted was your mistake. I'm way past angry. Close the account.""")
    m(B, "en", "b1", "B", "bug: booking times shift", "Bookings moved an hour",
"""Hi, every booking made through the widget since Sunday shows one hour later in the admin calendar than what the customer picked. A 10:00 booking lands at 11:00. Bookings made by staff are fine.""")
    # ---------------- de
    m(B, "de", "n1", "", "im Browser / in der App: Frage", "Browser oder App?",
"""Hallo, kann ich die Rechnungen auch im Browser bearbeiten oder nur in der App? Danke für die Info!""")
    m(B, "de", "n2", "", "treuer Kunde, Lob", "Danke",
"""Als treuer Kunde seit vielen Jahren wollte ich einfach mal Danke sagen. Nach einigem Hin und Her hat Ihr Kollege alles super gelöst.""")
    m(B, "de", "a1", "A", "kurz, wütend", "REICHT JETZT",
"""Zum VIERTEN Mal kein Techniker. Ich hab die Schnauze voll. Kündigung kommt morgen per Einschreiben.""")
    m(B, "de", "b1", "B", "Fehler: Suche findet keine Umlaute", "Suche mit Umlauten",
"""Hallo, wenn ich in der Kundensuche "Müller" eingebe, kommt kein Treffer. Mit "Muller" finde ich ihn. Vor dem Update ging das. Gruß, Sven""")
    # ---------------- da
    m(B, "da", "n1", "", "springer over: spørgsmål", "Springe over",
"""Hej, kan jeg springe introduktionen over, når jeg opretter en ny bruger? Mvh Jakob""")
    m(B, "da", "n2", "", "står ikke på: spørgsmål", "Prisen",
"""Hej, prisen for levering står ikke på jeres hjemmeside. Hvad koster det til Aarhus? Tak""")
    m(B, "da", "b1", "B", "fejl: sms-påmindelser sendes ikke", "Påmindelser sendes ikke",
"""Hej, sms-påmindelserne til kunderne bliver ikke sendt længere, selvom de står som 'planlagt' i oversigten. Det startede efter opdateringen i mandags. /Trine""")
    # ---------------- ro
    m(B, "ro", "n1", "", "ajunge la: întrebare livrare", "Livrare",
"""Bună, în cât timp ajunge la Cluj un colet comandat azi? Mulțumesc!""")
    m(B, "ro", "a1", "A", "obosit, loial", "Gata",
"""Sunt client de nouă ani și m-am săturat să vă tot explic aceeași problemă. Nimeni nu își asumă nimic. Plec la altă firmă.""")
    m(B, "ro", "b1", "B", "bug: poze nu se încarcă pe iPhone", "Pozele nu se încarcă",
"""Bună ziua, când încerc să încarc poze din iPhone în galeria produsului, bara de progres ajunge la 100% și apoi poza dispare. De pe laptop merge. Mulțumesc, Cristina""")
    # ---------------- pl
    m(B, "pl", "n1", "", "kod pocztowy: pytanie", "Kod pocztowy",
"""Dzień dobry, jak zmienić kod pocztowy w danych do faktury? Dziękuję.""")
    m(B, "pl", "a1", "A", "sarkazm", "Gratulacje",
"""Gratulacje, kolejny miesiąc z błędną fakturą. Jestem waszym klientem od 8 lat i mam was serdecznie dosyć. Żegnam.""")
    m(B, "pl", "b1", "B", "bug: eksport PDF bez polskich znaków", "PDF bez polskich liter",
"""Cześć, w eksporcie do PDF zamiast ą, ę, ś pojawiają się puste kratki. W podglądzie w przeglądarce wszystko jest dobrze. Pozdrawiam, Kasia""")
    # ---------------- es
    m(B, "es", "n1", "", "de lado: pregunta", "Formato etiquetas",
"""Hola, ¿se pueden imprimir las etiquetas de lado, en horizontal? No veo la opción. Gracias.""")
    m(B, "es", "a1", "A", "formal, harto", "Reclamación",
"""A la atención del servicio de atención al cliente: es la tercera vez que reclamo la misma avería y la tercera vez que me dan largas. Es una falta de respeto absoluta. Exijo una solución o me doy de baja.""")
    m(B, "es", "b1", "B", "bug: la app no guarda el idioma", "Idioma vuelve al inglés",
"""Hola, cambio el idioma de la app a español, pero cada vez que la cierro vuelve al inglés. En la web se mantiene en español. Un saludo, Iván""")
    # ---------------- fr
    m(B, "fr", "n1", "", "est correct: confirmation", "Confirmation",
"""Bonjour, je confirme que le montant de la facture est correct, vous pouvez procéder au prélèvement. Merci !""")
    m(B, "fr", "a1", "A", "las et froid", "Fin",
"""Je ne vous écris plus pour obtenir une réponse, je n'y crois plus. Je vous écris pour vous dire que je pars, après neuf ans. Quelle déception.""")
    m(B, "fr", "b1", "B", "bug: le panier se vide", "Panier vidé",
"""Bonjour, quand je me connecte après avoir rempli mon panier en tant qu'invité, le panier se vide complètement. Avant, les articles étaient conservés. Merci, Léa""")
    # ---------------- nl
    m(B, "nl", "n1", "", "kom ik op: vraag", "Vraag over bereikbaarheid",
"""Hoi, hoe kom ik op jullie kantoor in Utrecht met het OV? Groetjes, Bas""")
    m(B, "nl", "a1", "A", "koud boos", "Opzegging",
"""Hierbij zeg ik mijn abonnement op. Na drie maanden van beloftes die niet worden nagekomen ben ik het vertrouwen volledig kwijt. Jammer, na tien jaar.""")
    m(B, "nl", "b1", "B", "bug: pdf-factuur verkeerde taal", "Factuur in het Duits",
"""Hallo, sinds gisteren worden onze pdf-facturen in het Duits aangemaakt, terwijl de taal op Nederlands staat. Oude facturen opnieuw downloaden geeft ze wel in het Nederlands. Groet, Lotte""")
    # ---------------- sv
    m(B, "sv", "n1", "", "beröm med 'fungerar fint'", "Tack",
"""Hej, nya versionen fungerar fint hos oss, inga problem alls. Tack för ett bra jobb!""")
    m(B, "sv", "a1", "A", "sarkasm, lojal", "Bra jobbat",
"""Bra jobbat. Tionde året som kund och ni lyckas tappa bort min beställning för andra gången. Jag är trött på att jaga er.""")
    m(B, "sv", "b1", "B", "bugg: tidrapport sparas inte", "Tidrapporten sparas inte",
"""Hej, när jag fyller i tidrapporten i mobilen och trycker Spara ser allt bra ut, men nästa dag är veckan tom igen. På datorn sparas den. /Oskar""")
    # ---------------- it
    m(B, "it", "n1", "", "registro: domanda", "Registro",
"""Buongiorno, dove trovo il registro delle fatture emesse per il commercialista? Grazie""")
    m(B, "it", "a1", "A", "furioso breve", "BASTA",
"""BASTA. Terza bolletta doppia in tre mesi. Siete una vergogna. Disdetta immediata.""")
    m(B, "it", "b1", "B", "bug: le foto profilo spariscono", "Foto profilo sparita",
"""Ciao, carico la foto del profilo, la vedo, ma dopo il logout torna l'avatar grigio. Succede sia su Chrome che su Safari. Grazie, Paolo""")
    # ---------------- pt
    m(B, "pt", "n1", "", "inválido: pergunta", "Cartão",
"""Olá, o meu cartão expirou. Como posso atualizar os dados de pagamento? Obrigado""")
    m(B, "pt", "a1", "A", "formal, indignado", "Reclamação formal",
"""Venho por este meio manifestar a minha profunda indignação. Três meses de promessas e nenhuma solução. Considero este tratamento inaceitável para um cliente de longa data.""")
    m(B, "pt", "b1", "B", "bug: soma do carrinho errada", "Total errado no carrinho",
"""Olá, tenho 3 artigos de 10 € no carrinho e o total mostra 20 €. Se remover um e voltar a adicionar, fica 30 €. Acontece no telemóvel. Obrigada, Marta""")
