"""devset12 contact-manager, batch 12 (measured before any tuning on it): mixed, both tags in one mail,
replies with quoted agent signatures, casual phrasing and typos."""
B = "b12"

def add_b12(m):
    m(B, "en", "cm1", "CM", "manager AND her personal number", "Re: Re: Refund still missing",
"""Right, I want this escalated to your supervisor today. And give me Kate's personal mobile while you're at it, she promised to call me back herself and never did.

Nora

On Fri, Kate Lyons <kate@support.example> wrote:
> Hi Nora, I'll look into it and call you back.
> Kate Lyons | Support Agent | Tel +44 20 7946 0000""")
    m(B, "en", "n1", "", "quoted agent signature mobile; 'your manager' praise", "Re: Login fixed",
"""Thanks Ahmed, works now! Please tell your manager you did a great job.

Fran

> Ahmed Khan | Tier 1 Support
> Mobile: +44 7700 900555 | WhatsApp available""")
    m(B, "en", "m1", "M", "typos: wnat to speek to a manger", "manger pls",
"""i wnat to speek to a manger now. this is the 3rd tiem my order is lost

Sent from my Galaxy""")
    m(B, "de", "cm1", "CM", "Chef und Privatnummer", "So nicht",
"""Ich will sofort Ihren Vorgesetzten sprechen. Und geben Sie mir die private Nummer von Herrn Kraus, der hat mir das ja versprochen.

K. Frey""")
    m(B, "de", "n1", "", "zitierte Signatur mit Mobilnummer, Dank", "AW: Drucker",
"""Danke, Herr Lorenz, klappt wieder.

> Mit freundlichen Grüßen
> Tim Lorenz, Teamleiter Support
> Mobil: 0171 9988776""")
    m(B, "fr", "m1", "M", "fautes: je veu parler a votre responsabl", "c pas normal",
"""je veu parler a un responsable tout de suite c pas normal sa fait 3 semaine""")
    m(B, "fr", "n1", "", "signature citée avec portable", "RE: Accès",
"""Merci Julie, c'est bon pour moi.

> Julie Morel - Conseillère
> Portable : 06 11 22 33 44""")
    m(B, "es", "m1", "M", "sin tildes: quiero hablar con tu jefe", "esto es una verguenza",
"""quiero hablar con tu jefe ya, llevo 2 semanas sin internet y nadie hace nada""")
    m(B, "es", "n1", "", "firma citada con móvil del agente", "RE: Factura",
"""Gracias Pablo, ya me llegó la factura.

> Pablo Ruiz | Atención al cliente
> Móvil: 600 123 456""")
    m(B, "it", "cm1", "CM", "responsabile e numero privato", "Vergogna",
"""Voglio parlare con un responsabile. E datemi il numero privato del tecnico, mi aveva detto che mi avrebbe chiamato lui.

Sandro""")
    m(B, "it", "n1", "", "firma citata cellulare", "R: Accesso",
"""Grazie Marta, ora funziona.

> Marta Gallo - Assistenza clienti
> Cell. 333 9876543""")
    m(B, "nl", "m1", "M", "typo: leidinggevnde", "klacht!!",
"""ik wil nu je leidinggevende aan de lijn, dit is de 4e keer""")
    m(B, "nl", "n1", "", "handtekening met mobiel in citaat", "RE: Factuur",
"""Bedankt Sanne, opgelost.

> Sanne de Wit | Klantenservice
> Mobiel: 06 11223344""")
    m(B, "pl", "m1", "M", "bez polskich znaków: chce rozmawiac z kierownikiem", "skandal",
"""chce rozmawiac z kierownikiem natychmiast, 3 tydzien bez internetu""")
    m(B, "pl", "n1", "", "cytowany podpis z komórką", "RE: Faktura",
"""Dziękuję Pani Anno, wszystko jasne.

> Anna Nowak | Obsługa klienta
> Tel. kom.: 600 100 200""")
    m(B, "sv", "m1", "M", "utan å: jag vill prata med chefen", "fel igen",
"""jag vill prata med chefen nu, fjarde gangen samma fel""")
    m(B, "sv", "n1", "", "citerad signatur med mobil", "SV: Faktura",
"""Tack Erik, nu funkar det.

> Erik Nilsson | Kundtjänst
> Mobil: 070 111 22 33""")
    m(B, "da", "m1", "M", "uden æøå: jeg vil tale med din chef", "igen igen",
"""jeg vil tale med din chef nu, det er 4. gang""")
    m(B, "da", "n1", "", "citeret signatur med mobil", "SV: Faktura",
"""Tak Maja, det virker.

> Maja Holm | Kundeservice
> Mobil: 20 30 40 50""")
    m(B, "ro", "m1", "M", "fara diacritice: vreau sa vorbesc cu seful", "bataie de joc",
"""vreau sa vorbesc cu seful tau acum, e a patra oara""")
    m(B, "ro", "n1", "", "semnătură citată cu mobil", "RE: Factura",
"""Mulțumesc Ana, e în regulă.

> Ana Pop | Relații clienți
> Mobil: 0722 000 111""")
    m(B, "pt", "m1", "M", "sem acentos: quero falar com o gerente", "absurdo",
"""quero falar com o gerente agora, ja e a quarta vez""")
    m(B, "pt", "n1", "", "assinatura citada com celular", "RE: Fatura",
"""Obrigado Paula, resolvido.

> Paula Dias | Atendimento
> Celular/WhatsApp: (11) 98888-7777""")
