"""A held message as a support lead reads it: who, what, the text, the attachments, what is broken.

The raw source of a quarantined message (base64 parts, HTML, folded headers) is no way to judge
it. mail-parser decodes everything (every part, every attachment, RFC 2047 words, defects); it is
too slow for the relay's hot path (~0.5 ms per 5 KB) but made for exactly this review.
"""

from __future__ import annotations

import binascii
import logging
from base64 import b64decode
from dataclasses import dataclass

import mailparser

from gateway.policy.content import html_to_text

# mail-parser warns about every multipart container it walks through; the defects say what matters.
logging.getLogger("mailparser.core").setLevel(logging.ERROR)


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int  # decoded bytes


@dataclass(frozen=True)
class Readable:
    subject: str
    sender: str
    to: str
    date: str
    text: str  # the plain-text parts, or the HTML parts as text when there is none
    attachments: tuple[Attachment, ...]
    defects: tuple[str, ...]  # MIME problems mail-parser found, for "why does this look odd"


def _addresses(pairs: list[tuple[str, str]]) -> str:
    return ", ".join(f"{name} <{address}>" if name else address for name, address in pairs)


def _decoded_size(payload: str, binary: bool) -> int:
    if not binary:
        return len(payload.encode("utf-8", "surrogateescape"))
    try:
        return len(b64decode(payload))
    except (binascii.Error, ValueError):
        return len(payload)


def readable(data: bytes) -> Readable:
    """Decode a raw message for review; never raises on malformed input (it says so in `defects`)."""
    parsed = mailparser.parse_from_bytes(data)
    texts = [part.strip() for part in parsed.text_plain if part.strip()]
    seen = {" ".join(t.split()) for t in texts}
    for part in parsed.text_html:  # HTML parts that are not just the alternative of a plain one
        text = html_to_text(part).strip()
        if text and " ".join(text.split()) not in seen:
            texts.append(text)
    attachments = tuple(
        Attachment(
            filename=str(item.get("filename") or "(unnamed)"),
            content_type=str(item.get("mail_content_type") or "application/octet-stream"),
            size=_decoded_size(str(item.get("payload") or ""), bool(item.get("binary"))),
        )
        for item in parsed.attachments
    )
    defects = tuple(
        f"{part}: {problem}"
        for found in parsed.defects
        if isinstance(found, dict)
        for part, problems in found.items()
        for problem in problems
    )
    return Readable(
        subject=parsed.subject or "",
        sender=_addresses(parsed.from_),
        to=_addresses(parsed.to),
        date=str(parsed.date or ""),
        text="\n\n".join(texts),
        attachments=attachments,
        defects=defects,
    )
