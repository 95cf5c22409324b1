"""Documents attached to a case: stored inside the encrypted register, listed, opened and deleted
with an audit entry each time, limited in size, and never found in plaintext on disk — not in
the data folder, the temporary folder or a backup — after attaching, opening and closing."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import select

from evidencija.db.models import AuditEntry
from evidencija.errors import InvalidInput, PermissionDenied
from evidencija.services import backup_policy, documents
from evidencija.services.documents import DocumentData

CANARY = b"CANARY-7f3a-Jelena-Petrovic-0101985715012"
PDF = b"%PDF-1.7\n" + CANARY * 50 + b"\n%%EOF\n"


def _everything_under(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()]


def test_attach_list_open_rename_delete_each_audited(register, make) -> None:
    case = make.case()
    doc = documents.attach_document(register, case.id, "C:\\skenovi\\rešenje PU.pdf", PDF,
                                    DocumentData(doc_type="POLICE_ORDER", title="Rešenje PU"))
    assert (doc.file_name, doc.media_type, doc.size_bytes) == ("rešenje PU.pdf",
                                                               "application/pdf", len(PDF))
    assert [d.title for d in documents.list_documents(register, case.id)] == ["Rešenje PU"]
    assert documents.document_content(register, doc.id) == PDF
    documents.update_document(register, doc.id, DocumentData(doc_type="COURT_DECISION",
                                                             title="Odluka suda"))
    documents.delete_document(register, doc.id)
    assert documents.list_documents(register, case.id) == []
    with register.session() as session:
        actions = list(session.scalars(select(AuditEntry.action)
                                       .where(AuditEntry.entity == "document")
                                       .order_by(AuditEntry.seq)))
    assert actions == ["CREATE", "OPEN", "UPDATE", "DELETE"]


def test_limits_and_bad_input_write_nothing(register, make, monkeypatch) -> None:
    case = make.case()
    with pytest.raises(InvalidInput):
        documents.attach_document(register, case.id, "a.pdf", b"", DocumentData(title="x"))
    with pytest.raises(InvalidInput):  # a title is required
        documents.attach_document(register, case.id, "a.pdf", PDF, DocumentData(title=" "))
    with pytest.raises(documents.DocumentTooLarge) as big:
        documents.attach_document(register, case.id, "a.pdf",
                                  b"0" * (documents.MAX_FILE_BYTES + 1), DocumentData(title="x"))
    assert "20 MB" in big.value.message("en")
    monkeypatch.setattr(documents, "MAX_REGISTER_BYTES", len(PDF) + 10)
    documents.attach_document(register, case.id, "a.pdf", PDF, DocumentData(title="first"))
    with pytest.raises(documents.DocumentsFull):
        documents.attach_document(register, case.id, "b.pdf", PDF, DocumentData(title="second"))
    assert [d.title for d in documents.list_documents(register, case.id)] == ["first"]


def test_only_who_may_edit_the_case_attaches(register, make, as_user) -> None:
    case = make.case()
    doc = documents.attach_document(register, case.id, "a.png", b"\x89PNG\r\n\x1a\n" + CANARY,
                                    DocumentData(title="Fotografija povrede"))
    assert doc.is_picture
    as_user("jovana")  # a caseworker on someone else's case: reads, does not attach
    assert documents.document_content(register, doc.id).endswith(CANARY)
    with pytest.raises(PermissionDenied):
        documents.attach_document(register, case.id, "b.pdf", PDF, DocumentData(title="x"))


def test_no_plaintext_on_disk_after_attach_open_and_close(register, make, data_dir,
                                                           tmp_path) -> None:
    case = make.case()
    source = tmp_path / "chosen" / "resenje.pdf"  # the person's own file, outside the register
    source.parent.mkdir()
    source.write_bytes(PDF)
    doc = documents.attach_document(register, case.id, source.name, documents.read_file(source),
                                    DocumentData(doc_type="COURT_DECISION", title="Rešenje"))
    copy = documents.viewing_copy(register, doc.id)  # opened in the system's viewer …
    assert copy.read_bytes() == PDF and copy.is_relative_to(data_dir)
    assert (os.stat(copy).st_mode & 0o777) == 0o600
    assert documents.remove_viewing_copies(data_dir, doc.id) == 1  # … and closed
    (tmp_path / "backups").mkdir()
    backup = backup_policy.backup_now(register, tmp_path / "backups")
    register.lock()  # the WAL checkpointed into the database file
    scanned = _everything_under(data_dir, Path(tempfile.gettempdir()) / "evidencija",
                                tmp_path / "backups")
    assert backup.path in scanned and any(p.name == "register.db" for p in scanned)
    leaks = [p for p in scanned if CANARY in p.read_bytes()]
    assert leaks == []
    assert _everything_under(data_dir / "viewing") == []  # the copy is gone


def test_leftover_viewing_copies_are_swept(register, make, data_dir) -> None:
    case = make.case()
    doc = documents.attach_document(register, case.id, "a.pdf", PDF, DocumentData(title="x"))
    documents.viewing_copy(register, doc.id)
    documents.viewing_copy(register, doc.id)  # opened twice: one copy
    assert documents.remove_viewing_copies(data_dir) == 1  # e.g. at the next start
    assert documents.remove_viewing_copies(data_dir) == 0
