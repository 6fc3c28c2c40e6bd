"""devset11 angry-urgent, batch 1 (measured before any tuning on it)."""
B = "b1"

def add_b1(m):
    # ---------------- en
    m(B, "en", "a1", "A", "sarcasm: great job really, third wrong invoice", "Re: Invoice 4471",
"""Great job, really. Third invoice in a row with the wrong VAT rate on it and I'm the one who has to explain it to our accountant. Do you people actually check anything before you send it out?

Mark""")
    m(B, "en", "a2", "A", "exasperation + looking at competitors", "Sync broken AGAIN",
"""Hi,

I honestly don't know why I keep paying for this. The calendar sync has been broken on and off since September, every time I'm told it's fixed and two days later it's the same thing. We've started looking at other providers and frankly I'm not sure we'll renew in January.

Regards,
Paula Jennings
Office Manager""")
    m(B, "en", "u1", "U", "payroll runs at 3pm, export fails", "Payroll export failing - need help before 3pm",
"""Hello,

Our payroll runs at 3 pm today and the export to the bank file keeps failing with 'file generation error'. If it doesn't go out this afternoon 60 people don't get paid before the weekend. Can someone call me on 07700 900412 please?

Thanks
Dan""")
    m(B, "en", "au1", "AU", "go live in an hour, been promised twice, furious", "we go live in ONE HOUR",
"""We go live in an hour and the payment page still throws a 500. You told me on Friday this was sorted, you told me again yesterday. I don't want another 'we're looking into it' - I need an engineer on this right now.

Sent from my iPhone""")
    m(B, "en", "n1", "", "polite follow-up, explicitly no rush", "Following up on my question",
"""Hi Sarah,

Just checking in on the question I sent last week about archiving old projects - no rush at all, whenever someone has a minute is fine.

Have a lovely day,
Tom""")
    m(B, "en", "n2", "", "calm thanks; anger only in quoted history", "Re: Re: Double charge",
"""Thanks Priya, I can see the refund on the statement now. All good, you can close this.

Best,
Greg

On Mon, 23 Nov 2026 at 09:12, Greg Hollis wrote:
> This is absolutely ridiculous. You've charged me twice AGAIN and nobody
> answers the phone. Sort it out or I'm done with you.""")
    m(B, "en", "n3", "", "past urgency resolved", "Re: Login issue",
"""Hi both,

Just to close the loop: it was pretty urgent yesterday afternoon when nobody could log in, but Martin's fix did the trick and everyone has been working normally since this morning. Thanks for jumping on it.

Cheers,
Alison""")

    # ---------------- de
    m(B, "de", "a1", "A", "third time I write, nobody answers", "Zum dritten Mal: Lieferung fehlt",
"""Hallo,

ich schreibe Ihnen jetzt zum dritten Mal wegen der Bestellung 20771. Es kommt keine Antwort, am Telefon hänge ich 40 Minuten in der Warteschleife und dann fliegt man raus. So langsam frage ich mich, ob da überhaupt jemand arbeitet.

Gruß
K. Brandt""")
    m(B, "de", "a2", "A", "sarcasm: vielen Dank auch für gar nichts, cancelling", "Re: Ihre Antwort",
"""Vielen Dank auch für gar nichts. Ihre "Lösung" war, den Cache zu leeren, das habe ich vor zwei Wochen schon selber gemacht, steht sogar in meiner ersten Mail. Wir kündigen zum Monatsende, ich habe echt keine Lust mehr auf dieses Theater.

Sabine Kühn""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "u1", "U", "customers at the till, card terminal down", "Kartenterminal geht nicht - Kunden an der Kasse",
"""Guten Morgen,

seit 9 Uhr nimmt unser Kartenterminal keine Zahlungen mehr an, Fehlermeldung "Verbindung abgelehnt". Der Laden ist voll und die Kunden stehen an der Kasse. Bitte rufen Sie mich sofort zurück: 0171 2345678.

Filiale Wiesbaden, Jan Hofmann""")
    m(B, "de", "n1", "", "calm bug report", "Rundungsfehler im Bericht",
"""Hallo zusammen,

mir ist aufgefallen, dass im Monatsbericht die Summe der Positionen um 1 Cent von der Gesamtsumme abweicht. Nicht dramatisch, aber vielleicht schaut sich das jemand bei Gelegenheit an. Screenshot hängt an.

Viele Grüße
Thomas Lenz""")
    m(B, "de", "n2", "", "marketing: jetzt zugreifen, nur heute", "Nur heute: 30 % auf alle Jahrespläne!",
"""Hallo,

nur noch heute: 30 % Rabatt auf alle Jahrespläne! Jetzt zugreifen, das Angebot endet um Mitternacht. Schnell sein lohnt sich!

Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben. Abmelden""", fmt="html")

    # ---------------- da
    m(B, "da", "a1", "A", "simply not good enough, considering switching", "Endnu en fejl på fakturaen",
"""Hej

Det er simpelthen ikke godt nok. Det er tredje måned i træk at fakturaen er forkert, og hver gang skal jeg selv bruge en time på at finde fejlen for jer. Vi er begyndt at kigge på andre løsninger, for det her gider vi ikke mere.

Mvh
Karsten Holm""")
    m(B, "da", "u1", "U", "salaries must go out today at 14", "Lønkørsel i dag!!",
"""Hej

Vi skal køre løn i dag senest kl. 14, ellers når pengene ikke ud til medarbejderne inden fredag. Systemet giver fejl når vi prøver at godkende lønnen. Ring venligst til mig hurtigst muligt på 22 33 44 55.

Hilsen
Mette, bogholderiet""")
    m(B, "da", "n1", "", "no hurry, just a question", "Spørgsmål om eksport",
"""Hej, det er ikke noget der haster, men er det muligt at eksportere kundelisten med telefonnumre? Bare svar når I får tid. Mvh Jens""")
    m(B, "da", "n2", "", "form: emergency contact field", "Opdatering af medarbejderdata",
"""Hej

Jeg har opdateret min profil, men feltet "Nødkontakt (pårørende)" gemmes ikke. Jeg har skrevet min mands navn og nummer, men når jeg åbner siden igen er det tomt.

Venlig hilsen
Lise Bech""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "sick of it, third time writing", "A treia oară vă scriu",
"""Bună ziua,

Vă scriu a treia oară pentru aceeași problemă și nimeni nu se obosește să-mi răspundă. Sincer m-am săturat de voi, plătesc abonamentul la timp în fiecare lună și primesc în schimb tăcere. Ce fel de serviciu e ăsta?

Andrei Popescu""")
    m(B, "ro", "u1", "U", "customers waiting at the counter, today", "URGENT casa de marcat",
"""Buna ziua, casa de marcat nu mai emite bonuri de azi dimineata, avem clienti care asteapta la ghiseu si nu putem incasa nimic. Va rog sa ne sunati cat mai repede la 0722 123 456. Multumesc, Ioana - Farmacia Centrala""")
    m(B, "ro", "n1", "", "no rush, when you have time", "Întrebare despre rapoarte",
"""Bună ziua,

Nu e nimic grabnic, dar aș vrea să știu dacă se poate exporta raportul lunar și în format Excel. Când aveți un moment liber, vă rog.

Mulțumesc,
Elena""")
    m(B, "ro", "n2", "", "past urgency resolved, thanks", "Re: Problema cu sincronizarea",
"""Salut Mihai,

Ieri era urgent, recunosc, dar colegul tău a rezolvat totul până seara și azi merge perfect. Mulțumim mult pentru ajutor!

Cristina""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "have had enough, third time writing, joke", "Znowu to samo",
"""Dzień dobry,

piszę już trzeci raz w tej samej sprawie i szczerze mówiąc mam już tego dość. Za każdym razem dostaję tę samą gotową formułkę i nic się nie zmienia. To jakiś żart, a nie obsługa klienta.

Paweł Nowak""")
    m(B, "pl", "a2", "A", "sarcasm: thanks for nothing, moving to competition", "Re: Zgłoszenie 5521",
"""No to dziękuję bardzo za pomoc, naprawdę. Tydzień czekania, żeby dowiedzieć się, że mam zrestartować router. Od przyszłego miesiąca przechodzimy do konkurencji i będę to wszystkim znajomym odradzał.""")
    m(B, "pl", "u1", "U", "audit tomorrow at 8 morning, need reports today", "Audyt jutro o 8:00",
"""Dzień dobry,

jutro o 8 rano mamy audyt zewnętrzny, a od wczoraj nie da się wygenerować raportu VAT - wyskakuje pusta strona. Potrzebujemy tego najpóźniej dziś wieczorem. Bardzo proszę o pilny kontakt.

Agnieszka Wójcik
Księgowość""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "n1", "", "polite follow-up, no hurry", "Uprzejmie przypominam",
"""Dzień dobry,

uprzejmie przypominam o moim pytaniu z zeszłego tygodnia w sprawie zmiany danych na fakturze. Nie ma pośpiechu, po prostu chciałam się upewnić, że wiadomość dotarła.

Pozdrawiam serdecznie
Katarzyna""")
    m(B, "pl", "n2", "", "form field: contact in emergency", "Formularz pracownika",
"""Dzień dobry, w formularzu nowego pracownika pole "Osoba do kontaktu w nagłych wypadkach" jest oznaczone jako obowiązkowe, ale nie da się wpisać numeru zagranicznego (+49). Czy można to poprawić? Pozdrawiam, Marek""")

    # ---------------- es
    m(B, "es", "a1", "A", "tomadura de pelo, rhetorical", "Otra vez el mismo error",
"""Hola,

Esto ya es una tomadura de pelo. ¿Cuántas veces os tengo que explicar que el problema NO es mi navegador? Llevo desde octubre con el mismo error y cada semana me contesta una persona distinta que empieza de cero.

Javier""")
    m(B, "es", "a2", "A", "disappointment + cancelling, looking at other options", "Baja del servicio",
"""Buenas tardes:

Les escribo para decirles que estamos muy decepcionados. Nos prometieron que la integración con el TPV estaría lista en septiembre y seguimos igual. Ya estamos mirando otras opciones y, si esto sigue así, daremos de baja las cinco licencias a final de mes.

Un saludo,
Lucía Fernández
Gerente""")
    m(B, "es", "u1", "U", "go live in production in one hour", "Salida a producción en 1 hora",
"""Buenos días, en una hora salimos a producción con la tienda nueva y la pasarela de pago nos devuelve error 402 en todas las pruebas. Necesitamos que alguien lo mire ya, por favor, tenemos a todo el equipo parado esperando. Gracias. Raúl""")
    m(B, "es", "n1", "", "marketing: urgent offer only today", "¡Última oportunidad! Oferta urgente",
"""¡No te lo pierdas! Solo hoy, 40% de descuento en el plan Premium. Actúa ya, la oferta termina a medianoche.

Recibes este correo porque estás suscrito a nuestras novedades. Darse de baja""", fmt="html")
    m(B, "es", "n2", "", "calm bug report", "Error al exportar PDF",
"""Hola, al exportar un presupuesto a PDF el logotipo sale un poco pixelado. No es grave, pero os lo comento por si podéis revisarlo. Saludos, Marta""")

    # ---------------- fr
    m(B, "fr", "a1", "A", "c'est une blague? three times", "C'est une blague ?",
"""Bonjour,

C'est une blague ? Ça fait trois fois que je vous envoie les mêmes justificatifs et on me répond encore qu'il manque des documents. Vous les lisez, mes mails, ou vous les supprimez directement ?

Stéphane Morel""")
    m(B, "fr", "u1", "U", "blocking whole team, ASAP", "Toute l'équipe bloquée",
"""Bonjour,

Depuis la mise à jour de ce matin, personne chez nous ne peut ouvrir les dossiers clients : message "accès refusé". Toute l'équipe est bloquée, 25 personnes les bras croisés. Merci de nous rappeler au plus vite.

Cordialement,
Nathalie Girard
Responsable administrative""", fmt="qp", charset="iso-8859-1")
    m(B, "fr", "au1", "AU", "angry + deadline tonight", "Déclaration TVA ce soir",
"""Franchement je n'en peux plus. La déclaration de TVA doit partir ce soir avant minuit et votre module plante pour la deuxième fois cette semaine. Je paie pour un logiciel qui marche, pas pour passer mes soirées au téléphone avec votre hotline. Il me faut une solution dans l'heure.""")
    m(B, "fr", "n1", "", "nothing urgent, when you have time", "Petite question",
"""Bonjour,

Rien d'urgent, mais serait-il possible de changer l'adresse de facturation sur notre compte ? Quand vous aurez un moment.

Bonne journée,
Claire""")
    m(B, "fr", "n2", "", "calm reply; angry customer text only in quoted history", "RE: Remboursement",
"""Bonjour Julien,

Merci, j'ai bien reçu le remboursement ce matin. Dossier clos de mon côté.

Cordialement,
Hélène Martin

-----Message d'origine-----
De : Hélène Martin
Objet : Remboursement
> C'est scandaleux, ça fait un mois que j'attends mon argent et personne
> ne daigne me répondre. Vous vous moquez du monde !""")

    # ---------------- nl
    m(B, "nl", "a1", "A", "completely done with it, nobody reads", "Weer niks gehoord",
"""Hoi,

Ik ben er echt helemaal klaar mee. Vier mails gestuurd, twee keer gebeld, en nog steeds niemand die me vertelt waarom mijn account geblokkeerd is. Leest daar überhaupt iemand de mail?

Groet,
Bas""")
    m(B, "nl", "u1", "U", "tax filing deadline today before 17:00", "Aangifte moet vandaag de deur uit",
"""Goedemiddag,

Onze btw-aangifte moet vandaag vóór 17:00 ingediend zijn en de koppeling met de Belastingdienst geeft steeds een time-out. Kunnen jullie hier met spoed naar kijken? Bel gerust: 06 12345678.

Met vriendelijke groet,
Femke de Boer""")
    m(B, "nl", "n1", "", "no haste at all", "Vraagje over gebruikers",
"""Hallo, geen haast hoor, maar kan ik een gebruiker tijdelijk deactiveren zonder hem te verwijderen? Groetjes, Anouk""")
    m(B, "nl", "n2", "", "form field: emergency department / urgent care in a clinic app", "Veld SEH in patiëntdossier",
"""Goedemorgen,

In het patiëntdossier staat bij verwijzingen de optie "Spoedeisende hulp", maar die verschijnt niet in het overzicht van afgelopen maand. Wilt u kijken hoe dat komt? Het is voor onze maandrapportage.

Met vriendelijke groet,
Huisartsenpraktijk Verhoeven""")

    # ---------------- sv
    m(B, "sv", "a1", "A", "thanks for nothing, cancelling", "Uppsägning",
"""Tack för ingenting. Tre veckor har vi väntat på att någon ska återkomma om dubbeldebiteringen och ingen har hört av sig. Vi säger upp avtalet och går över till en annan leverantör.

/Johan Ek""")
    m(B, "sv", "u1", "U", "brådskar, checkout down, customers in line", "Det brådskar – kassan ligger nere",
"""Hej!

Kassasystemet i butiken har legat nere sedan 10 och vi har kö ända ut på gatan. Vi behöver hjälp nu, ring mig direkt på 070-123 45 67.

Sara, Butik Götgatan""")
    m(B, "sv", "n1", "", "not in a hurry", "Fråga om fakturor",
"""Hej, det är inte bråttom alls, men jag undrar om det går att få fakturorna på engelska? Tack på förhand! /Lena""")
    m(B, "sv", "n2", "", "past urgency resolved", "Re: Inloggningen",
"""Hej Peter,

Det kändes akut igår eftermiddag men nu fungerar allt igen efter er uppdatering. Stort tack för snabb hjälp!

Hälsningar
Malin""")

    # ---------------- it
    m(B, "it", "a1", "A", "presa in giro, third time", "Ennesima volta",
"""Buongiorno,

è la terza volta che vi scrivo per lo stesso problema e ogni volta mi rispondete con un copia-incolla. Mi sembra una presa in giro. Sto pagando per un servizio che non funziona e nessuno si degna di darmi una risposta seria.

Roberto Galli""")
    m(B, "it", "a2", "A", "rhetorical: ma vi rendete conto? all caps", "MA VI RENDETE CONTO???",
"""Ma vi rendete conto di quello che state facendo? Ci avete addebitato DUE VOLTE l'abbonamento annuale e nessuno risponde al telefono. VERGOGNA.""")
    m(B, "it", "u1", "U", "needed by tomorrow morning for a tender", "Gara d'appalto domani mattina",
"""Buongiorno,

domani mattina alle 9 scade la gara d'appalto e non riusciamo a firmare digitalmente i documenti dalla vostra piattaforma. Ci serve una soluzione entro stasera, vi prego di contattarmi il prima possibile al 347 1234567.

Grazie,
Ing. Paolo Rinaldi""")
    m(B, "it", "n1", "", "no hurry", "Domanda sulle fatture",
"""Ciao, nessuna fretta, ma volevo sapere se è possibile cambiare la numerazione delle fatture dal prossimo anno. Grazie mille! Chiara""")
    m(B, "it", "n2", "", "form: pronto soccorso field", "Campo pronto soccorso",
"""Buongiorno, nella scheda paziente il campo "Accesso al pronto soccorso" non si salva se inserisco una data antecedente al 2020. Potete verificare quando avete tempo? Cordiali saluti, dott.ssa Serra""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "palhaçada, third time", "Isso é uma palhaçada",
"""Boa tarde,

Isso é uma palhaçada. É a terceira vez que abro chamado pelo mesmo problema e vocês fecham sem resolver nada. Estou pagando caro por um sistema que não funciona e ninguém dá a mínima.

Rodrigo""")
    m(B, "pt", "a2", "A", "all caps shouting, disappointment", "NÃO AGUENTO MAIS",
"""NÃO AGUENTO MAIS ESSE SISTEMA. TODO DIA UMA FALHA DIFERENTE. Já perdi a conta de quantas vezes liguei aí. Vou cancelar e procurar outra empresa.""")
    m(B, "pt", "u1", "U", "needed today, tax deadline at 18h", "Prazo hoje às 18h",
"""Olá,

Preciso emitir as notas fiscais ainda hoje, o prazo vence às 18h e o sistema não gera o XML. Por favor, me retornem o quanto antes, é muito importante.

Obrigada,
Fernanda Souza""")
    m(B, "pt", "n1", "", "no hurry", "Dúvida sobre usuários",
"""Oi pessoal, sem pressa nenhuma, mas como faço para adicionar mais um usuário no plano? Abraço, Tiago""")
    m(B, "pt", "n2", "", "marketing urgency: last hours", "Últimas horas: aproveite já!",
"""Corra! Últimas horas da Black Friday: 50% de desconto no plano anual. Aproveite já, a oferta acaba hoje à meia-noite.

Você está recebendo este e-mail porque se cadastrou em nosso site. Cancelar inscrição""", fmt="html")
