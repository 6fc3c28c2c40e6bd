"""devset15 abusive, batch 1 (measured before any tuning on it): English-weighted; threats, named
agents, insult-by-comparison, one insult inside a long polite mail, UK/AU/US variants; negatives:
swearing at the app, 'I'd kill for', anger without insults, insults at a third party, quoted abuse."""
B = "b1"

def add_b1(m):
    # ---------------- en positives
    m(B, "en", "a1", "A", "insult by comparison: a monkey could do your job", "Re: refund #88213",
"""Honestly a trained monkey could do your job better than you. Four emails and you still can't find a payment that's sitting right there on my statement.

> Thank you for contacting us. Could you please send the transaction reference?""")
    m(B, "en", "a2", "A", "stalking threat: I know where your office is", "last warning",
"""I know where your office is. Keep ignoring me and I'll come down there and sort this out with whoever is behind that desk, and they won't enjoy it.""")
    m(B, "en", "a3", "A", "threat at technician: wait outside", "Engineer visit Thursday",
"""Tell your technician that if he turns up late again I'll be waiting for him outside with a few friends. He can explain to us why we lost two days of work.""")
    m(B, "en", "a4", "A", "one insult inside a long polite billing mail", "Invoice INV-2291 query",
"""Good morning,

I am writing regarding invoice INV-2291 for October. The line items show three seats, but we removed one user on 2 October and the pro-rata credit has not been applied. I have attached the screenshot of the user list and the original order confirmation.

Could you please re-issue the invoice with the correct number of seats? Our finance team closes the month on Friday.

Frankly, whoever handled this last time is a brainless halfwit and I would rather not deal with them again.

Kind regards,
Andrew Pell
Finance Manager""")
    m(B, "en", "a5", "A", "named agent insult, British: Darren is a useless plonker", "Darren",
"""Can someone other than Darren pick this up please. The man is a complete plonker, a total waste of oxygen, and I've had it with his copy-paste replies.""")
    m(B, "en", "a6", "A", "Australian: you bunch of drongos, galah", "mate seriously",
"""Mate, you bunch of drongos have charged me twice AGAIN. Whichever galah set up your billing system needs a smack. Fix it.""")
    m(B, "en", "a7", "A", "dehumanising: you people are vermin / subhuman", "parasites",
"""You people are vermin. Parasites feeding off small businesses. Subhuman scum, every single one of you in that call centre.""")
    m(B, "en", "a8", "A", "typo/obfuscation: u r a f*cking muppet, stoopid", "reply",
"""omg u r such a f*cking muppet. stoopid agent cant read a simple email. get ur manager""")
    m(B, "en", "a9", "A", "harassment: I will find you on Facebook, message your family", "Jessica from support",
"""Jessica, I've found your Facebook and your LinkedIn. If my account isn't back by tonight I'll be messaging your husband and your employer about what a lying little witch you are.""")
    m(B, "en", "a10", "A", "bug report with one insult, US", "Export to CSV drops rows",
"""Steps: 1) open Reports 2) filter by last 90 days 3) Export CSV. Expected 1,204 rows, got 1,000 exactly. Looks like a hard limit nobody documented.

Your devs must be a bunch of knuckle-dragging cavemen to ship this. Please fix.

- Tom, Denver""")
    m(B, "en", "a11", "A", "threat of violence: punch your lights out", "Re: cancellation",
"""If I ever meet the guy who refused my cancellation I'll punch his lights out, I swear. Tell him that from me.

> Per our terms the cancellation takes effect at the end of the term.""")
    # ---------------- en negatives
    m(B, "en", "n1", "", "I'd kill for a dark mode", "feature idea",
"""Love the new editor. Honestly I'd kill for a dark mode though, my eyes are dying at 2am. Any plans?""")
    m(B, "en", "n2", "", "swearing at the app and situation, no target", "this stupid thing",
"""This stupid bloody update has wrecked my afternoon. The calendar is a useless pile of junk now, nothing syncs. Can you roll it back for my account?""")
    m(B, "en", "n3", "", "anger without insults, demands", "Completely unacceptable",
"""This is the third time I've been promised a call back that never came. I am furious. I want a written explanation and a date by end of day tomorrow, or I'm taking my business elsewhere.""")
    m(B, "en", "n4", "", "insult at third party: my ex-accountant / courier", "access for new accountant",
"""Please remove my old accountant from the account. The man was a total idiot and a crook, which is why I fired him. The new one is Sarah Lowe, sarah@lowe-accounts.co.uk.""")
    m(B, "en", "n5", "", "quoted abuse in history, sender apologises", "Re: my earlier email",
"""I want to apologise for my email last week, it was out of order and your colleague didn't deserve it. Things were bad here. The issue is fixed now, thanks.

> From: Rob
> You are all useless morons and I hope you get sacked.""")
    m(B, "en", "n6", "", "self-deprecation and 'killing me'", "my bad",
"""I'm such an idiot, I typed the wrong IBAN. This month is killing me. Could you change the bank details before the next direct debit?""")
    m(B, "en", "n7", "", "agent reports abuse from a customer (internal forward)", "FW: abusive caller",
"""Hi team lead, forwarding for the record: the caller on ticket 4411 told me he knows where our office is and called me a stupid cow. I've logged it per the policy. Can we block the number?""")
    # ---------------- de
    m(B, "de", "a1", "A", "threat: ich weiß wo ihr sitzt", "Letzte Warnung",
"""Ich weiß genau, wo euer Büro ist. Wenn bis Montag nichts passiert, komme ich vorbei und dann gnade euch Gott, ihr Pfeifen.""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "a2", "A", "insult by comparison: ein Affe könnte das besser", "Re: Rechnung 4471",
"""Sehr geehrte Damen und Herren,

die Rechnung ist zum dritten Mal falsch. Ein Affe mit Tastatur könnte Ihren Job besser machen, Herr Krüger. Bitte korrigieren.

MfG R. Baumann""")
    m(B, "de", "n1", "", "angry no insult, Saftladen about situation? no, calm", "Kündigung",
"""Ich bin stinksauer. Seit drei Wochen keine Antwort, das ist eine Frechheit. Ich kündige hiermit zum nächstmöglichen Termin.""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "named agent insult: cette idiote de Sandrine", "Sandrine",
"""Je ne veux plus avoir affaire à votre Sandrine, une vraie buse incapable de lire un mail. Vous embauchez des abrutis ou quoi ?""")
    m(B, "fr", "n1", "", "je tuerais pour, swearing at app", "suggestion",
"""Franchement je tuerais pour un export PDF propre. Cette putain d'appli me rend fou avec ses mises en page.""")
    # ---------------- es
    m(B, "es", "a1", "A", "threat at driver: te espero afuera", "repartidor",
"""Díganle al repartidor ese que la próxima vez que me deje el paquete tirado lo espero afuera y le parto la cara. Ya sé a qué hora pasa.""")
    m(B, "es", "n1", "", "insult at third party (neighbour)", "paquete robado",
"""El paquete lo robó el imbécil de mi vecino, tengo el video. ¿Me pueden reenviar el pedido? Gracias.""")
    # ---------------- it
    m(B, "it", "a1", "A", "insult in long polite mail, Italian", "Fattura ottobre",
"""Buongiorno,
vi scrivo per la fattura di ottobre: risulta un doppio addebito di 49 euro. Allego estratto conto.
Il vostro operatore Marco è un incapace totale, un somaro che non sa fare una somma.
Cordiali saluti, Lucia Ferri""")
    m(B, "it", "n1", "", "ammazzerei per, idiom", "richiesta",
"""Ucciderei per avere la modalità scura! Per il resto tutto ok, grazie del lavoro.""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "comparison insult pt-BR", "atendimento",
"""ate uma porta atenderia melhor que voces. o tal do Rafael tem o cerebro de uma ameba""")
    m(B, "pt", "n1", "", "swearing at system", "sistema",
"""Essa porcaria de sistema travou de novo, que merda. Podem ver o que aconteceu com o meu relatório?""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "Dutch threat + insult", "monteur",
"""Als die monteur van jullie morgen weer niet komt opdagen sta ik bij jullie kantoor voor de deur. Stelletje prutsers, sukkels zijn jullie.""")
    m(B, "nl", "n1", "", "kanker-free anger at situation", "factuur",
"""Dit is echt belachelijk, al drie keer dezelfde fout op de factuur. Ik wil vandaag een correctie.""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "Swedish named-agent insult", "Johan",
"""Johan på er support är en fullständig idiot. Hjärndöd. Ge mig någon annan.""")
    m(B, "sv", "n1", "", "slut / hora folding traps", "Slut på licenser",
"""Hej, vi har slut på licenser. Vilken hora... förlåt, vilken tid kan ni ringa? Vi behöver fem till.""")
    # ---------------- da
    m(B, "da", "a1", "A", "Danish threat", "jeres tekniker",
"""Jeres tekniker skal ikke vise sig her igen. Kommer han, får han et par på kassen. I er nogle klaphatte allesammen.""")
    m(B, "da", "n1", "", "Danish anger no insult", "regning",
"""Det er simpelthen for dårligt. Jeg har ventet i to uger på en kreditnota. Jeg forventer svar i dag.""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "Polish insult at consultant, no diacritics", "konsultant",
"""wasz konsultant Pawel to skonczony debil. banda idiotow, nie umiecie nawet faktury wystawic""", fmt="b64", charset="iso-8859-2")
    m(B, "pl", "n1", "", "Polish swearing at app", "aplikacja",
"""Ta cholerna aplikacja znowu się zawiesiła, kurde. Czy możecie sprawdzić moje konto?""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "Romanian insult at staff", "operator",
"""Sunteti niste incompetenti si niste prosti. Operatorul de ieri e un bou care nu stie sa citeasca.""", fmt="qp", charset="iso-8859-2")
    m(B, "ro", "n1", "", "Romanian angry no insult", "factura",
"""Este inacceptabil, a treia oara cand primesc factura gresita. Astept o corectie azi.""")
