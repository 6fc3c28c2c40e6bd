"""Normalisation and the one-scan phrase matcher."""

from __future__ import annotations

import pytest

from gateway.policy.matcher import Phrase, PhraseError, PhraseMatcher, compile_phrase
from gateway.policy.text import MaskResolver, normalize

MASKS = MaskResolver(["fuck", "asshole", "shit", "idiot", "bitch"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zażółć GĘŚLĄ jaźń!", " zazolc gesla jazn "),
        ("Ærøskøbing Straße", " aeroskobing strasse "),
        ("You are an id10t!!", " you are an idiot "),
        ("F*ck you", " fuck you "),
        ("a**hole", " asshole "),
        ("f.u.c.k off", " fuck off "),
        ("s h i t happens", " shit happens "),
        ("$h1t", " shit "),
        ("b1tch", " bitch "),
        ("I don't want", " i don t want "),
        ("error 404 on 12.03.2026", " error 404 on 12 03 2026 "),
        ("Sue you — NOW.", " sue you now "),
        ("", " "),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text, MASKS) == expected


def test_masked_word_unknown_to_the_lexicons_is_left_alone() -> None:
    assert normalize("p*ssword reset", MASKS) == " p ssword reset "


def _matcher(*phrases: str) -> PhraseMatcher:
    matcher = PhraseMatcher()
    for text in phrases:
        matcher.add(Phrase("d", text, 1.0, None, "test"))
    matcher.build()
    return matcher


def _found(matcher: PhraseMatcher, text: str) -> list[str]:
    normalized = normalize(text, MASKS)
    return sorted(matcher.phrases[h.phrase].text for h in matcher.scan(normalized))


def test_whole_words_only() -> None:
    matcher = _matcher("sue")
    assert _found(matcher, "I will sue.") == ["sue"]
    assert _found(matcher, "Suede shoes, pursue, issue") == []


def test_stems_gaps_and_inflections() -> None:
    matcher = _matcher("verklag*", "take ... to court", "pozw* ... do sadu", "anwalt einschalt*")
    assert _found(matcher, "Wir werden Sie verklagen") == ["verklag*"]
    assert _found(matcher, "We will take your whole company to court") == ["take ... to court"]
    assert _found(matcher, "we will take you and your useless little team to court") == []  # gap > 3 words
    assert _found(matcher, "Pozwiemy was do sądu!") == ["pozw* ... do sadu"]
    assert _found(matcher, "Ich werde meinen Anwalt einschalten") == ["anwalt einschalt*"]


def test_phrases_are_folded_like_text() -> None:
    matcher = _matcher("do sądu", "ÆRGERLIG")
    assert _found(matcher, "pójdę DO SADU") == ["do sądu"]
    assert _found(matcher, "det er ærgerligt og ærgerlig") == ["ÆRGERLIG"]


@pytest.mark.parametrize("bad", ["...", "... court", "sue ...", "ab*", "!!!"])
def test_bad_phrases_are_refused(bad: str) -> None:
    with pytest.raises(PhraseError):
        compile_phrase(bad)


def test_cost_of_scanning_does_not_depend_on_match_count_shape() -> None:
    """Thousands of phrases compile into one automaton; each phrase is still found."""
    words = [f"word{i} thing{i}" for i in range(5000)]
    matcher = _matcher(*words)
    text = " ".join(words[::500])
    assert len(_found(matcher, text)) == 10
