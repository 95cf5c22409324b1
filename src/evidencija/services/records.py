"""One path for writing a case's records: check who, check what, write, audit — in one transaction.

Every kind of record (incident, meeting, urgent measure …) is described once by a `Kind`: its
table, its input and output data classes, how its multi-select fields map to child rows, and the
rules beyond those its fields declare. `create`, `update` and `delete` then do the same thing for
all of them, so that no record kind can forget the role check, the closed-case check or the
audit entry. The public, named use cases in `intake`, `care` and `legal` are thin calls into this.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from ..db.models import Case
from ..db.register import Register
from ..errors import KnownError
from . import audit
from .access import editable_case, editor
from .validation import Checker, NotFound, check_fields, check_refs, normalised

D = TypeVar("D")
Out = TypeVar("Out")

# (relationship attribute, child row class, column holding the code)
Rows = tuple[str, type[Any], str]
# (relationship attribute, child row class, key column, value column)
KeyedRows = tuple[str, type[Any], str, str]
# rule(checker, session, case (None for a record of the centre), parent, data, current record
# or None when creating)
Rule = Callable[[Checker, Session, Any, Any, Any, Any], None]


@dataclass(frozen=True)
class Kind(Generic[D, Out]):
    """How one kind of record is stored, checked and shown."""

    entity: str  # the name in the audit trail
    model: type[Any]
    data: type[D]
    info: type[Out]
    parent: str = "case_id"  # the column linking a record to its parent
    # None: a record of the centre with no parent (a coordination mechanism)
    parent_model: type[Any] | None = Case
    rows: Mapping[str, Rows] = field(default_factory=dict)
    keyed: Mapping[str, KeyedRows] = field(default_factory=dict)
    rule: Rule | None = None
    # fills in values derived from others (e.g. the end of an extended measure)
    derive: Callable[[D], D] | None = None
    # output fields that are not data fields (a plan's measures)
    extras: Callable[[Any], dict[str, Any]] | None = None
    # why a record may not be deleted yet (a message id), so that nothing disappears with it
    # unrecorded: a plan's measures are deleted one by one, each with its own audit entry
    in_use: Callable[[Session, Any], str | None] | None = None

    def field_names(self) -> list[str]:
        return [f.name for f in dataclasses.fields(self.data)]  # type: ignore[arg-type]


def values_of(kind: Kind[Any, Any], data: object) -> dict[str, Any]:
    """The data-class fields of `data` (an output DTO given back as input keeps only these)."""
    return {name: getattr(data, name) for name in kind.field_names()}


def read(kind: Kind[Any, Any], obj: Any) -> dict[str, Any]:
    """The record's current values, in the data class's terms (multi-selects as sorted tuples)."""
    out: dict[str, Any] = {}
    for name in kind.field_names():
        if name in kind.rows:
            rel, _cls, key = kind.rows[name]
            out[name] = tuple(sorted(getattr(r, key) for r in getattr(obj, rel)))
        elif name in kind.keyed:
            rel, _cls, _key, value = kind.keyed[name]
            out[name] = {k: getattr(r, value) for k, r in sorted(getattr(obj, rel).items())}
        else:
            out[name] = getattr(obj, name)
    return out


def write(kind: Kind[Any, Any], obj: Any, values: Mapping[str, Any]) -> None:
    """Set the record's fields; multi-select child rows are added and removed, not rebuilt,
    so unchanged rows stay as they are."""
    for name, value in values.items():
        if name in kind.rows:
            rel, cls, key = kind.rows[name]
            rows, wanted = getattr(obj, rel), list(dict.fromkeys(value))
            for row in [r for r in rows if getattr(r, key) not in wanted]:
                rows.remove(row)
            have = {getattr(r, key) for r in rows}
            rows.extend(cls(**{key: v}) for v in wanted if v not in have)
        elif name in kind.keyed:
            rel, cls, key, column = kind.keyed[name]
            current = getattr(obj, rel)
            for gone in [k for k in current if k not in value]:
                del current[gone]
            for k, v in value.items():
                if k in current:
                    setattr(current[k], column, v)
                else:
                    current[k] = cls(**{key: k, column: v})
        else:
            setattr(obj, name, value)


def to_info(kind: Kind[Any, Out], obj: Any, **extra: Any) -> Out:
    """The output DTO: the data fields, plus the ids and timestamps the DTO asks for."""
    values = read(kind, obj)
    if kind.extras is not None and not extra:
        extra = kind.extras(obj)
    for f in dataclasses.fields(kind.info):  # type: ignore[arg-type]
        if f.name in values or f.name in extra:
            continue
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            values[f.name] = getattr(obj, f.name)
    return kind.info(**values, **extra)


def created(values: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Audit changes of a new record: every field given, from nothing."""
    return audit.diff({}, {k: v for k, v in values.items() if v not in (None, (), {})})


