"""devset12 angry, batch 6 (measured before any tuning on it): anger mixed with other requests
(refund, manager, legal, urgent, cancellation); calm versions of the same requests as negatives."""
B = "b6"

def add_b6(m):
    # ---------------- en
    m(B, "en", "a1", "A", "refund + anger, implicit", "Refund. Now.",
"""I want my money back. Not a voucher, not "store credit", my actual money. I returned the coat on the 1st, you've had it for three weeks, and every time I ask I'm told to wait a bit longer. My patience has limits.

C. Whitmore""")
    m(B, "en", "a2", "A", "manager + anger", "Put me through to someone senior",
"""I've spoken to three of your agents now and each one has read me the same script. I'd like to speak to someone who can actually make a decision, because this is going nowhere and I'm wasting my evenings on it.

Derek Moss""")
    m(B, "en", "a3", "A", "urgent + angry caps", "URGENT - AGAIN",
"""Our online shop is showing the wrong prices AGAIN after your update. This is the SECOND time in a week. We are losing money every hour this stays up. Fix it and stop pushing untested updates to live stores.

Harbour Tea Co.""")
    m(B, "en", "a4", "A", "legal + anger", "Final warning",
"""I have been more than patient. Four months, eleven emails, two promised callbacks that never happened. If this isn't resolved by Friday I'll be taking it to the ombudsman, and I'll make sure everyone knows how you treat people.

Anthony Greene""", fmt="alt")
    m(B, "en", "n1", "", "calm refund request", "Refund for order 5561",
"""Hi,

I sent back order 5561 last week (tracking RR123456789GB). Could you let me know when the refund will be processed? Thanks very much.

Sophie""")
    m(B, "en", "n2", "", "calm manager request", "Account manager",
"""Hello,

We're expanding to three new offices next year. Could we be put in touch with an account manager to discuss an enterprise plan?

Best regards,
Anil Mehta
Head of IT""")
    m(B, "en", "n3", "", "urgent but calm", "Urgent: invoice needed today",
"""Hi,

Sorry for the short notice - our finance team needs the November invoice today to close the month. Could you send it over this afternoon? Much appreciated.

Kate""")

    # ---------------- de
    m(B, "de", "a1", "A", "refund + anger", "Mein Geld",
"""Ich will mein Geld zurück, und zwar jetzt. Seit sechs Wochen werde ich mit Textbausteinen abgespeist. Ich habe keine Lust mehr, mich hinhalten zu lassen.

Dieter Frank""")
    m(B, "de", "a2", "A", "manager + anger", "Vorgesetzten bitte",
"""Verbinden Sie mich bitte mit jemandem, der etwas entscheiden darf. Ich habe jetzt mit fünf verschiedenen Leuten gesprochen und jeder erzählt mir etwas anderes. So langsam zweifle ich an Ihrem ganzen Laden.

Kerstin Hahn""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "n1", "", "calm refund", "Erstattung",
"""Guten Tag,

ich habe die Ware am Montag zurückgeschickt. Wann kann ich mit der Erstattung rechnen? Vielen Dank!

Andrea""")
    m(B, "de", "n2", "", "calm urgent", "Dringend: Zugang gesperrt",
"""Hallo,

mein Zugang ist seit heute gesperrt, ich brauche ihn dringend für eine Präsentation um 14 Uhr. Können Sie ihn bitte entsperren? Danke!

Markus""")

    # ---------------- fr
    m(B, "fr", "a1", "A", "refund + anger", "Remboursement",
"""Je veux être remboursé, point final. Ça fait un mois qu'on me balade avec des "c'est en cours". J'en ai ras le bol de vos excuses.

Yves Mercier""")
    m(B, "fr", "a2", "A", "legal + anger", "Dernier avertissement",
"""Dernier avertissement. Si le problème n'est pas réglé d'ici vendredi, je saisis le médiateur. Je suis écœuré par la façon dont vous traitez vos clients.

Jacqueline Bonnet""")
    m(B, "fr", "n1", "", "calm refund", "Demande de remboursement",
"""Bonjour,

Suite au retour du colis, pourriez-vous procéder au remboursement ? Merci beaucoup.

Élodie""")
    m(B, "fr", "n2", "", "calm manager", "Responsable commercial",
"""Bonjour,

Pourriez-vous me mettre en relation avec votre responsable commercial pour un devis entreprise ? Merci d'avance.

Vincent""")

    # ---------------- es
    m(B, "es", "a1", "A", "manager + anger", "Quiero hablar con un responsable",
"""Quiero hablar con alguien con capacidad de decisión, porque con los agentes no hay manera. Cada uno me dice una cosa distinta. Estoy perdiendo los nervios.

Manuel""")
    m(B, "es", "a2", "A", "refund + anger", "Devolución ya",
"""Devolvedme el dinero de una vez. Llevo siete semanas escuchando excusas. Estoy más que harta.

Rosa Delgado""", fmt="b64")
    m(B, "es", "n1", "", "calm urgent", "Urgente: factura",
"""Hola,

Necesito la factura de octubre hoy para cerrar la contabilidad. ¿Podéis enviármela? Muchas gracias.

Elena""")
    m(B, "es", "n2", "", "calm refund", "Reembolso",
"""Hola,

Ya he devuelto el producto. ¿Cuándo recibiré el reembolso? Gracias.

Iván""")

    # ---------------- it
    m(B, "it", "a1", "A", "refund + anger", "Rimborso",
"""Rivoglio i miei soldi. Basta con le scuse e con i "stiamo verificando". Sono due mesi che mi prendete in giro.

Lorenzo""")
    m(B, "it", "a2", "A", "manager + anger", "Un responsabile, per favore",
"""Voglio parlare con un responsabile. Ho parlato con quattro operatori diversi e nessuno è stato capace di risolvere un problema banale. Sono davvero stanco di questa situazione.

Claudio Marino""")
    m(B, "it", "n1", "", "calm manager", "Contatto commerciale",
"""Buongiorno,

potrei avere il contatto del vostro responsabile commerciale? Grazie.

Silvia""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "refund + anger", "Quero o meu dinheiro",
"""Quero o meu dinheiro de volta. Já chega de desculpas. Há cinco semanas que me dizem que está a ser tratado.

Sérgio""")
    m(B, "pt", "a2", "A", "manager + anger BR", "Quero falar com um supervisor",
"""Quero falar com um supervisor. Já falei com quatro atendentes e ninguém resolve. Estou perdendo a paciência com vocês.

Juliana""")
    m(B, "pt", "n1", "", "calm refund", "Reembolso",
"""Olá,

Devolvi o artigo na semana passada. Quando posso esperar o reembolso? Obrigado.

André""")

    # ---------------- nl
    m(B, "nl", "a1", "A", "refund + anger", "Geld terug",
"""Ik wil gewoon mijn geld terug. Vijf weken aan het lijntje gehouden met smoesjes. Ik heb er schoon genoeg van.

Kees""")
    m(B, "nl", "a2", "A", "manager + anger", "Leidinggevende",
"""Ik wil een leidinggevende spreken. Vier medewerkers, vier verschillende antwoorden. Dit is echt niet meer normaal.

Astrid de Boer""")
    m(B, "nl", "n1", "", "calm urgent", "Spoed: wachtwoord",
"""Hoi,

Ik ben buitengesloten en heb vandaag om 15:00 een demo. Kunnen jullie mijn wachtwoord resetten? Dank!

Pim""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "refund + anger", "Zwrot pieniędzy",
"""Chcę odzyskać swoje pieniądze. Od miesiąca zbywacie mnie wymówkami. Cierpliwość mi się skończyła.

Wojciech""")
    m(B, "pl", "a2", "A", "manager + anger", "Kierownik",
"""Proszę o kontakt z kierownikiem. Rozmawiałam z trzema konsultantami i każdy mówi co innego. Jestem tym wszystkim zmęczona i wkurzona.

Natalia""")
    m(B, "pl", "n1", "", "calm refund", "Zwrot",
"""Dzień dobry,

Odesłałem towar w poniedziałek. Kiedy mogę spodziewać się zwrotu? Dziękuję.

Adam""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "refund + anger", "Vreau banii înapoi",
"""Vreau banii înapoi. De o lună mă tot amânați cu scuze. Mi s-a terminat răbdarea.

Sorin""")
    m(B, "ro", "n1", "", "calm refund", "Rambursare",
"""Bună ziua,

Am returnat produsul luni. Când voi primi rambursarea? Mulțumesc.

Ana""")

    # ---------------- da
    m(B, "da", "a1", "A", "refund + anger", "Mine penge",
"""Jeg vil have mine penge tilbage. I har holdt mig hen i fem uger. Min tålmodighed er opbrugt.

Henrik""")
    m(B, "da", "n1", "", "calm refund", "Refusion",
"""Hej,

Jeg har sendt varen retur. Hvornår kan jeg forvente refusionen? Tak.

Mette""")

    # ---------------- sv
    m(B, "sv", "a1", "A", "manager + anger", "Chef",
"""Jag vill prata med en chef. Fyra olika handläggare, fyra olika besked. Mitt tålamod är slut.

Lena""")
    m(B, "sv", "n1", "", "calm manager", "Kontakt",
"""Hej,

Kan jag få kontaktuppgifter till er försäljningschef? Vi funderar på ett företagsavtal.

Mvh Fredrik""")
