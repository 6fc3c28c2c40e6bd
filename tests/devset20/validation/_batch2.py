"""devset20 validation, batch 2: Romanian (ro), Polish (pl), Spanish (es).

Tags as letters: A abusive, L legal-threat, W account-ownership, O outage; "" = hard negative."""

B = "b2"


def add_b2(m):
    _ro(m)
    _pl(m)
    _es(m)


# --------------------------------------------------------------------------------------------
# Romanian
# --------------------------------------------------------------------------------------------
def _ro(m):
    L = "ro"

    # ---- abusive ----
    m(B, L, "a1", "A",
      "Dental clinic owner in Cluj, SMS reminders went to the wrong patients; calls support staff brainless incompetents",
      "Re: [Ticket #58213] Remindere SMS trimise la pacienți greșiți",
      """
Bună ziua,

Vă scriu a treia oară pe aceeași temă și, sincer, nu mai am răbdare pentru politețuri.

Ieri sistemul vostru a trimis remindere de programare unor pacienți care nu sunt ai noștri, iar doi dintre pacienții noștri au primit numele și ora altcuiva. Am sunat la suport și doamna care mi-a răspuns mi-a explicat, pe un ton de parcă eu aș fi proasta, că "probabil am importat greșit lista". Nu am importat nimic de o lună.

Sunteți o adunătură de incompetenți care nu sunt în stare să citească un log. Nu știu după ce criterii vă alegeți oamenii de la suport, dar clar nu după creier. Rușine să vă fie.

Vreau un răspuns scris de la cineva care chiar înțelege ce face, nu de la robotul de ieri.

Dr. Ioana Mureșan
Clinica Dentară Zâmbet Sănătos
Str. Horea 14, Cluj-Napoca
""")

    m(B, L, "a2", "A",
      "Angry one-liner from a phone about repeated card charges after cancelling, obfuscated obscene abuse at everyone there",
      "iar mi-ati luat banii",
      """
a treia oara imi luati 89 lei de pe card dupa ce am anulat abonamentul!!! sunteti niste hoti ordinari, f**u-va in gura pe toti de acolo. dati banii inapoi acum

Trimis de pe telefonul meu Samsung
""")

    m(B, L, "a3", "A",
      "Moldovan online florist from Chisinau, contempt for a named support employee (lazy, a fifth-grader would understand), no swear words",
      "Transferul domeniului - colegul Victor",
      """
Stimată echipă,

Vă scriu din Chișinău, avem florăria online "Floarea Soarelui". Săptămâna trecută am vorbit cu colegul vostru Victor, care mi-a promis că ne mută domeniul până vineri. Amu e marți și nu s-a mișcat nimic, iar comenzile de 1 Decembrie deja vin.

Cu tot respectul, dar domnul Victor e cel mai leneș și mai nepriceput om cu care am avut de-a face în zece ani de business. Un copil de clasa a cincea ar fi înțeles din prima ce îi cer. Pe lângă faptul că nu știe, nici nu-i pasă: răspunde o dată pe zi, cu câte o propoziție copiată de pe internet. Dacă ăsta e nivelul vostru, îmi pare tare rău de firma voastră.

Rog să-mi dați pe altcineva. Pe el nu vreau să-l mai aud.

Cu stimă,
Natalia Ceban
""", fmt="qp")

    m(B, L, "a4", "AL",
      "Transport company owner, double invoices: calls staff parasites, says he has spoken to the company lawyer and will take them to court",
      "ULTIMA DATA",
      """
Voi sunteti normali la cap?? 4 facturi emise dublu din cauza programului vostru de 2 lei, clientii ma suna pe mine sa ma ia la rost. Si voi ce faceti? Nimic. Niste paraziti care stau pe scaun si incaseaza abonamentul lunar.

Am vorbit deja cu avocatul firmei. Daca pana vineri nu stornati facturile duble si nu imi returnati abonamentul pe 3 luni, va chem in judecata si cer si daune. Nu glumesc.

Marian Dobre
Dobre Trans SRL
""")

    # ---- legal-threat ----
    m(B, L, "l1", "L",
      "Accounting firm's formal notice putting the vendor in default: refund within 15 days or a claim at the Sector 1 district court",
      "Notificare - restituire sume încasate nejustificat, contract nr. 2291/2024",
      """
Către: Departamentul Clienți

Subscrisa EXPERT CONT AUDIT SRL, cu sediul în București, sector 1, prin administrator Elena Vasilescu, vă aducem la cunoștință următoarele:

1. În perioada iulie - octombrie 2026 ați debitat contul nostru cu suma totală de 2.436 lei pentru licențe pe care le-am reziliat în scris la data de 28.06.2026 (confirmarea de primire este atașată).
2. Solicitările noastre din 12.08, 03.09 și 14.10 au rămas fără niciun răspuns pe fond.

Prin prezenta vă punem în întârziere și vă solicităm restituirea integrală a sumei în termen de 15 zile calendaristice de la primire. În caz contrar, vom introduce fără altă notificare cerere de chemare în judecată la Judecătoria Sectorului 1 București, urmând să suportați și cheltuielile de judecată, dobânda legală și penalitățile aferente.

Cu considerație,
Elena Vasilescu
Administrator
Expert Cont Audit SRL
CUI RO31827740
""")

    m(B, L, "l2", "L",
      "Elderly man (no diacritics) charged for a photo subscription he never wanted; will take the bank statements to ANPC",
      "reclamatie abonament",
      """
Buna ziua,

Ma numesc Gheorghe Stanciu am 74 de ani si nepotul meu mi-a facut cont la dumneavoastra pentru pozele cu nepotii. Nu am cerut niciun abonament platit dar vad pe extrasul de la CEC ca mi s-au luat 49,99 lei in septembrie si acum iar in noiembrie. Am sunat la numarul de pe site si m-a pus sa apas tastele si pe urma s-a inchis.

Va rog frumos sa imi dati banii inapoi si sa inchideti contul. Daca nu primesc banii pana la sfarsitul lunii ma duc cu extrasele la Protectia Consumatorului la ANPC sa fac plangere scrisa, asa m-a sfatuit si vecinul care a lucrat la primarie.

Cu respect,
Gheorghe Stanciu
Ploiesti
""")

    m(B, L, "l3", "L",
      "Third erasure request ignored, still getting newsletters; will file a complaint with ANSPDCP in 7 days",
      "A treia cerere de ștergere a datelor - fără răspuns",
      """
Bună ziua,

Pe 3 septembrie și apoi pe 1 octombrie v-am cerut, în baza art. 17 din GDPR, ștergerea contului meu și a tuturor datelor mele. Am primit de fiecare dată doar mesajul automat "solicitarea dvs. a fost înregistrată". Între timp primesc în continuare newsletterul vostru, ba chiar săptămâna asta de două ori.

Vă scriu a treia și ultima oară. Dacă în 7 zile nu primesc confirmarea scrisă că datele mele au fost șterse, depun plângere la ANSPDCP și atașez toată corespondența de până acum, inclusiv capturile cu newsletterele primite după cerere.

Raluca Georgescu
""")

    m(B, L, "l4", "L",
      "Guesthouse in Brasov, past Booking-sync bug left guests without rooms; their lawyer will send a payment summons, then court (iso-8859-2, cedilla forms)",
      "Rezervări pierdute în weekendul 14-16 noiembrie",
      """
Stimată doamnă, stimate domnule,

Vă scriu în numele Pensiunii Casa Tâmpa din Braşov. În weekendul 14-16 noiembrie modulul vostru de sincronizare cu Booking a trimis confirmări pentru camere care erau deja ocupate. Am avut 9 oaspeţi fără cameră, le-am plătit cazarea la alte hoteluri din buzunarul nostru (3.870 lei, facturile sunt ataşate) şi am primit trei recenzii de o stea.

Am predat dosarul avocatei noastre, doamna av. Cristina Lungu, care vă va transmite în zilele următoare o somaţie de plată pentru prejudiciul suferit. Dacă nu ajungem la o înţelegere, mergem în instanţă.

Aşteptăm un telefon de la cineva cu putere de decizie, nu încă un email automat.

Mihaela Oprea
Administrator, Pensiunea Casa Tâmpa
""", charset="iso-8859-2")

    # ---- account-ownership ----
    m(B, L, "w1", "W",
      "High-school secretary: the IT teacher who made the account left; asks to move the account into her name and the office address",
      "Cont școală - profesorul de informatică a plecat",
      """
Bună ziua,

Sunt secretara Liceului Tehnologic nr. 2 din Vaslui. Contul nostru (platforma de orar și anunțuri pentru părinți) a fost creat acum trei ani de domnul profesor Sorin Radu, care s-a transferat la altă școală în septembrie și nu mai răspunde la telefon. Toate parolele erau la el.

Doamna directoare m-a rugat să vă cer să treceți contul pe numele meu și pe adresa secretariatului, ca să putem intra și noi să modificăm orarul pentru semestrul doi. Vă putem trimite adresă oficială cu număr de înregistrare și ștampilă, dacă e nevoie.

Vă mulțumesc frumos,
Lăcrămioara Ene
Secretar-șef
""")

    m(B, L, "w2", "W",
      "Heir of a deceased pastry-shop owner asks to move the admin account and the recovery e-mail/phone to himself (multipart/alternative)",
      "Preluare cont după deces",
      """
Bună seara,

Tatăl meu, Vasile Grigore, a decedat pe 2 noiembrie. El avea la voi contul pentru cofetăria noastră din Suceava (comenzile online și facturile). Eu am preluat firma ca moștenitor și am certificatul de moștenitor de la notar.

Aș dori să mutați contul de administrator pe mine și să schimbați emailul de recuperare și numărul de telefon de pe contul lui cu ale mele. Telefonul lui e blocat cu un cod pe care nu-l știe nimeni din familie, așa că nu putem primi codurile.

Ce documente vă trebuie și unde le trimit?

Mulțumesc,
Cătălin Grigore
""", fmt="alt")

    m(B, L, "w3", "W",
      "Executive assistant writes for the CEO 'in Dubai': move his two-factor and recovery e-mail to her phone so she can approve payments today",
      "URGENT - request din partea dlui director general",
      """
Bună ziua,

Vă scriu în numele domnului Adrian Popescu, CEO Nordlog Distribution. Domnul Popescu este în delegație la Dubai până joi și nu are la el telefonul de serviciu, deci nu poate primi codurile de two-factor.

Vă rog să mutați autentificarea în doi pași de pe contul lui pe numărul meu (0722 418 906) și să setați adresa mea ca email de recovery, ca să pot aproba eu plățile din platformă în lipsa lui. E foarte urgent, avem un transfer de făcut azi până la ora 16.

Domnul director a zis că e ok și vă confirmă el când se întoarce.

Thanks,
Roxana Dima
Executive Assistant to CEO
Nordlog Distribution SRL
""")

    m(B, L, "w4", "W",
      "Majority partner of a car service in Iasi wants the ex-partner removed and full rights on the account handed to him (base64)",
      "cont firma - fostul asociat",
      """
Salut,

Sunt Bogdan Lupu, asociat cu 60% în Autoservice Lupu & Matei SRL din Iași. Fostul meu asociat, Dan Matei, a ieșit din firmă (hotărârea AGA e depusă la Registrul Comerțului din 10.11), dar contul de la voi a rămas făcut pe mailul lui personal și tot el primește codurile.

Vă rog să-l scoateți pe el și să-mi dați mie drepturile complete pe cont, inclusiv facturarea. El nu mai are ce căuta acolo, dar nu vrea să predea parolele de bunăvoie. Pot trimite extrasul ONRC și actul constitutiv actualizat.

Bogdan Lupu
0741 203 558
""", fmt="b64")

    # ---- outage ----
    m(B, L, "o1", "O",
      "Warehouse shift lead: since 7:40 no scanner in two depots can push anything, spinner then 'session expired'; no 'down' keyword",
      "scanere depozit Chitila + Ploiesti",
      """
Bună dimineața,

De la 7:40 niciun scaner din depozitul Chitila nu mai trimite nimic în aplicație: se învârte rotița, după un minut apare "Sesiune expirată" și te scoate afară. Am încercat pe 12 dispozitive, pe wifi și pe 4G, la fel. Colegii de la punctul de lucru din Ploiești zic că la ei e aceeași poveste.

Avem 40 de camioane de încărcat până la prânz și lucrăm pe hârtie. Vă rog să ne spuneți cât mai durează.

Florin Neagu
Șef tură, depozit Chitila
""")

    m(B, L, "o2", "O",
      "Follow-up above quoted support reply: still a 503 for all 25 people in the office two hours later",
      "Re: [#60144] Eroare 503 la autentificare",
      """
Tot nu merge. E 11:20 și toți cei 25 de colegi din birou văd în continuare pagina cu 503. Ați zis că în 30 de minute se rezolvă, au trecut două ore.

Sorina

În mie., 25 nov. 2026 la 09:14, Echipa Suport a scris:
> Bună ziua,
>
> Vă mulțumim pentru semnalare. Echipa tehnică investighează o problemă
> la serviciul de autentificare. Estimăm rezolvarea în aproximativ 30 de minute.
>
> Cu stimă,
> Echipa Suport
""")

    m(B, L, "o3", "O",
      "Village town hall clerk: invoice question first, then the records module shows a blank screen for every colleague since 8 (HTML only)",
      "Întrebări factura octombrie + problemă registratură",
      """
Bună ziua,

Vă scriu de la Primăria comunei Bucium, județul Alba, cu trei lucruri.

Prima chestiune: pe factura pentru octombrie apar 18 utilizatori, dar noi avem 14 licențe conform contractului. Vă rog să verificați și să ne trimiteți o factură corectată, pentru că trezoreria nu ne lasă să plătim altă sumă decât cea din contract.

A doua, mai urgentă: de azi de la ora 8 nu se mai deschide deloc modulul de registratură, la niciunul dintre colegi. Apare doar un ecran alb, iar la reîncărcare rămâne tot alb. Am încercat pe Chrome și pe Edge, pe toate calculatoarele din primărie. Avem oameni la ghișeu și nu putem înregistra cererile.

Și a treia, dacă tot vă scriu: se poate schimba sigla din antetul documentelor generate? Am primit stema nouă a comunei.

Mulțumesc,
Ileana Bârsan
Referent, Primăria Bucium
""", fmt="html")

    m(B, L, "o4", "O",
      "Operations manager of a four-site gym chain: reception tablets and member app show 502 Bad Gateway at every location",
      "Check-in blocat în toate sălile",
      """
Salut,

Nu mai merge check-in-ul la recepție în niciuna din cele 4 săli FitZone (Militari, Drumul Taberei, Berceni, Titan). Tabletele arată "502 Bad Gateway" de la 18:05, fix în ora de vârf. Avem cozi la intrare și lăsăm oamenii să intre pe încredere.

Și aplicația de membri dă același lucru, ne scriu clienții pe Instagram că nu-și văd abonamentul.

Ce se întâmplă? Ne puteți da un ETA?

Radu
Manager operațiuni FitZone
""")

    # ---- hard negatives ----
    m(B, L, "n1", "",
      "Accountant swears at the broken XML export and the 'crappy update' for her own file; no insult to a person, single-user bug",
      "exportul pentru SAGA iar nu merge",
      """
Bună,

Al naibii export, iar a scos fișierul XML cu diacriticele stricate și SAGA nu-l mai citește. E a treia oară luna asta și chiar m-am săturat, stau până la 10 seara să corectez manual.

Ce porcărie de actualizare ați scos luni? Înainte mergea perfect.

Puteți să vă uitați? Atașez fișierul și o poză cu eroarea.

Mulțumesc,
Adina
""")

    m(B, L, "n2", "",
      "NGO for the elderly quotes abusive messages a stranger sends through their contact form; asks how to block the sender",
      "Cum blocăm un expeditor pe formularul de contact?",
      """
Bună ziua,

Suntem o asociație care ajută vârstnicii din Sibiu și folosim formularul vostru de contact pe site. De o săptămână, aceeași persoană ne trimite zilnic mesaje de genul: "sunteți niște hoți și niște paraziți, vă mâncați banii din donații, o să vă vină rândul". Colegele voluntare se sperie când le citesc.

Se poate bloca o adresă de email sau un IP ca să nu mai poată trimite prin formular? Sau măcar să meargă direct în spam?

Mulțumim,
Teodora Pavel
Coordonator voluntari, Asociația Mâini Întinse
""")

    m(B, L, "n3", "",
      "Church choir conductor: the new app version 'is killing us', would give anything for the old zoom button; idiom, no abuse",
      "Partiturile în aplicație - prea mici",
      """
Bună ziua,

Sunt dirijorul corului parohiei Sf. Nicolae din Deva. Ne omoară noua versiune a aplicației, sincer: partiturile PDF se deschid acum într-o fereastră atât de mică încât trebuie să ai ochi de vultur. Am 30 de coriști, majoritatea trecuți de 60 de ani, și jumătate mi-au zis că renunță la telefon și vin cu foile printate.

Aș da orice să avem înapoi butonul vechi de mărire. Există vreo setare pentru asta? Sau măcar se poate reveni la versiunea dinainte?

Cu drag,
Pr. Ilie Mocanu
""", fmt="html")

    m(B, L, "n4", "",
      "Law firm office manager asks about extra mailbox storage and a 2027 quote; lawyer-privilege disclaimer in signature (iso-8859-2)",
      "Spaţiu de stocare cutii poştale",
      """
Bună ziua,

Cabinetul nostru are 6 cutii poştale la voi şi două dintre ele (ale partenerilor) au ajuns la 98% din spaţiu. Putem cumpăra spaţiu suplimentar doar pentru aceste două conturi sau trebuie să trecem tot abonamentul pe pachetul superior?

Vă rog să ne trimiteţi şi o ofertă cu preţurile pentru 2027.

Mulţumesc,
Alina Toma
Office manager
Cabinet de Avocatură Toma & Asociaţii

--
Acest mesaj şi eventualele ataşamente sunt confidenţiale şi pot conţine informaţii protejate de secretul profesional al avocatului. Dacă l-aţi primit din greşeală, vă rugăm să informaţi expeditorul şi să îl ştergeţi. Orice utilizare neautorizată este interzisă.
""", charset="iso-8859-2")

    m(B, L, "n5", "",
      "Polite GDPR art. 15 data-access request, expects an answer within the legal month; no threat",
      "Cerere de acces la datele personale (art. 15 GDPR)",
      """
Bună ziua,

În baza art. 15 din Regulamentul (UE) 2016/679, vă rog să-mi comunicați ce date personale dețineți despre mine, în ce scopuri le prelucrați, cât timp le păstrați și cui le-ați transmis, inclusiv eventuali parteneri din afara UE.

Contul meu este pe această adresă de email. Aștept răspunsul în termenul legal de o lună, de preferat în format PDF.

Vă mulțumesc,
Irina Sava
""")

    m(B, L, "n6", "",
      "Shop owner in a lawsuit with his former landlord needs an invoice export with send dates for his lawyer; third-party legal trouble",
      "Export facturi 2024 cu data trimiterii",
      """
Bună ziua,

Am un proces cu fostul proprietar al spațiului unde aveam magazinul; ne acuză că nu am plătit utilitățile în 2024. Avocatul meu îmi cere toate facturile emise din contul vostru între ianuarie și decembrie 2024, cu dovada că au fost trimise pe email.

Se poate face un export cu tot cu data și ora trimiterii? Termenul în instanță e pe 9 decembrie, așa că aș avea nevoie cât de repede.

Mulțumesc,
Sorin Ilie
""")

    m(B, L, "n7", "",
      "Hotel account admin asks how to create a bookings-only user for a new receptionist (base64)",
      "Utilizator nou pentru colega de la recepție",
      """
Salut,

Sunt administratorul contului pentru Hotel Delta Star din Tulcea. Avem o colegă nouă la recepție, Maria, care începe de luni.

Cum îi fac cont de utilizator doar pentru rezervări, fără acces la rapoartele financiare? Nu găsesc unde se setează rolurile în meniul nou.

Mersi,
Cristi
""", fmt="b64")

    m(B, L, "n8", "",
      "Kindergarten teacher married and changed her name; wants to change her own login e-mail without losing history",
      "Schimbare adresă email cont",
      """
Bună ziua,

M-am căsătorit și mi-am schimbat numele, deci și adresa de email de la serviciu: din ana.pop@gradinita-ursuletul.ro în ana.dinu@gradinita-ursuletul.ro.

Cum schimb adresa de login a contului meu? Nu vreau să pierd istoricul comenzilor de materiale și nici facturile vechi.

Mulțumesc,
Ana Dinu (fostă Pop)
""")

    m(B, L, "n9", "",
      "Branch employee asks who their company's account administrator is so he can ask that person for report access",
      "Cine e administratorul contului nostru?",
      """
Bună,

Lucrez la filiala din Iași a firmei Agrotec și aș avea nevoie de acces la rapoartele lunare de vânzări. Colegii de aici nu știu cine a făcut contul firmei la voi, probabil cineva de la sediul din București.

Puteți să-mi spuneți măcar cine e administratorul, ca să-l rog pe el să-mi dea drepturi? Sau să-i transmiteți voi cererea mea.

Mulțumesc,
Vlad Enache
""")

    m(B, L, "n10", "",
      "Village shop writing from a phone: their own internet is down after a storm (ISP cable), asks about offline orders",
      "comenzi fara internet",
      """
Buna ziua, va scriu de pe telefon pentru ca de la furtuna de aseara nu avem internet deloc in sat, s-a rupt cablul la Digi si zic ca vin abia joi.

Magazinul merge pe casa de marcat fara net, dar nu pot trimite comenzile la furnizori prin aplicatia voastra. Se pot salva comenzile offline si sa se trimita cand revine netul? Sau sa le dau telefonic?

Multumesc,
Elena, Magazin Mixt Poiana
""")

    m(B, L, "n11", "",
      "Non-stop petrol station asks about the announced Saturday-night maintenance window and offline tills (windows-1250, cedilla forms)",
      "Mentenanţa de sâmbătă noaptea",
      """
Bună ziua,

Am primit emailul despre mentenanţa programată de sâmbătă, 29 noiembrie, între 01:00 şi 05:00. Noi avem benzinărie non-stop pe DN1 şi vrem să ştim din timp:

- în intervalul ăla casele de marcat merg offline sau trebuie să oprim vânzarea?
- după, bonurile se sincronizează singure sau trebuie să facem noi ceva?

Mulţumesc,
Costel Iordache
Benzinăria Petrom Sinaia Nord
""", charset="windows-1250")

    m(B, L, "n12", "",
      "Resolved: everything works again for all colleagues, thanks, close the ticket; quoted original outage report below",
      "Re: [#60102] Nu se încarcă platforma",
      """
A revenit, merge totul de vreo 10 minute la toți colegii. Mulțumim pentru viteză! Puteți închide tichetul.

Gabriela

În mie., 25 nov. 2026 la 08:02, Gabriela Toma a scris:
> Bună dimineața, de la 7:30 nimeni din birou nu se poate loga,
> pagina se încarcă la infinit. Vă rog verificați.
""")


