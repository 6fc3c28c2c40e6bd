"""End to end through a running gateway: real SMTP on loopback, a real sink upstream, real SQLite."""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path

import aiosmtplib
import pytest
import trustme

from gateway.errors import DeliveryError
from gateway.store.outbox import list_outbox
from tests.support import (
    Sink,
    added_headers,
    eventually,
    free_port,
    logged,
    make_config,
    message,
    running_gateway,
    send,
)


async def test_message_is_forwarded_byte_for_byte_with_trace_headers_on_top(tmp_path: Path, sink: Sink) -> None:
    original = message(body="Line one\r\n.leading dot survives\r\n\r\nodd  spacing\tand tabs \r\n")
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        _, reply = await send(gateway, original)
        assert reply.startswith("2.0.0 Ok: queued as ")
        [received] = await sink.wait_for(1)
        records = await logged(gateway)

    top = added_headers(received.data, original)
    assert top.startswith(b"Received: from client.test ([127.0.0.1])\r\n\tby gw.test (Curveball) with ESMTP id ")
    queue_id = reply.split()[-1]
    assert f"X-Curveball-Id: {queue_id} (test-gw)\r\n".encode() in top
    assert received.mail_from == "alice@customer.example"
    assert received.rcpt_tos == ("support@example.com",)
    assert len(records) == 1
    record = records[0]
    assert record["id"] == queue_id
    assert record["outcome"] == "delivered"
    assert record["subject"] == "Hello"
    assert record["rcpt_tos"] == ["support@example.com"]
    assert record["size"] == len(original)
    assert record["upstream_reply"].startswith("250 ")


async def test_forged_curveball_headers_are_removed_including_folded_ones(tmp_path: Path, sink: Sink) -> None:
    forged = (
        "X-Curveball-Tags: vip,\r\n trusted\r\n"
        "x-curveball-verification: owner-verified\r\n"
        "X-CURVEBALL-Sender-Is-Owner: yes\r\n"
        "X-Curveballish: not ours, kept\r\n"
    )
    original = message(extra_headers=forged, body="X-Curveball-Tags: in the body stays\r\n")
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await send(gateway, original)
        [received] = await sink.wait_for(1)
        metrics = gateway.metrics.render().decode()

    header_block = received.data.split(b"\r\n\r\n", 1)[0].lower()
    assert b"vip" not in header_block
    assert b"owner-verified" not in header_block
    assert b"x-curveball-sender-is-owner" not in header_block
    assert b"x-curveballish: not ours, kept" in header_block
    assert received.data.endswith(b"X-Curveball-Tags: in the body stays\r\n")
    assert "curveball_forged_headers_removed_total 3.0" in metrics


async def test_upstream_down_gives_4xx_and_nothing_recorded_as_delivered(tmp_path: Path) -> None:
    dead = f"smtp://127.0.0.1:{free_port()}"
    async with running_gateway(make_config(tmp_path, dead)) as gateway:
        with pytest.raises(aiosmtplib.SMTPDataError) as excinfo:
            await send(gateway, message())
        records = await logged(gateway)
    assert 400 <= excinfo.value.code < 500
    assert [r["outcome"] for r in records] == ["tempfailed"]


@pytest.mark.parametrize(
    ("upstream_reply", "expected_code"),
    [("452 4.2.2 Mailbox full", 452), ("451 4.3.0 try later", 451), ("554 5.6.0 Content rejected", 554)],
)
async def test_upstream_data_reply_is_passed_back(
    tmp_path: Path, sink: Sink, upstream_reply: str, expected_code: int
) -> None:
    sink.data_reply = upstream_reply
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        with pytest.raises(aiosmtplib.SMTPDataError) as excinfo:
            await send(gateway, message())
        records = await logged(gateway)
    assert excinfo.value.code == expected_code
    assert upstream_reply.split(" ", 1)[1] in excinfo.value.message
    assert records[0]["outcome"] == ("rejected" if expected_code >= 500 else "tempfailed")


