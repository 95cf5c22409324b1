"""Backups without the command line: back up now, automatic verified backups, the last good one.

"Back up now" goes through `maintenance.backup_register` (administrators and case managers choose
where a copy of the register goes). Automatic backups follow the administrator's policy (daily, or
when the program closes) into the folder the administrator chose, whoever is signed in: the user
cannot choose the target, so this gives nobody a new way to take the data out. Every backup is
verified before it counts; the last N automatic backups of this register are kept, older ones are
deleted only after a new one was verified.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..db import backup as backups
from ..db.register import Register
from . import audit
from . import settings as register_settings
from .maintenance import backup_register

log = logging.getLogger(__name__)

LAST_GOOD = "last_good_backup"
SUFFIX = ".evbackup"
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupPolicy:
    mode: str  # "off" | "daily" | "on_close"
    folder: Path | None
    keep: int


def policy(register: Register) -> BackupPolicy:
    s = register_settings.load_settings(register)
    folder = Path(s.backup_folder) if s.backup_folder.strip() else None
    return BackupPolicy(s.backup_mode, folder, s.backup_keep)


def last_good_backup(register: Register) -> datetime | None:
    """When the last verified backup (manual or automatic) was written, or None."""
    raw = register_settings.get_state(register, LAST_GOOD)
    try:
        return datetime.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def _record_good(register: Register, info: backups.BackupInfo, *, automatic: bool) -> None:
    user = register.require_user()
    with register.session(write=True) as session, session.begin():
        register_settings.set_state(session, LAST_GOOD, info.created_at)
        if automatic:
            audit.record(
                session,
                user_id=user.id,
                action="BACKUP",
                entity="register",
                entity_id=register.keyfile.register_id,
                changes={"file": [None, info.path.name], "automatic": [None, True]},
            )


def _name(register: Register, now: datetime, *, automatic: bool) -> str:
    kind = "auto-" if automatic else ""
    return f"evidencija-{kind}{register.keyfile.register_id[:8]}-{now:{_STAMP}}{SUFFIX}"


def backup_now(register: Register, folder: Path, now: datetime | None = None) -> backups.BackupInfo:
    """Write a verified backup into `folder` (administrators and case managers)."""
    now = now or datetime.now()
    info = backup_register(register, Path(folder) / _name(register, now, automatic=False))
    _record_good(register, info, automatic=False)
    return info


def is_due(register: Register, moment: str, now: datetime | None = None) -> bool:
    """Whether an automatic backup should run at `moment` ("unlock", "timer" or "close")."""
    p = policy(register)
    if p.folder is None or p.mode == "off":
        return False
    if p.mode == "on_close":
        return moment == "close"
    last = last_good_backup(register)
    today = (now or datetime.now(UTC)).astimezone(UTC).date()
    return last is None or last.astimezone(UTC).date() < today


def run_automatic_backup(register: Register, now: datetime | None = None) -> backups.BackupInfo:
    """Write a verified backup into the policy's folder, then keep only the newest N."""
    register.require_user()
    p = policy(register)
    if p.folder is None:
        from ..errors import InvalidInput

        raise InvalidInput(detail="backup_folder")
    now = now or datetime.now()
    target = p.folder / _name(register, now, automatic=True)
    info = backups.write_backup_from_engine(
        register.engine, register.data_key, register.keyfile, target
    )
    _record_good(register, info, automatic=True)
    prune(register, p.folder, p.keep)
    log.info("automatic backup written and verified")
    return info


def prune(register: Register, folder: Path, keep: int) -> list[Path]:
    """Delete this register's automatic backups in `folder` beyond the newest `keep`."""
    pattern = re.compile(
        rf"^evidencija-auto-{re.escape(register.keyfile.register_id[:8])}-\d{{8}}-\d{{6}}{re.escape(SUFFIX)}$"
    )
    mine = sorted(p for p in Path(folder).iterdir() if pattern.match(p.name))
    old = mine[: max(0, len(mine) - keep)]
    for path in old:
        path.unlink(missing_ok=True)
    return old


def inspect_backup(register: Register, path: Path) -> backups.BackupInfo:
    """Fully verify a backup of this register with its key and say what it contains."""
    register.require_user()
    return backups.verify_backup(Path(path), data_key=register.data_key)
