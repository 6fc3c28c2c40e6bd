# devset6/bug-feature: hand-written check set for bug-report and feature-request only,
# written in round 3 BEFORE any lexicon change (its first measurement is the honest one).
import os, hashlib
HERE = os.path.dirname(os.path.abspath(__file__))
MINE = ["bug-report", "feature-request"]
B, F = MINE
M = [
# ---------------- en
("en","bug-01",[B],[],"rambling, contacts merged with wrong names in the middle","Gwen Talbot <gwen@talbotflorist.co.uk>","contacts mixed up",
 "Hi there,\n\nSorry for the long email, it's been a mad week with weddings. So we imported our customer list from the old till system on Monday, which went fine, about 900 people. But since then when I open a customer the phone number belongs to someone else entirely - Mrs Hale's card shows Mr Okafor's mobile and so on, it looks like the numbers got shuffled one row down. We nearly rang the wrong bride yesterday!\n\nAnyway could somebody have a look, I can send the original file if that helps.\n\nThanks so much,\nGwen"),
("en","bug-02",[B],[],"curt, Safari only, cut off text","Marcus Reid <m.reid@reidarchitects.com>","Safari",
 "On Safari (macOS 14) the project names in the sidebar are cut off after 10 characters and the tooltip never shows. Chrome is fine."),
("en","bug-03",[B],[],"payment declined with code, non-native","Rajesh Kumar <rajesh.k@techsol.in>","payment not going",
 "Dear Sir, I am trying to pay the renewal from last 2 days but every time it is giving 'Error 4012: card verification failed' even my bank is saying there is no issue from their side. Kindly check from your end."),
("en","feature-01",[F],[],"why can't I ... competitor has it","Hannah Fox <hannah@foxandhoundpub.co.uk>","recurring bookings",
 "Quick one - why can't I set up a recurring table booking for our regulars? Tablely lets you do it in two clicks and honestly it's the only thing I miss since switching to you."),
("en","feature-02",[F],[],"there is no way to, formal","Dr. Peter Lang <p.lang@langdental.com>","Suggestion regarding reminders",
 "Dear support team,\n\nAt present there is no way to send appointment reminders by text message; only email is offered. Many of our older patients do not read email. Could you make it so that SMS reminders can be switched on per patient?\n\nKind regards,\nDr. Peter Lang"),
("en","neg-01",[],[B,F],"is it possible? (how-to)","Olivia Grant <olivia.grant@gmail.com>","exporting",
 "Hello, is it possible to download all my invoices from last year in one go? If so, where do I find that? Thanks!"),
("en","neg-02",[],[B,F],"thanks for adding, works now","Sam Becker <sam@beckerbikes.com>","Re: bulk edit",
 "Just wanted to say thanks for adding the bulk edit, works great and the missing receipts issue from last week is sorted too."),
# ---------------- de
("de","bug-01",[B],[],"logged out, formal","Dr. Ulrike Brandes <u.brandes@praxis-brandes.de>","Abmeldung",
 "Sehr geehrte Damen und Herren,\n\nseit einigen Tagen werde ich beim Anlegen eines neuen Patienten nach etwa einer Minute automatisch abgemeldet, und alle bereits eingegebenen Daten sind verloren. Das ist bei uns in der Praxis inzwischen ein echtes Ärgernis.\n\nMit freundlichen Grüßen\nDr. Ulrike Brandes"),
("de","bug-02",[B],[],"no diacritics, wrong language, layout","Timo Krause <timo.krause@gmx.de>","englisch??",
 "hi, seit gestern ist die haelfte der oberflaeche auf englisch obwohl deutsch eingestellt ist und die buttons unten ueberlappen sich so dass man auf abbrechen nicht mehr draufkommt"),
("de","feature-01",[F],[],"ich faende es super, wenn man","Nina Hofmann <nina.hofmann@web.de>","Idee",
 "Hallo, ich fände es super, wenn man Kunden Notizen zuordnen könnte, die nur intern sichtbar sind. Bei der Konkurrenz gibt es das schon lange. LG Nina"),
("de","feature-02",[F],[],"koennten Sie es so machen dass","Gerd Bauer <g.bauer@bauer-holzbau.de>","Stundenzettel",
 "Guten Tag, könnten Sie es bitte so einrichten, dass die Mitarbeiter ihre Stundenzettel auch vom Handy aus abschicken können? Bisher geht das nur am PC, was für Leute auf der Baustelle unpraktisch ist."),
("de","neg-01",[],[B,F],"gibt es eine Möglichkeit (how-to)","Petra Lang <petra.lang@t-online.de>","Frage",
 "Guten Tag, gibt es eine Möglichkeit, meine Rechnungsadresse selbst zu ändern, oder müssen Sie das machen? Danke, Petra Lang"),
# ---------------- da
("da","bug-01",[B],[],"old values come back","Jesper Thomsen <jesper@thomsen-el.dk>","priser",
 "Hej. Når jeg retter en pris på et produkt og trykker gem, så står den gamle pris der igen næste dag. Det er sket tre gange nu, og kunderne får altså de forkerte priser på deres ordrer."),
("da","bug-02",[B],[],"Android only, notifications missing","Camilla Berg <camilla.berg@hotmail.dk>","notifikationer",
 "Hej, jeg får ingen notifikationer længere på min Android telefon, selvom de er slået til i appen. På min iPad kommer de fint. Det startede efter sidste opdatering."),
("da","bug-03",[B],[],"mail with middle key sentence, emails not sent","Ole Frandsen <ole@frandsen-revision.dk>","kvitteringer",
 "Goddag,\n\nVi har brugt systemet i et par år og er generelt glade. Men siden i mandags bliver kvitteringsmails til kunderne ikke sendt, de står bare som 'i kø' i oversigten. Vi har prøvet at sende dem igen manuelt uden held.\n\nVenlig hilsen\nOle Frandsen"),
("da","feature-01",[F],[],"det kunne være fedt hvis","Line Vestergaard <line.v@gmail.com>","ide",
 "Hej! Det kunne være fedt, hvis man kunne dele en indkøbsliste med resten af familien direkte i appen. Det er det eneste jeg savner. Mvh Line"),
("da","feature-02",[F],[],"hvorfor kan man ikke / konkurrent","Morten Skov <morten@skovtransport.dk>","eksport",
 "Hvorfor kan man ikke eksportere kørselslisterne til Excel? Det kan alle andre systemer vi har prøvet. Det ville spare os for en masse tastearbejde."),
("da","neg-01",[],[B,F],"er det muligt (how-to)","Karen Dahl <karen.dahl@mail.dk>","spørgsmål",
 "Hej, er det muligt at skifte fra månedlig til årlig betaling midt i perioden? Hilsen Karen"),
# ---------------- ro
("ro","bug-01",[B],[],"no diacritics, data reset","Vlad Georgescu <vlad.georgescu@gmail.com>","setari",
 "salut, de fiecare data cand ies din aplicatie setarile se reseteaza la cele implicite si trebuie sa le pun iar. am un iphone 13"),
("ro","bug-02",[B],[],"image missing on invoice PDF, formal","Daniela Ionescu <daniela.ionescu@medicalplus.ro>","Logo lipsa",
 "Bună ziua,\n\nVă semnalez că, începând de ieri, logo-ul firmei nu mai apare pe facturile generate în PDF, deși în setări este încărcat corect. Am încercat să îl încarc din nou, fără rezultat.\n\nCu stimă,\nDaniela Ionescu"),
("ro","bug-03",[B],[],"button greyed out","Sorin Matei <sorin.matei@yahoo.com>","nu pot salva",
 "Butonul Salvează rămâne gri și nu se poate apăsa, chiar dacă am completat toate câmpurile obligatorii. Așa nu pot adăuga niciun client nou."),
("ro","feature-01",[F],[],"ar fi frumos daca / conditional","Alina Radu <alina.radu@gmail.com>","propunere",
 "Bună, ar fi frumos dacă în calendar s-ar putea vedea și zilele libere legale. Acum trebuie să le trec manual în fiecare an."),
("ro","feature-02",[F],[],"de ce nu se poate / competitor","Bogdan Enache <bogdan@enache-auto.ro>","plata cu cardul",
 "De ce nu se poate plăti cu cardul direct din factura trimisă pe email? La SmartBill clienții noștri puteau face asta. V-aș ruga să luați în calcul această variantă."),
("ro","neg-01",[],[B,F],"price question","Corina Pavel <corina.pavel@firma.ro>","pret",
 "Bună ziua, se poate face o ofertă pentru 25 de utilizatori? Mulțumesc frumos."),
# ---------------- pl
("pl","bug-01",[B],[],"spinner forever, no diacritics","Tomasz Wojcik <tomasz.wojcik@wp.pl>","eksport",
 "dzien dobry, jak klikam eksportuj do excela to kolko sie kreci i nic sie nie dzieje, czekalem 20 minut. wczesniej dzialalo bez problemu"),
("pl","bug-02",[B],[],"duplicated orders, formal","Agnieszka Kaczmarek <a.kaczmarek@sklep-ogrodowy.pl>","Zdublowane zamówienia",
 "Szanowni Państwo,\n\nod wczoraj każde zamówienie złożone przez klienta pojawia się w panelu dwukrotnie, z tym samym numerem. Przez to magazyn pakuje paczki podwójnie. Proszę o pilne sprawdzenie.\n\nZ poważaniem,\nAgnieszka Kaczmarek"),
("pl","bug-03",[B],[],"app goes back to start screen","Piotr Zielinski <piotr.zielinski@gmail.com>","aplikacja",
 "Cześć, aplikacja na iPhonie po dodaniu zdjęcia do zgłoszenia wraca do ekranu startowego i zdjęcie przepada. Próbowałem kilka razy."),
("pl","feature-01",[F],[],"gdyby mozna bylo","Katarzyna Lewandowska <kasia.lewandowska@o2.pl>","pomysł",
 "Dzień dobry, byłoby wspaniale, gdyby można było ustawić w kalendarzu różne kolory dla poszczególnych pracowników. Teraz wszystko jest na niebiesko i trudno się połapać."),
("pl","feature-02",[F],[],"czy moglibyscie zrobic tak zeby","Marek Nowicki <marek@nowicki-serwis.pl>","faktury",
 "Czy moglibyście zrobić tak, żeby faktury wysyłały się klientom automatycznie po zamknięciu zlecenia? U konkurencji to standard."),
("pl","neg-01",[],[B,F],"jak zmienic (how-to)","Ewa Grabowska <ewa.grabowska@interia.pl>","pytanie",
 "Dzień dobry, jak mogę dodać drugiego użytkownika do konta? Nie widzę tej opcji. Pozdrawiam"),
# ---------------- es
("es","bug-01",[B],[],"images don't load on Firefox only","Lucía Navarro <lucia.navarro@gmail.com>","fotos",
 "Hola, en Firefox las fotos de los productos no se cargan, sale solo el icono de imagen rota. En Chrome se ven bien. ¿Podéis revisarlo?"),
("es","bug-02",[B],[],"stock wrong after sync, formal long","Javier Ortega <j.ortega@ortegadistribuciones.es>","Inventario",
 "Buenos días,\n\nles escribo porque desde la sincronización con la tienda online del jueves el stock que muestra el panel no coincide con el real: hay productos con existencias negativas y otros que aparecen agotados cuando tenemos cajas enteras en el almacén. Ya hemos perdido varias ventas.\n\nUn saludo,\nJavier Ortega"),
("es","feature-01",[F],[],"si pudiera / estaria genial","Marta Gil <marta.gil@hotmail.es>","sugerencia",
 "Hola! Estaría genial que se pudieran añadir notas de voz a las tareas, sobre todo cuando voy conduciendo. Un abrazo"),
("es","feature-02",[F],[],"echo en falta","Andrés Castillo <andres@castilloabogados.es>","firma",
 "Buenas, echo en falta poder firmar los documentos directamente desde la plataforma, ahora tengo que descargarlos, firmarlos fuera y volver a subirlos."),
("es","neg-01",[],[B,F],"thanks it's working","Rosa Medina <rosa.medina@gmail.com>","Re: error",
 "Perfecto, ya me funciona todo correctamente después de borrar la caché. Gracias por la ayuda."),
# ---------------- fr
("fr","bug-01",[B],[],"accents broken in export, formal","Philippe Garnier <p.garnier@garnier-conseil.fr>","Export CSV",
 "Bonjour,\n\nDepuis la dernière mise à jour, les fichiers CSV exportés affichent des caractères bizarres à la place des accents (Ã© au lieu de é), ce qui rend les noms de nos clients illisibles dans Excel.\n\nCordialement,\nPhilippe Garnier"),
("fr","bug-02",[B],[],"renvoie à l'accueil, no accents","Julie Moreau <julie.moreau@free.fr>","panier",
 "bonjour, quand je valide mon panier ca me renvoie a la page d accueil et le panier est vide, j ai essaye 4 fois. sur iphone"),
("fr","feature-01",[F],[],"ce serait top de pouvoir","Antoine Roux <antoine.roux@gmail.com>","suggestion",
 "Salut, ce serait top de pouvoir dupliquer un devis existant au lieu de tout ressaisir à chaque fois. Merci !"),
("fr","feature-02",[F],[],"il manque / pourquoi on ne peut pas","Claire Petit <claire.petit@cabinet-petit.fr>","agenda",
 "Bonjour, ce qui me manque vraiment, c'est une vue semaine dans l'agenda. Pourquoi ne peut-on voir qu'un jour à la fois ? Vos concurrents proposent ça depuis des années."),
("fr","neg-01",[],[B,F],"how-to, où trouver","Nicolas Blanc <nicolas.blanc@orange.fr>","facture",
 "Bonjour, où puis-je télécharger ma facture du mois dernier ? Je ne la trouve pas dans mon espace. Merci."),
# ---------------- nl
("nl","bug-01",[B],[],"reset to start, no diacritics","Bas de Vries <bas.devries@ziggo.nl>","formulier",
 "hoi, als ik het aanmeldformulier invul en op volgende klik springt hij terug naar stap 1 en is alles leeg. gebeurt alleen op mijn telefoon"),
("nl","bug-02",[B],[],"wrong amounts formal","Ingrid Bakker <i.bakker@bakkeradvies.nl>","Onjuiste bedragen",
 "Geachte heer/mevrouw,\n\nIn het maandoverzicht van maart staan bij meerdere klanten onjuiste bedragen: de kortingen zijn niet verwerkt, terwijl ze op de losse facturen wel kloppen. Wilt u dit nakijken?\n\nMet vriendelijke groet,\nIngrid Bakker"),
("nl","feature-01",[F],[],"het zou fijn zijn als","Joost Smit <joost@smitbouw.nl>","suggestie",
 "Hallo, het zou fijn zijn als we foto's van de bouwplaats direct aan een project konden koppelen vanuit de app. Nu moet het via de computer."),
("nl","feature-02",[F],[],"zouden jullie kunnen overwegen","Femke Visser <femke.visser@gmail.com>","idee",
 "Zouden jullie kunnen overwegen om een donkere modus toe te voegen? Ik werk veel 's avonds en het witte scherm is erg fel. Bij de meeste andere apps kan dat al."),
("nl","feature-03",[F],[],"ik mis / er is geen manier","Ruud Jansen <ruud@jansen-fysio.nl>","herhaalafspraken",
 "Wat ik mis is een manier om herhaalafspraken in te plannen, bijvoorbeeld elke dinsdag om 10 uur voor 8 weken. Nu moet ik ze allemaal los invoeren."),
("nl","neg-01",[],[B,F],"kan ik (how-to)","Sanne Meijer <sanne.meijer@hotmail.com>","vraag",
 "Hallo, kan ik mijn abonnement ook per jaar betalen? Groetjes Sanne"),
# ---------------- sv
("sv","bug-01",[B],[],"logs me out, curt","Erik Lindqvist <erik.lindqvist@telia.com>","utloggad",
 "Appen loggar ut mig varje gång jag byter till en annan app och tillbaka. Måste logga in typ tio gånger om dagen."),
("sv","bug-02",[B],[],"wrong dates in report","Maria Holm <maria.holm@holmekonomi.se>","rapport",
 "Hej, i månadsrapporten för april står alla datum som 1970-01-01 och summorna är noll. Rapporten för mars ser normal ut."),
("sv","feature-01",[F],[],"det skulle vara bra om","Johan Berg <johan.berg@bergsbygg.se>","förslag",
 "Hej, det skulle vara jättebra om man kunde bifoga ritningar direkt i offerten. Nu skickar vi dem i ett separat mejl."),
("sv","feature-02",[F],[],"saknar / varför går det inte","Lena Ek <lena.ek@gmail.com>","export",
 "Varför går det inte att exportera kundlistan? Det är något jag verkligen saknar, i vårt gamla system fanns det."),
("sv","neg-01",[],[B,F],"how-to","Per Nilsson <per.nilsson@hotmail.se>","fråga",
 "Hej, går det att byta e-postadress på kontot? Hur gör jag i så fall?"),
# ---------------- it
("it","bug-01",[B],[],"notifications never arrive iOS","Francesca Ricci <francesca.ricci@libero.it>","notifiche",
 "Ciao, da quando ho aggiornato l'app non mi arriva più nessuna notifica sull'iPhone, anche se sono attive nelle impostazioni. Su Android a mio marito funzionano."),
("it","bug-02",[B],[],"data mixed up, formal","Ing. Marco Conti <m.conti@contiprogetti.it>","Dati errati",
 "Gentili signori,\n\nnell'elenco dei clienti alcuni indirizzi risultano scambiati tra loro: il cliente Bianchi ha l'indirizzo del cliente Rossi e viceversa. Nessuno di noi li ha modificati. Vi chiedo di verificare.\n\nDistinti saluti,\nIng. Marco Conti"),
("it","bug-03",[B],[],"no accents, button does nothing","Luca Gallo <luca.gallo@gmail.com>","pagamento",
 "buongiorno, quando premo il tasto paga ora non succede niente, la pagina resta ferma. ho provato con due carte diverse"),
("it","feature-01",[F],[],"se fosse possibile / sarebbe comodo","Giulia Marino <giulia.marino@studiomarino.it>","richiesta",
 "Buongiorno, sarebbe possibile in futuro poter assegnare un colore a ogni categoria di spesa? Renderebbe il riepilogo molto più leggibile."),
("it","feature-02",[F],[],"perche non si puo / concorrente","Alessandro Greco <a.greco@grecoservizi.it>","firma digitale",
 "Come mai non si può ancora inviare i documenti in firma digitale dalla piattaforma? Altri gestionali lo fanno già da tempo e ci farebbe davvero comodo."),
("it","neg-01",[],[B,F],"how-to, e possibile","Sara Lombardi <sara.lombardi@gmail.com>","domanda",
 "Ciao, è possibile cambiare il metodo di pagamento? Dove lo trovo? Grazie"),
# ---------------- pt
("pt","bug-01",[B],[],"email not sent + wrong language","Rui Ferreira <rui.ferreira@sapo.pt>","emails",
 "Boa tarde, os emails de confirmação de marcação chegam aos clientes em inglês, apesar de termos tudo configurado em português. E alguns nem chegam."),
("pt","bug-02",[B],[],"brazilian, app fecha sozinho","Thiago Almeida <thiago.almeida@gmail.com>","app fechando",
 "Oi, o app fecha sozinho toda vez que eu tento anexar um comprovante. Já desinstalei e instalei de novo e continua igual. Uso Android."),
("pt","bug-03",[B],[],"values disappear, formal","Ana Costa <ana.costa@costacontabilidade.pt>","Valores",
 "Bom dia,\n\nAo guardar uma fatura com mais de 10 linhas, as últimas linhas desaparecem e o total fica errado. Com menos linhas não acontece.\n\nCumprimentos,\nAna Costa"),
("pt","feature-01",[F],[],"poderiam / seria possivel","Carla Mendes <carla.mendes@gmail.com>","sugestão",
 "Olá! Vocês poderiam pensar em permitir o pagamento por MB Way? Muitos dos nossos clientes pedem isso."),
("pt","feature-02",[F],[],"porque nao da / concorrente","Pedro Santos <pedro.santos@santosobras.pt>","orçamentos",
 "Porque é que não dá para converter um orçamento em fatura com um clique? No programa que usávamos antes isso existia. Fazia-nos muito jeito."),
("pt","feature-03",[F],[],"brazilian, seria legal se","Juliana Rocha <juliana.rocha@hotmail.com>","ideia",
 "Oi pessoal, seria muito legal se desse para agendar postagens para o fim de semana. Sinto muita falta disso."),
("pt","neg-01",[],[B,F],"how-to","Miguel Oliveira <miguel.oliveira@gmail.com>","pergunta",
 "Olá, como faço para alterar o NIF nas faturas? Obrigado."),
# ---------------- nb
("nb","bug-01",[B],[],"sync fails, wrong values","Kristian Haugen <kristian@haugen-regnskap.no>","synk",
 "Hei, synkroniseringen mot regnskapsprogrammet stopper med feilkode 503 hver natt, og bilagene fra i går mangler derfor. Dette har skjedd siden fredag."),
("nb","bug-02",[B],[],"layout broken","Ingrid Solberg <ingrid.solberg@gmail.com>","visning",
 "Hei, på iPaden min er menyen forskjøvet og dekker halve skjermen, så jeg får ikke trykket på lagre-knappen."),
("nb","feature-01",[F],[],"det hadde vært fint om","Ola Nordmann <ola.nordmann@online.no>","ønske",
 "Det hadde vært fint om dere kunne legge inn støtte for Vipps. Det er det kundene våre spør mest om."),
("nb","feature-02",[F],[],"savner","Silje Bakken <silje.bakken@hotmail.no>","timeføring",
 "Hei! Vi savner muligheten til å føre timer på flere prosjekter samtidig. Er det noe dere kan se på?"),
("nb","neg-01",[],[B,F],"how-to","Lars Hansen <lars.hansen@gmail.com>","spørsmål",
 "Hei, hvordan legger jeg til en ny ansatt i systemet? Finner det ikke."),
# ---------------- fi
("fi","bug-01",[B],[],"kaatuu when opening","Mikko Virtanen <mikko.virtanen@gmail.com>","sovellus",
 "Hei, sovellus kaatuu aina kun yritän avata laskun liitteen. Puhelin on Samsung Galaxy S22."),
("fi","bug-02",[B],[],"wrong totals","Anna Korhonen <anna.korhonen@korhonentilit.fi>","summat",
 "Hei, raportin loppusumma ei täsmää rivien summaan, alv lasketaan kahteen kertaan. Tämä alkoi päivityksen jälkeen."),
("fi","feature-01",[F],[],"olisi kiva jos","Laura Nieminen <laura.nieminen@outlook.com>","toive",
 "Olisi tosi kiva, jos sovellukseen saisi tumman teeman. Käytän sitä paljon illalla."),
("fi","feature-02",[F],[],"voisitteko lisätä","Jussi Mäkinen <jussi.makinen@makisenrakennus.fi>","ehdotus",
 "Voisitteko lisätä mahdollisuuden viedä tuntikirjaukset suoraan Exceliin? Nyt joudun kopioimaan ne käsin."),
("fi","neg-01",[],[B,F],"how-to","Tiina Lahtinen <tiina.lahtinen@gmail.com>","kysymys",
 "Hei, miten voin vaihtaa laskutusosoitteen? Kiitos."),
]
def main():
    out = ["# devset6/bug-feature: written in round 3 before any lexicon change (honest check). Scores only bug-report and feature-request.", ""]
    for i, (lang, name, exp, forb, note, frm, subj, body) in enumerate(M):
        d = os.path.join(HERE, lang); os.makedirs(d, exist_ok=True)
        dom = frm.split("@")[1].rstrip(">")
        mid = hashlib.sha1(f"devset6{lang}{name}".encode()).hexdigest()[:16]
        eml = (f"From: {frm}\nTo: support@example.com\nSubject: {subj}\n"
               f"Date: Fri, {1 + i % 27:02d} Jul 2026 10:{i % 60:02d}:00 +0000\n"
               f"Message-ID: <{mid}@{dom}>\nMIME-Version: 1.0\n"
               f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n")
        open(os.path.join(d, name + ".eml"), "w", encoding="utf-8").write(eml)
        forbid = forb if forb else [t for t in MINE if t not in exp]
        forbid = [t for t in forbid if t not in exp]
        q = lambda xs: "[" + ", ".join(f'"{x}"' for x in xs) + "]"
        out += ["[[message]]", f'file = "{lang}/{name}.eml"', f'lang = "{lang}"',
                f"expect = {q(exp)}", f"forbid = {q(forbid)}", f'note = "{note}"', ""]
    open(os.path.join(HERE, "manifest.toml"), "w", encoding="utf-8").write("\n".join(out))
    print(len(M), "messages")
main()
