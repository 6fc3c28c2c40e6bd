"""Claims on automatic replies: the unique key (sender, policy, scope) is the once-only guarantee."""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.ids import new_id
from gateway.store.tables import reply_log


async def claim_reply(
    connection: AsyncConnection,
    *,
    sender: str,
    policy: str,
    scope: str,
    template: str,
    language: str,
    now: datetime,
    message_ref: str,
    window: float | None = None,
) -> bool:
    """True if this reply may be sent (and is now recorded); False if one was already sent.

    For a duration (`window`), a reply within the last `window` seconds also blocks, whatever its
    scope bucket; the bucket in `scope` makes concurrent claims collide on the unique key.
    """
    if window is not None:
        since = now - timedelta(seconds=window)
        recent = await connection.execute(
            sa.select(reply_log.c.id).where(
                reply_log.c.sender == sender, reply_log.c.policy == policy, reply_log.c.sent_at >= since
            )
        )
        if recent.first():
            return False
    dialect_insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    values = {
        "id": new_id(), "sender": sender, "policy": policy, "scope": scope, "template": template,
        "language": language, "sent_at": now, "message_ref": message_ref,
    }  # fmt: skip
    statement = (
        dialect_insert(reply_log).values(values).on_conflict_do_nothing(index_elements=["sender", "policy", "scope"])
    )
    result = await connection.execute(statement)
    return bool(result.rowcount)


async def replied_in_scope(connection: AsyncConnection, *, policy: str | None, scope: str) -> list[tuple[str, str]]:
    """(sender, language) of everyone who got a reply in `scope` (e.g. one incident)."""
    query = sa.select(reply_log.c.sender, reply_log.c.language).where(reply_log.c.scope == scope)
    if policy:
        query = query.where(reply_log.c.policy == policy)
    return [(row[0], row[1]) for row in await connection.execute(query.order_by(reply_log.c.sent_at))]
