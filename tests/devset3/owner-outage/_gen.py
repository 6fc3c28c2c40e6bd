# Generator for the owner-outage dev set (hand-written messages). Run: python _gen.py
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, mail_date, message_id, plain_mail

HERE = Path(__file__).resolve().parent
O, U, N = "own", "out", "neg"
KINDS = {O: (["account-ownership"], ["outage"]), U: (["outage"], ["account-ownership"]), N: ([], ["account-ownership", "outage"])}  # kind -> (expect, forbid)
M = []  # (lang, kind, subject, body, note)
def m(lang, kind, subj, body, note=""):
    M.append((lang, kind, subj, body, note))

# ---------------- en
m("en", O, "admin access", "Hi, our old IT guy Mark set up the account years ago and he's since left the company. Nobody else here has admin rights. I'm the office manager now - could you please make me the admin so we can sort out billing? Happy to send proof I work here.", "previous admin left")
m("en", O, "ownership", "I'm the new CEO of Brightline Ltd. The account is still registered to our founder's personal gmail which he no longer checks. Please switch the owner email over to ceo@brightline.co and transfer ownership to me.", "new CEO transfer")
m("en", O, "locked out of our own workspace", "this is our company's workspace, we pay for it. The guy who had the 2FA on his phone got fired last week and obviously won't help. Can you turn off two factor on the main account so i can get in and take it over?", "remove 2fa, take over")
m("en", U, "is your site down??", "Getting a 503 service unavailable on every page since about 9am. Tried different browsers and my phone on 4G, same thing. Is it just us?", "503")
m("en", U, "nothing works", "nobody in our office can log in this morning, the app just spins and then times out. whole team is sitting idle. whats going on", "nobody can log in")
m("en", U, "API", "All of our API calls are timing out since 14:10 UTC, every single endpoint. Your servers seem to be unreachable from both our AWS regions.", "api timeouts")
m("en", N, "adding a user", "As the account owner I'd like to add a new user for our intern Jamie, with view-only rights. Does that use up a paid seat?", "owner adds normal user")
m("en", N, "password", "How do I change my own password? I want something longer than the one I set up at signup.", "own password")
m("en", N, "re: outage", "Thanks, everything is back up and running on our side now. You can close the ticket.", "back up thanks")
m("en", N, "CSV export", "Small thing: the export to CSV button on the reports page doesn't do anything in Firefox. Everything else works fine.", "single feature broken")
m("en", N, "maintenance", "Will there be any downtime during the maintenance window on Saturday night? We need to plan around it for our weekend shift.", "planned maintenance question")

# ---------------- de
m("de", O, "Admin-Zugang", "Hallo, unser ehemaliger Geschäftsführer hat das Konto damals angelegt und ist inzwischen ausgeschieden. Ich bin jetzt die Inhaberin der Firma und brauche Adminrechte. Bitte tragt mich als Administratorin ein.", "former MD left, make me admin")
m("de", O, "2FA entfernen", "Bitte die Zwei-Faktor-Authentifizierung bei unserem Hauptaccount deaktivieren, das Handy vom alten Kollegen ist weg und wir kommen nicht mehr rein. Das Konto gehört unserer Firma, nicht ihm.", "remove 2fa, account belongs to us")
m("de", O, "Inhaberwechsel", "Guten Tag, wir hatten einen Inhaberwechsel. Bitte übertragen Sie das Kundenkonto auf mich und ändern Sie die hinterlegte E-Mail-Adresse des Kontoinhabers auf meine.", "transfer account, change owner email")
m("de", U, "alles down?", "Ist bei euch gerade alles down? Die Seite lädt nicht, nur 502 Bad Gateway.", "down 502")
m("de", U, "Keiner kann sich anmelden", "Seit heute früh kann sich bei uns keiner mehr einloggen, weder im Browser noch in der App. Das ganze Team kann nicht arbeiten!", "nobody can log in")
m("de", U, "Server nicht erreichbar", "Eure Server sind seit einer Stunde nicht erreichbar, jede Anfrage an die API läuft in einen Timeout. Gibt es eine Störung?", "servers unreachable")
m("de", N, "Neuer Benutzer", "Ich bin Admin unseres Kontos und möchte einen neuen Mitarbeiter als normalen Benutzer hinzufügen. Wie geht das?", "admin adds user")
m("de", N, "Passwort", "Wie kann ich mein eigenes Passwort ändern? Ich finde die Einstellung nicht.", "own password")
m("de", N, "Danke", "Danke, läuft wieder alles. Das Ticket kann geschlossen werden.", "back up")
m("de", N, "Newsletter Frage", "Im Newsletter stand, dass es letzten Dienstag eine Störung gab. War davon auch unser Datenexport betroffen? Ansonsten alles gut bei uns.", "past outage newsletter")

