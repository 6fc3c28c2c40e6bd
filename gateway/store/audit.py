"""The audit log: who did what, when, to which message or sender."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from gateway.ids import new_id
from gateway.store.rows import json_ready
from gateway.store.tables import audit_log


async def audit(
    connection: AsyncConnection, *, at: datetime, actor: str, action: str, target: str, **details: Any
) -> None:
    await connection.execute(
        audit_log.insert(),
        {"id": new_id(), "at": at, "actor": actor, "action": action, "target": target, "details": details or None},
    )


async def list_audit(engine: AsyncEngine, *, limit: int = 100) -> list[dict[str, Any]]:
    async with engine.connect() as connection:
        rows = (await connection.execute(sa.select(audit_log).order_by(audit_log.c.at.desc()).limit(limit))).mappings()
        return json_ready(rows)
