"""The shared boilerplate of the dev-set generator scripts (tests/devset3 ... tests/devset7).

Each script keeps its own messages, seeds, fixed dates and sender formats; this module only turns
them into `<lang>/<name>.eml` files and a `manifest.toml`, so that every set has one layout and the
scripts hold little besides their data. The committed sets were written by these functions' older,
copy-pasted forms: any change here must leave every regenerated `.eml` and manifest byte-identical
(re-run the scripts and check `git status` shows no data file changed).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Collection, Iterable
from pathlib import Path

SUPPORT = "support@example.com"  # the To: of every dev-set mail: the mailbox the gateway guards


def message_id(seed: str, algo: str = "sha1") -> str:
    """16 hex digits of a hash of `seed`: a message keeps its Message-ID on every re-run."""
    return hashlib.new(algo, seed.encode()).hexdigest()[:16]


def domain_of(address: str) -> str:
    """The domain of `Name <user@host>`, so that a Message-ID names the sender's own host."""
    return address.split("@")[1].rstrip(">")


def mail_date(weekday: str, day: int, month: str, hour: int, minute: int) -> str:
    """A fixed Date: in 2026, never the clock, so that re-running a script rewrites the same bytes.

    The weekday is given rather than computed: each set was written with one weekday for all its days.
    """
    return f"{weekday}, {day:02d} {month} 2026 {hour:02d}:{minute:02d}:00 +0000"


def plain_mail(sender: str, subject: str, date: str, msg_id: str, body: str) -> str:
    """A single-part text/plain UTF-8 mail, 8bit, LF line ends: what a customer's client sends.

    `msg_id` is the part inside the angle brackets; the body gets its final line end here.
    """
    return (
        f"From: {sender}\nTo: {SUPPORT}\nSubject: {subject}\nDate: {date}\nMessage-ID: <{msg_id}>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{body}\n"
    )


def forbid_others(tags: Iterable[str], allowed: Collection[str]) -> list[str]:
    """The folder's tags a message must not get: each set scores only its own tags, all but `allowed`."""
    return [t for t in tags if t not in allowed]


def toml_list(items: Iterable[str]) -> str:
    """A one-line TOML array of strings (the tags are plain ASCII, so no escaping is needed)."""
    return "[" + ", ".join(f'"{x}"' for x in items) + "]"


def toml_note(note: str, *, as_json: bool = False) -> str:
    """A note as a TOML string.

    The older sets wrote it as JSON (non-ASCII as \\u escapes, which TOML reads the same); the others
    write it as it is, with double quotes turned into apostrophes so that the string stays valid.
    """
    if as_json:
        return json.dumps(note)
    return '"' + note.replace('"', "'") + '"'


class DevSet:
    """One dev-set folder being (re)written: its mails and the manifest that says what each must get."""

    def __init__(self, folder: Path | str, header: str, *, json_notes: bool = False) -> None:
        self.folder = Path(folder)
        self.header = header  # the manifest's opening comment line(s), without the final line end
        self.json_notes = json_notes
        self.mails: dict[str, str] = {}  # "<lang>/<name>.eml" -> text
        self.entries: list[str] = []

    def add(self, lang: str, name: str, mail: str, expect: Iterable[str], forbid: Iterable[str], note: str) -> None:
        """Queue `<lang>/<name>.eml` and its manifest entry; nothing is written before save()."""
        file = f"{lang}/{name}.eml"
        self.mails[file] = mail
        self.entries.append(
            f'[[message]]\nfile = "{file}"\nlang = "{lang}"\nexpect = {toml_list(expect)}\n'
            f"forbid = {toml_list(forbid)}\nnote = {toml_note(note, as_json=self.json_notes)}\n"
        )

    def manifest(self) -> str:
        """The header, then each [[message]] table after a blank line."""
        return self.header + "\n" + "".join("\n" + entry for entry in self.entries)

    def save(self, *, clean: bool = False, append: bool = False) -> None:
        """Write the mails and the manifest.

        clean: first delete the language folders written to, so a message renamed or dropped from
        the script leaves no stale .eml behind (only for sets whose folders hold nothing else).
        append: add the entries as a new section of an existing manifest (a later batch written by
        a second script into the same folder) instead of replacing it.
        """
        if clean:
            for lang in {file.split("/")[0] for file in self.mails}:
                if (self.folder / lang).exists():
                    shutil.rmtree(self.folder / lang)
        for file, text in self.mails.items():
            path = self.folder / file
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
        manifest = self.folder / "manifest.toml"
        if append:
            with manifest.open("ab") as fh:
                fh.write(("\n" + self.manifest()).encode("utf-8"))
        else:
            manifest.write_bytes(self.manifest().encode("utf-8"))
