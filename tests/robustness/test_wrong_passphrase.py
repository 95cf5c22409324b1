"""Twenty wrong tries: the same clear message every time; not one byte, mtime or file changes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from evidencija.cli import main
from evidencija.db.register import Register
from evidencija.errors import WrongCredentials
from evidencija.services import users

# The admin passphrase of the `register` fixture (tests/conftest.py). Not imported from there:
# with several conftest.py files in the tree, `import conftest` may find another one.
ADMIN_PASSPHRASE = "Sigurna-lozinka-2026"

TRIES = 20


def snapshot(root: Path) -> dict[str, tuple[int, int, str]]:
    """(size, mtime_ns, sha256) of every file under `root`, by relative path."""
    return {
        str(p.relative_to(root)): (
            p.stat().st_size,
            p.stat().st_mtime_ns,
            hashlib.sha256(p.read_bytes()).hexdigest(),
        )
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def wrong_attempts(*, empty: bool = True) -> list[tuple[str, str]]:
    """Unknown users, a wrong passphrase for a real user, near misses, odd input.

    An empty EVIDENCIJA_PASSPHRASE counts as "not given" on the command line (exit 12, tested in
    tests/cli), so the command-line variant leaves the empty passphrase out.
    """
    attempts = [
        ("admin", "Sigurna-lozinka-2025"),
        ("admin", ADMIN_PASSPHRASE.lower()),
        ("admin", ADMIN_PASSPHRASE + " "),
        ("admin", ""),
        ("mmarkovic", "Nepoznata-lozinka-1"),  # a real user, someone else's passphrase
        ("mmarkovic", ADMIN_PASSPHRASE),
        ("nepostoji", ADMIN_PASSPHRASE),  # unknown user, correct admin passphrase
        ("nepostoji", "bilo-šta-ćirilica-ђж"),
        ("ADMIN ", "x"),
        ("x", ADMIN_PASSPHRASE),  # not even a valid username
        ("ne postoji!", ADMIN_PASSPHRASE),
        ("admin", "🔑" * 12),
    ]
    if not empty:
        attempts = [a for a in attempts if a[1]]
    while len(attempts) < TRIES:
        attempts.append((f"korisnik{len(attempts)}", f"pogresna-lozinka-{len(attempts)}"))
    return attempts[:TRIES]


@pytest.fixture
def closed_register(register: Register, data_dir: Path) -> Path:
    users.add_user(register, "mmarkovic", "Milica Marković", "CASEWORKER", "Milicina-lozinka-77")
    register.close()
    return data_dir


def test_twenty_wrong_unlocks_change_nothing(closed_register: Path) -> None:
    before = snapshot(closed_register)
    messages = set()
    for username, passphrase in wrong_attempts():
        register = Register.open(closed_register)
        try:
            with pytest.raises(WrongCredentials) as caught:
                register.unlock(username, passphrase)
            assert not register.is_unlocked
        finally:
            register.close()
        messages.add(caught.value.message())
    # The same message whether the user is unknown or the passphrase wrong: it says neither.
    assert messages == {"Wrong username or passphrase."}
    assert snapshot(closed_register) == before

    # …and the register still opens with the right passphrase.
    with Register.open(closed_register) as register:
        assert register.unlock("admin", ADMIN_PASSPHRASE).username == "admin"


@pytest.mark.parametrize(
    "command", [["check"], ["backup", "--out", "{out}"], ["users", "list"], ["passwd"]]
)
def test_twenty_wrong_passphrases_on_the_command_line(
    closed_register: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    out = tmp_path / "kopija.evbackup"
    monkeypatch.setenv("EVIDENCIJA_NEW_PASSPHRASE", "Nova-lozinka-2027")
    before = snapshot(closed_register)
    for username, passphrase in wrong_attempts(empty=False):
        monkeypatch.setenv("EVIDENCIJA_PASSPHRASE", passphrase)
        argv = [c.format(out=out) for c in command]
        code = main([*argv, "--data-dir", str(closed_register), "--user", username])
        captured = capsys.readouterr()
        assert code == 3, (username, captured.err)
        assert captured.err.strip() == "Wrong username or passphrase."
        assert captured.out == ""
    assert snapshot(closed_register) == before
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [closed_register.name]  # no stray files
