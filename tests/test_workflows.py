"""The four workflows end to end: real SMTP, sinks for upstream and outbound, the shipped policies."""

from __future__ import annotations

import asyncio
import base64
import email
import email.policy
import json
import shutil
import socket
import sys
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from gateway.app import Gateway
from gateway.operations import outage_end, outage_start, quarantine_release
from gateway.store.audit import list_audit
from gateway.store.incidents import Incident
from gateway.store.outbox import list_outbox
from gateway.store.quarantine import list_quarantine
from gateway.store.senders import list_senders
from tests.policy_support import curveball
from tests.support import Sink, SinkMessage, eventually, logged, make_config, running_gateway, send, write_config

SHIPPED = Path(__file__).parent.parent / "policies"


def shipped_policies(tmp_path: Path, enable: tuple[str, ...] = ()) -> None:
    target = tmp_path / "policies"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(SHIPPED, target)
    for name in enable:
        path = next(target.glob(f"*-{name}.toml"))
        path.write_text(path.read_text().replace("enabled = false", "enabled = true"))


def mail(body: str, *, sender: str = "maria@customer.example", subject: str = "Help", headers: str = "") -> bytes:
    return (
        f"From: Maria Jensen <{sender}>\r\nTo: support@example.com\r\nSubject: {subject}\r\n"
        f"Message-ID: <{abs(hash((body, sender, subject)))}@customer.example>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n{headers}\r\n{body}\r\n"
    ).encode()


async def send_mail(gateway: Gateway, raw: bytes, *, envelope: str | None = None) -> tuple[Any, str]:
    """Send with the envelope sender of the message's From (as a real MTA would), unless given."""
    if envelope is None:
        header = raw.split(b"\r\n\r\n", 1)[0].decode()
        envelope = header.split("From: ", 1)[1].split("\r\n", 1)[0].rsplit("<", 1)[-1].rstrip(">")
    return await send(gateway, raw, sender=envelope)


def parsed(message: SinkMessage) -> EmailMessage:
    result = email.message_from_bytes(message.data, policy=email.policy.default)
    assert isinstance(result, EmailMessage)
    return result


def replies_to(sink: Sink, address: str) -> list[SinkMessage]:
    return [m for m in sink.messages if m.mail_from == "" and m.rcpt_tos == (address,)]


def active(gateway: Gateway) -> Incident | None:
    """The incident the gateway currently sees (a call, so type narrowing does not stick)."""
    return gateway.state.incident


async def start_incident(gateway: Gateway, incident_id: str = "INC-42", **extra: Any) -> None:
    await outage_start(gateway.engine, incident_id=incident_id, summary="Login failures", actor="test", **extra)
    await gateway.state.refresh()


# -- 1. outage mode ------------------------------------------------------------------------------


async def test_one_ack_per_sender_per_incident_even_with_20_concurrent_messages(tmp_path: Path, sink: Sink) -> None:
    shipped_policies(tmp_path)
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await start_incident(gateway, status_url="https://status.example.com/42", next_update="30 min")
        await asyncio.gather(*(send_mail(gateway, mail(f"still broken ({i})", subject=f"n{i}")) for i in range(20)))
        await eventually(lambda: len(replies_to(sink, "maria@customer.example")) >= 1)
        await asyncio.sleep(0.5)  # any second reply would have arrived by now
        inbound = [m for m in sink.messages if m.rcpt_tos == ("support@example.com",)]
    [ack] = replies_to(sink, "maria@customer.example")
    assert len(inbound) == 20
    first = parsed(inbound[0])
    assert first["X-Curveball-Incident"] == "INC-42"
    assert "outage" in first["X-Curveball-Tags"]
    reply = parsed(ack)
    assert reply["Auto-Submitted"] == "auto-replied"
    assert reply["From"] == "support@example.com"
    assert reply["To"] == "maria@customer.example"
    assert reply["X-Loop"] == "support@example.com"
    assert reply["In-Reply-To"] is not None
    body = reply.get_content()
    assert "Login failures" in body
    assert "https://status.example.com/42" in body
    assert "30 min" in body


