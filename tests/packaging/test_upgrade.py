"""Upgrading keeps the data: a register made by an older release opens in this one.

The first foundation commit is built into a wheel and installed into a clean venv; its own CLI
creates a register and adds a user. This checkout's code then opens that register: it must take
a backup first (under `backups/`), migrate it to the current schema, and keep the user.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import evidencija
from evidencija.db.backup import open_backup
from evidencija.db.migrate import SCHEMA_HEAD

pytestmark = [pytest.mark.wheel, pytest.mark.slow, pytest.mark.timeout(1500)]

ROOT = Path(__file__).resolve().parents[2]
OLD_COMMIT = "0cc3c8f"  # Foundation: the first release of the register format
OLD_SCHEMA = "0001_foundation"
ADMIN_PASS = "Stara-verzija-2026"
WORKER_PASS = "Socijalna-zastita-2026"


def _run(cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None,
         timeout: int = 900) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                            check=False)
    assert result.returncode == 0, (
        f"{' '.join(map(str, cmd))} exited {result.returncode}\n"
        f"stdout:\n{result.stdout[-3000:]}\nstderr:\n{result.stderr[-3000:]}"
    )
    return result


def _venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def _venv_script(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if sys.platform == "win32" else "bin") / (
        f"{name}.exe" if sys.platform == "win32" else name
    )


@pytest.fixture(scope="module")
def old_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clean venv with the old commit's wheel and its dependencies; returns its `evidencija`."""
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout of Evidencija (the old release is built from history)")
    base = tmp_path_factory.mktemp("old-release")
    source, wheels, venv = base / "source", base / "wheels", base / "venv"
    source.mkdir()
    known = subprocess.run(
        [git, "-C", str(ROOT), "cat-file", "-e", f"{OLD_COMMIT}^{{commit}}"],
        capture_output=True, check=False,
    )
    assert known.returncode == 0, f"commit {OLD_COMMIT} is not in this clone (a shallow clone?)"
    archive = subprocess.run([git, "-C", str(ROOT), "archive", "--format=tar", OLD_COMMIT],
                             capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(source)], input=archive.stdout, check=True)
    _repair_foundation_commit(source)

    # The test fixtures point XDG_CACHE_HOME into a temporary folder; pip and build should use the
    # user's cache so the dependencies are not downloaded again.
    tools_env = {k: v for k, v in os.environ.items() if k != "XDG_CACHE_HOME"}
    _run([sys.executable, "-m", "build", "--wheel", "--outdir", str(wheels), str(source)],
         env=tools_env)
    [wheel] = wheels.glob("evidencija-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        assert f"evidencija/migrations/versions/{OLD_SCHEMA}.py" in zf.namelist()

    _run([sys.executable, "-m", "venv", str(venv)], env=tools_env)
    # The same dependency versions as this venv, so pip reuses its cache and the result is stable.
    frozen = _run([sys.executable, "-m", "pip", "freeze", "--exclude-editable",
                   "--exclude", "evidencija"], env=tools_env)
    constraints = base / "constraints.txt"
    pins = [line for line in frozen.stdout.splitlines() if "==" in line and " @ " not in line]
    constraints.write_text("\n".join(pins) + "\n")
    _run([str(_venv_python(venv)), "-m", "pip", "install", "--quiet", "-c", str(constraints),
          str(wheel)], env=tools_env)
    return _venv_script(venv, "evidencija")


# The foundation commit left `db/models/__init__.py` untracked (it was committed with the domain
# model in 6e8d6fe), so its tree imports `Centre` from a namespace package and cannot run. Put
# back exactly the part of that file that covers the tables the foundation had.
FOUNDATION_MODELS_INIT = '''"""All tables of the register."""

from .base import Base
from .register import AuditEntry, Centre, Setting, User

__all__ = ["AuditEntry", "Base", "Centre", "Setting", "User"]
'''


def _repair_foundation_commit(source: Path) -> None:
    models = source / "src" / "evidencija" / "db" / "models"
    init = models / "__init__.py"
    if not init.exists():
        assert {p.name for p in models.glob("*.py")} == {"base.py", "register.py"}
        init.write_text(FOUNDATION_MODELS_INIT)


def _env(base: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        EVIDENCIJA_TEST_WEAK_KDF="1",
        EVIDENCIJA_LOG_DIR=str(base / "logs"),
        EVIDENCIJA_LANG="en",
        QT_QPA_PLATFORM="offscreen",
        PYTHONWARNINGS="ignore",  # a dependency's deprecation notice is not this test's business
    )
    env.pop("EVIDENCIJA_DATA_DIR", None)
    env.update(extra)
    return env


def _current(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """This checkout's code (the interpreter running the tests has it installed)."""
    return _run([sys.executable, "-m", "evidencija", *args], env=env, cwd=ROOT, timeout=300)


def test_a_register_from_the_first_release_is_backed_up_migrated_and_keeps_its_users(
    old_release: Path, tmp_path: Path
) -> None:
    data = tmp_path / "register"
    env = _env(tmp_path, EVIDENCIJA_PASSPHRASE=ADMIN_PASS)

    # --- the old release makes a register and a second user
    old_version = _run([str(old_release), "--version"], env=env).stdout.strip()
    _run([str(old_release), "init", "--data-dir", str(data), "--centre-code", "CSR-OLD",
          "--centre-name", "Centar stare verzije", "--admin", "admin"], env=env)
    _run([str(old_release), "users", "add", "radnica", "--data-dir", str(data), "--user", "admin",
          "--name", "Radnica Stare Verzije", "--role", "CASEWORKER"],
         env={**env, "EVIDENCIJA_NEW_PASSPHRASE": WORKER_PASS})
    assert not (data / "backups").exists()

    # --- this release opens it: backup first, then the migration, then a sound check
    checked = _current(["check", "--data-dir", str(data), "--user", "admin"], env)
    assert f"upgraded to schema {SCHEMA_HEAD}" in checked.stdout, checked.stdout
    assert f"schema revision {SCHEMA_HEAD}" in checked.stdout

    backups = sorted((data / "backups").glob("*.evbackup"))
    assert [b.name.startswith(f"before-upgrade-{OLD_SCHEMA}-") for b in backups] == [True], backups
    assert str(backups[0]) in checked.stdout
    manifest, keyfile = open_backup(backups[0])
    assert manifest["schema_revision"] == OLD_SCHEMA
    # Taken by this release, before it changed anything; the old release named its own version.
    assert manifest["app_version"] == evidencija.__version__
    assert old_version.startswith("evidencija ") and old_version != f"evidencija {evidencija.__version__}"
    assert sorted(keyfile.usernames()) == ["admin", "radnica"]

    # --- the data survived: the user is there and can still unlock with her own passphrase
    users = _current(["users", "list", "--data-dir", str(data), "--user", "admin"], env).stdout
    assert "radnica\tCASEWORKER\tactive\tRadnica Stare Verzije" in users.splitlines(), users
    _current(["check", "--data-dir", str(data), "--user", "radnica"],
             {**env, "EVIDENCIJA_PASSPHRASE": WORKER_PASS})

    # --- a second open finds nothing to migrate and takes no second backup
    again = _current(["check", "--data-dir", str(data), "--user", "admin"], env)
    assert "upgraded to schema" not in again.stdout
    assert sorted((data / "backups").glob("*.evbackup")) == backups
