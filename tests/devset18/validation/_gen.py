#!/usr/bin/env python3
"""devset18 validation: a fresh, hand-written validation set for the four support-mail tags
`abusive` (A), `legal-threat` (L), `account-ownership` (W) and `outage` (O) in all 11 languages.
It is only ever measured: never tune lexicons on it (that would turn it into one more dev set).
Per language: about 4 positives per tag and 10-12 hard negatives spread over the four tags.
A message's letters are the tags it expects; every other tag of the set is forbidden, bar the
letters given as `free` (arguable for that message: left unscored). Edit here and re-run;
`python _gen.py [bN ...]` rewrites <batch>/ byte for byte."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import write_critical_set

if __name__ == "__main__":
    write_critical_set(
        __file__,
        sys.argv[1:],
        title="devset18 validation {batch}: abusive, legal-threat, account-ownership, outage + hard negatives (measure only)",
        seed="18val",
        day=("Tue", 24),
        clock=(6, 13, 13),
    )
