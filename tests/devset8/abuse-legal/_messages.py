# -*- coding: utf-8 -*-
# messages for devset8 abuse-legal; loaded by _gen.py

# ================= en
m("en", "a1", [A], "curt insult at the agent, lowercase", "re: ticket 55812",
"""are you people genuinely this thick or is it a job requirement? third time i'm explaining the same thing to a different halfwit. read the ticket.""")
m("en", "a2", [A], "threat: knows office address, will come by", "Last warning",
"""Listen carefully, Darren or whatever your real name is. Your office is on Harbour Street, second floor, I've seen the photos on your careers page. Keep ignoring me and I'll come by and explain it to your face, and you won't like how.

Your move.""")
m("en", "a3", [A], "obfuscated swearing at the staff, quoted history", "RE: Your request #88213 has been closed",
"""Closed?? You closed it?? F*** you and your useless little script, s.hithead. Nothing is fixed.

> Hi Tom,
> We're closing this ticket as we believe the issue has been resolved.
> Kind regards,
> Priya | Customer Care""", cte="qp")
m("en", "a4", [A, L], "insult + lawyer threat, rambling", "Absolute joke of a company",
"""I have been a customer for six years. Six. And in the last month your so-called support team has managed to lose my invoices, charge me twice and then send me a canned reply telling me to clear my cookies.

Whoever wrote that reply is a brainless muppet and frankly so is the manager who signed off on it.

I've forwarded the whole thread to my solicitor this morning and she will be in touch about the double charge. Don't bother with the cookie advice again.

G. Whitfield""")
m("en", "n1", [], "swearing about a bug, not at anyone", "export broken again",
"""This damn CSV export is f***ing broken again, half the columns are shifted one to the right. Bloody nightmare on a Monday. Can someone take a look? Screenshots attached.

Cheers,
Mo""")
m("en", "n2", [], "I'd kill for a dark mode + sarcasm, no insult", "feature idea",
"""Honestly I'd kill for a dark mode, my eyes are melting at 2am. Also, love how the 'save' button sits right next to 'delete all' - very brave design choice, really keeps us on our toes :) No rush on either.""")
m("en", "l1", [L], "formal small claims threat", "Unpaid refund - final notice before court",
"""Dear Sir or Madam,

Despite three written requests (12 March, 26 March and 9 April) the refund of GBP 418.00 for order 77-3310 has not been paid.

If the full amount is not received within 14 days of this letter I will issue a claim in the County Court via Money Claim Online without further notice, and will seek my costs.

Yours faithfully,
Helen Marsh""")
m("en", "l2", [L], "curt: reporting to ICO and trading standards", "data",
"""you still haven't deleted my data after 2 months. I'm lodging a complaint with the ICO today and reporting you to trading standards for the subscription trap while I'm at it.""")
m("en", "ln1", [], "law firm client asking about seats and invoices", "Additional seats for Brennan & Holt LLP",
"""Hello,

We are a law firm of about 40 fee earners currently on your Business plan. Could you tell us how to add six more seats, and whether invoices can show our VAT number and matter reference?

Many thanks,
Sophie Brennan
Office Manager, Brennan & Holt LLP

CONFIDENTIALITY: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Brennan & Holt LLP is authorised and regulated by the Solicitors Regulation Authority.""", fmt="alt")
m("en", "ln2", [], "our legal team asked for your DPA", "DPA and subprocessors",
"""Hi team, our legal department has asked for a signed copy of your Data Processing Agreement and the current list of sub-processors before we roll out to the EU offices. Could you send those over? Thanks, Raj""")
m("en", "ln3", [], "no need to involve lawyers, de-escalation", "Re: billing dispute",
"""Thanks for calling me back yesterday. I'm glad we sorted this between us - there's really no need to get lawyers or the ombudsman involved over a £30 difference. Please just confirm the credit note in writing.

> We will issue a credit note for the overcharged amount.""")
m("en", "ln4", [], "past resolved dispute, asking about contract renewal", "Renewal terms",
"""Hi, last year we had that dispute with your previous reseller which ended up in small claims; that's all settled and water under the bridge. We'd now like to renew directly with you. What are the notice period and termination terms in the standard contract?""")