async def test_ack_in_the_senders_language_and_resolved_follow_up(tmp_path: Path, sink: Sink) -> None:
    shipped_policies(tmp_path)
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await start_incident(gateway)
        german = "Guten Tag, seit heute Morgen kann sich bei uns niemand mehr anmelden. Was ist da los?"
        await send_mail(gateway, mail(german, sender="jonas@kunde.example"))
        await send_mail(
            gateway, mail("Hi, nothing loads for our whole team since this morning.", sender="ann@co.example")
        )
        await eventually(lambda: len(sink.messages) >= 4)
        [de_ack] = replies_to(sink, "jonas@kunde.example")
        ended = await outage_end(gateway.engine, gateway.config, gateway.policies.current.templates, notify=True,
                                 actor="test")  # fmt: skip
        gateway.outbox.wake()
        await eventually(lambda: len(replies_to(sink, "jonas@kunde.example")) == 2)
        await eventually(lambda: len(replies_to(sink, "ann@co.example")) == 2)
        # A second `end` is refused; nothing is sent twice.
        await asyncio.sleep(0.3)
    assert ended.notified == 2
    assert "Anmeldung" in parsed(de_ack).get_content() or "Sie" in parsed(de_ack).get_content()
    resolved = parsed(replies_to(sink, "jonas@kunde.example")[1])
    assert resolved["Auto-Submitted"] == "auto-generated"
    assert len(replies_to(sink, "ann@co.example")) == 2


async def test_no_outage_ack_to_legal_threats(tmp_path: Path, sink: Sink) -> None:
    shipped_policies(tmp_path)
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await start_incident(gateway)
        await send_mail(gateway, mail("This outage cost us a fortune. My lawyer will take you to court."))
        await eventually(lambda: any(m.rcpt_tos == ("legal@example.com",) for m in sink.messages))
        await asyncio.sleep(0.5)
    assert replies_to(sink, "maria@customer.example") == []


@pytest.mark.parametrize(
    ("headers", "sender", "mail_from", "reason"),
    [
        ("", "maria@customer.example", "", "machine mail"),  # null envelope sender
        ("Auto-Submitted: auto-replied\r\n", "maria@customer.example", None, "machine mail"),
        ("Auto-Submitted: auto-generated\r\n", "maria@customer.example", None, "machine mail"),
        ("Precedence: bulk\r\n", "maria@customer.example", None, "machine mail"),
        ("Precedence: list\r\n", "maria@customer.example", None, "machine mail"),
        ("Precedence: junk\r\n", "maria@customer.example", None, "machine mail"),
        ("List-Id: <news.customer.example>\r\n", "maria@customer.example", None, "machine mail"),
        ("List-Unsubscribe: <mailto:u@customer.example>\r\n", "maria@customer.example", None, "machine mail"),
        ("", "MAILER-DAEMON@customer.example", None, "machine mail"),
        ("", "noreply@customer.example", None, "machine mail"),
        ("", "no-reply@customer.example", None, "machine mail"),
        ("", "postmaster@customer.example", None, "machine mail"),
        ("X-Auto-Response-Suppress: All\r\n", "maria@customer.example", None, "X-Auto-Response-Suppress"),
        ("X-Loop: support@example.com\r\n", "maria@customer.example", None, "our X-Loop"),
        ("", "support@example.com", None, "our own address"),
        ("", "legal@example.com", None, "our own address"),  # one of our routes
    ],
)
async def test_rfc3834_no_reply(
    tmp_path: Path, sink: Sink, headers: str, sender: str, mail_from: str | None, reason: str
) -> None:
    shipped_policies(tmp_path)
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await start_incident(gateway)
        envelope = sender if mail_from is None else mail_from
        await send_mail(gateway, mail("the site is down", sender=sender, headers=headers), envelope=envelope)
        await sink.wait_for(1)
        await asyncio.sleep(0.4)
        records = await logged(gateway)
    assert len(sink.messages) == 1  # the message itself, no reply
    assert sink.messages[0].rcpt_tos == ("support@example.com",)
    details = records[0]["details"]
    if reason == "machine mail":  # tagged automated: the acknowledgement policy does not even apply
        assert details["tags"] == ["automated"]
    else:
        assert any(reason in note for note in details["auto_replies_skipped"]), details


