"""The batch writer: durable units wait for their commit; unawaited writes are bounded and say when they lag."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from gateway.config import DatabaseSettings
from gateway.store import writer as writer_module
from gateway.store.database import open_database
from gateway.store.writer import BatchWriter

ROWS = sa.Table("rows", sa.MetaData(), sa.Column("n", sa.Integer))


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    """A real SQLite file with the one-column table the tests write to."""
    engine = await open_database(DatabaseSettings(url=f"sqlite+aiosqlite:///{tmp_path / 'w.db'}"))
    async with engine.begin() as connection:
        await connection.run_sync(ROWS.metadata.create_all)
    yield engine
    await engine.dispose()


async def test_rows_units_and_the_backlog_limit(engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    writer = BatchWriter(engine)
    writer.start()
    try:
        for n in range(20):
            writer.enqueue(rows=[(ROWS, {"n": n})])

        async def unit(connection: AsyncConnection) -> int:
            return int((await connection.execute(sa.select(sa.func.count()).select_from(ROWS))).scalar_one())

        assert await writer.submit(unit, rows=[(ROWS, {"n": 99})]) == 21  # the lingering rows commit with it
        monkeypatch.setattr(writer_module, "MAX_LINGERING", 0)
        refused = writer.enqueue(rows=[(ROWS, {"n": 100})])
        with pytest.raises(OverflowError):
            await refused
        await writer.flush()
    finally:
        await writer.stop()


async def test_unawaited_units_commit_and_a_backlog_says_behind(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer_module, "KEEP_UP", 3)
    writer = BatchWriter(engine)
    writer.start()
    try:

        async def unit(connection: AsyncConnection) -> str:
            await connection.execute(ROWS.insert(), {"n": -1})
            return "done"

        pending = [writer.enqueue(unit, rows=[(ROWS, {"n": n})]) for n in range(5)]
        behind_while_queued = writer.behind  # five unawaited writes queued, more than KEEP_UP
        assert [await p for p in pending] == ["done"] * 5
        assert behind_while_queued
        assert not writer.behind
        async with engine.connect() as connection:
            count = (await connection.execute(sa.select(sa.func.count()).select_from(ROWS))).scalar_one()
        assert count == 10  # each write's row and its unit's row
    finally:
        await writer.stop()
