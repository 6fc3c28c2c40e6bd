# Generates the manager/refund/legal PRECISION dev set (hand-written, independent of tests/corpus).
# Mostly hard negatives, plus a few positives per language so recall is watched.
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, forbid_others, mail_date, message_id, plain_mail

HERE = Path(__file__).resolve().parent
M, R, L = "manager-request", "refund-request", "legal-threat"
ALL = [M, R, L]
# (lang, name, expect, subject, body, note)
MSGS = [
# =============================== da
("da","n1",[],"Opsigelse af abonnement",
"""Hej

Min chef har bedt mig om at opsige vores abonnement pr. 1. juni, da vi flytter over på et andet system. Kan I bekræfte opsigelsen skriftligt, så jeg kan sende den videre til ham?

Venlig hilsen
Mette Kragh
Kontorchef, Kragh & Søn ApS""","NEG own boss asked to cancel; Kontorchef title"),
("da","n2",[],"Ny kontaktperson",
"""Hej support

Vores direktør har godkendt opgraderingen til Business-pakken. Fremover er det vores økonomiansvarlige, Lars, der er kontaktperson for fakturaer. Hvem er vores faste account manager hos jer nu, hvor Sofie er stoppet?

Mvh. Henrik""","NEG director approved; account manager contact"),
("da","n3",[],"Spørgsmål om fortrydelsesret",
"""Hej, jeg overvejer at købe årsabonnementet. Hvis jeg fortryder inden for 14 dage, får man så hele beløbet refunderet, eller trækkes der et gebyr? Og hvor lang tid tager en tilbagebetaling typisk?""","NEG refund rules question"),
("da","n4",[],"Tak",
"""Hej igen. Bare for at sige tak – refusionen på 249 kr. er gået ind på mit kort i dag. Sagen kan lukkes. Jeg har i øvrigt returneret den defekte adapter med posten, så I ved den er på vej.""","NEG refund received; goods returned"),
("da","n5",[],"Databehandleraftale",
"""Kære support

Vi er et mindre advokatfirma i Aarhus og skal have underskrevet en databehandleraftale, før vi kan tage jeres booking-modul i brug. Kan I sende jeres standard-DPA, og oplyse hvor data opbevares? Vores juridiske afdeling vil gerne gennemgå den inden fredag.

Med venlig hilsen
Advokat Jens Holm
Holm Advokater, CVR 12345678""","NEG law firm asking for DPA"),
("da","n6",[],"Faktura mangler",
"""Hej, jeg kan ikke finde fakturaen for marts i kontoen. Vi er en advokatvirksomhed, og vores bogholder skal bruge den til momsregnskabet. Vil I sende den igen?

Denne e-mail kan indeholde fortrolige oplysninger og er kun beregnet for modtageren. Har du modtaget den ved en fejl, bedes du slette den.""","NEG lawyer's office invoice + disclaimer"),
("da","m1",[M],"Stadig intet svar",
"""Jeg har nu skrevet fire gange om den samme fejl, og hver gang får jeg et standardsvar. Jeg ønsker at sagen bliver løftet op til en der har beføjelse til at træffe en beslutning, gerne jeres supportchef.""","escalate to supportchef / someone with authority"),
("da","r1",[R],"Trukket for meget",
"""Hej. I har trukket 599 kr. i stedet for 399 kr. for april. Jeg forventer at få de 200 kr. sat tilbage på kortet hurtigst muligt.""","money back on card"),
("da","l1",[L],"Sidste chance",
"""Hvis I ikke har løst problemet med de dobbelte opkrævninger inden fredag, går sagen videre til Forbrugerklagenævnet, og jeg har allerede talt med en advokat om det.""","Forbrugerklagenævnet + advokat"),
# =============================== de
("de","n1",[],"Kündigung zum Monatsende",
"""Sehr geehrte Damen und Herren,

auf Anweisung meines Vorgesetzten kündige ich hiermit unseren Vertrag zum nächstmöglichen Termin. Bitte senden Sie die Kündigungsbestätigung an mich und in Kopie an unsere Geschäftsführung.

Mit freundlichen Grüßen
Anja Weber
Office Managerin""","NEG own boss instructed; Geschäftsführung cc"),
("de","n2",[],"Eskalationsregeln einrichten",
"""Hallo, wir nutzen Ihr Ticketsystem seit Januar. Wie kann ich eine Eskalationsregel anlegen, damit unbeantwortete Tickets nach 24 Stunden automatisch an den Teamleiter gehen? In der Doku finde ich dazu nichts.""","NEG escalation feature question"),
("de","n3",[],"Rechnung Februar",
"""Guten Tag, auf der Rechnung für Februar steht eine Gutschrift über 12,50 €, die ich nicht zuordnen kann. Können Sie mir kurz erklären, wofür diese ist? Eine Erstattung erwarte ich nicht, ich möchte es nur für die Buchhaltung verstehen.""","NEG credit on invoice question"),
("de","n4",[],"Rückbuchung – Info",
"""Hallo, meine Bank hat mir mitgeteilt, dass eine Rücklastschrift nur innerhalb von 8 Wochen möglich ist. Das betrifft aber einen anderen Anbieter, nicht Sie. Bei Ihnen wollte ich nur die Zahlungsart von Lastschrift auf Kreditkarte umstellen. Wo geht das?""","NEG bank chargeback explanation unrelated"),
("de","n5",[],"Anfrage Auftragsverarbeitung",
"""Sehr geehrte Damen und Herren,

wir sind eine Rechtsanwaltskanzlei mit 12 Berufsträgern und prüfen derzeit Ihre Software. Bitte übersenden Sie uns Ihren Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO sowie eine Liste der Unterauftragsverarbeiter.

Mit freundlichen Grüßen
Dr. Klaus Berger
Rechtsanwalt

Berger & Partner Rechtsanwälte mbB
Sitz: Köln, Amtsgericht Köln PR 1234
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen.""","NEG law firm DPA request + signature/disclaimer"),
("de","n6",[],"Auskunft nach Art. 15",
"""Hallo, bitte teilen Sie mir mit, welche personenbezogenen Daten Sie über mich gespeichert haben (Auskunft nach Art. 15 DSGVO). Eine Kopie per E-Mail genügt. Danke!

Nebenbei: Mein Nachbar verklagt gerade seinen Vermieter, deshalb bin ich bei Datenschutz etwas sensibler geworden.""","NEG GDPR access + unrelated lawsuit"),
("de","m1",[M],"Dritter Anlauf",
"""Ich habe jetzt dreimal mit Ihrem Support telefoniert und jedes Mal wurde mir etwas anderes erzählt. Bitte geben Sie meinen Fall an jemanden weiter, der Entscheidungen treffen darf – am liebsten an die Leitung Ihres Kundenservice.""","pass to someone who may decide / Leitung Kundenservice"),
("de","r1",[R],"Doppelt abgebucht",
"""hallo, ihr habt mir den jahresbeitrag zweimal abgezogen (2x 119 euro am 02.04). ich will das zuviel gezahlte geld wieder zurück, und zwar zeitnah""","lowercase, zuviel gezahlte geld zurück"),
("de","l1",[L],"Letzte Frist",
"""Sollte bis zum 30. April keine Lösung vorliegen, werde ich die Angelegenheit meiner Rechtsschutzversicherung übergeben und die Verbraucherzentrale einschalten.""","Rechtsschutzversicherung / Verbraucherzentrale"),
# =============================== fr
("fr","n1",[],"Changement de formule",
"""Bonjour,

Notre directeur a validé le passage à l'offre Entreprise à partir du mois prochain. Pouvez-vous m'indiquer la marche à suivre ? Je suis la responsable administrative, c'est donc moi qui gère les factures.

Cordialement,
Claire Dubois""","NEG director approved; I am the responsable"),
("fr","n2",[],"Interlocuteur",
"""Bonjour, depuis le départ de Julien, nous n'avons plus de chargé de compte attitré. Pourriez-vous nous indiquer qui est notre nouveau responsable de compte ? Mon manager souhaite faire un point trimestriel avec lui.""","NEG account manager; own manager"),
("fr","n3",[],"Question tarif",
"""Bonjour, vos tarifs ont augmenté de 15 % en janvier. Est-ce que l'ancien prix reste valable jusqu'à la fin de notre engagement annuel ? Et en cas de résiliation anticipée, le remboursement se fait-il au prorata ?""","NEG price + refund rules question"),
("fr","n4",[],"Retour colis",
"""Bonjour, j'ai bien renvoyé le lecteur défectueux comme convenu, voici le numéro de suivi : 6A1234567890. J'ai aussi bien reçu le remboursement hier, merci pour la rapidité.""","NEG return shipped + refund received"),
("fr","n5",[],"Contrat et RGPD",
"""Maître,

Pardon – Madame, Monsieur,

Je suis juriste au sein du service juridique d'un cabinet d'avocats parisien. Avant de signer le contrat, nous aurions besoin de l'annexe relative à la protection des données (sous-traitance au sens de l'article 28 du RGPD) et de connaître la localisation des serveurs.

Bien cordialement,
Sophie Martin, juriste
SELARL Martin Avocats – RCS Paris 812 345 678 – Barreau de Paris""","NEG juriste asking for DPA; RCS/barreau"),
("fr","n6",[],"Mention légale",
"""Bonjour, sur votre site la page « Mentions légales » ne s'affiche plus, elle renvoie une erreur 404. Pouvez-vous corriger ? Nous devons la citer dans notre dossier d'appel d'offres.

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires.""","NEG 'mentions légales' page + disclaimer"),
("fr","m1",[M],"Réclamation non traitée",
"""Cela fait trois semaines que ma réclamation tourne en rond. Je vous demande de transmettre mon dossier à quelqu'un de votre hiérarchie qui puisse enfin prendre une décision.""","hiérarchie / transmettre"),
("fr","r1",[R],"prelevement en trop",
"""bonjour vous m'avez preleve deux fois 39,90 ce mois ci. merci de me rembourser le deuxieme prelevement au plus vite""","no diacritics, rembourser"),
("fr","l1",[L],"Mise en demeure",
"""Sans régularisation de votre part sous huit jours, je saisirai le médiateur de la consommation puis, si nécessaire, le tribunal judiciaire.""","médiateur / tribunal"),
# =============================== nl
("nl","n1",[],"Opzegging",
"""Goedemiddag,

Mijn leidinggevende heeft mij gevraagd ons abonnement per 1 juli op te zeggen, omdat de afdeling wordt opgeheven. Kunt u de opzegging bevestigen?

Met vriendelijke groet,
Sanne de Vries
Officemanager""","NEG own boss; officemanager"),
("nl","n2",[],"Accountmanager",
"""Hoi, wie is sinds het vertrek van Pieter onze accountmanager? Onze directie wil graag een gesprek over het verlengen van het contract voor nog twee jaar.""","NEG accountmanager contact; directie wants meeting"),
("nl","n3",[],"Creditnota",
"""Hallo, ik heb een creditnota ontvangen van € 18,00 maar zie niet waar die vandaan komt. Wordt dat bedrag verrekend met de volgende factuur of moet ik er iets mee doen?""","NEG credit note question"),
("nl","n4",[],"Nieuwsbrief",
"""Ik kreeg jullie nieuwsbrief met de zin 'niet tevreden, geld terug'. Geldt die garantie ook voor het zakelijke pakket? Ik ben overigens heel tevreden, het is puur uit nieuwsgierigheid.""","NEG quoted newsletter money-back"),
("nl","n5",[],"Verwerkersovereenkomst",
"""Geachte heer/mevrouw,

Namens ons advocatenkantoor verzoek ik u de verwerkersovereenkomst toe te sturen, zodat onze juridische afdeling deze kan beoordelen. Ook horen wij graag of de gegevens binnen de EU worden opgeslagen.

Met vriendelijke groet,
mr. J. Bakker, advocaat
Bakker Advocaten B.V. – KvK 12345678
Aan dit bericht kunnen geen rechten worden ontleend.""","NEG advocaat DPA + disclaimer"),
("nl","n6",[],"Inzageverzoek AVG",
"""Beste, graag ontvang ik op grond van de AVG een overzicht van alle persoonsgegevens die u van mij verwerkt. Ik heb geen klacht, ik wil het alleen weten. Alvast bedankt.""","NEG AVG access request"),
("nl","m1",[M],"Geen oplossing",
"""Ik ben nu vier keer doorverwezen en niemand kan mij helpen. Ik wil dat iemand van het management contact met mij opneemt, anders zeg ik alles op.""","iemand van het management"),
("nl","r1",[R],"Dubbele afschrijving",
"""Goedemorgen, er is twee keer € 24,95 afgeschreven voor dezelfde maand. Willen jullie het dubbele bedrag terugstorten op mijn rekening? Dank!""","terugstorten"),
("nl","l1",[L],"Laatste waarschuwing",
"""Als dit niet binnen een week is opgelost, schakel ik een advocaat in en dien ik een klacht in bij de Autoriteit Persoonsgegevens.""","advocaat / AP"),
# =============================== pt
("pt","n1",[],"Cancelamento",
"""Olá,

O meu gerente pediu-me para cancelar a nossa subscrição no fim do mês, porque vamos mudar de fornecedor. Podem confirmar por escrito?

Cumprimentos,
Rita Sousa
Gerente de escritório""","NEG own manager asked to cancel; office manager"),
("pt","n2",[],"Software de gestão",
"""Bom dia, vocês têm integração com algum software de gestão de stock? A nossa diretora aprovou a compra de mais 5 licenças, mas só se a integração funcionar.""","NEG management software; director approved"),
("pt","n3",[],"Dúvida fatura",
"""Boa tarde, na fatura deste mês aparece um crédito de 10 € que não percebo. É um reembolso de alguma coisa? Não estou a pedir nada, só quero perceber para a contabilidade.""","NEG credit on invoice question"),
("pt","n4",[],"Estorno recebido",
"""Olá, só para avisar que o estorno já caiu no meu cartão. Obrigada pela ajuda! Podem fechar o pedido.""","NEG estorno received (br)"),
("pt","n5",[],"Pedido de acesso RGPD",
"""Exmos. Senhores,

Ao abrigo do artigo 15.º do RGPD, solicito o acesso aos meus dados pessoais. Trabalho num escritório de advogados, por isso agradeço que a resposta seja enviada para este endereço.

Com os melhores cumprimentos,
Ana Ferreira
Ferreira & Associados – Sociedade de Advogados, SP, RL""","NEG GDPR access from law office"),
("pt","n6",[],"Contrato de prestação de serviços",
"""Olá, o nosso departamento jurídico precisa de uma cópia do contrato de prestação de serviços e dos termos e condições em vigor. Também gostaria de saber se o vosso produto LegalDocs inclui modelos de contratos em português.""","NEG legal department contract copy; 'legal' in product name"),
("pt","m1",[M],"Quero resolver isto",
"""Já é a terceira vez que explico o mesmo problema. Exijo que o meu caso seja passado a um supervisor ou a alguém com poder de decisão.""","passado a supervisor / poder de decisão"),
("pt","r1",[R],"Cobrança indevida",
"""Fui cobrado 49,90 depois de cancelar. Quero o meu dinheiro de volta, por favor devolvam o valor para o meu cartão.""","dinheiro de volta"),
("pt","l1",[L],"Reclamação formal",
"""Se a situação não for resolvida até sexta-feira, vou apresentar queixa no Livro de Reclamações e avançar com um processo em tribunal.""","Livro de Reclamações / tribunal"),
# =============================== pl
("pl","n1",[],"Rezygnacja",
"""Dzień dobry,

mój przełożony poprosił mnie o anulowanie subskrypcji od przyszłego miesiąca. Proszę o potwierdzenie rezygnacji mailowo.

Pozdrawiam
Katarzyna Nowak
Kierownik biura""","NEG own boss asked to cancel; signature title"),
("pl","n2",[],"Opiekun klienta",
"""Witam, kto jest teraz naszym opiekunem klienta? Nasz dyrektor zatwierdził rozszerzenie umowy i chcielibyśmy omówić szczegóły wdrożenia.""","NEG account manager; director approved"),
("pl","n3",[],"Pytanie o zwroty",
"""Dzień dobry, jaki jest termin na zwrot towaru w przypadku zakupu przez firmę? I czy zwrot pieniędzy następuje na kartę, czy na konto? Pytam z ciekawości przed zakupem.""","NEG refund rules question"),
("pl","n4",[],"Faktura korygująca",
"""Witam, otrzymałem fakturę korygującą, dziękuję. Pieniądze wróciły już na konto. Proszę jeszcze o zmianę NIP na fakturach od czerwca.""","NEG corrected invoice; money already back"),
("pl","n5",[],"Umowa powierzenia",
"""Szanowni Państwo,

jako kancelaria radcy prawnego prosimy o przesłanie umowy powierzenia przetwarzania danych osobowych oraz informacji o lokalizacji serwerów.

Z poważaniem
r. pr. Tomasz Wiśniewski
Kancelaria Radcy Prawnego Tomasz Wiśniewski
Sąd Rejonowy dla m.st. Warszawy, XII Wydział Gospodarczy KRS, NIP 5250001234
Treść tej wiadomości jest poufna i prawnie chroniona.""","NEG law office DPA + court register signature + disclaimer"),
("pl","n6",[],"Dostęp do danych",
"""Dzień dobry, na podstawie art. 15 RODO proszę o kopię moich danych osobowych. Nie mam żadnych zastrzeżeń do usługi, chodzi tylko o porządek w dokumentach.""","NEG RODO access request"),
("pl","m1",[M],"Reklamacja",
"""Trzeci raz piszę w tej samej sprawie i nikt nic nie robi. Proszę przekazać moją reklamację komuś wyżej, najlepiej kierownikowi działu obsługi.""","komuś wyżej / kierownikowi"),
("pl","r1",[R],"Podwójna płatność",
"""Zostałem obciążony dwa razy za ten sam miesiąc. Proszę o zwrot nadpłaconej kwoty na moje konto.""","zwrot nadpłaconej kwoty"),
("pl","l1",[L],"Ostateczne wezwanie",
"""Jeżeli do końca tygodnia nie dostanę odpowiedzi, sprawa trafi do rzecznika konsumentów, a potem do sądu.""","rzecznik konsumentów / sąd"),
# =============================== es
("es","n1",[],"Baja del servicio",
"""Hola,

Mi jefe me ha pedido que demos de baja la cuenta a final de mes, porque nos pasamos a otra herramienta. ¿Me podéis confirmar la baja por correo?

Un saludo,
Lucía Romero
Responsable de administración""","NEG own boss asked; signature responsable"),
("es","n2",[],"Gestor de cuenta",
"""Buenas tardes, ¿quién es nuestro gestor de cuenta desde que se fue Marta? Nuestro director general ha aprobado ampliar el plan y queremos cerrar los detalles.""","NEG account manager; director approved"),
("es","n3",[],"Duda sobre devoluciones",
"""Hola, antes de comprar quería saber cuál es vuestra política de devoluciones: ¿cuántos días tengo para devolver el producto y en cuánto tiempo se hace el reembolso?""","NEG refund policy question"),
("es","n4",[],"Contracargo",
"""Buenos días, mi banco me explicó que un contracargo puede tardar hasta 45 días, pero eso fue con otra tienda, no con vosotros. Con vosotros solo quería actualizar la dirección de facturación.""","NEG bank chargeback explanation unrelated"),
("es","n5",[],"Contrato de encargo",
"""Estimados señores:

Somos un despacho de abogados y, antes de contratar su servicio, necesitamos el contrato de encargado del tratamiento conforme al RGPD. ¿Podrían enviárnoslo?

Atentamente,
Javier Ortega, abogado
Ortega Abogados S.L.P. – Inscrita en el Registro Mercantil de Madrid, Tomo 1234, Folio 56""","NEG law firm DPA + registry signature"),
("es","n6",[],"Factura del abogado",
"""Hola, necesito que la factura salga a nombre de nuestro bufete, Pérez & Asociados, con el CIF B12345678, y no a mi nombre. ¿Se puede corregir la de abril?""","NEG invoice for law office"),
("es","m1",[M],"Sin solución",
"""Llevo dos semanas hablando con distintos agentes y nadie me resuelve nada. Quiero que alguien con más responsabilidad revise mi caso, un coordinador o quien esté por encima de ustedes.""","alguien con más responsabilidad / por encima"),
("es","r1",[R],"Cobro indebido",
"""Me habéis cobrado 59 euros después de darme de baja. Exijo que me devolváis ese dinero en la tarjeta cuanto antes.""","devolváis dinero"),
("es","l1",[L],"Último aviso",
"""Si no me solucionan esto antes del viernes, presentaré una reclamación ante Consumo y mi abogado iniciará acciones legales.""","Consumo / abogado / acciones legales"),
# =============================== sv
("sv","n1",[],"Uppsägning",
"""Hej,

Min chef har bett mig säga upp vårt abonnemang från och med nästa månad. Kan ni bekräfta uppsägningen via mejl?

Vänliga hälsningar
Emma Lind
Kontorschef""","NEG own boss asked; kontorschef"),
("sv","n2",[],"Kundansvarig",
"""Hej! Vem är vår kundansvarige nu när Johan har slutat? Vår vd har godkänt uppgraderingen och vill ha ett möte om priserna.""","NEG account manager; vd approved"),
("sv","n3",[],"Fråga om ångerrätt",
"""Hej, om jag ångrar köpet inom 14 dagar, hur lång tid tar det innan pengarna kommer tillbaka? Och betalar ni tillbaka frakten också? Bara en fråga innan jag beställer.""","NEG refund rules question"),
("sv","n4",[],"Retur",
"""Hej, jag har skickat tillbaka den trasiga laddaren, kollinummer 12345678. Ni behöver inte betala tillbaka något, skicka bara en ny så är jag nöjd.""","NEG return goods, wants replacement not money"),
("sv","n5",[],"Personuppgiftsbiträdesavtal",
"""Hej,

Vi är en advokatbyrå i Göteborg och behöver ett personuppgiftsbiträdesavtal innan vi kan börja använda tjänsten. Vår juridiska avdelning vill också veta var servrarna står.

Med vänlig hälsning
Advokat Karin Ek
Ek Advokatbyrå AB, org.nr 556123-4567, styrelsens säte Göteborg""","NEG law firm DPA"),
("sv","n6",[],"Registerutdrag",
"""Hej, jag vill begära ut ett registerutdrag enligt GDPR över de personuppgifter ni har om mig. Det är inget klagomål, jag städar bara bland mina konton.""","NEG GDPR access request"),
("sv","m1",[M],"Ärende 5521",
"""Jag har väntat i tre veckor utan svar. Nu vill jag att någon med mer befogenheter tar över ärendet, gärna er supportchef.""","någon med befogenheter / supportchef"),
("sv","r1",[R],"Dubbeldragning",
"""Ni har dragit 299 kr två gånger på mitt kort. Jag vill ha tillbaka de pengarna så fort som möjligt.""","vill ha tillbaka pengarna"),
("sv","l1",[L],"Anmälan",
"""Får jag ingen lösning denna vecka anmäler jag er till Allmänna reklamationsnämnden och kontaktar en jurist.""","ARN / jurist"),
# =============================== en
("en","n1",[],"cancel at end of term",
"""Hi team, my manager asked me to cancel our subscription at the end of the current term since we're consolidating tools. Please confirm by email. Thanks, Priya (Office Manager)""","NEG own manager asked to cancel; office manager"),
("en","n2",[],"DPA and invoice",
"""Hello, I'm with the legal department of Hart & Cole LLP. Could you send us your Data Processing Addendum for signature, and re-issue invoice INV-2231 to our firm's billing address? Nothing urgent.

This email is confidential and may be legally privileged. If you received it in error, please delete it.""","NEG law firm DPA + invoice + privilege disclaimer"),
("en","n3",[],"refund received + return",
"""Just confirming the refund for order 5512 hit my card this morning, thanks. I've also returned the spare cable you sent by mistake.""","NEG refund received, goods returned"),
("en","m1",[M],"still no fix",
"""This is my fifth email. I'd like this looked at by someone above frontline support, ideally whoever heads up your support team.""","someone above frontline / whoever heads up"),
("en","r1",[R],"charged twice",
"""You charged me twice for March. I'd like the duplicate payment put back on my card please.""","put back on my card"),
("en","l1",[L],"final notice",
"""If this isn't sorted by Friday I'm filing a claim in small claims court and reporting you to Trading Standards.""","small claims / Trading Standards"),
# =============================== ro
("ro","n1",[],"anulare abonament",
"""Bună ziua, managerul meu mi-a cerut să anulez abonamentul de la sfârșitul lunii. Vă rog să confirmați pe email. Mulțumesc, Ioana (office manager)""","NEG own manager; office manager"),
("ro","n2",[],"contract DPA",
"""Bună ziua, suntem o casă de avocatură și avem nevoie de acordul de prelucrare a datelor înainte de semnarea contractului. Departamentul juridic vă mulțumește.""","NEG law firm DPA"),
("ro","n3",[],"intrebare rambursare",
"""Bună, cât durează de obicei o rambursare dacă anulez în primele 14 zile? Întreb doar ca să știu înainte să cumpăr.""","NEG refund rules question"),
("ro","m1",[M],"nemultumire",
"""V-am scris de patru ori. Vă rog să trimiteți cazul meu la cineva din conducere care poate lua o decizie.""","cineva din conducere"),
("ro","r1",[R],"plata dubla",
"""Mi-ați luat de două ori 49 de lei. Vreau banii înapoi pe card cât mai repede.""","banii înapoi"),
("ro","l1",[L],"ultim avertisment",
"""Dacă nu rezolvați până vineri, depun plângere la ANPC și mă adresez instanței.""","ANPC / instanță"),
# =============================== it
("it","n1",[],"disdetta",
"""Buongiorno, il mio responsabile mi ha chiesto di disdire l'abbonamento a fine mese. Potete confermare via email? Grazie, Giulia (office manager)""","NEG own boss; office manager"),
("it","n2",[],"nomina responsabile",
"""Buongiorno, siamo uno studio legale e ci serve il contratto di nomina a responsabile del trattamento ai sensi dell'art. 28 GDPR. Potete inviarcelo?

Studio Legale Rossi – Avv. Marco Rossi""","NEG law firm DPA"),
("it","n3",[],"rimborso ricevuto",
"""Vi confermo che il rimborso è arrivato sul conto, grazie. Il pacco con il prodotto difettoso è già stato rispedito.""","NEG refund received"),
("it","m1",[M],"terza volta",
"""Scrivo per la terza volta. Chiedo che la mia pratica venga presa in carico da un responsabile o da qualcuno sopra di voi.""","presa in carico da un responsabile"),
("it","r1",[R],"addebito doppio",
"""Mi avete addebitato due volte 29 euro. Rivoglio i miei soldi sulla carta, per favore.""","rivoglio i soldi"),
("it","l1",[L],"diffida",
"""Se entro venerdì non risolvete, mi rivolgerò a un avvocato e segnalerò il caso all'AGCM.""","avvocato / AGCM"),
# =============================== nb
("nb","n1",[],"oppsigelse",
"""Hei, sjefen min har bedt meg si opp abonnementet fra neste måned. Kan dere bekrefte på e-post? Mvh Kari, kontorsjef""","NEG own boss; kontorsjef"),
("nb","n2",[],"databehandleravtale",
"""Hei, vi er et advokatfirma og trenger en databehandleravtale før vi tar i bruk tjenesten. Juridisk avdeling vil gjerne se den innen fredag.""","NEG law firm DPA"),
("nb","n3",[],"refusjon mottatt",
"""Refusjonen er kommet inn på kontoen, takk for hjelpen. Jeg har også sendt tilbake den defekte laderen.""","NEG refund received"),
("nb","m1",[M],"ingen løsning",
"""Jeg har skrevet fem ganger. Jeg vil at saken min sendes videre til en leder som kan ta en avgjørelse.""","leder som kan ta en avgjørelse"),
("nb","r1",[R],"dobbelt trekk",
"""Dere har trukket 199 kr to ganger. Jeg vil ha pengene tilbake på kortet.""","pengene tilbake"),
("nb","l1",[L],"siste frist",
"""Hvis ikke dette er løst innen fredag, klager jeg saken inn for Forbrukerrådet og kontakter advokat.""","Forbrukerrådet / advokat"),
# =============================== fi
("fi","n1",[],"irtisanominen",
"""Hei, esimieheni pyysi minua irtisanomaan tilauksen kuun lopussa. Voitteko vahvistaa sähköpostilla? T. Laura, toimistopäällikkö""","NEG own boss; office manager"),
("fi","n2",[],"tietojenkäsittelysopimus",
"""Hei, olemme asianajotoimisto ja tarvitsemme tietojenkäsittelysopimuksen ennen käyttöönottoa. Lakiosastomme haluaa tarkistaa sen.""","NEG law firm DPA"),
("fi","n3",[],"hyvitys saatu",
"""Hyvitys tuli tililleni tänään, kiitos. Palautin myös viallisen laturin postitse.""","NEG refund received"),
("fi","m1",[M],"ei ratkaisua",
"""Olen kirjoittanut viisi kertaa. Haluan, että asiani siirretään esimiehelle, joka voi tehdä päätöksen.""","esimiehelle"),
("fi","r1",[R],"tuplaveloitus",
"""Veloititte minulta kahdesti 19 euroa. Haluan rahani takaisin kortilleni.""","rahat takaisin"),
("fi","l1",[L],"viimeinen varoitus",
"""Jos asiaa ei korjata perjantaihin mennessä, vien asian kuluttajariitalautakuntaan ja otan yhteyttä asianajajaan.""","kuluttajariitalautakunta / asianajaja"),
]

