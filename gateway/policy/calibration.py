"""Calibrated weights: phrase, combo, class and threshold values fitted on labelled mail (`curveball calibrate`).

A lexicon's weights are written by hand, one phrase at a time. Fitted jointly on labelled mail they
carry over better to mail nobody tuned on (several weak phrases that together mean the tag get the
weight to add up; a phrase that mostly shows up in harmless mail loses some). The fitted values
live beside the lexicons, never in them, one file per detector:

    policies/calibration/outage.toml
        [detector]
        name = "outage"
        threshold = [1.0, 0.86]          # [as written in the lexicon, fitted]
        [fit]                            # how: what `curveball calibrate --refit` repeats
        sources = ["/srv/labelled"]
        strength = 1.0
        margin = 0.1
        keep_weak = false
        [phrases]
        "is down" = [0.6, 0.78]          # phrase text, in any of the detector's language tables
        [combos]
        "service+failure" = [0.4, 0.55]  # a [[combos]] entry, by the classes it needs
        [classes]
        "scope" = [0, 0.3]               # a class of [classes.xx] found anywhere in the message

Every value keeps the weight it was fitted from. A fitted value applies only while the lexicon
still says that weight: an admin who edits a phrase's weight gets exactly what they wrote, and
the stale entry is ignored until the next `curveball calibrate`. Refitting always starts from the
written weights, so repeated runs do not drift. A class has no weight of its own in a lexicon
(written 0); a fitted class weight counts once per message when any member of the class is found,
like a phrase: "everyone" and "since nine" are weak alone and mean an outage together with a
failure word anywhere in the mail, not only within a combo's window.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from gateway.errors import ConfigError
from gateway.policy.matcher import Combo, Phrase
from gateway.tomlfile import TomlDocument, load_toml

FOLDER = "calibration"
_SAME = 1e-9
_Weighted = TypeVar("_Weighted", Phrase, Combo)


@dataclass(frozen=True)
class Calibration:
    """The fitted values of one detector, each with the written value it was fitted from."""

    detector: str
    source: str
    threshold: tuple[float, float] | None = None
    phrases: dict[str, tuple[float, float]] = field(default_factory=dict)
    combos: dict[str, tuple[float, float]] = field(default_factory=dict)
    classes: dict[str, tuple[float, float]] = field(default_factory=dict)

    def phrase(self, phrase: Phrase) -> Phrase:
        """The phrase with its fitted weight, when it was fitted from the weight it has now."""
        return _fitted(phrase, self.phrases.get(phrase.text))

    def combo(self, combo: Combo) -> Combo:
        return _fitted(combo, self.combos.get("+".join(combo.need)))

    def class_weights(self, classes: frozenset[str]) -> tuple[tuple[str, float, str], ...]:
        """(class, fitted weight, source) for the detector's classes; a class the lexicons no longer
        have is ignored, like a stale phrase."""
        return tuple(
            (name, fitted, f"{self.source} (calibrated class)")
            for name, (written, fitted) in sorted(self.classes.items())
            if name in classes and abs(written) < _SAME and fitted != 0
        )

    def stale(self, applied: set[tuple[str, str]], classes: frozenset[str]) -> list[str]:
        """The entries that did not apply: their lexicon weight changed, or the phrase is gone."""
        stale = [f'"{text}"' for text in sorted(self.phrases) if ("phrase", text) not in applied]
        stale += [f"[{name}]" for name in sorted(self.combos) if ("combo", name) not in applied]
        stale += [f"[{name}]" for name, (w, _) in sorted(self.classes.items()) if name not in classes or w != 0]
        if self.threshold is not None and ("threshold", "") not in applied:
            stale.append("threshold")
        return stale

    def threshold_for(self, written: float) -> float:
        """The fitted threshold when it was fitted from `written`, else `written` itself (the same object)."""
        if self.threshold is not None and abs(self.threshold[0] - written) < _SAME:
            return self.threshold[1]
        return written


def _fitted(item: _Weighted, pair: tuple[float, float] | None) -> _Weighted:
    """The item with its fitted weight; its source says so, for every explanation that quotes it."""
    if pair is None or abs(pair[0] - item.weight) >= _SAME:
        return item
    return replace(item, weight=pair[1], source=f"{item.source} (calibrated from {pair[0]:g})")


def _pair(
    doc: TomlDocument, loc: tuple[str | int, ...], value: object, problems: list[str]
) -> tuple[float, float] | None:
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int | float) and not isinstance(v, bool) and -3.0 <= v <= 3.0 for v in value)
    ):
        return float(value[0]), float(value[1])
    problems.append(f"{doc.where(loc)}: expected [written, fitted]: two numbers from -3 to 3")
    return None


def _table(doc: TomlDocument, section: str, problems: list[str]) -> dict[str, tuple[float, float]]:
    table = doc.data.get(section, {})
    if not isinstance(table, dict):
        problems.append(f'{doc.where((section,))}: {section}: expected a table of "text" = [written, fitted]')
        return {}
    pairs = {}
    for key, value in table.items():
        pair = _pair(doc, (section, key), value, problems)
        if pair is not None:
            pairs[key] = pair
    return pairs


def load_calibration(path: Path, problems: list[str]) -> Calibration | None:
    """One calibration file, or None with its problems (file:line) added to `problems`."""
    try:
        doc = load_toml(path)
    except ConfigError as exc:
        problems.extend(exc.problems)
        return None
    before = len(problems)
    # [fit] records how the values were fitted, for `curveball calibrate --refit`; loading ignores it.
    unknown = sorted(set(doc.data) - {"detector", "fit", "phrases", "combos", "classes"})
    for key in unknown:
        problems.append(
            f"{doc.where((key,))}: {key}: unknown key (expected [detector], [fit], [phrases], [combos], [classes])"
        )
    header = doc.data.get("detector")
    name = header.get("name") if isinstance(header, dict) else None
    if not isinstance(name, str):
        problems.append(f'{doc.where(("detector",))}: [detector] name = "..." is required')
        return None
    threshold = None
    if isinstance(header, dict) and "threshold" in header:
        threshold = _pair(doc, ("detector", "threshold"), header["threshold"], problems)
    calibration = Calibration(
        name,
        str(path),
        threshold,
        _table(doc, "phrases", problems),
        _table(doc, "combos", problems),
        _table(doc, "classes", problems),
    )
    return calibration if len(problems) == before else None
