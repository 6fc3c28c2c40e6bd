"""devset21 batch b2: Romanian, Polish, Spanish. Mostly hard negatives shaped like abusive (n1-n10) and
account-ownership (n11-n20) mail, with a few positives (a*, w*, l1, o1) per language."""

B = "b2"

LEGACY_RO = ("iso-8859-2", "windows-1250")


def _ro(text: str, charset: str) -> str:
    """Romanian in a legacy charset: comma-below s/t as the cedilla forms old clients write."""
    if charset in LEGACY_RO:
        return text.translate(str.maketrans("șțȘȚ", "şţŞŢ"))
    return text


def add_b2(m):
    def ro(name, expect, note, subject, body, fmt="plain", charset="utf-8", free=""):
        m(B, "ro", name, expect, note, _ro(subject, charset), _ro(body, charset), fmt, charset, free)

    def pl(name, expect, note, subject, body, fmt="plain", charset="utf-8", free=""):
        m(B, "pl", name, expect, note, subject, body, fmt, charset, free)

    def es(name, expect, note, subject, body, fmt="plain", charset="utf-8", free=""):
        m(B, "es", name, expect, note, subject, body, fmt, charset, free)

    # ------------------------------------------------------------------ Romanian
    # hard negatives shaped like abusive
    ro("n1", "", "Candle webshop owner swearing at the broken Excel export after an update; no person insulted",
       "Iar exportul în Excel, la naiba", """
Bună ziua,

Nu știu ce ați făcut la ultimul update, dar afurisitul ăsta de export în Excel iar se blochează la 99%. Am încercat de trei ori azi-dimineață, pe Chrome și pe Edge, același rahat: bara ajunge la capăt și apoi nimic, fișierul nu se mai descarcă.

Vă rog frumos să vă uitați, că la sfârșit de lună am nevoie de raportul ăla pentru contabilă și chiar nu am chef să copiez 400 de comenzi de mână. Pe vremuri mergea perfect, de ce naiba trebuia stricat?

Cont: magazin@casa-lavanda.ro, exportul pornit pe la 9:40.

Mulțumesc,
Cristina Bălan
Casa Lavandă - lumânări și săpunuri handmade
""")

    ro("n2", "", "Accounting firm clerk calling himself an ox and an idiot for deleting a client folder himself; asks for restore",
       "Am sters singur dosarul clientului - se poate recupera?", """
Salut,

Sunt cel mai mare bou din tot biroul, pe bune. Ieri seară, obosit, am făcut curățenie în dosarele din aplicație și am șters cu mâna mea dosarul "Transilvania Agro SRL" cu toate facturile pe 2025. Nimeni altcineva, eu, idiotul de serviciu.

Există vreun coș de gunoi sau o copie de siguranță din care să-l puteți recupera? Știu că scria "șterge definitiv", dar sper că "definitiv" la voi înseamnă totuși câteva zile :)

Contul este al cabinetului nostru, Expert Cont Mureș, eu sunt utilizator normal, administratorul e doamna Szabó (o pun în CC ca să știe și dânsa ce am făcut, rușine mie).

Mulțumesc frumos,
Radu Moldovan
Expert Cont Mureș SRL
Târgu Mureș
""", charset="iso-8859-2")

    ro("n3", "", "Logistics IT admin: their own sync worker killed by the OOM killer, pasted log, kill -9, dead doc link",
       "Jobul de sincronizare AWB e omorât la fiecare rulare", """
Bună ziua,

Avem o problemă cu conectorul vostru instalat pe serverul nostru intern (Ubuntu 22.04, conectorul versiunea 3.8.1). Jobul de sincronizare a AWB-urilor pornește la fiecare 15 minute, dar după vreo două minute e omorât de sistem. Din ce văd e OOM killer-ul, procesul trece de 4 GB RAM.

Am încercat să omor manual procesele rămase agățate (kill -9) și să repornesc serviciul, degeaba. Log-ul:

2026-11-25 07:15:02 INFO  sync-awb: start batch (1843 items)
2026-11-25 07:16:48 WARN  sync-awb: slow response from carrier API (12.4s)
2026-11-25 07:17:11 ERROR worker-3 killed (signal 9)
2026-11-25 07:17:11 FATAL sync-awb: job aborted, 0 items committed
2026-11-25 07:17:12 INFO  dead-letter queue: 1843 messages

Mai sunt și câteva linkuri moarte în documentația conectorului (pagina despre SYNC_BATCH_SIZE dă 404).

Restul merge normal, doar pe serverul ăsta al nostru apare problema. Se poate micșora dimensiunea lotului din config? Ce valoare recomandați?

Mulțumesc,
Bogdan Ionescu
Administrator IT, RapidTrans Logistic SRL
""")

    ro("n4", "", "Ceramics webshop owner calling a courier company useless; asks how to change the default carrier",
       "Cum schimb curierul implicit în magazin?", """
Bună,

Vreau să scot de tot curierul FlashColet din magazinul meu online și să pun altul implicit. Oamenii ăștia sunt o bătaie de joc: coletele ajung cu o săptămână întârziere, șoferul lor îi înjură pe clienți la telefon, iar săptămâna trecută un pachet cu ceramică a ajuns făcut țăndări pentru că l-au aruncat ca pe un sac de cartofi. Niște neisprăviți, sincer.

Cu voi n-are nicio legătură, platforma merge bine. Doar că nu găsesc în Setări > Livrare unde se schimbă curierul implicit, îmi apare doar butonul „Adaugă curier”.

Îmi puteți spune pașii?

Mulțumesc,
Ioana Dobre
ceramica-dobre.ro
""", fmt="html")

    ro("n5", "", "Dental clinic receptionist quoting a patient's abusive chat messages to staff; wants to block him and export the chats",
       "Pacient care ne hărțuiește pe chat - blocare și export conversații", """
Bună ziua,

Lucrez la recepția Clinicii Dentare Zâmbet din Iași. De vreo două săptămâni un pacient ne scrie zilnic pe chatul de programări de pe site mesaje jignitoare la adresa colegelor mele. Două exemple, ca să înțelegeți despre ce e vorba:

„sunteți niște proaste care nu știți să faceți o programare”
„vă găsesc eu după program, vacilor”

Colegele sunt speriate, iar medicul șef vrea să facem plângere împotriva lui. Pentru asta avem nevoie de:
1. un mod de a-l bloca pe chat (avem numărul lui de telefon și adresa de e-mail);
2. un export al tuturor conversațiilor cu el, cu dată și oră.

Se poate face din contul nostru sau trebuie să ne ajutați voi?

Mulțumim,
Elena Rusu
Recepție, Clinica Dentară Zâmbet
""", fmt="alt")

    ro("n6", "", "Hurried phone reply apologising to the agent for yesterday's harsh mail, agent's reply quoted; no diacritics",
       "Re: Tichet #58213 - factura dublata", """
Buna ziua doamna Popa,

Va multumesc ca ati rezolvat asa repede cu factura dublata. Si vreau sa imi cer scuze pentru mailul de ieri, am fost mult prea dur si nu era cazul sa ma iau de dumneavoastra, nu aveati nicio vina. Eram pe drum, cu clientii pe cap, si am scris la nervi. Imi pare sincer rau.

O zi buna,
Mihai Stan

Trimis de pe telefon

On Tue, 24 Nov 2026 at 16:05, Suport <support@example.com> wrote:
> Buna ziua domnule Stan,
>
> Am anulat factura FCT-20931 emisa de doua ori si v-am trimis nota de credit.
> Ne cerem scuze pentru neplacere.
>
> Cu stima,
> Alina Popa, Echipa de suport
""")

    ro("n7", "", "Football supporters' forum admin quoting abusive fan posts; asks for a word filter and temporary bans",
       "Filtru de cuvinte și ban temporar pe forumul clubului", """
Salutare,

Sunt administratorul forumului suporterilor CS Viitorul Pitești (găzduit la voi, planul Comunitate). După fiecare derby se umple forumul de mesaje de genul:

- „bă idiotule, du-te și te spânzură”
- „arbitrul ăla e un porc vândut”
- „muie jucătorilor de la rivali”

Vreau două lucruri:
1. o listă de cuvinte interzise, iar mesajele care le conțin să meargă automat în coada de moderare;
2. să pot bana temporar (7 zile) un utilizator fără să-i șterg contul și istoricul.

Am găsit în panou secțiunea „Moderare”, dar opțiunea cu lista de cuvinte e gri. E disponibilă doar pe un plan mai mare?

Mersi,
Sorin (admin forum)
""")

    ro("n8", "", "Guesthouse owners asking to remove a fake review that calls the owner a thief; legacy charset",
       "Cerere ștergere recenzie falsă", """
Bună ziua,

Avem o pensiune în Breb, Maramureș, și folosim widgetul vostru de recenzii pe site. Aseară a apărut o recenzie de la un „Gigel77” care n-a stat niciodată la noi (am verificat toate rezervările din ultimii doi ani):

„Proprietarul e un țăran nespălat și un hoț, camerele put, fugiți de aici!”

Nu avem nicio rezervare pe numele ăsta sau de pe adresa aceea. Cum putem raporta recenzia ca falsă și cât durează până o verificați? Nu vrem să ștergem nimic altceva, avem și recenzii negative reale și e corect să rămână.

Cu stimă,
Vasile și Maria Pop
Pensiunea La Poarta Veche, Breb
""", charset="windows-1250")

    ro("n9", "", "Church choir conductor, warm feature wishes full of idioms (would kill for dark mode, died laughing)",
       "Sugestii pentru aplicație - corul parohial", """
Dragă echipă,

Vă scriu din partea corului parohiei „Sfântul Nicolae” din Brașov. Folosim aplicația voastră de un an pentru repetiții și partituri și, sincer, ne-a salvat viața: înainte umblam cu teancuri de foi și era nebunie curată.

Câteva sugestii, dacă îmi permiteți:
- aș omorî pentru un mod întunecat, la repetițiile de seară ecranul alb ne orbește pe toți;
- ar fi bombă dacă am putea marca respirațiile direct pe partitură;
- notificările de la 6 dimineața mă omoară, le putem muta pe la 9?

Doamna Ecaterina, cea mai în vârstă coristă a noastră (82 de ani!), a murit de râs când a descoperit că poate mări notele cu două degete. Acum ne învață ea pe noi, bată-o norocul.

Toate cele bune și Doamne ajută,
Andrei Munteanu, dirijor
""")

    ro("n10", "", "Village hall IT: brute-force attack on their tax portal login, blacklist IPs, master/slave replication; portal works",
       "Atac brute-force pe portalul de plăți - blacklist IP", """
Bună ziua,

Sunt responsabilul IT de la Primăria Comunei Ciorogârla. De azi-noapte vedem în jurnalele portalului nostru de taxe locale (integrat cu modulul vostru de plăți) un atac de tip brute-force pe pagina de autentificare: peste 20.000 de încercări de la câteva zeci de adrese IP, majoritatea din afara țării. Din ce vedem, nu a reușit nicio autentificare.

Întrebări:
1. Putem adăuga noi aceste IP-uri pe un blacklist direct din panoul de administrare, sau trebuie să vă trimitem lista?
2. Există o limită de încercări (rate limiting) pe contul nostru și o putem face mai strictă?
3. Replicarea bazei de date e încă în configurația veche master/slave; la un failover, blocările rămân valabile pe ambele noduri?

Portalul funcționează normal pentru cetățeni, vrem doar să închidem ușa înainte să devină o problemă.

Cu stimă,
Ing. Laurențiu Dinu
Compartimentul IT, Primăria Ciorogârla
""", fmt="b64")

    # hard negatives shaped like account-ownership
    ro("n11", "", "Account holder of an accounting practice adding an intern as a normal user; asks about seat limit",
       "Utilizator nou pentru stagiară", """
Bună ziua,

Sunt titulara contului cabinetului nostru (Cabinet Contabil Neagu). De luni avem o stagiară, Diana Enache, diana.enache@cabinetneagu.ro. Vreau să-i fac un cont de utilizator obișnuit, cu acces doar la modulul de facturi primite, fără drepturi de administrator și fără acces la salarii.

Am încercat din Setări > Utilizatori, dar îmi spune că am atins numărul maxim de utilizatori din abonament. Trebuie să trec pe planul următor sau îmi puteți da un loc în plus pentru 3 luni?

Mulțumesc,
Gabriela Neagu
Expert contabil
""")

    ro("n12", "", "Hotel manager (account admin) offboarding a receptionist who left: deactivate, free the licence, mailbox not needed",
       "Dezactivare cont coleg plecat", """
Bună ziua,

Colegul nostru Marius Tudose (marius.tudose@hotel-carpati.ro) a plecat din firmă vineri. Vă rog să-i dezactivați contul și să eliberați licența, ca s-o putem folosi pentru noul recepționer de luna viitoare.

Rezervările lui le-am reasignat deja colegei Larisa, iar căsuța lui de e-mail nu ne trebuie, poate fi ștearsă după perioada standard de păstrare. Nu e nevoie să intre nimeni în ea.

Eu sunt administratorul contului hotelului, îmi puteți confirma aici.

Mulțumesc,
Florin Georgescu
Manager, Hotel Carpați Sinaia
""", fmt="qp")

    ro("n13", "", "Designer moving her own 2FA to a new phone and changing her own login email; phone mail without diacritics",
       "telefon nou - autentificare in 2 pasi", """
Buna,
mi-am schimbat telefonul si aplicatia de autentificare era pe cel vechi. Pe cel vechi il am inca, merge, dar vreau sa mut 2FA pe telefonul nou (acelasi numar, 07xx xxx 412). Contul e al meu, adriana.vlad@gmail.com. Care e procedura corecta ca sa nu ma blochez singura pe dinafara?
Si inca ceva: pot sa-mi schimb si adresa de login pe adriana@vlad-design.ro sau trebuie cont nou?
Mersi mult
Adriana

Trimis de pe iPhone
""")

    ro("n14", "", "NGO volunteer via pasted web form asking who the account owner is so she can ask them for editor rights",
       "Formular de contact: cine administrează contul asociației?", """
--- Formular de contact (site) ---
Nume: Teodora Marin
E-mail: teodora.marin@pasimici.ro
Organizație: Asociația Pași Mici
Subiect: Drepturi de editare
Mesaj:
Bună ziua, sunt voluntară la Asociația Pași Mici (ajutăm copiii din centrele de plasament cu temele). Coordonatoarea mi-a dat sarcina să actualizez calendarul de activități, dar contul meu nu are drept de editare.
Puteți să-mi spuneți cine este proprietarul/administratorul contului asociației? Nu vă cer să-mi dați mie drepturi, vreau doar să știu cui să-i scriu ca să mă adauge dânsul ca editor. Coordonatoarea s-a schimbat anul ăsta și nu mai știm cine a făcut contul inițial.
Mulțumesc mult!
--- Sfârșit formular ---
""")

    ro("n15", "", "Assistant writing for her boss (in CC): how can he share his own calendar with her, without his mail",
       "Delegare calendar - întrebare din partea dl. director", """
Bună ziua,

Vă scriu în numele domnului director Dan Voicu (îl am în CC), care m-a rugat să vă întreb următorul lucru: dânsul vrea să-mi dea mie, ca asistentă, dreptul să văd și să accept invitațiile din calendarul lui, dar fără acces la e-mailurile lui.

Se poate face asta din setările contului dânsului? Dacă da, ne puteți trimite pașii, ca să-i facă dânsul mâine dimineață când ajunge la birou? Nu e nimic urgent.

Mulțumesc,
Irina Constantin
Asistent manager, Voicu Arhitectură SRL
""", fmt="alt")

    ro("n16", "", "Sole trader only asking what documents a future move from PFA to SRL would need; explicitly change nothing",
       "Întrebare: trecere de pe PFA pe SRL", """
Bună ziua,

Momentan contul și abonamentul sunt pe PFA-ul meu (Ene Octavian PFA). Contabilul mă sfătuiește să trec activitatea pe un SRL de la 1 ianuarie, unde tot eu voi fi asociat unic.

Înainte să mă apuc de hârtii, aș vrea să știu ce presupune la voi: se poate păstra același cont și schimbăm doar datele de facturare, sau trebuie făcut un transfer? Ce documente v-ar trebui (certificat de înregistrare, CUI)?

Deocamdată doar mă informez, vă rog să nu modificați nimic în cont.

Mulțumesc,
Octavian Ene
""")

    ro("n17", "", "Organic shop employee going on leave asks to hand their support ticket to a colleague (new ticket owner)",
       "Re: Tichet #60117 - schimbare persoană de contact", """
Bună ziua,

Eu am deschis tichetul #60117 despre importul de produse, dar de mâine intru în concediu două săptămâni. Puteți să treceți tichetul pe colega mea, Roxana Stoica (roxana.stoica@bioshop-cluj.ro)? Ea va fi de acum proprietarul tichetului și vă va răspunde la întrebări.

Nu schimbăm nimic la cont, doar persoana cu care discutați pe tichetul ăsta.

Mulțumesc,
Alexandru Pavel
BioShop Cluj
""", fmt="html")

    ro("n18", "", "Private school network admin with SSO/Entra ID questions (owner break-glass login, admin mapping), some English terms",
       "Configurare SSO cu Microsoft Entra ID", """
Bună ziua,

Suntem o școală privată (Școala Gimnazială Lumina, vreo 60 de cadre) și vrem să configurăm autentificarea unică (SSO) prin Microsoft Entra ID, ca profesorii să intre cu contul de școală.

Câteva întrebări înainte să începem:
- SAML sau OIDC? În documentație apar amândouă.
- Contul de administrator de la voi trebuie să fie același cu Global Administrator din Entra?
- Dacă facem SSO obligatoriu, contul meu de proprietar mai poate intra cu parolă în caz de urgență (break-glass account)?
- Utilizatorii existenți se leagă automat după adresa de e-mail sau trebuie invitați din nou?

Mulțumesc,
Cătălin Barbu
Administrator rețea, Școala Gimnazială Lumina
""")

    ro("n19", "", "Parent asking the rules of her 8-year-old's school platform account (parent account, who can message kids)",
       "Contul fiicei mele pe platforma școlii", """
Bună ziua,

Fiica mea e în clasa a III-a la Școala nr. 5 din Constanța, iar școala folosește platforma voastră pentru teme. Doamna învățătoare ne-a trimis datele de autentificare ale copilului.

Aș avea două întrebări:
1. Părinții au un cont separat, de părinte, sau urmărim temele tot din contul copilului?
2. Copiii sub 14 ani pot primi mesaje de la alți utilizatori, în afară de profesori? Aș vrea să știu regulile înainte s-o las să folosească singură tableta.

Mulțumesc,
Simona Radu
""", fmt="qp", charset="iso-8859-2")

    ro("n20", "", "Foundation volunteer with an expired team invitation, and asking to merge her own two accounts",
       "Invitație expirată + am două conturi", """
Bună ziua,

Săptămâna trecută am primit o invitație să intru în echipa „Fundația Casa Speranței” pe platforma voastră, dar linkul a expirat până am apucat să dau click (eram în concediu). Trebuie să-i cer administratoarei să mi-o retrimită sau o puteți reactiva voi?

Și a doua problemă: am constatat că am două conturi la voi, unul pe adresa personală (paula.nistor@yahoo.com) și unul vechi pe adresa de la fundație. Ambele sunt ale mele. Se pot uni într-unul singur, pe adresa de la fundație?

Mulțumesc,
Paula Nistor
""", fmt="b64")

    # positives
    ro("a1", "A", "Haulier furious about a wrong invoice, calling a named agent stupid and the staff incompetent thieves",
       "A TREIA OARĂ aceeași problemă!!!", """
Ascultați aici,

E a treia oară când vă scriu pentru aceeași factură greșită și a treia oară când primesc un răspuns copy-paste. Andreea aia de la suport e proastă de bubuie, nu e în stare să citească două rânduri. Sunteți o adunătură de incompetenți și de hoți care încasați banii și nu mișcați un deget.

Vreau factura corectată AZI. Și vreau să-mi răspundă cineva care are creier, nu Andreea.

Costel Vasilescu
Vasilescu Transport
""")

    ro("a2", "A", "Customer waiting for a refund hurling obfuscated obscenities at the support staff, no diacritics",
       "re: re: re: rambursare", """
Ba, voi sunteti normali?? 3 saptamani astept banii inapoi si voi imi trimiteti "lucram la asta". Sunteti niste f*tuti la cap, niste m@rlani si niste h0ti, dobitocilor. Bag p*la in firma voastra de tepari, dati banii inapoi!!!

Trimis de pe Samsung
""")

    ro("a3", "A", "Customer threatening to come to the office and break the legs of a named agent who keeps calling",
       "Ultimul avertisment pentru agentul vostru", """
Agentul vostru, Cosmin sau cum îl cheamă, m-a sunat azi de patru ori pentru un abonament pe care l-am plătit de mult. Dacă mai sună o singură dată, vin la sediul vostru din Ploiești și îi rup picioarele, să știe de la cine. Știu unde lucrați și știu cum arată, are poză pe LinkedIn.

N-o să vă mai zic a doua oară.

G. Anghel
""", fmt="qp", charset="iso-8859-2")

    ro("w1", "W", "Son of a deceased shop owner asking to transfer the account to him, make him owner and open the father's mailbox",
       "Contul tatălui meu decedat - transfer pe numele meu", """
Bună ziua,

Tatăl meu, Ion Petrescu, a decedat luna trecută. El era titularul contului magazinului nostru de familie (petrescu-miere.ro) și singurul care avea parola și codul de autentificare pe telefonul lui, pe care nu-l putem debloca.

Eu sunt fiul lui și continui afacerea. Vă rog să transferați contul și abonamentul pe numele meu, să mă faceți proprietar și să-mi dați acces la căsuța lui de e-mail de pe domeniu, acolo sunt toate comenzile și corespondența cu furnizorii. Pot trimite certificatul de deces și certificatul de moștenitor.

Vă mulțumesc pentru înțelegere,
Andrei Petrescu
""")

    ro("w2", "W", "Acquirer of a travel agency asking to be made owner/super-admin and to remove the unreachable previous owner",
       "Preluare firmă - schimbare proprietar cont", """
Bună ziua,

Vă informez că firma noastră, Nord Invest SRL, a preluat de la 1 noiembrie agenția de turism Mirage Travel SRL. Fostul proprietar, dl. Sandu, nu mai răspunde la telefon și nu ne-a predat parolele.

Vă rog să mă setați pe mine ca proprietar și super-admin al spațiului de lucru „Mirage Travel” și să-l scoateți pe dl. Sandu din cont. Vă pot trimite contractul de cesiune a părților sociale.

Este urgent, avem rezervări de Revelion de gestionat.

Cu stimă,
Mihaela Dragomir
Director general, Nord Invest SRL
""", fmt="alt")

    ro("w3", "W", "CEO-fraud style mail: 'CEO on a plane' wants the admin account's 2FA phone and recovery email moved to him, bypassing IT",
       "URGENT - schimbare telefon autentificare cont admin", """
Bună,

Sunt Radu Constantinescu, CEO la Vitafarm Distribuție. Sunt în avion spre Dubai și am doar un telefon nou, cel vechi a rămas la birou.

Vă rog să schimbați numărul de telefon pentru autentificarea în doi pași a contului de administrator (admin@vitafarm.ro) pe +971 50 318 2277 și adresa de recuperare pe radu.constantinescu.ceo@gmail.com. Nu mai treceți prin departamentul IT, sunt depășiți cu treaba și nu vreau să-i încurc.

Am nevoie de asta în următoarea oră, am o semnătură de dat.

Radu
Trimis de pe mobil
""")

    ro("l1", "L", "Customer charged twice after cancelling: 10-day deadline, then ANPC complaint and court",
       "Notificare - abonament anulat, dar taxat în continuare", """
Bună ziua,

Mi-am anulat abonamentul pe 3 septembrie (am confirmarea voastră pe e-mail, nr. CNL-44871), dar mi s-au mai retras de pe card 149 lei în octombrie și încă 149 lei în noiembrie.

Vă solicit returnarea celor 298 lei în termen de 10 zile lucrătoare. În caz contrar, depun plângere la ANPC și mă adresez instanței pentru recuperarea sumei și a cheltuielilor. Am păstrat toată corespondența.

Cu stimă,
Laura Mihăilescu
""")

    ro("o1", "O", "Tax consultancy: nobody in the 11-person office (incl. home workers, mobile data) can log in, 502 for all",
       "E picat la toată lumea? Eroare 502", """
Bună ziua,

De la 8:15 nimeni din biroul nostru nu se mai poate loga în aplicație. Suntem 11 oameni, pe calculatoare și rețele diferite (doi colegi lucrează de acasă), și toți primim același ecran: 502 Bad Gateway. Am încercat și de pe telefon, pe date mobile, la fel.

E o problemă la voi? Aveți o estimare când revine? Avem de depus declarațiile clienților azi.

Mulțumesc,
Ovidiu Lazăr
Lazăr Consultanță Fiscală
""")

    _add_pl(pl)
    _add_es(es)