async def test_outage_detection_notifies_on_call_once(tmp_path: Path, sink: Sink) -> None:
    shipped_policies(tmp_path)
    config = make_config(tmp_path, sink.url, {"outage": {"detect_senders": 3, "detect_window": "10m"}})
    async with running_gateway(config) as gateway:
        await send_mail(gateway, mail("Your site is down, nothing loads at all.", sender="a1@one.example"))
        await send_mail(gateway, mail("Your site is down, nothing loads at all.", sender="a2@two.example"))
        await asyncio.sleep(0.4)
        assert not any(m.rcpt_tos == ("oncall@example.com",) for m in sink.messages)
        for i in range(3, 7):
            await send_mail(gateway, mail("Is your service down? Nothing loads.", sender=f"a{i}@n{i}.example"))
        await eventually(lambda: any(m.rcpt_tos == ("oncall@example.com",) for m in sink.messages))
        await asyncio.sleep(0.4)
    notices = [m for m in sink.messages if m.rcpt_tos == ("oncall@example.com",)]
    assert len(notices) == 1
    assert "curveball outage start" in parsed(notices[0]).get_content()
    assert [m for m in sink.messages if m.mail_from == "" and m.rcpt_tos[0].endswith(".example")
            and m.rcpt_tos != ("oncall@example.com",)] == []  # fmt: skip  # never an auto-reply on a guess


# -- 2. account ownership ------------------------------------------------------------------------

OWNERSHIP = "Please make me the owner of our account immediately, the old admin left the company."


async def test_owner_directory_hit_and_approval_request(tmp_path: Path, sink: Sink) -> None:
    shipped_policies(tmp_path, enable=("ownership-notice",))
    (tmp_path / "owners.csv").write_text("account,owner_email,owner_name\nbigcorp.example,ceo@bigcorp.example,Eva\n")
    config = make_config(tmp_path, sink.url, {"directory": {"csv": "owners.csv"}})
    async with running_gateway(config) as gateway:
        await send_mail(gateway, mail(OWNERSHIP, sender="intern@bigcorp.example"))
        await send_mail(gateway, mail(OWNERSHIP + " Again!", sender="intern@bigcorp.example"))
        await eventually(lambda: len(replies_to(sink, "ceo@bigcorp.example")) >= 1)
        await eventually(lambda: len(replies_to(sink, "intern@bigcorp.example")) >= 1)
        await asyncio.sleep(0.4)
    tagged = parsed(next(m for m in sink.messages if m.rcpt_tos == ("support@example.com",)))
    assert tagged["X-Curveball-Account-Owner"] == "ceo@bigcorp.example"
    assert tagged["X-Curveball-Sender-Is-Owner"] == "no"
    assert tagged["X-Curveball-Verification"] == "owner-approval-required"
    assert tagged["Subject"].startswith("[VERIFY]")
    assert len(replies_to(sink, "ceo@bigcorp.example")) == 1  # once per requester and day
    approval = parsed(replies_to(sink, "ceo@bigcorp.example")[0])
    assert "intern@bigcorp.example" in approval.get_content()
    assert len(replies_to(sink, "intern@bigcorp.example")) == 1  # the requester's notice, once


async def test_owner_directory_miss(tmp_path: Path, sink: Sink) -> None:
    shipped_policies(tmp_path)
    (tmp_path / "owners.csv").write_text("account,owner_email,owner_name\nbigcorp.example,ceo@bigcorp.example,Eva\n")
    config = make_config(tmp_path, sink.url, {"directory": {"csv": "owners.csv"}})
    async with running_gateway(config) as gateway:
        await send_mail(gateway, mail(OWNERSHIP, sender="someone@elsewhere.example"))
        [message] = await sink.wait_for(1)
        await asyncio.sleep(0.3)
    tagged = parsed(message)
    assert tagged["X-Curveball-Account-Owner"] is None
    assert tagged["X-Curveball-Sender-Is-Owner"] is None
    assert len(sink.messages) == 1


