"""devset14 angry, batch 9 (measured before any tuning on it): anger through consequences ('I had to
apologise to my own customers', 'made me look like a fool', 'cost me a client'), insulting offers ('keep
your voucher', 'a 10% voucher is an insult'), 'do you actually want customers?', 'not good enough' verdicts,
long mails with one angry sentence; negatives: neutral 'apologise to my customers', 'not good enough' about
own work, voucher questions, 'shocking' weather."""
B = "b9"

def add_b9(m):
    # ---------------- en
    m(B, "en", "a1", "A", "consequences: apologise to my own customers", "Missed deliveries",
"""Morning,

Your driver missed our collection again on Thursday, which means 14 orders went out late and I spent Friday apologising to my own customers for your mistake. I'm not doing that again.

Regards
Nadia Osei
Osei Ceramics""")
    m(B, "en", "a2", "A", "insulting voucher", "Your 'goodwill gesture'",
"""A £5 voucher after losing three days of bookings? Keep it. That's not a goodwill gesture, it's an insult.

Peter""")
    m(B, "en", "a3", "A", "do you actually want customers", "",
"""genuine question: do you actually want customers? because it doesn't feel like it""")
    m(B, "en", "n1", "", "neutral apologise to customers", "Template",
"""Hi, is there a template for apologising to customers when our shop is closed for the holidays? Thanks!

Zara""")
    m(B, "en", "n2", "", "not good enough about own draft", "Draft",
"""Here's my draft logo brief - probably not good enough yet, happy for your designer to tear it apart!

Alfie""")
    # ---------------- de
    m(B, "de", "a1", "A", "blamiert vor dem Chef", "Präsentation",
"""Dank Ihrem Ausfall stand ich heute vor der Geschäftsleitung wie ein Idiot da, ohne Zahlen. Das war das letzte Mal, dass ich mich auf Sie verlassen habe.

Carsten""")
    m(B, "de", "a2", "A", "Gutschein eine Frechheit", "Gutschein",
"""Einen 10-Euro-Gutschein für drei Wochen ohne Internet? Behalten Sie ihn. Das empfinde ich als Hohn.

Marion""")
    m(B, "de", "n1", "", "Gutschein question", "Gutschein einlösen",
"""Hallo, wie kann ich den 10-Euro-Gutschein einlösen? Danke!

Tim""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "passé pour un idiot devant mon client", "Panne",
"""À cause de votre panne je suis passé pour un amateur devant mon plus gros client. Merci beaucoup.

Hugo""")
    m(B, "fr", "a2", "A", "gardez votre bon", "Geste commercial",
"""Un bon de 10 euros pour deux semaines sans service ? Gardez-le. C'est se moquer du monde.

Martine""")
    m(B, "fr", "n1", "", "excuses à nos clients neutral", "Modèle",
"""Bonjour, avez-vous un modèle de mail pour s'excuser auprès de nos clients en cas de retard ? Merci.

Inès""")
    # ---------------- es
    m(B, "es", "a1", "A", "quedé como un tonto", "Caída",
"""Por su caída quedé como un tonto delante de mi cliente más importante. No vuelve a pasar, me busco otro proveedor.

Ramón""")
    m(B, "es", "a2", "A", "¿de verdad quieren clientes?", "Atención",
"""Pregunta seria: ¿de verdad quieren tener clientes? Porque no lo parece.

Celia""")
    m(B, "es", "n1", "", "calm cupón", "Cupón",
"""Hola, ¿el cupón del 10% vale también para el plan anual? Gracias.

Andrés""")
    # ---------------- it
    m(B, "it", "a1", "A", "figuraccia col cliente", "Interruzione",
"""Per colpa vostra ho fatto una figuraccia con il mio cliente principale. Complimenti.

Davide""")
    m(B, "it", "a2", "A", "buono: è un insulto", "Buono sconto",
"""Un buono da 5 euro dopo tre settimane di disservizio? Tenetevelo. È un insulto.

Monica""")
    m(B, "it", "n1", "", "calm", "Buono",
"""Ciao, come si usa il buono sconto sull'app? Grazie.

Gaia""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "pt-BR: passei vergonha", "Queda",
"""Por causa de vocês passei vergonha na frente do meu cliente. Isso não se faz.

Rodrigo""")
    m(B, "pt", "a2", "A", "pt-PT: fiquem com o vale", "Compensação",
"""Um vale de 5 euros depois de um mês sem serviço? Fiquem com ele. É uma falta de respeito.

Helena""")
    m(B, "pt", "n1", "", "calm", "Vale",
"""Olá, o vale de desconto tem validade? Obrigada.

Lúcia""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "voor schut gestaan", "Storing",
"""Door jullie storing heb ik voor schut gestaan bij mijn grootste klant. Bedankt hoor.

Maarten""")
    m(B, "nl", "a2", "A", "tegoedbon: een belediging", "Compensatie",
"""Een tegoedbon van 5 euro na drie weken zonder internet? Houd hem maar. Dat is gewoon een belediging.

Saskia""")
    m(B, "nl", "n1", "", "calm", "Tegoedbon",
"""Hallo, hoe lang is de tegoedbon geldig? Groet, Noor""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "stod där som en idiot", "Avbrottet",
"""Tack vare ert avbrott stod jag som en idiot inför min största kund. Det här glömmer jag inte.

Fredrik""")
    m(B, "sv", "a2", "A", "behåll er värdecheck", "Kompensation",
"""En värdecheck på 50 kronor efter tre veckor utan tjänst? Behåll den. Det är en förolämpning.

Ingrid""")
    m(B, "sv", "n1", "", "calm", "Värdecheck",
"""Hej, hur länge gäller värdechecken? Tack!

Albin""")
    # ---------------- da
    m(B, "da", "a1", "A", "til grin foran kunden", "Nedbrud",
"""På grund af jeres nedbrud stod jeg til grin foran min største kunde. Tak for det.

Søren""")
    m(B, "da", "a2", "A", "behold jeres gavekort", "Kompensation",
"""Et gavekort på 50 kr. efter tre uger uden internet? Behold det. Det er direkte en fornærmelse.

Dorthe""")
    m(B, "da", "n1", "", "calm", "Gavekort",
"""Hej, hvordan bruger jeg gavekortet? Tak.

Emma""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "wyszedłem na idiotę", "Awaria",
"""Przez waszą awarię wyszedłem na idiotę przed najważniejszym klientem. Dziękuję bardzo.

Michał""")
    m(B, "pl", "a2", "A", "bon: to obraza", "Rekompensata",
"""Bon na 20 zł po trzech tygodniach bez internetu? Zatrzymajcie go sobie. To jest obraza.

Halina""")
    m(B, "pl", "n1", "", "calm", "Bon",
"""Dzień dobry, do kiedy ważny jest bon? Dziękuję.

Ola""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "m-ați făcut de râs", "Avarie",
"""Din cauza avariei voastre m-am făcut de râs în fața celui mai important client. Mulțumesc frumos.

Sergiu""")
    m(B, "ro", "a2", "A", "voucher: e o insultă", "Compensație",
"""Un voucher de 20 de lei după trei săptămâni fără internet? Păstrați-l. E o insultă.

Daniela""")
    m(B, "ro", "n1", "", "calm", "Voucher",
"""Bună ziua, până când e valabil voucherul? Mulțumesc.

Raluca""")
