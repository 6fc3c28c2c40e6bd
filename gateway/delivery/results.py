"""What a delivery attempt returns, per recipient, and how that becomes the client's reply."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class OutgoingEnvelope:
    """The SMTP envelope of one delivery (inbound forward, retry or generated mail)."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    smtputf8: bool = False
    body8bit: bool = False


@dataclass(frozen=True)
class RecipientResult:
    address: str
    code: int
    text: str

    @property
    def accepted(self) -> bool:
        return 200 <= self.code < 300

    @property
    def temporary(self) -> bool:
        return 400 <= self.code < 500

    def __str__(self) -> str:
        return f"{self.code} {self.text}"


class Verdict(StrEnum):
    ACCEPTED = "accepted"  # every recipient took the message
    PARTIAL = "partial"  # some took it; the rest must be retried or bounced by us
    TEMPFAIL = "tempfail"  # nobody took it and at least one failure was temporary
    REJECTED = "rejected"  # nobody took it and every failure was permanent


@dataclass(frozen=True)
class DeliveryResult:
    recipients: tuple[RecipientResult, ...]
    # Set when no SMTP conversation finished: unreachable | timeout | dropped | protocol
    transport_error: str | None = None

    @classmethod
    def all(
        cls, rcpt_tos: tuple[str, ...], code: int, text: str, *, transport_error: str | None = None
    ) -> DeliveryResult:
        return cls(tuple(RecipientResult(rcpt, code, text) for rcpt in rcpt_tos), transport_error)

    @property
    def accepted(self) -> tuple[RecipientResult, ...]:
        return tuple(r for r in self.recipients if r.accepted)

    @property
    def failed(self) -> tuple[RecipientResult, ...]:
        return tuple(r for r in self.recipients if not r.accepted)

    @property
    def verdict(self) -> Verdict:
        if not self.failed:
            return Verdict.ACCEPTED
        if self.accepted:
            return Verdict.PARTIAL
        if any(r.temporary or not 400 <= r.code < 600 for r in self.failed):
            return Verdict.TEMPFAIL
        return Verdict.REJECTED

    def summary(self) -> str:
        """One line for the log and the message record: each distinct reply once."""
        seen: dict[str, None] = {}
        for r in self.recipients:
            seen.setdefault(str(r), None)
        return " | ".join(seen)
