"""A minimal LMTP client (RFC 2033) for Dovecot and friends: one reply per recipient after DATA.

aiosmtplib speaks SMTP only, and LMTP's difference is small (LHLO, and a DATA reply for each
accepted recipient), so this is a short streams-based client rather than a patched SMTP one.
"""

from __future__ import annotations

import asyncio
import re

from gateway.delivery.results import OutgoingEnvelope, RecipientResult
from gateway.delivery.smtp import StaleSession, esmtp_options
from gateway.delivery.url import DeliveryUrl
from gateway.errors import DeliveryError

_LINE_ENDINGS = re.compile(rb"\r\n|\r(?!\n)|\n")
_LEADING_DOT = re.compile(rb"(?m)^\.")


def dot_stuff(data: bytes) -> bytes:
    """CRLF line endings, leading dots doubled, terminated by the lone dot."""
    body = _LEADING_DOT.sub(b"..", _LINE_ENDINGS.sub(b"\r\n", data))
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return body + b".\r\n"


class LmtpSession:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, timeout: float) -> None:
        self._reader = reader
        self._writer = writer
        self._timeout = timeout
        self.extensions: dict[str, str] = {}

    @classmethod
    async def open(
        cls, url: DeliveryUrl, *, local_hostname: str, connect_timeout: float, command_timeout: float
    ) -> LmtpSession:
        try:
            async with asyncio.timeout(connect_timeout):
                if url.path is not None:
                    reader, writer = await asyncio.open_unix_connection(str(url.path))
                else:
                    reader, writer = await asyncio.open_connection(url.host, url.port)
                session = cls(reader, writer, command_timeout)
                code, text = await session._reply()
                if code != 220:
                    raise DeliveryError(f"upstream {url} greeted with {code} {text}")
                code, text = await session._command(f"LHLO {local_hostname}")
                if code != 250:
                    raise DeliveryError(f"upstream {url} refused LHLO: {code} {text}")
        except (OSError, TimeoutError, asyncio.IncompleteReadError) as exc:
            raise DeliveryError(f"upstream {url} unreachable: {exc}") from exc
        for line in text.splitlines()[1:]:
            keyword, _, params = line.partition(" ")
            session.extensions[keyword.lower()] = params
        return session

    async def _reply(self) -> tuple[int, str]:
        lines: list[str] = []
        async with asyncio.timeout(self._timeout):
            while True:
                raw = await self._reader.readuntil(b"\n")
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                if len(line) < 3 or not line[:3].isdigit():
                    raise ConnectionError(f"garbled LMTP reply: {line!r}")
                lines.append(line[4:])
                if line[3:4] != "-":
                    return int(line[:3]), "\n".join(lines)

    async def _command(self, line: str) -> tuple[int, str]:
        self._writer.write(line.encode("utf-8") + b"\r\n")
        await self._writer.drain()
        return await self._reply()

    def is_alive(self) -> bool:
        return not self._writer.is_closing() and not self._reader.at_eof()

    async def close(self) -> None:
        if self.is_alive():
            try:
                self._writer.write(b"QUIT\r\n")
                await asyncio.wait_for(self._writer.drain(), 2)
            except (OSError, TimeoutError):
                pass
        self._writer.close()

    async def transaction(self, envelope: OutgoingEnvelope, data: bytes) -> tuple[RecipientResult, ...]:
        options, refusal = esmtp_options(self.extensions, envelope, len(data))
        if refusal:
            return tuple(RecipientResult(r, refusal.code, refusal.text) for r in envelope.rcpt_tos)
        try:
            code, text = await self._command(" ".join([f"MAIL FROM:<{envelope.mail_from}>", *options]))
        except (ConnectionError, asyncio.IncompleteReadError) as exc:
            raise StaleSession(str(exc)) from exc
        if code != 250:
            await self._command("RSET")
            return tuple(RecipientResult(r, code, text) for r in envelope.rcpt_tos)
        results: dict[str, RecipientResult] = {}
        accepted: list[str] = []
        for rcpt in envelope.rcpt_tos:
            code, text = await self._command(f"RCPT TO:<{rcpt}>")
            if code == 250:
                accepted.append(rcpt)
            else:
                results[rcpt] = RecipientResult(rcpt, code, text)
        if not accepted:
            await self._command("RSET")
            return tuple(results[r] for r in envelope.rcpt_tos)
        code, text = await self._command("DATA")
        if code != 354:
            for rcpt in accepted:
                results[rcpt] = RecipientResult(rcpt, code, text)
            return tuple(results[r] for r in envelope.rcpt_tos)
        self._writer.write(dot_stuff(data))
        await self._writer.drain()
        for rcpt in accepted:  # LMTP: one reply per accepted recipient, in RCPT order
            code, text = await self._reply()
            results[rcpt] = RecipientResult(rcpt, code, text)
        return tuple(results[r] for r in envelope.rcpt_tos)
