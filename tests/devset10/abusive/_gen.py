#!/usr/bin/env python3
"""devset10 abusive: fresh hand-written set for `abusive` (insults without stock swear words, misspelled
slang, BR/PT-PT Portuguese insults, threats, harassment of a named agent, contempt for competence) plus
hard negatives (anger without insult, swearing about the product, self-deprecation, quoting an insult,
idioms, dark humour). Weighted to en, pt, da, it, nl, sv. Two batches, each measured before tuning on it:
b1/, b2/. Edit here and re-run; it rewrites <batch>/manifest.toml and <batch>/<lang>/*.eml."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, customer, forbid_others, html_paragraphs, mail_date, mime_mail

TAGS = ["abusive"]
HERE = Path(__file__).resolve().parent
A = "abusive"

M = []
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8"):
    """fmt: plain (8bit), qp, b64, html (HTML only), alt (multipart/alternative)."""
    M.append((batch, lang, name, [A] if expect else [], note, subject, body.strip("\n"), fmt, charset))

def build(sender, subject, date, msg_id, body, fmt, charset):
    html = "<html><body style=\"font-family:Arial\">\n" + html_paragraphs(body) + "\n</body></html>"
    return mime_mail(sender, subject, date, msg_id, body + "\n", html, fmt, charset).as_string()


# ============================================================ batch 1
B = "b1"
m(B, "en", "p1", True, "contempt without swear words: clowns, pathetic excuse for a company", "your circus",
"""Three weeks. Three weeks of you clowns telling me the export is "with the dev team". What a pathetic excuse for a company. I've seen lemonade stands run better than your outfit.

Greg""")
m(B, "en", "p2", True, "are you all brain-dead, intelligence insult", "Re: ticket 55120",
"""Are you all brain-dead over there? I have explained FOUR times that the invoice address is wrong, and every reply asks me for the invoice address. Do you even read, or do you just paste whatever the script says?

> Could you please confirm your invoice address?""")
m(B, "en", "p3", True, "threat: you'll regret this, watch your back, named agent", "Kevin",
"""Kevin, you hung up on me this morning. You'll regret this. I know which office you work from, so watch your back.""")
m(B, "en", "p4", True, "harassment of named agent, repeated personal attacks", "Stop sending me Priya",
"""I asked not to deal with Priya again. She is the most incompetent, useless person I have ever had the misfortune of speaking to, and clearly too thick to understand a simple refund. Every email she writes proves it. Take her off my case before I say what I really think of her.""")
m(B, "en", "p5", True, "misspelled slang insults, no caps, non-native", "wtf",
"""ur support is run by a bunch of retarted monkeys honestly. u r all a joke, dumbass agents cant even reset a pasword""")
m(B, "en", "n1", False, "angry but not insulting", "Unacceptable delay",
"""This is completely unacceptable. I have waited eleven days for a reply and my team cannot invoice a single customer. I expect a call from someone today, and I expect this to be fixed by Friday.

Regards,
Helen Marsh""")
m(B, "en", "n2", False, "swearing about the product, not people", "this bloody app",
"""This fucking app crashed again and ate my whole report. What a piece of shit update. Can someone please tell me how to get the autosave back?""")
m(B, "en", "n3", False, "idioms: kill the process, app killing me, shoot you an email", "sync stuck",
"""Hi, the sync has been stuck for an hour and this app is killing me today. Should I just kill the process and restart it, or will that lose data? I'll shoot you an email with the logs afterwards.""")
m(B, "en", "n4", False, "self-deprecation, dark humour about oneself", "my mistake",
"""OK I'm an idiot, I deleted the wrong project. Total moron move, I should be fired into the sun. Is there any way to restore it from yesterday's backup?

Thanks, and sorry,
Matt""")

