"""Signals that normalisation erases but people use to show feeling: shouting and exclamations.

A detector opts in with a `[signals]` table in its lexicon (`shouting = 0.6`); each signal that
shows in the subject or the new text adds its weight as an explained finding ("[shouting]").
"""

from __future__ import annotations

import re
from collections.abc import Callable

_WORD = re.compile(r"[^\W\d_]{3,}")


def _upper_class() -> str:
    """A regex class of every uppercase letter in the Basic Multilingual Plane, as ranges."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x10000):
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


# A word of cased letters is all capitals only if it has two capitals in a row: one C-level search
# rules out shouting for nearly every message.
_UPPER_PAIR = re.compile(f"[{_upper_class()}]{{2}}")
_EXCLAIM = re.compile(r"!{2,}|[!?]*!\?[!?]*|[!?]*\?![!?]*|\?{3,}")


def shouting(text: str) -> str | None:
    """At least three all-capital words of three or more letters, or a quarter of all words."""
    if not _UPPER_PAIR.search(text):
        return None  # no two capitals in a row, so no all-capital word: skip the word walk
    words = _WORD.findall(text)
    loud = list(filter(str.isupper, words))  # C-level filter: this runs on every message
    if len(loud) >= 3 or (len(words) >= 8 and len(loud) >= len(words) / 4):
        return " ".join(loud[:6])
    return None


def exclamations(text: str) -> str | None:
    """Repeated or mixed marks: "!!", "?!", "???"."""
    if not ("!!" in text or "!?" in text or "?!" in text or "???" in text):
        return None  # four substring searches are much cheaper than the regex at every position
    match = _EXCLAIM.search(text)
    return match.group(0) if match else None


SIGNALS: dict[str, Callable[[str], str | None]] = {"shouting": shouting, "exclamations": exclamations}
