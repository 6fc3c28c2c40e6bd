# Generator for the devset5 angry/urgent dev set (hand-written, independent of tests/corpus). Run: python _gen.py
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, mail_date, message_id, plain_mail

HERE = Path(__file__).resolve().parent
A, U = "angry", "urgent"
ALL = [A, U]
M = []

def m(lang, name, subj, body, expect, note="", forbid=None):
    if forbid is None:
        forbid = [t for t in ALL if t not in expect]
    M.append((lang, name, subj, body, expect, forbid, note))

# ---------------- en
m("en", "angry-01", "Invoice 4471 - duplicate charge", "Hi,\n\nI'm writing about the duplicate charge on our March invoice. We use your tool across the whole accounting team and it's mostly been fine, but this is now the fourth email I've sent about this same charge and not one person has bothered to respond. I've honestly wasted hours on this. Can someone please finally look at it.\n\nRegards,\nMark", [A], "fourth email, nobody responded, wasted hours")
m("en", "angry-02", "Re: Re: your ticket has been updated", "Well done, another canned reply that doesn't even touch my question. Cheers for that. Six years we've been customers and frankly I'm done - unless someone actually reads what I wrote we'll be moving the account to one of your competitors at the end of the month.", [A], "sarcasm + leaving to competitor")
m("en", "angry-03", "still waiting...", "hi again. chased this on monday, chased it on wednesday, still nothing back from you lot. how hard can it be to reply to an email?? every day this drags on is costing us money", [A], "chased twice, still nothing, rhetorical question")
m("en", "urgent-01", "export broken - payroll tomorrow morning", "Hello, the CSV export has been failing since this afternoon. Our payroll provider needs the file by 8am tomorrow or nobody on our staff gets paid this month. Please can someone look at this tonight.", [U], "payroll deadline tomorrow 8am")
m("en", "urgent-02", "Launch Thursday noon", "Hi team, quick one: we go live with the new shop on Thursday at noon and the payment page still shows the test banner. If that isn't fixed before then we'll be turning customers away on launch day. Could you get back to me within the next couple of hours?", [U], "launch, before then, within hours")
m("en", "neg-01", "invoice address", "Hi, no hurry on this one, whenever someone gets a chance next week. I'm following up on my earlier email because I forgot to attach the PDF - here it is. Thanks again for the quick help last time!", [], "follow-up, no hurry")
m("en", "neg-02", "Only 24 hours left - summer webinar series", "Don't miss out: our summer webinar series starts tomorrow. Register today, seats are limited. You are receiving this email because you subscribed to our newsletter. Unsubscribe", [], "newsletter with time words")
m("en", "neg-03", "cancel extra seat", "Hello, could you please cancel the extra seat we added by mistake last week? We're switching the intern to a shared login instead. Thanks a lot, you've always been very helpful.", [], "calm cancel/switch")

# ---------------- de
m("de", "angry-01", "Immer noch keine Reaktion", "Guten Tag,\n\nseit drei Wochen versuche ich, die doppelte Abbuchung geklärt zu bekommen. Ich habe mehrfach geschrieben und zweimal angerufen, passiert ist gar nichts. Niemand meldet sich zurück. Ich weiß echt nicht, wie oft ich das noch erklären soll.\n\nMfG\nK. Braun", [A], "mehrfach geschrieben, nichts passiert, niemand meldet sich")
m("de", "angry-02", "Kündigung", "Vielen Dank auch für die hilfreiche Antwort, die meine Frage komplett ignoriert. Ganz großes Kino. Wir sind seit 2019 Kunde, aber nach diesem Theater wechseln wir zum nächsten Quartal zu einem anderen Anbieter.", [A], "sarcasm, wechseln Anbieter")
m("de", "urgent-01", "Export kaputt – Lohnlauf morgen", "Hallo, der Export der Lohndaten bricht seit heute Mittag ab. Die Gehälter müssen bis morgen 10 Uhr an die Bank, sonst bekommen 60 Mitarbeiter ihr Geld nicht pünktlich. Bitte melden Sie sich noch heute Abend.", [U], "bis morgen 10 Uhr, heute Abend")
m("de", "urgent-02", "Messe übermorgen", "Hallo zusammen, wir stehen ab Donnerstag früh auf der Messe und die Demo-Umgebung lässt sich nicht starten. Das muss spätestens morgen Nachmittag laufen, sonst stehen wir vor den Kunden ohne Produkt da.", [U], "spätestens morgen, Konsequenz")
m("de", "neg-01", "Rückfrage Rechnungsadresse", "Hallo, ich melde mich nochmal kurz, weil ich in meiner letzten Mail den Anhang vergessen hatte. Keine Eile, es reicht völlig, wenn Sie sich nächste Woche darum kümmern. Danke für die schnelle Hilfe beim letzten Mal!", [], "nochmal gemeldet, keine Eile")
m("de", "neg-02", "Nur noch heute: 20 % auf alle Jahrespläne", "Jetzt zugreifen! Das Angebot endet heute um Mitternacht. Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben. Abmelden", [], "newsletter")

