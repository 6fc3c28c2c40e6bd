#!/usr/bin/env python3
"""devset14 bug-feature: fresh hand-written set for `bug-report` and `feature-request` in all 11
languages (plus a few nb/fi). Bugs: one function misbehaving (button does nothing, filter ignores a
field, blank PDF, totals off, wrong currency/language/timezone, duplicates, error codes quoted,
steps to reproduce, screenshots, versions/browsers). Features: wishes and suggestions about the
product (would be great, any plans, please add, we'd pay, missing, roadmap, vote).
Hard negatives: how-to without fault, fixed-bug thanks, outage for everyone (bug forbidden),
billing, marketing "feature", praise, a fault in the customer's own system.
Each batch is measured before tuning on it. Re-run to rewrite <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
sys.path.insert(0, str(Path(__file__).resolve().parent))
from tests.devset_mail import html_paragraphs, letter_tags, mail_date, mime_mail, write_batches

TAGS = ["bug-report", "feature-request"]
HERE = Path(__file__).resolve().parent
CODE = {"B": "bug-report", "F": "feature-request"}

M = []
FORBID = {}  # (batch, lang, name) -> forbidden tags, where not every tag the message does not expect
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8", free=""):
    """expect: "B", "F", "BF" or "" (hard negative); free: letters neither expected nor forbidden.
    fmt: plain (8bit), qp, b64, html (HTML only), alt (multipart/alternative)."""
    exp, FORBID[(batch, lang, name)] = letter_tags(CODE, expect, free)
    M.append((batch, lang, name, exp, note, subject, body.strip("\n"), fmt, charset))

def build(sender, subject, date, msg_id, body, fmt, charset):
    html = "<html><body style=\"font-family:Calibri,Arial\">\n" + html_paragraphs(body, unquote=lambda l: l.lstrip("> ")) + "\n</body></html>"
    return mime_mail(sender, subject, date, msg_id, body + "\n", html, fmt, charset).as_string()

import importlib
for n in range(1, 13):
    try:
        mod = importlib.import_module(f"_batch{n}")
    except ModuleNotFoundError:
        continue
    getattr(mod, f"add_b{n}")(m)

def main():
    write_batches(HERE, M, sys.argv[1:], title="devset14 bug-feature {batch}: bug-report + feature-request (all 11 languages) + hard negatives",
                  seed="14bf", tags=TAGS, build=build,
                  date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 10, (i * 13) % 60), forbid=FORBID)

if __name__ == "__main__":
    main()
