#!/usr/bin/env python3
"""devset14 angry (round 12): fresh hand-written set for `angry` in all 11 languages.
Angry: sarcasm, rhetorical questions, repeated contact, threats to leave out of frustration,
all-caps, "I've had it", broken promises, being passed around, disappointment after years.
Hard negatives: calm follow-ups, mild disappointment alone, anger only in quoted history, "no rush",
praise, angry words about a third party used neutrally, "I'm not angry, just curious".
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
sys.path.insert(0, str(Path(__file__).resolve().parent))
from tests.devset_mail import html_paragraphs, letter_tags, mail_date, mime_mail, write_batches

TAGS = ["angry"]
HERE = Path(__file__).resolve().parent
CODE = {"A": "angry"}

M = []
FORBID = {}  # (batch, lang, name) -> forbidden tags, where not every tag the message does not expect
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8", free=""):
    """expect: letters of A (angry); free: letters of tags neither expected nor forbidden.
    fmt: plain (8bit), qp, b64, html (HTML only), alt (multipart/alternative)."""
    exp, FORBID[(batch, lang, name)] = letter_tags(CODE, expect, free)
    M.append((batch, lang, name, exp, note, subject, body.strip("\n"), fmt, charset))

def build(sender, subject, date, msg_id, body, fmt, charset):
    html = "<html><body style=\"font-family:Calibri,Arial\">\n" + html_paragraphs(body, unquote=lambda l: l.lstrip("> ")) + "\n</body></html>"
    return mime_mail(sender, subject, date, msg_id, body + "\n", html, fmt, charset).as_string()

import importlib
for n in range(1, 20):
    try:
        mod = importlib.import_module(f"_batch{n}")
    except ModuleNotFoundError:
        continue
    getattr(mod, f"add_b{n}")(m)

def main():
    write_batches(HERE, M, sys.argv[1:], title="devset14 angry {batch}: angry (all 11 languages) + hard negatives", seed="14an", tags=TAGS, build=build,
                  date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 10, (i * 11) % 60), forbid=FORBID)

if __name__ == "__main__":
    main()
