"""Shared fixtures: a real sink upstream on loopback and a PostgreSQL schema per test."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator

import asyncpg
import pytest

from tests.support import Sink

PG_DSN = os.environ.get("CURVEBALL_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture
async def sink() -> AsyncIterator[Sink]:
    server = await Sink().start()
    yield server
    await server.stop()


@pytest.fixture
async def pg_schema() -> AsyncIterator[tuple[str, str]]:
    """(SQLAlchemy URL, schema) for a fresh schema on the local PostgreSQL, dropped afterwards.

    Skipped when no PostgreSQL answers, except under CI=true, where the multi-node tests must run.
    """
    try:
        connection = await asyncio.wait_for(asyncpg.connect(PG_DSN), 5)
    except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but PostgreSQL at {PG_DSN} is unreachable: {exc}")
        pytest.skip(f"no PostgreSQL at {PG_DSN} ({exc}); set CURVEBALL_TEST_PG to run these tests")
    schema = f"cb_test_{uuid.uuid4().hex[:12]}"
    try:
        yield PG_DSN.replace("postgresql://", "postgresql+asyncpg://", 1), schema
    finally:
        await connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        await connection.close()
