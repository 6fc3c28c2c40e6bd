"""devset19 batch b2: Romanian (ro), Polish (pl), Spanish (es).

Per language: 6 positives each for abusive (a*), legal-threat (l*), account-ownership (w*), outage (o*),
one of them carrying a second tag, and 16 hard negatives (n1-n4 abusive surface, n5-n8 legal,
n9-n12 account-ownership, n13-n16 outage).
"""

B = "b2"

_LEGACY = ("iso-8859-2", "windows-1250")


def add_b2(m):
    def r(lang, name, expect, note, subject, body, fmt="plain", charset="utf-8", free=""):
        # Romanian in the legacy charsets: the cedilla forms, as old clients write them
        if lang == "ro" and charset in _LEGACY:
            table = str.maketrans("șțȘȚ", "şţŞŢ")
            subject, body = subject.translate(table), body.translate(table)
        m(B, lang, name, expect, note, subject, body, fmt=fmt, charset=charset, free=free)

    add_ro(r)
    add_pl(r)
    add_es(r)


# --------------------------------------------------------------------------------------------------
# Romanian
# --------------------------------------------------------------------------------------------------
def add_ro(r):
    L = "ro"
    # ---- abusive
    r(L, "a1", "A", "Phone mail without diacritics: calls the staff incompetent thieves and the phone agent stupid over a wrong invoice",
      "Factura iar gresita", """
A treia oara imi trimiteti factura cu suma gresita. Sunteti niste incompetenti si niste hoti ordinari, asta sunteti. Si tipa aia care mi-a raspuns ieri la telefon e proasta de buna, nu stie nici sa adune doua numere.
Vreau factura corecta azi.

Trimis de pe iPhone
""")
    r(L, "a2", "A", "Accountant replying above the agent's FAQ answer, contempt without swear words: trained parrot, did you finish primary school",
      "Re: Tichet #58213 – export CSV", """
Domnule Vlad,

Am citit de trei ori răspunsul dumneavoastră și tot nu-mi vine să cred. V-am scris clar că exportul pierde coloana cu TVA, iar dumneavoastră îmi trimiteți un link către pagina de „Întrebări frecvente” despre cum se schimbă parola. Sincer, mă întreb dacă știți să citiți sau doar copiați la întâmplare ce vă pică în mână. Un papagal dresat ar fi dat un răspuns mai bun, măcar ar fi repetat ce i-am zis.

Data viitoare vă rog să-mi răspundă cineva care a terminat măcar școala generală.

Corina Tănase
Contabilitate, Agroserv Bacău

La 24.11.2026, 16:02, Suport Curveball a scris:
> Bună ziua,
> Vă mulțumim pentru mesaj. Vă rugăm să consultați secțiunea de mai jos:
> https://help.example.com/faq/schimbare-parola
> Cu stimă,
> Vlad, Echipa de suport
""")
    r(L, "a3", "A", "Young customer, no diacritics, obfuscated obscenities and a slur aimed at the support staff after two weeks without answer",
      "ba", """
ba voi de la suport sunteti retardati?? de 2 saptamani va scriu si nimeni nu raspunde. sa va ia dracu pe toti, fut*-va-n gura de idioti. si ala care mi-a zis "revenim" sa-si bage revenirea-n c*r. mai bine inchideti firma
""")
    r(L, "a4", "A", "Moldovan customer double-charged, threatens to break a named operator's hands outside the Chisinau office",
      "Pentru ultima dată", """
Bună ziua. Vă scriu deamu a cincea oară. Mi-ați luat banii de pe card de două ori pentru luna octombrie și nimeni nu mi-i întoarce. Operatorul vostru Dorin mi-a zis să mai aștept „o săptămână”.

Să-i spuneți lui Dorin că dacă îl văd la Chișinău, îl prind la ieșire și îi rup mâinile, ca să nu mai scrie la oameni prostii. Eu nu glumesc, știu unde e biroul vostru pe Ștefan cel Mare.

Sergiu
""")
    r(L, "a5", "A", "Formal letter from a small-firm engineer, dehumanising: staff are parasites and leeches living off customers (quoted-printable)",
      "Reclamație privind comportamentul echipei dvs.", """
Stimată doamnă / Stimate domn,

Sunt client al dumneavoastră din 2019 și până acum nu am avut motive să mă plâng. Ce s-a întâmplat însă săptămâna aceasta depășește orice limită. Am solicitat de patru ori o simplă confirmare a anulării abonamentului, iar ceea ce am primit înapoi au fost mesaje automate și tăcere.

Am ajuns la concluzia că la dumneavoastră nu lucrează oameni, ci niște paraziți care trăiesc din banii clienților păcăliți. Niște lipitori, atât sunteți, toți, de la primul până la ultimul.

Aștept confirmarea anulării până vineri.

Cu stimă,
ing. Mircea Dobre
Dobre Instal SRL, Ploiești
""", fmt="qp")
    r(L, "a6", "AL", "Refund refused: calls staff swindlers and liars, names the customer-relations head, has given everything to his lawyer, see you in court",
      "RE: Rambursare refuzată", """
Sunteți o adunătură de escroci și de mincinoși, iar șefa voastră de la „relații clienți”, doamna Popescu, e cea mai mare mincinoasă dintre toți. Mi-ați promis rambursarea în scris și acum pretindeți că „nu se mai aplică”.

Am dat toate mailurile avocatului meu. Ne vedem la Judecătoria Cluj-Napoca, și o să plătiți și cheltuielile de judecată. Să vă fie rușine.

Radu M.
""")
    # ---- legal threat
    r(L, "l1", "L", "Furniture factory's formal notice (notificare): refund within 10 days or they go to the competent court; ISO-8859-2 with cedilla letters",
      "Notificare - contract nr. 2291/2024", """
Către: Curveball - departamentul juridic / suport

NOTIFICARE

Subscrisa Fabrica de Mobilă Carpați SRL, cu sediul în Reghin, jud. Mureș, prin administrator, vă notificăm următoarele:

1. Conform contractului nr. 2291/2024, ați emis pentru luna septembrie o factură de 4.870 lei pentru un serviciu pe care l-am reziliat în scris încă din 31 iulie 2026.
2. Suma a fost reținută prin debit direct, fără acordul nostru.

Vă punem în vedere să restituiți integral suma în termen de 10 zile de la primirea prezentei. În caz contrar, ne vom adresa instanței competente pentru recuperarea sumei, a dobânzilor legale și a cheltuielilor de judecată, fără vreo altă notificare prealabilă.

Administrator,
Ioan Moldovan
""", charset="iso-8859-2")
    r(L, "l2", "L", "Short mail without diacritics: charged after cancelling, has already filed a complaint with ANPC (consumer authority)",
      "reclamatie abonament", """
Buna ziua,
am cerut de doua ori sa-mi opriti abonamentul si tot mi-ati luat 149 lei si luna asta. Nu mai am rabdare. Am facut deja sesizare pe site-ul ANPC cu toate capturile de ecran si o sa le trimit si raspunsul vostru, daca vine vreunul.
Daniela
""")
    r(L, "l3", "L", "Second GDPR erasure request past the deadline: will complain to the national data-protection authority (named in full)",
      "Cerere de ștergere – a doua solicitare", """
Bună ziua,

Pe 2 octombrie v-am cerut, în baza art. 17 din GDPR, să-mi ștergeți contul și toate datele asociate. Au trecut peste 50 de zile, termenul de o lună a expirat, iar eu primesc în continuare newslettere pe adresa pe care v-am cerut să o ștergeți.

Dacă până la sfârșitul săptămânii nu primesc confirmarea ștergerii, depun plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal. Am păstrat toate e-mailurile.

Alexandra Ene
""")
    r(L, "l4", "L", "Stationery shop owner above an Outlook quote: small-claims form (cerere de valoare redusa) filed at the district court on Monday",
      "Re: Re: Ticket #60177", """
Domnule,

Nu mai are sens să ne tot trimitem mesaje. Am completat deja formularul pentru cererea de valoare redusă și luni îl depun la Judecătoria Sectorului 3. Suma e mică pentru voi, dar pentru un magazin ca al meu 2.300 de lei contează.

Dacă vreți să evitați asta, returnați banii până vineri.

Gabriel Stoica
Papetăria Stoica

-----Original Message-----
From: Suport Curveball
Sent: Monday, November 23, 2026 11:40 AM
Subject: RE: Ticket #60177

Bună ziua, domnule Stoica,
Solicitarea dumneavoastră a fost transmisă departamentului financiar. Vă vom reveni în cel mai scurt timp.
Echipa Curveball
""")
    r(L, "l5", "L", "Moldovan customer, old spelling: annual fee not refunded, complaint filed with the Moldovan consumer-protection agency, will go to court",
      "plîngere", """
Bună ziua. Eu am plătit abonament anual pentru firma noastră din Bălți, 3.600 lei moldovenești, și programul nu a făcut ce ne-ați promis la prezentare. V-am scris de 4 ori, mi-ați promis că îmi întoarceți banii. Nimic.

Deamu am scris cerere la Agenția pentru Protecția Consumatorilor și Supravegherea Pieței și mă duc și în judecată dacă trebuie. Nu am ce face altceva.

Cu respect, Tatiana Rusu
""")
    r(L, "l6", "L", "Customer announces a criminal complaint for fraud filed with the Iasi police after three charges post-cancellation (base64)",
      "Plângere penală", """
Vă anunț că astăzi am depus plângere penală la Poliția Municipiului Iași pentru înșelăciune. Mi-ați încasat de trei ori abonamentul după ce aveam confirmarea voastră scrisă că a fost anulat, iar acum nu mai răspundeți. Numărul plângerii vi-l comunic când îl primesc. Banca e informată și ea.

Cristian Apostol
""", fmt="b64")
    # ---- account ownership
    r(L, "w1", "W", "Office manager: the colleague who opened the account and was the only admin left; make me main administrator and remove him",
      "Acces administrator", """
Bună ziua,

Colegul nostru Andrei Pavel, care a deschis contul firmei la voi și era singurul administrator, a plecat de la noi la sfârșitul lui octombrie și nu mai răspunde la telefon. Noi trebuie să gestionăm utilizatorii și facturile. Vă rog să mă setați pe mine ca administrator principal al contului (contul e pe domeniul termoplus.ro) și să-i scoateți lui drepturile.

Vă pot trimite orice act de la firmă, suntem aceeași firmă, doar că el nu mai e aici.

Mulțumesc,
Elena Dragomir, office manager
""")
    r(L, "w2", "W", "Elderly widow (74) asks how the family can get into her late husband's mailbox for his carpentry workshop (windows-1250, cedilla letters)",
      "contul soțului meu", """
Bună ziua,

Mă numesc Maria Ionescu, am 74 de ani. Soțul meu, Gheorghe Ionescu, a decedat în septembrie. El avea la dumneavoastră contul pentru atelierul lui de tâmplărie și toate mesajele de la clienți veneau acolo. Nepotul meu zice că trebuie să vă scriu ca să ne dați acces la căsuța lui de mail, că acolo sunt comenzile neterminate și niște bani pe care îi mai are de primit.

Am certificatul de deces și certificatul de moștenitor. Ce trebuie să fac ca să intrăm noi în contul lui?

Vă mulțumesc frumos,
Maria Ionescu
""", charset="windows-1250")
    r(L, "w3", "W", "New owner of a company: move account, subscription, billing and main login from the former sole shareholder to his name",
      "Schimbare titular abonament", """
Salut,

Din 1 noiembrie am preluat firma Eventia Media SRL de la fostul asociat unic, tranzacția e înregistrată la Registrul Comerțului. Contul vostru e încă pe emailul lui personal și pe cardul lui. Vreau să treceți tot pe numele meu: contul, abonamentul, facturarea, iar adresa de login principală să fie bogdan@eventiamedia.ro. El oricum nu mai are ce căuta acolo.

Atașez hotărârea AGA dacă e nevoie.

Bogdan Vasilescu
""")
    r(L, "w4", "W", "CEO-fraud style: 'CEO' abroad wants the finance employee's 2FA phone number switched to his own, mixes English",
      "URGENT - telefon 2FA", """
Bună,

Sunt Adrian Mocanu, CEO. Sunt în deplasare la Frankfurt și nu pot vorbi la telefon, am meeting-uri back to back. Mihaela de la financiar are contul blocat pe autentificarea în doi pași și trebuie să aprobe azi niște plăți. Vă rog schimbați numărul de telefon pentru 2FA de pe contul ei (mihaela.stan@rotrans-logistic.ro) pe numărul meu, +40 745 118 902, ca să pot confirma eu codurile. E foarte urgent, please asap.

Trimis de pe mobil
""")
    r(L, "w5", "W", "Shop co-founded with an ex-boyfriend, account on his e-mail: move it to my e-mail and remove him; no diacritics, no 'owner' keyword",
      "cont magazin", """
Buna, am o problema mai delicata. Magazinul online (hainedecopii.ro) l-am facut impreuna cu fostul meu prieten, dar contul la voi e facut pe mailul lui. Ne-am despartit in vara si el nu se mai ocupa deloc, eu platesc tot de 4 luni de pe cardul meu. Puteti sa mutati contul pe mailul meu si sa-l scoateti pe el? Nu vreau sa intre si sa stearga ceva din ciuda.
Multumesc, Roxana
""")
    r(L, "w6", "W", "Web agency whose client stopped paying asks to switch the client's recovery e-mail and phone to the agency (HTML)",
      "Adresă recuperare cont client", """
Bună ziua,

Suntem agenția WebNova din Timișoara și am configurat serviciul vostru pentru clientul nostru, Clinica Dentară Zâmbet (contul dr.zamfir@clinicazambet.ro). Clientul are o restanță la noi de câteva luni și nu mai răspunde.

Ca să putem administra în continuare și să nu se piardă nimic, vă rugăm să schimbați adresa de e-mail de recuperare a contului și numărul de telefon pe datele agenției: admin@webnova.ro, +40 256 400 112. Noi am făcut tot setup-ul de la început, deci practic noi suntem cei care administrează contul.

Cu stimă,
Ovidiu Lazăr
Project manager, WebNova
""", fmt="html")
    # ---- outage
    r(L, "o1", "O", "IT of a transport firm, no diacritics: since 8 nobody in the office can log in, login loops back, 14 people idle",
      "nu putem intra", """
Buna dimineata, de la 8 nimeni din birou nu se poate loga, dupa ce punem parola ne intoarce la pagina de login. Suntem 14 oameni care stam. Am incercat pe Chrome, Edge, pe telefon, de acasa, la fel. La voi e ceva?
Florin, IT - Transcom Galati
""")
    r(L, "o2", "O", "Online furniture shop: pasted '502 Bad Gateway / nginx' shown to every visitor for 40 minutes in Black Friday week",
      "Site-ul magazinului dă 502", """
Salut,

De vreo 40 de minute oricine intră pe magazinul nostru vede asta:

502 Bad Gateway
nginx

Am verificat de pe trei rețele diferite și ne-au scris și clienți pe Facebook că nu pot plasa comenzi. Pe partea noastră nu am schimbat nimic azi. E Black Friday săptămâna asta, vă rog uitați-vă urgent.

Lucian, MobilaPentruTine.ro
""")
    r(L, "o3", "O", "Pharmacy chain follow-up above the ticket acknowledgement: still down after 3 hours, tills white screen in all four pharmacies (multipart/alternative)",
      "Re: Casele de marcat blocate - Ticket #60342", """
Tot nu merge. Acum sunt 3 ore. În toate cele patru farmacii casele rămân cu ecranul alb la deschiderea aplicației, nu putem emite bonuri, facem totul de mână. Vă rog să ne spuneți măcar cât mai durează.

Ana

La 25.11.2026, 09:14, Suport Curveball a scris:
> Bună ziua,
> Am preluat solicitarea și investigăm. Revenim cu noutăți.
> Echipa Curveball
""", fmt="alt")
    r(L, "o4", "O", "Logistics firm: first point a duplicated invoice line, second point nobody in the warehouse can open the inventory module (spinner, blank page)",
      "Întrebare factură + altceva", """
Bună ziua,

Am două lucruri.

1. Pe factura din noiembrie apare de două ori linia „Utilizatori suplimentari (5)”. Noi am adăugat doar 5 utilizatori în octombrie, deci cred că e o dublare. Puteți verifica și emite o factură de stornare?

2. Și mai urgent, de fapt: de pe la 10:30 nimeni din depozit nu poate deschide modulul de inventar. Se învârte cercul ăla la infinit și apoi pagina rămâne goală. Am dat restart la calculatoare, am încercat și pe tabletele de scanare, la toată lumea e la fel. Avem camioane de încărcat după-amiază.

Mulțumesc,
Iulia Marin
Logistic Vest SRL
""")
    r(L, "o5", "O", "Moldovan sysadmin: reports section gives Error 500 to all operators in the Chisinau, Balti and Cahul branches (base64)",
      "nu se deschid rapoartele", """
Bună ziua. La noi în toate filialele, și la Chișinău și la Bălți și la Cahul, de dimineață nu se deschide compartimentul de rapoarte. Apare „Error 500 – Internal Server Error” la toți operatorii. Ieri seara totul era normal. Vă rog să verificați, noi trebuie să dăm rapoartele la sfârșit de lună.

Cu stimă, Vitalie Ceban, administrator de sistem
""", fmt="b64")
    r(L, "o6", "O", "Phone one-liner, no diacritics: down again? nothing loads in app or site, whole sales team sees only the logo, second time this week",
      "iar?", """
iar e picat?? nu se incarca nimic nici pe aplicatie nici pe site, toata echipa de vanzari vede doar logo-ul si atat. a 2a oara saptamana asta

Trimis de pe Samsung Galaxy
""")
    # ---- hard negatives: abusive surface
    r(L, "n1", "", "Swears at the PDF export ('export de rahat') for her own account only; colleagues unaffected: no insult, not an outage",
      "exportul ăla nenorocit", """
Salut,

Exportul ăsta de rahat în PDF iar îmi taie ultima coloană din tabel. Pe bune, e a treia oară luna asta când trebuie să trimit raportul la șefă și mă apuc să-l refac de mână în Excel. Colegii n-au problema, la ei merge, doar la mine pe cont iese așa.

Am atașat două capturi. Puteți să vă uitați?
Mersi, Denisa
""")
    r(L, "n2", "", "Happy night-shift user: 'I'd kill for a dark mode', the white screen is killing my eyes, you saved my skin",
      "sugestie: mod întunecat", """
Bună!

Vă scriu doar ca să vă zic că aș omorî pentru un mod întunecat în aplicație. Lucrez noaptea, în tura a treia, și ecranul alb mă omoară la ochi. În rest, vă iubesc, aplicația e cea mai bună pe care am folosit-o. Mi-ați salvat pielea de multe ori la inventar.

Spor la treabă!
Ionuț
""")
    r(L, "n3", "", "Support team lead quotes abuse and a threat from one of THEIR customers and asks how to block or filter that sender",
      "Cum blochez un expeditor?", """
Bună ziua,

Avem o problemă cu un client de-al nostru (nu de-al vostru) care ne tot scrie pe adresa de suport pe care o gestionăm prin platforma voastră. Ultimul mesaj suna așa:

„Sunteți niște hoți și niște nenorociți, o să vă distrug firma, proștilor.”

Colegele mele nu mai vor să-i deschidă mesajele. Se poate bloca adresa lui sau măcar să-i mutăm automat mailurile într-un dosar separat? Cum se face regula asta?

Mulțumesc,
Simona Ardelean, team lead suport
Turism Alpin SRL
""")
    r(L, "n4", "", "Angry sarcastic complaint about the redesigned Send button, demands the old interface: no insult to a person",
      "Noua interfață", """
Felicitări, după ultimul update butonul de „Trimite” e ascuns sub trei meniuri. Chiar a testat cineva asta pe un om normal? Am pierdut o jumătate de oră azi căutându-l. Vreau o opțiune să revin la interfața veche, și o vreau cât mai repede, nu „în roadmap”.

Cosmin Pop
""")
    # ---- hard negatives: legal surface
    r(L, "n5", "", "Law office as customer asks for a quote for 3 more licences; signature with professional-secrecy disclaimer (base64)",
      "Licențe suplimentare", """
Bună ziua,

Vă rog să ne transmiteți o ofertă pentru încă 3 licențe, pentru colegii care vin în cabinet din ianuarie. Aș dori să știu și dacă factura poate fi emisă pe un alt punct de lucru.

Mulțumesc,
Av. Raluca Georgescu
Cabinet de Avocat Georgescu & Asociații
Str. Frumoasă nr. 12, București

Acest mesaj și orice document atașat pot conține informații confidențiale, protejate de secretul profesional al avocatului. Dacă nu sunteți destinatarul acestui mesaj, vă rugăm să ne anunțați imediat și să îl ștergeți. Orice utilizare neautorizată poate atrage răspunderea legală.
""", fmt="b64")
    r(L, "n6", "", "Plain GDPR art. 15 data-access request, no threat (ISO-8859-2, cedilla letters)",
      "Cerere acces date personale", """
Bună ziua,

În temeiul art. 15 din Regulamentul (UE) 2016/679, vă rog să-mi comunicați ce date personale prelucrați despre mine, în ce scop și cui le-ați transmis. Contul meu este pe adresa de pe care vă scriu acum.

Un fișier CSV sau PDF e perfect.

Vă mulțumesc,
Ștefan Munteanu
""", charset="iso-8859-2")
    r(L, "n7", "", "Double charge: explicitly not thinking of lawyers or court for 300 lei, just wants the money back and an explanation",
      "Re: dublă taxare", """
Bună ziua,

Ca să fie clar, nu vrem să facem scandal și nici nu ne gândim la avocați sau la tribunal pentru 300 de lei. Vrem doar să ne returnați suma încasată de două ori și să ne spuneți de ce s-a întâmplat, ca să nu se repete.

Mulțumesc,
Luminița, contabilitate
""")
    r(L, "n8", "", "Their landlord sued them; their own lawyer wants all mails with the landlord exported from their mailbox: how to export",
      "Export corespondență pentru avocat", """
Salut,

Proprietarul spațiului pe care îl închiriem ne-a dat în judecată pentru niște reparații, iar avocatul nostru vrea toată corespondența cu el din ultimii doi ani. Mailurile sunt în căsuța office@casaverde-imob.ro, la voi.

Cum pot exporta toate mesajele cu adresa lui (trimise și primite), cu atașamente, ideal într-un PST sau un ZIP cu fișiere .eml? Din interfață văd doar exportul pe câte un mesaj.

Mersi,
Paul Nistor
""")
    # ---- hard negatives: account-ownership surface
    r(L, "n9", "", "Account administrator asks how to add a colleague as a second admin to her own account",
      "Încă un administrator", """
Bună, eu sunt administratorul contului nostru (clinica Dental Pro Med). Aș vrea să o adaug și pe colega mea, Carmen, tot ca administrator, ca să mă poată înlocui când sunt în concediu. Îi fac eu invitația din setări sau trebuie să o faceți voi? Nu găsesc rolul „Admin”, doar „Utilizator”.

Mulțumesc, Dr. Irina Vlad
""")
    r(L, "n10", "", "User changing her own login address after the company domain changed; no diacritics",
      "schimbare adresa email", """
Buna ziua, ne-am schimbat domeniul firmei din atelierulverde.ro in atelierverde.ro si as vrea sa-mi schimb adresa mea de login din ana@atelierulverde.ro in ana@atelierverde.ro. Sunt aceeasi persoana, doar s-a schimbat domeniul. Unde fac asta?
Multumesc, Ana
""")
    r(L, "n11", "", "New sales employee asks who the account administrator is so he can ask that person for access",
      "Cine e adminul?", """
Salut, sunt nou în firmă, la vânzări, și am nevoie de acces la rapoartele de campanie. Nu știu cine e administratorul contului nostru la voi și nici colegii nu știu. Îmi puteți spune cine e, ca să-l rog pe el să-mi dea acces? Contul e pe numele Vinalia Distribuție.

Mulțumesc, Teodor
""")
    r(L, "n12", "", "Expired onboarding invitation, plus who handles a ticket whose 'ticket owner' is on leave",
      "Invitație expirată", """
Bună ziua,

Am primit ieri invitația de la colega mea să intru în echipa de pe platformă, dar când dau click pe link îmi zice „Invitația a expirat”. Mi-o puteți retrimite voi sau trebuie să o roage tot ea? Și încă ceva: la tichetul #60211 scrie că „proprietarul tichetului” e Irina, dar ea e în concediu. Cine se ocupă acum de el?

Mulțumesc, Sorina
""")
    # ---- hard negatives: outage surface
    r(L, "n13", "", "Their own office internet was down yesterday (provider cut a cable); asks whether queued mails will be sent twice",
      "Mesaje netrimise ieri", """
Bună ziua, ieri după-amiază ne-a picat internetul în tot biroul (problemă la Digi, au tăiat un cablu pe stradă) și vreo 20 de mailuri au rămas în outbox. Azi avem net din nou. Trebuie să le retrimitem manual sau pleacă singure? Nu vrem să ajungă de două ori la clienți.

Mulțumesc, Mihai
""")
    r(L, "n14", "", "IT asks what will be unavailable during Saturday's announced maintenance window (multipart/alternative)",
      "Mentenanța de sâmbătă", """
Bună ziua,

Am văzut anunțul despre lucrările de mentenanță programate sâmbătă, 28 noiembrie, între 23:00 și 02:00. Avem o tură de noapte care folosește aplicația. Va fi indisponibil tot serviciul în intervalul acela sau doar panoul de administrare? Și API-ul? Trebuie să știm dacă oprim integrarea cu depozitul.

Mulțumesc,
Nicoleta Brad, IT
""", fmt="alt")
    r(L, "n15", "", "Resolved: everything is back, colleagues can log in, close the ticket; quotes his earlier outage report (HTML)",
      "Re: Nu se încarcă dashboard-ul - Ticket #60355", """
Bună,

A revenit totul, colegii se pot loga din nou și dashboard-ul se încarcă normal. Mulțumim pentru intervenția rapidă! Puteți închide tichetul.

Alin

La 25.11.2026, 07:52, Alin Toma a scris:
> Nimeni din echipă nu poate încărca dashboard-ul de la 7:30, doar ecran alb.
> E ceva general?
""", fmt="html")
    r(L, "n16", "", "Single user: push notifications stopped on her Android phone only, colleagues fine",
      "Nu-mi apar notificările", """
Salut, de vreo două zile nu-mi mai apar notificările pe telefon când primesc un tichet nou. La colegii mei apar normal, doar la mine nu. Am Android 14, am reinstalat aplicația, am verificat setările, nimic. Ce altceva pot încerca?

Ramona
""")


