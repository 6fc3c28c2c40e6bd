"""Apply a Decision's visible changes to the raw message: headers, subject prefix, agent banners.

Byte-level MIME surgery: only the header fields concerned and the first text/plain and text/html
leaves are rewritten (each re-encoded in its own charset and transfer encoding); every other byte,
boundaries and attachments included, stays as it was.
"""

from __future__ import annotations

import base64
import binascii
import email.parser
import email.policy
import html
import itertools
import quopri
import re
import unicodedata
from collections.abc import Iterable
from email.header import Header

from gateway.headers import HeaderField, clean, decode_words, iter_fields, render_field, split_message
from gateway.policy.decision import Decision

_HEADER_PARSER = email.parser.BytesHeaderParser(policy=email.policy.compat32)
_BODY_TAG = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)
BANNER_MARK = "[Curveball]"
_PRIORITY_FIELDS = {
    "high": (("Importance", "High"), ("X-Priority", "1 (Highest)")),
    "normal": (("Importance", "Normal"), ("X-Priority", "3 (Normal)")),
    "low": (("Importance", "Low"), ("X-Priority", "5 (Lowest)")),
}


def encode_subject(subject: str) -> bytes:
    """A Subject field, RFC 2047-encoded (and folded) only when it is not plain ASCII."""
    subject = clean(subject)
    if subject.isascii():
        return render_field("Subject", subject)
    encoded = Header(subject, "utf-8", header_name="Subject").encode(linesep="\r\n")
    return f"Subject: {encoded}\r\n".encode("ascii")


def prefixed_subject(subject: str, prefixes: Iterable[str]) -> str:
    """Idempotent: a prefix already anywhere in the subject is not added again ('Re: [LEGAL] x')."""
    missing = [p for p in prefixes if p.lower() not in subject.lower()]
    return " ".join([*missing, subject]).strip() if missing else subject


def rewrite_headers(header_block: bytes, decision: Decision) -> bytes:
    if not (decision.headers or decision.priority or decision.subject_prefixes):
        return header_block  # most mail: nothing to rewrite, so no walk over the fields
    replace = {name.lower() for name, _ in decision.headers}
    added = [render_field(name, value) for name, value in decision.headers]
    if decision.priority:
        replace |= {"importance", "x-priority", "priority"}
        added += [render_field(n, v) for n, v in _PRIORITY_FIELDS[decision.priority]]
    out: list[bytes] = []
    subject_seen = False
    for item in iter_fields(header_block):
        if not isinstance(item, HeaderField):
            out.append(item)
            continue
        name = item.name.lower()
        if name in replace:
            continue
        if name == "subject" and decision.subject_prefixes and not subject_seen:
            subject_seen = True
            current = decode_words(item.value)
            new = prefixed_subject(current, decision.subject_prefixes)
            out.append(item.raw if new == current else encode_subject(new))
            continue
        out.append(item.raw)
    if decision.subject_prefixes and not subject_seen:
        out.append(encode_subject(" ".join(decision.subject_prefixes)))
    return b"".join(added) + b"".join(out)


# -- banners -------------------------------------------------------------------------------------


def _decode_body(body: bytes, cte: str) -> bytes:
    if cte == "base64":
        try:
            return base64.b64decode(body, validate=False)
        except (binascii.Error, ValueError):
            return body
    if cte == "quoted-printable":
        return quopri.decodestring(body)
    return body


def _encode_body(data: bytes, cte: str, newline: bytes) -> bytes:
    if cte == "base64":
        encoded = base64.encodebytes(data).replace(b"\n", newline)
        return encoded
    if cte == "quoted-printable":
        normalized = data.replace(b"\r\n", b"\n")
        return quopri.encodestring(normalized).replace(b"\n", newline)
    return data


_PUNCTUATION_FALLBACK = {"—": "-", "–": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "…": "..."}


def fit_charset(text: str, charset: str) -> str:
    """`text` with every character the part's charset cannot carry replaced by its closest fit."""
    try:
        text.encode(charset)
        return text
    except LookupError:
        charset = "utf-8"
    except UnicodeEncodeError:
        pass
    out = []
    for char in text:
        for candidate in (char, unicodedata.normalize("NFKD", char)[:1], _PUNCTUATION_FALLBACK.get(char, "?")):
            try:
                candidate.encode(charset)
            except UnicodeEncodeError:
                continue
            out.append(candidate)
            break
    return "".join(out)


def _banner_text(lines: tuple[str, ...], charset: str, newline: str) -> str:
    rule = "-" * 66
    body = newline.join(f"{BANNER_MARK} {line}" for line in lines)
    return fit_charset(f"{rule}{newline}{body}{newline}{rule}{newline}{newline}", charset)


