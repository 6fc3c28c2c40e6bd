# Second, smaller hand-written check set, written after the lexicon pass (sanity check only).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, domain_of, forbid_others, mail_date, message_id, plain_mail

HERE = Path(__file__).resolve().parent
MINE = ["bug-report", "feature-request", "refund-request", "freebie-demand"]
B, F, R, G = MINE
OUT = "outage"
M = [
("en","bug-01",[B],[],"sort order","Derek Shaw <derek.shaw@gmail.com>","sorting",
 "Sorting the order list by date does nothing useful - orders from 2024 end up between last week's ones. Looks like it sorts by day number only."),
("en","bug-02",[B],[],"password reset link expired","Kim Tran <kim.tran@yahoo.com>","reset link",
 "Every password reset link says it has expired, even when I click it the second it arrives. Tried four times now."),
("en","bug-03",[B],[],"mobile layout","Liam Burke <liam@burkebikes.ie>","checkout on iphone",
 "On iPhone the Pay button on your checkout is hidden behind the cookie banner, customers literally cannot tap it. Desktop is fine."),
("en","feature-01",[F],[],"would you consider","Amelia Ross <amelia.ross@outlook.com>","bulk edit",
 "Would you consider letting us edit prices in bulk? Changing 300 products one by one is killing me."),
("en","refund-01",[R],[],"charged for cancelled","Omar Haddad <omar.haddad@gmail.com>","charge after cancellation",
 "You billed me $25 on the 3rd even though I closed my account on the 1st. Please put that back on my card."),
("en","neg-01",[],[],"outage","Sue Kent <sue.kent@kentlaw.com>","Is the service down?",
 "None of our staff can get into the system since 9am, the whole site just times out. Is there an outage?"),
("en","neg-02",[],[],"ask advice","Victor Hale <victor.hale@gmail.com>","best way",
 "Do you have a suggestion for the best way to import 5000 contacts from our old CRM?"),
("en","neg-03",[],[],"thanks for fix","Derek Shaw <derek.shaw@gmail.com>","Re: sorting",
 "Sorting works properly again after your fix, much appreciated."),
("de","bug-01",[B],[],"pdf falsche seite","Karin Busch <karin.busch@gmx.de>","Lieferschein",
 "Auf dem Lieferschein steht seit ein paar Tagen die Adresse vom Vorkunden statt der richtigen. Das ist schon zweimal beim Kunden aufgefallen."),
("de","bug-02",[B],[],"zahlen im dashboard","Florian Haas <florian.haas@web.de>","Umsatz",
 "Im Dashboard wird der Umsatz vom Vormonat angezeigt, obwohl ich den aktuellen Monat ausgewählt habe."),
("de","feature-01",[F],[],"wünschen","Birgit Lorenz <birgit.lorenz@t-online.de>","Wunsch",
 "Wir würden uns eine Kalenderansicht für die Termine wünschen, die Liste ist auf Dauer unübersichtlich."),
("de","neg-01",[],[],"outage","Jan Peters <jan.peters@peters-kfz.de>","Alles down?",
 "Seit heute früh ist Ihre Seite für uns nicht erreichbar, bei allen Kollegen dasselbe. Wann geht es wieder?"),
("fr","bug-01",[B],[],"tva","Alain Roussel <alain.roussel@orange.fr>","TVA",
 "La TVA est calculée deux fois sur les devis avec remise, le total est donc trop élevé."),
("fr","feature-01",[F],[],"ce serait bien","Emma Perrin <emma.perrin@gmail.com>","rappels",
 "Ce serait vraiment bien d'avoir des rappels automatiques par SMS pour les rendez-vous."),
("fr","neg-01",[],[],"how-to","Lucie Morel <lucie.morel@free.fr>","facture",
 "Bonjour, comment modifier l'adresse sur une facture déjà envoyée ? Merci"),
("es","bug-01",[B],[],"precios mal","Jorge Vega <jorge.vega@gmail.com>","precios",
 "Los precios con IVA salen redondeados mal, 19,99 aparece como 20,00 en la factura pero 19,99 en la web."),
("es","feature-01",[F],[],"podrian","Clara Ramos <clara.ramos@hotmail.es>","whatsapp",
 "¿Hay alguna posibilidad de conectar las reservas con WhatsApp Business? Sería un puntazo."),
("es","refund-01",[R],[],"reintegro","Hugo Blanco <hugo.blanco@yahoo.es>","cobro tras baja",
 "Me di de baja el día 2 y el 5 me pasaron el recibo. Necesito que me lo devolváis."),
("it","bug-01",[B],[],"email doppie","Serena Galli <serena.galli@gmail.com>","email",
 "I clienti ricevono la mail di conferma due o tre volte per lo stesso ordine."),
("it","freebie-01",[G],[B],"sconto","Giorgio Neri <giorgio.neri@libero.it>","disservizio",
 "Visto il disservizio di questa settimana chiedo uno sconto sulla prossima fattura."),
("it","neg-01",[],[],"pricing","Laura Testa <laura.testa@gmail.com>","prezzi",
 "Buongiorno, esiste uno sconto per le associazioni no profit?"),
("nl","bug-01",[B],[],"afbeeldingen","Joris Meijer <joris.meijer@gmail.com>","plaatjes",
 "Productafbeeldingen worden heel wazig weergegeven sinds jullie nieuwe website-editor, ook als ik ze opnieuw upload."),
("nl","feature-01",[F],[],"wens","Sophie Bos <sophie.bos@hotmail.nl>","idee",
 "Wij zouden graag zien dat je facturen in het Engels kunt versturen, veel van onze klanten zitten in Duitsland."),
("nl","refund-01",[R],[],"geld terug","Lars Prins <lars.prins@ziggo.nl>","dubbel",
 "Ik ben twee keer gefactureerd voor maart. Wil het teveel betaalde graag terug."),
("sv","bug-01",[B],[],"kundlista","Sara Holm <sara.holm@gmail.com>","kunder",
 "När jag söker på en kund med å eller ö i namnet hittas ingenting, fast kunden finns."),
("sv","neg-01",[],[],"thanks refund","Per Nyberg <per.nyberg@telia.com>","tack",
 "Pengarna har kommit tillbaka, tack för snabb hjälp!"),
("pl","bug-01",[B],[],"faktura zla kwota","Adam Kowalczyk <adam.kowalczyk@wp.pl>","faktury",
 "Na fakturach korygujących pokazuje się kwota sprzed korekty. Klient dostał już dwie takie."),
("pl","refund-01",[R],[],"oddajcie","Joanna Nowicka <joanna.nowicka@gmail.com>","opłata",
 "Zrezygnowałam w lutym, a w marcu znowu ściągnęliście pieniądze. Oczekuję ich zwrotu."),
("pt","bug-01",[B],[],"estoque","Bruno Martins <bruno.martins@gmail.com>","estoque",
 "O estoque não está sendo atualizado depois das vendas, continua mostrando a quantidade antiga."),
("pt","freebie-01",[G],[B],"compensacao","Larissa Souza <larissa.souza@hotmail.com>","instabilidade",
 "Com essa instabilidade toda da semana passada, acho que vocês deveriam nos dar pelo menos um mês sem cobrança."),
("ro","refund-01",[R],[],"bani inapoi","Dan Munteanu <dan.munteanu@yahoo.com>","abonament",
 "Am anulat abonamentul dar mi-ati luat banii si luna asta. Vreau sa-i primesc inapoi."),
("da","feature-01",[F],[],"kunne det","Jonas Friis <jonas.friis@gmail.com>","ønske",
 "Kunne det lade sig gøre at få en app til Android også? Vi bruger ikke iPhone."),
("nb","freebie-01",[G],[B],"rabatt","Sindre Moe <sindre.moe@gmail.com>","nedetid",
 "Etter to dager med nedetid forventer jeg rabatt på neste faktura."),
("fi","bug-01",[B],[],"laskut","Pekka Salo <pekka.salo@gmail.com>","laskut",
 "Laskuihin tulostuu väärä eräpäivä, aina kuukausi liian aikaisin."),
]
def main():
    out = DevSet(HERE, "# fresh3 check set (written before the fourth pass; honest check)")
    for i, (lang, name, exp, arg, note, frm, subj, body) in enumerate(M):
        date = mail_date("Wed", 1 + i % 27, "May", 10, i % 60)
        mail = plain_mail(frm, subj, date, f"{message_id(f'fresh3{lang}{name}')}@{domain_of(frm)}", body)
        out.add(lang, name, mail, exp, forbid_others(MINE, exp + arg), note)
    out.save()
    print(len(M), "messages")
main()