# ---------------- da
m("da", O, "adgang til kontoen", "Hej, vores tidligere administrator er stoppet i firmaet og vi har ingen adgang til kontoen længere. Kan I gøre mig til administrator? Jeg er direktør og kan sende dokumentation.", "previous admin left")
m("da", O, "ejerskab", "Vi vil gerne have overført ejerskabet af kontoen til min mail. Den står stadig på den gamle ejers email, og han svarer ikke.", "transfer ownership")
m("da", O, "telefonnummer", "Kontoen er vores firmas. Skift venligst telefonnummeret på kontoen til mit, den tidligere ansatte har nummeret og vi kan ikke få koden.", "change phone, ours")
m("da", U, "nede?", "Er jeres side nede? Den loader slet ikke hos os, hverken på pc eller mobil.", "site down")
m("da", U, "kan ikke logge ind", "Ingen af os på kontoret kan logge ind i dag. Vi får bare fejl 500. Det hele står stille.", "nobody can log in")
m("da", U, "appen virker ikke", "Appen åbner ikke for nogen af vores medarbejdere, serveren svarer ikke. Er der driftsforstyrrelser?", "app down for all")
m("da", N, "ny bruger", "Jeg er ejer af kontoen og vil gerne tilføje en ny bruger med almindelige rettigheder. Hvordan gør jeg?", "owner adds user")
m("da", N, "adgangskode", "Hvordan skifter jeg min egen adgangskode?", "own password")
m("da", N, "tak", "Det virker igen nu, tak for hurtig hjælp!", "back up")
m("da", N, "knap", "Knappen til at udskrive fakturaer virker ikke, men resten af systemet kører fint.", "single feature")

# ---------------- ro
m("ro", O, "acces admin", "Buna ziua, fostul administrator al contului a plecat din firma si nu mai avem acces. Va rog sa ma faceti pe mine administrator, sunt noul director.", "previous admin left")
m("ro", O, "transfer cont", "Doresc transferul contului pe numele meu. Contul apartine firmei noastre dar e inregistrat pe emailul unui fost angajat. Va rog schimbati adresa de email a proprietarului.", "transfer, change owner email")
m("ro", O, "autentificare in doi pasi", "Contul este al nostru, platim abonamentul de 3 ani. Dezactivati va rog autentificarea in doi pasi, telefonul era al colegului care a plecat si nu mai putem intra.", "remove 2fa")
m("ro", U, "site picat", "Site-ul vostru nu se incarca deloc de azi dimineata. E picat serverul? Primim eroare 503.", "site not loading 503")
m("ro", U, "nu merge nimic", "Nu functioneaza nimic, nimeni din echipa nu se poate loga in aplicatie. Suntem blocati toti.", "nobody can log in")
m("ro", U, "API", "Toate apelurile catre API dau timeout de o ora. Serverele voastre nu raspund deloc.", "api timeouts")
m("ro", N, "utilizator nou", "Sunt proprietarul contului si vreau sa adaug un utilizator nou pentru contabila noastra. Cum fac asta?", "owner adds user")
m("ro", N, "parola", "Cum imi schimb parola? Am uitat-o.", "own password")
m("ro", N, "multumesc", "Multumesc, acum merge din nou totul. Puteti inchide tichetul.", "back up")
m("ro", N, "mentenanta", "Aveti programata o mentenanta in weekend? Vrem sa stim daca serviciul va fi indisponibil ca sa ne organizam.", "planned maintenance q")

# ---------------- pl
m("pl", O, "uprawnienia admina", "Dzień dobry, poprzedni administrator konta odszedł z firmy i nikt nie ma uprawnień admina. Proszę o nadanie mi uprawnień administratora, jestem nowym prezesem.", "previous admin left")
m("pl", O, "zmiana wlasciciela", "Chcemy przepisać konto na mnie jako nowego właściciela. Konto należy do naszej firmy. Prosze zmienic adres email wlasciciela na moj.", "transfer, owner email")
m("pl", O, "2FA", "Pracownik który zakładał konto zwolnił się i ma weryfikację dwuetapową na swoim telefonie. Prosimy o wyłączenie 2FA, żebyśmy mogli przejąć konto firmowe.", "remove 2fa take over")
m("pl", U, "nie dziala", "Czy wasz serwis leży? Strona się nie ładuje, dostajemy błąd 502.", "down 502")
m("pl", U, "awaria", "Od rana nikt u nas nie może się zalogować, cała firma stoi. Nic nie działa.", "nobody can log in")
m("pl", U, "serwery", "Wasze serwery nie odpowiadają, aplikacja nie uruchamia się u żadnego z naszych pracowników. Jest jakaś awaria?", "servers not responding")
m("pl", N, "nowy uzytkownik", "Jestem właścicielem konta i chcę dodać nowego użytkownika dla księgowej. Jak to zrobić?", "owner adds user")
m("pl", N, "haslo", "Jak zmienić swoje hasło?", "own password")
m("pl", N, "dziekuje", "Dziękuję, już wszystko działa. Można zamknąć zgłoszenie.", "back up")
m("pl", N, "eksport", "Eksport do PDF nie działa na stronie raportów, reszta działa normalnie.", "single feature")

# ---------------- es
m("es", O, "acceso administrador", "Hola, la persona que creó la cuenta ya no trabaja con nosotros y no tenemos acceso de administrador. Soy el nuevo gerente, ¿me podéis poner como administrador?", "previous admin left")
m("es", O, "titularidad", "Necesito que transfieran la titularidad de la cuenta a mi nombre. La cuenta es de nuestra empresa. Cambien el correo del propietario por favor.", "transfer, owner email")
m("es", O, "2 pasos", "Quitenme la verificacion en dos pasos de la cuenta principal, el movil era del antiguo socio y ya no esta. La cuenta es nuestra, pagamos nosotros.", "remove 2fa")
m("es", U, "caido?", "¿Está caído el servicio? La web no carga, sale error 503.", "down 503")
m("es", U, "nadie puede entrar", "Nadie en la oficina puede iniciar sesión desde esta mañana. No funciona nada, estamos parados.", "nobody can log in")
m("es", U, "servidores", "Sus servidores no responden, todas las llamadas a la API dan timeout. ¿Hay una caída general?", "api timeouts")
m("es", N, "usuario nuevo", "Soy el propietario de la cuenta y quiero añadir un usuario nuevo para mi socio. ¿Cómo lo hago?", "owner adds user")
m("es", N, "contraseña", "¿Cómo cambio mi contraseña?", "own password")
m("es", N, "gracias", "Gracias, ya vuelve a funcionar todo.", "back up")
m("es", N, "boton", "El botón de imprimir facturas no hace nada, lo demás funciona bien.", "single feature")

