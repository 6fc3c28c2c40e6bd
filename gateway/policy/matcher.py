"""Every phrase of every lexicon and policy in one Aho–Corasick automaton: one scan per text.

A phrase is words, optional stems (`verklag*`), compound endings on any word (`*idiot`, `*idiot*`,
`übertrag* ... *konto`: the word ends with / contains the letters, for German, Dutch and Nordic
compounds) and gaps (`...` = up to three words, `...N` = up to N). Its anchor is its longest literal
start; the automaton finds anchors, and only phrases whose anchor is not the whole phrase are verified
with a small regex at the anchor's position (for a phrase starting with a compound ending, at the
start of the word the anchor was found in). Scanning cost therefore grows with the
text, barely with the number of phrases.

Negators ("not going to") and targets ("you", "your agent") of a detector are phrases too, with
their own role: the same scan finds them, and scoring uses them (see analysis.py). So are the members
of a detector's word classes ("site", "server*"), which combos ([service+failure]) look for close
together in one clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import NamedTuple

import ahocorasick

from gateway.policy.text import normalize

GAP = "..."
MAX_GAP_WORDS = 3  # a plain "..."
MAX_GAP_LIMIT = 8  # "...N": up to N words, N from 1 to this
MIN_STEM = 3
MIN_COMPOUND = 4  # letters after a leading '*': shorter endings match too many unrelated words

PHRASE = "phrase"  # scored with its weight
NEGATOR = "negator"  # cancels a positive phrase of its detector within `window` words before (or after) it
TARGET = "target"  # a person a phrase with `window` > 0 must be aimed at
MEMBER = "member"  # one word or phrase of a class (`concept`), for the detector's combos


class PhraseError(ValueError):
    """A phrase that cannot be compiled (empty, a gap at an edge or malformed, a stem or ending too short)."""


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
    concept: str = ""  # MEMBER: the class it belongs to ("service")
    # PHRASE, MEMBER: counts only in messages detected as `language` (Swedish "hora" is Spanish "hour").
    own_language: bool = False
    # NEGATOR: stands after the phrase it cancels ("einen Anwalt brauche ich nicht"), `window` words on.
    after: bool = False


@dataclass(frozen=True)
class Combo:
    """Classes that must all be found within `window` words in one clause: "[service+failure]".

    Listing concepts per language and letting them combine in any order generalises where listing
    every sentence does not."""

    detector: str
    need: tuple[str, ...]
    window: int  # at most this many words between the first member and the last
    weight: float
    source: str  # file:line of the [[combos]] entry

    @property
    def name(self) -> str:
        return "[" + "+".join(self.need) + "]"

    @cached_property
    def need_set(self) -> frozenset[str]:
        return frozenset(self.need)

    @cached_property
    def pair(self) -> bool:
        """Two different classes: the common case, searched without backtracking."""
        return len(self.need) == 2 == len(self.need_set)


@dataclass(frozen=True)
class CompiledPhrase:
    anchor: str  # literal text the automaton looks for, starting with a space (not for compounds)
    verify: re.Pattern[str] | None  # None when the anchor is the whole phrase
    compound: bool = False  # the anchor may start inside a word: verify from that word's start
    same_as: str = ""  # the key of the phrase this one is another spelling of ("kuendigung")

    @property
    def key(self) -> str:
        """What the phrase matches, as one string: equal for the same words written twice."""
        if self.same_as:
            return self.same_as
        return self.verify.pattern if self.verify is not None else self.anchor


# Letters that people without the keyboard for them type as two: "Kündigung" as "Kuendigung",
# "købt" as "koebt". Folding alone makes "kundigung" and "kobt", which those spellings never meet.
TYPED_AS_TWO: dict[str, dict[str, str]] = {
    "de": {"ä": "ae", "ö": "oe", "ü": "ue"},
    "da": {"ø": "oe", "å": "aa"},
    "nb": {"ø": "oe", "å": "aa"},
}


def typed_as_two(text: str, language: str | None) -> str | None:
    """The spelling of a phrase with its language's special letters typed as two, if it has any."""
    letters = TYPED_AS_TWO.get(language or "")
    if not letters:
        return None
    lowered = text.lower()
    if not any(letter in lowered for letter in letters):
        return None
    for letter, pair in letters.items():
        lowered = lowered.replace(letter, pair)
    return lowered


class _Piece(NamedTuple):
    kind: str  # "word" | "stem" | "gap"
    value: str = ""  # the letters of a word or stem
    ending: bool = False  # written with a leading '*': the word may end a compound ("*konto": girokonto)
    gap: int = 0  # a gap: up to this many words


def _gap(text: str, raw: str) -> _Piece:
    """`...` (up to MAX_GAP_WORDS words) or `...N`; anything else starting with dots is a typo to report."""
    if raw == GAP:
        return _Piece("gap", gap=MAX_GAP_WORDS)
    words = raw[len(GAP) :]
    if not words.isascii() or not words.isdigit() or not 1 <= int(words) <= MAX_GAP_LIMIT:
        raise PhraseError(
            f"phrase {text!r}: {raw!r} is not a gap: write '...' (up to {MAX_GAP_WORDS} words) or '...N' "
            f"with N from 1 to {MAX_GAP_LIMIT}"
        )
    return _Piece("gap", gap=int(words))


