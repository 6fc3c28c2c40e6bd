"""Outage mode, automatic side: follow a Statuspage-compatible status page and keep house.

`StatusPoller` reads `[outage] statuspage_url` (a /api/v2/summary.json) every `poll_interval`:
an unresolved incident touching the configured components starts ours; when it is resolved, ours
ends (with the "resolved" follow-up if `notify_on_end`). Only incidents it started itself are
ended by it, so a hand-declared incident is never closed by the status page.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import aiohttp
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.config import Config
from gateway.errors import CurveballError
from gateway.operations import now, outage_end, outage_start
from gateway.policy.templates import TemplateSet
from gateway.store.incidents import current_incident
from gateway.store.quarantine import purge
from gateway.store.tables import outage_reports
from gateway.tasks import cancel

log = logging.getLogger("curveball.outage")
STATUSPAGE_PREFIX = "SP-"


def open_incident(summary: dict[str, Any], components: list[str]) -> dict[str, Any] | None:
    """The first unresolved status-page incident that concerns us, if any."""
    wanted = {c.lower() for c in components}
    for incident in summary.get("incidents", []):
        if incident.get("status") in ("resolved", "postmortem", "completed"):
            continue
        names = {str(c.get("name", "")).lower() for c in incident.get("components", [])}
        if not wanted or names & wanted:
            return dict(incident)
    return None


class StatusPoller:
    def __init__(self, engine: AsyncEngine, config: Config, templates: Callable[[], TemplateSet]) -> None:
        self._engine = engine
        self._config = config
        self._templates = templates
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="statuspage")

    async def stop(self) -> None:
        await cancel(self._task)

    async def _run(self) -> None:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15)) as http:
            while True:
                try:
                    await self.poll_once(http)
                except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
                    log.warning("statuspage.unreachable", extra={"fields": {"error": str(exc)}})
                except CurveballError as exc:
                    log.warning("statuspage.skipped", extra={"fields": {"reason": str(exc)}})
                await asyncio.sleep(self._config.outage.poll_interval)

    async def poll_once(self, http: aiohttp.ClientSession) -> None:
        settings = self._config.outage
        assert settings.statuspage_url
        async with http.get(settings.statuspage_url) as response:
            response.raise_for_status()
            summary = await response.json(content_type=None)
        page_incident = open_incident(summary, settings.components)
        ours = await current_incident(self._engine)
        if page_incident and ours is None:
            incident_id = f"{STATUSPAGE_PREFIX}{page_incident.get('id', 'unknown')}"
            await outage_start(
                self._engine, incident_id=incident_id, summary=str(page_incident.get("name", "Service disruption")),
                status_url=page_incident.get("shortlink") or summary.get("page", {}).get("url"),
                next_update=None, source="statuspage", actor="statuspage",
            )  # fmt: skip
            log.info("statuspage.incident_started", extra={"fields": {"id": incident_id}})
        elif page_incident is None and ours is not None and ours.source == "statuspage":
            ended = await outage_end(
                self._engine, self._config, self._templates(), notify=settings.notify_on_end, actor="statuspage"
            )
            log.info("statuspage.incident_ended", extra={"fields": {"id": ours.id, "notified": ended.notified}})


class Housekeeping:
    """Periodic chores: drop quarantined content past its retention."""

    def __init__(self, engine: AsyncEngine, config: Config, *, interval: float = 3600.0) -> None:
        self._engine = engine
        self._config = config
        self._interval = interval
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="housekeeping")

    async def run_once(self) -> int:
        current = now()
        older_than = current - timedelta(seconds=self._config.abuse.quarantine_retention)
        purged = await purge(self._engine, older_than=older_than, now=current)
        if purged:
            log.info("quarantine.purged", extra={"fields": {"count": purged}})
        # Outage reports only matter within the detection window; keep a day for looking back.
        horizon = current - timedelta(seconds=max(self._config.outage.detect_window, 86400))
        async with self._engine.begin() as connection:
            await connection.execute(outage_reports.delete().where(outage_reports.c.at < horizon))
        return purged

    async def _run(self) -> None:
        while True:
            try:
                await self.run_once()
            except Exception:
                log.exception("housekeeping.failed")
            await asyncio.sleep(self._interval)

    async def stop(self) -> None:
        await cancel(self._task)
