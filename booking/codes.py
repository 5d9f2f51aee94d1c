"""Booking codes: random, easy to read aloud, stored only as a keyed hash.

A code is 8 symbols of Crockford's base32 alphabet (``0-9`` and the letters without
``I L O U``), shown as ``K7QM-3XPD``: 32**8 = 2**40 possibilities, 40 bits from
:mod:`secrets`. The letters that look like digits are left out of the alphabet, so user
input can be normalised without ambiguity: ``O`` is read as ``0`` and ``I``/``L`` as ``1``;
case, spaces and the dash do not matter.

Why a keyed hash (HMAC-SHA256 with a secret "pepper") and not a plain hash: 40 bits are
plenty against guessing through the chat (rate-limited), but a plain SHA-256 of all 2**40
codes can be computed in hours on one GPU, so a copied database would reveal every code.
With the pepper kept outside the database (``BOOKING_CODE_PEPPER``, or a generated file
with 0600 permissions in the data directory) the hashes alone are useless.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path
from typing import Callable, List, Optional, Tuple

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 8
CODE_BITS = 40  # len(ALPHABET) ** CODE_LENGTH == 2 ** CODE_BITS
TAIL_LENGTH = 2  # staff see only the last two symbols
# Letters outside the alphabet that are read as the digit they resemble.
CONFUSABLES = {"O": "0", "I": "1", "L": "1"}
PEPPER_FILE_NAME = "code_pepper"
PEPPER_BYTES = 32

_SYMBOL = "[0-9A-Za-z]"
# A code in running text: 4+4 symbols, joined directly, by a dash or by one space,
# and not part of a longer word (æøå count as word characters, hence \w).
_CANDIDATE_RE = re.compile(
    rf"(?<!\w)(?P<a>{_SYMBOL}{{4}})(?P<sep>[ \-‐‑–]?)(?P<b>{_SYMBOL}{{4}})(?!\w)")


def new_code(randbits: Callable[[int], int] = secrets.randbits) -> str:
    """A fresh random code, normalised (8 symbols, no dash).

    Args:
        randbits: Source of random bits; :func:`secrets.randbits` except in tests.
    """
    number = randbits(CODE_BITS)
    symbols = []
    for _ in range(CODE_LENGTH):
        number, index = divmod(number, len(ALPHABET))
        symbols.append(ALPHABET[index])
    return "".join(symbols)


def format_code(code: str) -> str:
    """``"K7QM3XPD"`` -> ``"K7QM-3XPD"`` (the way users see it)."""
    half = CODE_LENGTH // 2
    return f"{code[:half]}-{code[half:]}"


def normalise_code(text: str) -> Optional[str]:
    """The canonical code (8 symbols, upper case, no dash) of user input, or ``None``.

    Accepts any case, spaces and dashes anywhere, and ``O``/``I``/``L`` for ``0``/``1``/``1``.
    """
    cleaned = re.sub(r"[\s\-‐‑–]", "", text).upper()
    cleaned = "".join(CONFUSABLES.get(ch, ch) for ch in cleaned)
    if len(cleaned) != CODE_LENGTH or any(ch not in ALPHABET for ch in cleaned):
        return None
    return cleaned


def code_tail(code: str) -> str:
    """The last two symbols, the only part of a code staff see."""
    return code[-TAIL_LENGTH:]


def _candidates(text: str) -> List[Tuple[str, bool]]:
    """Every code-shaped token in ``text`` as ``(normalised code, looks deliberate)``."""
    found: List[Tuple[str, bool]] = []
    for match in _CANDIDATE_RE.finditer(text):
        raw = match.group("a") + match.group("b")
        code = normalise_code(raw)
        if code is None or raw.isdigit():  # only digits: a phone number, not a code
            continue
        sep = match.group("sep")
        has_digit = any(ch.isdigit() for ch in raw)
        capitals = not any(ch.islower() for ch in raw)
        deliberate = bool(sep and sep != " ") or capitals or (has_digit and sep == "")
        if sep == " " and not deliberate:
            continue  # two ordinary four-letter words
        found.append((code, deliberate))
    return found


def find_booking_code(text: str) -> Optional[str]:
    """Pull a booking code out of a message such as "aflys K7QM-3XPD" or "min tid k7qm3xpd".

    An 8-letter Danish word ("samtalen") is also a valid code once normalised, so in running
    text only candidates that look deliberate count: written with the dash, typed in
    capitals, or containing a digit (but not only digits, like a phone number). A message
    that is nothing but a code always counts. See :func:`find_possible_code` for the rest.

    Returns:
        The normalised code of the last such candidate, or ``None``.
    """
    stripped = text.strip()
    if len(stripped) <= CODE_LENGTH + 2:
        whole = normalise_code(stripped)
        if whole is not None:
            return whole
    deliberate = [code for code, sure in _candidates(text) if sure]
    return deliberate[-1] if deliberate else None


def find_possible_code(text: str) -> Optional[str]:
    """The last 8-letter lower-case word that could be a code ("aflys kqmxtpdh").

    About 5% of codes have no digit; typed in lower case without the dash they look like
    a word. Callers may try this candidate when :func:`find_booking_code` finds nothing,
    and must count a miss as a wrong code (else it would be a way around the rate limit).
    """
    possible = [code for code, sure in _candidates(text) if not sure]
    return possible[-1] if possible else None


class CodeHasher:
    """Keyed hash of codes (HMAC-SHA256), the only form in which a code is stored."""

    def __init__(self, pepper: bytes) -> None:
        """Args:
            pepper: Secret key, at least 16 bytes, kept outside the database.
        """
        if len(pepper) < 16:
            raise ValueError("the code pepper must be at least 16 bytes")
        self._pepper = pepper

    def digest(self, code: str) -> str:
        """Hex HMAC of a normalised code (64 characters)."""
        return hmac.new(self._pepper, code.encode("ascii"), hashlib.sha256).hexdigest()


def load_or_create_pepper(data_dir: Path) -> bytes:
    """The pepper in ``data_dir/code_pepper``, created (0600, 32 random bytes) if missing.

    The key is written to a private temporary file and then hard-linked into place:
    ``link`` fails when the name exists, so concurrent first starts agree on one complete
    key and nobody ever reads a half-written file.
    """
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = data_dir / PEPPER_FILE_NAME
    if not path.exists():
        tmp = data_dir / f".{PEPPER_FILE_NAME}.{secrets.token_hex(8)}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(secrets.token_bytes(PEPPER_BYTES))
            try:
                os.link(tmp, path)
            except FileExistsError:
                pass  # another process won; use its key
        finally:
            tmp.unlink()
    pepper = path.read_bytes()
    if len(pepper) < 16:
        raise ValueError(f"{path} is shorter than 16 bytes; delete it to make a new one")
    return pepper