MSGS += [
# =============================== batch 2: harder negatives
# ---- de
("de","n7",[],"Zugang für unseren Anwalt",
"""Hallo, unser Anwalt braucht für die Jahresprüfung Lesezugriff auf die Rechnungen der letzten zwei Jahre. Kann ich ihm einen eigenen Benutzer mit eingeschränkten Rechten anlegen, oder geht das nur über den Admin?""","NEG 'unser Anwalt' needs read access"),
("de","n8",[],"Handy gestohlen",
"""Guten Tag, mir wurde am Wochenende das Handy gestohlen, ich habe bereits Anzeige bei der Polizei erstattet. Jetzt komme ich wegen der Zwei-Faktor-Anmeldung nicht mehr in mein Konto. Wie kann ich die 2FA zurücksetzen?""","NEG police report about theft, 2FA reset"),
("de","n9",[],"Rechnungsadresse",
"""Sehr geehrte Damen und Herren,

bitte leiten Sie künftige Rechnungen direkt an unseren Geschäftsführer, Herrn Brandt, weiter und nicht mehr an mich.

Mit freundlichen Grüßen
Julia Brandt

Muster GmbH | Registergericht: Amtsgericht Hamburg, HRB 98765 | Geschäftsführer: Thomas Brandt | USt-IdNr. DE123456789""","NEG forward invoices to own Geschäftsführer + HRB signature"),
("de","n10",[],"Frage zu den AGB",
"""Hallo, in Ihren AGB steht unter Punkt 14 „Gerichtsstand ist München“. Gilt das auch für Kunden aus Österreich? Unsere Rechtsabteilung hat danach gefragt, bevor wir den Vertrag unterschreiben.""","NEG question about jurisdiction clause"),
("de","n11",[],"Termin mit Vertrieb",
"""Hallo, unser Vorstand möchte vor der Verlängerung gern mit jemandem aus Ihrem Vertrieb sprechen, um über ein Mengenrabatt-Angebot zu reden. Können Sie einen Termin vorschlagen?

Vorstand: Dr. Eva Klein, Markus Hoff · Vorsitzender des Aufsichtsrats: Peter Lang""","NEG own Vorstand wants sales call; AG signature"),
# ---- da
("da","n7",[],"Adgang til revisor og advokat",
"""Hej, vores advokat skal bruge læseadgang til kontrakterne i systemet i forbindelse med et opkøb. Kan man oprette en gæstebruger til ham, eller skal han have en fuld licens?""","NEG 'vores advokat' needs access"),
("da","n8",[],"Stjålet computer",
"""Hej, min bærbare blev stjålet i toget i går, og jeg har anmeldt det til politiet. Kan I logge alle sessioner ud på min konto, så ingen kan komme ind?""","NEG police report about theft"),
("da","n9",[],"Ledelsesrapporter",
"""Hej, ledelsen vil gerne have en månedlig rapport over antal sager pr. medarbejder. Kan man lave det i jeres værktøj, eller skal vi eksportere til Excel?""","NEG own management wants reports"),
("da","n10",[],"Kreditnota",
"""Hej. Vi har fået en kreditnota på 150 kr., men beløbet er ikke modregnet i den nye faktura. Hvordan skal vi bogføre det? Vi skal ikke have pengene udbetalt, det er fint at de bliver modregnet næste gang.""","NEG credit note bookkeeping, no payout wanted"),
# ---- nl
("nl","n7",[],"Toegang voor onze advocaat",
"""Goedemiddag, onze advocaat moet de getekende contracten in jullie portaal kunnen inzien. Kan ik hem als gastgebruiker toevoegen zonder extra licentie?""","NEG 'onze advocaat' needs access"),
("nl","n8",[],"Telefoon gestolen",
"""Hoi, mijn telefoon is gestolen en ik heb aangifte gedaan bij de politie. Kunnen jullie mijn tweestapsverificatie resetten zodat ik weer kan inloggen?""","NEG police report theft"),
("nl","n9",[],"Managementrapportage",
"""Graag zou ik een demo willen van de managementrapportages en het managementdashboard. Onze directie wil per kwartaal de cijfers per vestiging kunnen zien.""","NEG management reports demo"),
("nl","n10",[],"Algemene voorwaarden",
"""Beste, in artikel 12 van jullie algemene voorwaarden staat dat geschillen worden voorgelegd aan de bevoegde rechter in Amsterdam. Geldt dat ook voor Belgische klanten? Onze jurist vroeg het.""","NEG question about jurisdiction clause"),
("nl","n11",[],"Teruggave artikelen",
"""Hallo, ik heb de twee verkeerde kabels teruggestuurd met het retourlabel. Geen geld terug nodig hoor, stuur maar gewoon de juiste kabels op.""","NEG return goods, no money wanted"),
# ---- fr
("fr","n7",[],"Accès pour notre avocat",
"""Bonjour, notre avocat doit pouvoir consulter les contrats signés dans votre plateforme pour un audit. Est-il possible de lui créer un accès en lecture seule ?""","NEG 'notre avocat' needs access"),
("fr","n8",[],"Vol de téléphone",
"""Bonjour, on m'a volé mon téléphone, j'ai porté plainte au commissariat hier soir. Pouvez-vous désactiver la double authentification pour que je puisse me reconnecter ?""","NEG police complaint about theft"),
("fr","n9",[],"Responsable du traitement",
"""Bonjour, dans le cadre du RGPD, je vous demande de m'indiquer qui est le responsable du traitement et les coordonnées de votre DPO. Merci de me répondre par mail.""","NEG 'responsable du traitement' (data controller)"),
("fr","n10",[],"Intégration",
"""Bonjour, pourriez-vous me mettre en relation avec votre chef de projet pour l'intégration de l'API ? Notre directeur technique souhaite démarrer la semaine prochaine.""","NEG project manager contact for onboarding"),
("fr","n11",[],"Avoir sur facture",
"""Bonjour, j'ai bien reçu l'avoir de 20 € suite au geste commercial, merci. Il sera déduit de la prochaine facture, c'est bien ça ?""","NEG credit note received"),
# ---- pt
("pt","n7",[],"Acesso para o nosso advogado",
"""Olá, o nosso advogado precisa de acesso de leitura aos contratos assinados na plataforma. Consigo criar um utilizador convidado para ele?""","NEG 'nosso advogado' needs access"),
("pt","n8",[],"Telemóvel roubado",
"""Bom dia, roubaram-me o telemóvel e já fiz queixa na polícia. Podem desativar a autenticação de dois fatores da minha conta?""","NEG police complaint about theft"),
("pt","n9",[],"Escala de funcionários",
"""Oi, vocês têm algum recurso para escalar os funcionários por turno? A gerente da loja quer montar a escala da semana direto no aplicativo.""","NEG 'escalar' = roster staff; store manager"),
("pt","n10",[],"Falar com o gerente de conta",
"""Olá, gostaria de falar com o nosso gerente de conta sobre a renovação do contrato anual. Podem pedir-lhe que me ligue?""","NEG wants own account manager for renewal"),
("pt","n11",[],"Devolução do equipamento",
"""Boa tarde, já devolvi o router antigo na loja, como pediram. Não quero reembolso nenhum, só preciso que o tirem da minha conta.""","NEG returned equipment, no refund wanted"),
# ---- pl
("pl","n7",[],"Dostęp dla prawnika",
"""Dzień dobry, nasz prawnik potrzebuje dostępu tylko do odczytu do umów w systemie. Czy mogę dodać go jako gościa bez dodatkowej licencji?""","NEG 'nasz prawnik' needs access"),
("pl","n8",[],"Kradzież telefonu",
"""Dzień dobry, ukradziono mi telefon, zgłosiłem to już na policję. Proszę o wyłączenie weryfikacji dwuetapowej na moim koncie.""","NEG police report theft"),
("pl","n9",[],"Regulamin – sąd właściwy",
"""Dzień dobry, w regulaminie jest zapis, że sądem właściwym jest sąd w Krakowie. Czy to dotyczy też firm? Nasz dział prawny o to pyta przed podpisaniem umowy.""","NEG jurisdiction clause question"),
("pl","n10",[],"Faktura dla kancelarii",
"""Witam, proszę o wystawienie faktury na kancelarię adwokacką, a nie na mnie prywatnie. Dane: Kancelaria Adwokacka Jan Kowalski, NIP 1234567890.""","NEG invoice for law office"),
("pl","n11",[],"Kierownik zmiany",
"""Dzień dobry, jak nadać uprawnienia kierownika zmiany nowemu pracownikowi? Kierownik sklepu chce, żeby mógł zatwierdzać grafiki.""","NEG shift manager permissions"),
# ---- es
("es","n7",[],"Acceso para nuestro abogado",
"""Hola, nuestro abogado necesita acceso de solo lectura a los contratos firmados. ¿Puedo darle un usuario invitado sin pagar otra licencia?""","NEG 'nuestro abogado' needs access"),
("es","n8",[],"Robo del móvil",
"""Buenas, me robaron el móvil y ya puse la denuncia en la policía. ¿Podéis desactivar la verificación en dos pasos de mi cuenta?""","NEG police report theft"),
("es","n9",[],"Permisos de encargado",
"""Hola, soy encargado de la tienda de Valencia. ¿Cómo puedo dar permisos de supervisor a un nuevo empleado para que cierre caja?""","NEG own role encargado; supervisor permissions"),
("es","n10",[],"Reembolso recibido",
"""Hola, ya me ha llegado el reembolso a la tarjeta, muchas gracias. Lo del pedido 8812 ya está resuelto.""","NEG refund received"),
("es","n11",[],"Jurisdicción",
"""Hola, en vuestras condiciones pone que para cualquier litigio las partes se someten a los juzgados de Madrid. ¿Eso aplica también a clientes de Portugal? Nos lo pregunta nuestra asesoría jurídica.""","NEG jurisdiction clause question"),
# ---- sv
("sv","n7",[],"Behörighet för vår advokat",
"""Hej, vår advokat behöver läsbehörighet till avtalen i systemet inför en due diligence. Kan jag lägga till honom som gäst utan extra licens?""","NEG 'vår advokat' needs access"),
("sv","n8",[],"Stulen mobil",
"""Hej, min mobil blev stulen och jag har polisanmält det. Kan ni stänga av tvåstegsverifieringen så jag kan logga in igen?""","NEG police report theft"),
("sv","n9",[],"Kreditfaktura",
"""Hej, vi fick en kreditfaktura på 150 kr. Ska den dras av på nästa faktura automatiskt? Vi behöver inte få pengarna utbetalda.""","NEG credit note question"),
("sv","n10",[],"Chefsbehörighet",
"""Hej, hur ger jag chefsbehörighet till en ny butikschef så att hon kan godkänna scheman? Vår regionchef vill att det är klart till måndag.""","NEG manager permissions in product"),
# ---- en
("en","n4",[],"access for our lawyer",
"""Hi, our lawyer needs read-only access to the signed contracts for a due diligence. Can I add her as a guest without buying another seat?""","NEG 'our lawyer' needs access"),
("en","n5",[],"stolen phone",
"""My phone was stolen on Saturday and I've filed a police report. Can you disable two-factor on my account so I can log back in?""","NEG police report theft"),
("en","n6",[],"escalation rules",
"""How do I set up escalation rules so overdue tickets get assigned to the team lead automatically? Also, is there a manager view for shift supervisors?""","NEG escalation feature; manager view"),
# ---- it
("it","n4",[],"furto telefono",
"""Buongiorno, mi hanno rubato il telefono e ho già fatto denuncia ai carabinieri. Potete disattivare l'autenticazione a due fattori?""","NEG police report theft"),
("it","n5",[],"accesso per il nostro avvocato",
"""Salve, il nostro avvocato ha bisogno di accesso in sola lettura ai contratti. Posso aggiungerlo come ospite?""","NEG 'nostro avvocato' needs access"),
# ---- ro
("ro","n4",[],"telefon furat",
"""Bună ziua, mi-a fost furat telefonul și am făcut deja plângere la poliție. Puteți dezactiva autentificarea în doi pași?""","NEG police report theft"),
("ro","n5",[],"acces pentru avocat",
"""Bună, avocatul nostru are nevoie de acces doar pentru citire la contracte. Îl pot adăuga ca invitat?""","NEG 'avocatul nostru' needs access"),
# ---- nb
("nb","n4",[],"stjålet telefon",
"""Hei, telefonen min ble stjålet og jeg har anmeldt det til politiet. Kan dere skru av tofaktorinnloggingen?""","NEG police report theft"),
("nb","n5",[],"tilgang for advokaten vår",
"""Hei, advokaten vår trenger lesetilgang til kontraktene. Kan jeg legge ham til som gjest?""","NEG own lawyer access"),
# ---- fi
("fi","n4",[],"varastettu puhelin",
"""Hei, puhelimeni varastettiin ja tein jo rikosilmoituksen poliisille. Voitteko poistaa kaksivaiheisen tunnistautumisen käytöstä?""","NEG police report theft"),
("fi","n5",[],"pääsy lakimiehellemme",
"""Hei, lakimiehemme tarvitsee lukuoikeuden sopimuksiin. Voinko lisätä hänet vieraaksi?""","NEG own lawyer access"),
]

