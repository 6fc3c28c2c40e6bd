"""devset11 outage, batch 6 (sv/it/es focus; written after b5 tuning, measured before tuning on it)."""
B = "b6"

def add_b6(m):
    # ---------------- sv
    m(B, "sv", "o26", "O", "the booking site has crashed, customers getting 'något gick fel'", "Bokningen kraschad",
"""Hej! Bokningssajten har kraschat, kunderna får bara "Något gick fel" när de försöker boka. Vi ser samma sak här. Snälla fixa!

Therese, Yogastudion""")
    m(B, "sv", "o27", "O", "the app won't let anyone in since update tonight, logs out immediately", "Ingen kommer in",
"""Efter er uppdatering i natt släpper appen inte in någon av oss, man loggas ut direkt. Vi är tolv personer som inte kan jobba.

Mvh Jenny""")
    m(B, "sv", "o28", "O", "integration api answering 500 all morning", "500 från API",
"""Hej, ert API har svarat med 500 på varenda anrop hela förmiddagen. Vår orderimport står helt still.

/Axel, utvecklare""")
    m(B, "sv", "o29", "O", "website extremely slow then dies, for all visitors, IT checked our side", "Hemsidan dör",
"""Hej, hemsidan som ni driftar åt oss är extremt långsam och dör till slut helt. Det gäller alla besökare, vår IT har kollat och felet är inte hos oss.

Vänliga hälsningar
Marie Olsson""")
    m(B, "sv", "n16", "", "single bug: VAT field doesn't save, rest works", "Momsfältet",
"""Hej, momsfältet sparas inte när jag ändrar på en produkt, det hoppar tillbaka till 25 %. Resten funkar. /Lars""")
    m(B, "sv", "n17", "", "forwarded planned maintenance info, asks about time", "VB: Planerat underhåll",
"""Hej, vi fick detta. Stämmer det att ni ligger nere mellan 22 och 02 på torsdag? Vi har nattpersonal som behöver systemet.

Mvh Åsa

---------- Vidarebefordrat meddelande ----------
Ämne: Planerat underhåll
Torsdag kl 22–02 genomför vi planerat underhåll. Tjänsten kommer då inte att vara tillgänglig.""")
    m(B, "sv", "n18", "", "our wifi is down at the store, we take cash for now, FYI", "Wifi",
"""Hej, bara så ni vet: vårt wifi i butiken har slutat fungera så vi kör kontant idag och registrerar allt i kassan i efterhand när det är lagat.

/Hanna""")

    # ---------------- it
    m(B, "it", "o21", "O", "nothing opens from this morning, neither management nor app, is there an outage", "Non si apre niente",
"""Buongiorno, da stamattina non si apre più niente, né il gestionale né l'app. C'è un disservizio in corso?

Grazie
Claudia""")
    m(B, "it", "o22", "O", "orders not arriving in the dashboard for an hour, site says 'servizio temporaneamente non disponibile'", "Ordini",
"""Salve, da un'ora non arrivano più ordini nella dashboard e il sito mostra "Servizio temporaneamente non disponibile". Anche i clienti ci scrivono che non riescono a comprare.

Davide""")
    m(B, "it", "o23", "O", "colloquial: the app's dead, doesn't go past the logo", "app morta",
"""ragazzi l'app è morta, non va oltre il logo. né io né i miei colleghi riusciamo ad usarla""")
    m(B, "it", "n15", "", "thanks, after yesterday's stop everything is ok", "Re: blocco",
"""Vi ringrazio, dopo il blocco di ieri è tutto tornato a posto. Buona giornata, Sara""")
    m(B, "it", "n16", "", "SLA: what uptime percentage is guaranteed", "Contratto",
"""Buongiorno, quale percentuale di uptime garantite nel contratto standard e come viene misurata?""")

    # ---------------- es
    m(B, "es", "o21", "O", "Mexico: portal doesn't load since morning, tried on several computers", "Portal",
"""Buenas tardes, el portal no carga desde la mañana, ya lo intentamos en varias computadoras y con otro internet y nada. ¿Está fallando su servidor?

Atte. Guadalupe""")
    m(B, "es", "o22", "O", "Spain: checkout broken for every customer, payments fail", "Pagos",
"""Hola, ningún cliente puede terminar la compra, al darle a pagar sale una página de error. Llevamos así desde las 10.

Un saludo,
Pedro""")
    m(B, "es", "o23", "O", "app stuck on loading screen for whole team, reinstalled", "App",
"""La app se queda en la pantalla de carga y no pasa de ahí, le pasa a todo el equipo. Ya la hemos reinstalado.""")
    m(B, "es", "n15", "", "power cut in our building, will confirm tomorrow", "Confirmación",
"""Hola, ha habido un corte de luz en el edificio y no podemos trabajar hoy, os confirmo el pedido mañana.

Gracias""")
    m(B, "es", "n16", "", "single bug: stock count wrong for one warehouse", "Stock",
"""Buenas, el stock del almacén 2 no cuadra con el inventario real, el resto está bien.""")

    # ---------------- others
    m(B, "da", "o10", "O", "sync stopped, nothing updates, all devices", "Synkronisering",
"""Hej, synkroniseringen er gået i stå, intet opdaterer på nogen af vores enheder siden i morges.

Mvh Lars""")
    m(B, "nl", "o10", "O", "webshop gives error page for all customers", "Foutpagina",
"""Alle klanten krijgen een foutpagina als ze de webshop openen. Ligt het aan jullie?""")
    m(B, "pl", "o10", "O", "booking system doesn't respond, no customer can book", "Rezerwacje",
"""Dzień dobry, system rezerwacji nie odpowiada, żaden klient nie może zarezerwować wizyty. Od godziny.""")
    m(B, "pt", "o12", "O", "BR: api down? all requests return 502", "API",
"""A API de vocês tá fora? Todas as requisições tão voltando 502 desde as 14h.""")
    m(B, "en", "o13", "O", "can't get past the loading screen, nor can anyone in the team", "Loading screen",
"""Can't get past the loading screen this morning, and neither can anyone else on the team. Is there an issue?""")
    m(B, "de", "o11", "O", "sync has stopped for all devices since morning", "Synchronisation",
"""Die Synchronisation läuft seit heute früh auf keinem unserer Geräte mehr. Gibt es eine Störung?""")
    m(B, "en", "n14", "", "forwarded newsletter about uptime improvements", "Fwd: November product update",
"""FYI, nice to see this.

---------- Forwarded message ---------
Subject: November product update
We've moved to a new data centre and our uptime this quarter was 99.99%. No outages were recorded in November.""")
    m(B, "fr", "n10", "", "single bug: filter doesn't keep selection", "Filtre",
"""Bonjour, le filtre par client ne garde pas la sélection quand je change de page. Le reste fonctionne.""")
