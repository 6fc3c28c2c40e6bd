# Generates the account-ownership dev set 7 (hand-written, independent of tests/corpus).
# Focus: da, sv, it (8 positives + 4 hard negatives each); 2 positives + 1 hard negative elsewhere.
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, forbid_others, mail_date, message_id, plain_mail

HERE = Path(__file__).resolve().parent
O = "account-ownership"
ALL = [O]
P, N = [O], []
# (lang, name, expect, subject, body, note)
MSGS = [
# =============================== da
("da","p1",P,"Vedr. vores konto",
"""Hej med jer

Jeg håber I har haft en god weekend. Jeg skriver fordi vi har haft lidt uro i afdelingen den seneste tid, og vores IT-ansvarlige Morten er rejst videre til et nyt job i Odense. Jeg har overtaget hans opgaver, og derfor skal alle administratorrettighederne flyttes over på min bruger, så jeg kan styre licenser og brugere fremover. Han har desværre ikke efterladt nogen kode eller noter.

Derudover vil jeg gerne høre, om I har et kursus i jeres rapportmodul?

Mvh
Karina Dahl
Dahl VVS ApS""","POS rambling: IT person left, admin rights moved to my user"),
("da","p2",P,"Opkøb",
"""Vi har købt forretningen pr. 1. marts, så kontoen hører nu til os. Sørg for at ejerskabet står på mig og ikke på den gamle indehaver.""","POS bought business; ejerskabet står på mig"),
("da","p3",P,"ejer-mail",
"""Ejer-mailen på kontoen skal rettes til lars@nyfirma.dk. I dag, tak.""","POS curt: owner mail changed to mine"),
("da","p4",P,"Adgang",
"""Goddag. Stifteren af virksomheden er gået på pension og svarer ikke på mails. Som ny daglig leder skal jeg have den fulde adgang til kontoen, også til fakturering og brugerstyring. Hvad skal I bruge fra mig?""","POS founder retired; need full access as new manager"),
("da","p5",P,"to faktor",
"""hej kan i nulstille to-faktor godkendelsen paa ejerens profil saa jeg kan logge ind i stedet for ham, han er paa ferie i thailand og vi mangler at betale regningen""","POS no diacritics: reset owner's 2FA so I can log in"),
("da","p6",P,"Udskiftning af ejer",
"""Fjern venligst den gamle kontoejer og indsæt mig i stedet. Han har ikke været ansat her siden november.""","POS remove old owner, put me instead"),
("da","p7",P,"bruger opgradering",
"""Hej, jeg vil have I opgraderer min bruger til administrator. Min chef har sagt ok men han har ikke tid at gøre det selv og han er ikke så god med computer.""","POS non-native: upgrade my user to administrator"),
("da","p8",P,"Vores bureau",
"""Det er trods alt os, der betaler regningen hver måned. Så det er kun rimeligt, at vi får kontrollen over kontoen tilbage fra vores tidligere reklamebureau, som stadig står som ejer. De svarer ikke, og vi kan ikke vente længere.""","POS pushy: we pay, want control back from agency"),
("da","n1",N,"Nye medarbejdere",
"""Hej. Som administrator på vores konto vil jeg gerne oprette tre nye medarbejdere med læseadgang. Skal de have hver deres licens, eller kan de dele én?""","NEG admin adding read-only staff"),
("da","n2",N,"Ny e-mail",
"""Hej, jeg har fået nyt arbejde og vil gerne skifte min egen e-mailadresse på min profil til min private. Hvordan gør jeg det, uden at miste mine gemte rapporter?""","NEG change own email"),
("da","n3",N,"Revision",
"""Hej, vores revisor spørger, hvem der står registreret som ejer af kontoen hos jer. Vi skal ikke ændre noget, vi skal bare bruge navnet til årsrapporten.""","NEG who is the owner, no change"),
("da","n4",N,"Priser",
"""Goddag, jeg er ejer af en lille frisørsalon i Vejle og vil gerne høre, hvad jeres bookingsystem koster om året for to stole.""","NEG business owner asking prices"),
# =============================== sv
("sv","p1",P,"Behörighet",
"""Hej. Jag har tagit över som IT-chef efter Johan, som har gått i pension. Ge mig administratörsbehörighet till kontot snarast, vi har tre nya säljare som väntar på licenser.""","POS new IT chief, give me admin permission"),
("sv","p2",P,"Ägarbyte",
"""Ägarbytet måste genomföras den här veckan. Bolaget är sålt och kontot ska stå på oss från och med den 1 april. Skicka de papper som behövs.""","POS ownership change, company sold, account on us"),
("sv","p3",P,"mejladress",
"""Kan ni byta ut kontoägarens mejladress mot min? Hon som stod som ägare är sjukskriven på obestämd tid och vi kommer inte åt fakturorna.""","POS swap owner's mail for mine"),
("sv","p4",P,"agarskap",
"""hej vi behover att ni flyttar agarskapet for kontot till mig, grundaren har lamnat bolaget och svarar inte i telefon""","POS no diacritics: move ownership to me"),
("sv","p5",P,"Inloggning",
"""Hej! Vår vd har tappat sin telefon i Spanien och är borta i två veckor. Nollställ tvåfaktorsautentiseringen på hans ägarkonto så att jag kan logga in i stället och sköta betalningarna.""","POS reset owner's 2FA so I can log in"),
("sv","p6",P,"Fusion",
"""Hej,

Med anledning av fusionen mellan Nordlund Bygg AB och Ekström Fastigheter AB, som registrerades hos Bolagsverket förra månaden, har vi en del administrativa frågor. Bland annat önskar vi att samtliga rättigheter till kontot överlåts på det nya bolaget med undertecknad som huvudansvarig. Vi undrar också om det går att slå ihop två abonnemang till ett.

Vänliga hälsningar
Per Ekström""","POS formal rambling: rights transferred to new company with me"),
("sv","p7",P,"Admin",
"""Ta bort Peter som admin och lägg in mig istället. Han jobbar inte här längre.""","POS curt: remove Peter as admin, put me in"),
("sv","p8",P,"Kontroll",
"""Det är vårt varumärke, vår domän och våra kunder. Jag kräver att få full kontroll över kontot nu, inte om två veckor.""","POS pushy: demand full control"),
("sv","n1",N,"Nya kollegor",
"""Hej, jag är administratör för vårt konto och vill lägga till två nya kollegor som vanliga användare. Hur gör jag det?""","NEG admin adding regular users"),
("sv","n2",N,"Profil",
"""Hej, jag vill byta mitt lösenord och min e-postadress i min profil. Jag hittar inte knappen.""","NEG change own password/email"),
("sv","n3",N,"Ärende 4411",
"""Vem är ansvarig ägare för mitt ärende 4411? Jag har inte fått något svar på fem dagar.""","NEG owner of the ticket"),
("sv","n4",N,"Fråga",
"""Hej, kan ni berätta vem som står som kontoägare hos er? Jag vill bara veta vem jag ska prata med internt om fakturan, inget ska ändras.""","NEG who is the account owner, nothing to change"),
# =============================== it
("it","p1",P,"Accesso",
"""Buongiorno, il fondatore se n'è andato e nessuno ha più le credenziali. Mi serve l'accesso completo come amministratore entro domani, altrimenti blocchiamo le spedizioni.""","POS founder left, need full access as admin"),
("it","p2",P,"Nuova società",
"""Spett.le assistenza,

a seguito della cessione del ramo d'azienda, vi chiediamo di intestare l'account alla nuova società, di cui il sottoscritto è legale rappresentante. Allego visura camerale.

Distinti saluti
Dott. Marco Ferri""","POS formal: register account to new company"),
("it","p3",P,"admin",
"""passatemi i diritti di admin per favore, il vecchio responsabile IT non risponde piu da settimane""","POS no diacritics: pass me admin rights"),
("it","p4",P,"email titolare",
"""Sostituite l'indirizzo email del titolare con il mio, per favore. La signora Rossi non è più socia.""","POS replace owner's email with mine"),
("it","p5",P,"Acquisizione",
"""Abbiamo acquisito la ditta a gennaio, quindi adesso l'account è roba nostra e deve passare sotto il nostro controllo, non del vecchio proprietario.""","POS acquired, account must pass under our control"),
("it","p6",P,"Proprietario",
"""Eliminate il vecchio proprietario dall'account e mettete me al suo posto. Non voglio più dover chiedere il permesso a lui per ogni cosa.""","POS remove old owner, put me in his place"),
("it","p7",P,"Verifica in due passaggi",
"""Potete resettare la verifica in due passaggi del titolare così riesco ad entrare io? Lui è in ospedale e noi dobbiamo emettere le fatture.""","POS reset owner's 2FA so I can get in"),
("it","p8",P,"richiesta",
"""Salve, io sono nuovo responsabile informatico nella azienda, volevo chiedere se è possibile avere i privilegi di amministratore sul account perche il collega precedente è andato in pensione e non ha lasciato niente. Inoltre volevo sapere se c'è manuale in italiano del modulo magazzino. Grazie mille""","POS non-native rambling: ask admin privileges"),
("it","n1",N,"Nuovo collaboratore",
"""Sono il titolare dell'account e vorrei aggiungere un collaboratore con accesso in sola lettura. Quanto costa un posto in più?""","NEG owner adding read-only user"),
("it","n2",N,"Profilo",
"""Ciao, vorrei cambiare la mia password e l'email di accesso del mio profilo perché ho cambiato lavoro.""","NEG change own password/email"),
("it","n3",N,"Pratica 2231",
"""Chi è il titolare di questa pratica? Aspetto una risposta da una settimana e nessuno mi richiama.""","NEG who owns this case"),
("it","n4",N,"Prezzi",
"""Buonasera, sono il titolare di una piccola pizzeria a Bari e volevo informazioni sui prezzi dell'abbonamento annuale per la cassa.""","NEG business owner asking prices"),
# =============================== en
("en","p1",P,"access after founder",
"""Hi, our founder stepped down last month and she was the only one holding the keys to the kingdom. I'm running operations now - please switch the primary login over to me so I can actually manage billing and seats.""","POS switch login over to me"),
("en","p2",P,"northwind workspace",
"""we acquired northwind ltd in q1 so their workspace is legally ours. kindly reassign it to my user and kick out the guy who set it up""","POS acquired workspace, reassign to my user"),
("en","n1",N,"viewer seat",
"""I'm the admin on our account. How do I invite our new intern as a viewer so she can see reports but not change anything?""","NEG admin inviting viewer"),
# =============================== de
("de","p1",P,"Zugang Konto",
"""Unser Gründer ist ausgeschieden und hat die Zugangsdaten mitgenommen. Als neuer Geschäftsführer verlange ich, dass Sie das Konto auf mich umschreiben.""","POS new MD, rewrite account to me"),
("de","p2",P,"2fa",
"""bitte die 2-faktor-authentifizierung vom inhaber zurücksetzen, damit ich mich an seiner stelle einloggen kann, er liegt im krankenhaus""","POS reset owner's 2FA"),
("de","n1",N,"E-Mail ändern",
"""Ich bin Inhaber des Kontos und möchte meine eigene E-Mail-Adresse ändern, weil ich den Anbieter wechsle. Wo geht das?""","NEG owner changing own email"),
# =============================== ro
("ro","p1",P,"Drepturi",
"""Fostul administrator a plecat din firmă și nu mai răspunde. Vă rog să-mi acordați drepturi depline pe cont, eu răspund acum de partea IT.""","POS former admin left, grant me full rights"),
("ro","p2",P,"Firma cumparata",
"""Am cumpărat firma, deci contul e al nostru acum. Schimbați emailul proprietarului cu al meu cât mai repede.""","POS bought firm, change owner email to mine"),
("ro","n1",N,"Coleg nou",
"""Sunt proprietarul contului și vreau să adaug un coleg nou ca utilizator obișnuit. Cum fac asta?""","NEG owner adding regular user"),
# =============================== pl
("pl","p1",P,"Sklep",
"""Poprzedni właściciel sprzedał nam sklep razem z kontem. Proszę przepisać konto na moją firmę i odciąć mu dostęp.""","POS bought shop, rewrite account to my company"),
("pl","p2",P,"uprawnienia",
"""jestem nowym kierownikiem IT, potrzebuje uprawnien administratora bo poprzedni informatyk odszedl i nikt nie zna hasla""","POS no diacritics: need admin permissions"),
("pl","n1",N,"Zgłoszenie",
"""Kto jest właścicielem mojego zgłoszenia? Czekam na odpowiedź od tygodnia.""","NEG owner of ticket"),
# =============================== es
("es","p1",P,"Acceso",
"""El socio fundador se ha ido y no contesta. Necesito que me deis acceso total a la cuenta como nuevo responsable del negocio.""","POS founder left, give me total access"),
("es","p2",P,"Correo del titular",
"""Cambien el correo del titular por el mío, la cuenta es de la empresa y él ya no trabaja aquí.""","POS change holder's email to mine"),
("es","n1",N,"Nuevo empleado",
"""Soy la administradora de la cuenta y quiero dar de alta a un nuevo empleado con permisos básicos. ¿Cómo lo hago?""","NEG admin adding basic user"),
# =============================== fr
("fr","p1",P,"Compte",
"""Notre gérant est parti à la retraite et c'est lui qui avait créé le compte. Merci de me céder les droits de propriétaire au plus vite.""","POS manager retired, cede owner rights to me"),
("fr","p2",P,"double authentification",
"""Réinitialisez la double authentification du titulaire pour que je puisse me connecter à sa place, il est injoignable.""","POS reset holder's 2FA"),
("fr","n1",N,"Mot de passe",
"""Bonjour, je souhaite modifier mon mot de passe et mon adresse e-mail personnelle. Merci.""","NEG own password/email"),
# =============================== nl
("nl","p1",P,"Oprichter weg",
"""De oprichter is vertrokken en reageert nergens meer op. Ik wil dat het account zo snel mogelijk op mijn naam komt te staan.""","POS founder gone, account in my name"),
("nl","p2",P,"Overname",
"""Wij hebben het bedrijf overgenomen, dus het account is nu van ons. Geef mij de beheerdersrechten.""","POS took over company, give me admin rights"),
("nl","n1",N,"Collega toevoegen",
"""Ik ben beheerder en wil een nieuwe collega toevoegen als gewone gebruiker. Kost dat extra?""","NEG admin adding regular user"),
# =============================== pt
("pt","p1",P,"Loja",
"""O antigo dono vendeu-nos a loja e a conta veio junto. Passem a titularidade da conta para o meu nome.""","POS pass holdership to my name"),
("pt","p2",P,"acesso",
"""sou o novo gerente de TI, preciso de acesso de administrador porque o anterior saiu da empresa e ninguem sabe a senha""","POS need admin access, predecessor left"),
("pt","n1",N,"Ticket",
"""Quem é o responsável por este ticket? Estou à espera há dias e ninguém responde.""","NEG who owns ticket"),
# =============================== nb
("nb","p1",P,"Eierskap",
"""Eierskapet til kontoen må flyttes over til meg. Den forrige daglige lederen har sluttet og svarer ikke.""","POS ownership moved to me"),
("nb","p2",P,"Tofaktor",
"""Kan dere nullstille tofaktorautentiseringen til eieren slik at jeg kan logge inn i stedet? Han ligger på sykehus.""","POS reset owner's 2FA"),
("nb","n1",N,"Ny ansatt",
"""Jeg er administrator og vil legge til en ny ansatt som vanlig bruker. Hvordan gjør jeg det?""","NEG admin adding regular user"),
# =============================== fi
("fi","p1",P,"Pääkäyttäjä",
"""Edellinen pääkäyttäjä on lähtenyt yrityksestä. Antakaa minulle pääkäyttäjän oikeudet tiliin mahdollisimman pian.""","POS give me admin rights"),
("fi","p2",P,"Yrityskauppa",
"""Ostimme yrityksen, joten tili kuuluu nyt meille. Vaihtakaa omistajan sähköposti minun osoitteeseeni.""","POS account ours, change owner email to mine"),
("fi","n1",N,"Salasana",
"""Haluan vaihtaa oman salasanani ja sähköpostiosoitteeni. Miten se onnistuu?""","NEG own password/email"),
]

def main():
    out = DevSet(HERE, "# account-ownership dev set 7 (hand-written, independent of tests/corpus)", json_notes=True)
    for i, (lang, name, expect, subj, body, note) in enumerate(MSGS):
        date = mail_date("Mon", 23, "Mar", 8 + i % 10, i % 60)
        mail = plain_mail(f"Customer <kunde@{lang}.example.net>", subj, date, f"{message_id(f'o7{lang}{name}')}@{lang}.example.net", body)
        out.add(lang, name, mail, expect, forbid_others(ALL, expect), note)
    out.save()

main()
