"""devset14 bug-feature, batch 3 (measured before tuning): generalisation of b1/b2 themes in new
words (wrong numbers, stuck/dead controls, wrong recipient, garbled characters, data lost after
save) plus harder feature wording; negatives touching the new expected-vs-actual markers
('instead of card', 'should be paid', 'sollte ich'), payment failed, own typo."""
B = "b3"

def add_b3(m):
    # en
    m(B, "en", "b1", "B", "discount code accepted but price unchanged", "promo code",
"""Customer just rang me: the checkout says "Code applied!" but the price stays at £49, it should drop to £39. Tried it myself on my phone, same. Only started this week""")
    m(B, "en", "b2", "B", "AU, email preview shows wrong name", "merge tags broken?",
"""G'day, the {first_name} tag in our newsletter template is pulling the wrong person's name - half our list got "Hi Bruce" and most of them aren't Bruce lol. Preview looked fine. Campaign went out 10am today.
Shaz""")
    m(B, "en", "f1", "F", "indirect: it'd make life easier if", "Re: your survey",
"""Thanks for asking. Honestly the only thing I'd change: let me drag and drop appointments between staff columns. At the moment I have to cancel and rebook, which the clients then get two emails about.

> What's one thing we could improve?""")
    m(B, "en", "n1", "", "billing: pay by bank transfer instead of card", "payment method",
"""Hello, can we pay the annual invoice by bank transfer instead of card this year? Our company card limit is too low. Thanks, Gary""")
    m(B, "en", "n2", "", "payment failed: card expired (billing)", "Payment failed email",
"""Got an email saying my payment failed. I think my card expired. Where do I update the card details? Thanks""")
    # de
    m(B, "de", "b1", "B", "AT: Termin wird an falscher Tag gespeichert", "Termine verrutschen",
"""Servus,

wenn ich im Kalender einen Termin am Montag anlege, landet er nach dem Speichern am Sonntag. Bei Terminen nach 13 Uhr passiert das nicht. Schaut nach einem Zeitzonenproblem aus.

LG Michaela""")
    m(B, "de", "f1", "F", "CH: es fehlt uns die Möglichkeit; wär praktisch", "Anregung",
"""Grüezi, uns fehlt die Möglichkeit, Rechnungen mit QR-Einzahlungsschein zu erstellen. Das wär für uns in der Schweiz sehr praktisch. Merci vielmal, Reto""")
    m(B, "de", "n1", "", "sollte I, how-to, no fault", "Frage zur Kündigungsfrist",
"""Hallo, bis wann sollte ich kündigen, wenn ich den Vertrag nicht verlängern will? Und statt Jahresabo lieber monatlich, geht das? Danke""")
    # da
    m(B, "da", "b1", "B", "kvittering sendes til forkert mail", "Kvitteringer til forkert adresse",
"""Hej, kvitteringerne fra vores kasse bliver sendt til den mail, kunden havde sidste gang, ikke den nye som vi lige har skrevet ind. Det er sket 5-6 gange nu. Mvh Peter""")
    m(B, "da", "f1", "F", "det ville være skønt hvis", "Idé til appen",
"""Hej! Det ville være skønt, hvis man kunne sætte et billede på hver vare i kassen, så de nye ansatte nemmere finder dem. Tak for en god app. Hilsen Rikke""")
    m(B, "da", "n1", "", "own system", "Vores printer",
"""Hej, bare til info: det var vores egen printer der var gået i stykker, ikke jeres system. Kvitteringerne printer fint nu med den nye. Mvh Ole""")
    # sv
    m(B, "sv", "b1", "B", "Finland-Swedish: timmar avrundas fel", "Arbetstimmar",
"""Hej, i lönerapporten avrundas 7 h 45 min till 7 h i stället för 8 h. Det borde väl avrundas uppåt enligt inställningen? Har kollat inställningen två gånger.
Hälsningar, Nina""")
    m(B, "sv", "f1", "F", "vi efterfrågar / hade varit smidigt", "Fler språk",
"""Hej, vi har flera anställda som inte pratar svenska. Hade varit smidigt om appen fanns på engelska och arabiska också. Något ni funderar på?
/Ahmed""")
    m(B, "sv", "n1", "", "how-to", "Byta lösenord",
"""Hej, hur byter jag lösenord? Tack""")
    # nl
    m(B, "nl", "b1", "B", "kortingscode wordt twee keer afgetrokken", "korting klopt niet",
"""Hallo, bij een bestelling met de code WINTER10 wordt de korting twee keer van het totaal afgehaald, klant betaalt dan 20% minder ipv 10%. Kunnen jullie dit snel oplossen? Gr. Mark""")
    m(B, "nl", "f1", "F", "suggestie: zou het mogelijk zijn om in de toekomst", "Suggestie planning",
"""Beste,

Zou het in de toekomst mogelijk worden om diensten te ruilen tussen medewerkers via de app, zonder dat ik als planner alles moet aanpassen? Dat scheelt mij elke week uren.

Met vriendelijke groet,
Ingrid Bakker""")
    m(B, "nl", "n1", "", "fixed thanks", "Re: export fout",
"""Top, het werkt weer! Dank jullie wel voor de snelle fix.

Erik

> Beste Erik, we hebben een fout in de export opgelost.""")
    # fr
    m(B, "fr", "b1", "B", "BE: accents cassés dans le PDF", "Caractères bizarres",
"""Bonjour, sur les devis en PDF, tous les mots avec accents sortent avec des symboles à la place (« rÃ©paration » au lieu de « réparation »). À l'écran c'est correct. Merci, Jacques (Namur)""", fmt="qp", charset="iso-8859-1")
    m(B, "fr", "b2", "B", "rendez-vous enregistré deux fois, sans 'doublon'", "RDV en trop",
"""Bonjour,
chaque rendez-vous que je crée depuis le téléphone apparaît ensuite deux fois dans l'agenda, et si j'en supprime un, l'autre disparaît aussi. Pas de souci depuis l'ordinateur.
Amélie""")
    m(B, "fr", "f1", "F", "nous aimerions pouvoir", "Demande d'évolution",
"""Bonjour,

Nous aimerions pouvoir attribuer des droits différents à nos comptables (lecture seule). Est-ce prévu ?

Cordialement,
Service administratif, Menuiserie Lefèvre""", fmt="b64")
    m(B, "fr", "n1", "", "user error", "Mauvais mail",
"""Bonjour, j'ai envoyé la facture au mauvais client par erreur (ma faute, j'ai choisi le mauvais nom dans la liste). Comment puis-je l'annuler ?""")
    # es
    m(B, "es", "b1", "B", "es-AR: el buscador no encuentra por DNI", "buscador",
"""Hola, el buscador de clientes no encuentra a nadie por DNI, por nombre sí. Hasta la semana pasada andaba. Saludos, Vero""")
    m(B, "es", "f1", "F", "estaría bien que / ¿para cuándo?", "¿Para cuándo la app de iPad?",
"""Buenas, ¿para cuándo una versión para iPad? Estaría bien que se pudiera usar en horizontal en el mostrador. Gracias!""")
    m(B, "es", "n1", "", "how-to, deberia", "¿Qué plan debería contratar?",
"""Hola, somos 4 personas, ¿qué plan deberíamos contratar? ¿El básico en vez del profesional nos vale? Gracias""")
    # it
    m(B, "it", "b1", "B", "ricevuta con importo IVA errato", "IVA sulle ricevute",
"""Buongiorno, sulle ricevute l'IVA risulta 22% anche per i prodotti che abbiamo impostato al 10%. Ho controllato le impostazioni e sono giuste. Potete verificare? Grazie, Alessandro""")
    m(B, "it", "f1", "F", "sarebbe comodo / vi chiedo di valutare", "Suggerimento",
"""Ciao! Vi chiedo di valutare l'aggiunta di un promemoria automatico via WhatsApp il giorno prima dell'appuntamento. Sarebbe comodissimo per i nostri clienti anziani.
Valentina""")
    m(B, "it", "n1", "", "praise", "Complimenti",
"""Volevo solo farvi i complimenti per l'app, da quando la usiamo il magazzino è molto più ordinato.""")
    # pt
    m(B, "pt", "b1", "B", "pt-PT: fatura sai com NIF de outro cliente", "NIF trocado",
"""Bom dia, as faturas emitidas hoje de manhã saíram com o NIF do cliente anterior. Já emiti 4 assim e tive de anular. O que se passa? Obrigada, Sandra""")
    m(B, "pt", "f1", "F", "pt-BR: falta uma opção para", "Opção de parcelamento",
"""Oi, sinto falta de uma opção pra parcelar o pagamento em 3x no link de cobrança. Meus clientes pedem muito. Tem previsão?""")
    m(B, "pt", "n1", "", "billing: em vez de boleto", "Pagamento por Pix",
"""Boa tarde, posso pagar a mensalidade por Pix em vez de boleto? Obrigado""")
    # pl
    m(B, "pl", "b1", "B", "grafik: zmiany przypisane innej osobie", "Grafik się miesza",
"""Dzień dobry, po zapisaniu grafiku na grudzień część zmian Ani pokazuje się u Kasi i odwrotnie. Sprawdzałam trzy razy przed zapisaniem, było dobrze. Pozdrawiam, Joanna""")
    m(B, "pl", "f1", "F", "czy byłaby możliwość", "Pytanie o funkcję",
"""Dzień dobry, czy byłaby możliwość dodania eksportu do Comarch Optima? Byłoby nam dużo łatwiej z księgowością. Pozdrawiam""")
    m(B, "pl", "n1", "", "zamiast karty billing", "Płatność",
"""Dzień dobry, czy możemy płacić przelewem zamiast kartą? Pozdrawiam, Robert""", fmt="qp", charset="iso-8859-2")
    # ro
    m(B, "ro", "b1", "B", "stocul scade de două ori", "Stoc greșit",
"""Buna ziua, la fiecare vanzare din aplicatie stocul scade cu 2 in loc de 1. Am verificat si pe site, acolo scade corect. Va rog sa verificati. Multumesc, Bogdan""")
    m(B, "ro", "f1", "F", "ar fi minunat / când veți avea", "Sugestie programari online",
"""Bună ziua, ar fi minunat dacă clienții s-ar putea programa singuri online, dintr-un link. Când credeți că veți avea așa ceva?

Cu drag,
Alina, salon Bella""", fmt="qp")
    m(B, "ro", "n1", "", "outage all", "Nu merge nimic",
"""Buna, nimeni din firma nu se poate loga de o ora, site-ul nu se incarca deloc. Aveti o problema la server?""")
    # nb / fi
    m(B, "nb", "b1", "B", "Norwegian: faktura får feil forfallsdato", "Forfallsdato",
"""Hei, alle fakturaer i dag har fått forfallsdato 1. januar 1970. Det har aldri skjedd før. Mvh Siri""")
    m(B, "fi", "n1", "", "Finnish how-to", "Salasana",
"""Hei, miten vaihdan salasanan? Kiitos""")
