# Generator for the angry/urgent/manager-request/personal-contact dev set (hand-written). Run: python _gen.py
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, mail_date, message_id, plain_mail

HERE = Path(__file__).resolve().parent
ALL = ["angry", "urgent", "manager-request", "personal-contact"]
M = []  # (lang, name, subject, body, expect, forbid, note)

def m(lang, name, subj, body, expect, forbid=None, note=""):
    if forbid is None:  # forbid every tag of ours that is not expected
        forbid = [t for t in ALL if t not in expect]
    M.append((lang, name, subj, body, expect, forbid, note))

A, U, MG, P = "angry", "urgent", "manager-request", "personal-contact"

# ---------------- en
m("en", "angry-01", "AGAIN??", "This is the third time I'm writing about the same invoice. Honestly this is ridiculous. Nobody reads my emails, i get the same copy paste answer every single time. I'm sick of it.", [A], [MG, P], "third time, ridiculous, sick of it")
m("en", "angry-02", "great job", "Wow, thanks for nothing. Two weeks to 'look into it' and the export is still broken. What a joke of a company. I've had enough, seriously, I'm done with you guys once the contract ends.", [A], [MG, P, U], "sarcasm, what a joke, done with you")
m("en", "urgent-01", "need this today pls", "Hi, our payroll runs tomorrow morning and the bank file export still gives the wrong IBAN. Can someone look at it ASAP? We need it fixed before 5pm today or 40 people don't get paid.", [U], [MG, P], "payroll tomorrow")
m("en", "manager-01", "escalate please", "I'd like this escalated to someone senior. With respect, the first-line team clearly can't make this call. Please pass me on to your supervisor or whoever can actually make a decision on the credit.", [MG], [P], "someone senior, supervisor")
m("en", "personal-01", "quick q", "Hey Tom, thanks for yesterday, super helpful. Whats your direct number or mobile? Would be easier to just call you instead of going through the ticket queue each time. Or add me on LinkedIn and we'll sort it there.", [P], None, "direct number, linkedin")
m("en", "neg-01", "CSV question", "Hello, quick question when you have a moment, no rush at all: does the CSV import accept semicolons as separators? Thanks!", [], None, "calm, no rush")
m("en", "neg-02", "Re: ticket 4471", "I don't want a manager or anything, you've been great, Priya. Our office manager asked me to write and confirm that the new seats are working. Thanks again.", [], None, "no manager wanted, our manager asked")
m("en", "neg-03", "callback", "Could someone call me about upgrading to the business plan? You can reach me on my mobile 07700 900123 any time after 2pm, or on my personal email if that's easier.", [], None, "customer's own phone")
m("en", "angry-03", "unbelievable", "Are you kidding me? I've been on hold for 45 minutes AGAIN. This is absolutely unacceptable, the service is pathetic and frankly I'm fed up. Sort it out.", [A], [P], "kidding me, pathetic")

# ---------------- de
m("de", "angry-01", "Schon wieder", "Ich schreibe jetzt zum dritten Mal wegen derselben Rechnung. Langsam reicht es mir wirklich. Das ist doch ein Witz, jedes mal dieselbe Textbaustein-Antwort. Echt unverschämt.", [A], [MG, P], "dritten Mal, reicht mir")
m("de", "angry-02", "Frechheit", "Sorry aber das ist eine absolute Frechheit. Seit zwei Wochen geht der Export nicht und keiner meldet sich. Ich hab die Schnauze voll, was für ein Saftladen.", [A], [MG, P, U], "Frechheit, Schnauze voll")
m("de", "urgent-01", "DRINGEND Lohnabrechnung", "Hallo, morgen früh läuft unsere Lohnabrechnung und der Bankexport ist fehlerhaft. Bitte schnellstmöglich melden, wir brauchen das heute noch gelöst, sonst bekommen unsere Mitarbeiter kein Gehalt.", [U], [MG, P], "payroll tomorrow")
m("de", "manager-01", "Eskalation", "Ich möchte bitte mit Ihrem Vorgesetzten sprechen. Oder mit jemandem, der hier tatsächlich was entscheiden darf. Bitte leiten Sie das an die Teamleitung weiter.", [MG], [P], "Vorgesetzten, Teamleitung")
m("de", "personal-01", "kurze Frage", "Hallo Jan, danke nochmal für die Hilfe gestern! Hast du eine Handynummer unter der ich dich direkt erreichen kann? Oder schreib mir einfach auf WhatsApp, dann müssen wir nicht immer übers Ticket.", [P], None, "Handynummer, WhatsApp")
m("de", "neg-01", "Frage zum Import", "Hallo, kleine Frage, hat keine Eile: Kann man beim CSV-Import auch Semikolon als Trennzeichen nehmen? Danke und schönes Wochenende.", [], None, "keine Eile")
m("de", "neg-02", "Danke", "Kein Grund, das an einen Vorgesetzten weiterzugeben, Sie waren super hilfsbereit. Mein Chef hat mich gebeten, kurz zu bestätigen, dass alles funktioniert.", [], None, "no supervisor needed")
m("de", "neg-03", "Rückruf", "Können Sie mich wegen dem Upgrade zurückrufen? Sie erreichen mich unter meiner Handynummer 0171 2345678, gerne auch morgen.", [], None, "own phone, morgen not urgent")
m("de", "angry-03", "unfassbar", "Ich bin echt stinksauer. Das ist das Letzte! Seit Wochen werde ich vertröstet und jetzt soll ich nochmal alles einschicken?? Unglaublich, so ein Mist.", [A], [P], "stinksauer, das Letzte")

