#!/usr/bin/env python3
"""devset8 angry + personal-contact: fresh hand-written set (round 5).
angry: recall-oriented (exasperation, sarcasm, repeated contacts, threats to leave, caps) + calm/polite
negatives. personal-contact: weighted to pl, pt, es, ro, sv; negatives are the customer's own number,
company lines, support hours, signatures.
Edit here and re-run; it rewrites manifest.toml and <lang>/*.eml."""
import pathlib, sys
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.charset import Charset, QP, BASE64

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import (DevSet, cedilla_forms, customer, encoded_subject, head_fields, html_paragraphs,
                               mail_date, stable_boundary)

TAGS = ["angry", "personal-contact"]
HERE = pathlib.Path(__file__).parent
HEADER = "# devset8 angry + personal-contact: fresh hand-written set (round 5)"  # check/_gen.py sets its own
A = "angry"
P = "personal-contact"

M = []
def m(lang, name, expect, note, subject, body, charset="utf-8", cte="8bit", html=None, unscored=()):
    """html: None = text/plain only; "alt" = multipart/alternative (text + html); "only" = text/html only."""
    M.append(dict(lang=lang, name=name, expect=expect, note=note, subject=subject,
                  body=body.strip() + "\n", charset=charset, cte=cte, html=html, unscored=list(unscored)))

# =====================================================================================  ANGRY
# ---------------- en
m("en", "a1", [A], "third time writing, sarcasm, threat to leave", "Re: Re: Re: invoice still wrong",
"""This is now the THIRD time I am writing about the same invoice. Third. Each time someone tells me it will be corrected "within 48 hours" and each time nothing happens.

Honestly I have had enough. If it is not fixed by Friday we are moving to another provider, simple as that.

Mark Hollis
Hollis Joinery Ltd""")
m("en", "a2", [A], "curt, how hard can it be", "address change",
"""How hard can it possibly be to change a delivery address?? Two weeks, four emails. Unbelievable.""")
m("en", "a3", [A], "sarcastic thanks, repeated failure", "Great job",
"""Oh great, another 'update' and the export is broken again. Thanks so much, really. Exactly what I needed at month end. Why do I even bother reporting this stuff.""", cte="quoted-printable")
m("en", "a4", [A], "non-native, exasperated, no insults", "Very bad situation",
"""Hello, i am writing you since one month about my blocked account and nobody is solving. Every time new agent ask me same documents, i send them already 3 times!! I am really tired of this situation, this is not normal how you treat customers. Please solve it finally.""")
m("en", "a5", [A], "caps + cancellation threat", "CANCEL MY SUBSCRIPTION",
"""I AM DONE WITH THIS. THREE MONTHS OF DOUBLE CHARGES AND NOBODY CAN EXPLAIN WHY. Cancel everything and close my account.""")
m("en", "an1", [], "calm complaint about a late parcel", "Late delivery",
"""Hi, my order #44821 was due on Tuesday and still hasn't arrived. Could you check with the courier what happened? Thanks, Priya""")
m("en", "an2", [], "past resolved frustration, now grateful", "Thank you",
"""Just wanted to say thanks to Sam. I was pretty frustrated last week when the sync kept failing, but he sorted it in ten minutes and explained everything. Great service.""")
m("en", "an3", [], "no worries reply", "Re: delay",
"""No worries at all, these things happen. Friday is perfectly fine for us. Cheers, Tom""")

# ---------------- de
m("de", "a1", [A], "formal but furious, third reminder, threatens to cancel", "Dritte Erinnerung - Rechnung 2026-114",
"""Sehr geehrte Damen und Herren,

ich wende mich nun zum dritten Mal an Sie wegen derselben fehlerhaften Rechnung. Bislang habe ich nicht einmal eine Eingangsbestätigung erhalten. Das ist schlicht nicht hinnehmbar.

Sollte die Korrektur nicht bis Ende der Woche vorliegen, kündige ich den Vertrag.

Mit freundlichen Grüßen
Dr. Heike Brandt""", charset="iso-8859-1", cte="quoted-printable")
m("de", "a2", [A], "colloquial exasperation, how hard can it be", "Ernsthaft?",
"""Ernsthaft jetzt? Wie schwer kann es sein, eine simple Adressänderung durchzuführen?! Ich hab langsam echt keinen Bock mehr auf euren Verein.""")
m("de", "a3", [A], "sarcasm, repeated outage, no diacritics", "toll gemacht",
"""Na super. Wieder ein Update, wieder geht der Export nicht. Danke auch. Langsam frage ich mich wofuer wir eigentlich jeden Monat zahlen.""")
m("de", "an1", [], "polite disappointment", "Lieferung",
"""Guten Tag, leider ist die Lieferung unvollständig angekommen, es fehlt ein Netzteil. Ich bin etwas enttäuscht, aber sicher lässt sich das schnell klären. Viele Grüße, J. Weber""")
m("de", "an2", [], "gratitude", "Danke!",
"""Hallo Frau Kühn, vielen Dank für die schnelle Hilfe gestern, jetzt läuft wieder alles. Schönes Wochenende!""")

