#!/usr/bin/env python3
"""devset17 outage-legal: fresh hand-written set for `outage` recall in it, es, sv, fr, pt, pl, nl and
`legal-threat` recall in en and es (lexicon round 15), with hard negatives for both.
Outage positives: terse one-liners, symptoms instead of "down", named modules, whole team / nobody,
follow-ups in a thread, non-native writing, regional variants. Outage negatives: one user's bug,
planned maintenance, someone else's outage (bank, ISP), "it's back, thanks", newsletters.
Legal positives: lawyer, court, small claims, regulator / ombudsman / consumer agency, formal demand;
legal negatives: law firms asking normal questions, GDPR access requests, signature disclaimers,
"we will not sue", the customer's lawyer reviewing a contract, jury duty, a third-party dispute.
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(Path(__file__).resolve().parent, {"O": "outage", "L": "legal-threat"}).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset17 outage-legal {batch}: outage (it es sv fr pt pl nl) + legal-threat (en es) + hard negatives",
        seed="17ol",
        date=lambda i: mail_date("Wed", 25, "Nov", 7 + i % 11, (i * 17) % 60),
    )