# ---------------- da
m("da", "angry-01", "Stadig intet svar", "Hej\n\nDet er nu tredje gang jeg skriver til jer om den forkerte faktura, og jeg har stadig ikke hørt et ord. Jeg ringede også i fredags, men ingen ringede tilbage. Jeg er ærligt talt ved at være godt træt af at jagte jer.\n\nMvh\nSøren", [A], "tredje gang, stadig ikke hørt")
m("da", "angry-02", "Opsigelse", "Tak for ingenting. Jeg har ventet to uger på en løsning og fik et standardsvar der intet har med mit problem at gøre. Vi skifter til en anden udbyder fra næste måned.", [A], "tak for ingenting, skifter udbyder")
m("da", "urgent-01", "Lønkørsel i morgen", "Hej, vi kan ikke eksportere lønfilen, og den skal være hos banken senest i morgen kl. 9, ellers får vores ansatte ikke løn. Kan I kigge på det i dag?", [U], "senest i morgen, i dag")
m("da", "urgent-02", "webshop nede før kampagne", "Hej! Vores kampagne starter i aften kl 20 og kurven virker ikke. Hvis det ikke er fikset inden da, mister vi en masse salg. Ring gerne hurtigst muligt.", [U], "i aften, inden da, mister salg")
m("da", "neg-01", "Spørgsmål", "Hej igen, jeg skriver lige en gang til, fordi jeg glemte at vedhæfte filen. Det haster overhovedet ikke, bare svar når I har tid. Tak for sidst!", [], "skriver igen, haster ikke")
m("da", "neg-02", "Kun i dag: 30% rabat", "Skynd dig - tilbuddet udløber i aften ved midnat. Du modtager denne mail, fordi du har tilmeldt dig vores nyhedsbrev. Afmeld", [], "newsletter")

# ---------------- nb
m("nb", "angry-01", "Fortsatt ikke svar", "Hei,\ndette er fjerde gang jeg sender e-post om den doble trekningen. Ingen har svart, og ingen har ringt meg tilbake slik dere lovet. Jeg har brukt altfor mye tid på dette nå.\nHilsen Kari", [A], "fjerde gang, ingen har svart")
m("nb", "angry-02", "Sier opp", "Supert, enda et automatisk svar. Takk for ingenting. Jeg har vært kunde i fem år, men nå sier jeg opp abonnementet og går over til en konkurrent.", [A], "sarcasm, sier opp, konkurrent")
m("nb", "urgent-01", "Lansering i morgen", "Hei! Vi lanserer nettbutikken i morgen kl. 10 og betalingssiden virker ikke. Hvis dette ikke er løst innen i kveld, mister vi salg fra første dag. Kan dere se på det med en gang?", [U], "i morgen, innen i kveld")
m("nb", "neg-01", "Faktura", "Hei igjen, jeg sender en ny e-post fordi jeg glemte vedlegget. Ingen hast, det holder fint om dere ser på det neste uke. Takk for god hjelp sist!", [], "ingen hast")
m("nb", "neg-02", "Siste sjanse", "Bare i dag: halv pris på alle kurs. Meld deg på nå. Du mottar denne e-posten fordi du abonnerer på nyhetsbrevet vårt. Meld deg av", [], "newsletter")

