#!/usr/bin/env python3
"""devset6 abuse-outage: fresh hand-written set for abusive and outage (round 3).
Edit here and re-run; it rewrites manifest.toml and <lang>/*.eml."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, forbid_others, mail_date, message_id, plain_mail

TAGS = ["abusive", "outage"]
HERE = Path(__file__).resolve().parent
A, O = "abusive", "outage"

M = []
def m(lang, name, expect, note, subject, body):
    M.append((lang, name, expect, note, subject, body.strip()))

# ---------------- en
m("en", "a1", [A], "comparison insult inside a long mail", "Order 5512 - third chat",
"""Hello,

I ordered two replacement filters on the 4th. The tracking says delivered, the box in my hands says otherwise: one filter, wrong size. I explained this in chat on Monday and again on Wednesday.

Honestly a trained monkey could do your job better than the muppet I spoke to yesterday, he asked me for the order number four times in ten minutes.

Please send the right filter. I am not paying return postage for your mistake.
Graham""")
m("en", "a2", [A], "wishing harm + questioning intelligence, curt", "re: refund",
"""can none of you read?? I wrote CANCELLED in capitals. hope whoever handled this gets fired, seriously.""")
m("en", "a3", [A], "doxxing threat against named agent", "Your employee Lisa",
"""Lisa from your billing team thinks she can hang up on me. I've found her on LinkedIn and I'm going to post her full name and her photo everywhere so people know what a useless cow she is.""")
m("en", "o1", [O], "effect: customers can't pay, question", "checkout?",
"""Hi, since about 8 this morning none of our customers can complete a payment in the shop, the card step just hangs. Is something wrong on your side? We're losing orders every minute.""")
m("en", "o2", [O], "effect: whole team can't work, non-native", "urgent problem",
"""Hello support, we cannot work at all today, the program is not opening for anybody in our company since 9 o'clock. Please tell us what is happening.""")
m("en", "n1", [], "swearing at the bug and self-deprecating; single export broken", "CSV export",
"""Hi, I'm probably being an idiot here but the stupid CSV export keeps giving me an empty file. Damn thing worked last week. Everything else in the app is fine. Could you check? Thanks, Rob""")

# ---------------- de
m("de", "a1", [A], "comparison + contempt, formal register", "Beschwerde",
"""Sehr geehrte Damen und Herren,

ich habe am 12. eine Rücksendung angemeldet und bis heute keine Gutschrift erhalten. Man hat mich dreimal weiterverbunden.

Mein Hund hätte mir am Telefon kompetenter geholfen als Ihre Mitarbeiterin. Sie sind ein Haufen unfähiger Clowns.

Mit freundlichen Grüßen
K. Brandt""")
m("de", "a2", [A], "wishing harm, informal", "unfassbar",
"""Ich hoffe ehrlich, dass der Typ von gestern seinen Job verliert. Fahrt doch alle zur Hölle mit eurem Laden.""")
m("de", "o1", [O], "status word Störung + effect", "Störung seit heute früh?",
"""Hallo, gibt es bei Ihnen eine Störung? Seit heute früh kann bei uns im Büro keiner mehr arbeiten, die Oberfläche bleibt einfach weiß.""")
m("de", "o2", [O], "question: is it just us", "Liegt es an uns?",
"""Hallo zusammen,
liegt das an uns oder habt ihr gerade Probleme? Unsere Kasse bekommt seit einer Stunde keine Verbindung zu euren Servern, und die Filialen in Köln und Bonn melden dasselbe.
Gruß, Tim""")
m("de", "n1", [], "single feature broken + Hölle used harmlessly", "PDF-Export",
"""Hallo, der PDF-Export hängt bei mir, der Rest läuft ganz normal. Die letzte Woche war die Hölle bei uns im Lager, deshalb melde ich mich erst jetzt. Danke!""")

