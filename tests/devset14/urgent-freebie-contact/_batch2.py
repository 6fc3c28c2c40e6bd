"""batch 2 (measured before tuning): implicit urgency idioms (needed yesterday, clock ticking, dead in
the water, drop everything), goodwill / Kulanz / waived fees / old price kept, contact via the agent's
extension, Discord, taking it offline between the two of us; negatives: the company's LinkedIn page,
our own IT guy's number, HR compensation, deadline feature, urgent only in quoted history."""
B = "b2"

def add_b2(m):
    # ---------------- en
    m(B, "en", "u2", "U", "dead in the water, clock ticking, no urgent word", "label printer integration",
"""We're dead in the water here - not a single label has printed since lunch and the couriers collect at 5. Clock's ticking. Whoever is on shift, please drop everything and look at ticket 4471.

Sanjay""")
    m(B, "en", "u3", "U", "needed yesterday, time-sensitive", "contract template",
"""Hi, I know this is short notice but the signed contract template is time-sensitive, honestly I needed it yesterday. The client signs at 3pm.

Bex""", fmt="alt")
    m(B, "en", "f2", "F", "goodwill gesture 'would be appropriate', waive setup fee", "Re: migration",
"""Given we lost most of last week to the botched migration, I think a goodwill gesture would be appropriate - waiving the setup fee for the second site would go some way to making it right.

Regards,
Hugh Barrington-Clarke""")
    m(B, "en", "p2", "P", "extension of that agent, not a random person", "Tom from support",
"""Tom was brilliant on Tuesday. What's his extension? I want to get hold of him personally next time, not whoever picks up the main line.

Carol""")
    m(B, "en", "p3", "P", "Discord, take it offline", "quick one",
"""are you on discord? would be easier to take this offline and ping you there than keep emailing back and forth

- jay""")
    m(B, "en", "n3", "", "company LinkedIn page, follow for updates", "Your LinkedIn post",
"""Hello, I saw on your company LinkedIn page that you're launching a mobile app. Is there a date yet? We follow you on Instagram too for updates. Thanks, Grace""")
    m(B, "en", "n4", "", "please have your tech call our IT guy", "VPN setup",
"""Hi, could your technician call our IT guy Kevin on 0161 496 0018 to set up the VPN? He's in all week. Thanks, Alison

Alison Price | Office Manager | T: 0161 496 0000""", fmt="qp")
    m(B, "en", "n5", "", "urgent only in quoted reply, now thanks", "Re: URGENT: invoices not sending",
"""All good now, thanks for the quick fix!

Pete

> On Mon, Pete wrote:
> URGENT - none of our invoices are sending and we need them out today!!""")
    # ---------------- de
    m(B, "de", "u2", "U", "Brennt, eilt sehr, ohne 'dringend'", "Eilt!",
"""Hallo, bei uns brennt gerade die Hütte: die Kasse im Laden nimmt keine EC-Karten mehr an und draußen stehen die Leute Schlange. Bitte sofort zurückrufen, 0171 2233445.

Uwe Brandt""")
    m(B, "de", "f2", "F", "Kulanz, Gutschein erwartet", "Beschwerde Lieferung",
"""Sehr geehrte Damen und Herren,

die Ware kam zwei Wochen zu spät und beschädigt an. Ich erwarte hier ein Entgegenkommen aus Kulanz, etwa einen Gutschein für die nächste Bestellung.

Mit freundlichen Grüßen
Gisela Hartmann""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "p2", "P", "Durchwahl von Herrn Becker, unter vier Augen", "Herr Becker",
"""Guten Tag, können Sie mir bitte die Durchwahl von Herrn Becker geben? Das möchte ich gerne mit ihm unter vier Augen besprechen und nicht über die allgemeine Hotline.

Gruß K. Sommer""")
    m(B, "de", "n2", "", "Fristen-Funktion im Produkt", "Fristen im Kalender",
"""Hallo, wie kann ich in der Projektansicht eine Frist für eine Aufgabe setzen? Ich finde das Feld nicht. Gruß, Petra""")
    # ---------------- da
    m(B, "da", "u2", "U", "det brænder, skal bruges i dag", "Lønkørsel",
"""Hej, det brænder lidt på her: lønkørslen skal godkendes i dag inden kl. 15, ellers får medarbejderne ikke løn fredag. Systemet afviser vores godkendelse. Kan I kigge med det samme?

Mvh Susanne""", fmt="qp", charset="iso-8859-1")
    m(B, "da", "p2", "P", "vil mødes privat med konsulenten", "Tak Jonas",
"""Hej Jonas, skal vi ikke mødes over en øl en dag og snakke videre om det, bare os to? Skriv til mig på min private mail, så aftaler vi noget. /Kasper""")
    m(B, "da", "n2", "", "HR kompensation modul", "Kompensation for overarbejde",
"""Hej, hvordan registrerer man afspadsering som kompensation for overarbejde i HR-modulet? Vh Lise""")
    # ---------------- sv
    m(B, "sv", "f2", "F", "kräver att de behåller gamla priset, avdrag", "Prishöjning",
"""Hej, vi accepterar inte prishöjningen. Efter alla problem i år kräver vi att få behålla det gamla priset, plus ett avdrag på nästa faktura för strulet i september. /Mats""")
    m(B, "sv", "u2", "U", "akut, omgående", "Akut - kan inte fakturera",
"""Vi kan inte skicka en enda faktura och det är månadsskifte. Det här är akut, vi behöver hjälp omgående.

Linda Ek""")
    m(B, "sv", "n2", "", "frågar vilket nummer till support, ingen brådska", "Nummer",
"""Hej, vilket telefonnummer har er support? Ingen brådska, jag ringer nästa vecka. /Sven""")
    # ---------------- nb
    m(B, "nb", "p1", "P", "privat mobil til konsulenten", "Takk Silje",
"""Hei Silje! Kan jeg få privatnummeret ditt? Da kan jeg sende deg en melding på kvelden hvis noe krøller seg. Hilsen Geir""")
    m(B, "nb", "n1", "", "spør om rabatt for frivillige", "Rabatt",
"""Hei, har dere rabatt for frivillige organisasjoner? Mvh Kari""")
    # ---------------- fi
    m(B, "fi", "f1", "F", "vaatii hyvitystä", "Katko",
"""Hei, palvelu oli poissa käytöstä kolme päivää. Vaadimme hyvitystä ja ilmaisen kuukauden. Terveisin Jari""")
    m(B, "fi", "p1", "P", "pyytää asiakaspalvelijan henkilökohtaista numeroa", "Kiitos Laura",
"""Hei Laura, voisitko antaa oman puhelinnumerosi? Soittaisin mieluummin suoraan sinulle. Terveisin Pekka""")
    # ---------------- nl
    m(B, "nl", "u2", "U", "Vlaams, dringend, tegen de middag", "Dringend - facturatie",
"""Goeiemiddag, onze facturen moeten tegen de middag verstuurd zijn en het programma hangt. Kunnen jullie dit met spoed bekijken aub? Wij zitten vast.

Mvg, Koen Peeters""")
    m(B, "nl", "f2", "F", "coulance, tegoed als compensatie", "Klacht",
"""Hallo, na vijf weken zonder werkende koppeling verwacht ik dat jullie ons een tegoed geven als compensatie. Dat lijkt me niet meer dan redelijk. Groet, Saskia""")
    m(B, "nl", "n2", "", "vraagt of oude prijs geldt bij verlenging (question)", "Prijs verlenging",
"""Hoi, blijft bij verlenging het huidige tarief gelden of gaat de prijs omhoog? Alvast bedankt, Martijn""")
    # ---------------- fr
    m(B, "fr", "u2", "U", "dans les plus brefs délais, bloqués", "Blocage paie",
"""Madame, Monsieur,

Nous ne pouvons plus éditer les bulletins de paie alors que le virement des salaires est prévu demain. Merci d'intervenir dans les plus brefs délais.

Service RH, Boulangeries Lemaire""", fmt="b64")
    m(B, "fr", "f2", "F", "dédommagement, avoir", "Commande 55012",
"""Bonjour, trois relances pour une commande jamais livrée. Je demande un dédommagement sous forme d'avoir, c'est la moindre des choses. Cordialement, Mme Petit""")
    m(B, "fr", "p2", "P", "se voir quand il passe à Lyon", "Merci Antoine",
"""Antoine, merci encore ! Si tu passes un jour par Lyon, on se fait un resto ? Donne-moi ton 06, je t'appelle. Seb""")
    m(B, "fr", "n2", "", "rappelez-moi sur mon fixe (own number)", "Rappel",
"""Bonjour, vous pouvez me rappeler au 04 78 12 34 56 cet après-midi pour la démonstration ? Merci, Julie Martin""")
    # ---------------- es
    m(B, "es", "u2", "U", "lo necesito para ayer", "Certificado",
"""Hola, necesito el certificado de retenciones para ayer, literal. El banco me cierra el préstamo si no lo llevo mañana a primera hora.

Paco""")
    m(B, "es", "f2", "F", "bonificación en la próxima factura", "Incidencias",
"""Buenos días, tras las incidencias de octubre solicitamos una bonificación en la próxima factura. Entendemos que es lo justo. Atentamente, Departamento de Compras, Grupo Arenal""", fmt="qp", charset="iso-8859-1")
    m(B, "es", "n2", "", "pregunta cuánto cuesta ampliar usuarios", "Ampliar usuarios",
"""Hola, ¿cuánto me costaría pasar de 5 a 8 usuarios? ¿Hay algún descuento si pago el año entero? Gracias, Marisa""")
    # ---------------- it
    m(B, "it", "u2", "U", "per ieri, il notaio alle 15", "Visura",
"""Salve, mi serve la visura aggiornata per ieri, alle 15 ho il notaio e senza quella salta tutto.

Daniela""")
    m(B, "it", "f2", "F", "chiede abbuono / sconto per disservizio", "Disservizio novembre",
"""Buongiorno, considerato il disservizio di novembre chiediamo un abbuono sulla fattura del mese. Restiamo in attesa di un vostro riscontro. Cordiali saluti, Amministrazione Ferri Srl""")
    m(B, "it", "p2", "P", "vuole sentire l'operatrice su Telegram", "Grazie Giulia",
"""Ciao Giulia, ce l'hai Telegram? Ti scrivo lì così ci sentiamo direttamente, senza passare dall'assistenza. Ciao, Marco""")
    # ---------------- pt
    m(B, "pt", "f2", "F", "pt-BR, quer brinde / frete grátis", "Pedido atrasado",
"""Olha, depois de 20 dias de atraso o mínimo que vocês podem fazer é mandar o próximo pedido com frete grátis e um brinde. Beijos, Carla""")
    m(B, "pt", "p2", "P", "pt-PT, telemóvel pessoal do técnico", "Técnico Nuno",
"""Boa tarde, podiam dar-me o telemóvel pessoal do técnico Nuno? Prefiro tratar com ele diretamente. Obrigado, Jorge""")
    m(B, "pt", "n2", "", "pt-BR, o prazo é tranquilo", "Relatório",
"""Oi, quando puderem me mandem o relatório de vendas de outubro, o prazo é tranquilo, só preciso em dezembro. Abs, Lucas""")
    # ---------------- pl
    m(B, "pl", "u2", "U", "na wczoraj, niezwłocznie", "Faktury korygujące",
"""Dzień dobry, faktury korygujące są potrzebne na wczoraj, kontrahent wstrzymał płatność. Proszę o niezwłoczną odpowiedź.

Agnieszka Wróbel""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "f2", "F", "domaga się rabatu, rekompensata", "Reklamacja",
"""Po trzech tygodniach awarii domagam się rekompensaty w postaci rabatu na kolejny rok. Pozdrawiam, Marek Zając""")
    m(B, "pl", "n2", "", "kod rabatowy nie działa", "Kod",
"""Dzień dobry, kod rabatowy z newslettera nie działa w koszyku. Co robię źle? Dzięki, Ola""")
    # ---------------- ro
    m(B, "ro", "u2", "U", "cât mai repede, termen azi", "Declaratie ANAF",
"""Buna ziua, termenul pentru declaratie este azi la miezul noptii si aplicatia nu genereaza XML-ul. Va rog cat mai repede!

Cristina, contabilitate""", fmt="qp", charset="iso-8859-2")
    m(B, "ro", "f2", "F", "pretinde reducere la reînnoire", "Reinnoire abonament",
"""Dupa problemele din vara, ne asteptam la o reducere serioasa la reinnoire, altfel plecam. Cu stima, Bogdan Ilie""")
    m(B, "ro", "n2", "", "intreaba de pretul pentru ONG", "Pret ONG",
"""Buna, aveti preturi speciale pentru ONG-uri? Multumesc, Diana""")
