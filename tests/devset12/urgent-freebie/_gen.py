#!/usr/bin/env python3
"""devset12 urgent-freebie: fresh hand-written set for `urgent` and `freebie-demand` in all 11 languages.
Urgent: deadlines, business stopped, customers waiting, with and without the word "urgent".
Freebie: free months, credits, vouchers, waived fees, goodwill gestures, "make it up to me".
Hard negatives: no rush, marketing footers, urgent-care fields, past urgency, quoted history;
price questions, refunds of a charge, free trials, promo newsletters, reseller terms, "no compensation wanted".
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(Path(__file__).resolve().parent, {"U": "urgent", "F": "freebie-demand"}).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset12 urgent-freebie {batch}: urgent + freebie-demand (all 11 languages) + hard negatives",
        seed="12uf",
        date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 10, (i * 11) % 60),
    )
