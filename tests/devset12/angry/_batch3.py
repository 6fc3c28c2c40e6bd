"""devset12 angry, batch 3 (measured before any tuning on it): longer business mails, formal register,
anger mid-body, replies whose NEW text is angry, plus calm look-alikes."""
B = "b3"

def add_b3(m):
    # ---------------- en
    m(B, "en", "a1", "A", "formal complaint, not good enough, lied to", "Formal complaint - account 88120-C",
"""Dear Sir or Madam,

I am writing to make a formal complaint about the way my account has been handled since September.

On three occasions I was assured by your staff that the duplicate direct debit had been stopped. On each occasion it was taken again the following month. I do not appreciate being lied to, and frankly this is not good enough from a company of your size.

I expect a written response within 7 days.

Yours faithfully,
Robert Ashworth""")
    m(B, "en", "a2", "A", "what exactly am I paying for", "Re: Your ticket has been closed",
"""Closed? Nothing has been done. What exactly am I paying for every month - a service that auto-closes my tickets so your stats look nice? Reopen it and have an actual person look at it.

> Your ticket #77231 has been closed due to inactivity.
> If you need further help, please open a new request.

Hannah""")
    m(B, "en", "a3", "A", "don't tell me to clear the cache again", "clear cache? seriously?",
"""Please do not tell me to clear my cache and reinstall again. I did that on day one, I did it again when your colleague asked, and I did it a third time yesterday. I'm at the end of my rope here. It's your server that's timing out, not my laptop.

Chris""")
    m(B, "en", "a4", "A", "not impressed + review threat", "Not impressed",
"""Not impressed at all. Booked a table through your app, turned up with my family on my daughter's birthday and the restaurant had no record of it. Your app even sent me a confirmation. I'll be leaving an honest review and I won't be using it again.

Louise""")
    m(B, "en", "n1", "", "frustrating bug but calm, no worries", "Small bug with date picker",
"""Hi team,

Slightly frustrating little bug: the date picker jumps back to today when you change the month. No worries though, typing the date works fine as a workaround. Just letting you know.

Best,
Yusuf""")
    m(B, "en", "n2", "", "new text calm, quoted anger from colleague", "Fwd: complaint from our warehouse",
"""Hi,

Forwarding this from our warehouse manager for context - the labels are printing fine again since your update this morning, so nothing to do here, just wanted you to have the full picture.

Thanks,
Olivia

---------- Forwarded message ---------
From: Dean (Warehouse)
> This printer integration is a total joke, third day in a row we've had to
> hand-write labels. I'm sick of it.""")
    m(B, "en", "n3", "", "we were worried but resolved, thank you", "Thank you for yesterday",
"""Hello,

I have to admit we were pretty nervous yesterday when the migration stalled, but your engineer stayed on the call until it was done. Really appreciated - please pass on our thanks.

Regards,
Priya Shah
Operations""")

    # ---------------- de
    m(B, "de", "a1", "A", "Frechheit + veräppelt", "Ihre Antwort vom 19.11.",
"""Guten Tag,

ich fühle mich ehrlich gesagt veräppelt. Sie schreiben mir, das Gerät sei "ohne Befund", dabei geht es nach fünf Minuten aus, das habe ich sogar per Video dokumentiert. Dass Sie mir dafür jetzt noch 89 Euro Prüfgebühr berechnen wollen, ist eine Frechheit.

Mit freundlichen Grüßen
Werner Koch""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "a2", "A", "Was soll das? + es reicht", "Was soll das?",
"""Was soll das eigentlich? Jede Woche ein neues Update, und jedes Mal ist danach irgendwas kaputt. Diesmal die Druckfunktion. Es reicht jetzt wirklich, wir verlieren damit Kunden.

Sandra Peters
Praxis Dr. Peters""")
    m(B, "de", "a3", "A", "ich bin es leid, immer hinterherzulaufen", "Rückerstattung 4410",
"""Hallo,

ich bin es leid, Ihnen ständig hinterherlaufen zu müssen. Die Rückerstattung wurde am 2. Oktober bestätigt und ist bis heute nicht da. Muss ich wirklich jede Woche anrufen, damit hier irgendwas passiert?

Grüße
Ali Yilmaz""")
    m(B, "de", "n1", "", "calm complaint-ish, Reklamation neutral", "Reklamation Artikel 22-104",
"""Guten Tag,

leider ist der gelieferte Stuhl an einer Armlehne beschädigt. Fotos anbei. Können Sie mir bitte ein Ersatzteil schicken oder einen Austausch veranlassen?

Vielen Dank und freundliche Grüße
Claudia Neumann""")
    m(B, "de", "n2", "", "not angry, nur Frage", "Preisänderung",
"""Hallo,

ich bin nicht verärgert, möchte nur verstehen, warum der Preis meines Tarifs gestiegen ist. Gab es dazu eine Mitteilung?

Danke und Gruß
Felix""")

    # ---------------- fr
    m(B, "fr", "a1", "A", "c'est n'importe quoi + je suis à bout", "N'importe quoi",
"""Bonjour,

C'est n'importe quoi. Trois techniciens sont venus, chacun m'a dit que le précédent avait mal branché la box. Résultat : toujours pas de connexion après un mois. Je suis à bout.

Laurent""")
    m(B, "fr", "a2", "A", "vous vous moquez de moi", "Re: Geste commercial",
"""Un bon de réduction de 5 € après trois semaines sans service ? Vous vous moquez de moi. Je ne vois pas d'autre mot.

Cordialement,
Nathalie Roux""", fmt="html")
    m(B, "fr", "n1", "", "un peu déçue, polite", "Retour sur ma commande",
"""Bonjour,

Un peu déçue par la couleur du pull, qui est plus foncée que sur la photo. Ce n'est pas grave, je le garde, mais je voulais vous le signaler.

Bonne journée,
Manon""")
    m(B, "fr", "n2", "", "calm reminder", "Relance devis",
"""Bonjour Monsieur Girard,

Je me permets de vous relancer concernant le devis envoyé le 12. Aucune urgence, c'est simplement pour savoir si vous avez pu le consulter.

Bien cordialement,
Antoine Blanc""")

    # ---------------- es
    m(B, "es", "a1", "A", "es el colmo + no hay derecho", "Es el colmo",
"""Es el colmo. Me cortáis la luz por un recibo que YA está pagado, os mando el justificante dos veces y aún así nadie lo revisa. No hay derecho a tratar así a la gente.

Antonio Navarro""")
    m(B, "es", "a2", "A", "me estáis tomando el pelo", "Re: Re: Devolución",
"""¿Me estáis tomando el pelo? Ahora resulta que la devolución está "en trámite" desde hace 40 días. Ya está bien. Quiero una solución hoy.

> Estimada clienta, su solicitud está en trámite.

Beatriz""")
    m(B, "es", "n1", "", "praise with 'increíble'", "¡Increíble!",
"""¡Hola! Increíble lo rápido que habéis resuelto la incidencia, en media hora estaba todo funcionando. Mil gracias.

Sergio""")
    m(B, "es", "n2", "", "third party neutral: otro proveedor era un desastre", "Alta nueva",
"""Hola,

Venimos de otro proveedor con el que tuvimos bastantes problemas, así que queremos hacer bien la migración desde el principio. ¿Tenéis una guía para importar contactos?

Gracias,
Laura, Clínica Dental Sol""")

    # ---------------- it
    m(B, "it", "a1", "A", "presa in giro + assurdo", "Una presa in giro",
"""Buongiorno,

questa è una presa in giro. Pago per la fibra e da un mese navigo a 2 mega. Ogni volta che chiamo mi fanno riavviare il modem. È assurdo che nessuno mandi un tecnico.

Roberto""")
    m(B, "it", "a2", "A", "sono esasperata + basta", "Basta!",
"""Sono esasperata. Quinta telefonata, quinto operatore, quinta versione diversa. Basta, voglio parlare con qualcuno che sappia cosa sta facendo.

Valentina Greco""", fmt="b64")
    m(B, "it", "n1", "", "calm, third-party 'disastro' neutral", "Importazione dati",
"""Buongiorno,

il vecchio fornitore ci ha lasciato un export un po' disordinato. Potete aiutarci a importarlo? Allego il file.

Grazie mille,
Paolo, ufficio amministrazione""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "falta de respeito + descaso (BR)", "Descaso total",
"""Boa tarde,

Que falta de respeito com o cliente. Três protocolos abertos, nenhum resolvido, e cada atendente me manda reiniciar o roteador. Não aguento mais esse descaso.

Rodrigo""")
    m(B, "pt", "a2", "A", "é um absurdo (PT)", "Fatura errada outra vez",
"""É um absurdo. Pela terceira vez a fatura vem com um valor que não tem nada a ver com o meu tarifário. Já nem sei a quem me queixar.

Helena Marques""", fmt="qp")
    m(B, "pt", "n1", "", "calm reminder", "Lembrete",
"""Olá,

Só um pequeno lembrete sobre o pedido de segunda via da fatura. Obrigado e bom trabalho!

João""")

    # ---------------- nl
    m(B, "nl", "a1", "A", "ik ben er klaar mee", "Klaar mee",
"""Ik ben er klaar mee. Drie maanden lang elke week een storing, en elke keer krijg ik te horen dat het 'bekend' is. Per 1 januari zeg ik op.

Dennis""")
    m(B, "nl", "a2", "A", "waar slaat dit op", "Waar slaat dit op?",
"""Goedemorgen,

Waar slaat dit op? Ik krijg een aanmaning voor een factuur die al lang betaald is, inclusief €15 administratiekosten. Dit is gewoon schandalig.

Met vriendelijke groet,
Wendy Visser""")
    m(B, "nl", "n1", "", "calm bug report", "Fout in export",
"""Hoi,

Bij het exporteren naar Excel verdwijnen de voorloopnullen in de postcodes. Is daar een instelling voor?

Groet,
Thijs""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "brak słów + kpina", "Brak słów",
"""Brak słów. Zamówienie miało być w poniedziałek, dziś jest piątek, a status od tygodnia "w przygotowaniu". Na czacie tylko wyuczone formułki. To jest kpina z klienta.

Agnieszka""")
    m(B, "pl", "a2", "A", "szlag mnie trafia", "Znowu awaria",
"""Szlag mnie trafia. Trzecia awaria w tym miesiącu i znowu nikt nic nie wie. Płacę abonament za usługę, której nie ma.

Krzysztof""")
    m(B, "pl", "n1", "", "polite mild disappointment", "Opinia",
"""Dzień dobry,

Trochę szkoda, że w nowej wersji zniknął tryb ciemny. Poza tym wszystko super.

Pozdrawiam,
Ola""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "sunt exasperat + revoltător", "Revoltător",
"""Bună ziua,

Sunt exasperat. De trei săptămâni nu am internet și fiecare operator îmi spune altceva. Mi se pare revoltător să plătesc pentru un serviciu care nu există.

Cosmin Ionescu""")
    m(B, "ro", "n1", "", "praise", "Mulțumiri",
"""Bună ziua,

Vă mulțumesc pentru ajutor, totul funcționează perfect acum. Sunteți super!

Diana""")

    # ---------------- da
    m(B, "da", "a1", "A", "jeg gider ikke mere", "Jeg gider ikke mere",
"""Hej,

Jeg gider simpelthen ikke mere. Hver eneste måned er der fejl på regningen, og hver gang skal jeg selv ringe og få det rettet. Det er jer, der laver fejlene, ikke mig.

Peter Hansen""")
    m(B, "da", "n1", "", "calm follow-up", "Opfølgning",
"""Hej,

Jeg ville bare høre, om I har fået min mail fra i fredags? Det haster ikke.

Venlig hilsen
Ida""")

    # ---------------- sv
    m(B, "sv", "a1", "A", "vad håller ni på med", "Vad håller ni på med?",
"""Vad håller ni på med egentligen? Tredje gången på en månad som min order försvinner ur systemet. Jag är så trött på att behöva jaga er.

Sara Berg""")
    m(B, "sv", "n1", "", "lite besviken, mild", "Feedback",
"""Hej,

Blev lite besviken på att leveransen tog en vecka, men varan var fin. Tack!

Mvh Oskar""")
