"""`curveball` command line: serve, check, log, outbox, hash-password, version."""

from __future__ import annotations

import asyncio
import getpass
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from gateway import __version__
from gateway.config import Config, load_config
from gateway.errors import ConfigError

app = typer.Typer(
    name="curveball",
    help="Curveball: a policy gateway (SMTP proxy) in front of customer-support mailboxes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
outbox_app = typer.Typer(help="Mail the gateway owes: retries, bounces, replies, routed copies.", no_args_is_help=True)
app.add_typer(outbox_app, name="outbox")

ConfigOption = Annotated[
    Path,
    typer.Option("--config", "-c", envvar="CURVEBALL_CONFIG", help="Config file (TOML).", show_default=True),
]
JsonOption = Annotated[bool, typer.Option("--json", help="One JSON object per line.")]


def _load(path: Path) -> Config:
    try:
        return load_config(path)
    except ConfigError as exc:
        for problem in exc.problems:
            typer.echo(f"error: {problem}", err=True)
        raise typer.Exit(2) from None


def _print_rows(rows: list[dict[str, Any]], as_json: bool, columns: list[str]) -> None:
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, default=str, ensure_ascii=False))
        return
    for row in rows:
        typer.echo("  ".join(str(row.get(column, "")) for column in columns))


@app.command()
def serve(config: ConfigOption = Path("config.toml")) -> None:
    """Run the gateway until SIGTERM/SIGINT (graceful: in-flight messages finish first)."""
    from gateway.app import Gateway
    from gateway.logs import setup_logging

    settings = _load(config)
    setup_logging(settings.server.gateway_id, fmt=settings.logging.format, level=settings.logging.level)
    asyncio.run(Gateway(settings).run_until_signal())


@app.command()
def check(config: ConfigOption = Path("config.toml")) -> None:
    """Validate the configuration; exits non-zero and names file, line and key of each problem."""
    settings = _load(config)
    typer.echo(
        f"ok: {config} (listen {settings.server.listen}, upstream {settings.upstream.url}, "
        f"{len(settings.mailbox.addresses)} mailbox address(es))"
    )


@app.command("log")
def log_command(
    config: ConfigOption = Path("config.toml"),
    as_json: JsonOption = False,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many messages, newest first.")] = 50,
    outcome: Annotated[str | None, typer.Option(help="Only this outcome (delivered, tempfailed, ...).")] = None,
) -> None:
    """List the messages the gateway handled, newest first."""
    from gateway.store.database import open_database
    from gateway.store.messages import recent_messages

    settings = _load(config)

    async def fetch() -> list[dict[str, Any]]:
        engine = await open_database(settings.database)
        try:
            return await recent_messages(engine, limit=limit, outcome=outcome)
        finally:
            await engine.dispose()

    rows = asyncio.run(fetch())
    _print_rows(rows, as_json, ["received_at", "id", "outcome", "mail_from", "subject", "reply"])


@outbox_app.command("list")
def outbox_list(
    config: ConfigOption = Path("config.toml"),
    as_json: JsonOption = False,
    status: Annotated[str | None, typer.Option(help="pending, sent or failed")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 100,
) -> None:
    """List outbox items, newest first."""
    from gateway.store.database import open_database
    from gateway.store.outbox import list_outbox

    settings = _load(config)

    async def fetch() -> list[dict[str, Any]]:
        engine = await open_database(settings.database)
        try:
            return await list_outbox(engine, status=status, limit=limit)
        finally:
            await engine.dispose()

    rows = asyncio.run(fetch())
    _print_rows(rows, as_json, ["created_at", "id", "kind", "status", "attempts", "rcpt_tos", "last_error"])


@app.command("hash-password")
def hash_password_command() -> None:
    """Read a password (from the terminal, or one line of stdin) and print its hash for [server.auth.users]."""
    from gateway.passwords import hash_password

    password = getpass.getpass("Password: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    if not password:
        typer.echo("error: empty password", err=True)
        raise typer.Exit(2)
    typer.echo(hash_password(password))


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(f"curveball {__version__}")


def main() -> None:
    app()