# --------------------------------------------------------------------------------------------------
# Polish
# --------------------------------------------------------------------------------------------------
def add_pl(r):
    L = "pl"
    # ---- abusive
    r(L, "a1", "A", "Phone mail demanding an annual-plan refund: 'bunch of morons', the chat agent Marcin is a bot or an idiot",
      "zwrot", """
Znowu odpisujecie mi formułką z szablonu. Banda tępaków, nic więcej. Ten wasz Marcin z czatu to chyba bot albo debil, bo trzy razy pytał mnie o ten sam numer zamówienia.
Chcę zwrot za plan roczny, koniec kropka.

Wysłane z iPhone'a
""")
    r(L, "a2", "A", "Young customer without diacritics, obfuscated profanity aimed at the support staff and a named specialist",
      "serio??", """
serio k*rwa? trzeci dzien czekam na odpowiedz. jestescie jebn*ci wszyscy, a ten wasz "specjalista" tomek niech sie w d*pe pocaluje. sp*erdalajcie z takim supportem
""")
    r(L, "a3", "A", "IT manager's formal reply, contempt without swearing at a named agent: cannot read, my 8-year-old would do better (windows-1250)",
      "Re: Zgłoszenie 77120", """
Szanowni Państwo,

po lekturze odpowiedzi Pani Agnieszki mam poważne wątpliwości, czy u Państwa obowiązują jakiekolwiek kryteria rekrutacji. Pytałem o konfigurację rekordu SPF, otrzymałem instrukcję zmiany zdjęcia profilowego. Rozumiem, że czytanie ze zrozumieniem nie jest wymagane na tym stanowisku, ale może warto byłoby chociaż zatrudniać osoby, które odróżniają pocztę od Instagrama. Moja ośmioletnia córka poradziłaby sobie lepiej.

Proszę o odpowiedź od kogoś kompetentnego.

Z poważaniem
Krzysztof Wawrzyniak
Kierownik IT, Hydro-Tech Sp. z o.o.
""", charset="windows-1250")
    r(L, "a4", "A", "Charged after cancelling: threatens to come to the Mokotow office and break the manager's legs",
      "ostatnie ostrzeżenie", """
Trzeci raz ściągnęliście mi kasę z konta po anulowaniu. Mówię spokojnie: jak jeszcze raz zobaczę wasz przelew na wyciągu, to przyjadę do was na Mokotów i połamię temu waszemu kierownikowi nogi. Wiem, gdzie macie biuro, widziałem na Google. Nie żartuję.
R.
""")
    r(L, "a5", "A", "Dehumanising one-liner reply above the cancellation-policy answer: parasites, vermin",
      "Re: [#77402] Anulowanie subskrypcji", """
Nie jesteście ludźmi, tylko pasożytami, które żerują na małych firmach. Robactwo. Tyle w temacie.
Nadal czekam na potwierdzenie anulowania.

Dnia 24.11.2026 o 15:21 Zespół Wsparcia Curveball napisał(a):
> Dzień dobry,
> dziękujemy za wiadomość. Zgodnie z regulaminem anulowanie planu rocznego jest możliwe na koniec okresu rozliczeniowego.
> Pozdrawiamy,
> Zespół Wsparcia
""")
    r(L, "a6", "A", "Harassment of a named billing employee: found her on Facebook, knows where she lives, 'stupid cow'",
      "do Pani Kasi", """
Proszę przekazać Pani Katarzynie z działu rozliczeń, że znalazłem ją na Facebooku. Wiem, gdzie mieszka, bo wrzuca zdjęcia spod bloku. Niech sobie przemyśli, czy warto mnie dalej zbywać. I niech nie udaje, że nie czyta moich maili, głupia krowa.
Jan
""")
    # ---- legal threat
    r(L, "l1", "L", "Complaint unanswered for 30 days: if no refund by Friday, goes to the municipal consumer ombudsman and UOKiK",
      "Reklamacja - brak zwrotu", """
Dzień dobry,

14 października złożyłam reklamację dotyczącą opłaty za pakiet, którego nie zamawiałam. Minęło ponad 30 dni i nie dostałam żadnej odpowiedzi, więc zgodnie z prawem uznaję reklamację za przyjętą i oczekuję zwrotu 239 zł.

Jeśli pieniądze nie wrócą do piątku, sprawę zgłaszam do Miejskiego Rzecznika Konsumentów w Poznaniu i piszę skargę do UOKiK. Mam wszystkie maile i zrzuty ekranu.

Beata Nowicka
""")
    r(L, "l2", "L", "Print shop's formal pre-litigation demand for payment (przedsadowe wezwanie do zaplaty), ISO-8859-2",
      "Przedsądowe wezwanie do zapłaty", """
Kraków, 25 listopada 2026 r.

PRZEDSĄDOWE WEZWANIE DO ZAPŁATY

Działając w imieniu Drukarni Offsetowej Lewandowski s.c., wzywam do zapłaty kwoty 3690,00 zł tytułem zwrotu opłat pobranych po skutecznym wypowiedzeniu umowy (wypowiedzenie z dnia 30.06.2026 r.), w terminie 7 dni od doręczenia niniejszego wezwania, na rachunek wskazany w załączniku.

Brak zapłaty w wyznaczonym terminie spowoduje skierowanie sprawy na drogę postępowania sądowego, co narazi Państwa na dodatkowe koszty, w tym koszty zastępstwa procesowego.

Tomasz Lewandowski
współwłaściciel
""", charset="iso-8859-2")
    r(L, "l3", "L", "Erasure request ignored since September: complaint to the President of UODO (data-protection authority) within 7 days (base64)",
      "Wniosek o usunięcie danych - ponownie", """
Dzień dobry,

we wrześniu wysłałem wniosek o usunięcie moich danych (art. 17 RODO). Dostałem automatyczne potwierdzenie i tyle. Nadal dostaję od Was newslettery i SMS-y z ofertami.

Informuję, że jeśli w ciągu 7 dni nie otrzymam potwierdzenia usunięcia danych, złożę skargę do Prezesa Urzędu Ochrony Danych Osobowych.

Paweł Zieliński
""", fmt="b64")
    r(L, "l4", "L", "Terse mail without diacritics: files a claim through the e-court (EPU), the payment order will come by post",
      "zwrot 480 zl", """
no to tak. skoro nie chcecie oddac 480 zl to skladam pozew przez e-sad, nakaz zaplaty przyjdzie wam poczta. szkoda mi czasu na te maile.
Marek
""")
    r(L, "l5", "L", "Customer reports she filed a fraud notification with the Gdynia police over monthly charges after cancellation",
      "Zawiadomienie na policję", """
Dzień dobry,

informuję, że dziś złożyłam na komendzie w Gdyni zawiadomienie o podejrzeniu popełnienia przestępstwa oszustwa. Mimo potwierdzonej przez Państwa rezygnacji z usługi (mam maila z 2 września) pobieracie co miesiąc 89 zł z mojej karty. Bank również został poinformowany.

Anna Kowalczyk
""")
    r(L, "l6", "L", "Operations director above an Outlook quote: matter handed to their legal counsel, formal demand for contractual penalties next week",
      "RE: Reklamacja umowy SLA nr 44/2025", """
Szanowni Państwo,

w nawiązaniu do poniższej korespondencji informuję, że sprawa została przekazana naszemu radcy prawnemu, mec. Joannie Sikorze. W przyszłym tygodniu otrzymają Państwo od kancelarii pismo z formalnym wezwaniem do usunięcia naruszeń umowy i zapłaty kar umownych za wrzesień i październik. Dalszą korespondencję w tej sprawie proszę kierować bezpośrednio do kancelarii.

Z poważaniem
Grzegorz Mazur
Dyrektor Operacyjny
Baltic Parcel Sp. z o.o.

-----Original Message-----
From: Curveball Support <support@example.com>
Sent: Friday, November 20, 2026 10:05 AM
To: Grzegorz Mazur
Subject: RE: Reklamacja umowy SLA nr 44/2025

Dzień dobry,
przeanalizowaliśmy zgłoszenie i nie stwierdziliśmy naruszenia umowy SLA w okresie wrzesień-październik.
Z pozdrowieniami
Zespół Curveball
""")
    # ---- account ownership
    r(L, "w1", "W", "Company president: the IT guy who set up the account and was sole admin left on bad terms; switch the main login to me",
      "przejęcie konta", """
Dzień dobry,

nasz informatyk (Piotr Kaczmarek) zakładał u Was konto firmy i był jedynym administratorem. Rozstaliśmy się z nim w złych stosunkach i nie odbiera telefonu. Proszę przepisać główny login na mnie – jestem prezesem spółki, mogę przesłać odpis z KRS. Chodzi o konto dla domeny meblokraft.pl.

Pozdrawiam
Wojciech Górski
""")
    r(L, "w2", "W", "Widow (78), granddaughter typing: wants access to her late husband's watch-repair mailbox, has the inheritance ruling (ISO-8859-2)",
      "Konto po zmarłym mężu", """
Szanowni Państwo,

piszę w swoim imieniu, mam 78 lat i wnuczka pomaga mi napisać ten list. Mój mąż Zdzisław zmarł 3 października. Prowadził mały zakład zegarmistrzowski i wszystkie sprawy z klientami załatwiał przez pocztę u Państwa. Chciałabym dostać dostęp do jego skrzynki, żeby zobaczyć, komu trzeba oddać zegarki z naprawy i kto jeszcze coś zamawiał.

Mam akt zgonu i postanowienie o stwierdzeniu nabycia spadku. Proszę o informację, co mam zrobić.

Z poważaniem
Halina Wróbel
""", charset="iso-8859-2")
    r(L, "w3", "W", "CEO-fraud style with English: 'CEO' at a London conference wants the accountant's 2FA phone changed to his number",
      "pilne!! 2FA", """
Hej,

tu Michał Nowak, CEO. Jestem na konferencji w Londynie, nie mam jak dzwonić. Ania z księgowości ma problem z logowaniem, a dziś musi puścić przelewy. Please zmieńcie numer telefonu do 2FA na jej koncie (anna.lis@promedica-lab.pl) na mój: +48 601 334 920, będę jej przekazywał kody. To jest top priority, dzięki.

Sent from my iPhone
""")
    r(L, "w4", "W", "Bought an online garden shop: transfer the whole subscription and main account address from the previous owner to his company",
      "Zmiana właściciela firmy - przeniesienie subskrypcji", """
Dzień dobry,

od 1 listopada jestem nowym właścicielem sklepu internetowego Zielony Ogród (kupiłem go razem z domeną i bazą klientów od pani Iwony Malinowskiej). Konto u Was dalej jest na jej dane i jej e-mail. Proszę o przeniesienie całej subskrypcji na moją firmę (Ogrody Nowaka) i zmianę adresu głównego konta na biuro@ogrodynowaka.pl. Umowę sprzedaży mogę przesłać.

Łukasz Nowak
""")
    r(L, "w5", "W", "Tattoo studio partners split up: account on the ex-partner's e-mail, wants it to be his and the partner kicked out, without his cooperation",
      "konto", """
Czesc, z kolega prowadzilismy razem studio tatuazu, teraz sie rozeszlismy i ja zostaje w lokalu. Konto u was jest zalozone na jego maila, ale to ja placilem ostatnie pol roku. Chce zeby konto bylo moje, a jego trzeba wywalic, zeby nie mogl czytac wiadomosci od klientow. Da sie to zrobic bez niego? Bo on nie bedzie wspolpracowal.
Kuba
""")
    r(L, "w6", "W", "Admin on maternity leave: colleague asks for super-admin rights and access to the absent admin's mailbox (multipart/alternative)",
      "Uprawnienia superadministratora", """
Dzień dobry,

nasza administratorka, p. Marta Wójcik, jest na urlopie macierzyńskim do czerwca i nie chcemy jej zawracać głowy. Na ten czas przejmuję jej obowiązki. Proszę o nadanie mi uprawnień superadministratora na naszym koncie firmowym oraz o dostęp do jej skrzynki marta.wojcik@lexpol-biuro.pl, bo tam przychodzą faktury od dostawców.

Z góry dziękuję,
Dorota Kamińska
Specjalista ds. administracji
""", fmt="alt")
    # ---- outage
    r(L, "o1", "O", "Bakery chain, all caps subject: tills in all 6 shops hang on 'Łączenie...', queues to the door, hotline not answering",
      "KASY STOJĄ", """
Pilne!!! We wszystkich 6 sklepach kasy zawiesiły się przy wydruku paragonu, aplikacja pokazuje tylko "Łączenie..." i nic. Kolejki do drzwi. Restart nic nie daje. Dzwonimy na infolinię i nikt nie odbiera.
Ewa, Piekarnie Złoty Kłos
""")
    r(L, "o2", "O", "Teen-style phone mail without diacritics: is something down? whole team white screen after login, people on downdetector too",
      "?", """
u was cos lezy? caly zespol ma bialy ekran po zalogowaniu, a na downdetectorze tez ludzie pisza

wyslane z telefonu
""")
    r(L, "o3", "O", "Sysadmin follow-up above the acknowledgement: still down after 4 hours, 30 people plus the Wroclaw branch can't open the panel (quoted-printable)",
      "Re: [#77519] Brak dostępu do panelu", """
Dalej nie działa. Minęły już prawie 4 godziny, u nas 30 osób nie może wejść do panelu, w oddziale we Wrocławiu to samo. Czy jest jakiś szacowany czas naprawy? Muszę coś powiedzieć zarządowi.

Bartosz Kubiak
Administrator systemów

W dniu 25.11.2026 o 07:48 Curveball Support pisze:
> Dzień dobry,
> sprawdzamy zgłoszenie, wrócimy z informacją.
> Pozdrawiamy
""", fmt="qp")
    r(L, "o4", "O", "Tea shop: pasted 'Service Unavailable' page every customer gets since 11:40, checked from several networks (HTML)",
      "Sklep nie działa - 503", """
Dzień dobry,

od około 11:40 nasi klienci przy wejściu do sklepu dostają:

Service Unavailable
The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later.

Sprawdzaliśmy z różnych sieci i urządzeń, to samo. Nic u nas nie zmienialiśmy. Tracimy zamówienia, bardzo proszę o pilną reakcję.

Monika Szymańska
sklep-z-herbata.pl
""", fmt="html")
    r(L, "o5", "O", "Long three-point mail: plan upgrade question, then warehouse module not loading for anyone in office and warehouse (timeout), then a date format",
      "kilka spraw", """
Dzień dobry,

mam kilka spraw naraz, przepraszam za chaos.

Po pierwsze, chcielibyśmy od stycznia przejść z planu Standard na Business – czy zmiana działa od razu, czy od nowego okresu rozliczeniowego? I czy cena za użytkownika zostaje taka jak w ofercie z września?

Po drugie – i to jest teraz najpilniejsze – od rana moduł magazynowy nie ładuje się nikomu w zespole. Kręci się kółko, a po minucie wyskakuje „Przekroczono czas oczekiwania”. Dotyczy to i biura, i ludzi na magazynie w Strykowie, więc to raczej nie nasz internet.

Po trzecie, drobiazg: w raporcie miesięcznym daty są w formacie amerykańskim, da się to przestawić?

Dziękuję i pozdrawiam,
Aleksandra Pietrzak
""")
    r(L, "o6", "OL", "IT manager: down again for all 120 users in three locations, third time in November; if not restored today they go to court for damages",
      "Ponowna awaria - trzecia w tym miesiącu", """
Szanowni Państwo,

system ponownie przestał działać dla wszystkich naszych użytkowników (ok. 120 osób w trzech lokalizacjach) – to już trzecia taka sytuacja w listopadzie. Nasze centrum obsługi klienta stoi od 9:00.

Informuję, że jeżeli usługa nie zostanie przywrócona do końca dnia, skierujemy sprawę do sądu i będziemy dochodzić odszkodowania za przestoje na podstawie umowy. Nasz dział prawny został już o tym poinformowany.

Z poważaniem
Rafał Duda
Kierownik IT, Telemax Sp. z o.o.
""")
    # ---- hard negatives: abusive surface
    r(L, "n1", "", "Swears at the PDF export that cuts her last page; works for her roommate, only her: no insult, not an outage",
      "eksport do PDF znowu się sypie", """
Cholera jasna, ten zasrany eksport do PDF znowu ucina mi ostatnią stronę. Kurde, trzeci raz w tym tygodniu robię raport ręcznie. U koleżanki z pokoju działa, u mnie nie, może coś z moim kontem? Załączam plik.
Justyna
""")
    r(L, "n2", "", "Happy user with idioms: 'I'd kill for a dark mode', the white screen finishes me off, praise for the calendar",
      "propozycja", """
Cześć! Zabiłbym za tryb ciemny w aplikacji mobilnej, serio. Pracuję na nocki i ten biały ekran mnie wykańcza. Poza tym apka jest petarda, rozwaliliście system tym nowym kalendarzem :)
Pozdro, Kamil
""")
    r(L, "n3", "", "Shop manager quotes insults and an arson threat from one of THEIR customers, asks for a block rule and export for the police",
      "blokowanie nadawcy", """
Dzień dobry,

jeden z naszych klientów od tygodnia zasypuje naszą skrzynkę obelgami. Przykład z wczoraj: "Jesteście bandą złodziei, spalę wam ten sklep, kretyni". Dziewczyny z obsługi boją się otwierać pocztę.

Jak ustawić regułę, żeby wiadomości z jego adresu (i z całej domeny) od razu trafiały do osobnego folderu albo były odrzucane? I czy mogę wyeksportować te maile, bo zgłaszamy sprawę na policję?

Magdalena Sowa, kierownik sklepu
""")
    r(L, "n4", "", "Angry sarcasm about the new message editor and its buried Send button, wants the old version yesterday: no insult",
      "nowy edytor", """
Brawo, naprawdę. Po aktualizacji edytor wiadomości wkleja mi formatowanie z Worda jak chce, a przycisk „Wyślij” jest teraz na samym dole pod stopką. Chyba nikt tego nie testował na normalnym użytkowniku. Proszę o przywrócenie starej wersji albo chociaż opcję, żeby ją włączyć. Na wczoraj.
Zbigniew
""")
    # ---- hard negatives: legal surface
    r(L, "n5", "", "Advocate's office asks the price of three mailboxes for trainees; signature with attorney-client secrecy disclaimer (quoted-printable)",
      "Dodatkowe skrzynki", """
Dzień dobry,

proszę o informację, ile kosztuje dodanie trzech skrzynek dla aplikantów, którzy zaczynają u nas w styczniu, i czy mogą mieć aliasy w formacie imie.nazwisko@kancelaria-rogalski.pl.

Z poważaniem
adw. Tadeusz Rogalski
Kancelaria Adwokacka Tadeusz Rogalski
ul. Piotrkowska 101, 90-425 Łódź

Niniejsza wiadomość oraz załączniki mogą zawierać informacje poufne, objęte tajemnicą adwokacką. Jeżeli nie są Państwo jej zamierzonym adresatem, prosimy o niezwłoczne powiadomienie nadawcy i usunięcie wiadomości. Wykorzystywanie, kopiowanie lub rozpowszechnianie jej treści bez zgody nadawcy jest zabronione i może stanowić naruszenie prawa.
""", fmt="qp")
    r(L, "n6", "", "Plain RODO art. 15 access request, no threat",
      "Wniosek z art. 15 RODO", """
Dzień dobry,

na podstawie art. 15 RODO proszę o przesłanie kopii moich danych osobowych przetwarzanych przez Państwa oraz informacji o celach przetwarzania i odbiorcach danych. Konto jest zarejestrowane na ten adres e-mail. Wystarczy plik PDF.

Dziękuję,
Olga Michalska
""")
    r(L, "n7", "", "Before signing Enterprise: their own lawyer reviewed the data-processing agreement, three remarks, asks for a call (base64)",
      "Umowa powierzenia - uwagi prawnika", """
Dzień dobry,

przed podpisaniem umowy na plan Enterprise nasz prawnik przejrzał umowę powierzenia przetwarzania danych. Ma trzy uwagi: do § 4 ust. 2 (lista podprocesorów), do § 7 (termin zgłaszania naruszeń – prosimy o 24 h zamiast 72 h) oraz do § 9 (miejsce przechowywania kopii zapasowych). Czy możemy umówić krótką rozmowę z Państwa działem prawnym w przyszłym tygodniu?

Pozdrawiam
Natalia Jasińska
Office Manager, Medivet Sp. z o.o.
""", fmt="b64")
    r(L, "n8", "", "Their business partner threatens THEM with court over a termination notice; their attorney needs SMTP delivery logs",
      "Potrzebne logi doręczenia", """
Dzień dobry,

nasz kontrahent twierdzi, że nie dostał od nas wypowiedzenia umowy wysłanego 30 września, i grozi nam sądem. Nasz mecenas prosi o dowód, że wiadomość została doręczona na jego serwer. Czy możecie wygenerować raport doręczenia (nagłówki, logi SMTP) dla wiadomości wysłanej tego dnia z adresu zarzad@stalbud-kielce.pl?

Pozdrawiam
Henryk Baran
""")
    # ---- hard negatives: account-ownership surface
    r(L, "n9", "", "Account owner adding a new employee as an ordinary user with limited rights to his own account",
      "nowy pracownik", """
Dzień dobry, jestem właścicielem konta naszej firmy. Od poniedziałku mamy nową osobę w biurze i chciałbym ją dodać jako zwykłego użytkownika, tylko z dostępem do skrzynki sprzedaz@, bez faktur i ustawień. Robię to w Ustawienia > Użytkownicy czy trzeba to zamówić u Was? Czy dodatkowy użytkownik zmieni cenę?
Pozdrawiam, Leszek Pawlak
""")
    r(L, "n10", "", "Employee changed her surname after marriage and wants to change her own login address without losing her ticket history",
      "zmiana adresu e-mail do logowania", """
Dzień dobry,

po ślubie zmieniłam nazwisko i firma założyła mi nowy adres: k.bak@optima-rachunki.pl (wcześniej k.zielinska@optima-rachunki.pl). Chciałabym zmienić swój login na nowy adres, ale nie chcę stracić historii zgłoszeń. Jak to zrobić?

Karolina Bąk
""")
    r(L, "n11", "", "New marketing hire asks who the account administrator is so he can ask them to add him",
      "kto jest administratorem", """
Hej, pracuję w marketingu od zeszłego tygodnia i potrzebuję dostępu do statystyk kampanii. Nikt w firmie nie wie, kto u Was zakładał konto. Możecie mi powiedzieć, kto jest administratorem naszego konta (firma Vitabox)? Wtedy poproszę go o dodanie mnie. Dzięki, Igor
""")
    r(L, "n12", "", "Own password-reset mail not arriving, plus moving a ticket's 'ticket owner' from a former employee to herself for notifications",
      "reset hasła nie przychodzi", """
Dzień dobry,

próbuję zresetować swoje hasło, ale mail z linkiem nie przychodzi (sprawdzałam spam). Mój adres to j.kurek@biuro-kurek.pl.

Dodatkowo w zgłoszeniu #77600 jako „właściciel zgłoszenia” widnieje osoba, która już u nas nie pracuje – czy mogę przepiąć to zgłoszenie na siebie, żeby dostawać powiadomienia?

Joanna Kurek
""")
    # ---- hard negatives: outage surface
    r(L, "n13", "", "Their fibre provider had a street-wide failure yesterday; asks whether mail sent to them meanwhile was lost; all fine today",
      "opóźnione wiadomości", """
Dzień dobry, wczoraj od 14 do 17 nie mieliśmy internetu w całym biurze (awaria światłowodu u Orange, cała ulica była bez sieci). Czy wiadomości, które klienci wysłali do nas w tym czasie, dotrą, czy przepadły? Dzisiaj wszystko działa.
Pozdrawiam, Adam Wilk
""")
    r(L, "n14", "", "Question whether MX keeps accepting mail during the announced Sunday maintenance window (HTML)",
      "Prace serwisowe 29.11", """
Dzień dobry,

dostaliśmy powiadomienie o planowanych pracach serwisowych w niedzielę 29.11 w godz. 1:00–4:00. Czy w tym czasie będzie działać przyjmowanie poczty (MX), czy tylko panel będzie niedostępny? Mamy dyżur nocny i muszę wiedzieć, czy przestawić przekierowanie.

Dziękuję,
Michał Czarnecki
""", fmt="html")
    r(L, "n15", "", "Resolved: it works, everyone logged in, close the ticket; the quoted original reported an office-wide error 500",
      "Re: brak logowania", """
Już działa, wszyscy się zalogowali. Dzięki za szybką akcję, możecie zamknąć zgłoszenie.
Tomek

> Nikt w biurze nie może się zalogować, wyskakuje błąd 500.
""")
    r(L, "n16", "", "Procurement before purchase: SLA hypotheticals (what if your service stops for hours, status page, backup site)",
      "Pytania przed zakupem - SLA", """
Dzień dobry,

jesteśmy na etapie wyboru dostawcy i mam kilka pytań do działu handlowego. Co się dzieje, jeśli Państwa usługa przestanie działać na kilka godzin – czy przysługuje nam rabat lub zwrot? Jak szybko informujecie klientów o awarii i gdzie można sprawdzić status? Czy mają Państwo centrum zapasowe w innej lokalizacji?

Pozdrawiam
Ireneusz Wróblewski
Dział Zakupów, Farmex S.A.
""")


