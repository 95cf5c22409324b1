"""A page's list read on the worker thread, while the page is on screen.

On a large register the Deadlines and My work lists take up to a second to read; reading them on
the UI thread would freeze the window. The rules every such page follows:

- a page not on screen is not read (it would keep the worker busy for a list nobody sees, and
  delay opening a case or the backup at unlock, which waits for an idle worker); showing the page
  reads it;
- a refresh while a read runs reads once more afterwards (the data may have changed meanwhile),
  showing the first result in between;
- a lock while reading makes the result stale: it is dropped, never shown, and an error of a read
  cut short by the lock is nobody's error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from .. import errors
from ..context import AppContext


class BackgroundRead:
    """`job()` (called on the UI thread) returns the function to run on the worker; its result
    goes to `show(result)` on the UI thread. `render()` is called whenever `loading` changes."""

    def __init__(self, ctx: AppContext, view: QWidget, job: Callable[[], Callable[[], Any]],
                 show: Callable[[Any], None], render: Callable[[], None]) -> None:
        self.ctx, self.view = ctx, view
        self._job, self._show, self._render = job, show, render
        self._loading: object | None = None  # the running read's token
        self._again = False

    @property
    def loading(self) -> bool:
        return self._loading is not None

    def request(self) -> None:
        if not self.ctx.register.is_unlocked:
            self._render()
            return
        if self.view.isHidden():
            return
        if self._loading is not None:
            self._again = True
            return
        self._start()

    def forget(self) -> None:
        self._loading, self._again = None, False

    def _start(self) -> None:
        self._again = False
        self._loading = token = object()
        self._render()
        # Submitted from the event loop, after whatever the caller starts next: at unlock the
        # automatic backup must find the worker idle.
        QTimer.singleShot(0, lambda: self._submit(token))

    def _submit(self, token: object) -> None:
        if token is not self._loading:
            return  # forgotten (a lock) before the read began
        if not self.ctx.register.is_unlocked:
            self._loading = None
            return
        self.ctx.tasks.submit(
            self._job(),
            lambda result: self._loaded(token, result),
            lambda exc: self._failed(token, exc),
        )

    def _loaded(self, token: object, result: Any) -> None:
        if token is not self._loading:
            return
        self._loading = None
        if not self.ctx.register.is_unlocked:
            return
        self._show(result)
        if self._again:
            self._start()  # shows this result meanwhile, under "Loading…"
        else:
            self._render()

    def _failed(self, token: object, exc: BaseException) -> None:
        if token is not self._loading:
            return
        self._loading = None
        self._render()
        if self.ctx.register.is_unlocked:
            errors.report(exc, self.view)
