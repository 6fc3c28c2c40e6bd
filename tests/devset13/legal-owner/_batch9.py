"""devset13 legal-owner, batch 9: last check on the weak cells (pl legal precision, it/pl ownership, en legal recall)."""
B = "b9"

def add(m):
    m(B, "pl", "ln160", "", "przekażcie do mnie informację kto jest administratorem", "Kto jest adminem?",
"""Proszę przekazać do mnie informację, kto jest administratorem naszego konta, bo chcę poprosić go o dodanie mnie jako użytkownika.
Ewa""")
    m(B, "pl", "ln161", "", "zgłoszenie przypisane do mnie (ticket in their helpdesk)", "Przypisanie zgłoszeń",
"""Dlaczego w Waszym helpdesku każde nowe zgłoszenie jest automatycznie przypisane do mnie, a nie do zespołu? Da się to zmienić?
Bartek""")
    m(B, "pl", "ln162", "", "radca prawny signature + kancelaria, RODO export", "Eksport",
"""Dzień dobry, czy mogę wyeksportować historię logowań użytkowników? Potrzebuję tego do dokumentacji RODO.

r.pr. Marta Zielińska
Kancelaria Radcy Prawnego Marta Zielińska""", fmt="qp")
    m(B, "pl", "ln163", "", "sąd pracy for employee, feature question about HR module", "Moduł kadrowy",
"""Czy moduł kadrowy pozwala przechowywać dokumenty ze sprawy w sądzie pracy pracownika osobno od teczki osobowej?
Dział HR""")
    m(B, "pl", "ln164", "", "news: UOKiK ukarał konkurencję", "Pytanie",
"""Słyszałam, że UOKiK nałożył karę na jedną z firm z Waszej branży. Czy Was to też dotyczy i czy ceny się zmienią?
Beata""", fmt="alt")
    m(B, "pl", "l160", "L", "składam pozew", "Pozew",
"""Dziś składam pozew o zapłatę. Odpis otrzymacie z sądu.
Kazimierz Wolski""")
    m(B, "pl", "l161", "L", "wezwanie przedsądowe wysłane przez kancelarię", "Wezwanie",
"""W załączeniu przesyłam wezwanie przedsądowe przygotowane przez kancelarię, która mnie reprezentuje. Termin na zapłatę: 7 dni.
Agata Mróz""")
    m(B, "pl", "l162", "L", "poinformuję UODO o wycieku", "Wyciek",
"""Mój adres i PESEL pojawiły się w mailu do innego klienta. Poinformuję o tym UODO, jeśli nie dostanę wyjaśnień do jutra.
Leon""")
    m(B, "en", "l160", "L", "will be pursuing this through the courts", "Refund",
"""I will be pursuing this through the courts if I have to. You took £480 for a course that was cancelled.
Natalie""")
    m(B, "en", "l161", "L", "I've got a solicitor's letter ready", "Last chance",
"""I've got a solicitor's letter ready to send on Monday. Last chance to sort this out between us.
Mo""", fmt="b64")
    m(B, "en", "l162", "L", "reported to the BBB already, AG next", "BBB",
"""Already reported you to the BBB. The attorney general's office is next if I don't get my refund.
Carl""")
    m(B, "en", "ln160", "", "customer mentions their own court date for vacation hold", "Pause subscription",
"""Can you pause my subscription for December? I have a court date for my custody case and won't be using it.
Tanya""")
    m(B, "en", "ln161", "", "legal team asks for SOC2 and DPA", "Security docs",
"""Our legal team asked for your SOC 2 report and the DPA before the renewal. Where can I download them?
Ivy""")
    m(B, "it", "o160", "O", "passate l'account all'azienda e a me", "Account aziendale",
"""L'account l'ha aperto la mia ex segretaria col suo nome. Passatelo a me, sono il titolare dell'azienda e lei non lavora più qui.
Ugo Bellini""")
    m(B, "it", "o161", "O", "nuovo amministratore unico, cambiate il referente", "Amministratore unico",
"""Sono il nuovo amministratore unico della società. Il referente dell'account deve diventare il sottoscritto: sostituite il precedente con me.
Dott. Gino Ferrara""", fmt="qp")
    m(B, "it", "o162", "O", "ridatemi il controllo dell'account", "Controllo",
"""L'ex dipendente ha cambiato la password e la mail. Vogliamo riprendere il controllo dell'account, è intestato alla nostra azienda.
Manuela""")
    m(B, "it", "on160", "", "asks who is proprietario dei dati (GDPR)", "Dati",
"""Se disdiciamo, i dati restano di nostra proprietà? Possiamo esportarli tutti prima della chiusura?
Federico""")
    m(B, "it", "on161", "", "admin makes colleague owner of a workspace folder", "Cartella",
"""Come rendo un collega proprietario di una cartella condivisa? Sono l'admin.
Vera""")
    m(B, "pl", "o160", "O", "właścicielka zmarła, córka prosi", "Konto mamy",
"""Moja mama, która była właścicielką konta salonu, zmarła. Prowadzę salon dalej i proszę o przeniesienie konta na mnie.
Karolina Dziedzic""")
    m(B, "pl", "o161", "O", "zróbcie z mnie właściciela", "Właściciel",
"""Dzień dobry, czy możecie zrobić ze mnie właściciela konta? Wspólnik sprzedał mi swoje udziały.
Tomasz""", fmt="b64")
    m(B, "pl", "o162", "O", "przekazanie uprawnień administratora nowemu kierownikowi", "Kierownik",
"""Prośba o przekazanie uprawnień administratora mnie jako nowemu kierownikowi działu. Poprzedni kierownik przeszedł do innej firmy.
Lucyna Bąk""")
    m(B, "pl", "on160", "", "owner asks about transferring invoices data", "Dane do faktur",
"""Jestem właścicielem firmy. Jak zmienić dane do faktury na nowy adres siedziby?
Mirosław""")
    m(B, "de", "ln160", "", "Anwalt as user, no threat", "Zugang",
"""Unser Anwalt braucht Lesezugriff auf die Verträge. Wie richte ich das ein? Gruß, Tim""")
    m(B, "fr", "o163", "O", "me nommer administrateur", "Administrateur",
"""Bonjour, l'ancien administrateur est parti à la retraite. Pouvez-vous me nommer administrateur principal du compte ? Merci, Alain""")
    m(B, "nl", "ln161", "", "eigenaar changes own password", "Wachtwoord",
"""Ik ben eigenaar van het account en wil mijn wachtwoord wijzigen, maar de link werkt niet. Groet, Tom""")
