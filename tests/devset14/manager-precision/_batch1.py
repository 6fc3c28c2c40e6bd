"""devset14 manager-precision, batch 1 (measured before tuning): my manager asked me to write, named
account manager, sender is a manager, manager role in the product; positives: supervisor / boss / senior."""
B = "b1"

def add_b1(m):
    # ---------------- en
    m(B, "en", "n1", "", "my manager asked me to write", "Invoice copy for October",
"""Hi there,

My manager asked me to get in touch and request a copy of the October invoice with our VAT number on it. Could you send it to this address?

Thanks,
Priya""")
    m(B, "en", "n2", "", "manager role permission in product", "Manager role",
"""How do I give someone the Manager role without making them an admin? I want our shift lead to approve timesheets but not see billing.""")
    m(B, "en", "n3", "", "sender is office manager", "Adding 3 seats",
"""Hello,

As the office manager here I look after all our subscriptions. We've hired three people and I'd like to add three seats to our plan from December 1st. Is that prorated?

Best regards,
Dawn Hughes
Office Manager, Hughes & Pratt Dental""", fmt="qp")
    m(B, "en", "m1", "M", "angry, supervisor", "Re: Ticket 48812",
"""This is the third time I've explained this. I want to speak to your supervisor, today, not another canned answer.

> Thanks for your patience, we are looking into it.""")
    m(B, "en", "m2", "M", "escalate to someone senior, polite", "Still not resolved",
"""Hi,

I appreciate the help so far but this has dragged on for two weeks now. Could you please escalate this to someone more senior who can actually make a decision on the refund?

Kind regards,
Martin""")
    # ---------------- de
    m(B, "de", "n1", "", "Teamleiter-Rechte in product", "Teamleiter-Rechte vergeben",
"""Hallo,

wie kann ich einem Mitarbeiter Teamleiter-Rechte geben, damit er die Urlaubsanträge seiner Gruppe freigeben kann? Ich finde die Einstellung nicht.

Gruß
Sabine""")
    m(B, "de", "n2", "", "Chef hat gebeten", "Angebot für 20 Lizenzen",
"""Guten Tag,

mein Chef hat mich gebeten, ein Angebot für 20 Lizenzen einzuholen, Laufzeit 2 Jahre. Können Sie uns das bis Ende der Woche schicken?

Mit freundlichen Grüßen
Jonas Weber""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "n3", "", "sender is Filialleiter", "Kassensystem Filiale Nord",
"""Als Filialleiter bin ich für die Kassen in unserer Filiale Nord zuständig. Seit dem Update druckt der Bondrucker das Logo nicht mehr. Woran liegt das?

Thomas Kranz""")
    m(B, "de", "m1", "M", "wer ist Ihr Vorgesetzter", "Beschwerde",
"""Ihre Antwort ist eine Frechheit. Wer ist Ihr Vorgesetzter? Ich möchte das mit jemandem klären, der etwas zu entscheiden hat.""")
    # ---------------- fr
    m(B, "fr", "n1", "", "chef (boss) asked", "Demande de devis",
"""Bonjour,

mon chef m'a demandé de vous contacter pour un devis sur l'offre Pro pour 12 utilisateurs. Merci de me l'envoyer par mail.

Cordialement,
Inès""")
    m(B, "fr", "n2", "", "chef de projet sender", "Intégration API",
"""Bonjour,

je suis chef de projet chez Novatel et nous intégrons votre API pour la synchro des commandes. Y a-t-il un environnement de test ?

Merci
Hugo Lefèvre""", fmt="b64", charset="iso-8859-1")
    m(B, "fr", "m1", "M", "responsable, want to speak", "Toujours rien",
"""Ca fait 3 semaines que j'attends. Je veux parler à un responsable, pas à un robot. Passez-moi votre supérieur svp.""")
    m(B, "fr", "m2", "M", "Quebec, escalate", "Re: Dossier 2231",
"""Allô,

franchement je tourne en rond avec vous autres. Pouvez-vous transférer mon dossier à quelqu'un de plus haut placé? Merci.

Sylvie

> Bonjour, nous avons bien reçu votre demande.""")
    # ---------------- es
    m(B, "es", "n1", "", "encargado de compras sender", "Pedido de licencias",
"""Buenas, soy el encargado de compras de Distribuidora Ruiz. Necesito factura a nombre de la empresa con CIF B12345678 por favor.

Un saludo""")
    m(B, "es", "n2", "", "account manager named", "Renovación",
"""Hola,

nuestra gestora de cuenta, Laura, nos comentó que podíamos pasar al plan anual manteniendo el precio. ¿Cómo lo hacemos desde el panel?

Gracias, Tomás""")
    m(B, "es", "m1", "M", "es-MX jefe", "pesimo servicio",
"""ya me canse, pasenme con su jefe o con alguien que si pueda resolver esto, llevo una semana sin poder facturar""")
    m(B, "es", "m2", "M", "supervisor, formal", "Solicitud",
"""Estimados:

Les solicito que mi caso sea revisado por un supervisor. La respuesta recibida no se corresponde con lo contratado.

Atentamente,
Rosa Medina""", fmt="qp")
    # ---------------- it
    m(B, "it", "n1", "", "responsabile sender", "Fatturazione elettronica",
"""Buongiorno, sono la responsabile amministrativa di Ferri Srl. Vorrei sapere se il vostro sistema invia le fatture allo SDI in automatico.

Grazie, Elena Ferri""")
    m(B, "it", "n2", "", "il mio capo mi ha chiesto", "Report mensile",
"""Ciao, il mio capo mi ha chiesto di esportare il report mensile in PDF ma vedo solo CSV. Si può fare?""")
    m(B, "it", "m1", "M", "parlare con un responsabile", "Reclamo",
"""Buongiorno,

vorrei parlare con un responsabile. Il vostro operatore mi ha chiuso il ticket senza risolvere nulla.

Marco""")
    # ---------------- nl
    m(B, "nl", "n1", "", "leidinggevende asked", "Offerte",
"""Hoi, mijn leidinggevende vroeg me om een offerte op te vragen voor 8 gebruikers. Kunnen jullie die mailen?

Groet, Sanne""")
    m(B, "nl", "n2", "", "manager role in app", "Rol manager",
"""Hallo, hoe geef ik een collega de rol 'manager' in de app zodat hij roosters kan aanpassen?""")
    m(B, "nl", "m1", "M", "leidinggevende wanted", "Klacht",
"""Ik wil graag uw leidinggevende spreken. Dit is de vierde mail en nog steeds geen oplossing.

Peter de Vries""")
    # ---------------- pl
    m(B, "pl", "n1", "", "uprawnienia kierownika", "Uprawnienia kierownika",
"""Dzień dobry, jak nadać pracownikowi uprawnienia kierownika zmiany w aplikacji? Chcę żeby mógł zatwierdzać grafiki.

Pozdrawiam, Agnieszka""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "n2", "", "kierownik asked me", "Faktura",
"""Witam, mój kierownik poprosił mnie o przesłanie danych do faktury. NIP 5251234567, firma Kowalski sp. z o.o.

Piotr""")
    m(B, "pl", "m1", "M", "przełożony wanted", "Skarga",
"""Proszę o kontakt z Pani przełożonym. Od tygodnia nikt nie potrafi mi pomóc.

Krzysztof Nowak""")
    # ---------------- pt
    m(B, "pt", "n1", "", "gerente de projeto sender (pt-BR)", "Dúvida integração",
"""Olá, sou gerente de projetos na Sólida TI e queria saber se a API tem limite de requisições por minuto.

Abs, Rafael""")
    m(B, "pt", "n2", "", "responsável pela conta named", "Mudança de plano",
"""Bom dia, a responsável pela nossa conta, a Dra. Helena, pediu-me que alterasse o plano para o anual. Como faço isso?

Cumprimentos, Joana""")
    m(B, "pt", "m1", "M", "pt-BR gerente", "absurdo",
"""Quero falar com o gerente. Ninguém resolve meu problema e já faz 10 dias.""")
    # ---------------- sv
    m(B, "sv", "n1", "", "chef asked me", "Offert",
"""Hej! Min chef bad mig be om en offert för 15 användare. Kan ni skicka den?

/Emma""")
    m(B, "sv", "n2", "", "sender is butikschef", "Kassakopplingen",
"""Hej, jag är butikschef på ICA Nära Hagaby och undrar hur man kopplar kortterminalen till kassan.

Mvh Lars""")
    m(B, "sv", "m1", "M", "prata med chef", "Klagomål",
"""Jag vill prata med er chef. Det här är helt oacceptabelt.""")
    # ---------------- da
    m(B, "da", "n1", "", "leder-rettigheder product", "Lederrettigheder",
"""Hej, hvordan giver jeg en medarbejder lederrettigheder, så hun kan godkende ferie for sit team?

Mvh Mette""")
    m(B, "da", "n2", "", "min chef bad mig", "Faktura",
"""Hej. Min chef har bedt mig om at skrive til jer for at få en kopi af fakturaen for september.

Venlig hilsen
Kasper""")
    m(B, "da", "m1", "M", "tale med en leder", "Utilfreds",
"""Jeg vil gerne tale med en leder. Jeg har ventet i tre uger på svar.

Anne""")
    # ---------------- ro
    m(B, "ro", "n1", "", "sef asked, no diacritics", "Oferta",
"""Buna ziua, seful meu m-a rugat sa va cer o oferta pentru 10 utilizatori. Multumesc, Andrei""")
    m(B, "ro", "n2", "", "manager de proiect sender", "Integrare",
"""Bună ziua, sunt manager de proiect la Softline și aș dori documentația pentru API-ul de facturi.

Cu stimă, Ioana Popescu""", fmt="b64", charset="iso-8859-16")
    m(B, "ro", "m1", "M", "vreau să vorbesc cu un superior", "Reclamatie",
"""Vreau să vorbesc cu un superior. Colegul dumneavoastră nu vrea să mă ajute.""")
