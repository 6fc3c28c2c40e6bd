"""devset16 outage, batch 8 (measured before tuning on it): precision 2, this round's new classes in
harmless use: nobody-can-find-it-in-the-portal (how-to), session timeout settings ("logs us out after
15 minutes"), onboarding ("neither of us can log in yet, no invitation"), SEO ("our webshop is gone
from Google after your update"), an empty warehouse, own printer / fiscal printer, a shop closed
physically; plus fresh positives, one with the customer's own couriers as users of the app."""
B = "b8"

def add_b8(m):
    # ---------------- it
    m(B, "it", "n1", "", "how-to: nobody finds the October invoice in the portal", "Fattura ottobre",
"""Buongiorno, nessuno dello studio riesce più a trovare la fattura di ottobre nel portale, è stata spostata? Grazie""")
    m(B, "it", "n2", "", "session timeout setting question", "Timeout sessione",
"""Il gestionale ci butta fuori dopo 10 minuti di inattività, è possibile allungare il tempo della sessione per tutti gli utenti?""")
    m(B, "it", "n3", "", "physical shop: customers can't get in because of roadworks", "Chiusura negozio",
"""Questa settimana i clienti non riescono ad entrare nel negozio per i lavori in strada, quindi vorrei sospendere le promozioni via SMS. Come si fa?""")
    m(B, "it", "o1", "O", "positive: no agent can connect to the cloud switchboard", "Centralino",
"""Nessuno dei nostri agenti riesce a collegarsi al centralino cloud da stamattina, le chiamate dei clienti cadono tutte.""")
    # ---------------- es
    m(B, "es", "n1", "", "UI change: export button missing for everyone (how-to)", "Botón exportar",
"""Nos pasa a todos con el nuevo diseño: el botón de exportar ya no aparece en la barra. ¿Dónde lo habéis puesto?""")
    m(B, "es", "n2", "", "feature: no customer can pay with Bizum yet", "Bizum",
"""Ahora mismo ningún cliente puede pagar con Bizum porque aún no está integrado. ¿Tenéis fecha para añadirlo?""")
    m(B, "es", "n3", "", "own ticket printer losing connection", "Impresora de tickets",
"""Desde primera hora estamos perdiendo la conexión con la impresora de tickets del mostrador. ¿Es un problema del driver?""")
    m(B, "es", "o1", "O", "positive: POS doesn't connect in any shop", "TPV",
"""El TPV no conecta con vuestro servidor en ninguna de las tiendas desde las 10. Estamos cobrando a mano.""")
    # ---------------- da
    m(B, "da", "n1", "", "SEO: webshop gone from Google after your update", "Google",
"""Vores webshop er væk fra Google efter jeres opdatering af SEO-indstillingerne. Hvad skal vi gøre for at komme tilbage i søgeresultaterne?""")
    m(B, "da", "n2", "", "session timeout setting", "Automatisk logud",
"""Systemet smider os ud efter 15 minutters inaktivitet. Kan I forlænge det til en time for alle brugere?""")
    m(B, "da", "n3", "", "how-to: none of us find the export button", "Eksport",
"""Ingen af os kan finde knappen til eksport i den nye version af appen. Er den flyttet?""")
    m(B, "da", "o1", "O", "positive: whole clinic without system", "Ingen system",
"""Hele klinikken er uden system, intet virker, hverken kalender eller journal. Ring til os!""")
    # ---------------- ro
    m(B, "ro", "n1", "", "own fiscal printer", "Imprimantă fiscală",
"""De dimineață am o problemă cu imprimanta fiscală, nu se conectează la calculator. Știți ce driver trebuie?""")
    m(B, "ro", "n2", "", "shop closed physically: no orders", "Comenzi",
"""Magazinul fizic a fost închis ieri pentru inventar, de aceea nu a fost nicio comandă. Raportul zilnic arată corect?""")
    m(B, "ro", "o1", "O", "positive: delivery app won't start for any of our couriers", "Aplicația de livrări",
"""Aplicația de livrări nu mai pornește la niciun curier de-al nostru de la 7 dimineața. Nu putem livra nimic.""")
    # ---------------- others
    m(B, "en", "n1", "", "onboarding: new starters not activated", "New starters",
"""None of our new starters can log in to the portal yet because their accounts haven't been activated. Could you activate them?""")
    m(B, "en", "n2", "", "session timeout setting", "Session length",
"""The portal logs us out every 15 minutes of inactivity. Can an admin change that timeout?""")
    m(B, "en", "o1", "O", "positive: API 401 on every call", "API 401 on every call",
"""Since 7am your API is returning 401 for every single call, our tokens are valid and nothing changed on our side.""")
    m(B, "de", "n1", "", "calendar not opening on my iPad only", "Kalender iPad",
"""Der Kalender lässt sich auf meinem iPad nicht öffnen, am PC geht es. Gibt es ein Update?""")
    m(B, "de", "o1", "O", "positive: till works for no employee", "Kasse",
"""Die Kasse geht bei keinem Mitarbeiter mehr, immer "Server nicht erreichbar".""")
    m(B, "fr", "n1", "", "nobody uses old app any more", "Ancienne application",
"""Plus personne n'utilise l'ancienne application chez nous, pouvez-vous la désactiver pour tous les comptes ?""")
    m(B, "nl", "n1", "", "onboarding: nobody can log in yet", "Nieuwe collega's",
"""Niemand van de nieuwe collega's kan al inloggen op het portaal, ze hebben nog geen uitnodiging gekregen.""")
    m(B, "pl", "n1", "", "empty warehouse after move", "Moduł magazynowy",
"""Nasz magazyn stoi pusty od przeprowadzki. Czy możemy zawiesić moduł magazynowy do marca?""")
    m(B, "pt", "n1", "", "whole team on holiday", "Férias",
"""A equipa toda está de férias na próxima semana. Podem pausar a faturação automática?""")
    m(B, "pt", "o1", "O", "positive: portal doesn't open for anyone", "Portal",
"""O portal não abre para ninguém aqui desde as 9h. Está tudo bem do vosso lado?""")
    m(B, "sv", "n1", "", "onboarding: neither of us can log in yet", "Inbjudan",
"""Varken jag eller min kollega kan logga in på den nya mobilappen än, vi har inte fått någon inbjudan. Kan ni skicka den igen?""")
    m(B, "sv", "o1", "O", "positive: nothing works, whole chain", "Inget fungerar",
"""Inget fungerar hos oss, hela kedjan står still sedan i morse. Kassorna får inget svar.""")
