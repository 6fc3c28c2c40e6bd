#!/usr/bin/env python3
"""devset9 freebie-contact: fresh hand-written set for `freebie-demand` and `personal-contact` written
INDIRECTLY (goodwill, "make this right", loyalty arguments, "put it on my next invoice"; an agent's
direct line, extension, LinkedIn, "deal with you directly", flirting) plus hard negatives (pricing
tiers, broken coupon codes, "no compensation needed", own phone number, company hotline, signatures).
Three batches, each measured before tuning on it: b1/, b2/, b3/.
Edit here and re-run; it rewrites <batch>/manifest.toml and <batch>/<lang>/*.eml."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import cedilla_forms, html_paragraphs, mime_mail, write_batches

TAGS = ["freebie-demand", "personal-contact"]
HERE = Path(__file__).resolve().parent
F = "freebie-demand"
P = "personal-contact"

M = []
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8"):
    """fmt: plain (8bit), qp, b64, html (HTML only), alt (multipart/alternative)."""
    M.append((batch, lang, name, list(expect), note, subject, body.strip("\n"), fmt, charset))

def build(sender, subject, date, msg_id, body, fmt, charset):
    body = cedilla_forms(body, charset)  # legacy Romanian clients write the cedilla forms
    html = "<html><body style=\"font-family:Arial\">\n" + html_paragraphs(body) + "\n</body></html>"
    return mime_mail(sender, subject, date, msg_id, body + "\n", html, fmt, charset).as_string()


# ============================================================ batch 1
B = "b1"
# ---- en
m(B, "en", "f1", [F], "goodwill is in order after outage week", "Last week",
"""Hi,

As you know your platform was more or less unusable from Monday to Thursday last week. We lost a lot of bookings because of it. I think some goodwill is in order here, given we pay for the Business tier every month.

Regards,
Helen Marsh
Operations, Marsh & Daughters Ltd""")
m(B, "en", "f2", [F], "what are you going to do to make this right + surely won't bill", "Re: Ticket 48812",
"""So what are you going to do to make this right? Surely you won't bill us for a week we couldn't even log in.

Dan

> On 12 Nov, Support wrote:
> Thank you for your patience, the issue has now been resolved.""", fmt="qp")
m(B, "en", "f3", [F], "loyalty argument, other companies would offer something", "Disappointed",
"""After six years as a customer I honestly expected better. Other companies would offer something after an outage like this, even just a token. A voucher would go a long way towards keeping us here.""")
m(B, "en", "c1", [P], "asks a specific agent's direct line, prefers to deal with her", "For Priya",
"""Hi Priya,

Thanks again for sorting the import yesterday. Could you give me your direct line? I'd much rather deal with you directly than go back through the ticket system and explain everything to someone new.

