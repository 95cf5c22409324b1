"""One running instance per register, no registers on network drives, and where the register is."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from evidencija import paths as paths_module
from evidencija.cli import build_parser, main
from evidencija.db.register import Register
from evidencija.errors import NetworkShare, RegisterInUse, WrongCredentials
from evidencija.paths import RegisterPaths, is_network_path, resolve_data_dir

# The admin passphrase of the `register` fixture (tests/conftest.py). Not imported from there:
# with several conftest.py files in the tree, `import conftest` may find another one.
ADMIN_PASSPHRASE = "Sigurna-lozinka-2026"


# --------------------------------------------------------------------------- one instance
def test_a_second_open_of_the_same_register_is_refused(register: Register, data_dir: Path) -> None:
    with pytest.raises(RegisterInUse) as caught:
        Register.open(data_dir)
    assert "already open in another window or program" in caught.value.message()
    assert caught.value.exit_code == 9
    # The first one is unaffected.
    with register.session() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM users").scalar() == 1


def test_the_folder_is_free_again_after_close(register: Register, data_dir: Path) -> None:
    register.close()
    with Register.open(data_dir) as again:
        again.unlock("admin", ADMIN_PASSPHRASE)
    with Register.open(data_dir):
        pass


def test_a_second_process_is_refused_too(register: Register, data_dir: Path) -> None:
    code = (
        "import sys\n"
        "from evidencija.db.register import Register\n"
        "from evidencija.errors import RegisterInUse\n"
        "try:\n"
        "    Register.open(sys.argv[1])\n"
        "except RegisterInUse:\n"
        "    sys.exit(9)\n"
        "sys.exit(0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 9, result.stderr
    register.close()
    result = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_the_cli_says_in_use_with_exit_code_9(
    register: Register,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("EVIDENCIJA_PASSPHRASE", ADMIN_PASSPHRASE)
    assert main(["check", "--data-dir", str(data_dir), "--user", "admin"]) == 9
    assert "already open" in capsys.readouterr().err


def test_opening_leaves_the_lock_file_alone(register: Register, data_dir: Path) -> None:
    register.close()
    lock = RegisterPaths(data_dir).lock
    before = (lock.stat().st_mtime_ns, lock.read_bytes())
    with Register.open(data_dir) as again:
        again.unlock("admin", ADMIN_PASSPHRASE)
    assert (lock.stat().st_mtime_ns, lock.read_bytes()) == before


def test_lock_closes_every_connection_and_forgets_the_key(
    register: Register, data_dir: Path
) -> None:
    with register.session() as session:
        session.connection().exec_driver_sql("SELECT count(*) FROM users").scalar()
    with register.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    key = register.data_key
    assert (data_dir / "register.db-wal").exists()
    register.lock()
    # SQLite removes the WAL when the last connection closes: none is left open.
    assert (
        not (data_dir / "register.db-wal").exists() and not (data_dir / "register.db-shm").exists()
    )
    assert bytes(key) == bytes(len(key)) and not register.is_unlocked
    with pytest.raises(WrongCredentials):
        register.session()
    register.unlock("admin", ADMIN_PASSPHRASE)
    assert register.is_unlocked


# --------------------------------------------------------------------------- network drives
MOUNTINFO = r"""22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
25 22 0:21 / /proc rw,nosuid shared:12 - proc proc rw
40 22 0:40 / {base}/centar rw,relatime shared:20 - nfs4 192.168.1.10:/export/centar rw,vers=4.2
41 22 0:41 / {base}/windows\040share rw,relatime shared:21 - cifs //server/evidencija rw,vers=3.0
42 22 0:42 / {base}/udaljeno rw,nosuid shared:22 - fuse.sshfs ana@server:/srv rw
43 40 8:17 / {base}/centar/usb rw,relatime shared:23 - vfat /dev/sdb1 rw
44 22 0:44 / {base}/centarx rw,relatime shared:24 - ext4 /dev/sdc1 rw
45 22 0:45 / {base}/nfs-old rw,relatime shared:25 - nfs 10.0.0.2:/old rw
46 22 0:46 / {base}/ramdisk rw,nosuid,nodev shared:13 - tmpfs tmpfs rw
"""


@pytest.mark.parametrize(
    "path, network",
    [
        ("centar/evidencija", True),  # nfs4
        ("centar", True),
        ("windows share/evidencija", True),  # cifs, with a space in the mount point
        ("udaljeno/reg", True),  # sshfs
        ("nfs-old/x/y", True),  # nfs, a folder that does not exist yet
        ("centar/usb/evidencija", False),  # a local disk mounted inside the share
        ("centarx/evidencija", False),  # a name that merely starts like the share
        ("ramdisk/evidencija", False),  # tmpfs
        ("lokalno/evidencija", False),  # the root file system (ext4)
    ],
)
def test_network_file_systems_are_recognised(path: str, network: bool, tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("mountinfo is Linux")
    base = tmp_path.resolve()
    for folder in (
        "centar/usb",
        "windows share",
        "udaljeno",
        "nfs-old",
        "centarx",
        "ramdisk",
        "lokalno",
    ):
        (base / folder).mkdir(parents=True)
    mountinfo = MOUNTINFO.format(base=base)
    assert is_network_path(base / path, mountinfo=mountinfo) is network
    # A symbolic link on a local disk that points into the share is on the share.
    target = base / path
    while not target.exists():
        target = target.parent
    (base / "link").symlink_to(target)
    assert is_network_path(base / "link" / "x", mountinfo=mountinfo) is network


def test_this_machines_temp_folder_is_not_a_network_drive(tmp_path: Path) -> None:
    assert is_network_path(tmp_path) is False


def test_a_register_on_a_network_drive_is_refused(
    register: Register, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    register.close()
    fake = (
        "22 1 8:1 / / rw - ext4 /dev/sda1 rw\n"
        f"99 22 0:99 / {data_dir.resolve()} rw - cifs //nas/evidencija rw\n"
    )
    real = paths_module.is_network_path
    monkeypatch.setattr("evidencija.db.register.is_network_path", lambda p: real(p, mountinfo=fake))
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in data_dir.iterdir()}
    with pytest.raises(NetworkShare) as caught:
        Register.open(data_dir)
    assert str(data_dir) in caught.value.message() and "network drive" in caught.value.message()
    with pytest.raises(NetworkShare):
        Register.create(
            data_dir / "novi",
            centre_code="X",
            centre_name="Y",
            admin_username="admin",
            admin_display_name="A",
            passphrase=ADMIN_PASSPHRASE,
        )
    assert not (data_dir / "novi").exists(), "a folder was made on the network drive"
    assert {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in data_dir.iterdir()
        if p.is_file()
    } == before


# --------------------------------------------------------------------------- where the register is
def test_data_dir_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    option, env = tmp_path / "from-option", tmp_path / "from-env"
    monkeypatch.setenv("EVIDENCIJA_DATA_DIR", str(env))
    assert resolve_data_dir(option) == option
    assert resolve_data_dir(None) == env
    monkeypatch.delenv("EVIDENCIJA_DATA_DIR")
    default = resolve_data_dir(None)
    assert default == paths_module.default_data_dir().absolute()
    assert "evidencija" in str(default).lower()
    monkeypatch.chdir(tmp_path)
    assert resolve_data_dir("relativno") == tmp_path / "relativno"


@pytest.mark.parametrize(
    "argv",
    [
        ["--data-dir", "{option}", "check", "--user", "admin"],
        ["check", "--data-dir", "{option}", "--user", "admin"],
        ["--data-dir", "{option}", "users", "list", "--user", "admin"],
        ["users", "--data-dir", "{option}", "list", "--user", "admin"],
        ["users", "list", "--data-dir", "{option}", "--user", "admin"],
    ],
    ids=["before-command", "after-command", "before-users", "between", "after-list"],
)
def test_the_data_dir_option_wins_wherever_it_is_written(
    argv: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    option, env = tmp_path / "from-option", tmp_path / "from-env"
    monkeypatch.setenv("EVIDENCIJA_DATA_DIR", str(env))
    Register.create(
        option,
        centre_code="A",
        centre_name="A",
        admin_username="admin",
        admin_display_name="Option",
        passphrase=ADMIN_PASSPHRASE,
    )[0].close()
    args = build_parser().parse_args([a.format(option=option) for a in argv])
    assert args.data_dir == option
    monkeypatch.setenv("EVIDENCIJA_PASSPHRASE", ADMIN_PASSPHRASE)
    code = main([a.format(option=option) for a in argv])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert not env.exists()


def test_the_environment_variable_is_used_without_the_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env = tmp_path / "from-env"
    monkeypatch.setenv("EVIDENCIJA_DATA_DIR", str(env))
    monkeypatch.setenv("EVIDENCIJA_PASSPHRASE", ADMIN_PASSPHRASE)
    assert main(["init", "--centre-code", "A", "--centre-name", "A", "--admin", "admin"]) == 0
    assert (env / "register.db").exists()
    assert str(env) in capsys.readouterr().out


def test_lang_before_the_command_is_honoured(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EVIDENCIJA_PASSPHRASE", ADMIN_PASSPHRASE)
    assert (
        main(
            ["--lang", "sr_Latn", "check", "--data-dir", str(tmp_path / "nema"), "--user", "admin"]
        )
        == 4
    )
    assert "nema evidencije" in capsys.readouterr().err
