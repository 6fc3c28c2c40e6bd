"""devset13 legal-owner, batch 5: mixed registers, quoted history, other languages; weak cells again."""
B = "b5"

def add(m):
    # ---- en legal positives
    m(B, "en", "l80", "L", "I'll let the courts decide", "Re: refund denied",
"""Fine, I'll let a judge decide whether a 'non-refundable' fee is fair for a service you never delivered.
Hannah""")
    m(B, "en", "l81", "L", "lawyer drafting letter", "Unpaid commission",
"""My lawyer is drafting a letter to your finance department as we speak regarding the unpaid affiliate commission ($4,180).
Carlos Medina""", fmt="alt")
    m(B, "en", "l82", "L", "reported to Ofcom/ombudsman services", "Broadband",
"""I've raised a formal complaint with Ombudsman Services: Communications and I'm also reporting the outage billing to Ofcom.
Mr D. Hughes""")
    m(B, "en", "l83", "L", "arbitration demand", "Demand for arbitration",
"""Per section 14 of your terms I am initiating arbitration. You'll receive the demand from AAA shortly unless we settle this week.
Victor Lang""", fmt="b64")
    m(B, "en", "l84", "L", "solicitor friend, will take advice", "Deposit",
"""I'm taking legal advice on this on Monday. If you keep my deposit without a reason I'll be claiming it back through the courts.
Ellie""")
    m(B, "en", "l85", "L", "police report for fraud + lawyer", "Fraudulent charges",
"""These charges are fraud, plain and simple. I'm filing a police report and passing everything to my attorney.
Sharon""")
    # ---- en negatives
    m(B, "en", "ln80", "", "threat only in quoted history, now thanks", "Re: Re: refund",
"""Thanks Mia, the refund arrived this morning. All sorted, please close the ticket.
Josh

> On 12 Nov Josh wrote:
> If I don't get my money back I'm taking you to small claims court.""")
    m(B, "en", "ln81", "", "customer asks if product is legally compliant", "Compliance",
"""Is your e-signature legally binding in the UK and would it hold up in court if a client disputes a contract? We're evaluating tools.
Hamid""", fmt="qp")
    m(B, "en", "ln82", "", "attorney office customer needs 2FA reset", "2FA reset",
"""Hi, I got a new phone and can't get my 2FA codes anymore. Can you reset it?

Laura Kim
Assistant District Attorney""")

    # ---- pl legal positives
    m(B, "pl", "l86", "L", "zawiadomię prokuraturę o oszustwie", "Oszustwo",
"""To jest zwykłe oszustwo. Jeśli pieniądze nie wrócą, zawiadomię prokuraturę i policję.
Bogdan""")
    m(B, "pl", "l87", "L", "kancelaria wyśle wezwanie", "Nieuczciwa kara",
"""Moja kancelaria wyśle Wam w przyszłym tygodniu przedsądowe wezwanie do zapłaty. Do tego czasu możecie jeszcze zwrócić pieniądze.
Roman Jasiński""", fmt="qp")
    m(B, "pl", "l88", "L", "dochodzić roszczeń na drodze sądowej", "Roszczenie",
"""Zastrzegam sobie prawo dochodzenia roszczeń na drodze sądowej. Czekam na stanowisko do 30 listopada.
Urszula Mroczek""")
    # ---- pl legal negatives
    m(B, "pl", "ln80", "", "kancelaria question about invoices in bulk", "Faktury zbiorcze",
"""Dzień dobry, czy możemy dostawać jedną fakturę zbiorczą dla wszystkich adwokatów naszej kancelarii zamiast osobnych?
Sekretariat Kancelarii Adwokackiej Wróbel""")
    m(B, "pl", "ln81", "", "customer praised, mentions sąd as verdict idiom", "Podziękowanie",
"""Muszę przyznać, że mój sąd o Waszej obsłudze był za surowy. Dziękuję za szybką pomoc wczoraj!
Henryk""", fmt="html")
    m(B, "pl", "ln82", "", "quoted threat, now resolved", "Re: zwrot",
"""Dziękuję, pieniądze dotarły. Sprawa zamknięta.
Kamila

> W dniu 3.11 Kamila napisała:
> Jeśli nie zwrócicie pieniędzy, idę do sądu.""")
    m(B, "pl", "ln83", "", "prawnik asks about data export for due diligence", "Eksport danych",
"""Jestem prawnikiem w firmie, która przejmuje naszego klienta. Do badania due diligence potrzebuję eksportu umów z systemu. Jak to zrobić?
Filip Ostrowski""")
    m(B, "pl", "ln84", "", "UOKiK mentioned as news, not threat", "Pytanie o regulamin",
"""Czytałem, że UOKiK zmienia przepisy o subskrypcjach. Czy Wasz regulamin też się zmieni od stycznia?
Dariusz""", fmt="alt")

    # ---- it ownership
    m(B, "it", "o80", "O", "fatemi diventare proprietario", "Proprietario",
"""Buonasera, il creatore dell'account era mio cugino che non lavora più con noi. Come posso diventare io il proprietario? Non risponde alle mail.
Alessio""")
    m(B, "it", "o81", "O", "nuova amministratrice delegata, trasferite i diritti", "Nuovo CdA",
"""Sono stata nominata amministratrice delegata. Trasferite a me tutti i diritti di amministrazione dell'account aziendale, il precedente AD è decaduto.
Giovanna Rinaldi""", fmt="qp")
    m(B, "it", "o82", "O", "sostituire l'intestatario", "Intestatario",
"""Dobbiamo sostituire l'intestatario dell'account: non più Bruno Serra ma la sottoscritta. Allego visura camerale.
Cinzia Serra""")
    m(B, "it", "on80", "", "titolare asks about tax receipts", "Ricevute",
"""Salve, sono la titolare dell'account. Dove scarico le ricevute fiscali del 2025? Grazie, Anna""")
    m(B, "it", "on81", "", "admin transfers document ownership", "File",
"""Come cambio il proprietario di un file condiviso nella vostra piattaforma? Il collega che l'ha creato è andato via.
Lucia""")

    # ---- pl ownership
    m(B, "pl", "o80", "O", "zmieńcie nas na właściciela po zakupie sklepu", "Zakup sklepu",
"""Kupiliśmy ten sklep internetowy razem z kontem u Was. Prosimy o zmianę danych właściciela konta na naszą spółkę i na mnie jako osobę kontaktową.
Paulina Kurek""")
    m(B, "pl", "o81", "O", "chcę być administratorem zamiast szefa", "Admin",
"""szef jest na długim L4 i nikt nie może nic zrobić w systemie. chcę, żebyście zrobili mnie adminem na ten czas
Daria""")
    m(B, "pl", "o82", "O", "konto firmowe na prywatnym mailu byłego pracownika", "Konto na prywatnym mailu",
"""Nasze konto firmowe jest założone na prywatny e-mail byłego pracownika, który nie chce współpracować. Proszę zmienić adres logowania na mój służbowy.
Jerzy Majewski""", fmt="b64")
    m(B, "pl", "on80", "", "właściciel asks about subscription upgrade", "Pakiet",
"""Jako właściciel konta chciałbym przejść na wyższy pakiet. Czy dopłata będzie proporcjonalna?
Radosław""")
    m(B, "pl", "on81", "", "admin: how to transfer tasks from ex-employee", "Zadania",
"""Jak przenieść zadania byłego pracownika na innego użytkownika? Jestem administratorem.
Edyta""")

    # ---- others
    m(B, "de", "o83", "O", "Geschäftsführerwechsel", "Neuer Geschäftsführer",
"""Guten Tag, ich bin seit Oktober Geschäftsführer. Bitte machen Sie mich zum Inhaber des Kontos, mein Vorgänger ist ausgeschieden.
Markus Brandt""")
    m(B, "de", "ln84", "", "Rechtsanwältin asks about feature", "Fristen",
"""Kann man Fristen mit Erinnerung anlegen? Ich bin Rechtsanwältin und brauche das für Gerichtstermine.
Julia Sommer""")
    m(B, "es", "l89", "L", "denunciar ante consumo", "Cobro indebido",
"""Voy a denunciaros ante Consumo y la AEPD si no anuláis el cobro indebido hoy mismo.
Lucía""")
    m(B, "es", "o84", "O", "traspasar la cuenta a mi nombre", "Traspaso",
"""Buenos días, el antiguo dueño del negocio se jubiló. Necesito que traspaséis la cuenta a mi nombre como nueva propietaria.
Marta Gil""", fmt="qp")
    m(B, "fr", "ln85", "", "cabinet d'avocats client", "Facturation",
"""Bonjour, notre cabinet d'avocats souhaite recevoir les factures au nom de la SCP. Merci, Sophie""")
    m(B, "fr", "o85", "O", "transférer la propriété du compte", "Propriété du compte",
"""Bonjour, l'ancienne responsable a quitté l'entreprise. Merci de transférer la propriété du compte à mon nom.
Paul Girard""")
    m(B, "nl", "ln86", "", "advocatenkantoor client", "Licenties",
"""Wij zijn een advocatenkantoor en willen drie extra licenties. Kunnen jullie een offerte sturen? Groet, Mr. J. Bakker""")
    m(B, "sv", "o86", "O", "byt ägare på kontot", "Ny ägare",
"""Hej! Jag har köpt salongen. Byt ägare på kontot till mig, den förra ägaren har flyttat utomlands. /Linnea""")
    m(B, "pt", "l90", "L", "Livro de Reclamações + advogado", "Reembolso",
"""Se não devolverem o dinheiro, faço queixa no Livro de Reclamações e entrego o caso ao meu advogado.
Joana""")
    m(B, "ro", "o87", "O", "transferați contul pe numele meu", "Transfer cont",
"""Bună, fostul patron a vândut afacerea. Vă rog transferați contul pe numele meu, eu sunt noul proprietar.
Mihai""")
    m(B, "da", "ln87", "", "advokat customer da", "Faktura",
"""Hej, jeg er advokat og vil gerne have fakturaen sendt til kontoret i stedet. Mvh Mette""")
    m(B, "it", "l91", "L", "it legal: avvocato e diffida", "Diffida",
"""Se entro 10 giorni non ricevo il rimborso, il mio avvocato vi invierà una diffida formale.
Simone""")
