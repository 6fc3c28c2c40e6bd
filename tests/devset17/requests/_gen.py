#!/usr/bin/env python3
"""devset17 requests: fresh hand-written set for recall of `feature-request`, `freebie-demand` and
`personal-contact` and precision of `manager-request`, all 11 languages (lexicon round 15).
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(
    Path(__file__).resolve().parent,
    {"F": "feature-request", "G": "freebie-demand", "P": "personal-contact", "M": "manager-request"},
).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset17 requests {batch}: feature / freebie / personal-contact recall, manager-request precision",
        seed="17rq",
        date=lambda i: mail_date("Wed", 25, "Nov", 7 + i % 11, (i * 17) % 60),
    )
