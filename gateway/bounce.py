"""Delivery status notifications (RFC 3464) for recipients we accepted but could not deliver.

Once a client got our 250 for a message, its failed recipients are ours to report: a bounce goes
to the envelope sender, sent with the null sender so it can never loop.
"""

from __future__ import annotations

import os
from datetime import datetime
from email.utils import format_datetime, make_msgid

from gateway.delivery.results import RecipientResult
from gateway.headers import clean, split_message


def build_bounce(
    *,
    original: bytes,
    original_sender: str,
    failures: tuple[RecipientResult, ...],
    reporting_host: str,
    from_address: str,
    when: datetime,
) -> bytes:
    """A multipart/report DSN: a human explanation, the per-recipient status, the original headers."""
    boundary = f"=_curveball_dsn_{os.urandom(8).hex()}"
    date = format_datetime(when)
    human = "\r\n".join(
        ["Your message could not be delivered to these recipients:", ""]
        + [f"  <{clean(f.address)}>: {clean(str(f))}" for f in failures]
    )
    status = [f"Reporting-MTA: dns; {clean(reporting_host)}", f"Arrival-Date: {date}", ""]
    for failure in failures:
        code = failure.text.split(" ", 1)[0] if failure.text[:1] in "245" and failure.text[1:2] == "." else "5.0.0"
        status += [
            f"Final-Recipient: rfc822; {clean(failure.address)}",
            "Action: failed",
            f"Status: {code}",
            f"Diagnostic-Code: smtp; {clean(str(failure))}",
            "",
        ]
    headers, _ = split_message(original)
    parts = [
        f"From: Mail Delivery System <{from_address}>",
        f"To: <{clean(original_sender)}>",
        "Subject: Undelivered Mail Returned to Sender",
        f"Date: {date}",
        f"Message-ID: {make_msgid(domain=clean(reporting_host))}",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"',
        "",
        f"--{boundary}",
        "Content-Type: text/plain; charset=utf-8",
        "",
        human,
        "",
        f"--{boundary}",
        "Content-Type: message/delivery-status",
        "",
        "\r\n".join(status),
        f"--{boundary}",
        "Content-Type: text/rfc822-headers",
        "",
    ]
    tail = f"\r\n--{boundary}--\r\n"
    return "\r\n".join(parts).encode("utf-8") + b"\r\n" + headers + tail.encode()