async def test_forged_authentication_results_are_ignored(tmp_path: Path, sink: Sink) -> None:
    shipped_policies(tmp_path)
    config = make_config(tmp_path, sink.url, {"authentication": {"authserv_id": "mx.example.com"}})
    ours = "Authentication-Results: mx.example.com; spf=fail smtp.mailfrom=x@bigcorp.example; dmarc=fail\r\n"
    forged = "Authentication-Results: mx.example.com; spf=pass; dkim=pass; dmarc=pass\r\n"
    async with running_gateway(config) as gateway:
        # Our MTA's verdict is on top; the sender's forged "pass" below it must not count.
        await send_mail(gateway, mail(OWNERSHIP, sender="x@bigcorp.example", headers=ours + forged))
        # Only a forged header (from another authserv-id on top): no trusted verdict at all.
        other = "Authentication-Results: evil.example; spf=pass; dkim=pass; dmarc=pass\r\n"
        await send_mail(gateway, mail(OWNERSHIP, sender="y@bigcorp.example", headers=other + forged))
        # Properly authenticated and calm: normal risk.
        good = "Authentication-Results: mx.example.com; spf=pass; dkim=pass; dmarc=pass\r\n"
        calm = "Could you transfer ownership of our account to me? The previous admin moved to another team."
        await send_mail(gateway, mail(calm, sender="z@bigcorp.example", headers=good))
        messages = await sink.wait_for(3)
    by_sender = {parsed(m)["From"].addresses[0].addr_spec: parsed(m) for m in messages}
    assert by_sender["x@bigcorp.example"]["X-Curveball-Risk"] == "high"
    assert "authentication failed" in by_sender["x@bigcorp.example"]["X-Curveball-Risk-Reasons"]
    assert by_sender["y@bigcorp.example"]["X-Curveball-Risk"] == "high"
    assert "no authentication results" in by_sender["y@bigcorp.example"]["X-Curveball-Risk-Reasons"]
    assert by_sender["z@bigcorp.example"]["X-Curveball-Risk"] == "normal"


async def test_lookalike_domain_and_display_name_raise_risk(tmp_path: Path, sink: Sink) -> None:
    shipped_policies(tmp_path)
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        raw = mail(OWNERSHIP, sender="boss@examp1e.com").replace(
            b"From: Maria Jensen <", b"From: support@example.com <"
        )
        await send_mail(gateway, raw, envelope="boss@examp1e.com")
        [message] = await sink.wait_for(1)
    reasons = parsed(message)["X-Curveball-Risk-Reasons"]
    assert "look-alike domain (examp1e.com vs example.com)" in reasons
    assert "display name shows another address" in reasons


# -- 3. abusive senders ----------------------------------------------------------------------------

ABUSE = "You are useless idiots and a bunch of morons, every one of you."


async def cli_output(*command: str) -> str:
    """Run the CLI as an operator would (a separate process) and return what it printed."""
    process = await asyncio.create_subprocess_exec(*command, stdout=asyncio.subprocess.PIPE)
    stdout, _ = await process.communicate()
    assert process.returncode == 0, stdout
    return stdout.decode()


def test_operator_declares_and_ends_an_outage_from_the_command_line(tmp_path: Path) -> None:
    """`curveball outage start | status | end` as an operator runs them, each its own process on the
    same database; ending twice is a clean error, not a traceback."""
    shipped_policies(tmp_path)
    config = str(write_config(tmp_path, "maildir:mail"))
    started = curveball("outage", "start", "--id", "INC-9", "--summary", "Login failures", "--config", config)
    assert (started.returncode, started.stdout.strip()) == (0, "incident INC-9 started: Login failures")
    status = json.loads(curveball("outage", "status", "--json", "--config", config).stdout)
    assert (status["active"]["id"], status["active"]["summary"]) == ("INC-9", "Login failures")
    ended = curveball("outage", "end", "--notify", "--config", config, "--actor", "lead")
    assert (ended.returncode, ended.stdout.strip()) == (0, "incident INC-9 ended; 0 follow-up(s) queued")
    assert curveball("outage", "status", "--config", config).stdout.startswith("active: none\n  INC-9  ")
    again = curveball("outage", "end", "--config", config)
    assert (again.returncode, again.stderr.strip()) == (1, "error: no incident is active")


