"""devset20 validation, batch 4: Swedish (sv) and Portuguese (pt). Measure only."""

B = "b4"


def add_sv(m, B):
    L = "sv"
    # ---------------- abusive ----------------
    m(B, L, "a1", "A", "Dental clinic manager to a named agent who keeps closing her ticket: icy contempt, 'less gifted than a pot plant', 'useless zeros'",
      "Re: Ärende #58213 – SMS-påminnelser",
      """Jonas,

Du har nu stängt det här ärendet för tredje gången med samma inklistrade svar om att jag ska "rensa webbläsarens cache". Jag skrev redan i första mejlet att SMS-påminnelserna inte går ut till patienter som bokats via telefon, och jag bifogade skärmdumpar. Läser du ens vad folk skriver, eller trycker du bara på knappar tills det blir lunch?

Ärligt talat har jag träffat mer begåvade krukväxter. Att ett företag låter någon som dig svara kunder säger allt om vilken sorts amatörverksamhet ni driver. Ni är en samling odugliga nollor, hela bunten.

Skicka ärendet till någon som kan tänka själv.

Karin Wallgren
Klinikchef, Tandvården Lindhaga""")
    m(B, L, "a2", "A", "Gym owner, angry phone one-liner about a double charge: obfuscated insults at the staff ('j*vla parasiter', 'idioter')",
      "sv: faktura",
      """ni har dragit pengar TVÅ gånger igen. ni e ena j*vla parasiter allihop, f-n ta er. fixa det nu era idioter

Skickat från min iPhone""")
    m(B, L, "a3", "A", "Finland-Swedish hotel manager in Jakobstad about a named account manager who promised a fix: calls him a liar and coward, threatens to give him black eyes",
      "Till Mikael Forsström",
      """Hej,

Ni kan vidarebefordra det här till er Mikael, han som satt här i vår lobby i Jakobstad i september och lovade att dubbelbokningarna skulle vara fixade "inom två veckor". Nå, nu är det november och vi har int fått en enda vettig kommentar av honom.

Säg åt honom att han är en lögnare och en fegis som gömmer sig bakom er kundtjänst. Och säg också att om han nånsin sätter sin fot här igen så får han gå härifrån med blåtiror, det lovar jag. Jag menar det.

Mvh
Ralf Backman
Hotell Skärgårdsfyren, Jakobstad""")
    m(B, L, "a4", "AL", "Accounting consultant, HTML mail to management: calls staff lying swindlers and rabble, has handed the case to a named lawyer, demand letter and district court to follow",
      "Sista varningen",
      """Till ledningen

Er så kallade "support" har i sex veckor ljugit mig rakt upp i ansiktet om att lönefilerna till Skatteverket skulle rättas. Resultatet: förseningsavgifter för tre av mina klienter. Ni är en samling lögnaktiga bedragare, och er kundtjänstpersonal är det mest inkompetenta patrask jag har stött på under tjugo år i branschen.

Jag har i dag lämnat över hela korrespondensen till advokat Helena Strömberg på Lindqvist & Partner. Ni kommer att få ett kravbrev inom kort, och ersätter ni inte förseningsavgifterna går vi vidare till tingsrätten.

Gunnar Ek
Auktoriserad redovisningskonsult
Eks Redovisning & Bokslut AB""", fmt="html")
    # ---------------- legal-threat ----------------
    m(B, L, "l1", "L", "Elderly customer, photo-album subscription renewed for a year without reminder: will report to ARN (Allmänna reklamationsnämnden) and Hallå konsument",
      "Angående förnyelse av abonnemang",
      """Hej.

Jag är 78 år och har aldrig bett om att mitt abonnemang på er fotoalbumtjänst skulle förnyas ett helt år till. Det drogs 1 188 kronor från mitt kort den 3 november. Jag har ringt två gånger men bara kommit till en telefonsvarare.

Jag har pratat med min dotter och hon säger att ni inte får göra så utan att skicka en påminnelse först. Får jag inte tillbaka pengarna före jul kommer jag att göra en anmälan till Allmänna reklamationsnämnden, och jag har redan skrivit upp numret till Konsumentverkets Hallå konsument.

Med vänlig hälsning
Ingrid Sjöberg
Storgatan 14 B
Skellefteå""")
    m(B, L, "l2", "L", "Sports club treasurer, formal payment demand for fees charged after termination: will apply for a payment order at Kronofogden without further reminder",
      "Betalningskrav – återbetalning, er ref 2026-1187",
      """Till kundtjänst / ekonomiavdelningen

Föreningen sade upp avtalet om anmälningsmodulen den 30 juni med verkan från den 1 september, vilket ni skriftligen bekräftade (se bifogad bekräftelse). Trots detta har ni fakturerat och dragit 4 350 kr för perioden september–november.

Vi har påmint vid två tillfällen utan att få svar. Vi kräver härmed att 4 350 kr betalas tillbaka till föreningens bankgiro 5123-4410 senast den 9 december 2026. Är beloppet inte oss tillhanda då kommer vi utan ytterligare påminnelse att ansöka om betalningsföreläggande hos Kronofogdemyndigheten och yrka ersättning för våra kostnader.

För styrelsen
Annika Holm, kassör
Kvarnby IF""")
    m(B, L, "l3", "L", "Logistics IT manager replying above an Outlook quote after a data exposure: will file a complaint against the processor with IMY, company counsel informed",
      "SV: Incident 2026-11-18 – exponerade fraktsedlar",
      """Hej Sara,

Tack för svaret, men det räcker inte. Ni bekräftar alltså att fraktsedlar med namn, adresser och telefonnummer till våra mottagare har legat åtkomliga via en öppen länk i minst nio dagar, och att ni inte tänker tala om för oss hur många av dem som har öppnats.

Vi har själva anmält personuppgiftsincidenten, men vi kommer också att lämna in ett klagomål mot er som personuppgiftsbiträde till IMY om vi inte har en fullständig incidentrapport med åtkomstloggar senast på fredag. Vår bolagsjurist är informerad och följer ärendet.

Hälsningar
Tobias Lindahl
IT-chef, Nordfrakt Logistik AB
070-331 22 98

Från: Sara Nyström <support@example.com>
Skickat: den 24 november 2026 16:12
Till: Tobias Lindahl
Ämne: SV: Incident 2026-11-18 – exponerade fraktsedlar

Hej Tobias,

Vi har åtgärdat länken och den är inte längre åtkomlig. Vi kan tyvärr inte dela detaljerade loggar av säkerhetsskäl, men vi beklagar det inträffade.

Vänliga hälsningar
Sara
Kundsupport""")
    m(B, L, "l4", "L", "Municipal procurement officer, bureaucratic notice of material breach: reserves right to rescind and claim damages, case to the legal unit and general court if not remedied (qp)",
      "Väsentligt avtalsbrott – Dnr KS 2026/412",
      """Till leverantören

Härmed meddelar Tranviks kommun att kommunen bedömer att ni har gjort er skyldiga till väsentligt avtalsbrott avseende avtalet om e-tjänsteplattform (Dnr KS 2026/412). Modulerna för bygglov skulle enligt avtalets bilaga 3 vara driftsatta senast den 1 oktober 2026, vilket ännu inte har skett.

Kommunen förbehåller sig rätten att häva avtalet samt att kräva skadestånd och vite enligt avtalets punkt 14.2. Har rättelse inte skett inom 30 dagar från detta meddelande överlämnas ärendet till kommunens juridiska enhet för vidare åtgärder, inklusive talan vid allmän domstol.

Med vänlig hälsning
Marie Engström
Upphandlingsstrateg
Tranviks kommun, Kommunledningskontoret

Detta e-postmeddelande kan innehålla uppgifter som omfattas av offentlighets- och sekretesslagen.""", fmt="qp")
    # ---------------- account-ownership ----------------
    m(B, L, "w1", "W", "School principal: the IT teacher who owns the account is on parental leave; wants the main login switched to her and the 2FA moved to her mobile",
      "Byte av huvudkonto",
      """Hej!

Jag är rektor på Björkhagaskolans gymnasium. Vår IT-pedagog Erik Lund, som skapade skolans konto hos er och står som administratör, är föräldraledig till i augusti och svarar inte på mejl.

Kan ni byta huvudinloggningen så att den står på mig i stället (linnea.sandberg@bjorkhaga.example)? Koderna för tvåstegsverifieringen går dessutom till Eriks privata mobil, så det behöver flyttas till mitt nummer 073-588 01 42. Vi har betyg som ska in före jullovet så det är lite bråttom.

Tack på förhand!
Linnéa Sandberg
Rektor""")
    m(B, L, "w2", "W", "Executive assistant writing for a travelling CEO, mixing English: wants the CEO made owner of all workspaces by tomorrow, skip the usual forms (CEO-fraud style pressure)",
      "Brådskande från VD",
      """Hej,

Jag skriver på uppdrag av vår VD Magnus Tell, som just nu sitter på ett plan till Singapore och inte går att nå per telefon.

Magnus behöver stå som ägare för samtliga arbetsytor i vårt företagskonto senast i morgon förmiddag, inför ett board meeting. Nuvarande ägare är vår tidigare driftchef som slutade i oktober. Magnus bad mig understryka att det här är beslutat på högsta nivå och att det inte finns tid för de vanliga blanketterna, så skicka gärna bekräftelsen direkt till mig asap när det är klart.

Vänliga hälsningar
Jessica Ahl
Executive Assistant to the CEO
Tell Byggsystem AB""")
    m(B, L, "w3", "W", "Café co-owner on her phone without diacritics: the POS account is in her ex-husband's name and he refuses the password; wants everything moved over to her",
      "kassasystemet",
      """hej. jag och min exman drev Kafé Solrosen ihop men han har flyttat ut och har inget med cafet att gora langre. kontot hos er star fortfarande pa honom och han vagrar ge mig losenordet. kan ni inte bara lagga over allt pa mig? det ar ju jag som har betalat fakturorna sen i somras, jag kan skicka kontoutdrag. han heter Patrik Nordin

/Emma

Skickat från min Samsung Galaxy-smartphone.""")
    m(B, L, "w4", "W", "Refrigeration company CEO after buying another firm: asks to 'hand the keys over', make him owner and unlink the retired former owner's email and phone (base64)",
      "Överlåtelse av konto efter förvärv",
      """Hej,

Den 1 november förvärvade Frostvall Kyl & Värme AB samtliga aktier i Nordkyl Service AB. Nordkyl har ett konto hos er med servicehistorik och kundregister för cirka 1 200 anläggningar som vi behöver ha kvar.

Nordkyls tidigare ägare, som står som administratör, har gått i pension och svarar inte i telefon. Vi ber er därför att lämna över nycklarna till kontot till oss: ändra ägaren till undertecknad och koppla bort hans e-postadress och mobilnummer. Köpeavtalet kan skickas på begäran.

Med vänliga hälsningar
Johan Frostvall
VD, Frostvall Kyl & Värme AB""", fmt="b64")
    # ---------------- outage ----------------
    m(B, L, "o1", "O", "Warehouse shift lead, curt: every handheld scanner spins on the login screen, none of 30 pickers get in, portal shows a white page (symptoms only)",
      "BRÅDSKANDE lager Jönköping",
      """Sen 06:40 står alla handskannrar i lagret och snurrar på inloggningsskärmen. Ingen av de 30 plockarna på morgonskiftet kommer in, och på kontoret får vi bara en vit sida när vi öppnar portalen. Vi har startat om både skannrar och wifi, ingen skillnad. Bilarna går 10:00. Ring mig på 070-144 87 20 NU.

Peter
Skiftledare, Vätterlager""")
    m(B, L, "o2", "O", "Operations lead of a four-clinic dental chain: booking system down at all clinics, pasted 503 with request id, patients waiting",
      "Bokningssystemet nere på alla kliniker",
      """Hej,

Bokningssystemet är nere på samtliga fyra kliniker (Umeå, Sundsvall, Östersund, Örnsköldsvik) sedan ungefär kvart över åtta. Receptionerna kan inte se dagens patienter och vi har folk i väntrummen. Felmeddelandet:

503 Service Temporarily Unavailable
upstream: booking-api-eu2 (request id 7f3a-19c2)

Har ni en driftstörning? På er statussida står ingenting.

/Ahmed Karimi
Driftansvarig, Norrlandstand""")
    m(B, L, "o3", "O", "Hotel follow-up above nested quotes: still the same, no receptionist can check guests in, page times out, a coach of tourists arriving",
      "Re: Ärende #60917",
      """Fortfarande samma sak. Ingen av receptionisterna kan checka in gäster, sidan laddar bara och sen kommer "timeout". Vi har en busslast japanska turister som kommer 15:00. Hur länge till?

Kristina, Hotell Vågen

> Den 25 nov. 2026 kl. 09:02 skrev Support <support@example.com>:
>
> Hej Kristina,
> vi undersöker problemet och återkommer så snart vi vet mer.
>
>> Den 25 nov. 2026 kl. 08:31 skrev Hotell Vågen:
>> Hej, receptionssystemet har slutat fungera för oss alla sedan i morse.""")
    m(B, L, "o4", "O", "Gym chain, two-point mail: first an invoice address change, then the member app fails for every member at all three sites with error 5021 (multipart/alternative)",
      "Faktureringsadress + problem med appen",
      """Hej!

Två saker:

1. Vi har flyttat vår ekonomiavdelning, så från och med december vill vi att fakturorna går till faktura@styrkefabriken.example i stället för till mig. Organisationsnumret är detsamma. Går det att ändra själv i portalen eller behöver ni göra det?

2. Sedan i morse går medlemsappen inte att öppna för någon av våra medlemmar på alla tre anläggningarna. De får "Något gick fel (kod 5021)" direkt efter start, både på iPhone och Android. Vi har fått ett sextiotal samtal och passen går inte att boka. Personalen i receptionen kan inte heller checka in folk i adminvyn. Vet ni när det är igång igen?

Tack,
Sofia Berg
Styrkefabriken Gym, Västerås""", fmt="alt")
    # ---------------- hard negatives ----------------
    m(B, L, "n1", "", "Paint shop owner swearing about the broken accounting export and 'shitty update', no insult to any person",
      "Exporten till Fortnox igen",
      """Hej igen,

Den jäkla exporten till Fortnox har krånglat hela veckan. Varje gång jag kör månadsrapporten blir momsen fel på rad 49 och jag får sitta och rätta för hand. Vilken skituppdatering ni släppte förra veckan, allt funkade ju innan!

Kan ni kolla loggarna för vårt konto? Kundnummer 44128. Jag har bifogat två exportfiler.

/Lars, Hallbergs Färg & Tapet""")
    m(B, L, "n2", "", "Yarn webshop owner quoting a third party's abusive contact-form messages to her staff, asks how to block the sender (police report is against that person)",
      "Hur blockerar man en avsändare i kontaktformuläret?",
      """Hej,

Vi har en person som fyller i kontaktformuläret på vår webbshop flera gånger om dagen med rena trakasserier mot min personal. Senaste: "ni är ena jävla idioter allihop och jag vet var ni bor". Han skriver under olika namn men verkar komma från samma IP.

Går det att blockera en IP-adress eller vissa ord i formuläret? Vi har polisanmält honom, så om ni kan ta fram loggar för de här inskicken vore det jättebra.

Tack,
Maja Lindqvist
Lindqvists Garn & Tyg""")
    m(B, L, "n3", "", "Night operator's feature request with idioms ('would give my right arm', 'this light is killing me') and mild sarcasm about a button placement",
      "Önskemål: mörkt läge",
      """Hej!

Jag jobbar natt på larmcentralen och skärmen lyser som en solstorm klockan tre på natten. Jag skulle ge min högra arm för ett mörkt läge. Det här vita ljuset tar död på mig, ärligt talat.

Och snälla, vem kom på att knappen "Spara" skulle ligga precis under "Radera"? Bra jobbat där, riktigt genialt :) Jag har raderat två larmrapporter den här månaden tack vare det.

Mvh
Jonna
Nattoperatör""")
    m(B, L, "n4", "", "Law firm office manager asking a billing question about adding associates; signature carries an attorney-privilege confidentiality disclaimer (iso-8859-1)",
      "Fråga om fakturering per användare",
      """Hej,

Vi på Advokatfirman Rehn & Sjöstedt funderar på att lägga till fyra biträdande jurister i vårt konto från januari. Blir det en ny faktura för dem eller läggs de på den befintliga kvartalsfakturan? Och går det att ha en separat kostnadsställereferens per användare?

Med vänlig hälsning

Elin Rehn
Kontorschef
Advokatfirman Rehn & Sjöstedt KB
Kungsgatan 8, 411 19 Göteborg

KONFIDENTIALITET: Detta meddelande kan innehålla information som omfattas av advokatsekretess och är endast avsett för adressaten. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera meddelandet. Obehörig användning, spridning eller kopiering är förbjuden.""", charset="iso-8859-1")
    m(B, L, "n5", "", "Former chess club member's polite GDPR Art. 15 access + Art. 17 erasure request, no threat",
      "Begäran om registerutdrag enligt GDPR",
      """Hej,

Jag var tidigare medlem i en förening som använde ert system för medlemsregistret (Sävsjö Schackklubb). Med stöd av artikel 15 i dataskyddsförordningen vill jag få en kopia av de personuppgifter ni behandlar om mig, och jag vill också att uppgifterna raderas enligt artikel 17 när utdraget har skickats.

Jag heter Olof Dahlgren, är född 1961 och använde e-postadressen olof.dahlgren@telia.example.

Tack på förhand.
Olof Dahlgren""")
    m(B, L, "n6", "", "Builder in a dispute with his own client (a housing association threatening district court) asks for a delivery log for his lawyer; no threat to the company",
      "Behöver leveranslogg – tvist med kund",
      """Hej,

Vi har hamnat i en tvist med en av våra kunder, en bostadsrättsförening som påstår att de aldrig fått vår offert och nu hotar att ta saken till tingsrätten. Vår advokat vill ha underlag som visar när mejlet med offerten skickades och att det faktiskt levererades.

Kan ni ta fram en leveranslogg för utskicket den 14 augusti från offert@malarbygg.example till styrelsen@brf-tallen.example? Gärna som PDF med er logga, så att det ser officiellt ut.

Tack!
Henrik Sandell
Mälarbygg AB""")
    m(B, L, "n7", "", "Garage owner (account owner) asking how to give his new finance manager admin rights while he stays owner (base64)",
      "Lägga till administratör",
      """Hej,

Jag är kontoägare för Granqvist Bilverkstad och vill att vår nya ekonomiansvariga, Susanne Mattsson, också ska kunna hantera fakturor och användare. Jag hittar bara "Bjud in användare" men inte hur man ger någon administratörsbehörighet. Jag vill själv stå kvar som ägare.

Hur gör jag?

Mvh
Bengt Granqvist""", fmt="b64")
    m(B, L, "n8", "", "Health-centre employee who married and changed surname asks to change her own login email and keep her templates",
      "Ny e-postadress efter giftermål",
      """Hej!

Jag har gift mig och bytt efternamn från Pettersson till Oduya, och vår IT har gett mig en ny jobbadress. Kan jag själv byta inloggningsadressen på mitt konto från amanda.pettersson@vardcentralen-norr.example till amanda.oduya@vardcentralen-norr.example, eller måste ni göra det? Jag vill gärna behålla mina sparade mallar.

Tack!
Amanda""")
    m(B, L, "n9", "", "Parish communications officer asks who the admin of their organisation's account is, so she can ask that person for rights to send the choir newsletter",
      "Vem är admin på vårt konto?",
      """Hej,

Jag är kommunikatör i Norrbyåsens församling och behöver kunna skicka ut nyhetsbrevet till körmedlemmarna, men min användare har bara läsbehörighet. Ingen här vet vem som satte upp kontot för några år sedan.

Kan ni berätta vem som står som administratör för vår organisation, så att jag kan be hen om rätt behörighet? Vårt organisationsnummer är 252001-4417.

Vänligen
Elsa Nyberg
Kommunikatör, Norrbyåsens församling""")
    m(B, L, "n10", "", "Farm shop whose own fibre is down after a storm (ISP says Thursday) asks whether the POS app has an offline mode",
      "Offline-läge?",
      """Hej,

Efter stormen i natt är fibern nere i hela byn, och Telia säger att det kan dröja till torsdag innan det är lagat. Vi kör kassan på mobilt bredband via en telefon just nu men det är väldigt segt.

Finns det något offline-läge i kassaappen, så att vi kan fortsätta sälja och synka när internet är tillbaka? Vi är en liten gårdsbutik så det är inte hela världen, men julmarknaden är på lördag.

Hälsningar
Gunilla på Stensgårdens gårdsbutik""")
    m(B, L, "n11", "", "Fuel station chain asks whether payment terminals work during announced planned maintenance Saturday night (iso-8859-15, qp)",
      "Underhållsfönster natten till söndag",
      """Hej,

Vi såg i ert utskick att det blir planerat underhåll natten mellan lördag och söndag, 02:00-05:00. Vi har nattöppet på två av våra stationer. Kommer betalterminalerna att fungera under den tiden, eller behöver vi ta fram reservrutinen med manuella kvitton? Och går dagsavslutet för lördagen igenom som vanligt?

Tack för info.

Mattias Öhrn
Driftchef, Öhrns Drivmedel AB""", fmt="qp", charset="iso-8859-15")
    m(B, L, "n12", "", "Audit firm reply: everything works again since 10:15, thanks, asks for a summary; quoted original reported nobody could log in",
      "Re: Inloggningsproblem hela kontoret",
      """Hej igen,

Nu funkar allt som det ska, alla på kontoret är inloggade och jobbar som vanligt sedan ca 10:15. Tack för snabb hantering! Skicka gärna en kort sammanfattning av vad som hände när ni vet, vår ledningsgrupp frågar.

/Therese, Bergmark Revision

-----Ursprungligt meddelande-----
Från: Therese Bergmark
Skickat: den 25 november 2026 08:52
Till: support@example.com
Ämne: Inloggningsproblem hela kontoret

Ingen av oss på kontoret kan logga in sedan i morse, vi får bara "ogiltig session". Är det något hos er?""")


