#!/usr/bin/env python3
"""devset7 outage: fresh hand-written set for outage (round 4, weak languages sv/it/pt/es).
Edit here and re-run; it rewrites manifest.toml and <lang>/*.eml."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, forbid_others, mail_date, message_id, plain_mail

TAGS = ["outage"]
HERE = Path(__file__).resolve().parent
O = "outage"

M = []
def m(lang, name, expect, note, subject, body):
    M.append((lang, name, expect, note, subject, body.strip()))

# ---------------- sv
m("sv", "o1", [O], "formal clinic, booking system unusable for all clinics", "Bokningssystemet",
"""Hej,

Vi vill meddela att ert bokningssystem sedan kl. 07.40 i dag inte går att använda på någon av våra fyra mottagningar. Patienterna kan inte boka tider och personalen får bara ett felmeddelande när de försöker öppna kalendern.

Vi ber om besked om när tjänsten beräknas vara i drift igen.

Med vänliga hälsningar
Karin Sjöberg, verksamhetschef""")
m("sv", "o2", [O], "curt: platform dead, nobody gets in", "??",
"""Plattformen är död. Ingen hos oss kommer åt någonting. Fixa det.""")
m("sv", "o3", [O], "rambling, key sentence in the middle: total stop since lunch", "Flera saker",
"""Hej igen!

Först vill jag tacka för hjälpen med fakturaadressen förra veckan, det blev rätt till slut. Vi har också flyttat till nya lokaler på Hamngatan så om ni skickar något på posten, använd den nya adressen.

Sedan lunch är det dock totalstopp i ert system hos oss, det går inte att öppna en enda kundpost och säljarna sitter bara och väntar. Vi har startat om datorerna och testat från mobilen också, samma sak.

Och en sista fråga: går det att lägga till en fjärde användare på vårt abonnemang?

Tack på förhand,
Jonas""")
m("sv", "o4", [O], "no diacritics, shop tills all failing", "appen",
"""hej, er app funkar inte for nagon i var butik idag, alla tre kassor visar fel nar vi ska logga in. ar det nagot pa er sida? vi kan inte salja nagot""")
m("sv", "o5", [O], "has been down for two hours, question about servers", "Webbsidan",
"""Har ni problem med era servrar? Webbsidan har legat nere i två timmar nu och våra kunder ringer och frågar.""")
m("sv", "o6", [O], "webshop out of order since the update", "Beställningar",
"""God morgon. Sedan er uppdatering i natt är hela vår e-handel ur funktion, vi kan inte ta emot några beställningar alls. Vänligen åtgärda snarast.""")
m("sv", "o7", [O], "API rejects all calls with 503", "API",
"""Hej! Ingen av våra integrationer kan ansluta till ert API sedan 09.15, alla anrop avvisas med 503 Service Unavailable. Finns det en känd störning?""")
m("sv", "o8", [O], "service out of operation all morning", "Driften",
"""Tjänsten har varit ur drift hela förmiddagen. Oavsett vem av oss som loggar in får vi bara en tom sida. Hur länge till?""")
m("sv", "n1", [], "broken device: card terminal does not start", "Kortterminal",
"""Hej, kortterminalen vi köpte av er i mars har gått sönder, den startar inte längre trots att vi laddat den hela natten. Vi vill ha en ny enligt garantin. Mvh Lena""")
m("sv", "n2", [], "one failed payment this morning", "Betalning",
"""Hej! Min betalning gick inte igenom i morse, kortet nekades av någon anledning. Kan ni skicka en ny betallänk så försöker jag igen?""")
m("sv", "n3", [], "past incident: thanks + incident report", "Tisdagens avbrott",
"""Tack för snabb hantering i tisdags när systemet låg nere. Allt har fungerat bra sedan dess. Vår IT-chef undrar om ni kan skicka en sammanfattning av vad som hände till honom.""")
m("sv", "n4", [], "planned maintenance question", "Söndag",
"""Hej, vi fick ert mejl om underhållet på söndag natt. Kommer webbshopen att vara stängd hela natten eller bara en timme? Vi behöver veta för att planera kampanjen.""")

# ---------------- it
m("it", "o1", [O], "formal letter, portal inaccessible from all branches", "Segnalazione urgente",
"""Spett.le Assistenza,

con la presente segnaliamo che dalle ore 8:15 odierne il Vostro portale risulta inaccessibile da tutte le nostre sedi. Gli operatori non possono lavorare le pratiche.

Chiediamo un intervento con la massima urgenza.

