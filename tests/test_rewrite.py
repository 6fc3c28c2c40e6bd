"""Banners, headers and subject prefixes applied to raw bytes without breaking MIME."""

from __future__ import annotations

import base64
import email
import email.policy
from email.message import EmailMessage

import pytest

from gateway.policy.decision import Decision
from gateway.policy.rewrite import apply_decision, prefixed_subject

BANNER = Decision(banners=("Legal has a copy; do not argue the substance.",))


def parsed(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def texts(message: EmailMessage) -> dict[str, str]:
    found: dict[str, str] = {}
    for part in message.walk():
        if part.get_content_type() in ("text/plain", "text/html") and part.get_content_disposition() != "attachment":
            found.setdefault(part.get_content_type(), part.get_content().replace("\r\n", "\n"))
    return found


def test_plain_text_banner_goes_on_top() -> None:
    out = apply_decision(b"Subject: x\r\n\r\nHello there\r\n", BANNER, [])
    assert out == (
        b"Subject: x\r\n\r\n" + b"-" * 66 + b"\r\n[Curveball] Legal has a copy; do not argue the substance.\r\n"
        + b"-" * 66 + b"\r\n\r\nHello there\r\n"
    )  # fmt: skip


def test_html_banner_goes_after_the_body_tag_escaped() -> None:
    decision = Decision(banners=("Watch <this> & that",))
    raw = (
        b'Subject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body class="a"><p>Hi</p></body></html>\r\n'
    )
    html = texts(parsed(apply_decision(raw, decision, [])))["text/html"]
    assert html.startswith('<html><body class="a"><div data-curveball-banner="1"')
    assert "Watch &lt;this&gt; &amp; that</div><p>Hi</p>" in html


def test_multipart_banner_in_first_plain_and_html_only_attachments_untouched() -> None:
    pdf = base64.encodebytes(b"%PDF-1.4 fake").replace(b"\n", b"\r\n")
    html_b64 = base64.encodebytes("<body><p>Plainte à la police</p></body>".encode()).replace(b"\n", b"\r\n")
    attachment = (
        b"--XX\r\nContent-Type: text/plain; name=notes.txt\r\n"
        b"Content-Disposition: attachment; filename=notes.txt\r\n\r\n"
        b"attached text stays as it is\r\n"
        b"--XX\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=a.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + pdf
    )
    raw = (
        b"Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"XX\"\r\n\r\npreamble\r\n"
        b"--XX\r\nContent-Type: multipart/alternative; boundary=YY\r\n\r\n"
        b"--YY\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"Je vais porter plainte =E0 la police.\r\n"
        b"--YY\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + html_b64 +
        b"--YY--\r\n" + attachment + b"--XX--\r\n"
    )  # fmt: skip
    out = apply_decision(raw, BANNER, [])
    message = parsed(out)
    assert message.defects == []
    found = texts(message)
    assert found["text/plain"].startswith("-" * 66 + "\n[Curveball] Legal has a copy")
    assert found["text/plain"].endswith("Je vais porter plainte à la police.")
    assert "Legal has a copy" in found["text/html"]
    assert "Plainte à la police" in found["text/html"]
    assert attachment in out  # attachments byte for byte
    assert out.count(b"Legal has a copy") == 1  # only the QP plain part shows it literally; html is base64


@pytest.mark.parametrize("charset", ["iso-8859-2", "windows-1250", "us-ascii"])
def test_banner_respects_the_part_charset(charset: str) -> None:
    decision = Decision(banners=("Zgłoszenie prawne — nie dyskutuj",))
    body = "Pozwę was do sądu".encode(charset, "replace")
    raw = (
        f"Subject: x\r\nContent-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n".encode()
    )
    text = texts(parsed(apply_decision(raw + body + b"\r\n", decision, [])))["text/plain"]
    assert "[Curveball] Zg" in text
    assert text.rstrip().endswith(body.decode(charset))


def test_banner_is_not_added_twice() -> None:
    once = apply_decision(b"Subject: x\r\n\r\nHello\r\n", BANNER, [])
    assert apply_decision(once, BANNER, []) == once


def test_malformed_multipart_is_left_alone() -> None:
    raw = b"Subject: x\r\nContent-Type: multipart/mixed; boundary=nothere\r\n\r\njust text, no parts\r\n"
    assert apply_decision(raw, BANNER, []) == raw


def test_headers_replace_and_our_fields_go_on_top() -> None:
    decision = Decision(headers=(("X-Zammad-Ticket-Priority", "3 high"),), priority="low")
    raw = b"X-Zammad-Ticket-Priority: 1 low\r\nX-Priority: 1\r\nSubject: x\r\n\r\nbody\r\n"
    out = apply_decision(raw, decision, [("X-Curveball-Tags", "a, b")])
    assert out == (
        b"X-Curveball-Tags: a, b\r\nX-Zammad-Ticket-Priority: 3 high\r\nImportance: Low\r\nX-Priority: 5 (Lowest)\r\n"
        b"Subject: x\r\n\r\nbody\r\n"
    )


def test_values_cannot_inject_header_lines() -> None:
    out = apply_decision(b"Subject: x\r\n\r\nb\r\n", Decision(), [("X-Curveball-Tags", "a\r\nBcc: victim@x")])
    assert b"\r\nBcc:" not in out


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Re: invoice", "[LEGAL] Re: invoice"),
        ("Re: [LEGAL] invoice", "Re: [LEGAL] invoice"),
        ("[legal] invoice", "[legal] invoice"),
        ("", "[LEGAL]"),
    ],
)
def test_subject_prefix(subject: str, expected: str) -> None:
    assert prefixed_subject(subject, ["[LEGAL]"]) == expected


def test_missing_subject_gets_the_prefix() -> None:
    out = apply_decision(b"From: a@b\r\n\r\nbody\r\n", Decision(subject_prefixes=("[VERIFY]",)), [])
    assert parsed(out)["Subject"] == "[VERIFY]"


def test_long_non_ascii_subject_is_encoded_and_folded() -> None:
    subject = "Zażółć gęślą jaźń " * 8
    raw = f"Subject: {subject}\r\n\r\nb\r\n".encode()
    out = apply_decision(raw, Decision(subject_prefixes=("[LEGAL]",)), [])
    header_block = out.split(b"\r\n\r\n")[0]
    assert header_block.isascii()
    assert all(len(line) <= 998 for line in header_block.split(b"\r\n"))
    assert parsed(out)["Subject"] == "[LEGAL] " + subject.strip()
