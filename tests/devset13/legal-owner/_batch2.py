"""devset13 legal-owner, batch 2: harder indirect en threats, pl law-firm/court negatives, it/pl takeover wording."""
B = "b2"

def add(m):
    # ---- en legal positives (indirect)
    m(B, "en", "l20", "L", "paperwork for small claims ready", "Re: Broken blender - refund",
"""I've filled in the paperwork for the small claims court already. All I need to do is press submit. You have until Monday.
Rachel""")
    m(B, "en", "l21", "L", "BBB + state attorney general", "Not happy",
"""Fine. If that's your final answer, I'm filing a complaint with the Better Business Bureau and the Attorney General's office tomorrow morning. Your "no refunds after 30 days" rule is not legal in my state.
Kevin Doyle""", fmt="alt")
    m(B, "en", "l22", "L", "legal team will hear about it", "Cancellation ignored",
"""Cancelled in writing on 3 October, you billed us again on 1 November. You will be hearing from our legal team if the charge isn't reversed this week.
Operations, Harbour Freight Services""")
    m(B, "en", "l23", "L", "letter before claim", "Letter before claim - account 00918",
"""Dear Customer Services,

This email is a letter before claim under the Pre-Action Protocol. I am claiming £1,140 for the faulty installation. If I do not receive a satisfactory response within 30 days I will commence court proceedings.

Stephen Adeyemi""", fmt="qp")
    m(B, "en", "l24", "L", "consulting a lawyer about my options", "Your 'policy'",
"""I'm currently consulting a lawyer about my options, because what you did with my account is illegal under consumer law. Not another canned reply please.
Joanne""")
    m(B, "en", "l25", "L", "FTC complaint about subscription trap", "Impossible to cancel",
"""There is literally no cancel button anywhere. I've reported your company to the FTC for this dark pattern and I'll keep following up until I get my money back.
Tyler""", fmt="html")
    m(B, "en", "l26", "L", "taking you to court / see you in court", "Re: Re: Re: damages",
"""Then I'll see you in court. I have photos of the water damage and the installer's invoice.

> We are unable to offer compensation beyond the voucher.""")
    m(B, "en", "l27", "L", "financial ombudsman escalation, deadlock", "Deadlock letter",
"""Please issue me a deadlock letter so I can take this to the Financial Ombudsman Service. Eight weeks have passed since my complaint.
Mrs P. Wilkins""")
    # ---- en legal negatives
    m(B, "en", "ln20", "", "lawyer is a user who needs access", "Access for our counsel",
"""Hi, our outside counsel needs read-only access to the contracts module for the audit next month. Can you set up a guest login for her?
Thanks, Priyanka""")
    m(B, "en", "ln21", "", "tennis court booking app", "Court bookings not syncing",
"""Hey, the court bookings from our tennis club aren't syncing to the calendar since yesterday. Court 3 shows double-booked. Any idea?
Max, Westfield Lawn Tennis Club""")
    m(B, "en", "ln22", "", "chargeback not legal", "Chargeback",
"""If the refund isn't there by Friday I'll just ask my bank for a chargeback. Please confirm the status.
Lena""")
    m(B, "en", "ln23", "", "we're a solicitor firm: subject access request template", "SAR template question",
"""Hello, we act for a number of clients and wanted to know whether your platform can export a complete subject access request bundle in one go, or whether it has to be done per record?
Regards, Fiona
Harper Lowe Solicitors LLP""", fmt="b64")

    # ---- pl legal positives
    m(B, "pl", "l28", "L", "skieruję pozew do sądu", "Reklamacja odrzucona",
"""Odrzucacie reklamację bez żadnego uzasadnienia. Informuję, że skieruję pozew o zwrot kosztów naprawy, mam opinię rzeczoznawcy.
Jan Kubiak""")
    m(B, "pl", "l29", "L", "konsultowałam się z radcą prawnym", "Umowa",
"""Konsultowałam się już z radcą prawnym i te zapisy umowy są niedozwolone. Jeśli nie anulujecie kary umownej, zgłoszę to do rzecznika konsumentów i będę dochodzić swoich praw.
Dorota Malinowska""", fmt="qp")
    m(B, "pl", "l30", "L", "zgłoszenie do UOKiK już złożone", "Abonament",
"""Właśnie złożyłem zawiadomienie do Prezesa UOKiK w sprawie Waszych praktyk z automatycznym przedłużaniem abonamentu. Czekam na zwrot.
Sebastian""")
    m(B, "pl", "l31", "L", "sprawę przejmie kancelaria", "Ostatnia próba",
"""To moja ostatnia próba polubownego załatwienia sprawy. Od poniedziałku zajmie się tym kancelaria, która mnie reprezentuje.
Hubert Czarnecki""")
    m(B, "pl", "l32", "L", "pójdę z tym do sądu", "naprawa",
"""trzeci raz oddaję telefon do naprawy i dalej to samo. jak tym razem nie wymienicie na nowy to idę z tym do sądu, mam dość
kamil""")
    # ---- pl legal negatives
    m(B, "pl", "ln20", "", "kancelaria signature only, question about calendar", "Kalendarz rozpraw",
"""Dzień dobry, czy w kalendarzu można ustawić przypomnienie dwa dni przed terminem? Potrzebujemy tego do terminów rozpraw.

Z poważaniem
Łukasz Grabowski
radca prawny
Kancelaria Radcy Prawnego Łukasz Grabowski
ul. Długa 5, 80-001 Gdańsk""")
    m(B, "pl", "ln21", "", "asks about e-sąd integration feature", "Integracja",
"""Czy Wasz program ma integrację z e-Sądem? Chcielibyśmy składać pozwy w postępowaniu elektronicznym bezpośrednio z systemu dla naszych klientów.
Kancelaria Nowak i Wspólnicy""")
    m(B, "pl", "ln22", "", "nie mam zamiaru nikogo pozywać", "Prośba",
"""Od razu zaznaczam, że nie mam zamiaru nikogo pozywać ani straszyć prawnikami. Chcę tylko wiedzieć, kiedy przyjdzie zwrot za anulowane zamówienie.
Pozdrawiam, Justyna""")
    m(B, "pl", "ln23", "", "RODO: żądanie usunięcia danych, grzeczne", "Usunięcie konta",
"""Dzień dobry, zgodnie z RODO proszę o usunięcie mojego konta i wszystkich danych. Dziękuję za szybką realizację.
Marta Wilk""", fmt="alt")
    m(B, "pl", "ln24", "", "'sąd' as judgment: 'wydaje mi się'", "Opinia o aplikacji",
"""Na mój gust nowa wersja jest wolniejsza. Nie chcę wydawać pochopnego sądu, ale ładowanie listy trwa teraz kilka sekund.
Zbyszek""")
    m(B, "pl", "ln25", "", "legal department asks for DPA + certyfikaty", "Dokumenty dla działu prawnego",
"""Cześć, nasz dział prawny potrzebuje przed audytem: umowy powierzenia, listy podmiotów przetwarzających i certyfikatu ISO 27001. Czy możecie przesłać?
Kasia, IT""")
    m(B, "pl", "ln26", "", "customer's own debt collection via court, feature question", "Windykacja",
"""Mamy kilku dłużników. Czy da się z poziomu Waszego systemu wygenerować wezwanie do zapłaty dla naszych klientów, zanim skierujemy sprawy do sądu?
Biuro rachunkowe Alfa""")
    m(B, "pl", "ln27", "", "komornik/court letter received by customer about someone else", "Zajęcie komornicze",
"""Dostaliśmy pismo od komornika w sprawie zajęcia wynagrodzenia naszego pracownika. Jak w programie kadrowym ustawić potrącenie?
Dział kadr""", fmt="b64")

    # ---- it ownership positives
    m(B, "it", "o20", "O", "il socio è uscito, voglio la titolarità", "Socio uscito",
"""Buongiorno, il mio socio è uscito dalla società e l'account era registrato a suo nome. Vorrei che la titolarità passasse a me, ho tutti i documenti della cessione quote.
Alberto Marchetti""")
    m(B, "it", "o21", "O", "mettete me come amministratrice", "Amministratrice",
"""Ciao, la nostra segretaria che gestiva tutto si è licenziata. Potete mettere me come amministratrice principale? Sono la titolare dello studio.
Valentina""", fmt="qp")
    m(B, "it", "o22", "O", "cambiare il proprietario del profilo aziendale", "Proprietario profilo",
"""Salve, avremmo bisogno di cambiare il proprietario del profilo aziendale: ora deve risultare il sottoscritto, Enrico Galli, nuovo amministratore delegato.
Cordialmente""")
    m(B, "it", "o23", "O", "l'agenzia non risponde, dateci l'accesso completo", "Agenzia sparita",
"""L'agenzia web che ci aveva aperto l'account non risponde più da mesi. L'azienda siamo noi: dateci l'accesso completo come amministratori e togliete loro i permessi.
Fabio Greco, Greco Arredamenti""")
    m(B, "it", "o24", "O", "intestare l'abbonamento e l'account a me", "Voltura",
"""Buongiorno, vorrei fare la voltura dell'account: era intestato a mio marito, ora dobbiamo intestarlo a me perché la ditta è passata a mio nome.
Rosa Ferri""", fmt="html")
    # ---- it ownership negatives
    m(B, "it", "on20", "", "admin assigns ticket owner in helpdesk", "Assegnazione ticket",
"""Come faccio a cambiare il proprietario di un ticket nel vostro helpdesk? Vorrei assegnarlo a un collega del secondo livello.
Grazie, Nicola""")
    m(B, "it", "on21", "", "titolare asks about invoice", "Fattura",
"""Sono il titolare della ditta: la fattura di ottobre riporta la partita IVA sbagliata, potete correggerla? Grazie, Marco Fontana""")
    m(B, "it", "on22", "", "admin gives admin rights to a colleague himself", "Ruoli",
"""Sono già amministratore dell'account. Voglio dare anche alla mia collega i permessi di amministratore, ma il menu è grigio. È un bug?
Gianluca""")

    # ---- pl ownership positives
    m(B, "pl", "o20", "O", "właściciel zmarł, przepisanie na żonę", "Konto męża",
"""Dzień dobry, mój mąż, który był właścicielem firmy i konta, zmarł w październiku. Prowadzę teraz firmę sama. Proszę o przepisanie konta na mnie, mogę przesłać akt zgonu.
Halina Zając""")
    m(B, "pl", "o21", "O", "dajcie mi rolę właściciela zamiast Tomka", "Rola właściciela",
"""Hej, Tomek zwolnił się w piątek i nie chce oddać dostępu. Dajcie mi rolę właściciela zamiast niego i zablokujcie jego konto.
Ola z marketingu""", fmt="qp")
    m(B, "pl", "o22", "O", "potrzebuję uprawnień administratora, nikt ich nie ma", "Brak admina",
"""Dzień dobry, w firmie nikt nie ma uprawnień administratora, bo informatyk, który wszystko konfigurował, wyjechał na stałe do Norwegii. Potrzebuję ich pilnie, żeby dodać nowych ludzi.
Artur Michalski, kierownik biura""")
    m(B, "pl", "o23", "O", "zmieńcie e-mail główny konta na mój", "Adres główny",
"""Proszę o zmianę głównego adresu e-mail konta firmowego na mój: biuro@kwiaciarnia-roza.pl. Dotychczasowa właścicielka sprzedała mi kwiaciarnię.
Anna Rogalska""")
    m(B, "pl", "o24", "O", "nowy zarząd, przeniesienie konta na spółkę", "Nowy zarząd",
"""W imieniu nowego zarządu spółki proszę o przeniesienie konta na mnie jako prezesa. Poprzedni prezes został odwołany uchwałą z 5 listopada.
Wojciech Kalinowski""", fmt="b64")
    # ---- pl ownership negatives
    m(B, "pl", "on20", "", "owner asks how to add an admin himself", "Drugi administrator",
"""Jestem właścicielem konta. Czy mogę sam nadać uprawnienia administratora drugiej osobie, czy to robicie Wy?
Leszek""")
    m(B, "pl", "on21", "", "owner changes own email", "Zmiana mojego maila",
"""Chciałbym zmienić swój adres e-mail logowania na nowy, bo zmieniliśmy domenę. Jestem właścicielem konta.
Norbert""")
    m(B, "pl", "on22", "", "who owns the data after termination (RODO)", "Dane po wypowiedzeniu",
"""Czy po wypowiedzeniu umowy dane naszych klientów nadal należą do nas i jak długo je przechowujecie? Pytam w kontekście RODO.
Dział prawny, Meblex""")

    # ---- others
    m(B, "de", "o25", "O", "Inhaber gewechselt, Konto übertragen", "Inhaberwechsel",
"""Guten Tag, ich habe die Praxis zum 1.11. übernommen. Bitte übertragen Sie das Konto auf mich und entfernen Sie den alten Inhaber als Administrator.
Dr. Sabine Vogt""")
    m(B, "es", "l33", "L", "OMIC y abogado", "Reclamación",
"""Si no me devolvéis el dinero esta semana pondré una reclamación en la OMIC y lo dejaré en manos de mi abogado.
Carmen Ruiz""")
    m(B, "fr", "on23", "", "owner adds user fr", "Ajout utilisateur",
"""Bonjour, je suis le propriétaire du compte et je voudrais ajouter un stagiaire comme simple utilisateur. Merci, Hugo""")
    m(B, "nl", "l34", "L", "advocaat, ACM", "Laatste kans",
"""Als het bedrag niet binnen 5 werkdagen is teruggestort, schakel ik een advocaat in en dien ik een klacht in bij de ACM.
Groet, Pieter de Boer""")
    m(B, "sv", "ln24", "", "advokatbyrå as customer", "Faktura",
"""Hej, vi är en advokatbyrå och vill ha fakturan skickad till vår ekonomiavdelning i stället. /Karin, Advokatfirman Lind""")
    m(B, "pt", "o26", "O", "passar a conta para mim", "Conta",
"""Olá, o antigo gerente saiu da empresa e a conta está no nome dele. Preciso que passem a conta para mim, sou o novo gerente.
Tiago""")
    m(B, "ro", "o27", "O", "faceți-mă administrator", "Administrator cont",
"""Bună ziua, fostul administrator a plecat din firmă. Vă rog să mă faceți pe mine administratorul contului, sunt noul director.
Ioana""")