# ---------------- da
m("da", "angry-01", "igen igen", "Nu er det tredje gang jeg skriver om den samme faktura. Det er simpelthen for latterligt. Jeg er så træt af jeres standardsvar, ingen læser åbenbart hvad jeg skriver.", [A], [MG, P], "tredje gang, latterligt")
m("da", "angry-02", "tak for ingenting", "Fedt, tak for ingenting. To uger og eksporten virker stadig ikke. Det er helt uacceptabelt og jeg har fået nok. Sikke en gang pjat.", [A], [MG, P, U], "tak for ingenting, fået nok")
m("da", "urgent-01", "haster!!", "Hej, lønkørslen skal køre i morgen tidlig og bankfilen er forkert. Det haster virkelig, vi skal have det løst i dag, ellers får medarbejderne ikke løn. Svar hurtigst muligt.", [U], [MG, P], "haster, i dag")
m("da", "manager-01", "Eskalering", "Jeg vil gerne tale med din overordnede eller en leder. Du kan tydeligvis ikke tage beslutningen, så send mig videre til en der kan.", [MG], [P], "overordnede, leder")
m("da", "personal-01", "hej Mette", "Tak for hjælpen i går! Må jeg få dit mobilnummer, så jeg kan ringe direkte til dig næste gang? Eller din private mail, så vi kan snakke uden om ticketsystemet.", [P], None, "mobilnummer, private mail")
m("da", "neg-01", "spørgsmål", "Hej, et lille spørgsmål, det haster ikke: kan man importere CSV med semikolon? På forhånd tak.", [], None, "det haster ikke")
m("da", "neg-02", "tak", "Jeg har ikke brug for en leder, du har været rigtig god. Min chef bad mig bare skrive og bekræfte at de nye licenser virker.", [], None, "no manager needed")
m("da", "neg-03", "opringning", "Vil I ringe mig op angående opgradering? I kan fange mig på min mobil 22 33 44 55 efter kl. 14.", [], None, "own phone")

# ---------------- ro
m("ro", "angry-01", "iar??", "Este a treia oara cand va scriu pentru aceeasi factura. Sincer e ridicol. Nimeni nu citeste ce scriu, primesc acelasi raspuns copiat. M-am saturat.", [A], [MG, P], "a treia oara, m-am saturat")
m("ro", "angry-02", "bataie de joc", "Ce bataie de joc! De doua saptamani exportul nu merge si nimeni nu raspunde. Este absolut inacceptabil. Mi-a ajuns, serviciul vostru e penibil.", [A], [MG, P, U], "bataie de joc, inacceptabil")
m("ro", "urgent-01", "URGENT salarii", "Buna ziua, maine dimineata se ruleaza salariile si fisierul pentru banca e gresit. Va rog sa rezolvati cat mai repede, avem nevoie de solutie azi, altfel oamenii nu primesc salariul.", [U], [MG, P], "cat mai repede, azi")
m("ro", "manager-01", "escaladare", "As dori sa vorbesc cu superiorul dumneavoastra sau cu un manager. Va rog sa escaladati cazul catre cineva care poate lua o decizie.", [MG], [P], "superiorul, escaladati")
m("ro", "personal-01", "multumesc", "Multumesc mult pentru ajutor, Andrei! Imi poti da numarul tau de telefon personal? Sau sa vorbim pe WhatsApp, e mai simplu decat prin tichet.", [P], None, "numarul tau personal")
m("ro", "neg-01", "intrebare import", "Buna, o intrebare, nu e graba: pot importa CSV cu punct si virgula? Multumesc.", [], None, "nu e graba")
m("ro", "neg-02", "multumiri", "Nu am nevoie de un manager, ati fost foarte de ajutor. Managerul nostru m-a rugat sa confirm ca licentele noi functioneaza.", [], None, "no manager needed")
m("ro", "neg-03", "apel", "Ma puteti suna pentru upgrade? Ma gasiti pe mobilul meu 0722 123 456 dupa ora 14.", [], None, "own phone")

# ---------------- pl
m("pl", "angry-01", "znowu", "Piszę już trzeci raz w tej samej sprawie faktury. To jest po prostu śmieszne. Mam tego dość, za każdym razem ta sama odpowiedź kopiuj-wklej.", [A], [MG, P], "trzeci raz, mam dosc")
m("pl", "angry-02", "zenada", "Co za żenada. Dwa tygodnie i eksport dalej nie dziala, nikt nie odpisuje. To jest skandal, absolutnie nie do przyjecia. Mam was serdecznie dosc.", [A], [MG, P, U], "zenada, skandal, no diacritics")
m("pl", "urgent-01", "PILNE - wyplaty", "Dzien dobry, jutro rano puszczamy wyplaty a plik do banku jest bledny. Prosze o pilna pomoc, musimy to miec naprawione jeszcze dzisiaj, inaczej ludzie nie dostana pensji.", [U], [MG, P], "pilne, dzisiaj")
m("pl", "manager-01", "eskalacja", "Prosze o kontakt z przelozonym albo kierownikiem. Pan najwyrazniej nie moze podjac decyzji, wiec prosze przekazac sprawe komus wyzej.", [MG], [P], "przelozony, kierownik")
m("pl", "personal-01", "dzieki", "Dzieki za pomoc wczoraj, Kasia! Moge prosic o Twoj prywatny numer? Albo napisz do mnie na WhatsAppie, bedzie szybciej niz przez zgloszenie.", [P], None, "prywatny numer")
m("pl", "neg-01", "pytanie", "Dzien dobry, mam pytanie, nic pilnego: czy import CSV obsluguje srednik? Dziekuje.", [], None, "nic pilnego")
m("pl", "neg-02", "podziekowanie", "Nie potrzebuje kierownika, byla Pani bardzo pomocna. Moj szef poprosil mnie tylko, zebym potwierdzila, ze nowe licencje dzialaja.", [], None, "no manager needed")
m("pl", "neg-03", "telefon", "Czy mozecie do mnie zadzwonic w sprawie zmiany planu? Jestem dostepny pod moim numerem komorkowym 601 234 567 po 14.", [], None, "own phone")

