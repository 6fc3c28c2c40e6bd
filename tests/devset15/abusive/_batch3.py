"""devset15 abusive, batch 3 (measured before tuning on it): English-heavy, new wording: stalking and
harassment threats, comparisons, dehumanising, insults buried in long mails, typos; plus nb/fi and
negatives that share words."""
B = "b3"

def add_b3(m):
    m(B, "en", "a1", "A", "stalking: I've seen your technician's van, know his route", "your engineer",
"""Your engineer drives the white van with the blue logo, right? I've clocked his route. Next time he fobs me off he'll find me standing by that van and he won't like the conversation.""")
    m(B, "en", "a2", "A", "comparison: my cat has more brain cells", "ticket 20931",
"""My cat has more brain cells than your entire support team put together. Read the ticket.""")
    m(B, "en", "a3", "A", "dehumanising: you're animals, cockroaches", "re: complaint",
"""You lot are cockroaches, the lowest form of life. Absolute animals.""")
    m(B, "en", "a4", "A", "long polite bug mail, one sentence insult at dev", "API rate limit returns 500 instead of 429",
"""Hi support,

When we exceed the rate limit on /v2/orders the API returns HTTP 500 with an empty body instead of 429 with a Retry-After header. This breaks our backoff logic. Repro: send 120 requests in 10 seconds with a valid token. Observed on 21 and 22 November, request IDs attached.

Whichever clown wrote that endpoint should be kept away from a keyboard.

Could you confirm whether this is a known issue and whether a fix is planned?

Thanks,
Priyanka Rao
Platform Engineer""", fmt="alt")
    m(B, "en", "a5", "A", "typos and spacing: y0u are all id1ots, r-e-t-a-r-d-s", "refund",
"""y0u are all id1ots. r e t a r d s the lot of ya. where is my refund""")
    m(B, "en", "a6", "A", "harassment: I'll call you every hour, make your life hell", "Sophie",
"""Sophie, I will ring your direct line every hour, every day, until you personally fix this. I'll make your life a living hell, sweetheart.""")
    m(B, "en", "a7", "A", "UK: jumped-up little jobsworth, pillock", "parking permit",
"""Your jumped-up little jobsworth on the phone refused to reissue my permit. What a pillock.""")
    m(B, "en", "a8", "A", "US: threat to show up with gun / you'll see", "FINAL",
"""Keep stealing from me and see what happens when I show up at your store with my piece. Not joking.""")
    m(B, "en", "a9", "A", "degrading competence: do they hire you off the street, can you even read", "RE: RE: RE: order 5512",
"""Do they hire you people straight off the street? Can you even read? Are you mentally slow or just lazy? I have answered this question FIVE times.""")
    m(B, "en", "a10", "A", "Australian threat + insult: deck you, useless dickhead", "installer",
"""If your installer comes back here I'll deck him. Useless dickhead left a hole in my wall.""")
    m(B, "en", "a11", "A", "hope you get what's coming, rot in hell", "goodbye",
"""Cancel it. I hope every one of you rots in hell, you greedy little parasites.""")
    m(B, "en", "n1", "", "aggressive criticism, no insult: dreadful service", "Formal complaint",
"""I wish to make a formal complaint. The service I received was dreadful, your agent was unhelpful and I was cut off twice. I expect a response within 10 working days.""")
    m(B, "en", "n2", "", "killer feature / killing it / shoot", "feedback",
"""The new reports are a killer feature, your team is killing it. Shoot me a message when the API docs are out.""")
    m(B, "en", "n3", "", "insulting oneself and the app", "help",
"""I'm a total muppet with computers and this stupid app doesn't help. How do I change my photo?""")
    m(B, "en", "n4", "", "quoted abuse from previous thread, sender neutral", "Re: Re: account",
"""Thanks, that's sorted now.

> > You are thick as mince, all of you.
> We're sorry you feel that way. We've now reset your password.""")
    m(B, "en", "n5", "", "reporting another user threatening", "User threatening me",
"""A user on your forum keeps messaging me saying he knows where I live and will come round. Screenshots attached. Please ban him.""")
    m(B, "en", "n6", "", "monkey/animal words harmless", "Monkey theme",
"""Can you add the monkey and parrot stickers back to the kids' theme? My daughter loves the animals pack.""")
    m(B, "en", "n7", "", "wait outside harmless: driver pickup", "pickup",
"""I'll be waiting for your driver outside the front gate at 9, the buzzer is broken. Thanks!""")
    # nb / fi
    m(B, "nb", "a1", "A", "Norwegian insult + named", "kundeservice",
"""Ola hos dere er en fullstendig idiot. Dere er noen jævla amatører hele gjengen.""")
    m(B, "nb", "n1", "", "Norwegian angry no insult", "faktura",
"""Dette er helt uakseptabelt. Tredje gang feil faktura. Jeg forventer svar i dag.""")
    m(B, "fi", "a1", "A", "Finnish insult at staff", "asiakaspalvelu",
"""Te olette täysiä idiootteja. Teidän asiakaspalvelijanne on aivan tyhmä.""")
    m(B, "fi", "n1", "", "Finnish swearing at app", "sovellus",
"""Perkele, tämä sovellus kaatuu taas. Voitteko auttaa?""")
    # others short
    m(B, "de", "a1", "A", "Austrian: Vollkoffer, Trottel", "Servicecenter",
"""Ihr seid's echt alles Vollkoffer. Der Trottel an der Hotline hat mich dreimal weiterverbunden.""")
    m(B, "de", "n1", "", "dark humour about self", "Passwort",
"""Ich Depp hab mein Passwort schon wieder vergessen. Können Sie es zurücksetzen?""")
    m(B, "es", "a1", "A", "es-AR: boludos, la concha", "reclamo",
"""Son unos boludos bárbaros. El pelotudo que me atendió me colgó dos veces.""")
    m(B, "es", "n1", "", "es: quoted threat reported", "amenaza",
"""Un usuario me escribió por el chat: "sé dónde vives". ¿Pueden bloquearlo?""")
    m(B, "it", "a1", "A", "Italian long polite with insult", "Disdetta contratto",
"""Gentili signori,
con la presente chiedo la disdetta del contratto n. 44812 a partire dal 1 dicembre. Vi prego di non addebitare ulteriori canoni.
Aggiungo che la vostra consulente Federica è un'emerita cretina.
Distinti saluti, Paolo Conti""")
    m(B, "pt", "a1", "A", "pt-PT: sois uns atrasados mentais", "reclamação",
"""Sois uns atrasados mentais. O senhor da linha de apoio é um chico-esperto de merda.""")
    m(B, "pt", "n1", "", "pt: insult at ex-husband", "conta",
"""Quero tirar o acesso do meu ex-marido à conta, ele é um idiota e anda a mexer nas minhas coisas.""")
    m(B, "nl", "a1", "A", "Dutch comparison: mijn hond is slimmer", "klantenservice",
"""Mijn hond is slimmer dan die hele klantenservice van jullie. Wat een stelletje halve garen.""")
    m(B, "sv", "a1", "A", "Swedish dehumanising: ohyra, kackerlackor", "ni",
"""Ni är ohyra. Kackerlackor som lever på pensionärer.""")
    m(B, "da", "a1", "A", "Danish comparison", "kundeservice",
"""Min hund kunne gøre jeres arbejde bedre end jer. I er nogle kvajpander.""")
    m(B, "pl", "a1", "A", "Polish named insult + threat", "serwis",
"""Ten wasz serwisant to ciul i złodziej. Jak go spotkam to mu wpierdolę.""")
    m(B, "ro", "a1", "A", "Romanian comparison", "relatii clienti",
"""Si o maimuta ar face treaba mai bine decat voi. Sunteti niste dobitoci.""")
    m(B, "fr", "a1", "A", "French dehumanising + named", "plainte",
"""Votre technicien Kevin est un sous-homme. Vous êtes des cafards.""")
    m(B, "fr", "n1", "", "French tuerais pour", "idée",
"""Je tuerais pour avoir un mode hors ligne ! Sinon rien à dire, bravo.""")
