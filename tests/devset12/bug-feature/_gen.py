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
from tests.devset_mail import DevSet, customer, forbid_others, html_paragraphs, mail_date, mime_mail

TAGS = ["bug-report", "feature-request"]
HERE = Path(__file__).resolve().parent
B_ = "bug-report"
F_ = "feature-request"

M = []
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8", forbid=None):
    """expect: "B", "F", "BF" or ""; forbid: None = every tag not expected; else a string of B/F.
    fmt: plain (8bit), qp, b64, html (HTML only), alt (multipart/alternative)."""
    tags = ([B_] if "B" in expect else []) + ([F_] if "F" in expect else [])
    fb = forbid_others(TAGS, tags) if forbid is None else ([B_] if "B" in forbid else []) + ([F_] if "F" in forbid else [])
    M.append((batch, lang, name, tags, fb, note, subject, body.strip("\n"), fmt, charset))

def build(sender, subject, date, msg_id, body, fmt, charset):
    html = "<html><body style=\"font-family:Calibri,Arial\">\n" + html_paragraphs(body) + "\n</body></html>"
    return mime_mail(sender, subject, date, msg_id, body + "\n", html, fmt, charset).as_string()

for _name in ("_batch1", "_batch2", "_batch3", "_batch4", "_batch5", "_batch6", "_batch7", "_batch8", "_batch9", "_batch10", "_batch11"):
    try:
        __import__(_name).add(m)
    except ImportError:
        pass

def main():
    for batch in sorted({x[0] for x in M}):
        out = DevSet(HERE / batch, f"# devset12 bug-feature {batch}: bug reports + feature requests (11 languages) + hard negatives")
        for i, (b, lang, name, expect, fb, note, subject, body, fmt, charset) in enumerate(M):
            if b != batch:
                continue
            sender, msg_id = customer(lang, f"12bf{batch}{lang}{name}")
            date = mail_date("Tue", 24 + i % 3, "Nov", 8 + i % 9, (i * 7) % 60)
            mail = build(sender, subject, date, msg_id, body, fmt, charset)
            out.add(lang, name, mail, expect, fb, note)
        out.save(clean=True)
        print(batch, sum(1 for x in M if x[0] == batch), "messages")

if __name__ == "__main__":
    main()
