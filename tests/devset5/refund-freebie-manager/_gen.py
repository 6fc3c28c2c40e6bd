# Generates the refund/freebie/manager dev set (hand-written, independent of tests/corpus).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, forbid_others, mail_date, message_id, plain_mail

HERE = Path(__file__).resolve().parent
R, F, M = "refund-request", "freebie-demand", "manager-request"
ALL = [R, F, M]
# (lang, name, expect, subject, body, note)
MSGS = [
# ---------------- en
("en","r1",[R],"annual plan by mistake",
"""Hi there,

Long story short: I signed up for what I thought was the monthly plan, and then my banking app pinged me with a charge of 348 pounds. We ended up going with another tool for the team, so nobody here has logged in even once. Could you please send the 348 back to the card I paid with? Happy to close the account straight away if that makes it easier on your side.

Cheers,
Tom""","money back via 'send the 348 back to the card', rambling"),
("en","f1",[F],"last tuesday",
"""Your outage last Tuesday cost us half a day of bookings and two very annoyed clients. Frankly I reckon we're owed a free month after that, or at the very least take it off our next invoice. Let me know what you can do.""","owed a free month / take it off invoice"),
("en","m1",[M],"4th agent",
"""I've now explained this to four different agents and every time I start from zero. I'd like my complaint to go to your team leader or whoever sits above the front line staff. Please have someone with actual authority call me back.""","team leader / someone with actual authority"),
("en","n1",[],"question before we buy",
"""Hello, quick question before we buy 20 seats: if we cancel within the first 30 days, how does the money-back guarantee work exactly? Our finance manager wants to understand it before she approves the purchase order.""","NEG refund policy question + own finance manager"),
("en","n2",[],"thanks + plan question",
"""Thanks, the reimbursement for the duplicate charge landed in our account today. Separately, my team lead asked me to escalate internally whether we should move to the Pro plan - do you have any discount for nonprofits?""","NEG refund arrived, own team lead escalating internally, pricing question"),
("en","r2",[R],"charged after cancelling",
"""hey so i cancelled last month (have the confirmation email) and u still took 14.99 off me on the 3rd. want that reversed pls, its not ok""","typos, 'want that reversed'"),
("en","n3",[],"new account manager",
"""Hi, our account manager Julia is leaving, so please let us know who will be the new account manager for our company. Also I need to manage the user permissions for two new hires, where do I do that?""","NEG account manager role, manage verb"),
# ---------------- de
("de","r1",[R],"Abbuchung trotz Kündigung",
"""Guten Tag,

ich habe mein Abo am 3. März fristgerecht gekündigt (Bestätigung liegt mir vor). Trotzdem wurden am 15. erneut 29,90 € von meinem Konto abgebucht. Ich bitte Sie, mir den Betrag umgehend zurückzuüberweisen und mir das kurz zu bestätigen.

Mit freundlichen Grüßen
Petra Lange""","zurückzuüberweisen"),
("de","m1",[M],"Beschwerde",
"""Mit dem First-Level-Support komme ich leider nicht weiter, ich habe schon drei Tickets offen. Ich möchte, dass sich jemand aus der Geschäftsleitung oder zumindest Ihr Teamleiter persönlich bei mir meldet.""","Geschäftsleitung / Teamleiter"),
("de","f1",[F],"Ausfall",
"""Drei Tage lang konnten wir nicht arbeiten. Ich erwarte dafür eine Gutschrift über den kompletten Monatsbeitrag, alles andere fände ich ehrlich gesagt eine Frechheit.""","erwarte eine Gutschrift"),
("de","n1",[],"Frage zur Probezeit",
"""Hallo, meine Chefin hat mich gebeten, bei Ihnen nachzufragen, wie lange eine Erstattung normalerweise dauert, falls wir innerhalb des Testzeitraums kündigen sollten. Danke vorab!""","NEG own boss, refund timing question"),
("de","n2",[],"erledigt",
"""Die Gutschrift über 15 € ist angekommen, vielen Dank! Es gibt keinen Grund, das weiter zu eskalieren, das Thema ist für uns erledigt.""","NEG credit arrived, no need to escalate"),
# ---------------- da
("da","r1",[R],"dobbelt betaling",
"""Hej. Jeg har betalt to gange for samme ordre (nr. 44821), begge beløb står på min kontoudskrift. Vil I venligst sende det ene beløb retur til mit kort? På forhånd tak.""","sende beløb retur"),
("da","f1",[F],"nedbrud",
"""Vi har været uden system hele weekenden og kunne ikke tage imod bestillinger. Det synes jeg bør give et afslag på næste faktura, eller en gratis måned.""","afslag / gratis måned"),
("da","m1",[M],"sag 1182",
"""Jeg vil gerne have fat i en overordnet. Det her kan åbenbart ikke løses af en almindelig medarbejder, og jeg har ventet i tre uger.""","have fat i en overordnet"),
("da","n1",[],"spørgsmål",
"""Min leder har bedt mig spørge, hvordan tilbagebetaling fungerer, hvis vi opsiger inden for de første 14 dage.""","NEG own leader, refund policy question"),
("da","n2",[],"rabatkode",
"""Pengene er gået ind på kontoen igen, tak for det. Rabatkoden fra jeres nyhedsbrev virker dog ikke i kurven, kan I tjekke den?""","NEG money arrived, discount code not working"),
# ---------------- ro
("ro","r1",[R],"abonament anual din greseala",
"""Buna ziua, am comandat abonamentul anual din greseala, voiam de fapt cel lunar. Va rog sa-mi restituiti suma platita, nu am folosit deloc serviciul de atunci.""","restituiti suma, no diacritics"),
("ro","m1",[M],"reclamatie",
"""Doresc să vorbesc cu un superior. Colegul dumneavoastră nu a putut rezolva nimic în două săptămâni.""","superior"),
("ro","f1",[F],"fara acces",
"""După două săptămâni fără acces, consider că merit măcar o lună gratuită sau o reducere la următoarea factură.""","merit o luna gratuita"),
("ro","n1",[],"intrebare",
"""Șeful meu m-a rugat să vă întreb care este politica de rambursare pentru planul Business, înainte să semnăm contractul.""","NEG own boss, refund policy"),
("ro","n2",[],"rezolvat",
"""Am primit banii înapoi, mulțumesc frumos. Nu e nevoie să escaladați problema, totul e în regulă acum.""","NEG money received, no need to escalate"),
# ---------------- pl
("pl","r1",[R],"podwojna platnosc",
"""Dzien dobry, pobraliscie z mojego konta dwa razy 49 zl za ten sam miesiac. Prosze o oddanie nadplaconej kwoty na konto, z ktorego placilem.""","oddanie nadpłaconej kwoty, no diacritics"),
("pl","f1",[F],"przerwy",
"""Za te wszystkie przerwy w działaniu należy nam się jakaś rekompensata, np. miesiąc za darmo albo obniżka abonamentu.""","należy nam się rekompensata"),
("pl","m1",[M],"sprawa",
"""Proszę przekazać moją sprawę do przełożonego albo kierownika działu, bo z konsultantem nie da się nic załatwić.""","przełożony / kierownik działu"),
("pl","n1",[],"regulamin",
"""Mój kierownik poprosił mnie, żebym zapytał o regulamin zwrotów przed zakupem licencji dla całego zespołu.""","NEG own manager, refund rules question"),
("pl","n2",[],"dziekuje",
"""Zwrot pieniędzy już dotarł, dziękuję. Nie ma potrzeby angażować kierownika, sprawa zamknięta.""","NEG refund arrived, no need for manager"),
# ---------------- es
("es","r1",[R],"cobro tras la baja",
"""Hola, os escribo porque me habéis cobrado la renovación después de darme de baja, tengo el correo de confirmación del día 2. Quiero que me devolváis el importe cuanto antes, por favor.""","devolváis el importe"),
("es","m1",[M],"tres semanas",
"""Exijo hablar con un responsable. Llevo tres semanas con esto y nadie me da una solución, cada agente me dice una cosa distinta.""","hablar con un responsable"),
("es","f1",[F],"servicio caido",
"""Creo que lo mínimo sería que nos descontarais este mes de la factura, dado que el servicio apenas ha funcionado.""","descontarais este mes"),
("es","n1",[],"plazo",
"""Mi jefe me pide que consulte cuál es el plazo para solicitar un reembolso según vuestras condiciones generales.""","NEG own boss, refund deadline question"),
("es","n2",[],"solucionado",
"""Ya he recibido la devolución, gracias. No hace falta que lo paséis a un supervisor, está todo solucionado.""","NEG refund received, no need for supervisor"),
# ---------------- fr
("fr","r1",[R],"prélèvements",
"""Bonjour,

Suite à la résiliation de mon contrat en janvier, vous avez continué à prélever 19,99 € chaque mois. J'ai joint l'accusé de réception de ma résiliation. Je vous demande de me restituer les sommes prélevées à tort dans les meilleurs délais.

Cordialement,
Marc Dubois""","restituer les sommes"),
("fr","f1",[F],"coupures",
"""Vu le nombre de coupures ce mois-ci, j'estime avoir droit à un geste commercial, un mois offert par exemple.""","geste commercial / mois offert"),
("fr","m1",[M],"dossier 5521",
"""Je souhaite que mon dossier soit transmis à votre hiérarchie, vos conseillers ne font que me renvoyer la balle depuis un mois.""","transmis à votre hiérarchie"),
("fr","n1",[],"devis",
"""Ma responsable m'a demandé de vérifier vos conditions de remboursement avant de signer le devis. Pouvez-vous me les envoyer ?""","NEG own responsable, refund terms"),
("fr","n2",[],"merci",
"""Le remboursement est bien arrivé sur mon compte, merci. Inutile de faire remonter le dossier à un responsable.""","NEG refund arrived, no escalation"),
# ---------------- nl
("nl","r1",[R],"dubbel betaald",
"""Ik heb per ongeluk twee keer betaald voor dezelfde bestelling. Kunnen jullie het dubbel betaalde bedrag terugstorten op mijn rekening?""","terugstorten"),
("nl","m1",[M],"klacht",
"""Ik wil graag iemand van het management spreken. Dit loopt nu al veel te lang en de helpdesk komt niet verder.""","iemand van het management spreken"),
("nl","f1",[F],"storing",
"""Na twee dagen storing vind ik dat we recht hebben op een vergoeding, bijvoorbeeld een maand gratis.""","recht op vergoeding / maand gratis"),
("nl","n1",[],"garantie",
"""Mijn leidinggevende vraagt of jullie een niet-goed-geld-terug garantie hebben voor het jaarabonnement.""","NEG own leidinggevende, guarantee question"),
("nl","n2",[],"opgelost",
"""Het geld is inmiddels teruggestort, dank jullie wel. Ik hoef geen leidinggevende te spreken, het is opgelost.""","NEG money returned, no manager needed"),
# ---------------- sv
("sv","r1",[R],"uppsägning",
"""Hej! Jag sa upp mitt abonnemang i mars men ni har fortsatt att dra pengar. Jag vill att ni betalar tillbaka de tre månaderna.""","betalar tillbaka"),
("sv","m1",[M],"ärende",
"""Kan jag få prata med någon chef? Jag har pratat med fyra olika handläggare nu och ingen kan hjälpa mig.""","prata med någon chef"),
("sv","f1",[F],"strul",
"""Efter allt strul tycker jag att ni borde bjuda på nästa månad, eller åtminstone ge oss rabatt på fakturan.""","bjuda på nästa månad"),
("sv","n1",[],"policy",
"""Min chef undrar hur er återbetalningspolicy ser ut innan vi tecknar avtal.""","NEG own boss, refund policy"),
("sv","n2",[],"tack",
"""Återbetalningen har kommit in på kontot, tack. Ingen anledning att eskalera ärendet.""","NEG refund arrived, no escalation"),
# ---------------- it
("it","r1",[R],"addebiti",
"""Buongiorno, ho disdetto il servizio a gennaio ma continuate ad addebitarmi la quota. Vi chiedo di riaccreditarmi quanto pagato indebitamente.""","riaccreditarmi"),
("it","m1",[M],"reclamo",
"""Vorrei parlare con un suo superiore o con il responsabile del servizio clienti, per favore.""","suo superiore"),
("it","f1",[F],"disservizio",
"""Visto il disservizio, mi aspetto almeno uno sconto sul prossimo rinnovo o un mese gratuito.""","mi aspetto sconto"),
("it","n1",[],"condizioni",
"""Il mio responsabile mi ha chiesto di informarmi sulle vostre condizioni di rimborso prima dell'acquisto.""","NEG own responsabile, refund terms"),
("it","n2",[],"grazie",
"""Ho ricevuto il rimborso, grazie. Non c'è bisogno di coinvolgere un supervisore.""","NEG refund received, no supervisor"),
# ---------------- pt
("pt","r1",[R],"cobrança duplicada",
"""Olá, fui cobrado duas vezes pela mesma fatura. Peço que devolvam o valor cobrado a mais no meu cartão.""","devolvam o valor"),
("pt","m1",[M],"atendimento",
"""Quero falar com um supervisor ou com alguém da gerência, o atendimento até agora foi péssimo.""","supervisor / gerência"),
("pt","f1",[F],"sem serviço",
"""Depois de uma semana sem serviço, acho justo receber um desconto na próxima mensalidade.""","acho justo receber desconto"),
("pt","n1",[],"política",
"""O meu gerente pediu-me para perguntar qual é a vossa política de reembolso para planos anuais.""","NEG own gerente, refund policy"),
("pt","n2",[],"obrigado",
"""Já recebi o estorno, obrigado. Não é preciso encaminhar para um supervisor.""","NEG estorno received, no supervisor"),
# ---------------- nb
("nb","r1",[R],"feil trekk",
"""Hei. Jeg ble trukket for et helt år selv om jeg valgte månedlig betaling. Vennligst betal tilbake mellomlegget til kortet mitt.""","betal tilbake mellomlegget"),
("nb","m1",[M],"sak",
"""Jeg ønsker å snakke med en leder. Dette har ikke blitt løst på tre uker.""","snakke med en leder"),
("nb","f1",[F],"nedetid",
"""Etter nedetiden forventer vi en kreditt på neste faktura eller en gratis måned.""","forventer kreditt / gratis måned"),
("nb","n1",[],"angrerett",
"""Sjefen min ba meg spørre om angrerett og refusjon ved oppsigelse i løpet av prøveperioden.""","NEG own boss, refund policy"),
("nb","n2",[],"takk",
"""Pengene er tilbakeført, takk for hjelpen. Ingen grunn til å eskalere dette.""","NEG money returned, no escalation"),
# ---------------- fi
("fi","r1",[R],"kaksoisveloitus",
"""Hei, veloititte minulta tilauksen kahdesti. Pyydän palauttamaan ylimääräisen veloituksen tililleni mahdollisimman pian.""","palauttamaan veloituksen"),
("fi","m1",[M],"asia",
"""Haluan puhua esimiehesi kanssa. Asia ei ole edennyt kolmeen viikkoon.""","esimiehesi"),
("fi","f1",[F],"katkos",
"""Katkoksen takia odotan, että saamme hyvityksen seuraavasta laskusta tai ilmaisen kuukauden.""","odotan hyvitystä / ilmainen kuukausi"),
("fi","n1",[],"palautusoikeus",
"""Esimieheni pyysi minua kysymään, millainen palautusoikeus teillä on vuosisopimuksissa.""","NEG own boss, return policy"),
("fi","n2",[],"kiitos",
"""Rahat tulivat takaisin tilille, kiitos. Asiaa ei tarvitse eskaloida.""","NEG money came back, no need to escalate"),
]

def main():
    out = DevSet(HERE, "# refund-request / freebie-demand / manager-request dev set (hand-written, independent of tests/corpus)", json_notes=True)
    for i, (lang, name, expect, subj, body, note) in enumerate(MSGS):
        date = mail_date("Wed", 18, "Mar", 8 + i % 10, i % 60)
        mail = plain_mail(f"Customer <kunde@{lang}.example.net>", subj, date, f"{message_id(f'{lang}{name}')}@{lang}.example.net", body)
        out.add(lang, name, mail, expect, forbid_others(ALL, expect), note)
    out.save()

main()
