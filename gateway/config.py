"""The gateway's configuration: TOML validated into typed, frozen settings before anything starts.

Every key an operator can write is declared here with its default; unknown keys are errors (a typo
must not silently fall back to a default). Relative paths are resolved against the directory of
the config file, so the gateway behaves the same whatever directory it is started from.
"""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails

from gateway.durations import parse_duration
from gateway.errors import ConfigError, UpstreamUrlError
from gateway.tomlfile import TomlDocument, load_toml

Seconds = Annotated[float, BeforeValidator(parse_duration)]
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def _network(value: object) -> Network:
    if not isinstance(value, str):
        raise ValueError("a network must be a string like '10.0.0.0/8' or '::1'")
    return ipaddress.ip_network(value, strict=False)


NetworkList = list[Annotated[Network, BeforeValidator(_network)]]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _host_port(value: str, *, what: str) -> tuple[str, int]:
    """Split "host:port" / "[v6]:port"; the host must be given explicitly."""
    host, sep, port = value.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 <= int(port) < 65536:
        raise ValueError(f"{what} must look like '127.0.0.1:2525' or '[::1]:2525', got {value!r}")
    return host.strip("[]"), int(port)


class TlsSettings(_Section):
    cert: Path
    key: Path


class AuthSettings(_Section):
    required: bool = False
    allow_plaintext: bool = False  # AUTH without STARTTLS: only for loopback deployments
    users: dict[str, str] = Field(default_factory=dict)

    @field_validator("users")
    @classmethod
    def _hashed(cls, users: dict[str, str]) -> dict[str, str]:
        for name, hashed in users.items():
            if not hashed.startswith("pbkdf2_sha256$"):
                raise ValueError(
                    f"password of {name!r} must be a hash made by `curveball hash-password`, not plain text"
                )
        return users


class ServerSettings(_Section):
    listen: str = "127.0.0.1:2525"
    hostname: str = Field(default_factory=socket.gethostname, min_length=1)
    gateway_id: str = ""
    max_message_bytes: int = Field(default=25 * 1024 * 1024, gt=0)
    max_recipients: int = Field(default=50, gt=0)
    max_connections: int = Field(default=200, gt=0)  # per worker process
    workers: int = Field(default=1, ge=1, le=64)  # gateway processes sharing the listen port (SO_REUSEPORT)
    idle_timeout: Seconds = 300.0
    connection_timeout: Seconds = 1800.0
    shutdown_grace: Seconds = 30.0
    allow_networks: NetworkList = Field(default_factory=list)
    proxy_protocol: bool = False
    proxy_trusted_networks: NetworkList = Field(
        default_factory=lambda: [ipaddress.ip_network("127.0.0.0/8"), ipaddress.ip_network("::1/128")]
    )
    tls: TlsSettings | None = None
    require_starttls: bool = False
    auth: AuthSettings = Field(default_factory=AuthSettings)

    @field_validator("listen")
    @classmethod
    def _listen(cls, value: str) -> str:
        _host_port(value, what="listen")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> ServerSettings:
        if self.require_starttls and self.tls is None:
            raise ValueError("require_starttls needs [server.tls] cert and key")
        if self.auth.required and not self.auth.users:
            raise ValueError("auth.required needs at least one user in [server.auth.users]")
        if self.auth.users and self.tls is None and not self.auth.allow_plaintext:
            raise ValueError("AUTH needs [server.tls] for STARTTLS (or auth.allow_plaintext = true on loopback)")
        if self.workers > 1 and self.listen_address[1] == 0:
            raise ValueError("workers > 1 needs a fixed listen port (every worker binds the same one)")
        if not self.gateway_id:
            object.__setattr__(self, "gateway_id", self.hostname)
        return self

    @property
    def listen_address(self) -> tuple[str, int]:
        return _host_port(self.listen, what="listen")


class MailboxSettings(_Section):
    addresses: list[str] = Field(min_length=1)
    support_address: str
    recipient_delimiter: str = "+"

    @field_validator("addresses")
    @classmethod
    def _addresses(cls, values: list[str]) -> list[str]:
        for value in values:
            _local, at, domain = value.rpartition("@")
            if not at or not domain or ("." not in domain and domain != "localhost"):
                raise ValueError(f"{value!r} is neither an address (support@example.com) nor a domain (@example.com)")
        return [value.lower() for value in values]

    @field_validator("support_address")
    @classmethod
    def _support(cls, value: str) -> str:
        local, at, domain = value.rpartition("@")
        if not local or not at or not domain:
            raise ValueError(f"{value!r} is not an email address")
        return value


