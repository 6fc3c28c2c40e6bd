#!/usr/bin/env python3
"""devset5 abuse-legal-contact: fresh hand-written set for abusive, legal-threat, personal-contact.
Edit here and re-run; it rewrites manifest.toml and <lang>/*.eml."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, forbid_others, mail_date, message_id, plain_mail

TAGS = ["abusive", "legal-threat", "personal-contact"]
HERE = Path(__file__).resolve().parent
A, L, P = "abusive", "legal-threat", "personal-contact"

M = []  # (lang, name, expect list, note, subject, body)
def m(lang, name, expect, note, subject, body):
    M.append((lang, name, expect, note, subject, body.strip()))

# ---------------- en
m("en", "a1", [A], "veiled threat, office location, long mail", "Invoice 44812 AGAIN",
"""Hi,

This is the fourth time I'm writing about invoice 44812. Every time I get a different person who reads me the same script and then nothing happens. I was told on the 3rd that the credit note was approved, then on the 10th that there was no record of it.

I know where your office is, it's the grey building on Harbour Street, I drive past it every day. Maybe I should pop in and we can sort this out in person. Trust me, you'll regret it if this drags on another week.

Sort it.
Dan""")
m("en", "a2", [A], "degrading insult aimed at named agent, no stock words", "your 'agent' Karen",
"""To whoever reads this,
Your agent Karen is a brain-dead cow who clearly can't read a simple order number. Honestly the lot of you are spineless parasites living off people's subscriptions. Put someone competent on my case.""")
m("en", "a3", [A], "threat, 'watch your back' + 'I'll find you' with typos", "re: cancelled booking",
"""u cancelled my booking without asking and kept the deposit. i got your name off the chat log mate, Jason W. i'll find you. watch ur back""")
m("en", "l1", [L], "county court + instructing solicitor, rambling", "Final attempt before proceedings",
"""Hello,

I have tried to be patient. The heater I bought in November stopped working after nine days, your engineer never turned up to either appointment and I have taken two days off work for nothing.

Please treat this as my final attempt to resolve it amicably. If the full refund of £640 is not received within 14 days I am instructing a solicitor and will issue a claim in the county court for the cost and my lost wages, without further notice.

Regards,
Priya Raman""")
m("en", "p1", [P], "asks for agent's mobile / whatsapp", "thanks to Sarah",
"""Hi, just wanted to say Sarah was brilliant on the phone yesterday, the only person who actually fixed my problem. Could you pass on her mobile number so I can text her directly next time? Or is she on WhatsApp? Would save us both a lot of time. Cheers, Mike""")
m("en", "n1", [], "law firm DSAR under GDPR with signature; customer offers own mobile", "Data subject access request - our client Brightwater Ltd",
"""Dear Sir or Madam,

We act for Brightwater Ltd in relation to its customer account 2231. On behalf of our client's director we request a copy of the personal data you hold under Article 15 GDPR, together with the purposes of processing and the recipients.

Please reply within one month. If anything is unclear you can reach me on my mobile 07700 900123.

Kind regards,
Emma Holt
Associate Solicitor, Holt & Partners LLP
Court Chambers, 12 Temple Row, Birmingham
This email is confidential and may be legally privileged.""")
m("en", "n2", [], "benign 'I'll find you' / 'see you' at an event, office location for delivery", "See you at the expo",
"""Hi team, I know where your office is now, I'll drop the signed contract off on Thursday morning. Also I'll find you at the expo next week, our stand is right next to yours, see you there! You'll regret missing our demo, it's good :) Best, Olga""")