# ---------------- da
m("da", "a1", [A], "comparison + intelligence", "Ordre 8812",
"""Hej,
Min hund kunne give bedre kundeservice end jer. Er I helt hjernedøde derude? Jeg har skrevet ordrenummeret tre gange.""")
m("da", "a2", [A], "wishing harm + contempt", "Klage",
"""Jeg håber den medarbejder der lagde røret på bliver fyret. I er nogle værdiløse idioter allesammen.""")
m("da", "o1", [O], "driftsforstyrrelse inflected", "Driftsforstyrrelse?",
"""Hej, er der driftsforstyrrelser hos jer i dag? Vores butik kan ikke tage imod betalinger, og intet på siden indlæses siden kl. 10.""")
m("da", "o2", [O], "effect: nobody can work", "Vi kan ikke arbejde",
"""Hej support, vi kan slet ikke arbejde. Systemet er nede for hele kontoret siden i morges. Hvornår er det oppe igen?""")
m("da", "n1", [], "resolved yesterday, one report fails", "Rapport",
"""Hej, tak for hjælpen i går, alt kører igen. Kun månedsrapporten viser en fejl, resten virker fint.""")

# ---------------- nb
m("nb", "a1", [A], "comparison + idiots", "Bestilling",
"""Hei. En ape kunne gjort jobben deres bedre. Dere er noen udugelige idioter hele gjengen.""")
m("nb", "a2", [A], "wishing harm + intelligence", "Klage på kundeservice",
"""Håper hun som svarte meg i går får sparken. Kan dere ikke lese, eller er dere bare dumme?""")
m("nb", "o1", [O], "driftsforstyrrelse + effect", "Driftsforstyrrelse",
"""Hei, har dere driftsforstyrrelser nå? Ingen av oss på kontoret kommer inn i systemet siden klokka ni.""")
m("nb", "o2", [O], "effect: customers can't pay", "Nettbutikken",
"""Hei, nettbutikken vår har vært nede hele formiddagen, kundene får ikke betalt. Er det noe feil hos dere?""")
m("nb", "n1", [], "single feature, polite", "Eksport",
"""Hei, eksport til Excel gir en feilmelding hos meg, ellers fungerer alt som det skal. Takk!""")

# ---------------- sv
m("sv", "a1", [A], "comparison + contempt", "Ärende 4412",
"""Hej,
jag har nu väntat i tre veckor på min återbetalning. Min katt hade kunnat ge bättre support än er. Ni är ett gäng odugliga clowner.
/Per""")
m("sv", "a2", [A], "wishing harm", "Handläggaren",
"""Jag hoppas att handläggaren jag pratade med får sparken. Dra åt helvete allihop.""")
m("sv", "o1", [O], "driftstörning inflected", "Driftstörning?",
"""Hej, har ni en driftstörning just nu? Hela vår butik är offline och kunderna kan inte betala sedan i morse.""")
m("sv", "o2", [O], "question: problems on your side, effect", "Något fel hos er?",
"""Hej! Är det något fel hos er? Ingenting laddar sedan kl 9 och ingen på kontoret kan jobba. Vi har testat olika datorer och nätverk.""")
m("sv", "o3", [O], "long rambling mail, key sentence in middle", "Fråga om faktura och annat",
"""Hej,

först en fråga om fakturan för mars, den verkar ha dubbla rader för licenserna. Kan ni kolla det?

Sedan det viktigare: sedan lunch är appen helt död för alla våra säljare, den visar bara en tom sida. Ingen kommer åt kundregistret.

Och till sist, kan vi få en offert på fem licenser till?
Mvh Anna""")
m("sv", "n1", [], "planned maintenance question + harmless 'idiot' self", "Planerat underhåll",
"""Hej, jag var en idiot och missade ert mejl: kommer tjänsten vara nere under det planerade underhållet på söndag? Tack!""")

# ---------------- nl
m("nl", "a1", [A], "comparison + intelligence", "Bestelling 771",
"""Mijn hond kan nog betere klantenservice geven dan jullie. Zijn jullie nou echt zo dom of doen jullie alsof?""")
m("nl", "a2", [A], "wishing harm + contempt", "Klacht medewerker",
"""Ik hoop dat die medewerker van gisteren ontslagen wordt. Jullie zijn een stelletje waardeloze prutsers.""")
m("nl", "o1", [O], "storing inflected + effect", "Storing?",
"""Hoi, is er een storing bij jullie? Onze hele webshop is sinds vanochtend offline en klanten kunnen niet afrekenen.""")
m("nl", "o2", [O], "question + nothing loads", "Problemen?",
"""Hallo, hebben jullie problemen? Er laadt helemaal niets meer sinds 9 uur, bij al onze collega's. Wij kunnen niet werken.""")
m("nl", "n1", [], "single feature", "Factuur downloaden",
"""Hallo, het downloaden van een factuur lukt niet, de rest van het portaal werkt prima. Kunnen jullie kijken?""")

