"""devset13 outage, batch 11 (measured before tuning on it): long, polite reports where the outage is
one sentence among others (HTML, quoted history below), written by office managers and shop owners;
negatives of the same length: a long onboarding mail that mentions 'last month's outage' in passing,
a contract renewal asking about uptime figures."""
B = "b11"

def add_b11(m):
    m(B, "es", "o1", "O", "long polite, outage in middle", "Consulta y problema",
"""Buenos días,

Quería preguntaros por la renovación del contrato, que vence en enero. Por otro lado, y esto es lo urgente: desde las 10 ninguno de los ordenadores de la gestoría consigue conectar con vuestra plataforma, sale un aviso de "servicio no disponible". Tenemos presentaciones de impuestos hoy.

Gracias de antemano,
Marisa Ortega
Gestoría Ortega""", fmt="alt")
    m(B, "es", "n1", "", "long onboarding mail, past outage in passing", "Alta de nuevos usuarios",
"""Buenos días,

Vamos a incorporar a cinco personas el mes que viene. A pesar de la caída del mes pasado estamos muy contentos con el servicio. ¿Nos indicáis cómo crear los usuarios y asignar permisos?

Gracias,
Marisa Ortega""", fmt="alt")
    m(B, "it", "o1", "O", "long polite, outage in middle", "Domanda e problema urgente",
"""Buongiorno,

volevo chiedervi informazioni sul rinnovo. Ma soprattutto: da stamattina nessun computer dello studio riesce a collegarsi alla vostra piattaforma, compare "servizio non disponibile". Oggi abbiamo scadenze fiscali.

Grazie,
Studio Bassi""", fmt="alt")
    m(B, "it", "n1", "", "renewal asking about uptime figures", "Rinnovo e disponibilità",
"""Buongiorno, prima di rinnovare vorremmo sapere la percentuale di disponibilità del servizio nell'ultimo anno e quante interruzioni ci sono state.

Grazie, Studio Bassi""", fmt="alt")
    m(B, "sv", "o1", "O", "long polite, outage in middle", "Fråga och ett akut problem",
"""Hej,

Jag ville fråga om förnyelsen av avtalet. Men framför allt: sedan i morse kan ingen dator på byrån ansluta till er plattform, det står "tjänsten är inte tillgänglig". Vi har deklarationer som ska in i dag.

Tack,
Byrå Lindholm""", fmt="alt")
    m(B, "sv", "n1", "", "renewal asking about uptime", "Förnyelse",
"""Hej, innan vi förnyar vill vi veta er tillgänglighet det senaste året och hur många avbrott ni har haft.

Byrå Lindholm""", fmt="alt")
    m(B, "da", "o1", "O", "long polite, outage in middle", "Spørgsmål og et akut problem",
"""Hej,

Jeg ville høre om fornyelsen af aftalen. Men vigtigst: siden i morges kan ingen computere på kontoret forbinde til jeres platform, der står "tjenesten er ikke tilgængelig". Vi har momsfrist i dag.

Tak,
Revisionsfirmaet Holm""", fmt="alt")
    m(B, "da", "n1", "", "onboarding, past outage in passing", "Nye brugere",
"""Hej, vi får tre nye medarbejdere. Trods nedbruddet sidste måned er vi glade for systemet. Hvordan opretter vi dem?

Revisionsfirmaet Holm""", fmt="alt")
    m(B, "pl", "o1", "O", "long polite, outage in middle", "Pytanie i pilny problem",
"""Dzień dobry,

chciałam zapytać o przedłużenie umowy. Ale przede wszystkim: od rana żaden komputer w biurze nie może połączyć się z waszą platformą, pojawia się komunikat "usługa niedostępna". Dziś mamy termin deklaracji.

Dziękuję,
Biuro Rachunkowe Nowak""", fmt="alt")
    m(B, "pl", "n1", "", "renewal uptime question", "Przedłużenie umowy",
"""Dzień dobry, przed przedłużeniem umowy prosimy o informację o dostępności usługi w ostatnim roku i liczbie przerw.

Biuro Rachunkowe Nowak""", fmt="alt")
    m(B, "pt", "o1", "O", "long polite, outage in middle", "Pergunta e um problema urgente",
"""Bom dia,

Queria saber da renovação do contrato. Mas o mais urgente: desde manhã nenhum computador do escritório consegue ligar à vossa plataforma, aparece "serviço indisponível". Hoje temos entregas de impostos.

Obrigada,
Contabilidade Pires""", fmt="alt")
    m(B, "pt", "n1", "", "onboarding past outage", "Novos utilizadores",
"""Bom dia, vamos ter três novos colaboradores. Apesar da falha do mês passado, estamos satisfeitos. Como os criamos?

Contabilidade Pires""", fmt="alt")
