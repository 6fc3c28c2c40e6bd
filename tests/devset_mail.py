"""The shared boilerplate of the dev-set generator scripts (tests/devset3 ... tests/devset13).

Each script keeps its own messages, seeds, fixed dates and sender formats; this module only turns
them into `<lang>/<name>.eml` files and a `manifest.toml`, so that every set has one layout and the
scripts hold little besides their data. The later sets also send MIME forms (quoted-printable,
base64, HTML-only, multipart/alternative, legacy charsets): built either by hand (`raw_*`) or through
the email package (`mime_mail`), whichever way a set was first written.
The committed sets were written by these functions' older, copy-pasted forms: any change here
must leave every regenerated `.eml` and manifest byte-identical (re-run the scripts and check `git status`
shows no data file changed). One exception: `mime_mail` lets the email package pick multipart
boundaries, which differ on every run, so compare those mails with their boundary lines left out.
"""

from __future__ import annotations

import base64
import hashlib
import importlib
import json
import quopri
import shutil
import sys
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from email import policy
from email.header import Header
from email.message import EmailMessage
from functools import partial
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


def customer(lang: str, seed: str) -> tuple[str, str]:
    """The sender and Message-ID (without brackets) of a made-up customer writing in `lang`.

    Both come from one hash of `seed`, so a message keeps its address and id on every re-run.
    """
    h = message_id(seed)
    return f"Customer {lang.upper()} <c{h[:6]}@mail-{lang}.example>", f"{h}@mail-{lang}.example"


def head_fields(sender: str, subject: str, date: str, msg_id: str) -> list[tuple[str, str]]:
    """The top headers of every dev-set mail, in the order all the sets write them."""
    return [("From", sender), ("To", SUPPORT), ("Subject", subject), ("Date", date), ("Message-ID", f"<{msg_id}>")]


def raw_head(sender: str, subject: str, date: str, msg_id: str) -> str:
    """The headers of a hand-assembled mail up to MIME-Version; the Content-Type part follows.

    `subject` goes in as given: a script that sends non-ASCII subjects encodes them itself.
    """
    return (
        "".join(f"{name}: {value}\n" for name, value in head_fields(sender, subject, date, msg_id))
        + "MIME-Version: 1.0\n"
    )


def raw_part(ctype: str, text: str, charset: str, cte: str) -> str:
    """A hand-assembled body part: Content-Type and Content-Transfer-Encoding, a blank line, the payload.

    cte is "8bit" (the text as it is: the caller encodes the whole mail in `charset`),
    "quoted-printable" or "base64" (ASCII payload of the text encoded in `charset`).
    """
    raw = text.encode(charset)  # also fails early on a character the charset lacks
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = text
    return f"Content-Type: {ctype}; charset={charset}\nContent-Transfer-Encoding: {cte}\n\n{payload}"


def raw_alternative(boundary: str, plain: str, html: str) -> str:
    """A hand-assembled multipart/alternative of two raw_part()s; a fixed boundary keeps re-runs identical."""
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n{plain}\n--{boundary}\n{html}\n--{boundary}--\n"
    )


def plain_mail(sender: str, subject: str, date: str, msg_id: str, body: str) -> str:
    """A single-part text/plain UTF-8 mail, 8bit, LF line ends: what a customer's client sends.

    `msg_id` is the part inside the angle brackets; the body gets its final line end here.
    """
    return raw_head(sender, subject, date, msg_id) + raw_part("text/plain", body + "\n", "utf-8", "8bit")


def encoded_subject(subject: str, charset: str = "utf-8") -> str:
    """`subject` as RFC 2047 encoded words if it is not ASCII, as the email package writes them."""
    return subject if subject.isascii() else Header(subject, charset).encode()


def cedilla_forms(text: str, charset: str) -> str:
    """Romanian ș ț as the cedilla forms ş ţ in the legacy charsets, which lack the comma forms.

    Legacy Romanian mail clients write them so; with the comma forms the text could not be encoded.
    """
    if charset.lower() in ("iso-8859-2", "windows-1250"):
        return text.translate(str.maketrans("șțȘȚ", "şţŞŢ"))
    return text


