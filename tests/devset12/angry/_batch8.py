"""devset12 angry, batch 8 (measured before any tuning on it): dissatisfaction that is clearly angry
("tired of repeating myself", "doing your job for you", "dragging on far too long", "embarrassing");
negatives: "not entirely happy with the colour", patient = medical, mistakes forgiven."""
B = "b8"

def add_b8(m):
    # ---------------- en
    m(B, "en", "a1", "A", "tired of repeating myself, far too long", "Account merge - still not done",
"""Hi,

I'm tired of repeating myself. This has been dragging on for far too long: two accounts, one email address, and every agent asks me to "confirm which one I want to keep". I have confirmed it. Five times.

Neil""")
    m(B, "en", "a2", "A", "doing your job for you", "Why am I doing your job?",
"""Why am I the one doing your job? I found the bug, I sent you the logs, I even told you which setting causes it. And three weeks later it's still broken and I'm still being asked for "more information".

Zara Hussain
Lead developer""")
    m(B, "en", "a3", "A", "embarrassing + really not happy", "Embarrassing",
"""Frankly it's embarrassing. Our client received an invoice from your system with someone else's company logo on it. I'm really not happy with how this has been handled - nobody has even explained how it happened.

Colin""", fmt="alt")
    m(B, "en", "n1", "", "not entirely happy with colour, exchange", "Exchange request",
"""Hello,

I'm not entirely happy with the colour of the sofa cushions, they're more grey than blue. Could I exchange them for the navy ones? Happy to pay the difference.

Thanks,
Rosie""")
    m(B, "en", "n2", "", "medical patient words", "Patient records export",
"""Hi,

Our clinic needs to export patient records for a patient who is moving practice. The patient has been very patient with us, so we'd like to get it right first time. What's the recommended format?

Dr. Amir Haddad""")
    m(B, "en", "n3", "", "mistakes forgiven", "Re: Wrong invoice",
"""Hi Joe,

No worries at all, mistakes happen - thanks for sending the corrected invoice so quickly.

Best,
Fiona""")

    # ---------------- de
    m(B, "de", "a1", "A", "zieht sich viel zu lange, wiederhole mich", "Kontozusammenführung",
"""Hallo,

ich wiederhole mich jetzt zum gefühlt hundertsten Mal: Die beiden Konten sollen zusammengelegt werden. Das zieht sich schon viel zu lange, und jedes Mal werde ich wieder von vorne gefragt.

Gruß
Tobias Lorenz""")
    m(B, "de", "a2", "A", "Ihre Arbeit machen, peinlich", "Warum mache ich Ihre Arbeit?",
"""Wieso muss eigentlich ich Ihre Arbeit machen? Ich habe Ihnen den Fehler, die Logs und sogar die Ursache geschickt. Dass das nach drei Wochen immer noch nicht behoben ist, finde ich ehrlich gesagt peinlich für Sie.

Carsten Beck""")
    m(B, "de", "n1", "", "nicht ganz zufrieden, umtausch", "Umtausch",
"""Hallo,

mit der Farbe bin ich nicht ganz zufrieden, sie ist dunkler als erwartet. Kann ich den Artikel gegen die hellere Variante umtauschen?

Danke und Gruß
Anja""")
    m(B, "de", "n2", "", "Patienten", "Patientendaten",
"""Guten Tag,

wie können wir Patientendaten für einen Patienten exportieren, der die Praxis wechselt? Der Patient wartet schon geduldig.

Praxis Dr. Seidel""")

    # ---------------- fr
    m(B, "fr", "a1", "A", "ça traîne, je me répète", "Fusion de comptes",
"""Bonjour,

Je me répète pour la énième fois : il faut fusionner mes deux comptes. Ça traîne depuis beaucoup trop longtemps et à chaque contact on repart de zéro. C'est épuisant.

Damien""")
    m(B, "fr", "a2", "A", "faire votre travail à votre place", "Bug export",
"""Pourquoi est-ce à moi de faire votre travail ? Je vous ai envoyé les logs, la cause du bug et même la correction. Trois semaines plus tard, rien. Franchement, c'est gênant pour une boîte comme la vôtre.

Cédric Renaud""", fmt="qp", charset="iso-8859-1")
    m(B, "fr", "n1", "", "pas tout à fait satisfait, échange", "Échange",
"""Bonjour,

Je ne suis pas tout à fait satisfaite de la taille, je voudrais échanger contre un M. Merci !

Chloé""")

    # ---------------- es
    m(B, "es", "a1", "A", "cansado de repetirme", "Otra vez lo mismo",
"""Estoy cansado de repetirme. Ya he explicado cinco veces que quiero unificar mis dos cuentas y cada agente me vuelve a preguntar lo mismo. Esto se está alargando muchísimo.

Héctor""")
    m(B, "es", "a2", "A", "vergonzoso + hacer vuestro trabajo", "Vergonzoso",
"""Es vergonzoso. ¿Por qué tengo que hacer yo vuestro trabajo? Os mandé los registros y la causa del error hace tres semanas y sigue igual.

Ricardo Molina""")
    m(B, "es", "n1", "", "no del todo contento, cambio", "Cambio de talla",
"""Hola,

No estoy del todo contenta con la talla, ¿puedo cambiarla por una L? Gracias.

Alba""")

    # ---------------- it
    m(B, "it", "a1", "A", "non sono per niente soddisfatto + va avanti da troppo", "Unione account",
"""Non sono per niente soddisfatto di come è stata gestita la cosa. Va avanti da troppo tempo e ogni volta devo rispiegare tutto da capo a un operatore diverso.

Massimo""")
    m(B, "it", "a2", "A", "imbarazzante + il vostro lavoro", "Bug",
"""Vi ho mandato log, causa e soluzione. Devo fare anche il vostro lavoro? Dopo tre settimane è ancora tutto fermo. Imbarazzante.

Fabio Serra""")
    m(B, "it", "n1", "", "paziente medico", "Cartella clinica",
"""Buongiorno,

come posso esportare la cartella clinica di un paziente che cambia studio? Grazie.

Dott.ssa Rossi""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "farto de me repetir", "Contas duplicadas",
"""Estou farto de me repetir. Já expliquei não sei quantas vezes que quero juntar as duas contas. Isto arrasta-se há demasiado tempo.

Vasco""")
    m(B, "pt", "a2", "A", "vergonhoso", "Erro na fatura",
"""Acho vergonhoso que, depois de vos enviar tudo o que pediram, ainda tenha de ser eu a descobrir o erro na fatura. Façam o vosso trabalho.

Luísa Rocha""")
    m(B, "pt", "n1", "", "não totalmente satisfeito, troca", "Troca",
"""Olá,

Não fiquei totalmente satisfeito com a cor, posso trocar pela azul? Obrigado.

Gonçalo""")

    # ---------------- nl
    m(B, "nl", "a1", "A", "sleept veel te lang, ik herhaal mezelf", "Accounts samenvoegen",
"""Ik herhaal mezelf nu voor de zoveelste keer: voeg mijn twee accounts samen. Dit sleept al veel te lang en elke keer begin ik weer bij nul.

Rob""")
    m(B, "nl", "a2", "A", "echt niet blij + gênant", "Factuur met verkeerd logo",
"""Ik ben hier echt niet blij mee. Onze klant kreeg een factuur met het logo van een ander bedrijf erop. Behoorlijk gênant, en niemand kan me uitleggen hoe dit kan.

Esther""", fmt="b64")
    m(B, "nl", "n1", "", "niet helemaal tevreden, ruilen", "Ruilen",
"""Hoi,

Ik ben niet helemaal tevreden over de maat, kan ik hem ruilen voor een grotere? Dank je!

Noor""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "jestem bardzo niezadowolony + ciągnie się", "Połączenie kont",
"""Jestem bardzo niezadowolony. Sprawa ciągnie się zdecydowanie za długo, a każdy konsultant każe mi wszystko tłumaczyć od nowa.

Jacek""")
    m(B, "pl", "n1", "", "calm exchange", "Wymiana",
"""Dzień dobry,

Czy mogę wymienić kurtkę na większy rozmiar? Dziękuję.

Iwona""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "nu sunt deloc mulțumit + penibil", "Penibil",
"""Nu sunt deloc mulțumit. De trei săptămâni vă explic aceeași problemă și tot eu trebuie să vă spun unde e greșeala. E penibil.

Dan Radu""")
    m(B, "ro", "n1", "", "calm exchange", "Schimb",
"""Bună ziua,

Pot schimba produsul cu o mărime mai mare? Mulțumesc.

Oana""")

    # ---------------- da
    m(B, "da", "a1", "A", "trukket alt for længe ud", "Sammenlægning",
"""Det her har trukket alt for længe ud. Jeg har forklaret det samme fem gange, og hver gang starter vi forfra. Jeg er slet ikke tilfreds.

Kasper""")
    m(B, "da", "n1", "", "calm exchange", "Bytte",
"""Hej,

Kan jeg bytte jakken til en større størrelse? Tak.

Maria""")

    # ---------------- sv
    m(B, "sv", "a1", "A", "dragit ut alldeles för länge + pinsamt", "Pinsamt",
"""Det här har dragit ut alldeles för länge. Jag har förklarat samma sak fem gånger. Ärligt talat pinsamt för ett företag som ert.

Henrik""")
    m(B, "sv", "n1", "", "calm exchange", "Byte",
"""Hej,

Kan jag byta jackan mot en större storlek? Tack.

Elsa""")
