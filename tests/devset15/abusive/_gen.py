#!/usr/bin/env python3
"""devset15 abusive: fresh hand-written set for `abusive` recall in all 11 languages (round 13).
Positives: threats of violence/harassment at staff (stalking-style "I know where your office is",
"I'll wait for your technician outside"), named-agent insults, insults by comparison ("a monkey could do
your job"), dehumanising words, one insulting sentence inside a polite/long billing or bug mail, typos
and obfuscation, British/Australian/US variants. Hard negatives: swearing at the app or situation,
"I'd kill for a dark mode", anger without insults, insults at third parties or oneself, quoted abuse.
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(Path(__file__).resolve().parent, {"A": "abusive"}).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset15 abusive {batch}: abusive (all 11 languages) + hard negatives",
        seed="15abu",
        date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 10, (i * 11) % 60),
    )
