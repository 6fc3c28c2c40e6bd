"""Upstream SMTP and LMTP sessions: pipelined (RFC 2920), TLS-capable, a result per recipient.

aiosmtplib waits for each reply before it sends the next command (its protocol drops replies that
arrive unasked), so a forwarded message cost four round trips and as many event-loop wakeups.
Here MAIL, every RCPT and DATA go out in one write when the server offers PIPELINING, and the
message in a second. LMTP (RFC 2033) differs from SMTP only in LHLO and one DATA reply per
accepted recipient, so both dialects share this client.
"""

from __future__ import annotations

import asyncio
import re
import ssl
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from gateway.delivery.results import OutgoingEnvelope, RecipientResult
from gateway.delivery.url import DeliveryUrl
from gateway.errors import DeliveryError

MAX_REPLY_BYTES = 64 * 1024  # a reply longer than this is not an SMTP server talking
_LINE_ENDINGS = re.compile(rb"\r\n|\r(?!\n)|\n")
_LEADING_DOT = re.compile(rb"(?m)^\.")


class StaleSession(Exception):
    """The peer closed the connection before any of the message was sent: safe to retry elsewhere."""


class ProtocolError(ConnectionError):
    """The peer's replies make no sense (garbled, too long): the session cannot be trusted."""


@dataclass(frozen=True)
class Reply:
    code: int
    text: str  # lines after the code, joined by "\n"


def esmtp_options(
    extensions: dict[str, str], envelope: OutgoingEnvelope, size: int
) -> tuple[list[str], RecipientResult | None]:
    """MAIL FROM parameters for this upstream, or the refusal if it cannot carry the message."""
    options: list[str] = []
    if "size" in extensions:
        options.append(f"SIZE={size}")
    if envelope.body8bit and "8bitmime" in extensions:
        options.append("BODY=8BITMIME")
    if envelope.smtputf8:
        if "smtputf8" not in extensions:
            return options, RecipientResult("", 550, "5.6.7 upstream does not support SMTPUTF8")
        options.append("SMTPUTF8")
    return options, None


