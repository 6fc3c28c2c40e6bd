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
from typing import Protocol, TypeVar

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
T = TypeVar("T")
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
        async def transaction(session: _TransactionSession) -> tuple[RecipientResult, ...]:
            async with asyncio.timeout(self._timeout):
                return await session.transaction(envelope, data)

        try:
            results = await self._on_session(transaction, stale=StaleSession)
        except DeliveryError as exc:  # no session could be opened
            return DeliveryResult.all(envelope.rcpt_tos, exc.code, f"{exc.status} {exc}", transport_error="unreachable")
        except StaleSession:
            return DeliveryResult.all(envelope.rcpt_tos, 451, f"4.4.2 upstream {self.name} dropped the connection")
        except TimeoutError:
            return DeliveryResult.all(
                envelope.rcpt_tos, 451, f"4.4.2 upstream {self.name} timed out", transport_error="timeout"
            )
        except OSError as exc:  # connection lost mid-message, or garbled replies (ProtocolError)
            log.warning("upstream.error", extra={"fields": {"upstream": self.name, "error": str(exc)}})
            return DeliveryResult.all(
                envelope.rcpt_tos, 451, f"4.4.2 upstream {self.name} failed: {exc}", transport_error="protocol"
            )
        if any(result.accepted for result in results):
            self._last_accepted = time.monotonic()
        return DeliveryResult(results)

    async def check(self) -> None:
        """NOOP on a pooled (or new) session. When every session is busy, the upstream is in use:
        healthy if it took a message recently, rather than waiting for a free slot."""
        if self._pool.saturated:
            if time.monotonic() - self._last_accepted <= BUSY_HEALTH_WINDOW:
                return
            raise DeliveryError(
                f"every session to {self.name} is busy and none delivered for {BUSY_HEALTH_WINDOW:.0f} s"
            )
        await self._on_session(lambda session: session.check(), stale=ConnectionError)

    async def _on_session(self, use: Callable[[_TransactionSession], Awaitable[T]], *, stale: type[BaseException]) -> T:
        """`use` a pooled session, given back clean or discarded. A reused session that turns out
        `stale` (closed by the peer while idle) is replaced by a fresh one, once: nothing was sent."""
        for attempt in (1, 2):
            session, reused = await self._pool.acquire()
            try:
                outcome = await use(session)
            except stale:
                await self._pool.discard(session)
                if reused and attempt == 1:
                    continue
                raise
            except BaseException:
                await self._pool.discard(session)
                raise
            self._pool.release(session)
            return outcome
        raise AssertionError("unreachable: the second attempt returns or raises")

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
