"""Labelled mail for `curveball train` and `curveball calibrate`: a manifest (the corpus format) whose
entries name a file beside it, or a Message-ID found in the admin's own Maildirs and mboxes.

    [[message]]
    message_id = "<3f9a@customer.example>"    # or: file = "en/outage-1.eml"
    expect = ["outage"]
    forbid = ["abusive"]
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from gateway.headers import first_values, split_message
from gateway.mailsource import iter_messages


@dataclass(frozen=True)
class LabelledMessage:
    name: str
    raw: bytes
    expect: frozenset[str]
    forbid: frozenset[str]
    group: str = ""  # the manifest it is listed in, for cross-validation by batch


class LabelsError(ValueError):
    """A labels file that cannot be read (not TOML, or a listed file missing)."""


def read_labels(labels: Path, sources: Iterable[Path] = ()) -> tuple[list[LabelledMessage], list[str]]:
    """The messages a labels file names, and a warning for each Message-ID that no source holds."""
    try:
        manifest = tomllib.loads(labels.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LabelsError(f"{labels}: {exc}") from None
    by_message_id: dict[str, tuple[str, bytes]] = {}
    for source in sources:
        for name, raw in iter_messages(source):
            message_id = first_values(split_message(raw)[0], ("message-id",)).get("message-id", "").strip()
            if message_id:
                by_message_id[message_id] = (name, raw)
    found: list[LabelledMessage] = []
    warnings: list[str] = []
    for entry in manifest.get("message", []):
        expect, forbid = frozenset(entry.get("expect", [])), frozenset(entry.get("forbid", []))
        if "file" in entry:
            path = labels.parent / entry["file"]
            try:
                found.append(LabelledMessage(str(path), path.read_bytes(), expect, forbid, str(labels)))
            except OSError as exc:
                raise LabelsError(f"{labels}: {entry['file']}: {exc.strerror}") from None
        elif entry.get("message_id") in by_message_id:
            name, raw = by_message_id[entry["message_id"]]
            found.append(LabelledMessage(name, raw, expect, forbid, str(labels)))
        else:
            warnings.append(f"{entry.get('message_id') or entry}: message not found, skipped")
    return found, warnings


def labelled_folders(roots: Iterable[Path]) -> Iterator[LabelledMessage]:
    """Every message of every manifest.toml in or under `roots` (dev sets nest them in batches)."""
    for root in roots:
        if (root / "manifest.toml").is_file():
            manifests = [root / "manifest.toml"]
        elif root.is_dir():
            manifests = sorted(root.rglob("manifest.toml"))
        else:
            raise LabelsError(f"{root}: not a folder with manifest.toml files")
        if not manifests:
            raise LabelsError(f"{root}: no manifest.toml in or under it")
        for manifest in manifests:
            found, _ = read_labels(manifest)
            yield from found
