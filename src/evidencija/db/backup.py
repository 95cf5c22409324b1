"""Encrypted backups: one file holding the (still encrypted) database and its key slots.

Format (docs/security.md): a ZIP, stored without compression (the content is ciphertext), with
`manifest.json`, `register.db` and `register.keys`. The manifest lists each member's size and
SHA-256 and carries an HMAC keyed from the data key, so a truncated, altered or foreign backup is
refused before anything is restored. The database copy is made with SQLite's online backup API
between two connections keyed alike: it is never decrypted to disk.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Engine

from .. import __version__
from ..errors import BadBackup, KnownError, write_error
from ..fsutil import atomic_output
from . import engine as dbengine
from . import keys as keyslots
from . import migrate

FORMAT = "evidencija-backup"
VERSION = 1
DB_MEMBER, KEYS_MEMBER, MANIFEST_MEMBER = "register.db", "register.keys", "manifest.json"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: str
    register_id: str
    schema_revision: str | None
    app_version: str


def _mac_key(data_key: bytes | bytearray) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"evidencija backup manifest").derive(
        bytes(data_key)
    )


def _canonical(manifest: dict[str, Any]) -> bytes:
    body = {k: v for k, v in manifest.items() if k != "mac"}
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_backup_from_engine(
    engine: Engine, data_key: bytes | bytearray, keyfile: keyslots.KeyFile, target: Path
) -> BackupInfo:
    """Copy the live database and slots into `target`, then reopen and verify it before the rename."""
    target = Path(target)
    try:
        work = Path(tempfile.mkdtemp(prefix=".evidencija-backup-", dir=target.parent))
    except OSError as exc:
        raise write_error(exc, target) from exc
    try:
        db_copy = work / DB_MEMBER
        with engine.connect() as conn:
            revision = migrate.current_revision(conn)
            source = conn.connection.dbapi_connection
            dest = sqlcipher3.connect(str(db_copy))
            try:
                dest.execute("PRAGMA cipher_log_level = NONE")
                dest.set_key(dbengine._raw_key(data_key))
                source.backup(dest)  # type: ignore[union-attr]
            finally:
                dest.close()
        keys_bytes = keyfile.to_bytes()
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "register_id": keyfile.register_id,
            "schema_revision": revision,
            "app_version": __version__,
            "members": {
                DB_MEMBER: {"size": db_copy.stat().st_size, "sha256": _sha256(db_copy)},
                KEYS_MEMBER: {"size": len(keys_bytes), "sha256": hashlib.sha256(keys_bytes).hexdigest()},
            },
        }
        manifest["mac"] = hmac.new(_mac_key(data_key), _canonical(manifest), "sha256").hexdigest()

        def verify(tmp: Path) -> None:
            verify_backup(tmp, data_key=data_key)

        with (
            atomic_output(target, verify=verify) as handle,
            zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_STORED) as archive,
        ):
            archive.writestr(MANIFEST_MEMBER, json.dumps(manifest, indent=2, sort_keys=True))
            archive.write(db_copy, DB_MEMBER)
            archive.writestr(KEYS_MEMBER, keys_bytes)
    except OSError as exc:
        raise write_error(exc, target) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return BackupInfo(target, manifest["created_at"], keyfile.register_id, revision, __version__)


def _read_manifest(archive: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    names = sorted(archive.namelist())
    if names != sorted([MANIFEST_MEMBER, DB_MEMBER, KEYS_MEMBER]):
        raise BadBackup(path=str(path), detail="members")
    try:
        manifest = json.loads(archive.read(MANIFEST_MEMBER))
    except ValueError as exc:
        raise BadBackup(path=str(path), detail="manifest") from exc
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise BadBackup(path=str(path), detail="format")
    return dict(manifest)


def open_backup(path: Path) -> tuple[dict[str, Any], keyslots.KeyFile]:
    """Structural check (members, sizes, hashes) and the key slots inside; needs no key."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = _read_manifest(archive, path)
            for name in (DB_MEMBER, KEYS_MEMBER):
                expected = manifest["members"][name]
                digest, size = hashlib.sha256(), 0
                with archive.open(name) as member:
                    for block in iter(lambda: member.read(1 << 20), b""):
                        digest.update(block)
                        size += len(block)
                if size != expected["size"] or digest.hexdigest() != expected["sha256"]:
                    raise BadBackup(path=str(path), detail=f"{name} altered or truncated")
            keys_bytes = archive.read(KEYS_MEMBER)
    except KnownError:
        raise
    except FileNotFoundError as exc:
        raise BadBackup(path=str(path), detail="missing") from exc
    except (zipfile.BadZipFile, OSError, KeyError, TypeError, ValueError, EOFError) as exc:
        raise BadBackup(path=str(path), detail="not a complete backup file") from exc
    try:
        keyfile = keyslots.KeyFile.from_bytes(keys_bytes, path)
    except KnownError as exc:
        raise BadBackup(path=str(path), detail="key slots") from exc
    if keyfile.register_id != manifest.get("register_id"):
        raise BadBackup(path=str(path), detail="key slots belong to another register")
    return manifest, keyfile


def verify_backup(path: Path, *, data_key: bytes | bytearray) -> BackupInfo:
    """Full check with the data key: manifest MAC, then the database copy opens and is intact."""
    path = Path(path)
    manifest, _ = open_backup(path)
    expected = hmac.new(_mac_key(data_key), _canonical(manifest), "sha256").hexdigest()
    if not hmac.compare_digest(expected, str(manifest.get("mac", ""))):
        raise BadBackup(path=str(path), detail="manifest altered, or made by another register")
    work = Path(tempfile.mkdtemp(prefix=".evidencija-verify-", dir=path.parent))
    try:
        with zipfile.ZipFile(path) as archive:
            archive.extract(DB_MEMBER, work)
        conn = dbengine.connect(work / DB_MEMBER, data_key)
        try:
            problems = dbengine.integrity_problems(conn)
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
        if problems:
            raise BadBackup(path=str(path), detail=problems[0])
        if (revision[0] if revision else None) != manifest.get("schema_revision"):
            raise BadBackup(path=str(path), detail="schema revision")
    except KnownError as exc:
        if isinstance(exc, BadBackup):
            raise
        raise BadBackup(path=str(path), detail=exc.message("en")) from exc
    except sqlcipher3.DatabaseError as exc:
        raise BadBackup(path=str(path), detail="database copy damaged") from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return BackupInfo(
        path, manifest["created_at"], manifest["register_id"], manifest.get("schema_revision"),
        manifest.get("app_version", "?"),
    )


def extract_to(path: Path, root: Path) -> None:
    """Write the backup's database and key slots into `root` (each atomically)."""
    from ..fsutil import atomic_write

    with zipfile.ZipFile(path) as archive:
        with archive.open(DB_MEMBER) as member, atomic_output(root / DB_MEMBER) as out:
            shutil.copyfileobj(member, out, 1 << 20)
        atomic_write(root / KEYS_MEMBER, archive.read(KEYS_MEMBER))