# --------------------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------------------
def add_es(r):
    L = "es"
    # ---- abusive
    r(L, "a1", "A", "Spain, phone: charged twice, calls the staff a bunch of useless crooks ('panda de inutiles y de chorizos')",
      "Cobro duplicado", """
Me habéis cobrado dos veces el plan anual y encima la del chat me dice que "no ve ningún error". Sois una panda de inútiles y de chorizos, de verdad. Devolvedme el dinero ya.

Enviado desde mi iPhone
""")
    r(L, "a2", "A", "Argentine voseo: calls the agent 'pelotudo', obfuscated insult to his mother, asks for someone with two neurons",
      "che", """
che, sos pelotudo o te hacés? te expliqué tres veces que la factura está a nombre equivocado y me seguís mandando el mismo link. la c*ncha de tu madre, pasame con alguien que tenga dos neuronas.
Enviado desde mi Samsung
""")
    r(L, "a3", "A", "Mexican customer: 'pinches ineptos', obfuscated 'vayanse a la ching*da' at all staff and a named agent",
      "ya estuvo", """
Neta son unos pinches ineptos. Llevo una semana esperando que alguien me conteste y nada. Váyanse mucho a la ching*da todos, empezando por el tal Ricardo que nomás me da el avión.
Saludos NO cordiales
""")
    r(L, "a4", "A", "Spain: threatens to show up at the Valencia office and smash the face of whoever opens the door, and of a named agent",
      "Último aviso", """
Como vuelva a ver un solo cargo vuestro en mi cuenta después de haber cancelado, me planto en vuestra oficina de la calle Colón de Valencia y le parto la cara al primero que me abra la puerta. Y al Sergio ese que me cuelga el teléfono, el primero. Avisados estáis.

J. Martínez
""")
    r(L, "a5", "A", "Formal letter, contempt without swearing at a named agent: 'a monkey with a keyboard', asks for a capable human being (ISO-8859-15)",
      "Queja formal sobre la atención recibida", """
Estimados señores:

Les escribo para dejar constancia de la atención recibida por parte de la Srta. Lucía Prieto en el ticket 90412. No sé con qué criterio seleccionan ustedes a su personal, pero un mono con teclado habría resuelto mi consulta con más acierto. Tras cuatro respuestas, la señorita sigue sin entender que el problema es el certificado y no mi contraseña.

Es evidente que en su empresa da igual tener cerebro o no para atender a los clientes. Les ruego que asignen el caso a un ser humano capaz.

Atentamente,
Fernando Ibáñez Sáez
Director financiero
Construcciones Ibáñez, S.L.
""", charset="iso-8859-15")
    r(L, "a6", "A", "Chilean slang from a phone: calls a named account executive a useless 'weona' and says he knows which floor she works on",
      "la ejecutiva", """
Oye, dile a la Camila que es una weona inútil, que no sirve ni pa' atender un kiosko. Y que la tengo ubicada, sé que trabaja en el piso 4 en Providencia, así que mejor que me solucione luego.

Enviado desde mi celular
""")
    # ---- legal threat
    r(L, "l1", "L", "Formal Spanish letter: burofax with certified content sent, lawsuit at the Zaragoza court of first instance in 10 days (ISO-8859-1)",
      "Reclamación previa - envío de burofax", """
Muy señores míos:

Por la presente les comunico que con fecha de hoy les he remitido burofax con certificación de contenido a su domicilio social, requiriéndoles la devolución de 1.250 euros cobrados indebidamente tras la baja del servicio, comunicada el 15 de julio de 2026.

De no recibir el reintegro en el plazo de diez días naturales, procederé a interponer la correspondiente demanda ante el Juzgado de Primera Instancia de Zaragoza, reclamando asimismo intereses y costas.

Atentamente,
Pilar Gascón Lorente
""", charset="iso-8859-1")
    r(L, "l2", "L", "Spain, informal: already filed with the municipal consumer office (OMIC) of Getafe and the Madrid consumer arbitration board",
      "reclamación", """
Hola, os escribo por última vez. Ya he presentado una reclamación en la OMIC de mi ayuntamiento (Getafe) con todos los correos que os he mandado desde septiembre. Que sepáis que también la he registrado en la Junta Arbitral de Consumo de Madrid. Os llegará la notificación.
Rocío
""")
    r(L, "l3", "L", "Mexico: complaint filed with PROFECO over three charges after cancelling, conciliation hearing on 9 December",
      "Cargo no reconocido - queja en PROFECO", """
Buenas tardes,

Les informo que ya levanté una queja en PROFECO por los tres cargos de $1,499 MXN que me siguen haciendo a pesar de que cancelé desde agosto. Me dieron fecha de audiencia de conciliación para el 9 de diciembre, ahí nos vemos si no me regresan mi dinero antes.

Atte. Guadalupe Herrera
""")
    r(L, "l4", "L", "Erasure request past the one-month deadline: will file a claim with the AEPD in seven days (quoted-printable)",
      "Solicitud de supresión - segundo aviso", """
Buenos días:

El pasado 1 de octubre ejercí mi derecho de supresión (art. 17 RGPD). Ha vencido el plazo de un mes sin respuesta y sigo recibiendo sus comunicaciones comerciales.

Les comunico que, si en siete días no recibo confirmación de la supresión, presentaré una reclamación ante la Agencia Española de Protección de Datos aportando toda la documentación.

Un saludo,
Xavier Puig
""", fmt="qp")
    r(L, "l5", "L", "Argentina: sent a 'carta documento' and filed a complaint with the city's consumer-defence office over card debits",
      "Reclamo - carta documento", """
Buenas. Les aviso que hoy mandé carta documento a la dirección que figura en su sitio. Ya hice también la denuncia en Defensa del Consumidor de la Ciudad. Tres meses pidiendo la baja y me siguen debitando de la tarjeta, no se puede creer.
Martín Ferreyra
""")
    r(L, "l6", "L", "Colombian manager above an Outlook quote: filed a complaint with the Superintendencia de Industria y Comercio over a renewal",
      "RE: Caso 90588 - devolución", """
Buenas tardes,

Ante la falta de respuesta de fondo a mi derecho de petición, les informo que el día de hoy radiqué una queja ante la Superintendencia de Industria y Comercio por el cobro de la renovación anual que solicité cancelar con 30 días de anticipación. Adjunto el número de radicado.

Cordialmente,
Juliana Ospina Restrepo
Gerente, Ospina Diseño S.A.S.
Medellín

-----Mensaje original-----
De: Soporte Curveball
Enviado el: lunes, 23 de noviembre de 2026 9:12
Asunto: RE: Caso 90588 - devolución

Estimada Juliana, su solicitud fue escalada al área de facturación. Le responderemos a la mayor brevedad.
Saludos,
Equipo Curveball
""")
    # ---- account ownership
    r(L, "w1", "W", "Workshop manager: the sole admin who opened the account left in September; make me the account owner",
      "Cambio de administrador", """
Buenos días,

La persona que dio de alta nuestra cuenta, Jorge Salinas, dejó la empresa en septiembre y era el único administrador. No tenemos su contraseña y no responde. Necesito que me pongan a mí como dueña de la cuenta (dominio talleresvaldes.es) para poder gestionar usuarios y facturas. Les puedo mandar las escrituras o lo que necesiten.

Saludos,
Ana Valdés, gerente
""")
    r(L, "w2", "W", "Son of a deceased language-academy owner asks how to get into his late mother's mailbox (quoted-printable)",
      "Cuenta de mi madre fallecida", """
Hola, buenas tardes.

Mi madre, Carmen Robles, falleció hace tres semanas. Tenía con ustedes la cuenta de correo de su academia de inglés y ahí están los contactos de los alumnos y los pagos pendientes. Somos tres hermanos y yo me estoy encargando de todo. ¿Cómo puedo acceder a su buzón? Tengo el certificado de defunción y el de últimas voluntades.

Gracias,
Daniel Robles
""", fmt="qp")
    r(L, "w3", "W", "CEO-fraud style from a personal address: change an employee's recovery e-mail and verification phone to his, keep it secret (HTML)",
      "Urgente - correo de recuperación", """
Hola,

Soy Alberto Cifuentes, director general. Estoy de viaje en México y con muy mala cobertura, por eso escribo desde mi correo personal. Necesito que cambien hoy mismo el correo de recuperación y el móvil de verificación de la cuenta de Marta Gil (marta.gil@grupocifuentes.es) a este correo y al +34 611 208 473. Es un tema confidencial, no lo comenten con ella.

Gracias,
Alberto
""", fmt="html")
    r(L, "w4", "W", "Mexican shop owner: account opened by her ex-husband on his e-mail, put it in her name and remove his access",
      "cuenta de la tienda", """
Hola buen día, les escribo porque la cuenta de mi tienda en línea (Dulcería La Güera) está a nombre de mi ex esposo, él la abrió con su correo hace años pero la tienda siempre ha sido mía y yo pago todo. Nos divorciamos y él ya no tiene nada que ver. Quiero que pasen la cuenta a mi nombre y a mi correo y que a él le quiten el acceso. ¿Qué necesitan que les mande?
Gracias, Rosa María
""")
    r(L, "w5", "W", "Chilean external IT provider: client's admin on holiday, wants super-admin on their workspace and entry to the management mailbox",
      "acceso super admin", """
Hola, soy el proveedor de TI externo de Inmobiliaria Los Andes. El administrador de ellos está de vacaciones hasta enero y no contesta. Necesito que me den rol de super admin en su workspace y que me dejen entrar al buzón gerencia@inmolosandes.cl para revisar unas reglas de reenvío. Es urgente, el cliente me lo pidió por WhatsApp.

Saludos,
Felipe Contreras
FC Soluciones TI
""")
    r(L, "w6", "WL", "New owner of a hardware firm: transfer account and subscription to him, former partner still reads company mail; his lawyer will sue otherwise",
      "Titularidad de la cuenta - última solicitud", """
Buenas tardes:

Desde el 1 de octubre soy el propietario de Ferretería Industrial del Sur, S.L., según consta en la escritura de compraventa de participaciones que les envié el día 3. Llevo siete semanas pidiendo que transfieran la cuenta y la suscripción a mi nombre y que el acceso principal pase a mi correo (direccion@ferrsur.es), porque el antiguo socio sigue entrando y leyendo el correo de la empresa.

Si esta semana no se hace el cambio, mi abogado presentará una demanda contra ustedes por los perjuicios que nos está causando su negativa.

Ramón Quesada
""")
    # ---- outage
    r(L, "o1", "O", "Spain, IT of a group: since nine nobody in the office can get in, loading screen then 'Algo salió mal', 22 people idle",
      "¿Está caído?", """
Buenas, ¿tenéis algún problema? Desde las nueve nadie de la oficina puede entrar: se queda la pantalla de carga y al rato sale "Algo salió mal". Somos 22 personas de brazos cruzados. Ya hemos probado con otro navegador y desde casa.
Iñaki, Sistemas – Grupo Ederra
""")
    r(L, "o2", "O", "Mexican pharmacy chain: tills frozen on 'Sincronizando...' in all 9 branches, queues of customers",
      "URGENTE cajas congeladas", """
Buen día, en todas nuestras sucursales (son 9 entre Guadalajara y Zapopan) las cajas se quedaron congeladas desde las 10:15, al cobrar se queda en "Sincronizando..." y de ahí no pasa. Tenemos filas de clientes. Ya reiniciamos todo. Por favor apóyennos urgente.
Lic. Armando Téllez, Farmacias Téllez
""")
    r(L, "o3", "O", "Coffee web shop: pasted '504 Gateway Time-out' every customer sees, checked from fibre, 4G and abroad (HTML)",
      "Error 504 en la tienda", """
Hola,

desde las 16:05 cualquier cliente que entra en nuestra tienda online ve esto:

504 Gateway Time-out
The server didn't respond in time.

Lo hemos comprobado desde fibra, desde 4G y desde Portugal con otro proveedor. Nosotros no hemos tocado nada. Por favor revisadlo, estamos en plena campaña.

Lorena, tiendadecafe.es
""", fmt="html")
    r(L, "o4", "O", "Call-centre operations lead above the support reply: still not working after five hours, none of 40 agents can open tickets (base64)",
      "RE: Ticket #90631 - No carga el panel", """
Sigue sin funcionar. Ya van casi cinco horas y ninguno de los 40 agentes del call center puede abrir los tickets. ¿Hay alguna estimación? Tengo a dirección encima.

Carlos Medina
Responsable de Operaciones

-----Mensaje original-----
De: Soporte Curveball
Enviado el: miércoles, 25 de noviembre de 2026 8:02
Asunto: RE: Ticket #90631 - No carga el panel

Hola Carlos, estamos revisando tu caso. Te mantenemos informado.
Equipo Curveball
""", fmt="b64")
    r(L, "o5", "O", "Physio clinic, three points: invoice with old tax id, then calendar module blank for the whole team on all devices, then vCard export (ISO-8859-1)",
      "Varias consultas", """
Hola, buenos días:

Aprovecho para mandaros varias cosas juntas.

Primero, la factura de noviembre nos ha llegado con el CIF antiguo, ¿podéis reemitirla con el nuevo?

Segundo, y esto es lo que más me preocupa: desde esta mañana el módulo de calendario no carga para nadie del equipo. Salen las cabeceras y debajo todo en blanco. Lo he mirado con cuatro compañeros en distintos ordenadores, incluso desde el móvil, y nada. Tenemos ahí dentro las citas de toda la semana.

Tercero, ¿hay forma de exportar los contactos en vCard?

Gracias,
Nuria Sendra
Clínica Fisio Sendra
""", charset="iso-8859-1")
    r(L, "o6", "O", "Argentine phone mail: is it down for everyone? whole team blank screen for half an hour, mobile app not working either",
      "se cayó?", """
hola, está caído para todos? a todo el equipo le aparece la pantalla en blanco desde hace media hora y la app del celu tampoco anda. avisen algo porfa
Enviado desde mi Motorola
""")
    # ---- hard negatives: abusive surface
    r(L, "n1", "", "Swears at the Excel export ('esta mierda', 'joder') that breaks accents for his user only: no insult, not an outage",
      "La exportación a Excel otra vez", """
Joder, esta mierda de exportación a Excel me vuelve a cortar las tildes y las eñes. Ya es la tercera vez que os lo reporto. A mis compañeros les sale bien, solo me pasa a mí con mi usuario, así que supongo que es alguna configuración mía. ¿Me echáis una mano?
Toni
""")
    r(L, "n2", "", "Peruvian fan with idioms: 'I'd kill for a dark mode', the white screen is killing me, the new version is a bomb",
      "sugerencia", """
¡Hola equipo! Mataría por un modo oscuro en la app, de verdad. Trabajo de noche y la pantalla blanca me está matando. Por lo demás, la nueva versión es una bomba, se pasaron.
Saludos desde Lima,
Valeria
""")
    r(L, "n3", "", "Quotes sexist abuse and a threat by one of THEIR customers against their staff; reported to the police; asks for a filter rule and export",
      "Bloquear remitente", """
Buenas,

Un cliente nuestro lleva días escribiendo a nuestro buzón de atención con insultos a las chicas del equipo. El último decía literalmente: «sois unas putas inútiles, os voy a buscar a la salida». Ya hemos puesto denuncia en los Mossos.

¿Cómo configuro una regla para que sus correos vayan directos a una carpeta aparte y no los vea nadie del equipo? ¿Y puedo exportarlos con las cabeceras para adjuntarlos a la denuncia?

Gracias,
Montse Ferrer
""")
    r(L, "n4", "", "Sarcastic demand to revert the new search screen, 'don't tell me you'll pass it to the product team': no insult",
      "El nuevo buscador", """
Enhorabuena por el nuevo buscador: ahora para buscar por remitente hay que abrir tres menús. Era lo único que funcionaba a la primera y lo habéis cambiado. Exijo que lo dejéis como estaba o que al menos pongáis una opción para volver al antiguo. Y no me digáis que "lo trasladáis al equipo de producto".
Enrique
""")
    # ---- hard negatives: legal surface
    r(L, "n5", "", "Law firm as customer asks how to add two users for new trainees; 'AVISO LEGAL' confidentiality footer (multipart/alternative)",
      "Alta de dos usuarios", """
Buenos días:

Necesitaríamos dar de alta dos usuarios más para los nuevos pasantes que se incorporan en enero. ¿Se puede hacer desde el panel o hay que solicitarlo a ustedes? ¿El precio es el mismo que el del resto de licencias?

Un saludo,
Beatriz Lozano
Lozano & Asociados Abogados
Paseo de la Castellana 150, Madrid

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y pueden contener información sujeta a secreto profesional. Si usted no es el destinatario, le rogamos que lo comunique al remitente y proceda a su eliminación. Cualquier uso, divulgación o copia no autorizada está prohibida y puede ser constitutiva de delito.
""", fmt="alt")
    r(L, "n6", "", "Mexican ARCO request (access then cancellation of personal data) citing the federal data law, no threat",
      "Solicitud de derechos ARCO", """
Buenas tardes,

Con base en la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, solicito el acceso a los datos personales que tienen de mí y, después, la cancelación de mi cuenta y de esos datos. Mi cuenta está registrada con este correo.

Quedo atenta,
Mariana Cortés
""")
    r(L, "n7", "", "Double charge: explicitly no lawsuit and no consumer office for 60 euros, just refund and explain",
      "Re: Doble cobro de octubre", """
Hola de nuevo,

Para que quede claro: no vamos a poner ninguna demanda ni a ir a Consumo por 60 euros, no tenemos tiempo para eso. Solo queremos que nos devuelvan el cargo duplicado y que nos expliquen por qué pasó.

Gracias,
Silvia (administración)
""")
    r(L, "n8", "", "Tax inspection at the customer's company; their tax lawyer needs all invoices 2023-2025 in one download (base64)",
      "Facturas para inspección de Hacienda", """
Hola,

Nos ha llegado una inspección de Hacienda y nuestro abogado tributario nos pide todas las facturas de proveedores de 2023 a 2025. En el panel solo puedo descargarlas de una en una y son más de treinta.

¿Nos podéis enviar todas las facturas de ese periodo en un ZIP, o decirme si hay alguna opción de descarga masiva que no estoy viendo? El NIF de la empresa no ha cambiado en ese tiempo.

Saludos,
Alba Navarro
Reformas Alba
""", fmt="b64")
    # ---- hard negatives: account-ownership surface
    r(L, "n9", "", "Argentine account admin adding her business partner as a second administrator of her own account",
      "agregar otro admin", """
Hola! Soy la administradora de la cuenta de nuestro estudio contable. Quiero agregar a mi socio, Gustavo, como segundo administrador para que pueda ver la facturación cuando yo no estoy. ¿Lo hago yo desde Configuración o lo tienen que hacer ustedes? Gracias!
Laura
""")
    r(L, "n10", "", "Broke his phone: how to move the two-step verification of HIS OWN account to his new phone",
      "cambié de móvil y no me llegan los códigos", """
Hola, se me rompió el móvil y me he comprado otro con el mismo número, pero la app de autenticación estaba en el viejo y ahora no puedo entrar a mi cuenta. ¿Cómo paso la verificación en dos pasos a mi móvil nuevo? La cuenta es mía, jlopez@papeleriacentro.es. Tengo los códigos de respaldo en algún sitio pero no los encuentro.
José López
""")
    r(L, "n11", "", "New purchasing employee asks who administers the company account so he can ask them for access",
      "¿Quién es el administrador?", """
Buenas, entré hace poco en el departamento de compras y necesito permisos para ver los pedidos. Nadie aquí sabe quién administra la cuenta con ustedes. ¿Me pueden decir quién es el administrador de la cuenta de Distribuciones Arévalo para pedirle que me dé acceso?
Gracias,
Hugo
""")
    r(L, "n12", "", "Onboarding invitation link from her boss no longer valid; asks for a resend",
      "No me funciona la invitación", """
Hola, mi jefa me mandó una invitación para unirme al equipo en la plataforma, pero al pulsar el enlace me dice "Este enlace ya no es válido". ¿Me la pueden reenviar ustedes o tiene que volver a mandarla ella?
Saludos, Paula
""")
    # ---- hard negatives: outage surface
    r(L, "n13", "", "Their ISP's fibre failed for the whole industrial estate yesterday; asks whether mail sent meanwhile is queued; all fine today",
      "correos retenidos", """
Buenas, ayer estuvimos toda la tarde sin internet en la oficina porque Movistar tuvo una avería en la zona (se cayó la fibra de todo el polígono). ¿Los correos que nos enviaron en ese rato se quedan en cola y llegan, o se pierden? Hoy ya va todo bien.
Un saludo, Rafa
""")
    r(L, "n14", "", "Question about a past incident listed in the monthly status digest: were our accounts affected and were mails resent (multipart/alternative)",
      "Duda sobre el resumen mensual de estado", """
Hola,

En el resumen mensual de estado que nos llegó ayer aparece una incidencia del 12 de noviembre, "degradación del servicio de envío, 47 minutos". Ese día tuvimos varias quejas de clientes que no recibieron confirmaciones de pedido. ¿Podéis confirmarnos si nuestras cuentas se vieron afectadas y si esos correos se reenviaron después?

Gracias,
Elena Castro
Operaciones, Viajes Castro
""", fmt="alt")
    r(L, "n15", "", "Resolved: everything works again, the team got in, close the incident",
      "RE: Caída del panel", """
Ya está funcionando todo otra vez, el equipo ha podido entrar sin problema. Muchas gracias por la rapidez. Podéis cerrar la incidencia.
Saludos,
Gonzalo
""")
    r(L, "n16", "", "Billing question: SLA credit for the 3 November outage acknowledged on the status page; nothing broken now",
      "Abono por la caída del día 3", """
Buenos días:

El pasado 3 de noviembre estuvimos sin servicio de 9 a 13 h, como ustedes mismos reconocieron en su página de estado. Según nuestro contrato tenemos un SLA del 99,9 %. ¿Nos corresponde algún abono en la factura de noviembre? ¿Hay que solicitarlo formalmente o se aplica de oficio?

Atentamente,
Marcos Beltrán
Administración, Logística Beltrán
""")