# ================= pt
m("pt", "a1", [A], "BR: insult at the agent, no accents", "resposta ridicula",
"""vc e burro ou so se faz? ja falei TRES vezes que o pedido nao chegou e vc me manda o link de rastreio de novo. que atendente incompetente, sinceramente, vai estudar""")
m("pt", "a2", [A], "PT-PT: insults team as bunch of thieves and idiots", "Reclamação",
"""Vocês são um bando de ladrões e de incompetentes. Cobraram-me duas vezes e ainda têm a lata de me dizer que a culpa é do meu banco. Palhaços.""", cs="iso-8859-1", cte="qp")
m("pt", "a3", [A], "BR: threat, knows where the agent works", "ultimo aviso",
"""Fica esperto, Rafael. Eu sei onde fica o escritório de vocês em Pinheiros e sei que tu sai às seis. Se meu dinheiro não voltar essa semana vou aí te esperar na porta pra gente conversar do meu jeito.""")
m("pt", "a4", [A], "BR: obfuscated swearing at the agent, quoted reply", "Re: Chamado 40112",
"""vai tomar no c*, sua anta. resolvido o q??

Em seg., 20 de abr. de 2026, Suporte <suporte@example.com> escreveu:
> Olá! Seu chamado foi marcado como resolvido. Avalie nosso atendimento!""")
m("pt", "n1", [], "BR: swearing at the app, not at people", "app",
"""Que merda esse app, caralho. Trava toda vez que eu tento anexar a nota fiscal. Já reinstalei duas vezes. Tem previsão de correção?""")
m("pt", "n2", [], "PT: quoting an insult a customer wrote to them, asks for block feature", "Bloquear utilizador",
"""Bom dia, um cliente nosso escreveu no chat da loja "és um idiota e um ladrão" à minha funcionária. Há forma de bloquear este utilizador na vossa plataforma de chat? Obrigada, Marta""")
m("pt", "l1", [L], "BR: Procon + lawyer threat", "Cancelamento negado",
"""Boa tarde. Solicitei o cancelamento em 02/03 e continuo sendo cobrado. Se até sexta-feira o valor não for estornado, vou registrar reclamação no Procon e no Reclame Aqui e meu advogado já está com a documentação pronta para entrar com ação no Juizado Especial.

Att,
Luiz Fernando Prado""")
m("pt", "l2", [L], "PT-PT: livro de reclamações and DECO, curt", "Encomenda",
"""Já fiz queixa no livro de reclamações eletrónico e vou expor o caso à DECO. Não me voltem a mandar respostas automáticas.""")
m("pt", "ln1", [], "BR: LGPD access request without threat", "Solicitação LGPD",
"""Olá, com base na LGPD gostaria de receber uma cópia de todos os dados pessoais que vocês têm sobre mim e saber com quem foram compartilhados. Obrigado, Bruno""")

# ================= da
m("da", "a1", [A], "insult at the agent, curt", "svar",
"""Er du fuldstændig idiot? Jeg har skrevet det samme fire gange nu. Find en voksen der kan læse.""")
m("da", "a2", [A], "threat: will find agent, knows office, windows-1252 qp", "Til Mads i kundeservice",
"""Mads, jeg ved godt hvor jeres kontor ligger i Valby. Hvis du lukker min sag én gang til uden at løse den, så kommer jeg forbi og så skal vi se hvor kæphøj du er ansigt til ansigt.""", cs="iso-8859-1", cte="qp")
m("da", "a3", [A], "no diacritics swearing at the staff, calling them morons", "ENDNU EN GANG",
"""i er simpelthen en flok spasser derinde. hvem har ansat jer?? fuck jer og jeres "vi vender tilbage inden for 48 timer\"""")
m("da", "n1", [], "swearing about the update, not aimed at anyone", "opdatering",
"""Hej. Den forbandede opdatering har smadret vores printopsætning, for helvede. Det er lort at skulle bruge hele formiddagen på det. Kan I sende en guide til at rulle tilbage?

Mvh Birgitte""")
m("da", "n2", [], "sarcasm without insult", "Tak for ingenting",
"""Nå, tak for det lynhurtige svar efter kun tre uger. Imponerende. Problemet med fakturaerne er der stadig, så hvis nogen har tid mellem kaffepauserne, hører jeg gerne fra jer.""")
m("da", "l1", [L], "Forbrugerklagenævnet + advokat", "Klage over ordre 55102",
"""Kære kundeservice

Da I ikke har reageret på mine tre henvendelser om den defekte vare, indbringer jeg nu sagen for Forbrugerklagenævnet. Jeg har desuden bedt min advokat om at se på, om der er grundlag for at kræve erstatning.

Venlig hilsen
Søren Kjær""")
m("da", "l2", [L], "police report as threat, rambling", "Mine penge",
"""Hej igen. Jeg har nu ventet i over en måned på de 2.300 kr som I selv har skrevet at I ville tilbagebetale. Min bank siger at de ikke kan gøre mere. Jeg har ikke lyst til at gøre det her, men kommer pengene ikke inden fredag, så anmelder jeg jer til politiet for bedrageri. Det er ikke en tom trussel.

Mvh Jonas""")
m("da", "ln1", [], "GDPR question, our lawyer asked for DPA", "Databehandleraftale",
"""Hej, vores advokat har bedt os om at få en underskrevet databehandleraftale med jer inden vi går i gang. Kan I sende jeres standardaftale? Tak, Line""")

