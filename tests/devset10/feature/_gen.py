#!/usr/bin/env python3
"""devset10 feature: fresh hand-written set for `feature-request`, weighted to nl, da, sv, it, de
(plus a few in the other languages): suggestions, "could you make it possible", "we are missing",
"is it on the roadmap", "when will you support", "please bring back", requests inside positive
mails and in a subject line only; hard negatives (how-to, bug reports, praise, pricing, "we found
the setting", newsletters announcing features). Two batches, each measured before tuning on it.
Edit here and re-run; it rewrites <batch>/manifest.toml and <batch>/<lang>/*.eml."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, customer, forbid_others, html_paragraphs, mail_date, mime_mail

TAGS = ["feature-request"]
HERE = Path(__file__).resolve().parent
F_ = "feature-request"

M = []
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8"):
    """expect: "F" or ""; fmt: plain (8bit), qp, b64, html (HTML only), alt (multipart/alternative)."""
    tags = [F_] if "F" in expect else []
    M.append((batch, lang, name, tags, note, subject, body.strip("\n"), fmt, charset))

def build(sender, subject, date, msg_id, body, fmt, charset):
    html = "<html><body style=\"font-family:Calibri,Arial\">\n" + html_paragraphs(body) + "\n</body></html>"
    return mime_mail(sender, subject, date, msg_id, body + "\n", html, fmt, charset).as_string()

from _batch1 import add_b1  # noqa: E402
from _batch2 import add_b2  # noqa: E402
add_b1(m)
add_b2(m)

def main():
    for batch in sorted({x[0] for x in M}):
        out = DevSet(HERE / batch, f"# devset10 feature {batch}: feature requests (nl da sv it de weighted) + hard negatives")
        for i, (b, lang, name, expect, note, subject, body, fmt, charset) in enumerate(M):
            if b != batch:
                continue
            sender, msg_id = customer(lang, f"10fr{batch}{lang}{name}")
            date = mail_date("Tue", 10 + i % 3, "Nov", 8 + i % 9, (i * 7) % 60)
            mail = build(sender, subject, date, msg_id, body, fmt, charset)
            out.add(lang, name, mail, expect, forbid_others(TAGS, expect), note)
        out.save(clean=True)
        print(batch, sum(1 for x in M if x[0] == batch), "messages")

if __name__ == "__main__":
    main()
