"""The path of one message, from the end of DATA to the reply the client gets.

inbound bytes -> strip forged X-Curveball-* -> add trace fields -> deliver upstream
  -> settle (pure: outcome, reply, follow-up mail) -> record (+ follow-ups, one transaction)
  -> "250" only once the upstream took it or what we owe is durably queued, else 4xx/5xx
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.bounce import build_bounce
from gateway.delivery import DeliveryResult, OutgoingEnvelope, Transport, Verdict
from gateway.headers import (
    clean,
    decode_words,
    first_values,
    received_field,
    render_field,
    split_message,
    strip_our_fields,
)
from gateway.ids import new_id
from gateway.metrics import Metrics
from gateway.store.messages import MessageRecord, insert_message
from gateway.store.outbox import OutboxItem, enqueue
from gateway.store.writer import BatchWriter

log = logging.getLogger("curveball.relay")


@dataclass(frozen=True)
class Inbound:
    """One received message with what the SMTP session knew about it."""

    id: str
    received_at: datetime
    peer_ip: str
    helo: str | None
    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes
    smtputf8: bool = False
    body8bit: bool = False
    tls: bool = False
    authenticated: bool = False

    @property
    def protocol(self) -> str:
        """The `with` keyword of the Received field (RFC 3848, RFC 6531)."""
        base = "UTF8SMTP" if self.smtputf8 else "ESMTP"
        return base + ("S" if self.tls else "") + ("A" if self.authenticated else "")


@dataclass(frozen=True)
class Settlement:
    """What a delivery result means for the client and for us."""

    outcome: str  # delivered | tempfailed | rejected
    reply: str
    followups: tuple[OutboxItem, ...] = ()
    details: Mapping[str, object] = field(default_factory=dict)


def one_line(text: str) -> str:
    return " ".join(clean(text).split())


def settle(inbound: Inbound, data: bytes, result: DeliveryResult, *, hostname: str, now: datetime) -> Settlement:
    """Map per-recipient results to one SMTP reply, plus the retries and bounces we then owe."""
    verdict = result.verdict
    accepted_reply = f"250 2.0.0 Ok: queued as {inbound.id}"
    if verdict is Verdict.ACCEPTED:
        return Settlement("delivered", accepted_reply)
    if verdict is Verdict.TEMPFAIL:
        first = next(r for r in result.failed if not 500 <= r.code < 600)
        code = first.code if 400 <= first.code < 500 else 451
        return Settlement("tempfailed", f"{code} {one_line(first.text)}")
    if verdict is Verdict.REJECTED:
        first = result.failed[0]
        return Settlement("rejected", f"{first.code} {one_line(first.text)}")
    # PARTIAL: the message is delivered for some recipients; the rest become our responsibility.
    deferred = tuple(r for r in result.failed if r.temporary)
    bounced = tuple(r for r in result.failed if not r.temporary)
    followups: list[OutboxItem] = []
    if deferred:
        followups.append(
            OutboxItem(
                id=new_id(),
                kind="retry",
                transport="upstream",
                mail_from=inbound.mail_from,
                rcpt_tos=tuple(r.address for r in deferred),
                data=data,
                smtputf8=inbound.smtputf8,
                message_ref=inbound.id,
            )
        )
    if bounced and inbound.mail_from:
        bounce = build_bounce(
            original=data,
            original_sender=inbound.mail_from,
            failures=bounced,
            reporting_host=hostname,
            from_address=f"MAILER-DAEMON@{hostname}",
            when=now,
        )
        followups.append(
            OutboxItem(
                id=new_id(),
                kind="bounce",
                transport="outbound",
                mail_from="",
                rcpt_tos=(inbound.mail_from,),
                data=bounce,
                message_ref=inbound.id,
            )
        )
    details = {
        "deferred": [r.address for r in deferred],
        "bounced": [r.address for r in bounced],
    }
    return Settlement("delivered", accepted_reply, tuple(followups), details)


def prepare(inbound: Inbound, *, hostname: str, gateway_id: str) -> tuple[bytes, dict[str, str], int]:
    """The bytes to forward (our fields on top, forged ones gone), the header values we record,
    and how many forged fields were removed."""
    header_block, body = split_message(inbound.raw)
    header_block, forged = strip_our_fields(header_block)
    values = first_values(header_block, ("subject", "message-id"))
    trace = received_field(
        helo=inbound.helo,
        peer_ip=inbound.peer_ip,
        by_host=hostname,
        protocol=inbound.protocol,
        queue_id=inbound.id,
        recipients=inbound.rcpt_tos,
        when=inbound.received_at,
    )
    ours = render_field("X-Curveball-Id", f"{inbound.id} ({gateway_id})")
    return trace + ours + header_block + body, values, forged


class Relay:
    def __init__(
        self,
        *,
        upstream: Transport,
        writer: BatchWriter,
        metrics: Metrics,
        hostname: str,
        gateway_id: str,
        outbox_wakeup: Callable[[], None] = lambda: None,
    ) -> None:
        self._upstream = upstream
        self._writer = writer
        self._metrics = metrics
        self._hostname = hostname
        self._gateway_id = gateway_id
        self._outbox_wakeup = outbox_wakeup

    async def handle(self, inbound: Inbound) -> str:
        """Deliver one message and return the SMTP reply for the client."""
        started = time.perf_counter()
        data, values, forged = prepare(inbound, hostname=self._hostname, gateway_id=self._gateway_id)
        if forged:
            self._metrics.forged_headers.inc(forged)
        envelope = OutgoingEnvelope(inbound.mail_from, inbound.rcpt_tos, inbound.smtputf8, inbound.body8bit)
        result = await self._upstream.deliver(envelope, data)
        settlement = settle(inbound, data, result, hostname=self._hostname, now=inbound.received_at)
        if settlement.outcome != "delivered" or result.failed:
            self._metrics.upstream_errors.labels(result.transport_error or settlement.outcome).inc()
        reply = settlement.reply
        subject = values.get("subject")
        record = MessageRecord(
            id=inbound.id,
            gateway_id=self._gateway_id,
            received_at=inbound.received_at,
            client_address=inbound.peer_ip,
            helo=inbound.helo,
            mail_from=inbound.mail_from,
            rcpt_tos=inbound.rcpt_tos,
            message_id=values.get("message-id"),
            subject=decode_words(subject) if subject is not None else None,
            size=len(inbound.raw),
            outcome=settlement.outcome,
            reply=reply,
            upstream_reply=result.summary(),
            duration_ms=round((time.perf_counter() - started) * 1000, 3),
            details=dict(settlement.details),
        )

        async def write(connection: AsyncConnection) -> None:
            await insert_message(connection, record)
            for item in settlement.followups:
                await enqueue(connection, item, inbound.received_at)

        try:
            await self._writer.submit(write)
        except Exception:
            self._metrics.store_errors.inc()
            log.exception("store.record_failed", extra={"fields": {"id": inbound.id}})
            if settlement.followups:  # what we owe was not stored: the sender must retry
                reply = "451 4.3.0 Temporary storage failure, try again later"
        if settlement.followups:
            self._outbox_wakeup()
        elapsed = time.perf_counter() - started
        self._metrics.messages.labels(settlement.outcome).inc()
        self._metrics.latency.observe(elapsed)
        log.info(
            "message",
            extra={
                "fields": {
                    "id": inbound.id,
                    "client": inbound.peer_ip,
                    "from": inbound.mail_from,
                    "to": list(inbound.rcpt_tos),
                    "size": len(inbound.raw),
                    "outcome": settlement.outcome,
                    "reply": reply,
                    "upstream": record.upstream_reply,
                    "ms": round(elapsed * 1000, 2),
                }
            },
        )
        return reply
