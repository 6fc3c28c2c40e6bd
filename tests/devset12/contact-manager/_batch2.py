"""devset12 contact-manager, batch 2 (measured before any tuning on it): subtler asks, more hard negatives."""
B = "b2"

def add_b2(m):
    # ---------------- en
    m(B, "en", "c1", "C", "best way to reach the agent after hours, own phone", "Re: Migration weekend",
"""Hey Jordan,

you were a lifesaver on Saturday. If something breaks again over the weekend, is there a number I can get you on that isn't the support line? Happy to keep it between us, I won't spam you.

Cheers
Nick""")
    m(B, "en", "c2", "C", "asks where the agent lives, wants to drop off gift", "thank you!!",
"""Hi Priya!! You saved my little shop's Christmas sales. I baked you something - which part of town are you in? I'd love to drop it at your place this weekend.

xx Molly""", fmt="html")
    m(B, "en", "m1", "M", "put your team lead on", "Re: Re: Re: Case 55102",
"""Sorry but I've had enough of going round in circles with you. Please put your team lead on this case, or whoever signs off on credits. I'm not explaining it a fifth time.

Dave""")
    m(B, "en", "m2", "M", "want this raised with someone senior", "Complaint",
"""Hello,

I'd like my complaint to go to someone with more authority than the front desk. The answer I got yesterday was frankly insulting and I expect a response from management.

Mrs J. Okafor""")
    m(B, "en", "n1", "", "our IT manager will contact you; head of dept approved", "Purchase approved",
"""Hi,

good news - the head of our department approved the upgrade this morning. Our IT manager, Steve, will contact you about the data migration. Please send the order form to me in the meantime.

Thanks,
Rachel""")
    m(B, "en", "n2", "", "praise, I don't need a manager", "Re: Refund",
"""Hi Sam, the refund came through, thanks! I was ready to ask for a manager yesterday but honestly you've been great, no need for anyone else to get involved.

Best, Joanne""")
    m(B, "en", "n3", "", "docs question about escalation feature", "Escalation settings",
"""Hello, in your docs the section on escalation says tickets older than 48h move to tier 2 automatically. Can we change that to 24h for our workspace? Where is that setting? Thanks, Ivan""")
    m(B, "en", "n4", "", "GDPR: which personal data, delete phone", "Data request",
"""Hi, please tell me what personal data you hold on me (phone number, home address, email) and then delete my mobile number from your records. Regards, Tina Marsh""")

    # ---------------- de
    m(B, "de", "c1", "C", "Insta / Facebook of the support lady", "Danke Frau Lehmann",
"""Liebe Frau Lehmann,

vielen Dank nochmal für die Geduld am Telefon! Sind Sie eigentlich auf Facebook? Ich würde Ihnen gern eine Freundschaftsanfrage schicken.

Herzliche Grüße
Gisela Maurer""")
    m(B, "de", "m1", "M", "Geschäftsleitung einschalten", "Wiederholte Falschlieferung",
"""Guten Tag,

nach der dritten Falschlieferung reicht es mir. Ich erwarte, dass sich jetzt die Geschäftsleitung oder zumindest Ihr Teamleiter persönlich bei mir meldet.

Hans-Jürgen Vogt""")
    m(B, "de", "n1", "", "ich bin Projektleiter, Passwortmanager", "Login mit Passwortmanager",
"""Hallo,

ich bin Projektleiter bei uns und mehrere Kollegen melden, dass der Passwortmanager (Bitwarden) beim Login das Feld nicht ausfüllt. Kein Drama, aber bitte ans Entwicklerteam weitergeben.

Gruß
Stefan Roth""")
    m(B, "de", "n2", "", "Anfrage Telefonnummer der Buchhaltung", "Rückfrage Rechnung",
"""Hallo, können Sie mir die Durchwahl Ihrer Buchhaltung geben? Ich habe eine Rückfrage zur Rechnung 2026-1188. Danke, Birgit""")
    m(B, "de", "n3", "", "Manager-Tarif buchen", "Tarifwechsel",
"""Guten Tag, wir möchten vom Starter-Tarif in den Manager-Tarif wechseln. Ab wann gilt der neue Preis? Grüße, Uwe Franke""")

    # ---------------- da
    m(B, "da", "c1", "C", "Snapchat/insta of agent", "hej Freja",
"""Hej Freja

du var mega sød i chatten i går haha. har du snap eller insta? så kan vi skrives lidt ved 😊

/Mikkel""")
    m(B, "da", "m1", "M", "ansvarlig leder skal kontakte", "Klage - forkert opkrævning",
"""Hej,

I har trukket 899 kr. to gange. Jeg ønsker at en overordnet eller en ansvarlig leder kontakter mig, for jeres medarbejdere kan åbenbart ikke rette det.

Mvh
Birgitte Holm""")
    m(B, "da", "n1", "", "jeg er afdelingsleder, ny bruger", "Ny bruger",
"""Hej, jeg er afdelingsleder i vores lager og skal have oprettet to nye brugere med læseadgang. Kan I hjælpe? Mvh Ole""")
    m(B, "da", "n2", "", "no need to escalate, thanks", "Re: fejl i rapport",
"""Hej Jonas, det virker nu. Ingen grund til at sende det videre til din chef, du har været super hjælpsom. Tak! Mvh Hanne""")

    # ---------------- ro
    m(B, "ro", "c1", "C", "asks agent to meet for coffee after program", "Multumesc Elena",
"""Bună Elena,

mulțumesc mult pentru ajutor. Dacă ești din Cluj, poate ne vedem la o cafea după program? Lasă-mi te rog un număr de telefon al tău, nu cel de la firmă.

Vlad""")
    m(B, "ro", "m1", "M", "doresc escaladarea către management", "Reclamație - factura greșită",
"""Bună ziua,

vă rog să escaladați această problemă către management. Este a patra oară când primesc factura greșită și nimeni nu rezolvă nimic.

Cu stimă,
Cristina Marin""")
    m(B, "ro", "n1", "", "managerul meu mi-a cerut", "Oferta pentru 15 utilizatori",
"""Bună ziua, managerul meu mi-a cerut să solicit o ofertă pentru 15 utilizatori. Ne puteți trimite detaliile? Mulțumesc, Alina""")
    m(B, "ro", "n2", "", "company phone for support", "Numar de telefon suport",
"""Bună, care este numărul de telefon al suportului tehnic? Aș prefera să sun decât să scriu. Mersi, Dan""")

    # ---------------- pl
    m(B, "pl", "c1", "C", "Facebook / Messenger of consultant", "Pani Kasia",
"""Dzień dobry,

pani Kasia bardzo mi pomogła przy konfiguracji. Czy jest może na Facebooku? Chciałabym jej napisać na Messengerze i podziękować osobiście.

Pozdrawiam
Ewa""")
    m(B, "pl", "m1", "M", "żądam rozmowy z kimś wyżej", "Skandal z zamówieniem",
"""Dzień dobry,

żądam rozmowy z kimś wyżej postawionym. Trzy tygodnie czekam na zwrot i nikt nic nie wie. Proszę o kontakt kierownika zmiany albo kogokolwiek z kierownictwa.

Krzysztof Nowak""")
    m(B, "pl", "n1", "", "jestem kierownikiem projektu", "Harmonogram wdrożenia",
"""Dzień dobry, jestem kierownikiem projektu po stronie klienta. Proszę o przesłanie harmonogramu wdrożenia. Pozdrawiam, Joanna Kaczmarek""")
    m(B, "pl", "n2", "", "menedżer haseł", "Menedżer haseł a logowanie",
"""Hej, mój menedżer haseł nie rozpoznaje pola hasła na waszej stronie logowania. Czy możecie to sprawdzić? Pozdrawiam, Kuba""")

    # ---------------- es
    m(B, "es", "c1", "C", "pide el móvil del técnico para WhatsApp", "Técnico Sergio",
"""Hola,

el técnico Sergio vino ayer y me dijo que le escribiera si había algo. ¿Me podéis pasar su móvil para mandarle un WhatsApp? Es más rápido que el formulario.

Saludos,
Pilar""")
    m(B, "es", "m1", "M", "que me llame un responsable", "Queja formal",
"""Buenos días,

exijo que me llame alguien con capacidad de decisión. Llevo un mes sin servicio y su equipo solo me da largas. Si hace falta, pásenle mi caso a su jefe.

Fernando Gil""")
    m(B, "es", "n1", "", "mi jefa me pidió; no hace falta escalar", "Consulta sobre licencias",
"""Hola, mi jefa me pidió que preguntara si las licencias se pueden transferir entre usuarios. No hace falta escalar nada, es solo una duda. Gracias, Marta""")
    m(B, "es", "n2", "", "plan Manager / gestor de archivos", "Plan Manager",
"""Hola, ¿el plan Manager incluye el gestor de archivos compartidos o solo el plan Enterprise? Gracias, Diego""")

    # ---------------- fr
    m(B, "fr", "c1", "C", "adresse mail perso du conseiller", "Merci Julien",
"""Bonjour Julien,

merci pour votre aide, vraiment. Auriez-vous une adresse mail perso ? J'aurais une proposition de mission freelance à vous faire, en dehors de votre boulot chez vous.

Bien cordialement,
Marc Petit""")
    m(B, "fr", "m1", "M", "faire remonter à la direction", "Litige facturation",
"""Madame, Monsieur,

je vous demande de faire remonter ce litige à votre hiérarchie. Ça fait cinq semaines que j'attends un avoir et personne ne prend de décision.

Dominique Lefèvre""")
    m(B, "fr", "n1", "", "je suis le gestionnaire du compte; chef de projet", "Ajout d'utilisateurs",
"""Bonjour, je suis le gestionnaire du compte chez nous et notre chef de projet souhaite ajouter trois utilisateurs. Comment procéder ? Merci, Agnès""")
    m(B, "fr", "n2", "", "candidature poste de manager", "Candidature - Manager support client",
"""Bonjour,

je souhaite postuler au poste de manager support client publié sur votre site. Vous trouverez mon CV en pièce jointe.

Cordialement,
Karim Benali""")

    # ---------------- nl
    m(B, "nl", "c1", "C", "privé nummer van de medewerker", "Bedankt Lotte",
"""Hoi Lotte,

super bedankt! Mag ik je eigen 06-nummer? Dan app ik je gewoon als er weer iets is, dat scheelt een hoop gedoe met tickets.

Groetjes,
Bram""")
    m(B, "nl", "m1", "M", "wil iemand hoger in de organisatie", "Klacht",
"""Goedendag,

ik wil dat deze klacht wordt doorgezet naar iemand hoger in de organisatie. De medewerkers die ik tot nu toe heb gesproken kunnen of willen niets doen.

Met vriendelijke groet,
mevr. J. Smit""")
    m(B, "nl", "n1", "", "onze teamleider heeft goedgekeurd", "Bestelling",
"""Hallo, onze teamleider heeft de bestelling goedgekeurd, dus jullie kunnen de licenties activeren. Groet, Mark""")
    m(B, "nl", "n2", "", "bestandsbeheer / bestandsmanager", "Bestandsmanager crasht",
"""Hoi, de bestandsmanager in jullie desktop-app crasht als ik een map met meer dan 500 bestanden open. Geen haast. Groet, Ilse""")

    # ---------------- sv
    m(B, "sv", "c1", "C", "asks for agent's mobile to sms", "Tack för hjälpen",
"""Hej Sara!

Tusen tack. Kan jag få ditt mobilnummer? Jag sms:ar hellre dig direkt nästa gång istället för att vänta i kön.

/Per""")
    m(B, "sv", "m1", "M", "koppla mig till din chef", "Klagomål",
"""Hej,

koppla mig till din chef eller någon som faktiskt har mandat att lösa det här. Jag har väntat i sex veckor.

Lena Sandberg""")
    m(B, "sv", "n1", "", "min chef bad mig fråga", "Fråga om faktura",
"""Hej, min chef bad mig fråga om vi kan få fakturan på engelska. Tack, Oskar""")

    # ---------------- it
    m(B, "it", "c1", "C", "profilo instagram / privato", "Ciao Chiara",
"""Ciao Chiara, grazie mille per la pazienza. Hai un profilo Instagram? Mi farebbe piacere seguirti e scriverti in privato ogni tanto :)

Luca""")
    m(B, "it", "m1", "M", "chiedo l'intervento di un supervisore", "Terzo reclamo",
"""Buongiorno,

chiedo formalmente l'intervento di un supervisore. Sono al terzo reclamo e nessuno mi ha ancora dato una risposta concreta.

Anna Russo""")
    m(B, "it", "n1", "", "sono il responsabile IT", "Configurazione SSO",
"""Buongiorno, sono il responsabile IT dell'azienda e vorrei configurare il single sign-on. Potete inviarmi la guida? Grazie, Matteo""")

    # ---------------- pt
    m(B, "pt", "c1", "C", "pede o Instagram do atendente", "Valeu Pedro",
"""Oi Pedro, muito obrigado pela ajuda! Qual é o teu Instagram? Quero te seguir lá, você foi demais.

Abraço,
Thiago""")
    m(B, "pt", "m1", "M", "exijo falar com um supervisor", "Reclamação",
"""Bom dia,

exijo falar com um supervisor. Já expliquei o problema quatro vezes e ninguém resolve.

Cláudia Ferreira""")
    m(B, "pt", "n1", "", "meu gerente pediu, gestor de ficheiros", "Orçamento",
"""Olá, o meu gerente pediu-me para pedir um orçamento para o módulo gestor de ficheiros. Podem enviar? Obrigado, Nuno""")
