"""A small pool of upstream sessions, so each message does not pay for TCP + greeting + EHLO."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Generic, Protocol, TypeVar


class Session(Protocol):
    def is_alive(self) -> bool: ...

    async def close(self) -> None: ...


S = TypeVar("S", bound=Session)


class SessionPool(Generic[S]):
    """At most `size` sessions at once; idle ones are reused newest first, stale ones dropped."""

    def __init__(self, connect: Callable[[], Awaitable[S]], *, size: int, max_idle: float = 30.0) -> None:
        self._connect = connect
        self._slots = asyncio.Semaphore(size)
        self._idle: list[tuple[float, S]] = []
        self._max_idle = max_idle
        self._closed = False

    async def acquire(self) -> tuple[S, bool]:
        """A session and whether it was reused (a reused one may have been closed by the peer)."""
        await self._slots.acquire()
        try:
            now = time.monotonic()
            while self._idle:
                since, session = self._idle.pop()
                if now - since <= self._max_idle and session.is_alive():
                    return session, True
                await session.close()
            return await self._connect(), False
        except BaseException:
            self._slots.release()
            raise

    @property
    def saturated(self) -> bool:
        """Every slot is in use: acquire() would wait."""
        return self._slots.locked()

    def release(self, session: S) -> None:
        """Give back a session that is in a clean state for the next transaction."""
        if self._closed:
            self._slots.release()
            asyncio.get_running_loop().create_task(session.close())
            return
        self._idle.append((time.monotonic(), session))
        self._slots.release()

    async def discard(self, session: S) -> None:
        """Drop a session whose state is unknown (error mid-transaction, timeout)."""
        self._slots.release()
        await session.close()

    async def close(self) -> None:
        self._closed = True
        idle, self._idle = self._idle, []
        for _, session in idle:
            await session.close()