# --------------------------------------------------------------------------------------------
# Polish
# --------------------------------------------------------------------------------------------
def _pl(m):
    L = "pl"

    # ---- abusive ----
    m(B, L, "a1", "A",
      "Dog-food webshop owner, duplicated orders; mocks a named support agent's reading skills and calls the team a bunch of losers",
      "Re: Zgłoszenie 77120 – zdublowane zamówienia",
      """
Dzień dobry,

nie wiem, czy jest sens pisać po raz czwarty, ale spróbuję.

Od soboty każde zamówienie z bramki płatniczej wpada do panelu dwa razy. Pani Karolina z Waszego supportu odpisała mi, żebym "wyczyściła cache przeglądarki". Serio? Czy ona w ogóle przeczytała moją wiadomość, czy tylko wkleja gotowce? Mam wrażenie, że rozmawiam z kimś, kto nie odróżnia sklepu internetowego od przeglądarki.

Jesteście bandą nieudaczników, którzy biorą pieniądze za abonament i nie potrafią przeczytać dwóch zdań ze zrozumieniem. Wstyd.

Proszę o kontakt od kogoś technicznego. Nie od pani Karoliny.

Monika Zielińska
Psia Miska – karma i akcesoria
""")

    m(B, L, "a2", "A",
      "Refund-waiting one-liner from an iPhone with masked profanity and 'I'll find you'",
      "zwrot",
      """
ile jeszcze mam czekac na zwrot 249 zl?? trzeci tydzien. zlodzieje je**ni, oddawajcie kase bo was k***a znajde

Wysłane z iPhone'a
""")

    m(B, L, "a3", "A",
      "Enterprise IT manager, icy: support team compared to a flock of sheep and worse than a trained monkey; contempt without swearing",
      "SR-20931 – komunikacja z Państwa zespołem",
      """
Szanowni Państwo,

jako administrator odpowiedzialny u nas za wdrożenie Państwa systemu (420 stanowisk) muszę napisać wprost: współpraca z Państwa działem wsparcia przypomina tłumaczenie czegoś stadku owiec. Trzy osoby w ciągu dwóch dni zadały mi to samo pytanie o wersję przeglądarki, a czwarta poprosiła o restart komputera – przy błędzie synchronizacji uprawnień dla jednej grupy w AD.

Odnoszę wrażenie, że zatrudniają Państwo ludzi na zasadzie "kto pierwszy przyszedł", a szkolenie kończy się na instrukcji obsługi czajnika. Tresowana małpa przynajmniej nie udawałaby, że rozumie problem.

Oczekuję kontaktu z inżynierem drugiej linii do końca dnia.

Z poważaniem
Paweł Krajewski
Kierownik Działu IT
Grupa Medyczna Salus
""")

    m(B, L, "a4", "A",
      "Used-car dealer to a named moderator: knows the office address and his face, will come in person 'and talk differently' (windows-1250)",
      "Blokada ogłoszeń – ostatni raz piszę",
      """
Panie Marku,

trzeci raz blokujecie moje ogłoszenia bez podania powodu, a Pan mi odpisuje formułkami jak automat. Mam 23 auta na placu i zero wyświetleń od tygodnia.

Wiem, gdzie macie biuro, na Puławskiej, i wiem, jak Pan wygląda, bo jest Pan na zdjęciu na LinkedInie. Jak nie odblokujecie do piątku, to przyjadę osobiście i porozmawiamy inaczej. Radzę nie sprawdzać.

Zbigniew Kowal
Auto-Kowal Radom
""", charset="windows-1250")

    # ---- legal-threat ----
    m(B, L, "l1", "L",
      "Accounting office's pre-trial payment demand: refund within 7 days or a claim in the e-court (EPU) without further notice",
      "Wezwanie do zapłaty – opłaty pobrane po wypowiedzeniu umowy",
      """
Szanowni Państwo,

działając w imieniu Biura Rachunkowego "Saldo" s.c. z siedzibą w Lublinie, wzywam do zapłaty kwoty 1 842,60 zł tytułem zwrotu nienależnie pobranych opłat abonamentowych za okres lipiec–październik 2026. Umowa została wypowiedziana pismem z dnia 26.06.2026, doręczonym Państwu 30.06.2026 (potwierdzenie odbioru w załączeniu).

Kwotę proszę przelać na rachunek wskazany w naszych danych do faktur w terminie 7 dni od otrzymania niniejszego wezwania. W razie braku wpłaty złożymy pozew w elektronicznym postępowaniu upominawczym (e-Sąd) bez dalszych wezwań, co narazi Państwa na dodatkowe koszty.

Z poważaniem
Renata Sikora
wspólnik
Biuro Rachunkowe "Saldo" s.c.
""")

    m(B, L, "l2", "L",
      "Elderly man (no diacritics) trapped in an auto-renewing greeting-card trial; will go to the consumer ombudsman and UOKiK",
      "oszustwo z subskrypcja",
      """
Dzien dobry

Pisze do Panstwa juz drugi raz. Corka zalozyla mi konto zebym mogl robic kartki z wnukami na swieta a teraz co miesiac schodzi mi 39 zl z karty, chyba od tej darmowej proby. Nikt mnie nie uprzedzil ze to sie samo przedluza.

Jesli do konca tygodnia nie dostane zwrotu za wrzesien pazdziernik i listopad to ide z tym do Miejskiego Rzecznika Konsumentow, a corka mowi ze trzeba tez napisac skarge do UOKiK. Tak sie nie robi starszym ludziom.

Jan Wrobel
Czestochowa
""")

    m(B, L, "l3", "L",
      "Customer whose address leaked in a newsletter CC list asks if they reported the breach and will complain to UODO herself (quoted-printable)",
      "Wyciek adresów e-mail – Państwa newsletter z 24.11",
      """
Dzień dobry,

wczoraj o 19:12 dostałam od Państwa newsletter, w którym w polu DW widać było adresy ponad 300 innych klientów, w tym mój prywatny. Już dziś dostaję spam od jakiegoś "sklepu z suplementami".

To jest naruszenie ochrony danych osobowych w czystej postaci. Oczekuję informacji, czy zgłosili Państwo to naruszenie Prezesowi UODO w ciągu 72 godzin, jak wymaga art. 33 RODO. Jeżeli nie dostanę odpowiedzi do piątku, sama złożę skargę do UODO i napiszę do pozostałych osób z listy, jak mogą zrobić to samo.

Agnieszka Marczak
""", fmt="qp")

    m(B, L, "l4", "OL",
      "Zakopane guesthouse: booking engine unavailable for every guest and other local users since Friday; their legal counsel is preparing a damages suit (alt)",
      "PILNE – silnik rezerwacji nie działa od piątku",
      """
Dzień dobry,

od piątku wieczorem nasz silnik rezerwacji na stronie pokazuje tylko komunikat "Usługa chwilowo niedostępna" – u nas, u gości, na każdym urządzeniu. Rozmawiałam z dwoma innymi pensjonatami z Zakopanego, które też korzystają z Państwa systemu, i u nich jest dokładnie to samo. Mamy szczyt przed sylwestrem, a rezerwacje nie wchodzą od pięciu dni.

Zgłoszenie wysłane w piątek (#88341) nadal jest bez odpowiedzi.

Liczymy straty. Nasz radca prawny przygotowuje już pozew o odszkodowanie za utracone rezerwacje i jeśli system nie ruszy do jutra rana, złożymy go bez dalszych rozmów.

Halina Gąsienica
Willa pod Giewontem
""", fmt="alt")

    # ---- account-ownership ----
    m(B, L, "w1", "W",
      "Dentist who bought a practice asks to put the account in her name and get full rights; SMS codes still go to the old owner",
      'Gabinet "Uśmiech" Gdynia – przepisanie konta',
      """
Dzień dobry,

1 listopada odkupiłam gabinet stomatologiczny od dr. Andrzeja Nowaka (Gabinet Stomatologiczny "Uśmiech", Gdynia). W umowie sprzedaży przedsiębiorstwa jest całe oprogramowanie i baza pacjentów, w tym konto u Państwa.

Dr Nowak wyjechał do córki do Kanady i kontakt z nim jest bardzo słaby. Proszę o przepisanie konta na mnie i moją firmę, zmianę danych do faktur oraz przekazanie mi pełnych uprawnień – obecnie loguję się jego hasłem, które zostawił w szufladzie, ale kody SMS przychodzą na jego numer.

Mogę przesłać skan aktu notarialnego.

lek. dent. Ewa Kamińska
""")

    m(B, L, "w2", "W",
      "Ex-girlfriend runs the ceramics shop on an account made by her ex; wants the main login switched to her and his number removed from 2FA",
      "konto sklepu – pilne",
      """
Hej,

rozstaliśmy się z Tomkiem w październiku. Sklep z ceramiką prowadzę ja, wszystko robię ja, ale konto u Was zakładał on i jest na jego maila. Teraz ciągle się loguje i zmienia mi ceny, żeby zrobić mi na złość.

Chcę, żebyście przełączyli główny login na mój adres (ola.ceramika@poczta.example) i usunęli jego numer z weryfikacji dwuetapowej, a wpisali mój. Firma jest zarejestrowana na mnie, mam wpis w CEIDG.

Proszę, pomóżcie, bo on mi niszczy sklep.

Ola
""")

    m(B, L, "w3", "W",
      "Parish choir president: the conductor who held the only password died; asks to be given access and set as the managing person (base64)",
      "Konto chóru – prośba o przekazanie dostępu",
      """
Szczęść Boże,

piszę jako prezes Chóru Parafialnego św. Cecylii w Tarnowie. 12 listopada zmarł nasz wieloletni dyrygent, pan Stanisław Bąk. To on założył u Państwa konto chóru, na którym mamy nuty, nagrania próbne i listę członków z opłatami składek. Hasło znał tylko on, a jego skrzynkę mailową rodzina już zamknęła.

Zarząd chóru na zebraniu 20 listopada powierzył mi prowadzenie spraw chóru. Bardzo proszę o przekazanie mi dostępu do konta i ustawienie mnie jako osoby nim zarządzającej. Mogę dostarczyć uchwałę zarządu i zaświadczenie z parafii.

Z wyrazami szacunku
Teresa Malinowska
""", fmt="b64")

    m(B, L, "w4", "W",
      "External IT contractor asks for access to an accountant's mailbox on sick leave, forward or reset password 'to my priv', boss agreed verbally",
      "access do skrzynki ksiegowosc – asap",
      """
Cześć,

jestem z firmy zewnętrznej, która robi IT dla Hurtowni Elektrycznej Voltex. Prezes, pan Gajewski, prosił, żebyście dali mi access do skrzynki pani Barbary z księgowości (barbara.lis@voltex-hurt.example) – jest na L4 do końca miesiąca, a tam są faktury od dostawców, które muszą wejść przed zamknięciem miesiąca.

Najprościej: ustawcie forward jej maili na mój adres albo zresetujcie jej hasło i podeślijcie mi na priv. Prezes jest w trasie i nie odbiera, ale dał zielone światło ustnie.

Thx, pozdro
Kamil | KT-Serwis IT
""")

    # ---- outage ----
    m(B, L, "o1", "O",
      "Warehouse shift manager: no handheld or office laptop can log in to the WMS since 6:50, pasted timeout error, second shift idle",
      "WMS – kolektory nie logują się od rana",
      """
Dzień dobry,

od 6:50 żaden z kolektorów na magazynie w Strykowie nie może się zalogować do WMS. Kółko kręci się ok. 40 sekund, potem wyskakuje:

  ERR_CONN_TIMEOUT (api/v2/session) – spróbuj ponownie później

Sprawdzaliśmy na 15 urządzeniach i na dwóch laptopach w biurze, na różnych sieciach (nasza + LTE z telefonu), wszędzie to samo. Druga zmiana stoi, kierowcy czekają na rampach.

Proszę o pilną informację.

Łukasz Pietrzak
Kierownik zmiany
""")

    m(B, L, "o2", "O",
      "Primary-school deputy head: the grades module is a blank page for every teacher, another school sees the same (HTML only)",
      "Moduł ocen – biała strona u wszystkich nauczycieli",
      """
Dzień dobry,

piszę ze Szkoły Podstawowej nr 7 w Koszalinie. Od ok. 8:15 żadnemu z nauczycieli nie otwiera się moduł ocen – po kliknięciu jest po prostu biała strona, bez żadnego komunikatu. Frekwencja i plan lekcji działają, oceny nie. Sprawdziłam z koleżanką z SP 3 – u nich to samo.

Wystawiamy dziś oceny śródsemestralne, więc to dla nas bardzo pilne.

Pozdrawiam
Marta Szymańska
wicedyrektor SP 7
""", fmt="html")

    m(B, L, "o3", "O",
      "Terse follow-up above Outlook-quoted history: panel still dead for everyone in the office, 504 since morning",
      "RE: [#91207] Brak dostępu do panelu",
      """
Nadal leży. U wszystkich w biurze to samo, nie tylko u mnie. Jest jakiś ETA?

R.

-----Oryginalna wiadomość-----
Od: Wsparcie Techniczne
Wysłano: środa, 25 listopada 2026 09:02
Temat: RE: [#91207] Brak dostępu do panelu

Dzień dobry,
dziękujemy za zgłoszenie. Nasz zespół sprawdza problem z dostępnością panelu. Wrócimy z informacją najszybciej, jak to możliwe.
Pozdrawiamy,
Zespół Wsparcia

-----Oryginalna wiadomość-----
Od: Robert Duda
Wysłano: środa, 25 listopada 2026 08:41
Temat: [#91207] Brak dostępu do panelu

Panel nie wstaje, 504 Gateway Time-out od rana.
""")

    m(B, L, "o4", "O",
      "Housing cooperative admin, long mail: resident accounts and a payment question, then outgoing mail stuck for the whole office since 10:00 (iso-8859-2)",
      "Kilka spraw - Spółdzielnia Mieszkaniowa Zorza",
      """
Dzień dobry,

mam kilka spraw, więc zbiorę je w jednym mailu.

1. W przyszłym miesiącu dochodzą nam dwa nowe bloki (ul. Lipowa 4 i 6), razem 96 lokali. Czy import mieszkańców z pliku Excel działa tak samo jak rok temu, czy coś się zmieniło w szablonie?

2. Przelew za fakturę 11/2026 poszedł w poniedziałek, ale w panelu dalej widzimy status "nieopłacona". Proszę o sprawdzenie.

3. I najważniejsze, przez co w ogóle piszę dziś: od około 10:00 nikomu w administracji nie wychodzą maile. Wszystkie wiszą w skrzynce nadawczej, a po chwili przychodzi zwrotka "451 4.3.0 Temporary server error". Dotyczy to wszystkich 11 osób, na komputerach i na telefonach. Mieszkańcy dzwonią, że nie dostali zawiadomień o zebraniu.

4. Czy da się ustawić automatyczną stopkę z godzinami pracy kasy?

Z góry dziękuję
Grażyna Wróblewska
Dział członkowsko-lokalowy
SM Zorza, Bydgoszcz
""", charset="iso-8859-2")

    # ---- hard negatives ----
    m(B, L, "n1", "",
      "Bookkeeper curses the JPK export that crashed again ('szlag mnie trafia'); anger at the product only, her own file",
      "eksport JPK_V7 znowu się wysypał",
      """
Cholera jasna, znowu ten eksport JPK_V7 się wysypał. Wygenerowałam plik za październik, a w ewidencji sprzedaży brakuje 14 faktur korygujących. Trzeci miesiąc z rzędu to samo i za każdym razem szlag mnie trafia, bo termin jest do 25.

Czy ktoś może zajrzeć do mojego konta? Plik i zrzut ekranu w załączniku.

Beata Sowa
""")

    m(B, L, "n2", "",
      "Hair salon quotes a client's vulgar SMS reply to an appointment reminder; asks how to stop reminders to that number",
      "Jak wyłączyć przypomnienia SMS dla jednej klientki?",
      """
Dzień dobry,

prowadzę salon fryzjerski w Łodzi i korzystamy z Waszych przypomnień SMS. Jedna klientka odpisała nam dziś na przypomnienie o wizycie: "spierdalajcie z tymi smsami, debile". Szczerze mówiąc, dziewczyny w salonie były w szoku.

Jak mogę wyłączyć wysyłkę przypomnień tylko dla tego jednego numeru, bez usuwania jej historii wizyt? Nie chcemy więcej takich wiadomości.

Pozdrawiam
Justyna Kalinowska
Studio Fryzur "Loczek"
""")

    m(B, L, "n3", "",
      "Young freelance designer: 'I'd kill for the old view', the new invoice editor is a joke; sarcasm about a feature, no insult",
      "nowy edytor faktur",
      """
Hej,

nowy edytor faktur to jakiś żart, serio 😅 Każda zmiana pozycji to pięć kliknięć, a jak wkleję opis z Notion, to rozjeżdża się cała tabela. Zabiłabym za stary widok, był brzydki, ale działał.

Da się gdzieś przełączyć na poprzednią wersję? Albo chociaż wyłączyć to automatyczne formatowanie?

Dzięki!
Zuza
""")

    m(B, L, "n4", "",
      "Law firm IT asks about migrating 12 mailboxes from another provider; confidentiality/attorney-secrecy disclaimer in signature (iso-8859-2)",
      "Migracja skrzynek z innego dostawcy",
      """
Dzień dobry,

planujemy przenieść do Państwa 12 skrzynek pocztowych naszej kancelarii (obecnie u innego dostawcy, IMAP, łącznie ok. 180 GB). Mam kilka pytań:

- czy oferują Państwo narzędzie do migracji, czy musimy zrobić to sami?
- czy kalendarze i kontakty też da się przenieść?
- czy przez czas migracji poczta przychodząca będzie trafiać do obu skrzynek?

Pozdrawiam
Michał Ostrowski
Administrator IT
Kancelaria Adwokacka Wiśniewski i Wspólnicy sp.p.

Niniejsza wiadomość jest poufna i może stanowić tajemnicę adwokacką. Jeżeli nie są Państwo jej adresatem, prosimy o niezwłoczne powiadomienie nadawcy i usunięcie wiadomości. Jakiekolwiek kopiowanie lub rozpowszechnianie jest zabronione.
""", charset="iso-8859-2")

    m(B, L, "n5", "",
      "Irritated customer says explicitly she will not threaten court or UOKiK, she just wants the wrong invoice corrected",
      "Re: Błędny NIP na fakturze – po raz trzeci",
      """
Dzień dobry,

trzeci raz proszę o korektę faktury 2026/10/4471 – jest na niej stary NIP, sprzed przekształcenia spółki. Nie straszę sądem ani UOKiK-iem, nie mam na to czasu ani ochoty. Chcę po prostu dostać poprawną fakturę, żeby księgowa mogła zamknąć miesiąc.

Czy to naprawdę jest takie trudne?

Katarzyna Lewandowska
""")

    m(B, L, "n6", "",
      "Company's own lawyer reviewed the data-processing agreement and sends remarks on two clauses (base64)",
      "Umowa powierzenia – uwagi naszego prawnika",
      """
Dzień dobry,

nasz prawnik przejrzał przesłaną umowę powierzenia przetwarzania danych osobowych i ma uwagi do § 7 (podpowierzenie – chcielibyśmy listę podprocesorów w załączniku, a nie tylko link) oraz § 9 (termin zgłaszania naruszeń – prosimy o 24 h zamiast 72 h).

W załączniku wersja ze zmianami w trybie śledzenia. Czy możemy prosić o odpowiedź do końca przyszłego tygodnia? Chcielibyśmy podpisać przed 31.12.

Pozdrawiam
Piotr Zawadzki
Inspektor Ochrony Danych
Elektrociepłownia Mazowsze S.A.
""", fmt="b64")

    m(B, L, "n7", "",
      "Account owner asks how to add his business partner as a second administrator of his own account",
      "drugi administrator",
      """
Dzień dobry,

jestem właścicielem konta naszej firmy (stolarnia, 6 osób). Od stycznia mam wspólnika i chciałbym, żeby też miał pełne uprawnienia administratora, obok mnie – ja zostaję, po prostu będzie nas dwóch.

Jak to zrobić? Widzę tylko opcję "zaproś użytkownika" z rolą pracownika.

Dziękuję
Grzegorz Mazur
""")

    m(B, L, "n8", "",
      "Customer asks who owns his support ticket, which has sat 'assigned' for a week, and wants someone to take it over",
      "Kto jest właścicielem mojego zgłoszenia?",
      """
Dzień dobry,

kto jest właścicielem mojego zgłoszenia #90412? Od tygodnia ma status "przypisane" i cisza. Jeśli ta osoba jest na urlopie, to czy może ktoś inny przejąć temat?

Chodzi o import cennika z CSV, nic pilnego, ale chciałbym to skończyć przed grudniem.

Pozdrawiam
Adam Nowicki
""")

    m(B, L, "n9", "",
      "Teen can't reset their own password, reset link never arrives (HTML only)",
      "nie przychodzi link do resetu hasla",
      """
siema, nie pamietam hasla do swojego konta, klikam "nie pamietam hasla" i nic nie przychodzi, nawet w spamie sprawdzalem. probowalem 3 razy.

mail jest ten sam z ktorego pisze. co mam zrobic?
""", fmt="html")

    m(B, L, "n10", "",
      "Small shop: their ISP fibre has a failure on the estate, the card terminal cannot connect; asks about offline mode",
      "Terminal nie łączy się – awaria Orange",
      """
Dzień dobry,

Orange ma awarię światłowodu na naszym osiedlu (Retkinia), podobno do wieczora. Przez to terminal w sklepie nie łączy się z Waszym systemem i nie przyjmujemy kart.

Czy terminal ma jakiś tryb offline albo da się go podpiąć pod hotspot z telefonu? Jeśli tak, to jak?

Pozdrawiam
Dariusz Kubiak
Sklep Spożywczy "U Darka"
""")

    m(B, L, "n11", "",
      "Procurement asks during contract negotiation what compensation applies if the service were unavailable for more than 4 hours (SLA hypothetical)",
      "Pytania do umowy SLA – przetarg 14/2026",
      """
Szanowni Państwo,

w związku z przygotowaniem umowy w ramach postępowania 14/2026 prosimy o doprecyzowanie zapisów SLA:

1. Co się stanie, jeśli usługa będzie niedostępna dłużej niż 4 godziny w dniu roboczym? Jakie rekompensaty przewidujecie?
2. Czy okna serwisowe wliczają się do gwarantowanej dostępności 99,9%?
3. W jakim czasie informujecie klientów o awarii?

Z poważaniem
Ewelina Jabłońska
Dział Zamówień Publicznych
Powiatowy Urząd Pracy w Sieradzu
""")

    m(B, L, "n12", "",
      "Billing question: credit for last month's resolved outage of 14 October; nothing is broken now",
      "Rabat za przerwę 14.10?",
      """
Dzień dobry,

w październiku (14.10) mieliście kilkugodzinną przerwę w działaniu, wtedy też do Was pisaliśmy. Teraz wszystko działa bez zarzutu, ale przeglądając fakturę za październik nie widzę żadnego pomniejszenia.

Czy w takiej sytuacji przysługuje nam rabat albo nota uznaniowa? Jeśli tak, to czy trzeba o nią jakoś formalnie wnioskować?

Pozdrawiam
Sylwia Baran
Biuro Podróży Horyzont
""")


