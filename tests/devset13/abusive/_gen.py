#!/usr/bin/env python3
"""devset13 abusive: fresh hand-written set for `abusive`, weighted to en it pt sv.
Positives: insults without swear words, demeaning remarks on intelligence/gender/origin, threats to
find/visit staff, wishing harm, obfuscated slurs, pt-BR/pt-PT slang, Italian regional insults,
Swedish compound insults. Hard negatives: swearing at the app, self-deprecation, quoted abuse
reported, harsh non-insulting criticism, praise with swear words, idioms.
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(Path(__file__).resolve().parent, {"X": "abusive"}).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset13 abusive {batch}: abusive (en it pt sv) + hard negatives",
        seed="13ab",
        date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 10, (i * 11) % 60),
    )
