"""The idle lock: any keyboard, mouse or touch input anywhere in the program restarts a timer;
when it runs out, `timed_out` is emitted and the session locks the register."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    timed_out = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.timed_out)
        self._interval_ms = 5 * 60_000
        self._watching = False

    @property
    def interval_ms(self) -> int:
        return self._interval_ms

    @property
    def active(self) -> bool:
        return self._watching

    def set_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(max(1, int(minutes)) * 60_000)

    def set_timeout_ms(self, msecs: int) -> None:
        """Also the test hook: tests lock after a few milliseconds instead of minutes."""
        self._interval_ms = int(msecs)
        if self._watching:
            self._timer.start(self._interval_ms)

    def start(self) -> None:
        if not self._watching:
            QCoreApplication.instance().installEventFilter(self)
            self._watching = True
        self._timer.start(self._interval_ms)

    def stop(self) -> None:
        if self._watching:
            QCoreApplication.instance().removeEventFilter(self)
            self._watching = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._timer.start(self._interval_ms)
        return False
