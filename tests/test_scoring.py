"""How phrase weights add up: once per phrase, strongest per spot, exceptions always count."""

from __future__ import annotations

from pathlib import Path

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
