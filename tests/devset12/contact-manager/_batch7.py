"""devset12 contact-manager, batch 7 (measured before any tuning on it): formal escalation requests in every
language; our own management decided; supervisor/manager as software; support channels of the company."""
B = "b7"

def add_b7(m):
    # ---------------- en
    m(B, "en", "m1", "M", "formal complaint with management, forward to superiors", "Formal complaint",
"""Dear Sir/Madam,

kindly forward this email to your superiors. I wish to lodge a formal complaint about the way my claim was handled and I expect it to be reviewed at management level.

Yours faithfully,
R. Thornton""")
    m(B, "en", "n1", "", "supervisord process / manager daemon", "Agent keeps restarting",
"""Hi, your on-prem agent keeps restarting under supervisord every 5 minutes, and the log says 'connection manager timeout'. Version 4.8.2 on Ubuntu 22.04. Any idea? Thanks, Ravi""")
    m(B, "en", "n2", "", "escalating internally at my company", "Budget for renewal",
"""Hi, just so you know I've escalated the renewal internally and our CFO needs a formal quote before Friday. Could you send one for 25 seats? Thanks, Megan""")
    m(B, "en", "n3", "", "WhatsApp support number of company", "WhatsApp support?",
"""Hello, do you have a WhatsApp support number for the company? My customers would like to message you that way. Kind regards, Femi""")
    m(B, "en", "c1", "C", "just the two of us, coffee", "Thanks again",
"""Hi Chloe, thanks again for yesterday. Would you fancy meeting up somewhere, just the two of us? I'll leave my number below - or send me yours, whichever you prefer.

Ollie""")

    # ---------------- de
    m(B, "de", "m1", "M", "Bitte um Weiterleitung an Ihre Vorgesetzte", "Beschwerde über Beratung",
"""Sehr geehrte Frau Klein,

ich bitte um Weiterleitung meiner Beschwerde an Ihre Vorgesetzte. Die Beratung war fehlerhaft und ich möchte, dass sich jemand aus der Leitung damit befasst.

Hochachtungsvoll
Dieter Braun""")
    m(B, "de", "n1", "", "unsere Geschäftsleitung hat entschieden", "Kündigung",
"""Hallo, unsere Geschäftsleitung hat entschieden, den Vertrag zum 31.12. nicht zu verlängern. Bitte bestätigen Sie die Kündigung. Gruß, Silke Horn""")
    m(B, "de", "c1", "C", "Privatnummer der Beraterin erfragen", "Frau Alt",
"""Hallo, könnten Sie mir die private Telefonnummer von Frau Alt geben? Sie hatte angeboten, mir abends mal zu helfen. Danke, Rolf""")

    # ---------------- da
    m(B, "da", "m1", "M", "vil have sagen eskaleret", "Sag 5512",
"""Hej, jeg vil gerne have min sag eskaleret til en ledende medarbejder. Jeres svar er ikke godt nok. Mvh Inger""")
    m(B, "da", "n1", "", "vores ledelse har besluttet", "Opsigelse",
"""Hej, vores ledelse har besluttet at skifte system fra januar. Kan I bekræfte opsigelsen? Mvh Poul""")
    m(B, "da", "n2", "", "jeres facebookside / whatsapp support", "Facebook",
"""Hej, jeg så på jeres Facebook-side at I har fået WhatsApp-support. Hvad er nummeret? Mvh Tove""")

    # ---------------- ro
    m(B, "ro", "m1", "M", "solicit escaladarea", "Reclamatie 8812",
"""Bună ziua, solicit escaladarea cazului meu la un nivel superior. Răspunsurile primite până acum nu rezolvă nimic. Cu stimă, Laura Nistor""")
    m(B, "ro", "n1", "", "conducerea noastră a decis", "Reziliere",
"""Bună ziua, conducerea noastră a decis să nu prelungească abonamentul. Vă rog să confirmați rezilierea. Mulțumesc, Silviu""")
    m(B, "ro", "c1", "C", "ai Instagram? vreau să te urmăresc", "Mersi Ioana",
"""Ioana, mersi mult! Ai cont de Instagram? Aș vrea să te urmăresc și să-ți scriu în privat. Alexandra""")

    # ---------------- pl
    m(B, "pl", "m1", "M", "proszę o eskalację", "Zgłoszenie 4410",
"""Dzień dobry, proszę o eskalację mojego zgłoszenia do osoby decyzyjnej. Odpowiedzi konsultantów są sprzeczne. Pozdrawiam, Tadeusz Kubiak""")
    m(B, "pl", "n1", "", "nasza dyrekcja zdecydowała", "Rezygnacja",
"""Dzień dobry, nasza dyrekcja zdecydowała o rezygnacji z usługi od stycznia. Proszę o potwierdzenie. Pozdrawiam, Renata""")
    m(B, "pl", "c1", "C", "podać mi prywatny adres e-mail konsultanta", "Pan Piotr",
"""Dzień dobry, czy mogą mi Państwo podać prywatny adres e-mail pana Piotra? Chciałbym mu zaproponować współpracę po godzinach. Pozdrawiam, Leszek""")

    # ---------------- es
    m(B, "es", "m1", "M", "solicito que se escale", "Incidencia 3390",
"""Buenos días, solicito que mi incidencia se escale a un nivel superior. Llevo un mes esperando y las respuestas no resuelven nada. Atentamente, Beatriz Romero""")
    m(B, "es", "n1", "", "nuestra dirección ha decidido", "Baja",
"""Hola, nuestra dirección ha decidido dar de baja el servicio a final de año. ¿Me confirmáis los pasos? Gracias, Nacho""")
    m(B, "es", "n2", "", "número de WhatsApp de atención al cliente", "WhatsApp",
"""Hola, ¿tenéis un número de WhatsApp de atención al cliente? Es que prefiero escribir por ahí. Gracias, Lola""")

    # ---------------- fr
    m(B, "fr", "m1", "M", "je demande une escalade", "Réclamation 1123",
"""Bonjour, je demande que ma réclamation soit escaladée au niveau supérieur. Les réponses de vos agents ne tiennent pas compte de mes justificatifs. Cordialement, Élise Perrin""")
    m(B, "fr", "n1", "", "mes supérieurs m'ont demandé", "Facture",
"""Bonjour, mes supérieurs m'ont demandé de récupérer les factures de l'année 2025. Pouvez-vous me les envoyer ? Merci, Damien""")
    m(B, "fr", "n2", "", "page LinkedIn de l'entreprise", "LinkedIn",
"""Bonjour, j'ai vu sur votre page LinkedIn une offre pour les associations. Comment en bénéficier ? Merci, Coralie""")
    m(B, "fr", "c1", "C", "vous êtes sur Insta ?", "Merci Samia",
"""Coucou Samia, merci encore !! T'es sur Insta ? Je t'envoie un message en privé 😘 Manon""")

    # ---------------- nl
    m(B, "nl", "m1", "M", "graag escaleren", "Klacht 9920",
"""Goedemiddag, ik verzoek u mijn klacht te escaleren naar een hoger niveau. Het antwoord van uw collega is onvoldoende. Met vriendelijke groet, Joost Verbeek""")
    m(B, "nl", "n1", "", "onze directie heeft besloten", "Opzegging",
"""Hallo, onze directie heeft besloten het contract niet te verlengen. Willen jullie de opzegging bevestigen? Groet, Linda""")
    m(B, "nl", "c1", "C", "wat is je Snapchat", "haha dankje",
"""Dankje Mila! Wat is je snap? Dan stuur ik je even een foto van het resultaat 😄 Groetjes, Fleur""")

    # ---------------- sv
    m(B, "sv", "m1", "M", "vill att ni eskalerar", "Ärende 2281",
"""Hej, jag vill att ni eskalerar mitt ärende till en chef. Jag är inte nöjd med svaret. Mvh Kristina Åberg""")
    m(B, "sv", "n1", "", "vår ledning har beslutat", "Uppsägning",
"""Hej, vår ledning har beslutat att säga upp avtalet. Kan ni bekräfta? Mvh Lars""")
    m(B, "sv", "c1", "C", "ses på en fika", "Tack Elsa",
"""Hej Elsa, tack för hjälpen! Bor du i Göteborg? Vi kanske kan ses på en fika någon gång, skicka ditt nummer. /Hugo""")

    # ---------------- it
    m(B, "it", "m1", "M", "chiedo che la pratica venga scalata", "Pratica 6671",
"""Buongiorno, chiedo che la mia pratica venga scalata a un livello superiore. Gli operatori non sono in grado di risolvere. Cordiali saluti, Paola Ferri""")
    m(B, "it", "n1", "", "la nostra direzione ha deciso", "Disdetta",
"""Buongiorno, la nostra direzione ha deciso di non rinnovare il contratto. Potete confermare la disdetta? Grazie, Mauro""")
    m(B, "it", "c1", "C", "ti posso aggiungere su Facebook", "Grazie Nicola",
"""Ciao Nicola, grazie ancora! Ti posso aggiungere su Facebook? Così restiamo in contatto. Ciao, Tommaso""")

    # ---------------- pt
    m(B, "pt", "m1", "M", "peço que escalem", "Reclamação 5510",
"""Boa tarde, peço que escalem o meu processo para um nível superior. As respostas que recebi não resolvem nada. Cumprimentos, Isabel Rocha""")
    m(B, "pt", "n1", "", "a nossa direção decidiu", "Cancelamento",
"""Olá, a nossa direção decidiu cancelar o contrato no fim do ano. Podem confirmar? Obrigado, André""")
    m(B, "pt", "c1", "C", "me passa teu Insta", "Valeu Gabi",
"""Gabi, valeu demais! Me passa teu insta pra eu te seguir? Beijo, Duda""")
