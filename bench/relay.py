"""Relay benchmark: the gateway against a bare aiosmtpd relay, both forwarding to the same sink.

The target ("pass-through costs at most 10 %") is relative, so both sides are measured in the same
run, on the same machine, alternately: the noise of a shared 2-core box then hits both. Each side is
its own process (sink, bare relay, gateway, load generator), like a real deployment. Throughput
comes from Postfix's smtp-source when it is installed (a C client: it leaves the CPU to the target),
latency from a Python client that times every message from MAIL to the DATA reply. The gateway
runs as operators run it: info logging, one database row per message, synchronous=FULL.

    .venv/bin/python bench/relay.py [--quick] [--messages N] [--repeat R] [--json]

The same file also runs the helper processes: --sink, --bare-relay and --load (internal).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import math
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

import aiosmtplib

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
SENDER = "jane.customer@example.org"
RECIPIENT = "support@example.com"
POOL_SIZE = 16  # upstream connections, the same for the gateway and the bare relay
SIZES = {"5KB": 5 * 1024, "50KB": 50 * 1024}
CONCURRENCY = (1, 10, 50)
SMTP_SINK = shutil.which("smtp-sink") or "/usr/sbin/smtp-sink"
SMTP_SOURCE = shutil.which("smtp-source") or "/usr/sbin/smtp-source"
WORDS = (  # noqa: SIM905  (a sentence reads better than a list of 47 quoted words)
    "order invoice refund shipping account password delivery please thanks regards customer support "
    "issue ticket problem update the a to of and for with my your we you is was not it on this that "
    "received package damaged tracking number weeks ago still waiting reply urgent help subscription"
).split()


# --- messages ------------------------------------------------------------------------------------


def _text(rng: random.Random, chars: int) -> str:
    """Wrapped prose of about `chars` characters: what a customer writes, not random bytes."""
    words: list[str] = []
    total = 0
    while total < chars:
        word = rng.choice(WORDS)
        words.append(word)
        total += len(word) + 1
    lines = textwrap.wrap(" ".join(words), 72)
    return "".join(line + ("\r\n\r\n" if n % 6 == 5 else "\r\n") for n, line in enumerate(lines))


# A customer's complaint on top of the thread it answers: what most support mail looks like. Only
# the new text is analysed (history and signature are stripped first), unlike the "words" text,
# where every word of the message is a lexicon word: the policy engine's worst case.
THREAD_NEW = """Hello,

I am writing for the third time this week. Since Monday morning none of my colleagues can log in
to the dashboard, and the export of last month's invoices fails with "error 502". We are a team of
forty people and we depend on this every day. I would like to know when this will be fixed and
whether we will be compensated for the lost working days.

