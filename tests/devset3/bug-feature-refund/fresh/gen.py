# Second, smaller hand-written check set, written after the lexicon pass (sanity check only).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, domain_of, forbid_others, mail_date, message_id, plain_mail

HERE = Path(__file__).resolve().parent
MINE = ["bug-report", "feature-request", "refund-request", "freebie-demand"]
B, F, R, G = MINE
M = [
("en","bug-01",[B],[],"notifications","Lisa <lisa.p@gmail.com>","notifications",
 "Hi, push notifications stopped arriving after I updated to version 4.2. Before that everything was fine. Turned them off and on again, no luck."),
("en","bug-02",[B],[],"search results","Greg Hall <greg@hallplumbing.com>","search",
 "The search returns customers that I deleted months ago, and when I click on one of them the page just shows a spinning wheel forever."),
("en","feature-01",[F],[],"is there any way + missing","Nina <nina@studio9.com>","recurring invoices",
 "Is there any chance you'll add recurring invoices at some point? Right now I have to copy them by hand every month which is a pain."),
("en","refund-01",[R],[],"cancelled, want money","Carl Jensen <carl.j@aol.com>","cancelled but billed",
 "I cancelled in January and you still took $79 from my card in February. I want that money returned."),
("en","freebie-01",[G],[B],"waive","Hannah <hannah@brightpath.org>","this month",
 "Given the week of downtime I'd like this month's fee waived, please."),
("en","neg-01",[],[],"how-to export","Sam Reid <sam.reid@gmail.com>","export",
 "Where do I find the export button? I need a CSV of all contacts for our accountant."),
("en","neg-02",[],[],"refund policy question","Olga P <olga.p@mail.com>","question",
 "Before I buy the annual plan, what's your refund policy if it doesn't work out for us?"),
("de","bug-01",[B],[],"druckt falsch","Uwe Krämer <uwe.kraemer@gmx.de>","Druck",
 "Wenn ich eine Rechnung drucke, fehlt immer die letzte Seite. Im Vorschaufenster ist sie noch da."),
("de","feature-01",[F],[],"würde mich freuen + option","Lena Hofmann <lena.hofmann@web.de>","Idee",
 "Es wäre echt praktisch, wenn man mehrere Tickets gleichzeitig zuweisen könnte. Kommt sowas noch?"),
("de","refund-01",[R],[],"geld zurück indirect","Dieter Schulz <d.schulz@t-online.de>","Doppelte Zahlung",
 "Ich habe versehentlich zweimal bezahlt. Könnten Sie mir den zweiten Betrag bitte zurückerstatten?"),
("fr","bug-01",[B],[],"bug affichage","Hélène Faure <helene.faure@orange.fr>","affichage",
 "Bonjour, sur mobile le menu se superpose au texte et on ne peut plus cliquer sur Valider. Ça le fait depuis mardi."),
("fr","feature-01",[F],[],"j'aimerais + est-ce possible","Yves Blanc <yves.blanc@free.fr>","idée",
 "Serait-il envisageable d'ajouter un export vers Sage ? Ça nous ferait gagner un temps fou."),
("fr","freebie-01",[G],[B],"compensation","Nadia Benali <nadia.benali@gmail.com>","incident",
 "Suite à la panne de samedi on a perdu une journée de ventes. J'attends un dédommagement, au minimum un mois gratuit."),
("es","bug-01",[B],[],"notificaciones duplicadas","Diego Castro <diego.castro@gmail.com>","correos",
 "Cada email de confirmación llega tres veces a los clientes. Antes no pasaba, empezó la semana pasada."),
("es","refund-01",[R],[],"quiero que me devuelvan","Nuria Prieto <nuria.prieto@hotmail.com>","baja",
 "Me di de baja hace dos semanas y me habéis vuelto a cobrar. Exijo la devolución de ese pago."),
("it","feature-01",[F],[],"sarebbe possibile","Matteo Villa <matteo.villa@gmail.com>","idea",
 "Ciao, sarebbe possibile avere una versione per tablet? Sul telefono è scomodo lavorare."),
("it","bug-01",[B],[],"numeri sbagliati","Elisa Fontana <elisa.fontana@libero.it>","statistiche",
 "Le statistiche di vendita mostrano il doppio degli ordini reali, qualcosa non va nel conteggio."),
("nl","refund-01",[R],[],"geld terug indirect","Joost Hendriks <joost.h@gmail.com>","dubbele betaling",
 "Ik heb per ongeluk twee keer betaald. Kunnen jullie het dubbele bedrag terugboeken?"),
("nl","bug-01",[B],[],"inloggen lukt niet alleen ik","Marloes Vos <marloes.vos@ziggo.nl>","wachtwoord reset",
 "De link in de wachtwoord-resetmail geeft een foutpagina. Heb het drie keer geprobeerd."),
("sv","bug-01",[B],[],"fakturor fel moms","Oskar Lund <oskar.lund@gmail.com>","moms",
 "Momsen räknas fel på fakturor med flera rader, den blir 0 kr på sista raden."),
("sv","feature-01",[F],[],"skulle ni kunna","Elin Sjöberg <elin.sjoberg@telia.com>","önskemål",
 "Skulle det gå att få en export till SIE-fil? Det hade underlättat enormt för vår redovisning."),
("pl","bug-01",[B],[],"wykres pusty","Paweł Dąbrowski <pawel.d@wp.pl>","wykresy",
 "Wykresy w panelu są puste od wczoraj, a dane w tabeli są. Próbowałem na Chrome i Firefox."),
("pl","freebie-01",[G],[B],"rekompensata","Agnieszka Mazur <a.mazur@onet.pl>","awaria",
 "Po trzech dniach awarii oczekuję jakiejś rekompensaty, np. obniżenia abonamentu za ten miesiąc."),
("pt","feature-01",[F],[],"poderiam","Lucas Ferreira <lucas.ferreira@gmail.com>","ideia",
 "Vocês poderiam criar uma forma de enviar lembretes automáticos por WhatsApp? Muitos clientes pediram."),
("pt","neg-01",[],[],"how-to","Fernanda Lima <fernanda.lima@uol.com.br>","duvida",
 "Oi, como eu cancelo uma fatura que emiti errado? Não achei o botão."),
("ro","bug-01",[B],[],"notificari","Vlad Matei <vlad.matei@gmail.com>","notificari",
 "Notificarile nu mai vin deloc de vineri. Am verificat setarile telefonului, totul e activat."),
("da","refund-01",[R],[],"penge tilbage indirect","Rasmus Dahl <rasmus.dahl@gmail.com>","opsigelse",
 "Jeg opsagde mit abonnement i marts, men I har trukket mig igen i april. Det beløb vil jeg gerne have refunderet."),
]
def main():
    out = DevSet(HERE, "# fresh check set (written after the lexicon pass)")
    for i, (lang, name, exp, arg, note, frm, subj, body) in enumerate(M):
        date = mail_date("Wed", 1 + i % 27, "May", 10, i % 60)
        mail = plain_mail(frm, subj, date, f"{message_id(f'fresh{lang}{name}')}@{domain_of(frm)}", body)
        out.add(lang, name, mail, exp, forbid_others(MINE, exp + arg), note)
    out.save()
    print(len(M), "messages")
main()
