"""devset22 batch 2: Romanian, Polish, Spanish (hard negatives for abusive / account-ownership, with positives)."""

B = "b2"


def add_ro(m, B):
    L = "ro"
    # ---- positives
    m(B, L, "a1", "A", "Angry hotel guest-house owner insults the support agent personally after a booking sync failure.",
      "Re: Tichet #55210 - sincronizare Booking",
      """Ascultă, tu care mi-ai răspuns ieri cu copy-paste: eşti un incompetent şi jumătate. Nu ştii să citeşti ce scrie omul? Am zis de trei ori că pensiunea are camerele dublate pe Booking.

Sunteţi o adunătură de idioţi care iau bani degeaba. Dacă nu-mi rezolvi până diseară, să-ţi fie ruşine cu salariul pe care îl iei.

Gheorghe Vasilache
Pensiunea Dor de Munte, Şirnea""", charset="iso-8859-2")
    m(B, L, "a2", "A", "Short obfuscated-profanity abuse at 'you people' from a webshop owner on mobile.",
      "raspuns",
      """sunteti niste f*aieri si niste m@rlani toti de la suport, du-te-n p*la mea cu "va rugam sa asteptati". ma-ta de firma de cacat

Trimis de pe iPhone""")
    m(B, L, "a3", "A", "Threat of violence toward a named support employee from a gym manager.",
      "Pentru Cristian de la suport",
      """Cristian, îţi spun o singură dată. Dacă mai închizi tichetul fără să rezolvi problema cu abonamentele, vin la sediul vostru din Pipera şi te aştept la ieşire. Ştiu cum arăţi, ai poza pe LinkedIn. O să-ţi rup picioarele, să ştii.

Nu e glumă.
M. Popa, FitZone Berceni""", fmt="qp")
    m(B, L, "w1", "W", "Contractor claims the owner left and asks to be made owner of the clinic's account, pressuring.",
      "Transfer cont - urgent",
      """Bună ziua,

Lucrez ca IT extern pentru Clinica Dentară Zâmbet Sănătos din Cluj. Dr. Mureşan, care a deschis contul la voi, nu mai lucrează cu noi din octombrie şi nu răspunde la telefon.

Vă rog să mă treceţi pe mine ca proprietar (owner) al contului şi să mutaţi autentificarea în doi paşi pe numărul meu, 0744 318 902. Nu pot să aştept acordul lui, pacienţii nu primesc confirmările de programare.

Mulţumesc,
Radu Ilie""", charset="windows-1250")
    m(B, L, "w2", "W", "CEO-fraud style: 'assistant for the director' asks for access to a colleague's mailbox urgently.",
      "Cerere din partea directorului general",
      """Bună,

Vă scriu în numele domnului director Andrei Stoica, care este în avion şi nu poate suna. Ne trebuie acces imediat la căsuţa de mail a doamnei Ioana Barbu (ioana.barbu@transcarpat-logistic.ro), este în concediu medical şi sunt facturi blocate.

Vă rog trimiteţi parola nouă pe adresa asta, nu pe a ei. Directorul a aprobat verbal. Este foarte urgent, până la 12.

Cu stimă,
Alina, asistent manager""")
    m(B, L, "w3", "W", "Heir asks to take over late father's subscription and account of his small accounting firm.",
      "Contul tatălui meu decedat",
      """Bună ziua,

Tatăl meu, Constantin Dobre, a decedat luna trecută. El avea contul de cabinet contabil la dumneavoastră (CUI 18xxxxxx). Eu sunt moştenitoarea şi vreau să preiau contul şi abonamentul pe numele meu, ca să pot accesa dosarele clienţilor şi să le predau.

Am certificatul de deces şi certificatul de moştenitor. Ce trebuie să vă trimit ca să fiu făcută administrator principal?

Mulţumesc,
Elena Dobre-Niţu""", fmt="b64")
    m(B, L, "l1", "L", "NGO treasurer announces complaint to ANPC and lawyer over double billing.",
      "Dublă facturare - ultima notificare",
      """Stimate domnule / stimată doamnă,

Pentru a treia oară vă semnalăm că asociaţia noastră a fost taxată de două ori pentru abonamentul anual (facturile 2026-0912 şi 2026-0913). Nimeni nu ne-a răspuns în 5 săptămâni.

Dacă suma nu este returnată până la 5 decembrie, vom depune reclamaţie la ANPC şi am dat deja dosarul avocatului asociaţiei, care va trimite o notificare formală.

Cu respect,
Simona Enache
Trezorier, Asociaţia Prietenii Bibliotecii Sibiu""")
    m(B, L, "o1", "O", "School secretary: nobody in the whole school can log into the grades module this morning.",
      "Catalogul nu merge la nimeni",
      """Buna ziua,

De la 8 dimineata niciun profesor din scoala nu poate intra in catalogul electronic, la toti apare "Eroare 503 Service Unavailable". Am incercat de pe calculatoarele din cancelarie, de pe telefoane, de acasa - la fel. Si colegii de la scoala vecina zic ca au aceeasi problema.

Avem teza la romana azi si trebuie trecute notele. Merge la voi?

Secretariat, Scoala Gimnaziala nr. 4 Medias""")
    # ---- A-shaped negatives
    m(B, L, "n1", "", "Webshop owner swears at the broken export, no personal insult.",
      "Exportul de comenzi iar e stricat",
      """Salut,

Iar nenorocitul ăsta de export CSV îmi scoate diacriticele ca nişte semne de întrebare. Am pierdut o oră de dimineaţă, e o porcărie de funcţie de când aţi făcut update-ul. Pe bune, la naiba.

Puteţi să vă uitaţi? Ataşez fişierul.

Mersi, Dan
magazin-ceaiuri.ro""")
    m(B, L, "n2", "", "Self-deprecating user who deleted a folder himself and asks for restore.",
      "Am şters singur tot, sunt un idiot",
      """Bună,

Sunt cel mai mare prost de pe planetă. Am dat „Golire coş" fără să mă uit şi am şters tot folderul cu contractele pe 2025. Nu vă certaţi cu mine, ştiu că e vina mea :)

Se poate recupera ceva din backup? E pentru biroul notarial, e destul de important.

Mulţumesc frumos,
Victor""", fmt="qp")
    m(B, L, "n3", "", "Sysadmin with technical vocabulary: killed process, dead links, brute-force attack, blacklist.",
      "Procese zombie după actualizare + atac brute-force",
      """Salut echipa,

După actualizarea de aseară agentul vostru lasă procese zombie pe serverul de facturare. Am dat kill -9 la ele dar revin după vreo 20 de minute. Jobul de sincronizare a fost omorât de OOM killer de două ori:

  Nov 24 23:41:07 fact01 kernel: Out of memory: Killed process 8812 (cb-agent)

Separat: în noaptea asta am avut un atac brute-force pe pagina de login (vreo 4000 de încercări de pe câteva IP-uri). Le-am pus pe blacklist în firewall. Voi aveţi vreo limită de rată pe partea voastră?

Şi în documentaţie sunt vreo trei linkuri moarte la secţiunea API.

Mulţumesc,
Lucian, IT - Tipografia Artprint""")
    m(B, L, "n4", "", "Customer complaining harshly about a courier company (third party), asks to change carrier in settings.",
      "Schimbare curier implicit",
      """Bună ziua,

Vreau să scot complet curierul FastCurier din setările magazinului. Sunt nişte bătuţi în cap, mi-au aruncat coletele peste gard, un şofer i-a zis unei cliente „proasto" la telefon. Sunt nişte ţărani fără pic de respect.

Unde schimb curierul implicit în panoul vostru? Nu găsesc opţiunea.

Mulţumesc,
Irina - Atelier Lumânări""")
    m(B, L, "n5", "", "Pharmacy manager describes harassment received from a customer and asks how to block and export messages.",
      "Blocare client care ne hărţuieşte",
      """Bună ziua,

Un client ne trimite de două săptămâni mesaje prin formularul de contact de pe site. Ne face „hoţi", „curve" şi ne ameninţă că ne dă foc la farmacie. Colegele mele sunt speriate.

Cum putem bloca adresa lui de e-mail şi numărul de telefon în sistem? Şi cum exportăm toate mesajele lui într-un PDF, ca să le ducem la poliţie?

Mulţumesc,
Farm. Daniela Costache
Farmacia Sf. Pantelimon, Focşani""", charset="windows-1250")
    m(B, L, "n6", "", "Apology for a rude mail sent last week.",
      "Scuze pentru mailul de vinerea trecută",
      """Bună ziua, doamna Andreea,

Vreau să îmi cer scuze pentru tonul din mailul de vinerea trecută. Am fost sub presiune cu închiderea de lună şi am scris lucruri urâte pe care nu le gândeam. Nu e vina dumneavoastră că serverul de la bancă nu mergea.

Mulţumesc că aţi rezolvat totuşi problema cu extrasele. Mă bucur că am avut răbdare amândoi.

Toate cele bune,
Sorin Manole
Contabilitate Manole & Asociaţii""")
    m(B, L, "n7", "", "Forum admin for a fishing club asks how to auto-moderate insults, quoting examples.",
      "Filtru de cuvinte pe forum",
      """Salut,

Administrez forumul clubului de pescuit sportiv „Crapul Mureşan". Avem doi-trei membri care se iau la ceartă şi îşi scriu „bou", „handicapat", „du-te dracului" şi mai rău. Vreau să pun un filtru automat care ascunde mesajele cu astfel de cuvinte până le aprob eu.

Se poate importa o listă de cuvinte? Şi se poate da ban temporar (7 zile) din panoul de moderare?

Mersi,
Marius (admin)""", fmt="html")
    m(B, L, "n8", "", "Restaurant owner wants a fake defamatory review removed from their listing page.",
      "Recenzie falsă de şters",
      """Bună,

Pe pagina restaurantului nostru din platforma voastră a apărut o recenzie care zice că bucătarul e „un porc împuţit" şi că „ar trebui închişi toţi". Omul nu a fost niciodată la noi, nu apare în nicio rezervare.

Cum putem raporta recenzia? Ce dovezi vă trebuie?

Mulţumim,
Bistro La Tanti, Iaşi""")
    m(B, L, "n9", "", "Idioms with kill/die/crazy in casual mail praising and asking for a feature.",
      "Mod întunecat?? :)",
      """Salutare!

Aplicaţia e super, sincer. Doar că mă omoară lumina albă seara când fac planificarea pentru corul bisericii. Aş omorî pentru un mod întunecat, pe cuvânt. Mor de curiozitate dacă îl aveţi în plan.

Şi era să înnebunesc ieri până am găsit unde se exportă lista de prezenţă, poate o puneţi mai la vedere?

Doamne ajută,
Pr. Florin, Corul Parohiei Sf. Nicolae""", fmt="alt")
    m(B, L, "n10", "", "Forwarded chat transcript among colleagues with affectionate swearing, asking support about a report.",
      "Fw: conversaţie echipă - raportul lunar",
      """Vă trimit mai jos discuţia de pe chat ca să vedeţi ce vrem:

[09:12] Bogdan: mă boule, ai scos raportul pe noiembrie?
[09:13] Cosmin: ce raport mă, nebunule, că nu-l găsesc nicăieri în meniu
[09:13] Bogdan: hahaha eşti praf. e la Rapoarte > Lunar
[09:15] Cosmin: bă nu e acolo, mi-a dispărut după update, pe bune

Deci întrebarea noastră: unde a fost mutat raportul lunar după actualizarea din 20 noiembrie?

Mulţumim,
Cosmin Tudose, Depozit Logistic Ploieşti""")
    # ---- W-shaped negatives
    m(B, L, "n11", "", "Owner of a gym account adding a new receptionist as normal user.",
      "Adăugare utilizator recepţie",
      """Bună ziua,

Sunt proprietarul contului FitZone Militari. Am angajat o recepţionistă nouă, Ana Pavel (ana.pavel@fitzone-militari.ro). Vreau să-i fac cont de utilizator normal, doar pentru check-in membri, fără acces la facturare.

Trebuie să fac eu din panou sau o adăugaţi voi?

Mulţumesc,
Ovidiu Radu""")
    m(B, L, "n12", "", "Admin offboarding a leaver: remove access, disable account, no takeover.",
      "Dezactivare cont angajat plecat",
      """Bună,

Colegul nostru Paul Sandu a plecat din firmă pe 21.11. Vă rog să-i dezactivaţi contul şi să-i revocaţi toate accesele (inclusiv aplicaţia de pe telefon). Nu vrem să preluăm căsuţa lui, poate fi arhivată conform politicii standard.

Eu sunt administratorul contului firmei.

Mulţumesc,
Carmen Oprea, HR - Transilvania Logistic SRL""", charset="iso-8859-2")
    m(B, L, "n13", "", "Account holder changing his own phone for 2FA after buying a new phone.",
      "Telefon nou - autentificare în doi paşi",
      """Salut,

Mi-am luat telefon nou şi vreau să mut autentificarea în doi paşi pe el. Numărul rămâne acelaşi, doar aparatul e altul. Pe cel vechi l-am resetat deja, deci nu mai am aplicaţia de coduri. Am codurile de rezervă tipărite.

Care e procedura corectă ca să nu-mi blochez contul?

Mersi,
Tudor""")
    m(B, L, "n14", "", "Employee asks who the account owner is so she can ask them for access herself.",
      "Cine e administratorul contului nostru?",
      """Bună ziua,

Lucrez la Primăria Comunei Vulcan, biroul de urbanism. Aş avea nevoie de acces la modulul de avize, dar nu ştiu cine e administratorul contului primăriei la voi. Colegii nu ştiu nici ei.

Îmi puteţi spune doar numele persoanei, ca să o rog pe ea să-mi dea acces? Nu vreau să schimbaţi nimic.

Mulţumesc,
Cristina Ardeleanu""")
    m(B, L, "n15", "", "Question about what documents are needed before an eventual company account transfer after a sale (question only).",
      "Întrebare: documente pentru transfer cont în viitor",
      """Bună ziua,

Suntem în discuţii pentru vânzarea firmei (Agenţia de turism Soare SRL), probabil în primăvară. Deocamdată doar ne informăm: în cazul în care se vinde, ce documente cer ei de obicei ca să treacă contul pe noul proprietar? Nu vrem să facem nimic acum.

Mulţumesc,
Liliana Soare, administrator""", fmt="qp")
    m(B, L, "n16", "", "Owner changing billing contact email for invoices only.",
      "Schimbare e-mail facturare",
      """Bună,

Sunt titularul contului. Vă rog ca de luna viitoare facturile să fie trimise la contabilitate@hotelcetate.ro în loc de adresa mea personală. Restul setărilor rămân la fel.

Cu stimă,
Nicolae Hoban
Hotel Cetate, Alba Iulia""")
    m(B, L, "n17", "", "Parent asking about their child's school account rules (password reset policy, who sees grades).",
      "Cont elev - întrebări părinte",
      """Buna ziua,

Fiica mea e in clasa a V-a si a primit cont pe platforma voastra de la scoala. Am cateva intrebari: parola o poate schimba ea singura? Eu ca parinte pot vedea temele sau trebuie sa-mi fac cont separat de parinte? Si cine are acces la mesajele ei cu profesorii?

Multumesc,
Mihaela Stan""")
    m(B, L, "n18", "", "IT asks about SSO/SAML setup with Azure AD and admin roles mapping.",
      "Configurare SSO SAML cu Entra ID",
      """Salut,

Vrem să activăm SSO prin SAML cu Microsoft Entra ID pentru cei 60 de utilizatori ai noştri. Câteva întrebări:
1. Rolul de administrator se poate mapa dintr-un grup din Entra sau rămâne setat manual la voi?
2. Contul de owner trebuie să aibă în continuare parolă locală, ca „break-glass"?
3. Metadata XML o încărcăm noi din setări?

Mulţumesc,
Andrei, IT - ONG Salvaţi Delta""", fmt="alt")
    m(B, L, "n19", "", "Customer asks to merge two accounts she created herself with personal and work emails.",
      "Două conturi ale mele - unificare",
      """Bună ziua,

Din greşeală mi-am făcut două conturi: unul cu gmail-ul personal şi unul cu adresa de la serviciu (ramona.vlad@cabinetvlad.ro). Amândouă sunt ale mele. Se pot unifica într-unul singur, pe adresa de serviciu? Istoricul de programări e pe cel de gmail.

Mulţumesc,
Ramona Vlad""", charset="windows-1250")
    m(B, L, "n20", "", "Logistics dispatcher asks to transfer a support ticket to a colleague who now handles the case.",
      "Re: Tichet #48817 - transfer către coleg",
      """Bună,

Vă rog să treceţi tichetul ăsta pe colegul meu Sebastian Ionescu (sebastian.ionescu@rapidtrans.ro), el se ocupă de acum de integrarea cu scanerele. Eu intru în concediu de paternitate de luni.

Eu rămân proprietarul tichetului doar până vineri.

Mulţumesc,
George

> În 24.11.2026, Suport a scris:
> Bună ziua, am escaladat problema cu scanerele către echipa tehnică.""")


