"""devset16 angry-bug, batch 12 (measured before any tuning on it): generalisation 3, fresh writers;
anger inside a long polite mail, signatures, 'I am writing to complain', 'not impressed at all';
bugs with device/browser and numbers; negatives: calm notes, questions, outage, billing, praise."""
B = "b12"

def add_b12(m):
    m(B, "en", "a1", "A", "anger inside long polite mail", "Account 44810 – follow-up",
"""Good afternoon,

Thank you for your reply of 14 November. I'm afraid it doesn't address the issue at all. I asked why I was charged a cancellation fee when I cancelled within the cooling-off period, and your colleague simply restated the fee.

To be blunt, I find this whole exchange insulting. I have been a customer since 2012 and I won't be treated like this.

Regards,
Martin Hale""")
    m(B, "en", "b1", "B", "bug: Safari date picker", "Date picker on iPad",
"""Hi, on the iPad (Safari) the date picker in the booking form only lets me pick dates in the current month; the arrow to next month does nothing. On my Windows PC in Chrome I can move between months normally.""")
    m(B, "en", "n1", "", "billing dispute polite", "Cooling-off fee",
"""Hi, I cancelled within 14 days, so I believe the cancellation fee shouldn't apply. Could you look into it and refund it? Thanks, Ruth""")
    m(B, "de", "a1", "A", "formell, Beschwerde", "Beschwerde",
"""Sehr geehrte Damen und Herren, hiermit beschwere ich mich ausdrücklich über die Behandlung meines Anliegens. Sechs Wochen Funkstille sind für mich nicht hinnehmbar. Ich erwarte umgehend eine Lösung.""")
    m(B, "de", "b1", "B", "Fehler: Rabatt auf Netto statt Brutto", "Rabatt falsch berechnet",
"""Hallo, bei Rabatten in Prozent wird der Rabatt vom Nettobetrag abgezogen, im Beleg aber der Bruttobetrag als Basis angezeigt. Bei 100 € brutto und 10 % kommen 91,60 € heraus statt 90 €. Gruß, Ralf""")
    m(B, "da", "a1", "A", "skuffet, kold", "Klage",
"""Jeg er dybt utilfreds med forløbet. Fem uger og tre henvendelser uden løsning er ikke acceptabelt. Jeg overvejer at skifte udbyder.""")
    m(B, "da", "b1", "B", "fejl: eksport uden decimaler", "Decimaler forsvinder",
"""Hej, når jeg eksporterer priserne til CSV, bliver 12,50 til 1250 og 9,95 til 995. I programmet ser priserne rigtige ud. /Lars""")
    m(B, "ro", "a1", "A", "dezamăgit, formal", "Nemulțumire",
"""Sunt profund nemulțumit de modul în care mi-ați tratat solicitarea. Trei săptămâni fără niciun răspuns concret. Mă gândesc serios să renunț la serviciile voastre.""")
    m(B, "ro", "n1", "", "avarie generală", "Nu merge nimic",
"""Bună, nimeni din firmă nu se poate conecta la platformă de la ora 9. E o problemă generală?""")
    m(B, "pl", "a1", "A", "kulturalnie, ale ze złością", "Skarga",
"""Szanowni Państwo, jestem bardzo niezadowolony ze sposobu, w jaki potraktowano moje zgłoszenie. Sześć tygodni bez rozwiązania to skandal. Rozważam zmianę dostawcy.""")
    m(B, "pl", "b1", "B", "bug: Safari nie pokazuje przycisku", "Brak przycisku w Safari",
"""Dzień dobry, w Safari na Macu nie widać przycisku 'Zapłać' w koszyku – strona kończy się na podsumowaniu. W Chrome przycisk jest. Pozdrawiam, Ania""")
    m(B, "es", "a1", "A", "formal, indignado", "Queja",
"""Estoy profundamente decepcionado con el trato recibido. Seis semanas sin solución y sin una sola explicación. Me estoy planteando seriamente cambiar de compañía.""")
    m(B, "es", "b1", "B", "bug: el total no suma envío", "Total sin envío",
"""Hola, en el resumen del pedido el total no incluye los gastos de envío aunque aparecen en la línea de arriba. Al pagar sí se cobra el envío. Saludos, Irene""")
    m(B, "fr", "a1", "A", "formel, mécontent", "Mécontentement",
"""Je suis profondément mécontent de la façon dont ma demande a été traitée. Six semaines sans solution. J'envisage sérieusement de changer de prestataire.""")
    m(B, "fr", "n1", "", "question", "Question",
"""Bonjour, est-il possible de changer la date de prélèvement au 10 du mois ? Merci.""")
    m(B, "nl", "a1", "A", "formeel ontevreden", "Ontevreden",
"""Ik ben zeer ontevreden over de manier waarop mijn vraag is behandeld. Zes weken zonder oplossing. Ik overweeg serieus over te stappen.""")
    m(B, "nl", "b1", "B", "bug: totaal zonder verzendkosten", "Totaal klopt niet",
"""Hoi, in het besteloverzicht staat het totaal zonder verzendkosten, terwijl die er wel boven staan. Bij het afrekenen worden ze wel berekend. Groet, Eva""")
    m(B, "sv", "a1", "A", "formellt missnöjd", "Missnöjd",
"""Jag är mycket missnöjd med hur mitt ärende har hanterats. Sex veckor utan lösning. Jag funderar allvarligt på att byta leverantör.""")
    m(B, "sv", "b1", "B", "bugg: knapp saknas i Safari", "Knappen syns inte",
"""Hej, i Safari på Mac syns inte knappen 'Betala' i kassan, sidan tar slut efter sammanfattningen. I Chrome finns knappen. /Erik""")
    m(B, "it", "a1", "A", "formale, scontento", "Insoddisfatto",
"""Sono estremamente insoddisfatto di come è stata gestita la mia richiesta. Sei settimane senza una soluzione. Sto valutando seriamente di cambiare fornitore.""")
    m(B, "it", "b1", "B", "bug: totale senza spedizione", "Totale senza spedizione",
"""Ciao, nel riepilogo dell'ordine il totale non include la spedizione, anche se compare nella riga sopra. Al pagamento viene addebitata. Grazie, Davide""")
    m(B, "pt", "a1", "A", "formal, insatisfeito", "Insatisfeito",
"""Estou muito insatisfeito com a forma como o meu pedido foi tratado. Seis semanas sem solução. Estou a ponderar seriamente mudar de operadora.""")
    m(B, "pt", "b1", "B", "bug: botão em falta no Safari", "Botão não aparece",
"""Olá, no Safari do Mac o botão 'Pagar' não aparece no carrinho, a página acaba no resumo. No Chrome aparece. Obrigado, Rita""")
    m(B, "pt", "n1", "", "elogio", "Parabéns",
"""Parabéns pela nova app, está muito mais rápida. Bom trabalho!""")
