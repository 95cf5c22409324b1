"""Backups: restore gives back exactly what was backed up; anything damaged, altered, foreign or
incomplete is refused before the current register is touched; a restore that fails puts the
current register back."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from evidencija.db import backup as backups
from evidencija.db.models import Base, Case, Person, Setting
from evidencija.db.register import Register
from evidencija.errors import BadBackup, KnownError
from evidencija.services import users
from evidencija.services.maintenance import backup_register, check_register, restore_register

# The admin passphrase of the `register` fixture (tests/conftest.py). Not imported from there:
# with several conftest.py files in the tree, `import conftest` may find another one.
ADMIN_PASSPHRASE = "Sigurna-lozinka-2026"


def snapshot(root: Path) -> dict[str, tuple[int, int, str]]:
    return {
        str(p.relative_to(root)): (
            p.stat().st_size,
            p.stat().st_mtime_ns,
            hashlib.sha256(p.read_bytes()).hexdigest(),
        )
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def content(register: Register) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (plus the schema revision), as plain tuples in a stable order."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with register.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            tables[table.name] = sorted(
                (tuple(row) for row in conn.execute(select(table))), key=repr
            )
        tables["alembic_version"] = [
            tuple(r) for r in conn.exec_driver_sql("SELECT * FROM alembic_version")
        ]
    return tables


def fill(register: Register, n: int = 0) -> None:
    with register.session() as session, session.begin():
        person = Person(
            first_name="Jelena",
            last_name=f"Petrović {n}",
            jmbg="0101985715012",
            address="Kragujevac",
        )
        session.add(person)
        session.add(
            Case(
                file_number=f"551-{n}/2025",
                centre_municipality_code="70645",
                opened_on=date(2025, 3, 2),
                case_type="DOMESTIC",
                status="OPEN",
                search_text=f"jelena petrovic {n}",
            )
        )
        session.add(Setting(key=f"s{n}", value="ćirilica: Ђорђе"))


@pytest.fixture
def backed_up(register: Register, data_dir: Path, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """A register with content and a fresh backup of it; the register is closed."""
    users.add_user(register, "mmarkovic", "Milica Marković", "CASEWORKER", "Milicina-lozinka-77")
    fill(register)
    path = tmp_path / "out" / "kopija.evbackup"
    path.parent.mkdir()
    expected = content(register)  # (the backup itself is audited after it was taken)
    info = backup_register(register, path)
    assert info.path == path and path.exists()
    register.close()
    return path, expected


def reopen(root: Path) -> Register:
    reg = Register.open(root)
    reg.unlock("admin", ADMIN_PASSPHRASE)
    return reg


def test_backup_then_restore_gives_identical_content(
    backed_up: tuple[Path, dict[str, Any]], data_dir: Path
) -> None:
    path, expected = backed_up
    # Change the register after the backup: the restore must undo exactly that.
    with reopen(data_dir) as reg:
        fill(reg, 1)
        users.disable_user(reg, "mmarkovic")
        assert content(reg) != expected
    info = restore_register(data_dir, path, "admin", ADMIN_PASSPHRASE)
    assert info.schema_revision is not None
    with reopen(data_dir) as reg:
        assert content(reg) == expected
        assert check_register(reg).sound
        assert reg.keyfile.usernames() == ["admin", "mmarkovic"]
    assert not [p for p in data_dir.iterdir() if p.name.startswith("replaced-")]


def test_restore_into_an_empty_folder(
    backed_up: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    path, expected = backed_up
    target = tmp_path / "new-pc" / "register"
    restore_register(target, path, "mmarkovic", "Milicina-lozinka-77")
    with reopen(target) as reg:
        assert content(reg) == expected


def test_a_wrong_passphrase_restores_nothing(
    backed_up: tuple[Path, dict[str, Any]], data_dir: Path
) -> None:
    path, _ = backed_up
    before = snapshot(data_dir)
    with pytest.raises(KnownError) as caught:
        restore_register(data_dir, path, "admin", "pogresna-lozinka-1")
    assert caught.value.exit_code == 3
    assert snapshot(data_dir) == before


# --------------------------------------------------------------------------- damaged backups
def _rewrite(path: Path, target: Path, change: dict[str, bytes]) -> Path:
    """A copy of the backup ZIP with some members' bytes replaced (ZIP itself kept valid)."""
    with (
        zipfile.ZipFile(path) as src,
        zipfile.ZipFile(target, "w", compression=zipfile.ZIP_STORED) as dst,
    ):
        for name in src.namelist():
            dst.writestr(name, change.get(name, src.read(name)))
    return target


def _flip(data: bytes, at: int) -> bytes:
    out = bytearray(data)
    out[at] ^= 0x04
    return bytes(out)


