#!/usr/bin/env python3
"""devset8 urgent-manager-refund: fresh hand-written set for urgent, manager-request, refund-request,
weighted to hard negatives (precision) in da, de, fr, nl, pt, es. Edit here and re-run; it rewrites
manifest.toml and <lang>/*.eml.
enc: "8bit" (utf-8), "qp", "b64", "l1" (iso-8859-1 qp), "l2" (iso-8859-2 8bit), "w1250" (windows-1250 qp),
"html" (HTML only), "alt" (multipart/alternative text+html)."""
import html, pathlib, sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, customer, html_paragraphs, mail_date, mime_mail

TAGS = ["urgent", "manager-request", "refund-request"]
U, MG, R = TAGS
HERE = pathlib.Path(__file__).parent
M = []

def m(lang, name, expect, note, subject, body, enc="8bit", ignore=()):
    M.append((lang, name, list(expect), list(ignore), note, subject, body.strip() + "\n", enc))

# ================= da (12)
m("da", "u1", [U], "payroll deadline today, it's urgent", "Lønkørsel i dag!",
"""Hej support

Det haster! Vores lønkørsel skal være godkendt i dag senest kl. 14, ellers får 40 medarbejdere ikke løn til tiden. Systemet afviser alle lønsedler med fejlen "ugyldig periode".

Hjælp os hurtigst muligt, jeg sidder klar ved telefonen.

Mvh
Birgitte Holm
Bogholder, Holm & Søn ApS""")
m("da", "u2", [U], "webshop shows 0 kr prices, losing money, call at once (latin-1)", "AKUT - forkerte priser",
"""Akut problem: vores webshop viser alle varer til 0 kr siden opdateringen i nat, og kunderne bestiller løs. Vi taber penge hvert eneste minut.

Ring venligst til mig med det samme på 22 33 44 55.

Henrik""", enc="l1")
m("da", "m1", [MG], "wants a leader, send case to a superior", "Tredje henvendelse",
"""Hej

Det her er tredje gang, jeg skriver om den samme fejl på min faktura, og jeg får bare standardsvar tilbage. Jeg vil gerne tale med en leder nu. Kan I sende min sag videre til en overordnet, som faktisk kan tage en beslutning?

Venlig hilsen
Ole Mikkelsen""")
m("da", "r1", [R], "charged twice, wants money back", "Dobbelt træk",
"""Hej, I har trukket 499 kr to gange for det samme abonnement i denne måned. Jeg vil have mine penge tilbage for det ene træk. Kontoudtog vedhæftet.
/Sofie""")
m("da", "r2", [R], "chargeback threat via bank", "Sidste chance",
"""Jeg har nu ventet i tre uger. Hvis I ikke refunderer beløbet inden fredag, kontakter jeg min bank og får betalingen tilbageført.

Ordrenummer: 88123""", ignore=[U])
m("da", "n1", [], "no need for a boss, you were great", "Tak!",
"""Hej Lars

Jeg har ikke brug for at tale med en chef eller noget, du har været rigtig god til at hjælpe mig i dag. Tusind tak for tålmodigheden!

Hilsen Anne""")
m("da", "n2", [], "our account manager said to write", "Flytning af data",
"""Hej

Vores account manager hos jer, Mette, sagde at jeg skulle skrive til supporten om at flytte vores data fra den gamle konto til den nye. Kan I hjælpe med det i løbet af næste uge?

Venlige hilsner
Peter Dahl
Driftschef""")
m("da", "n3", [], "refund arrived last week, new question", "Spørgsmål om faktura",
"""Hej igen

Refunderingen kom ind på kontoen i sidste uge, tak for det. Nu har jeg bare et lille spørgsmål: kan fakturaen fremover sendes til bogholderi@firma.dk i stedet for til mig?

Mvh Jens""")
m("da", "n4", [], "signature with 'urgent matters call', routine question", "Eksport til Excel",
"""Hej

Er det muligt at eksportere kundelisten til Excel med telefonnumre? Jeg kan kun finde CSV.

Med venlig hilsen
Karen Lund
Lund Rengøring
Hastesager: ring 70 20 30 40 (hverdage 8-16)""")
m("da", "n5", [], "not urgent, answer when you have time", "Lille ting",
"""Hej, det haster ikke, men når I får tid: hvordan ændrer jeg logoet på mine tilbud? Svar bare når det passer jer.
Tak, Mads""")
m("da", "n6", [], "refund policy question before buying", "Årsabonnement",
"""Hej

Jeg overvejer at købe jeres årsabonnement til vores lille klinik. Hvis vi efter en måned finder ud af, at det ikke passer til os, kan vi så få pengene tilbage, eller er det bindende for hele året?

Venlig hilsen
Dorthe""")
m("da", "n7", [], "my boss asked me to send this invoice", "Faktura 2026-118",
"""Hej

Min chef har bedt mig sende denne faktura videre til jer, da den var adresseret forkert. Kan I bekræfte, at I har modtaget den?

Mvh
Louise, kontorassistent""", enc="qp")