def escape_basic(text: str) -> str:
    """Escape only & < > (not quotes): the HTML escaping most sets' HTML parts were written with."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_paragraphs(
    text: str,
    *,
    escape: Callable[[str], str] = escape_basic,
    br: str = "<br>\n",
    sep: str = "\n",
    unquote: Callable[[str], str] | None = None,
) -> str:
    """The blank-line separated paragraphs of `text` as <p> elements, its line ends as `br`.

    The sets differ in escaping (`escape`, `str` for none), line breaks and the text between
    paragraphs (`sep`); with `unquote`, a paragraph of `>` lines becomes a <blockquote> of its
    lines with `unquote` applied (stripping the quote marks), so HTML mails show quoted history.
    """
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if unquote is not None and all(line.startswith(">") for line in lines):
            out.append("<blockquote>" + "<br>".join(escape(unquote(line)) for line in lines) + "</blockquote>")
        else:
            out.append("<p>" + br.join(escape(line) for line in lines) + "</p>")
    return sep.join(out)


LF_POLICY = policy.default.clone(linesep="\n")  # the email package's current API, LF line ends


def stable_boundary(msg_id: str) -> str:
    """A multipart boundary derived from the Message-ID: the email package's own is random, and a
    set must regenerate byte for byte."""
    return "=_" + hashlib.sha1(msg_id.encode()).hexdigest()[:24]


def mime_mail(
    sender: str, subject: str, date: str, msg_id: str, text: str, html: str, fmt: str, charset: str = "utf-8"
) -> EmailMessage:
    """A mail built by the email package in one of the forms the sets cover.

    fmt: "plain" (text/plain, 8bit in UTF-8, quoted-printable in a legacy charset), "8bit", "qp",
    "b64" (text/plain in that encoding), "html" (text/html only, quoted-printable) or "alt"
    (multipart/alternative of `text` and `html`, both quoted-printable). A multipart mail's boundary
    is derived from its Message-ID, so a set regenerates byte for byte. `text` must have its final
    line end.
    """
    msg = EmailMessage(policy=LF_POLICY)
    for name, value in head_fields(sender, subject, date, msg_id):
        msg[name] = value
    if fmt in ("plain", "8bit", "qp", "b64"):
        plain_cte = "8bit" if fmt == "8bit" or charset == "utf-8" else "quoted-printable"
        cte = {"plain": plain_cte, "8bit": "8bit", "qp": "quoted-printable", "b64": "base64"}[fmt]
        msg.set_content(text, charset=charset, cte=cte)
    elif fmt == "html":
        msg.set_content(html, subtype="html", charset=charset, cte="quoted-printable")
    elif fmt == "alt":
        msg.set_content(text, charset=charset, cte="quoted-printable")
        msg.add_alternative(html, subtype="html", charset=charset, cte="quoted-printable")
        msg.set_boundary(stable_boundary(msg_id))
    else:
        raise ValueError(fmt)
    return msg


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
        self.mails: dict[str, str | bytes] = {}  # "<lang>/<name>.eml" -> text (written as UTF-8) or bytes
        self.entries: list[str] = []

    def add(
        self, lang: str, name: str, mail: str | bytes, expect: Iterable[str], forbid: Iterable[str], note: str
    ) -> None:
        """Queue `<lang>/<name>.eml` and its manifest entry; nothing is written before save().

        `mail` is text (written as UTF-8) or bytes (a mail in a legacy charset, written as it is).
        A name used twice is an error: the second mail would silently replace the first.
        """
        file = f"{lang}/{name}.eml"
        if file in self.mails:
            raise ValueError(f"{file} added twice")
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
            path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        manifest = self.folder / "manifest.toml"
        if append:
            with manifest.open("ab") as fh:
                fh.write(("\n" + self.manifest()).encode("utf-8"))
        else:
            manifest.write_bytes(self.manifest().encode("utf-8"))


# One message of a batched set: (batch, lang, name, expect, note, subject, body, fmt, charset).
Batched = tuple[str, str, str, list[str], str, str, str, str, str]
Build = Callable[[str, str, str, str, str, str, str], str | bytes]  # (sender, subject, date, id, body, fmt, charset)


def batch_date(index: int) -> str:
    """The Date of the index-th message of a batched set (unless the set brings its own)."""
    return mail_date("Tue", 24, "Nov", 8 + index % 9, (index * 7) % 60)


def letter_tags(codes: Mapping[str, str], expect: str, free: str = "") -> tuple[list[str], list[str]]:
    """Tags written as letters ("AU" with codes {"A": "angry", "U": "urgent"}): the expected tags,
    and the forbidden ones (every other coded tag, bar those marked `free`: neither expected nor
    forbidden)."""
    expected = [codes[letter] for letter in expect]
    forbidden = [tag for letter, tag in codes.items() if letter not in expect and letter not in free]
    return expected, forbidden


def write_batches(
    here: Path,
    messages: Sequence[Batched],
    batches: Sequence[str],
    *,
    title: str,
    seed: str,
    tags: Sequence[str],
    build: Build,
    date: Callable[[int], str] = batch_date,
    forbid: Mapping[tuple[str, str, str], Sequence[str]] | None = None,
) -> None:
    """Write each batch folder (`b1/`, `b2/`…) of a set whose messages carry their batch name.

    Every message keeps its place in `messages` for its date, so a batch written alone comes out
    the same as when all are written; `seed` makes the Message-IDs of one set distinct from another's.
    `forbid` holds the forbidden tags of the messages, by (batch, lang, name), that do not simply
    forbid every tag of the set they do not expect.
    """
    explicit = forbid or {}
    for batch in batches or sorted({b for b, *_ in messages}):
        out = DevSet(here / batch, f"# {title.format(batch=batch)}")
        count = 0
        for i, (b, lang, name, expect, note, subject, body, fmt, charset) in enumerate(messages):
            if b != batch:
                continue
            sender, msg_id = customer(lang, f"{seed}{b}{lang}{name}")
            mail = build(sender, subject, date(i), msg_id, body, fmt, charset)
            forbidden = explicit.get((b, lang, name))
            out.add(lang, name, mail, expect, forbid_others(tags, expect) if forbidden is None else forbidden, note)
            count += 1
        out.save(clean=True)
        print(batch, count, "messages")


def html_build(
    sender: str,
    subject: str,
    date: str,
    msg_id: str,
    body: str,
    fmt: str,
    charset: str,
    font: str | None = "Calibri,Arial",
    unquote: bool = True,
) -> str:
    """The usual `build` of a batched set: `mime_mail` of the body, with an HTML form of it (in `font`,
    or unstyled) whose quoted lines lose their "> " as mail clients render a quote (unless not
    `unquote`: the older sets kept them)."""
    style = f' style="font-family:{font}"' if font else ""
    paragraphs = html_paragraphs(body, unquote=(lambda line: line.lstrip("> ")) if unquote else None)
    html = f"<html><body{style}>\n" + paragraphs + "\n</body></html>"
    return mime_mail(sender, subject, date, msg_id, body + "\n", html, fmt, charset).as_string()


class LetterSet:
    """A set written in batches, `_batch1.py`, `_batch2.py`… beside its `_gen.py`, each with an
    `add_bN(m)` (older sets: `add(m)`) that calls
    `m(batch, lang, name, expect, note, subject, body, fmt, charset, free)`; tags are written as the
    letters of `codes` ("AU"), see `letter_tags`. `font` and `unquote` shape the HTML forms
    (`html_build`)."""

    def __init__(
        self, here: Path, codes: Mapping[str, str], *, font: str | None = "Calibri,Arial", unquote: bool = True
    ) -> None:
        self.here = here
        self.codes = codes
        self.build = partial(html_build, font=font, unquote=unquote)
        self.messages: list[Batched] = []
        self.forbid: dict[tuple[str, str, str], list[str]] = {}

    def m(
        self,
        batch: str,
        lang: str,
        name: str,
        expect: str,
        note: str,
        subject: str,
        body: str,
        fmt: str = "plain",
        charset: str = "utf-8",
        free: str = "",
    ) -> None:
        """One message. fmt: plain (8bit), qp, b64, html (HTML only), alt (multipart/alternative)."""
        expected, self.forbid[(batch, lang, name)] = letter_tags(self.codes, expect, free)
        self.messages.append((batch, lang, name, expected, note, subject, body.strip("\n"), fmt, charset))

    def load(self, last: int = 30) -> LetterSet:
        """Every `_batchN.py` there is, in order (N from 1 to `last`)."""
        sys.path.insert(0, str(self.here))
        for number in range(1, last + 1):
            if (self.here / f"_batch{number}.py").exists():
                module = importlib.import_module(f"_batch{number}")
                (getattr(module, f"add_b{number}", None) or module.add)(self.m)
        return self

    def write(self, batches: Sequence[str], *, title: str, seed: str, date: Callable[[int], str] = batch_date) -> None:
        """Write the batches named (all when none is): see `write_batches`."""
        write_batches(
            self.here, self.messages, batches, title=title, seed=seed, tags=list(self.codes.values()),
            build=self.build, date=date, forbid=self.forbid,
        )  # fmt: skip


CRITICAL_CODES = {"A": "abusive", "L": "legal-threat", "W": "account-ownership", "O": "outage"}


def write_critical_set(
    gen_file: str, argv: Sequence[str], *, title: str, seed: str, day: tuple[str, int], clock: tuple[int, int, int]
) -> None:
    """A `_gen.py` of a set of the four critical tags (letters A L W O, `CRITICAL_CODES`): load the
    `_batchN.py` beside `gen_file` and write the batches named in `argv` (all when none is). Message i
    is dated on `day` (weekday, day of November 2026) at hour first + i % hours, minute i * step % 60,
    with `clock` = (first, hours, step) as each set was first written."""
    letters = LetterSet(Path(gen_file).resolve().parent, CRITICAL_CODES).load()
    first_hour, hours, step = clock
    letters.write(
        argv,
        title=title,
        seed=seed,
        date=lambda i: mail_date(day[0], day[1], "Nov", first_hour + i % hours, (i * step) % 60),
    )
