"""devset17 requests, batch 9 (measured after tuning on b1-b8): generalisation 3 - fresh writers in
every language, non-native English / German / Spanish, manager words in account hand-overs,
dashboards and job ads; feature wishes as "we had to build a workaround", freebies as "match the
competitor's price", private contact as "meet in person" / "add me on Facebook"."""
B = "b9"

def add_b9(m):
    # ---------------- en
    m(B, "en", "n1", "", "M neg: our manager left, hand over admin", "Admin hand-over",
"""Our practice manager left last week. How do we move her admin rights to the new practice manager?""")
    m(B, "en", "n2", "", "M neg: manager dashboard slow", "Manager dashboard",
"""The manager dashboard takes about 30 seconds to load since Monday, the rest of the app is fine.""")
    m(B, "en", "f1", "F", "feature: had to build a workaround", "Webhooks",
"""We ended up writing a script that polls your API every minute because there are no webhooks for new orders. Please, webhooks.""")
    m(B, "en", "g1", "G", "freebie: match competitor price", "Renewal",
"""Competitor Y has quoted us 30% less for the same seats. Match it and we'll renew, otherwise we'll move in March.""")
    m(B, "en", "p1", "P", "personal: non-native, meet in person, your address", "Thank you very much",
"""Dear Mr Patel, you help me so much. I want to send you small gift from my country, can you give me your home address please?""")
    # ---------------- de
    m(B, "de", "g1", "G", "freebie: non-native, Rabatt wollen", "Rechnung",
"""Hallo, ich habe viele Probleme gehabt mit Ihre Software diese Monat. Ich will Rabatt für nächste Rechnung, bitte.""")
    m(B, "de", "n1", "", "M neg: Stellenanzeige Teamleiter Support", "Bewerbung",
"""Guten Tag, ich möchte mich auf die ausgeschriebene Stelle als Teamleiter Kundenservice bewerben. An wen schicke ich meine Unterlagen?""")
    m(B, "de", "f1", "F", "feature: wir mussten uns behelfen", "Serienbriefe",
"""Serienbriefe gehen bei Ihnen leider nicht, wir behelfen uns mit Word. Wäre schön, wenn das direkt im Programm ginge.""")
    # ---------------- da
    m(B, "da", "p1", "P", "personal: Facebook", "Tak",
"""Tak for hjælpen Camilla! Er du på Facebook? Så tilføjer jeg dig.""")
    m(B, "da", "f1", "F", "feature: kunne I ikke lave", "Forslag",
"""Kunne I ikke lave en funktion, så kunderne selv kan flytte deres tider? Vi bruger meget tid i telefonen på det.""")
    m(B, "da", "n1", "", "M neg: butikschef signature + refund question", "Refusion",
"""Vi har fået en refusion fra jer, men kan ikke se hvilken faktura den hører til.

Mvh
Lars Dam
Butikschef""")
    # ---------------- ro
    m(B, "ro", "g1", "G", "freebie: discount sau plecăm", "Reînnoire contract",
"""Dacă nu primim un discount la reînnoire, trecem la concurență. Am avut prea multe probleme anul acesta.""")
    m(B, "ro", "f1", "F", "feature: ne-ar trebui", "Funcție nouă",
"""Ne-ar trebui o funcție de programare a postărilor pe Facebook. O aveți în plan?""")
    m(B, "ro", "n1", "", "M neg: managerul de cont in product (account manager field)", "Câmp manager",
"""Unde pot modifica managerul de cont asociat unui client în CRM? Câmpul e gri.""")
    m(B, "ro", "m1", "M", "positive: vreau să vorbesc cu cineva de la conducere", "Reclamație",
"""Vreau să vorbesc cu cineva de la conducere. Nu mai accept promisiuni de la suport.""")
    # ---------------- pl
    m(B, "pl", "f1", "F", "feature: fajnie by było", "Sugestia",
"""Fajnie by było, gdyby można było dodawać zdjęcia do zleceń z telefonu.""")
    m(B, "pl", "g1", "G", "freebie: za darmo w ramach przeprosin", "Przeprosiny",
"""W ramach przeprosin oczekuję, że dostaniemy moduł magazynowy za darmo do końca roku.""")
    m(B, "pl", "n1", "", "P neg: numer infolinii", "Infolinia",
"""Jaki jest numer waszej infolinii? Na stronie widzę tylko formularz.""")
    # ---------------- es
    m(B, "es", "p1", "P", "personal: quedar en persona, tu teléfono", "Gracias",
"""Javier, ¿podemos quedar un día en persona? Dame tu teléfono y te llamo.""")
    m(B, "es", "n1", "", "M neg: el gerente anterior tenía acceso (ownership neighbour)", "Acceso",
"""El gerente anterior tenía todas las contraseñas y ya no trabaja aquí. ¿Cómo recupero el acceso de administrador?""")
    m(B, "es", "f1", "F", "feature: non-native, would be good", "Propuesta",
"""Hola, nosotros necesitamos que el programa haga copias de seguridad automáticas a Google Drive, ahora no lo hace. ¿Es posible en una versión futura?""")
    # ---------------- fr
    m(B, "fr", "f1", "F", "feature: j'aimerais pouvoir", "Planning",
"""J'aimerais pouvoir envoyer le planning aux employés par SMS, ça nous éviterait beaucoup d'appels.""")
    m(B, "fr", "n1", "", "M neg: le gérant a changé, mettre à jour le contact", "Changement de gérant",
"""Le gérant du restaurant a changé, merci de mettre à jour le contact de facturation : m.blanc@resto.fr""")
    m(B, "fr", "p1", "P", "personal: Messenger / Facebook", "Merci !",
"""Léa, vous êtes sur Facebook ? Je vous ajoute, ce sera plus simple pour échanger.""")
    # ---------------- nl
    m(B, "nl", "g1", "G", "freebie: kwijtschelden", "Abonnementskosten",
"""Gezien de problemen van de afgelopen maand vind ik dat jullie de kosten voor november moeten kwijtschelden.""")
    m(B, "nl", "n1", "", "M neg: leidinggevende in product role", "Leidinggevenden",
"""Krijgen leidinggevenden automatisch een melding als iemand zich ziek meldt in de app?""")
    # ---------------- sv
    m(B, "sv", "f1", "F", "feature: skulle vara smidigt", "Integration",
"""Det skulle vara väldigt smidigt om ni hade en koppling till Visma. Är det något ni tittar på?""")
    m(B, "sv", "n1", "", "M neg: butikschef how-to", "Kassarapport",
"""Jag är butikschef och vill se kassarapporten för igår. Var hittar jag den?""")
    # ---------------- it
    m(B, "it", "p1", "P", "personal: incontrarci di persona, numero", "Ringraziamento",
"""Dottoressa Rossi, possiamo vederci di persona? Mi lasci il suo numero di cellulare.""")
    m(B, "it", "n1", "", "M neg: gestore del negozio in product", "Ruolo gestore",
"""Il ruolo di gestore del negozio può modificare i prezzi o solo vederli?""")
    m(B, "it", "f1", "F", "feature: ci servirebbe", "Richiesta",
"""Ci servirebbe la possibilità di inviare i promemoria via SMS ai clienti. È in programma?""")
    # ---------------- pt
    m(B, "pt", "g1", "G", "freebie: cobrem metade", "Fatura",
"""Com o sistema fora do ar metade do mês, o justo é vocês cobrarem só metade desta fatura.""")
    m(B, "pt", "n1", "", "M neg: sou o gestor, how-to", "Utilizadores",
"""Sou o gestor da conta e quero remover dois utilizadores que saíram. Como faço?""")
