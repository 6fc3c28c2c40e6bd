"""devset20 validation, batch b1: English, German, Danish (measure only; see _gen.py)."""

B = "b1"


def add_b1(m):
    _en(m)
    _de(m)
    _da(m)


# ---------------------------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------------------------
def _en(m):
    L = "en"

    # --- abusive -------------------------------------------------------------------------------
    m(B, L, "a1", "A",
      "Night manager of a small Lake District hotel: icy contempt at a named agent, no swear words",
      "Re: Channel manager not pushing rates - case 20931",
      """
Kevin,

I've now explained three times, in words a child could follow, that the rates for the Garden Suites are not reaching Booking.com. Three times you've sent me the same article about clearing my browser cache.

I run a 14-room hotel at night, on my own, and I genuinely don't have the patience to coach you through your own job. Is there anyone over there with a working brain, or do you just hire whoever can copy and paste? A reasonably clever parrot would have escalated this by now.

Put someone competent on it. Not you.

Fiona Drummond
Night Manager, The Larches, Keswick
""")

    m(B, L, "a2", "A",
      "One-line phone reply above the auto-acknowledgement: obfuscated profanity at the support staff",
      "Re: Ticket #88213",
      """
third time asking. refund the £39 or tell me why not. you lot are useless f***ing clowns honestly

Sent from my iPhone

> On 24 Nov 2026, at 16:02, Support <support@example.com> wrote:
>
> Hi Jordan, thanks for your patience. We're looking into your request and
> will get back to you within 2 business days.
""")

    m(B, L, "a3", "A",
      "Gym owner's long rambling mail (billing, widget); in the middle a threat to break the sales rep's jaw",
      "membership billing + your sales guy",
      """
Hi,

So a few things, sorry this is long. First, the direct debit run on the 1st went out twice for about 40 of our members at Ironworks Gym, I've refunded them myself out of the business account and I need you to confirm it won't happen again on the 1st of December because I can't keep doing that. Our bank charged us for the returns as well.

Second, the class timetable widget on our site still shows Sunday spin at 9 when it's at 10, I've changed it in the admin twice and it goes back.

Third and honestly the reason I'm writing: your sales rep, Darren something, promised me on the phone in September that the Pro tier included the member app for free. It doesn't. He knew it didn't. He lied to my face to close the deal. You can tell Darren from me that if he ever turns up at my gym again I'll break his jaw, and I mean that.

Anyway. Please sort the direct debit thing before the 1st.

Marcus Okafor
Owner, Ironworks Gym, Leeds
""", fmt="qp")

    m(B, L, "a4", "AL",
      "Senior partner of an accountancy firm, reply above Outlook history: insults the billing staff and announces a letter before action / county court",
      "RE: Invoice INV-2026-10-0417 - disputed",
      """
Ms Patel,

Your latest reply is frankly insulting. You people have invoiced us for 35 seats when we have 22, you've ignored two written disputes, and now you send me a form letter telling me to raise it with my account owner. I am the account owner. Does anyone in your billing department possess the basic competence to count to twenty-two, or is that too much to ask of a bunch of overpaid halfwits?

Since you evidently don't read email, I'll put it simply: refund the overcharge of £2,418.60 by 5 December or our solicitors will send you a letter before action the following week, and we will issue proceedings in the county court.

Gerald Whitcombe FCA
Senior Partner
Whitcombe Lane Chartered Accountants

-----Original Message-----
From: Billing Support <billing@example.com>
Sent: 24 November 2026 11:12
To: Gerald Whitcombe
Subject: RE: Invoice INV-2026-10-0417 - disputed

Dear Gerald,

Thank you for getting in touch. For changes to your licence count please raise this with your account owner, who can adjust seats under Settings > Billing.

Kind regards,
Anjali Patel
Billing Support
""")

    # --- legal threat --------------------------------------------------------------------------
    m(B, L, "l1", "L",
      "Dental practice manager, formal final notice: refund duplicate charges or claim via Money Claim Online (no 'lawyer' word)",
      "Final notice - duplicate charges, Brightsmile Dental (acct 44172)",
      """
Dear Sir or Madam,

I am writing on behalf of Brightsmile Dental Practice regarding duplicate subscription charges taken from our account in August, September and October 2026 (£380.00 each time, £1,140.00 in total). Copies of our bank statements were sent to you on 21 October and again on 6 November. Your team acknowledged receipt both times and nothing has been refunded.

Please treat this as our final request. If the full £1,140.00 is not back in our account within 14 days of this email, we will issue a claim against your company through Money Claim Online without further correspondence, and we will add statutory interest and the court fee to it.

I would much rather this was simply resolved.

Yours faithfully,

Helen Marsh
Practice Manager
Brightsmile Dental Practice, 12 Abbey Road, Reading
""")

    m(B, L, "l2", "L",
      "Befriending charity: volunteer records exposed to other tenants; will report the company to the ICO, trustee-solicitor advising",
      "Serious data incident - volunteer records exposed",
      """
To whom it may concern,

On Friday one of our volunteer coordinators noticed that the "Shared contacts" view in your platform was showing the names, phone numbers and DBS check dates of our volunteers to at least two other charities that use your service. We reported it the same afternoon (your ref. 77120). It is now Wednesday and we have had no explanation, no confirmation that the exposure has stopped, and no word on how many records were affected.

We work with vulnerable adults and we take this extremely seriously. Our trustees met last night. Unless we receive a full written account of the incident by close of business tomorrow, we will report your company to the Information Commissioner's Office ourselves, and one of our trustees, who is a solicitor, is already advising us on a claim.

Regards,
Ruth Abernethy
Operations Lead, Harbour Lights Befriending
Registered charity no. 1123456
""", fmt="html")

    m(B, L, "l3", "L",
      "Australian florist, casual: cancelled plan still charged; NSW Fair Trading complaint half filled in, then NCAT",
      "cancelled in July still being charged",
      """
G'day,

Cancelled our plan back in July (got the confirmation email, have it right here) and you've taken $89 off the card every month since. Aug, Sep, Oct, Nov, so $356. Rang twice, was told it'd be "looked into".

Not mucking around anymore. I've got the NSW Fair Trading complaint form half filled in and if that doesn't sort it, it's going to NCAT. Refund the $356 this week and I'll bin the form.

Shaz
Coastal Bloom Florist, Kiama

Sent from my Samsung Galaxy
""")

    m(B, L, "l4", "L",
      "Freight company procurement head: formal notice of breach under the MSA, remedy in 30 days or termination and arbitration",
      "Formal notice of breach - Master Services Agreement ref. MSA-0192",
      """
Dear Account Director,

This letter constitutes formal notice under clause 14.2 of the Master Services Agreement between Northgate Freight Ltd and your company dated 3 March 2025.

Over the past eight weeks the service has failed to meet the availability commitment in Schedule 2 on three occasions, totalling 19 hours (your references 61002, 61877 and 62340). The service credits due under Schedule 3 have not been applied despite our requests of 2 October and 30 October.

You have 30 days from the date of this notice to remedy the breach and apply the credits. If you fail to do so, Northgate Freight will terminate the agreement for cause and refer its claim for the credits and its consequential losses to arbitration under clause 22.

Please acknowledge receipt of this notice in writing.

Yours sincerely,

Priya Raman
Head of Procurement
Northgate Freight Ltd, registered in England and Wales No. 04412210

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
""", fmt="alt")

    # --- account ownership ---------------------------------------------------------------------
    m(B, L, "w1", "W",
      "District council officer after local government reorganisation: move a parish council's workspace into their org and make him super-admin",
      "Transfer of Ashby Parish Council workspace",
      """
Hello,

Following the local government reorganisation, Ashby Parish Council's services were absorbed into Northwold District Council on 1 October. Ashby had its own workspace with you (ashby-parish, on the Standard plan I believe), which was set up by their former clerk.

We need that workspace moved into our organisation account, and I need to be made super-admin of it so our IT team can manage the users and the retention settings. The former clerk's login should be removed. I can send you the reorganisation order if that helps.

Could you let me know what you need from us to hand it over?

Thanks,
Dev Chauhan
Digital Services Officer
Northwold District Council

This email may contain information which is privileged or confidential. It is intended for the named recipient only. Northwold District Council monitors emails for lawful business purposes.
""")

    m(B, L, "w2", "W",
      "PA writing for her travelling MD: wants to log into his mailbox and have his verification texts switched to her mobile",
      "Mr Hartley - mailbox access while travelling",
      """
Hi there,

I'm PA to Richard Hartley (richard.hartley@hartleyestates.co.uk), our Managing Director. He's in Singapore and then Sydney until mid December and has asked me to look after his inbox on your system while he's away.

Could you please set me up so I can log straight into his mailbox (I'm jess.moore@hartleyestates.co.uk), and switch the verification code texts on his account to my mobile, 07700 900418? At the moment every time I try, it sends a code to his phone, and with the time difference he's asleep.

He's happy with this, I can get him to reply to confirm when he wakes up if you really need that.

Many thanks,
Jess Moore
PA to the Managing Director, Hartley Estates
""", fmt="qp")

    m(B, L, "w3", "W",
      "Pasted live-chat transcript: self-styled head-office IT wants the finance director's MFA moved to his own number",
      "Fwd: chat transcript - please action",
      """
Hi, your live chat timed out before anyone finished this, so I'm pasting it below. Please action asap.

--- Chat transcript 25/11/2026 ---
[09:02] Visitor (Tom, IT - Caldwell Group): hi, I'm in head office IT at Caldwell Group
[09:02] Visitor: our finance director Angela Reyes (a.reyes@caldwellgroup.com) has a new phone and is locked out, she's in a board meeting all day
[09:03] Agent (Sam): Hi Tom, sorry to hear that. Is Angela able to contact us herself?
[09:04] Visitor: not today. can you remove her authenticator and put the MFA on my number +44 7700 900127 so I can get her in? payroll has to go out by 12
[09:05] Visitor: I have full authorisation, it's urgent
[09:07] Agent (Sam): I'll need to check this with a colleague, one moment please.
[09:19] --- Chat ended (inactivity) ---

Tom
""")

    m(B, L, "w4", "W",
      "Web contact-form submission: digital agency wants their client's shop transferred to the agency as primary owner",
      "[Contact form] Account change request",
      """
New submission from the contact form on your website:

Name: Lewis Grant
Company: Pixelhouse Digital
Email: lewis@pixelhouse.digital
Phone: 0131 496 0021
Topic: Account / billing
Store ID: 55123 (Mackie's Kitchenware)

Message:
We built and run the Mackie's Kitchenware shop for the client. Mr Mackie isn't technical and would rather we looked after the whole thing, so please transfer ownership of store 55123 to our agency login (lewis@pixelhouse.digital) and make us the primary owner, billing included. He can stay on as a staff user. He's fine with it, he just doesn't want to deal with any of it.

Consent: I agree to the privacy policy [x]
""", fmt="html")

    # --- outage --------------------------------------------------------------------------------
    m(B, L, "o1", "O",
      "Warehouse shift manager: every handheld and the office PC stuck on the loading spinner since 06:40 (symptoms, no 'down')",
      "URGENT scanners",
      """
Hi,

Every handheld in the Daventry warehouse has been sat on the loading spinner since about 06:40. Goods-in can't book a single pallet, pickers can't pull their lists, and it's the same on the desktop in the transport office: it gets to the splash screen with your logo and just goes round and round. It's not our wifi, we've tried two phones on 4G.

We've got 30 trailers due before noon. Please ring me on 01327 555192.

Kev Hollis
Shift Manager, Daventry DC
""")

    m(B, L, "o2", "O",
      "Irish hotel revenue manager: every guest clicking Book now gets a pasted 502 from the booking domain",
      "booking engine returning 502 for guests",
      """
Hello,

Since roughly 07:15 our guests get this when they click "Book now" on our website, from any browser and any country (we've had calls from Germany and the US):

502 Bad Gateway
nginx

Our front desk can't open the reservations calendar either, it just times out. Our web agency says our site is fine and the error is coming from your booking domain. Is there a problem on your side? We're losing direct bookings every minute this goes on.

Kind regards,
Aoife Brennan
Revenue Manager, Harbour House Hotel, Kinsale
""", fmt="b64")

    m(B, L, "o3", "O",
      "School data manager's follow-up: still no teacher in either building can open the gradebook, reports due tonight",
      "Re: [#55102] Gradebook not loading",
      """
Still the same at 13:50. None of the staff in either building can open the gradebook, it goes white straight after the login page. Reports go out to parents at 6 tonight so we really need this today.

Mrs A. Kowalczyk
Data Manager, St Bede's Catholic High School

On Wed, 25 Nov 2026 at 09:12, Mrs A. Kowalczyk wrote:
> Good morning, since the start of first period no teacher can get into the
> gradebook. Login works, then a blank white page. We've tried Chrome, Edge
> and the iPad app. Is something wrong your end?
""")

    m(B, L, "o4", "O",
      "Vet group administrator: invoice VAT question first, then as point 2 none of 17 staff at three surgeries can get past login",
      "VAT on October invoice + login problem",
      """
Hi,

Two things.

1) Our October invoice (INV-883201) seems to charge VAT twice on the SMS reminders add-on: once on the line itself and again in the total. Could you send a corrected invoice? Our VAT number is GB 123 4567 89.

2) Separately, and more urgently: since about 9 this morning none of us can get past the login page. All three surgeries, every vet and receptionist, 17 people. You type your password, it thinks for a second and drops you back on the login page with no error. Different browsers, cleared caches, same for everyone. We're doing appointments on paper.

Thanks,
Nadia
Practice Administrator, Hillside Vets (Ilkley, Otley & Burley)
""")

    # --- hard negatives --------------------------------------------------------------------------
    m(B, L, "n1", "",
      "Dog groomer swearing about the calendar sync and the update, not at any person",
      "calendar sync eating bookings AGAIN",
      """
Right, this bloody Google Calendar sync has done it again. Three appointments from Saturday just vanished off my calendar and I only found out when Mrs Hughes turned up with her cockapoo while I was out on a walk. Whatever you changed in last week's update has made the whole thing crap, honestly, it was fine before.

Can someone look at it? Account is pawsandclaws.grooming, the missing ones were Sat 21st at 10:00, 11:30 and 14:00.

Cheers
Becky
""")

    m(B, L, "n2", "",
      "Hamper shop owner quotes a courier driver's insult to her assistant and asks how to switch carrier",
      "Switching courier in shop settings",
      """
Hi,

Is there a way to change which courier your shipping integration uses for our local deliveries? The regional partner we've been put on (not Royal Mail, the other one) has been a nightmare. Yesterday the driver turned up an hour late, and when my assistant asked him to bring the boxes round the back he called her a "stupid little cow" and left them on the pavement. I've complained to the courier company directly.

I'd just rather not use them any more. Can I pick a different carrier for LS6 and LS16 postcodes, or is it one carrier for everything?

Thanks,
Priti Shah
Spice Route Hampers
""")

    m(B, L, "n3", "",
      "Yarn shop owner, friendly feature request full of violent-sounding idioms",
      "feature request (begging, really)",
      """
Hi team,

Love the product, truly, but I'm going to lose my mind if I have to change 340 product prices one at a time again. Our supplier put everything up 4% and I spent Sunday night clicking. My husband threatened to throw the laptop in the canal.

Any chance of a bulk price edit, or even a CSV import that updates existing products? I'd happily beta test it. I'd sell a kidney for it, honestly.

Thanks!
Tamsin
The Little Yarn Shop
""")

    m(B, L, "n4", "",
      "Law firm's practice support manager asks about pro-rata seats and SSO; privilege disclaimer in signature",
      "Additional licences and SSO",
      """
Dear Support,

We are adding four trainee solicitors from 1 December. Could you confirm whether additional seats on our Professional plan are billed pro rata, and whether they can be provisioned automatically through our Entra ID single sign-on, or whether we need to invite them manually?

Kind regards,

Olivia Brandt
Practice Support Manager
Marlow Keane LLP | Solicitors

CONFIDENTIALITY AND PRIVILEGE: This email and any attachments are confidential and may be subject to legal professional privilege. If you are not the intended recipient, please notify us immediately and delete this email; any use, disclosure or copying is prohibited. Marlow Keane LLP is authorised and regulated by the Solicitors Regulation Authority (SRA no. 612345).
""", fmt="alt")

    m(B, L, "n5", "",
      "Former sole-trader customer: plain UK GDPR subject access request, no threat",
      "Subject access request",
      """
Dear Data Protection Officer,

Under Article 15 of the UK GDPR I would like a copy of the personal data you hold about me, including any call recordings and chat logs, and details of who you have shared it with. I used your service as a sole trader between 2022 and early 2026 under the account name "Coleman Carpentry".

My details: Daniel Coleman, 14 Mill Lane, Stroud, GL5 3AB, email dancoleman.carpentry@example.net.

I understand you have one month to respond. Please let me know if you need proof of identity.

Thank you,
Daniel Coleman
""")

    m(B, L, "n6", "",
      "Lettings agency in a deposit dispute with a former tenant needs the portal message history as evidence",
      "Need message history export - tenancy dispute",
      """
Hi,

We're a small lettings agency using your portal for tenant messaging. A former tenant is disputing his deposit deductions and says he'll take us to the tribunal, claiming we never told him about the end-of-tenancy inspection.

We did, through your portal, twice. Is there a way to export the whole message thread with him, with timestamps and read receipts, as a PDF we can submit to the deposit scheme? Property is Flat 3, 22 Grove Street.

Thanks,
Carla
Keystone Lettings
""")

    m(B, L, "n7", "",
      "Coffee shop owner wants her business partner made an admin too, staying owner herself",
      "add my business partner as admin",
      """
Hi, I'm the owner on our account (Two Rivers Coffee, both branches). My business partner Jamal needs to be able to do the rotas and payroll exports when I'm off. I've invited him as a user but he can't see the Admin menu. How do I make him an admin as well? I want to stay the owner.

Thanks
Ellie
""")

    m(B, L, "n8", "",
      "New office manager at an architects' practice asks who their account owner is so she can ask for an invite",
      "who manages our account?",
      """
Hello,

I've just started as office manager at Pennington Architects and I need access to the project timesheets. When I try to sign up with my work email it says our domain already has an account and I should "ask your account owner for an invite". Nobody here seems to know who that is!

Could you tell me who the owner of the pennington-arch account is (even just the name), so I can ask them to add me?

Many thanks,
Sophie Lund
""")

    m(B, L, "n9", "",
      "Elderly choir treasurer locked out of his own account after wrong passwords, reset email not arriving",
      "cannot get in",
      """
Dear Sir/Madam

I am the treasurer of Hollins Green Male Voice Choir and I look after our account with you myself. I think I have typed my password wrong too many times and now it says my account is locked for security. I did the forgotten password thing but the email has not come, I have looked in the junk.

My email is the one I am writing from. Could you please unlock it or send the reset again. I am 78 and not very good with these things so simple instructions please.

Yours sincerely
Arthur Pimblott
""")

    m(B, L, "n10", "",
      "Bookshop: their own street's broadband is out after a storm; asks whether offline till sales will sync",
      "tills offline - our internet",
      """
Hi, quick one. Our broadband at the Market Street shop has been dead since the storm last night (whole street, the Openreach van is outside now). The tills are in offline mode and still taking cards on the 4G backup. Will today's sales sync automatically when the line comes back, or do I need to do anything? Don't want to lose the stock counts.

Thanks
Raj, Hollow Tree Books
""")

    m(B, L, "n11", "",
      "School trust IT coordinator: incident resolved, everyone back in, close the ticket",
      "Re: [#60331] Portal not loading for our staff",
      """
All good now, it came back around 11:20 and everyone's in. Thanks for keeping us posted, you can close this one.

If there's a short incident summary at some point we'd like it for our IT file, but no rush.

Best,
Hannah Lowe
IT Coordinator, Fenwick Primary Academy Trust

> Update 10:58: our engineers have identified the cause and a fix is being rolled out.
""")

    m(B, L, "n12", "",
      "24-hour taxi firm asks what the announced Sunday maintenance window means for dispatch (legacy charset)",
      "Maintenance window on Sunday",
      """
Hello,

We got your email about planned maintenance this Sunday between 02:00 and 04:00 GMT. We're a 24-hour taxi firm and our night dispatchers take bookings through your system.

Will the dispatch screen be read-only during that window, or completely unavailable? If it's the latter we'll print the driver list and run on paper for two hours, we'd just like to know in advance. Also, will the £12/month SMS add-on still send the confirmations queued during that time afterwards?

Thanks,
Gareth Pryce
Operations, Valley Cars Pontypridd
""", charset="iso-8859-1")


