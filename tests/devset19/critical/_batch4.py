"""devset19 batch 4: Swedish (sv) and Portuguese (pt), critical tags A L W O + hard negatives."""

B = "b4"


def add_b4(m):
    # ------------------------------------------------------------------ Swedish: abusive
    m(B, "sv", "a1", "A", "angry phone one-liner calling the support staff incompetent idiots",
      "VAD HÅLLER NI PÅ MED", """
Fjärde gången jag ringer och fjärde gången lägger nån på luren. Ni är fan i mig det mest inkompetenta gänget idioter jag nånsin stött på. Skärp er.

Skickat från min iPhone
""")

    m(B, "sv", "a2", "A", "finance manager's cold contempt for a named agent's intelligence, no swear words, over quoted reply",
      "Re: Ärende #58213 – felaktig faktura", """
Hej,

Jag ber att någon annan än Jonas tar över det här ärendet. Efter tre samtal är det uppenbart att han saknar förmågan att läsa en faktura, och jag har ärligt talat inte tid att förklara lågstadiematematik för en vuxen man. Att ni släpper ut någon med hans begåvning i kontakt med kunder säger en hel del om er organisation.

Fakturan är på 4 380 kr. Vårt avtal är på 2 190 kr. Jag hoppas att nästa person klarar av att dela med två.

Mvh
Birgitta Lindqvist
Ekonomiansvarig, Lindqvists Rör AB

> Hej Birgitta,
> tack för ditt mejl. Jag har tittat på fakturan och den ser korrekt ut enligt vårt system.
> Vänliga hälsningar
> Jonas, Kundtjänst
""", fmt="alt")

    m(B, "sv", "a3", "A", "threat of violence against the salesman who sold a locked-in contract",
      "till er säljare Marcus", """
Ge det här vidare till Marcus som sålde oss avtalet i våras.

Han lovade att vi kunde säga upp när vi ville. Nu sitter vi fast i 36 månader. Säg till honom att han ska hålla sig borta från Borås, för ser jag honom igen så går han inte därifrån på egna ben. Jag vet var ni har ert kontor också.

/Tommy
""")

    m(B, "sv", "a4", "A", "teenager with a locked account using obfuscated insults at the staff",
      "kontot spärrat??", """
asså vad e ert problem?? mitt konto blev spärrat för "misstänkt aktivitet" och ingen svarar i chatten på två dagar. ni e ena j*vla p*ckhuvuden allihop, f-n vilka id10ter. fatta att folk behöver sina grejer. lås upp NU
""")

    m(B, "sv", "a5", "AL", "elderly customer calls the company lying bloodsucking swindlers and hands the case to her lawyer",
      "Uppsägning och krav", """
Till er bedragare.

Ni har dragit 1 490 kr i månaden från mitt kort i ett halvår efter att jag sade upp avtalet. Ni är inget annat än en samling lögnare och blodiglar som lever på att lura pensionärer. Skäms på er!

Jag har nu lämnat över hela saken till min advokat, Erik Sandström på Sandström & Partners, och han kommer att kräva tillbaka varenda krona plus ränta. Räkna med att höra från honom inom en vecka.

Gunnel Håkansson
""")

    m(B, "sv", "a6", "A", "Finland-Swedish hardware shop owner calling staff brain-dead apes, reply above Outlook history",
      "Sv: Ang. er förfrågan", """
Nå, det här är nu int klokt. Femte gången jag förklarar samma sak och ni svarar igen med samma färdiga fras. Ni är en samling hjärndöda apor som int kan annat än klistra in text, och den som anställt er borde skämmas.

Fakturan gäller vår butik i Jakobstad, int Vasa. Hur svårt kan det vara.

Ulf-Erik Björkqvist
Björkqvists Järn Ab

-----Ursprungligt meddelande-----
Från: Kundtjänst
Skickat: den 24 november 2026 15:02
Till: Ulf-Erik Björkqvist
Ämne: Ang. er förfrågan

Hej,
Tack för att du kontaktade oss. Vi har tagit emot ditt ärende och återkommer så snart som möjligt.
Med vänlig hälsning
Kundtjänst
""", fmt="qp", charset="iso-8859-1")

    # ------------------------------------------------------------------ Swedish: legal threat
    m(B, "sv", "l1", "L", "consumer demands refund of charges after cancellation or will report to ARN",
      "Reklamation – begäran om återbetalning, kundnr 77-10492", """
Hej,

Den 3 oktober sade jag upp mitt abonnemang skriftligen, och jag fick ett bekräftelsemejl från er samma dag (bifogat). Trots detta har ni dragit 399 kr den 27 oktober och igen den 24 november.

Jag begär att ni betalar tillbaka 798 kr till mitt konto senast den 9 december 2026. Om pengarna inte har kommit in då kommer jag att göra en anmälan till Allmänna reklamationsnämnden och bifoga hela vår korrespondens.

Med vänliga hälsningar
Sara Nyström
Kastanjegatan 14
582 21 Linköping
""", fmt="html")

    m(B, "sv", "l2", "L", "painter's firm announces payment order at Kronofogden and small claims if prepaid licence fee is not refunded",
      "Sista påminnelse innan Kronofogden", """
Hej igen.

Ni har fortfarande inte betalat tillbaka förskottet på 12 500 kr för årslicensen som ni aldrig levererade (vi fick aldrig några inloggningar, se mejl 2/11, 9/11 och 17/11). Jag har ringt tre gånger och blivit lovad återkoppling varje gång.

Om beloppet inte finns på vårt bankgiro 5521-0934 senast fredag den 4 december ansöker vi om betalningsföreläggande hos Kronofogden utan ytterligare påminnelse. Bestrider ni går det vidare till tingsrätten som småmål, och då yrkar vi även ersättning för våra kostnader.

Hälsningar
Mikael Ek
Ek Måleri & Fasad
""")

    m(B, "sv", "l3", "L", "customer whose invoice with personal data went to a stranger threatens to report to IMY",
      "Ni har skickat mina uppgifter till fel person", """
Hej.

I går fick jag ett mejl från en främling som undrade varför hon hade fått MIN faktura, med mitt personnummer, min adress och allt jag har köpt. Ni har alltså skickat mina personuppgifter till en helt okänd människa.

Jag vill veta hur många fler som har fått mina uppgifter och vad ni tänker göra åt det. Får jag inget ordentligt svar inom en vecka anmäler jag er till Integritetsskyddsmyndigheten. Jag har redan sparat hennes mejl som skärmdump.

Lina Sjöberg
""", fmt="qp")

    m(B, "sv", "l4", "L", "elderly Finland-Swedish woman will take a phone-sales invoice to Konsumenttvistenämnden",
      "klagomål", """
Bästa kundtjänst,

Jag är 78 år och köpte i september ert program för min lilla bokföring efter att er försäljare ringt mig. Han sade att det var gratis första året. Nu har jag fått en räkning på 289 euro och därtill en påminnelse med avgift, fast jag aldrig beställt något sådant.

Jag har talat med konsumentrådgivningen och de sade att jag kan föra ärendet till Konsumenttvistenämnden om ni inte makulerar räkningen. Det kommer jag att göra om jag inte hört av er före månadens slut. Min dotter hjälper mig med pappren.

Med vänlig hälsning
Rut Lindholm
Tölö, Helsingfors
""")

    m(B, "sv", "l5", "OL", "IT manager: order system times out for all users at three offices on day three, company lawyer preparing damages suit",
      "Driftstopp – tredje dagen, formellt krav", """
Till ansvarig chef,

Sedan måndag morgon har ingen av våra 40 användare kunnat arbeta i ordersystemet. Sidan laddar i ungefär en minut och ger sedan 504 Gateway Timeout. Det gäller alla tre kontoren och även via mobilnätet, så felet ligger inte hos oss. Er statussida visar fortfarande grönt.

Vi har hittills tappat order för uppskattningsvis 300 000 kr. Enligt avtalets punkt 9.2 har ni åtagit er 99,5 % tillgänglighet. Vår bolagsjurist har fått i uppdrag att förbereda en stämningsansökan om skadestånd om tjänsten inte fungerar senast i morgon kl. 12.00 och vi inte fått en skriftlig förklaring.

Anders Wallin
IT-chef, Nordgrossen AB
""")

    # ------------------------------------------------------------------ Swedish: account ownership
    m(B, "sv", "w1", "W", "office manager asks to be made admin because the IT guy quit and is unreachable",
      "admin", """
Hej! Vår IT-kille Patrik slutade i fredags och nu är det ingen som kommer åt adminpanelen. Han svarar inte i telefon heller. Kan ni göra mig till administratör på vårt konto istället? Jag är kontorschef här sen 2019 så det borde inte vara några konstigheter. Kontot står på patrik@frisorhuset.se tror jag.

Tack!
Jenny, Frisörhuset i Gävle
""")

    m(B, "sv", "w2", "W", "CEO-fraud style request for the finance manager's mailbox password while she is on holiday, keep it secret",
      "Brådskande – konfidentiellt", """
Hej,

Jag är VD för Solberga Logistik AB. Vår ekonomichef Helena Strand är på semester i Thailand och går inte att nå, och jag måste omedelbart komma åt hennes mejlkorg för att godkänna en leverantörsbetalning före kl. 15 i dag.

Återställ hennes lösenord och skicka den nya inloggningen till den här adressen. Detta är helt konfidentiellt, prata inte med någon annan på företaget om det. Jag tar fullt ansvar.

Tack för snabb hantering.
Johan Solberg
VD

Skickat från mobilen
""", fmt="b64")

    m(B, "sv", "w3", "W", "widow asks to have late husband's B&B account put in her name and SMS codes moved to her phone",
      "Min mans konto", """
Hej,

Min man Lennart gick bort i oktober. Det var han som skötte alla sådana här saker och nu vet jag inte hur jag kommer in. Det är på hans konto som alla bokningar och räkningar för vårt lilla bed & breakfast ligger.

Jag skulle vilja att ni för över kontot till mig så att det står i mitt namn, och att koderna som kommer på sms går till min telefon i stället för hans, som är uppsagd nu. Jag kan skicka dödsbeviset, och bouppteckningen när den är klar.

Vänliga hälsningar
Margareta Holm
""")

    m(B, "sv", "w4", "W", "ex-partner wants 2FA moved to his number and to be set as owner of the shared firm's account",
      "byta nummer för tvåstegsverifiering", """
hej, jag och min ex-sambo drev firman ihop men vi har gått isär nu och jag tar över verksamheten. kontot är registrerat på hennes mejl och tvåstegsverifieringen går till hennes mobil. hon vägrar ge mig koderna. kan ni byta så att det går till mitt nummer 070-318 44 92 och sätta mig som ägare? hon har inget med firman att göra längre

/Daniel
""")

    m(B, "sv", "w5", "W", "new café owner wants everything moved to her and 'the keys' to the whole account without involving the seller",
      "Ägarbyte Café Lyktan", """
Hej,

Jag har köpt Café Lyktan av Stefan Berg, tillträdet var den 1 november. Stefan har flyttat till Spanien och är svår att få tag på. Jag behöver att ni lägger över allt på mig – inloggningen, betalningen och alla kassaregister – så att jag kan börja köra på riktigt. Kan ni inte bara ge mig nycklarna till hela kontot, så slipper vi blanda in Stefan?

Organisationsnumret är detsamma, jag har köpt aktiebolaget.

Hälsningar
Amira Haddad
""")

    m(B, "sv", "w6", "W", "consultant mixing English asks to switch the main login and MFA of a client's workspace to himself",
      "Re: Access request", """
Hej,

Jag jobbar som konsult åt Fjällström Bygg och har hand om deras IT sen förra veckan. Kan ni switcha main login på deras workspace till min mejl (oscar@nordkod.se)? Nuvarande ownern är deras gamla byrå som de inte har kontakt med längre. Vore toppen om ni också kunde flytta MFA till min device så jag kan sköta allt härifrån. Deadline är typ ASAP, de har en launch på måndag.

Cheers,
Oscar
""")

    # ------------------------------------------------------------------ Swedish: outage
    m(B, "sv", "o1", "O", "accounting office: none of twelve staff can log in, login loops back",
      "Inloggning funkar inte för någon", """
Hej, ingen här på kontoret kommer in sen ungefär kvart över åtta. Vi är tolv personer och alla får samma sak: man skriver in lösenordet, det snurrar en stund och sen hamnar man på inloggningssidan igen. Har testat i Chrome, Edge och på mobilen. Vi har inte ändrat någonting hos oss.

Är det något på er sida? Vi har kunder som väntar.

Karin på Bergs Redovisning
""")

    m(B, "sv", "o2", "O", "warehouse manager: all handheld scanners spin then blank, whole warehouse stopped (symptoms only)",
      "BRÅDSKANDE lagret står still", """
Ingen av handskannrarna på lagret får kontakt sedan 06.40. Alla 14 visar bara det snurrande hjulet och sen blank skärm. Datorerna på kontoret samma sak när vi öppnar plocklistorna, sidan blir helt vit. Vi har startat om routern och allt, resten av internet funkar.

Vi har två bilar som ska lastas före lunch. Ring mig på 0706-22 14 98.

Peter Åkesson, lagerchef
""")

    m(B, "sv", "o3", "O", "yarn shop: webshop gives 503 to every visitor since last night, error pasted",
      "Webbshoppen visar 503 för alla besökare", """
Hej,

Sedan ca 21.30 i går kväll får alla som går in på vår webbshop (butik.kerstinsgarn.se) det här:

503 Service Unavailable
The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later.

Vi har testat från flera olika nät och kunder har hört av sig från hela landet. Vi har inte fått något meddelande om underhåll. Det är mitt i julhandeln, snälla titta på det.

Kerstin Malm
Kerstins Garn & Tyger
""", charset="iso-8859-1")

    m(B, "sv", "o4", "O", "follow-up: tills in all four stores still stuck on 'Ansluter...', over quoted support reply",
      "Sv: Ärende #60114 – kassasystemet", """
Fortfarande nere här. Ingen av våra fyra butiker kan ta betalt, kassorna står på "Ansluter..." sedan i morse. Ni skrev för två timmar sen att det skulle vara löst inom 30 min.

Vad händer?

Mattias

Den ons 25 nov. 2026 kl. 10:12 skrev Support <support@example.com>:
> Hej Mattias,
> Vi är medvetna om störningen och arbetar på en lösning. Beräknad åtgärd inom 30 minuter.
> Vänliga hälsningar
> Support
""")

    m(B, "sv", "o5", "O", "long billing/plan mail whose third point is that the report module fails for all departments",
      "Några frågor om fakturan + problem idag", """
Hej!

Först en fråga om novemberfakturan: vi har debiterats för 18 användare men vi har bara haft 15 aktiva sedan oktober. Tre av dem tog vi bort den 12 oktober. Kan ni kreditera mellanskillnaden? Jag bifogar en lista över aktiva användare.

Sedan undrar jag om vi kan gå över till årsbetalning från januari, och vad det i så fall kostar.

Och en sak till, mer akut: sedan lunch går det inte att öppna rapportmodulen för någon av oss. Den bara laddar och efter en stund kommer "Något gick fel (kod 0x5F2)". Alla tre avdelningar har samma problem, på olika datorer. Resten av systemet verkar fungera. Vi behöver ta ut månadsrapporterna till styrelsemötet i morgon.

Tack på förhand,
Sofia Ekdahl
Administratör, Ekdahl & Co
""", fmt="html")

    # ------------------------------------------------------------------ Swedish: hard negatives
    m(B, "sv", "n1", "", "A-neg: swearing at a broken CSV export after an update, no person insulted",
      "exporten igen...", """
Hej,

Den jävla CSV-exporten har pajat IGEN efter gårdagens uppdatering. Alla datum kommer ut som 1970-01-01. Vilken skituppdatering, ärligt talat, det är tredje gången i höst.

Går det att rulla tillbaka vårt konto till förra versionen tills ni har fixat det? Jag måste få ut underlaget till revisorn på fredag.

/Henrik
""")

    m(B, "sv", "n2", "", "A-neg: happy user, idioms 'would kill for a dark mode', 'killing my eyes'",
      "Önskemål: mörkt läge", """
Hej!

Älskar verktyget, använder det varje dag. Men jag skulle döda för ett mörkt läge – jag sitter mest på kvällarna och den vita bakgrunden tar livet av mina ögon. Finns det planer på det? Annars kanske kortkommandon för att byta flik, det hade varit grymt.

Tack för en bra produkt!
Elin
""")

    m(B, "sv", "n3", "", "A/L-neg: flower shop quotes a visitor's abuse in their chat widget, asks how to block him, will report him to police",
      "Blockera besökare i chatten?", """
Hej,

Vi använder er chattwidget på vår hemsida. I helgen har en och samma person skrivit till oss flera gånger med saker som "era jävla horor" och "jag vet var ni bor". Personalen blir förstås väldigt illa berörd.

Finns det något sätt att blockera en viss besökare, via IP eller liknande? Och kan vi exportera konversationerna? Vi funderar på att polisanmäla honom.

Tack,
Malin Gustafsson
Butikschef, Lilla Blomsteraffären
""")

    m(B, "sv", "n4", "", "A-neg: sarcastic, demanding complaint about the new search function, no personal insult",
      "Sökfunktionen", """
Grattis till den nya sökfunktionen. Förut hittade den det jag letade efter, nu hittar den allt utom det. Söker jag på ett kundnummer får jag upp blogginlägg från 2021.

Jag förväntar mig att ni antingen lagar den eller ger oss tillbaka den gamla, gärna den här veckan. Vi betalar inte för att leka detektiv.

Lars Öberg
""")

    m(B, "sv", "n5", "", "L-neg: law firm customer changes invoice address; attorney-privilege disclaimer in signature",
      "Fråga om fakturaadress", """
Hej,

Vi skulle vilja att fakturorna från och med januari skickas till vår nya fakturaadress: Advokatfirman Rehn & Lund KB, Fack 7730, 103 95 Stockholm. Referens: 1104-IT. Kan ni även lägga till ekonomi@rehnlund.se som mottagare av fakturakopior?

Tack på förhand.

Med vänlig hälsning
Ingrid Rehn
Advokat | Delägare
Advokatfirman Rehn & Lund
Tel 08-545 120 00

Detta e-postmeddelande kan innehålla konfidentiell information som omfattas av advokatsekretess. Om du inte är avsedd mottagare ber vi dig meddela avsändaren och radera meddelandet. Obehörig användning, spridning eller kopiering är förbjuden.
""", fmt="alt")

    m(B, "sv", "n6", "", "L-neg: polite GDPR article 15 access request, no threat",
      "Begäran om registerutdrag enligt GDPR", """
Hej,

Med stöd av artikel 15 i dataskyddsförordningen (GDPR) begär jag ett registerutdrag över de personuppgifter ni behandlar om mig. Jag vill gärna veta vilka uppgifter ni har, varifrån de kommer, hur länge de sparas och om de har lämnats ut till någon tredje part.

Jag har haft konto hos er med den här mejladressen sedan 2022. Svara gärna digitalt, det går bra med en PDF.

Vänliga hälsningar
Oskar Lindahl
""", fmt="qp", charset="iso-8859-15")

    m(B, "sv", "n7", "", "L-neg: double charge, customer explicitly says they will not involve lawyers or report anyone",
      "Re: dubbeldebitering", """
Hej igen,

Lugn, vi tänker inte blanda in några jurister eller anmäla er någonstans för det här, vi vill bara ha tillbaka pengarna. Ni har dragit abonnemanget två gånger i november (2 x 1 250 kr), se bifogat kontoutdrag. Kan ni återbetala den ena dragningen så är vi nöjda.

Hälsningar
Annika, Sjöbergs Bageri
""")

    m(B, "sv", "n8", "", "L-neg: carpenter's own client threatens to sue them; asks for a delivery log for their lawyer",
      "Behöver logghistorik", """
Hej,

En av våra kunder påstår att vi aldrig skickade offerten till honom i augusti och hotar nu med att stämma oss och gå till tingsrätten. Vi vet att den gick iväg via ert system den 14 augusti.

Går det att få ut en logg eller något intyg på att mejlet levererades till hans adress? Vår advokat vill ha underlaget så fort som möjligt.

Tack!
Robert Lind
Lind Snickeri AB
""")

    m(B, "sv", "n9", "", "W-neg: admin of a dental clinic wants to give a new office manager a second admin role, stays main admin",
      "Lägga till en till admin", """
Hej,

Jag är admin för vårt konto (Hedlunds Tandvård). Vi har anställt en ny kontorschef, Sanna, och jag vill att hon också ska vara administratör så att hon kan lägga upp scheman när jag är ledig. Jag hittar hur man bjuder in användare men inte hur man ändrar rollen till admin. Var finns det?

Jag ska själv vara kvar som huvudansvarig.

Mvh
Gustav Hedlund
""")

    m(B, "sv", "n10", "", "W-neg: user changing the email address of her own account after marriage",
      "byta e-postadress på mitt konto", """
Hej, jag har gift mig och bytt efternamn så jag har fått en ny jobbmejl. Hur ändrar jag e-postadressen på mitt eget konto från emma.karlsson@ till emma.nilsson@? Jag vill behålla allt annat som det är. Hittade inget under Inställningar.

Tack!
Emma
""")

    m(B, "sv", "n11", "", "W-neg: new municipal employee asks who the account owner is so he can ask them for rights",
      "Vem är ansvarig för vårt konto?", """
Hej,

Jag har precis börjat på kommunens fritidsförvaltning och ska jobba med bokningssystemet. Jag har fått ett vanligt användarkonto men behöver fler behörigheter. Problemet är att ingen här vet vem som är kontoägare hos er. Kan ni tala om vem som står som ägare eller administratör för vårt konto, så att jag kan be den personen om rättigheterna?

Hälsningar
Jesper Nord
Fritidsförvaltningen, Kumla kommun
""")

    m(B, "sv", "n12", "", "W-neg: Finland-Swedish employee never received her boss's invitation",
      "Fick aldrig inbjudan", """
Hej, min chef Maria har bjudit in mig till ert system men jag har int fått någon inbjudan, inte i skräpposten heller. Hon har försökt två gånger. Kan det vara vårt spamfilter som tar den? Min adress är på @kvarken.fi.

Tack på förhand
Jonna
""")

    m(B, "sv", "n13", "", "O-neg: kiosk's own fibre is down due to roadworks, asks about an offline mode",
      "offline-läge?", """
Hej,

Vår fiber har varit nere sedan i morse – det är grävarbeten på gatan och Telia säger att det tar minst till i morgon. Vi kör nu på en mobil hotspot som knappt orkar. Finns det något offline-läge i kassaappen så att vi kan ta betalt och synka senare?

Hälsningar
Fredrik, Hamnkiosken
""")

    m(B, "sv", "n14", "", "O-neg: bakery asks what the announced Sunday night maintenance window will affect",
      "Fråga om underhållet på söndag", """
Hej,

Vi fick ert mejl om planerat underhåll natten till söndag 29 november, 02.00–05.00. Restaurangen stänger kl. 01 men vårt bageri börjar baka kl. 04 och använder beställningslistorna i appen. Kommer appen att vara helt otillgänglig under hela fönstret, eller bara delvis? Kan vi skriva ut listorna i förväg på något smidigt sätt?

Tack!
Hanna Rask
""", fmt="b64")

    m(B, "sv", "n15", "", "O-neg: follow-up saying login works again for everyone, close the ticket",
      "Re: Ingen kommer in", """
Hej igen, nu fungerar det för alla hos oss sen ungefär 10.40. Tack för snabb hjälp! Ni kan stänga ärendet.

/Karin

> Hej Karin,
> Vi har hittat felet och rullat ut en åtgärd. Hör gärna av dig om problemet kvarstår.
> Support
""")

    m(B, "sv", "n16", "", "O-neg: one colleague gets 'Session expired' while the other nine work normally",
      "Bara en kollega får felmeddelande", """
Hej,

Vår kollega Eva får sedan i går "Session expired" direkt efter att hon loggat in, varje gång. Alla vi andra på kontoret (nio personer) kan jobba som vanligt, och Eva kommer in om hon använder min dator. Vi har rensat kakor och testat en annan webbläsare på hennes dator. Hennes användarnamn är eva.p.

Vad kan det vara?

Mvh
Tobias
""")

    # ------------------------------------------------------------------ Portuguese: abusive
    m(B, "pt", "a1", "A", "Brazilian phone one-liner calling the staff useless incompetents",
      "cancelamento", """
três semanas tentando cancelar essa porcaria e vcs só enrolam. bando de incompetentes, inúteis, não servem nem pra atender telefone. vergonha

Enviado do meu iPhone
""")

    m(B, "pt", "a2", "A", "formal European Portuguese letter of contempt for a named agent's intelligence, no swear words",
      "Reclamação sobre o atendimento do Sr. Nuno", """
Exmos. Senhores,

Venho por este meio informar que o vosso funcionário Nuno, com quem falei ontem ao telefone, é a pessoa mais limitada com quem tive o desprazer de lidar nos últimos anos. Expliquei-lhe quatro vezes que a fatura tinha o NIF errado e ele continuou a perguntar-me qual era o meu código postal. Uma criança de seis anos teria percebido à primeira. Se é este o nível de quem contratam, percebo porque é que a vossa empresa está como está.

Peço que outra pessoa, de preferência com dois dedos de testa, trate do assunto.

Com os melhores cumprimentos,
Maria Teresa Vasconcelos
""", charset="iso-8859-1")

    m(B, "pt", "a3", "A", "Brazilian shop owner threatens the technician with violence and says he knows where the office is",
      "recado pro técnico", """
Fala pro tal do Rodrigo, o técnico que veio aqui na loja semana passada e deixou o sistema pior do que tava, que eu sei onde fica o escritório de vocês lá na Vila Mariana. Se ele aparecer aqui de novo vai sair carregado. Tô falando sério, não é ameaça vazia. Mandem outro.

Cláudio – Auto Peças Cardoso
""")

    m(B, "pt", "a4", "A", "Brazilian user with blocked account hurling obfuscated profanity at the staff",
      "MINHA CONTA", """
vcs bloquearam minha conta sem motivo e ninguem responde no chat. vão tomar no c*, seus f.d.p. do c@ralho. desbloqueia logo essa m*rda antes que eu perca meus clientes, seus arromb@dos
""")

    m(B, "pt", "a5", "AL", "elderly Portuguese customer calls the company swindlers and liars; lawyer to file at the Julgado de Paz",
      "Isto acabou", """
Já chega. Vocês são uma cambada de vigaristas e mentirosos, que se aproveitam de pessoas de idade para lhes tirar dinheiro todos os meses. Disse à vossa colega em setembro que queria cancelar e continuam a cobrar-me 14,90 € todos os meses.

Entreguei hoje o assunto ao meu advogado, o Dr. Henrique Moura, que vai avançar com uma ação no Julgado de Paz de Braga para reaver tudo o que me cobraram indevidamente. Não me voltem a telefonar.

Armando Leite
""")

    m(B, "pt", "a6", "A", "Brazilian customer calls staff parasites and brainless robots after ticket closed, above Gmail quote",
      "Re: Seu chamado #88231 foi encerrado", """
Encerrado?? Vocês encerraram meu chamado sem resolver NADA. Sinceramente, vocês não são gente, são uns parasitas, uma corja de sanguessugas que só sabe cobrar e colar resposta pronta. Um robô sem cérebro teria feito melhor.

Reabram isso agora.

Fabiana

Em ter., 24 de nov. de 2026 às 17:45, Suporte <support@example.com> escreveu:
> Olá, Fabiana!
> Seu chamado #88231 foi encerrado. Caso ainda precise de ajuda, é só responder este e-mail.
> Atenciosamente,
> Equipe de Suporte
""")

    # ------------------------------------------------------------------ Portuguese: legal threat
    m(B, "pt", "l1", "L", "Brazilian consumer: Procon complaint and Juizado Especial Cível suit for double refund unless charges reversed",
      "Cobrança indevida - última tentativa", """
Boa tarde,

Cancelei o plano no dia 05/10 pelo próprio site (protocolo 2026100512887) e mesmo assim vocês continuaram cobrando R$ 89,90 no meu cartão em outubro e novembro. Já liguei quatro vezes e cada atendente fala uma coisa.

Se até sexta-feira o estorno não for feito, vou registrar reclamação no Procon e entrar com uma ação no Juizado Especial Cível pedindo a devolução em dobro, como prevê o Código de Defesa do Consumidor.

Att,
Juliana Pereira
""")

    m(B, "pt", "l2", "L", "Portuguese subscriber never activated: Livro de Reclamações and DECO legal support within 8 days",
      "Reclamação formal - encomenda n.º 40981", """
Exmos. Senhores,

Em 2 de outubro paguei a subscrição anual do vosso serviço (189 €) e até hoje a conta nunca foi ativada. Enviei seis emails e telefonei três vezes, sempre com a promessa de que "amanhã fica resolvido".

Informo que, caso não procedam à ativação ou ao reembolso integral no prazo de 8 dias, apresentarei reclamação no Livro de Reclamações Eletrónico e pedirei o apoio jurídico da DECO, da qual sou associado.

Sem outro assunto,
José Manuel Antunes
Coimbra
""", fmt="html")

    m(B, "pt", "l3", "L", "Portuguese recipient of unsolicited newsletter will complain to the CNPD if not answered",
      "Dados pessoais - pedido de explicações", """
Bom dia,

Recebi ontem uma newsletter vossa no meu email pessoal, quando nunca me registei no vosso site nem dei qualquer consentimento. Pior: vinha com o meu nome completo e a morada da empresa onde trabalhava há três anos. Já pedi duas vezes que me explicassem de onde vieram os meus dados e que os apagassem, e ninguém respondeu.

Dou-vos até ao final da semana. Se não tiver resposta, faço queixa à CNPD e junto os emails que vos mandei.

Rita Sampaio
""")

    m(B, "pt", "l4", "L", "Brazilian construction company's legal department sends a notificação extrajudicial with 10-day deadline",
      "NOTIFICAÇÃO EXTRAJUDICIAL – Contrato 2025/0412", """
Prezados,

A Construtora Horizonte Ltda., por meio desta, NOTIFICA essa empresa de que, desde 1º de setembro de 2026, os serviços contratados não vêm sendo prestados conforme o Anexo II do contrato (suporte em até 4 horas úteis e backup diário), conforme relatórios enviados em 10/09, 02/10 e 30/10, todos sem resposta.

Fica concedido o prazo de 10 (dez) dias a contar do recebimento desta para a regularização integral e o ressarcimento dos valores pagos no período. Não havendo resposta, serão adotadas as medidas judiciais cabíveis, inclusive rescisão contratual com aplicação da multa prevista na cláusula 14 e pedido de indenização por perdas e danos.

Atenciosamente,

Dra. Patrícia Lemos
Departamento Jurídico – Construtora Horizonte Ltda.
OAB/MG 123.456
""", fmt="alt")

    m(B, "pt", "l5", "OL", "Brazilian shoe chain: POS stuck 'Aguardando servidor' in all 3 stores and neighbours; lawyer will sue for lost profit",
      "SISTEMA FORA DO AR - 3 LOJAS PARADAS", """
Pessoal, desde as 9h nenhuma das nossas 3 lojas consegue emitir nota nem passar venda. O PDV abre, mas na hora de finalizar fica "Aguardando servidor..." e não sai disso. Testamos com a internet do celular, mesma coisa. Os outros lojistas aqui do shopping que usam vocês tão com o mesmo problema.

Já são 5 horas de loja parada em plena semana de Black Friday. Se isso não voltar hoje, meu advogado vai entrar com processo pedindo os lucros cessantes, e não vai ser pouco.

Marcos Tavares
Tavares Calçados
""")

    # ------------------------------------------------------------------ Portuguese: account ownership
    m(B, "pt", "w1", "W", "Brazilian partner asks to move the company account to his name and cut the departed partner's access",
      "transferir conta para meu nome", """
Olá, bom dia!

Meu sócio, o Felipe, saiu da sociedade no mês passado e a conta da empresa no sistema de vocês está no e-mail dele. Ele não está colaborando muito. Preciso que vocês passem a conta pro meu nome, me coloquem como administrador principal e tirem o acesso dele. Posso mandar a alteração do contrato social se precisar, mas ainda está na junta comercial.

Obrigado,
Rafael Souza
RS Climatização
""")

    m(B, "pt", "w2", "W", "Portuguese director wants the pharmacist's mailbox password while she is on holiday, asks not to notify her",
      "Urgente - acesso à caixa da Dra. Marta", """
Bom dia,

Sou o diretor-geral da Farmácia Nogueira & Filhos. A nossa diretora técnica, Dra. Marta Nogueira, está de férias no Brasil sem acesso ao telemóvel e preciso com urgência de entrar na caixa de correio dela para responder a um fornecedor ainda hoje.

Peço que me enviem uma nova palavra-passe da conta dela para este endereço, ou que me deem acesso total à caixa. Não há tempo para burocracias, assumo toda a responsabilidade. E por favor não lhe enviem notificações, não a quero incomodar nas férias.

Cumprimentos,
Alberto Nogueira
""", fmt="qp")

    m(B, "pt", "w3", "W", "Brazilian daughter of a deceased shop owner asks for the account in her name and 2FA phone changed",
      "conta da minha mãe", """
Oi, tudo bem? Minha mãe faleceu em setembro e ela tinha a loja virtual de artesanato com vocês. Eu quero continuar com a loja no lugar dela. O problema é que o login é o email dela e o código de verificação vai pro celular dela, e a gente já cancelou a linha.

Vocês conseguem trocar o celular da verificação pro meu número e deixar a conta no meu nome? Tenho a certidão de óbito e sou filha única.

Obrigada
Daniela
""")

    m(B, "pt", "w4", "W", "divorced Portuguese vet wants recovery and login email moved from ex-husband to her, without his cooperation",
      "email de recuperação", """
Boa tarde,

Eu e o meu ex-marido tínhamos a conta da clínica partilhada, mas a conta foi criada com o email dele e o email de recuperação também é o dele. Estamos divorciados desde junho e a clínica ficou comigo no acordo. Ele continua a conseguir entrar e já mexeu em marcações.

Preciso que mudem o email de recuperação e o de acesso para o meu e que ele deixe de ser o titular. Ele não vai colaborar, por isso peço que façam isso diretamente do vosso lado.

Obrigada,
Sofia Carvalho
Clínica Veterinária do Lumiar
""", fmt="b64")

    m(B, "pt", "w5", "W", "Brazilian bakery buyer wants 'a chave de tudo' put in his name without the old owner",
      "Compra da empresa - titularidade", """
Prezados,

Adquiri a Padaria Estrela do Norte em outubro, com CNPJ e tudo. O antigo dono, seu Antônio, se mudou pro interior e não mexe com internet. Quero que vocês me passem a chave de tudo: a assinatura, o painel, os acessos dos funcionários, tudo no meu nome. Não quero ter que depender dele pra nada.

Como faço? Dá pra resolver por aqui mesmo?

Leandro Batista
""")

    m(B, "pt", "w6", "W", "external IT consultant (PT, English words) asks to be made super-admin and have the absent admin's MFA reset to his device",
      "Super-admin no tenant da Lusodata", """
Olá,

Sou consultor externo de IT da Lusodata, Lda. A admin do tenant, a Inês, entrou de licença de maternidade e ninguém tem as credenciais. Preciso que me façam super-admin do workspace e, se possível, que façam reset do MFA da conta dela para o meu device, para eu conseguir gerir os users durante a ausência dela. Temos um onboarding de 12 pessoas na segunda.

Thanks in advance,
Tiago Rebelo
IT Consultant
""")

    # ------------------------------------------------------------------ Portuguese: outage
    m(B, "pt", "o1", "O", "Brazilian accounting office: authentication fails for all nine staff on every device",
      "ninguém consegue entrar", """
Boa tarde, aqui no escritório ninguém consegue logar desde umas 13h. Aparece "Falha na autenticação, tente novamente" pra todo mundo, somos 9 pessoas, no computador e no celular. Testei meu usuário na casa de uma colega e também não vai. Tá fora pra todo mundo?

Obrigada
Luciana – Contabilidade Prado
""")

    m(B, "pt", "o2", "O", "Portuguese pharmacy: programme spins then blank page on all six stations and at the other shop (symptoms)",
      "Programa não carrega em nenhum posto", """
Bom dia,

Desde as 8h30 que o programa não abre em nenhum dos 6 postos da farmácia. Fica a rodar o círculo e depois aparece uma página em branco. Já reiniciámos os computadores e o router, a internet está a funcionar bem (conseguimos abrir outros sites). Os colegas da outra loja, em Setúbal, dizem que lá está igual.

Temos fila de utentes à espera das receitas. Liguem-me por favor para o 265 534 118.

Cumprimentos,
Paula Mendes
""", fmt="qp", charset="iso-8859-15")

    m(B, "pt", "o3", "O", "Brazilian fashion webshop returns 502 Bad Gateway to every customer, error pasted",
      "loja fora do ar 502", """
Oi suporte,

nossa loja virtual (www.modaluna.com.br) está fora do ar desde ontem à noite. Qualquer cliente que tenta acessar cai nisso:

502 Bad Gateway
nginx

Pedi pra minha irmã testar de outro estado e dá a mesma coisa. Não mexemos em nada. Vocês podem ver o que está acontecendo? Estamos perdendo venda.

Bia
""")

    m(B, "pt", "o4", "O", "Portuguese follow-up: invoicing module still down for all staff, above Outlook history",
      "RE: Pedido #31207 - Faturação não abre", """
Continua em baixo. Nenhum dos colaboradores consegue emitir faturas, o módulo de faturação nem chega a abrir. Já passaram três horas desde a vossa última resposta.

Quando é que isto fica resolvido?

Hugo Ferreira
Ferreira & Costa, Lda.

-----Mensagem original-----
De: Suporte
Enviada: 25 de novembro de 2026 09:14
Para: Hugo Ferreira
Assunto: RE: Pedido #31207 - Faturação não abre

Caro Hugo,
Estamos a investigar uma falha que afeta o módulo de faturação. Daremos notícias em breve.
Com os melhores cumprimentos,
Equipa de Suporte
""")

    m(B, "pt", "o5", "O", "Brazilian pricing questions, third point: shared calendar won't load for the whole team",
      "Dúvidas sobre plano + problema agora", """
Olá, tudo bem?

Tenho algumas dúvidas sobre o plano Empresarial. Hoje temos 25 licenças e vamos contratar mais 8 pessoas em janeiro. Queria saber se o valor por usuário muda a partir de 30 licenças e se dá pra pagar anual no boleto.

Também queria saber se vocês têm integração com o Omie, porque nosso financeiro usa.

E outra coisa, mais urgente: desde umas 15h a agenda compartilhada não carrega pra ninguém da equipe. Fica só o esqueleto cinza da página e nada aparece. Já testamos em vários computadores e redes, inclusive o pessoal de home office. Temos reunião com cliente amanhã cedo e ninguém consegue ver os horários.

Abraço,
Gustavo Lima
Coordenador administrativo
""", fmt="html")

    # ------------------------------------------------------------------ Portuguese: hard negatives
    m(B, "pt", "n1", "", "A-neg: Brazilian swearing about a broken commission report after an update, no one insulted",
      "relatório quebrou de novo", """
Que porcaria de atualização foi essa? O relatório de comissões quebrou de novo, agora sai tudo zerado. Puta que pariu, é a terceira vez esse ano. Preciso fechar a comissão dos vendedores até dia 30.

Tem como voltar a versão antiga só pra minha conta?

Renato
""")

    m(B, "pt", "n2", "", "A-neg: happy Portuguese user, idioms 'matava por um modo escuro', 'dar cabo dos olhos'",
      "Sugestão: modo escuro", """
Olá!

Uso a vossa aplicação todos os dias e gosto muito. Uma sugestão: eu matava por um modo escuro. Trabalho à noite e o ecrã branco está a dar cabo dos meus olhos. Também dava jeito poder fixar os separadores que mais uso.

Obrigado e bom trabalho!
Diogo
""")

    m(B, "pt", "n3", "", "A/L-neg: Brazilian store manager quotes a client's abuse of her attendant in the chat, will file a police report against that client",
      "como bloquear cliente no chat", """
Boa tarde,

Uma cliente nossa passou o fim de semana mandando mensagem no chat da loja xingando minha atendente: "sua vagabunda incompetente", "vou te pegar na saída", etc. A menina ficou muito abalada.

Tem como bloquear essa pessoa pelo painel? E consigo baixar o histórico das conversas? Vamos registrar um boletim de ocorrência contra ela.

Obrigada,
Sandra Moreira
Gerente – Doce Lar Enxovais
""")

    m(B, "pt", "n4", "", "A-neg: angry, demanding Portuguese complaint about bank sync failing again, no insult",
      "Terceira vez!!!", """
Bom dia.

É a terceira vez este mês que a sincronização com o banco falha e tenho de lançar os movimentos à mão. Isto é inaceitável para um serviço que pago todos os meses. Não quero mais respostas automáticas a dizer que o pedido foi recebido, quero que alguém me ligue hoje e me explique o que se passa.

Estou muito desagradado.
Carlos Matos
""")

    m(B, "pt", "n5", "", "L/W-neg: Lisbon law firm office manager asks how to add users mid-cycle; confidentiality notice in signature",
      "Acrescentar utilizadores", """
Boa tarde,

Somos clientes há dois anos e vamos receber três novos advogados estagiários em janeiro. Gostaria de saber como acrescentar utilizadores ao nosso plano a meio do ciclo de faturação e se o valor é cobrado proporcionalmente.

Obrigada,
Ana Rita Figueiredo
Office Manager
Figueiredo, Gama & Associados – Sociedade de Advogados, SP, RL
Av. da Liberdade, 110 – 1250-146 Lisboa

AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer anexos são confidenciais e podem conter informação protegida por sigilo profissional. Se recebeu esta mensagem por engano, por favor notifique o remetente e apague-a. É proibida qualquer utilização, divulgação ou cópia não autorizada.
""", fmt="alt")

    m(B, "pt", "n6", "", "L-neg: Brazilian LGPD art. 18 data-access request, no threat",
      "Solicitação LGPD - acesso aos meus dados", """
Olá,

Com base no art. 18 da Lei Geral de Proteção de Dados (Lei 13.709/2018), solicito a confirmação da existência de tratamento e o acesso aos meus dados pessoais que vocês possuem, bem como a informação sobre com quais empresas eles foram compartilhados.

Depois de receber o relatório provavelmente vou pedir a exclusão da conta, mas primeiro quero ver o que tem. Meu cadastro está no CPF com final 443-12.

Obrigado,
Eduardo Nunes
""", fmt="qp", charset="iso-8859-1")

    m(B, "pt", "n7", "", "L-neg: Brazilian buyer's own legal department reviewing the DPA before signing",
      "DPA para revisão do jurídico", """
Oi, tudo bem?

Estamos fechando a contratação do plano anual e nosso jurídico precisa revisar o acordo de tratamento de dados (DPA) antes da assinatura. Vocês conseguem mandar uma versão editável em Word? Eles também pediram a lista de suboperadores e onde ficam os servidores.

Assim que eles aprovarem a gente assina e paga.

Valeu!
Camila Rocha
Compras – Grupo Vértice
""")

    m(B, "pt", "n8", "", "L-neg: Portuguese shopkeeper in a court dispute with his landlord asks for copies of 2025 invoices",
      "Segunda via de faturas 2025", """
Bom dia,

Estou num litígio com o senhorio da minha loja, que me ameaça pôr em tribunal por causa de rendas que eu já paguei. O meu advogado pediu-me todos os documentos de 2025 e precisava das segundas vias das faturas que vos paguei nesse ano, para provar que a loja esteve a funcionar normalmente.

Conseguem enviá-las todas num só PDF?

Muito obrigado,
Fernando Pires
""")

    m(B, "pt", "n9", "", "W-neg: Brazilian school admin wants her coordinator as a second admin, stays main owner",
      "adicionar segundo administrador", """
Olá! Sou a administradora da conta da nossa escola de idiomas. Queria colocar minha coordenadora, a Patrícia, como administradora também, pra ela poder cadastrar turmas quando eu estiver de férias. Eu continuo como responsável principal. Onde eu mudo o perfil dela de usuário pra admin? Só achei a opção de convidar.

Beijos,
Renata
""")

    m(B, "pt", "n10", "", "W-neg: Portuguese user locked out of his own account after changing phone (authenticator lost)",
      "não consigo entrar na minha conta", """
Boa tarde,

Troquei de telemóvel e agora não consigo entrar na minha própria conta, porque a aplicação de autenticação ficou no telemóvel antigo, que já entreguei na loja. Como faço para recuperar o acesso? Tinha uns códigos de recuperação, mas acho que não os guardei.

O meu email de acesso é este mesmo de onde estou a escrever.

Obrigado,
Vasco
""")

    m(B, "pt", "n11", "", "W-neg: new Brazilian marketing employee asks who the account holder is so he can ask them for access",
      "quem é o responsável pela conta?", """
Oi, entrei agora no setor de marketing da Ótica Visão e preciso de acesso ao módulo de campanhas. Ninguém aqui sabe quem é o titular da conta com vocês. Vocês podem me dizer pelo menos o nome ou o email de quem está como responsável? Aí eu falo com a pessoa pra ela me liberar.

Obrigado
Bruno
""")

    m(B, "pt", "n12", "", "W-neg: Portuguese employee going on holiday asks to hand her support ticket over to a colleague",
      "RE: Pedido #29940", """
Olá,

A partir de amanhã entro de férias. Podem passar este pedido para o meu colega João Almeida, que fica a acompanhar o assunto? Ele já está a par de tudo e passa a ser o responsável pelo pedido até eu voltar, dia 14.

Obrigada,
Marta Lopes
""")

    m(B, "pt", "n13", "", "O-neg: Brazilian seller's own fibre provider is down in her neighbourhood, asks about offline mode",
      "internet caiu aqui - modo offline?", """
Oi, a Vivo tá com problema na fibra aqui no bairro desde cedo, disseram que só volta amanhã. Vocês têm algum modo offline no app de vendas? Queria pelo menos anotar os pedidos e sincronizar depois quando a internet voltar.

Valeu
Jéssica
""")

    m(B, "pt", "n14", "", "O-neg: Portuguese warehouse asks about the announced maintenance window on the 29th",
      "Manutenção programada de dia 29", """
Boa tarde,

Recebemos o aviso da manutenção de domingo, dia 29, entre as 2h e as 6h. O nosso turno da noite no armazém trabalha até às 7h. Durante esse período vamos conseguir pelo menos consultar as encomendas, ou fica tudo indisponível? Se ficar, é possível passar para outro dia da semana?

Cumprimentos,
Nuno Teixeira
Logística – Frutas do Oeste
""")

    m(B, "pt", "n15", "", "O-neg: Brazilian clinic network evaluating the product asks hypothetically what happens if the system goes down (SLA)",
      "dúvida sobre SLA antes de contratar", """
Olá,

Estamos avaliando vocês para substituir nosso sistema atual nas 12 unidades da clínica. Uma dúvida importante do nosso diretor: o que acontece se o sistema de vocês cair no meio do expediente? Existe SLA com porcentagem de disponibilidade, e vocês dão desconto ou crédito se ficarem fora do ar por várias horas? Tem algum plano de contingência offline?

Obrigado,
Thiago Mendes
TI – Rede Bem Viver
""", fmt="b64")

    m(B, "pt", "n16", "", "O-neg: Portuguese bakery chain asks for the SLA credit for a past, resolved outage; nothing broken now",
      "Crédito pela falha de 12 de novembro", """
Bom dia,

No dia 12 de novembro o vosso serviço esteve indisponível durante grande parte da manhã (cerca de 4 horas) e as nossas lojas não conseguiram trabalhar. Entretanto tudo voltou ao normal e não voltámos a ter problemas.

O nosso contrato prevê um crédito quando a disponibilidade mensal fica abaixo de 99,5 %. Podem aplicar esse crédito na fatura de dezembro?

Cumprimentos,
Sílvia Rebelo
Administrativa – Padarias Rebelo
""")
