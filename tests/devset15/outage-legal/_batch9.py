"""devset15 outage-legal, batch 9 (measured before tuning): legal with regulators/consumer bodies in
new forms (inflected, abbreviations with hyphens, 'I have contacted', online complaint portals:
SignalConso, ConsuWijzer, ECC-Net, ODR platform, Ombudsman Services) and police as 'Anzeige'/'esposto';
hard negatives: regulators as employer/customer, 'consumer council survey', police as a customer,
compliance questions, 'we reported the phishing mail to the police' (not about us)."""
B = "b9"

def add_b9(m):
    m(B, "fr", "l1", "L", "SignalConso filed, Belgian SPF Economie", "Signalement",
"""J'ai déposé un signalement sur SignalConso aujourd'hui. Prochaine étape : la justice.

Christophe""")
    m(B, "fr", "l2", "L", "Belgian: SPF Economie + Test-Achats", "Plainte",
"""J'ai porté plainte auprès du SPF Économie et Test-Achats suit mon dossier. Vous n'allez pas vous en tirer comme ça.

Marie-Claire, Namur""")
    m(B, "fr", "n1", "", "DGCCRF inspector as customer asking feature", "Export des contrôles",
"""Bonjour, je travaille à la DGCCRF et nous utilisons votre outil de planning. Peut-on exporter le planning en iCal ?

Cordialement, Thierry""")
    m(B, "nl", "l1", "L", "ConsuWijzer + Kifid, informal", "Klacht ingediend",
"""Klacht ligt inmiddels bij het Kifid. Reken maar dat ik dit niet laat zitten.

Anouk""")
    m(B, "nl", "n1", "", "ACM as abbreviation in another sense (Association for Computing Machinery)", "ACM conference",
"""Hi, we're presenting a paper at the ACM conference and would like to cite your platform. Is there a preferred reference?

(Dutch university group, writing in Dutch below) Wij presenteren op de ACM-conferentie, mogen we jullie noemen?

Groet, Dr. van Dijk""")
    m(B, "de", "l1", "L", "Anzeige erstattet gegen Ihre Firma", "Betrug",
"""Ich habe heute Anzeige gegen Ihre Firma erstattet. Die Polizei hat den Fall aufgenommen.

Ralf""")
    m(B, "de", "l2", "L", "Verbraucherzentrale NRW Musterbrief + Klage", "Widerspruch",
"""Die Verbraucherzentrale NRW hat meinen Fall geprüft und hält Ihre Klausel für unwirksam. Ich behalte mir rechtliche Schritte ausdrücklich vor.

Monika Schäfer""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "n1", "", "phishing reported to police, not about us", "Phishing-Mail in Ihrem Namen",
"""Hallo, wir haben eine Phishing-Mail in Ihrem Namen bekommen und sie der Polizei gemeldet. Nur zur Info, damit Sie Ihre Kunden warnen können.

Grüße, Tanja""")
    m(B, "it", "l1", "L", "esposto ai carabinieri + AGCM", "Truffa",
"""Ho presentato un esposto ai carabinieri per quanto successo con il mio abbonamento.

Salvatore""")
    m(B, "it", "n1", "", "Altroconsumo survey / neutral", "Sondaggio",
"""Buongiorno, Altroconsumo mi ha chiesto di valutare il vostro servizio in un sondaggio: volevo solo dirvi che ho dato 5 stelle!

Anna""")
    m(B, "it", "l2", "L", "Corecom conciliazione avviata", "Conciliazione",
"""Ho avviato la procedura di conciliazione presso il Corecom Lombardia tramite ConciliaWeb. Riceverete la convocazione.

Davide""")
    m(B, "es", "l1", "L", "OCU reclamación + arbitraje de consumo", "Arbitraje",
"""He solicitado el arbitraje de consumo y la OCU me está asesorando. No pienso dejarlo pasar.

Carmen""")
    m(B, "es", "n1", "", "police as customer: Policía Local license", "Licencias Policía Local",
"""Buenos días, desde la Policía Local de Getafe necesitamos ampliar el contrato a 20 licencias. ¿Nos pueden enviar presupuesto?

Oficial Ramírez""")
    m(B, "es", "n2", "", "phishing reported to police, not about us", "Correo falso",
"""Os aviso de que hemos recibido un correo falso haciéndose pasar por vosotros; ya lo denunciamos a la policía. Cuidado con vuestros clientes.

Lorena""")
    m(B, "pt", "l1", "L", "Portal da Queixa + DECO", "Queixa",
"""Publiquei a minha queixa no Portal da Queixa e a DECO já está a tratar do assunto.

Inês""")
    m(B, "pt", "n1", "", "Procon compliance question", "Código do consumidor",
"""Olá, o Procon exige que o botão de cancelamento fique visível. A vossa plataforma tem essa opção para as nossas lojas?

Att, Rafael""")
    m(B, "pl", "l1", "L", "Europejskie Centrum Konsumenckie + UOKiK inflected", "Skarga ECK",
"""Złożyłem skargę do Europejskiego Centrum Konsumenckiego, a kopię przesłałem do UOKiK-u.

Zbigniew""")
    m(B, "pl", "n1", "", "UOKiK decision as news", "Decyzja UOKiK",
"""Czytałem o nowej decyzji UOKiK w sprawie subskrypcji. Czy to oznacza, że zmienicie regulamin dla nas, jako klientów biznesowych?

Pozdrawiam, Jacek""")
    m(B, "ro", "l1", "L", "ANPC sesizare online + judecătorie", "Sesizare",
"""Am trimis sesizare la Protecția Consumatorului. Dacă nici asta nu ajunge, ne vedem la judecătorie.

Nicoleta""")
    m(B, "ro", "n1", "", "ANPC as employer asking for licences", "Oferta ANPC",
"""Bună ziua, scriu din partea Comisariatului Județean pentru Protecția Consumatorului Cluj. Am dori o ofertă pentru 5 licențe.

Cu stimă, ing. Pop""")
    m(B, "sv", "l1", "L", "Konsumentverket inflected + Hallå konsument", "Anmälan",
"""Jag har anmält er via Hallå konsument och Konsumentverket har fått en kopia av allt.

Petra""")
    m(B, "sv", "n1", "", "Konsumentverket guidelines compliance", "Riktlinjer",
"""Hej, enligt Konsumentverkets riktlinjer ska totalpriset visas direkt. Kan man ställa in det i ert kassaflöde?

/Kalle""")
    m(B, "da", "l1", "L", "Forbrugerklagenævnet no diacritics + advokat", "Klage",
"""Jeg har sendt en klage til Forbrugerklagenaevnet i dag via klageportalen.

Anne""")
    m(B, "da", "n1", "", "Forbrugerombudsmanden guideline question", "Markedsføringsloven",
"""Hej, Forbrugerombudsmandens vejledning siger at førpris skal vises i 30 dage. Kan jeres webshop vise førpris automatisk?

Mvh Jesper""")
    m(B, "nb", "l1", "L", "Forbrukerrådet mekling requested", "Klage",
"""Jeg har nå bedt Forbrukerrådet om mekling i saken. Dere hører fra dem.

Ola""")
    m(B, "nb", "n1", "", "Forbrukerrådet test neutral", "Test",
"""Hei, dere kom godt ut i Forbrukerrådets test, gratulerer! Har dere rabatt for frivillige lag?

Kari""")
    m(B, "en", "l1", "L", "Ombudsman Services + Ofcom", "Deadlock",
"""It has now been 8 weeks. I've opened a case with Ombudsman Services and sent a copy to Ofcom.

Stephen""")
    m(B, "en", "n1", "", "Ofcom compliance question", "Call recording",
"""Hi, Ofcom rules say we need to keep call recordings for 12 months. Can your system retain them that long?

Lisa""")
    m(B, "en", "l2", "L", "reported to Action Fraud", "Fraud",
"""I've reported these charges to Action Fraud and my bank's fraud team.

Owen""")