# ---------------- es
m("es", "angry-01", "otra vez", "Es la tercera vez que escribo por la misma factura. Esto es ridículo. Estoy harto de recibir la misma respuesta copiada, nadie lee lo que escribo.", [A], [MG, P], "tercera vez, harto")
m("es", "angry-02", "vaya servicio", "Vaya tomadura de pelo. Dos semanas y la exportacion sigue sin funcionar. Es una verguenza, totalmente inaceptable. Ya estoy hasta las narices de ustedes.", [A], [MG, P, U], "tomadura de pelo, hasta las narices")
m("es", "urgent-01", "URGENTE nóminas", "Hola, mañana por la mañana pagamos las nóminas y el fichero del banco sale mal. Necesito que lo miren cuanto antes, lo necesitamos solucionado hoy mismo, si no la gente no cobra.", [U], [MG, P], "cuanto antes, hoy mismo")
m("es", "manager-01", "escalar", "Quiero hablar con su supervisor o con un responsable. Usted no puede tomar la decisión, así que por favor pásenme con alguien que sí pueda.", [MG], [P], "supervisor, responsable")
m("es", "personal-01", "gracias", "Muchas gracias por la ayuda de ayer, Lucía. ¿Me pasas tu móvil o tu whatsapp? Así te escribo directamente sin pasar por el ticket.", [P], None, "tu movil, whatsapp")
m("es", "neg-01", "duda importación", "Hola, una duda, sin prisa: ¿el importador CSV acepta punto y coma? Gracias.", [], None, "sin prisa")
m("es", "neg-02", "gracias", "No hace falta pasarlo a ningún supervisor, has sido de gran ayuda. Mi jefe me pidió que confirmara que las nuevas licencias funcionan.", [], None, "no supervisor needed")
m("es", "neg-03", "llamada", "¿Me pueden llamar por lo del cambio de plan? Pueden localizarme en mi móvil 612 345 678 a partir de las 14h.", [], None, "own phone")

# ---------------- fr
m("fr", "angry-01", "encore ??", "C'est la troisième fois que j'écris pour la même facture. C'est ridicule. J'en ai marre de recevoir la même réponse copiée-collée, personne ne lit mes messages.", [A], [MG, P], "troisieme fois, j'en ai marre")
m("fr", "angry-02", "bravo", "Bravo, vraiment. Deux semaines et l'export ne marche toujours pas. C'est du foutage de gueule, totalement inadmissible. J'en ai ras le bol de votre service.", [A], [MG, P, U], "foutage de gueule, ras le bol")
m("fr", "urgent-01", "URGENT paie", "Bonjour, la paie part demain matin et le fichier bancaire est faux. Merci de regarder au plus vite, il nous faut une solution aujourd'hui même, sinon les salariés ne seront pas payés.", [U], [MG, P], "au plus vite")
m("fr", "manager-01", "escalade", "Je souhaite parler à votre responsable ou à un superviseur. Vous ne pouvez visiblement pas trancher, merci de transmettre à quelqu'un qui a le pouvoir de décider.", [MG], [P], "responsable, superviseur")
m("fr", "personal-01", "merci", "Merci pour votre aide hier, Julien ! Vous pourriez me donner votre numéro perso ? Ou on s'ajoute sur Insta, ce sera plus simple que le ticket.", [P], None, "numero perso, insta")
m("fr", "neg-01", "question import", "Bonjour, petite question, rien d'urgent : l'import CSV accepte-t-il le point-virgule ? Merci.", [], None, "rien d'urgent")
m("fr", "neg-02", "merci", "Pas besoin de responsable, vous avez été super. Mon manager m'a demandé de confirmer que les nouvelles licences fonctionnent.", [], None, "no manager needed")
m("fr", "neg-03", "rappel", "Pouvez-vous me rappeler pour le changement d'offre ? Vous pouvez me joindre sur mon portable au 06 12 34 56 78 après 14h.", [], None, "own phone")

# ---------------- nl
m("nl", "angry-01", "alweer", "Dit is de derde keer dat ik mail over dezelfde factuur. Echt belachelijk. Ik ben het spuugzat, elke keer hetzelfde standaardantwoord.", [A], [MG, P], "derde keer, spuugzat")
m("nl", "angry-02", "top service hoor", "Nou, top service hoor. Twee weken en de export werkt nog steeds niet. Dit is echt een grap, volstrekt onacceptabel. Ik ben er helemaal klaar mee.", [A], [MG, P, U], "sarcasm, klaar mee")
m("nl", "urgent-01", "SPOED salarissen", "Hoi, morgenochtend draait de salarisrun en het bankbestand klopt niet. Graag zo snel mogelijk kijken, het moet vandaag nog opgelost zijn anders krijgt niemand salaris.", [U], [MG, P], "spoed, vandaag nog")
m("nl", "manager-01", "escalatie", "Ik wil graag uw leidinggevende spreken, of iemand die wel beslissingen mag nemen. Kunt u dit doorzetten naar een manager?", [MG], [P], "leidinggevende")
m("nl", "personal-01", "bedankt", "Thanks voor de hulp gisteren, Sanne! Mag ik je 06-nummer? Of app me even, dan hoeven we niet steeds via het ticket.", [P], None, "06-nummer, app me")
m("nl", "neg-01", "vraagje", "Hallo, een vraagje, geen haast: kan de CSV-import ook puntkomma's aan? Dank je.", [], None, "geen haast")
m("nl", "neg-02", "bedankt", "Ik hoef geen manager te spreken hoor, je hebt me super geholpen. Mijn leidinggevende vroeg me even te bevestigen dat de nieuwe licenties werken.", [], None, "no manager needed")
m("nl", "neg-03", "terugbellen", "Kunnen jullie mij terugbellen over het upgraden? Ik ben bereikbaar op mijn mobiel 06 12345678 na 14 uur.", [], None, "own phone")

