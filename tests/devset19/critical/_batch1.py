"""devset19 batch b1: English, German (incl. Austrian and Swiss), Danish.

Six positives per tag (A abusive, L legal-threat, W account-ownership, O outage) and 16 hard
negatives (n1-n4 against A, n5-n8 against W, n9-n12 against O, n13-n16 against L) per language.
"""

B = "b1"


def add_b1(m):
    _en(m)
    _de(m)
    _da(m)


# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------
def _en(m):
    # ---- abusive ----
    m(B, "en", "a1", "A", "Hardware shop owner calls support agents halfwits and a named agent a moron",
      "your useless support",
      """
I have now explained THREE times that our invoices go to the wrong address. Three times. And every time some halfwit on your end closes the ticket with a link to the FAQ.

Are you people actually incapable of reading or do you just not care? Honestly, whoever answered me yesterday (Dan?) is the most incompetent moron I've dealt with in twenty years of running this shop. Put someone on it who has a brain.

Gary Whitlock
Whitlock Hardware, Leek
""")
    m(B, "en", "a2", "A", "Dental group IT lead writes a contemptuous, sarcastic reply to a named agent, no swear words",
      "Re: Ticket #58213 - forwarding rule",
      """
Priya,

I'd like to thank you for your reply, but I can't, because it was the fourth copy-paste in a row that had nothing to do with my question. I am starting to think your company keeps a room full of people who were turned down by the call centre of a budget airline, and you are their star pupil.

Let me make it simple enough even for you: the forwarding rule. Does. Not. Fire. I do not need to be told to clear my cache. A child could see the rule is disabled on your side. Perhaps find a grown-up in your team and hand this over, since thinking is clearly not among your talents.

Regards,
M. Okafor
IT Lead, Brightwater Dental Group
""", fmt="qp")
    m(B, "en", "a3", "A", "Angry phone one-liner with obfuscated profanity aimed at the support staff",
      "??",
      """
still no reply after 5 days. you f*cking clowns cant even answer an email, what a bunch of useless sh1ts. sort it out

Sent from my iPhone
""")
    m(B, "en", "a4", "A", "Customer charged after cancelling threatens to come to the office and hurt staff",
      "last warning",
      """
You took £340 from my account after I cancelled, and your so-called support keeps telling me to "wait for the billing team". I know your office is on Harbour Street. If this isn't refunded by Friday I'll come down there myself and the first one of you I see is going to need a dentist. Don't test me.

K.
""")
    m(B, "en", "a5", "AL", "Reply above an Outlook quote: insults staff as smug parasites and announces a solicitor and a judge",
      "RE: Your complaint reference CS-22917",
      """
Don't you dare send me another "we understand your frustration" template, you smug little parasites. You understand nothing.

Since your lot are obviously too thick to fix a billing error that's been open since August, my solicitor will be writing to you this week and we'll see how you like explaining yourselves to a judge.

Sandra Pike

-----Original Message-----
From: Curveball Support <support@example.com>
Sent: 24 November 2026 16:02
To: Sandra Pike
Subject: Your complaint reference CS-22917

Dear Sandra,

We understand your frustration and apologise for the inconvenience. Our billing team is reviewing your account and will be in touch shortly.

Kind regards,
Curveball Support
""")
    m(B, "en", "a6", "A", "Scottish customer harasses a named agent, calls him a rat and threatens to shame him to his contacts daily",
      "Tell Jamie",
      """
Pass this on to Jamie in your support team since he won't pick up his phone.

Jamie, you're a spineless wee rat and everyone on the call yesterday could hear you lying through your teeth. I've got your LinkedIn, I know exactly who you are, and I'll be making sure every one of your contacts knows what a worm you are. Every day until this is fixed.

Ross
""")
    # ---- legal-threat ----
    m(B, "en", "l1", "L", "UK consumer's formal letter before claim: County Court via Money Claim Online, no lawyer mentioned",
      "Letter before claim - refund, account 88-10342",
      """
Dear Sir or Madam,

Re: Refund of £1,188.00 for annual subscription cancelled on 2 September 2026

I wrote to you on 2 October and 28 October requesting a refund of the annual fee taken in error after my cancellation. I have received acknowledgements but no payment.

This is a letter before claim. If the full amount is not returned to my account within 14 days of the date of this letter, I will issue a claim in the County Court through Money Claim Online without further notice, and will also seek the court fee and interest under section 69 of the County Courts Act 1984.

I enclose copies of my cancellation confirmation and bank statement.

Yours faithfully,

Margaret Ellison
""", fmt="qp", charset="iso-8859-1")
    m(B, "en", "l2", "L", "US customer double-billed: attorney will file in small claims, complaint to state Attorney General",
      "Fraudulent charges - final notice before I escalate",
      """
I've been charged $79/month for 5 months for a plan I downgraded in June. I have the confirmation email. Your chat agent said it was "resolved" twice and nothing happened.

I'm done asking nicely. I have already spoken to an attorney, and unless all five charges are reversed by the end of next week she will file in small claims on my behalf. I'm also filing a complaint with the Ohio Attorney General's consumer protection section and the BBB today.

Denise Carver
Columbus, OH
""")
    m(B, "en", "l3", "L", "Unanswered subject access request: will lodge a complaint with the ICO in 7 days (HTML)",
      "Subject access request - 6 weeks, no response",
      """
To the Data Protection Officer,

On 9 October 2026 I made a subject access request under Article 15 UK GDPR for all personal data you hold about me, including the logs of emails your gateway quarantined from my address. The one-month deadline passed on 9 November. I have had no response at all apart from an automatic ticket number (#60114).

Please treat this as notice that if I do not receive the complete data within 7 days, I will lodge a complaint with the Information Commissioner's Office and provide them with this correspondence.

Regards,
Owen Pritchard
""", fmt="html")
    m(B, "en", "l4", "L", "Young customer typing on a phone, no capitals: taking them to small claims over a refund",
      "refund",
      """
ok so ive asked for my money back 4 times now. 49.99 for a year and your thing didnt work a single day. if its not back in my account by monday im taking you to small claims, its like 35 quid to file and ive already filled half the form in. not bluffing

sent from my samsung
""")
    m(B, "en", "l5", "L", "Australian electrician's business: auto-renewal dispute, will complain to ACCC and NSW Fair Trading and go to NCAT",
      "Complaint - auto renewal without notice",
      """
G'day,

Your system auto-renewed our business plan for another 24 months without the reminder email you promised in the T&Cs. Nobody at our end agreed to that and we told your rep in August we were moving to another provider.

I've rung the Small Business Commissioner's office and they reckon this is likely an unfair contract term. If we don't get a cancellation and a full refund this week I'm lodging a formal complaint with the ACCC and NSW Fair Trading, and we'll take it to NCAT if we have to.

Regards,
Bronwyn Taylor
Director, Taylor & Co Electrical
Penrith NSW
""")
    m(B, "en", "l6", "L", "COO's formal notice of material breach of an MSA, reserving proceedings; confidentiality footer (alt)",
      "Formal notice of breach - Master Services Agreement MSA-2024-117",
      """
Dear Sirs,

Master Services Agreement dated 3 March 2024 (the "Agreement")

We refer to the repeated misclassification of inbound customer correspondence between 2 and 19 November 2026, documented in tickets #59870, #59904 and #60012, as a result of which customer orders were quarantined and deleted unread.

This letter constitutes formal notice of material breach under clause 14.2 of the Agreement. You are required to remedy the breach within 30 days. Should you fail to do so, we will terminate the Agreement for cause and commence proceedings to recover our losses. We reserve all of our rights in this respect.

Please direct all further correspondence on this matter to our General Counsel, copied.

Yours faithfully,

Richard Hale
Chief Operating Officer
Marlow Freight Holdings plc

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.
""", fmt="alt")
    # ---- account-ownership ----
    m(B, "en", "w1", "W", "CEO-fraud style: 'CEO' boarding a flight wants his gmail made primary admin, old admin removed, don't call the office",
      "Urgent - admin access",
      """
Hi,

This is Daniel Reeves, CEO of Kestrel Analytics. I'm boarding a flight to Singapore in an hour and our IT guy is off sick. I need you to make my personal address d.reeves.kestrel@gmail.example the primary admin on our account right now, and remove the old admin (tom@kestrel-analytics.example) - he's the one who's off and I can't wait for him.

Please don't call the office, nobody there can authorise this but me. Just confirm by email when it's done. This is time-sensitive, we have a board deadline.

Daniel
Sent from my iPad
""", fmt="b64")
    m(B, "en", "w2", "W", "Operations director of care homes: only owner (IT manager) left, 'put everything under my name'",
      "Former IT manager left - need account moved to me",
      """
Hello,

Our IT manager, Phil Garner, left the company rather suddenly at the end of October and he was the only owner on our Curveball account. We have no access to his mailbox any more (it was deleted when he left, which in hindsight was a mistake).

I'm the operations director and I'm now responsible for IT. Can you please put everything under my name - owner role, billing contact, the lot - so we can manage the policies again? I can send a letter on company headed paper signed by our MD if you need it.

Many thanks,
Claire Osei
Operations Director, Northfield Care Homes
""")
    m(B, "en", "w3", "W", "Elderly widow asks to be let into her late husband's mailbox and have his codes sent to her phone",
      "My husband's account",
      """
Dear Sir or Madam,

I am writing on behalf of my late husband, Geoffrey Barnes, who passed away in September. He ran his little bookkeeping business from home and used your service for his email. I don't know his password and the code thing goes to his mobile, which I have but I can't unlock it.

There are emails from his clients in there that I need to answer, and the tax office as well. Could you please let me into his account and change it so the codes come to my phone instead? My number is on the form I filled in. I can send the death certificate by post if that helps, I don't have a scanner.

Thank you for your patience with me.

Yours sincerely,
Joan Barnes
""")
    m(B, "en", "w4", "W", "Split business partners: switch the main login to me and take the ex-partner's phone off 2FA",
      "remove my ex business partner + switch main login",
      """
Hi there,

Mark Lindqvist and I ran Brickhouse Media together until last month. We've split and I'm keeping the business, the clients and the domain. Problem is the main login on your side is still his, and his phone is the 2FA.

He's not cooperating (long story). I need you to switch the main login to me, take his number off the two-factor and put mine on (+44 7700 900418). I pay the invoices, it's my card on file, so really it's my account anyway.

Cheers,
Jordan Pryce
""")
    m(B, "en", "w5", "W", "Acquiring group asks to hand the keys of an acquired company's tenant to its IT and revoke old admins",
      "Acquisition of Hartley Print Ltd - account handover",
      """
Good afternoon,

Ashworth Group completed the acquisition of Hartley Print Ltd on 1 November. Hartley's domains and mail now sit with us, but their Curveball tenant is still administered by the previous owners, who have no role in the business any more.

Please hand the keys over to our group IT: we'd like the super-admin on hartleyprint.example changed to itops@ashworthgroup.example and all existing admin accounts revoked. The share purchase agreement can be provided under NDA.

Regards,
Vikram Shah
Head of Infrastructure, Ashworth Group
""")
    m(B, "en", "w6", "W", "Freelance web developer wants owner rights on a client's account and the recovery email set to his own",
      "Client site - need owner rights",
      """
hey, I'm the freelancer who set up the mail filtering for Rosie's Bakes (rosiesbakes.example). Rosie basically never checks her email and her card expires this month, so the subscription will lapse and all their mail will bounce.

Could you make me owner on the account so I can sort the renewal and settings? Also it might be easiest to set the recovery email to mine (dev@kwebworks.example) so I don't have to chase her every time. I've done all their IT for 3 years, she'd be fine with it.

thanks!
Kieran
""")
    # ---- outage ----
    m(B, "en", "o1", "O", "Whole office (14 people) cannot log in since 9:10, same error at home, not their network",
      "Can't log in - whole office",
      """
Hi, since about 9:10 this morning nobody in our office can log in to the admin console. We get "Something went wrong (ref 0x5f2a)" after entering the password, on every machine and every browser, and my colleague gets the same at home on her own wifi, so it isn't our network. 14 of us. Please advise ASAP.
""")
    m(B, "en", "o2", "O", "Warehouse supervisor: spinner then blank page for everyone, 504 pasted from the console (HTML)",
      "nothing loads",
      """
Hello,

Nothing is loading for anyone in the warehouse. The quarantine page just shows the spinning circle forever and then a blank white page. Tried Chrome and Edge, tried the tablets on the loading dock, same everywhere. Our dispatch confirmations come in by email through you and we can't see any of them.

From the browser console:
GET https://portal.example.com/api/v2/queue 504 (Gateway Timeout)
Uncaught (in promise) Error: upstream request timeout

Who can I call?

Pete Hollis
Shift Supervisor, Greenway Logistics (Daventry)
""", fmt="html")
    m(B, "en", "o3", "O", "Follow-up: still down after four hours, 60 users get no external mail, status page says operational",
      "Re: Re: URGENT - mail not arriving",
      """
Still down. It's been nearly four hours and none of our 60 users has received a single external email since 8am. Your status page still says "All systems operational", which is frankly not helping. ETA?

> Thanks for reporting this, we're looking into it and will update you shortly.
""")
    m(B, "en", "o4", "O", "Teen volunteer for a youth football club: is it down for everyone, login page shows 503",
      "is it down",
      """
is curveball down for everyone or just us?? literally none of the mail at the club is coming thru and the login page just says 503. i do the emails for our youth football club lol
""")
    m(B, "en", "o5", "O", "Dutch IT coordinator, non-native English: invoice question first, then outbound mail failing at all three offices",
      "Invoice query + problem today",
      """
Hi,

Two things.

1) Our November invoice shows €1.240 instead of the €980 we agreed at renewal. I think the extra users from the trial were added by mistake (we removed them on 3 Nov). Could you check and send a corrected invoice? PO number is 4500-7781.

2) More urgent: since roughly 13:30 CET none of our three offices (Rotterdam, Antwerp, Lille) can send any outbound mail through you. Everything sits in the outbox and after some minutes Outlook bounces it with "451 4.4.0 temporary server error". Inbound seems delayed as well. Colleagues in all three sites see exactly the same.

Please look at 2 first!

Best regards,
Joost van Dam
IT coordinator, Velde Packaging
""", charset="iso-8859-15")
    m(B, "en", "o6", "OL", "Garden centre chain: tills in all four shops frozen, instructing solicitors to recover lost takings",
      "ALL OUR TILLS ARE DOWN",
      """
Every single till in all four of our shops froze at opening, because the receipt and loyalty emails go out through your gateway and the POS sits waiting for it. It's Black Friday week. Customers are walking out.

Your phone line just rings out. If this isn't back up within the hour I am instructing our solicitors to recover every penny of lost takings from you, and I mean it.

Martin Doyle
Doyle's Garden Centres
""")
    # ---- hard negatives: abusive ----
    m(B, "en", "n1", "", "Swearing at a broken CSV export and a 'shitty update', no insult to any person",
      "export broken AGAIN",
      """
Hi,

The damn CSV export is broken again after yesterday's update. Half the columns come out empty and the date column is in some format nobody on earth uses. What a shitty update, honestly. Last time this happened it took two weeks to fix.

Is there at least a workaround? I need the quarterly report by Thursday.

Thanks,
Liam
""")
    m(B, "en", "n2", "", "Happy user with violent idioms: 'killing it', 'I'd kill for a dark mode', 'killing me'",
      "feature request: dark mode (please!!)",
      """
Hello team,

Long-time user here, and I have to say you've been killing it with the new rule editor, it's so much faster. One thing though: I'd kill for a dark mode. Staring at the white quarantine list at 11pm is killing me, my eyes are shot. Any chance it's on the roadmap?

Cheers,
Tomasz (yes, the one who keeps asking)
""")
    m(B, "en", "n3", "", "Letting agency quotes a tenant's abusive mail to their receptionist and asks how to quarantine him; police and their solicitor involved against the tenant",
      "How do we block one sender?",
      """
Hi support,

We run a small letting agency. One of our tenants has started sending very nasty emails to our receptionist, the latest one said (sorry for the language) "you stupid useless cow, I hope someone burns your office down". We've reported him to the police and our solicitor is dealing with him.

What I need from you is how to set up a rule so anything from his address (and he keeps making new gmail ones) goes to quarantine and never reaches her inbox. Is there a way to match on the display name?

Thanks,
Helen Marsh
Office Manager
""")
    m(B, "en", "n4", "", "Sarcastic, demanding complaint about a moved button; criticises the design, not a person",
      "Who asked for this?",
      """
So the new dashboard moved "Release from quarantine" into a sub-menu behind three dots. Brilliant. Exactly what I needed, two more clicks for the one thing I do two hundred times a day. Was this tested on anyone who actually uses the product?

Put the button back, or give me a setting for the old layout. I'm not asking any more, I'm begging.

Amy
""")
    # ---- hard negatives: account-ownership ----
    m(B, "en", "n5", "", "Account owner (vet practice) adds the practice manager as a second admin, stays owner",
      "Add second admin",
      """
Hi,

I'm the account owner for Pemberton Vets. I'd like to add our practice manager, Lucy Adeyemi (lucy@pembertonvets.example), as a second admin so she can release quarantined mails when I'm on holiday. I'll stay as the owner. Do I do that under Settings > Users or do you need to do it?

Thanks,
Dr Sam Pemberton
""")
    m(B, "en", "n6", "", "User changes her own login email after marriage and resets her own password",
      "changing my login email",
      """
Hello, I got married in October and my work email changed from k.hughes@ to k.wallace@ (same company). How do I change the email I log in with? Also I've forgotten my password - the reset link goes to the old address, which still forwards to me, so I think it's fine, I just want to check I won't lock myself out halfway.

Kate Wallace (formerly Hughes)
""")
    m(B, "en", "n7", "", "New IT staffer at a law firm asks who the account owner is so he can ask them; privilege disclaimer (qp)",
      "Who's the owner of our account?",
      """
Hi,

I joined Fenwick Solicitors' IT team this month and I'm trying to work out who in our firm is listed as the account owner on your side - nobody here seems to know. Could you tell me the name? I'm not asking for any access, I'll go to that person and ask them to add me properly. Our account number is FW-20931.

Thanks,
Aidan Clarke
IT Support, Fenwick Solicitors

CONFIDENTIALITY NOTICE: This email is confidential and may be subject to legal professional privilege. If you have received it in error please notify the sender immediately and delete it. Fenwick Solicitors LLP is authorised and regulated by the Solicitors Regulation Authority.
""", fmt="qp")
    m(B, "en", "n8", "", "Asks to change the owner of this support ticket to a colleague, nothing on the account",
      "Re: Ticket #4411",
      """
Hi,

Could you change the owner of this ticket to my colleague Ben Ferris (ben.ferris@tidewater.example)? I'm off from tomorrow for three weeks and he'll be following up with you on the SPF issue. No need to change anything on the account itself, just who you email about the ticket.

Thanks,
Naomi

> On 20 Nov 2026, at 10:14, Curveball Support <support@example.com> wrote:
>
> Hi Naomi, we've escalated your SPF question to our second-line team.
> You are listed as the owner of ticket #4411 and will receive all updates.
""")
    # ---- hard negatives: outage ----
    m(B, "en", "n9", "", "Florist's own broadband was down yesterday (street fault); asks whether mail was held",
      "Missed messages during our broadband outage?",
      """
Hi,

Our broadband provider had a fault yesterday from about 10am to 3pm (the whole street was out, an engineer came out in the end). Your side was fine of course, but I'm wondering: mail sent to us during that window - would it have been held by you and delivered once we were back online, or do I need to ask people to resend?

Thanks,
Gwen Roberts
Roberts & Daughter Florists
""")
    m(B, "en", "n10", "", "Sysadmin asks how the announced maintenance window on 6 December will behave",
      "Maintenance window on 6 December",
      """
Hello,

We got your notice about the scheduled maintenance on Sunday 6 December between 02:00 and 04:00 UTC. Two questions: will inbound mail be queued and delivered afterwards, or could senders get bounces? And will the admin portal be read-only or fully unavailable? We have an on-call person that night and I'd like to brief them.

Regards,
Hannah Kraus
Systems Administrator
""")
    m(B, "en", "n11", "", "Resolved: 'it's back, all fine now, close the ticket', above the quoted outage notice (base64)",
      "Re: Ticket #60233 - portal not loading",
      """
Hi all,

Just to confirm it's back, thanks - everyone here can log in again and the queue has caught up. All fine now, you can close the ticket.

Out of curiosity, was it the certificate thing you mentioned?

Cheers,
Rob

On Tue, 24 Nov 2026 at 09:52, Curveball Support <support@example.com> wrote:
> Hi Rob,
> We're aware that the admin portal is currently unavailable for some customers and our engineers are working on it. We'll update you as soon as we know more.
""", fmt="b64")
    m(B, "en", "n12", "", "One user's blank quarantine page on her laptop, colleagues fine, suspects extensions",
      "blank quarantine page on my laptop",
      """
Hi, when I open the quarantine view on my laptop I just get a blank page. My colleagues at the next desks are fine, and it works on my phone too, so I suspect something on my machine - I have a couple of extensions (uBlock, Grammarly). Is there a known conflict? Not urgent.

Ines
""")
    # ---- hard negatives: legal-threat ----
    m(B, "en", "n13", "", "Law firm practice manager asks about quarantine retention and sub-processors; long privilege footer (alt)",
      "Question about retention period for quarantined mail",
      """
Dear Support,

We are reviewing our document retention policy. Could you please confirm how long quarantined messages are retained before they are purged, and whether the retention period can be extended to 90 days for our tenant? We would also be grateful for a copy of your current sub-processor list.

Kind regards,

Eleanor Whitby
Practice Manager
Whitby Carter LLP

This email is from Whitby Carter LLP, a limited liability partnership registered in England and Wales, authorised and regulated by the Solicitors Regulation Authority. It is confidential and may be protected by legal privilege. If you are not the intended recipient, you must not copy, distribute or take any action in reliance on it. Whitby Carter LLP does not accept service of legal proceedings by email.
""", fmt="alt")
    m(B, "en", "n14", "", "Former personal customer's GDPR Article 17 erasure request, polite, no threat",
      "Request to delete my data",
      """
Hello,

I closed my account last month (it was a personal one, ref. PR-55012). Under Article 17 GDPR I'd like you to delete all personal data you still hold about me, including my billing address and any stored copies of my emails. Please confirm once that's done, or let me know if there's anything you're legally required to keep and for how long.

Thank you,
Agnieszka Wrobel
""")
    m(B, "en", "n15", "", "Frustrated customer explicitly says he won't sue or involve lawyers, just wants supplier invoices un-quarantined",
      "Not a threat, just frustrated",
      """
Look, I'm not one of those people who threaten to sue over every little thing, and I'm not getting lawyers involved over a spam filter. But your system has now quarantined every invoice from our biggest supplier for three weeks and we've paid two of them late. I just want it fixed. Whitelisting the domain doesn't help, I've done it twice.

Please, can someone actually look at the headers I sent?

Paul
""")
    m(B, "en", "n16", "", "Joinery's own client threatens them with court; they ask for delivery logs to prove a notice was sent",
      "Need delivery logs - client dispute",
      """
Hi,

One of our clients is threatening to take us to court because they claim they never received our notice of price change in August. We know we sent it (11 August, around 2pm, from accounts@). Could you export the delivery log for outbound mail from our domain for 10-12 August showing the recipient server accepted it? Our solicitor says a log from the mail provider would settle it.

Many thanks,
Fiona Grant
Grant Joinery Ltd
""")


