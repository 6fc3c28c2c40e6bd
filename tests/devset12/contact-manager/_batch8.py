"""devset12 contact-manager, batch 8 (measured before any tuning on it): the customer's own contact details,
'please don't call my private number', job/intern requests, manager names in billing; casual asks."""
B = "b8"

def add_b8(m):
    # ---------------- en
    m(B, "en", "n1", "", "don't call my private number, use office", "Contact details",
"""Hi, please don't call my private mobile any more - use the office number 0161 496 0555 instead, and my work email. Update your records please. Thanks, Gail""")
    m(B, "en", "n2", "", "internship application mentions managers", "Internship application",
"""Dear hiring team, I'm applying for the support internship. In my last role I reported to two shift managers and often handled escalations from the front desk. CV attached. Best, Noah""")
    m(B, "en", "m1", "M", "I want your boss's name and a call from them", "Who is your boss?",
"""Who is your boss? I want their name and I want them to phone me today. You've cut off our service with no warning.

Clive Marsh""")
    m(B, "en", "c1", "C", "ask for agent's private email to send something", "Re: Your help",
"""Hi Sophie, you went above and beyond. Is there a private email I could send a little voucher to? I don't want it going through the company inbox.

Diane""")

    # ---------------- de
    m(B, "de", "n1", "", "meine private Handynummer ändern", "Neue Handynummer",
"""Hallo, bitte ändern Sie meine private Handynummer im Kundenkonto auf 0176 5544332. Die alte Nummer ist nicht mehr aktiv. Danke, Sabine Wolf""")
    m(B, "de", "m1", "M", "möchte eine Führungskraft sprechen", "Zum vierten Mal",
"""Ich möchte jetzt bitte eine Führungskraft sprechen. Viermal habe ich die Situation erklärt, viermal ohne Ergebnis. Gruß, Torsten Baum""")
    m(B, "de", "n2", "", "Bewerbung als Teamleiter", "Bewerbung Teamleiter Kundenservice",
"""Sehr geehrte Damen und Herren, hiermit bewerbe ich mich auf die Stelle als Teamleiter im Kundenservice. Meine Unterlagen finden Sie im Anhang. Mit freundlichen Grüßen, Kai Winter""")

    # ---------------- da
    m(B, "da", "n1", "", "opdater mit private nummer", "Nyt nummer",
"""Hej, vil I opdatere mit private nummer i systemet til 22 33 44 55? Tak, Gitte""")
    m(B, "da", "c1", "C", "har hun Instagram? vil følge hende", "Tak til Sofie",
"""Hej, Sofie fra jeres chat var fantastisk. Har hun Instagram? Jeg vil gerne følge hende og skrive til hende privat. Mvh Nanna""")

    # ---------------- ro
    m(B, "ro", "n1", "", "actualizați numărul meu personal", "Numar nou",
"""Bună, vă rog actualizați numărul meu personal de telefon în cont: 0722 111 222. Mulțumesc, Elena""")
    m(B, "ro", "m1", "M", "vreau pe cineva cu putere de decizie", "Contract",
"""Vreau să vorbesc cu cineva care are putere de decizie, nu cu un operator. Contractul meu a fost modificat fără acord. Mihaela Pop""")

    # ---------------- pl
    m(B, "pl", "n1", "", "proszę nie dzwonić na mój prywatny numer", "Kontakt",
"""Dzień dobry, proszę nie dzwonić na mój prywatny numer, tylko na służbowy 22 555 44 33. Pozdrawiam, Grażyna""")
    m(B, "pl", "c1", "C", "czy mogę do pana zadzwonić prywatnie", "Pan Adam",
"""Panie Adamie, czy mogę do Pana zadzwonić prywatnie wieczorem? Wolę porozmawiać bez infolinii. Pozdrawiam, Jerzy""")

    # ---------------- es
    m(B, "es", "n1", "", "cambiar mi móvil personal", "Nuevo móvil",
"""Hola, quiero cambiar mi número de móvil personal en la cuenta, el nuevo es 655 112 233. Gracias, Sonia""")
    m(B, "es", "m1", "M", "que me atienda alguien con más autoridad", "Atención pésima",
"""Quiero que me atienda alguien con más autoridad. El agente me ha colgado dos veces. Jaime Castro""")
    m(B, "es", "n2", "", "candidatura supervisor de atención", "Candidatura supervisor",
"""Hola, os envío mi candidatura para el puesto de supervisor de atención al cliente. Adjunto CV. Saludos, Lorena""")

    # ---------------- fr
    m(B, "fr", "n1", "", "ne m'appelez plus sur mon portable perso", "Coordonnées",
"""Bonjour, merci de ne plus m'appeler sur mon portable perso mais sur la ligne du bureau. Cordialement, Francis""")
    m(B, "fr", "m1", "M", "je veux parler à quelqu'un de plus haut placé", "Scandaleux",
"""Je veux parler à quelqu'un de plus haut placé que vous. On m'a coupé la ligne sans prévenir. Michel Caron""")
    m(B, "fr", "c1", "C", "tu me files ton numéro", "Merci Alex",
"""Alex t'es un boss 😂 tu me files ton numéro ? comme ça je t'écris direct la prochaine fois, c'est plus simple. Tom""")

    # ---------------- nl
    m(B, "nl", "n1", "", "mijn eigen nummer aanpassen", "Nieuw nummer",
"""Hallo, kunnen jullie mijn privénummer aanpassen in mijn account? Het nieuwe nummer is 06 12345678. Groet, Eline""")
    m(B, "nl", "m1", "M", "ik eis dat een leidinggevende belt", "Schandalig",
"""Ik eis dat vandaag een leidinggevende mij belt. Drie weken zonder internet. Groet, Gerrit""")
    m(B, "nl", "c1", "C", "zullen we een keer afspreken", "Dank!",
"""Hoi Sem, top geholpen! Zullen we een keer afspreken buiten werk? Geef me je nummer dan app ik je. Groet, Luuk""")

    # ---------------- sv
    m(B, "sv", "n1", "", "ändra mitt privata nummer", "Nytt nummer",
"""Hej, kan ni ändra mitt privata nummer i kundregistret till 070 123 45 67? Tack, Anna""")
    m(B, "sv", "m1", "M", "jag vill ha kontakt med en högre chef", "Missnöjd",
"""Jag vill komma i kontakt med någon i ledningen. Det här är fjärde gången jag skriver. /Roger""")
    m(B, "sv", "c1", "C", "har du Facebook", "Tack Moa",
"""Tack Moa! Har du Facebook? Jag skulle vilja lägga till dig som vän. /Vera""")

    # ---------------- it
    m(B, "it", "n1", "", "aggiornare il mio numero personale", "Numero",
"""Buongiorno, vorrei aggiornare il mio numero di cellulare personale sul profilo: 333 1234567. Grazie, Rita""")
    m(B, "it", "m1", "M", "voglio parlare con qualcuno più in alto", "Inaccettabile",
"""Voglio parlare con qualcuno più in alto di lei. È la terza volta che mi dite una cosa diversa. Lorenzo Fabbri""")
    m(B, "it", "n2", "", "candidatura team leader", "Candidatura Team Leader",
"""Buongiorno, invio la mia candidatura per la posizione di team leader del customer care. In allegato il CV. Cordiali saluti, Marta Riva""")

    # ---------------- pt
    m(B, "pt", "n1", "", "atualizar o meu telemóvel pessoal", "Telemóvel",
"""Olá, queria atualizar o meu telemóvel pessoal na conta para 912 345 678. Obrigada, Inês""")
    m(B, "pt", "m1", "M", "quero alguém com autoridade", "Absurdo",
"""Quero que alguém com autoridade me contacte. O meu serviço foi cortado sem aviso. Rui Nogueira""")
    m(B, "pt", "c1", "C", "tem Facebook? te adiciono", "Obrigado Caio",
"""Caio, obrigado! Você tem Facebook? Vou te adicionar lá. Abraço, Felipe""")