# ---------------- sv
m("sv", "angry-01", "igen", "Det här är tredje gången jag skriver om samma faktura. Det är helt löjligt. Jag är så trött på era standardsvar, ingen läser ju vad jag skriver.", [A], [MG, P], "tredje gangen, lojligt")
m("sv", "angry-02", "tack för inget", "Tack för inget. Två veckor och exporten funkar fortfarande inte. Helt oacceptabelt, jag har fått nog. Vilket skämt till företag.", [A], [MG, P, U], "tack for inget, fatt nog")
m("sv", "urgent-01", "BRÅDSKANDE lön", "Hej, lönekörningen går i morgon bitti och bankfilen blir fel. Det är bråttom, vi måste ha det fixat idag annars får ingen lön. Snälla återkom snarast.", [U], [MG, P], "brattom, snarast")
m("sv", "manager-01", "eskalering", "Jag vill prata med din chef eller någon ansvarig. Du kan uppenbarligen inte fatta beslutet, så skicka vidare till någon som kan.", [MG], [P], "din chef")
m("sv", "personal-01", "tack", "Tack för hjälpen igår, Erik! Kan jag få ditt mobilnummer så jag kan ringa dig direkt? Eller lägg till mig på LinkedIn.", [P], None, "ditt mobilnummer")
m("sv", "neg-01", "fråga", "Hej, en liten fråga, ingen brådska: klarar CSV-importen semikolon? Tack.", [], None, "ingen bradska")
m("sv", "neg-02", "tack", "Jag behöver ingen chef, du har varit jättebra. Min chef bad mig bara bekräfta att de nya licenserna fungerar.", [], None, "no manager needed")
m("sv", "neg-03", "samtal", "Kan ni ringa mig om uppgraderingen? Ni når mig på min mobil 070-123 45 67 efter kl 14.", [], None, "own phone")

# ---------------- it
m("it", "angry-01", "di nuovo", "È la terza volta che scrivo per la stessa fattura. È ridicolo. Sono stufo di ricevere sempre la stessa risposta copiata, nessuno legge quello che scrivo.", [A], [MG, P], "terza volta, stufo")
m("it", "angry-02", "complimenti", "Complimenti davvero. Due settimane e l'export ancora non funziona. Una vergogna, assolutamente inaccettabile. Ne ho piene le scatole.", [A], [MG, P, U], "sarcasm, piene le scatole")
m("it", "urgent-01", "URGENTE stipendi", "Buongiorno, domattina partono gli stipendi e il file per la banca è sbagliato. Vi prego di verificare il prima possibile, serve risolto entro oggi altrimenti i dipendenti non vengono pagati.", [U], [MG, P], "prima possibile, entro oggi")
m("it", "manager-01", "escalation", "Vorrei parlare con un suo superiore o con il responsabile. Lei non può decidere, quindi per favore passi la pratica a qualcuno che possa farlo.", [MG], [P], "superiore, responsabile")
m("it", "personal-01", "grazie", "Grazie mille per l'aiuto di ieri, Marco! Mi lasci il tuo numero di cellulare? Così ti scrivo su WhatsApp invece di aprire ogni volta un ticket.", [P], None, "tuo cellulare")
m("it", "neg-01", "domanda", "Buongiorno, una domanda, nessuna fretta: l'import CSV accetta il punto e virgola? Grazie.", [], None, "nessuna fretta")
m("it", "neg-02", "grazie", "Non serve nessun responsabile, è stata gentilissima. Il mio capo mi ha chiesto di confermare che le nuove licenze funzionano.", [], None, "no manager needed")
m("it", "neg-03", "chiamata", "Potete chiamarmi per l'upgrade? Mi trovate sul mio cellulare 333 1234567 dopo le 14.", [], None, "own phone")

# ---------------- pt
m("pt", "angry-01", "de novo", "É a terceira vez que escrevo sobre a mesma fatura. Isto é ridículo. Estou farto de receber sempre a mesma resposta copiada, ninguém lê o que escrevo.", [A], [MG, P], "terceira vez, farto")
m("pt", "angry-02", "que piada", "Que piada. Duas semanas e a exportação continua sem funcionar. Uma vergonha, totalmente inaceitável. Já chega, estou de saco cheio de vocês.", [A], [MG, P, U], "saco cheio")
m("pt", "urgent-01", "URGENTE salários", "Bom dia, amanhã de manhã processamos os salários e o ficheiro do banco está errado. Precisamos disto resolvido hoje, o mais rápido possível, senão ninguém recebe.", [U], [MG, P], "mais rapido possivel")
m("pt", "manager-01", "escalar", "Quero falar com o seu superior ou com um gerente. Você não pode decidir, por isso encaminhe para alguém que possa.", [MG], [P], "superior, gerente")
m("pt", "personal-01", "obrigado", "Obrigado pela ajuda ontem, Rita! Pode me passar seu celular ou whats? Fica mais fácil falar direto do que pelo ticket.", [P], None, "seu celular, whats")
m("pt", "neg-01", "dúvida", "Olá, uma dúvida, sem pressa: a importação CSV aceita ponto e vírgula? Obrigado.", [], None, "sem pressa")
m("pt", "neg-02", "obrigado", "Não preciso de nenhum gerente, você foi ótima. O meu chefe pediu-me para confirmar que as novas licenças funcionam.", [], None, "no manager needed")
m("pt", "neg-03", "ligação", "Podem me ligar sobre o upgrade? Podem me encontrar no meu celular (11) 91234-5678 depois das 14h.", [], None, "own phone")

