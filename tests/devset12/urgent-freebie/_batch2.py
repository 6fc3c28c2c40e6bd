"""devset12 urgent-freebie, batch 2 (measured before any tuning on it)."""
B = "b2"

def add_b2(m):
    # ---------------- en
    m(B, "en", "u1", "U", "truck leaves at 4, labels", "Shipping labels",
"""Hey - the courier truck leaves our warehouse at 4 and none of the shipping labels will print, the label screen just stays white. That's 120 parcels for Christmas orders. Please get someone to call me in the next half hour, I'm at my desk.

Steve
Dispatch""")
    m(B, "en", "u2", "U", "presentation in 40 min", "can't open shared deck!!",
"""I'm presenting to our board in 40 minutes and the shared deck says 'access denied' for me, although I own it. Whatever you can do, do it now please.

- Nadia (sent from phone)""", fmt="html")
    m(B, "en", "f1", "F", "on the house for the trouble", "December invoice",
"""Hi Jo,

Given that we spent most of November chasing the broken import, I'd like December to be on you. Let me know if you need it signed off by someone.

Thanks,
Rachel""")
    m(B, "en", "n1", "", "voucher code not working, a bug", "Voucher code rejected",
"""Hello,

I'm trying to redeem the gift voucher my sister bought me (code starts with GV-22) and the checkout says 'invalid code'. Could you check whether it was activated? Thanks.

Emily""", fmt="qp")
    m(B, "en", "n2", "", "marketing footer in customer signature", "Question about user roles",
"""Hello,

Can a 'viewer' role export reports, or only admins? We are setting up our regional managers.

Kind regards,
Tim Holloway
Holloway Windows - Winter sale now on! Act now, last chance for 30% off fitted blinds""")
    m(B, "en", "n3", "", "urgent care clinic customer", "Adding a second location",
"""Hi,

We run an urgent care clinic in Leeds and are opening a second site in March. How do I add another location under the same account so both appear in the booking widget?

Best,
Dr Priya Shah""", fmt="alt")

    # ---------------- de
    m(B, "de", "u1", "U", "Messe startet morgen, ohne das Wort dringend", "Stand-Displays zeigen nichts an",
"""Hallo,

morgen um 9 öffnet die Messe in Köln und unsere Displays am Stand zeigen nur einen schwarzen Bildschirm mit Ihrem Logo. Wir bauen heute Abend auf. Bitte rufen Sie mich an, bevor die Hallen um 20 Uhr schließen.

Gruß
Tobias Engel""")
    m(B, "de", "f1", "F", "Gratismonat als Entschädigung", "Zweimal falsche Daten",
"""Sehr geehrte Damen und Herren,

zum zweiten Mal in diesem Quartal wurden unsere Kundendaten falsch importiert. Als kleine Entschädigung für den Mehraufwand würde ich mir einen Monat ohne Berechnung wünschen.

Mit freundlichen Grüßen
Dr. Ulrike Hahn""", fmt="b64")
    m(B, "de", "n1", "", "war dringend, jetzt erledigt", "Re: Zugang gesperrt",
"""Hallo Frau Schulz,

danke, jetzt klappt der Zugang wieder. Heute früh war es wirklich brenzlig, aber jetzt ist alles gut, Sie können das Ticket schließen.

Viele Grüße
Holger Frank""")
    m(B, "de", "n2", "", "Rückerstattung, keine Kulanz", "Doppelte Abbuchung",
"""Hallo,

Sie haben den Jahresbeitrag zweimal abgebucht. Bitte überweisen Sie den doppelten Betrag auf unser Konto zurück. Mehr wollen wir gar nicht.

Danke
Sabine Koch""")

    # ---------------- da
    m(B, "da", "u1", "U", "revisor i morgen", "Kan ikke trække årsrapport",
"""Hej,

Vores revisor kommer i morgen kl. 9, og årsrapporten kan ikke genereres – den står bare og loader. Vi skal bruge den i aften. Kan nogen hjælpe nu?

Mvh
Søren Dahl""", fmt="qp")
    m(B, "da", "f1", "F", "opgradering uden beregning", "Efter nedbruddet",
"""Hej

Efter tre nedbrud i oktober synes vi det ville være rimeligt, hvis I opgraderede os til Pro-pakken uden beregning resten af året.

Hilsen
Mette, Nordlys Tandklinik""")
    m(B, "da", "n1", "", "studierabat spørgsmål", "Studerende",
"""Hej,

Jeg er studerende på DTU. Giver I studierabat på jeres personlige abonnement? Og hvad koster det i så fald?

/Jonas""")

    # ---------------- ro
    m(B, "ro", "u1", "U", "clienti asteapta, casa blocata", "Casa de marcat blocată",
"""Bună ziua,

Casa de marcat s-a blocat și avem coadă la magazin, oamenii pleacă fără să cumpere. Vă rog sunați-mă acum la 0722 111 222.

Mihai""")
    m(B, "ro", "f1", "F", "vrea compensatie si reducere", "Întreruperea din weekend",
"""Bună ziua,

Din cauza întreruperii din weekend n-am putut lua comenzi două zile. Consider că ar trebui să ne acordați o reducere la factura din decembrie.

Cu stimă,
Elena Radu, Floraria Iris""", fmt="alt")
    m(B, "ro", "n1", "", "intrebare pret, reducere anuala", "Plată anuală",
"""Bună,

Dacă plătim anual, cât ar costa abonamentul pentru 3 utilizatori? Există vreo diferență de preț față de plata lunară?

Mulțumesc,
Vlad""")

    # ---------------- pl
    m(B, "pl", "u1", "U", "klienci czekaja, terminal", "Terminal nie działa",
"""Dzień dobry,

od godziny terminal w naszej restauracji nie przyjmuje płatności, a sala jest pełna gości. Proszę o pilny telefon, każda minuta to dla nas strata.

Adam Kowalczyk""")
    m(B, "pl", "f1", "F", "darmowy miesiac za klopot", "Ciągłe wylogowywanie",
"""Dzień dobry,

od miesiąca aplikacja co chwilę nas wylogowuje. Za te wszystkie kłopoty należy nam się chyba jakiś darmowy miesiąc?

Pozdrawiam
Joanna Lewandowska""", fmt="qp")
    m(B, "pl", "n1", "", "juz nie pilne", "Re: Problem z logowaniem",
"""Dzień dobry,

dziękuję za pomoc, wczoraj to było bardzo pilne, ale dziś wszystko działa. Można zamknąć zgłoszenie.

Pozdrawiam
Ewa""")

    # ---------------- es
    m(B, "es", "u1", "U", "nominas manana", "Error al generar remesas",
"""Buenos días,

mañana a primera hora tenemos que mandar al banco las nóminas de 80 empleados y el fichero de remesas sale vacío. Si no lo solucionamos hoy nadie cobra a fin de mes. Llamadme en cuanto lo veáis: 611 22 33 44.

Raquel Gómez
Administración""", fmt="b64")
    m(B, "es", "f1", "F", "regalo de meses por molestias", "Otra caída",
"""Hola,

ya van tres caídas este trimestre. Creo que lo justo es que nos regaléis un par de meses del plan, porque el servicio no ha sido el que pagamos.

Saludos,
Andrés""")
    m(B, "es", "n1", "", "pregunta descuento ONG", "Precio para ONG",
"""Hola,

somos una ONG pequeña. ¿Tenéis tarifas especiales para organizaciones sin ánimo de lucro? ¿Cuánto costaría el plan básico?

Gracias,
Nuria""", fmt="html")
    m(B, "es", "n2", "", "sin prisa", "Consulta",
"""Hola,

sin prisa ninguna: ¿se pueden exportar las facturas en formato XML? Cuando podáis me contestáis.

Un saludo,
Pedro""")

    # ---------------- fr
    m(B, "fr", "u1", "U", "mise en prod ce soir", "API en erreur",
"""Bonjour,

On met en production ce soir à 22h et votre API renvoie des 401 sur tous les appels depuis midi. Sans correctif dans les prochaines heures on doit tout décaler, ce qui nous coûte très cher. Quelqu'un peut-il regarder maintenant ?

Julien Moreau, CTO""")
    m(B, "fr", "f1", "F", "mois offert demande", "Pannes répétées",
"""Bonjour,

Après les trois pannes du mois, je pense qu'il serait normal de nous offrir le mois de décembre. Nous payons pour un service qui n'a pas été rendu.

Nathalie Girard""", fmt="qp")
    m(B, "fr", "n1", "", "pas pressé", "Petite question",
"""Bonjour,

Rien de pressé : est-il possible d'ajouter un logo sur les devis ? Répondez quand vous aurez un moment.

Merci,
Paul""")
    m(B, "fr", "n2", "", "remboursement simple", "Prélèvement en double",
"""Bonjour,

Vous avez prélevé deux fois l'abonnement de novembre. Merci de rembourser le second prélèvement.

Cordialement,
Isabelle Roux""", fmt="alt")

    # ---------------- nl
    m(B, "nl", "u1", "U", "salarissen morgen", "Loonbestand fout",
"""Goedemorgen,

Morgen moeten de salarissen eruit en het loonbestand geeft een foutmelding bij het uploaden naar de bank. Dit moet vandaag nog opgelost worden, anders krijgt niemand op tijd betaald. Bel me alsjeblieft terug.

Groet,
Marieke""")
    m(B, "nl", "f1", "F", "korting op factuur na storing", "Storing vorige week",
"""Hallo,

Door jullie storing hebben we twee dagen niet kunnen factureren. Ik verwacht dat jullie dat verrekenen met korting op de volgende factuur.

Met vriendelijke groet,
Bas Visser""", fmt="b64")
    m(B, "nl", "n1", "", "resellerkorting", "Partnervoorwaarden",
"""Beste,

Wij zijn reseller en willen graag weten welke kortingsstaffel geldt voor partners vanaf 50 licenties. Kunt u de partnervoorwaarden sturen?

Groet, Wim""")

    # ---------------- sv
    m(B, "sv", "u1", "U", "öppnar om en timme", "Bokningssystemet nere",
"""Hej!

Vi öppnar salongen om en timme och bokningssystemet visar bara en tom sida. Kunderna står snart i dörren. Kan någon hjälpa mig omgående?

Lina""", fmt="html")
    m(B, "sv", "f1", "F", "gratis månad som plåster", "Felaktiga fakturor",
"""Hej,

Tre felaktiga fakturor på raken nu. Jag tycker att ni borde bjuda på nästa månad som ett litet plåster på såren.

Mvh
Gustav Nilsson""")
    m(B, "sv", "n1", "", "återbetalning", "Dubbeldebitering",
"""Hej,

Ni har dragit månadsavgiften två gånger. Kan ni betala tillbaka den ena dragningen?

Tack, Sara""")
    m(B, "sv", "n2", "", "inte bråttom", "Fråga om export",
"""Hej,

Det är inte bråttom, men kan man exportera kundlistan till Excel? Hör av er när ni har tid.

Vänliga hälsningar
Per""", fmt="qp")

    # ---------------- it
    m(B, "it", "u1", "U", "volo, carta imbarco", "Non vedo la prenotazione",
"""Salve,

sono in aeroporto e il volo parte tra un'ora, ma nell'app la prenotazione risulta annullata. Mi serve una risposta adesso, per favore!

Chiara""")
    m(B, "it", "f1", "F", "mese gratis compensazione", "Problemi continui",
"""Buongiorno,

da settimane la sincronizzazione non funziona. Visto il disagio, vi chiedo di non addebitarci il mese di dicembre.

Cordialmente,
Roberto Greco""", fmt="alt")
    m(B, "it", "n1", "", "era urgente ieri", "Re: Accesso bloccato",
"""Ciao,

ieri era davvero urgente, ma adesso funziona tutto. Grazie mille per l'aiuto, potete chiudere la pratica.

Paola""")

    # ---------------- pt
    m(B, "pt", "u1", "U", "evento amanha bilhetes", "Bilhetes não são enviados",
"""Boa tarde,

O nosso evento é amanhã de manhã e os bilhetes não estão a ser enviados aos participantes. Temos 500 pessoas inscritas. Preciso de uma solução ainda hoje!

Tiago Santos""")
    m(B, "pt", "f1", "F", "crédito na conta pelo problema", "Falhas no sistema",
"""Olá,

Ficámos sem sistema durante dois dias. Acho que o mínimo seria um crédito na nossa conta para compensar.

Cumprimentos,
Inês Carvalho""")
    m(B, "pt", "n1", "", "sem pressa", "Dúvida sobre relatórios",
"""Olá,

Sem pressa nenhuma: dá para agendar o envio dos relatórios por e-mail? Respondam quando puderem.

Obrigado,
Luís""", fmt="b64")
    m(B, "pt", "n2", "", "teste gratis pergunta", "Período de teste",
"""Olá,

O período de teste grátis pode ser prolongado se ainda não tivermos terminado a avaliação? Ou temos de assinar já?

Obrigada,
Marta""")
