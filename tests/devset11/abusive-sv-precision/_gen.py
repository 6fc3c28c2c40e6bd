#!/usr/bin/env python3
"""devset11 abusive-sv-precision: hard NEGATIVES for `abusive` in Swedish (plus Danish and
Norwegian): swearing at the situation or the app, praise with intensifiers, violent/crude idioms used
harmlessly, insult-like substrings in names/compounds, quoting abuse to report it, complaints about a
third party, self-deprecation. Negatives (m) must NOT be tagged abusive; from batch 2 on a few
positives (p) expect it, to watch recall. Each batch measured before
tuning on it. Re-run to rewrite <batch>/manifest.toml and <batch>/<lang>/*.eml."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
sys.path.insert(0, str(Path(__file__).resolve().parent))
from tests.devset_mail import html_paragraphs, mime_mail, write_batches

TAGS = ["abusive"]
HERE = Path(__file__).resolve().parent

M = []
def m(batch, lang, name, note, subject, body, fmt="plain", charset="utf-8"):
    """A negative: expect nothing, forbid abusive. fmt: plain, qp, b64, html, alt."""
    M.append((batch, lang, name, [], note, subject, body.strip("\n"), fmt, charset))

def p(batch, lang, name, note, subject, body, fmt="plain", charset="utf-8"):
    """A positive (batch 2 on): truly abusive, expect abusive. Same arguments as m()."""
    M.append((batch, lang, name, ["abusive"], note, subject, body.strip("\n"), fmt, charset))

def build(sender, subject, date, msg_id, body, fmt, charset):
    html = "<html><body style=\"font-family:Arial\">\n" + html_paragraphs(body) + "\n</body></html>"
    return mime_mail(sender, subject, date, msg_id, body + "\n", html, fmt, charset).as_string()

import _batch1  # noqa: E402
_batch1.add(m)
try:
    import _batch2  # noqa: E402
    _batch2.add(m, p)
except ImportError:
    pass

if __name__ == "__main__":
    write_batches(HERE, M, sys.argv[1:], title="devset11 abusive-sv-precision {batch}: hard negatives for abusive (sv da nb)",
                  seed="11svp", tags=TAGS, build=build)
