"""Password hashes for SMTP AUTH users (PBKDF2-SHA256, stdlib only)."""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import os

_ITERATIONS = 200_000


def hash_password(password: str, *, iterations: int = _ITERATIONS) -> str:
    """`pbkdf2_sha256$ITERATIONS$SALT$HASH`, the form `[server.auth.users]` expects."""
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return "$".join(
        ["pbkdf2_sha256", str(iterations), base64.b64encode(salt).decode(), base64.b64encode(digest).decode()]
    )


@functools.lru_cache(maxsize=256)
def verify_password(password: str, hashed: str) -> bool:
    """Constant-time check; cached because aiosmtpd calls authenticators on the event loop."""
    try:
        scheme, iterations, salt, digest = hashed.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(salt), int(iterations))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate, base64.b64decode(digest))
