"""Helpers for policy tests: write a policy directory, build messages, inspect without side effects."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from gateway.policy.decision import Facts
from gateway.policy.inspect import Inspection, inspect_message
from gateway.policy.loader import PolicySet, load_policy_set

LEXICON = """
[detector]
name = "legal-threat"
threshold = 1.0
[phrases.en]
"my lawyer" = 1.0
"take ... to court" = 1.0
"legal action" = 0.6
"not going to sue" = -2.0
"sue you" = 1.0
[phrases.pl]
"pozw* ... do sadu" = 1.0
"""

ABUSE = """
[detector]
name = "abusive"
threshold = 1.0
[phrases.en]
"idiot" = 1.0
"fuck you" = 1.0
"""


def policy_dir(tmp: Path, policies: dict[str, str], lexicons: dict[str, str] | None = None) -> Path:
    directory = tmp / "policies"
    (directory / "lexicons").mkdir(parents=True, exist_ok=True)
    for name, text in (lexicons if lexicons is not None else {"legal-threat": LEXICON, "abusive": ABUSE}).items():
        (directory / "lexicons" / f"{name}.toml").write_text(text, encoding="utf-8")
    for name, text in policies.items():
        (directory / f"{name}.toml").write_text(text, encoding="utf-8")
    return directory


def load(tmp: Path, policies: dict[str, str], lexicons: dict[str, str] | None = None) -> PolicySet:
    return load_policy_set(policy_dir(tmp, policies, lexicons), routes=["legal", "team_lead"])


def eml(
    body: str = "Hello",
    *,
    subject: str = "Question",
    sender: str = "Alice <alice@customer.example>",
    headers: str = "",
    content_type: str = "text/plain; charset=utf-8",
) -> bytes:
    return (
        f"From: {sender}\r\nTo: support@example.com\r\nSubject: {subject}\r\nMessage-ID: <m1@customer.example>\r\n"
        f"Content-Type: {content_type}\r\n{headers}\r\n{body}\r\n"
    ).encode()


def run(
    policy_set: PolicySet,
    raw: bytes,
    *,
    mail_from: str = "alice@customer.example",
    facts: Facts | None = None,
    rcpt_tos: tuple[str, ...] = ("support@example.com",),
    budget: float = 5.0,
) -> Inspection:
    return inspect_message(raw, policy_set, facts=facts, mail_from=mail_from, rcpt_tos=rcpt_tos, budget=budget)


def curveball(*args: str, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The `curveball` command as an admin runs it, in its own process."""
    return subprocess.run(
        [sys.executable, "-m", "gateway", *args], capture_output=True, text=True, cwd=cwd, timeout=timeout, check=False
    )
