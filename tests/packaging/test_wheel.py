"""The wheel is complete: built from this checkout and installed into a clean venv (no access to
the checkout, a temporary HOME), its own `--self-test` passes every step (translations and icon
included), its `evidencija` command creates and checks a register, finding the migrations inside
the installed package, and it upgrades a register made by the previous release."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = [pytest.mark.wheel, pytest.mark.slow, pytest.mark.timeout(1800)]

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "Instalirana-lozinka-2026"
# The committed register of the previous release's schema (tests/migrations/fixtures/README.md).
PREVIOUS_RELEASE = ROOT / "tests" / "migrations" / "fixtures" / "0004_indexes"
FIXTURE_PASSPHRASE = "Fixture-lozinka-0001"


def _run(
    cmd: list[str | Path], *, env: dict[str, str], cwd: Path, timeout: int
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(c) for c in cmd],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, (
        f"{' '.join(map(str, cmd))} exited {result.returncode}\n"
        f"stdout:\n{result.stdout[-3000:]}\nstderr:\n{result.stderr[-3000:]}"
    )
    return result


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment of a user's shell: nothing pointing into the checkout or its venv; the
    user's pip cache (the test fixture moved XDG_CACHE_HOME): dependencies are not fetched again."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"PYTHONPATH", "VIRTUAL_ENV", "XDG_CACHE_HOME", "PYTHONHOME"}
    }
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if str(ROOT) not in p
    )
    env.update(extra)
    return env


def test_the_installed_wheel_creates_and_checks_a_register(tmp_path: Path) -> None:
    dist, venv, work = tmp_path / "dist", tmp_path / "venv", tmp_path / "work"
    work.mkdir()
    env = _clean_env()

    _run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", dist, ROOT],
        env=env,
        cwd=work,
        timeout=900,
    )
    wheels = list(dist.glob("evidencija-*.whl"))
    assert len(wheels) == 1
    with zipfile.ZipFile(wheels[0]) as archive:
        names = set(archive.namelist())
    assert "evidencija/migrations/env.py" in names
    assert "evidencija/migrations/script.py.mako" in names
    assert {n for n in names if n.startswith("evidencija/migrations/versions/0001_")}, (
        "revision 0001 missing"
    )
    assert not [n for n in names if n.startswith("tests/")]
    # Run-time files that only `make` produced before: the build hook and the package carry them.
    for lang in ("sr_Latn", "sr_Cyrl", "en", "sq"):
        assert f"evidencija/i18n/evidencija_{lang}.qm" in names, f"{lang} translations missing"
    assert "evidencija/ui/evidencija.svg" in names

    _run([sys.executable, "-m", "venv", venv], env=env, cwd=work, timeout=300)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    command = venv / ("Scripts/evidencija.exe" if sys.platform == "win32" else "bin/evidencija")
    _run(
        [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheels[0]],
        env=env,
        cwd=work,
        timeout=1500,
    )

    where = _run(
        [
            python,
            "-c",
            "import evidencija, sys; from evidencija.db.migrate import migrations_dir; "
            "print(evidencija.__file__); print(migrations_dir()); print(sys.prefix)",
        ],
        env=env,
        cwd=work,
        timeout=120,
    ).stdout.splitlines()
    package_file, migrations, prefix = (Path(line).resolve() for line in where[-3:])
    assert prefix == venv.resolve()
    assert venv.resolve() in package_file.parents and ROOT not in package_file.parents
    assert migrations == package_file.parent / "migrations"

    home = tmp_path / "home"
    home.mkdir()
    selftest = _run(
        [command, "--self-test"],
        env=_clean_env(HOME=str(home), QT_QPA_PLATFORM="offscreen", EVIDENCIJA_LANG="en"),
        cwd=work,
        timeout=600,
    )
    assert "self-test: 12 passed, 0 failed" in selftest.stdout, selftest.stdout

    data = work / "registar"
    run_env = _clean_env(
        HOME=str(home),
        EVIDENCIJA_TEST_WEAK_KDF="1",
        EVIDENCIJA_PASSPHRASE=PASSPHRASE,
        EVIDENCIJA_LOG_DIR=str(work / "logs"),
        EVIDENCIJA_LANG="en",
    )
    init = _run(
        [
            command,
            "init",
            "--data-dir",
            data,
            "--centre-code",
            "CSR-NS",
            "--centre-name",
            "CSR Novi Sad",
            "--admin",
            "admin",
        ],
        env=run_env,
        cwd=work,
        timeout=300,
    )
    assert "RECOVERY KEY" in init.stdout
    check = _run(
        [command, "check", "--data-dir", data, "--user", "admin"],
        env=run_env,
        cwd=work,
        timeout=300,
    )
    assert "The register is sound." in check.stdout
    assert sorted(p.name for p in data.iterdir()) == [
        "register.db",
        "register.keys",
        "register.lock",
    ]

    # A centre upgrading: the previous release's register opens after a verified backup.
    old = work / "stari-registar"
    shutil.copytree(PREVIOUS_RELEASE, old)
    upgraded = _run(
        [command, "check", "--data-dir", old, "--user", "admin"],
        env={**run_env, "EVIDENCIJA_PASSPHRASE": FIXTURE_PASSPHRASE},
        cwd=work,
        timeout=300,
    )
    assert "The register is sound." in upgraded.stdout
    backups = list((old / "backups").glob("*"))
    assert len(backups) == 1, upgraded.stdout
    assert str(backups[0].name) in upgraded.stdout  # the user is told where the backup is
