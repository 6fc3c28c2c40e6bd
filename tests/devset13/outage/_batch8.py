"""devset13 outage, batch 8 (measured before tuning on it): verb and tense variety of the core report
('dejó de funcionar', 'ha smesso di funzionare', 'slutade fungera', 'holdt op med at virke',
'przestał działać', 'parou de funcionar'), 'we are all stuck', 'we have been without the system since';
negatives: a colleague's PC stopped working, stopped working on my old browser only, feature removed,
'we stopped using the app', 'paramos de usar'."""
B = "b8"

def add_b8(m):
    # ---------------- es
    m(B, "es", "o1", "O", "dejó de funcionar for all", "Dejó de funcionar",
"""Hola, la plataforma dejó de funcionar hace como 20 minutos para todos nosotros. Estamos todos atascados sin poder hacer nada.

Verónica""")
    m(B, "es", "o2", "O", "sin sistema desde", "Sin sistema desde las 9",
"""Estamos sin sistema desde las 9 en las tres tiendas. Nos urge saber cuándo vuelve.

Encargado - Zapaterías Luna""")
    m(B, "es", "n1", "", "colleague's PC stopped working", "Ordenador de un compañero",
"""Hola, el ordenador de un compañero dejó de funcionar y le hemos dado uno nuevo. ¿Cómo instalo el programa ahí?

Alfonso""")
    m(B, "es", "n2", "", "we stopped using the app", "Ya no usamos la app",
"""Hola, hemos dejado de usar la app móvil, solo usamos la web. ¿Podemos quitar esas licencias?

Graciela""")
    # ---------------- it
    m(B, "it", "o1", "O", "ha smesso di funzionare per tutti", "Ha smesso di funzionare",
"""Salve, la piattaforma ha smesso di funzionare una ventina di minuti fa per tutti noi. Siamo tutti bloccati senza poter fare nulla.

Serena""")
    m(B, "it", "o2", "O", "siamo senza sistema da", "Senza sistema dalle 9",
"""Siamo senza sistema dalle 9 in tutti e tre i negozi. Quando torna?

Responsabile - Calzature Sole""")
    m(B, "it", "n1", "", "stopped working only on old browser", "Non va su Internet Explorer",
"""Buongiorno, da quando avete aggiornato il sito non funziona più sul mio vecchio Internet Explorer. Con Chrome va benissimo. Lo supporterete ancora?

Aldo""")
    m(B, "it", "n2", "", "feature removed", "Funzione sparita",
"""Ciao, la funzione di stampa etichette è sparita dal menu. L'avete tolta?

Rosanna""")
    # ---------------- sv
    m(B, "sv", "o1", "O", "slutade fungera for alla", "Slutade fungera",
"""Hej, plattformen slutade fungera för ungefär 20 minuter sedan för oss alla. Vi sitter alla fast och kan inte göra någonting.

Moa""")
    m(B, "sv", "o2", "O", "utan system sedan", "Utan system sedan 9",
"""Vi har varit utan system sedan kl 9 i alla tre butikerna. När är det igång igen?

Butikschef, Skohuset""")
    m(B, "sv", "n1", "", "colleague's PC", "Kollegans dator",
"""Hej, en kollegas dator slutade fungera och hon har fått en ny. Hur installerar vi programmet?

Sixten""")
    m(B, "sv", "n2", "", "we stopped using", "Slutat använda appen",
"""Hej, vi har slutat använda mobilappen och kör bara webben nu. Kan vi ta bort de licenserna?

Alva""")
    # ---------------- da
    m(B, "da", "o1", "O", "holdt op med at virke for alle", "Holdt op med at virke",
"""Hej, platformen holdt op med at virke for ca. 20 minutter siden for os alle. Vi sidder alle fast og kan ikke lave noget.

Sanne""")
    m(B, "da", "o2", "O", "uden system siden", "Uden system siden kl. 9",
"""Vi har været uden system siden kl. 9 i alle tre butikker. Hvornår kører det igen?

Butikschef, Skoringen""")
    m(B, "da", "n1", "", "colleague's PC", "Kollegas computer",
"""Hej, en kollegas computer holdt op med at virke, og han har fået en ny. Hvordan installerer vi programmet?

Erik""")
    m(B, "da", "n2", "", "stopped using the app", "Vi bruger ikke appen mere",
"""Hej, vi er holdt op med at bruge appen og bruger kun webversionen. Kan vi opsige de licenser?

Tina""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "przestała działać dla wszystkich", "Przestało działać",
"""Dzień dobry, platforma przestała działać jakieś 20 minut temu dla nas wszystkich. Wszyscy stoimy i nie możemy nic zrobić.

Renata""")
    m(B, "pl", "o2", "O", "bez systemu od", "Bez systemu od 9",
"""Jesteśmy bez systemu od 9 we wszystkich trzech sklepach. Kiedy wróci?

Kierownik, Obuwie Słońce""")
    m(B, "pl", "n1", "", "colleague's PC", "Komputer kolegi",
"""Dzień dobry, komputer kolegi przestał działać i dostał nowy. Jak zainstalować na nim program?

Mirosław""")
    m(B, "pl", "n2", "", "stopped using", "Nie używamy już aplikacji",
"""Dzień dobry, przestaliśmy używać aplikacji mobilnej. Czy możemy zrezygnować z tych licencji?

Danuta""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "parou de funcionar para todos", "Parou de funcionar",
"""Olá, a plataforma parou de funcionar há uns 20 minutos para todos nós. Estamos todos parados sem conseguir fazer nada.

Márcia""")
    m(B, "pt", "o2", "O", "sem sistema desde", "Sem sistema desde as 9h",
"""Estamos sem sistema desde as 9h nas três lojas. Quando volta?

Gerente, Sapataria Sol""")
    m(B, "pt", "n1", "", "colleague's PC", "Computador de colega",
"""Oi, o computador de um colega parou de funcionar e ele recebeu um novo. Como instalo o programa?

Otávio""")
    m(B, "pt", "n2", "", "paramos de usar", "Paramos de usar o app",
"""Olá, paramos de usar o app no celular, só usamos a versão web. Dá para cancelar essas licenças?

Sueli""")
    # ---------------- others
    m(B, "en", "o1", "O", "without system since", "Without the system since 9",
"""We've been without the system since 9 in all three stores. When is it back?

Store manager""")
    m(B, "de", "o1", "O", "seit 9 ohne System", "Seit 9 Uhr ohne System",
"""Wir sind seit 9 Uhr in allen drei Filialen ohne System. Wann läuft es wieder?

Filialleitung""")
    m(B, "nl", "n1", "", "colleague's PC", "Laptop collega",
"""Hoi, de laptop van een collega is gestopt met werken, hij heeft een nieuwe. Hoe installeer ik het programma?

Bram""")
