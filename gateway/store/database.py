"""Engine creation and schema migration at start-up."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from gateway.config import DatabaseSettings

log = logging.getLogger("curveball.store")

_MIGRATIONS = Path(__file__).parent / "migrations"
_MIGRATION_LOCK = 0x43757276  # pg advisory lock id: several nodes starting at once migrate one at a time


def create_engine(settings: DatabaseSettings) -> AsyncEngine:
    """An async engine for `settings.url`; SQLite gets WAL and a busy timeout on every connection."""
    url = make_url(settings.url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, connect_args={"timeout": 30})
        synchronous = settings.sqlite_synchronous.upper()

        @event.listens_for(engine.sync_engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA synchronous={synchronous}")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    connect_args: dict[str, Any] = {}
    if settings.schema_name:
        connect_args["server_settings"] = {"search_path": settings.schema_name}
    return create_async_engine(url, pool_size=10, max_overflow=10, pool_pre_ping=True, connect_args=connect_args)


def _upgrade(connection: Connection) -> None:
    config = AlembicConfig()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


async def migrate(engine: AsyncEngine, settings: DatabaseSettings) -> None:
    """Bring the schema to the newest revision; safe when several nodes start together."""
    async with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            await connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _MIGRATION_LOCK})
            if settings.schema_name:
                await connection.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{settings.schema_name}"'))
        await connection.run_sync(_upgrade)


async def open_database(settings: DatabaseSettings) -> AsyncEngine:
    engine = create_engine(settings)
    await migrate(engine, settings)
    return engine
