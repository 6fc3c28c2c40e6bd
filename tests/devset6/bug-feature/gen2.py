# devset6/bug-feature batch 2: probe written after the first lexicon pass, measured before its fixes.
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, domain_of, forbid_others, mail_date, message_id, plain_mail

HERE = Path(__file__).resolve().parent
MINE = ["bug-report", "feature-request"]
B, F = MINE
M = [
("en","p-bug-01",[B],[],"attachments open as someone else's","Kim Doyle <kim@doyleprint.ie>","attachments",
 "hey, weird one: when I download the quote PDF for job 4411 it opens the quote for a totally different customer. Happened with 3 jobs today."),
("en","p-feat-01",[F],[],"competitor lets you","Ben Ashworth <ben@ashworthgyms.com>","class waitlists",
 "Is there any way you could build a waitlist for full classes? Mindbody does this and members keep asking us why we can't."),
("en","p-neg-01",[],[B,F],"why can't I log in = outage/account","Zoe Hart <zoe.hart@gmail.com>","login",
 "Why can't I log in? It keeps saying my password is wrong but I reset it twice already."),
("en","p-neg-02",[],[F],"no way to reach you","Ian Burke <ian.burke@burkelaw.co.uk>","contact",
 "There is no way to reach anyone on the phone, I have been on hold for 40 minutes. Please call me back."),
("de","p-bug-01",[B],[],"PDF shows old logo","Stefan Maier <s.maier@maier-sanitaer.de>","Logo",
 "Hallo, wir haben unser Logo geändert, aber auf den Angeboten wird immer noch das alte angezeigt, obwohl wir den Cache geleert haben."),
("de","p-feat-01",[F],[],"warum gibt es keine, wuerde helfen","Julia Frank <julia.frank@gmx.net>","Serienrechnungen",
 "Warum gibt es eigentlich keine Serienrechnungen? Für unsere Abokunden würde uns das enorm helfen."),
("da","p-bug-01",[B],[],"duplicate lines","Rasmus Poulsen <rasmus@poulsen-auto.dk>","dobbelt",
 "Hej, alle varelinjer på ordrerne kommer to gange når vi printer pakkesedlen. På skærmen ser det rigtigt ud."),
("da","p-feat-01",[F],[],"ville være en kæmpe hjælp","Louise Winther <louise@winther-design.dk>","ønske",
 "Det ville være en kæmpe hjælp, hvis vi kunne sætte faste arbejdstider op for hver medarbejder."),
("ro","p-bug-01",[B],[],"totals wrong export","Radu Stoica <radu.stoica@gmail.com>","export gresit",
 "Salut, cand export raportul in Excel, coloanele cu sumele sunt mutate si totalul nu se potriveste cu ce vad in aplicatie."),
("ro","p-feat-01",[F],[],"ar fi util sa putem","Oana Preda <oana.preda@firma.ro>","idee",
 "Ar fi foarte util sa putem trimite reminder prin SMS clientilor inainte de programare. Multe clinici au asa ceva."),
("pl","p-bug-01",[B],[],"wrong prices after import","Jakub Mazur <jakub.mazur@sklep.pl>","ceny",
 "Po imporcie cennika wszystkie ceny są pomnożone przez 100, zamiast 12,50 zł pokazuje 1250 zł."),
("pl","p-feat-01",[F],[],"fajnie gdyby","Ola Krawczyk <ola.krawczyk@gmail.com>","propozycja",
 "Fajnie by było, gdyby aplikacja pokazywała też historię płatności klienta. Brakuje mi tego na co dzień."),
("es","p-bug-01",[B],[],"emails not sent since","Carmen Ruiz <carmen@ruizdental.es>","recordatorios",
 "Desde el martes los recordatorios de citas no se están enviando a los pacientes, en el historial aparecen como pendientes."),
("es","p-feat-01",[F],[],"no hay forma de + competencia","Pablo Vega <pablo.vega@vegafit.es>","reservas",
 "No hay forma de que los clientes reserven varias clases de golpe. En otras apps de gimnasio sí se puede y nos lo piden mucho."),
("fr","p-bug-01",[B],[],"doublons contacts","Sophie Lambert <sophie.lambert@lambert-immo.fr>","doublons",
 "Bonjour, depuis la synchronisation avec Outlook tous mes contacts apparaissent en double dans l'annuaire."),
("fr","p-feat-01",[F],[],"serait-il possible","Marc Girard <marc.girard@girard-btp.fr>","demande",
 "Serait-il possible d'avoir un export des heures par chantier ? Aujourd'hui on est obligés de tout recompter à la main."),
("nl","p-bug-01",[B],[],"planning shows wrong day","Lotte de Boer <lotte@deboerzorg.nl>","rooster",
 "Het rooster toont alle diensten van zondag op maandag, terwijl ze in de app wel op zondag staan."),
("nl","p-feat-01",[F],[],"zou het kunnen dat jullie","Tim van Dijk <tim.vandijk@gmail.com>","wens",
 "Zouden jullie iets kunnen maken waarmee klanten zelf een afspraak kunnen verzetten? Dat scheelt ons veel telefoontjes."),
("sv","p-bug-01",[B],[],"bilder laddas inte","Oskar Lund <oskar.lund@lundfoto.se>","bilder",
 "Hej, bilderna i galleriet laddas inte längre i Firefox, man ser bara grå rutor. I Chrome funkar det."),
("sv","p-feat-01",[F],[],"hade varit smidigt om","Elin Strand <elin.strand@gmail.com>","idé",
 "Det hade varit smidigt om man kunde sortera kunderna efter senaste besök."),
("it","p-bug-01",[B],[],"fatture numerazione","Paolo Ferri <paolo.ferri@ferrisrl.it>","numerazione",
 "Buongiorno, la numerazione delle fatture è ripartita da 1 dopo l'aggiornamento, quindi ora abbiamo numeri doppi."),
("it","p-feat-01",[F],[],"vi chiedo di valutare","Chiara Bruno <chiara.bruno@gmail.com>","proposta",
 "Vi chiedo di valutare l'aggiunta di un calendario condiviso tra colleghi, adesso ognuno ha il suo e ci perdiamo gli appuntamenti."),
("pt","p-bug-01",[B],[],"horarios trocados","Sofia Martins <sofia.martins@clinicamartins.pt>","horários",
 "As marcações aparecem com uma hora de diferença na app do telemóvel, no computador estão certas."),
("pt","p-feat-01",[F],[],"seria possivel incluir","Bruno Pereira <bruno.pereira@gmail.com>","sugestão",
 "Seria possível incluir a opção de enviar as faturas por WhatsApp? Os nossos clientes quase não usam email."),
("nb","p-bug-01",[B],[],"summer feil","Marte Lie <marte.lie@lieregnskap.no>","feil sum",
 "Totalsummen på fakturaen stemmer ikke med linjene, det mangler 25 % mva på frakten."),
("fi","p-feat-01",[F],[],"toivoisin että","Ville Heikkinen <ville.heikkinen@gmail.com>","toive",
 "Toivoisin, että asiakkaille voisi lähettää muistutuksen tekstiviestillä ennen ajanvarausta."),
]
def main():
    out = DevSet(HERE, "# ---- batch 2 (probe, written after the first pass) ----")
    for i, (lang, name, exp, forb, note, frm, subj, body) in enumerate(M):
        date = mail_date("Sat", 1 + i % 27, "Aug", 11, i % 60)
        mail = plain_mail(frm, subj, date, f"{message_id(f'devset6b{lang}{name}')}@{domain_of(frm)}", body)
        out.add(lang, name, mail, exp, forbid_others(forb or MINE, exp), note)  # forb == [] means: the tags not expected
    out.save(append=True)
    print(len(M), "messages")
main()
