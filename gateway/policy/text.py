"""Text normalisation shared by phrases (at load) and messages (per scan), so both meet halfway.

Lower-case, compatibility-normalised, diacritics and special letters folded (ł→l, ø→o, æ→ae, ß→ss),
common obfuscation undone (f*ck, f.u.c.k, id10t), every run of non-word characters collapsed to
one space. The result is wrapped in single spaces so a phrase " sue you " matches whole words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from itertools import accumulate

_SPECIAL_LETTERS = {
    "ł": "l", "đ": "d", "ð": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ı": "i",
    "ŀ": "l", "ħ": "h", "ŧ": "t", "’": "'", "‘": "'", "ʼ": "'",
}  # fmt: skip
_SPECIAL = re.compile("[" + "".join(_SPECIAL_LETTERS) + "]")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_NON_WORD = re.compile(r"\W+")
# A letter touching a digit or mask symbol: the only places that need de-obfuscating.
_MARKS = re.compile(r"[0134579@$*#]")
_EDGE_PUNCTUATION = ".,;:!?\"'()[]{}<>«»„“”"
# Three or more single letters in a row ("f u c k", "f.u.c.k" once dots are spaces) form one word.
_SINGLE_LETTERS = re.compile(r" (?:[a-z] ){2,}[a-z] ")
# ASCII punctuation to spaces in one C-level pass (non-ASCII text falls back to the \W regex).
_ASCII_PUNCTUATION = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isalnum()})
_HAS_LETTER = re.compile(r"[^\W\d_]")
_MASK_CHARS = re.compile(r"[*#]")
_COMBINING = re.compile(r"[\u0300-\u036f]")


def fold(text: str) -> str:
    """Lower-case and strip accents: 'Zażółć GĘŚLĄ' -> 'zazolc gesla'."""
    text = text.casefold()
    if text.isascii():
        return text
    if _SPECIAL.search(text):
        text = _SPECIAL.sub(lambda m: _SPECIAL_LETTERS[m.group(0)], text)
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def _deleet(token: str) -> str:
    """'id10t' -> 'idiot', 'b1tch' -> 'bitch'; pure numbers ('2026', '404') are left alone."""
    if _HAS_LETTER.search(token) and any(c in "0134579@$" for c in token):
        return token.translate(_LEET)
    return token


class MaskResolver:
    """Resolves masked words ('f*ck', 'a**hole', 'sh#t') against the words the lexicons know.

    A word masked up to its last letter ('f***', 'c*') has too little left to guess from: only the
    lexicons' `[masked]` tables, which say what such a shape stands for, resolve it."""

    def __init__(self, vocabulary: Iterable[str] = (), masked: Mapping[str, str] | None = None) -> None:
        """`vocabulary` in priority order: a mask that fits several words ('f***ing': failing, feeling,
        fucking) resolves to the first of them, the same on every run (a set's order would change
        with the process's hash seed). A `[masked]` entry for the shape decides instead."""
        self._by_shape: dict[tuple[str, str, int], list[str]] = {}
        for word in dict.fromkeys(vocabulary):
            if len(word) >= 3 and word.isalpha():
                self._by_shape.setdefault((word[0], word[-1], len(word)), []).append(word)
        self._masked = dict(masked or {})  # "f***" -> "fuck", every mask character written as *

    def resolve(self, token: str) -> str:
        if self._masked:
            word = self._masked.get(_MASK_CHARS.sub("*", token))
            if word is not None:
                return word
        if len(token) < 3 or not _MASK_CHARS.search(token[1:-1]) or _MASK_CHARS.search(token[0] + token[-1]):
            return token
        for word in self._by_shape.get((token[0], token[-1], len(token)), ()):
            if all(t == w or t in "*#" for t, w in zip(token, word, strict=True)):
                return word
        return token


_NO_MASKS = MaskResolver()


def _suspicious(folded: str) -> list[int]:
    """Positions where a letter touches a digit or mask symbol ('id10t', 'f*ck', '$hit')."""
    positions = []
    for match in _MARKS.finditer(folded):
        i = match.start()
        before = folded[i - 1] if i else " "
        after = folded[i + 1] if i + 1 < len(folded) else " "
        if before.isalpha() or after.isalpha():
            positions.append(i)
    return positions


