"""Per-message analysis: what the sender wrote now, its language, and every detector's score.

Pure and synchronous. Bounded by a CPU budget checked between steps: analysis that runs past it is
abandoned, and the message is still forwarded, marked `X-Curveball-Analysis: timeout`.
"""

from __future__ import annotations

import time
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, compress
from typing import NamedTuple

from gateway.policy.automation import automated_reason
from gateway.policy.content import MessageView
from gateway.policy.language import UNDETERMINED, detect_language
from gateway.policy.loader import MAX_NEGATOR_WINDOW, PolicySet
from gateway.policy.matcher import MEMBER, NEGATOR, PHRASE, TARGET, Combo, Hit, Phrase, PhraseMatcher
from gateway.policy.replies import is_reply_subject, new_text
from gateway.policy.signals import SIGNALS
from gateway.policy.text import normalize_clauses

EXCERPT_CONTEXT = 40
# A reply's subject repeats what started the thread: context for what the sender writes now, not a
# statement of its own. Its positive findings count this much ("Re: Site down" + "still the same"
# fires, "Re: Site down" + "thanks, working again" does not); exceptions found there count fully.
REPLY_SUBJECT_FACTOR = 0.5
REPLY_SUBJECT_NOTE = "reply subject: counts half"
# Builds a NamedTuple from all its fields without its Python-level __new__: for the findings and
# spans every message makes dozens of.
_new = tuple.__new__


class Span(NamedTuple):
    """Where in a normalised text a finding was made: its excerpt is cut only when someone reads it
    (the gateway never does; a dense message makes dozens of findings)."""

    text: str
    start: int
    end: int


class Finding(NamedTuple):
    """One phrase that matched: the unit of every explanation. A tuple, not a frozen dataclass: a
    message makes dozens, and a frozen dataclass's __init__ sets each field through object.__setattr__."""

    detector: str
    phrase: str
    weight: float
    where: str  # subject | body
    context: str | Span  # the excerpt, or where to cut it from
    source: str  # file:line of the phrase
    language: str | None
    # Why a phrase counted 0: 'negated by "not going to" (file:line)', 'not aimed at anyone ...' or
    # 'not counted: sv phrase, message is es' (own_language).
    note: str = ""

    @property
    def excerpt(self) -> str:
        """The matched words with some context; a discounted finding's note in front, in brackets."""
        if isinstance(self.context, str):
            return self.context
        excerpt = _excerpt(*self.context)
        return f"[{self.note}] {excerpt}" if self.note else excerpt


class DetectorScore(NamedTuple):
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


def _excerpt(text: str, hit_start: int, hit_end: int) -> str:
    start = max(0, hit_start - EXCERPT_CONTEXT)
    end = min(len(text), hit_end + EXCERPT_CONTEXT)
    if start > 0:
        start = text.find(" ", start) + 1
    if end < len(text):
        end = text.rfind(" ", 0, end)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) - 1 else ""
    return prefix + text[start:end].strip() + suffix


Place = tuple[str, str, list[Hit]]  # where (subject | body), normalised text, hits in it


