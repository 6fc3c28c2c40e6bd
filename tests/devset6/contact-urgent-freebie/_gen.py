#!/usr/bin/env python3
"""devset6 contact-urgent-freebie: fresh hand-written set for personal-contact, urgent, freebie-demand.
Edit here and re-run; it rewrites manifest.toml and <lang>/*.eml."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, forbid_others, mail_date, message_id, plain_mail

TAGS = ["personal-contact", "urgent", "freebie-demand"]
HERE = Path(__file__).resolve().parent
P, U, F = "personal-contact", "urgent", "freebie-demand"

M = []  # (lang, name, expect list, note, subject, body)
def m(lang, name, expect, note, subject, body):
    M.append((lang, name, expect, note, subject, body.strip()))

# ---------------- en
m("en", "p1", [P], "rambling; wants to bypass queue, ping agent directly / LinkedIn", "ticket 88213 (again)",
"""Hi,

So this is the third reply on this ticket and every time it's somebody new who asks me to re-explain the whole thing from scratch. I've now sent the same screenshots four times. Tom, you're the only one who seemed to actually get it last week. Is there any way I can just reach you directly instead of going through the queue? Pop me your number or connect with me on LinkedIn and we can sort it out between the two of us.

The issue itself: the export still cuts off after 500 rows.

Thanks
Gareth""")
m("en", "p2", [P], "curt, non-native: asks agent's own email to write outside system", "contact",
"""hello, this ticket system is very slow for me. you can write me your own email adress? then i send documents to you only, not to the support box. thank you, Vlad""")
m("en", "u1", [U], "time-critical, shop opens tomorrow, top priority", "Card terminal refusing all payments",
"""Morning,

our card terminal has refused every single payment since about 6pm yesterday. We reopen at 9 tomorrow and if it's still dead by then we simply can't trade. This is time-critical for us - please put it at the top of the pile and ring me the second you have something.

Rachel, The Corner Deli""")
m("en", "f1", [F], "fairness framing: waive this month, something off my bill", "Reporting module down for most of March",
"""Hello,

The reporting module has been unavailable for most of March, which is the one thing we actually pay the Pro tier for. I've been patient and I appreciate the team is working on it, but I don't think it's reasonable to charge us full price for a month we couldn't use. Waiving March, or at the very least knocking a chunk off the next bill, would go some way to making this right.

Regards,
Helen Moss""")
m("en", "n1", [], "customer gives own mobile for callback; asks for official weekend hotline", "Callback please",
"""Hi, could somebody call me back about my contract renewal? My mobile is 07700 900456 and I'm free after 3pm most days. Also, what's your general support phone number at weekends? The website only lists the weekday one. Thanks, Joe""")
m("en", "n2", [], "calm planning mail with 'by Friday' and board meeting, no rush", "Quote for 40 seats",
"""Hi Priya,

No rush at all on this - could you send over an updated quote for 40 seats by Friday if possible? We're pulling together next quarter's budget and the board meeting is on the 14th, so anything before then is fine.

Cheers,
Mark""")
m("en", "n3", [], "pricing question: charity discount; promo code invalid; thanks for credit", "Charity pricing",
"""Hello, do you offer a discount for registered charities? We're a small non-profit and want to understand pricing before we sign up. Also the SPRING10 code from your newsletter says invalid at checkout. And thanks for the credit you applied last month, it showed up fine. Best, Ana""")
m("en", "n4", [], "newsletter with event dates and 'last chance' wording", "Webinar: what's new in 5.2",
"""Join us live on Tuesday 21 April at 4pm BST for a walkthrough of everything new in 5.2. Seats are limited and registration closes Thursday at midnight. Can't make it? Register anyway and we'll send you the recording.

You are receiving this because you subscribed to product updates. Unsubscribe | Manage preferences""")

