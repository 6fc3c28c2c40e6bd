"""The outbox worker: delivers what the gateway owes (retries, bounces, later replies and copies).

Items are leased, so several nodes can run workers against one database without sending an item
twice; a node that dies mid-send leaves a lease that expires and another node (or itself, after a
restart) sends the item: at-least-once, like every SMTP queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.bounce import build_bounce
from gateway.delivery import OutgoingEnvelope, Transport, Verdict
from gateway.delivery.results import RecipientResult
from gateway.ids import new_id
from gateway.metrics import Metrics
from gateway.store.outbox import OutboxItem, claim_due, enqueue, mark_failed, mark_retry, mark_sent
from gateway.tasks import cancel

log = logging.getLogger("curveball.outbox")

LEASE_SECONDS = 120.0


def backoff(attempts: int) -> timedelta:
    """1, 2, 4 … minutes after each failed attempt, at most an hour apart."""
    return timedelta(seconds=min(60 * 2 ** max(attempts - 1, 0), 3600))


class OutboxWorker:
    def __init__(
        self,
        engine: AsyncEngine,
        transports: Mapping[str, Transport],
        *,
        owner: str,
        hostname: str,
        max_age: float,
        poll_interval: float,
        metrics: Metrics,
    ) -> None:
        self._engine = engine
        self._transports = transports
        self._owner = owner
        self._hostname = hostname
        self._max_age = timedelta(seconds=max_age)
        self._poll_interval = poll_interval
        self._metrics = metrics
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="outbox-worker")

    async def stop(self) -> None:
        await cancel(self._task)

    async def _run(self) -> None:
        while True:
            try:
                await self.run_once()
            except Exception:  # database away for a moment: keep the worker alive
                log.exception("outbox.cycle_failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._poll_interval)
            self._wake.clear()

    async def run_once(self, now: datetime | None = None) -> int:
        """Attempt every due item once; returns how many were attempted."""
        now = now or datetime.now(UTC)
        items = await claim_due(self._engine, self._owner, now, lease=LEASE_SECONDS, limit=50)
        await asyncio.gather(*(self._attempt(item, now) for item in items))
        return len(items)

    async def _attempt(self, item: OutboxItem, now: datetime) -> None:
        transport = self._transports[item.transport]
        envelope = OutgoingEnvelope(item.mail_from, item.rcpt_tos, item.smtputf8, body8bit=True)
        result = await transport.deliver(envelope, item.data)
        verdict = result.verdict
        summary = result.summary()
        fields = {"id": item.id, "kind": item.kind, "to": list(item.rcpt_tos), "reply": summary}
        if verdict is Verdict.ACCEPTED:
            await mark_sent(self._engine, item.id, self._owner, now, summary)
            self._metrics.outbox.labels("sent").inc()
            log.info("outbox.sent", extra={"fields": fields})
            return
        created = (
            item.created_at.replace(tzinfo=UTC) if item.created_at and not item.created_at.tzinfo else item.created_at
        )
        expired = created is not None and now - created > self._max_age
        if verdict is Verdict.TEMPFAIL and not expired:
            await mark_retry(self._engine, item.id, self._owner, now + backoff(item.attempts + 1), summary)
            self._metrics.outbox.labels("deferred").inc()
            log.info("outbox.deferred", extra={"fields": fields})
            return
        # Permanent refusal, give-up after max age, or a partial result: report what failed.
        error = summary if not expired else f"gave up after {self._max_age}: {summary}"
        await mark_failed(self._engine, item.id, self._owner, error)
        self._metrics.outbox.labels("failed").inc()
        log.warning("outbox.failed", extra={"fields": fields})
        if item.kind == "retry" and item.mail_from:
            await self._bounce(item, result.failed, now)

    async def _bounce(self, item: OutboxItem, failures: tuple[RecipientResult, ...], now: datetime) -> None:
        data = build_bounce(
            original=item.data,
            original_sender=item.mail_from,
            failures=failures,
            reporting_host=self._hostname,
            from_address=f"MAILER-DAEMON@{self._hostname}",
            when=now,
        )
        bounce = OutboxItem(
            id=new_id(),
            kind="bounce",
            transport="outbound",
            mail_from="",
            rcpt_tos=(item.mail_from,),
            data=data,
            message_ref=item.message_ref,
            dedupe_key=f"bounce:{item.id}",
        )
        async with self._engine.begin() as connection:
            await enqueue(connection, bounce, now)
        self.wake()