async def test_upstream_recipient_refusal_is_passed_back(tmp_path: Path, sink: Sink) -> None:
    sink.rcpt_replies["support@example.com"] = "550 5.1.1 No such mailbox"
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        with pytest.raises(aiosmtplib.SMTPDataError) as excinfo:
            await send(gateway, message())
    assert excinfo.value.code == 550
    assert "5.1.1" in excinfo.value.message
    assert sink.messages == []


async def test_slow_upstream_past_timeout_gives_4xx(tmp_path: Path, sink: Sink) -> None:
    sink.delay = 3.0
    config = make_config(tmp_path, sink.url, {"upstream": {"timeout": "1s"}})
    async with running_gateway(config) as gateway:
        with pytest.raises(aiosmtplib.SMTPDataError) as excinfo:
            await send(gateway, message())
    assert excinfo.value.code == 451
    assert "timed out" in excinfo.value.message


async def test_partial_delivery_retries_the_deferred_recipient_once(tmp_path: Path, sink: Sink) -> None:
    sink.rcpt_replies["team@help.example.com"] = "450 4.2.1 Try again later"
    recipients = ("support@example.com", "team@help.example.com")
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        _, reply = await send(gateway, message(), recipients=recipients)
        await gateway.outbox.stop()  # from here on the test drives the outbox clock by hand
        assert reply.startswith("2.0.0")
        first = await sink.wait_for(1)
        assert first[0].rcpt_tos == ("support@example.com",)
        pending = await list_outbox(gateway.engine)
        assert [(p["kind"], p["rcpt_tos"], p["status"]) for p in pending] == [
            ("retry", ["team@help.example.com"], "pending")
        ]
        # The upstream recovers; the next due attempt (simulated clock) delivers the rest, once.
        del sink.rcpt_replies["team@help.example.com"]
        from datetime import UTC, datetime, timedelta

        attempted = await gateway.outbox.run_once(now=datetime.now(UTC) + timedelta(minutes=5))
        assert attempted == 1
        await sink.wait_for(2)
        assert await gateway.outbox.run_once(now=datetime.now(UTC) + timedelta(hours=2)) == 0
        done = await list_outbox(gateway.engine)
    assert sink.messages[1].rcpt_tos == ("team@help.example.com",)
    assert sink.messages[1].data == first[0].data
    assert done[0]["status"] == "sent"


async def test_partial_delivery_bounces_permanently_refused_recipient(tmp_path: Path, sink: Sink) -> None:
    sink.rcpt_replies["gone@help.example.com"] = "550 5.1.1 No such user"
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await send(gateway, message(), recipients=("support@example.com", "gone@help.example.com"))
        messages = await sink.wait_for(2)
    bounce = next(m for m in messages if m.mail_from == "")
    assert bounce.rcpt_tos == ("alice@customer.example",)
    assert b"multipart/report" in bounce.data
    assert b"Final-Recipient: rfc822; gone@help.example.com" in bounce.data
    assert b"Status: 5.1.1" in bounce.data


async def test_relaying_to_other_domains_is_denied(tmp_path: Path, sink: Sink) -> None:
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        for outsider in (
            "victim@elsewhere.example",
            "support@example.com.evil.example",
            "support@sub.help.example.com",
        ):
            with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as excinfo:
                await send(gateway, message(), recipients=(outsider,))
            [error] = excinfo.value.recipients
            assert (error.code, error.message) == (550, "5.7.1 relaying denied"), outsider
        for malformed in ("@example.com", "support", "support@"):
            with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as excinfo:
                await send(gateway, message(), recipients=(malformed,))
            assert 500 <= excinfo.value.recipients[0].code < 600, malformed
        # Accepted forms: exact (any case), subaddress, whole domain.
        for insider in ("Support@Example.COM", "support+billing@example.com", "anyone@help.example.com"):
            await send(gateway, message(), recipients=(insider,))
    assert len(sink.messages) == 3