# ---------------- sv
m("sv", "angry-01", "Fortfarande inget svar", "Hej,\njag har nu mejlat er fyra gånger om samma fel på fakturan och har fortfarande inte fått något svar. Ingen hör av sig. Det är helt otroligt hur ni behandlar era kunder.\nMvh Anna", [A], "fyra gånger, fortfarande inget svar")
m("sv", "angry-02", "Uppsägning", "Tack för inget, verkligen. Jag har väntat i tre veckor på att någon ska återkomma. Nu räcker det, vi byter till en annan leverantör och säger upp avtalet.", [A], "tack för inget, byter leverantör")
m("sv", "urgent-01", "Löner i morgon", "Hej, lönefilen går inte att exportera och den måste in till banken senast i morgon bitti, annars får personalen ingen lön. Kan ni titta på det i dag?", [U], "senast i morgon bitti")
m("sv", "urgent-02", "kassan stängd", "hej, kortterminalen i butiken har slutat fungera och vi har kunder som står och väntar vid kassan. vi förlorar pengar för varje timme, behöver hjälp nu", [U], "kunder väntar, förlorar pengar")
m("sv", "neg-01", "Fråga om faktura", "Hej igen! Jag skickar ett nytt mejl eftersom jag glömde bilagan. Det är ingen brådska alls, svara när ni hinner. Tack för snabb hjälp sist!", [], "ingen brådska")
m("sv", "neg-02", "Endast idag: 25 % rabatt", "Passa på - erbjudandet gäller bara till midnatt. Du får detta mejl eftersom du prenumererar på vårt nyhetsbrev. Avsluta prenumeration", [], "newsletter")

# ---------------- fi
m("fi", "angry-01", "Edelleen ei vastausta", "Hei,\nolen nyt kolmannen kerran yhteydessä samasta laskusta, eikä kukaan ole vastannut. Soitin myös viime viikolla, mutta kukaan ei soittanut takaisin. Tämä alkaa oikeasti ärsyttää.\nTerveisin Mikko", [A], "kolmannen kerran, kukaan ei vastannut")
m("fi", "angry-02", "Irtisanon sopimuksen", "Kiitos ei mistään. Kaksi viikkoa odotusta ja sain vastauksen, joka ei liity kysymykseeni mitenkään. Siirrymme kilpailijalle ensi kuun alusta.", [A], "kiitos ei mistään, kilpailijalle")
m("fi", "urgent-01", "Palkat huomenna", "Hei, palkka-aineiston vienti ei toimi ja aineiston pitää olla pankissa huomenna aamulla klo 9, muuten työntekijät eivät saa palkkaa. Voitteko katsoa asian vielä tänään?", [U], "huomenna aamulla, vielä tänään")
m("fi", "neg-01", "Kysymys laskusta", "Hei taas, lähetän uuden viestin, koska liite unohtui. Ei mitään kiirettä, ensi viikko on ihan hyvä. Kiitos nopeasta avusta viimeksi!", [], "ei kiirettä")
m("fi", "neg-02", "Vain tänään -30 %", "Tarjous päättyy tänään keskiyöllä. Saat tämän viestin, koska olet tilannut uutiskirjeemme. Peru tilaus", [], "newsletter")

