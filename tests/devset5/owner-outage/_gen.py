# Generator for the owner-outage dev set 5 (hand-written, fresh wording). Run: python _gen.py
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
m("en", U, "Booking portal", "Hi team, hope you're well. I meant to ask about last month's invoice but first the pressing thing: none of my staff can open the booking portal this morning, it just spins forever and then says the connection was reset. We tried other browsers, the office wifi and 4G. Could you have a look? Invoice question can wait.", "rambling, staff can't open portal")
m("en", U, "site??", "is ur site down?? cant get the checkout page to load on any device and our customers keep phoning us", "terse typo checkout")
m("en", O, "Account control", "The account was set up by my predecessor, who left the company in March. I am now the managing director - please transfer the account to me and give me full control.", "predecessor, transfer to me")
m("en", O, "Workspace", "A former employee registered our workspace with his personal email and we can no longer reach him. I'm the director of the company; how do I get ownership moved over to me?", "ex-employee, ownership to me")
m("en", N, "Saturday maintenance", "Will the platform be unavailable for all users during the scheduled maintenance on Saturday night? We need to plan the shift.", "planned maintenance question")
m("en", N, "Export button", "The export button on the reports page doesn't work for me, nothing happens when I click it. My colleagues don't have the problem.", "single feature bug")
m("en", N, "Tuesday incident", "Your status page says Tuesday's incident is resolved, and indeed the app is working again for our whole team. Thanks for keeping us posted.", "resolved incident")
m("en", N, "Access", "As the account owner I'd like to remove access for an employee who left us last week. Where do I do that?", "owner removes seat")

# ---------------- de
m("de", U, "Kundenportal", "Hallo, seit heute früh kommt keiner von uns mehr ins Kundenportal - die Anmeldung dreht sich endlos und dann kommt 'Verbindung abgelehnt'. Ist bei euch was kaputt?", "nobody gets into portal")
m("de", U, "App", "servus, eure app stürzt bei allen unseren fahrern direkt nach dem start ab, seit heute morgen geht gar nix mehr", "app crashes for all drivers")
m("de", O, "Konto umschreiben", "Das Konto wurde damals von meinem Vorgänger angelegt, der das Unternehmen inzwischen verlassen hat. Als neuer Geschäftsführer bitte ich Sie, das Konto auf mich umzuschreiben.", "predecessor, rewrite to me")
m("de", O, "Rechte", "Ich bin die Inhaberin der Firma. Ein ehemaliger Mitarbeiter hat den Account registriert, bitte übertragt mir die volle Kontrolle darüber.", "ex-employee, give me control")
m("de", N, "Wartung Samstag", "Findet die angekündigte Wartung am Samstag statt? Ist die Plattform dann für alle Nutzer nicht erreichbar?", "planned maintenance")
m("de", N, "Filter", "Bei mir funktioniert nur der Filter in der Rechnungsübersicht nicht, sonst läuft alles.", "single feature bug")
m("de", N, "Störungsbericht", "In eurem Newsletter stand, dass die Server letzte Woche zwei Stunden für alle Kunden ausgefallen waren. Gibt es dazu einen Abschlussbericht?", "past outage newsletter")

# ---------------- da
m("da", U, "Adgang", "Hej, ingen af os på kontoret kan få adgang til jeres system i dag, det står bare og loader og så kommer der en fejlside.", "nobody can access system")
m("da", U, "nede igen??", "er jeres hjemmeside nede igen?? vores kunder kan ikke gennemføre betalingen", "site down again")
m("da", O, "Ejer", "Kontoen blev oprettet af min forgænger, som er stoppet. Jeg er nu direktør og vil gerne have kontoen overført til mig, så jeg står som ejer.", "predecessor, transfer to me")
m("da", O, "Rettigheder", "Kan I give mig administratorrettigheder til vores firmakonto? Den tidligere medarbejder, der havde dem, er fratrådt.", "give me admin rights")
m("da", N, "Opdatering", "Vil platformen være utilgængelig for alle brugere under den planlagte opdatering på søndag?", "planned update")
m("da", N, "Tak", "Tak, alt virker igen hos os efter nedbruddet i går.", "back up")