# ---------------------------------------------------------------------------------------------
# German
# ---------------------------------------------------------------------------------------------
def _de(m):
    L = "de"

    # --- abusive -------------------------------------------------------------------------------
    m(B, L, "a1", "A",
      "Austrian innkeeper in dialect, from his phone: calls the support team idiots ('Vollkoffer')",
      "Re: Kassensystem Rechnung",
      """
Servus,

jetzt reicht's mir aber wirklich. Drei Mal hab ich euch g'schrieben, drei Mal kommt irgendein Textbaustein zurück. Seid's ihr eigentlich alle so deppert oder tut's ihr nur so? A Haufen Vollkoffer seid's, anders kann ich mir das nimmer erklären.

Ich will, dass die doppelte Abbuchung vom Oktober zurückkommt. 249 Euro. Punkt.

Franz Huber
Gasthof zur Post, Mondsee

Gesendet von meinem Huawei
""")

    m(B, L, "a2", "A",
      "Physiotherapy practice owner, icy formal contempt at a named support employee, no swear words",
      "Ihre Mitarbeiterin Frau Kessler",
      """
Sehr geehrte Damen und Herren,

ich wende mich an Sie, weil ein weiteres Gespräch mit Ihrer Mitarbeiterin Frau Kessler sinnlos wäre. In drei Telefonaten hat sie nicht verstanden, dass Ihre Online-Terminbuchung unsere Patienten auf bereits belegte Zeiten setzt. Stattdessen hat sie mir erklärt, wie man einen Browser neu startet. Mir, die seit 2009 eine Praxis mit elf Angestellten führt.

Man muss wohl froh sein, dass Frau Kessler den Telefonhörer richtig herum halten kann. Wer eine derart begriffsstutzige Person auf Kunden loslässt, legt offensichtlich keinen Wert auf Kunden. Ich erwarte einen Rückruf von jemandem mit Sachverstand, ausdrücklich nicht von ihr.

Mit freundlichen Grüßen
Dr. Sabine Lorenz
Physiotherapie am Stadtpark, Bielefeld
""", fmt="alt")

    m(B, L, "a3", "A",
      "Lowercase phone one-liner with obfuscated insult ('a*schl*cher') at the staff",
      "???",
      """
3 tage keine antwort ihr a*schl*cher. ich zahl doch nicht 60 euro im monat damit ihr pennt. ruft mich an

Von meinem iPhone gesendet
""")

    m(B, L, "a4", "A",
      "Leipzig bike shop owner cancelling: veiled but explicit threat to beat up the named sales rep outside the office",
      "Letzte Warnung an Herrn Brandt",
      """
Hallo,

ich hab die Schnauze voll. Ihr Herr Brandt aus dem Vertrieb hat mir im Sommer einen Vertrag aufgeschwatzt mit Versprechen, von denen nix stimmt, und jetzt, wo ich kündigen will, geht er nicht mehr ans Telefon.

Richten Sie ihm aus: Ich weiß, wo Ihr Büro in Leipzig ist, und ich weiß, wie er aussieht. Wenn ich ihn da vor der Tür erwische, braucht er hinterher einen Zahnarzt. Das ist kein Witz.

Kündigung anbei, zum nächstmöglichen Zeitpunkt.

Ronny Schulze
Zweirad Schulze, Leipzig-Connewitz
""", fmt="qp")

    # --- legal threat --------------------------------------------------------------------------
    m(B, L, "l1", "L",
      "Plumbing firm's bookkeeping, formal last deadline: otherwise application for a Mahnbescheid at the Mahngericht (legacy charset)",
      "Letzte Zahlungsaufforderung - Erstattung Rechnung 2026-0815",
      """
Sehr geehrte Damen und Herren,

mit Schreiben vom 14.10.2026 und 04.11.2026 haben wir Sie aufgefordert, die irrtümlich doppelt abgebuchte Jahreslizenz (Rechnung 2026-0815, 1.188,00 €) zu erstatten. Eine Erstattung ist bis heute nicht erfolgt.

Wir setzen Ihnen hiermit eine letzte Frist bis zum 09.12.2026 (Zahlungseingang). Nach fruchtlosem Ablauf dieser Frist werden wir ohne weitere Ankündigung den Erlass eines Mahnbescheids beim zuständigen Mahngericht beantragen. Die dadurch entstehenden Kosten gehen zu Ihren Lasten.

Mit freundlichen Grüßen

i. A. Monika Berger
Buchhaltung
Berger Haustechnik GmbH & Co. KG
Gewerbestraße 7, 87700 Memmingen
Registergericht: Amtsgericht Memmingen HRA 10234
""", charset="iso-8859-15")

    m(B, L, "l2", "L",
      "Consumer whose cancellation was ignored: Universalschlichtungsstelle application ready, otherwise Amtsgericht",
      "Kündigung ignoriert",
      """
Hallo,

ich habe mein Abo am 2. September fristgerecht über Ihr Formular gekündigt, die Bestätigungsmail habe ich. Trotzdem buchen Sie jeden Monat 14,99 ab. Ihre Hotline sagt, es liege keine Kündigung vor, Ihr Chat sagt, ich soll mich per Mail melden. Das mache ich hiermit zum dritten Mal.

Den Antrag bei der Universalschlichtungsstelle des Bundes habe ich heute ausgefüllt, er geht am Montag raus, wenn das Geld bis dahin nicht zurück ist. Wenn Sie sich auf die Schlichtung nicht einlassen, sehen wir uns eben vor dem Amtsgericht. Ich habe Zeit.

Jana Kowalski
""")

    m(B, L, "l3", "L",
      "Swiss hotel director (no ß): case handed to their Rechtsdienst, Betreibung if the prepayment is not refunded",
      "Rückerstattung Vorauszahlung Hotel Alpenrose",
      """
Grüezi

Am 30. Juni haben wir das Jahresabo für das Hotel Alpenrose gekündigt und die Vorauszahlung von CHF 2'340.– für das Restjahr zurückverlangt. Ihre Buchhaltung hat uns die Rückzahlung am 12. August schriftlich zugesichert. Passiert ist seither nichts.

Wir haben die Angelegenheit inzwischen unserem Rechtsdienst übergeben. Ist der Betrag bis am 10. Dezember nicht auf unserem Konto, leiten wir die Betreibung ein.

Freundliche Grüsse

Beat Zimmermann
Direktor
Hotel Alpenrose, Grindelwald
""")

    m(B, L, "l4", "L",
      "Food bank association: donor mailing sent with open recipient list; will report the processor to the state DPA and consider suing",
      "Spenderdaten an falsche Empfänger verschickt",
      """
Sehr geehrte Damen und Herren,

am Montag hat Ihr Newsletter-Modul unseren Dankesbrief an alle 1.800 Spenderinnen und Spender mit offenem Verteiler verschickt, also mit sämtlichen Adressen sichtbar im An-Feld. Wir hatten ausdrücklich den Einzelversand eingestellt, der Screenshot liegt Ihrem Ticket 55918 bei. Eine Antwort haben wir bis heute nicht.

Wir werden den Vorfall bis Donnerstag der Landesbeauftragten für den Datenschutz melden, mit dem ausdrücklichen Hinweis, dass der Fehler bei Ihnen als Auftragsverarbeiter liegt und Sie auf unsere Meldung nicht reagiert haben. Außerdem lässt unser Vorstand prüfen, ob wir den entstandenen Schaden gerichtlich gegen Sie geltend machen.

Mit freundlichen Grüßen
Katrin Vogt
Geschäftsführerin
Tafel Neckar-Alb e. V.
""", fmt="qp")

    # --- account ownership ---------------------------------------------------------------------
    m(B, L, "w1", "W",
      "Newly elected treasurer of a handball club: predecessor fell out and won't hand over; rewrite the account to him",
      "Vereinskonto TSV Unterhaching Handball - Zugang übertragen",
      """
Hallo liebes Support-Team,

ich bin seit der Jahreshauptversammlung am 14.11. neuer Kassenwart der Handballabteilung. Unser Konto bei euch (Mitgliederverwaltung und Beitragseinzug) läuft aber noch auf meinen Vorgänger, Herrn Pfaffinger, mit seiner privaten Mailadresse. Er hat sich mit dem Vorstand verkracht und rückt die Zugangsdaten nicht raus.

Könnt ihr das Konto bitte auf mich umschreiben und mich als Hauptnutzer eintragen? Seine Berechtigungen sollten dann weg sein. Das Protokoll der JHV mit meiner Wahl kann ich als PDF schicken.

Sportliche Grüße
Thomas Reindl
""")

    m(B, L, "w2", "W",
      "CEO-fraud style mail from 'the managing director at a trade fair': move the accounting login's 2FA to a new foreign number, don't ask accounting",
      "dringend / vertraulich",
      """
Guten Tag,

hier Dr. Albrecht, Geschäftsführer der Albrecht Logistik GmbH. Ich bin auf einer Messe in Dubai und komme nicht an mein Diensthandy, es liegt im Hotelsafe und der Code wird nicht angenommen.

Bitte stellen Sie die Zwei-Faktor-Anmeldung für den Zugang buchhaltung@albrecht-logistik.de sofort auf meine neue Nummer +971 50 123 4567 um, ich muss heute noch eine Zahlung freigeben. Bitte KEINE Rückfrage bei der Buchhaltung, Frau Seidel ist nicht eingeweiht, es geht um eine vertrauliche Übernahme.

Danke für die schnelle Erledigung.
Albrecht

Von meinem iPhone gesendet
""")

    m(B, L, "w3", "W",
      "Denglisch corporate IT lead: switch workspace owner to him while colleague is on parental leave, plus full access to the colleague's personal mailbox",
      "Owner-Wechsel Workspace Vertrieb-Süd + Mailbox-Zugriff",
      """
Hi zusammen,

kurzer Request von unserer Seite: Owner vom Workspace "Vertrieb-Süd" ist aktuell Markus Feldmann, der ist seit letzter Woche für 10 Monate in Elternzeit. Könnt ihr bitte den Owner auf mich switchen (s.yilmaz@helmbrecht-systems.de)? Ich bin Teamlead IT für den Standort München.

Zusätzlich brauch ich full access auf seine Shared Mailbox und auf sein persönliches Postfach, da laufen noch Kundenanfragen rein, die jemand abarbeiten muss. Ein Go vom Markus hol ich mir nicht extra, der ist offline und soll das auch bleiben.

Danke & Grüße
Serkan Yılmaz
IT Operations | Helmbrecht Systems GmbH
""")

    m(B, L, "w4", "W",
      "Holiday-flat co-owner after a split with her brother-in-law: rewrite his host account (owner, login, payout) to her",
      "Umschreibung Vermieterkonto Ferienwohnung Seeblick",
      """
Guten Tag,

die Ferienwohnung "Seeblick" in Bansin haben mein Schwager Jörg Kuhnert und ich bis zum Sommer gemeinsam vermietet. Das Vermieterkonto bei Ihnen hat damals er angelegt, auf seinen Namen und mit seiner Bankverbindung. Seit September gehört die Wohnung laut Notarvertrag allein mir.

Bitte schreiben Sie das Konto komplett auf mich um, also Inhaber, Login-Adresse und Auszahlungskonto, damit die Buchungen für 2027 bei mir ankommen. Mit Jörg rede ich nicht mehr, deshalb bitte direkt über mich. Den Grundbuchauszug schicke ich gern.

Mit freundlichen Grüßen
Heike Brandstätter
Usedom
""", fmt="b64")

    # --- outage --------------------------------------------------------------------------------
    m(B, L, "o1", "O",
      "Bakery chain: tills in all seven branches stuck on 'Synchronisiere Artikelstamm' since six (symptoms only)",
      "Kassen hängen in allen Filialen!!!",
      """
Guten Morgen,

in allen sieben Filialen stehen die Kassen seit kurz nach sechs auf "Synchronisiere Artikelstamm..." und kommen da nicht mehr raus. Neustart bringt nix, Kasse aus und an auch nicht. Wir verkaufen gerade mit Zettel und Taschenrechner, die Schlangen gehen bis auf die Straße.

Internet geht in allen Läden, das haben wir geprüft. Bitte sofort melden: 0911 555302 (Backstube).

Andrea Wölfl
Bäckerei Wölfl, Nürnberg
""")

    m(B, L, "o2", "O",
      "Design studio, casual: whole agency on three networks gets a pasted 503, asks if it's down for everyone",
      "503??",
      """
Hey, ist bei euch grad alles down oder liegt's an uns? Bei uns in der Agentur (8 Leute, 3 verschiedene Netze inkl. Handy-Hotspot) kommt nur noch

503 Service Temporarily Unavailable

Eure Statusseite sagt alles grün. Wir haben um 11 eine Kundenpräsentation im Tool...

LG Mia
Kollektiv Blau – Designstudio
""")

    m(B, L, "o3", "O",
      "Town hall IT follow-up above Outlook history: after the cache advice still a white dashboard on all 23 workstations",
      "AW: Ticket 30117 – Dashboard lädt nicht",
      """
Hallo Herr Demir,

leider keine Besserung. Auch nach Ihrem Hinweis von 10:40 bekommt hier im Rathaus niemand das Dashboard zu sehen, weder im Bürgerbüro noch im Standesamt noch bei uns in der IT. Man meldet sich an, sieht kurz das Menü, dann wird die Seite weiß. Das betrifft alle 23 Arbeitsplätze, verschiedene Browser, Cache ist überall geleert.

Die Bürger warten, wir vergeben Termine gerade per Telefonliste.

Mit freundlichen Grüßen
Jürgen Maier
Stadtverwaltung Bad Waldsee, Fachbereich IT

-----Ursprüngliche Nachricht-----
Von: Support
Gesendet: Mittwoch, 25. November 2026 10:40
An: Maier, Jürgen
Betreff: Ticket 30117 – Dashboard lädt nicht

Sehr geehrter Herr Maier,

bitte leeren Sie den Browser-Cache und versuchen Sie es erneut. Sollte das Problem weiterhin bestehen, melden Sie sich gern.

Viele Grüße
Emre Demir
""", fmt="html")

    m(B, L, "o4", "OL",
      "Haulage MD: route planning and driver app dead for all dispatchers and 64 trucks since 05:10; lawyers instructed, suit if not up by 10",
      "Tourenplanung seit 5 Uhr tot - Schadensersatz",
      """
Sehr geehrte Damen und Herren,

seit 05:10 Uhr heute früh ist die Tourenplanung für unsere gesamte Disposition nicht nutzbar. Keiner der zwölf Disponenten an beiden Standorten (Kassel und Erfurt) kann Touren anlegen oder an die Fahrer übermitteln, die Fahrer-App zeigt auf allen 64 Fahrzeugen "Keine Verbindung zum Server". Unsere Lkw stehen auf dem Hof.

Wir haben um 05:30, 06:15 und 07:00 Uhr angerufen und jedes Mal nur die Bandansage gehört.

Jede Stunde Stillstand kostet uns einen fünfstelligen Betrag. Ich teile Ihnen hiermit mit, dass wir unsere Anwälte beauftragt haben, Schadensersatzansprüche gegen Sie zu prüfen und durchzusetzen. Läuft das System um 10 Uhr nicht wieder, wird Klage eingereicht.

Hartmut Scholz
Geschäftsführer
Scholz Transporte GmbH
""")

    # --- hard negatives --------------------------------------------------------------------------
    m(B, L, "n1", "",
      "Chandlery owner in Kiel swearing (starred) about the update that broke the DATEV export, not at people",
      "Update hat Export zerschossen",
      """
Moin,

euer Sch***-Update von gestern hat mal wieder den DATEV-Export zerschossen. So ein Mist, echt. Die CSV hat jetzt Semikolons UND Kommas drin und der Import bei unserem Steuerbüro bricht ab. Ich krieg echt die Krise mit dem Ding.

Könnt ihr das bitte fixen oder mir sagen, wie ich an die alte Exportversion komme? Monatsabschluss ist Freitag.

Gruß aus Kiel
Jens Petersen
Petersen Bootsbedarf
""")

    m(B, L, "n2", "",
      "Property management owner, sarcastic about the new design (a feature), no insult to anyone",
      "Neues Design",
      """
Ganz großes Kino, das neue Design. Wirklich. Endlich muss ich dreimal klicken statt einmal, um eine Rechnung zu öffnen, und der PDF-Button hat sich so gut versteckt, dass ich ihn erst nach zehn Minuten gefunden habe. Bravo. Wer braucht schon Kontrast, grau auf grau ist ja auch schön.

Ernsthaft: Gibt es eine Möglichkeit, zur alten Ansicht zurückzuschalten? Meine Mitarbeiterinnen kommen mit dem neuen Layout überhaupt nicht zurecht.

Viele Grüße
Gisela Hartmann
Hartmann Immobilienverwaltung
""")

    m(B, L, "n3", "",
      "Parent-run daycare board quotes a father's insults in the parents' chat and asks how to block him without losing data",
      "Beleidigende Nachrichten im Eltern-Chat – Nutzer sperren?",
      """
Hallo,

wir sind eine Elterninitiative und nutzen Ihre App für die Kommunikation mit den Eltern. Ein Vater schreibt seit Tagen in den Gruppen-Chat Dinge wie „die Erzieherinnen sind faule Schmarotzer“ und hat einer Kollegin privat geschrieben, sie sei „zu blöd zum Windelwechseln“. Der Vorstand hat beschlossen, ihn aus dem Chat zu nehmen.

Wie können wir ihn sperren, ohne dass die Daten seines Kindes (Abholberechtigungen usw.) verloren gehen? Und lassen sich seine Nachrichten für unsere Unterlagen exportieren?

Danke und viele Grüße
Lena Brückner
Vorstand, Kinderladen Sonnenkäfer e. V.
""")

    m(B, L, "n4", "",
      "Law firm asks where data is hosted for its professional-secrecy documentation; secrecy disclaimer (legacy charset)",
      "Frage zum Speicherort der Daten",
      """
Sehr geehrte Damen und Herren,

wir nutzen Ihre Software seit Oktober für die Terminverwaltung unserer Kanzlei. Für unsere berufsrechtliche Dokumentation (§ 43e BRAO) benötigen wir eine Bestätigung, in welchem Rechenzentrum die Daten gespeichert werden und ob Unterauftragnehmer außerhalb der EU eingesetzt werden. Gibt es dafür ein Standarddokument?

Mit freundlichen Grüßen

Dr. Claudia Weiß
Rechtsanwältin
Weiß & Kollegen Rechtsanwälte PartG mbB
Königsallee 12, 40212 Düsseldorf

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten und unterliegt der anwaltlichen Schweigepflicht. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.
""", charset="iso-8859-1")

    m(B, L, "n5", "",
      "Former customer: short Art. 17 GDPR erasure request, no threat",
      "Löschung meiner Daten nach Art. 17 DSGVO",
      """
Guten Tag,

ich habe mein Kundenkonto (Kundennummer 208-44713) zum 31.10. gekündigt. Bitte löschen Sie gemäß Art. 17 DSGVO sämtliche zu meiner Person gespeicherten Daten, soweit keine gesetzlichen Aufbewahrungspflichten entgegenstehen, und bestätigen Sie mir die Löschung kurz per E-Mail.

Vielen Dank und freundliche Grüße
Walter Henning
""")

    m(B, L, "n6", "",
      "Travel startup: their own data-protection lawyer reviewed the DPA (AVV) and has three questions before signing",
      "AVV – Rückfragen unserer Rechtsberatung",
      """
Hallo,

bevor wir auf den Business-Tarif wechseln, hat sich unser externer Datenschutzanwalt Ihren Auftragsverarbeitungsvertrag angesehen. Er hat drei Punkte angemerkt:

1. In Anlage 2 fehlt die Angabe, wo die Backups liegen.
2. Die Frist für die Meldung von Datenpannen („unverzüglich“) hätte er gern konkret, z. B. 48 Stunden.
3. Ist die Löschung nach Vertragsende auch für Log-Daten vorgesehen?

Können Sie uns dazu eine Rückmeldung oder eine angepasste Fassung schicken? Dann unterschreiben wir noch diese Woche.

Beste Grüße
Lukas Engel
Co-Founder, Fernweh Reisen GmbH
""")

    m(B, L, "n7", "",
      "Dentist who owns the account wants to add her new practice manager as second administrator, staying owner",
      "Zweite Administratorin",
      """
Hallo,

ich bin Inhaberin des Kontos (Zahnarztpraxis Dr. Ölmez). Ab Januar übernimmt meine neue Praxismanagerin, Frau Schubert, die Dienstpläne. Ich möchte sie als zweite Administratorin hinzufügen, selbst aber Inhaberin bleiben. In den Einstellungen sehe ich nur „Mitarbeiter einladen“. Reicht das, oder muss ich die Rolle danach ändern?

Freundliche Grüße
Dr. Aylin Ölmez
""")

    m(B, L, "n8", "",
      "Landscaping apprentice: workspace invitation link expired, boss on holiday",
      "Einladungslink abgelaufen",
      """
Hallo, ich hab von meiner Chefin eine Einladung in den Workspace von Grünwerk Landschaftsbau bekommen, aber als ich heut draufgeklickt hab stand da „Dieser Link ist abgelaufen“. Sie ist jetzt bis Montag im Urlaub. Kann man den Link irgendwie verlängern oder muss sie mich neu einladen?

Danke!
Leon
""")

    m(B, L, "n9", "",
      "Electrician changes his own login address after the company renamed its domain",
      "Änderung meiner Login-Adresse",
      """
Guten Tag,

unsere Firma heißt seit 1. November nicht mehr „Maurer Elektro“, sondern „Maurer Energietechnik“, und die Mailadressen wurden umgestellt. Mein Login ist noch k.maurer@maurer-elektro.de, ich möchte ihn auf k.maurer@maurer-energietechnik.de ändern. Die alte Adresse funktioniert noch bis Jahresende. Wo mache ich das, oder müssen Sie das machen?

Viele Grüße
Klaus Maurer
""")

    m(B, L, "n10", "",
      "GP reception: power cut in their own building, the site works fine on the phone; how to pause online booking",
      "Bei uns kein Strom – Termine heute",
      """
Hallo,

kurze Info bzw. Frage: Bei uns im Ärztehaus ist seit 8 Uhr der Strom weg, die Baustelle nebenan hat ein Kabel erwischt, die Stadtwerke sagen frühestens 14 Uhr. Wir kommen also am PC nicht an Ihr System.

Kann ich die Online-Terminbuchung für heute irgendwie vom Handy aus deaktivieren, damit keine Patienten mehr für heute Vormittag buchen? Auf dem Handy geht Ihre Seite ganz normal.

Danke
Sandra, Anmeldung Hausarztpraxis Dr. Kemper
""")

    m(B, L, "n11", "",
      "Outdoor shop asks for the SLA credit for an API incident listed in the October status report; everything works now",
      "SLA-Gutschrift Oktober",
      """
Hallo,

laut Ihrem Statusbericht für Oktober gab es am 14.10. zwischen 9:20 und 12:05 Uhr eine Störung der API. Davon waren wir betroffen (Shop-Synchronisation). Nach unserem Vertrag (99,9 %) steht uns dafür eine Gutschrift zu. Können Sie die bitte mit der Dezember-Rechnung verrechnen?

Aktuell läuft alles einwandfrei, es geht nur um die Abrechnung.

Gruß
Tobias Kern
Kern Outdoor GmbH
""")

    m(B, L, "n12", "",
      "Graz tax office employee: calendar empty only for her, colleagues see everything",
      "Kalender bleibt leer – nur bei mir",
      """
Hallo,

seit heute Morgen zeigt mir der Kalender in der Web-Version keine Termine mehr an, nur das leere Raster. Meine Kolleginnen sehen alles ganz normal, auch meine Termine. Ich hab schon den Cache geleert und es in Firefox und Edge probiert. Am Handy geht's.

Kann das an meinem Benutzerprofil liegen?

Viele Grüße
Marlene Auer
Steuerberatung Auer & Partner, Graz
""", fmt="html")