# ---------------- de
m("de", "p1", [P], "unter vier Augen, private Mailadresse, außerhalb des Ticketsystems", "Vorgang 55102",
"""Hallo Frau Jansen,

vielen Dank für Ihre Geduld gestern am Telefon. Ehrlich gesagt würde ich das Thema lieber unter vier Augen mit Ihnen klären als über dieses Ticketsystem, in dem jedes Mal jemand anderes antwortet. Schreiben Sie mir doch einfach von Ihrer privaten Mailadresse, dann bleiben wir direkt in Kontakt.

Beste Grüße
Sven Albers""")
m("de", "u1", [U], "es brennt, duldet keinen Aufschub, vorrangig", "Shop nimmt keine Bestellungen an",
"""Guten Morgen,

bei uns brennt es gerade: seit heute früh nimmt unser Onlineshop keine Bestellungen mehr an, der Checkout bricht ab. Morgen startet unsere große Frühjahrsaktion, das duldet also keinen Aufschub. Bitte kümmern Sie sich vorrangig darum und geben Sie mir Bescheid, sobald jemand dran ist.

Gruß
Petra Lindner""")
m("de", "f1", [F], "Geste, Beitrag erlassen, recht und billig", "Drei Wochen ohne Internet",
"""Sehr geehrte Damen und Herren,

seit dem 3. März war unser Anschluss praktisch unbrauchbar, der Techniker kam erst nach drei Wochen. Die Rechnung über den vollen Monatsbeitrag ist trotzdem gekommen. Ich finde, nach so einem Ausfall wäre es nur recht und billig, wenn Sie mir den Märzbeitrag erlassen. Eine kleine Geste Ihrerseits wäre das Mindeste.

Mit freundlichen Grüßen
Werner Hoff""")
m("de", "n1", [], "own number for callback + official hotline question", "Rückruf",
"""Hallo, bitte rufen Sie mich unter 0171 2345678 zurück, ich bin ab 14 Uhr erreichbar. Ist Ihre Service-Hotline eigentlich auch samstags besetzt? Danke, K. Brandt""")
m("de", "n2", [], "legal letter with deadline, calm", "Unsere Mandantin – Auskunftsersuchen",
"""Sehr geehrte Damen und Herren,

namens und im Auftrag unserer Mandantin bitten wir um Übersendung der Vertragsunterlagen zum Kundenkonto 40218. Wir bitten um Eingang bis spätestens Freitag, den 24. April. Für Rückfragen stehen wir gern zur Verfügung.

Mit freundlichen Grüßen
Dr. M. Keller, Rechtsanwältin""")
m("de", "n3", [], "discount question for annual plan, thanks for credit", "Jahresabo",
"""Hallo, gibt es einen Rabatt, wenn ich auf das Jahresabo umsteige? Außerdem wollte ich mich bedanken: die Gutschrift vom letzten Monat ist angekommen. Viele Grüße, Jana""")

# ---------------- da
m("da", "p1", [P], "write directly to you, send own number, sms", "Sag 7731",
"""Hej Mette,

tak for hjælpen i går. Kan jeg ikke bare skrive direkte til dig i stedet for at oprette en ny sag hver gang? Det tager en evighed at komme igennem køen. Hvis du sender mig dit eget nummer, kan vi klare resten over sms.

Mvh Lars""")
m("da", "u1", [U], "det haster, can't wait till monday", "Webshop nede",
"""Hej, det haster virkelig. Vores webshop har været nede siden i morges, og vi har en kampagne kørende hele weekenden. Vi kan ikke vente til mandag, det skal løses nu. Ring til mig hurtigst muligt. Mvh Sofie""")
m("da", "f1", [F], "I regner med afslag på næste regning; rimeligt", "Tre uger uden internet",
"""Hej,

vi har været uden internet i tre uger, og alligevel har I opkrævet fuld pris. Jeg regner med, at I giver os et afslag på næste regning, og helst dropper marts helt. Andet vil ikke være rimeligt.

Venlig hilsen
Henrik Dahl""")
m("da", "n1", [], "own number + official service number", "Opkald",
"""Ring gerne til mig på 20 30 40 50 efter kl. 16. Hvad er jeres kundeservicenummer i weekenden? Mvh Birgit""")
m("da", "n2", [], "ingen hast, quote before friday", "Tilbud",
"""Hej, ingen hast, men kan I sende tilbuddet inden fredag? Vi holder budgetmøde i næste måned. Tak, Ole""")
m("da", "n3", [], "student discount question", "Studierabat",
"""Hej, giver I studierabat? Rabatkoden fra jeres nyhedsbrev virker heller ikke. Mvh Ida""")

