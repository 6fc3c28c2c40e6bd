"""SMTP server features: STARTTLS, AUTH, PROXY protocol, limits, network allow-list, admin HTTP."""

from __future__ import annotations

import asyncio
import json
import ssl
from pathlib import Path

import aiohttp
import aiosmtplib
import pytest
import trustme

from gateway.passwords import hash_password, verify_password
from tests.support import Sink, free_port, make_config, message, running_gateway, send


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path, ssl.SSLContext]:
    ca = trustme.CA()
    cert = ca.issue_cert("gw.test", "127.0.0.1")
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.private_key_and_cert_chain_pem.write_to_path(str(cert_path))
    cert.private_key_pem.write_to_path(str(key_path))
    client_context = ssl.create_default_context()
    ca.configure_trust(client_context)
    return cert_path, key_path, client_context


async def test_starttls_required_before_mail(
    tmp_path: Path, sink: Sink, tls_files: tuple[Path, Path, ssl.SSLContext]
) -> None:
    cert, key, client_context = tls_files
    config = make_config(
        tmp_path, sink.url, {"server": {"require_starttls": True, "tls": {"cert": str(cert), "key": str(key)}}}
    )
    async with running_gateway(config) as gateway:
        host, port = gateway.smtp_address
        async with aiosmtplib.SMTP(hostname=host, port=port, start_tls=False) as plain:
            await plain.ehlo()
            assert plain.supports_extension("starttls")
            with pytest.raises(aiosmtplib.SMTPSenderRefused) as excinfo:
                await plain.mail("a@customer.example")
            assert excinfo.value.code == 530
        async with aiosmtplib.SMTP(
            hostname=host, port=port, start_tls=True, tls_context=client_context, local_hostname="client.test"
        ) as secure:
            await secure.sendmail("a@customer.example", ["support@example.com"], message())
        [received] = await sink.wait_for(1)
    assert b"with ESMTPS id" in received.data.split(b"\r\n\r\n")[0]
    assert sink.messages == [received]


async def test_auth_required_for_submission_style_deployments(tmp_path: Path, sink: Sink) -> None:
    users = {"helpdesk": hash_password("s3cret", iterations=1000)}
    config = make_config(
        tmp_path, sink.url, {"server": {"auth": {"required": True, "allow_plaintext": True, "users": users}}}
    )
    async with running_gateway(config) as gateway:
        host, port = gateway.smtp_address
        async with aiosmtplib.SMTP(hostname=host, port=port, start_tls=False) as anonymous:
            with pytest.raises(aiosmtplib.SMTPSenderRefused) as excinfo:
                await anonymous.sendmail("a@customer.example", ["support@example.com"], message())
            assert excinfo.value.code == 530
        async with aiosmtplib.SMTP(hostname=host, port=port, start_tls=False) as wrong:
            with pytest.raises(aiosmtplib.SMTPAuthenticationError):
                await wrong.login("helpdesk", "guess")
        async with aiosmtplib.SMTP(hostname=host, port=port, start_tls=False) as client:
            await client.login("helpdesk", "s3cret")
            await client.sendmail("a@customer.example", ["support@example.com"], message())
        [received] = await sink.wait_for(1)
    assert b"with ESMTPA id" in received.data


def test_password_hashes_verify_only_the_right_password() -> None:
    hashed = hash_password("correct horse", iterations=1000)
    assert verify_password("correct horse", hashed)
    assert not verify_password("correct hors", hashed)
    assert not verify_password("x", "not-a-hash")


