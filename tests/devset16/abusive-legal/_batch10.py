"""devset16 abusive-legal, batch 10 (measured after tuning on b1-b9, before tuning on it): generalisation 4,
English and Danish. Abusive: insults by object comparison ('more useful conversations with my
microwave'), 'qualifications from a Christmas cracker', 'jumped-up little Hitler', 'you're lucky I'm not
there in person', Scots 'fud'; legal: 'this is now with my solicitor', 'retained an attorney', 'a judge
would find your clause interesting', ICO breach report, stævning. Hard negatives: a court as a customer,
court forms, 'I'm not threatening legal action', fraudsters called scum, a lawyer's recommendation."""
B = "b10"

def add_b10(m):
    m(B, "en", "a1", "A", "comparison: more useful conversations with my microwave", "Re: Re: Re: order 5512",
"""I've had more useful conversations with my microwave than with you. Three replies, zero answers.""")
    m(B, "en", "a2", "A", "qualifications from a Christmas cracker", "Escalation",
"""Put me through to someone who didn't get their qualifications out of a Christmas cracker.""")
    m(B, "en", "a3", "A", "are you actually this thick or is it an act", "chat 8812",
"""Are you actually this thick or is it an act? I've given you the order number twice.""")
    m(B, "en", "a4", "A", "brains of a sponge", "Re: delivery",
"""Bless, you really tried. Shame you've got the brains of a sponge.""")
    m(B, "en", "a5", "A", "jumped-up little Hitler, named supervisor", "Supervisor",
"""Your so-called supervisor Tony is a jumped-up little Hitler who enjoys saying no.""")
    m(B, "en", "a6", "A", "shut your mouth and listen", "phone call today",
"""Next time I call, shut your mouth and listen for once instead of reading me the script.""")
    m(B, "en", "a7", "A", "veiled threat: lucky I'm not there in person", "Re: refund refused",
"""You're lucky I'm not there in person. Refund the £300 today.""")
    m(B, "en", "a8", "A", "Scots: absolute fud, ya wee rocket", "engineer",
"""Your engineer's an absolute fud. Left my boiler in bits. Ya wee rocket.""")
    m(B, "en", "a9", "A", "harassment: make sure everyone knows what a lying cow she is", "Sharon",
"""I'll make sure everyone in this town knows what a lying cow Sharon from your Cardiff branch is.""")
    m(B, "en", "a10", "A", "sarcasm: how do you lot tie your shoes", "form again",
"""Honestly, how do you lot manage to tie your shoes in the morning? The form was filled in correctly.""")
    m(B, "en", "l1", "L", "this is now with my solicitor", "Re: boundary fence",
"""This is now with my solicitor. Please do not contact me directly about it again.""")
    m(B, "en", "l2", "L", "retained an attorney", "Account termination",
"""Kindly note that I have retained an attorney regarding the termination of my account.""")
    m(B, "en", "l3", "L", "judge would find your clause interesting", "Fair usage",
"""I'm sure a judge would find your "fair usage" clause very interesting. Shall we find out?""")
    m(B, "en", "l4", "L", "reporting to the ICO as a data breach", "Wrong recipient",
"""You emailed my medical letter to another customer. I'll be reporting this to the ICO as a data breach.""")
    m(B, "en", "l5", "L", "my legal insurance has taken the case", "Roof repair",
"""My legal expenses cover has taken on the case and their panel solicitor will write to you.""")
    m(B, "en", "l6", "L", "withhold payment pending legal advice, submit a claim", "Invoice 7712",
"""Pending legal advice I am withholding payment and will be submitting a claim for the losses.""")
    m(B, "en", "n1", "", "a court as a customer", "Licences",
"""We're the administrative office of Leeds Magistrates' Court and need five more licences for the listing team.""")
    m(B, "en", "n2", "", "small claims forms in PDF tool", "PDF forms",
"""Does your PDF editor support the official small claims court forms (N1)? The fields don't line up for me.""")
    m(B, "en", "n3", "", "not threatening legal action", "still waiting",
"""I'm not threatening legal action or anything, I'd just like an answer on the refund by Friday.""")
    m(B, "en", "n4", "", "fraudsters are scum", "card cloned",
"""Some fraudsters cloned my card, absolute scum. Please block it and send a new one.""")
    m(B, "en", "n5", "", "self: my stupid questions", "Thank you",
"""Your agent was so patient with all my stupid questions. Thank you, Leah!""")
    m(B, "en", "n6", "", "our solicitor confirmed contract fine", "Signing today",
"""Our solicitor has confirmed the contract is fine, so we'll sign it today.""")
    m(B, "da", "a1", "A", "da: du er sgu for dum til det her job", "Svar",
"""Du er sgu for dum til det her job. Find en der kan læse.""")
    m(B, "da", "a2", "A", "da: sig til din chef at han er en idiot", "Chef",
"""Sig til din chef, at han er en idiot.""")
    m(B, "da", "a3", "A", "da: hvor er du dog dum", "Ordre",
"""Hvor er du dog dum, det står jo i ordren.""")
    m(B, "da", "l1", "L", "da: overgivet sagen til min advokat", "Depositum",
"""Jeg har overgivet sagen til min advokat.""")
    m(B, "da", "l2", "L", "da: I kan forvente en stævning", "Erstatning",
"""I kan forvente en stævning, hvis I ikke betaler erstatningen.""")
    m(B, "da", "l3", "L", "da: Forbrugerrådet Tænk", "Abonnement",
"""Jeg går til Forbrugerrådet Tænk med det her.""")
    m(B, "da", "n1", "", "da: jeg er dommer, kalender", "Kalender",
"""Jeg er dommer ved byretten og bruger jeres kalender. Kan jeg dele den med min sekretær?""")
    m(B, "da", "n2", "", "da: min advokat anbefalede jer", "Ny kunde",
"""Min advokat anbefalede jer. Hvad koster det mindste abonnement?""")
