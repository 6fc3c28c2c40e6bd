"""devset15 outage-legal, batch 8 (measured before tuning): outage recall in the weak languages with
other situations: the customer's own clients phone in, uptime monitor alerts in their words, an agency
writing for several client shops, 'if this happens again we cancel' while it is down now, mobile
lower-case no punctuation; negatives: cancellation over LAST week's outage, incident report request,
clients complaining about something else, monitoring question, 'páginas caídas' in an SEO sense."""
B = "b8"

def add_b8(m):
    m(B, "it", "o1", "O", "clients calling: booking page doesn't open", "I clienti ci chiamano",
"""Da un'ora i nostri clienti ci telefonano perché la pagina di prenotazione non si apre più. Anche noi da qui non riusciamo a vederla.

Studio Fisioterapia Rinaldi""")
    m(B, "it", "o2", "O", "agency for several client shops", "Più clienti coinvolti",
"""Buongiorno, sono l'agenzia che gestisce 12 e-commerce sulla vostra piattaforma: in questo momento nessuno dei negozi dei nostri clienti risponde, tutti restituiscono errore 503.

Web Agency Pixel""")
    m(B, "it", "o3", "O", "mobile lower-case, no punctuation", "aiuto",
"""ragazzi ma va tutto in errore da mezzora nessuno riesce a lavorare qui fate qualcosa""")
    m(B, "it", "n1", "", "cancel because of last week's outage", "Disdetta",
"""Dopo il fermo di settimana scorsa abbiamo deciso di non rinnovare. Vi prego di confermare la disdetta dal 1° gennaio.

Amministrazione""")
    m(B, "da", "o1", "O", "uptime monitor in customer's words", "Jeres API svarer ikke",
"""Hej, vores overvågning har siden 03:12 i nat meldt at jeres API ikke svarer på nogen kald. Alle vores integrationer står stille.

Mvh DevOps, Fragtfirma A/S""")
    m(B, "da", "o2", "O", "clients calling, webshop closed for all", "Kunderne ringer",
"""Vores kunder ringer og siger at webshoppen ikke kan åbnes. Vi har tjekket på flere telefoner og computere, det samme overalt.

Hilsen Dorthe""")
    m(B, "da", "n1", "", "incident report request for last week", "Hændelsesrapport",
"""Hej, kan vi få en skriftlig hændelsesrapport for nedbruddet sidste tirsdag til vores ledelse?

Mvh Ida""")
    m(B, "es", "o1", "O", "clients calling, es-MX", "Nos están llamando los clientes",
"""Nuestros clientes nos están marcando porque la tienda en línea no les abre, y aquí tampoco la podemos abrir desde ninguna compu.

Saludos, Karla""")
    m(B, "es", "o2", "O", "threatens to cancel while down now", "Basta",
"""Es la tercera vez este mes que la plataforma se cae y ahora mismo vuelve a estar caída para todos. Si esto sigue así nos damos de baja.

Jordi""")
    m(B, "es", "n1", "", "páginas caídas in SEO sense (404 links)", "Enlaces rotos",
"""Hola, Google Search Console me marca 15 páginas caídas (404) en mi tienda, son productos que borré. ¿Cómo hago redirecciones?

Gracias, Iker""")
    m(B, "fr", "o1", "O", "agency with several client sites", "Plusieurs sites clients HS",
"""Bonjour, nous sommes l'agence de 9 de vos clients : depuis 11h aucun de leurs sites ne s'affiche, tous tombent sur une erreur 502.

Agence Web Lumière""")
    m(B, "fr", "o2", "O", "mobile lower-case, no accents", "urgent",
"""plus rien ne fonctionne chez nous depuis ce matin toute l equipe est a l arret vous etes au courant""")
    m(B, "fr", "n1", "", "clients complain about delivery delays (not outage)", "Retards de livraison",
"""Bonjour, nos clients se plaignent des délais de livraison annoncés sur la fiche produit. Peut-on modifier le texte par défaut ?

Marion""")
    m(B, "pl", "o1", "O", "clients calling, booking page", "Klienci dzwonią",
"""Klienci od rana do nas dzwonią, że nie mogą umówić wizyty, bo strona rezerwacji się nie otwiera. U nas też nie działa.

Gabinet Stomatologiczny Uśmiech""")
    m(B, "pl", "o2", "O", "uptime monitor, API", "API nie odpowiada",
"""Nasz monitoring od 2:40 pokazuje, że Wasze API nie odpowiada na żadne zapytania. Wszystkie integracje stoją.

Zespół IT""")
    m(B, "pl", "n1", "", "monitoring question hypothetical", "Status page",
"""Czy macie stronę statusu, którą moglibyśmy podpiąć do naszego monitoringu? Chcemy wiedzieć o przerwach z wyprzedzeniem.

Pozdrawiam, Rafał""")
    m(B, "ro", "o1", "O", "clients calling", "Ne sună clienții",
"""Clienții ne sună de o oră că nu pot plasa comenzi, magazinul online nu se încarcă deloc. Nici noi nu îl putem deschide.

Magazin Bio Verde""")
    m(B, "ro", "o2", "O", "mobile lowercase no diacritics", "ajutor",
"""nu merge nimic de azi dimineata la noi in birou toti stam degeaba""")
    m(B, "ro", "n1", "", "cancel after last month's outage", "Reziliere",
"""Din cauza întreruperii de luna trecută am decis să reziliem contractul la final de an. Vă rog confirmați.

Mulțumesc, Adrian""")
    m(B, "sv", "o1", "O", "clients calling: bokningssidan", "Kunder ringer",
"""Våra kunder ringer hela tiden och säger att bokningssidan inte öppnas. Vi får inte upp den här heller, på någon dator.

Salong Lugn""")
    m(B, "sv", "o2", "O", "agency several client shops", "Flera kundbutiker nere",
"""Hej, vi är byrån bakom 7 webbutiker hos er och ingen av dem svarar just nu, alla visar ett 504-fel.

/Byrån Nord""")
    m(B, "sv", "n1", "", "clients complain about prices", "Priser",
"""Våra kunder klagar på att priserna i appen visas utan moms. Går det att ändra?

/Lina""")
    m(B, "de", "o1", "O", "clients calling", "Kunden rufen an",
"""Seit einer Stunde rufen uns die Kunden an, weil sich der Online-Shop nicht öffnen lässt. Bei uns im Büro geht er auch nicht.

Gruß, Sven""")
    m(B, "nl", "o1", "O", "monitor + all integrations", "API reageert niet",
"""Onze monitoring meldt sinds 04:00 dat jullie API op geen enkel verzoek meer reageert. Al onze koppelingen liggen stil.

Team Techniek""")
    m(B, "pt", "o1", "O", "clients calling, pt-BR", "Clientes ligando",
"""Os clientes não param de ligar dizendo que a loja virtual não abre. Aqui também não abre em nenhum computador.

Loja da Bia""")
    m(B, "en", "o1", "O", "agency several client sites", "Multiple client sites down",
"""We manage 14 stores on your platform and as of 10 minutes ago none of them load, every single one returns a 502.

Northwind Digital""")
    m(B, "en", "n1", "", "cancel after last week's outage", "Cancellation",
"""After last week's outage the board has decided not to renew. Please confirm cancellation effective 1 January.

Accounts""")
