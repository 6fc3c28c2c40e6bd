"""devset11 owner-legal, batch 3 (measured after b1+b2 tuning, before any tuning on b3)."""
B = "b3"

def add(m):
    # ================= account-ownership: it
    m(B, "it", "o11", "O", "on behalf of the owner: move all admin credentials to my mailbox", "credenziali",
"""Buongiorno, vi scrivo per conto del dott. Rinaldi, il titolare dello studio. Ci chiede di spostare tutte le credenziali di amministrazione sulla mia casella di posta, lui non ha tempo di seguire queste cose e non risponde alle mail. Grazie, Valentina (segreteria)""")
    m(B, "it", "o12", "O", "need full access to company account, old designer created it with his gmail", "account ditta",
"""Mi serve l'accesso completo all'account della ditta. Il vecchio grafico che l'aveva creato non risponde più e tutto è collegato alla sua gmail personale, così non possiamo fare niente. Come si sblocca sta cosa? Nicola""")
    m(B, "it", "o13", "O", "wife of hospitalised owner asks for the main account password", "urgente pagamenti",
"""sono la moglie del titolare, lui è ricoverato da una settimana e non può usare il telefono. datemi voi la password dell'account principale perché devo pagare i fornitori entro lunedì, vi prego è un'emergenza""")
    m(B, "it", "o14", "O", "I want to become main admin instead of fired Giorgio, proceed now", "amministratore principale",
"""Voglio diventare io l'amministratore principale al posto di Giorgio, che è stato licenziato la settimana scorsa. Procedete subito, non voglio che abbia ancora accesso ai nostri dati.

Marco Fabbri, direttore commerciale""")
    m(B, "it", "o15", "O", "domain and brand are ours so the account is ours, send me new login details", "Re: dati di accesso",
"""Il dominio è nostro, il marchio è nostro, quindi anche l'account è di nostra proprietà. Cambiate i dati di accesso e mandateli a me, punto.

Sergio

> Gentile Sergio, per motivi di sicurezza non possiamo modificare i dati di accesso senza il consenso dell'utente registrato.""")
    m(B, "it", "on10", "", "system administrator asks how to set up SSO with Azure AD", "SSO",
"""Ciao, sono l'amministratore di sistema della nostra azienda e vorrei configurare il single sign-on con Azure AD. Avete una guida? Grazie, Fabio""")
    m(B, "it", "on11", "", "owner wants to name a backup admin while on holiday, how-to", "secondo amministratore",
"""Buongiorno, sono la titolare dell'account. Vorrei nominare una collega come seconda amministratrice, così se io sono in ferie qualcuno può approvare le note spese. Dove si fa dalle impostazioni? Grazie, Elisa""")
    m(B, "it", "on12", "", "feature: change owner of a shared document", "documenti condivisi",
"""Salve, è possibile cambiare il proprietario di un documento nella cartella condivisa? Lo ha caricato un collega e adesso vorremmo che lo gestisse un'altra persona del reparto.""")
    m(B, "it", "on13", "", "GDPR: are you controller or processor, need art. 28 appointment", "nomina art. 28",
"""Buongiorno, per il nostro DPO: voi siete titolari autonomi del trattamento o responsabili ex art. 28 GDPR? In quest'ultimo caso ci servirebbe la nomina firmata. Grazie, Ufficio legale""")

    # ================= account-ownership: pl
    m(B, "pl", "o7", "O", "new CEO demands immediate admin panel access, board dismissed", "Dostęp do panelu",
"""Jako nowy prezes zarządu żądam natychmiastowego dostępu do panelu administracyjnego. Poprzedni zarząd został odwołany uchwałą wspólników i nie ma już prawa reprezentować spółki. Oczekuję realizacji dzisiaj.

Andrzej Michalski""")
    m(B, "pl", "o8", "O", "account on ex-accountant's private email, swap it for my business email", "Podmiana adresu",
"""Dzień dobry, konto jest zarejestrowane na prywatny e-mail naszej byłej księgowej, która już u nas nie pracuje. Proszę podmienić go na mój służbowy adres, m.nowicka@budex.pl. Pozdrawiam, Monika Nowicka""")
    m(B, "pl", "o9", "O", "company converted, account must be moved to new company, I'm the owner now", "przeniesienie konta na spółkę",
"""Hej, przekształciliśmy działalność w spółkę z o.o. i konto trzeba przepiąć na nową firmę. Właścicielem jestem teraz ja jako prezes, a nie mój wspólnik, który wyszedł ze spółki. Dajcie znać co trzeba podesłać. Łukasz""")
    m(B, "pl", "on7", "", "business owner asks for a demo of invoicing software", "Demo",
"""Dzień dobry, jestem właścicielem małej firmy remontowej i szukam programu do fakturowania. Czy macie wersję demo albo okres próbny? Pozdrawiam, Zbigniew""")
    m(B, "pl", "on8", "", "employee asks whether the account admin can read private messages", "Prywatność",
"""Czy administrator konta w mojej firmie może czytać moje prywatne wiadomości w czacie? Pytam z ciekawości, bo szef coś sugerował. Dzięki""")

    # ================= account-ownership: pt
    m(B, "pt", "o7", "O", "managing partner died, we heirs need to keep the account", "Herdeiros",
"""Bom dia, o sócio-gerente da nossa empresa faleceu em outubro. Somos os herdeiros e precisamos de ficar com a conta, que estava toda no nome e no email dele. O que temos de enviar? Cumprimentos, Família Rodrigues""")
    m(B, "pt", "o8", "O", "BR slang: pass me the admin access, Júnior left, I'm in charge now", "acesso admin",
"""me passa o acesso de admin ai, o Júnior saiu da empresa e levou tudo com ele. sou eu que mando aqui agora, preciso disso hoje""")
    m(B, "pt", "on7", "", "bakery owner asks for prices", "Preços",
"""Olá, sou dono de uma pequena padaria em Braga e queria saber os preços do plano para duas caixas registadoras. Obrigado, Manuel""")
    m(B, "pt", "on8", "", "authorised reseller asks for partner price list", "Tabela de parceiros",
"""Boa tarde, somos revendedor autorizado da vossa solução em Angola. Podem enviar-me a tabela de preços atualizada para parceiros e as condições de comissão? Obrigado, Edson""")

    # ================= account-ownership: sv
    m(B, "sv", "o7", "O", "I own the company since Nov 1, bought it, demand full access today", "Nytt ägarskap",
"""Hej. Jag äger bolaget sedan 1 november, det köptes från den tidigare ägaren. Vi kräver att ni ger oss full åtkomst till kontot idag, vi kan inte driva verksamheten utan det.

/Ahmed Yusuf""")
    m(B, "sv", "o8", "O", "swap the administrator: remove Mikael and put me in instead", "Byta admin",
"""Byt ut administratören: ta bort Mikael och lägg in mig istället. Han jobbar inte här längre och vi vill inte att han kommer åt något. Tack / Jenny""")
    m(B, "sv", "o9", "O", "account is on our old consultant, move it to our company, we pay", "Konto hos konsult",
"""Hej, kontot står på vår gamla konsult och inte på oss. Ni måste flytta det till vårt bolag, det är ju vi som betalar varje månad. Konsulten har vi inte längre något avtal med. Mvh Nils""")
    m(B, "sv", "on7", "", "feature: change owner of a calendar in the app", "Kalender",
"""Hej! Hur byter jag ägare på en delad kalender i appen? Den som skapade den har gått över till ett annat team men kalendern ska vara kvar hos oss.""")
    m(B, "sv", "on8", "", "account owner forgot password, reset mail not coming", "Glömt lösenord",
"""Hej, jag är kontoägare och har glömt mitt lösenord. Återställningsmejlet kommer inte fram, inte ens i skräpposten. Kan ni kolla? /Ulf""")

    # ================= legal-threat: en
    m(B, "en", "l9", "L", "chargeback and reporting to the CFPB", "Unauthorized renewal",
"""You renewed my subscription without consent and refused a refund. I am filing a chargeback today and reporting your company to the CFPB. Jessica Moore""")
    m(B, "en", "l10", "L", "husband barrister says unlawful, we will pursue", "Re: your decision",
"""My husband is a barrister and he's quite clear that what you're doing is unlawful. We will be pursuing this. Helen

> Dear Helen, after review we are unable to waive the early termination fee.""")
    m(B, "en", "l11", "L", "seek legal advice and raise a claim through the county court", "7 days",
"""If I don't receive a response within 7 days I'll be seeking legal advice and raising a claim through the county court for the full amount plus costs.

Andrew Hughes""")
    m(B, "en", "l12", "L", "reporting to Ofcom / FCA", "complaint",
"""Third time writing. I'm reporting this to Ofcom and the FCA, you've been taking money from my account for a service I cancelled in August.""")
    m(B, "en", "l13", "L", "no choice but to involve the authorities", "Stolen goods listed on your platform",
"""A seller on your platform is listing my stolen designs and you've ignored four reports. You leave me no choice but to involve the authorities. Priya Shah, Studio Shah""")
    m(B, "en", "ln9", "", "legal aid charity: caseworkers need access, pricing", "Nonprofit pricing",
"""Hi, we're a legal aid charity with 15 caseworkers and volunteer solicitors. Do you offer nonprofit pricing, and can volunteers have limited accounts? Thanks, Ruth""")
    m(B, "en", "ln10", "", "attorney evaluating software: audit logs?", "Audit logs",
"""Hello, I'm an attorney evaluating case-intake tools for my practice. Does your Pro plan include audit logs and export of all client records? Thank you, Laura Kim, Esq.""")
    m(B, "en", "ln11", "", "our solicitor asked for a copy of the invoice for the conveyancing", "Invoice copy",
"""Hi, our solicitor has asked for a copy of the March invoice for the conveyancing file. Could you resend it as a PDF? Cheers, Dave""")
    m(B, "en", "ln12", "", "ordinary question with legally-privileged disclaimer", "SSO setup",
"""Hi team, is SAML SSO available on the Business plan or only Enterprise?

Thanks,
Mark
Harper & Lowe LLP
This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.""")
    m(B, "en", "ln13", "", "case management: court date field question", "Court date field",
"""Is there a field for the next court date in the case module, and can it trigger a reminder 3 days before? We're a family law practice. Thanks""")

    # ================= legal-threat: de
    m(B, "de", "l8", "L", "matter now with my legal counsel", "Ihr Schreiben vom 12.11.",
"""Sehr geehrte Damen und Herren, die Angelegenheit liegt nunmehr bei meinem Rechtsbeistand, der sich mit Ihnen in Verbindung setzen wird. Bitte richten Sie weitere Korrespondenz an ihn. Mit freundlichen Grüßen, Werner Fuchs""")
    m(B, "de", "l9", "L", "report to consumer centre and arbitration board", "Beschwerde",
"""Ich werde Ihr Unternehmen bei der Verbraucherzentrale und der Schlichtungsstelle melden. So geht man nicht mit Kunden um. Gruß, Dieter""")
    m(B, "de", "l10", "L", "if need be I'll sue for it (einklagen)", "Gutschrift",
"""Die zugesagte Gutschrift über 120 Euro ist immer noch nicht da. Notfalls klage ich das Geld ein, darauf können Sie sich verlassen. S. Yilmaz""")
    m(B, "de", "l11", "L", "thinking about initiating legal steps", "Kündigung ignoriert",
"""Hallo, ich überlege ernsthaft, rechtliche Schritte einzuleiten, weil Sie meine Kündigung seit zwei Monaten ignorieren. Ich erwarte eine schriftliche Bestätigung bis Ende der Woche. Lea Hoffmann""")
    m(B, "de", "ln12", "", "in-house counsel at publisher needs invoice with VAT", "Rechnung mit USt",
"""Hallo, ich arbeite als Justiziarin in einem Verlag und bin für unsere Softwareverträge zuständig. Könnten Sie uns die Rechnung mit ausgewiesener Umsatzsteuer neu ausstellen? Danke, Dr. Karin Seidel""")
    m(B, "de", "ln13", "", "legal department asks about ISO 27001 certification", "Zertifizierung",
"""Guten Tag, unsere Rechtsabteilung fragt im Rahmen der Lieferantenprüfung, ob Sie nach ISO 27001 zertifiziert sind und wo Ihre Rechenzentren stehen. Beste Grüße, Julia Wagner, Einkauf""")
    m(B, "de", "ln14", "", "feature: dunning template, don't want to drag our customers to court", "Mahnvorlagen",
"""Gibt es bei Ihnen eine Vorlage für freundliche Zahlungserinnerungen? Wir wollen unsere Kunden nicht gleich vor Gericht zerren, sondern erst mal nett erinnern. Grüße, Tina""")

    # ================= legal-threat: nl
    m(B, "nl", "l7", "L", "engaging Juridisch Loket", "Factuur klopt niet",
"""Ik heb het Juridisch Loket ingeschakeld en zij adviseren me een formele ingebrekestelling te sturen. Die krijgt u deze week. Hans Visser""")
    m(B, "nl", "l8", "L", "see you at the sub-district court", "Re: Re: terugbetaling",
"""Prima, als u weigert te betalen dan zie ik u bij de kantonrechter.

Groet, Ayoub

> Geachte heer, wij zien geen aanleiding om het bedrag terug te storten.""")
    m(B, "nl", "l9", "L", "going to report to the Dutch DPA", "Datalek?",
"""Ik kreeg gisteren een mail met de facturen van een andere klant erin. Dit is een datalek en ik ga dit melden bij de Autoriteit Persoonsgegevens als jullie niet binnen 24 uur uitleggen wat er is gebeurd. Iris""")
    m(B, "nl", "ln9", "", "collection agency asks if software suits their case files", "Software voor dossiers",
"""Goedendag, wij zijn een incassobureau en overwegen uw software voor het beheer van onze dossiers. Kunnen we termijnen en aanmaningen automatisch laten versturen? Met vriendelijke groet, Incasso Noord""")
    m(B, "nl", "ln10", "", "no appetite for legal battle, just fix it", "Dubbele kosten",
"""Ik heb echt geen zin in een juridisch gevecht, los het gewoon op en stort de dubbele kosten terug. Dank je, Kees""")
    m(B, "nl", "ln11", "", "asks for processing agreement per the DPA's model", "Verwerkersovereenkomst model",
"""Hoi, kunnen jullie ook een verwerkersovereenkomst leveren volgens het model dat de Autoriteit Persoonsgegevens aanbeveelt? Onze privacy officer vraagt ernaar. Groet, Noor""")

    # ================= legal-threat: pl
    m(B, "pl", "l7", "L", "my law firm will send you a demand for payment", "Zaległy zwrot",
"""Skoro nie potraficie oddać pieniędzy po dobroci, moja kancelaria wyśle wam oficjalne wezwanie do zapłaty. Grzegorz Kamiński""")
    m(B, "pl", "l8", "L", "will inform the Trade Inspection", "Nieuczciwe praktyki",
"""Poinformuję Inspekcję Handlową o tym, jak traktujecie klientów. Od miesiąca odbijam się od waszej infolinii. Dorota""")
    m(B, "pl", "l9", "L", "will report to UOKiK (inflected)", "Opłata",
"""Ukryta opłata aktywacyjna, o której nie było słowa w ofercie? Zgłaszam to do UOKiK-u, mam dość. Kamil""")
    m(B, "pl", "ln7", "", "debt collection company wants to automate payment demands", "Automatyzacja",
"""Dzień dobry, jesteśmy firmą windykacyjną i chcemy zautomatyzować wysyłkę wezwań do zapłaty do dłużników. Czy wasz system to obsłuży? Pozdrawiam, Adrian""")
    m(B, "pl", "ln8", "", "neutral question about jurisdiction clause in terms", "Regulamin",
"""Czy wasz regulamin przewiduje sąd właściwy dla siedziby sprzedawcy, czy dla konsumenta? Pytam, bo przygotowujemy podobny dokument u siebie. Dzięki, Ola""")
    m(B, "pl", "ln9", "", "our law firm needs 5 user accounts", "Konta użytkowników",
"""Dzień dobry, nasza kancelaria potrzebuje pięciu kont użytkowników dla prawników i jednego dla sekretariatu. Jaki pakiet polecacie? Pozdrawiam""")
