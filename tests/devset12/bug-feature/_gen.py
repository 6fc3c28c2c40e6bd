#!/usr/bin/env python3
"""devset12 bug-feature: fresh hand-written set for `bug-report` and `feature-request` in
en de da ro pl es fr nl sv it pt. Bugs as customers describe them (wrong numbers, other people's
data, duplicate mails, empty/garbled exports, broken characters, times off by an hour, one-device
crashes, steps, "since the last update"); feature requests written indirectly ("is there a way",
"we are missing", "it would save us hours", integrations, dark mode, bulk edit, API, formats,
languages). Hard negatives: how-to about existing features, total outages, billing, praise,
"the feature you added is great", a request quoted in history only.
Each batch is measured before tuning on it. Re-run to rewrite <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
sys.path.insert(0, str(Path(__file__).resolve().parent))
from tests.devset_mail import html_paragraphs, mail_date, mime_mail, write_batches

TAGS = ["bug-report", "feature-request"]
HERE = Path(__file__).resolve().parent
B_ = "bug-report"
F_ = "feature-request"

M = []
FORBID = {}  # (batch, lang, name) -> forbidden tags, where not every tag the message does not expect
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8", forbid=None):
    """expect: "B", "F", "BF" or ""; forbid: None = every tag not expected; else a string of B/F.
    fmt: plain (8bit), qp, b64, html (HTML only), alt (multipart/alternative)."""
    tags = ([B_] if "B" in expect else []) + ([F_] if "F" in expect else [])
    if forbid is not None:
        FORBID[(batch, lang, name)] = ([B_] if "B" in forbid else []) + ([F_] if "F" in forbid else [])
    M.append((batch, lang, name, tags, note, subject, body.strip("\n"), fmt, charset))

def build(sender, subject, date, msg_id, body, fmt, charset):
    html = "<html><body style=\"font-family:Calibri,Arial\">\n" + html_paragraphs(body) + "\n</body></html>"
    return mime_mail(sender, subject, date, msg_id, body + "\n", html, fmt, charset).as_string()

for _name in ("_batch1", "_batch2", "_batch3", "_batch4", "_batch5", "_batch6", "_batch7", "_batch8", "_batch9", "_batch10", "_batch11"):
    try:
        __import__(_name).add(m)
    except ImportError:
        pass

def main():
    write_batches(HERE, M, sys.argv[1:], title="devset12 bug-feature {batch}: bug reports + feature requests (11 languages) + hard negatives", seed="12bf", tags=TAGS, build=build,
                  date=lambda i: mail_date("Tue", 24 + i % 3, "Nov", 8 + i % 9, (i * 7) % 60), forbid=FORBID)

if __name__ == "__main__":
    main()
