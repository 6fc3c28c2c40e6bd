"""Configuration: good files load, bad ones are reported with file, line and key, before anything starts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gateway.config import load_config
from gateway.durations import parse_duration
from gateway.errors import ConfigError

MINIMAL = '[mailbox]\naddresses = ["support@example.com"]\nsupport_address = "support@example.com"\n'


def problems_for(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as excinfo:
        load_config(path)
    return excinfo.value.problems


def test_example_config_is_valid_and_documents_every_key() -> None:
    example = Path(__file__).parent.parent / "config.example.toml"
    config = load_config(example)
    assert config.server.listen == "127.0.0.1:2525"
    assert config.database.url.startswith("sqlite+aiosqlite:///")
    assert config.upstream.url.startswith("maildir:")
    text = example.read_text()
    for section, model in config:
        if section == "routes":
            continue
        for key in type(model).model_fields:
            name = type(model).model_fields[key].alias or key
            assert f"{name} =" in text or f"# {name} =" in text or f"[{section}.{name}]" in text, (section, name)


def test_defaults_and_relative_paths_resolve_against_the_config_directory(tmp_path: Path) -> None:
    path = tmp_path / "etc" / "curveball.toml"
    path.parent.mkdir()
    path.write_text(MINIMAL)
    config = load_config(path)
    assert config.upstream.url == f"maildir:{tmp_path / 'etc' / 'var' / 'maildir'}"
    assert config.database.url == f"sqlite+aiosqlite:///{tmp_path / 'etc' / 'var' / 'curveball.db'}"
    assert config.outbound_url == config.upstream.url
    assert config.server.gateway_id == config.server.hostname


def test_wrong_type_names_file_line_and_key(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, MINIMAL + '\n[server]\nlisten = "127.0.0.1:2525"\nmax_recipients = "lots"\n')
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / 'bad.toml'}:7: [server] max_recipients:")
    assert "integer" in problems[0]


def test_unknown_key_is_an_error_not_silently_ignored(tmp_path: Path) -> None:
    [problem] = problems_for(tmp_path, MINIMAL + '[upstream]\nurl = "smtp://127.0.0.1:25"\ntimout = "5s"\n')
    assert ":6: [upstream] timout: unknown key" in problem


def test_missing_required_section_is_named(tmp_path: Path) -> None:
    [problem] = problems_for(tmp_path, '[server]\nlisten = "127.0.0.1:2525"\n')
    assert problem.endswith("mailbox: required key is missing")


@pytest.mark.parametrize(
    ("snippet", "key", "words"),
    [
        ('[upstream]\nurl = "http://example.com"', "[upstream] url", "not a supported delivery URL"),
        ('[upstream]\nurl = "smtp://:25"', "[upstream] url", "a host is required"),
        ('[server]\nlisten = "2525"', "[server] listen", "must look like"),
        ('[server]\nidle_timeout = "soon"', "[server] idle_timeout", "not a duration"),
        ('[server]\nallow_networks = ["10.0.0.999/8"]', "[server] allow_networks", "does not appear to be"),
        ("[server]\nrequire_starttls = true", "server", "require_starttls needs [server.tls]"),
        ('[database]\nurl = "mysql://x"', "[database] url", "must start with"),
        ('[server.auth.users]\nbob = "secret"', "[server.auth] users", "must be a hash"),
    ],
)
def test_bad_values_are_explained(tmp_path: Path, snippet: str, key: str, words: str) -> None:
    problems = problems_for(tmp_path, MINIMAL + snippet + "\n")
    assert any(key in p and words in p for p in problems), problems


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    [problem] = problems_for(tmp_path, MINIMAL + "[server\n")
    assert problem.startswith(f"{tmp_path / 'bad.toml'}:4: not valid TOML")


def test_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "nope.toml")


@pytest.mark.parametrize(("text", "seconds"), [("30s", 30), ("5m", 300), ("2h", 7200), ("7d", 604800), (12, 12)])
def test_durations(text: str | int, seconds: float) -> None:
    assert parse_duration(text) == seconds


def test_check_command_exit_codes(tmp_path: Path) -> None:
    (tmp_path / "policies").mkdir()
    good = tmp_path / "good.toml"
    good.write_text(MINIMAL)
    ok = subprocess.run(
        [sys.executable, "-m", "gateway", "check", "--config", str(good)], capture_output=True, text=True
    )
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("ok: ")
    bad = tmp_path / "bad.toml"
    bad.write_text(MINIMAL + "[server]\nmax_message_bytes = -1\n")
    env_run = subprocess.run(
        [sys.executable, "-m", "gateway", "check"],
        capture_output=True,
        text=True,
        env={"CURVEBALL_CONFIG": str(bad), "PATH": "/usr/bin:/bin"},
    )
    assert env_run.returncode == 2
    assert f"error: {bad}:5: [server] max_message_bytes: Input should be greater than 0" in env_run.stderr


def test_workers_need_a_fixed_port_and_a_sane_count(tmp_path: Path) -> None:
    [zero_port] = problems_for(tmp_path, MINIMAL + '[server]\nlisten = "127.0.0.1:0"\nworkers = 2\n')
    assert zero_port.endswith(":4: server: workers > 1 needs a fixed listen port (every worker binds the same one)")
    [too_many] = problems_for(tmp_path, MINIMAL + '[server]\nlisten = "127.0.0.1:2525"\nworkers = 0\n')
    assert ":6: [server] workers:" in too_many
