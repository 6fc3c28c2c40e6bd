"""Account-ownership requests: who owns the account, did the sender authenticate, how risky is it.

Runs only for messages tagged `account-ownership`. Authentication-Results are trusted only from
our own MTA (`[authentication] authserv_id`) and only the topmost one: MTAs add theirs on top,
so anything below may have been written by the sender.
"""

from __future__ import annotations

import asyncio
import csv
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import authres
import dkim
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from gateway.config import AuthenticationSettings, DirectorySettings
from gateway.policy.content import MessageView
from gateway.policy.decision import Decision

log = logging.getLogger("curveball.ownership")
_ADDRESS_IN_NAME = re.compile(r"[\w.+-]+@([\w-]+\.)+[\w-]+")
_CONFUSABLE = str.maketrans({"0": "o", "1": "l", "3": "e", "5": "s", "7": "t", "$": "s", "|": "l", "!": "i"})


@dataclass(frozen=True)
class Owner:
    email: str
    name: str = ""


class Directory:
    """The owner directory: a CSV file (re-read when it changes) or an SQL query."""

    def __init__(self, settings: DirectorySettings) -> None:
        self._settings = settings
        self._csv_rows: dict[str, Owner] = {}
        self._csv_mtime: float | None = None
        self._engine: AsyncEngine | None = create_async_engine(settings.sql_url) if settings.sql_url else None

    @property
    def configured(self) -> bool:
        return bool(self._settings.csv or self._engine)

    def _load_csv(self, path: Path) -> dict[str, Owner]:
        mtime = path.stat().st_mtime
        if mtime != self._csv_mtime:
            rows: dict[str, Owner] = {}
            with open(path, newline="", encoding="utf-8") as handle:
                for row in csv.DictReader(handle):
                    account = (row.get("account") or "").strip().lower().lstrip("@")
                    if account and row.get("owner_email"):
                        rows[account] = Owner(row["owner_email"].strip(), (row.get("owner_name") or "").strip())
            self._csv_rows, self._csv_mtime = rows, mtime
        return self._csv_rows

    async def lookup(self, sender: str) -> Owner | None:
        """The owner of the account the sender claims: by their address, else by their domain."""
        sender = sender.lower()
        domain = sender.rpartition("@")[2]
        if self._settings.csv:
            rows = await asyncio.to_thread(self._load_csv, self._settings.csv)
            return rows.get(sender) or rows.get(domain)
        if self._engine is not None and self._settings.sql_query:
            async with self._engine.connect() as connection:
                row = (
                    await connection.execute(sa.text(self._settings.sql_query), {"sender": sender, "domain": domain})
                ).first()
            if row is not None:
                return Owner(str(row[0]), str(row[1]) if len(row) > 1 and row[1] else "")
        return None

    async def close(self) -> None:
        if self._engine is not None:
            await self._engine.dispose()


def trusted_authentication(view: MessageView, settings: AuthenticationSettings) -> dict[str, str] | None:
    """{method: result} from the topmost Authentication-Results of our own MTA, or None if there is none.

    Anything below it, or from another authserv-id, may have been written by the sender and is ignored.
    """
    if not settings.authserv_id:
        return None
    for value in view.header_all("authentication-results"):
        try:
            parsed = authres.AuthenticationResultsHeader.parse_value(value)
        except Exception:  # a malformed header counts as no verdict, never as a pass
            continue
        if str(parsed.authserv_id).lower() != settings.authserv_id.lower():
            return None  # the topmost header is not ours: do not dig below it
        return {str(r.method).lower(): str(r.result).lower() for r in parsed.results}
    return None


DnsFunc = Callable[..., bytes | None]


