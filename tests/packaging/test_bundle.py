"""The frozen bundle passes its own self-test (CI builds it with `make bundle` before the tests).

A bundle that lacks a migration, a translation, a Qt plugin or the SQLCipher library fails here.
Without a bundle (a developer who did not run `make bundle`) the test is skipped and says why.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

ROOT = Path(__file__).resolve().parents[2]
EXE = "evidencija-cli.exe" if sys.platform == "win32" else "evidencija"


def _bundle() -> Path | None:
    chosen = os.environ.get("EVIDENCIJA_BUNDLE")
    if chosen:
        path = Path(chosen)
        return path / EXE if path.is_dir() else path
    default = ROOT / "dist" / "evidencija" / EXE
    return default if default.is_file() else None


def test_the_bundle_passes_its_self_test(tmp_path: Path) -> None:
    exe = _bundle()
    if exe is None:
        pytest.skip("no bundle: run `make bundle` (or set EVIDENCIJA_BUNDLE to one)")
    assert exe.is_file(), f"EVIDENCIJA_BUNDLE points to {exe}, which does not exist"
    env = dict(os.environ)
    env.pop("EVIDENCIJA_TEST_WEAK_KDF", None)  # tested with the shipped key derivation
    env.update(EVIDENCIJA_LOG_DIR=str(tmp_path / "logs"), TMPDIR=str(tmp_path),
               QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([str(exe), "--self-test"], env=env, capture_output=True, text=True,
                            timeout=540, check=False)
    report = f"stdout:\n{result.stdout}\nstderr:\n{result.stderr[-3000:]}"
    assert result.returncode == 0, report
    assert "FAILED" not in result.stdout, report
    assert "self-test: 12 passed, 0 failed" in result.stdout, report
    # it ran in the temporary folder and cleaned up after itself
    assert str(tmp_path) in result.stdout, report
    assert not list(tmp_path.glob("evidencija-selftest-*")), report


def test_the_self_test_passes_from_the_installed_package(tmp_path: Path) -> None:
    """The same self-test, run by the interpreter that runs the tests (no bundle needed): so a
    broken self-test is caught on every machine, not only where a bundle was built."""
    env = dict(os.environ)
    env.update(EVIDENCIJA_LOG_DIR=str(tmp_path / "logs"), TMPDIR=str(tmp_path),
               QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "evidencija", "--self-test"], env=env,
                            capture_output=True, text=True, timeout=540, check=False, cwd=ROOT)
    report = f"stdout:\n{result.stdout}\nstderr:\n{result.stderr[-3000:]}"
    assert result.returncode == 0, report
    assert "self-test: 12 passed, 0 failed" in result.stdout, report
