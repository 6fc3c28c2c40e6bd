"""devset15 outage-legal, batch 4 (measured before tuning): legal-heavy: regulators by country with an
action, consumer councils, ombudsman, police report about the company; hard negatives: regulators as
readers/sources, resolved disputes mentioned neutrally, 'no voy a denunciar', law students, privilege
footers in the body; outage: formal notices + several sites, in it da es fr pl ro sv."""
B = "b4"

def add_b4(m):
    # ---------------- legal positives
    m(B, "it", "l1", "L", "segnalazione AGCM + Garante, no accents", "Dati venduti",
"""Ho ricevuto spam da terzi che conoscevano i dati che avevo dato solo a voi. Faro una segnalazione al Garante privacy e all'AGCM, siete avvisati.

Luisa""")
    m(B, "it", "n1", "", "AGCOM in a neutral context: regulation for telcos", "Normativa AGCOM",
"""Buongiorno, siamo un piccolo operatore telefonico e dobbiamo conservare le registrazioni come richiesto dalla delibera AGCOM. Il vostro archivio lo permette?

Saluti, Enrico""")
    m(B, "pl", "l1", "L", "rzecznik finansowy + UOKiK, legacy charset", "Skarga",
"""Skoro nie potraficie odpowiedzieć na reklamację, kieruję sprawę do Rzecznika Finansowego i powiadamiam UOKiK.

Barbara Szymańska""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "n1", "", "resolved dispute mentioned neutrally", "Nowa umowa",
"""Dzień dobry, po zeszłorocznym sporze, który zakończyliśmy ugodą, chcemy jednak przedłużyć umowę na kolejny rok. Proszę o nową ofertę.

Piotr""")
    m(B, "ro", "l1", "L", "ANPC via online form + lawyer, no diacritics", "Abuz",
"""Am completat deja sesizarea pe site-ul ANPC. Daca nu rezolvati pana luni, urmeaza instanta.

Dan""")
    m(B, "ro", "n1", "", "ANPC mentioned as compliance question", "Informatii ANPC pe site",
"""Buna ziua, ANPC cere ca magazinele online sa afiseze pictogramele SAL si SOL. Se pot adauga in footer-ul magazinului din platforma voastra?

Multumesc, Irina""")
    m(B, "sv", "l1", "L", "Konsumentverket + Allmänna reklamationsnämnden, short", "Ni lurar kunder",
"""Anmälan till Konsumentverket är gjord. Nästa steg är ARN.

Stefan""")
    m(B, "sv", "n1", "", "ARN decision accepted, asks to pay", "ARN-beslut",
"""Hej, vi har tagit del av ARN:s beslut i ärendet och godtar det. Vart ska vi betala ut ersättningen till kunden?

Mvh Kundtjänst, Möbelhuset AB""")
    m(B, "da", "l1", "L", "Forbrugerombudsmanden + Ankenævnet", "Vildledende markedsføring",
"""Jeres tilbud var direkte vildledende. Jeg har klaget til Forbrugerombudsmanden og sender også sagen til Ankenævnet.

Rasmus""")
    m(B, "da", "n1", "", "we won't go to court, just fix", "Fejl i faktura",
"""Jeg gider ikke gå rettens vej for 200 kr, men ret nu den faktura.

Jens""")
    m(B, "es", "l1", "L", "OMIC + FACUA, es-ES", "Permanencia abusiva",
"""La cláusula de permanencia es abusiva. He presentado una reclamación en la OMIC de mi ayuntamiento y FACUA ya tiene mi caso.

Raquel Ortega""")
    m(B, "es", "n1", "", "no voy a denunciar, only want refund", "Devolución",
"""No voy a denunciar ni nada de eso, solo quiero que me devolváis los 29 euros de la renovación.

Gracias, Pablo""")
    m(B, "es", "n2", "", "law student asks for discount", "Descuento estudiantes",
"""Hola, soy estudiante de Derecho y quiero usar la app para organizar mis apuntes de procesal. ¿Tenéis descuento para estudiantes?

Irene""")
    m(B, "fr", "l1", "L", "UFC-Que Choisir + conciliateur + tribunal", "Litige abonnement",
"""J'ai transmis mon dossier à l'UFC-Que Choisir et s'il le faut j'irai jusqu'au tribunal judiciaire.

Monique Girard""")
    m(B, "fr", "n1", "", "avocat asks feature for client files", "Question cabinet",
"""Bonjour, notre cabinet d'avocats aimerait savoir si l'on peut partager un dossier client en lecture seule avec un confrère.

Maître Dubois""")
    m(B, "de", "l1", "L", "Verbraucherzentrale complaint filed + Mahnverfahren", "Ihre Rechnung",
"""Ich habe mich an die Verbraucherzentrale Bayern gewandt. Die empfehlen mir, Sie gerichtlich in Anspruch zu nehmen, was ich tun werde.

Gerhard Bauer""")
    m(B, "de", "n1", "", "Verbraucherzentrale as a customer", "Angebot für 20 Lizenzen",
"""Guten Tag, wir sind die Verbraucherzentrale Sachsen und möchten Ihr Tool für unsere Beratungsstellen testen. Gibt es eine Testversion?

Mit freundlichen Grüßen
Frau Lehmann""")
    m(B, "nl", "l1", "L", "ACM ConsuWijzer + Geschillencommissie, informal", "Abonnement",
"""Heb het gemeld bij ConsuWijzer van de ACM en ik ga naar de Geschillencommissie als jullie niet terugbetalen.

Lotte""")
    m(B, "nl", "n1", "", "geschillencommissie resolved mention", "Nieuw abonnement",
"""Na de uitspraak van de Geschillencommissie vorig jaar is alles netjes afgehandeld. We willen nu graag uitbreiden naar 5 gebruikers.

Groet, Ruud""")
    m(B, "pt", "l1", "L", "DECO + Livro de Reclamações + ASAE, pt-PT", "Reclamação",
"""Já escrevi no Livro de Reclamações e enviei o processo para a DECO. Aguardo a devolução.

Teresa Alves""")
    m(B, "pt", "n1", "", "DECO Proteste magazine subscription question", "Assinatura",
"""Olá, sou assinante da DECO Proteste e vi lá o vosso desconto. Como é que o aplico?

Obrigado, Hugo""")
    m(B, "en", "l1", "L", "police: reporting company for fraud", "Scam",
"""This is fraud, plain and simple. I'm going to the police station this afternoon to report your company.

Gary""")
    m(B, "en", "n1", "", "resolved small claims mentioned neutrally", "Renewing",
"""Hi, I know we had our differences last year (the small claims thing is long settled), but we'd like to renew for 2026. Can you send a quote?

Paul""")
    # ---------------- outage positives
    m(B, "it", "o1", "O", "formal: impossibilità operativa in tutti i punti vendita", "Comunicazione formale - interruzione servizio",
"""Spettabile società,

con la presente Vi comunichiamo che dalle ore 9:10 odierne non è possibile utilizzare la Vostra piattaforma in nessuno dei nostri punti vendita. La situazione ci impedisce di evadere gli ordini. Chiediamo un intervento immediato.

Amministrazione
Ottica Vista S.r.l.""", fmt="qp")
    m(B, "da", "o1", "O", "several departments no diacritics", "Nedbrud i alle afdelinger",
"""Hej, i alle vores afdelinger (Odense, Vejle og Kolding) har vi ikke kunnet bruge systemet siden kl 8. Vi kan ikke ekspedere kunder.

Mvh Charlotte""")
    m(B, "es", "o1", "O", "formal es-MX, all branches", "Notificación de falla",
"""Por medio del presente les notificamos que su sistema presenta una falla total desde las 8:00 hrs en todas nuestras sucursales, lo que nos impide facturar. Solicitamos atención prioritaria.

Atte.
Gerencia de TI, Abarrotes La Estrella""")
    m(B, "fr", "o1", "O", "formal: indisponibilité totale", "Indisponibilité totale de votre service",
"""Madame, Monsieur,

Nous constatons depuis ce matin une indisponibilité totale de votre service pour l'ensemble de nos utilisateurs. Cette situation bloque notre activité de facturation. Nous vous remercions de nous indiquer un délai de rétablissement.

Service informatique, Transports Morel""")
    m(B, "pl", "o1", "O", "formal: brak dostępu w oddziałach", "Brak dostępu do systemu - pilne",
"""Szanowni Państwo, od 8:15 żaden z naszych oddziałów nie ma dostępu do systemu. Nie możemy obsługiwać klientów. Proszę o pilną informację.

Z poważaniem, Dyrektor Operacyjny""")
    m(B, "ro", "o1", "O", "formal: toate punctele de lucru", "Notificare - serviciu indisponibil",
"""Stimați domni, vă notificăm că serviciul dumneavoastră nu poate fi accesat din niciun punct de lucru al companiei noastre începând cu ora 8. Activitatea este complet blocată.

Cu stimă, Departamentul IT""")
    m(B, "sv", "o1", "O", "formal: samtliga kontor utan system", "Avbrott – samtliga kontor",
"""Hej,

Sedan i morse har samtliga våra kontor varit utan tillgång till systemet. Vi kan inte hantera några ärenden. Vi begär en tidsplan för när tjänsten är tillbaka.

Mvh
Ulrika Nyström, driftchef""")
    # ---------------- outage negatives
    m(B, "sv", "n2", "", "formal notice of OUR planned downtime to the vendor", "Information: vårt nätverk byts ut",
"""Hej, för kännedom: på lördag byter vi nätverksutrustning på samtliga kontor, så ni kommer inte att se någon trafik från oss mellan 8 och 12. Inget ni behöver göra.

Mvh IT-avdelningen""")
    m(B, "it", "n2", "", "one user's app crash, colleagues fine", "App si chiude",
"""Ciao, sul mio telefono l'app si chiude appena la apro, ai colleghi invece funziona. Ho già provato a reinstallarla.

Federica""")
    m(B, "fr", "n2", "", "power outage at our own shop, FYI", "Coupure de courant chez nous",
"""Bonjour, petite info : coupure de courant dans notre magasin ce matin, d'où l'absence de ventes dans vos rapports. Tout est revenu à la normale.

Agnès""")
    m(B, "pl", "n2", "", "past outage in passing, asks invoice correction", "Korekta faktury",
"""Dzień dobry, proszę o korektę faktury za październik zgodnie z rabatem za wrześniową awarię, o którym rozmawialiśmy.

Pozdrawiam, Łukasz""")
    m(B, "ro", "n2", "", "account closing", "Închidere cont",
"""Bună ziua, vă rog să închideți contul nostru de la 1 decembrie, ne mutăm pe alt sistem.

Mulțumesc, Corina""")
