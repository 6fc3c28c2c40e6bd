"""devset12 urgent-freebie, batch 6 (measured before any tuning on it). Both tags in one mail,
replies with quoted history, and negatives that reuse words added in b1-b5 (o'clock, 'ya', 'not tomorrow',
'happy to wait', credit on account)."""
B = "b6"

def add_b6(m):
    # ---------------- en
    m(B, "en", "uf1", "UF", "payroll tonight + wants fee waived", "Payroll file + your fees",
"""Hi,

Payroll has to reach the bank by 6 tonight and your export is broken again. Fix it in the next couple of hours please, or 40 people won't be paid for Christmas.

And I'm not paying this month's fee for a tool that breaks every payday - please waive it.

Owen""", fmt="alt")
    m(B, "en", "n1", "", "meeting not tomorrow, o'clock, calm", "Training session",
"""Hi Jess,

Small correction: the training session is not tomorrow, it's Thursday at 10 o'clock. Could you update the calendar invite when you get a moment?

Thanks,
Rob""")
    m(B, "en", "n2", "", "credit on account question, neutral", "Credit on our account",
"""Hello,

I can see a credit on our account of £40 from last year. Will that be used automatically against the next invoice, or do I need to do something?

Thanks,
Diane""", fmt="qp")
    m(B, "en", "f1", "F", "reply, demand in new text, calm quoted", "Re: Your ticket #5512 has been resolved",
"""Resolved for you maybe. We lost a full day of bookings. I want that day reflected on our bill - a prorated credit at the very least.

Nick

On Mon, 23 Nov, Support wrote:
> Hi Nick, we're happy to let you know your ticket has been resolved.
> Kind regards, the Support Team""")

    # ---------------- de
    m(B, "de", "uf1", "UF", "Go-live morgen + Gratismonat", "Go-Live morgen gefährdet",
"""Hallo zusammen,

unser Go-Live ist morgen um 7 Uhr, und die Schnittstelle liefert seit heute Vormittag nur Timeouts. Das muss heute Abend laufen.

Und ehrlich: nach diesem Projektverlauf erwarte ich, dass Sie uns die ersten drei Monate nicht berechnen.

Viele Grüße
Katrin Albers, Projektleitung""")
    m(B, "de", "n1", "", "Kulanz erhalten, Dank", "Danke für die Gutschrift",
"""Hallo Herr Brandt,

die Gutschrift über 49 € ist heute auf der Rechnung aufgetaucht. Vielen Dank für die unkomplizierte Lösung!

Beste Grüße
Stefan Kraus""", fmt="html")

    # ---------------- da
    m(B, "da", "n1", "", "spørgsmål om rabat for foreninger", "Foreningspris",
"""Hej,

Vi er en lille idrætsforening. Har I en særlig pris for foreninger, og hvad koster det om året?

Mvh
Kim""")
    m(B, "da", "u1", "U", "lønkørsel i morgen tidlig", "Lønkørsel",
"""Hej,

Lønkørslen skal køre i morgen tidlig, og vi kan ikke godkende timerne i systemet. Det skal være løst i aften. Ring gerne på 30 11 22 33.

Mvh
Dorthe""", fmt="b64")

    # ---------------- ro
    m(B, "ro", "uf1", "UF", "eveniment maine + reducere", "Biletele nu se trimit",
"""Bună ziua,

Evenimentul nostru e mâine dimineață și biletele nu se trimit participanților. Trebuie rezolvat până în seara asta.

Și, sincer, după toate problemele de luna asta, mă aștept la o reducere serioasă la factura următoare.

Ovidiu Nistor""")
    m(B, "ro", "n1", "", "multumeste pentru reducere", "Mulțumesc",
"""Bună ziua,

Am văzut reducerea aplicată pe factura din noiembrie. Mulțumesc frumos pentru gest!

Corina""")

    # ---------------- pl
    m(B, "pl", "uf1", "UF", "sklep nie dziala + rabat", "Sklep internetowy nie działa",
"""Dzień dobry,

nasz sklep nie przyjmuje zamówień od rana, a dziś mamy wyprzedaż. Proszę o natychmiastową pomoc.

Po tej sytuacji oczekuję też rabatu na kolejny rok.

Wojciech Górski""", fmt="qp")
    m(B, "pl", "n1", "", "pytanie o okres probny", "Okres próbny",
"""Dzień dobry,

czy darmowy okres próbny można przedłużyć o tydzień? Nie zdążyliśmy wszystkiego przetestować.

Pozdrawiam
Ola""")

    # ---------------- es
    m(B, "es", "n1", "", "'ya' as already, calm", "Consulta sobre usuarios",
"""Hola,

ya he añadido a los tres usuarios nuevos, pero uno no recibe el correo de invitación. ¿Me podéis decir qué puede pasar? Sin prisa.

Gracias,
Lorena""")
    m(B, "es", "uf1", "UF", "feria mañana + compensación", "Stand sin sistema",
"""Buenas,

Mañana abrimos la feria a las 9 y el sistema de registro de visitantes no arranca. Necesito que lo miréis esta tarde sin falta.

Y después de esto, espero que nos compenséis con algún mes gratis.

Álvaro Serrano""", fmt="html")

    # ---------------- fr
    m(B, "fr", "u1", "U", "départ camion", "Étiquettes d'expédition",
"""Bonjour,

Le transporteur passe à 16h et aucune étiquette ne s'imprime. Nous avons 200 colis de Noël à expédier aujourd'hui. Merci de m'appeler rapidement, c'est bloquant.

Manon, logistique""")
    m(B, "fr", "n1", "", "ancienne urgence dans l'historique", "RE: URGENT - accès bloqué",
"""Bonjour Julien,

Tout fonctionne à nouveau depuis hier, merci. Une petite question à l'occasion : peut-on changer la langue de l'interface ?

Cordialement,
Claire

-----Message d'origine-----
Objet : URGENT - accès bloqué
C'est urgent, plus personne ne peut se connecter !""", fmt="alt")

    # ---------------- nl
    m(B, "nl", "uf1", "UF", "kerstdiner vanavond + korting", "Reserveringen weg",
"""Hallo,

Vanavond is ons kerstdiner met 120 gasten en alle reserveringen zijn uit het systeem verdwenen. Dit moet binnen een uur opgelost zijn.

Ik reken er daarnaast op dat jullie ons een flinke korting geven voor deze ellende.

Marco, Restaurant De Kade""")
    m(B, "nl", "n1", "", "vraag gratis proefperiode", "Proefperiode",
"""Hallo,

Hoe lang duurt de gratis proefperiode en kan ik daarna maandelijks opzeggen?

Groet, Yvonne""")

    # ---------------- sv
    m(B, "sv", "uf1", "UF", "leverans + kompensation", "Leveransplanering",
"""Hej,

Våra bilar ska ut klockan sex i morgon bitti och ruttplaneringen fungerar inte. Det måste lösas i kväll.

Efter det här förväntar jag mig att ni kompenserar oss med en rabatt.

Niklas, Åkeri Norr""", fmt="qp")
    m(B, "sv", "n1", "", "fråga om partnerrabatt", "Återförsäljare",
"""Hej,

Vi är återförsäljare. Vilka rabattnivåer gäller för partner från 20 licenser?

Mvh Ulf""")

    # ---------------- it
    m(B, "it", "uf1", "UF", "evento domani + mese gratis", "Registrazioni bloccate",
"""Buongiorno,

Domani abbiamo il congresso con 400 iscritti e il modulo di registrazione non funziona. Deve essere risolto entro stasera.

Considerato il disagio, mi aspetto anche un mese gratuito.

Paolo Gallo""")
    m(B, "it", "n1", "", "grazie per lo sconto", "Grazie",
"""Buongiorno,

ho visto lo sconto applicato sul rinnovo. Grazie mille, molto gentili.

Cordiali saluti,
Laura""", fmt="b64")

    # ---------------- pt
    m(B, "pt", "uf1", "UF", "folha amanhã + desconto", "Folha de pagamento",
"""Bom dia,

Amanhã temos de pagar os salários e a exportação para o banco não funciona. Preciso disto resolvido hoje.

E depois de tantos problemas, espero um desconto na próxima fatura.

Helena Costa""", fmt="alt")
    m(B, "pt", "n1", "", "pergunta preço", "Preço do plano anual",
"""Olá,

Quanto custa o plano anual para 5 utilizadores? O pagamento pode ser feito por MB Way?

Obrigado,
Diogo""")