def _word_pieces(text: str, raw: str) -> list[_Piece]:
    """One written word (`word`, `stem*`, `*ending`, `*ending*`): normalised, it may become several."""
    ending = raw.startswith("*")
    if ending and (len(raw) < 2 or not raw[1].isalnum()):
        raise PhraseError(f"phrase {text!r}: a leading '*' must touch the letters it ends a compound with")
    stem = raw.endswith("*")
    words = normalize((raw[1:] if ending else raw).rstrip("*")).split()
    if not words:
        raise PhraseError(f"phrase {text!r}: {raw!r} has no letters or digits")
    if stem and len(words[-1]) < MIN_STEM:
        raise PhraseError(f"phrase {text!r}: stem {raw!r} is shorter than {MIN_STEM} letters (too broad)")
    if ending and len(words[0]) < MIN_COMPOUND:
        raise PhraseError(f"phrase {text!r}: a compound ending needs at least {MIN_COMPOUND} letters")
    pieces = [_Piece("word", w) for w in words]
    pieces[0] = pieces[0]._replace(ending=ending)
    if stem:
        pieces[-1] = pieces[-1]._replace(kind="stem")
    return pieces


def compile_phrase(text: str) -> CompiledPhrase:
    pieces: list[_Piece] = []
    for raw in text.split():
        pieces += [_gap(text, raw)] if raw.startswith(GAP) else _word_pieces(text, raw)
    if not pieces or pieces[0].kind == "gap":
        raise PhraseError(f"phrase {text!r}: must start with a word")
    if pieces[-1].kind == "gap":
        raise PhraseError(f"phrase {text!r}: cannot end with '...'")
    if pieces[0].ending:
        return _compile_compound(pieces)
    anchor = " "
    complete = True
    for index, piece in enumerate(pieces):
        if piece.kind == "word" and not piece.ending:
            anchor += piece.value + " "
        elif piece.kind == "stem" and not piece.ending:
            anchor += piece.value
            complete = index == len(pieces) - 1
            break
        else:  # a gap or a compound ending: the regex checks the rest
            complete = False
            break
    if complete:
        return CompiledPhrase(anchor, None)
    return CompiledPhrase(anchor, re.compile(" " + _pieces_pattern(pieces)))


def _pieces_pattern(pieces: list[_Piece]) -> str:
    """The regex for words, stems and gaps, each followed by the space that ends a word."""
    pattern = ""
    for piece in pieces:
        if piece.kind == "gap":
            pattern += rf"(?:\S+ ){{0,{piece.gap}}}"
            continue
        pattern += (r"\S*" if piece.ending else "") + re.escape(piece.value)
        pattern += r"\S* " if piece.kind == "stem" else " "
    return pattern


def _compile_compound(pieces: list[_Piece]) -> CompiledPhrase:
    """`*idiot` (a word ending in "idiot": vollidiot, supportidiot, idiot) or `*idiot*` (containing it:
    vollidioten). The anchor is the bare letters; the regex checks the whole word from its start."""
    return CompiledPhrase(pieces[0].value, re.compile(" " + _pieces_pattern(pieces)), compound=True)


class Hit(NamedTuple):
    """A phrase found in a normalised text. A tuple, not a frozen dataclass: a dense message makes
    hundreds, and a frozen dataclass's __init__ sets each field through object.__setattr__."""

    phrase: int  # index into PhraseMatcher.phrases
    start: int
    end: int


@dataclass
class PhraseMatcher:
    phrases: list[Phrase] = field(default_factory=list)
    _compiled: list[CompiledPhrase] = field(default_factory=list)
    _automaton: ahocorasick.Automaton | None = None

    def add(self, phrase: Phrase, compiled: CompiledPhrase | None = None) -> None:
        """Register a phrase (raises PhraseError). `compiled` is its `compile_phrase()` result when the
        caller already needed it (no second compilation). A German, Danish or Norwegian phrase or class
        member with special letters is registered a second time as typed without them (`typed_as_two`):
        the same phrase for counting and explanations, only its compiled form differs."""
        compiled = compiled if compiled is not None else compile_phrase(phrase.text)
        self._compiled.append(compiled)
        self.phrases.append(phrase)
        variant = typed_as_two(phrase.text, phrase.language) if phrase.role in (PHRASE, MEMBER) else None
        if variant is not None:
            # Only in messages of the phrase's own language: typed that way, Danish "tøs" is English
            # "toes" and German "schön" Dutch "schoen".
            self._compiled.append(replace(compile_phrase(variant), same_as=compiled.key))
            self.phrases.append(replace(phrase, own_language=True))

    def key_of(self, index: int) -> str:
        """The compiled form of a phrase: equal for the same words written in two lexicon sections."""
        return self._compiled[index].key

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
        # tuple.__new__ directly: a NamedTuple's own __new__ is a Python function, and a dense
        # message makes hundreds of hits.
        new_hit = tuple.__new__
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
                        hits.append(new_hit(Hit, (index, word_start, match.end())))
                elif verify is None:
                    stop = end + 1 if normalized[end] == " " else normalized.find(" ", end)
                    hits.append(new_hit(Hit, (index, start, stop)))
                else:
                    match = verify.match(normalized, start)
                    if match:
                        hits.append(new_hit(Hit, (index, start, match.end())))
        return hits