Distinti saluti
Dott.ssa M. Ferri""")
m("it", "o2", [O], "curt: management software dead", "gestionale",
"""Il gestionale è morto. Nessuno qui lavora. Quando ripartite?""")
m("it", "o3", [O], "rambling, middle: platform won't open for any colleague", "varie",
"""Buongiorno,

vi scrivo per alcune cose. La prima: la fattura di marzo riporta ancora la vecchia partita IVA, potete correggerla? La seconda: avremmo bisogno di un paio di licenze in più da maggio.

E come se non bastasse stamattina la piattaforma non ne vuole sapere di aprirsi, a tutti i colleghi gira la rotellina e poi compare un errore di connessione. Abbiamo provato da casa e da rete mobile, uguale.

Grazie e buona giornata
Paolo""")
m("it", "o4", [O], "no accents, typo, site unreachable since last night", "sito",
"""buongiorno, il vostro sito e irragiungibile da ieri sera, i clienti non possono fare ordini. per favore verificate subito""")
m("it", "o5", [O], "problem on your servers? app won't let anyone in", "app",
"""C'è qualche problema sui vostri server? L'app non ci fa più entrare, a tutti e cinque in ufficio dice "servizio non disponibile".""")
m("it", "o6", [O], "total block, login impossible for any user", "Blocco totale",
"""Segnalo blocco totale della piattaforma: impossibile effettuare il login per qualsiasi utente della nostra organizzazione.""")
m("it", "o7", [O], "API 502 for an hour, integrations stopped", "API 502",
"""Salve, le vostre API rispondono solo con 502 da circa un'ora e le nostre integrazioni sono tutte ferme. Avete un problema in corso?""")
m("it", "o8", [O], "are you down? nothing opens", "siete giù?",
"""Siete giù? Da qui non si apre più niente, né il sito né l'app. Anche i colleghi dell'altra sede hanno lo stesso problema.""")
m("it", "n1", [], "broken product: thermostat fault", "Termostato guasto",
"""Buongiorno, il termostato che ho acquistato a gennaio presenta un guasto: non si accende più. Chiedo la sostituzione in garanzia. Allego lo scontrino.""")
m("it", "n2", [], "one failed card payment", "pagamento",
"""Salve, ho provato a pagare la fattura ma la mia carta è stata rifiutata, non riesco a pagare. Potete controllare se c'è qualcosa di bloccato sul mio conto?""")
m("it", "n3", [], "slow report page, rest fine", "report lento",
"""Ciao, da stamattina la pagina dei report è un po' lenta quando esporto in Excel, ma il resto funziona bene. Nessuna urgenza, solo per segnalarlo.""")
m("it", "n4", [], "planned maintenance question", "manutenzione sabato",
"""Buongiorno, abbiamo ricevuto l'avviso dell'intervento di sabato notte. Il portale sarà irraggiungibile per tutti gli utenti? Dobbiamo avvisare i colleghi del turno di notte.""")

# ---------------- pt
m("pt", "o1", [O], "formal PT-PT: billing platform inoperative for whole team", "Plataforma de faturação",
"""Exmos. Senhores,

Vimos por este meio informar que a plataforma de faturação se encontra inoperacional desde as 9h00, impossibilitando toda a equipa de emitir faturas.

Solicitamos a resolução com a maior brevidade possível.

Com os melhores cumprimentos,
Ana Rebelo""")
m("pt", "o2", [O], "curt BR: fell again, nobody can log in", "de novo",
"""o sistema de vcs caiu de novo?? ninguem aqui consegue logar""")
m("pt", "o3", [O], "rambling BR, middle: panel won't open for any agent", "Algumas coisas",
"""Oi, tudo bem?

Queria primeiro agradecer pelo treinamento da semana passada, o pessoal gostou bastante. Também preciso trocar o e-mail de cobrança para financeiro@nossaempresa.com.br.

E hoje, pra completar, o painel simplesmente não abre pra nenhum dos atendentes, fica só numa tela de erro. Já limpamos cache, trocamos de navegador, nada.

Abraço,
Rodrigo""")
m("pt", "o4", [O], "no accents PT-PT: service unavailable for us, all orders error", "servico",
"""Ola, o vosso servico nao esta disponivel para nos desde manha, todos os pedidos dao erro. Podem ver o que se passa?""")
m("pt", "o5", [O], "is everything down on your side? neither site nor app", "tudo em baixo?",
"""Está tudo em baixo do vosso lado? Nem o site nem a app respondem.""")
m("pt", "o6", [O], "BR: API returns 503 for all requests, store stopped", "API 503",
"""A API de vocês está retornando 503 pra todas as requisições há mais de uma hora; nossa loja está parada.""")
m("pt", "o7", [O], "since the update portal inaccessible for all users", "Portal",
"""Bom dia, desde a atualização desta madrugada o portal ficou inacessível para todos os nossos utilizadores. Aguardamos resposta urgente.""")
m("pt", "o8", [O], "BR colloquial: app froze for everyone, no salesperson can open", "app travado",
"""Pessoal, o app travou geral aqui. Nenhum vendedor consegue abrir o catálogo nem fechar pedido.""")
m("pt", "n1", [], "broken product: charger does not charge", "Carregador com avaria",
"""Boa tarde, o carregador que comprei na vossa loja veio com avaria, não carrega o telemóvel. Quero trocar por um novo. Obrigado.""")
m("pt", "n2", [], "one failed payment", "mensalidade",
"""Olá, tentei pagar a mensalidade mas o pagamento não foi aceite, deu erro no cartão. Podem verificar a minha conta?""")
m("pt", "n3", [], "past incident: yesterday's drop, report wanted", "Queda de ontem",
"""Sobre a queda de ontem à tarde: já está tudo normal, obrigado. Gostaríamos apenas de um relatório para enviar ao nosso diretor.""")
m("pt", "n4", [], "planned stop: how long will it be off the air", "Paragem de domingo",
"""Recebemos o aviso da paragem programada para domingo. O sistema vai ficar fora do ar quanto tempo? Precisamos de avisar os turnos.""")

