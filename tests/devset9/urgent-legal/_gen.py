#!/usr/bin/env python3
"""devset9 urgent-legal: fresh hand-written set for `urgent` (recall: urgency without the word)
and `legal-threat` (precision: lawyers, courts, police, GDPR as ordinary context).

Written in three batches (b1, b2, b3), each measured before the lexicons were tuned on it.
Edit here and re-run; it rewrites manifest.toml and <lang>/*.eml.
    python _gen.py            # all batches
    python _gen.py b1 b2      # only the named batches (to measure one batch on its own, into --out)
"""
import argparse
import base64
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, customer, html_paragraphs, mail_date, raw_alternative, raw_head, raw_part

TAGS = ["urgent", "legal-threat"]
HERE = Path(__file__).resolve().parent
U = "urgent"
L = "legal-threat"

M = []


def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8", skip=(), quote=None, sig=None):
    """expect: tags it must get; every other tag of TAGS is forbidden unless listed in skip (unscored)."""
    M.append(dict(batch=batch, lang=lang, name=f"{batch}{name}", expect=list(expect), note=note, subject=subject,
                  body=body.strip(), fmt=fmt, charset=charset, skip=list(skip), quote=quote, sig=sig))


def html_of(text):
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,sans-serif\">\n"
            + html_paragraphs(text) + "\n</body></html>")


def build(msg, i):
    lang, name = msg["lang"], msg["name"]
    sender, msg_id = customer(lang, f"9ul{lang}{name}")
    date = mail_date("Tue", 14 + i % 3, "Apr", 7 + i % 10, (i * 7) % 60)
    text = msg["body"]
    if msg["sig"]:
        text += "\n\n-- \n" + msg["sig"]
    if msg["quote"]:
        qh, qb = msg["quote"]
        text += "\n\n" + qh + "\n" + "\n".join("> " + line if line else ">" for line in qb.strip().split("\n"))
    fmt, cs = msg["fmt"], msg["charset"]
    subj = msg["subject"]
    # non-ASCII subjects as RFC 2047 encoded words
    if any(ord(c) > 127 for c in subj):
        subj = "=?utf-8?B?" + base64.b64encode(subj.encode("utf-8")).decode("ascii") + "?="
    head = raw_head(sender, subj, date, msg_id)
    if fmt == "plain":
        return (head + raw_part("text/plain", text, cs, "8bit") + "\n").encode(cs)
    if fmt in ("qp", "b64"):
        cte = "quoted-printable" if fmt == "qp" else "base64"
        return (head + raw_part("text/plain", text, cs, cte) + "\n").encode("ascii")
    if fmt == "html":
        return (head + raw_part("text/html", html_of(text), cs, "quoted-printable") + "\n").encode("ascii")
    if fmt == "alt":
        return (head + raw_alternative(f"=_alt_{msg_id[:10]}", raw_part("text/plain", text, cs, "quoted-printable"),
                                       raw_part("text/html", html_of(text), cs, "base64"))).encode("ascii")
    raise ValueError(fmt)


