#!/usr/bin/env python3
"""devset16 requests: fresh hand-written set for the request-type tags `manager-request`,
`feature-request` and `personal-contact` in all 11 languages (round 14).
Positives: asking to speak to / be called by / have the case reviewed by someone senior; the many ways
of asking for something the product does not do yet (wishes, competitor comparisons, "is there a way
to" with no way, workflows ending in a wish, integrations, exports, settings); asking for a staff
member's private contact (own mobile, WhatsApp, personal email, home address, social media).
Hard negatives: the customer's own boss, "I am the manager of this account", documented escalation
paths, thanks to a team lead, "no need to escalate"; bug reports and how-to questions; callbacks to
the support line and the company's phone number.
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(
    Path(__file__).resolve().parent, {"M": "manager-request", "F": "feature-request", "P": "personal-contact"}
).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset16 requests {batch}: manager / feature / personal-contact requests (all 11 languages) + hard negatives",
        seed="16req",
        date=lambda i: mail_date("Tue", 24, "Nov", 8 + i % 10, (i * 13) % 60),
    )
