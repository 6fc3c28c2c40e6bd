"""devset16 angry-bug, batch 5 (measured before any tuning on it): generalisation 2, fresh writers and
situations (utility, airline, gym, bank app, school platform, SaaS); anger mixed into long mails,
bugs with numbers and steps; negatives: thanks after a fix, questions, wishes, outage, billing."""
B = "b5"

def add_b5(m):
    # ---------------- en
    m(B, "en", "a1", "A", "airline, weary fury", "Flight change AGAIN",
"""Hi,

You've moved my flight for the third time without asking. First 9am, then 2pm, now 6:40am the day before. I booked with you specifically because I trusted you. Honestly I'm livid and I've had it with this airline.

Dana""")
    m(B, "en", "a2", "A", "gym, sarcastic, threat to leave", "Membership",
"""Oh fantastic, another 'system error' charge on my card. That's what, four months running? I'll be taking my membership elsewhere, thanks.""")
    m(B, "en", "b1", "B", "bank app bug with steps", "Transfer screen bug",
"""Steps:
1. Open Payments > New transfer
2. Pick a saved payee
3. Change the amount

Expected: the amount I type.
Actual: the field resets to the last amount I sent to that payee as soon as I tap Continue.

iPhone 13, app version 8.4.1.""")
    m(B, "en", "b2", "AB", "angry bug, school platform", "Grades wrong AGAIN",
"""This is getting ridiculous. The parent portal shows my son with a 42% in maths, his teacher confirms it's 84%. The numbers are reversed for half the class apparently. Second term in a row this has happened. Fix your software.""")
    m(B, "en", "n1", "", "thanks after fix", "Fixed!",
"""Hi, just letting you know the sync issue I reported is gone after today's update. Great job, thanks!""")
    m(B, "en", "n2", "", "how-to: change VAT rate", "VAT",
"""Hello, how do I change the default VAT rate from 20% to 5% for one product category only? Thanks""")
    # ---------------- de
    m(B, "de", "a1", "A", "Strom, formell wütend", "Ihre dritte falsche Abrechnung",
"""Sehr geehrte Damen und Herren,

dies ist die dritte fehlerhafte Jahresabrechnung in Folge. Ihre Servicequalität ist schlicht inakzeptabel. Ich habe mich jahrelang nicht beschwert, aber meine Geduld ist nun erschöpft. Ich wechsle zum 1. Januar den Anbieter.

Mit freundlichen Grüßen
K. Albers""")
    m(B, "de", "b1", "B", "Fehler: Schichtplan zeigt falschen Mitarbeiter", "Schichtplan vertauscht",
"""Hallo, seit gestern steht im Schichtplan bei allen Frühschichten von Anna der Name von Ben. In der App auf Annas Handy sieht sie ihre Schichten korrekt. Im Browser ist es falsch. LG Petra""")
    m(B, "de", "n1", "", "Wunsch", "Vorschlag",
"""Hallo, könntet ihr bitte eine Möglichkeit einbauen, Termine per SMS zu bestätigen? Das würde uns sehr helfen. Danke!""")
    # ---------------- da
    m(B, "da", "a1", "A", "træt, korte sætninger", "Nu igen",
"""Fjerde gang jeg skriver. Fjerde. Ingen svarer. Jeg er så træt af jer. Jeg skifter.""")
    m(B, "da", "b1", "B", "fejl: rabat vises ikke på faktura", "Rabat mangler på faktura",
"""Hej, når vi giver en kunde 15% rabat i ordren, står rabatten ikke på fakturaen bagefter, men totalen er den rigtige. Kunderne forstår ikke beløbet. /Mads""")
    m(B, "da", "n1", "", "fakturaspørgsmål", "Spørgsmål til faktura",
"""Hej, vi er blevet faktureret for 5 brugere, men vi har kun 4. Kan I rette det? Tak.""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "furie rece", "Reclamație",
"""Stimate domnule/doamnă, este a treia sesizare fără niciun răspuns. Consider atitudinea dumneavoastră inadmisibilă. Dacă nu primesc o soluție în 5 zile, reziliez contractul.""")
    m(B, "ro", "b1", "B", "bug: reducerea se aplică de două ori", "Reducere aplicată dublu",
"""Bună ziua, când clientul are card de fidelitate și cod promoțional, reducerea se aplică de două ori. Un produs de 100 lei ajunge la 64 lei în loc de 80. Mulțumesc, Elena""")
    m(B, "ro", "n1", "", "întrebare", "Întrebare",
"""Bună ziua, se poate programa trimiterea facturilor automat la început de lună? Mulțumesc.""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "rozczarowanie, lojalność", "Po 10 latach",
"""Po dziesięciu latach współpracy tak mnie traktujecie? Trzy tygodnie bez odpowiedzi. Jestem bardzo rozczarowany i zwyczajnie wściekły. Wypowiadam umowę.""")
    m(B, "pl", "b1", "B", "bug: godziny pracy liczone źle", "Nadgodziny liczone źle",
"""Dzień dobry, system liczy nadgodziny od 8 godzin tygodniowo zamiast dziennie. Pracownik z 40 h ma 32 nadgodziny. W ustawieniach mamy normę dzienną. Pozdrawiam, Tomasz""")
    m(B, "pl", "n1", "", "podziękowanie", "Dziękuję",
"""Bardzo dziękuję za szybką pomoc z fakturą, wszystko już się zgadza. Super obsługa!""")
    # ---------------- es
    m(B, "es", "a1", "A", "sarcasmo, lealtad", "Enhorabuena",
"""Enhorabuena, habéis conseguido que un cliente de 12 años se vaya. Tres técnicos, tres citas, ninguno apareció. Me voy a la competencia y no pienso volver.""")
    m(B, "es", "b1", "B", "bug: el buscador ignora tildes", "Buscador y tildes",
"""Hola, si busco un cliente como "Muñoz" no aparece nada, pero si escribo "Munoz" sí lo encuentra. Con "García" pasa lo mismo. Antes funcionaba con tildes. Saludos, Carmen""")
    m(B, "es", "n1", "", "caída general", "¿Está caído?",
"""Hola, ¿está caído el servicio? Nadie en la empresa puede acceder desde las 10.""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "colère lasse", "Encore",
"""Troisième coupure cette semaine. Je ne sais même plus quoi vous dire. Vous vous moquez de vos clients, c'est tout. Je résilie.""")
    m(B, "fr", "b1", "B", "bug: notifications en anglais", "Notifications en anglais",
"""Bonjour, depuis la mise à jour, les SMS de rappel partent en anglais alors que la langue du compte est le français. Les e-mails, eux, sont bien en français. Merci, Claire""")
    m(B, "fr", "n1", "", "merci", "Merci",
"""Merci beaucoup pour votre réactivité, le problème est résolu. Très bonne journée !""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "sarcastisch kort", "Geweldig weer",
"""Geweldig. Weer een maand dubbel betaald. Ik heb geen woorden meer voor deze klantenservice.""")
    m(B, "nl", "b1", "B", "bug: verkeerde btw op buitenlandse klant", "Btw bij Belgische klant",
"""Hallo, voor klanten in België met een geldig btw-nummer zet het systeem toch 21% btw op de factuur in plaats van 0% (verlegd). Het btw-nummer is wel ingevuld en gevalideerd. Groet, Ruud""")
    m(B, "nl", "n1", "", "vraag", "Vraag",
"""Hoi, kan ik mijn abonnement tijdelijk pauzeren tijdens de zomer? Groetjes""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "trött, lojal", "Efter 15 år",
"""Femton år som kund och så här behandlas man. Tre veckor utan svar. Jag är både arg och besviken och flyttar allt till en annan bank.""")
    m(B, "sv", "b1", "B", "bugg: saldot visar fel", "Fel saldo i appen",
"""Hej, i appen visar saldot på sparkontot 0 kr sedan i morse, men på internetbanken står det rätt belopp. Jag har loggat ut och in igen. /Lina""")
    m(B, "sv", "n1", "", "fakturafråga", "Faktura",
"""Hej, jag tror att jag fått en faktura för en månad jag redan betalat. Kan ni kolla? Tack!""")
    # ---------------- it
    m(B, "it", "a1", "A", "sarcasmo", "Grazie davvero",
"""Grazie davvero per l'ennesima bolletta sbagliata. Ormai è un'abitudine. Sono esasperato, cambio fornitore.""")
    m(B, "it", "b1", "B", "bug: le presenze non si salvano", "Presenze non salvate",
"""Buongiorno, quando segno le presenze degli alunni dal tablet e premo Conferma, il giorno dopo risultano tutti assenti. Dal computer invece restano salvate. Grazie, prof.ssa Rinaldi""")
    m(B, "it", "n1", "", "richiesta funzione", "Proposta",
"""Ciao, sarebbe utile poter stampare il registro in formato A3. È previsto? Grazie!""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "brasileiro, cansado", "De novo isso",
"""Pela terceira vez o técnico não apareceu. Tirei folga do trabalho à toa de novo. Tô cansado de ser feito de bobo, vou cancelar.""")
    m(B, "pt", "b1", "B", "bug: o PDF sai em branco no Android", "PDF em branco",
"""Olá, quando descarrego o recibo no telemóvel Android o PDF abre em branco. No computador o mesmo recibo abre bem. Obrigado, Nuno""")
    m(B, "pt", "n1", "", "avaria geral", "Sem serviço",
"""Bom dia, o vosso site está em baixo para todos desde as 9h. Há previsão?""")