async def test_quarantine_show_decodes_the_held_message_for_review(tmp_path: Path, sink: Sink) -> None:
    shipped_policies(tmp_path)
    raw = (
        "From: Maria Jensen <maria@customer.example>\r\nTo: support@example.com\r\nSubject: you idiots\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
        "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.b64encode(f"<p>{ABUSE}</p>".encode()).decode()
        + "\r\n--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=proof.pdf\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n" + base64.b64encode(b"%PDF-1.4 twelve").decode() + "\r\n--b--\r\n"
    ).encode()
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await send_mail(gateway, raw)
        [held] = await list_quarantine(gateway.engine)
    command = [
        sys.executable,
        "-m",
        "gateway",
        "quarantine",
        "show",
        held["id"],
        "--config",
        str(tmp_path / "curveball.toml"),
    ]
    shown = await cli_output(*command, "--actor", "lead")
    as_json = json.loads(await cli_output(*command, "--json"))
    source = await cli_output(*command, "--raw")
    assert ABUSE in shown  # the base64 HTML part, decoded and as text
    assert "attached: proof.pdf (application/pdf, 15 bytes)" in shown
    assert ABUSE not in source and "Content-Transfer-Encoding: base64" in source
    assert as_json["decoded"]["attachments"] == [
        {"filename": "proof.pdf", "content_type": "application/pdf", "size": 15}
    ]
    assert as_json["decoded"]["defects"] == []
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        audit = await list_audit(gateway.engine)
    assert [(a["actor"], a["action"]) for a in audit if a["target"] == held["id"]].count(
        ("lead", "quarantine.show")
    ) == 1


async def test_quarantine_then_release_delivers_once(tmp_path: Path, sink: Sink) -> None:
    shipped_policies(tmp_path)
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        _, reply = await send_mail(gateway, mail(ABUSE, subject="you idiots"))
        assert reply.startswith("2.0.0")
        await eventually(lambda: any(m.rcpt_tos == ("lead@example.com",) for m in sink.messages))
        assert not any(m.rcpt_tos == ("support@example.com",) for m in sink.messages)
        [held] = await list_quarantine(gateway.engine)
        await quarantine_release(gateway.engine, held["id"], actor="lead")
        with pytest.raises(Exception, match="released, not held"):
            await quarantine_release(gateway.engine, held["id"], actor="lead")
        gateway.outbox.wake()
        await eventually(lambda: any(m.rcpt_tos == ("support@example.com",) for m in sink.messages))
        await asyncio.sleep(0.4)
        audit = await list_audit(gateway.engine)
    delivered = [m for m in sink.messages if m.rcpt_tos == ("support@example.com",)]
    assert len(delivered) == 1
    released = parsed(delivered[0])
    assert released["X-Curveball-Tags"] == "released"
    assert ABUSE in released.get_content()
    note = parsed(next(m for m in sink.messages if m.rcpt_tos == ("lead@example.com",))).get_content()
    assert "idiots" not in note and "morons" not in note  # the team lead is not made to read it
    assert "i****s" in note
    assert "Strikes: 1" in note
    assert ("quarantine.release", "lead") in {(a["action"], a["actor"]) for a in audit}


async def test_strikes_block_the_sender_and_later_mail_is_held_unread(tmp_path: Path, sink: Sink) -> None:
    shipped_policies(tmp_path)
    config = make_config(tmp_path, sink.url, {"abuse": {"strikes_to_block": 2}})
    async with running_gateway(config) as gateway:
        await send_mail(gateway, mail(ABUSE))
        await send_mail(gateway, mail("Idiots. Morons. Every single one of you."))
        await eventually(lambda: "maria@customer.example" in gateway.state.blocked)
        await send_mail(gateway, mail("Hello, could you please tell me my invoice total?"))
        held = await list_quarantine(gateway.engine)
        senders = await list_senders(gateway.engine, window=86400, now=datetime.now(UTC))
        records = await logged(gateway)
    assert len(held) == 3
    assert records[0]["details"]["policies"] == ["blocked-sender"]
    assert records[0]["details"]["analysis"] == "blocked"
    assert senders == [
        {"sender": "maria@customer.example", "strikes": 2, "blocked": True, "blocked_at": senders[0]["blocked_at"],
         "reason": senders[0]["reason"]}
    ]  # fmt: skip
    assert not any(m.rcpt_tos == ("support@example.com",) for m in sink.messages)


