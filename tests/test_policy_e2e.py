"""Policies end to end: a running gateway, real SMTP, a real sink; each action as agents would see it."""

from __future__ import annotations

import asyncio
import email
import email.policy
import gc
import weakref
from email.message import EmailMessage
from pathlib import Path

import aiohttp
import aiosmtplib
import pytest
import sqlalchemy as sa

from gateway.store.quarantine import list_quarantine
from tests.policy_support import ABUSE, LEXICON, eml
from tests.support import Sink, eventually, logged, make_config, running_gateway, send

LEGAL_POLICY = """
name = "legal-threat"
[when]
detect = "legal-threat"
[then]
tag = "legal-threat"
subject_prefix = "[LEGAL]"
banner = "Legal has a copy; do not argue the substance."
route = "legal"
priority = "high"
header = { "X-Zammad-Ticket-Priority" = "3 high", "X-Curveball-Verification" = "owner-approval-required" }
"""


def setup_policies(tmp_path: Path, policies: dict[str, str]) -> None:
    directory = tmp_path / "policies"
    (directory / "lexicons").mkdir(parents=True, exist_ok=True)
    (directory / "lexicons" / "legal-threat.toml").write_text(LEXICON)
    (directory / "lexicons" / "abusive.toml").write_text(ABUSE)
    for name, text in policies.items():
        (directory / f"{name}.toml").write_text(text)


