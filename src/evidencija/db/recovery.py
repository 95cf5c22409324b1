"""The recovery key: 200 random bits a person can copy by hand and type back.

Format: 8 groups of 6 characters (Crockford base32: no I, L, O, U), e.g. `7QK3M-…`. In each group
the sixth character is a Luhn mod 32 check over the other five, so any single mistyped character
— and most swaps of neighbours — is caught, and the group is named, before the key is tried.
"""

from __future__ import annotations

import secrets

from ..errors import InvalidInput

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
# Characters people confuse with Crockford's letters are read as what they must have meant.
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
GROUPS, DATA_PER_GROUP = 8, 5
SECRET_BYTES = GROUPS * DATA_PER_GROUP * 5 // 8  # 25 bytes = 200 bits


class RecoveryKeyMistyped(InvalidInput):
    message_id = "recovery_key_mistyped"


def _check_char(values: list[int]) -> int:
    n, total, factor = len(ALPHABET), 0, 2
    for value in reversed(values):
        addend = factor * value
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return (n - total % n) % n


def _to_chars(secret: bytes) -> list[int]:
    number = int.from_bytes(secret, "big")
    count = GROUPS * DATA_PER_GROUP
    return [(number >> (5 * (count - 1 - i))) & 31 for i in range(count)]


def _from_chars(values: list[int]) -> bytes:
    number = 0
    for value in values:
        number = (number << 5) | value
    return number.to_bytes(SECRET_BYTES, "big")


def format_key(secret: bytes) -> str:
    values = _to_chars(secret)
    groups = []
    for g in range(GROUPS):
        chunk = values[g * DATA_PER_GROUP : (g + 1) * DATA_PER_GROUP]
        groups.append("".join(ALPHABET[v] for v in chunk) + ALPHABET[_check_char(chunk)])
    return "-".join(groups)


def new_key() -> tuple[bytes, str]:
    """A fresh recovery secret and its printable form."""
    secret = secrets.token_bytes(SECRET_BYTES)
    return secret, format_key(secret)


def parse_key(text: str) -> bytes:
    """The secret behind a typed recovery key; `RecoveryKeyMistyped` names the faulty group."""
    cleaned = "".join(ch for ch in text.upper().translate(_READ_AS) if ch not in " -\t\r\n")
    size = DATA_PER_GROUP + 1
    if len(cleaned) != GROUPS * size:
        raise InvalidInput(detail=f"{GROUPS} × {size}")
    values: list[int] = []
    for g in range(GROUPS):
        group = cleaned[g * size : (g + 1) * size]
        if any(ch not in _VALUE for ch in group):
            raise RecoveryKeyMistyped(group=g + 1)
        chunk = [_VALUE[ch] for ch in group[:DATA_PER_GROUP]]
        if _check_char(chunk) != _VALUE[group[-1]]:
            raise RecoveryKeyMistyped(group=g + 1)
        values.extend(chunk)
    return _from_chars(values)
