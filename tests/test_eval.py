"""Detection quality on the labelled corpus must not fall below the recorded floors.

The corpus was written independently of the lexicons; the floors are the measured figures minus a
small margin (tests/corpus/floors.toml), so any change that makes detection worse is caught.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from gateway.evaluation import Report, evaluate_corpus, wilson_lower
from gateway.policy.loader import load_policy_set

ROOT = Path(__file__).parent.parent
Floors = dict[str, Any]  # {"overall": {tag: {precision, recall}}, "by_language": {tag: {lang: {...}}}}
CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate_corpus(CORPUS, load_policy_set(ROOT / "policies", routes=None))


@pytest.fixture(scope="module")
def floors() -> Floors:
    data: Floors = tomllib.loads((CORPUS / "floors.toml").read_text())
    return data


def test_corpus_is_large_and_multilingual(report: Report) -> None:
    assert report.messages >= 500
    main = ("en", "de", "da", "ro", "pl", "es", "fr", "nl", "sv", "it", "pt")
    assert all(report.languages.get(lang, 0) >= 25 for lang in main), report.languages


def test_every_tag_meets_its_floor(report: Report, floors: Floors) -> None:
    below = []
    for tag, floor in floors["overall"].items():
        counts = report.by_tag[tag]
        if counts.precision < floor["precision"] or counts.recall < floor["recall"]:
            below.append(f"{tag}: precision {counts.precision:.3f} recall {counts.recall:.3f} (floor {floor})")
    assert not below, "\n".join(below)


def test_critical_tags_meet_their_floor_in_every_language(report: Report, floors: Floors) -> None:
    below = []
    for tag, languages in floors["by_language"].items():
        for lang, floor in languages.items():
            counts = report.by_tag_language[(tag, lang)]
            if counts.precision < floor["precision"] or counts.recall < floor["recall"]:
                below.append(f"{tag}/{lang}: {counts.precision:.2f}/{counts.recall:.2f} (floor {floor})")
    assert not below, "\n".join(below)


def test_automated_is_right_for_every_standard_form(report: Report) -> None:
    counts = report.by_tag["automated"]
    assert (counts.precision, counts.recall) == (1.0, 1.0)


@pytest.mark.parametrize(
    ("successes", "total", "low"),
    [(0, 0, 0.0), (2, 2, 0.3424), (28, 28, 0.8794), (50, 100, 0.4038), (0, 5, 0.0), (99, 100, 0.9455)],
)
def test_wilson_lower_bound(successes: int, total: int, low: float) -> None:
    assert round(wilson_lower(successes, total), 4) == low
