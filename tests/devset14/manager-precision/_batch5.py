"""devset14 manager-precision, batch 5: GENERALISATION (new wording of batches 1-4's themes, measured
before tuning): staff roles in narratives, the agent's boss reported, job posts, escalation in the service
desk sense, 'leder efter' (Danish: looking for), Leiter (ladder), person in charge of billing, senior
developer, management fee; positives with fresh wording."""
B = "b5"

def add_b5(m):
    # ---------------- en
    m(B, "en", "n1", "", "person in charge of our account is off sick, routing", "Who handles our account now?",
"""Hi, the person in charge of our account on your side, Becky, is apparently off sick for a few weeks. Who should we send the PO to in the meantime?""")
    m(B, "en", "n2", "", "management fee + senior developer", "Invoice line 'management fee'",
"""Quick one: what is the 'management fee' line on invoice 2231? Our senior developer says we never turned on managed hosting.""")
    m(B, "en", "n3", "", "your team lead promised (reported)", "Re: Migration date",
"""Hi Ola, your team lead already promised us the migration on the 4th, so just confirming the time slot - morning works best.""")
    m(B, "en", "n4", "", "escalation in service desk report request", "Monthly ticket report",
"""Can the monthly report show how many tickets were escalated to tier 2 and the average time to escalation? Our COO wants it for the board pack.""", fmt="alt")
    m(B, "en", "n5", "", "we're hiring a supervisor, posting job ad via product", "Job ad not publishing",
"""We posted a job ad for a warehouse supervisor through your careers plugin but it's not showing on our site. Can you check?""")
    m(B, "en", "m1", "M", "wants the boss's email", "Re: Re: refund",
"""Give me your boss's email address, I'll take it up with them directly.

> We're sorry, the refund window has passed.""")
    m(B, "en", "m2", "M", "Indian English, kindly escalate", "Kindly escalate",
"""Dear team, kindly escalate my complaint to higher authority as issue is pending since 15 days. Regards, Suresh""")
    # ---------------- de
    m(B, "de", "n1", "", "Leiter = ladder, product question", "Lieferung Leiter",
"""Hallo, wir haben über Ihren Shop eine Aluleiter bestellt, im Tracking steht aber seit Tagen 'in Bearbeitung'. Können Sie nachsehen?""")
    m(B, "de", "n2", "", "Leiter Einkauf writes about order", "Sammelbestellung",
"""Sehr geehrte Damen und Herren, als Leiter Einkauf möchte ich eine Sammelrechnung für alle Filialen einrichten. Wie geht das?""")
    m(B, "de", "n3", "", "Teamleiterin hat bestätigt (reported)", "Re: Termin",
"""Ihre Teamleiterin hat mir den Termin am Donnerstag ja schon bestätigt, ich wollte nur die Uhrzeit wissen.""")
    m(B, "de", "m1", "M", "leiten Sie das weiter an jemanden mit Befugnis", "Widerspruch",
"""Leiten Sie meinen Widerspruch bitte an jemanden weiter, der Entscheidungsbefugnis hat.""")
    m(B, "de", "m2", "M", "jemand Höheres", "Nochmal",
"""Kann ich bitte mit jemand Höherem sprechen? Sie können mir ja offensichtlich nicht helfen.""")
    # ---------------- fr
    m(B, "fr", "n1", "", "offre d'emploi chef d'équipe via plugin", "Offre non publiée",
"""Bonjour, notre offre d'emploi pour un chef d'équipe logistique n'apparaît pas sur la page carrières. Pouvez-vous vérifier ?""")
    m(B, "fr", "n2", "", "votre responsable m'a confirmé (reported)", "Re: remise",
"""Bonjour, votre responsable m'a confirmé la remise de 10 % par téléphone hier, pouvez-vous me renvoyer le devis corrigé ?""")
    m(B, "fr", "m1", "M", "Swiss French, je souhaite m'entretenir avec votre supérieur", "Réclamation",
"""Je souhaite m'entretenir avec votre supérieur au sujet de ce dossier. Merci de me communiquer ses coordonnées.""")
    # ---------------- es
    m(B, "es", "n1", "", "responsable de facturación, routing", "Facturas",
"""Hola, ¿me pueden pasar el correo del responsable de facturación? Necesito cambiar la razón social.""")
    m(B, "es", "n2", "", "escalamiento in SLA contract", "Contrato",
"""En el anexo del contrato aparece una matriz de escalamiento. ¿Nos pueden mandar la versión actualizada con los nuevos contactos?""")
    m(B, "es", "m1", "M", "Spain, pásame con tu jefe", "vale ya",
"""Pásame con tu jefe, que contigo no hay manera.""")
    # ---------------- it
    m(B, "it", "n1", "", "il vostro responsabile ha approvato (reported)", "Re: sconto",
"""Buongiorno, il vostro responsabile commerciale ha già approvato lo sconto, quando arriva la fattura aggiornata?""")
    m(B, "it", "n2", "", "offerta lavoro capo reparto", "Candidatura",
"""Salve, ho visto l'annuncio per capo reparto e vorrei candidarmi. Allego il curriculum.""")
    m(B, "it", "m1", "M", "voglio parlare con chi comanda", "ennesima volta",
"""Voglio parlare con qualcuno che abbia il potere di decidere, non con l'ennesimo operatore.""")
    # ---------------- nl
    m(B, "nl", "n1", "", "manager approved (reported), Flemish", "Re: korting",
"""Dag, uw manager heeft de korting vorige week al goedgekeurd. Mag ik de aangepaste factuur?""")
    m(B, "nl", "n2", "", "escalatie in incidentrapport", "Incidentrapport",
"""In het incidentrapport staat dat de escalatie naar jullie hostingpartij pas na drie uur gebeurde. Waarom duurde dat zo lang?""")
    m(B, "nl", "m1", "M", "wil hogerop", "Niet oké",
"""Ik wil dit hogerop leggen. Wie is uw leidinggevende?""")
    # ---------------- pl
    m(B, "pl", "n1", "", "pański kierownik obiecał (reported)", "Re: rabat",
"""Dzień dobry, Pana kierownik obiecał nam rabat 10% przy przedłużeniu umowy. Kiedy dostaniemy korektę?""")
    m(B, "pl", "n2", "", "szefowa kuchni / dyrektor szkoły neutral", "Zamówienia",
"""Witam, dyrektor szkoły prosi o fakturę zbiorczą za obiady. Czy to możliwe?""")
    m(B, "pl", "m1", "M", "żądam rozmowy z przełożonym", "Skarga",
"""Żądam rozmowy z kimś wyższym rangą. Konsultant rozłączył się w trakcie rozmowy.""", fmt="qp", charset="iso-8859-2")
    # ---------------- pt
    m(B, "pt", "n1", "", "pt-BR gerente aprovou (reported)", "Re: desconto",
"""Oi, seu gerente aprovou o desconto ontem por telefone. Quando sai o boleto novo?""")
    m(B, "pt", "n2", "", "responsável de turno in app", "Escala",
"""Bom dia, como definir o responsável de turno na escala de trabalho da app?""")
    m(B, "pt", "m1", "M", "pt-BR, passa pro supervisor", "pqp",
"""me passa pro seu supervisor agora, to cansado de ficar esperando""")
    # ---------------- sv
    m(B, "sv", "n1", "", "leder till = leads to", "Fel vid export",
"""Hej, exporten leder till ett felmeddelande varje gång vi väljer PDF. Vad gör vi?""")
    m(B, "sv", "n2", "", "er chef godkände (reported)", "Re: Rabatt",
"""Er chef godkände rabatten i förra veckan, men fakturan har fullt pris.""")
    m(B, "sv", "m1", "M", "skicka vidare till din chef", "Klagomål",
"""Skicka vidare mitt klagomål till din chef, tack.""")
    # ---------------- da
    m(B, "da", "n1", "", "leder efter = looking for", "Faktura",
"""Hej, jeg leder efter fakturaen for oktober, men kan ikke finde den i portalen. Hvor ligger den?""")
    m(B, "da", "n2", "", "afdelingsleder signature in body, routing", "Adgang",
"""Hej, jeg er afdelingsleder i hjemmeplejen og skal have adgang for to nye medarbejdere. Hvad gør jeg?""")
    m(B, "da", "m1", "M", "vil tale med den ansvarlige", "Klage",
"""Jeg vil gerne tale med den ansvarlige for kundeservice. Det her er ikke i orden.""")
    # ---------------- ro
    m(B, "ro", "n1", "", "seful ne-a spus (our boss, own)", "Abonament",
"""Buna, seful nostru ne-a spus sa trecem pe abonamentul anual. Cum facem?""")
    m(B, "ro", "n2", "", "escaladare in raport incident", "Raport",
"""Buna ziua, in raportul de incident nu apare ora escaladarii catre echipa tehnica. Puteti completa?""")
    m(B, "ro", "m1", "M", "vreau sa vorbesc cu managerul", "Nemultumire",
"""Vreau să vorbesc cu managerul, nu mai am răbdare.""")
