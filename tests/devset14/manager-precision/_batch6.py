"""devset14 manager-precision, batch 6: PRECISION batch touching this round's entries (measured before
tuning): applications, third-person asks, reported approvals, metrics, negations, plus true requests that
use the same words (how many times..., give me, 'hat Ihr Chef Zeit', 'heeft uw manager tijd')."""
B = "b6"

def add_b6(m):
    # ---------------- en
    m(B, "en", "m1", "M", "how many times ... escalate (must stay positive)", "how many times",
"""How many times do I have to ask? Escalate this to your manager today.""")
    m(B, "en", "m2", "M", "I applied for a refund, want supervisor", "Refund application ignored",
"""I applied for a refund on 2 Nov and nobody has replied. I'd like a supervisor to review my application please.""")
    m(B, "en", "m3", "M", "wants to know -> but requests: my husband wants to know who your manager is and to speak to them", "Complaint",
"""I want to speak to your manager. My husband said he'd call too if nothing happens by Friday.""")
    m(B, "en", "n1", "", "VP of support asks about escalation statistics", "Escalation stats export",
"""Hi, is there a way to export escalation statistics per agent? I'm the support manager here and need it for reviews.""")
    m(B, "en", "n2", "", "our CEO said no need for a supervisor call", "Re: call tomorrow",
"""Thanks Jamie. Our CEO said a call with your supervisor isn't necessary, we're happy with the plan you proposed.""")
    m(B, "en", "n3", "", "hiring manager in our team asks", "Seats for new hires",
"""Our hiring manager needs three extra seats for the new starters on Monday. Can you add them to the invoice?""")
    # ---------------- de
    m(B, "de", "m1", "M", "Hat Ihr Chef heute Zeit (positive with 'hat')", "Rückruf",
"""Hat Ihr Chef heute noch Zeit für einen Rückruf? Ich möchte das mit ihm persönlich besprechen.""")
    m(B, "de", "m2", "M", "Beschwerde an Geschäftsleitung", "Beschwerde",
"""Hiermit bitte ich, meine Beschwerde an die Geschäftsleitung weiterzuleiten.""")
    m(B, "de", "n1", "", "Bewerbung Schichtleiter", "Bewerbung als Schichtleiter",
"""Sehr geehrte Damen und Herren, hiermit bewerbe ich mich auf die Stelle als Schichtleiter im Lager. Lebenslauf anbei.""")
    m(B, "de", "n2", "", "unser Geschäftsführer fragt", "Frage",
"""Unser Geschäftsführer fragt, ob man die Rechnungen auch per Lastschrift bezahlen kann.""")
    # ---------------- fr
    m(B, "fr", "m1", "M", "je veux savoir qui est votre responsable et lui parler", "Plainte",
"""Je voudrais parler à votre responsable, c'est la troisième fois que je vous écris.""")
    m(B, "fr", "n1", "", "notre directrice demande si", "Question",
"""Bonjour, notre directrice demande si la facture peut être envoyée directement à la comptabilité.""")
    m(B, "fr", "n2", "", "combien de tickets escaladés", "Rapport",
"""Bonjour, combien de tickets ont été escaladés le mois dernier ? Nous en avons besoin pour notre revue.""")
    # ---------------- es
    m(B, "es", "m1", "M", "cuántas veces ... quiero hablar con su supervisor", "cuantas veces",
"""¿Cuántas veces tengo que escribir? Quiero hablar con su supervisor ya.""")
    m(B, "es", "n1", "", "mi jefa dice que", "Duda",
"""Hola, mi jefa dice que podemos pagar con transferencia, ¿es así?""")
    m(B, "es", "n2", "", "vacante de supervisor via plugin", "Oferta",
"""Publicamos la vacante de supervisor de tienda y no aparece en la web. ¿Nos ayudan?""")
    # ---------------- it
    m(B, "it", "m1", "M", "vorrei che il mio caso fosse visto da un responsabile", "Reclamo",
"""Vorrei che il mio caso venisse esaminato da un responsabile, grazie.""")
    m(B, "it", "n1", "", "il nostro direttore chiede se", "Domanda",
"""Il nostro direttore chiede se è possibile avere la fattura in inglese.""")
    m(B, "it", "n2", "", "la mia responsabile mi ha detto di scrivervi", "Accesso",
"""Buongiorno, la mia responsabile mi ha detto di scrivervi per attivare il mio account.""")
    # ---------------- nl
    m(B, "nl", "m1", "M", "Heeft uw manager tijd (positive with heeft)", "Gesprek",
"""Heeft uw manager deze week tijd voor een gesprek? Ik wil dit met iemand hogerop bespreken.""")
    m(B, "nl", "n1", "", "hoeveel escalaties", "Rapportage",
"""Hoeveel escalaties hadden we in oktober? Ik zie het niet in het dashboard.""")
    m(B, "nl", "n2", "", "onze directeur vraagt", "Vraag",
"""Onze directeur vraagt of we kunnen overstappen naar jaarlijkse facturatie.""")
    # ---------------- pl
    m(B, "pl", "m1", "M", "ile razy ... przełożony", "ile razy",
"""Ile razy mam pisać? Proszę przekazać sprawę przełożonemu.""")
    m(B, "pl", "n1", "", "aplikuję na stanowisko kierownika", "CV",
"""Dzień dobry, aplikuję na stanowisko kierownika zmiany. W załączniku CV.""")
    m(B, "pl", "n2", "", "mój szef pyta", "Pytanie",
"""Mój szef pyta, czy możemy dostać fakturę w euro.""")
    # ---------------- pt
    m(B, "pt", "m1", "M", "quantas vezes ... gerente", "quantas vezes",
"""Quantas vezes preciso explicar? Quero falar com o gerente responsável.""")
    m(B, "pt", "n1", "", "candidatura supervisor", "Candidatura",
"""Olá, gostaria de me candidatar à vaga de supervisor de loja. Envio o meu currículo.""")
    m(B, "pt", "n2", "", "o nosso diretor pergunta se", "Dúvida",
"""O nosso diretor pergunta se o plano inclui suporte por telefone.""")
    # ---------------- sv
    m(B, "sv", "m1", "M", "din chef undrar? no: jag undrar vem din chef är, vill prata med", "Fråga",
"""Jag undrar vem som är din chef, för jag vill prata med hen direkt.""")
    m(B, "sv", "n1", "", "vår vd undrar", "Fråga",
"""Hej, vår vd undrar om ni har en engelsk version av avtalet.""")
    m(B, "sv", "n2", "", "ansökan teamledare", "Ansökan",
"""Hej! Jag vill söka tjänsten som teamledare på lagret. Bifogar mitt CV.""")
    # ---------------- da
    m(B, "da", "m1", "M", "hvor mange gange ... chef", "Klage",
"""Hvor mange gange skal jeg skrive? Jeg vil tale med din chef.""")
    m(B, "da", "n1", "", "ansøgning teamleder", "Ansøgning",
"""Hej, hermed min ansøgning til stillingen som teamleder. CV vedhæftet.""")
    # ---------------- ro
    m(B, "ro", "m1", "M", "de cate ori ... superior", "Reclamatie",
"""De câte ori trebuie să scriu? Vreau să vorbesc cu superiorul dumneavoastră.""")
    m(B, "ro", "n1", "", "directorul nostru intreaba daca", "Intrebare",
"""Buna ziua, directorul nostru intreaba daca putem plati in rate.""")
    m(B, "ro", "n2", "", "aplic pentru postul de manager", "CV",
"""Buna ziua, aplic pentru postul de manager de magazin. Atasez CV-ul.""")
