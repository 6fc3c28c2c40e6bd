"""One function from message bytes to a Decision, shared by the gateway, `curveball test`, `replay`
and `eval`, so what an admin tests is exactly what the gateway does."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Protocol

from gateway.policy.analysis import Analysis, analyze
from gateway.policy.automation import automated_reason
from gateway.policy.content import MessageView, parse_view
from gateway.policy.decision import Decision, Facts
from gateway.policy.engine import evaluate
from gateway.policy.language import UNDETERMINED
from gateway.policy.loader import PolicySet

log = logging.getLogger("curveball.policy")


class Learned(Protocol):
    """The learned layer as decide() sees it (gateway.classifier provides it)."""

    def apply(self, analysis: Analysis, view: MessageView, policy_set: PolicySet) -> Analysis: ...


@dataclass(frozen=True)
class Inspection:
    view: MessageView
    analysis: Analysis
    decision: Decision
    elapsed_ms: float

    def with_view(self, view: MessageView) -> Inspection:
        return Inspection(view, self.analysis, self.decision, self.elapsed_ms)


# With no policies there is nothing to decide: no analysis, no language, only the trace fields.
PASS_THROUGH = Inspection(
    MessageView((), "", "", "", "", (), 0, "", False, False, "text/plain"),
    Analysis("skipped", UNDETERMINED, None, ""),
    Decision(language=UNDETERMINED, analysis="skipped"),
    0.0,
)


def decide(
    view: MessageView, policy_set: PolicySet, facts: Facts, *, budget: float, learned: Learned | None = None
) -> Inspection:
    """Analyse and evaluate; a fault in analysis never loses the message (it is forwarded as-is)."""
    started = time.perf_counter()
    try:
        if facts.sender_blocked:  # a blocked sender's mail is not read: only header facts apply
            analysis = Analysis("blocked", UNDETERMINED, automated_reason(view), "")
        else:
            analysis = analyze(view, policy_set, budget=budget)
            if learned is not None and analysis.status == "ok":
                analysis = learned.apply(analysis, view, policy_set)
        decision = evaluate(view, analysis, policy_set, facts)
    except Exception:
        log.exception("policy.analysis_failed", extra={"fields": {"subject": view.subject[:80]}})
        analysis = Analysis("error", UNDETERMINED, None, "")
        decision = Decision(language=UNDETERMINED, analysis="error")
    return Inspection(view, analysis, decision, round((time.perf_counter() - started) * 1000, 3))


def inspect_message(
    raw: bytes,
    policy_set: PolicySet,
    *,
    facts: Facts | None = None,
    mail_from: str = "",
    rcpt_tos: tuple[str, ...] = (),
    budget: float = 0.25,
    learned: Learned | None = None,
) -> Inspection:
    """Parse, analyse and evaluate one message with no side effects."""
    view = parse_view(raw, mail_from=mail_from, rcpt_tos=rcpt_tos)
    return decide(view, policy_set, facts or Facts(), budget=budget, learned=learned)


def curveball_fields(decision: Decision) -> list[tuple[str, str]]:
    """The X-Curveball-* fields agents and helpdesks see (names are part of the interface)."""
    fields: list[tuple[str, str]] = []
    if decision.analysis == "skipped":
        return fields
    if decision.tags:
        fields.append(("X-Curveball-Tags", ", ".join(decision.tags)))
    if decision.policies:
        fields.append(("X-Curveball-Policies", ", ".join(decision.policies)))
    fields.append(("X-Curveball-Language", decision.language))
    if decision.analysis != "ok":
        fields.append(("X-Curveball-Analysis", decision.analysis))
    if decision.shadow:
        fields.append(("X-Curveball-Shadow", "; ".join(decision.shadow)))
    return fields
