"""devset12 bug-feature, batch 1 (measured before any tuning on it)."""
B = "b1"

def add(m):
    # ---------------- en
    m(B, "en", "b1", "B", "narrative: invoice total lower than lines", "Invoice 1182",
"""Morning,

Bit of an odd one. I raised invoice 1182 for the Hendersons yesterday, three lines at 120, 80 and 45. The total at the bottom came out as 200 instead of 245, and that's what got emailed to them. I've checked it twice and the lines are definitely right.

Could someone take a look?
Rob Whitely""")
    m(B, "en", "b2", "B", "narrative: reminders go to old number", "reminders",
"""Hi there, one of my clients changed her mobile number last month and I updated it on her profile straight away. She's still not getting the appointment texts - her old number is getting them instead (her ex-husband, awkward!). The profile shows the new number.

Thanks, Jo""", fmt="qp")
    m(B, "en", "f1", "F", "why can't I - complaint about missing recurring", "recurring appointments??",
"""Why can't I set an appointment to repeat every two weeks? Half my clients come fortnightly and I'm typing every single one in by hand for months ahead. Seems like a pretty basic thing to be missing.

Lou""")
    m(B, "en", "f2", "F", "integration with Xero", "Xero",
"""Hello, we've moved our bookkeeping to Xero. Is there any chance your invoicing could talk to it directly, so we don't have to re-key everything at the end of the month? Happy to test a beta if there is one.

Regards
Martin Shaw, Shaw & Daughters Ltd""")
    m(B, "en", "n1", "", "how-to: how do I export to excel (exists)", "Export to Excel",
"""Hi, I'm sure this is in there somewhere but how do I get the client list into Excel? My manager wants it for a mailing. Thanks! Ellie""")
    m(B, "en", "n2", "", "outage: nobody can log in", "Can't log in - whole team",
"""None of us can log in since about 8:40, the site just says 503 Service Unavailable. Same from home and the office. Is there an outage?

Kev""", forbid="BF")
    m(B, "en", "n3", "", "praise for new feature", "New calendar",
"""Just wanted to say the new week view is brilliant, exactly what we'd been hoping for. The colour coding makes a real difference on busy days. Well done to whoever built it!

Sarah""")
    m(B, "en", "n4", "", "our team should add - internal", "Re: process change",
"""Hi Mike,

Agreed - our team should add a second check before invoices go out, I'll put it on the agenda for Thursday's meeting. Nothing needed from your side for now.

Thanks
Harriet""")

    # ---------------- de
    m(B, "de", "b1", "B", "Termine rutschen eine Stunde", "Termine verschoben",
"""Hallo,

seit der Zeitumstellung stehen alle Termine, die Kunden online buchen, bei uns eine Stunde später im Kalender als gebucht. Die Kundin bekommt 10 Uhr bestätigt, bei uns steht 11 Uhr. Die, die wir selbst eintragen, sind richtig.

Viele Grüße
Monika Schreiber""")
    m(B, "de", "f1", "F", "wünschen uns Mehrsprachigkeit", "Buchungsseite auf Englisch",
"""Guten Tag, wir haben viele internationale Gäste. Schön wäre es, wenn die Buchungsseite auch auf Englisch angezeigt werden könnte, je nach Browsersprache. Ist sowas geplant?

Freundliche Grüße
Hotel Lindenhof""")
    m(B, "de", "n1", "", "Rechnungsfrage", "Frage zur Rechnung",
"""Hallo, auf unserer letzten Rechnung steht das Paket "Pro", wir haben aber im Oktober auf "Basic" gewechselt. Können Sie mir kurz erklären, ab wann der neue Preis gilt? Danke, B. Meier""")
    m(B, "de", "n2", "", "Newsletter Funktionen", "Neu im November: Serientermine und mehr",
"""Hallo liebe Kundinnen und Kunden,

ab sofort können Sie Serientermine anlegen, Rechnungen als XRechnung exportieren und Ihre Buchungsseite auf Englisch anzeigen lassen. Alle neuen Funktionen finden Sie in unserem Blog.

Ihr Team
Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben. Abmelden""", fmt="html")

    # ---------------- da
    m(B, "da", "b1", "B", "kvittering viser forkert moms", "Moms på kvitteringer",
"""Hej,

Vores kvitteringer har siden i fredags vist 20 % moms i stedet for 25 %. Beløbet i alt er rigtigt, men momslinjen passer ikke, og revisoren har opdaget det. Vi har ikke ændret noget i opsætningen.

Venlig hilsen
Mette Holm""")
    m(B, "da", "f1", "F", "savner mørk tilstand", "Mørkt tema",
"""Hej, jeg arbejder tit om aftenen og savner virkelig et mørkt tema i appen. Er det noget I overvejer? Mvh Jonas""")
    m(B, "da", "n1", "", "how-to: hvordan tilføjer jeg medarbejder", "Ny medarbejder",
"""Hej, hvordan opretter jeg en ny medarbejder, så hun kan se sin egen kalender? Vi har fået en ny frisør. Tak, Lotte""")

    # ---------------- ro
    m(B, "ro", "b1", "B", "narativ: programarea dispare după salvare", "Programări care dispar",
"""Bună ziua,

Am o problemă ciudată: fac o programare pentru o clientă, o salvez, o văd în calendar, iar după ce dau refresh la pagină nu mai e acolo. Mi s-a întâmplat de trei ori azi, cu clienți diferiți. Colegele mele nu au problema asta.

Mulțumesc,
Andreea Popa""")
    m(B, "ro", "b2", "B", "factura are numele altui client", "Factura cu alt nume",
"""Salut, clientul Ionescu a primit pe email factura cu numele și adresa unui alt client de-al nostru. Suma era a lui, dar datele de sus erau ale altcuiva. Nu știu cum s-a putut întâmpla. Vă rog să verificați.
Mihai""")
    m(B, "ro", "f1", "F", "ar fi util export Excel", "Export în Excel",
"""Bună, ar fi foarte util dacă am putea exporta lista de clienți direct în Excel, nu doar în PDF. Contabila noastră lucrează numai în Excel. Aveți în plan așa ceva?

Cu stimă,
Elena Dumitru""")
    m(B, "ro", "f2", "F", "ne lipsește plata cu cardul online", "Plata online",
"""Bună ziua, ne lipsește foarte mult posibilitatea ca clienții să plătească avansul cu cardul când fac rezervarea. Mulți ne întreabă de asta. Se poate adăuga?

Vlad, Salon Elite""")
    m(B, "ro", "n1", "", "how-to: cum schimb parola", "Parola",
"""Bună, cum îmi pot schimba parola din aplicație? Nu găsesc opțiunea în meniu. Mulțumesc, Cristina""")
    m(B, "ro", "n2", "", "outage: site-ul nu merge pentru nimeni", "Site-ul e picat",
"""Bună dimineața, de o oră nimeni din echipă nu poate intra în cont, site-ul nu se încarcă deloc, nici de pe telefon. Aveți o pană generală?

Radu""", forbid="BF")

    # ---------------- pl
    m(B, "pl", "b1", "B", "narracja: raport pokazuje inną kwotę niż kasa", "Raport dzienny",
"""Dzień dobry,

od kilku dni raport dzienny pokazuje mniejszy utarg niż mamy faktycznie w kasie. Wczoraj w raporcie było 2 340 zł, a z paragonów wychodzi 2 910 zł. Wygląda na to, że płatności kartą w ogóle nie są doliczane.

Pozdrawiam
Agnieszka Wójcik""")
    m(B, "pl", "b2", "B", "klient dostaje dwa SMS-y", "Podwójne SMS-y",
"""Cześć, nasi klienci od tygodnia dostają każde przypomnienie SMS podwójnie, dwie identyczne wiadomości w odstępie minuty. Płacimy za każdą, więc wolałbym, żeby to ktoś sprawdził.
Tomek""")
    m(B, "pl", "f1", "F", "przydałaby się aplikacja na tablet", "Widok na tablet",
"""Dzień dobry, przydałby się osobny widok na tablet przy recepcji, żeby klienci mogli sami się zapisać. Czy planujecie coś takiego? Pozdrawiam, Ewa""")
    m(B, "pl", "f2", "F", "brakuje integracji z Google Calendar", "Google Calendar",
"""Hej, bardzo brakuje nam synchronizacji z Kalendarzem Google. Każdy z pracowników ma swój i musimy wszystko przepisywać ręcznie. Da się to dodać w przyszłości?
Paweł""")
    m(B, "pl", "n1", "", "billing: faktura VAT pytanie", "Faktura za listopad",
"""Dzień dobry, proszę o wystawienie faktury za listopad na nowy NIP firmy: 525-000-00-00. Adres się nie zmienił. Dziękuję, Katarzyna""")
    m(B, "pl", "n2", "", "how-to: jak dodać usługę", "Nowa usługa",
"""Dzień dobry, jak mogę dodać nową usługę do cennika, żeby była widoczna przy rezerwacji online? Pozdrawiam, Marta""")

    # ---------------- es
    m(B, "es", "b1", "B", "narrativo: el descuento se aplica dos veces", "Descuento doble",
"""Hola,

Ayer una clienta usó el código BIENVENIDA10 y el sistema le descontó el 10 % dos veces, así que pagó 81 € en lugar de 90 €. Lo he probado yo con otra reserva de prueba y pasa lo mismo.

Un saludo,
Lucía Romero""")
    m(B, "es", "f1", "F", "nos encantaría lista de espera", "Lista de espera",
"""Buenas, nos encantaría tener una lista de espera: cuando alguien cancela, que se avise automáticamente al siguiente. Ahora lo hacemos a mano por WhatsApp. ¿Lo tenéis previsto?

Javier""")
    m(B, "es", "n1", "", "praise", "Gracias",
"""Solo quería daros las gracias, la función de recordatorios funciona genial y han bajado muchísimo las ausencias. ¡Seguid así!

Carmen""")

    # ---------------- fr
    m(B, "fr", "b1", "B", "les accents deviennent des symboles", "Accents dans les SMS",
"""Bonjour,

Depuis la mise à jour de la semaine dernière, les SMS de rappel arrivent avec des caractères bizarres à la place des accents : "RÃ©servation confirmÃ©e". Avant tout s'affichait correctement.

Cordialement,
Hélène Garnier""", fmt="qp", charset="iso-8859-1")
    m(B, "fr", "f1", "F", "est-ce qu'il serait possible d'avoir un export comptable", "Export comptable",
"""Bonjour, est-ce qu'il serait possible d'avoir un export au format FEC pour notre expert-comptable ? Aujourd'hui on recopie tout à la main. Merci d'avance, Julien""")
    m(B, "fr", "n1", "", "how-to: comment modifier horaires", "Horaires",
"""Bonjour, comment je fais pour modifier mes horaires d'ouverture pour les fêtes ? Merci, Nadia""")

    # ---------------- nl
    m(B, "nl", "b1", "B", "verhaal: klantnotities verdwijnen", "Notities kwijt",
"""Hoi,

Ik schrijf bij elke klant wat notities (kleurrecept enzo). Sinds een paar dagen zijn die notities de volgende ochtend gewoon weg, het vak is dan leeg. Ik sla ze wel echt op, ik zie ook 'opgeslagen' staan.

Groetjes,
Sanne de Vries""")
    m(B, "nl", "b2", "B", "btw verkeerd berekend op factuur", "BTW op factuur",
"""Goedemiddag, op de facturen van deze maand wordt 9% btw gerekend op behandelingen waar 21% op hoort. Bij de instellingen staat het wel goed. Kunnen jullie kijken?
Met vriendelijke groet, Pieter Bakker""")
    m(B, "nl", "f1", "F", "zou fijn zijn als klanten zelf kunnen annuleren", "Zelf annuleren",
"""Hallo, het zou heel fijn zijn als klanten zelf hun afspraak kunnen annuleren via de link in de bevestiging. Nu bellen ze allemaal naar de salon. Staat zoiets op de planning?

Groet, Ilse""")
    m(B, "nl", "n1", "", "storing: niemand kan inloggen", "Storing?",
"""Goedemorgen, niemand van ons kan op dit moment inloggen, de hele site geeft een foutpagina. Is er een storing bij jullie? Groet, Mark""", forbid="BF")

    # ---------------- sv
    m(B, "sv", "b1", "B", "berättande: bokningar hamnar på fel personal", "Bokningar på fel person",
"""Hej,

När kunder bokar via hemsidan och väljer Emma hamnar bokningen ibland hos Linda i stället. Det har hänt fyra gånger den här veckan och kunderna blir förvirrade när fel person tar emot dem.

Mvh
Karin Lind""")
    m(B, "sv", "f1", "F", "önskar Swish-betalning", "Swish",
"""Hej! Vi skulle gärna vilja att kunderna kan betala med Swish direkt vid bokningen. Finns det några planer på det? Hälsningar, Oskar""")
    m(B, "sv", "n1", "", "how-to: hur skriver jag ut kvitto", "Kvitto",
"""Hej, hur skriver jag ut ett kvitto till en kund i efterhand? Tack, Eva""")

    # ---------------- it
    m(B, "it", "b1", "B", "narrativo: il pdf esce tagliato", "PDF preventivi",
"""Buongiorno,

quando scarico un preventivo in PDF, le ultime righe e il totale finiscono fuori dalla pagina e non si vedono. Il cliente riceve quindi un preventivo senza totale. Con i preventivi corti invece va bene.

Grazie,
Francesca Ricci""")
    m(B, "it", "b2", "B", "le modifiche non restano", "Orari non salvati",
"""Ciao, cambio gli orari di apertura del sabato, premo salva, mi dice "salvato", ma se esco e rientro ci sono di nuovo quelli vecchi. Ho provato anche da un altro computer. Marco""")
    m(B, "it", "f1", "F", "sarebbe comodo promemoria via WhatsApp", "Promemoria WhatsApp",
"""Buongiorno, sarebbe comodissimo poter mandare i promemoria anche via WhatsApp, molti clienti non leggono gli SMS. Avete in programma di aggiungerlo?

Cordiali saluti,
Giulia Conti""")
    m(B, "it", "n1", "", "how-to: come si aggiunge un collaboratore", "Nuovo collaboratore",
"""Salve, come si aggiunge un nuovo collaboratore con accesso limitato solo al calendario? Grazie, Stefano""")

    # ---------------- pt
    m(B, "pt", "b1", "B", "narrativa: clientes recebem confirmação de outra loja", "Confirmações erradas",
"""Bom dia,

Temos duas lojas na conta. Desde ontem, os clientes que marcam na loja do Porto estão a receber a confirmação com a morada da loja de Braga. Já tivemos duas pessoas a aparecer na loja errada.

Cumprimentos,
Rui Almeida""")
    m(B, "pt", "f1", "F", "seria ótimo relatório por funcionário", "Relatório por funcionário",
"""Olá, seria ótimo ter um relatório de faturação por funcionário, para podermos calcular as comissões. Hoje fazemos isso numa folha de cálculo. Há previsão disso?

Obrigada,
Ana Sousa""")
    m(B, "pt", "n1", "", "billing: dúvida sobre cobrança", "Cobrança",
"""Olá, fui cobrado este mês 39 euros mas o meu plano era 29. Houve alguma alteração de preço? Obrigado, Tiago""")
    m(B, "pt", "n2", "", "how-to: como envio lembretes", "Lembretes",
"""Boa tarde, como faço para ativar os lembretes automáticos por SMS? Não encontro onde se liga. Obrigada, Beatriz""")
