#!/usr/bin/env python3
"""devset16 angry-bug: fresh hand-written set for `angry` and `bug-report` recall in all 11 languages
(round 14). Angry positives: weary, sarcastic, cold/formal anger, threats to leave, "this is the third
time", disappointment after years of loyalty, capitals, one-line fury. Bug positives: a specific
malfunction in the customer's own words (did / expected / got; wrong numbers, missing data, a failing
step, a change since an update, one device or browser). Hard negatives: calm complaints, polite
follow-ups, praise; how-to questions, feature wishes, whole-service outages, billing disputes.
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(Path(__file__).resolve().parent, {"A": "angry", "B": "bug-report"}).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset16 angry-bug {batch}: angry + bug-report (all 11 languages) + hard negatives",
        seed="16angbug",
        date=lambda i: mail_date("Tue", 24, "Nov", 8 + i % 10, (i * 13) % 60),
    )
