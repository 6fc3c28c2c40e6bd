"""The workflows' state and side effects: incident and blocked senders (facts), automatic replies,
strikes and blocks, outage detection from the inbox, owner approval requests.

Planning is done before the transaction (templates rendered, RFC 3834 checked); everything that
must happen at most once (a reply, a block, a detection notice) is claimed inside the transaction
that records the message, through unique keys, so concurrent messages and several nodes agree.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from gateway.autoreply import build_generated, build_reply, reply_recipient, suppression
from gateway.config import Config
from gateway.durations import parse_duration
from gateway.ids import new_id
from gateway.notices import build_notice
from gateway.ownership import OwnershipCheck
from gateway.ownership import values as ownership_values
from gateway.policy.content import MessageView
from gateway.policy.decision import Decision, Facts, PlannedReply
from gateway.policy.templates import Rendered, TemplateSet
from gateway.store.incidents import Incident, active_incident
from gateway.store.outbox import OutboxItem, enqueue
from gateway.store.replies import claim_reply
from gateway.store.senders import add_strike, block, blocked_set, strikes_since
from gateway.store.tables import outage_reports
from gateway.tasks import cancel

log = logging.getLogger("curveball.workflows")


class StateCache:
    """Active incident and blocked senders, refreshed from the database every second.

    Every node reads the shared database, so an incident started anywhere is seen everywhere
    within about a second, without a query per message."""

    def __init__(self, engine: AsyncEngine, *, interval: float = 1.0, outage_window: float = 600.0) -> None:
        self._engine = engine
        self._interval = interval
        self._outage_window = timedelta(seconds=outage_window)
        self.incident: Incident | None = None
        self.blocked: set[str] = set()
        # Senders whose outage report this node saw committed, and the report's time. During an
        # outage the same customers write again and again; each of those messages would otherwise
        # ask the database whether their report is already counted.
        self._outage_reports: dict[str, datetime] = {}
        self._task: asyncio.Task[None] | None = None

    async def refresh(self) -> None:
        async with self._engine.connect() as connection:
            self.incident = await active_incident(connection)
        self.blocked = await blocked_set(self._engine)
        since = datetime.now(UTC) - self._outage_window
        self._outage_reports = {sender: at for sender, at in self._outage_reports.items() if at >= since}

    def outage_reported(self, sender: str, now: datetime) -> bool:
        """Is `sender`'s report known to count in the detection window that ends `now`?"""
        at = self._outage_reports.get(sender)
        return at is not None and at >= now - self._outage_window

    def note_outage_report(self, sender: str, at: datetime) -> None:
        """`sender`'s report made at `at` is committed (called after the recording transaction)."""
        self._outage_reports[sender] = at

    async def start(self) -> None:
        await self.refresh()
        self._task = asyncio.get_running_loop().create_task(self._run(), name="state-cache")

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            try:
                await self.refresh()
            except Exception:
                log.exception("state.refresh_failed")

    async def stop(self) -> None:
        await cancel(self._task)

    async def facts_for(self, view: MessageView, now: datetime) -> Facts:
        blocked = any(address in self.blocked for address in view.sender_addresses)
        incident = self.incident
        sender = reporter(view)
        return Facts(sender_blocked=blocked, outage_active=incident is not None,
                     incident_id=incident.id if incident else None,
                     outage_reported=sender is not None and self.outage_reported(sender, now))  # fmt: skip


@dataclass(frozen=True)
class ReplyPlan:
    policy: str
    template: str
    language: str
    key: str  # whose claim this is: the customer replied to, or the requester (owner approvals)
    scope: str
    window: float | None
    item: OutboxItem


@dataclass(frozen=True)
class Plan:
    """Everything a message's workflows may still do, to run inside its recording transaction."""

    replies: tuple[ReplyPlan, ...] = ()
    strike_policy: str | None = None
    strike_sender: str | None = None
    outage_report: str | None = None  # sender who reported an outage while none was declared
    notes: tuple[str, ...] = ()  # why a reply was not planned (for the record)

    def __bool__(self) -> bool:
        return bool(self.replies or self.strike_sender or self.outage_report)


@dataclass
class Outcome:
    replied: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    blocked: bool = False
    strikes: int = 0
    outage_suspected: bool = False
    outage_reported_at: datetime | None = None  # when the sender's report in the window was made


def own_addresses(config: Config) -> set[str]:
    addresses = {config.mailbox.support_address.lower()}
    addresses |= {a.lower() for a in config.mailbox.addresses if not a.startswith("@")}
    for route in config.routes.values():
        addresses |= {a.lower() for a in route.addresses}
    return addresses


