"""devset13 abusive, batch 6 (measured before any tuning on it): fresh positives + traps for round-8 words."""
B = "b6"

def add_b6(m):
    # ---------------- en
    m(B, "en", "p1", "X", "you're an embarrassment to your parents", "Re: Re: call back",
"""Your parents must be so proud, raising a son whose only skill is reading 'we apologise for the inconvenience' off a screen. You're an embarrassment to the human race.""")
    m(B, "en", "p2", "X", "threat: I'll make sure you never work again + follow", "Agent 0412",
"""I have your first name, your badge number and the branch you work at. I'll be following you home one of these evenings, Callum, so we can have a proper chat.""", fmt="qp")
    m(B, "en", "p3", "X", "contempt: subhuman call centre drones", "complaint",
"""Mindless drones, the lot of you. Not one functioning brain cell between your entire department.""")
    m(B, "en", "p4", "X", "sexist slur obfuscated: wh0re", "RE: chat",
"""the little wh0re on live chat blocked me. tell her she'd make more money on a street corner""", fmt="html")
    m(B, "en", "n1", "", "accidents happen benign + catch my drift", "Broken mug",
"""No worries about the broken mug in the parcel, accidents happen! If you could send a replacement that'd be great. The courier was lovely.

Thanks, Jess""")
    m(B, "en", "n2", "", "quote of abuse in a staff training request", "Training request",
"""We'd like your de-escalation training for our call centre. Our agents regularly hear things like "you're a useless idiot" and "I'll find you", and we want to support them better.

HR Team""", fmt="qp")
    m(B, "en", "n3", "", "self: I feel like a fool, drone hobby", "Drone order",
"""I feel like a complete fool, I ordered the drone without the battery. Can you add one to the order? Also, is the camera drone waterproof?

Ken""")
    m(B, "en", "n4", "", "criticism: embarrassing service", "Embarrassing",
"""Frankly your service has been embarrassing this month. Missed deliveries, wrong invoices and nobody calling back. Fix it or we'll move our account.

Harriet Cole
Operations Director""")

    # ---------------- it
    m(B, "it", "p1", "X", "demeaning: sei un poveraccio / morto di fame", "Re: offerta",
"""Sei un poveraccio, un morto di fame che legge un copione. Vai a zappare la terra che è meglio.""")
    m(B, "it", "p2", "X", "threat: vi faccio chiudere e vi vengo a trovare", "Centro assistenza Bari",
"""Vengo al centro assistenza domani e al tecnico gli rompo le gambe, così impara a prendermi in giro.""", fmt="qp")
    m(B, "it", "p3", "X", "sexist: troietta", "operatrice",
"""Quella troietta al telefono si è messa a ridere. Ma chi assumete, le ragazzine del bar?""")
    m(B, "it", "p4", "X", "wish harm: che tu possa crepare", "Tanti auguri",
"""Che tu possa crepare insieme a quel ladro del tuo direttore.""", fmt="b64")
    m(B, "it", "n1", "", "gallina/pezzente/burino in neutral contexts", "Ricetta e ordine",
"""Salve, per il ristorante vorremmo ordinare il brodo di gallina surgelato e il formaggio 'pezzente' della Basilicata (si chiama proprio così). Avete disponibilità?

Chef Antonio""")
    m(B, "it", "n2", "", "dentist: ti faccio male? benign", "Appuntamento",
"""Il dottore mi ha detto 'se ti faccio male alzi la mano', è stato gentilissimo. Vorrei prenotare il controllo di marzo.

Grazie, Laura""", fmt="qp")
    m(B, "it", "n3", "", "vi aspetto fuori benign delivery", "Consegna",
"""Domani vi aspetto fuori dal cancello alle 9 per la consegna del divano, il citofono non funziona. Grazie!

Franco""")
    m(B, "it", "n4", "", "frustration at product: schifo", "Lavatrice",
"""Questa lavatrice fa schifo, perde acqua da una settimana. Mi mandate un tecnico? Sono stufo.

Gino""")

    # ---------------- pt
    m(B, "pt", "p1", "X", "pt-BR: vocês são uns lixos / escrotos", "Reclamação urgente",
"""Vocês são uns escrotos. Gente nojenta que ri da cara do cliente.""")
    m(B, "pt", "p2", "X", "pt-PT threat: vou lá e parto-lhe os dentes", "Técnico",
"""Se o vosso técnico voltar a faltar à marcação, vou à loja e parto-lhe os dentes todos.""", fmt="qp")
    m(B, "pt", "p3", "X", "pt-BR: sua macaca / racial", "Loja Shopping Norte",
"""Aquela caixa é uma macaca mal educada. Manda ela de volta pro mato.""")
    m(B, "pt", "p4", "X", "pt-PT: és um paspalho, badalhoca", "Re: Re: Marcação",
"""Tu és um paspalho. E a tua colega da receção é uma badalhoca.""", fmt="html")
    m(B, "pt", "n1", "", "toto/saloia as place/product", "Queijo saloio e totó",
"""Olá! Quero encomendar queijo saloio e pão saloio para a loja de Mafra, e uma mesa de totó para a sala de convívio. Entregam ao sábado?

Cumprimentos, Teresa""")
    m(B, "pt", "n2", "", "que morram as baratas - pest control", "Dedetização",
"""Contratei a dedetização de vocês e quero que morram todas as baratas do prédio, não só as da cozinha. Podem voltar na segunda?

Obrigada, Sônia""", fmt="qp")
    m(B, "pt", "n3", "", "pt-BR reporting customer who insulted me (as staff)", "Franquia - cliente agressivo",
"""Sou franqueado. Um cliente chamou minha funcionária de burra e ameaçou voltar. Como a central orienta nesses casos?

Eduardo""")
    m(B, "pt", "n4", "", "praise pt-PT: és um espetáculo", "Obrigado!",
"""O Pedro é um espetáculo, resolveu tudo. És o maior, pá!""")

    # ---------------- sv
    m(B, "sv", "p1", "X", "contempt: ni är ett skämt, pajasar", "Ärende 44021",
"""Ni är ett skämt till företag. Ett gäng pajasar som inte kan hålla vad ni lovar.""")
    m(B, "sv", "p2", "X", "threat: jag vet var du bor, vänta bara", "Tobias",
"""Tobias, jag har kollat upp dig. Jag vet vilken port du går in i på kvällarna. Vänta bara.""", fmt="qp")
    m(B, "sv", "p3", "X", "compound: horunge, jävla apa", "Re: Retur",
"""Din jävla horunge, du stängde mitt ärende utan att läsa. Vilken apa.""")
    m(B, "sv", "p4", "X", "demeaning gender: kvinnor borde inte", "Tekniker",
"""Skicka en manlig tekniker nästa gång. Kvinnor som hon borde hålla sig till att koka kaffe.""", fmt="html")
    m(B, "sv", "n1", "", "fegis/pack/apa benign", "Paket",
"""Hej, paketet med leksaksapan till min son kom aldrig. Kan ni kolla var det är? Jag är en fegis när det gäller att ringa, så mejl funkar bäst.

Mvh Linnea""")
    m(B, "sv", "n2", "", "skämt benign + swear", "Fakturan",
"""Fakturan ser ut som ett skämt, 0 kr och ändå påminnelse? Fan, vad konstigt. Kan ni kolla?

/Mikael""", fmt="qp")
    m(B, "sv", "n3", "", "reporting insult by another customer in queue", "Händelse i butik",
"""En annan kund kallade er kassör för apa medan jag stod i kön. Hon hanterade det fint. Ville bara berömma henne.

Hälsningar
Bo""")
    m(B, "sv", "n4", "", "harsh criticism", "Besviken",
"""Jag är oerhört besviken. Ingen återkoppling, fel vara två gånger och nu ett inkassokrav. Det här håller inte.

Ingrid Håkansson""")
