"""batch 4 = generalisation batch (measured before tuning): new wording of b1-b3 themes: implicit
urgency (court, notary, customs, patients, shop queue, payroll) without the usual words; compensation
in kind with other verbs (knock off, write off, on the house, comp); agent's private channels in
new phrasings (out of hours, own phone, just the two of us); a few negatives."""
B = "b4"

def add_b4(m):
    # ---------------- en
    m(B, "en", "u5", "U", "court filing at 4, nothing uploads", "filing",
"""The bundle has to be lodged with the court by 4pm today and your portal won't upload anything over 2MB. I cannot miss this filing. Please help now.

J. Okafor, solicitor""")
    m(B, "en", "u6", "U", "AU English, shop queue out the door", "POS down",
"""mate the tills have frozen and we've got a queue out the door, need a fix right now not in 24hrs

Shazza - Bondi Surf Co""")
    m(B, "en", "f4", "F", "knock a couple of months off", "price",
"""After the year we've had with your sync bugs I'd expect you to knock a couple of months off the annual bill. Let me know.

Steve""")
    m(B, "en", "f5", "F", "write off the overage charge as goodwill", "overage",
"""We'd like you to write off the overage this month as a goodwill gesture - the spike was caused by your duplicate webhook bug, not us.

Anita, Ops""")
    m(B, "en", "p5", "P", "her own phone out of office hours", "Thank you Becky",
"""Becky, you've been a star. Could you send me a number for your own phone so I can message you out of office hours? The main line is always closed when we need it.

Joan""")
    m(B, "en", "n9", "", "price match policy question", "price match",
"""Hi, do you have a price match policy? We're comparing three vendors at the moment. Thanks, Ian""")
    # ---------------- de
    m(B, "de", "u4", "U", "Notartermin morgen früh", "Grundbuchauszug",
"""Wir haben morgen um 9 den Notartermin und der Export der Unterlagen bricht immer ab. Ohne die Unterlagen platzt der Termin. Bitte helfen Sie uns noch heute!

Familie Kraus""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "f4", "F", "Monat umsonst als Entschuldigung", "Ärger",
"""Als kleine Entschuldigung für das Chaos hätte ich gern einen Monat umsonst. Das fände ich fair. Viele Grüße, Jörg""")
    m(B, "de", "p4", "P", "nur wir beide telefonieren, private Nummer", "Rückfrage",
"""Hallo Herr Yüksel, könnten wir das nicht lieber nur wir beide am Telefon klären? Geben Sie mir bitte Ihre private Nummer, die Hotline ist mir zu anonym. Gruß M. Fuchs""")
    # ---------------- da
    m(B, "da", "u3", "U", "patienter venter, klinik", "Bookingsystem nede",
"""Vi har patienter i venteværelset og kan ikke se hvem der har tid hvornår. Vi skal have hjælp med det samme!

Tandklinikken Vejle""")
    m(B, "da", "p3", "P", "din egen telefon efter lukketid", "Tak Sofie",
"""Hej Sofie, må jeg få nummeret til din egen telefon? Så kan jeg skrive efter lukketid, hvis kassen driller igen. Hilsen Jens""")
    # ---------------- sv
    m(B, "sv", "f4", "F", "stryk fakturan som kompensation", "Faktura oktober",
"""Hej, med tanke på att tjänsten låg nere i fyra dagar i oktober tycker jag att ni ska stryka oktoberfakturan helt. Mvh Per""")
    m(B, "sv", "p3", "P", "ses över en fika, ditt nummer", "Tack!",
"""Tack Ida! Ska vi ses över en fika nån gång? Skicka ditt nummer så hör jag av mig. /Malin""")
    m(B, "sv", "n3", "", "prisgaranti? question", "Pris",
"""Hej, har ni någon prisgaranti om priset höjs under avtalstiden? Mvh Olle""")
    # ---------------- nb
    m(B, "nb", "f2", "F", "gratis oppgradering som kompensasjon", "Oppgradering",
"""Etter alt bråket forventer vi gratis oppgradering til Pro ut året. Mvh Knut""")
    m(B, "nb", "p2", "P", "din private epost", "Takk Anders",
"""Hei Anders, har du en privat e-post jeg kan skrive til? Vil helst slippe kundeportalen. Hilsen Randi""")
    # ---------------- fi
    m(B, "fi", "u3", "U", "palkat huomenna, pikaisesti", "Palkka-ajo",
"""Palkat pitää maksaa huomenna ja palkka-ajo kaatuu. Tarvitsemme korjauksen pikaisesti, muuten 60 ihmistä jää ilman palkkaa.

Heidi""")
    m(B, "fi", "f2", "F", "ilmainen kuukausi hyvityksenä", "Hyvitys",
"""Odotamme hyvityksenä ilmaista kuukautta, koska palvelu ei toiminut viikkoon. Terveisin Kalle""")
    # ---------------- nl
    m(B, "nl", "u3", "U", "zitting morgen, rechtbank", "Upload processtukken",
"""Morgenochtend is de zitting bij de rechtbank en ik krijg de stukken niet geüpload. Dit moet vanmiddag nog lukken, anders zit mijn cliënt in de problemen.

mr. S. de Boer""")
    m(B, "nl", "f4", "F", "korting als pleister op de wonde", "Rekening",
"""Na drie storingen deze maand wil ik een flinke korting op de volgende rekening, als pleister op de wonde. Groet, Anouk""")
    m(B, "nl", "n4", "", "Vlaams, geen spoed", "Vraag facturatie",
"""Dag, hoe pas ik het btw-nummer aan op de facturen? Geen spoed, volgende week is ook goed. Mvg, Jens""")
    # ---------------- fr
    m(B, "fr", "u4", "U", "douane, camion bloqué à la frontière", "Documents douane",
"""Notre camion est bloqué à la frontière suisse faute de documents et votre logiciel ne génère pas la déclaration. Il nous la faut dans l'heure sinon la marchandise repart.

Transports Mercier""", fmt="b64")
    m(B, "fr", "p3", "P", "appeler le conseiller sur son portable perso le soir", "Merci Kevin",
"""Kevin, est-ce que je pourrais t'appeler sur ton portable perso le soir ? Pendant la journée je suis en chantier et la hotline ferme à 18h. Merci, Patrick""")
    m(B, "fr", "f4", "F", "geste: nous offrir les frais de mise en service", "Frais d'installation",
"""Bonjour, étant donné les deux semaines de retard pour l'installation, nous vous demandons de nous offrir les frais de mise en service. Cordialement, Agnès Roux""")
    # ---------------- es
    m(B, "es", "u4", "U", "es-AR, cola en la caja", "Caja trabada",
"""Se trabó el sistema de caja y tengo una cola que da la vuelta a la manzana. Necesito que me den una mano ya mismo por favor.

Gustavo""")
    m(B, "es", "f4", "F", "que nos descuenten el mes", "Mes de octubre",
"""Buenas, como el programa estuvo caído medio mes, quiero que nos descuenten octubre de la factura. Es lo justo. Un saludo, Pilar""")
    m(B, "es", "p4", "P", "hablar por su móvil fuera del horario", "Gracias Alberto",
"""Alberto, ¿te puedo llamar a tu móvil fuera del horario? Es que por las mañanas no puedo y el soporte cierra a las 18h. Gracias, Rocío""")
    m(B, "es", "n4", "", "pregunta si hay descuento por pago anual", "Pago anual",
"""Hola, ¿hay algún descuento si pagamos el año por adelantado? Gracias, Ernesto""")
    # ---------------- it
    m(B, "it", "f4", "F", "ci dovete scalare il mese", "Fattura",
"""Visto che il servizio è stato fermo dieci giorni, ci dovete scalare il mese dalla prossima fattura. Saluti, Claudio""")
    m(B, "it", "p3", "P", "vederci di persona, cellulare", "Grazie Federica",
"""Federica, sei stata gentilissima. Se passi da Bologna ci prendiamo un caffè? Mandami il tuo cellulare. Chiara""")
    m(B, "it", "u4", "U", "pazienti in attesa", "Agenda bloccata",
"""L'agenda non carica e abbiamo i pazienti in sala d'attesa. Intervenite subito per favore.

Studio dentistico Moretti""")
    # ---------------- pt
    m(B, "pt", "f3", "F", "pt-BR, quer mensalidade abonada", "Mensalidade",
"""Gente, depois de uma semana fora do ar quero que vocês abonem a mensalidade de novembro. Não vou pagar por serviço que não recebi. Att, Renata""")
    m(B, "pt", "u4", "U", "pt-PT, clientes à espera na loja", "Terminal de pagamento",
"""O terminal de pagamento deixou de funcionar e temos clientes à espera na loja. Precisamos de ajuda imediata.

Loja Sol, Braga""")
    m(B, "pt", "p4", "P", "pt-BR, combinar um café com a atendente", "Obrigada Camila",
"""Camila, obrigada! Bora marcar um café qualquer dia? Me passa seu número pessoal. Bjs, Letícia""")
    # ---------------- pl
    m(B, "pl", "u3", "U", "kolejka klientów przy kasie", "Kasa",
"""Kasa nie działa, a przy ladzie stoi kolejka klientów. Potrzebujemy pomocy natychmiast!

Sklep u Zosi""")
    m(B, "pl", "f4", "F", "odpuście nam opłatę", "Opłata listopad",
"""Po tylu awariach oczekuję, że odpuścicie nam opłatę za listopad. Pozdrawiam, Bartek""")
    m(B, "pl", "p3", "P", "spotkanie na kawę, numer", "Dziękuję Pani Ani",
"""Pani Aniu, może spotkamy się kiedyś na kawie? Proszę mi podać swój numer telefonu, zadzwonię. Tomasz""")
    # ---------------- ro
    m(B, "ro", "u4", "U", "vama, camionul blocat", "Documente vamale",
"""Camionul e blocat in vama si nu putem genera documentele. Avem nevoie de ele in urmatoarea ora, altfel pierdem transportul.

Logistica Dunarea""")
    m(B, "ro", "f4", "F", "să nu plătim luna asta", "Factura",
"""Avand in vedere ca aplicatia nu a mers doua saptamani, va rog sa nu ne facturati luna aceasta. Multumesc, Oana""")
    m(B, "ro", "p3", "P", "vorbim pe privat, Instagram", "Multumesc Alina",
"""Alina, esti super! Hai sa vorbim pe privat, care e instagramul tau? Bianca""")
