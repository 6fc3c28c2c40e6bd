# Generator for the devset6 angry dev set (hand-written, independent of tests/corpus). Run: python _gen.py
# Round 3: frustration without insults or "third time I write": disappointment, rhetorical questions,
# irony, negative emotion words about the service, emotional consequences, loss of trust.
# Hard negatives: calm reports, polite follow-ups, anger at oneself / a third party, "no worries", newsletters.
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, mail_date, message_id, plain_mail

HERE = Path(__file__).resolve().parent
A = "angry"
M = []

def m(lang, name, subj, body, expect, note=""):
    forbid = [] if expect else [A]
    M.append((lang, name, subj, body, expect, forbid, note))

P, N = [A], []

# ---------------- en
m("en", "pos-01", "Onboarding for the Leeds office", "Hi Sam,\n\nThanks for the call on Tuesday. A few notes from our side before the next session. The user import worked for most people, though eleven accounts came through without a department, which we fixed by hand. The room booking module is what we actually bought this for, and honestly, I expected a lot better from a company your size - half the features shown in the demo simply aren't there, and this is not what we were sold. I've had to tell our facilities team to keep using the spreadsheet for now. Could we go through the calendar sync next time?\n\nBest,\nHelen", P, "disappointment in the middle of a long mail")
m("en", "pos-02", "sync issue - ticket 88213", "Does anyone over there actually read what I write? I described the sync problem step by step, attached logs, and got a link to the FAQ back. How difficult can it possibly be to open the log file I sent you??", P, "rhetorical questions")
m("en", "pos-03", "filters gone after update", "Oh brilliant. Your 'improved' update wiped every saved filter I had. Fantastic work, really. I spent my entire Saturday rebuilding them thanks to you.", P, "irony + lost weekend")
m("en", "pos-04", "renewal", "we won't be renewing. every release breaks something else and I'm the one who has to apologise to our clients. we simply can't rely on your platform anymore and frankly it's embarrassing.", P, "loss of trust, curt")
m("en", "pos-05", "app logout", "hello, im realy tired of this, the app keep loging me out every 5 minute and its so anoying, what am i even paying for?? please fix", P, "non-native, typos, tired of, annoying")
m("en", "neg-01", "restore deleted report", "Hi, my boss is absolutely furious with me because I deleted the quarterly report by accident this morning (totally my fault). Is there any way to restore it from a backup? Thanks so much.", N, "anger at self/boss, not at company")
m("en", "neg-02", "PDF export cuts last column", "Hello, when a table is wider than the page, the PDF export cuts off the last column. Steps: open any report with 12+ columns, export to PDF, landscape. Happens in Chrome and Firefox. No rush, thanks!", N, "calm bug report")
m("en", "neg-03", "Re: invoice question", "No worries at all about the delay, I know it's been a busy week for you. Just checking in on whether there's any update on the invoice address change. Have a good weekend!", N, "no worries, polite follow-up")

# ---------------- de
m("de", "pos-01", "Ihre Rechnung vom März", "Sehr geehrte Damen und Herren,\n\nich habe Ihre Rechnung erhalten und muss sagen: ich bin maßlos enttäuscht. Für den Preis hätte ich wirklich deutlich mehr erwartet, die Hälfte der zugesagten Funktionen fehlt bis heute.\n\nMit freundlichen Grüßen\nDr. Weber", P, "formal disappointment")
m("de", "pos-02", "Adresse ändern", "Liest das bei Ihnen eigentlich überhaupt jemand? Wie schwer kann es denn bitte sein, eine Rechnungsadresse zu ändern? Ich verstehe es einfach nicht.", P, "rhetorical")
m("de", "pos-03", "Vorlagen weg", "Na super, ganz toll. Nach Ihrem Update sind alle meine Vorlagen weg und ich durfte meinen kompletten Feiertag damit verbringen, alles neu anzulegen. Danke auch.", P, "irony + lost holiday")
m("de", "pos-04", "Buchung", "Auf Sie kann man sich echt nicht mehr verlassen. Das war definitiv das letzte Mal, dass wir über Ihr Portal gebucht haben. Eine absolute Frechheit, wie hier mit Kunden umgegangen wird.", P, "loss of trust + Frechheit")
m("de", "pos-05", "login", "hallo, das ist doch echt zum verzweifeln mit eurem login, jeden morgen das gleiche spiel und es nervt einfach nur noch. macht da mal was", P, "zum verzweifeln, nervt")
m("de", "neg-01", "Datei wiederherstellen", "Hallo, mein Chef ist stinksauer auf mich, weil ich gestern aus Versehen die Kundenliste gelöscht habe. Können Sie mir helfen, sie aus dem Backup wiederherzustellen? Vielen Dank!", N, "angry boss, own fault")
m("de", "neg-02", "Nachfrage Ticket", "Hallo, kein Problem wegen der Verzögerung, ich weiß, dass gerade viel los ist. Kurze Nachfrage: Gibt es schon etwas Neues zu meinem Ticket? Viele Grüße", N, "polite follow-up")

