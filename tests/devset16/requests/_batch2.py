"""devset16 requests, batch 2 (measured before any tuning on it): feature-request recall in all 11
languages. Positives: wishes, competitor comparisons, "is there a way to" where there is none, a workflow
that ends in a wish, integrations, exports, settings. Negatives: bug reports and how-to questions."""
B = "b2"

def add_b2(m):
    # ---------------- en
    m(B, "en", "f1", "F", "competitor comparison", "calendar view",
"""Hi team, we moved over from Trello last month and the one thing everybody misses is a calendar view of due dates. Trello had it built in. Any chance you'll get one? Cheers, Dan""")
    m(B, "en", "f2", "F", "is there a way to ... (no)", "bulk archive",
"""Hello, is there a way to archive 300 old projects at once? Right now I have to open each one and click Archive, which is going to take me all afternoon. If not, please consider a bulk option.""")
    m(B, "en", "f3", "F", "workflow ending in a wish", "Our invoicing process",
"""Hi,

Every month I export the timesheets to CSV, open them in Excel, add the client rates and then copy everything into Xero by hand. It takes about half a day.

What would really help is if timesheets could be pushed straight to Xero as draft invoices.

Thanks,
Helen Ashby
Ashby & Co""")
    m(B, "en", "f4", "F", "integration wish: Slack", "slack",
"""do you guys integrate with slack? would love to get a ping in our #ops channel when a form is submitted instead of checking email all day""")
    m(B, "en", "f5", "F", "setting wish: default time zone per user", "time zones",
"""Our team is split between London and Singapore. Could you make the time zone a per-user setting? At the moment everyone sees the account's time zone and the Singapore folks keep booking meetings at the wrong hour.""")
    m(B, "en", "f6", "F", "export wish, US", "Export to PDF?",
"""Hey - the reports look great on screen but I need to send them to our board and they want PDFs. Printing to PDF from the browser cuts the charts in half. A proper "Download as PDF" button would be amazing.""")
    m(B, "en", "n1", "", "bug report: export drops column", "CSV export missing column",
"""Hi, since yesterday the CSV export of contacts no longer includes the Phone column, even though it's ticked in the field picker. It worked last week. Browser: Chrome 131 on Windows 11.""")
    m(B, "en", "n2", "", "how-to: how do I add a user", "adding users",
"""Hi, how do I add a new user to our workspace? I can't find the invite button anywhere. Thanks""")
    m(B, "en", "n3", "", "how-to answered: is there a way (there is)", "Re: dark mode",
"""Ah found it, thanks! Settings > Appearance > Theme. I didn't realise there was already a dark mode. All sorted.""")
    m(B, "en", "n4", "", "bug: button does nothing", "Save button",
"""The Save button on the invoice template page does nothing when I click it. No error, nothing saved. Tried Firefox and Edge.""")
    # ---------------- de
    m(B, "de", "f1", "F", "Wunsch: Export nach DATEV", "DATEV-Schnittstelle",
"""Hallo zusammen,

wir nutzen Ihre Software seit zwei Jahren sehr gern. Was uns fehlt, ist eine direkte Übergabe der Buchungen an DATEV. Unser Steuerberater fragt jeden Monat danach. Wäre das etwas für eine der nächsten Versionen?

Viele Grüße
Sabine Roth""")
    m(B, "de", "f2", "F", "Vergleich mit Konkurrenz", "Wiederkehrende Aufgaben",
"""Hi, bei Asana konnte ich Aufgaben wiederkehrend anlegen (jeden Montag etc.). Bei euch finde ich das nicht. Schade, das würde ich mir wirklich wünschen.""")
    m(B, "de", "n1", "", "Fehlerbericht", "Absturz beim Hochladen",
"""Guten Tag, die App stürzt jedes Mal ab, wenn ich ein Foto über 10 MB hochlade. iPhone 14, iOS 18.1. Bitte prüfen.""")
    # ---------------- fr
    m(B, "fr", "f1", "F", "souhait: mode hors ligne", "Mode hors ligne",
"""Bonjour, je travaille souvent dans le train sans réseau. Ce serait top de pouvoir consulter et modifier mes notes hors connexion, puis synchroniser plus tard. Est-ce prévu ?""")
    m(B, "fr", "n1", "", "comment faire: changer mot de passe", "mot de passe",
"""Bonjour, comment puis-je changer mon mot de passe ? Je ne trouve pas l'option dans le profil. Merci""")
    # ---------------- es
    m(B, "es", "f1", "F", "integración con WhatsApp", "Notificaciones",
"""Hola! Nuestros clientes casi no leen el correo. ¿Podríais añadir la opción de enviar los recordatorios de cita por WhatsApp? Sería un cambio enorme para nosotros.""")
    m(B, "es", "n1", "", "error de factura", "Factura con importe erróneo",
"""Buenas, la factura de octubre suma mal el IVA: pone 21 € cuando debería ser 42 €. ¿Lo podéis revisar?""")
    # ---------------- it
    m(B, "it", "f1", "F", "manca la possibilità di", "Firma digitale",
"""Buongiorno, manca la possibilità di far firmare i contratti direttamente dal portale. Adesso dobbiamo scaricarli, stamparli e scansionarli. Sarebbe utile avere la firma elettronica integrata.""")
    m(B, "it", "n1", "", "come si fa", "Esportazione",
"""Ciao, come si esportano i contatti in Excel? Ho cercato nel menu ma non trovo. Grazie""")
    # ---------------- pt
    m(B, "pt", "f1", "F", "pt-BR: seria legal se", "Sugestão",
"""Oi pessoal, seria muito legal se o app tivesse um modo escuro. Uso muito de noite e a tela branca cansa a vista. Fica a sugestão!""")
    m(B, "pt", "n1", "", "erro ao sincronizar", "Erro",
"""Bom dia, desde a atualização aparece 'Erro 502' ao sincronizar a agenda. Podem verificar?""")
    # ---------------- nl
    m(B, "nl", "f1", "F", "zou fijn zijn als", "Meerdere adressen",
"""Hallo, wij hebben drie vestigingen. Het zou fijn zijn als we per klant meerdere afleveradressen kunnen opslaan, nu moeten we steeds een nieuwe klant aanmaken.""")
    m(B, "nl", "n1", "", "hoe doe ik", "Logo",
"""Hoi, hoe kan ik ons logo op de facturen zetten? Ik zie het nergens. Groetjes Lotte""")
    # ---------------- sv
    m(B, "sv", "f1", "F", "önskemål: koppling till Fortnox", "Fortnox",
"""Hej! Finns det någon koppling till Fortnox? Om inte så skulle vi verkligen uppskatta en sådan integration, vi för över allt manuellt idag.""")
    m(B, "sv", "n1", "", "felrapport", "Inloggning",
"""Hej, jag får felmeddelandet 'ogiltig token' varje gång jag loggar in via appen. Vad ska jag göra?""")
    # ---------------- da
    m(B, "da", "f1", "F", "ønske: flere sprog", "Sprog",
"""Hej, vores medarbejdere er fra mange lande. Kunne I tilføje engelsk og polsk som sprog i medarbejderappen? Det ville hjælpe os rigtig meget.""")
    m(B, "da", "n1", "", "hvordan", "Faktura",
"""Hej, hvordan sender jeg en faktura igen til en kunde? Mvh Lars""")
    # ---------------- pl
    m(B, "pl", "f1", "F", "prośba o nową funkcję", "Sugestia",
"""Dzień dobry, brakuje nam możliwości ustawienia różnych stawek VAT dla poszczególnych pozycji. Czy planujecie dodać taką funkcję?""")
    m(B, "pl", "n1", "", "błąd", "Błąd",
"""Dzień dobry, po kliknięciu 'Zapisz' pojawia się biały ekran i nic się nie zapisuje. Proszę o pomoc.""")
    # ---------------- ro
    m(B, "ro", "f1", "F", "ar fi util să", "Sugestie",
"""Bună ziua, ar fi foarte util să putem programa trimiterea facturilor la o anumită dată. Acum trebuie să le trimit manual la început de lună.""")
    m(B, "ro", "n1", "", "cum pot", "Parola",
"""Bună, cum pot reseta parola pentru un coleg? Mulțumesc""")
