#!/usr/bin/env python3
"""devset11 owner-legal: fresh hand-written set for `account-ownership` (it, pl, pt, sv) and
`legal-threat` (de, nl, pl, en), about half hard negatives each. Batches are measured before
any tuning on them. Edit the _batchN.py files and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet

SET = LetterSet(Path(__file__).resolve().parent, {"O": "account-ownership", "L": "legal-threat"}, font=None).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset11 owner-legal {batch}: account-ownership (it pl pt sv) + legal-threat (de nl pl en), half hard negatives",
        seed="11ol",
    )