# ---------------- nb
m("nb", "p1", [P], "talk privately outside support, send number", "Saken min",
"""Hei Ingrid! Er det mulig å snakke med deg privat, utenom kundeservice? Send meg gjerne nummeret ditt, så ringer jeg deg en kveld. Mvh Knut""")
m("nb", "u1", [U], "haster, losing money every minute, need help now", "Betaling nede",
"""Hei,

dette haster! Betalingsløsningen vår har stått siden i går kveld og vi taper penger for hvert minutt som går. Vi trenger hjelp med en gang, ikke i morgen.

Hilsen Eirik, Fjordkafeen""")
m("nb", "u2", [U], "prioritere, payroll must run tomorrow morning", "Lønnskjøring",
"""Hei. Kan dere prioritere denne saken? Lønnskjøringen må gå i morgen tidlig, ellers får ikke de ansatte lønn før påske. Filen blir avvist hver gang vi laster den opp. Takk, Marit""")
m("nb", "u3", [U], "hastesak, snarest mulig", "Hastesak: fakturaer sendes ikke",
"""Hastesak. Ingen av fakturaene våre er sendt ut siden mandag og kundene ringer. Ber om svar snarest mulig. Mvh Per""")
m("nb", "f1", [F], "spandere en gratis måned, det minste", "Nedetid",
"""Hei. Etter to uker med nedetid mener jeg dere bør spandere en gratis måned på oss. Det er vel det minste man kan forvente. Hilsen Tone""")
m("nb", "n1", [], "own number + service number", "Ring meg",
"""Dere kan nå meg på 912 34 567 hele dagen. Hva er telefonnummeret til kundeservice? Mvh Siri""")
m("nb", "n2", [], "ikke noe hast, quote by friday", "Tilbud",
"""Hei, ikke noe hast, men kan dere sende tilbudet innen fredag? Styremøtet er først i mai. Mvh Anders""")

# ---------------- sv
m("sv", "p1", [P], "personligen instead of ärendesystemet, privat nummer/Messenger", "Fortsättning",
"""Hej Johanna,

jag vill helst fortsätta prata med dig personligen istället för via ärendesystemet, det blir bara rörigt när olika personer svarar. Har du ett privat nummer jag kan ringa, eller kan vi ta det på Messenger?

Hälsningar
Mats""")
m("sv", "p2", [P], "mail me from your own address instead", "Avtalet",
"""Hej Erik, kan du mejla mig från din egen adress istället? Då slipper vi supportkön. /Lena""")
m("sv", "u1", [U], "brådskande, must go out before lunch, snarast", "Brådskande: leverans",
"""Brådskande! Vi har en leverans som måste ut innan lunch och systemet låser sig varje gång vi skriver ut fraktsedlar. Hör av er snarast. Mvh Olle""")
m("sv", "f1", [F], "bjuda på nästa månad, rabatt som plåster", "Strulet i mars",
"""Hej!

Med tanke på allt strul i mars tycker jag att ni borde bjuda på nästa månad. Lite rabatt som plåster på såren vore verkligen på sin plats.

Mvh Karin""")
m("sv", "n1", [], "own number + support weekend number", "Ring mig",
"""Ni når mig på 070-123 45 67 efter lunch. Vilket nummer har er kundtjänst på helger? /Björn""")
m("sv", "n2", [], "ingen brådska, offer by friday", "Offert",
"""Hej, ingen brådska, men skicka gärna offerten senast fredag. Vi har budgetmöte i maj. Tack, Anna""")

# ---------------- fi
m("fi", "p1", [P], "directly with you, your own number or email", "Jatko",
"""Hei Sanna, voisinko jatkossa olla suoraan yhteydessä sinuun? Laittaisitko oman numerosi tai sähköpostiosoitteesi, niin ei tarvitse aina avata uutta tikettiä. Terveisin Jari""")
m("fi", "u1", [U], "kiireellinen, store opens in an hour, heti", "Kassajärjestelmä",
"""Kiireellinen! Kassajärjestelmä ei toimi ja kauppa aukeaa tunnin päästä. Tarvitsemme apua heti. Terveisin Päivi""")
m("fi", "f1", [F], "kohtuullista hyvittää huhtikuu", "Katko",
"""Hei, kolmen viikon katkon jälkeen olisi mielestäni kohtuullista, että hyvitätte huhtikuun maksun kokonaan. Terveisin Timo""")
m("fi", "n1", [], "own number + official phone", "Soittopyyntö",
"""Soittakaa minulle numeroon 040 765 4321. Mikä on asiakaspalvelunne puhelinnumero viikonloppuisin? Terveisin Eeva""")
m("fi", "n2", [], "ei kiirettä, offer by friday", "Tarjous",
"""Hei, ei kiirettä, mutta voisitteko lähettää tarjouksen perjantaihin mennessä? Terveisin Ville""")