# ================= it
m("it", "a1", [A], "insult at the operator, no accents", "assistenza",
"""ma sei scemo o cosa? ti ho scritto che il pacco e arrivato rotto e tu mi rispondi con le istruzioni di montaggio. siete una manica di incapaci e deficienti""")
m("it", "a2", [A], "threat to wait for the agent outside", "Per la signora Bianchi",
"""Signora Bianchi, so benissimo dove lavora, la sede di via Tortona non è difficile da trovare. Se non mi ridate i soldi vengo a trovarla di persona all'uscita e vedrà che non sarà una chiacchierata piacevole.""", cs="iso-8859-1", cte="qp")
m("it", "a3", [A], "obfuscated swearing at the staff, HTML only", "Re: pratica 7781",
"""Andate a fare in c**o tu e il tuo responsabile, str*nzi. Ve lo ripeto per la quinta volta: la fattura è sbagliata.""", fmt="html")
m("it", "n1", [], "porca miseria about the system", "gestionale",
"""Porca miseria, il gestionale si è bloccato di nuovo durante la chiusura di cassa, che cavolo! Possiamo avere una mano a recuperare i dati di stamattina? Grazie, Gianni""")
m("it", "n2", [], "quoting an insult, asks to moderate review", "Recensione offensiva",
"""Buongiorno, sulla nostra pagina recensioni ospitata da voi un utente ha scritto "proprietario idiota e ladro". Possiamo segnalarla per la rimozione? È contro le vostre linee guida? Grazie""")
m("it", "l1", [L], "formal diffida, avvocato", "Diffida",
"""Spett.le Società,

con la presente Vi diffido formalmente dal continuare ad addebitare il canone non dovuto. In mancanza di rimborso entro 15 giorni, ho già dato mandato al mio legale di procedere nelle sedi opportune.

Distinti saluti
Marco De Santis""")
m("it", "l2", [L], "complaint to Garante privacy, curt", "spam",
"""Vi ho chiesto di cancellare i miei dati a gennaio e continuate a mandarmi SMS. Oggi faccio reclamo al Garante Privacy.""")
m("it", "ln1", [], "terms question from a notary office", "Condizioni contrattuali",
"""Buongiorno, siamo uno studio notarile e vorremmo sapere se le vostre condizioni generali prevedono il foro competente di Milano e quale sia il preavviso per la disdetta. Cordiali saluti, Studio Notarile Ricci""")

