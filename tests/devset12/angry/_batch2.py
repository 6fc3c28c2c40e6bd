"""devset12 angry, batch 2 (measured before any tuning on it): subtler anger, no stock words."""
B = "b2"

def add_b2(m):
    # ---------------- en
    m(B, "en", "a1", "A", "rhetorical + sarcasm 'love that for me'", "Re: Re: Re: order 30012",
"""So the parcel is "delivered" according to your tracking, except it isn't, and your answer is to wait another 5 working days? Love that for me. Do you have any idea how many times I've had to chase this now?

Nadia""")
    m(B, "en", "a2", "A", "all caps subject + broken promise", "STILL NOT FIXED",
"""You said Monday. Then you said Wednesday. It's Friday evening and the export still doesn't work. I have a board meeting on Monday and nothing to show them. Thanks a lot.

Gareth Price
Finance Director""")
    m(B, "en", "a3", "A", "years customer, leaving, zero effort", "After 9 years",
"""I've been a customer for nine years and this is how you treat me? Not even an apology. Consider this my notice - I'll be moving everything over to another provider next month, and I'll be telling everyone I know why.

Margaret Hill""", fmt="alt")
    m(B, "en", "a4", "A", "mild swearing at the situation", "bloody invoice again",
"""Right, the bloody invoice has the wrong company name on it for the third month running. How many times do I need to send you the correct details before someone actually updates them?

Steve""")
    m(B, "en", "n1", "", "ridiculously fast praise", "Wow",
"""Just wanted to say the new upload speed is ridiculously fast - what used to take me ten minutes is done in seconds. Great job to whoever worked on that!

Kim""")
    m(B, "en", "n2", "", "cancel neutrally", "Cancel order 7781",
"""Hello,

Please cancel order 7781, I ordered the wrong size by mistake. I'll place a new order for the medium. Thanks!

Omar""")
    m(B, "en", "n3", "", "third party angry words neutral", "Migrating from our old tool",
"""Hi,

Our old ticketing tool was frankly a nightmare to export from, so we're moving everything over to you. Is there a recommended import format for about 40,000 tickets?

Thanks,
Ines Carvalho
IT Lead""")
    m(B, "en", "n4", "", "I'm done = finished setup", "done with setup",
"""Hi again,

I'm done with the setup on my side and the DNS records are in. Could you check from your end that everything is verified? No rush.

Cheers
Paul""")

    # ---------------- de
    m(B, "de", "a1", "A", "sarkasmus: super Service, echt", "Re: Ticket 66120",
"""Super Service, echt. Drei Wochen für eine Antwort, und die besteht aus einem Link zu Ihren FAQ, die ich natürlich längst gelesen habe. Wofür zahle ich eigentlich jeden Monat?

M. Krüger""")
    m(B, "de", "a2", "A", "mir platzt gleich der Kragen", "Schon wieder falsche Rechnung",
"""Mir platzt gleich der Kragen. Zum zweiten Mal in Folge eine Rechnung über den doppelten Betrag, und die Hotline ist nur "vorübergehend nicht erreichbar". Das kann doch nicht Ihr Ernst sein!

Gruß, Stefan""")
    m(B, "de", "a3", "A", "das ist doch ein Witz + Konsequenzen", "Kündigung",
"""Das ist doch ein Witz. Ich warte seit April auf die Gutschrift, die mir Ihre Kollegin fest zugesagt hat. Ich habe die Schnauze voll und kündige hiermit alle Verträge.

Birgit Lang""", fmt="html")
    m(B, "de", "n1", "", "calm bug report with Witz neutral", "Kleiner Fehler in der App",
"""Hallo,

kein Witz, ich habe den Fehler gerade dreimal reproduziert: beim Speichern eines Entwurfs springt der Cursor an den Anfang. Android 14, App-Version 5.2.1. Vielleicht hilft's!

LG Tim""")
    m(B, "de", "n2", "", "mild disappointment alone", "Rückmeldung",
"""Guten Tag,

schade, dass der Rabatt für Bestandskunden weggefallen ist. Ich bleibe trotzdem gern bei Ihnen, wollte es aber einmal anmerken.

Freundliche Grüße
Renate Schmid""")

    # ---------------- fr
    m(B, "fr", "a1", "A", "c'est une blague ou quoi", "C'est une blague ?",
"""C'est une blague ou quoi ? On me facture un abonnement que j'ai résilié il y a deux mois, avec accusé de réception. Je commence vraiment à perdre patience.

Nicolas""")
    m(B, "fr", "a2", "A", "ras-le-bol + passé de service en service", "Ras-le-bol",
"""Bonjour,

Ras-le-bol d'être baladé d'un service à l'autre. Le service technique me renvoie vers la facturation, qui me renvoie vers le technique. Personne n'est capable de régler un problème aussi simple ?

Isabelle Moreau""", fmt="qp", charset="iso-8859-1")
    m(B, "fr", "a3", "A", "client fidèle déçu, je pars", "Après 12 ans",
"""Client depuis douze ans, jamais je n'ai été aussi mal traité. Promesses non tenues, techniciens qui ne viennent pas. Je vais voir ailleurs, et croyez bien que je ne suis pas le seul.

P. Lefèvre""")
    m(B, "fr", "n1", "", "pas de souci, calm", "Re: Retard de livraison",
"""Bonjour,

Pas de souci pour le retard, je comprends tout à fait avec les grèves. Tenez-moi simplement au courant quand le colis part.

Bonne journée,
Camille""")
    m(B, "fr", "n2", "", "quoting a negative review neutrally", "Avis client à signaler",
"""Bonjour,

Un avis sur notre fiche dit "service nul, arnaque totale" alors que la personne n'a jamais été cliente. Est-il possible de le signaler comme faux ?

Merci,
Hélène, gérante""")

    # ---------------- es
    m(B, "es", "a1", "A", "vaya servicio, sarcasm", "Vaya servicio",
"""Vaya servicio. Pago la tarifa premium para tener soporte prioritario y tardáis una semana en contestar con un mensaje automático. Manda narices.

Raúl""")
    m(B, "es", "a2", "A", "se me acabó la paciencia + repeated", "Cuarta reclamación",
"""Buenos días,

Esta es mi cuarta reclamación por el mismo cargo duplicado. Se me ha acabado la paciencia. O me devolvéis el dinero esta semana o me doy de baja.

Carmen López""", fmt="b64")
    m(B, "es", "n1", "", "polite disappointment", "Opinión sobre la actualización",
"""Hola,

La verdad es que esperaba un poco más de la última actualización, pero entiendo que es un proceso. Seguiré usándola y os iré comentando.

Saludos,
Pablo""")
    m(B, "es", "n2", "", "quoted anger, now calm", "RE: Reclamación",
"""Muchas gracias, ya me ha llegado el abono. Todo solucionado.

Un saludo,
Teresa

-----Mensaje original-----
De: Teresa Gil
Enviado: lunes, 23 de noviembre de 2026 9:14
Asunto: Reclamación
Es indignante, llevo un mes esperando y nadie me contesta. Estoy hasta las narices.""")

    # ---------------- it
    m(B, "it", "a1", "A", "ma state scherzando", "Ma state scherzando?",
"""Ma state scherzando? Mi chiedete per la terza volta gli stessi documenti che vi ho già mandato due volte. Non ne posso più di questa burocrazia.

Francesca""")
    m(B, "it", "a2", "A", "cliente da anni, deluso, passo alla concorrenza", "Disdetta",
"""Sono cliente da quindici anni e mai mi era capitato un servizio così scadente. Tre settimane senza linea e nessuno che si degni di richiamare. Passo alla concorrenza, non ho altro da aggiungere.

Giorgio Conti""", fmt="qp")
    m(B, "it", "n1", "", "nessuna fretta", "Info ordine",
"""Buongiorno,

volevo solo sapere quando pensate di spedire l'ordine 5521. Nessuna fretta, grazie.

Chiara""")
    m(B, "it", "n2", "", "not angry just asking", "Domanda sull'addebito",
"""Buongiorno,

non sono arrabbiato, vorrei solo capire perché l'addebito di questo mese è più alto. Potete spiegarmi? Grazie.

Alessandro""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "isto é uma vergonha + brazil", "Atendimento péssimo",
"""Gente, isso é uma vergonha. Faz quinze dias que abri o chamado e ninguém me responde. Toda vez que ligo cai a ligação. Vocês acham que eu tenho tempo a perder?

Fernanda""")
    m(B, "pt", "a2", "A", "ando a ser enganado", "Promessas",
"""Prometeram-me que o técnico vinha na terça. Não veio. Prometeram na quinta. Também não. Já perdi dois dias de trabalho à espera. Chega!

Miguel Santos""")
    m(B, "pt", "n1", "", "praise", "Obrigado",
"""Olá,

Muito obrigado pela ajuda de ontem, o Bruno foi super atencioso e resolveu tudo em minutos.

Abraços,
Letícia""")
    m(B, "pt", "n2", "", "calm question", "Alterar morada",
"""Bom dia,

Como posso alterar a morada de faturação na minha conta? Obrigada.

Inês""")

    # ---------------- nl
    m(B, "nl", "a1", "A", "wat een aanfluiting", "Wat een aanfluiting",
"""Wat een aanfluiting is dit. Vier weken geleden besteld, drie keer gebeld, elke keer een ander verhaal. Ik heb er echt mijn buik vol van.

Joost""")
    m(B, "nl", "a2", "A", "rhetorical: hoe moeilijk kan het zijn", "Adres",
"""Hoe moeilijk kan het zijn om een adreswijziging door te voeren? Ik heb het nu vier keer doorgegeven en de post gaat nog steeds naar mijn oude huis. Dit slaat echt nergens op.

Marieke Bakker""", fmt="qp")
    m(B, "nl", "n1", "", "mild disappointment", "Feedback",
"""Hallo,

Jammer dat de app geen widget meer heeft, maar verder ben ik heel tevreden. Groetjes, Anouk""")
    m(B, "nl", "n2", "", "calm follow-up", "Re: Terugbetaling",
"""Beste,

Ik wilde even checken of de terugbetaling al in gang is gezet. Alvast bedankt!

Groet, Lars""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "to jakiś żart", "To jakiś żart?",
"""To jakiś żart? Trzeci raz wysyłam te same dokumenty i trzeci raz słyszę, że nic nie dotarło. Szczerze, ręce opadają.

Piotr Zieliński""")
    m(B, "pl", "a2", "A", "jestem wściekła", "Reklamacja",
"""Jestem wściekła. Obiecaliście zwrot pieniędzy do piątku, minęły dwa tygodnie i cisza. Nikt nie odbiera telefonu. Tak się nie traktuje klientów.

Magdalena""", fmt="b64")
    m(B, "pl", "n1", "", "calm question", "Faktura",
"""Dzień dobry,

Proszę o przesłanie faktury za październik na adres firmowy. Dziękuję.

Łukasz""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "nu se mai poate", "Nu se mai poate așa",
"""Nu se mai poate așa. De o lună aștept un răspuns și tot ce primesc sunt mesaje automate. Sunteți de râsul lumii.

Mihai""")
    m(B, "ro", "n1", "", "calm follow-up", "Revenire",
"""Bună ziua,

Revin cu o întrebare legată de comanda de săptămâna trecută: a fost expediată? Nu e nicio grabă.

Elena""")

    # ---------------- da
    m(B, "da", "a1", "A", "det er under al kritik", "Under al kritik",
"""Det er under al kritik. Fire uger uden internet og ingen kan give mig et svar på hvornår det virker igen. Jeg er så træt af jer.

Lars Nielsen""")
    m(B, "da", "n1", "", "praise", "Tak",
"""Hej,

Tusind tak for den hurtige hjælp i går. Alt virker nu!

Mvh Camilla""")

    # ---------------- sv
    m(B, "sv", "a1", "A", "jag är så less", "Less",
"""Jag är så less på det här. Varje gång jag ringer får jag vänta 45 minuter och sedan läggs samtalet på. Är det verkligen så svårt att svara i telefon?

Anders""")
    m(B, "sv", "n1", "", "calm question", "Faktura",
"""Hej,

Kan ni skicka fakturan som PDF istället för papper framöver? Tack på förhand.

Mvh Maja""")