# ---------------- nl
m("nl", "angry-01", "Nog steeds geen reactie", "Goedemiddag,\nDit is inmiddels mijn vierde mail over dezelfde dubbele afschrijving en er heeft nog steeds niemand gereageerd. Ik heb ook twee keer gebeld, zonder resultaat. Ik ben er eerlijk gezegd helemaal klaar mee.\nGroet, Pieter", [A], "vierde mail, nog steeds niemand")
m("nl", "angry-02", "Opzegging", "Bedankt voor niks. Drie weken wachten op een antwoord dat nergens op slaat. Top service hoor. We stappen over naar een andere aanbieder en zeggen ons abonnement op.", [A], "bedankt voor niks, overstappen")
m("nl", "urgent-01", "Salarisrun morgen", "Hoi, de export van de loonbestanden mislukt steeds en het bestand moet morgenochtend om 9 uur bij de bank zijn, anders krijgen onze medewerkers hun salaris niet op tijd. Kunnen jullie er vandaag nog naar kijken?", [U], "morgenochtend, vandaag nog")
m("nl", "urgent-02", "belastingaangifte", "Beste, de aangifte moet uiterlijk vrijdag 17:00 ingediend zijn en het rapport geeft verkeerde bedragen. Anders krijgen we een boete. Graag zo snel mogelijk een reactie.", [U], "uiterlijk vrijdag, boete")
m("nl", "neg-01", "Vraag factuur", "Hoi, ik stuur nog een mail omdat ik de bijlage vergeten was. Geen haast hoor, volgende week is prima. Bedankt voor de snelle hulp vorige keer!", [], "geen haast")
m("nl", "neg-02", "Alleen vandaag: 20% korting", "Wacht niet te lang - de actie loopt vannacht af. Je ontvangt deze e-mail omdat je je hebt ingeschreven voor onze nieuwsbrief. Uitschrijven", [], "newsletter")

# ---------------- fr
m("fr", "angry-01", "Toujours aucune réponse", "Bonjour,\nC'est la quatrième fois que je vous écris au sujet du double prélèvement et toujours rien. Personne ne m'a répondu, personne ne m'a rappelé. J'ai perdu un temps fou avec cette histoire.\nCordialement, Julie", [A], "quatrième fois, toujours rien")
m("fr", "angry-02", "Résiliation", "Merci pour rien. Trois semaines d'attente pour une réponse toute faite qui ne répond pas à ma question. Bravo le service client. Je résilie mon abonnement et je passe chez un concurrent.", [A], "merci pour rien, concurrent")
m("fr", "urgent-01", "Paie demain matin", "Bonjour, l'export du fichier de paie échoue depuis ce midi. Il doit partir à la banque demain avant 9h, sinon nos salariés ne seront pas payés. Pouvez-vous regarder ça dès ce soir ?", [U], "demain avant 9h, dès ce soir")
m("fr", "urgent-02", "salon ce week-end", "bonjour, on part sur un salon samedi matin et les badges ne s'impriment pas. il nous faut une solution au plus tard vendredi midi sinon on aura 300 visiteurs sans badge. merci de revenir vers moi rapidement", [U], "au plus tard vendredi")
m("fr", "neg-01", "Question facture", "Bonjour, je vous renvoie un message car j'avais oublié la pièce jointe. Rien de pressé, la semaine prochaine c'est très bien. Merci encore pour votre aide rapide la dernière fois !", [], "rien de pressé")
m("fr", "neg-02", "Dernier jour : -20 %", "Ne tardez pas, l'offre se termine ce soir à minuit. Vous recevez cet e-mail car vous êtes inscrit à notre newsletter. Se désinscrire", [], "newsletter")

# ---------------- es
m("es", "angry-01", "Sigo sin respuesta", "Hola,\nEs la cuarta vez que les escribo por el mismo cobro duplicado y sigo sin respuesta. Nadie me contesta y nadie me ha llamado como me prometieron. Llevo semanas perdiendo el tiempo con ustedes.\nSaludos, Lucía", [A], "cuarta vez, sigo sin respuesta")
m("es", "angry-02", "Me doy de baja", "Gracias por nada. Tres semanas esperando para recibir una respuesta automática que no tiene nada que ver. Menudo servicio. Me voy a la competencia y cancelo la suscripción este mes.", [A], "gracias por nada, competencia")
m("es", "urgent-01", "Nóminas mañana", "Hola, la exportación de las nóminas falla desde esta mañana y el archivo tiene que estar en el banco mañana antes de las 9, si no nuestros empleados no cobran. ¿Pueden revisarlo hoy mismo?", [U], "mañana antes de las 9, hoy mismo")
m("es", "urgent-02", "tienda sin pagos", "buenas, desde hace una hora la pasarela de pago rechaza todas las tarjetas y tenemos clientes esperando. cada hora que pasa perdemos dinero, necesitamos que alguien lo mire ya", [U], "clientes esperando, perdemos dinero")
m("es", "neg-01", "Consulta factura", "Hola, les escribo de nuevo porque se me olvidó adjuntar el archivo. No hay prisa, con la semana que viene está bien. ¡Gracias por la ayuda tan rápida la última vez!", [], "no hay prisa")
m("es", "neg-02", "Solo hoy: 20% de descuento", "Date prisa, la oferta termina esta noche a medianoche. Recibes este correo porque estás suscrito a nuestro boletín. Darse de baja", [], "newsletter")

