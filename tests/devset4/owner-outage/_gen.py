# Generator for the owner-outage dev set 4 (hand-written, fresh wording). Run: python _gen.py
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, mail_date, message_id, plain_mail

HERE = Path(__file__).resolve().parent
O, U, N = "own", "out", "neg"
KINDS = {  # kind -> (expect, forbid)
    O: (["account-ownership"], ["outage"]),
    U: (["outage"], ["account-ownership"]),
    N: ([], ["account-ownership", "outage"]),
}
M = []  # (lang, kind, subject, body, note)


def m(lang, kind, subj, body, note=""):
    M.append((lang, kind, subj, body, note))


# ---------------- en
m("en", U, "help", "Morning. Our dashboard simply refuses to open for all of our users, it just hangs on a white screen.", "dashboard hangs for all users")
m("en", U, "login", "Since lunch the login keeps throwing errors for the entire accounts department, nobody gets past it.", "login errors for dept")
m("en", O, "access", "Hello, I took over the agency from Paul last month. Could you hand the account over to me and set me as the main administrator?", "hand over, set me admin")
m("en", N, "ticket owner", "Who is the owner of this ticket? I'd like to add a comment for the agent who handled it.", "ticket owner")
m("en", N, "status", "Just confirming the website is back up on our side, thanks for the quick fix.", "back up")
m("en", N, "newsletter", "Your newsletter mentioned the server outage last month. Could you send the full post-mortem report for our compliance file?", "past outage newsletter")

# ---------------- de
m("de", U, "Störung?", "Bei uns lädt das Dashboard seit einer halben Stunde überhaupt nicht mehr, bei allen Kollegen dasselbe.", "dashboard not loading for all")
m("de", O, "Admin", "Bitte macht mich zum Administrator unseres Firmenkontos, der bisherige Admin ist in Rente gegangen.", "make me admin")
m("de", O, "Konto übertragen", "Können Sie die Inhaberschaft des Accounts an mich übergeben? Ich leite jetzt die Abteilung.", "transfer ownership to me")
m("de", N, "Benutzer", "Als Kontoinhaber möchte ich eine neue Kollegin mit normalen Leserechten anlegen. Wo finde ich das?", "owner adds normal user")
m("de", N, "Wartung", "Ihr hattet für Sonntag eine geplante Wartung angekündigt. Wie lange wird die Plattform voraussichtlich offline sein?", "planned maintenance")
m("de", N, "Ticket", "Wer ist der Bearbeiter dieses Tickets? Ich möchte noch eine Datei nachreichen.", "ticket owner")

# ---------------- da
m("da", U, "hjælp", "Hele vores team kan ikke komme ind på platformen, login-siden giver bare timeout hele tiden.", "team can't get in, timeout")
m("da", U, "server", "Jeres server svarer ikke længere, ingen af vores kunder kan bestille noget i webshoppen.", "server not responding")
m("da", O, "admin", "Jeg er ny direktør. Vil I sætte mig som ejer af kontoen i stedet for min forgænger?", "set me as owner")
m("da", N, "ny bruger", "Som administrator vil jeg gerne tilføje vores nye praktikant som almindelig bruger.", "admin adds user")
m("da", N, "tak", "Siden kører igen hos os nu, tusind tak.", "back up")
m("da", N, "vedligeholdelse", "Hvornår er den planlagte vedligeholdelse på lørdag, og hvor længe er systemet utilgængeligt?", "planned maintenance")

# ---------------- ro
m("ro", U, "problema", "Platforma nu mai porneste pentru nimeni din firma, toata lumea primeste o pagina alba.", "platform won't start for anyone")
m("ro", O, "proprietar", "Va rog sa ma treceti pe mine ca proprietar al contului, fostul asociat a iesit din firma.", "make me owner")
m("ro", U, "API", "Serverul vostru de API refuza conexiunile de la ora 8, toti clientii nostri sunt afectati.", "api refuses connections")
m("ro", N, "tichet", "Cine este responsabilul acestui tichet? Vreau sa adaug o captura de ecran.", "ticket owner")
m("ro", N, "utilizator", "Sunt administratorul contului si as vrea sa adaug un coleg cu drepturi de citire.", "admin adds user")
m("ro", N, "newsletter", "In newsletter ati scris despre intreruperea de saptamana trecuta. A fost afectat si exportul nostru?", "past outage newsletter")

