#!/usr/bin/env python3
"""devset11 outage: fresh hand-written set for `outage`, weighted to sv, it, es, da, nl, pl, pt
(about 60%), the rest en, de, fr, ro. Positives: the service (site, app, login, API, sync, email
sending, checkout, dashboard) down / unreachable / not loading for the sender or everyone, or
"is it down?". Hard negatives: single-feature bugs with the service up, forwarded maintenance or
status notices, "the outage is resolved, thanks", SLA questions, the customer's own internet down,
planned-maintenance questions. Each batch is measured before the lexicon is tuned on it.
Edit here and re-run; it rewrites <batch>/manifest.toml and <batch>/<lang>/*.eml."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(Path(__file__).resolve().parent, {"O": "outage"}, unquote=False).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset11 outage {batch}: outage reports (sv it es da nl pl pt weighted) + hard negatives",
        seed="11out",
        date=lambda i: mail_date("Tue", 17 + i % 5, "Nov", 7 + i % 11, (i * 13) % 60),
    )
