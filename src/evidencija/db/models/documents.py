"""Documents attached to a case: a scanned police order, a court decision, a signed plan.

The file itself is stored inside the encrypted register (`document_contents`, one row per
document, apart from its description so that listing a case's documents never reads the bytes):
no side file, included in every backup, never exported. The title and the file name may name a
person; they are direct identifiers like the rest of the case file.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UtcDateTime, id_column, utcnow
from .case import CODE, case_fk

if TYPE_CHECKING:
    from .case import Case
    from .register import User


class CaseDocument(Base):
    __tablename__ = "case_documents"

    id: Mapped[str] = id_column()
    case_id: Mapped[str] = case_fk()
    doc_type: Mapped[str] = mapped_column(CODE)  # code list: document_type
    title: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    added_by_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), index=True)

    case: Mapped[Case] = relationship(back_populates="documents")
    added_by: Mapped[User | None] = relationship()
    content: Mapped[DocumentContent] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, uselist=False
    )


class DocumentContent(Base):
    __tablename__ = "document_contents"

    document_id: Mapped[str] = mapped_column(
        ForeignKey("case_documents.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)