# ---------------- fr
m("fr", O, "droits admin", "Bonjour, notre ancien administrateur a quitté l'entreprise et plus personne n'a les droits admin. Pouvez-vous me nommer administrateur du compte ? Je suis le nouveau gérant.", "previous admin left")
m("fr", O, "propriete du compte", "Merci de transférer la propriété du compte à mon nom et de changer l'adresse mail du titulaire. Le compte appartient à notre société.", "transfer, owner email")
m("fr", O, "double authentification", "Pouvez vous desactiver la double authentification sur notre compte principal ? Le telephone etait celui de notre ex-associé. C'est notre compte, c'est nous qui payons.", "remove 2fa")
m("fr", U, "en panne ?", "Votre site est en panne ? Impossible de charger la page, erreur 502.", "down 502")
m("fr", U, "connexion", "Personne chez nous n'arrive à se connecter depuis ce matin, tout est bloqué.", "nobody can log in")
m("fr", U, "serveurs", "Vos serveurs sont injoignables, toutes nos requêtes API tombent en timeout. Il y a une panne générale ?", "api timeouts")
m("fr", N, "utilisateur", "Je suis le propriétaire du compte et je voudrais ajouter un utilisateur pour ma comptable.", "owner adds user")
m("fr", N, "mot de passe", "Comment changer mon mot de passe ?", "own password")
m("fr", N, "merci", "Merci, tout refonctionne, vous pouvez clôturer.", "back up")
m("fr", N, "maintenance", "Une maintenance est-elle prévue ce week-end ? Nous voudrions prévenir nos équipes.", "planned maintenance")

# ---------------- nl
m("nl", O, "beheerder", "Onze vorige beheerder is uit dienst en niemand heeft nog beheerdersrechten. Kunnen jullie mij beheerder maken van het account? Ik ben de nieuwe directeur.", "previous admin left")
m("nl", O, "eigenaar", "Graag het eigenaarschap van het account overzetten naar mij. Het account is van ons bedrijf. Het e-mailadres van de eigenaar moet gewijzigd worden.", "transfer, owner email")
m("nl", O, "tweestapsverificatie", "Kunnen jullie de tweestapsverificatie uitzetten op ons hoofdaccount? De telefoon was van een ex-collega. Het is ons account, wij betalen ervoor.", "remove 2fa")
m("nl", U, "plat?", "Ligt jullie site plat? Hij laadt helemaal niet, 503 foutmelding.", "site down")
m("nl", U, "inloggen", "Niemand op kantoor kan inloggen sinds vanochtend. Alles ligt stil.", "nobody can log in")
m("nl", U, "storing", "Jullie servers reageren niet, alle API-calls geven een time-out. Is er een storing?", "api timeouts")
m("nl", N, "gebruiker", "Ik ben eigenaar van het account en wil een nieuwe gebruiker toevoegen voor onze stagiair.", "owner adds user")
m("nl", N, "wachtwoord", "Hoe wijzig ik mijn eigen wachtwoord?", "own password")
m("nl", N, "bedankt", "Bedankt, het werkt weer!", "back up")
m("nl", N, "knop", "De knop om facturen te downloaden doet niks, de rest werkt prima.", "single feature")

# ---------------- sv
m("sv", O, "admin", "Hej, vår tidigare administratör har slutat och ingen har adminbehörighet längre. Kan ni göra mig till administratör för kontot? Jag är ny vd.", "previous admin left")
m("sv", O, "ägarbyte", "Vi vill överföra ägarskapet av kontot till mig. Kontot tillhör vårt företag. Byt ägarens e-postadress till min.", "transfer, owner email")
m("sv", O, "tvåstegsverifiering", "Kan ni stänga av tvåstegsverifieringen på vårt huvudkonto? Telefonen tillhörde en före detta kollega. Det är vårt konto, vi betalar för det.", "remove 2fa")
m("sv", U, "nere?", "Ligger er tjänst nere? Sidan laddar inte, fel 502.", "down")
m("sv", U, "logga in", "Ingen på kontoret kan logga in sedan i morse. Allt står still.", "nobody can log in")
m("sv", U, "driftstörning", "Era servrar svarar inte, alla API-anrop får timeout. Är det en driftstörning?", "api timeouts")
m("sv", N, "ny användare", "Jag är ägare till kontot och vill lägga till en ny användare.", "owner adds user")
m("sv", N, "lösenord", "Hur byter jag mitt lösenord?", "own password")
m("sv", N, "tack", "Tack, nu fungerar det igen.", "back up")
m("sv", N, "export", "Knappen för export fungerar inte, annars funkar allt.", "single feature")

