"""devset12 urgent-freebie, batch 5 (measured before any tuning on it). Recall-heavy: more positives,
indirect wording."""
B = "b5"

def add_b5(m):
    # ---------------- en
    m(B, "en", "u1", "U", "bleeding orders", "Checkout",
"""Checkout has been returning a blank page since about 11. It's Black Friday for us and we're bleeding orders by the minute. Someone needs to jump on this right now.

Kieran, Fable & Thread""")
    m(B, "en", "u2", "U", "board pack tomorrow 8am", "Board pack won't compile",
"""Hi,

Our board pack has to be with the directors by 8am tomorrow and the compile step keeps timing out at 'merging appendices'. Please treat this as a priority - I'll be online until late.

Harriet Lowe
Company Secretary""", fmt="html")
    m(B, "en", "f1", "F", "expect the month back in credit", "Three outages",
"""Hi,

Three outages in one month is not what we pay for. I'd expect to see that month come back to us as credit on the next invoice.

Rob""")
    m(B, "en", "f2", "F", "goodwill free seats", "Extra seats",
"""Hello,

We've been with you since 2017 and had a rough autumn with all the sync bugs. As a goodwill gesture, could you add the five extra seats we need without charging for them?

Thanks,
Moira Kerr, Operations""", fmt="qp")
    m(B, "en", "n1", "", "asks about compensation policy neutrally, no demand", "SLA question",
"""Hello,

For our procurement review: what uptime does your SLA guarantee for the Enterprise plan, and where is that documented?

Best,
Nils Anders, Procurement""")

    # ---------------- de
    m(B, "de", "u1", "U", "Patienten, Praxis", "Terminkalender leer",
"""Guten Morgen,

in unserer Praxis ist der Terminkalender seit dem Update komplett leer, und das Wartezimmer füllt sich gerade. Wir wissen nicht, wer wann kommt. Bitte rufen Sie sofort zurück: 089 123456.

Praxis Dr. Lindner""")
    m(B, "de", "u2", "U", "keinen Tag länger warten", "Rechnungsversand blockiert",
"""Hallo,

seit drei Tagen können wir keine Rechnungen verschicken. Das kann keinen Tag länger warten – uns fehlen schon jetzt 20.000 € Zahlungseingang. Ich erwarte heute eine Lösung.

Marco Keller, Geschäftsführer""", fmt="alt")
    m(B, "de", "f1", "F", "Preisnachlass für Rest des Vertrags", "Performance-Probleme",
"""Guten Tag,

die Software ist seit dem Sommer spürbar langsamer. Solange das so bleibt, halte ich einen Preisnachlass für angemessen – sagen wir 30 % bis zur Behebung.

Viele Grüße
Jürgen Beck""")
    m(B, "de", "f2", "F", "Monat geschenkt", "Nochmal Ausfall",
"""Hi,

schon wieder Ausfall, diesmal den ganzen Vormittag. Ich finde, den Dezember könntet ihr uns ruhig schenken.

LG Sarah""", fmt="b64")

    # ---------------- da
    m(B, "da", "u1", "U", "bryllup i morgen", "Gæsteliste væk",
"""Hej,

Vi skal giftes i morgen, og gæstelisten med bordplan er forsvundet fra jeres app. Restauranten skal have den senest kl. 18 i dag. Kan nogen hjælpe mig med det samme?

Camilla""")
    m(B, "da", "f1", "F", "krediter os", "Nedbrud",
"""Hej,

Systemet var nede hele mandag og tirsdag. Vi forventer, at I krediterer os for de to dage på næste faktura.

Mvh
Anders Kjær""", fmt="qp")
    m(B, "da", "n1", "", "ingen kompensation ønsket", "Tak for hjælpen",
"""Hej,

Tak fordi I fik løst det så hurtigt. Vi skal ikke have nogen kompensation, bare det virker.

Mvh Tove""")

    # ---------------- ro
    m(B, "ro", "u1", "U", "nu mai putem astepta", "Comenzile nu se sincronizează",
"""Bună ziua,

De ieri comenzile din magazinul online nu mai ajung în depozit. Nu mai putem aștepta, clienții ne sună să întrebe de colete. Vă rog să vă uitați azi.

Bogdan Stoica""", fmt="alt")
    m(B, "ro", "f1", "F", "nu vrem sa platim luna", "Întreruperi",
"""Bună,

Pentru luna noiembrie, cu atâtea întreruperi, considerăm corect să nu plătim abonamentul. Vă rog să anulați factura.

Mulțumesc,
Laura Matei""")

    # ---------------- pl
    m(B, "pl", "u1", "U", "na wczoraj", "Brak dostępu do magazynu",
"""Dzień dobry,

nie możemy wydać żadnego towaru, bo moduł magazynowy nie działa. Kurier przyjeżdża o 15. Potrzebujemy tego na wczoraj!

Sławek, magazyn""")
    m(B, "pl", "f1", "F", "liczymy na gest", "Reklamacja",
"""Dzień dobry,

po tylu problemach z synchronizacją liczymy na jakiś gest z Państwa strony – np. darmowy dostęp do modułu raportów przez pół roku.

Pozdrawiam
Barbara Kaczmarek""", fmt="b64")
    m(B, "pl", "n1", "", "zwrot, nie rabat", "Podwójne obciążenie",
"""Dzień dobry,

karta została obciążona dwa razy za listopad. Proszę o zwrot jednej płatności.

Dziękuję,
Robert""")

    # ---------------- es
    m(B, "es", "u1", "U", "no puede esperar", "Facturas electrónicas rechazadas",
"""Hola,

Hacienda nos rechaza todas las facturas electrónicas desde esta mañana. Esto no puede esperar a mañana: tenemos camiones que no pueden salir sin la factura. Llamadme en cuanto podáis.

Mercedes Rubio""")
    m(B, "es", "f1", "F", "meses gratis por fallo", "Otra vez sin servicio",
"""Hola,

Es la tercera vez este mes que nos quedamos sin servicio. Me parece de justicia que nos regaléis el mes de diciembre, o al menos que lo rebajéis a la mitad.

Ramón""", fmt="qp")

    # ---------------- fr
    m(B, "fr", "u1", "U", "urgence sans mot, boutique", "Caisse bloquée",
"""Bonjour,

La caisse de la boutique est bloquée depuis l'ouverture et on a la queue jusqu'à la porte. C'est la journée la plus chargée de l'année. Il faut que quelqu'un intervienne tout de suite.

Léa, Fleurs & Co""", fmt="html")
    m(B, "fr", "f1", "F", "mois gratuit réclamé", "Coupures",
"""Bonjour,

Vu les coupures à répétition depuis septembre, je réclame au minimum un mois gratuit. Je ne compte pas payer plein tarif pour un service qui tombe en panne toutes les semaines.

Bernard Leclerc""")
    m(B, "fr", "n1", "", "demande de prix remise volume", "Tarif 50 licences",
"""Bonjour,

Quel serait le tarif pour 50 licences ? Existe-t-il une remise à partir d'un certain volume ?

Merci,
Cédric""", fmt="b64")

    # ---------------- nl
    m(B, "nl", "u1", "U", "spoed zonder woord urgent", "Kassa's liggen eruit",
"""Hallo,

Al onze kassa's liggen eruit en de zaak staat vol. Dit moet nu echt opgelost worden, we draaien geen omzet zo. Graag direct terugbellen.

Kees, Bakkerij Van Dam""")
    m(B, "nl", "f1", "F", "wil iets terug voor moeite", "Gedoe met facturen",
"""Hoi,

Na al het gedoe met de foute facturen vind ik dat we wel iets terug mogen verwachten, bijvoorbeeld twee maanden gratis.

Groet,
Dennis""", fmt="alt")

    # ---------------- sv
    m(B, "sv", "u1", "U", "måste lösas innan lunch", "Kan inte skicka offerter",
"""Hej,

Vi måste skicka en offert till en upphandling före lunch idag och pdf-exporten kraschar hela tiden. Det här kan inte vänta. Kan någon ringa mig direkt?

Mats Holm""")
    m(B, "sv", "f1", "F", "ersättning för förlorade dagar", "Förlorade dagar",
"""Hej,

Vi förlorade två hela arbetsdagar på grund av ert avbrott. Jag tycker att vi ska få ersättning för det, till exempel en gratis månad.

Hälsningar
Anna Strand""", fmt="b64")

    # ---------------- it
    m(B, "it", "u1", "U", "non possiamo aspettare", "Buste paga",
"""Buongiorno,

domani dobbiamo pagare gli stipendi e il file per la banca non si genera. Non possiamo aspettare lunedì, ci serve assistenza in giornata.

Elisa Marino, amministrazione""", fmt="qp")
    m(B, "it", "f1", "F", "rimborso + mese gratis pretende", "Addebiti errati",
"""Buonasera,

oltre a restituirmi l'addebito sbagliato, pretendo che mi venga concesso un mese gratuito per il tempo che ho perso.

Giorgio Ferri""")
    m(B, "it", "n1", "", "domanda periodo di prova", "Prova gratuita",
"""Salve,

la prova gratuita di 30 giorni si rinnova automaticamente a pagamento alla fine? Vorrei evitare addebiti.

Grazie, Irene""")

    # ---------------- pt
    m(B, "pt", "u1", "U", "clientes na fila, sem urgente", "Pagamentos recusados",
"""Olá,

Todos os pagamentos com cartão estão a ser recusados e temos a loja cheia de clientes na fila. Precisamos disto resolvido já, estamos a perder dinheiro.

Catarina, Loja do Bairro""")
    m(B, "pt", "f1", "F", "upgrade sem custo", "Problemas de desempenho",
"""Bom dia,

Depois de meses com o sistema lento, acho que o mínimo era passarem-nos para o plano Premium sem custo até resolverem.

Atenciosamente,
Vítor Pires""", fmt="alt")
    m(B, "pt", "n1", "", "não quero compensação", "Obrigado",
"""Olá,

Obrigado pela rapidez. Não quero compensação nenhuma, só queria que funcionasse, e agora funciona.

Abraço,
Marcelo""")
