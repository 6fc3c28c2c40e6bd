"""Incidents for outage mode. One active incident at a time; every node reads it from here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from gateway.errors import CurveballError
from gateway.store.audit import audit
from gateway.store.tables import incidents


@dataclass(frozen=True)
class Incident:
    id: str
    summary: str
    status_url: str | None
    next_update: str | None
    source: str
    started_at: datetime
    ended_at: datetime | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "summary": self.summary,
            "status_url": self.status_url,
            "next_update": self.next_update,
            "source": self.source,
            "started_at": self.started_at.isoformat(),
            "ended_at": self.ended_at.isoformat() if self.ended_at else None,
            "active": self.ended_at is None,
        }


class IncidentError(CurveballError):
    """An incident cannot be started (one is active, the id is taken) or ended (none is active)."""


def _incident(row: Any) -> Incident:
    return Incident(row.id, row.summary, row.status_url, row.next_update, row.source, row.started_at, row.ended_at)


async def active_incident(connection: AsyncConnection) -> Incident | None:
    row = (await connection.execute(sa.select(incidents).where(incidents.c.ended_at.is_(None)))).first()
    return _incident(row) if row else None


async def current_incident(engine: AsyncEngine) -> Incident | None:
    async with engine.connect() as connection:
        return await active_incident(connection)


async def start_incident(
    engine: AsyncEngine,
    *,
    incident_id: str,
    summary: str,
    status_url: str | None,
    next_update: str | None,
    source: str,
    actor: str,
    now: datetime,
) -> Incident:
    async with engine.begin() as connection:
        active = await active_incident(connection)
        if active is not None:
            raise IncidentError(f"incident {active.id} is already active; end it first")
        taken = (await connection.execute(sa.select(incidents.c.id).where(incidents.c.id == incident_id))).first()
        if taken:
            raise IncidentError(f"incident id {incident_id} was used before; choose another")
        values = {
            "id": incident_id, "summary": summary, "status_url": status_url, "next_update": next_update,
            "source": source, "started_at": now, "started_by": actor,
        }  # fmt: skip
        await connection.execute(incidents.insert(), values)
        await audit(connection, at=now, actor=actor, action="outage.start", target=incident_id, summary=summary)
    return Incident(incident_id, summary, status_url, next_update, source, now)


async def end_incident(engine: AsyncEngine, *, actor: str, now: datetime) -> Incident:
    async with engine.begin() as connection:
        active = await active_incident(connection)
        if active is None:
            raise IncidentError("no incident is active")
        await connection.execute(
            incidents.update().where(incidents.c.id == active.id).values(ended_at=now, ended_by=actor)
        )
        await audit(connection, at=now, actor=actor, action="outage.end", target=active.id)
    return Incident(active.id, active.summary, active.status_url, active.next_update, active.source,
                    active.started_at, now)  # fmt: skip


async def recent_incidents(engine: AsyncEngine, *, limit: int = 10) -> list[Incident]:
    async with engine.connect() as connection:
        rows = await connection.execute(sa.select(incidents).order_by(incidents.c.started_at.desc()).limit(limit))
        return [_incident(row) for row in rows]
