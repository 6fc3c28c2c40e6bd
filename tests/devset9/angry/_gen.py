#!/usr/bin/env python3
"""devset9 angry: fresh hand-written set for `angry` written WITHOUT stock words (sarcasm, resignation,
counting, rhetorical questions, threats to leave / review, caps, curt mails, anger on behalf of a team,
swearing) plus hard negatives. Three batches, each measured before tuning on it: b1/, b2/, b3/.
Edit here and re-run; it rewrites <batch>/manifest.toml and <batch>/<lang>/*.eml."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import html_paragraphs, mime_mail, write_batches

TAGS = ["angry"]
HERE = Path(__file__).resolve().parent
A = "angry"

M = []
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8"):
    """fmt: plain (8bit), qp, b64, html (HTML only), alt (multipart/alternative)."""
    M.append((batch, lang, name, [A] if expect else [], note, subject, body.strip("\n"), fmt, charset))

def build(sender, subject, date, msg_id, body, fmt, charset):
    html = "<html><body style=\"font-family:Arial\">\n" + html_paragraphs(body) + "\n</body></html>"
    return mime_mail(sender, subject, date, msg_id, body + "\n", html, fmt, charset).as_string()


# ============================================================ batch 1
B = "b1"
m(B, "en", "p1", True, "sarcasm, ironic praise, lost filters again", "Love the new update",
"""Great. Just great. Another Monday, another update that wipes every saved filter in my dashboard. Really looking forward to rebuilding all forty of them by hand again. Whoever signs these releases off deserves a medal.

Tom""")
m(B, "en", "p2", True, "counting: fifth email, three weeks and four agents", "Re: Re: Re: Invoice 2231",
"""This is my fifth email about invoice 2231. Three weeks and four different agents later I am exactly where I started: a charge for a plan we cancelled in March.

Each of your colleagues promised to "escalate". None of them did.

Sarah Whitlock
Finance, Brightpath Logistics

> On 2 Apr 2026, Support wrote:
> Thank you for your patience, we have escalated your case to billing.""")
m(B, "en", "p3", True, "curt cold: fix it today", "CSV export",
"""CSV export has been broken since Thursday. Fix it. Today.""")
m(B, "en", "p4", True, "on behalf of the team, swearing about the situation", "the scheduler",
"""Honestly my dispatch team want to throw their monitors out the window. The bloody scheduler double-booked 14 drivers this morning and none of us can work out why. Half the shift spent on the phone apologising to customers because of your software. Sort this out.""")
m(B, "en", "n1", False, "relays that a colleague WAS furious, now settled and thanks", "Double charge - resolved",
"""Hi team,

Just closing the loop: my colleague Dave was furious yesterday about the double charge on our card, but Priya sorted it within the hour and the refund is already showing. He asked me to pass on his thanks.

Best,
Mel""")
m(B, "de", "p1", True, "rhetorical: do you even test updates; b64 latin-1", "Update von gestern",
"""Testet ihr eure Updates eigentlich irgendwann, bevor ihr sie auf zahlende Kunden loslasst? Seit gestern Abend sind sämtliche Preise in unserem Shop doppelt so hoch. Wer hat das freigegeben? Ernsthaft, wer?

