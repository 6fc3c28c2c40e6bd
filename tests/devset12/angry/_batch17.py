"""devset12 angry, batch 17 (measured before any tuning on it): "unbelievable" in anger vs praise,
rude agent complaints, wasted hours, verification loops; negatives: "unbelievable" praise."""
B = "b17"

def add_b17(m):
    m(B, "en", "a1", "A", "rude agent", "Your agent on the phone",
"""The agent I spoke to this morning was rude, talked over me and then put me on hold for 20 minutes without saying a word. I've never been spoken to like that by a company I pay.

Linda""")
    m(B, "en", "a2", "A", "verification loop", "Locked out - again",
"""Third time this week I've had to verify my identity, upload my passport, wait 48 hours, and then get locked out again the next morning. I've wasted hours on this loop.

Kwame""")
    m(B, "en", "n1", "", "unbelievable praise", "Unbelievable service",
"""Unbelievable service from Marta today - she solved in ten minutes what I'd been stuck on for a week. Please pass on my thanks!

Jo""")
    m(B, "de", "a1", "A", "unglaublich angry + unfreundlich", "Ihr Mitarbeiter",
"""Unglaublich, wie ich heute am Telefon behandelt wurde. Ihr Mitarbeiter war unfreundlich, hat mich ständig unterbrochen und dann einfach aufgelegt. So redet man nicht mit zahlenden Kunden.

Bernd""")
    m(B, "de", "n1", "", "unglaublich praise", "Unglaublich schnell",
"""Unglaublich, wie schnell das ging! Danke an Frau Yilmaz.

Paula""")
    m(B, "fr", "a1", "A", "incroyable angry + impoli", "Votre conseiller",
"""Incroyable. Votre conseiller a été d'une impolitesse rare, m'a coupé la parole et m'a raccroché au nez. On ne parle pas comme ça à un client.

Josiane""")
    m(B, "fr", "n1", "", "incroyable praise", "Merci",
"""Incroyable, problème réglé en dix minutes. Merci beaucoup à Lucas !

Anaïs""")
    m(B, "es", "a1", "A", "maleducado agent", "Vuestro agente",
"""El agente que me atendió fue un maleducado: me interrumpía, no me dejaba hablar y al final me colgó. No es forma de tratar a un cliente.

Ángel""")
    m(B, "es", "n1", "", "increíble praise", "Gracias",
"""¡Increíble! Resuelto en diez minutos. Gracias a Laura.

Raquel""")
    m(B, "it", "a1", "A", "ore perse + verifica", "Bloccato di nuovo",
"""Terza volta questa settimana che devo verificare l'identità, caricare il documento, aspettare 48 ore e poi ritrovarmi bloccato. Ho perso ore dietro a questa assurdità.

Ivo""")
    m(B, "it", "n1", "", "incredibile praise", "Grazie",
"""Incredibile, tutto risolto in dieci minuti. Grazie a Marco!

Gaia""")
    m(B, "pt", "a1", "A", "mal educado", "Atendente",
"""O atendente foi mal-educado, interrompeu-me várias vezes e acabou por desligar. Não se fala assim com um cliente.

Rosa""")
    m(B, "pt", "n1", "", "inacreditável praise", "Obrigada",
"""Inacreditável, resolvido em dez minutos! Obrigada ao Tiago.

Sara""")
    m(B, "nl", "a1", "A", "onbeschoft", "Uw medewerker",
"""Uw medewerker was ronduit onbeschoft, onderbrak me steeds en hing toen gewoon op. Zo ga je niet met klanten om.

Harm""")
    m(B, "nl", "n1", "", "ongelooflijk praise", "Top",
"""Ongelooflijk snel geholpen, binnen tien minuten opgelost. Bedankt!

Fleur""")
    m(B, "pl", "a1", "A", "niegrzeczny konsultant", "Konsultant",
"""Konsultant był niegrzeczny, ciągle mi przerywał, a na koniec się rozłączył. Tak się nie rozmawia z klientem.

Jerzy""")
    m(B, "pl", "n1", "", "niesamowite praise", "Dzięki",
"""Niesamowite, naprawione w dziesięć minut. Dziękuję!

Hania""")
    m(B, "ro", "a1", "A", "nepoliticos", "Operatorul",
"""Operatorul a fost nepoliticos, m-a întrerupt mereu și apoi mi-a închis telefonul. Nu așa se vorbește cu un client.

Toma""")
    m(B, "ro", "n1", "", "incredibil praise", "Mulțumesc",
"""Incredibil, rezolvat în zece minute! Mulțumesc!

Ada""")
    m(B, "da", "a1", "A", "uhøflig", "Jeres medarbejder",
"""Jeres medarbejder var direkte uhøflig, afbrød mig hele tiden og lagde så bare på. Sådan taler man ikke til kunder.

Flemming""")
    m(B, "da", "n1", "", "utroligt praise", "Tak",
"""Utroligt hurtigt! Løst på ti minutter. Tak!

Signe""")
    m(B, "sv", "a1", "A", "otrevlig", "Er handläggare",
"""Er handläggare var otrevlig, avbröt mig hela tiden och lade sedan bara på. Så pratar man inte med kunder.

Bo""")
    m(B, "sv", "n1", "", "otroligt praise", "Tack",
"""Otroligt snabb hjälp, fixat på tio minuter. Tack!

Alva""")
