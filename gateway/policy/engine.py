"""evaluate(): policies over a message view, its analysis and the store's facts -> Decision.

Pure and synchronous: no I/O, no awaits, same input same output. Conditions are a table of small
functions (one per condition key), so adding one is adding a row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from gateway.policy.analysis import Analysis
from gateway.policy.content import MessageView
from gateway.policy.decision import Decision, Disposition, Facts, PlannedNotify, PlannedReply, PolicyFinding
from gateway.policy.loader import CompiledPolicy, PolicySet


class Context:
    """What conditions look at: one per message; `policy` and `tags` move on policy by policy."""

    __slots__ = ("analysis", "facts", "policy", "tags", "view")

    def __init__(self, view: MessageView, analysis: Analysis, facts: Facts, tags: list[str]) -> None:
        self.view = view
        self.analysis = analysis
        self.facts = facts
        self.tags = tags  # tags set by earlier policies (the builder's list, read as it grows)
        self.policy: CompiledPolicy | None = None


def _domain_in(address: str, domains: list[str]) -> bool:
    domain = address.rpartition("@")[2].lower()
    return any(domain == d.lower().lstrip("@") or domain.endswith("." + d.lower().lstrip("@")) for d in domains)


def _regex_any(ctx: Context, patterns: list[str], texts: list[str]) -> bool:
    assert ctx.policy is not None
    regexes = ctx.policy.regexes
    return any(regexes[p].search(text) is not None for p in patterns for text in texts)


CHECKS: dict[str, Callable[[Context, Any], bool]] = {
    "detect": lambda ctx, names: all(ctx.analysis.fired(n) for n in names),
    "detect_any": lambda ctx, names: any(ctx.analysis.fired(n) for n in names),
    "score": lambda ctx, minimums: all(
        (s := ctx.analysis.scores.get(name)) is not None and s.score >= minimum for name, minimum in minimums.items()
    ),
    "phrases": lambda ctx, _: ctx.policy is not None and ctx.analysis.fired(ctx.policy.inline_detector),
    "subject_matches": lambda ctx, patterns: _regex_any(ctx, patterns, [ctx.view.subject]),
    "body_matches": lambda ctx, patterns: _regex_any(ctx, patterns, [ctx.analysis.new_text]),
    "header_present": lambda ctx, names: all(ctx.view.header(n) is not None for n in names),
    "header_equals": lambda ctx, pairs: all(
        (ctx.view.header(name) or "").strip().lower() == value.strip().lower() for name, value in pairs.items()
    ),
    "header_matches": lambda ctx, pairs: all(
        _regex_any(ctx, [pattern], ctx.view.header_all(name)) for name, pattern in pairs.items()
    ),
    "sender": lambda ctx, addresses: any(a in {x.lower() for x in addresses} for a in ctx.view.sender_addresses),
    "sender_domain": lambda ctx, domains: any(_domain_in(a, domains) for a in ctx.view.sender_addresses),
    "recipient": lambda ctx, addresses: any(r.lower() in {x.lower() for x in addresses} for r in ctx.view.rcpt_tos),
    "automated": lambda ctx, wanted: (ctx.analysis.automated is not None) == wanted,
    "language": lambda ctx, languages: ctx.analysis.language in languages,
    "size_over": lambda ctx, size: ctx.view.size > size,
    "size_under": lambda ctx, size: ctx.view.size < size,
    "has_attachment": lambda ctx, wanted: ctx.view.has_attachment == wanted,
    "sender_blocked": lambda ctx, wanted: ctx.facts.sender_blocked == wanted,
    "outage_active": lambda ctx, wanted: ctx.facts.outage_active == wanted,
    "tagged": lambda ctx, tags: all(t in ctx.tags for t in tags),
    "tagged_any": lambda ctx, tags: any(t in ctx.tags for t in tags),
}


def matches(policy: CompiledPolicy, ctx: Context) -> bool:
    ctx.policy = policy
    if not all(CHECKS[key](ctx, value) for key, value in policy.when):
        return False
    return not any(CHECKS[key](ctx, value) for key, value in policy.unless)


_STRENGTH: dict[Disposition, int] = {"forward": 0, "redirect": 1, "quarantine": 2, "tempfail": 3, "reject": 4}


@dataclass
class _Builder:
    tags: list[str] = field(default_factory=list)
    policies: list[str] = field(default_factory=list)
    findings: list[PolicyFinding] = field(default_factory=list)
    headers: dict[str, tuple[str, str]] = field(default_factory=dict)
    prefixes: list[str] = field(default_factory=list)
    banners: list[str] = field(default_factory=list)
    priority: str | None = None
    routes: list[str] = field(default_factory=list)
    redirect: str | None = None
    disposition: Disposition = "forward"
    reply_text: str | None = None
    replies: list[PlannedReply] = field(default_factory=list)
    strike_policy: str | None = None
    owner_approval: PlannedReply | None = None
    notifications: list[PlannedNotify] = field(default_factory=list)
    shadow: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)

    def dispose(self, disposition: Disposition, text: str | None = None) -> None:
        if _STRENGTH[disposition] > _STRENGTH[self.disposition]:
            self.disposition, self.reply_text = disposition, text

    def apply(self, policy: CompiledPolicy) -> None:
        actions = policy.spec.then
        name = policy.name
        self.policies.append(name)
        self.actions += [f"{name}:{a}" for a in policy.described]
        self.tags += [t for t in actions.tag or [] if t not in self.tags]
        for header, value in (actions.header or {}).items():
            self.headers[header.lower()] = (header, value)
        if actions.subject_prefix and actions.subject_prefix not in self.prefixes:
            self.prefixes.append(actions.subject_prefix)
        if actions.banner and actions.banner not in self.banners:
            self.banners.append(actions.banner)
        self.priority = actions.priority or self.priority
        self.routes += [r for r in actions.route or [] if r not in self.routes]
        if actions.redirect:
            self.redirect = actions.redirect
            self.dispose("redirect")
        if actions.quarantine:
            self.dispose("quarantine")
        if actions.tempfail is not None:
            self.dispose("tempfail", actions.tempfail)
        if actions.reject is not None:
            self.dispose("reject", actions.reject)
        if actions.auto_reply:
            self.replies.append(PlannedReply(name, actions.auto_reply.template, actions.auto_reply.once_per))
        if actions.strike:
            self.strike_policy = self.strike_policy or name
        if actions.owner_approval:
            self.owner_approval = PlannedReply(name, actions.owner_approval.template, actions.owner_approval.once_per)
        self.notifications += [PlannedNotify(name, n.route, n.text, n.redact) for n in actions.notify or []]


def _explain(policy: CompiledPolicy, analysis: Analysis) -> list[PolicyFinding]:
    findings = []
    new = tuple.__new__  # PolicyFinding without its Python-level __new__: one per finding
    for detector in policy.explained_by:
        score = analysis.scores.get(detector)
        if score is not None:
            findings += [new(PolicyFinding, (policy.name, f)) for f in score.findings]
    return findings


def evaluate(view: MessageView, analysis: Analysis, policy_set: PolicySet, facts: Facts) -> Decision:
    built = _Builder()
    ctx = Context(view, analysis, facts, built.tags)
    for policy in policy_set.policies:
        spec = policy.spec
        if not spec.enabled:
            continue
        if not matches(policy, ctx):
            continue
        if spec.mode == "shadow":
            built.shadow.append(f"{policy.name}: {', '.join(policy.described) or 'nothing'}")
            continue
        built.apply(policy)
        built.findings += _explain(policy, analysis)
        if spec.stop or spec.then.stop:
            break
    return Decision(
        tags=tuple(sorted(built.tags)),
        policies=tuple(built.policies),
        findings=tuple(built.findings),
        headers=tuple(built.headers.values()),
        subject_prefixes=tuple(built.prefixes),
        banners=tuple(built.banners),
        priority=built.priority,
        routes=tuple(built.routes),
        redirect=built.redirect,
        disposition=built.disposition,
        reply_text=built.reply_text,
        replies=tuple(built.replies),
        strike_policy=built.strike_policy,
        owner_approval=built.owner_approval,
        notifications=tuple(built.notifications),
        shadow=tuple(built.shadow),
        actions=tuple(built.actions),
        language=analysis.language,
        analysis=analysis.status,
    )