Gruß
Jürgen Maaß""", fmt="b64", charset="iso-8859-1")
m(B, "de", "p2", True, "threat to leave + review, curt", "Kündigung",
"""Das war's. Zum Monatsende sind wir weg, und die Bewertung auf Trustpilot schreibe ich heute Abend. Drei Jahre Kunde und so wird man behandelt.""")
m(B, "de", "n1", False, "mild disappointment, polite complaint", "Lieferzeit",
"""Guten Tag,

die Lieferung hat diesmal etwas länger gedauert als angekündigt, das war ein wenig enttäuschend, weil wir die Geräte für eine Messe brauchten. Es hat aber noch gereicht. Könnten Sie uns beim nächsten Mal einen realistischeren Termin nennen?

Mit freundlichen Grüßen
Claudia Rehm""")
m(B, "fr", "p1", True, "caps + exclamation marks; HTML only", "FACTURES INACCESSIBLES",
"""ÇA FAIT TROIS JOURS QUE JE N'AI PLUS ACCÈS À MES FACTURES !!! Trois jours ! Mon comptable attend, mes fournisseurs attendent, et chez vous personne ne bouge ?!

Répondez-moi aujourd'hui.""", fmt="html", charset="utf-8")
m(B, "fr", "p2", True, "threat to leave and post reviews", "Résiliation",
"""Bonjour,

Je vous informe que je résilie mon abonnement à la fin du mois et que je vais raconter toute cette histoire sur Google et sur Trustpilot, pour que les autres commerçants sachent à quoi s'attendre avec vous.

Inutile de m'envoyer encore un questionnaire de satisfaction.

F. Garnier""")
m(B, "fr", "n1", False, "thanks after a fix, QP latin-1", "Merci !",
"""Bonjour Julien,

Tout fonctionne de nouveau depuis votre intervention de ce matin, les exports sont corrects. J'étais un peu inquiète hier mais vous avez été très réactifs. Merci beaucoup !

Bonne journée,
Hélène""", fmt="qp", charset="iso-8859-1")
m(B, "es", "p1", True, "resignation: I give up, what's the point", "Pedido 88412",
"""Me rindo. ¿Para qué sigo escribiendo si nadie hace nada? Llevo desde el día 3 esperando el pedido 88412 y cada respuesta es un "estamos revisándolo". Pues nada, seguid revisando.""")
m(B, "es", "p2", True, "swearing about the situation, multipart", "otra vez la app",
"""Joder, otra vez la puta app se cuelga justo al cobrar. Tengo la cola hasta la puerta y el datáfono muerto. ¿Me explicáis cómo trabajo así?

Enviado desde mi iPhone""", fmt="alt")
m(B, "es", "n1", False, "joke: kid says app is the worst in the world because no dark mode", "modo oscuro",
"""Hola! Mi hijo de 9 años dice que vuestra app es "la peor del mundo mundial" porque no tiene modo oscuro, jaja. Yo la uso a diario y estoy contenta, pero ya que estamos: ¿tenéis pensado añadirlo? Así me deja en paz :)

Un saludo,
Lucía""")
m(B, "it", "p1", True, "ironic praise: compliments, third week", "Complimenti",
"""Complimenti, davvero. Terza settimana di fila senza poter scaricare le fatture dal portale. Bel lavoro, continuate così.""")
m(B, "it", "p2", True, "curt cold imperative", "Ordine 5521",
"""Sistemate l'ordine 5521. Oggi. Non ho altro da aggiungere.""")
m(B, "it", "n1", False, "mild: a bit disappointing, polite", "Nuova interfaccia",
"""Buongiorno,

la nuova interfaccia è un po' deludente rispetto alla precedente: i filtri sono meno comodi e il calendario è più lento. Nulla di grave, ma volevo segnalarvelo nel caso raccogliate opinioni.

Cordiali saluti
Marco Bellini""")
m(B, "pt", "p1", True, "BR counting: fourth ticket, same problem", "Chamado de novo",
"""Essa é a quarta vez que eu abro chamado sobre o MESMO problema. Quarta. Cada atendente me pede os mesmos prints e some. Vocês conversam entre si ou cada um começa do zero?""")
m(B, "pt", "p2", True, "BR threat review Reclame Aqui and leave", "Cancelamento",
"""Boa tarde. Vou registrar tudo no Reclame Aqui hoje mesmo e já estou migrando para outra plataforma. Dois meses pagando por um sistema que não emite nota fiscal. Não precisam me ligar oferecendo desconto.""")
m(B, "pt", "n1", False, "PT: past resolved irritation, now a calm question", "Dúvida sobre faturas",
"""Olá,

Na semana passada fiquei bastante irritado com a cobrança duplicada, mas o vosso colega resolveu tudo no mesmo dia, obrigado. Agora só tenho uma dúvida: é possível receber as faturas em PDF e também em XML?

Cumprimentos,
Rui Tavares""")
m(B, "nl", "p1", True, "rhetorical: do you test before rollout", "Update",
"""Testen jullie je updates eigenlijk wel voordat je ze uitrolt? Sinds vannacht kan niemand bij ons nog een offerte printen. Dit is de derde keer dit jaar. Wie controleert dit bij jullie?""")
m(B, "nl", "p2", True, "on behalf of team: whole team swearing at the software", "kassasysteem",
"""Mijn hele team staat al de hele ochtend te vloeken op jullie kassasysteem. Bonnen komen dubbel uit, pinbetalingen verdwijnen. Ik ben er klaar mee, echt.""")
m(B, "nl", "n1", False, "calm polite complaint about late invoice", "Factuur april",
"""Beste klantenservice,

Wij hebben de factuur van april nog niet ontvangen, terwijl die normaal in de eerste week komt. Zouden jullie hem opnieuw kunnen sturen naar administratie@vdberg.nl?

Met vriendelijke groet,
Anouk van den Berg""")
m(B, "sv", "p1", True, "resignation: I give up, what's the point of writing", "Ärende 4471",
"""Jag ger upp. Vad är ens poängen med att skriva hit? Fyra mejl, noll svar. Ni kan lika gärna stänga supporten.""")
m(B, "sv", "p2", True, "sarcasm: top, really top, another wrong invoice", "Faktura",
"""Toppen. Verkligen toppen. Ännu en faktura med fel belopp, tredje månaden i rad. Ni är fantastiska på det här.""")
m(B, "sv", "n1", False, "was irritated yesterday, now works, thanks; QP latin-1", "Tack",
"""Hej Erik,

Jag var ärligt talat rätt irriterad i går när inget gick att logga in, men nu fungerar allt igen. Tack för snabb hjälp!

Hälsningar
Maria""", fmt="qp", charset="iso-8859-1")
m(B, "da", "p1", True, "counting: fifth time writing, no diacritics", "igen igen",
"""Det er femte gang jeg skriver om det her. Femte. Og hver gang faar jeg et standardsvar om at "sagen er videresendt". Til hvem?""")
m(B, "da", "n1", False, "mild: a bit disappointing", "Ny app",
"""Hej, den nye app er lidt skuffende i forhold til den gamle, især søgningen. Men ellers er vi glade for jer. Mvh Søren""")
m(B, "nb", "p1", True, "threat to switch supplier + can't be bothered anymore", "Nok nå",
"""Jeg orker ikke mer. Tre uker uten fungerende lønnskjøring, og hver gang jeg ringer får jeg en ny person som ikke vet noe. Vi bytter leverandør fra neste måned.""")
m(B, "nb", "n1", False, "calm polite request about wrong address", "Adresse",
"""Hei! Fakturaen kom til gammel adresse. Kan dere oppdatere til Storgata 12, 0155 Oslo? Takk på forhånd. Hilsen Kari""")
m(B, "fi", "p1", True, "rhetorical: does anyone read these", "Taas",
"""Luetaanko näitä viestejä siellä ollenkaan? Kolmas viesti samasta asiasta eikä mitään tapahdu. Onko siellä ketään?""")
m(B, "fi", "n1", False, "polite complaint", "Lasku",
"""Hei, laskussa on väärä summa, veloititte kaksi lisenssiä vaikka meillä on käytössä vain yksi. Voisitteko korjata? Kiitos, Mikko""")
m(B, "pl", "p1", True, "swearing + exclamations + counting", "ZNOWU",
"""Kurwa, znowu to samo!!! Trzeci raz w tym miesiącu system wywala się przy zamykaniu dnia. Ile jeszcze razy mam to zgłaszać?""")
m(B, "pl", "n1", False, "thanks after fix; QP iso-8859-2", "Podziękowanie",
"""Dzień dobry,

dziękuję za szybką pomoc przy błędzie z fakturami. Wszystko działa poprawnie, księgowa jest zadowolona.

Pozdrawiam serdecznie
Agnieszka Wróbel""", fmt="qp", charset="iso-8859-2")
m(B, "ro", "p1", True, "resignation: no point writing to you anymore", "Comanda",
"""Renunt. Nu mai are niciun rost sa va scriu. A treia saptamana fara comanda si nimeni nu stie nimic. Faceti ce vreti.""")
m(B, "ro", "n1", False, "mild: somewhat disappointing, polite", "Livrare",
"""Bună ziua, livrarea a întârziat două zile, ceea ce e puțin dezamăgitor, dar produsul e în regulă. Vă rog doar să ne anunțați data mai exact data viitoare. Mulțumesc, Ioana""")

