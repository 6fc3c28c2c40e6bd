"""devset11 freebie-contact-manager, batch 1 (measured before any tuning on it)."""
B = "b1"

def add(m):
    # ---------------- en
    m(B, "en", "f1", "F", "retention: what are you prepared to offer to keep us", "Renewal - not happy",
"""Hi,

Third outage this month and our renewal is due in December. We've been on the Business plan for four years now. Honestly I think you owe us something here, so what are you prepared to offer to keep us? Otherwise we'll be moving to a competitor at renewal, we already had a demo.

Regards,
Tom Hadley
Operations | Hadley Logistics Ltd""")
    m(B, "en", "f2", "F", "throw in the premium plan at no extra cost as condition", "re: price increase",
"""ok so the price goes up 20% from january?? fine, but then throw in the premium reporting add-on for nothing, that seems fair given the hassle we had with the migration. otherwise I'm not signing

Sent from my iPhone""")
    m(B, "en", "p1", "P", "asks agent for her mobile to text her instead of tickets", "Thank you!!",
"""Hi Kayleigh,

thanks so much for sorting out the import yesterday, you're a lifesaver. Is there any chance you could send me your mobile? It would be so much easier to just text you when something comes up rather than going through the ticket system every single time :)

Cheers,
Donna""")
    m(B, "en", "p2", "P", "wants direct number of the agent who helped, HTML", "Agent who helped me on Friday",
"""Hello,

On Friday a guy called Marcus helped me over the phone with our payroll export. Could you give me the direct number of the agent who helped me? I'd rather deal with him personally than explain everything again to someone new.

Thanks
Peter Novak""", fmt="html")
    m(B, "en", "m1", "M", "pass to someone with more authority / team lead", "RE: Ticket #48213",
"""This is the fourth time I'm explaining the same thing. Please pass this to someone with more authority, a team lead or whoever can actually make a decision here.

J. Whitfield

-----Original Message-----
From: Support
Sent: Monday
Subject: Ticket #48213
> Thank you for your patience. Could you please clear your cache and try again?""")
    m(B, "en", "m2", "M", "let me speak with whoever is in charge", "complaint",
"""I've had enough of being passed around. Let me speak to whoever is in charge of customer support there, today please.""")
    m(B, "en", "n1", "", "price of premium plan annual", "Premium pricing",
"""Quick question: what's the price of the Premium plan if we pay annually? Is it still 29 per user per month? And does it include the reporting add-on? Thanks, Alisha""")
    m(B, "en", "n2", "", "I am the office manager, add receptionists", "New users",
"""Hello, I'm the office manager here at Brightwater Dental and I need to add two new receptionists to our account starting Monday. Can you tell me where I do that? Many thanks, Gemma Lowe, Office Manager""")
    m(B, "en", "n3", "", "company postal address for invoices", "Postal address",
"""Hi there, our accounts department needs your company's postal address and VAT number for the invoices, we have to send a paper remittance. Could you send that over? Thanks, Raj""")
    m(B, "en", "n4", "", "don't need a manager, you've been great", "Re: sync issue",
"""No need to get a manager involved, honestly, you've been great and the sync works again. Thanks a lot Sam!

Best, Olivia""")

    # ---------------- de
    m(B, "de", "f1", "F", "was können Sie uns anbieten damit wir bleiben, ein paar Monate gratis", "Kündigung in Erwägung",
"""Guten Tag,

wir überlegen ernsthaft zu kündigen, nachdem die Synchronisation seit Wochen hakt. Was können Sie uns anbieten, damit wir bleiben? Ein paar Monate ohne Kosten oder das Premium-Paket zum Preis vom Basistarif wären zumindest ein Anfang.

Mit freundlichen Grüßen
Sabine Krüger
Krüger Immobilien GmbH""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "f2", "F", "Entgegenkommen erwarten, November nicht berechnen", "Ausfall letzte Woche",
"""Hallo,

nach dem dreitägigen Ausfall letzte Woche finde ich, dass Sie uns den November nicht voll berechnen sollten. Ein Entgegenkommen Ihrerseits wäre hier angebracht.

Gruß, Jens Albrecht""")
    m(B, "de", "p1", "P", "private Handynummer der Mitarbeiterin", "Danke!",
"""Liebe Frau Schneider,

vielen Dank für Ihre Geduld am Telefon gestern! Könnten Sie mir vielleicht Ihre private Handynummer geben? Dann könnte ich Sie direkt anrufen, wenn wieder etwas ist, das Ticketsystem ist mir ehrlich gesagt zu umständlich.

Herzliche Grüße
Elfriede Maurer""")
    m(B, "de", "m1", "M", "Vorgesetzten sprechen", "Beschwerde",
"""Ich möchte bitte mit Ihrem Vorgesetzten sprechen. Ihr Kollege hat mir jetzt dreimal etwas anderes erzählt und ich bin es leid.

K. Hoffmann""")
    m(B, "de", "n1", "", "Manager unseres Kontos = eigener Admin", "Passwort Admin",
"""Sehr geehrte Damen und Herren,

der Manager unseres Kontos (unser eigener Admin, Herr Kurz) ist bis Ende des Monats im Urlaub. Wie kann ich als seine Vertretung das Admin-Passwort zurücksetzen lassen?

Mit freundlichen Grüßen
Petra Lang""")
    m(B, "de", "n2", "", "Erstattung Doppelbuchung", "Doppelte Abbuchung",
"""Hallo, Sie haben im Oktober zweimal 49 € abgebucht. Bitte erstatten Sie mir den doppelten Betrag zurück. Danke, M. Yilmaz""")

    # ---------------- da
    m(B, "da", "f1", "F", "prisstigning: gammel pris eller premium med oveni", "Prisstigning",
"""Hej

Vi har været kunder hos jer i seks år, og nu hæver I prisen med 30 %. Hvis vi skal blive, så må I give os den gamle pris eller smide premium-modulet med oveni uden at vi skal betale ekstra.

Mvh
Niels Østergaard""")
    m(B, "da", "p1", "P", "privat nummer til sms", "Tak for hjælpen",
"""Hej Mikkel, tusind tak for hjælpen i går. Må jeg få dit private nummer, så jeg kan skrive en sms til dig næste gang? Det går meget hurtigere end jeres support. Hilsen Birgitte""")
    m(B, "da", "m1", "M", "tale med en chef / leder", "Klage",
"""Jeg vil gerne tale med en chef eller en leder hos jer. Det her er simpelthen ikke godt nok, jeg har ventet i tre uger.

Venlig hilsen
Poul Madsen""", fmt="qp", charset="iso-8859-1")
    m(B, "da", "n1", "", "general phone number of head office", "Telefonnummer",
"""Hej, hvad er jeres telefonnummer til hovedkontoret? Jeg kan ikke finde det på hjemmesiden. Mvh Lene""")
    m(B, "da", "n2", "", "don't need a boss, you were great", "Re: Fakturaer",
"""Hej Sofie

Jeg behøver ikke at tale med en chef, du har været fantastisk og alt virker nu. Tak for hjælpen!

Mvh Anders

> Hej Anders, hvis du ønsker det, kan jeg sende sagen videre til min teamleder.""")

    # ---------------- ro
    m(B, "ro", "f1", "F", "ce ne oferiți pentru neplăceri", "Platforma picată",
"""Bună ziua,

Ne-ați blocat vânzările trei zile la rând. Ce ne oferiți pentru toate neplăcerile create? Nu cred că e normal să plătim abonamentul întreg luna asta.

Cu stimă,
Andrei Popescu""")
    m(B, "ro", "p1", "P", "numărul direct / WhatsApp al doamnei Ionescu", "Mulțumiri",
"""Bună ziua, doamna Ionescu m-a ajutat foarte mult ieri cu configurarea. Îmi puteți da numărul ei direct sau de WhatsApp? Aș prefera să vorbesc direct cu ea data viitoare. Mulțumesc, Elena""")
    m(B, "ro", "m1", "M", "vreau să vorbesc cu un superior", "Reclamatie",
"""Vreau sa vorbesc cu un superior. Nu mai accept raspunsuri copiate, e a patra oara cand scriu.""")
    m(B, "ro", "n1", "", "newsletter promo code where to enter", "Cod promoțional",
"""Salut, am primit codul promoțional din newsletter-ul vostru, dar nu găsesc unde să-l introduc la plată. Mersi, Ioana""")
    m(B, "ro", "n2", "", "boss already escalated internally, status only", "Status tichet 7781",
"""Bună ziua, șeful meu a escaladat deja problema intern, vă rog doar să-mi spuneți care este statusul tichetului 7781. Mulțumesc, Mihai""")

    # ---------------- pl
    m(B, "pl", "f1", "F", "co nam zaproponujecie w zamian, miesiąc bez opłat", "Awaria 12.11",
"""Dzień dobry,

przez Państwa awarię straciliśmy cały dzień sprzedaży. Co zamierzają Państwo nam zaproponować w zamian? Uważam, że przynajmniej jeden miesiąc bez opłat byłby na miejscu.

Z poważaniem
Tomasz Wiśniewski""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "p1", "P", "prywatny numer albo WhatsApp konsultantki", "Pani Kasia",
"""Pani Kasiu, czy mogłaby mi Pani podać swój prywatny numer? Albo niech Pani napisze do mnie na WhatsAppie, wolę załatwiać to bezpośrednio z Panią, a nie przez helpdesk. Pozdrawiam, Grażyna""")
    m(B, "pl", "m1", "M", "przekazanie sprawy do przełożonego", "Zgłoszenie 5521",
"""Proszę o przekazanie sprawy do przełożonego. Rozmawiam już z trzecim konsultantem i nikt nic nie wie.

Marek""")
    m(B, "pl", "n1", "", "price of premium for 10 users, trial?", "Cennik",
"""Dzień dobry, ile kosztuje plan Premium przy 10 użytkownikach? I czy jest jakiś okres próbny? Dziękuję, Agnieszka""")
    m(B, "pl", "n2", "", "company correspondence address for invoices", "Adres do faktur",
"""Dzień dobry, proszę o podanie adresu korespondencyjnego firmy, na który mamy wysyłać faktury korygujące. Pozdrawiam, Dział księgowości""")

    # ---------------- es
    m(B, "es", "f1", "F", "qué nos vais a dar, subir a premium sin coste", "Otra caída más",
"""Hola,

Llevamos cinco años con vosotros y esta es la tercera caída del mes. ¿Qué nos vais a dar por todo esto? Como mínimo que nos paséis al plan Premium sin pagar nada hasta final de año.

Un saludo,
Javier Ortega""")
    m(B, "es", "p1", "P", "Instagram/LinkedIn of agent, coffee", "Gracias Lucía",
"""Hola Lucía, me ayudaste muchísimo la semana pasada con lo de las facturas. ¿Me pasas tu Instagram o tu LinkedIn? Me gustaría seguir en contacto contigo fuera del trabajo, igual un día podemos tomar un café.

Saludos, Álvaro""")
    m(B, "es", "m1", "M", "hablar con un responsable, escalar", "Incidencia sin resolver",
"""Quiero hablar con un responsable. Exijo que mi caso se escale ya, llevo dos semanas sin respuesta.""")
    m(B, "es", "n1", "", "your free trial, price afterwards", "Prueba gratuita",
"""Hola, vuestra prueba gratuita de 14 días me ha gustado mucho. ¿Cuánto cuesta después el plan básico para dos usuarios? Gracias""")
    m(B, "es", "n2", "", "responsable de nuestra cuenta = admin interno", "Cambiar forma de pago",
"""Buenos días, el responsable de nuestra cuenta (nuestro administrador interno) está de baja. ¿Cómo puedo cambiar yo la forma de pago? Gracias, Marta""")

    # ---------------- fr
    m(B, "fr", "f1", "F", "geste commercial s'impose, pas plein tarif", "Coupures répétées",
"""Bonjour,

Suite aux coupures répétées de ces dernières semaines, j'estime qu'un geste commercial s'impose. Je ne compte pas payer plein tarif pour un service qui ne marche que la moitié du temps.

Cordialement,
Sylvie Garnier""", fmt="qp", charset="iso-8859-1")
    m(B, "fr", "p1", "P", "numéro direct du conseiller", "Conseiller Julien",
"""Bonjour, pourriez-vous me donner le numéro direct du conseiller qui m'a aidé mardi (Julien je crois) ? Je préfère l'appeler lui directement plutôt que de repasser par la hotline. Merci""")
    m(B, "fr", "m1", "M", "transmise à un responsable hiérarchique", "Réclamation dossier 3321",
"""Madame, Monsieur,

Je souhaite que ma réclamation soit transmise à un responsable hiérarchique, les réponses reçues jusqu'ici ne sont pas acceptables.

Bien à vous,
Hervé Lambert""")
    m(B, "fr", "n1", "", "refund request for March", "Remboursement mars",
"""Bonjour, j'ai résilié mon abonnement en février mais vous m'avez prélevé en mars. Je souhaite être remboursé de cette facture. Merci d'avance, Claire""")
    m(B, "fr", "n2", "", "general switchboard phone number", "Téléphone",
"""Bonjour, quel est le numéro de téléphone de votre standard ? Je voudrais appeler le service client plutôt que d'écrire. Merci""")

    # ---------------- nl
    m(B, "nl", "f1", "F", "vind dat jullie iets mogen aanbieden, maanden gratis of upgrade", "Koppeling",
"""Hallo,

Na twee weken gedoe met de koppeling vind ik dat jullie ons wel iets mogen aanbieden. Een paar maanden niet betalen of een upgrade naar Pro lijkt me niet te veel gevraagd.

Groet,
Bas de Groot""")
    m(B, "nl", "p1", "P", "06-nummer om te appen", "Top geholpen",
"""Hoi Daan, top geholpen! Mag ik je 06-nummer? Dan app ik je gewoon als er weer iets is, scheelt een hoop tijd. Groetjes Ilse""")
    m(B, "nl", "m1", "M", "escaleren naar een leidinggevende", "Ticket 88120",
"""Ik wil dit graag escaleren naar een leidinggevende. Dit loopt nu al drie weken en er gebeurt niets.

Met vriendelijke groet,
R. Bakker""")
    m(B, "nl", "n1", "", "geen manager nodig, super geholpen", "Re: export",
"""Ik heb geen manager nodig hoor, je hebt me super geholpen. Bedankt! Groet, Wim""")
    m(B, "nl", "n2", "", "newsletter discount code doesn't work", "Kortingscode werkt niet",
"""Hallo, ik kreeg in jullie nieuwsbrief een kortingscode, maar bij het afrekenen zegt hij dat de code ongeldig is. Kunnen jullie even kijken? Bedankt, Fenna""")

    # ---------------- sv
    m(B, "sv", "f1", "F", "förväntar mig att ni bjuder på december", "Driftstopp",
"""Hej,

Vi har betalat för en tjänst som inte fungerat på en vecka. Jag förväntar mig att ni bjuder på december, annars säger vi upp avtalet.

Mvh
Johan Berg""")
    m(B, "sv", "p1", "P", "privata mejladress", "Tack Sara",
"""Hej Sara! Kan du skicka din privata mejladress? Jag vill hellre mejla dig direkt än via er supportportal, den är så seg. /Karin""")
    m(B, "sv", "m1", "M", "prata med din chef", "Missnöjd",
"""Kan jag få prata med din chef? Jag är inte nöjd med hur det här har hanterats.""")
    m(B, "sv", "n1", "", "chef already escalated internally", "Faktura",
"""Hej, min chef har redan eskalerat ärendet internt hos oss, jag vill bara veta när den nya fakturan kommer. Tack, Lina""")
    m(B, "sv", "n2", "", "company postal address for invoices", "Postadress",
"""Hej! Vilken är er postadress för fakturor? Vår ekonomiavdelning behöver den till leverantörsregistret. Mvh Oskar""")

    # ---------------- it
    m(B, "it", "f1", "F", "mi aspetto che ci regaliate il premium", "Disagi",
"""Buongiorno,

dopo tutti i disagi di questo mese mi aspetto almeno che ci regaliate il passaggio al piano Premium. Siamo vostri clienti dal 2019.

Saluti
Francesca Russo""")
    m(B, "it", "p1", "P", "numero personale per chiamare senza ticket", "Grazie Marco",
"""Ciao Marco, grazie mille per ieri! Mi lasci il tuo numero personale? Così la prossima volta ti chiamo direttamente senza aprire un ticket. Ciao, Stefano""")
    m(B, "it", "m1", "M", "parlare con un suo superiore / responsabile", "Reclamo",
"""Buongiorno, vorrei parlare con un suo superiore o con il responsabile del servizio clienti. Grazie.""")
    m(B, "it", "n1", "", "rimborso annuale entro 14 giorni", "Rimborso",
"""Buongiorno, vorrei il rimborso dell'abbonamento annuale, ho disdetto entro i 14 giorni previsti. Cordiali saluti, Paolo Conti""")
    m(B, "it", "n2", "", "I am the office manager", "Nuovi utenti",
"""Salve, sono la office manager dello studio Bianchi e vorrei aggiungere due utenti al nostro account. Come si fa? Grazie, Chiara""")

    # ---------------- pt
    m(B, "pt", "f1", "F", "vão ter de me dar algo em troca", "Serviço pela metade",
"""Olá,

Se quiserem que eu continue com vocês, vão ter de me dar alguma coisa em troca. Não vou pagar o plano inteiro por um serviço que funciona pela metade.

Abraço,
Rodrigo Lima""")
    m(B, "pt", "p1", "P", "WhatsApp do atendente Rafael", "Atendente Rafael",
"""Oi, pode me passar o WhatsApp do atendente que me ajudou ontem? O nome dele é Rafael. Prefiro falar direto com ele. Obrigada, Juliana""")
    m(B, "pt", "m1", "M", "falar com o gerente ou alguém acima", "Reclamação",
"""Quero falar com o gerente ou com alguém acima de você. Isso já passou do limite.""")
    m(B, "pt", "n1", "", "general company phone for finance", "Telefone",
"""Bom dia, qual o telefone geral da empresa? Preciso ligar para o financeiro por causa de um boleto. Obrigado""")
    m(B, "pt", "n2", "", "newsletter coupon valid for annual plan?", "Cupom",
"""Olá, recebi um cupom de desconto na newsletter de vocês. Ele vale para o plano anual também? Obrigada, Beatriz""")
