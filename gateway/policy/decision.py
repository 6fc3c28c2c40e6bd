"""A Decision: everything the policies decided about one message, as data. Applying it is I/O's job."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple

from gateway.policy.analysis import Finding

Disposition = Literal["forward", "redirect", "quarantine", "reject", "tempfail"]


@dataclass(frozen=True)
class Facts:
    """What the store knows about this message's sender and the moment (filled by the workflows)."""

    sender_blocked: bool = False
    outage_active: bool = False
    incident_id: str | None = None
    # This node already recorded the sender's outage report in the current detection window: the
    # report that would be written is known to exist (one per sender per window), so none is planned.
    outage_reported: bool = False


@dataclass(frozen=True)
class PlannedReply:
    policy: str
    template: str
    once_per: str


@dataclass(frozen=True)
class PlannedNotify:
    policy: str
    route: str
    text: str
    redact: bool = False


class PolicyFinding(NamedTuple):
    policy: str
    finding: Finding


@dataclass(frozen=True)
class Decision:
    tags: tuple[str, ...] = ()  # sorted
    policies: tuple[str, ...] = ()  # those that fired, in order
    findings: tuple[PolicyFinding, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()  # set by policies (replacing fields of the same name)
    subject_prefixes: tuple[str, ...] = ()
    banners: tuple[str, ...] = ()
    priority: str | None = None
    routes: tuple[str, ...] = ()
    redirect: str | None = None
    disposition: Disposition = "forward"
    reply_text: str | None = None  # for reject / tempfail
    replies: tuple[PlannedReply, ...] = ()
    strike_policy: str | None = None  # the policy that counts a strike against the sender
    owner_approval: PlannedReply | None = None
    notifications: tuple[PlannedNotify, ...] = ()
    shadow: tuple[str, ...] = ()  # "policy: what it would have done"
    actions: tuple[str, ...] = ()  # human-readable, in order
    language: str = "und"
    analysis: str = "ok"
