#!/usr/bin/env python3
"""devset11 angry-urgent: fresh hand-written set for `angry` and `urgent` in all 11 languages.
Angry: sarcasm, exasperation, repeated contact, threat to leave, rhetorical questions, all-caps.
Urgent: deadlines today / tomorrow morning, payroll, go-live, customers waiting, whole team blocked.
Hard negatives: polite follow-ups, "not urgent", calm bug reports, anger only in quoted history,
marketing "act now" footers, emergency-contact / urgent-care form fields, resolved past urgency.
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(Path(__file__).resolve().parent, {"A": "angry", "U": "urgent"}).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset11 angry-urgent {batch}: angry + urgent (all 11 languages) + hard negatives",
        seed="11au",
        date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 10, (i * 11) % 60),
    )
