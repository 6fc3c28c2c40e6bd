"""A read-only view of one message for policies: decoded headers and the text people wrote.

Parsed with the stdlib `email` package in compat32 mode, which is about 5x cheaper than full
parsers (see docs/architecture.md). Only text parts are decoded. Charsets that are wrong or
unknown degrade to replacement characters and never raise, because bad input must still be analysed.
"""

from __future__ import annotations

import email.parser
import email.policy
import re
from dataclasses import dataclass, field
from email.message import Message
from email.utils import getaddresses, parseaddr

from selectolax.lexbor import LexborHTMLParser

from gateway.headers import decode_raw, decode_words, first_values, split_message

MAX_TEXT_CHARS = 200_000  # analysis never looks further into a message than this
_PARSER = email.parser.BytesParser(policy=email.policy.compat32)
_SURROGATE = re.compile("[\udc80-\udcff]")  # raw 8-bit header bytes, as compat32 keeps them
_VIEW_FIELDS = ("subject", "from", "message-id")
# HTML elements that hold quoted history in common mail clients (Gmail, Apple Mail, Thunderbird, Outlook).
_HTML_QUOTES = (
    "blockquote, div.gmail_quote, div.moz-cite-prefix, div#divRplyFwdMsg, div#appendonsend, style, script, head"
)


@dataclass(frozen=True)
class MessageView:
    """What policies may look at. Header names are lower-case; values are decoded, unfolded text."""

    headers: tuple[tuple[str, str], ...]
    subject: str
    from_address: str
    from_name: str
    mail_from: str
    rcpt_tos: tuple[str, ...]
    size: int
    text: str  # every text/plain part, else HTML converted to text; history not yet removed
    html_only: bool
    has_attachment: bool
    content_type: str
    defects: tuple[str, ...] = field(default=())

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((value for key, value in self.headers if key == name), None)

    def header_all(self, name: str) -> list[str]:
        name = name.lower()
        return [value for key, value in self.headers if key == name]

    @property
    def sender_addresses(self) -> tuple[str, ...]:
        return tuple(a for a in (self.from_address, self.mail_from.lower()) if a)


def header_text(value: object) -> str:
    """A decoded header value: raw 8-bit bytes (kept by the parser as surrogates) read as UTF-8 or
    windows-1252, then RFC 2047 words decoded."""
    text = str(value)
    if _SURROGATE.search(text):
        text = decode_raw(text.encode("utf-8", "surrogateescape"))
    return decode_words(text)


def _charset_decode(payload: bytes, charset: str | None) -> str:
    for candidate in (charset, "utf-8"):
        if not candidate:
            continue
        try:
            return payload.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("cp1252", "replace")


def html_to_text(html: str) -> str:
    """Visible text of an HTML part, without quoted history, styles and scripts."""
    tree = LexborHTMLParser(html)
    for node in tree.css(_HTML_QUOTES):
        node.decompose()
    root = tree.body or tree.root
    return root.text(separator="\n") if root is not None else ""


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    return _charset_decode(payload[: MAX_TEXT_CHARS * 2], part.get_content_charset())


_ANGLE_ADDRESS = re.compile(r"<([^<>]*)>\s*$")


def split_from(value: str) -> tuple[str, str]:
    """(display name, address) of a From value. The address is the one in angle brackets, whatever
    the display name says: parseaddr reads 'support@example.com <boss@evil.example>' as coming from
    support@example.com, which is the very spoof agents must see through."""
    match = _ANGLE_ADDRESS.search(value)
    if match:
        return value[: match.start()].strip().strip('"').strip(), match.group(1).strip()
    return parseaddr(value)


def header_view(raw: bytes, *, mail_from: str = "", rcpt_tos: tuple[str, ...] = ()) -> MessageView:
    """Only what the record needs (subject, From, Message-ID) from the header block: for pass-through."""
    values = first_values(split_message(raw)[0], _VIEW_FIELDS)
    headers = tuple((name, header_text(value)) for name, value in values.items())
    decoded = dict(headers)
    subject = decoded.get("subject", "")
    from_name, from_address = split_from(decoded.get("from", ""))
    return MessageView(
        headers=headers, subject=subject.strip(), from_address=from_address.lower(), from_name=from_name,
        mail_from=mail_from, rcpt_tos=rcpt_tos, size=len(raw), text="", html_only=False, has_attachment=False,
        content_type="",
    )  # fmt: skip


def _parse(raw: bytes) -> Message:
    """The message as compat32 parses it. A single text part (most support mail) is parsed as its
    header block alone, with the body set as the payload: the parser's line-by-line walk through a
    body it would only store is most of its cost. Anything else, or anything odd in the header
    block, takes the full parse."""
    header_block, rest = split_message(raw)
    if rest:
        message = _PARSER.parsebytes(header_block, headersonly=True)
        if not message.defects and not message.get_payload() and message.get_content_maintype() == "text":
            body = rest[2:] if rest.startswith(b"\r\n") else rest[1:]  # the blank line ends the headers
            message.set_payload(body.decode("ascii", "surrogateescape"))
            return message
    return _PARSER.parsebytes(raw)


def parse_view(raw: bytes, *, mail_from: str = "", rcpt_tos: tuple[str, ...] = ()) -> MessageView:
    message = _parse(raw)
    # raw_items(): compat32 would turn raw 8-bit values into Header objects that lose the bytes.
    headers = tuple((key.lower(), header_text(value)) for key, value in message.raw_items())
    first = {name: value for name, value in reversed(headers)}
    plain: list[str] = []
    html: list[str] = []
    has_attachment = False
    for part in message.walk():
        if part.is_multipart():
            continue
        # str(): compat32 hands a field with raw 8-bit bytes back as a Header object.
        disposition = str(part.get("Content-Disposition") or "").split(";", 1)[0].strip().lower()
        content_type = part.get_content_type()
        if disposition == "attachment" or (part.get_filename() and content_type not in ("text/plain", "text/html")):
            has_attachment = True
            continue
        if content_type == "text/plain":
            plain.append(_part_text(part))
        elif content_type == "text/html":
            html.append(_part_text(part))
        elif not content_type.startswith(("text/", "message/", "multipart/")):
            has_attachment = True
    if plain:
        text, html_only = "\n".join(plain), False
    else:
        text, html_only = "\n".join(html_to_text(h) for h in html), bool(html)
    from_name, from_address = split_from(first.get("from", ""))
    if not from_address:
        addresses = getaddresses([message.get("From", "")])
        from_address = addresses[0][1] if addresses else ""
    return MessageView(
        headers=headers,
        subject=first.get("subject", "").strip(),
        from_address=from_address.lower(),
        from_name=from_name,
        mail_from=mail_from,
        rcpt_tos=rcpt_tos,
        size=len(raw),
        text=text[:MAX_TEXT_CHARS],
        html_only=html_only,
        has_attachment=has_attachment,
        content_type=message.get_content_type(),
        defects=tuple(type(d).__name__ for d in message.defects),
    )
