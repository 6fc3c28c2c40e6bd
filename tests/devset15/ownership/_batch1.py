"""devset15 ownership, batch 1 (measured before tuning): taking over a business / clinic / club, heirs,
widows, departed employee held the account, line transfer to a relative, new director wants admin;
negatives: ticket owner, product owner, shop owner routine question, owner adding a user, own password."""
B = "b1"

def add_b1(m):
    # ---------------- es
    m(B, "es", "a1", "A", "es-MX bought the taqueria, account still under old owner", "Compramos el negocio",
"""Buenas tardes, les platico: el mes pasado le compramos la taquería a Don Chuy y la cuenta con ustedes sigue a su nombre. Él ya no contesta el celular. Necesitamos que la cuenta quede a nombre de mi esposa, que es la nueva dueña. ¿Qué ocupan?

Saludos, Arturo Méndez""")
    m(B, "es", "a2", "A", "widow, phone line of deceased husband", "Línea de mi esposo fallecido",
"""Hola, mi marido falleció en agosto y la línea y la cuenta estaban a su nombre. Quiero pasar la titularidad a mi nombre para no perder el número, tengo el certificado de defunción. Gracias.

Rosa María Jiménez""", fmt="qp")
    m(B, "es", "a3", "A", "condominium administrator new, wants admin of the account", "Nueva administración del condominio",
"""Estimados: a partir del 1 de noviembre nuestra empresa asumió la administración del Condominio Los Álamos. La administradora anterior tenía el usuario administrador y no nos lo ha entregado. Solicitamos que nos den acceso de administrador a la cuenta del condominio a la brevedad.

Lic. Fernanda Ruiz
Administración Integral FR""")
    m(B, "es", "n1", "", "ticket owner", "Re: ticket 4471",
"""Hola, ¿quién es el responsable de este ticket? Lleva una semana sin respuesta y nadie lo tiene asignado.

Pablo""")
    m(B, "es", "n2", "", "bakery owner asks about invoice date", "Fecha de facturación",
"""Buenos días, soy la dueña de la panadería La Espiga. ¿Se puede cambiar la fecha de cobro del día 1 al día 15 de cada mes? Gracias.

Pilar""")
    # ---------------- it
    m(B, "it", "a1", "A", "heir, father's shop account", "Account di mio padre",
"""Buongiorno, mio padre è mancato a settembre e io sono l'erede della sua ferramenta. L'account è registrato a suo nome con la sua email, a cui nessuno può più accedere. Vorrei che l'account venisse trasferito a me. Posso mandare la dichiarazione di successione.

Grazie
Davide Longhi""")
    m(B, "it", "a2", "A", "new club president, old treasurer had the admin", "Associazione sportiva - nuovo presidente",
"""Salve, sono il nuovo presidente dell'ASD Pallavolo Riviera. Il vecchio tesoriere gestiva l'account come amministratore ma si è dimesso e non risponde. Ci servono i diritti di amministratore per me, entro la settimana perché dobbiamo fare le iscrizioni.

Gianni Ferraro""", fmt="b64")
    m(B, "it", "a3", "A", "buried in a long chatty mail", "varie cose",
"""Ciao a tutti, ne approfitto per fare un po' di domande tutte insieme. Primo: la fattura di ottobre ha l'IVA sbagliata, potete riemetterla? Secondo: l'app su Android a volte si chiude da sola, ma niente di grave. Terzo, e questo è importante: la ragazza che ha aperto l'account è andata via a giugno e l'email del proprietario è ancora la sua, quindi va cambiata con la mia. Quarto: avete un manuale in PDF?

Grazie mille
Silvia""")
    m(B, "it", "n1", "", "product owner job title", "Demo per il team",
"""Buongiorno, sono la product owner del team pagamenti. Vorremmo organizzare una demo della nuova API per giovedì. Avete disponibilità?

Elena Conti""")
    m(B, "it", "n2", "", "owner adding a normal user", "Aggiungere un collega",
"""Ciao, sono il titolare dell'account. Come faccio ad aggiungere un nuovo collega come utente normale, senza permessi di amministrazione?

Marco""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "took over the dental clinic", "Przejęcie gabinetu",
"""Dzień dobry, od października przejęłam gabinet stomatologiczny po dr Nowaku, który przeszedł na emeryturę. Konto w Państwa systemie jest nadal na niego. Proszę o przeniesienie konta na mnie, dokumenty sprzedaży mogę przesłać.

lek. dent. Karolina Wróbel""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "a2", "A", "no diacritics, line transfer to son", "przepisanie numeru",
"""dzien dobry chce przepisac numer telefonu na syna bo ja juz nie daje rady z rachunkami. co trzeba zrobic? pozdrawiam Halina""")
    m(B, "pl", "a3", "A", "new director wants admin rights, pressure", "Uprawnienia administratora - PILNE",
"""Jestem nowym dyrektorem spółki i potrzebuję dziś uprawnień administratora do konta firmowego. Poprzedni prezes odszedł i nikt nie zna hasła. Nie będę wypełniał żadnych formularzy, proszę to po prostu zrobić.

Tomasz Zieliński""")
    m(B, "pl", "n1", "", "own password change while logged in", "Zmiana hasła",
"""Dzień dobry, jestem zalogowana i chcę zmienić swoje hasło, ale nie widzę tej opcji w ustawieniach. Gdzie ją znajdę?

Agnieszka""")
    m(B, "pl", "n2", "", "GDPR access to own data", "Dostęp do danych",
"""Na podstawie art. 15 RODO proszę o kopię moich danych osobowych przetwarzanych przez Państwa firmę.

Jan Kowalczyk""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "Quebec, bought the dépanneur, change holder", "Changement de propriétaire",
"""Bonjour, on a acheté le dépanneur sur la rue Principale le mois passé. Le compte chez vous est encore au nom de l'ancien propriétaire, pis il est parti en Floride. On voudrait mettre le compte à notre nom, c'est pressant.

Merci, Sylvain Tremblay""")
    m(B, "fr", "a2", "A", "executor of the estate", "Succession de M. Girard",
"""Madame, Monsieur,

En ma qualité d'exécuteur testamentaire de feu M. Paul Girard, je vous demande de bien vouloir me donner accès à son compte afin de récupérer ses documents et de le clôturer. Je joins l'acte de notoriété.

Me Bernard Lefèvre""")
    m(B, "fr", "a3", "A", "agency held the account, won't hand over", "Notre ancienne agence",
"""Bonjour, notre ancienne agence web avait créé le compte et elle refuse de nous le rendre depuis qu'on a arrêté le contrat. C'est notre société, nos données. Pouvez-vous nous redonner la main sur le compte ?

Claire, gérante""", fmt="html")
    m(B, "fr", "n1", "", "boulangerie owner, opening hours on page", "Horaires",
"""Bonjour, je suis propriétaire d'une boulangerie et je voudrais modifier les horaires affichés sur ma page. Où est-ce que je fais ça ?

Merci, Josiane""")
    # ---------------- de
    m(B, "de", "a1", "A", "Swiss German, took over the Praxis", "Übernahme Praxis",
"""Grüezi

Ich habe per 1. Oktober die Physiotherapie-Praxis von Frau Huber übernommen. Das Konto läuft noch auf sie. Bitte stellen Sie das Konto auf mich um, ich brauche auch die Administratorrechte.

Freundliche Grüsse
Reto Brunner""")
    m(B, "de", "a2", "A", "Austrian, Verein Obmann", "Vereinskonto",
"""Servus, ich bin seit der Jahreshauptversammlung der neue Obmann vom Sportverein. Der alte Obmann hat das Konto angelegt und ist jetzt nicht mehr erreichbar. Wie kann ich Inhaber des Kontos werden?

lg Markus""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "n1", "", "Inhaber asks about invoice", "Rechnung",
"""Guten Tag, ich bin Inhaber der Bäckerei Schmid und hätte gern die Rechnungen künftig als PDF per Mail. Danke!""")
    m(B, "de", "n2", "", "owner of ticket", "Wer ist zuständig?",
"""Hallo, wer ist eigentlich der Owner von diesem Ticket? Ich warte seit Tagen.

Gruß Jens""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "Flemish, zaak overgenomen", "overname zaak",
"""Dag, ik heb de frituur van mijn schoonvader overgenomen. Het account staat nog op zijn naam en zijn e-mailadres. Kan dat op mijn naam gezet worden? Alvast bedankt.

Kristof""")
    m(B, "nl", "a2", "A", "ex-employee had admin, need to become beheerder", "Ex-medewerker",
"""Goedemiddag, onze vorige IT-medewerker is vertrokken en was de enige beheerder van ons account. Graag willen we dat ik als directeur hoofdbeheerder word. Vandaag nog graag.

Met vriendelijke groet,
Ingrid de Wit""")
    m(B, "nl", "n1", "", "product owner scheduling", "Planning sprint",
"""Hoi, als product owner wil ik graag weten wanneer de nieuwe koppeling live gaat.

Groet, Sanne""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "pt-BR, pass the contract to my name", "Transferência de titularidade",
"""Oi, boa tarde! Meu pai faleceu e o contrato tá no nome dele. Queria passar pro meu nome, como faz? Preciso resolver isso logo.

Obrigada, Juliana""")
    m(B, "pt", "a2", "A", "new IT provider wants admin access", "Acesso administrador",
"""Bom dia, somos a nova empresa de TI da Clínica Vida. O fornecedor anterior tinha o acesso de administrador e não passou. Precisamos que nos concedam acesso de admin à conta da clínica.

Att, Ricardo - TecnoSul""")
    m(B, "pt", "n1", "", "own data portability", "Meus dados",
"""Olá, gostaria de exportar todos os meus dados conforme a LGPD. Como solicito?""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "firm taken over, transfer account", "Preluare firmă",
"""Bună ziua, am preluat firma de la fostul asociat, care a plecat din țară. Contul este pe numele lui. Vă rog să transferați contul pe numele meu.

Mulțumesc, Andrei Popa""", fmt="b64", charset="iso-8859-16")
    m(B, "ro", "n1", "", "owner asks to add user", "Utilizator nou",
"""Bună, sunt proprietarul contului și vreau să adaug o colegă ca utilizator. Cum procedez?

Ioana""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "dödsbo, mother's account", "Mammas konto",
"""Hej, jag är dödsbodelägare efter min mamma. Hennes konto hos er behöver flyttas över till mig så jag kan avsluta abonnemangen. Hur gör jag?

/Anders""")
    m(B, "sv", "n1", "", "ägare of shop, opening hours", "Fråga",
"""Hej! Jag äger en liten frisersalong och undrar om ni har rabatt för småföretag?

Mvh Lena""")
    # ---------------- da
    m(B, "da", "a1", "A", "bought the business", "Ejerskifte",
"""Hej, vi har købt malerfirmaet af Per, og kontoen står stadig i hans navn. Vi vil gerne have den overført til os. Hvad skal I bruge?

Mvh Mette""")
    m(B, "da", "n1", "", "change own password", "Adgangskode",
"""Hej, hvordan skifter jeg min egen adgangskode? Jeg er logget ind.""")
    # ---------------- en
    m(B, "en", "a1", "A", "frustrated follow-up, owner left", "Re: Re: admin access",
"""Third time I'm writing. The guy who set up our account left the company in March. I'm the MD. I need to be made the account owner. Today. I'm not filling in another form.

Gareth

> Thank you for contacting us. Please complete the ownership transfer form.""")
    m(B, "en", "a2", "A", "condo board, previous manager held account", "Strata account",
"""Hi there, I'm the new chair of the strata council for our building. The previous property manager was the only admin on the account and has since been let go. Could you add me as administrator so we can keep using it?

Thanks, Priya""")
    m(B, "en", "n1", "", "shop owner routine question", "VAT number on invoice",
"""Hi, I own a small florist and I need my VAT number printed on the invoices. Where do I add it?

Cheers, Tom""")
    m(B, "en", "n2", "", "owner adding normal user", "new starter",
"""Hello, I'm the account owner. We've got a new starter on Monday; how do I add her as a standard user with no billing access?

Ruth""")