# ---------------- da
m("da", "a1", [A], "had enough, third time, leave threat", "Igen igen igen",
"""Nu har jeg skrevet til jer tre gange om den samme fejl på fakturaen, og der sker INTET. Jeg har fået nok. Hvis det ikke er rettet i denne uge, skifter vi leverandør.""")
m("da", "a2", [A], "ridiculous, how hard can it be", "Adresseændring",
"""Det er helt latterligt. Hvor svært kan det være at ændre en leveringsadresse? Jeg har ventet i 14 dage.""")
m("da", "an1", [], "calm question about delay", "Levering",
"""Hej, jeg kan se at min pakke er forsinket. Ved I hvornår den kommer? Venlig hilsen Mette""")
m("da", "an2", [], "no worries", "Sv: forsinkelse",
"""Helt i orden, det gør ikke noget. Tak for besked, og god weekend!""")

# ---------------- nb
m("nb", "a1", [A], "fed up, threatens to leave, repeated", "Nok er nok",
"""Dette er fjerde gang jeg tar kontakt om samme problem. Jeg er så lei av å bli lovet ting som aldri skjer. Nok er nok, vi sier opp avtalen hvis det ikke ordnes nå.""")
m("nb", "a2", [A], "sarcasm, ridiculous", "Flott",
"""Kjempeflott, nå er hele kalenderen tom igjen etter oppdateringen deres. Helt latterlig. Hvor vanskelig kan det være å teste før dere slipper noe?""")
m("nb", "an1", [], "polite complaint", "Faktura",
"""Hei, jeg tror det er en feil på fakturaen for mars, vi er belastet for to brukere for mye. Kan dere se på det? Mvh Ola""")
m("nb", "an2", [], "thanks after earlier trouble", "Takk",
"""Takk for at dere fikset innloggingen så raskt. Jeg var litt frustrert i går, men nå fungerer alt fint.""")

# ---------------- sv
m("sv", "a1", [A], "had enough, third time, caps", "TREDJE GÅNGEN",
"""Det här är TREDJE gången jag skriver om samma sak. Jag har fått nog av era tomma löften. Ingen ringer tillbaka, ingen svarar. Fixa det nu eller så säger vi upp avtalet.""")
m("sv", "a2", [A], "exasperated, ridiculous, no diacritics", "lojligt",
"""Det har ar ju helt lojligt. Hur svart kan det vara att skicka en korrekt faktura?? Jag ar sa trott pa det har.""")
m("sv", "an1", [], "calm question", "Leverans",
"""Hej! Min beställning har inte kommit än. Kan ni kolla var den är? Tack på förhand, Anna""")
m("sv", "an2", [], "no worries, thanks", "Sv: Försening",
"""Ingen fara, det löser sig. Tack för att ni hörde av er!""")

# ---------------- fi
m("fi", "a1", [A], "had enough, third time, leave threat", "Kolmas kerta",
"""Kirjoitan nyt kolmannen kerran samasta laskusta. Nyt riittää. Jos asiaa ei korjata tällä viikolla, vaihdamme palveluntarjoajaa.""")
m("fi", "a2", [A], "ridiculous, exasperated", "Uskomatonta",
"""Tämä on aivan naurettavaa. Kuinka vaikeaa voi olla vaihtaa toimitusosoite? Olen odottanut kaksi viikkoa ja olen todella kyllästynyt tähän.""")
m("fi", "an1", [], "calm question", "Tilaus",
"""Hei, tilaukseni ei ole vielä saapunut. Voisitteko tarkistaa tilanteen? Kiitos, Mikko""")
m("fi", "an2", [], "gratitude", "Kiitos",
"""Kiitos nopeasta avusta! Kaikki toimii nyt hyvin.""")

# ---------------- nl
m("nl", "a1", [A], "third time, had enough, leave threat", "Voor de derde keer",
"""Voor de derde keer: de factuur klopt niet. Ik ben het spuugzat. Als dit deze week niet is opgelost, zeggen we het contract op.""")
m("nl", "a2", [A], "sarcasm + how hard can it be", "Top geregeld",
"""Geweldig hoor, weer een update en weer werkt de export niet. Hoe moeilijk kan het zijn om even te testen? Echt belachelijk.""")
m("nl", "an1", [], "polite disappointment", "Bestelling",
"""Goedemiddag, helaas is mijn bestelling beschadigd aangekomen. Jammer, maar ik hoor graag hoe we dit kunnen oplossen. Met vriendelijke groet, Sanne de Vries""")
m("nl", "an2", [], "no worries", "Re: vertraging",
"""Geen probleem hoor, maak je geen zorgen. Volgende week is prima.""")

# ---------------- fr
m("fr", "a1", [A], "third time, fed up, threat to leave", "TROISIÈME relance",
"""Bonjour,

C'est la troisième fois que je vous écris pour la même facture erronée. J'en ai vraiment marre. Personne ne répond, personne ne rappelle. Si ce n'est pas réglé cette semaine, je résilie.

Cordialement,
Nathalie Perrin""", charset="iso-8859-1", cte="quoted-printable")
m("fr", "a2", [A], "ridiculous, sarcasm", "Bravo",
"""Bravo, encore une mise à jour et encore plus rien ne marche. C'est franchement ridicule. C'est si compliqué que ça de tester avant ?""")
m("fr", "a3", [A], "exasperated, non-diacritics, caps", "inadmissible",
"""c est INADMISSIBLE, ca fait 3 semaines que j attends mon remboursement et a chaque appel on me dit d attendre encore. ras le bol""")
m("fr", "an1", [], "calm question", "Commande",
"""Bonjour, ma commande n'est pas encore arrivée. Pourriez-vous vérifier ? Merci d'avance, Luc""")
m("fr", "an2", [], "gratitude after issue", "Merci",
"""Merci beaucoup pour votre réactivité, le problème est résolu. Bonne journée !""")

