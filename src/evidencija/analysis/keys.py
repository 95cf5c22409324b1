"""The NGO's age identity (X25519) — the private key the centres encrypt their exports to.

The identity file is in age's own format (comment lines, then `AGE-SECRET-KEY-1…`), so the
standard `age -d -i FILE` tool opens an export too. It is written once, atomically, readable by
its owner only, and never overwritten.

"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pyrage import x25519

from ..fsutil import atomic_write
from .errors import IdentityError

MAX_IDENTITY_FILE = 64 * 1024


def generate_identity(out: Path) -> str:
    """Make a new identity in `out` (refusing to overwrite anything); return its public recipient."""
    out = Path(out)
    if out.exists():
        raise IdentityError("identity_exists", path=str(out))
    identity = x25519.Identity.generate()
    recipient = str(identity.to_public())
    created = datetime.now(UTC).replace(microsecond=0).isoformat()
    body = (
        f"# created: {created}\n"
        "# Evidencija analysis: the organisation's private key. Keep it secret; back it up offline.\n"
        f"# public key: {recipient}\n"
        f"{identity}\n"
    ).encode("ascii")
    out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(out, body)  # mkstemp: created 0600, owner only
    return recipient


def load_identity(path: Path) -> x25519.Identity:
    """Read an age X25519 identity file (the first `AGE-SECRET-KEY-1` line)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_IDENTITY_FILE:
            raise IdentityError("identity_invalid", path=str(path))
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as exc:
        raise IdentityError("identity_invalid", path=str(path)) from exc
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("AGE-SECRET-KEY-1"):
            try:
                return x25519.Identity.from_str(line)
            except Exception as exc:  # pyrage raises its own IdentityError / ValueError
                raise IdentityError("identity_invalid", path=str(path)) from exc
    raise IdentityError("identity_invalid", path=str(path))


def recipient_of(identity: x25519.Identity) -> str:
    return str(identity.to_public())
