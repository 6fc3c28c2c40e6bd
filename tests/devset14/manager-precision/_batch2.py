"""devset14 manager-precision, batch 2 (measured before tuning): escalation in incident reports and SLA
questions, reports of what the agent's boss did, 'I don't want a manager', job applications, out-of-office
deputies, workflow 'supervisor' features; positives with new wording."""
B = "b2"

def add_b2(m):
    # ---------------- en
    m(B, "en", "n1", "", "SLA question about escalation", "Enterprise SLA",
"""Hi, before we sign: what does your escalation process look like for P1 incidents, and how fast does an incident get escalated to your on-call engineers? Is that in the SLA?

Thanks
Gareth Owen, IT""")
    m(B, "en", "n2", "", "your manager approved the discount last week (reporting)", "Re: Renewal quote",
"""Hi Tom,

Just checking the renewal quote - your manager approved the 15% discount on our call last week but the quote still shows list price. Can you update it?

Cheers, Nadia""")
    m(B, "en", "n3", "", "I don't want to speak to a manager, just fix it", "billing again",
"""Look I don't want to speak to a manager or anyone else, I just want the duplicate charge reversed. That's it.""")
    m(B, "en", "n4", "", "job application for support manager", "Application: Customer Support Manager",
"""Dear hiring team,

I'd like to apply for the Customer Support Manager position advertised on LinkedIn. I've led a team of 12 agents for four years and managed escalations for enterprise accounts. CV attached.

Best,
Olivia Grant""", fmt="alt")
    m(B, "en", "n5", "", "no need to escalate, you've been great", "Re: Re: sync issue",
"""Actually it's working now after the reinstall! No need to escalate anything, you've been great, thank you Sam.""")
    m(B, "en", "m1", "M", "mobile, put me through to your boss", "call",
"""put me through to your boss pls. sent from my iphone""")
    m(B, "en", "m2", "M", "rambling, wants someone senior to call", "Order 5531 - third attempt",
"""Hello again,

I've now spent about four hours on this across three agents. Each one tells me something different about when the replacement ships. I'm not blaming anyone personally but I need someone above the frontline team to look at this and call me back, a manager or whoever signs off on replacements.

Regards
Dev Patel""")
    # ---------------- de
    m(B, "de", "n1", "", "Chef approved (reporting), Ihr Chef hat zugesagt", "Rabatt laut Absprache",
"""Hallo Frau Berger,

Ihr Chef, Herr Lindner, hat uns letzte Woche telefonisch 10 % Rabatt zugesagt. Könnten Sie die Rechnung entsprechend anpassen?

Danke und Gruß
Petra Sommer""")
    m(B, "de", "n2", "", "Eskalation im Incident-Bericht", "Nachfrage zum Störungsbericht",
"""Guten Tag,

im Störungsbericht vom Dienstag steht, dass die Eskalation an den Rechenzentrumsbetreiber um 14:10 erfolgte. Wann genau war der Dienst wieder verfügbar? Wir brauchen das für unseren eigenen Bericht.

MfG
K. Albrecht""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "n3", "", "Abwesenheitsnotiz mit Vertretung", "Abwesenheit: Re: Ihre Anfrage",
"""Ich bin bis 02.12. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an meinen Vorgesetzten, Herrn Dr. Kaiser (kaiser@muster-gmbh.de).""")
    m(B, "de", "m1", "M", "Leitung of support, demanding", "Reklamation Nr. 7781",
"""Ich bitte darum, dass sich jemand aus der Leitung Ihres Kundenservice persönlich bei mir meldet. So kann das nicht weitergehen.""")
    m(B, "de", "m2", "M", "Austrian, jemand mit Befugnis", "Storno",
"""Grüß Gott, i hab jetzt dreimal angerufen. Bitte verbinden Sie mich mit Ihrem Vorgesetzten, der Mitarbeiter am Telefon darf ja nix entscheiden.""")
    # ---------------- fr
    m(B, "fr", "n1", "", "candidature responsable service client", "Candidature",
"""Madame, Monsieur,

je me permets de vous adresser ma candidature au poste de responsable du service client. Vous trouverez mon CV en pièce jointe.

Bien à vous,
Camille Roux""")
    m(B, "fr", "n2", "", "superviseur as workflow feature", "Validation par superviseur",
"""Bonjour, est-il possible de désactiver l'étape de validation par le superviseur pour les notes de frais de moins de 50 € ? Merci""")
    m(B, "fr", "n3", "", "ne veux pas parler à un responsable", "facture",
"""Je ne veux pas parler à un responsable, je veux juste ma facture corrigée. Merci de faire le nécessaire.""")
    m(B, "fr", "m1", "M", "je demande que mon dossier soit escaladé", "Litige",
"""Bonjour,

je demande formellement que mon dossier soit transmis à votre hiérarchie. Trois échanges sans solution, ça suffit.

M. Garnier""", fmt="qp", charset="iso-8859-1")
    # ---------------- es
    m(B, "es", "n1", "", "out of office deputy jefe", "Fuera de la oficina",
"""Estaré de vacaciones hasta el 5 de diciembre. Para temas urgentes pueden escribir a mi jefe, Álvaro Gil, agil@constru.es.""")
    m(B, "es", "n2", "", "tu supervisor aprobó (reporting)", "Re: Abono",
"""Hola Carmen, tu supervisor ya me confirmó por teléfono que el abono estaba aprobado, solo quería saber cuándo lo veré en la cuenta.

Gracias""")
    m(B, "es", "m1", "M", "quiero que lo vea alguien de arriba", "Reclamación 4412",
"""Buenas. Quiero que mi reclamación la revise alguien de más arriba, porque el agente me dijo que no puede hacer nada.""")
    # ---------------- it
    m(B, "it", "n1", "", "grazie al supervisore", "Grazie",
"""Volevo ringraziare la vostra supervisora Giulia che mi ha richiamato ieri, gentilissima e risolutiva. Complimenti.""")
    m(B, "it", "n2", "", "escalation in SLA contract question", "Contratto assistenza",
"""Buongiorno, nel contratto di assistenza si parla di "escalation di secondo livello" entro 4 ore. Cosa si intende esattamente? Grazie, Davide""")
    m(B, "it", "m1", "M", "mi passi il suo capo", "basta",
"""Mi passi il suo capo per favore, è la terza volta che spiego la stessa cosa.""")
    # ---------------- nl
    m(B, "nl", "n1", "", "sollicitatie teamleider", "Sollicitatie teamleider klantenservice",
"""Beste,

Hierbij solliciteer ik naar de functie van teamleider klantenservice. In de bijlage vindt u mijn cv en motivatie.

Met vriendelijke groet,
Joris Bakker""")
    m(B, "nl", "n2", "", "Flemish, we are the manager in signature, asks about export", "Export",
"""Dag, kan ik de klantenlijst exporteren naar Excel? Alvast bedankt.

Lien Peeters
Zaakvoerder - Bakkerij Peeters""")
    m(B, "nl", "m1", "M", "Flemish, verantwoordelijke", "Klacht levering",
"""Ik had graag iemand van de verantwoordelijken gesproken, want zo gaat het niet langer. Kan uw chef mij bellen?""")
    # ---------------- pl
    m(B, "pl", "n1", "", "kierownik sklepu signature, question", "Terminal",
"""Dzień dobry, czy terminal płatniczy obsługuje BLIK? Pozdrawiam

Marek Zieliński
Kierownik sklepu, Żabka Osiedle Słoneczne""")
    m(B, "pl", "n2", "", "eskalacja in incident report", "Raport z awarii",
"""Witam, w raporcie z awarii z 12.11 brakuje informacji, kiedy nastąpiła eskalacja do drugiej linii. Prosimy o uzupełnienie.""")
    m(B, "pl", "m1", "M", "proszę przekazać sprawę wyżej", "reklamacja",
"""Proszę przekazać moją sprawę komuś wyżej, bo konsultant tylko powtarza regułki.""")
    # ---------------- pt
    m(B, "pt", "n1", "", "pt-PT out of office, coordenadora", "Ausência",
"""Estou ausente até dia 3. Para assuntos urgentes contacte a minha coordenadora, Ana Lopes.""")
    m(B, "pt", "n2", "", "pt-BR, nao quero falar com gerente", "reembolso",
"""nao quero falar com gerente nenhum, so quero meu dinheiro de volta""")
    m(B, "pt", "m1", "M", "pt-BR, quero que um supervisor me ligue", "Protocolo 99812",
"""Boa tarde. Quero que um supervisor me ligue hoje ainda, o atendimento de vocês é péssimo.""")
    # ---------------- sv
    m(B, "sv", "n1", "", "din chef sa (reported)", "Re: Faktura",
"""Hej Sara, din chef sa på mötet att vi skulle få fakturan delad på två månader. Kan ni ordna det?""")
    m(B, "sv", "n2", "", "jobbansökan kundtjänstchef", "Ansökan kundtjänstchef",
"""Hej, jag vill söka tjänsten som kundtjänstchef. Mitt CV bifogas. Vänliga hälsningar, Maja Lund""")
    m(B, "sv", "m1", "M", "koppla mig till någon som bestämmer", "ärende 5512",
"""Koppla mig till någon som bestämmer, tack. Jag har fått tre olika svar.""")
    # ---------------- da
    m(B, "da", "n1", "", "chef signature title", "Levering",
"""Hej, hvornår kan vi forvente levering af ordre 4471?

Mvh
Bo Hansen
Indkøbschef, Hansen VVS""")
    m(B, "da", "n2", "", "ros til teamleder", "Tak",
"""Tak for hurtig hjælp i går. Sig gerne til jeres teamleder at Mikkel var helt fantastisk.""")
    m(B, "da", "m1", "M", "kan jeg få en chef i telefonen", "Opkald",
"""Kan jeg få lov at tale med en chef? Jeres medarbejder kunne ikke svare på noget.""")
    # ---------------- ro
    m(B, "ro", "n1", "", "managerul dvs a aprobat (reported)", "Re: Discount",
"""Buna ziua, managerul dumneavoastra a aprobat reducerea de 20% saptamana trecuta, dar factura nu o reflecta. Multumesc.""")
    m(B, "ro", "n2", "", "aplicatie post manager", "Aplicare post",
"""Bună ziua, doresc să aplic pentru postul de manager de relații cu clienții. Atașez CV-ul. Cu stimă, Mihai""")
    m(B, "ro", "m1", "M", "va rog transmiteti sefului", "Nemultumit",
"""Va rog sa transmiteti reclamatia mea sefului dumneavoastra, nu se mai poate asa.""")