def dot_stuff(data: bytes) -> bytes:
    """CRLF line endings, leading dots doubled, terminated by the lone dot."""
    pairs = data.count(b"\r\n")
    if data.count(b"\n") != pairs or data.count(b"\r") != pairs:  # anything but CRLF: normalise
        data = _LINE_ENDINGS.sub(b"\r\n", data)
    if data.startswith(b".") or b"\n." in data:
        data = _LEADING_DOT.sub(b"..", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"


def tls_context(*, verify: bool, ca_file: Path | None) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


class ReplyReader(asyncio.Protocol):
    """Parses replies as bytes arrive and wakes whoever waits for the next n of them."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.lost: ConnectionError | None = None
        self._buffer = bytearray()
        self._lines: list[str] = []
        self._size = 0
        self._replies: deque[Reply] = deque()
        self._waiter: asyncio.Future[None] | None = None
        self._wanted = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while (end := self._buffer.find(b"\n")) != -1:
            line = bytes(self._buffer[:end]).rstrip(b"\r")
            del self._buffer[: end + 1]
            self._size += len(line)
            if len(line) < 3 or not line[:3].isdigit() or line[3:4] not in (b"", b" ", b"-"):
                self._fail(ProtocolError(f"garbled reply: {line[:80]!r}"))
                return
            self._lines.append(line[4:].decode("utf-8", "replace"))
            if line[3:4] != b"-":
                self._replies.append(Reply(int(line[:3]), "\n".join(self._lines)))
                self._lines, self._size = [], 0
        if self._size + len(self._buffer) > MAX_REPLY_BYTES:
            self._fail(ProtocolError("reply too long"))
            return
        self._wake()

    def eof_received(self) -> bool:
        return False  # close our side too

    def connection_lost(self, exc: Exception | None) -> None:
        if self.lost is None:
            self.lost = ConnectionError(f"connection lost: {exc}" if exc else "connection closed by peer")
        self._wake()

    def _fail(self, error: ProtocolError) -> None:
        self.lost = error
        if self.transport is not None:
            self.transport.abort()
        self._wake()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done() and (len(self._replies) >= self._wanted or self.lost):
            waiter.set_result(None)

    @property
    def unsolicited(self) -> bool:
        """Replies nobody asked for are waiting (a 421 before the peer goes away, say)."""
        return bool(self._replies)

    async def replies(self, count: int) -> list[Reply]:
        """The next `count` replies, in order; raises ConnectionError if the session ends first."""
        while len(self._replies) < count:
            if self.lost is not None:
                raise self.lost
            self._wanted = count
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        return [self._replies.popleft() for _ in range(count)]


class MailSession:
    """One connected, greeted SMTP or LMTP session, reused for many transactions by the pool."""

    def __init__(self, reader: ReplyReader, *, lmtp: bool) -> None:
        self._reader = reader
        self._lmtp = lmtp
        self.extensions: dict[str, str] = {}

    @property
    def pipelining(self) -> bool:
        return "pipelining" in self.extensions

    @classmethod
    async def open(
        cls,
        url: DeliveryUrl,
        *,
        local_hostname: str,
        connect_timeout: float,
        command_timeout: float,
        tls: ssl.SSLContext | None = None,
    ) -> MailSession:
        loop = asyncio.get_running_loop()
        reader: ReplyReader | None = None
        try:
            async with asyncio.timeout(connect_timeout):
                if url.path is not None:
                    _, reader = await loop.create_unix_connection(ReplyReader, str(url.path))
                elif url.host is None or url.port is None:
                    raise DeliveryError(f"upstream {url} has no host and port")
                elif url.scheme == "smtps":
                    _, reader = await loop.create_connection(
                        ReplyReader, url.host, url.port, ssl=tls, server_hostname=url.host
                    )
                else:
                    _, reader = await loop.create_connection(ReplyReader, url.host, url.port)
            session = cls(reader, lmtp=url.scheme == "lmtp")
            async with asyncio.timeout(command_timeout):
                await session._greet(url, local_hostname, tls)
        except BaseException as exc:
            if reader is not None and reader.transport is not None:
                reader.transport.abort()
            if isinstance(exc, DeliveryError):
                raise
            if isinstance(exc, OSError | TimeoutError | ssl.SSLError):
                raise DeliveryError(f"upstream {url} unreachable: {exc}") from exc
            raise
        return session

    async def _greet(self, url: DeliveryUrl, local_hostname: str, tls: ssl.SSLContext | None) -> None:
        (greeting,) = await self._reader.replies(1)
        if greeting.code != 220:
            raise DeliveryError(f"upstream {url} greeted with {greeting.code} {greeting.text}")
        self.extensions = await self._hello(url, local_hostname)
        if url.scheme != "smtp+starttls":
            return
        if "starttls" not in self.extensions:
            raise DeliveryError(f"upstream {url} does not offer STARTTLS")
        reply = await self._command(b"STARTTLS")
        if reply.code != 220:
            raise DeliveryError(f"upstream {url} refused STARTTLS: {reply.code} {reply.text}")
        transport = self._reader.transport
        assert transport is not None and tls is not None
        upgraded = await asyncio.get_running_loop().start_tls(transport, self._reader, tls, server_hostname=url.host)
        assert isinstance(upgraded, asyncio.Transport)
        self._reader.transport = upgraded
        self.extensions = await self._hello(url, local_hostname)  # RFC 3207: forget what was said before

    async def _hello(self, url: DeliveryUrl, local_hostname: str) -> dict[str, str]:
        name = local_hostname.encode("idna")
        reply = await self._command((b"LHLO " if self._lmtp else b"EHLO ") + name)
        if reply.code == 250:
            extensions: dict[str, str] = {}
            for line in reply.text.split("\n")[1:]:
                keyword, _, params = line.partition(" ")
                extensions[keyword.lower()] = params
            return extensions
        if not self._lmtp:  # an SMTP server without extensions still speaks HELO
            reply = await self._command(b"HELO " + name)
            if reply.code == 250:
                return {}
        raise DeliveryError(f"upstream {url} refused our greeting: {reply.code} {reply.text}")

    def _write(self, data: bytes) -> None:
        transport = self._reader.transport
        if transport is None or transport.is_closing() or self._reader.lost is not None:
            raise self._reader.lost or ConnectionError("connection closed")
        transport.write(data)

    async def _command(self, line: bytes) -> Reply:
        self._write(line + b"\r\n")
        (reply,) = await self._reader.replies(1)
        return reply

    def is_alive(self) -> bool:
        """Usable for the next transaction: connected, and no unasked-for reply that would be
        mistaken for the answer to MAIL."""
        transport = self._reader.transport
        reader = self._reader
        return reader.lost is None and not reader.unsolicited and transport is not None and not transport.is_closing()

    async def close(self) -> None:
        transport = self._reader.transport
        if transport is None or transport.is_closing():
            return
        if self._reader.lost is None:
            transport.write(b"QUIT\r\n")
        transport.close()  # flushes QUIT first

    async def check(self) -> None:
        reply = await self._command(b"NOOP")
        if reply.code != 250:
            raise DeliveryError(f"upstream answered NOOP with {reply.code} {reply.text}")

    async def transaction(self, envelope: OutgoingEnvelope, data: bytes) -> tuple[RecipientResult, ...]:
        """MAIL, RCPT each, DATA, the message. Refusals become results; a broken session raises:
        StaleSession while none of the message was sent, ConnectionError after."""
        options, refusal = esmtp_options(self.extensions, envelope, len(data))
        if refusal:
            return tuple(RecipientResult(r, refusal.code, refusal.text) for r in envelope.rcpt_tos)
        try:
            envelope_lines = _envelope_lines(envelope, options)
        except ValueError as exc:
            return tuple(RecipientResult(r, 553, f"5.1.3 {exc}") for r in envelope.rcpt_tos)
        try:
            mail, rcpts, data_reply = await self._envelope(envelope_lines)
        except ProtocolError:
            raise  # a peer talking nonsense is not a stale session: no retry, say what happened
        except ConnectionError as exc:
            raise StaleSession(str(exc)) from exc
        if mail.code != 250:
            await self._abandon(data_reply)
            return tuple(RecipientResult(r, mail.code, mail.text) for r in envelope.rcpt_tos)
        results = {
            r: RecipientResult(r, reply.code, reply.text) for r, reply in zip(envelope.rcpt_tos, rcpts, strict=True)
        }
        accepted = [r for r, reply in zip(envelope.rcpt_tos, rcpts, strict=True) if reply.code in (250, 251)]
        if not accepted or data_reply is None or data_reply.code != 354:
            if accepted and data_reply is not None:  # DATA itself was refused
                results.update({r: RecipientResult(r, data_reply.code, data_reply.text) for r in accepted})
            await self._abandon(data_reply)
            return tuple(results[r] for r in envelope.rcpt_tos)
        self._write(dot_stuff(data))
        finals = await self._reader.replies(len(accepted) if self._lmtp else 1)
        if not self._lmtp:
            finals = finals * len(accepted)
        results.update(
            {r: RecipientResult(r, reply.code, reply.text) for r, reply in zip(accepted, finals, strict=True)}
        )
        return tuple(results[r] for r in envelope.rcpt_tos)

    async def _envelope(self, lines: list[bytes]) -> tuple[Reply, list[Reply], Reply | None]:
        """Send MAIL and the RCPTs (and DATA, if any recipient may be accepted); their replies."""
        if self.pipelining:  # one write, one wakeup: MAIL, every RCPT, DATA (RFC 2920 §3.1)
            self._write(b"".join(lines) + b"DATA\r\n")
            replies = await self._reader.replies(len(lines) + 1)
            return replies[0], replies[1:-1], replies[-1]
        mail = await self._command(lines[0][:-2])
        if mail.code != 250:
            return mail, [], None
        rcpts = [await self._command(line[:-2]) for line in lines[1:]]
        if not any(reply.code in (250, 251) for reply in rcpts):
            return mail, rcpts, None
        return mail, rcpts, await self._command(b"DATA")

    async def _abandon(self, data_reply: Reply | None) -> None:
        """End a transaction that will not carry the message, leaving the session clean for reuse.
        A server that said 354 with no valid recipient gets the lone dot (RFC 2920 §3.1)."""
        try:
            if data_reply is not None and data_reply.code == 354:
                self._write(b".\r\n")
                await self._reader.replies(1)
            clean = (await self._command(b"RSET")).code == 250
        except ConnectionError:
            clean = False
        if not clean and self._reader.transport is not None:
            self._reader.transport.close()  # the pool sees a dead session and opens a new one


def _envelope_lines(envelope: OutgoingEnvelope, options: list[str]) -> list[bytes]:
    """`MAIL FROM` and one `RCPT TO` per recipient, each with its CRLF."""
    addresses = (envelope.mail_from, *envelope.rcpt_tos)
    if any("\r" in a or "\n" in a or "<" in a or ">" in a for a in addresses):
        raise ValueError("address contains a line break or angle bracket")
    encoding = "utf-8" if envelope.smtputf8 else "ascii"
    try:
        mail = " ".join([f"MAIL FROM:<{envelope.mail_from}>", *options]).encode(encoding) + b"\r\n"
        return [mail, *(f"RCPT TO:<{r}>\r\n".encode(encoding) for r in envelope.rcpt_tos)]
    except UnicodeEncodeError as exc:
        raise ValueError("non-ASCII address without SMTPUTF8") from exc
