"""Register-wide settings: idle lock, default language, automatic backups; and the centre's details.

Settings live in the encrypted `settings` table as text. Only an administrator may change them and
every change is audited field by field. Reading is open to every unlocked user. Internal state that
the program itself keeps (the date of the last good backup) is written through `set_state`, which
needs an unlocked register but no particular role.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Centre, Municipality, Setting
from ..db.register import Register
from ..errors import InvalidInput
from ..messages import LANGS
from . import audit
from .roles import ADMIN, require

BACKUP_MODES = ("off", "daily", "on_close")
IDLE_LOCK_RANGE = (1, 120)
KEEP_RANGE = (1, 365)
# "My work" lists an open case with no contact for this many days (a case going quiet).
QUIET_DAYS_RANGE = (7, 365)

# setting key in the table ← field of RegisterSettings
_KEYS = {
    "idle_lock_minutes": "ui.idle_lock_minutes",
    "language": "ui.language",
    "backup_mode": "backup.mode",
    "backup_folder": "backup.folder",
    "backup_keep": "backup.keep",
    "quiet_case_days": "work.quiet_case_days",
}


@dataclass(frozen=True)
class RegisterSettings:
    idle_lock_minutes: int = 5
    language: str = "sr_Latn"
    backup_mode: str = "off"
    backup_folder: str = ""
    backup_keep: int = 10
    quiet_case_days: int = 30


@dataclass(frozen=True)
class CentreInfo:
    code: str
    name: str
    municipality_code: str | None


def _parse(field: str, raw: str) -> Any:
    default = getattr(RegisterSettings, field)
    if isinstance(default, int):
        try:
            return int(raw)
        except ValueError:
            return default
    return raw


def _validate(values: RegisterSettings) -> None:
    low, high = IDLE_LOCK_RANGE
    if not low <= values.idle_lock_minutes <= high:
        raise InvalidInput(detail=f"idle_lock_minutes {low}–{high}")
    if values.language not in LANGS:
        raise InvalidInput(detail=f"language {values.language}")
    if values.backup_mode not in BACKUP_MODES:
        raise InvalidInput(detail=f"backup_mode {values.backup_mode}")
    low, high = KEEP_RANGE
    if not low <= values.backup_keep <= high:
        raise InvalidInput(detail=f"backup_keep {low}–{high}")
    low, high = QUIET_DAYS_RANGE
    if not low <= values.quiet_case_days <= high:
        raise InvalidInput(detail=f"quiet_case_days {low}–{high}")
    if values.backup_mode != "off" and not values.backup_folder.strip():
        raise InvalidInput(detail="backup_folder")


def _read(session: Session) -> RegisterSettings:
    rows = {key: value for key, value in session.execute(select(Setting.key, Setting.value))}
    found = {field: _parse(field, rows[key]) for field, key in _KEYS.items() if key in rows}
    return replace(RegisterSettings(), **found)


def load_settings(register: Register) -> RegisterSettings:
    """The register's settings, with defaults for those never set."""
    register.require_user()
    with register.session() as session:
        return _read(session)


def update_settings(register: Register, **changes: Any) -> RegisterSettings:
    """Change some settings (administrators only); returns all settings after the change."""
    admin = require(register, ADMIN)
    unknown = set(changes) - set(_KEYS)
    if unknown:
        raise InvalidInput(detail=", ".join(sorted(unknown)))
    with register.session(write=True) as session, session.begin():
        before = _read(session)
        after = replace(before, **changes)
        _validate(after)
        diff = audit.diff(asdict(before), asdict(after))
        for field in diff:
            session.merge(Setting(key=_KEYS[field], value=str(getattr(after, field))))
        if diff:
            audit.record(
                session, user_id=admin.id, action="UPDATE", entity="settings", changes=diff
            )
        return after


def get_state(register: Register, key: str) -> str | None:
    """A value the program keeps for itself (not a user-facing setting)."""
    register.require_user()
    with register.session() as session:
        return session.scalar(select(Setting.value).where(Setting.key == f"state.{key}"))


def set_state(session: Session, key: str, value: str) -> None:
    """Write program state inside the caller's transaction (the caller audits its own action)."""
    session.merge(Setting(key=f"state.{key}", value=value))


def centre_info(register: Register) -> CentreInfo:
    register.require_user()
    with register.session() as session:
        centre = session.scalars(select(Centre)).one()
        return CentreInfo(centre.code, centre.name, centre.municipality_code)


def jurisdiction(register: Register) -> str:
    """ "XK" for a centre in a Kosovo municipality, else "RS": which law's measures and clocks the
    register offers (`legal_clocks`). A centre with no municipality recorded is Serbian."""
    register.require_user()
    with register.session() as session:
        found = session.scalar(
            select(Municipality.jurisdiction)
            .join(Centre, Centre.municipality_code == Municipality.code))
    return found or "RS"