# ---------------- it
m("it", O, "amministratore", "Buongiorno, il vecchio amministratore dell'account ha lasciato l'azienda e nessuno ha più i permessi di admin. Potete nominarmi amministratore? Sono il nuovo titolare.", "previous admin left")
m("it", O, "proprieta", "Vorrei trasferire la proprietà dell'account a me. L'account è della nostra azienda. Cambiate l'email del proprietario.", "transfer, owner email")
m("it", O, "2FA", "Potete disattivare l'autenticazione a due fattori sul nostro account principale? Il telefono era di un ex collega. L'account è nostro, paghiamo noi.", "remove 2fa")
m("it", U, "giu?", "Il vostro sito è giù? Non si carica, errore 503.", "down")
m("it", U, "accesso", "Nessuno in ufficio riesce ad accedere da stamattina, è tutto fermo.", "nobody can log in")
m("it", U, "server", "I vostri server non rispondono, tutte le chiamate API vanno in timeout. C'è un disservizio?", "api timeouts")
m("it", N, "utente", "Sono il proprietario dell'account e vorrei aggiungere un nuovo utente.", "owner adds user")
m("it", N, "password", "Come cambio la mia password?", "own password")
m("it", N, "grazie", "Grazie, ora funziona di nuovo tutto.", "back up")
m("it", N, "esporta", "Il pulsante per esportare non funziona, il resto va bene.", "single feature")

# ---------------- pt
m("pt", O, "admin", "Olá, o antigo administrador da conta saiu da empresa e ninguém tem acesso de admin. Podem me tornar administrador? Sou o novo diretor.", "previous admin left")
m("pt", O, "titularidade", "Quero transferir a titularidade da conta para mim. A conta pertence à nossa empresa. Alterem o email do proprietário.", "transfer, owner email")
m("pt", O, "2 fatores", "Por favor desativem a autenticação de dois fatores da conta principal, o telemóvel era de um ex-colega. A conta é nossa, somos nós que pagamos.", "remove 2fa")
m("pt", U, "fora do ar", "O site de vocês está fora do ar? Não carrega, dá erro 502.", "down")
m("pt", U, "login", "Ninguém no escritório consegue fazer login desde cedo. Está tudo parado.", "nobody can log in")
m("pt", U, "servidores", "Os vossos servidores não respondem, todas as chamadas à API dão timeout. Há alguma falha geral?", "api timeouts")
m("pt", N, "usuario", "Sou o dono da conta e quero adicionar um novo usuário.", "owner adds user")
m("pt", N, "senha", "Como altero a minha senha?", "own password")
m("pt", N, "obrigado", "Obrigado, já voltou a funcionar.", "back up")
m("pt", N, "exportar", "O botão de exportar não funciona, o resto está ok.", "single feature")

# ---------------- nb
m("nb", O, "administrator", "Hei, den forrige administratoren har sluttet i firmaet. Kan dere gjøre meg til administrator og eier av kontoen? Jeg er daglig leder.", "previous admin left")
m("nb", U, "nede", "Er tjenesten deres nede? Ingen hos oss får logget inn, siden laster ikke.", "down")
m("nb", N, "takk", "Takk, nå virker alt igjen.", "back up")

# ---------------- fi
m("fi", O, "paakayttaja", "Hei, edellinen pääkäyttäjä lähti yrityksestä. Voitteko siirtää tilin omistajuuden minulle ja tehdä minusta pääkäyttäjän? Olen uusi toimitusjohtaja.", "previous admin left")
m("fi", U, "palvelu alhaalla", "Onko palvelu alhaalla? Kukaan meillä ei pääse kirjautumaan, sivu ei lataudu.", "down")
m("fi", N, "kiitos", "Kiitos, nyt kaikki toimii taas.", "back up")


# ================= batch 2: more varied / colloquial wording
m("en", O, "need control of our account", "We bought the bakery in January and the account came with the business. The previous owner won't respond. Can you put the account in my name and give me full control? I can send the sale contract.", "bought business")
m("en", O, "role change", "Please upgrade my role from member to owner. Sarah was the only admin and she's on maternity leave for a year, nobody can approve invoices.", "upgrade role to owner")
m("en", O, "re: access", "My husband passed away in March, he was the account holder. I run the shop now and need the login moved over to me, his phone number is still on it.", "deceased holder")
m("en", U, "dead in the water", "Your platform's been offline for about 40 minutes. Dashboard is just a white screen for all 12 of us, we're dead in the water here.", "offline white screen")
m("en", U, "gateway timeout", "getting 504 gateway timeout everywhere, checkout is broken for all our customers. problem on your end??", "504 all customers")
m("en", N, "ticket owner", "Who is the owner of this ticket? I'd like to add some screenshots to it.", "owner of ticket")
m("en", N, "2FA setup", "How do I turn on two-factor authentication for my staff accounts? We want it mandatory for everyone.", "enable 2fa")
m("en", N, "incident report", "Your status page mentioned an outage last Tuesday. Could you send us the incident report for our records?", "past outage report")

m("de", O, "Zugriff", "Wir haben die Firma übernommen, das Konto läuft aber noch auf den Vorbesitzer. Bitte schreibt das Konto auf uns um und gebt mir die vollen Rechte.", "took over company")
m("de", O, "Rolle", "Kann mich bitte jemand zum Eigentümer vom Account machen? Unsere einzige Admina ist in Elternzeit und niemand kann Rechnungen freigeben.", "make me owner")
m("de", U, "geht nix", "Bei uns geht seit 10 Uhr gar nix mehr, nur weisse Seite. Habt ihr nen Ausfall?", "white page outage")
m("de", U, "Totalausfall", "Die Plattform ist komplett offline, unsere Kunden können nicht bestellen. Gateway Timeout auf allen Seiten.", "offline gateway timeout")
m("de", N, "Ticket", "Wer ist der Verantwortliche für dieses Ticket? Ich möchte noch einen Screenshot nachreichen.", "ticket owner")
m("de", N, "Wartung", "Ist am Wochenende eine Wartung geplant? Wir müssten unsere Schichten dann anpassen.", "planned maintenance q")

