"""`curveball serve` with `[server] workers = N`: N gateway processes on one port.

One Python process analyses mail on one core. With several workers the kernel spreads incoming
connections over processes that each bound the listen port with SO_REUSEPORT; each worker is a
complete gateway (its own pool, writer and outbox worker, whose leases carry the worker's own
owner name), exactly like several gateway nodes sharing one database. This process only runs
the migrations once, starts the workers, passes SIGTERM/SIGINT/SIGHUP on, and restarts a worker
that dies unexpectedly.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import FrameType

from gateway.config import Config
from gateway.store.database import open_database

log = logging.getLogger("curveball.supervisor")
RESTART_DELAY = 1.0  # seconds before a crashed worker is started again (no tight crash loops)


async def _migrate(settings: Config) -> None:
    engine = await open_database(settings.database)  # applies the migrations, once, before any worker
    await engine.dispose()


class Supervisor:
    def __init__(self, config_path: Path, settings: Config) -> None:
        self._config_path = config_path
        self._settings = settings
        self._workers: dict[int, tuple[int, subprocess.Popen[bytes]]] = {}  # pid -> (worker index, process)
        self._stopping = False

    def _spawn(self, index: int) -> None:
        command = [sys.executable, "-m", "gateway", "serve", "--config", str(self._config_path), "--worker", str(index)]
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL)
        self._workers[process.pid] = (index, process)
        log.info("worker.started", extra={"fields": {"worker": index, "pid": process.pid}})

    def _forward(self, signum: int, _frame: FrameType | None) -> None:
        if signum in (signal.SIGTERM, signal.SIGINT):
            self._stopping = True
        for _, process in self._workers.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM if signum == signal.SIGINT else signum)

    def run(self) -> int:
        """Start the workers and wait for them; the exit code is non-zero if one failed on the way out."""
        asyncio.run(_migrate(self._settings))
        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(signum, self._forward)
        for index in range(self._settings.server.workers):
            self._spawn(index)
        log.info("supervisor.started", extra={"fields": {"workers": self._settings.server.workers}})
        failed = False
        while self._workers:
            pid, status = os.wait()
            if pid not in self._workers:
                continue
            index, process = self._workers.pop(pid)
            code = os.waitstatus_to_exitcode(status)
            process.returncode = code
            if self._stopping:
                failed |= code not in (0, -signal.SIGTERM)
                log.info("worker.stopped", extra={"fields": {"worker": index, "code": code}})
                continue
            log.error("worker.died", extra={"fields": {"worker": index, "code": code, "restart_in": RESTART_DELAY}})
            time.sleep(RESTART_DELAY)
            if not self._stopping:
                self._spawn(index)
        log.info("supervisor.stopped")
        return 1 if failed else 0
