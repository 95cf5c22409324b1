"""Documents attached to a case — a scanned police order, a court decision, a signed plan — kept
inside the encrypted register.

- **Stored encrypted, nowhere else.** The bytes go into the register's own database (SQLCipher
  pages), never into a side file; they are in every backup, and no export reads them.
- **Limits** (stated in docs/case-file.md): 20 MB a file, 1 GB for all documents of a register —
  enough for hundreds of scanned orders, small enough that a backup still fits on a USB stick.
- **Opening.** A picture is shown inside the app from memory. Anything else (a PDF) needs the
  system's viewer, which reads a file: `viewing_copy` writes one into the register's own folder
  (`viewing/`, owner-only permissions), and `remove_viewing_copies` overwrites and removes it when
  the viewer window is closed, when the register locks, and at the next start after a crash. Both
  are recorded in the audit trail, as are attaching, renaming and deleting.
- **Access** follows the case: whoever may edit the case attaches and deletes; everyone signed in
  may open (as they read the rest of the case file).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import CaseDocument, DocumentContent, User
from ..db.register import Register
from ..errors import InvalidInput, KnownError, write_error
from . import audit
from .access import editable_case, editor, reader
from .dto import code
from .validation import Checker, NotFound, check_fields

MB = 1024 * 1024
MAX_FILE_BYTES = 20 * MB
MAX_REGISTER_BYTES = 1024 * MB
TITLE_MAX_CHARS = 200

# The first bytes of the kinds of file a centre scans or receives, and what they are.
_SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"PK\x03\x04", "application/zip"),  # also .docx / .odt: the name's extension tells
)
PICTURES = ("image/png", "image/jpeg")  # shown inside the app, from memory


class DocumentTooLarge(KnownError):
    exit_code = 12
    message_id = "document_too_large"


class DocumentsFull(KnownError):
    exit_code = 12
    message_id = "documents_full"


@dataclass(frozen=True, kw_only=True)
class DocumentData:
    """What a person says about a document: its type and a title."""

    doc_type: str = code("document_type", required=True, default="OTHER")
    title: str = field(default="", metadata={"required": True})


@dataclass(frozen=True, kw_only=True)
class DocumentInfo(DocumentData):
    id: str
    case_id: str
    file_name: str
    media_type: str
    size_bytes: int
    sha256: str
    added_at: datetime
    added_by_name: str | None = None

    @property
    def is_picture(self) -> bool:
        return self.media_type in PICTURES


def media_type_of(data: bytes) -> str:
    return next((kind for magic, kind in _SIGNATURES if data.startswith(magic)),
                "application/octet-stream")


def _safe_name(name: str) -> str:
    """The file's own name, without folders or characters a file system refuses."""
    # A Windows path may arrive on any system: both separators end a folder.
    last = re.split(r"[\\/]", name)[-1]
    base = re.sub(r'[\x00-\x1f<>:"|?*]', "_", last).strip(" .")
    return base[:255] or "document"


def _check(data: DocumentData) -> None:
    checker = Checker()
    check_fields(data, checker)
    if len(data.title) > TITLE_MAX_CHARS:
        checker.add("title", "text_too_long", limit=str(TITLE_MAX_CHARS))
    checker.done()