# ================= de (12)
m("de", "u1", [U], "tax office deadline tonight, export fails", "Dringend: Frist heute 24 Uhr",
"""Sehr geehrte Damen und Herren,

unsere Frist für die Umsatzsteuer-Voranmeldung läuft heute um 24 Uhr ab, und der Export bricht seit heute Morgen mit einem Fehler ab. Ich bitte um sofortige Rückmeldung.

Mit freundlichen Grüßen
Steuerbüro Krämer""")
m("de", "u2", [U], "curt shouting: call immediately, till down, shop full", "SOFORT",
"""BITTE SOFORT ANRUFEN. Kasse geht nicht, Laden ist voll. 0171 2345678""")
m("de", "m1", [MG], "demands a superior call back", "Beschwerde",
"""Guten Tag,

ich verlange, dass sich ein Vorgesetzter bei mir meldet. Ihr Mitarbeiter am Telefon war weder in der Lage noch willens, mir zu helfen, und hat einfach aufgelegt.

Klaus Wendt""")
m("de", "r1", [R], "demands full refund", "Rückerstattung Bestellung 55102",
"""Hallo,

die Jacke ist nach zwei Wochen an der Naht gerissen. Ich habe sie gestern zurückgeschickt und fordere die Rückerstattung des vollen Betrags von 89,90 €.

Gruß
Melanie Sommer""")
m("de", "r2", [R], "will reverse the direct debit", "Abbuchung",
"""Ich habe gekündigt und trotzdem wurde wieder abgebucht. Sollte das Geld nicht bis Ende der Woche wieder auf meinem Konto sein, lasse ich die Lastschrift zurückbuchen.""")
m("de", "mr1", [MG, R], "team lead + money back, QP", "Reicht jetzt",
"""Geben Sie mir Ihren Teamleiter. Ich habe keine Lust mehr, mit dem Chatbot zu diskutieren. Und ich will mein Geld zurück, für alle drei Monate, in denen das Produkt nicht funktioniert hat.""", enc="qp")
m("de", "n1", [], "our account manager asked us to send contract number", "Vertragsnummer",
"""Guten Tag,

unser Account Manager Herr Vogt hat uns gebeten, Ihnen die Vertragsnummer für die Verlängerung zu schicken: VN-2026-4411.

Viele Grüße
Sabine Roth
Einkauf""")
m("de", "n2", [], "manager role in the app: rights question", "Rollen",
"""Hallo,

in Ihrer App gibt es die Rolle „Manager“. Welche Rechte hat die genau im Vergleich zum Admin? Dürfen Manager zum Beispiel Rechnungen sehen?

Danke
Tobias""")
m("de", "n3", [], "refund not needed, attended course after all", "Kurs 12.03.",
"""Hallo zusammen,

eine Erstattung ist nicht nötig, wir haben den Kurs am Ende doch noch besucht. Bitte buchen Sie also nichts zurück. Danke für die Flexibilität!

Jana Keller""")
m("de", "n4", [], "not urgent, whenever you have time", "Rechnungslayout",
"""Hi, kein Stress, ist nicht dringend: Kann man im Rechnungslayout die Bankverbindung in die Fußzeile verschieben? Wann immer Sie Zeit haben.
LG Ben""")
m("de", "n5", [], "quoted newsletter 'only today, act now', asks if discount applies", "Fwd: Nur noch heute!",
"""Hallo,

gilt der Rabatt unten auch für Bestandskunden? Wir haben schon ein Abo.

Grüße, Frau Peters

-------- Weitergeleitete Nachricht --------
Betreff: Nur noch heute!
> Nur noch heute: 30 % auf alle Jahrespläne!
> Jetzt zugreifen, bevor es zu spät ist – das Angebot endet um Mitternacht.
> Schnell sein lohnt sich!
> Abmelden | Impressum""", enc="alt")
m("de", "n6", [], "pre-purchase: withdrawal and money back?", "Frage vor Bestellung",
"""Guten Abend,

ich überlege, das Jahresabo zu bestellen. Kann man innerhalb von 14 Tagen widerrufen und bekommt man dann das Geld zurück, oder gibt es nur eine Gutschrift?

Freundliche Grüße
H. Yilmaz""")