def verify_dkim(raw: bytes, dnsfunc: DnsFunc | None = None) -> str:
    """ "pass" / "fail" / "none" for the message's DKIM signature (dkimpy; blocking DNS: run in a thread)."""
    if b"dkim-signature:" not in raw[: raw.find(b"\r\n\r\n") + 1].lower():
        return "none"
    try:
        ok = dkim.verify(raw, dnsfunc=dnsfunc) if dnsfunc else dkim.verify(raw)
    except Exception:  # DNS trouble or a malformed signature is not a pass
        return "fail"
    return "pass" if ok else "fail"


def _skeleton(domain: str) -> str:
    folded = unicodedata.normalize("NFKD", domain.lower())
    return "".join(c for c in folded if not unicodedata.combining(c)).translate(_CONFUSABLE).replace("rn", "m")


def _close(a: str, b: str) -> bool:
    """Edit distance at most one (a transposition counts as one)."""
    if a == b:
        return False
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (len(diffs) == 2 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    shorter, longer = sorted((a, b), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def risk_reasons(
    view: MessageView,
    decision: Decision,
    *,
    authentication: dict[str, str] | None,
    auth_configured: bool,
    known_domains: set[str],
) -> list[str]:
    reasons = []
    if auth_configured and authentication is None:
        reasons.append("no authentication results from our MTA")
    elif authentication is not None:
        dmarc_failed = authentication.get("dmarc") in ("fail", "permerror", "temperror")
        spf_failed = authentication.get("spf") in ("fail", "softfail") and authentication.get("dkim") != "pass"
        if dmarc_failed or spf_failed:
            reasons.append("sender authentication failed")
    shown = _ADDRESS_IN_NAME.search(view.from_name or "")
    if shown and shown.group(0).lower() != view.from_address:
        reasons.append(f"display name shows another address ({shown.group(0)})")
    domain = view.from_address.rpartition("@")[2]
    for known in known_domains:
        if domain and domain != known and (_skeleton(domain) == _skeleton(known) or _close(domain, known)):
            reasons.append(f"look-alike domain ({domain} vs {known})")
            break
    if "urgent" in decision.tags:
        reasons.append("pressure to act urgently")
    return reasons


@dataclass(frozen=True)
class OwnershipCheck:
    owner: Owner | None
    sender_is_owner: bool | None
    risk: list[str]

    def fields(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        if self.owner is not None:
            out.append(("X-Curveball-Account-Owner", self.owner.email))
        if self.sender_is_owner is not None:
            out.append(("X-Curveball-Sender-Is-Owner", "yes" if self.sender_is_owner else "no"))
        out.append(("X-Curveball-Risk", "high" if self.risk else "normal"))
        if self.risk:
            out.append(("X-Curveball-Risk-Reasons", "; ".join(self.risk)))
        return out


async def check_ownership(
    view: MessageView,
    decision: Decision,
    *,
    directory: Directory,
    authentication: AuthenticationSettings,
    known_domains: set[str],
    raw: bytes = b"",
) -> OwnershipCheck:
    sender = view.from_address or view.mail_from
    owner: Owner | None = None
    if directory.configured and sender:
        try:
            owner = await directory.lookup(sender)
        except Exception:  # a directory outage must not stop mail; the agent still sees the tag
            log.exception("directory.lookup_failed")
    results = trusted_authentication(view, authentication)
    if authentication.verify_dkim and raw:
        verdict = await asyncio.to_thread(verify_dkim, raw)
        results = {**(results or {}), "dkim": verdict}
    reasons = risk_reasons(
        view, decision, authentication=results, auth_configured=bool(authentication.authserv_id),
        known_domains=known_domains | ({owner.email.rpartition("@")[2].lower()} if owner else set()),
    )  # fmt: skip
    is_owner = None if owner is None else owner.email.lower() == sender.lower()
    return OwnershipCheck(owner, is_owner, reasons)


def values(check: OwnershipCheck, view: MessageView) -> dict[str, Any]:
    return {
        "requester": view.from_address or view.mail_from,
        "account": (view.from_address or view.mail_from).rpartition("@")[2],
        "owner_name": check.owner.name if check.owner else "",
    }