async def test_quarantine_retention_purges_old_content(tmp_path: Path, sink: Sink) -> None:
    shipped_policies(tmp_path)
    config = make_config(tmp_path, sink.url, {"abuse": {"quarantine_retention": 0}})
    async with running_gateway(config) as gateway:
        await send_mail(gateway, mail(ABUSE))
        await asyncio.sleep(0.05)
        assert await gateway.housekeeping.run_once() == 1
        rows = await list_quarantine(gateway.engine, status=None)
    assert [(r["status"], r["size"]) for r in rows] == [("purged", 0)]


# -- 4. legal threats ------------------------------------------------------------------------------


async def test_legal_copy_delivered_and_agents_warned(tmp_path: Path, sink: Sink) -> None:
    shipped_policies(tmp_path)
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await send_mail(gateway, mail("If this is not refunded by Friday I will sue you. My lawyer has the papers."))
        messages = await sink.wait_for(2)
    mailbox = parsed(next(m for m in messages if m.rcpt_tos == ("support@example.com",)))
    copy = next(m for m in messages if m.rcpt_tos == ("legal@example.com",))
    assert "legal-threat" in mailbox["X-Curveball-Tags"]
    assert mailbox["Subject"].startswith("[LEGAL]")
    assert "Legal has a copy" in mailbox.get_content()
    assert parsed(copy)["Subject"] == mailbox["Subject"]


# -- durability ------------------------------------------------------------------------------------


async def test_restart_with_outbox_work_pending_delivers_once(tmp_path: Path, sink: Sink) -> None:
    shipped_policies(tmp_path)
    # Bound but not listening: connections are refused, and no other server (the gateway's own
    # listener included) can be handed this port while the outbound is down.
    reserved = socket.socket()
    reserved.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    reserved.bind(("127.0.0.1", 0))
    outbound_port = reserved.getsockname()[1]
    config = make_config(
        tmp_path, sink.url, {"outbound": {"url": f"smtp://127.0.0.1:{outbound_port}", "poll_interval": "0.2s"}}
    )
    try:
        async with running_gateway(config) as gateway:
            await start_incident(gateway)
            await send_mail(gateway, mail("Nothing works since this morning"))
            await sink.wait_for(1)
            await asyncio.sleep(0.4)
            [pending] = await list_outbox(gateway.engine)
            assert (pending["kind"], pending["status"]) == ("reply", "pending")
    finally:
        reserved.close()
    # The gateway is down; the outbound comes up; a new gateway process starts on the same database.
    outbound = Sink(port=outbound_port)
    server = await asyncio.get_running_loop().create_server(outbound._protocol, "127.0.0.1", outbound_port)
    try:
        async with running_gateway(config) as gateway:
            await gateway.outbox.run_once(now=datetime.now(UTC) + timedelta(minutes=10))
            await eventually(lambda: len(outbound.messages) == 1)
            await gateway.outbox.run_once(now=datetime.now(UTC) + timedelta(hours=3))
            [done] = await list_outbox(gateway.engine)
    finally:
        server.close()
    assert len(outbound.messages) == 1
    assert done["status"] == "sent"


# -- automation: status page and admin API -------------------------------------------------------


async def test_statuspage_starts_and_ends_incidents(tmp_path: Path, sink: Sink) -> None:
    shipped_policies(tmp_path)
    page: dict[str, Any] = {"page": {"url": "https://status.example.com"}, "incidents": []}

    async def summary(request: web.Request) -> web.Response:
        return web.json_response(page)

    app = web.Application()
    app.router.add_get("/api/v2/summary.json", summary)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    url = f"http://127.0.0.1:{port}/api/v2/summary.json"
    config = make_config(tmp_path, sink.url, {"outage": {"statuspage_url": url, "components": ["Login"],
                                                         "poll_interval": "0.2s"}})  # fmt: skip
    try:
        async with running_gateway(config) as gateway:
            page["incidents"] = [{"id": "abc", "name": "Billing slow", "status": "investigating",
                                  "components": [{"name": "Billing"}]}]  # fmt: skip
            await asyncio.sleep(0.6)
            assert gateway.state.incident is None  # not our component
            page["incidents"] = [{"id": "k9", "name": "Login failures", "status": "identified",
                                  "shortlink": "https://stspg.io/k9", "components": [{"name": "Login"}]}]  # fmt: skip
            await eventually(lambda: gateway.state.incident is not None)
            incident = active(gateway)
            assert incident is not None
            assert (incident.id, incident.status_url) == ("SP-k9", "https://stspg.io/k9")
            await send_mail(gateway, mail("Cannot log in"))
            await eventually(lambda: len(replies_to(sink, "maria@customer.example")) == 1)
            page["incidents"][0]["status"] = "resolved"
            await eventually(lambda: gateway.state.incident is None)
            gateway.outbox.wake()
            await eventually(lambda: len(replies_to(sink, "maria@customer.example")) == 2)
    finally:
        await runner.cleanup()