# ================= fr (12)
m("fr", "u1", [U], "trade show tomorrow 9am, badges won't print", "URGENT salon demain",
"""Bonjour,

C'est urgent : notre salon ouvre demain à 9h et nous ne pouvons toujours pas imprimer les badges des exposants. Merci de traiter notre demande en priorité absolue.

Cordialement,
Claire Dubois
Responsable événementiel""")
m("fr", "u2", [U], "pharmacy payment terminal blocked, call back immediately (latin-1 qp)", "Terminal bloqué",
"""Urgence ! Le terminal de paiement de la pharmacie est bloqué depuis 10h et nous avons une file de patients qui attendent. Rappelez-moi immédiatement au 06 12 34 56 78.

Pharmacie du Centre""", enc="l1")
m("fr", "m1", [MG], "complaint to be passed to a manager / hierarchy", "Réclamation dossier 7731",
"""Madame, Monsieur,

Je souhaite que ma réclamation soit transmise à un responsable. Je demande à parler à votre supérieur hiérarchique, les réponses de vos conseillers ne règlent rien depuis un mois.

Veuillez agréer mes salutations.
M. Lefèvre""")
m("fr", "r1", [R], "full refund, order never arrived", "Commande 44821 jamais reçue",
"""Bonjour,

La commande n° 44821 n'est jamais arrivée et le suivi n'a pas bougé depuis trois semaines. Je demande le remboursement intégral.

Merci,
Nathalie""")
m("fr", "r2", [R], "chargeback threat within 48h", "Dernier rappel",
"""Sans remboursement sous 48h, je fais opposition auprès de ma banque. Vous m'avez prélevé deux fois alors que j'avais résilié.""", ignore=[U])
m("fr", "n1", [], "doesn't want a manager, you were perfect", "Merci beaucoup",
"""Bonjour Julien,

Pas la peine de me passer un responsable, vous avez été parfait et tout fonctionne maintenant. Je ne veux parler à personne d'autre, merci encore !

Sylvie""")
m("fr", "n2", [], "my manager asked me to send this invoice", "Facture pour validation",
"""Bonjour,

Mon responsable m'a demandé de vous envoyer cette facture pour validation avant paiement. Pouvez-vous me confirmer la bonne réception ?

Bien à vous,
Léa Martin
Assistante comptable""")
m("fr", "n3", [], "refund received last month, new question", "Question abonnement",
"""Bonjour,

J'ai bien reçu le remboursement le mois dernier, merci. Petite question : est-ce que je peux passer à l'offre mensuelle sans perdre mes données ?

Cordialement
Hugo""")
m("fr", "n4", [], "nothing urgent, answer when you can", "Logo sur les devis",
"""Salut, rien d'urgent : comment je change le logo sur les devis ? Répondez quand vous pourrez, merci !""")
m("fr", "n5", [], "signature 'for any emergency call', invoice address question (latin-1 qp)", "Adresse de facturation",
"""Bonjour,

Pouvez-vous modifier notre adresse de facturation ? Nous avons déménagé au 12 rue des Lilas, 69003 Lyon.

Merci d'avance,
Patrick Girard
Girard Plomberie
Pour toute urgence : 04 72 00 00 00 (24h/24)""", enc="l1")
m("fr", "n6", [], "refund policy before subscribing", "Avant de souscrire",
"""Bonjour,

Quelle est votre politique de remboursement si je résilie avant la fin de l'abonnement annuel ? Je compare plusieurs offres avant de me décider.

Merci,
Anaïs""")
m("fr", "n7", [], "quoted marketing 'act fast', asks how to unsubscribe (HTML only)", "Désinscription",
"""Bonjour, comment je me désinscris de ces mails ? J'en reçois trois par semaine.

> Offre limitée : agissez vite !
> Plus que 24h pour profiter de -40 %. Commandez dès maintenant !""", enc="html")

# ================= nl (11)
m("nl", "u1", [U], "invoices must go out today before 17:00", "SPOED facturen",
"""Goedemiddag,

Spoed! Onze facturen moeten vandaag vóór 17.00 uur de deur uit en de export naar de boekhouding werkt niet. Graag per direct contact met mij opnemen.

Met vriendelijke groet,
Wim de Boer""")
m("nl", "m1", [MG], "wants a supervisor, escalate", "Klacht",
"""Ik wil graag een leidinggevende spreken. Dit is al de vierde mail en niemand leest blijkbaar wat ik schrijf. Kunt u dit escaleren?

Ria Jansen""")
m("nl", "r1", [R], "package never arrived, money back", "Pakket nooit ontvangen",
"""Hallo, mijn pakket is nooit aangekomen en PostNL zegt dat het bij jullie is teruggekomen. Ik wil mijn geld terug.
Groet, Kees""")
m("nl", "r2", [R], "double debit, requests repayment (base64)", "Dubbele afschrijving",
"""Beste klantenservice,

Op 3 april is er twee keer €29,95 van mijn rekening afgeschreven. Graag ontvang ik een terugbetaling van het dubbel afgeschreven bedrag.

Met vriendelijke groet,
M. Bakker""", enc="b64")
m("nl", "n1", [], "our account manager said to report this", "Nieuwe vestiging",
"""Hoi,

Onze accountmanager Sanne zei dat ik dit bij jullie moest melden: we openen in mei een tweede vestiging en willen daar dezelfde instellingen. Hoe pakken we dat aan?

Groeten,
Joost""")
m("nl", "n2", [], "how to give a colleague the manager role", "Rechten",
"""Hoe kan ik een collega de rol 'manager' geven in de app? Ik zie alleen 'medewerker' en 'beheerder'.""")
m("nl", "n3", [], "no refund needed, technician came after all", "Afspraak",
"""Geen terugbetaling nodig hoor, de monteur is gisteren toch nog gekomen. Alles werkt weer. Bedankt!""")
m("nl", "n4", [], "no hurry, when you have time", "Vraagje",
"""Hallo, heeft geen haast, maar als jullie tijd hebben: kan ik de kleuren van het dashboard aanpassen? Alvast bedankt.""")
m("nl", "n5", [], "amount refunded last month, thanks; address question", "Adreswijziging",
"""Beste,

Het bedrag is vorige maand keurig teruggestort, bedankt daarvoor. Nu nog een vraag: hoe wijzig ik mijn postadres?

Vriendelijke groet,
Fatima el Amrani""")
m("nl", "mu1", [MG], "wants someone from management now, webshop stalled", "Management",
"""Ik wil nu iemand van het management aan de lijn. Onze webshop staat al sinds vanochtend stil en jullie helpdesk zegt alleen maar dat ze 'het doorzetten'.""", ignore=[U])
m("nl", "n6", [], "signature 'for urgent matters call', routine question", "Offerte",
"""Goedemorgen,

Kunnen jullie ons een offerte sturen voor 15 extra gebruikers?

Met vriendelijke groet,
Erik van Dijk
Van Dijk Installatietechniek
Voor dringende zaken: 020-1234567""")

