"""devset11 freebie-contact-manager, batch 7 (written after b6 tuning; measured before tuning on it)."""
B = "b7"

def add(m):
    # ---------------- en
    m(B, "en", "f14", "F", "whole of November to be on you", "Black Friday outage",
"""We were down on Black Friday of all days. I'd expect the whole of November to be on you, frankly.

Sent from Outlook for Android""")
    m(B, "en", "f15", "F", "partial credit for downtime per SLA", "SLA claim - 3 days downtime",
"""Hello,

Per section 7 of our SLA, we are claiming a partial credit for the three days of downtime between 11 and 13 November. Please confirm the amount that will be credited.

Kind regards,
Martin Holt
IT Director, Holt Media""", fmt="alt")
    m(B, "en", "f16", "F", "at least not charge us for the seats", "Unused seats",
"""Can you at least not charge us for the 5 extra seats we couldn't use while the invite emails were broken?""")
    m(B, "en", "p12", "P", "your personal number just in case", "Portal",
"""Hi Jamie, could I have your personal number just in case the portal goes down again over the weekend? I'd only use it in an emergency, promise.""")
    m(B, "en", "p13", "P", "personal email for a reference letter for your manager", "Reference",
"""Hi Tess, would you mind giving me your personal email? I'd like to send you a proper thank-you note that you can keep, away from the ticket system.""")
    m(B, "en", "m6", "M", "escalate to your line manager and have them call", "Escalation request",
"""Please escalate this to your line manager and have them call me on the number in my signature.

Regards,
Vanessa Cole
Practice Manager, Elm Street Surgery
01632 960123""")
    m(B, "en", "n27", "", "annual billing discounts, comparing vendors", "Pricing",
"""Hi, do you have any discounts for annual billing? We're comparing three vendors at the moment. Thanks, Luke""")
    m(B, "en", "n28", "", "free tier limited to 3 users?", "Free tier",
"""Is the free tier limited to 3 users or can we add a fourth? Thanks""")
    m(B, "en", "n29", "", "manager dashboard doesn't show overtime", "Dashboard bug",
"""Since the update the manager dashboard doesn't show overtime any more. Please have a look, our payroll is due Friday.""")

    # ---------------- de
    m(B, "de", "f10", "F", "Einrichtungsgebühr erlassen", "Einrichtung",
"""Hallo, ich finde, Sie sollten uns die Einrichtungsgebühr erlassen, wenn die Einrichtung schon so schiefläuft. Grüße, Peter Haas""")
    m(B, "de", "p7", "P", "wo wohnen Sie, Kleinigkeit schicken", "Vielen Dank",
"""Liebe Frau Roth, wo wohnen Sie denn? Ich würde Ihnen gern eine Kleinigkeit als Dankeschön schicken. Herzlich, Gerda Fuchs""")
    m(B, "de", "m6", "M", "geben Sie mir Ihre Vorgesetzte", "Telefonat",
"""Geben Sie mir bitte Ihre Vorgesetzte. Ich bespreche das nicht noch einmal mit jemand Neuem.""")
    m(B, "de", "n15", "", "Gutschrift noch nicht auf der Rechnung sichtbar", "Gutschrift Oktober",
"""Hallo, die vereinbarte Gutschrift vom Oktober ist auf der Novemberrechnung noch nicht zu sehen. Können Sie nachsehen? Danke, Lisa""")
    m(B, "de", "n16", "", "Rückruf auf meinem Handy", "Rückruf",
"""Bitte rufen Sie mich auf meinem Handy zurück: 0171 1234567. Gruß, Werner""")

    # ---------------- da
    m(B, "da", "f7", "F", "droppe gebyret denne gang", "Gebyr",
"""Hej, kan I ikke bare droppe gebyret for denne gang? Det var jo jeres fejl, at betalingen fejlede. Mvh Anne""")
    m(B, "da", "p6", "P", "skriv til mig på Messenger", "Tak",
"""Hej Sune, skriv til mig på Messenger, så tager vi det derfra. Jeg hedder Lis Holm. Hilsen Lis""")
    m(B, "da", "n9", "", "afdelingsleder har godkendt tilbuddet", "Tilbud godkendt",
"""Hej, vores afdelingsleder har godkendt tilbuddet, så I må gerne sende kontrakten. Mvh Kim""")

    # ---------------- sv
    m(B, "sv", "f7", "F", "få tillbaka motsvarande dagar gratis", "Avbrott",
"""Hej, vi förväntar oss att få tillbaka motsvarande dagar gratis på abonnemanget efter avbrottet. /Stina""")
    m(B, "sv", "p7", "P", "ditt privata nummer, enklare än växeln", "Nummer",
"""Hej Axel, får jag ditt privata nummer? Det är enklare än att ringa växeln varje gång. /Göran""")
    m(B, "sv", "n12", "", "price to add report module", "Rapportmodul",
"""Hej, vad kostar det att lägga till rapportmodulen för vårt konto? Mvh Lena""")
    m(B, "sv", "n13", "", "jag är teamledare, se scheman", "Scheman",
"""Hej, jag är teamledare och behöver kunna se mina medarbetares scheman. Vilken behörighet krävs? /Oskar""")

    # ---------------- nl
    m(B, "nl", "f7", "F", "als goedmakertje Pro-functies gratis", "Goedmakertje",
"""Hoi, mogen we als goedmakertje de Pro-functies een tijdje gebruiken zonder ervoor te betalen? Groet, Niels""")
    m(B, "nl", "p7", "P", "heb je WhatsApp, screenshots", "Screenshots",
"""Hoi Floor, heb je WhatsApp? Dan stuur ik je de screenshots gewoon daar, gaat sneller.""")
    m(B, "nl", "n10", "", "adres hoofdkantoor voor aangetekende brief", "Adres",
"""Goedendag, wat is het adres van jullie hoofdkantoor? Ik wil de opzegging aangetekend versturen. Groet, Truus""")

    # ---------------- fr
    m(B, "fr", "f7", "F", "un mois offert ne serait pas de refus", "Galère",
"""Bonjour, vu la galère de ces dernières semaines, un mois offert ne serait pas de refus. Bonne journée, Sandrine""")
    m(B, "fr", "p7", "P", "ligne directe ou portable, éviter le standard", "Contact",
"""Bonjour Mathieu, je peux avoir votre ligne directe ou votre portable ? Je préfère éviter le standard. Merci, Yves""")
    m(B, "fr", "n12", "", "remboursement abonnement annuel", "Remboursement",
"""Bonjour, je souhaiterais obtenir le remboursement de l'abonnement annuel, je ne l'utilise plus depuis septembre. Merci, Agnès""")
    m(B, "fr", "n13", "", "intégration Instagram ne publie plus", "Instagram",
"""Bonjour, votre intégration Instagram ne publie plus nos posts depuis lundi. Pouvez-vous regarder ? Merci""")

    # ---------------- es
    m(B, "es", "f7", "F", "lo suyo sería que no nos cobraseis este mes", "Este mes",
"""Hola, después de todo lo que ha pasado lo suyo sería que no nos cobraseis este mes. Saludos, Pilar""")
    m(B, "es", "p7", "P", "agrégame en LinkedIn", "LinkedIn",
"""Gracias Diego! Agrégame en LinkedIn, te mando la invitación ahora mismo, así seguimos en contacto.""")
    m(B, "es", "m6", "M", "hablar con la jefa de equipo", "Reclamación",
"""Necesito hablar con tu jefa de equipo hoy mismo. No es la primera vez que pasa.""")
    m(B, "es", "n13", "", "código descuento para estudiantes", "Estudiantes",
"""Hola, ¿hay algún código descuento para estudiantes? Soy estudiante de máster. Gracias""")
    m(B, "es", "n14", "", "mi jefa me pidió la factura", "Factura octubre",
"""Hola, mi jefa me pidió que os escribiera para pedir la factura de octubre con el CIF correcto. Gracias, Alba""")
    m(B, "es", "n15", "", "llamar a mi móvil mañana", "Llamada",
"""Hola, ¿me podéis llamar a mi móvil mañana por la mañana? Es el 612 345 678. Gracias""")

    # ---------------- it
    m(B, "it", "f7", "F", "riconoscerci un credito sul prossimo canone", "Credito",
"""Buongiorno, sarebbe corretto riconoscerci un credito sul prossimo canone per i giorni di disservizio. Cordialmente, Alberto""")
    m(B, "it", "p7", "P", "scrivimi in privato sul tuo numero", "Ticket",
"""Ciao Sara, mi scrivi in privato dal tuo numero? Così evitiamo il ticket ogni volta.""")
    m(B, "it", "m7", "M", "parlare con il capo reparto", "Reclamo",
"""Chiedo di parlare con il capo reparto. La situazione è inaccettabile.""")
    m(B, "it", "n11", "", "numero WhatsApp dell'assistenza", "WhatsApp",
"""Buongiorno, vorrei sapere il numero di WhatsApp dell'assistenza clienti, se c'è. Grazie""")

    # ---------------- pt
    m(B, "pt", "f7", "F", "oferecer-nos a mensalidade de dezembro", "Dezembro",
"""Olá, vocês podiam oferecer-nos a mensalidade de dezembro, não? Depois de tudo o que aconteceu. Cumprimentos, Rita""")
    m(B, "pt", "p7", "P", "me adiciona no Instagram", "Erro",
"""Me adiciona no Instagram que te mando a foto do erro por lá, é mais fácil""")
    m(B, "pt", "m6", "M", "alguém com mais autoridade", "Reclamação",
"""Quero que isto seja visto por alguém com mais autoridade. Já perdi a paciência.""")
    m(B, "pt", "n10", "", "recebi o crédito, obrigado", "Crédito",
"""Recebi o crédito na fatura, muito obrigado pela rapidez! Abraço, Jorge""")

    # ---------------- pl
    m(B, "pl", "f7", "F", "w ramach przeprosin darmowy dostęp", "Przeprosiny",
"""Dzień dobry, czy w ramach przeprosin moglibyście nam dać dostęp do modułu raportów na kilka miesięcy bez dopłaty? Pozdrawiam, Iwona""")
    m(B, "pl", "p7", "P", "kawa po pracy, podeślij numer", "Kawa",
"""Hej Ola, może się umówimy na kawę po pracy? Podeślij numer, to się zgadamy.""")

    # ---------------- ro
    m(B, "ro", "f7", "F", "frumos să ne oferiți o reducere", "Reducere",
"""Bună ziua, ar fi frumos din partea voastră să ne oferiți o reducere la următoarea factură, după atâtea probleme. Cu stimă, Laura""")
    m(B, "ro", "p7", "P", "pot scrie pe adresa personală de email", "Portal",
"""Bună ziua, vă pot scrie pe adresa dumneavoastră personală de email? Nu îmi place deloc portalul.""")
