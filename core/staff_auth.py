"""Bearer tokens of the staff pages (booking desk, anonymous insight), compared safely.

Tokens are hashed before the constant-time comparison (``hmac.compare_digest``), so the
comparison takes the same time whatever the lengths are. Used by ``booking.staff`` and
``insight.staff``; pure Python, no web framework.
"""

from __future__ import annotations

import hashlib
from typing import Optional


def token_digest(value: str) -> bytes:
    """SHA-256 of a bearer token."""
    return hashlib.sha256(value.encode("utf-8")).digest()


def bearer_digest(authorization: str) -> Optional[bytes]:
    """The digest of the token in an ``Authorization: Bearer <token>`` header; None when the
    header is missing, of another scheme or empty."""
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return token_digest(value.strip())
