#!/usr/bin/env python3
"""devset14 urgent-freebie-contact: fresh hand-written set for `urgent`, `freebie-demand` and
`personal-contact` (lexicon round 12) in en de da ro pl es fr nl sv it pt (+ nb, fi).
Positives: business stopped / hard deadlines / 'need it today'; demands for free months, credit,
waived fees, free upgrades or goodwill in kind; asks for an agent's private phone, mail, socials,
a private meeting or contact outside support. Hard negatives: politeness ('when you get a chance'),
marketing 'act now', price / discount-policy questions, refunds of a charge, the customer's own
number, the company's switchboard, 'call me back on my mobile'.
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
sys.path.insert(0, str(Path(__file__).resolve().parent))
from tests.devset_mail import html_paragraphs, letter_tags, mail_date, mime_mail, write_batches

TAGS = ["urgent", "freebie-demand", "personal-contact"]
HERE = Path(__file__).resolve().parent
CODE = {"U": "urgent", "F": "freebie-demand", "P": "personal-contact"}

M = []
FORBID = {}  # (batch, lang, name) -> forbidden tags
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8", free=""):
    """expect: letters U/F/P or "" (hard negative); free: letters neither expected nor forbidden.
    fmt: plain (8bit), qp, b64, html (HTML only), alt (multipart/alternative)."""
    exp, FORBID[(batch, lang, name)] = letter_tags(CODE, expect, free)
    M.append((batch, lang, name, exp, note, subject, body.strip("\n"), fmt, charset))

def build(sender, subject, date, msg_id, body, fmt, charset):
    html = "<html><body style=\"font-family:Verdana,Arial\">\n" + html_paragraphs(body, unquote=lambda l: l.lstrip("> ")) + "\n</body></html>"
    return mime_mail(sender, subject, date, msg_id, body + "\n", html, fmt, charset).as_string()

import importlib
for n in range(1, 13):
    try:
        mod = importlib.import_module(f"_batch{n}")
    except ModuleNotFoundError:
        continue
    getattr(mod, f"add_b{n}")(m)

def main():
    write_batches(HERE, M, sys.argv[1:], title="devset14 urgent-freebie-contact {batch}: urgent, freebie-demand, personal-contact + hard negatives",
                  seed="14ufc", tags=TAGS, build=build,
                  date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 11, (i * 13) % 60), forbid=FORBID)

if __name__ == "__main__":
    main()
