"""devset15 abusive, batch 4 (measured before tuning on it): all languages; harassment (posting an
agent's photo, following on social media), obfuscated and misspelled insults, regional words, insults
at a named driver/technician, a polite mail with one insult; negatives: criticism, idioms, self, quotes."""
B = "b4"

def add_b4(m):
    # de
    m(B, "de", "a1", "A", "harassment: Foto des Fahrers posten", "Ihr Fahrer",
"""Ich habe Ihren Fahrer fotografiert. Das Foto kommt mit Name und Kennzeichen auf Facebook, dann weiß jeder im Dorf, was für ein Penner das ist.""")
    m(B, "de", "a2", "A", "obfuscated: A.r.s.c.h.l.ö.c.h.e.r, Spasti", "Support",
"""ihr a r s c h l o c h e r. lauter spastis bei euch am telefon""", fmt="b64")
    m(B, "de", "n1", "", "harte Kritik ohne Beleidigung", "Beschwerde",
"""Ihr Kundenservice ist eine einzige Katastrophe. Ich erwarte bis Freitag eine schriftliche Stellungnahme.""")
    # fr
    m(B, "fr", "a1", "A", "polite mail, one insult, named conseillère", "Résiliation abonnement",
"""Bonjour,
Je souhaite résilier mon abonnement (contrat 55-1290) à compter du 1er décembre. Merci de m'envoyer la confirmation par courrier.
Votre conseillère Nathalie est une grosse dinde incapable de retrouver un contrat.
Cordialement, M. Lefèvre""", fmt="qp", charset="iso-8859-1")
    m(B, "fr", "a2", "A", "threat to driver: je vais lui casser la gueule", "livreur",
"""Votre livreur m'a encore jeté le colis par-dessus le portail. La prochaine fois je lui casse la gueule, à ce connard.""")
    m(B, "fr", "n1", "", "insult at oneself", "erreur",
"""Quelle idiote je fais, j'ai commandé la mauvaise taille. Comment faire un échange ?""")
    # es
    m(B, "es", "a1", "A", "harassment: voy a publicar la foto del técnico", "técnico",
"""Tengo la foto y el nombre de su técnico. La voy a subir a todos los grupos del barrio para que todos sepan qué clase de sinvergüenza es.""")
    m(B, "es", "a2", "A", "es: gilipollas typo", "devolucion",
"""sois unos jilipollas, me teneis harto. el de la tienda un subnormal""")
    m(B, "es", "n1", "", "es: anger no insult, vergüenza", "queja",
"""Es una vergüenza cómo tratan a sus clientes. Llevo un mes esperando. Exijo una solución ya.""")
    # it
    m(B, "it", "a1", "A", "named driver insult, dialect: quel tamarro del corriere vostro", "consegna",
"""Il vostro autista Gianni è un cafone e un ignorante, mi ha urlato addosso. Mandate gente educata, non questi trogloditi.""")
    m(B, "it", "a2", "A", "threat to harass online", "Federica",
"""Ho trovato il profilo Instagram della vostra operatrice Federica. Se domani non ho il rimborso le scrivo tutti i giorni finché non si licenzia.""")
    m(B, "it", "n1", "", "Italian idiom: in bocca al lupo, uccidere per", "grazie",
"""Grazie mille, siete stati fantastici. Ucciderei per avere un servizio così anche dalla banca!""")
    # pt
    m(B, "pt", "a1", "A", "pt-BR harassment: vou expor vc", "atendente Carla",
"""Carla, vou expor o seu nome e a sua cara no meu Instagram com 40 mil seguidores. Vai ficar conhecida como a incompetente que roubou meu dinheiro.""")
    m(B, "pt", "a2", "A", "pt-BR obfuscated: fdp, vsf", "cancelamento",
"""cancela essa m*rda logo seus fdp. vsf todo mundo ai""")
    m(B, "pt", "n1", "", "pt-BR: swearing about the system only", "sistema",
"""que merda de sistema, caiu de novo. alguém vê isso pfv""")
    # nl
    m(B, "nl", "a1", "A", "Dutch named agent + obfuscated k*nker", "Sanne",
"""Sanne van de klantenservice is een k*nkerwijf. Zeg haar dat ze haar bek moet houden.""")
    m(B, "nl", "a2", "A", "Dutch threat: ik trek hem uit die bus", "bezorger",
"""Als die bezorger van jullie nog één keer mijn pakket in de bak gooit trek ik hem uit zijn busje en sla ik hem verrot.""")
    m(B, "nl", "n1", "", "Dutch self", "fout",
"""Ik ben echt een sukkel, verkeerde adres ingevuld. Kunnen jullie het aanpassen?""")
    # sv
    m(B, "sv", "a1", "A", "Swedish insult obfuscated + named", "Anna",
"""Anna i er kundtjänst är en j*vla fitta. Byt ut henne.""")
    m(B, "sv", "a2", "A", "Swedish threat: spöa, leta upp", "installatören",
"""Jag ska leta upp er installatör och spöa skiten ur honom. Han förstörde mitt kök.""")
    m(B, "sv", "n1", "", "Swedish third party", "grannen",
"""Grannen är en idiot som tog mitt paket. Kan ni skicka ett nytt?""")
    # da
    m(B, "da", "a1", "A", "Danish: I er nogle røvhuller, nar", "kundeservice",
"""I er nogle røvhuller allesammen. Jeres sælger er en kæmpe nar.""")
    m(B, "da", "a2", "A", "Danish harassment: finder din Facebook", "Lars",
"""Lars, jeg har fundet din Facebook og din kones. Hvis I ikke betaler tilbage, så skriver jeg til hele din familie.""")
    m(B, "da", "n1", "", "Danish idiom: dræbe for", "ønske",
"""Jeg ville slå ihjel for en mørk tilstand i appen haha. Ellers god app.""")
    # pl
    m(B, "pl", "a1", "A", "Polish polite with insult", "Reklamacja",
"""Dzień dobry,
składam reklamację zamówienia nr 88123 - przyszedł uszkodzony towar. Zdjęcia w załączniku.
Pani z infolinii to tępa dzida, która nie umie przyjąć zgłoszenia.
Z poważaniem, Tomasz Nowak""", fmt="b64", charset="iso-8859-2")
    m(B, "pl", "a2", "A", "Polish threat: połamię mu nogi", "monter",
"""Jak ten wasz monter się jeszcze raz pokaże, to mu połamię nogi. Wiem, gdzie mieszka.""")
    m(B, "pl", "n1", "", "Polish idiom zabiłbym za", "sugestia",
"""Zabiłbym za tryb ciemny w aplikacji :) Poza tym wszystko super.""")
    # ro
    m(B, "ro", "a1", "A", "Romanian threat: te prind", "curier",
"""Daca te prind, curierule, iti sparg fata. Stiu pe unde umbli.""")
    m(B, "ro", "a2", "A", "Romanian named insult: proasta aia de la call center", "Andreea",
"""Proasta aia de Andreea de la call center mi-a inchis telefonul. Sunteti o adunatura de tarani.""")
    m(B, "ro", "n1", "", "Romanian self-deprecation", "parola",
"""Ce prost sunt, am uitat parola iar. Ma puteti ajuta?""")
    # en
    m(B, "en", "a1", "A", "US: I'll be in your lobby Monday, and I won't be polite", "Account 7781",
"""I'll be in your lobby Monday morning and your manager better pray I'm in a good mood. Useless sack of crap.""")
    m(B, "en", "a2", "A", "UK: absolute weapon, gormless", "Re: delivery slot",
"""The lad who answered was an absolute weapon. Gormless. Put me through to someone with a pulse.""")
    m(B, "en", "a3", "A", "dehumanise + compare: a chimp with a keyboard", "support",
"""Hire a chimp with a keyboard, it would still outperform you worthless lot.""")
    m(B, "en", "n1", "", "quoted review with insults, customer asks to remove", "remove review",
"""Someone left a review on our page calling your staff 'brainless clowns'. It's fake, please remove it.""")
    m(B, "en", "n2", "", "insults about competitor company", "switching",
"""We're switching from AcmeDesk, their support are clowns. Can you help us import our tickets?""")
