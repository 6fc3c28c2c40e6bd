"""devset13 outage, batch 12 (measured before tuning on it): second generalisation check in the six weak
languages: new verbs and images ('allt har rasat', 'gået i sort', 'wszystko padło', 'è saltato tutto',
'se fue todo al carajo', 'caiu tudo'), error codes in the subject only; negatives: 'the power went out
at our place', planned migration tonight, price 'caiu', sales meeting."""
B = "b12"

def add_b12(m):
    m(B, "es", "o1", "O", "es-MX vulgar-ish: se fue todo", "se fue todo alv",
"""Se fue todo, no carga ni el login, a todos los de la oficina nos sale la pantalla de error desde las 9:40.

Beto""")
    m(B, "es", "o2", "O", "code in subject, short body", "Error 503 en toda la empresa",
"""Desde hace media hora. ¿Cuándo estará resuelto?

Sistemas - Grupo Alba""")
    m(B, "es", "n1", "", "power went out at our place", "Se fue la luz",
"""Hola, ayer se fue la luz en la nave y perdimos lo que no habíamos guardado. ¿Hay autoguardado en el programa?

Toño""")
    m(B, "it", "o1", "O", "è saltato tutto", "è saltato tutto",
"""Buongiorno, da voi è saltato tutto? Nessuno qui riesce più ad aprire il gestionale, esce solo una pagina di errore.

Ufficio acquisti""")
    m(B, "it", "o2", "O", "code in subject, short body", "Errore 503 per tutta l'azienda",
"""Da mezz'ora. Quando sarà risolto?

IT - Gruppo Neri""")
    m(B, "it", "n1", "", "planned migration tonight", "Migrazione stanotte",
"""Buonasera, ho letto della migrazione di stanotte. Domattina dovremo rifare il login o resterà tutto uguale?

Ilaria""")
    m(B, "sv", "o1", "O", "allt har rasat", "Allt har rasat",
"""Hej, allt verkar ha rasat hos er, ingen här får upp inloggningen, bara en felsida sedan 09:40.

Frida""")
    m(B, "sv", "o2", "O", "code in subject, short body", "Fel 503 för hela företaget",
"""Sedan en halvtimme. När är det löst?

IT, Bergström AB""")
    m(B, "sv", "n1", "", "power went out at our place", "Strömmen gick",
"""Hej, strömmen gick hos oss i går och vi tappade det osparade. Finns det autospara?

Ture""")
    m(B, "da", "o1", "O", "gået i sort", "Alt er gået i sort",
"""Hej, hos os er alt gået i sort, ingen kan åbne systemet, vi får bare en fejlside siden 9.40.

Lene""")
    m(B, "da", "o2", "O", "code in subject", "Fejl 503 i hele firmaet",
"""Siden en halv time. Hvornår er det løst?

IT, Bergholt A/S""")
    m(B, "da", "n1", "", "planned migration", "Migrering i nat",
"""Hej, skal vi logge ind igen efter jeres migrering i nat, eller sker der ikke noget for os?

Mvh Vagn""")
    m(B, "pl", "o1", "O", "wszystko padło", "wszystko padło",
"""Dzień dobry, u was wszystko padło? Nikt u nas nie może otworzyć systemu, wyskakuje tylko strona błędu od 9:40.

Lidia""")
    m(B, "pl", "o2", "O", "code in subject", "Błąd 503 w całej firmie",
"""Od pół godziny. Kiedy będzie naprawione?

IT, Grupa Lech""")
    m(B, "pl", "n1", "", "power out at our place", "Brak zasilania",
"""Dzień dobry, wczoraj wyłączyli nam prąd i straciliśmy niezapisane dane. Czy jest autozapis?

Edward""")
    m(B, "pt", "o1", "O", "pt-BR caiu tudo", "caiu tudo aí?",
"""Caiu tudo aí? Ninguém aqui consegue abrir o sistema, só aparece página de erro desde 9h40.

Déborah""")
    m(B, "pt", "o2", "O", "code in subject", "Erro 503 em toda a empresa",
"""Há meia hora. Quando fica resolvido?

TI - Grupo Prado""")
    m(B, "pt", "n1", "", "price caiu", "Preço caiu?",
"""Oi, vi que o preço do plano anual caiu. Vale para quem já é cliente?

Gilberto""")
