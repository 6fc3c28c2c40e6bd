"""devset18 validation, batch 6: one more positive and one more hard negative per language, in voices
and situations the earlier batches lack (rotating the tag by language). Measure only."""
B = "b6"


def add_b6(m):
    m(B, "en", "o5", "O", "is it just us: 6 people, everything dead", "is it just us",
"""Is it just us or is the whole thing dead? All 6 of us here get a spinning wheel and then 'Request failed'. Phones on 4G too, so not our network.""")
    m(B, "en", "n17", "", "legal neg: joke, his wife 'threatening to sue' him over late exports", "Export taking ages",
"""The monthly export took 2 hours again last night. My wife is threatening to sue me for neglect if I stay late for it one more time, ha. Any way to schedule it overnight instead?""")
    m(B, "de", "w5", "W", "neuer Hausverwalter: Adminrolle vom Vorgänger übertragen", "Übergabe Verwaltung",
"""Guten Tag, ab 1.12. übernehmen wir die Verwaltung der WEG Lindenstraße 8. Die bisherige Verwaltung Schulte reagiert nicht. Bitte entziehen Sie Herrn Schulte die Administratorrolle und übertragen Sie das Konto auf mich, damit ich die Eigentümerversammlung einladen kann.
Mit freundlichen Grüßen
T. Hartmann, Hausverwaltung Hartmann""")
    m(B, "de", "n15", "", "outage neg: eigener Exchange-Server abgestürzt", "Mails kommen nicht an",
"""Falls Sie sich wundern, dass von uns keine Antworten kommen: unser eigener Mailserver ist gestern abgestürzt, der Dienstleister arbeitet dran. Liegt nicht an Ihnen.""")
    m(B, "da", "a5", "A", "dehumanising, guldfisk brain, formal", "Vedr. sag 4471",
"""Kære kundeservice

Vær venlig ikke at sende mig flere svar fra den praktikant med en guldfisks hjerne. Han er en skændsel, og ærligt talt burde han ikke have lov at tale med voksne mennesker.

Med venlig hilsen
Birgit Mortensen""")
    m(B, "da", "n14", "", "outage neg: status digest with an incident", "Ugentlig driftsstatus",
"""Driftsstatus uge 47: Alle systemer kørte normalt, bortset fra en kort forstyrrelse i betalingsmodulet tirsdag kl. 14.10-14.25, som blev løst. Ingen handling påkrævet.""")
    m(B, "ro", "o5", "O", "nothing works, neither us nor our online customers", "Nu merge nimic",
"""Nu merge nimic de o oră: nici noi din magazin nu putem intra în aplicație, nici clienții care comandă online, tuturor le dă eroare la plată și la logare.""")
    m(B, "ro", "n14", "", "legal neg: asks where the legal terms are", "Termeni si conditii",
"""Bună, unde găsesc termenii și condițiile și mențiunile legale actualizate? Juristul nostru vrea să le citească înainte de reînnoire.""")
    m(B, "pl", "a5", "A", "threat at sales staff who keep calling", "Telefony od handlowców",
"""Jeszcze raz któryś z waszych handlowców zadzwoni do mnie o 7 rano z ofertą, to przyjadę i połamię mu te jego słuchawki na głowie. Zapamiętajcie.""")
    m(B, "pl", "n14", "", "ownership neg: handing over the ticket on our side", "Przekazanie sprawy",
"""Dzień dobry, od jutra sprawą po naszej stronie zajmuje się kolega Adam Krawczyk (w kopii), on jest teraz właścicielem tego zgłoszenia u nas. Proszę pisać do niego.""")
    m(B, "es", "l5", "L", "Argentine: carta documento + Defensa del Consumidor", "Débito",
"""Me siguen debitando de la tarjeta después de la baja. Ya mandé la carta documento y el lunes hago la denuncia en Defensa del Consumidor. Ustedes verán.""")
    m(B, "es", "n14", "", "abusive neg: swearing at the printer", "Impresora",
"""Me cago en la impresora, otra vez se atasca con sus etiquetas. ¿Tienen un driver más nuevo o algo?""")
    m(B, "fr", "w5", "W", "Québec: nouveau propriétaire du dépanneur, mettez le compte à mon nom", "Compte du dépanneur",
"""Bonjour, j'ai acheté le dépanneur en octobre. Le compte est encore au nom de l'ancien propriétaire qui répond pas. Pouvez-vous mettre le compte à mon nom pis m'envoyer les accès? Merci!""")
    m(B, "fr", "n14", "", "outage neg: coupure de courant du quartier", "Rappel",
"""Bonjour, on a une coupure de courant dans tout le quartier depuis ce matin, je vous rappelle quand ça revient pour la formation.""")
    m(B, "nl", "o5", "O", "Flemish: niks pakt nog, niemand geraakt binnen", "Probleem",
"""Bij ons pakt er niks meer, niemand van de ploeg geraakt nog binnen in het programma. Ligt dat aan jullie?""")
    m(B, "nl", "n14", "", "legal neg: jurist signed the DPA", "Verwerkersovereenkomst",
"""Onze jurist heeft de verwerkersovereenkomst nagekeken en heeft geen opmerkingen. In de bijlage het getekende exemplaar.""")
    m(B, "sv", "a5", "A", "insult to named agent, angry phone style", "Emma",
"""Emma du är så jävla korkad att det gör ont. Lär dig läsa innan du svarar folk.""")
    m(B, "sv", "n14", "", "ownership neg: company name change after new CEO", "Nytt företagsnamn",
"""Vi har bytt namn och fått en ny vd. Hur ändrar jag företagsnamnet som står på fakturorna? Jag är själv kontoadministratör.""")
    m(B, "it", "l5", "L", "AGCOM / Corecom conciliazione", "Disdetta ignorata",
"""Avete ignorato la disdetta. Ho già avviato la conciliazione al Corecom e segnalerò la cosa anche all'AGCOM.""")
    m(B, "it", "n14", "", "outage neg: power cut in the whole village", "Corso di formazione",
"""Buongiorno, per il temporale è saltata la corrente in tutto il paese, quindi oggi non riusciamo a collegarci al corso. Possiamo spostarlo a giovedì?""")
    m(B, "pt", "o5", "O", "pt-BR call center: tela branca geral", "URGENTE call center",
"""ninguém aqui no call center consegue abrir os atendimentos, tela branca geral, 40 pessoas paradas. socorro""")
    m(B, "pt", "n14", "", "abusive neg: 'que porcaria' at a feature", "Filtro",
"""Que porcaria esse filtro novo, hein, não filtra nada por data. Dá pra voltar o antigo?""")
