"""File and folder choosers in one place (tests replace these functions to answer them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def save_file(parent: QWidget | None, title: str, suggested: Path, filter_text: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filter_text)
    return Path(name) if name else None


def open_file(parent: QWidget | None, title: str, start: Path, filter_text: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start), filter_text)
    return Path(name) if name else None


def folder(parent: QWidget | None, title: str, start: Path) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(name) if name else None
