"""devset15 abusive, batch 5 = generalisation batch (measured before tuning on it): fresh writers,
new wording of earlier themes (threats at staff, stalking, comparisons, dehumanising, named agents,
one insult in a long mail, typos, UK/AU/US), all languages, plus negatives."""
B = "b5"

def add_b5(m):
    m(B, "en", "a1", "A", "stalking: I've got your agent's shift times", "you'll see me",
"""I know what time your girl on the phones finishes, she takes the 6:15 bus. Maybe I'll ride along and we can discuss my refund properly.""")
    m(B, "en", "a2", "A", "comparison: a houseplant would be more use", "Re: Re: modem",
"""A pot plant would be more use than the three so-called technicians you've sent. Honestly, how are you people employed.""")
    m(B, "en", "a3", "A", "named + US: Brad is a dumbass and a tool", "Brad",
"""Brad is a total dumbass and a tool. Tell Brad I said so.""")
    m(B, "en", "a4", "A", "threat: break your technician's legs / kneecaps", "your guy",
"""Send that cowboy back here and he'll leave with two broken kneecaps.""")
    m(B, "en", "a5", "A", "insult in long billing mail, Australian", "Invoice 20331 - incorrect GST",
"""G'day,

Invoice 20331 has GST charged twice on the hardware line ($84.50 on top of $84.50). Our ABN is on file and the original quote (Q-1188) was correct. Please send a corrected tax invoice so we can pay before the 30th.

Also the bloke who handled our last call is a useless tosspot and I don't want him anywhere near our account.

Cheers,
Shane Whitlock
Whitlock Plumbing""")
    m(B, "en", "a6", "A", "dehumanising: you are a disease, a cancer", "you",
"""You are a disease. A cancer on the industry, every last one of you.""")
    m(B, "en", "a7", "A", "typos: ur all retadrs, dum as rocks", "hey",
"""ur all retads honestly. dum as rocks the lot of u""")
    m(B, "en", "a8", "A", "harassment: I'll turn up at your home, found your address", "Mr Patel",
"""Mr Patel, I found your home address on the electoral roll. I might pay you and your wife a little visit at the weekend.""")
    m(B, "en", "a9", "A", "degrading: intellectually challenged, village idiot", "complaint",
"""The woman I spoke to is the village idiot, clearly. Intellectually challenged doesn't begin to cover it.""")
    m(B, "en", "n1", "", "anger, sarcasm, no insult", "Wonderful",
"""Wonderful. Another week, another broken promise. Genius move cancelling my order without telling me. I want it reinstated today.""")
    m(B, "en", "n2", "", "I'd kill for / murder a coffee / shoot me", "haha",
"""After three hours on this migration I'd murder a coffee. Shoot me the checklist when you can, no rush.""")
    m(B, "en", "n3", "", "insult at a third party: the previous owner", "ownership",
"""The previous owner of the business was a useless clown who never paid you. We've bought it now, please move the account to us.""")
    m(B, "en", "n4", "", "describing abuse received, support request", "stalker",
"""Someone keeps waiting outside my house and sending me messages calling me a stupid cow. How do I block him on your platform?""")
    m(B, "de", "a1", "A", "de: Sie Hohlbratze, named", "Herr Maier",
"""Herr Maier, Sie sind eine Hohlbratze. Merken Sie sich das.""")
    m(B, "de", "a2", "A", "de threat: ich pass den ab", "Monteur",
"""Euren Monteur pass ich nach Feierabend ab, dann reden wir mal unter Männern. Ich weiß, wo er parkt.""")
    m(B, "de", "n1", "", "de third party", "Nachbar",
"""Der Paketbote hat das Paket beim Nachbarn abgegeben, und der Typ ist ein Idiot und rückt es nicht raus. Was kann ich tun?""", free="A")
    m(B, "fr", "a1", "A", "fr: vous êtes des incapables doublés de menteurs", "SAV",
"""Bande d'incapables. Votre technicien est un abruti fini.""")
    m(B, "fr", "a2", "A", "fr threat: gare à lui", "technicien",
"""Si votre technicien remet les pieds chez moi, il repartira en ambulance.""")
    m(B, "es", "a1", "A", "es: inútiles de mierda, named", "Rocío",
"""Rocío es una inepta y una mentirosa. Sois todos unos inútiles de mierda.""")
    m(B, "es", "a2", "A", "es threat: te voy a buscar", "instalador",
"""Al instalador ese lo voy a buscar y le voy a romper la cara. Sé en qué furgoneta va.""")
    m(B, "it", "a1", "A", "it: siete delle capre, Roman", "assistenza",
"""Siete 'na massa de burini ignoranti. L'operatore che m'ha risposto è un cojone.""")
    m(B, "it", "a2", "A", "it threat: vengo lì e vi spacco la faccia", "negozio",
"""Se domani non avete il mio telefono vengo in negozio e vi spacco la faccia a tutti.""")
    m(B, "pt", "a1", "A", "pt-BR: cambada de lesados", "suporte",
"""cambada de lesados, o tal do Felipe é um anta completo""")
    m(B, "pt", "a2", "A", "pt threat: vou esperar o técnico lá fora", "técnico",
"""Fala pro técnico de vocês que eu vou estar esperando ele lá fora com uns amigos. Ele vai aprender.""")
    m(B, "nl", "a1", "A", "nl: jullie zijn tuig, uitschot", "jullie",
"""Jullie zijn tuig. Uitschot, allemaal.""")
    m(B, "nl", "a2", "A", "nl threat: ik weet waar hij woont", "monteur",
"""Ik weet waar jullie monteur woont. Zeg maar dat hij goed op moet letten.""")
    m(B, "sv", "a1", "A", "sv: era mongon, named", "Erik",
"""Erik är ett jävla pucko. Ni är ett gäng inavlade lantisar.""")
    m(B, "sv", "n1", "", "sv: vänta utanför harmless", "leverans",
"""Jag väntar på chauffören utanför porten kl 10, ringklockan är trasig.""")
    m(B, "da", "a1", "A", "da: I er noget pak, named", "Søren",
"""Søren er et fjols og en løgner. I er noget pak.""")
    m(B, "da", "n1", "", "da: anger, no insult", "klage",
"""Jeg er rasende. Tre uger uden svar er ikke i orden. Ring til mig i dag.""")
    m(B, "pl", "a1", "A", "pl: jesteście bandą nieudaczników", "infolinia",
"""jestescie banda nieudacznikow. ta baba z infolinii to glupia krowa""")
    m(B, "pl", "n1", "", "pl: self", "błąd",
"""Jestem idiotą, zapłaciłem dwa razy. Czy możecie zwrócić jedną płatność?""")
    m(B, "ro", "a1", "A", "ro: sunteti niste jegosi", "suport",
"""Sunteti niste jegosi si niste hoti. Operatoarea e o vaca proasta.""")
    m(B, "ro", "n1", "", "ro: self and app", "aplicatia",
"""Aplicatia asta e de rahat, si eu sunt un prost ca am platit-o. Cum o anulez?""")
