"""Long work off the UI thread, one job at a time (database work is serialised on one worker).

`TaskRunner.submit(fn, on_done, on_error, busy_text=…)` runs `fn()` on the single worker thread and
calls `on_done(result)` or `on_error(exc)` back on the UI thread. With `busy_text`, a window-modal
progress dialog appears if the job takes more than a moment, so nothing else can touch the register
meanwhile. An error without an `on_error` goes to the global error report.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from . import errors

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.job_id, self.fn, self.relay = job_id, fn, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 — handed to the UI thread, never swallowed
            self.relay.failed.emit(self.job_id, exc)
        else:
            self.relay.done.emit(self.job_id, result)


class TaskRunner(QObject):
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._ids = itertools.count(1)
        self._pending: dict[
            int, tuple[Done | None, Failed | None, QWidget | None, QProgressDialog | None]
        ] = {}

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        busy_text: str | None = None,
        parent: QWidget | None = None,
    ) -> int:
        job_id = next(self._ids)
        progress = None
        if busy_text is not None:
            progress = QProgressDialog(busy_text, "", 0, 0, parent)
            progress.setCancelButton(None)
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(300)
            progress.setAutoClose(False)
            progress.setWindowTitle(self.tr("Please wait"))
        was_busy = self.busy
        self._pending[job_id] = (on_done, on_error, parent, progress)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Job(job_id, fn, self._relay))
        return job_id

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (used on quit and in tests)."""
        return self._pool.waitForDone(msecs)

    def _finish(self, job_id: int) -> tuple[Done | None, Failed | None, QWidget | None]:
        on_done, on_error, parent, progress = self._pending.pop(job_id)
        if progress is not None:
            progress.reset()
            progress.hide()
            progress.deleteLater()
        if not self._pending:
            self.busy_changed.emit(False)
        return on_done, on_error, parent

    @Slot(int, object)
    def _on_done(self, job_id: int, result: Any) -> None:
        on_done, _, _ = self._finish(job_id)
        if on_done is not None:
            on_done(result)

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc: BaseException) -> None:
        _, on_error, parent = self._finish(job_id)
        if on_error is not None:
            on_error(exc)
        else:
            errors.report(exc, parent)