m(B, "pt", "p1", True, "BR slang insults at agents, no accents", "atendimento lixo",
"""vcs sao um bando de incompetentes, cambada de otarios. o atendente de ontem um imbecil que nao sabe nem o que é boleto. vai se catar""")
m(B, "pt", "p2", True, "PT-PT insult: idiotas, palhaços, atrasado mental; qp latin-1", "Reclamação",
"""Vocês são uns palhaços. A senhora que me atendeu ao telefone é uma atrasada mental, não percebe nada do que lhe digo. Uma cambada de inúteis, é o que são.""", fmt="qp", charset="iso-8859-1")
m(B, "pt", "p3", True, "BR threat: you'll pay, I know where you work", "vai ter volta",
"""Fala pro tal do Marcelo que isso não vai ficar assim. Eu sei onde vocês trabalham e ele vai se arrepender. Vai ter volta, pode ter certeza.""")
m(B, "pt", "n1", False, "angry, swearing at situation (porra), no target", "Pedido atrasado",
"""Porra, é a terceira vez que o pedido atrasa! Que merda de sistema de entregas. Quero uma solução hoje.""")
m(B, "pt", "n2", False, "quotes someone else's insult, reports it", "Sobre o meu colega",
"""Bom dia, o meu colega escreveu-vos ontem a chamar "idiotas" à vossa equipa. Peço desculpa em nome da empresa, ele não devia ter dito aquilo. O problema da fatura mantém-se, podem ajudar?""")

m(B, "da", "p1", True, "Danish insults: idioter, amatører, hjernedøde", "I er nogle idioter",
"""I er nogle fuldstændige idioter. Hvor svært kan det være at sende en faktura til den rigtige adresse? Hjernedøde amatører hele bundtet.""")
m(B, "da", "p2", True, "Danish threat to named agent", "Til Mads",
"""Mads, du har løjet for mig tre gange nu. Du skal passe på dig selv. Jeg finder ud af hvor du bor, og så skal du fortryde det.""")
m(B, "da", "n1", False, "swearing about the system, no target (for fanden, lort)", "Login",
"""For fanden da, det lortesystem virker stadig ikke. Jeg kan ikke logge ind og har en deadline i dag. Hjælp!""")

m(B, "it", "p1", True, "Italian insults: incompetenti, deficienti, buffoni", "vergogna",
"""Siete una manica di incompetenti e deficienti. L'operatrice di stamattina una buffona che non sa fare il suo lavoro. Ma chi vi ha assunto?""")
m(B, "it", "p2", True, "threat: te la faro pagare, named agent", "Per Luca",
"""Luca, te la farò pagare. Ti aspetto fuori dall'ufficio e vediamo se fai ancora lo spiritoso.""")
m(B, "it", "n1", False, "self-deprecation + idiom (sono un cretino, mi sta uccidendo)", "errore mio",
"""Scusate, sono proprio un cretino: ho cancellato la rubrica da solo. Questo gestionale mi sta uccidendo oggi. Si può recuperare?""")

m(B, "nl", "p1", True, "Dutch insults: sukkels, prutsers, debielen", "jullie",
"""Wat een stelletje prutsers zijn jullie. Die medewerker van gisteren is echt een debiel, snapt er helemaal niks van. Sukkels.""")
m(B, "nl", "n1", False, "Dutch angry swearing about product (klote, godverdomme)", "app",
"""Godverdomme, die klote-app is weer gecrasht tijdens het betalen. Dit is de derde keer deze week. Wanneer is dit opgelost?""")

m(B, "sv", "p1", True, "Swedish insults: idioter, inkompetenta pappskallar", "Ni",
"""Ni är ett gäng inkompetenta pappskallar. Hon som svarade i telefon var dum i huvudet, fattade ingenting. Skärp er, idioter.""")
m(B, "sv", "n1", False, "Swedish hypothetical/question about the policy", "Er policy",
"""Hej, en fråga: vad händer om en kund kallar er personal för idioter i ett mejl? Vi skriver en egen uppförandekod och vill se hur ni gör.""")

