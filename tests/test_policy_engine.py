"""evaluate(): every condition kind, exceptions, ordering, stop, shadow mode, dispositions."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.policy.decision import Facts
from tests.policy_support import eml, load, run


def tag_policy(conditions: str, *, unless: str = "", name: str = "p") -> dict[str, str]:
    text = f'name = "{name}"\n[when]\n{conditions}\n'
    if unless:
        text += f"[unless]\n{unless}\n"
    text += '[then]\ntag = "hit"\n'
    return {f"50-{name}": text}


CASES: list[tuple[str, bytes, dict[str, object], bytes, dict[str, object]]] = [
    # (conditions, matching message, run kwargs, non-matching message, run kwargs)
    ('detect = "legal-threat"', eml("I will take you to court."), {}, eml("Thanks for the help."), {}),
    ('detect_any = ["abusive", "legal-threat"]', eml("you idiot"), {}, eml("all good"), {}),
    ('score = { "legal-threat" = 1.5 }', eml("My lawyer will take you to court"), {}, eml("my lawyer says hi"), {}),
    ('phrases = ["dark mode"]', eml("Please add a DARK MODE"), {}, eml("light theme"), {}),
    ('phrases = { de = ["dunkler modus"] }', eml("Bitte dunkler Modus"), {}, eml("light"), {}),
    ('subject_matches = "invoice\\\\s+#?\\\\d+"', eml(subject="Invoice #123"), {}, eml(subject="hello"), {}),
    ('body_matches = "order [0-9]{5}"', eml("about ORDER 12345"), {}, eml("about order 12"), {}),
    ('header_present = ["X-Helpdesk-Ticket"]', eml(headers="X-Helpdesk-Ticket: 7\r\n"), {}, eml(), {}),
    (
        'header_equals = { "X-Plan" = "enterprise" }',
        eml(headers="X-Plan: Enterprise\r\n"),
        {},
        eml(headers="X-Plan: free\r\n"),
        {},
    ),
    (
        'header_matches = { "X-Mailer" = "^Outlook" }',
        eml(headers="X-Mailer: outlook 16\r\n"),
        {},
        eml(headers="X-Mailer: Thunderbird\r\n"),
        {},
    ),
    (
        'sender = ["vip@bigcorp.example"]',
        eml(sender="VIP@BigCorp.example"),
        {"mail_from": "x@y.example"},
        eml(sender="a@bigcorp.example"),
        {},
    ),
    (
        'sender_domain = ["bigcorp.example"]',
        eml(sender="a@eu.bigcorp.example"),
        {},
        eml(sender="a@notbigcorp.example"),
        {"mail_from": "a@notbigcorp.example"},
    ),
    ('recipient = ["billing@example.com"]', eml(), {"rcpt_tos": ("Billing@example.com",)}, eml(), {}),
    ("automated = true", eml(headers="Auto-Submitted: auto-replied\r\n"), {}, eml(), {}),
    ("automated = true", eml(headers="List-Id: <news.example>\r\n"), {}, eml(headers="Auto-Submitted: no\r\n"), {}),
    ("automated = true", eml(), {"mail_from": ""}, eml(sender="bob@example.org"), {}),
    ("automated = true", eml(sender="no-reply@shop.example"), {"mail_from": "bounce@shop.example"}, eml(), {}),
    (
        'language = ["de"]',
        eml("Guten Tag, ich kann mich seit heute Morgen nicht mehr anmelden."),
        {},
        eml("Good morning, I cannot log in since this morning at all."),
        {},
    ),
    ("size_over = 2000", eml("x" * 3000), {}, eml("short"), {}),
    ("size_under = 2000", eml("short"), {}, eml("x" * 3000), {}),
    (
        "has_attachment = true",
        eml(
            "--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--b\r\nContent-Type: application/pdf\r\n"
            "Content-Disposition: attachment; filename=a.pdf\r\n\r\nJVBERi0=\r\n--b--",
            content_type="multipart/mixed; boundary=b",
        ),
        {},
        eml("no attachment"),
        {},
    ),
    ("sender_blocked = true", eml(), {"facts": Facts(sender_blocked=True)}, eml(), {}),
    ("outage_active = true", eml(), {"facts": Facts(outage_active=True)}, eml(), {}),
]


@pytest.mark.parametrize(("conditions", "yes", "yes_kw", "no", "no_kw"), CASES, ids=[c[0][:40] for c in CASES])
def test_condition_kinds(
    tmp_path: Path, conditions: str, yes: bytes, yes_kw: dict[str, object], no: bytes, no_kw: dict[str, object]
) -> None:
    policy_set = load(tmp_path, tag_policy(conditions))
    assert run(policy_set, yes, **yes_kw).decision.tags == ("hit",)  # type: ignore[arg-type]
    assert run(policy_set, no, **no_kw).decision.tags == ()  # type: ignore[arg-type]


def test_all_when_conditions_must_hold_and_any_unless_is_an_exception(tmp_path: Path) -> None:
    policy_set = load(
        tmp_path,
        tag_policy('detect = "legal-threat"\nlanguage = ["en"]', unless='sender_domain = ["ourlawyers.example"]'),
    )
    threat = "I have spoken to my lawyer and we will take you to court over this invoice."
    assert run(policy_set, eml(threat)).decision.tags == ("hit",)
    assert run(policy_set, eml(threat, sender="x@ourlawyers.example")).decision.tags == ()
    assert (
        run(policy_set, eml("Mein Anwalt, my lawyer, wird Sie verklagen, das ist sicher und klar.")).decision.tags == ()
    )


def test_negative_weights_cancel_a_match(tmp_path: Path) -> None:
    policy_set = load(tmp_path, tag_policy('detect = "legal-threat"'))
    assert run(policy_set, eml("We are not going to sue you, just fix it")).decision.tags == ()
    assert run(policy_set, eml("I will sue you")).decision.tags == ("hit",)


def test_only_what_the_sender_wrote_now_counts(tmp_path: Path) -> None:
    policy_set = load(tmp_path, tag_policy('detect = "legal-threat"'))
    reply = (
        "Thanks, all sorted now!\r\n\r\nOn Mon, 23 Nov 2026 at 10:00, Alice <alice@customer.example> wrote:\r\n"
        "> My lawyer will take you to court.\r\n"
    )
    assert run(policy_set, eml(reply)).decision.tags == ()
    html_reply = (
        "<html><body><p>All good now</p><blockquote>My lawyer will take you to court</blockquote></body></html>"
    )
    assert run(policy_set, eml(html_reply, content_type="text/html; charset=utf-8")).decision.tags == ()


def test_later_policies_see_earlier_tags_and_stop_ends_evaluation(tmp_path: Path) -> None:
    policies = {
        "10-first": 'name = "first"\n[when]\ndetect = "abusive"\n[then]\ntag = "abusive"\n',
        "20-second": 'name = "second"\n[when]\ntagged = ["abusive"]\n[then]\ntag = "escalate"\nstop = true\n',
        "30-third": 'name = "third"\n[when]\nsize_over = 0\n[then]\ntag = "never"\n',
    }
    decision = run(load(tmp_path, policies), eml("you idiot")).decision
    assert decision.tags == ("abusive", "escalate")
    assert decision.policies == ("first", "second")


def test_disabled_policy_is_skipped(tmp_path: Path) -> None:
    policies = {"10-x": 'name = "x"\nenabled = false\n[when]\nsize_over = 0\n[then]\ntag = "x"\n'}
    assert run(load(tmp_path, policies), eml()).decision.tags == ()


def test_shadow_policy_records_but_changes_nothing(tmp_path: Path) -> None:
    policies = {
        "10-new-rule": 'name = "new-rule"\nmode = "shadow"\n[when]\ndetect = "abusive"\n'
        '[then]\ntag = "abusive"\nquarantine = true\n',
        "20-later": 'name = "later"\n[when]\ntagged = ["abusive"]\n[then]\ntag = "seen"\n',
    }
    decision = run(load(tmp_path, policies), eml("you idiot")).decision
    assert decision.tags == ()
    assert decision.disposition == "forward"
    assert decision.shadow == ("new-rule: tag:abusive, quarantine",)


def test_strongest_disposition_wins(tmp_path: Path) -> None:
    policies = {
        "10-a": 'name = "a"\n[when]\nsize_over = 0\n[then]\nredirect = "legal"\n',
        "20-b": 'name = "b"\n[when]\nsize_over = 0\n[then]\nquarantine = true\n',
        "30-c": 'name = "c"\n[when]\nsize_over = 0\n[then]\ntempfail = "slow down"\n',
    }
    decision = run(load(tmp_path, policies), eml()).decision
    assert (decision.disposition, decision.reply_text) == ("tempfail", "slow down")
    policies["40-d"] = 'name = "d"\n[when]\nsize_over = 0\n[then]\nreject = "go away"\n'
    decision = run(load(tmp_path, policies), eml()).decision
    assert (decision.disposition, decision.reply_text) == ("reject", "go away")


def test_findings_explain_why(tmp_path: Path) -> None:
    decision = run(load(tmp_path, tag_policy('detect = "legal-threat"')), eml("I will take them all to court")).decision
    [finding] = decision.findings
    assert finding.policy == "p"
    assert (finding.finding.detector, finding.finding.phrase, finding.finding.where) == (
        "legal-threat",
        "take ... to court",
        "body",
    )
    assert "take them all to court" in finding.finding.excerpt
    assert finding.finding.source.endswith("lexicons/legal-threat.toml:7")


def test_analysis_over_budget_forwards_untouched_with_timeout(tmp_path: Path) -> None:
    policy_set = load(tmp_path, tag_policy('detect = "legal-threat"'))
    inspection = run(policy_set, eml("My lawyer will take you to court. " * 2000), budget=0.0)
    assert inspection.decision.analysis == "timeout"
    assert inspection.decision.tags == ()
    assert inspection.decision.disposition == "forward"


def test_header_only_conditions_still_apply_after_a_timeout(tmp_path: Path) -> None:
    policy_set = load(tmp_path, tag_policy('header_present = ["X-Plan"]'))
    decision = run(policy_set, eml("x", headers="X-Plan: pro\r\n"), budget=0.0).decision
    assert (decision.analysis, decision.tags) == ("timeout", ("hit",))