# ---------------- da
m("da", "pos-01", "Abonnement", "Hej\n\nVi har nu brugt jeres system i et halvt år, og jeg må ærligt sige, at jeg er dybt skuffet. Det her er slet ikke det, vi betalte for, og jeres rådgiver lovede noget helt andet.\n\nMvh\nMette", P, "skuffet, ikke det vi betalte for")
m("da", "pos-02", "adresse", "Er der overhovedet nogen, der læser mine mails? Hvor svært kan det være at rette en adresse på en faktura?", P, "rhetorical")
m("da", "pos-03", "opdatering", "Fantastisk service, virkelig. Jeres opdatering slettede alle mine skabeloner, og jeg har spildt hele min fridag på at lave dem igen. Det er simpelthen for dårligt.", P, "irony + wasted day")
m("da", "pos-04", "sidste gang", "Jeg kan ikke stole på jer længere. Det er sidste gang, vi bestiller hos jer. Det er jo helt til grin.", P, "loss of trust + til grin")
m("da", "neg-01", "gendan fil", "Hej, min chef er ret sur, fordi jeg ved en fejl slettede rapporten i går. Det var min egen skyld. Kan I hjælpe mig med at gendanne den?", N, "angry boss")
m("da", "neg-02", "spørgsmål", "Hej, bare en venlig påmindelse om mit spørgsmål fra sidste uge. Ingen stress, jeg ved I har travlt. Mvh Jens", N, "polite reminder")

# ---------------- nb
m("nb", "pos-01", "Regnskapsmodulen", "Hei,\n\nVi har testet den nye regnskapsmodulen i tre uker nå. Importen av bilag fungerer greit, men rapportene er fulle av feil. Jeg er skikkelig skuffet, ærlig talt, hadde forventet mye bedre for den prisen. Kan noen ringe meg?\n\nHilsen Ola", P, "disappointment mid-mail")
m("nb", "pos-02", "faktura", "Leser noen i det hele tatt det jeg skriver? Hvor vanskelig kan det være å endre en faktura?", P, "rhetorical")
m("nb", "pos-03", "tapt dag", "Dette er helt latterlig. Jeg har mistet en hel arbeidsdag på grunn av dere, og ingen tar ansvar.", P, "latterlig, lost day")
m("nb", "pos-04", "krasj", "Flott, helt fantastisk. Appen krasjer igjen midt i kvartalsavslutningen. Jeg er så lei av dette.", P, "irony + lei av")
m("nb", "neg-01", "slettet fil", "Hei, sjefen min er irritert fordi jeg slettet filen ved en feil. Kan dere hjelpe meg å få den tilbake? Takk!", N, "angry boss")
m("nb", "neg-02", "status", "Hei! Ingen fare, jeg vet dere har mye å gjøre. Lurte bare på om det er noe nytt om saken min. Ha en fin dag.", N, "no worries")

# ---------------- sv
m("sv", "pos-01", "Avtalet", "Hej,\n\njag är otroligt besviken på hur det här har skötts. Det här är inte vad vi betalade för, och ingen av de utlovade funktionerna finns på plats.\n\nMvh\nLena", P, "besviken, not what we paid for")
m("sv", "pos-02", "fakturaadress", "Läser ens någon mina mejl? Hur svårt kan det vara att ändra en fakturaadress egentligen?", P, "rhetorical")
m("sv", "pos-03", "mallar borta", "Toppen, verkligen toppen. Uppdateringen raderade alla mina mallar och jag fick sitta hela helgen och göra om allt. Tack för det.", P, "irony + weekend")
m("sv", "pos-04", "sista gången", "Jag kan inte lita på er längre. Det här är sista gången vi använder er tjänst. Helt bedrövligt.", P, "loss of trust")
m("sv", "neg-01", "återställa rapport", "Hej, min chef är jättearg på mig för att jag raderade rapporten av misstag. Går det att återställa den från en säkerhetskopia?", N, "angry boss")
m("sv", "neg-02", "uppdatering?", "Hej, ingen fara med förseningen. Jag undrar bara om det finns någon uppdatering i ärendet. Ha en fin dag!", N, "no worries")