async def test_message_size_limit_gives_552_534(tmp_path: Path, sink: Sink) -> None:
    config = make_config(tmp_path, sink.url, {"server": {"max_message_bytes": 10_000}})
    async with running_gateway(config) as gateway:
        host, port = gateway.smtp_address
        async with aiosmtplib.SMTP(hostname=host, port=port, start_tls=False) as client:
            await client.ehlo()
            assert client.esmtp_extensions["size"] == "10000"
            # Without SIZE= the limit bites at the end of DATA.
            await client.mail("a@customer.example")
            await client.rcpt("support@example.com")
            with pytest.raises(aiosmtplib.SMTPDataError) as excinfo:
                await client.data(message(body="x" * 20_000))
            assert (excinfo.value.code, excinfo.value.message.split()[0]) == (552, "5.3.4")
            # Announced with SIZE=, it is refused at MAIL FROM.
            with pytest.raises(aiosmtplib.SMTPSenderRefused) as sender_error:
                await client.mail("a@customer.example", options=["SIZE=50000"])
            assert (sender_error.value.code, sender_error.value.message.split()[0]) == (552, "5.3.4")
    assert sink.messages == []


async def test_recipient_limit_gives_452_453(tmp_path: Path, sink: Sink) -> None:
    config = make_config(tmp_path, sink.url, {"server": {"max_recipients": 2}})
    async with running_gateway(config) as gateway:
        host, port = gateway.smtp_address
        async with aiosmtplib.SMTP(hostname=host, port=port, start_tls=False) as client:
            await client.mail("a@customer.example")
            await client.rcpt("support@example.com")
            await client.rcpt("a@help.example.com")
            with pytest.raises(aiosmtplib.SMTPRecipientRefused) as excinfo:
                await client.rcpt("b@help.example.com")
    assert (excinfo.value.code, excinfo.value.message) == (452, "4.5.3 Too many recipients")


async def test_8bit_and_smtputf8_mail_passes_unchanged(tmp_path: Path, sink: Sink) -> None:
    original = (
        "From: Zoë <zoë@kunde.example>\r\nTo: support@example.com\r\nSubject: Grüße aus Łódź\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        "Zażółć gęślą jaźń. Ærø, ß, 日本語.\r\n" + "a" * 5000 + "\r\n"
    ).encode()
    raw_latin1 = b"Subject: caf\xe9\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\nna\xefve\r\n"
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await send(gateway, original, sender="zoë@kunde.example", mail_options=["SMTPUTF8", "BODY=8BITMIME"])
        await send(gateway, raw_latin1, mail_options=["BODY=8BITMIME"])
        first, second = await sink.wait_for(2)
        records = await logged(gateway)
    added = added_headers(first.data, original)
    assert b"with UTF8SMTP id" in added
    assert first.mail_from == "zoë@kunde.example"
    assert "SMTPUTF8" in first.mail_options
    added_headers(second.data, raw_latin1)
    assert {r["subject"] for r in records} == {"Grüße aus Łódź", "café"}


async def test_maildir_delivery(tmp_path: Path) -> None:
    maildir = tmp_path / "Maildir"
    original = message(subject="Into the maildir")
    async with running_gateway(make_config(tmp_path, f"maildir:{maildir}")) as gateway:
        await send(gateway, original)
    [path] = list((maildir / "new").iterdir())
    content = path.read_bytes()
    assert content.startswith(b"Return-Path: <alice@customer.example>\r\nReceived: from client.test")
    assert content.endswith(original)
    assert list((maildir / "tmp").iterdir()) == []


async def test_lmtp_upstream_with_per_recipient_results(tmp_path: Path) -> None:
    sink = await Sink(lmtp=True).start()
    sink.lmtp_replies["full@help.example.com"] = "452 4.2.2 Mailbox full"
    try:
        async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
            _, reply = await send(gateway, message(), recipients=("support@example.com", "full@help.example.com"))
            assert reply.startswith("2.0.0")
            [delivered] = await sink.wait_for(1)
            pending = await list_outbox(gateway.engine)
    finally:
        await sink.stop()
    assert delivered.rcpt_tos == ("support@example.com",)
    assert [(p["kind"], p["rcpt_tos"]) for p in pending] == [("retry", ["full@help.example.com"])]


async def test_upstream_connections_are_reused(tmp_path: Path, sink: Sink) -> None:
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        for _ in range(5):
            await send(gateway, message())
    assert len(sink.messages) == 5
    assert sink.connections == 1