def _word_starts(text: str) -> list[int]:
    """Where each word of a normalised text begins (words are separated by spaces).

    Offsets of the split parts, summed and filtered by C-level iterators: a regex with a Python
    list comprehension cost a tenth of all analysis on a long text.
    """
    parts = text.split(" ")
    offsets = accumulate(map((1).__add__, map(len, parts)), initial=0)
    return list(compress(offsets, parts))


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
    """Negators, targets and class members found in one place, by detector, for the phrases found there.

    `language` is the message's: a class member scoped to another language (own_language) is left out.
    `discounted`: the place is a reply's subject, where positive weights count REPLY_SUBJECT_FACTOR."""

    def __init__(
        self,
        matcher: PhraseMatcher,
        hits: list[Hit],
        text: str,
        breaks: Sequence[int],
        language: str = UNDETERMINED,
        *,
        discounted: bool = False,
    ) -> None:
        self.matcher = matcher
        self.text = text
        self.breaks = breaks
        self.language = language
        self.discounted = discounted
        self._starts: list[int] | None = None
        self.negators: dict[str, list[Hit]] = {}
        self._negator_ends: dict[str, list[int]] = {}
        self.negators_after: dict[str, list[Hit]] = {}
        self.targets: dict[str, list[Hit]] = {}
        self.members: dict[str, dict[str, list[Hit]]] = {}  # detector -> class -> hits
        self.phrase_hits: list[Hit] = []  # weighed phrases (role PHRASE), in scan order
        exceptions: dict[str, list[Hit]] = {}
        phrases = matcher.phrases
        members = self.members
        for hit in hits:  # per hit of a dense message: kept to plain lookups, members (most hits) first
            phrase = phrases[hit.phrase]
            role = phrase.role
            if role == MEMBER:
                if phrase.own_language and phrase.language != language:
                    continue
                by_class = members.get(phrase.detector)
                if by_class is None:
                    by_class = members[phrase.detector] = {}
                found = by_class.get(phrase.concept)
                if found is None:
                    by_class[phrase.concept] = [hit]
                else:
                    found.append(hit)
            elif role == NEGATOR:
                if phrase.window < 0:
                    by_detector = exceptions
                else:
                    by_detector = self.negators_after if phrase.after else self.negators
                by_detector.setdefault(phrase.detector, []).append(hit)
            elif role == PHRASE:
                self.phrase_hits.append(hit)
            elif role == TARGET:
                self.targets.setdefault(phrase.detector, []).append(hit)
        # An exception ("not hesitate", "hésiterai pas") disables the negators sharing a word with it
        # ("will not" as well as "not" in "I will not hesitate to sue").
        for detector, spans in exceptions.items():
            for negators in (self.negators, self.negators_after):
                if detector in negators:
                    negators[detector] = [h for h in negators[detector] if not any(_overlap(e, h) for e in spans)]

    @property
    def starts(self) -> list[int]:
        """Word starts, computed on first use: only places with negators or targets need them."""
        if self._starts is None:
            self._starts = _word_starts(self.text)
        return self._starts

    def negated_by(self, hit: Hit, detector: str) -> Hit | None:
        """A negator of `detector` that cancels `hit`: shortly before it or (negators_after) after it,
        in the same clause."""
        before = self._negated_before(hit, detector)
        if before is not None or detector not in self.negators_after:
            return before
        for negator in self.negators_after[detector]:  # few: a plain walk
            if (
                negator.start >= hit.end - 1
                and _words_between(self.text, self.starts, hit.end, negator.start)
                <= self.matcher.phrases[negator.phrase].window
                and not _crosses(self.breaks, hit.end - 1, negator.start)
            ):
                return negator
        return None

    def _negated_before(self, hit: Hit, detector: str) -> Hit | None:
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

    def negated_within(self, span: Hit, members: Sequence[Hit], detector: str) -> Hit | None:
        """A negator of `detector` between a combo's members (the span is one clause), other than
        one that is part of a member ("not loading")."""
        for negators in (self.negators, self.negators_after):
            for negator in negators.get(detector, ()):
                inside = span.start < negator.start and negator.end < span.end
                if inside and not any(_overlap(negator, member) for member in members):
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


def _overlap(a: Hit, b: Hit) -> bool:
    """Do two hits share a word (not just the space between neighbours)?"""
    return a.start < b.end - 1 and b.start < a.end - 1


def _pick(need: Sequence[str], chosen: list[Hit], reach: Sequence[tuple[str, Hit]]) -> list[Hit] | None:
    """One hit per class still needed, none sharing a word with another: a tiny backtracking search."""
    if not need:
        return chosen
    for concept, hit in reach:
        if concept == need[0] and not any(_overlap(hit, other) for other in chosen):
            found = _pick(need[1:], [*chosen, hit], reach)
            if found is not None:
                return found
    return None


def _combo_spans(combo: Combo, context: _Context) -> Iterator[tuple[Hit, list[Hit]]]:
    """Each place, leftmost first, where every class of `combo` has a member within its window of
    words from the first member, in the same clause: a Hit from first to last member, and the members.

    A generator: the caller stops at the first span that counts, so the rest is never searched.
    """
    members = context.members[combo.detector]
    tagged = [(concept, hit) for concept in combo.need for hit in members[concept]]
    tagged.sort(key=_by_start)
    text, starts, breaks, window, pair = context.text, context.starts, context.breaks, combo.window, combo.pair
    for index, (concept, first) in enumerate(tagged[:-1]):  # the last member has none after it
        # `_words_between(first.end, x)` and `_crosses(first.end - 1, x)` for each later member x,
        # with what depends only on `first` worked out once: one bisect per member instead of three.
        end = first.end
        partial = 1 if 0 < end < len(text) and text[end] != " " and text[end - 1] != " " else 0
        words_before_end = bisect_left(starts, end) - partial
        at = bisect_left(breaks, end - 1)
        next_break = breaks[at] if at < len(breaks) else len(text)
        # A pair (most combos) takes the first later member of the other class that shares no word
        # with the first one: what _pick finds, without collecting the reach or searching it.
        chosen: list[Hit] | None = None
        reach = []
        for other in tagged[index + 1 :]:
            other_concept, hit = other
            start = hit.start
            if start > end and bisect_left(starts, start) - words_before_end > window:
                break
            if next_break <= start:
                break
            if not pair:
                reach.append(other)
            elif other_concept != concept and not _overlap(hit, first):
                chosen = [first, hit]
                break
        if reach:
            chosen = _pick([c for c in combo.need if c != concept], [first], reach)
        if chosen is not None:
            yield _new(Hit, (-1, first.start, max(h.end for h in chosen))), chosen