# ---------------- de
m("de", "a1", [A], "veiled threat, office, regret", "Kündigung ignoriert",
"""Guten Tag,

seit Februar versuche ich, meinen Vertrag zu kündigen. Drei Mal habe ich die Kündigung geschickt, drei Mal kam nichts zurück, und Sie buchen weiter ab.

Ich weiß, wo Ihr Büro ist. Vielleicht schaue ich mal persönlich vorbei, dann reden wir anders miteinander. Das werden Sie noch bereuen, das verspreche ich Ihnen.

K. Maurer""")
m("de", "a2", [A], "insults aimed at staff, not stock words", "Ihre Hotline",
"""Die Frau an Ihrer Hotline ist eine hohle Nuss und Ihr Teamleiter ein arroganter Lackaffe. Ihr seid alle unfähige Schmarotzer, die nur Geld kassieren.""")
m("de", "l1", [L], "Mahnbescheid + Verbraucherzentrale, no diacritics", "Rueckerstattung",
"""Hallo,
die 320 Euro fuer die nicht gelieferte Ware fehlen immer noch. Ich habe die Sache jetzt an die Verbraucherzentrale weitergegeben und werde einen gerichtlichen Mahnbescheid beantragen, wenn bis Monatsende nichts passiert. Gruesse, T. Schulz""")
m("de", "p1", [P], "asks for agent's private number / whatsapp", "Herr Keller",
"""Hallo, Herr Keller hat mir letzte Woche super geholfen. Könnten Sie mir seine private Handynummer geben? Oder ist er über WhatsApp erreichbar? Dann muss ich nicht immer in der Warteschleife hängen.""")
m("de", "n1", [], "law firm asks for AV contract under DSGVO; signature", "Anfrage Auftragsverarbeitungsvertrag",
"""Sehr geehrte Damen und Herren,

wir vertreten die Muster GmbH und prüfen derzeit die Verträge mit ihren Dienstleistern. Bitte senden Sie uns Ihren Auftragsverarbeitungsvertrag nach Art. 28 DSGVO sowie eine Liste der Unterauftragsverarbeiter.

Mit freundlichen Grüßen
Dr. Lena Brandt
Rechtsanwältin | Fachanwältin für IT-Recht
Kanzlei Brandt & Vogel Rechtsanwälte PartG mbB, Gerichtsstraße 4, 50667 Köln
Amtsgericht Essen PR 1234""")

# ---------------- da
m("da", "a1", [A], "veiled threat", "Min ordre",
"""Hej. Jeg har ventet 5 uger på min ordre og ingen svarer. Jeg ved godt hvor jeres lager ligger i Køge. I skal passe på jer selv, det her kommer I til at fortryde.""")
m("da", "a2", [A], "insults aimed at staff", "Kundeservice",
"""Hende damen i telefonen er en dum kælling, og I er en flok klaphatte der ikke kan finde ud af noget som helst. Skam jer.""")
m("da", "l1", [L], "Forbrugerklagenævnet + advokat", "Reklamation",
"""Hej,
jeg reklamerede over sofaen for to måneder siden og har stadig ikke fået svar. Jeg har nu talt med en advokat, og hvis I ikke svarer inden fredag, indbringer jeg sagen for Forbrugerklagenævnet.
Mvh Lars""")
m("da", "p1", [P], "ask for agent's private number / instagram", "Tak til Mette",
"""Hej! Mette var så sød og hjælpsom i går. Må jeg få hendes private nummer, eller hvad hedder hun på Instagram? Vil gerne sige tak personligt.""")
m("da", "n1", [], "customer offers own number; GDPR request", "Indsigt i mine data",
"""Hej, jeg vil gerne have indsigt i de persondata I har om mig, jf. GDPR. I er velkomne til at ringe til mig på mit mobilnummer 22 33 44 55 eller skrive på WhatsApp, hvis I har spørgsmål. Mvh Sofie""")

# ---------------- ro
m("ro", "a1", [A], "veiled threat, no diacritics", "Comanda anulata",
"""Buna ziua. Mi-ati anulat comanda si nu mi-ati dat banii inapoi de o luna. Stiu unde aveti biroul, pe Calea Victoriei. O sa va para rau, ai grija pe unde umbli.""")
m("ro", "a2", [A], "insults aimed at agent", "operatoarea",
"""Proasta aia de la call center nu știe nici să citească un număr de comandă. Sunteți o adunătură de nesimțiți și de hoți nenorociți.""")
m("ro", "l1", [L], "lawyer + court, rambling", "Reclamatie garantie",
"""Buna ziua,

am cumparat o masina de spalat in martie, s-a stricat dupa trei saptamani, am trimis-o in service de doua ori si tot nu functioneaza. Nimeni nu raspunde la telefon.

V-am dat destule sanse. Am vorbit deja cu un avocat si daca nu primesc banii inapoi pana la sfarsitul lunii, va chem in instanta si depun plangere si la Protectia Consumatorului.

Andrei P.""")
m("ro", "p1", [P], "ask for agent's personal number / facebook", "Doamna Ionescu",
"""Bună ziua, doamna Ionescu m-a ajutat foarte mult. Puteți să-mi dați numărul ei personal de telefon? Sau contul ei de Facebook, ca să-i mulțumesc direct?""")
m("ro", "n1", [], "GDPR deletion request from legal department", "Cerere stergere date",
"""Stimate domnule/doamnă,
în temeiul art. 17 din GDPR, vă rog să ștergeți datele mele personale din baza dumneavoastră de date. Vă rog să confirmați în scris.
Cu stimă,
Maria Popa, consilier juridic, departamentul juridic al SC Alfa SRL""")