# ---------------- it
m("it", "a1", [A], "third time, fed up, threat to leave", "Terza volta",
"""Buongiorno, è la terza volta che scrivo per la stessa fattura sbagliata e nessuno mi risponde. Sono stufo. Se non viene corretta entro venerdì disdico il contratto.""")
m("it", "a2", [A], "absurd, how hard can it be, sarcasm", "Complimenti",
"""Complimenti davvero, ennesimo aggiornamento e l'esportazione non funziona più. È assurdo. Quanto può essere difficile fare un test prima di rilasciare?""")
m("it", "an1", [], "polite disappointment", "Consegna",
"""Buongiorno, purtroppo il pacco è arrivato con un giorno di ritardo. Un peccato, ma nessun problema. Grazie comunque, Laura""")
m("it", "an2", [], "gratitude", "Grazie",
"""Grazie mille per l'aiuto di ieri, adesso funziona tutto. Buona giornata!""")

# ---------------- es
m("es", "a1", [A], "third time, fed up, threat to leave", "TERCERA VEZ",
"""Es la tercera vez que escribo por lo mismo y nadie me da una solución. Estoy harto. Si no lo arreglan esta semana, me voy a la competencia.""")
m("es", "a2", [A], "ridiculous, how hard can it be", "Dirección",
"""Esto es ridículo. ¿Tan difícil es cambiar una dirección de envío? Llevo dos semanas esperando.""")
m("es", "a3", [A], "sarcastic LatAm, tired", "Genial",
"""Genial, otra actualización y otra vez no funciona la exportación. Gracias por nada. Ya no sé qué más hacer con ustedes, estoy cansadísima de reportar lo mismo.""")
m("es", "an1", [], "calm question", "Pedido",
"""Hola, mi pedido aún no ha llegado. ¿Podríais comprobar dónde está? Gracias, Lucía""")
m("es", "an2", [], "no worries", "RE: retraso",
"""No te preocupes, no pasa nada. El lunes nos va bien.""")

# ---------------- pt
m("pt", "a1", [A], "BR third time, fed up, threat to leave", "Terceira vez",
"""É a terceira vez que eu escrevo sobre a mesma cobrança errada. Já cansei. Se não resolverem até sexta, vou cancelar e ir pra concorrência.""")
m("pt", "a2", [A], "PT-PT ridiculous, how hard", "Morada",
"""Isto é ridículo. Será assim tão difícil alterar uma morada de entrega? Estou farto de esperar.""")
m("pt", "an1", [], "calm question", "Encomenda",
"""Olá, a minha encomenda ainda não chegou. Podem verificar? Obrigado, Rui""")
m("pt", "an2", [], "gratitude", "Obrigada",
"""Muito obrigada pela ajuda rápida, está tudo a funcionar agora!""")

# ---------------- pl
m("pl", "a1", [A], "third time, had enough, threat to leave", "Po raz trzeci",
"""Piszę do Państwa już po raz trzeci w tej samej sprawie i nadal nic. Mam tego dość. Jeśli do piątku faktura nie zostanie poprawiona, rezygnuję z usług.""", charset="iso-8859-2", cte="quoted-printable")
m("pl", "a2", [A], "ridiculous, how hard can it be", "Adres",
"""To jest śmieszne. Czy to naprawdę takie trudne zmienić adres dostawy? Czekam dwa tygodnie.""")
m("pl", "an1", [], "calm question", "Zamówienie",
"""Dzień dobry, moje zamówienie jeszcze nie dotarło. Czy mogą Państwo sprawdzić? Pozdrawiam, Ewa""")
m("pl", "an2", [], "gratitude", "Dziękuję",
"""Bardzo dziękuję za szybką pomoc, wszystko już działa.""")

# ---------------- ro
m("ro", "a1", [A], "third time, fed up, threat to leave", "A treia oară",
"""Vă scriu a treia oară pentru aceeași factură greșită. M-am săturat. Dacă nu rezolvați până vineri, renunț la abonament.""")
m("ro", "a2", [A], "ridiculous, no diacritics", "adresa",
"""E ridicol. Chiar e asa greu sa schimbati o adresa de livrare? Astept de doua saptamani.""")
m("ro", "an1", [], "calm question", "Comanda",
"""Bună ziua, comanda mea nu a ajuns încă. Puteți verifica? Mulțumesc, Ana""")
m("ro", "an2", [], "gratitude", "Mulțumesc",
"""Vă mulțumesc pentru ajutorul rapid, acum totul funcționează.""")

