"""devset13 outage, batch 4 (measured before tuning on it): browser error strings (ERR_CONNECTION_TIMED_OUT),
"does it work for you?", "everything stands still", customers can't pay in our shop, long admin mails,
HTML; negatives: account locked / blocked (single user), 'nede i Aarhus' (location), single 5xx on one
export, planned downtime questions, sales 'caída/spadek', cancelled training."""
B = "b4"

def add_b4(m):
    # ---------------- es
    m(B, "es", "o1", "O", "Spain colloquial: no tira la web, todo parado", "no tira nada",
"""Hola, la web no tira desde las 10, está todo parado en la oficina. ¿Os pasa algo?

Quique""")
    m(B, "es", "o2", "O", "customers can't pay in our shop", "Los clientes no pueden pagar",
"""Buenas tardes,

Desde hace dos horas ninguno de nuestros clientes puede completar el pago en la tienda online: el paso de pago se queda colgado y luego sale "Error inesperado". Estamos perdiendo todas las ventas del día.

Atentamente,
Laura Méndez
Tienda Sol y Mar""", fmt="html")
    m(B, "es", "o3", "O", "browser error string, whole team", "ERR_CONNECTION_TIMED_OUT",
"""Buenas, al entrar al panel sale ERR_CONNECTION_TIMED_OUT en todos los navegadores y a todo el equipo. Desde otra red igual. ¿Está caído el servidor?

Toni""")
    m(B, "es", "n1", "", "account blocked, single user", "Mi cuenta está bloqueada",
"""Hola, puse mal la contraseña varias veces y ahora mi cuenta está bloqueada. ¿Me la podéis desbloquear?

Nuria""")
    m(B, "es", "n2", "", "single 500 on one export", "Error 500 al exportar",
"""Hola, al exportar el informe anual me sale un error 500. El resto de informes se exportan bien. ¿Podéis revisarlo?

Sergio""")
    m(B, "es", "n3", "", "sales drop: caída de las ventas", "Informe de ventas",
"""Hola, en el informe veo una caída de las ventas en octubre. ¿Cómo puedo filtrar por tienda para ver dónde fue?

Elena""")
    # ---------------- it
    m(B, "it", "o1", "O", "siete down? non va niente", "siete down?",
"""raga siete down? non va niente, né il sito né l'app, a tutto lo staff""")
    m(B, "it", "o2", "O", "customers can't pay in our shop", "I clienti non riescono a pagare",
"""Buongiorno,

da circa un'ora nessun cliente riesce a completare il pagamento sul nostro negozio online: la pagina del checkout resta bianca. Perdiamo ordini ogni minuto, vi prego di intervenire.

Valentina Greco
Greco Calzature""", fmt="html")
    m(B, "it", "o3", "O", "Swiss Italian, long admin mail with traceroute", "Servizio non raggiungibile da 09:10",
"""Buongiorno,

dalle 09:10 il vostro servizio non è raggiungibile da nessuna delle nostre postazioni (Chiasso e Mendrisio). Il traceroute si ferma sul vostro bilanciatore, il nostro collegamento funziona regolarmente verso altri siti. Tutti i 18 operatori sono fermi.

Grazie per un riscontro rapido.
Luca Galli, sistemista""")
    m(B, "it", "n1", "", "account blocked single user", "Account bloccato",
"""Buongiorno, il mio account è bloccato dopo tre tentativi sbagliati. Potete sbloccarlo?

Simona""")
    m(B, "it", "n2", "", "training cancelled", "Formazione annullata?",
"""Salve, la formazione online di giovedì è saltata? Non ho ricevuto il link.

Cristina""")
    m(B, "it", "n3", "", "planned downtime question", "Fermo programmato",
"""Buongiorno, in occasione del fermo programmato di sabato notte, le casse potranno lavorare offline e sincronizzare dopo?

Grazie, Michele""")
    # ---------------- sv
    m(B, "sv", "o1", "O", "does it work for you? all stands still", "Funkar det hos er?",
"""Hej, funkar det hos er? Hos oss står allt still, varken webben eller appen svarar och hela lagret väntar.

/Johan""")
    m(B, "sv", "o2", "O", "customers can't pay", "Kunderna kan inte betala",
"""Hej,

sedan kl 11 kan ingen kund genomföra köp i vår webbutik, betalsteget hänger sig och sen kommer ett felmeddelande. Vi förlorar all försäljning.

Mvh
Hanna Ek, Eks Blommor""", fmt="html")
    m(B, "sv", "o3", "O", "browser error, Finland-Swedish", "ERR_CONNECTION_REFUSED",
"""Hej, alla våra datorer i Åbo får ERR_CONNECTION_REFUSED när vi försöker öppna er tjänst sedan morgonen. Andra sidor fungerar.

Hälsningar, Patrik""")
    m(B, "sv", "n1", "", "account locked", "Mitt konto är låst",
"""Hej, mitt konto är låst efter för många försök. Kan ni låsa upp det?

Elsa""")
    m(B, "sv", "n2", "", "location: nere i Malmö", "Möte nästa vecka",
"""Hej, jag är nere i Malmö nästa vecka och skulle gärna träffa er säljare. Passar tisdag?

Göran""")
    m(B, "sv", "n3", "", "one 500 on a single report", "Fel 500 på en rapport",
"""Hej, jag får fel 500 när jag öppnar momsrapporten för september. Alla andra rapporter fungerar.

Åsa""")
    # ---------------- da
    m(B, "da", "o1", "O", "det kører ikke, alt står stille", "Alt står stille",
"""Hej, intet kører hos os i dag, alt står stille. Hverken hjemmesiden eller appen vil åbne, og det gælder alle på lageret.

Mvh Jesper""")
    m(B, "da", "o2", "O", "customers can't pay", "Kunderne kan ikke betale",
"""Hej

Siden middag har ingen kunder kunnet gennemføre betaling i vores netbutik. Betalingssiden er bare blank. Vi mister salg hele tiden!

Venlig hilsen
Marie Friis""", fmt="html")
    m(B, "da", "o3", "O", "does it work for you? can't reach server", "Virker det hos jer?",
"""Virker det overhovedet hos jer? Vi kan ikke få kontakt til jeres server fra nogen af vores afdelinger.

Hilsen Claus, IT""")
    m(B, "da", "n1", "", "location: nede i Aarhus", "Besøg",
"""Hej, jeg er nede i Aarhus i morgen. Kan jeg kigge forbi jeres kontor og få en demo?

Mvh Lasse""")
    m(B, "da", "n2", "", "account locked", "Konto spærret",
"""Hej, min konto er blevet spærret efter for mange forkerte koder. Kan I låse den op?

Vibeke""")
    m(B, "da", "n3", "", "planned downtime question", "Nedetid ved opdatering",
"""Hej, hvor lang nedetid skal vi regne med ved den planlagte opdatering på fredag?

Mvh Poul""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "system stoi, nie da sie nic zrobic", "system stoi",
"""Dzień dobry, system stoi od rana, nie da się nic zrobić, cały magazyn czeka. Kiedy ruszy?

Bartek""")
    m(B, "pl", "o2", "O", "customers can't pay", "Klienci nie mogą zapłacić",
"""Dzień dobry,

od godziny 12 żaden klient nie może opłacić zamówienia w naszym sklepie, bramka płatności się nie ładuje. Tracimy sprzedaż.

Z poważaniem
Natalia Kaczmarek""", fmt="html")
    m(B, "pl", "o3", "O", "browser error", "ERR_CONNECTION_TIMED_OUT u wszystkich",
"""Witam, na wszystkich komputerach w firmie przy wejściu na panel pojawia się ERR_CONNECTION_TIMED_OUT. Inne strony działają normalnie.

Piotr, IT""")
    m(B, "pl", "n1", "", "account blocked", "Konto zablokowane",
"""Dzień dobry, moje konto zostało zablokowane po kilku błędnych próbach logowania. Proszę o odblokowanie.

Iwona""")
    m(B, "pl", "n2", "", "sales drop", "Spadek sprzedaży w raporcie",
"""Dzień dobry, raport pokazuje spadek sprzedaży w listopadzie. Jak wyeksportować dane do Excela?

Dominik""")
    m(B, "pl", "n3", "", "one 500 on single export", "Błąd 500 przy eksporcie",
"""Dzień dobry, przy eksporcie jednego raportu dostaję błąd 500, reszta działa. Czy możecie sprawdzić?

Wojtek""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "nada funciona, está tudo parado", "está tudo parado",
"""Bom dia, nada funciona desde as 8h, está tudo parado aqui no armazém. Vocês estão com algum problema?

Tiago""")
    m(B, "pt", "o2", "O", "pt-BR customers can't pay", "Clientes não conseguem pagar",
"""Olá,

desde as 14h nenhum cliente consegue finalizar a compra na nossa loja virtual, o checkout fica rodando e depois dá erro. Estamos perdendo todas as vendas!

Att.
Aline Souza""", fmt="html")
    m(B, "pt", "o3", "O", "does it work for you", "Está a funcionar aí?",
"""Olá, aí está a funcionar? Aqui não conseguimos ligar ao vosso servidor de nenhum computador da loja.

Cumprimentos, Joana""")
    m(B, "pt", "n1", "", "account blocked", "Conta bloqueada",
"""Oi, minha conta foi bloqueada depois que errei a senha. Podem desbloquear?

Fabiana""")
    m(B, "pt", "n2", "", "planned downtime question", "Parada programada",
"""Bom dia, durante a parada programada de sábado, o aplicativo continua funcionando offline?

Obrigado, Gustavo""")
    m(B, "pt", "n3", "", "single 500 one export", "Erro 500 ao exportar",
"""Olá, dá erro 500 só quando exporto o relatório de comissões. Os outros relatórios saem normalmente.

Paulo""")
    # ---------------- others
    m(B, "en", "o1", "O", "customers can't pay", "customers can't check out",
"""Since 2pm none of our customers can complete checkout, the payment step just spins then errors. We're losing every sale.

Amy""", fmt="html")
    m(B, "en", "n1", "", "account locked", "Account locked",
"""Hi, my account got locked after too many attempts, can you unlock it?

Dave""")
    m(B, "de", "o1", "O", "alles steht", "bei euch alles down?",
"""Hallo, bei uns steht alles, weder Webseite noch App reagieren, das ganze Lager wartet.

Uwe""")
    m(B, "nl", "o1", "O", "customers can't pay", "Klanten kunnen niet afrekenen",
"""Sinds 13 uur kan geen enkele klant meer afrekenen in onze webshop, de betaalpagina blijft leeg.

Ellen""")
