"""The message log: one row per message answered, for `curveball log` and audits."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from gateway.store.tables import messages


@dataclass(frozen=True)
class MessageRecord:
    id: str
    gateway_id: str
    received_at: datetime
    client_address: str
    helo: str | None
    mail_from: str
    rcpt_tos: tuple[str, ...]
    message_id: str | None
    subject: str | None
    size: int
    outcome: str  # delivered | tempfailed | rejected (| quarantined | routed with policies)
    reply: str
    upstream_reply: str | None
    duration_ms: float
    details: dict[str, Any] = field(default_factory=dict)


def message_row(record: MessageRecord) -> tuple[sa.Table, dict[str, Any]]:
    """The row for the batch writer (no deep copy: asdict would copy every nested value)."""
    row = {name: getattr(record, name) for name in _FIELDS}
    row["rcpt_tos"] = list(record.rcpt_tos)
    return messages, row


async def insert_message(connection: AsyncConnection, record: MessageRecord) -> None:
    table, row = message_row(record)
    await connection.execute(table.insert(), row)


_FIELDS = tuple(f.name for f in fields(MessageRecord))


def _as_utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


async def recent_messages(engine: AsyncEngine, *, limit: int = 50, outcome: str | None = None) -> list[dict[str, Any]]:
    """Newest first, as JSON-ready dictionaries."""
    query = sa.select(messages).order_by(messages.c.received_at.desc(), messages.c.id.desc()).limit(limit)
    if outcome:
        query = query.where(messages.c.outcome == outcome)
    async with engine.connect() as connection:
        rows = (await connection.execute(query)).mappings().all()
    result = []
    for row in rows:
        item = dict(row)
        item["received_at"] = _as_utc(item["received_at"]).isoformat()
        result.append(item)
    return result
