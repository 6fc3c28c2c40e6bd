"""devset17 outage-legal, batch 2 (measured before any tuning): new writers, non-native writing,
regional variants, outage buried in another request; legal threats phrased indirectly."""
B = "b2"

def add_b2(m):
    # ---------------- it outage
    m(B, "it", "o1", "O", "subject only style, all tills", "CASSE FERME TUTTI I PUNTI VENDITA",
"""Le casse non comunicano col vostro server in tutti e 4 i negozi. Ci chiamate?""")
    m(B, "it", "o2", "O", "non-native: app not working for all", "app",
"""Salve, la app non sta funzionando per tutti i nostri operatori, dice sempre "impossibile contattare il server". Grazie""")
    m(B, "it", "o3", "O", "buried in invoice question", "Fattura e problema",
"""Buongiorno, due cose: 1) ci serve la fattura di ottobre intestata alla nuova sede. 2) Da ieri sera il portale clienti è irraggiungibile per tutto l'ufficio, pagina bianca. Grazie""")
    m(B, "it", "n1", "", "planned maintenance", "Manutenzione",
"""Avete comunicato una manutenzione per domenica notte. Il servizio sarà fermo per tutti o solo per alcuni clienti?""")
    m(B, "it", "n2", "", "nobody in office next week", "Chiusura ufficio",
"""Vi informo che la prossima settimana nessuno sarà in ufficio per la fiera, per urgenze chiamate il cellulare del titolare.""")
    # ---------------- es outage
    m(B, "es", "o1", "O", "Argentine: app down, all users", "Se cayó la app",
"""Che, se cayó la app de nuevo, ningún usuario puede loguearse. Necesitamos que lo vean ya.""")
    m(B, "es", "o2", "O", "symptom: spinner for everyone", "Cargando...",
"""La web se queda cargando y no pasa de ahí, a todos los del equipo nos pasa igual. ¿Está caído el servidor?""")
    m(B, "es", "o3", "O", "Spain: TPV no va en ninguna tienda", "TPV",
"""Buenos días, el TPV no va en ninguna tienda desde primera hora. Estamos sin poder cobrar.""")
    m(B, "es", "n1", "", "single user bug", "No puedo subir foto",
"""Hola, no puedo cambiar mi foto de perfil, me da un error al subirla. Mis compañeros sí pueden.""")
    # ---------------- sv outage
    m(B, "sv", "o1", "O", "terse: is it down for everyone", "Nere?",
"""Är det nere för alla eller bara oss? Ingen här kommer in i bokningssystemet.""")
    m(B, "sv", "o2", "O", "follow-up: still nothing works", "Sv: Ärende 5521",
"""Det fungerar fortfarande inte, ingen av säljarna kan öppna CRM:et. Snälla återkom.

> Vi undersöker felet och återkommer.""")
    m(B, "sv", "n1", "", "planned maintenance question", "Underhåll",
"""Hej, kommer tjänsten vara otillgänglig under det planerade underhållet på söndag? Vi har öppet då.""")
    m(B, "sv", "n2", "", "one user: can't hear audio", "Ljud",
"""Jag hör inget ljud i videosamtalen på min dator, kollegorna hör bra. Vad kan det vara?""")
    # ---------------- fr outage
    m(B, "fr", "o1", "O", "Québec: platform dead", "Plateforme",
"""Allô, la plateforme est complètement plantée depuis 7h, aucun de nos agents peut se connecter. C'est urgent.""")
    m(B, "fr", "o2", "O", "named module: payroll unreachable", "Module paie",
"""Le module de paie ne répond plus, toute l'équipe RH est bloquée et on doit clôturer les salaires aujourd'hui.""")
    m(B, "fr", "n1", "", "bank down, not ours", "Prélèvement",
"""Notre banque a une panne informatique générale, le prélèvement de ce mois risque d'être rejeté. On régularise dès que possible.""")
    # ---------------- pt outage
    m(B, "pt", "o1", "O", "pt-BR: site fell, clients can't buy", "loja caiu",
"""Nossa loja caiu de novo!! Nenhum cliente consegue finalizar compra desde 10h.""")
    m(B, "pt", "o2", "O", "pt-PT: app stopped for the whole team", "Aplicação",
"""Olá, a aplicação deixou de funcionar para a equipa toda depois da vossa atualização de ontem. Não abre.""")
    m(B, "pt", "n1", "", "it's back, thanks", "Re: Sistema",
"""Voltou a funcionar, obrigado pessoal!""")
    # ---------------- pl outage
    m(B, "pl", "o1", "O", "terse: platform dead for everyone", "Platforma leży",
"""Platforma leży od 8:00, nikt z zespołu nie może się zalogować.""")
    m(B, "pl", "o2", "O", "non-native/terse: error for all", "błąd",
"""wszystkim nam wyskakuje błąd 503 przy wejściu do panelu. u was awaria?""")
    m(B, "pl", "n1", "", "planned maintenance", "Prace serwisowe",
"""Czy podczas zapowiedzianych prac serwisowych w nocy aplikacja będzie niedostępna? Mamy wtedy zmianę nocną.""")
    # ---------------- nl outage
    m(B, "nl", "o1", "O", "NL: nobody gets in", "Storing?",
"""Goedemorgen, niemand hier komt in het kassasysteem. Hebben jullie een storing?""")
    m(B, "nl", "o2", "O", "Flemish: doesn't work anywhere", "Planning",
"""De planningsmodule werkt nergens meer, niet op kantoor en niet bij de techniekers onderweg. Kan iemand bellen?""")
    m(B, "nl", "n1", "", "own internet down", "Verlate betaling",
"""Onze internetverbinding lag gisteren de hele dag plat, daarom is de betaling te laat. Excuses.""")
    # ---------------- en legal
    m(B, "en", "l1", "L", "IE: solicitor letter", "Final notice",
"""My solicitor has advised me to give you 14 days to resolve this before proceedings are issued. I'd rather not go down that road but I will.""")
    m(B, "en", "l2", "L", "UK: ombudsman escalation", "Complaint ref 99812",
"""Eight weeks have passed since my complaint. I am now referring this to the Ombudsman and will be sending a letter before action.""")
    m(B, "en", "l3", "L", "US: sue in small claims", "you owe me",
"""honestly I'm done. I'll see you in small claims court, the filing fee is nothing compared to what you took.""")
    m(B, "en", "l4", "L", "UK: Trading Standards", "Misleading advert",
"""Your advert clearly said no setup fee. I have reported this to Trading Standards and I'm considering legal action.""")
    m(B, "en", "n1", "", "we will not sue", "Outage credit",
"""Look, we're not going to take legal action over last week, we just want the service credit the SLA promises. Can you confirm?""")
    m(B, "en", "n2", "", "signature disclaimer", "Invoice copy",
"""Hi, could you resend invoice 2211? Thanks.

--
This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Legal action may be taken against unauthorised use.""")
    m(B, "en", "n3", "", "customer's lawyer reviewing DPA", "DPA",
"""Our in-house counsel needs to review your Data Processing Agreement before we sign. Can you send the latest version?""")
    # ---------------- es legal
    m(B, "es", "l1", "L", "Peru: Indecopi", "Reclamo formal",
"""Les informo que he registrado mi reclamo en el Libro de Reclamaciones y si no hay solución lo llevaré a Indecopi.""")
    m(B, "es", "l2", "L", "Spain: abogado + juzgado", "Último aviso",
"""He puesto el asunto en manos de mi abogado. Si en diez días no tengo el reembolso, nos veremos en el juzgado.""")
    m(B, "es", "l3", "L", "Argentina: Defensa del Consumidor", "Denuncia",
"""Mañana mismo hago la denuncia en Defensa del Consumidor, ya me cansé de que me cobren algo que di de baja.""")
    m(B, "es", "l4", "L", "Colombia: SIC", "Queja",
"""Si no me solucionan voy a radicar una queja ante la Superintendencia de Industria y Comercio.""")
    m(B, "es", "ln1", "", "GDPR access request", "Derecho de acceso",
"""Hola, en virtud del RGPD solicito acceso a los datos personales que tenéis sobre mí. Gracias.""")
    m(B, "es", "ln2", "", "law firm ordinary question", "Licencias despacho",
"""Somos un despacho de abogados de seis personas y queremos saber si el plan Pro permite firmar documentos. Saludos.""")
