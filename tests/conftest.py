"""Shared fixtures: every test gets its own data, log, temp and settings folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from evidencija.db.register import Register

ADMIN_PASSPHRASE = "Sigurna-lozinka-2026"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real user's folders; new key slots are cheap (test-only KDF)."""
    base = tmp_path_factory.mktemp("env")
    monkeypatch.setenv("EVIDENCIJA_TEST_WEAK_KDF", "1")
    monkeypatch.setenv("EVIDENCIJA_LOG_DIR", str(base / "logs"))
    monkeypatch.setenv("EVIDENCIJA_DATA_DIR", str(base / "default-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "data-home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "cache"))
    monkeypatch.setenv("EVIDENCIJA_LANG", "en")
    monkeypatch.delenv("EVIDENCIJA_PASSPHRASE", raising=False)
    monkeypatch.delenv("EVIDENCIJA_NEW_PASSPHRASE", raising=False)
    return base


@pytest.fixture(autouse=True)
def restore_app_logger() -> Iterator[None]:
    """`cli.main()` points the `evidencija` logger at a file; undo that after each test."""
    import logging

    logger = logging.getLogger("evidencija")
    saved = (list(logger.handlers), logger.propagate, logger.level)
    yield
    for handler in list(logger.handlers):
        if handler not in saved[0]:
            logger.removeHandler(handler)
            handler.close()
    logger.propagate, logger.level = saved[1], saved[2]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "register"


@pytest.fixture
def register(data_dir: Path) -> Iterator[Register]:
    """A fresh register, unlocked as its admin (`admin`)."""
    reg, _recovery = Register.create(
        data_dir,
        centre_code="CSR-KG",
        centre_name="Centar za socijalni rad Kragujevac",
        admin_username="admin",
        admin_display_name="Ana Administratorka",
        passphrase=ADMIN_PASSPHRASE,
        municipality_code="RS-70645",
    )
    yield reg
    reg.close()