# --------------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------------
def _es(m):
    L = "es"

    # ---- abusive ----
    m(B, L, "a1", "A",
      "Mexican taqueria owner: one bar terminal doesn't print to the kitchen; calls support 'una bola de inútiles' and mocks a named agent",
      "Re: Caso 44871 - las comandas no llegan a cocina",
      """
Buenas tardes,

Ya es la tercera vez que les escribo. Las comandas de la terminal de la barra no se imprimen en cocina, solo esa terminal, las demás sí. El tal Rodrigo de soporte me tuvo 40 minutos en el teléfono para decirme que "reiniciara el módem". ¿Neta?

Son una bola de inútiles, no saben ni dónde están parados. Pagamos cada mes para que nos atiendan unos improvisados que no saben ni leer un ticket. Qué vergüenza.

Quiero que me llame alguien que sí sepa, no el Rodrigo.

Héctor Villalobos
Taquería El Güero - Guadalajara
""")

    m(B, L, "a2", "A",
      "Argentine one-liner from Android waiting for a refund: masked obscene insult at everyone there",
      "devuelvan la plata",
      """
3 semanas esperando el reembolso y nadie contesta. son unos chorros hdp, la p*ta madre que los parió a todos. devuelvan la guita YA

Enviado desde mi Android
""")

    m(B, L, "a3", "A",
      "Spanish logistics group's IT head, icy contempt: hired by lottery, pigeon-playing-chess comparison, hopes the next agent finished school (quoted-printable)",
      "Llamadas al servicio técnico - registros MX",
      """
Estimados señores:

Les escribo tras la tercera llamada a su servicio técnico en lo que va de semana. No sé si en su departamento contratan por parentesco o por sorteo, pero desde luego no por competencia. Su técnico, el señor Ortega, tardó veinte minutos en entender qué es un registro MX y después me sugirió que "probara con otro navegador".

Hablar con ustedes es como jugar al ajedrez con una paloma: tira las piezas, ensucia el tablero y se va convencida de haber ganado.

Espero que la próxima persona que me atienda haya terminado al menos la ESO.

Atentamente,

Jordi Puig i Serra
Responsable de Sistemas
Grup Logístic Mediterrani
""", fmt="qp")

    m(B, L, "a4", "AO",
      "Basque bakery chain: tills in all 9 shops hang on 'connecting to server' since 7:30, second time this month; calls staff lazy scoundrels",
      "OTRA VEZ",
      """
Otra vez. Las cajas de las 9 panaderías colgadas desde las 7:30, la pantalla se queda en "Conectando con el servidor..." y de ahí no sale. Tenemos cola hasta la calle y estamos cobrando a mano con calculadora. Es la segunda vez este mes.

Y llamo al teléfono de urgencias y no lo coge nadie. Panda de vagos, seguro que estáis todos desayunando tan tranquilos mientras a nosotros se nos va la mañana. Sois unos sinvergüenzas.

Arantxa Etxeberria
Obrador Etxeberria
""")

    # ---- legal-threat ----
    m(B, L, "l1", "L",
      "Tax advisory firm's formal demand: refund of fees charged after cancellation within 10 days, burofax sent, judicial claim after (iso-8859-15, euro sign)",
      "Requerimiento previo - devolución de cuotas cobradas indebidamente",
      """
Muy Sres. míos:

En nombre de Asesoría Fiscal Lozano y Bernal, S.L., y en relación con el contrato de servicio n.º CT-2025-0913, les comunico lo siguiente:

Primero. Con fecha 30 de junio de 2026 comunicamos por escrito la baja del servicio, con acuse de recibo.

Segundo. Pese a ello, han seguido cargando en nuestra cuenta la cuota mensual de 129,00 € en julio, agosto, septiembre, octubre y noviembre, por un total de 645,00 €.

Por medio del presente les requiero para que, en el plazo de diez días naturales, procedan a la devolución íntegra de dicha cantidad. Con esta misma fecha les remito burofax con certificación de texto y acuse de recibo de idéntico contenido. Transcurrido dicho plazo sin que se haya producido el abono, reclamaremos la cantidad adeudada por la vía judicial, más intereses y costas, sin más aviso.

Atentamente,

Pilar Bernal Ruiz
Socia directora
Asesoría Fiscal Lozano y Bernal, S.L.
""", charset="iso-8859-15")

    m(B, L, "l2", "L",
      "Chilean pastry shop charged twice: will file with SERNAC and go to the local police court",
      "cobro doble",
      """
Hola, buenas

Les escribo de la Pastelería Doña Tina en Valparaíso. Este mes me cobraron dos veces el plan, $34.990 y $34.990 el mismo día, y ya les mandé el comprobante del banco hace 10 días. Nadie me responde, solo me llega el correo automático.

La verdad no quiero andar peleando po, pero si no me devuelven la plata esta semana voy a poner el reclamo en el SERNAC y voy con los papeles al juzgado de policía local, mi cuñado ya me explicó cómo se hace.

Saludos
Valentina Muñoz
""")

    m(B, L, "l3", "L",
      "Woman who opted out three times still gets promos and a sales call; will file a claim with the AEPD in five days (base64)",
      "Baja de comunicaciones comerciales - cuarta vez",
      """
Buenos días:

El 2 de septiembre solicité la baja de todas sus comunicaciones comerciales y ejercí mi derecho de oposición (adjunto captura). Volví a pedirlo el 20 de septiembre y el 15 de octubre. Esta semana he recibido tres correos promocionales más y, ayer, una llamada comercial a mi móvil personal, que nunca les facilité.

Les informo de que, si en un plazo de cinco días no recibo confirmación de que mis datos se han eliminado de sus listas y de dónde obtuvieron mi número, presentaré una reclamación ante la Agencia Española de Protección de Datos con toda la documentación.

Un saludo,
Nuria Gallego Sanz
""", fmt="b64")

    m(B, L, "l4", "L",
      "Mexican customs broker: deleted files caused customs fines; external law firm will send a formal claim, then commercial litigation (alt)",
      "Folio 55102 - reclamación por expedientes eliminados",
      """
Estimados:

Por medio del presente les informamos que, derivado de la eliminación de los expedientes digitales de nuestra cuenta el pasado 4 de noviembre (incidencia reportada con el folio 55102), nuestra empresa no pudo presentar en tiempo la documentación de 17 pedimentos ante la aduana de Nuevo Laredo, lo que nos generó multas por $186,400 MXN.

Hemos turnado el asunto a nuestro despacho externo, quienes les harán llegar en los próximos días una carta de reclamación formal. De no recibir una propuesta de resarcimiento antes del 5 de diciembre, procederemos por la vía mercantil.

Sin otro particular, quedo de ustedes.

Lic. Gerardo Treviño Garza
Director Administrativo
Agencia Aduanal Treviño y Asociados
""", fmt="alt")

    # ---- account-ownership ----
    m(B, L, "w1", "W",
      "Hotel administration for a new operating company: put the booking account under the company, main login to the new director, cut the old manager",
      "Cambio de titularidad - Hotel Mirador de Nerja",
      """
Buenos días:

Desde el 1 de noviembre la explotación del Hotel Mirador (Nerja) la lleva nuestra sociedad, Costa Gestión Hotelera S.L., tras la firma del contrato de arrendamiento de industria con la propiedad. La cuenta de su plataforma de reservas sigue a nombre del antiguo gestor, el Sr. Almagro, que no está colaborando en el traspaso.

Necesitamos que pongan la cuenta a nombre de nuestra sociedad, que cambien el correo y el móvil del acceso principal a los de nuestra directora, Laura Cano, y que el Sr. Almagro deje de tener acceso. Podemos aportar el contrato y las escrituras.

Quedo a la espera de sus indicaciones.

Un saludo,
Marta Ríos
Administración - Costa Gestión Hotelera
""")

    m(B, L, "w2", "W",
      "Colombian widow of a hardware-store owner asks to have his account passed to her name to keep invoicing (iso-8859-1)",
      "Cuenta de mi esposo fallecido",
      """
Buenas tardes señores,

Mi esposo Jaime Rodríguez falleció el mes pasado, que Dios lo tenga en su gloria. Él manejaba todo lo del computador de la ferretería en Pereira y la cuenta de ustedes la tenía con su correo. Yo no sé la clave y el celular de él lo tiene mi hijo en Bogotá.

Les agradezco si me pueden pasar la cuenta a mi nombre para seguir facturando, porque la DIAN no espera. Tengo el registro de defunción y el certificado de la cámara de comercio donde ahora aparezco yo como representante legal.

Muchas gracias y disculpen la molestia,
Luz Marina Ospina de Rodríguez
Ferretería El Tornillo
""", charset="iso-8859-1")

    m(B, L, "w3", "W",
      "'CEO on a plane' asks to move the CFO's recovery e-mail and 2FA phone to his gmail and number, secretly (CEO fraud)",
      "Urgente y confidencial",
      """
Hola,

Soy Ignacio Ferrer, CEO de Ferrer Packaging. Te escribo desde el avión con el wifi de a bordo, así que no puedo hablar por teléfono.

Necesito que cambiéis hoy mismo el correo de recuperación y el teléfono del 2FA de la cuenta de nuestra directora financiera, Susana Vidal, a este gmail (i.ferrer.ceo@gmail.com) y a mi número personal, +34 611 48 20 97. Ella está de baja y hay un pago a un proveedor que no puede esperar al lunes.

Por favor, no lo comentéis con nadie del equipo, es un tema delicado. Cuando aterrice os lo confirmo by phone.

Thanks,
Ignacio

Sent from my iPad
""")

    m(B, L, "w4", "W",
      "Web form pasted into mail: Argentine NGO's new president wants the main account passed to her and the ex-president locked out",
      "Formulario de contacto: Cambio de responsable de cuenta",
      """
--- Formulario web ---
Nombre: Mariela Sosa
Organización: Asociación Civil Manos Unidas por Quilmes
Teléfono: +54 9 11 5820-3364
Asunto: Cambio de responsable de cuenta
Mensaje:
Hola, les escribo porque el ex presidente de la asociación, Carlos Benítez, se fue en muy malos términos en octubre y se quedó con el acceso a la cuenta donde tenemos las donaciones recurrentes y el padrón de socios. No devuelve nada y no contesta.
La comisión directiva votó en asamblea que yo quedo como presidenta (tengo el acta). Necesito que me pasen la cuenta principal a mí y que le saquen el acceso a él. Es urgente porque en diciembre se cobran las cuotas.
¡Gracias!
--- Fin del formulario ---
""")

    # ---- outage ----
    m(B, L, "o1", "O",
      "Forwarded chat transcript: no delivery driver's route loads in the app, 34 vans stuck, web too; chat cut off",
      "Fwd: chat con soporte - app de repartidores",
      """
Os reenvío la conversación del chat de esta mañana porque se cortó y nadie nos ha vuelto a contactar. Seguimos igual.

---------- Mensaje reenviado ----------
[07:12] Samuel (Transportes Ribera): Buenos días, a ningún repartidor le carga la ruta en la app, se queda la pantalla en blanco con el logo
[07:13] Samuel (Transportes Ribera): somos 34 furgonetas, ninguna ha podido salir
[07:15] Agente Lucía: Buenos días Samuel, ¿le ocurre a todos los usuarios o solo a algunos?
[07:15] Samuel (Transportes Ribera): a todos. android, iphone, da igual. desde la web de tráfico tampoco se ven las rutas
[07:18] Agente Lucía: Gracias, lo paso al equipo técnico y le escribimos
[07:18] La conversación ha finalizado.

Samuel Ribera
Jefe de tráfico - Transportes Ribera, Zaragoza
""")

    m(B, L, "o2", "O",
      "Lima school IT coordinator: no teacher or student can enter the virtual classroom, 502 from school, homes and phones (HTML only)",
      "Aula virtual no carga - 502",
      """
Buenos días,

Les escribo del Colegio San Martín de Porres (Lima). Desde las 7:45 ningún profesor puede entrar al aula virtual: sale "502 Bad Gateway" y nada más. Probamos desde el colegio, desde las casas y desde los celulares. Los alumnos tampoco pueden entregar sus tareas y hoy se cierra la plataforma para el examen bimestral.

¿Ya tienen conocimiento? ¿Es para todos los colegios o solo para nosotros?

Atte.
Prof. César Huamán
Coordinador de TI
""", fmt="html")

    m(B, L, "o3", "O",
      "Follow-up above Gmail-quoted history: still nobody in the office can sign in at noon",
      "Re: Incidencia 71233 - no podemos entrar",
      """
Sigue igual. Nadie de la oficina puede entrar, son las 12 y llevamos toda la mañana parados. ¿Alguna novedad?

Irene

El mié, 25 nov 2026 a las 9:37, Soporte escribió:
> Hola, Irene:
>
> Estamos al tanto de una incidencia que afecta al acceso de algunos
> clientes. Nuestros técnicos ya están trabajando en ello.
>
> Un saludo,
> Equipo de Soporte
>
> El mié, 25 nov 2026 a las 9:05, Irene Castaño escribió:
>> Buenos días, desde las 8:30 nadie de la oficina puede iniciar sesión,
>> nos da "Error de autenticación 0x80070" y vuelve a la pantalla de inicio.
""")

    m(B, L, "o4", "O",
      "Rambling mail from a three-clinic vet practice: thanks, pricing question, then mid-mail the records module spins and times out in every clinic",
      "Varias cosillas",
      """
Hola Marta (no sé si sigues siendo tú la que lleva nuestra cuenta),

Te escribo un poco de todo porque llevo días queriendo hacerlo. Lo primero, gracias por lo del mes pasado con las plantillas de recordatorio de vacunas, quedaron genial y los clientes lo han notado.

Luego te quería preguntar si para el año que viene hay alguna tarifa para tres centros, porque abrimos uno nuevo en Paterna en febrero y no sé si nos conviene cambiar de plan.

Ah, y lo que me ha hecho escribirte hoy: desde ayer por la tarde el módulo de historiales no carga en ninguna de las tres clínicas, se queda la ruedita dando vueltas y al final sale "Tiempo de espera agotado". Los veterinarios están apuntando todo en papel para pasarlo luego. Mi sobrino, que sabe de esto, dice que no es nuestra red, porque desde su casa le pasa igual.

Y por último una tontería: ¿se puede cambiar el color de la agenda? El verde actual casi no se ve en la pantalla de recepción.

Un abrazo,
Amparo Soler
Clínicas Veterinarias Soler - Valencia
""")

    # ---- hard negatives ----
    m(B, L, "n1", "",
      "User swears at the 'shitty update' that deleted her saved filters again; anger at the product, single user (iso-8859-1)",
      "filtros guardados borrados OTRA VEZ",
      """
Hola,

Esta mierda de actualización me ha vuelto a borrar los filtros guardados. Tenía ocho, con sus columnas y todo, y esta mañana no queda ni uno. Es la segunda vez en un mes y me toca rehacerlos a mano, que son casi dos horas.

¿Hay alguna forma de exportarlos o de hacer una copia para que no vuelva a pasar?

Gracias,
Rocío Martín
""", charset="iso-8859-1")

    m(B, L, "n2", "",
      "Young Mexican freelancer: the export bug 'is killing me', would kill for a dark mode, jokes; no abuse",
      "bug en exportar + sugerencia jaja",
      """
Holaaa

Me está matando este error, cada que exporto el reporte a PDF se corta la última columna y me toca hacerlo en Excel y convertirlo. ¿Les ha pasado a otros o nomás a mí?

Y ya que estoy: mataría por un modo oscuro, trabajo de noche y la pantalla blanca me deja ciega jajaja. ¿Está en sus planes?

Saludos!
Dani
""")

    m(B, L, "n3", "",
      "School head of studies quotes a pupil's insults in the class chat and asks how to export the chat log for the disciplinary file",
      "Exportar conversación del chat de clase",
      """
Buenos días:

Soy jefa de estudios del IES Río Duero (Zamora). Ayer un alumno de 3.º de ESO escribió en el chat de la clase de su plataforma mensajes contra un compañero del tipo "eres un gordo asqueroso, nadie te quiere aquí" y otros peores.

Necesitamos exportar la conversación completa con fecha y hora para incorporarla al expediente disciplinario y enseñársela a las familias. ¿Cómo se hace? ¿Se puede recuperar también algún mensaje que el alumno haya borrado?

Gracias,
Begoña Alonso
Jefa de Estudios
""")

    m(B, L, "n4", "",
      "Law firm assistant asks how to put a standard signature on all lawyers' mailboxes; confidentiality/professional-secrecy disclaimer (alt)",
      "Firma corporativa para todos los buzones",
      """
Buenas tardes:

Queremos que todos los abogados del despacho (14 buzones) tengan la misma firma, con logo y el aviso legal que copio abajo. ¿Se puede configurar de forma centralizada desde el panel de administración o cada uno tiene que ponerla en su Outlook?

Muchas gracias,
Inés Carrasco
Asistente de Dirección
Moreno & Vidal Abogados

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y pueden contener información amparada por el secreto profesional. Si usted no es el destinatario, le rogamos que nos lo comunique y proceda a su eliminación. Queda prohibida cualquier utilización, difusión o copia no autorizada.
""", fmt="alt")

    m(B, L, "n5", "",
      "Polite right-to-erasure request after closing a yoga studio; no threat",
      "Solicitud de supresión de datos",
      """
Hola:

He cerrado mi estudio de yoga y ya no voy a usar su servicio. Les pido, en ejercicio del derecho de supresión del artículo 17 del RGPD, que eliminen mi cuenta y todos mis datos y los de mis alumnas que estén en la plataforma.

Antes de borrarlo todo, ¿me podrían enviar un último listado de pagos de 2026 para mi gestor? Luego ya pueden proceder.

Gracias por estos años,
Carmen Domínguez
""")

    m(B, L, "n6", "",
      "Printing shop's own client threatens to sue them; they need the mail delivery log to prove the invoice was sent (third-party legal trouble)",
      "Necesito el registro de envíos del 3 de octubre",
      """
Buenos días,

Un cliente nuestro nos amenaza con demandarnos porque dice que nunca recibió la factura ni el aviso de recogida de un pedido de 2.000 folletos, y ahora se niega a pagar.

Nosotros sabemos que se envió el 3 de octubre desde nuestra cuenta. ¿Pueden facilitarnos el registro de entrega de ese correo (hora, servidor de destino, si fue aceptado)? Nuestro abogado dice que con eso nos basta.

Gracias,
Alberto Peña
Imprenta Peña e Hijos
""")

    m(B, L, "n7", "",
      "New employee's workspace invitation link expired; asks for a new one (onboarding) (base64)",
      "Invitación caducada",
      """
Hola, buenas tardes:

Entré el lunes a trabajar en Grupo Alameda y mi jefa me mandó una invitación para unirme al espacio de trabajo de la empresa, pero no la abrí hasta hoy y el enlace dice que ha caducado.

¿Me pueden reenviar una nueva o tiene que hacerlo ella desde su cuenta?

Muchas gracias,
Sofía Herrera
""", fmt="b64")

    m(B, L, "n8", "",
      "Account owner wants to give his external accountant read-only access to invoices",
      "Acceso para mi contable",
      """
Buenas,

Quiero dar acceso a mi gestora para que pueda ver y descargar las facturas cada trimestre, pero que no pueda tocar nada más (ni clientes, ni cobros). ¿Hay algún rol de solo lectura? ¿Le cuenta como usuario de pago?

Un saludo,
Toni Ferrer
Fontanería Ferrer - Palma
""")

    m(B, L, "n9", "",
      "Uruguayan small business moved to a new domain and wants to change his own login e-mail",
      "Cambio de correo de acceso",
      """
Hola, qué tal.

Cambiamos el dominio de la empresa de quesosdelsur.com.uy a quesosdelsur.uy y quiero actualizar mi correo de acceso, que es el mismo de siempre pero con el dominio nuevo. ¿Lo puedo cambiar yo desde el perfil o lo tienen que hacer ustedes? No quiero perder el historial.

Saludos,
Martín Pereyra
Quesos del Sur - Colonia, Uruguay
""")

    m(B, L, "n10", "",
      "Forwards the vendor's monthly newsletter mentioning a past, resolved incident; actually asks about API limits",
      "RV: Novedades de noviembre",
      """
Hola,

Os reenvío vuestro boletín de este mes porque tengo una duda sobre lo que contáis de la nueva API. ¿El límite de 600 peticiones por minuto es por cuenta o por token? Tenemos tres integraciones distintas y no me queda claro.

Gracias,
David Lorenzo
Desarrollo - Bodegas Lorenzo

-----Mensaje original-----
De: Boletín
Enviado el: martes, 18 de noviembre de 2026 10:00
Asunto: Novedades de noviembre

- Nueva API v3 con límites ampliados (600 peticiones/minuto).
- Informe de incidencias: el 3 de noviembre algunos clientes de la región UE sufrieron lentitud durante 40 minutos. El problema está resuelto y hemos reforzado la monitorización.
- Próximo webinar: automatizaciones para tiendas online, 2 de diciembre.
""")

    m(B, L, "n11", "",
      "One user: only her calendar doesn't load, her colleagues see it fine",
      "No me carga el calendario (solo a mí)",
      """
Buenos días:

Desde ayer no me carga el calendario: se queda en gris y no aparece ninguna cita. A mis compañeras de recepción les funciona perfectamente, en el mismo ordenador incluso, así que supongo que es algo de mi usuario.

Ya he borrado caché y probado en otro navegador. ¿Pueden revisarlo?

Gracias,
Lorena Vidal
""")

    m(B, L, "n12", "",
      "Clothes shop: power cut in the whole neighbourhood (utility), asks whether offline sales will sync",
      "Corte de luz - ventas sin conexión",
      """
Hola,

Se nos ha ido la luz en todo el barrio desde las 10 (avería de Iberdrola, dicen que hasta las 14h). Hemos seguido vendiendo con el portátil a batería y el datáfono, pero la caja dice "sin conexión".

Cuando vuelva la luz, ¿las ventas de esta mañana se sincronizan solas con el inventario o tengo que meterlas a mano?

Gracias,
Noelia Campos
Boutique Nelia - Bilbao
""")