Kind regards,
Jane Customer
Operations lead
"""
THREAD_QUOTE = """
On {day} Nov 2026 at 09:{minute:02d}, Example Support <support@example.com> wrote:
> Dear Jane,
> thank you for your message. We have passed the details on to our engineers and will get back
> to you as soon as we know more. Ticket 48213 stays open until then.
> Best regards, the support team
"""


def _thread(chars: int) -> str:
    text, day = THREAD_NEW, 23
    while len(text) < chars:
        text += THREAD_QUOTE.format(day=day, minute=len(text) % 60)
        day -= 1
    return "".join(line + "\r\n" for line in text[:chars].splitlines())


def make_message(size: int, text: str = "words") -> bytes:
    """A deterministic RFC 5322 message of about `size` bytes: plain text, or multipart with an
    HTML alternative and a base64 attachment for the big one (that is what 50 KB support mail is).
    `text` is "words" (support vocabulary shuffled) or "thread" (a complaint above quoted history)."""
    rng = random.Random(size)

    def prose(chars: int) -> str:
        return _text(rng, chars) if text == "words" else _thread(chars)

    head = (
        "Received: from mx.example.org (mx.example.org [192.0.2.10])\r\n"
        "\tby mail.example.org (Postfix) with ESMTPS id 4XyZ1k2LmN; Mon, 3 Jun 2024 09:14:07 +0000\r\n"
        f"From: Jane Customer <{SENDER}>\r\nTo: Example Support <{RECIPIENT}>\r\n"
        "Subject: Order 48213: package arrived damaged, please advise\r\n"
        "Date: Mon, 3 Jun 2024 11:14:05 +0200\r\n"
        f"Message-ID: <bench.{size}.20240603091405@example.org>\r\nMIME-Version: 1.0\r\n"
    )
    if size < 20 * 1024:
        head += 'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n'
        return (head + prose(size - len(head) - 40)).encode()
    plain = prose(size // 5)
    html = "<html><body><p>" + prose(size // 4).replace("\r\n\r\n", "</p><p>") + "</p></body></html>\r\n"
    parts = (
        'Content-Type: multipart/mixed; boundary="mixed-b1"\r\n\r\nThis is a multi-part message.\r\n'
        '--mixed-b1\r\nContent-Type: multipart/alternative; boundary="alt-b2"\r\n\r\n'
        f'--alt-b2\r\nContent-Type: text/plain; charset="utf-8"\r\n\r\n{plain}'
        f'--alt-b2\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n{html}--alt-b2--\r\n'
        '--mixed-b1\r\nContent-Type: application/pdf; name="photo-of-damage.pdf"\r\n'
        "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment\r\n\r\n"
    )
    tail = "--mixed-b1--\r\n"
    room = size - len(head) - len(parts) - len(tail)
    blob = rng.randbytes(room * 3 // 4 * 76 // 78)
    encoded = base64.b64encode(blob).decode()
    attachment = "".join(encoded[i : i + 76] + "\r\n" for i in range(0, len(encoded), 76))
    return (head + parts + attachment + tail).encode()


# --- helper processes: sink, bare relay, Python load generator -------------------------------------


class SinkProtocol(asyncio.Protocol):
    """Accept-and-discard SMTP, for machines without smtp-sink: raw asyncio so the sink stays cheap.
    Prints smtp-sink's `mesg=N` counter so both sinks are read the same way."""

    received = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.buffer = b""
        self.in_data = False
        transport.write(b"220 sink.localhost ESMTP\r\n")

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while self.buffer:
            if self.in_data:
                end = self.buffer.find(b"\r\n.\r\n")
                if end == -1:
                    self.buffer = self.buffer[-4:]  # discard the body, keep a possibly split terminator
                    return
                self.buffer, self.in_data = self.buffer[end + 5 :], False
                SinkProtocol.received += 1
                sys.stdout.write(f"mesg={SinkProtocol.received}\r")
                sys.stdout.flush()
                self.transport.write(b"250 2.0.0 Ok: discarded\r\n")
                continue
            line, sep, rest = self.buffer.partition(b"\r\n")
            if not sep:
                return
            self.buffer = rest
            verb = line[:4].upper()
            if verb == b"EHLO":
                self.transport.write(b"250-sink.localhost\r\n250-PIPELINING\r\n250-SIZE 104857600\r\n250 8BITMIME\r\n")
            elif verb == b"DATA":
                self.in_data = True
                self.transport.write(b"354 End data with <CR><LF>.<CR><LF>\r\n")
            elif verb == b"QUIT":
                self.transport.write(b"221 2.0.0 Bye\r\n")
                self.transport.close()
                return
            else:  # HELO, MAIL, RCPT, RSET, NOOP
                self.transport.write(b"250 2.0.0 Ok\r\n")


