"""Outbox rows: mail the gateway owes someone, claimed with a lease so several nodes never send one twice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from gateway.store.rows import list_without_payload
from gateway.store.tables import outbox


@dataclass(frozen=True)
class OutboxItem:
    id: str
    kind: str  # retry | bounce | reply | route | notify
    transport: str  # upstream | outbound
    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    smtputf8: bool = False
    message_ref: str | None = None
    dedupe_key: str | None = None  # a second item with the same key is silently not queued
    attempts: int = 0
    created_at: datetime | None = None


async def enqueue(connection: AsyncConnection, item: OutboxItem, now: datetime) -> bool:
    """Queue `item` in the caller's transaction; False when its dedupe key was already used."""
    values: dict[str, Any] = {
        "id": item.id,
        "created_at": now,
        "message_ref": item.message_ref,
        "kind": item.kind,
        "transport": item.transport,
        "mail_from": item.mail_from,
        "rcpt_tos": list(item.rcpt_tos),
        "data": item.data,
        "smtputf8": item.smtputf8,
        "status": "pending",
        "attempts": 0,
        "next_attempt_at": now,
        "dedupe_key": item.dedupe_key,
    }
    if item.dedupe_key is None:
        await connection.execute(outbox.insert(), values)
        return True
    dialect_insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    statement = dialect_insert(outbox).values(values).on_conflict_do_nothing(index_elements=["dedupe_key"])
    result = await connection.execute(statement)
    return bool(result.rowcount)


def _item(row: Any) -> OutboxItem:
    return OutboxItem(
        id=row.id,
        kind=row.kind,
        transport=row.transport,
        mail_from=row.mail_from,
        rcpt_tos=tuple(row.rcpt_tos),
        data=row.data,
        smtputf8=row.smtputf8,
        message_ref=row.message_ref,
        dedupe_key=row.dedupe_key,
        attempts=row.attempts,
        created_at=row.created_at,
    )


async def claim_due(engine: AsyncEngine, owner: str, now: datetime, *, lease: float, limit: int) -> list[OutboxItem]:
    """Lease up to `limit` due items to `owner`; an item leased elsewhere is skipped, not waited for."""
    free = sa.or_(outbox.c.lease_until.is_(None), outbox.c.lease_until < now)
    async with engine.begin() as connection:
        rows = (
            await connection.execute(
                sa.select(outbox)
                .where(outbox.c.status == "pending", outbox.c.next_attempt_at <= now, free)
                .order_by(outbox.c.next_attempt_at)
                .limit(limit)
            )
        ).all()
    claimed = []
    for row in rows:
        async with engine.begin() as connection:
            result = await connection.execute(
                outbox.update()
                .where(outbox.c.id == row.id, outbox.c.status == "pending", free)
                .values(lease_owner=owner, lease_until=now + timedelta(seconds=lease))
            )
        if result.rowcount == 1:
            claimed.append(_item(row))
    return claimed


async def _finish(engine: AsyncEngine, item_id: str, owner: str, **values: Any) -> None:
    async with engine.begin() as connection:
        await connection.execute(
            outbox.update().where(outbox.c.id == item_id, outbox.c.lease_owner == owner).values(**values)
        )


async def mark_sent(engine: AsyncEngine, item_id: str, owner: str, now: datetime, reply: str) -> None:
    await _finish(
        engine,
        item_id,
        owner,
        status="sent",
        sent_at=now,
        lease_until=None,
        last_error=reply,
        attempts=outbox.c.attempts + 1,
    )


async def mark_retry(engine: AsyncEngine, item_id: str, owner: str, next_at: datetime, error: str) -> None:
    await _finish(
        engine,
        item_id,
        owner,
        next_attempt_at=next_at,
        lease_until=None,
        last_error=error,
        attempts=outbox.c.attempts + 1,
    )


async def mark_failed(engine: AsyncEngine, item_id: str, owner: str, error: str) -> None:
    await _finish(
        engine,
        item_id,
        owner,
        status="failed",
        lease_until=None,
        last_error=error,
        attempts=outbox.c.attempts + 1,
    )


async def list_outbox(engine: AsyncEngine, *, status: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    return await list_without_payload(engine, outbox, status=status, limit=limit)