# ---------------- es
m("es", "p1", [P], "prefer to deal with you directly, leave number/personal mail", "Incidencia 3391",
"""Hola Marta:

Te escribo otra vez por lo de la facturación. Sinceramente prefiero tratar esto contigo directamente, sin pasar por los tickets, porque cada vez me contesta alguien distinto. ¿Me dejas tu número o tu correo personal y lo hablamos por ahí?

Un saludo,
Andrés""")
m("es", "p2", [P], "Telegram, write to you there", "lucia",
"""lucia tienes telegram?? te escribo por alli q es mas rapido que este sistema, pasame tu usuario porfa""")
m("es", "u1", [U], "máxima prioridad, cannot wait till tomorrow", "Datáfono sin funcionar",
"""Buenos días,

necesito una solución ya: la tienda abre en dos horas y el datáfono rechaza todas las tarjetas. Es de máxima prioridad, esto no puede esperar a mañana.

Gracias,
Rocío""")
m("es", "u2", [U], "corre prisa, antes del mediodía", "Nóminas",
"""Hola, nos corre mucha prisa: el fichero de nóminas tiene que estar subido antes del mediodía o la gente no cobra este mes. Contestad cuanto antes, por favor. Jordi""")
m("es", "f1", [F], "lo justo sería no cobrar abril, gesto comercial", "Un mes sin servicio",
"""Hola,

hemos estado prácticamente un mes sin servicio y aun así nos habéis pasado la cuota completa. Creo que lo justo sería que no nos cobrarais abril; como mínimo espero algún gesto comercial por vuestra parte.

Saludos,
Elena Ruiz""")
m("es", "n1", [], "own number + official phone", "Llamada",
"""Pueden llamarme al 612 345 678 por la tarde. ¿Cuál es el teléfono de atención al cliente los fines de semana? Gracias, Pilar""")
m("es", "n2", [], "sin prisa, budget before friday", "Presupuesto",
"""Hola, sin prisa, pero ¿podríais enviarme el presupuesto antes del viernes? La reunión de presupuestos es el mes que viene. Un saludo, Luis""")
m("es", "n3", [], "discount for NGOs, promo code not working", "Descuento ONG",
"""Hola, ¿tenéis descuento para ONG? Y el código promocional del boletín me da error. Gracias, Nuria""")

# ---------------- fr
m("fr", "p1", [P], "régler en direct, numéro perso ou LinkedIn", "Dossier 12877",
"""Bonjour Julien,

je préférerais régler ça avec vous en direct plutôt que via le formulaire, à chaque fois quelqu'un d'autre me répond. Vous auriez un numéro perso ou un compte LinkedIn où je pourrais vous écrire ?

Cordialement,
Hélène""")
m("fr", "u1", [U], "pressant, priorité absolue, ne peut pas attendre", "Caisses bloquées",
"""Bonjour, c'est pressant : nos caisses sont bloquées et nous ouvrons à 9 h. Merci de traiter en priorité absolue, on ne peut pas attendre. Franck""")
m("fr", "f1", [F], "je compte sur vous pour un geste, au minimum un mois offert", "Trois semaines sans connexion",
"""Bonjour,

après trois semaines sans connexion, je compte sur vous pour faire un geste : au minimum le mois d'avril offert. Il me semble que c'est la moindre des choses vu la gêne occasionnée.

Bien à vous,
Claire Martin""")
m("fr", "n1", [], "own number + official weekend number", "Rappel",
"""Vous pouvez me rappeler au 06 12 34 56 78 après 17 h. Quel est le numéro du service client le week-end ? Merci, Paul""")
m("fr", "n2", [], "rien d'urgent, quote by friday", "Devis",
"""Bonjour, rien d'urgent, mais pourriez-vous m'envoyer le devis d'ici vendredi ? Notre réunion budgétaire n'a lieu qu'en mai. Merci, Sophie""")
m("fr", "n3", [], "remise associations, code promo", "Tarif associations",
"""Bonjour, proposez-vous une remise pour les associations ? Le code promo de la newsletter ne fonctionne pas. Cordialement, Marc""")