def _by_start(tagged: tuple[str, Hit]) -> int:
    return tagged[1].start


def _weigh_combo(combo: Combo, span: Hit, members: list[Hit], context: _Context) -> tuple[float, str]:
    """Like `_weigh`: a positive combo counts 0 when a negator of its detector stands shortly before
    it, or between its members ("vi vil ikke gå til advokat": German and Nordic put it there)."""
    if combo.weight <= 0:
        return combo.weight, ""
    negator = context.negated_by(span, combo.detector) or context.negated_within(span, members, combo.detector)
    if negator is None:
        return _as_counted_here(combo.weight, context)
    return 0.0, _negated_note(context.matcher, negator)


def _as_counted_here(weight: float, context: _Context) -> tuple[float, str]:
    """A weight as it counts in this place: in a reply's subject, REPLY_SUBJECT_FACTOR of it (callers
    pass phrase and combo weights only when positive: exceptions count fully)."""
    if context.discounted:
        return round(weight * REPLY_SUBJECT_FACTOR, 3), REPLY_SUBJECT_NOTE
    return weight, ""


def _combo_findings(policy_set: PolicySet, contexts: Sequence[tuple[str, _Context]]) -> list[Finding]:
    """Each combo counts once per message: its occurrence that counts most, subject or body (a reply's
    subject counting REPLY_SUBJECT_FACTOR)."""
    findings = []
    for detector in policy_set.detectors.values():
        if not detector.combos:
            continue
        # Most combos lack a class in most places: only those whose first class is present get a
        # set test, and only those that pass it a search (in file order, as findings are listed).
        present = [(where, c, c.members[detector.name].keys()) for where, c in contexts if detector.name in c.members]
        if not present:
            continue
        by_class = detector.combos_by_class
        candidates = {
            number
            for _, _, classes in present
            for name in classes
            for number, need in by_class.get(name, ())
            if need <= classes
        }
        for number in sorted(candidates):
            combo = detector.combos[number]
            best: tuple[float, str, str, Hit, str] | None = None
            for where, context, classes in present:
                if not combo.need_set <= classes:
                    continue
                for span, members in _combo_spans(combo, context):
                    weight, note = _weigh_combo(combo, span, members, context)
                    if best is None or weight > best[0]:
                        best = (weight, note, where, span, context.text)
                    if not note:
                        break
                if best is not None and not best[1]:
                    break
            if best is not None:
                weight, note, where, span, text = best
                at = _new(Span, (text, span.start, span.end))
                fields = (combo.detector, combo.name, weight, where, at, combo.source, None, note)
                findings.append(_new(Finding, fields))
    return findings


def _class_findings(policy_set: PolicySet, contexts: Sequence[tuple[str, _Context]]) -> list[Finding]:
    """A calibrated class weight counts once per message when any member of the class was found: its
    first member in the body, else in the subject (a reply's subject counting REPLY_SUBJECT_FACTOR of
    it, whatever its sign).
    Walks the classes found (a few) rather than the classes weighed (dozens)."""
    findings = []
    for detector in policy_set.detectors.values():
        if not detector.class_weights:
            continue
        weights = detector.class_weight_of
        counted: set[str] = set()
        for where, context in reversed(contexts):  # body first
            found = context.members.get(detector.name)
            if not found:
                continue
            for name, members in found.items():
                if name in counted or name not in weights:
                    continue
                counted.add(name)
                weight, source = weights[name]
                weight, note = _as_counted_here(weight, context)  # either sign: a class is context
                at = _new(Span, (context.text, members[0].start, members[0].end))
                findings.append(_new(Finding, (detector.name, f"[{name}]", weight, where, at, source, None, note)))
    return findings


