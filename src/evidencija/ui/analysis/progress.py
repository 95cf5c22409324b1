"""Progress and Cancel for long work on the worker thread (export, import).

`CancellableProgress` owns a window-modal QProgressDialog with a Cancel button. The worker calls
`report(done, total, text)` (thread-safe: a queued signal) and asks `cancelled()` between steps.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class CancellableProgress(QObject):
    _progressed = Signal(int, int, str)

    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.dialog = QProgressDialog(
            text, QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent
        )
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(200)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancel.set)
        self._progressed.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._text = text

    def report(self, done: int, total: int, detail: str = "") -> None:
        """From any thread."""
        self._progressed.emit(int(done), int(total), str(detail))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot(int, int, str)
    def _show(self, done: int, total: int, detail: str) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        # The label first: a window-modal QProgressDialog's setValue processes events, and the
        # work may finish (close() drops the dialog) inside that call.
        dialog.setLabelText(f"{self._text}\n{detail}" if detail else self._text)
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None  # type: ignore[assignment]
        self.deleteLater()
