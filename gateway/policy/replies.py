"""Keep only what the sender wrote now: no quoted replies, forwarded history, signatures or disclaimers.

mail-parser-reply knows reply headers and signatures in a dozen languages; it is called only when
the text shows signs of history (it costs ~0.3 ms). The patterns below add what it lacks (Romanian,
Portuguese, Finnish, Norwegian reply headers, Outlook separators, mobile signatures, disclaimers).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mailparser_reply import EmailReplyParser

_REPLY_PARSER_LANGUAGES = ["en", "de", "da", "es", "fr", "it", "nl", "pl", "sv", "cs"]

# A line that starts quoted history or a forward, in any of the supported languages (the leading
# newline stands for `^`: see _cut).
_HISTORY_START = re.compile(
    r"\n\s*(?:"
    r"-{2,}\s*(?:original message|ursprüngliche nachricht|oprindelig meddelelse|mesaj original|wiadomość oryginalna|"
    r"mensaje original|message d'origine|oorspronkelijk bericht|ursprungligt meddelande|messaggio originale|"
    r"mensagem original|alkuperäinen viesti|opprinnelig melding|forwarded message|weitergeleitete nachricht|"
    r"videresendt meddelelse|mesaj redirecționat|wiadomość przekazana|mensaje reenviado|message transféré|"
    r"doorgestuurd bericht|vidarebefordrat meddelande|messaggio inoltrato|mensagem encaminhada)\s*-{2,}"
    r"|_{20,}"
    r"|(?:on|am|den|le|el|il|op|em|în|in data de|dnia|w dniu|pe|på|kello|\d).{0,120}"
    r"(?:wrote|schrieb|skrev|a écrit|escribió|ha scritto|schreef|escreveu|a scris|napisał|napisała|kirjoitti):\s*$"
    r"|\*{0,2}(?:from|von|fra|de|od|från|da|van|lähettäjä|expeditor|от)\*{0,2}\s*:\s*\*{0,2}.+@.+"
    r")",
    re.IGNORECASE | re.MULTILINE,
)
# Signs of quoted history: a line starting with ">" or a "-- Original Message --" separator; a colon
# ending a line or leading to an address. Two patterns that each start with one literal character
# (searched as "\n" + text): the regex engine skips to that character instead of trying every
# position, as it did for one alternation (a fifth of `new_text` on a 5 KB reply).
_QUOTE_LINE = re.compile(r"\n[^\S\n]*(?:>|-{2,}\s*\S.*-{2,}\s*$)", re.MULTILINE)
_QUOTE_COLON = re.compile(r":(?:\s*$|\*?\s.*@)", re.MULTILINE)
# After the cheap cuts: signs of history they did not recognise (a header-like line with an
# address, or a localised From/Sent field). Only then is the reply parser worth its cost.
_LEFTOVER_HISTORY = re.compile(
    r"^[^\n]{0,100}@[^\n]{0,100}:[ \t]*$|^[ \t*]*(?:from|von|fra|de|od|från|da|van|lähettäjä|expeditor|sent|gesendet|"
    r"envoyé|enviado|skickat|sendt|wysłano|trimis|inviato|verzonden|lähetetty)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
_SIGNATURE_START = re.compile(
    r"\n(?:-- ?|—|sent from my \w+|sendt fra min \w+|von meinem \w+ gesendet|envoyé de mon \w+|"
    r"enviado desde mi \w+|inviato da \w+|verzonden vanaf mijn \w+|skickat från min \w+|"
    r"wysłane z \w+|trimis de pe \w+|enviado do meu \w+|lähetetty \w+)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# Confidentiality and privilege disclaimers: cut from the first line that starts one.
_DISCLAIMER_START = re.compile(
    r"\n\s*(?:confidentiality notice|disclaimer|this (?:e-?mail|message|communication)(?: and any attachments?)? "
    r"(?:is|are|may|contains?|and)|the information (?:contained )?in this (?:e-?mail|message)|"
    r"privileged (?:and|&) confidential|diese (?:e-?mail|nachricht) (?:enthält|ist|kann)|"
    r"denne (?:e-?mail|meddelelse|e-?post) (?:er|kan|indeholder|inneholder)|ta wiadomość (?:jest|może|zawiera)|"
    r"acest (?:e-?mail|mesaj) (?:este|poate|conține|contine)|este (?:correo|mensaje) (?:es|puede|contiene)|"
    r"ce (?:message|courriel|e-?mail) (?:est|peut|contient)|dit (?:bericht|e-?mailbericht) (?:is|kan|bevat)|"
    r"detta (?:e-?postmeddelande|meddelande|mejl) (?:är|kan|innehåller)|"
    r"questo (?:messaggio|e-?mail) (?:è|e|può|contiene)|"
    r"esta (?:mensagem|e-?mail) (?:é|e|pode|contém)|tämä (?:viesti|sähköposti) (?:on|voi|sisältää))",
    re.IGNORECASE | re.MULTILINE,
)


# One pass for both: the text ends at the first signature delimiter or disclaimer, whichever comes first.
_SIGNATURE_OR_DISCLAIMER = re.compile(
    "\n(?:" + _SIGNATURE_START.pattern[2:] + "|" + _DISCLAIMER_START.pattern[2:] + ")", re.IGNORECASE | re.MULTILINE
)


# "Re:", "AW:", "SV:", "Odp:", "Fwd:", "WG:", "TR:", "RV:" ... (with a count: "Re[2]:"), repeated.
_REPLY_PREFIX = re.compile(
    r"\s*(?:(?:re|aw|sv|vs|antw|odp|r|rif|res|ynt|fwd?|wg|tr|doorst|vb|enc|rv|i|pd|vl)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+",
    re.IGNORECASE,
)


def is_reply_subject(subject: str) -> bool:
    """Does the subject carry a reply or forward prefix? Then its words are those that started the
    thread: "Re: SITE DOWN AGAIN" above "thanks, all working again"."""
    return _REPLY_PREFIX.match(subject) is not None


@lru_cache(maxsize=1)
def _reply_parser() -> EmailReplyParser:
    return EmailReplyParser(languages=_REPLY_PARSER_LANGUAGES)


def _cut(text: str, pattern: re.Pattern[str]) -> str:
    """`text` up to the first line where `pattern` matches (never the whole text from line one).

    The line patterns start with a newline instead of `^`: the regex engine then jumps from newline
    to newline instead of trying every position, and the text gets one in front for its first line.
    """
    match = pattern.search("\n" + text)
    return text[: match.start()] if match and match.start() > 0 else text


_REPLY_PARSER_MAX_CHARS = 6000  # its cost grows fast with length; what people write now comes first


def new_text(text: str) -> str:
    """The part of a body the sender wrote now.

    Cheap cuts first (a reply header or forward marker ends what the sender wrote now); the
    reply parser then sees only the remainder, which is short in nearly every real message.
    """
    text = text.replace("\r\n", "\n")
    if _QUOTE_COLON.search(text) or _QUOTE_LINE.search("\n" + text):
        text = _cut(text, _HISTORY_START)
        if ">" in text:
            text = "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">"))
        if ":" in text and _LEFTOVER_HISTORY.search(text):  # both of its alternatives need a colon
            try:
                replies = _reply_parser().read(text[:_REPLY_PARSER_MAX_CHARS]).replies
            except Exception:  # a library bug on odd input must not stop analysis
                replies = []
            if replies and replies[0].content.strip():
                text = replies[0].content
    return _cut(text, _SIGNATURE_OR_DISCLAIMER).strip()