# ---------------- nb
m("nb", "angry-01", "igjen", "Dette er tredje gang jeg skriver om samme faktura. Helt latterlig. Jeg er så lei av standardsvarene deres, jeg har fått nok.", [A], [MG, P], "tredje gang, lei av")
m("nb", "manager-urgent-01", "haster", "Jeg vil snakke med sjefen din eller en leder. Det haster, lønna skal ut i morgen og filen er feil. Vi må ha det løst i dag.", [MG, U], [P], "sjefen din, haster")
m("nb", "personal-01", "takk", "Takk for hjelpen, Ingrid! Kan jeg få mobilnummeret ditt? Så kan jeg ringe deg direkte neste gang.", [P], None, "mobilnummeret ditt")

# ---------------- fi
m("fi", "angry-01", "taas", "Tämä on jo kolmas kerta kun kirjoitan samasta laskusta. Tämä on naurettavaa. Olen niin kyllästynyt teidän vakiovastauksiin, ei hyväksyttävää.", [A], [MG, P], "kolmas kerta, kyllastynyt")
m("fi", "urgent-manager-01", "KIIREELLINEN", "Palkat maksetaan huomenna aamulla ja pankkitiedosto on väärin. Tämä on kiireellinen, tarvitsemme ratkaisun tänään. Haluan puhua esimiehesi kanssa.", [U, MG], [P], "kiireellinen, esimies")
m("fi", "personal-01", "kiitos", "Kiitos avusta, Mikko! Saisinko sinun puhelinnumerosi? Voisin soittaa suoraan tai laittaa viestiä WhatsAppissa.", [P], None, "puhelinnumerosi")

# ================= batch 2: less canonical wording, written before reading the lexicons in detail
# ---------------- en
m("en", "angry-04", "Re: Re: Re: still not fixed", "so let me get this straight. you charged us twice, your 'specialist' promised a callback that never came, and now you want me to fill in a form?? unreal. honestly i'm losing my patience with you people", [A], [P], "indirect, losing patience")
m("en", "angry-05", "what is going on over there", "Seriously guys, I'm beyond annoyed at this point. Every week something new breaks and nobody ever gets back to me. This is a shambles and I'm fed up to the back teeth.", [A], [P, MG], "shambles, back teeth")
m("en", "urgent-02", "customers waiting", "Our checkout has been failing since this morning and we have customers waiting at the till. Every hour this stays broken costs us money. Please treat this as top priority and get back to me within the hour.", [U], [P, MG], "customers waiting, every hour costs")
m("en", "manager-02", "who is in charge", "Who is actually in charge there? I want to talk to somebody higher up, a team lead, a head of support, anyone with authority. Please put me in touch with them.", [MG], [P], "higher up, head of support")
m("en", "personal-02", "outside the ticket", "Hi Sarah, you're the only one who ever understood our setup. What's your private email so we can talk outside the ticket system? Or I can text you if you give me your cell.", [P], [MG, U, A], "private email, cell")
m("en", "urgent-03", "deadline Friday", "We go live with the new store on Friday and still can't connect the payment module. This is time critical, we need an answer by end of day tomorrow at the latest.", [U], [P, MG], "go live friday, time critical")

# ---------------- de
m("de", "angry-04", "wirklich?", "Ich fass es nicht. Dreimal angerufen, zweimal vertröstet, und jetzt heißt es, das Ticket wurde geschlossen?! Ihr wollt mich doch auf den Arm nehmen. Meine Geduld ist am Ende.", [A], [P], "fass es nicht, Geduld am Ende")
m("de", "urgent-02", "Kunden warten", "Unser Kassensystem streikt seit heute morgen, die Kunden stehen Schlange. Jede Stunde kostet uns bares Geld. Bitte umgehend zurückmelden, das hat oberste Priorität!", [U], [P, MG], "Kunden warten, umgehend")
m("de", "manager-02", "Beschwerde", "Ich möchte, dass sich jemand aus der Geschäftsleitung bei mir meldet. Mit Ihnen am Telefon komme ich nicht weiter, geben Sie mir bitte jemanden mit Entscheidungsbefugnis.", [MG], [P], "Geschäftsleitung, Entscheidungsbefugnis")
m("de", "personal-02", "privat", "Hi Lena, kannst du mir deine private Mailadresse geben? Dann kann ich dir die Unterlagen direkt schicken, ohne Ticket. Oder wir connecten uns auf Insta.", [P], [U, A, MG], "private Mailadresse, Insta")

# ---------------- da
m("da", "angry-04", "seriøst?", "Seriøst, det her er helt til grin. Jeg har ventet i 3 uger og ingen gider svare. Jeg er godt og grundigt træt af jer, det er sidste gang jeg handler her.", [A], [P, MG], "til grin, træt af jer")
m("da", "urgent-02", "kunder venter", "Vores webshop kan ikke tage imod betalinger og kunderne venter. Hver time koster os penge, så det skal løses med det samme. Giv lyd inden frokost.", [U], [P, MG], "med det samme")
m("da", "manager-02", "ansvarlig", "Jeg ønsker at få sagen eskaleret til en ansvarlig eller en teamleder. Jeg vil have fat i en der faktisk kan træffe en beslutning.", [MG], [P], "teamleder, eskaleret")
m("da", "personal-02", "facebook", "Hej Jonas! Kan jeg skrive til dig på Messenger eller Facebook i stedet? Eller send mig dit private nummer, så er det nemmere.", [P], [U, A, MG], "messenger, private nummer")

