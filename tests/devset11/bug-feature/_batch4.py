"""devset11 bug-feature, batch 4 (measured before tuning on it; written after b3 tuning)."""
B = "b4"

def add(m):
    # ================= en
    m(B, "en", "b1", "B", "steps without stock words: filter by date returns last year's orders", "Order filter",
"""1) Orders > filter > date range 1-15 Nov 2026
2) hit Apply
3) list shows orders from November 2025 mixed in

Happens for me and for Tom. We only noticed because the totals looked way too high.""")
    m(B, "en", "b2", "B", "non-native: customers get email from us in middle of night with old booking", "strange emails to customers",
"""Hello support, last night many of our customers receive email "your booking is confirmed" for bookings from long time ago, some from summer. We did not send anything. Now they are confused and calling us. Please check what happen.
Regards, Ahmed""")
    m(B, "en", "f1", "F", "please consider: multiple locations under one account", "Second location",
"""Hi,

We're opening a second studio in March. From what I can tell, each location would need its own separate account, which means two logins, two sets of reports and clients can't book across both. Please consider supporting multiple locations under one account - I'm sure we're not the only ones.

Thanks,
Priya""")
    m(B, "en", "f2", "F", "it would save us hours if: auto-import bank feed", "bank reconciliation",
"""It would save us hours every month if payments from the bank could be matched to invoices automatically rather than ticking them off one at a time. Any plans in that direction?""")
    m(B, "en", "n1", "", "how-to: is there a way to download all invoices at once (exists)", "download invoices",
"""Is there a way to download all of this year's invoices in one go? Our accountant wants them as one zip. I think I saw an option for it once but can't find it now.""")
    m(B, "en", "n2", "", "polite request it would be great if you could resend invoice (not a feature)", "October invoice",
"""Hi, it would be great if you could resend our October invoice to accounts@brightpath.example, the original went to someone who has left. Thanks! Chloe""")
    m(B, "en", "n3", "", "user error, corrected it themselves", "ignore my last email",
"""Please ignore my last email about the wrong totals - turns out I'd entered the discount twice myself. All good now, sorry for the noise!""")

    # ================= de
    m(B, "de", "b1", "B", "newsletter goes to unsubscribed people", "Abgemeldete bekommen trotzdem Mails",
"""Hallo,

Kunden, die sich vom Newsletter abgemeldet haben, bekommen ihn trotzdem weiter. Ein Kunde hat sich jetzt schon zum dritten Mal beschwert. In der Kundenliste steht bei ihm auch korrekt "abgemeldet".

Gruß
Christian Bauer""")
    m(B, "de", "b2", "B", "export of timesheets: Excel file cannot be opened", "Zeiterfassung Export",
"""Servus, die Excel-Datei aus dem Zeiterfassungs-Export lässt sich seit dieser Woche nicht mehr öffnen, Excel meldet "Dateiformat oder Dateierweiterung ungültig". Mit der CSV-Variante klappt es. LG Vroni""")
    m(B, "de", "f1", "F", "wir vermissen: Stapelverarbeitung", "Mehrere Termine verschieben",
"""Hallo,

wenn eine Mitarbeiterin krank ist, müssen wir jeden ihrer Termine einzeln öffnen und auf jemand anderen umbuchen. Das sind an manchen Tagen 20 Stück. Eine Möglichkeit, alle Termine eines Tages auf einmal umzubuchen, würde uns wirklich viel Zeit sparen.

Freundliche Grüße
Sandra Vogel""")
    m(B, "de", "f2", "F", "API Webhook gewünscht", "Webhooks",
"""Hi, gibt es Webhooks, wenn eine neue Buchung reinkommt? In der API-Doku finde ich nur Abfragen. Falls nicht: das wäre für unsere Anbindung ans CRM ein echter Gewinn. Danke, Jan""")
    m(B, "de", "n1", "", "praise of new feature 'great'", "Neue Kalenderansicht",
"""Hallo, die neue Wochenansicht im Kalender ist richtig gut geworden, viel übersichtlicher als vorher. Danke dafür! Grüße, Till""")

    # ================= da
    m(B, "da", "b1", "B", "app crashes on one iPad only", "App lukker ned på iPad",
"""Hej, på vores iPad i receptionen lukker appen ned hver gang vi åbner dagens oversigt. På de andre to iPads virker det fint. Vi har prøvet at genstarte og geninstallere. /Hanne""")
    m(B, "da", "f1", "F", "any plans for English version of customer portal", "Kundeportal på engelsk",
"""Hej

Har I planer om at lave kundeportalen på engelsk også? Vi har mange udenlandske studerende, og de forstår ikke altid de danske tekster.

Mvh
Rasmus""")
    m(B, "da", "n1", "", "how-to", "Hvordan sletter jeg en kunde",
"""Hej, hvordan sletter jeg en kunde helt, inkl. historik? Kunden har bedt om det. Tak, Pia""")

    # ================= ro
    m(B, "ro", "b1", "B", "program time wrong after DST change", "Ore greșite în programări",
"""Bună ziua, de când s-a schimbat ora, programările online apar cu o oră mai târziu decât le-a ales clientul. Dacă clientul alege 10:00, la noi apare 11:00. Vă rog să verificați. Mulțumesc, Gabriela""")
    m(B, "ro", "f1", "F", "wants dark mode / mod întunecat", "Mod întunecat",
"""Salut, lucrăm în tura de noapte și ecranul alb e obositor. Puteți face și un mod întunecat pentru aplicație? Mulțumesc frumos, Bogdan""")
    m(B, "ro", "n1", "", "outage total", "Nu merge nimic",
"""Bună, nimeni din firmă nu se poate loga de o oră, site-ul nu se încarcă deloc. Aveți o problemă generală?""", forbid="B")
    m(B, "ro", "n2", "", "billing question", "Plată anuală",
"""Bună ziua, dacă trecem pe plata anuală, primim reducere? Și factura se emite pe firmă? Mulțumesc""")

    # ================= pl
    m(B, "pl", "b1", "B", "PDF invoice shows Polish characters as squares", "Polskie znaki na fakturze",
"""Dzień dobry,

na fakturach PDF zamiast polskich liter są kwadraciki, np. "Wroc□aw", "ul. Ko□ciuszki". Na ekranie w programie wszystko jest dobrze. Klienci się skarżą.

Pozdrawiam
Barbara Nowak""")
    m(B, "pl", "f1", "F", "brakuje nam: integracja z InPost", "InPost",
"""Cześć, brakuje nam integracji z InPost, żeby etykiety paczkomatowe generowały się od razu z zamówienia. Teraz przepisujemy adresy ręcznie. Planujecie coś takiego? Pozdrawiam, Kamil""")
    m(B, "pl", "n1", "", "praise for added feature", "Dziękuję",
"""Dzień dobry, chciałam podziękować za dodanie eksportu do JPK, działa bez zarzutu i oszczędza nam mnóstwo czasu. Pozdrawiam, Monika""")

    # ================= es
    m(B, "es", "b1", "B", "clients see another client's appointments in portal", "Un cliente ve citas de otro",
"""Hola,

un cliente nos ha dicho que al entrar en su área de cliente le salen las citas de otra persona, con nombre y teléfono. Le hemos pedido que cierre sesión y vuelva a entrar y sigue igual. Esto es un problema serio de protección de datos.

Saludos,
Carmen Ortega""")
    m(B, "es", "f1", "F", "is there a way (no) to block a client from booking online", "Bloquear clientes",
"""Buenas, ¿se puede bloquear a un cliente para que no pueda reservar online? Tenemos uno que reserva y nunca viene. He buscado en la configuración y no veo nada. Sería muy práctico tener esa opción. Gracias, Raúl""")
    m(B, "es", "n1", "", "billing: invoice with wrong CIF — their own error", "Factura con CIF antiguo",
"""Hola, la factura de noviembre salió con nuestro CIF antiguo porque se me olvidó cambiarlo en los datos de facturación. Ya lo he actualizado, ¿me podéis emitir una nueva? Gracias""")

    # ================= fr
    m(B, "fr", "b1", "B", "SMS sent twice, steps", "SMS en double",
"""Bonjour,

quand on déplace un rendez-vous, le client reçoit deux SMS de confirmation au lieu d'un seul, et parfois trois si on le déplace encore. Ça nous coûte des crédits SMS pour rien.

Bonne journée
Marc Lefèvre""")
    m(B, "fr", "f1", "F", "pourriez-vous rendre possible: couleurs par prestation", "Couleurs dans l'agenda",
"""Bonjour, pourriez-vous rendre possible le choix d'une couleur par type de prestation dans l'agenda ? Là tout est en bleu et on s'y perd un peu. Merci, Élodie""")
    m(B, "fr", "n1", "", "how-to about existing feature", "Ajouter un collaborateur",
"""Bonjour, comment ajouter une nouvelle collaboratrice pour qu'elle ait son propre agenda ? Merci d'avance, Sandrine""")

    # ================= nl
    m(B, "nl", "b1", "B", "since last update invoice total rounded wrong", "Afronding facturen",
"""Goedemiddag,

Sinds de laatste update worden de totalen op onze facturen verkeerd afgerond. Een factuur van € 99,95 staat nu op € 100,00 in de lijst, maar in de PDF weer op € 99,95. Dat is lastig met de boekhouding.

Met vriendelijke groet,
Marieke Bos""")
    m(B, "nl", "f1", "F", "mogelijk maken om afspraken te herhalen", "Herhalende afspraken",
"""Hoi, kunnen jullie het mogelijk maken om een afspraak wekelijks te laten herhalen? Ik heb veel vaste klanten en plan ze nu elke week opnieuw in. Groet, Sanne""")
    m(B, "nl", "n1", "", "billing: upgrade question", "Upgrade",
"""Hallo, wat kost het om van Basis naar Plus te gaan en wordt het verschil direct afgeschreven? Groeten, Bart""")

    # ================= sv
    m(B, "sv", "b1", "B", "exported list empty", "Tom export",
"""Hej, när jag exporterar kundlistan blir filen helt tom, bara rubrikerna kommer med. Vi har ca 2000 kunder i systemet. Förra månaden funkade det. /Anders""")
    m(B, "sv", "f1", "F", "we lack: bulk SMS; would save time", "Massutskick",
"""Hej!

Vi saknar möjligheten att skicka ett sms till alla kunder samtidigt, t.ex. när vi måste ställa in på grund av sjukdom. Det skulle spara oss mycket tid. Finns det planer på något sådant?

Mvh
Linnea""")
    m(B, "sv", "n1", "", "outage", "Allt nere",
"""Hej, ingen av oss kommer in i systemet sedan i morse, sidan laddar inte alls. Är det driftstörning hos er?""", forbid="B")

    # ================= it
    m(B, "it", "b1", "B", "html: clicking 'Conferma' reloads page, data lost", "Il pulsante Conferma",
"""Salve,

quando i clienti cliccano su "Conferma prenotazione" la pagina si ricarica e torna vuota, e la prenotazione non viene registrata. Ci hanno scritto in cinque solo oggi. Dal cellulare sembra andare.

Cordiali saluti,
Francesca Lombardi""", fmt="html")
    m(B, "it", "f1", "F", "could you add more languages to invoices", "Fatture in inglese",
"""Buongiorno, avremmo bisogno di emettere le fatture anche in inglese per i clienti esteri. Al momento si possono fare solo in italiano. Si può pensare di aggiungerlo? Grazie, Stefano""")
    m(B, "it", "n1", "", "feature request quoted in history only", "R: Richiesta modalità scura",
"""Perfetto, grazie mille per l'aggiornamento!

Marta

Il 18/11/2026 Support ha scritto:
> Gentile Marta, la modalità scura è in fase di valutazione.
>> Ciao, sarebbe bello avere la modalità scura nell'app, ci pensate?""")

    # ================= pt
    m(B, "pt", "b1", "B", "emails to clients go out duplicated since update", "Emails duplicados",
"""Olá,

desde a última atualização, cada cliente recebe o email de confirmação em duplicado. Já verifiquei e só há uma marcação para cada um.

Cumprimentos,
Joana Ferreira""")
    m(B, "pt", "f1", "F", "would love integration with Moloni", "Integração Moloni",
"""Bom dia, usamos o Moloni para faturação e seria ótimo se as vendas passassem para lá automaticamente. Neste momento fazemos tudo à mão. Está nos vossos planos? Obrigado, Hugo""")
    m(B, "pt", "n1", "", "praise", "Obrigado",
"""Olá, só queria agradecer, a nova função de lembretes por SMS que lançaram é excelente. Os nossos clientes faltam muito menos. Abraço, Carlos""")
