"""The admin command line, as an administrator scripts it: passphrases from a file or the
environment, one clear line on stderr and a distinct exit code for each kind of problem, and
nothing changed on disk when a command fails."""

from __future__ import annotations

import errno
import hashlib
import io
import logging
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from evidencija import cli
from evidencija.cli import main
from evidencija.db.register import Register

ADMIN_PASS = "Upravnica-lozinka-2026"
KEY_RE = re.compile(r"^\s+((?:[0-9A-Z]{6}-){7}[0-9A-Z]{6})$", re.MULTILINE)


@pytest.fixture(autouse=True)
def keep_logging() -> Iterator[None]:
    """main() points the `evidencija` logger at its log file; put it back after each test."""
    logger = logging.getLogger("evidencija")
    saved = (list(logger.handlers), logger.propagate, logger.level)
    yield
    for handler in logger.handlers:
        if handler not in saved[0]:
            handler.close()
    logger.handlers[:] = saved[0]
    logger.propagate, logger.level = saved[1], saved[2]


@pytest.fixture
def secrets_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "secrets"
    folder.mkdir(mode=0o700)
    return folder


def secret_file(folder: Path, name: str, value: str) -> str:
    path = folder / name
    path.write_text(value + "\n", encoding="utf-8")
    return str(path)


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


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def initialised(
    tmp_path: Path, secrets_dir: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[Path, str]:
    """`evidencija init` in a fresh folder; returns the folder and the printed recovery key."""
    root = tmp_path / "registar"
    code, out, err = run(
        capsys,
        "init",
        "--data-dir",
        root,
        "--centre-code",
        "CSR-KG",
        "--centre-name",
        "CSR Kragujevac",
        "--admin",
        "admin",
        "--admin-name",
        "Ana Anić",
        "--passphrase-file",
        secret_file(secrets_dir, "admin", ADMIN_PASS),
    )
    assert (code, err) == (0, "")
    keys = KEY_RE.findall(out)
    assert len(keys) == 1, out
    return root, keys[0]


def admin_args(root: Path, secrets_dir: Path) -> list[str]:
    return [
        "--data-dir",
        str(root),
        "--user",
        "admin",
        "--passphrase-file",
        secret_file(secrets_dir, "admin", ADMIN_PASS),
    ]


# --------------------------------------------------------------------------- init, check
def test_init_prints_the_recovery_key_once_and_it_opens_the_register(
    initialised: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    root, key = initialised
    assert sorted(p.name for p in root.iterdir()) == [
        "register.db",
        "register.keys",
        "register.lock",
    ]
    with Register.open(root) as register:
        register.unlock_with_recovery(key)
        assert register.is_unlocked
    # Shown only at creation: nothing else ever prints it, and it is not written anywhere.
    for path in root.rglob("*"):
        assert key.encode() not in path.read_bytes()


def test_init_refuses_an_existing_register_and_a_weak_passphrase(
    initialised: tuple[Path, str],
    tmp_path: Path,
    secrets_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root, _ = initialised
    before = snapshot(root)
    code, out, err = run(
        capsys,
        "init",
        "--data-dir",
        root,
        "--centre-code",
        "X",
        "--centre-name",
        "Y",
        "--admin",
        "admin",
        "--passphrase-file",
        secret_file(secrets_dir, "p", ADMIN_PASS),
    )
    assert (code, out) == (14, "") and "already exists" in err
    assert snapshot(root) == before
    code, out, err = run(
        capsys,
        "init",
        "--data-dir",
        tmp_path / "novi",
        "--centre-code",
        "X",
        "--centre-name",
        "Y",
        "--admin",
        "admin",
        "--passphrase-file",
        secret_file(secrets_dir, "weak", "kratka"),
    )
    assert code == 12 and "too weak" in err and "at least 10 characters" in err
    assert not (tmp_path / "novi" / "register.db").exists()


def test_check_reports_a_sound_register(
    initialised: tuple[Path, str], secrets_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, _ = initialised
    code, out, err = run(capsys, "check", *admin_args(root, secrets_dir))
    assert (code, err) == (0, "")
    assert "schema revision" in out and "audit trail: 1 entries" in out
    assert out.rstrip().endswith("The register is sound.")


def test_check_reports_a_broken_audit_trail(
    initialised: tuple[Path, str], secrets_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, _ = initialised
    with Register.open(root) as register:
        register.unlock("admin", ADMIN_PASS)
        with register.engine.begin() as conn:
            conn.execute(text("UPDATE audit_log SET action = 'DELETE' WHERE seq = 1"))
    code, out, _ = run(capsys, "check", *admin_args(root, secrets_dir))
    assert code == 6
    assert "✗ audit trail broken at entry 1" in out and "NOT sound" in out


# --------------------------------------------------------------------------- backup, restore
def test_backup_and_restore(
    initialised: tuple[Path, str],
    tmp_path: Path,
    secrets_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root, _ = initialised
    out_file = tmp_path / "usb" / "kopija.evbackup"
    out_file.parent.mkdir()
    code, out, err = run(capsys, "backup", *admin_args(root, secrets_dir), "--out", out_file)
    assert (code, err) == (0, "") and f"written and verified: {out_file}" in out
    assert sorted(p.name for p in out_file.parent.iterdir()) == ["kopija.evbackup"]

    code, _, err = run(
        capsys,
        "users",
        "add",
        "nova",
        "--name",
        "Nova Radnica",
        *admin_args(root, secrets_dir),
        "--new-passphrase-file",
        secret_file(secrets_dir, "nova", "Novina-lozinka-11"),
    )
    assert (code, err) == (0, "")

    # Restore with the only user in the backup picked automatically.
    code, out, err = run(
        capsys,
        "restore",
        "--data-dir",
        root,
        out_file,
        "--passphrase-file",
        secret_file(secrets_dir, "admin", ADMIN_PASS),
    )
    assert (code, err) == (0, "") and "restored from the backup of" in out
    code, out, _ = run(capsys, "users", "list", *admin_args(root, secrets_dir))
    assert code == 0 and "nova" not in out and "admin\tADMIN\tactive\tAna Anić" in out


def test_a_bad_backup_is_refused_with_exit_code_13(
    initialised: tuple[Path, str],
    tmp_path: Path,
    secrets_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root, _ = initialised
    bad = tmp_path / "kopija.evbackup"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    before = snapshot(root)
    code, out, err = run(
        capsys,
        "restore",
        "--data-dir",
        root,
        bad,
        "--user",
        "admin",
        "--passphrase-file",
        secret_file(secrets_dir, "admin", ADMIN_PASS),
    )
    assert (code, out) == (13, "") and err.startswith(f"The backup {bad} is not valid")
    assert snapshot(root) == before


def test_a_full_disk_during_backup_exits_8_and_leaves_no_partial_file(
    initialised: tuple[Path, str],
    tmp_path: Path,
    secrets_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root, _ = initialised
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "stara-kopija.evbackup").write_bytes(b"an older backup the admin keeps")
    before_usb, before_root = snapshot(usb), snapshot(root)

    import evidencija.fsutil as fsutil

    real_fdopen = fsutil.os.fdopen

    class FillsUp(io.BufferedWriter):
        """A file on a disk that is full after 64 KiB."""

        written = 0

        def write(self, data: bytes) -> int:  # type: ignore[override]
            FillsUp.written += len(data)
            if FillsUp.written > 65_536:
                raise OSError(errno.ENOSPC, "No space left on device")
            return super().write(data)

    def fdopen(fd: int, mode: str = "r", *args: object, **kwargs: object) -> object:
        if "w" in mode:
            return FillsUp(io.FileIO(fd, "wb"))
        return real_fdopen(fd, mode, *args, **kwargs)  # type: ignore[arg-type]

    # (A context of its own: undoing the test's `monkeypatch` would also undo the isolated env.)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(fsutil.os, "fdopen", fdopen)
        code, out, err = run(
            capsys, "backup", *admin_args(root, secrets_dir), "--out", usb / "nova-kopija.evbackup"
        )
    assert FillsUp.written > 65_536, "the simulated disk never filled up"
    assert code == 8, err
    assert err.startswith("There is not enough disk space for") and "Nothing was changed" in err
    assert snapshot(usb) == before_usb, "a partial backup file was left behind"
    # The failed backup was not recorded as done.
    code, out, _ = run(capsys, "check", *admin_args(root, secrets_dir))
    assert code == 0 and "audit trail: 1 entries" in out
    assert {k: v for k, v in snapshot(root).items() if k != "register.db"} == {
        k: v for k, v in before_root.items() if k != "register.db"
    }


# --------------------------------------------------------------------------- users, passwd, recover
def test_users_add_list_disable_reset(
    initialised: tuple[Path, str], secrets_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, _ = initialised
    add = [
        "users",
        "add",
        "mmarkovic",
        "--name",
        "Milica Marković",
        "--role",
        "CASE_MANAGER",
        *admin_args(root, secrets_dir),
    ]
    code, out, err = run(
        capsys, *add, "--new-passphrase-file", secret_file(secrets_dir, "m", "Milicina-lozinka-77")
    )
    assert (code, err) == (0, "") and "The user mmarkovic was added." in out
    code, out, err = run(
        capsys, *add, "--new-passphrase-file", secret_file(secrets_dir, "m", "Milicina-lozinka-77")
    )
    assert code == 20 and "already exists" in err

    code, out, _ = run(capsys, "users", "list", *admin_args(root, secrets_dir))
    assert code == 0
    assert out.splitlines() == [
        "admin\tADMIN\tactive\tAna Anić",
        "mmarkovic\tCASE_MANAGER\tactive\tMilica Marković",
    ]

    milica = [
        "--data-dir",
        str(root),
        "--user",
        "mmarkovic",
        "--passphrase-file",
        secret_file(secrets_dir, "m", "Milicina-lozinka-77"),
    ]
    assert run(capsys, "check", *milica)[0] == 0
    # A case manager may not manage users.
    code, _, err = run(capsys, "users", "disable", "admin", *milica)
    assert code == 11 and "not allowed" in err

    code, out, err = run(capsys, "users", "disable", "mmarkovic", *admin_args(root, secrets_dir))
    assert (code, err) == (0, "") and "disabled" in out
    assert run(capsys, "check", *milica)[0] == 3
    code, out, _ = run(capsys, "users", "list", *admin_args(root, secrets_dir))
    assert "mmarkovic\tCASE_MANAGER\tdisabled" in out
    code, _, err = run(capsys, "users", "disable", "admin", *admin_args(root, secrets_dir))
    assert code == 20 and "last active administrator" in err

    code, out, err = run(
        capsys,
        "users",
        "reset",
        "mmarkovic",
        *admin_args(root, secrets_dir),
        "--new-passphrase-file",
        secret_file(secrets_dir, "m2", "Nova-Milicina-lozinka-8"),
    )
    assert (code, err) == (0, "") and "The passphrase of mmarkovic was set." in out
    assert (
        run(
            capsys,
            "check",
            "--data-dir",
            root,
            "--user",
            "mmarkovic",
            "--passphrase-file",
            secret_file(secrets_dir, "m2", "Nova-Milicina-lozinka-8"),
        )[0]
        == 0
    )
    assert run(capsys, "check", *milica)[0] == 3


def test_passwd_from_environment_variables(
    initialised: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root, _ = initialised
    monkeypatch.setenv("EVIDENCIJA_PASSPHRASE", ADMIN_PASS)
    monkeypatch.setenv("EVIDENCIJA_NEW_PASSPHRASE", "Sasvim-nova-lozinka-9")
    code, out, err = run(capsys, "passwd", "--data-dir", root, "--user", "admin")
    assert (code, err) == (0, "") and "The passphrase was changed." in out
    code, _, err = run(capsys, "check", "--data-dir", root, "--user", "admin")
    assert code == 3 and err == "Wrong username or passphrase.\n"
    monkeypatch.setenv("EVIDENCIJA_PASSPHRASE", "Sasvim-nova-lozinka-9")
    assert run(capsys, "check", "--data-dir", root, "--user", "admin")[0] == 0


def test_the_passphrase_file_wins_over_the_environment(
    initialised: tuple[Path, str],
    secrets_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root, _ = initialised
    monkeypatch.setenv("EVIDENCIJA_PASSPHRASE", "pogresna-lozinka-1")
    assert run(capsys, "check", *admin_args(root, secrets_dir))[0] == 0


def test_recover_sets_a_new_admin_passphrase_with_the_recovery_key(
    initialised: tuple[Path, str],
    secrets_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root, key = initialised
    monkeypatch.setenv("EVIDENCIJA_NEW_PASSPHRASE", "Oporavljena-lozinka-3")

    # A typo is caught before the key is tried, and the group is named.
    typo = key[:8] + ("X" if key[8] != "X" else "Y") + key[9:]
    monkeypatch.setenv("EVIDENCIJA_RECOVERY_KEY", typo)
    code, _, err = run(capsys, "recover", "--data-dir", root, "--admin", "admin")
    assert code == 12 and "mistyped (group 2)" in err

    monkeypatch.setenv("EVIDENCIJA_RECOVERY_KEY", key.lower())
    code, out, err = run(capsys, "recover", "--data-dir", root, "--admin", "admin")
    assert (code, err) == (0, "") and "set with the recovery key" in out
    monkeypatch.setenv("EVIDENCIJA_PASSPHRASE", "Oporavljena-lozinka-3")
    assert run(capsys, "check", "--data-dir", root, "--user", "admin")[0] == 0
    monkeypatch.setenv("EVIDENCIJA_PASSPHRASE", ADMIN_PASS)
    assert run(capsys, "check", "--data-dir", root, "--user", "admin")[0] == 3

    # From a file, and a valid key of another register is "wrong", not "mistyped".
    from evidencija.db import recovery

    _, other = recovery.new_key()
    code, _, err = run(
        capsys,
        "recover",
        "--data-dir",
        root,
        "--admin",
        "admin",
        "--recovery-key-file",
        secret_file(secrets_dir, "rk", other),
    )
    assert code == 3 and "does not open this register" in err


# --------------------------------------------------------------------------- exit codes
def test_wrong_passphrase_exit_3(
    initialised: tuple[Path, str], secrets_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, _ = initialised
    before = snapshot(root)
    code, out, err = run(
        capsys,
        "check",
        "--data-dir",
        root,
        "--user",
        "admin",
        "--passphrase-file",
        secret_file(secrets_dir, "bad", "pogresna-lozinka"),
    )
    assert (code, out, err) == (3, "", "Wrong username or passphrase.\n")
    assert snapshot(root) == before


def test_missing_register_exit_4(
    tmp_path: Path, secrets_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys,
        "check",
        "--data-dir",
        tmp_path / "nema",
        "--user",
        "admin",
        "--passphrase-file",
        secret_file(secrets_dir, "p", ADMIN_PASS),
    )
    assert (code, out) == (4, "")
    assert (
        err == f"There is no register in {tmp_path / 'nema'}. "
        "Create one with “init” or choose another folder.\n"
    )
    assert not (tmp_path / "nema").exists()


def test_newer_schema_exit_7(
    initialised: tuple[Path, str], secrets_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, _ = initialised
    with Register.open(root) as register:
        register.unlock("admin", ADMIN_PASS)
        with register.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    before = snapshot(root)
    code, out, err = run(
        capsys, "backup", *admin_args(root, secrets_dir), "--out", root.parent / "x.evbackup"
    )
    assert (code, out) == (7, "")
    assert "newer version of the program (schema 0099_from_the_future)" in err
    assert snapshot(root) == before and not (root.parent / "x.evbackup").exists()


def test_network_share_exit_10(
    initialised: tuple[Path, str],
    secrets_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root, _ = initialised
    monkeypatch.setattr("evidencija.db.register.is_network_path", lambda path: True)
    code, out, err = run(capsys, "check", *admin_args(root, secrets_dir))
    assert (code, out) == (10, "") and "network drive" in err and str(root) in err


def test_no_passphrase_source_without_a_terminal_exit_12(
    initialised: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root, _ = initialised
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    for empty in (None, ""):
        if empty is None:
            monkeypatch.delenv("EVIDENCIJA_PASSPHRASE", raising=False)
        else:
            monkeypatch.setenv("EVIDENCIJA_PASSPHRASE", empty)
        code, out, err = run(capsys, "check", "--data-dir", root, "--user", "admin")
        assert (code, out) == (12, "")
        assert (
            err == "No passphrase given: use --passphrase-file, "
            "the EVIDENCIJA_PASSPHRASE variable or a terminal.\n"
        )


def test_a_passphrase_is_never_taken_from_an_argument() -> None:
    parser = cli.build_parser()
    with pytest.raises(SystemExit):
        parser.parse_args(["check", "--user", "admin", "--passphrase", ADMIN_PASS])


def test_an_unreadable_passphrase_file_is_invalid_input(
    initialised: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, _ = initialised
    code, out, err = run(
        capsys,
        "check",
        "--data-dir",
        root,
        "--user",
        "admin",
        "--passphrase-file",
        tmp_path / "nema.txt",
    )
    assert (code, out) == (12, "") and err.startswith("Invalid input")


def test_messages_follow_the_language_option(
    tmp_path: Path, secrets_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [
        "check",
        "--data-dir",
        tmp_path / "nema",
        "--user",
        "admin",
        "--passphrase-file",
        secret_file(secrets_dir, "p", ADMIN_PASS),
    ]
    assert run(capsys, "--lang", "sr_Latn", *args)[2].startswith("U folderu")
    assert run(capsys, "--lang", "sr_Cyrl", *args)[2].startswith("У фолдеру")
    assert run(capsys, *args, "--lang", "sq")[2].startswith("Nuk ka regjistër")
