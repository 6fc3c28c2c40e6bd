"""devset16 angry-bug, batch 3 (measured before any tuning on it): generalisation, fresh writers; longer
mails with quoted history, HTML, typos; anger by sarcasm and resignation, bugs told as a story;
negatives: quoted anger, past incident now fixed, feature wishes with 'should', outage, billing."""
B = "b3"

def add_b3(m):
    # ---------------- en
    m(B, "en", "a1", "A", "sarcastic praise, anger", "Well done",
"""Well done, really. You managed to lose my booking, charge me for it anyway and then tell me it was my fault. Truly world-class stuff. I won't be back.""")
    m(B, "en", "a2", "A", "resignation, loyalty betrayed", "Re: your ticket has been closed",
"""You closed my ticket without fixing anything. Again. I've paid you every month since 2016 and this is what I get? I'm past angry now, I'm just tired. Cancel it.

> Your ticket #81233 has been marked as resolved. Was this helpful? Yes / No""")
    m(B, "en", "b1", "B", "bug story, typos", "recurring invoices",
"""hey so i set up a recurring invoice for a client to go out on the 1st of every month. it went out on the 1st, fine, but then it ALSO went out again on the 2nd and the 3rd?? client got 3 invoices for the same month. the schedule says monthly. can u check

thx
dev""")
    m(B, "en", "b2", "B", "bug: dark mode text invisible in editor", "Can't see text in editor",
"""<p>Hi,</p><p>When dark mode is on, the text I type in the email template editor is black on a dark grey background, so it's basically invisible. Switching to light mode shows the text fine. Using Edge on Windows 11.</p><p>Thanks,<br>Oluwaseun</p>""", "html")
    m(B, "en", "n1", "", "quoted angry customer, polite", "Question about our refund policy",
"""Hi, one of our own customers wrote to us 'this is unacceptable, I want my money back' — can your system send an automatic refund confirmation in that case? Just asking how to configure it. Thanks, Lee""")
    m(B, "en", "n2", "", "feature wish with 'should'", "Suggestion",
"""Hi! The invoice list should really have a filter by client. Would be a great addition. Keep up the good work.""")
    m(B, "en", "n3", "", "resolved incident, thanks", "All good now",
"""Hi Sam, the duplicate charges from last week were refunded this morning. Thanks for sorting it so quickly, much appreciated.""")
    # ---------------- de
    m(B, "de", "a1", "A", "resigniert, Kündigung", "Kündigung",
"""Hiermit kündige ich. Nach drei Monaten Hin und Her und jedes Mal neuen Ausreden fehlt mir jedes Verständnis. Ich war über zehn Jahre treuer Kunde. Schade, aber so nicht.""")
    m(B, "de", "b1", "B", "Fehlergeschichte: Rabatt verschwindet bei Mengenänderung", "Rabatt weg wenn Menge geändert",
"""Hallo,

wenn ich im Warenkorb die Menge von 1 auf 2 ändere, verschwindet der Gutschein, obwohl er oben noch als "aktiv" angezeigt wird. Der Preis springt wieder auf den vollen Betrag. Ändere ich die Menge zurück, ist der Rabatt wieder da.

Gruß, Felix""")
    m(B, "de", "n1", "", "Frage wie", "Wie exportiere ich Rechnungen?",
"""Hallo, wie kann ich alle Rechnungen eines Jahres auf einmal als PDF herunterladen? Danke für einen Tipp!""")
    # ---------------- da
    m(B, "da", "a1", "A", "sarkasme", "Flot klaret",
"""Flot klaret, virkelig. Tredje gang I sender den forkerte vare. Jeg har været kunde siden 2014, men nu er jeg færdig med jer.""")
    m(B, "da", "b1", "B", "fejl: rapport viser forkerte tal", "Omsætningsrapport passer ikke",
"""Hej,

Omsætningsrapporten for november viser 48.200 kr, men når jeg lægger de enkelte dage sammen, får jeg 52.900 kr. Det ser ud til at søndagene ikke kommer med. I oktober passede det.

Venlig hilsen
Kasper""")
    m(B, "da", "n1", "", "nedbrud for alle", "Nede?",
"""Hej, er jeres system nede? Ingen af os kan logge ind siden kl. 8.""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "furie, majuscule", "INACCEPTABIL",
"""Este INACCEPTABIL! Mi-ați tăiat internetul deși factura e plătită. Am sunat de trei ori și nimeni nu știe nimic. Bătaie de joc!""")
    m(B, "ro", "b1", "B", "bug: filtrul de dată nu ține", "Filtrul nu funcționează corect",
"""Bună ziua,

Când selectez în raport intervalul 1–15 noiembrie, tabelul afișează și comenzile din octombrie. Dacă reîncarc pagina, filtrul revine la „luna curentă”. Pe Firefox se întâmplă la fel.

Mulțumesc,
Ioana""")
    m(B, "ro", "n1", "", "reclamație calmă", "Întârziere livrare",
"""Bună ziua, coletul a ajuns cu o zi mai târziu decât era estimat. Nu e grav, doar vă anunț. O zi bună!""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "sarkazm, dość", "Brawo",
"""Brawo, naprawdę. Trzeci tydzień bez internetu, a wy przysyłacie mi ankietę o satysfakcji. Szczyt bezczelności. Odchodzę.""")
    m(B, "pl", "b1", "B", "bug: powiadomienia przychodzą podwójnie", "Podwójne powiadomienia",
"""Hej, od czwartku każde powiadomienie o nowej rezerwacji dostaję dwa razy, w odstępie minuty. Na telefonie i na mailu. Ustawienia nie były zmieniane. Pozdrawiam, Ola""")
    m(B, "pl", "n1", "", "prośba o funkcję", "Propozycja",
"""Dzień dobry, fajnie byłoby móc eksportować grafik do Google Calendar. Czy planujecie coś takiego? Dziękuję!""")
    # ---------------- es
    m(B, "es", "a1", "A", "frío y formal", "Queja formal",
"""Estimados señores:

Les escribo por cuarta vez para reclamar el mismo cargo indebido. Considero intolerable que una empresa de su tamaño sea incapaz de dar una respuesta en un mes. Si no recibo solución antes del viernes, cancelaré todos mis servicios.

Atentamente,
M. Ortega""")
    m(B, "es", "b1", "B", "bug: el PDF sale sin logo", "Logo no aparece en la factura",
"""Hola, desde hace unos días el logo de la empresa ya no aparece en las facturas en PDF. En la vista previa sí se ve. No hemos cambiado nada en la configuración. Gracias, Pablo""")
    m(B, "es", "n1", "", "elogio", "¡Gracias!",
"""Muchísimas gracias a Laura por la paciencia de ayer. ¡Un servicio de diez!""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "las, fidélité déçue", "Fatigué",
"""Client depuis 2012, je n'ai jamais vu ça. Quatre appels, quatre réponses différentes, et toujours rien. Je suis épuisé de devoir me battre pour un service que je paie. Je pars.""")
    m(B, "fr", "b1", "B", "bug: champ date inverse jour/mois", "Dates inversées",
"""Bonjour,

Quand je saisis une date de livraison, par exemple 03/11, elle est enregistrée comme le 11 mars. Le sélecteur affiche bien le 3 novembre avant l'enregistrement. Le problème n'existait pas le mois dernier.

Cordialement, Amélie""")
    m(B, "fr", "n1", "", "panne générale", "Service indisponible ?",
"""Bonjour, le site est inaccessible pour tout le monde chez nous depuis ce matin. Une panne en cours ?""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "formeel boos (wrong invoice = billing dispute, not a bug)", "Klacht",
"""Geachte heer/mevrouw,

Voor de derde keer meld ik dat de factuur onjuist is. Dat ik telkens een standaardantwoord ontvang vind ik onacceptabel. Ik verwacht binnen vijf werkdagen een inhoudelijke reactie.

Met vriendelijke groet,
J. de Boer""")
    m(B, "nl", "b1", "B", "bug: zoekfunctie vindt geen postcode", "Zoeken op postcode werkt niet",
"""Hoi, als ik in de klantenlijst zoek op postcode met spatie (1234 AB) krijg ik geen resultaten, zonder spatie (1234AB) wel. Tot vorige maand werkten beide. Groet, Pieter""")
    m(B, "nl", "n1", "", "factuurvraag", "Vraag over factuur",
"""Goedemorgen, op mijn factuur staan twee licenties, maar we gebruiken er maar één. Kunnen jullie dat aanpassen? Alvast bedankt.""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "kort och arg", "Igen??",
"""Debiterad två gånger IGEN. Hur svårt kan det vara? Jag är så trött på er.""")
    m(B, "sv", "b1", "B", "bugg: bilder laddas inte i Safari", "Bilder syns inte",
"""Hej, produktbilderna i butiken visas inte i Safari på Mac, bara en tom ruta. I Chrome syns de som vanligt. Det började efter förra veckans uppdatering. /Elin""")
    m(B, "sv", "n1", "", "artig påminnelse", "Påminnelse",
"""Hej, jag skickade en fråga förra veckan om byte av abonnemang. Har ni hunnit titta på den? Tack på förhand!""")
    # ---------------- it
    m(B, "it", "a1", "A", "stanco, terza volta", "Ancora",
"""Terza volta che scrivo. Terza. E ogni volta la stessa risposta copiata e incollata. Sono stufo di essere preso in giro.""")
    m(B, "it", "b1", "B", "bug: il totale IVA è sbagliato", "Totale fattura sbagliato",
"""Buongiorno,

nelle fatture con più aliquote IVA il totale finale non corrisponde alla somma delle righe: 244,00 + 110,00 dà 356,20 in fondo alla fattura. Con una sola aliquota il totale è giusto.

Saluti,
Marco""")
    m(B, "it", "n1", "", "disputa fattura calma", "Addebito doppio?",
"""Buongiorno, mi sembra di aver pagato due volte l'abbonamento di ottobre. Potreste controllare ed eventualmente rimborsarmi? Grazie.""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "sarcasmo brasileiro", "Parabéns",
"""Parabéns, vocês conseguiram de novo. Mais uma cobrança em dobro e ninguém atende o telefone. Cliente há 9 anos e tratado feito lixo. Vou cancelar tudo.""")
    m(B, "pt", "b1", "B", "bug: app não mostra histórico", "Histórico vazio no app",
"""Oi, desde a última atualização o histórico de pedidos aparece vazio no app do iPhone. No site aparecem todos os pedidos normalmente. Já reinstalei. Valeu, Bruno""")
    m(B, "pt", "n1", "", "pergunta como", "Como alterar o endereço?",
"""Olá, como faço para alterar o endereço de entrega de uma encomenda que ainda não foi enviada? Obrigada.""")
