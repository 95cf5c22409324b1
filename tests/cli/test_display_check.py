"""Without the X11 library Qt needs, the program says which package to install, in the user's
language, instead of being aborted by Qt with no trace in its log."""

from __future__ import annotations

import ctypes.util
from pathlib import Path

import pytest

from evidencija.cli import main
from evidencija.ui import app


@pytest.fixture
def x11_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)


def test_a_missing_xcb_cursor_is_named_in_the_users_language(
    x11_desktop: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    assert main(["--data-dir", str(tmp_path / "register"), "--lang", "sr_Latn"]) == 23
    err = capsys.readouterr().err
    assert "nedostaje sistemska biblioteka libxcb-cursor0" in err
    assert "sudo apt install libxcb-cursor0" in err
    assert not (tmp_path / "register").exists()  # nothing was created


def test_present_library_or_another_platform_is_not_questioned(
    x11_desktop: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: f"lib{name}.so.0")
    assert app.missing_display_library() is None
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    assert app.missing_display_library() == "libxcb-cursor0"
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert app.missing_display_library() is None
    monkeypatch.setenv("QT_QPA_PLATFORM", "")
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    assert app.missing_display_library() is None
