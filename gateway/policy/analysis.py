"""Per-message analysis: what the sender wrote now, its language, and every detector's score.

Pure and synchronous. Bounded by a CPU budget checked between steps: analysis that runs past it is
abandoned, and the message is still forwarded, marked `X-Curveball-Analysis: timeout`.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field

from gateway.policy.automation import automated_reason
from gateway.policy.content import MessageView
from gateway.policy.language import UNDETERMINED, detect_language
from gateway.policy.loader import PolicySet
from gateway.policy.matcher import Hit
from gateway.policy.replies import new_text
from gateway.policy.text import normalize

EXCERPT_CONTEXT = 40


@dataclass(frozen=True)
class Finding:
    """One phrase that matched: the unit of every explanation."""

    detector: str
    phrase: str
    weight: float
    where: str  # subject | body
    excerpt: str
    source: str  # file:line of the phrase
    language: str | None


@dataclass(frozen=True)
class DetectorScore:
    score: float
    fired: bool
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class Analysis:
    status: str  # ok | timeout
    language: str
    automated: str | None  # why the message looks machine-made, or None
    new_text: str
    scores: Mapping[str, DetectorScore] = field(default_factory=dict)
    elapsed_ms: float = 0.0

    def fired(self, detector: str) -> bool:
        score = self.scores.get(detector)
        return score is not None and score.fired


class _Deadline:
    def __init__(self, budget: float) -> None:
        self.start = time.perf_counter()
        self.end = self.start + budget

    def passed(self) -> bool:
        return time.perf_counter() > self.end

    def elapsed_ms(self) -> float:
        return round((time.perf_counter() - self.start) * 1000, 3)


def _excerpt(text: str, hit: Hit) -> str:
    start = max(0, hit.start - EXCERPT_CONTEXT)
    end = min(len(text), hit.end + EXCERPT_CONTEXT)
    if start > 0:
        start = text.find(" ", start) + 1
    if end < len(text):
        end = text.rfind(" ", 0, end)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) - 1 else ""
    return prefix + text[start:end].strip() + suffix


def score_hits(policy_set: PolicySet, hits_by_place: list[tuple[str, str, list[Hit]]]) -> dict[str, DetectorScore]:
    """Each distinct phrase counts once per detector (the same words listed under several languages
    are one phrase); where several positive phrases of a detector match at the same spot ("refund*"
    and "refund"), only the strongest counts."""
    matcher = policy_set.matcher
    by_words: dict[tuple[str, str], tuple[Hit, str, str]] = {}
    for where, text, hits in hits_by_place:
        for hit in hits:
            phrase = matcher.phrases[hit.phrase]
            key = (phrase.detector, matcher.key_of(hit.phrase))
            known = by_words.get(key)
            if known is None or phrase.weight > matcher.phrases[known[0].phrase].weight:
                by_words[key] = (hit, where, text)
    # Competing positive phrases at one spot collapse to the strongest; exceptions (negative weights)
    # always count, so "refund policy" (-) still cancels "refund*" (+) that starts at the same word.
    by_spot: dict[tuple[str, str, int], tuple[Hit, str, str]] = {}
    counted: list[tuple[Hit, str, str]] = []
    for (detector, _), (hit, where, text) in by_words.items():
        if matcher.phrases[hit.phrase].weight < 0:
            counted.append((hit, where, text))
            continue
        spot = (detector, where, hit.start)
        known = by_spot.get(spot)
        if known is None or matcher.phrases[hit.phrase].weight > matcher.phrases[known[0].phrase].weight:
            by_spot[spot] = (hit, where, text)
    counted += by_spot.values()
    grouped: dict[str, list[Finding]] = {}
    for hit, where, text in counted:
        phrase = matcher.phrases[hit.phrase]
        finding = Finding(
            phrase.detector, phrase.text, phrase.weight, where, _excerpt(text, hit), phrase.source, phrase.language
        )
        grouped.setdefault(finding.detector, []).append(finding)
    scores = {}
    for detector, findings in grouped.items():
        total = round(sum(f.weight for f in findings), 3)
        spec = policy_set.detectors.get(detector)
        threshold = spec.threshold if spec else 1.0
        scores[detector] = DetectorScore(total, total >= threshold, tuple(findings))
    return scores


def analyze(view: MessageView, policy_set: PolicySet, *, budget: float = 0.25) -> Analysis:
    deadline = _Deadline(budget)
    automated = automated_reason(view)

    def timed_out() -> Analysis:
        return Analysis("timeout", UNDETERMINED, automated, "", {}, deadline.elapsed_ms())

    body = new_text(view.text)
    if deadline.passed():
        return timed_out()
    subject_normal = normalize(view.subject, policy_set.masks)
    body_normal = normalize(body, policy_set.masks)
    if deadline.passed():
        return timed_out()
    scores = score_hits(
        policy_set,
        [
            ("subject", subject_normal, policy_set.matcher.scan(subject_normal)),
            ("body", body_normal, policy_set.matcher.scan(body_normal)),
        ],
    )
    if deadline.passed():
        return timed_out()
    language = detect_language(f"{view.subject}\n{body}")
    if deadline.passed():
        return timed_out()
    return Analysis("ok", language, automated, body, scores, deadline.elapsed_ms())