# ======================================================================  PERSONAL CONTACT
# ---------------- pl (weighted)
m("pl", "c1", [P], "asks consultant for private phone", "Pani Agnieszka",
"""Dzień dobry, pani Agnieszka bardzo mi pomogła w zeszłym tygodniu. Czy mogłaby mi pani podać swój prywatny numer telefonu? Wolałabym dzwonić bezpośrednio do pani niż czekać na infolinii.""")
m("pl", "c2", [P], "asks for WhatsApp of consultant", "whatsapp",
"""Hej, masz może WhatsAppa? Łatwiej by mi było pisać do ciebie tam niż przez te zgłoszenia.""")
m("pl", "c3", [P], "talk outside the ticket, private email", "Kontakt",
"""Panie Tomaszu, czy możemy porozmawiać poza zgłoszeniem? Proszę o Pana prywatny adres e-mail, wyślę tam szczegóły.""", charset="windows-1250", cte="quoted-printable")
m("pl", "c4", [P], "asks for Instagram of agent", "insta",
"""Dzięki za pomoc! Masz insta? Chętnie bym cię zaobserwowała :)""")
m("pl", "cn1", [], "customer gives own number", "Oddzwonienie",
"""Dzień dobry, proszę o kontakt telefoniczny w sprawie faktury. Mój numer komórki: 601 234 567, jestem dostępny po 15.""")
m("pl", "cn2", [], "asks for company hotline and hours", "Infolinia",
"""Dzień dobry, jaki jest numer Państwa infolinii i w jakich godzinach działa biuro obsługi klienta?""")
m("pl", "cn3", [], "signature with phone", "Faktura",
"""Dzień dobry, w załączniku przesyłam poprawione dane do faktury.

Z poważaniem
Marek Nowak
Kierownik Działu Zakupów
tel. +48 22 555 12 34, kom. 602 111 222""")

# ---------------- pt (weighted)
m("pt", "c1", [P], "BR asks attendant's WhatsApp", "Atendimento",
"""Oi Juliana, adorei seu atendimento! Você pode me passar seu WhatsApp? Fica mais fácil falar direto com você.""")
m("pt", "c2", [P], "PT-PT asks for personal mobile", "Contacto",
"""Boa tarde Sr. Ricardo, seria possível dar-me o seu telemóvel pessoal? Preferia tratar disto consigo diretamente, fora da linha de apoio.""", charset="iso-8859-1", cte="quoted-printable")
m("pt", "c3", [P], "BR asks Instagram", "obrigada!",
"""Obrigada pela paciência! Qual é o seu insta? Quero te seguir kkk""")
m("pt", "c4", [P], "talk outside ticket, personal email", "Assunto delicado",
"""Olá Fernanda, é um assunto delicado, podemos conversar fora do chamado? Me manda seu email pessoal que eu te explico tudo.""", html="alt")
m("pt", "cn1", [], "customer gives own WhatsApp", "Retorno",
"""Bom dia, podem me retornar pelo WhatsApp? Meu número é (11) 98765-4321. Obrigado.""")
m("pt", "cn2", [], "asks support hours / company line", "Horário",
"""Olá, qual o horário de atendimento do suporte e qual o telefone da central? Obrigada.""")
m("pt", "cn3", [], "signature with number", "Proposta",
"""Segue em anexo a proposta revisada.

Atenciosamente,
Carlos Mendes
Diretor Comercial
Tel: +55 11 3333-4444 | Cel: +55 11 97777-8888""")

# ---------------- es (weighted)
m("es", "c1", [P], "asks agent for personal mobile", "Gracias Laura",
"""Hola Laura, muchas gracias por tu ayuda. ¿Me podrías pasar tu móvil personal? Así te escribo directamente la próxima vez y no tengo que abrir otro ticket.""")
m("es", "c2", [P], "LatAm asks WhatsApp", "whatsapp",
"""Buenas, tenés whatsapp? así lo hablamos por ahí, es más rápido que este sistema""")
m("es", "c3", [P], "asks for home address to send gift", "Un detalle",
"""Hola Carmen, quería enviarte un pequeño detalle para agradecerte todo. ¿Me darías la dirección de tu casa?""")
m("es", "c4", [P], "talk outside ticket, personal email", "Fuera del ticket",
"""Estimado Sr. Gómez: ¿podríamos hablar fuera del ticket? Le agradecería que me facilitara su correo personal.""", html="only")
m("es", "cn1", [], "customer gives own number", "Llamada",
"""Buenos días, por favor llámenme al 612 345 678 para revisar la factura. Gracias.""")
m("es", "cn2", [], "asks company phone and hours", "Teléfono de atención",
"""Hola, ¿cuál es el teléfono de atención al cliente y el horario de soporte?""")
m("es", "cn3", [], "asks if company offers WhatsApp support", "Canal",
"""Hola, ¿tenéis atención al cliente por WhatsApp o solo por email?""")

# ---------------- ro (weighted)
m("ro", "c1", [P], "asks agent's personal number", "Mulțumiri",
"""Bună ziua doamna Ioana, vă mulțumesc mult. Îmi puteți da numărul dumneavoastră personal? Aș prefera să vă sun direct data viitoare.""", charset="iso-8859-2", cte="quoted-printable")
m("ro", "c2", [P], "asks WhatsApp, no diacritics", "whatsapp",
"""salut Andrei, ai whatsapp? ti-as scrie acolo ca e mai simplu decat pe tichete""")
m("ro", "c3", [P], "asks Instagram", "insta",
"""Mersi de ajutor! Care e instagramul tău? :)""")
m("ro", "c4", [P], "talk outside the ticket, personal email", "Discuție",
"""Domnule Popescu, putem discuta în afara tichetului? Vă rog să-mi trimiteți adresa dumneavoastră personală de email.""")
m("ro", "cn1", [], "customer gives own number", "Contact",
"""Bună ziua, mă puteți suna la 0722 123 456 pentru detalii. Mulțumesc.""")
m("ro", "cn2", [], "asks company line and hours", "Program",
"""Bună ziua, care este programul de lucru al suportului și numărul de telefon al firmei?""")

