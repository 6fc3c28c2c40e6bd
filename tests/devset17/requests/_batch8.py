"""devset17 requests, batch 8 (measured after tuning on b1-b7): precision 2 - b7's new words in
harmless use ("put your manager on the invite", Danish "trække ... fra kortet", "non intendo pagare
con carta", "stornatemi la fattura doppia", "do seu WhatsApp pessoal" as a report, "ett önskemål"
about a delivery date), more manager-title negatives, and fresh positives of every tag."""
B = "b8"

def add_b8(m):
    # ---------------- en
    m(B, "en", "n1", "", "M neg: put your manager on the invite (meeting)", "Kick-off meeting",
"""Looking forward to the kick-off. Feel free to put your manager on the invite too if she wants to see the rollout plan.""")
    m(B, "en", "n2", "", "M neg: I'm a manager at..., sales question", "Pricing for 200 users",
"""I'm a regional manager at a retail chain and we're looking at 200 users. Do you have volume pricing?""")
    m(B, "en", "n3", "", "P neg: company WhatsApp channel", "WhatsApp support",
"""Do you offer support over WhatsApp at all, like a business number? Email is slow for our drivers.""")
    m(B, "en", "n4", "", "G neg: ask about nonprofit discount published", "Charity pricing",
"""We're a registered charity. Your pricing page mentions a nonprofit discount, how do we apply for it?""")
    m(B, "en", "g1", "G", "positive: expect goodwill credit", "Re: RCA",
"""Thanks for the root cause analysis. We'd still expect some sort of goodwill credit for the lost weekend of bookings.

> Root cause: a misconfigured load balancer.""")
    m(B, "en", "m1", "M", "positive: let me speak to whoever runs support", "Unacceptable",
"""Let me speak to whoever runs your support department. I'm not wasting another hour with scripted replies.""")
    # ---------------- de
    m(B, "de", "n1", "", "M neg: Abteilungsleiter role how-to", "Abteilungsleiter",
"""Wie kann ich einem Abteilungsleiter die Berechtigung geben, Spesen freizugeben?""")
    m(B, "de", "f1", "F", "positive: vermisse", "Anregung",
"""Ich vermisse eine Möglichkeit, Kunden in Gruppen einzuteilen. Vielleicht könnt ihr das ja mal einbauen?""")
    # ---------------- da
    m(B, "da", "n1", "", "G neg: trække beløbet fra kortet", "Betaling",
"""Kan I trække beløbet fra vores kort i stedet for at sende fakturaen? Det er nemmere for os.""")
    m(B, "da", "n2", "", "M neg: leder in product (godkende ferie)", "Ferie",
"""Når en medarbejder søger ferie, får lederen så en mail, eller skal hun selv kigge i appen?""")
    m(B, "da", "p1", "P", "positive: din egen mail", "Opfølgning",
"""Kan du ikke bare give mig din egen mail, Mads? Så kan vi tage resten uden om supporten.""")
    # ---------------- ro
    m(B, "ro", "n1", "", "G neg: compensare published policy question", "SLA",
"""Ce prevede contractul SLA în caz de întrerupere? Vreau doar să știu regulile, nu am avut probleme.""")
    m(B, "ro", "f1", "F", "positive: lipsește", "Stocuri",
"""Lipsește o alertă când stocul scade sub un anumit nivel. Ați putea s-o adăugați?""")
    m(B, "ro", "m1", "M", "positive: vreau un superior", "Reclamație",
"""Vreau să discut cu superiorul dumneavoastră, nu cu un alt operator.""")
    # ---------------- pl
    m(B, "pl", "n1", "", "M neg: kierownik zmiany role", "Grafik",
"""Czy kierownik zmiany może zamieniać pracownikom dyżury w grafiku?""")
    m(B, "pl", "p1", "P", "positive: numer na WhatsAppie", "Dziękuję bardzo",
"""Pani Ewo, czy mogę dostać Pani numer na WhatsAppie? Będę pisał bezpośrednio.""")
    # ---------------- es
    m(B, "es", "n1", "", "M neg: supervisora de turno signature", "Turnos",
"""¿Cómo duplico el cuadrante de turnos de esta semana a la siguiente?

Elena Vidal
Supervisora de turno""")
    m(B, "es", "g1", "G", "positive: no pensamos pagar", "Factura de noviembre",
"""Con el servicio caído media semana, no pensamos pagar noviembre completo. Descontadlo.""")
    m(B, "es", "n2", "", "P neg: número de la centralita", "Teléfono",
"""¿Me podéis dar el teléfono de la centralita? Quiero llamar por lo del contrato.""")
    # ---------------- fr
    m(B, "fr", "n1", "", "M neg: je suis responsable de la boutique", "Caisse",
"""Je suis responsable de la boutique et je voudrais ajouter une deuxième caisse. Quelle est la marche à suivre ?""")
    m(B, "fr", "m1", "M", "positive: un responsable me rappelle", "Réclamation",
"""J'exige qu'un responsable me rappelle aujourd'hui. Trois appels, aucune solution.""")
    # ---------------- nl
    m(B, "nl", "n1", "", "M neg: manager rol in de app", "Rollen",
"""Wat kan de rol Manager precies in de app, vergeleken met Medewerker?""")
    m(B, "nl", "f1", "F", "positive: zou het mogelijk zijn", "Idee",
"""Zou het ooit mogelijk zijn om facturen in meerdere valuta te maken? Wij werken veel met Zwitserse klanten.""")
    # ---------------- sv
    m(B, "sv", "n1", "", "F neg: ett önskemål om leveransdatum", "Leverans",
"""Ett önskemål från vår sida: kan ni leverera hårdvaran före den 15 december?""")
    m(B, "sv", "g1", "G", "positive: bjuda på nästa månad", "Avbrott",
"""Efter veckans avbrott tycker jag att ni kan bjuda på nästa månad.""")
    # ---------------- it
    m(B, "it", "n1", "", "G neg: non intendo pagare con carta", "Pagamento",
"""Non intendo pagare con carta di credito, posso saldare la fattura con bonifico?""")
    m(B, "it", "n2", "", "G neg: stornatemi la fattura doppia (wrong charge)", "Fattura doppia",
"""Mi avete emesso la fattura due volte, stornatemi quella doppia per favore.""")
    m(B, "it", "p1", "P", "positive: ci sentiamo su WhatsApp", "Grazie Paolo",
"""Paolo, ci sentiamo su WhatsApp? Dammi il tuo numero, così non intasiamo il ticket.""")
    # ---------------- pt
    m(B, "pt", "n1", "", "P neg: técnico ligou do seu WhatsApp pessoal (report)", "Dúvida",
"""O técnico de vocês me ligou do seu WhatsApp pessoal ontem. Isso é normal? Queria confirmar antes de mandar dados.""")
    m(B, "pt", "m1", "M", "positive: coordenador", "Reclamação",
"""Quero que o coordenador do suporte entre em contato comigo hoje.""")
    m(B, "pt", "f1", "F", "positive: seria bom ter", "App",
"""Seria muito bom ter uma versão do app para iPad. Usamos no balcão.""")
