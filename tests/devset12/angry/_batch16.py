"""devset12 angry, batch 16 (measured before any tuning on it): mild swearing at the situation in every
language; negatives: the same swear words used in praise or relief ("damn fast", "verdammt gut")."""
B = "b16"

def add_b16(m):
    m(B, "en", "a1", "A", "damn + hell", "the damn export",
"""The damn export has failed again. What the hell am I supposed to tell my accountant now, that your software ate the numbers?

Rick""")
    m(B, "en", "a2", "A", "crap service", "crap",
"""Honestly the service this month has been crap. Dropped calls, no internet for two evenings, and nobody can tell me why. Sort it out.

Wayne""")
    m(B, "en", "n1", "", "damn in praise", "wow",
"""Damn, that was fast! Ticket opened at 9, fixed by 9:20. Hell of a job, thank you.

Marcy""")
    m(B, "de", "a1", "A", "verdammt + Mist", "Mist, schon wieder",
"""Verdammt nochmal, der Export ist schon wieder abgestürzt. So ein Mist, ich sitze seit sieben Uhr an dieser Abrechnung.

Horst""")
    m(B, "de", "n1", "", "verdammt gut praise", "Lob",
"""Verdammt gut gemacht! Das neue Dashboard ist der Hammer. Danke!

Svenja""")
    m(B, "fr", "a1", "A", "putain + merde", "Encore planté",
"""Putain, l'export a encore planté. Trois heures de boulot perdues, c'est la merde totale.

Kevin""")
    m(B, "fr", "n1", "", "putain praise", "Génial",
"""Putain c'est génial, la nouvelle version est hyper rapide. Merci !

Yann""")
    m(B, "es", "a1", "A", "joder + mierda", "Otra vez",
"""Joder, otra vez se ha caído el sistema justo en el cierre de mes. Qué mierda de semana me estáis dando.

Chema""")
    m(B, "es", "n1", "", "joder praise", "Gracias",
"""Joder, qué rápido lo habéis arreglado. ¡Mil gracias!

Nacho""")
    m(B, "it", "a1", "A", "cavolo/cazzo situation", "Di nuovo",
"""Ma porca miseria, l'export si è bloccato di nuovo. Tre ore di lavoro buttate, che cavolo.

Beppe""")
    m(B, "it", "n1", "", "praise with cavolo", "Grazie",
"""Cavolo, che velocità! Risolto in dieci minuti. Grazie mille.

Lia""")
    m(B, "pt", "a1", "A", "porra/merda", "De novo",
"""Porra, o sistema caiu de novo bem no fechamento do mês. Que merda, viu.

Caio""")
    m(B, "pt", "n1", "", "caramba praise", "Obrigado",
"""Caramba, que rapidez! Resolvido em dez minutos. Obrigado!

Bia""")
    m(B, "nl", "a1", "A", "verdomme + kut", "Weer vastgelopen",
"""Verdomme, de export is weer vastgelopen. Drie uur werk voor niks, wat een kutsysteem.

Gijs""")
    m(B, "nl", "n1", "", "verdorie praise", "Top",
"""Verdorie, dat ging snel! Binnen tien minuten opgelost. Top!

Lotte""")
    m(B, "pl", "a1", "A", "cholera + kurde", "Znowu",
"""Cholera jasna, eksport znowu się wysypał. Trzy godziny roboty w plecy, kurde.

Darek""")
    m(B, "pl", "n1", "", "kurczę praise", "Dzięki",
"""Kurczę, ale szybko! Naprawione w dziesięć minut. Dzięki!

Ola""")
    m(B, "ro", "a1", "A", "naiba + dracu", "Iar",
"""Ce naiba, exportul s-a blocat iar. Trei ore de muncă pierdute, la dracu.

Sebi""")
    m(B, "ro", "n1", "", "praise", "Mersi",
"""Doamne, ce repede! Rezolvat în zece minute. Mersi mult!

Ilinca""")
    m(B, "da", "a1", "A", "pis + for helvede", "Igen",
"""For helvede, eksporten er gået ned igen. Tre timers arbejde spildt, sikke noget pis.

Kim""")
    m(B, "da", "n1", "", "sgu praise", "Tak",
"""Det var sgu hurtigt! Løst på ti minutter. Tak!

Sune""")
    m(B, "sv", "a1", "A", "jävla + skit", "Igen",
"""Jävla skit, exporten har kraschat igen. Tre timmars jobb bortkastat.

Robin""")
    m(B, "sv", "n1", "", "jäkligt bra praise", "Tack",
"""Jäkligt snabbt jobbat! Fixat på tio minuter. Tack!

Ellen""")