# ---------------- ro
m("ro", "angry-04", "serios?", "Serios acum? Trei saptamani de asteptare si tot nimic. Mi-am pierdut rabdarea cu voi, e o rusine ce se intampla. Sunteti de tot rasul.", [A], [P, MG], "pierdut rabdarea, de tot rasul")
m("ro", "urgent-02", "clientii asteapta", "Plata online nu merge de azi dimineata si clientii asteapta. Fiecare ora ne costa bani, va rog sa tratati cu prioritate maxima si sa raspundeti imediat.", [U], [P, MG], "prioritate maxima, imediat")
m("ro", "manager-02", "sef", "Vreau sa vorbesc cu seful dumneavoastra sau cu cineva din conducere. Dati-mi pe cineva care chiar poate decide ceva.", [MG], [P], "seful, conducere")
m("ro", "personal-02", "instagram", "Salut Maria, ai Instagram sau Facebook? Te pot adauga acolo, sau da-mi adresa ta de email personala ca sa vorbim direct.", [P], [U, A, MG], "instagram, email personal")

# ---------------- pl
m("pl", "angry-04", "serio?", "Serio? Trzy tygodnie czekam i dalej nic. Ręce opadają. Traktujecie klientów jak idiotów i szczerze mówiąc, skończyła mi się cierpliwość.", [A], [P, MG], "rece opadaja, cierpliwosc")
m("pl", "urgent-02", "klienci czekaja", "Platnosci w sklepie nie dzialaja od rana, klienci czekaja. Kazda godzina to dla nas strata. Prosze o natychmiastowa reakcje, sprawa priorytetowa!", [U], [P, MG], "natychmiastowa, priorytetowa")
m("pl", "manager-02", "szef", "Chce rozmawiac z Pana szefem albo z kims z kierownictwa. Prosze mnie przelaczyc do osoby, ktora moze podjac decyzje.", [MG], [P], "szef, kierownictwo")
m("pl", "personal-02", "fb", "Hej Ania, masz moze Facebooka albo Instagrama? Dodam Cie, latwiej bedzie pogadac. Albo podaj mi swojego prywatnego maila.", [P], [U, A, MG], "facebook, prywatny mail")

# ---------------- es
m("es", "angry-04", "en serio?", "¿En serio? Tres semanas esperando y nada. Se me está acabando la paciencia con vosotros, esto es de chiste. Qué desastre de empresa, de verdad.", [A], [P, MG], "acabando la paciencia, de chiste")
m("es", "urgent-02", "clientes esperando", "Los pagos de la tienda online fallan desde esta mañana y tenemos clientes esperando. Cada hora nos cuesta dinero, por favor respondan de inmediato, es prioritario.", [U], [P, MG], "de inmediato, prioritario")
m("es", "manager-02", "encargado", "Quiero hablar con el encargado o con alguien de más arriba. Necesito a alguien con capacidad de decisión, no otra plantilla de respuesta.", [MG], [P], "encargado, mas arriba")
m("es", "personal-02", "insta", "Hola Pablo, ¿tienes Instagram o Facebook? Te agrego y hablamos por ahí, o pásame tu correo personal.", [P], [U, A, MG], "instagram, correo personal")

# ---------------- fr
m("fr", "angry-04", "sérieusement ?", "Sérieusement ? Trois semaines d'attente et toujours rien. Je perds patience, c'est n'importe quoi. Vous vous moquez de vos clients.", [A], [P, MG], "perds patience, n'importe quoi")
m("fr", "urgent-02", "clients en attente", "Le paiement en ligne plante depuis ce matin et nos clients attendent. Chaque heure nous coûte de l'argent, merci de traiter en priorité et de revenir vers moi dans l'heure.", [U], [P, MG], "dans l'heure, en priorite")
m("fr", "manager-02", "chef", "Je veux parler à votre chef ou à quelqu'un de la direction. Passez-moi quelqu'un qui peut prendre une décision, s'il vous plaît.", [MG], [P], "chef, direction")
m("fr", "personal-02", "whatsapp", "Salut Camille, tu as WhatsApp ? Envoie-moi ton 06 et on règle ça en direct, ce sera plus rapide que le support.", [P], [U, A, MG], "ton 06")

# ---------------- nl
m("nl", "angry-04", "serieus?", "Serieus? Drie weken wachten en nog steeds niks. Mijn geduld is op. Dit slaat werkelijk nergens op, wat een zooitje.", [A], [P, MG], "geduld op, slaat nergens op")
m("nl", "urgent-02", "klanten wachten", "Onze kassa werkt sinds vanochtend niet en de klanten staan te wachten. Elk uur kost ons geld, dus graag per direct oppakken. Hoge prioriteit!", [U], [P, MG], "per direct")
m("nl", "manager-02", "hogerop", "Ik wil dit graag hogerop leggen. Verbind me door met een teamleider of iemand die hier wel over gaat.", [MG], [P], "hogerop, teamleider")
m("nl", "personal-02", "insta", "Hey Tim, heb je Insta of Facebook? Dan voeg ik je toe. Of geef me je privé mailadres, praat wat makkelijker.", [P], [U, A, MG], "insta, prive mail")