def add_pl(m, B):
    L = "pl"
    # ---- positives
    m(B, L, "a1", "A", "Furious accounting-firm owner insults the support agent with vulgar abuse.",
      "Re: Zgłoszenie 77120 - JPK",
      """Pani Kasiu, czy Pani jest naprawdę taka tępa, czy tylko udaje? Trzeci raz piszę, że JPK się nie generuje, a Pani mi wysyła link do FAQ.

Jesteście bandą debili, cały ten wasz dział wsparcia to zgraja kretynów bez mózgu. Wstyd mi, że płacę za to ścierwo.

Zbigniew Kowalczyk
Biuro Rachunkowe ZK, Radom""", charset="iso-8859-2")
    m(B, L, "a2", "A", "Obfuscated profanity aimed at support staff from a short phone reply.",
      "odp",
      """k*rwa wy tam w ogóle czytacie?? ch*je jedne, sp*erdalajcie z tymi automatycznymi odpowiedziami, idioci

wysłane z telefonu""")
    m(B, L, "a3", "A", "Threat of violence and dehumanising remarks against a named technician.",
      "Technik Marek",
      """Ten wasz technik Marek co u nas był w piątek to zwykłe bydlę. Zostawił kable na podłodze w przychodni, pacjentka się przewróciła.

Przekażcie mu, że jak go jeszcze raz zobaczę w tej przychodni, to mu nogi z d*py powyrywam. Niech się lepiej nie pokazuje na Ochocie.

T. Wróbel, kierownik""", fmt="qp")
    m(B, L, "w1", "W", "Ex-partner demands access to the joint webshop account and the 2FA moved to her phone.",
      "Dostęp do konta sklepu",
      """Dzień dobry,

prowadziłam sklep razem z byłym partnerem, Kamilem Nowakiem. Konto jest założone na niego, ale połowa sklepu jest moja. Rozstaliśmy się i on nie chce mi dać dostępu.

Proszę przepisać konto na mnie jako właściciela i przenieść weryfikację dwuetapową na mój numer 601 223 445. Mam zrzuty ekranu, że to ja robiłam wszystkie zamówienia.

Anna Zielińska""")
    m(B, L, "w2", "W", "New owner after company purchase asks to take over the whole workspace and remove old admin.",
      "Przejęcie konta po zakupie firmy",
      """Szanowni Państwo,

z dniem 1 listopada kupiłem firmę Transbud Logistyka sp. z o.o. razem z całym majątkiem. Poprzedni właściciel, pan Leszek Mazur, nie odpowiada na maile.

Proszę o przeniesienie całego konta i subskrypcji na mnie, nadanie mi roli superadministratora oraz usunięcie pana Mazura z konta. Umowę sprzedaży mogę przesłać.

Z poważaniem,
Piotr Sadowski""", fmt="b64", charset="iso-8859-2")
    m(B, L, "w3", "W", "Choir member asks for the conductor's account password while conductor is on holiday.",
      "Hasło do konta chóru",
      """Cześć,

nasza dyrygentka p. Joanna jest na urlopie w Tajlandii do stycznia, a konto chóru "Cantate" jest na jej maila. Potrzebujemy wysłać zaproszenia na koncert kolęd.

Czy możecie mi podać jej hasło albo zresetować je na mój adres (michal.chor@wp.pl)? Ona na pewno by się zgodziła, tylko nie ma zasięgu.

Dzięki,
Michał""")
    m(B, L, "l1", "L", "Gym owner announces complaint to UOKiK and a lawsuit over unauthorized charges.",
      "Nieautoryzowane obciążenia - przedsądowe wezwanie",
      """Szanowni Państwo,

od sierpnia pobieracie z naszej karty opłatę za moduł, którego nigdy nie zamawialiśmy (łącznie 1 476 zł). Trzy zgłoszenia pozostały bez odpowiedzi.

Niniejszym wzywam do zwrotu kwoty w terminie 7 dni. W przeciwnym razie sprawa trafi do naszej kancelarii i do sądu, a równolegle złożymy skargę do UOKiK.

Ewa Jankowska
Właścicielka, Studio Ruchu Fala, Gdynia""")
    m(B, L, "o1", "O", "Hurried mail from a logistics manager: all warehouses' scanners cannot sync, second point in a longer mail.",
      "Faktura + problem z synchronizacją",
      """Dzień dobry,

dwie sprawy:
1) Proszę o korektę faktury FV/11/2026/0833 - zły NIP nabywcy, powinno być 525-xxx-xx-12.
2) Od 7:40 żaden skaner w żadnym z naszych trzech magazynów (Poznań, Łódź, Wrocław) nie synchronizuje się z systemem. Wszędzie "Connection refused", a panel www też się nie ładuje. U was coś leży?

Pilne, kierowcy stoją.

Grzegorz Lis, kierownik logistyki""", charset="windows-1250")
    # ---- A-shaped negatives
    m(B, L, "n1", "", "Frustrated webshop owner swearing at the product bug, not at people.",
      "Ten cholerny import znowu nie działa",
      """Cześć,

no kurde, znowu ten cholerny import produktów z XML-a wywala się na 300. pozycji. Od aktualizacji to jest jakaś porażka, szlag mnie trafia. Do cholery, mam Black Friday w piątek.

Załączam plik i log. Możecie zerknąć?

Bartek, sklep-wedkarski24.pl""")
    m(B, L, "n2", "", "Self-deprecating clinic receptionist who cancelled all appointments by mistake.",
      "Głupia ja - odwołałam wszystkie wizyty",
      """Dzień dobry,

jestem skończoną idiotką. Chciałam odwołać jedną wizytę, a kliknęłam "zaznacz wszystko" i odwołałam cały jutrzejszy grafik doktora Lewandowskiego. Pacjenci dostali SMS-y :(

Czy da się to cofnąć, zanim mnie szef zabije?

Pozdrawiam,
Magda, rejestracja
Przychodnia Zdrowie Plus""", charset="iso-8859-2")
    m(B, L, "n3", "", "Developer report with kill, abort, master/slave, dead links and a pasted log.",
      "Replikacja master/slave - abort przy backupie",
      """Witam,

po migracji na nową wersję backup przerywa się z abortem na replice (slave), master działa normalnie. Log:

  2026-11-24 02:14:55 [ERROR] backup worker 3 killed (signal 9)
  2026-11-24 02:14:55 [FATAL] abort: replication lag exceeded, slave dead
  2026-11-24 02:14:56 [WARN] dead link: /exports/daily/2026-11-23.tar

Ręcznie ubiłem proces i odpaliłem ponownie - to samo. Czy jest jakiś parametr na timeout repliki?

Pozdr.,
Kuba, dział IT - Hurtownia Elektryczna Volt""")
    m(B, L, "n4", "", "Harsh complaint about their own landlord; wants to change the shipping address in the account.",
      "Zmiana adresu dostaw",
      """Dzień dobry,

muszę zmienić adres dostaw dla naszej kawiarni. Właściciel lokalu to skończony cham i oszust, podniósł czynsz o 60% i wyrzuca nas z dnia na dzień. Złodziej jeden.

Od 1 grudnia proszę wysyłać wszystko na ul. Długą 14, Kraków. Gdzie to zmienić w panelu, żeby nie robić nowego konta?

Dzięki,
Ola, Kawiarnia Pod Lipą""")
    m(B, L, "n5", "", "Teacher describes harassment a pupil received in the school chat and asks how to report and export it.",
      "Hejt na czacie klasowym - jak zgłosić",
      """Dzień dobry,

jestem wychowawczynią 7b. Na czacie klasowym w waszej aplikacji kilku uczniów pisze do jednej dziewczynki "spasiona świnia", "zdechnij" itp. Rodzice są w szoku, ja też.

Jak mogę wyeksportować tę rozmowę (z datami) dla pedagoga i policji? I czy mogę jako nauczyciel zablokować pisanie tym uczniom?

Z poważaniem,
Agnieszka Michalak
SP nr 12 w Lublinie""", fmt="html")
    m(B, L, "n6", "", "Apology for yesterday's angry mail.",
      "Przepraszam za wczorajszy mail",
      """Dzień dobry Panie Tomku,

chciałem przeprosić za wczorajszy mail. Poniosły mnie nerwy, napisałem kilka rzeczy, których nie powinienem, i to nie było w porządku wobec Pana. Problem okazał się po naszej stronie - nasz router blokował port.

Dziękuję za cierpliwość i szybką pomoc.

Pozdrawiam,
Rafał Nowicki
Hotel Nad Zalewem""", fmt="qp")
    m(B, L, "n7", "", "Sports club forum moderator asks how to ban users, quoting the insults they post.",
      "Moderacja forum kibiców - banowanie",
      """Cześć,

prowadzę forum kibiców klubu siatkarskiego na waszej platformie. Po każdym meczu jest wysyp wpisów typu "sędzia ch*j", "zarząd to złodzieje", "kibice Resovii to bydło". Chcę to ogarnąć.

1. Czy jest filtr wulgaryzmów z własną listą słów?
2. Jak dać bana czasowego (np. 3 dni) zamiast permanentnego?
3. Czy moderator może ukrywać posty bez usuwania?

Dzięki,
Seba, moderator""")
    m(B, L, "n8", "", "Dental clinic wants a defamatory patient review removed.",
      "Prośba o usunięcie opinii",
      """Dzień dobry,

na naszym profilu gabinetu pojawiła się opinia: "dentystka to rzeźniczka i oszustka, zamiast leczyć to kaleczy". Osoba nie była naszą pacjentką, nie ma jej w systemie.

Jaka jest procedura zgłoszenia takiej opinii do usunięcia?

Dziękujemy,
Gabinet Stomatologiczny Uśmiech, Opole""", charset="iso-8859-2")
    m(B, L, "n9", "", "Idioms with zabić, umrzeć, wariować, strzelić in a friendly feature request.",
      "Pomysł na funkcję",
      """Hej!

Uwielbiam waszą aplikację, ale zabija mnie to, że nie da się zaplanować zajęć cyklicznych na cały semestr. Co tydzień klikam to samo, zaraz zwariuję :) Dałbym się zabić za przycisk "powtarzaj co tydzień".

Strzelam, że nie tylko ja o to proszę? Umieram z ciekawości, czy coś takiego jest w planach.

Pozdro,
Wojtek, trener - Klub Judo Orzeł""")
    m(B, L, "n10", "", "Mail partly in English: harsh words about their own client's behaviour, asking for a ticket-block feature.",
      "Blocking a customer - pytanie",
      """Hi / Dzień dobry,

mamy w biurze podróży klienta, który dzwoni po 20 razy dziennie i wyzywa nasze konsultantki od "głupich bab". Our manager asked me to check: can we block his number in your call module so calls go straight to voicemail?

And can we add a note on his profile visible to all agents? Thanks a lot / dzięki!

Karolina
Biuro Podróży Horyzont""", fmt="alt")
    # ---- W-shaped negatives
    m(B, L, "n11", "", "Owner removing a former volunteer's user from the NGO account.",
      "Usunięcie wolontariusza z konta",
      """Dzień dobry,

jestem właścicielką konta fundacji "Łapa w Łapę". Proszę o usunięcie użytkownika tomek.wolontariusz@gmail.com - skończył u nas wolontariat. Nie mogę go usunąć sama, bo wyskakuje błąd "user has active tasks".

Dziękuję,
Beata Krawczyk""")
    m(B, L, "n12", "", "Account holder changing his own email address to a new domain.",
      "Zmiana mojego adresu e-mail",
      """Dzień dobry,

zmieniliśmy domenę firmy z kancelaria-kos.pl na kos-podatki.pl. Chcę zmienić swój własny login z jan.kos@kancelaria-kos.pl na jan.kos@kos-podatki.pl. Jestem jedynym użytkownikiem tego konta.

Czy historia i faktury zostaną?

Jan Kos, doradca podatkowy""")
    m(B, L, "n13", "", "Office manager asks who the account admin is to request access from them.",
      "Kto jest u nas adminem?",
      """Cześć,

zaczęłam pracę w Urzędzie Gminy Stare Pole jako sekretarka. Muszę mieć dostęp do modułu korespondencji, ale nikt tu nie wie, kto jest administratorem naszego konta u was. Podacie mi tylko imię i nazwisko? Sama do tej osoby napiszę z prośbą.

Dzięki,
Paulina""", charset="iso-8859-2")
    m(B, L, "n14", "", "Manager delegating her own calendar to her assistant (view & edit), question how.",
      "Udostępnienie kalendarza asystentce",
      """Dzień dobry,

chciałabym, żeby moja asystentka, pani Ewelina, mogła widzieć i edytować mój kalendarz spotkań (tylko kalendarz, nie pocztę). Gdzie to ustawić? Jestem właścicielką tej skrzynki.

Pozdrawiam,
dr Irena Malinowska
Dyrektor, Dom Pomocy Społecznej w Kielcach""")
    m(B, L, "n15", "", "Transferring a domain between two registrars, asking about auth code.",
      "Transfer domeny - kod authinfo",
      """Witam,

chcemy przenieść naszą domenę hotel-jantar.pl od obecnego rejestratora do was. Skąd mam wziąć kod AuthInfo i ile trwa transfer? Czy strona będzie w tym czasie działać?

Pozdrawiam,
Marcin, Hotel Jantar, Łeba""")
    m(B, L, "n16", "", "Company rename: update company name and invoice data by the admin.",
      "Zmiana nazwy firmy",
      """Dzień dobry,

od 1.12 nasza spółka zmienia nazwę z "Agro-Mix sp. z o.o." na "AgroMix Polska sp. z o.o." (NIP bez zmian). Proszę o aktualizację danych na fakturach. Jestem administratorem konta. Potrzebujecie odpis z KRS?

Z poważaniem,
Halina Górecka, księgowość""", fmt="qp")
    m(B, L, "n17", "", "Onboarding invite expired; invited employee asks for a fresh link.",
      "Zaproszenie wygasło",
      """Dzień dobry,

dostałam zaproszenie do konta firmy od szefa 2 tygodnie temu, ale byłam na zwolnieniu i link wygasł ("Invitation expired"). Szef jest dziś w terenie. Czy mogę dostać nowy link, czy to on musi wysłać jeszcze raz?

Dziękuję,
Kasia, biuro - Stolarnia Dąb""")
    m(B, L, "n18", "", "Gym member resetting her own forgotten password; reset mail not arriving.",
      "nie przychodzi mail z resetem hasła",
      """hej, zapomnialam hasla do swojego konta w aplikacji silowni, klikam "nie pamietam hasla" i nic nie przychodzi, ani w spamie. adres to ola.k93@onet.pl. co robic?

ola""")
    m(B, L, "n19", "", "Admin asks what the process is if the only owner leaves one day (policy question).",
      "Co jeśli właściciel konta odejdzie?",
      """Dzień dobry,

pytanie czysto organizacyjne: u nas w spółdzielni właścicielem konta jest prezes, a tylko on ma tę rolę. Na wypadek, gdyby kiedyś odszedł - jaka jest u was polityka? Czy warto już teraz, żeby on sam dodał drugiego administratora? Niczego teraz nie zmieniamy, chcemy tylko to opisać w procedurach.

Pozdrawiam,
Dorota Pawlak
Spółdzielnia Mieszkaniowa Zorza""")
    m(B, L, "n20", "", "Reply thread: IT setting up SAML SSO and asking about admin roles; quoted history.",
      "Re: SSO - konfiguracja",
      """Dzięki, działa logowanie przez Google Workspace. Jeszcze jedno: czy konto właściciela musi być wyłączone z SSO? I czy rola "admin" może być nadawana automatycznie na podstawie grupy w Google?

Pozdr.,
Łukasz, IT

-----Original Message-----
From: Wsparcie
Sent: Monday, November 24, 2026 3:12 PM
Subject: RE: SSO - konfiguracja

Dzień dobry, w załączeniu instrukcja konfiguracji SAML. Metadane IdP wgrywa się w Ustawienia > Bezpieczeństwo.""", charset="windows-1250")