# ---------------- ro
m("ro", U, "Nu putem intra", "Buna ziua, de dimineata niciun coleg nu poate intra in platforma, se incarca la infinit si apoi apare o eroare de conexiune.", "nobody can enter")
m("ro", U, "site", "site-ul vostru e picat? clientii nostri nu pot plasa comenzi de o ora", "site down")
m("ro", O, "Transfer cont", "Contul a fost creat de fostul meu coleg care a plecat din firma. Sunt directorul general si va rog sa transferati contul pe numele meu.", "ex colleague, transfer to my name")
m("ro", O, "Administrator", "Doresc sa devin eu administratorul contului, persoana care l-a deschis nu mai lucreaza la noi.", "I want to become admin")
m("ro", N, "Mentenanta", "In timpul mentenantei programate de duminica platforma va fi indisponibila pentru toti utilizatorii?", "planned maintenance")
m("ro", N, "Export", "Butonul de export nu functioneaza doar la mine, colegii il folosesc fara probleme.", "single feature bug")

# ---------------- pl
m("pl", U, "Logowanie", "Dzień dobry, od rana nikt z naszego działu nie może się zalogować do systemu, strona ładuje się w nieskończoność.", "nobody can log in")
m("pl", U, "awaria?", "czy wasz serwis padł? klienci zgłaszają że sklep nie działa od godziny", "service down")
m("pl", O, "Konto", "Konto założył mój poprzednik, który już odszedł z firmy. Jestem teraz prezesem i proszę o przeniesienie konta na mnie.", "predecessor, move to me")
m("pl", O, "Uprawnienia", "Proszę o nadanie mi uprawnień właściciela konta, były pracownik zarejestrował je na swój prywatny adres.", "give me owner rights")
m("pl", N, "Prace serwisowe", "Czy podczas zaplanowanych prac serwisowych w sobotę platforma będzie niedostępna dla wszystkich użytkowników?", "planned maintenance")
m("pl", N, "Dziękuję", "Wszystko znowu działa po wczorajszej awarii, dziękuję za szybką pomoc.", "back up")

# ---------------- es
m("es", U, "No podemos entrar", "Hola, desde esta mañana ningún compañero consigue entrar en la plataforma, se queda cargando y luego sale un error de conexión.", "nobody can enter")
m("es", U, "web caida?", "se os ha caido la web? nuestros clientes no pueden pagar nada", "web down, typo")
m("es", U, "Portal clientes", "Buenas tardes, les escribo porque llevo un rato intentando hablar con alguien por teléfono sin suerte. Desde las diez el portal de clientes da error a todos los usuarios de la oficina y así no hay manera de trabajar. Por favor, avísenme cuando esté solucionado.", "rambling, portal errors for all")
m("es", O, "Cuenta", "La cuenta la abrió mi antecesor, que ya no trabaja con nosotros. Ahora soy el director y necesito que me transfieran la cuenta con el control total.", "predecessor, transfer to me")
m("es", O, "Titular", "Un exempleado registró la cuenta con su correo personal. Quiero que la cuenta pase a estar a mi nombre, soy el gerente de la empresa.", "ex-employee, in my name")
m("es", N, "Mantenimiento", "¿Durante el mantenimiento programado del domingo la plataforma estará caída para todos los usuarios?", "planned maintenance")
m("es", N, "Imprimir", "El botón de imprimir no me funciona solo a mí, a los demás sí les va bien.", "single feature bug")

