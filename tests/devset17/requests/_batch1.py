"""devset17 requests, batch 1 (measured before any tuning): indirect feature requests, freebie
demands as a condition, private-contact requests, manager-request hard negatives; all 11 languages."""
B = "b1"

def add_b1(m):
    # ---------------- en
    m(B, "en", "f1", "F", "indirect: is there any way to", "Recurring invoices?",
"""Hi, is there any way to make invoices repeat every month automatically? Right now I copy them by hand each time. Thanks, Joe""")
    m(B, "en", "f2", "F", "indirect: old system could", "Moving over from Xero",
"""Hello,
we moved over from our old system last month. Generally happy, but our old system could split one payment over several invoices and yours can't, which costs our bookkeeper an hour a week.
Kind regards
Martha Lindqvist
Office manager, Lindqvist Dental""")
    m(B, "en", "g1", "G", "freebie: least you can do after outage", "Re: incident report",
"""After three days of not being able to send a single campaign the least you can do is take this month off our bill.

> On Mon, Support wrote:
> The incident has been resolved.""")
    m(B, "en", "p1", "P", "personal: WhatsApp of agent", "Thanks Priya",
"""Priya, you were the first person who actually fixed something. Could you send me your WhatsApp so I can reach you directly next time instead of going through the ticket queue?""")
    m(B, "en", "n1", "", "manager neg: I'm the office manager, how-to", "Adding a user",
"""Hi, I'm the office manager here and need to add our new receptionist as a user. Where do I do that? Thanks""")
    m(B, "en", "n2", "", "manager neg: manager role permissions", "Manager role",
"""Does the Manager role let someone approve timesheets, or only Admin? I want to give it to two team leads.""")
    m(B, "en", "m1", "M", "positive: escalate to someone senior", "Escalation",
"""This is the fourth time I'm explaining the same thing. I want this escalated to someone senior who can actually make a decision.""")
    # ---------------- de
    m(B, "de", "f1", "F", "indirect: schade dass man nicht", "Export nach DATEV",
"""Hallo,
schade, dass man die Buchungen nicht direkt nach DATEV exportieren kann. Unser Steuerberater fragt jeden Monat danach. Ist so etwas geplant?
Gruß, Brigitte""")
    m(B, "de", "g1", "G", "freebie: expects free month as compensation", "Ausfall letzte Woche",
"""Nach dem zweitägigen Ausfall erwarte ich, dass Sie uns den Dezember gutschreiben. Sonst kündigen wir zum Jahresende.""")
    m(B, "de", "p1", "P", "personal: private Handynummer", "Rückfrage",
"""Herr Becker, geben Sie mir bitte Ihre private Handynummer, dann kläre ich das mit Ihnen direkt am Wochenende.""")
    m(B, "de", "n1", "", "manager neg: mein Chef bat mich", "Rechnungsadresse",
"""Guten Tag, mein Chef hat mich gebeten, die Rechnungsadresse auf unsere neue Filiale in Köln zu ändern. Wo geht das? Danke""")
    m(B, "de", "n2", "", "bug, not feature", "Export-Knopf",
"""Der Knopf "Exportieren" macht seit gestern gar nichts mehr, es passiert einfach nichts beim Klicken.""")
    # ---------------- da
    m(B, "da", "f1", "F", "feature: any plans for mobilepay", "MobilePay",
"""Hej, har I nogen planer om at understøtte MobilePay? Halvdelen af vores kunder spørger efter det. Mvh Søren""")
    m(B, "da", "g1", "G", "freebie: rabat or leave", "Fornyelse",
"""Vi har været kunder i seks år. Hvis I ikke giver os rabat på fornyelsen, skifter vi til jeres konkurrent.""")
    m(B, "da", "n1", "", "manager neg: leder in signature + how-to", "Vagtplan",
"""Hvordan kopierer jeg vagtplanen fra denne uge til næste uge?

Venlig hilsen
Mette Holm
Afdelingsleder, Plejecenter Solgården""")
    m(B, "da", "m1", "M", "positive: vil tale med din chef", "Klage",
"""Jeg vil tale med din chef. Det her er ikke i orden, og jeg har ventet i to uger.""")
    # ---------------- ro
    m(B, "ro", "f1", "F", "feature: ar fi util", "Facturare în euro",
"""Bună ziua, ar fi foarte util să putem emite facturi în euro direct din aplicație. Acum trebuie să le facem în Excel. Aveți în plan așa ceva?""")
    m(B, "ro", "g1", "G", "freebie: cer o luna gratuita", "Problemă abonament",
"""Din cauza problemelor de săptămâna trecută, cer o lună gratuită. Altfel nu mai reînnoim abonamentul.""")
    m(B, "ro", "p1", "P", "personal: numarul personal", "Mulțumesc",
"""Domnule Popescu, îmi puteți da numărul dumneavoastră personal? Prefer să vorbesc direct cu dumneavoastră decât prin tichete.""")
    m(B, "ro", "n1", "", "manager neg: managerul meu m-a rugat", "Factură",
"""Bună, managerul meu m-a rugat să vă cer factura pentru octombrie în format PDF. Mulțumesc!""")
    # ---------------- pl
    m(B, "pl", "f1", "F", "feature: szkoda ze nie mozna", "Eksport do JPK",
"""Szkoda, że nie można wygenerować pliku JPK bezpośrednio z programu. Czy planujecie dodać taką funkcję?""")
    m(B, "pl", "g1", "G", "freebie: oczekuje rabatu", "Awaria",
"""Po tej awarii oczekuję rabatu na kolejny kwartał. W przeciwnym razie rezygnujemy.""")
    m(B, "pl", "n1", "", "manager neg: kierownik roles", "Uprawnienia",
"""Czy rola Kierownik może widzieć raporty sprzedaży wszystkich sklepów? Chcę ją nadać dwóm osobom.""")
    # ---------------- es
    m(B, "es", "f1", "F", "feature: seria genial", "Firma digital",
"""Hola, sería genial poder firmar los presupuestos desde el móvil. Con el programa anterior lo hacíamos y ahora tenemos que imprimirlos. ¿Lo tenéis previsto?""")
    m(B, "es", "p1", "P", "personal: móvil personal", "Gracias Lucía",
"""Lucía, ¿me pasas tu móvil personal? Así te escribo directamente cuando tenga dudas y no tengo que abrir un ticket cada vez.""")
    m(B, "es", "n1", "", "manager neg: soy la gerente, promo question", "Promoción Black Friday",
"""Soy la gerente de la tienda. ¿La promoción de Black Friday que anunciasteis en la web también vale para planes anuales?""")
    m(B, "es", "m1", "M", "positive: quiero hablar con un responsable", "Reclamación",
"""Quiero hablar con un responsable, no con otro agente. Llevo tres semanas sin solución.""")
    # ---------------- fr
    m(B, "fr", "f1", "F", "feature: dommage qu'on ne puisse pas", "Agenda partagé",
"""Bonjour, c'est dommage qu'on ne puisse pas partager l'agenda avec nos clients. Notre ancien logiciel le permettait. Est-ce prévu ?""")
    m(B, "fr", "g1", "G", "freebie: geste commercial", "Facturation",
"""Vu les coupures à répétition ce mois-ci, j'attends un geste commercial sur la prochaine facture, sinon je résilie.""")
    m(B, "fr", "n1", "", "manager neg: mon responsable en copie factures", "Factures",
"""Bonjour, merci de mettre mon responsable en copie des factures à partir de janvier : marc.henry@cabinet-henry.fr""")
    # ---------------- nl
    m(B, "nl", "f1", "F", "feature: jammer dat het niet kan", "Meerdere talen",
"""Jammer dat de klantportal alleen in het Nederlands is. Komt er ooit een Engelse versie? Veel van onze klanten zijn expats.""")
    m(B, "nl", "p1", "P", "personal: privé nummer", "Bedankt",
"""Hoi Daan, mag ik je privénummer? Dan bel ik je even als het weer misgaat, scheelt een hoop gedoe met tickets.""")
    m(B, "nl", "n1", "", "personal neg: company switchboard", "Telefoonnummer",
"""Wat is het algemene telefoonnummer van jullie klantenservice? Ik kan het niet vinden op de site.""")
    # ---------------- sv
    m(B, "sv", "f1", "F", "feature: vore bra om", "Swish",
"""Hej! Det vore jättebra om man kunde ta betalt med Swish direkt i bokningen. Finns det planer på det?""")
    m(B, "sv", "g1", "G", "freebie: gratis månad", "Driftstörning",
"""Efter tre dagars driftstörning tycker jag att vi ska få en gratis månad. Det är det minsta ni kan göra.""")
    m(B, "sv", "n1", "", "manager neg: min chef vill ha faktura", "Faktura",
"""Hej, min chef vill ha fakturan skickad till ekonomi@bygg-ab.se i stället. Tack!""")
    # ---------------- it
    m(B, "it", "f1", "F", "feature: sarebbe bello", "Fatture ricorrenti",
"""Buongiorno, sarebbe bello poter programmare le fatture ricorrenti. Il vecchio gestionale lo faceva. Pensate di aggiungerlo?""")
    m(B, "it", "g1", "G", "freebie: sconto o disdico", "Rinnovo",
"""Con tutti i disservizi di quest'anno pretendo uno sconto sul rinnovo, altrimenti disdico.""")
    m(B, "it", "n1", "", "manager neg: responsabile amministrativo signature", "Fattura",
"""Buongiorno, potete reinviare la fattura di settembre? Grazie

Laura Conti
Responsabile amministrativa""")
    # ---------------- pt
    m(B, "pt", "f1", "F", "feature: seria otimo", "Integração",
"""Olá, seria ótimo se o sistema integrasse com o Mercado Livre. Hoje fazemos tudo manualmente. Existe previsão?""")
    m(B, "pt", "p1", "P", "personal: seu WhatsApp", "Obrigado Ana",
"""Ana, pode me passar seu WhatsApp? Fica mais fácil falar direto com você do que abrir chamado.""")
    m(B, "pt", "n1", "", "manager neg: gerente de contas is a product role", "Perfil gerente",
"""O perfil de gerente consegue aprovar descontos nos pedidos ou só o administrador?""")