# ---------------- fr
m("fr", "a1", [A], "comparison + intelligence", "Commande 3321",
"""Bonjour,
Un singe ferait mieux votre travail. Vous êtes tous débiles ou quoi ? Ça fait trois fois que j'envoie le même numéro.""")
m("fr", "a2", [A], "wishing harm + sexist slur at agent", "Votre conseillère",
"""J'espère que votre conseillère d'hier va se faire virer, cette pétasse m'a raccroché au nez. Allez tous au diable.""")
m("fr", "o1", [O], "panne + effect", "Panne en cours ?",
"""Bonjour, y a-t-il une panne chez vous ? Depuis ce matin plus rien ne s'affiche et aucun de nos vendeurs ne peut travailler.""")
m("fr", "o2", [O], "question + customers can't pay", "Problème général ?",
"""Bonjour, avez-vous un souci de votre côté ? Nos clients ne peuvent plus payer sur la boutique depuis 9h, la page reste blanche pour tout le monde.""")
m("fr", "n1", [], "swearing at a bug, one feature", "Export",
"""Bonjour, ce foutu export PDF ne marche pas, c'est débile. Le reste du logiciel fonctionne bien. Merci de regarder.""")

# ---------------- es
m("es", "a1", [A], "comparison + intelligence", "Pedido 9912",
"""Hola,
Un mono haría vuestro trabajo mejor. ¿Sois tontos o qué? Llevo una semana esperando el reembolso.""")
m("es", "a2", [A], "wishing harm + contempt", "Reclamación",
"""Ojalá despidan a la inútil que me atendió ayer. Sois una panda de incompetentes, idos a la mierda.""")
m("es", "o1", [O], "caída inflected + effect", "¿Caída del servicio?",
"""Buenas, ¿hay alguna caída? Desde esta mañana no podemos trabajar, no carga nada en la plataforma para ninguno de la oficina.""")
m("es", "o2", [O], "question + customers can't pay", "Problema con la tienda",
"""Hola, ¿tenéis algún problema? Nuestros clientes no pueden pagar desde las 9, la tienda se queda en blanco para todos.""")
m("es", "n1", [], "one feature, self-deprecating", "Informe",
"""Hola, seguramente soy un tonto pero el informe mensual me da error. Todo lo demás funciona bien. Gracias.""")

# ---------------- it
m("it", "a1", [A], "comparison + intelligence", "Ordine 5521",
"""Buongiorno,
una scimmia farebbe il vostro lavoro meglio. Ma siete scemi o cosa? Ho scritto il numero d'ordine tre volte.""")
m("it", "a2", [A], "wishing harm + contempt", "Reclamo operatore",
"""Spero che l'operatore di ieri venga licenziato. Siete una banda di incompetenti, andate all'inferno.""")
m("it", "o1", [O], "guasto + effect", "Guasto in corso?",
"""Salve, c'è un guasto da voi? Da stamattina non riusciamo a lavorare, il gestionale non si apre su nessun computer dell'ufficio.""")
m("it", "o2", [O], "question + nothing loads", "Problemi?",
"""Buongiorno, avete problemi? Non si carica niente dalle 9 e i nostri clienti non riescono a pagare.""")
m("it", "n1", [], "single feature + harmless inferno", "Esportazione",
"""Buongiorno, l'esportazione in Excel mi dà errore, il resto funziona. Settimana d'inferno in magazzino, scusate il ritardo.""")

# ---------------- pt
m("pt", "a1", [A], "comparison + intelligence", "Encomenda 7711",
"""Olá,
Um macaco fazia o vosso trabalho melhor. Vocês são burros ou quê? Já mandei o número três vezes.""")
m("pt", "a2", [A], "wishing harm + contempt", "Reclamação",
"""Espero que a atendente de ontem seja despedida. Vocês são um bando de incompetentes, vão para o inferno.""")
m("pt", "o1", [O], "interrupção + effect", "Interrupção do serviço?",
"""Bom dia, há alguma interrupção no serviço? Desde as 9h não conseguimos trabalhar, nada carrega para ninguém no escritório.""")
m("pt", "o2", [O], "question + customers can't pay", "Problema geral?",
"""Olá, estão com algum problema? Os nossos clientes não conseguem pagar na loja desde manhã, aparece uma página em branco.""")
m("pt", "n1", [], "single feature", "Relatório",
"""Olá, o relatório mensal dá erro ao exportar, o resto da plataforma funciona bem. Obrigado.""")

