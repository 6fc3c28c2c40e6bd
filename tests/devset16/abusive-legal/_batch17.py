"""devset16 abusive-legal, batch 17 (written after all tuning on b1-b16, measured before tuning on it):
English only, everyday rude lines from fresh writers (UK, US, AU, IE), with hard negatives."""
B = "b17"

def add_b17(m):
    m(B, "en", "a1", "A", "you're a f***ing joke, all of you", "Re: ticket 6612",
"""You're a f***ing joke, all of you. Six weeks for a refund.""")
    m(B, "en", "a2", "A", "useless c*nt", "chat",
"""what a useless c*nt your agent is""")
    m(B, "en", "a3", "A", "morons, the lot of you", "Re: address",
"""Morons, the lot of you. The address has been the same for nine years.""")
    m(B, "en", "a4", "A", "get a brain", "Re: Re: form",
"""Get a brain, Darren. Then read my email again.""")
    m(B, "en", "a5", "A", "do the world a favour", "your reply",
"""Do the world a favour and quit your job. You're hopeless at it.""")
    m(B, "en", "a6", "A", "US: you people are a bunch of clowns", "order",
"""You people are clowns. Circus-level incompetence.""")
    m(B, "en", "a7", "A", "AU: dickhead on the phone", "call",
"""The dickhead on the phone told me to "calm down". Get fucked.""")
    m(B, "en", "a8", "A", "I'll find out where you live", "Re: debt collection",
"""Keep sending me these letters and I'll find out where you live.""")
    m(B, "en", "a9", "A", "thick as two planks, named", "Engineer",
"""Your engineer Paul is as thick as two planks.""")
    m(B, "en", "a10", "A", "incompetent cow", "Re: booking",
"""The incompetent cow at your front desk double-booked us.""")
    m(B, "en", "n1", "", "get a brain-training app", "Subscription",
"""I want to get a brain-training subscription for my mum. Does your family plan include it?""")
    m(B, "en", "n2", "", "circus company", "Tour booking",
"""We're a touring circus with twelve clowns and need a group booking for March. Is there a discount?""")
    m(B, "en", "n3", "", "do the world a favour (recycling)", "Packaging",
"""Do the world a favour and ditch the plastic packaging! Otherwise love the product.""")
    m(B, "en", "n4", "", "joke in newsletter", "Re: newsletter",
"""Loved the joke in your newsletter about the accountant and the parrot. Could you add me to the mailing list for the other branch?""")
    m(B, "en", "n5", "", "I'll find out where the parcel is", "Parcel",
"""No worries, I'll find out where the parcel went with the courier myself.""")
