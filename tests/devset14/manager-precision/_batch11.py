"""devset14 manager-precision, batch 11: final GENERALISATION batch of fresh negatives (measured before
tuning, on the finished lexicon): GDPR supervisory authority, escalator, chef = cook, 'like a boss', head office,
Manager plan, ekonomichef / kontorchef / prezes narratives, kierownik in a delivery note; plus fresh positives."""
B = "b11"

def add_b11(m):
    # ---------------- en
    m(B, "en", "n1", "", "GDPR supervisory authority question", "GDPR question",
"""Which supervisory authority are you registered with for GDPR, and who is your data protection officer? We need it for our vendor file.""")
    m(B, "en", "n2", "", "escalator in mall app", "Map wrong",
"""The mall map in your app shows the escalator on the wrong side of the food court. Can someone correct it?""")
    m(B, "en", "n3", "", "chef = cook, like a boss", "Kitchen display",
"""Our head chef loves the new kitchen display, he's running the pass like a boss. Can we get a second screen for the dessert station?""")
    m(B, "en", "n4", "", "Manager plan upgrade", "Manager plan",
"""What's included in the Manager plan compared to Team? We're 9 people.""")
    m(B, "en", "m1", "M", "polite British, a word with someone senior", "Ongoing issue - ref 6620",
"""Hello, I'd appreciate a quick word with someone senior about this, as it's now been going on for a month. Many thanks, Alison""")
    m(B, "en", "m2", "M", "US caps, supervisor now", "SUPERVISOR",
"""GET ME A SUPERVISOR. NOW.""")
    # ---------------- de
    m(B, "de", "n1", "", "Aufsichtsbehörde DSGVO", "DSGVO",
"""Welche Aufsichtsbehörde ist für Sie zuständig und wer ist Ihr Datenschutzbeauftragter?""")
    m(B, "de", "n2", "", "Chefarzt narrative", "Terminbuchung Klinik",
"""Unser Chefarzt möchte, dass Patienten Termine nur vormittags online buchen können. Geht das?""")
    m(B, "de", "m1", "M", "schalten Sie Ihren Vorgesetzten ein", "Reklamation",
"""Schalten Sie bitte Ihren Vorgesetzten ein, so kommen wir nicht weiter.""")
    # ---------------- fr
    m(B, "fr", "n1", "", "chef de rang, chef cuisinier", "Tablettes",
"""Bonjour, nos chefs de rang veulent prendre les commandes sur tablette et le chef cuisinier les voir en cuisine. Possible ?""")
    m(B, "fr", "n2", "", "autorité de contrôle RGPD", "RGPD",
"""Quelle est votre autorité de contrôle chef de file au titre du RGPD ?""")
    m(B, "fr", "m1", "M", "Quebec, je veux parler au boss", "Plainte",
"""J'veux parler au boss, c'est assez là.""")
    # ---------------- es
    m(B, "es", "n1", "", "jefe de cocina narrative", "Comandas",
"""El jefe de cocina quiere que las comandas salgan impresas también en la barra. ¿Cómo se configura?""")
    m(B, "es", "n2", "", "escalera mecánica / superior quality", "Producto",
"""¿El modelo superior incluye la batería de mayor capacidad? Lo necesitamos para el almacén.""")
    m(B, "es", "m1", "M", "necesito un supervisor ya", "Urgente",
"""Necesito que me atienda un supervisor, esto ya pasó de castaño oscuro.""")
    # ---------------- it
    m(B, "it", "n1", "", "capo chef narrative", "Stampante cucina",
"""Il nostro capo chef dice che la stampante in cucina taglia le comande a metà. Come si sistema?""")
    m(B, "it", "n2", "", "autorità di controllo / garante", "GDPR",
"""Qual è l'autorità di controllo a cui fate riferimento per il GDPR? Ci serve per il registro.""")
    m(B, "it", "m1", "M", "voglio un responsabile adesso", "Reclamo",
"""Voglio un responsabile al telefono, adesso.""")
    # ---------------- nl
    m(B, "nl", "n1", "", "chef-kok narrative", "Bonprinter",
"""Onze chef-kok wil dat de bonnen in de keuken groter afgedrukt worden. Kan dat?""")
    m(B, "nl", "n2", "", "toezichthouder AVG", "AVG",
"""Bij welke toezichthouder staan jullie geregistreerd voor de AVG?""")
    m(B, "nl", "m1", "M", "laat een leidinggevende bellen", "Klacht",
"""Laat een leidinggevende mij vandaag nog bellen.""")
    # ---------------- pl
    m(B, "pl", "n1", "", "prezes + kierownik biura narrative", "Faktury",
"""Prezes i kierownik biura chcą dostawać kopie faktur. Jak dodać drugi adres e-mail?""")
    m(B, "pl", "n2", "", "kierownik in delivery note", "Dostawa",
"""Dostawa przyszła niepełna, kierownik magazynu podpisał protokół z uwagami. Co dalej?""")
    m(B, "pl", "m1", "M", "proszę połączyć z przełożonym", "Skarga",
"""Proszę mnie połączyć z przełożonym.""")
    # ---------------- pt
    m(B, "pt", "n1", "", "chefe de cozinha narrative", "Impressora",
"""O chefe de cozinha diz que os pedidos não saem na impressora da cozinha. Como resolvo?""")
    m(B, "pt", "n2", "", "autoridade de controlo RGPD", "RGPD",
"""Qual é a autoridade de controlo competente para o vosso tratamento de dados?""")
    m(B, "pt", "m1", "M", "pt-BR, chama o supervisor", "Atendimento",
"""Chama o supervisor aí, por favor, não aguento mais.""")
    # ---------------- sv
    m(B, "sv", "n1", "", "ekonomichef narrative", "Fakturor",
"""Vår ekonomichef vill att fakturorna skickas till en gemensam adress. Hur ändrar vi?""")
    m(B, "sv", "n2", "", "kock / köksmästare", "Köksskärm",
"""Köksmästaren vill ha större text på köksskärmen. Går det?""")
    m(B, "sv", "m1", "M", "sätt mig i kontakt med en chef", "Klagomål",
"""Sätt mig i kontakt med en chef, tack.""")
    # ---------------- da
    m(B, "da", "n1", "", "kontorchef narrative", "Brugere",
"""Vores kontorchef skal oprette to nye brugere. Hvor gør hun det?""")
    m(B, "da", "m1", "M", "jeg vil tale med en overordnet", "Klage",
"""Må jeg tale med en af dine overordnede?""")
    # ---------------- ro
    m(B, "ro", "n1", "", "bucatar sef narrative", "Imprimanta",
"""Buna, bucatarul sef zice ca imprimanta din bucatarie nu printeaza comenzile. Ce facem?""")
    m(B, "ro", "n2", "", "autoritatea de supraveghere GDPR", "GDPR",
"""Care este autoritatea de supraveghere competenta pentru prelucrarea datelor noastre?""")
    m(B, "ro", "m1", "M", "dati-mi un sef", "Reclamatie",
"""Dati-mi pe cineva mai mare, un sef, va rog.""")
