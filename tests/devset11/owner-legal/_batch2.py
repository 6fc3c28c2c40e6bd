"""devset11 owner-legal, batch 2 (measured after b1 tuning, before any tuning on b2)."""
B = "b2"

def add(m):
    # ================= account-ownership: it
    m(B, "it", "o6", "O", "new majority partner: remove the other partner as admin and put me", "Soci",
"""Buongiorno, sono il nuovo socio di maggioranza della Tecnoservice. L'altro socio è uscito dalla società il mese scorso e non collabora. Vi chiedo di togliere lui come amministratore e di mettere me al suo posto, allego la visura camerale aggiornata.

Distinti saluti
Alessandro Ricci""")
    m(B, "it", "o7", "O", "acquired business branch, main profile must be assigned to me", "Acquisizione ramo d'azienda",
"""Gentile supporto,

con atto del 3 novembre abbiamo acquisito il ramo d'azienda della Rossi snc, compreso l'abbonamento al vostro servizio. Ci serve che il profilo principale venga assegnato al nostro referente, cioè al sottoscritto, e che la signora Rossi non possa più entrare.

Cordialmente
Dott. Enrico Gatti""", fmt="alt")
    m(B, "it", "o8", "O", "pressure: give me admin privileges by tonight, holder on sick leave", "ADMIN",
"""vi do tempo fino a stasera per darmi i privilegi da admin. la collega che li aveva è in malattia da due mesi e non risponde al telefono, noi intanto siamo bloccati e non possiamo nemmeno aggiungere i nuovi clienti. non è possibile lavorare così""")
    m(B, "it", "o9", "O", "change mobile number linked to the owner to mine, old one is ex colleague's", "numero di telefono",
"""Salve, potete cambiare il numero di cellulare collegato al proprietario dell'account con il mio, 347 5512093? Quello registrato è del mio ex collega che ha cambiato lavoro e i codici di verifica arrivano a lui. Grazie, Stefano""")
    m(B, "it", "o10", "O", "HTML form-like request: change holder from resigned person to me", "Richiesta cambio intestatario",
"""Richiesta cambio intestatario account

Da: Mario Bianchi (dimissionario dal 30/09)
A: Laura Verdi (la sottoscritta, responsabile amministrativa)

Vi prego di procedere con urgenza, il sig. Bianchi non è più raggiungibile.
Laura Verdi""", fmt="html")
    m(B, "it", "on6", "", "building administrator (amministratore di condominio) asks how to register residents", "Registrazione condomini",
"""Buongiorno, sono l'amministratore del condominio di via Roma 12 a Torino e uso la vostra app per le comunicazioni. Come faccio a registrare i condomini in modo che ricevano gli avvisi? Devo inserirli io uno per uno? Grazie, Geom. Paolo Neri""")
    m(B, "it", "on7", "", "as owner, can I see login history of users", "log accessi",
"""Ciao, come proprietario dell'account posso vedere chi ha fatto login negli ultimi 30 giorni? Vorrei controllare che i ragazzi del magazzino usino davvero l'app. Grazie Luca""")
    m(B, "it", "on8", "", "transfer licence from old PC to new computer", "cambio computer",
"""Salve, ho comprato un computer nuovo e vorrei trasferire la licenza dal vecchio PC al nuovo. Devo disattivarla prima sul vecchio? Il vecchio tra l'altro non si accende quasi più. Grazie""")
    m(B, "it", "on9", "", "employee writes on behalf of shop owner: cost of adding a second till", "Preventivo seconda cassa",
"""Buongiorno, il titolare del negozio mi ha chiesto di scrivervi: vorremmo sapere quanto costa aggiungere una seconda cassa al nostro abbonamento e se serve un'altra stampante fiscale. Grazie, Marta (commessa)""")

    # ================= account-ownership: pl
    m(B, "pl", "o4", "O", "owner died, I'm the heir, move the account to me", "Konto po zmarłym mężu",
"""Dzień dobry, mój mąż, który był właścicielem firmy i założył u Państwa konto, zmarł we wrześniu. Jestem spadkobierczynią i prowadzę teraz działalność. Proszę o przeniesienie konta na mnie, mogę przesłać akt zgonu i postanowienie sądu o nabyciu spadku.

Halina Mazur""")
    m(B, "pl", "o5", "O", "set me as main admin, IT head on sick leave, needed today", "Administrator",
"""Proszę ustawić mnie jako głównego administratora. Dotychczasowy szef IT jest na zwolnieniu lekarskim i nie odbiera telefonu, a my musimy dzisiaj wystawić faktury. Jestem dyrektorem finansowym, to chyba wystarczy.

Robert Pawlak, CFO""")
    m(B, "pl", "o6", "O", "we bought the shop, want to take over the account with order history", "Przejęcie sklepu",
"""Dzien dobry, kupilismy ten sklep w pazdzierniku od poprzedniego wlasciciela i chcemy przejac konto razem z cala historia zamowien. Poprzedni wlasciciel nie chce podac hasla. Co musimy zrobic? Pozdrawiam, Bartek""")
    m(B, "pl", "on4", "", "account admin wants to give colleague read-only permissions", "Uprawnienia",
"""Dzień dobry, jestem administratorem naszego konta i chciałbym nadać koledze z księgowości uprawnienia tylko do odczytu raportów. Gdzie to znajdę? Dzięki, Piotr""")
    m(B, "pl", "on5", "", "feature: bulk-change task owner in a project", "Zmiana właściciela zadań",
"""Czy da się masowo zmienić właściciela zadań w projekcie? Jedna osoba z zespołu przechodzi do innego działu i ma przypisanych ok. 80 zadań, nie chcę klikać każdego osobno.""")
    m(B, "pl", "on6", "", "changed surname after wedding, update own profile", "Zmiana nazwiska",
"""Hej, zmieniłam nazwisko po ślubie i chciałabym je zaktualizować w swoim profilu oraz na fakturach. Sama nie mogę tego edytować, pole jest zablokowane. Pozdrawiam, Natalia""")

    # ================= account-ownership: pt
    m(B, "pt", "o4", "O", "former manager fired, main access stayed with her, pass admin to me today", "Acesso principal",
"""Boa tarde. A antiga gerente foi despedida e o acesso principal à plataforma ficou com ela. Quero que passem a administração da conta para mim ainda hoje, não podemos ficar dependentes de uma pessoa que já não faz parte da empresa.

Nuno Carvalho""")
    m(B, "pt", "o5", "O", "BR CEO demands to be account owner, won't follow procedure", "dono da conta",
"""Eu sou o CEO da empresa e exijo ser o dono da conta. Não quero saber de procedimento nem de formulário, resolvam isso hoje. O rapaz que criou a conta era estagiário e já foi embora faz tempo.""")
    m(B, "pt", "o6", "O", "change main account email (the owner's) to mine", "Email principal",
"""Olá, por favor mudem o email principal da conta, que é o do dono, para o meu: ana.reis@padariareis.pt. O Carlos já não está na empresa e ninguém consegue entrar. Obrigada!""")
    m(B, "pt", "on4", "", "how to move a project from one folder to another", "mover projeto",
"""Oi, como faço para transferir um projeto de uma pasta para outra sem perder os comentários? Tentei arrastar mas não deu. Valeu!""")
    m(B, "pt", "on5", "", "account admin wants to give read access to external accountant", "Acesso para contabilista",
"""Bom dia, sou a administradora da conta e queria dar acesso só de leitura ao nosso contabilista externo, para ele ver as faturas. Qual é o perfil indicado? Cumprimentos, Teresa""")
    m(B, "pt", "on6", "", "LGPD: who is the controller of client data", "LGPD",
"""Olá, nosso jurídico pediu para confirmar: de acordo com a LGPD, quem é o controlador e quem é o operador dos dados dos nossos clientes que ficam armazenados na plataforma de vocês? E os dados continuam sendo de nossa propriedade? Obrigado""")

    # ================= account-ownership: sv
    m(B, "sv", "o4", "O", "took over dad's firm, transfer the account to me", "Överta konto",
"""Hej, jag har tagit över firman efter min pappa som gått i pension. Kan ni föra över kontot till mig? Han kommer inte ihåg lösenordet och mejladressen är nedlagd.

Mvh Oskar Lund""")
    m(B, "sv", "o5", "O", "set me as main administrator, IT guy on parental leave, urgent", "BRÅDSKANDE - admin",
"""Sätt mig som huvudadministratör, vår IT-ansvarige är föräldraledig och vi kommer inte åt någonting. Det brådskar, vi har lönekörning imorgon!!

Anna-Karin Sjöberg
Ekonomichef""")
    m(B, "sv", "o6", "O", "change 2FA phone on the owner account to my number, old owner changed job", "tvåstegsverifiering",
"""Hej, ni måste ändra telefonnumret för tvåstegsverifieringen på ägarkontot till mitt nummer 070-4412398. Den gamla ägaren har bytt jobb och svarar inte. /Peter""")
    m(B, "sv", "on4", "", "admin wants to give new employee permission to see invoices only", "Behörighet fakturor",
"""Hej! Jag är administratör för vårt konto och vill ge en nyanställd behörighet att se fakturor, inget mer. Vilken roll ska jag välja? Tack, Camilla""")
    m(B, "sv", "on5", "", "transfer a licence from a user who quit to a new colleague", "Flytta licens",
"""Hej, en av våra säljare har slutat. Hur överför jag hans licens till en ny medarbetare som börjar på måndag? Vi vill inte köpa en extra. Mvh Fredrik""")
    m(B, "sv", "on6", "", "asks who the owner of the organisation is, for audit", "Revision",
"""Hej, vem står som ägare till vår organisation i ert system? Vi behöver uppgiften till revisionen, vi ska inte ändra något. Tack, Helena""")

    # ================= legal-threat: de
    m(B, "de", "l4", "L", "having it checked legally, regulator next", "Vertragsverlängerung",
"""Sie haben meinen Vertrag ohne Zustimmung um 24 Monate verlängert. Ich lasse das jetzt juristisch prüfen und werde außerdem die Bundesnetzagentur einschalten. Von Ihrem Kundenservice erwarte ich nichts mehr.

H. Zimmermann""")
    m(B, "de", "l5", "L", "my lawyer (female) has already prepared a letter", "Re: Re: Ihre Mahnung",
"""Ihre Mahnung ist gegenstandslos, ich habe fristgerecht gekündigt. Meine Anwältin hat bereits ein Schreiben vorbereitet, das Sie in den nächsten Tagen erhalten.

Claudia Berger

> Sehr geehrte Frau Berger, leider ist die offene Forderung weiterhin nicht beglichen.""")
    m(B, "de", "l6", "L", "this will have a court aftermath, run-on, no punctuation", "unverschämt",
"""also ich hab jetzt echt genug das ist das dritte mal dass ihr mir geld abbucht obwohl ich nix bestellt hab das wird ein gerichtliches nachspiel haben verlasst euch drauf""")
    m(B, "de", "l7", "L", "fraud, will file a criminal complaint", "Betrug",
"""Das ist Betrug. Wenn die unberechtigten Abbuchungen nicht sofort zurückgebucht werden, erstatte ich Anzeige bei der Polizei. Kai Neumann""")
    m(B, "de", "ln8", "", "solo lawyer uses tool for clients, export question", "Export Zeiterfassung",
"""Guten Tag, ich bin Rechtsanwalt und nutze Ihr Tool zur Zeiterfassung für meine Mandate. Wie kann ich die Stunden pro Mandant als Excel exportieren? Viele Grüße, RA Jens Köhler""")
    m(B, "de", "ln9", "", "law firm asks where servers are (confidentiality obligation)", "Serverstandort",
"""Hallo, als Rechtsanwaltskanzlei unterliegen wir der anwaltlichen Verschwiegenheitspflicht. Wo stehen Ihre Server, und sind die Daten verschlüsselt? Wir brauchen das für unsere interne Dokumentation. Gruß, Kanzlei Wolf""")
    m(B, "de", "ln10", "", "external data protection officer asks for TOMs and subprocessors", "TOM und Unterauftragsverarbeiter",
"""Sehr geehrte Damen und Herren,

als externer Datenschutzbeauftragter eines Ihrer Kunden bitte ich um Übersendung Ihrer technischen und organisatorischen Maßnahmen sowie der aktuellen Liste der Unterauftragsverarbeiter.

Mit freundlichen Grüßen
Dipl.-Inf. Markus Lang""")
    m(B, "de", "ln11", "", "group legal insurance mentioned: add a field for policy number", "Zusatzfeld im Profil",
"""Hi, unsere Mitarbeiter sind über eine Gruppen-Rechtsschutzversicherung abgesichert. Kann man im Mitarbeiterprofil ein eigenes Feld für die Versicherungsnummer anlegen? Danke, Olga aus der Personalabteilung""")

    # ================= legal-threat: nl
    m(B, "nl", "l4", "L", "going to hire a lawyer", "Nog steeds niks",
"""Na vier weken nog steeds geen reactie op mijn klacht. Ik ga een advocaat in de arm nemen, dit pik ik niet langer. Gr. Ruud""")
    m(B, "nl", "l5", "L", "filed a police report for fraud", "oplichting",
"""Ik heb vandaag aangifte gedaan van oplichting, jullie hebben drie keer geld afgeschreven voor een product dat nooit is geleverd. Het proces-verbaal stuur ik mee naar mijn bank. Fatima""")
    m(B, "nl", "l6", "L", "made a report at ACM and considering further steps", "Melding ACM",
"""Goedemiddag, ik heb inmiddels een melding gemaakt bij de ACM over jullie verborgen kosten en ik beraad me op verdere juridische stappen. Ik verwacht binnen 5 werkdagen een voorstel. Met vriendelijke groet, Jeroen Smit""")
    m(B, "nl", "ln5", "", "notary office asks about ISO certification", "Beveiliging",
"""Goedemorgen, als notariskantoor werken wij met zeer vertrouwelijke stukken. Is jullie opslag ISO 27001 gecertificeerd en staan de servers in de EU? Met vriendelijke groet, Notariskantoor De Wit""")
    m(B, "nl", "ln6", "", "trainee lawyer asks for student discount", "Korting",
"""Hoi! Ik ben advocaat-stagiaire en gebruik jullie app voor mijn studie beroepsopleiding. Hebben jullie nog studentenkorting? Groetjes Lotte""")
    m(B, "nl", "ln7", "", "company lawyer has questions on liability clause, wants a call", "Vraag over artikel 7",
"""Beste, onze bedrijfsjurist heeft een paar vragen over artikel 7 van jullie algemene voorwaarden (aansprakelijkheid) voordat we het jaarcontract tekenen. Kunnen we volgende week even bellen? Groet, Mark van Dam""")
    m(B, "nl", "ln8", "", "ordinary question with confidentiality disclaimer in signature", "Koppeling met Exact",
"""Hallo, werkt de koppeling met Exact Online ook als we meerdere administraties hebben?

Met vriendelijke groet,
Linda Mulder
Mulder & Partners Advocaten
Dit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de geadresseerde. Indien dit bericht niet voor u bestemd is, verzoeken wij u dit te melden aan de afzender en het bericht te verwijderen.""")

    # ================= legal-threat: pl
    m(B, "pl", "l4", "L", "will hand the matter to the law firm that serves us", "Faktura korygująca",
"""Trzeci raz proszę o fakturę korygującą. Jeżeli do piątku jej nie dostanę, przekazuję sprawę kancelarii, która nas obsługuje, i niech ona się tym zajmie.

Marek Jankowski""")
    m(B, "pl", "l5", "L", "will report to consumer ombudsman", "Reklamacja",
"""zglosze to do miejskiego rzecznika konsumentow, bo to co robicie z tymi oplatami to jest zwykle naciaganie ludzi. Beata""")
    m(B, "pl", "l6", "L", "considering reporting the case to police as fraud", "Oszustwo",
"""Dzień dobry, pobraliście z mojej karty 899 zł bez mojej zgody. Rozważam zgłoszenie sprawy na policję jako oszustwa, jeśli pieniądze nie wrócą w ciągu 3 dni. Krzysztof""")
    m(B, "pl", "ln4", "", "company's legal counsel asks for copy of contract and terms", "Prośba o dokumenty",
"""Dzień dobry, jako radca prawny obsługujący naszą spółkę proszę o przesłanie kopii umowy ramowej oraz aktualnego regulaminu usługi. Potrzebne do przeglądu umów. Z poważaniem, r.pr. Anna Kaczmarek""")
    m(B, "pl", "ln5", "", "ordinary question with law-firm confidentiality footer", "Eksport do PDF",
"""Dzień dobry, jak wyeksportować raport miesięczny do PDF z logo firmy?

Pozdrawiam
Tomasz Wróbel
Kancelaria Adwokacka Wróbel i Wspólnicy
Treść tej wiadomości jest poufna i może być objęta tajemnicą adwokacką. Jeżeli nie jest Pan/Pani adresatem, prosimy o usunięcie wiadomości.""")
    m(B, "pl", "ln6", "", "not going to court, just wants a corrected invoice", "korekta",
"""Nie chcę robić z tego sprawy sądowej ani nic w tym stylu, potrzebuję tylko korekty faktury z poprawnym NIP-em. Dzięki, Iwona""")

    # ================= legal-threat: en
    m(B, "en", "l6", "L", "already spoke to a lawyer who says strong case", "Final email",
"""I have already spoken to a lawyer who says I have a strong case for the losses your outage caused us. This is my last attempt to resolve it directly with you.

James Whitaker
Whitaker Joinery Ltd""")
    m(B, "en", "l7", "L", "contacting trading standards and the financial ombudsman", "Complaint ref 88213",
"""Your response is not acceptable. I'll be contacting Trading Standards tomorrow and I'm also taking this to the Financial Ombudsman. Rachel""")
    m(B, "en", "l8", "L", "US: let the courts decide / expect a letter from my attorney", "re: cancellation",
"""fine. if you won't honor the cancellation we'll let the courts decide. expect a letter from my attorney next week.

- Mike""")
    m(B, "en", "ln5", "", "legal team reviewed MSA, has redlines, wants a call", "MSA redlines",
"""Hi Jenna, our legal team has reviewed the MSA and has a few redlines on the liability and indemnity sections. Could we schedule a 30 minute call this week to go through them? Best, Oliver""")
    m(B, "en", "ln6", "", "court reporter asks about transcription speaker labels", "Speaker labels",
"""Hello, I work as a court reporter and I'm trialling your transcription tool. Can it label speakers automatically (judge, counsel, witness) or do I need to do it by hand? Thanks, Dana""")
    m(B, "en", "ln7", "", "basketball league: can scheduling handle multiple courts", "Multiple courts",
"""Hey, we're a youth basketball league with 4 courts across two gyms. Can the scheduling module assign games to specific courts and avoid double booking? Thanks! Coach Ray""")
    m(B, "en", "ln8", "", "no need for lawyers, let's just sort it out", "Re: overcharge",
"""Look, there's no need for lawyers or anything like that, I just want the overcharge sorted. Can someone call me? Ben

> Hi Ben, we're sorry to hear about the overcharge on your last invoice.""")