# ============================================================ batch 1
# ---- urgent positives: real urgency without the word
m("b1", "nb", "u1", [U], "go-live tomorrow morning, payment module still rejects test cards", "Lansering i morgen",
"""Hei,

Vi går live med den nye nettbutikken i morgen tidlig kl. 07.00, og betalingsmodulen deres avviser fortsatt alle testkortene våre med feilkode 4012. Markedsføringen er allerede sendt ut til 40 000 kunder.

Kan noen hos dere se på dette i løpet av dagen? Jeg sitter klar ved telefonen hele ettermiddagen.

Mvh
Sigrid Haugland
Haugland Interiør AS""")
m("b1", "nb", "u2", [U], "curt, no diacritics: payroll runs at 15 and export fails", "lonn",
"""lonnskjoringen gar kl 15 i dag og vi far ikke eksportert lonnsfilen fra dere, bare en tom fil. 23 ansatte venter pa lonna si. ring meg pa 91234567""")
m("b1", "es", "u1", [U], "shop opens in an hour, POS will not start", "TPV no arranca",
"""Buenos días, abrimos la tienda dentro de una hora y el TPV no arranca, se queda en la pantalla de actualización. Sin TPV no podemos cobrar a nadie. Por favor que alguien me llame cuanto antes al 612 45 78 90.

Marisa - Zapatería Lemos""")
m("b1", "es", "u2", [U], "formal, base64: auditor here today, cannot download 2025 reports", "Auditoría hoy - informes 2025",
"""Estimados señores:

Hoy tenemos en nuestras oficinas a los auditores externos y necesitamos descargar los informes de facturación del ejercicio 2025. Desde las 9:00 la exportación da un error de tiempo de espera.

Les rogamos que lo revisen esta misma mañana, ya que los auditores solo están hasta las 14:00.

Atentamente,
Jorge Villalba Ruiz
Responsable de Administración""", fmt="b64")
m("b1", "it", "u1", [U], "customers queueing at the till, receipts not printing", "cassa bloccata",
"""Buongiorno, abbiamo la fila di clienti alla cassa e il vostro software non stampa più gli scontrini, dice "stampante fiscale non trovata". È sabato mattina, il momento di maggior lavoro. Qualcuno può richiamarmi adesso? 347 1234567

Grazie
Davide, Panificio Rossi""")
m("b1", "it", "u2", [U], "QP latin-1: new site launches tomorrow, domain must be unlocked tonight", "Dominio bloccato - lancio domani",
"""Gentile supporto,

domani mattina alle 9 lanciamo il nuovo sito e il dominio risulta ancora bloccato per il trasferimento. Se entro stasera non viene sbloccato salta tutta la campagna, che è già pagata.

Vi chiedo di darci priorità.

Cordiali saluti
Chiara Benedetti""", fmt="qp", charset="iso-8859-1")
m("b1", "fr", "u1", [U], "patients waiting, cannot open files", "Dossiers patients inaccessibles",
"""Bonjour,

Cabinet médical du Dr Morel : depuis ce matin impossible d'ouvrir les dossiers patients dans votre logiciel. La salle d'attente est pleine et les patients attendent depuis plus de vingt minutes. On ne peut pas consulter sans les antécédents.

Merci de me rappeler au plus vite au 04 78 12 34 56.

Nadia, secrétaire médicale""")
m("b1", "fr", "u2", [U], "HTML only: trade fair opens tomorrow 9am, badges won't print", "Impression des badges - salon demain",
"""Bonjour,

Notre salon ouvre demain à 9h et l'impression des badges ne fonctionne plus depuis la mise à jour d'hier soir. Nous attendons 1 200 visiteurs.

Il nous faut une solution aujourd'hui, sinon nous devrons écrire les badges à la main.

Cordialement,
Thomas Girard
Responsable logistique - Salon Habitat Lyon""", fmt="html")
m("b1", "pt", "u1", [U], "BR: payroll must go out by 5 pm today, system won't generate file", "folha de pagamento",
"""Boa tarde, a folha de pagamento tem que ser enviada pro banco hoje até as 17h e o sistema de vocês não gera o arquivo CNAB, dá erro 500. Se não sair hoje os funcionários ficam sem salário no dia 5. Alguém consegue olhar isso agora?

Att,
Renata - RH""")
m("b1", "pt", "u2", [U], "PT: flight at 6am, booking not confirmed", "Reserva voo amanhã",
"""Bom dia,

O meu voo para Ponta Delgada é amanhã às 6h00 e a reserva continua a aparecer como "pendente" na vossa aplicação, já foi paga há três dias. Não tenho cartão de embarque e o check-in fecha esta noite.

Preciso de uma resposta ainda hoje, por favor.

Cumprimentos,
Miguel Sousa""")
m("b1", "sv", "u1", [U], "auditor sitting here today, cannot reach vouchers", "Revision idag",
"""Hej!

Revisorn sitter hos oss idag och vi kommer inte åt verifikationerna för 2025 i ert system, det står bara "behörighet saknas" fast jag är administratör. Hon åker härifrån kl 15.

Kan någon ringa mig så fort som möjligt? 070-123 45 67

/Karin, ekonomiansvarig""")
m("b1", "sv", "u2", [U], "every hour the register is down costs us; quoted earlier reply", "Sv: Kassan",
"""Det här fungerar fortfarande inte. Varje timme som kassan står still förlorar vi försäljning, och det är lördag. Jag behöver någon som tar tag i det nu, inte på måndag.

Peter""", quote=("Den fre 10 apr. 2026 skrev Support <support@example.com>:", """Hej Peter,

Tack för ditt meddelande. Vi har tagit emot ärendet och återkommer inom 2-3 arbetsdagar.

Vänliga hälsningar
Supportteamet"""))
m("b1", "de", "u1", [U], "sale starts tomorrow 8am, prices not syncing", "Preise werden nicht übernommen",
"""Hallo,

morgen früh um 8 startet unser Jubiläumsverkauf und die reduzierten Preise werden seit gestern nicht in den Shop übernommen. Wir haben das schon dreimal angestoßen.

Bitte melden Sie sich heute noch bei mir, sonst müssen wir die Aktion absagen.

Gruß
Frank Behrens""")
m("b1", "en", "u1", [U], "payroll at 3pm, cannot approve timesheets", "timesheets locked",
"""Hi,

Payroll runs at 3pm and we can't approve any timesheets - the approve button is greyed out for all three managers. If it doesn't go through today 60 people don't get paid before the bank holiday.

Can someone call me? 07700 900123

Thanks,
Leanne""")
# ---- urgent negatives
m("b1", "en", "n1", [], "vendor newsletter with URGENT in subject tag", "[URGENT] Last chance: 40% off annual plans",
"""Hi there,

This is your last chance to lock in 40% off our annual plans - the offer ends at midnight on 30 April!

* Unlimited projects
* Priority support
* Advanced reporting

Upgrade now: https://vendor.example/upgrade

You are receiving this email because you subscribed to product updates. Unsubscribe | Manage preferences""")
m("b1", "sv", "n1", [], "no hurry, question about export format", "Exportformat",
"""Hej,

Ingen brådska alls, men när ni har en stund: går det att få exporten i CSV med semikolon i stället för komma? Excel hos oss tolkar det fel.

Tack!
Maria""")
m("b1", "es", "n1", [], "not urgent but: question about invoices", "Consulta facturas",
"""Hola, no es urgente pero quería saber si podéis enviar las facturas a dos direcciones de correo a la vez. Gracias y buen día.""")
m("b1", "it", "n1", [], "deadline far away: end of June", "Rinnovo contratto",
"""Buongiorno,

il nostro contratto scade il 30 giugno. Con calma, nelle prossime settimane, potreste mandarci un'offerta per il rinnovo con 15 utenti invece di 10?

Grazie mille
Elena Marchi""")
m("b1", "nb", "n1", [], "signature with 'haster det, ring' under a normal question", "Spørsmål om faktura",
"""Hei,

Kan dere legge inn bestillingsnummeret vårt på fakturaene fremover? Regnskapet vårt ønsker det.

Takk på forhånd!""", sig="""Ole Martin Berg
Driftsleder, Berg Transport AS
Haster det? Ring 22 33 44 55 (hverdager 8-16)""")
m("b1", "fr", "n1", [], "no rush, whenever you can", "Changement d'adresse",
"""Bonjour, rien de pressé : quand vous aurez un moment, pourriez-vous mettre à jour notre adresse de facturation (nous avons déménagé au 12 rue des Lilas) ? Merci d'avance, Sophie""")
m("b1", "de", "n1", [], "past urgency, resolved: thanks", "Re: Zugang gesperrt",
"""Hallo Frau Krause,

vielen Dank für die schnelle Hilfe gestern Abend, es war wirklich dringend und Sie haben uns den Tag gerettet. Alles läuft wieder.

Viele Grüße
Jens Albrecht""")
# ---- legal-threat positives
m("b1", "de", "l1", [L], "consumer advice centre if no credit note by Friday", "Gutschrift fehlt weiterhin",
"""Sehr geehrte Damen und Herren,

seit sieben Wochen warte ich auf die zugesagte Gutschrift über 249,00 €. Sollte der Betrag nicht bis zum 24.04. auf meinem Konto sein, übergebe ich den Vorgang der Verbraucherzentrale und lasse prüfen, ob ich Sie auf Zahlung verklage.

Mit freundlichen Grüßen
Herbert Lang""", skip=[U])
m("b1", "nl", "l1", [L], "legal expenses insurance engaged", "Klacht ordernummer 88213",
"""Geachte heer/mevrouw,

Aangezien u na drie mails nog steeds niet reageert, heb ik mijn rechtsbijstandverzekering ingeschakeld. Zij nemen binnenkort contact met u op. Ik verwacht dat u het bedrag alsnog terugbetaalt.

Met vriendelijke groet,
R. de Vries""")
m("b1", "pl", "l1", [L], "consumer ombudsman + court, windows-1250", "Reklamacja - brak odpowiedzi",
"""Dzień dobry,

od miesiąca nie otrzymałam odpowiedzi na reklamację nr 5521. Jeżeli do końca tygodnia nie dostanę zwrotu pieniędzy, sprawa trafi do miejskiego rzecznika konsumentów, a potem do sądu.

Z poważaniem
Agnieszka Wróbel""", fmt="qp", charset="windows-1250", skip=[U])
m("b1", "en", "l1", [L], "chargeback plus small claims", "Order 44120 - final notice",
"""I have asked for this refund four times now. I've opened a chargeback with my bank and if the money isn't back by the end of the month I'm filing in small claims court. I have kept every email.

Dan Whitaker""", skip=[U])
m("b1", "da", "l1", [L], "complaint to the consumer complaints board", "Klage over reparation",
"""Hej

Jeg har nu ventet to måneder på at få min vaskemaskine repareret under reklamationsretten. Da I ikke svarer, indbringer jeg sagen for Forbrugerklagenævnet i næste uge.

Venlig hilsen
Bente Kjær""")
# ---- legal-threat hard negatives
m("b1", "de", "n2", [], "law firm as customer: needs 3 more licences", "Weitere Lizenzen",
"""Guten Tag,

wir sind eine Anwaltskanzlei mit zwölf Rechtsanwälten und benötigen ab Mai drei weitere Lizenzen für unsere neuen Kolleginnen. Bitte senden Sie uns ein Angebot.

Mit freundlichen Grüßen
Kanzlei Dr. Hoffmann & Partner
Rechtsanwälte · Fachanwälte für Arbeitsrecht
Königsallee 12, 40212 Düsseldorf""")
m("b1", "nl", "n2", [], "my lawyer asked me to request the contract", "Kopie contract",
"""Goedemiddag,

Mijn advocaat heeft me gevraagd om een kopie van ons contract en de algemene voorwaarden op te vragen, het gaat om een kwestie met mijn ex-compagnon, niet met jullie. Kunnen jullie die naar dit adres mailen?

Bedankt,
Joris Bakker""")
m("b1", "pl", "n2", [], "court hearing Thursday, needs the invoice", "Faktura - pilna potrzeba",
"""Dzień dobry,

w czwartek mam rozprawę w sądzie pracy i mój pełnomocnik potrzebuje faktury za styczeń jako dowodu. Czy mogą Państwo przesłać duplikat na ten adres?

Pozdrawiam
Marek Zieliński""", skip=[U])
m("b1", "en", "n2", [], "GDPR subject access request, polite", "Subject access request",
"""Hello,

Under Article 15 of the GDPR I would like to request a copy of all personal data you hold about me, including call recordings, and the purposes for which it is processed. My customer number is 77-10342.

Kind regards,
Priya Raman""")
m("b1", "da", "n2", [], "stolen laptop, needs serial number for police report", "Serienummer",
"""Hej, vores bærbare blev stjålet fra bilen i går. Politiet skal bruge serienummeret til anmeldelsen – kan I finde det ud fra ordre 22817? Tak, Lars""")
m("b1", "sv", "n2", [], "insurance claim needs receipt", "Kvitto till försäkringen",
"""Hej,

Min telefon gick sönder vid en vattenskada hemma och försäkringsbolaget behöver ett kvitto på köpet för att ersätta den. Kan ni skicka en kopia? Ordernummer 190233.

Mvh Ahmed""")
m("b1", "en", "n3", [], "DPA request to legal department", "DPA for signature",
"""Hi team,

Our legal department needs your Data Processing Agreement and the list of sub-processors before we can renew. Could you send the documents to legal@brightwave.example and cc me?

Thanks,
Tom Hale
Procurement, Brightwave Ltd""")
m("b1", "de", "n3", [], "legal department has questions about T&C liability clause", "Fragen zu Ihren AGB",
"""Hallo,

unsere Rechtsabteilung hat vor der Vertragsverlängerung zwei Fragen zu Ihren AGB: Gilt die Haftungsbegrenzung in Ziffer 9 auch für Datenverlust? Und ist Gerichtsstand München verhandelbar?

Danke und Gruß
Sabine Wolf, Einkauf""")

