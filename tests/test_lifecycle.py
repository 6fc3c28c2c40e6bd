"""The gateway as operators run it: a subprocess, SIGTERM, the CLI; and PostgreSQL shared by nodes."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path

import pytest

from tests.support import Sink, free_port, logged, make_config, message, running_gateway, send, write_config


async def _wait_for_port(port: int, seconds: float = 20.0) -> None:
    async with asyncio.timeout(seconds):
        while True:
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", port)
            except OSError:
                await asyncio.sleep(0.1)
                continue
            writer.close()
            return


async def _cli(*args: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "gateway", *args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_sigterm_finishes_the_message_in_flight_then_exits(tmp_path: Path, sink: Sink) -> None:
    sink.delay = 1.5
    port = free_port()
    path = write_config(tmp_path, sink.url, {"server": {"listen": f"127.0.0.1:{port}"}, "admin": {"listen": ""}})
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "gateway",
        "serve",
        "--config",
        str(path),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await _wait_for_port(port)
        import aiosmtplib

        client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False)
        await client.connect()
        sending = asyncio.create_task(client.sendmail("a@customer.example", ["support@example.com"], message()))
        await asyncio.sleep(0.5)  # the gateway is now waiting on the slow upstream
        process.send_signal(signal.SIGTERM)
        await asyncio.sleep(0.2)
        with pytest.raises(OSError):
            await asyncio.open_connection("127.0.0.1", port)  # no longer accepting
        _, reply = await asyncio.wait_for(sending, 10)
        client.close()
        returncode = await asyncio.wait_for(process.wait(), 15)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    stderr = (await process.stderr.read()).decode() if process.stderr else ""
    assert reply.startswith("2.0.0 Ok: queued as")
    assert returncode == 0, stderr
    assert len(sink.messages) == 1
    events = [json.loads(line)["event"] for line in stderr.splitlines() if line.startswith("{")]
    assert events.index("gateway.stopping") < events.index("message") < events.index("gateway.stopped")
    code, out, err = await _cli("log", "--json", "--config", str(path), "--limit", "5")
    assert code == 0, err
    [record] = [json.loads(line) for line in out.splitlines()]
    assert record["outcome"] == "delivered"
    assert record["gateway_id"] == "test-gw"


async def test_workers_share_the_port_and_stop_together(tmp_path: Path, sink: Sink) -> None:
    port = free_port()
    extra = {
        "server": {"listen": f"127.0.0.1:{port}", "workers": 2},
        "admin": {"listen": ""},
        "logging": {"format": "json"},
    }
    path = write_config(tmp_path, sink.url, extra)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "gateway", "serve", "--config", str(path), stderr=asyncio.subprocess.PIPE
    )
    seen: list[dict[str, object]] = []
    try:
        assert process.stderr is not None
        async with asyncio.timeout(30):  # both workers up, not just the first
            while sum(1 for line in seen if line["event"] == "gateway.started") < 2:
                raw = await process.stderr.readline()
                assert raw, "the gateway exited while starting"
                if raw.startswith(b"{"):
                    seen.append(json.loads(raw))
        import aiosmtplib

        async def one(n: int) -> str:  # its own connection each: the kernel spreads them over the workers
            async with aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False) as client:
                _, reply = await client.sendmail(
                    "a@customer.example", ["support@example.com"], message(subject=f"n{n}")
                )
                return reply

        replies = await asyncio.gather(*(one(n) for n in range(24)))
        for _ in range(100):  # log rows land just after the 250: let them, before killing a worker
            if len((await _cli("log", "--json", "--config", str(path), "--limit", "50"))[1].splitlines()) >= 24:
                break
            await asyncio.sleep(0.1)
        # A worker that dies is started again.
        [first] = [line for line in seen if line["event"] == "worker.started" and line["worker"] == 0]
        os.kill(int(str(first["pid"])), signal.SIGKILL)
        async with asyncio.timeout(30):
            while sum(1 for line in seen if line["event"] == "gateway.started") < 3:
                raw = await process.stderr.readline()
                assert raw, "the supervisor exited"
                if raw.startswith(b"{"):
                    seen.append(json.loads(raw))
        process.send_signal(signal.SIGTERM)
        returncode = await asyncio.wait_for(process.wait(), 20)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    stderr = (await process.stderr.read()).decode() if process.stderr else ""
    lines = seen + [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    assert returncode == 0, stderr
    assert all(reply.startswith("2.0.0") for reply in replies)
    assert sorted(m.data.split(b"Subject: ")[1].split(b"\r\n")[0] for m in sink.messages) == sorted(
        f"n{n}".encode() for n in range(24)
    )
    assert {line["worker"] for line in lines if line["event"] == "message"} == {0, 1}
    events = [(line["event"], line.get("worker")) for line in lines if line["event"] != "message"]
    assert [worker for event, worker in events if event == "worker.died"] == [0], events
    assert sorted(worker for event, worker in events if event == "gateway.stopped") == [0, 1], events
    code, out, err = await _cli("log", "--json", "--config", str(path), "--limit", "50")
    assert code == 0, err
    assert len([json.loads(line) for line in out.splitlines()]) == 24


async def test_cli_version_and_help() -> None:
    code, out, _ = await _cli("version")
    assert code == 0
    assert out.startswith("curveball ")
    code, out, _ = await _cli("--help")
    assert code == 0
    for command in ("serve", "check", "log", "version"):
        assert command in out


@pytest.mark.postgres
async def test_postgres_log_shared_by_two_gateway_nodes(tmp_path: Path, sink: Sink, pg_schema: tuple[str, str]) -> None:
    url, schema = pg_schema
    first_dir, second_dir = tmp_path / "a", tmp_path / "b"
    first_dir.mkdir()
    second_dir.mkdir()
    extra = {"database": {"schema": schema}}
    first = make_config(first_dir, sink.url, {**extra, "server": {"gateway_id": "node-a"}}, database_url=url)
    second = make_config(second_dir, sink.url, {**extra, "server": {"gateway_id": "node-b"}}, database_url=url)
    # Both nodes start (and migrate) at the same moment.
    async with running_gateway(first) as node_a, running_gateway(second) as node_b:
        await asyncio.gather(
            *(send(node, message(subject=f"via {node.config.server.gateway_id}")) for node in (node_a, node_b, node_a))
        )
        # A log row commits behind the 250: node a's may still be in its writer when node b reads.
        await node_a.writer.flush()
        records = await logged(node_b, limit=10)
        assert node_a.engine.dialect.name == "postgresql"
    assert sorted(r["gateway_id"] for r in records) == ["node-a", "node-a", "node-b"]
    assert {r["outcome"] for r in records} == {"delivered"}
    assert len(sink.messages) == 3
