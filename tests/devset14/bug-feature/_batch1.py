"""devset14 bug-feature, batch 1 (measured before any tuning on it): function-level faults told
plainly (export button dead, filter ignoring a field, blank PDF, wrong currency), wishes with
'would be great / any plans'; negatives: how-to, fixed thanks, outage for all, billing."""
B = "b1"

def add_b1(m):
    # ---------------- en
    m(B, "en", "b1", "B", "export button does nothing, steps", "Export to CSV not working",
"""Hi there,

When I click "Export to CSV" on the Orders page literally nothing happens. No download, no message. Tried Chrome 131 and Firefox, same thing. It worked last week.

Steps: Orders > select all > Export to CSV.

Cheers,
Dominic""")
    m(B, "en", "b2", "B", "totals don't add up on invoice", "invoice totals wrong",
"""the line items on invoice 2291 come to 1,240.00 but the total at the bottom says 1,420.00. looks like something is adding the shipping twice? can you check pls""")
    m(B, "en", "f1", "F", "any plans to support Xero", "Xero?",
"""Hello team, any plans to support Xero anytime soon? We're moving off QuickBooks next year and this is the one thing keeping us from renewing with you.

Thanks
Priya Raman, ops""")
    m(B, "en", "f2", "F", "would be great if recurring tasks", "small suggestion",
"""Love the tool overall. It would be really great if tasks could repeat automatically every month, right now I'm recreating the same 12 tasks by hand on the 1st.

- Gemma""", fmt="qp")
    m(B, "en", "n1", "", "how-to: change date format, no fault", "date format",
"""Hi, how do I switch the date format to DD/MM/YYYY for my account? Couldn't find it in settings. Thanks!""")
    m(B, "en", "n2", "", "outage for everyone: dashboard down", "Is the dashboard down?",
"""Nobody in our office can get into the dashboard since 9am, just a 503 page. Is something going on at your end? Our whole team is stuck.

Regards, Tom""", free="")
    # ---------------- de
    m(B, "de", "b1", "B", "filter ignores date", "Filter funktioniert nicht richtig",
"""Hallo,

der Datumsfilter in der Rechnungsübersicht wird einfach ignoriert. Ich stelle "01.10. bis 31.10." ein und bekomme trotzdem alle Rechnungen seit 2023 angezeigt. Browser Edge, Version 130.

Gruß
Bernd Köhler""", fmt="qp", charset="iso-8859-1")
    m(B, "de", "b2", "B", "PDF comes out blank", "Lieferschein leer",
"""Moin, wenn ich einen Lieferschein als PDF erzeuge, ist die Datei komplett leer – nur eine weiße Seite. Bei Rechnungen klappt es. Screenshot hängt an.

VG Jana""")
    m(B, "de", "f1", "F", "wäre super wenn dark mode", "Dunkelmodus",
"""Hallo zusammen, wäre super, wenn es die App auch im Dunkelmodus gäbe. Abends im Lager blendet das echt. Danke und weiter so!
Kai""")
    m(B, "de", "n1", "", "bug fixed, thanks", "Re: Fehler beim Speichern",
"""Hallo Frau Winter,

danke, nach dem Update lässt sich alles wieder speichern. Das Problem ist erledigt.

Viele Grüße
Thomas Berg

> Guten Tag Herr Berg, wir haben den Fehler beim Speichern behoben, bitte testen Sie erneut.""")
    # ---------------- da
    m(B, "da", "b1", "B", "wrong currency shown", "Forkert valuta",
"""Hej

Alle priser i webshoppen vises pludselig i euro i stedet for danske kroner, selvom butikken står til DKK i indstillingerne. Det er kun hos os, vores kunder klager.

Mvh Lasse""")
    m(B, "da", "f1", "F", "kunne I ikke tilføje export til e-conomic", "Forslag",
"""Hej, kunne I ikke lave en direkte kobling til e-conomic? Vi sidder og taster alle bilag ind to gange. Det ville spare os for mange timer.

Venlig hilsen
Mette Nørgaard""", fmt="qp", charset="iso-8859-1")
    m(B, "da", "n1", "", "billing: change card", "Nyt betalingskort",
"""Hej, vores kort udløber i december. Hvordan opdaterer jeg betalingskortet, så næste faktura ikke fejler? Tak""")
    # ---------------- sv
    m(B, "sv", "b1", "B", "duplicates every entry on import", "Importen dubblerar",
"""Hej!

Varje gång jag importerar kundlistan från Excel dubbleras alla rader, 340 kunder blir 680. Jag har provat tre gånger med samma resultat. Filen bifogad.

Mvh
Elin Sjöberg""")
    m(B, "sv", "f1", "F", "önskemål: tvåstegsverifiering", "Önskemål",
"""Hej, vi skulle gärna vilja ha tvåstegsverifiering vid inloggning. Finns det några planer på det? Vår IT-avdelning kräver det från nästa år.

/Anders""")
    m(B, "sv", "n1", "", "how-to: add user", "Lägga till kollega",
"""Hej, hur lägger jag till en kollega som användare på vårt konto? Tack på förhand, Karin""")
    # ---------------- nl
    m(B, "nl", "b1", "B", "save button grey, steps", "Opslaan knop doet niks",
"""Goedemiddag,

Als ik een nieuwe medewerker toevoeg en op Opslaan druk gebeurt er niets. De knop wordt even grijs en daarna staat alles er nog, maar de medewerker is niet aangemaakt. Elke keer hetzelfde. Safari op Mac.

Met vriendelijke groet,
Ruud de Graaf""")
    m(B, "nl", "f1", "F", "zou fijn zijn: export naar Excel", "idee",
"""hoi, zou echt fijn zijn als we de planning ook naar excel kunnen exporteren. nu maak ik screenshots en dat is niet handig. groetjes Sanne""")
    m(B, "nl", "n1", "", "marketing 'feature' newsletter forwarded", "FW: nieuwe features",
"""Ter info, zag dit in jullie nieuwsbrief: 'Ontdek onze nieuwste features: slimme planning en automatische herinneringen!' Mooi, wij gaan ze proberen.

Groet, Pieter""")
    # ---------------- fr
    m(B, "fr", "b1", "B", "wrong language in emails to customers", "Mails clients en anglais",
"""Bonjour,

Depuis mardi, les confirmations de rendez-vous envoyées à nos clients partent en anglais alors que la langue du compte est le français. Rien n'a été changé de notre côté.

Cordialement,
Hélène Marchand""")
    m(B, "fr", "b2", "B", "error message quoted", "Erreur à l'enregistrement",
"""bjr, quand j enregistre une facture avec remise j ai le message "Erreur 422 : montant invalide". sans remise ca passe. merci de regarder""")
    m(B, "fr", "f1", "F", "serait-il possible d'ajouter signature électronique", "Suggestion : signature",
"""Bonjour,

Serait-il envisageable d'ajouter la signature électronique des devis directement dans l'outil ? Ce serait un vrai plus pour nous et nos clients.

Bien à vous,
Julien Perrin""", fmt="b64")
    m(B, "fr", "n1", "", "billing question", "Facture en double ?",
"""Bonjour, je vois deux prélèvements ce mois-ci sur notre relevé, pouvez-vous m'envoyer le détail de la facturation ? Merci, Sophie""")
    # ---------------- es
    m(B, "es", "b1", "B", "report shows other shop's data", "El informe muestra datos raros",
"""Hola,

en el informe de ventas de noviembre me salen tickets de una tienda que no es nuestra (Sucursal Norte, nosotros solo tenemos Centro). Adjunto captura. 

Saludos, Alberto""")
    m(B, "es", "f1", "F", "estaria genial poder ... whatsapp", "Sugerencia",
"""Buenas! Estaría genial poder mandar los recordatorios de cita por WhatsApp y no solo por SMS. ¿Lo tenéis previsto? Pagaríamos un extra sin problema.

Nuria""")
    m(B, "es", "n1", "", "praise a feature", "Gracias por los informes",
"""Solo quería deciros que la nueva función de informes es una maravilla, nos ahorra muchísimo tiempo. ¡Enhorabuena al equipo!

Raquel""")
    # ---------------- it
    m(B, "it", "b1", "B", "sconto applicato due volte", "Sconto calcolato male",
"""Buongiorno,

quando inserisco uno sconto del 10% nel preventivo, il totale viene scontato due volte (10% + 10%). Sul PDF risulta 810 invece di 900. Potete verificare?

Grazie
Stefano Galli""")
    m(B, "it", "f1", "F", "sarebbe utile multi-magazzino", "Proposta",
"""Ciao, sarebbe utilissimo poter gestire più magazzini nello stesso account. Avete in programma qualcosa del genere?

Buona giornata, Marta""")
    m(B, "it", "n1", "", "bug in customer's own system", "Problema nostro server",
"""Salve, vi avviso che i webhook non ci arrivano ma è colpa nostra: il firewall aziendale li blocca, il nostro tecnico sta sistemando. Nessuna azione richiesta da parte vostra.

Saluti, Enrico""")
    # ---------------- pt
    m(B, "pt", "b1", "B", "pt-BR: app fecha sozinho when attaching photo", "app fechando",
"""oi, toda vez que eu tento anexar foto no chamado o app fecha sozinho. android 14, samsung a54, versão 3.2.1 do app. ja reinstalei""")
    m(B, "pt", "f1", "F", "pt-PT: gostávamos que houvesse modo offline", "Sugestão de funcionalidade",
"""Bom dia,

Gostávamos muito que a aplicação tivesse um modo offline, porque os nossos técnicos trabalham em caves sem rede. Está nos vossos planos?

Cumprimentos,
Rui Figueiredo""", fmt="qp")
    m(B, "pt", "n1", "", "how-to: mudar senha", "trocar senha",
"""Olá, como faço para trocar a senha da conta? obrigado""")
    # ---------------- pl
    m(B, "pl", "b1", "B", "faktura wrong VAT rate", "Zła stawka VAT",
"""Dzień dobry,

system nalicza VAT 23% na usługach, które mamy ustawione jako zwolnione (zw). W ustawieniach wszystko jest dobrze, a na fakturze i tak wychodzi 23%. Proszę o sprawdzenie.

Pozdrawiam
Katarzyna Wiśniewska""", fmt="qp", charset="iso-8859-2")
    m(B, "pl", "f1", "F", "fajnie byłoby gdyby", "pomysł",
"""Cześć, fajnie by było gdyby dało się ustawić przypomnienia SMS dla klientów dzień przed wizytą. Planujecie coś takiego?

Ola""")
    m(B, "pl", "n1", "", "outage for all", "Nic nie działa",
"""Dzień dobry, od rana cały zespół nie może się zalogować, strona w ogóle się nie ładuje. Czy macie awarię?

Marek""")
    # ---------------- ro
    m(B, "ro", "b1", "B", "raport arata ora gresita", "Ora greșită în rapoarte",
"""Bună ziua,

În rapoartele de pontaj toate orele apar cu o oră în urmă față de realitate (intrare 8:00 apare 7:00). Fusul orar din cont este setat corect pe București.

Mulțumesc,
Andrei Popescu""")
    m(B, "ro", "f1", "F", "ar fi util sa puteti adauga", "Sugestie",
"""Buna, ar fi foarte util daca ati adauga posibilitatea de a exporta facturile in format XML pentru e-Factura. Aveti in plan asa ceva?

Multumesc, Ioana""")
    m(B, "ro", "n1", "", "fixed thanks", "Re: eroare la export",
"""Mulțumesc, acum exportul funcționează perfect. Problema s-a rezolvat.

Cristina

> Bună ziua, am corectat eroarea la export, vă rugăm să încercați din nou.""")
    # ---------------- nb / fi
    m(B, "nb", "b1", "B", "Norwegian: søk finner ikke", "Søket fungerer ikke",
"""Hei, søkefeltet finner ingen kunder når jeg skriver etternavn med æ, ø eller å. Med vanlige bokstaver går det fint. Kan dere se på det?

Hilsen Ola""")
    m(B, "fi", "f1", "F", "Finnish: olisi kiva jos", "Toive",
"""Hei, olisi tosi kiva jos sovellukseen saisi tumman teeman. Onko tällaista suunnitteilla?

Terveisin Mikko""")