# ---------------- pl
m("pl", "a1", [A], "veiled threat", "Reklamacja",
"""Dzień dobry. Trzeci raz piszę w sprawie reklamacji i nic. Wiem, gdzie macie biuro. Jeszcze się spotkamy, pożałujecie tego. Uważajcie na siebie.""")
m("pl", "a2", [A], "insults at consultant, no diacritics", "konsultantka",
"""Ta baba z infolinii to tepa dzida, a wy wszyscy to banda nierobow i zlodziei. Wstyd.""")
m("pl", "l1", [L], "rzecznik konsumentów + pozew", "Zwrot pieniędzy",
"""Dzień dobry,
minęło 30 dni od odstąpienia od umowy, a pieniądze nadal nie wróciły. Sprawę zgłosiłem do miejskiego rzecznika konsumentów, a jeśli do piątku nie dostanę zwrotu, złożę pozew w sądzie.
Piotr""")
m("pl", "p1", [P], "ask for agent's private number / mail", "Pani Kasia",
"""Dzień dobry, pani Kasia bardzo mi pomogła. Czy mogę dostać jej prywatny numer telefonu albo prywatnego maila? Wolałbym pisać bezpośrednio do niej.""")
m("pl", "n1", [], "law firm RODO request with signature", "Zapytanie RODO",
"""Szanowni Państwo,
działając w imieniu naszego klienta, prosimy o przesłanie informacji o przetwarzaniu jego danych osobowych na podstawie art. 15 RODO oraz kopii umowy powierzenia.
Z poważaniem
adw. Anna Nowak
Kancelaria Adwokacka Nowak i Wspólnicy sp.k., ul. Sądowa 3, Kraków""")

# ---------------- es
m("es", "a1", [A], "veiled threat", "Mi pedido",
"""Llevo un mes esperando el reembolso y nadie me contesta. Sé dónde está vuestra oficina, en la calle Alcalá. Os vais a arrepentir, cuidadito con lo que hacéis.""")
m("es", "a2", [A], "insults aimed at operator", "la operadora",
"""La inútil de la operadora es una imbécil que no sabe ni leer, y vosotros sois una panda de sinvergüenzas y chupasangres.""")
m("es", "l1", [L], "reclamación consumo + tribunales + abogado, rambling", "Reclamacion",
"""Buenas tardes,

compré un portátil el 2 de mayo, llegó roto, lo devolví y todavía no tengo ni el dinero ni un portátil nuevo. Cada vez que llamo me dicen que está en revisión.

Ya he puesto una reclamación en la oficina municipal de consumo y mi abogado va a enviaros un burofax. Si no me devolvéis los 899 euros, acudiré a los tribunales.

Saludos, Marta""")
m("es", "p1", [P], "ask for agent's personal mobile / instagram", "Lucía",
"""Hola! Lucía me atendió genial. ¿Me podrías pasar su móvil personal? ¿O tiene Instagram? Me gustaría agradecérselo en persona.""")
m("es", "n1", [], "customer offers own number + legal dept contract question", "Contrato",
"""Hola, desde el departamento jurídico estamos revisando las condiciones del contrato y la política de protección de datos. ¿Nos podéis enviar el contrato de encargado del tratamiento? Podéis llamarme a mi móvil 612 345 678. Gracias, Javier (asesoría legal)""")

