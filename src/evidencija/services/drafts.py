"""Drafts of unsaved forms, so that nothing typed is lost when the register locks or closes.

A draft lives inside the encrypted register (never in a plain file or in the UI settings) because it
may hold identity data. Each user has at most one draft per form (`form_key`, e.g. `case:new`,
`user:new`); saving again replaces it. Only the user who typed a draft sees it. Saving and
discarding are audited without the draft's content.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from ..db.models import DraftEdit
from ..db.register import Register
from . import audit


@dataclass(frozen=True)
class Draft:
    form_key: str
    case_id: str | None
    payload: dict[str, Any]
    saved_at: datetime


def save_draft(
    register: Register, form_key: str, payload: dict[str, Any], case_id: str | None = None
) -> None:
    """Keep `payload` (JSON-serialisable) as the current user's draft of `form_key`."""
    user = register.require_user()
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    with register.session(write=True) as session, session.begin():
        draft = session.scalar(
            select(DraftEdit).where(DraftEdit.user_id == user.id, DraftEdit.form_key == form_key)
        )
        if draft is None:
            draft = DraftEdit(user_id=user.id, form_key=form_key, case_id=case_id, payload=body)
            session.add(draft)
        else:
            draft.payload, draft.case_id = body, case_id
        session.flush()
        audit.record(
            session,
            user_id=user.id,
            action="DRAFT",
            entity="draft",
            entity_id=draft.id,
            changes={"form": [None, form_key]},
        )


def load_drafts(register: Register) -> list[Draft]:
    """The current user's drafts, oldest first."""
    user = register.require_user()
    with register.session() as session:
        rows = session.scalars(
            select(DraftEdit).where(DraftEdit.user_id == user.id).order_by(DraftEdit.saved_at)
        ).all()
        return [Draft(r.form_key, r.case_id, json.loads(r.payload), r.saved_at) for r in rows]


def discard_draft(register: Register, form_key: str) -> bool:
    """Forget the current user's draft of `form_key`; False when there was none."""
    user = register.require_user()
    with register.session(write=True) as session, session.begin():
        draft = session.scalar(
            select(DraftEdit).where(DraftEdit.user_id == user.id, DraftEdit.form_key == form_key)
        )
        if draft is None:
            return False
        audit.record(
            session,
            user_id=user.id,
            action="DISCARD",
            entity="draft",
            entity_id=draft.id,
            changes={"form": [form_key, None]},
        )
        session.delete(draft)
        return True
