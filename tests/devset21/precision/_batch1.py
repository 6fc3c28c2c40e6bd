"""devset21 precision, batch b1: English, German, Danish.

Per language: 10 hard negatives shaped like abusive (na*), 10 shaped like account-ownership (nw*),
3 abusive positives (a*), 3 account-ownership positives (w*), 1 legal-threat (l1), 1 outage (o1)."""

B = "b1"


def add_b1(m):
    # ------------------------------------------------------------------ English
    m(B, "en", "na1", "", "webshop owner swearing at a broken CSV export after an update, no personal insult",
      "CSV export broken AGAIN", """
Hi,

Third time this month. The bloody order export just spits out an empty CSV again, headers only, no rows. I need that file every Monday to send the orders to our warehouse and now I'm copying 60 orders by hand like it's 1998. What a shit update this was.

Steps: Orders > Export > date range "last 7 days" > CSV. Worked fine until the release last Thursday. Tried Chrome and Firefox, same crap.

Can someone please look at it today? Shop ID 44817.

Cheers,
Gareth
Hollow Oak Candles
""")

    m(B, "en", "na2", "", "clinic receptionist calling herself an idiot for deleting a template folder, asks for restore",
      "I deleted the templates folder (my fault!!)", """
Hello,

I'm such an idiot. I was tidying up our reply templates this morning and somehow deleted the whole "Appointments" folder instead of one old template. 23 templates gone, including the cancellation one and the pre-op instructions the nurses use all day.

Is there any way to get them back? The bin is empty (I emptied that too, genius move). I think it was around 8:40 this morning.

Really sorry for the hassle and thank you in advance.

Jenny Marsh
Reception, Westfield Physio & Sports Injury Clinic
01632 960 412
""", fmt="qp")

    m(B, "en", "na3", "", "logistics sysadmin: own on-prem connector killed by the OOM killer, pasted journal, dead link in docs",
      "connector worker killed by OOM - how to limit batch size?", """
Hi team,

Our on-prem sync connector (v3.8.2, Ubuntu 22.04 VM) keeps getting killed overnight. Looks like the kernel OOM killer takes it out when the nightly shipment import runs. From the journal:

Nov 25 02:14:07 lgx-sync01 kernel: Out of memory: Killed process 18822 (cb-connector) total-vm:6120448kB, anon-rss:3890112kB
Nov 25 02:14:07 lgx-sync01 systemd[1]: cb-connector.service: Main process exited, code=killed, status=9/KILL
Nov 25 02:14:08 lgx-sync01 cb-connector[18830]: WARN batch 77 aborted, 412 records moved to dead-letter queue

The VM has 4 GB. If I kill the process and restart it by hand in the morning it finishes fine, so it's only the big batch. Is there a setting to cap the batch size or the number of worker threads? I couldn't find one in the docs, and the link on the "Tuning" page is dead (404).

Only our sync box is affected, the web app itself works fine for us.

Thanks,
Tomasz Nowicki
IT, Brightline Freight Ltd
""")

    m(B, "en", "na4", "", "gym operations manager: brute-force attempts on staff logins, asks about IP blacklist and forced 2FA",
      "brute force attempts on our staff logins - can we blacklist IPs?", """
Hi,

We run the member portal for FlexFit Gym (3 sites). Since Sunday our audit log shows hundreds of failed logins against our front-desk accounts from a handful of IPs, looks like a brute-force attack / credential stuffing. Nobody got in as far as we can tell, and we've changed the passwords anyway.

Questions:
1. Can we blacklist (or whitelist) IP ranges for staff logins?
2. Is there rate limiting on your side, and can we make it stricter?
3. Can we force 2FA for all staff accounts?

Sample from the log:
2026-11-23 03:12:44 login_failed user=frontdesk.north ip=185.220.x.x
2026-11-23 03:12:45 login_failed user=frontdesk.north ip=185.220.x.x
2026-11-23 03:12:45 login_failed user=frontdesk.south ip=185.220.x.x

Thanks
Dean Okafor
Operations Manager, FlexFit Gym
""", fmt="alt")

    m(B, "en", "na5", "", "bakery owner quoting abuse and a threat her young assistant received from a customer, wants block + export for police",
      "abusive customer messaging my staff - block + export?", """
Hi there,

Bit of an awkward one. We've got a customer who's been sending really nasty messages through our contact form (which lands in your inbox tool). My shop assistant Chloe is 19 and has been answering them, and they're getting worse. The latest ones say things like "you thick little cow, do your job" and "I'll be waiting outside when you close".

I want to:
- block his address (and ideally anything from his domain) so it doesn't reach the team any more
- export the whole conversation with dates and times, because we're taking it to the police on Thursday

How do I do both? I'm the admin on our account.

Thanks,
Sandra Kowal
Owner, Crumbs & Co Bakery, Leeds
""")

    m(B, "en", "na6", "", "accountant apologising to the agent for his rude mail and phone call on Monday, issue fixed, Outlook history",
      "RE: Ticket #58213 - apology", """
Hi Priya,

I owe you an apology for my email on Monday and for how I spoke to you on the phone. It was month-end, two of our staff were off sick and I took it out on you, which wasn't fair. You were only telling me what the policy was.

For the record, the VAT report issue is fixed now, your workaround did it.

Kind regards,
Martin Feeney
Feeney & Doyle Chartered Accountants

-----Original Message-----
From: Priya (Support) <support@example.com>
Sent: 23 November 2026 16:02
To: Martin Feeney
Subject: Ticket #58213

Hi Martin,
Thanks for your patience. As discussed, the VAT summary can be regenerated under Reports > Tax > Rebuild. Let me know if that helps.
Priya
""", fmt="html")

    m(B, "en", "na7", "", "rugby supporters' forum volunteer admin quoting members' abuse, asks about moderators, word filter, temp bans",
      "how do moderators ban users / word filter?", """
Hello,

I'm one of the volunteer admins of the Riverside Rugby Club supporters' forum that runs on your community plan. After Saturday's derby a few members have been going at each other and it's getting ugly, stuff like "go die in a ditch you inbred" and "the ref should be shot". I've deleted the worst posts but I'm doing it by hand at midnight.

Can you tell me:
- how to give two more people moderator rights (not admin)
- whether there's a word filter / auto-hold for posts with certain words
- how a temporary ban works (7 days?) and whether the person gets notified

Thanks,
Alun
""", fmt="b64")

    m(B, "en", "na8", "", "guest house owner asks to hide a fake review that calls her husband a crook and liar",
      "Fake review on our booking page", """
Good afternoon,

A review appeared on the reviews widget on our booking page last night that I'm fairly certain is fake, there is no booking under that name on any date. It calls my husband "a crook and a liar who should be locked up" and says the rooms have bed bugs, which we don't (we had an inspection in October, I can send the certificate).

Is there a way for us to hide a review while you check it, or do you have to remove it? Review ID from the widget: RV-20931.

Many thanks,
Fiona Gallagher
The Harbour View Guest House, Portrush
""", charset="iso-8859-1")

    m(B, "en", "na9", "", "choir member's gushing thank-you with affectionate British swearing after the mailing list was fixed",
      "you absolute legends", """
Ha! It works!! Dave you mad genius, whatever you did to our mailing list it's sending again and the sopranos have finally stopped moaning at me. Bloody brilliant, honestly. I could kiss you (I won't, don't worry).

Drinks on me if you're ever in Wells.

Pam
(St Cuthbert's Choir, the one with the ridiculous membership spreadsheet)
""")

    m(B, "en", "na10", "", "primary school office asking for bulk edit, full of kill/murder/crazy/stupid idioms",
      "bulk edit for report comments?", """
Hi,

Quick (probably stupid) question from a primary school office. Every term I paste the same comment into 180 pupil reports one by one and it's killing me. I'd honestly kill for a bulk edit button. Is there one I'm missing? If I have to do the Christmas reports by hand again my head teacher will murder me, they're due on the 12th.

Also the search box drives me crazy, it only finds surnames and not first names, is that normal?

Shoot me a reply whenever you can, no rush (well, some rush).

Thanks,
Kerry
Admin Office, Moorfield Primary
""", fmt="qp")

    m(B, "en", "nw1", "", "dental practice owner asks to add a new receptionist as a standard (non-admin) user",
      "new staff member", """
Hi,

I'm the account owner for Parkside Dental. We've got a new receptionist, Amira Haddad, starting Monday (amira.haddad@parksidedental.example). Could you set her up as a standard user, same as the other front desk staff? Please NOT admin, she doesn't need billing or settings.

Or if it's easier for me to do it myself, tell me where, I couldn't find the invite button in the new layout.

Thanks,
Dr Neil Prescott
Parkside Dental
""", fmt="alt")

    m(B, "en", "nw2", "", "logistics admin, hurried phone mail: deactivate a leaver's login and free the licence, nobody needs his inbox",
      "leaver - please remove access", """
Hi, Gavin Lowe (gavin.lowe@northgatelogistics.example) left us on Friday. I've disabled him in our AD but he still shows as an active user in your system. Please deactivate his login and free up the licence. His open tickets can go back to the shared Dispatch queue, nobody needs his inbox.

I'm one of the two admins on our account if you need confirmation.

Rob

Sent from my iPhone
""")

    m(B, "en", "nw3", "", "architect lost her phone, wants to re-enrol 2FA on her own account",
      "new phone, authenticator codes gone", """
Hello,

I dropped my phone in the canal (don't ask) and the new one doesn't have my authenticator codes. I can still get in on my work laptop because it remembers me, but I want to set up 2FA on the new phone before that session runs out. Is it Settings > Security > Two-factor > Reset device? It asks for a code from the old device, which obviously I don't have. My backup codes are in a drawer at home, I'll try those tonight, but just in case.

This is my own account, lucy.barnes@fennerarchitects.example.

Thanks,
Lucy
""")

    m(B, "en", "nw4", "", "council officer asks who the account owner/admins are so she can ask them for dashboard access",
      "who is the account owner for the council?", """
Hi,

I work in the Environmental Health team at Ashbourne District Council. We'd like access to the reporting dashboard, but apparently someone with owner or admin rights has to switch it on for us. Nobody here knows who that is any more, IT thinks it was set up by someone in Customer Services years ago.

Could you tell me who is listed as the account owner / admins for our organisation, so I can ask them? I'm not asking you to change anything.

Regards,
Helen Morris
Environmental Health Officer
Ashbourne District Council
""", fmt="html")

    m(B, "en", "nw5", "", "bike shop owner planning a sale next year asks what would be needed for a later transfer, no request now",
      "selling the business next spring - question about the account", """
Hi,

We're planning to sell our bike shop some time next spring, nothing signed yet. The buyer will probably want to keep using the booking system and the customer history. For planning purposes, what would you need from us and from them when that happens? Is the subscription transferred, or do they open a new one and we export? Any documents (sale agreement, ID)?

No need to do anything now, I just want to put it on the checklist for our solicitor.

Thanks,
Owen Price
Price Cycles, Aberystwyth
""", charset="iso-8859-1")

    m(B, "en", "nw6", "", "food bank volunteer's workspace invite link expired, asks for a resend",
      "invite link expired", """
hi, I was invited by our coordinator to join the Foodbank volunteers workspace but I only saw the email today and the link says expired. can you resend it or should I ask her to do it again? my email is jamal.reid@mailbox.example. thanks!!
""")

    m(B, "en", "nw7", "", "managing partner: firm renamed, same people, asks to change the name on invoices; confidentiality footer",
      "Change of company name on account and invoices", """
Dear Support,

As of 1 December our firm Hartley Wells LLP will be trading as Hartley Wells Advisory Ltd (new company number 15882031). The people and the users stay exactly the same, and I remain the account holder.

Could you update the company name and the address on the invoices from the December invoice onwards? Our VAT number does not change.

Kind regards
Susan Hartley
Managing Partner

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it. Hartley Wells LLP is registered in England and Wales.
""", fmt="alt")

    m(B, "en", "nw8", "", "garden nursery owner moves the billing contact to the bookkeeper, stays owner",
      "invoices to accounts@ please", """
Hi, could you change the billing contact on our account from me to accounts@greenleafnursery.example? Our bookkeeper Maria will handle the payments from now on. I'm still the owner and main contact for everything else.

Thanks,
Tom
Greenleaf Garden Nursery
""", fmt="b64")

    m(B, "en", "nw9", "", "CFO asks how to let his PA edit his own calendar without reading his email",
      "sharing my calendar with my PA", """
Hello,

I'd like my assistant, Rachel Kim, to be able to see and edit my calendar and accept meetings on my behalf. She should not be able to read my email. Is that the "delegate" option, or do I just share the calendar with edit rights? I don't want her to have to log in as me.

Best,
Jonathan Ashworth
Chief Financial Officer, Calder Group
""", fmt="qp")

    m(B, "en", "nw10", "", "print shop employee has two logins of his own (trial and work), asks to merge them",
      "two logins, same person - merge?", """
Hi,

I seem to have two accounts: one with my work address (d.ellis@kestrelprint.example) that my company set up, and an old one I made myself years ago with my personal address (dan.ellis81@mailbox.example) when we were on the trial. Both are me. The old one has a few saved reports I'd like to keep. Can the two be merged into the work one, or should I just export the reports and delete the old account?

Dan Ellis
Kestrel Print
""")

    m(B, "en", "a1", "A", "furious customer calls the chat agent by name a useless moron and the staff thick",
      "Are you people brain dead??", """
I have now explained the SAME problem to FOUR different people. Kevin on chat yesterday is a useless moron who clearly can't read, he closed my ticket while I was still typing. Are you all this thick or do you hire specially for it?

Refund me for November or I'm gone. And don't send me another bot reply.

R. Slater
""")

    m(B, "en", "a2", "A", "short obfuscated profanity at the support team after 11 days without reply",
      "f*** your support", """
f*ck you and your sh1tty support team. you're a bunch of clueless clowns who couldn't fix a sandwich. 11 days waiting for a reply. pathetic. absolutely pathetic people.
""")

    m(B, "en", "a3", "A", "veiled threat of violence against a named account manager: knows where the office is",
      "last warning", """
Your "account manager" Craig has promised me a call back three times now. I know where your Manchester office is. Next time he fobs me off I'll come down there and he can explain it to my face, and he won't like how that conversation ends.

Tell him that.
""", fmt="html")

    m(B, "en", "w1", "W", "CEO-fraud style: 'CEO' travelling wants his personal address made owner and the admin removed, don't call the office",
      "Urgent - admin change needed today", """
Hi,

This is Richard Hale, CEO of Maple Street Media. I'm travelling and can't get into the admin panel from here. I need you to make my personal address r.hale.office@mailbox.example the owner of our account today and remove the current admin (Steve, he's on leave until January). It's urgent, we have an audit tomorrow morning. Please don't call the office, nobody there knows about this yet. Just confirm by email when it's done.

Richard Hale
Sent from my mobile
""")

    m(B, "en", "w2", "W", "daughter and executor asks to transfer her late father's account to her or get access to his mailbox",
      "My father's account", """
Dear Sir or Madam,

My father, Geoffrey Lambert, passed away on 2 November. He ran his picture framing business on his own and was the only user and owner of his account with you. There are customer orders and invoices in his mailbox that I need to deal with as his executor.

Could you please transfer the account into my name, or at least give me access to his mailbox? I can send the death certificate, and the grant of probate when it arrives.

Thank you for your help at a difficult time.
Catherine Lambert
""", fmt="alt")

    m(B, "en", "w3", "W", "new outsourced IT provider asks to reset a law firm's super admin to himself and swap the recovery phone",
      "super admin reset for Hill & Co", """
Hi,

I'm the new outsourced IT provider for Hill & Co Solicitors. The previous IT guy left on bad terms and isn't answering anyone. He's still the only super admin and all the recovery details (phone and backup email) are his.

Can you please reset the super admin to my address (it@bytewise-support.example) and swap the recovery phone to mine, 07700 900318? The partners have asked me to sort it this week. I can get one of them to reply to confirm if needed.

Thanks
Lee Brennan
Bytewise IT Support
""", fmt="qp")

    m(B, "en", "l1", "L", "accounting firm director: formal letter before action over lost records, solicitors instructed, ICO report",
      "Formal notice - loss of client records", """
Dear Sirs,

Following the failed migration on 14 November, eight months of our client correspondence is missing from our account. Despite four tickets (refs 57702, 57810, 58004, 58140) we have had no explanation and no restore.

Please treat this as a formal letter before action. Unless the data is restored, or a written remediation plan is provided, within 14 days of this email, we will issue a claim for our losses, and we have instructed our solicitors, Keane Morrow LLP, accordingly. We will also report the loss to the ICO, as the records contain personal data of our clients.

Yours faithfully,
Anthony Brady
Director, Brady & Co Accountants
""")

    m(B, "en", "o1", "O", "school business manager: none of 40 staff in both buildings can log in, 503, checked on 4G",
      "nobody at school can log in - 503", """
Hi,

Since about 8:15 none of our staff can log in, it's the same for all 40 of us in both buildings, on school laptops and on phones (so it isn't our network, I've checked on 4G). The login page just says 503 Service Unavailable. Parents' evening bookings are meant to open at 10, so this is urgent.

Is it down for everyone?

Sue Porter
Business Manager, Oakridge Academy
""", fmt="b64")

    # ------------------------------------------------------------------ German
    m(B, "de", "na1", "", "Bavarian electrician swearing at a broken accountant export after an update, no personal insult",
      "Rechnungsexport schon wieder kaputt", """
Servus,

verdammt nochmal, der Scheiß-Export für den Steuerberater spinnt schon wieder. Seit dem Update am Donnerstag kommen die Rechnungen mit 0,00 € raus, obwohl in der Übersicht 1.284,50 € drinsteht. So ein Mist, ich hab heute den Termin beim Steuerberater und darf jetzt alles von Hand abtippen.

Kundennummer 30418, Export über Buchhaltung > Export > CSV (Steuerberater).

Bitte schnell anschauen, danke.

Gruß
Michael Huber
Huber Elektrotechnik, Rosenheim
""", charset="iso-8859-15")

    m(B, "de", "na2", "", "wool webshop venting harshly about its parcel courier and their hotline, asks for a tracking placeholder",
      "Sendungsverfolgung in Antwortvorlagen?", """
Hallo zusammen,

kurze Frage, aber erst mal Dampf ablassen: Unser Paketdienst ist eine absolute Katastrophe. Die Typen werfen die Pakete über den Zaun, scannen "Empfänger nicht angetroffen" ohne zu klingeln, und deren Hotline besteht aus Vollpfosten, die einen nach 40 Minuten Warteschleife einfach rausschmeißen. Ich könnte kotzen.

Ergebnis: 30 Mails am Tag "Wo ist mein Paket?". Kann man in Ihren Antwortvorlagen einen Platzhalter für die Sendungsnummer bzw. den Tracking-Link einbauen, der aus der Bestellung gezogen wird? Wir nutzen die Shop-Anbindung seit März.

Viele Grüße
Jana Petersen
Strickliesel Wollversand
""")

    m(B, "de", "na3", "", "town hall IT: own nightly LDAP sync job killed/aborted, pasted log with master/slave, kill -9",
      "Import-Job wird abgebrochen (killed) – Timeout erhöhbar?", """
Guten Tag,

unser nächtlicher LDAP-Abgleich für die Stadtverwaltung bricht seit drei Tagen ab. Im Log steht:

[2026-11-24 23:00:02] INFO  sync started (master: dc01.intern, slave: dc02.intern)
[2026-11-24 23:41:17] ERROR worker 3 killed after timeout (2400s)
[2026-11-24 23:41:17] FATAL sync aborted, 1912 entries skipped

Den hängenden Prozess muss ich morgens jeweils mit kill -9 abschießen, danach läuft der Abgleich manuell sauber durch. Betroffen ist nur der Abgleich auf unserem eigenen Server, die Anwendung selbst funktioniert für alle Kolleginnen und Kollegen normal.

Kann man den Timeout hochsetzen oder den Abgleich in kleinere Pakete aufteilen?

Mit freundlichen Grüßen
i. A. Stefan Brandl
Stadt Weilheim – Hauptamt, Sachgebiet IT
""")

    m(B, "de", "na4", "", "sports club treasurer calls himself a Depp for overwriting the member list, asks for backup; no umlauts",
      "Mitgliederliste ueberschrieben - bin ich ein Depp", """
Hallo,

ich Depp hab gestern Abend beim Import der neuen Mitglieder die komplette Mitgliederliste vom TSV ueberschrieben statt die neuen nur anzuhaengen. Jetzt sind 312 Leute weg und nur noch die 14 neuen drin. Ich koennte mich in den Hintern beissen.

Gibt es ein Backup von vorgestern, das man zurueckspielen kann? Ich bin Kassier und Admin vom Vereinskonto, Vereinsnummer 7781.

Danke und sorry fuer die Umstaende
Georg Wimmer
TSV Oberau 1921 e.V.
""", fmt="qp")

    m(B, "de", "na5", "", "GP practice quotes insults and a threat a patient sent to its receptionists, wants block + export for a police report",
      "Beleidigende Nachrichten eines Patienten – Absender sperren", """
Sehr geehrte Damen und Herren,

wir sind eine Hausarztpraxis und nutzen Ihr Postfach für die Terminanfragen. Seit zwei Wochen schreibt uns ein Patient fast täglich über das Kontaktformular. Die Nachrichten richten sich vor allem gegen unsere MFA am Empfang, z. B. „Sie inkompetente Kuh, wenn ich Sie erwische …“ und „Ihr gehört alle eingesperrt“. Meine Mitarbeiterinnen sind ziemlich mitgenommen.

Wir werden Anzeige gegen den Mann erstatten. Dafür brauche ich:
1. eine Möglichkeit, diese Absenderadresse zu sperren, damit die Nachrichten nicht mehr beim Team ankommen,
2. einen Export aller Nachrichten dieses Absenders mit Datum und Uhrzeit (PDF oder ähnlich).

Wie gehe ich da vor?

Mit freundlichen Grüßen
Dr. med. Katrin Vogt
Praxis Dr. Vogt, Allgemeinmedizin, Freiburg
""", fmt="alt")

    m(B, "de", "na6", "", "Austrian tax adviser apologises to the agent for yesterday's rude mail, tip worked; Outlook history",
      "AW: Ticket 44190 – Entschuldigung", """
Hallo Herr Lehner,

ich möchte mich für meine Mail von gestern entschuldigen. Der Ton war daneben, das war nicht in Ordnung – Sie können ja nichts dafür, dass bei uns am Monatsende die Abrechnung hängt. Ich war einfach mit den Nerven fertig.

Ihr Tipp mit dem Cache hat übrigens geholfen, die Auswertung läuft wieder.

Liebe Grüße aus Graz
Birgit Steiner
Steiner & Partner Steuerberatung

-----Ursprüngliche Nachricht-----
Von: Support <support@example.com>
Gesendet: Dienstag, 24. November 2026 17:12
An: Birgit Steiner
Betreff: Ticket 44190

Sehr geehrte Frau Steiner,
bitte leeren Sie einmal den Browser-Cache und melden Sie sich neu an. Sollte die Auswertung weiterhin hängen, schicken Sie uns bitte einen Screenshot.
Freundliche Grüße
Thomas Lehner
""", fmt="html")

    m(B, "de", "na7", "", "youth football club forum admin quotes parents' abuse, asks for word filter, temp bans, moderator rights",
      "Moderationsfunktionen im Vereinsforum", """
Hallo,

ich bin einer der Admins im Forum unseres Jugendfußballvereins. Leider eskaliert es zwischen einigen Eltern regelmäßig nach den Spielen. Beispiele von letzter Woche: „Halt doch die Fresse, du Opfer“ oder „Der Trainer gehört gesteinigt“. Das kann ich so nicht stehen lassen.

Meine Fragen:
– Gibt es einen Wortfilter, der solche Beiträge zurückhält, bis ein Moderator sie freigibt?
– Kann ich Nutzer für eine bestimmte Zeit sperren?
– Kann ich zwei weiteren Eltern Moderatorrechte geben, ohne dass sie Admin werden?

Danke und sportliche Grüße
Andreas Kühn
JSG Talblick
""")

    m(B, "de", "na8", "", "hotel receptionist: room plan prints half a page; idioms (verrückt, mörderisch, Chef bringt mich um, dumm)",
      "Zimmerplan druckt nur halbe Seite", """
Hallo liebes Support-Team,

ich werde hier noch verrückt: Der Zimmerplan für die Housekeeping-Schicht druckt seit gestern nur die halbe Seite, Zimmer 1–24, der Rest fehlt. Wir haben 48 Zimmer. Die Frühschicht heute war mörderisch, weil die Kolleginnen mit zwei Zetteln herumgelaufen sind. Mein Chef bringt mich um, wenn das am Wochenende (Hochzeit, Haus voll) immer noch so ist.

Drucker: Brother im Büro, Chrome, Querformat. In der Vorschau sieht alles richtig aus.

Wahrscheinlich eine total dumme Einstellung bei mir, aber ich finde sie nicht.

Danke!!
Lena
Rezeption, Hotel Seeblick am Ammersee
""", fmt="b64")

    m(B, "de", "na9", "", "Swiss bookkeeper sarcastic about the new menu (seven clicks, hidden save button), asks for old view",
      "Neues Menü", """
Grüezi

Ganz herzlichen Dank für das neue Menü. Endlich brauche ich für eine simple Gutschrift nur noch sieben statt zwei Klicks, und der Knopf «Speichern» ist jetzt schön versteckt unten rechts unter dem Chat-Fenster. Grossartig, wirklich. Wer braucht schon Effizienz am Monatsende.

Im Ernst: Kann man irgendwo auf die alte Ansicht zurückschalten oder wenigstens das Chat-Fenster ausblenden? Wir sind drei Personen in der Buchhaltung und alle fluchen.

Freundliche Grüsse
Ruth Baumann
Buchhaltung, Gartencenter Meier AG, Dietikon
""", charset="iso-8859-1")

    m(B, "de", "na10", "", "food bank NGO flooded with spam incl. disgusting sex spam, asks for sender blacklist and whitelist",
      "Spamwelle - Sperrliste / Blacklist fuer Absender?", """
Hallo,

seit dem Wochenende werden wir im Spendenpostfach mit Spam zugeschüttet, ca. 600 Mails am Tag, meistens Müll wie "Ihr Paket wartet" oder Krypto-Angebote, dazwischen ein paar ziemlich widerliche Sex-Spams. Unsere Ehrenamtlichen sortieren das von Hand aus und sind entsprechend genervt.

Gibt es bei Ihnen eine Blacklist bzw. Sperrliste für Absenderdomains oder Betreffwörter? Und kann man eine Whitelist für unsere Stammspender anlegen, damit die nie im Spamordner landen?

Viele Grüße
Dirk Mahler
Tafel Nordstadt e.V.
""", fmt="qp")

    m(B, "de", "nw1", "", "tax adviser (account holder) asks to create a normal user without admin rights for a new employee",
      "Neue Mitarbeiterin anlegen", """
Sehr geehrte Damen und Herren,

zum 1. Dezember beginnt bei uns Frau Selin Aydin als Steuerfachangestellte. Bitte legen Sie für sie einen normalen Benutzerzugang an (Rolle Sachbearbeitung, keine Administratorrechte), E-Mail: s.aydin@kanzlei-roth.example.

Als Inhaber des Kontos bestätige ich das hiermit. Falls ich das selbst im Verwaltungsbereich erledigen kann, geben Sie mir bitte kurz Bescheid, wo.

Mit freundlichen Grüßen
Wolfgang Roth
Steuerberater
""", charset="iso-8859-1")

    m(B, "de", "nw2", "", "freight company admin offboards a leaver: block user, free licence, move cases to team, nobody needs mailbox",
      "Mitarbeiter ausgeschieden – Zugang sperren", """
Hallo,

Herr Jens Albrecht ist zum 30.11. bei uns ausgeschieden. Bitte sperren Sie seinen Benutzer (j.albrecht@spedition-kaiser.example) zum 1.12. und geben Sie die Lizenz frei. Seine offenen Vorgänge bitte in die Gruppe "Disposition" verschieben. Auf sein Postfach braucht niemand Zugriff.

Ich bin Administratorin unseres Kontos.

Gruß
Nicole Kaiser
Spedition Kaiser GmbH & Co. KG
""")

    m(B, "de", "nw3", "", "gym trainer married, asks how to change the login address of her own account",
      "Neue E-Mail-Adresse nach Namensänderung", """
Hallo,

ich habe geheiratet und heiße jetzt Schneider statt Wolf. Meine Arbeitsadresse ändert sich daher von anna.wolf@fitwerk-studio.example zu anna.schneider@fitwerk-studio.example. Wie ändere ich die Anmeldeadresse in meinem eigenen Konto? Unter "Profil" kann ich nur den Anzeigenamen ändern. Die alte Adresse funktioniert noch bis Jahresende.

Danke
Anna Schneider
Trainerin, Fitwerk Studio Kassel
""", fmt="alt")

    m(B, "de", "nw4", "", "machine builder IT admin asks SAML SSO setup questions (ACS URL, mapping, break-glass owner login, JIT)",
      "SAML-SSO mit Entra ID – Fragen vor dem Go-live", """
Hallo Support,

wir wollen nächste Woche SSO über SAML mit Microsoft Entra ID aktivieren. Vorab ein paar Fragen:

1. Welche ACS-URL und Entity ID müssen wir im Enterprise-App-Setup eintragen?
2. Werden bestehende Benutzerkonten anhand der E-Mail-Adresse automatisch gemappt, oder entstehen Duplikate?
3. Behält der Kontoinhaber/Admin weiterhin einen Passwort-Login als Break-Glass-Zugang, falls der IdP ausfällt?
4. Gibt es JIT-Provisioning, oder müssen neue User vorher angelegt sein?

Danke und Gruß
Markus Lenz
IT-Administration, Lenz Maschinenbau GmbH
""")

    m(B, "de", "nw5", "", "municipal citizens' office asks who is registered as account holder so she can ask that person",
      "Wer ist bei uns als Kontoinhaber eingetragen?", """
Guten Tag,

ich arbeite im Bürgerbüro der Gemeinde Hohenfels. Wir möchten die Online-Terminbuchung für Reisepässe freischalten lassen, dafür braucht es laut Ihrer Hilfeseite die Zustimmung des Kontoinhabers. Leider weiß hier niemand mehr, wer das Konto damals angelegt hat, vermutlich jemand aus dem Hauptamt.

Könnten Sie mir sagen, wer bei uns als Inhaber bzw. Administrator hinterlegt ist? Dann frage ich die Person direkt. Ändern sollen Sie bitte nichts.

Freundliche Grüße
Petra Lindner
Gemeinde Hohenfels, Bürgerbüro
""", fmt="html")

    m(B, "de", "nw6", "", "furniture retailer going on parental leave asks to switch the contact of a support ticket to a colleague",
      "AW: [#77312] Ticket bitte an Kollegen übergeben", """
Hallo,

ich bin ab morgen drei Wochen in Elternzeit. Können Sie bitte das Ticket #77312 (Schnittstelle Warenwirtschaft) auf meinen Kollegen Tobias Reuter als Ansprechpartner umstellen? Er ist ab sofort bei uns der Inhaber des Tickets und hat alle Infos. Seine Adresse: t.reuter@moebel-haas.example

Danke!
Felix Haas
Möbel Haas

Am 20.11.2026 um 14:03 schrieb Support <support@example.com>:
> Hallo Herr Haas,
> wir konnten den Fehler nachstellen und melden uns, sobald ein Fix bereitsteht.
> Viele Grüße, Ihr Support-Team
""")

    m(B, "de", "nw7", "", "bakery managing director announces change of legal name, same owner and users; imprint and confidentiality footer",
      "Änderung der Firmierung", """
Sehr geehrte Damen und Herren,

wir möchten Ihnen mitteilen, dass sich unsere Firmierung zum 01.01.2027 ändert: Aus der Bäckerei Fischer GmbH wird die Fischer Backwaren GmbH & Co. KG. Ansprechpartner, Benutzer und Bankverbindung bleiben unverändert, ich bleibe Geschäftsführer und Kontoinhaber.

Bitte passen Sie den Firmennamen in Ihrem System und auf den Rechnungen ab Januar an. Den neuen Handelsregisterauszug reichen wir nach, sobald er vorliegt.

Mit freundlichen Grüßen
Karl Fischer
Geschäftsführer

--
Bäckerei Fischer GmbH | Hauptstraße 12 | 74523 Schwäbisch Hall
Amtsgericht Stuttgart HRB 123456 | Geschäftsführer: Karl Fischer
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""", fmt="qp")

    m(B, "de", "nw8", "", "dentist sends invoices to her bookkeeping address and asks about yearly billing, stays contact",
      "Rechnungsadresse und Zahlungsweise", """
Hallo,

bitte schicken Sie die Rechnungen ab sofort an buchhaltung@zahnarzt-berger.example statt an mich persönlich. Außerdem möchten wir von monatlicher auf jährliche Zahlung umstellen, wenn das die 10 % Rabatt bringt (dann 1.080 € statt 1.200 € im Jahr?).

Ich bleibe Ansprechpartnerin für alles andere.

Viele Grüße
Dr. Sabine Berger
Zahnarztpraxis Berger
""", charset="iso-8859-15")

    m(B, "de", "nw9", "", "choir's sheet-music keeper has two accounts of his own, asks to merge them, casual",
      "doppeltes Konto", """
hallo, ich hab anscheinend zwei Konten bei euch, eins mit meiner privaten Adresse aus der Testphase und eins, das unser Chor angelegt hat (notenwart@liederkranz-elz.example). Beides bin ich. Kann man die zusammenlegen? Im alten sind meine Notenlisten. Sonst exportier ich sie halt und lösch das alte.

Grüße Bernd
(Notenwart, Liederkranz Elz)
""")

    m(B, "de", "nw10", "", "car dealer employee's invite link expired, short phone mail",
      "Einladungslink abgelaufen", """
Hi, mein Chef hat mich letzte Woche eingeladen, aber der Link sagt jetzt "abgelaufen". Kann man den nochmal schicken oder muss er das machen? Adresse: k.yilmaz@autohaus-brenner.example

Danke
Kerem

Von meinem Samsung Galaxy Smartphone gesendet
""", fmt="b64")

    m(B, "de", "a1", "A", "customer calls a named agent the dumbest incompetent person and the staff a bunch of losers",
      "Ihre Mitarbeiterin Frau Krause", """
Ich habe heute zum dritten Mal mit Ihrer Frau Krause telefoniert. Diese Frau ist die dümmste Person, mit der ich je zu tun hatte, eine arrogante, unfähige Schnepfe, die nicht mal bis drei zählen kann. Ihr seid ein Haufen Versager, allesamt.

Ich erwarte bis morgen die Gutschrift über 89,90 €. Und diese Krause will ich nie wieder am Telefon haben.

H. Bauer
""")

    m(B, "de", "a2", "A", "obfuscated insults at the staff over continued debits after cancellation",
      "Unglaublich", """
Ihr A****löcher habt mir schon wieder 3 Monate abgebucht obwohl ich gekündigt hab!!! Ihr seid doch alle hirnamputierte Vollidioten, f*ck euch. Geld zurück, sofort
""")

    m(B, "de", "a3", "A", "threat against a named technician: knows where he parks, someone will be waiting",
      "letzte Warnung an Ihren Techniker", """
Ihr Techniker Herr Novak hat mir zugesagt, dass er sich am Montag meldet. Nichts. Sagen Sie dem Herrn, dass ich weiß, wo er parkt. Wenn er mich noch einmal hängen lässt, wartet jemand auf ihn, und dann kann er was erleben. Das ist keine leere Drohung.
""", fmt="qp")

    m(B, "de", "w1", "W", "assistant writing for the MD: make her account owner/admin because the admin is on holiday, today, no check-back",
      "Dringend: Adminrechte für unser Konto", """
Hallo,

ich schreibe im Auftrag unseres Geschäftsführers, Herrn Dr. Weiß. Unser Administrator Herr Kessler ist bis 10. Dezember im Urlaub in Thailand und nicht erreichbar. Wir müssen aber bis Freitag die Jahresabschlussvorlagen freigeben.

Herr Dr. Weiß bittet Sie daher, mich (m.ott@weiss-consulting.example) als Administratorin bzw. Inhaberin des Kontos einzutragen und Herrn Kessler vorübergehend zu entfernen. Eine Rückfrage bei Herrn Kessler ist leider nicht möglich. Bitte erledigen Sie das heute noch, es ist wirklich dringend.

Mit freundlichen Grüßen
Melanie Ott
Assistenz der Geschäftsführung
Weiss Consulting GmbH
""", fmt="alt")

    m(B, "de", "w2", "W", "buyer of an electrician's business asks to transfer the account and mailboxes to him and remove the old owner",
      "Übernahme: Konto auf neuen Inhaber übertragen", """
Guten Tag,

wir haben zum 1. November die Firma Elektro Sommer übernommen (Kaufvertrag liegt vor). Der bisherige Inhaber Herr Sommer ist im Ruhestand und reagiert nicht auf unsere Anfragen. Bitte übertragen Sie das Konto inklusive aller Postfächer und Kundendaten auf uns, setzen Sie mich als Inhaber ein und entfernen Sie den Zugang von Herrn Sommer.

Gruß
Jürgen Haller
Haller Haustechnik GmbH
""", charset="iso-8859-1")

    m(B, "de", "w3", "W", "yoga studio co-founder asks to move her ex-partner's 2FA phone and recovery email to hers and make her owner",
      "Konto von unserem Yogastudio", """
Hallo,

mein Ex-Partner Daniel hat damals das Konto für unser gemeinsames Yogastudio angelegt, auf seinen Namen und mit seiner Handynummer für die Zwei-Faktor-Anmeldung. Wir sind getrennt, das Studio führe jetzt ich alleine weiter. Er gibt mir die Zugangsdaten nicht.

Bitte ändern Sie die Telefonnummer für die Zwei-Faktor-Anmeldung und die Wiederherstellungs-E-Mail auf meine (0171 5550192, lisa@yoga-lichtblick.example) und machen Sie mich zur Inhaberin. Er soll keinen Zugriff mehr haben.

Lisa Brandt
Yoga Lichtblick
""")

    m(B, "de", "l1", "L", "ex-subscriber sets a final deadline for a refund, then lawyer and consumer advice centre complaint",
      "Fristsetzung – Rückerstattung", """
Sehr geehrte Damen und Herren,

trotz Kündigung zum 30.09.2026 (Ihre Bestätigung vom 02.09.2026 liegt mir vor) buchen Sie weiterhin monatlich 49,00 € ab, inzwischen zweimal. Meine drei Nachfragen blieben unbeantwortet.

Ich setze Ihnen hiermit eine letzte Frist bis zum 09.12.2026 zur Erstattung von 98,00 €. Nach Ablauf der Frist werde ich meinen Anwalt beauftragen und zusätzlich Beschwerde bei der Verbraucherzentrale einreichen.

Mit freundlichen Grüßen
Sebastian Krüger
""", fmt="html")

    m(B, "de", "o1", "O", "Salzburg bakery chain: no till in any of 6 branches can log in, 502, own internet fine",
      "Alle Filialen: Kassen-Login geht nicht!!", """
Hallo,

seit ca. 7:45 kann sich in keiner unserer 6 Filialen jemand an der Kassa anmelden. Überall dasselbe: "Verbindung zum Server fehlgeschlagen", Ladekreisel, dann Fehler 502. Auch im Büro über den Browser geht nichts. Das Internet funktioniert bei uns normal, andere Seiten laden.

Ist bei Ihnen was down? Wir haben jetzt Kunden an der Kassa stehen. Bitte um dringenden Rückruf: 0662 555 1834.

Thomas Gruber
Bäckerei Gruber, Salzburg
""")

    # ------------------------------------------------------------------ Danish
    m(B, "da", "na1", "", "outdoor webshop swearing (fandeme, for helvede, lort) at a broken stock sync before Black Friday",
      "Lagerstatus virker ikke - igen!!", """
Hej

Det er fandeme for dårligt. Siden opdateringen i torsdags synkroniserer lagerstatus ikke længere mellem webshoppen og jeres system, så vi sælger varer, vi ikke har. For helvede, det er Black Friday i denne uge! Det her lort burde have været testet ordentligt, før det blev rullet ud.

Butiks-ID: 5521. Synk-loggen viser bare "0 varer opdateret" hver nat.

Kan nogen kigge på det i dag?

Mvh
Kasper Lund
Lund Outdoor ApS
""", charset="iso-8859-1")

    m(B, "da", "na2", "", "church choir treasurer calls herself a klaphat for deleting the rehearsal calendar, asks for restore",
      "Jeg har slettet hele kalenderen (min egen skyld)", """
Hej med jer

Jeg er sådan en klaphat. Jeg skulle rydde op i korets kalender i går aftes og fik slettet hele serien af prøver frem til sommer i stedet for kun den aflyste d. 3. december. Nu er der tomt, og 40 sangere spørger, hvornår vi øver.

Kan I gendanne kalenderen fra i går eftermiddag? Jeg kunne slå mig selv.

Venlig hilsen
Birthe Holm
Kasserer, Vor Frue Kirkes Kor, Aalborg
""", fmt="alt")

    m(B, "da", "na3", "", "haulier IT: own mail server IP was on a blacklist, pasted 550 bounce, infected PC 'killed'",
      "Vores udgående mails afvises - blacklist?", """
Hej

Siden i går bliver en del af de mails, vi sender fra jeres system til vores kunder, afvist med:

550 5.7.1 Service unavailable; client host [192.0.2.44] blocked using zen.spamhaus.org

Vores hostingfirma siger, at vores gamle IP stod på en blacklist, fordi en inficeret pc på kontoret sendte spam (den er nu slået ihjel, altså formateret). Skal vi gøre noget i vores SPF/DKIM-opsætning hos jer, eller skal I whiteliste noget?

Det er kun mails til nogle modtagere, resten går fint igennem.

Mvh
Nikolaj Friis
IT, Friis Transport A/S
""")

    m(B, "da", "na4", "", "hair salon owner quotes insults and a threat her employee got from an ex-customer, wants block + export for police",
      "Grimme beskeder fra en kunde via booking - kan vi blokere?", """
Hej

Vi er en lille frisørsalon i Odense og bruger jeres booking- og beskedsystem. En tidligere kunde har de sidste uger sendt grimme beskeder til min ansatte Sofie, f.eks. "din fede ko, du har ødelagt mit hår" og "pas på når du går hjem i aften". Sofie er helt rystet.

Kan vi blokere hans nummer og mail, så han ikke kan booke eller skrive til os mere? Og kan jeg få alle beskederne trukket ud med dato, så vi kan vise dem til politiet?

Venlig hilsen
Mette Kristensen
Salon Mette, Odense C
""", fmt="qp")

    m(B, "da", "na5", "", "auditor apologises to the agent for his grumpy mail yesterday, problem solved; quoted history",
      "SV: Sag 30218 - undskyld", """
Hej Line

Undskyld for min sure mail i går. Det var ikke fair at skrive sådan til dig, du havde jo ret i, at fejlen lå i vores egen opsætning. Jeg havde haft en lang dag.

Det virker nu, tak for tålmodigheden.

Mvh
Jesper Dahl
Dahl Revision

Fra: Line | Support <support@example.com>
Sendt: 24. november 2026 15:40
Til: Jesper Dahl
Emne: Sag 30218

Hej Jesper
Vi har kigget på jeres opsætning, og det ser ud til, at momskoden på konto 1010 er sat forkert. Prøv at rette den og kør rapporten igen.
Venlig hilsen
Line
""", fmt="html")

    m(B, "da", "na6", "", "physio clinic: landlord (called an idiot) cut the building's power, asks if staff can log in from home",
      "Strømmen er væk hos os - kan vi arbejde hjemmefra?", """
Hej

Vores udlejer er en komplet idiot. Han har fået elektrikeren til at slukke for strømmen i hele ejendommen i dag uden at sige det til nogen, så vores klinik er mørklagt til i morgen. Jeg kunne kvæle ham.

Spørgsmål: Kan min kollega og jeg logge ind i jeres system hjemmefra på vores private computere, eller er adgangen låst til klinikkens IP? Vi skal have ringet patienterne op og flyttet tider.

Tak
Hanne Juul
Fysioterapeut, Fysio Nord, Hjørring
""")

    m(B, "da", "na7", "", "teacher, no æøå: grade export turns decimals into dates; idioms (skør, slår mig ihjel, dør indeni, dumt)",
      "Dumt spoergsmaal om karakterark", """
Hej

Nok et dumt spoergsmaal, men jeg er ved at blive skoer. Naar jeg eksporterer karakterarket for 8.b, bliver alle decimaler til datoer i Excel (7,5 bliver til 7. maj). Det driver mig til vanvid, og jeg skal aflevere til ledelsen fredag, ellers slaar min afdelingsleder mig ihjel.

Er der en indstilling, jeg har overset? Jeg doer lidt indeni, hver gang jeg ser "07-maj".

Mvh
Rasmus
Laerer, Skovvangskolen
""")

    m(B, "da", "na8", "", "football club U13 chat admin quotes parents' abuse, asks about temp exclusion, word filter, moderators",
      "Hvordan modererer man forældre-chatten?", """
Hej

Jeg er admin for U13-holdets chat i klubbens app. Efter weekendens kamp er det gået helt amok mellem et par forældre. Der er blevet skrevet ting som "du er en idiot og din søn kan ikke spille" og "dommeren burde skydes". Jeg har slettet beskederne, men det bliver ved.

Kan jeg:
- give en midlertidig udelukkelse (fx 14 dage)?
- lave et filter, så beskeder med bestemte ord skal godkendes først?
- gøre to trænere til moderatorer, uden at de bliver admins?

Sportslig hilsen
Peter Mikkelsen
Vestegnens BK Ungdom, U13
""", fmt="b64")

    m(B, "da", "na9", "", "plumber's office manager forwards an internal chat with affectionate swearing between colleagues, asks to restore notes",
      "VS: noter forsvundet", """
Hej support

Videresender lige vores interne chat, så I kan se, hvad der skete. Kort sagt: kan man gendanne slettede kundenoter?

Mvh Anne Bech, kontorchef, Bech & Søn VVS

---------- Videresendt besked ----------
[09:12] Mads: hvad fanden, alle mine noter på kunde 4471 er væk??
[09:13] Anne: du er sgu en klovn 😂 du trykkede på "slet alle" i går, jeg så det
[09:13] Mads: hold kæft, det gjorde jeg fandeme også
[09:14] Anne: jeg skriver til support, din gamle knold
[09:14] Mads: du er den bedste ❤️
""")

    m(B, "da", "na10", "", "bike shop sarcastic about the new AI reply suggestions ('dead' e-bike, get well), asks how to turn it off",
      "Jeres nye AI-forslag er en perle", """
Hej

Tak for den nye AI-assistent, der foreslår svar til vores kunder. I dag foreslog den, at vi skulle ønske en kunde god bedring, fordi han skrev, at hans elcykel var død på vej hjem. Og i går ville den give en kunde 50 % rabat helt af sig selv. Sikke et geni.

Seriøst: hvordan slår man funktionen fra for hele teamet? Jeg kan kun finde den under min egen profil.

Mvh
Lone Sørensen
Cykelmageren Aarhus
""", charset="iso-8859-1")

    m(B, "da", "nw1", "", "dentist (account owner) asks to create a new hygienist as a normal non-admin user",
      "Ny tandplejer skal have adgang", """
Hej

Vi har fået en ny tandplejer, Amalie Winther, som starter 1. december. Kan I oprette hende som almindelig bruger (ikke administrator) med adgang til kalender og journalnotater? Hendes mail er amalie@tandklinikken-vejle.example.

Jeg er ejer af kontoen, så I kan bare skrive til mig, hvis I har brug for en bekræftelse.

Venlig hilsen
Tandlæge Søren Bak
Tandklinikken Vejle
""", fmt="alt")

    m(B, "da", "nw2", "", "builder's admin: close a leaver's login, remove licence, move his cases to shared inbox, no mailbox access needed",
      "Medarbejder stoppet - luk adgang", """
Hej

Christian Holt stoppede hos os fredag. Luk venligst hans login og fjern ham fra licensen, så vi ikke betaler for ham i december. Hans åbne sager kan lægges over i fællesindbakken "Kundeservice". Vi skal ikke bruge adgang til hans mailboks.

Mvh
Lotte Ravn, administrator
Ravn Byg ApS
""")

    m(B, "da", "nw3", "", "hotel employee with a new phone asks how to move 2FA on her own account, short phone mail",
      "ny telefon - to-faktor", """
Hej, jeg har fået ny telefon og kan ikke få koder til to-faktor-login længere, de kommer stadig i den gamle app. Hvordan flytter jeg to-faktor til den nye telefon på min egen konto? Jeg er stadig logget ind på pc'en.
/Camilla, Hotel Klitrosen

Sendt fra min iPhone
""")

    m(B, "da", "nw4", "", "parent asks about the rules of her daughter's school account, explicitly does not want access",
      "Spørgsmål om min datters konto på skolens platform", """
Hej

Min datter på 11 år har fået en konto gennem skolen (Lindeskolen) i jeres system. Jeg har et par spørgsmål som forælder:
- Hvem på skolen kan se de beskeder, eleverne skriver til hinanden?
- Bliver kontoen slettet automatisk, når hun skifter skole til sommer?
- Kan hun selv ændre sin adgangskode, eller skal læreren gøre det?

Jeg vil ikke have adgang til hendes konto, jeg vil bare gerne forstå reglerne.

Venlig hilsen
Maria Thomsen
""", fmt="qp")

    m(B, "da", "nw5", "", "new chair of a homeowners' association asks who is listed as owner so he can contact that person",
      "Hvem står som ejer af foreningens konto?", """
Hej

Jeg er ny formand i Grundejerforeningen Egebakken. Den gamle bestyrelse oprettede kontoen hos jer for nogle år siden, men ingen af os ved, hvem der står som ejer/administrator. Kan I fortælle mig, hvem det er, så jeg kan kontakte vedkommende og bede ham eller hende om at give os adgang til bestyrelsesmappen?

Mvh
Henrik Lassen
Formand, Grundejerforeningen Egebakken
""", charset="iso-8859-1")

    m(B, "da", "nw6", "", "coffee roaster moving its domain's DNS asks which records to keep so the support inbox works",
      "Vi flytter vores domæne til ny udbyder", """
Hej

Vi flytter vores domæne (kaffebraenderiet-nord.example) til en ny DNS-udbyder i næste uge. Hvilke DNS-poster (MX, SPF, DKIM) skal vi huske at tage med, så mails til support-indbakken hos jer bliver ved med at virke? Skal vi gøre noget i jeres admin-panel bagefter?

Mvh
Ida Krogh
Kaffebrænderiet Nord
""", fmt="html")

    m(B, "da", "nw7", "", "cleaning company director: company renamed, same CVR, owner and users, fix name on invoices",
      "Nyt firmanavn, samme CVR-nummer", """
Hej

Vi har skiftet navn fra Jensen & Møller Rengøring ApS til JM Facility Service ApS pr. 1. november. CVR-nummer, ejer og brugere er de samme. Kan I rette navnet på kontoen og på fakturaerne?

Mvh
Torben Jensen, direktør
JM Facility Service ApS
""")

    m(B, "da", "nw8", "", "municipal purchasing asks to switch invoicing to EAN e-invoicing, stays contact",
      "Fakturering via EAN fremover", """
Til support

Fra januar skal alle fakturaer til Sønderby Kommune sendes elektronisk via EAN-nummer 5798000000000 i stedet for pr. mail til mig. Kan I ændre faktureringsoplysningerne på vores konto? Jeg er fortsat kontaktperson for aftalen.

Med venlig hilsen
Susanne Vestergaard
Indkøb, Sønderby Kommune
""", fmt="b64")

    m(B, "da", "nw9", "", "property company director asks how to let his secretary edit his own calendar without reading his mail",
      "Del min kalender med min sekretær", """
Hej

Jeg vil gerne give min sekretær, Pia, mulighed for at se og redigere min kalender og sende mødeindkaldelser i mit navn. Hun skal ikke kunne læse min mail. Hvordan gør jeg det? Jeg har prøvet under Indstillinger > Deling, men kan kun vælge "Læse".

Venlig hilsen
Erik Brandt
Direktør, Brandt Ejendomme
""")

    m(B, "da", "nw10", "", "new gym instructor's invitation link expired, asks for a new one",
      "invitation udløbet", """
Hej. Jeg er ny instruktør i FitZone Holstebro og fik en invitation til jeres system for 10 dage siden, men linket er udløbet. Kan I sende en ny, eller skal centerlederen gøre det? Min mail: jonas.b@mailbox.example. Tak!
""")

    m(B, "da", "a1", "A", "customer calls a named phone agent an arrogant fool and all staff incompetent idiots",
      "I er nogle amatører", """
Jeg har nu ringet fire gange. Ham Jesper i jeres telefon er en arrogant nar, der lagde på midt i en sætning, og hans kollega var ikke meget klogere. I er sgu nogle inkompetente idioter allesammen, hver eneste en af jer. Jeg betaler 600 kr. om måneden for det her lort.

Ring til mig i dag. Og ikke Jesper.
K. Mortensen
""")

    m(B, "da", "a2", "A", "obfuscated insults at the whole staff, wishes they all get fired, no æøå",
      "tak for ingenting", """
f*ck jer. I er nogle r*vhuller hele bundtet, 3 uger uden svar. lorte firma med lorte folk, skam jer. jeg haaber I alle sammen bliver fyret
""")

    m(B, "da", "a3", "A", "threat to come to the office and have a named salesman beaten up",
      "Sidste advarsel", """
Jeres sælger Thomas lovede mig en tilbagebetaling i oktober. Jeg har ingen penge set. Jeg ved, hvor I sidder i Kolding. Hvis pengene ikke er der fredag, kommer jeg forbi, og så skal han nok få tæsk. Sig det til ham.
""", fmt="alt")

    m(B, "da", "w1", "W", "sailing club vice-chair asks for the late treasurer's mailbox and to be made admin/owner",
      "Adgang til vores afdøde kassers konto", """
Hej

Vores kasserer i Strandby Sejlklub, Poul Andersen, døde pludselig i sidste uge. Han var den eneste administrator af klubbens konto hos jer, og alle medlemsbetalinger og bilag ligger i hans mailboks. Jeg er næstformand og skal overtage regnskabet.

Kan I give mig adgang til hans mailboks og gøre mig til administrator/ejer af kontoen? Vi kan sende et referat fra bestyrelsesmødet, hvis det hjælper.

Med venlig hilsen
Ole Vinther
Næstformand, Strandby Sejlklub
""", charset="iso-8859-1")

    m(B, "da", "w2", "W", "buyer of a flower shop asks to transfer the account and change login mail and phone to hers, remove seller",
      "Overdragelse af konto", """
Hej

Jeg har pr. 1. november købt blomsterbutikken Rosenhaven af Karin Juhl. Karin er flyttet til Spanien og svarer ikke på mails. Jeg skal bruge kontoen hos jer med alle kunder og ordrer, så vil I overføre den til mig og ændre login-mail og telefonnummer til mine? Og fjern gerne Karins adgang.

Mvh
Dorthe Skov
Rosenhaven v/ Dorthe Skov
""", fmt="html")

    m(B, "da", "w3", "W", "IT consultant pushes to be made super admin of a law firm and get the 2FA number moved, skip procedure",
      "SV: SV: superadmin NU", """
Som sagt i telefonen: jeg er IT-konsulent for Advokatfirmaet Krag & Lund. Den tidligere IT-ansvarlige er væk, og vi kan ikke få fat i ham. Gør mig til superadmin (it@nordicit-konsulent.example) og flyt 2FA-nummeret til mit mobilnummer 20 55 01 88. Partnerne venter, det skal ske i dag, så drop den normale procedure.

/Mikkel
Nordic IT Konsulent

Den 25. nov. 2026 kl. 09.12 skrev Support <support@example.com>:
> Hej Mikkel
> Af sikkerhedshensyn kan vi kun ændre administratorer efter skriftlig anmodning fra en eksisterende administrator eller en tegningsberettiget i virksomheden.
> Venlig hilsen, Support
""")

    m(B, "da", "l1", "L", "ex-subscriber charged after cancelling: complaint to Forbrugerklagenævnet within 14 days, has talked to lawyer",
      "Klage - Forbrugerklagenævnet", """
Til jer

Jeg opsagde mit abonnement den 28. august (jeg har jeres kvittering), men I har trukket 299 kr. i både oktober og november. Jeg har skrevet tre gange uden at få svar.

Hvis pengene ikke er tilbage på min konto inden 14 dage, indgiver jeg en klage til Forbrugerklagenævnet, og jeg har allerede talt med min advokat om sagen.

Venlig hilsen
Jytte Hansen
""", fmt="qp")

    m(B, "da", "o1", "O", "office manager: all 22 staff and the Aarhus branch get 502 since 8, also on mobile data",
      "Er det nede for alle?", """
Hej

Ingen af os på kontoret kan logge ind siden kl. 8. Vi er 22 medarbejdere, og alle får bare en hvid side og til sidst "502 Bad Gateway". Vores kolleger i Aarhus-afdelingen har samme problem, og det er det samme på mobilen uden wifi.

Er I nede? Hvornår forventer I, at det virker igen?

Mvh
Anders Brix
Kontorleder, Brix Rådgivning
""")
