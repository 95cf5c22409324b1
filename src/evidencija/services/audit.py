"""The audit trail: who did what, when, to which record, field by field — append-only, hash-chained.

Each entry's hash covers the previous entry's hash, its own sequence number and its content, so an
edited, inserted, reordered or deleted entry breaks the chain at that point (`verify_chain`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import AuditEntry
from ..db.models.base import utcnow

GENESIS = "0" * 64


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return sorted(_jsonable(v) for v in value)
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


def _content(seq: int, at: datetime, entry: AuditEntry) -> bytes:
    doc = [seq, at.isoformat(), entry.user_id, entry.action, entry.entity, entry.entity_id, entry.changes]
    if entry.case_id is not None:  # entries before revision 0004 have none and hash as they did
        doc.append(entry.case_id)
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _hash(prev_hash: str, content: bytes) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + content).hexdigest()


def record(
    session: Session,
    *,
    user_id: str | None,
    action: str,
    entity: str,
    entity_id: str | None = None,
    changes: dict[str, Any] | None = None,
    case_id: str | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction (so it commits or rolls back with the change).
    `case_id`: given by deletions, so that the case history still finds them."""
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.entry_hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = utcnow()
    payload = json.dumps(
        {k: _jsonable(v) for k, v in (changes or {}).items()},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    entry = AuditEntry(
        seq=seq, at=at, user_id=user_id, action=action, entity=entity, entity_id=entity_id,
        changes=payload, prev_hash=prev, case_id=case_id,
    )
    entry.entry_hash = _hash(prev, _content(seq, at, entry))
    session.add(entry)
    session.flush()
    return entry


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """Field-level changes as {field: [before, after]} for the fields that differ."""
    return {
        k: [_jsonable(before.get(k)), _jsonable(after.get(k))]
        for k in sorted(set(before) | set(after))
        if before.get(k) != after.get(k)
    }


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_broken_seq: int | None

    @property
    def intact(self) -> bool:
        return self.first_broken_seq is None


def verify_chain(session: Session) -> ChainReport:
    prev, expected_seq, count = GENESIS, 1, 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        count += 1
        if entry.seq != expected_seq or entry.prev_hash != prev:
            return ChainReport(count, entry.seq)
        if _hash(prev, _content(entry.seq, entry.at, entry)) != entry.entry_hash:
            return ChainReport(count, entry.seq)
        prev, expected_seq = entry.entry_hash, entry.seq + 1
    return ChainReport(count, None)