async def test_admin_outage_api_requires_the_token(tmp_path: Path, sink: Sink) -> None:
    shipped_policies(tmp_path)
    config = make_config(tmp_path, sink.url, {"admin": {"token": "s3cret-token"}})
    async with running_gateway(config) as gateway:
        assert gateway.admin_address is not None
        base = "http://{}:{}".format(*gateway.admin_address)
        async with aiohttp.ClientSession() as http:
            async with http.post(f"{base}/api/outage", json={"id": "INC-9", "summary": "x"}) as response:
                assert response.status == 401
            auth = {"Authorization": "Bearer s3cret-token"}
            body = {"id": "INC-9", "summary": "Payments down", "next_update": "1 h"}
            async with http.post(f"{base}/api/outage", json=body, headers=auth) as response:
                assert response.status == 201
            assert gateway.state.incident is not None and gateway.state.incident.id == "INC-9"
            async with http.post(f"{base}/api/outage", json=body, headers=auth) as response:
                assert response.status == 409
            async with http.post(f"{base}/api/outage/end", json={"notify": True}, headers=auth) as response:
                assert response.status == 200
                assert (await response.json())["ended"]["id"] == "INC-9"
            assert gateway.state.incident is None


# -- several nodes ---------------------------------------------------------------------------------


@pytest.mark.postgres
async def test_two_gateway_processes_on_one_postgresql(tmp_path: Path, sink: Sink, pg_schema: tuple[str, str]) -> None:
    """Node A in this process, node B a real `curveball serve` process; one database between them."""
    import signal
    import sys

    from tests.support import free_port

    url, schema = pg_schema
    a_dir, b_dir = tmp_path / "a", tmp_path / "b"
    for directory in (a_dir, b_dir):
        directory.mkdir()
        shipped_policies(directory)
    port_b = free_port()
    extra = {"database": {"schema": schema}, "outbound": {"poll_interval": "0.2s"}}
    config_a = make_config(a_dir, sink.url, {**extra, "server": {"gateway_id": "node-a"}}, database_url=url)
    path_b = write_config(
        b_dir, sink.url,
        {**extra, "server": {"gateway_id": "node-b", "listen": f"127.0.0.1:{port_b}"}, "admin": {"listen": ""}},
        database_url=url,
    )  # fmt: skip
    async with running_gateway(config_a) as node_a:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "gateway", "serve", "--config", str(path_b),
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            async with asyncio.timeout(30):
                while True:
                    try:
                        _, writer = await asyncio.open_connection("127.0.0.1", port_b)
                        writer.close()
                        break
                    except OSError:
                        await asyncio.sleep(0.2)
            # Declared through node A's database; node B must see it within about a second.
            await outage_start(node_a.engine, incident_id="INC-7", summary="Login failures", actor="test")
            await asyncio.sleep(1.5)

            async def to_b(i: int) -> None:
                import aiosmtplib

                raw = mail(f"still broken ({i})", subject=f"b{i}")
                await aiosmtplib.send(raw, sender="maria@customer.example", recipients=["support@example.com"],
                                      hostname="127.0.0.1", port=port_b, start_tls=False)  # fmt: skip

            await node_a.state.refresh()
            await asyncio.gather(
                *(send_mail(node_a, mail(f"still broken ({i})", subject=f"a{i}")) for i in range(10)),
                *(to_b(i) for i in range(10)),
            )
            await eventually(lambda: len(replies_to(sink, "maria@customer.example")) >= 1, 15)
            await asyncio.sleep(1.5)  # any duplicate from either node would have arrived
            inbound = [parsed(m) for m in sink.messages if m.rcpt_tos == ("support@example.com",)]
        finally:
            process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(process.wait(), 20)
    assert len(inbound) == 20
    assert all(m["X-Curveball-Incident"] == "INC-7" for m in inbound)  # both nodes saw the incident
    assert {m["X-Curveball-Id"].split("(")[1].rstrip(")") for m in inbound} == {"node-a", "node-b"}
    assert len(replies_to(sink, "maria@customer.example")) == 1  # one acknowledgement across both nodes