# ---------------- fi
m("fi", "pos-01", "Palvelu", "Hei,\n\nolen todella pettynyt teidän palveluunne. Odotin paljon parempaa näin kalliilta palvelulta, mutta mikään ei toimi niin kuin luvattiin.\n\nTerveisin Anna", P, "pettynyt, odotin parempaa")
m("fi", "pos-02", "lasku", "Lukeeko kukaan edes näitä viestejä? Kuinka vaikeaa voi olla korjata yksi lasku?", P, "rhetorical")
m("fi", "pos-03", "raportit kadonneet", "Aivan mahtavaa. Päivitys hävitti kaikki tallennetut raporttini ja koko viikonloppuni meni niiden tekemiseen uudestaan. Tämä on ihan naurettavaa.", P, "irony + naurettavaa")
m("fi", "pos-04", "viimeinen kerta", "En voi enää luottaa teihin. Tämä oli viimeinen kerta kun käytän palveluanne. Olen täysin kyllästynyt.", P, "trust + kyllästynyt")
m("fi", "neg-01", "tiedoston palautus", "Hei, pomoni on vihainen, koska poistin tiedoston vahingossa. Voitteko auttaa palauttamaan sen?", N, "angry boss")
m("fi", "neg-02", "kysymys", "Hei, ei hätää viiveen kanssa. Kysyn vain, onko asiassani mitään uutta. Kiitos!", N, "no worries")

# ---------------- nl
m("nl", "pos-01", "Abonnement", "Goedemiddag,\n\nIk ben eerlijk gezegd zwaar teleurgesteld. Hier heb ik niet voor betaald: de helft van wat in de demo werd beloofd werkt gewoon niet.\n\nMet vriendelijke groet,\nSanne", P, "teleurgesteld, niet voor betaald")
m("nl", "pos-02", "factuur", "Leest er eigenlijk wel iemand mee bij jullie? Hoe moeilijk kan het zijn om een factuur aan te passen?", P, "rhetorical")
m("nl", "pos-03", "sjablonen weg", "Geweldig hoor, echt top. Door jullie update ben ik al mijn sjablonen kwijt en heb ik mijn hele zondag verloren. Belachelijk gewoon.", P, "irony + belachelijk")
m("nl", "pos-04", "laatste keer", "Ik kan niet meer op jullie rekenen. Dit is de laatste keer dat ik bij jullie bestel. Wat een schande.", P, "trust + schande")
m("nl", "neg-01", "rapport terugzetten", "Hoi, mijn baas is woedend omdat ik per ongeluk het rapport heb verwijderd. Kunnen jullie het terugzetten? Alvast bedankt!", N, "angry boss")
m("nl", "neg-02", "vraag", "Hoi, geen probleem dat het even duurde. Is er al nieuws over mijn vraag? Groetjes, Eva", N, "polite")

# ---------------- fr
m("fr", "pos-01", "Abonnement Pro", "Bonjour,\n\nJe suis franchement très déçu. Ce n'est pas du tout ce pour quoi j'ai payé, et la moitié des fonctions promises n'existent pas.\n\nCordialement,\nLuc", P, "déçu, pas ce pour quoi j'ai payé")
m("fr", "pos-02", "adresse de facturation", "Est-ce que quelqu'un lit vraiment mes messages ? C'est si compliqué que ça de corriger une adresse ?", P, "rhetorical")
m("fr", "pos-03", "modèles effacés", "Génial, vraiment bravo. Votre mise à jour a effacé tous mes modèles, j'ai passé mon dimanche à tout refaire. C'est n'importe quoi.", P, "irony + n'importe quoi")
m("fr", "pos-04", "dernière commande", "Je ne peux plus vous faire confiance. C'est la dernière fois que je commande chez vous. Honteux.", P, "trust + honteux")
m("fr", "neg-01", "récupérer fichier", "Bonjour, mon patron est furieux parce que j'ai supprimé le fichier par erreur. Pouvez-vous m'aider à le récupérer ? Merci beaucoup", N, "angry boss")
m("fr", "neg-02", "suivi", "Bonjour, aucun souci pour le délai. Je voulais juste savoir s'il y a du nouveau sur ma demande. Bonne journée", N, "polite")