# ================= nl
m("nl", "a1", [A], "insult at the agent, curt", "antwoord",
"""Ben je nou echt zo dom of doe je alsof? Lees gewoon wat ik schrijf, sukkel.""")
m("nl", "a2", [A], "swearing aimed at the team, no diacritics", "WEER NIKS",
"""Stelletje klootzakken. Drie weken geen levering en dan nog een factuur sturen ook. Jullie zijn echt het laagste van het laagste, ga toch kanker op met je standaardmailtjes.""")
m("nl", "a3", [A], "veiled threat, knows where the agent lives, quoted reply", "Re: uw klacht",
"""Nou Kevin, ik heb je even opgezocht. Leuk huisje daar in Zwolle. Zou zonde zijn als er iets mee gebeurt. Regel mijn terugbetaling.

Op 20-04-2026 schreef Klantenservice:
> Beste klant, wij hebben uw klacht in behandeling genomen.""")
m("nl", "n1", [], "swearing about a bug", "synchronisatie",
"""Die verdomde synchronisatie met de boekhouding gaat alweer mis, wat een klotezooi. Kunnen jullie even kijken? Gr. Sander""")
m("nl", "l1", [L], "geschillencommissie + advocaat", "Ingebrekestelling",
"""Geachte heer/mevrouw,

Hierbij stel ik u formeel in gebreke. Indien de nota van € 640 niet binnen 14 dagen wordt gecrediteerd, leg ik het geschil voor aan de Geschillencommissie en schakel ik mijn advocaat in.

Hoogachtend,
P. van Dijk""", cs="windows-1252", cte="qp")
m("nl", "l2", [L], "aangifte politie as threat, rambling", "Geld terug",
"""Hoi,

Ik heb nu drie keer gebeld en elke keer hoor ik dat het 'in behandeling' is. Het gaat om bijna 900 euro. Als het geld er maandag niet staat doe ik aangifte bij de politie wegens oplichting en zet ik het hele verhaal op Tweakers.

Groet, Ilse""")
m("nl", "ln1", [], "law firm ordinary question, disclaimer", "Licentie uitbreiden",
"""Goedemiddag,

Wij zijn een advocatenkantoor met 12 medewerkers en willen graag twee extra licenties. Kunnen jullie een offerte sturen?

Met vriendelijke groet,
Anouk de Boer
Van Leeuwen Advocaten

Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke of door het verschoningsrecht beschermde informatie bevatten. Indien u niet de geadresseerde bent, wordt u verzocht de afzender te informeren en het bericht te verwijderen.""", fmt="alt")
m("nl", "ln2", [], "AVG inzageverzoek without threat", "Inzageverzoek AVG",
"""Beste, op grond van artikel 15 AVG verzoek ik u om inzage in de persoonsgegevens die u van mij verwerkt. Graag ontvang ik binnen de wettelijke termijn een overzicht. Met vriendelijke groet, Joris Kuipers""")
m("nl", "ln3", [], "our legal team asked for verwerkersovereenkomst", "Verwerkersovereenkomst",
"""Hoi, onze juridische afdeling vraagt om een getekende verwerkersovereenkomst voordat we live gaan. Hebben jullie een standaardversie? Bedankt!""")
m("nl", "ln4", [], "past dispute resolved, no need for lawyers", "Afgehandeld",
"""Dank voor de snelle oplossing. Vorig jaar is het bij een andere leverancier nog tot een rechtszaak gekomen, dus ik ben blij dat we het nu zonder advocaten hebben kunnen regelen. Fijne dag!""")

# ================= sv
m("sv", "a1", [A], "insult at the agent", "Svar på ärende",
"""Är du helt dum i huvudet? Jag skrev tydligt att kortet drogs två gånger. Hur svårt kan det vara, din jävla idiot.""")
m("sv", "a2", [A], "threat: waiting outside the office", "Till er på supporten",
"""Jag vet var ni sitter, Kungsgatan 12. Jag har inget emot att ta en promenad dit och vänta utanför tills någon av er kommer ut. Då kan vi prata om min återbetalning på riktigt.""", cs="iso-8859-1", cte="qp")
m("sv", "a3", [A], "no diacritics insults at the team", "skamt",
"""ni ar ju totalt efterblivna allihop pa er support. javla inkompetenta as""")
m("sv", "n1", [], "swearing about export bug", "exporten",
"""Fan, exporten till Fortnox har slutat fungera igen. Skitjobbigt mitt i månadsbokslutet. Kan ni titta på det? /Erik""")
m("sv", "n2", [], "quoting insult from a forum", "Omdöme",
"""Hej, någon har skrivit "idioter som jobbar där" i ett omdöme om vår butik på er plattform. Det är inte sant och vi undrar hur man bestrider ett omdöme.""")
m("sv", "l1", [L], "ARN + Konsumentverket", "Reklamation",
"""Hej. Ni har nu avslagit min reklamation två gånger utan motivering. Jag kommer att anmäla ärendet till Allmänna reklamationsnämnden och kontakta Konsumentverket. Mvh Anna Lind""")
m("sv", "l2", [L], "lawyer, stämning", "Faktura 10221",
"""Om fakturan inte krediteras senast fredag lämnar jag över ärendet till min advokat och ni får en stämning. Jag är trött på att bli ignorerad.""")
m("sv", "ln1", [], "GDPR access request, polite", "Registerutdrag",
"""Hej! Enligt GDPR vill jag begära ett registerutdrag över de personuppgifter ni har om mig. Tack på förhand, Maja""")

