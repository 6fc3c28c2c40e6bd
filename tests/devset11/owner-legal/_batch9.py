"""devset11 owner-legal, batch 9 (measured after b1-b8 tuning, before any tuning on b9)."""
B = "b9"

def add(m):
    # ================= account-ownership: it
    m(B, "it", "o42", "O", "the account is in the name of the web agency, we want it in ours, now", "Re: account agenzia",
"""Lo ripeto per la terza volta: l'account è intestato all'agenzia web che non lavora più con noi. Lo vogliamo intestato alla nostra società, adesso, non tra un mese.

Cristina Galli
Amministrazione

> Gentile Cristina, stiamo verificando la sua richiesta.""")
    m(B, "it", "o43", "O", "I'm the CEO, grant me full control of the account today", "controllo account",
"""Sono il CEO dell'azienda e vi chiedo di concedermi il pieno controllo dell'account entro oggi. Chi lo gestiva si è dimesso senza passare le consegne. Massimo Villa""")
    m(B, "it", "o44", "O", "daughter of deceased owner: set me as holder", "Titolare deceduto",
"""Buongiorno, mio padre, titolare dell'account, è deceduto il mese scorso. Sono l'unica erede e vorrei essere indicata come nuova titolare, così posso gestire gli abbonamenti dei clienti. Grazie, Paola Sartori""")
    m(B, "it", "on35", "", "owner asks whether to add accountant as admin or viewer", "commercialista",
"""Ciao, sono la titolare. Al commercialista conviene dare il ruolo di admin o di semplice visualizzatore? Deve solo scaricare le fatture. Grazie, Debora""")
    m(B, "it", "on36", "", "ownership of the domain: do you register it in our name", "dominio",
"""Salve, se compriamo il dominio tramite voi, viene registrato a nome nostro o vostro? Vogliamo essere sicuri che resti di nostra proprietà. Grazie, Enrico""")
    m(B, "it", "on37", "", "who is the owner of my support request", "chi segue la richiesta",
"""Buongiorno, chi ha in carico la mia richiesta di assistenza n. 44120? Vorrei parlare direttamente con la persona che la segue. Grazie""")

    # ================= account-ownership: pl
    m(B, "pl", "o24", "O", "former IT contractor has admin, transfer admin to me", "Uprawnienia admina",
"""Dzień dobry, uprawnienia administratora ma nadal nasz były informatyk z firmy zewnętrznej. Proszę przenieść je na mnie, jestem kierownikiem biura. Pozdrawiam, Lidia""")
    m(B, "pl", "on24", "", "owner asks how to delete their own account", "Usunięcie konta",
"""Jestem właścicielką konta i chcę je całkowicie usunąć razem z danymi. Jak to zrobić? Dziękuję""")
    m(B, "pl", "on25", "", "who administers our account on your side, account manager", "Opiekun",
"""Kto u was jest opiekunem naszego konta firmowego? Poprzednia osoba już u was nie pracuje, jak słyszałem. Pozdrawiam, Artur""")

    # ================= account-ownership: pt
    m(B, "pt", "o22", "O", "BR: ex-wife is account holder, business is mine, change holder to me", "titular",
"""Bom dia, a conta tá no nome da minha ex-mulher mas a empresa é minha, tenho contrato social. Quero mudar o titular pra mim o quanto antes. Obrigado, Rodrigo""")
    m(B, "pt", "on21", "", "owner asks to change own email", "email",
"""Sou o titular da conta e quero mudar o meu próprio email de acesso, porque mudei de domínio. Como faço? Obrigado""")
    m(B, "pt", "on22", "", "reseller: can we manage billing for our clients", "Revenda",
"""Olá, somos revendedores. Podemos gerir a faturação dos nossos clientes diretamente no painel de parceiro? Obrigado, Hugo""")

    # ================= account-ownership: sv
    m(B, "sv", "o24", "O", "board decided I'm new admin, remove previous chair", "Styrelsebeslut",
"""Hej, styrelsen har beslutat att jag ska vara ny administratör för föreningens konto. Ta bort förra ordföranden, han har inget med oss att göra längre. /Mikael""")
    m(B, "sv", "on22", "", "owner asks to add a colleague as regular user", "Ny användare",
"""Hej, jag är kontoägare och vill bjuda in min kollega som vanlig användare. Får hon ett mejl automatiskt? /Therese""")
    m(B, "sv", "on23", "", "agency partner asks about commission", "Provision",
"""Hej, vi är en partnerbyrå och undrar hur provisionen räknas för kunder vi tar in under december. Mvh, Byrå Nord""")

    # ================= legal-threat: en
    m(B, "en", "l35", "L", "this will be going to court, mark my words", "Still waiting",
"""This will be going to court, mark my words. Eight weeks without a refund is theft. Simon""")
    m(B, "en", "l36", "L", "I have instructed my lawyer to send a letter before action", "Letter before action",
"""Please be aware that I have asked my lawyer to prepare a letter before action regarding the unpaid compensation. Deborah Hall""")
    m(B, "en", "ln33", "", "customer's court case elsewhere needs statement", "Statement request",
"""Hi, I need a statement of all payments I made to you in 2024 for a court case I have with my ex-landlord, nothing to do with you guys. Thanks, Ana""")
    m(B, "en", "ln34", "", "signature of law firm with privilege disclaimer, scheduling question", "Recurring meetings",
"""Hi, can recurring meetings be set to skip public holidays?

Best,
Oliver Grant | Associate
Grant Harlow LLP | Solicitors
This message is confidential and may be subject to legal privilege. If you have received it in error please notify us and delete it.""")
    m(B, "en", "ln35", "", "GDPR subject access request, polite", "Subject access request",
"""Hello, under Article 15 GDPR I'd like a copy of all personal data you hold on me. My customer number is 55821. Thank you, Robert Hill""")

    # ================= legal-threat: de
    m(B, "de", "l28", "L", "I'll have my lawyer claim it", "Forderung",
"""Den Betrag werde ich notfalls anwaltlich geltend machen lassen. Bitte überweisen Sie ihn bis Monatsende. Gruß, Bernd Vogt""")
    m(B, "de", "l29", "L", "we'll meet in court, informal", "Frechheit",
"""Ihr könnt euch schon mal warm anziehen, wir sehen uns vor Gericht! Sven""")
    m(B, "de", "ln32", "", "Kanzlei asks for DATEV export", "DATEV",
"""Guten Tag, unsere Kanzlei möchte die Buchungsdaten im DATEV-Format exportieren. Wo finde ich die Einstellung? Freundliche Grüße, Kanzlei Hoffmann & Partner, Rechtsanwälte und Steuerberater""")
    m(B, "de", "ln33", "", "neutral question on cancellation rights", "Widerrufsrecht",
"""Hallo, gilt das gesetzliche Widerrufsrecht auch für Geschäftskunden, oder nur für Verbraucher? Ich frage nur aus Interesse. Danke, Lisa""")
    m(B, "de", "ln34", "", "legal department needs AVV and TOM list", "AVV",
"""Unsere Rechtsabteilung bittet um den AVV inklusive TOM-Anlage. Können Sie das bis Freitag schicken? Viele Grüße, Einkauf""")

    # ================= legal-threat: nl
    m(B, "nl", "l23", "L", "lawyer already involved", "Re: Re: schade",
"""Mijn advocaat is er inmiddels bij betrokken.

Jolanda

> Beste Jolanda, helaas kunnen wij de schade niet vergoeden.""")
    m(B, "nl", "ln26", "", "law firm asks about two-factor for all staff", "2FA",
"""Goedendag, wij zijn een advocatenpraktijk en willen tweestapsverificatie verplicht maken voor alle medewerkers. Kan dat centraal? Groet, IT""")
    m(B, "nl", "ln27", "", "AVG question: where are logs stored", "Logs",
"""Hoi, in het kader van de AVG: hoe lang bewaren jullie de inloglogs en waar staan ze? Groet, Privacyteam""")

    # ================= legal-threat: pl
    m(B, "pl", "l23", "L", "the case goes to my attorney tomorrow", "Odszkodowanie",
"""Jutro przekazuję sprawę mojemu pełnomocnikowi. Od tej chwili kontakt tylko przez niego. Zenon""")
    m(B, "pl", "l24", "L", "I'll sue you (pozwę) informal", "serio?",
"""serio? 3 tygodnie i nic? pozwę was, zobaczycie. Ola""")
    m(B, "pl", "ln27", "", "law firm: can we sign contracts electronically", "Podpis elektroniczny",
"""Dzień dobry, w naszej kancelarii chcielibyśmy podpisywać umowy z klientami elektronicznie w waszym systemie. Czy podpis kwalifikowany jest obsługiwany? Pozdrawiam""")
    m(B, "pl", "ln28", "", "RODO request to delete data, no threat", "Usunięcie danych",
"""Na podstawie art. 17 RODO proszę o usunięcie moich danych osobowych. Dziękuję, Jacek Mazur""")
