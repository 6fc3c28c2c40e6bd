"""devset12 urgent-freebie, batch 4 (measured before any tuning on it)."""
B = "b4"

def add_b4(m):
    # ---------------- en
    m(B, "en", "u1", "U", "pharmacy patients at counter", "Prescription queue frozen",
"""Hello,

The prescription queue in our pharmacy has frozen since 2pm - we can't dispense anything and there are patients at the counter waiting for their medication. Please have someone phone the shop on 0161 555 0192, we're stuck until this is fixed.

Rebecca, Pharmacist""", fmt="alt")
    m(B, "en", "u2", "U", "buyer walks away at 5", "Signing link expired",
"""The e-signature link for the Hartley sale has expired and the buyer's solicitor says if the contract isn't signed by 5 today the deal is off. I need a new link in the next hour, not tomorrow.

Greg Mason
Mason Property""")
    m(B, "en", "f1", "F", "waive the late fee your fault", "Late fee on invoice 2231",
"""Hi,

You've charged me a £25 late fee on invoice 2231, but the payment failed because your payment page was down that whole day. I'd like that fee taken off, and frankly a month's credit for the hassle wouldn't hurt either.

Dev""")
    m(B, "en", "n1", "", "ASAP Logistics company name", "ASAP Logistics integration",
"""Hello,

We use ASAP Logistics as our carrier. Is there an integration with them, or do we need to go through the generic shipping API? Happy to wait for the right person to answer.

Kind regards,
Fiona""", fmt="qp")
    m(B, "en", "n2", "", "loyalty discount applied, wants invoice", "Renewal invoice",
"""Hi,

Thanks for applying the loyalty discount on our renewal. Could you send me the invoice as a PDF with our PO number 4500123 on it?

Thanks,
Kate, Accounts""")
    m(B, "en", "n3", "", "calm new text, urgent only in quoted history", "Re: URGENT: exports failing",
"""Hi Tom,

Exports are working again since your patch, thanks. One small follow-up whenever convenient: can the export include the customer's VAT number?

Lisa

-----Original Message-----
From: Lisa Grant
Sent: Monday 09:02
Subject: URGENT: exports failing

This is urgent, our month-end close is blocked. Please fix ASAP.""", fmt="alt")

    # ---------------- de
    m(B, "de", "u1", "U", "Bank braucht Unterlagen bis 12", "Finanzierungsunterlagen",
"""Hallo,

die Bank braucht unsere BWA bis 12 Uhr heute, sonst platzt die Finanzierung für die neue Halle. Der Export hängt seit einer Stunde bei 90 %. Bitte ehebaldigst melden!

Gerhard Pichler
Pichler Holzbau""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "f1", "F", "Mahngebühr erlassen, Fehler bei Ihnen", "Mahngebühr",
"""Guten Tag,

Sie haben uns 15 € Mahngebühr berechnet, obwohl die Lastschrift wegen Ihrer Systemumstellung nicht eingezogen wurde. Die Gebühr bitte ich zu streichen, und für den Ärger dürfen Sie uns gern etwas entgegenkommen.

Freundliche Grüße
Anja Roth""")
    m(B, "de", "n1", "", "Newsletter Rabatt nur heute", "Nur noch heute: 20 % auf alle Jahrespläne",
"""Hallo,

nur noch heute sparen Sie 20 % auf alle Jahrespläne. Jetzt zugreifen, bevor das Angebot endet!

Ihr Team von Taskwerk
Newsletter abbestellen | Impressum""", fmt="html")
    m(B, "de", "n2", "", "Kompensation in HR Modul", "Überstundenausgleich wird falsch berechnet",
"""Hallo,

im HR-Modul wird der Freizeitausgleich für Überstunden falsch berechnet – statt 1,5 Stunden pro Überstunde nur 1. Ist das eine Einstellung?

Gruß
Nina Vogel, Personal""")

    # ---------------- da
    m(B, "da", "u1", "U", "fakturaer inden kl 14", "Kan ikke sende fakturaer",
"""Hej,

Vi skal have sendt alle månedens fakturaer ud inden kl. 14 i dag, ellers når vi ikke betalingsfristen hos vores største kunde. Knappen "Send" gør ingenting. Hjælp hurtigt, tak.

Mvh
Lars Eriksen""")
    m(B, "da", "f1", "F", "drop gebyret", "Rykkergebyr",
"""Hej,

I har sendt et rykkergebyr på 100 kr., men det var jeres betalingsside, der var nede. Jeg regner med, at I dropper gebyret og giver os lidt rabat for besværet.

Hilsen
Pia""", fmt="b64")
    m(B, "da", "n1", "", "fragt gratis spørgsmål", "Gratis fragt?",
"""Hej,

Hvad er grænsen for gratis fragt på papirbestillinger? Og gælder det også til Grønland?

Mvh Jens""")

    # ---------------- ro
    m(B, "ro", "u1", "U", "foarte presant", "Nu pot emite facturi",
"""Bună ziua,

Nu pot emite nicio factură de azi-dimineață, iar clientul nostru cel mai mare așteaptă factura până la ora 15 ca să facă plata. E foarte presant, vă rog ajutați-ne cât mai repede.

Sorin Marin""", fmt="qp")
    m(B, "ro", "f1", "F", "asteapta un gest", "Facturare dublă",
"""Bună ziua,

Pe lângă returnarea banilor încasați de două ori, aștept și un gest din partea voastră pentru timpul pierdut – de exemplu o lună fără plată.

Mulțumesc,
Adriana Vasile""")
    m(B, "ro", "n1", "", "a fost urgent ieri", "Re: Problema autentificare",
"""Bună,

Ieri a fost foarte urgent, dar acum totul merge bine. Mulțumim pentru ajutor, puteți închide tichetul.

Radu""")

    # ---------------- pl
    m(B, "pl", "u1", "U", "nie cierpi zwloki", "Błąd w systemie rezerwacji",
"""Dzień dobry,

system rezerwacji w naszym hotelu nie pokazuje dzisiejszych przyjazdów, a goście już stoją w recepcji. Sprawa nie cierpi zwłoki – proszę o natychmiastowy kontakt.

Recepcja Hotel Zamkowy""")
    m(B, "pl", "f1", "F", "anulowanie oplaty jako rekompensata", "Opłata za przekroczenie limitu",
"""Dzień dobry,

naliczyli Państwo opłatę za przekroczenie limitu, ale to Wasz błąd w liczniku. Proszę o anulowanie tej opłaty, a za zamieszanie przydałby się jakiś bonus, np. miesiąc gratis.

Krzysztof""", fmt="alt")
    m(B, "pl", "n1", "", "pytanie o rabat roczny", "Płatność roczna",
"""Dzień dobry,

czy przy płatności rocznej jest jakaś zniżka? Ile wyniesie abonament dla 8 osób?

Pozdrawiam
Magda""")

    # ---------------- es
    m(B, "es", "u1", "U", "nos corre prisa", "Certificados no se descargan",
"""Hola,

nos corre muchísima prisa: el plazo para presentar los certificados en la Agencia Tributaria acaba hoy a las 14:00 y la descarga da error. ¿Podéis mirarlo ahora mismo?

Beatriz Navarro, gestoría""")
    m(B, "es", "f1", "F", "condonar cuota", "Cuota de noviembre",
"""Buenas,

hemos tenido el servicio caído casi una semana en noviembre. Os pido que nos condonéis la cuota de ese mes; no tiene sentido pagar por algo que no hemos podido usar.

Saludos,
Jorge""", fmt="html")
    m(B, "es", "n1", "", "descuento anual pregunta", "Pago anual",
"""Hola,

¿el descuento por pago anual se aplica automáticamente al cambiar de mensual a anual o hay que pedirlo?

Gracias,
Sonia""")

    # ---------------- fr
    m(B, "fr", "u1", "U", "très pressé", "Paiement des fournisseurs",
"""Bonjour,

C'est très pressé : nos virements fournisseurs doivent partir avant 16h et le module bancaire refuse la signature. Nos fournisseurs bloquent les livraisons si on paie en retard. Rappelez-moi dès que possible.

Sylvie Garnier""", fmt="b64")
    m(B, "fr", "f1", "F", "annulation frais de retard + geste", "Frais de retard injustifiés",
"""Bonjour,

Vous m'avez appliqué des frais de retard alors que c'est votre prélèvement qui a échoué. Je demande que ces frais soient annulés et j'estime avoir droit à un petit dédommagement.

Cordialement,
Thierry Petit""")
    m(B, "fr", "n1", "", "pas besoin de geste commercial", "Merci",
"""Bonjour,

Merci pour la résolution rapide. Pas besoin de geste commercial, l'essentiel est que ça fonctionne.

Bonne journée,
Agnès""")

    # ---------------- nl
    m(B, "nl", "u1", "U", "het is echt haast", "Facturen komen niet aan",
"""Hallo,

Het is echt haast: onze facturen komen niet bij klanten aan en de jaarafsluiting is vrijdag. Onze accountant heeft ze uiterlijk donderdag nodig. Kan iemand me vandaag bellen?

Groet,
Erik de Boer""")
    m(B, "nl", "f1", "F", "tegoed op zijn plaats", "Week storing",
"""Beste,

Een week lang konden onze monteurs geen werkbonnen openen. Een tegoed op ons account lijkt me wel op zijn plaats, of laat de factuur van december gewoon vallen.

Mvg,
Henk Mulder""", fmt="qp")
    m(B, "nl", "n1", "", "coupon werkt niet, bug", "Kortingscode werkt niet",
"""Hoi,

De kortingscode uit jullie nieuwsbrief (WINTER15) wordt bij het afrekenen geweigerd. Klopt de code wel?

Groetjes,
Anouk""")

    # ---------------- sv
    m(B, "sv", "u1", "U", "brinner i knutarna", "Schemat försvunnet",
"""Hej,

Det brinner i knutarna här – hela personalschemat för helgen är borta och vi har 40 anställda som inte vet när de ska jobba. Måste fixas innan eftermiddagen. Ring mig!

Emma, Restaurang Kajen""", fmt="alt")
    m(B, "sv", "f1", "F", "bjuda på uppgraderingen", "Uppgradering",
"""Hej,

Med tanke på allt strul vi haft i höst kan ni väl åtminstone bjuda på uppgraderingen till Pro fram till sommaren?

Mvh
Johan Ek""")
    m(B, "sv", "n1", "", "var bråttom igår, löst", "Re: Inloggning",
"""Hej,

Det var bråttom i går men nu är allt löst. Tack för snabb hjälp!

/Lena""")

    # ---------------- it
    m(B, "it", "u1", "U", "estrema rapidità, evento", "Biglietti non inviati",
"""Buongiorno,

il concerto è stasera e i biglietti elettronici non sono arrivati a metà degli acquirenti. Ci serve una soluzione con estrema rapidità, la gente ci sta già scrivendo arrabbiata.

Federico, Teatro Verdi""")
    m(B, "it", "f1", "F", "buono sconto atteso", "Ordine arrivato in ritardo",
"""Salve,

l'ordine di carta intestata è arrivato con due settimane di ritardo e ho dovuto rimandare un evento. Mi aspetto almeno un buono da usare sul prossimo ordine.

Cordiali saluti,
Valentina Ricci""", fmt="b64")
    m(B, "it", "n1", "", "risarcimento legal question other", "Domanda sul modulo contratti",
"""Buongiorno,

nel modulo contratti, il campo "clausola di risarcimento" accetta solo 500 caratteri. Si può aumentare il limite?

Grazie,
Stefano""")

    # ---------------- pt
    m(B, "pt", "u1", "U", "é para ontem", "Relatório para o banco",
"""Olá,

Isto é para ontem: o banco pediu o relatório de tesouraria até às 12h e o sistema não exporta nada. Sem isso o financiamento fica parado. Alguém me pode ligar?

Ricardo Lopes""", fmt="html")
    m(B, "pt", "f1", "F", "compensação nem que seja mês grátis", "Falhas sucessivas",
"""Boa tarde,

Depois de tantas falhas este mês, queremos uma compensação, nem que seja um mês grátis. Não é justo pagar o preço cheio.

Cumprimentos,
Sofia Almeida""")
    m(B, "pt", "n1", "", "cupão não funciona bug", "Cupão de desconto",
"""Olá,

O cupão de desconto que recebi no email de boas-vindas dá "código inválido". Podem verificar se ainda está ativo?

Obrigado,
Hugo""")
