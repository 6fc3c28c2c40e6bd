"""`curveball calibrate`: fit a detector's phrase, combo and class weights, and its threshold, on labelled mail.

Why: hand-set weights are tuned one phrase at a time, and on mail nobody tuned on the misses are
often near misses (two or three weak phrases that add up to .7-.9 of the threshold). A logistic
fit over every message at once, pulled toward the written weights (an L2 prior, `strength`), moves
only what the labelled mail gives evidence for: the phrases it never shows keep their weights.
Measured by time split on the dev sets (fit on the sets before a lexicon round, test on that
round's set, which those lexicons never saw), it raised recall by 9-11 points at about the same
precision (docs/architecture.md, "Calibrated weights").

The steps read top to bottom: `collect` runs each labelled message through the gateway's own
analysis (weights as written) and keeps, per detector, which entries counted and how much;
`fit` is pure arithmetic (NumPy/SciPy, from the optional `ml` extra); `render` writes the
`calibration/<detector>.toml` that `gateway.policy.calibration` applies at load time. The file's
`[fit]` table is its `Recipe` (the mail and the options it was fitted with), so that
`curveball calibrate --refit` repeats the fit after a lexicon edit or an upgrade.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from gateway.errors import ConfigError
from gateway.evaluation import Counts, inspect_corpus_message
from gateway.labelled import LabelledMessage
from gateway.policy.analysis import REPLY_SUBJECT_FACTOR, REPLY_SUBJECT_NOTE
from gateway.policy.loader import PolicySet
from gateway.policy.matcher import PHRASE
from gateway.tomlfile import load_toml

SCALE = 6.0  # logistic slope per unit of score: 0.1 over the threshold is a probability of about .65
MIN_EXAMPLES = 20  # per class (positives, negatives) before a detector is fitted at all
_BUDGET = 5.0

CLASS_PULL = 3.0  # classes have no written weight (0): pulled toward it harder than phrases
CLASS_BOUND = 1.0  # and never more than this either way: a class is context, not a phrase
CLASS_FLOOR = 0.05  # a class weight smaller than this is dropped: evidence too faint to explain

Key = tuple[str, str]  # ("phrase", text) | ("combo", "service+failure") | ("class", "scope")


@dataclass(frozen=True)
class Example:
    """One labelled message, as one detector saw it with the weights as written."""

    positive: bool
    counted: Mapping[Key, float]  # entry -> share of its written weight that counted (1, or 0.5 in a reply subject)
    fixed: float  # what the rest added (signals, entries whose written weight is ambiguous)
    group: str = ""  # the manifest it came from: cross-validation holds out whole batches


@dataclass(frozen=True)
class Recipe:
    """What a calibration was fitted on and how: the command line that made it, kept as data."""

    sources: tuple[str, ...] = ()  # folders of manifests; with `labels`, the Maildirs/mboxes it names mail in
    labels: str | None = None
    strength: float = 1.0
    margin: float = 0.1
    keep_weak: bool = False

    @property
    def options(self) -> str:
        return f"--strength {self.strength:g} --margin {self.margin:g}" + (" --keep-weak" if self.keep_weak else "")

    def table(self) -> list[str]:
        """The `[fit]` table of a calibration file."""
        lines = ["[fit]", f"sources = [{', '.join(_toml_string(s) for s in self.sources)}]"]
        if self.labels is not None:
            lines.append(f"labels = {_toml_string(self.labels)}")
        keep_weak = "true" if self.keep_weak else "false"
        return [*lines, f"strength = {self.strength!r}", f"margin = {self.margin!r}", f"keep_weak = {keep_weak}"]


class RecipeError(ValueError):
    """A calibration file that does not say how it was fitted (or says it wrongly)."""


def read_recipe(path: Path) -> Recipe:
    """The `[fit]` table of a calibration file, checked; the error names the file and line."""
    try:
        doc = load_toml(path)
    except ConfigError as exc:
        raise RecipeError("; ".join(exc.problems)) from None
    table = doc.data.get("fit")
    if not isinstance(table, dict):
        raise RecipeError(
            f"{path}: no [fit] table: it was written before calibration files recorded how they were fitted; "
            "run curveball calibrate once with the folders and options its header names, with --write"
        )
    sources, labels = table.get("sources", []), table.get("labels")
    strength, margin = table.get("strength", Recipe.strength), table.get("margin", Recipe.margin)
    keep_weak = table.get("keep_weak", Recipe.keep_weak)
    if not (isinstance(sources, list) and all(isinstance(s, str) for s in sources)) or not (sources or labels):
        raise RecipeError(f"{doc.where(('fit', 'sources'))}: sources: expected a list of folders (strings)")
    if labels is not None and not isinstance(labels, str):
        raise RecipeError(f"{doc.where(('fit', 'labels'))}: labels: expected the path of a labels file")
    for key, value in (("strength", strength), ("margin", margin)):
        if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
            raise RecipeError(f"{doc.where(('fit', key))}: {key}: expected a number >= 0")
    if not isinstance(keep_weak, bool):
        raise RecipeError(f"{doc.where(('fit', 'keep_weak'))}: keep_weak: expected true or false")
    return Recipe(tuple(sources), labels, float(strength), float(margin), keep_weak)


@dataclass(frozen=True)
class Fitted:
    detector: str
    written_threshold: float
    threshold: float
    weights: dict[Key, tuple[float, float]]  # entry -> (written, fitted), only where they differ
    before: Counts
    after: Counts
    examples: int


def written_weights(policy_set: PolicySet) -> dict[str, dict[Key, set[float]]]:
    """Per detector, every weight each calibratable entry is written with."""
    weights: dict[str, dict[Key, set[float]]] = {}
    for phrase in policy_set.matcher.phrases:
        if phrase.role == PHRASE and phrase.detector in policy_set.detectors:
            weights.setdefault(phrase.detector, {}).setdefault(("phrase", phrase.text), set()).add(phrase.weight)
    for name, detector in policy_set.detectors.items():
        for combo in detector.combos:
            weights.setdefault(name, {}).setdefault(("combo", "+".join(combo.need)), set()).add(combo.weight)
        for concept in detector.classes:
            weights.setdefault(name, {})[("class", concept)] = {0.0}
    return weights


def _key(phrase: str, signals: frozenset[str]) -> Key | None:
    if phrase.startswith("[") and phrase.endswith("]"):
        name = phrase[1:-1]
        if name in signals:
            return None
        return ("combo", name) if "+" in name else ("class", name)  # a class name has no "+"
    return ("phrase", phrase)


def probing(policy_set: PolicySet) -> PolicySet:
    """The set with every class weighing 0: each class found shows as a finding, for the fit to weigh."""
    detectors = {
        name: replace(d, class_weights=tuple((c, 0.0, "") for c in sorted(d.classes)))
        for name, d in policy_set.detectors.items()
    }
    return replace(policy_set, detectors=detectors)


def collect(
    policy_set: PolicySet, messages: Iterable[LabelledMessage], written: Mapping[str, Mapping[Key, set[float]]]
) -> dict[str, list[Example]]:
    """Examples per detector from labelled mail: a message counts for a detector it expects or forbids.
    `written` is `written_weights(policy_set)`."""
    policy_set = probing(policy_set)
    signals_of = {name: frozenset(s for s, _, _ in d.signals) for name, d in policy_set.detectors.items()}
    examples: dict[str, list[Example]] = {name: [] for name in policy_set.detectors}
    for message in messages:
        expect = message.expect
        scored = (expect | message.forbid) & policy_set.detectors.keys()
        if not scored:
            continue
        analysis = inspect_corpus_message(message.raw, policy_set, _BUDGET).analysis
        for name in sorted(scored):
            signals = signals_of[name]
            counted: dict[Key, float] = {}
            fixed = 0.0
            score = analysis.scores.get(name)
            for finding in score.findings if score else ():
                key = _key(finding.phrase, signals)
                if key is not None and key[0] == "class":
                    counted[key] = REPLY_SUBJECT_FACTOR if finding.note == REPLY_SUBJECT_NOTE else 1.0
                    continue
                if finding.weight == 0:
                    continue  # discounted: negated, no target, another language's phrase
                known = written.get(name, {}).get(key, set()) if key else set()
                if key is not None and len(known) == 1:
                    counted[key] = counted.get(key, 0.0) + finding.weight / next(iter(known))
                else:  # a signal, or the same text written with two weights: left as it is
                    fixed += finding.weight
            examples[name].append(Example(name in expect, counted, fixed, message.group))
    return examples


def _outcome(scores: Sequence[float], labels: Sequence[bool], threshold: float, counts: Counts | None = None) -> Counts:
    """tp/fp/fn of `scores` at `threshold`, added to `counts` when given."""
    counts = Counts() if counts is None else counts
    for score, positive in zip(scores, labels, strict=True):
        counts.record(positive, score >= threshold - 1e-9)
    return counts


def fit(
    detector: str,
    examples: Sequence[Example],
    written: Mapping[Key, set[float]],
    threshold: float,
    *,
    strength: float = 1.0,
    margin: float = 0.1,
    keep_weak: bool = False,
) -> Fitted | None:
    """Weights that fit the examples best, pulled toward the written ones by `strength`, and the
    lowest threshold (two decimals) that fires on no more labelled negatives than the written
    weights did, `margin` above the highest of the others. With `keep_weak`, a phrase or combo
    written below the threshold stays below the new one: it still needs company to fire, as its
    author meant (this can only remove firings). None when the examples are too few."""
    import numpy as np
    from scipy import optimize, sparse

    labels = [e.positive for e in examples]
    if sum(labels) < MIN_EXAMPLES or len(labels) - sum(labels) < MIN_EXAMPLES:
        return None
    keys = sorted({key for e in examples for key in e.counted})
    index = {key: i for i, key in enumerate(keys)}
    prior = np.array([next(iter(written[key])) for key in keys])
    pull = np.array([strength * CLASS_PULL if key[0] == "class" else strength for key in keys])
    rows, cols, values = [], [], []
    for row, example in enumerate(examples):
        for key, share in example.counted.items():
            rows.append(row)
            cols.append(index[key])
            values.append(share)
    counted = sparse.csr_matrix((values, (rows, cols)), shape=(len(examples), len(keys)))
    fixed = np.array([e.fixed for e in examples])
    y = np.array(labels, dtype=float)

    def loss(params: Any) -> tuple[float, Any]:
        weights, bias = params[:-1], params[-1]
        z = SCALE * (counted @ weights + fixed - threshold) + bias
        gap = weights - prior
        value = float(np.sum(np.logaddexp(0.0, z) - y * z) + pull @ (gap * gap))
        residual = 1.0 / (1.0 + np.exp(-z)) - y
        gradient = np.concatenate([SCALE * (counted.T @ residual) + 2 * pull * gap, [residual.sum()]])
        return value, gradient

    # A weight keeps its sign: an exception stays an exception. A class may go either way.
    bounds = [
        (-CLASS_BOUND, CLASS_BOUND) if key[0] == "class" else (0.0, 3.0) if w > 0 else (-3.0, 0.0)
        for key, w in zip(keys, prior, strict=True)
    ] + [(None, None)]
    result = optimize.minimize(loss, np.concatenate([prior, [0.0]]), jac=True, method="L-BFGS-B", bounds=bounds)
    fitted = np.round(result.x[:-1], 2)
    faint = np.array([key[0] == "class" for key in keys]) & (np.abs(fitted) < CLASS_FLOOR)
    fitted[faint] = 0.0
    before_scores = counted @ prior + fixed
    after_scores = counted @ fitted + fixed
    before = _outcome(before_scores.tolist(), labels, threshold)
    negatives = sorted((s for s, p in zip(after_scores.tolist(), labels, strict=True) if not p), reverse=True)
    # The lowest two-decimal threshold above the negative that would add a false positive.
    if before.fp < len(negatives):
        new_threshold = math.floor(negatives[before.fp] * 100 + 1e-6) / 100 + max(margin, 0.01)
    else:
        new_threshold = threshold
    # Never far from the written threshold: a detector whose negatives all score nothing is not a
    # reason to fire on any single phrase.
    new_threshold = round(min(max(new_threshold, threshold / 2), threshold * 1.5), 2)
    if keep_weak:
        weak = np.array([key[0] != "class" and 0 < w < threshold for key, w in zip(keys, prior, strict=True)])
        fitted[weak] = np.minimum(fitted[weak], round(new_threshold - 0.01, 2))
        after_scores = counted @ fitted + fixed
    weights = {
        key: (float(prior[i]), float(fitted[i])) for i, key in enumerate(keys) if abs(fitted[i] - prior[i]) >= 0.005
    }
    after = _outcome(after_scores.tolist(), labels, new_threshold)
    return Fitted(detector, threshold, new_threshold, weights, before, after, len(examples))


def largest_changes(fitted: Fitted, count: int) -> list[str]:
    """The `count` entries whose weight moved most, for a person to look over before --write:
    `"is down" 0.6 -> 0.78`, `[service+failure] 0.4 -> 0.55`, `[scope] 0 -> 0.3`."""
    moved = sorted(fitted.weights.items(), key=lambda item: (-abs(item[1][1] - item[1][0]), item[0]))
    return [
        f"{f'[{key[1]}]' if key[0] != 'phrase' else _toml_string(key[1])} {_number(w)} -> {_number(f)}"
        for key, (w, f) in moved[:count]
    ]


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:.1f}"


def render(fitted: Fitted, recipe: Recipe) -> str:
    """The calibration file of one detector: deterministic (sorted, two decimals) for a clean diff,
    with the recipe (`[fit]`) that `--refit` repeats."""
    b, a = fitted.before, fitted.after
    named = ([recipe.labels] if recipe.labels is not None else []) + list(recipe.sources)
    lines = [
        f"# Calibrated weights of the {fitted.detector!r} detector, written by `curveball calibrate`.",
        "# Each value is [as written in the lexicon, fitted]; a fitted value applies only while the lexicon",
        "# still says the written one. Do not edit: change the lexicon and run curveball calibrate --refit.",
        f"# Fitted on {fitted.examples} labelled messages ({recipe.options}) from: {', '.join(named)}",
        f"# On them, written weights: tp {b.tp} fp {b.fp} fn {b.fn}; fitted: tp {a.tp} fp {a.fp} fn {a.fn}.",
        "",
        "[detector]",
        f"name = {_toml_string(fitted.detector)}",
        f"threshold = [{_number(fitted.written_threshold)}, {_number(fitted.threshold)}]",
        "",
        *recipe.table(),
    ]
    for kind, section in (("phrase", "phrases"), ("combo", "combos"), ("class", "classes")):
        entries = sorted((key[1], pair) for key, pair in fitted.weights.items() if key[0] == kind)
        if entries:
            lines += ["", f"[{section}]"]
            lines += [f"{_toml_string(text)} = [{_number(w)}, {_number(f)}]" for text, (w, f) in entries]
    return "\n".join(lines) + "\n"


def score(example: Example, weights: Mapping[Key, tuple[float, float]], written: Mapping[Key, set[float]]) -> float:
    """What a message scores with fitted weights (an entry not fitted keeps its written weight)."""
    total = example.fixed
    for key, share in example.counted.items():
        total += share * (weights[key][1] if key in weights else next(iter(written[key])))
    return total


def cross_validate(
    detector: str,
    examples: Sequence[Example],
    written: Mapping[Key, set[float]],
    threshold: float,
    *,
    folds: int = 5,
    strength: float = 1.0,
    margin: float = 0.1,
    keep_weak: bool = False,
) -> tuple[Counts, Counts] | None:
    """Written against fitted weights on mail the fit did not see: each fold is fitted on the others
    and measured on itself. Folds hold out whole manifests (a dev set's batches) when there are
    enough of them, so a fold's wording is new to the fit, as a new customer's would be. The figures
    `fit` reports are measured on its own examples, and are always optimistic."""
    import zlib

    by_group = len({e.group for e in examples}) >= folds
    fold_of = [zlib.crc32(e.group.encode()) % folds if by_group else n % folds for n, e in enumerate(examples)]
    before, after = Counts(), Counts()
    for fold in range(folds):
        train = [e for e, f in zip(examples, fold_of, strict=True) if f != fold]
        test = [e for e, f in zip(examples, fold_of, strict=True) if f == fold]
        fitted = fit(detector, train, written, threshold, strength=strength, margin=margin, keep_weak=keep_weak)
        if fitted is None or not test:
            return None
        labels = [e.positive for e in test]
        for counts, scores, cut in (
            (before, [score(e, {}, written) for e in test], threshold),
            (after, [score(e, fitted.weights, written) for e in test], fitted.threshold),
        ):
            _outcome(scores, labels, cut, counts)
    return before, after