MSGS += [
# =============================== batch 3: collisions and routing
# ---- refund (da es pl sv focus)
("da","n11",[],"Ring venligst tilbage",
"""Hej, vil I venligst ringe mig tilbage angående betalingen for maj? Jeg kan ikke se, om den er gået igennem, og vil gerne undgå et rykkergebyr. Mit nummer er 20 30 40 50.""","NEG call back about payment"),
("da","n12",[],"Gammel konto",
"""Hej, jeg vil gerne have min gamle konto tilbage, den der var oprettet på min arbejdsmail. Kan I flytte mine projekter over til den igen?""","NEG want my old account back"),
("es","n12",[],"Llamada",
"""Buenos días, ¿me podéis devolver la llamada? Es sobre el cargo de la cuota anual, quiero saber si puedo pagarla en dos plazos. Gracias.""","NEG call back about fee (devolver la llamada)"),
("es","n13",[],"Cambio de talla",
"""Hola, quiero devolver las zapatillas porque me quedan pequeñas y cambiarlas por una talla 43. No necesito que me devolváis el dinero, solo el cambio.""","NEG exchange goods, explicitly no money"),
("es","n14",[],"Newsletter",
"""Hola, en vuestro boletín de abril decía "si no te convence, te devolvemos el dinero". ¿Eso vale también para los planes anuales? Pregunto antes de renovar.""","NEG quoted newsletter money-back guarantee"),
("pl","n12",[],"Błąd na fakturze",
"""Dzień dobry, proszę zwrócić uwagę, że kwota na fakturze nr 04/2026 ma błędnie wpisany NIP. Proszę o korektę samych danych, kwota się zgadza.""","NEG zwrócić uwagę + kwota"),
("pl","n13",[],"Cennik",
"""Witam, ile kosztuje pakiet dla 10 użytkowników przy płatności rocznej? I czy przy rezygnacji w trakcie roku przysługuje zwrot za niewykorzystane miesiące? Pytam przed zakupem.""","NEG price + refund rules question"),
("pl","n14",[],"Chargeback wyjaśnienie",
"""Dzień dobry, bank wyjaśnił mi, że procedura chargeback trwa do 60 dni, ale to dotyczyło innego sklepu. U Państwa chcę tylko zmienić kartę do płatności.""","NEG bank chargeback explanation unrelated"),
("sv","n11",[],"Ring tillbaka",
"""Hej, kan ni ringa tillbaka till mig angående betalningen för april? Jag vill byta från kort till faktura. Tack!""","NEG call back about payment"),
("sv","n12",[],"Mitt gamla konto",
"""Hej, jag vill ha tillbaka mitt gamla konto som var kopplat till min jobbmejl. Går det att slå ihop det med det nya?""","NEG want my old account back"),
("sv","n13",[],"Återbetalning klar",
"""Hej, återbetalningen på 349 kr har kommit in på kontot nu, tack för snabb hantering. Ärendet kan stängas.""","NEG refund arrived"),
# ---- manager (da de fr nl pt focus)
("de","n12",[],"Leitung tot",
"""Guten Morgen, seit gestern Abend ist die Leitung tot, kein Internet, kein Telefon. Bitte rufen Sie mich unter 0171 2345678 zurück, damit wir einen Techniker-Termin ausmachen können.""","NEG Leitung = line; callback"),
("de","n13",[],"Ansprechpartner Buchhaltung",
"""Hallo, mit wem kann ich über eine Sammelrechnung sprechen? Unsere Buchhaltungsleitung hätte gern alle Standorte auf einer Rechnung. Ich melde mich nächste Woche noch mal, wenn unser Chef aus dem Urlaub zurück ist.""","NEG sprechen + own boss return"),
("da","n13",[],"Kontakt til fakturering",
"""Hej, jeg vil gerne tale med den ansvarlige for fakturering hos jer om at samle vores tre konti på én faktura. Kan I sætte mig i forbindelse med vedkommende?""","NEG person responsible for billing"),
("da","n14",[],"Ledelsen har besluttet",
"""Hej, ledelsen har besluttet at vi skifter til årlig betaling fra næste år. Vi vil gerne have et tilbud på 25 brugere.""","NEG own management decided"),
("fr","n12",[],"Transmettre la facture",
"""Bonjour, merci de transmettre désormais les factures à la direction financière, à l'adresse compta@exemple.fr, et non plus à moi.""","NEG forward invoices to own finance direction"),
("fr","n13",[],"Devis",
"""Bonjour, je souhaiterais parler avec le responsable commercial de votre société pour un devis concernant 40 licences.""","NEG sales rep for quote"),
("nl","n12",[],"Terugbellen over filialen",
"""Goedemiddag, de manager van ons filiaal in Utrecht wil graag teruggebeld worden over het toevoegen van een extra kassa. Zijn nummer is 06 12345678.""","NEG own branch manager wants callback"),
("nl","n13",[],"Restaurantreservering",
"""Hallo, de chef wil het menu in de reserveringsmodule aanpassen, maar hij krijgt een foutmelding. Kunnen jullie even bellen om mee te kijken?""","NEG restaurant chef; bellen"),
("pt","n12",[],"Gerente do banco",
"""Olá, vou falar com o gerente do banco amanhã sobre o débito direto, porque o pagamento de março foi recusado. Depois aviso se já podem cobrar outra vez.""","NEG bank manager"),
("pt","n13",[],"Responsável pela faturação",
"""Bom dia, gostaria de falar com o responsável pela faturação para juntar as nossas três contas numa só fatura.""","NEG person responsible for billing"),
# ---- legal (de nl pl focus)
("nl","n14",[],"Btw-aangifte",
"""Hoi, ik moet vrijdag de btw-aangifte doen en heb daarvoor een export van alle facturen van het eerste kwartaal nodig. Waar vind ik die? Mijn boekhouder stapt anders naar een ander pakket, haha.""","NEG btw-aangifte (tax return)"),
("nl","n15",[],"Juridische module",
"""Goedemorgen, wij zijn een advocatenkantoor en gebruiken jullie pakket voor urenregistratie. Is er een koppeling met ons juridische dossierpakket? En kan de rechtbank-agenda geïmporteerd worden?""","NEG law office; rechtbank agenda import"),
("de","n14",[],"Anzeige wird nicht angezeigt",
"""Hallo, unsere Anzeige im Marktplatz wird seit Montag nicht mehr angezeigt. Können Sie prüfen, ob das am Gericht-des-Tages-Widget liegt? Wir sind ein Restaurant und pflegen dort jeden Tag das Gericht des Tages.""","NEG Anzeige=ad, Gericht=dish"),
("de","n15",[],"Inkasso von Kunden",
"""Hallo, wir nutzen Ihr Rechnungsmodul und möchten säumige Kunden automatisch an unser Inkassobüro übergeben. Gibt es dafür eine Schnittstelle? Unsere Anwältin hat die Mahntexte schon freigegeben.""","NEG own dunning/collection use case"),
("pl","n15",[],"Komornik",
"""Dzień dobry, płatność nie przeszła, bo komornik zajął mi konto w zeszłym tygodniu. Czy mogę zapłacić przelewem z konta żony?""","NEG bailiff seized customer's account"),
("pl","n16",[],"Rzecznik prasowy",
"""Dzień dobry, jestem rzecznikiem prasowym urzędu miasta. Chcielibyśmy kupić licencję dla działu komunikacji, proszę o ofertę.""","NEG press spokesperson"),
("pl","n17",[],"Zgłoszenie błędu",
"""Witam, chciałem zgłosić błąd: po kliknięciu w 'Zapisz' strona się przeładowuje i dane znikają. Już zgłaszałem to raz, numer sprawy 4412.""","NEG bug report wording zgłosić/sprawa"),
("en","n7",[],"neighbour",
"""Random aside first: my neighbour is suing his landlord and asked me whether your app keeps message history, so here I am. Does it keep deleted messages anywhere?""","NEG third-party lawsuit"),
]