# ============================================================ batch 2 (written after tuning on b1, measured before tuning on it)
B = "b2"
m(B, "en", "p1", True, "rhetorical: is anyone actually reading these", "ticket #48812",
"""Is anyone actually reading these? I've attached the same screenshot three times now. Three. Same error, same page, same "have you tried clearing your cache". Yes. I have.""")
m(B, "en", "p2", True, "non-native, threats to leave, many exclamations", "Very bad!!",
"""Hello,

Again the payment page not working!!! We are customer since 2019 and every month same problem. My boss say if not fixed this week we go to other company. I not understand why nobody fix this!!!

Rajesh""")
m(B, "en", "p3", True, "caps shouting", "URGENT - WRONG CHARGE",
"""YOU HAVE CHARGED MY CARD THREE TIMES FOR THE SAME ORDER. I WANT THIS REVERSED NOW. NOT TOMORROW, NOT "WITHIN 5-7 BUSINESS DAYS". NOW.""")
m(B, "en", "n1", False, "newsletter-ish forward containing angry words, question", "Fwd: Our Q3 customer survey",
"""Hi,

Forwarding this from our internal newsletter: "Customers who feel ignored become furious customers - make every reply count!" We liked it a lot.

Would you be willing to share how your team handles response times? We are writing a short piece on it for the next issue.

Thanks,
Nora (Community team)""")
m(B, "en", "n2", False, "left a 5-star review, joke about being angry at the cat", "Thank you!",
"""Just wanted to say the new bulk-edit feature saved me hours. I left you a five-star review on Trustpilot. The only thing I'm angry at is my cat, who keeps walking over the keyboard during demos :)

Cheers, Ben""", fmt="alt")
m(B, "de", "p1", True, "ironic praise: wonderful, again nothing works; QP latin-1", "Wunderbar",
"""Wunderbar, wirklich ganz toll gemacht. Zum dritten Mal diese Woche fliegen alle Termine aus dem Kalender. Man könnte fast meinen, ihr macht das mit Absicht.

-- 
Stefan Köhler
Praxis Dr. Köhler""", fmt="qp", charset="iso-8859-1")
m(B, "de", "p2", True, "team furious, colloquial swearing", "Kasse",
"""Meine Leute an der Kasse flippen gleich aus. Seit heute Morgen hängt das Scheißding bei jeder zweiten Kartenzahlung. Samstag, volle Bude, und ihr schickt ein Update raus. Ganz großes Kino.""")
m(B, "de", "n1", False, "hypothetical + polite question", "Frage zur Datensicherung",
"""Hallo,

falls die Datensicherung einmal ausfallen sollte: Würden wir darüber automatisch informiert? Unser IT-Leiter wäre sonst ziemlich sauer, wenn er es erst nach Tagen merkt. Bisher lief aber alles einwandfrei.

Viele Grüße
Tobias Brandt""")
m(B, "fr", "p1", True, "sarcasm: bravo, superb, still no invoice", "Bravo",
"""Bravo, vraiment. Trois semaines pour ne toujours pas avoir de facture corrigée. Je suis impressionnée par tant d'efficacité.

Mme Lefèvre""")
m(B, "fr", "p2", True, "team on behalf, cold and curt", "Planning",
"""Mon équipe en a ras le bol de ressaisir les plannings à la main à cause de votre bug. Réglez ça. Maintenant.""")
m(B, "fr", "n1", False, "mild disappointment: un peu décevant", "Nouvelle version",
"""Bonjour,

La nouvelle version est un peu décevante côté rapidité, l'ouverture des dossiers prend quelques secondes de plus. Rien de bloquant, mais si vous avez une piste d'amélioration je suis preneur.

Cordialement,
Thierry Morel""", fmt="qp", charset="iso-8859-1")
m(B, "es", "p1", True, "counting and rhetorical, LatAm", "Otra vez",
"""Es la tercera vez que les escribo por lo mismo. ¿De verdad nadie en esa empresa sabe cómo se arregla una factura? Cada vez me contesta alguien distinto que no ha leído nada de lo anterior.""")
m(B, "es", "p2", True, "threat to leave and tell everybody, exclamations", "Baja",
"""Mañana mismo me doy de baja y pienso contarlo en todos los foros de autónomos!! Dos meses pagando por un programa que no saca ni un puto informe!!""")
m(B, "es", "n1", False, "thanks after fix, relaying colleague was annoyed but settled", "Gracias",
"""Hola Pablo,

Solo para confirmar que ya funciona la sincronización. Mi compañera estaba bastante molesta ayer, pero ya está todo bien y os da las gracias.

Un saludo,
Inés""")
m(B, "it", "p1", True, "resignation + leaving", "Basta",
"""Lascio perdere. Non vale la pena continuare a scrivervi, tanto non cambia niente. A fine mese passiamo a un altro gestionale.""")
m(B, "it", "p2", True, "rhetorical + caps", "ANCORA??",
"""Ma è possibile che ogni volta che aggiornate qualcosa si rompe TUTTO? Ma lo provate prima o lo fate provare a noi clienti?""")
m(B, "it", "n1", False, "joke about being furious at a football result, question", "Domanda",
"""Buongiorno, scusate il ritardo nella risposta, ieri sera ero furioso per la partita e non ho acceso il pc, ahah. Comunque: confermo l'indirizzo di spedizione, via Roma 14. Grazie!""")
m(B, "pt", "p1", True, "BR sarcasm: congratulations, amazing support", "Parabéns",
"""Parabéns, hein. Suporte nota 10. Uma semana pra responder que "vão verificar". Verificaram o quê? Sigo sem conseguir emitir boleto.""")
m(B, "pt", "p2", True, "PT: curt + threat complaints book", "Livro de reclamações",
"""Resolvam isto hoje ou faço queixa no Livro de Reclamações. Já chega de promessas.""")
m(B, "pt", "n1", False, "mild: um pouco decepcionante", "Sugestão",
"""Oi pessoal, achei o novo layout um pouco decepcionante, sinto falta do atalho antigo de relatórios. Mas no geral o sistema está ótimo. Abraço, Camila""")
m(B, "nl", "p1", True, "resignation + counting, no accents", "laat maar",
"""Laat maar. Dit is de vierde mail en ik krijg steeds hetzelfde standaardantwoord. Ik heb geen zin meer om het nog een keer uit te leggen.""")
m(B, "nl", "p2", True, "sarcastic: thanks for nothing-ish, geweldig", "Geweldig",
"""Geweldig hoor. Weer een factuur met de verkeerde btw. Echt top geregeld bij jullie.""")
m(B, "nl", "n1", False, "quoted angry customer of theirs, calm question", "Vraag over klacht",
"""Hallo,

Een van onze klanten schreef ons: "Dit is echt belachelijk, ik wil mijn geld terug!" Dat hebben we inmiddels netjes opgelost. Mijn vraag: kunnen we via jullie systeem een terugbetaling gedeeltelijk doen?

Groet,
Sanne""")
m(B, "sv", "p1", True, "rhetorical + swearing", "Vad håller ni på med",
"""Vad i helvete håller ni på med? Tredje gången på en vecka som hela lagret står stilla för att er jävla app loggar ut alla.""")
m(B, "sv", "n1", False, "mild: lite tråkigt / polite", "Leverans",
"""Hej! Det var lite tråkigt att leveransen blev försenad, men det löste sig. Kan ni skicka spårningsnumret för nästa order? Tack, Anna""")
m(B, "da", "p1", True, "threat to leave + warn others", "Opsigelse",
"""Vi opsiger aftalen med udgangen af måneden. Og jeg kommer til at fortælle alle i brancheforeningen, hvordan I har behandlet os det sidste halve år.""")
m(B, "da", "n1", False, "thanks after fix", "Tak",
"""Hej Mette, tak for hjælpen i går, nu virker eksporten igen. Det var lidt frustrerende et par dage, men nu er alt godt. Vh Lars""")
m(B, "nb", "p1", True, "sarcasm + rhetorical", "Supert",
"""Supert. Nok en uke uten at fakturaene går ut. Er det noen der i det hele tatt som jobber med dette?""")
m(B, "nb", "n1", False, "newsletter excerpt with angry words", "Nyhetsbrev: kundeservice",
"""Hei,

I vårt nyhetsbrev denne måneden skriver vi om "den sinte kunden" og hvordan man roer ned en frustrert innringer. Kan vi sitere dere på et par tips? Artikkelen publiseres neste uke.

Mvh
Ingrid, redaktør""")
m(B, "fi", "p1", True, "resignation + counting, curt", "Ihan sama",
"""Ihan sama enää. Neljäs viikko ja lasku on edelleen väärin. Hoitakaa se tai lopetamme sopimuksen.""")
m(B, "fi", "n1", False, "thanks after fix", "Kiitos",
"""Hei, kiitos nopeasta korjauksesta! Nyt kaikki toimii taas. Terveisin Anu""")
m(B, "pl", "p1", True, "sarcasm + counting; windows-1250 b64", "Brawo",
"""Brawo, naprawdę. Czwarty tydzień z rzędu faktury wychodzą z błędną datą. Świetna robota, tak trzymać.""", fmt="b64", charset="windows-1250")
m(B, "pl", "n1", False, "mild disappointment polite", "Uwagi",
"""Dzień dobry, nowa wersja jest trochę rozczarowująca, wyszukiwarka działa wolniej. Ale ogólnie jesteśmy zadowoleni. Pozdrawiam, Tomasz""")
m(B, "ro", "p1", True, "rhetorical + caps", "INCA O DATA",
"""Chiar nu citeste NIMENI ce va scriem? E a patra oara cand trimit aceleasi capturi de ecran. Ce trebuie sa fac ca sa fiu luat in serios?""")
m(B, "ro", "n1", False, "past resolved anger + thanks, iso-8859-2", "Multumiri",
"""Bună ziua, ieri am fost destul de supărat din cauza facturii greșite, dar colegul dumneavoastră a rezolvat totul rapid. Vă mulțumesc!""")

