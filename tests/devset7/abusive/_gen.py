#!/usr/bin/env python3
"""devset7 abusive: fresh hand-written set for abusive (round 4, weak languages en/es/pt).
Edit here and re-run; it rewrites manifest.toml and <lang>/*.eml."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, forbid_others, mail_date, message_id, plain_mail

TAGS = ["abusive"]
HERE = Path(__file__).resolve().parent
A = "abusive"

M = []
def m(lang, name, expect, note, subject, body):
    M.append((lang, name, expect, note, subject, body.strip()))

# ---------------- en
m("en", "a1", [A], "patronising: small words, slow kids", "RE: RE: RE: case 44120",
"""Right, let me try again using small words, since whoever is reading this clearly needs them.

I. Want. My. Deposit. Back.

I'll type slowly for the slow kids on your support desk. The booking was cancelled by YOU, not by me, the email from your own system says so. I have attached it twice now.

Dan""")
m("en", "a2", [A], "morons running the company, rambling", "your so-called loyalty scheme",
"""Hello,

I have been a member of your loyalty programme since 2019 and I've never complained before, but this is the limit. Points that were on my account on Friday are gone, the app says "expired" although the terms on your own site say 24 months. I phoned on Saturday and was on hold for 52 minutes before being cut off.

It's obvious the morons running this place couldn't organise a bake sale. Every change you make is worse than the last one.

I want the 4,300 points restored and a written explanation.
Regards,
Patricia Lowe""")
m("en", "a3", [A], "get a brain, curt", "reply",
"""get a brain before you answer customers. I asked about delivery to Ireland, you sent me a link about returns. unbelievable""")
m("en", "a4", [A], "shove it + jobsworth", "Your 'policy'",
"""You can take your 14-day policy and shove it where the sun doesn't shine, you smug little jobsworth. The kettle arrived broken, I am not paying to send back something YOU broke.""")
m("en", "a5", [A], "physical threat at the depot", "Collection point",
"""Third time I've driven 40 minutes to your depot to be told the parcel "isn't there". If I'm sent away one more time, I swear somebody behind that counter is getting their teeth knocked in. Sort it.""")
m("en", "a6", [A], "doxxing the CEO", "A message for Mark",
"""Tell your CEO I've got his home address and his wife's mobile number. Unless my refund is processed by Friday both will be shared with every customer you've ripped off, let's see how he likes the attention.""")
m("en", "a7", [A], "imbeciles the lot of you, mid-mail", "Account locked AGAIN",
"""Good morning,

My account was locked again overnight. This is the fourth time this month. Each time I am asked to send a copy of my passport, each time I send it, and each time someone unlocks it and it is locked again two days later.

Imbeciles, the whole lot of you. Is there anybody in that building capable of reading a ticket history?

Please unlock it permanently and confirm in writing.
J. Okafor""")
m("en", "a8", [A], "non-native writer, stupid persons", "complain",
"""Hello. I am writing third time. You are very stupid persons, I think you are doing this on purpose to steal money from old people. My father pay two times for the same tv. Give back the money.""")
m("en", "n1", [], "swearing at the update, 'joke of an update'", "latest version",
"""What a joke of an update. The fucking calendar sync is broken again and the bloody widget shows yesterday's date. Honestly, who tests this crap? Please roll it back or tell me how to downgrade. Thanks, Mel""")
m("en", "n2", [], "quoting what the agent called the customer", "Complaint about an agent",
"""Hi,
I'd like to make a formal complaint. On the phone yesterday your agent told me I was "an idiot for not reading the terms" and then hung up. I don't think anybody should speak to customers like that. Could a manager look into call ref 88213?
Thanks, Sue""")
m("en", "n3", [], "self-deprecation: I'm the clown / no brain", "wrong size ordered",
"""Morning! I'm such a clown, I ordered the size 8 boots instead of the 9 again. No brain before coffee, clearly. Can I swap them for the 9s? Order 55102. Cheers, Amy""")
m("en", "n4", [], "third party insult about a neighbour + 'you people' friendly", "Parcel left with neighbour",
"""Hi you people are usually great, so just a heads-up: the driver left my parcel with my neighbour, who is honestly a nasty piece of work and has 'lost' two of my parcels before. Could you ask drivers not to do that? Many thanks.""")

