#!/usr/bin/env python3
"""devset15 outage-legal: fresh hand-written set for `outage` recall (weak: it da es fr pl ro sv) and
`legal-threat` precision + recall, all 11 languages (lexicon round 13).
Outage positives: follow-ups in the customer's own thread where only the new text implies the outage
("still the same", "sigue igual", "nadal nie działa"), outage mentioned in passing in a mail about
something else, formal outage notices with business impact, several sites/branches affected.
Legal positives: found a lawyer / you'll hear from my lawyer, ombudsman / consumer council, police
report, chargeback / bank dispute as leverage, national regulators (AGCOM, UOKiK, ANPC,
Forbrukerrådet, Konsumentverket, ACM, DGCCRF, OCU, DECO, Verbraucherzentrale).
Hard negatives for both. Each batch is measured before tuning on it. Re-run to rewrite <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(Path(__file__).resolve().parent, {"O": "outage", "L": "legal-threat"}).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset15 outage-legal {batch}: outage + legal-threat (all 11 languages) + hard negatives",
        seed="15ol",
        date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 10, (i * 7) % 60),
    )
