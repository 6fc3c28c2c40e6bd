#!/usr/bin/env python3
"""devset15 ownership: fresh hand-written set for `account-ownership` in all 11 languages.
Positives: taking over a business/clinic/club/association/condominium account, heirs, executors, widows,
departed employee or agency held the account, contract/line transfer to a relative, "put the account in my
name", new director wants admin rights, new IT provider wants admin access, request buried in long mails,
frustrated follow-ups; regional wording. Hard negatives: ticket owner, product owner, shop owners asking
routine questions, owner adding a normal user, own password change, GDPR access to own data.
Each batch is measured before tuning on it. Edit here and re-run; it rewrites <batch>/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root, for tests.devset_mail
from tests.devset_mail import LetterSet, mail_date

SET = LetterSet(Path(__file__).resolve().parent, {"A": "account-ownership"}).load()

if __name__ == "__main__":
    SET.write(
        sys.argv[1:],
        title="devset15 ownership {batch}: account-ownership (all 11 languages) + hard negatives",
        seed="15own",
        date=lambda i: mail_date("Tue", 24, "Nov", 7 + i % 10, (i * 11) % 60),
    )
