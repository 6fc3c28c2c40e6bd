"""devset13 legal-owner, batch 7: pl legal precision traps in depth, it/pl ownership recall, en indirect threats."""
B = "b7"

def add(m):
    # ---- pl legal negatives (hard)
    m(B, "pl", "ln120", "", "kancelaria signature with privilege disclaimer, question", "Dostęp dla nowej asystentki",
"""Dzień dobry, proszę o założenie konta dla naszej nowej asystentki, Pani Oli Kubiak.

--
mec. Piotr Rutkowski
Adwokat
Kancelaria Adwokacka Rutkowski sp.k.
Wiadomość może zawierać informacje poufne objęte tajemnicą adwokacką.""")
    m(B, "pl", "ln121", "", "customer's lawyer needs invoice copy", "Kopia faktury",
"""Mój prawnik prosi o kopię faktury VAT za marzec do rozliczenia z kontrahentem. Czy możecie ją wysłać jeszcze raz?
Waldemar""", fmt="qp")
    m(B, "pl", "ln122", "", "sąd rejonowy in company registry footer", "Zmiana planu",
"""Proszę o zmianę planu na roczny od stycznia.

Meblotech Sp. z o.o., ul. Fabryczna 2, Łódź
Sąd Rejonowy dla Łodzi-Śródmieścia, XX Wydział Gospodarczy KRS, KRS 0000123456, NIP 7250000000""")
    m(B, "pl", "ln123", "", "employee helping with a court case as witness", "Zaświadczenie",
"""Dzień dobry, jestem świadkiem w sprawie sądowej mojego sąsiada i sąd prosi o potwierdzenie, że byłem zalogowany w Waszej aplikacji 3 maja. Czy możecie wystawić takie zaświadczenie?
Henryk Kos""")
    m(B, "pl", "ln124", "", "RODO: art. 17 polite + UODO info question", "Pytanie o RODO",
"""Czy w razie pytań o przetwarzanie danych powinienem pisać do Was, czy bezpośrednio do UODO? Nie mam żadnej skargi, po prostu pytam o procedurę.
Łukasz""")
    m(B, "pl", "ln125", "", "prawnik user asks about templates 'pozew'", "Szablony pism",
"""Czy w Waszym edytorze są gotowe szablony pism procesowych, np. pozwu o zapłatę? Przydałyby się naszym aplikantom.
Kancelaria Lex-Pol""", fmt="alt")
    m(B, "pl", "ln126", "", "policja as customer ordering", "Zamówienie dla komendy",
"""Komenda Powiatowa Policji w Zgorzelcu chce zamówić 10 licencji. Proszę o ofertę.
Sekcja zaopatrzenia""")
    # ---- pl legal positives
    m(B, "pl", "l120", "L", "indirect: zobaczymy co powie sąd", "Odmowa",
"""Skoro nie chcecie uznać reklamacji, zobaczymy, co na to powie sąd. Pozew jest już prawie gotowy.
Janusz""")
    m(B, "pl", "l121", "L", "reprezentujący mnie adwokat", "Sprawa 2025/11",
"""Reprezentujący mnie adwokat skontaktuje się z Państwem w sprawie naruszenia umowy. Proszę o zachowanie całej dokumentacji.
Eryk Sowa""")
    m(B, "pl", "l122", "L", "zgłaszam do rzecznika praw konsumenta (form)", "Zgłoszenie",
"""Szanowni Państwo, w związku z brakiem odpowiedzi na reklamację zwróciłam się o pomoc do Miejskiego Rzecznika Konsumentów. Rzecznik wkrótce się z Państwem skontaktuje.
Aleksandra Ptak""", fmt="b64")

    # ---- en legal positives
    m(B, "en", "l120", "L", "citizens advice suggested small claims", "Boiler",
"""Citizens Advice have told me I'm entitled to a full refund and that small claims is the next step if you won't pay. I'd rather not, but I will.
Maureen""")
    m(B, "en", "l121", "L", "paralegal-like: preserve evidence, litigation", "Preserve records",
"""Please preserve all records and call recordings related to my account. I am anticipating litigation over the wrongful termination of service.
Dr. Peter Vance""")
    m(B, "en", "l122", "L", "complaint with state licensing board and AG", "Contractor",
"""I'm filing a complaint with the state licensing board and the AG about your installer. The work was never finished.
Laura Brooks""", fmt="qp")
    m(B, "en", "l123", "L", "going to court if not", "replacement",
"""Honestly if you don't replace it I'm taking you to court, I don't care how long it takes.
Ryan""")
    m(B, "en", "ln120", "", "court in sports context", "Booking",
"""Is there a way to block court 4 every Tuesday for the junior squad? The recurring booking option is greyed out.
Coach Danny""")
    m(B, "en", "ln121", "", "asks if they must report breach to ICO themselves", "Breach notification",
"""If your service had a data breach affecting our customers, would you notify the ICO or do we have to? Just clarifying responsibilities for our DPIA.
Compliance team""", fmt="alt")

    # ---- it ownership positives
    m(B, "it", "o120", "O", "proprietà al nuovo gestore", "Nuovo gestore",
"""Buongiorno, da dicembre il ristorante lo gestisco io. Chiedo che la proprietà dell'account venga trasferita dal vecchio gestore al sottoscritto.
Nino Gallo""")
    m(B, "it", "o121", "O", "nominatemi amministratore di sistema", "Nomina",
"""Vi chiedo di nominarmi amministratore del nostro spazio di lavoro: l'unico admin era un consulente che non lavora più con noi.
Elisa Parisi""", fmt="b64")
    m(B, "it", "o122", "O", "account deve passare a me come nuova responsabile", "Responsabile",
"""Sono la nuova responsabile dell'ufficio acquisti. L'account deve passare a me, non a Giulio che è andato in un'altra azienda.
Marta Conte""")
    m(B, "it", "o123", "O", "cambiate l'amministratore con me", "Cambio amministratore",
"""Per favore cambiate l'amministratore: dovete mettere me al posto di Stefania, che è stata licenziata ieri.
Angelo, HR""")
    m(B, "it", "on120", "", "owner sets colleague permissions", "Permessi",
"""Sono il proprietario dell'account: come imposto i permessi di sola lettura per il commercialista? Grazie, Filippo""")
    m(B, "it", "on121", "", "proprietà intellettuale question", "Proprietà dei contenuti",
"""Chi detiene la proprietà intellettuale dei testi generati con il vostro strumento? Possiamo usarli nei cataloghi?
Ufficio marketing""", fmt="qp")

    # ---- pl ownership positives
    m(B, "pl", "o120", "O", "konto na byłą księgową, przepisać na prezesa", "Konto księgowej",
"""Konto jest nadal zarejestrowane na naszą byłą księgową. Proszę o przepisanie go na prezesa, czyli na mnie: j.kowal@agrotech.pl.
Jan Kowal""")
    m(B, "pl", "o121", "O", "chcę mieć pełne prawa do konta", "Pełne prawa",
"""Chcę mieć pełne prawa do konta firmowego, a nie tylko dostęp do raportów. Osoba, która była administratorem, nie żyje od miesiąca.
Wiesław""", fmt="qp")
    m(B, "pl", "o122", "O", "proszę zastąpić właściciela mną", "Zastąpienie",
"""Proszę zastąpić obecnego właściciela konta moją osobą. Kupiłem od niego całą działalność razem z domeną.
Michał Pietrzyk""")
    m(B, "pl", "o123", "O", "odzyskać konto od byłego wspólnika", "Odzyskanie konta",
"""Jak możemy odzyskać konto firmowe od byłego wspólnika? Zmienił hasło i e-mail na swoje prywatne. Chcemy, żeby administratorem była firma, czyli ja jako prezes.
Dominika""")
    m(B, "pl", "on120", "", "owner asks to add second admin via settings - wants instructions", "Drugi admin",
"""Jak jako właściciel mogę dodać drugiego administratora? Szukam tej opcji w ustawieniach.
Roman""")
    m(B, "pl", "on121", "", "properties of owner field in CRM", "Pole właściciel w CRM",
"""W CRM pole 'właściciel' przy kontakcie pokazuje złego handlowca. Jak zmienić właściciela kontaktu hurtowo?
Natalia""", fmt="html")

    # ---- others
    m(B, "de", "on122", "", "Inhaber asks about invoice", "Rechnung",
"""Ich bin der Inhaber des Kontos und brauche die Rechnungen als ZIP. Danke, Ralf""")
    m(B, "es", "l123", "L", "demanda judicial", "Demanda",
"""Si no me reembolsáis, presentaré una demanda en el juzgado. Ya he hablado con un abogado.
Alberto""")
    m(B, "nl", "ln122", "", "jurist as customer", "Exporteren",
"""Ik ben jurist bij een woningcorporatie. Hoe exporteer ik alle huurcontracten tegelijk? Groet, Esther""")
    m(B, "sv", "o124", "O", "ändra ägare till mig", "Ändra ägare",
"""Hej, kan ni ändra kontots ägare till mig? Den gamla ägaren har sålt företaget till mig. /Oskar""")
