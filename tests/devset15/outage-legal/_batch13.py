"""devset15 outage-legal, batch 13 = final fresh check (measured before tuning, then tuned only where
a general entry fits): mixed themes and languages, new wording throughout."""
B = "b13"

def add_b13(m):
    m(B, "it", "o1", "O", "follow-up: nulla di fatto", "R: Blocco piattaforma",
"""Nulla di fatto, siamo ancora tutti bloccati e i clienti in negozio aspettano.

Piero""")
    m(B, "it", "l1", "L", "adirò le vie legali", "Ultimatum",
"""Se entro lunedì non ricevo il rimborso adirò le vie legali senza ulteriore preavviso.

Carla""")
    m(B, "it", "n1", "", "nulla di fatto about a quote", "R: Preventivo",
"""Nulla di fatto col preventivo, il nostro direttore ha scelto un altro fornitore. Grazie comunque.

Piero""")
    m(B, "da", "o1", "O", "several offices, terse", "Alle kontorer",
"""Ingen af vores kontorer kan åbne programmet i dag. Hvad sker der?

Bent""")
    m(B, "da", "l1", "L", "I'll take it to small claims (forliges/retten)", "Betaling",
"""Hvis ikke pengene er inde på min konto fredag, tager jeg sagen i retten.

Hanne""")
    m(B, "es", "o1", "O", "es-AR: se cayó todo en las sucursales", "todo caído",
"""Se cayó todo de nuevo, en ninguna de las sucursales se puede facturar. Necesitamos respuesta ya.

Mauro""")
    m(B, "es", "l1", "L", "demanda + juzgado", "Demanda",
"""Mi abogada ya está redactando la demanda. Nos vemos en el juzgado.

Silvia""")
    m(B, "es", "n1", "", "demanda = demand for product", "Demanda alta",
"""Tenemos mucha demanda estos días, ¿podemos ampliar el número de citas online por franja?

Rosa""")
    m(B, "fr", "o1", "O", "is it down for everyone? we're 12 stuck", "Panne ?",
"""C'est en panne chez vous ? On est douze au bureau à ne rien pouvoir faire depuis 9h.

Louis""")
    m(B, "fr", "l1", "L", "mise en demeure envoyée", "Mise en demeure",
"""Vous recevrez ce jour une mise en demeure par lettre recommandée. À défaut de règlement, je saisirai le tribunal.

Mme Caron""")
    m(B, "pl", "o1", "O", "nadal leży, several branches", "Odp: Awaria",
"""Nadal leży. W trzech oddziałach stoją kolejki, nic nie da się zrobić.

Teresa""")
    m(B, "pl", "l1", "L", "pozew + sąd", "Pozew",
"""Pozew jest gotowy, w poniedziałek składam go w sądzie.

Damian""")
    m(B, "pl", "n1", "", "pozew template feature", "Szablony pism",
"""Czy w module dokumentów jest szablon pozwu o zapłatę dla naszych dłużników?

Kancelaria""")
    m(B, "ro", "o1", "O", "nu mai merge nimic la nimeni", "Urgent",
"""Nu mai merge nimic la nimeni de la noi din firmă, nici pe calculator nici pe telefon.

Sorina""")
    m(B, "ro", "l1", "L", "protecția consumatorului + instanță", "Reclamatie",
"""Am depus deja reclamație la Protecția Consumatorului și urmează instanța.

Gelu""")
    m(B, "sv", "o1", "O", "all clinics, follow-up", "SV: Journalsystemet",
"""Fortfarande ingen access på någon av våra kliniker, vi har fått ställa in patienter.

/Jenny""")
    m(B, "sv", "l1", "L", "Kronofogden / stämning", "Stämning",
"""Jag kommer att stämma er i tingsrätten om pengarna inte är tillbaka i veckan.

Ola""")
    m(B, "sv", "n1", "", "ingen access för ny användare", "Access",
"""Vår nya kollega har ingen access till rapporterna. Kan ni lägga till henne?

/Jenny""")
    m(B, "de", "o1", "O", "seit heute früh nix", "Geht nix",
"""Seit heute früh geht bei uns in der ganzen Praxis nix mehr, Patienten können nicht eingecheckt werden.

Dr. Weber""")
    m(B, "de", "l1", "L", "Klage eingereicht", "Klage",
"""Ich habe heute Klage beim Amtsgericht eingereicht.

Bernd""")
    m(B, "nl", "o1", "O", "ligt eruit bij alle vestigingen", "Alles ligt eruit",
"""Bij al onze vestigingen ligt alles eruit sinds vanochtend.

Joost""")
    m(B, "nl", "l1", "L", "naar de rechter", "Rechter",
"""Als dit niet voor vrijdag is opgelost, stap ik naar de rechter.

Henk""")
    m(B, "pt", "o1", "O", "pt-PT: está tudo em baixo nas lojas", "Em baixo",
"""Está tudo em baixo outra vez em todas as lojas, ninguém consegue faturar.

Vasco""")
    m(B, "pt", "l1", "L", "tribunal + advogado pt-PT", "Tribunal",
"""O meu advogado vai avançar com o processo em tribunal.

Helena""")
    m(B, "en", "o1", "O", "none of our 5 clinics", "Clinics",
"""None of our five clinics can open the booking system this morning. Patients are queueing.

Dr. Shah""")
    m(B, "en", "l1", "L", "letter before action", "Letter before action",
"""Please treat this email as a letter before action. If the sum is not paid within 14 days I will issue proceedings.

Andrew""")
    m(B, "en", "n1", "", "court as tennis court booking down? single court", "Court 2",
"""Court 2 shows as unavailable in the booking page but it's free. Can you check?

Tennis Club""")
