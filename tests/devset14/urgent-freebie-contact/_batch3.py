"""batch 3 (measured before tuning): long rambling mails where the signal is one sentence, replies with
quoted history, clinics / schools / Black Friday at midnight, 'throw in' / 'on us' / 'skip a payment' /
'match the competitor', agent's Skype / Zoom / surname for LinkedIn / weekends; negatives: trial
extension questions, end-of-month-no-stress, priority field, our sales rep's mobile, hotline number."""
B = "b3"

def add_b3(m):
    # ---------------- en
    m(B, "en", "u4", "U", "long rambling, one line of urgency: clinic patients waiting", "booking system",
"""Hi all,

Hope you had a good weekend. Quick background first: we're a small physio clinic with 3 rooms and we moved over to you in September after the old provider shut down. Generally very happy, the reminders are great and the patients love the self check-in.

This morning however the booking screen shows nobody's appointments, we have a waiting room full of patients and no idea who is meant to be in which room. Can someone please get on this as a matter of priority?

Also separately (no hurry on this one) is there a way to change the colour of the cancelled slots?

Thanks
Nadia, Riverside Physio""")
    m(B, "en", "f3", "F", "throw in extra seats on the house", "renewal",
"""We'll renew for another two years, but only if you throw in five extra seats on the house. Our account manager at the other vendor already offered that.

Mark""")
    m(B, "en", "p4", "P", "weekend, agent's own mobile", "Re: thanks",
"""Thanks again Priya. Do you have a mobile I can reach you on at the weekend? We do our stocktake on Sundays and that's usually when it goes wrong.

Graham

> Hi Graham, glad I could help! Priya, Customer Success""")
    m(B, "en", "n6", "", "asks whether trial can be extended (question)", "trial",
"""Hello, is it possible to extend the trial by a week? We haven't had time to test the reporting yet. If not that's fine too. Best, Ruth""")
    m(B, "en", "n7", "", "needs by end of month, no stress", "year-end report",
"""Hey, we'll need the year-end report template by the end of the month, so no stress, just putting it on your radar. Cheers, Dom""", fmt="alt")
    m(B, "en", "n8", "", "our own sales rep's mobile in signature, asks about invoice", "invoice question",
"""Hi, which VAT rate is applied on the December invoice? Thanks.

Luke Harper
Sales Representative | mobile 07700 900 123 | Harper & Co""")
    # ---------------- de
    m(B, "de", "u3", "U", "Black Friday um Mitternacht, Checkout kaputt", "Checkout defekt vor Black Friday",
"""Hallo Support-Team,

heute um Mitternacht startet unsere Black-Friday-Aktion und seit dem Update geht der Checkout nicht mehr. Wenn das bis heute Abend nicht läuft, ist unser wichtigstes Verkaufswochenende im Eimer. Bitte kümmern Sie sich sofort darum!

Grüße aus Graz
Martina Pichler""", fmt="b64")
    m(B, "de", "f3", "F", "nächste Rate aussetzen", "Rate Dezember",
"""Nach dem ganzen Ärger mit dem Import will ich, dass Sie uns die Dezember-Rate einfach erlassen. Ich zahle nicht für einen Monat, in dem das System nicht lief. Gruß T. Wendt""")
    m(B, "de", "p3", "P", "Skype privat, Nachname", "Danke nochmal",
"""Hi Lena, danke nochmal! Wie ist eigentlich dein Nachname? Dann such ich dich auf LinkedIn. Oder hast du Skype privat? Grüße, Florian""")
    m(B, "de", "n3", "", "Priorität im Ticketformular setzen", "Priorität",
"""Hallo, wie kann ich bei einem Ticket die Priorität auf 'hoch' setzen? Das Feld ist bei mir ausgegraut. Danke, Ralf""")
    # ---------------- da
    m(B, "da", "f2", "F", "skal ikke betale for december", "December",
"""Vi har ikke kunnet bruge systemet halvdelen af måneden. Jeg går ud fra, at I dropper betalingen for december. Mvh Claus""")
    m(B, "da", "n3", "", "spørger hvad support-telefonen er", "Telefon",
"""Hej, hvad er jeres telefonnummer til support? Jeg vil gerne ringe i morgen formiddag. Mvh Birthe""")
    # ---------------- sv
    m(B, "sv", "u3", "U", "skola, antagningen stänger, fort", "Anmälan stänger fredag",
"""Hej! Anmälningsformuläret till höstterminen fungerar inte och antagningen stänger på fredag. Föräldrarna ringer oss hela tiden. Kan ni fixa det så fort som möjligt?

Mvh Karin, rektor""")
    m(B, "sv", "p2", "P", "Zoom bara vi två", "Uppföljning",
"""Hej Oskar, kan vi inte ta ett Zoom-samtal bara du och jag, utanför supporten? Skicka din privata mejl så bokar jag. /Henrik""")
    m(B, "sv", "f3", "F", "matcha konkurrentens pris", "Offert",
"""Hej, konkurrenten erbjuder samma sak för 30 % mindre. Vi vill att ni sänker priset till samma nivå, annars byter vi. /Eva""")
    # ---------------- nb
    m(B, "nb", "u2", "U", "fort, tollen", "Fortolling i dag",
"""Hei, vi må ha fortollingsdokumentene ut før kl. 12 i dag, bilen står på Svinesund. Systemet henger. Hjelp oss fort!

Mvh Espen""")
    m(B, "nb", "n2", "", "ingen hast, før jul", "Rapport",
"""Hei, kunne dere sendt meg en oversikt over brukerne våre? Ingen hast, holder fint før jul. Mvh Hege""")
    # ---------------- fi
    m(B, "fi", "u2", "U", "heti, kassajärjestelmä", "Kassa ei toimi",
"""Kassajärjestelmä ei toimi ja asiakkaat jonottavat. Tarvitsemme apua heti!

Sari""")
    m(B, "fi", "n2", "", "ei kiirettä", "Kysymys",
"""Hei, miten vaihdan laskutusosoitteen? Ei kiirettä. Kiitos, Timo""")
    # ---------------- nl
    m(B, "nl", "f3", "F", "gooi er een maand gratis bij", "Verlenging",
"""Ik verleng alleen als jullie er een maand gratis bij doen. Na al dat gedoe met de synchronisatie vind ik dat niet te veel gevraagd. Groet, Bas""")
    m(B, "nl", "p2", "P", "bellen in het weekend, privénummer", "Vraagje Lotte",
"""Hoi Lotte, mag ik je privénummer? Dan kan ik je in het weekend even bellen als de kassa weer vastloopt. Gr. Erik""")
    m(B, "nl", "n3", "", "proefperiode verlengen? (question)", "Proefperiode",
"""Hallo, kan de proefperiode met een week verlengd worden? We zijn nog niet klaar met testen. Groeten, Ilona""")
    # ---------------- fr
    m(B, "fr", "u3", "U", "long mail, one line: audience au tribunal demain", "Export des pièces",
"""Bonjour,

Je suis avocate et j'utilise votre outil depuis deux ans, globalement sans souci. Je voulais d'abord vous remercier pour la nouvelle interface, elle est vraiment plus claire.

Cela dit, l'export PDF du dossier ne fonctionne plus depuis ce matin et j'ai une audience demain à 9h pour laquelle je dois déposer les pièces ce soir. J'ai besoin d'une réponse rapide, s'il vous plaît.

Bien à vous,
Me Hélène Fabre""", fmt="qp", charset="iso-8859-1")
    m(B, "fr", "f3", "F", "Belge, suspendre la facture", "Facture novembre",
"""Bonjour, vu que rien n'a marché en novembre, je ne compte pas payer cette facture et j'attends que vous nous offriez le mois. Bien à vous, Luc Dubois""")
    m(B, "fr", "n3", "", "remise pour paiement annuel? (question)", "Paiement annuel",
"""Bonjour, y a-t-il une remise si nous payons à l'année au lieu de mensuellement ? Merci, Sophie""")
    # ---------------- es
    m(B, "es", "u3", "U", "reply, la boda es el sábado", "Re: invitaciones",
"""Por favor, las invitaciones tienen que salir como tarde mañana, la boda es el sábado y el enlace de confirmación da error. ¡Socorro!

Inés

> Hola Inés, estamos revisando el problema.""")
    m(B, "es", "p3", "P", "quiere quedar con el técnico, su Insta", "Gracias Dani",
"""Dani, eres un crack. Pásame tu insta y un día quedamos para unas cañas, que te lo debo. Fran""")
    m(B, "es", "n3", "", "pregunta si la actualización es gratis", "Actualización",
"""Hola, ¿la actualización a la versión 5 es gratuita para los que ya tenemos licencia? Gracias, Julián""")
    # ---------------- it
    m(B, "it", "u3", "U", "inventario stanotte", "Inventario stanotte",
"""Stanotte facciamo l'inventario annuale e i palmari non si sincronizzano più. Dobbiamo risolvere entro stasera, non possiamo rimandare. Grazie, Roberto""")
    m(B, "it", "f3", "F", "mesi omaggio per il disagio", "Disagio",
"""Buonasera, per il disagio subito mi aspetto almeno due mesi in omaggio. Saluti, Franca""", fmt="qp")
    m(B, "it", "n3", "", "costo aggiornamento", "Aggiornamento",
"""Buongiorno, quanto costa passare al piano Business? Grazie, Silvia""")
    # ---------------- pt
    m(B, "pt", "u3", "U", "pt-PT, o mais rápido possível", "Faturação parada",
"""Bom dia, não conseguimos emitir faturas desde ontem à tarde e hoje é fim do mês. Precisamos de uma solução o mais rápido possível.

Cumprimentos, Teresa""", fmt="b64")
    m(B, "pt", "p3", "P", "pt-BR, quer o zap do atendente", "Valeu Diego",
"""Diego, valeu demais! Me passa teu zap? Aí eu te chamo direto quando der pau de novo. Abs, Thiago""")
    m(B, "pt", "n3", "", "pt-BR, número do suporte", "Telefone suporte",
"""Olá, qual é o número do suporte técnico? Obrigada, Paula""")
    # ---------------- pl
    m(B, "pl", "f3", "F", "darmowe licencje za problemy", "Licencje",
"""Za te wszystkie problemy z synchronizacją oczekuję, że dorzucicie nam dwie licencje gratis. Pozdrawiam, Piotr""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "p2", "P", "numer komórki do konsultantki na weekend", "Pani Marta",
"""Pani Marto, czy mogę dostać Pani numer komórki? W weekendy nikt nie odbiera infolinii, a wtedy najczęściej mamy problemy. Pozdrawiam, Jolanta""")
    m(B, "pl", "n3", "", "bez pośpiechu", "Pytanie",
"""Dzień dobry, jak dodać nowego użytkownika? Bez pośpiechu. Dzięki, Kuba""")
    # ---------------- ro
    m(B, "ro", "u3", "U", "de urgență, pacienți", "Programari",
"""Buna ziua, sistemul de programari nu mai afiseaza nimic si avem pacientii in sala de asteptare. Va rog sa interveniti de urgenta.

Dr. Mihaela Stan""")
    m(B, "ro", "p2", "P", "numărul de mobil al consultantului", "Multumiri",
"""Buna, ma puteti ajuta cu numarul de mobil al domnului Vlad? As vrea sa-l sun direct, nu prin call center. Mersi, Sorin""")
    m(B, "ro", "f3", "F", "luni gratuite pentru neplăceri", "Neplaceri",
"""Pentru toate neplacerile, consider ca ne datorati doua luni gratuite. Cu stima, Adrian""")
