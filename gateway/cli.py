"""`curveball` command line: serve, check, log, outbox, hash-password, version."""

from __future__ import annotations

import asyncio
import dataclasses
import getpass
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from gateway import __version__
from gateway.config import Config, load_config
from gateway.errors import ConfigError

if TYPE_CHECKING:
    from gateway.calibrate import Recipe
    from gateway.policy.loader import PolicySet

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


def _exit_with_problems(exc: ConfigError) -> NoReturn:
    """Each problem of a config, policy or lexicon file on its own `error:` line, then exit 2."""
    for problem in exc.problems:
        typer.echo(f"error: {problem}", err=True)
    raise typer.Exit(2) from None


def _load(path: Path) -> Config:
    try:
        return load_config(path)
    except ConfigError as exc:
        _exit_with_problems(exc)


def _print_rows(rows: list[dict[str, Any]], as_json: bool, columns: list[str]) -> None:
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, default=str, ensure_ascii=False))
        return
    for row in rows:
        typer.echo("  ".join(str(row.get(column, "")) for column in columns))


@app.command()
def serve(
    config: ConfigOption = Path("config.toml"),
    worker: Annotated[int | None, typer.Option(hidden=True, help="Internal: run as worker N.")] = None,
) -> None:
    """Run the gateway until SIGTERM/SIGINT (graceful: in-flight messages finish first).

    With `[server] workers = N` (N > 1) this process supervises N gateway processes that share
    the listen port."""
    from gateway.app import Gateway
    from gateway.logs import setup_logging
    from gateway.supervisor import Supervisor

    settings = _load(config)
    log_format, level = settings.logging.format, settings.logging.level
    setup_logging(settings.server.gateway_id, fmt=log_format, level=level, worker=worker)
    if worker is None and settings.server.workers > 1:
        raise typer.Exit(Supervisor(config, settings).run())
    asyncio.run(Gateway(settings, worker=worker).run_until_signal())


@app.command()
def check(config: ConfigOption = Path("config.toml")) -> None:
    """Validate the configuration and every policy and lexicon file; exits non-zero naming file,
    line and what is wrong for each problem."""
    from gateway.policy.loader import load_policy_set

    settings = _load(config)
    try:
        policy_set = load_policy_set(settings.policies.dir, routes=settings.routes)
    except ConfigError as exc:
        _exit_with_problems(exc)
    typer.echo(
        f"ok: {config} (listen {settings.server.listen}, upstream {settings.upstream.url}, "
        f"{len(settings.mailbox.addresses)} mailbox address(es))"
    )
    typer.echo(
        f"ok: {settings.policies.dir} ({len(policy_set.policies)} policies, {len(policy_set.detectors)} detectors, "
        f"{len(policy_set.matcher.phrases)} phrases, version {policy_set.version})"
    )
    for warning in policy_set.warnings:
        typer.echo(f"warning: {warning}", err=True)


def _settings(config: Path) -> Config | None:
    """The config for dry runs, read once; they also run without one (then with ./policies)."""
    return _load(config) if config.exists() else None


def _policy_set(settings: Config | None, policies: Path | None, *, calibrated: bool = True) -> tuple[Any, float]:
    """The policy set for dry runs: --policies DIR, else the config's, else ./policies."""
    from gateway.policy.loader import load_policy_set

    routes: Any = None
    budget = 0.25
    directory = policies
    if settings is not None:
        routes, budget = settings.routes, settings.policies.cpu_budget
        directory = directory or settings.policies.dir
    try:
        return load_policy_set(directory or Path("policies"), routes=routes, calibrated=calibrated), budget
    except ConfigError as exc:
        _exit_with_problems(exc)


def _learned(settings: Config | None, use: bool = True) -> Any:
    """The config's learned layer ([classifier]), as the gateway runs it; None without one (or `use`)."""
    if not use or settings is None:
        return None
    from gateway.classifier import load_learned

    try:
        return load_learned(settings.classifier)
    except ConfigError as exc:
        _exit_with_problems(exc)


ClassifierOption = Annotated[
    bool, typer.Option("--classifier/--no-classifier", help="Use the config's learned layer, if it has one.")
]
PathsArgument = Annotated[list[Path], typer.Argument(help=".eml files, folders of them, Maildirs or mbox files.")]
PoliciesOption = Annotated[Path | None, typer.Option("--policies", help="Policy directory (default: the config's).")]


