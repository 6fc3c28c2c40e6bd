#!/usr/bin/env python3
"""devset14 angry (round 12): fresh hand-written set for `angry` in all 11 languages.
Angry: sarcasm, rhetorical questions, repeated contact, threats to leave out of frustration,
all-caps, "I've had it", broken promises, being passed around, disappointment after years.
Hard negatives: calm follow-ups, mild disappointment alone, anger only in quoted history, "no rush",
praise, angry words about a third party used neutrally, "I'm not angry, just curious".
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(Path(__file__).resolve().parent, {"A": "angry"}).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset14 angry {batch}: angry (all 11 languages) + hard negatives",
        seed="14an",
        date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 10, (i * 11) % 60),
    )
