"""devset17 outage-legal, batch 7 (measured after tuning on b1-b6): precision 2, the words added after
b5 in harmless use (employees can't see payslips = permissions, price freeze 'congelati', support chat
'sin responder', a known-bug question, a sale that 'se nos cayó', permissions 'aucun agent ne peut',
one booking date erroring, own printer 'est morte', a stalled project, 'sinds jullie update' for a
moved menu, new prices in all shops, a third party's tribunal / lawsuit); plus fresh positives."""
B = "b7"

def add_b7(m):
    # ---------------- negatives
    m(B, "it", "n1", "", "permissions: employees can't see payslips", "Buste paga",
"""I dipendenti del magazzino non riescono a vedere le buste paga nel portale: dove si abilita il permesso?""")
    m(B, "it", "n2", "", "price freeze for all customers", "Listino 2027",
"""Per il 2027 abbiamo congelato i prezzi per tutti i clienti storici. Come imposto il listino bloccato nel gestionale?""")
    m(B, "it", "n3", "", "same problem at the other branch: a printer setting", "Stampa etichette",
"""Le etichette escono storte. Stesso problema anche nella filiale di Monza, c'è un'impostazione dei margini?""")
    m(B, "es", "n1", "", "support chat not answering my question", "Chat",
"""El chat de soporte lleva dos días sin responder a mi consulta sobre la factura. ¿Me contestáis por aquí?""")
    m(B, "es", "n2", "", "known bug question, one user", "Exportar PDF",
"""¿Tenéis alguna incidencia conocida con la exportación a PDF en Safari? A mí me sale el archivo vacío, en Chrome bien.""")
    m(B, "es", "n3", "", "a sale fell through", "Presupuesto",
"""Se nos cayó una venta grande porque el presupuesto no llegó a tiempo al cliente. ¿Se puede programar el envío?""")
    m(B, "fr", "n1", "", "permissions: no agent can see others' notes", "Notes",
"""Aucun agent ne peut voir les notes des autres agents, c'est voulu ? On voudrait les partager.""")
    m(B, "fr", "n2", "", "one booking date errors", "Réservation 31/12",
"""Le module de réservation affiche une erreur quand je choisis le 31 décembre, les autres dates passent.""")
    m(B, "fr", "n3", "", "own printer dead", "Imprimante",
"""Notre imprimante de tickets est morte, pouvez-vous nous conseiller un modèle compatible ?""")
    m(B, "sv", "n1", "", "stalled project, pause subscription", "Paus",
"""Projektet har stått still sedan i somras och vi sitter och väntar på finansiering. Kan vi pausa abonnemanget?""")
    m(B, "nl", "n1", "", "menu moved since update", "Export",
"""Sinds jullie update is het menu anders en ik vind de exportknop niet meer. Waar staat die?""")
    m(B, "pl", "n1", "", "new prices in all shops", "Nowe ceny",
"""We wszystkich naszych sklepach chcemy od stycznia nowe ceny. Jak je wgrać hurtowo do kas?""")
    m(B, "pt", "n1", "", "nobody in the team knows how to configure", "Configuração",
"""Ninguém da equipa sabe configurar os alertas de stock. Têm algum tutorial?""")
    m(B, "en", "n1", "", "third party's tribunal claim", "Timesheet export",
"""We may have to take a former employee's claim to the tribunal next month. Can you export her timesheets for 2025?""")
    m(B, "es", "ln1", "", "lawyer customer: client vs ex-partner", "Facturas",
"""Mi cliente quiere proceder con una demanda contra su exsocio y necesitamos las facturas de su cuenta. ¿Cómo las descargo?""")
    # ---------------- positives
    m(B, "it", "o1", "O", "Swiss Italian: portal 'non va per nessuno'", "Portale",
"""Il portale non va per nessuno da noi, né in amministrazione né in magazzino. Grazie di verificare.""")
    m(B, "it", "o2", "O", "pharmacy: e-prescriptions not downloading", "Ricette",
"""Le ricette elettroniche non si scaricano più in nessuna delle due farmacie, i clienti aspettano al banco!""")
    m(B, "es", "o1", "O", "Peruvian: system down, cashiers can't bill", "Sistema caído",
"""Buenas, el sistema está caído desde las 9, ninguna cajera puede emitir boletas. Urgente por favor.""")
    m(B, "es", "o2", "O", "Spain: app giving errors to everyone", "La app",
"""La app da error al abrir a todo el mundo en la empresa. ¿Lo estáis mirando?""")
    m(B, "sv", "o1", "O", "webshop: no customer can pay", "Kassan i webbutiken",
"""Ingen kund kan slutföra köp i webbutiken, betalsteget laddar bara. Har ni driftstörning?""")
    m(B, "fr", "o1", "O", "Swiss French: platform unreachable for all branches", "Plateforme",
"""La plateforme est injoignable depuis nos trois succursales de Genève et Lausanne.""")
    m(B, "fr", "o2", "O", "terse: nobody can log in", "connexion",
"""Personne n'arrive à se connecter ce matin, c'est général ?""")
    m(B, "pt", "o1", "O", "pt-BR: whole call center without system", "Call center parado",
"""O call center inteiro tá parado, o sistema não abre em nenhuma máquina.""")
    m(B, "pl", "o1", "O", "e-commerce: checkout down for all customers", "Koszyk",
"""Klienci nie mogą złożyć zamówienia, koszyk w sklepie internetowym wyrzuca błąd u wszystkich.""")
    m(B, "nl", "o1", "O", "NL: server not reachable for the practice", "Praktijk",
"""De server is voor de hele praktijk niet bereikbaar sinds 8 uur, we kunnen geen patiënten inschrijven.""")
    m(B, "en", "l1", "L", "UK: small claims + CCJ", "Invoice dispute",
"""If the £180 isn't refunded I'll be taking you to the small claims court and you'll end up with a CCJ.""")
    m(B, "en", "l2", "L", "US: lawyer drafting letter", "Cancellation",
"""I've asked my lawyer to draft a letter regarding your refusal to honor the cancellation.""")
    m(B, "es", "l1", "L", "Chile: SERNAC + Juzgado de Policía Local", "Reclamo",
"""Ya ingresé el reclamo en SERNAC y si no responden voy al Juzgado de Policía Local.""")
    m(B, "es", "l2", "L", "Spain: denuncia en Consumo", "Cancelación",
"""Me habéis cobrado tras la baja. O me devolvéis el dinero o os denuncio en Consumo.""")
