"""Group commit: the writes of concurrent messages share one transaction (and one fsync).

Each message hands in plain rows (inserted with one executemany per table per batch: one
thread hop instead of one per row) and, when it needs more, a unit of work (a coroutine over the
connection). The writer runs everything waiting in one transaction and resolves each caller only
after the commit, so "recorded" always means durable. If a shared transaction fails, its members
are retried one by one so that a single bad one cannot fail its neighbours.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

log = logging.getLogger("curveball.store")

T = TypeVar("T")
Unit = Callable[[AsyncConnection], Awaitable[T]]
Rows = Sequence[tuple[sa.Table, dict[str, Any]]]
_Pending = tuple[Rows, Unit[Any] | None, "asyncio.Future[Any]", bool]  # (..., nobody awaits it)
LINGER = 0.01  # seconds a batch of nothing-but-unawaited writes waits for company
MAX_LINGERING = 50_000  # unawaited writes held while the database is away; past this they are refused
KEEP_UP = 256  # unawaited writes queued past which callers should wait (see `behind`)


class BatchWriter:
    def __init__(self, engine: AsyncEngine, *, max_batch: int = 256) -> None:
        self.engine = engine
        self._engine = engine
        self._max_batch = max_batch
        self._queue: asyncio.Queue[_Pending] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self._lingering = 0  # queued entries whose callers do not wait for them

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="batch-writer")

    async def flush(self) -> None:
        """Wait until everything submitted so far is committed (or failed)."""
        await self._queue.join()

    async def stop(self) -> None:
        """Finish everything already submitted, then stop."""
        await self._queue.join()
        if self._task:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    @property
    def behind(self) -> bool:
        """More unawaited writes are queued than one batch takes: the database is not keeping up.
        Callers then wait for their commit, so clients slow to its pace instead of a backlog growing."""
        return self._lingering > KEEP_UP

    async def submit(self, unit: Unit[T] | None = None, *, rows: Rows = ()) -> T | None:
        """Insert `rows` and run `unit` in the next transaction; returns the unit's result once committed."""
        return await self._put(unit, rows, awaited=True)

    def enqueue(self, unit: Unit[T] | None = None, *, rows: Rows = ()) -> asyncio.Future[T | None]:
        """Like submit, without waiting: for writes whose durability no reply depends on (the log of a
        message the upstream already accepted, its bookkeeping). The future still reports the outcome;
        stop() flushes."""
        return self._put(unit, rows, awaited=False)

    def _put(self, unit: Unit[T] | None, rows: Rows, *, awaited: bool) -> asyncio.Future[T | None]:
        if self._task is None or self._task.done():
            raise RuntimeError("the batch writer is not running")
        future: asyncio.Future[T | None] = asyncio.get_running_loop().create_future()
        if not awaited and self._lingering >= MAX_LINGERING:
            # The database has been away for a long time: refuse rather than grow without bound.
            future.set_exception(OverflowError(f"{MAX_LINGERING} writes already waiting for the database"))
            return future
        self._queue.put_nowait((rows, unit, future, not awaited))
        if not awaited:
            self._lingering += 1
        return future

    async def _run(self) -> None:
        while True:
            first = await self._queue.get()
            if first[3] and self._lingering == self._queue.qsize() + 1:
                # Nobody waits for what is queued: let more arrive so they share one commit (and one fsync).
                await asyncio.sleep(LINGER)
            batch = [first]
            while len(batch) < self._max_batch and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            self._lingering -= sum(1 for *_, unawaited in batch if unawaited)
            try:
                await self._commit(batch)
            finally:
                for _ in batch:
                    self._queue.task_done()

    async def _commit(self, batch: list[_Pending]) -> None:
        by_table: dict[sa.Table, list[dict[str, Any]]] = {}
        for rows, *_ in batch:
            for table, row in rows:
                by_table.setdefault(table, []).append(row)
        try:
            async with self._engine.begin() as connection:
                for table, values in by_table.items():
                    await connection.execute(table.insert(), values)
                results = [await unit(connection) if unit is not None else None for _, unit, *_ in batch]
        except Exception as exc:  # any database fault: isolate the bad member, if there is one
            if len(batch) == 1:
                future = batch[0][2]
                if not future.done():
                    future.set_exception(exc)
                return
            log.warning("store.batch_retry", extra={"fields": {"size": len(batch), "error": str(exc)}})
            for pending in batch:
                await self._commit([pending])
            return
        for (_, _, future, _), result in zip(batch, results, strict=True):
            if not future.done():
                future.set_result(result)
