#!/usr/bin/env python3
"""devset11 outage: fresh hand-written set for `outage`, weighted to sv, it, es, da, nl, pl, pt
(about 60%), the rest en, de, fr, ro. Positives: the service (site, app, login, API, sync, email
sending, checkout, dashboard) down / unreachable / not loading for the sender or everyone, or
"is it down?". Hard negatives: single-feature bugs with the service up, forwarded maintenance or
status notices, "the outage is resolved, thanks", SLA questions, the customer's own internet down,
planned-maintenance questions. Each batch is measured before the lexicon is tuned on it.
Edit here and re-run; it rewrites <batch>/manifest.toml and <batch>/<lang>/*.eml."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
sys.path.insert(0, str(Path(__file__).resolve().parent))
from tests.devset_mail import html_paragraphs, mail_date, mime_mail, write_batches

TAGS = ["outage"]
HERE = Path(__file__).resolve().parent
O_ = "outage"

M = []
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8"):
    """expect: "O" or ""; fmt: plain (8bit), qp, b64, html (HTML only), alt (multipart/alternative)."""
    tags = [O_] if "O" in expect else []
    M.append((batch, lang, name, tags, note, subject, body.strip("\n"), fmt, charset))

def build(sender, subject, date, msg_id, body, fmt, charset):
    html = "<html><body style=\"font-family:Calibri,Arial\">\n" + html_paragraphs(body) + "\n</body></html>"
    return mime_mail(sender, subject, date, msg_id, body + "\n", html, fmt, charset).as_string()

import importlib  # noqa: E402
for n in (1, 2, 3, 4, 5, 6):
    if (HERE / f"_batch{n}.py").exists():
        getattr(importlib.import_module(f"_batch{n}"), f"add_b{n}")(m)

def main():
    write_batches(HERE, M, sys.argv[1:], title="devset11 outage {batch}: outage reports (sv it es da nl pl pt weighted) + hard negatives", seed="11out", tags=TAGS, build=build,
                  date=lambda i: mail_date("Tue", 17 + i % 5, "Nov", 7 + i % 11, (i * 13) % 60))

if __name__ == "__main__":
    main()
