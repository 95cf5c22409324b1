"""Damage and foreign files are detected with a clear message, never by a crash.

One flipped bit in any page of register.db is caught either when the register is unlocked
(DamagedRegister) or by `check` (exit code 6). A foreign or truncated database and a damaged
key file are refused before anything is written.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import delete

from evidencija.cli import main
from evidencija.db.models import Setting
from evidencija.db.register import Register
from evidencija.errors import DamagedRegister, ForeignFile, KnownError
from evidencija.services.maintenance import check_register

# The admin passphrase of the `register` fixture (tests/conftest.py). Not imported from there:
# with several conftest.py files in the tree, `import conftest` may find another one.
ADMIN_PASSPHRASE = "Sigurna-lozinka-2026"

PAGE = 4096
DAMAGED = "The register database is damaged"


@pytest.fixture
def pristine(register: Register, data_dir: Path) -> Path:
    """A closed register with data in use and with free pages (freed by deleting rows).

    Free pages matter: the quick check at unlock does not read them, `check` must.
    """
    with register.session() as session, session.begin():
        for i in range(40):
            session.add(Setting(key=f"big-{i}", value=f"{i} " + "x" * 3000))
        for i in range(40):
            session.add(Setting(key=f"small-{i}", value=f"vrednost {i}"))
    with register.session() as session, session.begin():
        session.execute(delete(Setting).where(Setting.key.like("big-%")))
    with register.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA freelist_count").scalar() >= 30
    register.close()
    assert sorted(p.name for p in data_dir.iterdir()) == [
        "register.db",
        "register.keys",
        "register.lock",
    ]
    return data_dir


def _outcome(root: Path) -> tuple[str, str]:
    """('unlock', message) if refused on unlock, ('check', first problem) if `check` found it,
    ('sound', '') if nothing noticed. Anything but a known error propagates and fails the test."""
    register = Register.open(root)
    try:
        try:
            register.unlock("admin", ADMIN_PASSPHRASE)
        except DamagedRegister as exc:
            return "unlock", exc.message()
        report = check_register(register)
        return ("check", report.problems[0]) if report.problems else ("sound", "")
    finally:
        register.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_one_flipped_bit_in_any_page_is_detected(pristine: Path, tmp_path: Path) -> None:
    original = (pristine / "register.db").read_bytes()
    pages = len(original) // PAGE
    assert len(original) % PAGE == 0 and pages > 100
    rnd = random.Random(4096)
    seen: dict[str, int] = {"unlock": 0, "check": 0}
    missed = []
    for page in range(pages):
        copy = tmp_path / f"page-{page}"
        shutil.copytree(pristine, copy)
        offset = page * PAGE + rnd.randrange(PAGE)
        damaged = bytearray(original)
        damaged[offset] ^= 1 << rnd.randrange(8)
        (copy / "register.db").write_bytes(damaged)
        before = _sha(copy / "register.db")

        where, message = _outcome(copy)
        if where == "sound":
            missed.append((page + 1, offset % PAGE))
        else:
            seen[where] += 1
            if where == "unlock":
                assert message.startswith(DAMAGED) and "Restore the latest backup" in message
                assert _sha(copy / "register.db") == before, "a refused register was written to"
            else:
                assert "HMAC" in message or "page" in message, message
        shutil.rmtree(copy)
    assert missed == [], f"flipped bits not detected (page, offset): {missed}"
    # Both paths were exercised: pages in use fail at unlock, free pages are found by check.
    assert seen["unlock"] > 50 and seen["check"] >= 20, seen


def _damage(root: Path, page: int, offset: int = 1234) -> None:
    data = bytearray((root / "register.db").read_bytes())
    data[(page - 1) * PAGE + offset] ^= 0x10
    (root / "register.db").write_bytes(data)


def _free_page(root: Path) -> int:
    """The number of a page that is free (the last one: the deleted rows were stored last)."""
    return (root / "register.db").stat().st_size // PAGE


def test_check_command_reports_damage_with_exit_code_6(
    pristine: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("EVIDENCIJA_PASSPHRASE", ADMIN_PASSPHRASE)

    assert main(["check", "--data-dir", str(pristine), "--user", "admin"]) == 0
    assert "The register is sound." in capsys.readouterr().out

    # A page in use: refused at unlock, one line on stderr.
    for page in (1, 2, 5):
        copy = tmp_path / f"in-use-{page}"
        shutil.copytree(pristine, copy)
        _damage(copy, page)
        assert main(["check", "--data-dir", str(copy), "--user", "admin"]) == 6
        captured = capsys.readouterr()
        assert captured.err.startswith(DAMAGED), captured.err
        assert len(captured.err.strip().splitlines()) == 1

    # A free page: unlock succeeds, check finds it and says which page.
    copy = tmp_path / "free"
    shutil.copytree(pristine, copy)
    page = _free_page(copy)
    _damage(copy, page)
    assert main(["check", "--data-dir", str(copy), "--user", "admin"]) == 6
    captured = capsys.readouterr()
    assert f"✗ cipher: HMAC verification failed for page {page}" in captured.out
    assert "The register is NOT sound." in captured.out


def _foreign_databases(pristine: Path, tmp_path: Path) -> dict[str, bytes]:
    original = (pristine / "register.db").read_bytes()
    plain = tmp_path / "plain.sqlite"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (x)")
    plain_bytes = plain.read_bytes()
    plain.unlink()
    other_root = tmp_path / "other-register"
    other, _ = Register.create(
        other_root,
        centre_code="CSR-NI",
        centre_name="CSR Niš",
        admin_username="admin",
        admin_display_name="Druga",
        passphrase=ADMIN_PASSPHRASE,
    )
    other.close()
    other_bytes = (other_root / "register.db").read_bytes()
    shutil.rmtree(other_root)
    return {
        "empty": b"",
        "100 bytes": original[:100],
        "first page only": original[:PAGE],
        "half": original[: len(original) // 2],
        "cut mid-page": original[: 10 * PAGE + 1000],
        "last page missing": original[:-PAGE],
        "random bytes": random.Random(1).randbytes(len(original)),
        "plain SQLite": plain_bytes,
        "another register's database": other_bytes,
        "a text file": b"Ovo nije baza.\n" * 100,
    }


def test_foreign_or_truncated_database_is_refused_and_left_alone(
    pristine: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("EVIDENCIJA_PASSPHRASE", ADMIN_PASSPHRASE)
    for name, content in _foreign_databases(pristine, tmp_path).items():
        copy = tmp_path / "case"
        shutil.copytree(pristine, copy)
        (copy / "register.db").write_bytes(content)
        register = Register.open(copy)
        try:
            with pytest.raises(DamagedRegister) as caught:
                register.unlock("admin", ADMIN_PASSPHRASE)
        finally:
            register.close()
        assert caught.value.message().startswith(DAMAGED), name
        assert (copy / "register.db").read_bytes() == content, f"{name}: the file was written to"
        assert sorted(p.name for p in copy.iterdir()) == [
            "register.db",
            "register.keys",
            "register.lock",
        ], name

        assert main(["check", "--data-dir", str(copy), "--user", "admin"]) == 6, name
        assert capsys.readouterr().err.startswith(DAMAGED), name
        assert (copy / "register.db").read_bytes() == content, name
        shutil.rmtree(copy)


def _keyfile_variants(original: bytes) -> dict[str, bytes]:
    doc = json.loads(original)

    def edited(change):  # type: ignore[no-untyped-def]
        copy = json.loads(json.dumps(doc))
        change(copy)
        return json.dumps(copy).encode()

    slot = next(i for i, s in enumerate(doc["slots"]) if s["kind"] == "passphrase")
    return {
        "empty": b"",
        "random bytes": os.urandom(600),
        "a text file": b"admin: Sigurna-lozinka-2026\n",
        "truncated": original[: len(original) // 2],
        "a JSON list": b"[1, 2, 3]",
        "another format": edited(lambda d: d.__setitem__("format", "luks")),
        "a newer version": edited(lambda d: d.__setitem__("version", 2)),
        "no slots": edited(lambda d: d.pop("slots")),
        "slot without salt": edited(lambda d: d["slots"][slot]["kdf"].pop("salt")),
        "slot without memory cost": edited(lambda d: d["slots"][slot]["kdf"].pop("memory_kib")),
        "memory cost as text": edited(
            lambda d: d["slots"][slot]["kdf"].__setitem__("memory_kib", "mnogo")
        ),
        "absurd memory cost": edited(
            lambda d: d["slots"][slot]["kdf"].__setitem__("memory_kib", 2**40)
        ),
        "zero lanes": edited(lambda d: d["slots"][slot]["kdf"].__setitem__("lanes", 0)),
        "short salt": edited(lambda d: d["slots"][slot]["kdf"].__setitem__("salt", "AAAA")),
        "salt not base64": edited(lambda d: d["slots"][slot]["kdf"].__setitem__("salt", "%%%")),
        "short nonce": edited(lambda d: d["slots"][slot].__setitem__("nonce", "AAAA")),
        "unknown KDF": edited(lambda d: d["slots"][slot]["kdf"].__setitem__("name", "pbkdf2")),
    }


def test_damaged_or_foreign_key_file_is_refused_with_exit_code_5(
    pristine: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("EVIDENCIJA_PASSPHRASE", ADMIN_PASSPHRASE)
    original = (pristine / "register.keys").read_bytes()
    db_sha = _sha(pristine / "register.db")
    for name, content in _keyfile_variants(original).items():
        copy = tmp_path / "case"
        shutil.copytree(pristine, copy)
        (copy / "register.keys").write_bytes(content)
        with pytest.raises(ForeignFile) as caught, Register.open(copy) as register:
            register.unlock("admin", ADMIN_PASSPHRASE)
        assert "register.keys is not part of this register" in caught.value.message(), name

        assert main(["check", "--data-dir", str(copy), "--user", "admin"]) == 5, name
        err = capsys.readouterr().err
        assert "register.keys is not part of this register, or it is damaged." in err, (name, err)
        assert (copy / "register.keys").read_bytes() == content and _sha(
            copy / "register.db"
        ) == db_sha
        # The refused attempt did not leave the folder claimed: with its key file back, it opens.
        (copy / "register.keys").write_bytes(original)
        with Register.open(copy) as register:
            register.unlock("admin", ADMIN_PASSPHRASE)
        shutil.rmtree(copy)


def test_a_flipped_bit_in_a_wrapped_key_is_not_accepted(pristine: Path) -> None:
    """An edited slot fails AES-GCM authentication: it can never unlock with a wrong key."""
    doc = json.loads((pristine / "register.keys").read_bytes())
    slot = next(s for s in doc["slots"] if s["kind"] == "passphrase")
    raw = bytearray(base64.b64decode(slot["wrapped_key"]))
    raw[5] ^= 1
    slot["wrapped_key"] = base64.b64encode(bytes(raw)).decode()
    (pristine / "register.keys").write_text(json.dumps(doc))
    with Register.open(pristine) as register, pytest.raises(KnownError) as caught:
        register.unlock("admin", ADMIN_PASSPHRASE)
    assert caught.value.exit_code == 3
