"""Offline language detection (lingua), restricted to the languages Curveball ships lexicons for.

Low-accuracy mode on at most a few hundred characters keeps this under ~0.1 ms a message; the
models load once per process (call `warm_up()` at start so the first message does not pay).
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

SUPPORTED = ("en", "de", "da", "ro", "pl", "es", "fr", "nl", "sv", "it", "pt", "nb", "fi")
UNDETERMINED = "und"
_SAMPLE_CHARS = 200
_MIN_LETTERS = 20  # below this, guesses are noise: replies fall back to the default language
_ENOUGH_LETTERS = re.compile(rf"(?:[\W\d_]*[^\W\d_]){{{_MIN_LETTERS}}}")  # stops at the 20th letter
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    with _lock:
        languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in SUPPORTED]
        return (
            LanguageDetectorBuilder.from_languages(*languages)
            .with_low_accuracy_mode()
            .with_minimum_relative_distance(0.05)  # unsure -> None -> "und", not a wild guess
            .with_preloaded_language_models()
            .build()
        )


def warm_up() -> None:
    _detector()


def detect_language(text: str) -> str:
    """ISO 639-1 code of `text`, or "und" when there is too little text to tell."""
    sample = text[:_SAMPLE_CHARS]
    if not _ENOUGH_LETTERS.match(sample):
        return UNDETERMINED
    language = _detector().detect_language_of(sample)
    if language is None:
        return UNDETERMINED
    code = language.iso_code_639_1.name.lower()
    return code
