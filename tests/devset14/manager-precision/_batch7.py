"""devset14 manager-precision, batch 7: late GENERALISATION batch of fresh negatives (measured before
tuning): the customer's own management decided something, supervisor PIN / mode on the till, superior as
an adjective (plano superior), higher tier, daglig leder / styreleder, Chefkoch, head office, de-escalation,
'manager' apps; plus fresh positives."""
B = "b7"

def add_b7(m):
    # ---------------- en
    m(B, "en", "n1", "", "our management decided to cancel", "Cancellation",
"""Hello, our management has decided to move to another tool from January, so please don't renew our subscription. Thanks for everything.""")
    m(B, "en", "n2", "", "supervisor PIN on the till", "Supervisor PIN",
"""Staff keep asking for the supervisor PIN to do refunds at the till. Can we change which roles need a supervisor override for voids under $5?""")
    m(B, "en", "n3", "", "higher tier plan, head office", "Upgrade",
"""Head office wants to know whether the higher tier includes SSO. If it does we'll upgrade all 14 branches.""")
    m(B, "en", "n4", "", "de-escalation training", "Training content",
"""Do you have any de-escalation training material for our call centre staff in the academy module?""", fmt="qp")
    m(B, "en", "m1", "M", "who do I complain to above you", "seriously",
"""Who do I complain to above you? Give me a name and an email.""")
    m(B, "en", "m2", "M", "formal, request supervisor call back", "Formal complaint - Ref 11902",
"""Dear Sir or Madam,

I am writing to formally request that a supervisor contact me regarding the above reference. The explanations given so far have been inconsistent.

Yours faithfully,
Margaret Ellison (Mrs)""", fmt="html")
    # ---------------- de
    m(B, "de", "n1", "", "Chefkoch, Chef im Urlaub", "Speisekarte",
"""Hallo, unser Chefkoch ist im Urlaub und ich vertrete ihn. Wie ändere ich die Tageskarte in der App?""")
    m(B, "de", "n2", "", "Geschäftsleitung hat entschieden (own)", "Kündigung zum Jahresende",
"""Guten Tag, die Geschäftsleitung hat entschieden, den Vertrag zum Jahresende zu kündigen. Bitte bestätigen Sie die Kündigung.""")
    m(B, "de", "m1", "M", "ich verlange jemanden mit Verantwortung", "Frechheit",
"""Ich verlange, dass sich jemand aus der Chefetage bei mir meldet.""")
    # ---------------- fr
    m(B, "fr", "n1", "", "la direction a décidé (own company)", "Résiliation",
"""Bonjour, la direction a décidé de ne pas renouveler l'abonnement. Pouvez-vous confirmer la date de fin ?""")
    m(B, "fr", "n2", "", "offre supérieure", "Passage à l'offre supérieure",
"""Bonjour, quelle est la différence de prix pour passer à l'offre supérieure ? Merci""")
    m(B, "fr", "m1", "M", "je demande à être rappelé par un cadre", "Réclamation",
"""Je demande à être rappelé par quelqu'un qui a autorité pour trancher, pas par un conseiller.""")
    # ---------------- es
    m(B, "es", "n1", "", "plan superior", "Cambio de plan",
"""Hola, ¿cuánto cuesta pasar al plan superior? Necesitamos más usuarios.""")
    m(B, "es", "n2", "", "el encargado de sistemas instaló", "Instalación",
"""El encargado de sistemas ya instaló la app en todas las cajas pero no sincroniza el stock. ¿Qué falta?""")
    m(B, "es", "m1", "M", "quiero poner una queja con un superior", "Queja",
"""Quiero presentar una queja ante un superior suyo. ¿A quién me dirijo?""")
    # ---------------- it
    m(B, "it", "n1", "", "la direzione ha deciso (own)", "Disdetta",
"""Buongiorno, la nostra direzione ha deciso di non rinnovare. Come procediamo con la disdetta?""")
    m(B, "it", "n2", "", "piano superiore", "Upgrade",
"""Quanto costa passare al piano superiore? Grazie""")
    m(B, "it", "m1", "M", "voglio parlare con qualcuno sopra di lei", "Basta",
"""Mi metta in contatto con un suo superiore, per favore.""")
    # ---------------- nl
    m(B, "nl", "n1", "", "onze directie heeft besloten", "Opzegging",
"""Beste, onze directie heeft besloten het contract niet te verlengen. Graag een bevestiging.""")
    m(B, "nl", "n2", "", "hoger pakket", "Upgrade",
"""Wat kost het om naar een hoger pakket te gaan met meer gebruikers?""")
    m(B, "nl", "m1", "M", "mag ik uw chef", "Klacht",
"""Mag ik uw chef even aan de lijn? Dit schiet niet op.""")
    # ---------------- pl
    m(B, "pl", "n1", "", "kierownik działu IT zainstalował", "Instalacja",
"""Kierownik działu IT zainstalował aplikację, ale nie widzimy raportów. Co jeszcze trzeba ustawić?""")
    m(B, "pl", "n2", "", "zarząd zdecydował (own)", "Wypowiedzenie",
"""Dzień dobry, zarząd naszej firmy zdecydował o rezygnacji z usługi od stycznia. Proszę o potwierdzenie.""")
    m(B, "pl", "m1", "M", "proszę o kontakt kogoś z kierownictwa", "Reklamacja",
"""Proszę o pilny kontakt kogoś z kierownictwa w sprawie mojej reklamacji.""")
    # ---------------- pt
    m(B, "pt", "n1", "", "sou responsável pelas compras", "Orçamento",
"""Bom dia, sou responsável pelas compras da clínica e queria um orçamento para 5 licenças.""")
    m(B, "pt", "n2", "", "plano superior pt-BR", "Plano",
"""Quanto fica o plano superior com nota fiscal? Obrigado""")
    m(B, "pt", "m1", "M", "pt-PT quero que alguém com autoridade me contacte", "Reclamação",
"""Quero que alguém com autoridade me contacte ainda hoje.""")
    # ---------------- sv
    m(B, "sv", "n1", "", "ledningen har beslutat (own)", "Uppsägning",
"""Hej, ledningen här har beslutat att säga upp avtalet. Kan ni bekräfta slutdatum?""")
    m(B, "sv", "n2", "", "chefsläge / chefsvy i appen", "Chefsvy",
"""Hur slår man på chefsvyn i appen så att jag ser alla butikers försäljning?""")
    m(B, "sv", "m1", "M", "vill ha kontakt med en chef", "Missnöjd",
"""Jag vill bli kontaktad av en chef, inte av kundtjänst igen.""")
    # ---------------- da
    m(B, "da", "n1", "", "ledelsen har besluttet (own)", "Opsigelse",
"""Hej, ledelsen har besluttet at opsige aftalen pr. 31/12. Vil I bekræfte?""")
    m(B, "da", "n2", "", "daglig leder narrative", "Kontrakt",
"""Vores daglige leder skal underskrive kontrakten. Kan den sendes til e-signatur?""")
    m(B, "da", "m1", "M", "sæt mig i kontakt med ledelsen", "Klage",
"""Sæt mig i kontakt med jeres ledelse. Jeg er træt af at blive afvist.""")
    # ---------------- nb
    m(B, "nb", "n1", "", "styreleder narrative", "Faktura til borettslaget",
"""Hei, styrelederen i borettslaget ønsker fakturaen sendt til hans e-post. Kan dere endre det?""")
    m(B, "nb", "m1", "M", "jeg vil snakke med sjefen din", "Klage",
"""Jeg vil snakke med sjefen din. Nå.""")
    # ---------------- ro
    m(B, "ro", "n1", "", "conducerea a decis (own)", "Reziliere",
"""Buna ziua, conducerea firmei noastre a decis sa renunte la abonament. Va rog confirmati.""")
    m(B, "ro", "n2", "", "pachet superior", "Upgrade",
"""Cat costa trecerea la pachetul superior?""")
    m(B, "ro", "m1", "M", "sa ma sune un sef", "Reclamatie",
"""Vreau sa ma sune cineva cu functie de conducere, nu un operator.""")
