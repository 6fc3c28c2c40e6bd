"""devset14 bug-feature, batch 2 (measured before tuning on it): long rambling mails where the
signal is one sentence, replies with quoted history, expected-vs-actual, version/browser, quoted
error text; features as complaints about a gap ('we're missing', 'why is there no', 'competitor X
has'), votes, roadmap; negatives: praise, how-to, billing, own-system fault, marketing."""
B = "b2"

def add_b2(m):
    # ---------------- en
    m(B, "en", "b1", "B", "long mail, one sentence of bug: sort order", "quick q + something odd",
"""Hi Sam,

Hope you had a good weekend. Two things. First, can you remind me when our annual renewal is due? I think it's February but finance wants the exact date.

Second, and this is the annoying one: when I sort the client list by surname it puts everyone starting with a lowercase letter at the very bottom, so "de Vries" and "van Dam" end up after "Zimmermann". It should be alphabetical regardless of case.

Thanks a lot,
Helen""")
    m(B, "en", "b2", "B", "error text quoted, version", "Sync error",
"""Getting "Sync failed: token expired (code 4011)" on the desktop app v5.8.2 every morning even though I log in fresh. Mobile is fine. Any idea?
-- Sent from my laptop""")
    m(B, "en", "f1", "F", "vote for / +1", "+1 for bulk editing",
"""Adding my vote for bulk editing of products. Changing the price on 300 items one at a time is painful. Is this on the roadmap at all?

Kev""")
    m(B, "en", "f2", "F", "competitor has it; we need", "Calendar sharing",
"""Hey folks, our old system let us share a read-only calendar link with clients. We'd really need that here too – we'd even pay a bit more for it. Cheers, Aoife (Dublin)""", fmt="html")
    m(B, "en", "n1", "", "praise feature", "the new reports",
"""Just wanted to say the new reporting feature is brilliant, saved me half a day this month. Keep it up!""")
    m(B, "en", "n2", "", "own system bug", "webhook issue on our side",
"""Hi, just a heads-up: the missing orders last night were caused by a bug in our own middleware, not your API. We've patched it on our end. No action needed.

Best, Ravi""")
    # ---------------- de
    m(B, "de", "b1", "B", "expected vs actual: soll X zeigt Y", "Falsche Anzeige im Dashboard",
"""Guten Tag,

im Dashboard sollte der Umsatz für November bei ca. 18.000 € liegen, angezeigt werden aber 1.800 €. Da fehlt offenbar eine Null. Im Export stimmt die Zahl.

Freundliche Grüße
Sabine Lorenz
Buchhaltung""")
    m(B, "de", "f1", "F", "Schade dass es keine ... gibt; wünschen uns", "API für Lagerbestände",
"""Hallo,

schade, dass es noch keine Schnittstelle für die Lagerbestände gibt. Wir wünschen uns, dass wir die Bestände automatisch aus unserem ERP übernehmen können. Ist da etwas geplant?

Beste Grüße aus Graz
Florian""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "n1", "", "how-to, not a fault", "Wie Vorlage ändern?",
"""Hallo, wie kann ich in der Rechnungsvorlage unser neues Logo hinterlegen? Danke, Petra""")
    m(B, "de", "n2", "", "outage for all", "Alles down?",
"""Hallo, bei uns geht gar nichts mehr, keiner im Büro kommt ins System, nur Fehler 500. Ist bei euch was kaputt?
Gruß Udo""")
    # ---------------- da
    m(B, "da", "b1", "B", "app viser forkert lagerbeholdning", "Lagertal passer ikke",
"""Hej,

Appen viser 12 stk. på lager af varenr. 4410, men når jeg logger ind på computeren står der 0. Vi solgte den sidste i går, så det er appen der ikke er opdateret. Det sker hver gang vi sælger noget.

Mvh
Kasper, Aarhus""")
    m(B, "da", "f1", "F", "savner: gentagne bookinger", "Gentagne aftaler",
"""Hej med jer, vi savner virkelig muligheden for at oprette faste ugentlige aftaler. Er det noget I arbejder på? /Line""")
    m(B, "da", "n1", "", "praise + thanks fixed", "Tak!",
"""Tak for hurtig hjælp i går, fejlen med kvitteringerne er rettet og alt kører igen. Super service!
Birgitte""")
    # ---------------- sv
    m(B, "sv", "b1", "B", "PDF saknar sista sidan", "Sista sidan saknas",
"""Hej, när jag skriver ut en offert med fler än 20 rader kommer bara första sidan med i PDF:en, resten saknas helt. Med färre rader blir det rätt.
/Jonas Lindqvist""", fmt="qp", charset="iso-8859-1")
    m(B, "sv", "f1", "F", "det vore toppen om / konkurrent", "Förslag om SMS",
"""Hej!

Det vore toppen om ni kunde skicka påminnelser via SMS också, inte bara mejl. Många av våra äldre kunder läser aldrig sin mejl. Konkurrenten vi hade innan hade det.

Hälsningar
Maja""")
    m(B, "sv", "n1", "", "billing: invoice address", "Fakturaadress",
"""Hej, vi har flyttat. Kan ni ändra fakturaadressen till Storgatan 5, 411 38 Göteborg? Tack!""")
    # ---------------- nl
    m(B, "nl", "b1", "B", "BE-Dutch: mail gaat naar verkeerde klant", "Factuur naar verkeerde klant",
"""Dag,

Ik heb vanmorgen een factuur gemaakt voor klant Peeters maar de mail is vertrokken naar klant Janssens. Ik heb het e-mailadres drie keer gecontroleerd, dat staat juist. Graag dringend nakijken want dit is privacygevoelig.

Groeten,
Lies Vermeulen""")
    m(B, "nl", "f1", "F", "mis ik / wanneer komt", "koppeling Exact",
"""Hoi, wanneer komt de koppeling met Exact Online eigenlijk? Die mis ik echt. Alvast bedankt, Bas""")
    m(B, "nl", "n1", "", "how-to question", "Hoe herinnering uitzetten",
"""Hallo, hoe zet ik de automatische herinneringen uit voor één klant? Ik wil ze voor de rest wel houden. Dank!""")
    # ---------------- fr
    m(B, "fr", "b1", "B", "fr-CA: montant arrondi, taxes", "Taxes mal arrondies",
"""Bonjour,

La TPS et la TVQ sont arrondies bizarrement sur nos factures : pour 19,99 $ on obtient 2,99 $ de taxes au lieu de 2,99... pardon, au lieu de 3,00 $. Ça donne des écarts d'un cent avec notre comptabilité à chaque fin de mois.

Merci,
Geneviève Tremblay, Québec""")
    m(B, "fr", "f1", "F", "ce qui nous manque; pourriez-vous prévoir", "Export comptable",
"""Bonjour, ce qui nous manque vraiment, c'est un export au format FEC pour notre expert-comptable. Pourriez-vous prévoir ça dans une prochaine version ? Merci d'avance. Laurent""")
    m(B, "fr", "n1", "", "marketing feature", "Votre nouvelle offre",
"""Bonjour, j'ai vu votre publicité sur les nouvelles fonctionnalités Premium. Quel est le tarif pour passer de l'offre Basique à Premium pour 3 utilisateurs ?

Cordialement, Denise""")
    m(B, "fr", "n2", "", "how-to: user error", "Erreur de ma part",
"""Bonjour, oubliez mon message d'hier, c'était une erreur de ma part, j'avais mal saisi le code postal. Tout est bon. Bonne journée""")
    # ---------------- es
    m(B, "es", "b1", "B", "es-MX: boton pagar no responde en iPhone", "no puedo cobrar en iphone",
"""Hola, en el iPhone el botón de "Cobrar" se queda como presionado y ya no responde, tengo que cerrar la app. En la tablet Android sí funciona. Versión 4.1.0. Les mando video.

Gracias
Fer""")
    m(B, "es", "b2", "B", "importes con coma/punto mal", "Los decimales salen mal",
"""buenas, al importar el catálogo los precios con decimales se multiplican por 100 (12,50 se queda en 1250). El archivo está en formato europeo con coma. Podéis mirarlo?""")
    m(B, "es", "f1", "F", "echamos en falta / os propongo", "Propuesta",
"""Hola equipo,

echamos en falta poder asignar varias personas a una misma tarea. Os propongo añadir un campo de 'colaboradores'. ¿Lo veis viable?

Un saludo,
Iker""", fmt="alt")
    m(B, "es", "n1", "", "billing: factura con NIF", "NIF en factura",
"""Hola, ¿podéis reenviarme la factura de octubre con el NIF de la empresa? Gracias.""")
    # ---------------- it
    m(B, "it", "b1", "B", "risposta con storico: campo note si svuota", "R: Richiesta assistenza",
"""Buongiorno, purtroppo il problema c'è ancora: appena salvo la scheda cliente il campo Note si svuota e perdo tutto quello che ho scritto. Succede anche con Firefox.

Marco

> Gentile Marco, ci può indicare quale browser utilizza?
> Il Supporto""")
    m(B, "it", "f1", "F", "ci piacerebbe / manca la possibilità", "Richiesta funzione",
"""Salve, ci piacerebbe molto poter personalizzare i colori del calendario per ogni collaboratore, al momento manca proprio questa possibilità. Grazie!

Elisa""")
    m(B, "it", "n1", "", "outage for everyone", "Tutto fermo",
"""Buongiorno, da mezz'ora nessuno di noi riesce ad accedere alla piattaforma, la pagina non si carica. Avete problemi?""")
    # ---------------- pt
    m(B, "pt", "b1", "B", "pt-BR: boleto com vencimento errado", "boleto vencimento",
"""Boa tarde, os boletos que o sistema gera para os nossos clientes estão vindo com o vencimento de um mês antes (emitido dia 10/11, vencimento 10/10). Já conferi a configuração e está certa.

Att,
Renata""")
    m(B, "pt", "f1", "F", "pt-BR: seria legal se / vocês pensam em", "sugestão: pix",
"""Oi gente! Seria muito legal se desse pra receber por Pix direto pelo link de pagamento. Vocês pensam em colocar isso?
bjs Camila""")
    m(B, "pt", "n1", "", "praise", "Parabéns",
"""Olá, só queria dar os parabéns pela nova agenda, ficou muito mais fácil de usar. Obrigado!""")
    # ---------------- pl
    m(B, "pl", "b1", "B", "eksport polskie znaki krzaczki", "Eksport do Excela",
"""Witam, po eksporcie listy klientów do Excela zamiast polskich liter są jakieś symbole (Å‚ zamiast ł). Robię to tak samo jak zawsze.
Pozdr. Tomek""", fmt="b64")
    m(B, "pl", "f1", "F", "przydałaby się / brakuje mi", "Propozycja",
"""Dzień dobry,

przydałaby się możliwość wysyłania faktur bezpośrednio do KSeF z poziomu aplikacji. Na razie muszę wszystko przeklejać ręcznie. Czy jest to w planach?

Z poważaniem
Agnieszka Zielińska""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "n1", "", "how-to: jak dodac pracownika", "Dodanie pracownika",
"""Dzień dobry, jak mogę dodać nowego pracownika do grafiku? Dziękuję.""")
    # ---------------- ro
    m(B, "ro", "b1", "B", "butonul trimite nu trimite; html", "Nu pleacă facturile pe email",
"""Bună ziua,

Apăs pe „Trimite pe email” la factură, îmi apare mesajul „Trimis cu succes”, dar clientul nu primește nimic, nici în spam. Am încercat cu trei clienți diferiți.

Cu stimă,
Mihai Ionescu""", fmt="html")
    m(B, "ro", "f1", "F", "v-ati gandi sa / ne-ar ajuta", "Propunere",
"""Salut, v-ați gândi să adăugați și o aplicație pentru tabletă? Ne-ar ajuta mult în magazin. Mersi, Radu""")
    m(B, "ro", "n1", "", "billing", "Plata prin transfer",
"""Bună ziua, putem plăti abonamentul anual prin transfer bancar în loc de card? Mulțumesc, Elena""")
    # ---------------- fi / nb
    m(B, "fi", "b1", "B", "Finnish: raportti näyttää väärän summan", "Väärä summa",
"""Hei, kuukausiraportti näyttää väärän loppusumman, se ei täsmää laskujen kanssa. Erotus on aina tasan ALV:n verran.
t. Sanna""")
    m(B, "nb", "f1", "F", "Norwegian: hadde vært fint om", "Ønske",
"""Hei! Hadde vært fint om vi kunne eksportere timelistene til Tripletex. Står det på planen deres?
Mvh Kjetil""")
