# devset5/bug-feature: hand-written check set for bug-report and feature-request only,
# written before the combo pass (its first measurement is the honest one).
import os, hashlib
HERE = os.path.dirname(os.path.abspath(__file__))
MINE = ["bug-report", "feature-request"]
B, F = MINE
M = [
# ---------------- en
("en","bug-01",[B],[],"long mail, pdf upload stuck in middle","Harriet Cole <harriet.cole@colefamilyvets.co.uk>","attachments on replies",
 "Hello team,\n\nhope you're all well. We've been using the helpdesk for about a year now and mostly it's been great, the new tagging is lovely and the girls at reception really like the mobile view.\n\nOne thing though. Since Tuesday's update, whenever I attach a PDF to a ticket reply the progress bar gets to 100% and then just sits there, and the reply never actually goes out to the client. Smaller images seem ok, it's mainly PDFs. We had two owners phone us asking where their lab results were.\n\nAnyway I've been copying them into normal email for now. Let me know if you need anything from me.\n\nKind regards,\nHarriet"),
("en","bug-02",[B],[],"calendar off by one hour, typos","Dev Patel <dev.patel88@gmail.com>","calender wrong times",
 "hi, all my appointmnets in the calender view are showing an hour later than what i booked, started right after the clocks changed on sunday. the booking confirmation emails have the right time so customers are turning up 'early'. pls sort"),
("en","bug-03",[B],[],"discount applied twice on invoices","Rachel Moore <accounts@mooreandsons.com>","Invoice totals",
 "Hi,\n\nThe invoices generated this month have the loyalty discount taken off twice - the line items show -10% and then the subtotal drops by another 10%. I've attached INV-2291 and INV-2295 as examples. Could someone look at it before we send the rest?\n\nRachel Moore\nAccounts"),
("en","feature-01",[F],[],"scheduled reports, save time","Tom Baxter <tom.baxter@baxterlogistics.com>","scheduled reports?",
 "Morning,\n\nAny chance you could let us schedule the weekly summary report so it's emailed automatically every Monday at 8? Right now someone has to log in and download it by hand and it'd save my team a fair bit of faff.\n\nCheers,\nTom"),
("en","feature-02",[F],[],"idea: bulk tagging + keyboard shortcuts","Ines Laurent <ines@brightdesk.io>","small idea",
 "Just an idea from a heavy user: keyboard shortcuts for assigning and closing tickets would make my day so much faster. Something like Gmail's 'e' to archive. No rush, just putting it on your radar."),
("en","neg-01",[],[B,F],"how-to export contacts","Gary Simmons <gsimmons@simmonsplumbing.com>","export contacts",
 "Hi, how do I export my contact list to Excel? I looked under Settings but couldn't see an export option anywhere. Thanks, Gary"),
("en","neg-02",[],[B,F],"outage, 502 nobody can log in","Priya Nair <priya.nair@lumenhealth.org>","Is the portal down??",
 "Your portal has been giving us 502 Bad Gateway for the last 40 minutes. None of my colleagues can log in either, across three offices. Is there an incident?"),
("en","neg-03",[B],[F],"feature exists but broken = bug, not feature","Owen Hughes <owen.hughes@hotmail.co.uk>","dark mode setting",
 "You added dark mode last month (thanks for that!) but the setting doesn't stick: every time I reopen the app it's back to the light theme and I have to switch it again."),
# ---------------- de
("de","bug-01",[B],[],"speichern verwirft änderungen","Monika Hartmann <m.hartmann@hartmann-steuer.de>","Änderungen gehen verloren",
 "Guten Tag,\n\nwenn ich in der Kundenakte eine Telefonnummer ändere und auf Speichern klicke, lädt die Seite kurz neu und danach steht wieder die alte Nummer drin. Das passiert bei jedem Mandanten, egal welcher Browser.\n\nMit freundlichen Grüßen\nMonika Hartmann"),
("de","bug-02",[B],[],"no umlauts, app stürzt bei suche","Kevin Schulz <kevin.schulz1990@web.de>","app stuerzt ab",
 "hallo, seit dem letzten update stuerzt die app auf meinem handy jedes mal ab sobald ich die suche oeffne. handy ist ein samsung a52, neu installieren hat nix gebracht"),
("de","feature-01",[F],[],"schnittstelle DATEV wäre möglich?","Andrea Vogel <a.vogel@vogel-gmbh.de>","DATEV",
 "Hallo zusammen,\n\nwäre es denkbar, dass Sie eine Schnittstelle zu DATEV anbieten? Aktuell exportieren wir alles per CSV und tippen die Hälfte wieder ab. Das würde uns jeden Monat viel Arbeit ersparen.\n\nViele Grüße\nAndrea Vogel"),
("de","feature-02",[F],[],"ich fände es super filter speichern","Lukas Brandt <lukas.brandt@posteo.de>","Filter",
 "Ich fände es super, wenn man die Filter in der Auftragsliste speichern könnte. Ich stelle jeden Morgen dieselben vier Filter ein."),
("de","neg-01",[],[B,F],"pricing question","Sabine Krüger <s.krueger@krueger-immobilien.de>","Preise Business",
 "Guten Tag, was kostet das Business-Paket für 10 Nutzer und ist der Export nach Excel da schon enthalten? Danke und Gruß, Sabine Krüger"),
("de","neg-02",[],[B,F],"how-to dark mode","Jonas Weber <jonas.weber@gmail.com>","Dunkelmodus",
 "Hallo, wie kann ich den Dunkelmodus einschalten? Ich finde die Einstellung im Menü nicht. Gruß Jonas"),
# ---------------- da
("da","bug-01",[B],[],"upload profilbillede fejl","Mette Lund <mette.lund@mail.dk>","billede",
 "Hej\n\nNår jeg prøver at uploade et billede til min profil, står den bare og drejer rundt i et minut, og så kommer der en fejl om at filen er for stor. Men billedet er kun 200 kb. Har prøvet både fra computer og telefon.\n\nVh Mette"),
("da","bug-02",[B],[],"forkert moms på faktura","Anders Holm <anders@holm-vvs.dk>","moms",
 "Fakturaerne fra systemet viser forkert moms, der står 20 % i stedet for 25 %, så beløbet til kunden bliver for lavt. Det er først sket efter jeres opdatering i fredags."),
("da","feature-01",[F],[],"mørk tilstand ville være rart","Sofie Kristensen <sofie.k@gmail.com>","forslag",
 "Hej, jeg har et lille forslag: det ville være rigtig rart hvis appen fik en mørk tilstand, jeg bruger den tit om aftenen. Mvh Sofie"),
("da","neg-01",[],[B,F],"outage hele siden nede","Lars Jensen <lj@jensen-revision.dk>","nede?",
 "Hele jeres side er nede hos os, ingen af mine kolleger kan logge ind. Får bare en hvid side. Hvornår er det oppe igen?"),
("da","neg-02",[],[B,F],"how-to password","Birgitte Nielsen <birgitte.nielsen@outlook.dk>","adgangskode",
 "Hvordan ændrer jeg min adgangskode? Jeg kan ikke finde det under indstillinger. Tak"),
# ---------------- ro
("ro","bug-01",[B],[],"buton trimitere factura nu face nimic","Andrei Popescu <andrei.popescu@yahoo.com>","factura nu se trimite",
 "Buna ziua,\n\ncand apas pe butonul de trimitere a facturii nu se intampla nimic, iar clientul nu primeste niciun email. Am incercat si din Chrome si din Edge. Va rog sa verificati.\n\nMultumesc,\nAndrei"),
("ro","bug-02",[B],[],"raport tranzactii dublate","Ioana Stan <ioana.stan@contaplus.ro>","Raport lunar",
 "Raportul lunar afișează tranzacțiile de două ori — fiecare plată apare dublată, așa că totalul e de două ori mai mare decât în realitate."),
("ro","feature-01",[F],[],"ar fi util optiune export pdf","Mihai Dumitru <mihai.dumitru@gmail.com>","sugestie",
 "Salut, ar fi foarte util daca ati putea adauga optiunea de a exporta comenzile in PDF. Acum doar in Excel se poate. Mersi!"),
("ro","neg-01",[],[B,F],"pricing + integration question","Elena Marin <elena.marin@firma-marin.ro>","pret abonament",
 "Buna ziua, cat costa abonamentul anual si daca include si integrarea cu programul de contabilitate? Multumesc."),
("ro","neg-02",[],[F],"would be great if you called back","Cristian Ene <cristian.ene@gmail.com>","telefon",
 "Ar fi minunat daca m-ati putea suna inapoi astazi dupa ora 14, am cateva intrebari despre contract."),
# ---------------- pl
("pl","bug-01",[B],[],"aplikacja zamyka się kalendarz","Tomasz Wójcik <tomasz.wojcik@onet.pl>","aplikacja się wyłącza",
 "Dzień dobry,\n\npo ostatniej aktualizacji aplikacja zamyka się za każdym razem, gdy próbuję otworzyć kalendarz. Telefon to iPhone 13, system aktualny.\n\nPozdrawiam\nTomasz Wójcik"),
("pl","bug-02",[B],[],"zły format daty w raporcie, bez polskich znakow","Katarzyna Zielinska <k.zielinska@gmail.com>","raport sprzedazy",
 "w raporcie sprzedazy daty sa w zlym formacie, dzien i miesiac sa zamienione miejscami (np 03.12 zamiast 12.03), przez to sortowanie tez jest pomieszane"),
("pl","feature-01",[F],[],"czy planujecie integracje slack","Piotr Lewandowski <piotr@lewandowski-it.pl>","Slack",
 "Cześć, czy planujecie dodać integrację ze Slackiem? Powiadomienia o nowych zgłoszeniach na kanale byłyby super."),
("pl","neg-01",[],[B,F],"how-to export faktur","Agnieszka Kamińska <a.kaminska@wp.pl>","eksport",
 "Dzień dobry, jak mogę wyeksportować wszystkie faktury z zeszłego roku do Excela? Dziękuję."),
("pl","neg-02",[],[B,F],"outage 503 nikt","Marek Nowak <marek.nowak@nowak-transport.pl>","strona nie działa",
 "Strona nie działa od rana, wyskakuje błąd 503 i nikt w firmie nie może się zalogować. Kiedy to naprawicie?"),
# ---------------- es
("es","bug-01",[B],[],"long, adjuntar comprobante pantalla en blanco","Lucía Fernández <lucia.fernandez@gmail.com>","no puedo adjuntar",
 "Hola buenas,\n\nos escribo porque llevo toda la semana intentando completar la solicitud del reembolso de gastos del viaje a Sevilla, que ya de por sí es un lío con tantos tickets. El caso es que cuando intento adjuntar el comprobante en el formulario se queda cargando un buen rato y luego me sale una pantalla en blanco, y al volver atrás el formulario está vacío otra vez. Lo he intentado desde el portátil y desde el móvil.\n\nUn saludo,\nLucía"),
("es","bug-02",[B],[],"filtros no se aplican","Javier Ortega <javier.ortega@ortegamuebles.es>","filtro pedidos",
 "Los filtros de búsqueda no funcionan bien: aunque marco 'pendientes' me siguen saliendo todos los pedidos, también los entregados."),
("es","feature-01",[F],[],"estaria genial programar envios","Marta Gil <marta.gil@hotmail.com>","envíos programados",
 "Hola! Estaría genial poder programar los envíos de newsletters para que salgan a una hora concreta. ¿Lo tenéis previsto? Gracias"),
("es","neg-01",[],[B,F],"pricing add users","Raúl Navarro <raul.navarro@navarroasesores.es>","usuarios",
 "Buenos días, ¿cuánto cuesta añadir cinco usuarios más a nuestra cuenta? Gracias."),
("es","neg-02",[],[B,F],"thanks, export fixed","Paula Castro <paula.castro@gmail.com>","Re: exportación",
 "Gracias, ya funciona la exportación a Excel, el problema está solucionado. Podéis cerrar la incidencia."),
# ---------------- fr
("fr","bug-01",[B],[],"appli se ferme onglet factures","Julien Lefèvre <julien.lefevre@orange.fr>","l'appli plante",
 "Bonjour,\n\ndepuis la mise à jour d'hier, l'appli se ferme toute seule dès que j'ouvre l'onglet Factures. Les autres onglets marchent. J'ai un Pixel 7.\n\nCordialement,\nJulien Lefèvre"),
("fr","bug-02",[B],[],"montants faux remise deux fois, sans accents","Nathalie Girard <n.girard@girard-deco.fr>","devis faux",
 "les montants sur les devis sont faux, la remise est appliquee deux fois et le total affiche ne correspond pas a la somme des lignes"),
("fr","feature-01",[F],[],"ce serait top option sms","Camille Bonnet <camille.bonnet@gmail.com>","notifications SMS",
 "Bonjour, ce serait top d'avoir une option pour recevoir les notifications par SMS et pas seulement par mail. Vous avez prévu quelque chose ? Merci !"),
("fr","neg-01",[],[B,F],"how-to csv","Pierre Dubois <pierre.dubois@free.fr>","export",
 "Bonjour, comment faire pour exporter mes données clients en CSV ? Merci d'avance."),
("fr","neg-02",[],[B,F],"outage 502 tout le monde","Sandrine Moreau <s.moreau@cabinet-moreau.fr>","site inaccessible",
 "Votre site est inaccessible depuis ce matin, erreur 502 pour tout le monde au cabinet. Personne ne peut se connecter."),
# ---------------- nl
("nl","bug-01",[B],[],"verzenden gebeurt niks","Bram de Vries <bram.devries@gmail.com>","formulier",
 "Hoi,\n\nals ik op 'verzenden' druk gebeurt er niks, het formulier blijft gewoon staan en de aanvraag komt nergens binnen. Heb het drie keer geprobeerd.\n\nGroet, Bram"),
("nl","bug-02",[B],[],"sync agenda dubbel","Eva Jansen <eva@jansenfysio.nl>","agenda sync",
 "De synchronisatie met mijn Google-agenda loopt steeds vast en afspraken worden dubbel aangemaakt. Vanochtend stond iedere patiënt er twee keer in."),
("nl","feature-01",[F],[],"zou het mogelijk zijn donkere modus","Daan Visser <daan.visser@ziggo.nl>","donkere modus",
 "Zou het mogelijk zijn om een donkere modus toe te voegen aan de app? Dat zou voor mij erg fijn zijn, ik werk veel 's avonds."),
("nl","neg-01",[],[B,F],"pricing pro","Lotte Smit <lotte.smit@hotmail.com>","prijs",
 "Hallo, wat kost het pro-abonnement per maand als ik jaarlijks betaal? Groetjes Lotte"),
("nl","neg-02",[],[F],"seat admin add colleague","Ruud Bakker <ruud.bakker@bakkerbouw.nl>","gebruiker erbij",
 "Kunnen jullie mijn collega Sanne toevoegen als gebruiker op ons account? Haar mailadres is sanne@bakkerbouw.nl."),
# ---------------- sv
("sv","bug-01",[B],[],"felmeddelande ogiltigt värde","Johan Lindqvist <johan.lindqvist@telia.com>","kan inte spara kund",
 "Hej,\n\nnär jag försöker spara en ny kund får jag felmeddelandet \"ogiltigt värde\" trots att alla fält är ifyllda korrekt. Det gick bra förra veckan.\n\nMvh Johan"),
("sv","bug-02",[B],[],"appen fryser kamera","Elin Berg <elin.berg@gmail.com>","appen låser sig",
 "Appen fryser varje gång jag öppnar kameran för att skanna kvitton, jag måste tvinga den att stänga."),
("sv","feature-01",[F],[],"jättebra om stöd för bankid","Oskar Nilsson <oskar@nilssonbygg.se>","BankID",
 "Det skulle vara jättebra om ni kunde lägga till stöd för inloggning med BankID. Våra anställda glömmer lösenorden hela tiden."),
("sv","neg-01",[],[B,F],"how-to språk","Karin Andersson <karin.andersson@hotmail.se>","språk",
 "Hur gör jag för att byta språk i appen till engelska? Tack på förhand."),
("sv","neg-02",[],[B,F],"outage nere","Mats Eriksson <mats.eriksson@ericssonredovisning.se>","nere?",
 "Sidan ligger nere, ingen av oss på kontoret kommer in sedan kl 8. Är det ett känt fel?"),
# ---------------- it
("it","bug-01",[B],[],"scarica pdf vuoto","Francesca Romano <francesca.romano@libero.it>","pdf vuoto",
 "Buongiorno,\n\nquando clicco su 'Scarica PDF' il file che si scarica è vuoto, zero pagine. Succede con tutte le fatture di aprile.\n\nGrazie,\nFrancesca"),
("it","bug-02",[B],[],"notifiche non arrivano, messaggi in coda","Marco Bianchi <marco.bianchi@gmail.com>","notifiche",
 "dopo l'aggiornamento le notifiche non arrivano piu e i messaggi ai clienti restano in coda senza essere inviati"),
("it","feature-01",[F],[],"sarebbe comodo filtrare","Giulia Conti <giulia.conti@studioconti.it>","filtro per città",
 "Sarebbe comodo poter filtrare i clienti per città. Potreste aggiungerlo in una delle prossime versioni?"),
("it","neg-01",[],[B,F],"pricing api","Alessandro Ricci <a.ricci@ricci-srl.it>","piano aziendale",
 "Salve, quanto costa il piano aziendale? Include anche l'accesso all'API?"),
("it","neg-02",[],[B,F],"how-to firma","Chiara Greco <chiara.greco@gmail.com>","firma email",
 "Ciao, come si imposta la firma nelle email in uscita? Non trovo l'opzione. Grazie"),
# ---------------- pt
("pt","bug-01",[B],[],"relatorio valores errados","Rafael Almeida <rafael.almeida@gmail.com>","relatório errado",
 "Olá,\n\nquando gero o relatório mensal de vendas, os valores aparecem errados e o total não bate com o que foi vendido de verdade. Ontem estava certo, hoje não.\n\nAbraço,\nRafael"),
("pt","bug-02",[B],[],"app fecha sozinho anexar foto, sem acentos","Beatriz Lima <bia.lima@hotmail.com>","app fechando",
 "o app fecha sozinho toda vez que eu tento anexar uma foto no chamado, ja reinstalei e continua"),
("pt","feature-01",[F],[],"seria otimo integracao whatsapp","Thiago Costa <thiago@costamoveis.com.br>","WhatsApp",
 "Seria ótimo se vocês tivessem integração com o WhatsApp para avisar os clientes. Há planos para isso?"),
("pt","neg-01",[],[B,F],"how-to xml","Fernanda Rocha <fernanda.rocha@contabil.pt>","exportar",
 "Bom dia, como faço para exportar as faturas em XML? Obrigada."),
("pt","neg-02",[],[B,F],"outage 503 ninguem","João Pereira <joao.pereira@pereira-lda.pt>","site em baixo",
 "O site está em baixo, ninguém aqui consegue entrar, dá erro 503. Quando volta?"),
# ---------------- nb
("nb","bug-01",[B],[],"lagre-knappen ingenting","Kari Nordmann <kari.nordmann@online.no>","lagring",
 "Hei,\n\nnår jeg trykker på lagre-knappen skjer det ingenting, og endringene forsvinner når jeg går ut av siden.\n\nHilsen Kari"),
("nb","bug-02",[B],[],"faktura feil dato","Ole Hansen <ole@hansen-elektro.no>","datoer",
 "Fakturaene får feil dato – alle står med 1. januar selv om de ble laget i mai."),
("nb","feature-01",[F],[],"hadde vært fint eksport excel","Ingrid Solberg <ingrid.solberg@gmail.com>","ønske",
 "Det hadde vært fint om dere kunne legge til mulighet for å eksportere timelistene til Excel."),
("nb","neg-01",[],[B,F],"pricing","Erik Berg <erik.berg@bergas.no>","pris",
 "Hva koster det å legge til flere brukere på abonnementet vårt?"),
("nb","neg-02",[],[B,F],"how-to email","Silje Haugen <silje.haugen@hotmail.no>","e-post",
 "Hvordan endrer jeg e-postadressen som står på kontoen min?"),
# ---------------- fi
("fi","bug-01",[B],[],"tallenna ei tapahdu mitään","Mikko Virtanen <mikko.virtanen@gmail.com>","tallennus",
 "Hei,\n\nkun painan tallenna-painiketta, mitään ei tapahdu ja muutokset katoavat.\n\nTerveisin Mikko"),
("fi","bug-02",[B],[],"sovellus kaatuu päivityksen jälkeen","Laura Mäkinen <laura.makinen@elisa.fi>","kaatuu",
 "Sovellus kaatuu aina kun avaan laskut-välilehden, päivityksen jälkeen."),
("fi","feature-01",[F],[],"olisi hienoa tumma tila","Antti Korhonen <antti.korhonen@yritys.fi>","toive",
 "Olisi hienoa, jos voisitte lisätä sovellukseen tumman tilan."),
("fi","neg-01",[],[B,F],"pricing","Sanna Lehtonen <sanna.lehtonen@gmail.com>","hinta",
 "Paljonko yrityspaketti maksaa kuukaudessa?"),
("fi","neg-02",[],[B,F],"outage","Jari Heikkinen <jari.heikkinen@heikkinen.fi>","palvelu alhaalla",
 "Palvelu on alhaalla, kukaan meillä ei pääse kirjautumaan sisään."),
# ---------------- extras: more wordings and hard negatives
("de","neg-03",[B],[F],"neue funktion kaputt = bug","Petra Schmid <petra.schmid@t-online.de>","Neue Vorlagenfunktion",
 "Die neue Vorlagen-Funktion ist eine schöne Idee, aber beim Einfügen einer Vorlage werden alle Umlaute als Fragezeichen angezeigt. So können wir das leider nicht nutzen."),
("fr","neg-03",[],[F],"ce serait bien de me rappeler","Hélène Fournier <helene.fournier@gmail.com>","rappel",
 "Bonjour, ce serait bien que quelqu'un me rappelle avant vendredi au sujet de mon contrat, je n'ai toujours pas de réponse. Merci"),
("es","feature-02",[F],[],"propuesta modo oscuro / atajos","Diego Morales <diego.morales@gmail.com>","propuesta",
 "Una propuesta: molaría tener atajos de teclado para pasar de un ticket al siguiente sin usar el ratón. Lo uso ocho horas al día y se agradecería mucho."),
("it","bug-03",[B],[],"importo sbagliato iva, lungo","Roberto Esposito <roberto.esposito@espositoimpianti.it>","fatture elettroniche",
 "Buongiorno,\n\nsono il titolare di una piccola ditta di impianti e usiamo il vostro gestionale da due anni, in generale bene. Vi scrivo perché da lunedì le fatture elettroniche generate hanno l'IVA calcolata sul totale già scontato due volte, quindi l'importo finale risulta sbagliato e il commercialista ce le ha rimandate indietro tutte. Potete controllare?\n\nCordiali saluti,\nRoberto Esposito"),
("pt","feature-02",[F],[],"sugestao modo escuro","Mariana Sousa <mariana.sousa@sapo.pt>","sugestão",
 "Uma sugestão: era bom haver a possibilidade de exportar os relatórios diretamente para o Google Sheets. Poupava-nos imenso tempo."),
("sv","neg-03",[],[B,F],"tack, fungerar igen","Anna Sjöberg <anna.sjoberg@gmail.com>","Re: export",
 "Tack, nu fungerar exporten igen efter er rättning. Ni kan stänga ärendet."),
("pl","feature-02",[F],[],"przydałaby się opcja","Magdalena Wiśniewska <m.wisniewska@interia.pl>","propozycja",
 "Przydałaby się opcja ustawienia przypomnień SMS dla klientów dzień przed wizytą. Myślę, że wiele gabinetów by z tego skorzystało."),
("nl","bug-03",[B],[],"factuur verkeerd bedrag","Sander Mulder <sander@muldertechniek.nl>","facturen",
 "Sinds de update rekent het systeem de btw dubbel op de facturen, het totaalbedrag klopt dus niet meer. Kunnen jullie dit snel fixen?"),
("en","neg-04",[],[B,F],"price increase question, invoice higher","Laura Finch <laura.finch@finchdesign.co>","invoice higher this month?",
 "Hi, my invoice this month is higher than usual - did your prices change, or did we add a user by mistake? Thanks, Laura"),
("da","neg-03",[],[F],"tilføj kollega som bruger","Henrik Møller <henrik@moller-tomrer.dk>","ny bruger",
 "Kan I tilføje min kollega Peter som bruger på vores konto? Han skal kunne se ordrerne."),
]
def main():
    out = ["# devset5/bug-feature: written before the combo pass (honest check). Scores only bug-report and feature-request.", ""]
    for i, (lang, name, exp, forb, note, frm, subj, body) in enumerate(M):
        d = os.path.join(HERE, lang); os.makedirs(d, exist_ok=True)
        dom = frm.split("@")[1].rstrip(">")
        mid = hashlib.sha1(f"devset5{lang}{name}".encode()).hexdigest()[:16]
        eml = (f"From: {frm}\nTo: support@example.com\nSubject: {subj}\n"
               f"Date: Thu, {1 + i % 27:02d} Jun 2026 09:{i % 60:02d}:00 +0000\n"
               f"Message-ID: <{mid}@{dom}>\nMIME-Version: 1.0\n"
               f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n")
        open(os.path.join(d, name + ".eml"), "w", encoding="utf-8").write(eml)
        # forb == [] means: forbid the tags not expected
        forbid = forb if forb else [t for t in MINE if t not in exp]
        forbid = [t for t in forbid if t not in exp]
        q = lambda xs: "[" + ", ".join(f'"{x}"' for x in xs) + "]"
        out += ["[[message]]", f'file = "{lang}/{name}.eml"', f'lang = "{lang}"',
                f"expect = {q(exp)}", f"forbid = {q(forbid)}", f'note = "{note}"', ""]
    open(os.path.join(HERE, "manifest.toml"), "w", encoding="utf-8").write("\n".join(out))
    print(len(M), "messages")
main()
