"""The message log: one row per message answered, for `curveball log` and audits."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.store.rows import json_ready
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


_FIELDS = tuple(f.name for f in fields(MessageRecord))


async def recent_messages(engine: AsyncEngine, *, limit: int = 50, outcome: str | None = None) -> list[dict[str, Any]]:
    """Newest first, as JSON-ready dictionaries."""
    query = sa.select(messages).order_by(messages.c.received_at.desc(), messages.c.id.desc()).limit(limit)
    if outcome:
        query = query.where(messages.c.outcome == outcome)
    async with engine.connect() as connection:
        return json_ready((await connection.execute(query)).mappings().all())