# ---------------- sv
m("sv", "angry-04", "allvarligt?", "Allvarligt talat? Tre veckor och fortfarande ingenting. Mitt tålamod är slut. Det här är rena skämtet, skärp er.", [A], [P, MG], "talamod slut, skarp er")
m("sv", "urgent-02", "kunder väntar", "Betalningarna i butiken funkar inte sedan i morse och kunderna står och väntar. Varje timme kostar oss pengar, åtgärda omgående tack.", [U], [P, MG], "omgaende")
m("sv", "manager-02", "ansvarig", "Jag vill att ärendet eskaleras till en chef eller teamledare. Koppla mig till någon som faktiskt kan ta beslut.", [MG], [P], "teamledare, eskaleras")
m("sv", "personal-02", "insta", "Hej Sara! Har du Insta eller Facebook? Då lägger jag till dig. Eller skicka din privata mejl så kan vi prata direkt.", [P], [U, A, MG], "insta, privata mejl")

# ---------------- it
m("it", "angry-04", "sul serio?", "Sul serio? Tre settimane di attesa e ancora niente. Ho perso la pazienza, è una presa in giro. Siete davvero ridicoli.", [A], [P, MG], "presa in giro, perso la pazienza")
m("it", "urgent-02", "clienti in attesa", "I pagamenti nel negozio online non vanno da stamattina e abbiamo clienti in attesa. Ogni ora ci costa soldi, vi prego di intervenire subito, massima priorità.", [U], [P, MG], "subito, massima priorita")
m("it", "manager-02", "capo", "Voglio parlare con il suo capo o con qualcuno della direzione. Mi passi qualcuno che possa prendere una decisione.", [MG], [P], "capo, direzione")
m("it", "personal-02", "insta", "Ciao Sara, hai Instagram o Facebook? Ti aggiungo, o dammi la tua mail personale che ci sentiamo lì.", [P], [U, A, MG], "instagram, mail personale")

# ---------------- pt
m("pt", "angry-04", "sério?", "Sério? Três semanas à espera e nada. Perdi a paciência convosco, isto é uma palhaçada. Que falta de respeito.", [A], [P, MG], "palhacada, falta de respeito")
m("pt", "urgent-02", "clientes à espera", "Os pagamentos da loja online falham desde esta manhã e temos clientes à espera. Cada hora custa-nos dinheiro, por favor resolvam imediatamente, é prioridade máxima.", [U], [P, MG], "imediatamente, prioridade maxima")
m("pt", "manager-02", "responsável", "Quero falar com o responsável ou com alguém da direção. Passe-me a alguém que possa tomar uma decisão.", [MG], [P], "responsavel, direcao")
m("pt", "personal-02", "insta", "Oi Bruno, você tem Instagram ou Facebook? Te adiciono lá, ou me passa seu e-mail pessoal pra gente conversar direto.", [P], [U, A, MG], "instagram, email pessoal")

# ---------------- nb
m("nb", "angry-02", "seriøst?", "Seriøst? Tre uker og fortsatt ingenting. Jeg har mistet tålmodigheten, dette er helt håpløst. Skjerp dere.", [A], [P, MG], "haplost, skjerp dere")
m("nb", "neg-01", "spørsmål", "Hei, et lite spørsmål, det haster ikke: støtter CSV-importen semikolon? Takk.", [], None, "haster ikke")

# ---------------- fi
m("fi", "angry-02", "oikeasti?", "Oikeasti? Kolme viikkoa odotusta eikä mitään. Minulla meni hermot, tämä on ihan pelleilyä. Aivan käsittämätöntä.", [A], [P, MG], "meni hermot, pelleilya")
m("fi", "neg-01", "kysymys", "Hei, pieni kysymys, ei kiirettä: tukeeko CSV-tuonti puolipistettä? Kiitos.", [], None, "ei kiiretta")

