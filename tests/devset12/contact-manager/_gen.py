#!/usr/bin/env python3
"""devset12 contact-manager: fresh hand-written set for `personal-contact` and `manager-request` in all 11 languages.
C = personal-contact: asks for a staff member's private phone / WhatsApp / email / home address / socials.
M = manager-request: demands a manager, supervisor, someone senior, escalation.
Hard negatives: company phone/address, "call me at my number", agent signatures in quoted history,
booking a call, GDPR personal-data questions; own account/IT/project manager, password/file manager,
"no need to escalate", praise for the agent, job applications, plan names, "head of department approved".
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(Path(__file__).resolve().parent, {"C": "personal-contact", "M": "manager-request"}).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset12 contact-manager {batch}: personal-contact + manager-request (all 11 languages) + hard negatives",
        seed="12cm",
        date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 10, (i * 11) % 60),
    )