# ============================================================ batch 2
# ---- urgent positives
m("b2", "ro", "u1", [U], "ISO-8859-2, inventory starts tomorrow 8am, stock export fails", "Export stocuri - inventar mâine",
"""Bună ziua,

Mâine dimineaţă la ora 8 începe inventarul anual în toate cele trei magazine şi exportul de stocuri din aplicaţia dumneavoastră se opreşte la 40%. Fără listele de stoc echipele nu pot începe numărătoarea.

Vă rog să ne contactaţi până diseară.

Cu stimă,
Ioana Munteanu
Manager operaţiuni""", fmt="qp", charset="iso-8859-2")
m("b2", "ro", "u2", [U], "no diacritics: patients waiting at reception, cannot issue receipts", "receptie clinica",
"""buna ziua, avem pacienti care asteapta la receptie si programul nu ne lasa sa emitem bonuri de la 8 dimineata. va rog sunati-ma acum 0722 123 456, dr. Popescu""")
m("b2", "da", "u1", [U], "concert tonight 8pm, ticket scanner fails", "Billetscanning i aften",
"""Hej

Vi har koncert i aften kl. 20 med 900 solgte billetter, og jeres scanner-app afviser alle QR-koder med "ugyldig event". Dørene åbner kl. 19.

Jeg skal have en løsning inden da. Ring på 20 30 40 50.

Mvh
Kasper, Musikhuset Vejle""")
m("b2", "fi", "u1", [U], "salaries tomorrow, bank file upload fails", "Palkka-aineisto",
"""Hei,

Palkat pitäisi maksaa huomenna aamulla ja palkka-aineiston lähetys pankkiin teidän järjestelmästä kaatuu virheeseen. 45 työntekijää jää ilman palkkaa, jos tämä ei lähde tänään.

Soittakaa minulle mahdollisimman pian, 040 123 4567.

Terveisin
Minna Laine""")
m("b2", "nb", "u3", [U], "patients in the waiting room, journal system won't open", "Journalsystemet",
"""Hei. Venterommet er fullt og vi får ikke åpnet journalsystemet på noen av legekontorene siden oppdateringen i natt. Vi kan ikke ta imot pasienter uten journal. Trenger noen på telefon nå.

Legesenteret Sørli""")
m("b2", "sv", "u3", [U], "wedding Saturday, order missing; guests arrive 5pm", "Beställning 55102",
"""Hej!

Vi gifter oss på lördag och dukningen vi beställde (order 55102) har fortfarande inte skickats, trots att det stod leverans inom 3 dagar. Gästerna kommer kl 17 och vi har inget alternativ.

Kan ni kolla NU om den går att skicka med expressfrakt idag? Annars måste jag avbeställa och köpa i butik imorgon bitti.

Hälsningar
Emma Lindqvist""")
m("b2", "es", "u3", [U], "LatAm: event starts 6pm, ticket payment gateway failing", "pasarela de pago",
"""Hola, buenas tardes. Tenemos un evento que empieza hoy a las 18:00 y la pasarela de pago para la venta de boletos está rechazando todas las tarjetas desde el mediodía. Estamos perdiendo ventas cada minuto. ¿Me pueden marcar al +52 55 1234 5678?

Saludos,
Alejandra Ortiz""")
m("b2", "it", "u3", [U], "flight leaves at 7 tomorrow morning, no boarding pass", "carta d'imbarco",
"""Buonasera, il mio volo per Bruxelles parte domattina alle 7 e sull'app il check-in risulta ancora "non disponibile", quindi non ho la carta d'imbarco. Ho una riunione all'arrivo che non posso perdere.

Potete aiutarmi stasera?

Luca Ferrara""")
m("b2", "pt", "u3", [U], "BR colloquial: customers waiting at counter, card machine not working", "maquininha",
"""gente a maquininha parou de passar cartão, tem fila de cliente no balcão esperando e so ta aceitando pix. me liga agora por favor 11 98765-4321 - Carla (Padaria Estrela)""")
m("b2", "fr", "u3", [U], "shop opens in an hour, terminal refuses cards; Belgian", "Terminal de paiement",
"""Bonjour,

Notre magasin ouvre dans une heure et le terminal de paiement refuse toutes les cartes Bancontact depuis ce matin. Un samedi avant les fêtes, c'est catastrophique.

Pouvez-vous nous rappeler rapidement au 0470 12 34 56 ?

Merci,
Véronique - Boutique Lumière, Namur""")
m("b2", "en", "u2", [U], "non-native English: board meets 9 tomorrow, figures wrong", "report numbers wrong",
"""Hello support,

Tomorrow 9 o'clock is our board meeting and the revenue report from your system show wrong numbers since the update, Q1 is half of real value. I must send the report to the board members tonight.

Please somebody check this still today.

Best regards
Kemal Yilmaz
CFO""")
m("b2", "de", "u2", [U], "tax auditor on site today, export blocked; multipart", "Betriebsprüfung heute - DATEV-Export",
"""Guten Morgen,

bei uns ist heute der Betriebsprüfer vom Finanzamt im Haus und der DATEV-Export aus Ihrer Software bricht bei 2024 jedes Mal ab. Der Prüfer möchte die Daten bis Mittag haben.

Können Sie sich das bitte direkt ansehen? Ich bin unter 0221 555 123 erreichbar.

Viele Grüße
Claudia Neumann
Buchhaltung""", fmt="alt")
m("b2", "nl", "u1", [U], "tills open in an hour, price file not loaded", "Kassa's",
"""Goedemorgen, over een uur gaan onze winkels open en de nieuwe prijzen staan nog steeds niet in de kassa's. Dan verkopen we alles tegen de oude prijs. Kan er iemand direct naar kijken? Groet, Sander""")
# ---- urgent negatives
m("b2", "ro", "n1", [], "no rush, question about VAT on invoices", "Întrebare facturi",
"""Bună ziua,

Fără grabă, doar o întrebare: puteți afișa codul de TVA al clientului pe facturi? Contabila noastră ne-a întrebat.

Mulțumesc,
Andrei""")
m("b2", "da", "n1", [], "Danish newsletter with 'Haster' teaser", "Haster: Sidste chance for webinar-pladser",
"""Kære kunde

Der er kun få pladser tilbage til vores gratis webinar om e-fakturering torsdag den 28. maj kl. 10.

Tilmeld dig nu på vores hjemmeside.

Du modtager denne mail, fordi du er tilmeldt vores nyhedsbrev. Afmeld nyhedsbrevet her.""")
m("b2", "fi", "n1", [], "no hurry, feature question", "Kysymys raporteista",
"""Hei, ei mitään kiirettä tämän kanssa, mutta saako raportin jotenkin lähetettyä automaattisesti sähköpostilla joka maanantai? Kiitos, Jari""")
m("b2", "pt", "n1", [], "PT: no hurry, address change", "Alteração de morada",
"""Olá, sem pressa nenhuma: podem alterar a morada de faturação para Rua do Almada 120, Porto? Obrigada, Inês""")
m("b2", "es", "n1", [], "hypothetical: is there a 24h line in case of emergency?", "Soporte fuera de horario",
"""Hola,

Estamos valorando pasar al plan Business. Si algún día tuviéramos una emergencia un domingo, ¿hay algún teléfono de guardia o solo el correo? 

Gracias,
Pablo""")
m("b2", "en", "n4", [], "far deadline, survey by end of June", "Annual survey",
"""Hi,

Just a heads-up for your planning: our procurement team will send the annual supplier survey in May, and the deadline for returning it is 30 June. Nothing needed from you before then.

Best,
Grace""")
m("b2", "it", "n1", [], "nothing urgent, just a report", "piccola cosa",
"""Ciao, niente di urgente: nel PDF del preventivo il logo esce un po' sgranato. Quando capita, se riuscite a sistemarlo. Grazie! Franca""")
# ---- legal-threat positives
m("b2", "sv", "l1", [L], "will report to ARN and Konsumentverket", "Reklamation soffa",
"""Hej,

Soffan kom trasig och ni har inte svarat på mina tre mejl. Om jag inte får pengarna tillbaka inom 14 dagar kommer jag att anmäla er till Allmänna reklamationsnämnden och Konsumentverket.

Lisa Åberg""")
m("b2", "nl", "l2", [L], "going to the Geschillencommissie", "Laatste keer",
"""Dit is mijn laatste mail. Als de storing deze week niet verholpen is en de maanden zonder internet niet worden gecrediteerd, leg ik de zaak voor aan de Geschillencommissie en zeg ik op. Henk""")
m("b2", "ro", "l1", [L], "complaint to ANPC", "Reclamație comanda 33021",
"""Bună ziua,

Am returnat produsul acum 30 de zile și încă nu am primit banii. Dacă nu îi primesc până vineri, depun plângere la ANPC și vă dau în judecată.

Maria Ionescu""", skip=[U])
m("b2", "fi", "l1", [L], "take the matter to the consumer disputes board", "Reklamaatio",
"""Hei, olen odottanut hyvitystä kuusi viikkoa. Jos rahoja ei palauteta tämän kuun aikana, vien asian kuluttajariitalautakuntaan. Terveisin Pekka Virtanen""")
m("b2", "pt", "l1", [L], "BR: Procon complaint and small claims", "pedido 99812",
"""Já faz 40 dias que paguei e nada do produto chegar. Vou abrir reclamação no Procon e entrar no juizado de pequenas causas se não resolverem essa semana.""", skip=[U])
# ---- legal-threat hard negatives
m("b2", "de", "n4", [], "office break-in, police need serial numbers", "Seriennummern Kassen",
"""Hallo,

in der Nacht auf Montag wurde in unsere Filiale eingebrochen, dabei wurden zwei Kassensysteme mitgenommen. Für die Anzeige bei der Polizei und die Versicherung brauchen wir die Seriennummern der Geräte. Können Sie uns die heraussuchen?

Danke, Murat Demir""")
m("b2", "de", "n5", [], "GDPR Art. 15 access request", "Auskunft nach Art. 15 DSGVO",
"""Sehr geehrte Damen und Herren,

gemäß Art. 15 DSGVO bitte ich um Auskunft über die zu meiner Person gespeicherten Daten. Meine Kundennummer lautet 4471-22.

Mit freundlichen Grüßen
Dr. Karin Vogt""")
m("b2", "nl", "n3", [], "law firm switching to annual plan", "Jaarabonnement",
"""Beste,

Wij zijn een klein advocatenkantoor (vier advocaten en twee secretaresses) en willen graag overstappen van het maandabonnement naar een jaarabonnement. Wat zijn de voorwaarden?

Met vriendelijke groet,
mr. E. Jansen
Jansen Advocatuur""")
m("b2", "nl", "n4", [], "legal department asks about the processing agreement", "Verwerkersovereenkomst",
"""Hallo,

Onze juridische afdeling wil de verwerkersovereenkomst nog even naast de nieuwe AVG-richtlijnen leggen. Kunnen jullie de meest recente versie sturen naar juridisch@gemeentezuid.example?

Groet,
Fatima el Amrani""")
m("b2", "pl", "n3", [], "legal adviser asks for VAT invoice to law office", "Faktura na kancelarię",
"""Dzień dobry,

jestem radcą prawnym i prowadzę własną kancelarię. Proszę o wystawienie faktury VAT za abonament na kancelarię, NIP 123-456-78-90, a nie na mnie prywatnie.

Z poważaniem
r.pr. Tomasz Nowak
Kancelaria Radcy Prawnego Tomasz Nowak""")
m("b2", "pl", "n4", [], "phone theft reported to police, asks for IMEI", "Kradzież telefonu - IMEI",
"""Dzień dobry, w sobotę ukradziono mi telefon kupiony u Państwa. Zgłosiłam kradzież na policję i policja prosi o numer IMEI. Czy mogą mi go Państwo podać na podstawie zamówienia 778812? Dziękuję, Ewa""")
m("b2", "en", "n5", [], "bereavement: solicitor handling estate asks for final statement", "Account of the late Mr R. Evans",
"""Dear Sir or Madam,

I am writing on behalf of my mother following the death of my father, Robert Evans. Our family solicitor is dealing with the estate and has asked for a final statement of his account and for the subscription to be cancelled. I attach the death certificate.

Yours faithfully,
Helen Evans""")
m("b2", "en", "n6", [], "hypothetical: would your logs stand up in court?", "audit logs question",
"""Quick question before we sign: if one of our customers ever disputed an order in court, would your audit logs be admissible as evidence, i.e. are they tamper-proof and time-stamped? Our compliance officer wants to know.

Cheers, Nick""")
m("b2", "da", "n3", [], "our legal department is the normal contact for contract", "Kontrakt til underskrift",
"""Hej

Vores juridiske afdeling har gennemgået kontrakten og har et par rettelser til punkt 4 om opsigelse. Jeg sender dem samlet i morgen, og så kan vi forhåbentlig underskrive i næste uge.

Venlig hilsen
Mette Holm""")
m("b2", "sv", "n3", [], "lawyer asks about withdrawal right terms", "Ångerrätt",
"""Hej! Jag arbetar själv som jurist och läste era villkor. Gäller ångerrätten på 14 dagar även för årsabonnemang som köpts av enskild firma? Tack, Oskar""")
m("b2", "sv", "n4", [], "police report filed for burglary, needs serial number", "Serienummer",
"""Hej, vi har haft inbrott på kontoret och polisanmälan är gjord. Försäkringsbolaget vill ha serienumret på skrivaren vi köpte av er i höstas. Kan ni ta fram det? /Annika""")

