"""devset16 angry-bug, batch 11 (measured before any tuning on it): precision for the b8-b10 entries
('only the first', 'stopped getting', 'at step', 'went through fine', 'spare me', 'regret ever',
'entsetzt', 'consterné', 'caducado', 'código', 'no reciben', 'nu mai primesc', 'voorraad', 'nom',
'som arbetsdag', 'bevat alleen', 'ik ben het moe') in harmless mail, plus a few positives."""
B = "b11"

def add_b11(m):
    # ---------------- en
    m(B, "en", "n1", "", "how-to: export only the first rows", "Export question",
"""Hi, can I export only the first 100 rows of the report instead of everything? It's for a quick sample. Thanks""")
    m(B, "en", "n2", "", "unsubscribe, stopped getting newsletter is fine", "Newsletter",
"""Hello, I stopped getting the weekly newsletter after I changed my address, which is actually fine – could you remove the old address from the list too? Thanks""")
    m(B, "en", "n3", "", "praise: never regret, went through fine", "Thanks",
"""The migration went through fine, and I don't regret ever switching to you. At step 4 your guide even warned me about the one thing I'd have missed. Spare me the sales calls though, I'm already sold :)""")
    m(B, "en", "a1", "A", "fresh: cold fury", "Account closure",
"""I don't want an apology, I want my money. Three months of excuses is three months too many. Close the account and refund the balance today.""")
    # ---------------- de
    m(B, "de", "n1", "", "entsetzt über Nachrichten, nicht über uns", "Spende",
"""Hallo, wir waren alle entsetzt über das Hochwasser in der Region. Können wir über Ihre Plattform eine Spendenaktion für unsere Kunden anlegen? Danke!""")
    m(B, "de", "n2", "", "Frage: nur die ersten", "Exporteinstellungen",
"""Hallo, kann ich beim Export nur die ersten zehn Spalten auswählen? Den Rest brauchen wir nicht. Danke""")
    m(B, "de", "b1", "B", "Fehler frisch: Bestätigungsmail mit falschem Datum", "Falsches Datum in der Mail",
"""Hallo, seit Montag steht in der Bestätigungsmail bei Terminen am Wochenende immer der Freitag davor. Im Kalender ist der Termin richtig eingetragen. Gruß, Uwe""")
    # ---------------- da
    m(B, "da", "n1", "", "spørgsmål: kun de første", "Eksport",
"""Hej, kan man vælge kun at eksportere de første 50 kunder? Tak!""")
    m(B, "da", "a1", "A", "frisk: kold vrede", "Opsigelse",
"""Jeg gider ikke flere undskyldninger. Tre måneder med tomme løfter er nok. Jeg opsiger hermed alt, og jeg forventer pengene retur.""")
    # ---------------- ro
    m(B, "ro", "n1", "", "nu mai primesc newsletter: dezabonare", "Dezabonare",
"""Bună, vă rog să mă dezabonați, nu mai primesc oricum newsletterul la adresa veche. Mulțumesc!""")
    m(B, "ro", "b1", "B", "bug frisc: stoc dublat", "Stoc dublat la retur",
"""Bună ziua, când înregistrez un retur, stocul crește cu 2 în loc de 1. La vânzare scade corect. Mulțumesc, Sorin""")
    # ---------------- pl
    m(B, "pl", "n1", "", "pytanie: tylko pierwsze", "Wydruk",
"""Dzień dobry, czy da się wydrukować tylko pierwsze trzy strony raportu? Dziękuję.""")
    m(B, "pl", "a1", "A", "świeży: zimna złość", "Dość",
"""Nie chcę przeprosin, chcę swoje pieniądze. Trzy miesiące wymówek to o trzy za dużo. Zamknijcie konto i oddajcie saldo.""")
    # ---------------- es
    m(B, "es", "n1", "", "tarjeta caducada: cómo", "Tarjeta caducada",
"""Hola, mi tarjeta ha caducado. ¿Dónde cambio los datos de pago? Gracias.""")
    m(B, "es", "n2", "", "código promocional: pregunta", "Código",
"""Hola, ¿dónde introduzco el código promocional que me enviasteis? Siempre me lío con estas cosas. ¡Gracias!""")
    m(B, "es", "b1", "B", "bug fresco: factura con cliente equivocado", "Factura con otro cliente",
"""Hola, al duplicar una factura, la nueva sale con los datos fiscales del cliente anterior aunque selecciono otro. Si la creo desde cero sale bien. Saludos, Rubén""")
    # ---------------- fr
    m(B, "fr", "n1", "", "nom: changement", "Changement de nom",
"""Bonjour, je me suis mariée, comment changer le nom sur mon compte ? Merci !""")
    m(B, "fr", "n2", "", "consterné par la météo (newsletter)", "Infos agence",
"""Chers clients, nous avons été consternés par la tempête de la semaine dernière ; notre agence de Brest rouvre lundi. Merci de votre fidélité.""")
    m(B, "fr", "a1", "A", "frais: colère sèche", "Assez",
"""Je ne veux pas d'excuses, je veux mon argent. Trois mois de promesses en l'air, ça suffit. Clôturez mon compte.""")
    # ---------------- nl
    m(B, "nl", "n1", "", "voorraad: vraag", "Voorraad",
"""Hoi, hoe zet ik de voorraad van een artikel handmatig op nul? Nu staan er nog 3 terwijl ze verkocht zijn. Groet""")
    m(B, "nl", "n2", "", "ik ben het moe - geen klacht", "Tip",
"""Ik ben het moe om alles handmatig te plannen, dus ik overweeg jullie planningsmodule. Kan ik een demo krijgen?""")
    m(B, "nl", "b1", "B", "bug vers: korting op verkeerde regel", "Korting op verkeerde regel",
"""Hallo, als ik korting geef op de tweede regel van een offerte, wordt de korting op de eerste regel gezet. Bij een offerte met één regel gaat het goed. Groet, Noor""")
    # ---------------- sv
    m(B, "sv", "n1", "", "som arbetsdag: fråga", "Arbetsdagar",
"""Hej, hur lägger jag in en lördag som arbetsdag i kalendern? Vi har öppet extra i december.""")
    m(B, "sv", "a1", "A", "färsk: kall ilska", "Nog nu",
"""Jag vill inte ha fler ursäkter, jag vill ha mina pengar. Tre månader av tomma löften räcker. Avsluta kontot.""")
    # ---------------- it
    m(B, "it", "n1", "", "solo le prime: domanda", "Stampa",
"""Ciao, posso stampare solo le prime due pagine del registro? Grazie!""")
    m(B, "it", "b1", "B", "bug fresco: orario sbagliato nelle mail", "Orario sbagliato nelle email",
"""Buongiorno, nelle email di conferma l'orario dell'appuntamento è un'ora avanti rispetto al calendario. Nel calendario è giusto. Grazie, Alessia""")
    # ---------------- pt
    m(B, "pt", "n1", "", "código: pergunta", "Código",
"""Olá, onde introduzo o código de desconto? Obrigado!""")
    m(B, "pt", "a1", "A", "fresco: raiva seca", "Chega",
"""Não quero desculpas, quero o meu dinheiro. Três meses de promessas vazias. Fechem a conta e devolvam o saldo.""")
