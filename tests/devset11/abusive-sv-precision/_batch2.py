"""devset11 abusive-sv-precision, batch 2: other kinds of Swedish hard negatives (+ a few da), and
some truly abusive Swedish positives to watch recall. Written before tuning on it."""
B = "b2"


def add(m, p):
    # ================= sv negatives
    m(B, "sv", "n01", "tenant: vermin in the flat (ohyra)", "Ohyra i lägenheten",
"""Hej,

Vi har fått ohyra i lägenheten, troligen vägglöss, och grannen under säger att de har samma problem. Kan ni skicka en saneringsfirma så fort som möjligt? Vi har två små barn.

Mvh
Fatima Hassan, Rosengårdsvägen 3B""")
    m(B, "sv", "n02", "pet shop: dog has parasites", "Avmaskning",
"""Hej!

Vår valp har parasiter enligt veterinären, så kan ni rekommendera vilket avmaskningsmedel vi ska beställa? Han väger 6 kilo. Vill helst ha något som går att blanda i maten.

Tack,
Hanna""")
    m(B, "sv", "n03", "kids party: booked a clown", "Bokning 10 maj – ändrad tid",
"""Hej!

Vi har bokat en clown till kalaset den 10 maj kl 14. Kan ni flytta det till 15 i stället? Barnen kommer senare än vi trodde. Clownen får gärna ta med ballongerna igen, de var en succé förra året.

Hälsningar
Elin""", fmt="html")
    m(B, "sv", "n04", "respectful: father is illiterate, call him instead", "Angående min pappas ärende",
"""Hej,

Min pappa är analfabet, så kan ni ringa honom i stället för att skicka brev? Han har fått flera papper från er som han inte förstår. Jag är hans ombud och bifogar fullmakten. Hans nummer är 070-123 45 67.

Med vänlig hälsning
Yusuf Ahmadi""")
    m(B, "sv", "n05", "criticising a policy as idiotic, not people", "Avgift för pappersfaktura",
"""Hej,

Jag tycker det är idiotiskt att ni tar 49 kr för en pappersfaktura när jag uttryckligen har bett om e-faktura tre gånger och den inte fungerar i er portal. Ta bort avgiften, tack.

Mvh
Rolf Sandberg""")
    m(B, "sv", "n06", "idiom 'som en jävel' about the app", "Strul med inloggningen",
"""Hej,

Appen har strulat som en jävel sedan ni uppdaterade den i fredags. BankID öppnas men sen händer ingenting. Jag har testat både wifi och 4G. Någon som vet vad det beror på?

/Martin""")
    m(B, "sv", "n07", "product is a piece of junk (skithög)", "Reklamation skrivare",
"""Hej.

Skrivaren jag köpte i mars är en skithög. Den drar in tre papper åt gången och har fastnat varje dag den här veckan. Jag vill reklamera den. Kvitto bifogat.

Mvh
Gunnar""")
    m(B, "sv", "n08", "kid broke the screen, glass everywhere", "Försäkringsärende surfplatta",
"""Hej!

Min son råkade slå sönder skärmen på surfplattan när han tappade den på stengolvet, det var glassplitter överallt i köket. Täcks det av försäkringen vi tecknade hos er? Ordernummer 71102.

Tack på förhand
Annelie""")
    m(B, "sv", "n09", "can't find you anywhere, searched everywhere", "Var finns ni?",
"""Hej, jag hittar er inte någonstans på Google Maps och har letat överallt på hemsidan efter en adress. Ska lämna tillbaka en jacka, finns det någon butik i Uppsala? /Lisa""")
    m(B, "sv", "n10", "knows where you are located, asks about parking", "Parkering vid upphämtning",
"""Hej!

Jag vet var ni ligger men var parkerar man när man ska hämta större varor? Förra gången fick jag p-bot utanför lastkajen. Ska hämta en garderob på lördag.

Mvh Jimmy""")
    m(B, "sv", "n11", "quoting seller: you'll have to pay shipping", "Fraktkostnad?",
"""Hej,

När jag handlade i butiken sa er säljare att "du ska få betala frakten själv om du vill ha hem den". Men på hemsidan står det fri frakt över 500 kr. Vad gäller? Jag handlade för 3 200 kr.

Mvh
Susanne""")
    m(B, "sv", "n12", "friendly B2B banter about office sports", "Re: Korpturneringen",
"""Hej Magnus!

Tack för inbjudan, vi ställer upp med ett lag. Varmt välkomna att spela mot oss, men vi ska spöa er den här gången, det lovar jag :) Skicka gärna schemat när det är klart.

Hälsningar
Camilla på Nordvik Bygg

> Hej Camilla,
> vill ni vara med i korpturneringen i innebandy den 22:a?
> /Magnus""")
    m(B, "sv", "n13", "farm: the cow and the pigs, vet supplies", "Beställning till gården",
"""Hej,

Kossan Rosa har fått mastit igen och veterinären har skrivit ut en ny kur, ni har fått receptet. Kan ni skicka den tillsammans med mineralfodret till svinen? Vi har 40 svin nu efter vårens grisningar.

Mvh
Karl-Johan, Ekbacka gård""")
    m(B, "sv", "n14", "tech: MongoDB and killing a process", "Connector kraschar",
"""Hej,

Vi kör Mongo 6.0 och er connector kraschar vid större importer. Jag fick döda processen manuellt två gånger i natt. Loggfil bifogad. Är det en känd bugg?

/Erik, drift""")
    m(B, "sv", "n15", "swearing at previous supplier, third party", "Byte till er",
"""Hej!

Vi har bestämt oss för att byta till er. Vår gamla leverantör kan dra åt helvete efter det senaste året med förseningar. Kan ni skicka en offert på 30 licenser och hjälpa oss med flytten av datan?

Mvh
Patrik Öberg, IT-ansvarig""")
    m(B, "sv", "n16", "hearing-aid clinic: many forms of 'höra'", "Ny hörapparat",
"""Hej!

Jag har svårt att höra i telefon även med den nya hörapparaten. Min fru säger att jag inte hör när hon pratar från köket heller. Kan jag få komma och testa en annan modell? Det vore skönt att höra fåglarna igen.

Vänliga hälsningar
Sven-Åke Nilsson""", fmt="qp")
    m(B, "sv", "n17", "hoping to hear from you (höra) several times", "Re: Offert",
"""Hej Jonas,

Tack för offerten. Vi behöver höra lite mer om supportavtalet innan vi bestämmer oss. Kan ni höra av er på torsdag? Jag vill höra vad som ingår i jouren.

Hoppas att höra från dig snart!
Anna

> Hej Anna,
> bifogat finns offerten vi pratade om.
> /Jonas""")
    m(B, "sv", "n18", "fick höra, self as poor wretch waiting in queue", "Väntetid i telefon",
"""Hej. Satt i telefonkö i 50 minuter igår, stackars jävel som jag är, och fick höra att ärendet måste tas via mejl. Så här kommer det: jag vill säga upp mitt abonnemang från och med april. /Thomas""")
    m(B, "sv", "n19", "särskrivning: 'svin dyrt'", "Priset på reservdelen",
"""Hej! Reservdelen till min diskmaskin är svin dyr hos er jämfört med andra butiker, 890 kr mot 450. Kan ni matcha priset? Länk bifogad. /Peter""")
    m(B, "sv", "n20", "quoting their sms: 'ringer hem till dig'", "Tekniker ringde aldrig",
"""Hej,

I sms:et från er stod det "Teknikern ringer hem till dig 30 minuter innan besöket". Ingen ringde och ingen kom. Kan teknikern komma hem till honom, alltså min pappa, i morgon i stället? Han är hemma hela dagen.

Mvh
Linnea""")
    m(B, "sv", "n21", "self-deprecation: brain-dead today", "Fel bilaga",
"""Hej! Jag är helt hjärndöd idag så ni får ursäkta, jag bifogade fel fil i förra mejlet. Här kommer rätt faktura. /Sara""")
    m(B, "sv", "n22", "you are not crooks, I understand", "Dubbeldebitering",
"""Hej,

Ni är inga bedragare, det förstår jag, men någonting har gått fel: jag har dragits två gånger för samma beställning. Kontoutdrag bifogat. Kan ni återbetala en av dragningarna?

Mvh
Helena""")
    m(B, "sv", "n23", "'slut' = out of stock, in Swedish", "När kommer den?",
"""Hej! Den gröna regnjackan i storlek M är slut i lager sedan flera veckor. Vet ni när den kommer in igen? Jag vill gärna ha den innan semestern. Tack! /Moa""")
    m(B, "sv", "n24", "afraid to regret the purchase", "Ångerrätt",
"""Hej,

Jag är rädd att jag kommer att ångra köpet av soffan, färgen var mycket mörkare i verkligheten. Hur fungerar ångerrätten om den redan är levererad och uppackad?

Mvh
Ida""")
    m(B, "sv", "n25", "praise of staff: 'fan vad bra'", "Beröm till Ali",
"""Fan vad bra Ali på er kundtjänst var i dag! Han löste på tio minuter det som jag hade bråkat med i två veckor. Ge honom en löneförhöjning :)

/Christer""")
    m(B, "sv", "n26", "gaming: killing things inside the game", "Uppdraget i kapitel 4",
"""Hej!

I kapitel 4 går det inte att döda bossen, han blir odödlig när han har 10 % hälsa kvar. Jag har slagit ihjäl alla vakter och gjort om uppdraget fem gånger. Är det en bugg? Spelar på PC.

/Liam""")
    m(B, "sv", "n27", "description of a neighbour's dog as idiot, asks about fence", "Staket",
"""Hej,

Grannens hund är en riktig idiot och hoppar över vårt gamla staket varje dag. Vi vill därför beställa det högre staketet, 1,5 meter. Kan ni montera det åt oss också och vad kostar det?

Mvh
Anders""")
    m(B, "sv", "n28", "mocking oneself with 'korkade frågor'", "Nybörjarfrågor",
"""Hej! Ursäkta mina korkade frågor, men jag är ny på det här med bokföring. Kan ni förklara skillnaden på verifikation och underlag? Och var i programmet lägger jag in kvitton? /Julia""")
    m(B, "sv", "n29", "reporting a phone scammer who swore", "Bluffsamtal",
"""Hej,

Någon ringde mig i går och påstod att han var från er bank. När jag vägrade lämna ut koder kallade han mig en dum kärring och la på. Numret var dolt. Vill bara att ni ska veta att det pågår.

Mvh
Gudrun""")
    m(B, "sv", "n30", "disgusting food, complaint", "Matlådan",
"""Hej,

Matlådan jag fick i dag var äcklig, kycklingen luktade surt och riset var hårt. Ni borde verkligen se över kylkedjan. Jag vill ha pengarna tillbaka för den här leveransen.

/Mona""")
    m(B, "sv", "n31", "warning about an awful tenant next door (third party)", "Störningar",
"""Hej hyresvärden,

Grannen i lgh 1204 spelar musik till tre på natten varje helg. Han är ett riktigt svin mot alla i trappuppgången och vägrar prata. Kan ni skicka ett störningsbrev? Jag har en lista med datum.

Mvh
Paula""", fmt="alt")
    m(B, "sv", "n32", "quoting company slogan 'förenkla ditt liv'", "Reklamen lovar mer",
"""Hej,

Er reklam säger att appen ska "förenkla ditt liv", men just nu gör den mitt arbete till ett helvete eftersom den inte synkar med kalendern. Fixar ni det snart?

Mvh
Johan""")
    m(B, "sv", "n33", "lost with directions: 'jag vet inte var ni bor' from courier side", "Leveransadress",
"""Hej, det här är budfirman Snabbt & Säkert. Vi har ett paket till Henrik Alm men adressen saknar lägenhetsnummer. Vet ni var han bor i huset eller kan ni be honom ringa oss? Mvh Leveransteamet""")
    m(B, "sv", "n34", "heated but fair complaint, no insult", "Tredje gången",
"""Hej.

Det här är tredje gången jag skriver om samma fel på elräkningen. Jag börjar bli riktigt förbannad. Ni lovade en rättelse före den 15:e och nu har jag fått en påminnelse med avgift. Det är helt oacceptabelt och jag vill prata med en chef.

Åsa Lindgren""")
    m(B, "sv", "n35", "'dödsskönt', 'mördarpris', 'sjukt'", "Tack för sängen",
"""Hej!

Ville bara säga att sängen är dödsskön, jag har sovit som en stock hela veckan. Och det var ett mördarpris på Black Friday. Sjukt nöjd! Kan jag köpa till en bäddmadrass i samma storlek?

/Ebba""")
    m(B, "sv", "n36", "forwarding a threat letter received to the housing company", "Hotfullt brev i brevlådan",
"""Hej,

Jag hittade en lapp i brevlådan i morse där det stod "vi vet var du bor". Jag har polisanmält. Kan ni byta låset till porten och se över kamerorna i entrén?

Mvh
Nora""")
    m(B, "sv", "n37", "pest control: kill the rats", "Råttor i källaren",
"""Hej,

Det finns råttor i källarförrådet igen. Kan ni skicka någon som kan döda dem eller åtminstone sätta ut fällor? Jag vågar inte gå ner dit med barnen.

/Emelie""")
    m(B, "sv", "n38", "nursing home: hitting/violence by a resident reported", "Händelse på avdelningen",
"""Hej,

Min mamma, som bor på avdelning 3, blev slagen av en annan boende i går kväll. Personalen var jättebra och tog hand om henne. Jag vill bara veta vad ni gör för att det inte ska hända igen.

Mvh
Jenny""")
    m(B, "sv", "n39", "'vi ses utanför' pickup point not in list", "Upphämtning till flygplatsen",
"""Hej! Bekräftar taxin till Arlanda på fredag kl 05.30. Chauffören kan stanna vid grinden, vi ses utanför huset. Vi är tre personer med fyra väskor. /Familjen Åberg""")
    m(B, "sv", "n40", "angry about staff behaviour, no insult", "Bemötande",
"""Hej,

Jag blev väldigt illa bemött av er handläggare i telefon i dag. Hon var otrevlig, avbröt mig hela tiden och la på när jag ställde en följdfråga. Jag förväntar mig bättre av en myndighet.

Mvh
Kerstin""")

    # ================= da negatives
    m(B, "da", "n01", "Krak directory (kräk -> krak)", "Forkert telefonnummer",
"""Hej,

Jeres telefonnummer på Krak er forkert, det går til en privatperson. Jeg fandt jer på Krak i går og ringede tre gange. Kan I få det rettet?

Venlig hilsen
Ole""")
    m(B, "da", "n02", "når du / når I questions", "Spørgsmål om levering",
"""Hej! Hvad sker der, når du ikke er hjemme ved levering? Og når I har lagt pakken i pakkeshoppen, får jeg så en sms? Mvh Lone""")

    # ================= sv positives (truly abusive, aimed at staff)
    p(B, "sv", "p01", "collective insult of support staff", "Kundtjänst",
"""Ni är en samling hjärndöda pajasar på er kundtjänst, vet någon av er ens hur man läser ett mejl?""")
    p(B, "sv", "p02", "slur at named agent", "Sara",
"""Säg till den där korkade kärringen Sara i växeln att hon kan dra åt helvete.""")
    p(B, "sv", "p03", "threat with weapon at the warehouse", "",
"""Jag vet var ert lager ligger. Nästa gång ni skiter i min beställning kommer jag dit med ett basebollträ.""")
    p(B, "sv", "p04", "wish harm + insult", "Re: Ärende 55810",
"""Hoppas du får sparken din värdelösa idiot. Tre veckor för en enkel återbetalning.

> Hej, vi tittar på ditt ärende.""")
    p(B, "sv", "p05", "dehumanising case workers", "",
"""Era handläggare är ett gäng efterblivna apor som inte kan räkna till tre.""")
    p(B, "sv", "p06", "doxxing threat against agent", "Jonna",
"""Jag kommer lägga ut hennes namn och bild på Flashback så alla vet vilken subba Jonna på er kundtjänst är.""")
    p(B, "sv", "p07", "shut up + insult", "",
"""Håll käften och gör ditt jobb, ditt jävla pucko.""", fmt="qp")
    p(B, "sv", "p08", "liars and thieves, damn you all", "",
"""Ni är ett gäng lögnare och tjuvar. Fan ta er allihop.""")
    p(B, "sv", "p09", "boss is a pig", "Er chef",
"""Din chef är ett jävla svin och du är inte bättre själv.""")
    p(B, "sv", "p10", "can't you read, illiterate", "",
"""Kan du inte läsa, din analfabet? Jag har skrivit mitt kundnummer fyra gånger nu.""")
    p(B, "sv", "p11", "gendered slur at agent via hora", "",
"""Din lilla hora, svara i telefon någon gång i stället för att sitta och fnissa.""")
