"""devset18 validation, batch 4: sv, it, pt (all four tags + hard negatives). Measure only."""
B = "b4"


def add_b4(m):
    # ================= sv abusive
    m(B, "sv", "a1", "A", "insult: idioter", "Ärende 6612",
"""Ni är ett gäng inkompetenta idioter allihop. Tre veckor för en faktura och ingen av er klantskallar fattar någonting.""")
    m(B, "sv", "a2", "A", "threat at named agent", "Till Johan",
"""Johan, om du lägger på luren i örat på mig en gång till så kommer jag till ert kontor och då ska du få se. Jag vet var ni sitter.""")
    m(B, "sv", "a3", "A", "obfuscated profanity, Finland-Swedish, phone", "f*n",
"""ni e fan i mej helt j*vla dumma i huvet allihopa, sk*tsupport, dra åt h*lvete

Skickat från min iPhone""")
    m(B, "sv", "a4", "A", "sarcasm dehumanising above quote, no åäö", "Sv: Ditt arende",
"""Tack for det fjarde autosvaret. Jag antar att ni har dresserade apor pa supporten som trycker pa knappar pa mafa. Nagon annan forklaring finns inte for den har nivan. Patetiskt.

> Den 23 nov. 2026 kl. 13:30 skrev Support:
> Tack for ditt talamod, vi aterkommer snart.""")
    # ================= sv legal-threat
    m(B, "sv", "l1", "L", "ARN", "Reklamation",
"""Hej, ni fortsätter att dra pengar trots uppsägning. Får jag inte tillbaka pengarna innan fredag anmäler jag er till Allmänna reklamationsnämnden.
Mvh Karin Ek""")
    m(B, "sv", "l2", "L", "advokat + stämning", "Krav på återbetalning",
"""Jag har lämnat ärendet till min advokat som kommer att stämma er om beloppet inte är återbetalt inom 10 dagar.""")
    m(B, "sv", "l3", "L", "IMY data protection", "Mina uppgifter",
"""Tredje gången jag ber er radera mina uppgifter. Nu anmäler jag er till Integritetsskyddsmyndigheten.""")
    m(B, "sv", "l4", "L", "Konsumentverket + tingsrätten, long", "Sista gången jag skriver",
"""Hej,

Jag har nu skrivit fem gånger om de 2 400 kr som drogs dubbelt i september. Varje gång får jag höra att ekonomi "tittar på det". Jag tänker inte vänta längre.

Jag har pratat med Konsumentverket och kommer att lämna in en ansökan om stämning till tingsrätten om pengarna inte finns på mitt konto senast den 5 december.

Hälsningar
Anders Lindqvist""")
    # ================= sv account-ownership
    m(B, "sv", "w1", "W", "admin slutat, gör mig till ägare", "Ny administratör",
"""Hej, vår tidigare administratör har slutat och svarar inte. Kan ni göra mig till ägare av kontot? Jag är vd.
/Eva""")
    m(B, "sv", "w2", "W", "flytta kontot till min mejl", "Överföring av konto",
"""Kan ni flytta över kontot till min mejladress? Jag har tagit över frisersalongen från min kompanjon och allt står på henne.""")
    m(B, "sv", "w3", "W", "chef vill ha anställds inloggning", "Åtkomst till brevlåda",
"""Jag är chef här och behöver komma åt Oskars brevlåda, han är sjukskriven. Återställ hans lösenord och skicka det till mig.""")
    m(B, "sv", "w4", "W", "terse: ge mig admin", "admin",
"""ge mig adminbehörighet på kontot, chefen är på semester""")
    # ================= sv outage
    m(B, "sv", "o1", "O", "ingen kan logga in", "Nere?",
"""Hej, ingen av oss på kontoret kan logga in sedan kl. 8, alla får "Ett fel har uppstått". Ligger ni nere?""")
    m(B, "sv", "o2", "O", "alla butiker kassor", "Kassorna",
"""Kassorna i alla våra butiker har tappat kontakten med ert system, vi kan inte ta betalt.""")
    m(B, "sv", "o3", "O", "follow-up: fortfarande nere", "Sv: Driftstörning",
"""Fortfarande nere här, alla kollegor har samma fel. När är det fixat?

> Den 24 nov. 2026 skrev Support:
> Vi undersöker problemet.""")
    m(B, "sv", "o4", "O", "vårdcentral: journal laddar inte, b64", "Journalsystemet",
"""Journalsystemet laddar inte på någon dator på vårdcentralen, bara ett snurrande hjul. Patienterna väntar.""", fmt="b64")
    # ================= sv negatives
    m(B, "sv", "n1", "", "legal neg: advokatbyrå fråga", "Offert",
"""Hej, vi är en advokatbyrå med tio anställda. Kan ni skicka en offert på Business-paketet?
Advokatfirman Berg""")
    m(B, "sv", "n2", "", "legal neg: GDPR registerutdrag", "Registerutdrag",
"""Hej, jag vill begära ett registerutdrag enligt GDPR artikel 15.""")
    m(B, "sv", "n3", "", "legal neg: vi tänker inte anmäla", "Faktura",
"""Vi tänker inte anmäla någonting, vi vill bara ha en korrekt faktura.""")
    m(B, "sv", "n4", "", "abusive neg: swearing at situation", "Jäkla export",
"""Den jäkla exporten ger tomma filer igen. Kan ni kolla?""")
    m(B, "sv", "n5", "", "abusive neg: jag skulle döda för", "Önskemål",
"""Jag skulle döda för ett mörkt läge i appen :) Kommer det?""")
    m(B, "sv", "n6", "", "ownership neg: owner adds user", "Ny användare",
"""Jag är kontoägare och har lagt till vår nya praktikant som vanlig användare. Han har inte fått inbjudan.""")
    m(B, "sv", "n7", "", "ownership neg: handläggare", "Vem har mitt ärende?",
"""Vem är handläggare för mitt ärende nu? Jag har inte hört något på en vecka.""")
    m(B, "sv", "n8", "", "outage neg: single user", "Kan inte spara",
"""Bara jag får fel när jag sparar, kollegorna kan spara som vanligt.""")
    m(B, "sv", "n9", "", "outage neg: own internet", "Betalning",
"""Vårt bredband från Telia låg nere hela helgen, därför kommer betalningen först nu.""")
    m(B, "sv", "n10", "", "outage neg: it's back", "Sv: Nere?",
"""Nu funkar allt igen, tack!""")
    m(B, "sv", "n11", "", "outage neg: newsletter", "Nyheter i november",
"""I november hade plattformen 99,96 % tillgänglighet, med ett kort avbrott den 12/11. Nytt: offertmallar. Avregistrera dig här.""")

    # ================= it abusive
    m(B, "it", "a1", "A", "insult: branco di incompetenti", "Ticket 7701",
"""Siete un branco di incompetenti, tutti quanti. Tre settimane per una fattura e nessuno di voi pagliacci riesce a sistemarla.""")
    m(B, "it", "a2", "A", "threat at named agent", "Per il signor Ferri",
"""Signor Ferri, se mi sbatte il telefono in faccia un'altra volta vengo in ufficio da voi e glielo spiego di persona. So dove siete.""")
    m(B, "it", "a3", "A", "obfuscated profanity, Roman, phone", "vaff*",
"""siete na massa de str*nzi, supporto de m*rda, annatevene a fa' 'n c*lo

Inviato da iPhone""")
    m(B, "it", "a4", "A", "sarcasm dehumanising above quote, no accents", "R: La sua richiesta",
"""Grazie per la quarta risposta automatica. Immagino che al supporto abbiate delle scimmie ammaestrate che premono tasti a caso, perche altra spiegazione non c'e. Che pena.

> Il giorno 23 nov 2026 alle 12:40 Supporto ha scritto:
> Grazie per la pazienza, le risponderemo al piu presto.""")
    # ================= it legal-threat
    m(B, "it", "l1", "L", "avvocato + diffida", "Diffida",
"""Spett.le società,
con la presente vi diffido dal continuare gli addebiti dopo la disdetta. In mancanza di rimborso entro 15 giorni, il mio legale procederà per vie legali.
Distinti saluti, Paolo Russo""")
    m(B, "it", "l2", "L", "AGCM + associazione consumatori", "Reclamo",
"""Se entro venerdì non ricevo il rimborso, segnalo tutto all'Antitrust e mi rivolgo a Altroconsumo.""")
    m(B, "it", "l3", "L", "Garante privacy", "I miei dati",
"""Terza richiesta di cancellazione ignorata. Presento reclamo al Garante per la protezione dei dati personali.""")
    m(B, "it", "l4", "L", "terse: ci vediamo in tribunale", "rimborso",
"""o mi ridate i soldi o ci vediamo in tribunale.""")
    # ================= it account-ownership
    m(B, "it", "w1", "W", "admin partito, fatemi proprietario", "Cambio amministratore",
"""Buongiorno, il nostro vecchio amministratore se n'è andato e non risponde più. Potete rendermi proprietario dell'account? Sono il titolare.
Saluti, Giorgio Conti""")
    m(B, "it", "w2", "W", "trasferire account sulla mia mail", "Trasferimento account",
"""Potete trasferire l'account sulla mia email? Ho rilevato il bar da mio zio e tutto è ancora intestato a lui.""")
    m(B, "it", "w3", "W", "direttore vuole casella di un dipendente", "Accesso casella",
"""Sono il direttore, devo accedere subito alla casella di posta della signora Galli che è in malattia. Resettate la password e mandatela a me.""")
    m(B, "it", "w4", "W", "terse: datemi admin", "admin",
"""datemi i permessi di admin sull'account, il capo è in ferie""")
    # ================= it outage
    m(B, "it", "o1", "O", "nessuno riesce ad accedere", "Disservizio?",
"""Buongiorno, dalle 8:30 nessuno in ufficio riesce ad accedere, a tutti compare "Errore interno del server". Avete un disservizio?""")
    m(B, "it", "o2", "O", "tutti i negozi casse", "Casse",
"""Le casse di tutti i nostri punti vendita non si collegano al vostro sistema, non possiamo battere scontrini.""")
    m(B, "it", "o3", "O", "follow-up: ancora giù", "R: Piattaforma non raggiungibile",
"""Ancora tutto fermo, per tutti i colleghi. Quando torna?

> Il giorno 24 nov 2026 Supporto ha scritto:
> Stiamo verificando.""")
    m(B, "it", "o4", "O", "hotel: gestionale prenotazioni bianco per tutti, alt", "Gestionale",
"""Buonasera, il gestionale delle prenotazioni resta bianco su tutti i computer della reception, anche dal telefono. Abbiamo il check-in di un gruppo tra un'ora.
Hotel Bellavista, Riva del Garda""", fmt="alt")
    # ================= it negatives
    m(B, "it", "n1", "", "legal neg: studio legale domanda", "Preventivo",
"""Buongiorno, siamo uno studio legale di 8 persone. Potete inviarci un preventivo per il piano Business?
Studio Legale Marino""")
    m(B, "it", "n2", "", "legal neg: GDPR accesso", "Accesso ai dati",
"""Chiedo, ai sensi dell'art. 15 GDPR, copia dei miei dati personali.""")
    m(B, "it", "n3", "", "legal neg: non vogliamo fare causa", "Fattura",
"""Non vogliamo fare causa a nessuno, ci serve solo la fattura corretta.""")
    m(B, "it", "n4", "", "abusive neg: swearing at situation", "Export maledetto",
"""Questo maledetto export esce di nuovo vuoto, porca miseria. Potete controllare?""")
    m(B, "it", "n5", "", "abusive neg: ucciderei per", "Idea",
"""Ucciderei per una modalità scura :) È prevista?""")
    m(B, "it", "n6", "", "ownership neg: owner adds user", "Nuovo utente",
"""Sono il titolare dell'account e ho aggiunto la nuova segretaria come utente normale. Non ha ricevuto l'invito.""")
    m(B, "it", "n7", "", "ownership neg: chi gestisce il ticket", "Chi segue il mio ticket?",
"""Chi segue il mio ticket adesso? Non ho più notizie da una settimana.""")
    m(B, "it", "n8", "", "outage neg: single user", "Errore salvataggio",
"""Solo a me dà errore quando salvo, i colleghi salvano senza problemi.""")
    m(B, "it", "n9", "", "outage neg: own internet", "Pagamento",
"""La nostra linea Tim è stata giù tutto il weekend, per questo paghiamo solo oggi.""")
    m(B, "it", "n10", "", "outage neg: maintenance question", "Manutenzione",
"""La manutenzione di domenica riguarda anche l'app o solo il sito?""")
    m(B, "it", "n11", "", "outage neg: it's back", "R: Disservizio?",
"""Funziona di nuovo, grazie mille!""")

    # ================= pt abusive
    m(B, "pt", "a1", "A", "pt-PT insult: cambada de incompetentes", "Pedido 4410",
"""São uma cambada de incompetentes, todos. Três semanas para uma fatura e nenhum de vocês, palhaços, consegue resolver.""")
    m(B, "pt", "a2", "A", "pt-BR threat at named agent", "Pro atendente de ontem",
"""Ô Rodrigo, se você desligar na minha cara de novo eu vou aí no escritório e a gente resolve do meu jeito. Sei onde vocês ficam.""")
    m(B, "pt", "a3", "A", "obfuscated profanity, pt-BR, phone", "p*rra",
"""vcs sao uns f*lhos da p*ta, suporte de m*rda, vao tomar no c*

Enviado do meu iPhone""")
    m(B, "pt", "a4", "A", "sarcasm dehumanising above quote", "RE: A sua solicitação",
"""Obrigado pela quarta resposta automática. Suponho que no suporte tenham macacos amestrados a carregar em botões ao calhas, porque outra explicação não há. Que vergonha de gente.

> Em 23/11/2026 às 11:50, Suporte escreveu:
> Obrigado pela paciência, responderemos em breve.""")
    # ================= pt legal-threat
    m(B, "pt", "l1", "L", "pt-BR Procon + processo", "Cobrança indevida",
"""Boa tarde, continuo sendo cobrado depois do cancelamento. Se não estornarem até sexta, vou ao Procon e entro com processo no Juizado Especial.
Att, Fernanda Souza""")
    m(B, "pt", "l2", "L", "pt-PT livro de reclamações + DECO", "Reclamação",
"""Se não me devolverem o dinheiro esta semana, faço queixa no Livro de Reclamações eletrónico e envio o caso para a DECO.""")
    m(B, "pt", "l3", "L", "ANPD/CNPD data protection", "Meus dados",
"""Terceira vez que peço a exclusão dos meus dados. Vou denunciar vocês na ANPD.""")
    m(B, "pt", "l4", "L", "formal: advogado, notificação extrajudicial", "Notificação extrajudicial",
"""Prezados,
Pela presente notificação extrajudicial, informo que, não havendo a devolução de R$ 890,00 em 10 dias, meu advogado ajuizará a ação cabível.
Ricardo Almeida""")
    # ================= pt account-ownership
    m(B, "pt", "w1", "W", "admin saiu, me tornem dono", "Troca de administrador",
"""Olá, o antigo administrador da conta saiu da empresa e não responde. Podem me colocar como proprietário da conta? Sou o sócio-gerente.
Abraço, Paulo""")
    m(B, "pt", "w2", "W", "transferir conta para meu email", "Transferência de conta",
"""Quero que transfiram a conta para o meu email, comprei a loja do antigo dono e ainda está tudo no nome dele.""")
    m(B, "pt", "w3", "W", "diretor quer caixa de colaborador", "Acesso à caixa de correio",
"""Sou o diretor e preciso de acesso imediato à caixa de email da colaboradora Inês Costa, que está de baixa. Reponham a palavra-passe e enviem-ma.""")
    m(B, "pt", "w4", "W", "terse: me dá admin", "admin",
"""me passa admin da conta pf, meu chefe tá de férias""")
    # ================= pt outage
    m(B, "pt", "o1", "O", "pt-BR ninguém consegue entrar", "Sistema caiu?",
"""Bom dia, desde as 8h ninguém aqui consegue entrar no sistema, aparece "Erro 500". Caiu aí?""")
    m(B, "pt", "o2", "O", "pt-PT todas as lojas", "Terminais",
"""Os terminais de todas as nossas lojas deixaram de comunicar com o vosso sistema, não conseguimos faturar.""")
    m(B, "pt", "o3", "O", "follow-up: continua fora", "RE: Plataforma fora do ar",
"""Continua fora para todo mundo aqui. Alguma previsão?

> Em 24/11/2026, Suporte escreveu:
> Estamos verificando.""")
    m(B, "pt", "o4", "O", "clínica: agenda não abre em nenhum computador", "Agenda",
"""A agenda não abre em nenhum computador da clínica, só fica carregando. Pacientes à espera.""")
    # ================= pt negatives
    m(B, "pt", "n1", "", "legal neg: escritório de advocacia pergunta", "Orçamento",
"""Olá, somos um escritório de advocacia com 7 advogados. Podem enviar orçamento do plano Business?
Silva & Pereira Advogados""")
    m(B, "pt", "n2", "", "legal neg: LGPD access", "Acesso aos dados",
"""Solicito, nos termos da LGPD, uma cópia dos meus dados pessoais.""")
    m(B, "pt", "n3", "", "legal neg: não queremos processar", "Fatura",
"""Não queremos processar ninguém, só precisamos da fatura corrigida.""")
    m(B, "pt", "n4", "", "abusive neg: swearing at situation", "Relatório",
"""Esse maldito relatório saiu em branco de novo, que droga. Podem ver?""")
    m(B, "pt", "n5", "", "abusive neg: eu mataria por", "Sugestão",
"""Eu mataria por um modo escuro no app :) Tá nos planos?""")
    m(B, "pt", "n6", "", "ownership neg: owner adds user", "Novo utilizador",
"""Sou o titular da conta e adicionei a nova rececionista como utilizadora normal. Ela não recebeu o convite.""")
    m(B, "pt", "n7", "", "ownership neg: responsável pelo chamado", "Quem está com meu chamado?",
"""Quem é o responsável pelo meu chamado agora? Estou sem retorno há uma semana.""")
    m(B, "pt", "n8", "", "outage neg: single user", "Erro ao salvar",
"""Só comigo dá erro ao salvar, meus colegas salvam normal.""")
    m(B, "pt", "n9", "", "outage neg: own internet", "Pagamento",
"""A nossa internet da MEO esteve em baixo todo o fim de semana, por isso só pagamos hoje.""")
    m(B, "pt", "n10", "", "outage neg: newsletter", "Novidades de novembro",
"""Em novembro a plataforma teve 99,9% de disponibilidade, com uma breve interrupção no dia 12. Novidade: modelos de orçamento. Cancelar inscrição.""")
    m(B, "pt", "n11", "", "outage neg: it's back", "RE: Sistema caiu?",
"""Voltou, valeu pela rapidez!""")
