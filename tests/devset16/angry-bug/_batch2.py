"""devset16 angry-bug, batch 2 (measured before any tuning on it): all languages; cold formal anger,
capitals, loyalty; bugs on one device, regressions; negatives: feature wishes, billing, resolved incident."""
B = "b2"

def add_b2(m):
    # ---------------- en
    m(B, "en", "a1", "A", "cold formal anger", "Formal complaint",
"""Dear Sir or Madam,

I wish to register my strong dissatisfaction with the way my account has been handled. Despite repeated assurances, the matter remains unresolved six weeks on. Frankly, I expected considerably better from a company of your size.

Yours faithfully,
R. Okafor""")
    m(B, "en", "a2", "A", "short furious one-liner", "seriously?",
"""charged AGAIN after cancelling. unbelievable. sort it out today or I'm done.""")
    m(B, "en", "b1", "B", "bug: search returns nothing for names with apostrophe", "Search can't find O'Brien",
"""Hi,

Searching the customer list for O'Brien returns "No results" although the customer is definitely there (I can scroll to him). Searching "Brien" finds him. Same for D'Souza.

Cheers, Mike""")
    m(B, "en", "b2", "B", "bug: timesheet totals wrong on mobile only", "Mobile app totals",
"""On the Android app the weekly total under Timesheets shows 32h when the days add up to 37.5h. On the web it shows 37.5h correctly. I think it's ignoring the half hours.""")
    m(B, "en", "n1", "", "whole-service outage", "Site down?",
"""Hi, your website has been down for all of us since about 9am – nothing loads at all. Any ETA?""")
    m(B, "en", "n2", "", "billing dispute, calm", "Invoice question",
"""Hello, we were invoiced for 12 seats in October but we only had 10 active users. Could you adjust the invoice please? Thanks, Priya""")
    m(B, "en", "n3", "", "polite follow-up after resolved bug", "Thanks – working now",
"""Hi Tom, just confirming the PDF export works again after your fix yesterday. Thanks for the quick help!""")
    # ---------------- de
    m(B, "de", "a1", "A", "Großbuchstaben, Wut", "SCHON WIEDER",
"""Das Paket ist SCHON WIEDER nicht angekommen. Zum zweiten Mal in einem Monat! Ich habe echt keine Lust mehr auf diesen Saftladen.""")
    m(B, "de", "b1", "B", "bug: Export schneidet Spalten ab", "CSV-Export unvollständig",
"""Guten Tag,

beim CSV-Export der Kundenliste fehlen seit dem Update die Spalten Telefon und E-Mail. In der Ansicht im Browser sind beide Spalten da. Vor zwei Wochen war der Export noch vollständig.

Viele Grüße
Thomas Weber""")
    m(B, "de", "n1", "", "ruhige Beschwerde", "Lieferung",
"""Hallo, die Lieferung kam leider zwei Tage später als angekündigt. Kein Drama, nur als Rückmeldung. Schöne Grüße, Anke""")
    # ---------------- da
    m(B, "da", "a1", "A", "kold, formel vrede", "Klage",
"""Til kundeservice

Jeg har nu tre gange bedt om en skriftlig forklaring uden at modtage andet end standardsvar. Det er under al kritik. Hvis jeg ikke har et ordentligt svar inden fredag, opsiger jeg abonnementet.

Venlig hilsen
Bent Larsen""")
    m(B, "da", "b1", "B", "bug: vedhæftning forsvinder", "Vedhæftede filer forsvinder",
"""Hej. Når jeg vedhæfter en PDF til en opgave og trykker gem, er filen væk igen når jeg åbner opgaven. Billeder virker fint, det er kun PDF'er. Mvh Line""")
    m(B, "da", "n1", "", "ros", "Tak!",
"""Tusind tak for den hurtige hjælp i går, det var virkelig god service. Hilsen Anne""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "iritare, a treia oară", "Iar?!",
"""A treia oară în două săptămâni când comanda vine incompletă. Sincer, m-am săturat. Nu mai comand de la voi.""")
    m(B, "ro", "b1", "B", "bug: aplicația se închide la scanare", "Aplicația se închide",
"""Bună ziua,

De la ultima actualizare, aplicația se închide imediat ce apăs pe butonul de scanare a bonului. Pe telefonul soției (alt model) merge. Am reinstalat, degeaba.

Cu stimă, Mihai""")
    m(B, "ro", "n1", "", "cerere funcționalitate", "Sugestie",
"""Bună, ar fi foarte util dacă ați putea adăuga posibilitatea de a exporta rapoartele în Excel. Mulțumesc!""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "lojalność i rozczarowanie", "Rezygnuję",
"""Jestem waszym klientem od 2015 roku i pierwszy raz czuję się tak zlekceważony. Miesiąc czekania na odpowiedź to kpina. Rezygnuję z usług i przechodzę do konkurencji.""")
    m(B, "pl", "b1", "B", "bug: zdjęcie profilowe się nie zapisuje", "Nie zapisuje się zdjęcie",
"""Cześć, wgrywam nowe zdjęcie profilowe, pokazuje się komunikat 'zapisano', ale po odświeżeniu strony wraca stare zdjęcie. Próbowałem w Chrome i Edge. Pozdrawiam, Kuba""")
    m(B, "pl", "n1", "", "pytanie jak", "Jak dodać drugi adres?",
"""Dzień dobry, jak mogę dodać drugi adres dostawy do konta? Dziękuję.""")
    # ---------------- es
    m(B, "es", "a1", "A", "decepción tras lealtad", "Decepcionado",
"""Llevo 7 años con ustedes y nunca me había sentido tan ninguneado. Tres semanas esperando una respuesta que no llega. Es una vergüenza. Me doy de baja.""")
    m(B, "es", "b1", "B", "bug: el calendario duplica citas", "Citas duplicadas",
"""Hola, desde la actualización del martes cada cita que creo en la agenda aparece dos veces. Si borro una, se borran las dos. Pasa en el navegador y en la app. Un saludo, Jorge""")
    m(B, "es", "n1", "", "avería general", "¿Caída del servicio?",
"""Hola, ¿hay alguna incidencia general? Ninguno de la oficina puede entrar a la plataforma desde hace una hora.""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "one-liner furieux", "Sérieusement ?",
"""Encore prélevé deux fois. C'est une blague ?! J'en ai ras le bol de vos erreurs.""")
    m(B, "fr", "b1", "B", "bug: montant TVA arrondi faux", "Arrondi de TVA incorrect",
"""Bonjour,

Sur les devis, la TVA est arrondie au centime supérieur ligne par ligne, ce qui donne un total de 1 200,04 € au lieu de 1 200,00 €. Nos clients le remarquent. Ça n'arrivait pas avant la nouvelle version.

Merci, Sophie""")
    m(B, "fr", "n1", "", "litige facturation calme", "Question facture",
"""Bonjour, je pense avoir été facturé deux mois au lieu d'un. Pourriez-vous vérifier et me rembourser la différence ? Merci d'avance.""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "sarcastisch, klant sinds jaren", "Echt top",
"""Echt top hoor, weer een monteur die niet komt opdagen. Vijftien jaar klant en zo word ik behandeld. Ik ben er helemaal klaar mee, ik ga overstappen.""")
    m(B, "nl", "b1", "B", "bug: app logt uit op iPhone", "Steeds uitgelogd",
"""Hallo, sinds de laatste update word ik op mijn iPhone elke keer uitgelogd als ik de app sluit. Op de iPad blijf ik gewoon ingelogd. Groet, Sanne""")
    m(B, "nl", "n1", "", "wens", "Idee",
"""Zou het mogelijk zijn om facturen in het Engels te versturen? Veel van onze klanten zitten in het buitenland. Dank!""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "sarkasm", "Tack för ingenting",
"""Tack för ingenting. Tre veckor utan fungerande bredband och ni skickar en enkät om hur nöjd jag är. Skämt.""")
    m(B, "sv", "b1", "B", "bug: rabatt räknas två gånger", "Rabatten dras två gånger",
"""Hej, när en kund har både medlemsrabatt och kampanjkod dras rabatten två gånger i kassan, så en vara för 200 kr blir 128 kr istället för 160 kr. Mvh Jonas""")
    m(B, "sv", "n1", "", "driftstörning hela tjänsten", "Ligger ni nere?",
"""Hej, ingen av oss kommer åt tjänsten just nu, sidan laddar inte alls. Är det ett känt avbrott?""")
    # ---------------- it
    m(B, "it", "a1", "A", "rabbia formale", "Reclamo formale",
"""Spettabile azienda,

è la quarta segnalazione che invio senza ricevere alcuna risposta concreta. Trovo il vostro comportamento inaccettabile e profondamente scorretto nei confronti di un cliente che vi è rimasto fedele per anni.

Distinti saluti
Ing. Bassi""")
    m(B, "it", "b1", "B", "bug: l'app non salva gli indirizzi", "Indirizzo non salvato",
"""Ciao, aggiungo un nuovo indirizzo di spedizione, premo Salva e torna alla lista ma l'indirizzo non c'è. Succede solo su Android, dal PC funziona. Grazie, Luca""")
    m(B, "it", "n1", "", "elogio", "Grazie!",
"""Volevo solo dirvi che la nuova app è fantastica, velocissima. Ottimo lavoro!""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "decepcionado, cliente fiel", "Muito desapontado",
"""Sou cliente há dez anos e nunca pensei ser tratado assim. Já é a terceira vez que a fatura vem errada e ninguém me dá uma explicação. Estou a pensar seriamente em mudar de operadora.""")
    m(B, "pt", "b1", "B", "bug: agenda mostra hora errada", "Horário errado nas marcações",
"""Olá, as marcações feitas pelo site aparecem na agenda uma hora mais cedo do que o cliente escolheu. Quem marca às 15h aparece às 14h. Começou esta semana. Obrigada, Ana""")
    m(B, "pt", "n1", "", "pedido de funcionalidade", "Sugestão",
"""Olá! Seria ótimo poder enviar lembretes por WhatsApp aos clientes. Está nos vossos planos? Obrigado.""")