# ---------------- it
m("it", "angry-01", "Ancora nessuna risposta", "Buongiorno,\nè la terza volta che vi scrivo per lo stesso addebito doppio e ancora niente. Nessuno risponde, nessuno richiama. Ho perso ore dietro a questa storia.\nSaluti, Marco", [A], "terza volta, ancora niente")
m("it", "angry-02", "Disdetta", "Grazie di niente. Tre settimane di attesa per una risposta preconfezionata. Complimenti per il servizio. Disdico l'abbonamento e passo alla concorrenza.", [A], "grazie di niente, concorrenza")
m("it", "urgent-01", "Stipendi domani", "Salve, l'esportazione del file stipendi non funziona da stamattina e il file deve arrivare in banca entro domani alle 9, altrimenti i dipendenti non vengono pagati. Potete guardarci entro oggi?", [U], "entro domani, entro oggi")
m("it", "neg-01", "Domanda fattura", "Buongiorno, vi riscrivo perché avevo dimenticato l'allegato. Nessuna fretta, va benissimo la settimana prossima. Grazie ancora per l'aiuto veloce dell'ultima volta!", [], "nessuna fretta")
m("it", "neg-02", "Solo oggi: sconto del 20%", "Affrettati, l'offerta scade stanotte. Ricevi questa email perché sei iscritto alla nostra newsletter. Annulla iscrizione", [], "newsletter")

# ---------------- pt
m("pt", "angry-01", "continuo sem resposta", "Ola,\nja e a terceira vez que escrevo sobre a mesma cobranca em duplicado e continuo sem resposta nenhuma. Ninguem me ligou de volta. Ja perdi horas com isto.\nCumprimentos, Rui", [A], "terceira vez, sem resposta, no diacritics")
m("pt", "angry-02", "Cancelamento", "Obrigado por nada. Três semanas à espera para receber uma resposta automática. Belo serviço. Vou cancelar a assinatura e mudar para a concorrência.", [A], "obrigado por nada, concorrência")
m("pt", "urgent-01", "Salários amanhã", "Olá, a exportação do ficheiro de salários falha desde esta manhã e o ficheiro tem de estar no banco amanhã até às 9h, senão os funcionários não recebem. Conseguem ver isto ainda hoje?", [U], "amanhã até às 9h, ainda hoje")
m("pt", "urgent-02", "evento hoje à noite", "Boa tarde, temos um evento hoje às 19h e os bilhetes não estão a ser enviados aos participantes. Precisamos disto resolvido nas próximas duas horas, senão vamos ter gente à porta sem bilhete.", [U], "hoje às 19h, próximas duas horas")
m("pt", "neg-01", "Dúvida sobre fatura", "Olá, estou a escrever outra vez porque me esqueci do anexo. Sem pressa nenhuma, pode ser na próxima semana. Obrigada pela ajuda rápida da última vez!", [], "sem pressa")
m("pt", "neg-02", "Só hoje: 20% de desconto", "Não perca, a promoção termina hoje à meia-noite. Recebe este email porque subscreveu a nossa newsletter. Cancelar subscrição", [], "newsletter")

