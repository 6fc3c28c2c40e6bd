# Generates the account-ownership dev set 7 (hand-written, independent of tests/corpus).
# Focus: da, sv, it (8 positives + 4 hard negatives each); 2 positives + 1 hard negative elsewhere.
import hashlib, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
O = "account-ownership"
ALL = [O]
P, N = [O], []
# (lang, name, expect, subject, body, note)
from _msgs import MSGS

def main():
    out = ["# account-ownership dev set 7 (second check batch, written after tuning on the first) (hand-written, independent of tests/corpus)\n"]
    for i, (lang, name, expect, subj, body, note) in enumerate(MSGS):
        os.makedirs(os.path.join(HERE, lang), exist_ok=True)
        mid = hashlib.sha1(f"o7b{lang}{name}".encode()).hexdigest()[:16]
        eml = (f"From: Customer <kunde@{lang}.example.net>\nTo: support@example.com\nSubject: {subj}\n"
               f"Date: Mon, 23 Mar 2026 {8 + i % 10:02d}:{i % 60:02d}:00 +0000\nMessage-ID: <{mid}@{lang}.example.net>\n"
               "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n")
        with open(os.path.join(HERE, lang, f"{name}.eml"), "w", encoding="utf-8") as fh:
            fh.write(eml)
        forbid = [t for t in ALL if t not in expect]
        out.append(f'[[message]]\nfile = "{lang}/{name}.eml"\nlang = "{lang}"\nexpect = {json.dumps(expect)}\nforbid = {json.dumps(forbid)}\nnote = {json.dumps(note)}\n')
    with open(os.path.join(HERE, "manifest.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))

main()
