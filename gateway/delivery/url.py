"""Parse the delivery URLs an operator writes in `[upstream] url` and `[outbound] url`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from gateway.errors import UpstreamUrlError

Scheme = Literal["smtp", "smtps", "smtp+starttls", "lmtp", "maildir"]
_DEFAULT_PORTS: dict[str, int] = {"smtp": 25, "smtps": 465, "smtp+starttls": 587, "lmtp": 24}
FORMS = (
    "smtp://host:port, smtps://host:port, smtp+starttls://host:port, lmtp://host:port, lmtp:/path/to/socket, "
    "maildir:PATH"
)


@dataclass(frozen=True)
class DeliveryUrl:
    scheme: Scheme
    host: str | None = None
    port: int | None = None
    path: Path | None = None  # Maildir directory, or LMTP unix socket

    def __str__(self) -> str:
        if self.scheme == "maildir":
            return f"maildir:{self.path}"
        if self.path is not None:
            return f"{self.scheme}:{self.path}"
        host = f"[{self.host}]" if self.host and ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"


def parse_delivery_url(text: str) -> DeliveryUrl:
    """Raises UpstreamUrlError naming the accepted forms when `text` is not one of them."""
    if text.startswith("maildir:"):
        path = text.removeprefix("maildir:").removeprefix("//")
        if not path:
            raise UpstreamUrlError(f"{text!r}: maildir needs a directory, e.g. maildir:/var/mail/support")
        return DeliveryUrl("maildir", path=Path(path))
    if text.startswith("lmtp:") and not text.startswith("lmtp://"):
        return DeliveryUrl("lmtp", path=Path(text.removeprefix("lmtp:")))
    parts = urlsplit(text)
    if parts.scheme not in _DEFAULT_PORTS:
        raise UpstreamUrlError(f"{text!r} is not a supported delivery URL; use one of: {FORMS}")
    try:
        port = parts.port or _DEFAULT_PORTS[parts.scheme]
    except ValueError:
        raise UpstreamUrlError(f"{text!r}: the port is not a number between 1 and 65535") from None
    if not parts.hostname:
        raise UpstreamUrlError(f"{text!r}: a host is required, e.g. {parts.scheme}://127.0.0.1:{port}")
    if parts.path not in ("", "/") or parts.query:
        raise UpstreamUrlError(f"{text!r}: unexpected path or query after host:port")
    scheme: Scheme = parts.scheme  # type: ignore[assignment]  # checked against _DEFAULT_PORTS above
    return DeliveryUrl(scheme, host=parts.hostname, port=port)