# ---------------- pl
m("pl", "angry-01", "Nadal brak odpowiedzi", "Dzień dobry,\npiszę już czwarty raz w sprawie tej samej podwójnej płatności i nadal nic. Nikt nie odpisuje, nikt nie oddzwonił. Straciłem na to już mnóstwo czasu.\nPozdrawiam, Tomasz", [A], "czwarty raz, nadal nic")
m("pl", "angry-02", "Rezygnacja", "Dziękuję za nic. Trzy tygodnie czekania na automatyczną odpowiedź. Świetna obsługa, naprawdę. Rezygnuję z abonamentu i przechodzę do konkurencji.", [A], "dziękuję za nic, konkurencja")
m("pl", "urgent-01", "Wypłaty jutro", "Dzień dobry, eksport pliku z wynagrodzeniami nie działa od rana, a plik musi trafić do banku jutro do 9, inaczej pracownicy nie dostaną pensji. Czy możecie to sprawdzić jeszcze dziś?", [U], "jutro do 9, jeszcze dziś")
m("pl", "neg-01", "Pytanie o fakturę", "Dzień dobry, piszę ponownie, bo zapomniałam dodać załącznik. Nie ma pośpiechu, przyszły tydzień w zupełności wystarczy. Dziękuję za szybką pomoc ostatnim razem!", [], "nie ma pośpiechu")
m("pl", "neg-02", "Tylko dziś: 20% zniżki", "Nie zwlekaj - promocja kończy się dziś o północy. Otrzymujesz tę wiadomość, ponieważ zapisałeś się do naszego newslettera. Wypisz się", [], "newsletter")

# ---------------- ro
m("ro", "angry-01", "Tot niciun raspuns", "Buna ziua,\nva scriu a treia oara pentru aceeasi plata dubla si tot nu am primit niciun raspuns. Nimeni nu ma suna inapoi. Am pierdut ore intregi cu asta.\nCu stima, Andrei", [A], "a treia oara, niciun raspuns, no diacritics")
m("ro", "angry-02", "Reziliere", "Mulțumesc pentru nimic. Trei săptămâni de așteptare pentru un răspuns automat. Felicitări pentru servicii. Renunț la abonament și trec la concurență.", [A], "multumesc pentru nimic, concurenta")
m("ro", "urgent-01", "Salarii mâine", "Bună ziua, exportul fișierului de salarii nu funcționează de azi dimineață, iar fișierul trebuie să ajungă la bancă mâine până la ora 9, altfel angajații nu își primesc salariile. Puteți verifica încă de azi?", [U], "mâine până la ora 9")
m("ro", "neg-01", "Întrebare factură", "Bună ziua, revin cu un nou mesaj pentru că am uitat atașamentul. Nu e nicio grabă, săptămâna viitoare e perfect. Mulțumesc pentru ajutorul rapid de data trecută!", [], "nu e nicio grabă")
m("ro", "neg-02", "Doar azi: 20% reducere", "Grăbește-te, oferta expiră la miezul nopții. Primești acest e-mail pentru că te-ai abonat la newsletterul nostru. Dezabonare", [], "newsletter")