# ================= pt (11)
m("pt", "u1", [U], "PT-PT: declaration deadline today 18h", "URGENTE - prazo hoje",
"""Bom dia,

URGENTE: o prazo para enviar a declaração periódica termina hoje às 18h e o sistema não gera o ficheiro. Precisamos de ajuda imediata.

Cumprimentos,
Rui Carvalho
Contabilista""")
m("pt", "u2", [U], "clinic card machine down, patients waiting (latin-1)", "Emergência",
"""É uma emergência: a máquina de cartões da clínica deixou de funcionar e temos doentes à espera para pagar. Liguem-me já para o 912 345 678.""", enc="l1")
m("pt", "m1", [MG], "BR: wants a supervisor", "Atendimento",
"""Quero falar com um supervisor. Já liguei três vezes e ninguém resolve meu problema, cada atendente fala uma coisa diferente.""")
m("pt", "r1", [R], "BR: wants refund of wrongly charged amount, ASAP (urgent not scored)", "Cobrança indevida",
"""Olá,

Fui cobrada duas vezes na fatura de março. Quero o reembolso do valor cobrado indevidamente o quanto antes.

Att,
Juliana""", ignore=[U])
m("pt", "r2", [R], "BR: chargeback threat on card", "Estorno",
"""Se vocês não estornarem o valor até sexta, vou abrir contestação no cartão de crédito. Cancelei dentro do prazo e mesmo assim cobraram.""", ignore=[U])
m("pt", "n1", [], "BR: no need for a manager, you solved it", "Obrigado!",
"""Não preciso falar com nenhum gerente não, você já resolveu tudo. Muito obrigado pela paciência!""")
m("pt", "n2", [], "PT-PT: our account manager asked to send data", "Dados para contrato",
"""Boa tarde,

O nosso gestor de conta, o Sr. Paulo Reis, pediu-me para vos enviar os dados da empresa para o novo contrato. Seguem em anexo.

Com os melhores cumprimentos,
Teresa Antunes""")
m("pt", "n3", [], "refund landed last week; how to change plan", "Mudar de plano",
"""Oi! O reembolso caiu na conta semana passada, obrigada. Agora queria saber como mudo do plano mensal para o anual.""")
m("pt", "n4", [], "BR: no hurry at all", "Dúvida",
"""Oi gente, sem pressa nenhuma, quando puderem me respondam: dá pra exportar o relatório em PDF?""")
m("pt", "n5", [], "pre-purchase: do you return money if I cancel in first month", "Antes de assinar",
"""Olá, antes de assinar queria saber: vocês devolvem o dinheiro se eu cancelar no primeiro mês? Ou só vale para o plano anual?""")
m("pt", "n6", [], "BR: my manager asked me to send this invoice", "Nota fiscal",
"""Bom dia,

Meu gerente pediu que eu mandasse esta nota fiscal para vocês conferirem antes do pagamento.

Obrigada,
Camila
Financeiro""", enc="qp")