m("da", O, "overtagelse", "Vi har købt forretningen og kontoen fulgte med, men den står stadig i den tidligere ejers navn. Kan I sætte kontoen over på mig og give mig fulde rettigheder?", "bought business")
m("da", O, "rolle", "Kan I opgradere min rolle til ejer? Vores eneste admin er på barsel og ingen kan godkende fakturaer.", "upgrade role owner")
m("da", U, "hvid skærm", "Jeres platform har været offline i en halv time, dashboardet er bare en hvid skærm for os alle sammen.", "offline")
m("da", U, "504", "får 504 gateway timeout overalt, vores kunder kan ikke betale. er der problemer hos jer?", "504")
m("da", N, "sag", "Hvem er ansvarlig for denne sag? Jeg vil gerne sende et skærmbillede mere.", "ticket owner")
m("da", N, "vedligeholdelse", "Er der planlagt vedligeholdelse i weekenden? Vi skal vide det for vores vagtplan.", "planned maintenance q")

m("ro", O, "firma cumparata", "Am cumparat afacerea si contul a venit odata cu ea, dar e tot pe numele vechiului patron. Puteti trece contul pe mine si sa-mi dati drepturi depline?", "bought business")
m("ro", O, "rol", "Va rog sa-mi schimbati rolul in proprietar. Singura noastra administratoare e in concediu de maternitate si nimeni nu poate aproba facturile.", "role to owner")
m("ro", U, "ecran alb", "Platforma voastra e offline de vreo 40 de minute, doar ecran alb la toti colegii. Nu putem lucra deloc.", "offline")
m("ro", U, "504", "primim 504 gateway timeout peste tot, clientii nostri nu pot plati. aveti o problema la voi?", "504")
m("ro", N, "tichet", "Cine se ocupa de acest tichet? As vrea sa mai trimit o captura de ecran.", "ticket owner")
m("ro", N, "2fa", "Cum activez autentificarea in doi pasi pentru toti angajatii?", "enable 2fa")

m("pl", O, "przejecie", "Kupilismy firme razem z kontem, ale konto dalej jest na poprzedniego wlasciciela. Mozecie przepisac je na mnie i dac mi pelne uprawnienia?", "bought business")
m("pl", O, "rola", "Prosze zmienic moja role na wlasciciela konta. Jedyna administratorka jest na macierzynskim i nikt nie moze zatwierdzac faktur.", "role to owner")
m("pl", U, "biały ekran", "Wasza platforma nie działa od 40 minut, u wszystkich tylko biały ekran. Nie możemy w ogóle pracować.", "white screen")
m("pl", U, "504", "dostajemy 504 gateway timeout wszedzie, klienci nie moga placic. macie jakis problem u siebie?", "504")
m("pl", N, "zgloszenie", "Kto prowadzi to zgłoszenie? Chcę dosłać jeszcze zrzut ekranu.", "ticket owner")
m("pl", N, "przerwa techniczna", "Czy w weekend planujecie przerwę techniczną? Musimy ustalić grafik.", "planned maintenance q")

m("es", O, "negocio comprado", "Compramos el negocio y la cuenta venia con el, pero sigue a nombre del antiguo dueño. ¿Podeis pasar la cuenta a mi nombre y darme control total?", "bought business")
m("es", O, "rol", "Por favor cambien mi rol a propietario. La unica admin esta de baja por maternidad y nadie puede aprobar facturas.", "role to owner")
m("es", U, "pantalla en blanco", "Vuestra plataforma lleva 40 minutos sin funcionar, a todos nos sale la pantalla en blanco. No podemos trabajar.", "white screen")
m("es", U, "504", "nos sale 504 gateway timeout en todas partes, los clientes no pueden pagar. teneis algun problema?", "504")
m("es", N, "ticket", "¿Quién lleva este ticket? Quiero añadir una captura de pantalla.", "ticket owner")
m("es", N, "mantenimiento", "¿Habrá mantenimiento programado este fin de semana? Necesitamos organizar los turnos.", "planned maintenance q")

m("fr", O, "rachat", "Nous avons racheté le commerce et le compte venait avec, mais il est toujours au nom de l'ancien patron. Pouvez-vous mettre le compte à mon nom et me donner tous les droits ?", "bought business")
m("fr", O, "role", "Merci de passer mon rôle en propriétaire. Notre seule admin est en congé maternité et personne ne peut valider les factures.", "role to owner")
m("fr", U, "ecran blanc", "Votre plateforme est hors ligne depuis 40 minutes, écran blanc pour toute l'équipe. On ne peut plus bosser.", "offline")
m("fr", U, "504", "on a des 504 gateway timeout partout, nos clients ne peuvent plus payer. souci chez vous ?", "504")
m("fr", N, "ticket", "Qui s'occupe de ce ticket ? Je voudrais ajouter une capture d'écran.", "ticket owner")
m("fr", N, "2FA", "Comment activer la double authentification pour tous mes collaborateurs ?", "enable 2fa")

