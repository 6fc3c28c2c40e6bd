"""devset12 urgent-freebie, batch 3 (measured before any tuning on it)."""
B = "b3"

def add_b3(m):
    # ---------------- en
    m(B, "en", "u1", "U", "wedding saturday, seating plan", "Seating plan vanished",
"""Hi,

Our wedding is this Saturday and the seating plan I built in your planner has vanished - the page just shows 'no tables'. The venue needs the final plan from me by 5pm tomorrow. Please, please help, I'm panicking.

Hannah""")
    m(B, "en", "u2", "U", "nobody can clock in, no 'urgent' word", "Clock-in terminals",
"""Morning,

None of our staff can clock in since the update last night - the terminals all say 'sync pending'. We have 70 people on the early shift standing around. I need this sorted before the 10 o'clock shift change.

Gareth, Site Manager""", fmt="qp")
    m(B, "en", "f1", "F", "call it even with upgrade", "Re: Ticket 88213",
"""Hi Ben,

Thanks for finally fixing the invoice template. Honestly, three weeks of back and forth for that - if you move us up to the Business tier for the rest of the contract we'll call it even.

Cheers
Alison""")
    m(B, "en", "f2", "F", "vouchers for staff trouble", "Booking errors",
"""Hello,

Your booking system sent 14 of our customers to the wrong branch last Saturday. We had to hand out free coffees to apologise. I'd like you to cover that somehow - a credit on our account would do.

Regards,
Paul Whitfield""", fmt="alt")
    m(B, "en", "n1", "", "urgent flag feature bug", "The urgent flag does nothing",
"""Hi,

When my team marks a task with the 'urgent' flag in your app, it doesn't move to the top of the board like the help page says. Is that a known issue? It's not a big deal, just confusing.

Thanks,
Mia""")
    m(B, "en", "n2", "", "thanks for credit received", "Credit received",
"""Hi Jo,

Just to confirm the credit you promised has shown up on this month's invoice - thank you, that was decent of you. All sorted.

Rachel""", fmt="html")
    m(B, "en", "n3", "", "asking what the free plan includes", "Free plan limits",
"""Hello,

What are the limits on the free plan? We're a two-person team and want to know whether we'd hit the project cap before paying for anything.

Sam""")

    # ---------------- de
    m(B, "de", "u1", "U", "Zeugnisse Freitag", "Zeugnisdruck funktioniert nicht",
"""Sehr geehrtes Support-Team,

am Freitag bekommen 600 Schülerinnen und Schüler ihre Zeugnisse, und der Zeugnisdruck bricht seit gestern bei Seite 1 ab. Die Lehrkräfte müssen spätestens Donnerstagmittag drucken. Ich bitte um schnellstmöglichen Rückruf.

Schulsekretariat Gymnasium am Park
Frau Weber""", fmt="b64")
    m(B, "de", "f1", "F", "Gutschrift für Ärger", "Falsche Mahnungen",
"""Hallo,

Ihr System hat an 30 unserer Kunden Mahnungen verschickt, obwohl alles bezahlt war. Ich musste jeden einzeln anrufen. Für diesen Aufwand hätte ich gerne eine Gutschrift, das ist wohl das Mindeste.

Grüße
Carsten Ullrich""")
    m(B, "de", "n1", "", "Notfallkontakt Feld", "Feld Notfallkontakt",
"""Hallo,

in der Mitarbeiter-App lässt sich beim Profil das Feld "Notfallkontakt" nicht speichern. Können Sie sich das anschauen? Danke!

Lea""")
    m(B, "de", "n2", "", "Rabatt als Partner – Konditionen", "Partnerrabatt 2027",
"""Guten Tag,

als zertifizierter Partner möchten wir wissen, ob der Partnerrabatt von 25 % auch 2027 gilt oder ob sich die Staffel ändert.

Mit freundlichen Grüßen
Martin Haas, Haas IT GmbH""", fmt="qp")

    # ---------------- da
    m(B, "da", "u1", "U", "kunder ved kassen, ingen hast ord", "Betalingsterminal",
"""Hej,

Vores betalingsterminal afviser alle kort, og der står en lang kø ved kassen lige nu. Vi mister salg hele tiden. Ring venligst til mig nu på 40 55 66 77.

Kristian, Cafe Havnen""")
    m(B, "da", "f1", "F", "godtgørelse krav", "Fejl i lønsedler",
"""Hej,

Jeres fejl i lønmodulet betød, at vi måtte lave alle lønsedler om manuelt. Jeg forventer, at I godtgør os for det – enten som rabat eller en gratis måned.

Mvh
Birgitte Holm""", fmt="html")
    m(B, "da", "n1", "", "var akut i går, nu løst", "Re: Login-problem",
"""Hej,

Tak for hjælpen. I går var det virkelig akut, men nu virker alt. I kan lukke sagen.

Mvh Ole""")

    # ---------------- ro
    m(B, "ro", "u1", "U", "salarii maine fara cuvant urgent", "Nu se generează fluturașii",
"""Bună ziua,

Mâine trebuie să plătim salariile și nu se generează fișierul pentru bancă. Avem nevoie să fie rezolvat până diseară, altfel 50 de oameni rămân fără bani.

Georgiana Stan""")
    m(B, "ro", "f1", "F", "upgrade gratuit pentru probleme", "Probleme cu sincronizarea",
"""Salut,

De o lună sincronizarea merge când vrea ea. Ca să compensați, ați putea să ne treceți pe pachetul Premium fără cost până la vară.

Mulțumesc,
Dan Ionescu""", fmt="b64")
    m(B, "ro", "n1", "", "intrebare perioada de proba", "Perioada de probă",
"""Bună ziua,

Perioada de probă gratuită include și modulul de facturare? Și ce se întâmplă după cele 14 zile?

Mulțumesc,
Alina""")

    # ---------------- pl
    m(B, "pl", "u1", "U", "kontrola skarbowa jutro", "Brak raportów VAT",
"""Dzień dobry,

jutro o 9 mamy kontrolę z urzędu skarbowego, a raporty VAT za październik się nie generują. Potrzebujemy ich na dziś wieczór. Proszę o kontakt telefoniczny jak najszybciej.

Agnieszka Mazur, księgowa""", fmt="alt")
    m(B, "pl", "f1", "F", "bon / znizka za problemy", "Problemy z fakturami",
"""Dzień dobry,

trzeci miesiąc z rzędu faktura jest błędna. Myślę, że w ramach przeprosin powinni Państwo obniżyć nam cenę abonamentu na kolejne miesiące.

Pozdrawiam,
Michał Dąbrowski""")
    m(B, "pl", "n1", "", "bez pospiechu", "Pytanie o eksport",
"""Dzień dobry,

bez pośpiechu – czy da się eksportować listę klientów do CSV? Proszę odpisać, kiedy będą Państwo mieli chwilę.

Pozdrawiam
Iza""")

    # ---------------- es
    m(B, "es", "u1", "U", "clientes esperando en la caja", "TPV bloqueado",
"""Hola,

el TPV del restaurante se ha quedado colgado en plena hora de comidas y tenemos a la gente esperando para pagar. Necesito que alguien me llame ya, por favor: 622 33 44 55.

Carlos""", fmt="qp")
    m(B, "es", "f1", "F", "compensacion por error facturacion", "Cobro de módulos que no usamos",
"""Buenas tardes,

llevamos cuatro meses pagando un módulo que nunca pedimos. Además de devolvernos lo cobrado, esperamos algún tipo de compensación por las horas que hemos perdido revisándolo.

Saludos,
Marta Jiménez""")
    m(B, "es", "n1", "", "era urgente ayer, ya resuelto", "RE: Acceso",
"""Hola Pablo,

ayer era urgentísimo, pero ya funciona todo perfectamente. Muchas gracias, podéis cerrar la incidencia.

Elena

> El 23/11 Elena escribió:
> URGENTE: no podemos acceder a la plataforma""", fmt="alt")
    m(B, "es", "n2", "", "cuanto cuesta upgrade", "Subir de plan",
"""Hola,

¿cuánto costaría pasar del plan Básico al Profesional a mitad de año? ¿Se prorratea lo ya pagado?

Gracias,
Iván""")

    # ---------------- fr
    m(B, "fr", "u1", "U", "conseil municipal ce soir", "Impossible d'exporter l'ordre du jour",
"""Bonjour,

Le conseil municipal se réunit ce soir à 19h et je n'arrive pas à exporter l'ordre du jour ni les délibérations. J'en ai besoin avant 17h pour les imprimer. Pouvez-vous me rappeler au plus vite ?

Mairie de Saint-Aubin
Service administratif""")
    m(B, "fr", "f1", "F", "avoir demandé pour dédommager", "Double facturation + attente",
"""Bonjour,

Au-delà du remboursement de la double facturation, je souhaiterais un avoir sur la prochaine facture pour compenser les trois semaines d'attente.

Cordialement,
Hélène Blanc""", fmt="b64")
    m(B, "fr", "n1", "", "newsletter offre", "Dernière chance : -50% sur l'abonnement annuel",
"""Bonjour,

Plus que 24h pour profiter de -50% sur l'abonnement annuel ! Dépêchez-vous, l'offre se termine ce soir à minuit.

L'équipe PlanPro
Se désabonner""", fmt="html")

    # ---------------- nl
    m(B, "nl", "u1", "U", "open dag morgen", "Inschrijfformulier werkt niet",
"""Hoi,

Morgen is onze open dag en het inschrijfformulier op de site geeft een witte pagina. We verwachten honderden bezoekers. Kunnen jullie dit vanmiddag nog fixen? Anders hebben we een groot probleem.

Groet,
Lotte, Hogeschool West""", fmt="html")
    m(B, "nl", "f1", "F", "compensatie eisen", "Storing kassasysteem",
"""Goedemiddag,

Onze winkel kon zaterdag — onze drukste dag — vier uur niet afrekenen. Ik wil graag weten hoe jullie dit gaan compenseren. Een maand niet factureren lijkt me redelijk.

Met vriendelijke groet,
Johan Smit""")
    m(B, "nl", "n1", "", "vraag naar prijs extra licentie", "Extra licentie",
"""Hallo,

Wat kost een extra licentie als we halverwege het jaar iemand toevoegen? Wordt dat naar rato berekend?

Groet, Tim""")

    # ---------------- sv
    m(B, "sv", "u1", "U", "deklaration idag", "Kan inte skicka momsdeklaration",
"""Hej,

Momsdeklarationen måste vara inne hos Skatteverket i dag och exporten från ert program fungerar inte. Vi får förseningsavgift om det inte löser sig före midnatt. Snälla hjälp!

Ingrid, Redovisningsbyrå Söder""")
    m(B, "sv", "f1", "F", "rabatt som kompensation", "Flera avbrott",
"""Hej!

Efter alla avbrott den här hösten tycker jag att det vore rimligt med en rejäl rabatt på nästa års avtal. Annars funderar vi på att byta leverantör.

/Fredrik""", fmt="qp")
    m(B, "sv", "n1", "", "vill inte ha kompensation", "Tack",
"""Hej,

Tack för att ni löste problemet så snabbt. Vi behöver ingen kompensation, det viktiga är att det fungerar nu.

Hälsningar
Karin""")

    # ---------------- it
    m(B, "it", "u1", "U", "negozio apre, cassa ferma", "Cassa non funziona",
"""Buongiorno,

apriamo il negozio fra venti minuti e la cassa non si accende più dopo l'aggiornamento di stanotte. È sabato e avremo gente fin da subito. Vi prego di chiamarmi subito al 333 1234567.

Alessandro""")
    m(B, "it", "f1", "F", "omaggio per il disagio", "Fatturazione sbagliata",
"""Buonasera,

per la terza volta la fattura riporta un importo sbagliato. Per il disturbo credo sia giusto che ci regaliate almeno un mese di abbonamento.

Sara Conti""", fmt="alt")
    m(B, "it", "n1", "", "sconto studenti domanda", "Sconto studenti",
"""Ciao,

sono uno studente universitario, avete uno sconto per studenti sul piano personale? Quanto verrebbe al mese?

Davide""")

    # ---------------- pt
    m(B, "pt", "u1", "U", "casamento amanhã convites", "Lista de convidados apagada",
"""Olá,

O casamento é amanhã e a lista de convidados desapareceu da plataforma. A quinta precisa dela até às 18h de hoje. Por favor ajudem-me rapidamente!

Joana""", fmt="b64")
    m(B, "pt", "f1", "F", "desconto exigido", "Renovação do contrato",
"""Bom dia,

Com todas as falhas que tivemos este ano, só vamos renovar se nos derem um bom desconto. Aguardo uma proposta.

Cumprimentos,
Paulo Mendes""")
    m(B, "pt", "n1", "", "contato de emergência", "Campo contato de emergência",
"""Olá,

No cadastro de funcionários o campo "contato de emergência" não aceita números com +351. Podem verificar?

Obrigado,
Nuno""")