# ================= es (12)
m("es", "u1", [U], "tax deadline today, need a solution now", "Urgente Hacienda",
"""Buenos días:

Es urgentísimo: hoy vence el plazo de Hacienda y no puedo descargar las facturas del trimestre. Necesito una solución ya.

Un saludo,
Javier Ortega""")
m("es", "u2", [U], "hospital appointment system hung, call immediately", "EMERGENCIA",
"""Emergencia: el sistema de citas del hospital se ha quedado colgado y tenemos la sala de espera llena. Llamen inmediatamente al 91 555 12 12.""")
m("es", "m1", [MG], "demands a superior", "Inaceptable",
"""Exijo hablar con un superior. Llevo dos semanas sin respuesta y esto no puede seguir así.""")
m("es", "m2", [MG], "escalate to someone who can decide", "Caso 99812",
"""Hola,

Por favor, escalen mi caso a alguien con capacidad de decisión. El agente que me atiende es muy amable pero me dice que no puede hacer nada.

Gracias,
Lucía""")
m("es", "r1", [R], "requests refund of March fee after cancelling", "Cuota de marzo",
"""Estimados:

Me di de baja en febrero y aun así me han cobrado la cuota de marzo. Solicito el reembolso de dicho importe.

Atentamente,
Carmen Ruiz""")
m("es", "r2", [R], "chargeback threat with bank", "Devolución",
"""Si no me devolvéis el dinero esta semana haré un contracargo con mi banco, que conste.""", ignore=[U])
m("es", "n1", [], "doesn't want a supervisor, you helped a lot", "Gracias",
"""No quiero hablar con ningún supervisor, tú me has ayudado muchísimo. ¡Gracias de verdad, Andrés!""")
m("es", "n2", [], "our account manager told us to write", "Ampliar licencias",
"""Hola,

Nuestro gestor de cuenta nos dijo que os escribiéramos para ampliar las licencias de 10 a 25 usuarios. ¿Qué necesitáis de nosotros?

Saludos,
Pablo Medina
Jefe de IT""")
m("es", "n3", [], "no need to give money back, order arrived", "Pedido 3312",
"""Hola, no hace falta que me devolváis nada, al final el pedido llegó bien ayer. Perdonad las molestias.""")
m("es", "n4", [], "not urgent, whenever", "Consulta",
"""No es urgente, cuando tengáis un rato me decís cómo cambio el idioma de las facturas. Gracias""")
m("es", "n5", [], "quoted newsletter 'last chance, buy now', asks about Canarias (alt)", "RE: ¡Última oportunidad!",
"""Hola, ¿esta oferta vale también para envíos a Canarias?

Saludos

----- Mensaje original -----
> ¡Última oportunidad! ¡Compra ya!
> Solo hasta medianoche: 2x1 en todos los planes. ¡No te lo pierdas, date prisa!""", enc="alt")
m("es", "n6", [], "returns policy before buying", "Política de devoluciones",
"""Buenas tardes, ¿cuál es su política de devoluciones? Quiero comprar la cafetera pero antes quiero saber si puedo devolverla si no me convence y en cuántos días me reembolsan.""")

# ================= en (8)
m("en", "u1", [U], "launch tomorrow, ASAP", "Need this fixed ASAP",
"""Hi team,

Our checkout page still throws a 500 on payment. We launch tomorrow at 8am, so we need this fixed ASAP. Please treat as top priority.

Thanks,
Dev (CTO, Brightloop)""")
m("en", "m1", [MG], "supervisor demand", "Escalation",
"""I want to speak to your supervisor. I've explained this four times to four different agents. Please escalate this ticket.""")
m("en", "r1", [R], "dispute the charge unless refunded", "Charge on my card",
"""You charged my card $149 after I cancelled. Refund me or I'll be disputing the charge with my credit card company.""")
m("en", "n1", [], "doesn't want a manager, you've been great", "Re: Your ticket #5512",
"""Haha no, I don't want a manager, you've been great! Just one more question: can I change the billing date to the 15th?

Cheers,
Tom

On Tue, Support wrote:
> If you'd like, I can pass this to my manager.""")
m("en", "n2", [], "manager role in your app", "Manager role",
"""Quick question about the manager role in your app: can managers approve timesheets for other teams, or only their own?""")
m("en", "n3", [], "refunded last month, thanks", "Plan change",
"""Hey, you refunded me last month, thanks for that. Now I'd like to move to the team plan. How do I add seats?""")
m("en", "n4", [], "signature 'Urgent matters: call', routine question", "Invoice copy",
"""Hello,

Could you send me a copy of invoice INV-2231? I can't find it in the portal.

Kind regards,
Priya Nair
Office Manager, Nair Dental
Urgent matters: call 020 7946 0018""")
m("en", "n5", [], "quoted newsletter 'act now', wants to unsubscribe", "Fw: Act now!",
"""Please take me off this list.

---------- Forwarded message ---------
> ACT NOW! Offer ends tonight.
> Upgrade today and save 50% - hurry, only a few hours left!""")

