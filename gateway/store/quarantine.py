"""Quarantined messages: held durably, listed and shown only through the CLI/admin API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from gateway.store.tables import quarantine


@dataclass(frozen=True)
class HeldMessage:
    id: str
    created_at: datetime
    gateway_id: str
    mail_from: str
    rcpt_tos: tuple[str, ...]
    sender: str | None
    subject: str | None
    tags: tuple[str, ...]
    policies: tuple[str, ...]
    reason: str
    data: bytes


async def hold(connection: AsyncConnection, message: HeldMessage) -> None:
    values = {
        "id": message.id,
        "created_at": message.created_at,
        "gateway_id": message.gateway_id,
        "mail_from": message.mail_from,
        "rcpt_tos": list(message.rcpt_tos),
        "sender": message.sender,
        "subject": message.subject,
        "tags": list(message.tags),
        "policies": list(message.policies),
        "reason": message.reason,
        "data": message.data,
        "status": "held",
    }
    await connection.execute(quarantine.insert(), values)


async def list_quarantine(
    engine: AsyncEngine, *, status: str | None = "held", limit: int = 100
) -> list[dict[str, Any]]:
    columns = [c for c in quarantine.c if c.name != "data"]
    query = sa.select(*columns, sa.func.length(quarantine.c.data).label("size"))
    query = query.order_by(quarantine.c.created_at.desc()).limit(limit)
    if status:
        query = query.where(quarantine.c.status == status)
    async with engine.connect() as connection:
        rows = (await connection.execute(query)).mappings().all()
    items = []
    for row in rows:
        item = dict(row)
        for key in ("created_at", "status_at"):
            value = item.get(key)
            if isinstance(value, datetime):
                item[key] = (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
        items.append(item)
    return items
