"""Byte-level header helpers and the fast MAIL/RCPT path parser: fast paths must agree with the
slow, general code they stand in for."""

from __future__ import annotations

import random
import string

import pytest
from aiosmtpd.smtp import SMTP

from gateway.headers import HeaderField, first_values, iter_fields, split_message, strip_our_fields
from gateway.inbound import GatewaySMTP

BLOCK = (
    b"Received: from a\r\n\tby b; Mon, 3 Jun 2024 09:14:07 +0000\r\n"
    b"X-Subject: not this one\r\n"
    b"subject: Hello\r\n world\r\n"
    b"Subject: second subject is ignored\r\n"
    b"From: \xe9milie <emilie@example.org>\r\n"
    b"Message-ID:<id@example.org>\r\n"
    b"\r\n"
)


def walk_first_values(block: bytes, names: tuple[str, ...]) -> dict[str, str]:
    """The reference: walk every field (what first_values did before it became one regex)."""
    found: dict[str, str] = {}
    for item in iter_fields(block):
        if isinstance(item, HeaderField):
            key = item.name.lower()
            if key in names and key not in found:
                found[key] = item.value
    return found


def test_first_values_reads_folded_first_occurrences_case_insensitively() -> None:
    values = first_values(BLOCK, ("Subject", "from", "message-id", "reply-to"))
    assert values == {"subject": "Hello world", "from": "émilie <emilie@example.org>", "message-id": "<id@example.org>"}


@pytest.mark.parametrize("line_ending", [b"\r\n", b"\n"])
def test_first_values_agrees_with_a_field_walk(line_ending: bytes) -> None:
    block = BLOCK.replace(b"\r\n", line_ending)
    names = ("subject", "from", "message-id", "received")
    assert first_values(block, names) == walk_first_values(block, names)


def test_strip_our_fields_removes_folded_forgeries_and_keeps_lookalike_values() -> None:
    block = (
        b"From: a@example.org\r\n"
        b"X-Curveball-Tags: legal-threat,\r\n\tabusive\r\n"
        b"x-curveball-verified: yes\r\n"
        b"Subject: about X-Curveball-Tags: headers\r\n\r\n"
    )
    stripped, removed = strip_our_fields(block)
    assert removed == 2
    assert stripped == b"From: a@example.org\r\nSubject: about X-Curveball-Tags: headers\r\n\r\n"
    clean = b"From: a@example.org\r\nSubject: hi\r\n\r\n"
    assert strip_our_fields(clean) == (clean, 0)


def test_split_message_handles_both_line_endings() -> None:
    assert split_message(b"A: 1\nB: 2\n\nbody\n") == (b"A: 1\nB: 2\n", b"\nbody\n")
    assert split_message(b"A: 1\r\n\r\nbody") == (b"A: 1\r\n", b"\r\nbody")


def _paths(count: int) -> list[str]:
    """MAIL/RCPT arguments: plausible paths with parameters, plus oddities the fast path must decline."""
    rng = random.Random(2920)
    atext = string.ascii_letters + string.digits + "!#$%&'*+/=?^_`{|}~-"
    paths = ["<>", '<"quoted local"@example.org>', "<@relay.example:a@b.example>", "<jö@example.org>", "a@b", "<a@b"]
    for _ in range(count):
        local = ".".join("".join(rng.choices(atext, k=rng.randint(1, 6))) for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.1:
            local = local.replace(".", "..", 1)
        labels = (
            "".join(rng.choices(string.ascii_letters + string.digits + "-", k=rng.randint(1, 6)))
            for _ in range(rng.randint(1, 3))
        )
        tail = rng.choice(["", " ", "  ", "\t", " SIZE=12 BODY=8BITMIME", "  SIZE=1 ", " (c) SIZE=1", "(c)", "x"])
        paths.append(rng.choice(["", " "]) + f"<{local}@{'.'.join(labels)}>" + tail)
    return paths


def test_fast_path_parser_agrees_with_aiosmtpd() -> None:
    reference = SMTP(handler=object(), hostname="test.localhost")
    fast = GatewaySMTP.__new__(GatewaySMTP)
    fast.local_part_limit = 0
    compared = 0
    for path in _paths(3000):
        try:
            expected = SMTP._getaddr(reference, path)
        except AttributeError:  # aiosmtpd's own parser trips over a few malformed paths
            continue
        assert GatewaySMTP._getaddr(fast, path) == expected, path
        compared += 1
    assert compared > 2500


def test_fast_path_parser_keeps_the_local_part_limit() -> None:
    fast = GatewaySMTP.__new__(GatewaySMTP)
    fast.local_part_limit = 8
    assert GatewaySMTP._getaddr(fast, "<short@example.org>") == ("short@example.org", "")
    assert GatewaySMTP._getaddr(fast, "<much-too-long@example.org> SIZE=1") == (None, None)