# ============================================================ batch 3
# ---- urgent positives
m("b3", "nb", "u4", [U], "trade fair from tomorrow, screens missing", "Skjermer til messen",
"""Hei!

Vi står på Varemessen på Lillestrøm fra i morgen tidlig, og de fire skjermene vi bestilte (ordre 30118) har ikke kommet. Sporingen har stått på "under transport" i fem dager.

Kan dere sjekke hvor de er før kl 12 i dag? Ellers må vi kjøpe nye lokalt.

Hilsen Trond""")
m("b3", "es", "u4", [U], "ISO-8859-1 QP: tax filing ends tonight at midnight, cannot sign", "Modelo 303 - firma",
"""Buenas tardes:

El plazo para presentar el modelo 303 termina hoy a medianoche y desde su plataforma no nos deja firmar con el certificado digital, da error de conexión con la AEAT. Si no lo presentamos hoy nos cae recargo.

Quedo pendiente del teléfono: 91 555 12 34.

Un saludo,
Gestoría Martínez""", fmt="qp", charset="iso-8859-1")
m("b3", "it", "u4", [U], "health inspection tomorrow morning, temperature log won't export", "Ispezione ASL domani",
"""Salve,

domattina abbiamo l'ispezione dell'ASL e il registro delle temperature delle celle frigo non si esporta in PDF, il pulsante non fa nulla. Senza quel registro rischiamo la sanzione.

Vi prego di richiamarmi entro oggi al 339 8765432.

Giorgio - Ristorante Il Gabbiano""")
m("b3", "fr", "u4", [U], "Quebec: payroll must leave tonight, employees paid Thursday", "Paie",
"""Bonjour,

La paie doit partir ce soir au plus tard pour que nos 80 employés soient payés jeudi, mais le bouton « Transmettre à la banque » reste gris. On a essayé sur deux postes.

Merci de me revenir en fin d'après-midi au plus tard.

Geneviève Tremblay
Service de la paie""")
m("b3", "pt", "u4", [U], "PT: restaurant full tonight, booking system lost reservations", "Reservas desapareceram",
"""Boa tarde,

Hoje à noite temos a sala cheia, 60 reservas, e desde a vossa atualização as reservas de hoje desapareceram do sistema. Os primeiros clientes chegam às 19h30 e não sabemos quem marcou mesa.

Preciso de ajuda nas próximas duas horas, por favor.

Rui Carvalho
Tasca do Rio""")
m("b3", "ro", "u3", [U], "public tender tomorrow 10am, documents won't upload", "Licitație mâine",
"""Bună ziua,

Mâine la ora 10 expiră termenul de depunere pentru licitația publică și platforma nu ne lasă să încărcăm documentele semnate, rămâne blocată la 99%. Dacă nu depunem la timp pierdem contractul.

Vă rugăm să ne sunați cât de curând la 0744 555 666.

Elena Dobre
Director economic""")
m("b3", "sv", "u4", [U], "customers queueing at the till, card payments failing", "Kortbetalningar",
"""Hej, det står kunder i kö vid kassan och inga kortbetalningar går igenom sedan tio minuter, terminalen säger "kommunikationsfel". Vi kan bara ta Swish. Ring mig direkt 073-555 22 11! /Johan, Cykelboden""")
m("b3", "da", "u2", [U], "every hour without payments costs us 20k", "Betalinger afvises",
"""Hej

Siden kl. 9 er alle betalinger i vores webshop blevet afvist med fejlen "gateway timeout". Hver time uden betalinger koster os omkring 20.000 kr. i tabt omsætning, og vi har kampagne kørende hele weekenden.

Jeg vil gerne have en udvikler til at kigge på det med det samme.

Mvh Rasmus Dahl
E-handelschef""")
m("b3", "fi", "u2", [U], "customers queueing at the till, card payments fail", "Korttimaksut",
"""Moi, asiakkaat jonottavat kassalla eikä yksikään korttimaksu mene läpi. Lauantai ja kauppa täynnä. Soittakaa heti 050 987 6543, Tiina""")
m("b3", "nl", "u2", [U], "accountant comes tomorrow 9am, annual figures wrong", "Jaarcijfers",
"""Goedemiddag,

Morgenochtend om 9 uur komt onze accountant de jaarrekening doornemen en de balans in jullie pakket klopt sinds de laatste update niet meer: de beginbalans 2025 staat op nul. Dat moet vandaag nog rechtgezet worden.

Met vriendelijke groet,
Ingrid Smit""")
m("b3", "pl", "u2", [U], "salary transfers go out at 3 pm, system won't generate batch", "Przelewy wynagrodzeń",
"""Dzień dobry,

dziś o 15:00 musimy wysłać do banku przelewy wynagrodzeń dla 120 pracowników, a system od rana nie generuje paczki przelewów (błąd 0x33). Jeśli nie wyślemy dzisiaj, ludzie nie dostaną pensji przed weekendem majowym.

Proszę o telefon: 601 234 567.

Beata Kowalczyk
Kadry i płace""")
m("b3", "de", "u3", [U], "Austrian practice: patients already sitting in the waiting room", "Terminbuch leer",
"""Grüß Gott,

in unserer Ordination ist seit heute früh das Terminbuch leer, obwohl 40 Termine eingetragen waren. Die ersten Patienten sitzen schon im Wartezimmer und wir wissen nicht, wer wann kommt.

Bitte rufen Sie uns gleich an: 01 234 56 78.

Ordination Dr. Huber""")
m("b3", "en", "u3", [U], "conference kicks off 8:30 tomorrow, check-in shows nobody", "check-in app shows 0 registrations",
"""Hi,

Our conference kicks off at 8:30 tomorrow with about 300 delegates and your check-in app is showing zero registrations since this afternoon's sync. The registration desk opens at 7:45.

I'll be at my desk until late - please call me on +44 20 7946 0321 as soon as anyone can look.

Sam Okafor
Events Manager""")
# ---- urgent negatives
m("b3", "nb", "n2", [], "no hurry, question about user roles", "Brukerroller",
"""Hei! Ingen hast med dette, men finnes det en rolle som bare kan se rapporter og ikke endre noe? Vi får en ny regnskapsfører etter sommeren. Mvh Kari""")
m("b3", "fr", "n2", [], "French marketing newsletter, URGENT in subject", "URGENT : plus que 48h pour profiter de -30 %",
"""Chère cliente, cher client,

Plus que 48 heures pour profiter de -30 % sur tous nos abonnements annuels ! Offre valable jusqu'au dimanche 3 mai à minuit.

Je profite de l'offre

Vous recevez cet e-mail car vous êtes inscrit à notre newsletter. Se désinscrire""", fmt="html")
m("b3", "pt", "n2", [], "BR: urgent line in signature under a plain question", "dúvida nota fiscal",
"""Olá, tudo bem? Vocês emitem nota fiscal com o CNPJ da filial ou só da matriz? Obrigado!""", sig="""Paulo Henrique Souza
Compras - Metalúrgica Souza Ltda
Assuntos urgentes: (31) 3333-4444""")
m("b3", "pl", "n2", [], "past urgent matter resolved, thanks", "Podziękowanie",
"""Dzień dobry,

w zeszłym tygodniu pisałem w pilnej sprawie z eksportem JPK. Wszystko już działa, dziękuję za pomoc pani Joannie.

Pozdrawiam
Krzysztof""")
m("b3", "de", "n6", [], "no stress, switchover only in October", "Umstellung auf Jahreslizenz",
"""Hallo zusammen,

kein Stress, die Umstellung ist erst im Oktober: Können wir dann von monatlicher auf jährliche Abrechnung wechseln und behalten wir unsere Daten?

Beste Grüße
Lukas""")
m("b3", "en", "n7", [], "isn't time-critical, feature question", "CSV import",
"""Hey folks, this isn't time-critical at all, but is there a way to map custom fields during the CSV import? Happy to wait for the next release if not. Thanks, Jo""")
m("b3", "ro", "n2", [], "deadline far away, end of year", "Migrare date",
"""Bună ziua, plănuim să migrăm datele din vechiul program până la sfârșitul anului. Ne puteți trimite documentația pentru import când aveți timp? Mulțumim, Radu""")
# ---- legal-threat positives
m("b3", "de", "l2", [L], "has instructed a lawyer", "Kündigung nicht bestätigt",
"""Guten Tag,

ich habe meinen Vertrag fristgerecht zum 31.03. gekündigt, Sie buchen aber weiter ab. Ich habe inzwischen einen Anwalt beauftragt, der sich in den nächsten Tagen bei Ihnen melden wird.

Stefan Krüger""")
m("b3", "en", "l2", [L], "UK: Financial Ombudsman", "Complaint ref 88213",
"""Your final response letter does not address my complaint at all. I will now be referring this to the Financial Ombudsman Service, and I have kept copies of every call and letter.

Mrs J. Pritchard""")
m("b3", "pl", "l2", [L], "will file a lawsuit", "Wezwanie do zapłaty",
"""Szanowni Państwo,

wzywam do zwrotu kwoty 1 840 zł w terminie 7 dni od otrzymania tej wiadomości. W przeciwnym razie złożę pozew w sądzie rejonowym i obciążę Państwa kosztami postępowania.

Paweł Lis""", skip=[U])
m("b3", "it", "l1", [L], "lawyer and Codacons", "Addebiti non autorizzati",
"""Continuate ad addebitarmi 29,90 al mese per un servizio che ho disdetto a gennaio. Se entro fine mese non mi restituite tutto, mi rivolgerò a un avvocato e al Codacons.

Saluti,
Roberta Galli""", skip=[U])
m("b3", "es", "l1", [L], "complaint to Consumo and court", "Reclamación pedido 7781",
"""Les aviso de que si no me devuelven el importe esta semana voy a poner una reclamación en Consumo y, si hace falta, iré a juicio. Tengo todas las facturas y correos guardados.

Nuria Blanco""", skip=[U])
m("b3", "da", "l2", [L], "lawyer will contact you", "Ophævelse af aftale",
"""Hej

Da I fortsat nægter at ophæve aftalen, selvom I selv har misligholdt den, har jeg overgivet sagen til min advokat, som kontakter jer i næste uge.

Jens Mikkelsen""")
# ---- legal-threat hard negatives
m("b3", "de", "n7", [], "law-firm confidentiality disclaimer under a billing question", "Rechnungsadresse",
"""Guten Tag,

bitte stellen Sie die Rechnungen ab sofort an unsere neue Adresse: Friedrichstraße 88, 10117 Berlin. Die Kundennummer bleibt gleich.

Mit freundlichen Grüßen
Anja Roth
Büroleitung""", sig="""Roth & Kollegen Rechtsanwälte PartG mbB
Diese E-Mail kann vertrauliche und rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.""")
m("b3", "de", "n8", [], "needs a copy of the cancellation for own lawyer (dispute with landlord)", "Kopie der Kündigungsbestätigung",
"""Hallo,

ich brauche für meinen Anwalt eine Kopie der Kündigungsbestätigung vom Februar, es geht um einen Streit mit meinem Vermieter wegen der Nebenkosten. Können Sie mir die nochmal schicken?

Danke
Jana Schulz""")
m("b3", "nl", "n5", [], "fraud victim: police report against a scammer, asks confirmation", "Bestelling niet door mij gedaan",
"""Beste klantenservice,

Iemand heeft met mijn gegevens een bestelling bij jullie geplaatst (ordernummer 44012). Ik heb aangifte gedaan bij de politie van identiteitsfraude. Kunnen jullie bevestigen dat de bestelling geannuleerd is en dat ik niets hoef te betalen?

Met vriendelijke groet,
Wendy Mulder""")
m("b3", "nl", "n6", [], "add company lawyer as user", "Extra gebruiker",
"""Hoi, kunnen jullie onze bedrijfsjurist Mark toevoegen als gebruiker met alleen leesrechten? Hij moet de contracten in het systeem kunnen inzien. Thanks, Lotte""")
m("b3", "pl", "n5", [], "GDPR (RODO) art. 15 request", "Wniosek RODO",
"""Dzień dobry,

na podstawie art. 15 RODO proszę o przesłanie kopii moich danych osobowych przetwarzanych przez Państwa firmę oraz informacji, komu zostały udostępnione.

Z poważaniem
Joanna Mazur""")
m("b3", "pl", "n6", [], "lawyer checking mortgage needs the contract", "Umowa do kredytu",
"""Hej, potrzebuję kopii umowy abonamentowej dla prawnika, który sprawdza dokumenty do mojego kredytu hipotecznego. Można prosić na maila? Dzięki, Michał""")
m("b3", "en", "n8", [], "insurance claim, needs confirmation letter", "Letter for insurance claim",
"""Hello,

Our business interruption insurer needs a letter from you confirming the dates of the service disruption in March (12th to 14th) for our claim. Could you provide one on company letterhead?

Many thanks,
Ruth Adeyemi
Office Manager""")
m("b3", "en", "n9", [], "legal-tech vendor newsletter about avoiding lawsuits", "Webinar: 5 contract clauses that keep you out of court",
"""Hi there,

Join our free webinar on 21 May: "5 contract clauses that keep you out of court". Our in-house lawyers explain how small businesses can avoid costly lawsuits and disputes with suppliers.

Register here: https://legaltech.example/webinar

You're receiving this because you signed up at legaltech.example. Unsubscribe""")
m("b3", "da", "n4", [], "going to court Thursday against ex-employer, needs payslips", "Lønsedler",
"""Hej, jeg skal i retten på torsdag i en sag mod min tidligere arbejdsgiver og min advokat skal bruge mine lønsedler fra 2025, som ligger i jeres app. Jeg kan ikke logge ind længere. Kan I sende dem? Mvh Sofie""", skip=[U])
m("b3", "sv", "n5", [], "GDPR erasure request", "Radering av mina uppgifter",
"""Hej,

Jag har avslutat mitt konto och vill med stöd av GDPR att ni raderar alla mina personuppgifter. Skicka gärna en bekräftelse när det är gjort.

Vänligen
Elin Berg""")
m("b3", "sv", "n6", [], "own lawyer needs copy of contract for property division", "Kopia på avtal",
"""Hej! Min advokat behöver en kopia på vårt avtal till bodelningen. Kan ni mejla det till mig? Tack, Sara""")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("batches", nargs="*", help="only these batches (default: all)")
    ap.add_argument("--out", default=str(HERE))
    args = ap.parse_args()
    sel = [x for x in M if not args.batches or x["batch"] in args.batches]
    out = DevSet(args.out, "# devset9 urgent-legal: urgency without the word; legal-threat hard negatives (3 batches)")
    for i, x in enumerate(sel):
        forbid = [t for t in TAGS if t not in x["expect"] and t not in x["skip"]]
        out.add(x["lang"], x["name"], build(x, i), x["expect"], forbid, x["note"])  # bytes: legacy charsets intact
    out.save(clean=True)
    print(len(sel), "messages")


if __name__ == "__main__":
    main()
