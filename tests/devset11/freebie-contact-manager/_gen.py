#!/usr/bin/env python3
"""devset11 freebie-contact-manager: fresh hand-written set for `freebie-demand`, `personal-contact`
and `manager-request` in en de da ro pl es fr nl sv it pt; about half positives, half hard negatives
(plan prices, refunds, "your free trial", newsletter promo codes, the company's general phone number
or postal address, "the manager of our account", "I am the office manager", "I don't need a manager",
"escalated by my manager internally"). Each batch is measured before the lexicons are tuned on it.
Edit here and re-run; it rewrites <batch>/manifest.toml and <batch>/<lang>/*.eml."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(Path(__file__).resolve().parent, {"F": "freebie-demand", "P": "personal-contact", "M": "manager-request"}, font="Arial").load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset11 freebie-contact-manager {batch}: freebie-demand, personal-contact, manager-request + hard negatives",
        seed="11fcm",
        date=lambda i: mail_date("Tue", 17 + i % 3, "Nov", 8 + i % 9, (i * 7) % 60),
    )