def read_file(path: Path) -> bytes:
    """A file chosen to be attached, read whole after its size is checked."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DocumentTooLarge(limit=MAX_FILE_BYTES // MB)
        return path.read_bytes()
    except OSError as exc:
        raise KnownError("document_unreadable", detail=exc.strerror or str(exc)) from exc


def attach_document(register: Register, case_id: str, file_name: str, content: bytes,
                    data: DocumentData) -> DocumentInfo:
    """Store `content` (the file's bytes) in the register as a document of the case."""
    user = editor(register)
    data = DocumentData(doc_type=data.doc_type, title=(data.title or "").strip())
    _check(data)
    if not content:
        raise InvalidInput("document_empty")
    if len(content) > MAX_FILE_BYTES:
        raise DocumentTooLarge(limit=MAX_FILE_BYTES // MB)
    with register.session(write=True) as session, session.begin():
        editable_case(session, user, case_id)
        held = session.scalar(select(func.coalesce(func.sum(CaseDocument.size_bytes), 0)))
        if int(held or 0) + len(content) > MAX_REGISTER_BYTES:
            raise DocumentsFull(limit=MAX_REGISTER_BYTES // MB)
        doc = CaseDocument(case_id=case_id, doc_type=data.doc_type, title=data.title,
                           file_name=_safe_name(file_name), media_type=media_type_of(content),
                           size_bytes=len(content), sha256=hashlib.sha256(content).hexdigest(),
                           added_by_id=user.id)
        doc.content = DocumentContent(data=content)
        session.add(doc)
        session.flush()
        audit.record(session, user_id=user.id, action="CREATE", entity="document",
                     entity_id=doc.id, case_id=case_id, changes=audit.diff({}, {
                         "doc_type": doc.doc_type, "title": doc.title,
                         "file_name": doc.file_name, "size_bytes": doc.size_bytes,
                         "sha256": doc.sha256}))
        return _info(doc, user.display_name)


def update_document(register: Register, document_id: str, data: DocumentData) -> DocumentInfo:
    """Change a document's type or title (its file stays as it was attached)."""
    user = editor(register)
    data = DocumentData(doc_type=data.doc_type, title=(data.title or "").strip())
    _check(data)
    with register.session(write=True) as session, session.begin():
        doc = _get(session, document_id)
        editable_case(session, user, doc.case_id)
        changes = audit.diff({"doc_type": doc.doc_type, "title": doc.title},
                             {"doc_type": data.doc_type, "title": data.title})
        doc.doc_type, doc.title = data.doc_type, data.title
        if changes:
            audit.record(session, user_id=user.id, action="UPDATE", entity="document",
                         entity_id=doc.id, case_id=doc.case_id, changes=changes)
        return _info(doc, doc.added_by.display_name if doc.added_by else None)


def delete_document(register: Register, document_id: str) -> None:
    user = editor(register)
    with register.session(write=True) as session, session.begin():
        doc = _get(session, document_id)
        editable_case(session, user, doc.case_id)
        audit.record(session, user_id=user.id, action="DELETE", entity="document",
                     entity_id=doc.id, case_id=doc.case_id,
                     changes=audit.diff({"title": doc.title, "sha256": doc.sha256}, {}))
        session.delete(doc)


def list_documents(register: Register, case_id: str) -> list[DocumentInfo]:
    reader(register)
    with register.session() as session:
        return list(documents_in(session, case_id))


def documents_in(session: Session, case_id: str) -> tuple[DocumentInfo, ...]:
    """The documents of a case, oldest first, without their bytes (for the case file's read)."""
    rows = session.execute(
        select(CaseDocument, User.display_name)
        .outerjoin(User, User.id == CaseDocument.added_by_id)
        .where(CaseDocument.case_id == case_id)
        .order_by(CaseDocument.added_at)
    )
    return tuple(_info(doc, name) for doc, name in rows)


def document_content(register: Register, document_id: str, *, purpose: str = "VIEW") -> bytes:
    """The document's bytes, for showing it (`VIEW`) or saving a copy the person asked for
    (`SAVE_COPY`); each opening is recorded in the audit trail."""
    user = reader(register)
    with register.session(write=True) as session, session.begin():
        doc = _get(session, document_id)
        content = session.get_one(DocumentContent, document_id).data
        audit.record(session, user_id=user.id, action="OPEN", entity="document",
                     entity_id=doc.id, case_id=doc.case_id, changes={"purpose": [None, purpose]})
        return bytes(content)


def viewing_copy(register: Register, document_id: str) -> Path:
    """A copy of the document for the system's viewer, in the register's `viewing/` folder, to be
    removed with `remove_viewing_copies` as soon as the viewer is closed."""
    content = document_content(register, document_id)
    with register.session() as session:
        name = _get(session, document_id).file_name
    folder = register.paths.viewing / document_id
    path = folder / name
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(register.paths.viewing, 0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
    except OSError as exc:  # a full disk: no half copy stays behind
        remove_viewing_copies(register.paths.root, document_id)
        raise write_error(exc, path) from exc
    return path


def remove_viewing_copies(root: Path, document_id: str | None = None) -> int:
    """Overwrite and remove the viewing copies under the register folder `root` (of one document,
    or all of them); returns how many files were removed. Safe to call at any time, also
    without an unlocked register (at start, after a crash)."""
    folder = root / "viewing"
    if document_id is not None:
        folder = folder / document_id
    if not folder.exists():
        return 0
    removed = 0
    for path in sorted(folder.rglob("*"), reverse=True):
        try:
            if path.is_file() and not path.is_symlink():
                size = path.stat().st_size
                with open(path, "r+b") as handle:  # overwrite before unlinking
                    handle.write(b"\0" * size)
                    handle.flush()
                    os.fsync(handle.fileno())
                path.unlink()
                removed += 1
            elif path.is_dir():
                path.rmdir()
            else:
                path.unlink()
        except OSError:
            continue  # still open in a viewer that holds it locked: the next sweep takes it
    with contextlib.suppress(OSError):  # a file still held by a viewer keeps its folder
        folder.rmdir()
    return removed


def _get(session, document_id: str) -> CaseDocument:  # type: ignore[no-untyped-def]
    doc = session.get(CaseDocument, document_id)
    if doc is None:
        raise NotFound()
    return doc


def _info(doc: CaseDocument, added_by: str | None) -> DocumentInfo:
    return DocumentInfo(id=doc.id, case_id=doc.case_id, doc_type=doc.doc_type, title=doc.title,
                        file_name=doc.file_name, media_type=doc.media_type,
                        size_bytes=doc.size_bytes, sha256=doc.sha256, added_at=doc.added_at,
                        added_by_name=added_by)
