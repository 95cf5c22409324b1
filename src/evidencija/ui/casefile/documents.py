"""Documents in the case file: attaching a file, opening it, saving a copy.

- **Attach:** the file is chosen first, then its type and title (the title starts as the file's
  name); the file is read and stored on the worker, inside the encrypted register.
- **Open:** a picture is decoded from memory and shown in a window of the app; anything else (a
  PDF) goes to the system's viewer through a copy in the register's own `viewing/` folder. A
  note stays on screen while the viewer has it; closing the note erases the copy (overwritten,
  then removed). Copies left behind are erased when the register locks and when it is next
  unlocked (after a crash).
- **Save a copy:** written where the person chooses, replaced whole or not at all; recorded in
  the audit trail as such.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...fsutil import atomic_write
from ...services import documents
from .. import dialogs, files
from ..context import AppContext


class PictureWindow(QDialog):
    """A scanned page shown from memory: nothing of it is written to disk."""

    def __init__(self, parent: QWidget, title: str, content: bytes) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        image = QImage.fromData(content)
        self.picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        if image.isNull():
            self.picture.setText(self.tr("The picture cannot be shown: the file is damaged."))
        else:
            self.picture.setPixmap(QPixmap.fromImage(image))
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.picture)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(820, 900)


class DocumentActions(QObject):
    """What the documents section does beyond add/edit/delete; `failed` shows a refusal."""

    def __init__(self, ctx: AppContext, parent: QWidget, failed: Callable[[BaseException], None]):
        super().__init__(parent)
        self.ctx, self.parent_widget, self.failed = ctx, parent, failed
        self.viewer_notes: dict[str, QMessageBox] = {}  # document id → "close when done"

    def pick_file(self) -> Path | None:
        return files.open_file(
            self.parent_widget,
            self.tr("Attach a document"),
            Path.home(),
            self.tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"),
        )

    def open(self, doc: documents.DocumentInfo) -> None:
        register, title = self.ctx.register, doc.title
        if doc.is_picture:
            self.ctx.tasks.submit(
                lambda: documents.document_content(register, doc.id),
                lambda content: PictureWindow(self.parent_widget, title, content).show(),
                self.failed,
                parent=self.parent_widget,
            )
            return
        self.ctx.tasks.submit(
            lambda: documents.viewing_copy(register, doc.id),
            lambda path: self._in_viewer(doc, path),
            self.failed,
            parent=self.parent_widget,
        )

    def _in_viewer(self, doc: documents.DocumentInfo, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            documents.remove_viewing_copies(self.ctx.data_dir, doc.id)
            dialogs.warn(
                self.parent_widget,
                self.tr("No program on this computer opens this kind of file. Save a copy "
                        "and open it elsewhere, or ask the administrator."),
            )
            return
        note = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Document open"),
            self.tr(
                "“%1” is open in the system's viewer. Close the viewer, then this note: the "
                "temporary copy is then erased."
            ).replace("%1", doc.title),
            QMessageBox.StandardButton.Close,
            self.parent_widget,
        )
        note.setWindowModality(Qt.WindowModality.NonModal)
        note.finished.connect(lambda _r, d=doc.id: self._viewer_closed(d))
        self.viewer_notes[doc.id] = note
        note.show()

    def _viewer_closed(self, document_id: str) -> None:
        self.viewer_notes.pop(document_id, None)
        documents.remove_viewing_copies(self.ctx.data_dir, document_id)

    def save_copy(self, doc: documents.DocumentInfo) -> None:
        target = files.save_file(
            self.parent_widget,
            self.tr("Save a copy of the document"),
            Path.home() / doc.file_name,
            self.tr("All files (*)"),
        )
        if target is None:
            return
        register = self.ctx.register

        def write() -> Path:
            atomic_write(target, documents.document_content(register, doc.id, purpose="SAVE_COPY"))
            return target

        self.ctx.tasks.submit(
            write,
            lambda path: dialogs.inform(
                self.parent_widget,
                self.tr("A copy was saved as %1. It is not encrypted: keep it as safely as "
                        "the paper original.").replace("%1", str(path)),
            ),
            self.failed,
            parent=self.parent_widget,
        )

    def close_all(self) -> None:
        """At lock or when the case file goes: the notes close, the copies go."""
        for note in list(self.viewer_notes.values()):
            note.done(0)
        self.viewer_notes.clear()