# ---------------- round 2 (written after the first tuning pass, not tuned against; measures generalisation)
m("en", "r2-angry-01", "ref 88213", "So I rang your helpline on Tuesday, was promised a callback within 24h. Nothing. Rang again Thursday, same story. I'm paying for a premium plan for this?? Honestly feels like talking to a wall.", [A], "rang twice, nothing, talking to a wall")
m("en", "r2-angry-02", "switching", "After the third outage this month and zero communication from your side we have decided to take our business elsewhere. Please don't bother with the retention offer.", [A], "take business elsewhere after outages")
m("en", "r2-urgent-01", "Board pack due 9am", "Morning, the PDF export is cutting off the last page of every report. Our board pack has to go out by 9am tomorrow and we can't send it like this. Any chance someone could look this afternoon?", [U], "board pack 9am tomorrow")
m("en", "r2-neg-01", "schedule call", "Hi Sam, thanks for the demo. Could we book a follow-up call by Friday or early next week, whatever suits your calendar? I emailed the agenda again in case the first one got lost.", [], "calm scheduling, emailed again")
m("de", "r2-angry-01", "Ticket 5521", "Seit dem 3. März warte ich auf eine Lösung. Drei Tickets, zwei Anrufe, null Reaktion. Langsam frage ich mich, ob bei Ihnen überhaupt jemand arbeitet.", [A], "drei tickets, null reaktion")
m("de", "r2-urgent-01", "Kasse geht nicht", "Hallo, unser Kassensystem im Laden synchronisiert seit heute früh nicht mehr. Am Samstag ist unser Jubiläumsverkauf, bis Freitagabend muss das laufen, sonst können wir nichts verkaufen.", [U], "bis Freitagabend, sonst")
m("de", "r2-neg-01", "Vertrag kündigen", "Hallo, hiermit kündige ich meinen Vertrag fristgerecht zum Monatsende, da wir die Firma auflösen. Vielen Dank für die gute Zusammenarbeit in den letzten Jahren!", [], "calm cancellation")
m("da", "r2-angry-01", "igen igen", "Jeg har nu siddet i kø i telefonen tre gange denne uge, og hver gang bliver jeg afbrudt. Ingen vender tilbage på mails. Det er simpelthen ikke i orden.", [A], "kø tre gange, ingen vender tilbage")
m("da", "r2-urgent-01", "revision fredag", "Hej, revisor kommer fredag morgen og vi kan ikke trække årsrapporten ud af systemet. Den skal ligge klar torsdag aften, ellers må vi udskyde revisionen. Kan I hjælpe hurtigt?", [U], "torsdag aften, ellers")
m("nb", "r2-angry-01", "hva skjer", "Tre uker siden jeg meldte feilen. Har purret to ganger, fortsatt ingenting. Begynner å lure på om det er noen som leser disse e-postene i det hele tatt.", [A], "purret to ganger, fortsatt ingenting")
m("nb", "r2-urgent-01", "konsert i kveld", "Hei, vi har konsert i kveld kl. 19 og billettskanneren avviser alle QR-kodene. Hvis det ikke er fikset innen klokka 18 har vi 500 mennesker i kø ute. Ring meg!", [U], "i kveld, innen 18")
m("sv", "r2-angry-01", "ärende 4411", "Det här är tredje mejlet jag skickar om samma sak. Tre veckor har gått och ingen har ens bekräftat att ni fått det. Helt bedrövligt.", [A], "tredje mejlet, ingen bekräftat")
m("sv", "r2-neg-01", "byte av plan", "Hej! Vi vill gärna byta till den mindre planen från nästa månad och säga upp de två extra licenserna. Inget brådskande, tack på förhand.", [], "calm plan change")
m("fi", "r2-angry-01", "taas sama", "Kolme viikkoa ja neljä sähköpostia, eikä yhtään vastausta. Alan olla todella kyllästynyt tähän. Harkitsemme vakavasti palveluntarjoajan vaihtamista.", [A], "neljä sähköpostia, ei vastausta")
m("fi", "r2-urgent-01", "kassa alas", "Hei, verkkokaupan kassa ei hyväksy maksuja ja asiakkaat odottavat. Menetämme myyntiä joka tunti. Tarvitsemme apua heti.", [U], "asiakkaat odottavat, heti")
m("nl", "r2-angry-01", "weer niks", "Vorige week gebeld, toen beloofd dat het binnen twee dagen geregeld zou zijn. Vandaag weer gebeld en niemand weet ervan. Ik word er echt moedeloos van.", [A], "weer gebeld, niemand weet ervan")
m("nl", "r2-neg-01", "vraagje", "Hoi, ik had vorige week al gemaild maar misschien is het niet aangekomen: kunnen jullie de factuur op naam van de BV zetten? Geen spoed, dank je!", [], "calm re-send")
m("fr", "r2-angry-01", "dossier 7781", "Trois semaines que j'attends le remboursement promis, deux relances restées lettre morte. On se moque de qui exactement ? Je commence sérieusement à regarder ailleurs.", [A], "relances lettre morte, regarder ailleurs")
m("fr", "r2-urgent-01", "inventaire demain", "Bonjour, nos scanners ne synchronisent plus avec le stock. L'inventaire annuel a lieu demain à 7h et il faut que tout fonctionne d'ici ce soir, sinon on doit tout recompter à la main.", [U], "demain 7h, d'ici ce soir, sinon")
m("es", "r2-angry-01", "otra vez lo mismo", "Llevo desde enero reclamando la misma factura. Cada vez que llamo me pasan con alguien distinto y nadie sabe nada. Es una tomadura de pelo.", [A], "cada vez que llamo, nadie sabe nada")
m("es", "r2-neg-01", "baja de usuario", "Hola, quería dar de baja a un usuario que ya no trabaja con nosotros y cambiar el plan al básico. Sin prisa, cuando podáis. ¡Gracias!", [], "calm cancel user")
m("it", "r2-angry-01", "pratica 3390", "Ho aperto tre segnalazioni in un mese, tutte chiuse senza che nessuno mi abbia contattato. Sinceramente sono stufo di questo modo di lavorare.", [A], "tre segnalazioni chiuse, stufo")
m("it", "r2-urgent-01", "sito giù prima del lancio", "Buongiorno, domani alle 10 lanciamo la nuova collezione e il carrello dà errore. Se non si risolve entro stasera perdiamo la campagna già pagata. Vi prego, è fondamentale.", [U], "domani alle 10, entro stasera")
m("pt", "r2-angry-01", "outra vez", "Já liguei quatro vezes esta semana e em todas me dizem que vão resolver. Até agora nada. Sinceramente estou a perder a paciência convosco.", [A], "liguei quatro vezes, até agora nada")
m("pt", "r2-neg-01", "alterar plano", "Bom dia, gostaríamos de mudar para o plano anual a partir de amanhã, se possível. Não há pressa nenhuma, obrigado pela ajuda de sempre.", [], "calm plan change tomorrow")
m("pl", "r2-angry-01", "kolejna reklamacja", "Trzy tygodnie temu zgłosiłem problem, od tamtej pory cisza. Dzwoniłem dwa razy, za każdym razem słyszę, że ktoś się odezwie. Nikt się nie odezwał. Mam tego serdecznie dość.", [A], "cisza, nikt się nie odezwał")
m("pl", "r2-urgent-01", "JPK termin", "Dzień dobry, jutro mija termin wysyłki JPK, a system nie generuje pliku. Jeśli nie wyślemy do północy, grozi nam kara. Proszę o pomoc jeszcze dziś.", [U], "jutro termin, kara, dziś")
m("ro", "r2-angry-01", "iar nimic", "Am sunat de trei ori săptămâna asta și de fiecare dată mi se spune că se rezolvă. Nimic. Chiar nu vă pasă deloc de clienți?", [A], "sunat de trei ori, nimic")
m("ro", "r2-urgent-01", "facturare", "Bună, până mâine la prânz trebuie să emitem facturile către clienți și aplicația nu le generează. Dacă nu reușim, pierdem contractul. Vă rog să vă uitați azi.", [U], "până mâine la prânz, pierdem contractul")

NAMES = {"en": "Alex Reed", "de": "Karin Braun", "da": "Søren Lund", "ro": "Andrei Ionescu", "pl": "Tomasz Zieliński",
         "es": "Lucía Gómez", "fr": "Julie Moreau", "nl": "Pieter Bakker", "sv": "Anna Berg", "it": "Marco Rossi",
         "pt": "Rui Santos", "nb": "Kari Nilsen", "fi": "Mikko Laine"}

def main():
    out = DevSet(HERE, "# devset5 angry / urgent dev set (hand-written, independent of tests/corpus)")
    for i, (lang, name, subj, body, expect, forbid, note) in enumerate(M):
        dom = f"client-{lang}.example.org"
        sender = NAMES[lang]
        local = sender.split()[0].lower().encode("ascii", "ignore").decode()
        date = mail_date("Wed", 18, "Mar", 8 + i % 10, i % 60)
        mail = plain_mail(f"{sender} <{local}@{dom}>", subj, date, f"{message_id(f'd5{lang}{name}')}@{dom}", body)
        out.add(lang, name, mail, expect, forbid, note)
    out.save()
    print(len(M), "messages")

if __name__ == "__main__":
    main()
