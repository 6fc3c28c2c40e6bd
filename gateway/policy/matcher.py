"""Every phrase of every lexicon and policy in one Aho–Corasick automaton: one scan per text.

A phrase is words, optional stems (`verklag*`), compound endings (`*idiot`, `*idiot*`: the word ends
with / contains the letters, for German, Dutch and Nordic compounds) and gaps (`...` = up to three
words). Its anchor is its longest literal start; the automaton finds anchors, and only phrases whose
anchor is not the whole phrase are verified with a small regex at the anchor's position (for a
compound, at the start of the word the anchor was found in). Scanning cost therefore grows with the
text, barely with the number of phrases.

Negators ("not going to") and targets ("you", "your agent") of a detector are phrases too, with
their own role: the same scan finds them, and scoring uses them (see analysis.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import ahocorasick

from gateway.policy.text import normalize

GAP = "..."
MAX_GAP_WORDS = 3
MIN_STEM = 3
MIN_COMPOUND = 4  # letters after a leading '*': shorter endings match too many unrelated words

PHRASE = "phrase"  # scored with its weight
NEGATOR = "negator"  # cancels a positive phrase of its detector that follows within `window` words
TARGET = "target"  # a person a phrase with `window` > 0 must be aimed at


class PhraseError(ValueError):
    """A phrase that cannot be compiled (empty, a gap at an edge, a stem too short)."""


@dataclass(frozen=True)
class Phrase:
    """One weighted phrase, remembered with where it came from for explanations."""

    detector: str
    text: str  # as the admin wrote it
    weight: float
    language: str | None
    source: str  # file (and line) it was written in
    role: str = PHRASE  # PHRASE | NEGATOR | TARGET
    # PHRASE: > 0 = counts only with a target of its detector within this many words (same clause).
    # NEGATOR: how many words may stand between the negator and the phrase it cancels; -1 = an
    # exception that disables the negators sharing a word with it ("not hesitate" vs "will not").
    window: int = 0


@dataclass(frozen=True)
class CompiledPhrase:
    anchor: str  # literal text the automaton looks for, starting with a space (not for compounds)
    verify: re.Pattern[str] | None  # None when the anchor is the whole phrase
    compound: bool = False  # the anchor may start inside a word: verify from that word's start


def compile_phrase(text: str) -> CompiledPhrase:
    pieces: list[tuple[str, str]] = []  # ("word"|"stem"|"gap", value)
    compound = text.startswith("*")
    if compound and (len(text) < 2 or not text[1].isalnum()):
        raise PhraseError(f"phrase {text!r}: a leading '*' must touch the letters it ends a compound with")
    for raw in (text[1:] if compound else text).split():
        if raw == GAP:
            pieces.append(("gap", ""))
            continue
        stem = raw.endswith("*")
        words = normalize(raw.rstrip("*")).split()
        if not words:
            raise PhraseError(f"phrase {text!r}: {raw!r} has no letters or digits")
        pieces += [("word", w) for w in words[:-1]]
        if stem and len(words[-1]) < MIN_STEM:
            raise PhraseError(f"phrase {text!r}: stem {raw!r} is shorter than {MIN_STEM} letters (too broad)")
        pieces.append(("stem" if stem else "word", words[-1]))
    if not pieces or (pieces[0][0] != "word" and pieces[0][0] != "stem"):
        raise PhraseError(f"phrase {text!r}: must start with a word")
    if pieces[-1][0] == "gap":
        raise PhraseError(f"phrase {text!r}: cannot end with '...'")
    if compound:
        return _compile_compound(text, pieces)
    anchor = " "
    complete = True
    for index, (kind, value) in enumerate(pieces):
        if kind == "word":
            anchor += value + " "
        elif kind == "stem":
            anchor += value
            complete = index == len(pieces) - 1
            break
        else:
            complete = False
            break
    if complete:
        return CompiledPhrase(anchor, None)
    return CompiledPhrase(anchor, re.compile(" " + _pieces_pattern(pieces)))


def _pieces_pattern(pieces: list[tuple[str, str]]) -> str:
    """The regex for words, stems and gaps, each followed by the space that ends a word."""
    pattern = ""
    for kind, value in pieces:
        if kind == "word":
            pattern += re.escape(value) + " "
        elif kind == "stem":
            pattern += re.escape(value) + r"\S* "
        else:
            pattern += rf"(?:\S+ ){{0,{MAX_GAP_WORDS}}}"
    return pattern


def _compile_compound(text: str, pieces: list[tuple[str, str]]) -> CompiledPhrase:
    """`*idiot` (a word ending in "idiot": vollidiot, supportidiot, idiot) or `*idiot*` (containing it:
    vollidioten). The anchor is the bare letters; the regex checks the whole word from its start."""
    kind, first = pieces[0]
    if len(first) < MIN_COMPOUND or " " in first:
        raise PhraseError(f"phrase {text!r}: a compound ending needs at least {MIN_COMPOUND} letters")
    pattern = r" \S*" + re.escape(first) + (r"\S* " if kind == "stem" else " ") + _pieces_pattern(pieces[1:])
    return CompiledPhrase(first, re.compile(pattern), compound=True)


@dataclass(frozen=True)
class Hit:
    phrase: int  # index into PhraseMatcher.phrases
    start: int
    end: int


@dataclass
class PhraseMatcher:
    phrases: list[Phrase] = field(default_factory=list)
    _compiled: list[CompiledPhrase] = field(default_factory=list)
    _automaton: ahocorasick.Automaton | None = None

    def add(self, phrase: Phrase) -> int:
        """Register a phrase (raises PhraseError); returns its index."""
        self._compiled.append(compile_phrase(phrase.text))
        self.phrases.append(phrase)
        return len(self.phrases) - 1

    def key_of(self, index: int) -> str:
        """The compiled form of a phrase: equal for the same words written in two lexicon sections."""
        compiled = self._compiled[index]
        return compiled.verify.pattern if compiled.verify is not None else compiled.anchor

    def build(self) -> None:
        automaton = ahocorasick.Automaton()
        by_anchor: dict[str, list[int]] = {}
        for index, compiled in enumerate(self._compiled):
            by_anchor.setdefault(compiled.anchor, []).append(index)
        for anchor, indexes in by_anchor.items():
            automaton.add_word(anchor, (len(anchor), tuple(indexes)))
        if by_anchor:
            automaton.make_automaton()
            self._automaton = automaton

    def scan(self, normalized: str) -> list[Hit]:
        """Every phrase occurrence in `normalized` (a `normalize()` result)."""
        if self._automaton is None:
            return []
        hits: list[Hit] = []
        for end, (length, indexes) in self._automaton.iter(normalized):
            start = end - length + 1
            for index in indexes:
                compiled = self._compiled[index]
                verify = compiled.verify
                if compiled.compound and verify is not None:
                    word_start = normalized.rfind(" ", 0, start)
                    match = verify.match(normalized, word_start)
                    if match:
                        hits.append(Hit(index, word_start, match.end()))
                elif verify is None:
                    stop = end + 1 if normalized[end] == " " else normalized.find(" ", end)
                    hits.append(Hit(index, start, stop))
                else:
                    match = verify.match(normalized, start)
                    if match:
                        hits.append(Hit(index, start, match.end()))
        return hits
