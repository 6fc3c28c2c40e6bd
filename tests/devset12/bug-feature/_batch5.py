"""devset12 bug-feature, batch 5 (measured before tuning on it; written after b4 tuning).
Narrative bugs where the customer checked their own settings; indirect wishes (competitors have it,
customers keep asking, we'd pay extra); negatives: outage, billing, praise, newsletters, how-to."""
B = "b5"

def add(m):
    # ---------------- en
    m(B, "en", "b1", "B", "narrative: cancellation fee charged though within policy", "Cancellation fee",
"""Hi,

A client cancelled 3 days before her appointment through the link in her email and still got charged the £15 late cancellation fee. Our policy is set to 24 hours and I've double-checked it in the settings. This is the second one this week, and I'm having to refund them by hand.

Regards
Fiona Grant""")
    m(B, "en", "b2", "B", "narrative: search can't find client with apostrophe", "Can't find O'Neill",
"""Quick one - if I search for a client with an apostrophe in their name, like O'Neill or D'Souza, the search just returns nothing. If I type Neill without the O' they come up fine. Pretty sure this worked before.

Tom""", fmt="html")
    m(B, "en", "f1", "F", "competitors have it: online forms", "Consultation forms",
"""Hi, a couple of the other booking systems I looked at let clients fill in a consultation form when they book, and it's the one thing I miss since moving to you. Our clients currently fill in paper forms in the waiting room.

Thanks, Hannah""")
    m(B, "en", "f2", "F", "we'd pay extra for API", "API access",
"""Hello, we'd happily pay a bit extra for API access so our own website can show live availability. Is that something you offer or are looking at? Regards, Chris (IT, Glow Group)""")
    m(B, "en", "n1", "", "newsletter about new features", "What's new in November",
"""Hi there!

This month we launched gift vouchers, online consultation forms and a brand-new reporting dashboard. Log in to try them out, and tell us what you think.

You're receiving this because you signed up for product updates. Unsubscribe | Manage preferences""", fmt="html")
    m(B, "en", "n2", "", "outage", "Everything down?",
"""Hi, the whole system is down for us - app, website, booking page, nothing loads for any of us and clients can't book either. Is there a known outage? Pete""", forbid="BF")

    # ---------------- de
    m(B, "de", "b1", "B", "Erzählung: Stornogebühr trotz richtiger Einstellung", "Ausfallgebühr",
"""Hallo,

eine Kundin hat 4 Tage vorher über den Link abgesagt und trotzdem wurde ihr die Ausfallgebühr abgebucht. Bei uns ist die Frist auf 24 Stunden eingestellt, das habe ich extra nochmal kontrolliert. Ich musste ihr das Geld selbst zurücküberweisen.

Beste Grüße
Nadine Fischer""")
    m(B, "de", "f1", "F", "andere Anbieter haben das", "Online-Anamnese",
"""Hallo, bei anderen Anbietern können Patienten den Anamnesebogen schon vor dem Termin online ausfüllen. Das vermissen wir bei Ihnen sehr, bei uns liegt immer noch Papier aus. Grüße, Praxis Lenz""")
    m(B, "de", "n1", "", "Lob Funktion", "Danke!",
"""Hallo, die neue Warteliste funktioniert super, wir konnten schon fünf Lücken füllen. Vielen Dank fürs Umsetzen! Sonja""")

    # ---------------- da
    m(B, "da", "b1", "B", "fortælling: medarbejder kan se løn", "Adgang til lønrapport",
"""Hej,

En af vores elever kunne i går se lønrapporten for hele salonen, selvom hun kun har adgang som 'Medarbejder'. Jeg har tjekket rettighederne to gange, og der står tydeligt, at hun ikke må se rapporter.

Mvh
Hanne Kjær""")
    m(B, "da", "f1", "F", "kunderne spørger efter det", "Betaling med MobilePay",
"""Hej, vores kunder spørger hele tiden, om de kan betale med MobilePay, når de booker. Det ville vi gerne kunne tilbyde. Mvh Jesper""")
    m(B, "da", "n1", "", "faktura spørgsmål", "Faktura",
"""Hej, vi har fået to fakturaer for november. Er den ene en fejl, eller er det for to forskellige ting? Mvh Bodil""")

    # ---------------- ro
    m(B, "ro", "b1", "B", "narativ: taxa de anulare deși setarea e corectă", "Taxă de anulare",
"""Bună ziua,

Un client a anulat cu trei zile înainte și sistemul i-a reținut totuși taxa de anulare de 50 de lei. La noi e setat corect, anulare gratuită până cu 24 de ore înainte, am verificat de două ori. A trebuit să-i dăm banii înapoi din buzunar.

Mulțumesc,
Cosmin Radu""")
    m(B, "ro", "b2", "B", "căutarea nu găsește nume cu diacritice", "Căutare clienți",
"""Salut, dacă caut o clientă după nume și scriu cu diacritice, de exemplu „Ștefănescu”, nu găsește nimic. Fără diacritice apare. Până luna trecută mergea în ambele feluri. Mersi, Ana""")
    m(B, "ro", "f1", "F", "alte aplicații au asta", "Formular de consultație",
"""Bună, alte aplicații de programări au un formular pe care clientul îl completează înainte de prima vizită. La voi nu există și e păcat, pentru că noi tot pe hârtie le facem. Se poate face și la voi?
Mulțumesc, Delia""")
    m(B, "ro", "f2", "F", "clienții ne tot întreabă", "Aplicație pentru clienți",
"""Bună ziua, clienții ne tot întreabă dacă avem o aplicație în care să-și vadă programările. Ne-ar ajuta enorm să avem așa ceva. Mulțumesc, Teodora""")
    m(B, "ro", "n1", "", "newsletter", "Noutăți în noiembrie",
"""Noutăți în aplicație: listă de așteptare, plăți online și rapoarte pe angajat. Intrați în cont pentru a le activa.

Primiți acest email pentru că sunteți abonat la noutăți. Dezabonare""", fmt="html")
    m(B, "ro", "n2", "", "pană generală", "Nu merge nimic",
"""Bună, nu merge nimic de jumătate de oră, nici aplicația, nici site-ul, toată echipa e blocată. E o problemă generală la voi? Mulțumesc, Sebastian""", forbid="BF")

    # ---------------- pl
    m(B, "pl", "b1", "B", "narracja: opłata za odwołanie mimo ustawień", "Opłata za odwołanie",
"""Dzień dobry,

klientka odwołała wizytę na trzy dni wcześniej, a system i tak pobrał jej opłatę 50 zł za późne odwołanie. W ustawieniach mamy 24 godziny, sprawdzałam to już dwa razy. Musiałam oddać jej pieniądze z własnej kieszeni.

Pozdrawiam
Ilona Pietrzak""")
    m(B, "pl", "b2", "B", "polskie znaki w SMS zamieniają się", "Polskie znaki",
"""Cześć, od poniedziałku w SMS-ach zamiast polskich liter klienci dostają jakieś kwadraciki, np. "Przypominamy o wizycie w pi▯tek". Wcześniej było dobrze. Pozdrawiam, Damian""")
    m(B, "pl", "f1", "F", "konkurencja ma", "Formularz zgody",
"""Dzień dobry, konkurencyjne systemy mają elektroniczną zgodę RODO, którą klient podpisuje na tablecie. U Państwa tego brakuje, a my drukujemy kartki. Czy planujecie coś takiego? Pozdrawiam, Anna""")
    m(B, "pl", "f2", "F", "zapłacilibyśmy więcej", "Więcej lokalizacji",
"""Cześć, chętnie zapłacimy więcej, jeśli będzie można obsługiwać trzy salony z jednego konta. Teraz mamy trzy osobne konta i trzy logowania. Da się to kiedyś zrobić? Paweł""")
    m(B, "pl", "n1", "", "pochwała", "Super aplikacja",
"""Dzień dobry, chciałam tylko powiedzieć, że nowa wersja aplikacji działa bardzo dobrze i jest dużo szybsza. Dziękuję! Ewelina""")
    m(B, "pl", "n2", "", "jak zmienić (istnieje)", "Godziny otwarcia",
"""Dzień dobry, jak zmienić godziny otwarcia na Wigilię? Chcę zamknąć o 13. Dziękuję, Bożena""")

    # ---------------- es
    m(B, "es", "b1", "B", "narrativo: el bloqueo de agenda no se respeta", "Bloqueos",
"""Hola,

Bloqueé toda la tarde del viernes en la agenda de Lucía porque tenía médico, y aun así los clientes pudieron reservar con ella online a las 17 y a las 18. En la agenda el bloqueo se ve perfectamente en gris.

Un saludo,
Beatriz Navarro""")
    m(B, "es", "f1", "F", "otros programas lo tienen", "Bizum",
"""Hola, el programa que usábamos antes permitía cobrar la señal por Bizum y aquí lo echamos mucho de menos. ¿Lo vais a incorporar? Gracias, Jorge""")
    m(B, "es", "n1", "", "factura duplicada (billing)", "Factura",
"""Buenos días, necesito la factura de octubre con los datos fiscales nuevos de la empresa. ¿Me la podéis reenviar? Gracias, Olga""")

    # ---------------- fr
    m(B, "fr", "b1", "B", "récit: SMS envoyés à des clients supprimés", "Clients supprimés",
"""Bonjour,

Nous avons supprimé il y a un mois les fiches de plusieurs anciens clients à leur demande. Or hier, deux d'entre eux ont reçu notre SMS de promotion de Noël. L'un d'eux nous a menacés de porter plainte, ce qui se comprend.

Cordialement,
Isabelle Laurent""")
    m(B, "fr", "f1", "F", "nos clients demandent souvent", "Paiement en plusieurs fois",
"""Bonjour, nos clientes demandent souvent si elles peuvent payer les forfaits en trois fois. Ce serait génial de pouvoir le proposer directement à la réservation. Bonne journée, Cécile""")
    m(B, "fr", "n1", "", "panne générale", "Plus rien ne marche",
"""Bonjour, depuis 9h plus rien ne fonctionne chez nous : ni l'application ni le site, aucun de nous ne peut se connecter. Y a-t-il une panne ? Merci, Julien""", forbid="BF")

    # ---------------- nl
    m(B, "nl", "b1", "B", "verhaal: no-show kosten ondanks goede instelling", "No-show kosten",
"""Goedemiddag,

Een klant heeft drie dagen van tevoren via de link afgezegd en kreeg toch €20 no-show kosten afgeschreven. Bij ons staat de annuleringstermijn op 24 uur, dat heb ik net nog nagekeken. Ik heb het bedrag zelf teruggestort.

Met vriendelijke groet,
Esther Smit""")
    m(B, "nl", "b2", "B", "zoeken met trema vindt niets", "Zoeken op naam",
"""Hoi, als ik een klant zoek met een trema of accent in de naam, bijvoorbeeld Loïs of Renée, vindt hij niemand. Zonder het teken wel. Vroeger ging dat goed. Groet, Kees""")
    m(B, "nl", "f1", "F", "klanten vragen er steeds naar", "Cadeaubonnen",
"""Hallo, klanten vragen er steeds naar of ze online een cadeaubon kunnen kopen. Dat zouden we graag aanbieden. Kunnen jullie dat toevoegen? Groet, Yara""")
    m(B, "nl", "n1", "", "nieuwsbrief", "Nieuw: cadeaubonnen",
"""Nieuw in de app: verkoop cadeaubonnen online, stuur verjaardagsberichten automatisch en bekijk je omzet per medewerker.

Je ontvangt deze e-mail omdat je je hebt aangemeld voor updates. Afmelden""", fmt="html")

    # ---------------- sv
    m(B, "sv", "b1", "B", "berättande: avbokningsavgift trots rätt inställning", "Avbokningsavgift",
"""Hej,

En kund avbokade tre dagar innan via länken i mejlet men fick ändå betala avbokningsavgiften på 200 kr. Hos oss är gränsen inställd på 24 timmar, jag har kollat det två gånger. Vi fick betala tillbaka pengarna själva.

Vänliga hälsningar
Johanna Ek""")
    m(B, "sv", "b2", "B", "sökningen hittar inte å ä ö", "Sökning",
"""Hej, när jag söker på kunder med å, ä eller ö i namnet, som Åsa eller Björn, får jag inga träffar alls. Skriver jag Asa hittas hon. Det fungerade förut. /Lars""")
    m(B, "sv", "f1", "F", "konkurrenterna har det", "Hälsodeklaration",
"""Hej, de flesta andra bokningssystem låter kunden fylla i en hälsodeklaration digitalt innan behandlingen. Det saknar vi verkligen hos er. Kan det komma? Mvh Tove""")
    m(B, "sv", "n1", "", "driftstörning", "Allt ligger nere",
"""Hej, allt ligger nere hos oss, varken appen eller webben fungerar för någon i personalen sedan kl 8. Har ni en driftstörning? /Anton""", forbid="BF")

    # ---------------- it
    m(B, "it", "b1", "B", "narrativo: penale di cancellazione addebitata per errore", "Penale cancellazione",
"""Buongiorno,

una cliente ha disdetto tre giorni prima tramite il link e le è stata addebitata comunque la penale di 20 €. Da noi il limite è impostato a 24 ore, l'ho ricontrollato due volte. Abbiamo dovuto restituirle i soldi noi.

Cordiali saluti,
Alessandra Ferri""")
    m(B, "it", "b2", "B", "la ricerca non trova i nomi con apostrofo", "Ricerca clienti",
"""Ciao, se cerco un cliente con l'apostrofo nel cognome, tipo D'Amico o Dell'Orto, non trova niente. Se scrivo solo Amico esce. Fino al mese scorso funzionava. Grazie, Matteo""")
    m(B, "it", "f1", "F", "i clienti ce lo chiedono", "Buoni regalo",
"""Buongiorno, i nostri clienti ci chiedono spesso di poter acquistare buoni regalo online. Sarebbe possibile aggiungere questa funzione? Grazie mille, Serena""")
    m(B, "it", "n1", "", "ringraziamento", "Grazie",
"""Salve, volevo ringraziarvi: la nuova app funziona benissimo e i clienti la trovano facilissima. Buona giornata, Lorenzo""")

    # ---------------- pt
    m(B, "pt", "b1", "B", "narrativa: taxa de cancelamento cobrada indevidamente", "Taxa de cancelamento",
"""Olá,

Uma cliente cancelou três dias antes pelo link e mesmo assim foi-lhe cobrada a taxa de cancelamento de 10 €. Nós temos o prazo definido para 24 horas, confirmei duas vezes nas definições. Tivemos de lhe devolver o dinheiro do nosso bolso.

Cumprimentos,
Miguel Santos""")
    m(B, "pt", "b2", "B", "br: busca não acha nome com acento", "Busca de clientes",
"""Oi, quando busco uma cliente com acento no nome, tipo "Conceição" ou "Mônica", a busca não retorna nada. Sem acento aparece normal. Até semana passada funcionava. Obrigada, Aline""")
    m(B, "pt", "f1", "F", "outras plataformas têm", "Ficha de anamnese",
"""Bom dia, outras plataformas permitem que o cliente preencha a ficha de anamnese online antes da consulta. Faz-nos muita falta. Há hipótese de incluírem isso? Obrigada, Raquel""")
    m(B, "pt", "f2", "F", "br: os clientes vivem pedindo", "Agendamento pelo WhatsApp",
"""Olá, nossos clientes vivem pedindo para agendar pelo WhatsApp. Vocês pretendem lançar alguma integração com o WhatsApp? Abraço, Rodrigo""")
    m(B, "pt", "n1", "", "newsletter", "Novidades de novembro",
"""Novidades: vales de oferta online, fichas de anamnese digitais e relatório por funcionário. Entre na sua conta para experimentar.

Recebe este email porque subscreveu as novidades. Cancelar subscrição""", fmt="html")
    m(B, "pt", "n2", "", "interrupção", "Tudo em baixo",
"""Bom dia, está tudo em baixo, ninguém da equipa consegue entrar nem a app nem o site abrem. É uma falha vossa? Obrigado, Pedro""", forbid="BF")