@app.command("test")
def test_command(
    paths: PathsArgument,
    config: ConfigOption = Path("config.toml"),
    policies: PoliciesOption = None,
    as_json: JsonOption = False,
    classifier: ClassifierOption = True,
) -> None:
    """Run messages through the policies with no side effects (no database, no mail) and explain."""
    from gateway.mailsource import iter_messages
    from gateway.policy.explain import as_json as explain_json
    from gateway.policy.explain import as_text
    from gateway.policy.inspect import inspect_message
    from gateway.policy.language import warm_up

    settings = _settings(config)
    policy_set, budget = _policy_set(settings, policies)
    learned = _learned(settings, classifier)
    warm_up()
    for path in paths:
        for name, raw in iter_messages(path):
            sender = _envelope_sender(raw)
            inspection = inspect_message(raw, policy_set, budget=budget, mail_from=sender, learned=learned)
            if as_json:
                typer.echo(json.dumps(explain_json(name, inspection), ensure_ascii=False))
            else:
                typer.echo(as_text(name, inspection) + "\n")


def _envelope_sender(raw: bytes) -> str:
    """For dry runs: Return-Path if the file has one, else the From address (never the null sender)."""
    from email.utils import parseaddr

    from gateway.headers import first_values, split_message

    values = first_values(split_message(raw)[0], ("return-path", "from"))
    if "return-path" in values:
        return values["return-path"].strip().strip("<>")
    return parseaddr(values.get("from", ""))[1] or "unknown@invalid"


@app.command()
def replay(
    paths: PathsArgument,
    policies: Annotated[Path, typer.Option("--policies", help="The other policy directory to compare with.")],
    config: ConfigOption = Path("config.toml"),
    as_json: JsonOption = False,
) -> None:
    """Compare the current policy set with another on real mail: prints messages whose outcome
    (tags, disposition, routes) would change, then totals."""
    from gateway.mailsource import iter_messages
    from gateway.policy.inspect import inspect_message
    from gateway.policy.language import warm_up

    settings = _settings(config)
    current, budget = _policy_set(settings, None)
    other, _ = _policy_set(settings, policies)
    learned = _learned(settings)
    warm_up()
    total = changed = 0
    tag_changes: dict[str, list[int]] = {}
    for path in paths:
        for name, raw in iter_messages(path):
            total += 1
            sender = _envelope_sender(raw)
            before = inspect_message(raw, current, budget=budget, mail_from=sender, learned=learned).decision
            after = inspect_message(raw, other, budget=budget, mail_from=sender, learned=learned).decision
            old = (before.tags, before.disposition, before.routes, before.redirect)
            new = (after.tags, after.disposition, after.routes, after.redirect)
            if old == new:
                continue
            changed += 1
            added = sorted(set(after.tags) - set(before.tags))
            removed = sorted(set(before.tags) - set(after.tags))
            for tag in added:
                tag_changes.setdefault(tag, [0, 0])[0] += 1
            for tag in removed:
                tag_changes.setdefault(tag, [0, 0])[1] += 1
            row = {
                "file": name,
                "tags_added": added,
                "tags_removed": removed,
                "disposition": [before.disposition, after.disposition],
                "routes": [
                    list(before.routes) + ([before.redirect] if before.redirect else []),
                    list(after.routes) + ([after.redirect] if after.redirect else []),
                ],
            }
            if as_json:
                typer.echo(json.dumps(row, ensure_ascii=False))
            else:
                parts = [f"+{t}" for t in added] + [f"-{t}" for t in removed]
                if before.disposition != after.disposition:
                    parts.append(f"{before.disposition} -> {after.disposition}")
                if row["routes"][0] != row["routes"][1]:
                    parts.append(f"routes {row['routes'][0]} -> {row['routes'][1]}")
                typer.echo(f"{name}: {', '.join(parts)}")
    summary = {
        "messages": total,
        "changed": changed,
        "tags": {t: {"added": a, "removed": r} for t, (a, r) in sorted(tag_changes.items())},
    }
    if as_json:
        typer.echo(json.dumps({"totals": summary}))
    else:
        typer.echo(f"\n{changed} of {total} message(s) would change")
        for tag, (added_count, removed_count) in sorted(tag_changes.items()):
            typer.echo(f"  {tag}: +{added_count} -{removed_count}")


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


