"""devset11 owner-legal, batch 1 (measured before any tuning on it)."""
B = "b1"

def add(m):
    # ================= account-ownership: it
    m(B, "it", "o1", "O", "previous IT person left, new office manager wants admin access before payroll", "Accesso account aziendale URGENTE",
"""Buongiorno,

vi scrivo perché il nostro ex responsabile informatico, Marco Bellini, ha lasciato l'azienda a fine settembre e l'account è rimasto registrato con la sua mail, che ovviamente ora è disattivata. Io sono la nuova office manager e devo assolutamente entrare come amministratrice entro venerdì perché dobbiamo chiudere le buste paga.

Vi chiedo quindi di passare l'account sotto il mio nome al più presto, ditemi voi cosa vi serve ma fate in fretta per favore.

Grazie
Federica Santoro
Santoro Impianti srl""")
    m(B, "it", "o2", "O", "CEO demands to be made owner today, no patience for procedures", "richiesta proprietario account",
"""Sono l'amministratore delegato della Ferri Logistica e vi chiedo di farmi diventare proprietario del nostro account oggi stesso. Il dipendente che lo gestiva non lavora più con noi e non ho nessuna intenzione di aspettare le vostre procedure di verifica di due settimane. Mi sembra assurdo dover dimostrare che l'azienda è mia.

Attendo conferma in giornata.
Roberto Ferri""")
    m(B, "it", "o3", "O", "change the account holder's email to mine, the old one no longer exists", "cambio mail titolare",
"""ciao, potete sostituire l'indirizzo mail del titolare dell'account con il mio (giulia.conti@studioconti.it)? quello vecchio era di luca che non c'è più in studio e la casella è stata chiusa, quindi il reset della password non arriva a nessuno. grazie mille""")
    m(B, "it", "o4", "O", "the account is ours, we pay for it, hand it over to me", "Re: Re: pratica 48213",
"""Scusate ma non capisco tutte queste domande. L'account lo paghiamo NOI da tre anni, le fatture sono intestate alla nostra società, quindi è nostro e basta. Sbloccatelo e trasferitelo a me, non a quel signore che se n'è andato sbattendo la porta.

Saluti
P. Galli

> Gentile cliente, per procedere abbiamo bisogno di una conferma da parte dell'attuale titolare dell'account.
> Cordiali saluti, il team di supporto""")
    m(B, "it", "o5", "O", "father who opened the account died, wants ownership in her name (qp, typos)", "account di mio padre",
"""salve, mio padre aveva aperto l'account per la sua ditta ma purtroppo è mancato a giugno. adesso la ditta la porto avanti io e vorrei che la proprietà dell'account venisse spostata a nome mio, ho il certificato e tutti i documenti della successione se servono. non so la sua password ne ho accesso alla sua email. come devo fare? grazie
Chiara""", fmt="qp", charset="iso-8859-1")
    m(B, "it", "on1", "", "real owner asks how to add a colleague as normal user without admin rights", "Aggiungere utente",
"""Buongiorno, sono la titolare dell'account della nostra associazione. Come faccio ad aggiungere una volontaria come utente normale, senza che abbia i permessi di amministratore? Vorrei che potesse solo inserire le presenze. Grazie, Anna Moretti""")
    m(B, "it", "on2", "", "GDPR question: who owns/controls uploaded data, stays ours after cancellation", "Domanda GDPR",
"""Gentili,

stiamo aggiornando il registro dei trattamenti. Ai fini del GDPR, voi agite come responsabile del trattamento e noi come titolare? E i dati che carichiamo restano di nostra proprietà anche se un giorno disdiciamo l'abbonamento, o li cancellate subito?

Grazie per la risposta,
Ufficio privacy - Cooperativa Il Faro""")
    m(B, "it", "on3", "", "owner wants to change own password, reset mail not arriving", "password",
"""Salve sono io il proprietario dell'account e vorrei cambiare la mia password ma la mail di reset non mi arriva, nemmeno nello spam. Potete controllare? grazie Davide""")
    m(B, "it", "on4", "", "asks who the owner of the account is, just for internal records", "informazione",
"""Buonasera, una curiosità: riuscite a dirmi chi risulta come proprietario del nostro account? L'ha creato qualcuno prima di me e vorrei solo segnarlo nel nostro documento interno delle utenze, non devo cambiare niente. Grazie Silvia""", fmt="alt")
    m(B, "it", "on5", "", "reseller partner asks about margins and billing", "Programma rivenditori",
"""Buongiorno, siamo un'agenzia web di Bologna e rivendiamo già il vostro gestionale a cinque clienti. Volevo capire come funzionano gli sconti per i partner e se possiamo essere noi a fatturare direttamente ai clienti finali invece che voi. Grazie, Matteo - Pixelfarm""")

    # ================= account-ownership: pl
    m(B, "pl", "o1", "O", "previous admin left, I am the company president, rewrite the account to me, urgent", "Pilne - dostęp do konta firmy",
"""Dzień dobry,

nasz poprzedni informatyk odszedł z firmy w zeszłym miesiącu i nikt nie ma dostępu do konta. Jestem prezesem zarządu spółki i proszę o przepisanie konta na mnie, sprawa jest pilna bo stoją nam wysyłki.

Z poważaniem
Tomasz Wiśniewski
Prezes Zarządu, Wiśniewski Trans Sp. z o.o.""")
    m(B, "pl", "o2", "O", "change the owner's email to mine, employee was fired", "zmiana maila",
"""dzien dobry, prosze o zmiane adresu email wlasciciela konta na moj: k.zielinska@meblex.pl. Pracownik na ktorego bylo zalozone konto zostal zwolniony dyscyplinarnie i nie ma z nim kontaktu. pozdrawiam Katarzyna Zielińska""")
    m(B, "pl", "o3", "O", "the account belongs to our company, demand owner rights immediately", "Re: weryfikacja",
"""To konto należy do naszej firmy, a nie do pana Nowaka, który już u nas nie pracuje. Nie rozumiem po co ta cała weryfikacja. Żądam natychmiastowego nadania mi uprawnień właściciela, inaczej rezygnujemy z waszych usług.

Adam Kowalczyk

> Szanowny Panie, prosimy o potwierdzenie zmiany od obecnego właściciela konta.""")
    m(B, "pl", "on1", "", "account owner wants to add an employee as a regular user", "Nowy użytkownik",
"""Dzień dobry, jestem właścicielką konta i chciałabym dodać nową pracownicę jako zwykłego użytkownika, bez dostępu do faktur. Gdzie to się ustawia? Dziękuję, Marta""")
    m(B, "pl", "on2", "", "who is the owner of this ticket, nobody answers", "Zgłoszenie 55102",
"""Kto jest właścicielem mojego zgłoszenia? Od tygodnia czekam na odpowiedź w sprawie błędu z fakturami i nikt się nie odzywa. Proszę o informację kto się tym zajmuje.""")
    m(B, "pl", "on3", "", "RODO: do entered data remain ours, who is the data controller", "Pytanie RODO",
"""Dzień dobry,

w związku z audytem RODO mam dwa pytania: czy dane, które wprowadzamy do systemu, pozostają naszą własnością, i kto w tym układzie jest administratorem danych osobowych, a kto podmiotem przetwarzającym? Potrzebuję tego do dokumentacji.

Pozdrawiam
Ewa Lis, Inspektor Ochrony Danych""")

    # ================= account-ownership: pt
    m(B, "pt", "o1", "O", "new director, previous admin left without passwords, make me admin today", "Acesso de administrador",
"""Bom dia,

Sou o novo diretor-geral da empresa e o antigo administrador saiu sem deixar as senhas a ninguém. Preciso que me coloquem como administrador da conta hoje mesmo, temos uma auditoria amanhã de manhã e não consigo ver nada.

Cumprimentos,
Rui Fernandes""")
    m(B, "pt", "o2", "O", "BR: the account is ours, transfer ownership to my email, urgent", "URGENTE conta",
"""Oi pessoal, a conta é nossa, a gente paga todo mês no cartão da empresa. O ex sócio não quer passar o login. Transfiram a titularidade pro meu e-mail (fabio@lojaverde.com.br) o quanto antes pfv, estamos parados!!""")
    m(B, "pt", "o3", "O", "change owner's email and phone to mine, former partner left", "Alteração de dados",
"""Olá, gostaria de alterar o e-mail e o número de telemóvel do proprietário da conta para os meus. O anterior sócio saiu da sociedade em agosto e deixou de responder. Posso enviar a certidão permanente da empresa. Obrigada, Inês Matos""")
    m(B, "pt", "on1", "", "owner wants to change own password, recovery link not arriving", "Palavra-passe",
"""Boa tarde, sou a titular da conta e queria mudar a minha própria palavra-passe, mas o link de recuperação não chega ao meu email. Podem verificar? Obrigada, Sofia""")
    m(B, "pt", "on2", "", "reseller partner: how do we create accounts for our clients, who ends up owner", "Parceria revenda",
"""Olá! Somos uma agência parceira e vamos começar a revender o vosso software. Quando criamos contas para os nossos clientes, quem fica como proprietário, nós ou o cliente? E conseguimos ver todas as contas num único painel? Abraço, Pedro - Agência Norte""")
    m(B, "pt", "on3", "", "who is handling my ticket", "Ticket 20931",
"""Bom dia, quem é o responsável pelo meu ticket? Abri há cinco dias sobre a exportação de relatórios e ainda ninguém pegou nele. Obrigado""")

    # ================= account-ownership: sv
    m(B, "sv", "o1", "O", "former admin quit and won't answer, I'm the CEO and need to become owner now", "Ägarskap konto",
"""Hej,

Vår förra admin slutade i somras och svarar inte på mejl eller telefon. Jag är VD på bolaget och behöver bli ägare till kontot omgående, vi kan inte ens ladda ner våra egna fakturor.

Mvh
Johan Ek, VD Ek Bygg AB""")
    m(B, "sv", "o2", "O", "change the account owner's email to mine, previous owner sold the firm to us", "byte av e-post",
"""Hej! Kan ni byta e-postadressen för kontoägaren till min, lena@frisorlena.se? Förra ägaren sålde salongen till mig i oktober och har flyttat utomlands. Tack på förhand /Lena""")
    m(B, "sv", "o3", "O", "account belongs to us, not the agency that set it up, move ownership to me now", "Kontot",
"""Kontot tillhör oss, inte webbyrån som satte upp det åt oss för två år sedan. Vi har sagt upp samarbetet med dem. Flytta över ägarskapet till mig direkt, jag vill inte vänta en vecka till.

Karin Holm
Marknadschef""")
    m(B, "sv", "on1", "", "account owner wants to add a colleague as ordinary user", "Lägga till användare",
"""Hej, jag är kontoägare och vill lägga till en ny kollega som vanlig användare så hon kan se schemat. Hur gör jag det? Tack, Sara""")
    m(B, "sv", "on2", "", "who owns this support case, no reply", "Ärende 7781",
"""Hej, vem äger det här ärendet hos er? Jag har väntat i tio dagar på svar om dubbeldebiteringen. /Magnus""")
    m(B, "sv", "on3", "", "GDPR: who owns the data we upload, are you a processor", "Fråga om GDPR",
"""Hej,

En fråga inför vår GDPR-genomgång: vem äger egentligen den data vi laddar upp hos er, och agerar ni som personuppgiftsbiträde? Finns det ett biträdesavtal vi kan få ta del av?

Vänliga hälsningar
Elin Berg""")

    # ================= legal-threat: de
    m(B, "de", "l1", "L", "money back by Friday or the matter goes to my lawyer", "Rückerstattung - letzte Aufforderung",
"""Sehr geehrte Damen und Herren,

seit sechs Wochen warte ich auf die Rückzahlung von 349,00 EUR für das gekündigte Jahresabo. Sollte der Betrag nicht bis Freitag, 28.11., auf meinem Konto eingehen, gebe ich die Angelegenheit an meinen Anwalt weiter.

Mit freundlichen Grüßen
Dr. Stefan Hartmann""")
    m(B, "de", "l2", "L", "will complain to the consumer centre and reserve legal steps", "Beschwerde",
"""Hallo, ich habe jetzt zum dritten Mal geschrieben und bekomme nur Textbausteine zurück. Ich werde mich bei der Verbraucherzentrale beschweren und behalte mir weitere rechtliche Schritte ausdrücklich vor. Das Abo wurde nach meiner Kündigung einfach weiter abgebucht. Gruß M. Krüger""")
    m(B, "de", "l3", "L", "already contacted legal insurance, it will have consequences (qp)", "Re: Kündigung",
"""Ich habe das Ganze inzwischen meiner Rechtsschutzversicherung gemeldet, die prüft jetzt, ob wir gegen Sie vorgehen. Ihre Antwort zeigt mir, dass Sie es offenbar darauf ankommen lassen wollen.

Petra Vogel

> Sehr geehrte Frau Vogel, eine Erstattung ist laut unseren AGB leider nicht möglich.""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "ln1", "", "small law firm asks about additional licences", "Weitere Lizenzen",
"""Guten Tag,

wir sind eine kleine Kanzlei in Köln mit vier Anwälten und zwei Fachangestellten. Können wir zu unserem bestehenden Paket zwei weitere Lizenzen dazubuchen, und wird das anteilig abgerechnet?

Freundliche Grüße
Kanzlei Brandt & Schulte
Rechtsanwälte""")
    m(B, "de", "ln2", "", "plain GDPR art. 15 access request, no threat", "Auskunft nach Art. 15 DSGVO",
"""Sehr geehrte Damen und Herren,

hiermit bitte ich gemäß Art. 15 DSGVO um Auskunft über die zu meiner Person gespeicherten Daten sowie über deren Herkunft und Empfänger. Bitte senden Sie mir die Auskunft an diese E-Mail-Adresse.

Vielen Dank und freundliche Grüße
Jana Weber""")
    m(B, "de", "ln3", "", "legal department needs the AVV to sign", "AV-Vertrag",
"""Hallo zusammen, unsere Rechtsabteilung hat mich gebeten, den Vertrag zur Auftragsverarbeitung bei Ihnen anzufordern, damit wir ihn vor dem Go-live unterschreiben können. Gibt es den als PDF? Danke, Lukas Schmid, IT""")
    m(B, "de", "ln4", "", "legal insurance mentioned neutrally: invoice address of the insurer", "Rechnungsadresse ändern",
"""Guten Tag, wir sind ein Versicherungsmakler und unser Hauptpartner ist eine Rechtsschutzversicherung, deren Logo wir gern auf den Angebotsvorlagen hätten. Kann man ein zweites Logo in die PDF-Vorlage einfügen? Grüße, Tim Bauer""")
    m(B, "de", "ln5", "", "neutral question about legal basis and terms", "Frage zu AGB",
"""Hallo, auf welcher rechtlichen Grundlage berechnen Sie Kunden in der Schweiz keine Mehrwertsteuer? Und steht in den AGB irgendwo, welches Recht für den Vertrag gilt? Unsere Buchhaltung fragt. LG Nina""")
    m(B, "de", "ln6", "", "ordinary question with confidentiality disclaimer and register court in signature", "Export der Kundendaten",
"""Guten Morgen,

wie kann ich die Kundenliste als CSV exportieren? Der Button unter Berichte ist bei mir ausgegraut.

Beste Grüße
Frank Lehmann
--
Lehmann Haustechnik GmbH, Amtsgericht Hannover HRB 20441
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.""")
    m(B, "de", "ln7", "", "explicitly not going to involve a lawyer, just wants a fix", "Doppelte Abbuchung",
"""Hallo, Sie haben mir den Oktober doppelt abgebucht. Ich habe keine Lust, deswegen gleich einen Anwalt einzuschalten, ich möchte einfach nur das Geld zurück. Danke, Sven""")

    # ================= legal-threat: nl
    m(B, "nl", "l1", "L", "if not solved by end of month I go to the Geschillencommissie", "Klacht abonnement",
"""Beste,

Ik heb al drie keer gebeld over de verkeerde incasso. Als dit niet voor het einde van de maand is opgelost, leg ik de zaak voor aan de Geschillencommissie. Ik heb alle mails bewaard.

Met vriendelijke groet,
Henk de Vries""")
    m(B, "nl", "l2", "L", "engaged legal-expenses insurer who will contact you", "Re: opzegging",
"""Ik heb mijn rechtsbijstandverzekering ingeschakeld, die gaat contact met jullie opnemen over de onterechte facturen. Ik ben er echt klaar mee.

Groet, Marloes

> Beste Marloes, helaas kunnen wij uw opzegging pas per 1 maart verwerken.""")
    m(B, "nl", "l3", "L", "considering a complaint with the Dutch DPA about use of data after cancellation", "Gebruik van mijn gegevens",
"""Goedemiddag, ondanks mijn opzegging in juli krijg ik nog steeds mails van jullie en mijn gegevens staan nog in jullie systeem. Ik overweeg serieus een klacht in te dienen bij de Autoriteit Persoonsgegevens. Graag binnen een week een reactie. Peter Jansen""")
    m(B, "nl", "ln1", "", "law firm as a customer wants to upgrade", "Overstap naar Business",
"""Goedendag, wij zijn een advocatenkantoor in Utrecht met twaalf medewerkers en willen graag overstappen naar het Business-pakket. Kan dat per direct en hoe wordt het resterende bedrag verrekend? Met vriendelijke groet, Secretariaat Van Leeuwen Advocaten""")
    m(B, "nl", "ln2", "", "plain AVG access request without threat", "Inzageverzoek AVG",
"""Geachte heer/mevrouw, op grond van artikel 15 van de AVG verzoek ik u om inzage in de persoonsgegevens die u van mij verwerkt. Ik ontvang het overzicht graag per e-mail. Met vriendelijke groet, Y. Bakker""")
    m(B, "nl", "ln3", "", "legal department wants the processing agreement to sign", "Verwerkersovereenkomst",
"""Hoi, onze juridische afdeling vraagt of jullie een verwerkersovereenkomst hebben die we kunnen tekenen. Liefst in het Nederlands. Dank! Sanne - Office""")
    m(B, "nl", "ln4", "", "neutral question which law applies to the contract", "Vraag over voorwaarden",
"""Hallo, is op onze overeenkomst Nederlands recht van toepassing of Iers recht? Onze inkoopafdeling vraagt dit voor het contractregister, er is verder niets aan de hand hoor. Groeten, Bas""")

    # ================= legal-threat: pl
    m(B, "pl", "l1", "L", "refund or court and UOKiK complaint", "Zwrot pieniędzy",
"""Jeżeli do końca tygodnia nie zwrócicie mi pieniędzy za niezrealizowaną usługę, skieruję sprawę do sądu, a dodatkowo złożę zawiadomienie do UOKiK. Mam dość czekania.

Paweł Dąbrowski""")
    m(B, "pl", "l2", "L", "considering legal steps, my lawyer is reviewing the contract", "Re: reklamacja",
"""Dzień dobry, wasza odpowiedź jest dla mnie nie do przyjęcia. Rozważam podjęcie kroków prawnych, umowę przegląda już mój prawnik. Proszę o pilny kontakt.

Agnieszka Wójcik

> Szanowna Pani, reklamacja została rozpatrzona negatywnie.""")
    m(B, "pl", "l3", "L", "will file complaint to the data protection office president", "dane osobowe",
"""wysłałam żądanie usunięcia danych miesiąc temu i cisza. jeżeli w ciągu 7 dni nie dostanę potwierdzenia usunięcia złożę skargę do Prezesa UODO. Joanna""")
    m(B, "pl", "ln1", "", "law firm customer wants more licences", "Dodatkowe licencje",
"""Dzień dobry, jesteśmy kancelarią prawną z Krakowa i chcielibyśmy dokupić trzy licencje dla nowych aplikantów. Czy można to zrobić w trakcie okresu rozliczeniowego? Pozdrawiam, Kancelaria Radcy Prawnego M. Sowa""")
    m(B, "pl", "ln2", "", "plain RODO art. 15 copy of data request", "Żądanie dostępu do danych",
"""Szanowni Państwo, na podstawie art. 15 RODO proszę o przesłanie kopii moich danych osobowych przetwarzanych przez Państwa firmę. Z poważaniem, Michał Król""")
    m(B, "pl", "ln3", "", "legal department asks for data processing agreement to sign", "Umowa powierzenia",
"""Dzień dobry, nasz dział prawny prosi o przesłanie umowy powierzenia przetwarzania danych osobowych do podpisu. Czy macie gotowy wzór? Dziękuję, Ola z administracji""")

    # ================= legal-threat: en
    m(B, "en", "l1", "L", "considering legal steps now after 3 months", "Still no resolution",
"""Hi,

It has now been three months since I first reported that you charged me for a plan I never signed up for. I've been patient but at this point I'm considering legal steps. Please escalate this properly.

Regards,
Daniel Brooks""")
    m(B, "en", "l2", "L", "UK: you'll be hearing from my solicitor", "Re: Re: Invoice 20411",
"""Frankly your last reply was insulting. If the invoice isn't cancelled by Monday you'll be hearing from my solicitor.

Graham

> Hi Graham, we have reviewed your case and the invoice stands.""")
    m(B, "en", "l3", "L", "will file in small claims for the lost deposit", "deposit",
"""you kept my £250 deposit after cancelling the event booking yourselves. if it isn't back in my account in 14 days i'm filing in small claims, simple as that""")
    m(B, "en", "l4", "L", "reported to the police as fraud", "Fraudulent charges",
"""I have reported these charges to the police as fraud and my bank has the crime reference number. I expect a full explanation in writing.

Maria Lopez""")
    m(B, "en", "l5", "L", "going to the ICO about ignored deletion request", "Deletion request ignored",
"""I asked you to delete my account and all my data on 2 October. You've ignored two follow-ups. I'm now going to raise this with the ICO. Sophie Turner""")
    m(B, "en", "ln1", "", "explicitly not involving a lawyer", "double charge",
"""Hi, I'm not going to get a lawyer involved or anything, I'd just like the double charge from October reversed. Thanks, Kevin""")
    m(B, "en", "ln2", "", "tennis club: court bookings feature question", "Court bookings limit",
"""Hello, we run a small tennis club and our members book courts through your app. Is there a way to limit each member to two court bookings per week? Some people block court 3 every evening. Thanks, Lisa (club secretary)""")
    m(B, "en", "ln3", "", "procurement asks neutrally which law governs the contract", "Contract question",
"""Hi there, our procurement team is filling in a supplier form and needs to know which country's law governs your terms of service, and whether there's a liability cap. Nothing's wrong, just paperwork! Cheers, Tom""")
    m(B, "en", "ln4", "", "shop in a food court asks about card reader", "Card reader for our kiosk",
"""Hi, we've just opened a second kiosk in the food court at Westfield and need another card reader linked to the same account. How do I order one? Thanks, Priya""")