async def test_stale_pooled_connection_is_replaced_transparently(tmp_path: Path, sink: Sink) -> None:
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await send(gateway, message())
        sink.hang_up_on_mail = 1  # the pooled connection dies under the next transaction
        _, reply = await send(gateway, message())
    assert reply.startswith("2.0.0")
    assert len(sink.messages) == 2
    assert sink.connections == 2


async def test_upstream_hanging_up_on_a_fresh_connection_gives_4xx(tmp_path: Path, sink: Sink) -> None:
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await send(gateway, message())
        sink.hang_up_on_mail = 2  # the pooled one and the fresh one
        with pytest.raises(aiosmtplib.SMTPDataError) as excinfo:
            await send(gateway, message())
        records = await logged(gateway)
    assert excinfo.value.code == 451
    assert "dropped the connection" in excinfo.value.message
    assert len(sink.messages) == 1
    assert records[0]["outcome"] == "tempfailed"


@pytest.fixture
def upstream_tls(tmp_path: Path) -> tuple[ssl.SSLContext, Path]:
    """A server context for the sink and the CA file that trusts it, made in the test."""
    ca = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_context)
    ca_path = tmp_path / "upstream-ca.pem"
    ca.cert_pem.write_to_path(str(ca_path))
    return server_context, ca_path


@pytest.mark.parametrize("scheme", ["smtps", "smtp+starttls"])
async def test_tls_upstreams_verify_the_certificate_and_deliver(
    tmp_path: Path, upstream_tls: tuple[ssl.SSLContext, Path], scheme: str
) -> None:
    server_context, ca_path = upstream_tls
    sink = await Sink(tls=server_context, implicit_tls=scheme == "smtps").start()
    try:
        config = make_config(tmp_path, f"{scheme}://127.0.0.1:{sink.port}", {"upstream": {"ca_file": str(ca_path)}})
        async with running_gateway(config) as gateway:
            for _ in range(2):
                _, reply = await send(gateway, message())
                assert reply.startswith("2.0.0")
    finally:
        await sink.stop()
    assert len(sink.messages) == 2
    assert sink.tls_deliveries == 2
    assert sink.connections == 1
    assert sink.greetings == ["gw.test"] * (1 if scheme == "smtps" else 2)  # EHLO again after STARTTLS


async def test_tls_upstream_with_an_untrusted_certificate_gives_4xx(
    tmp_path: Path, upstream_tls: tuple[ssl.SSLContext, Path]
) -> None:
    server_context, _ = upstream_tls
    sink = await Sink(tls=server_context).start()
    try:
        async with running_gateway(make_config(tmp_path, f"smtp+starttls://127.0.0.1:{sink.port}")) as gateway:
            with pytest.raises(aiosmtplib.SMTPDataError) as excinfo:
                await send(gateway, message())
    finally:
        await sink.stop()
    assert excinfo.value.code == 451
    assert "CERTIFICATE_VERIFY_FAILED" in excinfo.value.message
    assert sink.messages == []


@pytest.mark.parametrize("pipelining", [True, False], ids=["pipelined", "one-by-one"])
async def test_upstream_refusals_with_and_without_pipelining(tmp_path: Path, pipelining: bool) -> None:
    sink = await Sink(pipelining=pipelining).start()
    try:
        async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
            sink.mail_reply = "451 4.3.0 Sender check unavailable"
            with pytest.raises(aiosmtplib.SMTPDataError) as sender_refused:
                await send(gateway, message())
            sink.mail_reply = None
            sink.rcpt_replies["support@example.com"] = "550 5.1.1 No such user"
            with pytest.raises(aiosmtplib.SMTPDataError) as refused:
                await send(gateway, message())
            del sink.rcpt_replies["support@example.com"]
            sink.data_reply = "554 5.7.1 Spam"
            with pytest.raises(aiosmtplib.SMTPDataError) as data_refused:
                await send(gateway, message())
            sink.data_reply = None
            _, after = await send(gateway, message(subject="after the refusals"))
    finally:
        await sink.stop()
    assert (sender_refused.value.code, refused.value.code, data_refused.value.code) == (451, 550, 554)
    assert after.startswith("2.0.0")
    assert len(sink.messages) == 1
    assert sink.connections == 1  # every refusal left the session clean for the next message


