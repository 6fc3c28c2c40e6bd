"""devset16 angry-bug, batch 9 (measured before any tuning on it): recall 2, fresh writers; anger in
quoted replies and signatures, understatement, bitter irony, caps; bug reports with numbers, a failing
step, one device; negatives: polite complaint, wish, outage, billing, thanks."""
B = "b9"

def add_b9(m):
    # ---------------- en
    m(B, "en", "a1", "A", "bitter irony in reply", "Re: We value your feedback",
"""You value my feedback? Then maybe read it. I've sent the same complaint three times and got three surveys back. Spare me.

> We value your feedback! Please rate your recent experience.""")
    m(B, "en", "a2", "A", "UK understated but angry", "Billing, once more",
"""I'm afraid my patience has now worn rather thin. This is the fourth month the direct debit has been taken twice, and each time I'm promised it won't happen again. It has. Please close my account.""")
    m(B, "en", "a3", "A", "caps one-liner", "WHERE IS MY ORDER",
"""ORDERED 3 WEEKS AGO. STILL NOTHING. NO ONE ANSWERS THE PHONE. ABSOLUTE JOKE.""")
    m(B, "en", "b1", "B", "bug: step fails with code", "Can't finish onboarding",
"""Hello, at step 3 of the setup wizard (connect bank) I get "Something went wrong (E-4012)" after choosing my bank. Tried three banks, same thing. Steps 1 and 2 went through fine. Laptop, Firefox 120.""")
    m(B, "en", "b2", "B", "bug: CSV import shifts dates", "Imported dates off by one day",
"""When I import our client list from CSV, every birthday comes in one day earlier than in the file (e.g. 12/05 becomes 11/05). The file opens correctly in Excel.""")
    m(B, "en", "n1", "", "polite complaint", "Feedback",
"""Hi, small thing: the hold music is very loud compared to the agent's voice. Not a big deal, just thought you'd want to know. Cheers, Ben""")
    # ---------------- de
    m(B, "de", "a1", "A", "bitter ironisch", "Danke für nichts",
"""Vielen Dank auch für die dritte automatische Antwort in Folge. Sehr hilfreich. Ich habe langsam den Eindruck, bei Ihnen liest niemand mehr mit.""")
    m(B, "de", "b1", "B", "Fehler: Zeiterfassung rundet falsch", "Arbeitszeit wird falsch gerundet",
"""Hallo, wenn ein Mitarbeiter um 16:58 ausstempelt, wird in der Auswertung 16:45 gespeichert statt 17:00. Eingestellt ist "auf 15 Minuten aufrunden". Grüße, Lena""")
    m(B, "de", "n1", "", "Ausfall", "Störung?",
"""Guten Morgen, bei uns im ganzen Büro lädt Ihre Plattform seit 8 Uhr nicht. Gibt es eine Störung?""")
    # ---------------- da
    m(B, "da", "a1", "A", "bitter", "Tak for ingenting",
"""Tak for ingenting. Fem uger uden svar, og nu en regning for en service jeg har opsagt. Jeg er rasende.""")
    m(B, "da", "b1", "B", "fejl: lager trækkes to gange", "Lageret passer ikke",
"""Hej, når en ordre bliver sendt, trækkes varen fra lageret to gange. Vi havde 10 stk, sendte 1, og nu står der 8. Det sker kun ved webshop-ordrer. /Mikkel""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "rece, formal", "Ultima sesizare",
"""Stimată echipă, vă scriu pentru a patra oară. Lipsa oricărui răspuns este revoltătoare. Vă rog să considerați acest mesaj notificarea mea de reziliere.""")
    m(B, "ro", "b1", "B", "bug: notificările vin fără text", "Notificări goale",
"""Bună, de ieri notificările pe Android vin fără niciun text, doar cu titlul aplicației. Pe iPhone-ul colegului apar normal. Mulțumesc, Vlad""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "gorzka ironia", "Dziękuję za nic",
"""Dziękuję za kolejną automatyczną odpowiedź. Naprawdę pomocne. Czwarty tydzień czekam na zwrot i zaczynam tracić cierpliwość.""")
    m(B, "pl", "b1", "B", "bug: krok płatności się nie kończy", "Płatność się nie kończy",
"""Dzień dobry, przy płatności BLIK po wpisaniu kodu strona wraca do koszyka zamiast pokazać potwierdzenie, a pieniądze są pobrane. Kartą działa bez problemu. Pozdrawiam, Igor""")
    # ---------------- es
    m(B, "es", "a1", "A", "ironía amarga", "Gracias por nada",
"""Muchas gracias por la tercera respuesta automática seguida. Utilísima. Empiezo a pensar que ahí no lee nadie. Estoy harto.""")
    m(B, "es", "b1", "B", "bug: el paso de verificación falla", "No puedo verificar el teléfono",
"""Hola, al verificar mi número de móvil el SMS con el código llega, pero al introducirlo siempre dice "código caducado", aunque lo meta a los 10 segundos. Saludos, Diego""")
    m(B, "es", "n1", "", "deseo", "Sugerencia",
"""Hola, ¿sería posible añadir un modo oscuro? Sería genial. ¡Gracias!""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "ironie amère", "Merci pour rien",
"""Merci pour la troisième réponse automatique d'affilée. Très utile. Je commence à croire que personne ne lit vos messages chez vous. Je suis excédé.""")
    m(B, "fr", "b1", "B", "bug: doublons à l'import", "Doublons à l'import",
"""Bonjour, quand j'importe mon fichier de contacts, ceux qui ont un accent dans le nom sont créés en double (un avec, un sans accent). Les autres sont importés correctement. Merci, Chloé""")
    m(B, "fr", "n1", "", "litige facture", "Facture",
"""Bonjour, ma facture de novembre inclut une option que je n'ai jamais demandée. Merci de la retirer et de corriger le montant.""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "bitter", "Bedankt voor niets",
"""Bedankt voor alweer een automatisch antwoord. Heel behulpzaam. Ik begin te denken dat daar niemand meer iets leest. Ik ben het zat.""")
    m(B, "nl", "b1", "B", "bug: voorraad klopt niet", "Voorraad springt",
"""Hoi, na elke retour komt het artikel twee keer terug in de voorraad. We hadden er 5, één retour, en nu staan er 7. Alleen bij retouren via de webshop. Groet, Tim""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "bitter", "Tack för inget",
"""Tack för ännu ett automatiskt svar. Jättehjälpsamt. Jag börjar tro att ingen läser något hos er. Jag är rejält förbannad.""")
    m(B, "sv", "b1", "B", "bugg: kalender visar helgdag fel", "Fel helgdag",
"""Hej, kalendern markerar 6 januari som vanlig arbetsdag fast vi har valt svenska helgdagar. 25 december visas rätt. /Ulla""")
    m(B, "sv", "n1", "", "tack", "Tack",
"""Tack för snabb hjälp med fakturan, nu stämmer allt!""")
    # ---------------- it
    m(B, "it", "a1", "A", "ironia amara", "Grazie di niente",
"""Grazie per l'ennesima risposta automatica. Utilissima. Comincio a pensare che da voi nessuno legga più niente. Sono furioso.""")
    m(B, "it", "b1", "B", "bug: il PDF taglia le note", "Note tagliate nel PDF",
"""Buongiorno, nelle fatture PDF le note lunghe vengono tagliate dopo due righe, mentre in anteprima si leggono tutte. Grazie, Stefano""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "ironia amarga", "Obrigado por nada",
"""Obrigado pela terceira resposta automática seguida. Muito útil. Começo a achar que aí ninguém lê nada. Estou furioso.""")
    m(B, "pt", "b1", "B", "bug: stock negativo", "Stock negativo",
"""Olá, depois de uma devolução o stock do produto fica em -1 em vez de voltar a 1. Com vendas normais está tudo certo. Obrigado, Hugo""")
    m(B, "pt", "n1", "", "avaria geral", "Site em baixo",
"""Olá, ninguém aqui consegue entrar na plataforma desde as 10h. Está em baixo?""")