@app.command("eval")
def eval_command(
    corpus: Annotated[Path, typer.Argument(help="Corpus folder with manifest.toml (e.g. tests/corpus).")],
    config: ConfigOption = Path("config.toml"),
    policies: PoliciesOption = None,
    as_json: JsonOption = False,
    failures: Annotated[int, typer.Option(help="How many failing messages to list (text output).")] = 50,
    classifier: ClassifierOption = True,
) -> None:
    """Precision, recall and F1 per tag and per language on a labelled corpus, through the gateway's
    own code path, with the failing messages and why."""
    from gateway.evaluation import CorpusError, evaluate_corpus
    from gateway.policy.language import warm_up

    settings = _settings(config)
    policy_set, _ = _policy_set(settings, policies)
    learned = _learned(settings, classifier)
    warm_up()
    try:
        report = evaluate_corpus(corpus, policy_set, learned=learned)
    except CorpusError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if as_json:
        out = {
            "messages": report.messages,
            "seconds": round(report.seconds, 3),
            "messages_per_second": round(report.throughput, 1),
            "language_accuracy": round(report.detected_language_right / max(report.messages, 1), 4),
            "calibrated": sorted(policy_set.calibrated),
            "tags": {tag: c.as_dict() for tag, c in sorted(report.by_tag.items())},
            "tags_by_language": {
                tag: {lang: c.as_dict() for (t, lang), c in sorted(report.by_tag_language.items()) if t == tag}
                for tag in sorted(report.by_tag)
            },
            "failures": [f.__dict__ for f in report.failures],
        }
        typer.echo(json.dumps(out, ensure_ascii=False, default=list))
        return
    typer.echo(
        f"{report.messages} messages in {report.seconds:.2f} s ({report.throughput:.0f} messages/s); "
        f"language detected right for {report.detected_language_right}/{report.messages}"
        + ("; with the config's learned layer" if learned is not None else "")
        + (f"; calibrated weights for {', '.join(sorted(policy_set.calibrated))}" if policy_set.calibrated else "")
        + "\n"
    )
    typer.echo(
        f"{'tag':<18} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>10} {'(low)':>6} {'recall':>7} {'(low)':>6} {'f1':>6}"
    )
    for tag, c in sorted(report.by_tag.items()):
        typer.echo(
            f"{tag:<18} {c.tp:>4} {c.fp:>4} {c.fn:>4} {c.precision:>10.3f} {c.precision_low:>6.2f} "
            f"{c.recall:>7.3f} {c.recall_low:>6.2f} {c.f1:>6.3f}"
        )
    typer.echo("(low): lower end of the 95 % interval; a figure from a few messages proves little")
    languages = sorted(report.languages)
    typer.echo(
        f"\nper language: precision/recall and, after them, how many messages expect the tag\n{'tag':<18} "
        + " ".join(f"{lang:>12}" for lang in languages)
    )
    for tag in sorted(report.by_tag):
        cells = []
        for lang in languages:
            cell = report.by_tag_language.get((tag, lang))
            shown = cell and (cell.tp + cell.fp + cell.fn)
            cells.append(f"{cell.precision:.2f}/{cell.recall:.2f} {cell.tp + cell.fn:>2}" if cell and shown else "-")
        typer.echo(f"{tag:<18} " + " ".join(f"{cell:>12}" for cell in cells))
    if report.failures:
        typer.echo(
            f"\n{len(report.failures)} message(s) with a wrong tag (showing {min(failures, len(report.failures))}):"
        )
        for failure in report.failures[:failures]:
            marks = [f"missed {t}" for t in failure.missed] + [f"wrong {t}" for t in failure.wrong]
            typer.echo(f"  {failure.file}: {', '.join(marks)}")
            for line in failure.explanation:
                typer.echo(f"      {line}")


# -- workflows ------------------------------------------------------------------------------------

outage_app = typer.Typer(help="Outage mode: acknowledge customers during an incident.", no_args_is_help=True)
quarantine_app = typer.Typer(help="Messages held back from the mailbox.", no_args_is_help=True)
senders_app = typer.Typer(help="Strikes and blocks for abusive senders.", no_args_is_help=True)
app.add_typer(outage_app, name="outage")
app.add_typer(quarantine_app, name="quarantine")
app.add_typer(senders_app, name="senders")

ActorOption = Annotated[str, typer.Option("--actor", envvar="USER", help="Who does this (recorded in the audit log).")]


