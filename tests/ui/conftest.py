"""UI fixtures: isolated QSettings, answered message boxes, a session on a temporary folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QMessageBox

from evidencija.ui import dialogs

# The offscreen platform cannot resize or raise windows and says so at WARNING level; those two
# messages describe the test platform, not the program, so only they are let through.
OFFSCREEN_LIMITS = (
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_LIMITS))


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> Iterator[None]:
    """Preferences go to this test's own folder, never to the user's."""
    QStandardPaths.setTestModeEnabled(True)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield
    QStandardPaths.setTestModeEnabled(False)


class Answers:
    """Records every message box and answers it: by default with its first button."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.queue: list[str | int] = []

    def __call__(self, box: QMessageBox) -> None:
        self.seen.append(box.text())
        buttons = box.buttons()
        choice: str | int = self.queue.pop(0) if self.queue else 0
        if isinstance(choice, str):
            button = next(b for b in buttons if b.text().replace("&", "") == choice)
        else:
            button = (
                [b for b in buttons if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole][
                    choice
                ]
                if choice == 0
                else buttons[choice]
            )
        button.click()

    def texts(self) -> str:
        return "\n".join(self.seen)


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    recorder = Answers()
    monkeypatch.setattr(dialogs, "run", recorder)
    return recorder


@pytest.fixture
def make_session(qtbot: Any, tmp_path: Path) -> Iterator[Callable[..., Any]]:
    """Build an AppSession on a folder (the register's, or a new one) and close it afterwards."""
    from evidencija.ui.app import create_session

    made: list[Any] = []

    def make(data_dir: Path | None = None, lang: str = "en") -> Any:
        session = create_session(data_dir or tmp_path / "register", lang)
        made.append(session)
        return session

    yield make
    for session in made:
        session.quit(0)
        session.translators.clear()