# ---------------- pl
m("pl", "a1", [A], "comparison + intelligence", "Zamówienie 4411",
"""Dzień dobry,
małpa zrobiłaby waszą robotę lepiej. Czy wy jesteście upośledzeni? Trzeci raz podaję numer zamówienia.""")
m("pl", "a2", [A], "wishing harm + contempt", "Skarga",
"""Mam nadzieję, że ta konsultantka z wczoraj wyleci z roboty. Jesteście bandą nieudaczników, idźcie do diabła.""")
m("pl", "o1", [O], "awaria inflected + effect", "Awaria?",
"""Dzień dobry, czy macie awarię? Od rana nie możemy pracować, nic się nie wczytuje na żadnym komputerze w biurze.""")
m("pl", "o2", [O], "question + customers can't pay", "Problem ze sklepem",
"""Cześć, czy u was coś się dzieje? Nasi klienci od 9 nie mogą zapłacić w sklepie, strona jest pusta dla wszystkich.""")
m("pl", "n1", [], "single feature", "Eksport",
"""Dzień dobry, eksport do PDF nie działa u mnie, reszta systemu działa normalnie. Dziękuję.""")

# ---------------- ro
m("ro", "a1", [A], "comparison + intelligence", "Comanda 3312",
"""Bună ziua,
o maimuță v-ar face treaba mai bine. Sunteți proști sau ce? Am trimis numărul de trei ori.""")
m("ro", "a2", [A], "wishing harm + contempt", "Reclamație",
"""Sper să fie concediată operatoarea de ieri. Sunteți o adunătură de incompetenți, duceți-vă dracului.""")
m("ro", "o1", [O], "avarie + effect", "Avarie?",
"""Bună ziua, aveți o avarie? De azi dimineață nu putem lucra, nu se încarcă nimic la nimeni din birou.""")
m("ro", "o2", [O], "question + customers can't pay", "Problemă?",
"""Bună, aveți probleme? Clienții noștri nu pot plăti în magazin de la ora 9, apare o pagină goală pentru toată lumea.""")
m("ro", "n1", [], "single feature", "Export",
"""Bună ziua, exportul în Excel dă eroare la mine, restul aplicației merge bine. Mulțumesc.""")

# ---------------- fi
m("fi", "a1", [A], "comparison + intelligence", "Tilaus 2231",
"""Hei,
apina hoitaisi teidän työnne paremmin. Oletteko te ihan aivottomia? Olen lähettänyt tilausnumeron kolme kertaa.""")
m("fi", "a2", [A], "wishing harm + contempt", "Valitus",
"""Toivottavasti eilinen asiakaspalvelija saa potkut. Te olette täysin hyödyttömiä idiootteja, painukaa helvettiin.""")
m("fi", "a3", [A], "doxxing threat", "Asiakaspalvelija Sanna",
"""Sanna teiltä luuli voivansa katkaista puhelun. Julkaisen hänen nimensä ja kuvansa somessa, niin kaikki näkevät millainen idiootti hän on.""")
m("fi", "o1", [O], "häiriö inflected + effect", "Häiriö?",
"""Hei, onko teillä häiriö? Aamusta asti emme pysty tekemään töitä, mikään ei lataudu kenelläkään toimistolla.""")
m("fi", "o2", [O], "customers can't pay", "Verkkokauppa",
"""Hei, verkkokauppamme on ollut alhaalla koko aamupäivän, asiakkaat eivät pysty maksamaan. Onko vika teidän päässä?""")
m("fi", "n1", [], "single feature + self-deprecation", "Raportti",
"""Hei, olen varmaan idiootti, mutta kuukausiraportin vienti antaa virheen. Muuten kaikki toimii. Kiitos!""")