def add_pt(m, B):
    L = "pt"
    # ---------------- abusive ----------------
    m(B, L, "a1", "A", "Brazilian webshop owner, phone reply about a stuck order: obfuscated profanity and insults at the support team ('bando de vagabundos', 'p*rra', 'm3rda')",
      "pedido travado de novo",
      """ja é a quarta vez q eu abro chamado e ninguem resolve. vcs são um bando de vagabundos incompetentes, p*rra. pega esse suporte de m3rda de vcs e enfia onde quiser

Enviado do meu iPhone""")
    m(B, L, "a2", "A", "European-Portuguese accountant in Braga, icy and formal, to a named agent: says he understands nothing and should be replaced by a parrot (contempt, no swear words)",
      "Re: Pedido n.º 22871 - mapas de IVA",
      """Exmo. Sr. Tiago,

Li com a devida atenção a sua resposta e confesso que fiquei impressionado. Raramente se encontra alguém capaz de escrever quatro parágrafos sem dizer absolutamente nada. O senhor não percebe nada de contabilidade, nada de IVA e, pelos vistos, também nada de português.

Sugiro à vossa empresa que substitua o senhor por um papagaio: repetiria as mesmas frases feitas e ao menos não recebia ordenado. Não me volte a responder. Quero o processo tratado por um ser humano com dois dedos de testa.

Cumprimentos,
Rui Magalhães
Magalhães & Filhos, Contabilidade Lda.
Braga""")
    m(B, L, "a3", "A", "Brazilian gym owner about a named remote-support technician who deleted his class schedule: threatens to go to the office and smash his face",
      "Recado pro Rodrigo",
      """Boa tarde.

Quero deixar registrado aqui: o tal do Rodrigo que fez o acesso remoto no nosso computador sexta-feira apagou a agenda de aulas de dezembro inteira e ainda desligou na minha cara quando eu liguei pra reclamar.

Fala pra ele que ele é um moleque sem vergonha e que se eu descobrir onde fica esse escritório de vocês em Campinas eu vou lá pessoalmente quebrar a cara dele. Não estou brincando.

Marcos Vinícius
Academia Fórmula Fit - Sumaré/SP""")
    m(B, L, "a4", "A", "Brazilian condo manager, sexist contempt at a female agent ('go back to the kitchen', 'stupid little woman'), demands a man (HTML only)",
      "Re: Chamado 99102 - boletos do condomínio",
      """Juliana,

Querida, com todo o respeito, volta pra cozinha que lá você faz menos estrago. Três respostas e nenhuma resolveu o problema dos boletos, só mandou link de tutorial que eu já tinha lido. Mulherzinha burra desse jeito não devia atender cliente.

Me passa pra um homem que entenda de sistema, de preferência hoje.

Sérgio Albuquerque
Síndico - Condomínio Residencial Jardim das Acácias""", fmt="html")
    # ---------------- legal-threat ----------------
    m(B, L, "l1", "L", "Brazilian beautician charged twice after cancelling via chat: will complain to Procon and consumidor.gov.br and file at the Juizado Especial",
      "cancelamento nao feito",
      """Olá,

Pedi o cancelamento da assinatura do app de agendamento no dia 2 de outubro, pelo próprio chat de vocês (protocolo 20261002-5531). Mesmo assim veio cobrança de R$ 189,90 em outubro e de novo em novembro no meu cartão.

Já mandei três e-mails e ninguém responde. Se até sexta o estorno das duas parcelas não cair, vou registrar reclamação no Procon e no consumidor.gov.br e entro no Juizado Especial com o print do protocolo. Não é ameaça, é o que eu vou fazer mesmo.

Patrícia Nogueira
Manicure e Estética Pati - Goiânia""")
    m(B, L, "l2", "L", "Algarve hotel, formal European-Portuguese complaint about lost bookings in August: Livro de Reclamações filed, lawyer to bring a compensation action in 15 days (iso-8859-1; past incident, nothing down now)",
      "Reclamação formal - reservas perdidas em agosto",
      """Exmos. Senhores,

Venho por este meio apresentar reclamação formal relativamente à falha do vosso motor de reservas entre 8 e 11 de agosto, durante a qual 14 reservas feitas no nosso site não foram registadas nem nos foram comunicadas. Os hóspedes chegaram à receção sem quarto e tivemos de os realojar noutras unidades, com um custo para nós de 6.420 EUR.

Até à data não recebemos qualquer proposta de compensação, apesar de três pedidos por escrito. Informamos que a reclamação já foi registada no Livro de Reclamações Eletrónico e que o processo foi entregue ao nosso advogado, que avançará com a ação de indemnização caso não haja resposta no prazo de 15 dias.

Com os melhores cumprimentos,
Helena Caldeira
Direção, Hotel Sol Poente
Lagos, Algarve""", charset="iso-8859-1")
    m(B, L, "l3", "L", "Brazilian municipality, bureaucratic extrajudicial notice (notificação extrajudicial) for breach of contract: 10 working days or sanctions, rescission and legal measures",
      "NOTIFICAÇÃO EXTRAJUDICIAL - Contrato nº 087/2026",
      """À empresa contratada,

A PREFEITURA MUNICIPAL DE SANTA RITA DO PARAÍSO, por meio da Secretaria Municipal de Administração, vem, pela presente, NOTIFICAR EXTRAJUDICIALMENTE Vossa Senhoria acerca do descumprimento das cláusulas 5.1 e 7.3 do Contrato nº 087/2026, referente à implantação do sistema de protocolo eletrônico, cujo prazo de entrega expirou em 30/09/2026.

Fica Vossa Senhoria notificada a sanar as pendências no prazo improrrogável de 10 (dez) dias úteis, sob pena de aplicação das sanções previstas na Lei nº 14.133/2021, rescisão unilateral do contrato e adoção das medidas judiciais cabíveis.

Atenciosamente,

Cláudia Regina Matos
Secretária Municipal de Administração""")
    m(B, L, "l4", "L", "Portuguese veterinary clinic director replying above an Outlook quote: reminders went to the wrong clients, will lodge a complaint against the company with the CNPD",
      "RE: Envio de lembretes a clientes errados",
      """Bom dia,

Lamento, mas "um erro pontual de configuração" não me chega. Ontem os nossos clientes receberam por SMS e email os lembretes de vacinação de outros clientes, com o nome do animal, a morada e o telemóvel do dono. Tenho pessoas ao telefone furiosas com a clínica.

Se até amanhã não tivermos por escrito o número de titulares afetados e o que foi feito, apresentaremos queixa contra a vossa empresa junto da CNPD, para além da notificação que nós próprios já fizemos.

Dra. Inês Carvalho
Diretora Clínica
Clínica Veterinária do Mondego

-----Mensagem original-----
De: Suporte <support@example.com>
Enviada: 24 de novembro de 2026 18:40
Para: Inês Carvalho
Assunto: RE: Envio de lembretes a clientes errados

Cara Dra. Inês,
Pedimos desculpa pelo sucedido. Tratou-se de um erro pontual de configuração, já corrigido.
Cumprimentos,
Equipa de Suporte""")
    # ---------------- account-ownership ----------------
    m(B, L, "w1", "W", "Brazilian marketing agency asks to move ownership of a dental clinic's account to the agency's company ID and email; the dentist 'is aware but busy'",
      "Transferência de titularidade - Clínica Sorriso Pleno",
      """Olá, pessoal!

Somos a Pulsar Digital, agência que cuida do marketing e do atendimento online da Clínica Odontológica Sorriso Pleno há dois anos. Para centralizar a gestão, precisamos que a titularidade da conta da clínica seja passada para o nosso CNPJ e que o e-mail principal vire contato@pulsardigital.example. Hoje está no e-mail pessoal da Dra. Fernanda, que ela nem usa mais.

Ela está ciente, mas anda muito ocupada e pediu pra gente resolver direto com vocês. Conseguem fazer essa troca ainda essa semana?

Abs,
Bruno Takeda
Pulsar Digital""")
    m(B, L, "w2", "W", "Newly elected president of a Portuguese amateur choir association: previous president won't hand over credentials; asks for main admin and recovery email moved to her",
      "Alteração do administrador da conta da associação",
      """Boa tarde,

Sou a nova presidente da direção da Associação Cultural Vozes do Tejo (coro amador), eleita na assembleia geral de 8 de novembro. O anterior presidente, Sr. Armando Leal, era quem geria a nossa conta convosco e, desde as eleições, não tem respondido aos nossos pedidos para entregar as credenciais.

Solicito que me passem a administração principal da conta e que o email de recuperação deixe de ser o dele (armando.leal@sapo.example) e passe a ser o meu. Posso enviar cópia da ata da assembleia e do meu cartão de cidadão.

Com os melhores cumprimentos,
Maria do Rosário Fonseca
Presidente da Direção""")
    m(B, L, "w3", "W", "Brazilian CFO of a carrier: the mail admin is on holiday without signal; wants access to the admin's mailbox today, password reset sent to his own phone",
      "URGENTE acesso email",
      """Preciso de ajuda urgente. Sou o diretor financeiro da Transportadora Rota Sul. O Carlos, que é o administrador das contas de email, está de férias no Atacama sem sinal nenhum até dia 5.

Tem um pagamento de fornecedor que só ele tem os dados e a confirmação chega no email dele. Vocês conseguem liberar pra mim o acesso à caixa do carlos.menezes@rotasul.example hoje? Pode redefinir a senha e mandar pro meu celular 51 99812-3374. Eu assumo a responsabilidade.

Fernando Paiva
Diretor Financeiro""")
    m(B, L, "w4", "W", "Lisbon restaurant managing partner: 2FA phone belongs to a former floor manager who left; wants 2FA moved to his number and the main login in his name (iso-8859-15)",
      "Mudança do telemóvel de autenticação",
      """Olá,

Sou o sócio-gerente do restaurante A Tasca do Largo, em Alfama. O número de telemóvel associado à autenticação em dois passos da nossa conta é o do antigo gerente de sala, o Nuno, que saiu em setembro e não atende as nossas chamadas.

Preciso que mudem a verificação em dois passos para o meu número (+351 912 480 377) e que o login principal fique em meu nome. Assim deixamos de depender dele de vez.

Obrigado,
Joaquim Ribeiro""", charset="iso-8859-15")
    # ---------------- outage ----------------
    m(B, L, "o1", "O", "Brazilian supermarket chain IT: all tills in 6 stores stuck on 'Sincronizando catálogo...', back office only shows a spinner (symptoms, no 'down' word)",
      "TODOS OS PDVs TRAVADOS",
      """Bom dia,

Desde 7h10 todos os caixas das nossas 6 lojas estão parados na tela "Sincronizando catálogo..." e não saem disso. Já reiniciamos os terminais, trocamos cabo, testamos no 4G, nada. O sistema da retaguarda também fica só com a rodinha girando.

Estamos com fila em todas as lojas e hoje é dia de pagamento. Por favor alguém me liga: (85) 98877-1020.

Raimundo Pontes
TI - Supermercados Bom Preço""")
    m(B, L, "o2", "O", "Portuguese school cluster ICT coordinator: no teacher or pupil can open the platform, pasted 502 Bad Gateway, tests scheduled (multipart/alternative)",
      "Plataforma inacessível - Agrupamento de Escolas de Vila Verde",
      """Bom dia,

Desde as 8h30 que nenhum professor nem aluno do agrupamento consegue abrir a plataforma. Nos computadores das salas, nos portáteis e nos telemóveis aparece sempre:

502 Bad Gateway
nginx

Temos testes marcados para hoje em várias turmas do 9.º ano e os professores não conseguem aceder aos enunciados. Já confirmámos com a rede da escola e o resto da internet funciona normalmente. Há alguma previsão?

Obrigado,
Pedro Antunes
Coordenador TIC""", fmt="alt")
    m(B, L, "o3", "O", "Brazilian inn group follow-up above a Gmail quote: 'continua fora', none of three inns can open the panel, bookings not syncing for 12 hours",
      "Re: [Chamado #4471] Channel manager não sincroniza",
      """Continua fora. Nenhuma das nossas 3 pousadas consegue abrir o painel, nem eu nem as recepcionistas, e as reservas do Booking não estão entrando desde ontem à noite. Já são mais de 12 horas. Vocês vão dar alguma satisfação ou não?

Luana - Pousadas Maré Alta (Paraty / Trindade / Cunha)

Em ter., 24 de nov. de 2026 às 22:14, Suporte <support@example.com> escreveu:
> Olá Luana, nossa equipe técnica já está ciente da instabilidade e trabalhando na correção.
> Retornaremos assim que normalizar.""")
    m(B, L, "o4", "OL", "Brazilian carrier operations manager: driver app and tracking portal failing for the whole fleet for 9 hours (Error 500); legal dept tallying losses, will sue for damages today",
      "Rastreamento parado - 9 horas",
      """Prezados,

O aplicativo dos motoristas e o portal de rastreamento estão sem funcionar desde as 5h da manhã para toda a nossa frota (mais de 140 veículos). Os motoristas não conseguem dar baixa nas entregas, os clientes ligam perguntando das cargas e o painel só mostra "Erro 500 - tente novamente mais tarde".

Já são 9 horas assim e ninguém de vocês deu previsão. Nosso departamento jurídico já está levantando os prejuízos e, se isso não for resolvido hoje, vamos ajuizar ação por perdas e danos com base no contrato e no SLA de 99,5% que vocês assinaram.

Atenciosamente,
Gustavo Henrique Lemos
Gerente de Operações - LogNorte Transportes""")
    # ---------------- hard negatives ----------------
    m(B, L, "n1", "", "Brazilian shop owner cursing about yesterday's update breaking the commission report ('porcaria', 'que merda'), no insult to anyone",
      "relatório de comissões bugado",
      """Gente, essa porcaria de atualização de ontem quebrou o relatório de comissões. Que merda, tô há duas horas tentando fechar o mês das vendedoras e o total não bate com a soma das linhas, dá sempre uns R$ 300 a menos.

Podem ver isso? Mandei o print em anexo. Loja Flor de Lis, usuário adriana.lis

Valeu""")
    m(B, L, "n2", "", "Brazilian craft shop forwards a chat-widget transcript in which a visitor insulted her attendant; asks how to block him (quoted third-party abuse, base64)",
      "Fwd: Conversa no chat do site - como bloquear?",
      """Oi, suporte,

Encaminho abaixo a conversa que um visitante teve ontem com a nossa atendente pelo widget de chat de vocês. Ele já entrou três vezes com nomes diferentes. Tem como bloquear por IP ou por e-mail? E dá pra desativar o envio de imagens pelos visitantes?

Obrigada,
Renata - Ateliê Ponto Cruz

---------- Mensagem encaminhada ----------
[21:04] Visitante (Marcelo): cadê meu pedido sua incompetente
[21:04] Camila (Ateliê): Boa noite! Pode me passar o número do pedido, por favor?
[21:05] Visitante (Marcelo): vai se f*der, vcs são tudo uns ladrões
[21:05] Visitante (Marcelo): vou acabar com essa lojinha de merda
[21:06] Camila (Ateliê): Vou encerrar o atendimento. Caso queira, envie o número do pedido por e-mail.
[21:06] *** Visitante desconectado ***""", fmt="b64")
    m(B, L, "n3", "", "Portuguese gym receptionist's feature request with idioms ('isto está a dar cabo de mim', 'eu matava por um botão') and sarcasm about the calendar",
      "Sugestão: exportar horários para Excel",
      """Olá,

Sou rececionista num ginásio em Setúbal e todas as semanas tenho de copiar à mão os horários das aulas da vossa plataforma para uma folha de Excel, para afixar na entrada. Isto está a dar cabo de mim! Eu matava por um botão "Exportar".

Já agora, parabéns a quem decidiu que o calendário começa ao domingo e não há forma de mudar. Ideia brilhante, sem dúvida ;)

Obrigada e bom trabalho,
Sandra Gomes
Ginásio Corpo Ativo""")
    m(B, L, "n4", "", "Lisbon law firm assistant asks for a corrected invoice with the post-merger tax number; signature has a professional-secrecy confidentiality notice (qp)",
      "NIF na fatura de novembro",
      """Boa tarde,

A fatura n.º FT 2026/11873 saiu com o NIF da sociedade antiga (antes da fusão). Podem emitir nota de crédito e nova fatura com o NIF 516 402 118 e a denominação Castro, Pinheiro & Associados - Sociedade de Advogados, SP, RL?

Obrigada,
Teresa Pinheiro
Assistente Administrativa

Castro, Pinheiro & Associados
Av. da Liberdade, 110 - 4.º, 1250-146 Lisboa

AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer anexos são confidenciais e podem estar protegidos por sigilo profissional de advogado. Se a recebeu por engano, por favor informe o remetente e elimine-a. Qualquer utilização, divulgação ou cópia não autorizada é proibida.""", fmt="qp")
    m(B, L, "n5", "", "Former language-school student's formal LGPD art. 18 request for confirmation, copy and deletion of data, no threat",
      "Solicitação LGPD - acesso e exclusão de dados",
      """Prezados,

Com base no art. 18 da Lei Geral de Proteção de Dados (Lei 13.709/2018), solicito:
1) confirmação de que vocês tratam dados pessoais meus;
2) cópia desses dados;
3) após o envio, a exclusão dos dados que não precisem ser mantidos por obrigação legal.

Fui aluno da Escola de Idiomas Speak Up de Londrina, que usava o sistema de vocês para matrículas, até 2024. CPF 412.xxx.xxx-08, e-mail thiago.r.alves@mail.example.

Fico no aguardo.
Thiago Rocha Alves""")
    m(B, L, "n6", "", "Elderly Portuguese telecare subscriber charged twice; explicitly says she is not threatening or complaining anywhere, just wants one refunded",
      "cobrança a dobrar",
      """Bom dia,

Chamo-me Albertina Sousa, tenho 81 anos e quem me trata destas coisas costuma ser o meu neto, mas ele está emigrado na Suíça. Vi no extrato do banco que me cobraram a mensalidade da teleassistência duas vezes em novembro, 24,90 cada uma.

Não estou a ameaçar ninguém nem quero fazer queixas a lado nenhum, só peço que me devolvam uma delas. Se for mais fácil podem telefonar-me para o fixo, 239 441 203, de manhã.

Com os meus cumprimentos,
Albertina Sousa""")
    m(B, L, "n7", "", "Optician shop account holder wants to give her business partner admin rights too while she stays the holder",
      "Adicionar sócia como administradora",
      """Olá,

Sou a titular da conta da Ótica Ribeira e quero adicionar a minha sócia, a Marta Vieira, também como administradora, para ela poder aprovar encomendas e ver faturas quando eu estiver de férias. Eu continuo como titular, claro.

Já lhe enviei convite como utilizadora normal. Agora como lhe dou permissões de administradora? Não encontro a opção.

Obrigada,
Cristina Ribeira""")
    m(B, L, "n8", "", "Brazilian bakery employee after a rebrand wants to change her own login email and asks if order history is kept",
      "trocar meu e-mail de login",
      """Oi! A empresa mudou de nome (de Doce Sabor para Ateliê Doce Sabor Confeitaria) e agora todo mundo tem e-mail novo. Queria trocar o e-mail do MEU login de bia@docesabor.example pra beatriz@ateliedocesabor.example. Se eu trocar no perfil perco o histórico dos pedidos?

Beatriz""")
    m(B, L, "n9", "", "New hire at a Brazilian accounting office, mixing English: the account admin's workspace invite never arrived",
      "Convite não chegou",
      """Boa tarde,

Comecei esta semana no escritório Almeida Contadores e a Luciana (que é a admin da conta) me mandou o invite pro workspace na segunda, mas até agora nada chegou, nem no spam. Já pedi pra ela dar resend duas vezes.

Meu e-mail é henrique.almeida@almeidacont.example. Tem algum bloqueio no domínio? Preciso do acesso pra fazer o onboarding dos clientes novos.

Obrigado!
Henrique""")
    m(B, L, "n10", "", "Portuguese hardware store whose own ISP has a fault in the area asks whether invoicing works offline",
      "Sem internet na loja - há modo offline?",
      """Boa tarde,

A MEO tem uma avaria na rede aqui na zona industrial de Ílhavo desde ontem à tarde e dizem que só amanhã é que resolvem. A nossa loja está sem internet e o programa de faturação não abre as vendas.

Existe algum modo offline para emitir faturas e depois sincronizar? Ou temos de fazer faturas manuais em papel e lançar depois?

Cumprimentos,
Vítor Marques
Casa das Ferragens Marques""")
    m(B, L, "n11", "", "Brazilian hospital compliance analyst's vendor questionnaire: SLA, procedure in case of total unavailability, DR region (hypothetical, HTML only)",
      "Questionário de fornecedores - disponibilidade e continuidade",
      """Prezados,

Estamos atualizando o cadastro de fornecedores críticos do Hospital São Lucas do Vale e precisamos que respondam às perguntas abaixo até 05/12:

1. Qual o SLA de disponibilidade contratado e como ele é medido?
2. Em caso de indisponibilidade total do serviço, qual o procedimento de comunicação e o prazo máximo de restabelecimento?
3. Existe ambiente de contingência em outra região?
4. Como é calculado o crédito em caso de descumprimento do SLA?

Obrigada,
Débora Lins
Analista de Compliance de TI""", fmt="html")
    m(B, L, "n12", "", "Brazilian beauty studio asks for a credit for last Tuesday's four-hour outage; states everything works normally today",
      "Crédito pela instabilidade da semana passada",
      """Olá,

Na terça-feira passada (17/11) o sistema de vocês ficou fora do ar das 14h às 18h e a gente perdeu a tarde inteira de agendamentos no salão. Hoje está tudo funcionando normal, sem problema nenhum.

Minha dúvida é só financeira: vocês dão algum desconto ou crédito na próxima mensalidade por causa dessas horas? Vi que o plano Pro fala em 99,9% de disponibilidade.

Obrigada,
Camila Duarte
Studio Camila Duarte Beauty""")


def add_b4(m):
    add_sv(m, B)
    add_pt(m, B)
