"""Broken policy files are reported as carefully as good ones are applied: file, line, what is wrong."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from gateway.errors import ConfigError
from gateway.policy.loader import compile_regex, load_policy_set
from tests.policy_support import ABUSE, LEXICON, eml, policy_dir, run

GOOD = 'name = "good"\n[when]\ndetect = "abusive"\n[then]\ntag = "abusive"\n'


def problems(tmp_path: Path, policy: str, lexicons: dict[str, str] | None = None) -> list[str]:
    directory = policy_dir(tmp_path, {"10-good": GOOD, "20-bad": policy}, lexicons)
    with pytest.raises(ConfigError) as excinfo:
        load_policy_set(directory, routes=["legal"])
    return excinfo.value.problems


@pytest.mark.parametrize(
    ("policy", "line", "words"),
    [
        ('name = "x"\n[when]\ndetekt = "abusive"\n[then]\ntag = "x"\n', 3, "when.detekt: unknown key"),
        ('name = "x"\n[when]\ndetect = "rudeness"\n[then]\ntag = "x"\n', 3, "unknown detector 'rudeness'"),
        ('name = "x"\n[when]\nsubject_matches = "(a+)\\\\1"\n[then]\ntag = "x"\n', 3, "bad regular expression"),
        ('name = "x"\n[when]\nsize_over = 1\n[then]\nroute = "lawyers"\n', 4, "unknown route 'lawyers'"),
        ('name = "good"\n[when]\nsize_over = 1\n[then]\ntag = "x"\n', 1, "duplicate policy name 'good'"),
        (
            'name = "x"\n[when]\nsize_over = "big"\n[then]\ntag = "x"\n',
            3,
            "when.size_over: Input should be a valid integer",
        ),
        ('name = "x"\n[when]\nsize_over = 1\n[then]\nheader = { From = "ceo@x" }\n', 5, "structural header"),
        ('name = "x"\n[when]\nsize_over = 1\n[then]\nsubject_prefix = "a\\nb"\n', 5, "single line"),
        ('name = "x"\n[when]\nsize_over = 1\n[then]\ntag = "Not Valid"\n', 5, "tag 'Not Valid'"),
        ('name = "x"\n[when]\nsize_over = 1\n[then]\nauto_reply = { template = "nope" }\n', 5, "no template 'nope'"),
        (
            'name = "x"\n[when]\nsize_over = 1\n[then]\nowner_approval = { template = "nope" }\n',
            5,
            "then.owner_approval.template: no template 'nope'",
        ),
        ('name = "x"\n[when]\nsize_over = 1\n', 0, "then: required key is missing"),  # no line to point at
        ('name = "x"\n[when]\nsize_over = 1\n[then]\n', 4, "no actions given"),
        ('name = "x"\n[when\n', 2, "not valid TOML"),
    ],
)
def test_policy_errors_name_file_line_and_problem(tmp_path: Path, policy: str, line: int, words: str) -> None:
    found = problems(tmp_path, policy)
    where = f"{tmp_path / 'policies' / '20-bad.toml'}" + (f":{line}" if line else "")
    assert any(p.startswith(f"{where}: ") and words in p for p in found), found


def test_lexicon_errors_name_the_phrase_line(tmp_path: Path) -> None:
    broken = '[detector]\nname = "abusive"\n[phrases.en]\n"ok phrase" = 1.0\n"x*" = 1.0\n"heavy" = 9\n'
    found = problems(tmp_path, GOOD.replace("good", "other"), {"abusive": broken})
    lexicon = tmp_path / "policies" / "lexicons" / "abusive.toml"
    assert any(p.startswith(f"{lexicon}:5: ") and "shorter than 3 letters" in p for p in found), found
    assert any(p.startswith(f"{lexicon}:6: ") and "weight must be a number from -3 to 3" in p for p in found), found


def test_masked_shapes_resolve_words_masked_to_the_end(tmp_path: Path) -> None:
    lexicon = ABUSE + '[masked]\n"f***" = "fuck"\n'
    policy_set = load_policy_set(policy_dir(tmp_path, {"10-good": GOOD}, {"abusive": lexicon}), routes=[])
    assert "abusive" in run(policy_set, eml("F### you, seriously.")).decision.tags
    assert "abusive" not in run(policy_set, eml("F## you")).decision.tags  # another shape: not listed


def test_masked_table_errors_name_the_line(tmp_path: Path) -> None:
    lexicon = ABUSE + '[masked]\n"f***" = "fuck"\n"f**k" = "fuck"\n"s***" = "two words"\n'
    other = LEXICON + '[masked]\n"f***" = "fork"\n'
    found = problems(tmp_path, GOOD.replace("good", "other"), {"abusive": lexicon, "legal-threat": other})
    abusive = tmp_path / "policies" / "lexicons" / "abusive.toml"
    legal = tmp_path / "policies" / "lexicons" / "legal-threat.toml"
    assert any(p.startswith(f"{abusive}:") and "masked.f**k: expected letters then *" in p for p in found), found
    assert any(p.startswith(f"{abusive}:") and "masked.s***: expected the one word" in p for p in found), found
    assert any(p.startswith(f"{legal}:") and "masked.f***: already 'fuck' in" in p for p in found), found


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    bad = 'name = "x"\n[when]\ndetect = "nope"\nbody_matches = "(?<=a)b"\n[then]\nroute = "nowhere"\n'
    assert len(problems(tmp_path, bad)) == 3


def test_re2_runs_a_catastrophic_pattern_in_linear_time(tmp_path: Path) -> None:
    pattern = compile_regex("(a+)+$")
    started = time.perf_counter()
    assert pattern.search("a" * 100_000 + "!") is None
    assert time.perf_counter() - started < 1.0  # backtracking engines take years here

    policy = 'name = "x"\n[when]\nbody_matches = "(x+x+)+y"\n[then]\ntag = "x"\n'
    policy_set = load_policy_set(
        policy_dir(tmp_path, {"10-x": policy}, {"legal-threat": LEXICON, "abusive": ABUSE}), routes=[]
    )
    assert run(policy_set, eml("x" * 50_000)).decision.tags == ()
    assert run(policy_set, eml("xxxy")).decision.tags == ("x",)


def test_shipped_policy_set_loads_and_uses_the_tag_vocabulary() -> None:
    shipped = load_policy_set(Path(__file__).parent.parent / "policies", routes=["legal", "team_lead"])
    tags = {tag for policy in shipped.policies for tag in policy.spec.then.tag or []}
    assert tags == {
        "outage", "account-ownership", "abusive", "legal-threat", "manager-request", "refund-request",
        "feature-request", "personal-contact", "freebie-demand", "angry", "urgent", "bug-report", "automated",
    }  # fmt: skip
    assert set(shipped.detectors) == tags
