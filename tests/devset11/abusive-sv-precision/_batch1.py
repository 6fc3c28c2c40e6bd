"""devset11 abusive-sv-precision, batch 1: hard negatives (sv da nb), written before tuning."""
B = "b1"


def add(m):
    # ================= sv
    m(B, "sv", "n01", "delivery directions: hoppas + 'på gatan'", "Leverans av soffa fredag",
"""Hej!

Vi har fått sms om att soffan levereras på fredag mellan 8 och 12. Hoppas att chauffören hittar hit, vi bor på gatan bakom Konsum och GPS:en brukar skicka folk till fel infart. Ring gärna 20 minuter innan så går jag ut och möter.

Mvh
Lena Sjöberg""")
    m(B, "sv", "n02", "visiting the office, 'vi ses utanför' entrance", "Överlämning av nycklar",
"""Hej Johan,

Jag kommer till ert kontor på måndag för att lämna tillbaka nycklarna och passerkorten. Vi ses utanför receptionen kl 9 om det passar, annars kan jag lämna dem i kuvert hos vakten.

Hälsningar
Peter Lindqvist""")
    m(B, "sv", "n03", "supportive: hope you don't go bankrupt", "Beställning 55102 – ingen brådska",
"""Hej,

Såg i tidningen att det är tufft för er bransch just nu. Jag hoppas verkligen att ni inte går i konkurs, ni är den enda butiken som har reservdelar till min gamla symaskin. Beställningen kan gärna vänta någon vecka om det underlättar.

Allt gott
Birgitta""")
    m(B, "sv", "n04", "game bug report: 'du dör'", "Bugg i senaste patchen",
"""Tjena!

Förhoppningsvis fixar ni buggen där du dör direkt efter respawn på kartan Hamnen. Händer typ var tredje match sedan uppdateringen i tisdags. Spelar på PS5, version 2.14.1.

/Oscar""")
    m(B, "sv", "n05", "angry about delivery times, not about people", "Leveranstider??",
"""Varför är era leveranstider så patetiska nuförtiden? Jag beställde en laddkabel för tre veckor sedan och den står fortfarande som "behandlas". Förut kom allt på två dagar. Vad har hänt?

/Mikael""")
    m(B, "sv", "n06", "self-description: gang of amateurs running a club site", "Hjälp med domänen",
"""Hej!

Vi är ett gäng amatörer som sköter hemsidan för vår båtklubb på fritiden, så ha överseende med dumma frågor. Domänen verkar ha gått ut i helgen och nu visas bara en tom sida. Hur förnyar vi den och kan vi behålla samma adress?

Tack på förhand,
Göran Ek, Saltsjöbadens Båtklubb""")
    m(B, "sv", "n07", "swearing at Excel export dropping zeros", "Exporten tar bort nollor",
"""Hej,

När jag exporterar kundregistret till Excel försvinner alla jävla nollor i början av postnumren och telefonnumren. 08 blir 8 och 01234 blir 1234. Finns det något sätt att exportera som text i stället? Jag har suttit med det här hela eftermiddagen.

Mvh Annika, ekonomi""")
    m(B, "sv", "n08", "icy stairs: 'slår jag ihjäl mig' idiom", "Halt i trappen, Storgatan 14",
"""Hej fastighetsförvaltningen,

Trappan vid port B har inte sandats på hela veckan. Det är blankis och om ingen gör något snart så halkar jag och slår ihjäl mig en morgon när jag går till bussen. Kan ni skicka någon i dag?

Vänliga hälsningar
Ingrid Holm, lgh 1103""", fmt="qp")
    m(B, "sv", "n09", "insurance claim: insult about another driver, not staff", "Skadeanmälan parkering",
"""Hej,

Jag vill anmäla en skada på min bil. Den där idioten som backade in i mig på ICA Maxis parkering körde bara iväg, men en annan kund tog en bild på registreringsskylten. Bilder bifogade. Vad behöver ni mer från mig?

Mvh
Daniel Nyström
Försäkringsnummer 88-441-209""")
    m(B, "sv", "n10", "praise with swearing: jävlar, ska ni få en eloge", "Tack!!",
"""Jävlar, ska ni få en eloge för det här! Jag ringde i morse om det trasiga elementet och redan vid lunch var reparatören här och fixade det. Fantastisk service, tack till Sara i växeln också.

/Hampus""")
    m(B, "sv", "n11", "football club: 'få stryk' in sport", "Matchställ till P14",
"""Hej!

Vi beställde 18 matchställ till vårt P14-lag för två veckor sedan. Seriepremiären är på lördag och killarna har inga tröjor, så blir det ingen leverans innan dess får vi spela i gamla träningsvästar och lär få stryk med 10–0 av ren skam :) Kan ni kolla status?

Mvh
Fredrik, lagledare IFK Lindö""")
    m(B, "sv", "n12", "farm supply: pigs, svin, fet gris", "Foderautomat och leverans",
"""Hej!

Vi har ca 200 svin på gården och foderautomaten ni sålde till oss i våras har börjat krångla, den dosar för mycket. Vi har en fet gris i varje box nu, det ser inte klokt ut. Kan ni skicka en tekniker? Och kan ni leverera nästa pall foder till svinen redan på torsdag?

Mvh
Lars-Erik Ström
Ströms Lantbruk""")
    m(B, "sv", "n13", "car sharing: vomit left in car", "Smutsig bil, bokning 77812",
"""Hej,

När jag hämtade bilen i morse fanns det kräk på golvet i baksätet, förra kunden har uppenbarligen inte städat. Jag fick ta en annan bil. Kan ni sanera den och se över debiteringen, jag vill inte betala för en bil jag inte kunde använda?

Tack,
Jonna""")
    m(B, "sv", "n14", "reporting a slur written by another user", "Anmälan av kommentar",
"""Hej!

En användare skrev hora under min annons för barnvagnen i går kväll. Jag har blockerat honom men kommentaren ligger kvar. Kan ni ta bort den och titta på hans konto? Länk till annonsen bifogad.

Mvh
Sofia""", fmt="html")
    m(B, "sv", "n15", "Norwegian company form AS in Swedish text", "Fakturering till norskt bolag",
"""Hej,

Vi har ett AS i Norge och ett AB här i Sverige. Från och med januari ska licenserna för Oslokontoret faktureras det norska bolaget i NOK. Kan ni dela upp abonnemanget på två fakturamottagare?

Med vänlig hälsning
Karin Dahl, controller""")
    m(B, "sv", "n16", "feedback: make it foolproof (idiotsäker)", "Förslag på förbättring",
"""Hej!

Kan ni göra inloggningen mer idiotsäker? Mina föräldrar fastnar varje gång på steget med BankID eftersom knappen är så liten. En större knapp och en tydligare text skulle hjälpa många äldre.

/Emma""")
    m(B, "sv", "n17", "self-deprecation: felt like an idiot when you called", "Re: Ärende 221904",
"""Hej igen!

Tack för att ni ringde upp. Jag kände mig som en idiot när ni påpekade att jag hade skrivit fel kortnummer hela tiden. Nu gick betalningen igenom.

Ha en fin helg!
Agneta

> Hej Agneta,
> vi ser att betalningen nekades tre gånger. Vi ringer dig i eftermiddag.
> Hälsningar, Kundtjänst""")
    m(B, "sv", "n18", "angry about the app ruining the week, no insult", "Synkroniseringen",
"""Hej.

Den här synkbuggen har gjort mitt liv till ett helvete den senaste veckan. Varje gång jag öppnar kalendern på jobbet är hälften av mötena borta. Jag har avinstallerat och installerat om två gånger. Snälla, säg att ni vet om felet.

Jens""")
    m(B, "sv", "n19", "warning other customers about scam sms", "Bedrägeriförsök i ert namn",
"""Hej!

Vill bara tipsa er: akta er för ett sms som går runt nu där någon låtsas vara ni och ber folk betala en tullavgift via en länk. Jag fick det i morse och min granne också, de verkar skicka det överallt. Kanske värt en varning på hemsidan?

Mvh Kjell""")
    m(B, "sv", "n20", "knows where the office is, will drop off keys", "Nyckel till förrådet",
"""Hej,

Jag vet var ert kontor ligger, så jag lämnar in den extra nyckeln själv i brevlådan på torsdag efter jobbet. Ni behöver inte skicka något kuvert.

/Maria Lund""")
    m(B, "sv", "n21", "can't find you in the app", "Hittar inte er butik",
"""Hej, jag hittar er inte i appen längre när jag söker på Mölndal. Har ni flyttat eller har butiken tagits bort? Förra veckan kunde jag beställa därifrån. Tack!""")
    m(B, "sv", "n22", "reporting driver who shouted abuse", "Klagomål på chaufför",
"""Hej,

I dag vid 14-tiden skulle er chaufför lämna ett paket hos oss på Björkvägen. När min sambo bad honom vänta medan hon letade legitimation skrek han "håll käften" åt henne och kastade paketet på trappan. Det är inte okej. Jag vill att ni utreder det här.

Mvh
Tobias Berg""", fmt="alt")
    m(B, "sv", "n23", "reporting staff insult quoted", "Bemötande i butiken i Väla",
"""Hej,

Jag vill framföra ett klagomål. När min fru skulle lämna tillbaka en jacka i er butik i Väla i lördags kallade en äldre manlig anställd henne en jävla kärring, tillräckligt högt för att andra kunder hörde. Vi förväntar oss en ursäkt.

Hälsningar
Bengt Olsson""")
    m(B, "sv", "n24", "sympathy for the support staff", "Stackars er",
"""Hej!

Såg att hela systemet låg nere i morse. Ni stackars jävlar som sitter i telefon idag, ni har säkert fått höra en del. Ingen brådska med mitt ärende, det kan vänta till nästa vecka.

Kram från en nöjd kund
Lotta""")
    m(B, "sv", "n25", "praise: she's brilliant at Excel", "Beröm till Anna",
"""Hej,

Ville bara säga att Anna på er ekonomiavdelning är en jävel på Excel. Hon fick ordning på vår momsrapport på en kvart. Ge henne en bulle från mig!

/Rickard""")
    m(B, "sv", "n26", "B2B: client asking to inform everyone about change", "Ändrade öppettider på lagret",
"""Hej Sanna,

Från och med 1 mars har vårt lager nya öppettider, 07–15 i stället för 06–16. Kan ni se till att alla vet om det på er sida, särskilt chaufförerna på kvällsturen? Det blir inte trevligt för någon om de står utanför en stängd grind klockan fyra.

Tack!
Helena Rask, Logistik""", fmt="qp")
    m(B, "sv", "n27", "friendly: quoting FAQ 'beror på var du bor', will visit", "Re: Leveranstid till Gotland",
"""Hej och tack för svaret!

Jag läste i er FAQ att leveranstiden beror på var du bor, så jag förstår att Gotland tar lite längre tid. Nästa gång jag är i Göteborg kommer jag och hälsar på i er fysiska butik i stället!

/Malin

> Hej Malin!
> Leveranser till Gotland tar normalt 4–6 arbetsdagar.
> Vänliga hälsningar, Kundservice""")
    m(B, "sv", "n28", "polite long mail: won't bore you to death", "Fråga om årsavgiften",
"""Hej!

Jag ska inte tråka ihjäl dig med hela bakgrunden, men kort sagt har vi dragits två gånger för årsavgiften, både den 2 och den 5 februari. Kontoutdrag bifogat. Kan ni återbetala den ena dragningen?

Tack på förhand
Stina Berglund""")
    m(B, "sv", "n29", "praise with 'galet', 'sjukt', 'mördande'", "Wow",
"""Ni är ju galna! Beställde i går kväll och paketet låg i brevlådan i morse. Sjukt snabbt. Det enda som är mördande tråkigt är att packa upp alla kartonger nu, haha. Tack!""")
    m(B, "sv", "n30", "product is crap after update, no insult", "Appen är skit efter uppdateringen",
"""Hej,

Ärligt talat, appen är skit sen senaste uppdateringen. Den laddar i evigheter, notiserna kommer inte och jag blir utloggad varje dag. Kan ni rulla tillbaka eller säga när det blir bättre? Använder iPhone 13, iOS 17.

Mvh
Pontus""")
    m(B, "sv", "n31", "swearing about the situation (move)", "Flytt av bredband",
"""Fan vad trött jag är på den här flytten. Tre veckor utan bredband och varje gång jag ringer får jag ett nytt datum. Vilket jävla helvete det har varit. Kan någon bara bekräfta att installationen blir av på tisdag?

/Alexander""")
    m(B, "sv", "n32", "place names and compounds: Svinesund, grisfest, apotek", "Leverans till gränsen",
"""Hej!

Vi har en grisfest för föreningen den 14 juni och skulle vilja hämta grillarna vid ert utlämningsställe vid Svinesund i stället för att få dem hemskickade. Går det? Vi kan hämta på vägen hem från apoteket i Strömstad vid 16.

Mvh
Ulla""", fmt="html")
    m(B, "sv", "n33", "working oneself to death, dead tired", "Fakturafrågor",
"""Hej,

Jag är helt dödstrött efter bokslutet och jobbar ihjäl mig just nu, så förlåt om frågan är dum: varför står momsen som 12 % på fakturan för kontorsmaterial? Borde den inte vara 25 %?

/Jessica""")
    m(B, "sv", "n34", "apology for insulting staff the day before", "Förlåt för igår",
"""Hej,

Förlåt för att jag kallade er inkompetenta clowner i telefon igår. Det var inte okej, jag var stressad över flytten och tog ut det på fel personer. Ni löste ju allt till slut. Tack för tålamodet.

Mvh
Niklas""")
    m(B, "sv", "n35", "'a stupid question but are you open'", "Öppet på annandagen?",
"""Hej! Det här är kanske en dum fråga men är ni öppna på annandag påsk? Hittar inget på hemsidan. Tack!""")
    m(B, "sv", "n36", "third party: the landlord is a liar, asking for help", "Hjälp med hyresavin",
"""Hej,

Jag är medlem hos er och behöver råd. Min hyresvärd är en notorisk lögnare så kan ni hjälpa mig att formulera ett brev om den felaktiga hyreshöjningen? Han påstår att vi har fått besked i tid, vilket vi inte har.

Mvh
Ahmed""")
    m(B, "sv", "n37", "bike share: thieves stole bikes", "Stulna cyklar vid stationen",
"""Hej,

Ett gäng tjuvar stal två av era hyrcyklar från stationen vid Odenplan i natt, jag såg det från balkongen och har polisanmält. Cyklarna hade nummer 2281 och 2309. Vill ni ha kopia på anmälan?

/Viktor""")
    m(B, "sv", "n38", "forwarding a harasser's message to report it", "Fwd: hotfullt meddelande",
"""Hej,

Jag fick det här meddelandet via er chattfunktion från en användare som jag sålde en cykel till. Kan ni stänga av kontot? Jag har även polisanmält.

---------- Vidarebefordrat meddelande ----------
> Jag vet var du bor din jävla hora. Ge tillbaka pengarna annars""")
    m(B, "sv", "n39", "colleague might get fired: sympathetic wish", "Om leveransmissen",
"""Hej,

Tack för att ni löste leveransmissen så snabbt. Jag hoppas att min kontaktperson Jonas slipper få sparken för det här, han har varit jättehjälpsam i alla år och felet låg lika mycket hos oss.

Vänliga hälsningar
Eva Hedlund, inköp""")
    m(B, "sv", "n40", "self: 'skit också', 'dumma mig'", "Fel adress",
"""Skit också, jag skrev fel gatunummer i beställningen (12 i stället för 21). Dumma mig. Går det att ändra innan paketet skickas? Ordernummer 443190.

/Kristin""")
    m(B, "sv", "n41", "forum admin asking to block words", "Filter i forumet",
"""Hej,

Vi driver ett forum för hundägare hos er. Kan ni hjälpa oss att lägga in ett filter som blockerar ord som fitta, hora och idiot i kommentarerna? Vi har fått en del tråkiga inlägg senaste tiden.

Mvh
Moderatorerna, Hundsnack.se""")
    m(B, "sv", "n42", "helvetes/jävla about the weather and delivery", "Paket i regnet",
"""Hej, paketet ställdes utanför dörren i det jävla ösregnet i går och kartongen var helt genomblöt. Skorna klarade sig som tur var. Kan ni be budet ringa på nästa gång? /Jenny""")

    # ================= da
    m(B, "da", "n01", "meeting should be postponed (skydes)", "Møde om ny aftale",
"""Hej Mette,

Vores direktør er syg i denne uge, så mødet om den nye serviceaftale burde måske skydes til næste uge. Passer tirsdag den 12. kl. 10 for jer?

Venlig hilsen
Anders Holm""")
    m(B, "da", "n02", "sign should be hung up (hænges)", "Montering af skilt",
"""Hej,

Jeres montør var her i går, men skiltet burde nok hænges op på den anden side af døren, så det kan ses fra parkeringspladsen. Kan han komme forbi igen i næste uge og flytte det?

Mvh
Sanne, Café Havnen""")
    m(B, "da", "n03", "self-deprecation: feel like a huge idiot", "Slettet alle fotos",
"""Hej,

Jeg føler mig som en kæmpe idiot. Jeg kom til at slette hele mappen med vores feriebilleder i jeres app. Er der nogen mulighed for at gendanne dem? Det var i går aftes omkring kl. 22.

Hilsen Jonas""")
    m(B, "da", "n04", "delivery had to be postponed", "Levering udskudt",
"""Hej,

Jeg fik besked om, at leveringen skulle skydes en uge på grund af manglende varer. Det er helt fint, men kan I sende mig en ny dato på mail? Ordre 30018.

Tak
Birthe""", fmt="qp")
    m(B, "da", "n05", "pathetic little discount complaint about product", "Kompensation?",
"""Hej,

Efter tre uger uden internet tilbyder I mig en ynkelig lille rabat på 50 kr. Det synes jeg ærligt talt ikke står mål med besværet. Kan I se på det igen?

Venlig hilsen
Kasper""")
    m(B, "da", "n06", "football team: 'vi får tæsk'", "Spilletrøjer",
"""Hej!

Vores oldboys-hold får tæsk hver weekend, men vi vil i det mindste se godt ud, haha. Kan vi få tryk af navne på ryggen af de 15 trøjer vi bestilte, eller er det for sent?

Mvh Henrik""")
    m(B, "da", "n07", "hope you don't go bankrupt (long gap)", "Ingen hast",
"""Hej,

Jeg håber virkelig for jeres skyld at I ikke går konkurs, I er den eneste butik der stadig reparerer gamle radioer. Min kan sagtens vente en måned ekstra.

Venlig hilsen
Poul""")
    m(B, "da", "n08", "reporting driver who shouted 'hold kæft'", "Klage over chauffør",
"""Hej,

Jeres chauffør råbte "hold kæft" til min mor på 82, da hun spurgte, om han kunne bære pakken ind. Det synes jeg er under al kritik, og jeg forventer, at I tager en snak med ham.

Venlig hilsen
Lise Madsen""", fmt="alt")
    m(B, "da", "n09", "clumsy: I smash the screen every time", "Skærmbeskyttelse",
"""Hej, hver gang jeg taber telefonen smadrer jeg skærmen, det er tredje gang i år. Sælger I et cover der rent faktisk beskytter? Det skal passe til en Pixel 8. /Mads""")
    m(B, "da", "n10", "pickup: I'll drop by, I promise", "Afhentning",
"""Hej,

Jeg kommer forbi og henter sofaen på lørdag formiddag, det lover jeg dig. Beklager at det har trukket ud. Hvis I vil have betaling på forhånd, så send bare et link.

Mvh Kim""")

    # ================= nb
    m(B, "nb", "n01", "asked someone at the checkout", "Feil pris i kassen",
"""Hei,

Jeg handlet på Storo i går og fikk trukket full pris for en jakke som var merket 30 % avslag. Jeg spurte en på kassen, men hun sa jeg måtte sende e-post. Kvittering ligger vedlagt.

Hilsen
Ingrid""")
    m(B, "nb", "n02", "knows where the office is, will pick up", "Henting av pakke",
"""Hei!

Jeg vet hvor kontoret deres ligger, så jeg kommer forbi og henter pakken selv i morgen etter jobb i stedet for å vente på ny utkjøring. Er det greit?

Mvh
Ole""")
    m(B, "nb", "n03", "colleague should be spared getting fired", "Takk for hjelpen",
"""Hei,

Takk for at dere ordnet opp i bestillingen. Jeg håper selgeren vår Thomas slipper å få sparken for dette, det var faktisk vi som ga ham feil mål.

Vennlig hilsen
Kari Nilsen""")
    m(B, "nb", "n04", "big box when it arrived, styrofoam everywhere", "Emballasje",
"""Hei. Esken var så stor når den kom at den ikke gikk inn døra, og det var isopor overalt i gangen etterpå. Kan dere bruke mindre emballasje? Ellers fornøyd med kommoden. Hilsen Per""")
    m(B, "nb", "n05", "self-deprecation: feel like an idiot", "Glemt passord igjen",
"""Hei, jeg føler meg som en idiot, men jeg har glemt passordet for tredje gang denne måneden. Kan dere sende ny lenke? Den forrige gikk ut før jeg rakk å bruke den. Mvh Silje""")
    m(B, "nb", "n06", "praise: you're insanely good", "Rå service!",
"""Dere er helt rå! Sykkelen var ferdig reparert på to timer, og mekanikeren forklarte alt. Sinnssykt god service, jeg anbefaler dere til alle.

Mvh Even""")
    m(B, "nb", "n07", "reporting a threat received from another user", "Trussel via meldingstjenesten",
"""Hei,

En kjøper skrev "jeg vet hvor du bor" til meg i meldingene etter at jeg kansellerte salget. Jeg har tatt skjermbilde. Kan dere stenge kontoen hans?

Hilsen
Marte""", fmt="html")
    m(B, "nb", "n08", "swearing at product", "Oppdateringen",
"""Faen, appen er helt dritt etter oppdateringen. Den krasjer hver gang jeg åpner kartet. Fiks det, takk. /Stian""")
    m(B, "nb", "n09", "self-description: a gang of fools playing bandy", "Draktbestilling",
"""Hei!

Vi er en gjeng tullinger som spiller bandy hver torsdag, og nå vil vi ha like drakter. Kan vi bestille 14 stk med logo, og hvor lang leveringstid er det?

Mvh Knut""")
    m(B, "nb", "n10", "I could kill for a coffee; dead tired", "Kaffemaskinen",
"""Hei, kaffemaskinen vi leier av dere har stått stille siden mandag. Hele kontoret er dødstrøtt og jeg kunne drept for en kopp kaffe nå :) Kan dere sende en tekniker denne uka?

Hilsen Anne, resepsjonen""")
