"""Text normalisation shared by phrases (at load) and messages (per scan), so both meet halfway.

Lower-case, compatibility-normalised, diacritics and special letters folded (ł→l, ø→o, æ→ae, ß→ss),
common obfuscation undone (f*ck, f.u.c.k, id10t), every run of non-word characters collapsed to
one space. The result is wrapped in single spaces so a phrase " sue you " matches whole words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_SPECIAL = str.maketrans(
    {
        "ł": "l", "đ": "d", "ð": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ı": "i",
        "ŀ": "l", "ħ": "h", "ŧ": "t", "’": "'", "‘": "'", "ʼ": "'",
    }
)  # fmt: skip
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})
_NON_WORD = re.compile(r"[^\w*]+")
_SPACED_LETTERS = re.compile(r"(?<![\w.])(?:(?:\w[.\-_]){2,}\w|(?:\w ){3,}\w)(?![\w])")
_TOKEN = re.compile(r"\S+")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_MASK_CHARS = re.compile(r"[*#]")
_COMBINING = re.compile(r"[\u0300-\u036f]")


def fold(text: str) -> str:
    """Lower-case and strip accents: 'Zażółć GĘŚLĄ' -> 'zazolc gesla'."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    return _COMBINING.sub("", text)


def _deleet(token: str) -> str:
    """'id10t' -> 'idiot', 'b1tch' -> 'bitch'; pure numbers ('2026', '404') are left alone."""
    if _HAS_LETTER.search(token) and any(c in "0134579@$!" for c in token):
        return token.translate(_LEET)
    return token


class MaskResolver:
    """Resolves masked words ('f*ck', 'a**hole', 'sh#t') against the words the lexicons know."""

    def __init__(self, vocabulary: Iterable[str] = ()) -> None:
        self._by_shape: dict[tuple[str, str, int], list[str]] = {}
        for word in set(vocabulary):
            if len(word) >= 3 and word.isalpha():
                self._by_shape.setdefault((word[0], word[-1], len(word)), []).append(word)

    def resolve(self, token: str) -> str:
        if len(token) < 3 or not _MASK_CHARS.search(token[1:-1]) or _MASK_CHARS.search(token[0] + token[-1]):
            return token
        for word in self._by_shape.get((token[0], token[-1], len(token)), ()):
            if all(t == w or t in "*#" for t, w in zip(token, word, strict=True)):
                return word
        return token


_NO_MASKS = MaskResolver()


def normalize(text: str, masks: MaskResolver = _NO_MASKS) -> str:
    """The matching form of `text`, wrapped in spaces: ' f ck off ' -> ' fuck off '."""
    folded = fold(text)
    folded = _SPACED_LETTERS.sub(lambda m: re.sub(r"[.\-_ ]", "", m.group(0)), folded)
    tokens = []
    for token in _TOKEN.findall(folded):
        token = token.strip(".,;:!?\"'()[]{}<>«»„“”")
        if not token:
            continue
        token = masks.resolve(_deleet(token))
        tokens.append(token)
    collapsed = _NON_WORD.sub(" ", " ".join(tokens)).replace("*", " ")
    return " " + " ".join(collapsed.split()) + " "
