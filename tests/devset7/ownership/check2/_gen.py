# Generates the account-ownership dev set 7 (hand-written, independent of tests/corpus).
# Focus: da, sv, it (8 positives + 4 hard negatives each); 2 positives + 1 hard negative elsewhere.
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repo root, for tests.devset_mail
from tests.devset_mail import DevSet, forbid_others, mail_date, message_id, plain_mail

HERE = Path(__file__).resolve().parent
O = "account-ownership"
ALL = [O]
P, N = [O], []
# (lang, name, expect, subject, body, note)
from _msgs import MSGS

def main():
    out = DevSet(HERE, "# account-ownership dev set 7 (second check batch, written after tuning on the first) (hand-written, independent of tests/corpus)", json_notes=True)
    for i, (lang, name, expect, subj, body, note) in enumerate(MSGS):
        date = mail_date("Mon", 23, "Mar", 8 + i % 10, i % 60)
        mail = plain_mail(f"Customer <kunde@{lang}.example.net>", subj, date, f"{message_id(f'o7b{lang}{name}')}@{lang}.example.net", body)
        out.add(lang, name, mail, expect, forbid_others(ALL, expect), note)
    out.save()

main()
