"""Structured logs: one JSON object per line (or readable text on a terminal), gateway id on each.

Code logs an event name plus fields: `log.info("message", extra={"fields": {...}})`.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any, TextIO


class _GatewayFilter(logging.Filter):
    def __init__(self, gateway_id: str, worker: int | None) -> None:
        super().__init__()
        self.gateway_id = gateway_id
        self.worker = worker

    def filter(self, record: logging.LogRecord) -> bool:
        record.gateway = self.gateway_id
        record.worker = self.worker
        return True


def _fields(record: logging.LogRecord) -> dict[str, Any]:
    fields = getattr(record, "fields", None)
    return fields if isinstance(fields, dict) else {}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "gateway": getattr(record, "gateway", None),
            "logger": record.name,
            "event": record.getMessage(),
        }
        worker = getattr(record, "worker", None)
        if worker is not None:
            entry["worker"] = worker
        entry.update(_fields(record))
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        when = datetime.fromtimestamp(record.created).strftime("%H:%M:%S")
        pairs = " ".join(f"{key}={value}" for key, value in _fields(record).items())
        line = f"{when} {record.levelname:<7} {getattr(record, 'gateway', '-')} {record.getMessage()} {pairs}".rstrip()
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


def setup_logging(
    gateway_id: str, *, fmt: str = "auto", level: str = "info", stream: TextIO | None = None, worker: int | None = None
) -> None:
    """Route the `curveball` loggers (and aiosmtpd's warnings) to one handler."""
    stream = stream or sys.stderr
    use_json = fmt == "json" or (fmt == "auto" and not stream.isatty())
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter() if use_json else TextFormatter())
    handler.addFilter(_GatewayFilter(gateway_id, worker))
    for name, logger_level in (("curveball", level.upper()), ("mail.log", "WARNING")):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(logger_level)
        logger.propagate = False
