"""devset13 legal-owner, batch 1: en/pl legal, it/pl ownership, a few others (measured before tuning)."""
B = "b1"

def add(m):
    # ---- legal-threat en: indirect threats
    m(B, "en", "l01", "L", "already spoke to a solicitor about the deposit", "Deposit still missing",
"""Hi,

Third email about the £240 deposit. I've already spoken to a solicitor and she says I have a very clear case. I'd rather not waste everyone's time, so please return it this week.

Regards,
Tom Ellery""")
    m(B, "en", "l02", "L", "this is going to small claims", "Re: invoice 44120",
"""Since nobody can be bothered to answer, this is going to small claims. I have all the emails and the bank statements printed out.

Dave

> On Mon, Support wrote:
> Thanks for your patience, we are looking into it.""", fmt="qp")
    m(B, "en", "l03", "L", "filing with the CFPB", "Unauthorized fees",
"""You charged my card three times for a plan I cancelled in August. If this isn't reversed by Friday I'll be filing with the CFPB and my state's consumer office. I've documented everything.
- Marisol Vega""")
    m(B, "en", "l04", "L", "my attorney will be in touch", "Final message",
"""I am done going round in circles with your chatbot. My attorney will be in touch with your company directly regarding the data you lost.

J. Hartley""", fmt="html")
    m(B, "en", "l05", "L", "formal notice before action", "Formal notice",
"""Dear Sirs,

Please consider this formal notice before action. You have 14 days to refund the annual subscription (£599) taken after cancellation, failing which I will issue proceedings without further reference to you.

Yours faithfully,
Priya Raman""", fmt="alt")
    m(B, "en", "l06", "L", "reporting to trading standards and the ombudsman", "Complaint ref 88213",
"""Your engineer never turned up, twice, and I took two days off work. I'm reporting this to Trading Standards, and if it goes any further, to the Ombudsman. Sort it out.
Gary""")
    m(B, "en", "l07", "L", "complaint to the ICO about SAR ignored", "Subject access request - 40 days",
"""My subject access request was sent on 2 September. It is now well past the one month deadline. Unless I receive my data within 7 days I will lodge a complaint with the ICO.

Helen Marsh""", fmt="b64")
    m(B, "en", "ln01", "", "law firm customer asking about seats", "Extra licences",
"""Hello,

We are a small law firm (six solicitors) and would like to add two more licences for our trainees starting in January. Could you send a quote?

Kind regards,
Amelia Ross
Practice Manager, Ross & Dunne Solicitors""")
    m(B, "en", "ln02", "", "customer says they won't go to court, just wants fix", "Still waiting",
"""Look, I'm not going to sue anyone or run to a lawyer over £30, I just want the export feature to work again. Can someone please look at ticket 5521?
Ben""")
    m(B, "en", "ln03", "", "legal department asks for DPA", "DPA request",
"""Hi team,

Our legal department needs your Data Processing Agreement and list of sub-processors before we can sign the renewal. Can you send the current versions?

Thanks,
Nadia Okafor
Procurement""", fmt="alt")
    m(B, "en", "ln04", "", "attorney in signature, asks about invoice format", "VAT number on invoices",
"""Hi, could you add our VAT number to future invoices? GB 123 4567 89.

Thanks,
Mark Feeney
Attorney at Law | Feeney Legal LLP
This email is confidential and may be legally privileged.""")
    m(B, "en", "ln05", "", "customer on jury duty / court date, reschedule", "Reschedule onboarding call",
"""Hi Sarah, I've been called for jury duty at the crown court next week so I need to move our onboarding call to the 14th. Sorry for the hassle!
Lucy""")

    # ---- legal-threat pl
    m(B, "pl", "l08", "L", "zgłoszę sprawę do UOKiK", "Reklamacja nr 4471",
"""Dzień dobry,

od miesiąca czekam na zwrot pieniędzy za wadliwy router. Jeżeli do piątku nie dostanę odpowiedzi, zgłaszam sprawę do UOKiK i do miejskiego rzecznika konsumentów.

Krzysztof Wójcik""")
    m(B, "pl", "l09", "L", "sprawa trafi do sądu, pozew", "Ostateczne wezwanie",
"""Szanowni Państwo,

to jest ostateczne wezwanie do zapłaty zwrotu 1 250 zł. W przypadku braku wpłaty w terminie 7 dni sprawa zostanie skierowana na drogę sądową, a koszty pozwu poniesie Państwa firma.

Z poważaniem
Agnieszka Lis""", fmt="qp")
    m(B, "pl", "l10", "L", "przekazałem sprawę swojemu prawnikowi", "brak odpowiedzi",
"""Przekazałem już całą korespondencję mojemu prawnikowi. Kolejny kontakt będzie z kancelarii, skoro z Wami nie da się normalnie porozmawiać.
Marek""")
    m(B, "pl", "l11", "L", "skarga do UODO", "Moje dane osobowe",
"""Prosiłam dwa razy o usunięcie moich danych i nadal dostaję od Was SMS-y. Składam skargę do UODO, mam zrzuty ekranu wszystkich wiadomości.
Ewa Nowicka""")
    m(B, "pl", "l12", "L", "spotkamy się w sądzie", "Re: Re: zwrot",
"""Skoro tak, to spotkamy się w sądzie. Mam dość tych wymówek.

Paweł

> W dniu 12.11 Obsługa klienta napisała:
> Niestety zwrot nie jest możliwy po 14 dniach.""", fmt="alt")
    m(B, "pl", "ln06", "", "kancelaria as a normal customer asking for invoice", "Faktura za listopad",
"""Dzień dobry,

piszę z Kancelarii Radcy Prawnego Joanna Kowal. Proszę o przesłanie faktury za listopad na adres biuro@kowal-kancelaria.pl, bo poprzednia trafiła do spamu.

Pozdrawiam
Joanna Kowal
radca prawny""")
    m(B, "pl", "ln07", "", "RODO request for a copy of data, calm", "Wniosek o kopię danych",
"""Dzień dobry, na podstawie art. 15 RODO proszę o przesłanie kopii moich danych osobowych przetwarzanych przez Państwa firmę. Z góry dziękuję.
Tomasz Bielecki""", fmt="b64")
    m(B, "pl", "ln08", "", "nie zamierzam iść do sądu", "Zwrot - prośba",
"""Nie zamierzam iść z tym do sądu ani pisać skarg, po prostu proszę o zwrot za podwójnie pobraną opłatę. Numer zamówienia 88-190.
Dziękuję, Ola""")
    m(B, "pl", "ln09", "", "court clerk asks about software for the court office", "Licencje dla sekretariatu",
"""Dzień dobry, pracuję w sekretariacie Sądu Rejonowego w Gdyni. Chcielibyśmy kupić 5 licencji dla sekretariatu wydziału cywilnego. Czy możliwa jest faktura z odroczonym terminem płatności?
Beata Mazur, kierownik sekretariatu""")
    m(B, "pl", "ln10", "", "prawnik in signature, question about feature", "Eksport do PDF",
"""Cześć, czy da się wyeksportować raport miesięczny do PDF z logo firmy? Nie mogę znaleźć tej opcji.

Michał Zieliński
Prawnik | Dział Prawny
Grupa Budimex-Serwis""")
    m(B, "pl", "ln11", "", "sąd in other sense: 'moim zdaniem' / 'sądzę'", "Propozycja",
"""Sądzę, że nowy panel jest dużo wygodniejszy, ale brakuje filtra po dacie. Czy planujecie go dodać? Według mnie to by bardzo pomogło.
Pozdrawiam, Karolina""")
    m(B, "pl", "ln12", "", "legal department asks for umowa powierzenia", "Umowa powierzenia danych",
"""Dzień dobry, nasz dział prawny prosi o przesłanie wzoru umowy powierzenia przetwarzania danych osobowych przed podpisaniem umowy ramowej. Pozdrawiam, Natalia z działu zakupów""")

    # ---- account-ownership it
    m(B, "it", "o01", "O", "previous admin left, make me owner", "Accesso amministratore",
"""Buongiorno,

il nostro vecchio amministratore ha lasciato l'azienda a ottobre e nessuno ha più i permessi. Vi chiedo di rendermi proprietario dell'account, sono il responsabile IT.

Cordiali saluti
Stefano Riva""")
    m(B, "it", "o02", "O", "passare l'intestazione dell'account alla nuova società", "Cambio intestazione",
"""Salve, abbiamo cambiato ragione sociale. Dovete passare l'intestazione dell'account alla nuova società, Bianchi Logistica Srl, e mettere me come titolare.
Grazie, Laura Bianchi""", fmt="qp")
    m(B, "it", "o03", "O", "new director wants owner email changed", "Nuovo direttore",
"""Sono il nuovo direttore generale. Per favore cambiate l'email del proprietario dell'account con la mia: direzione@ferramentaconti.it. Il precedente direttore è in pensione.
Paolo Conti""")
    m(B, "it", "o04", "O", "voglio diventare amministratore dell'account", "Diritti admin",
"""Ciao, voglio diventare amministratore dell'account aziendale al posto di Giulia che è in maternità per un anno. Potete farlo voi direttamente?
Davide""", fmt="html")
    m(B, "it", "o05", "O", "trasferire l'account a me, sono l'erede", "Account di mio padre",
"""Buonasera, mio padre è mancato a settembre e gestiva l'account del negozio. Sono l'unica erede: come faccio a farmi trasferire l'account a mio nome?
Chiara Esposito""")
    m(B, "it", "on01", "", "owner adds normal user", "Nuovo utente",
"""Buongiorno, sono il titolare dell'account. Vorrei aggiungere una nuova collega, Sara, come utente semplice senza accesso alla fatturazione. Come faccio?
Grazie, Franco""")
    m(B, "it", "on02", "", "owner changes own password", "Password",
"""Ciao, sono la proprietaria dell'account e non riesco a cambiare la mia password: il link di reset scade subito. Potete aiutarmi?
Elena""")
    m(B, "it", "on03", "", "GDPR who owns the data", "Titolarità dei dati",
"""Buongiorno, ai fini GDPR chi è il titolare del trattamento dei dati che carichiamo sulla piattaforma, noi o voi? Ci serve per il registro dei trattamenti.
Ufficio privacy, Moretti Spa""", fmt="alt")

    # ---- account-ownership pl
    m(B, "pl", "o06", "O", "poprzedni administrator odszedł, przekażcie mi uprawnienia", "Uprawnienia administratora",
"""Dzień dobry,

poprzedni administrator odszedł z firmy w zeszłym miesiącu i nie mamy dostępu do ustawień. Proszę o przekazanie uprawnień administratora na moje konto: a.kaczmarek@drukpol.pl.

Adam Kaczmarek""")
    m(B, "pl", "o07", "O", "przenieść własność konta na mnie", "Własność konta",
"""Cześć, czy możecie przenieść własność konta na mnie? Wspólnik, który je zakładał, wycofał się ze spółki i zgodził się na to mailowo.
Damian""", fmt="b64")
    m(B, "pl", "o08", "O", "jestem nowym prezesem, zmieńcie email właściciela", "Zmiana właściciela",
"""Jestem nowym prezesem zarządu. Proszę zmienić adres e-mail właściciela konta na prezes@stalmet.pl, poprzedni prezes już u nas nie pracuje.
Z poważaniem, Grzegorz Wrona""")
    m(B, "pl", "o09", "O", "uczyńcie mnie właścicielką", "Konto sklepu",
"""Dzień dobry, przejęłam sklep po siostrze. Proszę uczynić mnie właścicielką konta, bo siostra wyjechała za granicę i nie odbiera maili.
Monika Pawlak""", fmt="qp")
    m(B, "pl", "o10", "O", "chcemy przejąć konto", "Przejęcie konta",
"""Kupiliśmy firmę Eko-Dom razem z całym systemem. Chcemy przejąć konto w Waszym serwisie i zmienić dane właściciela na nasze. Co jest potrzebne?
Rafał Sikora""")
    m(B, "pl", "on04", "", "owner adds user", "Nowy pracownik",
"""Jestem właścicielem konta. Jak dodać nowego pracownika tak, żeby widział tylko zamówienia, a nie faktury?
Piotr""")
    m(B, "pl", "on05", "", "'właściciel zgłoszenia' - owner of ticket", "Zgłoszenie 2231",
"""Kto jest teraz właścicielem zgłoszenia 2231? Poprzednia osoba z Waszego supportu chyba jest na urlopie, a sprawa stoi.
Iwona""")
    m(B, "pl", "on06", "", "RODO kto jest administratorem danych", "Administrator danych",
"""Dzień dobry, kto jest administratorem danych osobowych w rozumieniu RODO dla danych naszych klientów w Waszym systemie? Potrzebujemy tego do polityki prywatności.
Dział compliance""")

    # ---- others
    m(B, "de", "l13", "L", "Anwalt eingeschaltet", "Kündigung ignoriert",
"""Ich habe fristgerecht gekündigt und Sie buchen trotzdem weiter ab. Ich habe jetzt meinen Anwalt eingeschaltet, Sie hören von ihm.
M. Krüger""")
    m(B, "fr", "l14", "L", "mise en demeure, avocat", "Mise en demeure",
"""Madame, Monsieur, sans remboursement sous huit jours, mon avocat vous adressera une mise en demeure. Je saisirai également la DGCCRF.
Cordialement, Luc Martin""")
    m(B, "es", "o11", "O", "hacerme propietario de la cuenta", "Propietario de la cuenta",
"""Hola, el anterior administrador se fue de la empresa. Necesito que me hagáis propietario de la cuenta para poder gestionar la facturación.
Javier Ortega""")
    m(B, "nl", "on07", "", "owner adds colleague", "Collega toevoegen",
"""Hoi, ik ben eigenaar van het account en wil een collega toevoegen als gewone gebruiker. Hoe doe ik dat?
Groet, Sanne""")
    m(B, "sv", "o12", "O", "gör mig till ägare", "Ägare av kontot",
"""Hej, den tidigare administratören har slutat. Kan ni göra mig till ägare av kontot? Jag är ny VD.
/Erik Lund""")
    m(B, "pt", "ln13", "", "advogado as customer", "Fatura",
"""Bom dia, sou advogado e uso a vossa plataforma no escritório. Podem enviar a fatura de outubro com o NIF correto? Obrigado, Rui Tavares""")
    m(B, "ro", "l15", "L", "ANPC și avocat", "Reclamație",
"""Dacă nu primesc banii înapoi până vineri, depun reclamație la ANPC și vorbesc cu un avocat. M-am săturat.
Andrei Popescu""")
    m(B, "da", "o13", "O", "overdrag kontoen til mig", "Ejer af konto",
"""Hej, vores tidligere administrator er stoppet. Vil I overdrage kontoen til mig, så jeg bliver ejer? Jeg er ny direktør.
Mvh Lars""")
