"""Key slots: a passphrase change rewrites one slot and never the database; slots come and go
without touching the data; the shipped KDF cost is never lowered by the test setting."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from evidencija.cli import main
from evidencija.db import keys
from evidencija.db.keys import DEFAULT_KDF, KdfParams, KeyFile
from evidencija.db.register import Register
from evidencija.errors import InvalidInput, KnownError, WrongCredentials
from evidencija.services import users

# The admin passphrase of the `register` fixture (tests/conftest.py). Not imported from there:
# with several conftest.py files in the tree, `import conftest` may find another one.
ADMIN_PASSPHRASE = "Sigurna-lozinka-2026"

NEW = "Nova-lozinka-za-2027"


def fingerprint(path: Path) -> tuple[int, int, str]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest()


def unlocks(root: Path, username: str, passphrase: str) -> bool:
    with Register.open(root) as register:
        try:
            register.unlock(username, passphrase)
        except WrongCredentials:
            return False
        return True


@pytest.fixture
def closed(register: Register, data_dir: Path) -> Path:
    users.add_user(register, "mmarkovic", "Milica", "CASEWORKER", "Milicina-lozinka-77")
    register.close()
    return data_dir


def test_changing_a_passphrase_rewrites_one_slot_and_never_the_database(closed: Path) -> None:
    db_before = fingerprint(closed / "register.db")
    keyfile = KeyFile.load(closed / "register.keys")
    other_slots = [s.to_json() for s in keyfile.slots if s.username != "admin"]
    data_key = keyfile.unlock("admin", ADMIN_PASSPHRASE)
    keyfile.set_passphrase("admin", NEW, data_key)
    keyfile.save()

    assert not unlocks(closed, "admin", ADMIN_PASSPHRASE)
    assert unlocks(closed, "admin", NEW)
    assert unlocks(closed, "mmarkovic", "Milicina-lozinka-77")
    after = KeyFile.load(closed / "register.keys")
    assert [s.to_json() for s in after.slots if s.username != "admin"] == other_slots
    assert fingerprint(closed / "register.db") == db_before
    assert not list(closed.glob(".register.keys.*")), "a temporary file was left behind"


def test_passwd_keeps_the_same_data_key(
    closed: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Through the command: the database is not re-encrypted (its key is unchanged); the only
    database change is the audit entry that records the change."""
    old_key = KeyFile.load(closed / "register.keys").unlock("admin", ADMIN_PASSPHRASE)
    pages_before = (closed / "register.db").read_bytes()
    monkeypatch.setenv("EVIDENCIJA_PASSPHRASE", ADMIN_PASSPHRASE)
    monkeypatch.setenv("EVIDENCIJA_NEW_PASSPHRASE", NEW)
    assert main(["passwd", "--data-dir", str(closed), "--user", "admin"]) == 0
    assert "The passphrase was changed." in capsys.readouterr().out
    assert KeyFile.load(closed / "register.keys").unlock("admin", NEW) == old_key
    with pytest.raises(WrongCredentials):
        KeyFile.load(closed / "register.keys").unlock("admin", ADMIN_PASSPHRASE)
    pages_after = (closed / "register.db").read_bytes()
    changed = sum(
        pages_before[i : i + 4096] != pages_after[i : i + 4096]
        for i in range(0, len(pages_before), 4096)
    )
    assert changed <= 4, f"{changed} pages rewritten for a passphrase change"


def test_slots_are_added_and_removed_without_touching_the_database(closed: Path) -> None:
    db_before = fingerprint(closed / "register.db")
    keyfile = KeyFile.load(closed / "register.keys")
    data_key = keyfile.unlock("admin", ADMIN_PASSPHRASE)
    keyfile.set_passphrase("drugi.admin", "Druga-lozinka-42", data_key)
    keyfile.save()
    assert (
        KeyFile.load(closed / "register.keys").unlock("drugi.admin", "Druga-lozinka-42") == data_key
    )

    keyfile.remove("mmarkovic")
    keyfile.save()
    assert KeyFile.load(closed / "register.keys").usernames() == ["admin", "drugi.admin"]
    assert not unlocks(closed, "mmarkovic", "Milicina-lozinka-77")
    assert fingerprint(closed / "register.db") == db_before


def test_a_disabled_user_can_no_longer_unlock_and_reset_brings_them_back(
    register: Register, data_dir: Path
) -> None:
    users.add_user(register, "mmarkovic", "Milica", "CASEWORKER", "Milicina-lozinka-77")
    users.disable_user(register, "mmarkovic")
    assert "mmarkovic" not in register.keyfile.usernames()
    register.close()
    assert not unlocks(data_dir, "mmarkovic", "Milicina-lozinka-77")
    with Register.open(data_dir) as reg:
        reg.unlock("admin", ADMIN_PASSPHRASE)
        users.reset_passphrase(reg, "mmarkovic", "Nova-Milicina-lozinka-8")
    assert unlocks(data_dir, "mmarkovic", "Nova-Milicina-lozinka-8")
    assert not unlocks(data_dir, "mmarkovic", "Milicina-lozinka-77")


def test_a_user_row_disabled_behind_a_remaining_slot_cannot_unlock(
    register: Register, data_dir: Path
) -> None:
    """Even if a slot survived (an old key file put back), the disabled row refuses the user."""
    users.add_user(register, "mmarkovic", "Milica", "CASEWORKER", "Milicina-lozinka-77")
    slots_with_her = (data_dir / "register.keys").read_bytes()
    users.disable_user(register, "mmarkovic")
    register.close()
    (data_dir / "register.keys").write_bytes(slots_with_her)
    with Register.open(data_dir) as reg, pytest.raises(WrongCredentials):
        reg.unlock("mmarkovic", "Milicina-lozinka-77")


