#!/usr/bin/env python3
"""devset11 freebie-contact-manager: fresh hand-written set for `freebie-demand`, `personal-contact`
and `manager-request` in en de da ro pl es fr nl sv it pt; about half positives, half hard negatives
(plan prices, refunds, "your free trial", newsletter promo codes, the company's general phone number
or postal address, "the manager of our account", "I am the office manager", "I don't need a manager",
"escalated by my manager internally"). Each batch is measured before the lexicons are tuned on it.
Edit here and re-run; it rewrites <batch>/manifest.toml and <batch>/<lang>/*.eml."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import html_paragraphs, mail_date, mime_mail, write_batches

F_, P_, M_ = "freebie-demand", "personal-contact", "manager-request"
TAGS = [F_, P_, M_]
HERE = Path(__file__).resolve().parent

M = []
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8"):
    """expect: letters F (freebie), P (personal-contact), M (manager) or "" for a hard negative.
    fmt: plain (8bit), qp, b64, html (HTML only), alt (multipart/alternative)."""
    tags = [t for k, t in (("F", F_), ("P", P_), ("M", M_)) if k in expect]
    M.append((batch, lang, name, tags, note, subject, body.strip("\n"), fmt, charset))

def build(sender, subject, date, msg_id, body, fmt, charset):
    html = "<html><body style=\"font-family:Arial\">\n" + html_paragraphs(body, unquote=lambda l: l.lstrip("> ")) + "\n</body></html>"
    return mime_mail(sender, subject, date, msg_id, body + "\n", html, fmt, charset).as_string()

import _batch1  # noqa: E402
_batch1.add(m)
try:
    import _batch2  # noqa: E402
    _batch2.add(m)
except ImportError:
    pass
try:
    import _batch3  # noqa: E402
    _batch3.add(m)
except ImportError:
    pass
try:
    import _batch4  # noqa: E402
    _batch4.add(m)
except ImportError:
    pass
try:
    import _batch5  # noqa: E402
    _batch5.add(m)
except ImportError:
    pass
try:
    import _batch6  # noqa: E402
    _batch6.add(m)
except ImportError:
    pass
try:
    import _batch7  # noqa: E402
    _batch7.add(m)
except ImportError:
    pass
try:
    import _batch8  # noqa: E402
    _batch8.add(m)
except ImportError:
    pass
try:
    import _batch9  # noqa: E402
    _batch9.add(m)
except ImportError:
    pass

def main():
    write_batches(HERE, M, sys.argv[1:], title="devset11 freebie-contact-manager {batch}: freebie-demand, personal-contact, manager-request + hard negatives", seed="11fcm", tags=TAGS, build=build,
                  date=lambda i: mail_date("Tue", 17 + i % 3, "Nov", 8 + i % 9, (i * 7) % 60))

if __name__ == "__main__":
    main()
