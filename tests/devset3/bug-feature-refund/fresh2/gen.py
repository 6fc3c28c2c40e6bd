# Second, smaller hand-written check set, written after the lexicon pass (sanity check only).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, domain_of, forbid_others, mail_date, message_id, plain_mail

HERE = Path(__file__).resolve().parent
MINE = ["bug-report", "feature-request", "refund-request", "freebie-demand"]
B, F, R, G = MINE
M = [
("en","bug-01",[B],[],"pdf attachment corrupt","Jake Moss <jake.moss@gmail.com>","invoice pdf",
 "The PDF invoices you email to my customers can't be opened, Adobe says the file is damaged. Downloading the same invoice from the dashboard works."),
("en","bug-02",[B],[],"timezone shift","Maria Lopez <maria@lopezcleaning.com>","appointments an hour off",
 "All appointments booked through the widget land one hour later in the calendar than what the customer picked. Started after the clocks changed I think."),
("en","bug-03",[B],[],"discount code not applied","Steve Park <steve.park@parkoutdoors.com>","coupon codes",
 "Coupon codes are accepted at checkout (green tick) but the total stays the same, the discount is never subtracted."),
("en","bug-04",[B],[],"emails go to wrong person","Fiona Grant <fiona.grant@btinternet.com>","reply went to wrong customer",
 "When I reply to a ticket, the answer is sent to the customer of the previous ticket I had open. This has happened 3 times today, pretty serious."),
("en","feature-01",[F],[],"can you make it","Paul Dunn <paul.dunn@gmail.com>","reports by region",
 "Can you make it so reports can be filtered by region? We have 4 offices and right now I export everything and filter in Excel."),
("en","feature-02",[F],[],"it'd help if","Chloe Adams <chloe@adamsbakery.co.uk>","multiple locations",
 "It'd really help us if the booking page supported more than one location. Is that something you're working on?"),
("en","refund-01",[R],[],"annual plan mistake","Ian Wright <ian.wright@outlook.com>","wrong plan",
 "I accidentally bought the annual plan instead of monthly yesterday. Could you reverse that and give me the difference back?"),
("en","freebie-01",[G],[B],"free upgrade demand","Tara Quinn <tara.quinn@gmail.com>","after all this",
 "After three weeks of broken exports I think you should upgrade us to Pro at no cost for the rest of the year."),
("en","neg-01",[],[],"thanks bug fixed","Jake Moss <jake.moss@gmail.com>","Re: invoice pdf",
 "Confirmed, the PDFs open fine now. Thanks for the quick fix!"),
("en","neg-02",[],[],"how to add logo","Rita Cole <rita.cole@gmail.com>","logo",
 "How can I put our logo on the invoices? I looked under settings but didn't see it."),
("de","bug-01",[B],[],"umlaute kaputt","Gerd Möller <gerd.moeller@gmx.de>","Umlaute",
 "In allen E-Mails an Kunden werden die Umlaute als Fragezeichen dargestellt, also Gr??e statt Grüße. War letzte Woche noch nicht so."),
("de","bug-02",[B],[],"filter ignoriert","Ines Wolf <ines.wolf@web.de>","Filter",
 "Der Datumsfilter in der Auftragsliste wird ignoriert, egal was ich einstelle, es kommen immer alle Aufträge."),
("de","feature-01",[F],[],"würde helfen","Ralf Schmitt <r.schmitt@schmitt-bau.de>","Mehrere Lager",
 "Uns würde es sehr helfen, wenn man mehrere Lagerorte verwalten könnte. Gibt es da Pläne?"),
("de","refund-01",[R],[],"geld zurückhaben","Monika Braun <monika.braun@t-online.de>","Falsches Paket",
 "Ich habe aus Versehen das Jahrespaket gebucht. Ich hätte gern den Differenzbetrag zurück."),
("de","neg-01",[],[],"how-to","Heike Frank <heike.frank@gmx.net>","Export",
 "Wo finde ich den Export der Kundenliste? Danke im Voraus."),
("fr","bug-01",[B],[],"mauvais client","Pierre Lambert <pierre.lambert@orange.fr>","factures",
 "Les factures générées portent le nom du mauvais client depuis lundi. On a dû en annuler une dizaine."),
("fr","bug-02",[B],[],"notifications pas recues","Manon Garnier <manon.garnier@gmail.com>","notifications",
 "Je ne reçois plus aucune notification quand un client réserve. Pourtant tout est activé dans les réglages."),
("fr","feature-01",[F],[],"pourrait-on","Hugo Chevalier <hugo@chevalier-immo.fr>","signature",
 "Bonjour, pourrait-on avoir la signature électronique directement dans l'outil ? On passe par un autre service pour ça."),
("fr","refund-01",[R],[],"je souhaite etre rembourse","Sylvie Mercier <sylvie.mercier@laposte.net>","résiliation",
 "J'ai résilié dans les délais mais vous avez quand même prélevé le mois de juin. Je souhaite récupérer cette somme."),
("es","bug-01",[B],[],"stock negativo","Andrés Molina <andres.molina@gmail.com>","inventario",
 "El inventario muestra stock negativo en productos que tienen unidades. Al vender uno, resta dos."),
("es","feature-01",[F],[],"ojala","Paula Herrera <paula.herrera@yahoo.es>","idiomas",
 "Ojalá la tienda se pudiera poner en catalán también, muchos de nuestros clientes lo piden."),
("es","freebie-01",[G],[B],"no pagar este mes","Ramón Ortega <ramon.ortega@gmail.com>","caida",
 "Con la caída del jueves perdimos un día entero de reservas. Este mes no debería pagarlo, o al menos la mitad."),
("es","neg-01",[],[],"no need refund","Andrés Molina <andres.molina@gmail.com>","Re: cobro",
 "Olvidad lo del reembolso, el cargo era de otra cuenta mía. Perdón por la confusión."),
("it","bug-01",[B],[],"orari sbagliati","Roberto Costa <roberto.costa@gmail.com>","orari",
 "Gli orari delle prenotazioni vengono mostrati sfalsati di un'ora rispetto a quelli inseriti."),
("it","feature-01",[F],[],"vorrei poter","Silvia Moretti <silvia.moretti@libero.it>","etichette",
 "Vorrei poter assegnare delle etichette ai clienti per dividerli in gruppi, si può prevedere?"),
("it","refund-01",[R],[],"rivoglio","Fabio Lombardi <fabio.lombardi@tiscali.it>","disdetta",
 "Ho disdetto a marzo ma continuate a prelevare. Voglio indietro le ultime due mensilità."),
("nl","bug-01",[B],[],"btw berekening","Wouter Dekker <wouter.dekker@gmail.com>","btw",
 "De btw wordt twee keer opgeteld bij producten met korting. Klanten betalen daardoor te veel."),
("nl","feature-01",[F],[],"kunnen jullie maken","Anouk Kok <anouk.kok@hotmail.nl>","herinneringen",
 "Is het mogelijk om automatische herinneringen per sms te sturen? Dat zou ons veel no-shows schelen."),
("nl","neg-01",[],[],"pricing","Tim de Graaf <tim.degraaf@kpnmail.nl>","prijzen",
 "Wat kost het als we met 12 gebruikers werken? Is er korting bij jaarlijkse betaling?"),
("sv","bug-01",[B],[],"bilder roterade","Frida Lind <frida.lind@gmail.com>","bilder",
 "Alla bilder jag laddar upp från mobilen hamnar på sidan, liggande istället för stående."),
("sv","refund-01",[R],[],"ersattning pengar","Mats Eriksson <mats.eriksson@telia.com>","uppsägning",
 "Jag sa upp tjänsten i maj men ni fortsätter att dra pengar. Jag vill ha juni och juli återbetalda."),
("pl","bug-01",[B],[],"maile nie wychodza","Kasia Wróbel <kasia.wrobel@gmail.com>","maile",
 "Maile z potwierdzeniem zamówienia w ogóle nie wychodzą do klientów, w historii widzę status wysłano, ale nikt ich nie dostaje."),
("pl","feature-01",[F],[],"czy da sie","Michał Pawlak <michal.pawlak@o2.pl>","raporty",
 "Czy dałoby się dodać raport sprzedaży per pracownik? Teraz liczę to ręcznie w Excelu."),
("pt","bug-01",[B],[],"desconto aplicado duas vezes","Gustavo Rocha <gustavo.rocha@gmail.com>","cupom",
 "O cupom de desconto está sendo aplicado duas vezes no carrinho, o cliente paga quase nada."),
("pt","refund-01",[R],[],"devolver diferenca","Patrícia Gomes <patricia.gomes@hotmail.com>","plano errado",
 "Contratei o plano anual sem querer. Gostaria de receber de volta a diferença para o mensal."),
("ro","feature-01",[F],[],"ar fi frumos","Alina Popa <alina.popa@yahoo.com>","rapoarte",
 "Ar fi foarte util sa putem exporta rapoartele si in format PDF, nu doar Excel."),
("ro","bug-01",[B],[],"factura cu TVA gresit","Sorin Ene <sorin.ene@gmail.com>","TVA",
 "Facturile generate au TVA calculat la 19% chiar daca am setat 9% pentru produsele respective."),
("da","bug-01",[B],[],"sms sendes to gange","Mads Lund <mads.lund@gmail.com>","sms",
 "Vores kunder modtager hver påmindelse to eller tre gange, selvom der kun er én booking."),
("da","freebie-01",[G],[B],"kompensation","Pia Kristensen <pia.k@mail.dk>","nedbrud",
 "Vi mistede en hel dags bookinger pga. jeres nedbrud. Det synes jeg I bør kompensere os for."),
("nb","bug-01",[B],[],"bilder forsvinner","Erik Dahl <erik.dahl@online.no>","bilder",
 "Bildene jeg laster opp forsvinner etter et par timer, de er bare borte fra galleriet."),
("fi","feature-01",[F],[],"voisiko","Anna Laine <anna.laine@gmail.com>","raportit",
 "Voisiko raportit saada myös PDF-muodossa? Nyt ne tulevat vain Excelinä."),
("fi","neg-01",[],[],"thanks","Timo Nieminen <timo.nieminen@elisa.fi>","kiitos",
 "Kiitos, hyvitys näkyy nyt tilillä. Kaikki kunnossa."),
]
def main():
    out = DevSet(HERE, "# fresh2 check set (written before the third pass; honest check)")
    for i, (lang, name, exp, arg, note, frm, subj, body) in enumerate(M):
        date = mail_date("Wed", 1 + i % 27, "May", 10, i % 60)
        mail = plain_mail(frm, subj, date, f"{message_id(f'fresh2{lang}{name}')}@{domain_of(frm)}", body)
        out.add(lang, name, mail, exp, forbid_others(MINE, exp + arg), note)
    out.save()
    print(len(M), "messages")
main()
