"""Test helpers: a real SMTP/LMTP sink on loopback, config files on disk, a running gateway."""

from __future__ import annotations

import asyncio
import os
import socket
import ssl
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiosmtplib
from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import SMTP, Envelope, Session

from gateway.app import Gateway
from gateway.config import Config, load_config
from gateway.store.messages import recent_messages

TOML = Mapping[str, Any]


class LongLineSMTP(SMTP):
    line_length_limit = 1024 * 1024


class LongLineLMTP(LMTP):
    line_length_limit = 1024 * 1024


@dataclass(frozen=True)
class SinkMessage:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    mail_options: tuple[str, ...]


def _hang_up(server: SMTP) -> str:
    """Close the connection under the client; the reply returned is never read."""
    assert server.transport is not None
    server.transport.close()
    return "421 4.3.2 going away"


@dataclass
class Sink:
    """An upstream that records what it is given; replies can be scripted per recipient or for DATA."""

    lmtp: bool = False
    messages: list[SinkMessage] = field(default_factory=list)
    rcpt_replies: dict[str, str] = field(default_factory=dict)
    greetings: list[str] = field(default_factory=list)
    data_reply: str | None = None
    lmtp_replies: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    pipelining: bool = True  # advertise RFC 2920 PIPELINING (aiosmtpd answers commands in order)
    hang_up_on_mail: int = 0  # hang up on this many MAIL commands (an upstream restarting under us)
    hang_up_on_data: int = 0  # hang up after reading this many messages, before replying
    mail_reply: str | None = None  # answer MAIL with this instead of accepting
    tls: ssl.SSLContext | None = None  # offer STARTTLS with this context (or implicit TLS, below)
    implicit_tls: bool = False  # smtps: TLS from the first byte
    tls_deliveries: int = 0
    connections: int = 0
    port: int = 0
    _server: asyncio.Server | None = None
    _arrived: asyncio.Event = field(default_factory=asyncio.Event)

    async def handle_EHLO(
        self, server: SMTP, session: Session, envelope: Envelope, hostname: str, responses: list[str]
    ) -> list[str]:
        session.host_name = hostname
        self.greetings.append(hostname)
        return [*responses[:-1], "250-PIPELINING", responses[-1]] if self.pipelining else responses

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if self.hang_up_on_mail:
            self.hang_up_on_mail -= 1
            return _hang_up(server)
        if self.mail_reply:
            return self.mail_reply
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 2.1.0 Ok"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if address in self.rcpt_replies:
            return self.rcpt_replies[address]
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.hang_up_on_data:
            self.hang_up_on_data -= 1
            return _hang_up(server)
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.data_reply:
            return self.data_reply
        transport = server.transport
        self.tls_deliveries += transport is not None and transport.get_extra_info("ssl_object") is not None
        accepted = tuple(r for r in envelope.rcpt_tos if not self.lmtp_replies.get(r, "2").startswith(("4", "5")))
        if accepted:
            self.messages.append(
                SinkMessage(
                    "" if envelope.mail_from in (None, "<>") else str(envelope.mail_from),
                    accepted,
                    bytes(envelope.original_content or b""),
                    tuple(envelope.mail_options),
                )
            )
            self._arrived.set()
        if self.lmtp:
            return "\r\n".join(self.lmtp_replies.get(r, f"250 2.0.0 <{r}> Saved") for r in envelope.rcpt_tos)
        return "250 2.0.0 Ok: queued"

    def _protocol(self) -> SMTP:
        self.connections += 1
        cls = LongLineLMTP if self.lmtp else LongLineSMTP
        starttls = self.tls if not self.implicit_tls else None
        return cls(self, hostname="sink.test", enable_SMTPUTF8=True, data_size_limit=None, tls_context=starttls)

    async def start(self) -> Sink:
        loop = asyncio.get_running_loop()
        implicit = self.tls if self.implicit_tls else None
        self._server = await loop.create_server(self._protocol, "127.0.0.1", 0, ssl=implicit)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._server:
            self._server.close()

    @property
    def url(self) -> str:
        return f"{'lmtp' if self.lmtp else 'smtp'}://127.0.0.1:{self.port}"

    async def wait_for(self, count: int, seconds: float = 10.0) -> list[SinkMessage]:
        async with asyncio.timeout(seconds):
            while len(self.messages) < count:
                self._arrived.clear()
                await self._arrived.wait()
        return self.messages


async def eventually(predicate: Callable[[], bool], seconds: float = 10.0, step: float = 0.05) -> None:
    """Wait until `predicate()` holds (for effects that happen in background tasks)."""
    async with asyncio.timeout(seconds):
        while True:
            if predicate():
                return
            await asyncio.sleep(step)


