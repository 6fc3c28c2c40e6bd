#!/usr/bin/env python3
"""devset16 abusive-legal: fresh hand-written set for `abusive` and `legal-threat` recall on unseen mail,
weighted to English, Danish and Spanish, all 11 languages (lexicon round 14).
Abusive positives: indirect, sarcastic and understated insults at staff ("were you born this dense or
did you train for it"), regional English (Scots, Irish, Yorkshire, Indian, South African, US, AU),
veiled threats ("I'd watch my back walking to the car park"), insults of a named agent.
Legal positives: indirect and conditional threats ("my solicitor will be in touch", "I will let the
ombudsman decide", "let a judge sort it out", burofax, letter before action, national regulators and
complaint boards). Hard negatives: swearing at the product, insults at third parties, self-deprecation,
a law firm's normal question, GDPR/DPA requests, "we are not going to sue", legal disclaimers, a lawyer
as a customer asking about billing. Each batch is measured before tuning on it. Re-run to rewrite <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(Path(__file__).resolve().parent, {"A": "abusive", "L": "legal-threat"}).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset16 abusive-legal {batch}: abusive + legal-threat (all 11 languages) + hard negatives",
        seed="16al",
        date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 10, (i * 13) % 60),
    )
