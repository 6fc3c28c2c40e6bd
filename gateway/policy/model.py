"""The schema of a policy file: typed conditions and actions, validated when policies load.

A policy file (one per file, loaded in file-name order):

    name = "legal-threat"
    description = "Route legal threats to the legal team"
    enabled = true
    mode = "enforce"            # or "shadow": record what it would do, change nothing
    stop = false                # skip later policies when this one fires
    [when]                      # every condition must hold
    detect = "legal-threat"
    [unless]                    # any condition holding is an exception
    sender_domain = ["our-law-firm.example"]
    [then]
    tag = "legal-threat"
    subject_prefix = "[LEGAL]"
    route = "legal"
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from gateway.durations import parse_duration

NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
# Fields a policy may never set: they identify the message, its route or its authentication.
STRUCTURAL_HEADERS = frozenset(
    {
        "from", "to", "cc", "bcc", "date", "message-id", "subject", "sender", "reply-to", "return-path",
        "received", "in-reply-to", "references", "mime-version", "content-type", "content-transfer-encoding",
        "content-disposition", "dkim-signature", "arc-seal", "arc-message-signature",
        "arc-authentication-results", "authentication-results", "resent-from", "resent-to", "resent-date",
        "resent-message-id", "importance", "x-priority", "priority",
    }
)  # fmt: skip
_HEADER_NAME = re.compile(r"^[!-9;-~]+$")


def _listify(value: object) -> object:
    return [value] if isinstance(value, str) else value


StrList = Annotated[list[str], BeforeValidator(_listify)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _no_newlines(value: str) -> str:
    if "\r" in value or "\n" in value:
        raise ValueError("must be a single line (no line breaks)")
    return value


class Conditions(_Strict):
    """Tests on one message. In `when` all must hold; in `unless` any one holding is an exception."""

    detect: StrList | None = None  # every named detector fires
    detect_any: StrList | None = None  # at least one fires
    score: dict[str, float] | None = None  # detector -> minimum score
    phrases: StrList | dict[str, StrList] | None = None  # inline phrases, optionally per language
    subject_matches: StrList | None = None  # RE2, case-insensitive unless the pattern says (?-i)
    body_matches: StrList | None = None  # RE2 over the text the sender wrote now
    header_present: StrList | None = None
    header_equals: dict[str, str] | None = None  # case-insensitive value comparison
    header_matches: dict[str, str] | None = None  # RE2
    sender: StrList | None = None  # header From address or envelope sender
    sender_domain: StrList | None = None  # that domain or any subdomain
    recipient: StrList | None = None  # any envelope recipient
    automated: bool | None = None  # RFC 3834 and the usual machine-mail signs
    language: StrList | None = None  # detected language, ISO 639-1
    size_over: int | None = Field(default=None, ge=0)
    size_under: int | None = Field(default=None, ge=0)
    has_attachment: bool | None = None
    sender_blocked: bool | None = None
    outage_active: bool | None = None
    tagged: StrList | None = None  # every tag set by an earlier policy
    tagged_any: StrList | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> Conditions:
        if not self.model_fields_set:
            raise ValueError("no conditions given")
        return self


class AutoReply(_Strict):
    """Reply to the sender with a template (machinery: workflows; RFC 3834 rules always apply)."""

    template: str = Field(min_length=1)
    once_per: str = "7d"  # "incident" or a duration like "7d"

    @field_validator("once_per")
    @classmethod
    def _period(cls, value: str) -> str:
        if value != "incident":
            parse_duration(value)
        return value


class Notify(_Strict):
    route: str
    text: str = ""
    # Mask the matched offensive words and leave the message text out (abuse notices to team leads).
    redact: bool = False


class OwnerApproval(_Strict):
    """Ask the account's current owner (from [directory]) to approve an ownership change."""

    template: str = "owner-approval"
    once_per: str = "1d"

    @field_validator("once_per")
    @classmethod
    def _period(cls, value: str) -> str:
        parse_duration(value)
        return value


class Actions(_Strict):
    tag: StrList | None = None
    header: dict[str, str] | None = None
    subject_prefix: Annotated[str, BeforeValidator(str)] | None = Field(default=None, min_length=1, max_length=40)
    banner: str | None = Field(default=None, min_length=1, max_length=500)
    priority: Literal["high", "normal", "low"] | None = None
    route: StrList | None = None
    redirect: str | None = None
    quarantine: bool | None = None
    auto_reply: AutoReply | None = None
    owner_approval: OwnerApproval | None = None
    strike: bool | None = None  # count a strike against the sender (blocks after [abuse] strikes_to_block)
    notify: list[Notify] | None = None
    reject: str | None = None
    tempfail: str | None = None
    stop: bool | None = None

    @field_validator("notify", mode="before")
    @classmethod
    def _notify_list(cls, value: object) -> object:
        return [value] if isinstance(value, dict) else value

    @field_validator("tag")
    @classmethod
    def _tag_names(cls, tags: list[str]) -> list[str]:
        for tag in tags:
            if not NAME.match(tag):
                raise ValueError(f"tag {tag!r}: use lower-case letters, digits and - _ .")
        return tags

    @field_validator("header")
    @classmethod
    def _headers(cls, headers: dict[str, str]) -> dict[str, str]:
        for name, value in headers.items():
            if not _HEADER_NAME.match(name):
                raise ValueError(f"{name!r} is not a valid header name")
            if name.lower() in STRUCTURAL_HEADERS:
                raise ValueError(
                    f"{name!r} is a structural header and cannot be set by a policy"
                    + (" (use subject_prefix)" if name.lower() == "subject" else "")
                    + (" (use priority)" if name.lower() in ("importance", "x-priority", "priority") else "")
                )
            _no_newlines(value)
        return headers

    @field_validator("subject_prefix", "banner", "reject", "tempfail")
    @classmethod
    def _single_line(cls, value: str | None) -> str | None:
        return _no_newlines(value) if value is not None else value

    @model_validator(mode="after")
    def _not_empty(self) -> Actions:
        if not self.model_fields_set:
            raise ValueError("no actions given")
        return self


def describe_actions(actions: Actions) -> list[str]:
    """Human-readable actions, e.g. ['tag:legal-threat', 'route:legal']."""
    out = [f"tag:{t}" for t in actions.tag or []]
    out += [f"header:{name}" for name in actions.header or {}]
    if actions.subject_prefix:
        out.append(f"subject_prefix:{actions.subject_prefix}")
    if actions.banner:
        out.append("banner")
    if actions.priority:
        out.append(f"priority:{actions.priority}")
    out += [f"route:{r}" for r in actions.route or []]
    if actions.redirect:
        out.append(f"redirect:{actions.redirect}")
    if actions.quarantine:
        out.append("quarantine")
    if actions.auto_reply:
        out.append(f"auto_reply:{actions.auto_reply.template}")
    if actions.owner_approval:
        out.append(f"owner_approval:{actions.owner_approval.template}")
    if actions.strike:
        out.append("strike")
    out += [f"notify:{n.route}" for n in actions.notify or []]
    if actions.reject is not None:
        out.append("reject")
    if actions.tempfail is not None:
        out.append("tempfail")
    if actions.stop:
        out.append("stop")
    return out


class PolicyFile(_Strict):
    name: str
    description: str = ""
    enabled: bool = True
    mode: Literal["enforce", "shadow"] = "enforce"
    stop: bool = False
    when: Conditions
    unless: Conditions | None = None
    then: Actions

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not NAME.match(value):
            raise ValueError("use lower-case letters, digits and - _ . (it appears in X-Curveball-Policies)")
        return value