def add_es(m, B):
    L = "es"
    # ---- positives
    m(B, L, "a1", "A", "Hotel manager insults the support team and a named agent with contempt.",
      "Re: Incidencia 30214 - channel manager",
      """A ver, Lucía, ¿tú eres tonta o te lo haces? Te he explicado tres veces que las tarifas no se sincronizan con Expedia y me contestas con un tutorial de YouTube.

Sois una panda de inútiles y de sinvergüenzas, no valéis ni para atender un teléfono. Me dais asco.

Fernando Gil
Director, Hotel Mirador del Tajo""", charset="iso-8859-1")
    m(B, L, "a2", "A", "Obfuscated profanity at support from a phone, Latin American voice.",
      "ya basta",
      """son unos p3ndejos todos ahi, hijos de p*ta, me tienen 2 semanas con el mismo pedo. chinguen a su m4dre con sus respuestas automaticas

Enviado desde mi Galaxy""")
    m(B, L, "a3", "A", "Threat of violence against the salesperson who sold the plan.",
      "Para el comercial Javier",
      """Decidle a Javier, el comercial que nos vendió el plan "todo incluido", que sé dónde aparca. Como vuelva a pasar por el polígono le voy a partir la cara, por mentiroso. Y no es una forma de hablar.

Manolo
Talleres Hermanos Ruiz, Alcalá""", fmt="qp")
    m(B, L, "w1", "W", "Social engineering: 'new IT' claims admin died and asks to become super-admin and move MFA.",
      "Cambio de administrador urgente",
      """Buenos días,

Soy el nuevo responsable de informática de la Gestoría Arrieta. Lamentablemente, nuestro administrador, Don Ramón Arrieta, falleció la semana pasada y nadie tiene sus contraseñas.

Necesito que me asignéis como superadministrador de la cuenta y que paséis su verificación en dos pasos a mi móvil (+34 622 118 430). Es urgente, tenemos el cierre trimestral. No tengo poderes notariales todavía, pero la familia está de acuerdo.

Gracias,
Iván Morales""")
    m(B, L, "w2", "W", "Daughter of a shop owner wants access to her father's mailbox and account while he is in hospital.",
      "Acceso al correo de mi padre",
      """Hola,

Mi padre, Antonio Salas, tiene la tienda de electrodomésticos y la cuenta con vosotros está a su nombre. Está ingresado en el hospital y no puede usar el ordenador.

¿Me podéis dar acceso a su buzón de correo y poner mi email (marta.salas@gmail.com) como correo de recuperación? Así puedo contestar a los proveedores. Soy su hija, os puedo mandar una foto del DNI.

Gracias,
Marta""", charset="iso-8859-15")
    m(B, L, "w3", "W", "Association secretary asks to transfer the club account from the former president to herself.",
      "Traspaso de la cuenta del club",
      """Buenas tardes:

En la asamblea del 15 de noviembre se eligió nueva junta en el Club Ciclista Sierra Norte. La cuenta con vosotros está a nombre del antiguo presidente, que no quiere saber nada del club.

Os pido que paséis la titularidad de la cuenta y la suscripción a mi nombre, como nueva secretaria, y que se le quite el acceso a él. Adjunto el acta de la asamblea.

Un saludo,
Rocío Domínguez""", fmt="b64")
    m(B, L, "l1", "L", "Customer announces a complaint to the AEPD and a lawyer after data was shared.",
      "Reclamación formal - datos personales",
      """Buenos días:

He comprobado que mis datos de paciente (nombre, teléfono y tratamiento) aparecen en un correo masivo que la clínica envió a otros clientes usando vuestra plataforma. Nadie me ha dado explicaciones.

Les comunico que voy a presentar una reclamación ante la Agencia Española de Protección de Datos y que mi abogado se pondrá en contacto con ustedes esta semana para reclamar daños.

Atentamente,
Begoña Etxeberria""")
    m(B, L, "o1", "O", "Restaurant chain: all locations' POS terminals frozen, card payments fail everywhere.",
      "URGENTE - no funciona ningún TPV",
      """Hola,

Desde las 13:05 ningún TPV de nuestros cinco restaurantes (Sevilla, Jerez, Cádiz y los dos de Huelva) funciona. Todos se quedan congelados en "Conectando con el servidor..." y no podemos cobrar. Hemos reiniciado todo y probado con datos móviles, igual.

¿Está caído el servicio? Estamos en plena hora de comidas.

Curro Benítez
Grupo La Tasquita""", fmt="alt")
    # ---- A-shaped negatives
    m(B, L, "n1", "", "Frustrated accounting firm swears at the tax-form feature, no personal insult.",
      "El puñetero modelo 303 otra vez",
      """Hola,

Joder, otra vez el puñetero modelo 303 sale con las casillas descuadradas. Esta mierda de actualización me ha jodido la mañana, de verdad. Qué coñazo.

Os adjunto la captura. ¿Lo podéis mirar antes del día 30?

Gracias,
Pili
Asesoría Campos, Zaragoza""")
    m(B, L, "n2", "", "Self-deprecating gym owner who overwrote member list himself.",
      "Soy un desastre, he borrado los socios",
      """Buenas,

Qué burro soy, madre mía. Importé un Excel vacío encima de la lista de socios del gimnasio y ahora no sale nadie. Ya sé que es culpa mía, no hace falta que me lo digáis jaja.

¿Hay copia de seguridad de ayer? Por favor, que mañana a las 7 abre la sala.

Quique, Gimnasio Titán (Murcia)""", charset="iso-8859-1")
    m(B, L, "n3", "", "Tech report with kill, dead process, brute-force, blacklist, abort, in a logistics firm.",
      "Proceso colgado + intentos de fuerza bruta",
      """Buenas,

Dos cosas técnicas:

1) El servicio de etiquetado se queda colgado cada noche. Tenemos que matar el proceso a mano (kill -9) y relanzarlo. En el log:
   [2026-11-25 03:02:11] worker-2 died unexpectedly, job aborted
   [2026-11-25 03:02:11] retry 3/3 failed, marking job as dead
2) Hemos visto un ataque de fuerza bruta contra el login de la web de clientes, miles de intentos desde unas pocas IPs. Las hemos metido en la lista negra del firewall. ¿Podéis activar bloqueo tras X intentos?

Saludos,
Álvaro, sistemas - Transportes Levante""")
    m(B, L, "n4", "", "Harsh words about a third-party courier, asking how to file a claim in the platform.",
      "Reclamación a la mensajería",
      """Hola,

La mensajería que tenéis integrada es un desastre. El repartidor es un impresentable: dejó tres cajas de vino en la calle bajo la lluvia y encima le soltó a mi clienta que era "una vieja pesada". Vaya sinvergüenzas.

¿Cómo abro una reclamación con ellos desde vuestro panel? ¿Y puedo cambiar a otra empresa de transporte?

Gracias,
Nuria - Bodega Online El Lagar""")
    m(B, L, "n5", "", "Town hall clerk describes threats received by staff from a citizen and asks to block and export.",
      "Bloquear remitente que amenaza al personal",
      """Buenos días,

Desde el Ayuntamiento de Villanueva del Río recibimos por el registro electrónico correos de un vecino que llama "chorizos" y "ratas" a los funcionarios y dice que "un día va a venir con una escopeta". Ya lo hemos denunciado a la Guardia Civil.

Necesitamos dos cosas: bloquear su dirección en el registro y exportar todos sus mensajes con fecha y hora para el juzgado. ¿Cómo se hace?

Un saludo,
Mercedes Rubio
Secretaría municipal""", fmt="html")
    m(B, L, "n6", "", "Apology for an earlier rude mail, Argentine voice.",
      "Disculpas",
      """Hola Sofi,

Te quería pedir disculpas por el mail del lunes. Estaba re caliente con lo de las facturas y me la agarré con vos, que no tenías nada que ver. Fue una boludez de mi parte.

Gracias por la paciencia, quedó todo andando.

Abrazo,
Gustavo
Estudio Contable Pereyra, Rosario""")
    m(B, L, "n7", "", "Gaming community moderator asks how to auto-ban toxic users, quoting examples.",
      "Moderación del chat - baneos automáticos",
      """Hola equipo,

Soy moderador de una comunidad de gaming en vuestra plataforma de chat (unos 3.000 miembros). Tenemos un problema con usuarios tóxicos que escriben cosas como "muérete, manco", "eres un subnormal" o "te voy a buscar". 

¿Se pueden configurar baneos automáticos por palabras? ¿Y silenciar 24 h sin expulsar?

Gracias!
Dani (mod)""")
    m(B, L, "n8", "", "Church choir: a YouTube-style comment on their public page insulting the director; asks removal.",
      "Eliminar comentario ofensivo en nuestra página",
      """Buenas tardes,

En la página pública del Coro Parroquial San Roque alguien ha dejado un comentario diciendo que nuestra directora "canta como una cabra y es una cotorra amargada". No sabemos quién es.

¿Podemos borrar ese comentario nosotros o tenéis que hacerlo vosotros? ¿Se puede desactivar que comenten personas anónimas?

Gracias y un saludo,
Conchi, tesorera del coro""", charset="iso-8859-15")
    m(B, L, "n9", "", "Idioms: matar, morir, loco, disparar in a friendly mail from a language school.",
      "Idea para la agenda",
      """¡Hola!

Me encanta la agenda, pero me mata tener que poner las clases de refuerzo una a una. Mataría por una opción de "repetir cada martes". Y los profes se vuelven locos cuando cambio un horario y no les llega aviso.

Os disparo otra idea: colores por aula. ¡Me muero de ganas de verlo!

Un abrazo,
Lorena
Academia de Idiomas Babel, Oviedo""")
    m(B, L, "n10", "", "Forwarded WhatsApp transcript among friends with affectionate swearing, asking about a shared list.",
      "RV: lista de la peña - no se comparte",
      """Os reenvío lo que hablamos en el grupo para que veáis el lío:

[20:14] Rafa: cabrón, ¿has metido tú las cuotas de noviembre?
[20:15] Jorge: jajaja que sí, pesado. pero tú no las ves?
[20:15] Rafa: que no, hostia, me sale la lista vacía
[20:16] Jorge: eres un paquete con el móvil tío, jaja

Bueno, pues eso: la lista de cuotas de la peña ciclista la ve Jorge pero Rafa no, aunque los dos son gestores. ¿Qué permiso falta?

Rafa Ortega""", charset="iso-8859-15")
    # ---- W-shaped negatives
    m(B, L, "n11", "", "Owner of veterinary clinic account adding a new vet as standard user.",
      "Alta de nueva veterinaria",
      """Hola,

Soy la titular de la cuenta de Clínica Veterinaria Huellas. Se incorpora el lunes la Dra. Paula Navarro. ¿Podéis darla de alta como usuaria normal (agenda e historiales), sin acceso a facturación? Su correo: paula.navarro@clinicahuellas.es

Gracias,
Inés Castro""")
    m(B, L, "n12", "", "IT offboarding a leaver: revoke access and archive mailbox, explicitly no takeover.",
      "Baja de empleado",
      """Buenos días,

El empleado Sergio Blanco deja la empresa el viernes 28. Como administrador de la cuenta, os pido:
- desactivar su usuario y cerrar sus sesiones abiertas
- revocar su token de la API
- archivar su buzón según la política de retención (no hace falta reenviar nada a nadie)

Gracias,
Luis Peña, IT - Cooperativa Agrícola Santa Ana""", charset="iso-8859-1")
    m(B, L, "n13", "", "User changing own 2FA phone number, lost old SIM, has backup codes.",
      "Cambiar móvil de la verificación en dos pasos",
      """Hola,

Me he cambiado de compañía y tengo número nuevo. Quiero cambiar mi número de la verificación en dos pasos. Todavía puedo entrar con los códigos de respaldo. ¿Lo hago yo desde Seguridad o tengo que pediros algo?

Saludos,
Patricia""")
    m(B, L, "n14", "", "Volunteer asks who owns the NGO account so she can request access herself.",
      "¿Quién es el administrador de nuestra cuenta?",
      """Buenas,

Soy voluntaria en el banco de alimentos de Getafe. Me han pedido que lleve las inscripciones, pero no sé quién es el administrador de la cuenta de la ONG. ¿Me podéis decir solo a quién tengo que pedírselo? Ya le escribo yo.

Mil gracias,
Irene""")
    m(B, L, "n15", "", "Accounting firm asks what documents are needed for a future account transfer after a merger (question only).",
      "Consulta: documentación para una posible fusión",
      """Buenos días:

Estamos estudiando una posible fusión de nuestra asesoría con otra en 2027. Todavía no hay nada firmado. Solo por planificar: si al final se hace, ¿qué documentación pedís para cambiar el titular de una cuenta? ¿Escritura, CIF nuevo, algo más?

Gracias,
Jaime Ortiz
Ortiz & Lamas Asesores""", fmt="qp")
    m(B, L, "n16", "", "Boss's assistant asks to change the billing contact, on the owner's behalf, owner in CC.",
      "Cambio de contacto de facturación",
      """Hola,

Escribo de parte de mi jefa, Carmen Vidal (titular de la cuenta, en copia). Nos pide que a partir de diciembre las facturas se envíen a facturas@hostalvidal.com en lugar de a su correo personal. Nada más cambia.

Gracias,
Laura, recepción
Hostal Vidal, Tarifa""")
    m(B, L, "n17", "", "Parent asks about rules of child's school platform account.",
      "Cuenta de mi hijo en la plataforma del colegio",
      """Hola, buenas tardes.

Mi hijo tiene 9 años y el colegio le ha creado una cuenta en vuestra plataforma. ¿Los padres podemos ver sus mensajes con los profesores? ¿Quién puede cambiar su contraseña, él o el colegio? Y si cambia de colegio el año que viene, ¿la cuenta se borra?

Gracias,
Raquel (mamá de Hugo, 4ºB)""", charset="iso-8859-1")
    m(B, L, "n18", "", "Domain and DNS: transferring domain between registrars, asking for auth code.",
      "Transferir el dominio a otro proveedor",
      """Buenas,

Queremos llevarnos el dominio panaderia-lamiga.es a otro registrador porque allí tenemos el hosting. ¿Me podéis mandar el código de autorización? Soy el titular del dominio. ¿El correo seguirá funcionando durante la transferencia?

Gracias,
Toni, Panadería La Miga""")
    m(B, L, "n19", "", "User merging two of her own accounts (personal and work).",
      "Unificar mis dos cuentas",
      """Hola:

Tengo dos cuentas, las dos mías: una con mi Hotmail de siempre y otra con el correo del trabajo (elena.ruiz@fisioterapiaruiz.es). Me gustaría unificarlas en la del trabajo y borrar la otra, sin perder las citas. ¿Es posible?

Un saludo,
Elena Ruiz, fisioterapeuta""", fmt="b64")
    m(B, L, "n20", "", "Reply with quoted history: ticket reassigned to another colleague, 'owner of this ticket'.",
      "RE: Ticket #88412 - importación de catálogo",
      """Hola,

Gracias. Os pido que a partir de ahora el responsable de este ticket sea mi compañero Óscar Prieto, que es quien lleva el catálogo. Yo me voy de vacaciones el lunes. Podéis cambiar el propietario del ticket a él.

Un saludo,
Silvia

-----Mensaje original-----
De: Soporte
Enviado el: lunes, 24 de noviembre de 2026 11:40
Asunto: Ticket #88412 - importación de catálogo

Hola Silvia, hemos reproducido el error con el CSV y lo hemos pasado a desarrollo.""", charset="iso-8859-1")


def add_b2(m):
    add_ro(m, B)
    add_pl(m, B)
    add_es(m, B)
