#!/usr/bin/env python3
"""devset12 outage: fresh hand-written set for `outage` in all 11 languages.
Positives: site/app/API down, 5xx, timeouts, nobody can log in, 'is something going on?', status page
green but, app spins, mail not arriving (mail service), everything super slow; short panicked mails, replies.
Hard negatives: newsletters/status mails about past outages, planned maintenance, single-user bugs,
own wifi/ISP, SLA/uptime questions, 'down payment', 'download', 'shut down my account', server room,
out-of-office, resolved outage with thanks.
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(Path(__file__).resolve().parent, {"O": "outage"}).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset12 outage {batch}: outage (all 11 languages) + hard negatives",
        seed="12out",
        date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 10, (i * 11) % 60),
    )
