"""devset17 requests, batch 6 (measured after tuning on b1-b5): precision - this round's new words in
harmless use (old system / previous package in a migration how-to, "by hand each time" in a bug,
"todavía no se puede" after an update, "para cuándo estará arreglado", "uns fehlt eine Rechnung",
extra seats price question, "kostnadsfri" trial question, own private mail, "direkte til din mail"
as a sent-it note, "cu șeful meu", a call "passed to" someone), plus fresh positives."""
B = "b6"

def add_b6(m):
    # ---------------- en
    m(B, "en", "n1", "", "F neg: old system could import, how do I in yours (how-to)", "Importing contacts",
"""Our old system could export contacts as CSV, so I have the file. How do I import it into yours? Is there a template?""")
    m(B, "en", "n2", "", "F neg: bug, by hand each time", "Invoice numbers reset",
"""Since Tuesday the invoice numbers reset to 1 on every new invoice and I have to correct them by hand each time. Please fix.""")
    m(B, "en", "n3", "", "F/G neg: we'd switch the whole team to annual", "Annual billing",
"""We'd switch the whole team to annual billing from January. Can you send a quote for 14 users?""")
    m(B, "en", "n4", "", "G neg: extra seats price", "Extra seats",
"""How much do extra seats cost mid-contract? We need three more from next week.""")
    m(B, "en", "n5", "", "F neg: shame you can't make the meeting", "Re: Thursday",
"""Shame you can't make Thursday! Shall we move the onboarding call to Monday 10am?""")
    m(B, "en", "n6", "", "P neg: agent's personal email used for a phishing warning", "Suspicious email",
"""I got an email that claims to be from your agent Paul but sent from a gmail address asking for my card details. Is that really him?""")
    m(B, "en", "f1", "F", "positive: we'd pay extra if", "API limits",
"""We'd happily pay extra if the API allowed more than 100 requests a minute. Any chance you'll raise that for bigger plans?""")
    # ---------------- de
    m(B, "de", "n1", "", "F neg: uns fehlt eine Rechnung", "Fehlende Rechnung",
"""Uns fehlt eine Rechnung vom August in der Übersicht. Können Sie sie noch einmal schicken?""")
    m(B, "de", "n2", "", "F neg: gibt es irgendeine Möglichkeit (how-to password)", "Passwort",
"""Gibt es irgendeine Möglichkeit, das Passwort ohne die alte E-Mail-Adresse zurückzusetzen? Die Kollegin ist nicht mehr bei uns.""")
    m(B, "de", "n3", "", "P neg: Ihre Nummer in Signatur / Rückruf Firmenhotline", "Rückruf",
"""Bitte rufen Sie mich unter meiner Büronummer 030 2211 445 zurück, ich bin bis 16 Uhr erreichbar.""")
    m(B, "de", "g1", "G", "positive: kostenlos als Ausgleich", "Umstellung",
"""Als Ausgleich für das verpatzte Update sollten Sie uns das Zusatzmodul kostenlos freischalten.""")
    # ---------------- da
    m(B, "da", "n1", "", "P neg: jeg sendte det direkte til din mail", "Bilag",
"""Hej Sofie, jeg sendte bilagene direkte til din mail i går, som du bad om. Har du fået dem?""")
    m(B, "da", "n2", "", "F neg: kommer det på et tidspunkt en faktura", "Faktura",
"""Vi har ikke fået faktura for oktober. Kommer det på et tidspunkt, eller skal vi selv hente den i portalen?""")
    m(B, "da", "p1", "P", "positive: hvad er dit nummer, ringe privat", "Tak igen",
"""Kan jeg ringe til dig privat i aften? Hvad er dit nummer? Det er nemmere at forklare i telefonen.""")
    # ---------------- ro
    m(B, "ro", "n1", "", "F neg: ar trebui să existe factura (missing document)", "Factura lipsă",
"""Factura din septembrie ar trebui să existe în arhivă, dar nu apare. O puteți retrimite?""")
    m(B, "ro", "n2", "", "G neg: refuzăm să plătim a wrong invoice twice / refund", "Factură dublă",
"""Ne-ați emis aceeași factură de două ori. Evident refuzăm să plătim dublura, vă rog să o stornați.""")
    m(B, "ro", "n3", "", "M neg: discut cu șefa mea", "Upgrade",
"""Discut cu șefa mea despre trecerea la pachetul Business și vă scriu luni.""")
    # ---------------- pl
    m(B, "pl", "n1", "", "P neg: piszę ze swojego prywatnego maila", "Dostęp",
"""Piszę ze swojego prywatnego maila, bo firmowy jest zablokowany. Proszę o reset hasła dla konta jan.nowak@firma.pl.""")
    m(B, "pl", "n2", "", "F neg: poprzedni system pozwalał (how-to import)", "Import danych",
"""Nasz poprzedni system pozwalał wyeksportować dane do CSV. Jak mogę je u was zaimportować?""")
    m(B, "pl", "g1", "G", "positive: należy nam się upust", "Faktura",
"""Po trzech dniach awarii należy nam się upust na fakturze za listopad.""")
    # ---------------- es
    m(B, "es", "n1", "", "F neg: todavía no se puede exportar after update (bug)", "Exportación",
"""Después de la actualización de ayer todavía no se puede exportar a Excel, sale un error. ¿Para cuándo estará arreglado?""")
    m(B, "es", "n2", "", "F neg: lo vais a incluir en la factura", "Factura",
"""He añadido un usuario a mitad de mes. ¿Lo vais a incluir en la factura de diciembre o en la de enero?""")
    m(B, "es", "p1", "P", "positive: correo personal", "Gracias Pablo",
"""Pablo, ¿me das tu correo personal? Tengo una propuesta que no es del trabajo.""")
    # ---------------- fr
    m(B, "fr", "n1", "", "F neg: nos concurrents l'ont (price comparison)", "Tarif",
"""Votre tarif est plus élevé que celui de nos concurrents, l'ont-ils baissé récemment ou est-ce vous qui avez augmenté ?""")
    m(B, "fr", "n2", "", "P neg: votre 07 in number confirmation", "Numéro de téléphone",
"""Vous m'avez appelé depuis un numéro en 07, est-ce bien votre service client ? Je préfère vérifier.""")
    m(B, "fr", "f1", "F", "positive: ce serait top", "Application",
"""Ce serait top d'avoir une appli Android, on ne travaille qu'avec des tablettes Samsung.""")
    # ---------------- nl
    m(B, "nl", "n1", "", "F neg: ons vorige pakket kon niet (reason for switch)", "Overstap",
"""Ons vorige pakket kon niet overweg met meerdere btw-tarieven, daarom zijn we overgestapt. Hoe zet ik het 9%-tarief aan?""")
    m(B, "nl", "g1", "G", "positive: compensatie verwacht", "Storing",
"""Voor de drie dagen storing verwachten wij een compensatie op de volgende factuur.""")
    # ---------------- sv
    m(B, "sv", "n1", "", "G neg: är provperioden kostnadsfri", "Provperiod",
"""Hej, är provperioden kostnadsfri även för fler än fem användare? Tycker det är lite otydligt på hemsidan.""")
    m(B, "sv", "f1", "F", "positive: saknar möjlighet", "Rapporter",
"""Vi saknar möjligheten att schemalägga rapporter. Finns det i er plan framåt?""")
    # ---------------- it
    m(B, "it", "n1", "", "P neg: agent wrote from his private email, is it normal", "Email sospetta",
"""Un vostro tecnico mi ha scritto dalla sua email privata chiedendo la password. È normale? Mi sembra strano.""")
    m(B, "it", "n2", "", "F neg: il fornitore precedente lo faceva (billing explanation)", "Fatturazione",
"""Il fornitore precedente lo faceva a fine mese, voi invece fatturate all'inizio. Da quando parte il prossimo addebito?""")
    m(B, "it", "n3", "", "M neg: la chiamata venga passata al reparto vendite", "Richiesta preventivo",
"""Vorrei che la mia richiesta venga passata al reparto vendite per un preventivo per 30 utenti.""")
    # ---------------- pt
    m(B, "pt", "n1", "", "F neg: vão adicionar os usuários (onboarding)", "Novos usuários",
"""Vocês vão adicionar os cinco usuários novos hoje ou preciso fazer pelo painel?""")
    m(B, "pt", "n2", "", "F neg: falta uma função na fatura (missing line)", "Fatura",
"""Na fatura de outubro falta uma linha do serviço de suporte que contratamos. Podem corrigir?""")
    m(B, "pt", "g1", "G", "positive: mês grátis como compensação", "Instabilidade",
"""Exijo um mês grátis como compensação pela instabilidade da semana passada.""")