# ---------------- sv (weighted)
m("sv", "c1", [P], "asks agent's private number", "Tack Erik",
"""Hej Erik, tack för hjälpen igår! Kan jag få ditt privata nummer? Det vore smidigare att ringa dig direkt än att gå via supporten.""")
m("sv", "c2", [P], "asks WhatsApp / Instagram", "insta?",
"""Tack snälla! Har du instagram eller whatsapp? Skulle gärna hålla kontakten :)""")
m("sv", "c3", [P], "talk outside the ticket, private mail", "Utanför ärendet",
"""Hej Maria, kan vi ta det här utanför ärendet? Skicka gärna din privata mejladress så förklarar jag.""", charset="iso-8859-1", cte="quoted-printable")
m("sv", "cn1", [], "customer gives own mobile", "Ring mig",
"""Hej, ring mig gärna på 070-123 45 67 så går vi igenom fakturan. Mvh Lars""")
m("sv", "cn2", [], "asks opening hours", "Öppettider",
"""Hej, vilka är era öppettider för kundtjänst och vilket nummer ringer man?""")

# ---------------- others
m("en", "c1", [P], "asks agent's personal number", "Thanks Jess",
"""Hi Jess, you were brilliant today. Could I get your personal number? Would be easier to just text you directly next time rather than go through the ticket queue.""")
m("en", "cn1", [], "customer gives own mobile, signature", "Call back",
"""Please call me back about the renewal, my mobile is 07700 900123.

Regards,
Sarah Lin
Operations Manager | +44 20 7946 0000""")
m("de", "c1", [P], "asks for private email of agent", "Kontakt",
"""Hallo Herr Meier, könnten Sie mir Ihre private E-Mail-Adresse geben? Dann könnten wir das außerhalb des Tickets klären.""", charset="iso-8859-1", cte="quoted-printable")
m("de", "cn1", [], "asks hotline number and hours", "Hotline",
"""Guten Tag, unter welcher Nummer erreiche ich Ihre Hotline und wann ist der Support besetzt?""")
m("da", "c1", [P], "asks agent's private number", "Tak",
"""Hej Sofie, tusind tak! Må jeg få dit private nummer, så jeg kan ringe direkte til dig næste gang?""")
m("nb", "c1", [P], "asks personal number / snap", "Takk",
"""Tusen takk for hjelpen! Kan jeg få ditt private nummer? Eller har du snap?""")
m("fi", "c1", [P], "asks agent's personal phone number", "Kiitos",
"""Hei Laura, kiitos avusta! Voisitko antaa henkilökohtaisen puhelinnumerosi? Olisi helpompi soittaa sinulle suoraan.""")
m("fr", "c1", [P], "asks personal number / Insta", "Merci",
"""Merci Julie pour ton aide ! Tu pourrais me donner ton numéro perso ? Ou ton insta ?""")
m("fr", "cn1", [], "asks company number", "Numéro",
"""Bonjour, quel est le numéro du service client et vos horaires d'ouverture ?""")
m("it", "c1", [P], "asks personal mobile", "Grazie",
"""Ciao Marco, grazie davvero. Mi passi il tuo cellulare personale? Così ti scrivo direttamente.""")
m("nl", "c1", [P], "asks private number", "Bedankt",
"""Hoi Lisa, bedankt! Mag ik je privénummer? Dan kan ik je direct appen in plaats van via het ticketsysteem.""")
m("nl", "cn1", [], "customer gives own number", "Terugbellen",
"""Kunt u mij terugbellen op 06 12345678? Alvast bedankt.""")

# =========================================================  hard negatives / mixed (angry)
m("en", "an4", [], "newsletter about complaint handling", "Our newsletter: handling angry customers",
"""Monthly tips for support teams: how to calm a furious customer, what to do when someone writes 'this is unacceptable', and why 'I've had enough' often means they are about to churn.

Unsubscribe at any time.""", html="only")
m("en", "an5", [], "hypothetical: would be annoyed if", "Renewal",
"""Quick question before we renew: if the price goes up again next year, can we lock it in? Just planning ahead. Thanks!""")
m("de", "an3", [], "question about complaint procedure", "Beschwerde",
"""Guten Tag, wie kann ich formell Beschwerde über eine verspätete Lieferung einlegen? Gibt es dafür ein Formular?""")
m("es", "an3", [], "calm complaint with quoted history", "RE: Incidencia 5521",
"""Gracias por la respuesta. Sigo sin ver el cambio en la factura, ¿podéis revisarlo otra vez cuando podáis?

> Estimada clienta, lamentamos las molestias. Hemos corregido la factura.
> Un saludo, Soporte""")
m("fr", "an3", [], "no worries", "Re: retard",
"""Pas de souci, ce n'est pas grave du tout. Merci de m'avoir prévenu.""")
m("pl", "an3", [], "polite disappointment", "Reklamacja",
"""Dzień dobry, niestety produkt przyszedł uszkodzony. Trochę szkoda, ale proszę o informację, jak mogę go wymienić.""")
m("sv", "an3", [], "past event resolved", "Tack",
"""Förra veckan var jag ganska irriterad över faktureringen, men nu är allt löst. Tack för hjälpen!""")
m("pt", "an3", [], "BR no worries", "Re: atraso",
"""Sem problemas, tranquilo! Obrigado por avisar.""")
m("ro", "an3", [], "polite disappointment", "Livrare",
"""Bună ziua, din păcate coletul a ajuns cu o zi întârziere. Nu e o problemă mare, vă mulțumesc.""")
m("it", "an3", [], "question about how to complain", "Reclamo",
"""Buongiorno, come posso presentare un reclamo formale? Grazie.""")

