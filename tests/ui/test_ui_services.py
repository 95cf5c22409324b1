"""The services this UI brought along: register settings, drafts, the backup policy.

(They are UI-free and would sit in tests/services; they live here with the UI that needs them.)
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from ui_support import USER_PASSPHRASE

from evidencija.db.models import AuditEntry
from evidencija.db.register import Register
from evidencija.errors import InvalidInput, PermissionDenied
from evidencija.services import backup_policy, drafts, users
from evidencija.services import settings as register_settings


def test_settings_default_then_admin_changes_are_audited(register: Register) -> None:
    assert register_settings.load_settings(register).idle_lock_minutes == 5
    after = register_settings.update_settings(register, idle_lock_minutes=12, language="sq")
    assert (after.idle_lock_minutes, after.language) == (12, "sq")
    assert register_settings.load_settings(register) == after
    with register.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert entry.entity == "settings" and '"idle_lock_minutes":[5,12]' in entry.changes


@pytest.mark.parametrize(
    "change",
    [
        {"idle_lock_minutes": 0},
        {"language": "de"},
        {"backup_mode": "hourly"},
        {"backup_mode": "daily"},
        {"backup_keep": 0},
        {"colour": "red"},
    ],
)
def test_settings_refuse_bad_values(register: Register, change: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        register_settings.update_settings(register, **change)
    assert register_settings.load_settings(register) == register_settings.RegisterSettings()


def test_only_admins_change_settings(register: Register, data_dir: Path) -> None:
    users.add_user(register, "marko", "Marko", "CASEWORKER", USER_PASSPHRASE)
    register.lock()
    register.unlock("marko", USER_PASSPHRASE)
    assert register_settings.load_settings(register).idle_lock_minutes == 5
    with pytest.raises(PermissionDenied):
        register_settings.update_settings(register, idle_lock_minutes=60)


def test_drafts_belong_to_their_user(register: Register) -> None:
    users.add_user(register, "marko", "Marko", "CASEWORKER", USER_PASSPHRASE)
    drafts.save_draft(register, "user:new", {"username": "a"})
    drafts.save_draft(register, "user:new", {"username": "ab"})  # replaces
    assert [(d.form_key, d.payload) for d in drafts.load_drafts(register)] == [
        ("user:new", {"username": "ab"})
    ]
    register.lock()
    register.unlock("marko", USER_PASSPHRASE)
    assert drafts.load_drafts(register) == []
    assert drafts.discard_draft(register, "user:new") is False


def test_automatic_backups_keep_the_newest_n(register: Register, tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    folder.mkdir()
    (folder / "my-own-file.evbackup").write_bytes(b"not ours")
    register_settings.update_settings(
        register, backup_mode="daily", backup_folder=str(folder), backup_keep=2
    )
    start = datetime(2026, 5, 1, 12, 0)
    for day in range(4):
        backup_policy.run_automatic_backup(register, now=start + timedelta(days=day))
    kept = sorted(p.name for p in folder.glob("evidencija-auto-*"))
    assert len(kept) == 2 and kept[-1].endswith("20260504-120000.evbackup")
    assert (folder / "my-own-file.evbackup").exists()  # never touches other files
    assert backup_policy.last_good_backup(register) is not None


def test_daily_backup_is_due_once_a_day(register: Register, tmp_path: Path) -> None:
    assert not backup_policy.is_due(register, "unlock")  # off by default
    register_settings.update_settings(register, backup_mode="daily", backup_folder=str(tmp_path))
    assert backup_policy.is_due(register, "unlock")
    backup_policy.run_automatic_backup(register)
    assert not backup_policy.is_due(register, "timer")
    assert backup_policy.is_due(register, "timer", now=datetime.now(UTC) + timedelta(days=1))
    register_settings.update_settings(register, backup_mode="on_close")
    assert not backup_policy.is_due(register, "unlock") and backup_policy.is_due(register, "close")