def template_values(
    view: MessageView, *, message_id: str, config: Config, incident: Incident | None, **extra: Any
) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name": view.from_name,
        "subject": view.subject,
        "support_address": config.mailbox.support_address,
        "reference": message_id,
        "incident": {
            "id": incident.id if incident else "",
            "summary": incident.summary if incident else "",
            "status_url": incident.status_url or "" if incident else "",
            "next_update": incident.next_update or "" if incident else "",
        },
    }
    values.update(extra)
    return values


def reply_scope(reply: PlannedReply, facts: Facts, now: datetime) -> tuple[str, float | None] | None:
    """The rate-limit scope: once per incident, or once per window (None: nothing to scope by)."""
    if reply.once_per == "incident":
        return (f"incident:{facts.incident_id}", None) if facts.incident_id else None
    seconds = parse_duration(reply.once_per)
    bucket = int(now.timestamp() // max(seconds, 1))
    return f"window:{bucket}", seconds


def _render(
    templates: TemplateSet, name: str, language: str, config: Config, values: dict[str, Any], notes: list[str]
) -> Rendered | None:
    """The rendered template, or None (noted and logged): a broken template never holds mail back."""
    try:
        return templates.render(name, language, config.templates.default_language, values)
    except Exception as exc:
        log.error("template.render_failed", extra={"fields": {"template": name, "error": str(exc)}})
        notes.append(f"template {name} failed: {exc}")
        return None


def _approval(
    *,
    config: Config,
    templates: TemplateSet,
    view: MessageView,
    decision: Decision,
    ownership: OwnershipCheck,
    incident: Incident | None,
    message_id: str,
    now: datetime,
    notes: list[str],
) -> ReplyPlan | None:
    """The approval request to the account's current owner, claimed once per requester per window."""
    approval = decision.owner_approval
    if approval is None or ownership.owner is None or ownership.sender_is_owner:
        return None
    seconds = parse_duration(approval.once_per)
    values = template_values(view, message_id=message_id, config=config, incident=incident,
                             **ownership_values(ownership, view))  # fmt: skip
    rendered = _render(templates, approval.template, decision.language, config, values, notes)
    if rendered is None:
        return None
    data = build_generated(
        from_address=config.mailbox.support_address, to=ownership.owner.email, subject=rendered.subject,
        body=rendered.body, loop_marker=config.mailbox.support_address, hostname=config.server.hostname, when=now,
    )  # fmt: skip
    item = OutboxItem(
        id=new_id(), kind="owner-approval", transport="outbound", mail_from="",
        rcpt_tos=(ownership.owner.email,), data=data, message_ref=message_id,
    )  # fmt: skip
    requester = (view.from_address or view.mail_from).lower()
    scope = f"window:{int(now.timestamp() // max(seconds, 1))}"
    return ReplyPlan(
        f"{approval.policy}:owner-approval", approval.template, rendered.language, requester, scope, seconds, item
    )


def reporter(view: MessageView) -> str | None:
    """Whose outage report a message is: the author, else the envelope sender (lower-cased)."""
    return (view.from_address or view.mail_from).lower() or None


def plan(
    *,
    config: Config,
    templates: TemplateSet,
    view: MessageView,
    decision: Decision,
    facts: Facts,
    incident: Incident | None,
    message_id: str,
    now: datetime,
    ownership: OwnershipCheck | None = None,
) -> Plan:
    """What this message's workflows want, rendered and checked; nothing is claimed yet."""
    replies: list[ReplyPlan] = []
    notes: list[str] = []
    loop_marker = config.mailbox.support_address
    if decision.replies:
        reason = suppression(view, own_addresses=own_addresses(config), loop_marker=loop_marker)
        for planned in decision.replies:
            if reason:
                notes.append(f"{planned.policy}: no auto-reply ({reason})")
                continue
            scope = reply_scope(planned, facts, now)
            if scope is None:
                notes.append(f"{planned.policy}: no auto-reply (no active incident)")
                continue
            values = template_values(view, message_id=message_id, config=config, incident=incident)
            rendered = _render(templates, planned.template, decision.language, config, values, notes)
            if rendered is None:
                continue
            to = reply_recipient(view)
            data = build_reply(
                view, to=to, subject=rendered.subject, body=rendered.body,
                from_address=config.mailbox.support_address, loop_marker=loop_marker,
                hostname=config.server.hostname, when=now,
            )  # fmt: skip
            item = OutboxItem(
                id=new_id(), kind="reply", transport="outbound", mail_from="", rcpt_tos=(to,), data=data,
                message_ref=message_id,
            )  # fmt: skip
            replies.append(
                ReplyPlan(planned.policy, planned.template, rendered.language, to.lower(), scope[0], scope[1], item)
            )
    if ownership is not None:
        approval = _approval(
            config=config, templates=templates, view=view, decision=decision, ownership=ownership,
            incident=incident, message_id=message_id, now=now, notes=notes,
        )  # fmt: skip
        if approval is not None:
            replies.append(approval)
    strike = decision.strike_policy
    sender = reporter(view)
    wanted = "outage" in decision.tags and not facts.outage_active and not facts.outage_reported
    outage_report = sender if wanted else None
    return Plan(tuple(replies), strike, sender if strike else None, outage_report, tuple(notes))


async def run_plan(
    connection: AsyncConnection, planned: Plan, *, config: Config, message_id: str, now: datetime
) -> Outcome:
    """Claim and queue, inside the transaction that records the message."""
    outcome = Outcome()
    for reply in planned.replies:
        claimed = await claim_reply(
            connection, sender=reply.key, policy=reply.policy, scope=reply.scope, template=reply.template,
            language=reply.language, now=now, message_ref=message_id, window=reply.window,
        )  # fmt: skip
        if claimed:
            await enqueue(connection, reply.item, now)
            outcome.replied.append(reply.policy)
        else:
            outcome.skipped.append(f"{reply.policy}: already replied ({reply.scope})")
    if planned.strike_sender and planned.strike_policy:
        abuse = config.abuse
        await add_strike(connection, sender=planned.strike_sender, at=now, message_ref=message_id,
                         policy=planned.strike_policy)  # fmt: skip
        since = now - timedelta(seconds=abuse.strike_window)
        outcome.strikes = await strikes_since(connection, planned.strike_sender, since)
        if outcome.strikes >= abuse.strikes_to_block:
            outcome.blocked = await block(
                connection, sender=planned.strike_sender, at=now, actor="curveball",
                reason=f"{outcome.strikes} strikes within {abuse.strike_window:g}s",
            )  # fmt: skip
    if planned.outage_report:
        await _report_outage(connection, planned.outage_report, config, message_id, now, outcome)
    return outcome


async def _report_outage(
    connection: AsyncConnection, sender: str, config: Config, message_id: str, now: datetime, outcome: Outcome
) -> None:
    """Record the report; when enough distinct senders reported recently, tell the on-call route once."""
    settings = config.outage
    since = now - timedelta(seconds=settings.detect_window)
    already = await connection.execute(
        sa.select(outage_reports.c.at).where(outage_reports.c.sender == sender, outage_reports.c.at >= since).limit(1)
    )
    earlier = already.scalar()
    if earlier is not None:  # one report per sender per window: that is all detection counts
        outcome.outage_reported_at = earlier if earlier.tzinfo else earlier.replace(tzinfo=UTC)  # SQLite: naive UTC
        return
    await connection.execute(
        outage_reports.insert(), {"id": new_id(), "sender": sender, "at": now, "message_ref": message_id}
    )
    outcome.outage_reported_at = now
    distinct = (
        await connection.execute(
            sa.select(sa.func.count(sa.distinct(outage_reports.c.sender))).where(outage_reports.c.at >= since)
        )
    ).scalar_one()
    route = config.routes.get(settings.notify_route)
    if distinct < settings.detect_senders or route is None:
        return
    # Once per detection window (the key), never an auto-reply on a guess.
    key = f"outage-suspected:{int(now.timestamp() // settings.detect_window)}"
    notice = build_notice(
        from_address=config.mailbox.support_address, to_addresses=tuple(route.addresses),
        subject=f"[Curveball] Possible outage: {distinct} customers reported problems",
        lines=[
            f"{distinct} different senders reported an outage in the last {settings.detect_window / 60:g} minutes,",
            "and no incident is active.",
            "",
            "If this is an outage, declare it so customers get an acknowledgement:",
            '  curveball outage start --id INC-… --summary "…"',
        ],
        hostname=config.server.hostname, when=now,
    )  # fmt: skip
    item = OutboxItem(
        id=new_id(), kind="notify", transport="outbound", mail_from="", rcpt_tos=tuple(route.addresses),
        data=notice, message_ref=message_id, dedupe_key=key,
    )  # fmt: skip
    outcome.outage_suspected = await enqueue(connection, item, now)


def incident_fields(decision: Decision, facts: Facts) -> list[tuple[str, str]]:
    if facts.incident_id and "outage" in decision.tags:
        return [("X-Curveball-Incident", facts.incident_id)]
    return []


def summary(outcome: Outcome, planned: Plan) -> Mapping[str, object]:
    details: dict[str, object] = {}
    if outcome.replied:
        details["auto_replies"] = outcome.replied
    skipped = list(planned.notes) + outcome.skipped
    if skipped:
        details["auto_replies_skipped"] = skipped
    if planned.strike_sender:
        details["strikes"] = outcome.strikes
    if outcome.blocked:
        details["blocked"] = True
    if outcome.outage_suspected:
        details["outage_suspected"] = True
    return details
