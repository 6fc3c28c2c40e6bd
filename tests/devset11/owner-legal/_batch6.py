"""devset11 owner-legal, batch 6 (measured after b1-b5 tuning, before any tuning on b6)."""
B = "b6"

def add(m):
    # ================= account-ownership: it
    m(B, "it", "o27", "O", "Italian with English terms: the account owner must become my user, old freelancer gone", "owner account",
"""Ciao, mi serve che l'owner dell'account diventi il mio utente. Il vecchio owner era un freelance che ci ha fatto il sito e non lo sentiamo più da mesi. Grazie mille, Davide""")
    m(B, "it", "o28", "O", "took over former employer's business, update holder data with mine", "Subentro attività",
"""Buongiorno, ho rilevato l'attività del mio ex datore di lavoro e il contratto con voi adesso è mio. Aggiornate i dati del titolare con i miei, vi mando la visura. Saluti, Antonio Greco""")
    m(B, "it", "o29", "O", "remove old admin and let me take over, urgent, trade fair tomorrow", "urgentissimo",
"""Buongiorno, c'è un modo per togliere il vecchio admin e farmi subentrare al suo posto? È urgente, abbiamo una fiera domani e senza account non possiamo fare gli ordini. Grazie""")
    m(B, "it", "o30", "O", "new sports club president: set me as sole admin, remove old board's access", "Profilo associazione",
"""Salve, sono il nuovo presidente dell'ASD Pallavolo Riviera. Chiedo di essere impostato come unico amministratore del profilo e che vengano eliminati gli accessi della vecchia giunta. Allego il verbale dell'assemblea. Cordialità, Fabrizio""", fmt="alt")
    m(B, "it", "o31", "O", "ex secretary keeps control and refuses to give it up, give control to me", "Intervenite",
"""La nostra ex segretaria ha ancora il controllo dell'account e si rifiuta di cederlo. Intervenite voi e date il controllo a me, sono il legale rappresentante. Non è accettabile che una persona esterna gestisca i nostri dati.""")
    m(B, "it", "o32", "O", "reply: as already said, the new holder must be me, hurry up", "Re: Re: cambio titolare",
"""Come già scritto, ci serve che il nuovo titolare sia io. Il modulo l'ho già mandato due volte. Sbrigatevi.

Carla

> Gentile Carla, per completare la richiesta ci serve il modulo firmato dal titolare attuale.""")
    m(B, "it", "on23", "", "restaurant owner asks about connecting two printers", "stampanti",
"""Buonasera, sono il proprietario del ristorante e volevo sapere se posso collegare due stampanti alla stessa cassa, una per la cucina e una per il bar. Grazie, Gino""")
    m(B, "it", "on24", "", "move my bookings from one day to another", "spostare prenotazioni",
"""Salve, vorrei trasferire le mie prenotazioni da martedì a giovedì, come si fa dall'app? Grazie""")
    m(B, "it", "on25", "", "GDPR: who is controller for my customers' data, me or you", "titolare dei dati",
"""Domanda veloce: chi è il titolare dei dati dei miei clienti quando uso la vostra app per le prenotazioni? Io o voi? Devo scriverlo nell'informativa. Grazie, Marta""")
    m(B, "it", "on26", "", "admin lost phone with authenticator app, how to recover own access", "telefono perso",
"""Sono l'amministratore dell'account e ho perso il telefono con l'app di autenticazione. Come faccio a recuperare il mio accesso? Ho ancora la mail e i codici di backup da qualche parte. Luca""")
    m(B, "it", "on27", "", "reseller told us to ask you for the partner code", "codice partner",
"""Buongiorno, il nostro rivenditore ci ha detto di chiedere a voi il codice partner per avere lo sconto sul rinnovo. Ce lo potete mandare? Grazie""")

    # ================= account-ownership: pl
    m(B, "pl", "o16", "O", "sole partner after colleague left: delete his admin account, give me full rights", "Uprawnienia",
"""Jestem jedynym wspólnikiem po wyjściu kolegi ze spółki. Proszę usunąć jego konto administratora i przekazać mi pełne uprawnienia. Dokumenty z KRS mogę przesłać. Pozdrawiam, Rafał""")
    m(B, "pl", "o17", "O", "transfer account ownership to office address, owner died", "Własność konta",
"""Dzień dobry, proszę o przekazanie własności konta na adres biuro@kwiaciarnia-roza.pl. Dotychczasowy właściciel, mój teść, zmarł w październiku. Z poważaniem, Anna Bielecka""")
    m(B, "pl", "o18", "O", "immediately change password and email on main account to my data, ex-employee logging in", "NATYCHMIAST",
"""Natychmiast zmieńcie hasło i e-mail na koncie głównym na moje dane! Były pracownik dalej się loguje i kasuje zamówienia!! Dzwonię od rana i nikt nie odbiera.""")
    m(B, "pl", "on16", "", "can I have two accounts on one email", "Dwa konta",
"""Czy mogę mieć dwa konta na jeden adres e-mail? Jedno dla firmy, drugie prywatne. Dzięki""")
    m(B, "pl", "on17", "", "company owner asked me to ask for a proforma invoice", "Proforma",
"""Dzień dobry, właściciel firmy prosił, żebym zapytała o fakturę proforma na pakiet roczny. Czy możecie ją przesłać? Pozdrawiam, Ewa z biura""")
    m(B, "pl", "on18", "", "RODO: who is the personal data controller for your app", "RODO",
"""Kto jest administratorem danych osobowych w przypadku waszej aplikacji, my czy wy? Przygotowujemy klauzulę informacyjną. Dziękuję""")

    # ================= account-ownership: pt
    m(B, "pt", "o15", "O", "bought shop from previous owner, account was included, pass account to us", "Loja",
"""Boa tarde, comprámos a loja ao antigo proprietário, que nos garantiu que a conta vinha incluída no negócio. Ele já não atende o telefone. Passem a conta para nós, por favor. Vasco""")
    m(B, "pt", "o16", "O", "BR new manager needs to become admin today, old manager left", "preciso virar admin",
"""Oi, sou a nova gerente da unidade. Preciso virar administradora da conta hoje porque a antiga gerente foi embora e não passou nada pra ninguém. Me ajudem!""")
    m(B, "pt", "o17", "O", "update recovery email and phone of main account to my data, founder left", "Dados de recuperação",
"""Por favor atualizem o email de recuperação e o telefone da conta principal para os meus dados. O fundador saiu da empresa e ninguém tem acesso ao email dele. Obrigado, Diogo""")
    m(B, "pt", "on15", "", "owner wants to switch plan to annual", "Plano anual",
"""Olá, sou o proprietário e gostaria de alterar o plano para anual. Há desconto? Obrigado""")
    m(B, "pt", "on16", "", "GDPR (RGPD): who owns the data when we use your platform", "RGPD",
"""Bom dia, quem é o proprietário dos dados segundo o RGPD quando usamos a vossa plataforma? E quem é o responsável pelo tratamento? Obrigada, Marta - DPO""")
    m(B, "pt", "on17", "", "partner asks if clients can see them as admins of their account", "Parceiros",
"""Olá, somos parceiros certificados. Os nossos clientes conseguem ver-nos como administradores da conta deles, ou só como consultores? Abraço""")

    # ================= account-ownership: sv
    m(B, "sv", "o16", "O", "we took over the business and demand account be transferred to us immediately", "Överlåtelse",
"""Vi har tagit över verksamheten och kräver att kontot förs över till oss omedelbart. Köpeavtalet kan vi skicka. /Rebecka, Café Linné""")
    m(B, "sv", "o17", "O", "need to become main user, the one who was has retired", "Huvudanvändare",
"""Hej, jag behöver bli huvudanvändare på kontot, den som var det har gått i pension och vi får inte tag på honom. Mvh Gunnar""")
    m(B, "sv", "o18", "O", "set me as admin instead of Lars, he went to a competitor and still has full access", "Lars",
"""Kan ni sätta mig som administratör istället för Lars? Han har gått till en konkurrent och har fortfarande full åtkomst till allt! Det är bråttom. /Therese""")
    m(B, "sv", "on15", "", "admin needs to reset an employee's password", "Lösenord anställd",
"""Hej, jag är administratör och behöver återställa lösenordet för en anställd som har glömt sitt. Var gör jag det? /Nadia""")
    m(B, "sv", "on16", "", "GDPR: who is the data controller for data in your system", "Personuppgiftsansvarig",
"""Hej, enligt GDPR, vem är personuppgiftsansvarig för uppgifterna i ert system, vi eller ni? Mvh, Kommunens dataskyddsombud""")
    m(B, "sv", "on17", "", "reseller asks for a demo licence", "Demolicens",
"""Hej, som återförsäljare, kan vi få en demolicens att visa för kunder på mässan i mars? Tack, Anders""")

    # ================= legal-threat: en
    m(B, "en", "l23", "L", "FSB legal helpline says breach, next step legal action", "Contract breach",
"""I'm a member of the Federation of Small Businesses and their legal helpline has confirmed you're in breach of our agreement. The next step is legal action unless you honour the original price. Mark Ellis""")
    m(B, "en", "l24", "L", "passed to my legal expenses insurer", "Claim",
"""I've now passed this to my legal expenses insurer, who will be contacting you directly about the damage your technician caused. Regards, Fiona""")
    m(B, "en", "l25", "L", "complaint with state consumer protection division", "Subscription trap",
"""I'll be filing a complaint with the state's consumer protection division about how hard you make it to cancel. This is a deceptive practice. Kyle""")
    m(B, "en", "l26", "L", "14 days before I start court proceedings", "Notice",
"""You have 14 days to refund the deposit before I start court proceedings. I have kept copies of everything. Regards, Owen Price""")
    m(B, "en", "ln22", "", "asks to confirm data not shared with law enforcement without a warrant", "Data sharing",
"""Hi, could you confirm that you won't share my data with law enforcement without a warrant? Just want to understand your policy before I sign up. Thanks, Alex""")
    m(B, "en", "ln23", "", "compliance officer needs SOC 2 report before renewal", "SOC 2",
"""Hello, our compliance officer requires your latest SOC 2 Type II report before we can renew. Can you send it under NDA? Thanks, Procurement""")
    m(B, "en", "ln24", "", "legal hold feature during litigation question", "Legal hold",
"""Hi, does your platform have a legal hold feature to stop records from being deleted while a matter is in litigation? Our clients occasionally need that. Thanks, IT at Morgan & Shaw LLP""")
    m(B, "en", "ln25", "", "volleyball court booking disappeared", "Booking gone",
"""Hi, my daughter's volleyball court booking for Saturday disappeared from the app, can you check what happened? Booking ref VB-2291. Thanks, Nicole""")

    # ================= legal-threat: de
    m(B, "de", "l18", "L", "having consumer centre check it", "Preiserhöhung",
"""Die Preiserhöhung ohne Sonderkündigungsrecht lasse ich jetzt von der Verbraucherzentrale prüfen. Ich gehe davon aus, dass sie unwirksam ist. Gruß, Martina""")
    m(B, "de", "l19", "L", "reserve the right to claim damages in court", "Re: Ausfall am 14.11.",
"""Wir behalten uns ausdrücklich vor, den durch den Ausfall entstandenen Schaden gerichtlich geltend zu machen.

Müller Elektro GmbH
i.A. Stefan Müller

> Sehr geehrter Herr Müller, eine Entschädigung ist vertraglich ausgeschlossen.""")
    m(B, "de", "l20", "L", "filing criminal complaint for fraud", "Abbuchung",
"""Ich stelle Strafantrag wegen Betrugs, wenn die drei unberechtigten Abbuchungen nicht bis Montag zurückgebucht sind. Ahmet Kaya""")
    m(B, "de", "l21", "L", "last deadline then debt collector and my lawyer", "Letzte Frist",
"""Ich setze Ihnen eine letzte Frist bis zum 30.11. Danach übergebe ich die Sache einem Inkassobüro und meinem Anwalt. Karl-Heinz Schubert""")
    m(B, "de", "ln22", "", "lay judge needs an absence feature for court days", "Abwesenheiten",
"""Hallo, ich bin Schöffin am Landgericht und habe unregelmäßige Sitzungstage. Kann ich in Ihrem Dienstplan-Tool wiederkehrende Abwesenheiten eintragen, die nicht als Urlaub zählen? Danke, Birgit""")
    m(B, "de", "ln23", "", "feature: field for the court file number", "Aktenzeichen",
"""Kann man in Ihrer Software ein eigenes Feld für das gerichtliche Aktenzeichen anlegen? Wir sind eine Inkassoabteilung und brauchen das für jeden Vorgang. Gruß, Petra""")
    m(B, "de", "ln24", "", "explicitly no legal steps, wants fair solution", "Faire Lösung",
"""Wir möchten ausdrücklich keine rechtlichen Schritte einleiten, sondern suchen eine faire Lösung für die doppelt berechnete Lizenz. Beste Grüße, Firma Scholz""")
    m(B, "de", "ln25", "", "legal insurer looking for a ticket system", "Ticketsystem für Schadenmeldungen",
"""Guten Tag, wir sind eine Rechtsschutzversicherung mit 40 Sachbearbeitern und suchen ein Ticketsystem für eingehende Schadenmeldungen. Können Sie uns ein Angebot machen? Freundliche Grüße, Abteilung Organisation""")

    # ================= legal-threat: nl
    m(B, "nl", "l16", "L", "lodged my complaint with Kifid", "Verzekering",
"""Ik heb mijn klacht inmiddels bij het Kifid neergelegd. U hoort van hen. Met vriendelijke groet, G. Hoekstra""")
    m(B, "nl", "l17", "L", "will engage the bailiff if not repaid", "Terugbetaling",
"""Als u het bedrag niet voor 1 december terugbetaalt, schakel ik een deurwaarder in. Ik heb al drie keer gevraagd. Lars""")
    m(B, "nl", "l18", "L", "member of Consumentenbond, let them assess the case", "Klacht",
"""Ik ben lid van de Consumentenbond en laat hen deze zaak beoordelen. Uw werkwijze is volgens mij in strijd met de wet. Marja""")
    m(B, "nl", "ln18", "", "company lawyer wants to know where data is stored", "Datalocatie",
"""Onze bedrijfsjurist wil graag weten waar jullie de data opslaan, in de EU of in de VS? Groet, Koen""")
    m(B, "nl", "ln19", "", "bailiff office wants integration with collection system", "Koppeling",
"""Wij zijn een gerechtsdeurwaarderskantoor en zoeken een koppeling tussen uw planning en ons incassosysteem. Is daar een API voor? Groet, Kantoor Jansen""")
    m(B, "nl", "ln20", "", "absolutely no court case wanted, just money back", "Geld terug",
"""Ik wil absoluut geen rechtszaak, alleen mijn geld terug voor de dubbele boeking. Groetjes, Mila""")

    # ================= legal-threat: pl
    m(B, "pl", "l16", "L", "intend to bring an action for reimbursement", "Koszty",
"""Zamierzam wystąpić z powództwem o zwrot kosztów, które poniosłem przez waszą awarię. Piotr Olszewski""")
    m(B, "pl", "l17", "L", "further steps by legal route", "Ostatnie wezwanie",
"""To moja ostatnia wiadomość. Dalsze kroki podejmę na drodze prawnej. Bożena""")
    m(B, "pl", "l18", "L", "reported to consumer ombudsman and UOKiK", "Zgłoszenie",
"""Sprawę zgłosiłem do miejskiego rzecznika konsumentów oraz do UOKiK. Czekam na wasze stanowisko. Dariusz""")
    m(B, "pl", "ln19", "", "bailiff office needs the software", "Kancelaria komornicza",
"""Dzień dobry, jesteśmy kancelarią komorniczą i szukamy systemu do obsługi korespondencji. Czy macie wersję dla kilku stanowisk? Pozdrawiam""")
    m(B, "pl", "ln20", "", "needs terms history for own case against former employer", "Regulamin",
"""Proszę o informację, czy regulamin był zmieniany w tym roku – potrzebuję tego do sprawy w sądzie z moim byłym pracodawcą, nie w sprawie waszej firmy. Dzięki, Hubert""")
    m(B, "pl", "ln21", "", "doesn't want any legal steps, just an apology", "Przeprosiny",
"""Nie chcę żadnych kroków prawnych, oczekuję tylko przeprosin od konsultanta, który był niegrzeczny. Alicja""")
