"""devset16 angry-bug, batch 16 (measured before any tuning on it): generalisation 5; anger as 'you've
lost a customer', hours on hold, 'I'm speechless'; bugs: upload limit lower than stated, print differs
from preview, autosave loses text; negatives: limits question, print question, calm hold-time note."""
B = "b16"

def add_b16(m):
    m(B, "en", "a1", "A", "lost a customer", "Congratulations",
"""Congratulations, you've just lost a customer of eleven years. Two hours on hold yesterday, forty minutes today, and still no one could tell me where my refund is.""")
    m(B, "en", "b1", "B", "upload limit lower than stated", "Upload fails over 2 MB",
"""Hi, the help page says attachments up to 10 MB are fine, but anything over about 2 MB fails with "Upload failed" at 99%. Smaller files go through. Same on two computers.""")
    m(B, "en", "n1", "", "question about limits", "Attachment size",
"""Hi, what's the maximum attachment size on the Basic plan? Thanks""")
    m(B, "de", "a1", "A", "Kunde verloren", "Sie haben einen Kunden verloren",
"""Glückwunsch, Sie haben gerade einen Kunden nach elf Jahren verloren. Zwei Stunden Warteschleife gestern, vierzig Minuten heute, und niemand weiß, wo meine Erstattung bleibt.""")
    m(B, "de", "b1", "B", "Druck weicht von Vorschau ab", "Ausdruck anders als Vorschau",
"""Hallo, in der Druckvorschau passt die Rechnung auf eine Seite, beim Drucken kommt die Summenzeile aber allein auf eine zweite Seite. Das war bis letzte Woche nicht so. Gruß, Heike""")
    m(B, "da", "a1", "A", "mistet kunde", "I har mistet en kunde",
"""Tillykke, I har netop mistet en kunde efter elleve år. To timer i kø i går, fyrre minutter i dag, og ingen ved hvor min refusion er.""")
    m(B, "da", "b1", "B", "autosave mister tekst", "Tekst forsvinder",
"""Hej, når jeg skriver en lang note og skifter fane, er det sidste afsnit væk når jeg kommer tilbage, selvom der står 'gemt'. /Rikke""")
    m(B, "ro", "a1", "A", "client pierdut", "Ați pierdut un client",
"""Felicitări, tocmai ați pierdut un client de unsprezece ani. Două ore la telefon ieri, patruzeci de minute azi și nimeni nu știe unde îmi sunt banii.""")
    m(B, "ro", "b1", "B", "limită upload", "Încărcarea eșuează",
"""Bună, pe pagina de ajutor scrie că se pot încărca fișiere de până la 10 MB, dar orice fișier peste 2 MB eșuează la 99%. Fișierele mici merg. Mulțumesc, Dana""")
    m(B, "pl", "a1", "A", "stracony klient", "Straciliście klienta",
"""Gratulacje, właśnie straciliście klienta po jedenastu latach. Dwie godziny na infolinii wczoraj, czterdzieści minut dziś i nikt nie wie, gdzie jest mój zwrot.""")
    m(B, "pl", "b1", "B", "wydruk inny niż podgląd", "Wydruk różni się od podglądu",
"""Dzień dobry, w podglądzie faktura mieści się na jednej stronie, a przy drukowaniu suma przechodzi na drugą stronę. Do zeszłego tygodnia tak nie było. Pozdrawiam, Jan""")
    m(B, "es", "a1", "A", "cliente perdido", "Enhorabuena",
"""Enhorabuena, acabáis de perder un cliente de once años. Dos horas en espera ayer, cuarenta minutos hoy, y nadie sabe dónde está mi reembolso.""")
    m(B, "es", "b1", "B", "autoguardado pierde texto", "Se pierde texto",
"""Hola, cuando escribo una nota larga y cambio de pestaña, al volver ha desaparecido el último párrafo, aunque pone "guardado". Un saludo, Sergio""")
    m(B, "fr", "a1", "A", "client perdu", "Félicitations",
"""Félicitations, vous venez de perdre un client de onze ans. Deux heures d'attente hier, quarante minutes aujourd'hui, et personne ne sait où est mon remboursement.""")
    m(B, "fr", "b1", "B", "limite d'envoi", "Envoi impossible au-delà de 2 Mo",
"""Bonjour, l'aide indique que les pièces jointes jusqu'à 10 Mo sont acceptées, mais tout fichier de plus de 2 Mo échoue à 99 %. Les petits fichiers passent. Merci, Marc""")
    m(B, "nl", "a1", "A", "klant kwijt", "Gefeliciteerd",
"""Gefeliciteerd, jullie zijn net een klant van elf jaar kwijt. Twee uur in de wacht gisteren, veertig minuten vandaag, en niemand weet waar mijn terugbetaling is.""")
    m(B, "nl", "b1", "B", "afdruk anders dan voorbeeld", "Afdruk wijkt af",
"""Hoi, in het afdrukvoorbeeld past de factuur op één pagina, maar bij het printen komt de totaalregel alleen op een tweede pagina. Tot vorige week ging dat goed. Groet, Anouk""")
    m(B, "sv", "a1", "A", "förlorad kund", "Grattis",
"""Grattis, ni har precis förlorat en kund sedan elva år. Två timmar i telefonkö i går, fyrtio minuter i dag, och ingen vet var min återbetalning är.""")
    m(B, "sv", "b1", "B", "autospar tappar text", "Text försvinner",
"""Hej, när jag skriver en lång anteckning och byter flik är sista stycket borta när jag kommer tillbaka, trots att det står 'sparat'. /Johan""")
    m(B, "it", "a1", "A", "cliente perso", "Complimenti",
"""Complimenti, avete appena perso un cliente di undici anni. Due ore in attesa ieri, quaranta minuti oggi, e nessuno sa dov'è il mio rimborso.""")
    m(B, "it", "b1", "B", "stampa diversa da anteprima", "Stampa diversa",
"""Buongiorno, in anteprima la fattura sta su una pagina, ma in stampa la riga del totale finisce da sola su una seconda pagina. Fino alla settimana scorsa no. Grazie, Franca""")
    m(B, "pt", "a1", "A", "cliente perdido", "Parabéns",
"""Parabéns, acabaram de perder um cliente de onze anos. Duas horas em espera ontem, quarenta minutos hoje, e ninguém sabe onde está o meu reembolso.""")
    m(B, "pt", "b1", "B", "limite de upload", "Upload falha",
"""Olá, a ajuda diz que os anexos até 10 MB são aceites, mas qualquer ficheiro acima de 2 MB falha nos 99%. Os pequenos passam. Obrigado, Paulo""")
    m(B, "de", "n1", "", "Frage Druck", "Drucken",
"""Hallo, wie kann ich die Rechnung im Querformat drucken? Danke!""")
    m(B, "sv", "n1", "", "lugn notering om kö", "Kötid",
"""Hej, fick vänta en stund i telefonkön i dag men blev jättebra hjälpt. Tack!""")