m(B, "de", "p1", True, "German contempt: unfähige Vollpfosten", "Eure Hotline",
"""Ihr seid doch alle unfähige Vollpfosten. Der Typ an der Hotline hat offensichtlich nicht alle Tassen im Schrank.""")
m(B, "es", "p1", True, "Spanish threat: te vas a arrepentir", "Para Jorge",
"""Jorge, te vas a arrepentir de haberme colgado. Sé dónde trabajas y te voy a hacer la vida imposible.""")
m(B, "fr", "n1", False, "French angry, no insult", "Inadmissible",
"""C'est inadmissible, cela fait deux semaines que j'attends le remboursement. Je veux une réponse aujourd'hui.""")

# ============================================================ batch 2 (written after tuning on b1, measured before tuning on it)
B = "b2"
m(B, "en", "p1", True, "contempt for competence: do they hire you off the street", "Re: Re: password reset",
"""Genuinely asking: does your company hire support staff by picking people off the street at random? Because whoever "Daniel" is can't tell the difference between a username and an email address. Absolute waste of oxygen.

Sent from my iPhone""")
m(B, "en", "p2", True, "threat: I'll make your life hell", "you have been warned",
"""Ignore me one more time and I will make your life hell. Every single one of you. I have a lot of free time.""", fmt="alt")
m(B, "en", "p3", True, "insult without swear words: halfwit, couldn't organise", "Re: delivery",
"""Your so-called "team lead" is a condescending halfwit who couldn't organise a queue at a bus stop. Stop patronising me and do your job.""")
m(B, "en", "p4", True, "harassment of named agent, lazy and stupid, repeated", "ANOTHER reply from Sophie",
"""Oh look, Sophie again. Lazy, stupid Sophie who can't be bothered to read past the first line. Tell Sophie she's a disgrace and that I'll keep writing until she's gone.""")
m(B, "en", "p5", True, "non-native, misspelled: stupids, imbecils", "very bad",
"""you are all stupids people, imbecils, i write 5 time and no body answer me correct. shame of you""")
m(B, "en", "n1", False, "dark humour about oneself + angry at situation", "month end",
"""If this reconciliation report fails one more time I'm going to throw myself off the roof, ha. Seriously though, it's month end, please look at ticket 8812 today.""")
m(B, "en", "n2", False, "newsletter-ish: guide on handling abusive callers", "Our webinar",
"""Join our free webinar "When customers call you an idiot: de-escalation for support teams". We'll cover threats, insults and how to stay calm. Register via the link below.

Unsubscribe | Privacy""", fmt="html")
m(B, "en", "n3", False, "question about the product: kill switch, dead letter queue", "dead letters",
"""Quick one: messages keep piling up in the dead letter queue. Is there a kill switch for the webhook retries? We'd rather kill them all and replay manually.""")

m(B, "pt", "p1", True, "BR: seu burro, toma vergonha na cara", "ATENDENTE",
"""Seu burro, eu já falei três vezes o número do pedido. Toma vergonha nessa cara e aprende a ler. Que atendente mais lerdo, pqp""")
m(B, "pt", "p2", True, "PT-PT: são uns incompetentes e uns aldrabões; named agent an imbecil", "Fatura",
"""O Sr. Nuno é um imbecil chapado. Vocês são todos uns aldrabões e uns incompetentes. Não vos pago nem mais um cêntimo.""", fmt="b64", charset="iso-8859-1")
m(B, "pt", "p3", True, "BR threat: you'll pay dearly, I'll make your life hell", "aviso",
"""Vocês vão me pagar caro por isso. Vou infernizar a vida de cada um de vocês até devolverem meu dinheiro.""")
m(B, "pt", "n1", False, "self-deprecation BR: sou muito burro", "ajuda",
"""Gente, desculpa, sou muito burro mesmo, apaguei a planilha inteira sem querer. Tem como recuperar? Esse sistema tá me matando hoje kkk""")

