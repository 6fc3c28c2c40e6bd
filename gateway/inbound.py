"""The SMTP face of the gateway: aiosmtpd hooks that check, collect and hand off; nothing else.

Limits and refusals live here (connections, networks, recipients, size, shutdown); everything
that happens to an accepted message lives in `gateway.relay`.
"""

from __future__ import annotations

import asyncio
import logging
import re
import ssl
import warnings
from datetime import UTC, datetime
from typing import Any, AnyStr

from aiosmtpd.smtp import MISSING, SMTP, AuthResult, Envelope, LoginPassword, Session, syntax

from gateway.addresses import MailboxAddresses, in_networks
from gateway.config import Config
from gateway.ids import new_id
from gateway.metrics import Metrics
from gateway.passwords import verify_password
from gateway.relay import Inbound, Relay
from gateway.smtpdata import read_data

log = logging.getLogger("curveball.smtp")

# aiosmtpd's own wording lacks enhanced status codes (RFC 3463); operators grep for these.
_REPLY_FIXES = {
    "552 Error: Too much mail data": "552 5.3.4 Message too big for system",
    "552 Error: message size exceeds fixed maximum message size": "552 5.3.4 Message size exceeds fixed limit",
}
TEMPORARY_ERROR = "451 4.3.0 Temporary local problem, try again later"


class ConnectionGate:
    """Counts open connections, refuses past the limit, and knows who is mid-transaction."""

    def __init__(self, limit: int, metrics: Metrics) -> None:
        self.limit = limit
        self.open: set[GatewaySMTP] = set()
        self.draining = False
        self._metrics = metrics

    def enter(self, connection: GatewaySMTP) -> bool:
        if self.draining or len(self.open) >= self.limit:
            self._metrics.connections_refused.labels("draining" if self.draining else "limit").inc()
            return False
        self.open.add(connection)
        self._metrics.connections.set(len(self.open))
        return True

    def leave(self, connection: GatewaySMTP) -> None:
        self.open.discard(connection)
        self._metrics.connections.set(len(self.open))

    def busy(self) -> int:
        """Connections inside a mail transaction (after MAIL, before the DATA reply)."""
        return sum(1 for connection in self.open if connection.in_transaction)

    def close_idle(self) -> None:
        for connection in list(self.open):
            if not connection.in_transaction:
                connection.say_goodbye()


# `<dot-atom@domain>` and what follows: nearly every MAIL/RCPT argument. Anything else (quoted
# local parts, UTF-8, source routes, oddities) goes to aiosmtpd's full RFC 5322 parser.
_PLAIN_PATH = re.compile(
    r"\s*<((?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
    r"@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)>(?:\s+(?![(\s])(.*))?",
    re.ASCII | re.DOTALL,
)


