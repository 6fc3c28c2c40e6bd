#!/usr/bin/env python3
"""devset11 abusive: fresh hand-written set for `abusive`, weighted to en and pt (pt-PT and pt-BR),
then da, it, nl, sv. Positives: insults and contempt aimed at staff/"you people"/a named agent,
threats, wishing harm, sexual/gendered slurs, obfuscated spellings. Hard negatives: swearing about a
situation, angry-but-polite complaints, self-deprecation, quoting abuse to report it, idioms
("killer feature", "I'd kill for"), medical/anatomical words. Each batch measured before tuning on it.
Re-run to rewrite <batch>/manifest.toml and <batch>/<lang>/*.eml."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
sys.path.insert(0, str(Path(__file__).resolve().parent))
from tests.devset_mail import html_paragraphs, mime_mail, write_batches

TAGS = ["abusive"]
HERE = Path(__file__).resolve().parent
A = "abusive"

M = []
def m(batch, lang, name, expect, note, subject, body, fmt="plain", charset="utf-8"):
    """expect: True for abusive. fmt: plain (8bit), qp, b64, html (HTML only), alt (multipart/alternative)."""
    M.append((batch, lang, name, [A] if expect else [], note, subject, body.strip("\n"), fmt, charset))

def build(sender, subject, date, msg_id, body, fmt, charset):
    html = "<html><body style=\"font-family:Arial\">\n" + html_paragraphs(body) + "\n</body></html>"
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

if __name__ == "__main__":
    write_batches(HERE, M, sys.argv[1:], title="devset11 abusive {batch}: abuse aimed at staff (en pt da it nl sv) + hard negatives",
                  seed="11ab", tags=TAGS, build=build)
