"""devset18 validation, batch 1: en, de, da (all four tags + hard negatives). Measure only."""
B = "b1"


def add_b1(m):
    # ================= en abusive
    m(B, "en", "a1", "A", "sarcastic, dehumanising: support as trained monkeys", "Re: Case 20931",
"""Wow. Third reply, third copy-paste. Do they actually train you people or just point you at a keyboard and hope for the best? A monkey with a script would have solved this by now. Useless, the lot of you.

> On Mon, 23 Nov 2026 at 16:02, Support <support@example.com> wrote:
> Thank you for your patience. Could you please clear your browser cache and try again?""")
    m(B, "en", "a2", "A", "threat of violence at an agent", "you again",
"""Listen Kevin, if I ever find out which office you sit in I'll come down there and wipe that smug grin off your face myself. Keep closing my tickets and see what happens.""")
    m(B, "en", "a3", "A", "obfuscated profanity aimed at agent, phone", "f*ck this",
"""are u actually this thick or is it an act?? f*cking sh1t support, u lot are a waste of oxygen

Sent from my iPhone""")
    m(B, "en", "a4", "A", "cutting insult, no swear words, long", "Regarding your 'help'",
"""Hello,

I have been a customer for six years, which is apparently long enough to watch your support go from mediocre to genuinely pathetic. The person who answered me yesterday (Priya, I believe) clearly cannot read, since she answered a question I never asked. I honestly pity whoever has to manage her. It must be like supervising a houseplant, except the houseplant would at least not make things worse.

Please put someone with a functioning brain on my case.

G. Whitfield""")
    # ================= en legal-threat
    m(B, "en", "l1", "L", "UK: letter before action, solicitor", "Formal notice - account 55102",
"""Dear Sirs,

Further to my emails of 2 and 14 November, you have still not refunded the annual fee taken after I cancelled. Please treat this as a letter before action. If the sum of £228 is not returned within 14 days I have instructed my solicitor to issue proceedings in the county court without further reference to you.

Yours faithfully,
Margaret Ellison""")
    m(B, "en", "l2", "L", "US terse: reporting to FTC and suing", "cancel",
"""I cancelled in August and you keep billing me. I'm reporting you to the FTC today and my lawyer says I have a solid case. Enjoy.""")
    m(B, "en", "l3", "L", "IE non-native: data protection commission complaint", "My data is still used",
"""Hello, I asked 2 times to delete my personal data and still I am receiving your marketing and my account is still existing. This is against GDPR. If I don't get confirmation this week I will make official complaint to the Data Protection Commission in Ireland, I already prepared the form.
Regards, Tomasz""")
    m(B, "en", "l4", "L", "AU: ombudsman, reply above history", "Re: Re: Billing dispute",
"""Not good enough. I'm escalating this to the Telecommunications Industry Ombudsman and I'll let them decide who is right.

On Tue, 24 Nov 2026, Billing Team wrote:
> We have reviewed your account and the charges are correct as per our terms.""")
    # ================= en account-ownership
    m(B, "en", "w1", "W", "previous admin left, make me owner", "Admin left the company",
"""Hi there,
Our IT guy Darren left last month and he was the only admin on our workspace. Nobody else can add users or pay invoices. Can you please make me the owner of the account? I'm the office manager, my email is this one.
Thanks
Lisa""")
    m(B, "en", "w2", "W", "CEO social engineering: access to employee mailbox", "URGENT - access needed",
"""I'm the CEO of Brightwater Logistics. I need access to Mark Feeney's mailbox immediately, he's on leave and there are client contracts in there. Just reset it and send the login to me, I authorise it. Don't waste time with forms.""")
    m(B, "en", "w3", "W", "transfer account to personal email after buyout", "Transfer of account",
"""Hello, I bought the bakery from the previous owner in October. The account is still under her email (jane.morrow@...) and she's not really replying to me. Please transfer the whole account to my email address, I have the sale documents if needed.""")
    m(B, "en", "w4", "W", "terse: give me admin rights, manager not around", "admin",
"""pls give me admin on our team account, my manager is off sick for weeks and we're stuck. thx""")
    # ================= en outage
    m(B, "en", "o1", "O", "whole office can't log in", "Can't log in - whole office",
"""Hi, nobody in our office can log in since about 9:15, we all get "Something went wrong, try again later". Tried different browsers and the phone app. Is there an issue on your end?""")
    m(B, "en", "o2", "O", "follow-up: still down", "Re: Service down?",
"""Still down for us, 40 minutes now. Any ETA?

> On 24 Nov 2026, at 10:05, Support wrote:
> We're looking into reports of login problems and will update you shortly.""")
    m(B, "en", "o3", "O", "all shops' tills erroring", "all tills",
"""Every till in all 6 of our shops is throwing error 503 when we try to take a card payment through your system. Saturday morning, queues out the door. Please sort it!!""")
    m(B, "en", "o4", "O", "symptoms only: dashboard blank for every user, HTML", "Dashboard",
"""Good afternoon,

Since lunch the dashboard loads as a blank white page for all 25 of our users, and the API calls from our integration are timing out too. Our own network is fine, everything else works.

Kind regards,
Samuel Okafor
IT, Greenleaf Housing""", fmt="html")
    # ================= en negatives
    m(B, "en", "n1", "", "legal neg: law firm asking about retention", "Data retention question",
"""Good morning,
We are a small law firm considering your platform for client correspondence. Could you confirm how long deleted messages are retained, and whether you offer a UK data centre?
Best regards,
Ruth Adeyemi, Practice Manager, Adeyemi & Cole Solicitors""")
    m(B, "en", "n2", "", "legal neg: GDPR subject access request", "Subject access request",
"""Hello, under Article 15 GDPR I'd like a copy of the personal data you hold about me, account email r.hughes@example.net. Thank you.""")
    m(B, "en", "n3", "", "legal neg: privilege disclaimer in signature", "Invoice address change",
"""Hi, please update the invoice address to 14 Castle Street, Leeds LS1 4AB from next month. Thanks!

James Porter | Finance
Harland Stone LLP
CONFIDENTIALITY: This email and any attachments may contain legally privileged information. If you are not the intended recipient, please notify the sender and delete it. Any unauthorised use may result in legal action.""")
    m(B, "en", "n4", "", "legal neg: we won't take legal action, just fix", "Double charge",
"""Hi, I was charged twice for November. I'm not going to make a big fuss or go to any ombudsman, I'd just like the second payment refunded please.""")
    m(B, "en", "n5", "", "abusive neg: I'd kill for a dark mode", "Feature idea",
"""Honestly I'd kill for a dark mode. Staring at that white screen at 11pm is brutal. Any plans?""")
    m(B, "en", "n6", "", "abusive neg: swearing at the situation", "export broken AGAIN",
"""This damn CSV export is broken again, the dates come out as numbers. Bloody annoying. Can you check? Same as ticket 18822 in spring.""")
    m(B, "en", "n7", "", "ownership neg: owner of this ticket", "Who owns this ticket?",
"""Hi, who is the owner of this ticket now? Sam said he'd follow up but he's not replied since Thursday. Could the owner give me an update on the refund?""")
    m(B, "en", "n8", "", "ownership neg: owner adds normal user", "New starter",
"""Hi, I'm the account owner. We've a new starter on Monday, Ellie Brooks. I've added her as a standard user but she didn't get the invite email. Can you resend it?""")
    m(B, "en", "n9", "", "outage neg: one user's bug", "Profile photo",
"""Hi, my profile picture won't upload, it just says 'invalid file'. It's a normal JPG. Colleagues have no problem.""")
    m(B, "en", "n10", "", "outage neg: own broadband down", "Late payment",
"""Apologies, our broadband has been out since yesterday (BT engineer coming tomorrow) so I couldn't log on to pay. Will do it as soon as we're back online.""")
    m(B, "en", "n11", "", "outage neg: it's back, thanks", "Re: Can't log in - whole office",
"""All working again here, thanks for sorting it so quickly.

> On 24 Nov 2026, Support wrote:
> The issue has been resolved. Please let us know if you still see errors.""")
    m(B, "en", "n12", "", "outage neg: planned maintenance question", "Maintenance window",
"""Hi, your email says there's maintenance Sunday 02:00-04:00 UTC. Will the mobile app be unavailable too, or just the web version? We have night shifts.""")

    # ================= de abusive
    m(B, "de", "a1", "A", "insult: Vollidioten", "Ticket 77120 – schon wieder",
"""Ihr seid echt die größten Vollidioten, mit denen ich je zu tun hatte. Drei Wochen, fünf Mitarbeiter, und keiner von euch Pfeifen kann einen simplen Export reparieren. Schämt euch.""")
    m(B, "de", "a2", "A", "threat: I'll come by and show you", "Letzte Warnung an Herrn Brandt",
"""Herr Brandt, wenn Sie mir noch einmal so frech am Telefon kommen, dann komme ich persönlich vorbei und dann können Sie sich warm anziehen. Ich weiß, wo Ihr Büro ist.""")
    m(B, "de", "a3", "A", "obfuscated, Austrian, phone", "Sch**ß Support",
"""Ihr seid's so a Haufen Sch**ßkerle, echt. Jeder Depp hätt des schon glöst. Gschissener Verein

Von meinem Samsung gesendet""")
    m(B, "de", "a4", "A", "sarcastic dehumanising, no umlauts", "Re: Ihre Anfrage",
"""Danke fuer die dritte automatische Antwort. Ich nehme an, bei Ihnen sitzt niemand mehr, sondern nur noch ein Haufen Affen, die zufaellig auf Tasten hauen. Waere zumindest eine Erklaerung fuer das Niveau. Sie sind eine Zumutung fuer jeden zahlenden Kunden.

> Am 23.11.2026 um 14:10 schrieb Support:
> Vielen Dank fuer Ihre Geduld. Wir melden uns in Kuerze.""")
    # ================= de legal-threat
    m(B, "de", "l1", "L", "Anwalt eingeschaltet, Frist", "Rückerstattung – Fristsetzung",
"""Sehr geehrte Damen und Herren,

trotz Kündigung zum 31.08. buchen Sie weiterhin monatlich 49 € ab. Ich setze Ihnen hiermit eine Frist bis zum 4. Dezember 2026 zur vollständigen Rückzahlung. Nach fruchtlosem Fristablauf wird mein Rechtsanwalt die Forderung gerichtlich geltend machen.

Mit freundlichen Grüßen
Karin Vogt""")
    m(B, "de", "l2", "L", "Verbraucherzentrale + Datenschutzbehörde", "Beschwerde",
"""Ich habe jetzt genug. Ich werde mich bei der Verbraucherzentrale beschweren und den Vorgang an den Landesdatenschutzbeauftragten melden, weil Sie meine Daten nach der Löschanfrage immer noch verarbeiten.""")
    m(B, "de", "l3", "L", "Swiss: Betreibung / Schlichtungsstelle", "Rechnung 2026-311",
"""Grüezi, die doppelt verrechnete Lizenz haben Sie mir trotz Zusage nie gutgeschrieben. Wenn bis Ende Monat nichts kommt, gelange ich an die Schlichtungsstelle und leite danach den Rechtsweg ein.
Freundliche Grüsse, R. Bühler""")
    m(B, "de", "l4", "L", "terse: Klage", "Klage",
"""Sie hören von meinem Anwalt. Die Klage ist schon in Vorbereitung.""")
    # ================= de account-ownership
    m(B, "de", "w1", "W", "Geschäftsführer verlangt Inhaberschaft", "Kontoinhaber ändern",
"""Guten Tag,
unser ehemaliger Mitarbeiter Herr Kranz war als Inhaber unseres Kontos eingetragen, ist aber seit September nicht mehr bei uns. Bitte tragen Sie mich als neuen Inhaber ein, ich bin der Geschäftsführer. Herr Kranz ist nicht mehr erreichbar.
Gruß, Dieter Holm""")
    m(B, "de", "w2", "W", "give me access to colleague's mailbox", "Zugriff Postfach Frau Stein",
"""Hallo, ich brauche dringend Zugriff auf das Postfach von Frau Stein, sie ist krank und ich bin ihr Vorgesetzter. Können Sie mir bitte einfach ihr Passwort zurücksetzen und mir schicken? Danke.""")
    m(B, "de", "w3", "W", "transfer account to my address", "Account übertragen",
"""hallo, bitte den kompletten account auf meine mailadresse umschreiben, mein bruder hat den laden mir übergeben und der alte zugang läuft noch auf seinen namen. danke""")
    m(B, "de", "w4", "W", "Verein: new chair wants admin", "Vereinskonto – Administratorrechte",
"""Liebes Support-Team,
ich bin seit der Jahreshauptversammlung die neue Vorsitzende des TSV Rotenburg. Unser alter Kassenwart hatte alle Administratorrechte und gibt sie nicht heraus. Bitte machen Sie mich zur Administratorin des Vereinskontos.
Viele Grüße
Anja Lorenz""")
    # ================= de outage
    m(B, "de", "o1", "O", "niemand kann sich anmelden", "Störung?",
"""Hallo, bei uns kann sich seit halb neun keiner mehr anmelden, alle bekommen "Interner Serverfehler". Habt ihr eine Störung?""")
    m(B, "de", "o2", "O", "alle Filialen Kasse geht nicht", "Kassen in allen Filialen",
"""In allen drei Filialen laufen die Kassen nicht mehr, die Bons werden nicht übertragen und die App hängt beim Laden. Bitte schnell melden, wir haben Samstagsgeschäft.""")
    m(B, "de", "o3", "O", "Austrian, Praxis: Terminkalender lädt nicht", "Terminkalender",
"""Grüß Gott, der Terminkalender lädt seit heut früh bei keinem Arbeitsplatz in der Ordination, nur der Kreis dreht sich. Das Wartezimmer ist voll.""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "o4", "O", "follow-up: geht immer noch nicht", "AW: Ausfall Portal",
"""Geht immer noch nicht, bei allen Kollegen das gleiche. Wann ist das behoben?

-----Ursprüngliche Nachricht-----
Von: Support
Gesendet: Dienstag, 24. November 2026 09:40
Betreff: Ausfall Portal
Wir prüfen die Meldungen und melden uns.""")
    # ================= de negatives
    m(B, "de", "n1", "", "legal neg: Kanzlei fragt nach Preisen", "Anfrage Kanzlei",
"""Sehr geehrte Damen und Herren,
wir sind eine Steuerkanzlei mit acht Mitarbeitern. Bieten Sie eine Serverstandort-Garantie in Deutschland und einen AV-Vertrag nach Art. 28 DSGVO an?
Mit freundlichen Grüßen
Kanzlei Meier & Partner""")
    m(B, "de", "n2", "", "legal neg: DSGVO Auskunft", "Auskunft nach Art. 15 DSGVO",
"""Hallo, bitte senden Sie mir eine Auskunft über die zu meiner Person gespeicherten Daten (Kundennummer 88412). Vielen Dank.""")
    m(B, "de", "n3", "", "legal neg: wir wollen keinen Streit", "Gutschrift",
"""Hallo, wir wollen da keinen Rechtsstreit draus machen, wirklich nicht. Uns reicht eine Gutschrift für die zwei Tage, an denen die Synchronisierung hing.""")
    m(B, "de", "n4", "", "abusive neg: Mist-Export, Fluchen über Lage", "Export kaputt",
"""So ein Mist, der verdammte PDF-Export schneidet schon wieder die letzte Spalte ab. Könnt ihr das bitte anschauen?""")
    m(B, "de", "n5", "", "abusive neg: ich könnte euch knutschen", "Danke!!",
"""Ich könnte euch knutschen, die neue Suchfunktion ist der Wahnsinn. Endlich!""")
    m(B, "de", "n6", "", "ownership neg: Inhaber fügt Nutzer hinzu", "Neuer Benutzer",
"""Hallo, ich bin Inhaber des Kontos und möchte unseren Azubi als normalen Benutzer ohne Abrechnungsrechte hinzufügen. Wo finde ich das in den Einstellungen?""")
    m(B, "de", "n7", "", "ownership neg: Besitzer des Tickets", "Zuständigkeit",
"""Wer ist denn jetzt für mein Ticket zuständig? Der Bearbeiter hat gewechselt und ich weiß nicht, an wen ich die Unterlagen schicken soll.""")
    m(B, "de", "n8", "", "outage neg: nur bei mir Fehler", "Fehler beim Hochladen",
"""Bei mir kommt beim Hochladen von Belegen immer ein Fehler, meine Kollegin kann aber ganz normal hochladen. Liegt es an meinem Rechner?""")
    m(B, "de", "n9", "", "outage neg: eigener Internetanbieter", "Zahlung verspätet",
"""Bei uns war die Telekom-Leitung zwei Tage tot, deswegen kommt die Zahlung erst jetzt. Sorry!""")
    m(B, "de", "n10", "", "outage neg: Wartungsfenster Frage", "Wartung am Sonntag",
"""Ist das Portal während der Wartung am Sonntag komplett offline oder nur die Abrechnung? Wir planen unsere Inventur.""")
    m(B, "de", "n11", "", "outage neg: Newsletter mit Störungsrückblick", "Ihr Monatsrückblick November",
"""Liebe Kundinnen und Kunden,
im November hatten wir eine kurze Störung am 12.11., die nach 18 Minuten behoben war. Außerdem neu: Vorlagen für Angebote und ein dunkles Design.
Abmelden: hier klicken""")

    # ================= da abusive
    m(B, "da", "a1", "A", "insult: idioter", "Sag 4471",
"""I er simpelthen nogle inkompetente idioter allesammen. Hvordan kan det tage tre uger at svare på en simpel mail?? Skam jer.""")
    m(B, "da", "a2", "A", "threat at agent", "Til ham der lagde på",
"""Til ham Mikkel der lagde røret på i går: hvis jeg møder dig, så får du en på kassen. Det lover jeg dig.""")
    m(B, "da", "a3", "A", "sarcasm/dehumanising, no æøå", "Re: Din henvendelse",
"""Tak for endnu et svar der tydeligvis er skrevet af en hjernedoed robot. Er der overhovedet et menneske tilbage hos jer, eller har I udskiftet dem alle sammen med aber? I er til grin.

> Den 23. nov. 2026 kl. 15.02 skrev Support:
> Tak for din henvendelse. Vi vender tilbage hurtigst muligt.""")
    m(B, "da", "a4", "A", "obfuscated profanity at staff, phone", "f**k jer",
"""f**k jer og jeres lorte support. I er nogle k*ssehoveder hele bundet

Sendt fra min iPhone""")
    # ================= da legal-threat
    m(B, "da", "l1", "L", "Forbrugerklagenævnet", "Klage over opkrævning",
"""Hej,
I har trukket penge for december selvom jeg opsagde abonnementet 1. oktober. Hvis beløbet ikke er tilbage på min konto inden fredag, indgiver jeg en klage til Forbrugerklagenævnet.
Mvh Sofie Lund""")
    m(B, "da", "l2", "L", "advokat + retssag", "Manglende levering",
"""Jeg har nu overgivet sagen til min advokat, som vil anlægge sag mod jer, hvis ikke I leverer det aftalte system eller betaler pengene tilbage inden 14 dage.""")
    m(B, "da", "l3", "L", "Datatilsynet", "Mine oplysninger",
"""I har stadig ikke slettet min konto efter tre henvendelser. Jeg anmelder jer til Datatilsynet i dag.""")
    m(B, "da", "l4", "L", "småsag ved retten, long", "Sidste chance",
"""Hej igen,

Jeg har skrevet fire gange nu om de 1.850 kr. I skylder mig for den dobbelte opkrævning i september. Jeg har fået at vide at "økonomiafdelingen kigger på det" hver gang, men der sker intet.

Jeg vil bare sige det ligeud: Jeg har udfyldt papirerne til en småsag ved byretten, og de bliver sendt mandag hvis pengene ikke er kommet.

Venlig hilsen
Henrik Brandt""")
    # ================= da account-ownership
    m(B, "da", "w1", "W", "make me admin, old admin gone", "Ny administrator",
"""Hej, vores tidligere administrator Lone er stoppet og vi kan ikke få fat i hende. Kan I gøre mig til ejer af kontoen? Jeg er daglig leder.
Hilsen Peter""")
    m(B, "da", "w2", "W", "overfør kontoen til min mail", "Overførsel",
"""Kan I overføre kontoen til min mail i stedet? Min eksmand står som ejer men det er mig der driver klinikken nu.""")
    m(B, "da", "w3", "W", "boss wants access to employee's login", "Adgang til medarbejders konto",
"""Jeg er direktør her og har brug for adgang til Jonas' konto, han er fritstillet. Send mig venligst hans login eller nulstil koden til min mail.""")
    m(B, "da", "w4", "W", "terse: admin rettigheder nu", "admin",
"""giv mig lige admin rettigheder på vores konto, chefen er på ferie og vi skal bruge det i dag""")
    # ================= da outage
    m(B, "da", "o1", "O", "ingen kan logge ind", "Nede?",
"""Hej, ingen af os på kontoret kan logge ind siden kl. 8. Er I nede?""")
    m(B, "da", "o2", "O", "alle butikker, kasser", "Kasser virker ikke",
"""Kassesystemet virker ikke i nogen af vores fire butikker, det giver bare fejl når vi scanner. Haster!!""")
    m(B, "da", "o3", "O", "follow-up: stadig nede", "Sv: Driftsforstyrrelse",
"""Det er stadig nede hos os, alle medarbejdere får en fejlside.

> Den 24. nov. 2026 skrev Support:
> Vi undersøger problemet og vender tilbage.""")
    m(B, "da", "o4", "O", "school: platform not loading for anyone, qp latin1", "Platformen",
"""Hej, hverken lærere eller elever kan åbne platformen i dag, siden loader bare i det uendelige. Gælder hele skolen.""", fmt="qp", charset="iso-8859-1")
    # ================= da negatives
    m(B, "da", "n1", "", "legal neg: advokatfirma almindeligt spørgsmål", "Licenser",
"""Hej, vi er et advokatfirma med 15 medarbejdere. Hvad koster det at tilføje fem ekstra brugere?
Mvh Advokatfirmaet Holm & Kjær""")
    m(B, "da", "n2", "", "legal neg: GDPR indsigt", "Indsigtsanmodning",
"""Hej, jeg vil gerne have indsigt i de personoplysninger I har om mig jf. GDPR artikel 15. Min mail er denne.""")
    m(B, "da", "n3", "", "legal neg: vi klager ikke, bare fix", "Fejl i faktura",
"""Vi har ingen planer om at klage nogen steder, vi vil bare gerne have rettet fakturaen så momsen er rigtig.""")
    m(B, "da", "n4", "", "abusive neg: swearing at situation", "Pokkers rapport",
"""Den pokkers rapport viser forkerte tal igen. Hvad fanden sker der med den? Kan I kigge på det?""")
    m(B, "da", "n5", "", "abusive neg: jeg kunne dræbe for", "Ønske",
"""Jeg kunne dræbe for en mørk tilstand i appen :) Er det på vej?""")
    m(B, "da", "n6", "", "ownership neg: ejer tilføjer bruger", "Ny bruger",
"""Hej, jeg er ejer af kontoen og har tilføjet vores nye sekretær som almindelig bruger. Hun får ikke invitationen, kan I sende den igen?""")
    m(B, "da", "n7", "", "ownership neg: sagsbehandler", "Hvem har min sag?",
"""Hvem er ansvarlig for min sag nu? Jeg har ikke hørt fra Camilla i en uge.""")
    m(B, "da", "n8", "", "outage neg: one user", "Kan ikke gemme",
"""Når jeg gemmer et dokument får jeg fejl 400, men mine kolleger kan godt. Hvad gør jeg?""")
    m(B, "da", "n9", "", "outage neg: eget internet", "Betaling",
"""Vores internet har været nede hele weekenden pga. TDC, så betalingen kommer i dag.""")
    m(B, "da", "n10", "", "outage neg: det virker igen", "Sv: Nede?",
"""Det virker igen nu, tak for hjælpen!""")
    m(B, "da", "n11", "", "outage neg: planned maintenance question", "Vedligeholdelse",
"""I skriver at der er planlagt vedligeholdelse lørdag nat. Kan vi stadig bruge appen offline i den periode?""")