class GatewaySMTP(SMTP):
    line_length_limit = 1024 * 1024  # long lines pass through unchanged (RFC 5322 limit is advisory here)

    def __init__(self, handler: InboundHandler, *, gate: ConnectionGate, lifetime: float, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self._gate = gate
        self._lifetime = lifetime
        self.in_data = False

    @property
    def in_transaction(self) -> bool:
        envelope = self.envelope
        return self.in_data or (envelope is not None and envelope.mail_from is not None)

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        """aiosmtpd's parser builds a token tree (and a class) per call: a third of the cost of a
        MAIL or RCPT command. Plain paths are read by one regex with the same result."""
        match = _PLAIN_PATH.fullmatch(arg)
        if match is None:
            return super()._getaddr(arg)
        address, rest = match.group(1), match.group(2) or ""
        if self.local_part_limit and len(address.rpartition("@")[0]) > self.local_part_limit:
            return None, None
        return address, rest

    @syntax("DATA")
    async def smtp_DATA(self, arg: str) -> None:
        """aiosmtpd's DATA with the data read in blocks (`gateway.smtpdata`): same guards, same
        replies, same hand-off to handle_DATA."""
        if self._decode_data:  # the gateway never asks for str content; keep aiosmtpd's path for it
            await super().smtp_DATA(arg)
            return
        if await self.check_helo_needed() or await self.check_auth_needed("DATA"):
            return
        assert self.envelope is not None
        if not self.envelope.rcpt_tos:
            await self.push("503 Error: need RCPT command")
            return
        if arg:
            await self.push("501 Syntax: DATA")
            return
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        try:
            data = await read_data(self._reader, size_limit=self.data_size_limit, line_limit=self.line_length_limit)
        except asyncio.CancelledError:  # the client went away mid-DATA (aiosmtpd cancels the reader)
            self._writer.close()
            raise
        except asyncio.IncompleteReadError:  # end of stream before the dot line: nothing was accepted
            self._writer.close()
            return
        if data.refusal is not None:
            await self.push(data.refusal)
            self._set_post_data_state()  # type: ignore[no-untyped-call]  # unannotated in aiosmtpd
            return
        self.envelope.content = self.envelope.original_content = data.content
        status = await self._call_handler_hook("DATA")
        self._set_post_data_state()  # type: ignore[no-untyped-call]  # unannotated in aiosmtpd
        await self.push("250 OK" if status is MISSING else status)

    async def push(self, status: AnyStr) -> None:
        if isinstance(status, str):
            await super().push(_REPLY_FIXES.get(status, status))
        else:
            await super().push(status)

    def _close_with(self, line: bytes) -> None:
        transport = self.transport
        if isinstance(transport, asyncio.WriteTransport) and not transport.is_closing():
            transport.write(line)
            transport.close()

    def say_goodbye(self) -> None:
        """Tell an idle client we are going away, then close."""
        self._close_with(b"421 4.3.2 Service shutting down\r\n")

    async def _handle_client(self) -> None:
        if not self._gate.enter(self):
            reason = "shutting down" if self._gate.draining else "too many connections, try again later"
            self._close_with(f"421 4.3.2 {reason}\r\n".encode())
            return
        expiry = self.loop.call_later(self._lifetime, self._expire)
        try:
            await super()._handle_client()
        finally:
            expiry.cancel()
            self._gate.leave(self)

    def _expire(self) -> None:
        if not self.in_data:
            self._close_with(b"421 4.4.2 Connection time limit exceeded\r\n")


class InboundHandler:
    """aiosmtpd handler: each hook opens with its guard clauses and ends by handing on."""

    def __init__(self, config: Config, relay: Relay, metrics: Metrics) -> None:
        self._config = config
        self._server = config.server
        self._relay = relay
        self._metrics = metrics
        self._mailbox = MailboxAddresses(config.mailbox.addresses, delimiter=config.mailbox.recipient_delimiter)
        self.gate = ConnectionGate(config.server.max_connections, metrics)
        self.in_flight: set[asyncio.Task[str]] = set()

    def client_ip(self, session: Session) -> str:
        proxy = getattr(session, "proxy_data", None)
        if proxy is not None and getattr(proxy, "src_addr", None):
            return str(proxy.src_addr)
        peer = session.peer
        return str(peer[0]) if isinstance(peer, tuple) else str(peer)

    async def handle_EHLO(
        self, server: SMTP, session: Session, envelope: Envelope, hostname: str, responses: list[str]
    ) -> list[str]:
        """Advertise PIPELINING (RFC 2920): aiosmtpd reads commands in order, so batches are safe."""
        session.host_name = hostname
        return [*responses[:-1], "250-PIPELINING", responses[-1]]

    async def handle_PROXY(self, server: SMTP, session: Session, envelope: Envelope, proxy_data: Any) -> bool:
        peer = session.peer[0] if isinstance(session.peer, tuple) else str(session.peer)
        if not in_networks(peer, self._server.proxy_trusted_networks):
            log.warning("proxy.untrusted_peer", extra={"fields": {"peer": peer}})
            return False
        return bool(proxy_data.valid)

    async def handle_MAIL(
        self, server: GatewaySMTP, session: Session, envelope: Envelope, address: str, mail_options: list[str]
    ) -> str:
        if self.gate.draining:
            server.say_goodbye()
            return "421 4.3.2 Service shutting down"
        client = self.client_ip(session)
        if self._server.allow_networks and not in_networks(client, self._server.allow_networks):
            self._metrics.connections_refused.labels("network").inc()
            log.warning("smtp.network_denied", extra={"fields": {"client": client}})
            return "554 5.7.1 Access denied"
        envelope.mail_from = address  # the null sender stays "<>" here: aiosmtpd tests it for truth
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 Ok"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        if len(envelope.rcpt_tos) >= self._server.max_recipients:
            return "452 4.5.3 Too many recipients"
        if not self._mailbox.accepts(address):
            log.info("smtp.relay_denied", extra={"fields": {"client": self.client_ip(session), "rcpt": address}})
            return "550 5.7.1 relaying denied"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server: GatewaySMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content
        assert isinstance(raw, bytes)
        if len(raw) > self._server.max_message_bytes:
            return "552 5.3.4 Message too big for system"
        options = [option.upper() for option in envelope.mail_options]
        inbound = Inbound(
            id=new_id(),
            received_at=datetime.now(UTC),
            peer_ip=self.client_ip(session),
            helo=session.host_name,
            mail_from="" if envelope.mail_from in (None, "<>") else envelope.mail_from,
            rcpt_tos=tuple(envelope.rcpt_tos),
            raw=raw,
            smtputf8=bool(envelope.smtp_utf8),
            body8bit="BODY=8BITMIME" in options,
            tls=session.ssl is not None,
            authenticated=bool(session.authenticated),
        )
        server.in_data = True
        # A task, not a bare await: a client that disconnects mid-reply must not cancel a delivery.
        task = asyncio.get_running_loop().create_task(self._relay.handle(inbound))
        self.in_flight.add(task)
        task.add_done_callback(self.in_flight.discard)
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("relay.failed", extra={"fields": {"id": inbound.id}})
            return TEMPORARY_ERROR
        finally:
            server.in_data = False

    def authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user = auth_data.login.decode("utf-8", "replace")
        hashed = self._server.auth.users.get(user)
        ok = hashed is not None and verify_password(auth_data.password.decode("utf-8", "replace"), hashed)
        log.info("smtp.auth", extra={"fields": {"user": user, "success": ok, "client": self.client_ip(session)}})
        # handled=False: let aiosmtpd send "535 5.7.8" itself (True would leave the client waiting).
        return AuthResult(success=ok, handled=False, auth_data=user if ok else None)

    def protocol_factory(self, tls_context: ssl.SSLContext | None) -> GatewaySMTP:
        with warnings.catch_warnings():
            # aiosmtpd warns on every connection when AUTH may run without TLS; the operator chose
            # that explicitly (auth.allow_plaintext) and Gateway.start logs it once.
            warnings.simplefilter("ignore", UserWarning)
            return self._new_protocol(tls_context)

    def _new_protocol(self, tls_context: ssl.SSLContext | None) -> GatewaySMTP:
        server = self._server
        return GatewaySMTP(
            self,
            gate=self.gate,
            lifetime=server.connection_timeout,
            data_size_limit=server.max_message_bytes,
            enable_SMTPUTF8=True,
            hostname=server.hostname,
            ident="Curveball ESMTP",
            tls_context=tls_context,
            require_starttls=server.require_starttls,
            timeout=server.idle_timeout,
            auth_required=server.auth.required,
            auth_require_tls=not server.auth.allow_plaintext,
            authenticator=self.authenticate if server.auth.users else None,
            proxy_protocol_timeout=10 if server.proxy_protocol else None,
        )
