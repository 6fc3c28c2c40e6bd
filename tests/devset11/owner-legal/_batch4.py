"""devset11 owner-legal, batch 4 (measured after b1-b3 tuning, before any tuning on b4)."""
B = "b4"

def add(m):
    # ================= account-ownership: it
    m(B, "it", "o16", "O", "colleague going on maternity leave: remove her name, put mine as main contact", "cambio referente",
"""Buonasera, da lunedì la gestione dell'account passa a me perché la collega va in maternità e non rientrerà prima di un anno. Potete togliere il suo nome e mettere il mio come referente principale, con tutti i permessi? Grazie, Serena""")
    m(B, "it", "o17", "O", "needs to be the master user, boss authorised verbally", "utente master",
"""Salve ho bisogno di essere io l'utente master dell'account, il mio capo mi ha autorizzato a voce ma non ha tempo di scrivervi. Potete procedere? Grazie Daniele""")
    m(B, "it", "o18", "O", "new restaurant owners, old manager left no access, unlock account with our data", "Ristorante - accesso",
"""Buongiorno, siamo la nuova proprietà del ristorante Da Nino. Il vecchio gestore non ci ha lasciato nessun accesso e non risponde. Dovete sbloccarci l'account e registrarlo con i nostri dati, altrimenti non possiamo prendere le prenotazioni. Cordiali saluti, Fam. Esposito""")
    m(B, "it", "o19", "O", "the company is mine, I demand to hold the account by today, don't care about privacy", "Re: richiesta",
"""Non mi interessa della vostra privacy. L'azienda è mia e pretendo di avere in mano l'account entro oggi, altrimenti disdico tutto.

Ing. Bruno Conte

> Gentile Ing. Conte, non possiamo fornire l'accesso senza verifica.""")
    m(B, "it", "o20", "O", "split business with brother, want to take over as account holder in his place", "subentro",
"""Buongiorno, io e mio fratello abbiamo diviso l'attività e la parte dei corsi online ora è mia. Vorrei subentrare come titolare dell'account al posto suo, lui è d'accordo ma vive all'estero e non riesce a fare la procedura. Come facciamo? Grazie, Irene Fontana""", fmt="qp", charset="iso-8859-1")
    m(B, "it", "o21", "O", "only Gianni knew the password, he left; reset it to my mail right away", "password urgente",
"""la password la sapeva solo Gianni che non lavora più qui da settembre. resettatela sulla mia mail per favore, subito, che abbiamo gli ordini fermi""")
    m(B, "it", "on14", "", "sole director of an srl asks for split payment invoice", "fattura split payment",
"""Buongiorno, sono l'amministratore unico della Delta Costruzioni srl e vi chiedo di riemettere la fattura di ottobre in regime di split payment, dato che lavoriamo con un ente pubblico. Grazie, Franco Leone""")
    m(B, "it", "on15", "", "account holder wants to change own login email, changed provider", "cambio email di accesso",
"""Ciao, come cambio la mia email di accesso? Sono io l'intestatario, ho solo cambiato provider e la vecchia casella la chiudo a fine mese. Grazie, Simone""")
    m(B, "it", "on16", "", "accountant needs read-only access, how to create", "accesso commercialista",
"""Il nostro commercialista ha bisogno di un accesso in sola lettura alle fatture, come lo creo? Non voglio che possa modificare niente. Grazie""")
    m(B, "it", "on17", "", "move account to another price plan", "cambio piano",
"""Salve, vorrei sapere se è possibile trasferire il nostro account a un altro piano tariffario, quello annuale, senza perdere i dati. Grazie, Roberta""")
    m(B, "it", "on18", "", "who is your data protection officer", "DPO",
"""Buongiorno, chi è il responsabile della protezione dei dati presso la vostra società? Ci serve il contatto per il nostro registro fornitori. Grazie, Ufficio Acquisti""")

    # ================= account-ownership: pl
    m(B, "pl", "o10", "O", "give me the owner role in the organisation, current owner on maternity leave", "Rola właściciela",
"""Dzień dobry, proszę o nadanie mi roli właściciela w organizacji. Obecna właścicielka jest na urlopie macierzyńskim do września i nie mamy z nią kontaktu, a ktoś musi zatwierdzać płatności. Pozdrawiam, Aleksandra""")
    m(B, "pl", "o11", "O", "account set up by marketing agency we dropped, we want to take it over, we pay", "Konto założone przez agencję",
"""Konto firmowe zostało założone przez agencję marketingową, z którą zakończyliśmy współpracę. Chcemy je przejąć, to my za nie płacimy od samego początku. Proszę o informację, jak to zrobić szybko. Jakub Lewandowski, Lewandowski Meble""")
    m(B, "pl", "o12", "O", "urgently change the verification phone to mine, boss travelling", "PILNE telefon",
"""pilnie potrzebuje zebyscie zmienili numer telefonu do weryfikacji na moj bo szef wyjechal na miesiac i nie odbiera, a bez kodu nikt nie wejdzie na konto. moj numer 601 223 884""")
    m(B, "pl", "on10", "", "how to change the holder of the payment card on subscription", "Karta płatnicza",
"""Dzień dobry, jak zmienić właściciela karty płatniczej przypisanej do subskrypcji? Zmieniamy kartę firmową na nową z innego banku. Dzięki, Ewelina""")
    m(B, "pl", "on11", "", "can an account have two owners, just a question", "Pytanie",
"""Czy konto może mieć dwóch właścicieli jednocześnie? Zastanawiamy się nad tym na przyszłość, na razie wszystko jest ok.""")
    m(B, "pl", "on12", "", "trade partner: how to register clients through partner panel", "Panel partnera",
"""Dzień dobry, jesteśmy partnerem handlowym od tego miesiąca. Jak rejestrować nowych klientów przez panel partnera i gdzie widać prowizje? Pozdrawiam, Damian""")

    # ================= account-ownership: pt
    m(B, "pt", "o9", "O", "BR: urgently switch account owner to me, former partner blocked us", "urgente",
"""Preciso urgente que vocês troquem o dono da conta pra mim, o antigo sócio bloqueou a gente e trocou a senha. Tenho contrato social provando que sou sócio majoritário. Aguardo hoje ainda!""")
    m(B, "pt", "o10", "O", "PT: account in ex-employee's name, transfer to the company in my person as manager", "Conta em nome de ex-colaborador",
"""Exmos. Senhores, a conta encontra-se em nome de um ex-colaborador. Solicito que a transfiram para a empresa, na minha pessoa, enquanto gerente. Fico a aguardar indicação dos documentos necessários. Cumprimentos, Rita Gonçalves""")
    m(B, "pt", "o11", "O", "elected association president, old board refuses access, wants to be admin", "Associação",
"""Boa tarde, fui eleito presidente da associação em assembleia geral e a antiga direção recusa-se a entregar o acesso à plataforma. Quero ser eu o administrador a partir de agora. Posso enviar a ata. Paulo Sousa""")
    m(B, "pt", "on9", "", "change holder of the credit card on the subscription", "cartão",
"""Olá, como altero o titular do cartão de crédito associado à subscrição? Vamos passar a pagar com o cartão da empresa. Obrigada""")
    m(B, "pt", "on10", "", "admin wants to remove a user who left the company", "Remover utilizador",
"""Bom dia, sou a administradora da conta e quero remover um utilizador que saiu da empresa na semana passada. Onde faço isso? Obrigada, Joana""")
    m(B, "pt", "on11", "", "who is our assigned account manager", "Gestor de conta",
"""Olá, quem é o gestor de conta atribuído à nossa empresa? Queríamos falar sobre uma possível expansão para mais lojas. Abraço, Tiago""")

    # ================= account-ownership: sv
    m(B, "sv", "o10", "O", "new café owner, change account to my name and email, previous owner unreachable", "Nya ägare",
"""Hej, jag är nya ägaren av caféet på Storgatan. Jag vill att kontot ändras till mitt namn och min e-post, den förra ägaren går inte att nå. Vad behöver ni för papper? /Sofia""")
    m(B, "sv", "o11", "O", "give me owner rights NOW, admin on sick leave", "ägarrättigheter",
"""Ge mig ägarrättigheter NU, vår admin är sjukskriven och vi har kunder som väntar på sina bokningar. Jag har inte tid med era formulär.""")
    m(B, "sv", "o12", "O", "chairman: put the main account on me, former treasurer resigned", "Huvudkonto föreningen",
"""Hej! Kan ni lägga över huvudkontot på mig? Jag är styrelseordförande i föreningen och den tidigare kassören som skapade kontot har avgått. Mvh Göran Åberg""")
    m(B, "sv", "on9", "", "admin wants to remove a user who quit", "Ta bort användare",
"""Hej, jag är admin och vill ta bort en användare som har slutat. Hur gör jag? Hittar inte knappen. /Emma""")
    m(B, "sv", "on10", "", "who is our account manager at your company", "Kundansvarig",
"""Hej, vem är vår kundansvarige hos er nu när Patrik har slutat? Vi vill boka ett uppföljningsmöte. Tack, Lina""")
    m(B, "sv", "on11", "", "how to change card holder for payment", "Betalkort",
"""Hur ändrar jag kortinnehavare för betalningen? Vi ska byta från mitt privata kort till företagets. /Kristoffer""")

    # ================= legal-threat: en
    m(B, "en", "l14", "L", "speaking with an attorney on Monday", "Billing dispute #4471",
"""I'll be speaking with an attorney on Monday about the charges you refused to reverse. I'd suggest you reconsider before then. — Carlos Medina""")
    m(B, "en", "l15", "L", "expect to be served", "last warning",
"""Refund me the $1,200 by Friday or expect to be served. I'm done being polite.""")
    m(B, "en", "l16", "L", "will take whatever legal avenues are open", "Formal complaint",
"""Dear Sir/Madam, I have exhausted your complaints process. I will now take whatever legal avenues are open to me to recover my money. Yours faithfully, Eileen Murphy""")
    m(B, "en", "l17", "L", "raising with the Data Protection Commission (IE)", "Your handling of my data",
"""Rest assured I'll be raising this with the Data Protection Commission. You had no right to share my details with a third party. Niamh""")
    m(B, "en", "l18", "L", "consulting a lawyer about suing, run-on", "unacceptable",
"""honestly i have been waiting 6 weeks for this order and nobody can tell me where it is, i am talking to a lawyer about suing you for the money and the lost business""")
    m(B, "en", "ln14", "", "lawyer friend advised asking nicely, no threat", "Duplicate charge",
"""Hi! A friend of mine who's a lawyer said I should just ask you nicely, so here I am :) Could you refund the duplicate charge from 3 November? Thanks so much, Emily""")
    m(B, "en", "ln15", "", "drafting own terms, asks which clause covers data retention", "Terms question",
"""Hi, we're drafting our own terms of service and using yours as a reference (with permission from our counsel). Which clause covers data retention after cancellation? Thanks, Sam""")
    m(B, "en", "ln16", "", "squash club asks about court booking feature", "Squash courts",
"""Hello, does the app support court booking for squash clubs, with 45-minute slots? We have 6 courts and want members to book online. Regards, Ian""")
    m(B, "en", "ln17", "", "doesn't want to make it a legal matter", "Cancel please",
"""I don't want to make this a legal matter, I just want the subscription cancelled and the last payment refunded. Thank you. Gary""")

    # ================= legal-threat: de
    m(B, "de", "l12", "L", "handed matter to legal-expenses insurance, a lawyer will be in touch", "Re: Vertragsstrafe",
"""Ich habe die Angelegenheit meiner Rechtsschutzversicherung übergeben, ein Anwalt wird sich bei Ihnen melden.

Thomas Richter

> Sehr geehrter Herr Richter, gemäß § 8 unserer AGB wird eine Vertragsstrafe fällig.""")
    m(B, "de", "l13", "L", "now engaging consumer protection authority", "Geduld am Ende",
"""Meine Geduld ist am Ende. Ich schalte jetzt die Verbraucherschutzbehörde ein, sollen die sich das mal ansehen. Gruß, Heike""")
    m(B, "de", "l14", "L", "will get a default summons / collection order", "Offene Gutschrift",
"""Sollte ich bis zum 1.12. nichts von Ihnen hören, beantrage ich einen Mahnbescheid über den offenen Betrag von 86,40 EUR. Mit freundlichen Grüßen, Ralf Peters""")
    m(B, "de", "ln15", "", "law firm uses the DMS: how to create a new file", "Neue Akte anlegen",
"""Hallo, unsere Kanzlei nutzt seit letzter Woche Ihr DMS. Wie lege ich eine neue Akte an und verknüpfe sie mit einem Mandanten? Danke, Frau Albrecht (Sekretariat)""")
    m(B, "de", "ln16", "", "doesn't want a dispute, let alone in court, just refund", "Rückbuchung",
"""Ich möchte keinen Streit und schon gar nicht vor Gericht, bitte buchen Sie mir einfach die 19,99 zurück. Danke, Uwe""")
    m(B, "de", "ln17", "", "imprint register court question for invoice address", "Rechnungsadresse",
"""Hallo, in Ihrem Impressum steht Amtsgericht Charlottenburg, HRB 123456 B. Ist die dortige Adresse auch die richtige für unsere Rechnungsprüfung, oder gibt es eine separate Rechnungsanschrift? Gruß, Anja""")
    m(B, "de", "ln18", "", "asks for a GDPR access request template for their own customers", "Vorlage Auskunftsersuchen",
"""Können Sie uns eine Vorlage bereitstellen, mit der wir Auskunftsersuchen nach DSGVO von unseren eigenen Kunden beantworten können? Das wäre eine große Hilfe. VG Jonas""")

    # ================= legal-threat: nl
    m(B, "nl", "l10", "L", "this becomes a case for the judge", "Laatste kans",
"""Dit is uw laatste kans om het bedrag terug te storten. Anders wordt dit een zaak voor de rechter. Mvg, Willem""")
    m(B, "nl", "l11", "L", "I'm getting legal assistance", "Re: contract",
"""Ik laat mij inmiddels juridisch bijstaan en verzoek u alle verdere communicatie schriftelijk te doen.

E. de Boer

> Beste mevrouw De Boer, het contract loopt nog tot juni 2026.""")
    m(B, "nl", "l12", "L", "will put it to the Thuiswinkel disputes committee", "Klacht bestelling",
"""Jullie hebben nu al drie keer beloofd te bellen. Ik leg dit voor aan de Geschillencommissie Thuiswinkel, klaar. Sandra""")
    m(B, "nl", "ln12", "", "legal consultancy looks for a planning tool", "Planningstool",
"""Goedemiddag, wij zijn een juridisch adviesbureau met acht juristen en zoeken een planningstool voor afspraken met cliënten. Kan ik een demo inplannen? Groet, Eva""")
    m(B, "nl", "ln13", "", "court clerk asks for government discount", "Korting overheid",
"""Hallo, ik werk als griffier bij de rechtbank Rotterdam en vraag me af of jullie korting geven aan overheidsinstellingen. Groet, Martijn""")
    m(B, "nl", "ln14", "", "explicitly no lawyer, wants a quick solution", "Verkeerde factuur",
"""Ik ga heus geen advocaat inschakelen voor 30 euro, maar ik wil wel graag een gecorrigeerde factuur. Groetjes, Anouk""")

    # ================= legal-threat: pl
    m(B, "pl", "l10", "L", "idiom: I'll take you to court (podam was do sądu)", "Zwrot",
"""Jak nie oddacie kasy do poniedziałku to podam was do sądu, mam wszystkie maile i potwierdzenia przelewów. Sebastian""")
    m(B, "pl", "l11", "L", "handing the case over to a lawyer", "Reklamacja nr 2231",
"""Oddaję sprawę w ręce prawnika. Dalszą korespondencję proszę kierować na adres, który wkrótce otrzymacie. Wojciech Zając""")
    m(B, "pl", "l12", "L", "will pursue my rights in court", "Re: odmowa",
"""Skoro odmawiacie, będę dochodził swoich praw w sądzie.

Jan Szymański

> Szanowny Panie, reklamacja została odrzucona.""")
    m(B, "pl", "ln10", "", "notary office asks about VAT invoice", "Faktura VAT",
"""Dzień dobry, prowadzę kancelarię notarialną i chciałabym zapytać, czy mogę otrzymać fakturę VAT z innym adresem niż adres konta. Pozdrawiam, Renata""")
    m(B, "pl", "ln11", "", "DPO asks for record of processing activities", "Rejestr czynności",
"""Dzień dobry, nasz inspektor ochrony danych prosi o przesłanie informacji do rejestru kategorii czynności przetwarzania. Czy macie taki dokument? Pozdrawiam, Karolina""")
    m(B, "pl", "ln12", "", "no intention of suing anyone, just wants a working app", "Aplikacja",
"""Nie mam zamiaru nikogo pozywać, chcę tylko, żeby aplikacja w końcu działała. Od tygodnia nie mogę się zalogować. Ania""")
