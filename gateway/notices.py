"""Short internal notices to a route (team lead, on-call), sent by the `notify` action."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from gateway.headers import clean


def build_notice(
    *,
    from_address: str,
    to_addresses: tuple[str, ...],
    subject: str,
    lines: list[str],
    hostname: str,
    when: datetime,
) -> bytes:
    notice = EmailMessage()
    notice["From"] = from_address
    notice["To"] = ", ".join(to_addresses)
    notice["Subject"] = clean(subject, 200)
    notice["Date"] = format_datetime(when)
    notice["Message-ID"] = make_msgid(domain=hostname)
    notice["Auto-Submitted"] = "auto-generated"
    notice["X-Curveball-Notice"] = "yes"
    notice.set_content("\n".join(lines) + "\n")
    return notice.as_bytes()
