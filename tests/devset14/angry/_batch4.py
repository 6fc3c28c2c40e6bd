"""devset14 angry, batch 4 (measured before any tuning on it): new rhetorical questions ('do you even test
your updates?', 'who signs off on this?'), passive-aggressive politeness, anger mixed with requests, shouting
subjects; negatives that touch round-12 entries: calm 'crashed again' bug reports with logs, genuine
'do you even support X?' questions, previous-provider complaints, 'I'm not angry', caps praise."""
B = "b4"

def add_b4(m):
    # ---------------- en
    m(B, "en", "a1", "A", "do you even test", "Latest update",
"""Do you people even test your updates before pushing them out? Every release breaks the export and we're the ones explaining it to our clients.

Sam""")
    m(B, "en", "a2", "A", "passive-aggressive", "Re: Case 20931",
"""I trust this will be the last time I have to explain that the invoice address is wrong. Kindly read the previous emails in this thread before replying with the same question a fourth time.

Regards,
Catherine Moss""")
    m(B, "en", "a3", "A", "shouting subject, refund", "STILL NO REFUND",
"""It has been 31 days. Where is my money?

Tariq""")
    m(B, "en", "n1", "", "calm bug report 'crashed again' with logs", "App crashed again - logs attached",
"""Hi, the iOS app crashed again when I opened the scanner, same as on Monday. I've attached the crash log and a screen recording. Version 5.2.1, iPhone 13. Thanks!

Lee""")
    m(B, "en", "n2", "", "genuine 'do you even support'", "SSO question",
"""Quick one: do you even support SAML SSO on the Team plan, or is it Enterprise only? Trying to decide before Friday.

Ana""")
    m(B, "en", "n3", "", "previous provider was a joke, happy now", "Switching to you",
"""Our previous provider was honestly a joke - we'd wait a week for a reply. Really glad to have moved to you, the onboarding call today was great.

Mike""")
    # ---------------- de
    m(B, "de", "a1", "A", "testet ihr eigentlich", "Update",
"""Testet ihr eigentlich irgendwas, bevor ihr ein Update ausrollt? Seit gestern geht der Export wieder nicht, und ich darf das meinen Kunden erklären.

Jens""")
    m(B, "de", "a2", "A", "passiv-aggressiv, bitte lesen", "AW: AW: Vorgang 4471",
"""Ich bitte Sie nun wirklich, meine vorherigen Nachrichten zu lesen, bevor Sie mir zum dritten Mal dieselbe Frage stellen. Die Antwort steht weiter unten.

Mit freundlichen Grüßen
Ingrid Wolf

> Sehr geehrte Frau Wolf, können Sie uns Ihre Kundennummer nennen?""")
    m(B, "de", "n1", "", "ich bin nicht sauer", "Frage zur Rechnung",
"""Ich bin nicht sauer, nur verwirrt: warum ist die Rechnung diesen Monat 3 Euro höher? Danke für eine kurze Erklärung.

Jonas""")
    m(B, "de", "n2", "", "calm: App stürzt wieder ab, Logs", "App stürzt wieder ab",
"""Hallo, die App ist heute wieder abgestürzt, als ich ein Foto hochladen wollte. Anbei das Protokoll. Android 14, Version 3.9. Danke!

Nina""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "qui valide ça", "Nouvelle interface",
"""Qui a validé cette nouvelle interface ? Plus rien n'est à sa place, les factures ont disparu du menu. On a l'impression que personne chez vous n'utilise votre propre produit.

Olivier""")
    m(B, "fr", "a2", "A", "ironie polie", "Relance n°3",
"""Je me permets de vous relancer pour la troisième fois, au cas où mes deux précédents messages se seraient perdus dans vos boîtes. Je commence sérieusement à perdre patience.

Véronique""")
    m(B, "fr", "n1", "", "relance polie", "Relance",
"""Bonjour, je me permets de vous relancer concernant ma demande du 12. Pas d'urgence, bonne journée !

Luc""")
    # ---------------- es
    m(B, "es", "a1", "A", "¿alguien prueba esto?", "Actualización",
"""¿Alguien en su empresa prueba las actualizaciones antes de sacarlas? Cada vez que actualizan se rompe algo distinto. Estoy hasta las narices.

Iñaki""")
    m(B, "es", "a2", "A", "exige y amenaza", "Devolución YA",
"""Llevo un mes esperando la devolución de 230 euros. Quiero mi dinero esta semana o pongo una hoja de reclamaciones y les dejo la reseña que se merecen.

Pilar""")
    m(B, "es", "n1", "", "calm bug: se colgó otra vez", "Se colgó otra vez",
"""Hola, la aplicación se colgó otra vez al exportar el PDF. Les adjunto captura y versión. Gracias por revisarlo.

Diego""")
    # ---------------- it
    m(B, "it", "a1", "A", "ma li provate", "Aggiornamento",
"""Ma gli aggiornamenti li provate prima di rilasciarli o no? Ogni volta si rompe qualcosa. Sono stufo.

Fabio""")
    m(B, "it", "a2", "A", "cortesia tagliente", "Terzo sollecito",
"""Gentilissimi, vi pregherei di leggere le mie mail precedenti prima di chiedermi per l'ennesima volta gli stessi documenti. Grazie.

Laura Conti""")
    m(B, "it", "n1", "", "non sono arrabbiato", "Domanda",
"""Non sono arrabbiato, voglio solo capire perché la fattura è cambiata. Grazie.

Matteo""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "pt-BR: vocês testam?", "Atualização",
"""Vocês testam alguma coisa antes de lançar? Toda atualização quebra o app. Cansei.

Leandro""")
    m(B, "pt", "a2", "A", "pt-PT: educado mas farto", "3.º pedido",
"""Agradecia que lessem os e-mails anteriores antes de me pedirem, pela terceira vez, o mesmo comprovativo. Está a tornar-se ridículo.

Inês""")
    m(B, "pt", "n1", "", "calm: travou de novo", "App travou de novo",
"""Oi, o app travou de novo quando fui anexar a nota. Segue print. Obrigado!

Bruno""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "testen jullie wel", "Update",
"""Testen jullie die updates eigenlijk wel? Elke keer is er iets anders stuk. Ik word er zo moe van.

Ruben""")
    m(B, "nl", "a2", "A", "beleefd maar scherp", "Derde keer",
"""Graag eerst de vorige mails lezen voordat u mij voor de derde keer hetzelfde vraagt. Het begint echt vervelend te worden.

Ingrid""")
    m(B, "nl", "n1", "", "calm: weer uitgelogd bug", "Weer uitgelogd na update",
"""Hoi, sinds de update word ik weer uitgelogd na een paar minuten. Browser Firefox 120. Kunnen jullie ernaar kijken? Dank!

Lotte""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "testar ni ens", "Uppdateringen",
"""Testar ni ens era uppdateringar innan ni släpper dem? Varje gång slutar något fungera. Jag orkar inte längre.

Johan""")
    m(B, "sv", "a2", "A", "passiv-aggressiv", "Tredje gången",
"""Var vänlig läs mina tidigare mejl innan ni för tredje gången ber om samma kvitto. Tack på förhand.

Ulla""")
    m(B, "sv", "n1", "", "jag är inte arg", "Fråga",
"""Jag är inte arg, bara nyfiken: varför ändrades priset? Tack!

Emil""")
    # ---------------- da
    m(B, "da", "a1", "A", "tester I overhovedet", "Opdatering",
"""Tester I overhovedet jeres opdateringer? Hver gang går noget nyt i stykker. Jeg er så træt af det.

Rasmus""")
    m(B, "da", "a2", "A", "høflig men skarp", "Tredje gang",
"""Vær venlig at læse mine tidligere mails, før I for tredje gang beder om den samme kvittering.

Karen""")
    m(B, "da", "n1", "", "calm bug: crasher igen", "App crasher igen",
"""Hej, appen crasher igen når jeg åbner kalenderen. Log vedhæftet. Tak!

Frederik""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "czy wy to testujecie", "Aktualizacja",
"""Czy wy w ogóle testujecie te aktualizacje? Za każdym razem coś się psuje. Mam serdecznie dość.

Krzysztof""")
    m(B, "pl", "a2", "A", "uprzejmie ale ostro", "Trzeci raz",
"""Uprzejmie proszę o przeczytanie moich wcześniejszych wiadomości, zanim po raz trzeci poprosicie o ten sam dokument. To już robi się śmieszne.

Magdalena""")
    m(B, "pl", "n1", "", "calm bug: znowu nie działa", "Eksport znowu nie działa",
"""Dzień dobry, eksport do PDF znowu nie działa po ostatniej aktualizacji. Załączam zrzut ekranu. Dziękuję.

Paweł""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "testați ceva", "Actualizare",
"""Voi testați ceva înainte să lansați actualizările? De fiecare dată se strică altceva. M-am săturat.

Cosmin""")
    m(B, "ro", "a2", "A", "politicos dar taios", "A treia oara",
"""Vă rog să citiți mesajele anterioare înainte să îmi cereți a treia oară același document. Devine ridicol.

Lavinia""")
    m(B, "ro", "n1", "", "calm bug: nu merge din nou", "Exportul nu merge din nou",
"""Bună ziua, exportul nu merge din nou după actualizare. Atașez captura. Mulțumesc!

Sorin""")