def _add_pl(pl):
    # ------------------------------------------------------------------ Polish
    # hard negatives shaped like abusive
    pl("n1", "", "Garden webshop owner swearing (kurwa mac) at the CSV export broken since an update; no person insulted",
       "Eksport zamówień znowu się wysypuje", """
Dzień dobry,

kurwa mać, przepraszam za wyrażenie, ale ten eksport zamówień do CSV znowu się wysypuje. Trzeci raz w tym tygodniu. Klikam „Eksportuj”, kółeczko kręci się 5 minut i potem pusty plik 0 KB. Szlag mnie trafia, bo w piątek muszę to wysłać do księgowej.

Do zeszłego tygodnia działało bez problemu, więc coś się musiało zmienić po tej cholernej aktualizacji. Próbowałem na Firefoksie i na Chromie, czyściłem cache, to samo.

Sklep: sklep.zielonyogrodek.pl, zakres dat 1-24.11.

Pozdrawiam
Tomasz Wróbel
""")

    pl("n2", "", "Accounting office clerk calling himself a moron for deleting an invoice himself; asks if it can be restored",
       "Usunąłem fakturę - da się cofnąć?", """
Dzień dobry,

ale ze mnie debil. Dziś rano porządkowałem faktury w module kosztów i zamiast duplikatu usunąłem oryginał faktury od naszego największego dostawcy (FV 2026/11/0457, Hurtownia Budmat). Sam, własnoręcznie, nikt mi nie kazał.

Czy jest jakiś kosz albo kopia, z której da się ją przywrócić? Mam jeszcze PDF, ale wolałbym nie wprowadzać wszystkiego od nowa, bo było tam 14 pozycji i trzy stawki VAT.

Z góry dziękuję i przepraszam za kłopot,
Paweł Zając
Biuro Rachunkowe "Bilans" s.c., Radom
""", fmt="qp", charset="iso-8859-2")

    pl("n3", "", "Logistics IT: their own stock-sync agent killed by the OOM killer, kill -9, pasted log, dead doc link",
       "Proces importu ubijany przez OOM killera", """
Cześć,

mamy problem z Waszym agentem synchronizacji stanów magazynowych na naszym serwerze (Debian 12, agent 2.4.0). Od wczoraj proces importu jest zabijany przez OOM killera mniej więcej po 3 minutach. Próbowałem ubić wiszące procesy ręcznie (kill -9), zrestartować usługę, nawet cały serwer – bez zmian.

Fragment logu:

[2026-11-25 06:30:01] INFO  import: start (14220 SKU)
[2026-11-25 06:33:12] ERROR worker#2 killed by signal 9
[2026-11-25 06:33:12] FATAL import aborted: child process died unexpectedly
[2026-11-25 06:33:13] WARN  retry 1/3 ...

Do tego w dokumentacji agenta jest martwy link do opisu parametru BATCH_SIZE (404).

Wszystko inne działa normalnie, problem jest tylko na tym jednym serwerze u nas. Czy mogę zmniejszyć rozmiar paczki w konfiguracji i jaka wartość będzie bezpieczna?

Pozdrawiam,
Kamil Szymański
Dział IT, TransLog Poznań Sp. z o.o.
""")

    pl("n4", "", "Customer calling his own bank thieves and idiots for blocking his card; asks how to change the payment card",
       "Zmiana karty płatniczej w abonamencie", """
Dzień dobry,

muszę zmienić kartę, z której pobierana jest opłata za abonament. Mój bank (nie będę reklamował tych złodziei) zablokował mi kartę, bo „wykrył podejrzaną transakcję” – czyli to, że zapłaciłem za pizzę w Gdyni. Banda idiotów, od tygodnia nie potrafią wydać nowej karty, a na infolinii 40 minut czekania.

Mam już kartę z innego banku. Gdzie w panelu się ją podmienia? W zakładce Płatności widzę tylko starą kartę i nie ma przycisku „Zmień”.

Pozdrawiam
Marek Nowicki
""")

    pl("n5", "", "Deputy head of a primary school quoting a parent's abusive messages to a teacher; wants to block him and export",
       "Obraźliwe wiadomości od rodzica - blokada i eksport", """
Dzień dobry,

jestem wicedyrektorką Szkoły Podstawowej nr 12 w Lublinie. Jedna z naszych nauczycielek od tygodnia dostaje przez Wasz komunikator dla rodziców wiadomości od ojca ucznia, np.:

„ty głupia krowo, nie nadajesz się do uczenia”
„jeszcze się policzymy po lekcjach”

Pani jest roztrzęsiona. Chcielibyśmy:
1. zablokować temu rodzicowi możliwość pisania do tej nauczycielki (ale nie do wychowawcy i sekretariatu, bo musi mieć kontakt ze szkołą);
2. wyeksportować całą korespondencję z datami do PDF, bo dyrekcja chce to przekazać dalej.

Czy da się to zrobić z poziomu konta szkoły?

Z poważaniem
Agnieszka Kowalczyk
wicedyrektor SP 12
""", fmt="alt")

    pl("n6", "", "Restaurant owner apologising to the agent for yesterday's angry mail, Outlook original quoted",
       "RE: Zgłoszenie 77120 – zdublowana płatność", """
Dzień dobry Pani Moniko,

dziękuję za szybki zwrot. I chciałem przeprosić za mój wczorajszy mail – poniosło mnie, pisałem w nerwach po całym dniu z kontrolą z sanepidu i niepotrzebnie wyżyłem się na Pani. To nie była Pani wina.

Pozdrawiam serdecznie
Jerzy Malinowski
Restauracja Pod Lipami

-----Original Message-----
From: Monika, Zespół Wsparcia <support@example.com>
Sent: Tuesday, November 24, 2026 3:12 PM
Subject: Zgłoszenie 77120 – zdublowana płatność

Dzień dobry,

zwrot podwójnie pobranej opłaty (129 zł) został zlecony, środki powinny wrócić na kartę w ciągu 3-5 dni roboczych.

Pozdrawiam,
Monika
""")

    pl("n7", "", "Volleyball fan forum admin quoting vulgar posts; asks for a word filter and 7-day bans",
       "Filtr wulgaryzmów i banowanie na forum klubu", """
Cześć,

prowadzę forum kibiców klubu siatkarskiego (plan Społeczność). Po każdych derbach mamy wysyp wpisów w stylu:

- „sędzia to ślepy cwel”
- „spierdalaj do swojego klubu, debilu”
- „kibice z Rzeszowa to bydło”

Chciałbym ustawić listę zakazanych słów, żeby takie posty szły automatycznie do moderacji, i móc dawać bana czasowego (np. 7 dni) bez kasowania konta i historii. W panelu w sekcji Moderacja opcja „Filtr słów” jest wyszarzona. Czy to jest tylko w wyższym planie?

Dzięki,
Łukasz (admin forum)
""", fmt="html")

    pl("n8", "", "Zakopane guesthouse owners asking to remove a fake review calling the owner a boor and a fraud",
       "Fałszywa opinia w widżecie recenzji", """
Dzień dobry,

prowadzimy pensjonat w Zakopanem i korzystamy z Waszego widżetu opinii na stronie. Wczoraj pojawiła się opinia od użytkownika „Janusz_1970”, który nigdy u nas nie nocował (sprawdziliśmy rezerwacje z dwóch lat):

„Właściciel to cham i oszust, pokoje śmierdzą, omijać szerokim łukiem!”

Jak możemy zgłosić tę opinię jako fałszywą i ile trwa weryfikacja? Prawdziwych negatywnych opinii nie chcemy usuwać, niech wiszą, tylko tę jedną.

Z pozdrowieniami
Halina i Stanisław Gąsienica
Pensjonat Pod Giewontem
""", charset="windows-1250")

    pl("n9", "", "Parish choir conductor with feature wishes in idioms (I'd kill for dark mode), pastes organist's affectionate swearing",
       "Parę sugestii od chóru parafialnego", """
Szczęść Boże,

piszę w imieniu chóru parafii św. Jadwigi w Chorzowie. Używamy Waszej aplikacji do nut i prób od roku i to był strzał w dziesiątkę – wcześniej biegaliśmy z teczkami kserówek i można było zwariować.

Kilka drobiazgów:
- zabiłbym za tryb ciemny, przy wieczornych próbach biały ekran wypala oczy;
- przypomnienia o 6 rano mnie wykańczają, da się je przesunąć?
- nasz najstarszy tenor, pan Zdzisław, umierał ze śmiechu, jak odkrył, że można powiększać nuty palcami.

Wklejam jeszcze, co napisał mi na WhatsAppie nasz organista, bo dobrze to podsumowuje:
„Ty stary draniu, ale ta apka jest zajebista, czemu nikt nam jej wcześniej nie pokazał?”

Z pozdrowieniami
Piotr Kaczmarek, dyrygent
""")

    pl("n10", "", "Municipality IT: brute-force attack on the fee portal login, IP blacklist, master/slave replication; portal works",
       "Atak brute-force na panel logowania – czarna lista IP", """
Dzień dobry,

jestem informatykiem w Urzędzie Gminy Wilkowice. Od nocy w logach portalu opłat lokalnych (zintegrowanego z Waszym modułem płatności) widzimy atak brute-force na stronę logowania: ponad 30 tys. prób z kilkudziesięciu adresów IP. Z tego, co widzimy, żadne logowanie się nie powiodło, a portal działa normalnie.

Pytania:
1. Czy możemy sami dodać te adresy do czarnej listy (blacklist) w panelu administracyjnym?
2. Czy jest limit prób logowania i czy można go zaostrzyć?
3. Nasza replikacja bazy wciąż działa w starym układzie master/slave – czy po przełączeniu blokady obowiązują na obu węzłach?

Z poważaniem
Grzegorz Lis
Referat Informatyki, UG Wilkowice
""", fmt="b64")

    # hard negatives shaped like account-ownership
    pl("n11", "", "Gym account owner adding a new trainer as an ordinary user without payments or admin rights",
       "Dodanie trenera jako użytkownika", """
Dzień dobry,

jestem właścicielką konta siłowni FitPoint Rzeszów. Zatrudniłam nowego trenera, Dawida Mazura (dawid.mazur@fitpoint-rzeszow.pl). Chcę mu założyć zwykłe konto użytkownika – żeby widział grafik zajęć i mógł zapisywać klientów na treningi personalne, ale bez dostępu do płatności i bez uprawnień administratora.

Czy rola „Trener” w ustawieniach to właśnie to, czy muszę stworzyć własną rolę?

Pozdrawiam
Karolina Pietrzak
""")

    pl("n12", "", "Wholesaler HR/admin offboarding a warehouse worker: deactivate or delete, free the licence, mailbox not needed",
       "Usunięcie dostępu byłego pracownika", """
Dzień dobry,

z dniem 30.11 odchodzi od nas pracownik magazynu, Adam Sikora (a.sikora@hurtpol.pl). Jako administrator konta firmy proszę o potwierdzenie, jak poprawnie odebrać mu dostęp:
- czy wystarczy dezaktywować użytkownika, czy trzeba go usunąć, żeby zwolnić licencję?
- jego zlecenia przepiszę na kierownika zmiany – czy historia zostanie?

Do jego skrzynki nie potrzebujemy dostępu, wszystko ważne i tak jest w systemie.

Dziękuję,
Beata Wójcik
HurtPol, kadry i administracja
""", fmt="qp")

    pl("n13", "", "Pasted contact form: user changing his own login email and password, no diacritics",
       "Formularz kontaktowy: zmiana maila i hasla", """
Formularz kontaktowy - nowe zgloszenie
Imie i nazwisko: Jan Kowalski
Email: jan.k1985@o2.pl
Temat: Moje konto
Tresc:
Dzien dobry, chce zmienic adres email do logowania na moim koncie z jan.k1985@o2.pl na jan.kowalski@kowalski-serwis.pl (oba sa moje). Przy okazji chcialbym zmienic haslo, bo stare uzywalem tez w innych miejscach. Jak to zrobic, zeby nie stracic historii zamowien? Pozdrawiam
""")

    pl("n14", "", "Parent asking the rules of her 7-year-old son's school platform account (parent account, messages)",
       "Konto dziecka na platformie szkolnej - pytania", """
Dzień dobry,

mój syn chodzi do 2 klasy w SP 3 w Gnieźnie, szkoła korzysta z Państwa platformy do zadań domowych. Pani wychowawczyni przekazała nam login i hasło dziecka.

Mam dwa pytania:
1. Czy rodzice mają osobne konto rodzica, czy sprawdzamy zadania z konta dziecka?
2. Czy dzieci poniżej 13 lat mogą dostawać wiadomości od innych uczniów, czy tylko od nauczycieli?

Chcę znać zasady, zanim dam mu tablet do samodzielnego korzystania.

Pozdrawiam
Ewa Kaczmarczyk
""", fmt="qp", charset="iso-8859-2")

    pl("n15", "", "Town hall clerk asking who owns their account so she can ask that person for edit rights",
       "Kto jest właścicielem konta urzędu?", """
Dzień dobry,

pracuję w Wydziale Promocji Urzędu Miasta Łowicz. Mam aktualizować kalendarz wydarzeń na stronie, ale moje konto ma tylko podgląd.

Czy mogą mi Państwo powiedzieć, kto u nas jest właścicielem / administratorem konta? Nie proszę o uprawnienia dla siebie – chcę tylko wiedzieć, do kogo się zwrócić, żeby mi je nadał. Osoba, która zakładała konto, przeszła do innego wydziału i nikt nie pamięta, kto to po niej przejął.

Z poważaniem
Natalia Ostrowska
""")

    pl("n16", "", "Ceramics studio owner transferring her own domain to another registrar; asks for AuthInfo code and DNS advice",
       "Przeniesienie domeny do innego rejestratora", """
Dzień dobry,

jestem właścicielką konta i domeny pracowniaglina.pl, którą mam zarejestrowaną przez Państwa. Chcę przenieść domenę do innego rejestratora (sklep i poczta zostają u Was, zmienia się tylko rejestrator).

Proszę o kod AuthInfo oraz informację, czy po przeniesieniu muszę zmieniać rekordy DNS, żeby sklep i poczta działały bez przerwy.

Pozdrawiam
Magdalena Zielińska
Pracownia Ceramiki Glina
""", fmt="html")

    pl("n17", "", "Foundation IT asking SSO/SAML questions with Google Workspace (owner vs super admin, emergency password login)",
       "SSO przez Google Workspace – pytania przed wdrożeniem", """
Cześć,

jesteśmy fundacją (ok. 40 osób, w tym wolontariusze) i chcemy włączyć logowanie przez Google Workspace (SAML).

Kilka pytań:
- czy konto właściciela u Was musi mieć ten sam adres co superadministrator w Google?
- jeśli wymusimy SSO, czy właściciel konta nadal może zalogować się awaryjnie hasłem?
- czy istniejący użytkownicy zostaną powiązani po adresie e-mail, czy trzeba ich zaprosić od nowa?
- czy wolontariusze z prywatnymi Gmailami mogą dalej logować się hasłem?

Dzięki,
Michał Dudek
IT, Fundacja Otwarte Drzwi
""")

    pl("n18", "", "Designer who has two accounts of her own asking to merge them into one",
       "Połączenie dwóch moich kont", """
Dzień dobry,

przez przypadek założyłam drugie konto – jedno mam na prywatny adres (ola.jankowska@gmail.com), drugie na firmowy (aleksandra@jankowska-design.pl). Oba są moje i do obu mam dostęp. Na prywatnym są stare projekty, na firmowym aktywny abonament.

Czy da się połączyć te konta w jedno, na adresie firmowym, tak żeby projekty się przeniosły? Prywatne mogę potem usunąć.

Pozdrawiam
Aleksandra Jankowska
""")

    pl("n19", "", "Handball club member whose team invitation expired before he clicked it",
       "Zaproszenie do zespołu wygasło", """
Dzień dobry,

w zeszłym tygodniu dostałem zaproszenie do zespołu „KS Orlęta Radzyń – sekcja piłki ręcznej”, ale zanim kliknąłem link, wygasł (pokazuje się „Zaproszenie nieważne”).

Czy trzeba poprosić administratora klubu, żeby wysłał nowe, czy Państwo mogą je przedłużyć? Nie chcę zawracać głowy trenerowi, jeśli nie trzeba.

Pozdrawiam
Krzysztof Baran
""", fmt="alt")

    pl("n20", "", "Garage owner (account admin) renaming the company and making the bookkeeper the billing contact",
       "Zmiana nazwy firmy i osoby do faktur", """
Dzień dobry,

jestem właścicielem konta firmy „Auto-Serwis Nowak”. Od 1 grudnia zmieniamy nazwę na „Nowak Motors” – NIP i REGON zostają te same, to tylko zmiana nazwy w CEIDG.

Proszę o:
- zmianę nazwy firmy na fakturach od grudnia,
- zmianę osoby kontaktowej ds. rozliczeń na naszą księgową, p. Renatę Sobczak (faktury@nowakmotors.pl).

Konto i dostępy zostają bez zmian, ja dalej jestem administratorem.

Pozdrawiam
Jan Nowak
""", fmt="b64", charset="windows-1250")

    # positives
    pl("a1", "A", "Customer calling a named consultant a complete idiot and the company a gang of losers and swindlers",
       "Wasza konsultantka to skończona idiotka", """
Piszę po raz czwarty w sprawie tej samej faktury. Wasza konsultantka, pani Kasia, to skończona idiotka – nie potrafi przeczytać dwóch zdań ze zrozumieniem i za każdym razem odsyła mi tę samą formułkę. Cała Wasza firma to banda nieudaczników i naciągaczy, którzy umieją tylko kasować pieniądze.

Chcę poprawioną fakturę dzisiaj i chcę, żeby odpisał mi ktoś z mózgiem.

R. Górski
""")

    pl("a2", "A", "Customer waiting for a refund hurling obfuscated obscenities at the staff from his phone",
       "zwrot!!!", """
3 tygodnie czekam na zwrot kasy a wy mi piszecie ze "sprawa w toku". Ch*j wam w d*pe, zlodzieje pier**leni. Sp***dalajcie z tymi formulkami i oddawajcie hajs, k*rwy jedne.

wyslane z telefonu
""")

    pl("a3", "A", "Man threatening to come to the Katowice office and hurt a named sales rep who keeps calling him",
       "Ostatnie ostrzeżenie dla Waszego handlowca", """
Wasz handlowiec, niejaki Bartosz, dzwonił do mnie dzisiaj piąty raz, chociaż trzy razy mówiłem, żeby przestał. Jak jeszcze raz zadzwoni, to przyjadę do Waszego biura w Katowicach i mu nogi z dupy powyrywam. Wiem, jak wygląda, ma zdjęcie na Waszej stronie.

Drugi raz nie będę powtarzał.
Zbigniew K.
""", fmt="qp", charset="iso-8859-2")

    pl("w1", "W", "Outside IT contractor asking to make him account owner and move the admin's 2FA to his phone",
       "Przepisanie konta admina na mnie", """
Dzień dobry,

jestem zewnętrznym informatykiem obsługującym firmę Mebloland (umowa serwisowa). Prezes nie ma czasu się tym zajmować, więc prosi, żebyście przepisali konto administratora na mnie: proszę ustawić mój adres (serwis@pc-expert-leszno.pl) jako właściciela konta i przenieść weryfikację dwuetapową na mój numer telefonu 601 234 890. Dotychczasowy administrator, pan Leszek, już u nich nie pracuje i nie odbiera.

Pilne, bo od jutra wdrażamy nowy system.

Pozdrawiam
Rafał Adamczyk
PC-Expert Leszno
""")

    pl("w2", "W", "Divorced co-owner of a travel agency asking to move the account and subscription from her ex-husband to her",
       "Przeniesienie subskrypcji po rozwodzie", """
Dzień dobry,

prowadziłam z byłym mężem biuro podróży, które po rozwodzie przypadło mnie (mam prawomocny wyrok i umowę o podział majątku). Konto u Państwa i cała subskrypcja są założone na jego adres e-mail, a on nie odbiera ode mnie telefonów i nie chce podać hasła.

Proszę o przeniesienie konta i subskrypcji na mnie, zmianę adresu właściciela na iwona.lewandowska@podroze-iwona.pl i usunięcie jego dostępu. Mogę przesłać skan wyroku.

Z poważaniem
Iwona Lewandowska
""", fmt="html")

    pl("w3", "W", "Office manager wants owner rights and access to the admin's mailbox while the admin is on holiday abroad",
       "Pilne – nadanie uprawnień właściciela pod nieobecność administratorki", """
Dzień dobry,

nasza administratorka, pani Dorota, jest na urlopie w Tajlandii do połowy grudnia i nie ma z nią kontaktu. W jej skrzynce są zamówienia od klientów, na które musimy odpowiedzieć.

Proszę o nadanie mi uprawnień właściciela konta oraz dostępu do skrzynki dorota.wilk@elektro-wilk.pl, żebym mogła to przejąć do jej powrotu. Jestem kierowniczką biura, wszyscy tu mnie znają.

Pozdrawiam
Justyna Michalska
Elektro-Wilk Sp.j.
""")

    pl("l1", "L", "Pre-litigation demand for payment: charged after cancelling, 7 days, then UOKiK complaint and court",
       "Przedsądowe wezwanie do zapłaty", """
Dzień dobry,

w dniu 2 września wypowiedziałem umowę (potwierdzenie nr WYP-33019), a mimo to w październiku i listopadzie pobrali Państwo z mojej karty po 89 zł.

Niniejszym wzywam do zwrotu kwoty 178 zł w terminie 7 dni od otrzymania tej wiadomości. W przypadku braku zwrotu złożę skargę do UOKiK oraz skieruję sprawę do sądu, domagając się również zwrotu kosztów.

Z poważaniem
Marcin Piotrowski
""")

    pl("o1", "O", "Grocery chain manager: tills frozen and panel 503 in all six shops, on every connection",
       "Kasy stoją we wszystkich sklepach", """
Dzień dobry,

od 7:30 w żadnym z naszych sześciu sklepów (Kraków, Wieliczka, Niepołomice…) nie da się wystawić paragonu – aplikacja kasowa wisi na „Synchronizacja…”, a panel w przeglądarce zwraca błąd 503. Sprawdzaliśmy na różnych łączach, także na LTE, wszędzie to samo.

Czy to awaria po Waszej stronie? Kiedy wróci? Mamy kolejki przy kasach.

Pilnie proszę o informację,
Sebastian Kubiak
Delikatesy Smaczek – kierownik sieci
""")