MSGS += [
# =============================== batch 4: validation batch (written after the fixes, measured before touching them)
("da","v1",[],"Afdelingsleder skal godkende",
"""Hej, vores afdelingsleder skal godkende alle nye brugere, før de får adgang. Kan man sætte det op, så hun får en mail hver gang nogen bliver inviteret?""","NEG own dept head approval workflow"),
("da","v2",[],"Refusion af moms",
"""Hej, vi får moms refunderet fra Skat, og vores revisor spørger, om jeres fakturaer viser momsbeløbet separat. Det gør de vist ikke på de gamle fakturaer?""","NEG VAT refund from tax office"),
("de","v1",[],"Neuer Ansprechpartner",
"""Guten Tag, ab 1. Mai übernimmt Herr Schulz als neuer Teamleiter unserer Disposition die Betreuung des Kontos. Bitte richten Sie ihm einen Admin-Zugang ein und schicken Sie die Zugangsdaten direkt an ihn.""","NEG own new team lead takes over account"),
("de","v2",[],"Schlichtungsstelle im Impressum",
"""Hallo, für unser Impressum brauchen wir einen Hinweis auf die Online-Streitbeilegung. Kann man in Ihrem Shop-Baukasten einen Textblock mit dem Link zur OS-Plattform und der Verbraucherschlichtungsstelle einfügen?""","NEG legal notice text in product"),
("de","v3",[],"Mahnwesen",
"""Hallo, wie kann ich in der Software einstellen, dass nach der dritten Mahnung automatisch ein gerichtliches Mahnverfahren vorbereitet wird? Wir sind ein Handwerksbetrieb und haben viele säumige Kunden.""","NEG dunning feature with court-related words"),
("fr","v1",[],"Validation par la direction",
"""Bonjour, je dois faire valider le devis par ma direction avant de signer. Pouvez-vous prolonger l'offre jusqu'à la fin du mois ?""","NEG own direction approves quote"),
("fr","v2",[],"Escalade",
"""Bonjour, nous sommes une salle d'escalade et nous cherchons un logiciel de réservation de créneaux. Votre solution gère-t-elle les abonnements annuels ?""","NEG escalade = climbing"),
("nl","v1",[],"Escalatie in ticketsysteem",
"""Hoi, is het mogelijk om in jullie helpdesktool een escalatie in te stellen naar de teamleider als een ticket langer dan twee dagen openstaat?""","NEG escalation feature"),
("nl","v2",[],"Juridische afdeling",
"""Goedemiddag, onze juridische afdeling heeft een paar vragen over artikel 7 van de verwerkersovereenkomst. Met wie kunnen zij het beste contact opnemen?""","NEG legal department questions DPA"),
("nl","v3",[],"Incasso klanten",
"""Hallo, kunnen we vanuit jullie factuurmodule onbetaalde facturen rechtstreeks doorzetten naar ons incassobureau of de deurwaarder? Dat scheelt ons veel handwerk.""","NEG own debt-collection workflow"),
("pt","v1",[],"Aprovação da diretoria",
"""Bom dia, a proposta foi enviada à nossa diretoria e o diretor financeiro ainda precisa de aprovar. Podem manter o preço até dia 30?""","NEG own board approval"),
("pt","v2",[],"Supervisor de turno",
"""Olá, como faço para que o supervisor de turno receba as notificações de atraso? Hoje só o administrador recebe.""","NEG supervisor role in product"),
("pl","v1",[],"Pełnomocnictwo",
"""Dzień dobry, w imieniu klienta występuje nasz pełnomocnik, radca prawny. Czy może on otrzymać fakturę w naszym imieniu na swój adres mailowy?""","NEG attorney-in-fact receives invoice"),
("pl","v2",[],"Moduł windykacji",
"""Witam, czy w Państwa systemie można ustawić, żeby po 30 dniach nieopłacona faktura trafiała automatycznie do firmy windykacyjnej albo do sądu w e-sądzie? Pytam o funkcję, nie o nasz spór.""","NEG debt collection/e-court feature question"),
("es","v1",[],"Devolución de IVA",
"""Hola, nuestra gestoría necesita las facturas del trimestre para la devolución del IVA. ¿Podéis enviarlas todas en un solo PDF?""","NEG VAT refund from tax office"),
("es","v2",[],"Reembolso de gastos",
"""Buenas, ¿vuestra app permite que los empleados suban tickets para el reembolso de gastos de viaje? Lo necesitamos para 30 personas.""","NEG expense reimbursement feature"),
("sv","v1",[],"Momsåterbetalning",
"""Hej, vår revisor behöver alla fakturor för kvartalet till momsåterbetalningen. Kan ni skicka dem samlat?""","NEG VAT refund from tax office"),
("sv","v2",[],"Utlägg",
"""Hej, går det att hantera återbetalning av utlägg till anställda i ert system, alltså när någon har betalat med eget kort?""","NEG expense reimbursement feature"),
("en","v1",[],"expense claims",
"""Does your app handle employee expense reimbursements, so staff can claim back mileage and get refunded with the next payroll?""","NEG expense reimbursement feature"),
("de","v4",[M],"Bitte an Vorgesetzte",
"""Ich bin mit der Antwort Ihres Kollegen überhaupt nicht einverstanden. Legen Sie den Vorgang bitte einer Person vor, die darüber entscheiden kann.""","POS new wording: vorlegen + person who can decide"),
("pl","v3",[R],"Zwrot",
"""Anulowałem zamówienie w ciągu 14 dni, a pieniądze nadal nie wróciły. Oczekuję zwrotu całej kwoty na kartę.""","POS oczekuję zwrotu"),
("nl","v4",[L],"Genoeg",
"""Ik heb de zaak inmiddels voorgelegd aan mijn rechtsbijstandsverzekering; zij nemen binnenkort contact met u op.""","POS rechtsbijstandsverzekering"),
]

def main():
    out = DevSet(HERE, "# manager-request / refund-request / legal-threat PRECISION dev set (hand-written, independent of tests/corpus)", json_notes=True)
    for i, (lang, name, expect, subj, body, note) in enumerate(MSGS):
        date = mail_date("Thu", 19, "Mar", 8 + i % 10, i % 60)
        mail = plain_mail(f"Customer <kunde@{lang}.example.net>", subj, date, f"{message_id(f'p6{lang}{name}')}@{lang}.example.net", body)
        out.add(lang, name, mail, expect, forbid_others(ALL, expect), note)
    out.save()

main()
