"""devset16 abusive-legal, batch 1 (measured before any tuning on it): English-weighted. Abusive:
sarcastic and understated insults, regional English, veiled threats. Legal: indirect and conditional
threats (solicitor will be in touch, let the ombudsman decide, small claims, letter before action).
Negatives: swearing at the product, third-party insults, self-deprecation, law firm questions, GDPR
request, 'not going to sue', disclaimers, a lawyer asking about billing."""
B = "b1"

def add_b1(m):
    # ---------------- en abusive positives
    m(B, "en", "a1", "A", "sarcastic: born this dense or did you train for it", "Re: Re: Re: address change",
"""Third time I'm writing the same thing. The new address is 14 Harrow Lane, not Harrow Road.

Genuine question for whoever keeps "updating" it: were you born this dense or did you have to train for it?

Paul""")
    m(B, "en", "a2", "A", "Scottish: absolute bawbag, numpty", "engineer no show",
"""Your engineer was meant to be here between 8 and 12. Its now half 4. Tell that absolute bawbag hes a numpty and he owes me a days wages. Nae chance im paying the callout fee.""")
    m(B, "en", "a3", "A", "veiled threat: watch your back in the car park", "final message",
"""You've had six weeks to sort my account. I'd be very careful walking to your car at night if I were the one who closed it. Just saying.""")
    m(B, "en", "a4", "A", "Irish: ye shower of useless gobdaws", "broadband",
"""Ye shower of useless gobdaws, how many times do I have to ring before someone actually sends a technician. Three weeks with no internet in Athlone.""")
    m(B, "en", "a5", "A", "understated: not the sharpest tool, named agent", "Complaint about Kevin",
"""Hello,

I spoke with Kevin on Monday about the duplicate charge. I'll be polite: Kevin is not the sharpest tool in the shed, and frankly he shouldn't be allowed near a telephone. He hung up on me twice.

Please have someone competent call me back on 07700 900123.

Regards,
Mrs J. Haworth""")
    m(B, "en", "a6", "A", "Yorkshire: daft wazzock, pillock", "Delivery",
"""Your driver left my parcel in the wheelie bin. In the rain. What kind of daft wazzock does that? Tell the pillock to ring the doorbell next time.""")
    m(B, "en", "a7", "A", "Indian English: nonsense fellow, shameless people", "Complaint ticket 55102 not resolved",
"""Dear Sir/Madam,

Your executive Mr. Rohit is a nonsense fellow. He is telling me every day "tomorrow it will be done" and nothing is done. You are all shameless people and cheating customers.

Kindly do the needful.

Suresh Iyer""")
    m(B, "en", "a8", "A", "US sarcastic: bless your heart / dumber than a box of rocks", "order #A-77810",
"""Whoever answered my chat yesterday is dumber than a box of rocks, bless her heart. I asked for a tracking number and she sent me a recipe link??""")
    m(B, "en", "a9", "A", "dehumanising understated: waste of skin", "Re: your reply",
"""> We are sorry to hear about your experience.

No you're not. You're a waste of skin and a waste of my time. Put someone on who can read.""")
    m(B, "en", "a10", "A", "South African: you're a doos / useless okes", "Geyser installation",
"""The okes you sent to install the geyser were useless. The one with the cap, tell him he's a complete doos, he flooded my kitchen and then laughed.""", fmt="html")
    m(B, "en", "a11", "A", "threat: I'll be waiting when your shift ends", "store manager",
"""Tell the manager at your Croydon branch that I'll be waiting outside when her shift ends. She can explain her attitude to me in person then.""")
    m(B, "en", "a12", "AL", "abuse + legal: go do one, solicitor", "enough",
"""Go and do one, the lot of you. Smug little jobsworths. My solicitor will be in touch on Monday about the deposit you're holding.""")
    m(B, "en", "a13", "A", "typo/obfuscated: ur a f***ing clown, tw@t", "RE: chat transcript",
"""ur agent is a tw@t. absolute clown. cant even find my order when I give him the number""")
    # ---------------- en legal positives
    m(B, "en", "l1", "L", "my solicitor will be in touch", "Deposit not returned",
"""Dear Sir or Madam,

Despite my letters of 3 and 17 October, the £450 deposit has not been returned. I have now passed the file to my solicitor, who will be in touch with you directly.

Yours faithfully,
Gerald Winthrop""")
    m(B, "en", "l2", "L", "I will let the ombudsman decide", "Complaint reference CMP-20931",
"""Your final response letter does not address any of the points I raised. I will let the Ombudsman decide who is right. Please confirm the date of the deadlock letter.

Kind regards, Helen""")
    m(B, "en", "l3", "L", "conditional: if not refunded by Friday, small claims", "Refund for cancelled course",
"""If the £1,280 is not back in my account by Friday I'll be filing in the small claims court. I have all the emails and I'm happy to let a judge read them.""")
    m(B, "en", "l4", "L", "letter before action", "Letter before action - Invoice 2024-118",
"""Please treat this email as a formal letter before action. Unless the overcharged amount of £3,412.50 is credited within 14 days, we will issue proceedings without further notice.

Daniel Osei
Director, Osei Joinery Ltd""", fmt="alt")
    m(B, "en", "l5", "L", "US: talk to my attorney / state AG", "Billing fraud",
"""You've charged my card four times after I cancelled. Next time you hear from me it'll be through my attorney, and I'm also filing with the state attorney general's office.""")
    m(B, "en", "l6", "L", "indirect: the regulator would be interested", "Re: contract end date",
"""I'm sure Ofcom would be very interested to hear how you're handling early termination fees. I'll be sending them the whole thread tonight.""")
    m(B, "en", "l7", "L", "Action Fraud report + chargeback", "scam",
"""I have reported your company to Action Fraud and have the crime reference number. My bank is reversing the payment.""")
    m(B, "en", "l8", "L", "let a court decide, AU: tribunal NCAT", "bond",
"""Righto. Since you won't budge I'll take it to NCAT and let the tribunal sort it out. Expect the paperwork.""")
    m(B, "en", "l9", "L", "legal cc: copying my lawyer", "Re: unauthorised access to my account",
"""I have copied my lawyer on this email. Please ensure all further communication includes her.

cc: r.mehta@mehtalegal.co.uk""")
    m(B, "en", "l10", "L", "understated: I'm taking advice, Financial Ombudsman", "Mis-sold insurance add-on",
"""I'm currently taking legal advice on the add-on that was sold to me without consent. If I don't have an answer within 8 weeks I'll be going to the Financial Ombudsman Service.""")
    # ---------------- en negatives
    m(B, "en", "n1", "", "swearing at the product", "this fucking app",
"""This fucking app logged me out again mid-payment. Piece of shit update. Can you check if the payment went through? Ref TX-88123.""")
    m(B, "en", "n2", "", "insult at third party: idiot who reversed into me", "Insurance document",
"""Some idiot reversed into my car in the Tesco car park and the moron didn't even leave a note. Could you send me a copy of my policy document so I can claim?""")
    m(B, "en", "n3", "", "self-deprecation", "forgot password again",
"""I'm a complete muppet, I've forgotten my password for the third time this month. Can you reset it? Sorry!""")
    m(B, "en", "n4", "", "law firm's normal question", "Seats for our new associates",
"""Hi,

We're a small law firm in Leeds and we're adding three associates in January. Can we add seats mid-cycle and will they be pro-rated? We also need matter numbers in the invoice reference field.

Thanks,
Olivia Grant
Practice Manager, Grant & Pryce Solicitors""")
    m(B, "en", "n5", "", "GDPR subject access request", "Subject Access Request",
"""Under Article 15 of the UK GDPR I would like a copy of all the personal data you hold about me, including call recordings. My customer number is 4471209. Please let me know if you need ID.""")
    m(B, "en", "n6", "", "we are not going to sue", "Outage last Tuesday",
"""To be clear, we're not going to sue or anything like that, we just want to understand what happened last Tuesday and whether the SLA credit applies.""")
    m(B, "en", "n7", "", "legal disclaimer in signature", "Re: delivery slot",
"""Thursday morning works for us, thanks.

Mark Denholm
Operations

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Any unauthorised use, disclosure or legal action based on its contents is prohibited.""")
    m(B, "en", "n8", "", "lawyer as customer asking about billing", "Invoice in firm's name",
"""Hello, I'm a barrister and I use your service for my chambers. Could you re-issue the last two invoices in the name of "Fenwick Chambers" rather than my own name? VAT number below.

Thanks, Amelia Fenwick""")
    m(B, "en", "n9", "", "ombudsman mentioned as resolved", "Thanks",
"""Just wanted to say thanks for settling this before it went to the ombudsman. The credit arrived this morning. All good.""")
    m(B, "en", "n10", "", "angry but no insult, no threat", "still waiting",
"""This is ridiculous. I've been on hold for 50 minutes twice this week. I want a callback from someone who can actually resolve the billing error, today.""")
    m(B, "en", "n11", "", "quoted insult from a review, reporting", "Fake review about our shop",
"""Someone left a review on our listing calling our staff "useless brain-dead clowns". It's not a real customer. Can you remove it from our business profile?""")
    m(B, "en", "n12", "", "police report for stolen card, not a threat", "card stolen",
"""My wallet was nicked on the train and I've reported it to the police. Can you block the card ending 4412 and send a new one?""")
    m(B, "en", "n13", "", "hypothetical: what happens if a customer sues us (feature Q)", "Terms template",
"""Does your contract template include a clause about what happens if a client takes us to court over a late delivery? We want to add a limitation of liability section.""")
