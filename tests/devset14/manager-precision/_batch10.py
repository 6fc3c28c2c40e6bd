"""devset14 manager-precision, batch 10: RECALL check after lowering lone senior nouns to 0.4 in batch 9
(measured before tuning): short requests naming only an institutional noun (Geschäftsleitung, ledelsen,
gerencia, diretoria, zarząd, conducerea, directie), terse one-liners; plus fresh weak-noun negatives."""
B = "b10"

def add_b10(m):
    # ---------------- en
    m(B, "en", "m1", "M", "management must hear about this", "Complaint",
"""I want management to hear about how I was treated on the phone today.""")
    m(B, "en", "m2", "M", "terse, team leader pls", "ticket 5512",
"""team leader pls. this is going nowhere""")
    m(B, "en", "n1", "", "management consultant, supervisor in our lab", "Licence transfer",
"""Hi, I'm a management consultant working with the lab; their supervisor asked whether the licence can move to a new PC.""")
    # ---------------- de
    m(B, "de", "m1", "M", "Geschäftsleitung bitte, terse", "Beschwerde",
"""Ich möchte die Geschäftsleitung sprechen. Sofort.""")
    m(B, "de", "m2", "M", "Teamleitung soll anrufen", "Rückruf",
"""Bitte lassen Sie mich von der Teamleitung zurückrufen.""")
    m(B, "de", "n1", "", "Vorstand + Geschäftsführer narrative", "Zugang",
"""Der Vorstand und unser Geschäftsführer brauchen Lesezugriff auf die Buchhaltung. Wie richte ich das ein?""")
    # ---------------- fr
    m(B, "fr", "m1", "M", "je veux que votre hiérarchie soit informée", "Plainte",
"""J'exige que votre hiérarchie soit informée de ce problème.""")
    m(B, "fr", "n1", "", "hiérarchie + direction narrative", "Validation",
"""Chez nous la validation passe par la hiérarchie puis par la direction. Peut-on paramétrer deux niveaux ?""")
    # ---------------- es
    m(B, "es", "m1", "M", "que me llame el gerente", "Queja",
"""Que me llame el gerente, por favor.""")
    m(B, "es", "m2", "M", "quiero hablar con gerencia", "Reclamo",
"""Quiero hablar con gerencia.""")
    m(B, "es", "n1", "", "gerente y responsable narrative", "Permisos",
"""El gerente quiere que el responsable de almacén pueda ver los pedidos. ¿Qué permiso le damos?""")
    # ---------------- it
    m(B, "it", "m1", "M", "voglio la direzione", "Reclamo",
"""Voglio che la direzione sia informata di questo disservizio.""")
    m(B, "it", "m2", "M", "mi richiami il responsabile", "Richiamata",
"""Mi faccia richiamare dal responsabile del servizio clienti.""")
    m(B, "it", "n1", "", "direttore e responsabile narrative", "Accesso",
"""Il direttore e il responsabile IT devono avere accesso amministratore. Come si fa?""")
    # ---------------- nl
    m(B, "nl", "m1", "M", "directie moet dit weten", "Klacht",
"""Ik wil dat de directie hiervan op de hoogte wordt gebracht.""")
    m(B, "nl", "n1", "", "teamleider + directie narrative", "Rechten",
"""Bij ons keurt de teamleider eerst goed en daarna de directie. Kan dat in twee stappen?""")
    # ---------------- pl
    m(B, "pl", "m1", "M", "proszę kierownika", "Reklamacja",
"""Proszę o rozmowę z kierownikiem zmiany, a nie z kolejnym konsultantem.""")
    m(B, "pl", "m2", "M", "zarząd ma się dowiedzieć", "Skarga",
"""Żądam, aby zarząd firmy zajął się moją skargą.""")
    m(B, "pl", "n1", "", "szef i kierownik narrative", "Uprawnienia",
"""Szef i kierownik biura potrzebują dostępu do faktur. Jak to zrobić?""")
    # ---------------- pt
    m(B, "pt", "m1", "M", "chamem a gerência", "Reclamação",
"""Chamem a gerência, quero falar com alguém de lá agora.""")
    m(B, "pt", "m2", "M", "pt-PT, que o responsável me contacte", "Reclamação",
"""Exijo que o responsável do apoio ao cliente me contacte.""")
    m(B, "pt", "n1", "", "gerente + diretoria narrative", "Acesso",
"""O gerente financeiro e a diretoria precisam de acesso aos relatórios. Como libero?""")
    # ---------------- sv
    m(B, "sv", "m1", "M", "kan chefen ringa mig", "Missnöjd",
"""Kan chefen för kundtjänst ringa mig i dag?""")
    m(B, "sv", "n1", "", "chefen + ledningen narrative", "Behörighet",
"""Chefen och ledningen behöver läsbehörighet till ekonomin. Hur gör jag?""")
    # ---------------- da
    m(B, "da", "m1", "M", "ledelsen skal kontakte mig", "Klage",
"""Jeg vil have at ledelsen kontakter mig om denne sag.""")
    m(B, "da", "m2", "M", "en chef bedes ringe", "Opkald",
"""En chef bedes ringe mig hurtigst muligt.""")
    m(B, "da", "n1", "", "ledelsen + en leder narrative", "Adgang",
"""Ledelsen ønsker at en leder fra hver afdeling får adgang til rapporterne. Hvordan?""")
    # ---------------- nb
    m(B, "nb", "m1", "M", "ledelsen må ringe meg", "Klage",
"""Jeg krever at ledelsen ringer meg i dag.""")
    # ---------------- ro
    m(B, "ro", "m1", "M", "vreau conducerea", "Reclamatie",
"""Vreau ca aceasta reclamatie sa ajunga la conducere.""")
    m(B, "ro", "m2", "M", "sa ma sune seful", "Nemultumire",
"""Vreau sa ma sune seful de departament.""")
    m(B, "ro", "n1", "", "directorul si seful narrative", "Acces",
"""Directorul si seful de birou au nevoie de acces la facturi. Cum procedez?""")
