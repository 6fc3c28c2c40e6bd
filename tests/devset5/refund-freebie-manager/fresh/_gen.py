# Second, untuned batch written after the lexicon changes (honest spot check).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, forbid_others, mail_date, message_id, plain_mail

HERE = Path(__file__).resolve().parent
R, F, M = "refund-request", "freebie-demand", "manager-request"
ALL = [R, F, M]
MSGS = [
("en","a",[R],"order 7713","Hello, the jacket came in the wrong size and you have no replacement in stock. I sent it back on Monday with tracking. I'd appreciate it if the 89.00 could go back onto my Visa."),
("en","b",[],"invoice question","Hi, our office manager handles billing now - can you add her to the invoices? She mentioned your refund terms changed in January, where can I read them?"),
("en","c",[M],"not good enough","This is the third ticket. I'm asking for this to be looked at by someone more senior than first-line support, today please."),
("en","d",[F],"downtime","Given the 2 days of downtime, I think it's only fair you credit us for this month."),
("de","a",[R],"Doppelbuchung","Sie haben den Jahresbeitrag zweimal eingezogen. Bitte buchen Sie den doppelten Betrag auf mein Konto zurück."),
("de","b",[],"Teamleiter","Unser Teamleiter kümmert sich ab nächster Woche um die Lizenzen, bitte schicken Sie die Rechnungen dann an ihn."),
("fr","a",[M],"réclamation","Je demande à être mis en relation avec un superviseur, ce n'est pas normal d'attendre trois semaines."),
("fr","b",[F],"panne","Après une semaine de panne, je trouve normal que vous nous offriez le mois en cours."),
("es","a",[R],"pedido cancelado","Cancelé el pedido antes del envío y aun así me cobrasteis. Solicito que me reintegréis el dinero."),
("es","b",[],"duda","¿Cuánto tarda normalmente un reembolso en aparecer en la tarjeta? Solo es curiosidad, no tengo ningún problema."),
("it","a",[F],"disservizio","Per il disagio subito pretendo un buono sconto sul prossimo ordine."),
("nl","a",[R],"opgezegd","Ik heb in mei opgezegd maar jullie schrijven nog steeds af. Graag het teveel betaalde terugboeken."),
("sv","a",[M],"ärende 442","Jag vill att någon överordnad tittar på mitt ärende, handläggaren förstår inte problemet."),
("pl","a",[],"pytanie","Mój szef pyta, czy przy rezygnacji w okresie próbnym przysługuje zwrot pieniędzy."),
("pt","a",[F],"falha","Pela falha de ontem, mereço pelo menos um mês grátis."),
("da","a",[],"ok","Tak, pengene er kommet retur på kortet. Ingen grund til at tale med en chef, alt er fint."),
("fi","a",[R],"peruutus","Peruin tilauksen ajoissa, mutta veloitus tehtiin silti. Palauttakaa rahat kortilleni."),
("ro","a",[M],"plangere","Vreau ca plangerea mea sa ajunga la seful departamentului."),
("nb","a",[F],"nedetid","Vi mener vi har krav på kompensasjon for nedetiden i forrige uke."),
]
out = DevSet(HERE, "# untuned spot check for refund/freebie/manager")
for i, (lang, name, expect, subj, body) in enumerate(MSGS):
    date = mail_date("Thu", 19, "Mar", 8 + i % 10, i % 60)
    mail = plain_mail(f"Customer <kunde@{lang}.example.net>", subj, date, f"{message_id(f'fresh{lang}{name}')}@{lang}.example.net", body)
    out.add(lang, name, mail, expect, forbid_others(ALL, expect), "fresh")
out.save()
