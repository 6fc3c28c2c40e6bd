"""devset15 abusive, batch 8 = second generalisation batch (measured before tuning on it): fresh
writers, English-weighted, new wording of this round's themes in all languages, plus negatives that
reuse this round's words harmlessly."""
B = "b8"

def add_b8(m):
    m(B, "en", "a1", "A", "named staff insult: Gary is a spineless weasel and a liar", "Gary",
"""Gary promised me a callback on Monday. Gary is a spineless little weasel and I'll be telling him so to his face.""")
    m(B, "en", "a2", "A", "threat: you'll be picking your teeth up", "last chance",
"""Send that driver round again and he'll be picking his teeth up off my driveway.""")
    m(B, "en", "a3", "A", "comparison: a toddler with crayons", "design",
"""A toddler with a box of crayons would have done a better job than your so-called designers, you talentless hacks.""")
    m(B, "en", "a4", "A", "stalking: I've been watching your office, I see you at lunch", "watching",
"""I've been watching your office all week. I see you all going to lunch at the same café at 12:30. Nice to put faces to names.""")
    m(B, "en", "a5", "A", "insult in reply mail, non-native", "Re: your request 44120",
"""I am not agree with this answer. Your collegue Mister Dominik is very stupid man, he not understand nothing.

> Dear customer, your request has been closed.""")
    m(B, "en", "a6", "A", "US: you're a bunch of degenerate scumbags", "ripoff",
"""You're all a pack of thieving scumbags and I hope your office floods.""")
    m(B, "en", "a7", "A", "misogynist insult at agent", "Emma",
"""Emma should stick to making sandwiches, silly girl can't manage a refund.""")
    m(B, "en", "a8", "A", "UK: absolute bellend, complete knob", "call today",
"""Whoever I spoke to at 3pm today is an absolute bellend. Complete knob.""")
    m(B, "en", "n1", "", "feedback: the tool is a joke, no people", "Reports",
"""Honestly the new reports tool is a joke and the export is a waste of time. Please bring back the old one.""")
    m(B, "en", "n2", "", "team-building, 'animals'", "event",
"""Our sales team are absolute animals at the quiz, we'll need the big room. Can we book the lounge for Friday?""")
    m(B, "en", "n3", "", "my ex-partner is a liar", "account",
"""My ex-partner is a liar and a thief who still has my login. Please change the email on the account to this one.""")
    m(B, "en", "n4", "", "quoted chat log with insult from a colleague", "Re: escalation",
"""Forwarding the chat as requested.

> [14:02] Customer: you are a useless idiot
> [14:03] Agent: I'm sorry you feel that way.

Regards, Priya (Team Lead)""")
    m(B, "en", "n5", "", "watching office literal: CCTV", "security",
"""We've been watching your office CCTV integration demo, looks great. Does it support two sites?""")
    m(B, "de", "a1", "A", "de: der Typ an der Hotline ist ein Vollhorst", "Hotline",
"""Der Typ an Ihrer Hotline ist ein Vollhorst. Und Sie sind auch nicht besser.""")
    m(B, "de", "n1", "", "de: mein Chef ist ein Idiot", "Rechnung",
"""Mein Chef ist ein Idiot und hat die Rechnung verlegt. Können Sie sie nochmal schicken?""")
    m(B, "fr", "a1", "A", "fr: t'es qu'une sale conne", "Chloé",
"""Chloé t'es qu'une sale conne. Tu m'as raccroché au nez.""")
    m(B, "fr", "n1", "", "fr: praise with swear", "merci",
"""Putain vous êtes trop forts, merci pour la rapidité !""")
    m(B, "es", "a1", "A", "es: usted es un payaso, named", "Sr. Gómez",
"""Sr. Gómez, usted es un payaso y un mentiroso. Le voy a esperar a la salida de la oficina.""")
    m(B, "es", "n1", "", "es: espero a la salida (pickup)", "recogida",
"""Le espero a la salida de la oficina a las 6 para recoger el paquete, ¿vale?""")
    m(B, "it", "a1", "A", "it: ti spacco le gambe", "tecnico",
"""Se il tecnico si presenta ancora in ritardo gli spacco le gambe.""")
    m(B, "it", "n1", "", "it: spaccare, in bocca al lupo", "auguri",
"""Domani ho l'esame, spero di spaccare! Grazie per il supporto.""")
    m(B, "pt", "a1", "A", "pt-BR: vc é uma anta", "suporte",
"""moça vc é uma anta, le de novo o que eu escrevi""")
    m(B, "pt", "n1", "", "pt: anta animal (zoo)", "ingresso",
"""Queria saber se o ingresso do zoológico inclui a área da anta e das capivaras.""")
    m(B, "nl", "a1", "A", "nl: jullie zijn een stelletje oplichters en debielen", "klacht",
"""Jullie medewerker is een ontzettende hufter. Ik weet jullie te vinden.""")
    m(B, "sv", "a1", "A", "sv: du är en värdelös idiot", "svar",
"""Du är en värdelös idiot, Linda. Läs mitt mejl igen.""")
    m(B, "da", "a1", "A", "da: I er en flok idioter, named", "Jens",
"""Jens er en tumpe. I er en flok klaphatte.""")
    m(B, "pl", "a1", "A", "pl: pani jest głupia jak but", "infolinia",
"""Pani jest głupia jak but. Proszę dać kogoś mądrzejszego.""")
    m(B, "ro", "a1", "A", "ro: esti un idiot", "raspuns",
"""Esti un idiot, Mihai. Nu ai citit nimic din ce am scris.""")
    m(B, "ro", "n1", "", "ro: self, idiot", "parola",
"""Sunt un idiot, am sters contul gresit. Se poate recupera?""")
