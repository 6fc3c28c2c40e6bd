"""The path of one message, from the end of DATA to the reply the client gets.

inbound bytes -> strip forged X-Curveball-* -> view (parse) -> facts (store)
  -> decide (analysis + policies, pure) -> rewrite (tags, headers, subject, banner)
  -> act on the disposition: forward upstream | redirect | quarantine | reject | tempfail
  -> settle (pure: outcome, reply, what we now owe) -> record (+ owed mail, one transaction)
  -> "250" only once the upstream took it or it is durably stored, else 4xx/5xx
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.bounce import build_bounce
from gateway.config import Config, RouteSettings
from gateway.delivery import DeliveryResult, OutgoingEnvelope, Transport, Verdict
from gateway.headers import clean, received_field, split_message, strip_our_fields
from gateway.ids import new_id
from gateway.metrics import Metrics
from gateway.notices import build_notice
from gateway.ownership import Directory, check_ownership
from gateway.policy.analysis import Finding
from gateway.policy.content import MessageView, header_view, parse_view
from gateway.policy.decision import Decision, Facts
from gateway.policy.inspect import PASS_THROUGH, Inspection, Learned, curveball_fields, decide
from gateway.policy.registry import PolicyRegistry
from gateway.policy.rewrite import apply_decision
from gateway.store.messages import MessageRecord, message_row
from gateway.store.outbox import OutboxItem, enqueue
from gateway.store.quarantine import HeldMessage, hold
from gateway.store.senders import strikes_since
from gateway.store.tables import messages
from gateway.store.writer import BatchWriter
from gateway.workflows import Outcome, Plan, StateCache, incident_fields, plan, run_plan
from gateway.workflows import summary as workflow_summary

log = logging.getLogger("curveball.relay")


@dataclass(frozen=True)
class Inbound:
    """One received message with what the SMTP session knew about it."""

    id: str
    received_at: datetime
    peer_ip: str
    helo: str | None
    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes
    smtputf8: bool = False
    body8bit: bool = False
    tls: bool = False
    authenticated: bool = False

    @property
    def protocol(self) -> str:
        """The `with` keyword of the Received field (RFC 3848, RFC 6531)."""
        base = "UTF8SMTP" if self.smtputf8 else "ESMTP"
        return base + ("S" if self.tls else "") + ("A" if self.authenticated else "")


@dataclass(frozen=True)
class Settlement:
    """What happened to a message, for the client and for us."""

    outcome: str  # delivered | tempfailed | rejected | quarantined | routed
    reply: str
    followups: tuple[OutboxItem, ...] = ()
    details: Mapping[str, object] = field(default_factory=dict)
    held: HeldMessage | None = None


def one_line(text: str) -> str:
    return " ".join(clean(text).split())


def accepted_reply(inbound: Inbound) -> str:
    return f"250 2.0.0 Ok: queued as {inbound.id}"


def settle(inbound: Inbound, data: bytes, result: DeliveryResult, *, hostname: str, now: datetime) -> Settlement:
    """Map per-recipient results to one SMTP reply, plus the retries and bounces we then owe."""
    verdict = result.verdict
    if verdict is Verdict.ACCEPTED:
        return Settlement("delivered", accepted_reply(inbound))
    if verdict is Verdict.TEMPFAIL:
        first = next(r for r in result.failed if not 500 <= r.code < 600)
        code = first.code if 400 <= first.code < 500 else 451
        return Settlement("tempfailed", f"{code} {one_line(first.text)}")
    if verdict is Verdict.REJECTED:
        first = result.failed[0]
        return Settlement("rejected", f"{first.code} {one_line(first.text)}")
    # PARTIAL: the message is delivered for some recipients; the rest become our responsibility.
    deferred = tuple(r for r in result.failed if r.temporary)
    bounced = tuple(r for r in result.failed if not r.temporary)
    followups: list[OutboxItem] = []
    if deferred:
        followups.append(
            OutboxItem(
                id=new_id(), kind="retry", transport="upstream", mail_from=inbound.mail_from,
                rcpt_tos=tuple(r.address for r in deferred), data=data, smtputf8=inbound.smtputf8,
                message_ref=inbound.id,
            )
        )  # fmt: skip
    if bounced and inbound.mail_from:
        bounce = build_bounce(
            original=data, original_sender=inbound.mail_from, failures=bounced,
            reporting_host=hostname, from_address=f"MAILER-DAEMON@{hostname}", when=now,
        )  # fmt: skip
        followups.append(
            OutboxItem(
                id=new_id(), kind="bounce", transport="outbound", mail_from="",
                rcpt_tos=(inbound.mail_from,), data=bounce, message_ref=inbound.id,
            )
        )  # fmt: skip
    details = {"deferred": [r.address for r in deferred], "bounced": [r.address for r in bounced]}
    return Settlement("delivered", accepted_reply(inbound), tuple(followups), details)


def mask(phrase: str) -> str:
    """'idiot' -> 'i***t': enough for a team lead to know what was said, without reading it."""
    words = [w if len(w) <= 2 else w[0] + "*" * (len(w) - 2) + w[-1] for w in phrase.replace("*", "").split()]
    return " ".join(words)


def is_words(finding: Finding) -> bool:
    """A phrase someone wrote, not a combo, class or signal ("[service+failure]", "[scope]", "[shouting]")."""
    return not finding.phrase.startswith("[")


def redact(text: str, decision: Decision) -> str:
    """`text` with every word of a matched phrase masked."""
    for found in decision.findings:
        if not is_words(found.finding):
            continue
        for word in found.finding.phrase.replace("*", "").split():
            if len(word) > 2:
                text = re.sub(rf"(?i)\b{re.escape(word)}\w*", lambda m: mask(m.group(0)), text)
    return text


def strip_forged(raw: bytes) -> tuple[bytes, int]:
    """The message without any X-Curveball-* field from outside, and how many were removed."""
    header_block, body = split_message(raw)
    header_block, forged = strip_our_fields(header_block)
    return header_block + body, forged


class Relay:
    def __init__(
        self,
        *,
        config: Config,
        upstream: Transport,
        writer: BatchWriter,
        metrics: Metrics,
        policies: PolicyRegistry,
        state: StateCache | None = None,
        directory: Directory | None = None,
        learned: Learned | None = None,
        outbox_wakeup: Callable[[], None] = lambda: None,
    ) -> None:
        self._config = config
        self._upstream = upstream
        self._writer = writer
        self._metrics = metrics
        self._policies = policies
        self._state = state
        self._outbox_wakeup = outbox_wakeup
        self._hostname = config.server.hostname
        self._gateway_id = config.server.gateway_id
        self._routes: Mapping[str, RouteSettings] = config.routes
        self._support_address = config.mailbox.support_address
        self._cpu_budget = config.policies.cpu_budget
        self._directory = directory
        self._learned = learned
        self._known_domains = {a.rpartition("@")[2].lower() for a in config.mailbox.addresses}
        self._known_domains.add(config.mailbox.support_address.rpartition("@")[2].lower())

    async def handle(self, inbound: Inbound) -> str:
        """Decide, act, record; return the SMTP reply for the client."""
        started = time.perf_counter()
        clean_bytes, forged = strip_forged(inbound.raw)
        if forged:
            self._metrics.forged_headers.inc(forged)
        policy_set = self._policies.current
        if policy_set.policies:
            view = self._view(inbound, clean_bytes)
            facts = await self._state.facts_for(view, inbound.received_at) if self._state else Facts()
            inspection = decide(view, policy_set, facts, budget=self._cpu_budget, learned=self._learned)
        else:  # pass-through: nothing to decide, so nothing to parse beyond the header block
            view = header_view(clean_bytes, mail_from=inbound.mail_from, rcpt_tos=inbound.rcpt_tos)
            facts = Facts()
            inspection = PASS_THROUGH.with_view(view)
        decision = inspection.decision
        self._observe(inspection)
        trace = received_field(
            helo=inbound.helo, peer_ip=inbound.peer_ip, by_host=self._hostname, protocol=inbound.protocol,
            queue_id=inbound.id, recipients=inbound.rcpt_tos, when=inbound.received_at,
        )  # fmt: skip
        ownership = None
        if "account-ownership" in decision.tags and self._directory is not None:
            ownership = await check_ownership(
                view, decision, directory=self._directory, authentication=self._config.authentication,
                known_domains=self._known_domains, raw=clean_bytes,
            )  # fmt: skip
        ours = [
            ("X-Curveball-Id", f"{inbound.id} ({self._gateway_id})"),
            *curveball_fields(decision),
            *incident_fields(decision, facts),
            *(ownership.fields() if ownership else []),
        ]
        outgoing = trace + apply_decision(clean_bytes, decision, ours)
        settlement, upstream_reply = await self._act(inbound, view, decision, clean_bytes, outgoing)
        workflow = Plan()
        if settlement.outcome in ("delivered", "quarantined", "routed"):
            strikes = await self._strikes_so_far(view) + 1 if decision.strike_policy else None
            settlement = self._with_copies(
                settlement, inbound, view, decision, outgoing, copies=decision.disposition == "forward",
                strikes=strikes,
            )  # fmt: skip
            workflow = plan(
                config=self._config, templates=policy_set.templates, view=view, decision=decision, facts=facts,
                incident=self._state.incident if self._state else None, message_id=inbound.id,
                now=inbound.received_at, ownership=ownership,
            )  # fmt: skip
        reply = await self._record(inbound, view, inspection, settlement, upstream_reply, started, workflow)
        self._log(inbound, decision, settlement, reply, upstream_reply, started)
        return reply

    def _view(self, inbound: Inbound, clean_bytes: bytes) -> MessageView:
        """The parsed message; a parser fault leaves the header view, so the message still goes through
        (header-only conditions apply) instead of being refused with 451 on every retry."""
        try:
            return parse_view(clean_bytes, mail_from=inbound.mail_from, rcpt_tos=inbound.rcpt_tos)
        except Exception:
            log.exception("policy.parse_failed", extra={"fields": {"id": inbound.id}})
            return header_view(clean_bytes, mail_from=inbound.mail_from, rcpt_tos=inbound.rcpt_tos)

    def _observe(self, inspection: Inspection) -> None:
        self._metrics.analysis_seconds.observe(inspection.elapsed_ms / 1000)
        if inspection.decision.analysis == "timeout":
            self._metrics.analysis_timeouts.inc()
        for tag in inspection.decision.tags:
            self._metrics.tags.labels(tag).inc()

    async def _act(
        self, inbound: Inbound, view: MessageView, decision: Decision, clean_bytes: bytes, outgoing: bytes
    ) -> tuple[Settlement, str | None]:
        """Carry out the disposition; returns the settlement and the upstream's reply, if asked."""
        disposition = decision.disposition
        if disposition == "reject":
            return Settlement(
                "rejected", f"550 5.7.1 {one_line(decision.reply_text or 'Message rejected by policy')}"
            ), None
        if disposition == "tempfail":
            return Settlement("tempfailed", f"451 4.7.1 {one_line(decision.reply_text or 'Try again later')}"), None
        if disposition == "quarantine":
            held = HeldMessage(
                id=inbound.id, created_at=inbound.received_at, gateway_id=self._gateway_id,
                mail_from=inbound.mail_from, rcpt_tos=inbound.rcpt_tos, sender=view.from_address or None,
                subject=view.subject, tags=decision.tags, policies=decision.policies,
                reason=", ".join(decision.policies), data=clean_bytes,
            )  # fmt: skip
            return Settlement("quarantined", accepted_reply(inbound), held=held), None
        if disposition == "redirect" and decision.redirect:
            item = self._route_item(inbound, decision.redirect, outgoing, kind="redirect")
            return Settlement("routed", accepted_reply(inbound), (item,), {"redirect": decision.redirect}), None
        envelope = OutgoingEnvelope(inbound.mail_from, inbound.rcpt_tos, inbound.smtputf8, inbound.body8bit)
        result = await self._upstream.deliver(envelope, outgoing)
        settlement = settle(inbound, outgoing, result, hostname=self._hostname, now=inbound.received_at)
        if settlement.outcome != "delivered" or result.failed:
            self._metrics.upstream_errors.labels(result.transport_error or settlement.outcome).inc()
        return settlement, result.summary()

    async def _strikes_so_far(self, view: MessageView) -> int:
        """The sender's strikes in the window, for the team lead's note (0 if the store cannot say)."""
        sender = (view.from_address or view.mail_from).lower()
        since = datetime.now(UTC) - timedelta(seconds=self._config.abuse.strike_window)
        try:
            async with self._writer.engine.connect() as connection:
                return await strikes_since(connection, sender, since)
        except Exception:
            log.exception("store.strikes_unavailable")
            return 0

    def _route_item(self, inbound: Inbound, route: str, data: bytes, *, kind: str) -> OutboxItem:
        return OutboxItem(
            id=new_id(), kind=kind, transport="outbound", mail_from=inbound.mail_from,
            rcpt_tos=tuple(self._routes[route].addresses), data=data, smtputf8=inbound.smtputf8,
            message_ref=inbound.id, dedupe_key=f"{kind}:{route}:{inbound.id}",
        )  # fmt: skip

    def _with_copies(
        self,
        settlement: Settlement,
        inbound: Inbound,
        view: MessageView,
        decision: Decision,
        outgoing: bytes,
        *,
        copies: bool,
        strikes: int | None = None,
    ) -> Settlement:
        """Notices, owed once the message was accepted; routed copies too when it was forwarded."""
        routes = decision.routes if copies else ()
        items = [self._route_item(inbound, route, outgoing, kind="route") for route in routes]
        for notify in decision.notifications:
            addresses = tuple(self._routes[notify.route].addresses)
            lines = [
                notify.text or f"Policy {notify.policy} fired.",
                "",
                f"Sender:  {view.from_address or inbound.mail_from or '(none)'}",
                f"Time:    {inbound.received_at.isoformat(timespec='seconds')}",
                f"Subject: {redact(view.subject, decision) if notify.redact else view.subject}",
                f"Tags:    {', '.join(decision.tags) or '-'}",
                f"Rules:   {', '.join(decision.policies) or '-'}",
                *([f"Strikes: {strikes}"] if strikes is not None else []),
                f"Message: {inbound.id} ({self._gateway_id})",
            ]
            if notify.redact:
                words = sorted(
                    {mask(f.finding.phrase) for f in decision.findings if f.finding.weight > 0 and is_words(f.finding)}
                )
                lines += [
                    f"Words:   {', '.join(words) or '-'}",
                    "",
                    f"The full text is only in the quarantine: curveball quarantine show {inbound.id}",
                ]
            data = build_notice(
                from_address=self._support_address, to_addresses=addresses,
                subject=f"[Curveball] {notify.policy}: {view.subject}", lines=lines,
                hostname=self._hostname, when=inbound.received_at,
            )  # fmt: skip
            items.append(
                OutboxItem(
                    id=new_id(), kind="notify", transport="outbound", mail_from="", rcpt_tos=addresses,
                    data=data, message_ref=inbound.id, dedupe_key=f"notify:{notify.policy}:{inbound.id}",
                )
            )  # fmt: skip
        if not items:
            return settlement
        return replace(settlement, followups=(*settlement.followups, *items))

    async def _record(
        self,
        inbound: Inbound,
        view: MessageView,
        inspection: Inspection,
        settlement: Settlement,
        upstream_reply: str | None,
        started: float,
        workflow: Plan,
    ) -> str:
        decision = inspection.decision
        details: dict[str, object] = {
            **settlement.details,
            "tags": list(decision.tags),
            "policies": list(decision.policies),
            "language": decision.language,
            "analysis": decision.analysis,
            "actions": list(decision.actions),
        }
        if decision.shadow:
            details["shadow"] = list(decision.shadow)
        if decision.replies:
            details["auto_replies_planned"] = [r.template for r in decision.replies]
        record = MessageRecord(
            id=inbound.id,
            gateway_id=self._gateway_id,
            received_at=inbound.received_at,
            client_address=inbound.peer_ip,
            helo=inbound.helo,
            mail_from=inbound.mail_from,
            rcpt_tos=inbound.rcpt_tos,
            message_id=view.header("message-id"),
            subject=view.subject,
            size=len(inbound.raw),
            outcome=settlement.outcome,
            reply=settlement.reply,
            upstream_reply=upstream_reply,
            duration_ms=round((time.perf_counter() - started) * 1000, 3),
            details=details,
        )

        outcome = Outcome()

        async def write(connection: AsyncConnection) -> None:
            nonlocal outcome
            if settlement.held is not None:
                await hold(connection, settlement.held)
            for item in settlement.followups:
                await enqueue(connection, item, inbound.received_at)
            if workflow:
                outcome = await run_plan(
                    connection, workflow, config=self._config, message_id=inbound.id, now=inbound.received_at
                )
                learned = workflow_summary(outcome, workflow)
                if any(details.get(key) != value for key, value in learned.items()):  # else the row says it all
                    await connection.execute(
                        messages.update().where(messages.c.id == inbound.id).values(details={**details, **learned})
                    )

        if workflow.notes:
            details["auto_replies_skipped"] = list(workflow.notes)

        def settled() -> None:
            if outcome.blocked and self._state is not None and workflow.strike_sender:
                self._state.blocked.add(workflow.strike_sender)
            if outcome.outage_reported_at and self._state is not None and workflow.outage_report:
                self._state.note_outage_report(workflow.outage_report, outcome.outage_reported_at)
            if settlement.followups or outcome.replied or outcome.outage_suspected:
                self._outbox_wakeup()

        # What the 250 promises must be committed first: the held message, the routed copies, and a
        # strike (the sender's next message must meet the block). The log row and the rest of the
        # bookkeeping (auto-replies, outage reports) commit behind the reply: during an outage every
        # message carries a report, and the client must not wait for an fsync it is not owed.
        owed = bool(settlement.followups) or settlement.held is not None or workflow.strike_sender is not None
        if not owed:
            pending = self._writer.enqueue(write if workflow else None, rows=[message_row(record)])
            pending.add_done_callback(lambda done: self._recorded_behind(inbound, done, settled))
            if self._writer.behind:
                await asyncio.wait([pending])  # back-pressure: the reply waits, the outcome is the callback's
            return settlement.reply
        try:
            await self._writer.submit(write, rows=[message_row(record)])
        except Exception:
            self._metrics.store_errors.inc()
            log.exception("store.record_failed", extra={"fields": {"id": inbound.id}})
            return "451 4.3.0 Temporary storage failure, try again later"  # what we owe was not stored
        settled()
        return settlement.reply

    def _recorded_behind(self, inbound: Inbound, done: asyncio.Future[None], settled: Callable[[], None]) -> None:
        if done.cancelled():
            return
        if done.exception() is None:
            settled()
            return
        self._metrics.store_errors.inc()
        log.error("store.record_failed", extra={"fields": {"id": inbound.id, "error": str(done.exception())}})

    def _log(
        self,
        inbound: Inbound,
        decision: Decision,
        settlement: Settlement,
        reply: str,
        upstream_reply: str | None,
        started: float,
    ) -> None:
        elapsed = time.perf_counter() - started
        outcome = "tempfailed" if reply.startswith("4") else settlement.outcome
        self._metrics.messages.labels(outcome).inc()
        self._metrics.latency.observe(elapsed)
        fields: dict[str, object] = {
            "id": inbound.id,
            "client": inbound.peer_ip,
            "from": inbound.mail_from,
            "to": list(inbound.rcpt_tos),
            "size": len(inbound.raw),
            "outcome": outcome,
            "reply": reply,
            "upstream": upstream_reply,
            "tags": list(decision.tags),
            "policies": list(decision.policies),
            "ms": round(elapsed * 1000, 2),
        }
        if decision.shadow:
            fields["shadow"] = list(decision.shadow)
        log.info("message", extra={"fields": fields})