# extra angry positives (variety)
m("en", "a6", [A], "rambling, exasperated, leave threat in middle", "Account / billing / everything",
"""Hi,

I don't even know where to start. We signed up in January because you promised the migration would be painless. Since then we've had the calendar wipe twice, invoices going to the wrong address and now the mobile app logs everyone out every hour.

I've raised tickets, I've phoned, I've been patient. I am at the end of my patience now. Honestly, if this isn't sorted by the end of the month we're walking, and I'll be telling everyone I know why.

Regards,
Jenna""", html="alt")
m("de", "a4", [A], "angry + HTML-only", "Unmöglich",
"""Das ist jetzt das vierte Mal, dass ich Ihnen schreibe. Ich habe die Nase gestrichen voll von Ihren Standardantworten. Unmöglich!""", html="only")
m("es", "a4", [A], "caps, Spain", "NO PUEDE SER",
"""NO PUEDE SER QUE OTRA VEZ ME COBRÉIS DOS VECES. Es una vergüenza, estoy hasta las narices.""", charset="iso-8859-1", cte="base64")
m("pt", "a3", [A], "sarcasm, BR, exasperated", "parabéns",
"""Parabéns, mais uma vez o sistema apagou meus pedidos. Que beleza. Sério, não aguento mais isso.""")
m("pl", "a3", [A], "exasperated, no diacritics", "znowu",
"""Znowu to samo!!! Ile razy mam pisac w tej samej sprawie? Mam juz serdecznie dosc waszej obslugi.""")
m("ro", "a3", [A], "sarcasm, exasperated", "Bravo",
"""Bravo, iar nu merge aplicația după actualizare. Nu mai suport. E a patra oară când vă scriu.""")
m("it", "a3", [A], "caps, fed up", "BASTA",
"""BASTA. Non ne posso più. Ogni mese lo stesso errore in fattura e nessuno fa niente.""")
m("nl", "a3", [A], "exasperated, rambling", "Nog steeds niet opgelost",
"""Ik heb nu al drie keer gebeld en twee keer gemaild. Elke keer krijg ik te horen dat het 'doorgezet' is. Ik word er echt gek van. Dit is toch niet normaal?""")
m("fr", "a4", [A], "how hard can it be, exasperated", "sérieusement ?",
"""Sérieusement, c'est quand même pas sorcier de modifier une adresse ! Ça fait trois fois que je le demande, j'en peux plus.""")

# contact: mixed / hard negatives
m("en", "cn2", [], "asks for company's direct line for billing dept", "Billing",
"""Hello, is there a direct phone number for your billing department? The general line keeps putting me on hold.""")
m("es", "cn4", [], "customer gives own personal email to update account", "Cambio de correo",
"""Hola, por favor actualizad mi cuenta con mi correo personal: lucia.r@correo.example. Gracias.""")
m("pt", "cn4", [], "asks if support has WhatsApp channel", "WhatsApp",
"""Vocês têm atendimento por WhatsApp? Qual é o número oficial da empresa?""")
m("sv", "cn3", [], "signature with mobile, no contact request", "Fakturafråga",
"""Hej, kan ni skicka fakturan för mars igen? Den verkar ha försvunnit.

Med vänlig hälsning
Karin Holm
Ekonomiansvarig
Mobil: 070-987 65 43""")
m("pl", "c5", [P], "asks to continue on Messenger privately", "messenger",
"""Dzień dobry, czy mogę napisać do pani prywatnie na Messengerze? Wolałabym to załatwić poza systemem zgłoszeń.""")
m("ro", "c5", [P], "wants to meet agent in person / home address", "Cadou",
"""Doamna Elena, aș vrea să vă trimit un mic cadou. Îmi puteți spune adresa de acasă?""")
m("pt", "c5", [P], "PT-PT continue by personal email instead of ticket", "Email",
"""Caro Nuno, podemos continuar esta conversa por email pessoal? Envie-me o seu endereço particular, por favor.""")
m("sv", "c4", [P], "asks to add on LinkedIn/Instagram + private chat", "Fortsätta privat",
"""Hej Johan! Kan vi fortsätta prata privat? Har du ett privat nummer eller Messenger?""")
m("es", "c5", [P], "asks agent's Instagram, LatAm", "Gracias!!",
"""Mil gracias Sofi!! sos una genia. ¿Cuál es tu Instagram? te quiero seguir""")
m("pl", "cn4", [], "question whether agent's number in signature is direct line", "Telefon",
"""Dzień dobry, czy numer w stopce Państwa maila to ogólna infolinia firmy? Chciałbym zadzwonić w sprawie umowy.""")

