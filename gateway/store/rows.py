"""Rows as JSON-ready dictionaries for the CLI and the admin API."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any


def as_utc(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything is stored in UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def json_ready(rows: Iterable[Mapping[Any, Any]]) -> list[dict[str, Any]]:
    """Each row as a dict with its datetimes in ISO 8601 (UTC)."""
    return [
        {str(key): as_utc(value).isoformat() if isinstance(value, datetime) else value for key, value in row.items()}
        for row in rows
    ]