class BareRelay:
    """The baseline: aiosmtpd in, aiosmtplib out over persistent pooled connections, nothing else."""

    def __init__(self, upstream_port: int, pool_size: int) -> None:
        self._port = upstream_port
        self._slots = asyncio.Semaphore(pool_size)
        self._idle: list[aiosmtplib.SMTP] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        async with self._slots:
            client = self._idle.pop() if self._idle else None
            try:
                if client is None:
                    client = aiosmtplib.SMTP(hostname=HOST, port=self._port, local_hostname="bare.localhost")
                    await client.connect()
                _, message = await client.sendmail(envelope.mail_from, envelope.rcpt_tos, envelope.original_content)
            except (aiosmtplib.SMTPException, OSError) as exc:
                if client is not None:
                    client.close()
                return f"451 4.4.2 upstream failed: {exc}"
            self._idle.append(client)
        return f"250 {message}"


async def serve(factory: Any, port: int) -> None:
    """Serve until SIGTERM/SIGINT."""
    loop = asyncio.get_running_loop()
    server = await loop.create_server(factory, HOST, port)
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await stop.wait()
    server.close()


def bare_relay_factory(upstream_port: int, pool_size: int) -> Any:
    from aiosmtpd.smtp import SMTP

    handler = BareRelay(upstream_port, pool_size)
    # hostname given: otherwise aiosmtpd resolves the FQDN for every connection.
    return lambda: SMTP(handler, hostname="bare.localhost", ident="bare relay", enable_SMTPUTF8=True)


def percentile(values: list[float], pct: float) -> float:
    """Nearest rank: the value below which pct % of the samples lie."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


async def load(port: int, concurrency: int, messages: int, warmup_each: int, data: bytes) -> dict[str, Any]:
    """C persistent connections sending back to back; latency is MAIL to the DATA reply."""
    clients = [
        aiosmtplib.SMTP(hostname=HOST, port=port, local_hostname="loadgen.localhost", timeout=60)
        for _ in range(concurrency)
    ]
    await asyncio.gather(*(client.connect() for client in clients))
    failures: Counter[str] = Counter()
    latencies: list[float] = []

    async def send(client: aiosmtplib.SMTP) -> float | None:
        started = time.perf_counter()
        try:
            await client.sendmail(SENDER, [RECIPIENT], data)
        except aiosmtplib.SMTPResponseException as exc:
            failures[f"{exc.code} {exc.message}"[:80]] += 1
            return None
        except (aiosmtplib.SMTPException, OSError) as exc:
            failures[type(exc).__name__] += 1
            if not client.is_connected:
                await client.connect()
            return None
        return time.perf_counter() - started

    async def warm_up(client: aiosmtplib.SMTP) -> None:
        for _ in range(warmup_each):
            await send(client)

    await asyncio.gather(*(warm_up(client) for client in clients))
    remaining = messages

    async def worker(client: aiosmtplib.SMTP) -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            latency = await send(client)
            if latency is not None:
                latencies.append(latency)

    started = time.perf_counter()
    await asyncio.gather(*(worker(client) for client in clients))
    elapsed = time.perf_counter() - started
    await asyncio.gather(*(client.quit() for client in clients), return_exceptions=True)
    return {
        "sent": messages + warmup_each * concurrency,
        "ok": len(latencies),
        "failures": dict(failures),
        "rate": messages / elapsed,
        "p50_ms": percentile(latencies, 50) * 1000,
        "p99_ms": percentile(latencies, 99) * 1000,
    }


# --- the orchestrator ------------------------------------------------------------------------------


@dataclass
class Sample:
    size: str
    concurrency: int
    target: str  # bare | gateway
    rate_source: float | None  # msgs/s measured by smtp-source
    rate_python: float  # msgs/s measured by the Python client
    p50_ms: float
    p99_ms: float
    cpu_ms: float | None  # CPU time of the target process (all threads) per message, from /proc
    spread_pct: float = 0.0  # (max - min) / median of the throughput over the repeats


def _stat(pid: int) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return None


def cpu_seconds(pid: int) -> float | None:
    """utime + stime of a process, its threads and its live child processes (the gateway's
    workers): CPU per message does not depend on how busy the rest of the machine is, so it is the
    steadiest figure on a shared box (Linux only)."""
    fields = _stat(pid)
    if fields is None:
        return None
    ticks = int(fields[11]) + int(fields[12])
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (child := _stat(int(entry.name))) is not None and child[1] == str(pid):
            ticks += int(child[11]) + int(child[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, proc: subprocess.Popen[bytes], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with code {proc.returncode} before listening; its log ends:")
        with contextlib.suppress(OSError), socket.create_connection((HOST, port), timeout=1):
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not listen on port {port} within {timeout:.0f} s")


def gateway_config(
    work: Path,
    port: int,
    sink_port: int,
    level: str,
    policies: Path | None,
    workers: int = 1,
    classifier: Path | None = None,
) -> Path:
    text = f"""\