def _deobfuscate(folded: str, positions: list[int], masks: MaskResolver) -> str:
    """Rewrite only the tokens around suspicious positions."""
    out: list[str] = []
    last = 0
    for position in positions:
        if position < last:
            continue
        start = max(folded.rfind(" ", 0, position), folded.rfind("\n", 0, position)) + 1
        end = position + 1
        while end < len(folded) and not folded[end].isspace():
            end += 1
        token = folded[start:end].strip(_EDGE_PUNCTUATION)
        out.append(folded[last:start])
        out.append(masks.resolve(_deleet(token)))
        last = end
    out.append(folded[last:])
    return "".join(out)


def normalize(text: str, masks: MaskResolver = _NO_MASKS) -> str:
    """The matching form of `text`, wrapped in spaces: 'F*ck off, id10t!' -> ' fuck off idiot '.

    Whole-text passes only (fold, translate, split); Python-level work is limited to the few
    tokens that look obfuscated.
    """
    folded = fold(text)
    positions = _suspicious(folded)
    if positions:
        folded = _deobfuscate(folded, positions, masks)
    if folded.isascii():
        spaced = folded.translate(_ASCII_PUNCTUATION)
    else:
        spaced = _NON_WORD.sub(" ", folded).replace("_", " ")
    words = " ".join(spaced.split())
    if not words:
        return " "
    joined = " " + words + " "
    if _SINGLE_LETTERS.search(joined):
        joined = _SINGLE_LETTERS.sub(lambda m: " " + m.group(0).replace(" ", "") + " ", joined)
    return joined


# Sentence and clause punctuation (followed by a space or the end) and blank lines: where a negator's
# or a target's reach ends. "If this is not fixed, I will sue" must not read as "not ... sue".
# A comma before "that" ("Ich gehe davon aus, dass Sie...", "Uważam, że...") joins a verb to its object
# clause rather than ending a thought: in German, Polish, Romanian, Swedish and Finnish that comma is
# compulsory, so treating it as a clause end would cut every such sentence in two. English puts no
# comma there (", that is all" is a new clause). Danish and Norwegian "at" is an English word too
# (", at 9 am"), so it joins only in a message detected as Danish or Norwegian.
_THAT_WORDS = "dass|daß|dat|att|että|que|che|că|ca|że|ze"
_AT_LANGUAGES = frozenset({"da", "nb"})


def _clause_end(that_words: str) -> re.Pattern[str]:
    """The lookahead in front names every character a clause end can start with: positions without
    one fail on a single class test instead of three alternatives (three times faster on a body),
    and only the "that" words are matched regardless of case (a case-insensitive class is slower)."""
    that = rf"(?i:(?:{that_words})(?=[\s\W])|qu['’])"
    return re.compile(
        r"(?=[.;:!?…¿¡()\[\]\"“”„«»,\-–—\n])"
        rf"(?:(?:[.;:!?…¿¡()\[\]\"“”„«»]|,(?!\s+{that}))+(?=\s|$)|(?<=\s)[-–—](?=\s)|\n[ \t]*\n)"
    )


_CLAUSE_END = _clause_end(_THAT_WORDS)
_CLAUSE_END_AT = _clause_end(_THAT_WORDS + "|at")
_BREAK_WORD = "qqclausebreakqq"  # survives normalize() as one word; never in a lexicon
_BREAK_TOKEN = " " + _BREAK_WORD + " "
_BREAK_CUT = " " + _BREAK_WORD  # always followed by a space: normalize() ends every text with one


def normalize_clauses(text: str, masks: MaskResolver = _NO_MASKS, language: str = "") -> tuple[str, tuple[int, ...]]:
    """`normalize(text)` and the positions in it where a clause ends (each the index of a space).

    A clause end is marked with a placeholder word before normalising and taken out afterwards, so
    the matching form is the same as `normalize()` gives (bar runs of single letters split by
    punctuation, which are then not joined into one word).
    """
    clause_end = _CLAUSE_END_AT if language in _AT_LANGUAGES else _CLAUSE_END
    if not clause_end.search(text):
        return normalize(text, masks), ()
    marked = normalize(clause_end.sub(_BREAK_TOKEN, text), masks)
    parts = marked.split(_BREAK_CUT)
    # Each clause end sits where its placeholder was cut out: the space between the words either side.
    breaks = tuple(accumulate(map(len, parts[:-1])))
    return "".join(parts) or " ", breaks
