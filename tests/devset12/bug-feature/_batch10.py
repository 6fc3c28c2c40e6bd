"""devset12 bug-feature, batch 10 (measured before tuning on it; written after b9 tuning).
Free-form narratives in ro pl pt it nl sv (one situation per message, not parallel), plus en/de."""
B = "b10"

def add(m):
    m(B, "en", "b1", "B", "narrative: PDF quote shows last year's logo", "Old logo on quotes",
"""Hi, we rebranded in September and uploaded the new logo, which shows fine in the app and on invoices. But every quote PDF still goes out with the old logo at the top. Customers have been asking if we've changed hands. Grace""")
    m(B, "en", "f1", "F", "narrative wish: dragging tasks between projects", "Moving tasks",
"""Every Monday I spend twenty minutes copying tasks from our 'Inbox' project into the right client projects, because you can only move them one at a time. Being able to select a batch and move them together would make Mondays much less painful. Ta, Phil""")
    m(B, "de", "b1", "B", "Erzählung: Team-Kalender zeigt Urlaub nicht", "Urlaub nicht sichtbar",
"""Hallo, seit einer Woche tauchen eingetragene Urlaube nicht mehr im Teamkalender auf. In der persönlichen Ansicht der Kollegen stehen sie drin, im Teamkalender sieht es aus, als wären alle da. Letzte Woche hat deshalb niemand gemerkt, dass zwei Leute fehlen. Gruß, Ute""")

    m(B, "ro", "b1", "B", "narativ: numerotarea facturilor sare", "Numerotare facturi",
"""Bună ziua, după factura 2024-0187 a urmat direct 2024-0203, fără să fi emis nimic între ele. Contabila ne-a atras atenția că nu avem voie să avem goluri în numerotare. Nimeni n-a șters facturi. Vă rog să verificați. Gabriel""")
    m(B, "ro", "b2", "B", "narativ: ora de final greșită în email", "Ora de final",
"""Bună, în emailul de confirmare scrie că programarea se termină la 11:00, deși serviciul durează 90 de minute și începe la 10:00. În calendar durata e corectă. Clientele își fac planuri după ora din email. Mulțumesc, Oana""")
    m(B, "ro", "f1", "F", "vrem semnătură pe tabletă", "Semnătură",
"""Bună ziua, la fiecare client nou tipărim un formular de consimțământ pe care îl semnează de mână și apoi îl scanăm. Mi-aș dori să poată semna direct pe tabletă și să se salveze în fișa lui. Există așa ceva în plan? Mulțumesc, Daniela""")
    m(B, "ro", "n1", "", "doar o întrebare de utilizare", "Întrebare",
"""Bună, dacă un client vrea să mute o programare, o poate face singur din linkul din email sau trebuie să ne sune? Mulțumesc, Marian""")

    m(B, "pl", "b1", "B", "narracja: numeracja faktur przeskakuje", "Numeracja faktur",
"""Dzień dobry, po fakturze FV/11/2024/087 system wystawił od razu FV/11/2024/103, a w międzyczasie nic nie wystawialiśmy. Księgowa zwróciła uwagę, że nie może być dziur w numeracji. Nikt nic nie usuwał. Pozdrawiam, Grzegorz""")
    m(B, "pl", "b2", "B", "narracja: mail ma złą godzinę końca", "Godzina zakończenia",
"""Cześć, w mailu z potwierdzeniem stoi, że wizyta kończy się o 11:00, choć usługa trwa 90 minut i zaczyna się o 10:00. W kalendarzu czas trwania jest dobry. Klientki planują sobie dzień według maila. Ania""")
    m(B, "pl", "f1", "F", "podpis na tablecie", "Podpis na tablecie",
"""Dzień dobry, każdemu nowemu klientowi drukujemy zgodę, którą podpisuje długopisem, a potem ją skanujemy. Marzy mi się, żeby mógł podpisać od razu na tablecie i żeby to się zapisało w jego karcie. Jest coś takiego w planach? Pozdrawiam, Dominika""")
    m(B, "pl", "n1", "", "pytanie o użycie", "Pytanie",
"""Dzień dobry, czy klient może sam przełożyć wizytę z linku w mailu, czy musi do nas zadzwonić? Dziękuję, Janusz""")

    m(B, "pt", "b1", "B", "narrativa: numeração das faturas salta", "Numeração de faturas",
"""Bom dia, depois da fatura FT 2024/187 o sistema passou logo para a FT 2024/203, sem termos emitido nada entre elas. O contabilista avisou que não pode haver falhas na numeração. Ninguém anulou faturas. Cumprimentos, Nelson""")
    m(B, "pt", "b2", "B", "br: hora de término errada no email", "Horário de término",
"""Oi, no email de confirmação aparece que o atendimento termina às 11h, mas o serviço dura 90 minutos e começa às 10h. Na agenda a duração está certinha. As clientes se programam pelo horário do email. Obrigada, Camila""")
    m(B, "pt", "f1", "F", "assinatura no tablet", "Assinatura",
"""Olá, a cada cliente novo imprimimos um consentimento que ele assina à mão e depois digitalizamos. Adorava que pudesse assinar logo no tablet e ficasse guardado na ficha. Está nos planos? Obrigada, Mariana""")
    m(B, "pt", "n1", "", "pergunta de utilização", "Dúvida",
"""Olá, o cliente consegue remarcar sozinho pelo link do email ou tem de nos ligar? Obrigado, Vítor""")

    m(B, "it", "b1", "B", "narrativo: numerazione fatture salta", "Numerazione fatture",
"""Buongiorno, dopo la fattura 187/2024 il programma è passato direttamente alla 203/2024, senza che ne avessimo emesse altre nel mezzo. Il commercialista ci ha fatto notare che non ci possono essere buchi nella numerazione. Nessuno ha cancellato fatture. Grazie, Mauro""")
    m(B, "it", "b2", "B", "narrativo: ora di fine sbagliata nella mail", "Orario di fine",
"""Ciao, nella mail di conferma c'è scritto che l'appuntamento finisce alle 11:00, anche se il trattamento dura 90 minuti e inizia alle 10:00. In agenda la durata è giusta. Le clienti si organizzano in base alla mail. Grazie, Debora""")
    m(B, "it", "f1", "F", "firma su tablet", "Firma consenso",
"""Buongiorno, a ogni nuovo cliente stampiamo il consenso, lo firma a penna e poi lo scansioniamo. Mi piacerebbe che potesse firmare direttamente sul tablet e che restasse salvato nella sua scheda. È nei vostri piani? Grazie, Valeria""")
    m(B, "it", "n1", "", "domanda d'uso", "Domanda",
"""Buongiorno, il cliente può spostare da solo l'appuntamento dal link nella mail o deve telefonarci? Grazie, Ivano""")

    m(B, "nl", "b1", "B", "verhaal: factuurnummering springt", "Factuurnummers",
"""Goedemorgen, na factuur 2024-187 ging het systeem meteen naar 2024-203, terwijl we daartussen niets hebben gefactureerd. Onze boekhouder zegt dat er geen gaten in de nummering mogen zitten. Niemand heeft facturen verwijderd. Groet, Hans""")
    m(B, "nl", "b2", "B", "verhaal: eindtijd in mail klopt niet", "Eindtijd",
"""Hoi, in de bevestigingsmail staat dat de afspraak om 11:00 eindigt, terwijl de behandeling 90 minuten duurt en om 10:00 begint. In de agenda staat de duur goed. Klanten plannen hun dag op de mail. Groet, Inge""")
    m(B, "nl", "f1", "F", "handtekening op tablet", "Toestemmingsformulier",
"""Hallo, bij elke nieuwe klant printen we een toestemmingsformulier dat ze met pen tekenen en dat wij daarna scannen. Ik zou het mooi vinden als ze direct op de tablet kunnen tekenen en het in hun kaart wordt opgeslagen. Staat dat in de planning? Groet, Evi""")
    m(B, "nl", "n1", "", "gebruiksvraag", "Vraagje",
"""Hoi, kan een klant zelf een afspraak verzetten via de link in de mail, of moet die ons bellen? Groet, Jeroen""")

    m(B, "sv", "b1", "B", "berättande: fakturanumreringen hoppar", "Fakturanummer",
"""Hej, efter faktura 2024-187 hoppade systemet direkt till 2024-203 utan att vi skapat något däremellan. Vår revisor säger att det inte får finnas luckor i nummerserien. Ingen har raderat några fakturor. /Patrik""")
    m(B, "sv", "b2", "B", "berättande: sluttid i mejlet fel", "Sluttid",
"""Hej, i bekräftelsemejlet står det att besöket slutar 11:00, fast behandlingen tar 90 minuter och börjar 10:00. I kalendern är längden rätt. Kunderna planerar sin dag efter mejlet. /Sofia""")
    m(B, "sv", "f1", "F", "signering på surfplatta", "Samtycke",
"""Hej, för varje ny kund skriver vi ut ett samtyckesformulär som de skriver under för hand och som vi sedan skannar. Jag skulle önska att de kunde signera direkt på surfplattan och att det sparades på kundkortet. Finns det i planerna? /Emma""")
    m(B, "sv", "n1", "", "användarfråga", "Fråga",
"""Hej, kan en kund själv flytta sin tid via länken i mejlet eller måste den ringa oss? /Björn""")
