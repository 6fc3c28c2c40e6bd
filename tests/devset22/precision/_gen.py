#!/usr/bin/env python3
"""devset22: a development set, mostly hard negatives, for the four critical tags `abusive` (A), `legal-threat` (L),
`account-ownership` (W) and `outage` (O) in all 11 languages, written without reading the lexicons,
the held-out corpus or any other dev set, mostly everyday mail that only resembles abusive or
account-ownership mail. It was measured once when written; after that it is fitting material
(`curveball calibrate`, lexicon rounds) like the older dev sets.
A message's letters are the tags it expects; every other tag of the set is forbidden, bar the letters
given as `free` (arguable for that message: left unscored). Edit here and re-run;
`python _gen.py [bN ...]` rewrites <batch>/ byte for byte."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import write_critical_set

if __name__ == "__main__":
    write_critical_set(
        __file__,
        sys.argv[1:],
        title="devset22 {batch}: hard negatives for abusive and account-ownership, with positives",
        seed="22prec",
        day=("Wed", 25),
        clock=(9, 9, 31),
    )
