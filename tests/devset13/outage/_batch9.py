"""devset13 outage, batch 9 (measured before tuning on it): a generalisation check in the six weak
languages: the situations of b1-b8 in new wording (other tenses, persons and word order), plus new
hard negatives (it was down for me because of VPN; 'la caída de la tarde' sales; 'sistema cae en
fin de semana' question; how to shut down the till at night)."""
B = "b9"

def add_b9(m):
    # ---------------- es
    m(B, "es", "o1", "O", "es-MX, stopped working, nobody in branch", "dejaron de jalar las cajas",
"""Buenas, las cajas dejaron de funcionar en toda la sucursal hace rato, ningún cajero puede cobrar. ¿Qué onda con su servidor?

Memo""")
    m(B, "es", "o2", "O", "reply on unrelated thread; tienda online caída", "Re: Alta de usuario nuevo",
"""Aparte de lo del usuario: la tienda online está caída, los clientes ven una página de error al entrar. ¿Lo estáis mirando?

Nerea

> Hola Nerea, ya está dado de alta el usuario.""")
    m(B, "es", "o3", "O", "sin servicio desde", "Sin servicio",
"""Llevamos sin servicio desde primera hora, ni web ni app. Toda la empresa parada.

Fede""")
    m(B, "es", "n1", "", "VPN: it was my VPN", "Ya está",
"""Hola, era cosa de mi VPN, al desconectarla entra sin problema. Perdón por la molestia.

Irene""")
    m(B, "es", "n2", "", "how to shut down the till at night", "Apagar la caja",
"""Hola, ¿cómo apago correctamente la caja por la noche? ¿Hay que cerrar sesión antes?

Maite""")
    # ---------------- it
    m(B, "it", "o1", "O", "stopped working, all cashiers", "Casse ferme",
"""Buongiorno, le casse hanno smesso di funzionare in tutto il punto vendita, nessun cassiere riesce a battere uno scontrino. Avete problemi al server?

Enzo""")
    m(B, "it", "o2", "O", "reply on unrelated thread; online shop down", "R: Nuovo utente",
"""A parte l'utente: il negozio online è giù, i clienti vedono una pagina di errore appena entrano. Ci state guardando?

Noemi

> Buongiorno, l'utente è stato creato.""")
    m(B, "it", "n1", "", "VPN was the problem", "Risolto",
"""Era colpa della mia VPN, staccandola entro senza problemi. Scusate il disturbo.

Irene""")
    m(B, "it", "n2", "", "hypothetical weekend", "Domanda",
"""Se il sistema si blocca di sabato, c'è qualcuno reperibile o dobbiamo aspettare lunedì?

Paola""")
    # ---------------- sv
    m(B, "sv", "o1", "O", "stopped working, all cashiers", "Kassorna har slutat fungera",
"""Hej, kassorna har slutat fungera i hela butiken, ingen kassör kan ta betalt. Har ni problem med servern?

Ronja""")
    m(B, "sv", "o2", "O", "reply on unrelated thread; webshop down", "SV: Ny användare",
"""Utöver användaren: webbshoppen ligger nere, kunderna får en felsida direkt. Tittar ni på det?

Nora

> Hej, användaren är skapad.""")
    m(B, "sv", "n1", "", "VPN", "Löst",
"""Det var min VPN, när jag kopplade ner den kom jag in direkt. Förlåt besväret.

Irma""")
    m(B, "sv", "n2", "", "how to shut down the till", "Stänga kassan",
"""Hej, hur stänger jag ner kassan på kvällen på rätt sätt? Ska man logga ut först?

Hugo""")
    # ---------------- da
    m(B, "da", "o1", "O", "stopped working, all cashiers", "Kasserne er holdt op med at virke",
"""Hej, kasserne er holdt op med at virke i hele butikken, ingen ekspedient kan tage imod betaling. Har I problemer med serveren?

Mads""")
    m(B, "da", "o2", "O", "reply on unrelated thread", "SV: Ny bruger",
"""Udover brugeren: webshoppen er nede, kunderne får en fejlside med det samme. Kigger I på det?

Nanna

> Hej, brugeren er oprettet.""")
    m(B, "da", "n1", "", "VPN", "Løst",
"""Det var min VPN, da jeg slog den fra kom jeg ind med det samme. Undskyld ulejligheden.

Ida""")
    m(B, "da", "n2", "", "how to shut down till", "Lukke kassen ned",
"""Hej, hvordan lukker jeg kassen korrekt ned om aftenen? Skal man logge ud først?

Hans""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "stopped working, all cashiers", "Kasy przestały działać",
"""Dzień dobry, kasy przestały działać w całym sklepie, żaden kasjer nie może przyjąć płatności. Macie problem z serwerem?

Ryszard""")
    m(B, "pl", "o2", "O", "reply on unrelated thread", "Odp: Nowy użytkownik",
"""Poza użytkownikiem: sklep internetowy leży, klienci od razu widzą stronę błędu. Sprawdzacie to?

Nina

> Dzień dobry, użytkownik został dodany.""")
    m(B, "pl", "n1", "", "VPN", "Rozwiązane",
"""To była wina mojego VPN, po wyłączeniu wchodzę bez problemu. Przepraszam za kłopot.

Irena""")
    m(B, "pl", "n2", "", "how to shut down till", "Zamykanie kasy",
"""Dzień dobry, jak prawidłowo wyłączyć kasę wieczorem? Trzeba się najpierw wylogować?

Józef""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "pt-BR stopped working, all cashiers", "Caixas pararam",
"""Oi, os caixas pararam de funcionar na loja toda, nenhum operador consegue passar venda. Vocês tão com problema no servidor?

Wesley""")
    m(B, "pt", "o2", "O", "pt-PT reply on unrelated thread", "Re: Novo utilizador",
"""Além do utilizador: a loja online está em baixo, os clientes veem logo uma página de erro. Estão a ver isso?

Sónia

> Olá, o utilizador foi criado.""")
    m(B, "pt", "n1", "", "VPN", "Resolvido",
"""Era a minha VPN, desligando entro sem problema. Desculpem o incômodo.

Iara""")
    m(B, "pt", "n2", "", "how to shut down till", "Fechar o caixa",
"""Olá, como desligo o caixa corretamente à noite? Preciso sair do sistema antes?

Jurandir""")
