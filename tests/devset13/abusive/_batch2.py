"""devset13 abusive, batch 2 (measured before any tuning on it)."""
B = "b2"

def add_b2(m):
    # ---------------- en
    m(B, "en", "p1", "X", "origin-based: go back to call-centre country", "Re: refund 7761",
"""I don't want to talk to someone reading from a script in broken English. Get me someone who was actually born here, not another one of your cheap foreign lackeys who can't understand a simple sentence.""")
    m(B, "en", "p2", "X", "contempt: spineless excuse for support, trained parrots", "Ticket #5510",
"""Every reply from your so-called agents is the same canned paragraph. You're trained parrots, nothing more. Not a single one of you has the backbone or the brains to actually fix something.""", fmt="qp")
    m(B, "en", "p3", "X", "threat: followed agent home", "about Megan",
"""Megan thinks she can hang up on me. I found out where your Leeds staff have lunch. Let's see how brave she is when I turn up in person and she can't hit the end call button.""")
    m(B, "en", "p4", "X", "obfuscated c-word and b-word", "RE: RE: closed??",
"""who closed this ticket?? tell that stuck-up b!tch from the chat she is a useless c*nt and i want her name""", fmt="alt")
    m(B, "en", "p5", "X", "wishing harm: hope your kids", "Merry Christmas",
"""Enjoy your Christmas bonus, all of you. I hope your families choke on the turkey you bought with my money, you thieving scumbags.""")
    m(B, "en", "p6", "X", "demeaning intelligence, no swear words", "Chat transcript",
"""Your agent has the reading comprehension of a toddler. Do you hire these people from a daycare? I've met garden gnomes with more initiative.""", fmt="html")
    m(B, "en", "n1", "", "quoted abuse in reply history, calm new text", "Re: Re: Invoice",
"""Hi Sam,

Apologies for my last email, I was out of line and it was a rough day. Thanks for sorting the invoice anyway.

Ben

> On 23 Nov, Ben Carter wrote:
> You are a useless idiot and your whole team are clowns.""")
    m(B, "en", "n2", "", "swearing at the printer/situation, wtf", "WTF is going on with invoices",
"""What the actual fuck is going on with the invoice PDFs? Every single one comes out blank. This is a total shitshow and I've got an audit Monday. Can someone look into it please.

Rachel""")
    m(B, "en", "n3", "", "harsh criticism of management decisions", "Pricing change",
"""Whoever decided to triple the price without notice made a terrible business decision. It's greedy and short-sighted and you will lose customers over it, starting with us.

Regards,
Neil Foster
Procurement""", fmt="b64")
    m(B, "en", "n4", "", "idioms: dumb question, crazy idea, bloody brilliant", "quick dumb question",
"""Probably a dumb question, but is there a way to export only the unpaid invoices? Crazy idea maybe, but a filter would be bloody brilliant. Your help centre articles are killer by the way.

Thanks!
Gemma""")
    m(B, "en", "n5", "", "complaint about rude agent (no insult from customer)", "Complaint about agent",
"""I'd like to formally complain about the agent I spoke to yesterday (ref 33190). She was rude, talked over me and hung up. I'm not looking for anyone to be fired, but I'd like an apology and for the call to be reviewed.

Thanks,
Mrs J. Okafor""")
    m(B, "en", "n6", "", "game/fiction context: kill the boss", "bug in raid",
"""In the Tuesday raid, when you kill the final boss the loot chest never spawns. Our whole guild died twice trying again. Can you check the logs? Character name Brutus_the_Idiot.

Cheers""")

    # ---------------- it
    m(B, "it", "p1", "X", "venetian/milanese: mona, pirla", "Re: ordine 2231",
"""Ma voi dell'assistenza siete dei mona o cosa? Vi ho scritto quattro volte. Quel pirla del tecnico ha pure sbagliato indirizzo.""")
    m(B, "it", "p2", "X", "tuscan/roman: bischero, coatto, mezza sega", "assistenza",
"""Sei proprio un bischero, altro che assistenza. E il tuo capo è una mezza sega che non sa nemmeno leggere un contratto.""", fmt="qp")
    m(B, "it", "p3", "X", "threat wait outside", "Avviso",
"""Ho visto a che ora finite il turno. Vi aspetto fuori dal magazzino di Segrate, così vediamo se fate ancora gli spiritosi quando vi trovo di persona.""")
    m(B, "it", "p4", "X", "sicilian/napoletano: minchione, sfaccimma", "reclamo pratica",
"""Minchione sei, tu e chi ti ha assunto. Gente senza cervello, una massa di sfaccimme.""", fmt="b64")
    m(B, "it", "p5", "X", "demeaning gender: torna in cucina", "risposta",
"""Signorina, torni in cucina e mi passi un collega maschio che capisca qualcosa di fatture.""")
    m(B, "it", "p6", "X", "obfuscated: vaff***ulo, str0nzi", "ancora niente",
"""Siete degli str0nzi. Vaff*nculo voi e il vostro rimborso fantasma.""", fmt="html")
    m(B, "it", "n1", "", "praise: sei un mostro (idiom)", "grazie mille",
"""Marco sei un mostro, hai risolto tutto in cinque minuti! Che figata il nuovo pannello. Grazie davvero.""")
    m(B, "it", "n2", "", "reporting: a user called me", "Segnalazione utente",
"""Buongiorno, un utente della community mi ha scritto in privato "sei una puttana, so dove abiti". Vi allego lo screenshot, vi chiedo di bloccarlo.

Elena""")
    m(B, "it", "n3", "", "self-deprecation + swearing at the situation", "Re: fattura",
"""Che figura di merda, ho caricato il file sbagliato. Sono un deficiente. Vi rimando quello giusto, scusate!

Stefano""", fmt="qp")
    m(B, "it", "n4", "", "harsh criticism, vergogna at company", "Disservizio",
"""È una vergogna che dopo tre settimane il problema non sia risolto. Il vostro servizio clienti non funziona e vi consiglio di rivedere completamente i processi.

Dott. Franco Gatti""")
    m(B, "it", "n5", "", "idiom: ammazza che veloce, mi fa morire", "Re: consegna",
"""Ammazza che veloci! Il pacco è arrivato stamattina. Il corriere poi mi ha fatto morire dal ridere, simpaticissimo.

Ciao, Sara""")
    m(B, "it", "n6", "", "Italian words that look bad elsewhere: con, cane, fica (place)", "Info ordine",
"""Buongiorno, ho ordinato una cuccia per cane con consegna a Ficarazzi. Potete dirmi se arriva entro venerdì? Il corriere chiama prima?

Grazie, Vito""")

    # ---------------- pt
    m(B, "pt", "p1", "X", "pt-BR: seus merdas, pau no cu", "PROTOCOLO 55123",
"""Seus merdas, vocês são uns pau no cu mesmo. Uma semana e ninguém resolve a porra da portabilidade.""")
    m(B, "pt", "p2", "X", "pt-PT: filhos da mãe, chulos", "Re: reclamação",
"""Vocês são uns chulos, uns filhos da mãe que vivem à custa dos clientes. A vossa operadora é uma cavalgadura.""", fmt="qp")
    m(B, "pt", "p3", "X", "pt-BR threat: sei onde fica a loja", "vou aí",
"""Sei onde fica a loja de vocês no shopping. Amanhã eu passo aí e aquele vendedor magrelo vai levar uns tapas na frente de todo mundo.""")
    m(B, "pt", "p4", "X", "pt-BR obfuscated: fdp, vsf", "atendimento",
"""vsf, atendente fdp. me deixou 40 min esperando e desligou. vcs são um lixo de gente""", fmt="alt")
    m(B, "pt", "p5", "X", "pt-BR gender demeaning", "Atendente",
"""Essa atendente deveria estar lavando louça em vez de atender cliente. Mulher burra não devia trabalhar com financeiro.""")
    m(B, "pt", "p6", "X", "pt-PT wishing harm", "Espero",
"""Espero que a vossa empresa vá à falência e que todos vocês fiquem no desemprego, cambada de ladrões.""", fmt="html")
    m(B, "pt", "n1", "", "praise with swear: você é foda", "obrigado!!",
"""Puta que pariu, vocês são foda! Resolveram em 5 minutos. A Larissa é demais.""")
    m(B, "pt", "n2", "", "reporting: a user harassed me", "Denúncia de perfil",
"""Olá, um perfil na plataforma me mandou mensagem dizendo "sua vagabunda, vou te achar". Anexei os prints. Podem bloquear esse usuário?

Obrigada, Júlia""")
    m(B, "pt", "n3", "", "pt-PT self-deprecation, swearing at situation", "Re: morada",
"""Fogo, que parvo que eu sou, enganei-me na morada. Que merda. Conseguem alterar antes do envio?

Obrigado, Tiago""")
    m(B, "pt", "n4", "", "harsh criticism pt-BR", "Insatisfeito",
"""Um absurdo o que vocês fazem com o cliente. Cobrança indevida, atendimento lento, nenhuma solução. Vou registrar no Reclame Aqui e no Procon.

Carlos Eduardo""", fmt="b64")
    m(B, "pt", "n5", "", "idiom: matar dois coelhos, morrer de rir", "Sugestão",
"""Se juntarem as duas faturas numa só matam dois coelhos com uma cajadada. A vossa colega no chat fez-me morrer a rir, muito simpática.

Cumprimentos, Helena""")
    m(B, "pt", "n6", "", "pt word lists: burro as donkey product", "Encomenda",
"""Boa tarde, encomendei um burro de madeira para o meu filho e veio partido. Podem enviar outro? Envio fotos em anexo.

Paula""")

    # ---------------- sv
    m(B, "sv", "p1", "X", "compound: fittskalle / kukhuvud", "Re: ärende 7782",
"""Din jävla fittskalle. Jag har ringt er fem gånger och ni lägger bara på. Skicka mig till någon som inte är ett kukhuvud.""")
    m(B, "sv", "p2", "X", "compound insult: skitstövlar, dumhuvuden", "Klagomål",
"""Ni är ena riktiga skitstövlar allihop. Vilka dumhuvuden som jobbar på er support, det är helt otroligt.""", fmt="qp")
    m(B, "sv", "p3", "X", "threat: vänta utanför", "Ni ska få se",
"""Jag vet vilken tid er butik i Malmö stänger. Jag ska stå och vänta utanför på den där killen i kassan. Han ska få ångra att han var kaxig mot mig.""")
    m(B, "sv", "p4", "X", "origin demeaning", "kundtjänst",
"""Koppla mig till någon som kan svenska ordentligt och inte en invandrarjävel som läser från ett manus.""", fmt="b64")
    m(B, "sv", "p5", "X", "intelligence: mindre hjärna än en guldfisk", "Svar",
"""Handläggaren jag pratade med har mindre hjärna än en guldfisk. Är det krav att vara efterbliven för att jobba hos er?""")
    m(B, "sv", "p6", "X", "gender: lilla gumman", "Re: Re: Faktura",
"""Hör här lilla gumman, det här är för komplicerat för dig. Låt en vuxen karl ta hand om mitt ärende.""", fmt="html")
    m(B, "sv", "n1", "", "höra/slut/kuk-free traps: hör av er, slutet", "Fråga",
"""Hej, jag ville bara höra om ni fått min uppsägning. Avtalet tar slut i slutet av månaden. Hör gärna av er om något saknas.

Hälsningar
Mats""")
    m(B, "sv", "n2", "", "praise with swear", "Tack!",
"""Fy fan vad snabba ni var! Supporten är helt jävla grym, tack Emma!""")
    m(B, "sv", "n3", "", "self-deprecation", "Re: lösenord",
"""Vilken dumskalle jag är, jag skrev lösenordet med caps lock på. Allt funkar nu, tack!

Olle""", fmt="qp")
    m(B, "sv", "n4", "", "swear at app", "Appen",
"""Jävla skitapp, den loggar ut mig hela tiden. Vad fan har ni gjort med senaste uppdateringen? Snälla fixa.

Johanna""")
    m(B, "sv", "n5", "", "harsh criticism", "Uppsägning",
"""Jag är djupt besviken på hur ni hanterat mitt ärende. Ingen tar ansvar och svaren är motsägelsefulla. Jag säger härmed upp mitt abonnemang.

Gunnar Ek""")
    m(B, "sv", "n6", "", "reporting: driver threatened", "Anmälan om chaufför",
"""Er chaufför skrek åt mig att han skulle slå sönder min bil om jag inte flyttade den. Jag vill att ni tar det här på allvar och hör av er.

Mvh Petra""", fmt="b64")
