"""devset12 angry, batch 9 (measured before any tuning on it): texting style, typos, caps, emoji,
one-liners; negatives with acronyms in caps, excited "!!!" praise, confused "???"."""
B = "b9"

def add_b9(m):
    # ---------------- en
    m(B, "en", "a1", "A", "lowercase texting, typos", "app",
"""ur app logged me out AGAIN in the middle of a payment and now i dont know if it went thru or not. this is the 3rd time this week. seriously cant u people test anything before releasing it

sent from my samsung""")
    m(B, "en", "a2", "A", "caps body", "ORDER 5512",
"""WHERE IS MY ORDER. I HAVE EMAILED FOUR TIMES. NOBODY HAS ANSWERED A SINGLE ONE.""")
    m(B, "en", "a3", "A", "one-liner with ?!", "Re: Re: Re: your password reset",
"""Another reset link that doesn't work?! You can't be serious.""")
    m(B, "en", "a4", "A", "emoji exasperation", "delivery 🙄",
"""so the "2 hour delivery window" was 8am to 8pm 🙄 took a day off for this. absolute waste of my time. never again.

Leah""")
    m(B, "en", "n1", "", "acronyms in caps, calm", "SSO with our IDP",
"""Hi,

We're connecting our IDP via SAML and want to map the LDAP groups to your RBAC roles. Does your API expose the role IDs? Our CRM team also needs the CSV export.

Thanks,
Rahul""")
    m(B, "en", "n2", "", "excited praise !!!", "YOU ARE AMAZING",
"""THANK YOU SO MUCH!!! The data I thought I'd lost is all back. You've saved my whole week!!!

Bea""")
    m(B, "en", "n3", "", "confused ??? calm", "Where is the export button???",
"""Hi, maybe I'm blind but where did the export button go after the update??? Can't find it anywhere. Thanks!

Marco""")

    # ---------------- de
    m(B, "de", "a1", "A", "texting, typos", "app kaputt",
"""eure app stürzt schon wieder ab beim bezahlen, das 3. mal diese woche!! testet ihr eigentlich irgendwas bevor ihr das rausschickt?? echt nervig

gesendet vom handy""")
    m(B, "de", "a2", "A", "one-liner caps", "WO BLEIBT MEINE BESTELLUNG",
"""ICH WARTE SEIT DREI WOCHEN. KEINE ANTWORT AUF MEINE MAILS. WAS IST DA LOS?""")
    m(B, "de", "n1", "", "acronyms", "Anbindung SAP",
"""Hallo,

wir möchten Ihre API per REST an unser SAP ERP anbinden, inklusive SSO über Azure AD. Gibt es eine Doku?

Gruß
IT-Abteilung""")
    m(B, "de", "n2", "", "excited praise", "DANKE!!!",
"""Vielen, vielen Dank!!! Alles wieder da, Sie sind die Besten!!

Jana""")

    # ---------------- fr
    m(B, "fr", "a1", "A", "texting style", "appli",
"""votre appli me déconnecte ENCORE en plein paiement, 3e fois cette semaine. vous testez rien avant de sortir une mise à jour ou quoi ?? franchement pénible""")
    m(B, "fr", "a2", "A", "caps + ?!", "COMMANDE 9912",
"""TROIS SEMAINES QUE J'ATTENDS MA COMMANDE ?! PERSONNE NE RÉPOND. C'EST QUOI CE SERVICE ?""")
    m(B, "fr", "n1", "", "excited praise", "Génial !!!",
"""Merci merci merci !!! Tout est revenu, vous m'avez sauvé la vie !!

Inès""")

    # ---------------- es
    m(B, "es", "a1", "A", "texting style", "app",
"""otra vez la app me echa en mitad del pago!! ya van 3 veces esta semana. no probais nada antes de sacar las actualizaciones o q? q pesadilla""")
    m(B, "es", "a2", "A", "emoji + nunca más", "entrega 🙄",
"""la "franja de 2 horas" era de 8 a 20h 🙄 pedí el día libre para esto. nunca más os compro nada.""")
    m(B, "es", "n1", "", "confused ??? calm", "¿¿Dónde está el botón??",
"""Hola, ¿¿dónde está el botón de exportar después de la actualización?? No lo encuentro. ¡Gracias!

Nerea""")

    # ---------------- it
    m(B, "it", "a1", "A", "texting", "app",
"""la vostra app mi butta fuori di nuovo durante il pagamento, terza volta questa settimana!! ma la testate prima di pubblicarla?? che nervi""")
    m(B, "it", "a2", "A", "caps", "ORDINE",
"""SONO TRE SETTIMANE CHE ASPETTO. NESSUNO RISPONDE ALLE MAIL. MA CHE SERVIZIO È?""")
    m(B, "it", "n1", "", "acronyms", "Integrazione",
"""Buongiorno,

vorremmo integrare la vostra API REST con il nostro ERP e il CRM. C'è documentazione sul formato JSON?

Grazie, Ufficio IT""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "texting BR", "app",
"""o app me desloga DE NOVO no meio do pagamento, terceira vez essa semana!! vcs não testam nada antes de lançar?? que raiva""")
    m(B, "pt", "a2", "A", "emoji + nunca mais", "entrega 🙄",
"""a "janela de 2 horas" era das 8 às 20h 🙄 tirei o dia de folga pra isso. nunca mais compro com vocês.""")
    m(B, "pt", "n1", "", "excited praise", "OBRIGADA!!!",
"""Muito obrigada!!! Recuperei tudo, vocês são demais!!

Clara""")

    # ---------------- nl
    m(B, "nl", "a1", "A", "texting", "app",
"""jullie app gooit me ALWEER eruit midden in een betaling, 3e keer deze week!! testen jullie eigenlijk wel iets?? zo irritant""")
    m(B, "nl", "a2", "A", "caps", "BESTELLING",
"""AL DRIE WEKEN WACHTEN. GEEN ENKELE REACTIE OP MIJN MAILS. WAT IS DIT VOOR SERVICE?""")
    m(B, "nl", "n1", "", "confused calm", "Waar is de knop???",
"""Hoi, waar is de exportknop gebleven na de update??? Ik kan hem nergens vinden. Dank!

Tess""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "texting", "aplikacja",
"""wasza apka znowu mnie wylogowala w trakcie platnosci, trzeci raz w tym tygodniu!! testujecie to w ogole?? szlag by to""")
    m(B, "pl", "n1", "", "excited praise", "DZIĘKUJĘ!!!",
"""Bardzo dziękuję!!! Wszystko odzyskane, jesteście najlepsi!!

Zosia""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "texting no diacritics", "aplicatia",
"""aplicatia voastra m-a dat afara IAR in timpul platii, a treia oara saptamana asta!! chiar nu testati nimic?? ma enerveaza la culme""")
    m(B, "ro", "n1", "", "excited praise", "MULTUMESC!!!",
"""Va multumesc enorm!!! Am recuperat tot, sunteti cei mai buni!!

Bianca""")

    # ---------------- da
    m(B, "da", "a1", "A", "texting", "app",
"""jeres app smider mig ud IGEN midt i en betaling, 3. gang i denne uge!! tester i overhovedet noget?? så irriterende""")
    m(B, "da", "n1", "", "acronyms", "Integration",
"""Hej,

Vi vil integrere jeres API med vores ERP og SSO via Azure AD. Findes der dokumentation?

Mvh IT""")

    # ---------------- sv
    m(B, "sv", "a1", "A", "texting", "appen",
"""er app loggar ut mig IGEN mitt i en betalning, 3:e gången den här veckan!! testar ni ens nåt?? så jäkla irriterande""")
    m(B, "sv", "n1", "", "excited praise", "TACK!!!",
"""Tusen tack!!! Allt är tillbaka, ni är bäst!!

Nora""")
