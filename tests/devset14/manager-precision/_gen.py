#!/usr/bin/env python3
"""devset14 manager-precision: hard negatives for `manager-request` (all 11 languages) + true requests.
Positives (~40 %): asking for a supervisor / manager / boss / someone senior / escalation.
Hard negatives: "my manager asked me to write", named account managers, sender is a manager, manager roles
and permissions in the product, "no need to escalate", "I don't want a manager", reports of what a manager
did, thanks to a supervisor, job applications, escalation in incident/SLA text, chef/Chef/leder/leiter/
responsável/encargado/kierownik used neutrally, out-of-office deputies, signature titles.
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
sys.path.insert(0, str(Path(__file__).resolve().parent))
from tests.devset_mail import html_paragraphs, letter_tags, mail_date, mime_mail, write_batches

TAGS = ["manager-request"]
HERE = Path(__file__).resolve().parent
CODE = {"M": "manager-request"}

M = []
FORBID = {}  # (batch, lang, name) -> forbidden tags, where not every tag the message does not expect
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8", free=""):
    """expect: "M" (manager-request) or "" (hard negative); free: letters of tags neither expected nor forbidden.
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
    write_batches(HERE, M, sys.argv[1:], title="devset14 manager-precision {batch}: manager-request (all 11 languages) + hard negatives", seed="14mgrp", tags=TAGS, build=build,
                  date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 10, (i * 11) % 60), forbid=FORBID)

if __name__ == "__main__":
    main()
