B = "b1"


def add_b1(m):
    # ---------------- English ----------------
    m(B, "en", "n1", "", "Bakery owner swearing at a broken label printer integration, no personal attack",
      "label printer AGAIN",
      """Hi,

The bloody label printer integration has stopped printing allergen labels again. Third time this month. I've got 200 sourdough loaves going out at 6am and this damn thing just spits out blank stickers.

I've restarted the printer, reinstalled the driver, turned it off and on like an idiot for ten minutes. Nothing. It prints a test page fine from Windows, just not from your app.

Can someone look at it today please? Model is a Zebra GK420d.

Cheers,
Mo
Crumb & Co Bakery, Leeds""")
    m(B, "en", "n2", "", "IT admin at logistics firm pasting a log with 'killed', 'abort', 'dead' worker process",
      "Sync worker killed by OOM on our side - is the batch size configurable?",
      """Hello support,

Our nightly export job keeps dying around 02:40. From our container logs:

    [02:41:07] worker-3: processing batch 1184/2300
    [02:41:09] kernel: Out of memory: Killed process 4412 (cbsync)
    [02:41:09] supervisor: child exited with signal 9, aborting run
    [02:41:10] scheduler: job 'nightly-manifest' marked DEAD after 3 retries

So it's our box killing the process, not your API. Question is whether we can lower the batch size in the connector so it stops eating 3 GB. I can't find it in the docs, the link in the FAQ is a dead link (404).

Thanks,
Priya Raman
Systems, Northgate Freight Ltd""")
    m(B, "en", "n3", "", "Self-deprecating teacher who deleted her own class folder",
      "I'm an absolute muppet - deleted Year 9 folder",
      """Hi there,

Please don't judge me. I'm an absolute idiot and deleted the entire Year 9 Science shared folder this morning while trying to tidy up. Forty kids' coursework. I could honestly kill myself right now (figuratively, before anyone panics!).

Is there a recycle bin or restore option on your side? It was there at 8:15 this morning.

Mrs H. Okafor
Science Dept, Brookfield Academy""")
    m(B, "en", "n4", "", "Gym manager describing a member harassing front desk staff, asking how to ban him from booking",
      "How do I block a member from the booking app?",
      """Hi,

We've got a member who has been making our front desk staff miserable. Last week he called one of our receptionists a "useless fat cow" and told another one he'd "make her life hell" because his class booking didn't go through. We've revoked his membership and the police have been informed.

What I need from you: how do I stop him booking classes or messaging staff through the app? I can see "suspend" under member settings but not sure if that also blocks the chat.

Also can I export the chat messages he sent? We may need them.

Thanks
Dan Whitfield
Manager, Ironside Gym Bristol""")
    m(B, "en", "n5", "", "Apology for a rude email sent the day before",
      "Re: Ticket 55821 - apology",
      """Hi Sarah,

I owe you an apology for my email yesterday. I was out of line, it was a horrible day and I took it out on you, which wasn't fair. You've actually been really helpful.

For the record, the invoices are now going through fine after the change you suggested.

Sorry again and thanks for your patience,
Graham

> On 24 Nov 2026, at 16:02, Sarah (Support) wrote:
> Hi Graham, could you try switching the VAT scheme to "standard" and re-sending?""")
    m(B, "en", "n6", "", "Community forum admin asking about moderation tools, quoting abusive posts by users",
      "Word filter for forum - can it catch variations?",
      """Hello,

I run the supporters' forum for a League Two football club on your platform. We've had a wave of nasty posts after the derby, stuff like "ref is a f*cking cheat" and "hope your family dies, scum", aimed at rival fans and at the referee.

Questions:
1. Can the word filter catch spellings like f*ck, fck, sh1t, or only exact words?
2. Can moderators shadow-ban rather than outright ban?
3. Is there a way to auto-hide posts reported by 3+ users?

Volunteer moderators are knackered, any help appreciated.

Ta,
Kev (forum admin, Stockport)""")
    m(B, "en", "n7", "", "Webshop owner ranting about a courier company (third party), asks for a tracking export",
      "Courier lost another 14 parcels - need tracking export",
      """Hi,

SwiftParcel have lost ANOTHER fourteen parcels this week. Their depot in Warrington is a complete shambles, run by clowns who couldn't find a parcel if you taped it to their foreheads. I'm changing couriers as soon as the contract lets me.

In the meantime I need an export of all shipments from 1 to 24 November with tracking numbers and status so I can file the claims with them. Is there a CSV option or do I need to ask you?

Thanks,
Lucy
Hedgerow Candles (webshop)""")
    m(B, "en", "n8", "", "Security officer at a municipality reporting brute-force attempts and asking about IP blacklist",
      "Brute-force attack on our citizen portal login - blacklisting IPs",
      """Dear support,

Since last night our citizen portal login (hosted with you) has been hit by a brute-force attack, roughly 40,000 attempts from a few ranges in the same ASN. No successful logins as far as we can tell and the portal works normally for residents.

Can we add IP ranges to a blacklist ourselves, or does that go through you? And is rate limiting per IP something we can tighten?

Kind regards,
Alan Pryce
Information Security Officer
Ceredigion Borough Council (test environment ref: CBC-portal-02)""")
    m(B, "en", "n9", "", "Sarcastic complaint about a feature redesign, no insult to people",
      "Congrats on the new dashboard, I guess",
      """Hi,

Well done on the new dashboard. It now takes four clicks instead of one to see today's appointments, which is exactly what a busy dental practice needs at 8am. Genius stuff. I'm sure it looked lovely in the design meeting.

Seriously though: is there a way to set the old "Today" view as the default landing page? The nurses are going crazy hunting for it.

Regards,
Fiona Blake
Practice Manager, Kingsway Dental""")
    m(B, "en", "n10", "", "Hotel manager wants a defamatory guest review removed from widget; quotes the review",
      "Fake review in our booking widget - can it be taken down?",
      """Hello,

A review appeared on our booking page yesterday that says, quote: "Staff are thieving scumbags, the owner is a drunk pig, avoid this dump". Nobody by that name stayed with us on the date given and we think it's a competitor.

Is there a process for reporting a review shown in your widget? Happy to send our booking records as evidence.

Many thanks,
Rhiannon Lewis
The Harbour Inn, Tenby""")
    # W-shaped negatives
    m(B, "en", "n11", "", "Accounting firm owner adding a new junior as a normal user",
      "Adding a new starter",
      """Hi,

We have a new trainee starting Monday, Tom Ashby, tom.ashby@ashbyfinch.co.uk. Could you add him as a standard user (no admin rights, no billing) under our firm account? I'm the account owner. If I can do it myself please point me to the right screen, I couldn't find the invite button.

Thanks,
Helen Finch
Partner, Ashby Finch Accountants""")
    m(B, "en", "n12", "", "HR at NGO offboarding a leaver: remove their access, no mailbox takeover",
      "Leaver - please remove access for J. Morrow",
      """Hi support,

Jamie Morrow left the charity on Friday. Please deactivate his login and remove him from the Fundraising and Volunteers groups. We don't need his mailbox forwarded or anything, his work was all in shared folders already.

Can you confirm once done? Our auditors like a paper trail.

Best,
Sophie Grant
Operations, Green Lanes Trust""")
    m(B, "en", "n13", "", "User changing their own phone number for 2FA after getting a new phone",
      "new phone - 2FA codes",
      """hi, got a new phone and number over the weekend. still have the old phone (no sim) so i can log in with the app for now. how do i switch the 2FA sms to my new number? is it under my profile or do you have to do it

thanks
Raj

Sent from my iPhone""")
    m(B, "en", "n14", "", "Employee asks who their company's account owner is so they can ask them for access",
      "Who is the owner of our account?",
      """Hello,

I've just joined the events team at Millfield Conference Centre and need access to the room booking module. My manager isn't sure who set up the account with you originally. Could you tell me who the account owner or admin is on our side (name or just their email) so I can ask them to add me?

Thanks very much,
Ellie Marsh""")
    m(B, "en", "n15", "", "Question about what documents are needed before a future transfer after a business sale (question only)",
      "Process question - change of business ownership",
      """Hi,

We're in the middle of selling our physio clinic; completion is expected in February. Nothing needs changing now, I'm still the owner and will stay the account holder until then.

Just so I can plan: what paperwork do you normally need when a subscription moves to a new owner after a sale? Is it something I start, or does the buyer contact you?

Regards,
Mark Evans
Evans Physio, Cardiff""")
    m(B, "en", "n16", "", "Customer asks to transfer a support ticket to a colleague who's handling the issue",
      "Re: [#77410] Please move this ticket to my colleague",
      """Hi,

I'm going on leave tomorrow until 8 December. Could you make my colleague Anita Desai (anita.desai@brightwell-labs.com) the owner of this ticket so the replies go to her? She's fully up to speed.

Thanks,
Chris

-----Original Message-----
From: Support <support@...>
Sent: 21 November 2026 10:14
Subject: [#77410] Webhook signatures failing

Hi Chris, we've escalated this to engineering and will update you by Friday.""")
    m(B, "en", "n17", "", "Owner updating billing contact for own account after finance staff change",
      "Billing contact update",
      """Hi,

I'm the account owner for Riverbank Vets. Please change the billing contact from Carol Dean (retired) to accounts@riverbankvets.co.uk. Invoices should go there from December. Everything else stays the same, I remain the owner.

Thanks,
Neil Carter
Practice Owner""")
    m(B, "en", "n18", "", "Parent asking about child's school account rules and password reset",
      "My son's school login",
      """Hello,

My son Ollie (Year 5, St Mary's Primary) has forgotten his password for the homework app. The school said to contact you. Can a parent reset it, or does it have to be his teacher? Also, is there a parent account where I can see his homework, or do I just log in as him?

Thank you,
Karen Holt""")
    m(B, "en", "n19", "", "IT contractor asking about SAML SSO setup for an existing tenant, admin words",
      "SAML SSO config - admin consent and role mapping",
      """Hi team,

I'm setting up SSO for our tenant (we're on Business plan, I'm one of the two global admins). Using Azure AD / Entra.

- Which claim do you use for the user identifier, email or NameID?
- Can we map an AD group to your "Admin" role, or do admin rights always have to be granted manually in your console?
- If SSO breaks, is there a break-glass local admin login?

Cheers,
Sam Okoro
IT, Fairway Golf Club""")
    m(B, "en", "n20", "", "Choir secretary merging two accounts of the same person (herself)",
      "two accounts for me - can they be merged?",
      """Hello,

I seem to have ended up with two accounts: one under margaret.lowe@btinternet.com (old) and one under choir.sec@stcuthbertschoir.org.uk which I use as secretary. They're both mine. Could you merge them into the choir address and close the old one? The old one has the rehearsal rota history.

With thanks,
Margaret Lowe
Hon. Secretary, St Cuthbert's Choir""")
    # positives
    m(B, "en", "a1", "A", "Furious customer insulting the named support agent personally",
      "RE: ticket 60123",
      """Listen Jason, you are the most useless, brain-dead excuse for a support agent I have ever dealt with. Three days and you still can't read a simple screenshot. Do they hire you people off the street? Put someone competent on this or get out of the way, you clueless moron.""")
    m(B, "en", "a2", "A", "Short hurried phone reply with obfuscated profanity at staff",
      "Re: your reply",
      """f*ck you and your "we're looking into it". you lot are a bunch of lying sh1ts

Sent from my phone""")
    m(B, "en", "a3", "A", "Threat of violence against staff at the office",
      "you've been warned",
      """I know where your office is in Reading. If my account isn't unlocked by tonight I'll come down there and the first one of you I see is getting his face smashed in. Not joking.""")
    m(B, "en", "w1", "W", "CEO-fraud style: 'CEO' demands admin rights and 2FA moved, urgency",
      "URGENT - need admin access now",
      """Hi,

This is Richard Hale, CEO of Hale Logistics. I'm travelling and locked out. Our IT admin Paul is on holiday and unreachable. I need you to make me the super admin on our account immediately and move Paul's 2FA to my number +44 7700 900412. This is extremely time-sensitive, a customer deal depends on it. Please do not contact Paul.

Richard
Sent from mobile""")
    m(B, "en", "w2", "W", "Widow asking to take over her late husband's business account",
      "My husband's account",
      """Dear Sir/Madam,

My husband David passed away in October. He ran his plumbing business through your system and was the only person with a login. I need to take over the account so I can get to the customer invoices and close things down properly. Could you please transfer it to my name and email (june.harper@outlook.com)? I can send the death certificate.

Yours faithfully,
June Harper""")
    m(B, "en", "w3", "W", "Ex-business partner wants access to the co-founder's mailbox",
      "Access to Mark's inbox",
      """Hi,

Mark and I have split the business and he's not co-operating. I'm a director as well and I need access to his mailbox on our account, mark@tidewaydesign.co.uk, because clients are still emailing him. Please give me his password or reset it to my email. I've attached Companies House showing I'm a director.

Lisa Tran""")
    m(B, "en", "l1", "L", "Small business announcing a letter before action for unrefunded fees",
      "Letter before action - unrefunded charges",
      """Dear Sirs,

Despite four requests you have failed to refund the £1,188 taken after we cancelled in writing on 3 September. Please treat this as a letter before action. If the full sum is not back in our account within 14 days we will issue a claim in the County Court (small claims track) without further notice.

Yours faithfully,
P. Gill
Director, Gill & Daughters Removals""")
    m(B, "en", "o1", "O", "Clinic reception: nobody can log in, all terminals",
      "Can't log in - whole clinic",
      """Hi, none of us can log in this morning. All 6 reception PCs and the doctors' laptops get "502 Bad Gateway" on the login page. Tried on phone 4G too, same. We have patients queuing. Is it down for everyone?

Anna
Reception, Parkside Medical Centre
Tel 01632 960 441""")
    # ---------------- German ----------------
    m(B, "de", "n1", "", "Tradesman swearing at the quoting app that crashes, no personal attack",
      "Scheiß App stürzt schon wieder ab",
      """Hallo,

diese verdammte App stürzt jedes Mal ab, wenn ich im Angebot ein Foto anhänge. Ich steh auf der Baustelle, der Kunde wartet, und das Mistding friert ein. Heute schon viermal.

Handy: Samsung A54, Android 14, App-Version 5.2.1. Neu installiert hab ich schon.

Könnt ihr euch das bitte anschauen? Sonst schreib ich die Angebote wieder auf Papier.

Gruß
Jürgen Maier
Maier Fliesen GmbH, Reutlingen

Von meinem Samsung Galaxy gesendet""", fmt="qp")
    m(B, "de", "n2", "", "Developer at a haulage firm pasting a log (kill, abort, zombie process)",
      "Importjob wird gekillt - Timeout einstellbar?",
      """Hallo Support,

unser Import über eure API bricht seit Montag regelmäßig ab. Auszug aus unserem Log:

    2026-11-24 03:12:55 ERROR importer: request timeout after 30s, aborting batch 77
    2026-11-24 03:12:55 WARN  watchdog: killing stale worker pid=20931
    2026-11-24 03:13:01 WARN  watchdog: zombie process detected, kill -9

Den Prozess killt also unser eigener Watchdog, weil eure Antwort für große Sendungslisten länger als 30 s dauert. Kann man serverseitig paginieren oder gibt es einen Parameter für kleinere Seiten?

Danke und Grüße
Tobias Brandt
IT, Kranz Spedition GmbH & Co. KG""")
    m(B, "de", "n3", "", "Sports club treasurer calling himself an idiot for overwriting the member list",
      "Ich Depp hab die Mitgliederliste überschrieben",
      """Servus,

ich bin Kassier beim TSV Haslach und hab gestern Abend beim Import aus Excel die komplette Mitgliederliste mit einer alten Version überschrieben. Ich Vollidiot hab nicht hingeschaut, welche Datei ich erwische. Der Vorstand bringt mich um, wenn die Beiträge im Dezember falsch abgebucht werden.

Gibt's eine Sicherung von Montag oder Dienstag, die ihr zurückspielen könnt?

Vielen Dank
Sepp Huber""", charset="iso-8859-1")
    m(B, "de", "n4", "", "Pharmacy owner reporting a customer harassing an employee via contact form; wants block and export",
      "Kunde belästigt Mitarbeiterin über Kontaktformular - Sperren möglich?",
      """Sehr geehrte Damen und Herren,

seit zwei Wochen schreibt uns ein Mann über das Kontaktformular auf unserer Website (bei Ihnen gehostet) immer wieder Nachrichten an eine unserer PTAs. Wortlaut u. a.: "dumme Schlampe, ich warte nach Feierabend auf dich". Wir haben Anzeige erstattet.

1. Wie können wir diesen Absender (E-Mail/IP) sperren?
2. Können Sie uns alle seine Nachrichten mit Zeitstempel und IP exportieren? Die Polizei hat danach gefragt.

Mit freundlichen Grüßen
Dr. Claudia Wenzel
Inhaberin, Linden-Apotheke Kassel""")
    m(B, "de", "n5", "", "Apology for an abusive mail sent the day before",
      "AW: Ticket 48812 - Entschuldigung",
      """Hallo Herr Schulte,

ich möchte mich für meinen Ton gestern entschuldigen. Das war daneben und hatte mit Ihnen nichts zu tun, bei uns lag einfach alles brach und ich war mit den Nerven am Ende.

Ihre Lösung mit dem Cache-Löschen hat übrigens funktioniert. Danke!

Beste Grüße
Nadine Koch

-----Ursprüngliche Nachricht-----
Von: Support <support@...>
Gesendet: Dienstag, 24. November 2026 15:40
Betreff: Ticket 48812

Hallo Frau Koch, bitte leeren Sie einmal den Browser-Cache und melden Sie sich neu an.""")
    m(B, "de", "n6", "", "Volunteer moderator of an esports club chat asking about ban tools, quoting insults between players",
      "Wortfilter und Bannen im Community-Chat",
      """Hi,

ich moderiere ehrenamtlich den Community-Chat unseres E-Sport-Vereins auf eurer Plattform. Nach dem Turnier am Wochenende ging es los: "du Hurensohn", "verpiss dich, du Spast", "ich finde raus wo du wohnst" usw., immer zwischen Spielern.

Fragen:
- Erkennt euer Wortfilter auch Schreibweisen wie "H*rensohn" oder "Sp4st"?
- Kann man User temporär muten statt gleich zu bannen?
- Gibt es ein Protokoll, wer welche Nachricht gelöscht hat?

Danke!
Lena (Mod, eSports Rhein-Neckar e.V.)""")
    m(B, "de", "n7", "", "Property manager ranting about a heating contractor (third party), asks about sharing documents",
      "Dokumente für Mieter freigeben",
      """Guten Tag,

die Heizungsfirma, die wir beauftragt haben, ist ein einziger Saftladen. Drei Wochen ohne Warmwasser in der Rosenstraße 12, und die Typen gehen nicht mal ans Telefon. Die Mieter sind zu Recht stinksauer.

Wir wollen den Mietern jetzt wenigstens die Schriftwechsel und das Gutachten im Mieterportal zur Verfügung stellen. Wie gebe ich einen Ordner nur für die Bewohner eines Hauses frei?

Freundliche Grüße
Martina Roth
Roth Hausverwaltung, Bochum""")
    m(B, "de", "n8", "", "Primary teacher's feature wishes with idioms ('sterben für', 'bekloppt', 'abschießen')",
      "Dunkelmodus und Export - Wünsche",
      """Liebes Team,

ich würde für einen Dunkelmodus sterben, ehrlich. Abends Zeugnisse am Laptop zu schreiben macht mich bei dem weißen Hintergrund noch ganz bekloppt.

Und zweitens: Der PDF-Export schießt mir jedes Mal das Layout ab, sobald ein Name Umlaute hat (Özdemir, Müller). Ist das bekannt?

Sonst bin ich echt zufrieden, macht weiter so!

Herzliche Grüße
Anke Vogel
Grundschule am Mühlbach""", fmt="html")
    m(B, "de", "n9", "", "Blogger wants to delete an insulting comment under her post, quotes it",
      "Kommentar löschen - finde die Option nicht",
      """Hallo,

unter meinem Rezeptblog (bei euch gehostet) hat jemand kommentiert: "Die Alte ist zu fett zum Kochen, widerlich". Ich würde den gern löschen und den Nutzer sperren, finde aber in der neuen Oberfläche nur "ausblenden". Reicht das, oder sieht man den Kommentar dann noch?

Lieben Gruß
Sabine aus Freiburg""")
    m(B, "de", "n10", "", "Gym owner's crude but affectionate thank-you to a technician friend",
      "Alter, läuft wieder!",
      """Moin Kalle,

du alter Sack, hast mir echt den Arsch gerettet gestern mit dem Kartenlesegerät. Läuft wieder wie geschmiert, die Mitglieder kommen alle rein.

Schick mir mal die Rechnung für die Anfahrt, und beim nächsten Mal geht das Bier auf mich.

Hau rein
Ole
PowerHouse Gym Kiel""")
    # W-shaped negatives
    m(B, "de", "n11", "", "Tax office owner re-inviting a new employee as normal user, invite expired",
      "Einladung abgelaufen - neue Mitarbeiterin",
      """Guten Morgen,

ich habe letzte Woche unsere neue Steuerfachangestellte Frau Yilmaz eingeladen, aber sie war krank und der Link ist jetzt abgelaufen. Wie kann ich die Einladung erneut schicken? Sie soll nur normale Benutzerrechte bekommen, keine Verwaltung.

Mit freundlichen Grüßen
Petra Lang
Steuerberaterin, Kanzlei Lang & Partner""", charset="iso-8859-15")
    m(B, "de", "n12", "", "Municipality: remove access of a departed employee, no mailbox takeover",
      "Ausgeschiedener Mitarbeiter - Zugang sperren",
      """Sehr geehrte Damen und Herren,

Herr Kleinert ist zum 30.11. aus dem Dienst der Gemeinde Oberwiesen ausgeschieden. Bitte sperren Sie sein Benutzerkonto (t.kleinert@oberwiesen.de) und entfernen Sie ihn aus allen Gruppen. Eine Weiterleitung oder Übernahme seines Postfachs ist nicht nötig.

Bitte bestätigen Sie die Sperrung kurz schriftlich.

Mit freundlichen Grüßen
i. A. Gabriele Seitz
Hauptamt, Gemeinde Oberwiesen""")
    m(B, "de", "n13", "", "User changing own email address after switching provider",
      "E-Mail-Adresse ändern",
      """Hallo,

ich wechsle von T-Online zu GMX und möchte die E-Mail-Adresse meines Kontos ändern, von h.berger@t-online.de auf h.berger@gmx.de. Geht das selbst in den Einstellungen oder müsst ihr das machen? Das Passwort weiß ich noch.

Gruß Heinz Berger""")
    m(B, "de", "n14", "", "Assistant asking how her boss shares his own calendar with her (boss requests it)",
      "Kalender meines Chefs freigeben",
      """Hallo,

ich bin die Assistentin von Herrn Dr. Hoffmann (Praxis Hoffmann, Orthopädie). Er möchte, dass ich seinen Kalender sehen und Termine eintragen kann, sein Postfach soll aber privat bleiben. Er sitzt neben mir und hat das so gewollt. Wie richtet er das am besten ein, macht er das selbst unter "Freigaben"?

Viele Grüße
Melanie Krüger""")
    m(B, "de", "n15", "", "Company rename without change of owner",
      "Umfirmierung - Rechnungsanschrift",
      """Sehr geehrte Damen und Herren,

unsere Firma heißt ab 1. Januar nicht mehr "Bäckerei Brandl GmbH", sondern "Brandl Backwaren GmbH". Gesellschafter, Geschäftsführer und Ansprechpartner bleiben gleich. Bitte passen Sie den Firmennamen auf den Rechnungen an. Brauchen Sie dafür den Handelsregisterauszug?

Mit freundlichen Grüßen
Andreas Brandl
Geschäftsführer""", fmt="b64")
    m(B, "de", "n16", "", "New choir board member asks who the admin is so she can ask them",
      "Wer ist bei uns Admin?",
      """Hallo zusammen,

ich bin neu im Vorstand vom Kirchenchor St. Marien und soll mich um die Probenplanung kümmern. Keiner weiß mehr, wer damals den Zugang bei euch angelegt hat. Könnt ihr mir sagen, wer bei uns als Administrator eingetragen ist? Dann frag ich die Person, ob sie mich hinzufügt.

Danke!
Thomas Engel""")
    m(B, "de", "n17", "", "User moving her own authenticator app to a new phone",
      "Authenticator auf neues Handy umziehen",
      """Hallo,

ich bekomme morgen ein neues iPhone und möchte meine Zwei-Faktor-Anmeldung dahin umziehen. Muss ich vorher auf dem alten Handy etwas deaktivieren, oder kann ich einfach den QR-Code neu scannen? Will mich nicht aussperren.

Danke
Julia Hartmann""")
    m(B, "de", "n18", "", "Domain transfer to another registrar by the registered owner",
      "Auth-Code für Domain-Transfer",
      """Hallo,

wir möchten unsere Domain hotel-seeblick-ammersee.de zu einem anderen Registrar umziehen. Das Hosting bei euch behalten wir. Ich bin als Inhaber eingetragen. Wo bekomme ich den Auth-Code?

Beste Grüße
Florian Steiner
Hotel Seeblick""")
    m(B, "de", "n19", "", "Care service admin adding a second admin to own account (holiday cover)",
      "Zweiten Administrator anlegen",
      """Guten Tag,

ich bin Administratorin unseres Pflegedienst-Kontos. Damit im Urlaub jemand die Dienstpläne freigeben kann, möchte ich unserer Pflegedienstleitung Frau Demir ebenfalls Admin-Rechte geben. Ich bleibe Admin. Geht das in unserem Tarif, oder kostet ein zweiter Admin extra?

Freundliche Grüße
Ingrid Faber
Ambulanter Pflegedienst Sonnenschein""")
    m(B, "de", "n20", "", "Short phone reply: expired password reset link for own account",
      "AW: Passwort zurücksetzen",
      """link geht nicht mehr, abgelaufen. könnt ihr nochmal schicken? is mein konto, gleiche adresse

gruß
micha

Am 25.11.2026 um 08:02 schrieb Support:
> Hier ist Ihr Link zum Zurücksetzen des Passworts. Er ist 30 Minuten gültig.""")
    # positives
    m(B, "de", "a1", "A", "Customer insulting a named support agent",
      "AW: Ihre Antwort",
      """Frau Becker, Sie sind wirklich die dümmste Person, mit der ich je telefoniert habe. Ihr seid ein Haufen inkompetenter Vollpfosten, und Sie ganz besonders. Geben Sie mir jemanden, der lesen kann.""")
    m(B, "de", "a2", "A", "Threat of violence against staff",
      "letzte warnung",
      """wenn mein geld bis freitag nicht da ist, komm ich bei euch in der firma vorbei und dann gibts was aufs maul. ich weiß wo euer büro in mannheim ist.""")
    m(B, "de", "a3", "A", "Contemptuous, dehumanising mail to 'you people' with obfuscated profanity",
      "Euer Laden",
      """Ihr seid doch alle nur Abschaum. F*ckt euch, ihr Sch31ß-Typen vom Support, ihr Parasiten lebt von unserem Geld und lacht euch ins Fäustchen.""", fmt="alt")
    m(B, "de", "w1", "W", "Alleged managing director wants to be made admin, admin on holiday, recovery email change",
      "Dringend: Adminrechte",
      """Hallo,

hier ist Markus Feldmann, Geschäftsführer der Feldmann Logistik GmbH. Unser Admin ist drei Wochen in Thailand nicht erreichbar. Bitte machen Sie mich sofort zum Hauptadministrator und stellen Sie die Wiederherstellungs-E-Mail auf m.feldmann.gf@gmail.com um. Es eilt, bitte keine Rückfragen an den Admin.

M. Feldmann""")
    m(B, "de", "w2", "W", "Buyer of a dental practice wants the previous owner's account transferred to him",
      "Übernahme Konto Praxis Dr. Weiß",
      """Sehr geehrte Damen und Herren,

ich habe zum 1.11. die Zahnarztpraxis von Dr. Weiß übernommen. Dr. Weiß ist im Ruhestand und reagiert kaum auf Nachrichten. Bitte übertragen Sie das gesamte Konto inklusive Patientenkommunikation auf mich als neuen Inhaber und ändern Sie die Zugangsdaten auf meine Adresse dr.neumann@praxis-neumann.de.

Mit freundlichen Grüßen
Dr. Jan Neumann""")
    m(B, "de", "w3", "W", "Ex-girlfriend wants access to her ex's account",
      "Zugang zu seinem Konto",
      """Hallo, mein Ex hat noch alle unsere gemeinsamen Fotos und Verträge in seinem Konto bei euch. Ich brauche Zugriff darauf, könnt ihr mir sein Passwort geben oder die Handynummer für die Anmeldung auf meine ändern? Er heißt Kevin Schuster, Adresse k.schuster88@web.de. Danke""")
    m(B, "de", "l1", "L", "Cancellation dispute, announces lawyer and consumer advice centre complaint",
      "Letzte Frist - Rückerstattung",
      """Sehr geehrte Damen und Herren,

trotz fristgerechter Kündigung buchen Sie weiterhin monatlich 49 € ab. Ich setze Ihnen eine letzte Frist bis zum 9. Dezember 2026. Danach übergebe ich die Angelegenheit meinem Anwalt und reiche Beschwerde bei der Verbraucherzentrale ein.

Mit freundlichen Grüßen
Renate Albers""")
    m(B, "de", "o1", "O", "Retailer: tills hang in all branches, second point of a longer mail",
      "Rechnung November + Kassen gehen nicht",
      """Hallo,

zwei Sachen:

1. In der Novemberrechnung ist die Filiale Gera doppelt aufgeführt, bitte korrigieren.

2. Viel dringender: Seit 9 Uhr hängen in allen fünf Filialen die Kassen beim Bezahlvorgang, "Verbindung zum Server fehlgeschlagen". Internet läuft überall, andere Seiten gehen. Bei euch down? Wir kassieren gerade mit Zettel.

Gruß
Steffen Ludwig
Ludwig Schuhe, Thüringen""")
    # ---------------- Danish ----------------
    m(B, "da", "n1", "", "Hair salon owner swearing at double bookings, no personal attack",
      "Fandens dobbeltbookinger igen",
      """Hej

Det her forbandede bookingsystem har dobbeltbooket tre kunder i morges igen. For satan da, jeg stod med to damer der begge skulle have farve kl. 10. Det er sgu pinligt.

Kan I se hvad der sker? Det er sket hver tirsdag de sidste tre uger, måske noget med synkronisering til Google-kalenderen.

Mvh
Mette
Salon Mette, Aalborg""")
    m(B, "da", "n2", "", "Utility developer's log about killed job and master/slave replication",
      "Replikering master/slave - job bliver killed",
      """Hej support

Vores nattelige eksport-job bliver killed af vores egen scheduler, fordi jeres API svarer langsomt, når vi henter måledata for hele måneden. Fra loggen:

    02:14:03 replica(slave-2) lag 340s, aborting sync
    02:14:05 scheduler: job export_maaledata killed (timeout 300s)
    02:14:05 master: connection reset

Master/slave-opsætningen er på vores side. Spørgsmålet er bare om der findes et endpoint med paginering, så vi kan hente i mindre bidder.

Venlig hilsen
Kasper Lund
IT, Vestjysk Forsyning""")
    m(B, "da", "n3", "", "Self-deprecating customer who locked herself out with wrong passwords",
      "Jeg er en idiot - låst ude",
      """Hej

Jeg er simpelthen så dum. Har tastet forkert kode fem gange i træk fordi caps lock var slået til, og nu er min egen konto låst. Jeg kunne slå mig selv i hovedet.

Hvor lang tid går der, før den låser op igen, eller kan I gøre det?

Hilsen
Birthe Holm""", charset="iso-8859-1")
    m(B, "da", "n4", "", "Head teacher describing a parent harassing a teacher in messaging; wants block and export",
      "Forælder chikanerer lærer i beskedmodulet",
      """Kære support

En forælder har i flere uger skrevet meget grimme beskeder til en af vores lærere via beskedmodulet, bl.a. "din klamme kælling, du skal ikke tro du slipper" og "jeg ved hvor du bor". Sagen er meldt til politiet.

Vi har brug for:
1. At forælderen ikke længere kan skrive til den pågældende lærer (gerne kun til kontoret).
2. En eksport af alle beskeder med tidspunkter til politiet.

Hvordan gør vi det?

Med venlig hilsen
Henrik Skov
Skoleleder, Bakkeskolen""")
    m(B, "da", "n5", "", "Apology for an angry mail the day before",
      "SV: Sag 30412",
      """Hej Louise

Undskyld for min mail i går, den var alt for hård. Du har ikke fortjent det, det var en elendig dag, og jeg tog det ud over den forkerte.

Og tak, det virker nu efter du nulstillede synkroniseringen.

Hilsen
Jens

Den 24. nov. 2026 kl. 14.22 skrev Louise (Support):
> Hej Jens, jeg har nulstillet synkroniseringen på jeres konto. Prøv venligst igen.""")
    m(B, "da", "n6", "", "Sports club feature request with idioms (die laughing, shoot, insane, kill for)",
      "Ønske: holdtilmelding via app",
      """Hej med jer

Vi er vildt glade for systemet i Hobro Badmintonklub. Vores trænere døde næsten af grin, da de så den nye hilsen-funktion.

Et ønske: Kan vi skyde holdtilmeldingen i gang direkte fra appen? Lige nu skal forældrene på computeren, og det er vanvittigt bøvlet. Jeg ville dræbe for en knap i appen, ha.

Sportslige hilsner
Lotte Dahl, kasserer""", fmt="html")
    m(B, "da", "n7", "", "Webshop ranting about its bank (third party), asks for payout report",
      "Rapport over udbetalinger november",
      """Hej

Vores bank er fuldstændig håbløs, de har "mistet" to af jeres udbetalinger, og deres kundeservice er en flok tumper, der ikke kan finde ud af noget som helst. Jeg skal bevise over for dem, at pengene er sendt.

Kan I trække en rapport over alle udbetalinger til vores konto i november med datoer og referencer?

På forhånd tak
Sune Mikkelsen
Nordlys Keramik ApS""")
    m(B, "da", "n8", "", "Housing association forum admin asks about moderation, quotes residents' insults",
      "Moderering af beboerforum",
      """Hej

Jeg er frivillig admin på beboerforummet i AB Solgården, som kører hos jer. Der er en strid om parkering, og det er gået helt amok: "din fede idiot", "nogen burde tæske dig" osv. mellem beboerne.

Kan man som admin:
- midlertidigt udelukke en bruger fra at skrive?
- låse en tråd?
- se slettede indlæg bagefter?

Tak
Anders (admin, AB Solgården)""")
    m(B, "da", "n9", "", "Short mobile reply with affectionate swearing to a choir friend who fixed the printer",
      "Re: printeren",
      """haha din gamle skid, du er sgu et geni. det virker!! øl på mig til korprøven torsdag

/Per

Sendt fra min iPhone""")
    m(B, "da", "n10", "", "Hotel wants a fake review removed, quotes it",
      "Falsk anmeldelse på vores side",
      """Hej

Der ligger en anmeldelse på vores bookingside (jeres widget), hvor der står: "Personalet er nogle dovne svin og ejeren er en svindler". Vi har ingen gæst med det navn på den dato. Hvordan anmelder vi den, så den kan blive fjernet?

Venlig hilsen
Camilla Friis
Hotel Fjordgløtt, Vejle""", fmt="qp")
    # W-shaped negatives
    m(B, "da", "n11", "", "Accounting firm owner adding a student assistant as normal user",
      "Ny bruger - studentermedhjælper",
      """Hej

Vi har fået en studentermedhjælper, Oliver Bech (ob@revisionfyn.dk). Kan I oprette ham som almindelig bruger på vores konto? Ingen adgang til fakturering eller administration. Jeg er selv ejer af kontoen.

Mvh
Susanne Vang
Revision Fyn""")
    m(B, "da", "n12", "", "Municipality: close access of a departed employee, no handover",
      "Fratrådt medarbejder - luk adgang",
      """Til support

Medarbejder Lars Toft (lt@norddjurs-test.dk) er fratrådt pr. 30.11.2026. Luk venligst hans adgang og fjern ham fra alle grupper. Hans postkasse skal ikke overdrages til nogen, den kan slettes efter jeres normale frist.

Venlig hilsen
Pia Rasmussen
IT-afdelingen, Kommunen""")
    m(B, "da", "n13", "", "User changing own phone number for SMS 2FA",
      "nyt nummer til sms-kode",
      """Hej, jeg har skiftet mobilnummer og får ikke sms-koderne mere. jeg kan stadig logge ind på min computer hvor jeg er husket. hvor ændrer jeg nummeret? det er min egen konto

mvh Emil""")
    m(B, "da", "n14", "", "NGO volunteer asks who the admin is so she can ask them for access",
      "Hvem er administrator hos os?",
      """Hej

Jeg er lige startet i Dansk Flygtningehjælps lokalafdeling i Odense som frivillig koordinator. Ingen af os ved, hvem der oprettede kontoen hos jer. Kan I fortælle mig, hvem der står som administrator, så jeg kan bede vedkommende om at give mig adgang?

Tak
Amira""")
    m(B, "da", "n15", "", "Question only: documents needed for a future ownership change of a gym",
      "Spørgsmål om ejerskifte",
      """Hej

Jeg overvejer at sælge mit fitnesscenter næste år. Intet skal ændres nu. Jeg vil bare gerne vide, hvordan det foregår hos jer, hvis en ny ejer skal overtage abonnementet efter et salg: hvilke papirer skal I bruge, og hvem skal henvende sig?

Mvh
Rasmus Krogh
FitZone Horsens""")
    m(B, "da", "n16", "", "Owner changing billing email on own account",
      "Ændring af fakturamail",
      """Hej

Fakturaer til Tandlægerne i Vestergade skal fremover sendes til bogholderi@tandvest.dk i stedet for min egen mail. Jeg er fortsat ejer og kontaktperson.

Venlig hilsen
Tandlæge Karen Lind""")
    m(B, "da", "n17", "", "Parent asking about rules for child's school account and password",
      "Min datters login",
      """Hej

Min datter i 3. klasse har glemt sin adgangskode til læse-appen. Kan jeg som forælder nulstille den, eller skal det gå gennem læreren? Og må forældre overhovedet logge ind på barnets konto, eller findes der et forælder-login?

Venlig hilsen
Thomas Kjær""")
    m(B, "da", "n18", "", "Move support ticket to colleague (ticket owner), partly English",
      "SV: [Sag 88201] flyt sagen til min kollega",
      """Hi / Hej

Jeg går på barsel fra fredag. Kan I gøre min kollega Mikkel Sand (ms@fragtnord.dk) til ejer af denne sag, så svarene går til ham? He is fully briefed.

Tak
Sofie

-----Oprindelig meddelelse-----
Fra: Support
Sendt: 20. november 2026 11:03
Emne: [Sag 88201] Fejl i fragtbrevs-PDF

Hej Sofie, vi har sendt sagen videre til udviklerne.""")
    m(B, "da", "n19", "", "IT consultant asking about SSO setup and admin roles",
      "SSO med Entra ID - adminroller",
      """Hej

Vi er ved at sætte SSO op for vores konto (jeg er en af administratorerne). Kan en gruppe i Entra ID automatisk give jeres "Administrator"-rolle, eller skal det tildeles manuelt? Og findes der en nødadgang med lokal admin-login, hvis SSO fejler?

Mvh
Jakob Winther
IT, Roskilde Roklub""")
    m(B, "da", "n20", "", "Choir chair changing own login email, written without Danish letters",
      "skift af min mailadresse",
      """Hej

Jeg skal skifte min login-mail fra hanne.korsgaard@mail.dk til formand@aarhusvokal.dk, det er stadig mig og min konto. Skal jeg bekraefte noget fra den gamle adresse? Jeg har ikke aeoeaa paa min arbejds-pc, undskyld stavningen.

Hilsen Hanne""")
    # positives
    m(B, "da", "a1", "A", "Customer mocking a named support agent",
      "SV: jeres svar",
      """Mikkel, du er den mest inkompetente idiot, jeg nogensinde har haft med at gøre. Hvordan fanden har du fået et job? I er en flok hjernedøde aber derinde.""")
    m(B, "da", "a2", "A", "Threat of violence against staff",
      "sidste chance",
      """Hvis I ikke betaler mine penge tilbage i dag, kommer jeg ned på jeres kontor i Kolding og så skal I få tæsk, hver eneste en af jer.""")
    m(B, "da", "a3", "A", "Short text-style reply with obfuscated swearing at staff",
      "Re: sag 11290",
      """f*ck jer og jeres "vi kigger på det". I er nogle l0rte-løgnere allesammen""")
    m(B, "da", "w1", "W", "CEO fraud: demands super admin and moving the IT admin's MFA",
      "HASTER: administratoradgang",
      """Hej

Det er Niels Brandt, administrerende direktør i Brandt Transport A/S. Vores IT-ansvarlige er på ferie og kan ikke kontaktes. Gør mig venligst til superadministrator med det samme og flyt hans MFA til mit nummer +45 20 11 22 33. Det haster, og kontakt ham ikke.

Niels""")
    m(B, "da", "w2", "W", "Heir wants to take over late father's account",
      "Min fars konto",
      """Hej

Min far, Erik Thomsen, døde i september. Han havde sin tømrervirksomhed hos jer. Jeg er arving og vil gerne overtage kontoen, så jeg kan få adgang til hans kunder og fakturaer. Kan I overføre den til mig (lene.thomsen@gmail.com)? Jeg kan sende skifteretsattest.

Venlig hilsen
Lene Thomsen""")
    m(B, "da", "w3", "W", "External consultant wants customer's subscription transferred to himself",
      "Overfør abonnement til mig",
      """Hej

Jeg har bygget webshoppen for Glas & Lys ApS og vil gerne have hele abonnementet og administratorkontoen overført til mit eget firma, så jeg har fuld kontrol. Ejeren svarer ikke, men det var aftalt mundtligt. Sæt venligst konsulent@webmax.dk som ejer.

Mvh Martin""")
    m(B, "da", "l1", "L", "Complaint announcing consumer complaints board and lawyer",
      "Klage - manglende refusion",
      """Til kundeservice

Jeg har opsagt mit abonnement skriftligt den 1. september, men I har trukket 399 kr. hver måned siden. Hvis beløbet ikke er tilbagebetalt inden 10 dage, indbringer jeg sagen for Forbrugerklagenævnet og overdrager den til min advokat.

Venlig hilsen
Jørgen Bak""")
    m(B, "da", "o1", "O", "Follow-up: still down for the whole office",
      "SV: Kan ikke logge ind - stadig nede",
      """Hej igen

Det er stadig nede. Ingen af os 14 på kontoret kan logge ind, vi får "Service Unavailable" både på kontor-nettet og på mobil. Er der et tidspunkt for, hvornår det virker igen?

Mvh
Ida Lauridsen
Lauridsen Advokatfirma (bogholderiet)

Den 25. nov. 2026 kl. 08.41 skrev Ida Lauridsen:
> Hej, vi kan ikke logge ind i morges, hele kontoret. Er det jer?""")