# ---------------- es
m("es", "a1", [A], "sois unos sinvergüenzas + ladrones, Spain", "Cobro duplicado",
"""Buenas tardes,
Me habéis cobrado dos veces la cuota de marzo y nadie me responde. Sois unos sinvergüenzas y unos ladrones de guante blanco. Quiero mi dinero ya.
Lorena""")
m("es", "a2", [A], "me cago en la madre que os parió", "Otra vez sin pedido",
"""Me cago en la madre que os parió a todos. Tres semanas esperando una lavadora y hoy me decís que no hay stock. ¿Y no lo sabíais cuando me cobrasteis?""")
m("es", "a3", [A], "LatAm: bola de pendejos, rambling", "Pedido 77812 - urgente",
"""Hola,

Hice un pedido el día 3 para la tienda de mi mamá, pagué envío express porque lo necesitábamos para la reapertura. Hoy es 19 y el paquete sigue "en preparación". Llamé cuatro veces, una señorita me dijo que ya había salido, otro que no había salido, y otro me colgó.

Son una bola de pendejos, no saben ni hacer su trabajo más básico.

Exijo la devolución del envío express o el paquete mañana.
Ricardo""")
m("es", "a4", [A], "threat os voy a esperar a la salida", "Tienda de Gran Vía",
"""Ya me habéis tomado el pelo bastante. Mañana me paso por la tienda de Gran Vía y como el encargado me vuelva a dar largas os juro que sale de ahí con la cara partida.""")
m("es", "a5", [A], "más tonto que..., patronising", "Re: dirección de envío",
"""A ver, te lo explico despacito porque está claro que eres más tonto que un zapato: la dirección está MAL en el pedido, la cambié en mi perfil antes de pagar. Cámbiala y punto.""")
m("es", "a6", [A], "doxxing the agent on Twitter", "La chica del chat",
"""Ya sé cómo se llama la chica que me atendió en el chat y pienso subir su nombre y su foto a Twitter para que todo el mundo vea la gentuza que contratáis.""")
m("es", "a7", [A], "LatAm: rateros, hijos de su madre", "Me robaron",
"""Ustedes son unos rateros, hijos de su madre. Me descontaron 1.200 pesos por una suscripción que cancelé en enero y ahora dicen que no hay registro. Devuélvanme mi dinero.""")
m("es", "a8", [A], "missing accents, atajo de ineptos, hdp", "factura",
"""Es increible. Llevo un mes pidiendo la factura con mis datos fiscales correctos y me la mandais mal tres veces. Atajo de ineptos, no valeis ni para copiar un NIF. Quiero la factura bien hoy mismo""")
m("es", "n1", [], "swearing at situation, chapuza de actualización", "La app",
"""Me cago en la leche, se ha vuelto a colgar la app al pagar. Vaya chapuza de actualización, madre mía. ¿Sabéis cuándo lo vais a arreglar? Gracias.""")
m("es", "n2", [], "quoting agent who insulted customer", "Queja sobre un agente",
"""Hola, quiero poner una queja formal: ayer por teléfono vuestro agente me llamó "imbécil" cuando le pedí hablar con un responsable. Me parece inaceptable. La llamada fue a las 17:40. Un saludo, Marta""")
m("es", "n3", [], "self-deprecation qué tonta, soy un desastre", "Contraseña",
"""Perdonad, soy un desastre, he vuelto a poner mal la contraseña y se me ha bloqueado la cuenta. Qué tonta soy, de verdad. ¿Me la podéis desbloquear? Gracias, Ana""")
m("es", "n4", [], "the new search is useless (about a feature)", "Buscador nuevo",
"""Hola, el nuevo buscador es completamente inútil, no encuentra ni los productos por su referencia. Esta actualización es una broma de mal gusto. ¿Se puede volver al anterior? Saludos""")

