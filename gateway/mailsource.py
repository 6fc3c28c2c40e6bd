"""Read messages from what admins have lying around: .eml files, folders of them, Maildirs, mbox files."""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from pathlib import Path


def _is_maildir(path: Path) -> bool:
    return all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def _is_mbox(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(5) == b"From "


def iter_messages(path: Path) -> Iterator[tuple[str, bytes]]:
    """(name, raw bytes) for every message under `path`, in a stable order."""
    if path.is_file():
        if _is_mbox(path):
            mbox = mailbox.mbox(path, create=False)
            for key in mbox.iterkeys():
                yield f"{path}#{key}", mbox.get_bytes(key)
        else:
            yield str(path), path.read_bytes()
        return
    if _is_maildir(path):
        maildir = mailbox.Maildir(path, factory=None, create=False)
        for key in sorted(maildir.iterkeys()):
            yield f"{path}/{key}", maildir.get_bytes(key)
        return
    if not path.is_dir():
        raise FileNotFoundError(f"{path}: no such file or directory")
    for child in sorted(path.rglob("*")):
        wanted = child.suffix.lower() in (".eml", ".msg", ".txt") or child.parent.name in ("cur", "new")
        if wanted and child.is_file():
            yield str(child), child.read_bytes()
