"""Documents in the case file: attached from a chosen file, listed, opened (a picture from
memory, a PDF in the system's viewer through a copy erased when the viewer's note closes and when
the register locks), saved as a copy, and nothing of them in plaintext in the register folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QDesktopServices, QImage
from test_casefile import open_case, seed_case
from ui_support import USER_PASSPHRASE, create_register, unlock

from evidencija.db.models import AuditEntry
from evidencija.ui import files
from evidencija.ui.casefile.documents import PictureWindow

CANARY = b"CANARY-7f3a-Okruzni-sud-resenje"


def _png() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _plaintext_hits(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and CANARY in p.read_bytes()]


def _attach(qtbot: Any, cf: Any, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    section = cf.view.sections["documents"]
    before = section.model.rowCount()
    monkeypatch.setattr(files, "open_file", lambda *a: path)
    cf.add(section)
    assert cf.dialog is not None and cf.dialog.form.value("title") == path.stem
    cf.dialog.form.set_value("doc_type", "COURT_DECISION")
    cf.dialog.save()
    qtbot.waitUntil(lambda: section.model.rowCount() == before + 1, timeout=10_000)


def test_attach_open_save_copy_and_erase(
    qtbot: Any, make_session: Any, data_dir: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, answers: Any,
) -> None:  # fmt: skip
    create_register(data_dir, vodja="CASE_MANAGER")
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    cf = open_case(qtbot, main.page("cases"), seed_case(session.register))
    section = cf.view.sections["documents"]
    assert not section.add_button.isHidden() and not section.open_button.isHidden()
    outside = tmp_path / "outside"
    outside.mkdir()
    pdf = outside / "resenje-suda.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + CANARY + b"\n%%EOF\n")
    _attach(qtbot, cf, monkeypatch, pdf)
    doc = cf.case_file.documents[0]
    row = [section.model.index(0, c).data() for c in range(section.model.columnCount())]
    assert "resenje-suda" in row and any("resenje-suda.pdf" in str(v) for v in row)
    assert doc.media_type == "application/pdf" and doc.size_bytes == pdf.stat().st_size

    # a PDF goes to the system's viewer through a copy; closing the note erases it
    handed: list[Path] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: handed.append(Path(QUrl(url).toLocalFile())) or True
    )
    section.table.selectRow(0)
    cf.open_document()
    qtbot.waitUntil(lambda: doc.id in cf.documents.viewer_notes, timeout=10_000)
    copy = handed[0]
    assert copy.read_bytes() == pdf.read_bytes() and data_dir in copy.parents
    cf.documents.viewer_notes[doc.id].done(0)
    assert not copy.exists() and not _plaintext_hits(data_dir)

    # saving a copy writes it where the person chose, and says it is not encrypted
    target = outside / "kopija.pdf"
    monkeypatch.setattr(files, "save_file", lambda *a: target)
    cf.save_document_copy()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.read_bytes() == pdf.read_bytes()
    qtbot.waitUntil(lambda: "not encrypted" in answers.texts(), timeout=10_000)

    # a picture is shown from memory: nothing is handed to a viewer
    png = outside / "nalog.png"
    png.write_bytes(_png())
    _attach(qtbot, cf, monkeypatch, png)
    picture_row = next(i for i, d in enumerate(cf.case_file.documents) if d.is_picture)
    section.table.selectRow(picture_row)
    cf.open_document()
    qtbot.waitUntil(
        lambda: any(isinstance(w, PictureWindow) for w in cf.view.findChildren(PictureWindow)),
        timeout=10_000,
    )
    window = cf.view.findChildren(PictureWindow)[0]
    assert not window.picture.pixmap().isNull() and len(handed) == 1
    window.close()

    # a copy still in a viewer when the register locks is erased with the lock
    section.table.selectRow(0)
    cf.open_document()
    qtbot.waitUntil(lambda: len(handed) == 2 and handed[1].exists(), timeout=10_000)
    session.lock("manual")
    assert not handed[1].exists() and not _plaintext_hits(data_dir)

    # every opening is in the audit trail: two views, one copy saved, one picture
    main = unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    with session.register.session() as s:
        opened = s.query(AuditEntry).filter_by(entity="document", action="OPEN").count()
    assert opened == 4


def test_a_reader_opens_but_does_not_attach(
    qtbot: Any, make_session: Any, data_dir: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    create_register(data_dir, vodja="CASE_MANAGER", citalac="READ_ONLY")
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    case_id = seed_case(session.register)
    cf = open_case(qtbot, main.page("cases"), case_id)
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.4\nplan\n%%EOF\n")
    _attach(qtbot, cf, monkeypatch, pdf)
    session.lock("manual")
    main = unlock(qtbot, session, "citalac", USER_PASSPHRASE)
    cf = open_case(qtbot, main.page("cases"), case_id)
    section = cf.view.sections["documents"]
    assert section.add_button.isHidden() and section.delete_button.isHidden()
    assert not section.open_button.isHidden() and section.model.rowCount() == 1
