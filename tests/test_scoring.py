"""How phrase weights add up: once per phrase, strongest per spot, exceptions always count."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.errors import ConfigError
from tests.policy_support import eml, load, run

REFUND = """
[detector]
name = "refund-request"
threshold = 1.0
[phrases.en]
"refund*" = 1.0
"refund" = 0.5
"money back" = 1.0
"refund policy" = -1.0
[phrases.de]
"money back" = 0.7
"""


def scores(tmp_path: Path, body: str) -> float:
    policy_set = load(tmp_path, {}, {"refund-request": REFUND})
    score = run(policy_set, eml(body)).analysis.scores.get("refund-request")
    return score.score if score else 0.0


def test_same_words_in_two_languages_count_once_at_the_higher_weight(tmp_path: Path) -> None:
    assert scores(tmp_path, "I want my money back") == 1.0


def test_competing_phrases_at_one_spot_count_once(tmp_path: Path) -> None:
    assert scores(tmp_path, "refund please") == 1.0


def test_an_exception_at_the_same_spot_still_cancels(tmp_path: Path) -> None:
    assert scores(tmp_path, "What is your refund policy?") == 0.0


def test_repeating_a_phrase_does_not_add_up(tmp_path: Path) -> None:
    assert scores(tmp_path, "money back! money back! money back!") == 1.0


LEGAL = """
[detector]
name = "legal-threat"
threshold = 1.0
[phrases.en]
"sue*" = 1.0
"my lawyer" = 1.0
[negators.en]
"not" = 2
"no plans to" = 1
"not hesitate" = -1
[negators.de]
"nicht" = 2
[phrases.de]
"verklag*" = 1.0
"""

ABUSE = """
[detector]
name = "abusive"
threshold = 1.0
target_window = 3
[phrases.en]
"*idiot*" = { weight = 1.0, target = true }
"idiot" = 0.4
"moron*" = { weight = 1.0, target = 1 }
[targets.en]
"you" = true
"your agent" = true
[phrases.de]
"*idiot*" = { weight = 1.0, target = true }
[targets.de]
"ihr" = true
"""


def legal(tmp_path: Path, body: str) -> tuple[float, list[str]]:
    policy_set = load(tmp_path, {}, {"legal-threat": LEGAL})
    score = run(policy_set, eml(body)).analysis.scores.get("legal-threat")
    return (score.score, [f.note for f in score.findings if f.note]) if score else (0.0, [])


def abuse(tmp_path: Path, body: str) -> float:
    policy_set = load(tmp_path, {}, {"abusive": ABUSE})
    score = run(policy_set, eml(body)).analysis.scores.get("abusive")
    return score.score if score else 0.0


@pytest.mark.parametrize(
    "body",
    [
        "We are not going to sue anyone.",
        "We have no plans to sue.",
        "Wir werden Sie nicht verklagen.",
    ],
)
def test_a_negator_shortly_before_a_phrase_cancels_it_and_says_so(tmp_path: Path, body: str) -> None:
    score, notes = legal(tmp_path, body)
    assert score == 0.0
    assert len(notes) == 1 and notes[0].startswith("negated by")


@pytest.mark.parametrize(
    "body",
    [
        "If this is not fixed by Friday, I will sue.",  # a clause end stops the negator
        "Wenn Sie nicht zahlen, verklage ich Sie.",
        "This is not fair and I will sue you.",  # too far: three words between
        "I will not hesitate to sue.",  # an exception switches the negator off
        "Not going to sue? Oh yes, we will sue you.",  # a second, un-negated occurrence counts
    ],
)
def test_negators_do_not_reach_past_their_clause_window_or_exceptions(tmp_path: Path, body: str) -> None:
    assert legal(tmp_path, body)[0] == 1.0


def test_negators_only_cancel_phrases_of_their_own_detector(tmp_path: Path) -> None:
    policy_set = load(tmp_path, {}, {"legal-threat": LEGAL, "abusive": ABUSE})
    scores = run(policy_set, eml("I do not think you idiot will sue")).analysis.scores
    assert scores["abusive"].fired


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("You are such an idiot.", 1.0),
        ("Your agent is an idiot", 1.0),
        ("Ihr Vollidioten!", 1.0),
        ("I was an idiot, sorry, it works now.", 0.4),  # no target: only the untargeted weight
        ("You know what? I'm the idiot here.", 0.4),  # the target is in another clause
        ("You morons", 1.0),
        ("You are morons", 1.0),  # target = 1: one word may stand between
        ("You really are total morons", 0.0),  # ... not three
    ],
)
def test_targeted_phrases_count_only_when_aimed_at_someone(tmp_path: Path, body: str, expected: float) -> None:
    assert abuse(tmp_path, body) == expected


def test_targeted_phrase_too_far_from_its_target(tmp_path: Path) -> None:
    assert abuse(tmp_path, "You told me that the whole thing was moronic") == 0.0


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('[negators.en]\n"not" = 9\n', "negator 'not': value must be the number of words"),
        ('[negators.en]\n"not" = true\n', "negator 'not': value must be the number of words"),
        ('[targets.fr]\n"vous" = 1\n', "target 'vous': value must be true"),
        ('[phrases.de]\n"idiot" = { weight = 1.0, target = 20 }\n', "target must be true, false or a number"),
        ('[phrases.de]\n"idiot" = { weight = -1.0, target = true }\n', "only a positive phrase can need a target"),
        ('[phrases.de]\n"idiot" = { target = true }\n', "weight is missing"),
        ('[phrases.de]\n"idiot" = { weight = 1.0, aim = true }\n', "unknown: aim"),
        ('[phrases.de]\n"*id" = 1.0\n', "compound ending needs at least 4 letters"),
        ("[whatever]\nx = 1\n", "unknown key"),
    ],
)
def test_new_lexicon_syntax_is_validated_with_file_and_line(tmp_path: Path, extra: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, {}, {"abusive": ABUSE.replace("[phrases.de]", extra + "[phrases.xx]", 1)})
    problems = "\n".join(caught.value.problems)
    assert message in problems
    assert "abusive.toml:" in problems


def test_local_lexicons_extend_shipped_detectors_and_show_their_file(tmp_path: Path) -> None:
    from gateway.policy.loader import load_policy_set
    from tests.policy_support import policy_dir

    directory = policy_dir(tmp_path, {}, {"refund-request": REFUND})
    local = directory / "lexicons.local"
    local.mkdir()
    (local / "refunds.toml").write_text(
        '[detector]\nname = "refund-request"\n[phrases.en]\n"give back my deposit" = 1.0\n"refund arrived" = -2.0\n'
    )
    policy_set = load_policy_set(directory, routes=[])
    inspection = run(policy_set, eml("Please give back my deposit"))
    [finding] = inspection.analysis.scores["refund-request"].findings
    assert finding.source == f"{local / 'refunds.toml'}:4"
    assert inspection.analysis.scores["refund-request"].fired
    assert not run(policy_set, eml("Thanks, the refund arrived")).analysis.scores["refund-request"].fired


def test_local_lexicon_for_an_unknown_detector_is_an_error(tmp_path: Path) -> None:
    import pytest

    from gateway.errors import ConfigError
    from gateway.policy.loader import load_policy_set
    from tests.policy_support import policy_dir

    directory = policy_dir(tmp_path, {}, {"refund-request": REFUND})
    (directory / "lexicons.local").mkdir()
    (directory / "lexicons.local" / "x.toml").write_text('[detector]\nname = "refnud"\n[phrases.en]\n"x y" = 1.0\n')
    with pytest.raises(ConfigError, match=r"x\.toml:2: lexicons\.local extends detectors that exist"):
        load_policy_set(directory, routes=[])


ANGRY = """
[detector]
name = "angry"
threshold = 1.0
[signals]
shouting = 0.6
exclamations = 0.4
[phrases.en]
"unacceptable" = 0.6
"""


def test_shouting_and_exclamations_are_explained_signals(tmp_path: Path) -> None:
    policy_set = load(tmp_path, {}, {"angry": ANGRY})
    calm = run(policy_set, eml("Hello, the invoice for March has the wrong VAT rate (EU)."))
    assert "angry" not in calm.analysis.scores  # an acronym or two is not shouting
    loud = run(policy_set, eml("THIS IS THE THIRD TIME I WRITE!!! Answer me."))
    score = loud.analysis.scores["angry"]
    assert score.fired
    assert {(f.phrase, f.excerpt) for f in score.findings} == {
        ("[shouting]", "THIS THE THIRD TIME WRITE"),
        ("[exclamations]", "!!!"),
    }
    assert all(
        f.source.endswith("lexicons/angry.toml:6") or f.source.endswith("lexicons/angry.toml:7") for f in score.findings
    )
    one_signal = run(policy_set, eml("Why does nobody answer?!"))
    assert not one_signal.analysis.scores["angry"].fired
    with_phrase = run(policy_set, eml("This is unacceptable?!"))
    assert with_phrase.analysis.scores["angry"].fired


def test_unknown_signal_is_an_error(tmp_path: Path) -> None:
    import pytest

    from gateway.errors import ConfigError

    with pytest.raises(ConfigError, match=r"angry\.toml:6: signals\.whispering: unknown signal"):
        load(tmp_path, {}, {"angry": ANGRY.replace("shouting = 0.6", "whispering = 0.6")})
