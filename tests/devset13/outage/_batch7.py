"""devset13 outage, batch 7 (measured before tuning on it): "is it just us?", login loops for everyone,
nothing saves, night shift can't clock in, emoji/slang; negatives: RCA request for last week's outage,
feature request for an outage banner, competitor was down so we switch, 'closed for renovation',
zero-downtime marketing, encerrar a conta."""
B = "b7"

def add_b7(m):
    # ---------------- es
    m(B, "es", "o1", "O", "is it just us?", "¿Solo nos pasa a nosotros?",
"""Hola, ¿solo nos pasa a nosotros? Al iniciar sesión nos devuelve otra vez a la pantalla de login, a todos, en bucle. Llevamos así toda la mañana.

Aitor""")
    m(B, "es", "o2", "O", "nothing saves for anyone", "No se guarda nada",
"""Buenas, ningún cambio se guarda desde hace una hora, a nadie del equipo, sale "no se pudo guardar" en cada ficha 😩

Marisol""")
    m(B, "es", "n1", "", "RCA for last week's outage", "Informe de la incidencia del día 12",
"""Hola, ¿nos podéis enviar el informe técnico de la incidencia del día 12, cuando el servicio estuvo caído? Lo pide nuestro auditor.

Un saludo, Carmen""")
    m(B, "es", "n2", "", "closed for renovation", "Cerrado por obras",
"""Hola, nuestro local estará cerrado por obras en diciembre. ¿Podemos pausar la suscripción ese mes?

Paco""")
    m(B, "es", "n3", "", "competitor was down, we switch", "Queremos cambiarnos",
"""Hola, nuestro proveedor actual se cae cada semana y estamos hartos. ¿Nos podéis preparar una oferta para migrar a vuestra plataforma?

Luis""")
    # ---------------- it
    m(B, "it", "o1", "O", "is it just us?", "è solo da noi?",
"""Ciao, è solo da noi o il login vi rimanda sempre alla pagina iniziale? Succede a tutti i colleghi, in loop, da stamattina.

Giada""")
    m(B, "it", "o2", "O", "night shift can't clock in", "Turno di notte non riesce a timbrare",
"""Buonasera, l'app delle timbrature non risponde da mezzanotte: nessuno del turno di notte riesce a timbrare, in tutti e tre i reparti.

Capoturno, Officine Marelli""")
    m(B, "it", "n1", "", "RCA request", "Rapporto sul disservizio",
"""Buongiorno, potreste inviarci il report tecnico sul disservizio della settimana scorsa? Ci serve per l'audit interno.

Cordiali saluti, Marta""")
    m(B, "it", "n2", "", "feature request: outage banner", "Suggerimento",
"""Sarebbe utile avere un banner nell'app che avvisa quando c'è un guasto o una manutenzione in corso, così non vi scriviamo ogni volta.

Nicola""")
    m(B, "it", "n3", "", "zero-downtime marketing newsletter", "Novità: migrazione senza interruzioni",
"""Gentile cliente, il prossimo aggiornamento avverrà senza interruzioni del servizio: nessun disservizio previsto e nessuna azione richiesta.

Il team prodotto""", fmt="html")
    # ---------------- sv
    m(B, "sv", "o1", "O", "is it just us?", "Är det bara vi?",
"""Hej, är det bara vi eller skickas alla tillbaka till inloggningen hela tiden? Ingen av oss kommer längre än så sedan i morse.

/Rebecka""")
    m(B, "sv", "o2", "O", "nothing saves", "Inget sparas",
"""Hej, inget sparas sedan en timme tillbaka, för någon hos oss. Det står "Kunde inte spara" på varje kundkort. 😫

Tove""")
    m(B, "sv", "o3", "O", "night shift can't clock in", "Nattskiftet kan inte stämpla in",
"""Hej, stämpelappen svarar inte sedan midnatt, ingen på nattskiftet kan stämpla in.

Arbetsledare, Sandvik Lager""")
    m(B, "sv", "n1", "", "RCA request", "Incidentrapport",
"""Hej, kan ni skicka en incidentrapport om avbrottet förra tisdagen? Vår revisor vill se den.

Mvh Karl""")
    m(B, "sv", "n2", "", "feature request banner", "Förslag",
"""Hej, det vore bra med en banner i appen som visar när ni har driftstörningar eller planerat underhåll.

Ebba""")
    # ---------------- da
    m(B, "da", "o1", "O", "is it just us?", "Er det kun os?",
"""Hej, er det kun os, eller bliver alle sendt tilbage til login-siden igen og igen? Ingen af os kommer videre siden i morges.

Mvh Pernille""")
    m(B, "da", "o2", "O", "nothing saves", "Intet bliver gemt",
"""Hej, intet bliver gemt længere, for nogen af os. Der står "Kunne ikke gemme" ved hver eneste ændring.

Hilsen Morten""")
    m(B, "da", "n1", "", "RCA request", "Rapport om nedbruddet",
"""Hej, må vi få en skriftlig rapport om nedbruddet i sidste uge? Vores ledelse har bedt om den.

Mvh Inge""")
    m(B, "da", "n2", "", "closed for renovation", "Lukket for ombygning",
"""Hej, vi holder lukket for ombygning i januar. Kan vi sætte abonnementet på pause?

Mvh Frank""")
    m(B, "da", "n3", "", "competitor down, switch", "Skift til jer",
"""Hej, vores nuværende system går ned hver uge, og vi er trætte af det. Kan I give os et tilbud?

Mvh Jakob""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "is it just us?", "Czy tylko u nas?",
"""Dzień dobry, czy tylko u nas po zalogowaniu wyrzuca z powrotem na ekran logowania? Wszystkich, w kółko, od rana.

Sylwia""")
    m(B, "pl", "o2", "O", "nothing saves for anyone", "Nic się nie zapisuje",
"""Cześć, od godziny nic się nie zapisuje, nikomu z nas. Przy każdej zmianie wyskakuje "Nie udało się zapisać" 😤

Kuba""")
    m(B, "pl", "o3", "O", "night shift can't clock in", "Nocna zmiana nie może się odbić",
"""Dobry wieczór, aplikacja do rejestracji czasu pracy nie odpowiada od północy, nikt z nocnej zmiany nie może się odbić.

Brygadzista, Zakład nr 2""")
    m(B, "pl", "n1", "", "RCA request", "Raport z awarii",
"""Dzień dobry, prosimy o raport z awarii z zeszłego tygodnia, potrzebny do audytu.

Pozdrawiam, Elżbieta""")
    m(B, "pl", "n2", "", "competitor down, switch", "Oferta",
"""Dzień dobry, nasz obecny dostawca co tydzień ma awarię i mamy dość. Prosimy o ofertę na przejście do was.

Artur""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "is it just us? pt-PT", "Só acontece connosco?",
"""Olá, só acontece connosco ou o login manda toda a gente de volta para o início? Está assim desde manhã, não dá para entrar.

Catarina""")
    m(B, "pt", "o2", "O", "pt-BR nothing saves, emoji", "nada salva",
"""gente nada salva desde cedo, pra ninguém da equipe, aparece "não foi possível salvar" em tudo 😭""")
    m(B, "pt", "n1", "", "RCA request", "Relatório do incidente",
"""Bom dia, podem enviar o relatório do incidente da semana passada, quando o sistema ficou fora do ar? É para a auditoria.

Obrigado, Mário""")
    m(B, "pt", "n2", "", "encerrar a conta", "Encerrar conta",
"""Olá, gostaria de encerrar a nossa conta no fim do mês. O que preciso fazer?

Teresa""")
    m(B, "pt", "n3", "", "feature request banner", "Sugestão",
"""Seria ótimo ter um aviso no app quando houver falha ou manutenção, assim não precisamos abrir chamado.

Vitor""")
    # ---------------- others
    m(B, "en", "o1", "O", "is it just us", "is it just us?",
"""Everyone here gets bounced back to the login screen in a loop since 8am, nobody gets past it.

Rob""")
    m(B, "de", "n1", "", "RCA", "Störungsbericht",
"""Hallo, könnt ihr uns den Bericht zur Störung von letzter Woche schicken? Unser Auditor braucht ihn.

Grüße, Ute""")
    m(B, "fr", "o1", "O", "is it just us", "C'est juste chez nous ?",
"""Bonjour, c'est juste chez nous ou plus rien ne s'enregistre ? Personne au bureau ne peut sauvegarder depuis 9h.

Agnès""")
