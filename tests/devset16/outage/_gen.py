#!/usr/bin/env python3
"""devset16 outage: fresh hand-written set for `outage` recall on unseen mail, all 11 languages,
weighted to Italian, Spanish, Danish and Romanian (lexicon round 14).
Positives: terse one-liners, follow-ups in a thread ("still the same", "tot nu merge"), mails that
mainly ask something else but mention that everything is down, reports naming a product area
(booking module, tills, CRM, e-invoicing, scanners, webshop checkout), whole team / all branches /
all customers affected, non-native writing. Hard negatives: one feature broken for one user (bug),
planned-maintenance questions, "it's back up, thanks", an outage at another company (bank, courier,
payment provider, own ISP), a past outage in a billing question, newsletters / status digests.
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(Path(__file__).resolve().parent, {"O": "outage"}).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset16 outage {batch}: outage (all 11 languages) + hard negatives",
        seed="16out",
        date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 11, (i * 13) % 60),
    )
