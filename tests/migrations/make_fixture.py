"""Build a register at an old schema revision — for the migration tests and the committed fixtures.

`build_register(root, revision)` makes a register folder (register.db + register.keys) whose
database stops at `revision`, with a centre, an administrator, a setting and a valid audit entry,
written through the same key slots and SQLCipher settings the application uses.

Run as a script to (re)generate the committed fixture of a released schema:

    EVIDENCIJA_TEST_WEAK_KDF=1 .venv/bin/python tests/migrations/make_fixture.py 0001_foundation

A fixture is made once, when its schema is released, and then kept as it is: it stands for the
registers that exist in centres, which later versions of the program must keep opening.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

FIXTURES = Path(__file__).with_name("fixtures")
PASSPHRASE = "Fixture-lozinka-0001"
ADMIN = "admin"
CENTRE_NAME = "Centar za socijalni rad Fixture"
ADMIN_NAME = "Administratorka Fixture"
SETTING = ("idle_lock_minutes", "10")


def build_register(root: Path, revision: str, *, passphrase: str = PASSPHRASE) -> bytearray:
    """Create a register in `root` at `revision`; returns its data key.

    The rows are written with SQL against the tables as they are at `revision` (reflected), not
    through today's models: a model that gained a column since would not fit the old schema. The
    audit entry is hashed as the program of that time did, so the chain check proves that later
    programs still verify old entries."""
    import hashlib
    import json
    import uuid
    from datetime import UTC, datetime

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from sqlalchemy import MetaData, insert

    from evidencija.db import engine as dbengine
    from evidencija.db import keys, migrate

    root.mkdir(parents=True, exist_ok=True)
    data_key = keys.new_data_key()
    register_id = secrets.token_hex(16)
    keyfile = keys.KeyFile(root / "register.keys", register_id)
    keyfile.set_passphrase(ADMIN, passphrase, data_key)
    keyfile.set_recovery(data_key)

    engine = dbengine.make_engine(root / "register.db", data_key, create=True)
    try:
        migrate.upgrade(engine, target=revision)
        with engine.begin() as conn:
            schema = MetaData()
            schema.reflect(conn)
            table = schema.tables
            at = datetime.now(UTC)
            stored = at.replace(tzinfo=None)  # timestamps are stored as naive UTC
            admin_id = str(uuid.uuid4())
            conn.execute(insert(table["users"]).values(
                id=admin_id, username=ADMIN, display_name=ADMIN_NAME, role="ADMIN", active=True,
                created_at=stored))
            conn.execute(insert(table["centre"]).values(
                id=1, code="CSR-FX", name=CENTRE_NAME, register_id=register_id,
                pseudonym_key=secrets.token_bytes(32),
                signing_key=Ed25519PrivateKey.generate().private_bytes(
                    serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                    serialization.NoEncryption()),
                created_at=stored))
            conn.execute(insert(table["settings"]).values(key=SETTING[0], value=SETTING[1]))
            changes = json.dumps({"centre_code": [None, "CSR-FX"]}, ensure_ascii=False,
                                 sort_keys=True, separators=(",", ":"))
            genesis = "0" * 64
            content = json.dumps([1, at.isoformat(), admin_id, "CREATE", "register", register_id,
                                  changes], ensure_ascii=False, separators=(",", ":"))
            conn.execute(insert(table["audit_log"]).values(
                seq=1, at=stored, user_id=admin_id, action="CREATE", entity="register",
                entity_id=register_id, changes=changes, prev_hash=genesis,
                entry_hash=hashlib.sha256(genesis.encode("ascii") + content.encode()).hexdigest()))
    finally:
        engine.dispose()
    keyfile.save()
    return data_key


def main(argv: list[str]) -> int:
    if os.environ.get("EVIDENCIJA_TEST_WEAK_KDF") != "1":
        sys.stderr.write("set EVIDENCIJA_TEST_WEAK_KDF=1: fixtures use the cheap test KDF\n")
        return 2
    revision = argv[0] if argv else "0001_foundation"
    target = FIXTURES / revision
    if target.exists():
        sys.stderr.write(f"{target} exists: a released fixture is never regenerated\n")
        return 1
    build_register(target, revision)
    sys.stdout.write(f"wrote {target}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