# ================= it (7)
m("it", "u1", [U], "e-invoices to SDI today, system blocked", "Urgentissimo - SDI",
"""Buongiorno,

urgentissimo: entro oggi dobbiamo inviare le fatture elettroniche allo SDI e il sistema è bloccato da stamattina. Vi prego di contattarmi subito.

Cordiali saluti
Giulia Conti""")
m("it", "u2", [U], "tender deadline tomorrow morning, immediate help", "Scadenza bando",
"""Abbiamo una scadenza tassativa domani alle 10 per il bando e la piattaforma non ci fa caricare i documenti. Serve un intervento immediato, per favore.""")
m("it", "m1", [MG], "wants a manager, not another operator", "Reclamo",
"""Voglio parlare con un responsabile, non con un altro operatore che mi legge lo stesso copione.""")
m("it", "r1", [R], "refund of double charge", "Doppio addebito",
"""Salve, mi avete addebitato due volte l'abbonamento di aprile. Chiedo il rimborso dell'importo addebitato in più.
Marco""")
m("it", "n1", [], "no urgency", "Domanda",
"""Ciao, nessuna urgenza: quando avete tempo mi spiegate come si cambia l'intestazione delle fatture?""")
m("it", "n2", [], "my manager asked me to forward invoice", "Fattura",
"""Buongiorno, il mio responsabile mi ha chiesto di inoltrarvi questa fattura per la verifica. Grazie, Elena""")
m("it", "n3", [], "refund arrived last week, thanks", "Grazie",
"""Il rimborso è arrivato la settimana scorsa, grazie mille. Tutto a posto!""")

# ================= nb (7)
m("nb", "u1", [U], "payroll today, very urgent", "Haster!",
"""Det haster veldig! Vi må kjøre lønn i dag og systemet stopper på siste steg. Ring meg så fort som mulig.
Mvh Kari""")
m("nb", "u2", [U], "critical: VAT deadline tomorrow 09", "Kritisk - MVA",
"""Hei

Dette er kritisk: fristen for MVA-meldingen er i morgen kl. 09 og vi får ikke eksportert grunnlaget. Trenger hjelp umiddelbart.

Hilsen
Ola Nordmann""")
m("nb", "m1", [MG], "wants a leader, escalate to superior", "Klage",
"""Jeg ønsker å snakke med en leder. Kan saken eskaleres til din nærmeste overordnede?""")
m("nb", "r1", [R], "money back for order that never came", "Bestilling 7781",
"""Hei, bestillingen kom aldri. Jeg vil ha pengene tilbake.""")
m("nb", "n1", [], "no hurry", "Spørsmål",
"""Hei, ingen hast, svar når dere har tid: kan jeg legge til en ekstra bruker?""")
m("nb", "n2", [], "my boss asked me to send the invoice", "Faktura",
"""Hei, lederen min ba meg sende fakturaen til dere på nytt. Den ligger vedlagt.""")
m("nb", "n3", [], "refund came last week, thanks", "Takk",
"""Refusjonen kom i forrige uke, takk for hjelpen!""")

# ================= sv (5)
m("sv", "u1", [U], "urgent: invoices must go out today", "Brådskande!",
"""Brådskande! Vi måste få ut fakturorna i dag och utskriften fungerar inte. Hör av er omgående.""")
m("sv", "m1", [MG], "wants a boss", "Chef",
"""Jag vill prata med en chef. Ingen av era handläggare kan svara på min fråga.""")
m("sv", "r1", [R], "wants money back", "Återbetalning",
"""Hej, tjänsten har inte fungerat en enda dag. Jag vill ha tillbaka pengarna.""")
m("sv", "n1", [], "my boss asked me to send invoice", "Fakturan",
"""Hej, min chef bad mig skicka fakturan till er. Tack!""")
m("sv", "n2", [], "not urgent", "Fråga",
"""Det brådskar inte, svara när ni hinner: går det att byta färg på kvittona?""")

# ================= pl (5)
m("pl", "u1", [U], "urgent, deadline today", "PILNE",
"""Pilne! Termin złożenia deklaracji mija dziś o północy, a system nie generuje pliku. Proszę o natychmiastowy kontakt.""")
m("pl", "m1", [MG], "contact a supervisor", "Reklamacja",
"""Proszę o kontakt z przełożonym. Konsultant nie potrafi rozwiązać mojego problemu od dwóch tygodni.""")
m("pl", "r1", [R], "demands money back (iso-8859-2)", "Zwrot pieniędzy",
"""Żądam zwrotu pieniędzy za zamówienie 2231, towar nie dotarł.""", enc="l2")
m("pl", "n1", [], "already got the refund last month", "Dziękuję",
"""Zwrot pieniędzy już dostałem w zeszłym miesiącu, dziękuję. Mam tylko pytanie o fakturę.""")
m("pl", "n2", [], "nothing urgent (windows-1250)", "Pytanie",
"""To nic pilnego, proszę odpisać w wolnej chwili: czy mogę zmienić adres e-mail do faktur?""", enc="w1250")

