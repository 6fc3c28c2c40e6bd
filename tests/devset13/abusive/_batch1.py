"""devset13 abusive, batch 1 (measured before any tuning on it)."""
B = "b1"

def add_b1(m):
    # ---------------- en
    m(B, "en", "p1", "X", "contempt without swear words: joke of a company, circus", "Ticket 88213 - again",
"""Honestly you people are a joke of a company. A circus run by clowns who couldn't organise a two-car parade. Third time I've sent the same screenshot.

Ray""")
    m(B, "en", "p2", "X", "gendered demeaning remark on agent", "Re: your reply",
"""Put me through to a man who understands invoices, sweetheart. Clearly this is above your pay grade, go back to answering the phone and leave the numbers to the grown-ups.""", fmt="qp")
    m(B, "en", "p3", "X", "threat to visit agent after work", "Kelly",
"""Tell Kelly from billing I know which car park your staff use. Maybe I'll wait by her car on Friday and we can discuss the refund face to face. She won't be so smug then.""")
    m(B, "en", "p4", "X", "wishing harm on the agent", "complaint",
"""I hope the person who closed my ticket gets hit by a bus on the way home. Genuinely. People like that shouldn't be allowed near customers.

D. Harmon""", fmt="html")
    m(B, "en", "p5", "X", "obfuscated insult r3tard", "Re: Re: login",
"""are you r3tarded or just pretending? i told you TWICE the code never arrives. what a bunch of braindead m0nkeys you hire""")
    m(B, "en", "p6", "X", "intelligence insult: room temperature IQ", "Account 4471",
"""Whoever is reading this has the IQ of a houseplant. Read my previous email. Slowly. With your finger under the words if you have to.""", fmt="alt")
    m(B, "en", "n1", "", "swearing at the app, not people", "this bloody app",
"""This fucking app logged me out again in the middle of a payment. What a piece of shit update. Please tell me there's a way to roll back to the old version?

Thanks
Jo""")
    m(B, "en", "n2", "", "self-deprecation", "Re: password reset",
"""Ignore my last mail, I'm a complete moron - I was typing the password into the username box. Sorry for wasting your time, you've been really patient with me.

Cheers, Lee""")
    m(B, "en", "n3", "", "reporting abuse received from another user", "Harassment from a seller",
"""Hi,

A seller on your marketplace keeps messaging me. His last message said "you stupid cow, I know where you live". I've attached screenshots. Can you please ban this account and tell me whether I should go to the police?

Regards,
Hannah Pike""")
    m(B, "en", "n4", "", "harsh but non-insulting criticism", "Very disappointed",
"""I've been a customer for six years and this is the worst support experience I've had anywhere. Your agents clearly aren't given the training or the tools to fix anything, and the process is broken. I expect a manager to call me.

Paul Ritter""", fmt="qp")
    m(B, "en", "n5", "", "praise with swearing", "you guys are fucking legends",
"""Holy shit, Maria sorted in ten minutes what I'd been fighting with for a week. You guys are fucking legends, give that woman a raise!

Tom""")
    m(B, "en", "n6", "", "idioms: killing it, break a leg, knock 'em dead", "demo tomorrow",
"""Thanks for the training session - your trainer absolutely killed it. We're demoing the new setup to the board tomorrow, so wish us luck, hopefully we knock 'em dead. If it crashes I'll be the one looking like an idiot, not you!

Best, Ana""")

    # ---------------- it
    m(B, "it", "p1", "X", "regional insult: cogl... / pirla", "Re: pratica 5521",
"""Ma chi è il pirla che mi ha risposto ieri? Ma vi rendete conto? Siete una manica di incapaci e quel tuo collega è proprio un coglione.""")
    m(B, "it", "p2", "X", "southern insult: sei proprio uno strunz / cesso", "reclamo",
"""Senti, tu sei nu strunz, hai capito? Ti ho spiegato tre volte il problema e tu mi rispondi con il copia-incolla. Vergognatevi, branco di buffoni.""", fmt="b64")
    m(B, "it", "p3", "X", "threat to come to the office", "Ultimo avviso",
"""So dove avete la sede a Bologna. Vengo lì e vi spacco la faccia uno per uno, a partire dall'operatrice che mi ha chiuso il telefono in faccia.""")
    m(B, "it", "p4", "X", "gendered insult to female agent", "operatrice",
"""L'operatrice di stamattina è una gallina ignorante, tornasse a fare la calza. Non sapeva nemmeno cos'è un IBAN.""", fmt="qp")
    m(B, "it", "p5", "X", "wishing harm", "vergogna",
"""Spero che vi licenzino tutti e che finiate a chiedere l'elemosina. Vi auguro il peggio, gentaglia.""")
    m(B, "it", "n1", "", "swearing at the situation", "che schifo",
"""Porca miseria, è la terza volta che l'app si blocca durante il pagamento. Che cazzo di aggiornamento avete fatto? Per favore sistemate, non riesco a lavorare.

Grazie
Luca""")
    m(B, "it", "n2", "", "self-deprecation", "Re: accesso",
"""Scusate, sono proprio un idiota: avevo il blocco maiuscole attivo. Ora funziona tutto, grazie mille per la pazienza!

Giulia""")
    m(B, "it", "n3", "", "reporting a courier's insult", "Segnalazione corriere",
"""Buongiorno, vi segnalo che il vostro corriere mi ha dato della "stronza" davanti ai vicini perché non avevo il codice pronto. Vorrei che la cosa venisse presa sul serio.

Cordiali saluti
Marta Ferri""")
    m(B, "it", "n4", "", "harsh criticism no insult", "Servizio pessimo",
"""Servizio pessimo, tempi biblici e risposte preconfezionate. Non è colpa dei singoli operatori, ma l'organizzazione è disastrosa. Valuterò altri fornitori.

Andrea Conti""", fmt="html")
    m(B, "it", "n5", "", "praise with swear word", "grazie!!",
"""Cazzo, finalmente! Il tecnico Paolo è un grande, ha risolto tutto in dieci minuti. Complimenti davvero.""")
    m(B, "it", "n6", "", "idiom: in bocca al lupo / ammazzare il tempo", "Re: migrazione",
"""Grazie per l'aggiornamento. Nel frattempo ammazziamo il tempo con i test manuali. In bocca al lupo per il rilascio di stasera, fateci sapere!

Saluti, Davide""")

    # ---------------- pt
    m(B, "pt", "p1", "X", "pt-BR slang: otários, bando de", "Reclamação protocolo 99812",
"""Vocês são um bando de otários, sério. Três semanas pra trocar um endereço de entrega. A atendente ainda ficou me enrolando, que mulher burra.""")
    m(B, "pt", "p2", "X", "pt-PT insult: parvalhões, cambada", "Re: fatura",
"""Cambada de parvalhões! Já vos disse que a fatura está errada. Será que aí ninguém tem dois dedos de testa?

Rui""", fmt="qp")
    m(B, "pt", "p3", "X", "pt-BR threat to find attendant", "vou te achar",
"""Anota aí: eu sei o nome completo do atendente Júlio e vou achar ele no Instagram. Vai ter que sair do prédio um dia, e eu vou estar esperando.""")
    m(B, "pt", "p4", "X", "origin-based insult", "atendimento",
"""Coloquem alguém que fale português direito, não esse nordestino analfabeto que nem sabe escrever o próprio nome.""", fmt="b64")
    m(B, "pt", "p5", "X", "pt-BR wishing harm", "tomara",
"""Tomara que vocês todos percam o emprego e passem fome, seus vermes. Nunca vi gente tão podre.""")
    m(B, "pt", "p6", "X", "pt-PT: és um anormal, palhaço", "Re: Re: encomenda",
"""Ó pá, tu és mesmo um anormal. Palhaço. Pedi para cancelar e enviaste a encomenda na mesma.""")
    m(B, "pt", "n1", "", "swearing at the app", "app de merda",
"""Essa porra desse app travou de novo na hora de pagar o boleto. Que merda de atualização foi essa? Me ajudem a recuperar o comprovante, por favor.

Obrigado
Felipe""")
    m(B, "pt", "n2", "", "self-deprecation pt-PT", "Re: palavra-passe",
"""Peço desculpa, sou mesmo burra - estava a usar o email antigo. Já consegui entrar. Obrigada pela paciência!

Inês""")
    m(B, "pt", "n3", "", "reporting abuse by a delivery man", "Denúncia entregador",
"""Boa tarde. O entregador de vocês me chamou de "vagabunda" quando pedi para ele subir com a caixa. Quero que tomem providências, tenho a gravação da câmera.

Att,
Camila Souza""")
    m(B, "pt", "n4", "", "harsh criticism", "Péssimo",
"""O atendimento de vocês é lento e desorganizado. Ninguém resolve nada, só abrem protocolo. Estou muito decepcionado e vou cancelar o plano.

Marcos""", fmt="html")
    m(B, "pt", "n5", "", "praise with swear", "caralho que rápido",
"""Caralho, que atendimento rápido! A Bruna é foda, resolveu tudo numa ligação. Parabéns pra equipe.""")
    m(B, "pt", "n6", "", "idiom: matar a saudade / pagar o pato", "Re: cobrança",
"""Não quero que a atendente pague o pato por um erro do sistema, ela foi super atenciosa. Só peço que revejam a cobrança duplicada.

Abraço, Renata""")

    # ---------------- sv
    m(B, "sv", "p1", "X", "compound insult: pucko/idiotsupport", "Ärende 5512",
"""Ni är ett gäng jävla puckon på er kundtjänst. Hur svårt kan det vara att läsa ett kvitto? Fattar ni ingenting?""")
    m(B, "sv", "p2", "X", "compound: fittstim / kärring", "Re: faktura",
"""Den där kärringen i telefonen la på luren mitt i samtalet. Vilken sur jävla kärring. Sparka henne.""", fmt="qp")
    m(B, "sv", "p3", "X", "threat to find staff", "Sista varningen",
"""Jag vet var ert kontor i Sundbyberg ligger. Jag kommer dit och letar upp den där Johan som stängde mitt ärende, och då ska han få se.""")
    m(B, "sv", "p4", "X", "wish harm", "hoppas",
"""Hoppas ni får sparken allihop, era äckliga parasiter. Ni förtjänar att gå under.""")
    m(B, "sv", "p5", "X", "intelligence: hjärndöda, mongo", "kundtjänst",
"""Är ni helt hjärndöda? Jag har skickat samma skärmdump fem gånger. Anställer ni bara idioter eller?""", fmt="html")
    m(B, "sv", "n1", "", "swearing at app", "skitapp",
"""Den här jävla appen kraschar varje gång jag försöker betala. Vilken skituppdatering. Kan ni hjälpa mig att hitta kvittot?

Mvh
Erik""")
    m(B, "sv", "n2", "", "self-deprecation", "Re: inloggning",
"""Förlåt, jag är en idiot – jag hade skrivit fel e-postadress hela tiden. Nu funkar det, tack för tålamodet!

/Sara""")
    m(B, "sv", "n3", "", "hora/höra trap + slut", "Fråga om abonnemang",
"""Hej! Jag ville höra om det går att pausa abonnemanget under sommaren. Mitt avtal tar slut i juni och jag vill gärna höra vad det kostar att förlänga.

Vänliga hälsningar
Karin Lund""")
    m(B, "sv", "n4", "", "reporting abuse from another user", "Anmälan",
"""Hej, en användare skickade mig ett meddelande där han kallade mig "fitta" och skrev att han vet var jag bor. Kan ni stänga av kontot? Jag har sparat skärmdumpar.

Mvh Lina""")
    m(B, "sv", "n5", "", "harsh criticism", "Missnöjd",
"""Er kundservice är under all kritik. Långa köer, felaktiga svar och ingen återkoppling. Jag säger upp avtalet vid nästa årsskifte.

Anders Berg""", fmt="b64")
    m(B, "sv", "n6", "", "praise with swear", "Grymt",
"""Fan vad bra! Jonas fixade det på fem minuter, han är skitbra. Tack så jävla mycket!""")