# ============================================================ batch 3 (written after tuning on b1+b2, measured before tuning on it)
B = "b3"
m(B, "en", "p1", True, "resignation, rambling with quoted history", "Re: Re: Sync issue",
"""Honestly I don't even know why I'm replying. Every answer I get is a variation of "we're looking into it" and then silence for a week. At this point I'd rather pay someone to type everything in by hand.

Whatever. Close the ticket if you want, it's not like it'll make a difference.

Greg

> We apologise for the inconvenience, our engineers are investigating.""")
m(B, "en", "p2", True, "threat to post on social media, sarcasm", "Good luck",
"""Good luck explaining to your investors why your customers are posting screenshots of your invoices on LinkedIn. Because that's what I'm doing tonight if I don't hear back.""")
m(B, "en", "n1", False, "mild: slightly disappointing, polite", "Export feature",
"""Hi there, I found the new export a little disappointing - it drops the notes column. Not a big deal, but is there a way to include it? Thanks, Priya""")
m(B, "en", "n2", False, "asks about handling angry customers (question about the topic)", "Templates",
"""Hello, do you have any reply templates for dealing with angry or frustrated customers in the helpdesk module? We'd like to give our new agents a starting point. Many thanks, Jo""", fmt="html")
m(B, "de", "p1", True, "counting + rhetorical, no umlauts", "Ticket 7712",
"""Vier Wochen, sechs Mails, drei verschiedene Ansprechpartner. Und das Problem ist immer noch da. Muss ich erst persoenlich vorbeikommen, damit sich jemand darum kuemmert?""")
m(B, "de", "n1", False, "thanks after fix, colleague was annoyed but now good", "Danke",
"""Hallo Frau Yilmaz, vielen Dank, die Schnittstelle läuft wieder. Mein Kollege war gestern ziemlich genervt, aber jetzt ist alles gut. Schönes Wochenende!""")
m(B, "fr", "p1", True, "resignation + leaving, curt", "Tant pis",
"""Tant pis. J'ai perdu assez de temps avec vous. Je prends un autre logiciel lundi.""")
m(B, "fr", "p2", True, "rhetorical: is there anyone competent", "Sérieusement ?",
"""Il y a quelqu'un de compétent chez vous ou c'est trop demander ? Cinquième appel, cinquième personne qui me dit de redémarrer le routeur.""")
m(B, "fr", "n1", False, "joke with angry words, calm", "Petite question",
"""Bonjour ! Mon fils dit que je suis « furieuse » contre l'imprimante depuis ce matin, mais c'était juste un bourrage papier, c'est réglé :) Question : comment commander des cartouches ? Merci, Claire""")
m(B, "es", "p1", True, "sarcasm: thanks for the great service, caps", "Enhorabuena",
"""Enhorabuena, de verdad. Cinco días sin poder acceder y vuestra única respuesta es un correo automático. UN CORREO AUTOMÁTICO. Sois unos genios.""")
m(B, "es", "n1", False, "polite complaint LatAm", "Factura",
"""Buenas tardes, les escribo porque la factura de octubre llegó con un importe distinto al acordado. ¿Podrían revisarla cuando tengan un momento? Muchas gracias, Andrés""")
m(B, "it", "p1", True, "team on behalf: colleagues at the end of their rope", "Magazzino",
"""I miei ragazzi in magazzino non ne possono più. Da lunedì ogni etichetta esce sbagliata e tocca rifare tutto a mano. Quanto deve durare ancora questa storia?""")
m(B, "it", "n1", False, "thanks after fix", "Grazie",
"""Buongiorno, volevo ringraziarvi: dopo il vostro intervento le etichette escono corrette. Ottimo lavoro! Saluti, Davide""", fmt="qp", charset="iso-8859-1")
m(B, "pt", "p1", True, "PT: rhetorical + counting", "Mais uma vez",
"""Será que alguém aí percebe o que escrevo? É o terceiro email com o mesmo pedido e responderam-me outra vez a uma pergunta que eu não fiz.""")
m(B, "pt", "p2", True, "BR swearing about the situation", "sistema",
"""Porra, de novo essa merda de sistema fora do ar no fechamento do mês. Não dá pra trabalhar assim.""")
m(B, "pt", "n1", False, "hypothetical, calm", "Backup",
"""Olá, se um dia perdêssemos os dados, o nosso diretor ficaria muito chateado. Por isso pergunto: com que frequência fazem backup? Obrigado, Luís""")
m(B, "nl", "p1", True, "curt cold ultimatum", "Contract",
"""Vrijdag opgelost of we zeggen op. Geen excuses meer, geen 'we kijken ernaar'.""")
m(B, "nl", "n1", False, "mild: beetje jammer", "Nieuwe versie",
"""Hoi, het is een beetje jammer dat de donkere modus weg is in de nieuwe versie. Komt die nog terug? Groetjes, Lotte""")
m(B, "sv", "p1", True, "sarcasm + leaving", "Grattis",
"""Grattis, ni har lyckats tappa bort vår beställning en gång till. Imponerande. Vi flyttar över till en annan leverantör nästa månad.""")
m(B, "sv", "n1", False, "past resolved: was irritated last week", "Fakturan",
"""Hej! Jag var lite irriterad förra veckan när fakturan var fel, men den är rättad nu. Tack. Kan ni skicka den som PDF också? /Olof""")
m(B, "da", "p1", True, "rhetorical + caps", "HVORFOR",
"""HVORFOR er det så svært at sende en korrekt faktura? Det er fjerde måned i træk. Sidder der overhovedet nogen og kigger på det?""")
m(B, "da", "n1", False, "polite complaint", "Levering",
"""Hej, vi har ikke modtaget pakken endnu, selvom den skulle være kommet i tirsdags. Kan I undersøge det? Venlig hilsen Birgitte""")
m(B, "nb", "p1", True, "swearing + team", "Lønn",
"""Faen, nå har hele regnskapsavdelingen sittet til midnatt igjen fordi lønnsfila ikke lar seg eksportere. Folkene mine er helt utslitt og forbanna.""")
m(B, "nb", "n1", False, "thanks after fix", "Takk",
"""Hei, takk for at dere fikset eksporten så raskt. Alt fungerer nå. Hilsen Per""")
m(B, "fi", "p1", True, "sarcasm + rhetorical", "Hienoa",
"""Hienoa. Taas uusi päivitys ja taas kaikki raportit rikki. Testaako kukaan mitään ennen julkaisua?""")
m(B, "fi", "n1", False, "mild: a bit disappointing", "Palaute",
"""Hei, uusi käyttöliittymä on vähän pettymys, haku on hitaampi. Muuten kaikki hyvin. Terveisin Sari""")
m(B, "pl", "p1", True, "resignation + leaving", "Rezygnacja",
"""Mam dość tłumaczenia tego samego po raz piąty. Rezygnuję z usługi od przyszłego miesiąca i odradzę was wszystkim znajomym.""")
m(B, "pl", "n1", False, "quoted angry words from colleague, settled; iso-8859-2 qp", "Sprawa zamknięta",
"""Dzień dobry, kolega był wczoraj wściekły przez tę fakturę, ale wszystko już wyjaśnione. Dziękuję za pomoc. Pozdrawiam, Marek""", fmt="qp", charset="iso-8859-2")
m(B, "ro", "p1", True, "curt cold + threat review", "Ultima data",
"""Rezolvati azi. Daca nu, las o recenzie pe Google si trec la alt furnizor. Atat.""")
m(B, "ro", "n1", False, "thanks after fix", "Multumesc",
"""Bună ziua, vă mulțumesc pentru intervenția rapidă, acum aplicația funcționează perfect. O zi bună, Andrei""")
m(B, "en", "p3", True, "counting: hours on hold", "phone support",
"""Two hours and forty minutes on hold today. Forty. Minutes. Then the line dropped. I'd love to know what exactly my monthly fee pays for.""")
m(B, "de", "p2", True, "caps + exclamation, short", "NICHTS GEHT",
"""SEIT DREI TAGEN GEHT NICHTS!!! Wann kümmert sich endlich jemand???""")
m(B, "es", "p2", True, "rhetorical: does anybody work there", "¿Hola?",
"""¿Hola? ¿Hay alguien ahí? ¿Trabaja alguien en esa empresa o son todo respuestas automáticas? Llevo doce días esperando.""")
m(B, "it", "p2", True, "threat to leave + warn others, formal-cold", "Disdetta",
"""Con la presente comunico la disdetta del contratto. Racconterò la mia esperienza a tutti i colleghi dell'associazione, così sapranno cosa aspettarsi.""")


def main():
    write_batches(
        HERE, M, sys.argv[1:], title="devset9 angry {batch}: hand-written, angry without stock words + hard negatives", seed="9ang", tags=TAGS, build=build,
    )

if __name__ == "__main__":
    main()
