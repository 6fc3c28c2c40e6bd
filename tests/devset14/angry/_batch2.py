"""devset14 angry, batch 2 (measured before any tuning on it): leaving out of frustration (competitor,
after N years, never again), betrayal ('I used to recommend you', 'I am done'), time wasted;
negatives: leaving for neutral reasons, 'done' = finished, time spent neutrally, praise."""
B = "b2"

def add_b2(m):
    # ---------------- en
    m(B, "en", "a1", "A", "cancelling after 8 years, betrayal", "Cancellation",
"""Please cancel our subscription at the end of the month. Eight years with you and this is how it ends - three outages in November and not one word from anyone. I used to recommend you to every client I had.

Derek Holloway
Holloway Print & Design""")
    m(B, "en", "a2", "A", "mobile terse, done, moving", "",
"""im done. moving everything to the other crowd next week, at least they pick up the phone""")
    m(B, "en", "a3", "A", "wasted whole afternoon", "Import tool",
"""I have just wasted my entire afternoon re-uploading the same CSV because your importer silently drops every second row. An afternoon I was supposed to spend with paying customers.

R. Singh""")
    m(B, "en", "n1", "", "leaving for neutral reason", "Closing our account",
"""Hi, we've been acquired and the parent company uses a different provider, so please close our account from 1 January. Thanks for the years of good service!

Maria""")
    m(B, "en", "n2", "", "done = finished", "Re: Verification",
"""Done - I've uploaded the documents you asked for. Let me know if anything else is missing.

Paul""")
    # ---------------- de
    m(B, "de", "a1", "A", "nie wieder, Konkurrenz", "Kündigung",
"""Hiermit kündige ich zum nächstmöglichen Termin. Nach diesem Theater mit der Rücksendung bestelle ich bei Ihnen garantiert nie wieder etwas. Ab jetzt nur noch bei der Konkurrenz.

Gerd Hollmann""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "a2", "A", "Swiss, ganzer Nachmittag verloren", "Buchungssystem",
"""Grüezi

Ich habe heute den ganzen Nachmittag mit Ihrem Buchungssystem verbracht, und am Schluss waren alle Termine wieder weg. Das ist doch nicht normal. Ich bin langsam am Ende mit meinem Latein.

Urs Brunner""")
    m(B, "de", "n1", "", "neutral switch, budget", "Vertragsende",
"""Hallo, aus Budgetgründen wechseln wir nächstes Jahr zu einer internen Lösung. Bitte bestätigen Sie das Vertragsende zum 31.12. Danke für die gute Zusammenarbeit.

Petra Lang""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "client depuis 10 ans, je pars", "Résiliation",
"""Client depuis dix ans, j'ai toujours défendu votre marque autour de moi. Aujourd'hui c'est fini : trois mois pour traiter une simple réclamation, c'est indigne. Je pars chez un concurrent.

Bernard Faure""")
    m(B, "fr", "a2", "A", "perdu ma matinée", "Mise à jour",
"""J'ai perdu toute ma matinée à cause de votre mise à jour qui a effacé mes réglages. Encore. J'en peux plus.

Sylvie""")
    m(B, "fr", "n1", "", "déménagement, neutral leaving", "Résiliation suite déménagement",
"""Bonjour, je déménage au Canada et je souhaite résilier mon abonnement. Merci pour tout, le service a toujours été impeccable.

Hélène Martin""")
    # ---------------- es
    m(B, "es", "a1", "A", "me voy a la competencia", "Baja",
"""Quiero darme de baja. Llevo seis años con ustedes y me tratan como a un número. Me voy a la competencia, que por lo menos contestan el teléfono.

Jorge Medina""")
    m(B, "es", "a2", "A", "tiempo perdido, es-MX", "la plataforma",
"""Perdí toda la mañana con su plataforma y al final no se guardó nada. Ya me cansé de esto, neta.

Alejandra""")
    m(B, "es", "n1", "", "perdí = lost password", "Perdí mi contraseña",
"""Hola, perdí mi contraseña y no recuerdo el correo de registro. ¿Me ayudan? Gracias de antemano.

Carmen""")
    # ---------------- it
    m(B, "it", "a1", "A", "non vi consiglierò più", "Disdetta",
"""Vi consigliavo a tutti i miei amici. Adesso dopo questo trattamento non vi consiglierò più a nessuno, anzi. Disdico tutto e passo a un altro operatore.

Gianni Moretti""")
    m(B, "it", "a2", "A", "ho perso una giornata", "Configurazione",
"""Ho perso un'intera giornata di lavoro per colpa del vostro aggiornamento. Una giornata! E nessuno si degna di rispondere.

Valentina""", fmt="b64")
    m(B, "it", "n1", "", "passing to another plan, neutral", "Cambio piano",
"""Buongiorno, vorrei passare al piano Business dal mese prossimo. Come procedo? Grazie.

Lorenzo""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "pt-BR: nunca mais", "Cancelamento",
"""Quero cancelar. Nunca mais compro nada de vocês. Três semanas esperando uma resposta e nada. Vou para a concorrência.

Juliana Ramos""")
    m(B, "pt", "a2", "A", "pt-PT: perdi a tarde", "Portal",
"""Perdi a tarde inteira a tentar submeter o pedido no vosso portal. Estou farta disto.

Sofia Almeida""")
    m(B, "pt", "n1", "", "neutral cancellation", "Cancelamento de contrato",
"""Olá, gostaria de cancelar o contrato porque a empresa vai fechar. Obrigado pelo atendimento ao longo destes anos.

Paulo""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "ik ben er klaar mee", "Opzegging",
"""Ik ben er klaar mee. Zeven jaar klant en nu drie maanden gedoe over één factuur. Ik stap over naar een andere aanbieder.

Henk de Vries""")
    m(B, "nl", "a2", "A", "Flemish: halve dag verloren", "Software",
"""Ik heb vandaag een halve dag verloren aan jullie software die om de tien minuten vastloopt. Dit kan toch niet meer.

Koen""")
    m(B, "nl", "n1", "", "klaar = finished", "Klaar",
"""Hoi, ik ben klaar met het invullen van het formulier. Kunnen jullie het controleren? Groetjes, Femke""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "aldrig mer", "Uppsägning",
"""Jag säger upp mitt abonnemang. Aldrig mer att jag handlar hos er. Jag har rekommenderat er till alla i flera år, det gör jag inte längre.

Anders Berg""")
    m(B, "sv", "a2", "A", "en hel dag bortkastad", "Bokningen",
"""En hel arbetsdag bortkastad på att försöka få er bokningsfunktion att fungera. Jag är så trött på det här.

Maja""")
    m(B, "sv", "n1", "", "flyttar, neutral", "Säga upp",
"""Hej! Vi flyttar utomlands och vill därför säga upp avtalet. Tack för bra service genom åren.

Eva""")
    # ---------------- da
    m(B, "da", "a1", "A", "skifter til konkurrenten", "Opsigelse",
"""Jeg opsiger hermed mit abonnement. Efter 11 år som kunde er jeg færdig med jer. Jeg skifter til en anden udbyder, som faktisk svarer på mails.

Henrik Nielsen""")
    m(B, "da", "a2", "A", "spildt en hel dag", "Systemet",
"""Jeg har spildt en hel dag på jeres system i dag. Det er simpelthen for dårligt.

Lone""")
    m(B, "da", "n1", "", "færdig = finished", "Færdig",
"""Hej, jeg er færdig med at udfylde formularen. Tak for hjælpen! Mvh Sofie""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "nigdy więcej, rezygnuję", "Rezygnacja",
"""Rezygnuję z usług. Nigdy więcej nie skorzystam z waszej firmy. Przechodzę do konkurencji, tam przynajmniej ktoś odbiera telefon.

Marek Zając""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "a2", "A", "stracony dzień", "System rezerwacji",
"""Straciłam przez was cały dzień. Cały dzień! System się wiesza co pięć minut. Jestem wykończona.

Ewa""")
    m(B, "pl", "n1", "", "neutral cancellation", "Wypowiedzenie",
"""Dzień dobry, ze względu na zamknięcie działalności proszę o rozwiązanie umowy. Dziękuję za współpracę.

Jan Nowak""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "nu mai vreau, la concurenta", "Reziliere",
"""Vreau să reziliez contractul. Sunt client de 9 ani și așa ceva n-am mai văzut. Mă mut la concurență.

Mihai Ionescu""", fmt="qp", charset="iso-8859-16")
    m(B, "ro", "a2", "A", "am pierdut o zi, no diacritics", "aplicatia",
"""Am pierdut o zi intreaga din cauza aplicatiei voastre. Sunt satul de scuze.

Radu""")
    m(B, "ro", "n1", "", "neutral: firm closing", "Incetare contract",
"""Bună ziua, firma se închide la final de an, vă rog să încetați contractul. Mulțumim pentru colaborare!

Elena""")
    # extra
    m(B, "en", "a4", "A", "time wasted, hold", "Phone support",
"""Two hours and ten minutes of my life on hold today. Two hours. Then the call dropped. Thanks a lot.

Bev""")
    m(B, "en", "n3", "", "never again = positive", "Great tip",
"""Thanks for the tip about the backup setting - I'll never again lose a draft! Brilliant.

Hannah""")
