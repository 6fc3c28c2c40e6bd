"""devset12 contact-manager, batch 11 (measured before any tuning on it): oblique personal-contact asks
(meet in person privately, home town, 'your own email', 'text me from your phone') and near negatives."""
B = "b11"

def add_b11(m):
    # ---------------- en
    m(B, "en", "c1", "C", "meet privately in person, not at office", "Coffee?",
"""Hi Leo, I'm in Bristol on Thursday. Could we meet in person, just you and me, somewhere away from your office? I'd rather talk this through without the company listening in.

Gareth""")
    m(B, "en", "c2", "C", "text me from your own phone", "Re: Parcel",
"""Anna, can you text me from your own phone when you hear anything? I don't trust the ticket system to notify me. My number is 07700 900777.

Tess""")
    m(B, "en", "n1", "", "book a call with support, meet at your office", "Book a call",
"""Hi, can I book a call with your onboarding team for next Tuesday? Alternatively we could meet at your London office if that's easier. Regards, Priyanka""")

    # ---------------- de
    m(B, "de", "c1", "C", "wo wohnen Sie ungefähr; persönlich vorbeikommen", "Dankeschön",
"""Liebe Frau Schulte, Sie haben mir so geholfen. In welcher Stadt wohnen Sie denn? Ich würde Ihnen gern persönlich einen Kuchen vorbeibringen. Herzlich, Ilse Brandt""")
    m(B, "de", "n1", "", "Termin in Ihrer Filiale vereinbaren", "Beratungstermin",
"""Hallo, kann ich einen Beratungstermin in Ihrer Filiale in Hamburg vereinbaren? Gerne persönlich. Grüße, Arne""")

    # ---------------- da
    m(B, "da", "c1", "C", "kan du sende mig din egen mail", "Tak Ida",
"""Hej Ida, kan du sende mig din egen mailadresse? Jeg vil hellere skrive direkte til dig end her. Mvh Bjarne""")

    # ---------------- ro
    m(B, "ro", "c1", "C", "ne putem vedea în oraș", "Multumesc Maria",
"""Maria, mulțumesc frumos! Ne putem vedea cândva în oraș? Îmi dai numărul tău de telefon? Mihai""")
    m(B, "ro", "n1", "", "programare la sediul vostru", "Programare",
"""Bună ziua, pot veni personal la sediul vostru pentru a semna contractul? Care este adresa? Mulțumesc, Florin""")

    # ---------------- pl
    m(B, "pl", "c1", "C", "spotkać się prywatnie", "Dziękuję",
"""Pani Natalio, dziękuję za pomoc! Może spotkamy się kiedyś prywatnie na kawie? Proszę podać swój numer. Pozdrawiam, Wojtek""")
    m(B, "pl", "n1", "", "spotkanie w biurze z handlowcem", "Spotkanie",
"""Dzień dobry, czy możemy umówić spotkanie w Państwa biurze z działem sprzedaży? Pozdrawiam, Jacek""")

    # ---------------- es
    m(B, "es", "c1", "C", "quedar fuera del trabajo", "Gracias Laura",
"""Laura, ¿quedamos un día fuera del trabajo para tomar algo? Pásame tu número y te escribo. Saludos, Iván""")
    m(B, "es", "n1", "", "cita en vuestras oficinas", "Cita",
"""Hola, ¿puedo pedir cita para ir a vuestras oficinas de Sevilla y ver la demo en persona? Gracias, Manuel""")

    # ---------------- fr
    m(B, "fr", "c1", "C", "vous habitez où; passer vous voir", "Merci Madame",
"""Madame Dupuis, vous habitez dans quelle ville ? J'aimerais passer vous déposer des chocolats chez vous pour vous remercier. Bien à vous, Odette""")
    m(B, "fr", "n1", "", "rendez-vous en agence", "Rendez-vous",
"""Bonjour, est-il possible de prendre rendez-vous dans votre agence de Lille ? Merci, Gaëlle""")

    # ---------------- nl
    m(B, "nl", "c1", "C", "mag ik je mailen op je eigen adres", "Vraagje Daan",
"""Hoi Daan, mag ik je mailen op je eigen adres in plaats van via de helpdesk? Zet het even in je antwoord. Groet, Bas""")
    m(B, "nl", "n1", "", "afspraak op kantoor", "Afspraak",
"""Hallo, kunnen we een afspraak maken op jullie kantoor in Eindhoven voor de demo? Groet, Roel""")

    # ---------------- sv
    m(B, "sv", "c1", "C", "kan vi ses privat", "Tack!",
"""Hej Alice! Kan vi ses privat någon gång och ta en öl? Skicka ditt nummer så hörs vi. /Viktor""")
    m(B, "sv", "n1", "", "boka möte på ert kontor", "Möte",
"""Hej, kan vi boka ett möte på ert kontor i Malmö nästa vecka? Mvh Elin""")

    # ---------------- it
    m(B, "it", "c1", "C", "dove abiti; passo a trovarti", "Grazie Giorgia",
"""Giorgia, grazie! In che zona abiti? Passo a lasciarti un pensierino, te lo meriti. Un abbraccio, Rosa""")
    m(B, "it", "n1", "", "appuntamento in sede", "Appuntamento",
"""Buongiorno, posso fissare un appuntamento nella vostra sede di Torino? Grazie, Aldo""")

    # ---------------- pt
    m(B, "pt", "c1", "C", "sair um dia fora do trabalho", "Obrigado Bruna",
"""Bruna, bora tomar um café um dia fora do trabalho? Me passa teu número. Beijo, Lucas""")
    m(B, "pt", "n1", "", "agendar visita ao escritório", "Visita",
"""Olá, posso agendar uma visita ao vosso escritório em Lisboa para conhecer o produto? Obrigado, Filipe""")
