"""The progress dialog survives the work finishing while it is being updated."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from evidencija.ui.analysis.progress import CancellableProgress


def test_work_that_finishes_during_an_update_leaves_no_error(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    progress = CancellableProgress(parent, "Import", "Importing")
    dialog = progress.dialog
    # A window-modal QProgressDialog's setValue processes events; the import's "done" can run
    # there and close the progress. Nothing after that may touch the dropped dialog.
    dialog.setValue = lambda value: progress.close()
    progress._show(1, 3, "first.age")
    assert progress.dialog is None
    assert dialog.labelText() == "Importing\nfirst.age"
    progress._show(2, 3, "second.age")  # a late report after close: ignored
