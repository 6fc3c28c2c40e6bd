"""Transports that hand a message on: SMTP/SMTPS/STARTTLS and LMTP (pooled), or a local Maildir.

Everything the gateway sends, forwarded inbound mail and generated mail alike, goes through
`Transport.deliver`, which never raises for delivery problems: it returns per-recipient results,
with connection failures and timeouts as temporary (4xx) results so the sender retries.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Protocol

from gateway.config import UpstreamSettings
from gateway.delivery.client import MailSession, StaleSession, tls_context
from gateway.delivery.maildir import MaildirTransport
from gateway.delivery.pool import SessionPool
from gateway.delivery.results import DeliveryResult, OutgoingEnvelope, RecipientResult, Verdict
from gateway.delivery.url import DeliveryUrl, parse_delivery_url
from gateway.errors import DeliveryError

__all__ = [
    "DeliveryResult",
    "OutgoingEnvelope",
    "PooledTransport",
    "RecipientResult",
    "Transport",
    "Verdict",
    "open_transport",
]

log = logging.getLogger("curveball.delivery")
BUSY_HEALTH_WINDOW = 30.0  # seconds: a saturated pool counts as healthy if a delivery succeeded this recently


class Transport(Protocol):
    name: str

    async def deliver(self, envelope: OutgoingEnvelope, data: bytes) -> DeliveryResult: ...

    async def check(self) -> None:
        """Raise DeliveryError if the destination is not reachable now (for /healthz)."""

    async def close(self) -> None: ...


class _TransactionSession(Protocol):
    def is_alive(self) -> bool: ...

    async def check(self) -> None: ...

    async def close(self) -> None: ...

    async def transaction(self, envelope: OutgoingEnvelope, data: bytes) -> tuple[RecipientResult, ...]: ...


class PooledTransport:
    """SMTP or LMTP through a session pool, bounded by a timeout per message.

    A pooled session may have been closed by the upstream while idle; if that shows before any of
    the message was sent, the transaction is retried once on a fresh session (no duplicate risk).
    """

    def __init__(
        self,
        name: str,
        connect: Callable[[], Awaitable[_TransactionSession]],
        *,
        pool_size: int,
        timeout: float,
    ) -> None:
        self.name = name
        self._pool: SessionPool[_TransactionSession] = SessionPool(connect, size=pool_size)
        self._timeout = timeout
        self._last_accepted = float("-inf")  # monotonic time the upstream last took a message

    async def deliver(self, envelope: OutgoingEnvelope, data: bytes) -> DeliveryResult:
        for attempt in (1, 2):
            try:
                session, reused = await self._pool.acquire()
            except DeliveryError as exc:
                return DeliveryResult.all(
                    envelope.rcpt_tos, exc.code, f"{exc.status} {exc}", transport_error="unreachable"
                )
            try:
                async with asyncio.timeout(self._timeout):
                    results = await session.transaction(envelope, data)
            except StaleSession:
                await self._pool.discard(session)
                if reused and attempt == 1:
                    continue
                return DeliveryResult.all(envelope.rcpt_tos, 451, f"4.4.2 upstream {self.name} dropped the connection")
            except TimeoutError:
                await self._pool.discard(session)
                return DeliveryResult.all(
                    envelope.rcpt_tos, 451, f"4.4.2 upstream {self.name} timed out", transport_error="timeout"
                )
            except OSError as exc:  # connection lost mid-message, or garbled replies (ProtocolError)
                await self._pool.discard(session)
                log.warning("upstream.error", extra={"fields": {"upstream": self.name, "error": str(exc)}})
                return DeliveryResult.all(
                    envelope.rcpt_tos, 451, f"4.4.2 upstream {self.name} failed: {exc}", transport_error="protocol"
                )
            self._pool.release(session)
            if any(result.accepted for result in results):
                self._last_accepted = time.monotonic()
            return DeliveryResult(results)
        raise AssertionError("unreachable: the loop returns on its second attempt")

    async def check(self) -> None:
        """NOOP on a pooled (or new) session. When every session is busy, the upstream is in use:
        healthy if it took a message recently, rather than waiting for a free slot."""
        if self._pool.saturated:
            if time.monotonic() - self._last_accepted <= BUSY_HEALTH_WINDOW:
                return
            raise DeliveryError(
                f"every session to {self.name} is busy and none delivered for {BUSY_HEALTH_WINDOW:.0f} s"
            )
        for attempt in (1, 2):
            session, reused = await self._pool.acquire()
            try:
                await session.check()
            except ConnectionError:
                await self._pool.discard(session)
                if reused and attempt == 1:
                    continue  # closed while idle: a fresh session tells the truth
                raise
            except BaseException:
                await self._pool.discard(session)
                raise
            self._pool.release(session)
            return

    async def close(self) -> None:
        await self._pool.close()


def open_transport(url_text: str, settings: UpstreamSettings, *, local_hostname: str) -> Transport:
    """The transport for a delivery URL; connections are made lazily, on first use."""
    url = parse_delivery_url(url_text)
    if url.scheme == "maildir":
        assert url.path is not None
        return MaildirTransport(url.path)

    async def connect() -> _TransactionSession:
        return await _open_session(url, settings, local_hostname)

    return PooledTransport(str(url), connect, pool_size=settings.pool_size, timeout=settings.timeout)


async def _open_session(url: DeliveryUrl, settings: UpstreamSettings, local_hostname: str) -> _TransactionSession:
    tls = None
    if url.scheme in ("smtps", "smtp+starttls"):
        tls = tls_context(verify=settings.tls_verify, ca_file=settings.ca_file)
    return await MailSession.open(
        url,
        local_hostname=local_hostname,
        connect_timeout=settings.connect_timeout,
        command_timeout=settings.timeout,
        tls=tls,
    )
