"""A case's history: the audit entries of the case and of every record and person in it, and the
deletions of records that were in it (they carry the case's id, as nothing else points at them)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select

from ..db.models import AuditEntry, Base, Participant, PlanMeasure, ProtectionPlan, User
from ..db.register import Register
from .access import reader


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    user: str | None  # display name of who did it
    action: str  # CREATE / UPDATE / DELETE / VIEW / PRINT / …
    entity: str
    entity_id: str | None
    changes: dict[str, Any]  # field → [before, after]


def case_history(register: Register, case_id: str, *, limit: int = 500) -> list[HistoryEntry]:
    """Newest first. Reading the history is itself not recorded (it shows no identity data
    that the case file does not already show)."""
    reader(register)
    with register.session() as session:
        ids: set[str] = {case_id}
        # Every table that hangs from the case by `case_id` (the schema says which).
        for table in Base.metadata.sorted_tables:
            if "case_id" in table.c and "id" in table.c:
                ids.update(session.scalars(select(table.c.id).where(table.c.case_id == case_id)))
        ids.update(session.scalars(select(Participant.person_id).where(Participant.case_id == case_id)))
        ids.update(
            session.scalars(
                select(PlanMeasure.id).join(ProtectionPlan, PlanMeasure.plan_id == ProtectionPlan.id)
                .where(ProtectionPlan.case_id == case_id)
            )
        )
        rows = session.execute(
            select(AuditEntry, User.display_name)
            .outerjoin(User, AuditEntry.user_id == User.id)
            .where(or_(AuditEntry.entity_id.in_(ids), AuditEntry.case_id == case_id))
            .order_by(AuditEntry.seq.desc())
            .limit(limit)
        ).all()
        return [
            HistoryEntry(e.at, name, e.action, e.entity, e.entity_id, json.loads(e.changes or "{}"))
            for e, name in rows
        ]
