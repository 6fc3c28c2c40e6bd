#!/usr/bin/env python3
"""devset13 outage: fresh hand-written set for `outage` in all 11 languages.
Positives: site/app/API down, 5xx, timeouts, nobody can log in, 'is something going on?', status page
green but, app spins, mail not arriving (mail service), everything super slow; short panicked mails, replies.
Hard negatives: newsletters/status mails about past outages, planned maintenance, single-user bugs,
own wifi/ISP, SLA/uptime questions, 'down payment', 'download', 'shut down my account', server room,
out-of-office, resolved outage with thanks.
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
sys.path.insert(0, str(Path(__file__).resolve().parent))
from tests.devset_mail import html_paragraphs, letter_tags, mail_date, mime_mail, write_batches

TAGS = ["outage"]
HERE = Path(__file__).resolve().parent
CODE = {"O": "outage"}

M = []
FORBID = {}  # (batch, lang, name) -> forbidden tags, where not every tag the message does not expect
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8", free=""):
    """expect: "O" (outage) or "" (hard negative); free: letters of tags neither expected nor forbidden.
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
    write_batches(HERE, M, sys.argv[1:], title="devset13 outage {batch}: outage (all 11 languages) + hard negatives", seed="13out", tags=TAGS, build=build,
                  date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 10, (i * 11) % 60), forbid=FORBID)

if __name__ == "__main__":
    main()
