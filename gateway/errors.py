"""Every exception Curveball raises on purpose, each saying when it is raised."""

from __future__ import annotations


class CurveballError(Exception):
    """Base class: anything the gateway reports to an operator as a clean message."""


class ConfigError(CurveballError):
    """The configuration file is missing, unreadable, not TOML, or fails validation.

    `problems` lists one line per fault, each naming the file, the key (and line where known)
    and what is wrong, so `curveball check` can print them all at once.
    """

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class UpstreamUrlError(CurveballError):
    """An `[upstream] url` or `[outbound] url` is not one of the supported forms."""


class DeliveryError(CurveballError):
    """A transport could not even attempt delivery (connection refused, timeout, TLS failure).

    Carries an SMTP-style code and enhanced status so the caller can map it to the reply
    the client gets: always a 4xx, because the upstream may be back soon.
    """

    def __init__(self, text: str, *, code: int = 451, status: str = "4.4.1") -> None:
        super().__init__(text)
        self.code = code
        self.status = status
