"""devset16 angry-bug, batch 8 (measured before any tuning on it): precision for the b6/b7 entries
('sem desconto', 'no ecrã', 'oude datum', 'bevestiging', 'remise', 'avec l'ancien', 'sms', 'ręcznie',
'sortiere', 'vuelve al', 'est vide', 'the previous time', 'mam już tego dość' said of oneself, 'quelle
déception' about a match) in harmless mail; billing disputes in bug words; plus fresh positives."""
B = "b8"

def add_b8(m):
    # ---------------- en
    m(B, "en", "n1", "", "previous time: calm booking question", "Booking",
"""Hi, can I book the same slot as the previous time, Thursday 4pm? Happy to pay the old price if that's still possible. Thanks, Jo""")
    m(B, "en", "n2", "", "billing dispute with 'charged twice'", "Charged twice?",
"""Hello, I think my card was charged twice for the November invoice – £29 on the 2nd and again on the 3rd. Could you check and refund one? Thanks, Omar""")
    m(B, "en", "a1", "A", "disappointment, loyalty", "Very disappointed",
"""I've defended your company to friends for years. Not anymore. Being told 'we can't do anything' after a month of waiting is just insulting. I'm cancelling.""")
    m(B, "en", "b1", "B", "bug: coupon limit ignored", "Coupon used more than once",
"""Hi, I set the coupon SPRING to 'one use per customer', but the same customer managed to use it three times this week – I can see all three orders. Is this a known issue?""")
    # ---------------- de
    m(B, "de", "n1", "", "sortiere: Frage", "Sortierung",
"""Hallo, wie sortiere ich die Kundenliste nach Postleitzahl? Ich finde die Option nicht. Danke!""")
    m(B, "de", "n2", "", "in der App / im Browser Lob", "Toll",
"""Die neue Version ist super – im Browser wie in der App läuft alles flüssig. Danke ans Team!""")
    m(B, "de", "a1", "A", "enttäuscht nach Treue", "Enttäuscht",
"""Ich bin seit 2011 Kunde und habe Sie immer weiterempfohlen. Dass man mich jetzt seit fünf Wochen ohne Antwort hängen lässt, ist eine bodenlose Frechheit.""")
    # ---------------- da
    m(B, "da", "n1", "", "når vi: spørgsmål", "Spørgsmål",
"""Hej, når vi opretter en ny medarbejder, skal de så selv vælge adgangskode? Tak for hjælpen.""")
    m(B, "da", "b1", "B", "fejl: søgning finder ikke nye varer", "Nye varer kan ikke findes",
"""Hej, varer vi har oprettet efter 1. november dukker ikke op i søgningen i webshoppen, men de kan godt findes via kategorierne. Ældre varer findes fint. /Nanna""")
    # ---------------- ro
    m(B, "ro", "n1", "", "reducere: întrebare", "Reducere",
"""Bună, se poate aplica o reducere de 10% pentru clienții fideli? Cum o configurez? Mulțumesc.""")
    m(B, "ro", "a1", "A", "sarcastic, scurt", "Felicitări",
"""Felicitări, încă o factură greșită. Sunteți de neîntrecut. M-am săturat, vă părăsesc.""")
    # ---------------- pl
    m(B, "pl", "n1", "", "sms: prośba o funkcję", "SMS",
"""Dzień dobry, czy można wysyłać klientom SMS z przypomnieniem dzień przed wizytą? Chętnie bym z tego skorzystał.""")
    m(B, "pl", "n2", "", "mam dość siebie – żart, pochwała", "Dzięki!",
"""Mam już dość własnego bałaganu w papierach, dlatego przeszedłem na wasz program – i to była świetna decyzja. Dzięki!""")
    m(B, "pl", "b1", "B", "bug: rabat nie na paragonie", "Rabat nie drukuje się",
"""Cześć, rabat naliczony w koszyku nie pojawia się na paragonie z drukarki fiskalnej, a kwota do zapłaty jest już po rabacie. Klienci dopytują. Pozdrawiam, Zosia""")
    # ---------------- es
    m(B, "es", "n1", "", "vuelve al: elogio", "Gracias",
"""Gracias por todo. Mi hija vuelve al colegio el lunes y gracias a vuestra app ya tenemos todo organizado. ¡Un saludo!""")
    m(B, "es", "a1", "A", "cansada, irónica", "Otra vez",
"""Qué sorpresa, otra vez sin servicio. Cuarta vez este mes. Ya ni me enfado, simplemente me voy. Adiós.""")
    m(B, "es", "b1", "B", "bug: importe con céntimos mal", "Céntimos mal",
"""Hola, cuando un producto cuesta 9,95 € y aplico 3 unidades, el total muestra 29,80 en lugar de 29,85. Parece que redondea cada línea. Un saludo, Álvaro""")
    # ---------------- fr
    m(B, "fr", "n1", "", "remise: question", "Remise fidélité",
"""Bonjour, est-il possible d'obtenir une remise pour un abonnement de deux ans ? Merci.""")
    m(B, "fr", "n2", "", "quelle déception: match de foot (newsletter)", "Notre actu de la semaine",
"""Bonjour à tous, quelle déception samedi pour notre équipe de foot d'entreprise ! Mais bonne nouvelle : notre nouvelle agence ouvre lundi. À bientôt.""")
    m(B, "fr", "b1", "B", "bug: la carte est vide", "Carte vide",
"""Bonjour, depuis hier la carte des livraisons est vide sur l'application Android, alors que la liste des livraisons du jour en contient 14. Sur iPhone tout s'affiche. Merci, Yanis""")
    # ---------------- nl
    m(B, "nl", "n1", "", "bevestiging: vraag", "Bevestiging",
"""Hoi, ik heb geen bevestiging gekregen van mijn bestelling van gisteren. Kunnen jullie die nog sturen? Groetjes""")
    m(B, "nl", "n2", "", "oude datum: verhuizing", "Verhuizing",
"""Hallo, onze verhuizing is verschoven. Kunnen jullie de installatie op de oude datum annuleren en een nieuwe inplannen? Dank!""")
    m(B, "nl", "a1", "A", "woedend kort", "!!",
"""Derde keer dat de monteur niet komt. Ik heb er GEEN zin meer in. Ik zeg op.""")
    # ---------------- sv
    m(B, "sv", "n1", "", "räknas om: fråga", "Valuta",
"""Hej, om jag byter valuta i inställningarna, räknas gamla fakturor om då eller bara nya? Tack!""")
    m(B, "sv", "b1", "B", "bugg: kvitto fel datum", "Kvittot har gårdagens datum",
"""Hej, alla kvitton som skrivs ut efter midnatt får gårdagens datum. I kassan står rätt datum. /Sara""")
    # ---------------- it
    m(B, "it", "n1", "", "dal computer: domanda", "Domanda",
"""Ciao, posso usare l'app dal computer oppure solo dal telefono? Grazie!""")
    m(B, "it", "a1", "A", "stanca, fedele", "Dopo dieci anni",
"""Dieci anni da clienti e questo è il trattamento? Un mese per una risposta che non risolve niente. Sono amareggiata e stanca, cambiamo fornitore.""")
    m(B, "it", "b1", "B", "bug: notifiche doppie su iOS", "Notifiche doppie",
"""Buongiorno, su iPhone ogni notifica di nuovo ordine arriva due volte, su Android una volta sola. Succede da venerdì. Grazie, Enrico""")
    # ---------------- pt
    m(B, "pt", "n1", "", "sem desconto: pergunta", "Preço",
"""Olá, o preço anunciado é com ou sem desconto de estudante? Obrigado!""")
    m(B, "pt", "n2", "", "no ecrã: como fazer", "Ajuda",
"""Olá, como faço para aumentar o tamanho da letra no ecrã? A minha mãe tem dificuldade em ler. Obrigada.""")
    m(B, "pt", "a1", "A", "frio e formal", "Reclamação",
"""Exmos. Senhores, lamento constatar que, após quatro contactos, continuo sem qualquer resposta. É uma total falta de consideração. Vou apresentar reclamação no Livro de Reclamações e mudar de fornecedor.""")
