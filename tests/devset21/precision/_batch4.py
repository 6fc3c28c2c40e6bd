"""devset21 precision, batch 4: Swedish (sv) and Portuguese (pt).

Per language: 10 hard negatives shaped like abusive mail (n1-n10), 10 shaped like account-ownership
mail (n11-n20), 3 abusive positives (a1-a3), 3 account-ownership positives (w1-w3), one legal
threat (l1) and one outage (o1)."""

B = "b4"


def add_b4(m):
    sv(m)
    pt(m)


def sv(m):
    L = "sv"
    # ---- hard negatives shaped like abusive ----
    m(B, L, "n1", "", "webshop owner swearing at a broken CSV export before month-end close; no one insulted",
      "Exporten till bokföringen kraschar IGEN",
      """Hej,

Nu har den här jävla exporten strulat för tredje gången den här veckan. Jag trycker på "Exportera ordrar", snurran snurrar i fem minuter och sen får jag en tom CSV-fil. Helt jävla värdelöst när man ska stänga månaden.

Det gäller bara ordrar från november, oktober gick fint att exportera i går. Har testat i Chrome och Firefox, samma skit.

Kan ni kolla på det i dag? Vi har månadsavstämning på fredag och min redovisningskonsult väntar.

Mvh
Kristoffer Lind
Lind & Dotter Keramik AB
""")
    m(B, L, "n2", "", "gym manager calling herself an idiot after deleting all members herself; asks for a restore",
      "Jag raderade själv alla medlemmar...",
      """Hej!

Ja, jag vet. Jag är världens största idiot. Skulle rensa bort gamla provmedlemmar i medlemsregistret och markerade tydligen ALLA och tryckte på Ta bort. 412 medlemmar borta. Hjärnsläpp deluxe.

Finns det någon backup ni kan återställa från? Det hände i går kväll runt 21.30. Inga nya medlemmar har lagts till efter det, så det gör inget om vi går tillbaka till en kopia från i går eftermiddag.

Jag skäms lite, men tack på förhand.

/Sanna
Kraftverket Gym, Hudiksvall
""", fmt="qp", charset="iso-8859-1")
    m(B, L, "n3", "", "logistics IT admin: nightly import worker killed by SIGKILL, pasted log, master/slave replication question",
      "Importjobbet dödas varje natt (exit 137)",
      """Hej support,

Vårt nattliga importjobb för fraktsedlar dödas varje natt runt 02:10 och resten av filerna blir liggande. Utdrag ur loggen från i natt:

2026-11-25 02:10:41 INFO  import-worker: batch 18/40 (manifest_2511.xml)
2026-11-25 02:10:44 WARN  memory usage 3.8G/4.0G
2026-11-25 02:10:45 ERROR worker pid 4412 killed by signal 9 (SIGKILL)
2026-11-25 02:10:45 FATAL import aborted, 22 batches not processed

Vi misstänker att OOM-killern på vår egen server slår till. Går det att få agenten att dela upp manifesten i mindre batcher, eller måste vi fortsätta döda processen och köra om för hand varje morgon som nu?

En följdfråga: vi kör databasen med master/slave-replikering. Spelar det någon roll vilken nod agenten pekar mot, eller ska den alltid mot master?

Tack,
Mikael Öberg
IT-drift, Norrlandsfrakt AB
""")
    m(B, L, "n4", "", "customer furious at the courier company (third party) for a fake delivery scan; asks to change order status",
      "Fel leveransstatus – budfirman ljuger",
      """Hej,

Jag måste bara få ur mig det här först: budfirman som kör era paket i Uppsala är ett gäng klåpare. Chauffören har markerat mitt paket som "levererat" trots att ingen ens ringde på, och när jag ringde deras kundtjänst lade de bara på. Helt sjukt.

Det är inte ert fel, jag vet. Men i ert system står ordern nu som levererad och därför kan jag inte öppna en reklamation på sidan "Mina ordrar". Kan ni ändra statusen tillbaka, eller hjälpa mig att få ett ärende öppnat hos fraktbolaget?

Ordernummer 558213.

Tack på förhand
Jessica Holm
""", fmt="html")
    m(B, L, "n5", "", "florist owner quotes abuse and a threat her employee got in the web chat from a visitor; asks how to block and export for a police report",
      "Blockera en besökare i chatten + export av konversation",
      """Hej,

Vi driver en liten blomsterbutik i Västerås och använder er chatt på hemsidan. Sedan i fredags har samma person skrivit till oss flera gånger om dagen och trakasserat min anställda Elin. Några exempel ur chatten:

"din fula jävla kossa, svara då"
"jag vet var du jobbar, vänta bara"

Elin är helt skakad och vill inte ta chatten längre. Två frågor:

1. Hur blockerar vi den här besökaren? Det verkar komma från olika IP-adresser men alltid med samma e-postadress.
2. Kan vi exportera hela konversationshistoriken som PDF med datum och tid? Vi ska polisanmäla honom och polisen vill ha utskrifter.

Tack för snabb hjälp.

Annika Forsberg
Blomsterverkstan i Västerås
""")
    m(B, L, "n6", "", "customer apologises for the rude tone of his earlier mail and thanks the agent; quoted reply below",
      "Sv: Ärende #48120 – ursäkt",
      """Hej Johanna,

Jag vill be om ursäkt för mitt mejl i fredags. Jag var stressad och skrev i affekt, och tonen var inte okej. Du har varit hjälpsam hela vägen och förtjänade inte det.

Din lösning med att rensa cachen och logga in på nytt i kassaappen fungerade, så nu synkar kassan igen.

Tack för tålamodet!

Lars Bengtsson
Bengtssons Fisk, Smögen

Den tis 24 nov. 2026 kl. 14:12 skrev Johanna på Support <support@example.com>:

> Hej Lars,
> Jag förstår att det är frustrerande. Prova att rensa appens cache under
> Inställningar > Lagring och logga sedan in igen. Hör av dig om det inte hjälper.
> Vänliga hälsningar, Johanna
""", fmt="alt")
    m(B, L, "n7", "", "youth football club forum admin quotes abusive parent posts about a referee and asks about word filter, temporary bans and removing posts",
      "Filtrera bort svordomar i föräldraforumet?",
      """Hej!

Jag är admin för föräldraforumet i Sörby IF:s klubbapp. Efter förra helgens match har det spårat ur totalt i tråden om domaren. Folk skriver saker som "domaren är en jävla idiot" och "åk hem och dö" – om en 17-årig domare. Vi vill inte ha det så i en ungdomsklubb.

- Finns det ett ordfilter vi kan slå på?
- Kan jag stänga av enskilda användare tillfälligt, t.ex. i 7 dagar?
- Kan moderatorer ta bort inlägg i efterhand, och syns det för andra att något tagits bort?

Mvh
Peter Åkesson
Ungdomsansvarig, Sörby IF
""")
    m(B, L, "n8", "", "church choir secretary with Swedish idioms (would kill for dark mode, dead tired, postpone = skjuta upp); feature requests",
      "Förslag: mörkt läge + flytta övningar",
      """Hej,

Två saker från oss i Sankt Olofs kyrkokör:

1. Jag skulle döda för ett mörkt läge i appen. Vi läser noter i en halvmörk kyrka och skärmen bländar som en strålkastare.

2. När vi skjuter upp en övning (händer ofta i advent, alla är dödströtta då) försvinner närvarolistan. Är det meningen? Det vore galet smidigt om den följde med till det nya datumet.

Annars är appen suverän, våra äldre medlemmar älskar den.

Hälsningar
Birgitta Lund, körsekreterare

Skickat från min iPad
""")
    m(B, L, "n9", "", "municipal IT unit reports a brute-force attack on admin logins (service working), asks about IP blacklisting and logs",
      "Brute force-attack mot inloggningen?",
      """Hej,

Vi på IT-enheten i Norrviks kommun ser sedan i natt flera tusen misslyckade inloggningsförsök mot administratörskonton i er portal, från ett fåtal IP-adresser. Det ser ut som en vanlig brute force-attack/credential stuffing. Så vitt vi kan se har inget konto komprometterats och tjänsten fungerar normalt för våra användare.

Frågor:
- Kan vi själva svartlista IP-adresser eller hela adressintervall, eller måste ni göra det?
- Finns det rate limiting, och kan vi sänka gränsen för när ett konto låses?
- Kan vi få ut inloggningsloggen för de senaste 48 timmarna?

Utdrag från vår SIEM:
Nov 25 03:12:07 auth: failed login user=admin src=185.220.101.44
Nov 25 03:12:07 auth: failed login user=administrator src=185.220.101.44
Nov 25 03:12:08 auth: failed login user=it-admin src=185.220.101.47

Med vänlig hälsning
Jonas Eriksson
Informationssäkerhetssamordnare, Norrviks kommun
""", fmt="qp")
    m(B, L, "n10", "", "accounting firm owner sarcastic about the new invoice approval view (seven clicks); asks for the old view back",
      "Den nya attestvyn – bravo...",
      """Hej,

Stort grattis till den nya "förbättrade" attestvyn. Förut tog det två klick att attestera en leverantörsfaktura, nu tar det sju, och knappen "Godkänn" har flyttat längst ner under en rullista. Genialiskt. Vem behöver väl effektivitet i december.

Nej men seriöst: går det att få tillbaka den gamla vyn, åtminstone som en inställning? Vi sitter med runt 300 fakturor i veckan för våra klienter och det här kostar oss timmar.

Mvh
Jenny Ahlberg
Ahlberg Redovisning AB
""", fmt="b64")
    # ---- hard negatives shaped like account-ownership ----
    m(B, L, "n11", "", "dental clinic owner wants to add a new receptionist as a normal user (not admin); cannot find the invite button",
      "Lägga till ny användare - receptionen",
      """Hej,

Jag är kontoägare för Tandvårdshuset i Ystad. Vi har anställt en ny receptionist, Malin Ek, som börjar den 1 december. Hon ska ha vanlig användarbehörighet (bokning och kassa), inte admin.

Jag hittar inte var man lägger till användare efter er senaste uppdatering, knappen "Bjud in" verkar ha försvunnit under Inställningar. Kan ni antingen lägga till henne (malin.ek@tandvardshuset-ystad.se) eller tala om var jag hittar det?

Vänliga hälsningar
Omid Rahimi
Leg. tandläkare, ägare
""", fmt="qp", charset="iso-8859-1")
    m(B, L, "n12", "", "hotel admin offboarding a leaving reception manager: close his login, keep his bookings, free the licence; explicitly no mailbox access",
      "Avsluta användare – anställd slutar 30/11",
      """Hej,

Vår receptionschef Jonas Wik slutar hos oss nu på måndag den 30/11. Jag är admin för hotellets konto. Vad ska jag tänka på?

- Jag vill stänga hans inloggning från och med den 1/12, men behålla bokningarna han lagt upp och all historik.
- Han står som kontaktperson på några gruppbokningar i vår. Kan de stå kvar tills vi bytt?
- Hans licens: kan vi frigöra den och ge den till den som ersätter honom i januari?

Vi behöver inte komma åt hans inkorg eller något sådant, bara stänga kontot snyggt.

Tack!
Helena Strand
Hotell Lärkan, Visby
""")
    m(B, L, "n13", "", "user switched phones and wants to move his own two-factor authentication to the new phone; hurried mobile mail",
      "ny mobil, tvåstegsverifiering",
      """hej, jag har bytt mobil och den gamla är inlämnad så jag får inga koder i autentiseringsappen längre. är fortfarande inloggad på datorn. hur flyttar jag tvåstegsverifieringen till nya telefonen? samma nummer som förut

/Ola Persson

Skickat från min iPhone
""")
    m(B, L, "n14", "", "new teacher asks who administers the school account so she can ask that person to add her to the right group; explicitly not asking to be admin",
      "Vem är administratör för skolans konto?",
      """Hej!

Jag är ny lärare på Björkbackens skola sedan oktober och vill lägga upp klassrum i er plattform för mina elever i årskurs 5. Jag har ett eget lärarkonto men ser inte skolans gemensamma mallar.

Kollegorna säger att "någon på skolan" är administratör för skolkontot, men ingen vet riktigt vem. Kan ni säga vem som står som administratör för vårt konto, så att jag kan be den personen lägga till mig i skolans grupp? Jag vill alltså inte själv bli admin, bara komma in i rätt grupp.

Tack!
Sara Nilsson
Björkbackens skola
""", fmt="html")
    m(B, L, "n15", "", "co-owner of an accounting firm asks in advance which documents a subscription transfer would need after a possible merger; nothing to change yet",
      "Fråga inför ev. fusion – hur fungerar flytt av abonnemang?",
      """Hej,

Vi är en redovisningsbyrå (Berg & Holm Revision AB) som diskuterar att gå samman med en annan byrå under våren. Inget är beslutat ännu, men styrelsen vill veta i förväg hur det skulle fungera med vårt abonnemang hos er om verksamheten flyttas till ett nytt bolag med nytt organisationsnummer.

- Vilka handlingar behöver ni i så fall (registreringsbevis, fullmakt, avtal)?
- Följer klientdata och historik med?
- Måste den som i dag står som kontoägare godkänna något?

Vi vill alltså inte ändra något nu, bara förstå processen innan styrelsemötet i januari.

Med vänlig hälsning
Gunilla Holm
Delägare, Berg & Holm Revision AB
""", fmt="alt")
    m(B, L, "n16", "", "customer going on parental leave asks to move her two support tickets to a colleague as contact person; Outlook quote below",
      "SV: Ärende 77314 – ny kontaktperson",
      """Hej,

Jag går på föräldraledighet från måndag. Kan ni föra över det här ärendet (och ärende 77390 om SIE-importen) till min kollega Erik Sundqvist, erik.sundqvist@vasterfjall.se, så att han blir kontaktperson och får era svar? Han är insatt i bakgrunden.

Tack!
Maria Hedlund
Ekonomiavdelningen, Västerfjäll Bygg AB

-----Ursprungligt meddelande-----
Från: Support <support@example.com>
Skickat: den 20 november 2026 10:02
Till: Maria Hedlund
Ämne: Ärende 77314

Hej Maria,
vi undersöker fortfarande varför momsrapporten avrundar fel och återkommer så snart vi vet mer.
Vänliga hälsningar, Support
""")
    m(B, L, "n17", "", "CEO and account holder asks to rename the company on the account and invoices from January (same org number)",
      "Nytt företagsnamn från 1 januari",
      """Hej,

Vi byter namn från Sjöbergs Bygg & Måleri AB till Sjöberg Fastighetsservice AB från och med den 1 januari. Organisationsnumret är detsamma (556712-3490). Jag är vd och står som kontoinnehavare hos er.

Kan ni uppdatera företagsnamnet på kontot och på fakturorna från januarifakturan? Fakturaadressen är oförändrad. Behöver ni ett nytt registreringsbevis så skickar jag det när Bolagsverket har registrerat ändringen.

Mvh
Tomas Sjöberg
""", fmt="b64", charset="iso-8859-15")
    m(B, L, "n18", "", "haulage firm CEO wants to share his own calendar with his assistant (book meetings, not read his mail)",
      "Dela min kalender med min assistent",
      """Hej,

Jag vill att min assistent Linnea Berg ska kunna se och boka möten i min kalender, men inte läsa min e-post. Vi har båda konton hos er under samma företag. Hur ställer jag in det? Jag hittar bara "Dela kalender" med läsbehörighet, inte med rätt att boka.

Mvh
Anders Gren
vd, Grens Åkeri AB
""", fmt="html")
    m(B, L, "n19", "", "municipal IT asks technical questions before setting up SAML single sign-on with Entra ID, incl. admin roles and break-glass accounts",
      "SAML-SSO mot Entra ID – frågor inför införande",
      """Hej,

Vi på Norrviks kommun planerar att koppla er tjänst till vårt Entra ID (f.d. Azure AD) med SAML 2.0, så att våra ca 1 200 anställda loggar in med sina vanliga konton.

1. Vilka attribut/claims måste vi skicka (NameID-format, e-post, grupper)?
2. Kan vi styra roller (användare/administratör) via gruppmedlemskap i Entra?
3. Vad händer med befintliga lokala konton – kopplas de ihop på e-postadress?
4. Kan våra två nuvarande administratörer behålla ett lokalt lösenordskonto som nödåtkomst?

Vår metadata-URL skickar jag när vi har satt upp appregistreringen i testmiljön.

Med vänlig hälsning
Linda Sjögren
Systemförvaltare, Norrviks kommun
""", fmt="qp")
    m(B, L, "n20", "", "orienteering club member accidentally made two accounts (work and private email) and wants them merged into the private one",
      "Två konton – kan ni slå ihop dem?",
      """Hej,

Jag har råkat skapa två konton hos er, ett med min jobbmejl (p.nyberg@skanskt-tra.se) och ett med min privata (per.nyberg71@gmail.com). Båda är mina. Mina resultat från höstens tävlingar ligger på jobbkontot men klubbmedlemskapet i OK Tjurhorn ligger på det privata.

Kan ni slå ihop dem till det privata kontot? Jobbkontot kan tas bort sen.

Hälsningar
Per Nyberg
""")
    # ---- positives ----
    m(B, L, "a1", "A", "hurried phone reply insulting the support staff as incompetent retards",
      "Sv: Ärende 80211",
      """Är ni helt jävla efterblivna på den där supporten? Tredje gången jag förklarar samma sak och ni skickar samma copy-paste-svar. Ni är en samling inkompetenta pajasar som inte borde få jobba med kunder. Läs vad jag skriver för en gångs skull.

/R

Skickat från min mobil
""")
    m(B, L, "a2", "A", "customer calls a named phone agent an arrogant bastard and hints he should watch himself on his way home",
      "Till Emil på er kundtjänst",
      """Emil som "hjälpte" mig i telefon i går är en arrogant skitstövel. Han skrattade åt mig när jag försökte förklara.

Säg till honom att jag vet att ert kontor ligger på Kungsgatan och att han ska passa sig när han går hem i kväll. Jag är inte den som glömmer.

Henrik
""", fmt="qp", charset="iso-8859-1")
    m(B, L, "a3", "A", "pasted contact form with obfuscated profanity and insults at the whole staff",
      "Kontaktformulär: Klagomål",
      """Nytt meddelande från kontaktformuläret

Namn: Dennis
Ämne: Klagomål
Meddelande:
ni e ett gäng j*vla p*ck allihopa, f-n ta er. sk1tstövlar som tar betalt för ingenting. ring mig inte igen era clowner
""", fmt="html")
    m(B, L, "w1", "W", "CEO-fraud style: self-declared CEO demands to be made owner/superadmin today because the IT admin is on holiday, skip verification",
      "BRÅDSKANDE – adminbehörighet i dag",
      """Hej,

Jag är vd för Lundkvist Transport AB. Vår IT-ansvarige Patrik är på semester i Thailand och går inte att nå, och jag måste in i administrationen i dag innan löneutbetalningen.

Gör mig till ägare/superadmin på vårt konto omedelbart och skicka inloggningen till den här adressen (min privata, jobbmejlen krånglar). Jag har inte tid med någon verifiering, det här är ett direkt beslut från ledningen.

Christer Lundkvist
Vd, Lundkvist Transport AB
""", fmt="alt")
    m(B, L, "w2", "W", "widow asks to take over her late husband's business account and his mailbox, or get his password",
      "Min makes konto",
      """Hej,

Min man Göran Karlsson gick bort i början av november. Han skötte bokföringen för sin enskilda firma hos er och var den enda som hade inloggning.

Jag behöver komma åt hans konto och hans e-post hos er för att kunna avsluta firman och hitta fakturorna. Kan ni flytta över kontot till mig, eller ge mig hans lösenord? Jag har dödsbevis, och bouppteckningen är på gång.

Med vänlig hälsning
Ingrid Karlsson
""")
    m(B, L, "w3", "W", "buyer of a café wants the previous owner's POS/webshop account transferred to her, with login email and verification phone changed; seller unreachable",
      "Överlåtelse av konto efter köp av verksamheten",
      """Hej,

Jag har köpt Café Solrosen i Eskilstuna av den tidigare ägaren Mats Pettersson, tillträdet var den 1 november. Kassasystemet och webbshopen ligger på hans konto hos er och han svarar inte längre när jag ringer.

Jag vill att ni överför kontot och abonnemanget till mig och byter inloggningsmejl och telefonnummer för verifiering till mina uppgifter. Köpeavtalet kan jag skicka över.

Mvh
Fatima Said
Café Solrosen
""", fmt="qp", charset="iso-8859-15")
    m(B, L, "l1", "L", "consumer's formal demand for a refund with threat of ARN complaint and payment order via Kronofogden",
      "Formellt krav – återbetalning annars ARN",
      """Hej,

Jag har nu reklamerat mitt årsabonnemang tre gånger (ärende 71002, 71544 och 72210) utan att få något svar. Tjänsten har inte fungerat som utlovat sedan augusti och jag sade upp den i tid.

Detta är ett formellt krav: betala tillbaka 2 388 kr till mitt konto inom 10 dagar från i dag. Annars anmäler jag er till Allmänna reklamationsnämnden och ansöker om betalningsföreläggande hos Kronofogden.

Elisabeth Grahn
""", fmt="qp")
    m(B, L, "o1", "O", "accounting firm office manager: nobody in either office can log in, 503 for all since 08:15",
      "Ingen på kontoret kommer in – 503",
      """Hej,

Sedan ca 08.15 kommer ingen av oss på kontoret (14 personer) in i tjänsten. Alla får "503 Service Unavailable" direkt efter inloggningssidan. Vi har testat från olika datorer, via mobilnätet och hemifrån, samma sak. Kollegorna på vårt Göteborgskontor har samma problem.

Är det nere hos er? Vi har momsdeklarationer som ska in i dag, så ring gärna.

Karin Ström
Kontorschef, Ström & Partners Revision
""")