def _run(config: Path, action: Any) -> Any:
    """Open the database for one CLI action; CurveballError becomes a clean message and exit 1."""
    from gateway.errors import CurveballError
    from gateway.store.database import open_database

    settings = _load(config)

    async def main() -> Any:
        engine = await open_database(settings.database)
        try:
            return await action(engine, settings)
        finally:
            await engine.dispose()

    try:
        return asyncio.run(main())
    except CurveballError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None


@outage_app.command("start")
def outage_start_command(
    incident_id: Annotated[str, typer.Option("--id", help="Incident id, e.g. INC-42.")],
    summary: Annotated[str, typer.Option(help="What customers are told, in plain words.")],
    status_url: Annotated[str | None, typer.Option(help="Where customers can follow along.")] = None,
    next_update: Annotated[str | None, typer.Option(help="When customers hear next, e.g. '30 min'.")] = None,
    config: ConfigOption = Path("config.toml"),
    actor: ActorOption = "cli",
) -> None:
    """Declare an incident: every node acknowledges each writing customer once, within about a second."""
    from gateway.operations import outage_start

    async def action(engine: Any, settings: Config) -> Any:
        return await outage_start(engine, incident_id=incident_id, summary=summary, status_url=status_url,
                                  next_update=next_update, actor=actor)  # fmt: skip

    incident = _run(config, action)
    typer.echo(f"incident {incident.id} started: {incident.summary}")


@outage_app.command("end")
def outage_end_command(
    notify: Annotated[
        bool, typer.Option("--notify", help="Send everyone acknowledged a 'resolved' follow-up.")
    ] = False,
    config: ConfigOption = Path("config.toml"),
    actor: ActorOption = "cli",
) -> None:
    """End the active incident."""
    from gateway.operations import outage_end

    policy_set, _ = _policy_set(_settings(config), None)

    async def action(engine: Any, settings: Config) -> Any:
        return await outage_end(engine, settings, policy_set.templates, notify=notify, actor=actor)

    ended = _run(config, action)
    typer.echo(f"incident {ended.incident.id} ended" + (f"; {ended.notified} follow-up(s) queued" if notify else ""))


@outage_app.command("status")
def outage_status_command(config: ConfigOption = Path("config.toml"), as_json: JsonOption = False) -> None:
    """The active incident (if any) and the recent ones."""
    from gateway.store.incidents import recent_incidents

    async def action(engine: Any, settings: Config) -> Any:
        return await recent_incidents(engine)

    incidents = _run(config, action)
    active = next((i for i in incidents if i.ended_at is None), None)
    if as_json:
        typer.echo(json.dumps({"active": active.as_dict() if active else None,
                               "recent": [i.as_dict() for i in incidents]}))  # fmt: skip
        return
    typer.echo(f"active: {active.id} — {active.summary} (since {active.started_at:%Y-%m-%d %H:%M})" if active
               else "active: none")  # fmt: skip
    for incident in incidents:
        if incident is not active:
            typer.echo(f"  {incident.id}  {incident.started_at:%Y-%m-%d %H:%M} .. {incident.ended_at:%H:%M}  "
                       f"{incident.summary}")  # fmt: skip


@quarantine_app.command("list")
def quarantine_list(
    config: ConfigOption = Path("config.toml"),
    as_json: JsonOption = False,
    status: Annotated[str, typer.Option(help="held, released, deleted, purged or all")] = "held",
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 100,
) -> None:
    """Held messages, newest first (metadata only; the text needs `quarantine show`)."""
    from gateway.store.quarantine import list_quarantine

    async def action(engine: Any, settings: Config) -> Any:
        return await list_quarantine(engine, status=None if status == "all" else status, limit=limit)

    _print_rows(_run(config, action), as_json, ["created_at", "id", "status", "sender", "tags", "subject"])