def parsed(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


async def test_tags_headers_subject_banner_priority_and_route_copy(tmp_path: Path, sink: Sink) -> None:
    setup_policies(tmp_path, {"20-legal": LEGAL_POLICY})
    body = "I have talked to my lawyer. We will take you to court."
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await send(gateway, eml(body, subject="Re: invoice", headers="Importance: low\r\n"))
        messages = await sink.wait_for(2)
    mailbox = next(m for m in messages if m.rcpt_tos == ("support@example.com",))
    copy = next(m for m in messages if m.rcpt_tos == ("legal@example.com",))
    message = parsed(mailbox.data)
    assert message["X-Curveball-Tags"] == "legal-threat"
    assert message["X-Curveball-Policies"] == "legal-threat"
    assert message["X-Curveball-Language"] == "en"
    assert message["Subject"] == "[LEGAL] Re: invoice"
    assert message["X-Zammad-Ticket-Priority"] == "3 high"
    assert message["X-Curveball-Verification"] == "owner-approval-required"
    assert message.get_all("Importance") == ["High"]
    assert message["X-Priority"] == "1 (Highest)"
    text = message.get_content()
    assert text.index("[Curveball] Legal has a copy") < text.index("my lawyer")
    assert copy.data == mailbox.data  # legal sees exactly what agents see
    assert copy.mail_from == "alice@customer.example"


async def test_subject_prefix_is_idempotent(tmp_path: Path, sink: Sink) -> None:
    setup_policies(tmp_path, {"20-legal": LEGAL_POLICY})
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await send(gateway, eml("my lawyer will call", subject="Re: [LEGAL] Re: invoice"))
        await send(
            gateway, eml("my lawyer will call", subject="=?utf-8?q?Re=3A_=5Blegal=5D_Rechnung_f=C3=BCr_M=C3=A4rz?=")
        )
        messages = await sink.wait_for(4)
    subjects = sorted(parsed(m.data)["Subject"] for m in messages if m.rcpt_tos == ("support@example.com",))
    assert subjects == ["Re: [LEGAL] Re: invoice", "Re: [legal] Rechnung für März"]


async def test_quarantine_holds_the_message_durably_and_delivers_nothing(tmp_path: Path, sink: Sink) -> None:
    setup_policies(
        tmp_path,
        {"10-abuse": 'name = "abuse"\n[when]\ndetect = "abusive"\n[then]\ntag = "abusive"\nquarantine = true\n'},
    )
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        _, reply = await send(gateway, eml("you idiot, f*ck you"))
        held = await list_quarantine(gateway.engine)
        records = await logged(gateway)
    assert reply.startswith("2.0.0")
    assert sink.messages == []
    assert [(h["tags"], h["status"], h["sender"]) for h in held] == [(["abusive"], "held", "alice@customer.example")]
    assert records[0]["outcome"] == "quarantined"


async def test_redirect_sends_to_the_route_instead_of_the_mailbox(tmp_path: Path, sink: Sink) -> None:
    setup_policies(tmp_path, {"10-r": 'name = "r"\n[when]\ndetect = "legal-threat"\n[then]\nredirect = "legal"\n'})
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await send(gateway, eml("my lawyer will write to you"))
        [message] = await sink.wait_for(1)
        await asyncio.sleep(0.3)
        records = await logged(gateway)
    assert message.rcpt_tos == ("legal@example.com",)
    assert len(sink.messages) == 1
    assert records[0]["outcome"] == "routed"


@pytest.mark.parametrize(
    ("action", "code", "text"),
    [
        ('reject = "We do not accept this."', 550, "5.7.1 We do not accept this."),
        ('tempfail = "Busy"', 451, "4.7.1 Busy"),
    ],
)
async def test_reject_and_tempfail(tmp_path: Path, sink: Sink, action: str, code: int, text: str) -> None:
    setup_policies(tmp_path, {"10-x": f'name = "x"\n[when]\ndetect = "abusive"\n[then]\n{action}\n'})
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        with pytest.raises(aiosmtplib.SMTPDataError) as excinfo:
            await send(gateway, eml("you idiot"))
        await send(gateway, eml("thank you"))  # the others still pass
    assert (excinfo.value.code, excinfo.value.message) == (code, text)
    assert len(sink.messages) == 1


async def test_notify_sends_a_note_to_the_route(tmp_path: Path, sink: Sink) -> None:
    setup_policies(
        tmp_path,
        {
            "10-n": 'name = "n"\n[when]\ndetect = "abusive"\n[then]\ntag = "abusive"\n'
            'notify = { route = "team_lead", text = "Abuse received; see the quarantine." }\n'
        },
    )
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await send(gateway, eml("you idiot", subject="complaint"))
        messages = await sink.wait_for(2)
    note = next(m for m in messages if m.rcpt_tos == ("lead@example.com",))
    message = parsed(note.data)
    assert note.mail_from == ""
    assert message["Subject"] == "[Curveball] n: complaint"
    assert message["Auto-Submitted"] == "auto-generated"
    assert "Abuse received; see the quarantine." in message.get_content()


async def test_a_redacted_notice_lists_masked_words_not_combos_or_classes(tmp_path: Path, sink: Sink) -> None:
    """The team lead's note names what was said, masked ("i***t"); a calibrated class or a combo is
    evidence, not words anyone wrote, and is left out."""
    setup_policies(
        tmp_path,
        {
            "10-n": 'name = "n"\n[when]\ndetect = "abusive"\n[then]\ntag = "abusive"\n'
            'notify = { route = "team_lead", text = "Abuse received.", redact = true }\n'
        },
    )
    lexicon = tmp_path / "policies" / "lexicons" / "abusive.toml"
    lexicon.write_text(lexicon.read_text() + '[classes.en]\naddressee = ["you"]\n')
    (tmp_path / "policies" / "calibration").mkdir()
    (tmp_path / "policies" / "calibration" / "abusive.toml").write_text(
        '[detector]\nname = "abusive"\n[classes]\n"addressee" = [0, 0.2]\n'
    )
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        assert gateway.policies.current.calibrated == {"abusive"}
        await send(gateway, eml("you idiot", subject="complaint"))
        messages = await sink.wait_for(2)
    note = parsed(next(m for m in messages if m.rcpt_tos == ("lead@example.com",)).data).get_content()
    assert "Words:   i***t\r\n" in note


async def test_shadow_mode_marks_but_does_not_act(tmp_path: Path, sink: Sink) -> None:
    setup_policies(
        tmp_path,
        {"10-s": 'name = "try-quarantine"\nmode = "shadow"\n[when]\ndetect = "abusive"\n[then]\nquarantine = true\n'},
    )
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await send(gateway, eml("you idiot"))
        [message] = await sink.wait_for(1)
        records = await logged(gateway)
    assert parsed(message.data)["X-Curveball-Shadow"] == "try-quarantine: quarantine"
    assert records[0]["details"]["shadow"] == ["try-quarantine: quarantine"]
    assert records[0]["outcome"] == "delivered"


async def test_analysis_timeout_is_forwarded_marked_and_counted(tmp_path: Path, sink: Sink) -> None:
    setup_policies(tmp_path, {"20-legal": LEGAL_POLICY})
    config = make_config(tmp_path, sink.url, {"policies": {"cpu_budget": 0}})
    async with running_gateway(config) as gateway:
        await send(gateway, eml("my lawyer will take you to court"))
        [message] = await sink.wait_for(1)
        metrics = gateway.metrics.render().decode()
    headers = parsed(message.data)
    assert headers["X-Curveball-Analysis"] == "timeout"
    assert headers["X-Curveball-Tags"] is None
    assert "curveball_analysis_timeouts_total 1.0" in metrics


async def _health(gateway_admin: tuple[str, int]) -> dict[str, object]:
    async with aiohttp.ClientSession() as http, http.get(f"http://{gateway_admin[0]}:{gateway_admin[1]}/healthz") as r:
        body: dict[str, object] = await r.json()
        return body


async def test_reload_good_is_used_bad_keeps_the_last_good_set(tmp_path: Path, sink: Sink) -> None:
    setup_policies(tmp_path, {"20-legal": LEGAL_POLICY})
    config = make_config(tmp_path, sink.url, {"policies": {"watch": True}})
    async with running_gateway(config) as gateway:
        first_version = gateway.policies.current.version
        assert gc.get_freeze_count() > 0  # what lives as long as the process is out of the collector's view
        first_set = weakref.ref(gateway.policies.current)
        # A valid edit: also tag abusive mail. The watcher picks it up by itself.
        (tmp_path / "policies" / "30-abuse.toml").write_text(
            'name = "abuse"\n[when]\ndetect = "abusive"\n[then]\ntag = "abusive"\n'
        )
        await eventually(lambda: gateway.policies.current.version != first_version)
        assert first_set() is None  # the replaced set was freed, not kept alive by the freeze
        await send(gateway, eml("you idiot"))
        # A broken edit: the last good set keeps running, the error names file and line.
        good_version = gateway.policies.current.version
        (tmp_path / "policies" / "40-broken.toml").write_text(
            'name = "broken"\n[when]\ndetect = "nosuch"\n[then]\ntag = "x"\n'
        )
        await eventually(lambda: gateway.policies.last_error is not None)
        await send(gateway, eml("you idiot again"))
        admin = gateway.admin_address
        assert admin is not None
        health = await _health(admin)
        metrics = gateway.metrics.render().decode()
        messages = await sink.wait_for(2)
    assert [parsed(m.data)["X-Curveball-Tags"] for m in messages] == ["abusive", "abusive"]
    assert gateway.policies.current.version == good_version
    policies = health["policies"]
    assert isinstance(policies, dict)
    assert policies["version"] == good_version
    assert f"{tmp_path / 'policies' / '40-broken.toml'}:3: when.detect: unknown detector 'nosuch'" in str(
        policies["last_error"]
    )
    assert 'curveball_policy_reloads_total{result="failed"}' in metrics


async def test_calibration_written_while_running_is_picked_up_and_a_broken_one_keeps_the_last_good_set(
    tmp_path: Path, sink: Sink
) -> None:
    """`curveball calibrate --write` on a running gateway: the watcher reloads, and a phrase that was
    too weak alone ("legal action" 0.6) now tags with its fitted weight. A broken calibration file
    keeps the last good set running."""
    setup_policies(
        tmp_path, {"20-legal": 'name = "legal"\n[when]\ndetect = "legal-threat"\n[then]\ntag = "legal-threat"\n'}
    )
    config = make_config(tmp_path, sink.url, {"policies": {"watch": True}})
    async with running_gateway(config) as gateway:
        first_version = gateway.policies.current.version
        await send(gateway, eml("we are considering legal action"))
        folder = tmp_path / "policies" / "calibration"
        folder.mkdir()
        (folder / "legal-threat.toml").write_text(
            '[detector]\nname = "legal-threat"\n[phrases]\n"legal action" = [0.6, 1.0]\n'
        )
        await eventually(lambda: gateway.policies.current.version != first_version)
        assert gateway.policies.current.calibrated == {"legal-threat"}
        await send(gateway, eml("we are considering legal action"))
        good_version = gateway.policies.current.version
        (folder / "legal-threat.toml").write_text('[detector]\nname = "legal-threat"\n[phrases]\n"legal action" = 1\n')
        await eventually(lambda: gateway.policies.last_error is not None)
        await send(gateway, eml("we are considering legal action"))
        messages = await sink.wait_for(3)
    assert [parsed(m.data)["X-Curveball-Tags"] for m in messages] == [None, "legal-threat", "legal-threat"]
    assert gateway.policies.current.version == good_version
    assert f"{folder / 'legal-threat.toml'}:4: expected [written, fitted]" in str(gateway.policies.last_error)


async def test_broken_policies_at_start_refuse_to_start(tmp_path: Path, sink: Sink) -> None:
    from gateway.errors import ConfigError

    setup_policies(tmp_path, {"10-bad": 'name = "bad"\n[when]\nsize_over = "x"\n[then]\ntag = "x"\n'})
    with pytest.raises(ConfigError, match=r"10-bad\.toml:3"):
        async with running_gateway(make_config(tmp_path, sink.url)):
            pass


async def test_record_carries_tags_policies_and_actions(tmp_path: Path, sink: Sink) -> None:
    setup_policies(tmp_path, {"20-legal": LEGAL_POLICY})
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await send(gateway, eml("my lawyer"))
        await sink.wait_for(2)
        records = await logged(gateway)
        copies: list[tuple[str, str]] = []

        async def outbox_rows() -> None:
            async with gateway.engine.connect() as connection:
                rows = (await connection.execute(sa.text("SELECT kind, status FROM outbox"))).all()
            copies[:] = [(row[0], row[1]) for row in rows]

        async with asyncio.timeout(5):
            while True:  # the worker marks the copy sent right after the sink accepted it
                await outbox_rows()
                if copies and copies[0][1] != "pending":
                    break
                await asyncio.sleep(0.05)
    details = records[0]["details"]
    assert details["tags"] == ["legal-threat"]
    assert details["policies"] == ["legal-threat"]
    assert "legal-threat:route:legal" in details["actions"]
    assert copies == [("route", "sent")]


async def test_a_parser_fault_still_forwards_the_message_on_its_headers(
    tmp_path: Path, sink: Sink, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug in the MIME parse must not turn into 451 on every retry: the header view takes over."""
    setup_policies(tmp_path, {"20-legal": LEGAL_POLICY})

    def broken(raw: bytes, **_: object) -> None:
        raise ValueError("parser bug")

    monkeypatch.setattr("gateway.relay.parse_view", broken)
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await send(gateway, eml("I have talked to my lawyer. We will take you to court.", subject="Re: invoice"))
        [message] = await sink.wait_for(1)
    forwarded = parsed(message.data)
    assert forwarded["Subject"] == "Re: invoice"
    assert forwarded["X-Curveball-Tags"] is None  # the body was not read
    assert forwarded["X-Curveball-Language"] is not None