# ---------------- es
m("es", "o1", [O], "formal: billing platform not operational for any user", "Incidencia plataforma",
"""Estimados señores:

Les comunicamos que desde las 8:30 horas su plataforma de facturación no está operativa para ninguno de nuestros usuarios, lo que nos impide emitir facturas.

Quedamos a la espera de su respuesta.

Atentamente,
Departamento de Administración""")
m("es", "o2", [O], "curt: everything KO", "KO",
"""Todo KO. Ni web ni app. ¿Qué pasa?""")
m("es", "o3", [O], "rambling, middle: intranet won't let anyone in", "Varias cosas",
"""Hola, buenos días:

Os escribo por varias cosas. Primero, la factura de abril tiene mal el CIF, ¿podéis corregirla? Segundo, queríamos saber si el plan anual tiene descuento.

Y encima hoy la intranet lleva toda la mañana sin dejar entrar a nadie del departamento, sale un mensaje de servicio no disponible y ya está.

Un saludo,
Marta""")
m("es", "o4", [O], "no accents: system dead since 10, loading screen on all terminals", "sistema",
"""hola, vuestro sistema esta muerto desde las 10, no podemos hacer nada, todos los terminales se quedan en la pantalla de carga""")
m("es", "o5", [O], "LatAm: failure on servers? app won't let agents log in", "falla",
"""Buenas, ¿tienen alguna falla en sus servidores? La app no nos deja ingresar a ninguno de los agentes desde hace una hora.""")
m("es", "o6", [O], "API returns 503 on all requests", "API",
"""La API devuelve 503 en todas las peticiones desde las 11:00, nuestra tienda no puede procesar pedidos.""")
m("es", "o7", [O], "since last night's update customer portal inaccessible", "Portal de clientes",
"""Desde la actualización de anoche el portal de clientes está inaccesible y nuestros clientes nos llaman sin parar. Por favor, revisadlo.""")
m("es", "o8", [O], "general outage? neither panel nor web loads for me or colleagues", "¿caída general?",
"""¿Hay algún problema general? No me carga ni el panel ni la web, y a mis compañeros tampoco.""")
m("es", "n1", [], "broken device: router does not turn on", "Router averiado",
"""Hola, el router que nos enviaron está averiado, no enciende ni parpadea ninguna luz. Necesitamos uno nuevo cuanto antes.""")
m("es", "n2", [], "one failed payment", "Pago",
"""No puedo pagar la factura de este mes, mi tarjeta da error. ¿Me mandáis otro enlace de pago?""")
m("es", "n3", [], "slow report for me only since this morning", "informe lento",
"""Desde esta mañana a mí me va un poco lento el informe de ventas, a mis compañeros les va bien. ¿Puede ser algo de mi navegador?""")
m("es", "n4", [], "planned maintenance question", "Domingo",
"""Hemos recibido el aviso: el domingo la plataforma estará fuera de servicio por una actualización. ¿A qué hora vuelve a estar disponible?""")

