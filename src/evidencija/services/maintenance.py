"""Keeping a register sound: check, back up, restore."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ..db import backup as backups
from ..db import engine as dbengine
from ..db import keys as keyslots
from ..db import migrate
from ..db.models import Centre
from ..db.register import Register
from ..errors import BadBackup, KnownError, write_error
from ..paths import RegisterPaths
from . import audit
from .roles import ADMIN, CASE_MANAGER, require

log = logging.getLogger(__name__)


@dataclass
class CheckReport:
    """What `check` looked at and what it found; `sound` only when nothing was found."""

    checked: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems


def check_register(register: Register) -> CheckReport:
    register.require_user()
    report = CheckReport()
    with register.engine.connect() as conn:
        report.checked.append("pages (SQLCipher HMAC), SQLite integrity, foreign keys")
        report.problems += dbengine.integrity_problems(conn.connection.dbapi_connection)
        revision = migrate.current_revision(conn)
        report.checked.append(f"schema revision {revision}")
        if revision != migrate.SCHEMA_HEAD:
            report.problems.append(f"schema revision {revision}, expected {migrate.SCHEMA_HEAD}")
    with register.session() as session:
        chain = audit.verify_chain(session)
        report.checked.append(f"audit trail: {chain.entries} entries")
        if not chain.intact:
            report.problems.append(f"audit trail broken at entry {chain.first_broken_seq}")
        centre = session.scalar(select(Centre))
        report.checked.append("key slots belong to this database")
        if centre is None or centre.register_id != register.keyfile.register_id:
            report.problems.append("key slots and database belong to different registers")
    return report


def backup_register(register: Register, target: Path) -> backups.BackupInfo:
    """Write a verified backup of the open register to `target` (admins and case managers)."""
    require(register, ADMIN, CASE_MANAGER)
    info = backups.write_backup_from_engine(register.engine, register.data_key, register.keyfile, target)
    with register.session(write=True) as session, session.begin():
        audit.record(session, user_id=register.require_user().id, action="BACKUP", entity="register",
                     entity_id=register.keyfile.register_id, changes={"file": [None, Path(target).name]})
    return info


def restore_register(data_dir: Path, backup_path: Path, username: str, passphrase: str) -> backups.BackupInfo:
    """Replace the register in `data_dir` with a verified backup.

    The backup is fully verified with the given credentials first. The current register is moved
    aside and comes back if the restored one does not open; it is deleted only after it does.
    """
    paths = RegisterPaths(Path(data_dir))
    manifest, keyfile = backups.open_backup(backup_path)
    if paths.keys.exists():
        # Restoring another register's backup here would replace this register with theirs.
        try:
            current_id: str | None = keyslots.KeyFile.load(paths.keys).register_id
        except KnownError:
            current_id = None  # a damaged key file: restoring is how it is repaired
        if current_id is not None and current_id != keyfile.register_id:
            raise BadBackup(path=str(backup_path), detail="it is a backup of another register")
    data_key = keyfile.unlock(username, passphrase)
    try:
        info = backups.verify_backup(backup_path, data_key=data_key)
    finally:
        keyslots.forget(data_key)
    paths.root.mkdir(parents=True, exist_ok=True)
    lock = Register._claim(paths.root)
    aside = paths.root / f"replaced-{datetime.now():%Y%m%d-%H%M%S}"
    moved: list[tuple[Path, Path]] = []
    companions = [paths.database, paths.keys, *paths.sidecars()]
    existed = {p for p in companions if p.exists()}
    try:
        aside.mkdir()
        for current in companions:
            if current in existed:
                target = aside / current.name
                shutil.move(current, target)
                moved.append((target, current))
        backups.extract_to(backup_path, paths.root)
        restored = Register(paths, keyslots.KeyFile.load(paths.keys), lock)
        restored.unlock(username, passphrase)
        restored.lock()
    except BaseException as exc:
        # Remove what the restore put here — never a current file that was not yet moved aside.
        set_aside = {original for _, original in moved}
        for p in companions:
            if p in set_aside or p not in existed:
                p.unlink(missing_ok=True)
        for source, original in moved:
            shutil.move(source, original)
        shutil.rmtree(aside, ignore_errors=True)
        lock.release()
        if isinstance(exc, OSError):
            raise write_error(exc, paths.root) from exc
        if isinstance(exc, KnownError) and not isinstance(exc, BadBackup):
            raise BadBackup(path=str(backup_path), detail=exc.message("en")) from exc
        raise
    shutil.rmtree(aside, ignore_errors=True)
    lock.release()
    log.info("register restored from a backup of %s", manifest.get("created_at"))
    return info