# ================= de
m("de", "a1", [A], "insult at the agent", "Ihre Antwort",
"""Sind Sie eigentlich zu blöd zum Lesen? Ich habe Ihnen dreimal geschrieben, dass die Rechnung falsch ist. Unfassbar, was für Vollpfosten bei Ihnen arbeiten.""")
m("de", "n1", [], "swearing about the software", "Scheißupdate",
"""Dieses Scheißupdate hat unsere Druckvorlagen zerschossen, verdammt nochmal. Gibt es eine Möglichkeit, auf die vorige Version zurückzugehen? Gruß, Heiko""")
m("de", "n2", [], "quoting insult a customer wrote to the shop", "Beleidigung im Chat",
"""Hallo, ein Kunde hat in unserem Shop-Chat (über Ihr Widget) unsere Mitarbeiterin als "dumme Kuh" beschimpft. Können wir solche Nutzer sperren oder Nachrichten filtern lassen?""")
m("de", "l1", [L], "Anwalt + Verbraucherzentrale, formal", "Letzte Aufforderung",
"""Sehr geehrte Damen und Herren,

trotz meiner Kündigung zum 31.01. buchen Sie weiterhin monatlich ab. Ich fordere Sie letztmalig auf, die zu Unrecht eingezogenen Beträge bis zum 05.05. zu erstatten. Andernfalls werde ich meinen Rechtsanwalt beauftragen und mich zusätzlich an die Verbraucherzentrale wenden.

Mit freundlichen Grüßen
Dr. Klaus Wendt""", cs="iso-8859-1", cte="qp")
m("de", "l2", [L], "Datenschutzbehörde complaint, curt", "Auskunft",
"""Meine Auskunftsanfrage nach Art. 15 DSGVO ist seit acht Wochen unbeantwortet. Ich reiche heute Beschwerde beim Landesdatenschutzbeauftragten ein.""")
m("de", "ln1", [], "DSGVO Auskunft without threat", "Auskunftsersuchen nach Art. 15 DSGVO",
"""Guten Tag,

hiermit bitte ich um Auskunft über die zu meiner Person gespeicherten Daten gemäß Art. 15 DSGVO sowie um eine Kopie der Daten. Vielen Dank im Voraus.

Freundliche Grüße
Sabine Krüger""")
m("de", "ln2", [], "Kanzlei ordinary question with privilege disclaimer", "Rechnungsadresse ändern",
"""Sehr geehrte Damen und Herren,

bitte ändern Sie die Rechnungsadresse unseres Kontos auf: Kanzlei Hoffmann & Partner, Rechtsanwälte, Königsallee 14, 40212 Düsseldorf.

Mit freundlichen Grüßen
i.A. Melanie Schulz

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen und unterliegt dem Anwaltsgeheimnis. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.""", fmt="alt", cs="iso-8859-1", cte="qp")
m("de", "ln3", [], "Rechtsabteilung asks for AVV", "AVV",
"""Hallo, unsere Rechtsabteilung hat um Ihren Auftragsverarbeitungsvertrag (AVV) und die TOMs gebeten. Können Sie uns die Unterlagen zuschicken? Danke, Tobias""")
m("de", "ln4", [], "AGB question and past resolved dispute, no lawyers needed", "Kündigungsfrist",
"""Hallo, der Streit vom letzten Jahr ist ja zum Glück ohne Anwalt beigelegt worden. Jetzt nur eine kurze Frage: Welche Kündigungsfrist gilt laut Ihren AGB für den Jahresvertrag?""")