# ---------------- pt
m("pt", "a1", [A], "vocês são uns incompetentes de marca maior (BR)", "Pedido atrasado",
"""Boa tarde. Meu pedido era pra chegar dia 10, hoje é 28. Vocês são uns incompetentes de marca maior, nem rastreio atualizam. Quero o estorno.""")
m("pt", "a2", [A], "bando de safados, rambling (BR)", "Cobrança indevida - URGENTE",
"""Olá,

Cancelei o plano em fevereiro pelo próprio aplicativo, tenho o print da tela de confirmação. Mesmo assim continuaram cobrando no meu cartão em março e abril. Liguei no SAC, fiquei 40 minutos esperando, a atendente disse que não consta cancelamento.

Bando de safados, vivem de roubar cliente desatento.

Quero o estorno das duas cobranças e a confirmação do cancelamento por escrito.
Fernanda""")
m("pt", "a3", [A], "vão se catar + seus palhaços", "Resposta",
"""Vão se catar, seus palhaços. Mandei três e-mails e vocês respondem sempre com a mesma mensagem automática.""")
m("pt", "a4", [A], "PT-PT threat: vou aí à loja", "Loja do Colombo",
"""Já é a terceira vez que me mandam à loja do Colombo buscar uma encomenda que não está lá. Se amanhã não estiver, vou aí e parto a cara ao primeiro que me aparecer à frente.""")
m("pt", "a5", [A], "doxxing attendant on Instagram", "A atendente Juliana",
"""Já descobri o Instagram da atendente Juliana que me desligou o telefone na cara. Vou espalhar a cara dela e o nome completo por tudo quanto é grupo, pra todo mundo saber quem ela é.""")
m("pt", "a6", [A], "enfiem no cu (PT-PT)", "Reembolso",
"""Podem enfiar o vosso vale de desconto no cu. Quero o meu dinheiro, não quero vales. Cambada de chulos.""")
m("pt", "a7", [A], "gente burra, no diacritics", "troca de produto",
"""meu deus que gente mais burra. ja expliquei 4 vezes que o produto veio com defeito e voces insistem em mandar eu reiniciar. sera que voces contratam qualquer animal pra atender?""")
m("pt", "a8", [A], "o rapaz é um atrasado + ladrões", "Técnico",
"""Bom dia,
O técnico que mandaram ontem não fez nada, ficou 10 minutos e foi embora, e cobraram a deslocação. O rapaz é um atrasado mental e vocês são uns ladrões.
Cumprimentos, Rui Antunes""")
m("pt", "n1", [], "swearing at the update (porra, merda de)", "Atualização",
"""Que merda de atualização, porra! Agora o app não abre de jeito nenhum no meu celular. Tem previsão de correção? Obrigado""")
m("pt", "n2", [], "quoting agent calling customer idiota", "Reclamação sobre atendimento",
"""Olá, quero registar uma reclamação: o atendente chamou-me de "idiota" ao telefone quando pedi o livro de reclamações. Gostaria que isso fosse averiguado. Obrigada, Sofia""")
m("pt", "n3", [], "self-deprecation sou uma anta", "Senha",
"""Oi, sou mesmo uma anta, esqueci a senha de novo e agora bloqueou. Vocês podem me ajudar a desbloquear? Valeu!""")
m("pt", "n4", [], "update is a palhaçada (about software)", "Nova versão",
"""Essa nova versão é uma palhaçada, os relatórios sumiram e o botão de exportar não faz nada. Podem verificar? Obrigado.""")

