"""Signals that normalisation erases but people use to show feeling: shouting and exclamations.

A detector opts in with a `[signals]` table in its lexicon (`shouting = 0.6`); each signal that
shows in the subject or the new text adds its weight as an explained finding ("[shouting]").
"""

from __future__ import annotations

import re
from collections.abc import Callable

_WORD = re.compile(r"[^\W\d_]{3,}")
_EXCLAIM = re.compile(r"!{2,}|[!?]*!\?[!?]*|[!?]*\?![!?]*|\?{3,}")


def shouting(text: str) -> str | None:
    """At least three all-capital words of three or more letters, or a quarter of all words."""
    words = _WORD.findall(text)
    loud = [w for w in words if w.isupper()]
    if len(loud) >= 3 or (len(words) >= 8 and len(loud) >= len(words) / 4):
        return " ".join(loud[:6])
    return None


def exclamations(text: str) -> str | None:
    """Repeated or mixed marks: "!!", "?!", "???"."""
    match = _EXCLAIM.search(text)
    return match.group(0) if match else None


SIGNALS: dict[str, Callable[[str], str | None]] = {"shouting": shouting, "exclamations": exclamations}