@quarantine_app.command("show")
def quarantine_show(
    message_id: str,
    config: ConfigOption = Path("config.toml"),
    as_json: JsonOption = False,
    raw: Annotated[bool, typer.Option("--raw", help="Print the message source instead of the decoded view.")] = False,
    actor: ActorOption = "cli",
) -> None:
    """The held message decoded for review: text, attachments, MIME defects (reading it is audited)."""
    from gateway.operations import now
    from gateway.readable import readable
    from gateway.store.audit import audit
    from gateway.store.quarantine import get_held

    async def action(engine: Any, settings: Config) -> Any:
        row = await get_held(engine, message_id)
        async with engine.begin() as connection:
            await audit(connection, at=now(), actor=actor, action="quarantine.show", target=message_id)
        return row

    row = _run(config, action)
    data: bytes = row.pop("data")
    view = readable(data)
    if as_json:
        row["message"] = data.decode("utf-8", "replace")
        row["decoded"] = dataclasses.asdict(view)
        typer.echo(json.dumps(row, default=str, ensure_ascii=False))
        return
    for key in ("id", "created_at", "status", "mail_from", "sender", "subject", "tags", "policies", "reason"):
        typer.echo(f"{key:>10}: {row[key]}")
    typer.echo("")
    if raw:
        typer.echo(data.decode("utf-8", "replace"))
        return
    typer.echo(f"{'From':>10}: {view.sender}\n{'To':>10}: {view.to}\n{'Date':>10}: {view.date}")
    for attachment in view.attachments:
        typer.echo(f"{'attached':>10}: {attachment.filename} ({attachment.content_type}, {attachment.size} bytes)")
    for defect in view.defects:
        typer.echo(f"{'defect':>10}: {defect}")
    typer.echo("")
    typer.echo(view.text or "(no text)")


@quarantine_app.command("release")
def quarantine_release_command(
    message_id: str,
    clear_strikes: Annotated[bool, typer.Option(help="Also forget the sender's strikes and unblock.")] = False,
    config: ConfigOption = Path("config.toml"),
    actor: ActorOption = "cli",
) -> None:
    """Deliver the original message to the mailbox (tagged released), once."""
    from gateway.operations import now, quarantine_release
    from gateway.store.quarantine import get_held
    from gateway.store.senders import unblock

    async def action(engine: Any, settings: Config) -> Any:
        row = await get_held(engine, message_id)
        item = await quarantine_release(engine, message_id, actor=actor)
        if clear_strikes:
            await unblock(engine, sender=(row["sender"] or row["mail_from"]).lower(), at=now(), actor=actor,
                          clear_strikes=True)  # fmt: skip
        return item

    _run(config, action)
    typer.echo(f"released {message_id}: queued for delivery")


@quarantine_app.command("delete")
def quarantine_delete_command(
    message_id: str, config: ConfigOption = Path("config.toml"), actor: ActorOption = "cli"
) -> None:
    """Drop a held message's content (its record stays for the audit trail)."""
    from gateway.operations import now
    from gateway.store.quarantine import delete

    async def action(engine: Any, settings: Config) -> Any:
        await delete(engine, message_id, actor=actor, now=now())

    _run(config, action)
    typer.echo(f"deleted {message_id}")


@senders_app.command("list")
def senders_list(config: ConfigOption = Path("config.toml"), as_json: JsonOption = False) -> None:
    """Senders with strikes in the window, and blocked senders."""
    from gateway.operations import now
    from gateway.store.senders import list_senders

    async def action(engine: Any, settings: Config) -> Any:
        return await list_senders(engine, window=settings.abuse.strike_window, now=now())

    _print_rows(_run(config, action), as_json, ["sender", "strikes", "blocked", "blocked_at", "reason"])


@senders_app.command("block")
def senders_block(
    sender: str,
    reason: Annotated[str, typer.Option(help="Why (recorded).")] = "blocked by an operator",
    config: ConfigOption = Path("config.toml"),
    actor: ActorOption = "cli",
) -> None:
    """Block a sender: their mail is quarantined without being read."""
    from gateway.operations import now
    from gateway.store.senders import block_now

    async def action(engine: Any, settings: Config) -> Any:
        return await block_now(engine, sender=sender.lower(), at=now(), actor=actor, reason=reason)

    typer.echo(f"blocked {sender}" if _run(config, action) else f"{sender} was already blocked")


@senders_app.command("unblock")
def senders_unblock(
    sender: str,
    clear_strikes: Annotated[bool, typer.Option(help="Also forget their strikes.")] = False,
    config: ConfigOption = Path("config.toml"),
    actor: ActorOption = "cli",
) -> None:
    """Unblock a sender."""
    from gateway.operations import now
    from gateway.store.senders import unblock

    async def action(engine: Any, settings: Config) -> Any:
        return await unblock(engine, sender=sender.lower(), at=now(), actor=actor, clear_strikes=clear_strikes)

    typer.echo(f"unblocked {sender}" if _run(config, action) else f"{sender} was not blocked")


