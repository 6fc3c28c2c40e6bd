"""DATA read in blocks (gateway.smtpdata): exact content at every chunk boundary, and the same
replies and content as aiosmtpd's own line-by-line reader, compared over loopback."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP, Envelope, Session

from gateway.inbound import ConnectionGate, GatewaySMTP
from gateway.metrics import Metrics
from gateway.smtpdata import TOO_LONG, TOO_MUCH, read_data

HOST = "127.0.0.1"


def stuffed(message: bytes) -> bytes:
    """What a client sends after "354": dot-stuffed lines, then the dot line."""
    body = b"\r\n".join(b"." + line if line.startswith(b".") else line for line in message.split(b"\r\n"))
    return body + b".\r\n"


MESSAGES = [
    b"",
    b"\r\n",
    b"Subject: dots\r\n\r\nKind regards.\r\n.\r\n..\r\n.leading\r\nend.\r\n",
    b".first line is a dot line\r\n",
    b"bare LF\n.\r\nis not an end\r\nbare CR\r.\r\nneither\r\n",
    b"".join(b"line %d ends with a dot.\r\n" % n for n in range(300)),
]


async def feed_in_pieces(reader: asyncio.StreamReader, stream: bytes, cuts: list[int]) -> None:
    for start, end in zip([0, *cuts], [*cuts, len(stream)], strict=True):
        reader.feed_data(stream[start:end])
        await asyncio.sleep(0)


@pytest.mark.parametrize("message", MESSAGES)
async def test_every_split_of_the_stream_gives_the_message(message: bytes) -> None:
    stream = stuffed(message) + b"QUIT\r\n"  # a pipelined command after the data stays unread
    splits = range(1, len(stream)) if len(stream) < 200 else range(len(stream) - 40, len(stream))
    for cut in splits:
        # A small stream limit also sends blocks through the "no dot line within the limit" path.
        for limit in (8, 2**16):
            reader = asyncio.StreamReader(limit=limit)
            feeder = asyncio.create_task(feed_in_pieces(reader, stream, [cut]))
            result = await read_data(reader, size_limit=None, line_limit=2**20)
            await feeder
            assert (result.content, result.refusal) == (message, None), (cut, limit)
            assert await reader.readuntil(b"\r\n") == b"QUIT\r\n"


async def test_limits_are_refused_after_the_whole_message_arrived() -> None:
    for stream, size_limit, line_limit, refusal in [
        (stuffed(b"x" * 98 + b"\r\n"), 100, 1000, None),  # 100 bytes: at the size limit
        (stuffed(b"x" * 98 + b"\r\n"), 100, 100, None),  # a 100-byte line (CRLF counts): at the line limit
        (stuffed(b"x" * 99 + b"\r\n"), 100, 1000, TOO_MUCH),
        (stuffed(b"x" * 99 + b"\r\n"), None, 100, TOO_LONG),
        (stuffed(b"short\r\n" + b"x" * 100 + b"\r\nshort\r\n"), None, 101, TOO_LONG),
        (stuffed(b"x" * 200 + b"\r\n" + b"y" * 300 + b"\r\n"), 250, 250, TOO_LONG),  # the earlier breach
    ]:
        reader = asyncio.StreamReader(limit=16)
        reader.feed_data(stream + b"NOOP\r\n")
        result = await read_data(reader, size_limit=size_limit, line_limit=line_limit)
        assert result.refusal == refusal, (len(stream), size_limit, line_limit)
        assert await reader.readuntil(b"\r\n") == b"NOOP\r\n"  # the session goes on after a refusal


# --- the same bytes through aiosmtpd's reader and ours ------------------------------------------


class Capture:
    def __init__(self) -> None:
        self.contents: list[bytes] = []

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        assert isinstance(envelope.original_content, bytes)
        self.contents.append(envelope.original_content)
        return "250 OK"


class LineReadingSMTP(SMTP):
    """aiosmtpd as shipped, with the gateway's line limit."""

    line_length_limit = GatewaySMTP.line_length_limit


@asynccontextmanager
async def serving(factory: Any) -> AsyncIterator[int]:
    server = await asyncio.get_running_loop().create_server(factory, HOST, 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        await server.wait_closed()


async def transaction(port: int, stream: bytes, rng: random.Random) -> list[bytes]:
    """One session: EHLO, MAIL, RCPT, DATA with `stream` in random pieces, then a second
    pipelined transaction and QUIT; every reply line after "354"."""
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        await reader.readuntil(b"\r\n")
        writer.write(b"EHLO client.test\r\nMAIL FROM:<a@customer.example>\r\nRCPT TO:<support@example.com>\r\nDATA\r\n")
        while not (await reader.readuntil(b"\r\n")).startswith(b"354"):
            pass
        position = 0
        while position < len(stream):
            step = rng.choice([1, 2, 3, 7, 64, 4096, 70_000])
            writer.write(stream[position : position + step])
            await writer.drain()
            position += step
        writer.write(
            b"MAIL FROM:<b@customer.example>\r\nRCPT TO:<support@example.com>\r\nDATA\r\n"
            + stuffed(b"second\r\n")
            + b"QUIT\r\n"
        )
        replies = [await reader.readuntil(b"\r\n") for _ in range(6)]
        return [replies[0][:3], *(reply[:3] for reply in replies[1:])]
    finally:
        writer.close()
        await writer.wait_closed()


@pytest.mark.parametrize("size_limit", [0, 20_000])
async def test_replies_and_content_match_aiosmtpd(size_limit: int) -> None:
    streams = [stuffed(message) for message in MESSAGES]
    streams += [
        stuffed(b"x" * 30_000 + b"\r\n"),  # over the size limit, when there is one
        stuffed(b"y" * (GatewaySMTP.line_length_limit + 10) + b"\r\n"),  # a line over the line limit
        stuffed(b"".join(b"%05d .\r\n.\r\n" % n for n in range(4000))),  # many dot lines, stuffed
    ]
    theirs, ours = Capture(), Capture()
    gate = ConnectionGate(100, Metrics())
    ours_handler: Any = ours  # GatewaySMTP is typed for the gateway's handler; DATA needs only handle_DATA
    async with (
        serving(lambda: LineReadingSMTP(theirs, data_size_limit=size_limit)) as their_port,
        serving(lambda: GatewaySMTP(ours_handler, gate=gate, lifetime=60, data_size_limit=size_limit)) as our_port,
    ):
        for number, stream in enumerate(streams):
            their_replies = await transaction(their_port, stream, random.Random(number))
            our_replies = await transaction(our_port, stream, random.Random(number))
            assert our_replies == their_replies, number
            assert our_replies[0] in (b"250", b"552", b"500"), number
            assert our_replies[-1] == b"221", number
    assert ours.contents == theirs.contents
    refused = 3 if size_limit else 1  # the long line; with a limit, the two big messages too
    assert len(ours.contents) == 2 * len(streams) - refused
