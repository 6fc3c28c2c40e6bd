"""devset11 owner-legal, batch 7 (measured after b1-b6 tuning, before any tuning on b7)."""
B = "b7"

def add(m):
    # ================= account-ownership: it
    m(B, "it", "o33", "O", "account must move to my new company, old one closed, I was sole partner", "nuova società",
"""Buongiorno, vorrei che l'account venisse trasferito alla mia nuova società: la vecchia srl è stata chiusa e io ero il socio unico. Mi dite cosa vi serve? Grazie, Emanuele Costa""")
    m(B, "it", "o34", "O", "enable me as admin, the manager is on holiday three weeks", "abilitazione admin",
"""Per favore abilitatemi come amministratore: il responsabile è in ferie per tre settimane e senza i permessi non posso approvare gli ordini dei clienti. È abbastanza urgente. Grazie, Valeria""")
    m(B, "it", "o35", "O", "account registered to ex-wife, business is mine, want it in my name", "account intestato",
"""Non ho più accesso perché l'account risulta intestato alla mia ex moglie, ma l'attività è la mia da sempre. Voglio che sia registrato a mio nome, posso mandarvi la visura. Saluti, Franco""")
    m(B, "it", "o36", "O", "give me owner rights, founder left the company", "diritti",
"""Mi date i diritti di proprietario? Il nostro fondatore è uscito dalla società a settembre e ha lasciato tutto in sospeso, compreso il vostro account. Grazie, Lorenzo""")
    m(B, "it", "o37", "O", "agency holding our account hostage: remove them and give control back", "Agenzia",
"""L'agenzia che ci gestiva i contenuti tiene in ostaggio il nostro account e ci chiede soldi per "liberarlo". Toglietela e riconsegnateci il controllo, l'account è intestato alla nostra azienda. Distinti saluti, Marketing Bellucci Vini""")
    m(B, "it", "on28", "", "how to see which users have admin permissions", "permessi",
"""Come posso vedere quali utenti hanno i permessi di amministratore? Vorrei fare un po' di pulizia. Grazie""")
    m(B, "it", "on29", "", "hardware shop owner asks for single-user plan", "piano singolo",
"""Salve, sono il titolare di una piccola ferramenta: avete un piano per un solo utente? Non mi serve altro. Grazie, Aldo""")
    m(B, "it", "on30", "", "migrate data from old software, do you import", "importazione dati",
"""Buongiorno, vorrei trasferire i dati dal vecchio gestionale al vostro. Fate voi l'importazione o devo caricare io i file Excel? Grazie, Stefania""")
    m(B, "it", "on31", "", "does intellectual property of uploaded content stay ours", "proprietà intellettuale",
"""Una domanda: la proprietà intellettuale dei contenuti che carichiamo sulla piattaforma resta nostra anche dopo la disdetta? Grazie, Studio Grafico Linea""")

    # ================= account-ownership: pl
    m(B, "pl", "o19", "O", "give me account owner status, previous board member no longer works here", "Status właściciela",
"""Dzień dobry, proszę nadać mi status właściciela konta, bo poprzednia osoba z zarządu już u nas nie pracuje. Pozdrawiam, Dominika Kubiak""")
    m(B, "pl", "o20", "O", "merger: we take over the account, all permissions must pass to me", "Fuzja",
"""Przejmujemy wasze konto po firmie Alfa Serwis (fuzja z 1 listopada). Wszystkie uprawnienia mają przejść na mnie jako nowego dyrektora operacyjnego. Proszę o potwierdzenie. Sławomir""")
    m(B, "pl", "o21", "O", "quick! need full access, admin unreachable, clients waiting", "SZYBKO",
"""Szybko! Potrzebuję pełnego dostępu do konta, admin jest nieosiągalny od tygodnia, a klienci czekają na potwierdzenia. Dawid""")
    m(B, "pl", "on19", "", "how to assign a user role to a new employee", "Rola użytkownika",
"""Jak przypisać nowemu pracownikowi rolę zwykłego użytkownika? Nie chcę, żeby widział ustawienia płatności. Dzięki""")
    m(B, "pl", "on20", "", "salon owner asks about Booksy integration", "Integracja",
"""Cześć, jestem właścicielką salonu kosmetycznego, czy macie integrację z Booksy? Pozdrawiam, Sylwia""")
    m(B, "pl", "on21", "", "does the account owner get notified of other users' logins", "Powiadomienia",
"""Czy właściciel konta dostaje powiadomienia o logowaniach innych użytkowników? Chciałbym to włączyć u siebie. Pozdrawiam, Grzegorz""")

    # ================= account-ownership: pt
    m(B, "pt", "o18", "O", "son of the owner who is hospitalised, give me full access now", "Acesso urgente",
"""Sou filho do dono, ele está internado desde sexta. Preciso que me passem o acesso total à conta já, há pagamentos a fazer. Obrigado, Tiago""")
    m(B, "pt", "o19", "O", "transfer account from our former IT supplier to us, we pay", "Conta do fornecedor",
"""Queremos transferir a conta do nosso antigo fornecedor de informática para nós. Somos a empresa que paga a subscrição desde o início e eles recusam-se a dar-nos acesso. Cumprimentos, Joana Pires""")
    m(B, "pt", "on18", "", "restaurant owner asks if system works offline", "Offline",
"""Olá, sou proprietário de um restaurante e queria saber se o sistema funciona offline quando a internet falha. Obrigado""")
    m(B, "pt", "on19", "", "how to move a file to another shared folder", "Pasta",
"""Como transfiro um ficheiro para outra pasta partilhada sem perder as permissões? Obrigada""")

    # ================= account-ownership: sv
    m(B, "sv", "o19", "O", "move ownership to our new IT head, me; former one dismissed", "Ägarskap",
"""Hej, vi vill att ägarskapet flyttas till vår nya IT-chef, alltså mig. Förra IT-chefen är uppsagd och ska inte ha åtkomst längre. /Viktor""")
    m(B, "sv", "o20", "O", "I demand to become administrator, it's my company", "Kräver admin",
"""Jag kräver att bli administratör, det är mitt företag! Jag förstår inte varför det ska vara så krångligt.""")
    m(B, "sv", "on18", "", "can one account have several admins, just wondering", "Flera administratörer",
"""Kan man ha flera administratörer på samma konto? Vi funderar bara inför nästa år. /Hanna""")
    m(B, "sv", "on19", "", "hair salon owner asks about SMS reminders", "SMS-påminnelser",
"""Hej! Jag är ägare till en frisörsalong och undrar om ni har SMS-påminnelser till kunderna. Tack, Zeynep""")

    # ================= legal-threat: en
    m(B, "en", "l27", "L", "escalating to my legal department", "Re: Account suspension",
"""Be advised that I am escalating this matter to our legal department today. Suspending a paying customer without notice is not acceptable.

Laura Bennett
Operations Director

> Your account has been suspended pending review.""")
    m(B, "en", "l28", "L", "started with the ombudsman and speaking to a claims solicitor", "Complaint",
"""I have started the process with the ombudsman and I'm also getting advice from a claims solicitor. I suggest you look at my case again. Darren""")
    m(B, "en", "l29", "L", "lodged a dispute with the FCA", "Payment dispute",
"""I've lodged a dispute with the Financial Conduct Authority about the way you handled my payment plan. Paula Green""")
    m(B, "en", "l30", "L", "press and the courts will hear about this", "disgraceful",
"""I'm going to make sure both the press and the courts hear about how you treat disabled customers. This is disgraceful. Martin""")
    m(B, "en", "ln26", "", "our attorney asked us to confirm retention period in writing", "Retention period",
"""Hi, our attorney asked us to get written confirmation of your data retention period for backups. Can you send that over? Thanks, Hannah""")
    m(B, "en", "ln27", "", "law student researching ToS readability, may I quote", "Research request",
"""Hello, I'm a law student researching how readable terms of service are. May I quote two paragraphs of your ToS in my dissertation? Kind regards, Yusuf""")
    m(B, "en", "ln28", "", "police recommended changing passwords after phishing; sign out all sessions", "Sign out everywhere",
"""The police recommended I change all my passwords after a phishing scam last week. How do I sign out of all sessions on your app? Thanks, Carol""")
    m(B, "en", "ln29", "", "address for legal notices has changed, update records", "Address change",
"""Please note our registered office and address for legal notices has changed to 14 King Street, Leeds LS1 2HL. Kindly update your records. Accounts Team""")

    # ================= legal-threat: de
    m(B, "de", "l22", "L", "I'll have you served a formal warning (abmahnen)", "Newsletter trotz Abmeldung",
"""Ich habe mich dreimal vom Newsletter abgemeldet und bekomme ihn trotzdem. Beim nächsten Mal lasse ich Sie abmahnen. Holger""")
    m(B, "de", "l23", "L", "already got legal advice", "Vertragslaufzeit",
"""Ich habe mir inzwischen anwaltlichen Rat eingeholt. Die automatische Verlängerung ist so nicht wirksam. Ich erwarte Ihre Bestätigung der Kündigung zum 31.12. Gruß, Elke""")
    m(B, "de", "l24", "L", "goes to Bundesnetzagentur now", "Störung seit 3 Wochen",
"""Seit drei Wochen kein Internet und Sie vertrösten mich nur. Das geht jetzt an die Bundesnetzagentur. Franz""")
    m(B, "de", "ln26", "", "specialist lawyer uses booking tool: can clients book by phone", "Terminbuchung",
"""Hallo, als Fachanwältin für Arbeitsrecht nutze ich Ihr Terminbuchungstool. Können Mandanten auch telefonisch gebuchte Termine bestätigt bekommen? Beste Grüße, RAin Dr. Nadine Roth""")
    m(B, "de", "ln27", "", "please return the signed AVV, our DPO is waiting", "AVV unterschrieben",
"""Hallo, könnten Sie uns den gegengezeichneten AVV zurückschicken? Unsere Datenschutzbeauftragte wartet schon darauf. Danke, Timo""")
    m(B, "de", "ln28", "", "question with confidentiality notice footer", "Zugang für Praktikanten",
"""Hallo, wie kann ich für unsere Praktikanten einen zeitlich begrenzten Zugang anlegen?

Viele Grüße
Simone Krämer
Hinweis: Diese Nachricht kann vertrauliche oder rechtlich geschützte Informationen enthalten. Sollten Sie nicht der vorgesehene Empfänger sein, löschen Sie sie bitte.""")

    # ================= legal-threat: nl
    m(B, "nl", "l19", "L", "I'm going to put this to a lawyer", "Contract",
"""Dit ga ik voorleggen aan een advocaat, want volgens mij mag u het contract niet zomaar eenzijdig wijzigen. Groet, Ronald""")
    m(B, "nl", "l20", "L", "formal complaint at ACM", "Formele klacht",
"""Hierbij laat ik u weten dat ik een formele klacht indien bij de Autoriteit Consument & Markt over uw opzegvoorwaarden. Met vriendelijke groet, Esther Willems""")
    m(B, "nl", "ln21", "", "our lawyer uses the portal too, can he get own login", "Login advocaat",
"""Hoi, onze advocaat gebruikt jullie portal ook voor het inzien van contracten. Kan hij een eigen login krijgen? Groet, Dennis""")
    m(B, "nl", "ln22", "", "we are lawyers, can invoices be split per client", "Facturen splitsen",
"""Wij zijn advocaten en willen graag weten of jullie facturen kunnen splitsen per cliënt. Dat scheelt ons veel werk. Groet, Kantoor Verbeek""")
    m(B, "nl", "ln23", "", "court declared bankruptcy, what happens to the subscription", "Faillissement",
"""Beste, de rechtbank heeft vorige week ons faillissement uitgesproken. Wat gebeurt er met ons abonnement en de lopende facturen? U kunt contact opnemen met de curator. Groet, P. de Jong""")

    # ================= legal-threat: pl
    m(B, "pl", "l19", "L", "going to the ombudsman and police with it", "Oszustwo",
"""Idę z tym do rzecznika konsumentów i na policję. Pobraliście pieniądze za usługę, której nigdy nie zamawiałam. Marzena""")
    m(B, "pl", "l20", "L", "my (female) lawyer is already writing a letter", "Re: reklamacja 7781",
"""Moja prawniczka już przygotowuje pismo do was.

Katarzyna

> Szanowna Pani, podtrzymujemy nasze stanowisko.""")
    m(B, "pl", "ln22", "", "our (female) lawyer needs read-only access", "Dostęp dla prawniczki",
"""Nasza prawniczka potrzebuje dostępu tylko do odczytu do umów w systemie. Jak jej taki dać? Pozdrawiam, Tomek""")
    m(B, "pl", "ln23", "", "certificate for the court about contract duration, divorce case", "Zaświadczenie",
"""Czy możecie wystawić zaświadczenie o okresie trwania umowy? Potrzebuję go do sprawy rozwodowej, sąd o to prosi. Dziękuję, Monika""")
    m(B, "pl", "ln24", "", "works at a law firm, wants to change password", "Hasło",
"""Dzień dobry, pracuję w kancelarii i chcę zmienić hasło do konta, ale nie przychodzi mail resetujący. Pozdrawiam, Oliwia""")
