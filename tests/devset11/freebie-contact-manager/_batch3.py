"""devset11 freebie-contact-manager, batch 3 (written after b2 tuning; measured before tuning on it).
Weighted to manager-request hard negatives: thanks passed to the agent's boss, reports of an earlier
talk with a manager, adding a supervisor role, the customer's own managers; plus fresh positives."""
B = "b3"

def add(m):
    # ---------------- en
    m(B, "en", "n10", "", "pass thanks to your manager (praise)", "Great support",
"""Hi Anna,

just wanted to say thank you, you were brilliant on the phone today. Please pass on my thanks to your manager as well, you deserve a raise!

Warm regards,
Beth""")
    m(B, "en", "n11", "", "talked to your manager at the trade fair (report)", "Trade fair follow-up",
"""Hello,

I talked to your sales manager Steve at the Logistics Expo last week and he said you could set up a trial account for our warehouse team. Could you get that started? Our company is Norden Freight.

Thanks,
Ian Moss""")
    m(B, "en", "n12", "", "your team lead already confirmed the date, just checking", "Re: fix date",
"""Hi, your team lead Anna already confirmed on the call that the fix goes out on Friday. Just double checking that's still the plan so I can tell our staff. Thanks, Gary""")
    m(B, "en", "n13", "", "add a supervisor user to the team in the app", "Adding a supervisor",
"""Hi, I'd like to add a supervisor to our night shift team in the app so she can see everyone's timesheets. Which role do I pick? Thanks, Noreen""")
    m(B, "en", "n14", "", "company switchboard number to call accounts", "Phone number?",
"""Hi, what number do I call to reach your accounts team? The one on the website just goes to voicemail. Thanks, Dale""")
    m(B, "en", "f5", "F", "throw in the premium plan, expect at least a month free", "Disappointed",
"""After the mess with the calendar sync I expect at least a month free, and frankly you could throw in the premium plan for a while too. We've been patient.

Regards
Kevin O'Brien""")
    m(B, "en", "p5", "P", "meet privately outside work to discuss", "Your help",
"""Hi Jess, you clearly know this system inside out. Could we meet up sometime after hours? I'd happily pay you for an hour of your time to go through our setup privately, no need to involve the company.

Rachel""")
    m(B, "en", "m4", "M", "I want someone senior to call me", "Complaint - order 1182",
"""I want someone senior to call me back today about order 1182. I'm not explaining it to another first-line agent.""")

    # ---------------- de
    m(B, "de", "n6", "", "Dank an Ihre Chefin ausrichten", "Dankeschön",
"""Liebe Frau Yilmaz, richten Sie bitte auch Ihrer Chefin aus, wie zufrieden wir mit Ihrer Unterstützung waren. Sie haben uns wirklich gerettet! Viele Grüße, Familie Schubert""")
    m(B, "de", "n7", "", "gestern mit Ihrem Teamleiter gesprochen, nur Bestätigung", "Rückfrage",
"""Hallo, ich habe gestern mit Ihrem Teamleiter Herrn Wolf telefoniert und er hat zugesagt, dass das Update diese Woche kommt. Können Sie mir das schriftlich bestätigen? Danke, S. Brandt""")
    m(B, "de", "f4", "F", "Ich will wenigstens einen Teil zurück als Gutschrift / gratis Zusatzmodul", "Verlängerung",
"""Hallo,

wir verlängern nur, wenn Sie uns beim Preis entgegenkommen, etwa mit dem Zusatzmodul Zeiterfassung ohne Aufpreis. Bei der Konkurrenz bekämen wir das inklusive.

Gruß
Frank Lorenz""")
    m(B, "de", "p3", "P", "privat treffen, Kaffee", "Danke nochmal",
"""Hi Lea, danke nochmal für deine Hilfe! Wenn du mal in Hamburg bist, lad ich dich auf einen Kaffee ein, dann können wir das in Ruhe privat besprechen. Schreib mir einfach auf Insta :) Tobi""")
    m(B, "de", "m3", "M", "jemanden mit Entscheidungsbefugnis", "Reklamation",
"""Ich verlange, dass sich jemand mit Entscheidungsbefugnis bei mir meldet. Mit Ihren Textbausteinen komme ich nicht weiter.""")

    # ---------------- da
    m(B, "da", "n5", "", "giv din chef ros fra mig", "Ros",
"""Hej Camilla, du skal have tusind tak, og sig endelig til din chef, at du har gjort et fremragende stykke arbejde. Mvh Jens""")
    m(B, "da", "f3", "F", "kompensation, gratis måned", "Fejl i lønkørsel",
"""Hej

Jeres fejl i lønmodulet betød, at vi skulle køre lønnen om. Det har kostet os mange timer, og jeg synes, det er på sin plads, at I giver os et afslag på næste regning.

Mvh
Charlotte Vinther""")
    m(B, "da", "p3", "P", "din private mail, uden om systemet", "Opfølgning",
"""Hej Kasper, kan du ikke sende mig din private mail? Så kan vi tage resten uden om supportsystemet. Hilsen Rasmus""")
    m(B, "da", "m3", "M", "teamleder", "Klage over behandling",
"""Jeg ønsker at få min klage behandlet af din teamleder, ikke af endnu en ny medarbejder.""")

    # ---------------- ro
    m(B, "ro", "n5", "", "transmiteți mulțumiri șefului", "Mulțumiri",
"""Bună ziua, vă rog să transmiteți mulțumirile mele și șefului dumneavoastră, colega Ana a fost extraordinară. O zi bună!""")
    m(B, "ro", "f3", "F", "măcar o lună fără plată", "Probleme facturare",
"""Bună ziua, după toate problemele cu facturarea din ultima lună, consider că ar fi corect să nu ne taxați luna decembrie. Altfel ne gândim serios să plecăm.""")
    m(B, "ro", "p3", "P", "ne vedem la o cafea, instagram", "Mersi mult",
"""Mersi mult Alina! Dacă ești prin Iași te invit la o cafea. Îmi dai Instagramul tău? :)""")
    m(B, "ro", "m3", "M", "escaladați la conducere", "Reclamație",
"""Vă rog să escaladați reclamația mea la conducerea firmei. Nu mai accept amânări.""")

    # ---------------- pl
    m(B, "pl", "n5", "", "podziękowania dla przełożonego", "Podziękowanie",
"""Dzień dobry, proszę przekazać moje podziękowania przełożonemu Pani Ani. Pomogła nam błyskawicznie. Pozdrawiam, Beata""")
    m(B, "pl", "n6", "", "kierownik sklepu ma dostęp", "Dostęp dla kierownika",
"""Dzień dobry, chciałbym nadać kierownikowi sklepu uprawnienia do raportów. Gdzie to ustawić? Marcin""")
    m(B, "pl", "f3", "F", "oczekuję rekompensaty w postaci darmowego pakietu", "Reklamacja",
"""Dzień dobry, po tygodniu bez działającego systemu oczekuję jakiejś formy zadośćuczynienia, np. pakietu Premium na kwartał bez dopłaty. Pozdrawiam, Adam Kowalczyk""")
    m(B, "pl", "p3", "P", "prywatny mail", "Dalsza współpraca",
"""Pani Magdo, czy mogę dostać Pani prywatny adres e-mail? Wolałbym pisać do Pani bezpośrednio niż przez formularz zgłoszeń. Pozdrawiam, Krzysztof""")

    # ---------------- es
    m(B, "es", "n5", "", "dale las gracias a tu jefe", "Gracias",
"""Hola Sergio, muchas gracias por todo. Dile a tu jefe que eres un crack, de verdad. Un abrazo, Manuel""")
    m(B, "es", "n6", "", "hablé ayer con vuestro supervisor, confirmación", "Confirmación",
"""Buenos días, ayer hablé por teléfono con vuestro supervisor y me confirmó que el cambio de plan se aplica el día 1. ¿Me lo podéis confirmar por escrito? Gracias, Rocío""")
    m(B, "es", "f3", "F", "exijo una rebaja", "Subida de precio",
"""Con la subida de precio y los fallos que llevamos, exijo una rebaja en la cuota o nos damos de baja. Así de claro.""")
    m(B, "es", "p3", "P", "dime dónde trabajas / quedar", "Re: Gracias",
"""Jaja gracias a ti Marta. ¿Quedamos algún día para comer y me lo explicas en persona? Pásame tu número y lo hablamos por privado.""")
    m(B, "es", "m3", "M", "pasadme con alguien de más arriba", "Queja",
"""Pasadme con alguien de más arriba, por favor, porque con vosotros no hay manera.""")

    # ---------------- fr
    m(B, "fr", "n5", "", "transmettez mes remerciements à votre responsable", "Merci",
"""Bonjour Thomas, merci pour votre réactivité. Transmettez mes remerciements à votre responsable, c'est rare un service aussi efficace ! Bien cordialement, Odile""")
    m(B, "fr", "n6", "", "adresse postale du siège pour courrier", "Adresse",
"""Bonjour, quelle est l'adresse postale de votre siège ? Je dois envoyer un courrier recommandé pour la résiliation. Merci""")
    m(B, "fr", "f3", "F", "vous pourriez au moins m'offrir l'option", "Mise à jour ratée",
"""Bonjour, depuis la mise à jour je perds un temps fou. Vous pourriez au moins m'offrir l'option statistiques pendant quelques mois pour compenser. Cordialement, Éric""")
    m(B, "fr", "p3", "P", "votre adresse perso pour envoyer un cadeau", "Petit cadeau",
"""Bonjour Léa, vous m'avez tellement aidée que j'aimerais vous envoyer un petit cadeau. Vous pouvez me donner votre adresse personnelle ? Bises, Josiane""")
    m(B, "fr", "m3", "M", "quelqu'un de plus haut placé", "Dossier 7712",
"""Je demande à être recontacté par quelqu'un de plus haut placé dans votre service. Votre collègue a été incapable de répondre.""")

    # ---------------- nl
    m(B, "nl", "n5", "", "doe de groeten aan je leidinggevende, compliment", "Compliment",
"""Hoi Mark, super bedankt. Zeg maar tegen je leidinggevende dat hij blij mag zijn met jou! Groet, Esther""")
    m(B, "nl", "f3", "F", "als tegemoetkoming een maand", "Storing",
"""Beste,

Twee dagen geen toegang tot de planning. Ik vind dat jullie ons daarvoor moeten compenseren, bijvoorbeeld door december niet te factureren.

Groet, Jeroen""")
    m(B, "nl", "p3", "P", "mag ik je Instagram", "Bedankt!",
"""Dankjewel Lotte!! Je bent een topper. Wat is je Insta? Dan volg ik je :)""")
    m(B, "nl", "m3", "M", "iemand hoger", "Klacht",
"""Kan iemand die hoger in de organisatie zit hier naar kijken? Het wordt tijd dat dit serieus genomen wordt.""")

    # ---------------- sv
    m(B, "sv", "n5", "", "hälsa din chef", "Tack",
"""Tack Hanna! Hälsa din chef att du gör ett kanonjobb. /Ulf""")
    m(B, "sv", "n6", "", "pricing q: what does the annual plan cost", "Pris",
"""Hej, vad kostar årsabonnemanget för 8 användare? Ingår support? Mvh Therese""")
    m(B, "sv", "f3", "F", "kräver kompensation / gratis månad", "Krav",
"""Hej, med tanke på allt strul i höstas tycker jag att ni ska bjuda på premiumfunktionerna resten av året. Annars byter vi leverantör. /Åsa""")
    m(B, "sv", "p3", "P", "träffas privat", "Tack för hjälpen",
"""Hej Jonas, vill du ta en öl efter jobbet någon dag? Skicka ditt nummer så hör jag av mig. /Fredrik""")
    m(B, "sv", "m3", "M", "eskalera till chef", "Ärende",
"""Eskalera det här till en chef, tack. Jag har väntat i två veckor.""")

    # ---------------- it
    m(B, "it", "n5", "", "ringrazi il suo responsabile", "Grazie",
"""Buongiorno, ringrazi anche il suo responsabile da parte mia: un'assistenza così non l'avevo mai vista. Cordiali saluti, Elena""")
    m(B, "it", "f3", "F", "cosa ci offrite per il disservizio", "Disservizio",
"""Buongiorno, il gestionale è rimasto bloccato per quattro giorni. Cosa ci offrite per il disservizio? Non possiamo pagare il canone pieno. Saluti, Roberto""")
    m(B, "it", "m3", "M", "passatemi qualcuno di più alto", "Reclamo",
"""Passatemi qualcuno più in alto, per favore. Con il primo livello non si risolve niente.""")

    # ---------------- pt
    m(B, "pt", "n5", "", "agradeça ao seu supervisor", "Obrigada",
"""Olá Bruno, muito obrigada! Agradeça também ao seu supervisor, o atendimento foi impecável. Beijos, Sónia""")
    m(B, "pt", "f3", "F", "queremos uns meses sem pagar", "Problemas",
"""Bom dia, depois destes meses todos de falhas, achamos justo que nos deem uns meses sem pagar a mensalidade. Cumprimentos, Nuno""")
    m(B, "pt", "p3", "P", "encontrar pessoalmente / LinkedIn", "Contacto",
"""Olá Inês, adorei a sua ajuda. Podemos ligar-nos no LinkedIn? Gostava de manter o contacto consigo fora do trabalho. Abraço, Tiago""")
    m(B, "pt", "m3", "M", "escalar para a gerência", "Reclamação formal",
"""Solicito que a minha reclamação seja escalada para a gerência. Não aceito mais respostas genéricas.""")