def test_a_slot_cannot_be_moved_to_another_user_or_register(closed: Path) -> None:
    doc = json.loads((closed / "register.keys").read_bytes())
    for slot in doc["slots"]:
        if slot["username"] == "mmarkovic":
            slot["username"] = "admin2"
    (closed / "register.keys").write_text(json.dumps(doc))
    assert not unlocks(closed, "admin2", "Milicina-lozinka-77")
    doc["register_id"] = "f" * 32
    (closed / "register.keys").write_text(json.dumps(doc))
    assert not unlocks(closed, "admin", ADMIN_PASSPHRASE)


@pytest.mark.parametrize(
    "passphrase, reason",
    [
        ("kratka", "at least 10"),
        ("1234567890", "too common"),
        ("admin-lozinka-99", "contains the username"),
        ("aaaaaaaaaaaaaa", "three different"),
    ],
)
def test_weak_passphrases_are_refused(register: Register, passphrase: str, reason: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        users.change_own_passphrase(register, ADMIN_PASSPHRASE, passphrase)
    assert reason in caught.value.message("en")
    assert register.keyfile.unlock("admin", ADMIN_PASSPHRASE)


def test_shipped_kdf_is_never_lowered_by_the_test_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    assert os.environ.get(keys.TEST_KDF_ENV) == "1"  # the suite runs with the cheap setting…
    assert (
        DEFAULT_KDF.memory_kib >= 256 * 1024 and DEFAULT_KDF.iterations >= 3
    )  # …and the default stands
    assert keys.kdf_for_new_slots() == keys.TEST_KDF
    for value in (None, "0", "", "yes", "true"):
        if value is None:
            monkeypatch.delenv(keys.TEST_KDF_ENV)
        else:
            monkeypatch.setenv(keys.TEST_KDF_ENV, value)
        assert keys.kdf_for_new_slots() == DEFAULT_KDF, value


def test_a_fresh_interpreter_without_the_setting_uses_the_full_cost(tmp_path: Path) -> None:
    """The default as a user's installation sees it (nothing cached from the test suite)."""
    env = {k: v for k, v in os.environ.items() if k != keys.TEST_KDF_ENV}
    code = (
        "from evidencija.db import keys; p = keys.kdf_for_new_slots(); "
        "print(p.memory_kib, p.iterations, p.lanes, keys.DEFAULT_KDF == p)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    memory, iterations, _lanes, same = out.stdout.split()
    assert int(memory) >= 262_144 and int(iterations) >= 3 and same == "True"


def test_each_slot_records_and_uses_its_own_parameters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "register.keys"
    keyfile = KeyFile(path, "a" * 32)
    data_key = keys.new_data_key()
    keyfile.set_passphrase("weak", "Slaba-test-lozinka-1", data_key)  # made under the test setting
    monkeypatch.delenv(keys.TEST_KDF_ENV)
    keyfile.set_passphrase("strong", "Jaka-prava-lozinka-2", data_key)  # made as shipped (≈0.5 s)
    keyfile.save()

    slots = {
        s["username"]: s["kdf"]
        for s in json.loads(path.read_bytes())["slots"]
        if s["kind"] == "passphrase"
    }
    assert (
        KdfParams(slots["weak"]["memory_kib"], slots["weak"]["iterations"], slots["weak"]["lanes"])
        == keys.TEST_KDF
    )
    assert (
        KdfParams(
            slots["strong"]["memory_kib"], slots["strong"]["iterations"], slots["strong"]["lanes"]
        )
        == DEFAULT_KDF
    )

    # With the setting now off, the weak slot still opens with the parameters it recorded.
    reloaded = KeyFile.load(path)
    assert reloaded.unlock("weak", "Slaba-test-lozinka-1") == data_key
    with pytest.raises(WrongCredentials):  # (a wrong try costs the full price of its slot)
        reloaded.unlock("weak", "Jaka-prava-lozinka-2")


def test_an_unknown_user_and_a_wrong_passphrase_look_the_same(closed: Path) -> None:
    keyfile = KeyFile.load(closed / "register.keys")
    errors = []
    for username, passphrase in [
        ("admin", "pogresna-lozinka-1"),
        ("niko", ADMIN_PASSPHRASE),
        ("!", "x"),
    ]:
        with pytest.raises(KnownError) as caught:
            keyfile.unlock(username, passphrase)
        errors.append((type(caught.value), caught.value.message("en"), caught.value.exit_code))
    assert len(set(errors)) == 1 and errors[0][2] == 3


def test_the_key_file_is_written_atomically(closed: Path) -> None:
    """A failed save (disk full while writing) leaves the old key file whole and no stray file."""
    before = (closed / "register.keys").read_bytes()
    keyfile = KeyFile.load(closed / "register.keys")
    data_key = keyfile.unlock("admin", ADMIN_PASSPHRASE)
    keyfile.set_passphrase("admin", NEW, data_key)

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    with pytest.MonkeyPatch.context() as mp, pytest.raises(KnownError) as caught:
        mp.setattr("evidencija.fsutil.os.fsync", no_space)
        keyfile.save()
    assert caught.value.exit_code == 8
    assert (closed / "register.keys").read_bytes() == before
    assert sorted(p.name for p in closed.iterdir()) == [
        "register.db",
        "register.keys",
        "register.lock",
    ]
    assert unlocks(closed, "admin", ADMIN_PASSPHRASE)
