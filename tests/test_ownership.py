"""Sender authentication for ownership requests: DKIM verified here, Authentication-Results trust."""

from __future__ import annotations

import base64

import dkim
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from gateway.config import AuthenticationSettings
from gateway.ownership import trusted_authentication, verify_dkim
from gateway.policy.content import parse_view

MESSAGE = (
    b"From: Eva <eva@bigcorp.example>\r\nTo: support@example.com\r\nSubject: transfer\r\n"
    b"Message-ID: <1@bigcorp.example>\r\n\r\nPlease make me the owner of our account.\r\n"
)


@pytest.fixture(scope="module")
def signed() -> tuple[bytes, bytes]:
    """(signed message, the DNS TXT record for its selector), made here with a fresh key."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())  # fmt: skip
    public = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    signature = dkim.sign(MESSAGE, b"s1", b"bigcorp.example", private, include_headers=[b"from", b"subject"])
    return signature + MESSAGE, b"v=DKIM1; k=rsa; p=" + base64.b64encode(public)


def test_valid_signature_passes(signed: tuple[bytes, bytes]) -> None:
    message, record = signed
    assert verify_dkim(message, dnsfunc=lambda name, timeout=5: record) == "pass"


def test_tampered_message_fails(signed: tuple[bytes, bytes]) -> None:
    message, record = signed
    tampered = message.replace(b"the owner", b"an owner")
    assert verify_dkim(tampered, dnsfunc=lambda name, timeout=5: record) == "fail"


def test_unsigned_message_is_none() -> None:
    assert verify_dkim(MESSAGE) == "none"


def test_only_the_topmost_results_of_our_authserv_id_count() -> None:
    settings = AuthenticationSettings(authserv_id="mx.example.com")
    raw = (
        b"Authentication-Results: mx.example.com; dmarc=fail header.from=bigcorp.example\r\n"
        b"Authentication-Results: mx.example.com; dmarc=pass header.from=bigcorp.example\r\n" + MESSAGE
    )
    assert trusted_authentication(parse_view(raw), settings) == {"dmarc": "fail"}
    forged_on_top = b"Authentication-Results: other.example; dmarc=pass\r\n" + raw
    assert trusted_authentication(parse_view(forged_on_top), settings) is None
    assert trusted_authentication(parse_view(raw), AuthenticationSettings()) is None
