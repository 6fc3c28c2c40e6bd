#!/usr/bin/env python3
"""devset11 abusive x1: hard negatives written AGAINST the tuned lexicon (precision probes for the
phrases/combos added in this round: pickups at the office, negated wishes, thieves that stole a van,
pets, tech idioms, chatbots...). Not an honest batch: a regression guard only. Rewrites x1/."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tests.devset_mail import html_paragraphs, mime_mail, write_batches

HERE = Path(__file__).resolve().parent
P = [
 ("pt", "O aplicativo é um lixo, trava toda hora."),
 ("pt", "Esses produtos são um lixo, quero devolver."),
 ("pt", "O seu pedido atrasado já foi enviado?"),
 ("pt", "Vocês podem recolher o seu lixo na segunda?"),
 ("pt", "O macaco hidráulico que comprei veio partido, o seu macaco não funciona."),
 ("pt", "Comprei uma comida gostosa mas veio fria."),
 ("it", "Ho ordinato quel maiale al forno ma non è arrivato."),
 ("it", "Quel tecnico incapace di risolvere il problema è tornato oggi, grazie comunque."),
 ("it", "Vi vengo a prendere alle 10 per la consegna."),
 ("en", "We found her LinkedIn, can she call us about the enterprise plan?"),
 ("en", "Would be a shame if something went wrong with the migration, so let's test first."),
 ("en", "I hope the office move goes well and nobody ends up on the street in this weather."),
 ("en", "You deserve to know that the invoice was wrong."),
 ("en", "I know Sarah leaves at 5 so I'll call before then."),
 ("en", "The accident put him in hospital for a week so the payment was late."),
 ("da", "Det er slet ikke i orden at pakken ikke kom."),
 ("da", "Jeg håber den nye dør passer, kan I levere i morgen?"),
 ("da", "Vi håber I kan hjælpe, jeg er en kæmpe fan af jeres app."),
 ("sv", "Han är en jävel på golf men en dålig chef."),
 ("sv", "Ange vad du heter och var du bor i formuläret."),
 ("nl", "Stel je voor, de app ging helemaal op zijn bek na de update."),
 ("nl", "Jullie zijn een stel toppers, bedankt!"),
 ("nl", "Ik ga mezelf iets aandoen als dit niet werkt haha."),
 ("it", "Spero che non sia un cancro, devo annullare la visita."),
 ("nl", "Het is slet weer vandaag."),
 ("pt", "Hora de entrega: 10h. Podemos mudar a hora?"),
 ("en", "Your chatbot is useless but your staff were brilliant."),
 ("en", "Our accountant called us idiots for not using your software sooner, haha."),
 ("en", "My dog is a little bitch sometimes but she loves your treats."),
 ("pt", "Seu serviço de merda não funciona."),
 ("pt", "Sua merda de sistema caiu de novo."),
 ("pt", "Quero que se foda esse contrato, cancelem."),
 ("en", "I've found Maria's LinkedIn profile, could she send me the contract?"),
 ("en", "We'll be outside your shop at 9 to pick up the order."),
 ("en", "A gang of thieves stole our delivery van last night, so the order is delayed."),
 ("pt", "Um bando de ladrões roubou a carrinha de entregas, por isso atrasou."),
 ("it", "Una banda di ladri ha rubato il furgone con la merce."),
 ("en", "I've got a new number plate, do I need to update the parking app?"),
 ("da", "Vi ses på kontoret i Vejle, jeg ved hvor det ligger."),
 ("nl", "Ik weet waar jullie kantoor zit, ik kom het pakket zelf ophalen."),
 ("sv", "Jag vet var ert kontor ligger, jag kan hämta paketet själv."),
 ("it", "So dov'è il vostro ufficio, passo io a ritirare il pacco."),
 ("pt", "Sei onde fica o vosso escritório, posso ir lá buscar a encomenda."),
 ("pt", "Vou aí e resolvo pessoalmente, tá bom?"),
 ("nl", "Ik hoop dat jullie niet failliet gaan, jullie zijn de beste."),
 ("sv", "Jag hoppas ni inte går i konkurs, ni är bäst!"),
 ("it", "Spero che non finiate disoccupati, siete bravissimi."),
 ("da", "Jeg håber ikke I går konkurs, I er de bedste."),
 ("pt", "Espero que não fiquem desempregados com a crise, vocês são ótimos."),
 ("nl", "Die chatbot is echt achterlijk, maar jullie medewerkers zijn top."),
 ("sv", "Min son kallade mig för idiot när jag inte hittade knappen haha."),
 ("sv", "Slå ihjäl tiden i väntan på paketet."),
 ("pt", "Que o gerente se lixe com o bónus, o importante é a equipa."),
]
M = [("x1", lang, f"n{i:02d}", [], "probe (written against the lexicon): " + text[:60], "", text, "plain", "utf-8")
     for i, (lang, text) in enumerate(P, 1)]

def build(sender, subject, date, msg_id, body, fmt, charset):
    html = "<html><body>\n" + html_paragraphs(body) + "\n</body></html>"
    return mime_mail(sender, subject, date, msg_id, body + "\n", html, fmt, charset).as_string()

if __name__ == "__main__":
    write_batches(HERE, M, ["x1"], title="devset11 abusive {batch}: precision probes written against the tuned lexicon (not honest figures)",
                  seed="11abx", tags=["abusive"], build=build)
