"""devset12 outage, batch 4 (measured before any tuning on it)."""
B = "b4"

def add_b4(m):
    # ---------------- sv
    m(B, "sv", "o1", "O", "är det bara vi? service unavailable", "Är det bara vi?",
"""Hej, är det bara vi eller är det något fel hos er? Sidan visar "Service Unavailable" både på jobbet och hemma.

Mvh Hanna""")
    m(B, "sv", "o2", "O", "hela teamet sitter still, tjänsten svarar inte", "Tjänsten svarar inte",
"""Hej

Er tjänst har inte svarat på över en timme och hela teamet sitter still. Vi har kunder som väntar på offerter. När är ni uppe igen?

Hälsningar
Jonas Wikström
Säljchef""", fmt="qp", charset="iso-8859-1")
    m(B, "sv", "o3", "O", "reply short: fortfarande samma, snurrar", "SV: SV: Problem med inloggning",
"""Fortfarande samma sak här, det bara snurrar när vi loggar in. Gäller alla fem datorer i butiken.

/Lisa

> Hej Lisa, vi har startat om tjänsten, testa igen.""")
    m(B, "sv", "n1", "", "close account (stänga ner)", "Stänga ner kontot",
"""Hej, vi vill stänga ner vårt konto från och med januari då vi slår ihop verksamheten med ett annat bolag. Vad behöver ni från oss?

Mvh Annika""")
    m(B, "sv", "n2", "", "single-user bug: app crashes on photo upload", "Appen kraschar vid bilduppladdning",
"""Hej, appen kraschar varje gång jag försöker ladda upp en bild på ett kvitto. Allt annat i appen funkar. Jag har en Samsung S21.

/Robin""")
    # ---------------- da
    m(B, "da", "o1", "O", "er I nede? short", "Er I nede?",
"""Er I nede? Systemet hænger for os alle sammen, og vi kan ikke komme på.

Mads""")
    m(B, "da", "o2", "O", "everything super slow + timeouts, html", "Ekstremt langsomt system",
"""Hej,

Siden kl. 9 har systemet været ekstremt langsomt for alle på kontoret, og hver anden gang får vi timeout. Vi kan reelt ikke arbejde. Kan I undersøge det?

Venlig hilsen
Tina Holm""", fmt="html")
    m(B, "da", "n1", "", "close account", "Opsigelse",
"""Hej, vi ønsker at lukke vores konto pr. 31. december. Kan I sende en bekræftelse? Mvh Henrik""")
    m(B, "da", "n2", "", "server room move", "Flytning af serverrum",
"""Hej, vi flytter vores serverrum i weekenden, så vores lokale sync-agent vil være slukket fra fredag aften til mandag. Skal vi gøre noget særligt?

Mvh Allan""")
    # ---------------- nl
    m(B, "nl", "o1", "O", "er lijkt een storing te zijn, time-out", "Er lijkt een storing te zijn",
"""Goedemorgen,

Er lijkt een storing te zijn: elke pagina in het klantportaal geeft na een tijdje een time-out. Collega's op andere locaties hebben hetzelfde.

Met vriendelijke groet,
Annelies Visser""")
    m(B, "nl", "o2", "O", "zijn jullie eruit? app werkt bij geen enkele medewerker", "zijn jullie eruit?",
"""Zijn jullie eruit? De app werkt bij geen enkele medewerker meer, alleen een wit scherm.

Groet Stefan""", fmt="b64")
    m(B, "nl", "n1", "", "aanbetaling", "Aanbetaling jaarabonnement",
"""Hallo, kunnen we een aanbetaling doen op het jaarabonnement en de rest in maart betalen? Groet, Fleur""")
    m(B, "nl", "n2", "", "newsletter past storing", "Nieuws van november",
"""Hallo! Nieuw deze maand: automatische herinneringen en een vernieuwd dashboard. Onze excuses nog voor de storing op 9 november; lees de evaluatie op onze blog.

Afmelden""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "czy coś się dzieje? serwer 503", "Czy coś się dzieje?",
"""Dzień dobry, czy coś się u Was dzieje? Serwer zwraca 503 i nikt z nas nie może pracować od 9:15.

Pozdrawiam
Oskar""")
    m(B, "pl", "o2", "O", "reply: dalej nie działa u wszystkich", "RE: Zgłoszenie 3321",
"""Dalej nie działa. U wszystkich pracowników ta sama plansza z błędem połączenia.

Beata

> Dzień dobry, proszę wyczyścić pamięć podręczną przeglądarki.""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "n1", "", "download invoice", "Pobranie faktury",
"""Dzień dobry, jak mogę pobrać fakturę za październik w PDF? Nie widzę przycisku. Dziękuję, Iwona""")
    m(B, "pl", "n2", "", "resolved, thanks", "Re: awaria",
"""Dziękuję, wszystko już działa jak należy. Możecie zamknąć zgłoszenie.

Pozdrawiam, Michał

> Dzień dobry, awaria została usunięta o 12:40.""")
    # ---------------- es
    m(B, "es", "o1", "O", "se os ha caído el servidor?", "¿Se os ha caído el servidor?",
"""Hola, ¿se os ha caído el servidor? Nos da error 500 a todos al intentar entrar.

Gracias, Begoña""")
    m(B, "es", "o2", "O", "LatAm: no hay manera de entrar, a nadie le funciona", "no podemos entrar",
"""Buen día, no hay manera de entrar al sistema, a nadie del equipo le funciona desde las 9. ¿Tienen alguna falla?

Saludos
Martín López
Buenos Aires""", fmt="qp", charset="iso-8859-1")
    m(B, "es", "n1", "", "dar de baja / cerrar cuenta", "Cerrar cuenta",
"""Hola, queremos cerrar nuestra cuenta a final de mes porque cerramos el negocio. ¿Cómo descargamos antes las facturas?

Un saludo, Rosa""")
    m(B, "es", "n2", "", "planned maintenance question", "Mantenimiento programado",
"""Hola, vi el aviso del mantenimiento programado del domingo. ¿La app de los repartidores también dejará de funcionar esas horas?

Gracias, Íñigo""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "BR: tá tudo parado, não carrega pra ninguém", "Tudo parado",
"""Oi, o sistema não carrega pra ninguém aqui, tá tudo parado desde cedo. Vocês estão cientes?

Renata""")
    m(B, "pt", "o2", "O", "PT-PT: erro 502 na plataforma, todos", "Erro 502",
"""Boa tarde,

A plataforma está a dar erro 502 a todos os utilizadores da empresa desde as 15h. Conseguem verificar com urgência?

Cumprimentos,
Miguel Sousa""", fmt="b64")
    m(B, "pt", "n1", "", "entrada (down payment)", "Pagamento de entrada",
"""Olá, posso pagar uma entrada de 30% no plano anual e o restante parcelado? Obrigado, Gustavo""")
    m(B, "pt", "n2", "", "single-user bug", "Erro ao anexar ficheiro",
"""Olá, quando tento anexar um ficheiro a uma fatura aparece "erro ao carregar". Os meus colegas não têm este problema. O que posso fazer?

Obrigada, Sofia""")
    # ---------------- it
    m(B, "it", "o1", "O", "c'è qualche problema? non si carica niente", "C'è qualche problema?",
"""Buongiorno, c'è qualche problema da voi? Non si carica niente, né il sito né l'app, e anche i miei colleghi sono bloccati.

Grazie, Valeria""")
    m(B, "it", "o2", "O", "portale errore 502 a tutti, html", "Errore 502 sul portale",
"""Salve,

da mezz'ora il portale restituisce errore 502 a tutti gli utenti del nostro studio. Potete controllare?

Cordiali saluti
Avv. Stefano Greco""", fmt="html")
    m(B, "it", "o3", "O", "piattaforma in tilt, negozi", "Piattaforma in tilt",
"""Ciao, la piattaforma è in tilt da stamattina, nessun negozio riesce a battere gli scontrini. Aiuto!

Marco""")
    m(B, "it", "n1", "", "acconto / chiudere account", "Chiusura account",
"""Buongiorno, vorrei chiudere il mio account alla scadenza dell'abbonamento. Devo mandare una disdetta formale?

Grazie, Laura""")
    m(B, "it", "n2", "", "maintenance question", "Manutenzione programmata",
"""Salve, durante la manutenzione programmata di sabato notte il sito sarà offline anche per i clienti o solo il pannello admin?

Grazie, Pietro""")
    # ---------------- en
    m(B, "en", "o1", "O", "login loop for everyone, subject caps", "LOGIN BROKEN FOR EVERYONE",
"""Nobody at our company can get past the login screen this morning, it just redirects back to the sign-in page. Tried Chrome, Edge, incognito. Please look into it.

Sam Patel
IT Manager""")
    m(B, "en", "o2", "O", "short: is something going on", "anything going on?",
"""Is something going on with your service? Dashboard won't load for me or anyone on my team.""")
    m(B, "en", "n1", "", "resolved past outage thanks", "Re: outage this morning",
"""Thanks for the update - it was down this morning but everything's working now. Appreciate the quick fix.

Chris""")
    m(B, "en", "n2", "", "maintenance notice question", "Scheduled maintenance on Sunday",
"""Hi, regarding the maintenance on Sunday 2-4 AM - will the API be unavailable the whole time or just intermittently? We run a nightly sync at 3.

Thanks, Aisha""")
    # ---------------- de
    m(B, "de", "o1", "O", "keiner kommt rein, Fehler 503", "Fehler 503",
"""Hallo, seit 8 Uhr bekommen wir beim Aufruf nur Fehler 503, keiner von uns kommt ins System. Was ist da los?

Grüße, Tobias""")
    m(B, "de", "n1", "", "own internet Telekom", "Termin verschieben",
"""Hallo, bei uns im Büro ist seit gestern das Internet weg (Telekom-Störung), daher können wir heute nicht an der Schulung teilnehmen. Können wir verschieben?

Gruß Andrea""")
    # ---------------- fr
    m(B, "fr", "o1", "O", "api injoignable, 504", "API injoignable",
"""Bonjour,

depuis 9h40 votre API est injoignable, toutes nos requêtes finissent en 504. Notre site marchand ne peut plus valider de commandes.

Cordialement,
Mathieu Girard""", fmt="qp", charset="iso-8859-1")
    m(B, "fr", "n1", "", "resolved thanks", "Re: Panne",
"""Merci, tout fonctionne de nouveau de notre côté. Vous pouvez clôturer le ticket.

Bonne journée, Céline

> Bonjour, l'incident est résolu depuis 11h.""")
    # ---------------- ro
    m(B, "ro", "o1", "O", "e ceva în neregulă? nimeni nu se poate loga", "Probleme la logare",
"""Bună, e ceva în neregulă la voi? Nimeni din echipă nu se poate loga de la 9, pagina se încarcă la infinit.

Sorin""")
    m(B, "ro", "n1", "", "single user bug", "Eroare export",
"""Bună ziua, când export raportul în Excel primesc o eroare. Restul aplicației merge bine. Mulțumesc, Alina""")