# ================= pl
m("pl", "a1", [A], "insult at the consultant, no diacritics", "odpowiedz",
"""czy ty jestes debilem? pisze czwarty raz ze paczka nie doszla. banda idiotow""", cs="iso-8859-2", cte="qp")
m("pl", "n1", [], "kurwa about the system", "system",
"""Kurwa, znowu ten system się zawiesił przy wystawianiu faktury. Ile można? Proszę o pomoc, tracimy cały dzień. Pozdrawiam, Marek""", cs="windows-1250", cte="qp")
m("pl", "l1", [L], "UOKiK + sąd, formal", "Reklamacja - wezwanie",
"""Szanowni Państwo,

wobec braku odpowiedzi na reklamację z dnia 3 marca wzywam do zwrotu kwoty 1 250 zł w terminie 7 dni. W przeciwnym razie skieruję sprawę do sądu oraz złożę skargę do UOKiK i rzecznika konsumentów.

Z poważaniem
Katarzyna Nowak""", cs="iso-8859-2", cte="qp")
m("pl", "l2", [L], "UODO complaint, curt", "dane",
"""Nie usunęliście moich danych mimo żądania z lutego. Składam skargę do UODO.""")
m("pl", "ln1", [], "RODO access request without threat", "Wniosek RODO",
"""Dzień dobry, na podstawie art. 15 RODO proszę o informację, jakie moje dane osobowe Państwo przetwarzają oraz o ich kopię. Dziękuję, Tomasz Wiśniewski""")
m("pl", "ln2", [], "law firm asks about invoices, disclaimer", "Faktura VAT",
"""Dzień dobry,
prosimy o wystawianie faktur na kancelarię: Kancelaria Radcy Prawnego Anna Zielińska, NIP 123-456-78-90.

Pozdrawiam
Anna Zielińska, radca prawny

Treść tej wiadomości jest poufna i może być objęta tajemnicą zawodową radcy prawnego. Jeżeli nie jest Pan/Pani adresatem, prosimy o poinformowanie nadawcy i usunięcie wiadomości.""", cs="windows-1250", cte="b64")
m("pl", "ln3", [], "our lawyer asked for umowa powierzenia", "Umowa powierzenia",
"""Cześć, nasz prawnik prosi o wzór umowy powierzenia przetwarzania danych. Możecie przesłać? Dzięki""")
m("pl", "ln4", [], "terms question: regulamin, jurisdiction", "Regulamin",
"""Dzień dobry, czy w regulaminie usługi jest wskazany sąd właściwy dla sporów z firmami? Pytam tylko do naszej dokumentacji przetargowej.""")

# ================= fr
m("fr", "a1", [A], "insults at the advisor", "Votre réponse",
"""Vous êtes vraiment une bande de guignols incompétents. Espèce d'abruti, relis mon message avant de me répondre n'importe quoi.""")
m("fr", "n1", [], "putain about the bug", "bug export",
"""Putain, l'export PDF plante encore à chaque fois. Ça fait trois jours que je galère avec ça. Vous pouvez regarder ? Merci, Julien""")
m("fr", "n2", [], "putain de mise à jour, situation", "mise à jour",
"""Bonjour, cette putain de mise à jour a effacé tous mes modèles de devis, c'est la merde totale ce matin. Est-ce qu'il y a une sauvegarde quelque part ? Bien à vous, Nadia""", cs="iso-8859-1", cte="qp")
m("fr", "n3", [], "sarcasm no insult", "Bravo",
"""Bravo, vraiment. Six jours pour me répondre qu'il faut vider le cache. Génial. Bon, le problème est toujours là, donc si quelqu'un a une vraie idée je suis preneur.""")
m("fr", "n4", [], "quoting insult written by someone else", "Message insultant reçu",
"""Bonjour, un de vos utilisateurs m'a envoyé via votre messagerie « t'es qu'un connard ». Comment puis-je le signaler et le bloquer ? Merci""")
m("fr", "l1", [L], "mise en demeure + DGCCRF", "Mise en demeure",
"""Madame, Monsieur,

Par la présente, je vous mets en demeure de procéder au remboursement de la somme de 329 € sous huit jours. À défaut, je saisirai le médiateur de la consommation et signalerai vos pratiques à la DGCCRF.

Veuillez agréer mes salutations distinguées.
Claire Fontaine""")
m("fr", "l2", [L], "plainte CNIL + avocat, informal", "mes données",
"""Ca fait deux mois que je demande la suppression de mon compte. Mon avocat m'a conseillé de porter plainte auprès de la CNIL, c'est ce que je vais faire lundi si rien ne bouge.""")
m("fr", "ln1", [], "contract question from a cabinet d'avocats", "Conditions de résiliation",
"""Bonjour, notre cabinet d'avocats utilise votre logiciel depuis 2022. Pourriez-vous nous rappeler les conditions de résiliation prévues au contrat ? Cordialement, Cabinet Mercier""")

