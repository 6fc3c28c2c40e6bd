#!/usr/bin/env python3
"""devset14 manager-precision: hard negatives for `manager-request` (all 11 languages) + true requests.
Positives (~40 %): asking for a supervisor / manager / boss / someone senior / escalation.
Hard negatives: "my manager asked me to write", named account managers, sender is a manager, manager roles
and permissions in the product, "no need to escalate", "I don't want a manager", reports of what a manager
did, thanks to a supervisor, job applications, escalation in incident/SLA text, chef/Chef/leder/leiter/
responsável/encargado/kierownik used neutrally, out-of-office deputies, signature titles.
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(Path(__file__).resolve().parent, {"M": "manager-request"}).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset14 manager-precision {batch}: manager-request (all 11 languages) + hard negatives",
        seed="14mgrp",
        date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 10, (i * 11) % 60),
    )
