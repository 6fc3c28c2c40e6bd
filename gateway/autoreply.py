"""Automatic replies done safely (RFC 3834): when to stay silent, and what a reply carries.

Pure functions: `suppression()` says why not to reply (or None), `build_reply()` makes the bytes.
Generated mail is sent with the null envelope sender, so it can never bounce back into a loop.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from gateway.headers import clean
from gateway.policy.automation import automated_reason
from gateway.policy.content import MessageView

_SUPPRESS = re.compile(r"\b(all|oof|autoreply)\b", re.IGNORECASE)
_MSGID = re.compile(r"<[^<>\s]+>")


def suppression(view: MessageView, *, own_addresses: Iterable[str], loop_marker: str) -> str | None:
    """Why this message must not get an automatic reply, or None if it may."""
    reason = automated_reason(view)  # null sender, Auto-Submitted, Precedence, List-*, system senders
    if reason:
        return reason
    suppress = view.header("x-auto-response-suppress")
    if suppress and _SUPPRESS.search(suppress):
        return f"X-Auto-Response-Suppress: {suppress}"
    loops = [value.strip().lower() for value in view.header_all("x-loop")]
    if loop_marker.lower() in loops:
        return "our X-Loop"
    own = {address.lower() for address in own_addresses}
    for address in view.sender_addresses:
        if address in own:
            return f"our own address {address}"
    if not view.from_address and not view.mail_from:
        return "no sender address"
    return None


def reply_recipient(view: MessageView) -> str:
    """Where a reply goes: the envelope sender (RFC 3834 §4), else the From address."""
    return view.mail_from or view.from_address


def _automatic(
    *, from_address: str, to: str, subject: str, hostname: str, when: datetime, auto_submitted: str
) -> EmailMessage:
    """The fields every message Curveball generates carries (RFC 3834 §5)."""
    message = EmailMessage()
    message["From"] = from_address
    message["To"] = clean(to)
    message["Subject"] = clean(subject, 200) or "Re:"
    message["Date"] = format_datetime(when)
    message["Message-ID"] = make_msgid(domain=hostname)
    message["Auto-Submitted"] = auto_submitted
    message["Precedence"] = "bulk"
    message["X-Auto-Response-Suppress"] = "All"
    return message


def build_generated(
    *, from_address: str, to: str, subject: str, body: str, loop_marker: str, hostname: str, when: datetime
) -> bytes:
    """A new automatic message (not a reply): follow-ups and approval requests."""
    message = _automatic(
        from_address=from_address, to=to, subject=subject, hostname=hostname, when=when,
        auto_submitted="auto-generated",
    )  # fmt: skip
    message["X-Loop"] = loop_marker
    message.set_content(body, charset="utf-8")
    return message.as_bytes()


def build_reply(
    view: MessageView,
    *,
    to: str,
    subject: str,
    body: str,
    from_address: str,
    from_name: str = "",
    loop_marker: str,
    hostname: str,
    when: datetime,
) -> bytes:
    """An RFC 3834 reply: Auto-Submitted, In-Reply-To/References, our X-Loop, plain UTF-8 text."""
    sender = f"{clean(from_name)} <{from_address}>" if from_name else from_address
    reply = _automatic(
        from_address=sender, to=to, subject=subject, hostname=hostname, when=when, auto_submitted="auto-replied"
    )
    original_id = _MSGID.search(view.header("message-id") or "")
    if original_id:
        references = _MSGID.findall(view.header("references") or "")
        references.append(original_id.group(0))
        reply["In-Reply-To"] = original_id.group(0)
        reply["References"] = " ".join(references[-20:])
    reply["X-Loop"] = loop_marker
    reply.set_content(body, charset="utf-8")
    return reply.as_bytes()