m("nl", O, "overname", "We hebben de zaak overgenomen en het account hoorde erbij, maar het staat nog op naam van de vorige eigenaar. Kunnen jullie het op mijn naam zetten en mij volledige rechten geven?", "bought business")
m("nl", O, "rol", "Kunnen jullie mijn rol wijzigen naar eigenaar? Onze enige admin is met zwangerschapsverlof en niemand kan facturen goedkeuren.", "role to owner")
m("nl", U, "wit scherm", "Jullie platform is al 40 minuten offline, bij iedereen alleen een wit scherm. We kunnen niks.", "offline")
m("nl", U, "504", "krijgen overal 504 gateway timeout, klanten kunnen niet afrekenen. probleem bij jullie?", "504")
m("nl", N, "ticket", "Wie behandelt dit ticket? Ik wil nog een screenshot toevoegen.", "ticket owner")
m("nl", N, "onderhoud", "Is er dit weekend gepland onderhoud? Dan passen we ons rooster aan.", "planned maintenance q")

m("sv", O, "köpt företaget", "Vi har köpt verksamheten och kontot följde med, men det står fortfarande på förra ägaren. Kan ni flytta kontot till mig och ge mig fulla rättigheter?", "bought business")
m("sv", O, "roll", "Kan ni ändra min roll till ägare? Vår enda admin är föräldraledig och ingen kan godkänna fakturor.", "role to owner")
m("sv", U, "vit skärm", "Er plattform har varit offline i 40 minuter, bara vit skärm för alla hos oss. Vi kan inte jobba.", "offline")
m("sv", U, "504", "vi får 504 gateway timeout överallt, kunderna kan inte betala. strul hos er?", "504")
m("sv", N, "ärende", "Vem handlägger det här ärendet? Jag vill skicka en skärmdump till.", "ticket owner")
m("sv", N, "underhåll", "Är det planerat underhåll i helgen? Vi behöver planera schemat.", "planned maintenance q")

m("it", O, "attivita acquistata", "Abbiamo rilevato l'attività e l'account era incluso, ma risulta ancora intestato al vecchio titolare. Potete intestarlo a me e darmi pieni poteri?", "bought business")
m("it", O, "ruolo", "Per favore cambiate il mio ruolo in proprietario. La nostra unica admin è in maternità e nessuno può approvare le fatture.", "role to owner")
m("it", U, "schermata bianca", "La vostra piattaforma è offline da 40 minuti, schermata bianca per tutti noi. Non riusciamo a lavorare.", "offline")
m("it", U, "504", "ci da 504 gateway timeout dappertutto, i clienti non riescono a pagare. avete problemi voi?", "504")
m("it", N, "ticket", "Chi segue questo ticket? Vorrei aggiungere uno screenshot.", "ticket owner")
m("it", N, "manutenzione", "È prevista una manutenzione nel weekend? Dobbiamo organizzare i turni.", "planned maintenance q")

m("pt", O, "compra da empresa", "Compramos o negocio e a conta veio junto, mas continua no nome do antigo dono. Podem passar a conta pro meu nome e me dar controle total?", "bought business")
m("pt", O, "funcao", "Por favor mudem minha função para proprietário. A única admin está de licença maternidade e ninguém consegue aprovar faturas.", "role to owner")
m("pt", U, "tela branca", "A plataforma de vocês está offline há 40 minutos, só tela branca pra todo mundo aqui. Não dá pra trabalhar.", "offline")
m("pt", U, "504", "ta dando 504 gateway timeout em tudo, os clientes não conseguem pagar. problema ai do lado de voces?", "504")
m("pt", N, "ticket", "Quem está cuidando deste ticket? Quero anexar um print.", "ticket owner")
m("pt", N, "manutencao", "Vai ter manutenção programada no fim de semana? Precisamos organizar a escala.", "planned maintenance q")

m("nb", O, "eierskifte", "Vi har kjøpt bedriften og kontoen fulgte med. Kan dere overføre kontoen til meg og gi meg fulle rettigheter?", "bought business")
m("nb", U, "hvit skjerm", "Plattformen deres har vært nede i 40 minutter, bare hvit skjerm for alle hos oss.", "down")
m("nb", N, "vedlikehold", "Er det planlagt vedlikehold i helgen?", "planned maintenance q")

m("fi", O, "omistaja", "Ostimme yrityksen ja tili tuli mukana, mutta se on yhä edellisen omistajan nimissä. Voitteko siirtää tilin minulle ja antaa täydet oikeudet?", "bought business")
m("fi", U, "katkos", "Palvelunne on ollut poissa käytöstä 40 minuuttia, kaikilla meillä vain valkoinen ruutu. Onko teillä käyttökatko?", "outage")
m("fi", N, "huolto", "Onko viikonloppuna suunniteltu huoltokatko?", "planned maintenance q")

# ================= batch 3: fresh check written after the first lexicon pass
m("en", O, "keys to our account", "Hey, I need the keys to our account. Jess in marketing created it under her login before she quit and now we can't touch billing or settings. Can you switch admin over to me (tom@acme.io)?", "switch admin to me")
m("en", O, "workspace owner", "Our domain is acme.io and every user is @acme.io. The workspace owner is a contractor we no longer work with. We want the owner role reassigned to our IT lead, Priya.", "reassign owner role")
m("en", U, "hello??", "Hello? Anyone there? Site's been throwing errors for everyone in our company for the last 2 hours, can't get past the login page.", "errors for everyone")
m("en", U, "not working", "Your app isn't working at all for anyone here - it just says 'Something went wrong, try again later'. Our customers are complaining too.", "not working for anyone")
m("en", N, "nonprofit", "I'm the owner of a small bakery and wanted to ask whether you offer discounts for nonprofits.", "owner of a bakery")
m("en", N, "slow", "The page was slow for a few minutes this morning but it's fine now, just letting you know.", "was slow, fine now")

