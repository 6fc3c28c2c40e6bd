"""Deliver into a local Maildir: the embedded default, so a new user sees mail with no mail server.

The classic Maildir protocol: write into tmp/, fsync, then hard-link into new/ (atomic), fsync the
directory. A 250 is only given after the file is durably in new/.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import socket
import time
from pathlib import Path

from gateway.delivery.results import DeliveryResult, OutgoingEnvelope
from gateway.errors import DeliveryError

_counter = itertools.count()


def _unique_name() -> str:
    now = time.time()
    seconds, micros = int(now), int((now % 1) * 1_000_000)
    host = socket.gethostname().replace("/", r"\057").replace(":", r"\072")
    return f"{seconds}.M{micros}P{os.getpid()}Q{next(_counter)}R{os.urandom(4).hex()}.{host}"


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class MaildirTransport:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.name = f"maildir:{root}"

    def _ensure(self) -> None:
        for sub in ("tmp", "new", "cur"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)

    def _write(self, envelope: OutgoingEnvelope, data: bytes) -> Path:
        self._ensure()
        name = _unique_name()
        tmp = self.root / "tmp" / name
        final = self.root / "new" / name
        return_path = f"Return-Path: <{envelope.mail_from}>\r\n".encode()
        with open(tmp, "xb") as handle:
            handle.write(return_path)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.link(tmp, final)
        os.unlink(tmp)
        _fsync_dir(final.parent)
        return final

    async def deliver(self, envelope: OutgoingEnvelope, data: bytes) -> DeliveryResult:
        try:
            path = await asyncio.to_thread(self._write, envelope, data)
        except OSError as exc:
            return DeliveryResult.all(envelope.rcpt_tos, 451, f"4.3.0 maildir write failed: {exc.strerror}")
        return DeliveryResult.all(envelope.rcpt_tos, 250, f"2.0.0 delivered to maildir as {path.name}")

    async def check(self) -> None:
        try:
            await asyncio.to_thread(self._ensure)
        except OSError as exc:
            raise DeliveryError(f"maildir {self.root} not writable: {exc}") from exc
        if not os.access(self.root / "new", os.W_OK):
            raise DeliveryError(f"maildir {self.root}/new is not writable")

    async def close(self) -> None:
        return None