def _negated_note(matcher: PhraseMatcher, negator: Hit) -> str:
    source = matcher.phrases[negator.phrase]
    return f'negated by "{source.text}" ({source.source})'


def _language_note(phrase: Phrase, language: str) -> str:
    """Why a phrase scoped to its table's language (own_language) does not count here; "" if it does."""
    if not phrase.own_language or phrase.language == language:
        return ""
    message = "message language undetermined" if language == UNDETERMINED else f"message is {language}"
    return f"not counted: {phrase.language} phrase, {message}"


def _weigh(matcher: PhraseMatcher, hit: Hit, context: _Context) -> tuple[float, str]:
    """The weight a hit counts with here, and why it is 0 when its language, a negator or a missing
    target made it so. A scoped exception of another language does not count either."""
    phrase = matcher.phrases[hit.phrase]
    note = _language_note(phrase, context.language)
    if note:
        return 0.0, note
    if phrase.weight <= 0:
        return phrase.weight, ""
    negator = context.negated_by(hit, phrase.detector)
    if negator is not None:
        return 0.0, _negated_note(matcher, negator)
    if phrase.window > 0 and not context.targeted(hit, phrase.detector, phrase.window):
        return 0.0, f"not aimed at anyone: no target word within {phrase.window} words"
    return _as_counted_here(phrase.weight, context)


def score_hits(
    policy_set: PolicySet,
    hits_by_place: list[Place],
    breaks_by_place: Mapping[str, Sequence[int]] | None = None,
    *,
    language: str = UNDETERMINED,
    reply_subject: bool = False,
) -> dict[str, DetectorScore]:
    """Each distinct phrase counts once per detector (the same words listed under several languages
    are one phrase); where several positive phrases of a detector match at the same spot ("refund*"
    and "refund"), only the strongest counts.

    A positive phrase counts 0 when a negator of its detector stands shortly before it in the same
    clause ("not going to sue"), or when it needs a target and none is near ("idiot" with no "you").
    A phrase or class member marked own_language counts only when `language` (the message's) is the
    language of the table it was written in.
    Such findings are kept, with weight 0 and a note, so the explanation says what was discounted.
    Combos ("[service+failure]") add their weight once per message, like one more distinct phrase,
    and so do calibrated classes ("[scope]") found anywhere.
    With `reply_subject`, positive findings in the subject count REPLY_SUBJECT_FACTOR of their weight."""
    matcher = policy_set.matcher
    breaks_by_place = breaks_by_place or {}
    weighed: list[tuple[Hit, str, str, float, str]] = []
    contexts: list[tuple[str, _Context]] = []
    for where, text, hits in hits_by_place:
        discounted = reply_subject and where == "subject"
        context = _Context(matcher, hits, text, breaks_by_place.get(where, ()), language, discounted=discounted)
        contexts.append((where, context))
        for hit in context.phrase_hits:
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
        at = _new(Span, (text, hit.start, hit.end))
        finding = _new(Finding, (phrase.detector, phrase.text, weight, where, at, phrase.source, phrase.language, note))
        grouped.setdefault(finding.detector, []).append(finding)
    for finding in _combo_findings(policy_set, contexts):
        grouped.setdefault(finding.detector, []).append(finding)
    for finding in _class_findings(policy_set, contexts):
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
    # The language first: phrases scoped to their table's language (own_language) need it.
    language = detect_language(f"{view.subject}\n{body}")
    if deadline.passed():
        return timed_out()
    reply = is_reply_subject(view.subject)
    subject_normal, subject_breaks = normalize_clauses(view.subject, policy_set.masks, language)
    body_normal, body_breaks = normalize_clauses(body, policy_set.masks, language)
    if deadline.passed():
        return timed_out()
    scores = score_hits(
        policy_set,
        [
            ("subject", subject_normal, policy_set.matcher.scan(subject_normal)),
            ("body", body_normal, policy_set.matcher.scan(body_normal)),
        ],
        {"subject": subject_breaks, "body": body_breaks},
        language=language,
        reply_subject=reply,
    )
    add_signals(scores, policy_set, "" if reply else view.subject, body)  # a reply's "!!!" is old
    if deadline.passed():
        return timed_out()
    return Analysis("ok", language, automated, body, scores, deadline.elapsed_ms())
