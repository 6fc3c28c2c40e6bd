"""devset17 outage-legal, batch 3 (measured after tuning on b1-b2): generalisation, fresh sectors
(logistics, schools, restaurants, hotels, pharmacies, agencies), replies above quoted history,
outage as one point of a longer mail; legal threats in longer complaints, with hard negatives."""
B = "b3"

def add_b3(m):
    # ---------------- it
    m(B, "it", "o1", "O", "restaurant: orders tablets not receiving, all waiters", "Comande",
"""Buonasera, i tablet dei camerieri non ricevono più le comande, la cucina non vede niente. Succede su tutti i tablet, stasera abbiamo il locale pieno!!""")
    m(B, "it", "o2", "O", "terse: is it down?", "è giù?",
"""Ma è giù tutto? Da noi non va niente""")
    m(B, "it", "o3", "O", "school register, no teacher can sign", "Registro",
"""Gentile assistenza, stamattina nessun professore riesce a firmare sul registro, la pagina va in timeout. Potete verificare? Grazie, segreteria I.C. Manzoni""")
    m(B, "it", "n1", "", "customer's own PEC/mail provider down", "Fatture non ricevute",
"""Il nostro provider di posta ha avuto problemi tutta la settimana, quindi potremmo non aver ricevuto le vostre fatture. Potete rimandarle?""")
    m(B, "it", "n2", "", "one user: slow on old laptop", "Lentezza",
"""Il programma sul mio portatile vecchio è molto lento ad aprire i report, sugli altri pc va bene. È un problema di requisiti?""")
    # ---------------- es
    m(B, "es", "o1", "O", "pharmacy: e-prescription down in all pharmacies", "Receta",
"""Buenos días: en nuestras tres farmacias no hay forma de dispensar, la receta electrónica da error todo el rato. ¿Está caído vuestro servicio?""")
    m(B, "es", "o2", "O", "Colombian: nobody can get in, since early", "ayuda urgente",
"""Buen día, desde temprano ninguno de los asesores ha podido ingresar a la plataforma, sale la pantalla en blanco. Quedamos atentos.""")
    m(B, "es", "o3", "O", "reply above quoted: keeps falling", "RE: Caída del servicio",
"""Otra vez lo mismo, se acaba de volver a caer para todos.

-----Mensaje original-----
De: Soporte
Enviado: martes
Asunto: Caída del servicio
El servicio ya está restablecido.""")
    m(B, "es", "n1", "", "courier's tracking down", "Envíos",
"""La web de seguimiento de la mensajería no funciona desde ayer y los clientes nos preguntan. ¿Sabéis si tiene que ver con vuestra integración o es cosa de ellos?""")
    m(B, "es", "n2", "", "past outage in billing question", "Factura noviembre",
"""Hola, en la factura de noviembre no veo el descuento que nos prometisteis por la caída del mes pasado. ¿Lo podéis revisar?""")
    # ---------------- sv
    m(B, "sv", "o1", "O", "hotel: booking engine dead, guests can't book", "Bokningsmotorn",
"""Hej! Bokningsmotorn på vår hemsida har varit död sedan igår kväll, inga gäster kan boka. Vi förlorar pengar varje timme.""")
    m(B, "sv", "o2", "O", "terse Finland-Swedish", "Problem",
"""Appen startar inte på någon av våra telefoner i dag. Har ni problem?""")
    m(B, "sv", "n1", "", "it's back, thanks", "Sv: Driftstörning",
"""Nu funkar allt igen, tack för hjälpen!""")
    m(B, "sv", "n2", "", "nobody at office on Friday", "Fredag",
"""Ingen är på kontoret på fredag, så leveransen får komma på måndag istället.""")
    # ---------------- fr
    m(B, "fr", "o1", "O", "Swiss French: all tills blocked", "Caisses bloquées",
"""Bonjour, toutes nos caisses sont bloquées depuis l'ouverture, impossible d'encaisser. C'est chez vous ?""")
    m(B, "fr", "o2", "O", "agency: no employee can log in since update", "Connexion impossible",
"""Depuis votre mise à jour de cette nuit, impossible pour nos collaborateurs de se connecter, le site tourne en rond sur la page d'accueil.""")
    m(B, "fr", "n1", "", "planned maintenance question", "Maintenance",
"""Bonjour, la maintenance prévue dimanche va-t-elle couper l'accès pour tous nos utilisateurs ? Merci de préciser l'horaire.""")
    m(B, "fr", "n2", "", "one user's bug: PDF export", "Export PDF",
"""L'export PDF ne marche pas pour moi, le fichier est vide. Mes collègues n'ont pas le souci.""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "pt-BR: API returning errors for all clients", "API",
"""Boa tarde, a API de vocês está retornando erro 500 em todas as requisições desde as 14h. Nossos clientes não conseguem pagar.""")
    m(B, "pt", "o2", "O", "pt-PT: nobody in the clinic can get in", "Urgente - clínica",
"""Bom dia, ninguém aqui na clínica consegue entrar no software desde as 8h. Temos consultas marcadas!""")
    m(B, "pt", "n1", "", "bank's app down", "Pagamento",
"""O aplicativo do banco está fora do ar, por isso não consegui pagar o boleto hoje. Pago amanhã sem falta.""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "warehouse scanners can't connect", "Skanery",
"""Żaden skaner w magazynie nie łączy się z systemem od zmiany nocnej. Wszystko stoi.""")
    m(B, "pl", "o2", "O", "non-native terse", "pilne",
"""strona nie otwiera się ani u nas ani u klientów, proszę sprawdzić""")
    m(B, "pl", "n1", "", "own internet failure", "Faktura",
"""Mieliśmy awarię internetu w biurze przez cały wtorek, dlatego przelew poszedł z opóźnieniem.""")
    # ---------------- nl
    m(B, "nl", "o1", "O", "NL: webshop unreachable, customers complaining", "Webshop onbereikbaar",
"""Onze webshop is al twee uur niet te bereiken, klanten bellen ons plat. Wat is er aan de hand?""")
    m(B, "nl", "o2", "O", "Flemish: nobody on the team can open the dossiers", "Dossiers",
"""Hallo, geen enkele collega krijgt de dossiers nog open, het blijft draaien. Ligt het aan jullie kant?""")
    m(B, "nl", "n1", "", "planned maintenance", "Onderhoud",
"""Is het systeem tijdens het geplande onderhoud van zaterdag helemaal niet beschikbaar voor onze medewerkers?""")
    # ---------------- en legal
    m(B, "en", "l1", "L", "UK: county court claim", "Re: Account closure",
"""I have given you every chance. A county court claim will be issued next week for the full amount plus costs.

On Tue, Support wrote:
> We're sorry for the delay.""")
    m(B, "en", "l2", "L", "US: lawyer letter, chargeback dispute", "Final",
"""My attorney will be contacting your legal department. Do not contact me directly anymore.""")
    m(B, "en", "l3", "L", "UK: Financial Ombudsman", "Complaint",
"""If I don't get a final response letter by the end of the month, I'll take this to the Financial Ombudsman Service.""")
    m(B, "en", "l4", "L", "AU: tribunal NCAT", "Refund",
"""I'm lodging an application with NCAT on Monday unless the refund is processed.""")
    m(B, "en", "l5", "L", "US: class action", "Hidden fees",
"""There must be thousands of us paying these hidden fees. I'm looking into joining or starting a class action.""")
    m(B, "en", "n1", "", "law firm: reporting a bug", "Export bug",
"""Hi, I'm the practice manager at a small law firm. The billing export drops the VAT column, could you have a look? Thanks""")
    m(B, "en", "n2", "", "third-party dispute: landlord", "Change of address",
"""Hi, I'm in a legal dispute with my landlord and moving out early, please update my billing address to the one below.""")
    m(B, "en", "n3", "", "court booking software question", "Courts",
"""Does your booking system work for tennis courts? We manage six courts and need member pricing.""")
    # ---------------- es legal
    m(B, "es", "l1", "L", "Spain: FACUA + demanda", "Última vez",
"""Os aviso: si no me devolvéis los 89 euros, pongo el caso en FACUA y presento una demanda en el juzgado de mi ciudad.""")
    m(B, "es", "l2", "L", "Mexico: abogado formal", "Aviso",
"""Le notifico que mi abogado ya tiene toda la documentación y procederemos legalmente si no recibo respuesta en 48 horas.""")
    m(B, "es", "l3", "L", "Spain: Agencia Protección Datos", "Mis datos",
"""Me seguís enviando publicidad después de darme de baja tres veces. Voy a denunciaros a la Agencia Española de Protección de Datos.""")
    m(B, "es", "ln1", "", "jury / citation for trial as witness", "Cambio de turno",
"""Me han citado como testigo en un juicio el jueves, ¿puedo cambiar mi cita del jueves al viernes?""")
    m(B, "es", "ln2", "", "we won't take legal action", "Reclamación",
"""No vamos a ir a juicio por esto, solo queremos que nos compenséis la semana sin servicio.""")
