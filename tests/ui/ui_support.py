"""Helpers shared by the UI tests (a plain module: test folders are not packages here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evidencija.db.register import Register

ADMIN_PASSPHRASE = "Sigurna-lozinka-2026"
USER_PASSPHRASE = "Druga-lozinka-2026"


def create_register(data_dir: Path, **extra_users: str) -> None:
    """A register with admin `admin`; `extra_users` maps username → role."""
    from evidencija.services import users

    register, _key = Register.create(
        data_dir,
        centre_code="CSR-KG",
        centre_name="Centar za socijalni rad Kragujevac",
        admin_username="admin",
        admin_display_name="Ana Administratorka",
        passphrase=ADMIN_PASSPHRASE,
    )
    try:
        for username, role in extra_users.items():
            users.add_user(register, username, username.title(), role, USER_PASSPHRASE)
    finally:
        register.close()


def unlock(
    qtbot: Any, session: Any, username: str = "admin", passphrase: str = ADMIN_PASSPHRASE
) -> Any:
    """Type credentials into the unlock window and wait for the main window."""
    view = session.unlock.view
    qtbot.waitExposed(view)
    view.username.setText(username)
    view.passphrase.setText(passphrase)
    view.unlock_requested.emit()
    qtbot.waitUntil(
        lambda: session.main is not None and session.main.view.isVisible(), timeout=10_000
    )
    # The window opens on a page read on the worker (My work); a lock waits for that read, so
    # a test that locks at once first lets it finish, as a person's first look at it does.
    qtbot.waitUntil(
        lambda: not session.tasks.busy
        and not any(getattr(p, "loading", False) for p in session.main.pages),
        timeout=10_000,
    )
    return session.main