# ---------------- it
m("it", "p1", [P], "sentirla in privato, numero diretto/WhatsApp", "Pratica 7712",
"""Buongiorno Dott. Ferri,

preferirei sentirla in privato, fuori dal sistema dei ticket, perché ogni volta devo rispiegare tutto da capo. Mi lascia il suo numero diretto o un contatto WhatsApp? Così risolviamo più in fretta.

Cordiali saluti,
Giulia Conti""")
m("it", "u1", [U], "corsa contro il tempo, priorità massima", "Sito non accetta ordini",
"""Salve, è una corsa contro il tempo: domattina abbiamo l'inaugurazione e il sito non accetta ordini da ieri sera. Vi prego di darci priorità massima. Roberto""")
m("it", "f1", [F], "mi sembra doveroso riconoscere qualcosa, mese gratis/sconto", "Disservizio di marzo",
"""Buongiorno,

dopo tutti i disagi di marzo mi sembra doveroso che ci venga riconosciuto qualcosa, per esempio un mese gratis oppure uno sconto sul rinnovo. Restiamo in attesa di una vostra proposta.

Saluti,
Marco Bianchi""")
m("it", "n1", [], "own number + numero verde", "Richiamata",
"""Potete richiamarmi al 347 1234567 nel pomeriggio. Qual è il numero verde dell'assistenza nel weekend? Grazie, Anna""")
m("it", "n2", [], "nessuna fretta, entro venerdì", "Preventivo",
"""Buongiorno, nessuna fretta, ma potreste mandarmi il preventivo entro venerdì? La riunione di budget è a maggio. Grazie, Luca""")

# ---------------- pt
m("pt", "p1", [P], "pt-BR: resolver direto com você, manda seu zap pessoal", "chamado 4410",
"""Oi Camila, tudo bem? Prefiro resolver isso direto com você, fora do chamado, porque toda vez é um atendente diferente. Me manda seu zap pessoal que a gente conversa por lá? Valeu, Rafael""")
m("pt", "p2", [P], "pt-PT: falar consigo diretamente, contacto pessoal", "Processo 2209",
"""Bom dia Sr. Nuno,

posso falar consigo diretamente sobre este processo? Deixe-me por favor o seu contacto pessoal, assim evitamos estas trocas de emails com a linha de apoio.

Cumprimentos,
Teresa""")
m("pt", "u1", [U], "urgentíssimo, não dá para esperar", "Pagamentos em baixo",
"""É urgentíssimo: a loja abre daqui a uma hora e o sistema de pagamentos está em baixo. Não dá para esperar. Obrigado, Miguel""")
m("pt", "f1", [F], "o mínimo seria não cobrar; gesto de boa vontade", "Três semanas sem serviço",
"""Boa tarde,

depois de três semanas sem serviço, acho que o mínimo seria não cobrarem a mensalidade de abril. Espero um gesto de boa vontade da vossa parte.

Cumprimentos,
Ana Sousa""")
m("pt", "n1", [], "own number + linha de apoio", "Contacto",
"""Podem ligar-me para o 912 345 678. Qual é o número da linha de apoio ao fim de semana? Obrigada, Rita""")
m("pt", "n2", [], "sem pressa, até sexta", "Orçamento",
"""Olá, sem pressa, mas podiam enviar o orçamento até sexta? A reunião de orçamento é só em maio. Obrigado, João""")
m("pt", "n3", [], "student discount question", "Desconto",
"""Olá, vocês têm desconto para estudantes? Obrigada, Bia""")

# ---------------- pl
m("pl", "p1", [P], "rozmawiać bezpośrednio, prywatny numer albo mail", "Zgłoszenie 5531",
"""Dzień dobry,

wolałabym rozmawiać z Panem bezpośrednio, a nie przez kolejne zgłoszenia, bo za każdym razem odpisuje ktoś inny. Może Pan podać swój prywatny numer albo maila?

Pozdrawiam,
Agnieszka""")
m("pl", "p2", [P], "Messenger, write to you there", "Pani Kasia",
"""Pani Kasiu, czy mogę do Pani napisać na Messengerze? Szybciej się dogadamy niż przez ten system. Pozdrawiam, Tomek""")
m("pl", "u1", [U], "pilna, audyt jutro rano", "Raporty nie działają",
"""Dzień dobry, sprawa jest pilna: jutro rano mamy audyt, a system nie generuje raportów. Proszę o szybką reakcję, nie możemy czekać. Marek""")
m("pl", "f1", [F], "należy się rabat, miesiąc gratis w porządku", "Trzy tygodnie bez usługi",
"""Dzień dobry,

po trzech tygodniach bez usługi uważam, że należy nam się jakiś rabat. Przynajmniej jeden miesiąc gratis byłby w porządku.

Z poważaniem,
Piotr Nowak""")
m("pl", "f2", [F], "oczekuję gestu dobrej woli", "Reklamacja",
"""Po tylu problemach oczekuję od Państwa gestu dobrej woli, na przykład obniżenia abonamentu za marzec. Anna""")
m("pl", "n1", [], "own number + infolinia", "Kontakt",
"""Proszę o kontakt pod numerem 600 123 456. Jaki jest numer infolinii w weekend? Dziękuję, Ewa""")
m("pl", "n2", [], "nic pilnego, oferta do piątku", "Oferta",
"""Dzień dobry, nic pilnego, ale czy mogą Państwo przesłać ofertę do piątku? Spotkanie budżetowe mamy dopiero w maju. Pozdrawiam, Jan""")