# ---------------- fr
m("fr", U, "Espace client", "Bonjour, depuis ce matin aucun de nos collaborateurs n'arrive à accéder à l'espace client, ça tourne dans le vide puis erreur.", "nobody reaches client area")
m("fr", U, "site en rade", "votre site est en rade ? nos clients ne peuvent plus rien commander", "site broken")
m("fr", O, "Compte", "Le compte a été créé par mon prédécesseur qui a quitté l'entreprise. Je suis désormais le gérant, merci de me transférer le compte et de m'en donner le contrôle.", "predecessor, transfer to me")
m("fr", O, "Titulaire", "Un ancien salarié a ouvert le compte à son nom. En tant que directrice, je souhaite en devenir la titulaire.", "ex-employee, become holder")
m("fr", N, "Maintenance", "Pendant la maintenance planifiée de samedi, la plateforme sera-t-elle inaccessible pour tous les utilisateurs ?", "planned maintenance")
m("fr", N, "Merci", "Merci, tout refonctionne chez nous depuis ce matin.", "back up")

# ---------------- nl
m("nl", U, "Inloggen", "Goedemorgen, sinds vanochtend kan niemand van ons kantoor meer inloggen op het portaal, het blijft maar laden.", "nobody can log in")
m("nl", U, "site eruit?", "ligt jullie site eruit? klanten kunnen niks bestellen", "site down")
m("nl", O, "Account", "Het account is destijds aangemaakt door mijn voorganger, die inmiddels vertrokken is. Ik ben nu directeur en wil graag dat het account op mijn naam komt te staan.", "predecessor, on my name")
m("nl", O, "Beheer", "Een oud-medewerker heeft het account geregistreerd. Kunnen jullie mij de volledige controle geven? Ik ben de eigenaar van het bedrijf.", "ex-employee, give me control")
m("nl", N, "Onderhoud", "Is het platform tijdens het geplande onderhoud van zondag onbereikbaar voor alle gebruikers?", "planned maintenance")
m("nl", N, "Opgelost", "Alles werkt weer bij ons, bedankt voor de snelle oplossing.", "back up")

# ---------------- sv
m("sv", U, "Inloggning", "Hej, sedan i morse kan ingen på kontoret logga in i systemet, det bara snurrar och sen kommer ett felmeddelande.", "nobody can log in")
m("sv", U, "nere?", "ligger er sajt nere? våra kunder kan inte betala nånting", "site down")
m("sv", U, "Appen", "Tjänsten har slutat fungera för alla våra användare, appen öppnas inte alls sedan lunch.", "service stopped for all")
m("sv", O, "Konto", "Kontot skapades av min företrädare som har slutat. Jag är nu vd och vill att ni flyttar över kontot till mig.", "predecessor, move to me")
m("sv", O, "Behörighet", "En före detta anställd registrerade kontot. Kan ni ge mig full behörighet? Jag äger företaget numera.", "ex-employee, give me full rights")
m("sv", N, "Underhåll", "Kommer plattformen vara otillgänglig för alla användare under det planerade underhållet på söndag?", "planned maintenance")
m("sv", N, "Tack", "Allt fungerar igen hos oss, tack för snabb hjälp.", "back up")

# ---------------- it
m("it", U, "Gestionale", "Buongiorno, da stamattina nessuno in ufficio riesce ad accedere al gestionale, resta in caricamento e poi dà errore.", "nobody can access")
m("it", U, "sito giu", "il vostro sito è giù? i clienti non riescono a pagare", "site down")
m("it", U, "Applicazione ferma", "L'applicazione è completamente ferma per tutti i nostri operatori da un'ora.", "app stopped for all")
m("it", O, "Account", "L'account è stato aperto dal mio predecessore che ha lasciato l'azienda. Ora sono il direttore, vi chiedo di trasferire l'account a me e darmi il controllo completo.", "predecessor, transfer to me")
m("it", O, "Titolare", "Un ex dipendente ha registrato l'account con la sua email personale. Vorrei diventarne io il titolare, sono l'amministratore delegato.", "ex-employee, become holder")
m("it", N, "Manutenzione", "Durante la manutenzione programmata di domenica la piattaforma sarà irraggiungibile per tutti gli utenti?", "planned maintenance")
m("it", N, "Grazie", "Tutto funziona di nuovo, grazie mille per l'aiuto.", "back up")