# ================= ro (4)
m("ro", "u1", [U], "urgent, ANAF deadline today", "Urgent ANAF",
"""Urgent! Termenul pentru declarația la ANAF expiră azi și aplicația nu generează fișierul. Vă rog să mă sunați imediat.""")
m("ro", "mr1", [MG, R], "superior + money back", "Reclamație",
"""Vreau să vorbesc cu un superior și vreau banii înapoi. Produsul nu a funcționat niciodată.""")
m("ro", "n1", [], "my manager asked to send invoice", "Factura",
"""Bună ziua, managerul meu mi-a cerut să vă trimit factura atașată. Mulțumesc!""")
m("ro", "n2", [], "no need for refund, solved", "Rezolvat",
"""Nu e nevoie de rambursare, problema s-a rezolvat. Mulțumesc!""")

# ================= fi (4)
m("fi", "u1", [U], "urgent, salaries today", "Kiireellinen",
"""Kiireellinen! Palkat pitää maksaa tänään ja järjestelmä kaatuu maksuajossa. Soittakaa heti.""")
m("fi", "m1", [MG], "wants to talk to a supervisor", "Valitus",
"""Haluan puhua esimiehen kanssa. Asiakaspalvelijanne ei osaa auttaa.""")
m("fi", "r1", [R], "wants money back", "Rahat takaisin",
"""Tuote ei koskaan saapunut. Haluan rahani takaisin.""")
m("fi", "n1", [], "no hurry", "Kysymys",
"""Ei kiirettä, vastatkaa kun ehditte: voiko laskun kieltä vaihtaa?""")

# ================= validation batch (written after the first lexicon pass, measured before tuning it)
m("da", "v1", [], "quoted reply: agent offered a supervisor, customer declines", "Re: Sag 4410",
"""Nej tak, det er ikke nødvendigt at inddrage din leder, det var bare en misforståelse fra min side.

Hilsen Rasmus

Den 6. apr. skrev Support:
> Jeg kan sende sagen videre til min teamleder, hvis du ønsker det.""")
m("da", "v2", [R], "no diacritics, wants the amount back on card", "penge",
"""hej jeg har opsagt men i har stadig traekt mig for april. jeg vil have belobet sat tilbage pa mit kort hurtigst muligt tak""", ignore=[U])
m("da", "v3", [U], "alarm system customer, critical, today", "Kritisk fejl",
"""Det er kritisk: alarmanlægget i butikken kan ikke tilkobles via jeres app, og vi lukker om en time. Vi skal have en løsning inden da!""")
m("da", "v4", [], "newsletter quoted: 'kun i dag, skynd dig'", "Fwd: Kun i dag",
"""Gælder tilbuddet også for eksisterende kunder?

> Kun i dag! Skynd dig – 25 % rabat på alle pakker. Tilbuddet udløber ved midnat.""")
m("de", "v1", [], "past escalation resolved, thanks", "Danke",
"""Guten Tag,

vielen Dank an Ihre Teamleiterin Frau Braun, die sich letzte Woche um meine Beschwerde gekümmert hat. Das Problem ist gelöst.

Freundliche Grüße
Uwe Hartmann""")
m("de", "v2", [U], "wedding tomorrow, booking lost, need help right away", "Hochzeit morgen!!",
"""Hallo, unsere Hochzeit ist MORGEN und in Ihrem System ist die Buchung des Saals plötzlich verschwunden. Wir brauchen sofort Hilfe, bitte rufen Sie zurück!""")
m("de", "v3", [], "Widerrufsbelehrung in signature / disclaimer", "Lieferadresse",
"""Bitte ändern Sie die Lieferadresse auf Hauptstr. 5, 10115 Berlin.

Danke, Jens

--
Hinweis: Bei Widerruf erstatten wir alle Zahlungen innerhalb von 14 Tagen zurück. Diese E-Mail ist vertraulich.""")
m("de", "v4", [R], "chase-up: refund still not received", "Erstattung?",
"""Sie hatten mir am 2. März eine Erstattung zugesagt, aber das Geld ist bis heute nicht auf meinem Konto. Wann kommt es?""")
m("fr", "v1", [], "store manager signature, question", "Commande groupée",
"""Bonjour, pouvez-vous m'indiquer les délais pour une commande de 40 unités ?

Karim Benali
Manager – Boutique Lyon Part-Dieu""")
m("fr", "v2", [MG], "escalation demand, informal", "ça suffit",
"""Bon ça suffit, je veux que mon dossier remonte à la direction. Trois semaines que j'attends.""")
m("fr", "v3", [U], "deadline tonight, need answer before 18h", "Avant 18h",
"""Bonjour, nous devons déposer notre dossier de subvention ce soir avant minuit et la plateforme refuse nos pièces jointes. Il nous faut une réponse avant 18h, c'est vraiment pressant.""")
m("fr", "v4", [], "no need to refund, keep as credit", "Avoir",
"""Pas besoin de me rembourser, gardez le montant en avoir pour ma prochaine commande. Merci !""")
m("nl", "v1", [], "asks if refund possible before ordering", "Vraag vooraf",
"""Als ik een jaarabonnement neem en het bevalt niet, krijg ik dan mijn geld terug? Ik twijfel nog.""")
m("nl", "v2", [R], "chargeback via bank threat", "Terugboeking",
"""Als het bedrag niet binnen 5 werkdagen terug op mijn rekening staat, laat ik de betaling via mijn bank terugboeken.""", ignore=[U])
m("nl", "v3", [U], "urgent: store opens in an hour", "Dringend",
"""Dringend: over een uur gaat de winkel open en geen enkele kassa kan betalingen verwerken. Bel mij zo snel mogelijk.""")
m("nl", "v4", [], "team lead role in app question", "Teamleider",
"""Kan een teamleider in jullie app de roosters van andere teams bekijken, of alleen die van het eigen team?""")
m("pt", "v1", [], "BR: store manager will pick up, no escalation", "Retirada",
"""Olá, o gerente da nossa loja vai passar aí amanhã pra retirar o pedido. Precisa levar algum documento?""")
m("pt", "v2", [MG], "PT-PT: wants the matter taken to a superior", "Reclamação",
"""Exijo que o meu caso seja encaminhado para um superior hierárquico. Não aceito mais respostas automáticas.""")
m("pt", "v3", [R], "BR: wants money back, product defective", "Dinheiro de volta",
"""Comprei o fone e veio com defeito. Não quero troca, quero meu dinheiro de volta.""")
m("pt", "v4", [], "BR quoted promo 'aproveite já, só hoje'", "Fwd: Só hoje!",
"""Esse desconto vale pra quem já é cliente?

> Só hoje! Aproveite já: 50% off no plano anual. Corra, é por tempo limitado!""")
m("es", "v1", [U], "LatAm: event tonight, need it now", "Para hoy",
"""Necesito que me ayuden ahorita, el evento es esta noche y no me deja imprimir las entradas. ¡Es urgente!""")
m("es", "v2", [], "past: already refunded, thanks", "Solucionado",
"""Ya me llegó el reembolso, muchas gracias por la rapidez. Podéis cerrar la incidencia.""")
m("es", "v3", [], "account manager role in app", "Rol de gestor",
"""¿Qué permisos tiene el rol de gestor en vuestra aplicación? Quiero que mi compañera pueda aprobar gastos.""")
m("es", "v4", [MG], "wants to talk with a manager", "Atención",
"""Quiero hablar con el encargado o con alguien responsable, no con un bot.""")
m("nb", "v1", [U], "emergency, nursing home system", "Nødsituasjon",
"""Dette er en nødsituasjon: medisinlisten på sykehjemmet vises ikke i appen, og kveldsvakten trenger den nå. Ring oss øyeblikkelig.""")
m("nb", "v2", [], "no rush, question about invoice", "Faktura",
"""Hei! Ikke noe hastverk, men kan dere sende fakturaen som PDF neste gang?""")
m("it", "v1", [U], "urgent, restaurant booking system tonight", "Urgente",
"""È urgente: stasera abbiamo 80 coperti prenotati e il sistema di prenotazione non si apre. Chiamatemi al più presto.""")
m("it", "v2", [], "refund policy question before purchase", "Informazioni",
"""Salve, se acquisto il corso e poi non riesco a frequentarlo, avete una politica di rimborso?""")
m("en", "v1", [], "refund question for a friend, hypothetical", "Question",
"""If someone were to cancel in the first week, would they be able to get a refund? Asking before I recommend you to a friend.""")
m("en", "v2", [MG], "non-native: wants higher person", "complain",
"""Please I want to talk with higher person in your company, your agent not helping me since 2 week.""")


