"""devset14 bug-feature, batch 4 = generalisation batch (measured before tuning): the b1-b3 themes
(dead control, field ignored, blank/partial output, wrong figures, someone else's data, duplicates,
settings right but result wrong, expected-vs-actual) and wishes, in new words and new products."""
B = "b4"

def add_b4(m):
    m(B, "en", "b1", "B", "toggle doesn't stick, expected vs actual", "reminder toggle",
"""I switch off SMS reminders for a client, hit save, and next time I open her profile the toggle is back on. She got 3 texts this week and is not happy. Should stay off obviously.""")
    m(B, "en", "b2", "B", "report shows another location's numbers", "Weekly report",
"""Hi, our weekly takings report for the Leeds branch is showing the Manchester figures. Checked twice, branch is set to Leeds. Screenshot attached.
Dave""", fmt="alt")
    m(B, "en", "f1", "F", "is there a way ... no → would like", "Re: split payments",
"""Thanks for confirming there's currently no way to split a bill between two cards. Please take this as a vote to get it built, we get asked daily.

> Hi Joanne, unfortunately splitting a payment isn't supported at the moment.""")
    m(B, "de", "b1", "B", "Suchfeld findet nichts mit Bindestrich", "Suche mit Bindestrich",
"""Hallo, sucht man nach Kunden mit Doppelnamen (z. B. Müller-Lüdenscheidt), findet die Suche nichts. Ohne Bindestrich kommt der Kunde. Bitte prüfen. Danke, Jens""")
    m(B, "de", "f1", "F", "fänden es klasse; Vorschlag", "Vorschlag Mehrsprachigkeit",
"""Hallo Team, wir fänden es klasse, wenn die Terminbestätigung auch auf Englisch rausgehen könnte – viele unserer Kunden sind Expats. Ist sowas vorgesehen? Grüße, Nadine""")
    m(B, "da", "b1", "B", "rabat trækkes ikke fra", "Rabat virker ikke",
"""Hej, når jeg giver 15 % rabat på en ordre, står den på ordren, men totalen er stadig den fulde pris. Mvh Anja""")
    m(B, "da", "f1", "F", "vi kunne godt tænke os", "Ønske",
"""Hej, vi kunne godt tænke os at kunne sende nyhedsbreve direkte fra systemet. Er det noget I overvejer? Venlig hilsen Søren""")
    m(B, "sv", "b1", "B", "tidrapport sparas inte; varje gång", "Tidrapporten försvinner",
"""Hej, de timmar jag för in på fredagar är borta på måndag morgon. Det har hänt tre veckor i rad nu. Jag trycker på Spara och får grön bock.
/Oskar""")
    m(B, "sv", "f1", "F", "skulle uppskatta om", "Export till Fortnox",
"""Hej! Vi skulle verkligen uppskatta om ni kunde bygga en koppling till Fortnox. Idag får vi föra över allt manuellt. Mvh Lena""")
    m(B, "nl", "b1", "B", "BE: btw-nummer verdwijnt van factuur", "BTW-nummer weg",
"""Hallo, sinds maandag staat ons btw-nummer niet meer onderaan de facturen, terwijl het in de instellingen wel ingevuld is. Klanten beginnen te bellen. Mvg, Koen""")
    m(B, "nl", "f1", "F", "het zou handig zijn / staat dat op de planning", "Tip",
"""Hoi! Het zou superhandig zijn als klanten zelf hun afspraak kunnen verzetten via de bevestigingsmail. Staat zoiets op de planning? Groet, Fleur""")
    m(B, "fr", "b1", "B", "la recherche ignore les filtres", "Filtres ignorés",
"""Bonjour, quand je filtre les commandes par statut « Payée », la liste affiche aussi les commandes en attente. Le filtre ne sert à rien en ce moment. Merci de vérifier, Paul""")
    m(B, "fr", "f1", "F", "ce serait top si; vous comptez", "Idée",
"""Coucou l'équipe ! Ce serait top si on pouvait dupliquer une semaine entière de planning d'un clic. Vous comptez l'ajouter un jour ? Bises, Manon""")
    m(B, "es", "b1", "B", "el PDF sale cortado", "PDF cortado",
"""Hola, los presupuestos largos salen cortados en el PDF: la última línea y el total no aparecen. En pantalla se ve todo bien. Gracias, Javier""")
    m(B, "es", "f1", "F", "nos vendría de maravilla / ¿hay previsión?", "Firma en tablet",
"""Buenos días, nos vendría de maravilla que los clientes pudieran firmar el parte de trabajo en la tablet. ¿Hay previsión de algo así? Saludos, Lorena""")
    m(B, "it", "b1", "B", "il totale non torna", "Il totale non torna",
"""Buonasera, nel riepilogo ordini il totale non torna: sommando le righe fa 356,40 ma in fondo c'è scritto 365,40. Succede solo sugli ordini con spedizione. Saluti, Gianni""")
    m(B, "it", "f1", "F", "sarebbe bello poter; pensate di", "Funzione richiesta",
"""Salve, sarebbe bello poter allegare foto alle schede di intervento dal telefono. Pensate di introdurlo? Grazie, Davide""")
    m(B, "pt", "b1", "B", "pt-BR: agenda mostra horário errado", "horário errado",
"""Oi, os agendamentos feitos pelo link aparecem 3 horas adiantados na agenda (cliente marcou 14h, aparece 17h). O fuso está como Brasília. Podem ver? Obrigada, Bia""")
    m(B, "pt", "f1", "F", "pt-PT: era ótimo se / têm ideia de", "Sugestão",
"""Olá, era ótimo se desse para exportar os mapas de horas para PDF. Têm ideia de incluir isso? Obrigado, Nuno""")
    m(B, "pl", "b1", "B", "przycisk wyślij nie reaguje", "Nie wysyła SMS",
"""Dzień dobry, klikam 'Wyślij przypomnienie' i nic, żadnego komunikatu, SMS nie dochodzi do klienta. Wczoraj działało. Pozdrawiam, Ewa""")
    m(B, "pl", "f1", "F", "fajnie gdyby; planujecie", "Sugestia",
"""Hej, fajnie gdyby klienci mogli sami odwołać wizytę przez link. Jest szansa, że coś takiego dodacie? Pozdro, Kuba""")
    m(B, "ro", "b1", "B", "raportul dublează", "Raport dublat",
"""Salut, in raportul lunar fiecare factura apare de doua ori, deci totalul e dublu fata de realitate. Luna trecuta era ok. Mersi, Vlad""")
    m(B, "ro", "f1", "F", "ar fi super dacă / aveți în plan", "Idee",
"""Buna! Ar fi super daca ati putea adauga si plata cu cardul direct din aplicatie. Aveti in plan? Multumesc, Denisa""")
    m(B, "nb", "b1", "B", "Norwegian: eksport gir tom fil", "Tom eksport",
"""Hei, når jeg eksporterer kundelisten får jeg en fil på 0 kb. Har prøvd flere ganger. Mvh Trond""")
    m(B, "fi", "b1", "B", "Finnish: tallennus ei toimi", "Tallennus",
"""Hei, kun painan Tallenna-nappia asiakaskortissa, mitään ei tapahdu ja muutokset katoavat. Terveisin Jari""")
