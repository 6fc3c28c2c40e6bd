"""devset12 contact-manager, batch 1 (measured before any tuning on it)."""
B = "b1"

def add_b1(m):
    # ---------------- en
    m(B, "en", "c1", "C", "wants Anna's direct number to call her himself", "Re: Ticket 88123 - delivery address",
"""Hi,

Anna was the only one who understood the problem last week. Could you give me Anna's direct number so I can call her myself? Going through the ticket queue every time takes days.

Thanks,
Robert Clay""")
    m(B, "en", "m1", "M", "wants someone higher up, four weeks", "Still no resolution after 4 weeks",
"""Four weeks, six emails and I still have no working export. I'm done explaining this to first-line support. I want someone higher up to look at this account, today if possible.

Regards,
Hannah Price
Finance Lead, Orbis Ltd""")
    m(B, "en", "n1", "", "sender IS the account manager; call me at my number", "New seats for the Leeds team",
"""Hello,

I'm the account manager for Leeds Logistics on our side and I'd like to add five more seats before Monday. Please call me at my number below if anything needs confirming.

Kind regards,
Fiona Blake
Account Manager
+44 113 496 0871""")
    m(B, "en", "n2", "", "quoted agent signature with direct line; thanks", "Re: Invoice correction",
"""Thanks Mike, the corrected invoice arrived and it looks right. All sorted from our end.

Best,
Laura

On 20 Nov 2026, at 14:02, Mike Dorsey <m.dorsey@support.example.com> wrote:
> Hi Laura, I've reissued invoice INV-2291 with the correct PO number.
> Kind regards,
> Mike Dorsey | Senior Support Specialist
> Direct line: +44 20 7946 0321 | Mobile: +44 7700 900123""", fmt="qp")
    m(B, "en", "n3", "", "password manager autofill bug", "Password manager doesn't fill the login",
"""Hi there, since the redesign my password manager (1Password) no longer autofills the login form on your site - the email field is fine but the password field stays empty. Could your developers have a look? No need to escalate, it's just an annoyance.

Cheers, Ben""")

    # ---------------- de
    m(B, "de", "c1", "C", "private Handynummer of the technician", "Techniker Herr Wolf",
"""Guten Tag,

Herr Wolf war gestern bei uns und hat den Router eingerichtet. Er meinte, ich könne mich bei Fragen melden. Können Sie mir bitte seine private Handynummer geben? Dann muss ich nicht jedes Mal über die Hotline.

Mit freundlichen Grüßen
Erika Schuster""")
    m(B, "de", "m1", "M", "verlange den Vorgesetzten", "Beschwerde - Vertragsverlängerung",
"""Sehr geehrte Damen und Herren,

ich habe den Vertrag fristgerecht gekündigt und Sie haben ihn trotzdem verlängert. Mit der Dame am Telefon komme ich nicht weiter. Ich möchte jetzt mit jemandem sprechen, der etwas entscheiden darf - also bitte leiten Sie das an einen Vorgesetzten weiter.

Peter Hahn""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "n1", "", "unser IT-Leiter meldet sich", "Einrichtung SSO",
"""Hallo,

wir möchten SSO über Azure AD aktivieren. Unser IT-Leiter, Herr Krämer, wird sich nächste Woche wegen der Details bei Ihnen melden. Ihre allgemeine Rufnummer haben wir ja.

Viele Grüße
Monika Seidel""")
    m(B, "de", "n2", "", "DSGVO: welche personenbezogenen Daten", "Auskunft nach Art. 15 DSGVO",
"""Sehr geehrte Damen und Herren,

bitte teilen Sie mir mit, welche personenbezogenen Daten Sie über mich gespeichert haben, inklusive meiner Telefonnummer und Adresse. Die Antwort bitte an diese E-Mail-Adresse.

Freundliche Grüße
Jonas Beck""")

    # ---------------- da
    m(B, "da", "c1", "C", "wants agent's private mobile", "Tak for hjælpen",
"""Hej Mette,

tusind tak for hjælpen i går. Må jeg få dit private mobilnummer? Så kan jeg bare sende dig en sms næste gang, det er meget nemmere end at skrive ind her.

Venlig hilsen
Søren""")
    m(B, "da", "m1", "M", "vil tale med din chef", "Klage over levering",
"""Hej,

det er tredje gang at pakken bliver sendt til den forkerte adresse. Jeg vil gerne tale med din chef eller en anden der har ansvaret, for det her holder ikke.

Mvh
Lars Nygaard""")
    m(B, "da", "n1", "", "min leder bad mig skrive", "Faktura til afdelingen",
"""Hej,

min leder har bedt mig om at skrive og spørge om vi kan få fakturaen delt op på to afdelinger. Er det muligt?

Hilsen
Camilla Holm
Bogholder""")
    m(B, "da", "n2", "", "company phone number", "Telefonnummer",
"""Hej, hvad er jeres telefonnummer til kundeservice? Jeg kan ikke finde det på hjemmesiden. Mvh Jens""")

    # ---------------- ro
    m(B, "ro", "c1", "C", "WhatsApp of the consultant", "Consultanta Andreea",
"""Bună ziua,

am lucrat foarte bine cu doamna Andreea la configurare. Îmi puteți da numărul ei de WhatsApp? Aș vrea să o întreb direct câteva lucruri, fără să mai deschid tichete.

Mulțumesc,
Mihai Popescu""")
    m(B, "ro", "m1", "M", "vreau să vorbesc cu un superior", "Reclamatie comanda 5531",
"""Bună ziua,

de două săptămâni aștept banii înapoi și nimeni nu îmi răspunde concret. Vreau să vorbesc cu un superior sau cu cineva din conducere, nu mai accept răspunsuri automate.

Ioana Dumitrescu""")
    m(B, "ro", "n1", "", "project manager role / job application", "Aplicatie - Project Manager",
"""Bună ziua,

am văzut anunțul pentru postul de project manager și aș dori să aplic. Atașez CV-ul meu. Vă mulțumesc!

Cu stimă,
Andrei Stan""")

    # ---------------- pl
    m(B, "pl", "c1", "C", "prywatny numer konsultanta", "Pan Tomasz z infolinii",
"""Dzień dobry,

rozmawiałam wczoraj z panem Tomaszem, bardzo mi pomógł. Czy mogę dostać jego prywatny numer telefonu? Wolałabym dzwonić bezpośrednio do niego niż czekać na infolinii.

Pozdrawiam
Agnieszka Wójcik""")
    m(B, "pl", "m1", "M", "proszę przekazać sprawę przełożonemu", "Reklamacja nr 2231",
"""Dzień dobry,

to już trzecia reklamacja w tej samej sprawie. Proszę przekazać moją sprawę do przełożonego albo kierownika działu, bo konsultanci tylko kopiują te same formułki.

Marek Zieliński""")
    m(B, "pl", "n1", "", "menedżer plików / file manager bug", "Menedżer plików nie działa",
"""Cześć,

w aplikacji menedżer plików nie pokazuje folderów udostępnionych przez innych użytkowników. Wersja 5.2 na Windows. Nie trzeba eskalować, ale fajnie byłoby to poprawić.

Paweł""")
    m(B, "pl", "n2", "", "kierownik działu zatwierdził", "Zamówienie licencji",
"""Dzień dobry,

kierownik naszego działu zatwierdził zakup 20 licencji. Proszę o przesłanie faktury proforma na adres firmy.

Z poważaniem
Beata Lis""")

    # ---------------- es
    m(B, "es", "c1", "C", "personal email of agent", "Gracias Lucía",
"""Hola Lucía,

muchas gracias por todo, de verdad. ¿Me podrías dar tu correo personal? Me gustaría escribirte directamente y no a través del soporte, que siempre tarda días.

Un abrazo,
Javier""")
    m(B, "es", "m1", "M", "quiero hablar con su supervisor", "Reclamación factura duplicada",
"""Buenas tardes,

me han cobrado dos veces la misma factura y ya van tres correos. Quiero hablar con su supervisor o con el responsable del departamento, esto no puede seguir así.

Atentamente,
Carmen Ruiz""")
    m(B, "es", "n1", "", "soy el gerente de la tienda", "Alta de nuevo usuario",
"""Hola,

soy el gerente de la tienda de Valencia y necesito dar de alta a dos empleados nuevos en el sistema. ¿Me indicáis los pasos?

Gracias,
Luis Moreno""")
    m(B, "es", "n2", "", "wants a call booked, general number", "Llamada para la demo",
"""Hola, ¿puedo reservar una llamada con ventas para ver la demo? Mi teléfono es el 612 345 678, me podéis llamar por la mañana. Saludos, Nuria""")

    # ---------------- fr
    m(B, "fr", "c1", "C", "wants agent's number to call directly", "Suivi dossier",
"""Bonjour Claire,

vous avez été la seule à comprendre mon problème. Pourriez-vous me donner votre numéro direct ou votre portable ? Je préférerais vous appeler vous plutôt que de repasser par le standard.

Cordialement,
Olivier Garnier""")
    m(B, "fr", "m1", "M", "je veux parler à un responsable", "Réclamation - résiliation ignorée",
"""Bonjour,

j'ai résilié en septembre et vous continuez à prélever. Je demande à parler à un responsable, pas à un conseiller qui me répond avec un copier-coller.

Nathalie Roux""", fmt="qp", charset="iso-8859-1")
    m(B, "fr", "n1", "", "merci, pas besoin d'un responsable", "Re: Problème de synchronisation",
"""Bonjour Thomas,

merci beaucoup, tout fonctionne à nouveau. Pas besoin de faire remonter à votre responsable, vous avez été parfait.

Bonne journée,
Sylvie""")
    m(B, "fr", "n2", "", "notre responsable informatique vous contactera", "Migration des comptes",
"""Bonjour,

notre responsable informatique vous contactera la semaine prochaine pour planifier la migration des comptes. Merci de nous envoyer d'ici là la documentation de l'API.

Bien à vous,
Hélène Martin""")

    # ---------------- nl
    m(B, "nl", "c1", "C", "Instagram of the agent", "Leuk gesprek",
"""Hoi Sanne,

wat een fijne hulp was je gisteren! Heb je Instagram? Dan volg ik je even, je leek me echt een leuk persoon.

Groetjes,
Daan""")
    m(B, "nl", "m1", "M", "leidinggevende aan de lijn", "Klacht over monteur",
"""Goedemiddag,

de monteur is nu twee keer niet komen opdagen zonder bericht. Ik wil dat uw leidinggevende contact met mij opneemt, want zo kan ik niet werken.

Met vriendelijke groet,
Kees de Vries""")
    m(B, "nl", "n1", "", "mijn manager vroeg me", "Offerte uitbreiding",
"""Hallo,

mijn manager vroeg me om een offerte op te vragen voor tien extra gebruikers. Kunnen jullie die naar mij sturen?

Groet,
Femke Bakker""")
    m(B, "nl", "n2", "", "vestigingsadres van het bedrijf", "Adres voor retour",
"""Beste, wat is het adres van jullie kantoor waar ik het apparaat naar terug kan sturen? Groet, Ruud""")

    # ---------------- sv
    m(B, "sv", "c1", "C", "agent's private email", "Tack Johan",
"""Hej Johan,

tack för att du löste det så snabbt. Har du en privat mejladress jag kan nå dig på? Jag har några frågor om mitt eget företag som jag hellre tar direkt med dig.

Hälsningar
Emma Lind""")
    m(B, "sv", "m1", "M", "vill prata med en chef", "Felaktig faktura igen",
"""Hej,

fakturan är fel för tredje månaden i rad. Jag vill prata med en chef, inte med ännu en handläggare som lovar att det ska rättas.

Mvh
Anders Berg""")
    m(B, "sv", "n1", "", "jag är ansvarig chef / plan Manager", "Uppgradera till Manager-planen",
"""Hej,

vi vill uppgradera från Basic till Manager-planen från och med december. Jag är ekonomichef här, så fakturan kan skickas till mig.

Vänliga hälsningar
Karin Ek""")

    # ---------------- it
    m(B, "it", "c1", "C", "wants to meet the agent privately", "Grazie Marco",
"""Ciao Marco,

sei stato gentilissimo. Mi lasceresti il tuo numero di cellulare personale? Magari ci prendiamo un caffè quando passo da Milano.

Giulia""")
    m(B, "it", "m1", "M", "voglio parlare con il responsabile", "Reclamo ordine 7781",
"""Buongiorno,

il prodotto è arrivato rotto per la seconda volta. Voglio parlare con il responsabile del servizio clienti, non con l'ennesimo operatore.

Distinti saluti,
Franco Bianchi""")
    m(B, "it", "n1", "", "il responsabile del mio reparto ha approvato", "Rinnovo abbonamento",
"""Buongiorno,

il responsabile del mio reparto ha approvato il rinnovo annuale. Potete inviarci la fattura intestata alla società?

Cordiali saluti,
Sara Greco""")
    m(B, "it", "n2", "", "company address for letter", "Indirizzo sede legale",
"""Salve, mi serve l'indirizzo della vostra sede legale per inviare una raccomandata di disdetta. Grazie, Paolo""")

    # ---------------- pt
    m(B, "pt", "c1", "C", "pede o WhatsApp da atendente", "Atendimento da Camila",
"""Olá,

a Camila me ajudou muito ontem. Vocês podem me passar o WhatsApp pessoal dela? Prefiro falar direto com ela do que abrir chamado.

Obrigado,
Rafael Souza""")
    m(B, "pt", "m1", "M", "quero falar com o gerente", "Cobrança indevida",
"""Boa tarde,

fui cobrado indevidamente pela terceira vez. Quero falar com o gerente ou alguém acima de você, porque já não aguento mais respostas prontas.

Ricardo Almeida""")
    m(B, "pt", "n1", "", "I'm the project manager, no escalation", "Cronograma de implantação",
"""Olá,

sou o gerente de projeto do lado do cliente. Podem me enviar o cronograma atualizado da implantação? Não é preciso escalar nada, só preciso do documento.

Att,
Bruno Costa""")
    m(B, "pt", "n2", "", "telefone geral da empresa", "Número de telefone",
"""Bom dia, qual é o número de telefone do suporte de vocês? Não encontro no site. Obrigada, Mariana""")