# ---------------- pt
m("pt", U, "Plataforma", "Bom dia, desde manhã ninguém do escritório consegue entrar na plataforma, fica sempre a carregar e depois aparece um erro.", "nobody can enter")
m("pt", U, "site caiu?", "o site de vocês caiu? nossos clientes não conseguem finalizar a compra", "site down")
m("pt", U, "Sistema parado", "O sistema está parado para todos os nossos funcionários desde as 9h.", "system stopped for all")
m("pt", O, "Conta", "A conta foi criada pelo meu antecessor, que já saiu da empresa. Agora sou o diretor e peço que transfiram a conta para mim.", "predecessor, transfer to me")
m("pt", O, "Titular", "Um ex-funcionário registrou a conta com o e-mail pessoal dele. Quero ficar como titular da conta, sou o sócio-gerente.", "ex-employee, become holder")
m("pt", N, "Manutenção", "Durante a manutenção programada de domingo a plataforma ficará indisponível para todos os utilizadores?", "planned maintenance")
m("pt", N, "Obrigado", "Já está tudo a funcionar outra vez, obrigado.", "back up")

# ---------------- nb
m("nb", U, "Innlogging", "Hei, siden i morges kommer ingen av oss inn i systemet, det bare laster og laster.", "nobody gets in")
m("nb", U, "nede?", "er nettsiden deres nede? kundene våre får ikke betalt", "site down")
m("nb", O, "Konto", "Kontoen ble opprettet av min forgjenger som har sluttet. Jeg er nå daglig leder og ber om at kontoen overføres til meg.", "predecessor, transfer to me")
m("nb", O, "Tilgang", "En tidligere ansatt registrerte kontoen. Kan dere gi meg full kontroll? Jeg eier selskapet.", "ex-employee, give me control")
m("nb", N, "Vedlikehold", "Vil tjenesten være utilgjengelig for alle brukere under det planlagte vedlikeholdet?", "planned maintenance")
m("nb", N, "Takk", "Alt virker igjen, takk for hjelpen.", "back up")

# ---------------- fi
m("fi", U, "Kirjautuminen", "Hei, aamusta asti kukaan toimistolla ei pääse kirjautumaan järjestelmään, sivu vain latautuu loputtomiin.", "nobody can log in")
m("fi", U, "kaatunut?", "onko teidän sivusto kaatunut? asiakkaat ei pysty maksamaan", "site crashed")
m("fi", O, "Tili", "Tilin loi edeltäjäni, joka on lähtenyt yrityksestä. Olen nyt toimitusjohtaja ja pyydän siirtämään tilin minulle.", "predecessor, transfer to me")
m("fi", O, "Oikeudet", "Entinen työntekijä rekisteröi tilin. Voitteko antaa minulle täydet oikeudet, omistan yrityksen.", "ex-employee, give me full rights")
m("fi", N, "Huoltokatko", "Onko palvelu poissa käytöstä kaikille käyttäjille suunnitellun huoltokatkon aikana?", "planned maintenance")
m("fi", N, "Kiitos", "Kaikki toimii taas, kiitos.", "back up")


def main():
    out = DevSet(HERE, "# Owner/outage dev set 5 (hand-written, fresh wording, independent of devset/devset2/devset3/devset4)")
    seen = Counter()
    for i, (lang, kind, subj, body, note) in enumerate(M):
        seen[lang, kind] += 1
        name = f"{kind}-{seen[lang, kind]:02d}"
        mid = message_id(f"d5{lang}/{name}.eml", "md5")
        date = mail_date("Wed", 1 + i % 27, "May", 10, i % 60)
        sender = f"Customer {i} <customer{i}@example.net>"
        out.add(lang, name, plain_mail(sender, subj, date, f"{mid}@example.net", body), *KINDS[kind], note)
    out.save()


main()
