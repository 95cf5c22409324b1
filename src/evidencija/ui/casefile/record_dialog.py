"""Add or edit one record of a case in a dialog: the form, Save (Ctrl+S / Enter) and Cancel.

Saving runs the service call on the worker; a validation problem comes back next to its field,
a known error (closed case, edited elsewhere …) under the form, and the dialog stays open."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from ...errors import KnownError
from ...services.validation import ValidationFailed
from ..i18n import current_lang
from ..tasks import TaskRunner
from .forms import Choices, RecordForm


def error_texts(exc: BaseException) -> dict[str, str] | None:
    """Field → message for a validation problem, "" → message for another known error, None
    for a bug (which goes to the crash report)."""
    lang = current_lang()
    if isinstance(exc, ValidationFailed):
        return {e.field: e.message(lang) for e in exc.errors}
    if isinstance(exc, KnownError):
        return {"": exc.message(lang)}
    return None


class RecordDialog(QDialog):
    saved = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        cls: type,
        save: Callable[[Any], Any],
        tasks: TaskRunner,
        *,
        record: object | None = None,
        only: Sequence[str] | None = None,
        refs: Mapping[str, Choices] | None = None,
        extra: Mapping[str, Any] | None = None,
        folded: Sequence[str] = (),
        fold_title: Callable[[], str] | None = None,
        captions: Callable[[], Mapping[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.save_fn, self.tasks, self.record, self.extra = save, tasks, record, dict(extra or {})
        self.form = RecordForm(cls, only, refs, folded=folded, fold_title=fold_title,
                               captions=captions)
        if record is not None:
            self.form.set_values(record)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        self.resize(620, min(720, 140 + 46 * len(self.form.widgets)))
        first = self.form.first_widget()
        if first is not None:
            first.setFocus()
        self._saving = False

    def save(self) -> None:
        if self._saving:
            return
        bad = self.form.bad_dates()
        if bad:
            self.form.show_errors(
                {n: self.tr("Type a date as dd.mm.yyyy., e.g. 03.02.2026.") for n in bad}
            )
            return
        data = self.form.build(self.record, **self.extra)
        self._saving = True
        self.buttons.setEnabled(False)
        self.tasks.submit(lambda: self.save_fn(data), self._done, self._failed, parent=self)

    def _done(self, result: Any) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        texts = error_texts(exc)
        if texts is None:
            from .. import errors

            errors.report(exc, self)
            return
        self.form.show_errors(texts)