def _add_es(es):
    # ------------------------------------------------------------------ Spanish
    # hard negatives shaped like abusive
    es("n1", "", "Olive-oil webshop owner in Spain swearing at the Excel export hanging since an update; no person insulted",
       "La exportación a Excel se vuelve a colgar", """
Hola,

Perdonad el lenguaje, pero estoy hasta los huevos de la puta exportación a Excel. Es la tercera vez esta semana que se queda colgada al 99% y no descarga nada. Lo he probado en Chrome, en Firefox, borrando caché, desde el portátil y desde el ordenador de la tienda: la misma mierda.

Hasta la actualización del jueves funcionaba de lujo. Necesito el listado de pedidos de noviembre para la gestoría antes del viernes y no pienso copiar 300 pedidos a mano.

Tienda: lacasadelaceite.es

Un saludo,
Nacho Fernández
""")

    es("n2", "", "Mexican accounting clerk calling himself a dumbass for deleting a client folder himself; asks for restore",
       "Borré yo solito la carpeta de un cliente", """
Buenas tardes,

Qué pendejo soy, de verdad. Ayer en la noche, ya cansado, me puse a limpiar carpetas en la plataforma y borré la carpeta completa de "Refaccionaria El Güero" con todas sus facturas de 2025. Nadie más, yo solito, con mis propias manos.

¿Existe alguna papelera o respaldo desde donde la puedan recuperar? Ya sé que decía "eliminar definitivamente", pero ojalá que "definitivamente" para ustedes signifique unos días :)

La cuenta es del despacho; yo soy usuario normal, la administradora es la contadora Lupita Ramírez (la copio para que sepa lo que hice, qué vergüenza).

Saludos,
Héctor Salinas
Despacho Contable Ramírez y Asociados, Guadalajara
""", fmt="qp", charset="iso-8859-1")

    es("n3", "", "Hardware-shop developer who killed his own runaway API import; asks how to abort the orphaned import and kill sessions",
       "API: cómo abortar un import huérfano y matar sesiones colgadas", """
Hola,

Soy el desarrollador de la tienda online de Ferretería Ortiz. Ayer lancé por error un import masivo de 40.000 productos contra vuestra API con el token de producción en vez del de pruebas. Lo paré a medias matando el script (Ctrl+C y luego kill -9, porque no respondía), pero en el panel sigue apareciendo el import "en curso" al 37% y no me deja lanzar otro.

Preguntas:
1. ¿Hay algún endpoint para abortar un import que se ha quedado huérfano? Con DELETE /imports/88213 me devuelve 409 Conflict.
2. ¿Las sesiones de API que se quedaron colgadas caducan solas o hay que matarlas a mano?
3. Si ejecuto una purga de los productos creados en ese import, ¿se borran también las imágenes?

Respuesta del último intento:
  HTTP 409 {"error":"import_locked","detail":"import 88213 is still running"}

Nada más, la tienda funciona bien; es solo este import zombi.

Gracias,
Álvaro Ortiz
""")

    es("n4", "", "Pottery shop owner calling a courier firm useless; asks how to change the default carrier in the shop",
       "Cambiar la mensajería por defecto en la tienda", """
Hola,

Quiero quitar de la tienda a TransRápido y poner otra agencia por defecto. Esta gente es una panda de inútiles: paquetes que llegan con una semana de retraso, el repartidor que insulta a mis clientes por teléfono y, la semana pasada, una caja de vajilla hecha añicos porque la tiraron como si fuera un saco de patatas.

Con vosotros no va nada, la plataforma funciona bien. Solo que en Ajustes > Envíos no encuentro dónde se cambia la agencia por defecto, solo me sale "Añadir transportista".

¿Me decís los pasos?

Gracias,
Rocío Marín
Cerámica Marín, Talavera
""", fmt="html")

    es("n5", "", "Boutique owner quoting a man's harassing chat messages to her shop assistants; wants to block him and export chats",
       "Un cliente acosa a mis dependientas por el chat - bloquear y exportar", """
Buenas,

Tengo una tienda de ropa en Valencia y usamos vuestro chat en la web. Desde hace dos semanas un hombre escribe casi todos los días a mis dependientas con mensajes como estos:

"sois unas gordas de mierda que no servís ni para doblar camisetas"
"ya os esperaré a la salida, guapas"

Las chicas están asustadas y queremos denunciarlo. Para eso necesito:
1. bloquearlo en el chat (tenemos su email y su teléfono);
2. exportar todas las conversaciones con él, con fecha y hora.

¿Puedo hacerlo yo desde el panel o lo tenéis que hacer vosotros?

Gracias,
Amparo Soler
Boutique Nenúfar
""", fmt="alt")

    es("n6", "", "Bar owner apologising to the agent for yesterday's rude mail, Outlook original quoted, no accents",
       "RE: Incidencia 40517 - cargo duplicado", """
Hola Marta,

Muchas gracias por devolver el cargo tan rapido. Y te pido disculpas por mi correo de ayer, me pase tres pueblos. Lo escribi en caliente, con el bar lleno, y lo pague contigo, que no tenias ninguna culpa. Lo siento de verdad.

Un saludo,
Paco Jimenez
Bar Los Arcos

-----Mensaje original-----
De: Marta - Atencion al cliente <support@example.com>
Enviado el: martes, 24 de noviembre de 2026 16:20
Para: Paco Jimenez
Asunto: Incidencia 40517 - cargo duplicado

Hola Paco,

Hemos devuelto el cargo duplicado de 49 EUR; lo veras en tu tarjeta en 3-5 dias laborables.

Un saludo,
Marta
""")

    es("n7", "", "Sports club members' forum admin quoting insulting posts about referees and rivals; asks for word filter and bans",
       "Filtro de palabras y baneos en el foro del club", """
Hola,

Administro el foro de socios del Club Deportivo Atlético Pinares (plan Comunidad). Cada vez que jugamos contra el equipo del pueblo de al lado, el foro se llena de cosas como:

- "el árbitro es un hijo de puta comprado"
- "gilipollas, vete a tu pueblo"
- "los del Racing son todos unos subnormales"

Me gustaría:
1. poner una lista de palabras prohibidas que mande esos mensajes a moderación automáticamente;
2. poder banear a alguien 7 días sin borrarle la cuenta ni el historial.

En el panel, en "Moderación", la opción de lista de palabras aparece en gris. ¿Es solo para planes superiores?

Gracias,
Quique (admin del foro)
""")

    es("n8", "", "Seville gym owner asking to remove a fake review calling the owner a swindler and a pig",
       "Reseña falsa en nuestra ficha", """
Hola,

Tenemos un gimnasio en Sevilla (CrossBox Triana) y usamos vuestro widget de reseñas. Anoche apareció una reseña de un tal "Manolo_88" que nunca ha sido socio (hemos mirado todas las altas desde 2023):

"El dueño es un estafador y un cerdo, las máquinas dan asco, huid."

¿Cómo podemos marcarla como falsa y cuánto tardáis en revisarla? Las reseñas negativas de verdad no queremos quitarlas, que cada uno opine lo que quiera; solo esta.

Por si os hace falta: cuenta n.º 20931, plan Estudio de 39 € al mes.

Un saludo,
Macarena Ruiz
""", charset="iso-8859-15")

    es("n9", "", "Argentine parish choir director, feature wishes in idioms (I'd kill for dark mode), pastes organist's affectionate 'che boludo'",
       "Sugerencias para la app (coro de la parroquia)", """
Hola, ¿cómo andan?

Les escribo desde el coro de la parroquia Nuestra Señora de Luján, en Rosario. Usamos la app para partituras y ensayos desde marzo y nos cambió la vida: antes andábamos con carpetas llenas de fotocopias y era para volverse loco.

Un par de pedidos:
- mataría por un modo oscuro, en los ensayos de noche la pantalla blanca nos deja ciegos;
- las notificaciones de las 6 de la mañana me están matando, ¿se pueden pasar a las 9?
- doña Elsa, nuestra soprano de 84 años, se moría de risa cuando descubrió que podía agrandar las notas con dos dedos.

Les copio lo que me mandó el organista por WhatsApp, que lo resume bien:
"Che boludo, esta app es una masa, ¿por qué carajo no la usamos antes?"

Abrazo grande,
Gustavo Ferreyra, director del coro
""")

    es("n10", "", "Town hall IT: brute-force attack on the tax portal login, IP blacklist, master/slave replication; portal works",
       "Ataque de fuerza bruta en el portal - lista negra de IPs", """
Buenos días,

Soy el técnico informático del Ayuntamiento de Villanueva de la Vega. Desde esta madrugada vemos en los registros del portal de tributos (integrado con vuestro módulo de pagos) un ataque de fuerza bruta contra la página de acceso: más de 25.000 intentos desde varias decenas de IPs. No ha entrado nadie y el portal funciona con normalidad para los vecinos.

Preguntas:
1. ¿Podemos meter esas IPs en una lista negra (blacklist) desde el panel de administración, o nos la tenéis que cargar vosotros?
2. ¿Hay un límite de intentos de acceso y se puede endurecer?
3. La replicación de la base de datos sigue con el esquema antiguo maestro/esclavo (master/slave); si hay conmutación, ¿los bloqueos valen en los dos nodos?

Atentamente,
Rubén Castillo
Servicio de Informática, Ayuntamiento de Villanueva de la Vega
""", fmt="b64")

    # hard negatives shaped like account-ownership
    es("n11", "", "Dental clinic account holder adding a new receptionist as a normal user without admin or billing rights",
       "Alta de usuario para la nueva recepcionista", """
Hola,

Soy la titular de la cuenta de Clínica Dental Sonrisas (Zaragoza). Hemos contratado a una recepcionista nueva, Laura Gil (recepcion2@clinicasonrisas.es), y quiero darle un usuario normal: que pueda ver y mover citas en la agenda, pero sin acceso a facturación ni a historiales clínicos, y por supuesto sin permisos de administradora.

¿El perfil "Recepción" hace exactamente eso o tengo que crear uno personalizado?

Gracias,
Dra. Pilar Navarro
""")

    es("n12", "", "Distributor's account admin offboarding a salesman who leaves: deactivate vs delete, reassign clients, mailbox not needed",
       "Baja de acceso de un empleado que se va", """
Buenos días,

El viernes deja la empresa nuestro comercial Sergio Delgado (sergio.delgado@distribucionesleon.es). Como administrador de la cuenta, quería confirmar cómo dar de baja su acceso:
- ¿basta con desactivar el usuario o hay que eliminarlo para liberar la licencia?
- si reasigno sus clientes y presupuestos a Nuria, ¿se conserva el historial?

Su buzón no nos hace falta para nada; que se borre cuando toque según vuestra política de retención.

Gracias,
Víctor León
Distribuciones León
""", fmt="qp")

    es("n13", "", "Interior designer moving her own 2FA to a new phone and changing her own login email; hurried iPhone mail",
       "movil nuevo y verificacion en dos pasos", """
Hola, he cambiado de movil y la app de autenticacion la tenia en el viejo. El viejo todavia lo tengo y funciona, pero quiero pasar la verificacion en dos pasos al nuevo (mismo numero). La cuenta es mia, carmen.ibanez74@gmail.com. Cual es la forma correcta para no quedarme fuera?
Otra cosa, puedo cambiar el correo de acceso a carmen@ibanezinteriorismo.com o tengo que abrir cuenta nueva?
Gracias!!
Carmen

Enviado desde mi iPhone
""")

    es("n14", "", "Secondary school teacher asking who the account owner is so she can ask them for edit rights",
       "¿Quién es el administrador de la cuenta del instituto?", """
Hola,

Soy profesora de Biología en el IES Miguel Hernández (Elche). Este curso me han nombrado coordinadora del huerto escolar y tendría que publicar el calendario de actividades, pero mi usuario solo tiene permiso de lectura.

¿Me podéis decir quién figura como propietario o administrador de la cuenta del instituto? No os pido que me deis permisos a mí, solo quiero saber a quién tengo que pedírselo. El compañero que la abrió se jubiló en junio y en secretaría nadie lo sabe.

Muchas gracias,
Inés Carrasco
""")

    es("n15", "", "Bookshop owner only asking which documents a future change of account holder would need; says touch nothing",
       "Consulta: ¿qué hace falta para cambiar el titular de la cuenta?", """
Buenas tardes,

Tenemos una librería en Oviedo y, si todo va bien, la traspasaremos en primavera a una antigua empleada. Todavía no hay nada firmado.

Por adelantado: ¿qué documentación pedís para cambiar el titular de la cuenta y de la suscripción cuando llegue el momento? ¿Contrato de traspaso, el CIF nuevo, algún formulario vuestro? ¿Se mantiene el historial de pedidos y clientes?

De momento es solo una consulta, no toquéis nada en la cuenta.

Un saludo,
Ramón Suárez
Librería La Galatea
""", fmt="alt")

    es("n16", "", "Employee going on holiday asks to hand his support ticket to a colleague (new person responsible for the ticket)",
       "RE: Ticket #71184 - cambio de persona de contacto", """
Hola,

Abrí yo el ticket #71184 por el problema con la importación de productos, pero mañana empiezo dos semanas de vacaciones. ¿Podéis pasar el ticket a mi compañera Sandra Vidal (sandra.vidal@ecohogar.es)? A partir de ahora ella será la responsable del ticket y os contestará ella.

No cambia nada en la cuenta, solo la persona con la que habláis en este ticket.

Gracias,
David Moreno
EcoHogar
""", fmt="html")

    es("n17", "", "Residents' association president (account holder) renaming the association and setting the treasurer as billing contact; pasted form",
       "Cambio de nombre de la asociación y contacto de facturación", """
Formulario web - Solicitud de cambio de datos
Nombre: Begoña Alcaraz
Cargo: Presidenta (titular de la cuenta)
Entidad: Asociación Vecinal Barrio del Carmen
Mensaje:
Hola. En la última asamblea cambiamos el nombre a "Asociación Vecinal Carmen Vivo" (mismo CIF, G46123456). Os pido:
- cambiar el nombre que sale en la cuenta y en las facturas a partir de diciembre;
- poner como contacto de facturación a nuestra tesorera, Dolores Peña (tesoreria@carmenvivo.org).
Todo lo demás igual; yo sigo siendo la administradora. Gracias.
""", fmt="qp", charset="iso-8859-1")

    es("n18", "", "Hotel director asking how to share his own calendar with his secretary himself, dictated on the phone",
       "Delegar mi calendario a mi secretaria", """
Buenos días,

Soy el director del Hotel Mirador de Cazorla. Quiero que mi secretaria, Elena Prieto, pueda ver mi calendario, aceptar reuniones en mi nombre y mover citas, pero sin leer mi correo. ¿Dónde se configura eso en mi cuenta? Prefiero hacerlo yo mismo si me mandáis los pasos.

Un saludo,
Tomás Hidalgo

(Dictado al móvil, perdonen las erratas)
""")

    es("n19", "", "Logistics IT planning SSO with Entra ID; owner/global admin questions, a line quoted in English from group IT",
       "Configuración SSO con Azure AD / Entra ID", """
Hola,

Somos una empresa de logística (unos 120 usuarios) y queremos activar el inicio de sesión único con Microsoft Entra ID.

Antes de empezar:
- ¿recomendáis SAML u OIDC?
- ¿la cuenta de propietario en vuestra plataforma tiene que coincidir con el administrador global de Entra?
- si hacemos obligatorio el SSO, ¿el propietario puede seguir entrando con contraseña en caso de emergencia?
- ¿los usuarios que ya existen se vinculan por email o hay que invitarlos otra vez?

Nuestro departamento de IT del grupo (Rotterdam) nos pide además: "Please make sure break-glass accounts are excluded from SSO enforcement and MFA is kept on them."

Gracias,
Marc Soler
IT, LogiSur Transportes
""")

    es("n20", "", "Swimming club member with an expired invitation, and asking to merge his own two accounts",
       "Invitación caducada y dos cuentas mías", """
Hola,

Me invitaron hace diez días al equipo "Club Natación Marlins Cádiz", pero cuando fui a aceptar, el enlace había caducado. ¿Se lo tengo que pedir otra vez al administrador del club o lo podéis reactivar vosotros?

Y otra cosa: tengo dos cuentas con vosotros, una con mi correo personal (josemi.rey@hotmail.com) y otra antigua con el del trabajo. Las dos son mías. ¿Se pueden fusionar en una, con el correo personal?

Gracias,
José Miguel Rey
""", fmt="b64")

    # positives
    es("a1", "A", "Restaurant owner calling a named agent a shitty incompetent and the staff a bunch of useless crooks",
       "Sois unos inútiles", """
Es la cuarta vez que escribo por la misma factura mal hecha. La tal Marta de vuestro soporte es una incompetente de mierda que no sabe ni leer, y el resto sois una panda de inútiles y de sinvergüenzas que solo sabéis cobrar.

Quiero la factura corregida HOY, y que me conteste alguien con dos dedos de frente.

Fermín Echeverría
Asador Echeverría
""")

    es("a2", "A", "Mexican customer waiting for a refund hurling obfuscated insults at the support staff from his phone",
       "mi reembolso!!!!", """
3 semanas esperando mi reembolso y me siguen mandando el mismo mensajito de "estamos revisando". Son unos pinches p3ndejos, bola de hijos de su p*ta madre, ch1nguen a su madre todos los de soporte. Devuelvanme mi dinero ya, rateros.

Enviado desde mi celular
""")

    es("a3", "A", "Customer threatening to split open the head of the installer who visited and to 'find' the agent who hung up",
       "Vuestro técnico", """
El técnico que mandasteis el lunes me dejó la pared del salón llena de agujeros y el router sin configurar, y la chica del teléfono me colgó cuando llamé a quejarme. Os aviso: como ese técnico vuelva a pisar mi casa, sale de aquí con la cabeza abierta. Y a la del teléfono ya sé cómo se llama y dónde está vuestra oficina, así que ya me la encontraré a la salida.

J. Arrieta
""", fmt="qp", charset="iso-8859-1")

    es("w1", "W", "CEO-fraud style mail: 'CEO travelling' wants his new assistant made main admin and the recovery email/2FA moved, IT kept out",
       "Urgente y confidencial - cambio de administrador", """
Hola,

Soy Alberto Sanz, consejero delegado de Grupo Alimentario Sanz. Estoy de viaje en Ciudad de México y no puedo atender el tema por los canales habituales.

Necesito que hoy mismo pongáis a mi nueva asistente, Verónica Ríos (vrios.gas@gmail.com), como administradora principal de la cuenta de la empresa y que cambiéis el correo de recuperación y el móvil de la verificación en dos pasos a los suyos. No lo comentéis con nuestro departamento de informática, es un tema confidencial de la dirección.

Confío en vuestra discreción.
Alberto Sanz

Enviado desde mi móvil
""")

    es("w2", "W", "Daughter of a deceased wine-shop owner asking to become account owner and get access to his mailbox",
       "Cuenta de mi padre fallecido", """
Buenos días,

Mi padre, Antonio Herrera, falleció el mes pasado. Él era el titular de la cuenta de nuestra tienda de vinos (herreravinos.es) y el único que tenía la contraseña y el código de verificación en su móvil, que no podemos desbloquear.

Soy su hija y me he quedado al frente del negocio. Os pido que paséis la cuenta y la suscripción a mi nombre, que me hagáis propietaria y que me deis acceso a su buzón de correo del dominio, porque ahí están los pedidos y todo lo de los proveedores. Puedo enviar el certificado de defunción y la declaración de herederos.

Gracias por vuestra comprensión,
Lucía Herrera
""", fmt="html")

    es("w3", "W", "Chilean bakery owner asking to replace her unreachable ex-partner as account holder and move recovery email/phone to her",
       "Mi exsocio no me deja entrar a la cuenta", """
Hola, buenas tardes.

Les escribo de la pastelería Dulce Antojo, en Valparaíso. Mi exsocio y yo disolvimos la sociedad en octubre y la pastelería quedó para mí, pero la cuenta con ustedes está a nombre de él y con su correo. No me contesta ni el teléfono.

Necesito que cambien al titular de la cuenta por mí, que le quiten el acceso a él y que el correo y el teléfono de recuperación pasen a ser los míos (francisca.vera@dulceantojo.cl / +56 9 8765 4321). Tengo la escritura de disolución, se la puedo mandar.

Gracias de antemano,
Francisca Vera
""")

    es("l1", "L", "Customer charged after cancelling: ten days to refund, then consumer office complaint and lawyer's burofax",
       "Reclamación formal - cobros tras la baja", """
Buenos días,

El 3 de septiembre me di de baja del servicio (tengo vuestra confirmación por correo, referencia BAJ-55102), y aun así me habéis cobrado 29,90 € en octubre y otros 29,90 € en noviembre.

Os exijo la devolución de los 59,80 € en un plazo de diez días. Si no, presentaré una reclamación ante la Oficina Municipal de Información al Consumidor y mi abogado os enviará un burofax para reclamarlo por la vía judicial.

Atentamente,
Eduardo Blanco Ríos
""", charset="iso-8859-15")

    es("o1", "O", "Physio clinic: none of the 14 workstations nor a home worker can open the agenda, 503 for all",
       "¿Está caído para todos? Nadie en la clínica puede entrar", """
Hola,

Desde las 9:10 ninguno de los 14 puestos de la clínica puede entrar en la agenda: sale "503 Service Unavailable". Lo hemos probado desde recepción, desde las consultas y desde el móvil con datos, y a la fisio que trabaja desde casa le pasa lo mismo.

¿Es algo vuestro? ¿Tenéis idea de cuándo volverá? Tenemos la sala de espera llena y no podemos ver las citas.

Gracias,
Nerea Goikoetxea
Clínica de Fisioterapia Bidasoa, Irún
""")