[server]
listen = "{HOST}:{port}"
workers = {workers}
hostname = "bench.localhost"
gateway_id = "bench"
max_connections = 500
shutdown_grace = "10s"
[mailbox]
addresses = ["{RECIPIENT}"]
support_address = "{RECIPIENT}"
[upstream]
url = "smtp://{HOST}:{sink_port}"
pool_size = {POOL_SIZE}
[database]
url = "sqlite+aiosqlite:///{work / "curveball.db"}"
sqlite_synchronous = "full"
[admin]
listen = ""
[logging]
format = "json"
level = "{level}"
[routes.legal]
addresses = ["legal@example.com"]
[routes.team_lead]
addresses = ["lead@example.com"]
"""
    if policies is None:  # pass-through: an empty policy directory
        (policies := work / "policies").mkdir(exist_ok=True)
    text += f'[policies]\ndir = "{policies.resolve()}"\n'
    if classifier is not None:  # the learned layer, as `curveball train` writes it
        text += f'[classifier]\nplugin = "linear"\nmodel = "{classifier.resolve()}"\n'
    path = work / "curveball.toml"
    path.write_text(text)
    return path


class Bench:
    """Owns the processes and the counters that prove every message arrived."""

    def __init__(self, args: argparse.Namespace, work: Path) -> None:
        self.args = args
        self.work = work
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.logs: list[IO[bytes]] = []
        self.warnings: list[str] = []
        self.postfix = not args.no_postfix and os.access(SMTP_SINK, os.X_OK) and os.access(SMTP_SOURCE, os.X_OK)
        self.db = work / "curveball.db"
        self.sink_log = work / "sink.log"

    def start(self, what: str, cmd: list[str], port: int, log: Path, cwd: Path | None = None) -> None:
        self.logs.append(out := log.open("wb"))
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=cwd)
        self.procs[what] = proc
        try:
            wait_for_port(port, proc, what)
        except RuntimeError as exc:
            tail = log.read_text(errors="replace").strip().splitlines()[-5:]
            raise RuntimeError("\n".join([str(exc), *tail])) from None
        note(f"{what}: pid {proc.pid}, port {port}")

    def start_all(self) -> dict[str, int]:
        self_cmd = [sys.executable, str(Path(__file__).resolve())]
        sink_port, bare_port, gw_port = free_port(), free_port(), free_port()
        if self.postfix:
            user = "root" if os.geteuid() == 0 else os.environ.get("USER", "nobody")
            cmd = [SMTP_SINK, "-c", "-u", user, "-h", "sink.localhost", f"{HOST}:{sink_port}", "1000"]
        else:
            cmd = [*self_cmd, "--sink", "--listen", str(sink_port)]
        self.start("sink", cmd, sink_port, self.sink_log)
        bare_cmd = [*self_cmd, "--bare-relay", "--listen", str(bare_port), "--upstream", str(sink_port)]
        self.start("bare", bare_cmd, bare_port, self.work / "bare.log")
        config = gateway_config(
            self.work,
            gw_port,
            sink_port,
            self.args.log_level,
            self.args.policies,
            self.args.workers,
            self.args.classifier,
        )
        python = ROOT / ".venv" / "bin" / "python"
        gw_cmd = [str(python if python.exists() else sys.executable), "-m", "gateway", "serve", "--config", str(config)]
        # `python -m gateway` imports the package from its working directory: --tree picks the source.
        self.start("gateway", gw_cmd, gw_port, self.work / "gateway.log", cwd=self.args.tree)
        deadline = time.monotonic() + 60  # the port opens with the first worker: wait for all of them
        while self.gateway_log().count('"event": "gateway.started"') < self.args.workers:
            if time.monotonic() > deadline:
                raise RuntimeError(f"only some of the {self.args.workers} gateway workers started")
            time.sleep(0.1)
        return {"bare": bare_port, "gateway": gw_port}

    def gateway_log(self) -> str:
        return (self.work / "gateway.log").read_text(errors="replace")

    def stop_all(self) -> None:
        """SIGTERM everything we started (the gateway drains gracefully), then kill what lingers."""
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for what, proc in reversed(self.procs.items()):
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.warnings.append(f"{what} ignored SIGTERM for 20 s: killed")
                proc.kill()
                proc.wait(timeout=5)
            if proc.returncode not in (0, -signal.SIGTERM, 143) and what == "gateway":
                self.warnings.append(f"gateway exited with code {proc.returncode}")
        for log in self.logs:
            log.close()

    def sink_count(self) -> int:
        with self.sink_log.open("rb") as log:
            log.seek(max(0, self.sink_log.stat().st_size - 256))
            counts = re.findall(rb"mesg=(\d+)", log.read())
        return int(counts[-1]) if counts else 0

    def db_counts(self) -> Counter[str]:
        with contextlib.closing(sqlite3.connect(self.db, timeout=30)) as db:
            return Counter(dict(db.execute("SELECT outcome, count(*) FROM messages GROUP BY outcome").fetchall()))

    def smtp_source(self, where: str, port: int, concurrency: int, count: int, message: Path) -> float:
        cmd = [SMTP_SOURCE, "-d", "-F", str(message), "-M", "loadgen.localhost", "-m", str(count)]
        cmd += ["-s", str(concurrency), "-f", SENDER, "-t", RECIPIENT, f"{HOST}:{port}"]
        started = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, timeout=60 + count * 0.05, check=False)
        elapsed = time.perf_counter() - started
        if done.returncode != 0 or done.stdout or done.stderr:
            text = (done.stdout + done.stderr).decode(errors="replace").strip()[:300]
            self.warnings.append(f"{where}: smtp-source exited {done.returncode}: {text}")
        return count / elapsed

    def python_load(self, port: int, concurrency: int, count: int, message: Path) -> dict[str, Any]:
        warmup_each = max(2, math.ceil(20 / concurrency))
        cmd = [sys.executable, str(Path(__file__).resolve()), "--load", "--port", str(port), "--message-file"]
        cmd += [str(message), "-c", str(concurrency), "--messages", str(count), "--warmup", str(warmup_each)]
        done = subprocess.run(cmd, capture_output=True, timeout=60 + count * 0.05, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"Python load generator failed: {done.stderr.decode(errors='replace')[-2000:]}")
        result: dict[str, Any] = json.loads(done.stdout)
        return result

    def cell(self, target: str, port: int, size: str, concurrency: int, count: int, message: Path) -> Sample:
        """One measurement: smtp-source (warm-up, then timed), then the Python client; then the counts."""
        sink_before = self.sink_count()
        db_before = self.db_counts() if target == "gateway" else Counter[str]()
        cpu_before = cpu_seconds(self.procs[target].pid)
        expected = 0
        rate_source = None
        where = f"{size} C={concurrency} {target}"
        if self.postfix:
            warmup = max(20, 2 * concurrency)
            self.smtp_source(where, port, concurrency, warmup, message)
            rate_source = self.smtp_source(where, port, concurrency, count, message)
            expected += warmup + count
        py = self.python_load(port, concurrency, count, message)
        expected += int(py["sent"])
        cpu_after = cpu_seconds(self.procs[target].pid)
        cpu_ms = None
        if cpu_before is not None and cpu_after is not None:
            cpu_ms = (cpu_after - cpu_before) * 1000 / expected
        if py["failures"]:
            self.warnings.append(f"{where}: Python client got non-250 replies: {py['failures']}")
        deadline = time.monotonic() + 10
        while (received := self.sink_count() - sink_before) < expected and time.monotonic() < deadline:
            time.sleep(0.05)
        if received != expected:
            self.warnings.append(f"{where}: sink received {received} of {expected} messages sent")
        if target == "gateway":
            # Log rows of delivered mail are written behind the reply (up to ~10 ms later): let them land.
            deadline = time.monotonic() + 5
            while sum((delta := self.db_counts() - db_before).values()) < expected and time.monotonic() < deadline:
                time.sleep(0.05)
            if delta["delivered"] != expected or sum(delta.values()) != expected:
                self.warnings.append(f"{where}: database rows {dict(delta)} for {expected} messages sent")
        sample = Sample(size, concurrency, target, rate_source, py["rate"], py["p50_ms"], py["p99_ms"], cpu_ms)
        rates = f"{rate_source:6.0f} (smtp-source) " if rate_source else ""
        note(f"  {where:18} {rates}{sample.rate_python:6.0f} (python) msgs/s, p50 {sample.p50_ms:.1f} ms")
        return sample

    def gateway_log_problems(self) -> list[str]:
        """Warning and error lines the gateway logged during the run (info lines are per message)."""
        problems = []
        for line in self.gateway_log().splitlines():
            try:
                level = json.loads(line).get("level")
            except (ValueError, AttributeError):
                level = "unparsed"
            if level not in ("info", "debug"):
                problems.append(line[:300])
        return problems


def note(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def median(values: list[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return statistics.median(present) if present else None


def median_samples(samples: list[Sample]) -> list[Sample]:
    """One row per (size, C, target): the median of the repeats, for each figure separately."""
    groups: dict[tuple[str, int, str], list[Sample]] = {}
    for s in samples:
        groups.setdefault((s.size, s.concurrency, s.target), []).append(s)
    rows = []
    for (size, concurrency, target), group in sorted(groups.items(), key=lambda g: (g[0][0] != "5KB", g[0][1:])):
        rates = [s.rate_source or s.rate_python for s in group]  # the primary throughput figure
        python = statistics.median(s.rate_python for s in group)
        p50, p99 = statistics.median(s.p50_ms for s in group), statistics.median(s.p99_ms for s in group)
        source, cpu = median([s.rate_source for s in group]), median([s.cpu_ms for s in group])
        spread = 100 * (max(rates) - min(rates)) / statistics.median(rates)
        rows.append(Sample(size, concurrency, target, source, python, p50, p99, cpu, spread))
    return rows


@dataclass
class Ratio:
    """Gateway / bare relay, for one size and concurrency."""

    size: str
    concurrency: int
    smtp_source: float | None  # throughput measured by smtp-source
    python: float  # throughput measured by the Python client
    cpu: float | None  # CPU time per message


def ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a and b else None


def report(args: argparse.Namespace, bench: Bench, rows: list[Sample], meta: dict[str, object]) -> None:
    by_key = {(r.size, r.concurrency, r.target): r for r in rows}
    ratios = []
    for size in args.sizes:
        for concurrency in args.concurrency:
            bare, gw = by_key[(size, concurrency, "bare")], by_key[(size, concurrency, "gateway")]
            by_source, by_cpu = ratio(gw.rate_source, bare.rate_source), ratio(gw.cpu_ms, bare.cpu_ms)
            ratios.append(Ratio(size, concurrency, by_source, gw.rate_python / bare.rate_python, by_cpu))
    headline = next((r for r in ratios if r.size == "5KB" and r.concurrency == 10), None)
    target_pct = None
    if headline is not None:  # the primary figure comes from smtp-source when it ran
        target_pct = round(100 * (headline.smtp_source or headline.python))
    if args.json:
        out = {**meta, "rows": [asdict(r) for r in rows], "ratios": [asdict(r) for r in ratios]}
        out |= {"warnings": bench.warnings, "c10_5kb_pct_of_bare": target_pct, "target_pct": 90}
        print(json.dumps(out, indent=2))
        return
    print("\n".join(f"{key}: {value}" for key, value in meta.items()))
    print(f"\n{'size':5} {'C':>3} {'target':8} {'msgs/s':>8} {'msgs/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'CPU ms':>7}")
    print(f"{'':18} {'(source)':>8} {'(python)':>8} {'(python)':>7} {'(python)':>7} {'per msg':>7} spread")
    for r in rows:
        source_text = f"{r.rate_source:8.0f}" if r.rate_source else f"{'-':>8}"
        cpu_text = f"{r.cpu_ms:7.2f}" if r.cpu_ms else f"{'-':>7}"
        figures = f"{source_text} {r.rate_python:8.0f} {r.p50_ms:7.1f} {r.p99_ms:7.1f} {cpu_text}"
        figures += f" {r.spread_pct:4.0f} %"
        print(f"{r.size:5} {r.concurrency:3} {r.target:8} {figures}")
    print("\ngateway / bare relay:")
    for q in ratios:
        source_text = f"{q.smtp_source:.2f} (smtp-source), " if q.smtp_source else ""
        cpu_text = f"; CPU per message x{q.cpu:.2f}" if q.cpu else ""
        print(f"  {q.size:5} C={q.concurrency:<3} throughput {source_text}{q.python:.2f} (python client){cpu_text}")
    for warning in bench.warnings:
        print(f"WARNING: {warning}")
    if target_pct is not None:
        what = f"with policies {args.policies}" if args.policies else "pass-through"
        goal = 80 if args.policies else 90  # issue targets: pass-through 90 %, all shipped policies 80 %
        print(f"\n{what} at C=10, 5 KB: {target_pct} % of bare relay (target >= {goal} %)")


def git_describe(tree: Path) -> str:
    """Commit of the measured tree, marked dirty when it has uncommitted changes: figures move with the code."""
    done = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=tree, capture_output=True, text=True, timeout=10, check=False
    )
    return done.stdout.strip() or "not a git checkout"


def cell_count(args: argparse.Namespace, label: str) -> int:
    """Messages per cell: the 50 KB cells get half as many, so each size costs about the same time."""
    base = 200 if args.quick else 1000
    return int(args.messages or (base if label == "5KB" else base // 2))


def orchestrate(args: argparse.Namespace) -> None:
    work = Path(tempfile.mkdtemp(prefix="curveball-bench-"))
    bench = Bench(args, work)
    started = time.monotonic()
    completed = False
    version = git_describe(args.tree)  # before the gateway starts: the checkout may move during the run
    try:
        ports = bench.start_all()
        files = {}
        for label, size in SIZES.items():
            files[label] = work / f"message-{label}.eml"
            # smtp-source -F appends CRLF to each line of the file itself; the Python client sends CRLF.
            files[label].write_bytes(make_message(size, args.text).replace(b"\r\n", b"\n"))
        samples: list[Sample] = []
        flip = False
        for repeat in range(args.repeat):
            note(f"round {repeat + 1} of {args.repeat}")
            for label in args.sizes:
                count = cell_count(args, label)
                for concurrency in args.concurrency:
                    flip = not flip  # alternate which target goes first, so drift hits both
                    for target in ("bare", "gateway") if flip else ("gateway", "bare"):
                        samples.append(bench.cell(target, ports[target], label, concurrency, count, files[label]))
        completed = True
    finally:
        bench.stop_all()
        if args.keep or not completed:
            note(f"logs, config and database kept in {work}")
    bench.warnings.extend(f"gateway log: {line}" for line in bench.gateway_log_problems()[:10])
    meta: dict[str, object] = {
        "sink": "postfix smtp-sink" if bench.postfix else "python asyncio sink (bench/relay.py --sink)",
        "throughput": "postfix smtp-source -d (persistent connections), wall time"
        if bench.postfix
        else "python client (aiosmtplib)",
        "latency": "python client (aiosmtplib, persistent connections), MAIL to DATA reply",
        "message_bytes": {label: len(make_message(size, args.text)) for label, size in SIZES.items()},
        "message_text": args.text,
        "messages_per_cell": {label: cell_count(args, label) for label in SIZES},
        "repeats": f"{args.repeat} (median)",
        "gateway": f"log level {args.log_level} (JSON lines to a file), a SQLite row per message (synchronous=FULL)",
        "gateway_tree": f"{args.tree} ({version})",
        "policies": str(args.policies.resolve()) if args.policies else "none (empty policy directory: pass-through)",
        "workers": args.workers,
        "classifier": str(args.classifier.resolve()) if args.classifier else "none",
        "cpus": os.cpu_count(),
        "wall_seconds": round(time.monotonic() - started, 1),
    }
    report(args, bench, median_samples(samples), meta)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--messages", type=int, help="messages per cell (default 1000 for 5 KB, 500 for 50 KB)")
    parser.add_argument("--repeat", type=int, help="rounds; each figure is the median (default 3, quick 1)")
    parser.add_argument("--quick", action="store_true", help="smoke run: 200/100 messages, one round")
    parser.add_argument("-c", "--concurrency", type=int, nargs="+", default=list(CONCURRENCY))
    parser.add_argument("--sizes", nargs="+", default=list(SIZES), choices=list(SIZES))
    parser.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    parser.add_argument("--policies", type=Path, help="policy directory for the gateway ([policies] dir)")
    parser.add_argument("--classifier", type=Path, help="a `curveball train` model: run with the learned layer")
    parser.add_argument(
        "--text",
        default="words",
        choices=["words", "thread"],
        help="message text: shuffled support words (every word a lexicon hit: the policy worst case, "
        "default) or a complaint above quoted thread history",
    )
    parser.add_argument("--workers", type=int, default=1, help="gateway processes ([server] workers), default 1")
    parser.add_argument("--tree", type=Path, default=ROOT, help="gateway source tree to run (to compare commits)")
    parser.add_argument("--no-postfix", action="store_true", help="use the Python sink and client only")
    parser.add_argument("--keep", action="store_true", help="keep the work directory (logs, database)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    internal = parser.add_argument_group("helper processes (started by the benchmark itself)")
    internal.add_argument("--sink", action="store_true")
    internal.add_argument("--bare-relay", action="store_true")
    internal.add_argument("--load", action="store_true")
    internal.add_argument("--listen", type=int)
    internal.add_argument("--upstream", type=int)
    internal.add_argument("--port", type=int)
    internal.add_argument("--message-file", type=Path)
    internal.add_argument("--warmup", type=int, default=2)
    args = parser.parse_args()
    if args.sink:
        asyncio.run(serve(SinkProtocol, args.listen))
    elif args.bare_relay:
        asyncio.run(serve(bare_relay_factory(args.upstream, POOL_SIZE), args.listen))
    elif args.load:
        data = args.message_file.read_bytes().replace(b"\n", b"\r\n")
        print(json.dumps(asyncio.run(load(args.port, args.concurrency[0], args.messages, args.warmup, data))))
    else:
        args.repeat = args.repeat or (1 if args.quick else 3)
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the cleanup in `finally`
        orchestrate(args)


if __name__ == "__main__":
    main()