# -- templates are safe ----------------------------------------------------------------------------


async def test_customer_values_cannot_inject_headers_or_run_template_code(tmp_path: Path, sink: Sink) -> None:
    shipped_policies(tmp_path)
    # The subject decodes to a line break plus a Bcc field, and to Jinja syntax.
    hostile = "=?utf-8?q?Down_=7B=7B_7*7_=7D=7D=0D=0ABcc=3A_victim=40evil=2Eexample?="
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await start_incident(gateway)
        await send_mail(gateway, mail("Nothing loads since this morning", subject=hostile))
        await eventually(lambda: len(replies_to(sink, "maria@customer.example")) == 1)
    [reply] = replies_to(sink, "maria@customer.example")
    header_block = reply.data.split(b"\r\n\r\n", 1)[0]
    assert b"\nBcc:" not in header_block and b"\r\nbcc:" not in header_block.lower()
    subject = parsed(reply)["Subject"]
    assert "{{ 7*7 }}" in subject and "49" not in subject


async def test_a_broken_template_never_holds_mail_back(tmp_path: Path, sink: Sink) -> None:
    shipped_policies(tmp_path)
    for path in (tmp_path / "policies" / "templates").glob("outage-ack.*.toml"):
        path.write_text('subject = "Re: {{ subject }}"\nbody = "{{ 1 // 0 }}"\n')
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await start_incident(gateway)
        _, reply = await send_mail(gateway, mail("Nothing loads since this morning, the whole team is stuck"))
        [message] = await sink.wait_for(1)
        records = await logged(gateway)
    assert reply.startswith("2.0.0")
    assert message.rcpt_tos == ("support@example.com",)
    assert replies_to(sink, "maria@customer.example") == []
    assert any("template outage-ack failed" in note for note in records[0]["details"]["auto_replies_skipped"])


async def test_a_known_report_is_not_asked_for_again_within_the_window(tmp_path: Path, sink: Sink) -> None:
    """The node remembers committed reports: a sender writing again plans no report (no query)."""
    shipped_policies(tmp_path)
    async with running_gateway(make_config(tmp_path, sink.url, {"outage": {"detect_window": "10m"}})) as gateway:
        state = gateway.state
        assert state is not None
        now = datetime.now(UTC)
        assert not state.outage_reported("maria@customer.example", now)
        await send_mail(gateway, mail("Your site is down, nothing loads"))
        await gateway.writer.flush()
        await eventually(lambda: state.outage_reported("maria@customer.example", datetime.now(UTC)))
        await send_mail(gateway, mail("Still down, nothing loads at all"))
        await gateway.writer.flush()
        records = await logged(gateway)
    assert not state.outage_reported("maria@customer.example", now + timedelta(minutes=11))
    assert not state.outage_reported("someone@else.example", now)
    assert [r["details"]["tags"] for r in records] == [["outage"], ["outage"]]


async def test_outage_reports_are_one_per_sender_per_window_and_purged(tmp_path: Path, sink: Sink) -> None:
    import sqlalchemy as sa

    from gateway.store.tables import outage_reports

    shipped_policies(tmp_path)
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        for i in range(5):
            await send_mail(gateway, mail(f"Your site is down, nothing loads ({i})"))
        await gateway.writer.flush()  # outage reports are bookkeeping: committed behind the reply
        async with gateway.engine.connect() as connection:
            count = (await connection.execute(sa.select(sa.func.count()).select_from(outage_reports))).scalar_one()
        assert count == 1
        async with gateway.engine.begin() as connection:
            old = datetime.now(UTC) - timedelta(days=3)
            await connection.execute(outage_reports.update().values(at=old))
        await gateway.housekeeping.run_once()
        async with gateway.engine.connect() as connection:
            left = (await connection.execute(sa.select(sa.func.count()).select_from(outage_reports))).scalar_one()
    assert left == 0