@app.command("audit")
def audit_command(
    config: ConfigOption = Path("config.toml"),
    as_json: JsonOption = False,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 50,
) -> None:
    """Who did what, newest first."""
    from gateway.store.audit import list_audit

    async def action(engine: Any, settings: Config) -> Any:
        return await list_audit(engine, limit=limit)

    _print_rows(_run(config, action), as_json, ["at", "actor", "action", "target", "details"])


@app.command()
def train(
    labels: Annotated[Path, typer.Option("--labels", help="manifest.toml: [[message]] file|message_id, expect")],
    out: Annotated[Path, typer.Option("--out", help="Where to store the model.")] = Path("var/classifier.joblib"),
    sources: Annotated[
        list[Path] | None, typer.Argument(help="Maildirs/mbox with the messages named by message_id.")
    ] = None,
    plugin_name: Annotated[str, typer.Option("--plugin", help="Classifier plugin.")] = "linear",
) -> None:
    """Train the optional learned layer on your own labelled mail (stored locally; nothing downloaded)."""
    from gateway.classifier import classifier_text, plugin
    from gateway.labelled import LabelsError, read_labels
    from gateway.policy.content import parse_view
    from gateway.policy.replies import new_text

    try:
        messages, warnings = read_labels(labels, sources or ())
    except LabelsError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    for warning in warnings:
        typer.echo(f"warning: {warning}", err=True)
    texts: list[str] = []
    targets: list[frozenset[str]] = []
    for message in messages:
        view = parse_view(message.raw)
        texts.append(classifier_text(view.subject, new_text(view.text)))
        targets.append(message.expect)
    if len(texts) < 10:
        typer.echo(f"error: only {len(texts)} labelled message(s); a classifier needs more", err=True)
        raise typer.Exit(2)
    try:
        model = plugin(plugin_name).train(texts, targets)
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    model.save(out)
    tags = sorted({tag for labelled in targets for tag in labelled})
    typer.echo(f"trained {plugin_name} on {len(texts)} messages, {len(tags)} tags -> {out}")