def deleted(values: Mapping[str, Any]) -> dict[str, list[Any]]:
    return audit.diff({k: v for k, v in values.items() if v not in (None, (), {})}, {})


def validate(session: Session, kind: Kind[D, Any], case: Case | None, parent: Any, data: D,
             current: Any = None) -> None:
    checker = Checker()
    check_fields(data, checker)
    check_refs(session, data, case.id if case is not None else None, checker)
    if kind.rule is not None:
        kind.rule(checker, session, case, parent, data, current)
    checker.done()


def _parent_and_case(session: Session, kind: Kind[Any, Any],
                     parent_id: str | None) -> tuple[Any, Case | None]:
    """The record's parent and its case; no case for a record of the centre (a coordination
    mechanism's), which any editor may change."""
    if kind.parent_model is None:
        return None, None
    parent = session.get(kind.parent_model, parent_id)
    if parent is None:
        raise NotFound()
    if isinstance(parent, Case):
        return parent, parent
    case_id = getattr(parent, "case_id", None)
    if case_id is None:
        return parent, None
    case = session.get(Case, case_id)
    assert case is not None  # the foreign key guarantees it
    return parent, case


def _check_editable(session: Session, user: Any, case: Case | None) -> None:
    if case is not None:
        editable_case(session, user, case.id)


def create(register: Register, kind: Kind[D, Out], parent_id: str | None, data: D) -> Out:
    """Add a record to a case (or to a plan): role, closed-case and field checks, then the
    insert and its CREATE audit entry in the same transaction."""
    user = editor(register)
    data = normalised(data)
    with register.session(write=True) as session, session.begin():
        parent, case = _parent_and_case(session, kind, parent_id)
        _check_editable(session, user, case)
        validate(session, kind, case, parent, data)
        if kind.derive is not None:
            data = kind.derive(data)
        values = values_of(kind, data)
        obj = kind.model(**({kind.parent: parent_id} if kind.parent_model else {}))
        write(kind, obj, values)
        session.add(obj)
        session.flush()
        link = {kind.parent: [None, parent_id]} if kind.parent_model else {}
        changes = {**link, **created(read(kind, obj))}
        audit.record(session, user_id=user.id, action="CREATE", entity=kind.entity,
                     entity_id=obj.id, changes=changes)
        return to_info(kind, obj)


def update(register: Register, kind: Kind[D, Out], record_id: str, data: D) -> Out:
    """Replace a record's fields with `data`; the audit entry lists each changed field with its
    value before and after. Saving unchanged data writes nothing."""
    user = editor(register)
    data = normalised(data)
    with register.session(write=True) as session, session.begin():
        obj = session.get(kind.model, record_id)
        if obj is None:
            raise NotFound()
        parent, case = _parent_and_case(session, kind, getattr(obj, kind.parent, None))
        _check_editable(session, user, case)
        validate(session, kind, case, parent, data, obj)
        if kind.derive is not None:
            data = kind.derive(data)
        before = read(kind, obj)
        write(kind, obj, values_of(kind, data))
        changes = audit.diff(before, read(kind, obj))
        if changes:
            session.flush()
            audit.record(session, user_id=user.id, action="UPDATE", entity=kind.entity,
                         entity_id=obj.id, changes=changes)
        return to_info(kind, obj)


def delete(register: Register, kind: Kind[Any, Any], record_id: str) -> None:
    """Delete a record; the audit entry keeps what it held."""
    user = editor(register)
    with register.session(write=True) as session, session.begin():
        obj = session.get(kind.model, record_id)
        if obj is None:
            raise NotFound()
        parent_id = getattr(obj, kind.parent, None)
        _parent, case = _parent_and_case(session, kind, parent_id)
        _check_editable(session, user, case)
        reason = kind.in_use(session, obj) if kind.in_use is not None else None
        if reason is not None:
            raise KnownError(reason)
        link = {kind.parent: [parent_id, None]} if kind.parent_model else {}
        changes = {**link, **deleted(read(kind, obj))}
        session.delete(obj)
        session.flush()
        audit.record(session, user_id=user.id, action="DELETE", entity=kind.entity,
                     entity_id=record_id, changes=changes,
                     case_id=case.id if case is not None else None)