# ================= batch 2 (written after the lexicon change, measured before any further edit)
m("en", "b1", [A], "intelligence + comparison, rambling", "booking ref KX99",
"""Right, so I rang on Tuesday, then Thursday, and today. Each time the person on the line sounded like they were reading off a cereal box. Is everyone in your call centre this thick or do you hire them specially? My eight year old could run your helpdesk with more sense.""")
m("en", "b2", [O], "effect + question, curt", "tills",
"""our tills stopped taking card payments at 7:40 across all 3 stores. is there a problem at your end???""")
m("en", "x1", [], "hard negative: hope + fired webhook, dog, blank page once", "webhook question",
"""Hi, I hope the order webhook gets fired only once per order now, yesterday it came twice. Also my dog says hi to Tom :) One of my users saw a blank page on the invoice tab, but a refresh fixed it. Thanks!""")
m("en", "x2", [], "hard negative: single user can't pay invoice since morning", "Can't pay invoice",
"""Hello, since this morning I can't pay my invoice with my Amex card, it says declined. Other cards work fine. Could you check my account?""")
m("de", "b1", [A], "contempt, formal + wish harm", "Ihr Mitarbeiter Herr K.",
"""Ich wünsche mir wirklich, dass Herr K. für dieses Gespräch entlassen wird. So eine Ansammlung von Vollpfosten habe ich selten erlebt.""")
m("de", "b2", [O], "status question, Ausfall, effect", "Kasse tot",
"""Moin, ist bei euch was kaputt? Seit halb acht geht in allen drei Läden an der Kasse gar nichts mehr, keine Kartenzahlung möglich.""")
m("de", "x1", [], "hard negative: hope contract cancelled, single feature", "Kündigung",
"""Hallo, ich hoffe, der alte Vertrag wird jetzt endlich gekündigt und nicht mehr abgebucht. Außerdem bleibt bei mir die Rechnungsseite leer, der Rest geht. Danke!""")
m("da", "b1", [A], "comparison + contempt", "Igen",
"""Selv en guldfisk ville huske mit sagsnummer bedre end jeres medarbejdere. Sikke en flok klovne.""")
m("da", "b2", [O], "effect, nobody can log", "Kan ikke komme på",
"""Hej, ingen af os kan komme ind i programmet siden kl. 8, vi står helt stille her på kontoret. Er der noget galt hos jer?""")
m("da", "x1", [], "hard negative: hope package out + bunch of mails", "Pakke",
"""Hej, jeg håber pakken bliver sendt i dag. Jeg har fået en bunke mails om det, men ingen tracking. Mvh""")
m("nb", "b1", [A], "wish harm + insult", "Klage",
"""Jeg håper sjefen deres sparker hele gjengen. Dere er noen inkompetente tullinger.""")
m("nb", "b2", [O], "outage via effect", "Ingenting virker",
"""Hei, ingenting virker hos oss siden i morges, appen laster bare og ingen av de ansatte får logget inn. Er det feil hos dere?""")
m("sv", "b1", [A], "doxxing + insult", "Er handläggare",
"""Jag kommer att lägga ut hennes namn och bild på Facebook så alla ser vilken inkompetent kossa hon är.""")
m("sv", "b2", [O], "question + effect, no status word", "Strul?",
"""Hej, strular det hos er idag? Ingen av våra kassor får kontakt med servern sedan halv nio.""")
m("sv", "x1", [], "hard negative: hope package goes out, heap of mails", "Paket",
"""Hej, hoppas paketet åker ut idag. Jag har fått en hög värdelösa utskick men ingen spårning. Tack""")
m("nl", "b1", [A], "intelligence question + contempt", "Weer fout",
"""Zijn jullie achterlijk of zo? Wat een bende amateuristische sukkels daar.""")
m("nl", "b2", [O], "storing + effect", "Alles ligt eruit",
"""Goedemorgen, bij ons ligt alles eruit sinds 8 uur, niemand kan inloggen op het portaal. Is er een storing?""")
m("nl", "x1", [], "hard negative: hoop + zooi", "Bestelling",
"""Hallo, ik hoop dat de bestelling vandaag verstuurd wordt. Wat een zooi aan waardeloze mails kreeg ik trouwens, graag afmelden.""")
m("fr", "b1", [A], "wish harm + contempt", "Votre service",
"""J'espère sincèrement que le type qui m'a répondu se fera virer. Quelle bande d'incapables.""")
m("fr", "b2", [O], "outage via effect + question", "Plus rien",
"""Bonjour, est-ce normal que plus personne ne puisse se connecter depuis 8h ? Toute l'agence est bloquée.""")
m("fr", "x1", [], "hard negative: virer money + tas de fichiers nuls", "Remboursement",
"""Bonjour, j'espère que vous pourrez virer le remboursement cette semaine. J'ai reçu un tas de fichiers nuls en pièce jointe, merci de renvoyer la facture.""")
m("es", "b1", [A], "comparison + insult", "Atención pésima",
"""Hasta mi abuela de 90 años atendería mejor que el chaval que me cogió el teléfono. Sois una pandilla de ineptos.""")
m("es", "b2", [O], "effect + question", "¿Pasa algo?",
"""Hola, ¿os pasa algo? Desde las 8 ninguno de los TPV de las tiendas puede cobrar y la web no abre.""")
m("es", "x1", [], "hard negative: montón de correos inútiles, single report", "Correos",
"""Hola, recibo un montón de correos inútiles cada día, ¿podéis darme de baja? Además el informe de ventas me sale vacío. Gracias.""")
m("it", "b1", [A], "intelligence + wish harm", "Vergogna",
"""Siete tutti ritardati? Spero che il vostro capo vi cacci a calci.""")
m("it", "b2", [O], "disservizio-like effect", "Fermi",
"""Buongiorno, siamo completamente fermi: da stamattina nessun operatore riesce ad accedere al gestionale. Avete un disservizio in corso?""")
m("it", "x1", [], "hard negative: product guasto, spero", "Lavatrice",
"""Buongiorno, c'è un guasto alla lavatrice che ho comprato, fa rumore. Spero che il tecnico passi presto. Grazie.""")
m("pt", "b1", [A], "contempt + doxxing", "A vossa funcionária",
"""Vou expor o nome dela nas redes sociais. Cambada de incompetentes.""")
m("pt", "b2", [O], "effect, nobody can work", "Sistema em baixo",
"""Bom dia, ninguém aqui consegue trabalhar desde as 8h, o sistema simplesmente não abre. Passa-se alguma coisa do vosso lado?""")
m("pt", "x1", [], "hard negative: product avaria + monte de emails", "Avaria no aparelho",
"""Olá, o aparelho que comprei tem uma avaria no ecrã. Recebi um monte de emails inúteis mas nenhuma resposta. Obrigado.""")
m("pl", "b1", [A], "comparison + contempt", "Obsługa",
"""Nawet chomik lepiej by obsłużył klienta niż wasz konsultant. Zgraja tępaków.""")
m("pl", "b2", [O], "effect + awaria inflected", "Nic nie działa",
"""Dzień dobry, od godziny żaden z naszych sklepów nie może przyjmować płatności. Czy to jakaś awaria po waszej stronie?""")
m("pl", "x1", [], "hard negative: hope package flies out", "Paczka",
"""Dzień dobry, mam nadzieję, że paczka wyleci dziś z magazynu. Dziękuję.""")
m("ro", "b1", [A], "wish harm + insult", "Reclamație",
"""Sper să vă dea afară pe toți. Sunteți niște incapabili.""")
m("ro", "b2", [O], "effect + question", "Nu merge nimic",
"""Bună ziua, de la 8 dimineața nu merge nimic, niciun coleg nu se poate loga. E o problemă la voi?""")
m("fi", "b1", [A], "comparison + intelligence", "Palaute",
"""Kultakalakin muistaisi asiani paremmin kuin teidän asiakaspalvelunne. Oletteko te ihan pölvästejä?""")
m("fi", "b2", [O], "effect + question", "Kassat",
"""Hei, kassamme eivät ole ottaneet vastaan korttimaksuja aamukahdeksasta asti. Onko teillä jokin vika?""")
m("fi", "x1", [], "hard negative: heap of useless mails", "Sähköpostit",
"""Hei, saan joukko hyödyttömiä sähköposteja joka päivä. Toivottavasti saatte sen korjattua. Kiitos""")

def main():
    out = DevSet(HERE, "# devset6 abuse-outage: fresh hand-written set for abusive and outage (round 3)")
    for i, (lang, name, expect, note, subject, body) in enumerate(M):
        h = message_id(f"6ao{lang}{name}")
        date = mail_date("Fri", 3, "Apr", 9 + i % 8, i % 60)
        mail = plain_mail(f"Customer {lang.upper()} <c{h[:6]}@mail-{lang}.example>", subject, date, f"{h}@mail-{lang}.example", body)
        out.add(lang, name, mail, expect, forbid_others(TAGS, expect), note)
    out.save(clean=True)  # the language folders hold only this script's mails
    print(len(M), "messages")

if __name__ == "__main__":
    main()
