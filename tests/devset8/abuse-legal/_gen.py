#!/usr/bin/env python3
"""devset8 abuse-legal: fresh hand-written set for abusive + legal-threat (round 5).
abusive positives weighted to en/pt/da/it/nl/sv, legal negatives weighted to de/nl/pl/en,
abusive negatives include several fr "putain" about a situation.
Edit here and re-run; it rewrites manifest.toml and <lang>/*.eml."""
import hashlib, pathlib, shutil, html
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import charset as _cs

TAGS = ["abusive", "legal-threat"]
HERE = pathlib.Path(__file__).parent
A, L = "abusive", "legal-threat"

M = []
def m(lang, name, expect, note, subject, body, fmt="plain", cs="utf-8", cte="8bit"):
    """fmt: plain | html (HTML only) | alt (multipart/alternative); cte: 8bit | qp | b64"""
    M.append(dict(lang=lang, name=name, expect=expect, note=note, subject=subject,
                  body=body.strip() + "\n", fmt=fmt, cs=cs, cte=cte))

exec(open(HERE / "_messages.py", encoding="utf-8").read())

def to_html(text):
    paras = text.strip().split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>".join(html.escape(l.lstrip("> ")) for l in lines)
            out.append(f"<blockquote>{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>".join(html.escape(l) for l in lines) + "</p>")
    return "<html><body>" + "\n".join(out) + "</body></html>\n"

def part(text, subtype, cs, cte):
    if cs in ("iso-8859-2", "windows-1250"):   # legacy Romanian: cedilla forms
        text = text.replace("ș", "ş").replace("ț", "ţ").replace("Ș", "Ş").replace("Ț", "Ţ")
    c = _cs.Charset(cs)
    c.body_encoding = {"8bit": None, "qp": _cs.QP, "b64": _cs.BASE64}[cte]
    p = MIMEText("", subtype, None)
    del p["Content-Transfer-Encoding"]
    p.set_payload(text, c)
    if cte == "8bit":
        del p["Content-Transfer-Encoding"]
        p["Content-Transfer-Encoding"] = "8bit"
    return p

def build(x, i):
    lang, name = x["lang"], x["name"]
    h = hashlib.sha1(f"8al{lang}{name}".encode()).hexdigest()[:16]
    if x["fmt"] == "plain":
        msg = part(x["body"], "plain", x["cs"], x["cte"])
    elif x["fmt"] == "html":
        msg = part(to_html(x["body"]), "html", x["cs"], x["cte"])
    else:
        msg = MIMEMultipart("alternative")
        msg.attach(part(x["body"], "plain", x["cs"], x["cte"]))
        msg.attach(part(to_html(x["body"]), "html", x["cs"], x["cte"]))
    hdr = [("From", f"Customer {lang.upper()} <c{h[:6]}@mail-{lang}.example>"),
           ("To", "support@example.com"), ("Subject", x["subject"]),
           ("Date", f"Tue, 21 Apr 2026 {9 + i % 8:02d}:{i % 60:02d}:00 +0000"),
           ("Message-ID", f"<{h}@mail-{lang}.example>")]
    for k, v in reversed(hdr):
        msg._headers.insert(0, (k, v))
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg.as_bytes()

def main():
    for lang in {x["lang"] for x in M}:
        d = HERE / lang
        if d.exists():
            shutil.rmtree(d)
    out = ["# devset8 abuse-legal: fresh hand-written set for abusive + legal-threat (round 5)\n"]
    seen = set()
    for i, x in enumerate(M):
        key = (x["lang"], x["name"]); assert key not in seen, key; seen.add(key)
        d = HERE / x["lang"]
        d.mkdir(exist_ok=True)
        (d / f"{x['name']}.eml").write_bytes(build(x, i))
        forbid = [t for t in TAGS if t not in x["expect"]]
        q = lambda xs: "[" + ", ".join(f'"{t}"' for t in xs) + "]"
        note = x["note"].replace('"', "'")
        out.append(f'[[message]]\nfile = "{x["lang"]}/{x["name"]}.eml"\nlang = "{x["lang"]}"\nexpect = {q(x["expect"])}\nforbid = {q(forbid)}\nnote = "{note}"\n')
    (HERE / "manifest.toml").write_text("\n".join(out), encoding="utf-8")
    print(len(M), "messages")

if __name__ == "__main__":
    main()
