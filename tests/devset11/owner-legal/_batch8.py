"""devset11 owner-legal, batch 8 (measured after b1-b7 tuning, before any tuning on b8)."""
B = "b8"

def add(m):
    # ================= account-ownership: it
    m(B, "it", "o38", "O", "transfer it to me, I'm the one who runs everything now", "account",
"""Ragazzi trasferitemelo a me l'account, sono io che mando avanti tutto adesso. Il vecchio capo è sparito e non risponde più al telefono. Grazie, Nico""")
    m(B, "it", "o39", "O", "promote me to administrator, the only admin left in October", "promozione ad admin",
"""Buongiorno, potete promuovermi ad amministratore? L'unica persona con quei permessi ha lasciato lo studio a ottobre e ora non possiamo più aggiungere pazienti al calendario. Dott.ssa Serra""")
    m(B, "it", "o40", "O", "account must pass to the new company after merger, I'm the IT manager", "Fusione societaria",
"""Salve, dopo la fusione tra Alfa srl e Beta srl l'account deve passare alla nuova società e come responsabile IT devo esserne io il proprietario. Vi prego di procedere quanto prima. Cordiali saluti, Ivan Russo""")
    m(B, "it", "o41", "O", "change the holder's email to mine, the holder doesn't answer; qp html", "email intestatario",
"""Buongiorno, vi chiedo di cambiare la mail dell'intestatario con la mia (chiara.ferrante@ottica-ferrante.it). L'intestatario è mio zio, non si occupa più del negozio e non risponde mai. Grazie mille, Chiara""", fmt="html")
    m(B, "it", "on32", "", "owner asks how to make a colleague a normal user", "ruoli",
"""Salve, sono il proprietario dell'account: come faccio a far diventare un collega utente normale invece che amministratore? L'ho messo admin per sbaglio. Grazie""")
    m(B, "it", "on33", "", "partner agency asks for co-branded materials", "materiale partner",
"""Ciao, siamo un'agenzia partner certificata. Avete del materiale co-brandizzato da usare con i nostri clienti? Brochure, slide, ecc. Grazie, Giada""")
    m(B, "it", "on34", "", "data ownership after contract end, GDPR export", "dati a fine contratto",
"""Buongiorno, a fine contratto i dati restano di nostra proprietà? E in che formato possiamo esportarli, ai sensi del GDPR? Grazie, Ufficio IT""")

    # ================= account-ownership: pl
    m(B, "pl", "o22", "O", "make me admin, I'm the new director, previous one dismissed", "Admin",
"""Zróbcie mnie administratorem, jestem nowym dyrektorem, a poprzedni został zwolniony w piątek. Potrzebuję tego jeszcze dziś. Łukasz""")
    m(B, "pl", "o23", "O", "rewrite the account to our company, ex-partner keeps it in his name", "Konto na firmę",
"""Proszę przepisać konto na naszą spółkę. Były wspólnik trzyma je na siebie, a to my płacimy abonament. Z poważaniem, Weronika Duda""")
    m(B, "pl", "on22", "", "account owner asks to export invoices", "Faktury",
"""Jestem właścicielem konta i chciałbym pobrać wszystkie faktury z tego roku naraz. Da się? Dzięki""")
    m(B, "pl", "on23", "", "reseller asks about partner discount", "Rabat partnerski",
"""Dzień dobry, jesteśmy resellerem waszego oprogramowania. Jaki rabat przysługuje przy 20 licencjach? Pozdrawiam""")

    # ================= account-ownership: pt
    m(B, "pt", "o20", "O", "BR: put the account in my name, the old owner sold me the business", "conta no meu nome",
"""Oi! Comprei o negócio do antigo dono e preciso que coloquem a conta no meu nome, com meu email. Ele não responde mais. Valeu, Gustavo""")
    m(B, "pt", "o21", "O", "PT: I'm the new manager; demand admin privileges, ex-manager left", "Privilégios",
"""Sou a nova gerente e exijo privilégios de administrador na conta. A gerente anterior saiu e não deixou nada. Aguardo resposta hoje. Sara""")
    m(B, "pt", "on20", "", "owner asks how to add an employee", "Funcionário",
"""Sou a dona da conta. Como adiciono um funcionário novo só para registar vendas? Obrigada""")

    # ================= account-ownership: sv
    m(B, "sv", "o21", "O", "make me owner, previous owner moved abroad, it's urgent", "Ägare",
"""Gör mig till ägare av kontot, den tidigare ägaren har flyttat utomlands och svarar inte. Det är bråttom! /Elias""")
    m(B, "sv", "o22", "O", "transfer the account to my name, I bought the shop", "Kontot",
"""Hej, jag har köpt butiken och vill att kontot skrivs över på mig. Förra ägaren har gett sitt ok muntligt. Mvh Ida""")
    m(B, "sv", "o23", "O", "give us back control, the consultancy won't hand it over", "Kontroll",
"""Konsultbolaget vägrar lämna ifrån sig vårt konto. Ge oss kontrollen tillbaka, det är vårt företag som står på fakturorna. /Mats""")
    m(B, "sv", "on20", "", "admin asks how to change own phone number for 2FA", "Nytt nummer",
"""Hej, jag är admin och har bytt mobilnummer. Hur uppdaterar jag mitt eget nummer för tvåstegsverifiering? /Sanna""")
    m(B, "sv", "on21", "", "who owns data under GDPR when using your service", "GDPR-fråga",
"""Hej, vem äger uppgifterna enligt GDPR när vi använder er tjänst? Vi behöver skriva det i vår integritetspolicy. Tack, Josefin""")

    # ================= legal-threat: en
    m(B, "en", "l31", "L", "I'll see you in small claims / my lawyer cousin", "whatever",
"""fine, keep ignoring me. my cousin is a lawyer and she's already drafting the claim. enjoy""")
    m(B, "en", "l32", "L", "notice of intended legal proceedings", "Notice",
"""Please treat this email as notice that I intend to commence legal proceedings if the outstanding amount is not refunded within 10 working days. Regards, Ian Stewart""")
    m(B, "en", "l33", "L", "reported to Action Fraud and the bank", "Scam",
"""I've reported your company to Action Fraud and my bank. Never seen anything like this. Lucy""")
    m(B, "en", "l34", "L", "will be contacting the BBB and the state AG", "Refund denied",
"""I will be contacting the BBB and the attorney general's office. Your refund policy is a scam. Greg""")
    m(B, "en", "ln30", "", "not interested in suing anyone, just cancel", "cancel",
"""I'm not interested in suing anyone, I'm just tired. Please cancel my account today. Thanks, Joe""")
    m(B, "en", "ln31", "", "law firm customer wants more storage", "Storage",
"""Hi, we're a small law firm and we've hit the storage limit. How much is an extra 100 GB? Thanks, Office Manager, Bright & Cole Solicitors""")
    m(B, "en", "ln32", "", "legal department asks for DPA and security questionnaire", "Vendor onboarding",
"""Hello, our legal department has asked me to collect your DPA and a completed security questionnaire before onboarding. Could you send both? Thanks, Priyanka""")

    # ================= legal-threat: de
    m(B, "de", "l25", "L", "my lawyer will contact you, clear case", "Unverschämtheit",
"""Das ist ein klarer Fall für meinen Anwalt. Er wird sich diese Woche bei Ihnen melden. Rüdiger""")
    m(B, "de", "l26", "L", "court dunning procedure initiated", "Re: Erstattung",
"""Ich habe heute das gerichtliche Mahnverfahren gegen Sie eingeleitet.

T. Lorenz

> Eine Erstattung ist leider nicht möglich.""")
    m(B, "de", "l27", "L", "complaint to data protection authority", "Datenschutz",
"""Sie haben meine Daten trotz Widerspruch weiterverarbeitet. Ich habe heute Beschwerde beim Landesdatenschutzbeauftragten eingereicht. Melanie Kraus""")
    m(B, "de", "ln29", "", "tax consultant / law firm asks for invoice copies", "Rechnungskopien",
"""Hallo, wir als Steuerberatungs- und Rechtsanwaltskanzlei benötigen Kopien aller Rechnungen aus 2024 für die Buchhaltung. Danke, Kanzlei Engel""")
    m(B, "de", "ln30", "", "neutral question on applicable law in T&C", "Anwendbares Recht",
"""Guten Tag, gilt für Ihre AGB deutsches oder irisches Recht? Und wo ist der Gerichtsstand? Das ist nur eine Frage für unsere Vertragsdatenbank. Grüße, Carina""")
    m(B, "de", "ln31", "", "no lawyer involved, just wants info", "Frage zur Rechnung",
"""Keine Sorge, ich will Ihnen nicht mit dem Anwalt drohen :) Ich möchte nur verstehen, warum die Rechnung höher ist als letzten Monat. LG Mia""")

    # ================= legal-threat: nl
    m(B, "nl", "l21", "L", "summons coming, via bailiff", "Incasso",
"""U ontvangt binnenkort een dagvaarding via de deurwaarder als de dubbele afschrijving niet wordt teruggestort. Dirk""")
    m(B, "nl", "l22", "L", "legal aid insurance takes it over", "Re: klacht",
"""Mijn rechtsbijstandverzekeraar neemt de zaak vanaf nu over.

Groeten, Priscilla

> Beste Priscilla, wij handhaven ons standpunt.""")
    m(B, "nl", "ln24", "", "law firm asks for an extra user", "Extra gebruiker",
"""Goedemiddag, ons advocatenkantoor heeft een nieuwe stagiair. Kunnen we een extra gebruiker toevoegen? Groet, Secretariaat""")
    m(B, "nl", "ln25", "", "court booking in tennis app (baan)", "Baanreservering",
"""Hoi, in de app kan ik geen tennisbaan meer reserveren voor zaterdag, is er iets mis? Groet, Ruben""")

    # ================= legal-threat: pl
    m(B, "pl", "l21", "L", "I'll file a complaint with UOKiK and the court", "Skarga",
"""Składam skargę do UOKiK, a jeśli to nie pomoże, pójdę do sądu. Robert""")
    m(B, "pl", "l22", "L", "this will end in court (skończy się w sądzie)", "Umowa",
"""Jeśli nie rozwiążecie umowy bez kar, to się skończy w sądzie. Paulina""")
    m(B, "pl", "ln25", "", "law office asks about invoices to firm's NIP", "Faktura na kancelarię",
"""Dzień dobry, proszę o wystawianie faktur na kancelarię, NIP 123-456-78-90, zamiast na mnie prywatnie. Dziękuję, adw. Marek Sobczak""")
    m(B, "pl", "ln26", "", "not going to court over it, just wants refund", "Zwrot",
"""Nie będę się z wami sądzić o 50 zł, po prostu oddajcie pieniądze za podwójną płatność. Dzięki, Kuba""")
