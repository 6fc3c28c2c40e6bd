"""devset15 outage-legal, batch 3 (measured before tuning): terse follow-ups ('any news? still locked
out'), outage across sites; legal: 'you will hear from my lawyer', ombudsman per country, police;
negatives: 'still the same' about a single-user bug or an invoice, police report about a stolen
laptop, ombudsman/lawyer as ordinary customer, regulator as information source."""
B = "b3"

def add_b3(m):
    # ---------------- es
    m(B, "es", "o1", "O", "follow-up: any news, still no one in", "RE: No podemos entrar",
"""¿Alguna novedad? Seguimos sin poder entrar, toda la oficina parada desde las nueve.

Enviado desde mi iPhone

> El sistema no nos deja entrar a ninguno.""")
    m(B, "es", "o2", "O", "several clinics, formal", "Caída del servicio en nuestras clínicas",
"""Buenas tardes:

Desde las 16:00 la agenda online no responde en ninguna de nuestras siete clínicas dentales. Los pacientes no pueden pedir cita y la recepción trabaja con papel. Rogamos una solución urgente.

Un saludo,
Dirección de Operaciones, Sonrisa Plus""", fmt="html")
    m(B, "es", "n1", "", "sigue igual about invoice address (not outage)", "Re: Dirección en la factura",
"""Sigue igual, en la factura nueva vuelve a salir la dirección antigua. ¿Lo podéis corregir?

Marisa

> Ya hemos cambiado la dirección de facturación.""")
    m(B, "es", "l1", "L", "te va a llamar mi abogado", "Contrato",
"""Ya estoy harto. Mañana mismo os llama mi abogado, a ver si así me hacéis caso.

Fernando""")
    m(B, "es", "n2", "", "denuncia policía: stolen laptop, reset 2FA", "Robo de portátil",
"""Me robaron el portátil ayer y ya puse la denuncia en la policía. ¿Podéis cerrar la sesión en todos mis dispositivos y resetear el doble factor?

Gracias, Elena""")
    # ---------------- it
    m(B, "it", "o1", "O", "follow-up: news? still locked out, terse", "R: Accesso impossibile",
"""Novità? Siamo ancora tutti chiusi fuori.

Marco

> Buongiorno, nessuno di noi riesce ad accedere alla piattaforma.""")
    m(B, "it", "o2", "O", "several pharmacies, loanword down", "Farmacie bloccate",
"""Salve, il vostro servizio è down in tutte e quattro le nostre farmacie, le ricette elettroniche non passano. Stiamo mandando via i clienti.

Dott.ssa Ricci""")
    m(B, "it", "n1", "", "ancora niente about a single missing invoice", "R: Fattura mancante",
"""Ancora niente, la fattura di settembre non mi è arrivata via mail. Potete rimandarla?

Grazie, Sergio

> Le abbiamo reinviato la fattura.""")
    m(B, "it", "l1", "L", "sentirete il mio avvocato", "Ultimo avviso",
"""Ho perso la pazienza: a questo punto sentirete il mio avvocato. Vi ho dato tutte le possibilità.

Gianluca Moretti""")
    m(B, "it", "l2", "L", "AGCOM + Altroconsumo", "Pratiche scorrette",
"""Il rinnovo automatico senza preavviso è una pratica scorretta. Ho già scritto ad Altroconsumo e domani invio l'esposto all'AGCOM.

Paola""")
    # ---------------- da
    m(B, "da", "o1", "O", "follow-up: still can't get in, terse", "SV: Nede?",
"""Stadig ingen adgang her. Hele butikken står stille.

Kim

> Er jeres system nede? Vi kan ikke komme ind.""")
    m(B, "da", "n1", "", "still the same about a single report total", "SV: Forkert total i rapport",
"""Det er stadig det samme, totalen i momsrapporten passer ikke med bogføringen. Kan I kigge igen?

Mvh Henrik

> Vi har rettet beregningen.""")
    m(B, "da", "l1", "L", "my lawyer will contact you", "Opsigelse",
"""Jeg har nu overgivet sagen til min advokat, som vil kontakte jer i næste uge.

Venlig hilsen
Torben Madsen""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "follow-up: still nothing, whole shop", "Odp: Awaria?",
"""Dalej to samo, w sklepie nikt nie może nabić paragonu. Ile to jeszcze potrwa?

Grzegorz

> Czy macie awarię? Kasy nie łączą się z systemem.""")
    m(B, "pl", "o2", "O", "several branches: none can log in", "Logowanie - wszystkie placówki",
"""Dzień dobry, w żadnej z naszych pięciu placówek nie da się zalogować do panelu od 7:00. Pacjenci czekają.

Pozdrawiam, Joanna Mazur""", fmt="b64")
    m(B, "pl", "n1", "", "dalej to samo about single export", "Odp: Eksport CSV",
"""Dalej to samo, w pliku CSV brakuje kolumny z NIP-em. Możecie sprawdzić?

Adam

> Poprawiliśmy eksport.""")
    m(B, "pl", "l1", "L", "dostaniecie pismo od prawnika", "Rozwiązanie umowy",
"""Nie zamierzam dłużej czekać. W przyszłym tygodniu dostaniecie pismo od mojego prawnika.

Michał Lewandowski""")
    # ---------------- ro
    m(B, "ro", "o1", "O", "follow-up: still not, whole accounting dept", "Re: Platforma picata",
"""Nici acum nu merge. Tot departamentul de contabilitate stă de două ore.

Vlad

> Platforma nu se deschide la noi.""")
    m(B, "ro", "n1", "", "tot la fel about password email", "Re: Resetare parola",
"""Tot la fel, nu primesc emailul de resetare a parolei. Puteti verifica adresa mea?

Ana

> V-am retrimis linkul.""")
    m(B, "ro", "l1", "L", "will hear from my lawyer", "Contract reziliat",
"""Veți primi în curând o notificare de la avocatul meu. Nu mai am ce discuta cu voi.

Sorin Dinu""")
    # ---------------- sv
    m(B, "sv", "o1", "O", "follow-up: any news, all stores down", "SV: Kassorna",
"""Något nytt? Alla våra butiker står fortfarande utan kassa.

/Nils

> Hej, våra kassor kommer inte åt er server.""")
    m(B, "sv", "n1", "", "fortfarande samma about one report", "SV: Fel i rapporten",
"""Fortfarande samma fel i försäljningsrapporten, momsen räknas dubbelt. Kan ni titta igen?

/Eva""")
    m(B, "sv", "l1", "L", "my lawyer will contact", "Uppsägning",
"""Jag har nu anlitat en advokat och ni kommer att höra av henne inom kort.

Anders Holm""")
    # ---------------- fr
    m(B, "fr", "o1", "O", "follow-up: toujours bloqués", "RE: Accès impossible",
"""Nous sommes toujours bloqués, aucun collaborateur ne peut se connecter. Des nouvelles ?

Claire

> Bonjour, impossible d'accéder à votre plateforme.""")
    m(B, "fr", "n1", "", "toujours pareil about a PDF layout", "RE: Mise en page PDF",
"""Toujours pareil, le logo sort flou sur les devis en PDF. Une idée ?

Julien""")
    m(B, "fr", "l1", "L", "vous aurez des nouvelles de mon avocat", "Résiliation",
"""Vous aurez très bientôt des nouvelles de mon avocat. Je ne discuterai plus avec votre service.

Bernard Petit""")
    # ---------------- nb (bonus)
    m(B, "nb", "l1", "L", "Forbrukerrådet + Forbrukertilsynet, Norwegian", "Klage",
"""Dere har ignorert klagen min i en måned. Jeg sender saken til Forbrukerrådet for mekling i morgen.

Hilsen Ingrid""")
    # ---------------- nl
    m(B, "nl", "o1", "O", "follow-up: nog steeds", "RE: Storing",
"""Nog steeds hetzelfde, geen van onze medewerkers komt erin. Hoelang nog?

Jeroen""")
    m(B, "nl", "l1", "L", "u hoort van mijn advocaat", "Opzegging",
"""U hoort binnenkort van mijn advocaat.

W. de Groot""")
    m(B, "nl", "n1", "", "advocaat as customer, normal question", "Tijdschrijven",
"""Goedemiddag, als advocatenkantoor willen we graag uren per dossier bijhouden. Kan dat met jullie app?

Mr. L. Visser""")
    # ---------------- de
    m(B, "de", "o1", "O", "follow-up terse: und? immer noch tot", "AW: Störung",
"""Und? Bei uns ist immer noch alles tot, seit zwei Stunden kann keiner arbeiten.

Markus""")
    m(B, "de", "l1", "L", "Sie hören von meinem Anwalt", "Vertrag",
"""Sie hören von meinem Anwalt. Ich habe genug.

H. Schulz""")
    m(B, "de", "n1", "", "police report about stolen phone, no threat", "Handy gestohlen",
"""Mein Handy wurde gestohlen, Anzeige bei der Polizei ist erstattet. Bitte sperren Sie den Zugang von diesem Gerät.

Danke, Julia""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "follow-up: continuamos sem sistema, pt-PT", "RE: Sistema indisponível",
"""Continuamos sem sistema em todas as lojas. Alguma previsão?

Sofia

> Bom dia, o sistema está indisponível.""")
    m(B, "pt", "l1", "L", "vai ter notícias do meu advogado", "Contrato",
"""Vão ter notícias do meu advogado muito em breve.

Carlos Mendes""")
    # ---------------- en
    m(B, "en", "o1", "O", "follow-up: any update, still locked out", "Re: Can't log in",
"""Any update? We're all still locked out and it's been 3 hours.

Sam""")
    m(B, "en", "n1", "", "still the same about single csv", "Re: CSV import",
"""Still the same, the CSV import skips the last row. Any idea?

Kate""")
    m(B, "en", "l1", "L", "you'll be hearing from my solicitor", "Contract",
"""You'll be hearing from my solicitor.

Mark Evans""")
