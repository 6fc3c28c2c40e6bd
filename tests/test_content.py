"""parse_view: the single-text-part shortcut must see exactly what the full compat32 parse sees."""

from __future__ import annotations

import pytest

from gateway.policy import content
from gateway.policy.content import parse_view

FORMS = {
    "crlf": b"From: Ana <ana@x.example>\r\nSubject: Hi\r\n\r\nHello there\r\nsecond line\r\n",
    "lf": b"From: ana@x.example\nSubject: Hi\n\nHello there\n",
    "qp latin2": (
        b"Subject: =?iso-8859-2?q?Za=BF=F3=B3=E6?=\r\nContent-Type: text/plain; charset=iso-8859-2\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\nZa=BF=F3=B3=E6 g=EAsi=B1 ja=BC=F1\r\n"
    ),
    "base64": (
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nSGVqIHDDpSBkaWc=\r\n"
    ),
    "html only": b"Content-Type: text/html\r\n\r\n<p>Hello <b>there</b></p><blockquote>old</blockquote>",
    "folded, blank first body line": b"Subject: a\r\n  folded\r\n\r\n\r\nbody",
    "raw 8-bit": b"Subject: \xe9t\xe9\r\nContent-Disposition: inline; filename=\xff.txt\r\n\r\nb\xe9",
    "crlf blank line inside an lf body": b"Subject: x\n\nbody\r\n\r\nmore",
    "not a header in the header block": b"Subject: x\r\nnot a header\r\n\r\nbody",
    "no body": b"Subject: x\r\n\r\n",
    "no blank line": b"Subject: x\nno separator\n",
    "multipart": (
        b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nplain\r\n'
        b"--b\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n--b--\r\n"
    ),
    "message/rfc822": b"Content-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\nx",
}


@pytest.mark.parametrize("raw", FORMS.values(), ids=FORMS.keys())
def test_view_equals_the_full_parse(raw: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    shortcut = parse_view(raw, mail_from="m@x.example")
    monkeypatch.setattr(content, "_parse", content._PARSER.parsebytes)
    assert shortcut == parse_view(raw, mail_from="m@x.example")


def test_raw_8bit_content_disposition_is_read_not_raised() -> None:
    view = parse_view(b"Content-Disposition: attachment; filename=\xe9.pdf\r\nContent-Type: application/pdf\r\n\r\nx")
    assert view.has_attachment