# quoted history / signatures
m("en", "a7", [A], "angry reply above quoted support apology", "Re: Ticket #88213",
"""No, it is NOT resolved. You closed the ticket without even reading my last message. This is the fourth time. Ridiculous.

On Mon, 23 Nov 2026, Support wrote:
> Hi Daniel, we're sorry for the inconvenience. We believe the issue is now resolved
> and have closed this ticket. Kind regards, the Support Team""")
m("ro", "c6", [P], "asks agent for WhatsApp, quoted reply + company signature below", "Re: Tichet 4471",
"""Mulțumesc frumos, Cristina! Ai și WhatsApp? Ți-aș scrie acolo direct, e mai rapid decât tichetele.

-----Original Message-----
From: Cristina, Suport Clienți
Problema a fost rezolvată. Pentru alte întrebări ne puteți suna la 021 300 4000 (L-V, 9-17).""")
m("sv", "c5", [P], "non-native Swedish, asks personal phone", "fråga",
"""Hej Sara, du hjälpte mig mycket. Kan du ge mig din egen telefonnummer? Jag vill ringa dig inte kundtjänst.""")
m("pl", "c6", [P], "curt: asks for consultant's number to call directly", "numer",
"""Pani Kasiu, proszę podać mi swój numer komórki, zadzwonię bezpośrednio. Szybciej niż przez infolinię.""")
m("es", "cn5", [], "agent's signature quoted; customer asks for company number", "RE: Caso 7781",
"""Gracias. ¿Este teléfono de la firma es el de atención general? Quiero llamar mañana.

> Un saludo,
> Pablo Ruiz - Atención al Cliente
> Tel. 900 123 456""")
m("pt", "an4", [], "BR calm complaint + quoted history", "RE: Pedido 3321",
"""Oi, ainda não recebi o reembolso. Podem verificar, por favor?

Em seg., 23 de nov., Suporte escreveu:
> Lamentamos o transtorno, o reembolso será feito em até 5 dias úteis.""")

