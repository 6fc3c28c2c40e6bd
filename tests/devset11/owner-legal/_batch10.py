"""devset11 owner-legal, batch 10 (measured after b1-b9 tuning, before any tuning on b10)."""
B = "b10"

def add(m):
    # ================= account-ownership
    m(B, "it", "o45", "O", "add me as owner and remove the old one, he sold me his share", "quote societarie",
"""Buongiorno, il mio socio mi ha venduto le sue quote e ora la società è interamente mia. Aggiungetemi come proprietario e rimuovete lui, non deve più vedere i dati. Grazie, Tommaso Bruno""")
    m(B, "it", "o46", "O", "hand over the admin credentials to me, designer unreachable, run-on no punctuation", "admin sito",
"""buongiorno mi servono le credenziali da amministratore del nostro account il grafico che lo aveva configurato è irraggiungibile da mesi e noi dobbiamo aggiornare i prezzi per natale fatemi sapere""")
    m(B, "it", "o47", "O", "the account belongs to our cooperative, not to the former president", "Cooperativa",
"""L'account appartiene alla cooperativa, non all'ex presidente che l'aveva aperto con la sua mail personale. Vi chiediamo di trasferirlo al nuovo consiglio, cioè a me come presidente in carica. Saluti, Rosa Marchetti""")
    m(B, "it", "on38", "", "owner asks whether admin can see billing", "fatturazione",
"""Salve, sono il proprietario dell'account: gli amministratori che aggiungo possono vedere anche la sezione fatturazione, o solo io? Grazie, Pietro""")
    m(B, "it", "on39", "", "question on data ownership in contract", "contratto",
"""Buongiorno, nel contratto non trovo una clausola sulla proprietà dei dati. Potete indicarmi dove è scritto che i dati restano nostri? Grazie, Ufficio legale Termoidraulica Sud""")
    m(B, "pl", "o25", "O", "we're the new owners, transfer the account to us", "Nowi właściciele",
"""Dzień dobry, jesteśmy nowymi właścicielami restauracji od 1 grudnia. Prosimy o przeniesienie konta na nas, poprzedni właściciel się zgadza, ale nie ma czasu się tym zająć. Pozdrawiam, Ewa i Marcin""")
    m(B, "pl", "on26", "", "account owner asks about admin roles difference", "Role",
"""Jaka jest różnica między rolą administratora a właściciela konta? Jestem właścicielem i zastanawiam się, komu co przydzielić. Dzięki""")
    m(B, "pt", "o23", "O", "PT: change the owner of the account to me, colleague emigrated", "Mudança de proprietário",
"""Boa tarde, o colega que era proprietário da conta emigrou para o Canadá. Peço que alterem o proprietário para mim, sou o responsável de TI desde outubro. Obrigado, Miguel Antunes""")
    m(B, "pt", "on23", "", "owner asks to download all data before cancelling", "Exportar dados",
"""Sou a dona da conta e antes de cancelar quero descarregar todos os dados. Como faço? Obrigada, Leonor""")
    m(B, "sv", "o25", "O", "I'm the new owner, the old owner's email should be replaced with mine", "ny ägare",
"""Hej, jag är ny ägare till restaurangen. Ni behöver ersätta den gamla ägarens mejladress med min, annars kommer jag inte åt någonting. /Ali""")
    m(B, "sv", "o26", "O", "hand the account over to me, the founder has left", "Kontot",
"""Hej, grundaren har lämnat bolaget och vi behöver att ni lämnar över kontot till mig som ny vd. Vi har protokoll från styrelsemötet. Mvh Karolina""")
    m(B, "sv", "on24", "", "owner asks about changing own password", "Lösenord",
"""Hej, jag är kontoägare och vill byta mitt eget lösenord, men jag hittar inte var. /Lars""")

    # ================= legal-threat
    m(B, "en", "l37", "L", "I'm going to take legal advice and pursue this", "Overcharging",
"""I'm going to take legal advice on this and I fully intend to pursue it. You've overcharged me for 5 months. Jenny""")
    m(B, "en", "l38", "L", "forwarded everything to my lawyer", "fwd",
"""I've forwarded this whole email thread to my lawyer. Expect to hear from him. Paul""")
    m(B, "en", "ln36", "", "company asks for your legal entity name for contract", "Legal entity",
"""Hi, for our contract register, what's the exact legal entity name and registered address we're contracting with? Thanks, Legal Ops""")
    m(B, "en", "ln37", "", "feature: track court deadlines for law firm clients", "Deadline tracking",
"""Hello, we're evaluating your tool for a law firm client. Can tasks be linked to court deadlines with automatic reminders? Thanks, Consultant""")
    m(B, "de", "l30", "L", "I'll take legal action, consumer centre already informed", "Kündigung",
"""Ich werde gegen Sie rechtlich vorgehen. Die Verbraucherzentrale habe ich bereits informiert. Olaf Schreiber""")
    m(B, "de", "l31", "L", "I'll leave it to my lawyer now", "Re: Ihre Antwort",
"""Dann überlasse ich das jetzt meinem Anwalt.

Gruß, Nora

> Wir bedauern, Ihnen mitteilen zu müssen, dass keine Erstattung erfolgt.""")
    m(B, "de", "ln35", "", "law office asks how to set up shared inbox", "Gemeinsames Postfach",
"""Hallo, wie richten wir in unserer Anwaltskanzlei ein gemeinsames Postfach für das Sekretariat ein? Danke, Frau Möller""")
    m(B, "de", "ln36", "", "DSGVO deletion request, plain", "Löschung meiner Daten",
"""Sehr geehrte Damen und Herren, bitte löschen Sie gemäß Art. 17 DSGVO alle meine personenbezogenen Daten und bestätigen Sie die Löschung. Danke, Paul Jäger""")
    m(B, "de", "ln37", "", "legal insurance number in profile field, neutral", "Rechtsschutz",
"""Hallo, kann ich in meinem Kundenprofil hinterlegen, dass ich eine Rechtsschutzversicherung habe? Ihr Formular fragt danach, aber das Feld ist gesperrt. Gruß, Ute""")
    m(B, "nl", "l24", "L", "I'm going to court if needed", "Terugbetaling",
"""Desnoods stap ik naar de rechter. Ik wil mijn geld terug voor het niet geleverde pakket. Groet, Bram""")
    m(B, "nl", "l25", "L", "filed a complaint with the disputes committee", "Geschil",
"""Ik heb het geschil inmiddels aangemeld bij de Geschillencommissie. Zij nemen contact met u op. Met vriendelijke groet, Tineke""")
    m(B, "nl", "ln28", "", "law firm asks about document templates", "Sjablonen",
"""Hallo, wij zijn een advocatenkantoor en willen onze eigen sjablonen voor brieven gebruiken. Kan dat in jullie pakket? Groet, Office""")
    m(B, "nl", "ln29", "", "company legal department asks for the processing agreement", "Verwerkersovereenkomst",
"""Onze afdeling juridische zaken wil graag de verwerkersovereenkomst ontvangen ter ondertekening. Alvast dank! Femke""")
    m(B, "pl", "l25", "L", "I'll go to court with this", "Zwrot kosztów",
"""Pójdę z tym do sądu, jeśli do końca miesiąca nie zwrócicie kosztów naprawy. Stanisław""")
    m(B, "pl", "l26", "L", "consulting with a lawyer about next steps", "Dalsze kroki",
"""Konsultuję się z prawnikiem w sprawie dalszych kroków. Wasze odpowiedzi zachowuję jako dowód. Aneta""")
    m(B, "pl", "ln29", "", "law firm asks about adding a second office", "Drugie biuro",
"""Dzień dobry, nasza kancelaria otwiera drugie biuro w Gdańsku. Czy możemy dodać drugą lokalizację do tego samego konta? Pozdrawiam""")
    m(B, "pl", "ln30", "", "neutral question about complaint procedure in terms", "Reklamacje",
"""Gdzie w regulaminie jest opisana procedura reklamacyjna i ile macie dni na odpowiedź? Pytam z ciekawości. Dzięki""")
