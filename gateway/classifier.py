"""The optional learned layer: a classifier trained on a deployment's own mail adds evidence to detectors.

Classifiers are plugins, found through the `curveball.classifiers` entry-point group, so a
deployment can ship its own (`[project.entry-points."curveball.classifiers"] mine = "pkg:Mine"`).
A plugin class has `train(texts, labels) -> instance`, `save(path)`, `load(path) -> instance` and
`predict(text) -> {tag: probability}`. Its predictions above `[classifier] min_probability` add a
finding ("classifier p=0.93") to that tag's detector, so every tag stays explainable. The lexicon
layer stays the default; nothing is downloaded, models are files the admin trained locally.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from importlib.metadata import entry_points
from pathlib import Path
from typing import Protocol

from gateway.config import ClassifierSettings
from gateway.errors import ConfigError
from gateway.policy.analysis import Analysis, DetectorScore, Finding
from gateway.policy.content import MessageView
from gateway.policy.loader import PolicySet
from gateway.policy.text import normalize

ENTRY_POINT_GROUP = "curveball.classifiers"


class Classifier(Protocol):
    def predict(self, text: str) -> Mapping[str, float]: ...

    def save(self, path: Path) -> None: ...


class ClassifierPlugin(Protocol):
    def train(self, texts: Sequence[str], labels: Sequence[frozenset[str]]) -> Classifier: ...

    def load(self, path: Path) -> Classifier: ...


def plugin(name: str) -> ClassifierPlugin:
    """The plugin registered under `name` (e.g. "linear"), or ConfigError listing what is installed."""
    found = {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}
    if name not in found:
        raise ConfigError([f"[classifier] plugin: no classifier plugin {name!r} (installed: {sorted(found)})"])
    loaded: ClassifierPlugin = found[name].load()()
    return loaded


def classifier_text(subject: str, new_text: str) -> str:
    """What classifiers see: the same normalised text the lexicons match against."""
    return normalize(f"{subject}\n{new_text}").strip()


def add_predictions(
    analysis: Analysis,
    predictions: Mapping[str, float],
    policy_set: PolicySet,
    *,
    min_probability: float,
    weight: float,
) -> Analysis:
    """The analysis with a finding per confident prediction, scores and firing recomputed."""
    scores = dict(analysis.scores)
    for tag, probability in predictions.items():
        if probability < min_probability or tag not in policy_set.detectors:
            continue
        finding = Finding(tag, f"classifier p={probability:.2f}", weight, "body", "", "classifier", None)
        current = scores.get(tag)
        findings = (*(current.findings if current else ()), finding)
        total = round(sum(f.weight for f in findings), 3)
        scores[tag] = DetectorScore(total, total >= policy_set.detectors[tag].threshold, findings)
    return replace(analysis, scores=scores)


class LearnedLayer:
    """A loaded classifier plus its settings, in the shape decide() expects."""

    def __init__(self, classifier: Classifier, *, min_probability: float, weight: float) -> None:
        self._classifier = classifier
        self._min_probability = min_probability
        self._weight = weight

    def apply(self, analysis: Analysis, view: MessageView, policy_set: PolicySet) -> Analysis:
        predictions = self._classifier.predict(classifier_text(view.subject, analysis.new_text))
        return add_predictions(
            analysis, predictions, policy_set, min_probability=self._min_probability, weight=self._weight
        )


def load_learned(settings: ClassifierSettings) -> LearnedLayer | None:
    """The configured learned layer, or None when `[classifier] plugin` is not set."""
    if not settings.plugin:
        return None
    if not settings.model.exists():
        raise ConfigError([f"[classifier] model: {settings.model} not found (train one with `curveball train`)"])
    classifier = plugin(settings.plugin).load(settings.model)
    return LearnedLayer(classifier, min_probability=settings.min_probability, weight=settings.weight)
