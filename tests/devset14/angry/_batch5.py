"""devset14 angry, batch 5 = GENERALISATION batch (measured before any tuning on it): fresh writers, new
wording of b1-b4 themes (sarcasm, counting repeats, leaving, time lost, exasperated questions, 'still
nothing'), some longer mails and replies; negatives in the same proportion."""
B = "b5"

def add_b5(m):
    # ---------------- en
    m(B, "en", "a1", "A", "sarcasm: brilliant, just brilliant", "Order 55-0912",
"""Brilliant. Just brilliant. The 'next day' delivery I paid extra for is now on day six.

Callum""")
    m(B, "en", "a2", "A", "counting: lost count", "Account merge",
"""I've honestly lost count of how many times I've asked for these two accounts to be merged. Every reply says 'escalated'. Escalated where, the moon?

Yvonne""")
    m(B, "en", "a3", "A", "leaving: taking our money elsewhere, long", "Renewal",
"""Hi Sarah,

Thanks for the renewal quote. I'll be straight with you: after the year we've had with the booking module (the double bookings in March, the lost data in July, the two-week wait for a fix in September), we won't be renewing. We've already signed with one of your competitors and frankly the team is relieved.

Best,
Graham Oduya
Operations, Northside Physio""", fmt="alt")
    m(B, "en", "a4", "A", "time: my evening gone", "Tax export",
"""There goes my evening. Three hours trying to get your tax export to match the bank and it's still out by exactly the amount you double-counted last month.

Jo""")
    m(B, "en", "n1", "", "lost count positive", "Thank you",
"""I've lost count of how many times your team has saved me this year - thank you, genuinely.

Paula""")
    m(B, "en", "n2", "", "not renewing, neutral", "Renewal",
"""Hi, we've decided not to renew as the project ends in March. Nothing wrong with the service - we'd happily come back for the next one.

Dev""")
    # ---------------- de
    m(B, "de", "a1", "A", "sarcasm: ganz großes Kino", "Lieferung",
"""Ganz großes Kino. Paket angeblich zugestellt, liegt aber nirgends. Und die Hotline legt nach 20 Minuten einfach auf.

Tobias""")
    m(B, "de", "a2", "A", "zigmal, man wird hingehalten", "Rückerstattung",
"""Ich habe inzwischen unzählige Male nachgefragt und werde jedes Mal mit "in Bearbeitung" abgespeist. So langsam platzt mir der Kragen.

Heike Brandt""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "n1", "", "sarcasm-looking praise", "Großes Kino!",
"""Ganz großes Kino, wie schnell Ihr Team das gelöst hat. Danke!

Marc""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "Belgian, ras-le-bol", "Facture",
"""J'en ai ras-le-bol de vos factures qui changent tous les mois. Personne n'est fichu de m'expliquer le montant.

Jean-Luc""")
    m(B, "fr", "a2", "A", "perte de temps, on se fout de moi", "Dossier",
"""Deux heures au téléphone pour m'entendre dire de renvoyer un mail. On se fout de moi ou quoi ?

Karim""")
    m(B, "fr", "n1", "", "calm: perte de mot de passe", "Mot de passe",
"""Bonjour, j'ai perdu mon mot de passe et le lien de réinitialisation ne fonctionne plus. Pouvez-vous m'aider ? Merci.

Odile""")
    # ---------------- es
    m(B, "es", "a1", "A", "es-MX: ya estuvo, me voy", "Servicio",
"""Ya estuvo. Tres meses con el internet fallando y ni una solución. Me cambio a otra compañía en cuanto termine el mes.

Héctor""")
    m(B, "es", "a2", "A", "es-ES: hartísimo, cada vez", "Pedido",
"""Estoy hartísimo. Cada pedido que hago llega incompleto y cada vez me toca reclamar. ¿Para qué pago envío premium?

Álvaro""")
    m(B, "es", "n1", "", "cambiar de plan, neutral", "Cambio de compañía",
"""Hola, nos cambiamos de oficina y necesitamos trasladar el servicio. ¿Qué documentos necesitan? Gracias.

Rocío""")
    # ---------------- it
    m(B, "it", "a1", "A", "sarcasm: bella figura", "Ordine",
"""Bella figura davvero. Il regalo per il compleanno di mia figlia arriva dopo il compleanno. Grazie tante.

Paola""")
    m(B, "it", "a2", "A", "non se ne può più", "Fatturazione",
"""Non se ne può più. Ogni mese una fattura sbagliata e ogni mese le stesse scuse.

Alberto""")
    m(B, "it", "n1", "", "grazie tante sincere", "Grazie tante",
"""Grazie tante per la pazienza di ieri, siete stati gentilissimi.

Sara""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "pt-BR: tô de saco cheio", "Internet",
"""Tô de saco cheio dessa internet caindo toda hora. Já abri cinco protocolos e nada.

Marcos""")
    m(B, "pt", "a2", "A", "pt-PT: é uma vergonha, vou mudar", "Operadora",
"""Isto é uma vergonha. Duas semanas sem televisão e ninguém resolve. Vou mudar de operadora.

António""")
    m(B, "pt", "n1", "", "mudar de plano neutral", "Mudar de plano",
"""Olá, gostaria de mudar para o plano anual. Como faço? Obrigado.

Rita""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "ik ben het zat", "Bezorging",
"""Ik ben het spuugzat. Voor de derde keer staat de bezorger niet voor de deur terwijl ik de hele dag thuis zit.

Mirjam""")
    m(B, "nl", "a2", "A", "Flemish: het is toch niet te geloven", "Factuur",
"""Het is toch niet te geloven. Opnieuw een factuur voor een toestel dat ik al lang heb teruggestuurd.

Wim""")
    m(B, "nl", "n1", "", "niet te geloven praise", "Top",
"""Niet te geloven hoe snel dat ging, top service!

Daan""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "nu får det räcka", "Leveransen",
"""Nu får det räcka. Tredje gången leveransen uteblir och ingen hör av sig.

Björn""")
    m(B, "sv", "a2", "A", "löjligt, byter bolag", "Abonnemang",
"""Det är ju löjligt. Jag har väntat på ett svar i fem veckor. Vi byter bolag vid årsskiftet.

Sara""")
    m(B, "sv", "n1", "", "byter bolag neutral", "Flytt",
"""Hej, vi byter bolag för el efter flytten, behöver vi säga upp något hos er? Tack!

Nils""")
    # ---------------- da
    m(B, "da", "a1", "A", "nu er det nok", "Levering",
"""Nu er det altså nok. Anden gang på en uge pakken ikke kommer, og jeres chat lukker bare.

Pia""")
    m(B, "da", "a2", "A", "spild af tid", "Kundeservice",
"""Jeres kundeservice er det rene spild af tid. Man bliver stillet videre og videre og ender samme sted.

Kim""")
    m(B, "da", "n1", "", "calm", "Spørgsmål",
"""Hej, kan I fortælle mig, hvornår min pakke kommer? Tak på forhånd.

Ida""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "szlag mnie trafia", "Internet",
"""Szlag mnie trafia. Od tygodnia internet pada co wieczór, a na infolinii każą mi resetować router.

Grzegorz""")
    m(B, "pl", "a2", "A", "odchodzę", "Umowa",
"""Po ośmiu latach odchodzę. Takiego traktowania klienta jeszcze nie widziałem.

Zbigniew""", fmt="b64", charset="utf-8")
    m(B, "pl", "n1", "", "calm", "Pytanie o fakturę",
"""Dzień dobry, proszę o duplikat faktury za październik. Dziękuję.

Ania""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "mi-a ajuns", "Internet",
"""Mi-a ajuns. De o săptămână nu merge internetul și nimeni nu vine. Plătesc degeaba.

Gabriel""")
    m(B, "ro", "a2", "A", "no diacritics, si ce daca", "comanda",
"""Trei saptamani pentru o comanda care trebuia sa vina in 48 de ore. Nu mai comand nimic de la voi.

Alina""")
    m(B, "ro", "n1", "", "calm", "Intrebare",
"""Bună ziua, aș dori să știu când expiră abonamentul. Mulțumesc!

Vlad""")