def _banner_html(lines: tuple[str, ...]) -> str:
    items = "<br>".join(html.escape(line) for line in lines)
    return (
        '<div data-curveball-banner="1" style="border:2px solid #b03a2e;background:#fdecea;color:#000;'
        'padding:8px 12px;margin:0 0 12px 0;font:13px/1.4 sans-serif">'
        f"<strong>Curveball:</strong> {items}</div>"
    )


def _leaf_with_banner(
    headers: bytes, body: bytes, subtype: str, charset: str, cte: str, lines: tuple[str, ...]
) -> bytes:
    newline = b"\r\n" if b"\r\n" in body or b"\r\n" in headers else b"\n"
    separator = newline if body.startswith(newline) else b""  # the blank line after the part's headers
    body = body[len(separator) :]
    decoded = _decode_body(body, cte)
    try:
        text = decoded.decode(charset)
    except (LookupError, UnicodeDecodeError):
        charset = "utf-8" if _is_utf8(decoded) else "latin-1"
        text = decoded.decode(charset, "replace")
    if BANNER_MARK in text or 'data-curveball-banner="1"' in text:
        return headers + separator + body  # already bannered (e.g. a released message)
    if subtype == "plain":
        new_text = _banner_text(lines, charset, newline.decode()) + text
        new_bytes = new_text.encode(charset, "replace")
    else:
        raw_html = text.encode(charset, "replace")
        banner = _banner_html(lines).encode(charset, "xmlcharrefreplace")
        match = _BODY_TAG.search(raw_html)
        at = match.end() if match else 0
        new_bytes = raw_html[:at] + banner + raw_html[at:]
    return headers + separator + _encode_body(new_bytes, cte, newline)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _split_multipart(body: bytes, boundary: bytes) -> list[tuple[int, int]] | None:
    """Byte ranges of each part's content (between delimiter lines), or None if malformed."""
    delimiter = re.compile(rb"(?m)^--" + re.escape(boundary) + rb"(--)?[ \t]*\r?$")
    marks = list(delimiter.finditer(body))
    if len(marks) < 2:
        return None
    ranges = []
    for current, following in itertools.pairwise(marks):
        if current.group(1):  # closing delimiter
            break
        start = body.find(b"\n", current.end()) + 1
        end = following.start()
        # the line break before a delimiter belongs to the delimiter
        if body[end - 2 : end] == b"\r\n":
            end -= 2
        elif body[end - 1 : end] == b"\n":
            end -= 1
        ranges.append((start, max(start, end)))
    return ranges


class _BannerState:
    def __init__(self, lines: tuple[str, ...]) -> None:
        self.lines = lines
        self.done: set[str] = set()


def _entity_with_banner(entity: bytes, state: _BannerState, depth: int = 0) -> bytes:
    headers, body = split_message(entity)
    parsed = _HEADER_PARSER.parsebytes(headers)
    content_type = parsed.get_content_type()
    disposition = (parsed.get("Content-Disposition") or "").lower()
    if content_type.startswith("multipart/") and depth < 20:
        boundary = parsed.get_param("boundary")
        if not isinstance(boundary, str):
            return entity
        ranges = _split_multipart(body, boundary.encode("utf-8", "surrogateescape"))
        if ranges is None:
            return entity
        out, cursor = [], 0
        for start, end in ranges:
            out.append(body[cursor:start])
            out.append(_entity_with_banner(body[start:end], state, depth + 1))
            cursor = end
        out.append(body[cursor:])
        return headers + b"".join(out)
    subtype = content_type.removeprefix("text/")
    if content_type not in ("text/plain", "text/html") or "attachment" in disposition or subtype in state.done:
        return entity
    state.done.add(subtype)
    charset = parsed.get_content_charset() or "us-ascii"
    cte = (parsed.get("Content-Transfer-Encoding") or "7bit").strip().lower()
    return _leaf_with_banner(headers, body, subtype, charset, cte, state.lines)


def add_banners(header_block: bytes, body: bytes, lines: tuple[str, ...]) -> bytes:
    """The body with the banner at the top of the first text/plain and the first text/html part."""
    if not lines:
        return body
    rewritten = _entity_with_banner(header_block + body, _BannerState(lines))
    return rewritten[len(header_block) :] if rewritten.startswith(header_block) else body


def apply_decision(raw: bytes, decision: Decision, our_fields: Iterable[tuple[str, str]]) -> bytes:
    """Our X-Curveball-* fields on top, policy headers and subject rewritten, banners inserted."""
    header_block, body = split_message(raw)
    body = add_banners(header_block, body, decision.banners)
    header_block = rewrite_headers(header_block, decision)
    ours = b"".join(render_field(name, value) for name, value in our_fields)
    return ours + header_block + body
