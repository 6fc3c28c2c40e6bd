"""Operator actions shared by the CLI and the admin HTTP API; each one is recorded in the audit log.

They only touch the database: what must be sent (a "resolved" follow-up, a released message)
goes into the outbox, and the gateway's outbox worker delivers it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.autoreply import build_generated
from gateway.config import Config
from gateway.headers import render_field
from gateway.ids import new_id
from gateway.policy.content import MessageView
from gateway.policy.templates import TemplateSet
from gateway.store.incidents import Incident, end_incident, start_incident
from gateway.store.outbox import OutboxItem, enqueue
from gateway.store.quarantine import release
from gateway.store.replies import replied_in_scope
from gateway.workflows import template_values

RESOLVED_TEMPLATE = "outage-resolved"


def now() -> datetime:
    return datetime.now(UTC)


async def outage_start(
    engine: AsyncEngine,
    *,
    incident_id: str,
    summary: str,
    status_url: str | None = None,
    next_update: str | None = None,
    source: str = "cli",
    actor: str,
) -> Incident:
    return await start_incident(
        engine, incident_id=incident_id, summary=summary, status_url=status_url, next_update=next_update,
        source=source, actor=actor, now=now(),
    )  # fmt: skip


@dataclass(frozen=True)
class Ended:
    incident: Incident
    notified: int


async def outage_end(engine: AsyncEngine, config: Config, templates: TemplateSet, *, notify: bool, actor: str) -> Ended:
    """End the active incident; with `notify`, everyone acknowledged during it gets one follow-up."""
    when = now()
    incident = await end_incident(engine, actor=actor, now=when)
    notified = 0
    if notify:
        empty = MessageView((), "", "", "", "", (), 0, "", False, False, "text/plain")
        async with engine.begin() as connection:
            for sender, language in await replied_in_scope(connection, policy=None, scope=f"incident:{incident.id}"):
                values = template_values(empty, message_id="", config=config, incident=incident)
                rendered = templates.render(RESOLVED_TEMPLATE, language, config.templates.default_language, values)
                item = OutboxItem(
                    id=new_id(), kind="reply", transport="outbound", mail_from="", rcpt_tos=(sender,),
                    data=build_generated(
                        from_address=config.mailbox.support_address, to=sender, subject=rendered.subject,
                        body=rendered.body, loop_marker=config.mailbox.support_address,
                        hostname=config.server.hostname, when=when,
                    ),
                    dedupe_key=f"resolved:{incident.id}:{sender}",
                )  # fmt: skip
                notified += int(await enqueue(connection, item, when))
    return Ended(incident, notified)


async def quarantine_release(engine: AsyncEngine, message_id: str, *, actor: str) -> str:
    marker = render_field("X-Curveball-Tags", "released") + render_field("X-Curveball-Released-By", actor)
    return await release(engine, message_id, actor=actor, now=now(), release_header=marker)
