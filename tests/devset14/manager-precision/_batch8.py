"""devset14 manager-precision, batch 8: PRECISION batch (measured before tuning): out-of-office replies
naming a deputy or boss, named account managers, 'no need to escalate, you've been great' in every
language, forwarded internal notes; positives in replies with long quoted history."""
B = "b8"

def add_b8(m):
    # ---------------- en
    m(B, "en", "n1", "", "account manager Jana said", "Re: onboarding",
"""Our account manager Jana said you'd be able to set up the SSO before the 1st. Can we book a slot?""")
    m(B, "en", "n2", "", "OOO naming manager", "Out of office",
"""I'm out until Monday 30th with limited access to email. For anything urgent please contact my manager, Claire Dunn, on claire.dunn@fenwick.co.uk.""")
    m(B, "en", "n3", "", "forwarded internal note about escalating with vendor, asks a simple question", "FW: vendor issue",
"""Hi support, forwarding my colleague's note below for context. Our ops manager wanted to escalate with you but I think it's just a config thing: why do our webhooks retry 5 times?

---------- Forwarded message ---------
From: Raj (Ops Manager)
We should escalate this with the vendor if it keeps happening.""")
    m(B, "en", "m1", "M", "reply with long quote, request at top", "Re: Re: Re: Case 77120",
"""I'm asking for the third time: please have a manager call me.

On 20 Nov, Support wrote:
> Hi, we have passed your feedback on.
> On 18 Nov, you wrote:
>> This is still broken. Nobody has called.""")
    # ---------------- de
    m(B, "de", "n1", "", "Kundenbetreuerin Frau Meier sagte", "Re: Vertrag",
"""Unsere Kundenbetreuerin Frau Meier meinte, wir könnten den Vertrag auf monatlich umstellen. Wie geht das?""")
    m(B, "de", "n2", "", "keine Eskalation nötig, super Service", "Re: Problem gelöst",
"""Alles gut, eine Eskalation ist nicht nötig. Sie waren super, danke!""")
    m(B, "de", "m1", "M", "Kontaktdaten Vorgesetzter", "Beschwerde",
"""Nennen Sie mir bitte Namen und E-Mail-Adresse Ihres Vorgesetzten.""")
    # ---------------- fr
    m(B, "fr", "n1", "", "absence, contacter ma responsable", "Absence du bureau",
"""Je suis absente jusqu'au 2 décembre. En cas d'urgence, merci de contacter ma responsable, Mme Caron.""")
    m(B, "fr", "n2", "", "chargée de compte Julie a dit", "Re: migration",
"""Notre chargée de compte, Julie, nous a dit que la migration serait gratuite. Pouvez-vous le confirmer ?""")
    m(B, "fr", "m1", "M", "transférez à votre supérieur", "Re: Re: réclamation",
"""Merci de transférer ce mail à votre supérieur.

> Le 20/11, Service client a écrit :
> Nous comprenons votre frustration.""")
    # ---------------- es
    m(B, "es", "n1", "", "no hace falta escalarlo, gracias", "Re: resuelto",
"""Ya está resuelto, no hace falta escalarlo. ¡Muchas gracias, Pablo, un crack!""")
    m(B, "es", "n2", "", "nuestro ejecutivo de cuenta dijo", "Renovación",
"""Nuestro ejecutivo de cuenta, Diego, dijo que la renovación mantenía el precio. ¿Me lo confirman?""")
    m(B, "es", "m1", "M", "deme el contacto de su jefe", "Reclamo",
"""Deme el correo de su jefe, por favor. Esto no puede seguir así.""")
    # ---------------- it
    m(B, "it", "n1", "", "fuori ufficio, contattare il mio responsabile", "Fuori sede",
"""Sarò fuori ufficio fino al 3/12. Per urgenze contattare il mio responsabile, dott. Gatti.""")
    m(B, "it", "n2", "", "non c'è bisogno di scalare", "Re: risolto",
"""Risolto, non c'è bisogno di passare la pratica a nessun superiore. Grazie mille!""")
    m(B, "it", "m1", "M", "inoltrate al vostro responsabile", "Reclamo",
"""Inoltrate questa mail al vostro responsabile, grazie.""")
    # ---------------- nl
    m(B, "nl", "n1", "", "afwezig, neem contact op met mijn leidinggevende", "Afwezig",
"""Ik ben afwezig tot 1 december. Voor dringende zaken kunt u contact opnemen met mijn leidinggevende, Mark Jansen.""")
    m(B, "nl", "n2", "", "accountmanager Eva zei", "Contract",
"""Onze accountmanager Eva zei dat we het contract maandelijks konden opzeggen. Klopt dat?""")
    m(B, "nl", "m1", "M", "stuur door naar uw leidinggevende", "Klacht",
"""Stuur deze klacht alstublieft door naar uw leidinggevende.""")
    # ---------------- pl
    m(B, "pl", "n1", "", "nieobecność, kontakt z kierownikiem", "Nieobecność",
"""Jestem nieobecna do 2.12. W pilnych sprawach proszę kontaktować się z moim kierownikiem, panem Wójcikiem.""")
    m(B, "pl", "n2", "", "nie trzeba eskalować, dziękuję", "Re: działa",
"""Już działa, nie ma potrzeby eskalacji. Bardzo dziękuję za pomoc!""")
    m(B, "pl", "m1", "M", "proszę o dane kontaktowe przełożonego", "Skarga",
"""Proszę o dane kontaktowe Pani przełożonego.""")
    # ---------------- pt
    m(B, "pt", "n1", "", "ausente, contactar a minha chefe", "Ausência",
"""Estou fora até 2/12. Em caso de urgência contacte a minha chefe, Dra. Marta Reis.""")
    m(B, "pt", "n2", "", "nao precisa escalonar, obrigado", "Re: resolvido",
"""Resolvido! Não precisa escalonar nada, vocês foram ótimos.""")
    m(B, "pt", "m1", "M", "pt-BR, manda pro seu superior", "Reclamação",
"""Encaminhe minha reclamação para o seu superior, por favor.""")
    # ---------------- sv
    m(B, "sv", "n1", "", "frånvaro, kontakta min chef", "Frånvaro",
"""Jag är ledig till 1/12. Vid brådskande ärenden, kontakta min chef Anders Ek.""")
    m(B, "sv", "n2", "", "ingen eskalering behövs", "Re: Löst",
"""Allt funkar nu, ingen eskalering behövs. Tack Linnea!""")
    m(B, "sv", "m1", "M", "ge mig namnet på din chef", "Klagomål",
"""Ge mig namnet på din chef.""")
    # ---------------- da
    m(B, "da", "n1", "", "fravær, kontakt min leder", "Fraværende",
"""Jeg er på ferie til 1/12. Ved hastesager kan I kontakte min leder, Lone Berg.""")
    m(B, "da", "n2", "", "ingen grund til eskalering", "Re: Løst",
"""Det virker nu, ingen grund til eskalering. Tusind tak!""")
    m(B, "da", "m1", "M", "send videre til jeres ledelse", "Klage",
"""Send venligst min klage videre til jeres ledelse.""")
    # ---------------- ro
    m(B, "ro", "n1", "", "concediu, contactati sefa mea", "Absenta",
"""Sunt in concediu pana pe 2.12. Pentru urgente contactati-o pe sefa mea, dna Ionescu.""")
    m(B, "ro", "n2", "", "nu e nevoie de escaladare", "Re: rezolvat",
"""Merge acum, nu mai e nevoie de escaladare. Multumesc frumos!""")
    m(B, "ro", "m1", "M", "dati-mi datele de contact ale sefului", "Reclamatie",
"""Dati-mi va rog datele de contact ale sefului dumneavoastra.""")