# ---------------- fr
m("fr", "a1", [A], "veiled threat", "Remboursement",
"""Ça fait trois semaines que j'attends. Je sais où se trouvent vos bureaux. Vous allez le regretter, faites gaffe à vous.""")
m("fr", "a2", [A], "insults at advisor, no accents", "votre conseillere",
"""Votre conseillere est une conasse et vous etes une bande de tocards et de bras casses. Honte a vous.""")
m("fr", "l1", [L], "médiateur + DGCCRF + mise en demeure avocat", "Litige commande 7781",
"""Bonjour,
sans réponse de votre part sous huit jours, je saisirai le médiateur de la consommation et je signalerai vos pratiques à la DGCCRF. Mon avocat prépare d'ores et déjà une mise en demeure.
Cordialement, Claire Dubois""")
m("fr", "p1", [P], "ask for agent's personal number / insta", "Julien",
"""Bonjour, Julien m'a super bien aidé. Vous pourriez me donner son numéro perso ? Ou son compte Insta ? J'aimerais le remercier directement.""")
m("fr", "n1", [], "legal dept RGPD DPA request, law firm signature", "Demande DPA",
"""Bonjour,
notre service juridique souhaite obtenir votre accord de traitement des données (DPA) conforme au RGPD ainsi que la liste de vos sous-traitants.
Bien cordialement,
Maître Sophie Laurent, avocate au barreau de Lyon
Cabinet Laurent Avocats""")

# ---------------- nl
m("nl", "a1", [A], "veiled threat", "Bestelling",
"""Ik weet waar jullie kantoor zit. Kijk maar goed uit, daar gaan jullie spijt van krijgen.""")
m("nl", "a2", [A], "insults at staff", "Die medewerkster",
"""Die trut aan de telefoon is een domme koe en jullie zijn een stelletje oplichters en sukkels.""")
m("nl", "l1", [L], "Geschillencommissie + advocaat + ACM", "Klacht",
"""Goedemiddag,
ik heb al drie keer gemaild over mijn defecte wasmachine. Als ik deze week niets hoor, leg ik de zaak voor aan de Geschillencommissie en schakel ik een advocaat in.
Groet, Pieter""")
m("nl", "p1", [P], "ask for agent's 06 number / private mail", "Sanne",
"""Hoi, Sanne heeft me zo goed geholpen. Mag ik haar 06-nummer of haar privémail? Dan kan ik haar direct bereiken.""")
m("nl", "n1", [], "AVG request by legal dept", "Verwerkersovereenkomst",
"""Beste,
onze juridische afdeling verzoekt om een kopie van de verwerkersovereenkomst onder de AVG. U kunt mij bereiken op mijn mobiele nummer 06-12345678.
Met vriendelijke groet,
mr. J. de Vries, bedrijfsjurist""")

# ---------------- sv
m("sv", "a1", [A], "veiled threat", "Min beställning",
"""Jag vet var ert kontor ligger. Det här kommer ni att ångra, se upp.""")
m("sv", "a2", [A], "insults at staff", "Kundtjänst",
"""Den där korkade kärringen i telefon är helt värdelös och ni är ett gäng odugliga fårskallar.""")
m("sv", "l1", [L], "ARN + advokat, rambling", "Reklamation",
"""Hej,

jag köpte en diskmaskin i januari som gick sönder efter en månad. Ni har lovat att skicka en tekniker två gånger men ingen har kommit.

Jag har nu kontaktat en advokat och kommer att anmäla ärendet till Allmänna reklamationsnämnden om ni inte återbetalar hela beloppet inom två veckor.

Mvh Erik""")
m("sv", "p1", [P], "ask for agent's private number / insta", "Elin",
"""Hej! Elin var jättegullig. Kan jag få hennes privata nummer, eller vad heter hon på Insta?""")
m("sv", "n1", [], "customer offers own number", "Ring mig",
"""Hej, ni når mig enklast på mitt mobilnummer 070-123 45 67, eller skicka ett sms. Jag har en fråga om fakturan. Mvh Anna""")

# ---------------- it
m("it", "a1", [A], "veiled threat", "Rimborso",
"""So dove si trova il vostro ufficio. Ve ne pentirete, state attenti.""")
m("it", "a2", [A], "insults at operator", "l'operatrice",
"""Quella deficiente dell'operatrice non capisce niente, siete un branco di incapaci e di ladri.""")
m("it", "l1", [L], "avvocato + esposto + tribunale", "Reclamo",
"""Buongiorno,
se entro dieci giorni non ricevo il rimborso mi rivolgerò a un avvocato e presenterò un esposto all'Antitrust. Sono pronto ad andare in tribunale.
Saluti, Marco""")
m("it", "p1", [P], "ask for agent's personal cell / whatsapp", "Giulia",
"""Ciao, potrei avere il cellulare personale di Giulia? Ha WhatsApp? Mi ha aiutato tantissimo.""")
m("it", "n1", [], "GDPR access request, studio legale signature", "Richiesta accesso dati",
"""Spettabile società,
ai sensi dell'art. 15 GDPR chiedo copia dei dati personali che mi riguardano.
Distinti saluti
Avv. Paolo Ricci
Studio Legale Ricci, Via del Tribunale 5, Napoli""")

