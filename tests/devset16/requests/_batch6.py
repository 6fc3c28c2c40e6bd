"""devset16 requests, batch 6 (measured before any tuning on it): generalisation, written after tuning on
b1-b5 with fresh situations and wording; all three tags in all 11 languages, longer mails with quoted
history and signatures, and hard negatives of each kind."""
B = "b6"

def add_b6(m):
    # ---------------- en
    m(B, "en", "m1", "M", "IE: I want it looked at by someone higher", "Re: Broadband complaint ref 66120",
"""Hi,

With respect, that's the same answer I got last Tuesday. I'd like this looked at by someone higher up than frontline, somebody who can actually authorise the credit.

> We're sorry to hear about your experience. Please allow 5-7 working days.

Thanks
Siobhán Kelly""")
    m(B, "en", "m2", "M", "US: is there a supervisor I can talk to", "cancellation",
"""Is there a supervisor or someone I can talk to about this? The rep on chat just keeps pasting the same policy.""")
    m(B, "en", "n1", "", "my manager cc'd, asking for quote revision", "RE: Quote Q-2219",
"""Hi Sam,

Looping in my manager, Derek, who'll sign the order. Could you revise the quote to 15 seats and annual billing?

Thanks,
Alicia
Operations Coordinator""")
    m(B, "en", "n2", "", "team leaders use the product: feature question about supervisors", "Supervisor dashboard",
"""Hello, our call centre supervisors use the live dashboard all day. Is the wallboard view included in the Standard plan or only Premium?""")
    m(B, "en", "n3", "", "previous escalation resolved, thanks", "Thanks for escalating",
"""Thanks for escalating my billing issue last month, the senior advisor who took it over was brilliant and it's all fixed. Today's question is just about adding a user.""")
    m(B, "en", "f1", "F", "workflow + wish: recurring bookings", "Recurring bookings",
"""Hi there,

We run weekly yoga classes and every Sunday I create next week's eight bookings one by one. It would save me an hour a week if I could set a class to repeat automatically.

Cheers,
Nina""")
    m(B, "en", "f2", "F", "competitor: Shopify app has X", "Stock alerts",
"""Our old Shopify plugin used to email us when stock dropped below 5. Is that something you could build into yours? It's the one thing we miss since switching.""")
    m(B, "en", "n4", "", "how-to question (feature exists)", "merging contacts",
"""Hi, how do I merge two duplicate contacts? I read somewhere it's possible but can't find the button. Thanks!""")
    m(B, "en", "p1", "P", "agent leaving: keep in touch via personal email", "Your last day",
"""Hi Marcus, sorry to hear it's your last week! You've been our go-to person for years. Can I have your personal email so we can stay in touch?""")
    m(B, "en", "n5", "", "callback to support line with 'you'", "Please phone me",
"""Could someone from your team give me a ring on 0207 946 0321 this afternoon? I'd rather talk it through than email back and forth.""")
    # ---------------- de
    m(B, "de", "m1", "M", "Rückruf der Teamleitung", "Reklamation 4471",
"""Guten Tag,

ich bitte um einen Rückruf durch Ihre Teamleitung. Die bisherigen Antworten gehen an meinem Problem vorbei.

Mit freundlichen Grüßen
Heike Brandt""")
    m(B, "de", "n1", "", "eigene Führungskraft will Übersicht", "Übersicht Lizenzen",
"""Hallo, meine Führungskraft möchte wissen, wie viele Lizenzen wir aktuell nutzen. Wo sehe ich das? Danke""")
    m(B, "de", "f1", "F", "Workflow-Wunsch", "Wunsch: Serienrechnungen",
"""Hallo, wir schreiben jeden Monat dieselben 40 Rechnungen neu. Schön wäre, wenn man Rechnungen als Serie anlegen könnte, die sich monatlich wiederholen.""")
    m(B, "de", "p1", "P", "Instagram der Mitarbeiterin", "Danke Lea",
"""Liebe Lea, danke für die super Beratung! Bist du auf Instagram? Würde dir gern folgen 😊""")
    # ---------------- fr
    m(B, "fr", "m1", "M", "qu'un responsable me rappelle", "Toujours rien",
"""Bonjour, je demande qu'un responsable du service me rappelle. Trois conseillers, trois réponses différentes.""")
    m(B, "fr", "f1", "F", "souhait: export comptable", "Export",
"""Bonjour, est-il possible d'exporter les ventes au format FEC ? Sinon, ce serait vraiment utile pour notre comptable.""")
    m(B, "fr", "n1", "", "bug: l'export plante", "Export en erreur",
"""Bonjour, l'export des ventes plante avec une erreur 500 depuis ce matin. Pouvez-vous regarder ?""")
    m(B, "fr", "p1", "P", "numéro de portable de la technicienne", "Intervention",
"""Bonjour, pourriez-vous me donner le portable de la technicienne qui est venue hier ? Je voudrais la prévenir directement.""")
    # ---------------- es
    m(B, "es", "m1", "M", "hablar con el supervisor", "Reclamación",
"""Buenas, quiero que me pasen con un supervisor. Ya no quiero hablar con más agentes.""")
    m(B, "es", "f1", "F", "ojalá", "Sugerencia",
"""Hola! Ojalá pudierais añadir un modo para varias sucursales, ahora tenemos dos cuentas separadas y es un lío.""")
    m(B, "es", "n1", "", "número de soporte", "Contacto",
"""Hola, ¿me podéis pasar el número de teléfono de soporte técnico? Gracias""")
    # ---------------- it
    m(B, "it", "m1", "M", "parlare con il responsabile", "Reclamo",
"""Buongiorno, vorrei parlare con il responsabile del servizio clienti. Nessuno dei suoi colleghi ha risolto.""")
    m(B, "it", "n1", "", "il mio capo ringrazia", "Grazie",
"""Ciao, il mio capo mi ha chiesto di ringraziarvi per la velocità. Tutto funziona!""")
    m(B, "it", "f1", "F", "confronto con concorrente", "Suggerimento",
"""Con il vecchio gestionale potevamo inviare i solleciti di pagamento in automatico. Sarebbe utile averlo anche da voi.""")
    # ---------------- pt
    m(B, "pt", "m1", "M", "pt-BR: quero supervisor", "Reclamação",
"""Quero falar com um supervisor, por favor. Já é a quarta vez que entro em contato.""")
    m(B, "pt", "p1", "P", "pt-BR: número pessoal da atendente", "Obrigado",
"""Obrigado, Camila! Pode me passar seu número pessoal? Assim falo direto com você.""")
    m(B, "pt", "n1", "", "pt-PT: o meu diretor aprovou", "Encomenda",
"""Bom dia, o meu diretor aprovou a encomenda. Podem enviar a fatura para a contabilidade? Obrigado""")
    # ---------------- nl
    m(B, "nl", "f1", "F", "zou handig zijn", "Idee",
"""Hoi, het zou handig zijn als we klanten een herinnering per sms konden sturen. Staat dat op de planning?""")
    m(B, "nl", "n1", "", "bedankt teamleider", "Dank",
"""Dank aan jullie teamleider Kim voor het snelle regelen. Alles werkt weer.""")
    # ---------------- sv
    m(B, "sv", "p1", "P", "din privata mejl", "Tack Jonas",
"""Tack Jonas! Har du en privat mejladress jag kan skriva till dig på?""")
    m(B, "sv", "f1", "F", "önskemål", "Idé",
"""Hej, vi skulle gärna se att man kunde lägga in flera valutor. Planerar ni något sådant?""")
    # ---------------- da
    m(B, "da", "m1", "M", "tale med en chef", "Klage",
"""Hej, jeg vil gerne tale med en chef om min sag. Jeg er ikke tilfreds med svaret.""")
    m(B, "da", "n1", "", "ingen grund til at eskalere", "Løst",
"""Tak, det virker nu. Ingen grund til at eskalere sagen.""")
    # ---------------- pl
    m(B, "pl", "f1", "F", "byłoby fajnie", "Pomysł",
"""Cześć, byłoby fajnie, gdyby można było eksportować raporty do PDF.""")
    m(B, "pl", "n1", "", "jak zrobić", "Pytanie",
"""Dzień dobry, jak mogę zmienić hasło do konta? Dziękuję""")
    # ---------------- ro
    m(B, "ro", "m1", "M", "doresc să vorbesc cu un manager", "Reclamație",
"""Bună ziua, doresc să vorbesc cu un manager. Problema nu a fost rezolvată de o lună.""")
    m(B, "ro", "p1", "P", "numărul personal al tehnicianului", "Tehnician",
"""Bună ziua, îmi puteți da numărul personal al tehnicianului care a venit ieri? Aș vrea să îl sun direct.""")
