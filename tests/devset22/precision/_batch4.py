"""devset22 batch 4: Swedish (sv) and Portuguese (pt), hard negatives for abusive and
account-ownership, with a few positives of every tag."""

B = "b4"


def add_b4(m):
    # ------------------------------------------------------------------ Swedish: negatives, abusive-shaped
    m(B, "sv", "n1", "", "Webshop owner swearing at a broken CSV export after an update, no one insulted",
      "Exporten är trasig IGEN",
      """Hej,

Vad fan har hänt med orderexporten sedan uppdateringen i går? Filen blir tom varje gång jag trycker på "Exportera", och bokföringen ska in till byrån i morgon. Det här är så jävla irriterande, jag har suttit med det sedan sju i morse.

Testat i Chrome och Firefox, samma sak. Kan ni kolla?

/Mikael
Skogsbärets Hantverk AB""")
    m(B, "sv", "n2", "", "Sysadmin describing a killed job and zombie processes in a log, technical vocabulary",
      "Synkjobbet dödas efter 30 min",
      """Hej support,

Vår nattliga synk mot er API dör varje natt runt 02:30. Ur loggen:

  [02:31:14] worker-3: received SIGKILL, job 88412 killed (OOM)
  [02:31:14] supervisor: child process died, restarting
  [02:31:15] ERROR: dead letter queue full, aborting batch

Jag har försökt döda de hängande processerna manuellt och köra om, men den kraschar på samma ställe. Finns det någon gräns på er sida för hur många poster man kan hämta per anrop? Vi har ca 40 000 artiklar.

Mvh
Johan Lindqvist
IT-drift, Norrlandslogistik""")
    m(B, "sv", "n3", "", "Self-deprecating user who deleted a folder by mistake and asks for restore",
      "Jag är en idiot - raderade hela mappen",
      """Hej!

Okej, jag är en komplett idiot. Skulle städa bland kundmapparna och lyckades radera hela "Offerter 2026" istället för en undermapp. Papperskorgen är redan tömd (såklart, för det gjorde jag också, dumma mig).

Går det att återställa från er backup? Det var ungefär 300 dokument.

Skäms,
Lena på Bygg & Måleri i Västerås""")
    m(B, "sv", "n4", "", "Hair salon owner complaining harshly about the courier (third party) losing parcels, asks to switch carrier in settings",
      "Byta fraktbolag i kassan?",
      """Hej,

Det där budfirman ni har som standard i kassan är ett skämt. Tredje paketet den här månaden som "levererats" till en brevlåda som inte finns. Deras chaufförer är totala klantarslen och kundtjänsten där lägger bara på.

Hur byter jag till PostNord som förvalt fraktsätt i webbutiken? Hittar inte inställningen.

Hälsningar
Sanna, Salong Sax, Umeå""")
    m(B, "sv", "n5", "", "Teacher forwarding harassing messages a parent sent to staff via the school app, asks how to block and export",
      "Hur blockerar man en vårdnadshavare i appen?",
      """Hej,

Jag är rektor på Björkängsskolan. En vårdnadshavare har under två veckor skickat meddelanden till flera av våra lärare via er skolapp, bl.a. "ni är inkompetenta kärringar" och "jag vet var du bor". Lärarna mår dåligt och vi har polisanmält det.

Två frågor:
1. Kan vi blockera just den användaren från att skriva till personalen, men låta hen fortfarande se frånvaro och schema?
2. Hur exporterar vi hela meddelandehistoriken som PDF till polisen?

Tack på förhand,
Anna-Karin Ström
Rektor, Björkängsskolan""", fmt="qp")
    m(B, "sv", "n6", "", "Customer apologising for a rude mail sent yesterday, following up calmly on the invoice issue",
      "Ursäkt för mitt förra mejl",
      """Hej Petra,

Jag vill be om ursäkt för tonen i mitt mejl i går kväll. Det var en lång dag och jag tog ut det på dig, det var inte okej.

Sakfrågan kvarstår dock: fakturan för oktober är dubblerad (nr 20461 och 20462, samma belopp). Kan ni kreditera den ena?

Vänliga hälsningar
Gustav Berg
Ekonomiansvarig, Hälsinge Fjällstugor""")
    m(B, "sv", "n7", "", "Gaming forum admin asking how to set up a word filter, quoting example insults users post",
      "Ordfilter för forumet",
      """Hej,

Vi driver ett forum för ett e-sportlag och har problem med att vissa användare skriver saker som "din jävla noob", "dö i en brand" och "hora" i trådarna. Vi vill:

- automatiskt dölja inlägg som innehåller vissa ord
- kunna stänga av (banna) en användare i 7 dagar med ett klick
- se en logg över vilka moderatorer som bannat vem

Finns det inbyggt eller behöver vi ett tillägg? Vi har Pro-planen.

/Emil, admin på Norrsken Gaming""")
    m(B, "sv", "n8", "", "Hotel manager wants a fake-looking review removed from their listing widget, quotes the review",
      "Recension på vår bokningssida",
      """Hej,

På vår bokningssida (widgeten från er) har det dykt upp en recension: "Skitställe, personalen är idioter och frukosten är äcklig". Personen har aldrig bott hos oss, det finns ingen bokning under det namnet eller den e-postadressen.

Kan man ta bort eller flagga recensioner från widgeten? Eller måste det gå via er?

Med vänlig hälsning
Karin Holm
Hotellchef, Hotell Sjöglimten, Visby""", fmt="html")
    m(B, "sv", "n9", "", "Hurried phone reply with idioms (dör av skratt, mördande tråkigt, skjuter upp) about rescheduling a demo",
      "SV: Demo torsdag",
      """Haha jag dör, såg precis att jag bokat demon mitt under vår julfest. Vi får skjuta på den. Måndag 30/11 kl 10 funkar? Sorry, mördande tråkigt för er att behöva boka om igen.

/Frida

Skickat från min iPhone

> 24 nov. 2026 kl. 16:02 skrev Support <support@example.com>:
>
> Hej Frida, välkommen till demon torsdag 26/11 kl 15.00. Länken kommer i kalenderinbjudan.""")
    m(B, "sv", "n10", "", "Gym owner reporting a brute-force attack on member logins and asking about blacklisting IPs",
      "Brute force mot medlemsinloggningen",
      """Hej,

Vi ser i adminloggen tusentals misslyckade inloggningsförsök mot medlemsportalen sedan i natt, från ett par IP-adresser i samma nät (185.220.x.x). Ser ut som en brute force-attack. Inga konton verkar ha kommit in.

Kan vi svartlista IP-intervall själva någonstans, eller kan ni blockera dem? Och går det att slå på captcha efter 3 felaktiga försök?

Mvh
Tobias Ek
Styrketorget Gym, Örebro""", fmt="plain", charset="iso-8859-1")

    # ------------------------------------------------------------------ Swedish: negatives, account-shaped
    m(B, "sv", "n11", "", "Account owner of a clinic adding a new receptionist as normal user",
      "Lägga till ny användare",
      """Hej,

Jag är kontoägare för Vårdcentralen Linden. Vi har en ny receptionist, Maja Nordin (maja.nordin@vclinden.se), som börjar på måndag. Hon ska ha vanlig användarbehörighet, alltså boka och avboka tider, inte admin.

Inbjudan jag skickade i förra veckan har gått ut. Hur skickar jag en ny?

Vänliga hälsningar
Dr. Per Sandberg
Verksamhetschef""")
    m(B, "sv", "n12", "", "IT admin offboarding a leaver: disable her login, keep her data, no access transfer",
      "Avsluta konto för slutad medarbetare",
      """Hej,

Lisa Aho (lisa.aho@kommunensfritid.se) slutade hos oss i fredags. Jag är administratör för vårt konto och har redan tagit bort henne från gruppen "Bokning", men jag ser inte hur man inaktiverar inloggningen helt utan att radera hennes gamla ärenden, som vi måste spara enligt arkivlagen.

Räcker det att sätta kontot som "inaktivt"? Licensen ska frigöras.

Mvh
Ola Persson
IT-samordnare, Fritidsförvaltningen""")
    m(B, "sv", "n13", "", "User changing their own 2FA to a new phone after buying a new one",
      "Ny telefon - tvåstegsverifiering",
      """Hej!

Jag har bytt telefon och min autentiseringsapp fanns bara på den gamla (som jag fortfarande har, den är bara trasig i skärmen). Hur flyttar jag tvåstegsverifieringen till min nya telefon? Det är mitt eget konto, anna.w@gmail.com.

Tack!
Anna Wikström""")
    m(B, "sv", "n14", "", "Employee asking who the account owner is so she can ask them for access herself",
      "Vem är ägare till vårt konto?",
      """Hej,

Jag jobbar på Kyrkans Ungdom i Luleå och behöver komma åt statistiken för vår insamling. Min kollega säger att vi har ett konto hos er men ingen vet vem som skapade det.

Kan ni berätta vem som står som ägare/admin för kontot kopplat till domänen kyrkansungdomlulea.se? Då kan jag be den personen lägga till mig.

Tack,
Hanna""")
    m(B, "sv", "n15", "", "Accounting firm renaming their company after merger and changing billing contact (owner writing)",
      "Namnbyte och ny fakturamottagare",
      """Hej,

Från 1 december heter vi Revisionsbyrån Nord & Söder AB (tidigare Nordrevision AB, org.nr oförändrat 556677-8899). Jag är kontoinnehavare och vill:

1. ändra företagsnamnet på kontot och på fakturorna
2. byta fakturamottagare från mig till vår ekonomiassistent, faktura@nordsoder.se

Behöver ni något intyg från Bolagsverket för namnbytet?

Med vänlig hälsning
Marie Lund
VD""", fmt="qp", charset="iso-8859-15")
    m(B, "sv", "n16", "", "Person merging two accounts of their own (private and work email)",
      "Slå ihop två konton",
      """Hej,

Jag råkade skapa två konton: ett med min privata mejl (erik.s@telia.com) och ett med jobbmejlen (erik.sjoberg@hamnbolaget.se). Båda är mina. Kan man slå ihop dem så att bokningarna från det privata hamnar på jobbkontot? Det privata kan sedan raderas.

Mvh Erik Sjöberg""")
    m(B, "sv", "n17", "", "Question about what documents would be required in a future ownership transfer, no request yet",
      "Fråga om ägarbyte längre fram",
      """Hej,

Vi funderar på att sälja vår lilla webbutik nästa år. Ingen brådska, men jag vill förstå processen: om det blir av, vad behöver ni från mig och från köparen för att flytta över abonnemanget och butiken till deras företag? Räcker ett köpeavtal, eller behövs fullmakt?

Inget ska göras nu, bara planering.

Hälsningar
Ingrid, Garnboden""")
    m(B, "sv", "n18", "", "Manager delegating her own calendar to her assistant, asks about permission levels",
      "Delegera min kalender till assistent",
      """Hej,

Jag vill ge min assistent Jonas rätt att boka och flytta möten i MIN kalender, men han ska inte kunna läsa min inkorg. Vilken behörighetsnivå ska jag välja under "Delning"? Det finns "Redaktör" och "Ombud" och jag förstår inte skillnaden.

/Cecilia Strand
Förvaltningschef""")
    m(B, "sv", "n19", "", "SSO/SAML setup question from an IT admin, Azure AD",
      "SAML SSO med Entra ID",
      """Hej,

Vi ska slå på SSO via Microsoft Entra ID för våra 120 användare. Några frågor innan vi börjar:

- Blir befintliga lösenordsinloggningar avstängda direkt när SAML aktiveras, eller kan vi köra parallellt en vecka?
- Behåller kontoägaren (jag) möjligheten att logga in med lösenord om IdP:n ligger nere?
- Mappas roller (admin/användare) från grupper i Entra eller sätts de hos er?

Mvh
Fredrik Nyberg, IT-chef
Stiftelsen Västkustvård""", fmt="alt")
    m(B, "sv", "n20", "", "Parent asking about rules for their child's school account (password reset, who sees messages)",
      "Mitt barns konto i skolplattformen",
      """Hej,

Min son går i åk 4 och har fått ett konto i er plattform via skolan. Han har glömt sitt lösenord. Kan jag som förälder återställa det, eller måste läraren göra det? Och kan jag se vilka meddelanden han får från lärarna, eller bara mina egna?

Tack för hjälpen
Maria Eriksson""", charset="iso-8859-1")

    # ------------------------------------------------------------------ Swedish: positives
    m(B, "sv", "a1", "A", "Angry webshop customer insulting the support agent by name as an idiot",
      "SV: Ärende #55102",
      """Jonas, är du dum i huvudet på riktigt? Tredje gången jag förklarar samma sak och du skickar samma copy-paste-svar. Ni är ett gäng inkompetenta pajasar allihop. Ge mig någon som kan läsa.

> Hej Rolf, tack för ditt mejl. Har du provat att tömma webbläsarens cache?""")
    m(B, "sv", "a2", "A", "Threat of violence against staff from a furious customer, short",
      "ni kommer ångra er",
      """Om inte pengarna är tillbaka på mitt konto i morgon kommer jag till ert kontor på Kungsgatan och då jävlar ska någon få en smäll. Jag vet hur er säljare ser ut.""")
    m(B, "sv", "a3", "A", "Obfuscated profanity aimed at the support staff, older man, no diacritics",
      "svar pa ert s.k. svar",
      """ni pa supporten ar ena j*vla f-ing idioter och era k*kh*vuden till chefer ar inte battre. skams.
/Bengt""")
    m(B, "sv", "w1", "W", "Board member of a sports club asking to be made owner because the previous treasurer left in anger",
      "Ny ägare av föreningens konto",
      """Hej,

Jag sitter i styrelsen för IFK Tallbacken. Vår förra kassör, Tommy Hed, lämnade föreningen i bråk och svarar inte. Han står som ägare för vårt konto hos er. Kan ni göra mig (ordforande@ifktallbacken.se) till ägare och ta bort honom? Vi har ett styrelseprotokoll om ni behöver.

Mvh
Jessica Falk, ordförande""")
    m(B, "sv", "w2", "W", "CEO-fraud style pressure: 'CEO' on trip demands mailbox access to a colleague",
      "Brådskande - åtkomst till Karins inkorg",
      """Hej,

Jag är VD här på Fastighets AB Älvkanten och sitter på flyget till Singapore. Karin i ekonomi är sjuk och jag behöver att ni ger min nya assistent (assistent.vd@alvkanten-ab.com) full åtkomst till Karins mejlkonto redan i dag, vi har en betalning som måste ut. Ingen tid för formaliteter, jag tar ansvaret.

Skickat från mobilen
Lars""", fmt="b64")
    m(B, "sv", "w3", "W", "Widow asking to take over late husband's subscription account and move its recovery email to her",
      "Min mans konto",
      """Hej,

Min man Göran gick bort i september. Han hade ett konto hos er för sin bokföring i enskilda firman, och jag är dödsbodelägare. Jag behöver komma in i kontot för att få ut underlagen till deklarationen. Kan ni flytta kontot till mig och byta återställningsmejlen till min adress, birgitta.holm@outlook.com? Jag kan skicka dödsfallsintyg och bouppteckning.

Vänliga hälsningar
Birgitta Holm""", charset="iso-8859-1")
    m(B, "sv", "l1", "L", "Customer announcing a complaint to ARN and the Konsumentverket over unrefunded annual fee",
      "Anmälan till ARN",
      """Hej,

Jag har sedan augusti begärt återbetalning av årsavgiften (1 990 kr) efter att ni lade ner funktionen jag betalade för. Tre mejl, inget svar. Om pengarna inte är tillbaka inom 10 dagar gör jag en anmälan till Allmänna reklamationsnämnden och kontaktar Konsumentverket. Jag har sparat all korrespondens.

Daniel Åkesson""")
    m(B, "sv", "o1", "O", "Municipality office: nobody can log in to the booking system, whole office",
      "Ingen kommer in i bokningssystemet",
      """Hej,

Sedan ca 08:40 kommer ingen på hela kommunkontoret in i bokningssystemet, alla får "503 Service Unavailable". Vi har testat från olika datorer och från mobilnätet, samma sak. Medborgarna ringer redan om sina lokalbokningar. Ligger ni nere?

Mvh
Stina Karlsson
Kundcenter, Hedemora kommun""")

    # ------------------------------------------------------------------ Portuguese: negatives, abusive-shaped
    m(B, "pt", "n1", "", "Brazilian shop owner cursing the broken product sync, no insult to staff",
      "Sincronização de estoque quebrada de novo",
      """Oi pessoal,

Que merda aconteceu com a sincronização de estoque? Desde a atualização de ontem os produtos aparecem zerados na loja, e hoje é Black Friday, caramba! Porra, não podia ser em outra semana?

Já desconectei e conectei a integração duas vezes. Alguém pode olhar com urgência?

Valeu,
Rodrigo
Loja Bicho Solto - Curitiba""")
    m(B, "pt", "n2", "", "European Portuguese developer with technical terms: kill process, master/slave replication, abort",
      "Replicação master/slave e processos zombie",
      """Boa tarde,

Estamos a usar a vossa ferramenta de backup com uma base de dados em replicação master/slave. Quando o backup corre no slave, o processo fica pendurado e temos de o matar com kill -9. Depois disso aparecem processos zombie e o próximo job aborta com:

  FATAL: backup aborted, lock held by dead process (pid 4412)

Há alguma forma de forçar a libertação do lock sem reiniciar o servidor?

Cumprimentos,
Nuno Ferreira
Equipa de Sistemas, Transportes Ribatejo, Lda.""", charset="iso-8859-1")
    m(B, "pt", "n3", "", "Self-deprecating user who locked herself out by cancelling her own plan by mistake",
      "Fiz besteira - cancelei meu plano sem querer",
      """Oi,

Sou uma anta, sério. Fui mudar a forma de pagamento e cliquei em "cancelar assinatura" achando que era cancelar a edição. Agora a conta está como "expirando em 30/11". Burra, burra, burra.

Tem como desfazer e manter o mesmo plano (anual) e o mesmo preço?

Obrigada e desculpa,
Fernanda""")
    m(B, "pt", "n4", "", "Portuguese restaurant owner venting about the bank (third party) and asking how to change the payout account",
      "Alterar conta bancária para recebimentos",
      """Bom dia,

O meu banco é uma vergonha, uns incompetentes de primeira: bloquearam-me a conta por "verificação" e já lá vão nove dias sem resposta. Entretanto os pagamentos das reservas continuam a cair lá.

Como altero o IBAN de recebimento no painel? Sou o titular da conta e quero passar para a conta da empresa noutro banco.

Obrigado,
Joaquim Sousa
Restaurante O Forno da Avó, Braga""", fmt="qp", charset="iso-8859-15")
    m(B, "pt", "n5", "", "NGO coordinator describing harassment volunteers received from a member of the public via the chat widget, asks how to block",
      "Bloquear visitante no chat",
      """Olá,

Sou coordenadora de voluntários numa associação de apoio a animais em Setúbal. Um visitante tem entrado no chat do nosso site todos os dias a chamar às voluntárias "vacas" e "putas" e a dizer que vai "acabar connosco". Já fizemos queixa à PSP.

Como bloqueio este visitante (parece vir sempre do mesmo IP) e como exporto as conversas para entregar à polícia?

Obrigada,
Teresa Alves
Associação Patas Unidas""")
    m(B, "pt", "n6", "", "Brazilian community app admin asking how to moderate and auto-mute users who swear, with examples",
      "Moderação automática no grupo",
      """Olá equipe,

Administro um grupo de pais de uma escola no app de vocês (uns 400 membros). Tem gente escrevendo coisas tipo "seu imbecil", "vai tomar no c*" e "essa professora é uma vagabunda" nas discussões. Queria saber:

1) Dá para bloquear palavras específicas?
2) Dá para silenciar um membro por 24h sem expulsar?
3) Os moderadores conseguem apagar mensagens de outros?

Grata,
Patrícia (admin do grupo Pais do Colégio Santa Clara)""", fmt="alt")
    m(B, "pt", "n7", "", "Sarcastic complaint about a feature (auto-logout) with idioms, no personal insult",
      "Logout automático genial",
      """Olá,

Parabéns pela nova funcionalidade de logout automático a cada 10 minutos. Genial, mesmo. Estou a preencher um formulário de 40 campos, vou buscar um café e pumba, perdi tudo. Dá vontade de atirar o portátil pela janela. Isto mata-me.

Há forma de aumentar o tempo de sessão? Preferia não enlouquecer até ao Natal.

Cumprimentos,
Rita Marques
Contabilidade, Clínica Dentária Sorriso""")
    m(B, "pt", "n8", "", "Brazilian friends-style affectionate swearing in a forwarded WhatsApp transcript, asking a billing question",
      "Fwd: conversa sobre a fatura",
      """Oi, encaminho a conversa com meu sócio pra vocês entenderem a dúvida:

[24/11 18:02] Beto: cara, vc viu a fatura desse mês? veio dobrada kkkk
[24/11 18:03] Marcão: puta merda, vi sim. seu filho da mãe, vc ativou o plano extra de novo né
[24/11 18:03] Beto: eu não porra, jura
[24/11 18:05] Marcão: então manda email pros caras

Então é isso: a fatura de novembro (nº 88213) veio com o "Plano Equipe+" que nenhum de nós lembra de ter ativado. Podem verificar quem ativou e quando?

Abraço,
Marcos - Oficina Dois Irmãos""")
    m(B, "pt", "n9", "", "Church choir organiser reporting a dead link and a blacklisted sender domain, technical words",
      "Link morto e domínio em lista negra",
      """Boa noite,

Sou o responsável pela newsletter do Coro da Paróquia de São Vicente. Dois problemas:

- o link para as partituras no último envio está morto (dá 404);
- vários coralistas dizem que os nossos emails vão para o spam, e uma ferramenta online diz que o domínio está numa blacklist.

Podem verificar se o problema é do vosso servidor de envio?

Bem-haja,
Manuel Pinto""", charset="iso-8859-1")
    m(B, "pt", "n10", "", "Customer asking to remove a defamatory comment left by someone else on their hotel page, quotes it",
      "Pedido de remoção de comentário",
      """Prezados,

Na página da nossa pousada no vosso portal apareceu o comentário: "Dona da pousada é uma ladra e uma víbora, não fiquem lá". A pessoa nunca se hospedou cá; suspeitamos que seja um concorrente.

Como podemos pedir a remoção? Há algum formulário de denúncia?

Atenciosamente,
Cláudia Mendes
Pousada Vale Verde, Gramado - RS""", fmt="html")

    # ------------------------------------------------------------------ Portuguese: negatives, account-shaped
    m(B, "pt", "n11", "", "Gym owner adding a second admin (her manager) to her own account",
      "Adicionar gerente como administrador",
      """Olá,

Sou a proprietária da Academia Corpo em Forma e a titular da conta. Quero que o meu gerente, Tiago Rocha (tiago@corpoemforma.pt), também seja administrador para poder gerir horários e mensalidades quando eu estiver de férias. Eu continuo como dona da conta.

Como faço? Ele já tem acesso como utilizador normal.

Obrigada,
Sofia Costa""")
    m(B, "pt", "n12", "", "HR at logistics firm offboarding a leaver: revoke access, keep data, no takeover",
      "Remover acesso de ex-funcionário",
      """Bom dia,

O colaborador André Lima saiu da empresa ontem. Sou administradora da conta da Transportadora Rota Sul e já removi o André do grupo "Expedição". Preciso apenas confirmar:

- o login dele deixa de funcionar imediatamente?
- as rotas que ele criou continuam visíveis para a equipe?
- a licença volta a ficar livre para o novo motorista?

Não precisamos acessar nada dele, só encerrar.

Att.,
Juliana Freitas - RH""", fmt="qp")
    m(B, "pt", "n13", "", "Account holder changing her own login email after getting married and new domain",
      "Alterar o email de acesso",
      """Olá,

Mudei de apelido e de emprego, por isso quero mudar o email da minha conta de ana.ribeiro@gmail.com para ana.ribeiro.sa@escola-esperanca.pt. A conta é minha, pessoal. Ao tentar alterar nas definições pede confirmação no email antigo, que ainda tenho. Só quero saber se perco o histórico de faturas ao mudar.

Obrigada,
Ana Ribeiro Sá""", charset="iso-8859-1")
    m(B, "pt", "n14", "", "Support ticket handover: customer asks which agent owns the ticket and to transfer it to the Lisbon team",
      "Re: Pedido #30911 - quem é o responsável?",
      """Olá,

Quem é o responsável (owner) deste pedido agora? Falei com a Inês na semana passada mas ela disse que ia de férias. Se possível, transfiram o pedido para a equipa de Lisboa, que fala português, porque o colega que respondeu ontem escreveu em inglês.

Obrigado,
Paulo Matos

-----Mensagem original-----
De: Support <support@example.com>
Enviado: segunda-feira, 23 de novembro de 2026 17:12
Assunto: Pedido #30911

Hi Paulo, we have escalated your request to second level. Kind regards, Mark""")
    m(B, "pt", "n15", "", "Domain transfer question: moving their own domain to the provider, auth code",
      "Transferência de domínio para vocês",
      """Boa tarde,

Quero transferir o domínio contabilmoraes.com.br, que está registrado em outro provedor, para a hospedagem de vocês. Eu sou o titular do domínio no Registro.br. Já tenho o código de autorização. O site e os emails ficam fora do ar durante a transferência?

Atenciosamente,
Henrique Moraes
Moraes Contabilidade""")
    m(B, "pt", "n16", "", "Assistant writing for her boss, who wants to reset his own password and receive the link at his own address",
      "Redefinir senha do Dr. Almeida",
      """Bom dia,

Escrevo em nome do Dr. Carlos Almeida, diretor da clínica. Ele esqueceu a senha e o link de redefinição não está chegando no email dele (carlos.almeida@clinicavida.com.br). Podem reenviar o link para o email dele mesmo? Ele está aqui do meu lado e confirma.

Obrigada,
Débora - secretária executiva
Clínica Vida, Campinas""")
    m(B, "pt", "n17", "", "Parish secretary asking what documents would be needed if the treasurer role changes in January (question only)",
      "Mudança de tesoureiro em janeiro - documentação",
      """Olá,

Em janeiro vai haver eleições na nossa paróquia e provavelmente o tesoureiro (que é o titular da conta) vai mudar. Só para nos prepararmos: nessa altura, que documentos vão pedir para passar a titularidade para a nova pessoa? Ata da eleição chega?

Por agora não é para mudar nada.

Cumprimentos,
Lurdes Carvalho
Secretariado, Paróquia de Santa Maria de Óbidos""")
    m(B, "pt", "n18", "", "School IT asking about student account rules and password policy for minors",
      "Contas de alunos menores",
      """Prezados,

Sou o técnico de informática de uma escola estadual. Vamos criar contas para 600 alunos de 10 a 14 anos. Perguntas:

- os pais precisam dar consentimento na plataforma ou basta a autorização da escola?
- os professores (administradores da turma) podem redefinir a senha dos alunos?
- é possível impedir que os alunos alterem o próprio email?

Att,
Wellington Souza
E.E. Prof. Anísio Teixeira""", fmt="b64")
    m(B, "pt", "n19", "", "Owner setting up MFA for all staff and asking about recovery codes, hurried phone mail",
      "MFA obrigatório p/ equipe",
      """oi, quero ativar autenticação em 2 fatores obrigatória pra toda a equipe do escritório (somos 12). sou o admin principal. se alguém perder o celular, eu consigo gerar código de recuperação pra pessoa ou tem que ser com vcs?

enviado do celular, desculpe a brevidade
Gustavo""")
    m(B, "pt", "n20", "", "Hotel owner upgrading subscription and changing the card on file, billing words",
      "Upgrade do plano e novo cartão",
      """Olá,

Sou a titular da conta do Hotel Maré Alta. Quero:
1. passar do plano Básico para o Profissional a partir de dezembro;
2. trocar o cartão de crédito cadastrado (o antigo vence este mês);
3. que as faturas passem a ir para financeiro@marealta.com.br em vez do meu email.

Preciso fazer algo além de alterar no painel?

Obrigada,
Vera Lúcia Nogueira""")

    # ------------------------------------------------------------------ Portuguese: positives
    m(B, "pt", "a1", "A", "Brazilian customer insulting the support agent directly with crude words",
      "Re: Chamado 77120",
      """Vocês são um bando de incompetentes do caralho. Você, Carla, é a pior atendente que eu já vi, uma inútil que não sabe ler. Vai se foder e passa meu chamado pra alguém com cérebro.

Em ter., 24 de nov. de 2026 às 11:20, Suporte <support@example.com> escreveu:
> Olá Sr. Gilberto, precisamos do número do pedido para continuar.""")
    m(B, "pt", "a2", "A", "European Portuguese customer threatening physical harm to a named technician",
      "O vosso técnico",
      """Digam ao vosso técnico Rui que se ele voltar a aparecer cá na loja com aquela arrogância leva uma tareia que nunca mais se esquece. Sei onde ele estaciona o carro. Estou farto de vocês.

Álvaro""")
    m(B, "pt", "a3", "A", "Obfuscated insults at the staff, no accents",
      "ridiculo",
      """voces do suporte sao uns f*d1d0s, uns m3rd@s de gente, cambada de c*zoes. nem vale a pena escrever direito pra voces.""")
    m(B, "pt", "w1", "W", "New buyer of a bakery asks to become owner of the seller's account and change its 2FA phone to his",
      "Comprei a padaria - transferir a conta",
      """Bom dia,

Comprei a Padaria Flor do Trigo em Aveiro no mês passado. O antigo dono, Sr. Armando, tinha a conta registada no nome dele e agora está emigrado e não responde. Preciso que me passem a conta para o meu nome e que o número de verificação em dois passos passe a ser o meu (912 345 678), senão não consigo aceder às encomendas.

Tenho o contrato de trespasse se precisarem.

Obrigado,
Filipe Correia""", charset="iso-8859-15")
    m(B, "pt", "w2", "W", "Ex-partner demanding access to the shared business account held by his former girlfriend",
      "Acesso à conta da loja",
      """Oi,

A loja online era minha e da minha ex, mas a conta está no nome dela e ela trocou a senha depois que a gente terminou. Metade do negócio é meu. Quero que vocês me coloquem como dono da conta ou pelo menos me deem acesso de administrador. O email dela é bruna.loja@gmail.com, o meu é leo.vendas@gmail.com.

Leonardo""")
    m(B, "pt", "w3", "W", "Contractor claiming the admin is on holiday and asking to be made super-admin of the workspace",
      "Acesso de super-admin urgente",
      """Olá,

Sou consultor externo da Silva & Filhos Distribuição. O administrador deles, o Marco, está de férias no Brasil até janeiro e não atende. Precisamos fazer a migração esta semana. Podem tornar-me super-admin do workspace (consultor@mk-it.pt)? O diretor autorizou verbalmente.

Abraço,
Miguel Quintas""")
    m(B, "pt", "l1", "L", "Customer announcing a complaint to Procon and a small-claims lawsuit over an unrefunded charge",
      "Reembolso - última tentativa",
      """Prezados,

Fui cobrado duas vezes em outubro (R$ 349,90 cada) e, depois de cinco contatos, ninguém devolveu o valor. Aviso que, se o estorno não for feito até 2 de dezembro, vou registrar reclamação no Procon e entrar com ação no Juizado Especial Cível contra a empresa.

Guardei todos os protocolos.

Ricardo Teixeira""")
    m(B, "pt", "o1", "O", "Pharmacy chain: all tills at every branch frozen, POS integration down",
      "URGENTE - caixas parados em todas as lojas",
      """Bom dia,

Desde as 9h15 nenhuma das nossas 7 farmácias consegue fechar vendas: todos os terminais ficam presos em "A ligar ao servidor..." e depois dá erro 502. Já reiniciámos os routers numa loja, não resolveu, e a internet está a funcionar normalmente. Há filas à porta.

Está em baixo para toda a gente? Quando volta?

Carlos Duarte
Farmácias Duarte, Leiria""")
