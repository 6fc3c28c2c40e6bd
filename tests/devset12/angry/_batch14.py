"""devset12 angry, batch 14 (measured before any tuning on it): formal-register dissatisfaction with
consequences, public review / social media threats; negatives: formal satisfaction, a calm review
request, mild dissatisfaction about a detail."""
B = "b14"

def add_b14(m):
    # ---------------- en
    m(B, "en", "a1", "A", "social media threat", "Going public",
"""Since email clearly gets me nowhere, I'll be posting the whole thread on Twitter and Trustpilot tonight. Maybe that gets someone's attention.

Ryan""")
    m(B, "en", "a2", "A", "formal: deeply dissatisfied + consequences", "Complaint",
"""Dear Customer Relations,

I am deeply dissatisfied with the handling of my claim. It has now been six weeks without a decision, and the only updates I receive are the ones I chase myself. I will be reconsidering all of our contracts with you at the next review.

Yours sincerely,
Elizabeth Harper""")
    m(B, "en", "n1", "", "calm review request from company", "Review link",
"""Hi,

We'd love to leave you a review on Trustpilot - the onboarding was excellent. Is there a direct link?

Cheers,
Mona""")

    # ---------------- de
    m(B, "de", "a1", "A", "formal äußerst unzufrieden", "Beschwerde",
"""Sehr geehrte Damen und Herren,

ich bin mit der Bearbeitung meines Schadensfalls äußerst unzufrieden. Seit sechs Wochen keine Entscheidung, und Informationen erhalte ich nur, wenn ich selbst nachhake. Ich werde unsere Verträge mit Ihnen bei nächster Gelegenheit überprüfen.

Hochachtungsvoll
Dr. Ursula Brandt""")
    m(B, "de", "a2", "A", "social media threat", "Öffentlich",
"""Da Mails bei Ihnen offenbar ins Nichts gehen, stelle ich den ganzen Verlauf heute Abend auf Instagram und Google-Bewertungen. Vielleicht reagiert dann mal jemand.

Nico""")
    m(B, "de", "n1", "", "formal satisfaction", "Rückmeldung",
"""Sehr geehrte Damen und Herren,

wir sind mit der Abwicklung des Schadensfalls sehr zufrieden und bedanken uns für die schnelle Bearbeitung.

Mit freundlichen Grüßen
Herbert Lang""")

    # ---------------- fr
    m(B, "fr", "a1", "A", "formal extrêmement mécontent", "Réclamation",
"""Madame, Monsieur,

Je suis extrêmement mécontent du traitement de mon dossier. Six semaines sans décision, et je n'obtiens des nouvelles qu'en relançant moi-même. Je reconsidérerai l'ensemble de nos contrats avec vous.

Veuillez agréer mes salutations,
Jean-Marc Caron""")
    m(B, "fr", "a2", "A", "réseaux sociaux", "Publication",
"""Puisque les mails ne servent à rien, je publie tout l'échange ce soir sur Facebook et sur Google Avis. On verra si ça fait réagir quelqu'un.

Kevin""")
    m(B, "fr", "n1", "", "mild detail", "Remarque",
"""Bonjour,

Petite remarque : je suis un peu mécontente que la notice ne soit qu'en anglais, mais le produit est très bien.

Odile""")

    # ---------------- es
    m(B, "es", "a1", "A", "formal muy disgustado", "Reclamación formal",
"""Estimados señores:

Estoy profundamente disgustado con la gestión de mi siniestro. Seis semanas sin una resolución y solo recibo información cuando la pido yo. Revisaré todos nuestros contratos con ustedes.

Atentamente,
Francisco Herrera""")
    m(B, "es", "a2", "A", "redes sociales", "Lo publico",
"""Como por correo no hay manera, esta noche publico toda la conversación en Twitter y en Google. A ver si así alguien se mueve.

Dani""")
    m(B, "es", "n1", "", "formal satisfaction", "Agradecimiento",
"""Estimados señores:

Estamos muy satisfechos con la gestión del siniestro. Gracias por la rapidez.

Atentamente,
Mario Vidal""")

    # ---------------- it
    m(B, "it", "a1", "A", "formal profondamente insoddisfatto", "Reclamo",
"""Spettabile servizio clienti,

sono profondamente insoddisfatto della gestione della mia pratica. Sei settimane senza una decisione, e ricevo aggiornamenti solo se sollecito io. Riconsidererò tutti i nostri contratti con voi.

Distinti saluti,
Avv. Piero Galli""")
    m(B, "it", "a2", "A", "social", "Pubblico tutto",
"""Visto che via email non si ottiene nulla, stasera pubblico tutta la conversazione su Facebook e nelle recensioni Google. Vediamo se così qualcuno si sveglia.

Nicola""")
    m(B, "it", "n1", "", "calm review", "Recensione",
"""Ciao, vorremmo lasciarvi una recensione su Google, il servizio è stato ottimo. Avete un link?

Marta""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "formal profundamente insatisfeito", "Reclamação",
"""Exmos. Senhores,

Estou profundamente insatisfeito com a gestão do meu processo. Seis semanas sem decisão, e só recebo informações quando sou eu a insistir. Vou reconsiderar todos os nossos contratos convosco.

Com os melhores cumprimentos,
Eng. Jorge Alves""")
    m(B, "pt", "a2", "A", "Reclame Aqui BR", "Reclame Aqui",
"""Como por email não resolve nada, hoje à noite vou postar tudo no Reclame Aqui e no Instagram. Quem sabe assim alguém acorda.

Priscila""")
    m(B, "pt", "n1", "", "formal satisfaction", "Agradecimento",
"""Exmos. Senhores,

Estamos muito satisfeitos com a rapidez na gestão do processo. Obrigado.

Cumprimentos,
Luís Mota""")

    # ---------------- nl
    m(B, "nl", "a1", "A", "formal zeer ontevreden", "Klacht",
"""Geachte heer/mevrouw,

Ik ben zeer ontevreden over de afhandeling van mijn schadeclaim. Zes weken zonder beslissing, en informatie krijg ik alleen als ik zelf aan de bel trek. Ik ga al onze contracten met u heroverwegen.

Hoogachtend,
mr. P. van Dijk""")
    m(B, "nl", "a2", "A", "social", "Openbaar",
"""Omdat mailen blijkbaar niks oplevert, zet ik vanavond het hele gesprek op Facebook en Google Reviews. Misschien wordt er dan eens wakker geworden.

Dirk""")
    m(B, "nl", "n1", "", "mild detail", "Opmerking",
"""Hoi, klein puntje: ik ben een beetje ontevreden over de verpakking, die was erg groot voor zo'n klein product. Verder top!

Sanne""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "formal głęboko niezadowolony", "Reklamacja",
"""Szanowni Państwo,

jestem głęboko niezadowolony ze sposobu obsługi mojej szkody. Sześć tygodni bez decyzji, a informacje dostaję tylko wtedy, gdy sam się dopominam. Rozważę wszystkie nasze umowy z Państwem.

Z poważaniem,
Stanisław Wróbel""")
    m(B, "pl", "n1", "", "formal satisfaction", "Podziękowanie",
"""Szanowni Państwo,

jesteśmy bardzo zadowoleni z szybkiej obsługi szkody. Dziękujemy.

Z poważaniem,
Ewa Lis""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "formal profund nemulțumit", "Reclamație",
"""Stimate domn/doamnă,

Sunt profund nemulțumit de modul în care a fost gestionat dosarul meu. Șase săptămâni fără o decizie, iar informații primesc doar dacă insist eu. Voi reconsidera toate contractele noastre cu dumneavoastră.

Cu stimă,
Ing. Dragoș Munteanu""")
    m(B, "ro", "n1", "", "formal satisfaction", "Mulțumiri",
"""Stimate domn/doamnă,

Suntem foarte mulțumiți de rapiditatea cu care a fost gestionat dosarul. Mulțumim.

Cu stimă,
Elena Pop""")

    # ---------------- da
    m(B, "da", "a1", "A", "formal yderst utilfreds", "Klage",
"""Kære kundeservice,

Jeg er yderst utilfreds med behandlingen af min skadesag. Seks uger uden en afgørelse, og jeg får kun information, når jeg selv rykker. Jeg vil tage alle vores aftaler med jer op til revision.

Med venlig hilsen
Ole Madsen""")
    m(B, "da", "n1", "", "formal satisfaction", "Tak",
"""Kære kundeservice,

Vi er meget tilfredse med den hurtige behandling af skadesagen. Tak.

Med venlig hilsen
Lone Berg""")

    # ---------------- sv
    m(B, "sv", "a1", "A", "formal mycket missnöjd", "Klagomål",
"""Hej,

Jag är mycket missnöjd med hanteringen av mitt skadeärende. Sex veckor utan beslut, och information får jag bara när jag själv jagar er. Vi kommer att se över alla våra avtal med er.

Med vänliga hälsningar
Lars Ek""")
    m(B, "sv", "a2", "A", "social", "Offentligt",
"""Eftersom mejl uppenbarligen inte leder någonstans lägger jag ut hela konversationen på Facebook och Google ikväll. Kanske vaknar någon då.

Viktor""")
    m(B, "sv", "n1", "", "mild detail", "Synpunkt",
"""Hej, lite missnöjd med att manualen bara finns på engelska, men produkten är jättebra.

Ebba""")
