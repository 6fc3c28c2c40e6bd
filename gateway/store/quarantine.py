"""Quarantined messages: held durably, listed and shown only through the CLI/admin API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from gateway.errors import CurveballError
from gateway.ids import new_id
from gateway.store.audit import audit
from gateway.store.outbox import OutboxItem, enqueue
from gateway.store.rows import list_without_payload
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
    return await list_without_payload(engine, quarantine, status=status, limit=limit)


class QuarantineError(CurveballError):
    """The held message does not exist or is not in a state that allows the operation."""


async def get_held(engine: AsyncEngine, message_id: str) -> dict[str, Any]:
    async with engine.connect() as connection:
        row = (await connection.execute(sa.select(quarantine).where(quarantine.c.id == message_id))).mappings().first()
    if row is None:
        raise QuarantineError(f"no quarantined message {message_id}")
    return dict(row)


async def release(engine: AsyncEngine, message_id: str, *, actor: str, now: datetime, release_header: bytes) -> str:
    """Queue the original bytes for delivery upstream (durably, once) and mark the message released."""
    async with engine.begin() as connection:
        row = (await connection.execute(sa.select(quarantine).where(quarantine.c.id == message_id))).mappings().first()
        if row is None:
            raise QuarantineError(f"no quarantined message {message_id}")
        if row["status"] != "held":
            raise QuarantineError(f"message {message_id} is {row['status']}, not held")
        item = OutboxItem(
            id=new_id(), kind="release", transport="upstream", mail_from=row["mail_from"],
            rcpt_tos=tuple(row["rcpt_tos"]), data=release_header + row["data"], message_ref=message_id,
            dedupe_key=f"release:{message_id}",
        )  # fmt: skip
        await enqueue(connection, item, now)
        await connection.execute(
            quarantine.update().where(quarantine.c.id == message_id).values(status="released", status_at=now)
        )
        await audit(connection, at=now, actor=actor, action="quarantine.release", target=message_id,
                    sender=row["sender"] or row["mail_from"])  # fmt: skip
    return item.id


async def delete(engine: AsyncEngine, message_id: str, *, actor: str, now: datetime) -> None:
    """Drop the stored bytes (the metadata stays for the audit trail)."""
    async with engine.begin() as connection:
        result = await connection.execute(
            quarantine.update()
            .where(quarantine.c.id == message_id, quarantine.c.status == "held")
            .values(status="deleted", status_at=now, data=b"")
        )
        if not result.rowcount:
            raise QuarantineError(f"no held message {message_id}")
        await audit(connection, at=now, actor=actor, action="quarantine.delete", target=message_id)


async def purge(engine: AsyncEngine, *, older_than: datetime, now: datetime) -> int:
    """Retention: drop the bytes of held messages received before `older_than`."""
    async with engine.begin() as connection:
        result = await connection.execute(
            quarantine.update()
            .where(quarantine.c.status == "held", quarantine.c.created_at < older_than)
            .values(status="purged", status_at=now, data=b"")
        )
        if result.rowcount:
            await audit(connection, at=now, actor="retention", action="quarantine.purge", target="*",
                        count=result.rowcount)  # fmt: skip
    return int(result.rowcount)