def _broken_backups(path: Path, tmp_path: Path, other: Path) -> dict[str, Path]:
    raw = path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        db, keys, manifest = (
            archive.read(n) for n in ("register.db", "register.keys", "manifest.json")
        )
        db_info = archive.getinfo("register.db")
    doc = json.loads(manifest)
    rnd = random.Random(11)
    made: dict[str, Path] = {}

    def put(name: str, data: bytes) -> None:
        made[name] = tmp_path / "broken" / f"{len(made):02d}.evbackup"
        made[name].write_bytes(data)

    (tmp_path / "broken").mkdir()
    put("empty file", b"")
    put("truncated to half", raw[: len(raw) // 2])
    put("truncated by one byte", raw[:-1])
    put("random file", rnd.randbytes(len(raw)))
    put("a text file", b"Ovo nije rezervna kopija.\n")
    # One flipped byte in the raw file, inside the stored database member (ZIP CRC not updated).
    start = db_info.header_offset + 30 + len(db_info.filename) + len(db_info.extra)
    put("byte flipped in the database member", _flip(raw, start + rnd.randrange(db_info.file_size)))
    # The same, but with the ZIP rebuilt so that its own CRC is right: only our hashes can tell.
    for label, member, data in [
        ("database page altered (valid ZIP)", "register.db", _flip(db, 4096 * 3 + 77)),
        ("database first page altered (valid ZIP)", "register.db", _flip(db, 40)),
        ("key file altered (valid ZIP)", "register.keys", keys.replace(b'"admin"', b'"admiN"', 1)),
        (
            "manifest date altered (valid ZIP)",
            "manifest.json",
            json.dumps({**doc, "created_at": "2020-01-01T00:00:00+00:00"}).encode(),
        ),
        (
            "manifest hash swapped (valid ZIP)",
            "manifest.json",
            json.dumps(
                {
                    **doc,
                    "members": {
                        **doc["members"],
                        "register.db": {
                            "size": len(_flip(db, 5000)),
                            "sha256": hashlib.sha256(_flip(db, 5000)).hexdigest(),
                        },
                    },
                }
            ).encode(),
        ),
    ]:
        target = tmp_path / "broken" / f"{len(made):02d}.evbackup"
        made[label] = _rewrite(path, target, {member: data})
    # Consistent hashes but the database altered: only the MAC (and the page HMAC) can tell.
    altered = _flip(db, 4096 * 2 + 99)
    forged = {
        **doc,
        "members": {
            **doc["members"],
            "register.db": {"size": len(altered), "sha256": hashlib.sha256(altered).hexdigest()},
        },
    }
    made["database altered, hashes recomputed"] = _rewrite(
        path,
        tmp_path / "broken" / f"{len(made):02d}.evbackup",
        {"register.db": altered, "manifest.json": json.dumps(forged).encode()},
    )
    # Members from another register.
    with zipfile.ZipFile(other) as archive:
        other_db, other_keys, other_manifest = (
            archive.read(n) for n in ("register.db", "register.keys", "manifest.json")
        )
    made["database of another register"] = _rewrite(
        path, tmp_path / "broken" / "db-other.evbackup", {"register.db": other_db}
    )
    made["key file of another register"] = _rewrite(
        path, tmp_path / "broken" / "keys-other.evbackup", {"register.keys": other_keys}
    )
    made["manifest of another register"] = _rewrite(
        path, tmp_path / "broken" / "man-other.evbackup", {"manifest.json": other_manifest}
    )
    made["a member missing"] = tmp_path / "broken" / "missing.evbackup"
    with zipfile.ZipFile(made["a member missing"], "w") as archive:
        archive.writestr("manifest.json", manifest)
        archive.writestr("register.db", db)
    made["an extra member"] = _rewrite(path, tmp_path / "broken" / "extra.evbackup", {})
    with zipfile.ZipFile(made["an extra member"], "a") as archive:
        archive.writestr("README.txt", "x")
    made["does not exist"] = tmp_path / "broken" / "nowhere.evbackup"
    return made


@pytest.fixture
def other_backup(tmp_path: Path) -> Path:
    """A backup of another register whose admin has the same username and passphrase."""
    reg, _ = Register.create(
        tmp_path / "other",
        centre_code="CSR-NI",
        centre_name="CSR Niš",
        admin_username="admin",
        admin_display_name="Druga",
        passphrase=ADMIN_PASSPHRASE,
    )
    with reg:
        fill(reg, 7)
        path = tmp_path / "other.evbackup"
        backup_register(reg, path)
    return path


def test_damaged_altered_foreign_or_incomplete_backups_are_refused(
    backed_up: tuple[Path, dict[str, Any]], data_dir: Path, tmp_path: Path, other_backup: Path
) -> None:
    path, _ = backed_up
    with reopen(data_dir) as reg:
        current = content(reg)
    before = snapshot(data_dir)
    accepted = []
    for label, broken in _broken_backups(path, tmp_path, other_backup).items():
        try:
            restore_register(data_dir, broken, "admin", ADMIN_PASSPHRASE)
        except BadBackup as exc:
            assert str(broken) in exc.message("en") and "Nothing was changed." in exc.message(
                "en"
            ), label
        else:
            accepted.append(label)
        assert snapshot(data_dir) == before, f"{label}: the current register was touched"
        assert sorted(p.name for p in data_dir.iterdir()) == [
            "register.db",
            "register.keys",
            "register.lock",
        ], label
    assert accepted == []
    with reopen(data_dir) as reg:
        assert content(reg) == current


def test_verify_refuses_a_backup_made_by_another_register(
    backed_up: tuple[Path, dict[str, Any]], data_dir: Path, other_backup: Path
) -> None:
    path, _ = backed_up
    with reopen(data_dir) as reg:
        assert (
            backups.verify_backup(path, data_key=reg.data_key).register_id
            == reg.keyfile.register_id
        )
        with pytest.raises(BadBackup) as caught:
            backups.verify_backup(other_backup, data_key=reg.data_key)
        assert "made by another register" in caught.value.message("en")


def test_restoring_a_backup_of_another_register_over_this_one_is_refused(
    backed_up: tuple[Path, dict[str, Any]], data_dir: Path, other_backup: Path
) -> None:
    """Same username and passphrase in both: restoring the other centre's backup would silently
    replace this register with theirs."""
    before = snapshot(data_dir)
    with pytest.raises(BadBackup) as caught:
        restore_register(data_dir, other_backup, "admin", ADMIN_PASSPHRASE)
    assert "another register" in caught.value.message("en")
    assert snapshot(data_dir) == before


def test_a_restored_register_that_does_not_open_is_taken_back(
    backed_up: tuple[Path, dict[str, Any]], data_dir: Path
) -> None:
    path, expected = backed_up
    with reopen(data_dir) as reg:
        fill(reg, 2)
        current = content(reg)
    before = snapshot(data_dir)
    real_extract = backups.extract_to

    def extract_then_damage(source: Path, root: Path) -> None:
        real_extract(source, root)
        data = bytearray((root / "register.db").read_bytes())
        data[4096 * 2 + 10] ^= 1  # as if the disk had corrupted what was just written
        (root / "register.db").write_bytes(data)

    with pytest.MonkeyPatch.context() as mp, pytest.raises(BadBackup) as caught:
        mp.setattr(backups, "extract_to", extract_then_damage)
        restore_register(data_dir, path, "admin", ADMIN_PASSPHRASE)
    assert "damaged" in caught.value.message("en")
    assert snapshot(data_dir) == before
    assert not [p for p in data_dir.iterdir() if p.name.startswith("replaced-")]
    with reopen(data_dir) as reg:
        assert content(reg) == current != expected


def test_a_restore_that_fails_while_setting_the_current_register_aside_loses_nothing(
    backed_up: tuple[Path, dict[str, Any]], data_dir: Path
) -> None:
    path, _ = backed_up
    before = snapshot(data_dir)
    real_move = shutil.move
    moves = []

    def move_fails_second_time(src: Any, dst: Any) -> Any:
        moves.append(src)
        if len(moves) == 2:
            raise PermissionError(13, "Permission denied", str(src))
        return real_move(src, dst)

    with pytest.MonkeyPatch.context() as mp, pytest.raises(KnownError) as caught:
        mp.setattr(shutil, "move", move_fails_second_time)
        restore_register(data_dir, path, "admin", ADMIN_PASSPHRASE)
    assert caught.value.exit_code == 16  # write failed
    assert snapshot(data_dir) == before, "the current register was damaged by a failed restore"
    assert not [p for p in data_dir.iterdir() if p.name.startswith("replaced-")]
    with reopen(data_dir) as reg:
        assert check_register(reg).sound


def test_restore_refuses_while_the_register_is_open(
    backed_up: tuple[Path, dict[str, Any]], data_dir: Path
) -> None:
    path, _ = backed_up
    with reopen(data_dir):
        before = snapshot(data_dir)
        with pytest.raises(KnownError) as caught:
            restore_register(data_dir, path, "admin", ADMIN_PASSPHRASE)
        assert caught.value.exit_code == 9  # in use
        assert snapshot(data_dir) == before


def test_a_backup_is_verified_before_it_gets_its_name(
    register: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If verification of the written file fails, no file appears under the final name."""
    target = tmp_path / "kopija.evbackup"

    def refuse(path: Path, *, data_key: bytes) -> None:
        raise BadBackup(path=str(path), detail="simulated")

    monkeypatch.setattr(backups, "verify_backup", refuse)
    with pytest.raises(BadBackup):
        backup_register(register, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register"]
