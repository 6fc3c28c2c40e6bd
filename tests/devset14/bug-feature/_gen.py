#!/usr/bin/env python3
"""devset14 bug-feature: fresh hand-written set for `bug-report` and `feature-request` in all 11
languages (plus a few nb/fi). Bugs: one function misbehaving (button does nothing, filter ignores a
field, blank PDF, totals off, wrong currency/language/timezone, duplicates, error codes quoted,
steps to reproduce, screenshots, versions/browsers). Features: wishes and suggestions about the
product (would be great, any plans, please add, we'd pay, missing, roadmap, vote).
Hard negatives: how-to without fault, fixed-bug thanks, outage for everyone (bug forbidden),
billing, marketing "feature", praise, a fault in the customer's own system.
Each batch is measured before tuning on it. Re-run to rewrite <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(Path(__file__).resolve().parent, {"B": "bug-report", "F": "feature-request"}).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset14 bug-feature {batch}: bug-report + feature-request (all 11 languages) + hard negatives",
        seed="14bf",
        date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 10, (i * 13) % 60),
    )