# --------------------------------------------------------------------------------------------
# German (Germany, Austria, Switzerland)
# --------------------------------------------------------------------------------------------
def _de(m):
    # ---- abusive ----
    m(B, "de", "a1", "A", "Plumbing firm owner calls agents 'Vollidioten' and a named agent too stupid to type a customer number",
      "Beschwerde!!!",
      """
Sehr geehrte Damen und Herren,

ich habe jetzt zum vierten Mal angerufen und bin jedes Mal bei einem anderen Vollidioten gelandet, der mir erzählt, dass das Problem „bekannt" ist. Ihr Herr Brandt heute Vormittag war die Krönung: inkompetent, arrogant und offensichtlich zu blöd, um eine Kundennummer ins System einzutippen.

Ich erwarte einen Rückruf von jemandem, der seinen Job beherrscht. Nicht von Herrn Brandt.

Wolfgang Rieder
Rieder Sanitär GmbH
""")
    m(B, "de", "a2", "A", "Formal, contemptuous reply to a named agent (can't read, should find a job without thinking), no swear words (qp)",
      "AW: Ihr Ticket 77120",
      """
Frau Keller,

Ihre Antwort habe ich zweimal gelesen, um sicherzugehen, dass ich mich nicht irre. Sie haben tatsächlich nicht verstanden, worum es geht. Das überrascht mich ehrlich gesagt nicht mehr. In Ihrer Firma hat man offenbar beschlossen, den Support mit Leuten zu besetzen, die schon an einer Weiterleitungsregel scheitern.

Vielleicht wäre ein Beruf ohne Kundenkontakt besser für Sie. Oder gleich einer ohne Denken. Geben Sie den Fall bitte an jemanden weiter, der lesen kann.

Dr. Hans-Jürgen Möllers
""", fmt="qp")
    m(B, "de", "a3", "A", "Viennese phone rant in dialect: Trotteln, Koffer, Pfeifen aimed at support staff",
      "gehts noch",
      """
seit 3 tagen keine antwort, ihr seids echt die größten trotteln. des is a oaschladen und ihr seids a haufen inkompetenter koffer. ruafts mi endlich zruck ihr pfeifen

Von meinem Huawei gesendet
""")
    m(B, "de", "a4", "A", "Cancellation with obfuscated insults at support ('A****löcher', 'F*ck euch')",
      "Kündigung und Danke für nix",
      """
Hallo,

hiermit kündige ich meinen Vertrag zum nächstmöglichen Termin. Und an die Damen und Herren vom Support: ihr seid echt die allerletzten A****löcher. Drei Wochen lang hingehalten, jedes Mal eine andere Ausrede. F*ck euch.

Tobias
""")
    m(B, "de", "a5", "A", "Threat of violence to a named agent at his home address",
      "Herr Schuster",
      """
Herr Schuster,

Sie haben mir gestern am Telefon ins Gesicht gelogen und dann einfach aufgelegt. Man sieht sich immer zweimal im Leben. Ihre Adresse in Baunatal hab ich schon rausgefunden, war nicht schwer. Wenn Sie noch einmal auflegen, stehe ich vor Ihrer Haustür, und dann gibt's was aufs Maul, das verspreche ich Ihnen.

R. Kowalczyk
""")
    m(B, "de", "a6", "AL", "Calls the company staff a 'Betrügerbande' and 'Pack', hands the matter to her lawyer with a lawsuit",
      "Abzocke",
      """
Ihr seid doch eine ganz miese Betrügerbande. Erst Preise verdoppeln ohne Ankündigung, dann die Kündigung „verlieren", und jetzt soll ich noch ein Jahr zahlen? Ihr Pack lacht euch doch über uns Kunden kaputt.

Die Sache liegt ab morgen bei meinem Anwalt, der wird euch schon zeigen, was eine Kündigungsbestätigung ist. Eine Klage gibt's obendrauf.

Sabine Thiel
""")
    # ---- legal-threat ----
    m(B, "de", "l1", "L", "Painter's last demand for payment: will apply for a Mahnbescheid at the Amtsgericht, no lawyer word (qp latin-9)",
      "Letzte Zahlungsaufforderung - Kd.-Nr. 448213",
      """
Sehr geehrte Damen und Herren,

trotz meiner Schreiben vom 05.10.2026 und 02.11.2026 haben Sie die nach Vertragsende zu Unrecht eingezogenen Beträge für September bis November in Höhe von insgesamt 347,82 € nicht zurückgezahlt. Der Vertrag endete nachweislich zum 31.08.2026 (Ihre Kündigungsbestätigung vom 12.07.2026 liegt mir vor).

Ich fordere Sie hiermit letztmalig auf, den Betrag bis zum 09.12.2026 auf mein Ihnen bekanntes Konto zu überweisen. Sollte bis dahin kein Zahlungseingang zu verzeichnen sein, werde ich ohne weitere Ankündigung einen Mahnbescheid beim zuständigen Amtsgericht beantragen. Die hierdurch entstehenden Kosten gehen zu Ihren Lasten.

Mit freundlichen Grüßen

Gerlinde Hoffmann
Malermeisterin
Lindenstraße 14
34117 Kassel
""", fmt="qp", charset="iso-8859-15")
    m(B, "de", "l2", "L", "Contract auto-extended: consumer will file a complaint with the Verbraucherzentrale and call the Schlichtungsstelle",
      "Beschwerde – Vertragsverlängerung ohne Hinweis",
      """
Hallo,

Sie haben meinen Vertrag einfach um 24 Monate verlängert, obwohl nach der Mindestlaufzeit seit 2022 eine monatliche Kündigung gesetzlich möglich sein muss. Eine Erinnerung kam auch nicht.

Ich war letzte Woche bei der Verbraucherzentrale, die sehen das genauso. Wenn ich bis Ende nächster Woche keine Bestätigung der Kündigung zum 31.12. habe, reiche ich dort Beschwerde ein und rufe die Universalschlichtungsstelle des Bundes an.

Freundliche Grüße
Peter Janssen
""")
    m(B, "de", "l3", "L", "Austrian: marketing mail despite Art. 21 objection, will file a complaint with the Datenschutzbehörde (HTML)",
      "Widerspruch gegen Werbung ignoriert",
      """
Sehr geehrte Damen und Herren,

ich habe am 12. September 2026 der Verwendung meiner Daten zu Werbezwecken ausdrücklich widersprochen (Art. 21 DSGVO) und dafür auch eine Bestätigung erhalten. Seither habe ich von Ihnen trotzdem sieben weitere Newsletter und zwei „persönliche Angebote" bekommen, zuletzt gestern.

Ich ersuche Sie, das umgehend abzustellen. Sollte ich noch eine einzige Werbezusendung erhalten, bringe ich bei der Datenschutzbehörde eine Beschwerde gegen Sie ein. Die Screenshots habe ich alle gesichert.

Mit freundlichen Grüßen
Mag. Christoph Leitner
Graz
""", fmt="html")
    m(B, "de", "l4", "L", "Swiss bike shop: promised refund unpaid, will start a Betreibung and go to the Friedensrichter",
      "Rückerstattung – letzte Aufforderung",
      """
Grüezi

Seit August warte ich auf die Rückerstattung von CHF 540.–, die Sie mir schriftlich zugesichert haben (siehe Mail von Herrn Weber vom 14.8.). Passiert ist nichts, trotz drei Nachfragen.

Wenn der Betrag nicht bis am 10. Dezember auf meinem Konto ist, leite ich die Betreibung ein und gehe, falls nötig, zum Friedensrichter. Ich habe keine Lust mehr, Ihnen hinterherzurennen.

Freundliche Grüsse
Reto Ammann
Ammann Velos GmbH, Winterthur
""")
    m(B, "de", "l5", "L", "Debits continue after cancellation: will file a criminal complaint for fraud with the police",
      "Abbuchungen nach Kündigung",
      """
Guten Tag,

Sie buchen seit meiner Kündigung im Juli jeden Monat weiter 29,90 € ab, im Oktober sogar zweimal. Ich habe die Lastschriften zurückgehen lassen und Sie buchen einfach wieder ab. Das ist kein Versehen mehr.

Wenn ich bis heute Abend keine schriftliche Bestätigung habe, dass die Abbuchungen aufhören und das Geld zurückkommt, erstatte ich morgen bei der Polizei Strafanzeige wegen Betrugs gegen Ihre Firma.

Ingrid Vogt
""")
    m(B, "de", "l6", "L", "Logistics company's formal Abmahnung under a framework contract, reserving termination and damages in court; footer (alt)",
      "Abmahnung – Rahmenvertrag Nr. RV-2025-031",
      """
Sehr geehrte Damen und Herren,

wir beziehen uns auf die wiederholten Fehlklassifizierungen eingehender Kundenkorrespondenz im Zeitraum 03.11.–20.11.2026 (Tickets #60401, #60455, #60502), durch die uns nachweislich Aufträge entgangen sind.

Hiermit mahnen wir die Einhaltung der in Anlage 2 des Rahmenvertrags vereinbarten Leistungsparameter förmlich ab und setzen Ihnen eine Frist zur Abhilfe bis zum 15.12.2026. Nach fruchtlosem Fristablauf behalten wir uns die außerordentliche Kündigung sowie die gerichtliche Geltendmachung von Schadensersatzansprüchen ausdrücklich vor. Die Angelegenheit liegt unserer Rechtsabteilung vor.

Mit freundlichen Grüßen

i.V. Dr. Katrin Sommer
Leiterin Einkauf
Hanseatische Kühllogistik AG

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
Vorstand: Jan-Peter Holm (Vors.), Dr. Lena Brück | Aufsichtsratsvorsitzender: Karl Meiners | Sitz: Hamburg | HRB 104417
""", fmt="alt")
    # ---- account-ownership ----
    m(B, "de", "w1", "W", "Wife of a stroke patient asks to have his business account rewritten to her name and get the password",
      "Konto meines Mannes",
      """
Guten Tag,

mein Mann, Günter Albers, hatte im Oktober einen schweren Schlaganfall und liegt seitdem in der Klinik. Es ist nicht absehbar, wann oder ob er wieder arbeiten kann. Er hat unseren kleinen Elektrobetrieb allein geführt, und das Konto bei Ihnen läuft auf ihn.

Ich muss jetzt die Rechnungen und die Kundenmails bearbeiten. Können Sie bitte alles auf meinen Namen umschreiben und mir das Passwort geben? Eine Vorsorgevollmacht habe ich, die kann ich Ihnen schicken.

Mit freundlichen Grüßen
Renate Albers
""")
    m(B, "de", "w2", "W", "'Managing director' demands his assistant's gmail get full access to the accounting mailbox and its recovery address; don't call (b64)",
      "Dringend: Zugriff Postfach Buchhaltung",
      """
Hallo Support,

hier Markus Engel, Geschäftsführer der Engel Consulting GmbH. Unser Buchhalter Herr Meier ist seit gestern krank und nicht erreichbar, und heute müssen noch mehrere Überweisungsfreigaben raus, die in seinem Postfach liegen.

Bitte schalten Sie meiner Assistentin Frau Lorenz (s.lorenz.assist@gmail.example) sofort Vollzugriff auf das Postfach buchhaltung@engel-consulting.example frei und setzen Sie die Wiederherstellungsadresse auf ihre Mail. Das ist abgestimmt, very urgent. Bitte nicht im Büro anrufen, das Thema ist vertraulich.

Danke!
M. Engel
Von meinem iPhone gesendet
""", fmt="b64")
    m(B, "de", "w3", "W", "New club chairman: former treasurer won't hand over logins, transfer the club account to the new board",
      "Vereinskonto – neuer Vorstand",
      """
Hallo,

ich bin seit der Jahreshauptversammlung am 8. November neuer 1. Vorsitzender des TSV Grünwinkel 1921 e.V. Unser früherer Kassenwart, Herr Baumann, hat das Konto bei Ihnen damals angelegt und weigert sich seit seiner Abwahl, die Zugangsdaten herauszugeben.

Bitte übertragen Sie das Vereinskonto auf mich bzw. den neuen Vorstand und sperren Sie Herrn Baumanns Zugang. Das Protokoll der Versammlung und den Vereinsregisterauszug kann ich gerne schicken.

Sportliche Grüße
Andreas Vogel
""")
    m(B, "de", "w4", "W", "Employee wants to log in to a colleague's mailbox while she is on parental leave; boss 'agrees' but is away",
      "Zugriff auf Postfach Kollegin",
      """
Hi,

meine Kollegin Laura Kuhn (l.kuhn@) ist seit zwei Wochen in Elternzeit, und bei ihr laufen noch Angebote und Kundenanfragen auf, die keiner sieht. Könnt ihr mir bitte Zugriff auf ihr Postfach geben? Am besten so, dass ich mich direkt mit ihrem Konto einloggen kann. Unser Chef ist einverstanden, er ist nur grad auf Messe und kommt nicht dazu, euch selber zu schreiben.

Danke euch
Jana
""")
    m(B, "de", "w5", "W", "Swiss nephew bought his uncle's joinery, asks to rewrite owner, login and billing to himself (latin-9)",
      "Geschäftsübernahme - Konto umschreiben",
      """
Grüezi mitenand

Ich habe per 1. Oktober die Schreinerei meines Onkels, Walter Frei, in Frauenfeld übernommen (der Kaufvertrag ist unterschrieben, der Handelsregistereintrag läuft). Das Konto bei Ihnen läuft noch auf ihn, und er ist inzwischen nach Spanien gezogen und kaum erreichbar.

Könnten Sie das ganze Konto auf mich umschreiben, also Inhaber, Login und Rechnungsadresse? Die Rechnungen zahle ich ja ohnehin schon seit Oktober.

Freundliche Grüsse
Simon Frei
Schreinerei Frei GmbH
""", charset="iso-8859-15")
    m(B, "de", "w6", "W", "New property management asks to transfer the owners' association account from the previous manager to them",
      "Übertragung Konto WEG Lindenhof",
      """
Sehr geehrte Damen und Herren,

die Eigentümergemeinschaft WEG Lindenhof, Am Lindenhof 2–8, 30159 Hannover, wird seit dem 01.11.2026 von uns verwaltet. Die bisherige Verwaltung (Schrader Immobilien) hat das Konto für die Gemeinschafts-Mailadresse seinerzeit auf sich angelegt und ist nicht mehr zuständig; auf unsere Anfragen reagiert sie nicht.

Wir bitten Sie daher, das Konto auf uns zu übertragen und den Hauptzugang auf verwaltung@hv-koenig.example umzustellen. Den Verwaltervertrag und den Beschluss der Eigentümerversammlung senden wir Ihnen auf Wunsch zu.

Mit freundlichen Grüßen
Hausverwaltung König GmbH
Birgit König
""")
    # ---- outage ----
    m(B, "de", "o1", "O", "SSO login loop for all 22 workstations and home office, nothing changed on their side",
      "Anmeldeschleife – niemand kommt ins Portal",
      """
Hallo,

seit ca. 8:15 Uhr hängen bei uns alle Kollegen in einer Schleife: Klick auf „Mit Microsoft anmelden", kurz weiße Seite, dann wieder die Startseite, und das endlos. Betrifft alle 22 Arbeitsplätze und auch die Leute im Homeoffice. Wir haben an unserem Entra ID nichts geändert, gestern Abend lief alles noch.

Bitte dringend um Rückmeldung!
Sven Hartmann
IT, Hartmann Metallbau
""")
    m(B, "de", "o2", "O", "Austrian drugstore chain: spinner and white page in all five branches, console error pasted (HTML)",
      "Portal lädt nicht – alle Filialen",
      """
Grüß Gott,

in allen unseren fünf Filialen (Linz, Wels, Steyr, Enns, Freistadt) dreht sich seit heute früh im Portal nur das Radl, dann kommt eine weiße Seite. Die Bestellbestätigungen der Lieferanten kommen bei uns über Ihren Dienst, und wir sehen keine einzige. Die Kassen laufen, aber der Wareneingang steht.

Fehlermeldung in der Konsole:
GET https://portal.example.com/api/v2/queue net::ERR_EMPTY_RESPONSE

Bitte um rasche Hilfe, wir bekommen heute Lieferungen.

Mit freundlichen Grüßen
Elisabeth Pichler
Filialleitung, Pichler Drogerie
""", fmt="html")
    m(B, "de", "o3", "O", "Phone follow-up: down again, second time this week, no employee gets external mail",
      "AW: Störung Ticket #61502 – schon wieder!",
      """
Jetzt ist es SCHON WIEDER weg. Zweites Mal diese Woche, gleiche Fehlermeldung wie am Dienstag („421 Service not available"), kein einziger Mitarbeiter kriegt externe Mails. Ich hab langsam keine Lust mehr, das meinem Chef zu erklären.

Von meinem iPhone gesendet

> Die Störung ist behoben. Wir entschuldigen uns für die Unannehmlichkeiten.
""")
    m(B, "de", "o4", "O", "Web agency: hosted contact form returns 503 for all visitors, tested from several networks",
      "Kontaktformular 503",
      """
Hallo Support,

unser Kontaktformular, das über euren Dienst läuft, liefert seit ungefähr einer Stunde für alle Besucher nur noch:

503 Service Unavailable
The server is temporarily unable to service your request.

Getestet von drei verschiedenen Anschlüssen und vom Handy im Mobilnetz, überall dasselbe. Kunden rufen schon an, weil sie nichts abschicken können. Ist bei euch was kaputt?

Viele Grüße
Marco Lenz
Webagentur Lenz, im Auftrag von Autohaus Brenner
""")
    m(B, "de", "o5", "O", "Thanks for a webinar and onboarding questions first, then quarantine shows no data for all users at both sites (latin-1)",
      "Schulung neue Mitarbeiter + aktuelles Problem",
      """
Hallo Frau Schäfer,

vielen Dank noch mal für das Webinar letzte Woche, das war für unsere neuen Kolleginnen sehr hilfreich. Zwei Fragen dazu: Gibt es die Folien irgendwo zum Nachlesen? Und kann man neue Benutzer gleich mit der Rolle "Sachbearbeitung" anlegen, oder muss man die Rolle nachträglich zuweisen? Wir haben im Januar noch einmal fünf Neueinstellungen.

Und dann noch etwas Dringenderes: Seit ca. 11 Uhr zeigt die Quarantäne bei allen Benutzern nur noch "Keine Daten verfügbar", an beiden Standorten (Essen und Dortmund) und auch bei den Kollegen im Homeoffice. Gleichzeitig kommen seitdem auffällig wenige externe Mails an. Könnten Sie das bitte an die Technik weitergeben?

Danke und beste Grüße
Oliver Stein
IT-Koordination, Stein & Söhne
""", charset="iso-8859-1")
    m(B, "de", "o6", "O", "Swiss electrician: all external mail 2-3 hours late for every employee incl. the Chur branch",
      "Ist bei euch etwas los?",
      """
Hoi zäme

Ist bei euch etwas los? Seit heute Morgen kommen bei uns alle externen Mails mit zwei bis drei Stunden Verspätung an, bei allen Mitarbeitenden, auch in der Filiale in Chur. Kunden rufen an und fragen, ob wir ihre Offertanfragen bekommen haben. Interne Mails gehen normal.

Bitte kurze Rückmeldung, ob das bekannt ist.

Gruess
Beat Zürcher
Zürcher Elektro AG
""")
    # ---- hard negatives: abusive ----
    m(B, "de", "n1", "", "Swears at a crashing Outlook add-in ('Scheißteil', 'verdammt'), no insult to people, single user",
      "Add-in stürzt dauernd ab",
      """
Hallo,

das verdammte Outlook-Add-in schmiert mir seit dem letzten Update jedes Mal ab, wenn ich eine Mail als Spam melden will. Outlook friert ein, dann kommt „Keine Rückmeldung" und ich kann neu starten. Dieses Scheißteil hat mich heute schon eine Stunde gekostet. Vorher lief das jahrelang problemlos.

Version 4.12.1, Outlook 365, Windows 11. Gibt es eine ältere Version zum Runterladen?

Grüße
Jens Albrecht
Einkauf, Albrecht Bürobedarf
""")
    m(B, "de", "n2", "", "Praise and a feature wish with idioms ('würde ich morden', 'bringt mich noch um', 'der Hammer')",
      "Wunsch: Suchfunktion im Quarantäne-Ordner",
      """
Hallo liebes Team,

erstmal großes Lob, der neue Regel-Editor ist der Hammer, da habt ihr echt abgeliefert. Aber für eine vernünftige Suche im Quarantäne-Ordner würde ich morden :-) Jeden Morgen 300 Mails durchscrollen bringt mich noch um. Ist sowas geplant?

Liebe Grüße aus Freiburg
Anja
""")
    m(B, "de", "n3", "", "Doctor's practice quotes a former patient's abusive mail (reported to police) and asks how to filter him",
      "Absender dauerhaft sperren – wie?",
      """
Guten Tag,

wir sind eine Hausarztpraxis in Bochum. Ein ehemaliger Patient schreibt seit Wochen beleidigende Mails an unsere Anmeldung, zuletzt wörtlich: „Du dumme Kuh, wegen Leuten wie dir krepieren die Patienten". Wir haben das bereits bei der Polizei angezeigt.

Unsere Frage an Sie: Wie richte ich eine Regel ein, damit alles von ihm direkt in die Quarantäne geht, auch wenn er ständig neue Adressen bei GMX anlegt? Kann man nach Absendername oder Inhalt filtern?

Mit freundlichen Grüßen
Praxis Dr. med. Ulrike Hahn
i.A. Melanie Berger
""")
    m(B, "de", "n4", "", "Sarcastic about an 18% price increase, asks about old price and cancelling; no insult",
      "Preiserhöhung",
      """
Hallo,

danke für die Mail mit der Preiserhöhung um 18 % ab Januar. Wirklich ein schönes Weihnachtsgeschenk, und die Begründung („gestiegene Kosten und neue Funktionen") hat mich fast zu Tränen gerührt. Welche neuen Funktionen denn? Der dunkle Modus?

Ich möchte bitte wissen, ob wir als Bestandskunde den alten Preis bis zum Ende der Laufzeit behalten, und wie ich sonst zum Jahresende kündigen kann. Danke.

Kai Brenner
""")
    # ---- hard negatives: account-ownership ----
    m(B, "de", "n5", "", "Account owner wants a read-only invoices user for his tax advisor, stays owner",
      "Lesezugriff für Steuerberater",
      """
Hallo,

ich bin Inhaber unseres Kontos (Zahnarztpraxis Dr. Yilmaz). Unser Steuerbüro möchte die Rechnungen direkt bei Ihnen abrufen. Kann ich dafür einen zusätzlichen Benutzer anlegen, der nur die Rechnungen sieht und sonst nichts ändern kann? Inhaber bleibe natürlich ich. Wenn ja, wo finde ich das?

Viele Grüße
Dr. Emre Yilmaz
""")
    m(B, "de", "n6", "", "User locked herself out after wrong passwords and wants to reset her own password",
      "Hab mich ausgesperrt",
      """
Hallo, ich habe mich heute früh fünfmal beim Passwort vertippt und jetzt ist mein Zugang gesperrt („Konto vorübergehend gesperrt"). Wie lange dauert das, bzw. kann ich mein Passwort irgendwie selbst zurücksetzen? Der Link „Passwort vergessen" schickt mir keine Mail. Es geht um meinen eigenen Login, j.brandt@mueller-gartenbau.example.

Danke, Julia Brandt
""")
    m(B, "de", "n7", "", "Austrian new IT hire asks only for the name of the account owner so he can ask them",
      "Wer ist bei uns Kontoinhaber?",
      """
Servus,

ich bin seit diesem Monat neu in der IT bei der Hofer Holzbau GmbH und versuche herauszufinden, wer bei euch als Kontoinhaber für uns eingetragen ist – intern weiß das leider niemand mehr. Könnt ihr mir nur den Namen sagen? Ich will keinen Zugang, ich geh dann zu der Person und lass mich ordentlich anlegen.

Danke und lg
Florian Gruber
""")
    m(B, "de", "n8", "", "Asks to move a support ticket to herself because the colleague who opened it is ill; Outlook quote",
      "AW: Ticket #4471 - SPF-Eintrag",
      """
Hallo,

mein Kollege Herr Schmitt, der dieses Ticket eröffnet hat, ist leider länger krank. Können Sie das Ticket auf mich umschreiben, damit die Rückfragen bei mir ankommen? Ich bin in der IT für das Thema SPF/DKIM zuständig. Am Konto selbst soll sich nichts ändern.

Danke und viele Grüße
Nadine Weber

-----Ursprüngliche Nachricht-----
Von: Curveball Support <support@example.com>
Gesendet: Montag, 23. November 2026 10:14
An: Jörg Schmitt
Betreff: Ticket #4471 - SPF-Eintrag

Hallo Herr Schmitt,

wir haben Ihre Anfrage zum SPF-Eintrag an unser Second-Level-Team weitergegeben. Sie sind als Ticketinhaber eingetragen und werden über alle Updates informiert.

Freundliche Grüße
Ihr Curveball Support
""")
    # ---- hard negatives: outage ----
    m(B, "de", "n9", "", "Power cut in their business park took their own mail server down; asks whether mail is held",
      "Stromausfall – Mails zwischengespeichert?",
      """
Guten Tag,

bei uns im Gewerbegebiet war gestern Nachmittag von ca. 13 bis 17 Uhr der Strom weg, und damit auch unser eigener Mailserver. Bei Ihnen lief ja alles normal weiter. Halten Sie in so einem Fall die eingehenden Mails zurück und stellen sie zu, wenn unser Server wieder da ist? Und wie lange maximal?

Gruß
Heiko Brand
Brand Haustechnik
""")
    m(B, "de", "n10", "", "Municipal utility asks whether the announced data centre move changes delivery IPs",
      "Umzug Rechenzentrum – Firewall anpassen?",
      """
Guten Tag,

in Ihrem Newsletter steht, dass Sie am Wochenende 12./13. Dezember in das neue Rechenzentrum in Frankfurt umziehen und es dabei zu kurzen Unterbrechungen kommen kann. Ändern sich dabei die IP-Adressen, von denen Sie an unseren Server zustellen? Wir haben die aktuellen Adressen in unserer Firewall freigegeben und möchten vermeiden, dass danach etwas hängen bleibt.

Mit freundlichen Grüßen
Sandra Kühn
Systemadministration, Stadtwerke Kleinburg
""")
    m(B, "de", "n11", "", "Resolved: everything works again since 10:40, close the ticket, a cause report would be nice (base64)",
      "AW: Ticket #61340 – Portal nicht erreichbar",
      """
Hallo zusammen,

kurze Rückmeldung: Seit ca. 10:40 läuft bei uns wieder alles, alle Kollegen kommen rein und die Warteschlange ist abgearbeitet. Danke für die schnelle Reaktion! Das Ticket kann gern geschlossen werden.

Für unsere interne Dokumentation wäre ein kurzer Bericht zur Ursache nett, falls es den gibt. Kein Stress.

Viele Grüße
Robert Jankowski

Am 24.11.2026 um 09:52 schrieb Curveball Support <support@example.com>:
> Hallo Herr Jankowski,
> uns ist bekannt, dass das Admin-Portal derzeit für einige Kunden nicht erreichbar ist. Unsere Techniker arbeiten mit Hochdruck daran.
""", fmt="b64")
    m(B, "de", "n12", "", "Only the boss stopped receiving the daily quarantine digest, 15 colleagues fine",
      "Chef bekommt keine Quarantäne-Übersicht",
      """
Hallo,

seit letzter Woche bekommt unser Chef, Herr Lindner, die tägliche Quarantäne-Übersicht nicht mehr. Bei allen anderen 15 Kollegen kommt sie ganz normal um 7 Uhr. Im Spam-Ordner ist nichts, eine Weiterleitung hat er auch nicht. Können Sie nachsehen, ob bei ihm etwas falsch eingestellt ist?

Gruß
Petra Schulze, Sekretariat
""")
    # ---- hard negatives: legal-threat ----
    m(B, "de", "n13", "", "Law firm office manager asks how to add a second domain; confidentiality and no-service-by-email footer (alt)",
      "Neue Domain hinzufügen",
      """
Sehr geehrte Damen und Herren,

unsere Kanzlei hat eine zweite Domain (berger-arbeitsrecht.example) registriert, über die ab Januar ein Teil der Korrespondenz laufen soll. Wie fügen wir diese Domain unserem bestehenden Konto hinzu, und welche DNS-Einträge (MX, SPF) müssen wir setzen? Unser IT-Dienstleister würde die Einträge dann vornehmen.

Mit freundlichen Grüßen

Martina Jäger
Büroleitung
Berger & Coll. Rechtsanwälte PartG mbB

Diese Nachricht enthält vertrauliche Informationen und ist ausschließlich für den Adressaten bestimmt. Sie kann dem anwaltlichen Berufsgeheimnis unterliegen. Sollten Sie nicht der richtige Adressat sein, informieren Sie uns bitte umgehend und löschen Sie diese Nachricht. Eine Zustellung fristwahrender Schriftsätze per E-Mail ist nicht möglich.
""", fmt="alt")
    m(B, "de", "n14", "", "Plain Art. 15 GDPR access request, friendly, no threat",
      "Auskunft nach Art. 15 DSGVO",
      """
Guten Tag,

ich bitte Sie um Auskunft nach Art. 15 DSGVO über alle personenbezogenen Daten, die Sie über mich gespeichert haben, einschließlich der Protokolle von Mails, die Ihr Filter von meiner Adresse (k.neumann@posteo.example) abgefangen hat. Eine Kopie als PDF per E-Mail reicht mir völlig.

Vielen Dank und freundliche Grüße
Karin Neumann
""")
    m(B, "de", "n15", "", "Estate agent: their own external lawyer reviewed the data processing agreement, two remarks, wants to sign",
      "AVV – Anmerkungen unseres Anwalts",
      """
Hallo Frau Schäfer,

wie besprochen hat unser externer Anwalt den Auftragsverarbeitungsvertrag durchgesehen. Er hat zwei Anmerkungen: In § 7 fehlt die Frist für die Meldung von Datenschutzverletzungen (er schlägt 48 Stunden vor), und in Anlage 3 ist die Liste der Unterauftragnehmer nicht aktuell. Ansonsten ist alles in Ordnung, und wir würden gerne noch diesen Monat unterschreiben.

Können Sie uns eine angepasste Version schicken?

Beste Grüße
Thomas Reinhardt
Geschäftsführer, Reinhardt Immobilien
""")
    m(B, "de", "n16", "", "Says outright he won't threaten lawyers or court; job applications land in quarantine, wants it fixed",
      "Bitte einfach reparieren",
      """
Hallo,

ich gehöre nicht zu den Leuten, die bei jeder Kleinigkeit mit dem Anwalt drohen, und ich habe auch nicht vor, wegen eines Spamfilters vor Gericht zu ziehen. Aber seit Wochen landen die Bewerbungen an jobs@ fast alle in der Quarantäne, und wir haben deswegen schon zwei gute Kandidaten verloren, die sich woanders entschieden haben.

Ich will einfach nur, dass es funktioniert. Kann sich bitte jemand die Header anschauen, die ich letzte Woche geschickt habe?

Gruß
Uwe Kessler
""")