# ---------------- es
m("es", "pos-01", "Suscripción", "Hola,\n\nEstoy muy decepcionada con el servicio. Esperaba mucho más de ustedes y esto no es lo que pagué.\n\nSaludos,\nCarmen", P, "decepcionada")
m("es", "pos-02", "dirección", "¿De verdad alguien lee estos correos? ¿Tan difícil es cambiar una dirección de facturación?", P, "rhetorical")
m("es", "pos-03", "plantillas", "Genial, de verdad, genial. La actualización borró todas mis plantillas y perdí el fin de semana entero rehaciéndolo todo. Es una vergüenza.", P, "irony + vergüenza")
m("es", "pos-04", "última vez", "Ya no puedo confiar en ustedes. Es la última vez que contrato algo con esta empresa. Qué desastre.", P, "trust")
m("es", "neg-01", "recuperar informe", "Hola, mi jefe está furioso porque borré el informe sin querer. ¿Me pueden ayudar a recuperarlo? Gracias", N, "angry boss")
m("es", "neg-02", "novedades", "Hola, no pasa nada por el retraso. Solo quería saber si hay novedades sobre mi consulta. Un saludo", N, "polite")

# ---------------- it
m("it", "pos-01", "Abbonamento", "Buongiorno,\n\nsono davvero deluso. Mi aspettavo molto di più e questo non è quello per cui ho pagato.\n\nCordiali saluti,\nLuca", P, "deluso")
m("it", "pos-02", "indirizzo", "Ma qualcuno legge le mie mail? Quanto può essere difficile correggere un indirizzo?", P, "rhetorical")
m("it", "pos-03", "modelli cancellati", "Fantastico, complimenti davvero. L'aggiornamento ha cancellato tutti i miei modelli e ho perso la domenica per rifare tutto. Una vergogna.", P, "irony + vergogna")
m("it", "pos-04", "ultima volta", "Non posso più fidarmi di voi. È l'ultima volta che compro da voi. Sono stufo.", P, "trust + stufo")
m("it", "neg-01", "recupero file", "Buongiorno, il mio capo è furioso perché ho cancellato il file per sbaglio. Potete aiutarmi a recuperarlo? Grazie", N, "angry boss")
m("it", "neg-02", "novità", "Buongiorno, nessun problema per il ritardo. Volevo solo sapere se ci sono novità. Grazie mille", N, "polite")

# ---------------- pt
m("pt", "pos-01", "Assinatura", "Olá,\n\nEstou muito decepcionado. Esperava muito mais e não foi isto que paguei.\n\nCumprimentos,\nRui", P, "decepcionado")
m("pt", "pos-02", "morada", "Alguém lê mesmo os meus emails? É assim tão difícil corrigir uma morada?", P, "rhetorical")
m("pt", "pos-03", "modelos apagados", "Ótimo, parabéns mesmo. A atualização apagou todos os meus modelos e perdi o fim de semana inteiro. Uma vergonha.", P, "irony + vergonha")
m("pt", "pos-04", "última vez", "Já não posso confiar em vocês. É a última vez que uso o vosso serviço. Lamentável.", P, "trust")
m("pt", "neg-01", "recuperar ficheiro", "Olá, o meu chefe está furioso porque apaguei o ficheiro sem querer. Podem ajudar-me a recuperá-lo? Obrigado", N, "angry boss")
m("pt", "neg-02", "novidades", "Olá, sem problema pela demora. Só queria saber se há novidades. Obrigado", N, "polite")

