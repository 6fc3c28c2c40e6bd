"""devset14 angry, batch 8 = second GENERALISATION batch (measured before any tuning on it): fresh writers
and situations (utility meter, school app, vet clinic booking, car lease, web shop returns, coworking
badge, pharmacy delivery), all round-12 themes reworded; negatives: calm, praise, relayed anger,
third-party anger, quoted anger."""
B = "b8"

def add_b8(m):
    # ---------------- en
    m(B, "en", "a1", "A", "sarcasm: cheers for that", "Meter reading",
"""Cheers for that. I send you the meter photo, you bill me an 'estimate' twice the real usage, and now I'm the one who has to prove it. Typical.

Shaun""")
    m(B, "en", "a2", "A", "rhetorical: am I talking to a wall", "School app",
"""Am I talking to a wall here? The school app has shown my son as absent every day this week. He's been in class. I've told you this on Monday, Tuesday and today.

Farah""")
    m(B, "en", "a3", "A", "leaving, terse", "",
"""that's it, cancel the lease. I'll take my chances with literally anyone else.

- Greg""")
    m(B, "en", "n1", "", "relayed: my boss is fuming (neutral ask)", "Quote for boss",
"""Hi, my boss was fuming at the printer this morning (not your fault!) - could you send the updated quote again as PDF? Thanks.

Ellie""")
    m(B, "en", "n2", "", "quoted anger, calm new text", "Re: Complaint",
"""Thanks Ben, the replacement arrived today and it's perfect.

Shaun

> On Mon, Shaun wrote:
> This is a joke, third time you've sent the wrong part.""")
    # ---------------- de
    m(B, "de", "a1", "A", "Ironie: Herzlichen Dank auch", "Zählerstand",
"""Herzlichen Dank auch. Ich schicke Ihnen brav den Zählerstand und bekomme eine Schätzung über das Doppelte. Das ist doch ein schlechter Witz.

Rainer""")
    m(B, "de", "a2", "A", "rede ich gegen eine Wand", "Schul-App",
"""Rede ich hier gegen eine Wand? Meine Tochter wird in der App seit Montag als abwesend geführt. Ich habe das jetzt dreimal gemeldet.

Sandra""")
    m(B, "de", "n1", "", "calm question", "Zählerstand",
"""Guten Tag, anbei mein Zählerstand vom 1.11. Können Sie die Abschlagszahlung anpassen? Danke.

Frank""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "je parle à un mur", "Application scolaire",
"""Je parle à un mur ou quoi ? Ma fille est notée absente depuis lundi alors qu'elle est en classe. Troisième signalement.

Samia""")
    m(B, "fr", "a2", "A", "ça suffit, je résilie", "Location voiture",
"""Ça suffit. Je résilie le contrat de location. Je n'ai plus aucune confiance en vous.

Philippe""")
    m(B, "fr", "n1", "", "third party anger: le vétérinaire", "RDV",
"""Bonjour, mon chien était furieux contre le vétérinaire hier, ha ha. Pouvez-vous décaler le rendez-vous à jeudi ? Merci.

Manon""")
    # ---------------- es
    m(B, "es", "a1", "A", "¿hablo con la pared?", "App del colegio",
"""¿Estoy hablando con la pared? Tercera vez que aviso que mi hijo aparece ausente y está en clase.

Verónica""")
    m(B, "es", "a2", "A", "es-AR: me tienen podrido", "Devolución",
"""Me tienen podrido con la devolución. Un mes y medio y todavía nada.

Sebastián""")
    m(B, "es", "n1", "", "calm", "Cita veterinaria",
"""Hola, ¿puedo cambiar la cita del gato al viernes? Gracias.

Nuria""")
    # ---------------- it
    m(B, "it", "a1", "A", "parlo al muro", "App scuola",
"""Sto parlando al muro? Mio figlio risulta assente da lunedì ed è in classe. Ve l'ho segnalato tre volte.

Cinzia""")
    m(B, "it", "a2", "A", "basta, non mi fido più", "Noleggio",
"""Basta. Disdico il noleggio. Non mi fido più di voi.

Claudio""")
    m(B, "it", "n1", "", "calm", "Farmaci",
"""Buongiorno, quando arriva la consegna dei farmaci? Grazie mille.

Teresa""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "pt-BR: falando com a parede", "App da escola",
"""Tô falando com a parede? Meu filho aparece como faltoso a semana toda e ele foi em todas as aulas. Terceira vez que aviso.

Adriana""")
    m(B, "pt", "a2", "A", "pt-PT: perdi a confiança", "Aluguer",
"""Chega. Quero terminar o contrato de aluguer. Perdi toda a confiança em vocês.

Nuno""")
    m(B, "pt", "n1", "", "praise", "Obrigado",
"""Obrigado pela rapidez na troca, tudo certo!

Vitor""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "praat ik tegen een muur", "School-app",
"""Praat ik tegen een muur? Mijn zoon staat al sinds maandag als afwezig. Ik heb het nu drie keer gemeld.

Esther""")
    m(B, "nl", "a2", "A", "genoeg, geen vertrouwen meer", "Lease",
"""Genoeg. Ik zeg de lease op. Ik heb geen enkel vertrouwen meer in jullie.

Rob""")
    m(B, "nl", "n1", "", "calm", "Retour",
"""Hallo, hoe kan ik een retour aanmelden? Groet, Iris""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "pratar jag med en vägg", "Skolappen",
"""Pratar jag med en vägg? Min dotter står som frånvarande sedan måndag. Jag har anmält det tre gånger.

Helena""")
    m(B, "sv", "a2", "A", "det räcker, inget förtroende", "Leasing",
"""Det räcker nu. Jag säger upp leasingavtalet. Jag har inget förtroende kvar för er.

Stefan""")
    m(B, "sv", "n1", "", "calm", "Apotek",
"""Hej, när kommer min apoteksleverans? Tack!

Greta""")
    # ---------------- da
    m(B, "da", "a1", "A", "taler jeg til en væg", "Skole-app",
"""Taler jeg til en væg? Min søn står som fraværende siden mandag. Jeg har meldt det tre gange.

Trine""")
    m(B, "da", "a2", "A", "nu stopper det, ingen tillid", "Leasing",
"""Nu stopper det. Jeg opsiger leasingaftalen. Jeg har ingen tillid tilbage til jer.

Jens""")
    m(B, "da", "n1", "", "calm", "Dyrlæge",
"""Hej, kan jeg flytte tiden hos dyrlægen til fredag? Tak.

Maja""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "mówię do ściany", "Aplikacja szkolna",
"""Czy ja mówię do ściany? Syn od poniedziałku jest oznaczony jako nieobecny. Zgłaszam to już trzeci raz.

Joanna""")
    m(B, "pl", "a2", "A", "dość, straciłem zaufanie", "Leasing",
"""Dość tego. Wypowiadam umowę leasingu. Straciłem do was całe zaufanie.

Wojciech""")
    m(B, "pl", "n1", "", "calm", "Zwrot",
"""Dzień dobry, jak mogę zgłosić zwrot? Pozdrawiam, Iga""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "vorbesc cu pereții", "Aplicatia scolii",
"""Vorbesc cu pereții? Fiul meu apare absent de luni, deși e la școală. Am anunțat deja de trei ori.

Roxana""")
    m(B, "ro", "a2", "A", "ajunge, nu mai am încredere", "Leasing",
"""Ajunge. Reziliez contractul de leasing. Nu mai am nicio încredere în voi.

Marius""")
    m(B, "ro", "n1", "", "calm", "Programare",
"""Bună ziua, pot muta programarea la vineri? Mulțumesc.

Oana""")
