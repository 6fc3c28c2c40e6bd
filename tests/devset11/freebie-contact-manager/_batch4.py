"""devset11 freebie-contact-manager, batch 4 (written after b3 tuning; measured before tuning on it).
New people and wording; manager negatives are the customer's own managers and roles."""
B = "b4"

def add(m):
    # ---------------- en
    m(B, "en", "f6", "F", "would you consider crediting us a month", "Re: Outage report",
"""Thanks for the incident report. Given that our whole sales team sat idle for a day and a half, would you consider crediting us a month on the account? I think that would be fair.

Regards, Simone Clarke

> On 20 Nov, Support wrote:
> Please find the root-cause analysis attached.""")
    m(B, "en", "f7", "F", "waive the setup fee since you messed up", "Setup fee",
"""You guys messed up our onboarding twice and we had to redo the import ourselves. I'd say the least you can do is drop the setup fee.""")
    m(B, "en", "p6", "P", "home address to send flowers", "Thank you so much",
"""Dear Kim, you went so far beyond what I expected. Could you tell me where you live? I'd love to send you some flowers as a thank you. Love, Margaret""")
    m(B, "en", "p7", "P", "reach you on your own phone", "follow up",
"""Is there a way I could reach you on your own phone going forward? Every time I call the main line I get someone different and have to start over.""")
    m(B, "en", "m5", "M", "anyone above you", "Re: Re: Refund denied",
"""Is there anyone above you I can talk to? Because this answer is not acceptable.""")
    m(B, "en", "n15", "", "our IT manager will be contact, add him as admin", "New contact person",
"""Hello, from next month our IT manager, Dan Price, will be the contact person for our account. Please add him as an administrator. Thanks, Louise""")
    m(B, "en", "n16", "", "no need to escalate, fixed", "Re: Ticket 7782",
"""All sorted now, no need to escalate anything. Thanks for the quick help! Tina""")
    m(B, "en", "n17", "", "is there a free plan (question)", "Free plan?",
"""Hi, is there a free plan for very small teams (2 people), or do we need to pay from day one? Thanks""")
    m(B, "en", "n18", "", "call me on my mobile", "Callback",
"""Please ask the technician to call me on my mobile, 07911 123456, rather than the office landline. Thanks, Greg""")

    # ---------------- de
    m(B, "de", "f5", "F", "erwarten eine Gutschrift für die Ausfallzeit", "Ausfall 18.11.",
"""Sehr geehrte Damen und Herren,

für die Ausfallzeit am 18.11. erwarten wir eine anteilige Gutschrift auf der nächsten Rechnung. Unsere Filialen konnten einen ganzen Tag keine Termine vergeben.

Mit freundlichen Grüßen
Dr. Ingrid Haas""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "p4", "P", "privat auf WhatsApp anschreiben", "Kurze Frage",
"""Hey Jonas, darf ich dich privat auf WhatsApp anschreiben? Dann muss ich nicht immer über dieses Formular gehen. LG Sandra""")
    m(B, "de", "m4", "M", "verbinden Sie mich mit Ihrem Vorgesetzten", "Rückruf",
"""Bitte verbinden Sie mich beim nächsten Anruf direkt mit Ihrem Vorgesetzten. Ich habe keine Lust, alles zum fünften Mal zu erklären.""")
    m(B, "de", "n8", "", "ich bin Filialleiterin, Zugriff auf Berichte", "Zugriff Berichte",
"""Hallo, ich bin die neue Filialleiterin in Kassel und brauche Zugriff auf die Umsatzberichte. Wer kann mir die Rechte geben? Gruß, Nina""")
    m(B, "de", "n9", "", "Geschäftsführer möchte Rechnungen per Post", "Rechnungsversand",
"""Guten Tag, unser Geschäftsführer möchte die Rechnungen ab Januar per Post statt per E-Mail erhalten. Ist das möglich? MfG, Sekretariat""")

    # ---------------- da
    m(B, "da", "f4", "F", "giv os en rabat for ulejligheden", "Forsinket levering",
"""Hej, kortlæseren kom først efter tre uger, og vi mistede salg imens. Kan I ikke give os noget rabat for ulejligheden? Mvh Mads""")
    m(B, "da", "m4", "M", "kræver at tale med en ansvarlig", "Klage",
"""Jeg kræver at få en ansvarlig i tale. Det er ikke acceptabelt, at ingen vender tilbage.""")
    m(B, "da", "n6", "", "vores direktør vil have et tilbud", "Tilbud",
"""Hej, vores direktør vil gerne have et tilbud på 25 licenser inden fredag. Kan I sende det? Mvh Pia""")
    m(B, "da", "n7", "", "change own phone number", "Nyt nummer",
"""Hej, hvordan ændrer jeg telefonnummeret på min profil? Jeg har fået nyt mobilnummer. Mvh Helle""")

    # ---------------- ro
    m(B, "ro", "f4", "F", "sperăm la o compensație", "Întrerupere",
"""Bună ziua, serviciul a fost indisponibil toată ziua de luni. Sperăm să primim o compensație pe factura următoare, pierderile au fost mari. Cu stimă, Radu Marin""")
    m(B, "ro", "p4", "P", "dă-mi numărul tău", "Mulțumesc",
"""Mersi Cosmin, m-ai salvat! Dă-mi te rog numărul tău de telefon, ca să te sun direct data viitoare.""")
    m(B, "ro", "m4", "M", "cineva de la conducere", "Reclamație",
"""Aș vrea să vorbesc cu cineva de la conducere, nu cu un operator. Problema durează de o lună.""")
    m(B, "ro", "n6", "", "managerul financiar are nevoie de facturi", "Facturi",
"""Bună ziua, managerul nostru financiar are nevoie de toate facturile din ultimul an în format PDF. Le puteți trimite? Mulțumesc, Irina""")

    # ---------------- pl
    m(B, "pl", "f4", "F", "liczę na jakiś upust", "Problemy z integracją",
"""Dzień dobry, przez problemy z integracją straciliśmy dwa tygodnie. Liczę na jakiś upust przy najbliższej fakturze. Pozdrawiam, Robert""")
    m(B, "pl", "p4", "P", "daj mi swój prywatny numer", "Dzięki",
"""Hej Kuba, dzięki wielkie! Daj mi swój prywatny numer, to następnym razem zadzwonię bezpośrednio do ciebie.""")
    m(B, "pl", "m4", "M", "żądam kontaktu z osobą decyzyjną", "Reklamacja",
"""Żądam kontaktu z osobą decyzyjną w Państwa firmie. Reklamacja ciągnie się od miesiąca.""")
    m(B, "pl", "n7", "", "mój przełożony prosi o fakturę", "Faktura proforma",
"""Dzień dobry, mój przełożony prosi o fakturę proforma na pakiet roczny. Proszę o pomoc. Agata""")
    m(B, "pl", "n8", "", "prośba o pomoc z logowaniem (pomoc!)", "Pomocy - logowanie",
"""Dzień dobry, potrzebuję pomocy, nie mogę się zalogować od rana. Czy możecie mi pomóc? Z góry dziękuję za pomoc. Ola""")

    # ---------------- es
    m(B, "es", "f4", "F", "que nos compenséis de alguna forma", "Problemas con el TPV",
"""Hola, el TPV ha fallado todo el fin de semana, justo en plena temporada. Me gustaría que nos compensarais de alguna forma, no es normal. Saludos, Iñaki""")
    m(B, "es", "p4", "P", "¿tienes Telegram?", "Gracias!!",
"""Mil gracias Carla! ¿Tienes Telegram? Así te escribo por ahí directamente cuando me líe con algo jaja""")
    m(B, "es", "m4", "M", "queja al responsable del departamento", "Queja formal",
"""Quiero presentar una queja directamente al responsable de atención al cliente. Por favor, pásenle mi caso.""")
    m(B, "es", "n7", "", "soy la encargada de la tienda", "Contraseña empleada",
"""Hola, soy la encargada de la tienda de Valencia y necesito resetear la contraseña de una empleada. ¿Cómo lo hago? Gracias""")
    m(B, "es", "n8", "", "Black Friday discount question", "Black Friday",
"""Hola, ¿el descuento de Black Friday que anunciáis también vale para clientes que ya tenemos suscripción? Gracias""")

    # ---------------- fr
    m(B, "fr", "f4", "F", "nous faire une ristourne", "Facturation",
"""Bonjour, vu les bugs à répétition ce trimestre, vous pourriez nous faire une petite ristourne sur le renouvellement, non ? Cordialement, Patrick""")
    m(B, "fr", "p4", "P", "donne-moi ton 06", "Merci !",
"""Merci Chloé t'es géniale ! Donne-moi ton 06, ce sera plus simple de s'appeler que de passer par le site à chaque fois.""")
    m(B, "fr", "m4", "M", "passez-moi votre supérieur", "Scandaleux",
"""Passez-moi votre supérieur. Je n'ai pas de temps à perdre avec des réponses toutes faites.""")
    m(B, "fr", "n7", "", "mon responsable m'a demandé le devis", "Devis",
"""Bonjour, mon responsable m'a demandé de vous recontacter pour le devis des 12 licences. Pouvez-vous me le renvoyer ? Merci, Amélie""")

    # ---------------- nl
    m(B, "nl", "f4", "F", "zit een maand gratis er niet in", "Vertraging",
"""Hoi, na alle vertraging met de migratie: zit een maandje gratis er niet in? Dat zou wel zo netjes zijn. Groet, Tim""")
    m(B, "nl", "p4", "P", "mag ik je privé mailen", "Vraagje",
"""Hoi Eva, mag ik je voortaan gewoon op je privémail mailen? Dat werkt voor mij veel makkelijker dan dat ticketportaal.""")
    m(B, "nl", "m4", "M", "gesprek met de manager", "Klacht",
"""Ik wil een gesprek met de manager van de klantenservice. Dit is de derde keer dat mijn bestelling fout gaat.""")
    m(B, "nl", "n6", "", "onze manager wil overzicht licenties", "Licenties",
"""Hallo, onze manager wil graag een overzicht van alle licenties en wie ze gebruikt. Kunnen jullie dat exporteren? Groet, Yvonne""")

    # ---------------- sv
    m(B, "sv", "f4", "F", "ni kan väl bjuda på nästa månad", "Strul",
"""Hej! Efter allt strul med appen den här månaden kan ni väl bjuda på nästa månad? Känns rimligt. /Elin""")
    m(B, "sv", "p4", "P", "vad har du för snapchat", "haha tack",
"""haha tack Oscar du är bäst, vad har du för snap? :)""")
    m(B, "sv", "m4", "M", "kopplad till en ansvarig chef", "Klagomål",
"""Kan jag bli kopplad till en ansvarig chef? Jag vill lämna ett formellt klagomål.""")
    m(B, "sv", "n7", "", "jag är chef för kundtjänst hos oss", "Fler användare",
"""Hej, jag är chef för kundtjänsten hos oss och vill lägga till fem nya användare. Hur gör jag? Mvh Camilla""")

    # ---------------- it
    m(B, "it", "f4", "F", "mese in omaggio o rimborso parziale", "Problemi",
"""Buongiorno, dopo due settimane di problemi con la sincronizzazione mi aspetto un mese in omaggio, o quantomeno uno sconto sul prossimo rinnovo. Saluti, Luisa""")
    m(B, "it", "p4", "P", "mi dai la tua mail personale", "Grazie!",
"""Grazie Andrea! Mi dai la tua mail personale? Così ti mando direttamente i file senza passare dall'assistenza.""")
    m(B, "it", "m4", "M", "valutato da un supervisore", "Pratica 2211",
"""Chiedo che la mia pratica venga valutata da un supervisore. Le risposte ricevute finora sono insufficienti.""")
    m(B, "it", "n6", "", "il nostro direttore vuole fattura elettronica", "Fattura",
"""Buongiorno, il nostro direttore vuole sapere se potete emettere la fattura elettronica con il codice SDI. Grazie, Sara""")

    # ---------------- pt
    m(B, "pt", "f4", "F", "quero uma compensação", "Falhas",
"""Olá, com tantas falhas este mês quero uma compensação, seja desconto ou um mês oferecido. Cumprimentos, Hugo""")
    m(B, "pt", "p4", "P", "me passa seu zap", "Valeu",
"""Valeu demais Lucas!! Me passa seu zap que fica mais fácil falar contigo""")
    m(B, "pt", "m4", "M", "um responsável me contacte", "Reclamação",
"""Exijo que um responsável pelo apoio ao cliente me contacte hoje. Isto é inadmissível.""")
    m(B, "pt", "n6", "", "a minha chefe pediu para confirmar a data", "Renovação",
"""Olá, a minha chefe pediu para confirmar a data de renovação do contrato. Podem indicar? Obrigada, Paula""")
