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
sys.path.insert(0, str(Path(__file__).resolve().parent))
from tests.devset_mail import html_paragraphs, letter_tags, mail_date, mime_mail, write_batches

TAGS = ["abusive"]
HERE = Path(__file__).resolve().parent
CODE = {"X": "abusive"}

M = []
FORBID = {}  # (batch, lang, name) -> forbidden tags, where not every tag the message does not expect
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8", free=""):
    """expect: "X" (abusive) or ""; free: letters of tags neither expected nor forbidden.
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
    write_batches(HERE, M, sys.argv[1:], title="devset13 abusive {batch}: abusive (en it pt sv) + hard negatives", seed="13ab", tags=TAGS, build=build,
                  date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 10, (i * 11) % 60), forbid=FORBID)

if __name__ == "__main__":
    main()
