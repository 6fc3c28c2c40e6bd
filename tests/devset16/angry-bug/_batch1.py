"""devset16 angry-bug, batch 1 (measured before any tuning on it): all languages; weary/sarcastic anger,
threats to leave, bugs with did/expected/got; negatives: calm complaints, praise, how-to, outage."""
B = "b1"

def add_b1(m):
    # ---------------- en
    m(B, "en", "a1", "A", "weary: third time, same script", "Re: Re: Re: case 55120",
"""Third time I'm explaining this. Third. Each time someone new reads me the same script and closes the case. I'm honestly too tired to be polite anymore.

Nina""")
    m(B, "en", "a2", "A", "loyalty then threat to leave", "9 years",
"""I've been with you for nine years and recommended you to half my street. After the way this has been handled I'll be moving everything to another provider at the end of the month. Don't bother with a retention offer.""")
    m(B, "en", "b1", "B", "bug: discount applied to shipping instead of items", "Promo code weirdness",
"""Hi team,

When I enter the code WINTER10 at checkout the 10% comes off the shipping line instead of the products. Basket is 84.00 + 6.00 shipping and the total ends at 89.40, it should be 81.60.

Tried in Firefox and on my phone, same result.

Thanks, Gareth""")
    m(B, "en", "b2", "AB", "angry bug: app deletes notes after update, caps", "YOUR UPDATE DELETED MY NOTES",
"""Since yesterday's update every note I write on the iPad disappears when I close the app. I lost a WHOLE DAY of meeting notes. How does something like this even get released?? Fix it.""")
    m(B, "en", "n1", "", "calm complaint about delivery delay", "Delivery timing",
"""Hello,

My order was due on Monday and arrived on Thursday. Not a big deal this time, but I'd appreciate it if the estimated dates on the site were a bit more realistic.

Best, Clare""")
    m(B, "en", "n2", "", "how-to question: export contacts", "How do I export my contacts?",
"""Hi, is there a way to export all my contacts to a CSV file? I can't find the option in the menu. Thanks!""")
    m(B, "en", "n3", "", "enthusiastic praise", "You guys rock",
"""Just wanted to say the new scheduling screen is absolutely brilliant. Saved me an hour this morning. Whoever designed it deserves a raise!""")
    # ---------------- de
    m(B, "de", "a1", "A", "kalt-formell verärgert", "Ihr Schreiben vom 18.11.",
"""Sehr geehrte Damen und Herren,

ich habe Ihnen den Sachverhalt nun zum dritten Mal schriftlich dargelegt. Dass ich erneut eine Standardantwort erhalte, die auf keinen meiner Punkte eingeht, empfinde ich als Zumutung. Ich erwarte bis Freitag eine verbindliche Stellungnahme, andernfalls kündige ich sämtliche Verträge.

Mit freundlichen Grüßen
Dr. H. Brenner""")
    m(B, "de", "b1", "B", "bug: Lieferschein druckt falsche Adresse", "Lieferschein zeigt alte Adresse",
"""Hallo,

wir haben unsere Firmenadresse im Profil geändert (Speichern hat geklappt, im Profil steht die neue). Auf jedem neuen Lieferschein steht aber weiterhin die alte Adresse in Köln. Auch nach Ab- und Anmelden.

Gruß
Jana Pohl""")
    m(B, "de", "n1", "", "Funktionswunsch", "Idee: Dunkelmodus",
"""Hallo zusammen, wäre es möglich, in der App einen Dunkelmodus einzubauen? Abends ist der weiße Hintergrund ziemlich grell. Danke und weiter so!""")
    # ---------------- da
    m(B, "da", "a1", "A", "træt og sarkastisk", "Igen igen",
"""Nå, så er betalingen trukket to gange IGEN. Super. Det er tredje måned i træk. Jeg gider ikke mere, I hører fra min bank.""")
    m(B, "da", "b1", "B", "bug: kalender viser forkert uge", "Kalenderen springer en uge",
"""Hej,

Når jeg trykker på 'næste uge' i kalenderen, springer den to uger frem i stedet for én. Det sker kun i appen på min Android, på computeren virker det fint.

Mvh Søren""")
    m(B, "da", "n1", "", "høflig opfølgning", "Opfølgning på sag",
"""Hej igen, jeg ville bare høre om der er nyt i min sag fra sidste uge? Ingen stress, bare så jeg ved det. Mange hilsner, Mette""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "dezamăgire după ani, amenințare", "Sunt client de 6 ani",
"""Bună ziua,

Sunt clientul vostru de șase ani și niciodată nu m-am simțit tratat atât de prost. V-am sunat de patru ori săptămâna asta și de fiecare dată mi s-a promis că revine cineva. Nimeni. Mă mut la concurență, gata.""")
    m(B, "ro", "b1", "B", "bug: factura afișează TVA dublu", "TVA calculat de două ori",
"""Bună,

Pe factura generată azi, TVA-ul apare de două ori: o dată pe fiecare produs și încă o dată la total. Totalul ar trebui să fie 1.190 lei, dar apare 1.416 lei.

Mulțumesc, Andrei""")
    m(B, "ro", "n1", "", "întrebare cum se face", "Cum schimb parola?",
"""Bună ziua, cum pot schimba parola contului? Nu găsesc opțiunea în setări. Mulțumesc frumos!""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "zmęczony, trzeci raz", "Znowu to samo",
"""Piszę już trzeci raz w tej samej sprawie i mam serdecznie dość. Za każdym razem ktoś inny, za każdym razem ta sama formułka. Tak się nie traktuje klientów.""")
    m(B, "pl", "b1", "B", "bug: raport pomija ostatni dzień", "Raport miesięczny bez ostatniego dnia",
"""Dzień dobry,

raport sprzedaży za październik nie uwzględnia 31.10 — suma kończy się na 30.10. Sprawdziłem w zestawieniu dziennym i sprzedaż z 31-go tam jest. W zeszłym miesiącu było dobrze.

Pozdrawiam, Marek""")
    m(B, "pl", "n1", "", "awaria całego serwisu", "Strona nie działa",
"""Czy u was jest jakaś awaria? Od rana nikt z nas nie może się zalogować, strona w ogóle się nie otwiera.""")
    # ---------------- es
    m(B, "es", "a1", "A", "sarcasmo y hartazgo", "Genial, de verdad",
"""Genial. Otra semana más sin internet y otra llamada en la que me dicen que "lo están revisando". Llevo pagando puntualmente once años para esto. Estoy hasta las narices.""")
    m(B, "es", "b1", "B", "bug: las fotos se suben giradas", "Fotos giradas al subirlas",
"""Hola,

Cuando subo fotos desde el iPhone a la ficha del producto, aparecen giradas 90 grados. En la vista previa se ven bien, pero al guardar quedan de lado. Desde el ordenador no pasa.

Saludos, Lucía""")
    m(B, "es", "n1", "", "disputa de facturación tranquila", "Cargo de noviembre",
"""Buenos días, en la factura de noviembre aparece un cargo de 12 € por un servicio que di de baja en octubre. ¿Podrían revisarlo y, si procede, devolverlo? Gracias.""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "colère froide, formelle", "Réclamation – dossier 4471",
"""Madame, Monsieur,

Je constate avec consternation qu'aucune suite n'a été donnée à mes trois courriers précédents. Votre silence est tout simplement inadmissible. Je vous informe que je résilierai mon contrat à son échéance et que je ne manquerai pas de déconseiller vos services autour de moi.

Veuillez agréer mes salutations.
P. Garnier""")
    m(B, "fr", "b1", "B", "bug: le bouton valider ne fait rien sur Safari", "Impossible de valider la commande",
"""Bonjour,

Sur Safari (Mac), quand je clique sur « Valider ma commande », rien ne se passe. Pas de message, la page reste telle quelle. Sur Chrome la même commande passe sans souci.

Cordialement,
Hélène""")
    m(B, "fr", "n1", "", "éloges", "Merci !",
"""Bonjour, juste un petit mot pour vous dire que votre technicien était génial, ponctuel et très pédagogue. Bravo à toute l'équipe !""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "korte woedende one-liner", "!!!",
"""Alweer dubbel afgeschreven. Ik ben het spuugzat. Regel het NU.""")
    m(B, "nl", "b1", "B", "bug: urenregistratie telt verkeerd op", "Uren tellen niet goed op",
"""Hoi,

In het weekoverzicht van de urenregistratie staat 38 uur, maar als ik de dagen optel kom ik op 40. Het lijkt alsof de vrijdag niet wordt meegeteld. Dit gaat sinds de update van vorige week mis.

Groet, Daan""")
    m(B, "nl", "n1", "", "beleefde klacht", "Opmerking over wachttijd",
"""Goedemiddag, ik stond gisteren 25 minuten in de wacht. Uiteindelijk goed geholpen hoor, maar misschien iets om naar te kijken. Groetjes, Ineke""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "trött och besviken", "Nu räcker det",
"""Jag har varit kund i tolv år och aldrig klagat. Men nu räcker det. Fyra samtal, fyra olika svar och ingen som tar ansvar. Jag säger upp avtalet.""")
    m(B, "sv", "b1", "B", "bug: påminnelser skickas till fel tid", "Påminnelser kommer en timme fel",
"""Hej!

Sms-påminnelserna till våra kunder går ut en timme för sent sedan vi gick över till vintertid. Bokning kl 10 ger påminnelse som säger 11. Inställningen för tidszon står på Stockholm.

Mvh Karin""")
    m(B, "sv", "n1", "", "funktionsönskemål", "Förslag",
"""Hej, det skulle vara toppen om man kunde exportera kalendern till Outlook. Finns det planer på det? Tack!""")
    # ---------------- it
    m(B, "it", "a1", "A", "ironia e minaccia di andarsene", "Complimenti davvero",
"""Complimenti, siete riusciti a sbagliare la consegna per la terza volta di fila. Cliente da otto anni e trattato come l'ultimo arrivato. Basta, passo alla concorrenza.""")
    m(B, "it", "b1", "B", "bug: lo sconto non si applica al carrello", "Codice sconto non applicato",
"""Buongiorno,

inserisco il codice sconto nel carrello, compare il messaggio verde "codice applicato" ma il totale resta uguale, 59,90 €. Dovrebbe scendere a 53,91 €. Ho provato sia da app che da sito.

Grazie, Federica""")
    m(B, "it", "n1", "", "domanda come fare", "Come aggiungo un utente?",
"""Ciao, come faccio ad aggiungere un collega al nostro account aziendale? Grazie mille.""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "farto, maiúsculas", "JÁ CHEGA",
"""É a QUARTA vez que ligo por causa da mesma avaria. QUARTA. Ninguém resolve nada, só me pedem paciência. Estou farto de vocês.""")
    m(B, "pt", "b1", "B", "bug: relatório exporta sem acentos", "Exportação com caracteres estranhos",
"""Olá,

Quando exporto a lista de clientes para Excel, os nomes com acento aparecem com símbolos estranhos (João fica JoÃ£o). No ecrã aparecem bem. Começou depois da última atualização.

Obrigado, Rui""")
    m(B, "pt", "n1", "", "elogio", "Obrigada!",
"""Bom dia! Queria agradecer à Marta pelo atendimento ontem, foi super simpática e resolveu tudo num instante. Excelente serviço!""")
