"""Gateway lifecycle: start every part in dependency order, stop them gracefully in reverse.

Stopping (SIGTERM): refuse new connections, say goodbye to idle clients, let every message that
is mid-transaction finish (up to `[server] shutdown_grace`), flush the store, then exit.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import ssl
import time

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.admin import build_admin_app
from gateway.classifier import load_learned
from gateway.config import Config
from gateway.delivery import Transport, open_transport
from gateway.inbound import InboundHandler
from gateway.metrics import Metrics
from gateway.outage import Housekeeping, StatusPoller
from gateway.outbox import OutboxWorker
from gateway.ownership import Directory
from gateway.policy.language import warm_up
from gateway.policy.registry import PolicyRegistry
from gateway.relay import Relay
from gateway.store.database import open_database
from gateway.store.writer import BatchWriter
from gateway.workflows import StateCache

log = logging.getLogger("curveball.app")


def _tls_context(config: Config) -> ssl.SSLContext | None:
    tls = config.server.tls
    if tls is None:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(tls.cert), str(tls.key))
    return context


def freeze_long_lived() -> None:
    """Move everything alive after start-up (the policy set's automaton and tens of thousands of
    phrases, libraries, models) out of the garbage collector's view. A full collection over them
    cost about 25 ms, a pause every in-flight message felt; they live as long as the process."""
    gc.collect()
    gc.freeze()


def refreeze_long_lived() -> None:
    """After a policy reload the old set is garbage: let the collector see it once, then freeze again."""
    gc.unfreeze()
    freeze_long_lived()


class Gateway:
    engine: AsyncEngine
    upstream: Transport
    outbound: Transport
    handler: InboundHandler

    def __init__(self, config: Config, *, worker: int | None = None) -> None:
        self.config = config
        self.worker = worker  # index among `[server] workers` processes; None when running alone
        self.metrics = Metrics()
        self._smtp_server: asyncio.Server | None = None
        self._admin_runner: web.AppRunner | None = None
        self._stopped = asyncio.Event()

    @property
    def smtp_address(self) -> tuple[str, int]:
        assert self._smtp_server is not None
        host, port = self._smtp_server.sockets[0].getsockname()[:2]
        return str(host), int(port)

    @property
    def admin_address(self) -> tuple[str, int] | None:
        if self._admin_runner is None:
            return None
        for site in self._admin_runner.sites:
            server = getattr(site, "_server", None)
            if server is not None and server.sockets:
                host, port = server.sockets[0].getsockname()[:2]
                return str(host), int(port)
        return None

    async def start(self) -> None:
        """Start every part; a broken config or policy set raises before any port is opened."""
        config = self.config
        hostname = config.server.hostname
        self.policies = PolicyRegistry(
            config.policies.dir, routes=config.routes, metrics=self.metrics, on_swap=refreeze_long_lived
        )
        await asyncio.to_thread(self.policies.load_initial)
        await asyncio.to_thread(warm_up)
        self.engine = await open_database(config.database)
        self.writer = BatchWriter(self.engine)
        self.writer.start()
        self.upstream = open_transport(config.upstream.url, config.upstream, local_hostname=hostname)
        self.outbound = (
            self.upstream
            if config.outbound_url == config.upstream.url
            else open_transport(config.outbound_url, config.upstream, local_hostname=hostname)
        )
        self.outbox = OutboxWorker(
            self.engine,
            {"upstream": self.upstream, "outbound": self.outbound},
            owner=config.server.gateway_id + ("" if self.worker is None else f"/{self.worker}"),  # lease holder
            hostname=hostname,
            max_age=config.outbound.retry_max_age,
            poll_interval=config.outbound.poll_interval,
            metrics=self.metrics,
        )
        self.outbox.start()
        self.state = StateCache(self.engine, outage_window=config.outage.detect_window)
        await self.state.start()
        self.directory = Directory(config.directory)
        learned = await asyncio.to_thread(load_learned, config.classifier)
        relay = Relay(
            config=config,
            upstream=self.upstream,
            writer=self.writer,
            metrics=self.metrics,
            policies=self.policies,
            state=self.state,
            directory=self.directory,
            learned=learned,
            outbox_wakeup=self.outbox.wake,
        )
        self.handler = InboundHandler(config, relay, self.metrics)
        if config.server.auth.users and config.server.auth.allow_plaintext:
            log.warning("smtp.auth_plaintext", extra={"fields": {"note": "AUTH allowed without TLS (loopback only)"}})
        tls_context = _tls_context(config)
        host, port = config.server.listen_address
        loop = asyncio.get_running_loop()
        self._smtp_server = await loop.create_server(
            lambda: self.handler.protocol_factory(tls_context), host, port, reuse_port=self.worker is not None
        )
        if config.policies.watch:
            self.policies.start_watching()
        self.poller = (
            StatusPoller(self.engine, config, lambda: self.policies.current.templates)
            if config.outage.statuspage_url
            else None
        )
        if self.poller:
            self.poller.start()
        self.housekeeping = Housekeeping(self.engine, config)
        self.housekeeping.start()
        if config.admin.listen:
            admin_host, admin_port = config.admin.listen.rpartition(":")[::2]
            self._admin_runner = web.AppRunner(build_admin_app(self), access_log=None)
            await self._admin_runner.setup()
            port = int(admin_port) + (self.worker or 0) if int(admin_port) else 0  # worker i: port + i
            await web.TCPSite(self._admin_runner, admin_host.strip("[]"), port).start()
        freeze_long_lived()
        smtp_host, smtp_port = self.smtp_address
        log.info(
            "gateway.started",
            extra={
                "fields": {
                    "smtp": f"{smtp_host}:{smtp_port}",
                    "admin": "{}:{}".format(*self.admin_address) if self.admin_address else None,
                    "upstream": self.upstream.name,
                    "policies": self.policies.current.version,
                    "database": self.engine.url.render_as_string(hide_password=True),
                }
            },
        )

    async def stop(self) -> None:
        """Graceful: finish in-flight messages (bounded by shutdown_grace), then release everything."""
        gate = self.handler.gate
        gate.draining = True
        if self._smtp_server is not None:
            self._smtp_server.close()
        gate.close_idle()
        deadline = time.monotonic() + self.config.server.shutdown_grace
        while (gate.busy() or self.handler.in_flight) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
            gate.close_idle()
        if self.handler.in_flight:
            log.warning("gateway.shutdown_timeout", extra={"fields": {"in_flight": len(self.handler.in_flight)}})
        for connection in list(gate.open):
            connection.say_goodbye()
        await self.policies.stop()
        if self.poller:
            await self.poller.stop()
        await self.housekeeping.stop()
        await self.state.stop()
        await self.directory.close()
        await self.outbox.stop()
        await self.writer.stop()
        if self._admin_runner is not None:
            await self._admin_runner.cleanup()
        await self.upstream.close()
        if self.outbound is not self.upstream:
            await self.outbound.close()
        await self.engine.dispose()
        log.info("gateway.stopped")
        self._stopped.set()

    async def run_until_signal(self) -> None:
        """`curveball serve`: start, run until SIGTERM or SIGINT, stop gracefully.

        The handlers come first: a SIGTERM during start-up (a supervisor stopping a worker it has
        just restarted, say) stops the gateway once it is up, instead of killing it half-started."""
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        reloads: set[asyncio.Task[bool]] = set()
        started = False

        def reload_policies() -> None:
            if not started:
                return  # start() is reading the files right now
            task = loop.create_task(self.policies.reload())
            reloads.add(task)
            task.add_done_callback(reloads.discard)

        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
        loop.add_signal_handler(signal.SIGHUP, reload_policies)
        try:
            await self.start()
        except BaseException:
            for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                loop.remove_signal_handler(signum)
            raise
        started = True
        try:
            await stop.wait()
            log.info("gateway.stopping")
        finally:
            for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                with contextlib.suppress(ValueError, RuntimeError):
                    loop.remove_signal_handler(signum)
            await self.stop()
