"""devset15 ownership, batch 11 (measured before tuning): seller asks to hand the account to the buyer,
current owner hands over to a new CTO, daughter manages mum's shop, holiday flat sold with its account,
vet clinic, magazine subscription to a relative, long mails and quoted replies, html-only; negatives:
buyer asking about prices, CTO asking about SSO, daughter asking about an invoice for mum."""
B = "b11"

def add_b11(m):
    # ---------------- es
    m(B, "es", "a1", "A", "seller asks to hand account to buyer, es-MX", "Venta del negocio",
"""Buenas, vendimos la veterinaria a la Dra. Solís y ella se queda con todo, incluida la cuenta de ustedes. ¿Cómo le pasamos la cuenta a ella? Yo ya no quiero aparecer como responsable.

Saludos, Memo Aguilar""")
    m(B, "es", "a2", "A", "long mail, buried, Spain", "Varias cosas",
"""Hola equipo,
Os escribo por varios temas. 1) La app de Android va lenta desde la última versión. 2) Nos gustaría saber si hay descuento para ONG. 3) Nuestra antigua coordinadora dejó la asociación en verano y era la administradora; habría que poner a nuestra nueva coordinadora, Inés Roldán, como administradora principal y quitar a la anterior. 4) ¿Tenéis webinars en enero?
Gracias!
Marta, Asociación Vecinal Las Huertas""", fmt="html")
    m(B, "es", "a3", "A", "holiday flat sold with account", "Apartamento vendido",
"""Hola, vendí el apartamento turístico y el comprador quiere seguir con vuestra plataforma. ¿Podéis transferirle la cuenta con las reservas? Sus datos van abajo.

Ramón""")
    m(B, "es", "n1", "", "buyer asks prices", "Precios",
"""Hola, acabo de comprar un apartamento turístico y quiero saber cuánto cuesta vuestra plataforma para un solo piso.

Nerea""")
    m(B, "es", "n2", "", "daughter asks invoice for mum", "Factura de mi madre",
"""Hola, escribo por mi madre, que no se maneja con el ordenador. ¿Le podéis reenviar la factura de octubre a su correo?

Gracias, Silvia""")
    # ---------------- it
    m(B, "it", "a1", "A", "current owner hands over to new CTO", "Passaggio a nuovo CTO",
"""Buongiorno, lascio l'azienda a fine mese. Vorrei trasferire la proprietà dell'account al nostro nuovo CTO, Federico Sala. Come procediamo?

Laura Ricci, CEO uscente""")
    m(B, "it", "a2", "A", "figlia gestisce negozio della mamma, reply", "R: Negozio di mia madre",
"""Come vi dicevo, mia mamma non ce la fa più e il negozio ora lo mando avanti io. Vorrei che l'account fosse a nome mio, lei è d'accordo. Cosa vi serve esattamente?

Chiara

> Gentile Chiara, per procedere abbiamo bisogno di maggiori informazioni.""")
    m(B, "it", "a3", "A", "clinica veterinaria venduta", "Clinica veterinaria",
"""Salve, ho venduto la clinica veterinaria al dott. Ferri. L'account deve passare a lui, io non c'entro più niente. Grazie.

dott.ssa Rossi""")
    m(B, "it", "n1", "", "CTO asks SSO", "SSO",
"""Buongiorno, sono il nuovo CTO di Alfa Srl. Supportate l'accesso SSO con Google Workspace?

Federico""")
    # ---------------- pl
    m(B, "pl", "a1", "A", "seller transfers to buyer", "Sprzedaż sklepu",
"""Dzień dobry, sprzedałem sklep internetowy panu Kowalskiemu. Proszę przenieść konto na nowego właściciela, dane poniżej. Ja już nie chcę mieć z tym nic wspólnego.

Rafał""")
    m(B, "pl", "a2", "A", "long mail buried, html", "Kilka pytań i prośba",
"""Dzień dobry,
kilka spraw: po pierwsze, eksport do Excela nie działa u kolegi. Po drugie, czy jest zniżka dla szkół? Po trzecie, poprzednia dyrektorka zakładała konto na swój prywatny e-mail i już nie pracuje; proszę ustawić mnie jako administratora głównego. Po czwarte, dziękuję za szybką pomoc ostatnio.
Pozdrawiam, Iwona""", fmt="html")
    m(B, "pl", "a3", "A", "prenumerata to father", "Prenumerata",
"""Chciałabym przepisać prenumeratę na tatę, on będzie płacił. Da się?

Ola""")
    m(B, "pl", "n1", "", "buyer asks features", "Pytanie",
"""Dzień dobry, kupiłem sklep internetowy i chcę wiedzieć, czy Państwa system obsługuje BLIK.""")
    # ---------------- fr
    m(B, "fr", "a1", "A", "seller asks to transfer to buyer, Swiss", "Vente de l'entreprise",
"""Bonjour, j'ai vendu mon entreprise de nettoyage à M. Berset. Pourriez-vous lui transférer le compte ? Je ne veux plus en être responsable.

Meilleures salutations, Jean-Marc""")
    m(B, "fr", "a2", "A", "owner hands to new DSI, long", "Départ",
"""Bonjour, je quitte la société fin novembre après 12 ans. Avant de partir je souhaite que la propriété du compte passe à notre nouveau DSI, Karim Haddad. Par ailleurs merci pour votre support toutes ces années, et pourriez-vous aussi nous envoyer la facture de novembre en avance ?

Catherine""")
    m(B, "fr", "a3", "A", "Québec, fille de la proprio", "Compte de ma mère",
"""Bonjour, ma mère a le salon de coiffure mais c'est moi qui m'en occupe astheure. Est-ce que le compte peut être mis à mon nom?

Merci, Émilie""")
    m(B, "fr", "n1", "", "daughter asks invoice for mum", "Facture",
"""Bonjour, j'écris pour ma mère : pouvez-vous lui renvoyer sa facture par courrier ?""")
    # ---------------- de
    m(B, "de", "a1", "A", "Verkäufer an Käufer", "Verkauf Ferienwohnung",
"""Hallo, ich habe die Ferienwohnung verkauft. Der Käufer möchte Ihr System weiter nutzen. Können Sie das Konto mit allen Buchungen auf ihn übertragen?

Gruss, Peter""")
    m(B, "de", "a2", "A", "Inhaber übergibt an neuen CTO", "Neuer Kontoinhaber",
"""Guten Tag, ich scheide zum Jahresende aus. Bitte machen Sie unseren neuen CTO, Herrn Yilmaz, zum Kontoinhaber.

Beste Grüße, Ute Krämer""")
    m(B, "de", "n1", "", "Käufer fragt Preis", "Preis",
"""Hallo, ich habe eine Ferienwohnung gekauft. Was kostet Ihr System für eine Wohnung?""")
    # ---------------- nl
    m(B, "nl", "a1", "A", "verkocht aan koper", "Verkoop",
"""Hallo, ik heb mijn webshop verkocht. Kunnen jullie het account overdragen aan de koper? Zijn gegevens staan hieronder.

Groet, Stefan""")
    m(B, "nl", "n1", "", "dochter vraagt factuur", "Factuur moeder",
"""Hoi, ik mail namens mijn moeder: kunnen jullie haar factuur opnieuw sturen?""")
    # ---------------- pt
    m(B, "pt", "a1", "A", "pt-BR vendeu, pass to buyer", "Vendi a loja",
"""Oi, vendi minha loja pro Ricardo. Como eu passo a conta pra ele? Não quero mais ficar como responsável.

Tati""")
    m(B, "pt", "a2", "A", "new CTO handover from current owner", "Transferência de propriedade",
"""Bom dia, estou saindo da empresa. Gostaria de transferir a propriedade da conta para o nosso novo CTO.

Att, Marcelo""")
    m(B, "pt", "n1", "", "CTO asks API", "API",
"""Olá, sou o novo CTO da empresa. Vocês têm API GraphQL?""")
    # ---------------- ro
    m(B, "ro", "a1", "A", "vânzare firmă", "Vânzare",
"""Bună ziua, am vândut firma domnului Georgescu. Vă rog să îi transferați lui contul.

Adrian""")
    # ---------------- sv
    m(B, "sv", "a1", "A", "sålt företaget", "Sålt",
"""Hej, jag har sålt företaget till Anna Berg. Kan ni överföra kontot till henne?

Mvh Nils""")
    # ---------------- da
    m(B, "da", "a1", "A", "solgt forretningen", "Solgt",
"""Hej, jeg har solgt butikken til Mads. Kan I overdrage kontoen til ham?

Mvh Anne""")
    # ---------------- en
    m(B, "en", "a1", "A", "seller hands to buyer", "sold the business",
"""Hi, I've sold the bakery to Tom Price. Could you transfer the account over to him? I don't want to be on it anymore.

Cheers, Jill""")
    m(B, "en", "a2", "A", "long mail buried", "catch-up",
"""Hey team! Quick catch-up: the new dashboard is brilliant, thanks. Also our treasurer stepped down at the AGM, so Mo should become the main admin on the club account instead of her. And is there a student discount? Thanks!

Jo, Riverside Rowing Club""")
    m(B, "en", "n1", "", "buyer asks features", "question",
"""Hi, I've just bought a small bakery. Does your system handle allergen labels?""")