# ================= es
m("es", "a1", [A], "insult at the agent", "respuesta",
"""¿Eres tonto o qué te pasa? Te lo he explicado cinco veces. Sois una panda de inútiles.""")
m("es", "a2", [A], "threat: knows where office is", "Aviso",
"""Sé dónde está vuestra oficina en Valencia. Como no me devolváis el dinero esta semana me presento allí y ya veremos quién se ríe.""", cs="iso-8859-1", cte="qp")
m("es", "n1", [], "swearing about the app", "app",
"""Joder, la puta app se cierra sola cada vez que intento pagar. ¿Sabéis algo? Gracias""")
m("es", "l1", [L], "OCU + abogado", "Reclamación",
"""Buenas tardes. Si no recibo el reembolso antes del viernes pondré el caso en manos de mi abogado y presentaré una reclamación en la oficina de consumo. Atentamente, Pablo Ruiz""")
m("es", "l2", [L], "LatAm: Profeco complaint", "queja",
"""Ya me cansé. Mañana mismo voy a levantar una queja ante Profeco por los cargos no reconocidos.""")
m("es", "ln1", [], "question on terms, legal disclaimer", "Condiciones",
"""Hola, ¿podéis enviarnos la última versión de las condiciones generales? Nuestro departamento jurídico quiere revisarlas antes de renovar. Saludos, Lucía""")

# ================= ro
m("ro", "a1", [A], "insult at the operator, no diacritics", "raspuns",
"""esti prost sau te faci? ti am scris de trei ori ca produsul e defect. niste incompetenti si jumatate""")
m("ro", "n1", [], "swearing about the platform", "platforma",
"""Fir-ar să fie, iar s-a blocat platforma la plată. Ce naiba se întâmplă? Vă rog verificați.""", cs="iso-8859-2", cte="qp")
m("ro", "l1", [L], "ANPC + instanță", "Reclamație",
"""Bună ziua. Dacă nu primesc banii înapoi până vineri, depun plângere la ANPC și vă dau în judecată. Cu stimă, Andrei Popescu""")
m("ro", "l2", [L], "avocat, formal notificare", "Notificare",
"""Stimate domn/doamnă, vă aduc la cunoștință că am împuternicit un avocat să mă reprezinte în litigiul privind contractul nr. 4412 și că veți fi contactați în curând de acesta.""")
m("ro", "ln1", [], "GDPR access request", "Cerere GDPR",
"""Bună ziua, conform GDPR aș dori o copie a datelor personale pe care le dețineți despre mine. Mulțumesc, Ioana""")

# ================= nb
m("nb", "a1", [A], "insult at the agent", "svaret ditt",
"""Er du helt dust eller? Jeg har skrevet det samme tre ganger. Dere er en gjeng med idioter.""")
m("nb", "a2", [A], "threat at the agent", "Til Ole",
"""Ole, jeg vet hvor du jobber og når du går hjem. Ordne refusjonen min før du får besøk.""")
m("nb", "n1", [], "swearing about the app", "appen",
"""Faen, appen krasjer igjen når jeg skal laste opp kvitteringer. Kan dere se på det?""")
m("nb", "l1", [L], "Forbrukerrådet + advokat", "Klage",
"""Hvis jeg ikke får pengene tilbake innen fredag, sender jeg saken til Forbrukerrådet og kobler inn advokat. Mvh Kari Nilsen""")
m("nb", "ln1", [], "terms question", "Vilkår",
"""Hei, hvor finner jeg oppsigelsestiden i avtalevilkårene deres? Juristen vår vil bare dobbeltsjekke før fornyelsen.""")

# ================= fi
m("fi", "a1", [A], "insult at the agent", "vastaus",
"""Oletko ihan idiootti? Kirjoitin jo kolme kertaa että tilaus on väärä. Ääliöitä koko porukka.""")
m("fi", "n1", [], "swearing about the app", "sovellus",
"""Perkele, sovellus kaatuu taas kun yritän maksaa. Voitteko katsoa?""")
m("fi", "l1", [L], "kuluttajariitalautakunta", "Reklamaatio",
"""Jos ette palauta rahoja viikon sisällä, vien asian kuluttajariitalautakuntaan. Terveisin, Mikko Virtanen""")
m("fi", "l2", [L], "lawyer + court", "Lasku",
"""Olen antanut asian asianajajani hoidettavaksi ja hän on yhteydessä teihin. Tarvittaessa asia viedään käräjäoikeuteen.""")
m("fi", "ln1", [], "GDPR access request", "Tietopyyntö",
"""Hei, pyydän GDPR:n mukaisesti kopion minusta tallennetuista henkilötiedoista. Kiitos, Laura""")