async def _raw_session(port: int, proxy_line: bytes, commands: list[bytes]) -> list[str]:
    """Send the PROXY header, then each command; returns the last line of every reply, greeting first."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)

    async def reply() -> str:
        line = (await asyncio.wait_for(reader.readline(), 5)).decode()
        while line[3:4] == "-":
            line = (await asyncio.wait_for(reader.readline(), 5)).decode()
        return line

    try:
        writer.write(proxy_line)
        replies = [await reply()]
        for command in commands:
            writer.write(command)
            await writer.drain()
            replies.append(await reply())
    finally:
        writer.close()
    return replies


async def test_proxy_protocol_gives_the_real_client_address(tmp_path: Path, sink: Sink) -> None:
    config = make_config(tmp_path, sink.url, {"server": {"proxy_protocol": True, "allow_networks": ["203.0.113.0/24"]}})
    async with running_gateway(config) as gateway:
        port = gateway.smtp_address[1]
        data = message().replace(b"\r\n.", b"\r\n..") + b".\r\n"
        replies = await _raw_session(
            port,
            b"PROXY TCP4 203.0.113.7 127.0.0.1 40000 25\r\n",
            [
                b"EHLO lb.test\r\n",
                b"MAIL FROM:<a@customer.example>\r\n",
                b"RCPT TO:<support@example.com>\r\n",
                b"DATA\r\n",
                data,
            ],
        )
        [received] = await sink.wait_for(1)
    assert replies[0].startswith("220 ")
    assert replies[-1].startswith("250 2.0.0 Ok: queued as")
    assert b"Received: from lb.test ([203.0.113.7])" in received.data


async def test_proxy_header_from_untrusted_peer_is_refused(tmp_path: Path, sink: Sink) -> None:
    config = make_config(
        tmp_path, sink.url, {"server": {"proxy_protocol": True, "proxy_trusted_networks": ["10.0.0.0/8"]}}
    )
    async with running_gateway(config) as gateway:
        reader, writer = await asyncio.open_connection(*gateway.smtp_address)
        writer.write(b"PROXY TCP4 203.0.113.7 127.0.0.1 40000 25\r\n")
        await writer.drain()
        assert await asyncio.wait_for(reader.read(), 5) == b""  # closed without a greeting
        writer.close()


async def test_client_outside_allowed_networks_is_refused(tmp_path: Path, sink: Sink) -> None:
    config = make_config(tmp_path, sink.url, {"server": {"allow_networks": ["10.0.0.0/8"]}})
    async with running_gateway(config) as gateway:
        with pytest.raises(aiosmtplib.SMTPSenderRefused) as excinfo:
            await send(gateway, message())
    assert (excinfo.value.code, excinfo.value.message) == (554, "5.7.1 Access denied")
    assert sink.messages == []


async def test_connection_limit_answers_421(tmp_path: Path, sink: Sink) -> None:
    config = make_config(tmp_path, sink.url, {"server": {"max_connections": 2}})
    async with running_gateway(config) as gateway:
        host, port = gateway.smtp_address
        first = aiosmtplib.SMTP(hostname=host, port=port, start_tls=False)
        second = aiosmtplib.SMTP(hostname=host, port=port, start_tls=False)
        await first.connect()
        await second.connect()
        try:
            reader, writer = await asyncio.open_connection(host, port)
            greeting = await asyncio.wait_for(reader.readline(), 5)
            writer.close()
            assert greeting.startswith(b"421 4.3.2")
        finally:
            await first.quit()
            await second.quit()
        # Capacity is back once they left.
        await send(gateway, message())
        metrics = gateway.metrics.render().decode()
    assert 'curveball_smtp_connections_refused_total{reason="limit"} 1.0' in metrics


async def test_idle_client_is_disconnected(tmp_path: Path, sink: Sink) -> None:
    config = make_config(tmp_path, sink.url, {"server": {"idle_timeout": 0.5}})
    async with running_gateway(config) as gateway:
        reader, writer = await asyncio.open_connection(*gateway.smtp_address)
        await reader.readline()
        rest = await asyncio.wait_for(reader.read(), 5)
        writer.close()
    assert rest == b""


async def test_healthz_and_metrics(tmp_path: Path, sink: Sink) -> None:
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        await send(gateway, message())
        admin = gateway.admin_address
        assert admin is not None
        base = f"http://{admin[0]}:{admin[1]}"
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{base}/healthz") as response:
                health = await response.json()
                assert response.status == 200
            async with http.get(f"{base}/metrics") as response:
                metrics = await response.text()
    assert health["status"] == "ok"
    assert health["checks"] == {"database": "ok", "upstream": "ok"}
    assert health["gateway"] == "test-gw"
    assert 'curveball_messages_total{outcome="delivered"} 1.0' in metrics
    assert "curveball_message_seconds_bucket" in metrics
    assert "curveball_smtp_connections" in metrics


async def test_healthz_reports_a_dead_upstream(tmp_path: Path) -> None:
    config = make_config(tmp_path, f"smtp://127.0.0.1:{free_port()}")
    async with running_gateway(config) as gateway:
        admin = gateway.admin_address
        assert admin is not None
        async with aiohttp.ClientSession() as http, http.get(f"http://{admin[0]}:{admin[1]}/healthz") as response:
            body = json.loads(await response.text())
    assert response.status == 503
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["upstream"].startswith("error: ")


async def test_pipelining_is_advertised_and_works(tmp_path: Path, sink: Sink) -> None:
    async with running_gateway(make_config(tmp_path, sink.url)) as gateway:
        reader, writer = await asyncio.open_connection(*gateway.smtp_address)

        async def replies(count: int) -> list[str]:
            lines: list[str] = []
            while len(lines) < count:
                line = (await asyncio.wait_for(reader.readline(), 5)).decode()
                if line[3:4] != "-":
                    lines.append(line)
            return lines

        await replies(1)
        writer.write(b"EHLO client.test\r\n")
        ehlo = []
        while True:
            line = (await asyncio.wait_for(reader.readline(), 5)).decode()
            ehlo.append(line.strip())
            if line[3:4] == " ":
                break
        assert "250-PIPELINING" in ehlo
        # One write with the whole transaction's commands, as a pipelining client sends them.
        writer.write(b"MAIL FROM:<a@customer.example>\r\nRCPT TO:<support@example.com>\r\n"
                     b"RCPT TO:<nobody@elsewhere.example>\r\nDATA\r\n")  # fmt: skip
        mail_reply, rcpt_ok, rcpt_denied, data_go = await replies(4)
        writer.write(message() + b".\r\n")
        [final] = await replies(1)
        writer.write(b"QUIT\r\n")
        writer.close()
        [received] = await sink.wait_for(1)
    assert mail_reply.startswith("250") and rcpt_ok.startswith("250") and data_go.startswith("354")
    assert rcpt_denied.startswith("550 5.7.1")
    assert final.startswith("250 2.0.0")
    assert received.rcpt_tos == ("support@example.com",)