@app.command()
def calibrate(
    sources: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Folders with manifest.toml files (searched recursively); with --labels, the Maildirs/mbox "
            "holding the messages it names by message_id."
        ),
    ] = None,
    labels: Annotated[
        Path | None, typer.Option("--labels", help="manifest.toml: [[message]] file|message_id, expect, forbid")
    ] = None,
    config: ConfigOption = Path("config.toml"),
    policies: PoliciesOption = None,
    detector: Annotated[
        list[str] | None, typer.Option("--detector", "-d", help="Only these detectors (default: every one).")
    ] = None,
    strength: Annotated[
        float | None, typer.Option(help="Pull toward the written weights (higher: smaller changes). [default: 1]")
    ] = None,
    margin: Annotated[
        float | None,
        typer.Option(help="How far above the highest labelled negative the threshold stays. [default: 0.1]"),
    ] = None,
    folds: Annotated[
        int, typer.Option(help="Also measure on held-out mail: N folds, whole manifests held out (0: off).")
    ] = 0,
    show: Annotated[int, typer.Option(help="List this many of the largest weight changes per detector.")] = 5,
    keep_weak: Annotated[
        bool, typer.Option("--keep-weak", help="A phrase written below the threshold may not fire alone after.")
    ] = False,
    refit: Annotated[
        bool,
        typer.Option(
            "--refit",
            help="Fit the calibrated detectors again, on the mail and with the options their files record "
            "([fit]): after a lexicon edit or an upgrade.",
        ),
    ] = False,
    write: Annotated[bool, typer.Option("--write", help="Write POLICIES/calibration/<detector>.toml.")] = False,
) -> None:
    """Fit phrase and combo weights and each threshold on labelled mail, starting from the weights
    as written (needs the `ml` extra). A message counts for the detectors it expects or forbids.
    Without --write, only shows what would change."""
    from gateway.calibrate import Recipe, RecipeError, read_recipe
    from gateway.policy.calibration import FOLDER

    settings = _settings(config)
    policy_set, _ = _policy_set(settings, policies, calibrated=False)
    unknown = sorted(set(detector or ()) - policy_set.detectors.keys())
    if unknown:
        typer.echo(f"error: unknown detector(s): {', '.join(unknown)}", err=True)
        raise typer.Exit(2)
    folder = policy_set.directory / FOLDER
    recipes: dict[str, Recipe] = {}  # detector -> how to fit it
    if refit:
        options = {"folders": sources, "--labels": labels, "--strength": strength, "--margin": margin}
        given = [name for name, value in options.items() if value not in (None, [])]
        given += ["--keep-weak"] if keep_weak else []
        if given:
            typer.echo(f"error: --refit repeats what each calibration file records; drop {', '.join(given)}", err=True)
            raise typer.Exit(2)
        names = detector or sorted(p.stem for p in folder.glob("*.toml") if p.stem in policy_set.detectors)
        if not names:
            typer.echo(f"error: nothing to refit: no calibration files in {folder}", err=True)
            raise typer.Exit(2)
        try:
            for name in names:
                recipes[name] = read_recipe(folder / f"{name}.toml")
        except (RecipeError, OSError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
    elif not sources and labels is None:
        typer.echo("error: name folders of labelled mail, or --labels FILE (or --refit)", err=True)
        raise typer.Exit(2)
    else:
        recipe = Recipe(
            tuple(str(p) for p in sources or ()),
            None if labels is None else str(labels),
            Recipe.strength if strength is None else strength,
            Recipe.margin if margin is None else margin,
            keep_weak,
        )
        recipes = dict.fromkeys(detector or sorted(policy_set.detectors), recipe)
    try:
        import scipy  # noqa: F401  (the fit needs it; say so before reading any mail)
    except ImportError:
        typer.echo("error: curveball calibrate needs the ml extra: pip install 'curveball[ml]'", err=True)
        raise typer.Exit(2) from None
    by_mail: dict[tuple[tuple[str, ...], str | None], dict[str, Recipe]] = {}
    for name, recipe in recipes.items():  # the mail is read once for all detectors fitted on it
        by_mail.setdefault((recipe.sources, recipe.labels), {})[name] = recipe
    for fits in by_mail.values():
        _calibrate(policy_set, fits, folds=folds, show=show, write=folder if write else None)
    if write:
        typer.echo(f"written to {folder}/ (applies on the next policy reload)")


def _calibrate(policy_set: PolicySet, fits: dict[str, Recipe], *, folds: int, show: int, write: Path | None) -> None:
    """Detectors fitted on the same mail (`fits`: detector -> its recipe): the mail is read once, then
    each detector is fitted with its own options, shown, and written into the folder `write`."""
    from gateway.calibrate import collect, cross_validate, fit, largest_changes, render, written_weights
    from gateway.labelled import LabelsError, labelled_folders, read_labels
    from gateway.policy.language import warm_up

    warm_up()
    written = written_weights(policy_set)
    first = next(iter(fits.values()))
    sources = [Path(s) for s in first.sources]
    try:
        if first.labels is not None:
            messages, warnings = read_labels(Path(first.labels), sources)
            for warning in warnings:
                typer.echo(f"warning: {warning}", err=True)
            examples = collect(policy_set, messages, written)
        else:
            examples = collect(policy_set, labelled_folders(sources), written)
    except (LabelsError, OSError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    for name, recipe in fits.items():
        how = {"strength": recipe.strength, "margin": recipe.margin}
        threshold = policy_set.detectors[name].threshold
        fitted = fit(name, examples[name], written.get(name, {}), threshold, **how, keep_weak=recipe.keep_weak)
        if fitted is None:
            typer.echo(f"{name}: too few labelled messages ({len(examples[name])}), not fitted")
            continue
        b, a = fitted.before, fitted.after
        typer.echo(
            f"{name}: {len(fitted.weights)} weights changed, threshold {threshold:g} -> {fitted.threshold:g}; "
            f"on {fitted.examples} messages tp {b.tp} -> {a.tp}, fp {b.fp} -> {a.fp}, fn {b.fn} -> {a.fn}"
        )
        for line in largest_changes(fitted, show):
            typer.echo(f"  {line}")
        if folds > 1:
            held = cross_validate(
                name, examples[name], written.get(name, {}), threshold, folds=folds, **how, keep_weak=recipe.keep_weak
            )
            if held is None:
                typer.echo(f"  held out: too few labelled messages for {folds} folds")
            else:
                b, a = held
                typer.echo(
                    f"  held out ({folds} folds): precision {b.precision:.3f} -> {a.precision:.3f}, "
                    f"recall {b.recall:.3f} -> {a.recall:.3f} (tp {b.tp} -> {a.tp}, fp {b.fp} -> {a.fp})"
                )
        if write is not None:
            write.mkdir(exist_ok=True)
            (write / f"{name}.toml").write_text(render(fitted, recipe), encoding="utf-8")
