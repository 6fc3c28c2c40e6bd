"""Rows as JSON-ready dictionaries for the CLI and the admin API."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine


def as_utc(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything is stored in UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def json_ready(rows: Iterable[Mapping[Any, Any]]) -> list[dict[str, Any]]:
    """Each row as a dict with its datetimes in ISO 8601 (UTC)."""
    return [
        {str(key): as_utc(value).isoformat() if isinstance(value, datetime) else value for key, value in row.items()}
        for row in rows
    ]


async def list_without_payload(
    engine: AsyncEngine, table: sa.Table, *, status: str | None, limit: int
) -> list[dict[str, Any]]:
    """Newest first, every column but the stored message (`data`), with its size instead."""
    columns = [c for c in table.c if c.name != "data"]
    query = sa.select(*columns, sa.func.length(table.c.data).label("size"))
    query = query.order_by(table.c.created_at.desc()).limit(limit)
    if status:
        query = query.where(table.c.status == status)
    async with engine.connect() as connection:
        return json_ready((await connection.execute(query)).mappings().all())