def free_port() -> int:
    """A port that was free a moment ago (for servers that cannot bind port 0 themselves)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str | Path):
        return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")


def to_toml(data: TOML, prefix: str = "") -> str:
    """Enough of a TOML writer for test configs: nested tables of scalars and lists."""
    scalars = [f"{k} = {_toml_value(v)}" for k, v in data.items() if not isinstance(v, Mapping)]
    out = []
    if prefix and scalars:
        out.append(f"[{prefix}]")
    out.extend(scalars)
    for key, value in data.items():
        if isinstance(value, Mapping):
            out.append(to_toml(value, f"{prefix}.{key}" if prefix else key))
    return "\n".join(out) + "\n"


def merge(base: dict[str, Any], extra: TOML) -> dict[str, Any]:
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(base.get(key), dict):
            merge(base[key], value)
        else:
            base[key] = dict(value) if isinstance(value, Mapping) else value
    return base


def base_config(tmp: Path, upstream: str, database_url: str | None = None) -> dict[str, Any]:
    (tmp / "policies").mkdir(exist_ok=True)
    return {
        "server": {"listen": "127.0.0.1:0", "hostname": "gw.test", "gateway_id": "test-gw", "shutdown_grace": "10s"},
        "mailbox": {
            "addresses": ["support@example.com", "@help.example.com"],
            "support_address": "support@example.com",
        },
        "upstream": {"url": upstream, "timeout": "5s", "connect_timeout": "2s", "pool_size": 4},
        "outbound": {"poll_interval": "0.2s"},
        "database": {"url": database_url or f"sqlite+aiosqlite:///{tmp / 'curveball.db'}"},
        "admin": {"listen": "127.0.0.1:0"},
        "logging": {"format": "json", "level": "info"},
        "routes": {
            "legal": {"addresses": ["legal@example.com"]},
            "team_lead": {"addresses": ["lead@example.com"]},
            "on_call": {"addresses": ["oncall@example.com"]},
        },
        "policies": {"dir": str(tmp / "policies"), "watch": False},
    }


def write_config(tmp: Path, upstream: str, extra: TOML | None = None, *, database_url: str | None = None) -> Path:
    data = merge(base_config(tmp, upstream, database_url), extra or {})
    path = tmp / "curveball.toml"
    path.write_text(to_toml(data), encoding="utf-8")
    return path


def make_config(tmp: Path, upstream: str, extra: TOML | None = None, *, database_url: str | None = None) -> Config:
    return load_config(write_config(tmp, upstream, extra, database_url=database_url))


@asynccontextmanager
async def running_gateway(config: Config) -> AsyncIterator[Gateway]:
    gateway = Gateway(config)
    await gateway.start()
    try:
        yield gateway
    finally:
        await gateway.stop()


async def logged(gateway: Gateway, limit: int = 100) -> list[dict[str, Any]]:
    """The message log, once every pending write is committed (log rows are written behind the reply)."""
    await gateway.writer.flush()
    return await recent_messages(gateway.engine, limit=limit)


def message(
    subject: str = "Hello",
    body: str = "Hi, my order has not arrived.\r\n",
    *,
    sender: str = "alice@customer.example",
    extra_headers: str = "",
) -> bytes:
    text = (
        f"From: Alice <{sender}>\r\nTo: support@example.com\r\nSubject: {subject}\r\n"
        f"Message-ID: <{os.urandom(6).hex()}@customer.example>\r\nDate: Tue, 24 Nov 2026 08:00:00 +0000\r\n"
        f"{extra_headers}\r\n{body}"
    )
    return text.encode("utf-8")


async def send(
    gateway: Gateway,
    data: bytes,
    *,
    sender: str = "alice@customer.example",
    recipients: tuple[str, ...] = ("support@example.com",),
    mail_options: list[str] | None = None,
) -> tuple[dict[str, aiosmtplib.SMTPResponse], str]:
    host, port = gateway.smtp_address
    async with aiosmtplib.SMTP(hostname=host, port=port, local_hostname="client.test", start_tls=False) as client:
        return await client.sendmail(sender, list(recipients), data, mail_options=mail_options or [])


def added_headers(forwarded: bytes, original: bytes) -> bytes:
    """What the gateway put on top of `original` (asserting it only added, at the top)."""
    assert forwarded.endswith(original), "the forwarded message must end with the original bytes"
    return forwarded[: len(forwarded) - len(original)]