# enc -> (mime_mail form, charset)
FORMS = {"8bit": ("plain", "utf-8"), "qp": ("qp", "utf-8"), "b64": ("b64", "utf-8"), "l1": ("qp", "iso-8859-1"),
         "l2": ("8bit", "iso-8859-2"), "w1250": ("qp", "windows-1250"), "html": ("html", "utf-8"), "alt": ("alt", "utf-8")}


def build(lang, name, subject, body, enc, i):
    sender, msg_id = customer(lang, f"8umr{lang}{name}")
    date = mail_date("Tue", 7, "Apr", 9 + i % 8, i % 60)
    htm = "<html><body>" + html_paragraphs(body, escape=html.escape, br="<br>", sep="") + "</body></html>\n"
    fmt, charset = FORMS[enc]
    return mime_mail(sender, subject, date, msg_id, body, htm, fmt, charset).as_bytes()


def main():
    out = DevSet(HERE, "# devset8 urgent-manager-refund: fresh hand-written set for urgent, manager-request, refund-request")
    for i, (lang, name, expect, ignore, note, subject, body, enc) in enumerate(M):
        forbid = [t for t in TAGS if t not in expect and t not in ignore]
        out.add(lang, name, build(lang, name, subject, body, enc, i), expect, forbid, note)
    out.save(clean=True)
    print(len(M), "messages")

if __name__ == "__main__":
    main()
