#!/usr/bin/env python3
"""devset13 legal-owner: fresh hand-written set for `account-ownership` (it, pl + others) and
`legal-threat` (en, pl + others), about half hard negatives each. Batches are measured before
any tuning on them. Edit the _batchN.py files and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet

SET = LetterSet(Path(__file__).resolve().parent, {"O": "account-ownership", "L": "legal-threat"}, font=None).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset13 legal-owner {batch}: legal-threat (en pl +) + account-ownership (it pl +), half hard negatives",
        seed="13lo",
    )
