"""My work: what one colleague — or, for a case manager, the whole centre — has to do now.

Five lists, each a question a caseworker asks at the start of the day:

- **due**: the legal deadlines and plan measures overdue or due this week (the Deadlines page's
  week, narrowed to the person: the cases she manages, the plan measures she is responsible
  for, and those that name no responsible colleague in a case she manages);
- **plan reviews**: protection plans whose review date has come or comes this week — the latest
  plan of an open case only (a newer plan is the review done);
- **referrals waiting**: referrals the centre sent that have no answer yet, the oldest first;
- **quiet cases**: open cases with no contact for N days (N is the register setting
  `quiet_case_days`). A contact is an entry of the contact log or the first contact recorded on
  the case; a case with neither counts from the day it was opened;
- **open cases**: every open case the person manages.

"Mine" is always decided by the register's records (case manager, responsible colleague), never
by who typed them. Everything is read in one session; nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from ..db.models import Case, ContactEntry, ProtectionPlan, Referral, User
from ..db.register import CurrentUser, Register
from . import clock
from .access import EDITORS, reader
from .cases import OPEN_STATUSES
from .deadlines import deadlines_from
from .dto import Deadline
from .roles import CASEWORKER
from .settings import load_settings

WEEK_DAYS = 7


@dataclass(frozen=True)
class WorkCase:
    """An open case: when it was opened, who manages it and when the centre last had contact."""

    case_id: str
    file_number: str
    opened_on: date
    status: str
    case_manager: str | None  # a colleague's name: shown in the centre, never exported
    last_contact: date | None

    def quiet_since(self) -> date:
        """The day from which the case counts as without contact."""
        return self.last_contact or self.opened_on


@dataclass(frozen=True)
class PlanReview:
    case_id: str
    file_number: str
    plan_id: str
    drawn_up_on: date
    review_on: date
    overdue: bool


@dataclass(frozen=True)
class WaitingReferral:
    case_id: str
    file_number: str
    referral_id: str
    institution_type: str  # code list: referral_institution
    referred_on: date
    days_waiting: int


@dataclass(frozen=True)
class MyWork:
    person_id: str | None  # None: the whole centre
    today: date
    quiet_days: int
    due: list[tuple[int, Deadline]]  # (days from today, deadline), as deadlines_from gives them
    plan_reviews: list[PlanReview]
    referrals: list[WaitingReferral]
    quiet: list[WorkCase]
    open_cases: list[WorkCase]


@dataclass(frozen=True)
class Colleague:
    """Someone whose work can be looked at: an active caseworker or case manager, or anyone
    who still manages an open case."""

    id: str
    display_name: str


def default_person(user: CurrentUser) -> str | None:
    """Whose work the page opens with: a caseworker's own, the whole centre for everyone else
    (a case manager looks after every case)."""
    return user.id if user.role == CASEWORKER else None


def colleagues(register: Register) -> list[Colleague]:
    """The people the page can be narrowed to, by name."""
    reader(register)
    manages_open = exists().where(Case.case_manager_id == User.id, Case.status.in_(OPEN_STATUSES))
    with register.session() as session:
        rows = session.execute(
            select(User.id, User.display_name)
            .where((User.active & User.role.in_(EDITORS)) | manages_open)
            .order_by(User.display_name)
        )
        return [Colleague(id=i, display_name=name) for i, name in rows]


def my_work(register: Register, person_id: str | None, *, today: date | None = None) -> MyWork:
    """The work of `person_id` (a user id), or of the whole centre when it is None."""
    reader(register)
    day = today or clock.today()
    quiet_days = load_settings(register).quiet_case_days
    due = deadlines_from(register, day, WEEK_DAYS, person_id=person_id)
    with register.session() as session:
        cases = _open_cases(session, person_id)
        reviews = _plan_reviews(session, person_id, day)
        referrals = _waiting_referrals(session, person_id, day)
    quiet_before = day - timedelta(days=quiet_days)
    quiet = sorted((c for c in cases if c.quiet_since() < quiet_before),
                   key=lambda c: (c.quiet_since(), c.file_number))
    return MyWork(person_id=person_id, today=day, quiet_days=quiet_days, due=due,
                  plan_reviews=reviews, referrals=referrals, quiet=quiet, open_cases=cases)


def _cases_of(person_id: str | None) -> ColumnElement[bool]:
    is_open = Case.status.in_(OPEN_STATUSES)
    return is_open if person_id is None else and_(is_open, Case.case_manager_id == person_id)


def _open_cases(session: Session, person_id: str | None) -> list[WorkCase]:
    last_logged = (select(func.max(ContactEntry.contacted_on))
                   .where(ContactEntry.case_id == Case.id)
                   .correlate(Case).scalar_subquery())
    rows = session.execute(
        select(Case.id, Case.file_number, Case.opened_on, Case.status, User.display_name,
               Case.first_contact_at, last_logged)
        .outerjoin(User, User.id == Case.case_manager_id)
        .where(_cases_of(person_id))
        .order_by(Case.opened_on.desc(), Case.file_number)
    )
    found = []
    for case_id, file_number, opened_on, status, manager, first_contact_at, logged in rows:
        first = clock.local_date(first_contact_at) if first_contact_at is not None else None
        last = max((d for d in (logged, first) if d is not None), default=None)
        found.append(WorkCase(case_id=case_id, file_number=file_number, opened_on=opened_on,
                              status=status, case_manager=manager, last_contact=last))
    return found


def _plan_reviews(session: Session, person_id: str | None, today: date) -> list[PlanReview]:
    newer = aliased(ProtectionPlan)
    superseded = exists().where(newer.case_id == ProtectionPlan.case_id,
                                newer.drawn_up_on > ProtectionPlan.drawn_up_on)
    last_day = today + timedelta(days=WEEK_DAYS - 1)
    rows = session.execute(
        select(ProtectionPlan.id, ProtectionPlan.drawn_up_on, ProtectionPlan.review_on,
               Case.id, Case.file_number)
        .join(Case, ProtectionPlan.case_id == Case.id)
        .where(_cases_of(person_id), ProtectionPlan.review_on <= last_day, ~superseded)
        .order_by(ProtectionPlan.review_on, Case.file_number)
    )
    return [PlanReview(case_id=case_id, file_number=file_number, plan_id=plan_id,
                       drawn_up_on=drawn_up_on, review_on=review_on, overdue=review_on < today)
            for plan_id, drawn_up_on, review_on, case_id, file_number in rows
            if review_on is not None]


def _waiting_referrals(session: Session, person_id: str | None,
                       today: date) -> list[WaitingReferral]:
    rows = session.execute(
        select(Referral.id, Referral.institution_type, Referral.referred_on, Case.id,
               Case.file_number)
        .join(Case, Referral.case_id == Case.id)
        .where(_cases_of(person_id), Referral.direction == "SENT_TO",
               Referral.answer_received.is_(False))
        .order_by(Referral.referred_on, Case.file_number)
    )
    return [WaitingReferral(case_id=case_id, file_number=file_number, referral_id=referral_id,
                            institution_type=institution, referred_on=referred_on,
                            days_waiting=(today - referred_on).days)
            for referral_id, institution, referred_on, case_id, file_number in rows]