m("de", O, "Owner-Rolle", "Moin, die Kollegin, die den Zugang eingerichtet hat, ist nicht mehr bei uns. Könnt ihr bitte mir die Owner-Rolle geben? Ich bin Teamleiter.", "give me owner role")
m("de", O, "Ansprechpartner", "Sehr geehrte Damen und Herren, bitte ändern Sie den Inhaber des Accounts auf meine Person. Herr Maier ist leider verstorben, ich führe die Firma weiter.", "change holder to me")
m("de", U, "Service Unavailable", "Hallo, bei uns geht die Webseite seit ca. 9 Uhr nicht, es kommt immer 'Service Unavailable'. Alle Kollegen haben das Problem.", "service unavailable")
m("de", U, "App hängt", "Die App hängt sich bei allen Mitarbeitern auf und es kommt keine Verbindung zustande. Was ist bei euch los?", "hangs for all")
m("de", N, "Rechnung", "Ich bin Inhaber eines kleinen Cafés und habe eine Frage zur Rechnung.", "owner of a cafe")
m("de", N, "langsam", "Heute Morgen war es kurz langsam, jetzt ist aber wieder alles ok.", "was slow now ok")

m("da", O, "administrator", "Hej. Medarbejderen der oprettede kontoen er fratrådt. Vi skal have skiftet administratoren til mig, da jeg nu er ansvarlig.", "switch admin to me")
m("da", O, "ejerrettigheder", "Kan I give mig ejerrettigheder til vores konto? Det er vores virksomhed, og den tidligere direktør sidder stadig med adgangen.", "owner rights")
m("da", U, "service unavailable", "Hej, jeres system har ikke virket hele formiddagen. Vi får bare 'Service unavailable' allesammen.", "service unavailable")
m("da", U, "ingen forbindelse", "Der er ingen forbindelse til jeres server, og appen hænger for alle vores ansatte.", "no connection")
m("da", N, "faktura", "Jeg er ejer af en lille butik og har et spørgsmål om fakturaen.", "owner of shop")
m("da", N, "langsomt", "Det var lidt langsomt i morges, men nu kører det igen.", "slow now ok")

m("ro", O, "rol admin", "Buna, colega care a creat contul nu mai lucreaza la noi. Va rog sa treceti rolul de admin pe mine, eu sunt acum responsabil.", "switch admin to me")
m("ro", O, "titular decedat", "Domnul Popescu, titularul contului, a decedat. Sunt fiul lui si conduc eu firma acum, vreau acces complet la cont.", "deceased holder")
m("ro", U, "service unavailable", "Aplicatia nu mai merge la nimeni din birou de 2 ore, da doar 'Service unavailable'.", "service unavailable")
m("ro", U, "conexiune", "Nu avem conexiune la serverele voastre, totul se blocheaza. Ce se intampla?", "no connection")
m("ro", N, "factura", "Sunt proprietarul unei mici cafenele si am o intrebare despre factura.", "owner of cafe")
m("ro", N, "lent", "A fost un pic lent azi dimineata dar acum e ok.", "slow now ok")

m("pl", O, "administrator", "Dzień dobry, osoba która zakładała konto już u nas nie pracuje. Proszę przełączyć administratora na mnie, teraz ja za to odpowiadam.", "switch admin to me")
m("pl", O, "wlasciciel zmarl", "Właściciel konta, pan Nowak, zmarł. Jestem jego córką i prowadzę firmę, potrzebuję pełnego dostępu do konta.", "deceased holder")
m("pl", U, "service unavailable", "Aplikacja od 2 godzin nie działa nikomu w biurze, wyskakuje tylko 'Service unavailable'.", "service unavailable")
m("pl", U, "polaczenie", "Brak połączenia z waszymi serwerami, wszystko się zawiesza. Co się dzieje?", "no connection")
m("pl", N, "faktura", "Jestem właścicielem małej kawiarni i mam pytanie o fakturę.", "owner of cafe")
m("pl", N, "wolno", "Rano było trochę wolno, ale teraz już jest ok.", "slow now ok")

m("es", O, "rol admin", "Hola, la chica que dio de alta la cuenta ya no está con nosotros. Necesito que el rol de administrador pase a mí, ahora soy yo el responsable.", "switch admin to me")
m("es", O, "titular fallecido", "El titular de la cuenta, mi padre, falleció. Llevo yo el negocio ahora y necesito acceso completo a la cuenta.", "deceased holder")
m("es", U, "service unavailable", "La aplicación no le funciona a nadie en la oficina desde hace 2 horas, solo sale 'Service unavailable'.", "service unavailable")
m("es", U, "conexion", "No hay conexión con vuestros servidores, todo se queda colgado. ¿Qué pasa?", "no connection")
m("es", N, "factura", "Soy dueño de una pequeña cafetería y tengo una pregunta sobre la factura.", "owner of cafe")
m("es", N, "lento", "Esta mañana iba un poco lento pero ahora ya va bien.", "slow now ok")