# ---------------- pl
m("pl", "pos-01", "Abonament", "Dzień dobry,\n\njestem bardzo rozczarowany. Spodziewałem się czegoś więcej, nie za to płaciłem.\n\nPozdrawiam,\nTomasz", P, "rozczarowany")
m("pl", "pos-02", "adres", "Czy ktoś w ogóle czyta moje maile? Czy to naprawdę takie trudne poprawić adres na fakturze?", P, "rhetorical")
m("pl", "pos-03", "szablony", "Super, naprawdę super. Aktualizacja skasowała wszystkie moje szablony i straciłem cały weekend. To jest żenujące.", P, "irony + żenujące")
m("pl", "pos-04", "ostatni raz", "Nie mogę już na was polegać. To ostatni raz, kiedy korzystam z waszych usług. Skandal.", P, "trust")
m("pl", "neg-01", "odzyskanie pliku", "Dzień dobry, mój szef jest wściekły, bo przez przypadek usunąłem plik. Czy możecie pomóc go odzyskać?", N, "angry boss")
m("pl", "neg-02", "pytanie", "Dzień dobry, nic się nie stało z opóźnieniem. Chciałem tylko zapytać, czy są jakieś nowości. Pozdrawiam", N, "polite")

# ---------------- ro
m("ro", "pos-01", "Abonament", "Bună ziua,\n\nSunt foarte dezamăgit. Mă așteptam la mult mai mult, nu pentru asta am plătit.\n\nCu stimă,\nAndrei", P, "dezamăgit")
m("ro", "pos-02", "adresa", "Citește cineva măcar mesajele mele? Chiar e atât de greu să corectați o adresă?", P, "rhetorical")
m("ro", "pos-03", "șabloane", "Minunat, chiar minunat. Actualizarea mi-a șters toate șabloanele și am pierdut tot weekendul. E o bătaie de joc.", P, "irony + bătaie de joc")
m("ro", "pos-04", "ultima dată", "Nu mai pot avea încredere în voi. E ultima dată când folosesc serviciile voastre. Rușinos.", P, "trust")
m("ro", "neg-01", "recuperare fișier", "Bună ziua, șeful meu e furios pentru că am șters fișierul din greșeală. Mă puteți ajuta să-l recuperez?", N, "angry boss")
m("ro", "neg-02", "noutăți", "Bună ziua, nicio problemă cu întârzierea. Voiam doar să întreb dacă sunt noutăți. Mulțumesc", N, "polite")

