"""devset12 angry, batch 15 (measured before any tuning on it): passive-aggressive ("as I have already
said", "per my last email", sarcastic "take your time"), cancellation traps, drivers not knocking,
endless identity checks; negatives: sincere "take your time", calm "as mentioned", onboarding
"where do I start", a calm cancellation."""
B = "b15"

def add_b15(m):
    # ---------------- en
    m(B, "en", "a1", "A", "sarcastic take your time", "Re: Refund status",
"""Oh no, take your time. It's only been seven weeks. I'm sure my £340 is very comfortable in your account.

Graham""")
    m(B, "en", "a2", "A", "as I have already stated (three times)", "Re: Re: Re: Account details",
"""As I have already stated - three times now - the account is in my name, the card is in my name, and the address has not changed. Please actually read the thread before replying.

Sheila Burke""")
    m(B, "en", "a3", "A", "cancellation trap", "Let me cancel",
"""Why is it that signing up takes one click but cancelling needs a phone call during office hours that nobody answers? It's a deliberate trap and frankly a disgraceful way to keep customers.

Oscar""")
    m(B, "en", "a4", "A", "driver didn't knock", "Missed delivery - I WAS HOME",
"""I was home ALL DAY. Your driver didn't even knock, just left a 'sorry we missed you' card and drove off. My doorbell camera shows it. This is the second time.

Jade""")
    m(B, "en", "n1", "", "sincere take your time", "No rush",
"""Hi Leo,

Take your time with the quote, we won't make a decision before the new year anyway.

Cheers,
Nina""")
    m(B, "en", "n2", "", "calm as mentioned", "Re: Office move",
"""Hi,

As mentioned on the phone, our new address from 1 December is 12 Mill Lane. Could you update it on the invoices? Thanks!

Grace""")
    m(B, "en", "n3", "", "onboarding where to start", "Getting started",
"""Hello,

We've just signed up and honestly don't know where to start - is there a checklist or a short video for new admins?

Thanks,
Jamal""")

    # ---------------- de
    m(B, "de", "a1", "A", "wie bereits mehrfach erwähnt", "AW: Kontodaten",
"""Wie ich bereits mehrfach geschrieben habe: Das Konto läuft auf meinen Namen, die Karte auch. Lesen Sie doch bitte erst den Verlauf, bevor Sie antworten.

Gisela""")
    m(B, "de", "a2", "A", "Kündigungsfalle", "Kündigung unmöglich",
"""Anmelden geht mit einem Klick, kündigen nur telefonisch zu Bürozeiten, und da geht niemand ran. Das ist eine bewusste Kostenfalle und eine Zumutung.

Dirk""")
    m(B, "de", "n1", "", "wie besprochen calm", "Neue Adresse",
"""Hallo,

wie telefonisch besprochen, lautet unsere neue Adresse ab 1. Dezember Mühlenweg 12. Bitte auf den Rechnungen anpassen. Danke!

Grüße, Ines""")

    # ---------------- fr
    m(B, "fr", "a1", "A", "sarcastic prenez votre temps", "Re: Remboursement",
"""Mais prenez votre temps surtout. Ça ne fait que sept semaines. Mes 340 € sont sûrement très bien chez vous.

Régis""", fmt="qp", charset="iso-8859-15")
    m(B, "fr", "a2", "A", "livreur n'a pas sonné", "Livraison manquée",
"""J'étais chez moi TOUTE LA JOURNÉE. Votre livreur n'a même pas sonné, il a laissé un avis de passage et il est reparti. J'ai la vidéo de ma sonnette. Deuxième fois.

Karima""")
    m(B, "fr", "n1", "", "prenez votre temps sincere", "Devis",
"""Bonjour,

Prenez votre temps pour le devis, nous ne déciderons rien avant janvier.

Bien à vous,
Pascal""")

    # ---------------- es
    m(B, "es", "a1", "A", "como ya he dicho", "RE: Datos de la cuenta",
"""Como ya he dicho tres veces: la cuenta está a mi nombre, la tarjeta también. Leed el hilo antes de contestar, por favor.

Amparo""")
    m(B, "es", "a2", "A", "trampa de baja", "Darse de baja",
"""Para daros de alta basta un clic, pero para la baja hay que llamar en horario de oficina y nadie coge el teléfono. Es una trampa descarada.

Gonzalo""")
    m(B, "es", "n1", "", "tómate tu tiempo sincere", "Presupuesto",
"""Hola Ana, tómate tu tiempo con el presupuesto, no decidiremos nada hasta enero. Gracias.

Quique""")

    # ---------------- it
    m(B, "it", "a1", "A", "come ho già detto", "R: Dati account",
"""Come ho già scritto tre volte: l'account è intestato a me, la carta pure. Leggete la conversazione prima di rispondere, per favore.

Rosanna""")
    m(B, "it", "a2", "A", "corriere non ha suonato", "Consegna mancata",
"""Ero a casa TUTTO IL GIORNO. Il vostro corriere non ha nemmeno suonato, ha lasciato l'avviso ed è ripartito. Ho il video del citofono. È la seconda volta.

Tiziana""")
    m(B, "it", "n1", "", "calm as mentioned", "Nuovo indirizzo",
"""Buongiorno, come anticipato al telefono il nostro nuovo indirizzo dal 1° dicembre è Via Roma 12. Grazie!

Lucia""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "como já disse", "RE: Dados da conta",
"""Como já disse três vezes: a conta está em meu nome, o cartão também. Leiam a conversa antes de responder, por favor.

Teresa""")
    m(B, "pt", "a2", "A", "armadilha cancelamento", "Cancelar",
"""Para assinar é um clique, para cancelar tem que ligar em horário comercial e ninguém atende. É uma armadilha descarada.

Leandro""")
    m(B, "pt", "n1", "", "onboarding where to start", "Começar",
"""Olá, acabámos de aderir e não sabemos bem por onde começar. Há algum guia para administradores? Obrigado.

Inês""")

    # ---------------- nl
    m(B, "nl", "a1", "A", "zoals ik al zei", "RE: Accountgegevens",
"""Zoals ik nu al drie keer heb gezegd: het account staat op mijn naam, de kaart ook. Lees alsjeblieft eerst de mail terug voordat je antwoordt.

Karin""")
    m(B, "nl", "a2", "A", "bezorger belde niet aan", "Gemiste bezorging",
"""Ik was de HELE DAG thuis. Jullie bezorger heeft niet eens aangebeld, alleen een kaartje in de bus en weg. Ik heb de beelden van mijn deurbel. Tweede keer al.

Ronald""")
    m(B, "nl", "n1", "", "neem je tijd sincere", "Offerte",
"""Hoi, neem gerust de tijd voor de offerte, we beslissen toch pas in januari.

Groet, Meike""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "jak już pisałem", "RE: Dane konta",
"""Jak już trzy razy pisałem: konto jest na moje nazwisko, karta też. Proszę najpierw przeczytać całą korespondencję, zanim Państwo odpiszą.

Leszek""")
    m(B, "pl", "n1", "", "calm cancellation", "Rezygnacja",
"""Dzień dobry, proszę o anulowanie subskrypcji z końcem miesiąca. Dziękuję za współpracę.

Edyta""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "după cum am mai spus", "RE: Date cont",
"""După cum v-am spus deja de trei ori: contul e pe numele meu, cardul la fel. Citiți conversația înainte să răspundeți, vă rog.

Mirela""")
    m(B, "ro", "n1", "", "calm as mentioned", "Adresă nouă",
"""Bună ziua, după cum am discutat la telefon, adresa nouă din 1 decembrie este Str. Morii 12. Mulțumesc!

Sorina""")

    # ---------------- da
    m(B, "da", "a1", "A", "som jeg allerede har skrevet", "SV: Kontooplysninger",
"""Som jeg allerede har skrevet tre gange: Kontoen står i mit navn, kortet også. Læs lige tråden, før I svarer.

Birthe""")
    m(B, "da", "n1", "", "tag jer god tid sincere", "Tilbud",
"""Hej, tag jer god tid med tilbuddet, vi beslutter først noget i januar.

Mvh Jens""")

    # ---------------- sv
    m(B, "sv", "a1", "A", "som jag redan har skrivit", "SV: Kontouppgifter",
"""Som jag redan har skrivit tre gånger: kontot står på mig, kortet också. Läs tråden innan ni svarar.

Gunilla""")
    m(B, "sv", "n1", "", "calm cancellation", "Uppsägning",
"""Hej, jag vill säga upp prenumerationen från nästa månad. Tack för den här tiden!

Moa""")
