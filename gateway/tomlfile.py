"""Read a TOML file and remember where each key was written, for errors that name a line.

tomllib reports syntax errors with a line but forgets positions once parsing succeeds, so
validation errors ("max_recipients must be > 0") would lose the line. A light scan of the text
maps every `table.key` path to its line; the scan only has to be right for valid TOML.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gateway.errors import ConfigError

_TABLE = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"""^\s*((?:"[^"]*"|'[^']*'|[A-Za-z0-9_\-]+)(?:\s*\.\s*(?:"[^"]*"|'[^']*'|[A-Za-z0-9_\-]+))*)\s*=""")
_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)")
_PART = re.compile(r"""\s*("[^"]*"|'[^']*'|[A-Za-z0-9_\-]+)\s*(?:\.|$)""")


def _split_dotted(text: str) -> tuple[str, ...]:
    return tuple(m.group(1).strip("\"'") for m in _PART.finditer(text) if m.group(1))


@dataclass
class TomlDocument:
    """A parsed TOML file plus a map from key paths to 1-based line numbers."""

    path: Path
    data: dict[str, Any]
    lines: dict[tuple[str | int, ...], int] = field(default_factory=dict)

    def line_of(self, loc: tuple[str | int, ...]) -> int | None:
        """The line of `loc`, or of its nearest enclosing key that was written down."""
        for end in range(len(loc), 0, -1):
            line = self.lines.get(tuple(loc[:end]))
            if line is not None:
                return line
        return None

    def where(self, loc: tuple[str | int, ...]) -> str:
        """`file:line` for messages, falling back to the bare file name."""
        line = self.line_of(loc)
        return f"{self.path}:{line}" if line else str(self.path)


def _index_lines(text: str) -> dict[tuple[str | int, ...], int]:
    lines: dict[tuple[str | int, ...], int] = {}
    table: tuple[str | int, ...] = ()
    array_counts: dict[tuple[str, ...], int] = {}
    in_multiline = False
    for number, raw in enumerate(text.splitlines(), start=1):
        # Multi-line strings may contain anything; skip their inner lines.
        if in_multiline:
            if raw.count('"""') % 2 == 1 or raw.count("'''") % 2 == 1:
                in_multiline = False
            continue
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        header = _TABLE.match(raw)
        if header and not _KEY.match(raw):
            names = _split_dotted(header.group(2))
            if header.group(1) == "[[":
                index = array_counts.get(names, 0)
                array_counts[names] = index + 1
                table = (*names, index)
            else:
                table = names
            lines.setdefault(table, number)
            continue
        key = _KEY.match(raw)
        if key:
            path = (*table, *_split_dotted(key.group(1)))
            lines.setdefault(path, number)
            value = raw[key.end() :]
            if value.count('"""') % 2 == 1 or value.count("'''") % 2 == 1:
                in_multiline = True
    return lines


def load_toml(path: Path) -> TomlDocument:
    """Parse `path`; any failure becomes a ConfigError naming the file (and line, if known)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([f"{path}: file not found"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{path}: cannot read: {exc}"]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # Python 3.11 only puts the position into the message text: "... (at line 4, column 8)".
        position = _POSITION.search(str(exc))
        where = f"{path}:{position.group(1)}" if position else str(path)
        message = _POSITION.sub("", str(exc)).strip()
        raise ConfigError([f"{where}: not valid TOML: {message}"]) from None
    return TomlDocument(path=path, data=data, lines=_index_lines(text))
