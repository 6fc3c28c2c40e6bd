"""devset15 ownership, batch 8 (measured before tuning): foundation / NGO board change, freelance designer
or community manager registered the account, partners in dispute, joint account with an ex who locked the
other out, holding should own it, 'lock the old owner out and give it to me', farm co-op, es-CL / es-VE,
Swiss 'Geschäftsübergabe', Austrian handover to son; negatives: designer asking for own portfolio login,
foundation asking for a donation receipt, owner locking out a user himself, partner adding a seat."""
B = "b8"

def add_b8(m):
    # ---------------- es
    m(B, "es", "a1", "A", "es-CL community manager created it", "Cuenta de la pyme",
"""Hola, la cuenta la creó una community manager que trabajaba freelance con nosotros po, y ahora no nos contesta. Necesitamos que la cuenta quede bajo el correo de la empresa y que ella quede fuera.

Saludos, Camila - Empanadas Doña Rosa""")
    m(B, "es", "a2", "A", "es-VE partners in dispute", "Disputa entre socios",
"""Buenas, mi socio y yo estamos en litigio y él cambió la clave. Yo tengo el 60% de la empresa. Exijo que me devuelvan el acceso a la cuenta y que a él lo saquen.

Ing. Rafael Mendoza""")
    m(B, "es", "a3", "A", "foundation new board", "Fundación Amanecer - nueva junta",
"""Estimados, la Fundación Amanecer renovó su junta directiva y yo soy la nueva tesorera. La cuenta sigue registrada con el correo de la tesorera saliente. Solicitamos el cambio de responsable de la cuenta a mi persona.

Atentamente, Gabriela Rojas""")
    m(B, "es", "a4", "A", "lock out old owner and give me", "Sacar al anterior",
"""Por favor bloqueen el acceso del antiguo dueño y denme a mí el control de la cuenta, el local ya es mío desde el 1 de noviembre.

Hernán""")
    m(B, "es", "n1", "", "freelancer asks for own login", "Mi usuario",
"""Hola, trabajo como freelance para varias tiendas. ¿Puedo usar el mismo usuario para todas o necesito uno por tienda?

Pau""")
    m(B, "es", "n2", "", "foundation receipt", "Certificado de donación",
"""Buenas, somos la Fundación Amanecer. ¿Nos pueden enviar el certificado de la donación para la declaración de la renta?

Gracias""")
    # ---------------- it
    m(B, "it", "a1", "A", "grafico freelance registered it", "Account creato dal grafico",
"""Buongiorno, l'account lo ha creato il grafico freelance che ci ha fatto il logo e adesso è sparito. Vorremmo che l'account fosse intestato alla nostra ditta e che lui non potesse più entrare.

Cordialità, Lucia - Forno Antico""")
    m(B, "it", "a2", "A", "joint account ex-wife locked out", "Account bloccato dal mio ex",
"""Salve, l'account era in comune con mia ex moglie, lei ha cambiato la password e mi ha escluso. Il negozio però è rimasto a me con la separazione. Rivoglio l'accesso e la titolarità.

Maurizio""")
    m(B, "it", "a3", "A", "holding", "Holding - account controllata",
"""Gentili, la nostra holding ha acquisito il 100% della società Verdi Srl. Chiediamo che l'account della controllata sia trasferito sotto la holding, con amministratore il sottoscritto.

Dott. Alberto Neri, CFO""")
    m(B, "it", "n1", "", "owner blocks an employee himself", "Bloccare un utente",
"""Ciao, sono l'amministratore: come blocco temporaneamente l'utente di un dipendente in ferie?

Dario""")
    m(B, "it", "n2", "", "designer asks for portfolio", "Portfolio",
"""Ciao, sono il grafico che ha fatto il logo del Forno Antico, posso usarlo nel mio portfolio? Chiedo a voi perché gestite il sito.

Ale""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "fundacja, nowy zarząd", "Fundacja - zmiana zarządu",
"""Dzień dobry, w Fundacji Zielony Dom zmienił się zarząd. Konto jest zarejestrowane na byłą prezes, która nie chce współpracować. Prosimy o zmianę osoby uprawnionej na obecną prezes, czyli na mnie.

Magdalena Górska""")
    m(B, "pl", "a2", "A", "partners dispute, lock him out", "Spór wspólników",
"""Wspólnik zmienił hasło i zablokował mi dostęp. Mam większość udziałów. Proszę zablokować jego dostęp i przekazać konto mnie.

Wojciech""")
    m(B, "pl", "a3", "A", "spółdzielnia rolnicza, no diacritics", "konto spoldzielni",
"""dzien dobry jestem nowym prezesem spoldzielni, stary prezes zalozyl konto na swoj prywatny email. prosze przepiac konto na spoldzielnie i na mnie jako admina""")
    m(B, "pl", "n1", "", "owner blocks user", "Blokada użytkownika",
"""Jak zablokować konto pracownika, który jest na urlopie? Jestem administratorem.""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "Québec, designer had it", "Le graphiste a le compte",
"""Bonjour, c'est notre ancien graphiste pigiste qui a ouvert le compte avec son courriel. Il répond plus. J'aimerais que le compte soit transféré à mon nom et qu'il ait plus accès.

Geneviève, Boulangerie St-Jean""")
    m(B, "fr", "a2", "A", "association, nouveau bureau, Belgian", "Changement de bureau",
"""Bonjour, suite à l'AG, le bureau de l'association a changé et je suis la nouvelle trésorière. Merci de remplacer l'ancienne présidente par moi comme responsable du compte.

Bien à vous, Nadia""")
    m(B, "fr", "a3", "A", "divorce, joint account", "Compte commun",
"""Mon ex-mari a changé le mot de passe du compte de notre gîte, qui me revient avec le divorce. Je veux récupérer l'accès et qu'il soit retiré. Le jugement est joint.

Sandrine""")
    m(B, "fr", "n1", "", "designer asks about file formats", "Formats",
"""Bonjour, je suis graphiste pour un de vos clients, quels formats de logo acceptez-vous ?""")
    # ---------------- de
    m(B, "de", "a1", "A", "Swiss Geschäftsübergabe", "Geschäftsübergabe",
"""Grüezi, ich habe die Schreinerei im Rahmen einer Geschäftsübergabe von meinem Onkel übernommen. Das Kundenkonto ist noch auf ihn registriert. Bitte übertragen Sie es auf meine Firma.

Freundliche Grüsse, Dominik""")
    m(B, "de", "a2", "A", "Austrian, handover to son", "Übergabe an Sohn",
"""Servus, ich gehe in Pension und übergebe den Betrieb an meinen Sohn. Bitte schreibt das Konto auf ihn um, er soll ab Jänner alles machen.

Franz""")
    m(B, "de", "n1", "", "Inhaber sperrt Nutzer selbst", "Nutzer sperren",
"""Hallo, wie sperre ich als Inhaber vorübergehend den Zugang eines Mitarbeiters?""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "freelancer had it", "Account van freelancer",
"""Hallo, onze oude freelancer heeft het account aangemaakt op zijn eigen mailadres. We willen dat het account op naam van ons bedrijf komt en dat hij geen toegang meer heeft.

Groet, Femke""")
    m(B, "nl", "n1", "", "freelancer asks login", "login",
"""Hoi, ik ben freelancer en werk voor meerdere klanten van jullie. Kan ik met één login bij allemaal?""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "pt-BR sócios brigados", "Sócio trocou a senha",
"""Meu sócio trocou a senha e me bloqueou da conta da empresa. Eu tenho 70% da sociedade. Quero o acesso de volta e que tirem ele da conta, urgente.

Rodrigo""")
    m(B, "pt", "a2", "A", "Portugal, pass the business to son", "Passagem ao meu filho",
"""Bom dia, vou reformar-me e o meu filho fica com a loja. Queria passar a conta para o nome dele.

Cumprimentos, Manuel""")
    m(B, "pt", "n1", "", "owner blocks user", "Bloquear usuário",
"""Oi, sou a admin, como bloqueio o usuário de um funcionário afastado?""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "asociați în conflict", "Conflict asociați",
"""Asociatul meu a schimbat parola și nu mă mai lasă să intru în contul firmei. Dețin 51%. Vă rog să-mi redați accesul și să-l scoateți pe el.

Ovidiu""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "överlåter firman till dottern", "Överlåtelse",
"""Hej, jag går i pension och överlåter butiken till min dotter. Kan kontot föras över på henne?

Mvh Gunnar""")
    m(B, "sv", "n1", "", "ägare spärrar användare", "Spärra",
"""Hej, hur spärrar jag en anställds inloggning tillfälligt? Jag är administratör.""")
    # ---------------- da
    m(B, "da", "a1", "A", "freelancer oprettede kontoen", "Konto oprettet af freelancer",
"""Hej, kontoen blev oprettet af vores tidligere freelancer med hans egen mail. Vi vil gerne have kontoen flyttet over til firmaets mail og have ham fjernet.

Mvh Louise""")
    # ---------------- en
    m(B, "en", "a1", "A", "Scottish, partners dispute", "Business partner locked me out",
"""My business partner changed the password and locked me out of our company account. I own 60% of the business. I want my access back and his removed, today if possible.

Callum""")
    m(B, "en", "a2", "A", "holding company", "Group restructure",
"""Hi, following our group restructure the subsidiary's account needs to move under the holding company, with me (group CFO) as the owner. Please action this week.

Regards, Diane Patel""")
    m(B, "en", "n1", "", "owner suspends a user", "suspend user",
"""Hi, I'm the admin. How do I suspend a user who's on long-term leave without deleting them?""")
