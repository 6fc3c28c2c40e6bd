"""devset11 freebie-contact-manager, batch 2 (written after b1 tuning; measured before tuning on it)."""
B = "b2"

def add(m):
    # ---------------- en
    m(B, "en", "f3", "F", "gesture of goodwill would be appropriate after double charge mess", "Re: Invoice INV-20931",
"""Hi Priya,

Thanks for finally fixing the invoice. That said, we lost half a day of work chasing this and our finance team is not amused. I think some kind of gesture of goodwill on your side would be appropriate here, a credit on the next bill or similar.

Best,
Henrik Dahl
Finance Lead

On Mon, 23 Nov 2026 at 14:02, Support <support@example.com> wrote:
> Hi Henrik, the corrected invoice is attached.""")
    m(B, "en", "f4", "F", "upgrade us free of charge, cancel otherwise", "cancellation?",
"""hey, honestly thinking of cancelling. the basic plan is too limited and you keep pushing the pro plan at us. tell you what, bump us up to pro for the rest of the year at the same price and we'll stay. otherwise we're out""")
    m(B, "en", "p3", "P", "add me on LinkedIn, stay in touch", "Thanks for the onboarding",
"""Hi Ben,

That was a really helpful onboarding session, thank you! Would you mind if I added you on LinkedIn? Would be great to stay connected, and I might ping you there with the odd question.

Kind regards,
Natalie Fry""")
    m(B, "en", "p4", "P", "cell of the tech who came yesterday", "technician visit",
"""The tech who came out yesterday (Dev I think?) said he'd come back Thursday. Can you send me his cell so I can confirm the time with him myself?""")
    m(B, "en", "m3", "M", "escalate to management, want this looked at by someone higher up", "Still broken after 3 weeks",
"""I want this escalated to management. Three weeks, six emails, no fix. Please have someone higher up look at ticket 55120 and get back to me.

-- 
Carl Jennings
Jennings Plumbing""")
    m(B, "en", "n5", "", "account manager mention, not a request", "Quote for 40 seats",
"""Hi, our account manager Lisa mentioned you could prepare a quote for 40 seats on the annual plan. Could you send it to me? Thanks, Omar""")
    m(B, "en", "n6", "", "my supervisor asked me to get the invoice copy", "Invoice copy",
"""Hello, my supervisor asked me to get a copy of the October invoice with our new company address on it. Could you resend it please? Thank you, Eileen""")
    m(B, "en", "n7", "", "update my own mobile number", "Phone number change",
"""Hi, I've got a new mobile so please update the number on my profile to 07700 900123 and send the 2FA codes there from now on. Cheers, Mike""")
    m(B, "en", "n8", "", "is the v5 upgrade included for existing customers (question)", "v5",
"""Hello, is the upgrade to version 5 included in our current subscription or is there an extra charge? We're on the Standard plan. Regards, Hannah""")
    m(B, "en", "n9", "", "manager role permissions in the app", "Manager role",
"""How do I give my store supervisors the manager role in the app so they can approve shift swaps? I can't find it under Users.""")

    # ---------------- de
    m(B, "de", "f3", "F", "hätte gerne eine kleine Entschädigung", "Lieferverzug Export",
"""Hallo Support-Team,

drei Wochen hat es gedauert, bis der Export wieder lief. Für den Aufwand, den wir dadurch hatten, hätte ich gerne eine kleine Entschädigung, zum Beispiel einen Monat auf Ihre Kosten.

Beste Grüße
Lukas Brandt""")
    m(B, "de", "p2", "P", "private E-Mail des Beraters, außerhalb Ticketsystem", "Herr Vogel",
"""Guten Tag,

Herr Vogel hat uns letzte Woche sehr gut beraten. Könnten Sie mir seine persönliche E-Mail-Adresse weiterleiten? Wir würden die restlichen Fragen gerne direkt mit ihm klären, ohne jedes Mal ein neues Ticket aufzumachen.

Freundliche Grüße
Anja Seidel""")
    m(B, "de", "m2", "M", "an die Teamleitung weiterleiten", "Beschwerde Ticket 33091",
"""Bitte leiten Sie meine Beschwerde an die Teamleitung weiter. So kann das nicht weitergehen.

Mfg
R. Keller""")
    m(B, "de", "n3", "", "mein Chef hat gesagt, Angebot", "Angebot",
"""Hallo, mein Chef möchte ein Angebot für zehn weitere Lizenzen. Können Sie mir das bis Freitag schicken? Gruß, Tim""")
    m(B, "de", "n4", "", "Rechnungsadresse/Postanschrift der Firma", "Anschrift für Rechnungen",
"""Sehr geehrte Damen und Herren, wie lautet Ihre Postanschrift für schriftliche Rückfragen zu Rechnungen? Auf der Rechnung steht nur ein Postfach. MfG, Buchhaltung Weber GmbH""")
    m(B, "de", "n5", "", "Gutschrift erhalten, danke", "Re: Gutschrift",
"""Hallo Frau Peters, die Gutschrift ist heute auf unserem Konto angekommen. Vielen Dank für die schnelle Bearbeitung! Gruß, Hans Meier""")

    # ---------------- da
    m(B, "da", "f2", "F", "forventer en måned gratis", "Nedbrud igen",
"""Hej

Det er tredje gang på en måned, at systemet er nede i arbejdstiden. Jeg synes ærligt talt, at I skylder os noget, og jeg forventer som minimum at slippe for at betale for december.

Mvh
Karina Holm""")
    m(B, "da", "p2", "P", "kan vi skrive på Messenger i stedet", "Tak Jonas",
"""Hej Jonas, tak for i dag! Kan vi ikke bare skrive sammen på Messenger fremover i stedet for via supporten? Jeg har fundet dig derinde. /Mette""")
    m(B, "da", "m2", "M", "sagen videre til en overordnet", "Sag 20113",
"""Hej, jeg vil bede om, at min sag bliver sendt videre til en overordnet. Jeg har nu fået tre forskellige svar fra tre forskellige medarbejdere.

Med venlig hilsen
Ole Frandsen""")
    m(B, "da", "n3", "", "min chef har bedt mig om faktura", "Faktura",
"""Hej, min chef har bedt mig om at få en kopi af fakturaen for oktober. Kan I sende den? Tak, Louise""")
    m(B, "da", "n4", "", "prisspørgsmål: hvad koster business", "Pris",
"""Hej, hvad koster Business-abonnementet om året for 15 brugere, og får man rabat ved årlig betaling? Mvh Søren""")

    # ---------------- ro
    m(B, "ro", "f2", "F", "vreau o reducere la reînnoire", "Reînnoire contract",
"""Bună ziua,

Având în vedere problemele din ultimele două luni, la reînnoire vreau o reducere serioasă, altfel ne mutăm la altă firmă. Sper să înțelegeți.

Cu stimă,
Cristina Dobre""")
    m(B, "ro", "p2", "P", "numărul dvs personal de mobil", "Ajutor",
"""Buna ziua domnule Radu, imi puteti lasa numarul dumneavoastra personal de mobil? As vrea sa va sun direct cand mai am probleme, nu prin tichete. Multumesc, Gabriel""")
    m(B, "ro", "m2", "M", "discut cu managerul", "Nemulțumire",
"""Doresc să discut cu managerul departamentului de suport. Am fost plimbat de la un operator la altul o săptămână.""")
    m(B, "ro", "n3", "", "sunt managerul magazinului, adaug utilizatori", "Utilizatori noi",
"""Salut, sunt managerul magazinului din Cluj și vreau să adaug doi angajați noi în aplicație. Cum fac? Mersi, Vlad""")
    m(B, "ro", "n4", "", "adresa firmei pentru facturi", "Adresa",
"""Bună ziua, care este adresa sediului social al firmei voastre? Ne trebuie pentru facturi. Mulțumesc""")

    # ---------------- pl
    m(B, "pl", "f2", "F", "oczekuję rabatu na kolejny rok", "Przedłużenie umowy",
"""Dzień dobry,

biorąc pod uwagę wszystkie problemy z synchronizacją w tym roku, przy przedłużeniu umowy oczekuję wyraźnego rabatu. Inaczej będziemy szukać innego dostawcy.

Pozdrawiam
Katarzyna Zielińska""")
    m(B, "pl", "p2", "P", "spotkanie prywatnie na kawę", "Podziękowanie",
"""Panie Michale, bardzo dziękuję za pomoc przy wdrożeniu! Może da się Pan zaprosić na kawę, jak będę w Krakowie? Chętnie pogadam już poza pracą. Pozdrawiam, Ewa""")
    m(B, "pl", "m2", "M", "chcę rozmawiać z kierownikiem", "Skarga",
"""Chcę rozmawiać z kierownikiem działu obsługi klienta. Natychmiast.""")
    m(B, "pl", "n3", "", "kierownik projektu po naszej stronie", "Wdrożenie",
"""Dzień dobry, kierownikiem projektu po naszej stronie jest p. Nowak, proszę kierować do niego pytania dotyczące wdrożenia. Pozdrawiam, Jan""")
    m(B, "pl", "n4", "", "zwrot pieniędzy za podwójną płatność", "Zwrot",
"""Dzień dobry, zapłaciłem dwa razy za listopad. Proszę o zwrot jednej płatności na konto. Dziękuję, Piotr""")

    # ---------------- es
    m(B, "es", "f2", "F", "algún descuento por las molestias", "Facturas duplicadas",
"""Buenas,

Después del lío con las facturas duplicadas, ¿nos podéis hacer algún descuento por las molestias? Creo que es lo mínimo después de perder una mañana entera con esto.

Gracias,
Nuria""")
    m(B, "es", "p2", "P", "seguimos por WhatsApp, mándame tu número", "Re: Configuración",
"""Hola Pablo, gracias! Oye, ¿por qué no seguimos por WhatsApp? Mándame tu número y te escribo, es mucho más rápido que esto de los tickets.

Enviado desde mi móvil""")
    m(B, "es", "m2", "M", "que me atienda un supervisor", "Reclamación",
"""Buenas tardes, quiero que me atienda un supervisor. El trato que he recibido ha sido pésimo. Quedo a la espera.""")
    m(B, "es", "n3", "", "escalado por mi jefe internamente", "Estado de la incidencia",
"""Hola, mi jefe ya lo ha escalado internamente, solo necesito saber el estado de la incidencia 4412 para informarle. Gracias, Laura""")
    m(B, "es", "n4", "", "no hace falta un supervisor, muy amable", "Re: Solucionado",
"""Muchas gracias, no hace falta que lo paséis a ningún supervisor, ya está todo solucionado. Habéis sido muy amables. Un saludo""")

    # ---------------- fr
    m(B, "fr", "f2", "F", "un mois gratuit sinon je résilie", "Résiliation",
"""Bonjour,

Après deux semaines sans pouvoir exporter mes factures, je veux au moins un mois gratuit. Sinon je résilie à la fin du mois, c'est aussi simple que ça.

Marc Delorme""", fmt="html")
    m(B, "fr", "p2", "P", "continuer sur WhatsApp, son numéro perso", "Merci Inès",
"""Bonjour Inès, merci beaucoup pour votre aide ! Est-ce que je pourrais avoir votre numéro perso ? On continuerait sur WhatsApp, ce serait plus simple pour moi que les tickets. Bonne journée, Nadia""")
    m(B, "fr", "m2", "M", "parler à votre chef", "Inadmissible",
"""Je veux parler à votre chef. Tout de suite. Ça fait trois fois que je répète la même chose.""")
    m(B, "fr", "n3", "", "la direction nous demande un devis", "Devis",
"""Bonjour, notre direction nous demande un devis pour passer à l'offre Entreprise. Pouvez-vous nous l'envoyer ? Cordialement, Julie""")
    m(B, "fr", "n4", "", "code promo newsletter", "Code promo",
"""Bonjour, j'ai reçu un code promo dans votre newsletter de novembre. Est-il valable aussi pour un abonnement annuel ? Merci""")

    # ---------------- nl
    m(B, "nl", "f2", "F", "compensatie in de vorm van korting", "Storing vorige week",
"""Goedemiddag,

Door de storing vorige week konden onze monteurs twee dagen hun werkbonnen niet invullen. Ik zou graag zien dat jullie daar iets tegenover stellen, bijvoorbeeld korting op de volgende factuur.

Met vriendelijke groet,
Peter Smit""")
    m(B, "nl", "p2", "P", "persoonlijk verder zonder helpdesk", "Verder",
"""Hoi Sanne, zullen we dit gewoon even samen buiten de helpdesk om regelen? Stuur me je mailadres, dan mail ik je direct. Groet, Koen""")
    m(B, "nl", "m2", "M", "je leidinggevende spreken", "Klacht",
"""Ik wil je leidinggevende spreken. Ik word nu al weken van het kastje naar de muur gestuurd.""")
    m(B, "nl", "n3", "", "ik ben de teamleider, extra gebruiker", "Gebruikers",
"""Hallo, ik ben teamleider bij de thuiszorg in Zwolle en wil drie nieuwe collega's toevoegen. Kan dat zelf of moet dat via jullie? Groet, Anouk""")
    m(B, "nl", "n4", "", "wat is het algemene telefoonnummer", "Telefoon",
"""Goedemorgen, wat is het algemene telefoonnummer van jullie kantoor? Ik wil graag even bellen over onze factuur. Groet, Henk""")

    # ---------------- sv
    m(B, "sv", "f2", "F", "rabatt som plåster, vill ha avdrag", "Faktura november",
"""Hej,

Vi har inte kunnat använda tidrapporteringen på tio dagar i november. Jag tycker det är rimligt att ni drar av motsvarande summa på nästa faktura.

Vänliga hälsningar
Annika Ström""")
    m(B, "sv", "p2", "P", "ditt nummer så ringer jag", "Tack Erik",
"""Hej Erik, tack för hjälpen idag! Skicka gärna ditt eget mobilnummer så ringer jag dig direkt nästa gång istället för att vänta i telefonkön. /Lars""")
    m(B, "sv", "m2", "M", "lyfta ärendet till en chef", "Ärende 7789",
"""Jag vill att mitt ärende lyfts till någon högre upp, gärna en chef. Det här har pågått alldeles för länge.

Mvh
Gunilla Ek""")
    m(B, "sv", "n3", "", "behöver ingen chef, tack", "Re: Löst",
"""Nej då, ingen anledning att blanda in någon chef. Du har varit jättehjälpsam och allt funkar nu. Tack! /Maja""")
    m(B, "sv", "n4", "", "free trial, what happens after", "Provperiod",
"""Hej, er gratis provperiod går ut på fredag. Vad händer med våra data om vi inte betalar direkt? Mvh Peter""")

    # ---------------- it
    m(B, "it", "f2", "F", "pretendo uno sconto sul rinnovo", "Rinnovo",
"""Buongiorno,

con tutti i problemi che abbiamo avuto quest'anno, al rinnovo pretendo uno sconto. Altrimenti passiamo alla concorrenza.

Saluti
Davide Ferri""")
    m(B, "it", "p2", "P", "ci vediamo per un caffè, instagram", "Grazie Giulia",
"""Ciao Giulia, sei stata gentilissima! Hai Instagram? Se passi da Bologna ti offro un caffè volentieri :) Francesco""")
    m(B, "it", "m2", "M", "voglio parlare con il responsabile", "Reclamo formale",
"""Voglio parlare con il responsabile dell'assistenza. Non è possibile aspettare tre settimane per una risposta.""")
    m(B, "it", "n3", "", "il mio responsabile ha già escalato internamente", "Stato pratica",
"""Buongiorno, il mio responsabile ha già segnalato la cosa internamente, vorrei solo sapere a che punto è la pratica. Grazie, Marta""")
    m(B, "it", "n4", "", "numero di telefono generale dell'azienda", "Telefono",
"""Salve, qual è il numero di telefono della vostra sede? Devo chiamare l'amministrazione per una fattura. Grazie""")

    # ---------------- pt
    m(B, "pt", "f2", "F", "desconto ou cancelo", "Renovação",
"""Bom dia,

Depois de tantos problemas este ano, só renovo se me fizerem um bom desconto. Caso contrário vou cancelar.

Cumprimentos,
Ana Ferreira""")
    m(B, "pt", "p2", "P", "passa o teu número pessoal", "Obrigado João",
"""Olá João, obrigado pela paciência! Passas-me o teu número pessoal? Assim ligo-te diretamente da próxima vez em vez de abrir um pedido. Abraço, Miguel""")
    m(B, "pt", "m2", "M", "falar com um supervisor", "Reclamação",
"""Quero falar com um supervisor, por favor. Já é a terceira vez que explico o problema.""")
    m(B, "pt", "n3", "", "gerente da nossa conta = admin interno", "Acesso",
"""Olá, o gerente da nossa conta (o nosso administrador interno) saiu da empresa. Como posso passar a ser eu o administrador? Obrigado, Rui""")
    m(B, "pt", "n4", "", "reembolso duplicado", "Reembolso",
"""Olá, fui cobrada duas vezes em novembro. Peço o reembolso de uma das cobranças. Obrigada, Carla""")
