"""devset12 contact-manager, batch 4 (measured before any tuning on it): senior words with another meaning
(dirección = address, conducere = driving, capo = garment, 'as written above', higher plan), product roles,
reported conversations; oblique personal-contact asks."""
B = "b4"

def add_b4(m):
    # ---------------- en
    m(B, "en", "n1", "", "someone senior on OUR side needs admin rights", "Admin rights",
"""Hi, we need someone senior in our finance team to have admin rights while I'm on leave. Can I give Paul Rivers the admin role temporarily, or do you have to do that? Thanks, Aisha""")
    m(B, "en", "n2", "", "put me through to accounts team; who is in charge of invoicing", "Question about VAT",
"""Hello, who is in charge of invoicing at your end? Or could you put me through to the accounts team - I have a quick VAT question on invoice 3390. Thanks, Colin""")
    m(B, "en", "n3", "", "manager view bug for supervisors", "Manager view blank",
"""Hi, since this morning the manager view is blank for all our shift supervisors - the schedule shows for normal staff but not for them. Chrome and Edge both. Screenshot attached. Rob""")
    m(B, "en", "n4", "", "reported: spoke to your manager, thanks", "Re: Contract renewal",
"""Hi Emma, I spoke with your manager Daniel on the phone yesterday and he confirmed the 10% discount for the renewal, so we're all set. Please send the updated contract when ready. Best, Frank""")
    m(B, "en", "m1", "M", "escalate to whoever is above you", "Unacceptable",
"""I'm sorry but this isn't something you can fix, clearly. Please pass this on to whoever is above you and have them call me. I've been a customer for eleven years.

Brian""")
    m(B, "en", "c1", "C", "slide into DMs / what's your handle", "thanks a million",
"""Honestly you're the best support person I've ever dealt with lol. What's your handle on Insta? I'll send you a proper thank you 😄

Kayla""")

    # ---------------- de
    m(B, "de", "n1", "", "mit jemandem aus dem Vertrieb sprechen; Chef im Urlaub", "Angebot",
"""Hallo, ich würde gern mit jemandem aus dem Vertrieb sprechen, weil mein Chef im Urlaub ist und ich bis Freitag ein Angebot brauche. Können Sie mich zurückrufen? Nummer in der Signatur. Gruß, Lena""")
    m(B, "de", "n2", "", "Vorgesetzten-Freigabe in der App", "Urlaubsanträge",
"""Hallo, können Urlaubsanträge in Ihrer App so eingestellt werden, dass zuerst der direkte Vorgesetzte freigeben muss und dann die Personalabteilung? Danke, Frank Weber""")
    m(B, "de", "m1", "M", "will mit dem Verantwortlichen sprechen", "Nochmal: falsche Abbuchung",
"""Guten Tag, ich verlange, dass sich der Verantwortliche für Ihren Kundenservice bei mir meldet. Die dritte Fehlbuchung in Folge ist nicht mehr hinnehmbar.

Rainer Schulz""")
    m(B, "de", "c1", "C", "will Techniker privat fürs eigene Haus buchen", "Herr Yilmaz",
"""Hallo, Ihr Techniker Herr Yilmaz war sehr kompetent. Könnten Sie mir seine Handynummer geben? Ich würde ihn gern privat für eine Sache bei mir zu Hause anfragen.

Grüße, Claudia""")

    # ---------------- da
    m(B, "da", "n1", "", "vores chef vil have en demo", "Demo",
"""Hej, vores chef vil gerne se en demo af planlægningsmodulet inden vi køber. Kan I foreslå et tidspunkt i næste uge? Mvh Rasmus""")
    m(B, "da", "n2", "", "lederrolle i systemet", "Leder-rettigheder",
"""Hej, hvordan giver jeg en medarbejder lederrollen i systemet, så hun kan godkende vagter? Tak, Mette""")
    m(B, "da", "m1", "M", "send sagen videre til nogen højere oppe", "Re: sag 2210",
"""Hej, send venligst sagen videre til nogen højere oppe. Jeg har fået tre forskellige svar fra jer. Mvh Kasper Dahl""")

    # ---------------- ro
    m(B, "ro", "n1", "", "școală de conducere / permis de conducere", "Programari scoala de conducere",
"""Bună ziua, avem o școală de conducere și vrem să folosim aplicația pentru programarea orelor de conducere. Cursanții noștri cu permis de conducere provizoriu pot primi SMS? Mulțumim, Auto Vest""")
    m(B, "ro", "n2", "", "planul superior, persoana responsabilă cu facturarea", "Upgrade",
"""Bună, vrem să trecem la planul superior. Persoana responsabilă cu facturarea la noi este doamna Pop, vă rog să trimiteți factura pe emailul ei. Mulțumesc, Dana""")
    m(B, "ro", "m1", "M", "vreau un supervizor", "Inacceptabil",
"""Vreau să discut cu un supervizor. Am sunat de cinci ori și de fiecare dată mi se spune altceva. Mădălina Toma""")
    m(B, "ro", "c1", "C", "facebook-ul consultantului, să îi scriu", "Multumesc lui Cosmin",
"""Bună ziua, consultantul Cosmin m-a ajutat enorm. Are cont de Facebook? Aș vrea să îi scriu direct lui, pe privat.

Mulțumesc, Sorin""")

    # ---------------- pl
    m(B, "pl", "n1", "", "jak pisałem wyżej; szef zmiany w aplikacji", "Grafik zmian",
"""Dzień dobry, jak pisałem wyżej, w aplikacji szef zmiany nie widzi grafiku pracowników. Wersja Android 14. Pozdrawiam, Łukasz""")
    m(B, "pl", "n2", "", "wyższy pakiet; dyrektor zatwierdził", "Zmiana pakietu",
"""Dzień dobry, nasz dyrektor zatwierdził przejście na wyższy pakiet. Proszę o fakturę. Pozdrawiam, Monika""")
    m(B, "pl", "m1", "M", "chcę rozmawiać z kierownikiem", "Skarga",
"""Chcę rozmawiać z kierownikiem działu obsługi klienta. Trzecia odmowa reklamacji bez uzasadnienia to kpina. Jan Kowalczyk""")

    # ---------------- es
    m(B, "es", "n1", "", "cambiar la dirección de envío", "Cambio de dirección",
"""Hola, por favor cambien la dirección de envío de mi pedido 44120, me he mudado. La nueva dirección es Calle Mayor 12, Zaragoza. Gracias, Inés""")
    m(B, "es", "n2", "", "quiero hablar con ustedes sobre la dirección de facturación", "Factura",
"""Buenas, quiero hablar con alguien sobre la dirección que aparece en la factura, está mal el código postal. ¿Me pueden llamar? Saludos, Ramón""")
    m(B, "es", "n3", "", "jefe de cocina; supervisor de turno como rol", "Roles",
"""Hola, ¿cómo creo el rol de supervisor de turno en la app? Nuestro jefe de cocina necesita ver los pedidos pero no la caja. Gracias, Bar Lucas""")
    m(B, "es", "m1", "M", "quiero que intervenga la dirección", "Queja",
"""Buenas tardes, exijo que intervenga la dirección de la empresa. Llevo tres semanas sin servicio y nadie de atención al cliente me da una solución.

Marisa Ortega""")
    m(B, "es", "c1", "C", "¿dónde vives? para mandar regalo", "Gracias Andrea",
"""Andrea, mil gracias, de verdad. ¿Me dices en qué barrio vives o una dirección donde mandarte unas flores? Te lo mereces.

Besos, Carla""")

    # ---------------- fr
    m(B, "fr", "n1", "", "je suis responsable du compte; direction = route/adresse", "Changement d'adresse",
"""Bonjour, je suis responsable du compte de notre association et je voudrais mettre à jour notre adresse postale. Merci de me dire la marche à suivre. Cordialement, Yves""")
    m(B, "fr", "n2", "", "quelqu'un du service commercial", "Devis",
"""Bonjour, je souhaiterais parler à quelqu'un du service commercial pour un devis de 30 licences. Merci, Aurélie""")
    m(B, "fr", "m1", "M", "transmettez à votre direction", "Plainte",
"""Bonjour, je vous prie de transmettre ma plainte à votre direction. Cela fait deux mois que mes factures sont fausses.

Bernard Leroy""")

    # ---------------- nl
    m(B, "nl", "n1", "", "waterleiding; chef = baas approved", "Storing koelcel",
"""Hoi, onze chef vraagt of jullie monteur morgen de koelcel kan nakijken, er lekt water uit de leiding. Groet, Sanne van Dijk""")
    m(B, "nl", "n2", "", "hoger pakket, managementrapportage", "Managementrapportage",
"""Hallo, zit de managementrapportage alleen in het hogere pakket? Onze directie wil maandelijks een overzicht. Groet, Wim""")
    m(B, "nl", "m1", "M", "escaleer dit naar je leidinggevende", "Re: klacht 8812",
"""Wilt u dit alstublieft escaleren naar uw leidinggevende? Ik ben het niet eens met het antwoord en wil dat iemand anders ernaar kijkt. Met vriendelijke groet, Henk Bos""")
    m(B, "nl", "c1", "C", "mag ik je appen", "Dank je wel",
"""Hoi Eva, echt super geholpen! Mag ik je voortaan gewoon appen als er iets is? Zet je nummer er even onder dan.

Groetjes, Noor""")

    # ---------------- sv
    m(B, "sv", "n1", "", "chefsvy in app, kockchef", "Chefsvy saknas",
"""Hej, efter uppdateringen saknas chefsvyn för våra skiftledare i appen. Köksmästaren kan inte se beställningarna. Mvh Restaurang Tallen""")
    m(B, "sv", "m1", "M", "jag kräver att prata med någon ansvarig", "Klagomål faktura",
"""Hej, jag kräver att få prata med någon ansvarig. Fjärde felaktiga fakturan i rad. /Stefan Ek""")

    # ---------------- it
    m(B, "it", "n1", "", "capo di abbigliamento; reso", "Reso capo",
"""Buongiorno, ho ordinato un capo taglia M ma è arrivato una L. Voglio parlare con qualcuno per il reso, come faccio? Grazie, Federica""")
    m(B, "it", "n2", "", "sono responsabile dell'ufficio; direzione della spedizione", "Spedizione",
"""Buongiorno, sono responsabile dell'ufficio acquisti. La spedizione è andata nella direzione sbagliata, all'indirizzo vecchio. Potete correggere? Grazie, Marco""")
    m(B, "it", "m1", "M", "voglio che se ne occupi un dirigente", "Reclamo formale",
"""Voglio che della mia pratica se ne occupi un dirigente, non un altro operatore. È il quinto contatto senza risultati. Silvia Marino""")
    m(B, "it", "c1", "C", "ci vediamo fuori dal lavoro", "Grazie Davide",
"""Ciao Davide, mi hai salvato! Se ti va ci vediamo per un aperitivo fuori dal lavoro, lasciami il tuo numero.

Chiara""")

    # ---------------- pt
    m(B, "pt", "n1", "", "plano superior, responsável pela conta", "Upgrade",
"""Olá, sou responsável pela conta da empresa e queremos passar para o plano superior. Como fazemos? Obrigado, Tiago""")
    m(B, "pt", "n2", "", "falar com o financeiro", "Boleto",
"""Boa tarde, gostaria de falar com alguém do financeiro sobre um boleto vencido. Obrigada, Fernanda""")
    m(B, "pt", "m1", "M", "quero um responsável", "Inaceitável",
"""Quero falar com um responsável, não com um robô. Há três semanas que espero pela devolução do dinheiro. Joaquim Pires""")
    m(B, "pt", "c1", "C", "me adiciona no Insta / teu número", "Obrigada Bia",
"""Bia, você é um anjo! Me passa teu número que eu te mando mensagem no zap, bem mais fácil que por aqui 😊

Lu""")