# ---------------- pl
m("pl", U, "pilne", "Panel administracyjny w ogóle się nie otwiera, u wszystkich w biurze wisi na ładowaniu.", "panel won't open for everyone")
m("pl", O, "właściciel", "Proszę ustawić mnie jako właściciela konta firmowego, poprzedni szef już u nas nie pracuje.", "set me as owner")
m("pl", O, "admin", "Czy możecie dać mi pełne prawa administratora? Jestem nowym kierownikiem działu IT.", "give me admin rights")
m("pl", N, "zgłoszenie", "Kto jest właścicielem tego zgłoszenia? Chciałbym dopisać kilka szczegółów.", "ticket owner")
m("pl", N, "działa", "Strona znowu działa, dziękujemy za szybką reakcję.", "back up")
m("pl", N, "przerwa", "Czy planowana przerwa techniczna w niedzielę obejmie także aplikację mobilną?", "planned maintenance")

# ---------------- es
m("es", U, "urgente", "La aplicación no abre para ninguno de nuestros empleados desde las nueve, se queda colgada.", "app doesn't open for anyone")
m("es", O, "propietario", "Por favor, pasad la propiedad de la cuenta a mi nombre, el antiguo dueño vendió la empresa.", "transfer ownership to my name")
m("es", U, "servidor", "El servidor devuelve error 500 a todos nuestros usuarios, nadie puede trabajar.", "500 for all users")
m("es", N, "ticket", "¿Quién es el responsable de este ticket? Quiero añadir más información.", "ticket owner")
m("es", N, "usuario", "Soy administrador de la cuenta y quiero dar de alta a un compañero como usuario normal.", "admin adds user")
m("es", N, "mantenimiento", "¿El mantenimiento programado del sábado afectará también a la API?", "planned maintenance")

# ---------------- fr
m("fr", U, "panne ?", "Le tableau de bord ne s'affiche plus du tout chez nous, toute l'équipe est bloquée.", "dashboard not showing, team blocked")
m("fr", O, "propriétaire", "Pourriez-vous me désigner comme propriétaire du compte ? L'ancien gérant est parti à la retraite.", "designate me owner")
m("fr", U, "connexion", "Plus personne chez nous n'arrive à se connecter à votre appli, la page reste blanche.", "nobody can connect")
m("fr", N, "ticket", "Qui est le propriétaire de ce ticket ? J'aimerais ajouter une pièce jointe.", "ticket owner")
m("fr", N, "merci", "Le site est de nouveau accessible chez nous, merci beaucoup.", "back up")
m("fr", N, "newsletter", "Votre newsletter parlait de l'incident du mois dernier. Nos données ont-elles été touchées ?", "past outage newsletter")

# ---------------- nl
m("nl", U, "storing", "Het dashboard laadt bij niemand van ons team meer, al sinds vanochtend.", "dashboard loads for nobody")
m("nl", O, "eigenaar", "Kunnen jullie mij als eigenaar van het account instellen? De oprichter is vertrokken.", "set me owner")
m("nl", O, "beheerder", "Graag de beheerdersrechten overzetten naar mij, ik ben de nieuwe IT-verantwoordelijke.", "move admin rights to me")
m("nl", N, "gebruiker", "Ik ben eigenaar van het account en wil een stagiair als gewone gebruiker toevoegen.", "owner adds user")
m("nl", N, "werkt weer", "De website werkt weer bij ons, bedankt.", "back up")
m("nl", N, "onderhoud", "Hoe lang duurt het geplande onderhoud van zaterdag, en is de app dan offline?", "planned maintenance")

# ---------------- sv
m("sv", U, "problem", "Inloggningen fungerar inte för någon hos oss, alla får bara ett felmeddelande.", "login not working for anyone")
m("sv", O, "ägare", "Kan ni göra mig till ägare av kontot? Den förra chefen har slutat.", "make me owner")
m("sv", U, "servern", "Er server svarar inte alls, hela kontoret sitter still sedan i morse.", "server not answering")
m("sv", N, "ärende", "Vem är ägare av det här ärendet? Jag vill lägga till en bilaga.", "ticket owner")
m("sv", N, "tack", "Sidan är uppe igen, tack för hjälpen.", "back up")
m("sv", N, "underhåll", "Blir tjänsten otillgänglig under det planerade underhållet på söndag?", "planned maintenance")