# ---------------- ro
m("ro", "p1", [P], "direct, telefon personal / Facebook", "Tichet 6120",
"""Bună ziua,

aș prefera să vorbesc direct cu dumneavoastră, nu prin tichete, pentru că de fiecare dată îmi răspunde altcineva. Îmi puteți lăsa numărul dvs. de telefon personal sau un cont de Facebook unde să vă scriu?

Mulțumesc,
Ioana""")
m("ro", "p2", [P], "no diacritics: write you on your whatsapp", "andrei",
"""Buna Andrei, pot sa iti scriu direct pe whatsappul tau? e mult mai simplu decat pe mail. Multumesc, Radu""")
m("ro", "u1", [U], "foarte urgent, prioritate maximă", "Inventar mâine",
"""E foarte urgent: mâine dimineață avem inventarul și aplicația nu mai sincronizează. Vă rog să tratați cu prioritate maximă. Cristina""")
m("ro", "f1", [F], "corect să nu ne taxați, măcar un gest comercial", "Probleme luna aceasta",
"""Bună ziua, după atâtea probleme consider că ar fi corect să nu ne taxați luna aceasta. Măcar un gest comercial. Mihai""")
m("ro", "n1", [], "own number + official phone", "Apel",
"""Mă puteți suna la 0722 123 456. Care este numărul de telefon al serviciului clienți în weekend? Mulțumesc, Elena""")
m("ro", "n2", [], "nu e grabă, până vineri", "Ofertă",
"""Nu e grabă, dar ne puteți trimite oferta până vineri? Ședința de buget e abia în mai. Mulțumim, Dan""")

# ---------------- nl
m("nl", "p1", [P], "buiten het ticketsysteem, privénummer of appen", "Ticket 9920",
"""Hoi Sanne,

ik zou dit liever rechtstreeks met jou regelen, buiten het ticketsysteem om. Elke keer krijg ik iemand anders. Heb je een privénummer of kan ik je gewoon appen?

Groet,
Bas""")
m("nl", "u1", [U], "haast, met spoed, kan niet wachten", "Kassa's liggen eruit",
"""Dit heeft haast: onze kassa's liggen eruit en we gaan om 9 uur open. Graag met spoed oppakken, dit kan echt niet wachten. Groet, Ruud""")
m("nl", "f1", [F], "niet meer dan redelijk, april laten vallen, gebaar", "Drie weken storing",
"""Goedemiddag,

na drie weken storing vind ik het niet meer dan redelijk dat jullie de maand april laten vallen. Een gebaar van jullie kant zou op zijn plaats zijn.

Met vriendelijke groet,
Linda de Vries""")
m("nl", "n1", [], "own number + official phone", "Terugbellen",
"""U kunt mij terugbellen op 06-12345678. Wat is het telefoonnummer van de klantenservice in het weekend? Groet, Kees""")
m("nl", "n2", [], "geen haast, before friday", "Offerte",
"""Hallo, geen haast, maar kunnen jullie de offerte voor vrijdag sturen? Het budgetoverleg is pas in mei. Groet, Femke""")
m("nl", "n3", [], "korting voor verenigingen", "Korting",
"""Hebben jullie korting voor verenigingen? Groet, Wim""")

def main():
    out = DevSet(HERE, "# devset6 contact-urgent-freebie: fresh hand-written set for personal-contact, urgent, freebie-demand")
    for i, (lang, name, expect, note, subject, body) in enumerate(M):
        h = message_id(f"d6cuf{lang}{name}")
        date = mail_date("Thu", 2, "Apr", 9 + i % 8, i % 60)
        mail = plain_mail(f"Customer {lang.upper()} <c{h[:6]}@mail-{lang}.example>", subject, date, f"{h}@mail-{lang}.example", body)
        out.add(lang, name, mail, expect, forbid_others(TAGS, expect), note)
    out.save(clean=True)  # the language folders hold only this script's mails
    print(len(M), "messages")

if __name__ == "__main__":
    main()