# batch 2 (written before any tuning): subtler anger, no stock keywords
m("en", "a8", [A], "sarcasm only, no keywords", "Wonderful",
"""Wonderful. Absolutely wonderful. Six weeks, eleven emails, three 'escalations' and my account is still locked. Please, do tell me again how much you value my business.""")
m("en", "a9", [A], "curt, leaving, no swearing", "Done",
"""Forget it. I'm taking my business elsewhere. Don't bother replying with another template.""")
m("de", "a5", [A], "sarcasm, leaving, Swiss style no ß", "Kompliment",
"""Kompliment an Ihre Organisation: seit sechs Wochen warte ich auf eine simple Gutschrift. Ich habe genug davon, wir wechseln den Anbieter. Auf Wiedersehen.""")
m("da", "a3", [A], "exasperated, caps, leaving", "HVOR LÆNGE",
"""HVOR LÆNGE SKAL JEG VENTE?? Jeg er så træt af jeres undskyldninger. Vi opsiger abonnementet.""")
m("nb", "a3", [A], "had enough, ridiculous, no diacritics", "helt utrolig",
"""Jeg har fatt nok na. Tredje gang jeg ma forklare det samme til en ny person hos dere. Dette er helt utrolig darlig.""")
m("sv", "a3", [A], "sarcasm + leaving", "Snyggt jobbat",
"""Snyggt jobbat, verkligen. Nu har ni dragit pengarna två gånger igen. Jag orkar inte mer, vi byter leverantör.""")
m("fi", "a3", [A], "caps + leaving", "EI TOIMI TAAS",
"""EI TOIMI TAAS. Olen soittanut neljä kertaa. Minulla on mitta täynnä, irtisanomme sopimuksen.""")
m("nl", "a4", [A], "Flemish, fed up", "Het is genoeg geweest",
"""Het is nu echt genoeg geweest. Al een maand wacht ik op een antwoord. Ik ben het beu en ik stap over naar een andere aanbieder.""")
m("fr", "a5", [A], "Quebec-ish exasperation", "Tanné",
"""Je suis tanné d'appeler pour rien. C'est la quatrième fois que je vous explique le problème. C'est honteux.""")
m("it", "a4", [A], "sarcasm, no accents", "ottimo lavoro",
"""Ottimo lavoro davvero, per la quarta volta mi addebitate due volte. Sono esasperato, cambio fornitore e lo dico a tutti.""")
m("es", "a5", [A], "LatAm exasperation", "ya basta",
"""Ya basta. Es la cuarta vez que les escribo y nadie me contesta nada. Qué falta de respeto. Me voy con otra empresa.""")
m("pt", "a4", [A], "PT-PT fed up, leaving", "Inaceitável",
"""É inaceitável. Quarta vez que contacto o apoio e continuo sem resposta. Estou farto, vou mudar de operador.""")
m("pl", "a4", [A], "sarcasm + leaving", "Brawo",
"""Brawo, kolejny raz pobraliście opłatę podwójnie. Szczerze, nie mam już siły. Rezygnuję i przechodzę do konkurencji.""")
m("ro", "a4", [A], "exasperated + leaving", "Inacceptabil",
"""Este inacceptabil. V-am sunat de patru ori și nimeni nu mă ajută. Mi-a ajuns, reziliez contractul.""")
# batch 2 negatives: mention the topic without being angry
m("en", "an6", [], "policy question about cancellation", "Cancellation terms",
"""Hi, if we decide to switch to another provider next year, what is the notice period? Just checking the contract terms. Thanks, Ben""")
m("de", "an4", [], "colleague was angry in the past, now fine", "Danke nochmal",
"""Mein Kollege war letzte Woche ziemlich verärgert wegen der Rechnung, aber das hat sich erledigt. Danke für die Gutschrift!""")
m("sv", "an4", [], "mild, polite: a bit disappointed", "Lite synd",
"""Hej, lite synd att rabattkoden inte fungerade, men det gör inget. Kan ni lägga på den manuellt? Tack!""")
m("nl", "an3", [], "calm third contact", "Nogmaals de factuur",
"""Goedemorgen, ik mail nogmaals over de factuur van maart, misschien is mijn vorige bericht niet aangekomen. Zouden jullie ernaar kunnen kijken? Groet, Pieter""")
m("es", "an4", [], "hypothetical quote in a survey answer", "Encuesta",
"""Respuesta a vuestra encuesta: estoy contento con el servicio. Lo único, si algún día tardáis tanto como la competencia, me enfadaría, jaja. Seguid así.""")
m("pl", "an4", [], "calm reminder", "Przypomnienie",
"""Dzień dobry, uprzejmie przypominam o mojej wiadomości z zeszłego tygodnia w sprawie faktury. Pozdrawiam serdecznie, Anna""")
m("it", "an4", [], "no worries", "Re: ritardo",
"""Non si preoccupi, nessun problema. Grazie per avermi avvisato.""")
m("ro", "an4", [], "thanks after earlier trouble", "Rezolvat",
"""Săptămâna trecută eram destul de supărat, dar acum totul e rezolvat. Mulțumesc pentru răbdare!""")
# batch 2 personal-contact, weighted languages
m("pl", "c7", [P], "non-native, agent's phone to call outside work", "Pytanie",
"""Dzień dobry Pani Marto, czy może pani dać mi swój telefon? Chcę zadzwonić do pani po pracy, nie na infolinię.""")
m("pt", "c6", [P], "BR, add on Instagram / zap", "valeu",
"""Valeu demais Bruno! Me passa teu zap ou teu insta pra gente trocar ideia fora daqui""")
m("es", "c6", [P], "Spain, agent's personal email instead of ticket system", "Correo",
"""Hola Javier, ¿tienes un correo personal al que pueda escribirte? El sistema de tickets es muy lento.""")
m("ro", "c7", [P], "agent's Facebook / personal number", "Facebook",
"""Bună Alina, te găsesc pe Facebook? Sau îmi poți da numărul tău personal ca să vorbim direct?""")
m("sv", "c6", [P], "agent's home address for flowers", "Blommor",
"""Hej Linnea! Jag vill skicka blommor som tack. Vilken är din hemadress?""")
m("pl", "cn5", [], "asks for sales department number", "Dział handlowy",
"""Dzień dobry, proszę o numer telefonu do działu handlowego oraz godziny pracy. Dziękuję.""")
m("pt", "cn5", [], "customer offers own personal email", "Contacto alternativo",
"""Bom dia, o meu email de trabalho está com problemas; podem responder para o meu email pessoal, joana.silva@correio.example? Obrigada.""")
m("ro", "cn3", [], "signature with mobile, invoice question", "Factura",
"""Bună ziua, vă rog să retrimiteți factura pentru octombrie.

Cu stimă,
Mihai Dumitrescu
Director Financiar
Mobil: 0744 555 666""", charset="iso-8859-2", cte="quoted-printable")
m("sv", "cn4", [], "asks if support has a phone number at all", "Telefon?",
"""Går det att ringa er support eller sker allt via mejl? Vilket nummer i så fall?""")


# ------------------------------------------------------------------------------------- write
def build(e, i):
    body, cs = cedilla_forms(e["body"], e["charset"]), e["charset"]   # legacy Romanian mailers write cedilla forms
    def part(text, sub):
        p = MIMEText(text, sub, cs)
        if e["cte"] in ("quoted-printable", "base64"):
            del p["Content-Transfer-Encoding"]
            c = Charset(cs)
            c.body_encoding = QP if e["cte"] == "quoted-printable" else BASE64
            p.set_payload(text, c)
        return p
    html = "<html><body>" + html_paragraphs(body, escape=str, br="<br>", sep="") + "</body></html>"
    lang = e["lang"]
    sender, msg_id = customer(lang, f"8ac{lang}{e['name']}")
    if e["html"] == "alt":
        msg = MIMEMultipart("alternative", boundary=stable_boundary(msg_id))
        msg.attach(part(body, "plain"))
        msg.attach(part(html, "html"))
    elif e["html"] == "only":
        msg = part(html, "html")
    else:
        msg = part(body, "plain")
    date = mail_date("Tue", 24, "Nov", 8 + i % 9, i % 60)
    for k, v in head_fields(sender, encoded_subject(e["subject"]), date, msg_id):
        msg[k] = v
    return msg.as_bytes()

def main():
    out = DevSet(HERE, HEADER)
    for i, e in enumerate(M):
        forbid = [t for t in TAGS if t not in e["expect"] and t not in e["unscored"]]
        out.add(e["lang"], e["name"], build(e, i), e["expect"], forbid, e["note"])
    out.save(clean=True)
    print(len(M), "messages")

if __name__ == "__main__":
    main()
