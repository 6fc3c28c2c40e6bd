"""Per-message analysis: what the sender wrote now, its language, and every detector's score.

Pure and synchronous. Bounded by a CPU budget checked between steps: analysis that runs past it is
abandoned, and the message is still forwarded, marked `X-Curveball-Analysis: timeout`.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from gateway.policy.automation import automated_reason
from gateway.policy.content import MessageView
from gateway.policy.language import UNDETERMINED, detect_language
from gateway.policy.loader import MAX_NEGATOR_WINDOW, PolicySet
from gateway.policy.matcher import NEGATOR, PHRASE, TARGET, Hit, PhraseMatcher
from gateway.policy.replies import new_text
from gateway.policy.signals import SIGNALS
from gateway.policy.text import normalize_clauses

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
    # Why a positive phrase counted 0: 'negated by "not going to" (file:line)' or 'no target ...'.
    note: str = ""


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


Place = tuple[str, str, list[Hit]]  # where (subject | body), normalised text, hits in it


_WORD_START = re.compile(r"(?:^|(?<= ))[^ ]")


def _word_starts(text: str) -> list[int]:
    """Where each word of a normalised text begins (words are separated by single spaces)."""
    return [match.start() for match in _WORD_START.finditer(text)]


def _words_between(text: str, starts: Sequence[int], start: int, end: int) -> int:
    """How many words text[start:end] touches (as len(text[start:end].split())), by binary search."""
    if start >= end:
        return 0
    partial = 1 if text[start] != " " and start > 0 and text[start - 1] != " " else 0
    return bisect_left(starts, end) - bisect_left(starts, start) + partial


def _crosses(breaks: Sequence[int], start: int, end: int) -> bool:
    """Is there a clause end at a space from `start` to `end` (inclusive)?"""
    index = bisect_left(breaks, start)
    return index < len(breaks) and breaks[index] <= end


class _Context:
    """Negators and targets found in one place, by detector, for the phrases found there."""

    def __init__(self, matcher: PhraseMatcher, hits: list[Hit], text: str, breaks: Sequence[int]) -> None:
        self.matcher = matcher
        self.text = text
        self.breaks = breaks
        self._starts: list[int] | None = None
        self.negators: dict[str, list[Hit]] = {}
        self._negator_ends: dict[str, list[int]] = {}
        self.targets: dict[str, list[Hit]] = {}
        exceptions: dict[str, list[Hit]] = {}
        for hit in hits:
            phrase = matcher.phrases[hit.phrase]
            if phrase.role == NEGATOR:
                found = exceptions if phrase.window < 0 else self.negators
                found.setdefault(phrase.detector, []).append(hit)
            elif phrase.role == TARGET:
                self.targets.setdefault(phrase.detector, []).append(hit)
        # An exception ("not hesitate", "hésiterai pas") disables the negators sharing a word with it
        # ("will not" as well as "not" in "I will not hesitate to sue").
        for detector, spans in exceptions.items():
            if detector in self.negators:
                self.negators[detector] = [
                    h
                    for h in self.negators[detector]
                    if not any(e.start < h.end - 1 and h.start < e.end - 1 for e in spans)
                ]

    @property
    def starts(self) -> list[int]:
        """Word starts, computed on first use: only places with negators or targets need them."""
        if self._starts is None:
            self._starts = _word_starts(self.text)
        return self._starts

    def negated_by(self, hit: Hit, detector: str) -> Hit | None:
        negators = self.negators.get(detector)
        if not negators:
            return None
        ends = self._negator_ends.get(detector)
        if ends is None:  # sorted once per detector, so each hit looks only at negators just before it
            negators.sort(key=lambda h: h.end)
            ends = self._negator_ends[detector] = [h.end for h in negators]
        # No negator reaches further than MAX_NEGATOR_WINDOW words: start at the word that far back.
        index = bisect_left(self.starts, hit.start)
        earliest = self.starts[max(0, index - MAX_NEGATOR_WINDOW - 1)] if self.starts else 0
        for negator in negators[bisect_left(ends, earliest) : bisect_right(ends, hit.start + 1)]:
            window = self.matcher.phrases[negator.phrase].window
            if (
                negator.start < hit.start
                and _words_between(self.text, self.starts, negator.end, hit.start) <= window
                and not _crosses(self.breaks, negator.end - 1, hit.start)
            ):
                return negator
        return None

    def targeted(self, hit: Hit, detector: str, window: int) -> bool:
        for target in self.targets.get(detector, ()):
            if target.start >= hit.start and target.end <= hit.end:
                return True  # the target is part of the phrase ("you idiot")
            if target.end <= hit.start + 1:
                gap = (target.end, hit.start)
            elif target.start >= hit.end - 1:
                gap = (hit.end, target.start)
            else:
                continue
            if _words_between(self.text, self.starts, *gap) <= window and not _crosses(self.breaks, gap[0] - 1, gap[1]):
                return True
        return False


def _weigh(matcher: PhraseMatcher, hit: Hit, context: _Context) -> tuple[float, str]:
    """The weight a hit counts with here, and why it is 0 when a negator or a missing target made it so."""
    phrase = matcher.phrases[hit.phrase]
    if phrase.weight <= 0:
        return phrase.weight, ""
    negator = context.negated_by(hit, phrase.detector)
    if negator is not None:
        source = matcher.phrases[negator.phrase]
        return 0.0, f'negated by "{source.text}" ({source.source})'
    if phrase.window > 0 and not context.targeted(hit, phrase.detector, phrase.window):
        return 0.0, f"not aimed at anyone: no target word within {phrase.window} words"
    return phrase.weight, ""


def score_hits(
    policy_set: PolicySet,
    hits_by_place: list[Place],
    breaks_by_place: Mapping[str, Sequence[int]] | None = None,
) -> dict[str, DetectorScore]:
    """Each distinct phrase counts once per detector (the same words listed under several languages
    are one phrase); where several positive phrases of a detector match at the same spot ("refund*"
    and "refund"), only the strongest counts.

    A positive phrase counts 0 when a negator of its detector stands shortly before it in the same
    clause ("not going to sue"), or when it needs a target and none is near ("idiot" with no "you").
    Such findings are kept, with weight 0 and a note, so the explanation says what was discounted."""
    matcher = policy_set.matcher
    breaks_by_place = breaks_by_place or {}
    weighed: list[tuple[Hit, str, str, float, str]] = []
    for where, text, hits in hits_by_place:
        context = _Context(matcher, hits, text, breaks_by_place.get(where, ()))
        for hit in hits:
            if matcher.phrases[hit.phrase].role == PHRASE:
                weighed.append((hit, where, text, *_weigh(matcher, hit, context)))
    # One occurrence per phrase: the one that counts most (a negated "sue" does not hide a real one).
    by_words: dict[tuple[str, str], tuple[Hit, str, str, float, str]] = {}
    for item in weighed:
        phrase = matcher.phrases[item[0].phrase]
        key = (phrase.detector, matcher.key_of(item[0].phrase))
        known = by_words.get(key)
        if known is None or item[3] > known[3]:
            by_words[key] = item
    # Competing positive phrases at one spot collapse to the strongest; exceptions (negative weights)
    # always count, so "refund policy" (-) still cancels "refund*" (+) that starts at the same word.
    by_spot: dict[tuple[str, str, int], tuple[Hit, str, str, float, str]] = {}
    counted: list[tuple[Hit, str, str, float, str]] = []
    for (detector, _), item in by_words.items():
        if matcher.phrases[item[0].phrase].weight < 0:
            counted.append(item)
            continue
        spot = (detector, item[1], item[0].start)
        known = by_spot.get(spot)
        if known is None or item[3] > known[3]:
            by_spot[spot] = item
    counted += by_spot.values()
    grouped: dict[str, list[Finding]] = {}
    for hit, where, text, weight, note in counted:
        phrase = matcher.phrases[hit.phrase]
        excerpt = _excerpt(text, hit)
        finding = Finding(
            phrase.detector,
            phrase.text,
            weight,
            where,
            f"[{note}] {excerpt}" if note else excerpt,
            phrase.source,
            phrase.language,
            note,
        )
        grouped.setdefault(finding.detector, []).append(finding)
    scores = {}
    for detector, findings in grouped.items():
        total = round(sum(f.weight for f in findings), 3)
        spec = policy_set.detectors.get(detector)
        threshold = spec.threshold if spec else 1.0
        scores[detector] = DetectorScore(total, total >= threshold, tuple(findings))
    return scores


def add_signals(scores: dict[str, DetectorScore], policy_set: PolicySet, subject: str, body: str) -> None:
    """Each opted-in signal that shows adds its weight to the detector, as an explained finding."""
    for detector in policy_set.detectors.values():
        if not detector.signals:
            continue
        added = []
        for name, weight, source in detector.signals:
            for where, text in (("subject", subject), ("body", body)):
                shown = SIGNALS[name](text)
                if shown:
                    added.append(Finding(detector.name, f"[{name}]", weight, where, shown, source, None))
                    break
        if added:
            current = scores.get(detector.name)
            findings = (*(current.findings if current else ()), *added)
            total = round(sum(f.weight for f in findings), 3)
            scores[detector.name] = DetectorScore(total, total >= detector.threshold, findings)


def analyze(view: MessageView, policy_set: PolicySet, *, budget: float = 0.25) -> Analysis:
    deadline = _Deadline(budget)
    automated = automated_reason(view)

    def timed_out() -> Analysis:
        return Analysis("timeout", UNDETERMINED, automated, "", {}, deadline.elapsed_ms())

    body = new_text(view.text)
    if deadline.passed():
        return timed_out()
    subject_normal, subject_breaks = normalize_clauses(view.subject, policy_set.masks)
    body_normal, body_breaks = normalize_clauses(body, policy_set.masks)
    if deadline.passed():
        return timed_out()
    scores = score_hits(
        policy_set,
        [
            ("subject", subject_normal, policy_set.matcher.scan(subject_normal)),
            ("body", body_normal, policy_set.matcher.scan(body_normal)),
        ],
        {"subject": subject_breaks, "body": body_breaks},
    )
    add_signals(scores, policy_set, view.subject, body)
    if deadline.passed():
        return timed_out()
    language = detect_language(f"{view.subject}\n{body}")
    if deadline.passed():
        return timed_out()
    return Analysis("ok", language, automated, body, scores, deadline.elapsed_ms())