m(B, "da", "p1", True, "Danish: dumme svin, I er til grin", "jeres kundeservice",
"""I er til grin allesammen. Den dumme kælling i telefonen smed bare røret på. Inkompetente klovne.""")
m(B, "da", "p2", True, "Danish threat: I'll make life hell for you", "sidste advarsel",
"""Hvis jeg ikke får mine penge i morgen, så skal jeg gøre livet surt for jer. I kommer til at fortryde det her.""", fmt="qp", charset="iso-8859-1")
m(B, "da", "n1", False, "Danish angry but polite, 'det er for dårligt'", "Faktura igen",
"""Det er simpelthen for dårligt. Fjerde gang jeg skriver om den samme faktura, og ingen svarer. Jeg forventer svar i dag.""")

m(B, "it", "p1", True, "IT: testa di legno, non capisci niente", "Re: rimborso",
"""Ma sei scemo o cosa? Te l'ho spiegato in tutte le lingue. Testa di legno, non capisci un tubo. Passami qualcuno con un cervello.""")
m(B, "it", "p2", True, "IT threat: ve ne pentirete, so dove abitate", "ultimo avviso",
"""Ve ne pentirete amaramente. So dove si trova il vostro magazzino e prima o poi passo a trovarvi.""")
m(B, "it", "n1", False, "IT angry swearing at the app (che schifo, porca miseria)", "app",
"""Porca miseria, l'app si è piantata di nuovo a metà ordine. Che schifo di aggiornamento. Quando lo sistemate?""")

m(B, "nl", "p1", True, "NL: mongolen, achterlijk, named agent", "Re: pakket",
"""Die Kevin van jullie is echt achterlijk. Drie keer hetzelfde vragen, stelletje oliebollen. Zijn jullie allemaal zo dom?""")
m(B, "nl", "p2", True, "NL threat: jullie gaan hier spijt van krijgen", "laatste keer",
"""Jullie gaan hier spijt van krijgen. Ik weet waar jullie kantoor zit.""")
m(B, "nl", "n1", False, "NL self-deprecating, idiom 'ik word gek van'", "foutje",
"""Sorry, ik ben echt een sukkel, ik heb het verkeerde bestand geüpload. Ik word gek van dat formulier. Kunnen jullie het verwijderen?""")

m(B, "sv", "p1", True, "SV: hjärndöda, idiot, named agent", "Handläggaren",
"""Er handläggare Anders är en komplett idiot. Är ni alla hjärndöda på ert kontor?""")
m(B, "sv", "p2", True, "SV threat: ni kommer att ångra er", "Sista varningen",
"""Ni kommer att ångra er. Jag vet var du bor, Anders.""", fmt="qp", charset="iso-8859-1")
m(B, "sv", "n1", False, "SV angry swearing about system (jävla skit)", "Faktureringen",
"""Det jävla systemet har kraschat igen mitt i faktureringen. Vilken skit. Fixa det snabbt, tack.""")

m(B, "pl", "p1", True, "PL: banda idiotów, debil", "obsługa",
"""Jesteście bandą idiotów. Ten konsultant to skończony debil.""", fmt="qp", charset="iso-8859-2")
m(B, "nb", "p1", True, "NB: dere er noen idioter, threat", "kundeservice",
"""Dere er noen udugelige idioter. Dere skal få angre på dette.""")
m(B, "fi", "n1", False, "FI angry, no insult", "Lasku",
"""Tämä on täysin kohtuutonta. Odotan vastausta tänään.""")


def main():
    batches = sorted({b for b, *_ in M})
    only = sys.argv[1:] or batches
    for batch in only:
        out = DevSet(HERE / batch, f"# devset10 abusive {batch}: fresh hand-written set for abusive")
        for i, (b, lang, name, expect, note, subject, body, fmt, charset) in enumerate(M):
            if b != batch:
                continue
            sender, msg_id = customer(lang, f"10abu{batch}{lang}{name}")
            date = mail_date("Tue", 10 + i % 10, "Nov", 8 + i % 9, (i * 7) % 60)
            mail = build(sender, subject, date, msg_id, body, fmt, charset)
            out.add(lang, name, mail, expect, forbid_others(TAGS, expect), note)
        out.save(clean=True)
        print(batch, sum(1 for x in M if x[0] == batch), "messages")

if __name__ == "__main__":
    main()