# ---------------- it
m("it", U, "urgente", "L'app non si apre più per nessuno dei nostri colleghi, resta bloccata sul logo.", "app won't open for anyone")
m("it", O, "proprietario", "Vorrei che trasferiste la proprietà dell'account a me, il vecchio titolare ha ceduto l'azienda.", "transfer ownership to me")
m("it", O, "amministratore", "Potete impostarmi come amministratore principale? Il collega che lo era si è licenziato.", "set me main admin")
m("it", N, "ticket", "Chi è il responsabile di questo ticket? Vorrei aggiungere un dettaglio.", "ticket owner")
m("it", N, "utente", "Sono il proprietario dell'account e vorrei aggiungere un nuovo utente con permessi base.", "owner adds user")
m("it", N, "grazie", "Il sito funziona di nuovo, grazie per la rapidità.", "back up")

# ---------------- pt
m("pt", U, "problema", "O painel não abre para ninguém da nossa equipa desde manhã, fica só a carregar.", "panel doesn't open for anyone")
m("pt", O, "proprietário", "Podem passar a titularidade da conta para mim? O antigo sócio saiu da empresa.", "transfer to me")
m("pt", U, "servidor", "O vosso servidor não responde, todos os nossos clientes recebem erro.", "server not responding")
m("pt", N, "ticket", "Quem é o responsável por este ticket? Quero acrescentar uma informação.", "ticket owner")
m("pt", N, "utilizador", "Sou o administrador da conta e quero adicionar um colega como utilizador normal.", "admin adds user")
m("pt", N, "manutenção", "A manutenção programada de domingo vai deixar o site indisponível durante quanto tempo?", "planned maintenance")

# ---------------- nb
m("nb", U, "feil", "Innloggingen virker ikke for noen av oss, hele kontoret er låst ute.", "login not working for anyone")
m("nb", O, "eier", "Kan dere sette meg som eier av kontoen? Den gamle daglige lederen har sluttet.", "set me owner")
m("nb", U, "appen", "Appen starter ikke for noen av de ansatte, den bare henger.", "app won't start for anyone")
m("nb", N, "ny bruker", "Jeg er administrator og vil legge til en ny kollega som vanlig bruker.", "admin adds user")
m("nb", N, "takk", "Nettsiden virker igjen nå, takk.", "back up")
m("nb", N, "vedlikehold", "Blir tjenesten nede under det planlagte vedlikeholdet på lørdag?", "planned maintenance")

# ---------------- fi
m("fi", U, "ongelma", "Kirjautuminen ei toimi kenelläkään meidän tiimissä, kaikki saavat virheen.", "login not working for anyone")
m("fi", O, "omistaja", "Voisitteko siirtää tilin omistajuuden minulle? Edellinen toimitusjohtaja lähti.", "transfer ownership to me")
m("fi", O, "pääkäyttäjä", "Tehkää minusta tilin pääkäyttäjä, entinen ylläpitäjä ei ole enää talossa.", "make me admin")
m("fi", N, "tiketti", "Kuka on tämän tiketin käsittelijä? Haluan lisätä liitteen.", "ticket owner")
m("fi", N, "kiitos", "Palvelu toimii taas, kiitos nopeasta avusta.", "back up")
m("fi", N, "huolto", "Onko palvelu poissa käytöstä sunnuntain suunnitellun huollon aikana?", "planned maintenance")


def main():
    out = DevSet(HERE, "# Owner/outage dev set 4 (hand-written, fresh wording, independent of devset/devset2/devset3)")
    seen = Counter()
    for i, (lang, kind, subj, body, note) in enumerate(M):
        seen[lang, kind] += 1
        name = f"{kind}-{seen[lang, kind]:02d}"
        mid = message_id(f"{lang}/{name}.eml", "md5")
        date = mail_date("Tue", 1 + i % 27, "Apr", 9, i % 60)
        sender = f"Customer {i} <customer{i}@example.net>"
        out.add(lang, name, plain_mail(sender, subj, date, f"{mid}@example.net", body), *KINDS[kind], note)
    out.save()


main()