# ---------------- batch 2 (written after the first tuning pass, measured before tuning on it)
m("en", "pos-06", "Order 5521", "Good afternoon,\n\nI placed order 5521 on the 3rd and paid for express delivery. The parcel tracking has said 'label created' for nine days. I have now had to cancel my daughter's birthday plans around it. Frankly, this whole experience has been a real letdown and I am not sure why I keep giving your company another chance.\n\nKind regards,\nMrs P. Collins", P, "formal, letdown, another chance")
m("en", "neg-04", "Feedback", "Hi, just wanted to say the new dashboard is great. One small thing: it would be nice if the date filter remembered my last choice. Not a big deal at all. Cheers, Tom", N, "positive feedback + feature idea")
m("de", "pos-06", "Lieferung", "Hallo,\n\nich hab jetzt zum zweiten Mal einen Liefertermin bekommen, an dem dann keiner kam. Ich habe mir dafür extra freigenommen. Langsam reicht es mir wirklich, so kann man mit Kunden nicht umgehen.\n\nGruß M. Keller", P, "reicht mir, so kann man nicht umgehen")
m("de", "neg-03", "Export-Frage", "Hallo, ich ärgere mich gerade über mich selbst, weil ich den Export falsch eingestellt habe. Können Sie mir sagen, wo ich das Datumsformat ändere? Danke!", N, "angry at self")
m("da", "pos-05", "levering", "hej. pakken er igen ikke kommet og jeg har taget fri fra arbejde for at vente på den. det er altså ikke i orden, jeg er ærlig talt rigtig sur over det her", P, "sur, ikke i orden, lowercase")
m("nb", "pos-05", "Kundeservice", "Hei. Jeg har vært kunde hos dere i åtte år, og aldri har jeg opplevd maken til dårlig oppfølging. Dere burde skamme dere. Jeg er rett og slett oppgitt.", P, "maken, skamme dere, oppgitt")
m("sv", "pos-05", "Faktura igen", "Hej! Fakturan är fel för andra månaden i rad. Jag börjar tröttna ordentligt på att behöva rätta era misstag, det är faktiskt inte mitt jobb.", P, "tröttna, era misstag")
m("sv", "neg-03", "Nyhetsbrev april", "Hej! I aprils nyhetsbrev: nya rapporter, snabbare export och tips för att slippa frustrerande dubbelarbete. Läs mer på vår blogg. Avregistrera dig här.", N, "newsletter with frustrerande")
m("fi", "pos-05", "Tilaus", "Moi, tilaus on taas myöhässä ja asiakaspalveluun ei saa yhteyttä. Alkaa oikeasti hermostuttaa, tällainen toiminta on täysin käsittämätöntä.", P, "hermostuttaa, käsittämätöntä")
m("nl", "pos-05", "levering", "hallo, voor de tweede keer een afspraak gemist door jullie monteur, ik had er speciaal een dag vrij voor genomen. ik ben het echt spuugzat en begrijp niet hoe jullie zo met klanten omgaan", P, "spuugzat, lowercase")
m("nl", "neg-03", "Nieuwsbrief", "Beste klant, is het beheren van facturen ook voor u soms frustrerend? Ontdek in deze nieuwsbrief hoe onze nieuwe module u tijd bespaart. Uitschrijven kan onderaan.", N, "newsletter rhetorical")
m("fr", "pos-05", "Livraison", "Bonjour, deuxième rendez-vous manqué par votre technicien, j'avais pris une journée de congé exprès. Je suis à bout, franchement, c'est du mépris envers vos clients.", P, "à bout, mépris")
m("es", "pos-05", "Pedido", "Buenas, otra vez el pedido llega incompleto. Estoy hasta el moño de reclamar cada mes lo mismo, no entiendo cómo pueden trabajar así.", P, "hasta el moño, no entiendo cómo")
m("es", "neg-03", "Consulta", "Hola! Ningún problema con la factura, ya lo he solucionado yo. Solo una duda: ¿cómo descargo el certificado? Gracias y buen día.", N, "calm")
m("it", "pos-05", "Consegna", "Salve, è la seconda volta che il corriere non si presenta e io ho preso un giorno di ferie per niente. Sono veramente esasperata, non è questo il modo di trattare i clienti.", P, "esasperata, non è il modo")
m("pt", "pos-05", "Encomenda", "Boa tarde, a encomenda voltou a chegar errada. Já estou sem paciência para isto, sinceramente não percebo como é que uma empresa funciona assim.", P, "sem paciência, não percebo")
m("pl", "pos-05", "Dostawa", "Dzień dobry, kurier znowu nie przyjechał, a ja wziąłem dzień urlopu. Jestem naprawdę wkurzony, tak się nie traktuje klientów.", P, "wkurzony, tak się nie traktuje")
m("pl", "neg-03", "Pytanie", "Dzień dobry, mój klient jest trochę zdenerwowany, bo zgubił hasło. Czy mogą Państwo pomóc zresetować jego dostęp? Dziękuję", N, "third-party upset")
m("ro", "pos-05", "Livrare", "Bună, a doua oară curierul nu vine deși mi-am luat liber de la muncă. Sincer nu mai am răbdare cu voi, e inadmisibil cum vă tratați clienții.", P, "nu mai am răbdare")
m("ro", "neg-03", "Întrebare", "Bună ziua, am o întrebare despre factura din martie: se poate trimite și în format PDF? Nu e nimic urgent. Mulțumesc frumos!", N, "calm")

NAMES = {"en": "Alex Reed", "de": "Karin Braun", "da": "Søren Lund", "ro": "Andrei Ionescu", "pl": "Tomasz Zieliński",
         "es": "Lucía Gómez", "fr": "Julie Moreau", "nl": "Pieter Bakker", "sv": "Anna Berg", "it": "Marco Rossi",
         "pt": "Rui Santos", "nb": "Kari Nilsen", "fi": "Mikko Laine"}

def main():
    out = DevSet(HERE, "# devset6 angry dev set (hand-written, independent of tests/corpus)")
    for i, (lang, name, subj, body, expect, forbid, note) in enumerate(M):
        dom = f"client-{lang}.example.org"
        sender = NAMES[lang]
        local = sender.split()[0].lower().encode("ascii", "ignore").decode()
        date = mail_date("Thu", 19, "Mar", 8 + i % 10, i % 60)
        mail = plain_mail(f"{sender} <{local}@{dom}>", subj, date, f"{message_id(f'd6a{lang}{name}')}@{dom}", body)
        out.add(lang, name, mail, expect, forbid, note)
    out.save()
    print(len(M), "messages")

if __name__ == "__main__":
    main()
