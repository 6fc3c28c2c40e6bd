#!/usr/bin/env python3
"""devset13 legal-owner: fresh hand-written set for `account-ownership` (it, pl + others) and
`legal-threat` (en, pl + others), about half hard negatives each. Batches are measured before
any tuning on them. Edit the _batchN.py files and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from tests.devset_mail import html_paragraphs, mime_mail, write_batches

TAGS = ["account-ownership", "legal-threat"]
HERE = Path(__file__).resolve().parent
CODES = {"O": "account-ownership", "L": "legal-threat"}

M = []
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8"):
    """expect: letters of CODES ("O", "L", "OL" or ""); fmt: plain, qp, b64, html, alt."""
    tags = [CODES[c] for c in expect]
    M.append((batch, lang, name, tags, note, subject, body.strip("\n"), fmt, charset))

def build(sender, subject, date, msg_id, body, fmt, charset):
    html = "<html><body>\n" + html_paragraphs(body, unquote=lambda l: l.lstrip("> ")) + "\n</body></html>"
    return mime_mail(sender, subject, date, msg_id, body + "\n", html, fmt, charset).as_string()

import importlib  # noqa: E402
for n in range(1, 30):
    if (HERE / f"_batch{n}.py").exists():
        importlib.import_module(f"_batch{n}").add(m)

if __name__ == "__main__":
    write_batches(HERE, M, sys.argv[1:], title="devset13 legal-owner {batch}: legal-threat (en pl +) + account-ownership (it pl +), half hard negatives",
                  seed="13lo", tags=TAGS, build=build)