# ---------------- other languages
m("en", "o1", [O], "scheduling tool dead since 2pm, dispatchers", "scheduler",
"""Hey - your scheduling tool has been dead for us since roughly 2pm, none of our dispatchers can pull up today's jobs. Anything on your side? Please advise.""")
m("en", "o2", [O], "non-native: total blackout, all branches", "Service blackout",
"""Hello team, we are facing total blackout of your service from morning, all our branches are not able to open the portal. Kindly resolve on priority basis.""")
m("en", "n1", [], "broken card reader", "card reader",
"""Our card reader you supplied last month is broken and won't power on at all. Can you send a replacement unit?""")
m("en", "n2", [], "one failed payment + past downtime thanks", "invoice",
"""Just a heads-up: my invoice payment failed this morning, probably my card expired. Can you resend the link? Also thanks for the write-up on last Tuesday's downtime.""")
m("de", "o1", [O], "formal: booking portal unusable for the whole practice", "Buchungsportal",
"""Guten Tag, seit heute früh ist Ihr Buchungsportal für unsere gesamte Praxis nicht nutzbar, es erscheint nur die Meldung "Service Unavailable". Bitte um schnelle Rückmeldung.""")
m("de", "o2", [O], "curt colloquial: everything dead, nobody gets into system", "tot?",
"""Ist bei euch alles tot? Wir kommen seit ner Stunde nicht mehr ins System, keiner hier.""")
m("de", "n1", [], "broken card reader device", "Kartenleser",
"""Das Kartenlesegerät ist defekt, es geht nicht mehr an. Bitte schicken Sie Ersatz.""")
m("da", "o1", [O], "cannot connect to server, whole office stands still", "Forbindelse",
"""Er der problemer hos jer? Vi kan ikke få forbindelse til jeres server, og hele kontoret står stille.""")
m("da", "o2", [O], "portal completely dead since this morning", "Portalen",
"""Portalen er helt død for os siden i morges, ingen af kollegerne kan åbne den.""")
m("ro", "o1", [O], "formal: platform no longer accessible for colleagues", "Platforma",
"""Bună ziua, platforma voastră nu mai este accesibilă de la ora 9 pentru niciunul dintre colegii noștri. Vă rog să verificați urgent.""")
m("ro", "o2", [O], "are your servers down? app won't open for anyone", "servere",
"""Serverele voastre sunt jos? Aplicatia nu se deschide la nimeni din firma.""")
m("pl", "o1", [O], "formal: system fully unavailable for whole department", "System",
"""Dzień dobry, od rana Państwa system jest całkowicie niedostępny dla całego naszego działu, nikt nie może się zalogować.""")
m("pl", "o2", [O], "failure? app throws 503 for all employees", "awaria?",
"""Czy macie awarię? Aplikacja od godziny wyrzuca błąd 503 wszystkim naszym pracownikom.""")
m("fr", "o1", [O], "platform unusable for all agencies", "Plateforme",
"""Bonjour, votre plateforme est inutilisable depuis ce matin pour l'ensemble de nos agences : impossible de se connecter.""")
m("fr", "o2", [O], "nothing works, neither site nor app, for colleagues", "souci ?",
"""Y a un souci chez vous ? Plus rien ne marche, ni le site ni l'appli, pour tous mes collègues.""")
m("nl", "o1", [O], "portal unusable for all branches", "Portaal",
"""Goedemiddag, sinds 13.00 uur is jullie portaal voor al onze vestigingen onbruikbaar; niemand kan nog inloggen.""")
m("nl", "o2", [O], "malfunction? app only gives error for everyone", "storing?",
"""Is er een storing? De app geeft bij iedereen hier alleen nog een foutmelding.""")
m("nb", "o1", [O], "system has been down since morning, nobody gets in", "Systemet",
"""Hei, systemet deres har vært nede siden i morges, ingen hos oss kommer inn.""")
m("nb", "o2", [O], "operational problems? webshop error for all customers", "Nettbutikken",
"""Er det driftsproblemer hos dere? Nettbutikken vår gir bare feilmelding til alle kunder.""")
m("fi", "o1", [O], "service out of use all morning, nobody can log in", "Palvelu",
"""Hei, palvelunne on ollut poissa käytöstä koko aamupäivän, kukaan toimistolla ei pääse kirjautumaan.""")
m("fi", "o2", [O], "disruption? app won't open for any of us", "Häiriö?",
"""Onko teillä häiriö? Sovellus ei aukea kenelläkään meistä.""")

