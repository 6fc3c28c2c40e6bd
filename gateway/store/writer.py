"""Group commit: the writes of concurrent messages share one transaction (and one fsync).

Each message hands in a unit of work (a coroutine over a connection). The writer runs every unit
that is waiting in one transaction and resolves each caller only after the commit, so "recorded"
always means durable. If a shared transaction fails, its units are retried one by one so that a
single bad unit cannot fail its neighbours.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

log = logging.getLogger("curveball.store")

T = TypeVar("T")
Unit = Callable[[AsyncConnection], Awaitable[T]]
_Pending = tuple[Unit[Any], "asyncio.Future[Any]"]


class BatchWriter:
    def __init__(self, engine: AsyncEngine, *, max_batch: int = 256) -> None:
        self._engine = engine
        self._max_batch = max_batch
        self._queue: asyncio.Queue[_Pending] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="batch-writer")

    async def stop(self) -> None:
        """Finish everything already submitted, then stop."""
        await self._queue.join()
        if self._task:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def submit(self, unit: Unit[T]) -> T:
        """Run `unit` in the next transaction; returns its result once committed."""
        if self._task is None or self._task.done():
            raise RuntimeError("the batch writer is not running")
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait((unit, future))
        return await future

    async def _run(self) -> None:
        while True:
            batch = [await self._queue.get()]
            while len(batch) < self._max_batch and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            try:
                await self._commit(batch)
            finally:
                for _ in batch:
                    self._queue.task_done()

    async def _commit(self, batch: list[_Pending]) -> None:
        try:
            async with self._engine.begin() as connection:
                results = [await unit(connection) for unit, _ in batch]
        except Exception as exc:  # any database fault: isolate the bad unit, if there is one
            if len(batch) == 1:
                _, future = batch[0]
                if not future.done():
                    future.set_exception(exc)
                return
            log.warning("store.batch_retry", extra={"fields": {"size": len(batch), "error": str(exc)}})
            for pending in batch:
                await self._commit([pending])
            return
        for (_, future), result in zip(batch, results, strict=True):
            if not future.done():
                future.set_result(result)