# --------------------------------------------------------------------------------------------
# Danish
# --------------------------------------------------------------------------------------------
def _da(m):
    # ---- abusive ----
    m(B, "da", "a1", "A", "Bike shop owner calls support a bunch of 'klaphatte' and useless people after 9 days without answer",
      "Hvad fanden laver I?",
      """
Jeg har nu ventet 9 dage på svar på en simpel ting: hvorfor vores ordrebekræftelser havner i karantæne. 9 dage! Og svaret fra jeres "supporter" Mikkel er et link til en FAQ, der ikke engang handler om det.

I er simpelthen en flok klaphatte. Jeg har aldrig mødt så mange ubrugelige mennesker samlet ét sted. Find en voksen, der kan læse, og lad ham svare.

Bent Sørensen
Sørensen Cykler, Vejle
""")
    m(B, "da", "a2", "A", "Finance manager's polished, contemptuous reply to a named agent, no swear words (qp)",
      "Sv: Sag 88123",
      """
Kære Louise

Tak for dit svar. Eller, tak for din tekst – svar kan man vist ikke kalde det, når det ikke har noget med mit spørgsmål at gøre. Jeg må indrømme, at jeg er imponeret. Det kræver en helt særlig form for talent at læse tre linjer og misforstå dem alle tre.

Jeg går ud fra, at jeres firma ansætter folk efter princippet "jo mindre de forstår, jo billigere er de". I så fald har I gjort et fremragende fund i dig. Send venligst sagen videre til en kollega, der har lært at læse.

Med venlig hilsen
Henrik Vestergaard
Økonomichef
""", fmt="qp")
    m(B, "da", "a3", "A", "Phone rant without Danish letters, obfuscated 'f*cking amatører' and 'l0rtehoveder' at support",
      "svar nu",
      """
5 dage uden svar. i er sgu nogle f*cking amatører, hele jeres support er en flok l0rtehoveder der ikke kan finde ud af en skid. ring mig op NU

Sendt fra min iPhone
""")
    m(B, "da", "a4", "A", "Threatens to come to the Aarhus office so the named agent 'won't walk home on his own legs'",
      "Sidste advarsel",
      """
Jeg har fundet ud af hvor I sidder i Aarhus. Hvis de 2.400 kr. I trak efter min opsigelse ikke står på min konto fredag, så kommer jeg forbi, og så skal jeg nok sørge for at ham Kasper, der lagde røret på mig, ikke går hjem på egne ben. Det er ikke for sjov.

Jørgen
""")
    m(B, "da", "a5", "A", "Dehumanising remarks about a named agent's looks and intelligence, promises to write her personally every day",
      "til Sofie i jeres support",
      """
Til Sofie (eller hvad du nu hedder i virkeligheden)

Du er jo ikke et menneske, du er en talende telefonsvarer med lyst hår. Hver gang jeg ringer, får jeg de samme tre sætninger. Jeg har set dit billede på jeres hjemmeside, og ærligt, man kan se på dig at der ikke er nogen hjemme. Jeg bliver ved med at skrive til dig personligt hver eneste dag, indtil I har fixet vores DKIM-problem.

Mads, IT, Kvist Byg
""")
    m(B, "da", "a6", "A", "Short obscene reply ('grådige svin', 'rende mig i røven') above an Outlook-quoted template",
      "SV: Vedr. din henvendelse",
      """
Spar mig for jeres standardsvar. I er nogle grådige svin, hele bundtet, og I kan rende mig i røven med jeres "vi beklager ulejligheden".

-----Oprindelig meddelelse-----
Fra: Curveball Support <support@example.com>
Sendt: 24. november 2026 15:40
Til: Lone Dahl
Emne: Vedr. din henvendelse

Kære Lone

Vi beklager ulejligheden. Vores faktureringsteam kigger på din sag og vender tilbage hurtigst muligt.

Venlig hilsen
Curveball Support
""")
    # ---- legal-threat ----
    m(B, "da", "l1", "L", "Consumer's withdrawal refused: will bring the case before Forbrugerklagenævnet via Nævnenes Hus (HTML)",
      "Klage over afvist fortrydelse",
      """
Til Curveball

Jeg oprettede et privat abonnement den 3. november og fortrød købet skriftligt den 7. november, altså inden for de 14 dage. Alligevel har I trukket 1.199 kr. for et helt år og afvist min fortrydelse med henvisning til, at "tjenesten er taget i brug".

Hvis beløbet ikke er refunderet inden otte dage, indbringer jeg sagen for Forbrugerklagenævnet via Nævnenes Hus. Jeg har gemt al korrespondance.

Med venlig hilsen
Else Marie Thomsen
Silkeborg
""", fmt="html")
    m(B, "da", "l2", "L", "Steel company director: lost orders, lawyer preparing a damages claim, writ (stævning) if no proposal by Friday",
      "Erstatningskrav – tabte ordrer",
      """
Hej

Jeres filter har siden oktober smidt tilbudsforespørgsler fra to af vores største kunder i karantæne uden at give besked, og det har kostet os mindst tre ordrer. Vi har dokumentation for det hele.

Jeg har i dag givet sagen til vores advokat hos Nordlys Advokater, og hun er ved at forberede et erstatningskrav. Hvis I ikke kontakter mig inden fredag med et konkret forslag, bliver der udtaget stævning.

Med venlig hilsen
Anders Bech
Direktør, Bech Stålkonstruktion A/S
""")
    m(B, "da", "l3", "L", "Erasure refused without a legal basis; will complain to Datatilsynet in a week",
      "Sletning af mine oplysninger – afslag",
      """
Hej

Jeg bad den 2. oktober om at få slettet alle mine personoplysninger, efter jeg havde opsagt min konto. I svarede, at "data opbevares af driftsmæssige hensyn", uden at forklare hvilket grundlag I har for det, og mit telefonnummer og min adresse ligger stadig hos jer (jeg fik en sms fra jer i går).

Jeg giver jer en uge til at slette det hele og bekræfte det skriftligt. Ellers klager jeg til Datatilsynet og vedlægger jeres svar.

Venlig hilsen
Kristoffer Dam
""")
    m(B, "da", "l4", "L", "Phone mail without æøå: charged for a subscription never taken, will report them to the police for fraud",
      "snyd",
      """
I har traekket 349 kr hver maaned siden august selvom jeg ALDRIG har oprettet et abonnement hos jer. jeg har kontaktet min bank og de siger det ligner svindel. hvis pengene ikke er tilbage paa min konto i morgen melder jeg jer til politiet for bedrageri. har allerede screenshots af det hele

sendt fra min telefon
""")
    m(B, "da", "l5", "L", "Bookkeeper's formal påkrav: credit note or a small-claims writ at the byret with interest and costs (qp latin-1)",
      "Påkrav - manglende kreditnota, faktura 2026-1187",
      """
Til Curveball

Vi har den 15. september og igen den 20. oktober anmodet om kreditering af faktura 2026-1187 (kr. 6.450,00), som vedrører licenser, vi opsagde pr. 31. juli. I har begge gange bekræftet modtagelsen, men der er ikke sket noget.

Dette er et påkrav. Modtager vi ikke kreditnota og tilbagebetaling inden 10 dage fra dags dato, indleverer vi stævning til byretten efter reglerne om småsager, og vi vil kræve renter og omkostninger.

Med venlig hilsen

Hanne Kirkegaard
Bogholder, Kirkegaard Blomster ApS
CVR 31 55 02 18
""", fmt="qp", charset="iso-8859-1")
    m(B, "da", "l6", "L", "Hidden fees called misleading marketing: remove and refund or he reports them to Forbrugerombudsmanden (alt)",
      "Skjulte gebyrer",
      """
Hej

Da jeg købte jeres "Basis"-pakke til 49 kr./md. stod der intet om et "opsætningsgebyr" på 399 kr. eller et "administrationsgebyr" på 29 kr. pr. faktura. Det dukkede først op på fakturaen. Det er vildledende markedsføring, hvis du spørger mig.

Jeg har læst op på reglerne. Enten fjerner I gebyrerne og betaler dem tilbage, eller også anmelder jeg jer til Forbrugerombudsmanden og skriver om det hele på Trustpilot. I har til mandag.

Mvh
Nikolaj Frost
""", fmt="alt")
    # ---- account-ownership ----
    m(B, "da", "w1", "W", "Son with a lasting power of attorney wants his demented mother's shop account and codes moved to him (latin-1)",
      "Fremtidsfuldmagt - min mors konto",
      """
Kære support

Min mor, Inge Kristensen, har fået konstateret demens og kan ikke længere selv tage sig af sine ting. Jeg har en fremtidsfuldmagt, som er sat i kraft af Familieretshuset. Hun har i mange år haft sin lille tøjbutik i Ribe, og kontoen og mailen hos jer står i hendes navn.

Jeg vil gerne have det hele overført til mig: login, betaling og kontaktoplysninger, så koderne fremover kommer til min telefon og ikke hendes. Jeg kan sende fuldmagten som PDF.

Med venlig hilsen
Lars Kristensen
""", charset="iso-8859-1")
    m(B, "da", "w2", "W", "New franchisee asks to have the previous franchisee's shop account moved over to him as owner",
      "Overtagelse af butik – Kolding",
      """
Hej

Pr. 1. november har jeg overtaget franchisebutikken i Kolding fra den tidligere franchisetager, Tina Mogensen. Butikkens domæne og mail hos jer står stadig på Tina, og hun er flyttet til Sverige og svarer ikke på mails.

Kan I flytte kontoen over på mig, så jeg bliver ejer og kan ændre indstillinger og betaling? Kæden (hovedkontoret i Aarhus) kan bekræfte overdragelsen.

Venlig hilsen
Ali Rahimi
""")
    m(B, "da", "w3", "W", "Executive assistant under time pressure asks to move the CEO's 2FA and recovery number to her own phone, don't call (b64)",
      "HASTER – to-faktor for direktøren",
      """
Hej

Jeg skriver på vegne af vores adm. direktør, Thomas Lykke. Hans telefon blev stjålet i lufthavnen i Barcelona i morges, og han kan ikke logge ind, men han skal godkende nogle betalinger i dag.

Flyt venligst hans to-faktor og gendannelsesnummer over til mit nummer, +45 91 55 03 27, så sender jeg koderne videre til ham. Han har selv bedt om det. Det haster virkelig, og ring venligst ikke til kontoret – IT er ikke informeret endnu, og han vil helst ikke have, at det kommer rundt.

Mvh
Camilla
Direktionsassistent
""", fmt="b64")
    m(B, "da", "w4", "W", "Hairdresser after divorce: switch the owner to her and replace the ex-husband's recovery mail with hers",
      "Konto efter skilsmisse",
      """
Hej,

min eksmand og jeg havde frisørsalonen sammen, men efter skilsmissen i september er salonen blevet min (det står i bodelingen). Kontoen hos jer er oprettet af ham, og det er hans mail, der står som gendannelsesmail.

Kan I skifte ejeren til mig og sætte min mail (salon.mette@gmail.example) ind som gendannelse i stedet for hans? Han har ingen grund til at have adgang til salonens mails længere.

Hilsen Mette
""")
    m(B, "da", "w5", "W", "Bankruptcy trustee (a lawyer) asks for the bankrupt company's admin rights and the director's mailbox; no threat",
      "Konkursboet efter Nordvest Tagdækning ApS",
      """
Til Curveball

Undertegnede er af Skifteretten i Holstebro beskikket som kurator i konkursboet efter Nordvest Tagdækning ApS, CVR 38 11 90 42, hvor der blev afsagt konkursdekret den 4. november 2026.

Med henblik på boets behandling anmoder jeg om, at administratorrettighederne til selskabets konto hos Curveball overdrages til mig, således at jeg får adgang til selskabets postkasser, herunder direktørens. Selskabets tidligere direktør bedes samtidig frataget adgangen. Kopi af skifterettens beskikkelse er vedhæftet.

Med venlig hilsen
Advokat Pernille Skov
Kurator
""")
    m(B, "da", "w6", "W", "Terse phone mail: employee left today, switch main login to me, remove him and don't tell him",
      "hovedlogin",
      """
hej. jesper er stoppet hos os pr i dag. skift lige hovedlogin til mig (kenneth@dalgaardauto.example) og fjern ham. han skal ikke vide noget foer vi har styr paa det, saa lad vaere med at skrive til ham

sendt fra min iphone
""")
    # ---- outage ----
    m(B, "da", "o1", "O", "Physio clinic: nobody can log in since 8, all seven PCs and on 5G, patients' cancellations unseen",
      "Ingen kan logge ind",
      """
Hej

Ingen af os på klinikken kan logge ind i portalen siden ca. kl. 8. Vi får bare "Der opstod en fejl – prøv igen senere" efter adgangskoden. Det gælder alle syv computere og også på mobilen over 5G, så det er ikke vores netværk. Vi har patienter, der sender afbud på mail, og vi kan ikke se dem.

Hilsen
Dorthe, Fysioterapien Kongensgade
""")
    m(B, "da", "o2", "O", "Warehouse manager: spinner then white screen on every terminal, 500 from the console pasted (HTML)",
      "intet virker på lageret",
      """
Hej

På hele lageret står siden bare og snurrer – hjulet drejer og drejer, og så bliver skærmen hvid. Alle scannerterminaler og begge pc'er i forsendelsen, samme resultat. Vores fragtbekræftelser kommer ind via jer, så lige nu kan vi ikke sende noget af sted.

Fra konsollen i Chrome:
Failed to load resource: the server responded with a status of 500 (Internal Server Error)  /api/v2/queue

Mvh
Brian Laursen
Lagerchef, Fynsk Fragt & Lager
""", fmt="html")
    m(B, "da", "o3", "O", "Follow-up: it's wrong again, all external mail 3-4 hours late for the whole company of 35",
      "Sv: Sag #70233 – galt igen",
      """
Nu er det galt IGEN. Samme som i tirsdags: alle eksterne mails kommer 3-4 timer forsinket ind hos os, hele huset, 35 mand. Kunderne ringer og spørger, om vi har fået deres tilbud. I skrev, at det var løst?! Hvornår er det normalt igen?

Sendt fra min iPhone

> Problemet er nu løst. Vi beklager ulejligheden.
""")
    m(B, "da", "o4", "O", "Startup growth lead in Danglish: is it down, whole team gets 502 on the dashboard office and home",
      "er det kun os?",
      """
Hey, er det kun os eller er hele Curveball down? Hele teamet får 502 Bad Gateway når vi prøver at åbne dashboardet, både på kontoret og dem der sidder hjemme. Vi har et launch i eftermiddag så det er lidt of a big deal lol. Any ETA?

/Jonas
Growth Lead, Spirekassen
""")
    m(B, "da", "o5", "O", "DPA thanks first, then quarantine release silently failing for all users in three branches (latin-9)",
      "Databehandleraftale + noget andet",
      """
Hej Camilla

Tak for udkastet til den nye databehandleraftale. Vores DPO har et par små bemærkninger til bilag B (listen over underdatabehandlere), som jeg sender i en separat mail i løbet af ugen. Ellers ser det fint ud, og vi regner med at skrive under inden jul.

Mens jeg har dig: siden i formiddags virker "Frigiv" i karantænen ikke for nogen hos os. Man klikker, der kommer en grøn bjælke med "Frigivet", men mailen dukker aldrig op i indbakken. Det gælder alle brugere i alle tre afdelinger (Aalborg, Randers og Viborg), også når jeg selv prøver som admin. Kan du sende det videre til jeres drift?

Venlig hilsen
Morten Bak
IT-chef, Nordjysk Revision
""", charset="iso-8859-15")
    m(B, "da", "o6", "OL", "Hotel director: no booking confirmations to any guest at both hotels; lawyer will send a damages claim",
      "Bekræftelsesmails – alle gæster – KRITISK",
      """
Siden i går aftes er der ikke gået en eneste bookingbekræftelse ud til vores gæster. Det gælder begge vores hoteller (Skagen og Hirtshals), alle bookinger. Gæsterne ringer og tror, de er blevet snydt, og vi har allerede haft aflysninger. Jeres telefon svarer ikke, og der står intet på jeres statusside.

Jeg har talt med vores advokat i morges. Hvis det ikke virker igen inden kl. 12, sender hun jer et erstatningskrav for hver eneste tabte booking.

Karina Højgaard
Direktør, Højgaard Hoteller
""")
    # ---- hard negatives: abusive ----
    m(B, "da", "n1", "", "Swears at the crashing iPad app ('forbandede', 'pis og lort'), single user, no insult to people",
      "app'en crasher",
      """
Hej

Den forbandede iPad-app crasher hver eneste gang jeg trykker på karantæne. Pis og lort altså, det har den gjort siden opdateringen i fredags, og jeg sidder ude hos kunder hele dagen uden computer.

iPad Air, iPadOS 18.6, app version 3.9.0. Er der en rettelse på vej?

Mvh
Rasmus Kjær
Kjær Maskinservice
""")
    m(B, "da", "n2", "", "Praise and a wish with idioms ('give min højre arm', 'tager livet af mig', 'ramt plet')",
      "Ønske: søgning i karantænen",
      """
Hej team

Først: kæmpe ros, den nye regeleditor er SÅ meget hurtigere, I har virkelig ramt plet. Men jeg ville give min højre arm for en søgefunktion i karantænen. At scrolle gennem 300 mails hver morgen tager livet af mig 😅 Er det på vej?

Hilsen
Signe fra Odense
""")
    m(B, "da", "n3", "", "School secretary quotes a parent's abusive mail to a teacher and asks if the filter can flag such language",
      "Hvorfor blev den her ikke fanget?",
      """
Hej Curveball

Jeg er skolesekretær på Bakkeskolen. I går fik en af vores lærere en mail fra en forælder, der bl.a. skrev "du er en inkompetent kælling, og du burde fyres på stedet". Vi har selvfølgelig taget det videre til skolelederen og forvaltningen.

Mit spørgsmål er mere teknisk: jeres filter fanger jo spam fint, men kan det også markere mails med den slags sprog, så lærerne ikke får dem direkte i indbakken? Hvis ja, hvor slår man det til?

Venlig hilsen
Birgitte Lund
Skolesekretær, Bakkeskolen
""")
    m(B, "da", "n4", "", "Sarcastic about the new app logging out every ten minutes; wants a setting, no insult",
      "Den nye app",
      """
Tusind tak for den nye app, der logger mig ud hvert tiende minut. Virkelig genialt. Sikkerhed er vigtig, det forstår jeg godt, men nu bruger jeg mere tid på at taste kode end på at arbejde.

Kan man slå det fra, eller i det mindste sætte det op til en time?

/Kim
""")
    # ---- hard negatives: account-ownership ----
    m(B, "da", "n5", "", "Account owner adds the external bookkeeper as an ordinary user, stays owner",
      "Tilføj bogholder",
      """
Hej

Jeg er ejer af vores konto (Holm Rengøring ApS). Vores eksterne bogholder, Susanne, skal have adgang til at hente fakturaer. Hvordan opretter jeg hende som almindelig bruger uden adminrettigheder? Jeg vil selvfølgelig stadig være ejer.

Mvh
Jannik Holm
""")
    m(B, "da", "n6", "", "User moves her own two-factor to her own new phone",
      "Ny telefon – to-faktor",
      """
Hej, jeg har fået ny telefon og skal have flyttet min egen to-faktor over på den. Den gamle har jeg stadig, så jeg kan godt få koden. Er det bare under Min profil > Sikkerhed, eller skal I gøre noget? Det er min egen bruger (lea.n@skovgaard-arkitekter.example). Tak! Lea
""")
    m(B, "da", "n7", "", "Boat club's new IT person asks who is listed as owner so he can ask that person, explicitly no transfer",
      "Hvem står som ejer?",
      """
Hej

Jeg er ny IT-ansvarlig i Thisted Bådelaug. Ingen i bestyrelsen kan huske, hvem der i sin tid oprettede kontoen hos jer. Kan I fortælle mig, hvem der står som ejer? Så tager jeg fat i vedkommende og beder om at blive oprettet – jeg beder ikke om at få kontoen overført.

Venlig hilsen
Per Thygesen
""")
    m(B, "da", "n8", "", "Invited as admin by his boss, the invitation link expired; asks for a resend",
      "Invitation udløbet",
      """
Hej

Min chef har inviteret mig som administrator på vores konto, men da jeg klikkede på linket i dag, stod der "Invitationen er udløbet". Hun er på kursus resten af ugen. Kan I sende invitationen igen, eller skal hun gøre det? Min mail er f.olsen@vestbo-el.example.

Tak
Frederik Olsen
""")
    # ---- hard negatives: outage ----
    m(B, "da", "n9", "", "Customer announces their own planned power cut today and asks not to close their ticket",
      "Strømafbrydelse hos os i dag",
      """
Hej

Bare så I ved det: Elselskabet har varslet strømafbrydelse i hele vores område i dag fra kl. 9 til ca. 16, så vi er ikke online og kan ikke svare på jeres spørgsmål i sag #70412 før i morgen. Lad være med at lukke sagen, vi vender tilbage.

Mvh
Gitte Brandt
Brandt Autolakering
""")
    m(B, "da", "n10", "", "Municipal IT asks whether they must do anything around the planned service window",
      "Servicevindue natten til søndag",
      """
Hej

Jeg kan se på jeres statusside, at der er planlagt servicevindue natten til søndag den 29. november kl. 01-03. Skal vi gøre noget på vores side, fx genstarte vores connector bagefter, eller kører det hele bare videre af sig selv?

Venlig hilsen
Søren Bech
IT-drift, Varde Kommune
""")
    m(B, "da", "n11", "", "Resolved: it works again, held mail arrived, close the case, above the quoted incident notice (base64)",
      "Sv: Sag #70190",
      """
Hej igen

Det virker igen hos os, tak for hjælpen! Alle kan logge ind, og de tilbageholdte mails er kommet ind. I må gerne lukke sagen.

God weekend (lidt tidligt, jeg ved det)
Maja

Den tir. 24. nov. 2026 kl. 10.05 skrev Curveball Support <support@example.com>:
> Hej Maja
> Vi har lige nu driftsforstyrrelser på portalen, og vores teknikere arbejder på sagen.
""", fmt="b64")
    m(B, "da", "n12", "", "Procurement consultant's tender questions: what happens if the platform goes down, failover, SLA credits",
      "Spørgsmål til udbud – oppetid",
      """
Hej

Vi er ved at lave et udbud på mailfiltrering og har et par spørgsmål: Hvad sker der med vores mails, hvis jeres platform går ned? Har I failover til et andet datacenter, og hvor længe kan mails ligge i kø? Og hvilken oppetid garanterer I i SLA'en, og hvordan bliver kunderne kompenseret, hvis den ikke overholdes?

Med venlig hilsen
Lotte Vinther
Indkøbskonsulent, Sydsjællands Forsyning
""")
    # ---- hard negatives: legal-threat ----
    m(B, "da", "n13", "", "Law firm office head asks about routing DMARC reports; confidentiality footer (alt)",
      "DMARC-rapporter",
      """
Kære Curveball

Vi modtager dagligt mange DMARC-rapporter i vores fælles postkasse og vil gerne have dem sendt til en separat adresse i stedet. Kan det sættes op i jeres løsning, eller skal det ændres i vores DNS? Vores IT-leverandør står klar til at foretage ændringen.

Med venlig hilsen

Charlotte Munk
Kontorchef
Munk & Grønbech Advokatpartnerselskab

Denne e-mail kan indeholde fortrolige oplysninger og kan være omfattet af advokaters tavshedspligt. Hvis du har modtaget den ved en fejl, bedes du straks underrette afsenderen og slette den. Advokatfirmaet modtager ikke processkrifter pr. e-mail.
""", fmt="alt")
    m(B, "da", "n14", "", "Former customer's polite Article 15 access request, no threat",
      "Indsigt i mine oplysninger",
      """
Hej

Jeg vil gerne bede om indsigt i, hvilke personoplysninger I har registreret om mig, jf. databeskyttelsesforordningens artikel 15. Jeg var kunde hos jer fra 2021 til 2024 med mailadressen vibeke.h@jubii.example. En kopi som PDF er fint.

På forhånd tak
Vibeke Hald
""")
    m(B, "da", "n15", "", "Carpenter's landlord threatens the housing court; they ask for logs of a possibly quarantined notice",
      "Log over mail fra udlejer",
      """
Hej

Vores udlejer påstår, at han sendte os en varsling om huslejestigning den 2. oktober, og at fristen for indsigelse nu er overskredet. Han truer med at tage sagen i boligretten. Vi har aldrig set mailen – vi har en mistanke om, at den røg i karantæne og blev slettet automatisk.

Kan I se i jeres log, om der kom en mail fra udlejer@ejendomsselskabet-aros.example omkring den dato, og hvad der skete med den? Det ville hjælpe os meget over for udlejeren.

Venlig hilsen
Mikkel Vang
Vang Tømrer & Snedker
""")
    m(B, "da", "n16", "", "Supplier registration needs company details; the 'Legal notice' page link is a 404",
      "Jeres 'Legal notice'-side",
      """
Hej

Vi er ved at oprette jer som leverandør i vores økonomisystem og skal bruge jeres fulde selskabsnavn, CVR/VAT-nummer og adresse. Linket til "Legal notice" nederst på jeres hjemmeside giver en 404. Kan I sende oplysningerne eller rette linket?

Mvh
Tina Holt
Kreditorbogholderiet, Holt Gruppen
""")
