"""Strikes and blocks for abusive senders."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from gateway.ids import new_id
from gateway.store.audit import audit
from gateway.store.tables import blocked_senders, strikes


async def add_strike(connection: AsyncConnection, *, sender: str, at: datetime, message_ref: str, policy: str) -> None:
    await connection.execute(
        strikes.insert(), {"id": new_id(), "sender": sender, "at": at, "message_ref": message_ref, "policy": policy}
    )


async def strikes_since(connection: AsyncConnection, sender: str, since: datetime) -> int:
    query = sa.select(sa.func.count()).select_from(strikes).where(strikes.c.sender == sender, strikes.c.at >= since)
    return int((await connection.execute(query)).scalar_one())


async def block(connection: AsyncConnection, *, sender: str, at: datetime, actor: str, reason: str) -> bool:
    """Block `sender`; False when it already was."""
    dialect_insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    statement = dialect_insert(blocked_senders).values(sender=sender, blocked_at=at, actor=actor, reason=reason)
    result = await connection.execute(statement.on_conflict_do_nothing(index_elements=["sender"]))
    if result.rowcount:
        await audit(connection, at=at, actor=actor, action="sender.block", target=sender, reason=reason)
    return bool(result.rowcount)


async def unblock(engine: AsyncEngine, *, sender: str, at: datetime, actor: str, clear_strikes: bool) -> bool:
    async with engine.begin() as connection:
        result = await connection.execute(blocked_senders.delete().where(blocked_senders.c.sender == sender))
        if clear_strikes:
            await connection.execute(strikes.delete().where(strikes.c.sender == sender))
        await audit(connection, at=at, actor=actor, action="sender.unblock", target=sender, cleared=clear_strikes)
    return bool(result.rowcount)


async def block_now(engine: AsyncEngine, *, sender: str, at: datetime, actor: str, reason: str) -> bool:
    async with engine.begin() as connection:
        return await block(connection, sender=sender, at=at, actor=actor, reason=reason)


async def blocked_set(engine: AsyncEngine) -> set[str]:
    async with engine.connect() as connection:
        return {row[0] for row in await connection.execute(sa.select(blocked_senders.c.sender))}


async def list_senders(engine: AsyncEngine, *, window: float, now: datetime) -> list[dict[str, Any]]:
    """Every sender with strikes in the window or a block, with counts."""
    since = now - timedelta(seconds=window)
    async with engine.connect() as connection:
        grouped = await connection.execute(
            sa.select(strikes.c.sender, sa.func.count()).where(strikes.c.at >= since).group_by(strikes.c.sender)
        )
        counts: dict[str, int] = {str(sender): int(count) for sender, count in grouped.all()}
        blocks = {row.sender: row for row in await connection.execute(sa.select(blocked_senders))}
    rows = []
    for sender in sorted(set(counts) | set(blocks)):
        blocked = blocks.get(sender)
        rows.append(
            {
                "sender": sender,
                "strikes": int(counts.get(sender, 0)),
                "blocked": blocked is not None,
                "blocked_at": blocked.blocked_at.isoformat() if blocked else None,
                "reason": blocked.reason if blocked else None,
            }
        )
    return rows
