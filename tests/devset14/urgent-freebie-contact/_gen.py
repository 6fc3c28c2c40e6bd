#!/usr/bin/env python3
"""devset14 urgent-freebie-contact: fresh hand-written set for `urgent`, `freebie-demand` and
`personal-contact` (lexicon round 12) in en de da ro pl es fr nl sv it pt (+ nb, fi).
Positives: business stopped / hard deadlines / 'need it today'; demands for free months, credit,
waived fees, free upgrades or goodwill in kind; asks for an agent's private phone, mail, socials,
a private meeting or contact outside support. Hard negatives: politeness ('when you get a chance'),
marketing 'act now', price / discount-policy questions, refunds of a charge, the customer's own
number, the company's switchboard, 'call me back on my mobile'.
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(
    Path(__file__).resolve().parent, {"U": "urgent", "F": "freebie-demand", "P": "personal-contact"}, font="Verdana,Arial"
).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset14 urgent-freebie-contact {batch}: urgent, freebie-demand, personal-contact + hard negatives",
        seed="14ufc",
        date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 11, (i * 13) % 60),
    )
