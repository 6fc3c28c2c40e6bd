"""devset16 outage, batch 7 (measured before tuning on it): generalisation 3, all 11 languages,
it/es/da/ro still weighted; reports by managers for many sites, questions 'are you having
problems?', error text pasted, mobile app and web both failing, 'since your update nobody can...',
replies on the vendor's incident mail; negatives: planned-downtime reply, 'it works again',
one user's 2FA, a competitor's outage, a reseller's customer mail about slowness on one PC."""
B = "b7"

def add_b7(m):
    # ---------------- it
    m(B, "it", "o1", "O", "are you having problems? pasted error text", "Avete problemi?",
"""Buongiorno, avete problemi in questo momento? A tutti noi compare "Impossibile contattare il server (codice 0)" appena proviamo ad accedere.""")
    m(B, "it", "o2", "O", "since your update nobody can sign documents", "Firma documenti",
"""Dopo il vostro aggiornamento di stanotte nessuno dello studio riesce più a firmare i documenti: il modulo firma resta in caricamento all'infinito.""")
    m(B, "it", "o3", "O", "area manager, many shops", "Negozi Nord-Est",
"""Sono l'area manager del Nord-Est: in tutti i punti vendita di Veneto e Friuli l'app per gli ordini non si connette da stamane. Mi date un aggiornamento entro un'ora?""")
    m(B, "it", "n1", "", "2FA code for one user", "Codice 2FA",
"""Non mi arriva più il codice di verifica via SMS, ho cambiato numero. I colleghi accedono normalmente. Come lo aggiorno?""")
    m(B, "it", "n2", "", "reply to planned-downtime notice", "Re: Manutenzione programmata 30/11",
"""Ricevuto, grazie dell'avviso. Per noi va bene che il servizio sia sospeso dalle 2 alle 4.

> Vi informiamo che domenica 30/11 il servizio non sarà disponibile dalle 2:00 alle 4:00 per manutenzione.""")
    # ---------------- es
    m(B, "es", "o1", "O", "are you having problems? error text", "¿Tenéis problemas?",
"""¿Tenéis algún problema ahora mismo? A todos nos sale "No se ha podido conectar con el servidor" en cuanto intentamos entrar.""")
    m(B, "es", "o2", "O", "since your update, mobile and web both fail", "Tras la actualización",
"""Tras vuestra actualización de esta noche no funciona ni la app móvil ni la web. Tenemos a todo el equipo de campo parado.""")
    m(B, "es", "o3", "O", "regional manager: all branches in Andalucía", "Sucursales Andalucía",
"""Soy el responsable regional de Andalucía. En las doce sucursales la caja no conecta con vuestro sistema desde la apertura. Necesito una respuesta ya.""")
    m(B, "es", "n1", "", "competitor's outage mention", "Migración",
"""Venimos de otro proveedor que estuvo caído tres días el mes pasado, por eso nos cambiamos. ¿Nos ayudáis a importar los datos?""")
    m(B, "es", "n2", "", "works again", "RE: Sin acceso",
"""Confirmo que ya podemos entrar todos. Gracias y buen fin de semana.""")
    # ---------------- da
    m(B, "da", "o1", "O", "are you having problems? error text", "Har I problemer?",
"""Har I problemer lige nu? Vi får alle sammen "Kunne ikke oprette forbindelse til serveren", når vi prøver at logge ind.""")
    m(B, "da", "o2", "O", "since your update: app and web both fail for all", "Efter opdateringen",
"""Efter jeres opdatering i nat virker hverken appen eller webversionen. Alle vores håndværkere står uden arbejdssedler.""")
    m(B, "da", "o3", "O", "regional manager, all stores", "Butikkerne i Jylland",
"""Jeg er regionschef for Jylland. I samtlige butikker kan kasserne ikke komme i kontakt med jeres system, og det har stået på siden kl. 9.""")
    m(B, "da", "n1", "", "2FA single user", "Totrinsbekræftelse",
"""Jeg har fået ny telefon og kan ikke få koden til totrinsbekræftelse. Mine kolleger logger ind uden problemer.""")
    m(B, "da", "n2", "", "reply to planned-downtime notice", "SV: Planlagt vedligeholdelse",
"""Tak for beskeden, det passer fint at systemet er lukket søndag morgen.""")
    # ---------------- ro
    m(B, "ro", "o1", "O", "are you having problems? error text", "Aveți probleme?",
"""Aveți probleme acum? Tuturor ne apare „Nu s-a putut realiza conexiunea cu serverul” când încercăm să intrăm.""")
    m(B, "ro", "o2", "O", "since your update, nobody can issue invoices", "După actualizare",
"""După actualizarea de azi-noapte nu mai putem emite facturi deloc, nici eu, nici colegii. Modulul de facturare se blochează la salvare.""")
    m(B, "ro", "o3", "O", "regional manager, all pharmacies", "Farmacii",
"""Sunt managerul regional pentru Moldova. În toate cele 14 farmacii programul nu se conectează la serverul vostru de la 8 dimineața. Vă rog să mă sunați.""")
    m(B, "ro", "n1", "", "competitor's outage", "Migrare",
"""Am venit de la alt furnizor pentru că platforma lor cădea săptămânal. Ne puteți ajuta cu importul clienților?""")
    m(B, "ro", "n2", "", "one PC slow at a reseller's customer", "Lent pe un calculator",
"""Un singur calculator din recepție merge foarte încet cu aplicația voastră, celelalte merg normal. Ce setări să verificăm?""")
    # ---------------- others
    m(B, "en", "o1", "O", "reply to vendor incident mail: still down for us", "Re: [Incident] Degraded performance",
"""You say it's resolved but it's still down for us. None of our 40 users can load the dashboard.

> Update: the issue has been resolved and all systems are operational.""")
    m(B, "en", "n1", "", "competitor's outage", "Switching over",
"""We're moving over from your competitor after their week-long outage. Could you help us import our contacts?""")
    m(B, "de", "o1", "O", "are you having problems? error text", "Habt ihr Probleme?",
"""Habt ihr gerade Probleme? Bei uns allen kommt "Verbindung zum Server fehlgeschlagen", sobald wir uns anmelden wollen.""")
    m(B, "de", "n1", "", "works again", "AW: Störung",
"""Bei uns läuft wieder alles, danke für die schnelle Hilfe.""")
    m(B, "fr", "o1", "O", "since your update nothing works for the whole team", "Depuis la mise à jour",
"""Depuis votre mise à jour de cette nuit, plus rien ne fonctionne chez nous : ni l'appli ni le site, pour toute l'équipe.""")
    m(B, "fr", "n1", "", "2FA single user", "Code de vérification",
"""Je ne reçois plus le code de vérification depuis que j'ai changé de téléphone. Mes collègues se connectent sans souci.""")
    m(B, "nl", "o1", "O", "are you having problems? error text", "Storing?",
"""Hebben jullie een storing? Bij ons krijgt iedereen "Kan geen verbinding maken met de server" bij het inloggen.""")
    m(B, "pl", "o1", "O", "since your update, nobody can issue invoices", "Po aktualizacji",
"""Po waszej nocnej aktualizacji nikt u nas nie może wystawić faktury, moduł się zawiesza.""")
    m(B, "pl", "n1", "", "works again", "Re: awaria",
"""Już działa, dziękujemy za szybką reakcję.""")
    m(B, "pt", "o1", "O", "BR: are you having problems? all getting error", "Vocês estão com problema?",
"""Oi, vocês estão com algum problema? Tá todo mundo aqui recebendo "falha ao conectar ao servidor".""")
    m(B, "pt", "n1", "", "competitor outage", "Migração",
"""Viemos de outro fornecedor que ficou fora do ar uma semana inteira. Podem ajudar-nos a migrar os dados?""")
    m(B, "sv", "o1", "O", "since your update nothing works for the whole office", "Efter uppdateringen",
"""Efter er uppdatering i natt fungerar varken appen eller webben för någon här på kontoret.""")
    m(B, "sv", "n1", "", "reply to planned downtime notice", "SV: Planerat underhåll",
"""Tack för infon, det går bra att tjänsten är stängd på söndag morgon.""")
