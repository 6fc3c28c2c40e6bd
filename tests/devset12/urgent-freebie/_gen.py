#!/usr/bin/env python3
"""devset12 urgent-freebie: fresh hand-written set for `urgent` and `freebie-demand` in all 11 languages.
Urgent: deadlines, business stopped, customers waiting, with and without the word "urgent".
Freebie: free months, credits, vouchers, waived fees, goodwill gestures, "make it up to me".
Hard negatives: no rush, marketing footers, urgent-care fields, past urgency, quoted history;
price questions, refunds of a charge, free trials, promo newsletters, reseller terms, "no compensation wanted".
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
sys.path.insert(0, str(Path(__file__).resolve().parent))
from tests.devset_mail import html_paragraphs, letter_tags, mail_date, mime_mail, write_batches

TAGS = ["urgent", "freebie-demand"]
HERE = Path(__file__).resolve().parent
CODE = {"U": "urgent", "F": "freebie-demand"}

M = []
FORBID = {}  # (batch, lang, name) -> forbidden tags, where not every tag the message does not expect
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8", free=""):
    """expect: letters of U (urgent) F (freebie-demand); free: letters of tags neither expected nor forbidden.
    fmt: plain (8bit), qp, b64, html (HTML only), alt (multipart/alternative)."""
    exp, FORBID[(batch, lang, name)] = letter_tags(CODE, expect, free)
    M.append((batch, lang, name, exp, note, subject, body.strip("\n"), fmt, charset))

def build(sender, subject, date, msg_id, body, fmt, charset):
    html = "<html><body style=\"font-family:Calibri,Arial\">\n" + html_paragraphs(body, unquote=lambda l: l.lstrip("> ")) + "\n</body></html>"
    return mime_mail(sender, subject, date, msg_id, body + "\n", html, fmt, charset).as_string()

import importlib
for n in (1, 2, 3, 4, 5, 6, 7, 8):
    try:
        mod = importlib.import_module(f"_batch{n}")
    except ModuleNotFoundError:
        continue
    getattr(mod, f"add_b{n}")(m)

def main():
    write_batches(HERE, M, sys.argv[1:], title="devset12 urgent-freebie {batch}: urgent + freebie-demand (all 11 languages) + hard negatives", seed="12uf", tags=TAGS, build=build,
                  date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 10, (i * 11) % 60), forbid=FORBID)

if __name__ == "__main__":
    main()
