"""devset12 angry, batch 10 (measured before any tuning on it): loyal-customer disappointment that
turns angry, leaving out of frustration, "is anyone reading this"; negatives: leaving for neutral
reasons, "not angry just curious" in several languages, a third party's failures, quoted anger."""
B = "b10"

def add_b10(m):
    # ---------------- en
    m(B, "en", "a1", "A", "loyal customer, let down, leaving", "Leaving after 11 years",
"""I've recommended you to friends and colleagues for eleven years. After the way the last two months have gone I can't do that anymore, and I won't be staying either. Nobody should have to beg to get a working phone line.

Patricia Gomez""")
    m(B, "en", "a2", "A", "is anyone reading this", "Hello?",
"""Is there actually a human reading this inbox, or am I shouting into the void? Fourth message, zero replies. I'm starting to think the support address is just for show.

K. Ward""")
    m(B, "en", "a3", "A", "rather pay more elsewhere", "done",
"""I'd honestly rather pay double somewhere else than spend another evening fighting with your billing system. Close the account. Don't bother with the retention offer.

Simon""")
    m(B, "en", "n1", "", "leaving for neutral reasons", "Closing our account",
"""Hi,

We're merging with another company that uses a different platform, so we'll be closing our account at the end of December. It's been a pleasure working with you - thanks for everything.

Best regards,
Jonas Berg""")
    m(B, "en", "n2", "", "third party failures, calm", "Switching from our old provider",
"""Hello,

Our previous provider kept losing our data and their support never answered, which is why we're coming to you. Could you tell us how backups work on your side?

Cheers,
Tanya""")
    m(B, "en", "n3", "", "not annoyed, just want to understand", "Invoice question",
"""Hi there,

I'm not annoyed or anything, I just want to understand why the invoice shows two seats when we only have one user. Thanks!

Derek""")

    # ---------------- de
    m(B, "de", "a1", "A", "treuer Kunde, nie wieder", "Nach 15 Jahren",
"""Fünfzehn Jahre lang habe ich Sie jedem empfohlen. Damit ist jetzt Schluss. Wer seine Stammkunden so abserviert, braucht sich nicht zu wundern, wenn sie gehen.

Rolf Zimmermann""")
    m(B, "de", "a2", "A", "liest das überhaupt jemand", "Hallo??",
"""Liest hier überhaupt irgendjemand mit oder schreibe ich ins Leere? Vierte Nachricht, null Reaktion. Langsam glaube ich, die Support-Adresse ist nur Deko.

Heike""")
    m(B, "de", "n1", "", "leaving neutral", "Kündigung zum Jahresende",
"""Hallo,

wir stellen unsere Firma auf ein anderes System um und kündigen daher zum 31.12. Vielen Dank für die gute Zusammenarbeit!

Beste Grüße
Familie Krause""")
    m(B, "de", "n2", "", "nicht sauer, nur Frage", "Frage zur Abrechnung",
"""Hallo,

ich bin nicht sauer, möchte nur wissen, warum zwei Lizenzen abgerechnet wurden. Danke!

Oliver""")

    # ---------------- fr
    m(B, "fr", "a1", "A", "client fidèle, plus jamais", "Fin de l'histoire",
"""Je vous ai recommandés autour de moi pendant dix ans. C'est terminé. Quand on traite ses clients fidèles comme ça, il ne faut pas s'étonner qu'ils partent.

Françoise Michel""")
    m(B, "fr", "a2", "A", "quelqu'un lit ? parle dans le vide", "Allô ?",
"""Y a-t-il quelqu'un qui lit cette boîte mail, ou est-ce que je parle dans le vide ? Quatrième message, zéro réponse.

Thierry""")
    m(B, "fr", "n1", "", "départ neutre", "Résiliation",
"""Bonjour,

Notre société est rachetée et passe sur une autre solution, nous résilierons donc en décembre. Merci pour tout, ce fut un plaisir.

Cordialement,
Marc Aubert""")
    m(B, "fr", "n2", "", "pas énervé, juste curieux", "Question facture",
"""Bonjour,

Je ne suis pas énervé, juste curieux : pourquoi deux licences sur la facture ? Merci.

Paul""")

    # ---------------- es
    m(B, "es", "a1", "A", "cliente fiel, se acabó", "Se acabó",
"""Os he recomendado durante años a todo el mundo. Se acabó. Si tratáis así a los clientes de toda la vida, no os extrañe que nos vayamos.

Dolores""")
    m(B, "es", "a2", "A", "alguien lee esto + hablando a la pared", "¿Hola?",
"""¿Alguien lee este correo o estoy hablando con la pared? Cuarto mensaje y ni una respuesta.

Óscar""")
    m(B, "es", "n1", "", "baja neutral", "Baja del servicio",
"""Hola,

Nos fusionamos con otra empresa que usa otra plataforma, así que daremos de baja la cuenta en diciembre. Muchas gracias por todo.

Un saludo,
Ramón""")

    # ---------------- it
    m(B, "it", "a1", "A", "cliente fedele, chiudo", "Chiudo qui",
"""Vi ho consigliato a tutti per anni. Adesso basta. Se trattate così i clienti di vecchia data non stupitevi se se ne vanno.

Renato""")
    m(B, "it", "a2", "A", "qualcuno legge? parlo al muro", "Pronto?",
"""Qualcuno legge queste email o sto parlando al muro? Quarto messaggio, zero risposte.

Alessia""")
    m(B, "it", "n1", "", "disdetta neutra", "Disdetta",
"""Buongiorno,

passiamo a un altro sistema per motivi di gruppo, quindi disdiciamo a fine anno. Grazie per la collaborazione!

Luigi""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "cliente fiel, acabou", "Acabou",
"""Recomendei-vos a toda a gente durante anos. Acabou. Quem trata assim os clientes de longa data não se pode admirar quando eles vão embora.

Manuela""")
    m(B, "pt", "a2", "A", "alguém lê? falar para a parede", "Olá?",
"""Alguém lê este email ou estou a falar para a parede? Quarta mensagem e nem uma resposta.

Diogo""")
    m(B, "pt", "n1", "", "não estou chateado, só curioso", "Dúvida",
"""Olá,

Não estou chateado, só curioso: porque aparecem duas licenças na fatura? Obrigado.

Filipe""")

    # ---------------- nl
    m(B, "nl", "a1", "A", "trouwe klant, klaar", "Na 12 jaar",
"""Twaalf jaar lang heb ik jullie aan iedereen aangeraden. Dat is nu voorbij. Als je je vaste klanten zo behandelt, moet je niet raar opkijken als ze vertrekken.

Wim""")
    m(B, "nl", "a2", "A", "leest iemand dit", "Hallo??",
"""Leest er eigenlijk wel iemand mee, of praat ik tegen een muur? Vierde bericht, nul reactie.

Sandra""")
    m(B, "nl", "n1", "", "opzegging neutraal", "Opzegging",
"""Hallo,

We stappen vanwege een fusie over op een ander systeem en zeggen per januari op. Bedankt voor de fijne samenwerking!

Groet,
Hanneke""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "wierny klient, koniec", "Koniec",
"""Polecałem was wszystkim przez lata. Koniec z tym. Jak się tak traktuje stałych klientów, to nie dziwcie się, że odchodzą.

Zbigniew""")
    m(B, "pl", "a2", "A", "czy ktoś to czyta, gadam do ściany", "Halo?",
"""Czy ktokolwiek czyta te maile, czy gadam do ściany? Czwarta wiadomość, zero odpowiedzi.

Monika""")
    m(B, "pl", "n1", "", "rezygnacja neutralna", "Rezygnacja",
"""Dzień dobry,

Przechodzimy na inny system w ramach grupy, więc rezygnujemy od stycznia. Dziękujemy za współpracę!

Tomasz""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "client fidel, gata", "Gata",
"""V-am recomandat tuturor ani la rând. Gata. Dacă așa vă tratați clienții vechi, să nu vă mirați că pleacă.

Liviu""")
    m(B, "ro", "n1", "", "reziliere neutră", "Reziliere",
"""Bună ziua,

Ne mutăm pe alt sistem din motive de grup, așa că reziliem de la 1 ianuarie. Mulțumim pentru colaborare!

Irina""")

    # ---------------- da
    m(B, "da", "a1", "A", "loyal kunde, slut", "Slut",
"""Jeg har anbefalet jer til alle i ti år. Det er slut nu. Når I behandler trofaste kunder sådan, skal I ikke undre jer over, at de går.

Niels""")
    m(B, "da", "n1", "", "opsigelse neutral", "Opsigelse",
"""Hej,

Vi skifter system på grund af en fusion og opsiger derfor til januar. Tak for godt samarbejde!

Mvh Birgitte""")

    # ---------------- sv
    m(B, "sv", "a1", "A", "lojal kund, pratar med en vägg", "Hallå??",
"""Läser någon ens det här, eller pratar jag med en vägg? Fjärde mejlet, noll svar. Och jag som har rekommenderat er i tio år.

Göran""")
    m(B, "sv", "n1", "", "uppsägning neutral", "Uppsägning",
"""Hej,

Vi byter system på grund av en fusion och säger därför upp avtalet till januari. Tack för gott samarbete!

Mvh Ingrid""")