def _check_url(value: str) -> str:
    from gateway.delivery.url import parse_delivery_url

    try:
        parse_delivery_url(value)
    except UpstreamUrlError as exc:
        raise ValueError(str(exc)) from None
    return value


class UpstreamSettings(_Section):
    url: Annotated[str, BeforeValidator(_check_url)] = "maildir:var/maildir"
    timeout: Seconds = 60.0
    connect_timeout: Seconds = 10.0
    pool_size: int = Field(default=8, gt=0, le=256)
    tls_verify: bool = True
    ca_file: Path | None = None


class OutboundSettings(_Section):
    url: Annotated[str, BeforeValidator(_check_url)] | None = None
    retry_max_age: Seconds = 5 * 86400.0
    poll_interval: Seconds = 1.0


class DatabaseSettings(_Section):
    url: str = "sqlite+aiosqlite:///var/curveball.db"
    sqlite_synchronous: Literal["full", "normal"] = "full"
    # PostgreSQL only: keep Curveball's tables in this schema (created if missing).
    schema_name: str | None = Field(default=None, alias="schema", pattern=r"^[a-z_][a-z0-9_]{0,62}$")

    @field_validator("url")
    @classmethod
    def _driver(cls, value: str) -> str:
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("url must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value


class PoliciesSettings(_Section):
    dir: Path = Path("policies")
    # CPU time one message's analysis may take; past it the message is forwarded unanalysed.
    cpu_budget: Seconds = 0.25
    # Reload automatically when a file under `dir` changes (SIGHUP always reloads).
    watch: bool = True


class AdminSettings(_Section):
    listen: str | None = "127.0.0.1:8025"
    token: str | None = None

    @field_validator("listen")
    @classmethod
    def _listen(cls, value: str | None) -> str | None:
        if value:
            _host_port(value, what="listen")
        return value or None


class LoggingSettings(_Section):
    format: Literal["auto", "json", "text"] = "auto"
    level: Literal["debug", "info", "warning", "error"] = "info"


class OutageSettings(_Section):
    # A Statuspage-compatible summary URL (…/api/v2/summary.json) polled to start/end incidents.
    statuspage_url: str | None = None
    components: list[str] = Field(default_factory=list)  # only incidents touching these (empty: any)
    poll_interval: Seconds = 60.0
    notify_on_end: bool = True  # statuspage-ended incidents send the "resolved" follow-up
    detect_senders: int = Field(default=5, ge=2)  # distinct senders reporting an outage ...
    detect_window: Seconds = 600.0  # ... within this time, while no incident is active
    notify_route: str = "on_call"  # who is told "this looks like an outage"


class AbuseSettings(_Section):
    strikes_to_block: int = Field(default=3, ge=1)
    strike_window: Seconds = 30 * 86400.0
    quarantine_retention: Seconds = 30 * 86400.0


class DirectorySettings(_Section):
    """Who owns which account: a CSV file (account,owner_email,owner_name) or an SQL query."""

    csv: Path | None = None
    sql_url: str | None = None
    # Parameters :sender (address) and :domain; must return owner_email[, owner_name].
    sql_query: str | None = None

    @model_validator(mode="after")
    def _one_source(self) -> DirectorySettings:
        if self.sql_url and not self.sql_query:
            raise ValueError("sql_url needs sql_query")
        if self.csv and self.sql_url:
            raise ValueError("use either csv or sql_url, not both")
        return self


class AuthenticationSettings(_Section):
    # Trust Authentication-Results only from this authserv-id (your own MTA in front).
    authserv_id: str | None = None
    verify_dkim: bool = False  # verify DKIM signatures here too (dkimpy; needs DNS)


class ClassifierSettings(_Section):
    """The optional learned layer (see `curveball train`); off unless `plugin` is set."""

    plugin: str | None = None  # e.g. "linear" (needs the `ml` extra)
    model: Path = Path("var/classifier.joblib")
    min_probability: float = Field(default=0.6, gt=0, le=1)
    weight: float = Field(default=1.0, ge=-3, le=3)  # added to the tag's detector score


class TemplateSettings(_Section):
    default_language: str = "en"


class RouteSettings(_Section):
    addresses: list[str] = Field(min_length=1)
    description: str = ""


class Config(_Section):
    server: ServerSettings = Field(default_factory=ServerSettings)
    mailbox: MailboxSettings
    upstream: UpstreamSettings = Field(default_factory=UpstreamSettings)
    outbound: OutboundSettings = Field(default_factory=OutboundSettings)
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    policies: PoliciesSettings = Field(default_factory=PoliciesSettings)
    admin: AdminSettings = Field(default_factory=AdminSettings)
    logging: LoggingSettings = Field(default_factory=LoggingSettings)
    routes: dict[str, RouteSettings] = Field(default_factory=dict)
    outage: OutageSettings = Field(default_factory=OutageSettings)
    abuse: AbuseSettings = Field(default_factory=AbuseSettings)
    directory: DirectorySettings = Field(default_factory=DirectorySettings)
    authentication: AuthenticationSettings = Field(default_factory=AuthenticationSettings)
    templates: TemplateSettings = Field(default_factory=TemplateSettings)
    classifier: ClassifierSettings = Field(default_factory=ClassifierSettings)

    @property
    def outbound_url(self) -> str:
        """Where generated and routed mail goes: `[outbound] url`, else the upstream."""
        return self.outbound.url or self.upstream.url


def _resolve_paths(data: dict[str, Any], base: Path) -> None:
    """Make relative file paths (given or default) relative to the config file's directory."""
    for name, key, model in (
        ("upstream", "url", UpstreamSettings),
        ("database", "url", DatabaseSettings),
        ("policies", "dir", PoliciesSettings),
    ):
        table = data.setdefault(name, {})
        if isinstance(table, dict) and key not in table:
            table[key] = str(model.model_fields[key].default)

    def fix(section: dict[str, Any] | None, key: str) -> None:
        if isinstance(section, dict) and isinstance(section.get(key), str):
            path = Path(section[key])
            if not path.is_absolute():
                section[key] = str(base / path)

    server = data.get("server")
    if isinstance(server, dict):
        fix(server.get("tls"), "cert")
        fix(server.get("tls"), "key")
    fix(data.get("policies"), "dir")
    fix(data.get("directory"), "csv")
    fix(data.get("classifier"), "model")
    fix(data.get("upstream"), "ca_file")
    for section_name in ("upstream", "outbound"):
        section = data.get(section_name)
        if isinstance(section, dict) and isinstance(section.get("url"), str):
            url: str = section["url"]
            if url.startswith("maildir:") and not url.startswith("maildir:/"):
                section["url"] = "maildir:" + str(base / url.removeprefix("maildir:"))
    database = data.get("database")
    if isinstance(database, dict) and isinstance(database.get("url"), str):
        url = str(database["url"])
        prefix = "sqlite+aiosqlite:///"
        if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
            database["url"] = prefix + str(base / url.removeprefix(prefix))


def _describe(error: ErrorDetails) -> str:
    message = str(error["msg"]).removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        return "unknown key (check the spelling against config.example.toml)"
    if error["type"] == "missing":
        return "required key is missing"
    return message


def _key_name(loc: tuple[str | int, ...]) -> str:
    """("server", "allow_networks", 0) -> "[server] allow_networks[0]"."""
    sections: list[str] = []
    for part in loc:
        if isinstance(part, int) and sections:
            sections[-1] += f"[{part}]"
        else:
            sections.append(str(part))
    if len(sections) == 1:
        return sections[0]
    return f"[{'.'.join(sections[:-1])}] {sections[-1]}"


def config_from_document(doc: TomlDocument) -> Config:
    """Validate a parsed document; every fault is reported with file, line and key."""
    data = dict(doc.data)
    _resolve_paths(data, doc.path.parent.resolve())
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            problems.append(f"{doc.where(loc)}: {_key_name(loc)}: {_describe(error)}")
        raise ConfigError(problems) from None


def load_config(path: Path | str) -> Config:
    """Read and validate the config file at `path` (raises ConfigError, never a traceback)."""
    return config_from_document(load_toml(Path(path)))
