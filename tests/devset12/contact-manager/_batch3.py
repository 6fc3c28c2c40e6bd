"""devset12 contact-manager, batch 3 (measured before any tuning on it): manager-request hard negatives
(senior words in signatures, product UI, 'superior' as 'upper', GDPR 'responsable du traitement', chef = cook)."""
B = "b3"

def add_b3(m):
    # ---------------- en
    m(B, "en", "m1", "M", "wants whoever manages the support team", "Re: Case 71233",
"""I'd like the name and email of whoever manages your support team please. I've been passed between four people and each one starts from zero. This needs to go to somebody who can actually authorise the credit.

Tom Reilly""")
    m(B, "en", "n1", "", "property manager signature, asks about invoice", "Invoice address change",
"""Hi,

could you change the billing address on our account to the new office (Unit 4, Harbour Park)? The old one is still on the November invoice.

Thanks,
Gemma Collins
Property Manager | Harbour Park Estates""")
    m(B, "en", "n2", "", "supervisor approval step in product", "Approval workflow question",
"""Hello, we'd like timesheets to need supervisor approval before they are exported to payroll. Is there a setting for a two-step approval, or is that only in the Business plan? Thanks, Kevin""")
    m(B, "en", "n3", "", "my line manager cc'd, not a request", "Access for new starter",
"""Hi, please set up an account for our new starter Amy Lin (amy.lin@brookfield.co.uk) with the same rights as mine. I've copied my line manager for approval. Thanks, Zoe""")
    m(B, "en", "n4", "", "community manager role; no escalation", "Partnership",
"""Hi team, I'm the community manager at Brightside and we'd love to feature your app in our newsletter. Nothing urgent and nothing to escalate - just reply when you can. Lily""")
    m(B, "en", "n5", "", "company switchboard number, not personal", "Phone number for billing",
"""Hello, what's the best phone number for your billing department? I'd rather call than email about this one. Regards, Neil""")

    # ---------------- de
    m(B, "de", "m1", "M", "möchte den Teamleiter sprechen", "Re: Ticket 4412",
"""Hallo,

bitte verbinden Sie mich mit Ihrem Teamleiter oder jemandem, der das entscheiden kann. Die Antworten Ihrer Kollegen widersprechen sich seit Tagen.

Grüße
Martina Kolb""")
    m(B, "de", "n1", "", "Leitung = Internet line; Geschäftsführer signature", "Leitung gestört",
"""Hallo,

seit heute früh ist unsere Leitung gestört, kein Internet im ganzen Büro. Router blinkt rot. Bitte schicken Sie einen Techniker.

Mit freundlichen Grüßen
Dr. Werner Pohl
Geschäftsführer, Pohl & Partner""")
    m(B, "de", "n2", "", "Abteilungsleiterin hat freigegeben", "Freigabe Bestellung",
"""Guten Tag, unsere Abteilungsleiterin hat die Bestellung der 12 Lizenzen freigegeben. Bitte schicken Sie die Rechnung an buchhaltung@meyer-gmbh.de. Danke, Petra""")
    m(B, "de", "n3", "", "Chefkoch, Restaurant-Kasse", "Kassensystem Küche",
"""Hallo, unser Chefkoch sagt, dass die Bons seit dem Update nicht mehr in der Küche ausgedruckt werden. Können Sie das prüfen? Danke, Restaurant Linde""")

    # ---------------- da
    m(B, "da", "m1", "M", "ønsker at tale med en leder", "Klage",
"""Hej,

jeg har nu ventet i en måned. Jeg ønsker at tale med en leder, ikke endnu en medarbejder der sender mig en standardmail.

Mvh
Per Madsen""")
    m(B, "da", "n1", "", "ledelsen har godkendt", "Opgradering",
"""Hej, ledelsen hos os har godkendt opgraderingen til Pro. Send venligst fakturaen til regnskab@nordhavn.dk. Tak, Lise""")
    m(B, "da", "c1", "C", "Hvor bor du henne / drop off", "tak for hjælpen!",
"""Hej Anne, du reddede min dag! Bor du i nærheden af Aarhus? Så vil jeg gerne give dig en flaske vin som tak, bare giv mig din adresse.

Knus Trine""")

    # ---------------- ro
    m(B, "ro", "m1", "M", "cer să vorbesc cu șeful dumneavoastră", "Reclamatie",
"""Bună ziua, cer să vorbesc cu șeful dumneavoastră. Este inacceptabil să aștept o lună pentru o rambursare. Aștept să fiu contactat de cineva cu putere de decizie.

George Ionescu""")
    m(B, "ro", "n1", "", "director general signature; resp. IT", "Licente suplimentare",
"""Bună ziua, vă rog să ne trimiteți o ofertă pentru 5 licențe suplimentare. Responsabilul nostru IT se va ocupa de instalare.

Cu stimă,
Adrian Radu
Director General""")
    m(B, "ro", "n2", "", "nu e nevoie să escaladați", "Re: problema sincronizare",
"""Mulțumesc, Bianca, acum merge. Nu e nevoie să escaladați, ați fost foarte de ajutor. O zi bună! Irina""")

    # ---------------- pl
    m(B, "pl", "m1", "M", "proszę o kontakt przełożonego", "Re: zgłoszenie 6611",
"""Dzień dobry,

proszę, żeby skontaktował się ze mną przełożony konsultanta. Nie zgadzam się z tą odpowiedzią i chcę, żeby ktoś z kierownictwa to zweryfikował.

Adam Wróbel""")
    m(B, "pl", "n1", "", "szef kuchni; dyrektor signature", "Drukarka w kuchni",
"""Dzień dobry, szef kuchni zgłasza, że zamówienia nie drukują się na drukarce w kuchni od wczoraj. Proszę o pomoc.

Pozdrawiam
Tomasz Mazur
Dyrektor restauracji""")
    m(B, "pl", "c1", "C", "Pana numer komórki żeby dzwonić bezpośrednio", "Serwisant",
"""Dzień dobry Panie Darku, czy mógłby mi Pan podać swój numer komórki? Wolę zadzwonić bezpośrednio do Pana niż przez infolinię, gdyby znowu coś się zepsuło.

Pozdrawiam, Irena""")

    # ---------------- es
    m(B, "es", "m1", "M", "quiero que lo revise un superior", "Reclamación 3321",
"""Buenas,

no estoy de acuerdo con la respuesta. Quiero que mi caso lo revise un superior suyo o alguien de dirección, no el mismo agente otra vez.

Alberto Navarro""")
    m(B, "es", "n1", "", "parte superior de la pantalla (superior = upper)", "Botón desaparecido",
"""Hola, el botón de exportar que estaba en la parte superior de la pantalla ha desaparecido tras la actualización. ¿Dónde está ahora? Gracias, Raquel""")
    m(B, "es", "n2", "", "responsable del tratamiento RGPD", "Solicitud RGPD",
"""Hola, ¿quién es el responsable del tratamiento de mis datos personales y cómo puedo ejercer mi derecho de acceso? Gracias, Elena Sanz""")
    m(B, "es", "n3", "", "mi encargado aprobó; jefe de obra", "Pedido nuevo",
"""Hola, mi encargado ya aprobó el pedido. El jefe de obra necesita las licencias activas para el lunes. Saludos, Óscar""")

    # ---------------- fr
    m(B, "fr", "m1", "M", "je veux que votre supérieur me rappelle", "Re: dossier 9812",
"""Bonjour,

je souhaite que votre supérieur me rappelle aujourd'hui. J'ai eu trois conseillers différents et trois réponses différentes.

Jean-Marc Dubois""")
    m(B, "fr", "n1", "", "responsable du traitement RGPD", "Demande RGPD",
"""Bonjour, pourriez-vous m'indiquer qui est le responsable du traitement de mes données et quelles données personnelles vous conservez ? Merci, Chantal Morel""")
    m(B, "fr", "n2", "", "notre chef cuisinier / directeur technique", "Imprimante cuisine",
"""Bonjour, notre chef signale que les tickets ne sortent plus à l'imprimante de la cuisine. Notre directeur technique a déjà redémarré le serveur. Merci, Restaurant Le Galet""")
    m(B, "fr", "c1", "C", "êtes-vous sur LinkedIn / rester en contact", "Merci !",
"""Bonjour Inès, merci infiniment pour votre aide. Je peux vous ajouter sur LinkedIn ? J'aimerais rester en contact avec vous en dehors du support.

Cordialement,
Paul Girard""")

    # ---------------- nl
    m(B, "nl", "m1", "M", "ik wil een manager spreken", "Klacht - weer verkeerd",
"""Hallo, ik wil nu een manager spreken. Dit is de derde keer dat mijn bestelling fout gaat en niemand neemt verantwoordelijkheid. Mvg, Peter Jansen""")
    m(B, "nl", "n1", "", "directie heeft goedgekeurd; leidinggevende rechten in app", "Rechten teamleiders",
"""Hallo, onze directie heeft besloten dat teamleiders in de app de roosters van hun team moeten kunnen aanpassen. Hoe geef ik hen die rechten? Groet, Anouk""")
    m(B, "nl", "c1", "C", "waar woon je / afspreken", "haha bedankt",
"""Hey Tim, top geholpen! Woon jij toevallig ook in Utrecht? Zullen we een keer een biertje doen, stuur me je nummer even.

Jelle""")

    # ---------------- sv
    m(B, "sv", "m1", "M", "vill att en överordnad ringer", "Re: ärende 3310",
"""Hej,

jag vill att en överordnad ringer upp mig idag. Era svar hänger inte ihop och jag har tröttnat.

Mikael Holm""")
    m(B, "sv", "n1", "", "chef = cook? no: ekonomichefen godkände; VD signature", "Beställning",
"""Hej, vår ekonomichef har godkänt beställningen av 8 licenser. Fakturan skickas till ekonomi@stenbacka.se.

Hälsningar
Ulrika Stenbacka
VD, Stenbacka AB""")
    m(B, "sv", "c1", "C", "privat Instagram / Snap", "Hej Elin",
"""Hej Elin! Du var så himla trevlig i telefon. Har du Instagram eller snap? Kan jag få ditt användarnamn?

/Johanna""")

    # ---------------- it
    m(B, "it", "m1", "M", "mi passi un suo superiore", "Ennesimo disservizio",
"""Buongiorno, mi passi un suo superiore per favore, oppure fatemi richiamare dal responsabile. Non è accettabile aspettare due settimane per una risposta.

Roberto Conti""")
    m(B, "it", "n1", "", "qualità superiore; capo progetto", "Offerta piano Pro",
"""Buongiorno, il nostro capo progetto vorrebbe sapere se il piano Pro offre una qualità video superiore rispetto al Basic. Grazie, Elisa""")
    m(B, "it", "n2", "", "responsabile del trattamento GDPR", "Richiesta dati GDPR",
"""Buongiorno, chi è il responsabile del trattamento dei miei dati? Vorrei sapere quali dati personali conservate su di me. Cordiali saluti, Laura Villa""")

    # ---------------- pt
    m(B, "pt", "m1", "M", "quero que o caso suba para a gerência", "Reclamação 7781",
"""Boa tarde, quero que este caso seja encaminhado à gerência. Já falei com três atendentes e ninguém resolve a cobrança em duplicado.

Patrícia Lopes""")
    m(B, "pt", "n1", "", "gerente da agência bancária; parte superior", "Pagamento recusado",
"""Olá, o gerente do meu banco disse que o pagamento foi autorizado, mas no vosso site aparece recusado no canto superior. Podem verificar? Obrigado, Hugo""")
    m(B, "pt", "n2", "", "diretor financeiro aprovou", "Renovação",
"""Bom dia, o nosso diretor financeiro aprovou a renovação anual. Podem enviar a fatura? Obrigada, Sofia Martins""")
    m(B, "pt", "c1", "C", "e-mail pessoal do consultor", "Obrigado Diogo",
"""Olá Diogo, obrigado por tudo! Tens um e-mail pessoal? Queria falar contigo sobre um projeto meu, fora do trabalho.

Abraço, Rui""")
