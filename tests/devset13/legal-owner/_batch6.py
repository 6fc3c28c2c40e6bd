"""devset13 legal-owner, batch 6: colloquial/short mails, typos, no diacritics; weak cells again."""
B = "b6"

def add(m):
    # ---- en legal positives
    m(B, "en", "l100", "L", "short: see you in small claims", "refund??",
"""ok, see you in small claims then""")
    m(B, "en", "l101", "L", "going legal route", "Still nothing",
"""Clearly emails don't work with you people, so I'm going down the legal route. Expect a letter from Harrison & Webb LLP, they're representing me.
Tariq""")
    m(B, "en", "l102", "L", "typo'd: my lawer", "charges",
"""my lawer says u cant charge me after i cancelled. refund it or we go to court
jay""")
    m(B, "en", "l103", "L", "consumer rights act, notice of claim", "Notice",
"""Under the Consumer Rights Act 2015 I am entitled to a repair or refund. Please treat this email as notice that I intend to bring a claim if neither is offered within 14 days.
Samantha Cole""", fmt="qp")
    m(B, "en", "l104", "L", "escalating to the regulator (FCA)", "Payment account frozen",
"""You've frozen my account for 3 weeks with no explanation. I'm escalating this to the FCA and the Financial Ombudsman.
Daniel Osei""")
    # ---- en negatives
    m(B, "en", "ln100", "", "lawyer's office moving, update address", "New office",
"""Hello, our law office is moving to 88 King Street on 1 December. Please update our billing address. Thanks! — Morgan & Pratt Attorneys""")
    m(B, "en", "ln101", "", "'sue' as name", "Access for Sue",
"""Can you give Sue from accounts access to the invoices page? She starts Monday.
Tom""")
    m(B, "en", "ln102", "", "no intention of legal action, but disappointed", "Disappointed",
"""I have no intention of taking legal action, I'm just disappointed. Three weeks for a reply is too long.
Rita""", fmt="b64")

    # ---- pl legal positives (no diacritics, colloquial)
    m(B, "pl", "l105", "L", "no diacritics: pozwe was", "zwrot",
"""jak nie oddacie kasy do piatku to pozwe was, mam wszystkie potwierdzenia przelewow
tomek""")
    m(B, "pl", "l106", "L", "skarga do UOKiK napisana", "Automatyczne przedłużenie",
"""Mam już gotową skargę do UOKiK na Wasze automatyczne przedłużanie umów. Wyślę ją jutro, jeżeli nie anulujecie mojej subskrypcji.
Wanda""", fmt="alt")
    m(B, "pl", "l107", "L", "moja prawniczka już analizuje", "Regulamin",
"""Moja prawniczka analizuje już Wasz regulamin. Twierdzi, że ta opłata jest niezgodna z prawem i nie zawaha się tego wykazać w sądzie.
Klaudia""")
    # ---- pl legal negatives
    m(B, "pl", "ln100", "", "prawnik in new client onboarding, wants training", "Szkolenie",
"""Dzień dobry, jesteśmy zespołem pięciu prawników i chcielibyśmy umówić szkolenie z obsługi systemu. Kiedy macie wolny termin?
Kancelaria Prawna Duda""")
    m(B, "pl", "ln101", "", "sąd w nazwie klienta sieć sklepów 'Sad' - ogrodniczy sad", "Zamówienie sadzonek",
"""Prowadzimy sad jabłoniowy i chcielibyśmy wprowadzić w Waszym programie ewidencję zbiorów z każdego sadu. Czy to możliwe?
Gospodarstwo Sadownicze Kowalczyk""")
    m(B, "pl", "ln102", "", "nie zamierzam sie sądzić, tylko proszę", "Uprzejma prośba",
"""Nie mam zamiaru się z nikim sądzić, proszę tylko o korektę faktury, bo jest na złą kwotę.
Edward""")
    m(B, "pl", "ln103", "", "dział prawny potrzebuje klauzul", "Klauzule",
"""Nasz dział prawny prosi o przesłanie aktualnego regulaminu i polityki prywatności w PDF do archiwum.
Iza z biura zarządu""", fmt="qp")

    # ---- it ownership
    m(B, "it", "o100", "O", "colloquial: mi fate admin?", "admin",
"""ciao, mi fate admin dell'account? quello di prima se n'è andato e non possiamo fare niente
gigi""")
    m(B, "it", "o101", "O", "studio associato, socio fondatore morto", "Account dello studio",
"""Il socio fondatore dello studio, che aveva l'account a suo nome, è deceduto. Sono il socio rimasto e chiedo che l'account venga intestato a me o allo studio.
Avv. Carlo Mancini""", fmt="qp")
    m(B, "it", "o102", "O", "voglio il controllo dell'account", "Controllo account",
"""L'ex responsabile marketing si rifiuta di consegnarci le credenziali. Voglio il pieno controllo dell'account, è della nostra azienda e lo paghiamo noi.
Beatrice Leone""")
    m(B, "it", "o103", "O", "no accents: rendermi proprietaria", "proprietaria",
"""buongiorno potete rendermi proprietaria dell account? la vecchia proprietaria ha venduto il negozio a me
grazie mille""")
    m(B, "it", "on100", "", "proprietario di un evento", "Evento",
"""Come cambio l'organizzatore di un evento nel calendario? L'ho creato io ma deve gestirlo la mia collega. Grazie, Roberta""")
    m(B, "it", "on101", "", "amministratore di condominio as customer", "Condominio",
"""Sono amministratore di condominio e uso la vostra app per 12 palazzi. Posso avere un'unica fattura mensile? Grazie, Geom. Piras""")

    # ---- pl ownership
    m(B, "pl", "o100", "O", "no diacritics: prosze zrobic mnie wlascicielem", "konto",
"""prosze zrobic mnie wlascicielem konta bo poprzedni szef sprzedal firme i zniknal
marcin""")
    m(B, "pl", "o101", "O", "przekazanie administracji kontem", "Administracja",
"""Dzień dobry, proszę o przekazanie mi administrowania kontem naszej szkoły. Poprzednia dyrektorka przeszła na emeryturę i nikt nie ma hasła.
Dyrektor SP nr 4, Agata Kwiatkowska""")
    m(B, "pl", "o102", "O", "agencja nie oddaje konta", "Agencja",
"""Agencja marketingowa, z którą zakończyliśmy współpracę, nie chce nam oddać konta. Proszę przenieść je na nasz firmowy adres, to my za nie płacimy.
Patryk Zalewski""", fmt="b64")
    m(B, "pl", "o103", "O", "zmiana głównego użytkownika na mnie", "Główny użytkownik",
"""Czy możecie ustawić mnie jako głównego użytkownika konta? Kolega, który nim był, już u nas nie pracuje.
Sylwia""")
    m(B, "pl", "on100", "", "właściciel zmienia swoje hasło", "Hasło",
"""Jestem właścicielką konta i chcę zmienić swoje hasło, ale nie dostaję maila resetującego.
Lidia""")
    m(B, "pl", "on101", "", "owner of project / zadanie", "Projekty",
"""Jak ustawić właściciela projektu w module zadań? Chcę, żeby każdy projekt miał swoją osobę odpowiedzialną.
Oskar""", fmt="html")

    # ---- others
    m(B, "de", "l108", "L", "Anzeige / Schlichtungsstelle", "Anzeige",
"""Ich werde Anzeige erstatten und die Schlichtungsstelle einschalten, wenn das Geld nicht zurückkommt.
Uwe""")
    m(B, "da", "o104", "O", "gør mig til administrator", "Admin",
"""Hej, vores gamle chef er gået på pension. Kan I gøre mig til administrator og ejer af kontoen? Mvh Birgitte""")
    m(B, "sv", "ln104", "", "jurist i signatur", "Export",
"""Hej, hur exporterar jag alla kontrakt till Excel? /Emma, bolagsjurist""")
    m(B, "nl", "l109", "L", "naar de rechter", "Terugbetaling",
"""Als ik voor vrijdag mijn geld niet terug heb, stap ik naar de rechter. Ik heb alles bewaard.
Mark""")
    m(B, "fr", "ln105", "", "tribunal as customer", "Licences",
"""Le greffe du tribunal judiciaire de Lyon souhaite renouveler ses licences. Merci de nous envoyer un devis.
Greffe""")
    m(B, "pt", "o105", "O", "BR: transfere a conta pra mim", "conta",
"""oi, o antigo dono vendeu a loja pra mim. transfere a conta pra mim por favor, ele ja concordou
Bruna""")
    m(B, "ro", "l110", "L", "dau în judecată", "Ultima dată",
"""Dacă nu rezolvați până luni, vă dau în judecată. Am toate dovezile.
Cristina""")
    m(B, "es", "ln106", "", "abogada user, export", "Exportar",
"""Hola, soy abogada y necesito exportar mis expedientes a PDF. ¿Se puede? Gracias, Paula""")
