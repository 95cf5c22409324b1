"""Checking what a user entered, and the known errors the services raise.

A failed check names the field and a translated message (`FieldError`), and all the problems of
one form are reported together (`ValidationFailed`) so the screen can mark every field at once.
Nothing is written when a check fails.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.codes import CODE_LISTS
from ..db.models import Participant, Person, PlanMeasure, ProtectionPlan, Service, User
from ..db.municipalities import MUNICIPALITIES
from ..errors import InvalidInput, KnownError
from . import clock
from . import jmbg as jmbg_rules

_MUNICIPALITY_CODES = frozenset(m.code for m in MUNICIPALITIES)

D = TypeVar("D")


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: the field's name in the data class and a message id."""

    field: str
    message_id: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        from ..messages import text

        return text(self.message_id, lang, **self.params)


class ValidationFailed(InvalidInput):
    """The input has problems; `errors` lists them field by field."""

    message_id = "validation_failed"

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__("validation_failed")

    def message(self, lang: str | None = None) -> str:
        from ..messages import text

        details = "; ".join(f"{e.field}: {e.message(lang)}" for e in self.errors)
        return text(self.message_id, lang, details=details)

    def fields(self) -> set[str]:
        return {e.field for e in self.errors}


class CaseClosed(KnownError):
    """A write to a closed case: it is read-only until reopened."""

    exit_code = 12
    message_id = "case_closed"


class NotFound(KnownError):
    exit_code = 12
    message_id = "record_not_found"


class EditedElsewhere(KnownError):
    """The record changed since the screen loaded it (someone else saved first)."""

    exit_code = 12
    message_id = "edited_elsewhere"


class DuplicatePerson(KnownError):
    """A person with this JMBG is already in the register; `params['existing_id']` is theirs."""

    exit_code = 12
    message_id = "person_duplicate_jmbg"


class Checker:
    """Collects field errors; `done()` raises them all at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, message_id: str, **params: str) -> None:
        self.errors.append(FieldError(field, message_id, params))

    def order(self, earlier_field: str, earlier: date | datetime | None,
              later_field: str, later: date | datetime | None,
              message_id: str = "date_before_other") -> None:
        """`later` must not be before `earlier` (a moment is compared by its local day with a
        date). The error goes on the later field, which is usually the one just typed."""
        if earlier is None or later is None:
            return
        if isinstance(earlier, datetime) and isinstance(later, datetime):
            wrong = later < earlier
            shown = clock.format_moment(earlier)
        else:
            wrong = _day(later) < _day(earlier)
            shown = clock.format_date(_day(earlier))
        if wrong:
            self.add(later_field, message_id, other_field=earlier_field, other=shown)

    def done(self) -> None:
        if self.errors:
            raise ValidationFailed(self.errors)


def _day(value: date | datetime) -> date:
    return clock.local_date(value) if isinstance(value, datetime) else value


def normalised(data: D) -> D:
    """Strip surrounding whitespace from text fields; an empty text means "not given"."""
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(data):  # type: ignore[arg-type]
        value = getattr(data, f.name)
        if isinstance(value, str):
            value = value.strip()
            changes[f.name] = value or None
    return dataclasses.replace(data, **changes)  # type: ignore[type-var]


def _is_empty(value: object) -> bool:
    return value is None or value == "" or value == () or value == {}


def _in_lists(lists: str | tuple[str, ...], value: object) -> bool:
    names = (lists,) if isinstance(lists, str) else lists
    return any(value in CODE_LISTS[name] for name in names)


def check_fields(data: object, checker: Checker) -> None:
    """The checks every data class declares in its field metadata: required, code lists,
    municipalities, not in the future. References are checked by `check_refs`."""
    for f in dataclasses.fields(data):  # type: ignore[arg-type]
        value = getattr(data, f.name)
        meta = f.metadata
        if _is_empty(value):
            if meta.get("required"):
                checker.add(f.name, "value_required")
            continue
        if "codes" in meta:
            values = list(value) if isinstance(value, tuple | Mapping) else [value]
            for v in values:
                if not _in_lists(meta["codes"], v):
                    checker.add(f.name, "unknown_code", code=str(v))
            if isinstance(value, Mapping) and "answers" in meta:
                for v in value.values():
                    if not _in_lists(meta["answers"], v):
                        checker.add(f.name, "unknown_code", code=str(v))
        if meta.get("municipality") and value not in _MUNICIPALITY_CODES:
            checker.add(f.name, "unknown_municipality", code=str(value))
        if meta.get("past") and isinstance(value, date) and clock.is_future(value):
            checker.add(f.name, "date_in_future")


def check_refs(session: Session, data: object, case_id: str | None, checker: Checker) -> None:
    """Ids in `data` must point at records that exist: users (active), and participants or
    plan measures of the same case (a record never links into another case)."""
    for f in dataclasses.fields(data):  # type: ignore[arg-type]
        kind = f.metadata.get("ref")
        value = getattr(data, f.name)
        if kind is None or _is_empty(value):
            continue
        for ref_id in value if isinstance(value, tuple) else (value,):
            if not _ref_exists(session, kind, ref_id, case_id):
                checker.add(f.name, "unknown_reference")


def _ref_exists(session: Session, kind: str, ref_id: str, case_id: str | None) -> bool:
    stmt: Any
    if kind == "user":
        stmt = select(User.id).where(User.id == ref_id, User.active.is_(True))
    elif kind == "participant":
        stmt = select(Participant.id).where(Participant.id == ref_id,
                                            Participant.case_id == case_id)
    elif kind == "plan_measure":
        stmt = (select(PlanMeasure.id).join(ProtectionPlan)
                .where(PlanMeasure.id == ref_id, ProtectionPlan.case_id == case_id))
    elif kind == "service":
        stmt = select(Service.id).where(Service.id == ref_id, Service.case_id == case_id)
    elif kind == "person":
        stmt = select(Person.id).where(Person.id == ref_id)
    else:  # pragma: no cover - a typo in a data class
        raise ValueError(f"unknown reference kind {kind}")
    return session.scalar(stmt) is not None


def check_jmbg(jmbg: str | None, birth_date: date | None, sex: str | None,
               checker: Checker) -> None:
    """The JMBG's check digit, and its agreement with the birth date and sex entered."""
    if jmbg is None:
        return
    if not jmbg_rules.is_well_formed(jmbg):
        checker.add("jmbg", "jmbg_not_13_digits")
        return
    if not jmbg_rules.checksum_ok(jmbg):
        checker.add("jmbg", "jmbg_checksum")
        return
    encoded = jmbg_rules.birth_date(jmbg)
    if encoded is None:
        checker.add("jmbg", "jmbg_no_such_date")
        return
    if birth_date is not None and birth_date != encoded:
        checker.add("birth_date", "jmbg_birth_date_mismatch", jmbg_date=clock.format_date(encoded))
    if sex in ("MALE", "FEMALE") and sex != jmbg_rules.sex(jmbg):
        checker.add("sex", "jmbg_sex_mismatch")
