"""`curveball check`, `curveball test` and `curveball replay` as admins run them."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path

from tests.policy_support import curveball, eml, policy_dir
from tests.support import write_config

ABUSE_POLICY = 'name = "abusive"\n[when]\ndetect = "abusive"\n[then]\ntag = "abusive"\n'
LEGAL_POLICY = 'name = "legal"\n[when]\ndetect = "legal-threat"\n[then]\ntag = "legal-threat"\nroute = "legal"\n'


def test_check_reports_policy_errors_with_file_and_line(tmp_path: Path) -> None:
    config = write_config(tmp_path, "maildir:mail")
    policy_dir(
        tmp_path, {"10-ok": ABUSE_POLICY, "20-bad": 'name = "bad"\n[when]\nbody_matches = "(?=x)"\n[then]\ntag = "x"\n'}
    )
    result = curveball("check", "--config", str(config))
    assert result.returncode == 2
    assert (
        f"error: {tmp_path / 'policies' / '20-bad.toml'}:3: when.body_matches: bad regular expression" in result.stderr
    )
    (tmp_path / "policies" / "20-bad.toml").unlink()
    result = curveball("check", "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert "1 policies, 2 detectors" in result.stdout


def test_test_json_schema(tmp_path: Path) -> None:
    config = write_config(tmp_path, "maildir:mail")
    policy_dir(tmp_path, {"10-abuse": ABUSE_POLICY, "20-legal": LEGAL_POLICY})
    mails = tmp_path / "mails"
    mails.mkdir()
    (mails / "a.eml").write_bytes(eml("My lawyer will take you to court, you idiot."))
    (mails / "b.eml").write_bytes(eml("Thanks for the quick help! No legal action needed."))
    result = curveball("test", "--json", "--config", str(config), str(mails))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["file"]).name for r in rows] == ["a.eml", "b.eml"]
    first = rows[0]
    assert set(first) >= {"file", "tags", "policies", "actions", "language", "matches", "disposition", "routes"}
    assert first["tags"] == ["abusive", "legal-threat"]
    assert first["policies"] == ["abusive", "legal"]
    assert first["language"] == "en"
    assert first["routes"] == ["legal"]
    assert "legal:route:legal" in first["actions"]
    match = next(m for m in first["matches"] if m["phrase"] == "take ... to court")
    assert set(match) == {"policy", "detector", "phrase", "weight", "where", "excerpt", "source"}
    assert match["policy"] == "legal"
    assert match["where"] == "body"
    assert "take you to court" in match["excerpt"]
    assert match["source"].startswith(str(tmp_path / "policies" / "lexicons" / "legal-threat.toml:"))
    assert rows[1]["tags"] == []
    assert rows[1]["matches"] == []
    [near_miss] = rows[1]["below_threshold"]  # why it was not tagged: what was found, and its weight
    assert (near_miss["detector"], near_miss["score"]) == ("legal-threat", 0.6)
    assert [(f["phrase"], f["weight"], f["note"]) for f in near_miss["findings"]] == [("legal action", 0.6, "")]
    assert first["below_threshold"] == []


def test_test_text_output_explains(tmp_path: Path) -> None:
    policy_dir(tmp_path, {"10-abuse": ABUSE_POLICY})
    message = tmp_path / "m.eml"
    message.write_bytes(eml("you absolute id10t"))
    result = curveball("test", "--policies", str(tmp_path / "policies"), str(message), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "tags:        abusive" in result.stdout
    assert '"idiot" (abusive +1, body,' in result.stdout
    assert "disposition: forward" in result.stdout


def test_test_text_output_explains_a_near_miss(tmp_path: Path) -> None:
    policy_dir(tmp_path, {"10-abuse": ABUSE_POLICY, "20-legal": LEGAL_POLICY})
    message = tmp_path / "m.eml"
    message.write_bytes(eml("We are considering legal action."))
    result = curveball("test", "--policies", str(tmp_path / "policies"), str(message), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "below threshold: legal-threat 0.6" in result.stdout
    assert '"legal action" (legal-threat +0.6, body,' in result.stdout


def test_eval_reports_cell_sizes_and_lower_bounds(tmp_path: Path) -> None:
    """A perfect score on two messages must not read like a met goal: eval shows how many messages
    expect each tag per language and the lower end of each figure's 95 % interval."""
    policy_dir(tmp_path, {"10-abuse": ABUSE_POLICY})
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.eml").write_bytes(eml("you absolute idiot"))
    (corpus / "b.eml").write_bytes(eml("you are an idiot, all of you"))
    (corpus / "c.eml").write_bytes(eml("Thanks, that fixed it."))
    (corpus / "manifest.toml").write_text(
        '[[message]]\nfile = "a.eml"\nlang = "en"\nexpect = ["abusive"]\n'
        '[[message]]\nfile = "b.eml"\nlang = "en"\nexpect = ["abusive"]\n'
        '[[message]]\nfile = "c.eml"\nlang = "en"\nforbid = ["abusive"]\n'
    )
    policies = str(tmp_path / "policies")
    result = curveball("eval", "--policies", policies, "--json", str(corpus), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    abusive = json.loads(result.stdout)["tags"]["abusive"]
    assert (abusive["tp"], abusive["fp"], abusive["fn"], abusive["recall"]) == (2, 0, 0, 1.0)
    assert abusive["recall_low"] == 0.3424  # 2 of 2: the true recall is only shown to be above a third
    text = curveball("eval", "--policies", policies, str(corpus), cwd=tmp_path).stdout
    assert "abusive               2    0    0      1.000   0.34   1.000   0.34  1.000" in text
    assert "abusive            1.00/1.00  2" in text


def test_eval_names_what_is_wrong_with_a_corpus(tmp_path: Path) -> None:
    """A folder without a manifest, a manifest entry without its language, or a listed message that
    is missing: one line naming the file, exit 2, not a traceback."""
    policy_dir(tmp_path, {"10-abuse": ABUSE_POLICY})
    policies = str(tmp_path / "policies")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    result = curveball("eval", "--policies", policies, str(corpus), cwd=tmp_path)
    assert (result.returncode, result.stderr.strip()) == (
        2,
        f"error: {corpus / 'manifest.toml'}: not found: a corpus folder lists its messages in manifest.toml",
    )
    (corpus / "manifest.toml").write_text('[[message]]\nfile = "a.eml"\nlang = "en"\n[[message]]\nfile = "b.eml"\n')
    result = curveball("eval", "--policies", policies, str(corpus), cwd=tmp_path)
    assert result.returncode == 2
    assert "[[message]] number 2: needs file and lang" in result.stderr
    (corpus / "manifest.toml").write_text('[[message]]\nfile = "a.eml"\nlang = "en"\n')
    result = curveball("eval", "--policies", policies, str(corpus), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {corpus / 'manifest.toml'}: a.eml: No such file or directory"


def test_replay_shows_what_would_change(tmp_path: Path) -> None:
    config = write_config(tmp_path, "maildir:mail")
    policy_dir(tmp_path, {"10-abuse": ABUSE_POLICY})
    other = tmp_path / "candidate"
    other.mkdir()
    (other / "lexicons").mkdir()
    for lexicon in (tmp_path / "policies" / "lexicons").iterdir():
        (other / "lexicons" / lexicon.name).write_text(lexicon.read_text())
    (other / "10-abuse.toml").write_text(ABUSE_POLICY.replace('tag = "abusive"', 'tag = "abusive"\nquarantine = true'))
    (other / "20-legal.toml").write_text(LEGAL_POLICY)
    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    box.add(eml("you idiot"))
    box.add(eml("my lawyer will sue you"))
    box.add(eml("thanks!"))
    box.close()
    result = curveball("replay", "--config", str(config), "--policies", str(other), "--json", str(tmp_path / "Maildir"))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    totals = rows.pop()["totals"]
    assert totals["messages"] == 3
    assert totals["changed"] == 2
    assert totals["tags"] == {"legal-threat": {"added": 1, "removed": 0}}
    dispositions = sorted(tuple(r["disposition"]) for r in rows)
    assert dispositions == [("forward", "forward"), ("forward", "quarantine")]