# ================= batch 3: written after the lexicon pass, never tuned on (honest hold-out inside devset3)
m("en", "b3-angry-01", "Re: order 8812", "I honestly cannot believe how badly this has been handled. Four emails, zero answers, and my card got charged anyway. I'm absolutely livid and frankly embarrassed I recommended you to anyone.", [A], [P, MG], "b3")
m("en", "b3-urgent-01", "invoices blocked", "Our accountant needs the invoices exported before the tax filing closes at noon tomorrow. Please can someone help today, we really are against the clock here.", [U], [P, MG, A], "b3")
m("en", "b3-manager-01", "complaint", "I'd like to lodge a complaint and speak with whoever manages your support team. The agents keep reading from a script.", [MG], [P], "b3")
m("en", "b3-personal-01", "thanks Dave", "Dave you're a legend. Any chance you'd share your personal WhatsApp? I'd rather ping you directly next time than wait in the queue.", [P], [A, U, MG], "b3")
m("en", "b3-neg-01", "Re: manager question", "Our finance manager would like a copy of last year's invoices for the audit, whenever it suits. Thanks a lot for the quick help last week!", [], None, "b3 manager not requested")
m("de", "b3-angry-01", "Unmöglich", "Ganz ehrlich, so was hab ich noch nie erlebt. Dreimal versprochen, dreimal nichts passiert. Ich bin stinkwütend und fühle mich komplett verschaukelt.", [A], [P, MG], "b3")
m("de", "b3-urgent-01", "Bitte heute!", "Wir müssen die Rechnungen bis morgen 12 Uhr beim Steuerberater haben. Bitte helfen Sie uns heute noch, uns läuft die Zeit davon.", [U], [P, MG], "b3")
m("de", "b3-personal-01", "Danke Tim", "Tim, du bist super! Gibst du mir deine private Nummer? Dann ruf ich dich beim nächsten Mal einfach direkt an.", [P], [A, U, MG], "b3")
m("fr", "b3-angry-01", "Inadmissible", "Franchement, c'est du jamais vu. Trois promesses, rien de fait. Je suis hors de moi, vous prenez vraiment vos clients pour des imbéciles.", [A], [P, MG], "b3")
m("fr", "b3-manager-01", "réclamation", "Je voudrais que mon dossier soit examiné par un supérieur, les conseillers ne font que répéter la même chose.", [MG], [P], "b3")
m("es", "b3-angry-01", "Increíble", "De verdad que no me lo creo. Tres promesas y nada. Estoy que echo chispas, nos tratáis como si fuéramos tontos.", [A], [P, MG], "b3")
m("es", "b3-urgent-01", "facturas", "Necesitamos las facturas antes de mañana a mediodía para Hacienda. Por favor ayúdennos hoy, vamos contra reloj.", [U], [P, MG], "b3")
m("it", "b3-angry-01", "Assurdo", "Sinceramente non ho mai visto una cosa del genere. Tre promesse e niente. Sono furioso, ci trattate come degli idioti.", [A], [P, MG], "b3")
m("it", "b3-personal-01", "grazie Luca", "Luca sei un grande! Mi daresti il tuo numero privato? Così la prossima volta ti chiamo direttamente.", [P], [A, U, MG], "b3")
m("pt", "b3-urgent-01", "faturas", "Precisamos das faturas até amanhã ao meio-dia para a contabilidade. Por favor ajudem hoje, estamos contra o relógio.", [U], [P, MG], "b3")
m("pt", "b3-manager-01", "reclamação", "Gostaria que o meu caso fosse analisado por um supervisor, os atendentes só repetem a mesma coisa.", [MG], [P], "b3")
m("nl", "b3-angry-01", "Ongelofelijk", "Eerlijk, zoiets heb ik nog nooit meegemaakt. Drie keer beloofd, drie keer niks. Ik ben woest en voel me compleet in het ootje genomen.", [A], [P, MG], "b3")
m("nl", "b3-urgent-01", "facturen", "De facturen moeten morgen voor 12 uur bij de boekhouder liggen. Help ons alsjeblieft vandaag, we zitten echt krap in de tijd.", [U], [P, MG], "b3")
m("sv", "b3-angry-01", "Otroligt", "Ärligt talat har jag aldrig varit med om något liknande. Tre löften, inget händer. Jag är så arg och känner mig lurad.", [A], [P, MG], "b3")
m("sv", "b3-manager-01", "klagomål", "Jag vill att någon överordnad tittar på mitt ärende, handläggarna upprepar bara samma sak.", [MG], [P], "b3")
m("da", "b3-urgent-01", "fakturaer", "Vi skal have fakturaerne til revisoren inden i morgen kl. 12. Hjælp os venligst i dag, vi er virkelig presset på tid.", [U], [P, MG], "b3")
m("da", "b3-angry-01", "utroligt", "Ærligt talt har jeg aldrig oplevet noget lignende. Tre løfter, intet sker. Jeg er rasende og føler mig snydt.", [A], [P, MG], "b3")
m("pl", "b3-manager-01", "reklamacja", "Prosze, aby moja sprawa zajal sie ktos wyzszy ranga, konsultanci tylko powtarzaja to samo.", [MG], [P], "b3")
m("pl", "b3-personal-01", "dzieki Marek", "Marek jestes super! Dasz mi swoj prywatny numer? Nastepnym razem zadzwonie bezposrednio do ciebie.", [P], [A, U, MG], "b3")
m("ro", "b3-angry-01", "incredibil", "Sincer, n-am mai vazut asa ceva. Trei promisiuni, nimic facut. Sunt furioasa si ma simt pacalita.", [A], [P, MG], "b3")
m("ro", "b3-urgent-01", "facturi", "Avem nevoie de facturi pana maine la ora 12 pentru contabil. Va rog ajutati-ne azi, suntem in criza de timp.", [U], [P, MG], "b3")
m("nb", "b3-urgent-01", "fakturaer", "Vi må ha fakturaene til regnskapsføreren innen i morgen kl. 12. Vær så snill og hjelp oss i dag, vi har dårlig tid.", [U], [P, MG], "b3")
m("fi", "b3-angry-01", "uskomatonta", "Rehellisesti, en ole ikinä kokenut mitään vastaavaa. Kolme lupausta, ei mitään. Olen todella vihainen ja tunnen itseni huijatuksi.", [A], [P, MG], "b3")

NAMES = {"en": "Alex Morgan", "de": "Jana Weber", "da": "Søren Holm", "ro": "Ioana Pop", "pl": "Piotr Nowak",
         "es": "Carmen Ruiz", "fr": "Luc Martin", "nl": "Bram de Vries", "sv": "Karin Lund", "it": "Giulia Bianchi",
         "pt": "João Costa", "nb": "Ola Berg", "fi": "Aino Virtanen"}

def main():
    out = DevSet(HERE, "# angry / urgent / manager-request / personal-contact dev set (hand-written, independent of tests/corpus)")
    for i, (lang, name, subj, body, expect, forbid, note) in enumerate(M):
        dom = f"kunde-{lang}.example.net"
        sender = NAMES[lang]
        local = sender.split()[0].lower().replace("ø", "o").replace("ã", "a")
        date = mail_date("Tue", 17, "Mar", 8 + i % 10, i % 60)
        mail = plain_mail(f"{sender} <{local}@{dom}>", subj, date, f"{message_id(f'{lang}{name}')}@{dom}", body)
        out.add(lang, name, mail, expect, forbid, note)
    out.save()
    print(len(M), "messages")

if __name__ == "__main__":
    main()
