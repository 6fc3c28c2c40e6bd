#!/usr/bin/env python3
"""devset8 abuse-legal: fresh hand-written set for abusive + legal-threat (round 5).
abusive positives weighted to en/pt/da/it/nl/sv, legal negatives weighted to de/nl/pl/en,
abusive negatives include several fr "putain" about a situation.
Edit here and re-run; it rewrites manifest.toml and <lang>/*.eml."""
import html, pathlib, sys
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import charset as _cs

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, cedilla_forms, customer, forbid_others, head_fields, html_paragraphs, mail_date, stable_boundary

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
    paras = html_paragraphs(text.strip(), escape=html.escape, br="<br>", unquote=lambda line: line.lstrip("> "))
    return "<html><body>" + paras + "</body></html>\n"

def part(text, subtype, cs, cte):
    text = cedilla_forms(text, cs)   # legacy Romanian: cedilla forms
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
    sender, msg_id = customer(lang, f"8al{lang}{name}")
    if x["fmt"] == "plain":
        msg = part(x["body"], "plain", x["cs"], x["cte"])
    elif x["fmt"] == "html":
        msg = part(to_html(x["body"]), "html", x["cs"], x["cte"])
    else:
        msg = MIMEMultipart("alternative", boundary=stable_boundary(msg_id))
        msg.attach(part(x["body"], "plain", x["cs"], x["cte"]))
        msg.attach(part(to_html(x["body"]), "html", x["cs"], x["cte"]))
    hdr = head_fields(sender, x["subject"], mail_date("Tue", 21, "Apr", 9 + i % 8, i % 60), msg_id)
    for k, v in reversed(hdr):
        msg._headers.insert(0, (k, v))
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg.as_bytes()

def main():
    out = DevSet(HERE, "# devset8 abuse-legal: fresh hand-written set for abusive + legal-threat (round 5)")
    for i, x in enumerate(M):
        out.add(x["lang"], x["name"], build(x, i), x["expect"], forbid_others(TAGS, x["expect"]), x["note"])
    out.save(clean=True)
    print(len(M), "messages")

if __name__ == "__main__":
    main()
