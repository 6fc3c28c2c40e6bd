"""devset16 angry-bug, batch 4 (measured before any tuning on it): precision-weighted; this round's words
in harmless use (went out again, invisible, past, world class, 'hin und her', springer, girado, no
results), calm/polite mails, how-to, feature wishes, outages, billing; plus fresh positives."""
B = "b4"

def add_b4(m):
    # ---------------- en
    m(B, "en", "n1", "", "praise: world class stuff, won't be back soon because moving", "Thank you!",
"""Honestly world class stuff from your onboarding team. We're moving abroad so I won't be back in the shop for a while, but I'll keep using the app.""")
    m(B, "en", "n2", "", "how-to: newsletter went out again?", "Resending a newsletter",
"""Hi, our November newsletter went out on Monday. Is there a way to send it out again to only the people who didn't open it? Thanks, Meg""")
    m(B, "en", "n3", "", "feature wish: invisible field", "Feature idea: hidden fields",
"""Would it be possible to make some form fields invisible to customers but visible to staff? That would help us a lot with internal notes.""")
    m(B, "en", "n4", "", "outage for everyone", "Nothing loads",
"""Morning – none of us can get into the dashboard, it just times out for everyone in the office. Is there an outage?""")
    m(B, "en", "a1", "A", "formal disappointment after loyalty", "Renewal",
"""I have renewed every year since 2017 without a second thought. After the past two months of broken promises I will not be renewing, and I would like that noted.""")
    m(B, "en", "a2", "A", "short furious", "...",
"""Do you people even read what I write? THIRD email. Same answer. Unreal.""")
    m(B, "en", "b1", "B", "bug: copy-paste of a table loses decimals", "Decimals lost when pasting",
"""If I paste prices from Excel into the price list, 12,50 becomes 1250. Typing 12,50 by hand works fine. Our locale is set to Dutch.""")
    # ---------------- de
    m(B, "de", "n1", "", "hin und her ohne Ärger (Fahrplan)", "Terminabstimmung",
"""Hallo Frau Krüger, nach etwas Hin und Her mit unserem Team passt uns nun Dienstag, 10 Uhr, für die Schulung. Vielen Dank für Ihre Geduld!""")
    m(B, "de", "n2", "", "Rechnungsfrage ruhig", "Doppelte Abbuchung?",
"""Guten Tag, auf meinem Kontoauszug sehe ich die Monatsgebühr zweimal. Könnten Sie das bitte prüfen und ggf. erstatten? Danke.""")
    m(B, "de", "a1", "A", "sarkastisch", "Glückwunsch",
"""Glückwunsch, Sie haben es geschafft, meine Bestellung zum dritten Mal falsch zu liefern. Ich frage mich langsam, ob das Absicht ist. Mir reicht's.""")
    m(B, "de", "b1", "B", "Fehler: Seitenumbruch im PDF", "PDF schneidet letzte Zeile ab",
"""Hallo, bei Rechnungen mit mehr als 20 Positionen fehlt im PDF die letzte Zeile vor dem Seitenumbruch. In der Vorschau ist sie noch da. Gruß, Timo""")
    # ---------------- da
    m(B, "da", "n1", "", "springer over – ingen fejl", "Spring en uge over",
"""Hej, vi holder lukket i uge 52. Kan man springe en uge over i abonnementet, så der ikke kommer levering? Mvh Lise""")
    m(B, "da", "a1", "A", "formel vrede, loyal", "Skuffet",
"""Jeg har været kunde i ti år, og jeg er dybt skuffet. Tre gange har I lovet at ringe tilbage. Ingen har ringet. Det er simpelthen ikke i orden.""")
    m(B, "da", "b1", "B", "fejl: timer afrundes forkert", "Timer bliver rundet forkert",
"""Når en medarbejder registrerer 7 timer og 45 minutter, viser lønrapporten 7,45 timer i stedet for 7,75. Så de får for lidt i løn. /Henrik""")
    # ---------------- ro
    m(B, "ro", "n1", "", "laudă", "Mulțumesc",
"""Vă mulțumesc pentru ajutor, totul merge perfect acum. Sunteți cei mai buni!""")
    m(B, "ro", "a1", "A", "sarcastic, obosit", "Bravo vouă",
"""Bravo, a cincea oară când îmi spuneți „revenim”. Sunt client de opt ani și atât ați putut. Sătul până peste cap.""")
    m(B, "ro", "b1", "B", "bug: ora greșită pe bon", "Ora greșită pe bonuri",
"""Bună, de la trecerea la ora de iarnă, bonurile tipărite arată ora cu o oră în urmă. În aplicație ora e corectă. Mulțumesc, Radu""")
    # ---------------- pl
    m(B, "pl", "n1", "", "awaria ogólna", "Brak dostępu",
"""Dzień dobry, od godziny nikt w firmie nie może się połączyć z systemem. Czy to awaria po waszej stronie?""")
    m(B, "pl", "a1", "A", "zimny gniew", "Reklamacja",
"""Szanowni Państwo, to moja czwarta reklamacja w tej sprawie. Państwa postawa jest nie do przyjęcia. Oczekuję odpowiedzi na piśmie w ciągu 7 dni, w przeciwnym razie rozwiązuję umowę.""")
    m(B, "pl", "b1", "B", "bug: kod rabatowy odrzucany", "Kod rabatowy 'nieważny'",
"""Kod JESIEN20 jest ważny do końca miesiąca (tak jest w panelu), ale przy płatności wyskakuje 'kod nieważny'. Inne kody działają normalnie. Pozdrawiam, Ewa""")
    # ---------------- es
    m(B, "es", "n1", "", "girado: pregunta", "Girar imágenes",
"""Hola, ¿hay alguna forma de girar una imagen ya subida a la galería? No encuentro la opción. ¡Gracias!""")
    m(B, "es", "n2", "", "queja tranquila", "Sugerencia sobre el horario",
"""Buenas, el horario de atención telefónica se me queda algo corto. Estaría bien ampliarlo por las tardes. Un saludo.""")
    m(B, "es", "a1", "A", "frase corta furiosa", "YA BASTA",
"""YA BASTA. Cuarta vez que me cobran de más. Ni una llamada, ni un correo. Vergonzoso.""")
    m(B, "es", "b1", "B", "bug: el stock no baja", "Stock no se descuenta",
"""Hola, cuando vendemos desde la tienda online el stock del producto no se descuenta; en cambio, desde el TPV sí. Tenemos productos con stock 5 que en realidad están agotados. Gracias, Nuria""")
    # ---------------- fr
    m(B, "fr", "n1", "", "souhait de fonctionnalité", "Suggestion",
"""Bonjour, ce serait top de pouvoir dupliquer un devis en un clic. Est-ce prévu ? Merci et bravo pour l'outil !""")
    m(B, "fr", "a1", "A", "sarcasme", "Bravo",
"""Bravo, vraiment. Trois semaines pour une simple résiliation et on me facture encore un mois. Vous êtes d'une efficacité redoutable. J'en ai plus qu'assez.""")
    m(B, "fr", "b1", "B", "bug: export Excel date en nombres", "Dates en chiffres dans l'export",
"""Bonjour, dans l'export Excel des rendez-vous, la colonne Date affiche des nombres comme 45612 au lieu des dates. L'export CSV, lui, est correct. Merci, Julien""")
    # ---------------- nl
    m(B, "nl", "n1", "", "geen resultaten: vraag", "Zoeken",
"""Hoi, als ik op een oud ordernummer zoek krijg ik geen resultaten. Worden orders ouder dan twee jaar automatisch gearchiveerd? Zo ja, waar vind ik die? Groet, Kees""")
    m(B, "nl", "a1", "A", "moe, derde keer", "Alweer",
"""Voor de derde keer dezelfde vraag en voor de derde keer een nietszeggend antwoord. Ik word hier zo moe van. Na acht jaar ben ik er klaar mee.""")
    m(B, "nl", "b1", "B", "bug: korting verdwijnt bij wijzigen", "Korting verdwijnt",
"""Als ik een bestaande offerte aanpas en opsla, verdwijnt de korting van 10% die er eerst op stond. Het totaalbedrag gaat dan omhoog. Groet, Mirjam""")
    # ---------------- sv
    m(B, "sv", "n1", "", "beröm", "Tack!",
"""Ville bara säga att supporten i går var fantastisk. Snabbt, vänligt och löst på fem minuter!""")
    m(B, "sv", "a1", "A", "formell ilska", "Klagomål",
"""Jag har nu vid tre tillfällen påtalat felaktiga fakturor utan att få något vettigt svar. Det är under all kritik. Jag förväntar mig en återkoppling inom en vecka, annars avslutar jag samarbetet.""")
    m(B, "sv", "b1", "B", "bugg: export tappar rader", "Exporten saknar rader",
"""När jag exporterar kundlistan till Excel kommer bara de första 500 kunderna med, vi har 812. I listan i programmet syns alla. /Anders""")
    # ---------------- it
    m(B, "it", "n1", "", "guasto generale", "Sito giù?",
"""Ciao, il vostro sito non si apre per nessuno qui in ufficio da stamattina. È un problema generale?""")
    m(B, "it", "a1", "A", "deluso dopo fedeltà", "Deluso",
"""Dopo dodici anni da cliente mi trattate così? Nessuna risposta in tre settimane. Sono profondamente deluso e sinceramente arrabbiato. Disdico.""")
    m(B, "it", "b1", "B", "bug: orari sfasati nel calendario condiviso", "Calendario condiviso con orari sbagliati",
"""Buongiorno, gli appuntamenti che inserisco io nel calendario condiviso compaiono ai colleghi un'ora dopo. Nel mio calendario l'orario è giusto. Grazie, Sara""")
    # ---------------- pt
    m(B, "pt", "n1", "", "disputa de fatura", "Fatura de outubro",
"""Olá, a fatura de outubro tem um valor superior ao contratado. Podem verificar e enviar uma nota de crédito? Obrigado, Tiago""")
    m(B, "pt", "a1", "A", "cansado, tom frio", "Reclamação",
"""Exmos. Senhores, é a terceira reclamação que faço sobre o mesmo assunto. A falta de resposta é inadmissível. Se nada mudar até sexta, rescindo o contrato.""")
    m(B, "pt", "b1", "B", "bug: campo NIF não aceita", "NIF rejeitado",
"""Olá, ao criar um cliente novo o campo NIF dá 'NIF inválido' para números que começam por 5, mesmo válidos (verifiquei no Portal das Finanças). Com números começados por 2 funciona. Obrigada, Inês""")
