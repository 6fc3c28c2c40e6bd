"""SMTP upstream sessions over aiosmtplib: one transaction with per-recipient results."""

from __future__ import annotations

import contextlib
import ssl
from pathlib import Path

import aiosmtplib

from gateway.delivery.results import OutgoingEnvelope, RecipientResult
from gateway.delivery.url import DeliveryUrl
from gateway.errors import DeliveryError


class StaleSession(Exception):
    """The peer closed the connection before any of the message was sent: safe to retry elsewhere."""


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


class SmtpSession:
    """One connected, greeted aiosmtplib client."""

    def __init__(self, client: aiosmtplib.SMTP) -> None:
        self._client = client

    @classmethod
    async def open(
        cls,
        url: DeliveryUrl,
        *,
        local_hostname: str,
        connect_timeout: float,
        command_timeout: float,
        tls_verify: bool = True,
        ca_file: Path | None = None,
    ) -> SmtpSession:
        tls_context = None
        if url.scheme in ("smtps", "smtp+starttls"):
            tls_context = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
            if not tls_verify:
                tls_context.check_hostname = False
                tls_context.verify_mode = ssl.CERT_NONE
        client = aiosmtplib.SMTP(
            hostname=url.host,
            port=url.port,
            local_hostname=local_hostname,
            use_tls=url.scheme == "smtps",
            start_tls=url.scheme == "smtp+starttls",
            tls_context=tls_context,
            timeout=command_timeout,
        )
        try:
            await client.connect(timeout=connect_timeout)
            await client.ehlo()
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            client.close()
            raise DeliveryError(f"upstream {url} unreachable: {exc}") from exc
        return cls(client)

    def is_alive(self) -> bool:
        return self._client.is_connected

    async def close(self) -> None:
        if self._client.is_connected:
            with contextlib.suppress(aiosmtplib.SMTPException, OSError, TimeoutError):
                await self._client.quit(timeout=2)
        self._client.close()

    async def transaction(self, envelope: OutgoingEnvelope, data: bytes) -> tuple[RecipientResult, ...]:
        """MAIL, RCPT each, DATA. Protocol refusals become results; broken connections raise."""
        client = self._client
        options, refusal = esmtp_options(client.esmtp_extensions, envelope, len(data))
        if refusal:
            return tuple(RecipientResult(r, refusal.code, refusal.text) for r in envelope.rcpt_tos)
        encoding = "utf-8" if envelope.smtputf8 else "ascii"
        try:
            await client.mail(envelope.mail_from, options=options, encoding=encoding)
        except aiosmtplib.SMTPSenderRefused as exc:
            await self._reset()
            return tuple(RecipientResult(r, exc.code, exc.message) for r in envelope.rcpt_tos)
        except (aiosmtplib.SMTPServerDisconnected, ConnectionError) as exc:
            raise StaleSession(str(exc)) from exc
        results: dict[str, RecipientResult] = {}
        accepted: list[str] = []
        for rcpt in envelope.rcpt_tos:
            try:
                await client.rcpt(rcpt, encoding=encoding)
                accepted.append(rcpt)
            except aiosmtplib.SMTPRecipientRefused as exc:
                results[rcpt] = RecipientResult(rcpt, exc.code, exc.message)
        if not accepted:
            await self._reset()
        else:
            try:
                response = await client.data(data)
                reply = RecipientResult("", response.code, response.message)
            except aiosmtplib.SMTPDataError as exc:
                reply = RecipientResult("", exc.code, exc.message)
            for rcpt in accepted:
                results[rcpt] = RecipientResult(rcpt, reply.code, reply.text)
        return tuple(results[r] for r in envelope.rcpt_tos)

    async def _reset(self) -> None:
        try:
            await self._client.rset()
        except aiosmtplib.SMTPResponseException:
            self._client.close()

    async def check(self) -> None:
        await self._client.noop()