async def test_concurrent_clients_all_delivered_and_recorded(tmp_path: Path, sink: Sink) -> None:
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await asyncio.gather(*(send(gateway, message(subject=f"n{i}")) for i in range(30)))
        records = await logged(gateway, limit=100)
    assert len(sink.messages) == 30
    assert sorted(r["subject"] for r in records) == sorted(f"n{i}" for i in range(30))


async def test_null_sender_is_forwarded_as_null_sender(tmp_path: Path, sink: Sink) -> None:
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await send(gateway, message(subject="Delivery Status Notification"), sender="")
        [received] = await sink.wait_for(1)
        records = await logged(gateway)
    assert received.mail_from == ""
    assert records[0]["mail_from"] == ""


async def test_upstream_health_check_never_waits_for_a_busy_pool(tmp_path: Path, sink: Sink) -> None:
    sink.delay = 1.0
    config = make_config(tmp_path, sink.url, {"upstream": {"pool_size": 1}})
    async with running_gateway(config) as gateway:
        await gateway.upstream.check()  # an idle pool: a real NOOP on a fresh session
        first = asyncio.create_task(send(gateway, message()))
        await eventually(lambda: gateway.upstream._pool.saturated)  # type: ignore[attr-defined]
        async with asyncio.timeout(0.5):
            with pytest.raises(DeliveryError, match="busy"):
                await gateway.upstream.check()  # busy, and nothing delivered yet
        await first
        second = asyncio.create_task(send(gateway, message()))
        await eventually(lambda: gateway.upstream._pool.saturated)  # type: ignore[attr-defined]
        async with asyncio.timeout(0.5):
            await gateway.upstream.check()  # busy, but it delivered a moment ago
        await second
    assert len(sink.messages) == 2


async def test_upstream_hanging_up_after_the_message_gives_4xx_not_delivered(tmp_path: Path, sink: Sink) -> None:
    sink.hang_up_on_data = 1  # it read the message, then went away without a reply: the sender must retry
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        with pytest.raises(aiosmtplib.SMTPDataError) as excinfo:
            await send(gateway, message())
        _, retried = await send(gateway, message(subject="the retry"))
        records = await logged(gateway)
    assert excinfo.value.code == 451
    assert retried.startswith("2.0.0")
    assert [r["outcome"] for r in records] == ["delivered", "tempfailed"]  # newest first
    assert len(sink.messages) == 1


async def test_garbled_upstream_replies_give_4xx(tmp_path: Path) -> None:
    async def garbled(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"220 odd.example ESMTP\r\n")
        while line := await reader.readline():
            writer.write(b"250 odd.example\r\n" if line.upper().startswith(b"EHLO") else b"hello there\r\n")

    server = await asyncio.start_server(garbled, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with running_gateway(make_config(tmp_path, f"smtp://127.0.0.1:{port}")) as gateway:
            with pytest.raises(aiosmtplib.SMTPDataError) as excinfo:
                await send(gateway, message())
    finally:
        server.close()
    assert excinfo.value.code == 451
    assert "garbled reply" in excinfo.value.message


async def test_client_gone_mid_data_loses_nothing_and_forwards_nothing(tmp_path: Path, sink: Sink) -> None:
    """A message is only a message once its dot line arrived: half of one is neither forwarded nor
    recorded, and the gateway goes on serving."""
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        host, port = gateway.smtp_address
        reader, writer = await asyncio.open_connection(host, port)
        await reader.readuntil(b"\r\n")
        writer.write(b"EHLO client.test\r\nMAIL FROM:<a@customer.example>\r\nRCPT TO:<support@example.com>\r\nDATA\r\n")
        while not (await reader.readuntil(b"\r\n")).startswith(b"354"):
            pass
        writer.write(message(body="half a message.\r\n" * 50)[:900])  # cut off mid-line, no dot line
        await writer.drain()
        writer.close()
        await writer.wait_closed()
        _, reply = await send(gateway, message(subject="After the cut"))
        assert reply.startswith("2.0.0 Ok")
        [received] = await sink.wait_for(1)
        records = await logged(gateway)
    assert b"Subject: After the cut" in received.data
    assert [record["subject"] for record in records] == ["After the cut"]