# ---------------- others: 2 positives + 1 hard negative
m("de", "a1", [A], "unterbelichtet, whole hotline", "Hotline",
"""Seid ihr in eurer Hotline eigentlich alle komplett unterbelichtet? Dreimal die gleiche Frage, dreimal eine andere falsche Antwort.""")
m("de", "a2", [A], "threat: wenn ich Sie in die Finger kriege", "Ihr Fahrer",
"""Ihr Fahrer hat mein Paket in den Regen gestellt. Wenn ich den Kerl in die Finger kriege, kann er sich seine Zähne einzeln aufsammeln.""")
m("de", "n1", [], "swearing at update", "Update",
"""Scheiß Update, verdammt noch mal. Seit gestern stürzt die App beim Öffnen ab. Wann kommt ein Fix? Danke""")
m("da", "a1", [A], "klovne, amatører", "Ordre",
"""I er sgu nogle klovne derude. Tredje gang I sender den forkerte størrelse, lær dog at læse en ordre, for helvede.""")
m("da", "a2", [A], "wish harm + stupid cow", "Kundeservice",
"""Den dumme ko i telefonen lagde på midt i samtalen. Jeg håber hun bliver fyret.""")
m("da", "n1", [], "self-deprecation + swearing at situation", "Kalender",
"""Pis og lort, opdateringen har slettet min kalender. Jeg er også en idiot, jeg tog ingen backup. Kan I gendanne den?""")
m("fr", "a1", [A], "bande de branquignols", "Colis",
"""Bande de branquignols, vous êtes incapables de livrer un colis à la bonne adresse. Troisième fois !""")
m("fr", "a2", [A], "threat casser la gueule", "Agence",
"""Si je dois revenir une quatrième fois à votre agence pour rien, je vous préviens, je casse la gueule au guichetier.""")
m("fr", "n1", [], "swearing at update", "Mise à jour",
"""Putain de mise à jour, c'est une blague ce truc. Plus rien ne se synchronise. Vous avez une solution ?""")
m("it", "a1", [A], "manica di incapaci e ladri", "Rimborso",
"""Siete una manica di incapaci e di ladri. Il rimborso doveva arrivare in 5 giorni, ne sono passati 40.""")
m("it", "a2", [A], "threat sotto l'ufficio", "Il vostro tecnico",
"""Dite al vostro tecnico che se non si presenta domani lo vengo a prendere sotto casa e gli faccio passare la voglia di prendere in giro la gente.""")
m("it", "n1", [], "swearing at situation", "Aggiornamento",
"""Porca miseria, questo aggiornamento è una schifezza, non si apre più niente. Sono un idiota io che l'ho installato subito. Come torno alla versione precedente?""")
m("nl", "a1", [A], "stelletje klaplopers", "Bestelling",
"""Wat een stelletje klaplopers zijn jullie. Drie weken op een retour wachten en niemand die iets doet.""")
m("nl", "a2", [A], "zo dom als het achtereind van een varken", "Klantenservice",
"""Die medewerker van gisteren is echt zo dom als het achtereind van een varken. Ik heb drie keer mijn postcode gespeld.""")
m("nl", "n1", [], "self + swearing at update", "Update",
"""Kut update, alles crasht. Ik ben ook een sukkel, ik had eerst een backup moeten maken. Kunnen jullie helpen?""")
m("pl", "a1", [A], "banda złodziei i oszustów", "Zwrot",
"""Jesteście bandą złodziei i oszustów. Pieniądze za zwrot miały być w 14 dni, minęły dwa miesiące.""")
m("pl", "a2", [A], "threat jak cię dorwę", "Kurier",
"""Przekażcie temu kurierowi, że jak go dorwę pod blokiem, to mu nogi z dupy powyrywam.""")
m("pl", "n1", [], "swearing at situation", "Aktualizacja",
"""Kurwa, ta aktualizacja to jakiś żart. Nic się nie otwiera. Jak wrócić do starej wersji?""")
m("ro", "a1", [A], "niște hoți, bătaie de joc", "Reclamatie",
"""Sunteți niște hoți ordinari. Mi-ați luat banii de două ori și nimeni nu răspunde.""")
m("ro", "a2", [A], "threat vin la sediu", "Sediul vostru",
"""Dacă nu primesc banii până vineri, vin la sediul vostru și vă rup picioarele la toți.""")
m("ro", "n1", [], "swearing at situation", "Actualizare",
"""Ce mizerie de actualizare, la naiba. Aplicația nu mai pornește deloc. Ce pot face?""")
m("sv", "a1", [A], "hjärndöda pellejönsar", "Beställning",
"""Ni är en samling hjärndöda pellejönsar. Jag har skrivit samma sak fyra gånger nu.""")
m("sv", "a2", [A], "threat visit the boss at home", "Er chef",
"""Jag vet var er chef bor. Om pengarna inte är tillbaka på fredag så åker jag hem till honom och pratar med honom på mitt sätt.""")
m("sv", "n1", [], "swearing at update", "Uppdatering",
"""Fan också, uppdateringen är ett skämt. Appen kraschar hela tiden. Finns det en fix?""")
m("nb", "a1", [A], "udugelige idioter", "Bestilling",
"""Dere er noen udugelige idioter alle sammen. Tre uker og fortsatt ingen pakke.""")
m("nb", "a2", [A], "hold kjeft din dust", "Svar",
"""Hold kjeft og gjør jobben din, din dust. Jeg vil ha pengene tilbake.""")
m("nb", "n1", [], "self + swearing", "Backup",
"""Faen, oppdateringen ødela alt. Jeg er en idiot som ikke tok backup. Kan dere hjelpe?""")
m("fi", "a1", [A], "surkeita pellejä", "Tilaus",
"""Te olette ihan surkeita pellejä. Kolmas kerta kun lähetätte väärän tuotteen.""")
m("fi", "a2", [A], "senkin ääliö", "Vastaus",
"""Senkin ääliö, etkö osaa lukea? Kirjoitin selvästi että haluan rahat takaisin.""")
m("fi", "n1", [], "swearing at update", "Päivitys",
"""Voi perkele, päivitys rikkoi kaiken. Sovellus ei aukea. Onko korjausta tulossa?""")


def main():
    out = DevSet(HERE, "# devset7 abusive: fresh hand-written set for abusive (round 4)")
    for i, (lang, name, expect, note, subject, body) in enumerate(M):
        h = message_id(f"7ab{lang}{name}")
        date = mail_date("Mon", 6, "Apr", 9 + i % 8, i % 60)
        mail = plain_mail(f"Customer {lang.upper()} <c{h[:6]}@mail-{lang}.example>", subject, date, f"{h}@mail-{lang}.example", body)
        out.add(lang, name, mail, expect, forbid_others(TAGS, expect), note)
    out.save(clean=True)  # the language folders hold only this script's mails
    print(len(M), "messages")

if __name__ == "__main__":
    main()
