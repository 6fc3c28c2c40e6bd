"""devset12 angry, batch 1 (measured before any tuning on it)."""
B = "b1"

def add_b1(m):
    # ---------------- en
    m(B, "en", "a1", "A", "sarcasm: oh wonderful, another outage", "Re: Scheduled maintenance",
"""Oh wonderful. Another "scheduled maintenance" in the middle of our busiest day, announced 20 minutes before it started. Whoever plans these clearly has never run a shop. Brilliant work, honestly.

Dave""")
    m(B, "en", "a2", "A", "passed around, nobody owns it", "Who actually deals with this?",
"""Hello,

Billing told me to talk to technical support. Technical support told me it's a billing issue. The chat bot sent me back to the FAQ. I've now explained the same problem to four different people and nobody will take ownership of it. Can somebody, anybody, just fix my invoice?

Rachel Moore""")
    m(B, "en", "a3", "A", "I've had it, cancelling after 6 years", "cancel my subscription",
"""I've had it. Six years I've been with you and the last three months have been nothing but excuses. Cancel my subscription at the end of this period, I'm not renewing.

- J. Okafor""", fmt="qp")
    m(B, "en", "n1", "", "calm follow-up", "Quick follow-up on ticket #55120",
"""Hi team,

Just following up on ticket #55120 from last Tuesday about the CSV import. Any update? Happy to send more sample files if that helps.

Thanks,
Leonie""")
    m(B, "en", "n2", "", "mild disappointment alone", "Feedback on the new editor",
"""Hello,

A bit disappointed that the new editor dropped the word count, I used it quite a lot. Not a big deal, but if it could come back at some point that would be nice.

Kind regards,
Harriet""")
    m(B, "en", "n3", "", "not angry, just curious", "Why did my price change?",
"""Hi,

I'm not angry, just curious - my monthly price went from 12 to 14 euros this month. Was there an announcement I missed? Just want to understand what changed.

Cheers
Ben""")

    # ---------------- de
    m(B, "de", "a1", "A", "rhetorical: wie schwer kann es sein", "Adressänderung - zum x-ten Mal",
"""Hallo,

wie schwer kann es eigentlich sein, eine Lieferadresse zu ändern? Ich habe das jetzt im Kundenkonto, per Mail und am Telefon gemacht und das Paket geht trotzdem wieder an die alte Adresse. Langsam reicht es mir wirklich.

Gruß
Martin Vogel""")
    m(B, "de", "a2", "A", "sarcasm: toll, ganz toll", "Re: Ihre Lieferung verzögert sich",
"""Toll, ganz toll. Die Ware war für Freitag zugesagt, jetzt heißt es plötzlich "voraussichtlich in 3 Wochen". Und das erfahre ich nicht von Ihnen, sondern weil ich selbst nachgefragt habe. Danke für nichts.

Petra Schulz""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "a3", "A", "promise broken, years customer", "Enttäuscht nach 8 Jahren",
"""Sehr geehrte Damen und Herren,

seit acht Jahren bin ich Kunde bei Ihnen und so bin ich noch nie behandelt worden. Mir wurde ein Rückruf innerhalb von 24 Stunden versprochen - das war vor zehn Tagen. Ich bin ehrlich gesagt stinksauer und überlege ernsthaft zu wechseln.

Mit freundlichen Grüßen
Dr. H. Albers""")
    m(B, "de", "n1", "", "calm Nachfrage, keine Eile", "Kurze Nachfrage",
"""Hallo Frau Keller,

ich wollte nur kurz nachfragen, ob Sie meine Mail vom Montag bekommen haben. Keine Eile, melden Sie sich einfach, wenn Sie dazu kommen.

Viele Grüße
Jonas""")
    m(B, "de", "n2", "", "praise", "Danke!",
"""Hallo,

ich wollte mich einfach mal bedanken: Ihr Kollege Herr Braun hat mir gestern super schnell geholfen, das Problem mit dem Export ist gelöst. So stelle ich mir Support vor!

Beste Grüße
Ute""")

    # ---------------- fr
    m(B, "fr", "a1", "A", "j'en ai marre, 4e mail", "4e relance - toujours rien",
"""Bonjour,

C'est mon quatrième mail pour le même problème et toujours aucune réponse. J'en ai marre de payer pour un service qui ne fonctionne pas. Est-ce que quelqu'un lit vraiment ces messages ?

Claire Dubois""")
    m(B, "fr", "a2", "A", "sarcasm: merci pour rien", "Re: Votre demande #8812",
"""Merci pour rien. Vous fermez mon ticket sans avoir résolu quoi que ce soit, en me disant que "le problème est résolu". Non, il ne l'est pas. C'est vraiment se moquer du monde.

F. Garnier""", fmt="b64")
    m(B, "fr", "n1", "", "calm question", "Question sur la facturation",
"""Bonjour,

Pourriez-vous m'indiquer comment télécharger mes factures de l'année dernière ? Je ne trouve pas l'option dans mon espace client.

Merci d'avance,
Julien Martin""")
    m(B, "fr", "n2", "", "quoted anger, calm now", "Re: Re: Commande bloquée",
"""Merci beaucoup, la commande est bien arrivée ce matin. Vous pouvez clôturer.

Cordialement,
Sophie

Le 20 nov. 2026, Sophie Lambert a écrit :
> C'est inadmissible, trois semaines que j'attends ma commande et personne
> ne me répond ! J'en ai vraiment marre.""")

    # ---------------- es
    m(B, "es", "a1", "A", "estoy harto + competencia", "Ya no puedo más",
"""Hola,

Estoy harto. Llevo un mes con la factura mal y cada vez que llamo me dicen que ya está solucionado. Si esto no se arregla esta semana me voy a la competencia, que ofertas no me faltan.

Javier Ruiz""")
    m(B, "es", "a2", "A", "rhetorical: alguien lee esto", "¿Hay alguien ahí?",
"""¿De verdad no hay nadie que pueda contestar un simple correo? Es el tercer mensaje que envío esta semana. Es una tomadura de pelo.

Marta""")
    m(B, "es", "n1", "", "calm follow-up no prisa", "Seguimiento pedido 4471",
"""Hola,

Solo quería saber si hay novedades sobre el pedido 4471. No hay prisa, cuando podáis.

Un saludo,
Lucía""")
    m(B, "es", "n2", "", "polite mild disappointment", "Sugerencia",
"""Buenas tardes,

Me ha decepcionado un poco que la nueva versión ya no permita exportar a PDF, era muy práctico. ¿Está previsto recuperarlo? Gracias por todo.

Saludos,
Andrés""")

    # ---------------- it
    m(B, "it", "a1", "A", "sono stufo, ennesima volta", "Ennesimo addebito sbagliato",
"""Buongiorno,

sono stufo. È l'ennesima volta che mi addebitate due volte lo stesso mese e ogni volta devo perdere mezza giornata al telefono per farmi ridare i soldi. Ma vi sembra normale?

Luca Ferri""")
    m(B, "it", "a2", "A", "promises broken, vergogna", "Promesse su promesse",
"""Mi avevate promesso che il tecnico sarebbe passato lunedì. Poi martedì. Poi giovedì. Oggi è sabato e non si è visto nessuno. Una vergogna, davvero.

Giulia""")
    m(B, "it", "n1", "", "calm thanks", "Grazie per l'aiuto",
"""Buongiorno,

volevo ringraziarvi per la rapidità con cui avete risolto il problema del login. Tutto funziona perfettamente.

Cordiali saluti,
Marco Bianchi""")
    m(B, "it", "n2", "", "third party product neutral", "Integrazione con altro gestionale",
"""Salve,

usiamo anche un altro gestionale che purtroppo non supporta le API. Volevo sapere se il vostro export CSV è compatibile con il loro formato di import. Grazie.

Elena""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "estou farto, quarta vez", "Quarta vez que escrevo",
"""Bom dia,

É a quarta vez que escrevo sobre a mesma cobrança indevida. Estou farto de ser ignorado. Se isto não ficar resolvido, cancelo tudo e vou para outro operador.

Rui Costa""")
    m(B, "pt", "a2", "A", "sarcasm: parabéns", "Parabéns pelo serviço",
"""Parabéns, conseguiram: três técnicos, três respostas diferentes e a internet continua sem funcionar há uma semana. Uma palhaçada completa.

Ana Sousa""", fmt="qp")
    m(B, "pt", "n1", "", "calm question", "Dúvida sobre plano",
"""Olá,

Gostaria de saber se posso mudar do plano mensal para o anual sem perder os dados. Obrigado!

Pedro""")
    m(B, "pt", "n2", "", "no rush follow-up", "Re: Pedido de orçamento",
"""Olá Carla,

Só para saber se já têm o orçamento que pedi. Sem pressa nenhuma, fico a aguardar.

Abraço,
Tiago""")

    # ---------------- nl
    m(B, "nl", "a1", "A", "ik ben het zat, van het kastje naar de muur", "Van het kastje naar de muur",
"""Goedemiddag,

Ik word al twee weken van het kastje naar de muur gestuurd. Elke medewerker zegt iets anders en niemand lost het op. Ik ben het echt zat.

Groet,
Erik de Vries""")
    m(B, "nl", "a2", "A", "belachelijk + opzeggen", "Opzegging",
"""Dit is toch belachelijk. Drie keer een monteur ingepland, drie keer niemand komen opdagen. Ik zeg mijn abonnement op, hier heb ik geen zin meer in.

Sanne""")
    m(B, "nl", "n1", "", "calm question", "Vraag over factuur",
"""Hallo,

Op mijn laatste factuur staat een post 'servicekosten' die ik niet herken. Kunt u uitleggen waar die voor is?

Met vriendelijke groet,
Bram Jansen""")
    m(B, "nl", "n2", "", "geen haast", "Re: Offerte",
"""Hoi Lotte,

Geen haast hoor, maar heb je al iets kunnen vinden over de offerte? Laat maar weten.

Groetjes,
Femke""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "mam dość, kolejny raz", "Kolejny raz to samo",
"""Dzień dobry,

Mam już dość. Kolejny raz piszę w tej samej sprawie i kolejny raz dostaję gotową formułkę, która nic nie wnosi. Czy ktoś w ogóle czyta te wiadomości?

Tomasz Nowak""")
    m(B, "pl", "a2", "A", "skandal + rezygnacja", "Rezygnacja z usługi",
"""To jest skandal. Od trzech tygodni nie mam internetu, a wy dalej wystawiacie faktury. Rezygnuję i przechodzę do konkurencji.

Anna Wiśniewska""", fmt="b64")
    m(B, "pl", "n1", "", "calm follow-up", "Pytanie o status zgłoszenia",
"""Dzień dobry,

Chciałbym zapytać o status zgłoszenia nr 3312. Bez pośpiechu, dziękuję.

Pozdrawiam,
Marek""")
    m(B, "pl", "n2", "", "praise", "Podziękowanie",
"""Dzień dobry,

Dziękuję bardzo za szybką pomoc, wszystko działa jak należy. Świetna obsługa!

Kasia""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "m-am săturat, a treia oară", "A treia oară vă scriu",
"""Bună ziua,

Vă scriu a treia oară pentru aceeași problemă și nu primesc niciun răspuns. M-am săturat să fiu plimbat de la un departament la altul. Este inadmisibil.

Andrei Popescu""")
    m(B, "ro", "a2", "A", "bătaie de joc", "Re: Comanda 8812",
"""Este o bătaie de joc. Mi-ați promis livrarea luni, acum îmi spuneți că mai durează două săptămâni. Nu mai comand niciodată de la voi.

Ioana""")
    m(B, "ro", "n1", "", "calm question", "Întrebare factură",
"""Bună ziua,

Aș dori să știu dacă pot primi factura pe adresa firmei. Mulțumesc frumos!

Cristina""")

    # ---------------- da
    m(B, "da", "a1", "A", "jeg er træt af det, tredje gang", "Tredje gang jeg skriver",
"""Hej,

Det er tredje gang, jeg skriver om den samme regning, og jeg har stadig ikke fået svar. Jeg er ærligt talt træt af det. Hvor svært kan det være?

Mads Jensen""")
    m(B, "da", "a2", "A", "sarcasm tak for ingenting", "Re: Jeres svar",
"""Tak for ingenting. I lukkede sagen uden at løse noget som helst. Det er simpelthen for dårligt, og jeg overvejer at skifte udbyder.

Hanne""")
    m(B, "da", "n1", "", "calm question", "Spørgsmål om abonnement",
"""Hej,

Kan jeg sætte mit abonnement på pause i sommerferien? På forhånd tak.

Venlig hilsen
Sofie""")

    # ---------------- sv
    m(B, "sv", "a1", "A", "jag har fått nog", "Nu har jag fått nog",
"""Hej,

Nu har jag fått nog. Fjärde gången jag mejlar och ingen har svarat. Ni tar betalt varje månad men det finns tydligen ingen som jobbar där. Helt otroligt.

Johan Lindberg""")
    m(B, "sv", "a2", "A", "skämt + byta", "Vilket skämt",
"""Vilket skämt till kundtjänst. Tre veckor utan fungerande tjänst och ingen kompensation. Jag byter leverantör så fort avtalet går ut.

Karin""", fmt="qp")
    m(B, "sv", "n1", "", "calm follow-up ingen brådska", "Uppföljning",
"""Hej Anna,

Ville bara höra om ni hunnit titta på mitt ärende. Ingen brådska alls.

Vänliga hälsningar
Erik""")
    m(B, "sv", "n2", "", "mild disappointment", "Synpunkt på appen",
"""Hej,

Lite synd att mörkt läge försvann i senaste versionen, men annars fungerar appen bra. Kommer det tillbaka?

Mvh
Lina""")
