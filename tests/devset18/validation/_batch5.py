"""devset18 validation, batch 5: every language again, fresh voices: mixed tags (abusive + legal,
outage + legal, ownership pressure with insults), buried requests in long mails, and harder
negatives (auto-replies, third parties' threats, admin/owner words in routine requests, idioms).
Measure only."""
B = "b5"


def add_b5(m):
    # ================= en
    m(B, "en", "x1", "AL", "abusive + legal: insults agent and announces small claims", "Re: Refund (again)",
"""Right, I've had enough of being fobbed off by clueless clowns like Darren. You're a disgrace to the job, mate. I'm filing at the small claims court on Monday and you can explain your 'policy' to a judge.

> On 23 Nov 2026, Darren (Support) wrote:
> As explained, refunds are only possible within 14 days of purchase.""")
    m(B, "en", "x2", "O", "long rambling outage buried after billing chat", "couple of things",
"""Hi Tom,

Hope you had a good weekend. Couple of things. First, the invoice for October had the old VAT number on it, could you reissue when you get a sec, no rush. Second, and this one IS a rush sorry: since about 7 this morning none of our drivers can open the delivery app, it just sits on the splash screen and then says "unable to reach server". Same on the web portal in the office, all three of us. Our Wi-Fi is fine, we can get on everything else.

Cheers
Nadia
Dispatch, Kestrel Couriers""")
    m(B, "en", "x3", "W", "IT contractor social engineering: reset MFA of finance director", "MFA reset - finance director",
"""Hi support, I'm the external IT contractor for Harrow Dental. The finance director Paula Grant has lost her phone. Please remove her two-factor and set the recovery email on her login to mine (this address) so I can get her back in today. She's in meetings all day so can't call you herself.""")
    m(B, "en", "n13", "", "neg: out-of-office auto-reply quoting a mail with a threat; L arguable, left unscored", "Automatic reply: Re: Refund",
"""I'm out of the office until 30 November with limited access to email. For urgent matters please contact accounts@harbourpress.example.

> From: Support
> Subject: Re: Refund
> > If this isn't refunded I'll be taking you to the small claims court.""", free="L")
    m(B, "en", "n14", "", "neg: customer's own client threatened THEM, asks for audit log", "Audit log export",
"""Hi, one of our tenants is threatening to sue us over a disputed deposit and our solicitor wants the full message history with that tenant. How do I export the audit log for a single contact? Thanks.""")
    m(B, "en", "n15", "", "neg: new starters can't log in until invited (onboarding, not outage)", "New team can't log in",
"""Hi, the five new hires can't log in yet, it says no account found. I guess I have to invite them first from the admin panel? Where is that?""")
    m(B, "en", "n16", "", "neg: admin word in routine request, owner herself asks about billing contact", "Billing contact",
"""I'm the admin on our account. Could you add our bookkeeper as the billing contact so she gets the invoices? She doesn't need a login.""")

    # ================= de
    m(B, "de", "x1", "OL", "outage + legal: Ausfall, Schadensersatz über Anwalt", "Totalausfall – Schadensersatz",
"""Seit gestern 14 Uhr kommt keiner unserer 30 Mitarbeiter ins System, die Auftragsannahme steht komplett. Das ist der zweite Ausfall in diesem Monat. Ich habe unseren Anwalt beauftragt, Schadensersatzansprüche gegen Sie zu prüfen und geltend zu machen.""")
    m(B, "de", "x2", "A", "long, cutting, formal insults aimed at named agent", "Beschwerde über Ihre Mitarbeiterin",
"""Sehr geehrte Damen und Herren,

ich möchte mich über Ihre Mitarbeiterin Frau Kessler beschweren, wobei „Mitarbeiterin" ein großes Wort für jemanden ist, der offensichtlich weder lesen noch denken kann. Ein Toastbrot hätte mir kompetenter geantwortet. Ehrlich gesagt frage ich mich, wer so eine Person einstellt – vermutlich jemand genauso Beschränktes.

Mit freundlichen Grüßen
Dr. H. Albers""")
    m(B, "de", "x3", "W", "Erbe verlangt Zugang zum Konto des verstorbenen Vaters", "Konto meines verstorbenen Vaters",
"""Guten Tag, mein Vater ist im Oktober verstorben. Ich bin sein Sohn und Erbe und möchte, dass Sie mir sein Konto mit allen Daten übertragen und mir das Passwort schicken. Einen Erbschein habe ich noch nicht, das dauert ja Monate.""")
    m(B, "de", "n12", "", "neg: Abwesenheitsnotiz, Rechtsabteilung erwähnt", "Abwesenheitsnotiz: Ihre Rechnung",
"""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an unsere Rechtsabteilung (recht@bauer-gmbh.example) oder an Frau Yilmaz.""")
    m(B, "de", "n13", "", "neg: 'bringt mich um' idiom about a slow feature", "Ladezeiten Berichte",
"""Die Ladezeit beim Jahresbericht bringt mich noch um, 40 Sekunden jedes Mal. Gibt es da einen Trick, z. B. den Zeitraum zu begrenzen?""")
    m(B, "de", "n14", "", "neg: Admin fragt nach Rollen für Kollegen (eigenes Konto, normal)", "Rollen",
"""Hallo, ich bin Administrator unseres Kontos. Kann ich einem Kollegen nur Leserechte auf die Buchhaltung geben, ohne dass er Rechnungen verschicken kann?""")

    # ================= da
    m(B, "da", "x1", "AL", "abusive + legal", "Jeres såkaldte kundeservice",
"""I er nogle klamme plattenslagere og jeres medarbejder Rasmus er den dummeste person jeg nogensinde har talt med. Sagen går videre til Forbrugerklagenævnet, og så kan I sidde der og skamme jer.""")
    m(B, "da", "x2", "O", "terse follow-up: everything down again, no customer can book", "Sv: Sv: Booking",
"""Nu er det hele gået ned igen, ingen af vores kunder kan booke tid og vi kan heller ikke se kalenderen. Tredje gang i dag!""")
    m(B, "da", "x3", "W", "bestyrelsesformand: overfør administrator fra kasserer", "Foreningens konto",
"""Hej, jeg er ny formand i grundejerforeningen. Den gamle kasserer sidder stadig som administrator og vil ikke give slip. Vil I fjerne ham og sætte mig ind som ejer i stedet?""")
    m(B, "da", "n12", "", "neg: autosvar fravær", "Autosvar: Faktura",
"""Tak for din mail. Jeg er på ferie til og med 1. december og læser ikke mails. Kontakt venligst bogholderiet på 70 20 30 40.""")
    m(B, "da", "n13", "", "neg: owner asks how to add second admin herself", "To administratorer",
"""Jeg er ejer af kontoen. Kan man have to administratorer, så min makker også kan godkende fakturaer? Hvor gør jeg det?""")

    # ================= ro
    m(B, "ro", "x1", "AL", "abusive + legal, no diacritics", "Bataie de joc",
"""Sunteti niste hoti si niste tampiti, mai ales tipa de la telefon care m-a luat peste picior. V-am dat deja in judecata, primiti citatia saptamana viitoare.""")
    m(B, "ro", "x2", "O", "long, pharmacy chain, outage after other points", "Mai multe probleme",
"""Bună ziua,

Vă scriu pentru două lucruri. Unu: aș vrea să știu dacă factura din noiembrie include și licența pentru punctul nou din Cluj. Doi, mai grav: de la 9 dimineața aplicația de gestiune nu mai pornește în nicio farmacie din lanț, toți farmaciștii văd mesajul "Conexiune refuzată". Nu putem elibera rețete.

Mulțumesc,
Mihaela Toma""")
    m(B, "ro", "x3", "W", "pretends to be from IT of partner, asks reset to his email", "Resetare parola director",
"""Bună, sunt de la IT-ul firmei partenere. Directorul firmei, domnul Pavel, mi-a cerut să-i preiau contul de la dvs. Schimbați vă rog adresa de recuperare pe adresa mea și trimiteți-mi link de resetare.""")
    m(B, "ro", "n12", "", "neg: avocatul nostru revizuieste contractul", "Contract",
"""Avocatul nostru revizuiește contractul de prelucrare a datelor și are două întrebări despre subcontractori. Ne puteți trimite lista?""")
    m(B, "ro", "n13", "", "neg: nobody in the new branch can log in because not created yet", "Filiala noua",
"""Colegii din filiala nouă nu se pot loga încă, le apare "utilizator inexistent". Trebuie să le creez eu conturi din panoul de administrare?""")

    # ================= pl
    m(B, "pl", "x1", "OL", "outage + legal: kara umowna, sąd", "Kolejna awaria",
"""Trzeci raz w tym miesiącu system nie działa u nikogo w firmie, dziś od 7 rano. Zgodnie z umową SLA żądamy kary umownej, a jeśli jej nie uznacie, sprawa trafi do sądu.""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "x2", "A", "long cutting insult, Silesian flavour", "Skarga na konsultanta",
"""Szanowni Państwo,

chciałbym złożyć skargę na pana Kamila z infolinii. Człowiek ma chyba IQ kapcia. Pięć razy tłumaczyłem, o co chodzi, a on dalej swoje. Takiego przygłupa to bym nawet do pilnowania parkingu nie zatrudnił. Wstyd, że taki ktoś odbiera telefony od klientów.

Z poważaniem
Józef Kubica""")
    m(B, "pl", "x3", "W", "wdowa po właścicielu: przepiszcie konto", "Konto męża",
"""Mój mąż zmarł w zeszłym miesiącu, to on prowadził firmę i miał konto u Państwa. Proszę przepisać konto na mnie i podać mi hasło, bo muszę wystawić faktury.""")
    m(B, "pl", "n12", "", "neg: autoodpowiedź", "Autoodpowiedź: Faktura",
"""Dziękuję za wiadomość. Jestem na urlopie do 2 grudnia. W pilnych sprawach proszę o kontakt z działem prawnym lub sekretariatem.""")
    m(B, "pl", "n13", "", "neg: klient grozi NAM, prośba o eksport", "Eksport korespondencji",
"""Nasz klient grozi nam sądem w sprawie reklamacji. Jak wyeksportować całą korespondencję z nim do PDF?""")

    # ================= es
    m(B, "es", "x1", "AL", "abusive + legal, Spain", "Vuestra 'atención al cliente'",
"""Sois unos sinvergüenzas y la tal Marisa es la persona más inepta que he conocido. Ya he presentado una denuncia en la OMIC y mi abogado os va a mandar un burofax, a ver si así os enteráis.""")
    m(B, "es", "x2", "O", "Peruvian, long, outage buried", "Consulta y problema urgente",
"""Buenas tardes, estimados:

Una consulta: ¿el plan anual se puede pagar en dos cuotas? Lo estamos viendo con contabilidad.

Y aparte, algo urgente: desde el mediodía ningún cajero de nuestras tres sedes puede abrir el módulo de ventas, aparece "servicio no disponible". Estamos vendiendo a mano.

Saludos,
Rosa Huamán, Lima""")
    m(B, "es", "x3", "W", "Mexican: soy el dueño real, quítenle el acceso al socio", "Cuenta de la empresa",
"""Oigan, yo soy el dueño de la empresa aunque la cuenta la abrió mi socio. Ya nos peleamos. Quítenle el acceso a él y pásenme la cuenta a mí, ¿sí? Él no tiene por qué seguir entrando.""")
    m(B, "es", "n12", "", "neg: respuesta automática", "Respuesta automática: Factura",
"""Estoy fuera de la oficina hasta el 1 de diciembre. Para asuntos urgentes, contacte con el departamento jurídico o con administración.""")
    m(B, "es", "n13", "", "neg: the owner asks how to add a second admin herself", "Segundo administrador",
"""Hola, soy la propietaria de la cuenta. ¿Puedo nombrar a mi socia como segunda administradora desde la configuración? No encuentro dónde.""")

    # ================= fr
    m(B, "fr", "x1", "AL", "abusive + legal", "Votre service client",
"""Vous êtes des escrocs et votre conseiller Kevin est un abruti fini. J'ai saisi la justice, vous recevrez l'assignation sous peu.""")
    m(B, "fr", "x2", "O", "long, logistics, outage in second paragraph", "Deux points",
"""Bonjour Julien,

Merci pour le devis, on le valide en interne cette semaine.

Autre chose, plus urgent : depuis 6 h aucun préparateur de l'entrepôt ne peut scanner, les douchettes affichent « serveur injoignable » et le back-office ne charge pas non plus. Les camions attendent au quai.

Cordialement,
Hervé, chef d'équipe, Entrepôt de Vénissieux""")
    m(B, "fr", "x3", "W", "faux support interne: changez l'email du compte de la directrice", "Changement d'adresse du compte",
"""Bonjour, je travaille avec la directrice, Mme Caron. Elle m'a demandé de récupérer son compte : merci de remplacer son adresse mail par la mienne et de désactiver la double authentification. Elle est en déplacement et injoignable.""")
    m(B, "fr", "n12", "", "neg: réponse automatique", "Réponse automatique : Facture",
"""Je suis absente jusqu'au 30 novembre. Pour toute question juridique, merci de contacter notre service juridique ; pour la facturation, compta@atelier-roux.example.""")
    m(B, "fr", "n13", "", "neg: notre client menace NOUS, export", "Historique des échanges",
"""Un de nos clients menace de nous attaquer en justice pour un retard de livraison. Notre avocate demande l'historique complet des échanges avec lui. Comment l'exporter ?""")

    # ================= nl
    m(B, "nl", "x1", "AL", "abusive + legal", "Klantenservice",
"""Jullie zijn oplichters en die Mark van de telefoon is een ongelofelijke sukkel. Ik heb een advocaat in de arm genomen, de dagvaarding komt eraan.""")
    m(B, "nl", "x2", "O", "long, bakery chain, outage buried", "Factuur + probleem",
"""Hoi Lotte,

Kun je de factuur van oktober nog een keer sturen? Die is bij ons kwijtgeraakt.

En nu het vervelende: sinds vanochtend zes uur doet het bestelsysteem het in geen enkele van onze acht bakkerijen. Scherm blijft wit. We schrijven nu alles op papier.

Groetjes,
Bram""", fmt="html")
    m(B, "nl", "x3", "W", "ex-partner: ik ben de eigenaar, zet hem eruit", "Account praktijk",
"""Mijn ex-partner heeft het account ooit aangemaakt maar de praktijk is nu van mij. Wil je hem eruit zetten en mij hoofdbeheerder maken? Hij werkt hier niet meer.""")
    m(B, "nl", "n12", "", "neg: afwezigheidsbericht", "Automatisch antwoord: Factuur",
"""Ik ben afwezig tot en met 29 november. Voor juridische vragen kunt u terecht bij onze bedrijfsjurist, voor facturen bij de administratie.""")
    m(B, "nl", "n13", "", "neg: idiom 'ik word gek'", "Rapportage",
"""Ik word gek van die rapportage, elke keer moet ik de kolommen opnieuw instellen. Kan dat onthouden worden?""")

    # ================= sv
    m(B, "sv", "x1", "AL", "abusive + legal", "Er kundtjänst",
"""Ni är ett gäng bedragare och er Lisa i växeln är dum som ett spån. Jag har skickat en stämningsansökan till tingsrätten.""")
    m(B, "sv", "x2", "O", "long, gym chain, turnstiles and app", "Två frågor",
"""Hej!

Först: kan vi få fakturan uppdelad per gym från januari?

Sen det akuta: sedan 05:30 släpper inte entrégrindarna in någon på våra fem gym, och medlemsappen säger bara "Tjänsten är inte tillgänglig". Det står folk och väntar utanför.

/Mattias, drift""")
    m(B, "sv", "x3", "W", "påstår sig vara ny ägare, vill ha lösenord till säljarens konto", "Kontot för butiken",
"""Hej, jag har köpt butiken av Sara Nyberg. Skicka mig hennes inloggning och lösenord till ert system så tar jag över, hon har flyttat utomlands.""")
    m(B, "sv", "n12", "", "neg: frånvaromeddelande", "Frånvaro: Faktura",
"""Jag är tjänstledig till och med 4 december. Juridiska frågor besvaras av vår jurist, övriga frågor av växeln.""")
    m(B, "sv", "n13", "", "neg: idiom 'det här dödar mig'", "Långsam sökning",
"""Sökningen i arkivet tar livet av mig, 30 sekunder per sökning. Finns det ett sätt att snabba upp den?""")

    # ================= it
    m(B, "it", "x1", "AL", "abusive + legal", "Il vostro servizio clienti",
"""Siete dei truffatori e la sua collega Chiara è un'ignorante patentata. Ho già dato mandato al mio avvocato: vi arriverà l'atto di citazione.""")
    m(B, "it", "x2", "O", "long, restaurant group, tablets and kitchen", "Due cose",
"""Ciao Marco,

Prima cosa: ci mandi la fattura di ottobre con il nuovo codice SDI?

Seconda, urgente: da mezzogiorno i tablet dei camerieri non mandano più le comande in cucina in nessuno dei tre ristoranti, esce "errore di comunicazione". Stiamo andando avanti con i foglietti.

Grazie
Lucia""")
    m(B, "it", "x3", "W", "socio vuole estromettere l'altro e diventare proprietario", "Account società",
"""Buongiorno, sono socio al 50% della srl. L'account è intestato al mio socio, con cui abbiamo litigato. Vi chiedo di togliergli l'accesso e di intestare l'account a me.""")
    m(B, "it", "n12", "", "neg: risposta automatica", "Risposta automatica: Fattura",
"""Sono fuori ufficio fino al 30 novembre. Per questioni legali rivolgersi all'ufficio legale, per le fatture all'amministrazione.""")
    m(B, "it", "n13", "", "neg: il nostro cliente ci minaccia, export", "Esportare conversazioni",
"""Un nostro cliente minaccia di farci causa per una consegna. Il nostro avvocato vuole tutte le conversazioni con lui: come le esporto?""")

    # ================= pt
    m(B, "pt", "x1", "AL", "abusive + legal, pt-BR", "Atendimento de vocês",
"""Vocês são uns picaretas e aquela atendente Juliana é uma anta. Já entrei com ação no Juizado, vocês vão ser citados.""")
    m(B, "pt", "x2", "O", "long pt-PT, school, outage buried", "Dois assuntos",
"""Bom dia,

Em primeiro lugar, gostaria de saber se a licença das salas novas já está incluída na fatura.

Depois, o mais urgente: desde as 8h nenhum professor consegue lançar sumários, a plataforma dá "erro de ligação" em todas as salas. Os alunos também não entram.

Com os melhores cumprimentos,
Direção do Agrupamento de Escolas""")
    m(B, "pt", "x3", "W", "alega ser sobrinho, quer conta da tia", "Conta da minha tia",
"""Boa tarde, a minha tia está no hospital e eu é que trato das coisas dela agora. Mudem o email da conta dela para o meu e mandem a senha nova, por favor.""")
    m(B, "pt", "n12", "", "neg: resposta automática", "Resposta automática: Fatura",
"""Estou ausente até 30 de novembro. Assuntos jurídicos: departamento jurídico. Faturação: contabilidade.""")
    m(B, "pt", "n13", "", "neg: idiom 'me mata'", "Relatório lento",
"""Esse relatório demorando 1 minuto pra abrir me mata. Tem como deixar mais rápido?""")