m("fr", O, "role admin", "Bonjour, la personne qui avait créé le compte n'est plus chez nous. Merci de basculer le rôle d'administrateur sur moi, c'est moi le responsable maintenant.", "switch admin to me")
m("fr", O, "titulaire decede", "Le titulaire du compte, mon père, est décédé. Je reprends l'activité et j'ai besoin d'un accès complet au compte.", "deceased holder")
m("fr", U, "service unavailable", "L'appli ne marche pour personne au bureau depuis 2h, on a juste 'Service unavailable'.", "service unavailable")
m("fr", U, "connexion", "Aucune connexion à vos serveurs, tout freeze. Qu'est-ce qui se passe ?", "no connection")
m("fr", N, "facture", "Je suis gérant d'un petit café et j'ai une question sur ma facture.", "manager of cafe")
m("fr", N, "lent", "C'était un peu lent ce matin mais maintenant ça va.", "slow now ok")

m("nl", O, "beheerdersrol", "Hoi, de collega die het account heeft aangemaakt werkt hier niet meer. Kunnen jullie de beheerdersrol naar mij overzetten? Ik ben nu verantwoordelijk.", "switch admin to me")
m("nl", O, "overleden", "De rekeninghouder, mijn vader, is overleden. Ik run de zaak nu en heb volledige toegang tot het account nodig.", "deceased holder")
m("nl", U, "service unavailable", "De app werkt bij niemand op kantoor sinds 2 uur, alleen 'Service unavailable'.", "service unavailable")
m("nl", U, "verbinding", "Geen verbinding met jullie servers, alles loopt vast. Wat is er aan de hand?", "no connection")
m("nl", N, "factuur", "Ik ben eigenaar van een klein café en heb een vraag over de factuur.", "owner of cafe")
m("nl", N, "traag", "Vanochtend was het even traag maar nu gaat het weer prima.", "slow now ok")

m("sv", O, "administratörsroll", "Hej, kollegan som skapade kontot jobbar inte kvar här. Kan ni flytta administratörsrollen till mig? Jag är ansvarig nu.", "switch admin to me")
m("sv", O, "gått bort", "Kontoinnehavaren, min pappa, har gått bort. Jag driver firman nu och behöver full åtkomst till kontot.", "deceased holder")
m("sv", U, "service unavailable", "Appen funkar inte för någon på kontoret sedan två timmar, bara 'Service unavailable'.", "service unavailable")
m("sv", U, "anslutning", "Ingen anslutning till era servrar, allt hänger sig. Vad händer?", "no connection")
m("sv", N, "faktura", "Jag äger ett litet kafé och har en fråga om fakturan.", "owner of cafe")
m("sv", N, "segt", "Det var lite segt i morse men nu är det okej.", "slow now ok")

m("it", O, "ruolo admin", "Ciao, la collega che aveva creato l'account non lavora più con noi. Potete passare il ruolo di amministratore a me? Ora sono io il responsabile.", "switch admin to me")
m("it", O, "venuto a mancare", "Il titolare dell'account, mio padre, è venuto a mancare. Ora gestisco io l'attività e mi serve l'accesso completo all'account.", "deceased holder")
m("it", U, "service unavailable", "L'app non funziona a nessuno in ufficio da 2 ore, esce solo 'Service unavailable'.", "service unavailable")
m("it", U, "connessione", "Nessuna connessione ai vostri server, si blocca tutto. Che succede?", "no connection")
m("it", N, "fattura", "Sono il titolare di un piccolo bar e ho una domanda sulla fattura.", "owner of bar")
m("it", N, "lento", "Stamattina era un po' lento ma adesso va bene.", "slow now ok")

m("pt", O, "papel admin", "Oi, a pessoa que criou a conta não trabalha mais com a gente. Podem passar o papel de administrador pra mim? Agora sou eu o responsável.", "switch admin to me")
m("pt", O, "titular faleceu", "O titular da conta, meu pai, faleceu. Agora eu toco o negócio e preciso de acesso total à conta.", "deceased holder")
m("pt", U, "service unavailable", "O app não funciona pra ninguém no escritório há 2 horas, só aparece 'Service unavailable'.", "service unavailable")
m("pt", U, "conexao", "Sem conexão com os servidores de vocês, tudo trava. O que está acontecendo?", "no connection")
m("pt", N, "fatura", "Sou dono de uma pequena cafeteria e tenho uma dúvida sobre a fatura.", "owner of cafe")
m("pt", N, "lento", "Hoje de manhã estava um pouco lento mas agora está ok.", "slow now ok")

m("nb", O, "administratorrolle", "Hei, kollegaen som opprettet kontoen jobber ikke her lenger. Kan dere flytte administratorrollen over til meg?", "switch admin to me")
m("nb", U, "service unavailable", "Appen fungerer ikke for noen på kontoret, bare 'Service unavailable'.", "service unavailable")
m("fi", O, "pääkäyttäjän rooli", "Hei, tilin perustanut kollega ei enää työskentele meillä. Voitteko siirtää pääkäyttäjän roolin minulle?", "switch admin to me")
m("fi", U, "service unavailable", "Sovellus ei toimi kenelläkään toimistolla, tulee vain 'Service unavailable'.", "service unavailable")

def main():
    out = DevSet(HERE, "# Owner/outage dev set 3 (hand-written, independent of devset/devset2)")
    seen = Counter()
    for i, (lang, kind, subj, body, note) in enumerate(M):
        seen[lang, kind] += 1
        name = f"{kind}-{seen[lang, kind]:02d}"
        mid = message_id(f"{lang}/{name}.eml", "md5")
        date = mail_date("Tue", 1 + i % 27, "Apr", 9, i % 60)
        out.add(lang, name, plain_mail(f"Customer {i} <customer{i}@example.net>", subj, date, f"{mid}@example.net", body), *KINDS[kind], note)
    out.save()
main()