# ---------------------------------------------------------------------------------------------
# Danish
# ---------------------------------------------------------------------------------------------
def _da(m):
    L = "da"

    # --- abusive -------------------------------------------------------------------------------
    m(B, L, "a1", "A",
      "Plumber in Vejle waiting 11 days for a credit note: calls them all incompetent idiots, names the agent",
      "Re: Sag 40122",
      """
Hej

Nu har jeg ventet 11 dage på at I retter den faktura. 11 dage! I er simpelthen nogle inkompetente idioter allesammen, og ham Mikkel der tog telefonen i går er den største af dem. Han grinede ad mig.

Send en kreditnota NU.

Bo Sørensen
Sørensens VVS ApS, Vejle
""")

    m(B, L, "a2", "A",
      "Free-school head, formal and cutting: contempt for the support staff's intelligence, no swear words",
      "Jeres 'support'",
      """
Kære såkaldte supportafdeling

Jeg har nu fået fire svar fra fire forskellige af jer, og ingen af jer har læst min mail. Det er næsten imponerende. Man skulle tro, I bliver ansat efter evnen til ikke at forstå dansk, når det er skrevet i hele sætninger.

Lad mig prøve igen, langsomt, så selv jeres medarbejdere kan følge med: Vi bliver faktureret for 212 elever. Vi har 168.

Jeg forventer, at en voksen person med en fungerende hjerne tager sig af sagen.

Med venlig hilsen
Inger Kjærgaard
Skoleleder, Hvidbjerg Friskole
""", fmt="qp")

    m(B, L, "a3", "A",
      "Young customer's phone message: obfuscated insults ('r*ven', 'f*cking svindlere') at the company staff",
      "refund",
      """
hvor er mine penge?? har skrevet 4 gange nu. i kan rende mig i r*ven allesammen, f*cking klamme svindlere

sendt fra min iPhone
""")

    m(B, L, "a4", "A",
      "Kiosk owner in Aalborg: installer smashed the counter; threatens him with a beating if he comes back",
      "jeres tekniker",
      """
Hej

Jeres tekniker, ham den høje med skægget, var ude og installere kasseterminalen i vores kiosk i fredags. Han smadrede glasdisken, gik uden at sige noget, og terminalen virker stadig ikke.

I kan hilse ham og sige, at hvis han nogensinde sætter sine ben i min butik igen, så får han nogle tæsk han sent glemmer. Send en anden.

Kasem
Kasems Kiosk, Vesterbro, Aalborg
""", fmt="b64")

    # --- legal threat --------------------------------------------------------------------------
    m(B, L, "l1", "L",
      "Elderly woman in Ribe: cancelled by phone, still charged; will complain to Forbrugerklagenævnet via Nævnenes Hus",
      "Klage over abonnement",
      """
Til kundeservice

Jeg opsagde mit abonnement den 3. august pr. telefon, og jeres medarbejder bekræftede opsigelsen. Alligevel er der trukket 129 kr. på mit kort i både september, oktober og november.

Jeg har nu skrevet tre gange uden at få svar. Hvis pengene, i alt 387 kr., ikke er ført tilbage inden den 5. december, indgiver jeg en klage til Forbrugerklagenævnet gennem Nævnenes Hus. Jeg har gemt alle mine kontoudtog.

Venlig hilsen
Gudrun Mikkelsen
Ribe
""")

    m(B, L, "l2", "L",
      "Audit firm bookkeeper, formal last reminder: betalingspåkrav to the fogedret without further notice (legacy charset)",
      "Sidste rykker - tilbagebetaling af forudbetalt licens",
      """
Til økonomiafdelingen

Vi henviser til vores mails af 2. oktober og 28. oktober 2026 vedrørende tilbagebetaling af forudbetalt licens for perioden 1.10.2026-30.9.2027, i alt kr. 18.750,00 ekskl. moms, som I skriftligt har accepteret at tilbagebetale i forbindelse med opsigelsen.

Beløbet er ikke modtaget. Såfremt beløbet ikke er indgået på vores konto senest den 9. december 2026, vil vi uden yderligere varsel indgive betalingspåkrav til fogedretten og kræve renter efter renteloven samt kompensationsgebyr.

Med venlig hilsen

Lone Dalgaard
Bogholder
Dalgaard & Friis Revision ApS
CVR 12345678
""", charset="iso-8859-1")

    m(B, L, "l3", "L",
      "Municipal legal consultant: children's case notes visible to another municipality; report to Datatilsynet Friday, damages reserved",
      "Borgeroplysninger vist for forkert kommune - sag 2026-11-0347",
      """
Til rette vedkommende

Nørreå Kommune, Center for Børn og Familie, konstaterede mandag, at sagsnotater fra vores underretningsmodul var synlige for sagsbehandlere i en anden kommune, der bruger samme løsning. Vi meldte hændelsen til jer samme dag (jeres sag 88514), men har endnu ikke modtaget nogen redegørelse.

Da der er tale om følsomme oplysninger om børn, har kommunens databeskyttelsesrådgiver besluttet, at vi fredag indgiver anmeldelse til Datatilsynet, og at det af anmeldelsen vil fremgå, at jeres håndtering og svartid har været utilstrækkelig. Kommunen vil desuden rejse erstatningskrav mod jer for de omkostninger, sagen påfører os.

Vi forventer en skriftlig redegørelse senest torsdag kl. 12.

Med venlig hilsen
Mette Lykke Andersen
Juridisk konsulent
Nørreå Kommune
""", fmt="html")

    m(B, L, "l4", "AL",
      "Agricultural contractor in West Jutland: calls the salesman a liar and the company con men; his lawyer will send a påkrav, then court",
      "GPS-abonnement - nu er det nok",
      """
Jeg har 3 traktorer med jeres GPS-styring, og hele høsten har korrektionssignalet på mine maskiner været ustabilt. Jeres sælger lovede 2 cm nøjagtighed. Han er en løgnhals, og resten af jer er en flok plattenslagere der kun er gode til at sende regninger.

Jeg har givet sagen til min advokat i Herning i morges. I får et påkrav fra ham om tilbagebetaling af abonnementet for 2026, og betaler I ikke, så går den i retten.

Niels Ove Kristensen
Kristensens Maskinstation, Sdr. Felding
""")

    # --- account ownership ---------------------------------------------------------------------
    m(B, L, "w1", "W",
      "Boarding-school IT lead: account created on a former teacher's private Gmail, wants it handed over to him as owner",
      "Overdragelse af skolens konto",
      """
Hej

Vores konto hos jer (Vestjysk Efterskole, kørselsplanlægning og elevbusser) blev i sin tid oprettet af en lærer, Henrik, på hans private Gmail. Henrik stoppede til sommer og bor nu i Norge, og han svarer ikke på sms.

Jeg er skolens IT-ansvarlige og vil gerne have, at I overdrager kontoen til mig, så jeg står som ejer og kan styre brugerne. Henriks adgang må gerne fjernes helt. Jeg kan sende en bekræftelse fra forstanderen, hvis det hjælper.

Mvh
Rasmus Thygesen
IT-ansvarlig, Vestjysk Efterskole
""")

    m(B, L, "w2", "W",
      "Farmer after a generational handover: write his father's herd-management account over to him, father to lose access",
      "generationsskifte - skriv kontoen over",
      """
Goddag

Min far, Poul Erik Vestergaard, har pr. 1. november overdraget gården ved Skive til mig ved generationsskifte. Hans konto hos jer med foderstyring og mælkedata står stadig i hans navn og på hans mail, og han har svært ved det med computeren.

Vil I skrive det hele over på mig, både abonnement, login og faktura, så det er mig der er ejer fremover? Far skal ikke have adgang mere. Jeg kan sende skødet.

Venlig hilsen
Anders Vestergaard
""")

    m(B, L, "w3", "W",
      "Freelance web designer, Danglish: move the client's shop-admin 2FA to his own mobile number",
      "2FA på kundes konto",
      """
Hej support

Jeg er freelance webdesigner og står for driften af webshoppen for en kunde (Hyldahl Keramik). Problemet er, at 2FA på hans admin-konto går til hans telefon, og han er ærlig talt elendig til at svare, så jeg sidder og venter i timevis på en kode hver gang jeg skal pushe en update.

Kan I ikke bare flytte 2FA'en over på mit nummer (+45 31 22 40 18)? Så slipper vi begge for bøvlet. Han er cool med det, han har sagt det mundtligt.

Cheers
Mads Lind
Lind Studio
""")

    m(B, L, "w4", "W",
      "16-year-old wants her older sister's gym-app membership account switched to her name, mail and phone",
      "overføre konto",
      """
hej

min storesøster har et medlemskab i jeres app (fitness) men hun er flyttet til kbh og bruger det ikke. kan i ikke bare lave kontoen om til min, altså skifte navn og mail og telefon til mig så jeg kan bruge hendes medlemskab? hun har betalt til og med marts. hun ved det godt men hun svarer aldrig på sin mail 😅

mvh Freja (16)
""", fmt="alt")

    # --- outage --------------------------------------------------------------------------------
    m(B, L, "o1", "O",
      "Hair-salon chain: none of five salons can see today's bookings, white page, customer booking button spins (symptoms)",
      "ingen bookinger i nogen saloner",
      """
Hej

Vi har fem saloner (Klip & Kram i Odense, Svendborg, Nyborg, Middelfart og Faaborg), og ingen af dem kan se dagens bookinger. Kalenderen er bare en hvid side, og kunderne kan heller ikke booke på hjemmesiden, knappen drejer bare rundt. Det har stået på siden kl. 8.15.

Vi har ringet, men kommer ikke igennem. Ring venligst på 61 22 33 44.

Hilsen Trine
Klip & Kram
""")

    m(B, L, "o2", "O",
      "Travel agency, short phone mail without æøå: is it down for everyone, whole office gets error 500",
      "nede?",
      """
Er det nede for alle?? Hele kontoret (15 mand) far "500 Internal Server Error" nar vi logger ind. Bade pa kablet net og pa telefon.

/Kristoffer, Nordlys Rejser

Sendt fra min iPhone
""")

    m(B, L, "o3", "O",
      "Warehouse manager's follow-up: STILL nobody can scan, handhelds time out, office can't open orders, 3 hours",
      "Sv: Sag 7781 - lagersystem svarer ikke",
      """
Hej igen

Det virker STADIG ikke, og nu er der gået tre timer. Ingen af vores folk på lageret i Kolding kan scanne varer ud, håndscannerne siger bare "Timeout - prøv igen", og kontoret kan ikke åbne ordrelisten. Vi har 140 pakker, der skulle have været afsted med GLS kl. 14.

Hvad er status?

Mvh
Jesper Holm
Lagerchef, Nordic Outdoor Supply

Den 25. nov. 2026 kl. 10.02 skrev Jesper Holm:
> Hej, siden kl. 9.30 kan ingen af os komme ind i lagersystemet.
> Scannerne giver timeout og webudgaven loader ikke. Er der problemer hos jer?
""", fmt="qp")

    m(B, L, "o4", "O",
      "Municipal daycare admin: invoice credit-note question first, then no educators in three houses can log into the app, parents neither",
      "Faktura + problemer med appen",
      """
Kære support

Jeg skriver om to ting.

Først: Vi har modtaget faktura 2026-1193 for 4 institutioner, men Solsikken lukkede pr. 1. oktober, så vi burde kun betale for 3. Kan I sende en kreditnota for oktober og november? EAN-nummeret er det samme som før.

Dernæst, og det haster mere: I dag fra morgenstunden har ingen af pædagogerne i vores tre børnehuse kunnet logge ind i appen. De får bare en grå skærm med jeres logo, og forældrene kan heller ikke se dagens beskeder eller melde fravær. Det gælder både iPhone, Android og pc. Hvornår virker det igen?

Med venlig hilsen
Birgitte Lund
Administrativ medarbejder, Dagtilbud Nord, Fjordby Kommune
""")

    # --- hard negatives --------------------------------------------------------------------------
    m(B, L, "n1", "",
      "Carpenter firm swearing about the payroll run hanging again; rest of the program works, no insult to people",
      "lønkørsel hænger igen",
      """
For helvede, nu er lønkørslen gået i stå igen midt i det hele. Tredje gang denne måned. Det er fandeme for ringe, at det lortemodul skal være så ustabilt, jeg gider snart ikke mere.

Resten af programmet kører fint, det er kun lønkørslen for vores 23 medarbejdere, der hænger på "Beregner...". Kan I se, hvad der går galt? Firma: Hansen Tømrer & Snedker ApS.

Kim
""")

    m(B, L, "n2", "",
      "Florist, friendly feature request with hyperbolic idioms ('tear my hair out', 'bookkeeper will kill me')",
      "ønske: tastaturgenveje + mørk tilstand",
      """
Hej med jer

Ros først: Det nye fakturamodul er super. Men jeg river mig selv i håret over, at der ikke er tastaturgenveje. Jeg laver 60-70 fakturaer om dagen, og min højre hånd er ved at falde af af al den klikken. Min bogholder slår mig ihjel, hvis jeg beder hende taste flere af dem.

Kommer der genveje? Og hvis I nu er i gang, så ville en mørk tilstand være lidt af en drøm, mine øjne brænder ud ved 22-tiden.

Tak!
Sofie, Sofies Blomster
""")

    m(B, L, "n3", "",
      "Tea shop: a buyer's abusive order comment gets printed on packing slips; asks how to hide comments",
      "kan ordrekommentarer skjules på følgesedlen?",
      """
Hej

Lidt af et pudsigt spørgsmål. En kunde har skrevet i kommentarfeltet på sin ordre: "I er nogle usle svin, sidste pakke var knust". Kommentaren kommer automatisk med på følgesedlen, og det er vores 17-årige pakkemedarbejder, der ser den. Det er ikke så rart.

Kan man slå ordrekommentarer fra på følgesedlen, eller i det mindste redigere dem inden print?

Mvh
Karina
Lykkes Te & Kaffe
""")

    m(B, L, "n4", "",
      "Law firm office manager asks about templates and pro-rata licences for new associates; confidentiality disclaimer",
      "Adgang for nye fuldmægtige",
      """
Kære support

Vi får tre nye advokatfuldmægtige 1. januar. Kan I bekræfte, om de kan oprettes med samme rettigheder som de nuværende fuldmægtige via en skabelon, og om licenserne faktureres forholdsmæssigt for januar?

Med venlig hilsen

Pernille Holst
Office Manager
Holst & Brammer Advokatpartnerselskab
Amaliegade 10, 1256 København K

Denne e-mail kan indeholde fortrolige oplysninger og kan være omfattet af advokatens tavshedspligt. Hvis De ved en fejl har modtaget denne e-mail, bedes De straks underrette afsenderen og slette e-mailen uden at videregive eller kopiere indholdet.
""", fmt="alt")

    m(B, L, "n5", "",
      "Former sole-trader painter: plain GDPR Art. 15 access request, no threat",
      "Anmodning om indsigt",
      """
Hej

I henhold til databeskyttelsesforordningens artikel 15 vil jeg gerne have indsigt i, hvilke oplysninger I har registreret om mig, herunder optagelser af telefonsamtaler, og hvem I har videregivet dem til. Jeg var kunde hos jer fra 2023 til 2025 med enkeltmandsvirksomheden "Brix Malerfirma".

Jeg sender gerne mit CPR-nummer via sikker mail, hvis I har brug for det.

Venlig hilsen
Torben Brix
""")

    m(B, L, "n6", "",
      "Packaging firm's own customer sent them a lawyer's påkrav; they need order timestamps from the system as evidence",
      "Brug for ordrehistorik – tvist med kunde",
      """
Hej

En af vores erhvervskunder har sendt os et påkrav gennem deres advokat, fordi de mener, vi har leveret for sent på tre ordrer i september. Vi er ret sikre på, at det ikke passer, men vi skal kunne dokumentere det.

Kan I trække en log fra jeres system med oprettelsestidspunkt, afsendelsestidspunkt og track & trace for ordre 50211, 50298 og 50340? Helst som PDF eller Excel.

Venlig hilsen
Jonas Frederiksen
Salgschef, Frederiksen Emballage A/S
""")

    m(B, L, "n7", "",
      "Dental clinic administrator wants to add two new assistants as ordinary users",
      "invitere nye ansatte",
      """
Hej

Jeg er administrator på vores konto (Tandlægerne i Torvegade). Vi har fået to nye klinikassistenter, og jeg vil gerne oprette dem som almindelige brugere, så de kan se kalenderen, men ikke regnskabet. Hvordan gør jeg det? Jeg kan ikke finde knappen under Indstillinger.

Venlig hilsen
Lotte Skov
""", fmt="html")

    m(B, L, "n8", "",
      "New church-choir treasurer asks who is registered as owner so she can ask that person for access",
      "hvem har vores konto?",
      """
Kære support

Jeg er nyvalgt kasserer i Sankt Mortens Kirkekor. Vi bruger jeres program til kontingent, men jeg ved ikke, hvem i koret der står som ejer af kontoen. Den tidligere kasserer kan ikke huske det.

Kan I fortælle mig navnet på den, der står som ejer, så jeg kan bede vedkommende om at give mig adgang?

Med venlig hilsen
Aase Kirk
""")

    m(B, L, "n9", "",
      "User changed mobile operator/number and asks how to update the 2FA number on his own profile",
      "nyt nummer til 2FA",
      """
Hej, jeg har fået nyt mobilnummer (skiftet fra Telia til 3) og kan derfor ikke få koderne til mit eget login længere. Jeg er stadig logget ind på min laptop. Kan jeg selv ændre nummeret under min profil, eller skal I gøre det? Det gamle nr var 20 11 45 67.

Tak
Oliver Brandt
""")

    m(B, L, "n10", "",
      "Cleaning company: their own office fibre was dug up; asks whether time entries typed offline are kept",
      "vores internet er nede",
      """
Hej

Kort besked: Vores fiberforbindelse på kontoret i Herning er gået ned, fordi en entreprenør har gravet kablet over. Norlys regner med, at det er ordnet i morgen.

Vi kører videre på mobilt bredbånd med et par bærbare. Gemmer jeres system det, vi taster offline, eller skal vi vente med at registrere timer, til forbindelsen er tilbage?

Mvh
Hanne, Vestjysk Rengøring
""")

    m(B, L, "n11", "",
      "Christmas-decoration webshop asks hypothetically what happens if the platform goes down before Christmas (legacy charset)",
      "spørgsmål om oppetid i julen",
      """
Hej

Vi er en webshop med julepynt og laver ca. 60 % af årets omsætning i november og december. Inden vi forlænger aftalen, vil vi gerne vide: Hvad sker der, hvis jeres platform går ned en af de sidste dage før jul? Har I en oppetidsgaranti, og hvilken kompensation får man i givet fald? Og har I nogensinde været nede i december?

Venlig hilsen
Peter Lauridsen
Nissebutikken.dk
""", charset="iso-8859-1")

    m(B, L, "n12", "",
      "Activity centre: 'it works again, everyone is in, close the case' above the quoted original outage report",
      "Sv: Ingen kan logge ind",
      """
Det virker igen her, alle er inde. Tak for hurtig hjælp, I må gerne lukke sagen.

Mvh Susanne
Aktivitetscentret Kastanjen

-----Oprindelig meddelelse-----
Fra: Susanne Dahl
Sendt: 25. november 2026 08:47
Til: Support
Emne: Ingen kan logge ind

Hej, ingen af medarbejderne kan logge ind i jeres system i morges. Er der problemer?
""")