# ---------------- validation batch (written after the first lexicon pass, measured before tuning)
m("sv", "v1", [O], "val: customer register won't come up on any computer", "Kundregistret",
"""Hallå! Vi får inte upp ert kundregister på någon dator här sedan halv nio, det står bara "kunde inte ansluta till servern". Är det känt?""")
m("sv", "v2", [O], "val: service down for all users", "Tjänsten",
"""Er tjänst är nere för samtliga användare hos oss. Snälla återkoppla med en tidsplan.""")
m("sv", "v3", [O], "val: could not log in all morning, neither me nor colleagues", "Inloggning",
"""Hej, strular det hos er idag? Vi har inte kunnat logga in på portalen på hela morgonen, varken jag eller mina kollegor.""")
m("sv", "vn1", [], "val neg: receipts page a bit slow, nothing urgent", "Kvitton",
"""Hej, sidan med mina kvitton laddar lite segt ibland, inget akut. Allt annat funkar fint.""")
m("sv", "vn2", [], "val neg: planned maintenance window question", "Torsdag",
"""Vi såg att ni har planerat ett driftfönster på torsdag kväll. Kommer appen att vara otillgänglig då?""")
m("it", "v1", [O], "val: customer portal out of use, no operator can load", "Portale",
"""Buonasera, il portale clienti è fuori uso da metà pomeriggio, nessun operatore del call center riesce a caricare le schede.""")
m("it", "v2", [O], "val: everything crashed? error 500 for anyone", "errore 500",
"""Ragazzi ma è crollato tutto? Il sito dà errore 500 a chiunque provi ad aprirlo.""")
m("it", "v3", [O], "val: cannot connect from any branch", "Collegamento",
"""Salve, da circa un'ora non riusciamo più a collegarci alla vostra piattaforma da nessuna delle nostre filiali.""")
m("it", "vn1", [], "val neg: phone defect screen black", "Reso",
"""Il mio telefono nuovo ha un difetto, lo schermo resta nero e non si accende. Come faccio il reso?""")
m("it", "vn2", [], "val neg: one PayPal payment failed", "PayPal",
"""Il pagamento con PayPal non mi è andato a buon fine, mi dà errore. Posso pagare con bonifico?""")
m("pt", "v1", [O], "val BR: portal not opening for anyone in the company", "Portal",
"""Bom dia, o portal de vocês não está abrindo pra ninguém aqui na empresa desde cedo, aparece só "erro interno".""")
m("pt", "v2", [O], "val PT: application completely down for two hours", "Aplicação",
"""Olá, a aplicação está completamente em baixo há duas horas. Os nossos clientes não conseguem fazer encomendas.""")
m("pt", "v3", [O], "val BR formal: severe instability, no user can finish", "Instabilidade",
"""Prezados, informamos que o sistema apresenta instabilidade grave: todas as telas travam e nenhum usuário consegue concluir uma operação.""")
m("pt", "vn1", [], "val neg: printer won't turn on", "Impressora",
"""A impressora que comprei não liga, acho que veio com defeito. Como faço a troca?""")
m("pt", "vn2", [], "val neg: past few minutes off air last night, all normal", "Ontem",
"""Ontem à noite o site ficou fora do ar por uns minutos, mas agora está tudo normal. Só queria avisar.""")
m("es", "v1", [O], "val: booking system not responding in any hotel", "Reservas",
"""Buenos días, el sistema de reservas no responde en ninguno de nuestros hoteles desde las siete de la mañana.""")
m("es", "v2", [O], "val LatAm: did the platform go down? won't load for anyone", "plataforma",
"""Oigan, ¿se les cayó la plataforma? No carga para nadie de acá.""")
m("es", "v3", [O], "val: app unusable, error for all employees at login", "Aplicación",
"""Les escribo porque desde hace rato la aplicación está inutilizable: a todos los empleados les sale un error al iniciar sesión.""")
m("es", "vn1", [], "val neg: laptop doesn't boot", "Portátil",
"""Mi portátil nuevo no arranca, se queda la pantalla negra. ¿Está en garantía?""")
m("es", "vn2", [], "val neg: maintenance window question", "Mantenimiento sábado",
"""Durante la ventana de mantenimiento del sábado, ¿el panel estará inaccesible para todos los usuarios?""")


def main():
    out = DevSet(HERE, "# devset7 outage: fresh hand-written set for outage (round 4)")
    for i, (lang, name, expect, note, subject, body) in enumerate(M):
        h = message_id(f"7out{lang}{name}")
        date = mail_date("Mon", 6, "Apr", 9 + i % 8, i % 60)
        mail = plain_mail(f"Customer {lang.upper()} <c{h[:6]}@mail-{lang}.example>", subject, date, f"{h}@mail-{lang}.example", body)
        out.add(lang, name, mail, expect, forbid_others(TAGS, expect), note)
    out.save(clean=True)  # the language folders hold only this script's mails
    print(len(M), "messages")

if __name__ == "__main__":
    main()
