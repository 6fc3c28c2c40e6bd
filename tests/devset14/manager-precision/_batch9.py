"""devset14 manager-precision, batch 9: late PRECISION batch of fresh negatives (measured before tuning):
several weak senior words together in a neutral narrative (our director and the team leads, el gerente y el
encargado, kierownik i dyrektor, chefen och ledningen), meeting notes, onboarding of the customer's
managers; positives in long rambling mails."""
B = "b9"

def add_b9(m):
    # ---------------- en
    m(B, "en", "n1", "", "shift supervisor + team lead + store manager narrative", "Schedule access denied",
"""Hi, since yesterday both the shift supervisor and the night team lead get 'access denied' when they open the schedule. Admins are fine. Did something change with the permissions in the last release?

Thanks
Rob""")
    m(B, "en", "n2", "", "senior management onboarding, training for managers", "Training session for our managers",
"""Hello! Senior management asked us to organise a training session for our managers in January. Do you offer on-site training, and what would it cost for about 25 people?""")
    m(B, "en", "n3", "", "head of finance, escalation of costs in budget", "Budget for 2027",
"""I'm preparing the 2027 budget with our head of finance. Can you share the price list for next year so we can plan? Prices escalated quite a bit last year.""")
    m(B, "en", "m1", "M", "rambling, request near the end", "Re: Order 99231 - still nothing",
"""Hi,

So this is now the fourth week. I've been patient, I've sent the photos twice, I've re-sent the delivery note, I've filled in your online form (which crashed the first time, by the way). Every reply is a template. I run a small bakery, I don't have time for this.

I'd like this handed to a supervisor or whoever can actually approve the replacement, because the agents clearly can't.

Thanks,
Gemma""")
    # ---------------- de
    m(B, "de", "n1", "", "Geschäftsführer + Vorstand + Teamleiter narrative", "Präsentation der Auswertungen",
"""Hallo, unser Geschäftsführer möchte dem Vorstand die Auswertungen aus Ihrem Tool zeigen. Kann man die Dashboards als PDF exportieren, damit auch die Teamleiter sie bekommen?""")
    m(B, "de", "n2", "", "Abteilungsleiter-Schulung", "Schulung",
"""Bieten Sie Schulungen für Abteilungsleiter an? Die Geschäftsleitung möchte, dass alle bis Februar fit im System sind.""", fmt="b64", charset="iso-8859-1")
    m(B, "de", "m1", "M", "long, request in middle", "Reklamation Waschmaschine",
"""Sehr geehrte Damen und Herren,

die Waschmaschine wurde am 3.11. geliefert und verliert seit dem ersten Waschgang Wasser. Der Techniker war zweimal da.

Ich bitte Sie, den Vorgang an Ihre Teamleitung zu übergeben, da Ihre Kollegen am Telefon keine Lösung anbieten dürfen.

Mit freundlichen Grüßen
Helga Brandt""")
    # ---------------- fr
    m(B, "fr", "n1", "", "la direction + chef d'équipe narrative", "Accès",
"""Bonjour, la direction souhaite que nos chefs d'équipe aient accès aux plannings mais pas aux salaires. Comment paramétrer ça ?""")
    m(B, "fr", "n2", "", "hiérarchie in the org chart feature", "Organigramme",
"""Bonjour, peut-on importer la hiérarchie de l'entreprise depuis un fichier Excel pour l'organigramme ?""")
    m(B, "fr", "m1", "M", "je veux que la direction soit informée", "Inacceptable",
"""Je veux que votre direction soit mise au courant de la façon dont j'ai été traité.""")
    # ---------------- es
    m(B, "es", "n1", "", "el gerente y el encargado narrative", "Usuarios",
"""Hola, el gerente y el encargado de turno necesitan usuario propio en la app. ¿Cómo los damos de alta?""")
    m(B, "es", "n2", "", "gerencia decided + escalado de precios", "Presupuesto",
"""La gerencia está revisando el presupuesto porque los costes han escalado. ¿Tienen descuento por pago anual?""")
    m(B, "es", "m1", "M", "que lo vea la gerencia", "Queja",
"""Exijo que mi queja llegue a la gerencia. Llevo un mes esperando.""")
    # ---------------- it
    m(B, "it", "n1", "", "il direttore e il responsabile narrative", "Utenze",
"""Buongiorno, il direttore e il responsabile di magazzino devono vedere gli stessi report. Come condividiamo la dashboard?""")
    m(B, "it", "n2", "", "la direzione + superiori in HR feature", "Valutazioni",
"""La direzione vorrebbe che le valutazioni annuali fossero compilate dai superiori diretti nel modulo HR. È possibile?""")
    m(B, "it", "m1", "M", "chiedo l'intervento della direzione", "Reclamo",
"""Chiedo formalmente l'intervento della vostra direzione.""")
    # ---------------- nl
    m(B, "nl", "n1", "", "directie + teamleiders narrative", "Rapporten",
"""Onze directie wil dat alle teamleiders wekelijks het rapport krijgen. Kan dat automatisch?""")
    m(B, "nl", "n2", "", "leidinggevende in HR-module", "Verlof",
"""Hoe koppel ik in de HR-module een leidinggevende aan elke medewerker voor verlofaanvragen?""")
    m(B, "nl", "m1", "M", "graag iemand van de directie", "Klacht",
"""Graag wil ik dat iemand van uw directie contact met mij opneemt.""")
    # ---------------- pl
    m(B, "pl", "n1", "", "kierownik i dyrektor narrative", "Raporty",
"""Dzień dobry, kierownik magazynu i dyrektor finansowy chcą dostawać raport tygodniowy mailem. Jak to ustawić?""")
    m(B, "pl", "n2", "", "zarząd i szefowie działów szkolenie", "Szkolenie",
"""Zarząd chce zorganizować szkolenie dla szefów działów w styczniu. Czy prowadzicie szkolenia stacjonarne?""")
    m(B, "pl", "m1", "M", "proszę o przekazanie do kierownictwa", "Reklamacja",
"""Proszę o przekazanie mojej reklamacji do kierownictwa działu obsługi klienta.""")
    # ---------------- pt
    m(B, "pt", "n1", "", "o gerente e a diretoria narrative", "Relatórios",
"""Bom dia, o gerente da loja e a diretoria precisam receber o relatório de vendas semanal. Como configuro?""")
    m(B, "pt", "n2", "", "ouvidoria interna (own)", "Módulo ouvidoria",
"""Olá, o vosso sistema tem um módulo de ouvidoria interna para os colaboradores fazerem denúncias anónimas?""")
    m(B, "pt", "m1", "M", "quero que a diretoria saiba", "Reclamação",
"""Quero que a minha reclamação seja levada à diretoria de vocês.""")
    # ---------------- sv
    m(B, "sv", "n1", "", "chefen och ledningen narrative", "Rapporter",
"""Hej, chefen och ledningsgruppen vill få månadsrapporten som PDF. Går det att schemalägga?""")
    m(B, "sv", "n2", "", "arbetsledare i schemat", "Schema",
"""Hur lägger jag till en arbetsledare som kan ändra schemat för sitt lag?""")
    m(B, "sv", "m1", "M", "lyft ärendet till ledningen", "Klagomål",
"""Lyft mitt ärende till er ledning, tack. Jag har väntat i en månad.""")
    # ---------------- da
    m(B, "da", "n1", "", "ledelsen og direktøren narrative", "Rapporter",
"""Hej, ledelsen og direktøren vil gerne have månedsrapporten automatisk på mail. Kan det lade sig gøre?""")
    m(B, "da", "n2", "", "en leder per afdeling i systemet", "Afdelinger",
"""Kan man tilknytte en leder til hver afdeling i systemet, så de kan se deres egne medarbejdere?""")
    m(B, "da", "m1", "M", "lad en overordnet se på det", "Klage",
"""Lad venligst en af dine overordnede kigge på min sag.""")
    # ---------------- ro
    m(B, "ro", "n1", "", "directorul si conducerea narrative", "Rapoarte",
"""Buna ziua, directorul si conducerea vor sa primeasca raportul lunar pe email. Se poate programa?""")
    m(B, "ro", "n2", "", "seful de tura in aplicatie", "Ture",
"""Cum setez un sef de tura care sa poata modifica programul echipei?""")
    m(B, "ro", "m1", "M", "sesizarea sa ajunga la conducere", "Sesizare",
"""Va rog ca sesizarea mea sa ajunga la conducerea firmei dumneavoastra.""")