Cheers,
Mark""")
m(B, "en", "c2", [P], "flirting: coffee", "thanks :)",
"""Hey Jake, you were super helpful today and honestly funny too. Are you free for a coffee sometime this week? I work just round the corner from your office I think.""")
m(B, "en", "n1", [], "pricing question about discount tiers", "Pricing for 40 seats",
"""Hello, we're comparing plans for a team of about 40. Do your discount tiers start at 25 seats or 50? And is annual billing cheaper than monthly? Thanks, Olivia""")
m(B, "en", "n2", [], "coupon code not working (bug)", "Promo code error",
"""The code WINTER20 from your newsletter gives "invalid code" at checkout. It's still within the dates on the email. Can you check whether it's been set up correctly?""")
m(B, "en", "n3", [], "own phone number + can your sales team call me", "Call back",
"""Hi, I'd like to talk about upgrading. Can your sales team call me on 07700 900123 any time after 2pm? Thanks, Ravi Patel""")
# ---- de
m(B, "de", "f1", [F], "expects this month not to be charged", "Ausfall November",
"""Sehr geehrte Damen und Herren,

nachdem Ihr Dienst in diesem Monat an insgesamt neun Tagen nicht erreichbar war, gehe ich davon aus, dass Sie uns diesen Monat nicht berechnen.

Mit freundlichen Grüßen
Dr. Jürgen Albers""", fmt="qp", charset="iso-8859-1")
m(B, "de", "f2", [F], "loyalty + something should come from you", "Treue",
"""Hallo, wir sind seit 2017 Kunde bei Ihnen und haben nie etwas beanstandet. Nach dem Chaos der letzten Wochen finde ich, da sollte von Ihrer Seite schon etwas kommen. Eine Verlängerung um zwei Monate wäre zum Beispiel fair.""")
m(B, "de", "c1", [P], "asks for extension number to reach agent", "Rückfrage",
"""Hallo Herr Schulte, welche Durchwahl haben Sie? Dann kann ich Sie nächstes Mal direkt anrufen und muss nicht über die Hotline.""")
m(B, "de", "n1", [], "no compensation needed, just fix", "Fehler Export",
"""Hallo, der Export hängt seit heute wieder. Eine Entschädigung oder so brauchen wir wirklich nicht, nur bitte eine schnelle Lösung. Danke, Petra""")
m(B, "de", "n2", [], "asks for company's phone hours", "Telefonzeiten",
"""Guten Tag, unter welcher Telefonnummer erreiche ich Ihren Support und zu welchen Zeiten ist die Hotline besetzt? Vielen Dank.""")
# ---- fr
m(B, "fr", "f1", [F], "put it on my next invoice", "Facture",
"""Bonjour, vu les trois jours sans service ce mois-ci, je compte sur vous pour le déduire de ma prochaine facture. Cordialement, Luc Fabre""")
m(B, "fr", "c1", [P], "asks if agent is on LinkedIn", "Merci Camille",
"""Bonjour Camille, merci pour votre aide précieuse. Vous êtes sur LinkedIn ? J'aimerais rester en contact avec vous, on travaille dans le même domaine.""")
m(B, "fr", "n1", [], "thanks for credit already given", "Merci",
"""Bonjour, je viens de voir l'avoir de 30 € sur mon compte. Merci beaucoup, c'est très apprécié. Bonne journée, Anne""")
m(B, "fr", "n2", [], "signature with own mobile + company question", "Question facturation",
"""Bonjour,
Pouvez-vous m'indiquer comment télécharger les factures de l'année dernière ?
Merci,
--
Julien Morel
Responsable administratif
Tél. portable : 06 12 34 56 78""")
# ---- es
m(B, "es", "f1", [F], "expects not to be charged for days without service", "Cobro de noviembre",
"""Hola, después de casi una semana sin poder usar la plataforma, entiendo que no nos vais a cobrar esos días, ¿verdad? Sería lo justo.""")
m(B, "es", "f2", [F], "upgrade for free as apology", "Lo de ayer",
"""Buenas, lo de ayer fue un desastre. Como disculpa podríais pasarnos al plan Pro sin coste unos meses, ¿no os parece?""")
m(B, "es", "c1", [P], "mobile for weekend emergencies", "Fin de semana",
"""Hola Sergio, ¿me pasas tu móvil por si esto vuelve a fallar el fin de semana? Así te aviso directamente a ti.""")
m(B, "es", "n1", [], "asks for company hotline", "Teléfono de soporte",
"""Buenas tardes, ¿tienen algún teléfono de atención al cliente? No encuentro el número en la web.""")
# ---- pl
m(B, "pl", "f1", [F], "loyalty, expects gesture", "Awaria",
"""Dzień dobry, jesteśmy Państwa klientem od ośmiu lat. Po tygodniowej awarii oczekiwałbym, że jakoś nam to Państwo wynagrodzą, choćby przedłużeniem abonamentu.""", fmt="qp", charset="iso-8859-2")
m(B, "pl", "c1", [P], "call agent personally, no diacritics", "pani Kasia",
"""Pani Kasiu, czy moge po prostu zadzwonic do Pani osobiscie? Wolalbym to zalatwic z Pania niz znowu pisac zgloszenie.""")
m(B, "pl", "n1", [], "coupon code does not work", "Kod",
"""Dzień dobry, kod rabatowy z maila nie działa, wyskakuje błąd. Czy mogą Państwo sprawdzić?""")
# ---- nl
m(B, "nl", "f1", [F], "other companies would give something", "Storing",
"""Hallo, andere bedrijven zouden na zo'n storing echt wel iets terugdoen voor hun klanten. Ik verwacht dat jullie de maand november niet in rekening brengen.""")
m(B, "nl", "c1", [P], "rather phone you privately", "Bedankt Sanne",
"""Hoi Sanne, kan ik je niet gewoon even bellen op je eigen nummer? Dat praat makkelijker dan via die tickets.""")
m(B, "nl", "n1", [], "asks about pricing for schools", "Prijzen",
"""Goedendag, hebben jullie speciale prijzen voor scholen? We willen 120 licenties afnemen. Met vriendelijke groet, Bram""")
# ---- sv
m(B, "sv", "f1", [F], "extend trial because of outage", "Provperiod",
"""Hej! Vår provperiod gick ut mitt under er driftstörning, så vi hann knappt testa något. Kan ni förlänga den med två veckor?""")
m(B, "sv", "c1", [P], "where does agent live/work, meet up", "Tack Erik",
"""Hej Erik, tack för hjälpen! Var bor du någonstans, i Göteborg? Vi kanske kan ses över en fika någon gång.""")
m(B, "sv", "n1", [], "gives own number", "Ring mig",
"""Hej, det är enklare att förklara på telefon. Mitt nummer är 070-123 45 67, ring gärna efter lunch. /Anders""")
# ---- fi
m(B, "fi", "f1", [F], "hyvitys for outage, expects", "Katko",
"""Hei, palvelunne oli poissa käytöstä koko viikon. Odotan, että tämä huomioidaan seuraavassa laskussa.""")
m(B, "fi", "n1", [], "asks company's phone number", "Puhelin",
"""Hei, mistä numerosta saan asiakaspalvelunne kiinni puhelimitse? Kiitos.""")
# ============================================================ batch 2
B = "b2"
# ---- it
m(B, "it", "f1", [F], "loyal customer 10 years, expects you to meet them halfway on renewal", "Disservizio",
"""Buongiorno,

siamo vostri clienti da dieci anni e non ci siamo mai lamentati. Dopo due settimane di disservizio però credo che sia il caso che ci veniate incontro in qualche modo, magari sul prossimo rinnovo.

Cordiali saluti
Giorgio Bassi""", fmt="qp", charset="iso-8859-1")
m(B, "it", "f2", [F], "don't make us pay for days we couldn't use", "fattura dicembre",
"""ciao, spero che i giorni in cui la piattaforma non andava non ce li facciate pagare. sarebbe il minimo""")
m(B, "it", "c1", [P], "call agent on her personal phone at weekend", "Per Giulia",
"""Ciao Giulia, se sabato si blocca di nuovo posso chiamarti sul tuo telefono? Lasciami il tuo numero, così non devo passare dal centralino.""")
m(B, "it", "n1", [], "coupon expired / not accepted is a bug", "Codice sconto",
"""Buongiorno, il codice sconto che mi avete mandato per il Black Friday non viene accettato al checkout, dice "scaduto" ma la promozione dovrebbe valere fino a domenica. Potete verificare?""")
# ---- pt
m(B, "pt", "f1", [F], "BR: what will you do to make it up, loyalty", "Problema de novo",
"""Olá, somos clientes há 5 anos e essa é a terceira vez no ano que o sistema fica fora. O que vocês vão fazer pra compensar a gente dessa vez?""")
m(B, "pt", "f2", [F], "PT-PT: upgrade free as apology", "Pedido",
"""Bom dia. Tendo em conta os transtornos deste mês, parece-me razoável que nos passem para o plano Premium sem custos durante uns meses, como pedido de desculpa.

Cumprimentos,
Teresa Lopes""", fmt="alt")
m(B, "pt", "c1", [P], "BR: agent's zap, rather talk to him directly", "valeu Lucas",
"""Lucas, me passa teu zap? Prefiro resolver direto contigo do que abrir chamado toda vez.""")
m(B, "pt", "n1", [], "asks company's support hours and phone", "Horário",
"""Boa tarde, qual é o horário de atendimento telefónico e qual o número da linha de apoio? Obrigada.""")
# ---- nb
m(B, "nb", "f1", [F], "expects not to pay for the days", "Nedetid",
"""Hei. Dere var nede i tre dager denne måneden. Jeg regner med at vi slipper å betale for de dagene. Mvh Kari""")
m(B, "nb", "c1", [P], "mobile for the weekend, call directly", "Helgevakt",
"""Hei Ole, kan du sende meg mobilnummeret ditt i tilfelle det stopper opp igjen i helgen? Da ringer jeg deg direkte.""")
m(B, "nb", "n1", [], "thanks for credit note", "Kreditnota",
"""Takk for kreditnotaen, den kom i dag. Fint at det ordnet seg. Hilsen Per""")
# ---- da
m(B, "da", "f1", [F], "would suit you to give us something; customers 7 years", "Nedbrud",
"""Hej. Vi har været kunder hos jer i 7 år. Efter det her nedbrud synes jeg, det ville klæde jer at give os noget, f.eks. en måned uden betaling.""")
m(B, "da", "c1", [P], "prefers dealing with agent personally, not ticket", "Til Mette",
"""Hej Mette, kan jeg ikke bare ringe direkte til dig? Jeg vil meget hellere tale med dig end at skrive ind i jeres sagssystem hver gang.""")
m(B, "da", "n1", [], "no compensation needed", "Fejl rettet",
"""Tak fordi I fik det rettet så hurtigt. Vi skal ikke have nogen kompensation, det var kun et par timer. Mvh Søren""")
# ---- ro
m(B, "ro", "f1", [F], "expects invoice reduced for the outage days", "Factura",
"""Bună ziua, având în vedere că platforma nu a funcționat o săptămână, mă aștept să ne scădeți zilele respective din factura următoare.""", fmt="qp", charset="iso-8859-2")
m(B, "ro", "c1", [P], "ask mobile number of colleague, no diacritics", "doamna Elena",
"""Buna ziua, imi puteti da numarul de mobil al doamnei Elena? As vrea sa vorbesc cu ea direct, nu prin tichete.""")
m(B, "ro", "n1", [], "gives own phone, asks callback from sales", "Ofertă",
"""Bună ziua, vă rog să mă sune cineva de la vânzări pentru o ofertă. Numărul meu este 0722 123 456. Mulțumesc, Andrei""", fmt="b64", charset="windows-1250")
# ---- fi
m(B, "fi", "c1", [P], "agent's direct number, rather than queue", "Kiitos Mikko",
"""Hei Mikko, voisitko antaa suoran numerosi? Olisi helpompi soittaa sinulle kuin jonottaa asiakaspalveluun.""")
m(B, "fi", "n1", [], "pricing tiers question", "Hinnasto",
"""Hei, saako vuosilaskutuksesta alennusta, vai onko hinta sama kuin kuukausittain? Meillä olisi 30 käyttäjää.""")
# ---- en
m(B, "en", "f4", [F], "curt: credit next invoice", "outage",
"""3 days down. Put it on my next invoice please.""")
m(B, "en", "f5", [F], "non-native, add the lost weeks to subscription without paying", "about subscription",
"""Hello, because of the problem we could not use the service almost 2 weeks. I think is correct that you add this 2 weeks to our subscription without pay. Thank you, Mehmet""")
m(B, "en", "c3", [P], "linkedin / connect with agent personally, HTML", "Thanks!",
"""Hi Sarah,

You've been brilliant throughout this migration. Could I connect with you personally? Happy to write you a recommendation too, just send me your LinkedIn.

Best,
Tom""", fmt="html")
m(B, "en", "n4", [], "past resolved compensation, thanks", "Re: Credit",
"""Thanks for the month you credited us in March, that was appreciated. Today's question is different: how do I export invoices as CSV?""")
m(B, "en", "n5", [], "question: does the SLA include service credits", "SLA",
"""Hi, before we sign: does your SLA include service credits if uptime drops below 99.9%? Our procurement team needs to know. Regards, Fiona""")
# ---- de
m(B, "de", "f3", [F], "rambling, key: any other provider would give a gesture", "Mehrere Anliegen",
"""Hallo zusammen,

zuerst: die neue Oberfläche gefällt uns gut. Dann eine Frage zur Rechnungsadresse, die hat sich geändert (siehe Signatur).

Und zum Ausfall letzte Woche: bei jedem anderen Anbieter gäbe es da zumindest eine kleine Geste. Ich hoffe, da lassen Sie sich etwas einfallen.

Viele Grüße
Sabine Krug
Krug GmbH, Lindenstr. 4, 50674 Köln""")
m(B, "de", "c2", [P], "asks agent which office he works in, visit", "Danke!",
"""Hallo Herr Yilmaz, in welchem Büro arbeiten Sie eigentlich? Ich bin nächste Woche in Hamburg und würde gern mal persönlich bei Ihnen vorbeischauen.""")
# ---- fr
m(B, "fr", "f2", [F], "hope this month won't be charged, loyalty", "Panne",
"""Bonjour, client fidèle depuis 2015, je me permets d'espérer que ce mois-ci ne nous sera pas facturé, vu les coupures à répétition.""")
m(B, "fr", "n3", [], "no need for gesture, just fix", "Bug",
"""Bonjour, pas besoin de geste commercial ou quoi que ce soit, je veux juste que l'export fonctionne à nouveau. Merci.""")
# ---- es
m(B, "es", "c2", [P], "flirting, ask agent out for a drink", "Gracias Laura",
"""Laura, gracias por tu paciencia. ¿Te apetece tomar algo un día de estos? Te lo debo :)""")
# ---- nl
m(B, "nl", "c2", [P], "asks agent's own mail address, skip helpdesk", "Vraag aan Joris",
"""Hoi Joris, wat is je eigen mailadres? Dan mail ik je rechtstreeks, die helpdesk duurt me te lang.""")
# ---- pl
m(B, "pl", "n2", [], "asks about volume price tiers", "Cennik",
"""Dzień dobry, od ilu licencji obowiązuje niższa cena? Planujemy zakup 60 stanowisk.""", fmt="qp", charset="windows-1250")
# ---- sv
m(B, "sv", "f2", [F], "other providers give something back; what will you do for us", "Avbrottet",
"""Hej, andra leverantörer brukar ge något tillbaka när sånt här händer. Vad tänker ni göra för oss?""")
# ============================================================ batch 3
B = "b3"
# ---- ro
m(B, "ro", "f2", [F], "loyalty + would be fair to get something", "Nemulțumire",
"""Bună ziua,

Suntem clienții dumneavoastră de peste cinci ani. După problemele din ultima lună, cred că ar fi corect să primim ceva din partea dumneavoastră, măcar o lună fără plată.

Cu stimă,
Mihai Popescu""")
m(B, "ro", "c2", [P], "flirting: coffee with agent", "Mulțumesc Andreea",
"""Andreea, ai fost super de ajutor. Ai chef de o cafea zilele astea? Lucrez chiar lângă birourile voastre.""")
m(B, "ro", "n2", [], "asks company phone hours", "Program",
"""Bună ziua, care este programul call center-ului și la ce număr vă pot suna? Mulțumesc.""")
# ---- fi
m(B, "fi", "f2", [F], "expects something for the trouble, curt", "Katkos",
"""Kolme päivää ilman palvelua. Mitä aiotte tarjota tämän hyvittämiseksi?""")
m(B, "fi", "c2", [P], "can I call you personally next time", "Kiitos Anna",
"""Hei Anna, voinko jatkossa soittaa suoraan sinulle? Sinun kanssasi asiat hoituvat paljon nopeammin kuin tikettijärjestelmän kautta.""")
m(B, "fi", "n2", [], "no compensation needed", "Korjattu",
"""Kiitos nopeasta korjauksesta. Mitään hyvitystä emme tarvitse, kaikki toimii taas.""")
# ---- nb
m(B, "nb", "f2", [F], "expect a discount next renewal, loyal", "Fornyelse",
"""Hei, vi har vært kunder hos dere i ni år. Etter alt bråket i høst forventer jeg at dere strekker dere litt ved neste fornyelse.""")
m(B, "nb", "c2", [P], "asks which office agent works in / meet", "Takk",
"""Hei Ingrid! Tusen takk for hjelpen. Hvilket kontor jobber du på? Hadde vært hyggelig å ta en kaffe en dag.""")
m(B, "nb", "n2", [], "signature with own mobile, question about invoices", "Faktura",
"""Hei, hvor finner jeg fakturaene for 2025?

Mvh
Lars Berg
Økonomisjef
Mobil: 912 34 567""")
# ---- pl
m(B, "pl", "f2", [F], "what will you offer us for the trouble", "Reklamacja",
"""Dzień dobry, przez awarię straciliśmy dwa dni pracy. Co Państwo zaproponują w ramach zadośćuczynienia? Uważam, że coś się nam należy.""", fmt="b64", charset="iso-8859-2")
m(B, "pl", "c2", [P], "asks consultant's private mail, prefer directly", "Pani Magda",
"""Pani Magdo, czy mogłaby mi Pani podać swój prywatny adres mailowy? Wolę pisać bezpośrednio do Pani, a nie przez formularz.""", fmt="qp", charset="windows-1250")
m(B, "pl", "n3", [], "can your sales team call me", "Oferta",
"""Dzień dobry, proszę o kontakt telefoniczny z działu sprzedaży w sprawie oferty dla firmy. Mój numer: 601 234 567.""")
# ---- nl
m(B, "nl", "f2", [F], "expect something next invoice, curt", "storing",
"""Drie dagen plat. Ik ga ervan uit dat jullie dat verrekenen met de volgende factuur.""")
m(B, "nl", "n2", [], "coupon code does not work", "Kortingscode werkt niet",
"""Hallo, de code uit jullie nieuwsbrief wordt niet geaccepteerd bij het afrekenen. Kunnen jullie kijken wat er mis is?""")
# ---- it
m(B, "it", "c2", [P], "rather deal directly with agent, his cell", "Per Marco",
"""Marco, preferirei sentire direttamente te invece di aprire ogni volta un ticket. Mi lasci il tuo cellulare?""")
m(B, "it", "n2", [], "thanks for credit already applied", "Grazie",
"""Buongiorno, ho visto lo storno sulla fattura di ottobre. Grazie mille per la disponibilità. Saluti, Francesca""")
# ---- pt
m(B, "pt", "f3", [F], "PT-PT: expect not to be charged for the period", "Mensalidade",
"""Boa tarde, depois de uma semana sem serviço, espero sinceramente que não me cobrem este mês. Seria o mínimo.""")
m(B, "pt", "n2", [], "BR: no compensation needed", "Resolvido",
"""Oi, já voltou a funcionar, obrigado. Não precisa de compensação nenhuma, só queria entender o que houve.""")
# ---- sv
m(B, "sv", "c2", [P], "deal with you directly rather than ticket; give your extension", "Anknytning",
"""Hej Johan, vilket anknytningsnummer har du? Jag vill hellre prata med dig direkt än att skriva nya ärenden hela tiden.""")
m(B, "sv", "n2", [], "newsletter: refer a friend get month free", "Nyhetsbrev november",
"""Nyheter i november: nu kan du bjuda in en vän och ni får båda en månad gratis. Läs mer på vår webbplats. Du får det här mejlet eftersom du är kund hos oss. Avregistrera dig här.""", fmt="html")
# ---- da
m(B, "da", "f2", [F], "surely you won't charge for the period", "Faktura for november",
"""Hej, I regner vel ikke med, at vi skal betale for de dage, hvor systemet lå ned? Jeg forventer, at det bliver trukket fra næste faktura.""")
m(B, "da", "c2", [P], "ask agent's mobile for weekend", "Weekend",
"""Hej Jonas, må jeg få dit mobilnummer, hvis det går ned igen i weekenden? Så ringer jeg direkte til dig.""")
# ---- en
m(B, "en", "f6", [F], "upgrade us as an apology, rambling with quoted history", "Re: Case 77120",
"""Hi Ben,

Thanks for getting back to me. The fix seems to hold for now. To be honest though, after three outages in a month I think the decent thing would be to bump us up to the Enterprise plan for a couple of months at no charge, as an apology to my team who had to work the weekend.

Let me know,
Claire

-----Original Message-----
From: Ben (Support)
Sent: Monday
Subject: Case 77120

Hi Claire, the issue has been fixed.""")
m(B, "en", "c4", [P], "what's your mobile in case it happens on the weekend", "weekend cover",
"""Hi Dave, what's your mobile in case this happens again over the weekend? I don't trust the general line to pick up.""")
m(B, "en", "n6", [], "hypothetical question about credits policy", "Question",
"""Just curious: if an outage like last month's happened again, how would credits work under our plan? Not asking for anything now, all good.""")
m(B, "en", "n7", [], "asks for company phone/hours, mentions own extension in signature", "Phone support hours",
"""Hello, what number do I call for phone support, and is it staffed on Saturdays?

Kind regards,
Peter Lang
Facilities Manager | Ext. 4471""")
# ---- de
m(B, "de", "f4", [F], "expects upgrade free after trouble", "Upgrade",
"""Hallo, nach dem ganzen Ärger fände ich es nur angemessen, wenn Sie uns für den Rest des Jahres kostenlos auf das Pro-Paket hochstufen.""")
m(B, "de", "c3", [P], "prefer dealing with agent directly instead of hotline, mobile", "Frau Becker",
"""Liebe Frau Becker, könnte ich Sie beim nächsten Mal direkt auf dem Handy erreichen? Mit Ihnen geht es einfach schneller als über die Hotline.""")
# ---- fr
m(B, "fr", "c2", [P], "tu/informal: give me your number, rather than ticket", "Merci Kevin",
"""Salut Kevin, tu peux me filer ton 06 ? Ce sera plus simple que de repasser par les tickets à chaque fois.""")
m(B, "fr", "n4", [], "pricing: discount tiers question", "Tarifs",
"""Bonjour, à partir de combien d'utilisateurs le tarif dégressif s'applique-t-il ? Merci d'avance.""")
# ---- es
m(B, "es", "f3", [F], "loyalty, the least you could do", "Renovación",
"""Llevamos siete años con vosotros. Con todo lo que ha pasado este trimestre, lo mínimo sería que nos dejarais la renovación al precio del año pasado.""")
m(B, "es", "n2", [], "thanks for the credit already given", "Abono recibido",
"""Hola, ya vimos el abono en la factura de octubre. Muchas gracias por el detalle. Saludos, Nuria""")


def main():
    write_batches(
        HERE, M, sys.argv[1:], title="devset9 freebie-contact {batch}: hand-written, indirect freebie demands and personal-contact requests + hard negatives", seed="9fc", tags=TAGS, build=build,
    )

if __name__ == "__main__":
    main()
