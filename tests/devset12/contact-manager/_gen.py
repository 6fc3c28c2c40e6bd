#!/usr/bin/env python3
"""devset12 contact-manager: fresh hand-written set for `personal-contact` and `manager-request` in all 11 languages.
C = personal-contact: asks for a staff member's private phone / WhatsApp / email / home address / socials.
M = manager-request: demands a manager, supervisor, someone senior, escalation.
Hard negatives: company phone/address, "call me at my number", agent signatures in quoted history,
booking a call, GDPR personal-data questions; own account/IT/project manager, password/file manager,
"no need to escalate", praise for the agent, job applications, plan names, "head of department approved".
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
sys.path.insert(0, str(Path(__file__).resolve().parent))
from tests.devset_mail import html_paragraphs, letter_tags, mail_date, mime_mail, write_batches

TAGS = ["personal-contact", "manager-request"]
HERE = Path(__file__).resolve().parent
CODE = {"C": "personal-contact", "M": "manager-request"}

M = []
FORBID = {}  # (batch, lang, name) -> forbidden tags, where not every tag the message does not expect
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8", free=""):
    """expect: letters of C (personal-contact) M (manager-request); free: letters of tags neither expected nor forbidden.
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
    write_batches(HERE, M, sys.argv[1:], title="devset12 contact-manager {batch}: personal-contact + manager-request (all 11 languages) + hard negatives", seed="12cm", tags=TAGS, build=build,
                  date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 10, (i * 11) % 60), forbid=FORBID)

if __name__ == "__main__":
    main()
