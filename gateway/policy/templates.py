"""Reply templates: `policies/templates/<name>.<lang>.toml` with `subject` and `body`, sandboxed Jinja2.

Customer values (name, subject) are data to the sandbox: they cannot run code, reach attributes
or add header lines (the rendered subject is cleaned of CR/LF and other controls).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import ChainableUndefined, TemplateSyntaxError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from gateway.headers import clean

_FILE = re.compile(r"^(?P<name>[a-z0-9][a-z0-9_-]*)\.(?P<lang>[a-z]{2,3})\.toml$")
_BLANKS = re.compile(r"\n{3,}")
_ENV = ImmutableSandboxedEnvironment(
    undefined=ChainableUndefined, keep_trailing_newline=True, autoescape=False, trim_blocks=True, lstrip_blocks=True
)


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str
    language: str


@dataclass(frozen=True)
class TemplateSet:
    templates: Mapping[tuple[str, str], tuple[Any, Any]] = field(default_factory=dict)  # (name, lang) -> compiled

    def names(self) -> set[str]:
        return {name for name, _ in self.templates}

    def languages(self, name: str) -> set[str]:
        return {lang for n, lang in self.templates if n == name}

    def render(self, name: str, language: str, default_language: str, values: Mapping[str, Any]) -> Rendered:
        """The template in `language`, else the default language, else any; raises KeyError if none."""
        for candidate in (language, default_language, *sorted(self.languages(name))):
            compiled = self.templates.get((name, candidate))
            if compiled is None:
                continue
            subject_template, body_template = compiled
            subject = clean(" ".join(subject_template.render(values).split()), 200)
            body = _BLANKS.sub("\n\n", body_template.render(values)).strip() + "\n"
            return Rendered(subject, body, candidate)
        raise KeyError(f"no template {name!r}")


def load_templates(directory: Path, problems: list[str]) -> TemplateSet:
    """Compile every template file; syntax errors are added to `problems` with file:line."""
    templates: dict[tuple[str, str], tuple[Any, Any]] = {}
    if not directory.is_dir():
        return TemplateSet()
    for path in sorted(directory.iterdir()):
        if path.name.startswith(".") or path.is_dir() or path.name.lower() == "readme.md":
            continue
        match = _FILE.match(path.name)
        if not match:
            problems.append(f"{path}: template files are named NAME.LANG.toml (e.g. outage-ack.de.toml)")
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            problems.append(f"{path}: not valid TOML: {exc}")
            continue
        if set(data) != {"subject", "body"} or not all(isinstance(v, str) for v in data.values()):
            problems.append(f"{path}: needs exactly two text keys, subject and body")
            continue
        try:
            compiled = (_ENV.from_string(data["subject"]), _ENV.from_string(data["body"]))
        except TemplateSyntaxError as exc:
            problems.append(f"{path}: template error (line {exc.lineno} of the text): {exc.message}")
            continue
        templates[(match["name"], match["lang"])] = compiled
    return TemplateSet(templates)
