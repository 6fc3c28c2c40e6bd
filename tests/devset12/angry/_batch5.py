"""devset12 angry, batch 5 (measured before any tuning on it): implicit anger, idioms, curt replies;
calm look-alikes with the same words used harmlessly."""
B = "b5"

def add_b5(m):
    # ---------------- en
    m(B, "en", "a1", "A", "every. single. time.", "Re: Delivery slot",
"""Every. Single. Time. I book a slot, I take the morning off work, and the driver "couldn't find the address". The address hasn't changed in 12 years. Why do I even bother.

Frank""")
    m(B, "en", "a2", "A", "spare me the apology, want explanation", "Re: We apologise for the inconvenience",
"""Spare me the "we apologise for the inconvenience". That's the fourth time I've read that sentence this month. I want an explanation of why my account keeps getting locked, not another apology.

Deborah Lane""")
    m(B, "en", "a3", "A", "you've lost a customer, shambles", "Lost a customer",
"""Congratulations, you've lost a customer. The whole upgrade process was a shambles from start to finish and not one person took the time to call me back.

Ian Fletcher""", fmt="qp")
    m(B, "en", "a4", "A", "how is this still a thing", "how is this still broken",
"""How is this still a thing?? I reported the exact same sync bug in March. It's November. Nobody seems to care.

Megan""")
    m(B, "en", "n1", "", "ashamed of my own mistake", "My mistake, sorry",
"""Hi,

Slightly ashamed to admit it but the 'bug' I reported yesterday was me using the wrong API key. All working now, sorry for wasting your time!

Liam""")
    m(B, "en", "n2", "", "question: how do I stop emails (every single time neutral)", "Notification emails",
"""Hello,

I get an email every single time someone comments on a task, which is a bit much for our team of 40. Is there a way to switch to a daily digest?

Thanks,
Grace""")
    m(B, "en", "n3", "", "never again = password prompt", "never asked again?",
"""Hi,

After ticking 'remember this device' I'm never asked for the 2FA code again, even after a week. Is that expected? Just want to make sure it's secure.

Regards,
Noah""")

    # ---------------- de
    m(B, "de", "a1", "A", "Armutszeugnis + unterirdisch", "Kundenservice",
"""Ihr Kundenservice ist ehrlich gesagt unterirdisch. Zwei Stunden Warteschleife, dann eine Mitarbeiterin, die von nichts weiß. Für ein Unternehmen Ihrer Größe ein echtes Armutszeugnis.

Gerhard Wolf""")
    m(B, "de", "a2", "A", "Ich glaub ich spinne / darf doch nicht wahr sein", "Schon wieder abgebucht",
"""Ich glaub, ich spinne. Sie haben schon WIEDER den Jahresbeitrag abgebucht, obwohl ich im August gekündigt habe und die Kündigung schriftlich bestätigt wurde. Das darf doch nicht wahr sein.

Melanie Roth""")
    m(B, "de", "a3", "A", "Mir reicht's + ich bin bedient", "Mir reicht's",
"""Mir reicht's. Dritter Techniker-Termin, wieder niemand erschienen, wieder ein Urlaubstag weg. Ich bin bedient.

Uwe""")
    m(B, "de", "n1", "", "calm, 'nicht wahr' neutral", "Frage zum Tarif",
"""Hallo,

der Tarif enthält doch 20 GB, nicht wahr? In der App sehe ich nur 10 GB. Können Sie das bitte prüfen?

Danke, Lisa""")
    m(B, "de", "n2", "", "Abwesenheit/praise mixed", "Lob",
"""Hallo zusammen,

ich wollte nur sagen: nach den Startschwierigkeiten im Sommer läuft jetzt alles rund. Danke für Ihre Geduld mit meinen vielen Fragen!

Herzliche Grüße
Monika""")

    # ---------------- fr
    m(B, "fr", "a1", "A", "on nous prend pour des pigeons", "Augmentation de tarif",
"""Une augmentation de 30 % sans prévenir, et il faut la découvrir sur la facture ? On nous prend vraiment pour des pigeons. Je suis excédé.

Bernard Fontaine""")
    m(B, "fr", "a2", "A", "hors de moi + honteux", "Colis perdu",
"""Je suis hors de moi. Colis perdu, aucun suivi, et votre service me demande d'attendre encore 15 jours "pour l'enquête". C'est honteux.

Aurélie""", fmt="b64")
    m(B, "fr", "n1", "", "calm: je m'excuse de relancer", "Relance",
"""Bonjour,

Désolé de vous relancer, je sais que vous êtes très sollicités en ce moment. Avez-vous pu regarder ma demande de changement d'adresse ?

Merci beaucoup,
Thomas""")
    m(B, "fr", "n2", "", "honteux of self", "Oups",
"""Bonjour,

Un peu honteux, j'avais simplement oublié de valider mon adresse e-mail. Tout fonctionne, merci pour votre patience !

Maxime""")

    # ---------------- es
    m(B, "es", "a1", "A", "estoy indignada + no me lo puedo creer", "Indignada",
"""Estoy indignada. Pedí la baja hace dos meses, me la confirmaron por escrito, y ahora me llega otro cargo. No me lo puedo creer.

Pilar""")
    m(B, "es", "a2", "A", "un desastre absoluto + me tenéis frito", "Desastre",
"""Vuestro servicio técnico es un desastre absoluto. Tres visitas, tres técnicos, cero soluciones. Me tenéis frito.

Jorge Castillo""")
    m(B, "es", "n1", "", "desastre about weather neutral", "Entrega retrasada por el temporal",
"""Hola,

Entiendo que con el temporal de esta semana todo es un desastre en las carreteras, así que no os preocupéis por el retraso. Avisadme cuando salga el paquete.

Gracias,
Irene""")

    # ---------------- it
    m(B, "it", "a1", "A", "roba da matti + non se ne può più", "Roba da matti",
"""Roba da matti. Mi avete spedito per la terza volta il prodotto sbagliato. Non se ne può più, davvero.

Stefano""")
    m(B, "it", "a2", "A", "inaccettabile, cliente da anni", "Reclamo formale",
"""Gentili signori,

dopo dieci anni di fedeltà trovo inaccettabile essere trattato come un numero. Nessuna risposta a tre email e due PEC. Valuterò seriamente di cambiare fornitore.

Distinti saluti,
Ing. Marco Rinaldi""")
    m(B, "it", "n1", "", "praise: pazzesco", "Grazie",
"""Pazzesco quanto è veloce la nuova versione! Complimenti a tutto il team.

Federica""")

    # ---------------- pt
    m(B, "pt", "a1", "A", "estou de saco cheio (BR)", "Saco cheio",
"""Estou de saco cheio dessa empresa. Toda semana a internet cai e ninguém resolve. Já pensei mil vezes em cancelar.

Thiago""")
    m(B, "pt", "a2", "A", "inadmissível + revoltado", "Inadmissível",
"""É inadmissível que uma encomenda paga há três semanas ainda não tenha saído do armazém. Estou revoltado com o vosso serviço.

Nuno Ferreira""")
    m(B, "pt", "n1", "", "calm", "Morada de entrega",
"""Olá! Podem entregar a encomenda no meu local de trabalho em vez de casa? Obrigada.

Beatriz""")

    # ---------------- nl
    m(B, "nl", "a1", "A", "spuugzat + word er gek van", "Spuugzat",
"""Ik ben het spuugzat. Elke maand weer een verkeerde factuur en elke maand weer bellen. Ik word er gek van.

Ruud""")
    m(B, "nl", "a2", "A", "om moedeloos van te worden", "Storing",
"""Het is om moedeloos van te worden. Vijf weken storing, drie monteurs, en niemand die weet wat er mis is. Ik verwacht nu echt actie.

Ingrid Smit""", fmt="alt")
    m(B, "nl", "n1", "", "gek = funny neutral", "Gek foutje",
"""Hoi,

Gek foutje gezien: in de app staat mijn naam twee keer. Niet erg, maar misschien handig om te weten.

Groet,
Daan""")

    # ---------------- pl
    m(B, "pl", "a1", "A", "masakra + mam tego dosyć", "Masakra",
"""Masakra jakaś. Czwarty raz przekładacie dostawę. Mam tego serdecznie dosyć.

Paweł""")
    m(B, "pl", "a2", "A", "jestem zażenowana poziomem", "Obsługa",
"""Jestem zażenowana poziomem obsługi. Nikt nie oddzwania, maile zostają bez odpowiedzi, a faktury przychodzą regularnie. Wstyd.

Joanna Kowalczyk""")
    m(B, "pl", "n1", "", "calm follow-up", "Przypomnienie",
"""Dzień dobry,

Uprzejmie przypominam o mojej prośbie z zeszłego tygodnia. Dziękuję i pozdrawiam,
Grzegorz""")

    # ---------------- ro
    m(B, "ro", "a1", "A", "incompetență + nu e normal", "Nu e normal",
"""Nu e normal ce se întâmplă. A patra oară când vă sun și de fiecare dată o iau de la capăt cu alt operator. Câtă incompetență.

Florin""")
    m(B, "ro", "n1", "", "calm", "Schimbare adresă",
"""Bună ziua,

Vă rog să actualizați adresa de livrare. Mulțumesc frumos!

Alina""")

    # ---------------- da
    m(B, "da", "a1", "A", "helt til grin + rasende", "Helt til grin",
"""Det er helt til grin. Pakken har stået "på vej" i tre uger. Jeg er rasende.

Morten""")
    m(B, "da", "n1", "", "calm", "Ændring",
"""Hej,

Kan I ændre min leveringsadresse til min arbejdsplads? Tak.

Mvh Julie""")

    # ---------------- sv
    m(B, "sv", "a1", "A", "förbannad + har tröttnat", "Förbannad",
"""Jag är förbannad på riktigt. Ni har debiterat mig två gånger och ingen svarar på mejl. Jag har tröttnat på att vänta.

Magnus""", fmt="qp")
    m(B, "sv", "n1", "", "calm", "Fråga",
"""Hej,

Går det att byta betalkort i appen? Hittar inte var.

Tack, Elin""")