# ---------------- pt
m("pt", "a1", [A], "veiled threat, pt-BR", "Pedido",
"""Eu sei onde vocês trabalham. Vocês vão se arrepender, fiquem espertos.""")
m("pt", "a2", [A], "insults at attendant", "atendente",
"""Essa atendente é uma burra e vocês são um bando de incompetentes e ladrões.""")
m("pt", "l1", [L], "Procon + juizado, no accents", "Reclamacao",
"""Boa tarde. Ja abri uma reclamacao no Procon e vou entrar com uma acao no juizado especial se o reembolso nao cair ate sexta. Att, Carla""")
m("pt", "p1", [P], "ask for agent's whatsapp / personal number", "Fernanda",
"""Oi! Pode me passar o WhatsApp da Fernanda? Ou o número pessoal dela? Ela me ajudou muito.""")
m("pt", "n1", [], "customer offers own whatsapp", "Contato",
"""Olá, podem falar comigo pelo meu WhatsApp (11) 98765-4321 se precisarem de mais informações sobre o pedido. Obrigado, Rui""")

# ---------------- nb
m("nb", "a1", [A], "veiled threat", "Bestilling",
"""Jeg vet hvor kontoret deres ligger. Dette kommer dere til å angre på, pass dere.""")
m("nb", "a2", [A], "insults at staff", "Kundeservice",
"""Hun kjerringa i kundeservice er dum som et brød, og dere er en gjeng udugelige tullinger.""")
m("nb", "l1", [L], "Forbrukerrådet + advokat + forliksrådet", "Reklamasjon",
"""Hei,
jeg har reklamert på sofaen i to måneder uten svar. Jeg klager saken inn for Forbrukerrådet og har tatt kontakt med advokat. Neste steg er forliksrådet.
Mvh Ola""")
m("nb", "p1", [P], "ask for agent's private number / snapchat", "Ingrid",
"""Hei, kan jeg få privatnummeret til Ingrid? Eller Snapchaten hennes? Hun var så hjelpsom.""")
m("nb", "n1", [], "GDPR access request", "Innsyn",
"""Hei, jeg ber om innsyn i personopplysningene dere har om meg, jf. personvernforordningen artikkel 15. Mvh Kari""")

# ---------------- fi
m("fi", "a1", [A], "veiled threat", "Tilaus",
"""Tiedän missä toimistonne on. Tulette katumaan tätä, varokaa vaan.""")
m("fi", "a2", [A], "insults at staff", "Asiakaspalvelu",
"""Se ämmä asiakaspalvelussa on täysi ääliö ja te olette saatanan kusipäitä.""")
m("fi", "l1", [L], "kuluttajariitalautakunta + asianajaja", "Reklamaatio",
"""Hei,
vien asian kuluttajariitalautakuntaan ja otan yhteyttä asianajajaan, jos en saa rahojani takaisin viikon sisällä.
Terveisin Mikko""")
m("fi", "p1", [P], "ask for agent's own number / instagram", "Jenna",
"""Hei, voisitteko antaa Jennan oman puhelinnumeron? Tai hänen Instagraminsa? Hän auttoi niin paljon.""")
m("fi", "n1", [], "customer offers own number", "Soittopyyntö",
"""Hei, minut tavoittaa numerosta 040 123 4567 arkisin. Kysyisin laskusta. Terveisin Laura""")

def main():
    out = DevSet(HERE, "# devset5 abuse-legal-contact: fresh hand-written set for abusive, legal-threat, personal-contact")
    for i, (lang, name, expect, note, subject, body) in enumerate(M):
        h = message_id(f"{lang}{name}")
        date = mail_date("Thu", 2, "Apr", 9 + i % 8, i % 60)
        mail = plain_mail(f"Customer {lang.upper()} <c{h[:6]}@mail-{lang}.example>", subject, date, f"{h}@mail-{lang}.example", body)
        out.add(lang, name, mail, expect, forbid_others(TAGS, expect), note)
    out.save(clean=True)  # the language folders hold only this script's mails
    print(len(M), "messages")

if __name__ == "__main__":
    main()