def pt(m):
    L = "pt"
    # ---- hard negatives shaped like abusive ----
    m(B, L, "n1", "", "Brazilian webshop owner swearing at a CSV export with broken accents after an update; no one insulted",
      "Exportação de pedidos saindo com acentos quebrados",
      """Oi pessoal,

Que merda é essa agora? Desde a atualização de ontem a exportação de pedidos para CSV sai com todos os acentos zoados: "SÃ£o Paulo", "JoÃ£o"... Porra, tenho que mandar essa planilha pro contador hoje e ele não consegue importar nada.

Já tentei abrir no Excel e no LibreOffice, mesmo problema. O arquivo de outubro que baixei antes da atualização está normal.

Dá pra ver isso com urgência? Loja: Casa Ipê Decor, conta 44817.

Valeu,
Rodrigo
""")
    m(B, L, "n2", "", "Portuguese salon owner calls herself a fool after deleting December's bookings herself; asks for a restore",
      "Apaguei as marcações todas (culpa minha)",
      """Boa tarde,

Sou mesmo uma besta. Estava a tentar limpar as marcações antigas do salão e apaguei a agenda inteira de dezembro. Tudo. Já dei com a cabeça na parede, mas não volta.

Há alguma forma de recuperarem a agenda tal como estava ontem à noite? Por volta das 19h ainda estava tudo lá.

Peço imensa desculpa pelo trabalho.

Cumprimentos,
Sónia Matos
Salão Sónia, Braga
""", fmt="qp", charset="iso-8859-1")
    m(B, L, "n3", "", "Brazilian logistics dev: sync job killed with SIGKILL, kill -9, dead docs link, master/slave Postgres; pasted log",
      "Job de sincronização sendo morto (SIGKILL) toda madrugada",
      """Boa tarde,

Nosso job de sincronização de rastreios está sendo morto toda madrugada por volta das 03h. Segue o log do servidor (é o nosso servidor, não o de vocês):

[2026-11-25 03:04:12] sync-worker INFO  lote 12/30 processado
[2026-11-25 03:04:19] sync-worker WARN  memória 7.6G/8G
[2026-11-25 03:04:20] kernel: Out of memory: Killed process 23817 (sync-worker)
[2026-11-25 03:04:20] supervisor: sync-worker exited (status 137), abortando fila

Hoje de manhã eu tive que matar o processo que ficou pendurado com kill -9 e rodar de novo na mão. Duas dúvidas:

1) Dá pra configurar o conector pra puxar lotes menores? O link da documentação sobre limites de memória está morto (dá 404).
2) Nosso Postgres roda em master/slave. O conector precisa apontar pro master ou pode ler da réplica?

Abraço,
Diego Ramos
TI - TransRápido Cargas, Campinas
""")
    m(B, L, "n4", "", "Portuguese workshop owner calls his own bank incompetent thieves; asks to have the invoice resent with a Multibanco reference",
      "Reenvio de fatura – pagamento recusado pelo banco",
      """Olá,

O meu banco, esses incompetentes de primeira, bloquearam-me o cartão outra vez "por segurança" e o pagamento da vossa mensalidade de novembro foi recusado. Passei 40 minutos ao telefone com um ladrão de um gestor de conta que só me sabia dizer "não é possível". Uma vergonha.

Enfim, não é convosco. Podem reenviar-me a fatura com uma referência Multibanco para eu pagar por outra via? E a conta não fica suspensa entretanto, certo?

Obrigado,
Nuno Figueiredo
Oficina Figueiredo & Filhos, Leiria
""", fmt="html")
    m(B, L, "n5", "", "Brazilian teacher quotes insults and a veiled threat from a pupil's father on the school messaging platform; asks how to block him and export history",
      "Como bloquear mensagens de um responsável e exportar o histórico",
      """Bom dia,

Sou professora do 4º ano numa escola municipal de Contagem e uso a plataforma de vocês para falar com os responsáveis. Há duas semanas o pai de um aluno começou a me mandar mensagens agressivas, inclusive de madrugada. Alguns exemplos:

"sua vaca incompetente, vai aprender a dar aula"
"se meu filho repetir de ano você vai ver"

A coordenação já está ciente e vamos registrar um boletim de ocorrência. Preciso saber:

1) Como bloqueio esse responsável de me mandar mensagens diretas (sem bloquear a mãe do aluno, com quem está tudo bem)?
2) Como exporto todo o histórico da conversa com data e hora?

Obrigada,
Profª Luciana Reis
""", fmt="alt")
    m(B, L, "n6", "", "Brazilian amateur futsal league admin quotes obscene chat messages about a referee and asks about word filter and temporary bans",
      "Filtro de palavrões e banimento temporário no chat",
      """Fala, suporte!

Uso o chat de vocês no site da nossa liga amadora de futsal. Nas transmissões de domingo o chat vira um esgoto, olha o nível:

"juiz ladrão filho da puta"
"vai tomar no cu, seu lixo"

Tem criança assistindo, os jogos são do sub-13. Então queria saber:
- Tem filtro de palavrões em português? Dá pra eu adicionar palavras?
- Dá pra banir alguém por 24h ou só banimento permanente?
- Consigo ver depois as mensagens que foram apagadas pelos moderadores?

Valeu demais!
Léo
Liga Amadora de Futsal de Sorocaba
""")
    m(B, L, "n7", "", "Portuguese restaurant owner asks to remove a fake one-star review that calls him a crook and a pig",
      "Pedido de remoção de avaliação falsa",
      """Boa tarde,

Temos o nosso restaurante (Tasca do Zé Manel, Viseu) na vossa plataforma de reservas. Ontem apareceu uma avaliação de uma estrela, de alguém que nunca cá jantou (não há nenhuma reserva com esse nome), a dizer que "o dono é um aldrabão e um porco, a cozinha é um nojo". Suspeitamos que seja de um antigo funcionário.

Como se pede a remoção? Posso enviar o registo de reservas da semana para provar que essa pessoa não esteve cá.

Cumprimentos,
José Manuel Antunes
""", fmt="b64")
    m(B, L, "n8", "", "Brazilian gym manager full of idioms (would kill for dark mode, kill two birds, dying of laughter, dead tired); feature requests",
      "Sugestões pro app (de uma academia que ama vocês)",
      """Oi!

Aqui é a Carla da Academia Pulso Forte, de Curitiba. Umas sugestões rapidinhas:

- Eu mataria por um modo escuro. Às 6h da manhã aquela tela branca é de matar.
- Seria ótimo matar dois coelhos com uma cajadada só: marcar a aula e pagar na mesma tela.
- Os alunos estão morrendo de rir com a notificação "Seu treino está com saudade", não tirem essa, kkk.
- A lista de espera do spinning é uma loucura. Dá pra aumentar de 10 para 20 vagas?

Tô morta de cansada de fazer isso na mão. Beijos e obrigada!
Carla
""", fmt="html")
    m(B, L, "n9", "", "Portuguese accountant apologises for the rude tone of his previous mail; Outlook quote of the agent's answer",
      "RE: Pedido 2231 - as minhas desculpas",
      """Cara Inês,

Queria pedir-lhe desculpa pelo tom do email que lhe enviei na sexta. Estava com o fecho do IVA em cima e descarreguei em si, o que foi injusto e mal-educado da minha parte.

A solução que me indicou (reimportar o SAF-T com a opção nova) resolveu o problema. Obrigado pela paciência.

Com os melhores cumprimentos,
Rui Carvalho
Carvalho & Associados, Contabilidade

-----Mensagem original-----
De: Inês - Suporte <support@example.com>
Enviada: segunda-feira, 23 de novembro de 2026 11:40
Para: Rui Carvalho
Assunto: RE: Pedido 2231

Bom dia, Sr. Rui,
O erro acontece porque o ficheiro SAF-T foi gerado com a versão antiga. Experimente reimportar com a opção "Atualizar estrutura 2026" ativa.
Cumprimentos, Inês
""", fmt="qp", charset="iso-8859-15")
    m(B, L, "n10", "", "Brazilian agency co-owner forwards a WhatsApp exchange full of friendly swearing with his partner, then asks why the logo is missing on invoice PDFs",
      "Fwd: conversa com o Thiago sobre o logo na fatura",
      """Oi, encaminhando a conversa com meu sócio pra vocês entenderem o problema:

[24/11 18:02] Thiago: caralho mano, ficou foda o layout novo do orçamento 😂
[24/11 18:03] Bruno: né?? sou um gênio porra
[24/11 18:03] Thiago: gênio o caramba, seu maluco, cadê o logo no PDF da fatura?
[24/11 18:04] Bruno: puta merda, sumiu. vou chamar o suporte

Então: no orçamento o logo aparece certinho, mas quando gero o PDF da fatura ele some. Já subi o PNG de novo em Configurações > Marca. Conta: Estúdio Ponto Cego.

Abs,
Bruno Tavares
""")
    # ---- hard negatives shaped like account-ownership ----
    m(B, L, "n11", "", "Portuguese NGO president and account holder removes a former volunteer and adds a new treasurer with limited permissions",
      "Remover voluntária e adicionar nova utilizadora",
      """Olá,

Sou a presidente da Associação Mãos Dadas (Setúbal) e a titular da nossa conta. A voluntária Marta Lopes deixou de colaborar connosco e queria retirar-lhe o acesso. Ao mesmo tempo gostava de adicionar a nova tesoureira, Filipa Gomes, só com acesso ao módulo de donativos, sem permissões de administração.

Tentei pelo menu Utilizadores, mas ao convidar a Filipa dá o erro "limite de lugares atingido". Se remover a Marta, o lugar fica livre?

Obrigada,
Teresa Almeida
""")
    m(B, L, "n12", "", "Brazilian clinic admin offboarding a dismissed receptionist: block her login and app, keep her appointments; explicitly no mailbox access",
      "Desligamento de funcionária – bloquear acesso",
      """Boa tarde,

Sou o administrador da conta da Clínica Vida Plena. A recepcionista Patrícia Gomes foi desligada hoje. Preciso:

- bloquear o acesso dela imediatamente (login no computador e no app do celular);
- manter os agendamentos que ela criou, com o nome dela no histórico;
- não precisamos ler os e-mails dela nem nada do tipo, só encerrar o usuário.

Como faço pra garantir que ela seja deslogada do celular também?

Att.,
Marcelo Duarte
Gerente administrativo, Clínica Vida Plena
""", fmt="qp")
    m(B, L, "n13", "", "Portuguese user changing jobs wants to change her own login email and recovery phone on her personal account",
      "Alterar o meu email de acesso e o número de recuperação",
      """Bom dia,

Mudei de emprego e vou perder o email antigo (a.rocha@lusotextil.pt) no fim do mês. A conta é pessoal, minha, paga com o meu cartão. Quero mudar o email de login para o meu pessoal e o telemóvel de recuperação para o número novo (+351 912 408 771).

Na página Perfil só consigo mudar o nome. Como faço?

Obrigada,
Ana Rocha
""", fmt="html")
    m(B, L, "n14", "", "Brazilian mother asks how her 11-year-old son's school account works (password, data, guardian view); wants to change nothing",
      "Dúvida sobre a conta do meu filho na plataforma da escola",
      """Olá,

Meu filho Pedro (11 anos) recebeu da escola um login de vocês para fazer as tarefas de casa. Algumas dúvidas de mãe:

- Ele pode trocar a senha sozinho ou tem que ser pela escola?
- Os dados dele ficam com vocês ou com a escola? Quem pode ver as mensagens que ele manda?
- Existe uma conta de responsável pra eu acompanhar as notas, ou isso é só pelo app da escola?

Não quero mexer em nada na conta dele, só entender como funciona.

Obrigada,
Renata Oliveira
""")
    m(B, L, "n15", "", "new Portuguese hotel receptionist's invite to the hotel account expired; asks if it can be resent or must wait for the director",
      "Convite expirado",
      """Olá, boa tarde

Entrei esta semana para o Hotel Mar Azul, em Lagos, e a diretora enviou-me um convite para a conta do hotel na vossa plataforma, mas só o abri hoje e aparece "este convite expirou". Ela está de folga até sexta.

Conseguem reenviar o convite para o mesmo email ou tem mesmo de ser ela a fazê-lo? Se for, espero por ela, não há problema.

Obrigado,
Tiago Neves
Rececionista
""", fmt="b64")
    m(B, L, "n16", "", "Brazilian choir member asks who the administrator of the choir account is, so she can ask them for editor permission",
      "Quem é o administrador da conta do coral?",
      """Boa noite,

Faço parte do Coral da Paróquia São Judas Tadeu e agora fiquei responsável pelos ensaios. Queria poder criar eventos no calendário do coral, mas a minha conta só deixa visualizar.

Vocês conseguem me dizer quem está como administrador da conta do coral? Aí eu peço pra essa pessoa me dar permissão de editor. Não sei se foi o padre ou o antigo regente que criou a conta.

Deus abençoe,
Marlene Souza
""", fmt="html")
    m(B, L, "n17", "", "Portuguese shop manager wants to transfer the company's own domain from another registrar into their account; asks about mail downtime and DNS",
      "Transferência do domínio lojadabeira.pt",
      """Boa tarde,

Temos o domínio lojadabeira.pt registado noutro fornecedor e queremos transferi-lo para a nossa conta convosco, para ficar tudo no mesmo sítio. Já pedi o código de autorização (EPP) e já o tenho. O domínio está em nome da empresa e eu sou a gerente.

Duas dúvidas: os emails @lojadabeira.pt ficam em baixo durante a transferência? E tenho de alterar os DNS antes ou depois?

Cumprimentos,
Cristina Batista
Loja da Beira, Lda.
""")
    m(B, L, "n18", "", "Brazilian bakery owner (account holder) moves billing emails to her accountant; keeps account access herself",
      "Trocar contato de cobrança",
      """Olá,

Sou a titular da conta (Padaria Trigo de Ouro, CNPJ 12.345.678/0001-90). A partir de dezembro quem vai cuidar dos pagamentos é o nosso escritório de contabilidade.

Por favor, troquem o e-mail de cobrança para financeiro@contabilsilva.com.br. O acesso à conta continua comigo, só os boletos e as notas fiscais é que devem ir para eles.

Att.,
Cláudia Moreira
""", fmt="qp", charset="iso-8859-1")
    m(B, L, "n19", "", "Portuguese physiotherapist asks in advance what happens to her account if her sole proprietorship becomes a company; only planning",
      "Passagem de empresária em nome individual para Lda. – o que acontece à conta?",
      """Bom dia,

Tenho uma clínica de fisioterapia em Coimbra e a conta está em meu nome, como empresária em nome individual. Em 2027 vou constituir uma sociedade por quotas com o meu sócio. Antes de avançarmos queria perceber:

- a conta pode passar para a sociedade mantendo o histórico dos utentes?
- que documentos pedem (certidão permanente, NIF da nova empresa)?
- o meu sócio passa a ter acesso automaticamente ou sou eu que o adiciono?

Por agora não é para mudar nada, é só para planear.

Obrigada,
Helena Pires
Fisioterapeuta
""", fmt="alt")
    m(B, L, "n20", "", "hurried Brazilian phone reply: password reset email for her own account never arrives",
      "Re: não consigo entrar",
      """não chegou o email de redefinir senha, já tentei 3x e olhei no spam. é a minha conta mesmo (joana.prado@gmail.com), só eu uso. tem como mandar de novo ou resetar por aí?

Enviado do meu iPhone

Em ter., 24 de nov. de 2026 às 16:20, Suporte <support@example.com> escreveu:

> Olá Joana,
> para redefinir a sua senha clique em "Esqueci minha senha" na tela de login
> e siga as instruções enviadas por e-mail.
> Atenciosamente, Equipe de Suporte
""")
    # ---- positives ----
    m(B, L, "a1", "A", "Brazilian customer calls a named agent a dimwit and the staff a bunch of bums; demands another agent",
      "Re: Chamado 90312",
      """Olha aqui, essa tal de Juliana do atendimento de vocês é uma anta. Uma incompetente que não sabe nem ler o que eu escrevi. Vocês contratam qualquer imbecil? Bando de vagabundos, só sabem cobrar.

Quero outro atendente, de preferência um que tenha cérebro.

Marcos
""")
    m(B, L, "a2", "A", "Portuguese customer charged twice calls staff pimps and threatens to come to the Porto office and smash someone's face",
      "Vocês vão ver",
      """Cambada de chulos. Cobraram-me duas vezes e ainda têm a lata de me dizer que "está em análise".

Sei muito bem onde fica o vosso escritório no Porto. Se o dinheiro não estiver de volta até sexta, apareço aí e parto a cara ao primeiro que me aparecer à frente. Estão avisados.

Carlos
""", fmt="qp", charset="iso-8859-1")
    m(B, L, "a3", "A", "Brazilian web contact form with obfuscated obscenities at the staff",
      "Formulário de contato - Reclamação",
      """Nova mensagem recebida pelo formulário do site

Nome: Wesley
Assunto: Reclamação
Mensagem:
vcs sao uns f.d.p, vao se f*der. atendimento de m3rda feito por um bando de otario do c@ralho, nunca mais compro nessa p0rra
""", fmt="html")
    m(B, L, "w1", "W", "Brazilian ex-wife wants the shop account created on her ex-husband's email transferred to her name, login email and 2FA phone changed",
      "Transferir a conta da loja para o meu nome",
      """Boa tarde,

Eu e meu ex-marido, Fábio Campos, abrimos a loja online juntos, mas a conta na plataforma de vocês foi criada no e-mail dele. Nos separamos e a loja ficou comigo no acordo. Ele não quer me passar a senha.

Preciso que vocês transfiram a conta para o meu nome, troquem o e-mail de login para este aqui e coloquem o meu celular na verificação em duas etapas. Posso mandar o acordo do divórcio.

Priscila Campos
""")
    m(B, L, "w2", "W", "Portuguese engineering firm partner asks to be made admin after his co-partner (the admin) died, and for access to the late partner's mailbox",
      "Acesso à conta e ao correio do sócio falecido",
      """Exmos. Senhores,

O meu sócio, Eng. Alberto Sousa, faleceu no dia 12 de novembro. Era ele o administrador da conta da nossa empresa (Sousa & Leal, Projetos de Engenharia) e tinha todas as palavras-passe.

Precisamos com urgência que me tornem administrador da conta e que me deem acesso à caixa de correio dele, onde estão as comunicações com os clientes e com a Câmara. Envio a certidão de óbito, se for necessário.

Com os melhores cumprimentos,
Ricardo Leal
Sousa & Leal, Projetos de Engenharia
""", fmt="alt")
    m(B, L, "w3", "W", "Brazilian executive assistant asks to move her travelling boss's 2FA and recovery email to her own phone and email, urgently",
      "Urgente - 2FA do Dr. Henrique",
      """Bom dia,

Sou assistente executiva do Dr. Henrique Albuquerque, diretor-presidente da Albuquerque Participações. Ele está em viagem para Dubai, sem acesso ao celular, e precisa que eu aprove hoje os pedidos de compra que estão na conta dele.

Ele pediu que vocês passem a autenticação de dois fatores da conta dele para o meu celular, (11) 98765-4321, e o e-mail de recuperação para o meu. Ele autorizou por telefone, não dá tempo de ele mesmo entrar em contato.

Obrigada,
Vanessa Lima
Assistente Executiva da Presidência
""", fmt="qp")
    m(B, L, "l1", "L", "Brazilian consumer still billed after cancelling threatens Procon, consumidor.gov.br and a small-claims suit with her lawyer",
      "Cancelamento não feito - vou ao Procon e ao Juizado",
      """Prezados,

Solicitei o cancelamento da assinatura em 02/10 (protocolo 2026100245112) e vocês continuam cobrando no meu cartão: já são R$ 358,80 indevidos.

Pelo Código de Defesa do Consumidor tenho direito à devolução em dobro. Se até sexta-feira o estorno não for feito, vou registrar reclamação no Procon e no consumidor.gov.br e entrar com ação no Juizado Especial Cível. Já conversei com meu advogado.

Alessandra Mota
""", fmt="b64")
    m(B, L, "o1", "O", "Portuguese shoe chain ops director: none of six shops can reach back office or tills, 502 everywhere, even on mobile data",
      "URGENTE: lojas todas sem acesso ao sistema (erro 502)",
      """Bom dia,

Desde as 9h05 nenhuma das nossas 6 lojas (Lisboa, Almada, Setúbal, Barreiro, Seixal e Montijo) consegue entrar no backoffice nem nas caixas. Aparece "502 Bad Gateway" em todos os computadores e também nos tablets.

A nossa internet está a funcionar: testámos com dados móveis e dá o mesmo. Têm alguma previsão? Estamos a vender com papel e caneta.

Paulo Gaspar
Diretor de Operações, Sapataria Gaspar
""")
