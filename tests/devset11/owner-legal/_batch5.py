"""devset11 owner-legal, batch 5 (measured after b1-b4 tuning, before any tuning on b5)."""
B = "b5"

def add(m):
    # ================= account-ownership: it
    m(B, "it", "o22", "O", "put the account in my name, old partner wants nothing to do with it", "account",
"""Intestatelo a me l'account, tanto ormai lo uso solo io. Il vecchio socio non ne vuole più sapere niente e non risponde alle vostre mail di verifica. Grazie, Michele""")
    m(B, "it", "o23", "O", "formal: legal representative asks to revoke admin from Martini and assign to undersigned", "Revoca accesso amministrativo",
"""Spett.le Supporto,

in qualità di legale rappresentante della società Martini & Figli srl, con la presente chiedo formalmente di revocare l'accesso amministrativo al sig. Paolo Martini e di attribuirlo alla scrivente.

Distinti saluti
Dott.ssa Lucia Martini""")
    m(B, "it", "o24", "O", "ex partner opened account, shop is mine, give me the keys", "negozio",
"""dovete darmi le chiavi dell'account, l'ha aperto il mio ex quando stavamo insieme ma il negozio è intestato a me e adesso ci siamo separati. non voglio che lui possa ancora entrare""")
    m(B, "it", "o25", "O", "business profile tied to ex-employee phone: put my number in place of his", "codici di verifica",
"""Ciao, il profilo business è ancora collegato al numero di telefono di Alessio, che non lavora più con noi da agosto. Mettete il mio numero al posto del suo, così i codici di verifica arrivano a me. Grazie, Roberta""")
    m(B, "it", "o26", "O", "wants to become admin of company account, previous manager retired without handover", "Gestione account aziendale",
"""Buongiorno, vorrei diventare amministratore dell'account aziendale. La persona che lo gestiva è andata in pensione a ottobre e non ha lasciato nessuna consegna, né password né altro. Attendo vostre indicazioni. Giuseppe Marino""")
    m(B, "it", "on19", "", "account admin asks how to remove access for a resigned employee", "Rimuovere accesso dipendente",
"""Salve, sono l'amministratrice dell'account: come posso rimuovere l'accesso a un dipendente che si è dimesso venerdì? Non trovo l'opzione nella lista utenti. Grazie, Claudia""")
    m(B, "it", "on20", "", "took over social media duties from colleague, how to schedule a post", "programmare post",
"""Ciao, ho preso in carico la gestione dei social al posto di una collega che è andata via, e non ho capito come si programma un post per la settimana prossima. Mi date una mano? Grazie, Ilaria""")
    m(B, "it", "on21", "", "owner asked me to check October invoices, resend them", "fatture ottobre",
"""Buongiorno, il titolare mi chiede di verificare le fatture di ottobre ma non le trovo nell'area download. Potete rimandarle a questo indirizzo? Grazie, ufficio amministrazione""")
    m(B, "it", "on22", "", "rebranding: change company name on the profile", "cambio ragione sociale",
"""Salve, abbiamo fatto un rebranding e vorrei cambiare il nome dell'azienda sul nostro profilo e sulle prossime fatture. La partita IVA resta la stessa. Grazie""")

    # ================= account-ownership: pl
    m(B, "pl", "o13", "O", "rewrite the account to me, I run the shop now, ex-partner won't give login", "Sklep",
"""Przepiszcie konto na mnie, bo to ja teraz prowadzę sklep. Była wspólniczka nie chce oddać loginu i robi problemy. Proszę o szybką odpowiedź. Magda""")
    m(B, "pl", "o14", "O", "demand change of account administrator, board member no longer", "Zmiana administratora",
"""Żądam zmiany administratora konta. Pan Kaczmarek nie jest już członkiem zarządu i nie ma prawa dysponować naszymi danymi. Nowym administratorem mam być ja. Leszek Górski, Prezes""")
    m(B, "pl", "o15", "O", "owner's daughter, dad in hospital, give me access to the account", "Dostęp do konta taty",
"""Dzień dobry, jestem córką właściciela firmy, tata leży w szpitalu i nie ma z nim kontaktu. Proszę dać mi dostęp do konta, muszę opłacić faktury i wypłacić pensje. To bardzo pilne. Julia""")
    m(B, "pl", "on13", "", "account owner: how to enable 2-step verification", "Weryfikacja dwuetapowa",
"""Jestem właścicielem konta. Jak włączyć weryfikację dwuetapową dla wszystkich użytkowników? Dziękuję, Roman""")
    m(B, "pl", "on14", "", "who is our account manager at your company", "Opiekun klienta",
"""Kto w waszej firmie jest opiekunem naszego konta? Chcielibyśmy porozmawiać o rozszerzeniu umowy. Pozdrawiam""")
    m(B, "pl", "on15", "", "owner changed domain, wants to change own login email", "Zmiana domeny",
"""Jestem właścicielem konta i zmieniliśmy domenę firmy. Jak zmienić swój adres e-mail do logowania z @stara-firma.pl na @nowafirma.pl? Pozdrawiam, Igor""")

    # ================= account-ownership: pt
    m(B, "pt", "o12", "O", "accountant who opened account disappeared, account to company name and me as admin", "Conta aberta pelo contabilista",
"""Olá, o contabilista que abriu a conta em nosso nome desapareceu e não devolve os acessos. Queremos que a conta passe para o nome da empresa e que eu fique como administradora. Como procedemos? Beatriz Lima""")
    m(B, "pt", "o13", "O", "BR: remove Rafael as admin and put me in his place, he was fired", "admin",
"""vcs precisam tirar o Rafael de administrador e me colocar no lugar dele, ele foi demitido ontem e ainda tem acesso a tudo. urgente por favor""")
    m(B, "pt", "o14", "O", "demand to be assigned account ownership, managing partner with power of attorney", "Titularidade",
"""Exijo que me seja atribuída a titularidade da conta. Sou o sócio-gerente e tenho procuração com poderes para o efeito. Aguardo resposta até amanhã. Henrique Costa""")
    m(B, "pt", "on12", "", "account holder wants to enable two-step verification", "Verificação em dois passos",
"""Boa tarde, sou o titular da conta e quero ativar a verificação em dois passos. Onde encontro essa opção? Obrigado, André""")
    m(B, "pt", "on13", "", "where do I see who the admins of our account are", "Administradores",
"""Olá, onde vejo quem são os administradores da nossa conta? Preciso da lista para a auditoria interna. Obrigada""")
    m(B, "pt", "on14", "", "CRM feature: change the owner of a deal in the pipeline", "Negócios no funil",
"""Oi, como mudo o responsável (dono) de um negócio no funil de vendas? Um vendedor saiu do time e os negócios dele precisam ir para outra pessoa. Valeu""")

    # ================= account-ownership: sv
    m(B, "sv", "o13", "O", "bought the company, make me owner of the account, old owner bankrupt", "Ägare",
"""Hej, jag har köpt bolaget och behöver att ni gör mig till ägare av kontot. Den gamla ägaren har gått i konkurs och går inte att få tag på. Mvh Tobias""")
    m(B, "sv", "o14", "O", "admin died, we need a new admin, that will be me", "Ny admin",
"""Hej, Maria som hade adminbehörighet har tyvärr gått bort. Vi behöver få in en ny admin och det blir jag. Vad behöver ni från oss? /Birgitta""")
    m(B, "sv", "o15", "O", "change email on the owner account to mine, quickly, Olle quit", "mejl ägarkonto",
"""Ändra mejladressen på ägarkontot till min adress, snabbt tack. Olle har slutat och vi får inga mejl. /Jonas""")
    m(B, "sv", "on12", "", "owns a small bakery, asks price of POS system", "Pris kassasystem",
"""Hej! Jag äger ett litet bageri i Uppsala och undrar vad ert kassasystem kostar per månad. Tack, Malin""")
    m(B, "sv", "on13", "", "account owner asks how to give a colleague admin rights", "Adminbehörighet",
"""Hej, hur ger jag en kollega adminbehörighet? Jag är ägare till kontot men hittar inte var man ändrar rollerna. /Per""")
    m(B, "sv", "on14", "", "feature: change owner of a project in the app", "Projektägare",
"""Kan man byta ägare på ett projekt i appen? Projektledaren har gått på semester och någon annan ska ta över under tiden.""")

    # ================= legal-threat: en
    m(B, "en", "l19", "L", "UK: we are now instructing counsel", "Re: Contract termination",
"""Given your refusal to engage, we are now instructing counsel and will be in touch shortly.

R. Patel
Director, Patel Lettings Ltd

> Dear Mr Patel, our position on the termination fee remains unchanged.""")
    m(B, "en", "l20", "L", "formal complaint to the regulator, copying in my MP", "Formal complaint",
"""I am making a formal complaint to the regulator and copying in my MP. Your company has billed a vulnerable pensioner for six months after his death. Susan Clarke (daughter)""")
    m(B, "en", "l21", "L", "breach of Consumer Rights Act, will enforce my rights in court", "Faulty device",
"""The device failed within 3 weeks. That's a clear breach of the Consumer Rights Act and I'm prepared to enforce my rights in court if necessary. Tom Bradley""")
    m(B, "en", "l22", "L", "my next step is the small claims track, advised by Citizens Advice", "final",
"""citizens advice have told me my next step is the small claims track, so unless I get my money back this week that's what's happening""")
    m(B, "en", "ln18", "", "legal counsel on holiday, can DPA signature wait", "DPA signature",
"""Hi, our legal counsel is on holiday until 5 January. Is it OK if the DPA signature waits until then? We'd still like to start the pilot next week. Best, Chloe""")
    m(B, "en", "ln19", "", "paralegal wants a court tag colour in the deadline tracker", "Tag colours",
"""Hi! I'm a paralegal and use your app to track filing deadlines. Could I add a custom colour for a 'court' tag? Right now everything is grey. Thanks, Jade""")
    m(B, "en", "ln20", "", "court order changed company name, update invoices", "Company name change",
"""Hello, following a court order our company name has changed from Brightline Ltd to Brightline Holdings Ltd. Please update the name on future invoices. Thanks, Finance""")
    m(B, "en", "ln21", "", "happy customer: no lawsuits here, small feature wish", "Small wish",
"""No lawsuits or angry rants here, just a happy customer with a tiny wish: could the calendar start on Monday instead of Sunday? Cheers, Paul""")

    # ================= legal-threat: de
    m(B, "de", "l15", "L", "matter now goes to the arbitration board", "Ihre Absage",
"""Da Sie eine Kulanzlösung ablehnen, geht die Sache jetzt an die Schlichtungsstelle. Meine Unterlagen sind vollständig. MfG, Gerhard Braun""")
    m(B, "de", "l16", "L", "husband is a jurist: clearly unlawful, we won't let it go", "Rechtswidrige Gebühr",
"""Mein Mann ist Jurist und sagt, die Bearbeitungsgebühr ist eindeutig rechtswidrig. Wir lassen das nicht auf uns sitzen und werden das durchziehen. Grüße, Sabine Krause""")
    m(B, "de", "l17", "L", "then we'll settle it in front of the local court", "Re: Re: Forderung",
"""Gut, dann klären wir das eben vor dem Amtsgericht.

Jürgen Walter

> Sehr geehrter Herr Walter, an der Forderung halten wir fest.""")
    m(B, "de", "ln19", "", "in-house counsel review terms before contract, ask for current version", "AGB aktuelle Fassung",
"""Guten Tag, wir sind die Rechtsabteilung eines Handelskonzerns und prüfen Ihre AGB vor Vertragsschluss. Können Sie uns die aktuell gültige Fassung als PDF schicken? Mit freundlichen Grüßen, Legal Team""")
    m(B, "de", "ln20", "", "police asked customer for log data, how to export", "Export Logdaten",
"""Hallo, die Polizei hat bei uns wegen eines Einbruchs in unser Lager angefragt, ob wir die Zutrittsprotokolle herausgeben können. Wie exportiere ich die Logdaten der letzten zwei Wochen? Danke, Markus""")
    m(B, "de", "ln21", "", "spoke with a lawyer who advised asking nicely first", "Vertrag prüfen",
"""Ich habe mit einem befreundeten Anwalt gesprochen, der meinte, ich soll erst mal ganz freundlich nachfragen. Also: können Sie bitte prüfen, ob mein Vertrag wirklich bis 2026 läuft? Danke! Lena""")

    # ================= legal-threat: nl
    m(B, "nl", "l13", "L", "we will have this investigated legally", "Onterechte kosten",
"""Wij gaan dit juridisch laten uitzoeken. De kosten die u rekent staan nergens in de offerte. Met vriendelijke groet, Bakkerij Dekker""")
    m(B, "nl", "l14", "L", "found a lawyer willing to take my case", "Re: schadeclaim",
"""Ik heb inmiddels een advocaat gevonden die mijn zaak wil oppakken. U hoort van haar.

Fleur

> Beste Fleur, wij kunnen helaas niet ingaan op uw claim.""")
    m(B, "nl", "l15", "L", "complaint at ACM and demand compensation", "Klacht",
"""Ik dien een klacht in bij de ACM en eis een schadevergoeding voor de twee weken dat mijn internet plat lag. Dit is echt niet normaal. Ahmed""")
    m(B, "nl", "ln15", "", "legal practice wants a court case number field", "Extra veld",
"""Hoi, kan ik in jullie software een extra veld 'zaaknummer rechtbank' toevoegen aan een dossier? Wij zijn een klein advocatenkantoor. Groet, Marieke""")
    m(B, "nl", "ln16", "", "my lawyer asked me to request a copy of the invoice", "Kopie factuur",
"""Beste, mijn advocaat heeft me gevraagd een kopie van de factuur van maart op te vragen voor mijn scheidingsdossier. Kunnen jullie die mailen? Dank, Ellen""")
    m(B, "nl", "ln17", "", "AVG data portability, how to export everything", "Dataportabiliteit",
"""Volgens de AVG heb ik recht op dataportabiliteit. Hoe kan ik al mijn gegevens in één keer exporteren, bijvoorbeeld als CSV? Groet, Thijs""")

    # ================= legal-threat: pl
    m(B, "pl", "l13", "L", "case lands in court", "Brak odpowiedzi",
"""Jeżeli do środy nie dostanę odpowiedzi, sprawa ląduje w sądzie. Nie będę dłużej czekać. Ilona""")
    m(B, "pl", "l14", "L", "consulted a lawyer, strong grounds for a claim", "Roszczenie",
"""Skonsultowałam sprawę z prawnikiem i mam mocne podstawy do roszczenia odszkodowania za utracone zamówienia. Oczekuję propozycji ugody. Elżbieta Wrona""")
    m(B, "pl", "l15", "L", "already informed consumer ombudsman, awaiting his letter to you", "Rzecznik",
"""Poinformowałem już powiatowego rzecznika konsumentów i czekam na jego pismo do was. Radzę się pospieszyć ze zwrotem. Mariusz""")
    m(B, "pl", "ln13", "", "our lawyer asks for a copy of the contract", "Kopia umowy",
"""Dzień dobry, nasz prawnik prosi o kopię umowy podpisanej w 2023 roku, bo robimy porządek w dokumentacji. Czy możecie ją przesłać? Pozdrawiam, Kasia""")
    m(B, "pl", "ln14", "", "feature: generate e-court claims for our own clients", "Funkcja e-sąd",
"""Czy wasza aplikacja pozwala generować pozwy w e-sądzie dla naszych dłużników automatycznie, na podstawie nieopłaconych faktur? Zajmujemy się windykacją. Pozdrawiam""")
    m(B, "pl", "ln15", "", "district court secretary asks about educational licence", "Licencja",
"""Dzień dobry, pracuję w sądzie rejonowym jako sekretarz i chciałam zapytać, czy macie licencję dla instytucji publicznych albo edukacyjną. Pozdrawiam, Agata""")
