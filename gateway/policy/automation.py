"""Is this message machine-generated? RFC 3834 plus the signs real auto-mailers leave.

Used for the `automated` condition and tag, and (with the workflows) to never auto-reply to a
machine: bounces, out-of-office replies, list mail and no-reply notifications.
"""

from __future__ import annotations

import re

from gateway.policy.content import MessageView

_SYSTEM_LOCALPART = re.compile(
    r"^(mailer-daemon|postmaster|listserv|majordomo|bounces?|noreply|no-reply|no_reply|donotreply|do-not-reply|"
    r"do_not_reply|notifications?|owner-.+|.+-request|.+-bounces?)(\+.*)?$",
    re.IGNORECASE,
)
_LIST_HEADERS = (
    "list-id",
    "list-owner",
    "list-subscribe",
    "list-post",
    "list-unsubscribe",
    "list-help",
    "list-archive",
)
_AUTO_HEADERS = ("x-autoreply", "x-autorespond", "x-autoresponder", "x-auto-reply", "x-mailautoreply")


def automated_reason(view: MessageView) -> str | None:
    """Why the message looks automated, or None for (apparently) human mail."""
    if not view.mail_from:
        return "null sender"
    auto_submitted = (view.header("auto-submitted") or "").split(";", 1)[0].strip().lower()
    if auto_submitted and auto_submitted != "no":
        return f"Auto-Submitted: {auto_submitted}"
    precedence = (view.header("precedence") or "").strip().lower()
    if precedence in ("bulk", "list", "junk", "auto_reply"):
        return f"Precedence: {precedence}"
    for name in _LIST_HEADERS:
        if view.header(name) is not None:
            return f"{name} present"
    for name in _AUTO_HEADERS:
        if view.header(name) is not None:
            return f"{name} present"
    if view.content_type == "multipart/report":
        return "delivery report"
    for address in (view.mail_from, view.from_address):
        local = address.rpartition("@")[0]
        if local and _SYSTEM_LOCALPART.match(local):
            return f"system sender {address}"
    return None
