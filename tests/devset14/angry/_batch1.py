"""devset14 angry, batch 1 (measured before any tuning on it): sarcasm markers, rhetorical questions,
counting repeats ("fourth mail", "still nothing"); negatives: polite check-ins, praise with "!!",
anger at a courier / own customer, resolved anger with thanks."""
B = "b1"

def add_b1(m):
    # ---------------- en
    m(B, "en", "a1", "A", "sarcasm: oh wonderful, parking app double charge", "Double charge AGAIN",
"""Oh wonderful, the parking app charged me twice for the same 40 minutes. Again. Love paying double to park outside my own office.

Gareth""")
    m(B, "en", "a2", "A", "rhetorical: is anyone even reading these", "Re: Re: Re: claim 55120",
"""Is anybody actually reading these emails or do they go straight into a bin? Fourth message about the same claim and all I get back is an auto-reply.

Priya Nair""")
    m(B, "en", "a3", "A", "mobile: seriously? still broken", "",
"""seriously?? still not fixed. you said friday. its tuesday.

sent from my phone""")
    m(B, "en", "a4", "A", "long mail, one exasperated line", "Gym membership freeze",
"""Hello,

I requested a membership freeze on 2 October because of my knee surgery, and attached the doctor's note. On 1 November I was charged the full fee anyway. I phoned and was told it would be sorted. On 1 December, charged again.

How many times do I have to explain the same thing before someone actually does something?

Membership no. 88213
Helen Carter""")
    m(B, "en", "n1", "", "polite check-in", "Just checking in",
"""Hi team, just checking in on ticket 4471 from last week - no pressure, I know you're busy. Let me know if you need anything else from me.

Cheers, Tom""")
    m(B, "en", "n2", "", "anger at a courier, not the company", "Delivery note",
"""Hi, the courier left the box in the rain and it was soaked - honestly I was furious with the driver, but the contents are fine. Could you note on my account to use the locker next time? Thanks!

Ama""")
    # ---------------- de
    m(B, "de", "a1", "A", "sarcasm: na toll, Vertrag verlängert", "Na toll",
"""Na toll. Ich kündige fristgerecht, bekomme eine Bestätigung, und jetzt ist der Vertrag trotzdem um ein Jahr verlängert. Echt super gemacht, liebes Team.

M. Krüger""")
    m(B, "de", "a2", "A", "counting: zum dritten Mal, immer noch nichts", "Schadensmeldung 2024-118",
"""Guten Tag,

ich schreibe Ihnen nun zum dritten Mal wegen meiner Schadensmeldung. Immer noch keine Antwort, keine Rückmeldung, gar nichts. Wie lange soll das noch dauern?

Sabine Oettinger""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "a3", "A", "rhetorical: wie schwer kann das sein", "Rechnungsadresse",
"""Wie schwer kann es sein, eine Rechnungsadresse zu ändern? Drei Anläufe, drei falsche Rechnungen. Ich verstehe es nicht mehr.

Kai""")
    m(B, "de", "n1", "", "praise with !!", "Danke!!",
"""Wow, das ging ja schnell!! Vielen Dank an Herrn Becker, der Zugang funktioniert wieder. Super Service!

Liebe Grüße, Anja""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "sarcasm: merci pour rien", "Réponse de votre service",
"""Merci pour rien. Trois semaines pour me répondre que « le dossier est en cours ». Bravo, vraiment.

Patrick L.""")
    m(B, "fr", "a2", "A", "rhetorical: quelqu'un lit mes messages ?", "Commande 7731 - toujours rien",
"""Bonjour,

Est-ce que quelqu'un lit mes messages chez vous ? C'est la quatrième fois que j'écris pour cette commande et toujours rien. Pas un appel, pas un mail.

Nadia Benali""", fmt="b64")
    m(B, "fr", "a3", "A", "Québec, c'est pas sérieux", "facturation",
"""Franchement c'est pas sérieux. Vous m'avez facturé deux fois le même mois et personne est capable de me rembourser. Ça fait dur.

Marc-André""")
    m(B, "fr", "n1", "", "was angry at first, fixed, thanks", "Merci pour votre aide",
"""Bonjour, j'avoue que j'étais énervée hier quand la commande n'est pas arrivée, mais votre collègue a tout réglé ce matin. Merci beaucoup !

Claire""")
    # ---------------- es
    m(B, "es", "a1", "A", "sarcasm: genial, gracias por nada", "Pedido 99812",
"""Genial, de verdad. Pago envío urgente y el paquete llega una semana tarde. Gracias por nada.

Raúl""")
    m(B, "es", "a2", "A", "counting: ya van cinco llamadas", "Alta de línea",
"""Ya van cinco llamadas y dos correos para dar de alta una línea. Cinco. Y sigo sin línea. No sé qué más tengo que hacer.

Lucía Pardo""")
    m(B, "es", "a3", "A", "es-AR: es un chiste", "la factura",
"""Es un chiste esto? Me cobraron un plan que nunca pedi y encima me dicen que tengo que esperar 30 dias. Una verguenza.

Ezequiel""")
    m(B, "es", "n1", "", "angry at own customer, neutral ask", "Cliente molesto",
"""Hola, tenemos un cliente muy enfadado porque su factura salió con el CIF equivocado. ¿Podéis generar una factura rectificativa? Gracias.

Marta - Administración""")
    # ---------------- it
    m(B, "it", "a1", "A", "sarcasm: complimenti davvero", "Rimborso",
"""Complimenti davvero. Due mesi per un rimborso di 19 euro e ancora niente. Siete un esempio.

Stefano""")
    m(B, "it", "a2", "A", "rhetorical: ma ci vuole tanto?", "Modifica indirizzo",
"""Ma ci vuole tanto a cambiare un indirizzo di spedizione? È la terza volta che ve lo chiedo e i pacchi continuano ad andare a quello vecchio.

Elisa""")
    m(B, "it", "n1", "", "polite follow-up", "Sollecito gentile",
"""Buongiorno, vi scrivo solo per sapere se ci sono novità sulla mia richiesta della settimana scorsa. Nessuna fretta, grazie mille.

Anna Rossi""")
    m(B, "it", "n2", "", "joke with exclamation", "Ahah",
"""Ahah che ridere, il vostro bot mi ha risposto in latino!! Comunque tutto risolto, grazie.

Dario""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "pt-BR: palhaçada, de novo", "cobrança indevida",
"""Que palhaçada é essa? Cobraram de novo a taxa que vocês mesmos disseram que iam estornar. Pela terceira vez!

Rogério""")
    m(B, "pt", "a2", "A", "pt-PT: já não há paciência", "Reparação do equipamento",
"""Boa tarde,

O equipamento foi para reparação há seis semanas. Já liguei quatro vezes e ninguém me sabe dizer nada. Já não há paciência para isto.

Cumprimentos,
Fernanda Lopes""", fmt="qp")
    m(B, "pt", "n1", "", "praise", "Obrigada!!",
"""Muito obrigada pela ajuda rápida!! Funcionou à primeira. Excelente atendimento.

Beatriz""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "sarcasm: lekker bezig", "Factuur",
"""Lekker bezig weer. Derde factuur op rij met een verkeerd bedrag. Hoe moeilijk is het nou helemaal?

Joost""")
    m(B, "nl", "a2", "A", "Flemish: nog altijd niets", "Aansluiting",
"""Goeiedag, al vier weken wacht ik op mijn aansluiting en nog altijd niets. Elke keer dat ik bel krijg ik een ander verhaal. Ik ben het echt beu.

Griet""")
    m(B, "nl", "n1", "", "calm complaint", "Levering",
"""Hallo, mijn bestelling is nog niet binnen. Kunnen jullie kijken waar hij is? Alvast bedankt.

Sanne""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "sarcasm: tack för ingenting", "Ärende 5521",
"""Tack för ingenting. Tre veckor utan svar och sen stänger ni ärendet som löst. Snyggt.

Mikael""")
    m(B, "sv", "a2", "A", "rhetorical: är det någon som läser", "Fortfarande fel",
"""Är det någon som ens läser det här? Jag har skrivit fyra gånger om samma felaktiga faktura och får bara standardsvar.

Karin Ek""")
    m(B, "sv", "n1", "", "angry at weather", "Försenad leverans",
"""Hej, jag förstår att stormen ställt till det för alla. Inga problem, vi väntar. Hör av er när ni vet mer!

Lena""")
    # ---------------- da
    m(B, "da", "a1", "A", "sarcasm: fantastisk service", "Router",
"""Fantastisk service, virkelig. Fjerde router på to måneder, og den virker heller ikke. Jeg gider ikke mere.

Jesper""")
    m(B, "da", "a2", "A", "counting: for femte gang", "Flytning af abonnement",
"""Hej. Jeg skriver nu for femte gang om flytning af mit abonnement. Stadig intet sket. Er der overhovedet nogen, der arbejder der?

Mette""")
    m(B, "da", "n1", "", "polite follow-up", "Opfølgning",
"""Hej, jeg følger lige op på min henvendelse fra i mandags. Ingen hast, bare så I ved det. Venlig hilsen Bo""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "rhetorical: czy ktoś to w ogóle czyta", "Reklamacja 3321",
"""Czy ktoś to w ogóle czyta? Piszę już czwarty raz w sprawie tej samej reklamacji i nadal nic. Żadnej odpowiedzi.

Tomasz Wójcik""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "a2", "A", "sarcasm, no diacritics", "faktura",
"""No brawo. Kolejna faktura z bledna kwota. Serio, ile razy mozna to samo poprawiac? Mam tego dosc.

Kasia""")
    m(B, "pl", "n1", "", "was annoyed but fixed, thanks", "Dziękuję",
"""Dzień dobry, wczoraj byłam trochę zdenerwowana, ale pan Marek wszystko szybko naprawił. Dziękuję bardzo!

Agnieszka""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "sarcasm + counting", "Contract",
"""Felicitări, chiar. A treia oară când vă scriu pentru același contract și tot nimic. Nu se poate așa ceva.

Andrei Popa""", fmt="qp", charset="iso-8859-16")
    m(B, "ro", "a2", "A", "no diacritics, bataie de joc", "factura gresita",
"""Asta e bataie de joc. Am platit factura de doua ori si nimeni nu imi raspunde de o luna.

Ioana""")
    m(B, "ro", "n1", "", "polite follow-up", "Revenire",
"""Bună ziua, revin cu o întrebare legată de solicitarea mea de săptămâna trecută. Nu e urgent. Mulțumesc!

Cristina""")
